"""Whole-text check and Markdown export: a draft gets a verdict per sentence, the
CLI's JSON keeps its contract, and the Markdown holds every quote with its
document, title, date and offsets. On a report written here, through the CLI."""

from __future__ import annotations

import json

import pytest

from conftest import assistant_over_text, run_cli

REPORT = """Verksamhetsberättelse för Navet Sundbyberg

Stockholm den 3 mars 2022

Totalt skrevs 2 400 personer in på Navet Sundbyberg under 2021.

Av dessa fick 600 personer ett arbete under året.

Navet Sundbyberg består av tre lokala kontor och en filial i Rissne.

Ordföranden Lisa Ek (C) lämnade ett särskilt yttrande om lokalerna.
"""

DRAFT = ("Navet Sundbyberg skrev in 2 400 personer under 2021. Av dem fick 600 ett arbete, alltså en fjärdedel. "
         "Lisa Ek är moderat. Vad betyder det för kommunen?")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("textcheck"), "navet.txt", REPORT)


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    path = tmp_path_factory.mktemp("draft") / "utkast.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_a_draft_gets_a_verdict_per_sentence(assistant):
    result = assistant.check_text(DRAFT)
    assert [s.verdict for s in result.sentences] == ["supported", "supported", "contradicted", "no_claim"]
    assert [DRAFT[s.start : s.end] for s in result.sentences] == [s.text for s in result.sentences]
    # "Av dem" points back: the share is taken of the 2 400 of the sentence before.
    assert result.sentences[1].computation["text"] == "600 / 2 400 = 25,0 %"
    assert result.counts == {"supported": 2, "contradicted": 1, "not_found": 0, "no_claim": 1}


def test_cli_check_text_json_contract(assistant, draft):
    out = run_cli("check", "--text", str(draft), "--json", "--index-dir", str(assistant.settings.index_dir), check=True)
    data = json.loads(out.stdout)
    assert list(data) == ["sentences", "counts"]
    first = data["sentences"][0]
    assert list(first)[:8] == ["n", "text", "start", "end", "verdict", "explanation", "evidence", "computation"]
    assert first["n"] == 1 and first["verdict"] == "supported"
    assert first["evidence"][0]["quote"] in REPORT
    assert sum(data["counts"].values()) == len(data["sentences"]) == 4


def test_markdown_export_holds_quotes_titles_dates_offsets_and_build_date(assistant, draft):
    index_dir = str(assistant.settings.index_dir)
    out = run_cli("check", "--text", str(draft), "--format", "markdown", "--index-dir", index_dir, check=True).stdout
    assert "**MOTSÄGS**" in out and "Lisa Ek (C)" in out
    assert "Verksamhetsberättelse för Navet Sundbyberg" in out and "2022-03-03" in out
    quote = "Totalt skrevs 2 400 personer in på Navet Sundbyberg under 2021."
    start = REPORT.index(quote)
    assert f"“{quote}”" in out and f"tecken {start}–{start + len(quote)}" in out
    assert "_Index byggt: 20" in out
    answer = run_cli("ask", "Hur många skrevs in under 2021?", "--format", "markdown", "--index-dir", index_dir, check=True).stdout
    assert answer.startswith("## Fråga") and "[1] “" in answer and f"tecken {start}–" in answer


def test_a_text_that_is_not_there_is_one_line_naming_the_file(assistant, tmp_path):
    missing = run_cli("check", "--text", str(tmp_path / "saknas.txt"), "--index-dir", str(assistant.settings.index_dir))
    assert missing.returncode == 2 and "saknas.txt: no such file" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
