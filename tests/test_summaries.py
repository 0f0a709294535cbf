"""Summaries: the central sentences of the document a question names (by number
or title words), in its order, each cited, with its key figures; an overview of
every document when none is named. Swedish and English. On texts written here."""

from __future__ import annotations

import pytest

from conftest import assistant_over_texts

LIBRARY = """Svar på interpellation 2021:7 om bibliotekens öppettider

Stadsbiblioteket i Solna har sedan januari öppet till klockan 21 på vardagar.
Öppettiderna förlängdes för att fler studenter och arbetande ska kunna besöka biblioteket.
Under våren ökade antalet besökare till 41 000, jämfört med 35 000 året innan.
Förlängningen kostar 1,2 miljoner kronor per år och finansieras inom kulturnämndens budget.
Kulturnämnden ska utvärdera de förlängda öppettiderna efter ett år.

Stockholm den 2 juni 2021

Anna Berg
Kulturborgarråd
"""

POOLS = """Protokoll från idrottsnämnden om simhallarna

Nämnden beslutade att renovera simhallen i Hallonbergen under 2022.
Renoveringen beräknas kosta 48 miljoner kronor och pågå i fjorton månader.
Under renoveringen hänvisas skolornas simundervisning till simhallen i Bergshamra.
Föreningarna får förtur till de kvällstider som blir lediga i Bergshamra.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("summaries"), {"bibliotek.txt": LIBRARY, "simhallar.txt": POOLS})


@pytest.mark.parametrize("question, lead", [
    ("Sammanfatta interpellation 2021:7", "Sammanfattning av ”Svar på interpellation 2021:7 om bibliotekens öppettider” [1]"),
    ("Vad handlar svaret om bibliotekens öppettider om?", "Sammanfattning av ”Svar på interpellation 2021:7"),
    ("Summarise the reply about library opening hours 2021:7", "Summary of ”Svar på interpellation 2021:7"),
])
def test_a_named_document_is_summarised_from_its_own_sentences(assistant, question, lead):
    answer = assistant.ask(question)
    assert not answer.abstained and answer.answer.startswith(lead), answer.answer
    assert {c.source for c in answer.citations} == {"bibliotek.txt"}
    # Every sentence is quoted verbatim, in the document's order, and the key figures are cited.
    assert all(c.quote in LIBRARY for c in answer.citations)
    assert [c.start for c in answer.citations] == sorted(c.start for c in answer.citations)
    assert 4 <= len(answer.citations) <= 8 and "41 000" in answer.answer
    assert "Kulturborgarråd" not in answer.answer and "Anna Berg [" not in answer.answer  # no signature as a central sentence


def test_no_document_named_gives_an_overview_of_each(assistant):
    answer = assistant.ask("Sammanfatta dokumenten")
    assert not answer.abstained and answer.answer.startswith("Dokumenten (2)")
    assert {c.source for c in answer.citations} == {"bibliotek.txt", "simhallar.txt"}
