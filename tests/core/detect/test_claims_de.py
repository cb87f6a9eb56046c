"""German numeric claims, one group per type, on sentences written for these tests."""

import pytest

from factdesk.core.detect.numeric_claims import find_claims


def typed(text):
    return [(c.type, c.value) for c in find_claims(text, "de") if c.type not in ("duration", "date")]


def has(text, type_, value, anchor=None):
    claims = [c for c in find_claims(text, "de") if c.type == type_ and c.value == value]
    assert claims, f"no {type_}={value} in {typed(text)}"
    if anchor is not None:
        assert any(anchor in c.text or c.text in anchor for c in claims), [c.text for c in claims]


@pytest.mark.parametrize("text, value, anchor", [
    ("Der Amtsinhaber kam nach offiziellen Angaben auf 63,4 Prozent der Stimmen.", 63.4, "63,4 Prozent der Stimmen"),
    ("Die Partei erreichte bei der Landtagswahl 12 Prozent.", 12, "12 Prozent"),
    ("In der jüngsten Umfrage liegt die Opposition bei 31,5 Prozent.", 31.5, "31,5 Prozent"),
    ("Die Wahlbeteiligung lag bei 71 Prozent.", 71, "71 Prozent"),
    ("Laut Umfrage sind 48 Prozent für den Austritt.", 48, "48 Prozent für den Austritt"),
])
def test_vote_share(text, value, anchor):
    has(text, "vote_share", value, anchor)


@pytest.mark.parametrize("text, value, anchor", [
    ("Seit Beginn der Proteste gab es mehr als 1200 Festnahmen.", 1200, "mehr als 1200 Festnahmen"),
    ("Die Polizei hat am Abend 45 Demonstranten festgenommen.", 45, "45 Demonstranten festgenommen"),
    ("Drei Journalisten wurden in der Hauptstadt verhaftet.", 3, "Drei Journalisten"),
    ("Insgesamt sitzen 14 Aktivisten in Untersuchungshaft.", 14, "14 Aktivisten"),
    ("Die Beamten nahmen am Bahnhof vier Männer fest.", 4, "vier Männer"),
])
def test_arrests(text, value, anchor):
    has(text, "arrests", value, anchor)


@pytest.mark.parametrize("text, value, anchor", [
    ("Bei dem Busunglück wurden 17 Menschen getötet.", 17, "17 Menschen getötet"),
    ("Das Erdbeben forderte mindestens 230 Tote.", 230, "mindestens 230 Tote"),
    ("Nach dem Brand starben zwei Feuerwehrleute im Krankenhaus.", 2, "zwei Feuerwehrleute"),
    ("Mehr als 80 Menschen wurden bei den Zusammenstößen verletzt.", 80, "Mehr als 80 Menschen"),
])
def test_casualties(text, value, anchor):
    has(text, "casualties", value, anchor)


def test_vague_casualties_have_no_value():
    text = "Es gab Hunderte Verletzte und mehrere Tote."
    assert typed(text) == [("casualties", None), ("casualties", None)]


@pytest.mark.parametrize("text, value", [
    ("Am Samstag demonstrierten rund 20.000 Menschen gegen die Reform.", 20000),
    ("Die Veranstalter zählten 5000 Teilnehmer.", 5000),
    ("Zehntausende gingen am Wochenende auf die Straße.", None),
])
def test_crowd_size(text, value):
    has(text, "crowd_size", value)


@pytest.mark.parametrize("text, value, anchor", [
    ("Der Präsident tritt nach 22 Jahren an der Macht zurück.", 22, "nach 22 Jahren an der Macht"),
    ("Nach drei Jahrzehnten im Amt will der Bürgermeister aufhören.", 30, "drei Jahrzehnten im Amt"),
    ("Die Regierung war nur 18 Monate im Amt.", 1.5, "18 Monate im Amt"),
])
def test_duration_in_power(text, value, anchor):
    has(text, "duration_in_power", value, anchor)


def test_ruling_since_a_year_has_no_value():
    has("Der Monarch herrscht seit 1986 über das Land.", "duration_in_power", None, "herrscht seit 1986")


