"""Days between two dates the documents give: two in one sentence, or the dates
two documents bear; asked, and claimed ("med knappt två veckors mellanrum").
On documents written here."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

MINUTES = {
    "svar_a.txt": "Svar på interpellation 2021:4 av Maja Lund (v) om sommarjobb\n\n"
                  "Kommunen erbjöd 300 sommarjobb.\n\nUppsala den 3 mars 2021\n\nAnna Ek\n",
    "svar_b.txt": "Svar på interpellation 2021:9 av Olle Berg (c) om praktikplatser\n\n"
                  "Kommunen erbjöd 120 praktikplatser.\n\nUppsala 2021-03-24\n\nAnna Ek\n",
    "info.txt": "Tjänsteutlåtande om introduktionsmöten\n\n"
                "Nästa introduktionsmöte för vuxna är den 4/9 och för unga den 18/9.\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("dates"), MINUTES)


@pytest.mark.parametrize("question, formula", [
    ("Hur många dagar skiljer det mellan introduktionsmötet för vuxna och det för unga?", "18/9 − 4/9 = 14 dagar"),
    ("How many days were there between the two interpellation replies Anna Ek signed?", "2021-03-24 − 2021-03-03 = 21 dagar"),
])
def test_days_between_dates_the_documents_give(assistant, question, formula):
    answer = assistant.ask(question)
    assert formula in answer.answer, answer.answer
    [figure] = answer.figures
    assert all(item["quote"] in MINUTES[item["source"]] for item in figure["inputs"])


@pytest.mark.parametrize("claim, verdict", [
    ("Anna Eks två interpellationssvar skrevs med tre veckors mellanrum.", "supported"),
    ("Anna Ek's two replies were signed less than two weeks apart.", "contradicted"),
    ("Introduktionsmötet för unga var två veckor efter mötet för vuxna.", "supported"),
    ("The introduction meeting for young people was ten days after the one for adults.", "contradicted"),
])
def test_a_claimed_span_is_checked_against_the_dates(assistant, claim, verdict):
    result = assistant.check(claim)
    assert result.verdict == verdict, result.explanation
    assert result.computation and result.computation["label"] == "days_between"


@pytest.mark.parametrize("claim, verdict", [
    ("Anna Ek besvarade Maja Lunds interpellation den 3 mars 2021.", "supported"),
    ("Svaret på Maja Lunds interpellation är daterat den 5 mars 2021.", "contradicted"),
    ("Anna Ek signed her reply to Olle Berg's interpellation on 24 March 2021.", "supported"),
    ("Anna Ek answered Olle Berg's interpellation on 3 March 2021.", "contradicted"),
])
def test_the_date_a_document_bears_is_checked_against_the_claim(assistant, claim, verdict):
    result = assistant.check(claim)
    assert result.verdict == verdict, result.explanation
    (row,) = [e for e in result.elements if e.element == "date"]
    assert row.quote in MINUTES[row.source]
