"""Who checked and signed the minutes, as a protocol on Hofors written for these tests names them
("Utses att justera: Karin Ek (c)", "Justerande: ..."). Before, "vem var justerare" was declined and
"who signed the minutes?" said the document names no signatory."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

MINUTES = """Protokollsutdrag Arbetsmarknadsnämnden i Hofors

Sammanträdesdatum: 2025-09-17
Plats och tid: Kommunhuset, Hofors, kl. 13.00–15.10
Beslutande: Per Holm (s), ordförande, Karin Ek (c), Ali Demir (v)
Utses att justera: Karin Ek (c)
Justeringens plats och tid: Kommunhuset, 2025-09-22

§ 31 Ny arbetsträning i Hofors

Arbetsmarknadsnämnden beslutar att starta en arbetsträning med tjugo platser från den 1 november 2025.

Underlag
Tjänsteskrivelse 2025-08-29, arbetsmarknadsförvaltningen
"""


@pytest.fixture(scope="module")
def hofors(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("hofors_minutes"), {"protokoll.txt": MINUTES})


@pytest.mark.parametrize(("question", "lead"), [
    ("vem var justerare", "Svar: Karin Ek ["),
    ("vem justerade protokollet", "Svar: Karin Ek ["),
    ("who signed the minutes?", "Answer: Karin Ek"),
])
def test_the_justerare_is_the_name_the_minutes_give_the_role(hofors, question, lead):
    answer = hofors.ask(question)
    assert answer.answer.startswith(lead), answer.answer


def test_the_minutes_are_of_their_meeting_day_not_of_a_memo_they_cite(hofors):
    # The memo's day (29 August) was taken for the minutes' date: "the meeting in September" was another meeting.
    answer = hofors.ask("vem justerade protokollet från mötet i september")
    assert answer.answer.startswith("Svar: Karin Ek ["), answer.answer
