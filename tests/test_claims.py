"""Claim checking on the real index: verdicts, evidence, computations, the CLI contract."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_cli

from assistant.chain import Assistant
from assistant.claims import within
from assistant.store import open_index

CLAIMS = [json.loads(line) for line in (ROOT / "evals" / "dev" / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def verdicts(shipped_index):
    assistant = Assistant(shipped_index)
    return {row["id"]: assistant.check(row["claim"]) for row in CLAIMS}


def test_verdicts_on_the_claim_set(verdicts):
    right = [row["id"] for row in CLAIMS if verdicts[row["id"]].verdict == row["verdict"]]
    assert len(right) / len(CLAIMS) >= 0.9, sorted({r["id"] for r in CLAIMS} - set(right))


def test_never_mentioned_is_not_found_not_contradicted(verdicts):
    for row in CLAIMS:
        if row["verdict"] == "not_found":
            assert verdicts[row["id"]].verdict != "contradicted", row["claim"]


def test_evidence_is_verbatim_and_from_the_gold_documents(verdicts, shipped_index):
    index = open_index(shipped_index)
    for row in CLAIMS:
        verdict = verdicts[row["id"]]
        for evidence in verdict.evidence:
            assert index.record(evidence.source).text[evidence.start : evidence.end] == evidence.quote
        if verdict.verdict in ("supported", "contradicted") and verdict.verdict == row["verdict"]:
            assert verdict.evidence and {e.source for e in verdict.evidence} <= set(row["sources"]), row["id"]


def test_proportion_claim_is_computed_and_shown(verdicts):
    supported, contradicted = verdicts["k01"], verdicts["k02"]
    assert supported.verdict == "supported" and contradicted.verdict == "contradicted"
    for verdict in (supported, contradicted):
        assert verdict.computation["text"] == "1 812 / 9 472 = 19,1 %"
        assert "1 812 / 9 472 = 19,1 %" in verdict.explanation
        assert [i["value"] for i in verdict.computation["inputs"]] == [1812, 9472]
        assert {i["quote"] for i in verdict.computation["inputs"]} == {e.quote for e in verdict.evidence}


@pytest.mark.parametrize(
    ("claimed", "stated", "qualifier", "percent", "expected"),
    [(20, 19.1, "ungefär", True, True), (20, 19.1, None, True, False), (10, 12.5, "cirka", True, False),
     (9500, 9472, "cirka", False, True), (50, 90, "mer än", True, True), (50, 40, "mer än", True, False),
     (10, 10.5, "drygt", False, True), (10, 9.5, "drygt", False, False), (30, 26, "under", False, True),
     (5, 5, None, False, True), (10, 5, None, False, False)],
)
def test_tolerance_follows_the_claims_wording(claimed, stated, qualifier, percent, expected):
    assert within(claimed, stated, qualifier, percent) is expected


def test_cli_check_contract(shipped_index, tmp_path):
    index_dir = str(shipped_index.index_dir)
    out = run_cli("check", "1 812 av 9 472 fick jobb, ungefär en femtedel", "--json", "--index-dir", index_dir, check=True)
    data = json.loads(out.stdout)
    assert list(data) == ["id", "claim", "verdict", "explanation", "evidence", "computation", "elements"]
    assert data["verdict"] == "supported" and list(data["evidence"][0]) == ["source", "title", "quote", "start", "end"]
    claims = tmp_path / "c.jsonl"
    claims.write_text('{"id": "x1", "claim": "Jobbtorg Stockholm består av tio lokala jobbtorg"}\n'
                      '{"id": 2, "claim": "Jobbtorg har ett eget café för aspiranterna"}\n', encoding="utf-8")
    rows = [json.loads(line) for line in run_cli("check", "--claims", str(claims), "--json", "--index-dir", index_dir, check=True).stdout.splitlines()]
    assert [(r["id"], r["verdict"]) for r in rows] == [("x1", "contradicted"), (2, "not_found")]
    assert rows[1]["computation"] is None
    human = run_cli("check", "Anslaget till vuxenutbildningen sänktes med 20 miljoner kronor", "--index-dir", index_dir, check=True).stdout
    assert human.startswith("MOTSÄGS") and "höjt anslaget" in human
    bad = run_cli("check", "--index-dir", index_dir)
    assert bad.returncode == 2 and "CLAIM" in bad.stderr


@pytest.mark.parametrize(
    "claim",
    ["32 personer skrevs in på Jobbtorg i juni",  # 32 got work in June; 1064 were registered
     "971 aspiranter fick arbete i januari",  # 971 were registered in January
     "26 aspiranter fick arbete i juni"],  # 26 is places per week
)
def test_a_matching_number_that_counts_something_else_is_not_support(shipped_index, claim):
    assert Assistant(shipped_index).check(claim).verdict != "supported"
