"""A sum is what its own clause calls it: "budgeten för 2025 var 18,6 miljoner kronor och utfallet blev
17,9 miljoner kronor" bears out no claim that the budget was 17,9 (a report on Bergsjö written for these
tests). The swapped claims below were "supported" before: any sum of the sentence matched."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

REPORT = """Jobbcenter Bergsjö – årsrapport 2025

Ekonomi

Jobbcenter Bergsjös budget för 2025 var 18,6 miljoner kronor och utfallet blev 17,9 miljoner kronor. Överskottet på
0,7 miljoner kronor uppstod eftersom två tjänster var vakanta under hösten.

Resultat

Under 2025 var 402 personer inskrivna vid Jobbcenter Bergsjö. Av dem fick 131 personer ett arbete.
"""


@pytest.fixture(scope="module")
def bergsjo(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("bergsjo"), {"rapport.txt": REPORT})


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Budgeten för Jobbcenter Bergsjö 2025 var 17,9 miljoner kronor.", "contradicted"),
    ("Jobbcenter Bergsjös budget 2025 var 17,9 miljoner kronor och utfallet blev 18,6 miljoner kronor.", "contradicted"),
    ("Utfallet för Jobbcenter Bergsjö blev 18,6 miljoner kronor 2025.", "contradicted"),
    ("The budget of Jobbcenter Bergsjö for 2025 was 17.9 million kronor.", "contradicted"),
    # The sums as the report gives them.
    ("Jobbcenter Bergsjös budget 2025 var 18,6 miljoner kronor och utfallet blev 17,9 miljoner kronor.", "supported"),
    ("Utfallet för Jobbcenter Bergsjö blev 17,9 miljoner kronor 2025.", "supported"),
])
def test_a_sum_is_what_its_clause_calls_it(bergsjo, claim, verdict):
    result = bergsjo.check(claim)
    assert result.verdict == verdict, result.explanation