@pytest.mark.parametrize("text, value", [
    ("Sie bewirbt sich um eine vierte Amtszeit.", 4),
    ("Es ist bereits seine dritte Amtsperiode.", 3),
    ("Die 2. Amtszeit begann im Frühjahr.", 2),
])
def test_term_count(text, value):
    has(text, "term_count", value)


@pytest.mark.parametrize("text, value, unit", [
    ("Die Stadt zahlt 2,5 Millionen Euro für die Sanierung.", 2_500_000, "EUR"),
    ("Der Konzern muss 300 Mio. Dollar Strafe zahlen.", 300_000_000, "USD"),
    ("Das Paket umfasst 1,2 Mrd. Euro.", 1_200_000_000, "EUR"),
    ("Der Schaden liegt bei 40.000 Franken.", 40000, "CHF"),
    ("Die Tickets kosten 45 €.", 45, "EUR"),
    ("Das Land erhielt einen Milliardenkredit.", None, None),
    ("Die Firma muss eine Millionenstrafe zahlen.", None, None),
])
def test_money(text, value, unit):
    claims = [c for c in find_claims(text, "de") if c.type == "money"]
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]


def test_money_range_is_one_vague_claim():
    claims = [c for c in find_claims("Die Kosten werden auf drei bis vier Millionen Euro geschätzt.", "de")
              if c.type == "money"]
    assert [(c.text, c.value, c.qualifier) for c in claims] == [("drei bis vier Millionen Euro", None, "vague")]


def test_bare_millions_after_a_currency_are_money():
    text = "Der Fonds erhält 12 Millionen Euro. Davon gehen 4,5 Millionen an Schulen."
    assert [(c.type, c.value) for c in find_claims(text, "de")] == [("money", 12e6), ("money", 4.5e6)]


@pytest.mark.parametrize("text, value, unit", [
    ("Die Arbeitslosenquote stieg um 0,4 Prozent.", 0.4, "percent"),
    ("Der Turm ist 320 Meter hoch.", 320, "m"),
    ("In dem Land leben 8,9 Millionen Menschen.", 8_900_000, "people"),
    ("Die Partei ist die zweitstärkste Kraft.", 2, "rank"),
    ("Das Land liegt auf Platz 12 der Rangliste.", 12, "rank"),
    ("Die Kette schließt 40 Filialen.", 40, "filialen"),
])
def test_statistic(text, value, unit):
    claims = [c for c in find_claims(text, "de") if c.type == "statistic"]
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]


def test_two_claims_in_one_sentence_share_the_sentence():
    text = "Der Staatschef ließ sich nach 15 Jahren an der Macht mit 76,2 Prozent der Stimmen für eine dritte Amtszeit bestätigen."
    claims = find_claims(text, "de")
    assert [c.type for c in claims] == ["duration_in_power", "vote_share", "term_count"]
    assert {(c.sentence_start, c.sentence_end) for c in claims} == {(0, len(text))}


def test_vote_tally_and_casualties_among_the_dead():
    claims = [(c.type, c.value) for c in find_claims("Das Parlament stimmte mit 178 zu 120 Stimmen zu.", "de")]
    assert claims == [("statistic", 178), ("statistic", 120)]
    claims = [(c.type, c.value) for c in find_claims("Unter den Toten seien drei Soldaten.", "de")]
    assert claims == [("casualties", 3)]


@pytest.mark.parametrize("text, type_, value", [
    ("Die Zahl der Toten stieg am Abend auf 48.", "casualties", 48),
    ("Die Zahl der Festnahmen lag bei 1.200.", "arrests", 1200),
    ("Sie war 16 Jahre lang Kanzlerin.", "duration_in_power", 16),
    ("Der Fürst regiert seit mehr als 20 Jahren.", "duration_in_power", 20),
    ("Er hatte bereits zwei Amtszeiten hinter sich.", "term_count", 2),
    ("Bei dem Anschlag kamen 12 Menschen ums Leben.", "casualties", 12),
    ("Die Polizei nahm 15 Personen in Gewahrsam.", "arrests", 15),
    ("An der Kundgebung nahmen rund 10.000 Menschen teil.", "crowd_size", 10000),
])
def test_more_phrasings(text, type_, value):
    has(text, type_, value)


