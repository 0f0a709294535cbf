"""What `jobbtorg eval` writes: one report per split, the splits side by side
with the dev-to-test gap marked, plots, the CI gate and run comparison."""

from __future__ import annotations

import json
import math
from pathlib import Path

from .evaluation import CLAIM_HEADLINE, HEADLINE, TEXT_HEADLINE, EvalRun

# Counts and latencies: a gate entry for these is a ceiling, not a floor.
LOWER_IS_BETTER = ("false_declines", "false_supported", "text_false_supported", "latency_p50_ms", "latency_p95_ms")
GAP_MARK = 0.10  # a test figure this far under dev means the dev figure was tuned, not earned
DEFINITIONS = """\
- **answer_accuracy**: answerable questions whose answer holds every `must` group (the key fact), not declined.
- **citation_hit**: answered questions citing at least one gold document.
- **citation_precision**: citations that come from a gold document and quote the key fact (or a computation's operand).
- **citation_recall** (ALCE): answer statements (sentences with a [n] or a number) whose cited passages back them
  (all their numbers and at least half their content words occur there); a statement citing nothing is unbacked.
- **operands_cited**: computed answers whose every operand is cited, quoted exactly at its offsets, and states its value.
- **abstention_precision / recall**: declines that were right / unanswerable questions declined.
- **false_declines**: answerable questions declined although the key fact stood in the passages shown as related.
- **numeric_exactness**: answers whose every number occurs in a cited passage or a computation.
- **retrieval_recall / mrr**: a gold document among the top k retrieved / 1 / its rank.
- **claim_accuracy**: claims given their gold verdict; **with_evidence**: and citing a gold document;
  **false_supported**: claims judged supported whose gold verdict is contradicted or not_found.
- **text_accuracy**: sentences of whole texts (`texts.jsonl`, checked as `check --text` does) given their gold verdict,
  no_claim included; **text_false_supported**: such sentences judged supported that are not;
  **text_no_claim_accuracy**: sentences with nothing to check marked so.
- n is the number of items behind a figure; [a–b] is a 95 % Wilson interval (for the averaged citation precision and
  recall, the mean is treated as a share of n); the plots draw the same intervals."""


def wilson(successes: float, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """95 % interval of a proportion, sane at 0 and n.

    >>> wilson(9, 10)
    (0.596, 0.982)
    """
    if not n:
        return None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3)


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value <= 1.0:
        return f"{value:.3f}"
    return str(value)


def _with_interval(value, n) -> str:
    if value is None:
        return "–"
    interval = wilson(value * n, n)
    return f"{value:.3f} (n={n}, [{interval[0]:.2f}–{interval[1]:.2f}])" if interval else fmt(value)


def markdown_report(result: EvalRun, name: str = "eval") -> str:
    s = result.summary
    lines = [f"# Eval report: {name} ({s['when']})", "",
             "Answered by: " + ", ".join(f"{k} {v}" for k, v in s.get("composers", {}).items())
             + f"; LLM replies refused by a guard: {s.get('llm_fallbacks', 0)}.",
             "", "## Overall", "", "| metric | value | n | 95 % interval |", "|---|---|---|---|"]
    counts = s["overall"].get("n", {})
    for key, value in s["overall"].items():
        if key == "n":
            continue
        interval = wilson(value * counts[key], counts[key]) if key in counts and value is not None else None
        lines.append(f"| {key} | {fmt(value)} | {counts.get(key, '')} | "
                     f"{f'{interval[0]:.2f}–{interval[1]:.2f}' if interval else ''} |")
    for title, key in (("By question type", "by_type"), ("By language", "by_lang")):
        lines += ["", f"## {title}", "", "Each rate as value (n, 95 % interval).", "",
                  "| group | n | " + " | ".join(HEADLINE) + " |", "|---|---|" + "---|" * len(HEADLINE)]
        for group, values in s.get(key, {}).items():
            n = values.get("n", {})
            lines.append(f"| {group} | {values['questions']} | "
                         + " | ".join(_with_interval(values[m], n[m]) if n.get(m) and values[m] is not None else fmt(values[m])
                                      for m in HEADLINE) + " |")
    if s["claims_by_verdict"]:
        lines += ["", "## Claims by gold verdict", "", "| gold verdict | n | accuracy | with correct evidence |", "|---|---|---|---|"]
        for verdict, values in s["claims_by_verdict"].items():
            lines.append(f"| {verdict} | {values['claims']} | {fmt(values['claim_accuracy'])} | {fmt(values['claim_accuracy_with_evidence'])} |")
    lines += ["", "## Risk and coverage above the operating point", "",
              "Answered questions kept when the decision's probability must reach t (t = 0: everything it answered).", "",
              "| t | answered | wrong among answered | right answers |", "|---|---|---|---|"]
    lines += [f"| {t:.2f} | {c} | {fmt(risk)} | {right} |" for t, c, risk, right in risk_coverage(result.qa)]
    failures = [r for r in result.qa if (r["answerable"] and not r["correct"]) or (not r["answerable"] and not r["abstained"])]
    lines += ["", f"## Failed questions ({len(failures)})", ""]
    for r in failures:
        expected = r["expected"] or ("(should abstain)" if not r["answerable"] else "")
        mark = " — false decline" if r.get("false_decline") else ""
        lines += [f"- **{r['id']}** ({r['type']}, {r.get('lang')}{mark}): {r['q']}", f"  - expected: {expected}",
                  f"  - answered: {r['answer']}"]
    wrong_sentences = [r for r in result.texts if not r["correct"]]
    if result.texts:
        lines += ["", f"## Failed text sentences ({len(wrong_sentences)} of {len(result.texts)})", ""]
        lines += [f"- **{r['id']}**: {r['text']}\n  - gold: {r['gold']}, got: {r['verdict']} — {r['explanation']}"
                  for r in wrong_sentences]
    wrong = [r for r in result.claims if not r["correct_with_evidence"]]
    lines += ["", f"## Failed claims ({len(wrong)})", ""]
    for r in wrong:
        lines += [f"- **{r['id']}**: {r['claim']}", f"  - gold: {r['gold']}, got: {r['verdict']} — {r['explanation']}"]
    lines += ["", "Plots: `accuracy_by_type.png`, `latency_hist.png`. All results: `results.json`.", "",
              "## What the metrics mean", "", DEFINITIONS]
    return "\n".join(lines) + "\n"


