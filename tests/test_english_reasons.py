"""English why- and what-was-decided questions over minutes on Ljusne written for these tests. An English
question shares no words with the Swedish text, so its best sentence scores near the line; a close
sentence that states a cause (a decision) is typed evidence, and of several the one whose words before
the cause are nearest the question answers. Before, the decision was declined; the why-question is a
guard here (one over the shipped corpus was declined, and one answered by a sentence whose cause was of
something else while the cause asked stood beside it)."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

MINUTES = """Protokollsutdrag Arbetsmarknadsnämnden i Ljusne 2025-05-14

§ 12 Rapport om väntetider vid Jobbcenter Ljusne

Förvaltningen redovisade väntetiderna till informationsmötena under våren. Väntetiderna till
informationsmötena blev längre i april eftersom två handläggare var föräldralediga. Fler deltagare än
planerat skrevs in på grund av att socialtjänsten remitterade fler hushåll.

Arbetsmarknadsnämnden godkänner rapporten och lägger den till handlingarna.
"""


@pytest.fixture(scope="module")
def ljusne(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("ljusne_reasons"), {"protokoll.txt": MINUTES})


def test_why_is_answered_by_the_cause_of_what_is_asked(ljusne):
    answer = ljusne.ask("Why were the waiting times for the information meetings longer in April?")
    assert not answer.abstained and "föräldralediga" in answer.answer, answer.answer
    assert "remitterade" not in answer.answer, answer.answer


def test_what_was_decided_is_the_decision(ljusne):
    answer = ljusne.ask("What did the committee decide about the report on waiting times?")
    assert not answer.abstained and "godkänner rapporten" in answer.answer, answer.answer


def test_a_why_question_on_something_else_is_not_given_a_cause(ljusne):
    # A guard: no cause of a closure is stated.
    answer = ljusne.ask("Why was the Ljusne office closed in 2019?")
    assert "föräldralediga" not in answer.answer and "remitterade" not in answer.answer.split("[")[0], answer.answer
