"""When two readings of a computed question fit almost equally, both are shown
with their formulas and citations, and the one taken is said; a question that
names its whole gets one reading. On a text written here."""

from __future__ import annotations

import pytest

from conftest import assistant_over_text

REPORT = """Uppföljning av höstens kurser i Husby

Under hösten deltog 120 personer i svenskakursen.

Under hösten deltog 80 personer i matematikkursen.

Av deltagarna fick 40 personer ett arbete.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("readings"), "kurser.txt", REPORT)


def test_two_near_equal_readings_are_both_shown(assistant):
    answer = assistant.ask("Hur stor andel av deltagarna fick ett arbete?")
    assert not answer.abstained and "two_readings" in answer.warnings
    assert [f["formula"] for f in answer.figures] == ["40 / 120 = 33,3 %", "40 / 80 = 50,0 %"] or \
        [f["formula"] for f in answer.figures] == ["40 / 80 = 50,0 %", "40 / 120 = 33,3 %"]
    assert "kan också läsas" in answer.answer and "första tolkningen är vald" in answer.answer
    # Every operand of both readings is cited at its sentence.
    assert {c.quote for c in answer.citations} == {s for s in REPORT.split("\n") if any(d.isdigit() for d in s)}


def test_a_question_that_names_its_whole_gets_one_reading(assistant):
    answer = assistant.ask("Hur stor andel av de 120 deltagarna fick ett arbete?")
    assert [f["formula"] for f in answer.figures] == ["40 / 120 = 33,3 %"] and "two_readings" not in answer.warnings