def risk_coverage(results: list[dict], steps=(0.0, 0.8, 0.85, 0.9, 0.95)) -> list[tuple[float, int, float | None, int]]:
    """(t, questions answered at probability >= t, share of them wrong, right answers among them).

    >>> risk_coverage([{"abstained": False, "confidence": 0.9, "answerable": True, "correct": True},
    ...                {"abstained": False, "confidence": 0.82, "answerable": False, "correct": False}], (0.0, 0.85))
    [(0.0, 2, 0.5, 1), (0.85, 1, 0.0, 1)]
    """
    rows = []
    for t in steps:
        kept = [r for r in results if not r["abstained"] and r.get("confidence", 1.0) >= t]
        right = sum(bool(r["correct"]) for r in kept)
        rows.append((t, len(kept), round((len(kept) - right) / len(kept), 3) if kept else None, right))
    return rows


def _gap(dev, other, metric: str) -> str:
    if dev is None or other is None or metric.startswith("latency") or metric in ("questions", "answerable", "claims", "text_sentences"):
        return ""
    change = other - dev
    worse = change > 0 if metric in LOWER_IS_BETTER else change < 0
    mark = " ⚠" if worse and metric not in LOWER_IS_BETTER and abs(change) >= GAP_MARK else ""
    return f"{change:+.3f}{mark}" if isinstance(change, float) else f"{change:+d}{mark}"


