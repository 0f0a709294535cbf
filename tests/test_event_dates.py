"""When something starts, as a claim says it and a press release on Bollnäs written for these tests
gives it: the day beside the start, to the claim's precision. Before, a claim of a year the documents
never name was "not_found", one of another month "not_found" too, and so was the right one."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

PRESS = """Pressmeddelande 2025-02-10

Skogsspåret – ny insats för unga vuxna i Bollnäs

Bollnäs kommun startar Skogsspåret, en ny insats för unga vuxna som står utanför arbetsmarknaden. Nämnden
beslutade den 20 januari 2025 att den första gruppen börjar den 3 mars 2025. Insatsen har tjugo platser.
"""


@pytest.fixture(scope="module")
def bollnas(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("bollnas_dates"), {"press.txt": PRESS})


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Skogsspåret startar i mars 2025.", "supported"),
    ("Skogsspåret startar den 3 mars 2025.", "supported"),
    # A year no document names: "Inget dokument talar om 2026" before.
    ("Skogsspåret startar i mars 2026.", "contradicted"),
    ("Skogsspåret startar i april 2025.", "contradicted"),
    # The decision's day stands in the same sentence; the start is the day beside "börjar".
    ("Skogsspåret startar den 20 januari 2025.", "contradicted"),
])
def test_when_something_starts_is_the_day_the_documents_give(bollnas, claim, verdict):
    checked = bollnas.check(claim)
    assert checked.verdict == verdict, checked.explanation
    if verdict == "contradicted":
        assert "3 mars 2025" in checked.explanation, checked.explanation
