"""The `jobbtorg` command line. Errors reach the user as one line, no traceback.

Exit codes: 0 success; 1 some input files failed (the rest were ingested);
2 an error that stopped the command (missing index, bad setting...).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from . import __version__
from .config import EMBEDDERS, PACKAGE_ROOT, Settings
from .errors import ConfigError, JobbtorgError

DOCS_FIELDS = ("source", "title", "type", "date", "year", "signatory", "references", "chunks")


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        index_dir=args.index_dir,
        embedder=args.embedder,
        embedding_model=args.embedding_model,
        device=args.device,
        llm=args.llm,
        llm_base_url=args.llm_base_url,
        llm_model=args.llm_model,
        llm_api_key=args.llm_api_key,
        llm_gguf=args.llm_gguf,
    )


def preload(settings: Settings) -> None:
    """Start loading the index's vectors while the answering stack is imported (`store.preload`)."""
    from .store import preload as start

    start(settings)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest documents (files or directories; default: the shipped corpus)."""
    from .ingest import ingest

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    report = ingest(paths, settings, rebuild=args.rebuild, progress=not (args.quiet or args.json))
    for failure in report.failed:
        print(f"jobbtorg: skipped {failure}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(report.summary().splitlines()[0])
    return 0 if report.ok else 1


def _render_answer(answer) -> str:
    lines = [answer.answer]
    if answer.composer != "extractive" or answer.warnings:
        lines.append(f"(svarat av: {answer.composer}" + (f"; varningar: {', '.join(answer.warnings)}" if answer.warnings else "") + ")")
    if answer.citations:
        lines.append("")
        lines += [f"[{c.n}] {c.title or c.source} ({c.source}, {c.start}-{c.end})\n    “{c.quote}”" for c in answer.citations]
    if answer.related:
        from .questions import language_of
        from .render import word

        lines.append(f"\n{word(language_of(answer.question), 'related')}:")
        lines += [f"- {c.title or c.source} ({c.source}, {c.start}-{c.end})\n    “{c.quote}”" for c in answer.related]
    return "\n".join(lines)


def _read_jsonl(path: str, field: str) -> list[dict]:
    """Lines of a JSONL file, each with a string `field`; errors name file and line."""
    from .evaluation import read_jsonl

    return read_jsonl(Path(path), (field,))


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer a question from the documents, with citations to the exact sentences."""
    if (args.question is None) == (args.questions is None):
        raise JobbtorgError("give either a QUESTION or --questions FILE.jsonl")
    if args.k < 1:
        raise JobbtorgError(f"--k must be at least 1, got {args.k}")
    settings = _settings(args)
    preload(settings)
    from .chain import Assistant
    from .retrieval import Filters, normalise_type

    filters = Filters(source=args.doc, type=normalise_type(args.type), year=args.year)
    assistant = Assistant(settings)
    form = "json" if args.json else args.format
    if args.question is not None:
        answer = assistant.ask(args.question, filters=filters, k=args.k)
        if form == "markdown":
            from .questions import language_of
            from .render import answer_markdown

            print(answer_markdown(answer, _markdown_sources(assistant), language_of(args.question)), end="")
        else:
            print(json.dumps(answer.to_json(), ensure_ascii=False) if form == "json" else _render_answer(answer))
        return 0
    if form == "markdown":
        raise JobbtorgError("--format markdown takes one QUESTION, not --questions")
    asked: dict = {}
    for row in _read_jsonl(args.questions, "q"):
        history = list(row.get("history") or [])
        if row.get("follows") is not None:
            history = [asked[row["follows"]]] if row["follows"] in asked else history
        answer = assistant.ask(row["q"], history=history, filters=filters, k=args.k)
        asked[row.get("id")] = answer.resolved_question
        if args.json:
            print(json.dumps(answer.to_json(row.get("id")), ensure_ascii=False), flush=True)
        else:
            print(f"## {row.get('id')}: {row['q']}\n{_render_answer(answer)}\n", flush=True)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Run the eval splits (dev, test, unseen) side by side; write reports, results and plots; or compare two runs."""
    from . import eval_report, evaluation
    from .embeddings import get_embeddings

    if args.compare:
        runs = []
        for path in args.compare:
            try:
                runs.append(json.loads(Path(path).read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                raise JobbtorgError(f"{path}: not a results.json of `jobbtorg eval` ({type(exc).__name__})") from None
        print(eval_report.compare(*runs))
        return 0
    if args.set or args.claims or args.documents:
        splits = [evaluation.Split("custom", (Path(args.set),) if args.set else (), (Path(args.claims),) if args.claims else (),
                                   Path(args.documents) if args.documents else None)]
    else:
        names = tuple(n.strip() for n in args.splits.split(",") if n.strip())
        splits = evaluation.discover_splits(Path(args.evals_dir), names)
    thresholds = _read_thresholds(args.gate) if args.gate else None
    settings = _settings(args)
    embeddings = get_embeddings(settings)
    out = Path(args.out)
    runs = {split.name: evaluation.run_split(settings, split, out, embeddings, k=args.k, progress=not args.json)
            for split in splits}
    eval_report.write_side_by_side(runs, out)
    summaries = eval_report.summaries(runs)
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=1))
    else:
        names = list(runs)
        print(f"{'metric':30} " + " ".join(f"{n:>8}" for n in names))
        for key in ("answer_accuracy", "citation_hit", "citation_recall", "abstention_recall", "false_declines",
                    "numeric_exactness", "claim_accuracy", "false_supported", "text_accuracy", "text_false_supported"):
            print(f"{key:30} " + " ".join(f"{eval_report.fmt(runs[n].summary['overall'].get(key)):>8}" for n in names))
        print(f"report: {out / 'report.md'}")
    if thresholds is not None:
        failures = eval_report.gate({name: s for name, s in summaries["splits"].items()}, thresholds)
        for failure in failures:
            print(f"jobbtorg: eval gate: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def _read_thresholds(path: str) -> dict:
    try:
        thresholds = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise JobbtorgError(f"{path}: not a JSON file of limits ({type(exc).__name__})") from None
    if not isinstance(thresholds, dict):
        raise JobbtorgError(f"{path}: not a JSON object of limits")
    return thresholds


def cmd_bench(args: argparse.Namespace) -> int:
    """Time the shipped corpus (cold start, ingest, warm ask and check, peak RSS) and a synthetic corpus at scale."""
    from .benchmark import main as bench

    if args.load:
        from .loadtest import main as load

        if args.clients < 1 or args.requests < 1:
            raise ConfigError("--clients and --requests must be at least 1")
        return load(_settings(args), args.url, args.clients, args.requests, args.time_limit, args.json,
                    Path(args.out) if args.out else None)
    try:
        scales = tuple(int(n) for n in str(args.scale).split(","))
    except ValueError:
        raise ConfigError(f"--scale must be N or N,N,... chunks, got {args.scale!r}") from None
    stores = tuple(dict.fromkeys(s.strip() for s in args.stores.split(",")))
    if min(scales) < 0 or args.real_sample < 0:
        raise ConfigError("--scale and --real-sample must be 0 or more")
    if not set(stores) <= {"embedded", "server"}:
        raise ConfigError(f"--stores takes embedded and/or server, got {args.stores!r}")
    bench(_settings(args), args.json, Path(args.out) if args.out else None, scales, args.real_sample, stores)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the Gradio app (as `python app.py`); GRADIO_SERVER_NAME / GRADIO_SERVER_PORT apply."""
    from .app_ui import main as serve

    serve(_settings(args))  # every common flag (--embedder, --llm, ...) reaches the app
    return 0


