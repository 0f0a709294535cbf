"""Fit the answer-or-decline decision on the dev split (never test or unseen).

Runs every dev question with the composer forced to answer, records what the
decision sees about its best candidate (`assistant.decision.Evidence`) and
whether that answer holds the question's `must` groups, fits a logistic
regression, picks the operating point on the risk-coverage curve, prints the
curve and writes `assistant/decision.json`. Usage:

    python evals/fit_decision.py [--index-dir DIR] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.answering import ExtractiveComposer
from assistant.chain import build_chain
from assistant.config import Settings
from assistant.decision import FEATURES, WEIGHTS_FILE, Decision, fit
from assistant.embeddings import get_embeddings
from assistant.evaluation import holds, read_jsonl
from assistant.retrieval import HybridRetriever
from assistant.store import open_index
from assistant.understanding import understand

DEV = Path(__file__).parent / "dev"
# Per question: a right answer or a right decline +1, a decline of an
# answerable question 0, a wrong answer -WRONG_COST: an honest "the documents
# do not say" beats a fluent guess, and a wrong cited answer is the worst outcome.
WRONG_COST = 1.0
# Dev must not regress: the fixed-threshold composer this decision replaced
# answered 101 of the 179 answerable dev questions right (measured 2026-11-25).
MIN_ACCURACY = 101 / 179


def collect(settings: Settings) -> list[tuple[list[float] | None, bool, bool, str]]:
    index, embeddings = open_index(settings), get_embeddings(settings)
    always = Decision((0.0,) * len(FEATURES), (1.0,) * len(FEATURES), (0.0,) * len(FEATURES), 0.0, 0.0)
    chain = build_chain(HybridRetriever(index=index, embeddings=embeddings, k=10), ExtractiveComposer(index, embeddings, decision=always))
    rows = []
    # The fit that stands in decision.json used these two; refitting on every dev file
    # (document facts, operations, vocabulary) was tried on 2026-11-25 and lowered dev,
    # test and unseen answer accuracy alike (0.694 -> 0.676 on dev), so it was not kept.
    for name in ("qa.jsonl", "paraphrases.jsonl"):
        if not (DEV / name).exists():
            continue
        questions = read_jsonl(DEV / name, ("id", "q"))
        by_id = {r["id"]: r for r in questions}
        for row in questions:
            history = [by_id[row["follows"]]["q"]] if row.get("follows") in by_id else []
            answer = chain.invoke({"question": row["q"], "history": history})
            answerable = row["type"] != "unanswerable"
            right = answerable and not answer.abstained and holds(answer.answer, row["must"])
            # Declined by a rule (a year or name the corpus lacks): no threshold changes that.
            ruled = answer.abstained or answer.evidence is None
            rows.append((None if ruled else answer.evidence.vector(), right, answerable, understand(row["q"]).language))
    return rows


def operating_point(decision: Decision, rows) -> tuple[float, list[str]]:
    """The threshold of highest utility per question, and the risk-coverage curve as lines."""
    from assistant.decision import Evidence

    scored = [(decision.probability(Evidence(*x)) if x is not None else None, right, answerable) for x, right, answerable, _ in rows]
    n_answerable = sum(a for _, _, a in scored) or 1
    n_unanswerable = sum(not a for _, _, a in scored) or 1
    lines = ["threshold  coverage  risk (wrong among answered)  answer accuracy  abstention recall  utility"]
    best = (float("-inf"), 0.5)
    for step in range(5, 96, 5):
        t = step / 100
        answered = [(r, a) for p, r, a in scored if p is not None and p >= t]
        declined = [(r, a) for p, r, a in scored if p is None or p < t]
        right = sum(r for r, _ in answered)
        accuracy, recall = right / n_answerable, sum(not a for _, a in declined) / n_unanswerable
        wrong = len(answered) - right
        utility = (right + sum(not a for _, a in declined) - WRONG_COST * wrong) / len(scored)
        if accuracy >= MIN_ACCURACY:
            best = max(best, (round(utility, 6), t))
        lines.append(f"{t:9.2f}  {len(answered) / len(scored):8.3f}  {(len(answered) - right) / max(1, len(answered)):27.3f}  "
                     f"{accuracy:15.3f}  {recall:17.3f}  {utility:7.3f}")
    return best[1], lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir")
    parser.add_argument("--dry-run", action="store_true", help="print the fit, do not write decision.json")
    args = parser.parse_args()
    rows = collect(Settings.from_env(index_dir=args.index_dir))
    # One model for both languages, with `english` as a feature: the English
    # dev questions are too few (about 60) to fit a model of their own.
    # The label is whether the documents answer the question at all: a wrong
    # sentence for an answerable question is the composer's error, not the decision's.
    decision = fit([(x, answerable) for x, _, answerable, _ in rows if x is not None])
    threshold, curve = operating_point(decision, rows)
    decision = Decision(decision.means, decision.scales, decision.weights, decision.bias, threshold)
    fitted = {"sv": decision, "en": decision}
    print(f"{len(rows)} dev questions; weights (standardised): " + ", ".join(f"{f} {w:+.2f}" for f, w in zip(FEATURES, decision.weights)))
    print("\n".join(curve))
    for language in ("sv", "en"):
        _, by_language = operating_point(decision, [r for r in rows if r[3] == language])
        print(f"[{language}] at {threshold}: " + next(line for line in by_language if line.strip().startswith(f"{threshold:.2f}")))
    print(f"operating point: probability >= {threshold}")
    if not args.dry_run:
        data = {language: d.to_json() for language, d in fitted.items()}
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
