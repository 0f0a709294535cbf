"""Markdown a journalist can paste into notes as is: the question or text, the
answer or verdicts, every quote with its document, title, date and character
offsets, computations with their formulas, and when the index was built.

Pure functions of an answer, verdict or text check and a `Sources` view of the
manifest; the CLI (`--format markdown`) and the app's downloads share them.
"""

from __future__ import annotations

from dataclasses import dataclass

BADGES = {"sv": {"supported": "STÖDS", "contradicted": "MOTSÄGS", "not_found": "HITTADES INTE", "no_claim": "INGET ATT PRÖVA"},
          "en": {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "not_found": "NOT FOUND", "no_claim": "NO CLAIM"}}
_WORDS = {
    "sv": {"question": "Fråga", "answer": "Svar", "sources": "Källor", "related": "Relaterade stycken (inte källor)",
           "claim": "Påstående", "verdict": "Bedömning", "computation": "Beräkning", "text": "Text", "sentences": "Meningar",
           "counts": "Summering", "chars": "tecken", "built": "Index byggt", "undated": "odaterat",
           "related_panel": "Relaterade stycken (inga källor: frågan besvaras inte av dokumenten)",
           "read_as": "Tolkat som", "whole": "Hela dokumentet", "evidence": "Underlag", "parts": "Påståendets delar",
           "part": "del", "claimed": "påståendet", "found": "dokumenten", "status": "status"},
    "en": {"question": "Question", "answer": "Answer", "sources": "Sources", "related": "Related passages (not sources)",
           "claim": "Claim", "verdict": "Verdict", "computation": "Computation", "text": "Text", "sentences": "Sentences",
           "counts": "Summary", "chars": "characters", "built": "Index built", "undated": "undated",
           "related_panel": "Related passages (not sources: the documents do not answer the question)",
           "read_as": "Read as", "whole": "The whole document", "evidence": "Evidence", "parts": "The claim's parts",
           "part": "part", "claimed": "the claim", "found": "the documents", "status": "status"},
}
# What each checked element of a claim is called (`claim_elements.Element.element`).
ELEMENT_NAMES = {
    "sv": {"name": "namn", "party": "parti", "role": "roll", "manner": "sätt", "permanence": "varaktighet", "body": "organ", "age": "ålder",
           "date": "datum", "year": "år", "number": "tal", "proportion": "andel", "computed": "beräkning", "period": "period",
           "word": "ord"},
    "en": {"name": "name", "party": "party", "role": "role", "manner": "manner", "permanence": "permanence", "body": "body", "age": "age",
           "date": "date", "year": "year", "number": "number", "proportion": "share", "computed": "computation",
           "period": "period", "word": "word"},
}
ELEMENT_STATUS = {"sv": {"supported": "stöds", "contradicted": "motsägs", "not_found": "hittades inte"},
                  "en": {"supported": "supported", "contradicted": "contradicted", "not_found": "not found"}}


def word(language: str, key: str) -> str:
    """One of the renderings' words in a language (Swedish when it has none).

    >>> word("en", "related"), word("de", "sources")
    ('Related passages (not sources)', 'Källor')
    """
    return _WORDS.get(language, _WORDS["sv"])[key]


@dataclass(frozen=True)
class Sources:
    """What a rendering needs of the index: each document's title, type and date, and the build time."""

    documents: dict  # source -> manifest entry
    built: str | None

    @classmethod
    def of(cls, index) -> "Sources":
        return cls({d["source"]: d for d in index.documents}, index.manifest.get("updated"))


def quote_lines(passage, sources: Sources, language: str = "sv", mark: str = "-") -> list[str]:
    """> “quote” — title (type, date), file, characters start–end

    >>> from assistant.answering import Passage
    >>> s = Sources({"a.txt": {"title": "Svar på interpellation", "type": "interpellationssvar", "date": "2008-11-12"}}, None)
    >>> print("\\n".join(quote_lines(Passage("a.txt", None, "Jobbtorg skrev in 9472 personer.", 569, 602), s)))
    - “Jobbtorg skrev in 9472 personer.”
      — Svar på interpellation (interpellationssvar, 2008-11-12), a.txt, tecken 569–602
    """
    words = _WORDS[language]
    entry = sources.documents.get(passage.source, {})
    title = entry.get("title") or passage.title or passage.source
    facts = ", ".join(v for v in (entry.get("type"), entry.get("date") or words["undated"]) if v)
    return [f"{mark} “{passage.quote}”",
            f"  — {title} ({facts}), {passage.source}, {words['chars']} {passage.start}–{passage.end}"]


def _footer(sources: Sources, language: str) -> list[str]:
    return ["", f"_{_WORDS[language]['built']}: {sources.built or '?'}_"]


def _computation(computation: dict | None, language: str) -> list[str]:
    if not computation:
        return []
    text = computation.get("text") or computation.get("formula")
    return ["", f"**{_WORDS[language]['computation']}:** {text}"]


def answer_markdown(answer, sources: Sources, language: str = "sv") -> str:
    words = _WORDS[language]
    lines = [f"## {words['question']}", "", answer.question, "", f"## {words['answer']}", "", answer.answer]
    for figure in answer.figures:
        lines += _computation({"text": figure.get("text") or figure.get("formula")}, language)
    if answer.citations:
        lines += ["", f"### {words['sources']}", ""]
        for c in answer.citations:
            lines += quote_lines(c, sources, language, mark=f"[{c.n}]")
    if answer.related:
        lines += ["", f"### {words['related']}", ""]
        for c in answer.related:
            lines += quote_lines(c, sources, language)
    return "\n".join(lines + _footer(sources, language)) + "\n"


def _verdict_lines(verdict: str, explanation: str, evidence, computation, sources: Sources, language: str) -> list[str]:
    lines = [f"**{BADGES[language][verdict]}** — {explanation}"]
    lines += _computation(computation, language)
    if evidence:
        lines.append("")
        for e in evidence:
            lines += quote_lines(e, sources, language)
    return lines


def verdict_markdown(verdict, sources: Sources, language: str = "sv") -> str:
    words = _WORDS[language]
    lines = [f"## {words['claim']}", "", verdict.claim, "", f"## {words['verdict']}", ""]
    lines += _verdict_lines(verdict.verdict, verdict.explanation, verdict.evidence, verdict.computation, sources, language)
    return "\n".join(lines + _footer(sources, language)) + "\n"


def text_check_markdown(result, sources: Sources, language: str = "sv") -> str:
    words = _WORDS[language]
    counts = ", ".join(f"{BADGES[language][v]} {n}" for v, n in result.counts.items())
    lines = [f"## {words['text']}", "", result.text, "", f"**{words['counts']}:** {counts}", "", f"## {words['sentences']}"]
    for s in result.sentences:
        lines += ["", f"### {s.n}. {s.text}", f"_{words['chars']} {s.start}–{s.end}_", ""]
        lines += _verdict_lines(s.verdict, s.explanation, s.evidence, s.computation, sources, language)
    return "\n".join(lines + _footer(sources, language)) + "\n"
