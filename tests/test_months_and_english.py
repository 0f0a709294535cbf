"""A letter on Sala's job centre written for these tests, which gives the enrolled month by month and
what came of them in one month. A share asked of a month is taken of the whole stated for that month,
not of the one a sentence before gives for another ("32 of the 971 in January" for June was a wrong
number), in Swedish and English alike."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

LETTER = """Skrivelse om Jobbcenter Sala
Dnr KS 2026/0117

Jobbcenter Sala har under våren haft en växande tillströmning av deltagare.
Från att ha varit 812 inskrivna i februari har antalet ökat till 947 i maj.
Av verksamhetens månadsrapport framgår att 57 deltagare har fått arbete under maj.
Ytterligare 23 deltagare påbörjade studier samma månad.
Kommunens kostnad för verksamheten under våren var 6,2 mnkr.
"""


@pytest.fixture(scope="module")
def sala(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("sala"), {"skrivelse_sala_2026.txt": LETTER})


@pytest.mark.parametrize("question", [
    "hur stor andel av de inskrivna fick jobb i maj",
    "what share of those enrolled found a job in May?",
])
def test_a_share_in_a_month_is_of_that_months_whole(sala, question):
    answer = sala.ask(question)
    assert "57 / 947" in answer.answer and "6,0" in answer.answer, answer.answer
