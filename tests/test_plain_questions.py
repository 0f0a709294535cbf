"""Plain questions about plain documents: who answered, when, how many. Each case here was declined
or answered from the wrong line before the change it is about (a reply, a report and minutes on
Bollnäs written for these tests)."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

from assistant.cleaning import clean_document
from assistant.loading import LoadedDocument
from assistant.metadata import extract_metadata

REPLY = """Bollnäs kommun
Kommunfullmäktige
Dnr KS 2026-00077
den 9 mars 2026

Svar på interpellation från Erik Sundin (L) om Jobbcentret i Bollnäs

Erik Sundin (L) har frågat mig hur det går för Jobbcentret och för hushållen som får ekonomiskt bistånd.

Det genomsnittliga antalet hushåll med ekonomiskt bistånd per månad sjönk från 1 480 år 2024 till 1 365 år 2025.
Jobbcentret har under samma tid fått fler deltagare, och fler av dem har gått vidare till ett arbete. Skälet till
den nya satsningen på unga är att nästan var tredje deltagare på Jobbcentret 2025 var under 25 år.

Med detta anser jag interpellationen besvarad.

Anna Persson (C)
Kommunalråd med ansvar för arbetsmarknadsfrågor
"""

REPORT = """Jobbcenter Bollnäs – verksamhetsberättelse 2025

Datum: den 12 februari 2026

1. Resultat

Under 2025 var 940 personer inskrivna vid Jobbcenter Bollnäs. Av dem gick 331 vidare till arbete och 142 till studier.

Tabell 1. Inskrivna och avslut till arbete

År      Inskrivna   Till arbete
2022          815           262
2023          844           270
2024          870           297
2025          940           331

2. Unga

Under 2025 var 298 unga i åldern 16–24 år inskrivna, varav 121 gick till arbete och 57 till studier. Andelen unga som
gick till arbete var 40,6 procent, den högsta andelen bland de grupper som rapporten följer.

3. Nyanlända

204 deltagare var nyanlända. Av dem gick 49 till arbete, vilket motsvarar 24,0 procent.

4. Ekonomi

Verksamheten redovisar för 2025 ett överskott på 1,8 miljoner kronor. Överskottet uppstod främst eftersom två
tjänster stod vakanta under större delen av året.

Johan Ek, verksamhetschef Jobbcenter Bollnäs
Sara Holm, förvaltningschef
"""

PRESS = """PRESSMEDDELANDE
Bollnäs kommun, arbetsmarknadsförvaltningen
den 20 januari 2026

Fler i arbete via Jobbcenter Bollnäs

Under 2025 gick fler än 300 deltagare vidare till arbete via Jobbcenter Bollnäs.

– Vi ser att arbetet ger resultat, säger Maria Falk (S), ordförande i arbetsmarknadsnämnden.

Fakta: Jobbcenter Bollnäs 2025
Deltagare: 940
Till arbete: 331
Budget: 52,4 miljoner kronor
Utfall: 50,6 miljoner kronor

För mer information, kontakta:
Maria Falk (S), ordförande i arbetsmarknadsnämnden
Johan Ek, verksamhetschef, Jobbcenter Bollnäs
"""

MINUTES = """BOLLNÄS KOMMUN
Arbetsmarknadsnämnden

PROTOKOLLSUTDRAG
Sammanträdesdatum: den 17 mars 2026

Plats och tid: Kommunhuset, sal Orbaden, kl. 18.00–20.15

Beslutande:
Olle Norén (M), ordförande
Karin Wall (S), 1:e vice ordförande
Per Dahl (C)
Lisa Berg (V)

§ 12 Verksamhetsberättelse 2025 för Jobbcenter Bollnäs

