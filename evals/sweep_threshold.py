"""Tune the composer's abstention threshold on a QA set (default evals/dev/qa.jsonl).

Runs every question once with abstention by score switched off, records the
best sentence score and whether the answer holds every `must` group, then
reports, for each threshold, answer accuracy on answerable questions and
abstention precision/recall on the others. Usage:

    python evals/sweep_threshold.py [--set FILE] [--index-dir DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.answering import ExtractiveComposer
from assistant.chain import build_chain
from assistant.config import Settings
from assistant.embeddings import get_embeddings
from assistant.evaluation import holds
from assistant.questions import analyse
from assistant.retrieval import HybridRetriever
from assistant.store import open_index


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default=str(Path(__file__).parent / "dev" / "qa.jsonl"))
    parser.add_argument("--index-dir")
    args = parser.parse_args()
    settings = Settings.from_env(index_dir=args.index_dir)
    index, embeddings = open_index(settings), get_embeddings(settings)
    chain = build_chain(HybridRetriever(index=index, embeddings=embeddings, k=5), ExtractiveComposer(index, embeddings, threshold=-1.0))
    rows = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id, results = {r["id"]: r for r in rows}, []
    for row in rows:
        history = [by_id[row["follows"]]["q"]] if row.get("follows") else []
        answer = chain.invoke({"question": row["q"], "history": history})
        answerable = row["type"] != "unanswerable"
        language = analyse(answer.resolved_question).language
        results.append((row["id"], language, answerable, answer.confidence, answer.abstained,
                        holds(answer.answer, row["must"]) if answerable else False))
    for rid, language, answerable, conf, abstained, ok in sorted(results, key=lambda r: (r[1], r[3])):
        print(f"{rid:5} {language} {'A' if answerable else 'U'} conf={conf:.3f} {'abstained' if abstained else ('ok' if ok else ('WRONG' if answerable else 'answered'))}")
    for language in ("sv", "en"):
        sweep([r[2:] for r in results if r[1] == language], language)


def sweep(results: list[tuple], language: str) -> None:
    if not results:
        return
    print(f"\n[{language}, {len(results)} questions]\nthreshold  answer_acc  abstain_precision  abstain_recall  overall")
    best = None
    for step in range(150, 201):
        tau = step / 200
        correct = declined_right = declined = unanswerable = answerable_n = 0
        for answerable, conf, abstained, ok in results:
            declines = abstained or conf < tau
            declined += declines
            if answerable:
                answerable_n += 1
                correct += (not declines) and ok
            else:
                unanswerable += 1
                declined_right += declines
        acc = correct / max(1, answerable_n)
        precision = declined_right / max(1, declined)
        recall = declined_right / max(1, unanswerable)
        overall = (correct + declined_right) / len(results)
        print(f"{tau:9.3f}  {acc:10.3f}  {precision:17.3f}  {recall:14.3f}  {overall:7.3f}")
        if best is None or overall > best[1]:
            best = (tau, overall)
    print(f"best threshold for {language}: {best[0]:.3f} (overall {best[1]:.3f})")


if __name__ == "__main__":
    main()
