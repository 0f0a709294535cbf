"""`jobbtorg eval`: run the QA and claim sets of each split and measure them.

A split is a folder under `evals/` with `qa.jsonl` and `claims.jsonl` (see
evals/README.md) and, when it brings its own documents, `documents/`: those
are ingested into an index of their own, so unseen documents are measured
apart from the shipped corpus. `dev` is what the code is tuned on; `test` and
`unseen` are written from the documents alone and measure generalisation.

For every question it records whether the answer holds every `must` group
(numbers normalised: "9 472" = "9472", "19,1" = "19.1"), whether it abstained,
whether it declined although the answer stood in the passages it showed as
related (a false decline), where its citations come from, whether each answer
sentence is backed by what it cites (citation recall in the ALCE sense),
whether every number is backed by a citation or a computation, whether every
operand of a computation cites the sentence it came from, where the gold
documents rank in retrieval, and how long it took.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import JobbtorgError

NUMBER = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?")
MARKER = re.compile(r"\[(\d+)\]")
WORD = re.compile(r"[^\W\d_]{4,}")
QUOTED = re.compile(r"“([^”]*)”")
SPLITS = ("dev", "test", "unseen")
HEADLINE = ("answer_accuracy", "citation_hit", "citation_precision", "citation_recall", "operands_cited",
            "abstention_precision", "abstention_recall", "abstention_accuracy", "false_declines", "numeric_exactness",
            "retrieval_recall", "mrr", "latency_p50_ms", "latency_p95_ms")
CLAIM_HEADLINE = ("claim_accuracy", "claim_accuracy_with_evidence", "false_supported")
TEXT_HEADLINE = ("text_accuracy", "text_false_supported", "text_no_claim_accuracy")


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


def _numbers(text: str) -> list[str]:
    return [normalise(m.group(0)) for m in NUMBER.finditer(text)
            if not re.fullmatch(r"\[\d+\]", text[max(0, m.start() - 1): m.end() + 1])]


def numbers_backed(answer: str, backing: list[str]) -> bool:
    """Every number in the answer (citation markers aside) appears in the backing texts."""
    pool = {normalise(m.group(0)) for m in NUMBER.finditer(normalise(" ".join(backing)))}
    return all(number in pool for number in _numbers(answer))


def _stem(word: str) -> str:
    # Five letters: enough to tie "inskrivna" to "inskrivningar" without a stemmer,
    # and crude on purpose: this measures, it must not share the answer code's bias.
    return word.lower()[:5]


def sentence_supported(sentence: str, cited: list[str]) -> bool:
    """An answer sentence is backed by the texts it cites: every number in it
    occurs there, and at least half its content words do (a lexical stand-in
    for ALCE's entailment check).

    >>> sentence_supported("1 812 hade fått arbete [1].", ["Av dessa hade 1 812 fått ett arbete."])
    True
    >>> sentence_supported("1 813 hade fått arbete [1].", ["Av dessa hade 1 812 fått ett arbete."])
    False
    """
    if not cited:
        return False
    if not numbers_backed(sentence, cited):
        return False
    words = {_stem(w) for w in WORD.findall(sentence)}
    if not words:
        return True
    pool = {_stem(w) for w in WORD.findall(" ".join(cited))}
    return len(words & pool) / len(words) >= 0.5


def citation_recall(answer: str, quotes: dict[int, str], formulas: list[str]) -> float | None:
    """Share of the answer's statements (sentences carrying a [n] or a number)
    that cite passages which back them; a statement citing nothing counts as unbacked.

    >>> citation_recall("Det var 9 472 [1]. Och 5 000 [2].", {1: "9 472 personer", 2: "1 812 fick jobb"}, [])
    0.5
    >>> citation_recall("Det var 9 472 personer. [1]", {1: "Det var 9 472 personer."}, [])
    1.0
    """
    # "... personer. [1]": a marker after the full stop belongs to the sentence before it.
    answer = re.sub(r"([.!?])((?:\s*\[\d+\])+)", r"\2\1", answer)
    statements = [s for s in re.split(r"(?<=[.!?])\s+|\n+", answer) if MARKER.search(s) or _numbers(s)]
    if not statements:
        return None
    backed = 0
    for statement in statements:
        cited = [quotes[int(n)] for n in MARKER.findall(statement) if int(n) in quotes]
        # "Svar:" / "Answer:" label the lead; the value after them is the statement.
        text = re.sub(r"^\s*(?:Svar|Answer):\s*", "", MARKER.sub("", statement))
        computed = any(normalise(f) in normalise(text) for f in formulas)
        # A frame around quotes ("The documents say: “…”") or a computation shown
        # in full is not a claim of its own: the quoted words and the numbers are.
        quoted = " ".join(QUOTED.findall(text))
        if cited and computed:
            backed += numbers_backed(text, cited + formulas)
        else:
            backed += bool(cited) and numbers_backed(text, cited) and sentence_supported(quoted or text, cited)
    return backed / len(statements)


def operands_cited(figures, citations, text_of) -> bool | None:
    """Every input of every computed figure is cited by the answer, quotes its
    document exactly at its offsets, and states the value it was read as
    (None: nothing was computed)."""
    from .figures import figures_in_sentence

    inputs = [i for f in figures for i in f["inputs"]]
    if not inputs:
        return None
    for item in inputs:
        if not any(c.source == item["source"] and c.start <= item["start"] and item["end"] <= c.end for c in citations):
            return False
        text = text_of(item["source"])
        if text is None or text[item["start"]: item["end"]] != item["quote"]:
            return False
        if isinstance(item["value"], str):
            # A date operand ("10/8", "2008-11-12"): written so, or the date the quote states.
            from .dates import dates_in

            if item["value"] not in item["quote"] and item["value"] not in {
                    d.date.isoformat() for d in dates_in(item["quote"], None)}:
                return False
            continue
        # A share in words ("var fjärde", 0.25) is computed with as the percent it is (25).
        stated = [v for f in figures_in_sentence(item["source"], item["quote"], item["start"])
                  for v in ((f.value, f.value * 100) if f.kind == "proportion" else (f.value,))]
        if not any(abs(value - item["value"]) < 1e-9 for value in stated):
            return False
    return True


# Optional fields of a question or claim line and the types they must have.
_FIELD_TYPES = {"id": (str, int), "q": str, "claim": str, "verdict": str, "follows": (str, int, type(None)),
                "history": list}


def read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    """Rows of a JSONL file of questions or claims; any bad line ends the run
    in one line naming the file, the line and the field."""
    rows = []
    try:
        lines = Path(path).read_bytes().decode("utf-8-sig").splitlines()
    except OSError as exc:
        raise JobbtorgError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        line = Path(path).read_bytes()[: exc.start].count(b"\n") + 1
        raise JobbtorgError(f"{path}:{line}: not UTF-8 (byte 0x{exc.object[exc.start]:02x}); save the file as UTF-8") from None
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
        for key, kinds in _FIELD_TYPES.items():
            if key in row and not isinstance(row[key], kinds):
                raise JobbtorgError(f"{path}:{number}: field {key!r} has the wrong type ({type(row[key]).__name__})")
        if not all(isinstance(h, str) for h in row.get("history") or []):
            raise JobbtorgError(f"{path}:{number}: field 'history' must be a list of strings")
        bad = next((ch for ch in json.dumps(row, ensure_ascii=False) if "\ud800" <= ch <= "\udfff"), None)
        if bad is not None:
            raise JobbtorgError(f"{path}:{number}: holds a lone surrogate (U+{ord(bad):04X}), not text")
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


def _rates(metrics: dict, samples: dict[str, list]) -> dict:
    """The metrics with, under "n", how many items each rate is a share of (its interval needs it)."""
    return {**metrics, "n": {key: len(values) for key, values in samples.items()}}


def qa_metrics(results: list[dict]) -> dict:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    answered = [r for r in answerable if not r["abstained"]]
    abstained = [r for r in results if r["abstained"]]
    latencies = [r["latency_ms"] for r in results]
    gold = [r for r in answerable if r["gold_sources"]]
    samples = {
        "answer_accuracy": [r["correct"] for r in answerable],
        "citation_hit": [r["citation_hit"] for r in answered if r["citation_hit"] is not None],
        "citation_precision": [r["citation_precision"] for r in answered if r["citation_precision"] is not None],
        "citation_recall": [r["citation_recall"] for r in answered if r["citation_recall"] is not None],
        "operands_cited": [r["operands_cited"] for r in results if not r["abstained"] and r["operands_cited"] is not None],
        "abstention_precision": [not r["answerable"] for r in abstained],
        "abstention_recall": [r["abstained"] for r in unanswerable],
        "abstention_accuracy": [r["abstained"] != r["answerable"] for r in results],
        "numeric_exactness": [r["numbers_backed"] for r in results if not r["abstained"] and r["numbers_backed"] is not None],
        "retrieval_recall": [r["retrieval_rank"] is not None for r in gold],
    }
    return _rates({
        "questions": len(results),
        "answerable": len(answerable),
        **{key: _mean(values) for key, values in samples.items()},
        "false_declines": sum(bool(r["false_decline"]) for r in answerable),
        "mrr": _mean([1 / (r["retrieval_rank"] + 1) if r["retrieval_rank"] is not None else 0.0 for r in gold]),
        "latency_p50_ms": _percentile(latencies, 0.5),
        "latency_p95_ms": _percentile(latencies, 0.95),
    }, samples)


def claim_metrics(results: list[dict]) -> dict:
    samples = {"claim_accuracy": [r["correct"] for r in results],
               "claim_accuracy_with_evidence": [r["correct_with_evidence"] for r in results]}
    return _rates({
        "claims": len(results),
        **{key: _mean(values) for key, values in samples.items()},
        # The worst outcome for a journalist: "supported" on a claim that is not.
        "false_supported": sum(r["verdict"] == "supported" and r["gold"] != "supported" for r in results),
    }, samples)


@dataclass
class EvalRun:
    qa: list[dict]
    claims: list[dict]
    summary: dict
    texts: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"summary": self.summary, "qa": self.qa, "claims": self.claims, "texts": self.texts}


@dataclass(frozen=True)
class Split:
    """One eval split: its question and claim sets and, when it brings them, its own documents."""

    name: str
    qa: tuple[Path, ...]
    claims: tuple[Path, ...]
    documents: Path | None = None
    texts: tuple[Path, ...] = ()

    @classmethod
    def from_folder(cls, folder: Path) -> "Split":
        sets = sorted(folder.glob("*.jsonl"))
        documents = folder / "documents"
        claims = tuple(p for p in sets if "claims" in p.name)
        texts = tuple(p for p in sets if p.name.startswith("texts"))
        return cls(folder.name, tuple(p for p in sets if p not in claims and p not in texts), claims,
                   documents if documents.is_dir() else None, texts)


def discover_splits(evals_dir: Path, names: tuple[str, ...] = SPLITS) -> list[Split]:
    splits = [Split.from_folder(evals_dir / name) for name in names if (evals_dir / name).is_dir()]
    missing = sorted(set(names) - {s.name for s in splits})
    if missing:
        raise JobbtorgError(f"{evals_dir}: no split folder {', '.join(missing)}")
    return splits


def _language(row: dict) -> str:
    if row.get("lang"):
        return row["lang"]
    from .questions import language_of

    return "en" if row.get("type") == "english" else language_of(row["q"])


def _evaluate_question(assistant, retriever_for, text_of, row: dict, history: list[str], k: int) -> dict:
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
    formulas = [f["formula"] for f in answer.figures]
    shown = " ".join(c.quote for c in answer.related)
    return {
        "id": row.get("id"), "q": row["q"], "type": row.get("type", "untyped"), "lang": _language(row),
        "answer_type": row.get("answer_type"), "resolved": answer.resolved_question,
        "answerable": answerable, "abstained": answer.abstained, "answer": answer.answer,
        "correct": bool(answerable and not answer.abstained and holds(answer.answer, must)),
        "false_decline": bool(answerable and answer.abstained and must and holds(shown, must)),
        "gold_sources": gold, "cited_sources": cited,
        "citation_hit": bool(set(cited) & set(gold)) if gold and not answer.abstained else None,
        "citation_precision": (sum(supporting) / len(supporting)) if supporting and gold else None,
        "citation_recall": citation_recall(answer.answer, {c.n: c.quote for c in answer.citations}, formulas)
        if not answer.abstained else None,
        "operands_cited": operands_cited(answer.figures, answer.citations, text_of),
        # A document's title is its own words: a number the answer takes from a cited title is backed.
        "numbers_backed": numbers_backed(answer.answer, [c.quote for c in answer.citations] + formulas
                                         + [c.title for c in answer.citations if c.title]),
        "retrieval_rank": rank, "latency_ms": answer.timings_ms["total"], "warnings": list(answer.warnings),
        "composer": answer.composer, "confidence": round(float(answer.confidence), 4),
        "expected": row.get("answer"),
    }


def _evaluate_claim(assistant, row: dict) -> dict:
    verdict = assistant.check(row["claim"])
    gold = set(row.get("sources") or [])
    correct = verdict.verdict == row["verdict"]
    evidence_sources = {e.source for e in verdict.evidence}
    with_evidence = correct and (row["verdict"] == "not_found" or bool(evidence_sources & gold))
    return {"id": row.get("id"), "claim": row["claim"], "gold": row["verdict"], "verdict": verdict.verdict,
            "lang": row.get("lang"), "kind": row.get("kind"),
            "correct": correct, "correct_with_evidence": with_evidence, "explanation": verdict.explanation,
            "evidence_sources": sorted(evidence_sources), "gold_sources": sorted(gold)}


def _evaluate_text(assistant, row: dict) -> list[dict]:
    """One result per expected sentence: the verdict of the checked sentence holding its quote."""
    checked = assistant.check_text(row["text"])
    results = []
    for n, expected in enumerate(row["expect"], 1):
        quote = normalise(expected["quote"])
        found = next((s for s in checked.sentences if quote in normalise(s.text)), None)
        verdict = found.verdict if found else "unsplit"
        results.append({"id": f"{row.get('id')}.{n}", "text": expected["quote"], "gold": expected["verdict"],
                        "verdict": verdict, "lang": row.get("lang"), "correct": verdict == expected["verdict"],
                        "explanation": found.explanation if found else "no checked sentence holds the quote"})
    return results


def text_metrics(results: list[dict]) -> dict:
    samples = {"text_accuracy": [r["correct"] for r in results],
               "text_no_claim_accuracy": [r["correct"] for r in results if r["gold"] == "no_claim"]}
    return _rates({
        "text_sentences": len(results),
        **{key: _mean(values) for key, values in samples.items()},
        "text_false_supported": sum(r["verdict"] == "supported" and r["gold"] != "supported" for r in results),
    }, samples)


def merged(*metrics: dict) -> dict:
    """Several metric sets as one, their "n" tables joined."""
    out: dict = {}
    for m in metrics:
        out.update({k: v for k, v in m.items() if k != "n"})
        out.setdefault("n", {}).update(m.get("n", {}))
    return out


def _grouped(results: list[dict], key: str, metrics) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for result in results:
        groups[str(result.get(key) or "–")].append(result)
    return {name: metrics(rs) for name, rs in sorted(groups.items())}


def run(assistant, qa_rows: list[dict], claim_rows: list[dict], k: int = 10, progress: bool = True,
        label: str = "eval", text_rows: list[dict] = ()) -> EvalRun:
    from tqdm import tqdm

    from .retrieval import HybridRetriever
    from .store import open_index

    index = open_index(assistant.settings)

    def retriever_for(n: int):
        return HybridRetriever(index=index, embeddings=assistant.embeddings, k=n)

    def text_of(source: str) -> str | None:
        try:
            return index.record(source).text
        except JobbtorgError:
            return None

    qa_results: list[dict] = []
    resolved: dict = {}
    with tqdm(total=len(qa_rows) + len(claim_rows) + len(text_rows), desc=label, unit="item", disable=not progress) as bar:
        for row in qa_rows:
            history = [resolved[row["follows"]]] if row.get("follows") in resolved else []
            result = _evaluate_question(assistant, retriever_for, text_of, row, history, k)
            resolved[row.get("id")] = result["resolved"]
            qa_results.append(result)
            bar.update(1)
        claim_results = []
        for row in claim_rows:
            claim_results.append(_evaluate_claim(assistant, row))
            bar.update(1)
        text_results = []
        for row in text_rows:
            text_results += _evaluate_text(assistant, row)
            bar.update(1)
    composers: dict[str, int] = defaultdict(int)
    for result in qa_results:
        composers[result["composer"]] += 1
    guards = sum(any(w.startswith("llm_") for w in r["warnings"]) for r in qa_results)
    summary = {
        "composers": dict(sorted(composers.items())), "llm_fallbacks": guards,
        "overall": merged(qa_metrics(qa_results), claim_metrics(claim_results) if claim_results else {},
                          text_metrics(text_results) if text_results else {}),
        "by_type": _grouped(qa_results, "type", qa_metrics),
        "by_lang": _grouped(qa_results, "lang", qa_metrics),
        "claims_by_verdict": {v: claim_metrics([r for r in claim_results if r["gold"] == v])
                              for v in ("supported", "contradicted", "not_found") if any(r["gold"] == v for r in claim_results)},
        "claims_by_lang": _grouped(claim_results, "lang", claim_metrics) if claim_results else {},
        "k": k,
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    return EvalRun(qa_results, claim_results, summary, text_results)


def split_settings(settings, split: Split, out: Path):
    """The settings a split is answered with: its own index when it brings documents."""
    if split.documents is None:
        return settings
    return replace(settings, index_dir=out / split.name / "index", corpus_dir=split.documents, chroma_host=None)


def run_split(settings, split: Split, out: Path, embeddings, k: int = 10, progress: bool = True) -> EvalRun:
    from .chain import Assistant

    if split.documents is not None:
        from .ingest import ingest

        settings = split_settings(settings, split, out)
        report = ingest([split.documents], settings, progress=False)
        if not report.ok:
            raise JobbtorgError(f"{split.documents}: {len(report.failed)} document(s) failed to ingest: {report.failed[0]}")
    qa = [row for path in split.qa for row in read_jsonl(path, ("id", "q"))]
    claims = [row for path in split.claims for row in read_jsonl(path, ("id", "claim", "verdict"))]
    texts = [row for path in split.texts for row in read_jsonl(path, ("id", "text", "expect"))]
    return run(Assistant(settings, embeddings=embeddings), qa, claims, k=k, progress=progress, label=split.name,
               text_rows=texts)