Nämnden beslutar att godkänna verksamhetsberättelsen.
"""


def _metadata(text: str):
    """As the index reads it: after cleaning."""
    return extract_metadata(clean_document(LoadedDocument("x.txt", "x.txt", "txt", "0", text)).text)


@pytest.fixture(scope="module")
def bollnas(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("bollnas"), {"svar.txt": REPLY, "berattelse.txt": REPORT,
                                                                       "press.txt": PRESS, "protokoll.txt": MINUTES})


def test_a_dated_reference_line_dates_the_reply():
    """Cleaning joins "Dnr KS 2026-00077" and "den 9 mars 2026" into one header line: the date stood unread."""
    assert _metadata(REPLY).date == "2026-03-09"


def test_a_letterhead_line_ending_in_a_date_dates_the_press_release():
    assert _metadata(PRESS).date == "2026-01-20"


def test_a_name_over_its_role_in_one_block_signs_the_reply():
    """The closing name and the role under it, with no blank line between: no signatory was read."""
    meta = _metadata(REPLY)
    assert (meta.signatory, meta.signatory_role) == ("Anna Persson", "Kommunalråd med ansvar för arbetsmarknadsfrågor")


def test_a_name_and_role_on_one_line_signs_the_report():
    meta = _metadata(REPORT)
    assert (meta.signatory, meta.signatory_role) == ("Johan Ek", "verksamhetschef Jobbcenter Bollnäs")


@pytest.mark.parametrize(("question", "lead"), [
    # The signature was unread: "anger inte vem som undertecknade det".
    ("vem var det som svarade på Sundins interpellation?", "Anna Persson"),
    # "antalet hushåll" stands five words before its figures: what they count was lost, and it declined.
    ("hur många hushåll hade ekonomiskt bistånd 2025 enligt kommunalrådet", "1 365"),
    # "jobbcentret" is a name where the reply writes "Jobbcentret": the report, which writes
    # "Jobbcenter Bollnäs", was held not to name it, and the question was declined.
    ("Hur många ungdomar 16-24 var inskrivna på jobbcentret 2025?", "298"),
    # A January press release's contact line "Maria Falk (S), ordförande i arbetsmarknadsnämnden" led,
    # and was declined as another meeting's: the March minutes name their own chair.
    ("vem var ordf på arbetsmarknadsnämndens möte i mars?", "Olle Norén"),
    # The reason for the new youth scheme, which names the centre and the year, was quoted: the
    # report's reason for the surplus answers.
    ("Varför blev det överskott för jobbcentret 2025?", "vakanta"),
    # The remark after the question mark was read as what is counted, and it declined; then the press
    # release's "fler än 300" led, a bound the report states exactly.
    ("hur många fick jobb genom jobbcentret 2025? har sett olika siffror", "331"),
    # The young's "varav ... 57 till studier" was taken as the part of all enrolled (57 / 298): the
    # question names no group, and the report counts everyone's studies (142 of 940).
    ("hur stor andel av de inskrivna gick till studier 2025?", "15,1"),
    # The press release's bound "fler än 300" was taken as the part of 331 (300 / 331).
    ("hur stor andel av de inskrivna gick till arbete 2025?", "35,2"),
    # The year asked was read as what the part did: "nästan var tredje deltagare ... 2025" was
    # quoted as stating the share, and nothing was computed.
    ("hur stor andel av de unga gick till studier 2025?", "19,1"),
    # The share is stated in a sentence that points back to its group ("Av dem ..."): no lead was given.
    ("hur stor andel av de nyanlända fick jobb 2025?", "Svar: 24,0 procent"),
    # Two outcomes asked together, counted apart: it refused, then took the young's two parts.
    ("hur stor andel av de inskrivna gick till arbete eller studier 2025?", "(331 + 142) / 940 = 50,3 %"),
    ("what percentage went on to work or studies in 2025?", "(331 + 142) / 940 = 50,3 %"),
    # The young's stated share of work alone was quoted for work or studies.
    ("hur stor andel av de unga gick till arbete eller studier 2025?", "(121 + 57) / 298 = 59,7 %"),
])
def test_plain_questions_are_answered(bollnas, question, lead):
    answer = bollnas.ask(question)
    assert not answer.abstained, answer.answer
    assert lead in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize(("claim", "verdict"), [
    # The surplus's own figure bore out a claim of going over budget.
    ("Jobbcenter Bollnäs överskred sin budget med 1,8 miljoner kronor 2025.", "contradicted"),
    # The young's share, claimed for the newly arrived, was borne out by the young's sentence.
    ("Nyanlända var den grupp där flest gick till arbete 2025, hela 40,6 procent.", "contradicted"),
    ("Bland de unga gick 40,6 procent till arbete 2025.", "supported"),
])
def test_plain_claims(bollnas, claim, verdict):
    checked = bollnas.check(claim)
    assert checked.verdict == verdict, checked.explanation


def test_an_english_lead_says_who_chairs_only_where_the_quote_gives_the_chair(bollnas):
    """"Johan Ek chairs the labour market committee" was said of the head of the centre, whose line
    stands beside the chair's."""
    answer = bollnas.ask("Who chairs the labour market committee in Bollnäs?").answer
    assert "Johan Ek chairs" not in answer, answer


def test_a_fact_box_is_of_the_year_its_heading_names(bollnas):
    """"Budget: 52,4 miljoner kronor" under "Fakta: Jobbcenter Bollnäs 2025" in a press release of 2026 was
    answered as the budget for 2026, which no document gives."""
    answer = bollnas.ask("Vad är jobbcentrets totala budget för 2026?")
    assert "52,4" not in answer.answer, answer.answer
    assert "52,4 miljoner kronor" in bollnas.ask("vad var budgeten för jobbcentret 2025?").answer
