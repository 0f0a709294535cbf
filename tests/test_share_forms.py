"""Shares asked in users' forms: the part before the whole ("andel kvinnor bland de inskrivna"), in
English ("share of women among those enrolled"); and a share the documents state of a narrower group
("var femte inskriven är en kvinna född utanför Norden") is no share of all the women (a report on
Alfta written for these tests). Each case but the guard was answered wrongly or declined before."""

from __future__ import annotations

import pytest
from conftest import assistant_over_text, assistant_over_texts

REPORT = """Jobbcenter Alfta – årsrapport 2025

Inskrivna

Under 2025 var 640 personer inskrivna vid Jobbcenter Alfta, varav 290 kvinnor. Ungefär var femte inskriven
vid Jobbcenter Alfta är en kvinna född utanför Norden. Av de inskrivna fick 205 personer ett arbete under året.

Ekonomi

Verksamhetens budget för 2025 var 22,0 miljoner kronor.
"""


@pytest.fixture(scope="module")
def alfta(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("alfta"), {"rapport.txt": REPORT})


@pytest.mark.parametrize("question", [
    # Read as a count: the sentence was quoted, nothing computed.
    "andel kvinnor bland de inskrivna 2025?",
    # "Svar: Ungefär var femte" was the lead: a share of the women born outside the Nordic countries.
    "hur stor andel av de inskrivna 2025 var kvinnor?",
    # "those enrolled" found no whole: its English words were read as Swedish ones ("in").
    "share of women among those enrolled in 2025?",
])
def test_a_share_is_computed_of_the_whole_asked(alfta, question):
    answer = alfta.ask(question)
    assert "290 / 640 = 45,3 %" in answer.answer, answer.answer


def test_a_share_stated_of_the_narrower_group_answers_that_group(alfta):
    # A guard: the stated share is the answer when that group is what is asked.
    answer = alfta.ask("hur stor andel av de inskrivna är kvinnor födda utanför Norden")
    assert answer.answer.startswith("Svar: Ungefär var femte ["), answer.answer



def test_a_change_of_a_share_asked_part_first_is_a_change(tmp_path):
    # A guard: a first draft turned any "andelen X bland Y" into the share itself, and this was no change.
    text = "Alftasteget 2025\n\nAndelen kvinnor bland deltagarna i Alftasteget steg från 41,2 procent 2024 till 45,5 procent 2025.\n"
    answer = assistant_over_text(tmp_path, "alftasteget.txt", text).ask(
        "hur många procentenheter ökade andelen kvinnor bland deltagarna i Alftasteget från 2024 till 2025")
    assert "45,5 % − 41,2 % = 4,3 procentenheter" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "computed"), [
    # Only the women are counted among everyone ("640 personer ..., varav 290 kvinnor"): the men are the rest.
    ("hur stor andel av de inskrivna 2025 var män?", "(640 − 290) / 640 = 54,7 %"),
    # "men" was read as a stopword, and the share of the women was given for the men.
    ("what share of those enrolled in 2025 were men?", "(640 − 290) / 640 = 54,7 %"),
])
def test_a_share_of_the_side_not_counted_is_the_rest_of_the_whole(alfta, question, computed):
    answer = alfta.ask(question)
    assert computed in answer.answer, answer.answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Drygt hälften av de inskrivna 2025 var män.", "supported"),
    ("Två tredjedelar av de inskrivna 2025 var män.", "contradicted"),
    ("More than half of those enrolled in 2025 were men.", "supported"),
])
def test_a_claim_on_the_side_not_counted_is_computed(alfta, claim, verdict):
    result = alfta.check(claim)
    assert result.verdict == verdict and "(640 − 290) / 640" in result.explanation, result.explanation


def test_a_share_said_to_be_a_group_is_not_borne_out_by_a_share_of_another(tmp_path):
    # "Drygt hälften ... har en anställning med stöd" bore out "drygt hälften ... var män": a group of
    # three letters was not read as what the share is said to be.
    text = ("Jobbcenter Alfta 2025\n\nUnder 2025 var 640 personer inskrivna vid Jobbcenter Alfta, varav 290 kvinnor. "
            "Drygt hälften av dem som fick arbete har en anställning med stöd.\n")
    result = assistant_over_text(tmp_path, "alfta.txt", text).check("Drygt hälften av de inskrivna var män.")
    assert result.verdict == "supported" and "(640 − 290) / 640" in result.explanation, result.explanation
