"""Who said a quote (factdesk.core.detect.speakers, speaker_names, via quotes). Sentences written for FactDesk."""

from __future__ import annotations

import pytest

from factdesk.core.detect.quotes import detect_quotes


def speakers(text: str, lang: str = "en") -> list[str | None]:
    return [c.speaker for c in detect_quotes(text, lang)]


def test_page_furniture_and_line_breaks_end_a_speaker():
    text = ("Related Story Mayor visits flooded town\n\n"
            "“We will rebuild every house,” Mayor Lena Fox said on Monday.\n\n"
            "“Nobody will be left behind,” she said.")
    assert speakers(text) == ["Lena Fox", "Lena Fox"]
    text = "Story Continued Below “You are wonderful,” Okafor told the crowd as the rain began."
    assert speakers(text) == ["Okafor"]


@pytest.mark.parametrize("text, expected", [
    ("‘We will win the league’: Kim Example\nCo Antrim man charged after crash", "Kim Example"),
    ("‘Brussels must listen to us’: Hungary Orbanyi\nFlood warnings for the Danube", "Orbanyi"),
])
def test_a_headline_speaker_does_not_run_into_the_next_headline(text, expected):
    assert speakers(text) == [expected]


def test_a_capitalized_common_word_opening_a_sentence_is_no_speaker():
    text = '"We are not afraid of them." Protests continued across the capital on Sunday, and protests grew.'
    assert speakers(text) == []


def test_a_pronoun_is_the_person_speaking_just_before_not_the_person_named_most():
    text = ("Prime Minister Ana Sample opened the debate. Ms Sample said the budget was fair. Ms Sample left early.\n\n"
            "Labour deputy leader Kim Example, who grew up in the north, said the plan was overdue.\n\n"
            '"It is a step forward for the region," he said.')
    assert speakers(text) == ["Kim Example"]


def test_a_pronoun_skips_a_person_the_text_calls_by_the_other_honorific():
    text = ("Health minister Jane Sample met the nurses. Ms Sample promised more money. "
            "Opposition leader Tom Example spoke after her.\n\n"
            '"The money is not there," he said.')
    assert speakers(text) == ["Tom Example"]


def test_an_honorific_stays_and_the_full_name_is_added():
    text = 'Prime Minister Tony Example visited Leeds. Mr Example told reporters: "The money is already there."'
    assert speakers(text) == ["Mr Tony Example"]
    text = 'Dr Richard Sample, head of the clinic, said: "We have never been this busy."'
    assert speakers(text) == ["Richard Sample"]


def test_a_person_named_by_the_given_name_gets_the_full_name():
    text = ('Home Minister Datuk Seri Aziz Sample Rahman announced the rules on Thursday. '
            '"The special prisons are ready," Mr Aziz said. "Nobody will be sent home early," Mr Aziz added.')
    assert speakers(text) == ["Mr Aziz Sample Rahman", "Mr Aziz Sample Rahman"]


def test_an_organisation_glued_before_a_name_is_no_part_of_it():
    text = "“The ruling is clear,” Professor of Law at Northfield University Jane Example told reporters."
    assert speakers(text) == ["Jane Example"]


def test_quoted_as_saying():
    text = '"We will reopen the school next week," Mr Example was quoted by the Daily Sample as saying.'
    assert speakers(text) == ["Mr Example"]


def test_the_object_of_said_is_no_speaker():
    text = ('Deputy mayor Rosa Example, who chairs the transport board, said a new bridge would open in May.\n\n'
            '"It will carry 9,000 cars a day," she said.')
    assert speakers(text) == ["Rosa Example"]


@pytest.mark.parametrize("text, expected", [
    ("„Das ist eine Größenordnung, die wir selten sehen“, zitiert ndr.de Polizeisprecher Max Beispiel.",
     "Max Beispiel"),
    ("„Alle Spuren deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Peter Beispiel.", "Peter Beispiel"),
    ("Das Fazit von Sandra Beispiel fällt deutlich aus: „Die neue Schule hat sich bewährt.“", "Sandra Beispiel"),
    ("Offiziell sagte Regierungssprecherin Eva Beispiel: „Wir prüfen den Fall genau.“", "Eva Beispiel"),
    ("Gegenüber den Beispieler Nachrichten sagte Ministerin Anna Muster: „Wir sparen nicht bei der Bildung.“",
     "Anna Muster"),
])
def test_german_attributions(text, expected):
    assert speakers(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    # headlines that lost their line breaks: the next headline runs into the speaker
    ("'The border must stay open': Chuck Example Lena Sample likely to become the first woman mayor",
     "Chuck Example"),
    ("'We will win the league': Kim Example Co Antrim man charged after crash", "Kim Example"),
    ("'Brussels must listen to us': Merkelova Hungary Orbanyi says no to the plan", "Merkelova"),
])
def test_a_headline_speaker_does_not_run_into_the_next_headline_without_a_line_break(text, expected):
    assert speakers(text) == [expected]


def test_a_headline_in_title_case_does_not_lengthen_a_name():
    text = ("Jane Example Admits That Rural Voters Still Have 'Doubts About Her Plan'\n\n"
            "The senator spoke in Dayton on Friday.\n\n"
            '"We need every vote we can get," Example told the crowd.')
    assert speakers(text) == ["Example"]


def test_a_party_before_a_name_is_no_part_of_it():
    text = ("Republican Tom Sample won the special election on Saturday.\n\n"
            '"This is a great night for the island," Sample told supporters.')
    assert speakers(text) == ["Tom Sample"]


