"""Claims that list names, held to the list a document gives as bulleted lines or in a sentence (a
report on Tierp written for these tests). Before, a list given as bullets was found by no sentence:
a wrong member was "not_found", and a right list too; a list in one sentence was borne out (a guard)
but one wrong member of it was "not_found"."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

REPORT = """Jobbtorg Tierp – årsrapport 2025

Program

Jobbtorg Tierp arbetar med tre program:

- Nystart Tierp, som vänder sig till unga vuxna utan gymnasieexamen.
- Språkbron, som kombinerar yrkessvenska med praktik.
- Friskvägen, som drivs tillsammans med Region Uppsala för personer med långvarig ohälsa.

Samverkan

Insatserna genomförs tillsammans med Arbetsförmedlingen, Komvux Tierp och Tierps folkhögskola.
"""


@pytest.fixture(scope="module")
def tierp(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("tierp"), {"rapport.txt": REPORT})


@pytest.mark.parametrize("claim", [
    "Jobbtorgets tre program är Nystart Tierp, Språkbron och Friskvägen.",
    "Jobbtorg Tierp arbetar med Språkbron och Friskvägen.",
    "Insatserna genomförs tillsammans med Arbetsförmedlingen, Komvux Tierp och Tierps folkhögskola.",
])
def test_a_list_the_document_gives_bears_the_claim_out(tierp, claim):
    verdict = tierp.check(claim)
    assert verdict.verdict == "supported", verdict.explanation
    assert verdict.evidence and any(name in verdict.evidence[0].quote for name in ("Språkbron", "Komvux")), verdict.evidence


@pytest.mark.parametrize(("claim", "found", "wrong"), [
    ("Jobbtorgets tre program är Nystart Tierp, Språkbron och Jobbstart.", "Friskvägen", "Jobbstart"),
    ("Insatserna genomförs tillsammans med Arbetsförmedlingen, Komvux Tierp och Uppsala universitet.",
     "Tierps folkhögskola", "Uppsala universitet"),
])
def test_one_wrong_member_of_a_list_contradicts_it(tierp, claim, found, wrong):
    verdict = tierp.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    assert found in verdict.explanation and wrong in verdict.explanation, verdict.explanation


def test_names_listed_are_not_all_a_claim_says(tierp):
    # A guard: the two are listed, but nothing says they were closed.
    verdict = tierp.check("Språkbron och Friskvägen lades ned 2025.")
    assert verdict.verdict != "supported", verdict.explanation


PARAGRAPHS = """Jobbtorg Tierp – verksamhetsberättelse 2024

Jobbtorg Tierp drev under 2024 tre program.

Skogsvägen riktar sig till unga vuxna som saknar gymnasieexamen. Programmet hade 80 deltagare.

Språk och arbete riktar sig till nyanlända med kort utbildning och kombinerar SFI med praktik.

Steget ut riktar sig till personer som har haft försörjningsstöd i mer än tre år.
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Jobbtorgets tre program 2024 var Skogsvägen, Språk och arbete och Steget ut.", "supported"),
    # "not_found" before: a list given one paragraph per member was no list.
    ("Jobbtorgets tre program 2024 var Skogsvägen, Språk och arbete och Jobbstart.", "contradicted"),
])
def test_a_list_given_one_paragraph_per_member_is_a_list(tmp_path, claim, verdict):
    checked = assistant_over_texts(tmp_path, {"berattelse.txt": PARAGRAPHS}).check(claim)
    assert checked.verdict == verdict, checked.explanation
