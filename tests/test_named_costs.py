"""Costs and changes asked in users' words over a report and a press release on Skutskär written for
these tests: a cost per place is what the named measure costs over its own places; a measure no document
names is not answered by another's cost; a year's figure is the whole year's, not its first half's;
"hur många procent färre" asks a change. Each case but the guards was answered wrongly or not before."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

REPORT = """Jobbtorg Skutskär – årsrapport 2025

Inskrivna

Under årets första sex månader, alltså januari–juni 2025, var 910 personer inskrivna vid Jobbtorg Skutskär.
Av de 1 420 personer som var inskrivna under 2025 var 380 unga vuxna. Under 2024 var 1 250 personer inskrivna.

Av de inskrivna fick 300 personer ett arbete. Av dessa var 80 anställningar med lönestöd.

Ekonomi

Budgeten för 2025 var 31,0 mnkr och utfallet blev 29,5 mnkr.

Hushåll

Antalet hushåll med försörjningsstöd minskade från 860 hushåll i december 2024 till 790 hushåll i december 2025.

Hamnspåret

Nämnden har inrättat Hamnspåret, en yrkesutbildning inom logistik med 30 platser. Kostnaden beräknas till
2,4 mnkr för 2025.
"""

PRESS = """Pressmeddelande 2025-03-01

Jobbtorg Ung Skutskär öppnar den 1 april 2025 med 25 platser för unga vuxna. Satsningen kostar
4,5 miljoner kronor under två år.
"""


@pytest.fixture(scope="module")
def skutskar(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("skutskar_costs"), {"rapport.txt": REPORT, "press.txt": PRESS})


@pytest.mark.parametrize(("question", "computed"), [
    ("vad kostar en plats i hamnspåret", "2 400 000 / 30 = 80 000 kronor per plats"),
    # The measure the press release is about, over its own places ("vad kostar en plats" was no cost per head).
    ("vad kostar en plats i jobbtorg ung", "4 500 000 / 25 = 180 000 kronor per plats"),
])
def test_a_cost_per_place_is_the_named_measures_cost_over_its_places(skutskar, question, computed):
    answer = skutskar.ask(question)
    assert computed in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["vad kostar kustspåret", "vad kostar kustspåret per plats"])
def test_a_measure_no_document_names_is_not_given_another_measures_cost(skutskar, question):
    answer = skutskar.ask(question)
    assert answer.abstained and "4,5" not in answer.answer and "2,4" not in answer.answer, answer.answer


def test_a_change_between_years_is_of_the_whole_years(skutskar):
    # A guard here; in a report written by a helper the first nine months' count fitted the year as well,
    # and two equal readings computed nothing.
    answer = skutskar.ask("med hur många procent ökade antalet inskrivna från 2024 till 2025")
    assert "(1 420 − 1 250) / 1 250 = 13,6 %" in answer.answer, answer.answer


def test_how_many_percent_fewer_asks_a_change(skutskar):
    # Read as a share ("hur många procent ... av"), of figures of other things.
    answer = skutskar.ask("hur många procent färre hushåll fick försörjningsstöd i december 2025 jämfört med året innan")
    assert "(790 − 860) / 860 = -8,1 %" in answer.answer, answer.answer


def test_what_was_left_of_the_budget_is_the_budget_less_the_outcome(skutskar):
    # "Svar: 31,0 mnkr", the budget itself.
    answer = skutskar.ask("hur mycket pengar blev över i budgeten 2025")
    assert "31 000 000 − 29 500 000 = 1 500 000" in answer.answer, answer.answer


def test_those_without_are_not_counted_by_those_with(skutskar):
    # "Svar: 80", those with a wage subsidy.
    answer = skutskar.ask("hur många fick jobb utan lönestöd")
    assert not answer.answer.startswith("Svar: 80"), answer.answer
    assert answer.abstained or "300 − 80 = 220" in answer.answer, answer.answer