def test_the_name_after_a_role_and_a_comma_is_the_speaker():
    text = '"Anyone who fought abroad will face a court," said Justice Department spokesman, Marc Example.'
    assert speakers(text) == ["Marc Example"]


def test_a_place_before_a_collective_noun_stays_with_it():
    text = 'Police fired tear gas in the evening. "They attacked us first," Portland police said in a statement.'
    assert speakers(text) == ["Portland police"]


def test_he_is_the_full_name_that_opens_the_sentence_before():
    text = ("Finance minister Gordon Example announced 90,000 job cuts in July. "
            "Gordon Example defended the cuts again. Mr Example said the money would go to schools.\n\n"
            "Pat Sample is a benefits officer on the picket line in Cardiff. "
            'He said: "Most people stayed at home today."')
    assert speakers(text) == ["Pat Sample"]


def test_an_unlisted_hyphenated_role_before_the_name_after_said():
    text = '"Our group will defend the constitution," said prominent right-wing politician Wara Example.'
    assert speakers(text) == ["Wara Example"]


@pytest.mark.parametrize("text, expected", [
    ("„Alle Spuren führen zu einer Bombe“, hieß es vom Abgeordneten des polnischen Senats Jan Beispiel.",
     "Jan Beispiel"),
    ("„Die Rechenzentren wachsen schneller als je zuvor“, sagte der Deutschlandchef von XY, Bernd Muster.",
     "Bernd Muster"),
    ("Die Sprecherin der größten Fraktion, Lena Beispiel (GRÜNE), erklärte: „Neid hilft hier niemandem.“",
     "Lena Beispiel"),
    ("Die Bürgermeisterin Eva Muster sagte am Montag, sie trete zurück. Jede Schuld am Defizit im Bezirk "
     "Nord-Ost der Partei weist Muster von sich: „Diese Verantwortung trägt allein der Kämmerer.“", "Eva Muster"),
])
def test_german_roles_genitives_and_appositions(text, expected):
    assert speakers(text, "de") == [expected]


def test_he_with_an_adverb_before_the_verb():
    text = ("Senator Dana Example opposes the treaty. She spoke in Ohio on Friday.\n\n"
            'He recently said in an interview that "I am not a great believer in the treaty."')
    assert speakers(text) == ["Dana Example"]  # "he" after a named senator, however the gender is unknown


def test_a_long_apposition_between_the_name_and_told():
    text = ('"Loss of business is staggering," Mr Rik Example, a local businessman helping to lead the rebuilding '
            "effort, told him at the meeting.")
    assert speakers(text) == ["Rik Example"]


def test_a_name_inside_the_previous_attribution_does_not_break_he():
    text = ('"The settlement is significant," Will Example, the lawyer suing Senator Ann Other, said. '
            '"Hopefully this will send a message to boardrooms," he added.')
    assert speakers(text) == ["Will Example", "Will Example"]


@pytest.mark.parametrize("text, lang, expected", [
    ("“This has never been matched,” pollster Peter Example, who ran the survey with a rival firm, says of "
     "the figures.", "en", "Peter Example"),
    ("Interior minister Yuri Example defended the officers. \"There are no calmer police anywhere in the world,\" "
     "he was quoted as saying by the state news agency.", "en", "Yuri Example"),
    ("Ebenso äußerte sich Parteichef Ismail Beispiel. Das Angebot der Regierung, Verletzte kostenlos zu behandeln, "
     "lehnt er jedoch ab: „Die Grenze muss für alle offen sein.“", "de", "Ismail Beispiel"),
])
def test_speakers_behind_an_apposition_a_passive_quote_or_an_inverted_pronoun(text, lang, expected):
    assert speakers(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ('"We will review every visa," said Minister for Citizenship Julian Example.', "Julian Example"),
    ('"We will act," said a spokesman for the European Commission.', "a spokesman for the European Commission"),
    ('"We will act," a spokesman for the ministry said.', "a spokesman for the ministry"),
])
def test_a_role_for_a_body_keeps_the_body_and_gives_way_to_a_full_name(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize("text", [
    "„Wir sehen die Kommentare der Regierung sehr genau“, wird Minister Leo Beispiel zitiert.",
    "„Wir sehen die Kommentare der Regierung sehr genau“, wurde Leo Beispiel in der Zeitung zitiert.",
])
def test_german_passive_quoted(text):
    assert speakers(text, "de") == ["Leo Beispiel"]


def test_a_one_word_name_the_text_knows_as_a_person_speaks_in_the_sentence():
    text = ('Steel company CEO Dan Example backs President Tom Sample. "A trade war would hurt every household in '
            'the country," the institute said. But Example said Sample’s threats are "very real, and partners who '
            'cheat should take them seriously."')
    assert speakers(text) == ["the institute", "Dan Example"]


def test_a_party_tag_after_the_name_is_no_speaker():
    text = ('Sen. Marco Example, R-Florida, who wants the funds cleared, argued Democrats are "looking for any '
            'excuse to shut down the government because they think it helps them."')
    assert speakers(text) == ["Marco Example"]


def test_german_name_before_an_apposition_with_a_genitive_chain():
    text = ("Die Regierung schweigt. Dolkun Beispiel, der Sekretär des Weltkongresses der Uiguren sagte gegenüber "
            "dem Sender, es sei schwierig. „Natürlich bekommen die Menschen Rachegedanken“, sagte er.")
    assert speakers(text, "de") == ["Dolkun Beispiel"]