def _markdown_sources(assistant):
    from .render import Sources
    from .store import open_index

    return Sources.of(open_index(assistant.settings))


def _read_text(path: str) -> str:
    """The text of a draft to check; errors name the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise JobbtorgError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise JobbtorgError(f"{path}: not UTF-8 text") from None
    if not text.strip():
        raise JobbtorgError(f"{path}: the text is empty")
    return text


def cmd_check(args: argparse.Namespace) -> int:
    """Check a claim, a file of claims or a whole text against the documents: supported, contradicted or not_found, with evidence."""
    if sum(map(bool, (args.claim, args.claims, args.text))) == 1:
        preload(_settings(args))
    from .chain import Assistant
    from .questions import language_of
    from .render import BADGES, word

    if sum(map(bool, (args.claim, args.claims, args.text))) != 1:
        raise JobbtorgError("give one of a CLAIM, --claims FILE.jsonl or --text FILE")
    form = "json" if args.json else args.format
    if args.text:
        from .render import text_check_markdown

        text = _read_text(args.text)
        assistant = Assistant(_settings(args))
        result = assistant.check_text(text)
        if form == "json":
            print(json.dumps(result.to_json(), ensure_ascii=False))
        elif form == "markdown":
            print(text_check_markdown(result, _markdown_sources(assistant), language_of(text)), end="")
        else:
            badges = BADGES.get(language_of(text), BADGES["sv"])
            for s in result.sentences:
                print(f"{s.n}. [{badges[s.verdict]}] {s.text}\n   {s.explanation}")
                for e in s.evidence:
                    print(f"   - {e.title or e.source} ({e.source}, {e.start}-{e.end})\n       “{e.quote}”")
            print(", ".join(f"{badges[v]}: {n}" for v, n in result.counts.items()))
        return 0
    assistant = Assistant(_settings(args))
    rows = [{"id": None, "claim": args.claim}] if args.claim else _read_jsonl(args.claims, "claim")
    for row in rows:
        verdict = assistant.check(row["claim"])
        if form == "markdown":
            from .render import verdict_markdown

            print(verdict_markdown(verdict, _markdown_sources(assistant), language_of(row["claim"])), flush=True)
        elif form == "json":
            print(json.dumps(verdict.to_json(row.get("id")), ensure_ascii=False), flush=True)
        else:
            language = language_of(row["claim"])
            badge = BADGES.get(language, BADGES["sv"])[verdict.verdict]
            lines = [f"{badge}: {verdict.explanation}"]
            if verdict.computation:
                lines.append(f"{word(language, 'computation')}: {verdict.computation['text']}")
            lines += [f"  {e.element}: {e.claimed} -> {e.found or '(inget)'} [{e.status}]" for e in verdict.elements]
            lines += [f"- {e.title or e.source} ({e.source}, {e.start}-{e.end})\n    “{e.quote}”" for e in verdict.evidence]
            print(("" if args.claim else f"## {row.get('id')}: {row['claim']}\n") + "\n".join(lines), flush=True)
    return 0


FIGURE_FIELDS = ("id", "source", "text", "value", "value_high", "unit", "kind", "counts", "period", "qualifier",
                 "sentence", "start", "end", "sentence_start", "sentence_end")


def cmd_figures(args: argparse.Namespace) -> int:
    """Print the figure table: every figure in every document, with its sentence and offsets."""
    from .store import Index

    index = Index(_settings(args))
    sources = [args.doc] if args.doc else [d["source"] for d in index.documents]
    rows = [f.to_json() for source in sources for f in index.figures(source)]
    if args.json:
        print(json.dumps([{k: row[k] for k in FIGURE_FIELDS} for row in rows], ensure_ascii=False, indent=1))
    elif args.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=FIGURE_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from .numbers import format_number

        for row in rows:
            value = format_number(row["value"]) + (f"-{format_number(row['value_high'])}" if row["value_high"] is not None else "")
            qualifier = f"{row['qualifier']} " if row["qualifier"] else ""
            print(f"{row['source']}:{row['start']}  {qualifier}{value} {row['unit'] or ''}  [{row['kind']}]  {row['counts']}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take documents out of the index (by source file name)."""
    from .ingest import remove

    removed = remove(args.sources, _settings(args))
    print(f"removed {len(removed)} document(s): {', '.join(removed)}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    """List the indexed documents and their metadata."""
    from .store import Index

    index = Index(_settings(args))
    rows = [{key: doc.get(key) for key in DOCS_FIELDS} for doc in index.documents]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        when = row["date"] or (f"no date stated (year {row['year']} from its reference number)" if row.get("year")
                               else "no date stated")
        print(f"{row['source']}  [{row['type'] or '-'}]  {when}  {row['chunks']} chunks")
        print(f"    {row['title'] or '(no title)'}")
        extra = [f"signed: {row['signatory']}" if row["signatory"] else "", ", ".join(row["references"])]
        if any(extra):
            print("    " + "  ".join(e for e in extra if e))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print a document's cleaned text: what citations quote and their offsets index."""
    from .store import Index

    record = Index(_settings(args)).record(args.source)
    text = record.clean.original if args.original else record.text
    if args.span:
        try:
            start, end = (int(x) for x in args.span.split(":"))
        except ValueError:
            raise JobbtorgError(f"--span must be START:END in characters, got {args.span!r}") from None
        if not 0 <= start <= end <= len(record.text):
            raise JobbtorgError(f"--span {start}:{end} is outside the cleaned text (0:{len(record.text)})")
        o_start, o_end = record.clean.to_original(start, end)
        out = {
            "source": record.source, "start": start, "end": end, "text": record.text[start:end],
            "original_start": o_start, "original_end": o_end, "original": record.clean.original[o_start:o_end],
            "page": record.clean.page_of(start),
        }
        print(json.dumps(out, ensure_ascii=False, indent=2) if args.json else out["text"])
        return 0
    if args.json:
        meta = record.metadata
        print(json.dumps({
            "source": record.source, "title": meta.title, "type": meta.type, "date": meta.date,
            "signatory": meta.signatory, "references": list(meta.references), "text": text,
            "sentences": [[s.start, s.end] for s in record.sentences],
            "chunks": [{"id": c.id, "start": c.start, "end": c.end} for c in record.chunks],
        }, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", help="index directory (env JOBBTORG_INDEX_DIR; default ./index)")
    common.add_argument("--embedder", choices=EMBEDDERS, help="embedding backend (env JOBBTORG_EMBEDDER; default e5)")
    common.add_argument("--embedding-model", help="model for the backend: a sentence-transformers folder or name (env JOBBTORG_EMBEDDING_MODEL)")
    common.add_argument("--device", help="torch device for sentence-transformers, e.g. cpu, cuda (env JOBBTORG_DEVICE)")
    common.add_argument("--llm", choices=["openai", "ollama", "llamacpp", "none"],
                        help="compose answers with a language model (env JOBBTORG_LLM; default none: extractive)")
    common.add_argument("--llm-base-url", help="OpenAI-compatible or Ollama endpoint (env JOBBTORG_LLM_BASE_URL)")
    common.add_argument("--llm-model", help="model name at the endpoint (env JOBBTORG_LLM_MODEL)")
    common.add_argument("--llm-api-key", help="API key (env JOBBTORG_LLM_API_KEY, which `ps` does not show: prefer it)")
    common.add_argument("--llm-gguf", help="a GGUF file for --llm llamacpp (env JOBBTORG_LLM_GGUF)")

    parser = argparse.ArgumentParser(prog="jobbtorg", description="Cited answers over Stockholm's Jobbtorg documents.")
    parser.add_argument("--version", action="version", version=f"jobbtorg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help=cmd_ingest.__doc__, description=cmd_ingest.__doc__)
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default corpus/documents)")
    p.add_argument("--rebuild", action="store_true", help="start from an empty index")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the run's report as JSON (per-file results)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", parents=[common], help=cmd_ask.__doc__, description=cmd_ask.__doc__)
    p.add_argument("question", nargs="?", help="the question, in Swedish or English")
    p.add_argument("--questions", metavar="FILE.jsonl", help='many questions: lines {"id", "q"} (optional "follows": an earlier id)')
    p.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                   help="text (default), json (as --json) or markdown: quotes with document, title, date and offsets")
    p.add_argument("--k", type=int, default=10, help="passages to retrieve (default 10)")
    p.add_argument("--doc", metavar="SOURCE", help="only this document")
    p.add_argument("--type", help="only this document type, e.g. interpellationssvar, protokollsutdrag")
    p.add_argument("--year", type=int, help="only documents dated this year")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("bench", parents=[common], help=cmd_bench.__doc__, description=cmd_bench.__doc__)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--out", metavar="FILE.json", help="also write the JSON here")
    p.add_argument("--scale", default="20000", metavar="N[,N...]",
                   help="chunks in the synthetic corpus, one or more sizes (default 20000; 0 skips the scale run)")
    p.add_argument("--stores", default="embedded", metavar="embedded,server",
                   help="where the scale runs keep their vectors: the embedded store and/or a `chroma run` server on "
                        "127.0.0.1 started for the run (default embedded)")
    p.add_argument("--real-sample", type=int, default=300, metavar="N",
                   help="chunks of it embedded for real to measure embedding throughput (default 300; 0 skips)")
    p.add_argument("--load", action="store_true",
                   help="instead: a load test of the app's /ask API from concurrent gradio_client sessions")
    p.add_argument("--url", help="with --load: a running app on 127.0.0.1 (default: start one on a free port)")
    p.add_argument("--clients", type=int, default=16, help="with --load: concurrent clients (default 16)")
    p.add_argument("--requests", type=int, default=200, help="with --load: questions asked in all (default 200)")
    p.add_argument("--time-limit", type=float, default=600, help="with --load: seconds before the rest is not sent")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("serve", parents=[common], help=cmd_serve.__doc__, description=cmd_serve.__doc__)
    p.set_defaults(func=cmd_serve)

    evals = PACKAGE_ROOT / "evals"
    p = sub.add_parser("eval", parents=[common], help=cmd_eval.__doc__, description=cmd_eval.__doc__)
    p.add_argument("--splits", default="dev,test,unseen", help="splits under --evals-dir to run (default dev,test,unseen)")
    p.add_argument("--evals-dir", default=str(evals), help="folder holding the split folders (default evals/)")
    p.add_argument("--set", help="instead of the splits: one QA set, JSONL (reported as split 'custom')")
    p.add_argument("--claims", help="instead of the splits: one claim set, JSONL (with --set, or alone)")
    p.add_argument("--documents", help="with --set/--claims: answer them over these documents, in an index of their own")
    p.add_argument("--out", default=str(evals / "out"), help="output folder (default evals/out)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--k", type=int, default=10, help="retrieval depth for recall@k and MRR (default 10)")
    p.add_argument("--gate", metavar="THRESHOLDS.json", help="exit 1 if a test/unseen metric is past its limit (dev is never gated)")
    p.add_argument("--compare", nargs=2, metavar=("A.json", "B.json"), help="what got better or worse from A to B (results.json of one split)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("check", parents=[common], help=cmd_check.__doc__, description=cmd_check.__doc__)
    p.add_argument("claim", nargs="?", help="the claim, e.g. \"1 812 av 9 472 fick jobb, ungefär en femtedel\"")
    p.add_argument("--claims", metavar="FILE.jsonl", help='many claims: lines {"id", "claim"}')
    p.add_argument("--text", metavar="FILE", help="a whole text (UTF-8): a verdict per sentence and a count of them")
    p.add_argument("--json", action="store_true", help="print JSON (one object per line; --text: one object)")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                   help="text (default), json (as --json) or markdown: quotes with document, title, date and offsets")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("figures", parents=[common], help=cmd_figures.__doc__, description=cmd_figures.__doc__)
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true")
    form.add_argument("--csv", action="store_true")
    p.add_argument("--doc", metavar="SOURCE", help="only this document")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("remove", parents=[common], help=cmd_remove.__doc__, description=cmd_remove.__doc__)
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="file names as `jobbtorg docs` lists them")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("docs", parents=[common], help=cmd_docs.__doc__, description=cmd_docs.__doc__)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("show", parents=[common], help=cmd_show.__doc__, description=cmd_show.__doc__)
    p.add_argument("source", help="the document's file name, as `jobbtorg docs` lists it")
    p.add_argument("--original", action="store_true", help="print the text as extracted, before cleaning")
    p.add_argument("--span", help="START:END of the cleaned text: print it, with its original span and page")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    return parser


def main(argv: list[str] | None = None) -> int:
    # `jobbtorg docs --json | head` should end quietly, as other Unix tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = build_parser().parse_args(argv)
    try:
        _refuse_undecodable(args)
        return args.func(args)
    except JobbtorgError as exc:
        print(f"jobbtorg: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jobbtorg: interrupted; the index is as it was before this run", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"jobbtorg: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the edge: one line, the traceback only when asked for
        if os.environ.get("JOBBTORG_DEBUG"):
            raise
        detail = str(exc).splitlines()[0] if str(exc) else ""
        print(f"jobbtorg: error: {type(exc).__name__}: {detail} (JOBBTORG_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 2


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Bytes on the command line that are not UTF-8 reach Python as lone
    surrogates; name the argument instead of failing deep inside."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\ud800" <= ch <= "\udfff" for ch in item):
                shown = item.encode("utf-8", "backslashreplace").decode("utf-8")
                raise JobbtorgError(f"{name.upper()} {shown!r} holds bytes that are not UTF-8")


if __name__ == "__main__":
    sys.exit(main())
