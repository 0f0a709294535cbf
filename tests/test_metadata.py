"""Metadata read off the text: the shipped corpus, and fields a text does not state."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cleaning import clean_document
from assistant.loading import LoadedDocument, load_document
from assistant.metadata import extract_metadata, parse_swedish_date

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"

EXPECTED = {
    "000_10e06c5843140a80.txt": (
        "Svar på interpellation 2008:35 av Karin Rågsjö (v) om sned resursfördelning till Jobbtorg",
        "interpellationssvar", "2008-11-12", "Sten Nordin", ("2008:35",),
    ),
    "001_67a7f12664a140df.txt": (
        "Svar på Interpellation 2008:19 av Tomas Rudin (s) om moderaternas vallöfte om att införa en jobbgaranti",
        "interpellationssvar", "2008-11-25", "Sten Nordin", ("2008:19",),
    ),
    "002_c92b7a411cd0c83a.txt": (
        "Skrivelse angående jobbgaranti och Jobbtorg", "tjänsteutlåtande", None, None, (),
    ),
    "003_a1fd56d9e386bfcd.txt": (
        "Svar på interpellation 2013:19 om Jobbtorgens utbildningsinsatsningar",
        "interpellationssvar", None, None, ("2013:19",),
    ),
    "004_7c361c27759a4a85.txt": (
        "Anmälan av rapporten ”Avslutade från jobbtorg Stockholm med avslutsorsak ”okänd”",
        "protokollsutdrag", None, None, ("Dnr AMN 2013-0304-1",),
    ),
}


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_shipped_metadata(source):
    meta = extract_metadata(clean_document(load_document(CORPUS / source)).text)
    assert (meta.title, meta.type, meta.date, meta.signatory, meta.references) == EXPECTED[source]


def test_role_of_signatory():
    meta = extract_metadata(clean_document(load_document(CORPUS / "000_10e06c5843140a80.txt")).text)
    assert meta.signatory_role == "Finansborgarråd"


def _meta(text: str):
    return extract_metadata(clean_document(LoadedDocument("x.txt", "x.txt", "txt", "0", text)).text)


def test_dates_in_prose_are_not_the_document_date():
    meta = _meta("Den 1 januari 2008 inrättades Jobbtorg Stockholm. Den 25 augusti 2008 öppnade Kista.")
    assert meta.date is None and meta.signatory is None and meta.references == ()


def test_missing_everything_is_none_not_guessed():
    meta = _meta("jobbtorg.")
    assert (meta.title, meta.type, meta.date, meta.signatory, meta.references) == (None, None, None, None, ())


def test_protocol_date_and_reference_formats():
    meta = _meta(
        "Protokoll fört vid arbetsmarknadsnämndens sammanträde 2013-05-21\n\n§ 12\n\n"
        "Anmälan av uppföljning av Jobbtorg Stockholm\n\nDnr: AMN 2013-0102-1.5\n\nNämnden godkänner rapporten."
    )
    assert meta.date == "2013-05-21"
    assert meta.title == "Anmälan av uppföljning av Jobbtorg Stockholm"
    assert meta.type == "protokollsutdrag"
    assert meta.references == ("Dnr: AMN 2013-0102-1.5",)


def test_a_letterhead_block_gives_the_meeting_date_and_the_item_heading_the_title():
    # Lines of one block, no blank line between them, the way minutes are typed.
    meta = _meta(
        "Västerås stad\nPROTOKOLLSUTDRAG\nArbetsmarknadsnämnden\nSammanträdesdatum: 2025-10-02\n\n"
        "§ 14 Uppföljning av jobbcentrum 2024\nDnr AMN 2025/0031\n\nNämnden beslutar att godkänna uppföljningen."
    )
    assert meta.date == "2025-10-02"
    assert meta.title == "§ 14 Uppföljning av jobbcentrum 2024"
    assert meta.references == ("Dnr AMN 2025/0031",)


def test_the_minutes_approval_is_not_their_date_and_a_letterhead_dateline_is_a_date():
    minutes = _meta("Västerås stad\nArbetsmarknadsnämnden\nSammanträdesdatum: 2025-10-02\n\n§ 14 Uppföljning av jobbcentrum\n\n"
                    "Nämnden beslutar att godkänna uppföljningen av jobbcentrum för perioden.\n\nJusterat 2025-10-09")
    assert minutes.date == "2025-10-02"
    report = _meta("Västerås stad\nArbetsmarknadsförvaltningen\nRapport: Jobbcentrum 2024\nVästerås den 4 mars 2025\n\n"
                   "Under 2024 skrevs 610 personer in vid jobbcentrum, fler än året innan, och\n190 av dem gick vidare till arbete.")
    assert report.date == "2025-03-04"


def test_a_report_named_by_a_compound_is_a_report_and_its_letterhead_is_not_its_title():
    meta = _meta("Västerås stad\nArbetsmarknadsförvaltningen\n\nDelårsrapport: jobbcentrum januari–juni 2025\n\n"
                 "Sammanfattning\n\nUnder perioden skrevs 610 personer in vid jobbcentrum, fler än under\n"
                 "samma period förra året. Av dem gick 190 vidare till arbete och 75 till\nstudier.\n\n"
                 "Kostnader\n\nKostnaden för perioden var 9,2 miljoner kronor, något lägre\nän budgeterat.")
    assert meta.title == "Delårsrapport: jobbcentrum januari–juni 2025"
    assert meta.type == "rapport"
    assert meta.date is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Stockholm den 25 november 2008", "2008-11-25"), ("2008-11-12", "2008-11-12"),
     ("den 3 mars 2009", "2009-03-03"), ("1 Januari 2010", "2010-01-01"), ("den 45 maj 2009", None),
     ("2008:35", None)],
)
def test_parse_swedish_date(text, iso):
    assert parse_swedish_date(text) == iso


def test_a_date_line_under_the_letterhead_is_the_date_not_the_title():
    # A press release: letterhead, its date on a line of its own, then its headline.
    meta = _meta("PRESSMEDDELANDE\n\nSöderhamns kommun\n\n12 mars 2025\n\nFler gick till jobb efter Jobbcentrum Söderhamn\n\n"
                 "Under 2024 gick 240 personer från Jobbcentrum Söderhamn till arbete, fler än året innan.")
    assert meta.date == "2025-03-12"
    assert meta.title == "Fler gick till jobb efter Jobbcentrum Söderhamn"


def test_a_signature_whose_role_line_goes_on_is_the_signatory():
    meta = _meta("SVAR PÅ INTERPELLATION\n\nSvar på interpellation 2025:3 från Eva Lund (C) om Jobbcentrum Tierp\n\n"
                 "Jag tackar för frågorna. Med detta anser jag interpellationen besvarad.\n\n"
                 "Tierp den 2 maj 2025\n\nOla Sten (S)\n\nKommunalråd och ordförande i arbetsmarknadsnämnden")
    assert (meta.signatory, meta.signatory_role) == ("Ola Sten", "Kommunalråd och ordförande i arbetsmarknadsnämnden")
    meta = _meta("Rapport om Jobbcentrum Tierp\n\nUnder 2024 skrevs 300 in vid Jobbcentrum Tierp.\n\nOla Sten\n\nEnhetschef, Jobbcentrum Tierp")
    assert (meta.signatory, meta.signatory_role) == ("Ola Sten", "Enhetschef, Jobbcentrum Tierp")


BERGSJO_REPORT = (
    " BERGSJÖ KOMMUN                                  RAPPORT \n Arbetsmarknadsförvaltningen                  Sida 1 (3) \n\n"
    " Datum                              Dnr \n 2025-02-18                         AMN 2025/0042 \n\n Handläggare \n Eva Ek, utredare \n\n"
    " Till arbetsmarknadsnämnden \n\n\nÅrsuppföljning 2024 – Jobbcenter Bergsjö \n\n\nSammanfattning \n\n"
    "Under 2024 skrevs 610 personer in vid Jobbcenter Bergsjö, fler än året innan. Av dem gick 190 vidare till arbete.\n"
)
BERGSJO_TYPED = (
    "Bergsjö kommun \nArbetsmarknadsförvaltningen \nRapport \nDatum 2026-02-20 \nDnr AMN 2026/0018 \n\n \n\n"
    "Jobbcenter Bergsjö – årsuppföljning 2025 \n\n \n\nSammanfattning \n\n"
    "Under 2025 skrevs 640 personer in vid Jobbcenter Bergsjö. Av dem gick 205 vidare till arbete.\n"
)
BERGSJO_MINUTES = (
    "Bergsjö kommun \nSAMMANTRÄDESPROTOKOLL \nArbetsmarknadsnämnden \n\nSammanträdesdatum 2026-03-17 \n\n \n\n"
    "Plats och tid        Kommunhuset, sammanträdesrum Bergsjön, kl. 13.30–16.05 \n\n \n\n"
    "Beslutande           Anna Ek (S), ordförande \n                     Per Lind (M), vice ordförande \n"
    "                     Sara Holm (C) \n\n§ 21 \nÅrsuppföljning för Jobbcenter Bergsjö 2025 \n\n"
    "Nämnden godkänner årsuppföljningen för Jobbcenter Bergsjö 2025.\n\n§ 22 \nExtratjänster 2026 \n\n"
    "Nämnden beslutar att avsätta 4,6 miljoner kronor till extratjänster under 2026.\n"
)


@pytest.mark.parametrize(("text", "title", "kind", "date"), [
    (BERGSJO_REPORT, "Årsuppföljning 2024 – Jobbcenter Bergsjö", "rapport", "2025-02-18"),
    (BERGSJO_TYPED, "Jobbcenter Bergsjö – årsuppföljning 2025", "rapport", "2026-02-20"),
    (BERGSJO_MINUTES, "Sammanträdesprotokoll Arbetsmarknadsnämnden 2026-03-17", "protokollsutdrag", "2026-03-17"),
])
def test_a_letterhead_is_no_title_the_heading_under_it_is(text, title, kind, date):
    # They were titled "BERGSJÖ KOMMUN RAPPORT Arbetsmarknadsförvaltningen", "Rapport" and "Plats och tid
    # Kommunhuset ...", the first report had no type and no date ("Datum" over the date, in columns):
    # a journalist cannot cite them, and "vid årets slut" in the report had no year.
    meta = _meta(text)
    assert (meta.title, meta.type, meta.date) == (title, kind, date)


# Letterheads typed in two columns, which cleaning runs onto one line (Tierp, written for these tests).
MINUTES_HEAD = """ TIERPS KOMMUN                                       PROTOKOLL
 Arbetsmarknadsnämnden                              Sammanträdesdatum
                                                    2026-10-14