def test_scaled_number_in_a_money_context_is_money():
    claims = find_claims("Die Kosten belaufen sich auf 3,4 Mio.", "de")
    assert [(c.type, c.value, c.unit) for c in claims] == [("money", 3.4e6, None)]


def test_a_verb_belongs_to_the_nearest_count():
    text = "Es wurden 900 Tatverdächtige ermittelt, die Polizei nahm 120 Personen fest."
    assert [(c.type, c.value) for c in find_claims(text, "de")] == [("statistic", 900), ("arrests", 120)]


def test_counts_joined_by_und_or_darunter_share_the_verb():
    assert typed("Festgenommen wurden vier Männer und drei Frauen.") == [("arrests", 4), ("arrests", 3)]
    assert typed("Es starben 40 Menschen, darunter fünf Kinder.") == [("casualties", 40), ("casualties", 5)]


def test_things_hit_are_not_casualties():
    text = "Viele Menschen wurden verletzt, als fünf Kliniken und zwei Schulen getroffen wurden."
    assert [c.type for c in find_claims(text, "de")] == ["statistic", "statistic"]


@pytest.mark.parametrize("text", [
    "Der Plan kostet 5 Millionen Euro.\n2. Die Arbeitslosigkeit sank.",
    "Der Plan kostet 5 Millionen Euro. 2. Die Arbeitslosigkeit sank.",
])
def test_list_number_after_money_is_no_money(text):
    money = [c.value for c in find_claims(text, "de") if c.type == "money"]
    assert money == [5e6]


def test_elided_scale_stays_within_the_sentence():
    money = [c.value for c in find_claims("Manche sagen vier, andere neun Milliarden Euro.", "de")
             if c.type == "money"]
    assert 9e9 in money


def test_sub_day_time_spans_are_no_durations_in_years():
    claims = find_claims("Sie war im Ziel 0,30 Sekunden schneller als die Zweite.", "de")
    assert [c for c in claims if c.type == "duration"] == []


def test_ein_von_n_is_a_ratio():
    assert typed("Einer von acht Beschäftigten verdient den Mindestlohn.") == [("statistic", 12.5)]


@pytest.mark.parametrize("text, type_, value", [
    ("Acht Menschen starben, 25 wurden verletzt.", "casualties", 25),
    ("Von den Demonstranten wurden viele befragt, 17 wurden festgenommen.", "arrests", 17),
])
def test_count_with_elided_noun_before_passive_event_verb(text, type_, value):
    has(text, type_, value)


def test_percent_adjective_is_a_percentage():
    claims = [c for c in find_claims("Es gibt eine bis zu 80-prozentige Chance auf Gewitter.", "de")
              if c.type == "statistic"]
    assert [(c.value, c.unit, c.qualifier) for c in claims] == [(80, "percent", "up_to")]


@pytest.mark.parametrize("text", [
    "Der Tesla-Milliardär kaufte eine Zeitung.",
    "Der Milliardär Max Mustermann kaufte eine Zeitung.",
    "Die neue Kamera Z 7 R filmt in 8K.",
    "Das Display zeigt 1.280 x 800 Pixel.",
])
def test_labels_model_names_and_resolutions_are_no_claims(text):
    assert typed(text) == []


def test_multimillionaire_as_predicate_stays_vague_money():
    assert typed("Der Unternehmer und Multimillionär will Kanzler werden.") == [("money", None)]


def test_count_of_people_named_by_their_age():
    # the age itself is no claim, the count of people of that age is
    assert typed("Zwei 15-Jährige wurden am Bahnhof festgenommen.") == [("arrests", 2)]
    assert typed("Ein 15-Jähriger wurde festgenommen.") == []


def test_variants_are_no_people():
    assert [c for c in find_claims("Das Amt rechnet in zwei Varianten.", "de") if c.unit == "people"] == []
