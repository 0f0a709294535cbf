"""`jobbtorg eval`: run a QA set and a claim set, measure, report, compare.

Sets are JSONL (see evals/README.md). For every question it records whether
the answer holds every `must` group (numbers normalised: "9 472" = "9472",
"19,1" = "19.1"), whether it abstained, where its citations come from, whether
every number in it is backed by a citation or a computation, where the gold
documents rank in retrieval, and how long it took. Claims get their verdict
and evidence checked. Metrics are reported overall and per question type.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .errors import JobbtorgError

NUMBER = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?")
HEADLINE = ("answer_accuracy", "citation_hit", "citation_precision", "abstention_precision", "abstention_recall",
            "abstention_accuracy", "numeric_exactness", "retrieval_recall", "mrr", "latency_p50_ms", "latency_p95_ms")
CLAIM_HEADLINE = ("claim_accuracy", "claim_accuracy_with_evidence")


def normalise(text: str) -> str:
    """Lower-case, thousands spaces removed, decimal commas as points.

    >>> normalise("9 472 personer, 19,1 %")
    '9472 personer, 19.1 %'
    """
    text = text.lower().replace("\u00a0", " ")
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "", text)
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def holds(answer: str, must: list[list[str]]) -> bool:
    got = normalise(answer)
    return all(any(normalise(option) in got for option in group) for group in must)


def numbers_backed(answer: str, backing: list[str]) -> bool:
    """Every number in the answer (citation markers aside) appears in the backing texts."""
    pool = normalise(" ".join(backing))
    pool_numbers = {m.group(0) for m in NUMBER.finditer(pool)}
    for match in NUMBER.finditer(answer):
        if re.fullmatch(r"\[\d+\]", answer[max(0, match.start() - 1) : match.end() + 1]):
            continue
        if normalise(match.group(0)) not in pool_numbers:
            return False
    return True


def read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise JobbtorgError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise JobbtorgError(f"{path}:{number}: not a JSON object") from None
        if not isinstance(row, dict):
            raise JobbtorgError(f"{path}:{number}: not a JSON object")
        missing = [key for key in required if key not in row]
        if missing:
            raise JobbtorgError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        wrong = [key for key in required if key in ("q", "claim") and not isinstance(row[key], str)]
        if wrong:
            raise JobbtorgError(f"{path}:{number}: field {wrong[0]!r} must be a string")
        rows.append(row)
    return rows


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 1)


def qa_metrics(results: list[dict]) -> dict:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    answered = [r for r in answerable if not r["abstained"]]
    abstained = [r for r in results if r["abstained"]]
    latencies = [r["latency_ms"] for r in results]
    return {
        "questions": len(results),
        "answer_accuracy": _mean([r["correct"] for r in answerable]),
        "citation_hit": _mean([r["citation_hit"] for r in answered]),
        "citation_precision": _mean([r["citation_precision"] for r in answered]),
        "abstention_precision": _mean([not r["answerable"] for r in abstained]) if abstained else None,
        "abstention_recall": _mean([r["abstained"] for r in unanswerable]) if unanswerable else None,
        "abstention_accuracy": _mean([r["abstained"] != r["answerable"] for r in results]),
        "numeric_exactness": _mean([r["numbers_backed"] for r in results if not r["abstained"]]),
        "retrieval_recall": _mean([r["retrieval_rank"] is not None for r in answerable if r["gold_sources"]]),
        "mrr": _mean([1 / (r["retrieval_rank"] + 1) if r["retrieval_rank"] is not None else 0.0
                      for r in answerable if r["gold_sources"]]),
        "latency_p50_ms": _percentile(latencies, 0.5),
        "latency_p95_ms": _percentile(latencies, 0.95),
    }


def claim_metrics(results: list[dict]) -> dict:
    return {
        "claims": len(results),
        "claim_accuracy": _mean([r["correct"] for r in results]),
        "claim_accuracy_with_evidence": _mean([r["correct_with_evidence"] for r in results]),
    }


@dataclass
class EvalRun:
    qa: list[dict]
    claims: list[dict]
    summary: dict

    def to_json(self) -> dict:
        return {"summary": self.summary, "qa": self.qa, "claims": self.claims}


def _evaluate_question(assistant, retriever_for, row: dict, history: list[str], k: int) -> dict:
    answer = assistant.ask(row["q"], history=history)
    gold = list(row.get("sources") or [])
    answerable = row.get("type") != "unanswerable"
    must = row.get("must") or []
    cited = [c.source for c in answer.citations]
    inputs = {i["quote"] for f in answer.figures for i in f["inputs"]}
    supporting = [
        (c.source in gold) and (any(normalise(o) in normalise(c.quote) for g in must for o in g) or c.quote in inputs)
        for c in answer.citations
    ]
    docs = retriever_for(k).invoke(answer.resolved_question)
    rank = next((i for i, d in enumerate(docs) if d.metadata["source"] in gold), None) if gold else None
    return {
        "id": row.get("id"), "q": row["q"], "type": row.get("type", "untyped"), "resolved": answer.resolved_question,
        "answerable": answerable, "abstained": answer.abstained, "answer": answer.answer,
        "correct": bool(answerable and not answer.abstained and holds(answer.answer, must)),
        "gold_sources": gold, "cited_sources": cited,
        "citation_hit": bool(set(cited) & set(gold)) if gold and not answer.abstained else None,
        "citation_precision": (sum(supporting) / len(supporting)) if supporting and gold else None,
        "numbers_backed": numbers_backed(answer.answer, [c.quote for c in answer.citations] + [f["formula"] for f in answer.figures]),
        "retrieval_rank": rank, "latency_ms": answer.timings_ms["total"], "warnings": list(answer.warnings),
        "composer": answer.composer,
        "expected": row.get("answer"),
    }


def _evaluate_claim(assistant, row: dict) -> dict:
    verdict = assistant.check(row["claim"])
    gold = set(row.get("sources") or [])
    correct = verdict.verdict == row["verdict"]
    evidence_sources = {e.source for e in verdict.evidence}
    with_evidence = correct and (row["verdict"] == "not_found" or bool(evidence_sources & gold))
    return {"id": row.get("id"), "claim": row["claim"], "gold": row["verdict"], "verdict": verdict.verdict,
            "correct": correct, "correct_with_evidence": with_evidence, "explanation": verdict.explanation,
            "evidence_sources": sorted(evidence_sources), "gold_sources": sorted(gold)}


def run(assistant, qa_rows: list[dict], claim_rows: list[dict], k: int = 10, progress: bool = True) -> EvalRun:
    from tqdm import tqdm

    from .retrieval import HybridRetriever
    from .store import open_index

    index = open_index(assistant.settings)

    def retriever_for(n: int):
        return HybridRetriever(index=index, embeddings=assistant.embeddings, k=n)

    qa_results: list[dict] = []
    resolved: dict = {}
    with tqdm(total=len(qa_rows) + len(claim_rows), desc="eval", unit="item", disable=not progress) as bar:
        for row in qa_rows:
            history = [resolved[row["follows"]]] if row.get("follows") in resolved else []
            result = _evaluate_question(assistant, retriever_for, row, history, k)
            resolved[row.get("id")] = result["resolved"]
            qa_results.append(result)
            bar.update(1)
        claim_results = []
        for row in claim_rows:
            claim_results.append(_evaluate_claim(assistant, row))
            bar.update(1)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for result in qa_results:
        by_type[result["type"]].append(result)
    composers: dict[str, int] = defaultdict(int)
    for result in qa_results:
        composers[result["composer"]] += 1
    guards = sum(any(w.startswith("llm_") for w in r["warnings"]) for r in qa_results)
    summary = {
        "composers": dict(sorted(composers.items())), "llm_fallbacks": guards,
        "overall": {**qa_metrics(qa_results), **claim_metrics(claim_results)} if claim_results else qa_metrics(qa_results),
        "by_type": {t: qa_metrics(rs) for t, rs in sorted(by_type.items())},
        "claims_by_verdict": {v: claim_metrics([r for r in claim_results if r["gold"] == v])
                              for v in ("supported", "contradicted", "not_found") if any(r["gold"] == v for r in claim_results)},
        "k": k,
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    return EvalRun(qa_results, claim_results, summary)


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value <= 1.0:
        return f"{value:.3f}"
    return str(value)


def markdown_report(result: EvalRun) -> str:
    s = result.summary
    lines = [f"# Eval report ({s['when']})", "",
             "Answered by: " + ", ".join(f"{k} {v}" for k, v in s.get("composers", {}).items())
             + f"; LLM replies refused by a guard: {s.get('llm_fallbacks', 0)}.",
             "", "## Overall", "", "| metric | value |", "|---|---|"]
    lines += [f"| {key} | {_fmt(value)} |" for key, value in s["overall"].items()]
    metrics = [m for m in HEADLINE]
    lines += ["", "## By question type", "", "| type | n | " + " | ".join(metrics) + " |",
              "|---|---|" + "---|" * len(metrics)]
    for name, values in s["by_type"].items():
        lines.append(f"| {name} | {values['questions']} | " + " | ".join(_fmt(values[m]) for m in metrics) + " |")
    if s["claims_by_verdict"]:
        lines += ["", "## Claims by gold verdict", "", "| gold verdict | n | accuracy | with correct evidence |", "|---|---|---|---|"]
        for verdict, values in s["claims_by_verdict"].items():
            lines.append(f"| {verdict} | {values['claims']} | {_fmt(values['claim_accuracy'])} | {_fmt(values['claim_accuracy_with_evidence'])} |")
    failures = [r for r in result.qa if (r["answerable"] and not r["correct"]) or (not r["answerable"] and not r["abstained"])]
    lines += ["", f"## Failed questions ({len(failures)})", ""]
    for r in failures:
        expected = r["expected"] or ("(should abstain)" if not r["answerable"] else "")
        lines += [f"- **{r['id']}** ({r['type']}): {r['q']}", f"  - expected: {expected}", f"  - answered: {r['answer']}"]
    wrong = [r for r in result.claims if not r["correct_with_evidence"]]
    lines += ["", f"## Failed claims ({len(wrong)})", ""]
    for r in wrong:
        lines += [f"- **{r['id']}**: {r['claim']}", f"  - gold: {r['gold']}, got: {r['verdict']} — {r['explanation']}"]
    lines += ["", "Plots: `accuracy_by_type.png`, `latency_hist.png`. All results: `results.json`."]
    return "\n".join(lines) + "\n"


def write_plots(result: EvalRun, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = list(result.summary["by_type"])
    accuracy = [result.summary["by_type"][t]["answer_accuracy"] or 0 for t in types]
    abstention = [result.summary["by_type"][t]["abstention_accuracy"] or 0 for t in types]
    fig, ax = plt.subplots(figsize=(9, 4))
    xs = range(len(types))
    ax.bar([x - 0.2 for x in xs], accuracy, width=0.4, label="answer accuracy")
    ax.bar([x + 0.2 for x in xs], abstention, width=0.4, label="abstention accuracy")
    ax.set_xticks(list(xs), types, rotation=20)
    ax.set_ylim(0, 1.05)
    ax.set_title("Accuracy by question type")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(out / "accuracy_by_type.png", dpi=100)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.hist([r["latency_ms"] for r in result.qa], bins=20)
    ax.set_xlabel("ms per question (models warm)")
    ax.set_ylabel("questions")
    ax.set_title("Answer latency")
    fig.tight_layout()
    fig.savefig(out / "latency_hist.png", dpi=100)
    plt.close(fig)


def write_outputs(result: EvalRun, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "report.md").write_text(markdown_report(result), encoding="utf-8")
    write_plots(result, out)


def gate(summary: dict, thresholds: dict) -> list[str]:
    """Metrics under their floor, one line each (empty: the gate passes)."""
    failures = []
    for metric, floor in thresholds.items():
        value = summary["overall"].get(metric)
        if value is None or value < floor:
            failures.append(f"{metric} = {value} is below the floor {floor}")
    return failures


def compare(a: dict, b: dict) -> str:
    """What got better or worse from run A to run B."""
    lines = ["metric                         A        B        change"]
    for key in (*HEADLINE, *CLAIM_HEADLINE):
        va, vb = a["summary"]["overall"].get(key), b["summary"]["overall"].get(key)
        if va is None and vb is None:
            continue
        change = "" if va is None or vb is None else f"{vb - va:+.3f}"
        lower_is_better = key.startswith("latency")
        verdict = ""
        if change and abs(vb - va) > 1e-9:
            verdict = "better" if (vb < va) == lower_is_better else "worse"
        lines.append(f"{key:30} {_fmt(va):8} {_fmt(vb):8} {change:8} {verdict}")
    before = {r["id"]: r for r in a["qa"]}
    flips_up = [r["id"] for r in b["qa"] if r["id"] in before and _ok(r) and not _ok(before[r["id"]])]
    flips_down = [r["id"] for r in b["qa"] if r["id"] in before and not _ok(r) and _ok(before[r["id"]])]
    claims_before = {r["id"]: r for r in a["claims"]}
    claims_up = [r["id"] for r in b["claims"] if r["id"] in claims_before and r["correct"] and not claims_before[r["id"]]["correct"]]
    claims_down = [r["id"] for r in b["claims"] if r["id"] in claims_before and not r["correct"] and claims_before[r["id"]]["correct"]]
    mix = lambda run: ", ".join(f"{k} {v}" for k, v in run["summary"].get("composers", {}).items()) or "?"  # noqa: E731
    lines += ["", f"answered by: A {mix(a)}; B {mix(b)} (LLM fallbacks: A {a['summary'].get('llm_fallbacks', 0)}, "
              f"B {b['summary'].get('llm_fallbacks', 0)})"]
    lines += ["", f"questions now right: {', '.join(map(str, flips_up)) or 'none'}",
              f"questions now wrong: {', '.join(map(str, flips_down)) or 'none'}",
              f"claims now right: {', '.join(map(str, claims_up)) or 'none'}",
              f"claims now wrong: {', '.join(map(str, claims_down)) or 'none'}"]
    return "\n".join(lines)


def _ok(result: dict) -> bool:
    return result["correct"] if result["answerable"] else result["abstained"]