def side_by_side(runs: dict[str, EvalRun]) -> str:
    """The splits in columns, the gap from dev to each other split beside them."""
    names = list(runs)
    others = [n for n in names if n != "dev"] if "dev" in runs else []
    when = next(iter(runs.values())).summary["when"] if runs else ""
    header = "| metric | " + " | ".join(names) + " | " + " | ".join(f"{o} − dev" for o in others) + " |"
    rule = "|---|" + "---|" * (len(names) + len(others))
    lines = [f"# Eval report ({when})", "",
             "`dev` is what the code is tuned on; `test` and `unseen` (documents the code has never seen) were written "
             "from the documents alone and are the figures to trust. ⚠ marks a test figure at least "
             f"{GAP_MARK:.2f} under dev.", "", "## Overall", "", header, rule]
    keys = ["questions", "answerable", *HEADLINE, "claims", *CLAIM_HEADLINE, "text_sentences", *TEXT_HEADLINE]
    for key in keys:
        values = [runs[n].summary["overall"].get(key) for n in names]
        if all(v is None for v in values):
            continue
        cells = []
        for name, value in zip(names, values):
            overall = runs[name].summary["overall"]
            n = overall.get("n", {}).get(key)
            cells.append(_with_interval(value, n) if n else fmt(value))
        gaps = [_gap(runs["dev"].summary["overall"].get(key), runs[o].summary["overall"].get(key), key) for o in others]
        lines.append(f"| {key} | " + " | ".join(cells) + " | " + " | ".join(gaps) + " |")
    for title, key in (("Answer accuracy by question type", "by_type"), ("Answer accuracy by language", "by_lang")):
        groups = sorted({g for r in runs.values() for g in r.summary.get(key, {})})
        lines += ["", f"## {title}", "", "| group | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        for group in groups:
            cells = []
            for name in names:
                values = runs[name].summary.get(key, {}).get(group)
                if not values:
                    cells.append("–")
                elif values["answerable"]:
                    cells.append(_with_interval(values["answer_accuracy"], values["answerable"]))
                else:
                    cells.append(f"declined {fmt(values['abstention_recall'])} (n={values['questions']})")
            lines.append(f"| {group} | " + " | ".join(cells) + " |")
    lines += ["", "## Claims by gold verdict", "", "| gold verdict | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for verdict in ("supported", "contradicted", "not_found"):
        cells = []
        for name in names:
            values = runs[name].summary["claims_by_verdict"].get(verdict)
            cells.append(_with_interval(values["claim_accuracy"], values["claims"]) if values else "–")
        lines.append(f"| {verdict} | " + " | ".join(cells) + " |")
    lines += ["", "Each split's failures, per-type tables and plots: " + ", ".join(f"`{n}/report.md`" for n in names) + ".",
              "", "## What the metrics mean", "", DEFINITIONS]
    return "\n".join(lines) + "\n"


def write_plots(result: EvalRun, out: Path, name: str = "eval") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_type = result.summary["by_type"]
    types = list(by_type)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    xs = range(len(types))
    for offset, metric, label in ((-0.2, "answer_accuracy", "answer accuracy"), (0.2, "abstention_accuracy", "abstention accuracy")):
        values = [by_type[t][metric] or 0 for t in types]
        # A share of 3 questions is not a share of 300: each bar carries its 95 % Wilson interval.
        bounds = [wilson((by_type[t][metric] or 0) * by_type[t].get("n", {}).get(metric, 0), by_type[t].get("n", {}).get(metric, 0))
                  for t in types]
        errors = [[v - (b[0] if b else v) for v, b in zip(values, bounds)], [(b[1] if b else v) - v for v, b in zip(values, bounds)]]
        ax.bar([x + offset for x in xs], values, width=0.4, label=f"{label} (95 % interval)", yerr=errors, capsize=3)
    ax.set_xticks(list(xs), [f"{t}\nn={by_type[t]['questions']}" for t in types])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of questions")
    ax.set_title(f"Accuracy by question type ({name})")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(out / "accuracy_by_type.png", dpi=100)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.hist([r["latency_ms"] for r in result.qa], bins=20)
    ax.set_xlabel("ms per question (models warm)")
    ax.set_ylabel("questions")
    ax.set_title(f"Answer latency ({name}, n={len(result.qa)})")
    fig.tight_layout()
    fig.savefig(out / "latency_hist.png", dpi=100)
    plt.close(fig)


def write_outputs(result: EvalRun, out: Path, name: str = "eval") -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "report.md").write_text(markdown_report(result, name), encoding="utf-8")
    write_plots(result, out, name)


def write_side_by_side(runs: dict[str, EvalRun], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, result in runs.items():
        write_outputs(result, out / name, name)
    (out / "report.md").write_text(side_by_side(runs), encoding="utf-8")
    (out / "summary.json").write_text(json.dumps(summaries(runs), ensure_ascii=False, indent=1), encoding="utf-8")


def summaries(runs: dict[str, EvalRun]) -> dict:
    return {"splits": {name: r.summary for name, r in runs.items()}}


def _failures_for(overall: dict, limits: dict, split: str) -> list[str]:
    failures = []
    for metric, limit in limits.items():
        value = overall.get(metric)
        if metric in LOWER_IS_BETTER:
            if value is None or value > limit:
                failures.append(f"{split}: {metric} = {value} is above the ceiling {limit}")
        elif value is None or value < limit:
            failures.append(f"{split}: {metric} = {value} is below the floor {limit}")
    return failures


def gate(runs: dict[str, dict], thresholds: dict) -> list[str]:
    """Metrics past their limit, one line each (empty: the gate passes).

    `thresholds` maps a split to its limits ({"test": {...}, "unseen": {...}});
    a flat mapping of limits applies to every split but dev. Dev is never
    gated: its figures were tuned on it and prove nothing.
    """
    nested = all(isinstance(v, dict) for v in thresholds.values())
    failures = []
    for split, summary in runs.items():
        if split == "dev":
            continue
        limits = thresholds.get(split, {}) if nested else thresholds
        failures += _failures_for(summary["overall"], limits, split)
    missing = [s for s in thresholds if nested and s not in runs]
    failures += [f"{s}: no such split was run" for s in missing]
    return failures


def compare(a: dict, b: dict) -> str:
    """What got better or worse from run A to run B (two results.json of one split)."""
    lines = ["metric                         A        B        change"]
    for key in (*HEADLINE, *CLAIM_HEADLINE, *TEXT_HEADLINE):
        va, vb = a["summary"]["overall"].get(key), b["summary"]["overall"].get(key)
        if va is None and vb is None:
            continue
        change = "" if va is None or vb is None else f"{vb - va:+.3f}"
        lower_is_better = key in LOWER_IS_BETTER
        verdict = ""
        if change and abs(vb - va) > 1e-9:
            verdict = "better" if (vb < va) == lower_is_better else "worse"
        lines.append(f"{key:30} {fmt(va):8} {fmt(vb):8} {change:8} {verdict}")
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