Beslutande         Ida Berg (S), ordförande

§ 61
Delårsrapport per den 31 augusti 2026

Förvaltningschefen föredrar delårsrapporten.
"""

REPORT_HEAD = """ TIERPS KOMMUN                                     RAPPORT
 Arbetsmarknadsförvaltningen                       2026-02-12
 Avdelningen för uppföljning                       Dnr AMN 2026/0032

Uppföljning av Jobbtorg Tierp 2022–2025

Rapporten följer upp verksamheten.
"""


@pytest.mark.parametrize(("text", "date"), [
    # The meeting day's label after the letterhead's other words, not an item's "per den 31 augusti".
    (MINUTES_HEAD, "2026-10-14"),
    # A report's one unlabelled date in its letterhead, beside a reference number written with a dash elsewhere.
    (REPORT_HEAD, "2026-02-12"),
])
def test_a_letterhead_in_two_columns_gives_the_date(text, date):
    meta = extract_metadata(clean_document(LoadedDocument("x.txt", "x.txt", "txt", "0", text)).text)
    assert meta.date == date, meta


# Söderhamn papers written for these tests: minutes whose item cites a tjänsteutlåtande, a press
# release and a follow-up report. Their type is what their letterhead or opening says, not a
# paper the body of the text cites (the minutes were typed "tjänsteutlåtande" before, the others none).
_SODERHAMN_MINUTES = """SÖDERHAMNS KOMMUN                         PROTOKOLLSUTDRAG
Arbetsmarknadsnämnden                     Sammanträdesdatum
                                          2026-04-15

Beslutande
Lena Sjöberg (S), ordförande

§ 18
Avveckling av Jobbcenters kontor i Ljusne

Beslutsunderlag
Tjänsteutlåtande från arbetsmarknadsförvaltningen 2026-03-30.

Arbetsmarknadsnämndens beslut
Kontoret i Ljusne avvecklas.
"""
_SODERHAMN_RELEASE = """PRESSMEDDELANDE
Söderhamns kommun
2026-05-04

Jobbcenter Söderhamn öppnar i Stenö

Jobbcenter Söderhamn öppnar ett nytt kontor i Stenö i juni.
"""
_SODERHAMN_REPORT = """Söderhamns kommun
Arbetsmarknadsförvaltningen
2026-02-10

Uppföljning av Jobbcenter Söderhamn 2023–2025

Under 2025 var 812 personer inskrivna.
"""


@pytest.mark.parametrize(("text", "kind"), [
    (_SODERHAMN_MINUTES, "protokollsutdrag"),
    (_SODERHAMN_RELEASE, "pressmeddelande"),
    (_SODERHAMN_REPORT, "rapport"),
])
def test_the_type_is_the_letterheads_not_a_cited_papers(text, kind):
    assert _meta(text).type == kind
