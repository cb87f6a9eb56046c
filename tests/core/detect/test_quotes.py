"""Tests for the quote detector (factdesk.core.detect.quotes, speakers). Sentences written for FactDesk."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from factdesk.core.detect.component import register_components
from factdesk.core.detect.quotes import detect_quotes, find_quotations, is_clause


def quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    claims = detect_quotes(text, lang)
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert c.type == "quote" and c.value is None and c.unit is None and c.qualifier is None
        assert c.sentence_start <= c.start < c.end <= c.sentence_end
    return [(c.text, c.speaker) for c in claims]


@pytest.mark.parametrize("text, expected", [
    ("Der Ausbau verzögert sich, sagte Verkehrsministerin Petra Lindqvist am Montag. "
     "„Wir werden die Strecke erst 2031 eröffnen können.“",
     [("Wir werden die Strecke erst 2031 eröffnen können.", "Petra Lindqvist")]),
    ("»Die Kasse ist leer«, sagte Bürgermeister Jonas Ebert.", [("Die Kasse ist leer", "Jonas Ebert")]),
    ('"Wir haben keine andere Wahl", erklärte die Polizei.', [("Wir haben keine andere Wahl", "die Polizei")]),
    ("«Das Werk bleibt geöffnet», so Konzernchef Arno Tillmann.",
     [("Das Werk bleibt geöffnet", "Arno Tillmann")]),
])
def test_german_forms(text, expected):
    assert quotes(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("“We will not raise taxes on working families,” said Prime Minister Helen Marsh.",
     [("We will not raise taxes on working families", "Helen Marsh")]),
    ('"The bridge is safe to use," Mayor Carl Benning told reporters.',
     [("The bridge is safe to use", "Carl Benning")]),
    ('"Two suspects were taken into custody," according to police.',
     [("Two suspects were taken into custody", "police")]),
    ("Senator Ruth Okafor said: “This budget leaves rural hospitals behind.”",
     [("This budget leaves rural hospitals behind.", "Ruth Okafor")]),
    ("‘Our schools are falling apart’: Ines Varga on the state budget",
     [("Our schools are falling apart", "Ines Varga")]),
    ("'The league was never consulted': Tom Achebe on the new stadium",
     [("The league was never consulted", "Tom Achebe")]),
])
def test_english_forms(text, expected):
    assert quotes(text, "en") == expected


def test_trailing_period_inside_marks_is_kept_comma_is_not():
    text = '"The plant will close in June." Company spokesman Dev Patel confirmed the date on Friday.'
    assert quotes(text, "en") == [("The plant will close in June.", "Dev Patel")]
    text = '"The plant will close in June," Dev Patel said.'
    assert quotes(text, "en") == [("The plant will close in June", "Dev Patel")]


def test_split_quote_gives_one_claim_per_part():
    text = '"The figures are wrong," she said, "and the ministry knows it." Minister Anna Krol left.'
    text = "Minister Anna Krol spoke on Tuesday. " + text
    assert quotes(text, "en") == [("The figures are wrong", "Anna Krol"),
                                  ("and the ministry knows it.", "Anna Krol")]


def test_german_split_quote():
    text = ("Finanzminister Karl Brenner verteidigte den Haushalt. „Wir sparen nicht bei der Bildung“, "
            "sagte er, „und wir erhöhen keine Steuern.“")
    assert quotes(text, "de") == [("Wir sparen nicht bei der Bildung", "Karl Brenner"),
                                  ("und wir erhöhen keine Steuern.", "Karl Brenner")]


@pytest.mark.parametrize("text, lang", [
    ('Critics call the plan "vote theft" and want a recount.', "en"),
    ("The so-called ‘green corridor’ opened on Monday, officials said.", "en"),
    ('He described the law as "the idea of one man, one vote" in his speech.', "en"),
    ("Die Polizei stellte gefälschte „Blüten“ sicher, sagte ein Sprecher.", "de"),
    ("Die Zeitung nannte das Programm „drastische Fehlentscheidung“.", "de"),
    ('The museum opened "The Shape of Water: Stories of Rivers and Coastal Towns" last week, she said.', "en"),
    ('The agency published a report entitled "Why the river keeps flooding" on Monday, officials said.', "en"),
    ("Die Kampagne läuft unter dem Motto „Wir lassen niemanden zurück“, sagte die Sprecherin.", "de"),
])
def test_scare_quotes_and_titles_are_not_quotes(text, lang):
    assert quotes(text, lang) == []


def test_clause_needs_words_and_a_verb():
    assert is_clause("We were never told", "en")
    assert not is_clause("fake news", "en")
    assert not is_clause("the best deal in the history", "en")
    assert is_clause("Das ist falsch", "de")
    assert not is_clause("gefälschte Blüten", "de")


def test_unattributed_quotation_is_not_a_quote():
    assert quotes('The sign read "we are closed for the winter season" in red letters.', "en") == []


def test_speaker_in_previous_sentence():
    text = ("Die Verhandlungen seien schwierig, sagte Regierungssprecherin Maria Holm am Mittwoch in Berlin. "
            "„Eine Einigung wird es vor dem Sommer nicht geben.“")
    assert quotes(text, "de") == [("Eine Einigung wird es vor dem Sommer nicht geben.", "Maria Holm")]


def test_speaker_in_next_sentence():
    text = ('"Prices have doubled in a year." That is what economist Lena Fischer told the committee on Monday.')
    assert quotes(text, "en") == [("Prices have doubled in a year.", "Lena Fischer")]


def test_pronoun_is_the_last_named_person():
    text = ("Governor Paul Estrada visited the flooded town on Sunday. "
            '"We will rebuild every house that was lost," he said.')
    assert quotes(text, "en") == [("We will rebuild every house that was lost", "Paul Estrada")]
    text = ("Oppositionsführerin Clara Winter kritisierte den Plan scharf: "
            "„Das ist ein Geschenk an die Konzerne“, meinte sie.")
    assert quotes(text, "de") == [("Das ist ein Geschenk an die Konzerne", "Clara Winter")]


def test_consecutive_quotes_continue_the_speaker():
    text = ('"We lost the vote," Sara Lind said. "We will try again next year." The session ended at noon.')
    assert quotes(text, "en") == [("We lost the vote", "Sara Lind"), ("We will try again next year.", "Sara Lind")]


def test_surname_is_reported_in_its_full_titled_form():
    text = ("President Omar Haddad arrived in the capital. Haddad told the crowd: "
            '"We will hold elections in the spring."')
    assert quotes(text, "en") == [("We will hold elections in the spring.", "Omar Haddad")]


def test_apostrophes_do_not_open_quotes():
    text = "The team's coach said they'd won the 'best of three' series, and we're told it's true."
    assert find_quotations(text, "en") == [] or all(q.end - q.start < 20 for q in find_quotations(text, "en"))
    assert quotes(text, "en") == []


def test_single_quotes_are_english_only():
    assert find_quotations("Er sagte 'Das ist falsch' und ging.", "de") == []


def test_spacy_component_appends_to_doc_claims():
    Doc.set_extension("claims", default=None, force=True)
    register_components()  # a no-op when spaCy already imported the factories
    nlp = spacy.blank("en")
    nlp.add_pipe("factdesk_quotes")
    doc = nlp('"The tunnel will open in May," Mayor Ada Stone said.')
    assert [(c.text, c.speaker) for c in doc._.claims] == [("The tunnel will open in May", "Ada Stone")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", '"Nobody will lose their pension." – Jane Dorsey', ("Nobody will lose their pension.", "Jane Dorsey")),
    ("en", '"We did everything we could," Dorsey, 54, said.', ("We did everything we could", "Dorsey")),
    ("en", '"The figures are under review," said a spokesperson for the Home Office.',
     ("The figures are under review", "a spokesperson for the Home Office")),
    ("en", '"We regret the delay," the company said in a statement.', ("We regret the delay", "the company")),
    ("en", '"We will win this fight!" shouted the crowd outside parliament.',
     ("We will win this fight!", "the crowd")),
    ("en", 'According to the mayor, "the budget has been spent twice over."',
     ("the budget has been spent twice over.", "the mayor")),
    ("en", '"He was not worried at all," recalled the adviser, Robert Lane, in an interview.',
     ("He was not worried at all", "Robert Lane")),
    ("de", "Merkel sagte: „Wir schaffen das.“", ("Wir schaffen das.", "Merkel")),
    ("de", "„Ich trete nicht zurück“, sagte die 54-Jährige.", ("Ich trete nicht zurück", "die 54-Jährige")),
    ("de", "„Das Gesetz kommt zu spät“, so der CDU-Politiker.", ("Das Gesetz kommt zu spät", "der CDU-Politiker")),
    ("de", "Laut Innenminister Hans Beck „ist die Lage ernst“.", ("ist die Lage ernst", "Hans Beck")),
    ("de", "„Es gibt keine Alternative“, heißt es in einer Mitteilung der Polizei.",
     ("Es gibt keine Alternative", "Polizei")),
    # the name after the role wins, as with "the adviser, Robert Lane" (claims.md: the name as the text gives it)
    ("de", "„Die Lage ist ernst“, sagte der Sprecher des Innenministeriums, Max Eder.",
     ("Die Lage ist ernst", "Max Eder")),
    ("de", "Die Ministerin sagte der Deutschen Presse-Agentur: „Das Paket kommt noch in diesem Jahr.“",
     ("Das Paket kommt noch in diesem Jahr.", "Die Ministerin")),
    ("de", "Landrat Peter Odenwald besuchte die Unglücksstelle. Er fügte hinzu: „Wir lassen niemanden allein.“",
     ("Wir lassen niemanden allein.", "Peter Odenwald")),
    ("de", "Der Bürgermeister von Hainstadt, Kurt Laub, sagte: „Die Brücke wird abgerissen.“",
     ("Die Brücke wird abgerissen.", "Kurt Laub")),
    ("en", "Lena Park, head of the union, said, “We will not sign this deal.”",
     ("We will not sign this deal.", "Lena Park")),
    ("en", '"This is a dark day," said Sen. Maria Lopez, D-N.M.', ("This is a dark day", "Maria Lopez")),
    ("en", 'In a statement, the ministry said: "All flights will resume on Monday."',
     ("All flights will resume on Monday.", "the ministry")),
    ("en", 'Coach Ana Ruiz was asked about the final. "It\'s over," she said.', ("It's over", "Ana Ruiz")),
    ("en", "“The prize has become a joke in foreign capitals,” a former British diplomat told the Herald.",
     ("The prize has become a joke in foreign capitals", "a former British diplomat")),
])
def test_attribution_variants(lang, text, expected):
    assert quotes(text, lang) == [expected]


def test_quote_before_an_attributed_quote_takes_its_speaker():
    text = '"The first phase is done." "The second phase starts in May," said engineer Tom Vale.'
    assert quotes(text, "en") == [("The first phase is done.", "Tom Vale"),
                                  ("The second phase starts in May", "Tom Vale")]
    text = "„Die erste Phase ist fertig.“ „Die zweite beginnt im Mai“, sagte Ingenieur Tom Vale."
    assert quotes(text, "de") == [("Die erste Phase ist fertig.", "Tom Vale"),
                                  ("Die zweite beginnt im Mai", "Tom Vale")]


def test_quote_over_several_paragraphs():
    text = ('The council met on Monday.\n\n"We have run out of money. The reserves are gone.\n\n'
            '"We will have to close two libraries," said treasurer Amy Cole.')
    assert quotes(text, "en") == [("We have run out of money. The reserves are gone.", "Amy Cole"),
                                  ("We will have to close two libraries", "Amy Cole")]


def test_british_single_quotes_in_body_text():
    text = "Coach Ben Ode smiled. 'We are ready,' he said, 'and the fans know it.'"
    assert quotes(text, "en") == [("We are ready", "Ben Ode"), ("and the fans know it.", "Ben Ode")]


def test_speaker_named_earlier_in_the_same_sentence_beats_the_previous_quote():
    text = ('"We will keep marching," Maria Example said on Monday. Health minister Jonas Sample on Tuesday '
            'said that the strikers were "putting the lives of patients at risk every single day".')
    assert [s for _, s in quotes(text, "en")] == ["Maria Example", "Jonas Sample"]


def test_team_name_glued_before_a_player_is_no_part_of_the_speaker():
    text = 'The captain spoke after the defeat. Australia Sam Example said: "We were simply not good enough today."'
    assert [s for _, s in quotes(text, "en")] == ["Sam Example"]


def test_role_of_a_country_is_the_speaker_not_the_country():
    text = 'The caretaker government of Ruritania said on Friday: "We will hold the vote in the spring."'
    assert [s for _, s in quotes(text, "en")] == ["The caretaker government of Ruritania"]


def test_acronym_glued_after_a_titled_name_is_not_part_of_it():
    text = 'Chancellor Jana Example UN envoys said: "We will talk to every side of this conflict."'
    assert [s for _, s in quotes(text, "en")] == ["Jana Example"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", 'In Leeds the protesters marched around chanting "Long live the republic" and "Go home Example" '
           "before heading to the square.",
     [("Long live the republic", "the protesters"), ("Go home Example", "the protesters")]),
    ("en", 'In Perth protesters chanted "freedom" and "human rights matter" amid a heavy police presence.',
     [("human rights matter", "protesters")]),
    ("en", "Officers were heckled by people shouting slogans such as “Give me back my vote!” and “Corrupt cops!” "
           "as they made arrests.",
     [("Give me back my vote!", "people")]),
    ("de", "Die Demonstranten zogen zum Rathaus und skandierten dabei Parolen wie zum Beispiel „Stoppt die Kameras“ "
           "oder „Mehr Freiheit, weniger Angst“.",
     [("Stoppt die Kameras", "Die Demonstranten")]),
])
def test_slogans_of_a_crowd_are_quotes_of_the_crowd(lang, text, expected):
    """A chanted or carried slogan is a quote of the crowd named before it; a word or a verbless slogan is not."""
    assert [(c.text, c.speaker) for c in detect_quotes(text, lang)] == expected


def test_a_slogan_cue_without_a_crowd_or_a_clause_gives_no_quote():
    text = "Auf Transparenten standen Forderungen wie „Nazis raus“ und „Mehr Arbeit statt Armut“."
    assert detect_quotes(text, "de") == []
    text = 'The report showed signs of "a slow recovery" in the spring.'
    assert detect_quotes(text, "en") == []


@pytest.mark.parametrize("text", [
    'The mayor described the plan as "unwilling to lead" and left the hall.',
    'Witnesses said the old mill was "engulfed in flames" within minutes, the fire service said.',
    'The minister called the ruling "arbitrary and unexplained" on Monday.',
])
def test_a_short_fragment_carrying_on_its_sentence_is_not_a_quote(text):
    assert detect_quotes(text, "en") == []


@pytest.mark.parametrize("text", [
    'Gordon Example said "bring it on" when asked about the vote.',
    'Gordon Example had one message for the opposition: "bring it on".',
])
def test_a_short_quote_after_a_speech_verb_or_a_colon_is_a_quote(text):
    assert [(c.text, c.speaker) for c in detect_quotes(text, "en")] == [("bring it on", "Gordon Example")]
