"""Minutes of Söderhamn's labour market committee (and a press release) written for these tests. A claim about the tally of a
vote ("röstade 8–3") or about the body that decided ("Kommunstyrelsen sa upp avtalet") is read against
the whole item (§) the decision stands in: the sentence saying what was decided gives neither, and
before, such claims were "not found" however the minutes read. A word of the case's description
("behålla närheten") does not make a claim about keeping the office supported."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

MINUTES = """SÖDERHAMNS KOMMUN                              SAMMANTRÄDESPROTOKOLL
Arbetsmarknadsnämnden                          Sammanträdesdatum 2026-04-15

Beslutande
Lena Sjöberg (S), ordförande
Karl Nord (M), vice ordförande
Anna Hed (S)
Olle Berg (S)
Maria Lind (S)
Sven Ek (M)
Ida Strand (C)
Per Hall (L)
Eva Borg (V)
Nils Dahl (SD)
Rut Falk (KD)

§ 18
Avveckling av Jobbcenters kontor i Ljusne
Dnr AMN 2026/0071

Ärendebeskrivning
Jobbcenter Söderhamn har ett kontor i Ljusne med sex medarbetare. För att
behålla närheten till de inskrivna i Ljusne föreslår förvaltningen att en
handläggare finns på biblioteket där en dag i veckan. Avvecklingen beräknas
spara 1,2 miljoner kronor per år.

Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Eva Borg (V) yrkar avslag.

Omröstningsresultat
Ja-röster (8): Lena Sjöberg (S), Anna Hed (S), Olle Berg (S), Maria Lind (S),
Karl Nord (M), Sven Ek (M), Ida Strand (C), Per Hall (L).
Nej-röster (3): Eva Borg (V), Nils Dahl (SD), Rut Falk (KD).

Arbetsmarknadsnämndens beslut
1. Kontoret i Ljusne avvecklas den 31 augusti 2026.
2. Avtalet om lokalen i Ljusne sägs upp.

Reservation
Eva Borg (V) reserverar sig mot beslutet.

§ 19
Anmälan av delegationsbeslut

Arbetsmarknadsnämndens beslut
Redovisningen läggs till handlingarna.
"""


# A paper that names the town often and the committee's chair never: nearer in meaning to an English
# question about the chair "in Söderhamn" than the minutes' list of members is.
RELEASE = """PRESSMEDDELANDE
Söderhamns kommun
2026-05-04

Jobbcenter Söderhamn öppnar i Stenö

Jobbcenter Söderhamn öppnar ett nytt kontor i Stenö i juni. Söderhamns kommun vill att fler
söderhamnare ska hitta vägen till arbete, och Jobbcenter Söderhamn finns nu nära fler invånare i Söderhamn.
"""


@pytest.fixture(scope="module")
def soderhamn(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("soderhamn"), {"protokoll_amn_soderhamn_2026-04-15.txt": MINUTES,
                                                                       "pressmeddelande_stenö_2026.txt": RELEASE})


@pytest.mark.parametrize(("claim", "verdict", "found"), [
    # The tally counted from the lists of names under each side.
    ("Nämnden röstade 8–3 för att lägga ner kontoret i Ljusne", "supported", "8–3"),
    ("Med åtta röster mot tre beslutade nämnden att avveckla kontoret i Ljusne", "supported", "8–3"),
    ("Nämnden röstade 6–5 för att avveckla kontoret i Ljusne", "contradicted", "8–3"),
    ("The committee voted 7 to 4 to close the Ljusne office", "contradicted", "8–3"),
])
def test_a_vote_is_read_by_its_tally(soderhamn, claim, verdict, found):
    checked = soderhamn.check(claim)
    assert checked.verdict == verdict, checked.explanation
    assert [e.found for e in checked.elements if e.element == "vote"] == [found], checked.elements


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Kommunfullmäktige beslutade att stänga kontoret i Ljusne", "contradicted"),
    ("Kommunstyrelsen sa upp avtalet om lokalen i Ljusne", "contradicted"),
    ("It was the municipal executive board that decided to close the office in Ljusne", "contradicted"),
    ("Arbetsmarknadsnämnden sa i april 2026 upp avtalet om lokalen i Ljusne", "supported"),
])
def test_the_deciding_body_is_the_items(soderhamn, claim, verdict):
    checked = soderhamn.check(claim)
    assert checked.verdict == verdict, checked.explanation
    assert any(e.element == "body" and e.found == "arbetsmarknadsnämnd" for e in checked.elements), checked.elements


def test_a_word_of_the_description_is_not_what_was_decided(soderhamn):  # guard: not supported before either
    # "behålla" stands in the description ("för att behålla närheten"), not in what was decided.
    assert soderhamn.check("Nämnden röstade 8–3 för att behålla kontoret i Ljusne").verdict != "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    # The sides are read off the lists of names under the yes and no votes and the reservation.
    ("Vänsterpartiet reserverade sig mot att kontoret i Ljusne lades ner", "supported"),
    ("Moderaterna reserverade sig mot nedläggningen av kontoret i Ljusne", "contradicted"),
    ("Liberalerna röstade ja till att avveckla kontoret i Ljusne", "supported"),
    ("Sossarna röstade nej till att avveckla kontoret i Ljusne", "contradicted"),
    ("Kristdemokraterna och Sverigedemokraterna röstade emot avvecklingen av kontoret i Ljusne", "supported"),
])
def test_a_partys_side_is_the_items(soderhamn, claim, verdict):
    checked = soderhamn.check(claim)
    assert checked.verdict == verdict, checked.explanation
    assert any(e.element == "party" for e in checked.elements), checked.elements


@pytest.mark.parametrize("question", ["who chairs the labour market committee in Söderhamn?",
                                      "who's chairing the labour market committee?"])
def test_who_chairs_a_committee_is_read_from_its_minutes(soderhamn, question):
    # "chairs", "chairing" ask the chair ("ordförande"); the minutes of the body asked are read even when
    # the papers nearest in meaning are others.
    assert "Lena Sjöberg" in soderhamn.ask(question).answer.split("The documents say")[0]


def test_the_chair_of_another_place_is_not_this_committees(soderhamn):
    # Stenö is in the papers (the press release), but these minutes are not Stenö's.
    answer = soderhamn.ask("who chairs the district committee in Stenö?")  # failed with the role read, before the head was held to
    assert answer.abstained and "Lena Sjöberg" not in answer.answer, answer.answer


def test_an_english_claim_of_the_body_that_approved_a_report(shipped_assistant):
    # The English words of why people left ("unknown exit reason") are read as the minutes' ("avslutsorsak
    # okänd"), so the item is found and its deciding body read: the committee's, not the executive board's.
    checked = shipped_assistant.check("The municipal executive board approved the report on people who left "
                                      "Jobbtorg Stockholm with an unknown exit reason.")
    assert checked.verdict == "contradicted" and any(e.element == "body" for e in checked.elements), checked.explanation
