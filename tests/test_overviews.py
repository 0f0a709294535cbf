"""Overview answers: a question asking for several figures gets a table of them from the
figure table, each row cited, in time order; a question for one figure is not turned into
one. On documents written here, about a subject the shipped corpus never mentions."""

from __future__ import annotations

import pytest

from conftest import assistant_over_texts

SHELTERS = """Svar på interpellation 2019:4 om härbärgen för hemlösa

Under januari 2019 sov 412 personer på stadens härbärgen.
I juli 2019 sov 268 personer på stadens härbärgen.
Härbärget i Skarpnäck har 40 sängplatser och drivs av Frälsningsarmén.
Staden betalar 2,4 miljoner kronor per år för platserna i Skarpnäck.
Av dem som sov på härbärgena i januari var 31 procent kvinnor.

Stockholm den 3 september 2019

Karin Lund
Socialborgarråd
"""

WINTER = """Rapport om vinterberedskapen för hemlösa 2018

I december 2018 sov 455 personer på stadens härbärgen, fler än något år tidigare.
Socialförvaltningen öppnade därför två extra härbärgen i Hägersten.
Kostnaden för de extra platserna blev 1,1 miljoner kronor.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("overviews"), {"harbargen.txt": SHELTERS, "vinter.txt": WINTER})


@pytest.mark.parametrize("question", [
    "Vilka siffror finns om hur många som sov på stadens härbärgen?",
    "Hur har antalet som sov på härbärgen förändrats över tid?",
])
def test_several_figures_come_as_a_cited_table_in_time_order(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained and "figure_overview" in answer.warnings, answer.answer
    rows = [line for line in answer.answer.splitlines() if line.startswith("| ") and "[" in line]
    values = [row.split(" | ")[0].strip("| ").split()[0] for row in rows]
    # The three counts of sleepers, across both documents, oldest first.
    assert values[:3] == ["455", "412", "268"], answer.answer
    for row in rows:  # each row's number stands in the sentence its [n] cites
        n = int(row.rsplit("[", 1)[1].split("]")[0])
        citation = next(c for c in answer.citations if c.n == n)
        assert row.split(" | ")[0].strip("| ").split()[0] in citation.quote
    assert {c.source for c in answer.citations} == {"harbargen.txt", "vinter.txt"}
    assert "sängplatser" not in answer.answer and "miljoner" not in answer.answer  # other quantities stay out


def test_one_figure_asked_is_one_answer_not_a_table(assistant):
    answer = assistant.ask("Hur många sov på härbärgena i juli 2019?")
    assert "figure_overview" not in answer.warnings and "268" in answer.answer, answer.answer


def test_a_topic_no_figure_is_about_gets_no_table(assistant):
    answer = assistant.ask("Vilka siffror finns om cykelbanor?")
    assert "figure_overview" not in answer.warnings, answer.answer

