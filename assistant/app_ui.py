"""The Gradio app, built by `create_app()` and launched by `main()`.

Tabs: Fråga (a chat whose answers cite exact sentences, shown highlighted in
their paragraph), Granska påstående (claim check with a verdict badge),
Siffror (the figure table, searchable, as CSV, and a plot of each series),
Dokument (the index, each document's cleaned text, uploads) and Sök stycken.
All formatting is done by pure functions, tested without a server; every text
from a document or a user is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import csv
import html
import logging
import os
import re
import tempfile
import threading
import uuid
from dataclasses import replace
from pathlib import Path

# At module level, not inside create_app: the handlers' `request: gr.Request` annotations are
# strings here (postponed annotations) that Gradio resolves in this module's globals. Unresolved,
# no request is passed and every browser would share one server-side conversation.
import gradio as gr

from .chunking import split_sentences
from .config import Settings
from .errors import IndexMissing, JobbtorgError
from .numbers import format_number
from .questions import MAX_QUESTION_CHARS, MONTHS_SV, language_of
from .render import BADGES as VERDICT_LABELS
from .render import ELEMENT_NAMES, ELEMENT_STATUS, Sources, answer_markdown, text_check_markdown, verdict_markdown, word
from .uploads import receive_uploads, safe_upload_name  # noqa: F401 - safe_upload_name is part of the UI's API

DOC_COLUMNS = ["Titel", "Typ", "Datum", "Undertecknad", "Referenser", "Avsnitt", "Fil"]
FIGURE_COLUMNS = ["Dokument", "Värde", "Enhet", "Slag", "Vad den räknar", "Period", "Kvalifikator", "Mening", "Fil"]
KIND_LABELS = {"count": "antal", "percent": "procent", "money": "belopp", "duration": "tid", "rate": "takt",
               "proportion": "andel", "range": "intervall"}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
FIGURES_BY_MEANING, MEANING_SLACK = 15, 0.05  # the nearest figures, within this of the nearest
TEXT_CHARS = 10000  # a draft of a few paragraphs; each sentence is checked on its own
PASTE_GUARD = 50_000  # what a text box takes at all: past the limits above, the user is told what is kept
_COLOURS = {"supported": "#1f7a3a", "contradicted": "#b3261e", "not_found": "#5f6368", "no_claim": "#6b7280"}


def counter_js(limit: int, what: str) -> str:
    """A character counter run in the browser (no round trip per key): silent until 80 %
    of the limit, then the count, and past it what will be cut."""
    shown = format_number(limit)
    return (f"(text) => {{ const n = (text || '').length; if (n < {int(limit * 0.8)}) return ''; "
            f"const count = n.toLocaleString('sv-SE') + ' / {shown} tecken'; "
            f"return n > {limit} ? count + ' – {what} kortas till de första {shown} tecknen' : count; }}")


CSS = """
.badge {display:inline-block; padding:6px 14px; border-radius:14px; color:white; font-weight:700; letter-spacing:.05em}
.source {border-left:3px solid #ccc; padding-left:8px; margin-bottom:10px}
mark {background:#ffe58a}
/* Contrast (WCAG AA, 4.5:1) for the primary buttons' white text. */
button.primary {background: #b43c0a !important; border-color: #b43c0a !important; color: #fff !important}
button.stop {background: #a61b1b !important; border-color: #a61b1b !important; color: #fff !important}
.source.focused {outline:3px solid #f0a500; outline-offset:2px}
#chat table th, #chat table td {font-size:.85em; padding:4px 6px}
#chat table td:first-child, #chat table td:nth-child(3), #chat table td:last-child {white-space:nowrap}
/* A phone: the sources fold in right under the answer, before the question box. */
@media (max-width: 768px) {
  #ask-row {flex-direction: column}
  #chat-col {display: contents}
  #chat {order: 1}
  #sources-col {order: 2}
  #chat-col > :not(#chat) {order: 3}
  /* Five short tab names fit on one line: none hides behind the overflow menu. */
  .tab-wrapper .tab-container button {padding: 4px 6px; font-size: 14px}
}
.whole {max-height:420px; overflow:auto; white-space:pre-wrap; font-size:.9em}
"""
# Clicking [n] in an answer opens the cited document's text in the sources panel, the
# sentence highlighted and scrolled into view. Gradio renders chat links itself (and may
# open them in a new tab): the click is caught before it, on the page.
HEAD = """<script>
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#src-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const box = document.getElementById(link.getAttribute('href').slice(1));
  if (!box) return;
  // An earlier answer's sources sit folded under the latest: unfold what holds this one.
  for (let fold = box.parentElement && box.parentElement.closest('details'); fold;
       fold = fold.parentElement && fold.parentElement.closest('details')) fold.open = true;
  const whole = box.querySelector('details');
  if (whole) whole.open = true;
  const mark = (whole && whole.querySelector('mark')) || box.querySelector('mark') || box;
  mark.scrollIntoView({block: 'center'});
  document.querySelectorAll('.source.focused').forEach((b) => b.classList.remove('focused'));
  box.classList.add('focused');
}, true);
// Screen readers hear new sources and verdicts: the panels Gradio renders are marked live once they exist.
new MutationObserver(() => {
  for (const id of ['sources', 'verdict']) {
    const panel = document.getElementById(id);
    if (panel && !panel.hasAttribute('aria-live')) {
      panel.setAttribute('aria-live', 'polite');
      panel.setAttribute('role', 'region');
      panel.setAttribute('aria-label', id === 'sources' ? 'Källor' : 'Granskning');
    }
  }
}).observe(document.documentElement, {childList: true, subtree: true});
// A question is read the moment it is sent. Gradio reads its inputs a moment later, when a fast
// typist may already have the next question in the box: the first would be lost, sent twice.
window.jobbtorgSent = [];
function jobbtorgTake() {
  const box = document.querySelector('#question textarea');
  if (box) window.jobbtorgSent.push({text: box.value, at: Date.now()});
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing
      && event.target.closest && event.target.closest('#question textarea')) jobbtorgTake();
}, true);
document.addEventListener('click', (event) => {
  if (!event.target.closest) return;
  if (event.target.closest('#ask-button')) jobbtorgTake();
  // "Ny konversation" empties the box here, at the click: the server's reply comes later and
  // would wipe a question typed meanwhile.
  const box = event.target.closest('#new-button') && document.querySelector('#question textarea');
  if (box) { box.value = ''; box.dispatchEvent(new Event('input', {bubbles: true})); }
}, true);
</script>"""
EARLIER_PANELS = 8  # earlier answers whose sources stay in the panel
WHOLE_DOCUMENT_CHARS = 60_000  # longer documents open at the cited paragraph and its neighbours


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|~$:@])")
_WWW = re.compile(r"(?i)\b(www)\.")


def chat_text(text: str) -> str:
    r"""Text for the chat, shown as written: HTML escaped, Markdown and LaTeX
    characters backslashed, so neither a question nor a document can put
    markup, a link or an image into the page. ":" and "@" are escaped too: the
    chat's Markdown would otherwise turn a bare URL or address into a link.

    >>> chat_text("<img src=x onerror=alert(1)> [1](http://x) $x$ www.x.se a@b.se")
    '&lt;img src=x onerror=alert\\(1\\)&gt; \\[1\\]\\(http\\://x\\) \\$x\\$ www\\.x.se a\\@b.se'
    """
    return _WWW.sub(r"\1\\.", _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(text, quote=False)))


_CITATION_MARK = re.compile(r"\\\[(\d+)\\\]")
_TABLE_ROW = re.compile(r"^\|.*\|$")


def chat_answer(text: str, turn: int) -> str:
    r"""An answer for the chat: shown as written (`chat_text`), except that each [n] links
    to its source in the panel and the rows of an overview table stay a table.

    >>> chat_answer("Svar [1].", 2)
    'Svar [\\[1\\]](#src-2-1).'
    >>> chat_answer("| a<b | [1] |\n|---|---|", 0).splitlines()
    ['| a&lt;b | [\\[1\\]](#src-0-1) |', '| --- | --- |']
    """
    lines = []
    for line in text.split("\n"):
        if _TABLE_ROW.match(line):
            cells = line.strip("|").split("|")
            line = "| " + " | ".join(chat_text(c.strip()) if not set(c.strip()) <= set("-") else "---" for c in cells) + " |"
        else:
            line = chat_text(line)
        lines.append(_CITATION_MARK.sub(lambda m: f"[\\[{m.group(1)}\\]](#src-{turn}-{m.group(1)})", line))
    return "\n".join(lines)


def failure_message(exc: Exception) -> str:
    """What the user sees when one request fails: the domain error's own line,
    or for anything else its type only (the traceback goes to the server log)."""
    if isinstance(exc, JobbtorgError):
        return str(exc)
    return f"Frågan kunde inte besvaras ({type(exc).__name__}); appen fungerar för andra frågor, försök igen."


def document_rows(documents: list[dict]) -> list[list]:
    """Rows of the documents table: a document by its name, the file name last."""
    return [
        [d["title"] or d["source"], d["type"] or "", when(d), d["signatory"] or "", ", ".join(d["references"]),
         d["chunks"], d["source"]]
        for d in documents
    ]


def when(doc: dict, language: str = "sv") -> str:
    """A document's date, else the year its reference number gives, else that it has none.

    >>> when({"date": "2008-11-12"}), when({"date": None, "year": 2013}), when({"date": None}), when({}, "en")
    ('2008-11-12', '2013 (ur diarienumret)', 'datum saknas', 'undated')
    """
    if doc.get("date"):
        return doc["date"]
    if doc.get("year"):
        return f"{doc['year']} ({'ur diarienumret' if language == 'sv' else 'from its reference number'})"
    return "datum saknas" if language == "sv" else "undated"


def document_label(doc: dict) -> str:
    """A document as people name it: title, type and date (the file name is no name).

    >>> document_label({"title": "Svar på interpellation 2008:35", "type": "interpellationssvar", "date": "2008-11-12", "source": "a.txt"})
    'Svar på interpellation 2008:35 (interpellationssvar, 2008-11-12)'
    """
    facts = ", ".join(v for v in (doc.get("type"), when(doc)) if v)
    return f"{doc.get('title') or doc['source']} ({facts})"


def document_choices(documents: list[dict]) -> list[tuple[str, str]]:
    """Dropdown choices: the document's name shown, its file name the value."""
    return [(document_label(d), d["source"]) for d in documents]


def filter_note(documents: list[dict], filters) -> str | None:
    """What a filter (`retrieval.Filters`) leaves out that the user would not guess: every
    document, or the undated ones a year filter cannot place. None when there is nothing to say.

    >>> from assistant.retrieval import Filters
    >>> docs = [{"source": "a", "type": "rapport", "date": "2008-01-01"}, {"source": "b", "type": "rapport", "date": None}]
    >>> filter_note(docs, Filters(year=2013))
    'Inget dokument matchar filtret (år 2013). Ta bort filtret eller välj ett annat.'
    >>> filter_note(docs, Filters(year=2008))
    'Ett dokument saknar datum och kan inte tas med när du filtrerar på år: b (rapport, datum saknas).'
    """
    if not any(filters.allows(d) for d in documents):
        chosen = ", ".join(v for v in (f"dokument {filters.source}" if filters.source else "",
                                        f"typ {filters.type}" if filters.type else "",
                                        f"år {filters.year}" if filters.year else "") if v)
        return f"Inget dokument matchar filtret ({chosen}). Ta bort filtret eller välj ett annat."
    if filters.year and not filters.source:
        same_type = replace(filters, year=None)
        undated = [d for d in documents if not d.get("year") and not d.get("date") and same_type.allows(d)]
        if undated:
            count = "Ett dokument saknar" if len(undated) == 1 else f"{len(undated)} dokument saknar"
            return (f"{count} datum och kan inte tas med när du filtrerar på år: "
                    + "; ".join(document_label(d) for d in undated) + ".")
    return None


def passage_rows(hits: list[tuple[str, float, dict]], index) -> list[list]:
    rows = []
    for _, distance, meta in hits:
        record = index.record(meta["source"])
        title = index.document(meta["source"]).get("title") or meta["source"]
        rows.append([title, record.text[meta["start"] : meta["end"]], meta["start"], meta["end"], round(1 - distance, 3),
                     meta["source"]])
    return rows


def _passage_html(index, passage, label: str = "", anchor: str | None = None, language: str = "sv") -> str:
    """A passage highlighted inside its paragraph, with its document and offsets, and the
    document's whole text (folded, the passage marked) for a click on its [n] to open."""
    text = index.record(passage.source).text
    left = text.rfind("\n\n", 0, passage.start)
    right = text.find("\n\n", passage.end)
    before = text[(left + 2 if left >= 0 else 0) : passage.start]
    after = text[passage.end : right if right >= 0 else len(text)]
    meta = index.document(passage.source)
    facts = " · ".join(html.escape(v) for v in (meta.get("type"), when(meta, language), *meta.get("references", ())[:1]) if v)
    ident = f" id='{anchor}'" if anchor else ""
    # The file name is no name a reader cites: it stays in a tooltip.
    return (
        f"<div class='source'{ident}>"
        f"<p><b title='{html.escape(passage.source, quote=True)}'>{html.escape(label + (passage.title or meta.get('title') or passage.source))}</b>"
        f"<br><small>{facts} · {word(language, 'chars')} {passage.start}–{passage.end}</small></p>"
        f"<p>{html.escape(before)}<mark>{html.escape(passage.quote)}</mark>{html.escape(after)}</p>"
        f"{_whole_document(text, passage, word(language, 'whole'))}</div>"
    )


def _whole_document(text: str, passage, summary: str = "Hela dokumentet") -> str:
    start, end = 0, len(text)
    if len(text) > WHOLE_DOCUMENT_CHARS:
        start = max(0, passage.start - WHOLE_DOCUMENT_CHARS // 2)
        end = min(len(text), passage.end + WHOLE_DOCUMENT_CHARS // 2)
    head, tail = ("… " if start else ""), (" …" if end < len(text) else "")
    return (f"<details><summary>{summary}</summary><div class='whole'>"
            f"{head}{html.escape(text[start:passage.start])}<mark>{html.escape(passage.quote)}</mark>"
            f"{html.escape(text[passage.end:end])}{tail}</div></details>")


def composer_note(answer) -> str:
    """Which composer answered, and any guard that fired.

    >>> from types import SimpleNamespace as A
    >>> composer_note(A(composer="extractive", warnings=("llm_unsupported_number",)))
    'Svarat av: extraktiv (citat ur dokumenten). Språkmodellens svar användes inte: llm_unsupported_number.'
    """
    if answer.composer == "llm":
        note = "Svarat av: språkmodell (varje [n] och varje siffra kontrollerad mot källorna)."
    else:
        note = "Svarat av: extraktiv (citat ur dokumenten)."
    guards = [w for w in answer.warnings if w.startswith("llm_")]
    if guards:
        note += f" Språkmodellens svar användes inte: {', '.join(guards)}."
    return note


def sources_html(answer, index, turn: int = 0, language: str = "sv") -> str:
    """The sources panel: each cited sentence highlighted inside its paragraph, anchored
    for the [n] of answer number `turn` to open; its own words in the question's language."""
    if answer is None:
        return ""
    items = answer.citations or answer.related
    heading = word(language, "sources") if answer.citations else word(language, "related_panel")
    parts = [] if language == "en" else [f"<p class='composer'><small>{html.escape(composer_note(answer))}</small></p>"]
    if answer.resolved_question and answer.resolved_question != answer.question:
        # A follow-up was completed from the previous question: say how it was read.
        parts.append(f"<p class='reading'><small>{word(language, 'read_as')}: {html.escape(answer.resolved_question)}</small></p>")
    parts += [f"<h3>{html.escape(heading)}</h3>"] if items else []
    for figure in answer.figures:
        parts.append(f"<p><b>{word(language, 'computation')}:</b> {html.escape(figure['formula'])}</p>")
    parts += [_passage_html(index, c, f"[{c.n}] " if answer.citations else "", f"src-{turn}-{c.n}" if answer.citations else None,
                            language) for c in items]
    return "\n".join(parts)


def verdict_html(verdict, index, language: str = "sv") -> str:
    """The claim check: a badge, the explanation, the computation, the evidence; its own
    words in the claim's language."""
    label, colour = _badge(verdict.verdict, language)
    parts = [f"<span class='badge' style='background:{colour}'>{label}</span>",
             f"<p>{html.escape(verdict.explanation)}</p>"]
    if verdict.computation:
        parts.append(f"<p><b>{word(language, 'computation')}:</b> {html.escape(verdict.computation['text'])}</p>")
    if verdict.elements:
        parts.append(element_table(verdict.elements, language))
    if verdict.evidence:
        # Each piece of evidence is [n]; a click on it opens the document at the sentence.
        links = " ".join(f"<a href='#src-v-{n}'>[{n}]</a>" for n in range(1, len(verdict.evidence) + 1))
        parts.append(f"<h3>{word(language, 'evidence')} {links}</h3>")
        parts += [_passage_html(index, e, f"[{n}] ", f"src-v-{n}", language) for n, e in enumerate(verdict.evidence, 1)]
    return "\n".join(parts)


def _badge(verdict: str, language: str) -> tuple[str, str]:
    return VERDICT_LABELS.get(language, VERDICT_LABELS["sv"])[verdict], _COLOURS[verdict]


def text_check_html(result, index, language: str = "sv") -> str:
    """A whole text: the count of verdicts, then each sentence with its own badge,
    explanation, computation and evidence."""
    summary = " ".join(f"<span class='badge' style='background:{_badge(v, language)[1]}'>{_badge(v, language)[0]}: {n}</span>"
                       for v, n in result.counts.items())
    parts = [f"<p class='counts'>{summary}</p>"]
    for s in result.sentences:
        label, colour = _badge(s.verdict, language)
        parts.append(f"<div class='sentence'><p><b>{s.n}.</b> {html.escape(s.text)} "
                     f"<span class='badge' style='background:{colour}'>{label}</span></p>"
                     f"<p>{html.escape(s.explanation)}</p>")
        if s.computation:
            parts.append(f"<p><b>{word(language, 'computation')}:</b> {html.escape(s.computation['text'])}</p>")
        parts += [_passage_html(index, e, language=language) for e in s.evidence]
        parts.append("</div>")
    return "\n".join(parts)


def write_markdown(folder: Path, stem: str, markdown: str) -> Path:
    """An export file of its own per answer or check (a download never races the next one)."""
    path = folder / f"{stem}-{uuid.uuid4().hex[:8]}.md"
    path.write_text(markdown, encoding="utf-8")
    return path


def element_table(elements, language: str = "sv") -> str:
    """A row per checked element of a claim: what it says, what the documents say.

    >>> from assistant.claim_elements import Element
    >>> "<td>parti</td><td>Tomas Rudin (v)</td><td>Tomas Rudin (s)</td><td>motsägs</td>" in element_table(
    ...     [Element("party", "Tomas Rudin (v)", "Tomas Rudin (s)", "contradicted")])
    True
    >>> "<td>party</td>" in element_table([Element("party", "Tomas Rudin (v)", "Tomas Rudin (s)", "contradicted")], "en")
    True
    """
    names, status = ELEMENT_NAMES.get(language, ELEMENT_NAMES["sv"]), ELEMENT_STATUS.get(language, ELEMENT_STATUS["sv"])
    rows = "".join(f"<tr><td>{html.escape(names.get(e.element, e.element))}</td><td>{html.escape(e.claimed)}</td>"
                   f"<td>{html.escape(e.found or '–')}</td><td>{status[e.status]}</td></tr>" for e in elements)
    heads = "".join(f"<th>{word(language, key)}</th>" for key in ("part", "claimed", "found", "status"))
    return f"<table class='elements'><caption>{word(language, 'parts')}</caption><tr>{heads}</tr>{rows}</table>"


def figure_rows(figures, query: str = "", names: dict[str, str] | None = None) -> list[list]:
    """The figure table's rows, keeping those that contain every word of `query`. A figure's
    document is given by `names` (its title), its file name last."""
    from .numbers import format_number

    names = names or {}
    rows = []
    for f in figures:
        value = format_number(f.value, 2 if f.value < 1 else None)
        if f.value_high is not None:
            value += f"–{format_number(f.value_high)}"
        kind = KIND_LABELS.get(f.kind, f.kind)
        rows.append([names.get(f.source, f.source), value, f.unit or "", kind, f.counts, f.period or "", f.qualifier or "",
                     f.sentence, f.source])
    words = [_joined_digits(w) for w in query.lower().split()]
    return [r for r in rows if all(w in _joined_digits(" ".join(map(str, r)).lower()) for w in words)]


def _joined_digits(text: str) -> str:
    """ "1 812" and "1812" alike: spaces inside a number go.

    >>> _joined_digits("varav 1 812 hade fått")
    'varav 1812 hade fått'
    """
    return re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text)


def figures_by_meaning(figures, vectors, query_vector, k: int = FIGURES_BY_MEANING) -> list:
    """The figures whose own words (or, in an older index, sentence) are nearest the query
    in meaning: "fick arbete" finds "1 812 hade fått ett arbete" without sharing a word."""
    import numpy as np

    if not figures:
        return []
    scores = np.asarray([float(vectors(f) @ query_vector) for f in figures])
    order = np.argsort(-scores)[:k]
    return [figures[i] for i in order if scores[i] >= scores[order[0]] - MEANING_SLACK]


def figure_series(figures, names: dict[str, str] | None = None) -> dict[str, list[tuple[str, float]]]:
    """Series the documents give: counts of one thing, month by month, stated
    together ("971 inskrivna i januari ... 1064 i juni") in one sentence, named by
    what they count and the document's title."""
    names = names or {}
    series: dict[str, dict[str, float]] = {}
    for f in figures:
        if f.kind != "count" or f.value_high is not None:
            continue
        at = f.start - f.sentence_start
        months = [(m.start(), m.group(0).lower()) for m in re.finditer("|".join(MONTHS_SV), f.sentence, re.I)]
        if not months:
            continue
        month = min(months, key=lambda m: abs(m[0] - at))[1]
        series.setdefault(f"{f.unit} per månad ({names.get(f.source, f.source)}, tecken {f.sentence_start})", {})[month] = f.value
    return {name: sorted(points.items(), key=lambda p: MONTHS_SV.index(p[0]))
            for name, points in series.items() if len(points) >= 2}


def write_figures_csv(folder: Path, rows: list[list], plain: bool = False) -> Path:
    """The figure table as a CSV that Swedish Excel opens as written (semicolons, decimal
    commas, UTF-8 with BOM), or `plain` for scripts (commas, decimal points, no BOM; rows from
    `figure_records`), in a folder of this process's own: a name planted in the shared temp
    directory (a symlink) is never followed."""
    path = Path(folder) / ("jobbtorg-siffror-data.csv" if plain else "jobbtorg-siffror.csv")
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with open(fd, "w", newline="", encoding="utf-8" if plain else "utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter="," if plain else ";")
        writer.writerow(RECORD_COLUMNS if plain else FIGURE_COLUMNS)
        writer.writerows(rows)
    return path


RECORD_COLUMNS = ["source", "title", "value", "value_high", "unit", "kind", "counts", "period", "qualifier", "sentence",
                  "start", "end"]


def figure_records(figures, names: dict[str, str] | None = None) -> list[list]:
    """The figure table for scripts: numbers as numbers (9472.0, 0.25), names in English.

    >>> from types import SimpleNamespace as F
    >>> figure_records([F(source="a.txt", value=9472.0, value_high=None, unit="personer", kind="count", counts="skrev in",
    ...                  period="2008", qualifier=None, sentence="Skrev in 9472 personer.", start=9, end=13)], {"a.txt": "T"})
    [['a.txt', 'T', 9472.0, '', 'personer', 'count', 'skrev in', '2008', '', 'Skrev in 9472 personer.', 9, 13]]
    """
    names = names or {}
    return [[f.source, names.get(f.source, ""), f.value, "" if f.value_high is None else f.value_high, f.unit or "", f.kind,
             f.counts, f.period or "", f.qualifier or "", f.sentence, f.start, f.end] for f in figures]


def series_across_documents(figures, names: dict[str, str], years: dict[str, int | None]) -> list[tuple[str, float]]:
    """Counts (or shares) of one unit across documents, in time order, each labelled by its
    period and its document's title: a series a question "över tid" asks for.

    >>> from assistant.figures import figures_in_sentence
    >>> fs = [*figures_in_sentence("b", "I januari 2009 var 971 personer inskrivna.", 0),
    ...       *figures_in_sentence("a", "I november 2007 var 2700 personer inskrivna inom fem dagar.", 0)]
    >>> series_across_documents(fs, {"a": "Svar", "b": "Rapport"}, {"a": 2007, "b": 2009})
    [('2007 · Svar', 2700.0), ('2009 · Rapport', 971.0)]
    """
    from .overviews import time_key
    from .computing import figure_period

    pool = [f for f in figures if f.kind in ("count", "percent", "money") and f.value_high is None]
    if not pool:
        return []
    units = [f.unit for f in pool]
    unit = max(dict.fromkeys(units), key=units.count)  # the unit most of the figures found share
    chosen = sorted((f for f in pool if f.unit == unit), key=lambda f: time_key(f, years.get(f.source)))
    return [(f"{figure_period(f) or years.get(f.source) or '?'} · {names.get(f.source, f.source)[:28]}", f.value)
            for f in chosen]


def series_plot(name: str, points: list[tuple[str, float]], xlabel: str = "Månad"):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.plot([p[0] for p in points], [p[1] for p in points], marker="o")
    # The whole axis from zero: two points on a cut axis look like a landslide.
    ax.set_ylim(bottom=0, top=max(p[1] for p in points) * 1.15)
    ax.set_xlabel(xlabel)
    if len(points) > 3:
        ax.tick_params(axis="x", labelrotation=20)
    ax.set_ylabel(name.split(" per ")[0], parse_math=False)
    for month, value in points:
        ax.annotate(f"{value:g}", (month, value), textcoords="offset points", xytext=(0, 6), ha="center")
    # A document's words are text, never mathtext: "$…^{" in a name must not crash the plot.
    ax.set_title(name, parse_math=False)
    fig.tight_layout()
    return fig


def _log_failure(what: str, exc: Exception) -> None:
    logging.getLogger("jobbtorg.app").error("%s failed: %s: %s", what, type(exc).__name__, exc,
                                            exc_info=not isinstance(exc, JobbtorgError))


def ensure_index(settings: Settings) -> None:
    """Build the index from the shipped corpus on first start."""
    from .store import Index

    try:
        Index(settings)
    except IndexMissing:
        from .ingest import ingest

        print(f"no index in {settings.index_dir}: building it from {settings.corpus_dir} ...", flush=True)
        report = ingest([settings.corpus_dir], settings)
        print(report.summary(), flush=True)


class Conversation:
    """One browser session's chat, kept on the server. `turn` lets one question be answered at a
    time, in the order sent; `epoch` moves on when the conversation is cleared or stopped, and an
    answer of an older epoch is dropped instead of written over the new conversation."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.asked: list[str] = []
        self.panels: list[str] = []  # earlier answers' sources, newest last: their [n] still open
        self.epoch = 0
        self.turn = threading.Lock()
        self._edit = threading.Lock()
        self._answered = threading.Condition(self._edit)
        self._running: dict[int, int] = {}  # epoch: answers of it still on their way

    def add(self, question: str, placeholder: str) -> tuple[int, int]:
        """The question and its placeholder; the answer's `done` must follow."""
        with self._edit:
            self.messages += [{"role": "user", "content": question}, {"role": "assistant", "content": placeholder}]
            self._running[self.epoch] = self._running.get(self.epoch, 0) + 1
            return self.epoch, len(self.messages) - 1

    def done(self, epoch: int) -> None:
        with self._edit:
            self._running[epoch] -= 1
            self._answered.notify_all()

    def settled(self, timeout: float = 10.0) -> list[dict]:
        """The chat once every answer of an earlier epoch has dropped itself. Gradio may deliver
        such an answer's last message after the reply that cleared or stopped the chat; this
        comes after both and is the last word."""
        with self._answered:
            self._answered.wait_for(lambda: not any(n for e, n in self._running.items() if e < self.epoch), timeout)
            return [dict(m) for m in self.messages]

    def busy(self) -> bool:
        return self.turn.locked()

    def put(self, epoch: int, slot: int, content: str, resolved: str | None = None) -> bool:
        """Write into the placeholder at `slot`, if the conversation is still the one it was sent in."""
        with self._edit:
            if epoch != self.epoch:
                return False
            self.messages[slot] = {"role": "assistant", "content": content}
            if resolved is not None:
                self.asked.append(resolved)
            return True

    def sources(self, latest: str, language: str = "sv") -> str:
        """The latest answer's sources, the earlier answers' folded under them (the newest
        first, at most EARLIER_PANELS), so a [n] in an older answer still opens its source."""
        with self._edit:
            earlier = self.panels[::-1]
            self.panels = [*self.panels, latest][-EARLIER_PANELS:]
        if not earlier:
            return latest
        summary = "Tidigare svars källor" if language == "sv" else "Sources of earlier answers"
        return latest + f"<details class='earlier'><summary>{summary}</summary>{''.join(earlier)}</details>"

    def shown(self) -> list[dict]:
        with self._edit:
            return [dict(m) for m in self.messages]

    def reset(self) -> None:
        with self._edit:
            self.epoch += 1
            self.messages, self.asked, self.panels = [], [], []

    def stop(self) -> None:
        """Drop every answer still coming; the questions stay, marked as stopped."""
        with self._edit:
            self.epoch += 1
            self.messages = [m if m["role"] == "user" or m["content"] not in PLACEHOLDERS else {**m, "content": "(stoppad)"}
                             for m in self.messages]


# The interface in Swedish and English: Gradio picks the table by the browser's language.
UI_TEXT = {
    "title": ("# Jobbtorg-assistenten\nStockholms stads dokument om Jobbtorg, med exakta källhänvisningar.",
              "# The Jobbtorg assistant\nStockholm's documents on Jobbtorg, with exact citations."),
    "tab_ask": ("Fråga", "Ask"), "tab_check": ("Granska", "Check"), "tab_figures": ("Siffror", "Figures"),
    "tab_documents": ("Dokument", "Documents"), "tab_search": ("Sök", "Search"),
    "chat": ("Svar ur dokumenten", "Answers from the documents"),
    "question": ("Din fråga (svenska eller engelska)", "Your question (Swedish or English)"),
    "question_hint": ("Hur många fick arbete i juni?", "How many found work in June?"),
    "ask": ("Fråga", "Ask"), "stop": ("Stoppa", "Stop"), "new": ("Ny konversation", "New conversation"),
    "examples": ("Exempelfrågor", "Example questions"), "filters": ("Filter", "Filters"),
    "document": ("Dokument", "Document"), "type": ("Typ", "Type"), "year": ("År", "Year"),
    "sources": ("Källor", "Sources"), "download_answer": ("Ladda ner svaret (Markdown)", "Download the answer (Markdown)"),
    "claim": ("Påstående eller hel text (en bedömning per mening)", "A claim or a whole text (a verdict per sentence)"),
    "claim_hint": ("1 812 av 9 472 fick jobb, ungefär en femtedel", "1 812 of 9 472 got a job, about a fifth"),
    "check": ("Granska", "Check"), "download_check": ("Ladda ner granskningen (Markdown)", "Download the check (Markdown)"),
    "figure_search": ("Sök bland siffrorna", "Search the figures"), "figure_hint": ("procent, inskrivna, 2008 ...",
                                                                                 "procent, inskrivna, 2008 ..."),
    "figure_table": ("Alla siffror i dokumenten", "Every figure in the documents"),
    "csv": ("Ladda ner som CSV (Excel)", "Download as CSV (Excel, Swedish)"),
    "draw": ("Rita träffarna över tid", "Plot the matches over time"),
    "matches_plot": ("Träffarna över dokumenten", "The matches across documents"),
    "csv_data": ("CSV för skript (komma, decimalpunkt)", "CSV for scripts (comma, decimal point)"), "series": ("Serie", "Series"),
    "series_plot": ("Serie ur dokumenten", "A series from the documents"),
    "documents": ("Indexerade dokument", "Indexed documents"), "open": ("Öppna dokument", "Open a document"),
    "clean_text": ("Rensad text (det som citeras)", "Cleaned text (what citations quote)"),
    "refresh": ("Uppdatera listan", "Refresh the list"), "add": ("Lägg till i index", "Add to the index"),
    "replace": ("Ersätt dokument med samma namn (annars sparas uppladdningen under ett eget namn)",
                "Replace a document of the same name (otherwise the upload is kept under a name of its own)"),
    "per_file": ("Resultat per fil", "Result per file"), "no_files": ("Inga filer valda.", "No files chosen."),
    "search": ("Sök (svenska eller engelska)", "Search (Swedish or English)"),
    "search_hint": ("Hur många skrevs in på Jobbtorg 2008?", "How many enrolled at Jobbtorg in 2008?"),
    "search_button": ("Sök", "Search"),
}


def ui_translations() -> dict[str, dict[str, str]]:
    """Gradio's i18n tables: {language: {key: text}}.

    >>> ui_translations()["en"]["tab_check"], ui_translations()["sv"]["tab_check"]
    ('Check', 'Granska')
    """
    return {"sv": {k: v[0] for k, v in UI_TEXT.items()}, "en": {k: v[1] for k, v in UI_TEXT.items()}}


PLACEHOLDERS = ("I kö …", "Söker i dokumenten …")
# The question is the one HEAD's listeners took when it was sent (an API call has none: its
# own). The box empties in the browser: emptied by the server, it could wipe a next question
# typed meanwhile.
TAKE_QUESTION = """(question, doc, type, year) => {
  const sent = window.jobbtorgSent || [];
  while (sent.length && Date.now() - sent[0].at > 10000) sent.shift();  // a send Gradio never ran
  if (sent.length) question = sent.shift().text;
  setTimeout(() => {
    const box = document.querySelector('#question textarea');
    if (box && box.value === question) { box.value = ''; box.dispatchEvent(new Event('input', {bubbles: true})); }
  }, 0);
  return [question, doc, type, year];
}"""


def create_app(settings: Settings):
    from .chain import Assistant
    from .loading import SUPPORTED_SUFFIXES
    from .retrieval import Filters, normalise_type
    from .store import open_index

    assistant = Assistant(settings)
    can_upload = uploads_allowed(settings)

    def load_index():
        return open_index(settings)

    def guarded(what: str, call):
        """Run one request's work; a failure becomes one message to that user
        (the traceback goes to the log) and the app goes on serving."""
        try:
            return call()
        except Exception as exc:  # noqa: BLE001
            _log_failure(what, exc)
            raise gr.Error(failure_message(exc)) from None

    def all_figures():
        index = load_index()
        return [f for d in index.documents for f in index.figures(d["source"])]

    def names():
        return {d["source"]: d.get("title") or d["source"] for d in load_index().documents}

    def list_documents():
        return document_rows(load_index().documents)

    def show_document(source: str):
        if not source:
            return ""
        return load_index().record(source).text

    def search(query: str):
        query = (query or "").strip()[:2000]
        if not query:
            return []
        index = load_index()
        hits = guarded("search", lambda: index.dense_search(index.collection(assistant.embeddings),
                                                            assistant.embeddings.embed_query(query), 5))
        return passage_rows(hits, index)

    exports = Path(tempfile.mkdtemp(prefix="jobbtorg-export-"))

    conversations: dict[str, Conversation] = {}

    def conversation(request: gr.Request | None) -> Conversation:
        return conversations.setdefault(getattr(request, "session_hash", None) or "", Conversation())

    def respond(message: str, doc: str | None, doc_type: str | None, year: str | float | None,
                request: gr.Request = None):
        """One question of a session. Questions sent while another is answered wait their turn
        (in order, on the session's lock) and show at once; the chat is the session's own on the
        server, so no answer overwrites another; a cleared or stopped conversation drops what
        is still coming."""
        talk = conversation(request)
        message = (message or "")[:PASTE_GUARD].strip()  # the API has no text box to stop a runaway paste
        if not message:
            gr.Warning("Skriv en fråga först.", duration=4)  # an empty question is not silently ignored
            yield talk.shown(), gr.update(), gr.update(), gr.update()
            return
        # `ask` cuts a long question and its answer says so; the chat echoes what is answered.
        shown = message if len(message) <= MAX_QUESTION_CHARS else message[:MAX_QUESTION_CHARS - 2] + " …"
        filters = guarded("ask", lambda: Filters(source=doc or None, type=normalise_type(doc_type) if doc_type else None,
                                                 year=int(year) if year else None))
        epoch, slot = talk.add(chat_text(shown), "I kö …" if talk.busy() else "Söker i dokumenten …")
        try:
            yield talk.shown(), gr.update(), gr.update(), gr.update()
            with talk.turn:
                if talk.epoch != epoch:
                    yield talk.shown(), gr.update(), gr.update(), gr.update()
                    return  # "Ny konversation" or "Stoppa" came first
                talk.put(epoch, slot, "Söker i dokumenten …")
                yield talk.shown(), gr.update(), gr.update(), gr.update()
                index = load_index()
                note = filter_note(index.documents, filters)
                if note and note.startswith("Inget dokument"):
                    # A filter nothing passes is the answer, not a decline about the question.
                    talk.put(epoch, slot, chat_text(note))
                    yield talk.shown(), f"<p class='filter-note'>{html.escape(note)}</p>", gr.update(), gr.update(visible=False)
                    return
                try:
                    answer = guarded("ask", lambda: assistant.ask(message, history=list(talk.asked), filters=filters))
                except gr.Error as failure:
                    talk.put(epoch, slot, chat_text(failure.message))  # the placeholder does not wait forever
                    raise
                turn = len(talk.asked)
                if not talk.put(epoch, slot, chat_answer(answer.answer, turn), answer.resolved_question):
                    yield talk.shown(), gr.update(), gr.update(), gr.update()
                    return  # stopped or cleared while it was answered: the answer is dropped
                export = write_markdown(exports, "svar", answer_markdown(answer, Sources.of(index), language_of(message)))
                panel = (f"<p class='filter-note'>{html.escape(note)}</p>" if note else "") + talk.sources(
                    sources_html(answer, index, turn, language_of(message)), language_of(message))
                yield talk.shown(), panel, gr.update(), gr.update(value=str(export), visible=True)
                # Gradio runs on once that yield is sent: a "Ny konversation" or "Stoppa" that came while it
                # was on its way may have been shown first and then overwritten by it. Say the news last.
                if talk.epoch != epoch:
                    yield talk.shown(), "", gr.update(), gr.update(visible=False)
        finally:
            talk.done(epoch)  # what `settle` waits for

    def new_conversation(request: gr.Request = None):
        conversation(request).reset()
        return [], "", gr.update(), gr.update(visible=False)

    def forget(request: gr.Request = None):
        """A closed tab's conversation goes with it."""
        conversations.pop(getattr(request, "session_hash", None) or "", None)

    def stop(request: gr.Request = None):
        talk = conversation(request)
        talk.stop()
        return talk.shown()

    def settle(request: gr.Request = None):
        return conversation(request).settled()

    def check_claim(claim: str):
        """One sentence: its verdict; a longer text: a verdict per sentence. Either can be downloaded."""
        claim = (claim or "").strip()
        if not claim:
            gr.Warning("Skriv ett påstående eller klistra in en text först.", duration=4)
            return "<p>Skriv ett påstående att granska.</p>", gr.update(visible=False)
        notice = ""
        if len(claim) > TEXT_CHARS:
            notice = (f"<p class='notice'>Texten var {format_number(len(claim))} tecken; de första "
                      f"{format_number(TEXT_CHARS)} granskas.</p>")
            claim = claim[:TEXT_CHARS]
        index = load_index()
        language = language_of(claim)
        if len(split_sentences(claim)) > 1:
            result = guarded("check", lambda: assistant.check_text(claim))
            page, markdown = text_check_html(result, index, language), text_check_markdown(result, Sources.of(index), language)
        else:
            verdict = guarded("check", lambda: assistant.check(claim))
            page, markdown = verdict_html(verdict, index, language), verdict_markdown(verdict, Sources.of(index), language)
        return notice + page, gr.update(value=str(write_markdown(exports, "granskning", markdown)), visible=True)

    def ask_api(question: str) -> dict:
        """The answer as `jobbtorg ask --json` prints it (for scripts and the load test)."""
        return guarded("ask", lambda: assistant.ask(question or "").to_json())

    def check_api(claim: str) -> dict:
        """The verdict as `jobbtorg check --json` prints it."""
        return guarded("check", lambda: assistant.check(claim or "").to_json())

    def matching_figures(query: str) -> list:
        """Every figure whose row holds each word of the query, else the figures nearest it in meaning."""
        figures = all_figures()
        words = [_joined_digits(w) for w in (query or "").lower().split()]
        if not words:
            return figures
        kept = [f for f, row in zip(figures, figure_rows(figures, names=names()))
                if all(w in _joined_digits(" ".join(map(str, row)).lower()) for w in words)]
        if kept:
            return kept
        import numpy as np

        from .answering import ExtractiveComposer

        composer = ExtractiveComposer(load_index(), assistant.embeddings)

        def vector(figure):
            own = composer._figure_vector(figure)
            return own if own is not None else composer._sentence_vector(figure)

        query_vector = np.asarray(assistant.embeddings.embed_query(query), dtype=np.float32)
        return figures_by_meaning(figures, vector, query_vector)

    def filter_figures(query: str):
        return figure_rows(matching_figures(query), names=names())

    def plot_matches(query: str):
        """The figures found, as a series across documents in time order (one unit: the first found's)."""
        points = series_across_documents(matching_figures(query), names(), load_index().document_years)
        if len(points) < 2:
            gr.Warning("Sökningen ger färre än två siffror av samma slag att rita.", duration=4)
            return gr.update(visible=False)
        return gr.update(value=series_plot(f"{(query or '').strip()}: över dokumenten", points, xlabel="Period · dokument"),
                         visible=True)

    def figures_csv():
        return str(write_figures_csv(exports, figure_rows(all_figures(), names=names())))

    def figures_data_csv():
        return str(write_figures_csv(exports, figure_records(all_figures(), names()), plain=True))

    def plot_series(name: str):
        points = figure_series(all_figures(), names()).get(name)
        return series_plot(name, points) if points else None

    def upload(files, replace: bool = False, progress=gr.Progress()):  # noqa: B008 - how Gradio injects a progress bar
        if not can_upload:
            raise gr.Error("Uppladdning är avstängd: sätt JOBBTORG_ALLOW_UPLOAD=1 eller JOBBTORG_AUTH.")
        if not files:
            return [], gr.update()
        progress(0.2, desc="indexerar")
        received = [(getattr(item, "orig_name", None) or Path(getattr(item, "name", item)).name, Path(getattr(item, "name", item)))
                    for item in files]
        try:
            results = guarded("upload", lambda: receive_uploads(received, settings, replace=bool(replace)))
        finally:
            for _, temp in received:  # Gradio's copy in its cache: what we keep is under the index
                temp.unlink(missing_ok=True)
        rows = [[r.name, r.status, r.detail] for r in results]
        return rows, gr.update(choices=document_choices(load_index().documents))

    index = load_index()
    sources = [d["source"] for d in index.documents]
    choices = document_choices(index.documents)
    types = sorted({d["type"] for d in index.documents if d.get("type")})
    # The years documents belong to (by date, else by reference number): a year nothing has is not offered.
    years = sorted({d.get("year") or int(d["date"][:4]) for d in index.documents if d.get("year") or d.get("date")})
    series = figure_series(all_figures(), names())
    examples = ["Hur många personer skrev Jobbtorg Stockholm in januari–oktober 2008?",
                "Hur många fler var inskrivna i juni än i januari?",
                "How much was the funding for adult education raised?"]
    # Gradio keeps every file sent to it; files older than an hour go, hourly.
    t = gr.I18n(**ui_translations())
    with gr.Blocks(title="Jobbtorg-assistenten", delete_cache=(3600, 3600)) as app:
        gr.Markdown(t("title"))
        with gr.Tab(t("tab_ask")):
            with gr.Row(elem_id="ask-row"):
                with gr.Column(scale=3, elem_id="chat-col"):
                    # No share icon: it posts to Hugging Face, which this app never talks to.
                    chat = gr.Chatbot(label=t("chat"), height=420, sanitize_html=True, latex_delimiters=[],
                                      elem_id="chat", buttons=["copy", "copy_all"])
                    # A paste longer than the limit is kept and cut by `ask`, which says so; the
                    # counter warns first. The box's own limit only stops runaway input.
                    question = gr.Textbox(label=t("question"), placeholder=t("question_hint"),
                                          max_length=PASTE_GUARD, elem_id="question")
                    question_count = gr.Markdown("", elem_id="question-count")
                    question.input(None, inputs=question, outputs=question_count, js=counter_js(MAX_QUESTION_CHARS, "frågan"))
                    with gr.Row():
                        ask = gr.Button(t("ask"), variant="primary", elem_id="ask-button")
                        stop_button = gr.Button(t("stop"), variant="stop")
                        clear = gr.Button(t("new"), elem_id="new-button")
                    gr.Examples(examples, inputs=question, label=t("examples"))
                    with gr.Accordion(t("filters"), open=False):
                        doc_filter = gr.Dropdown(choices=[("Alla dokument", "")] + choices, value="", label=t("document"))
                        type_filter = gr.Dropdown(choices=[""] + types, value="", label=t("type"))
                        year_filter = gr.Dropdown(choices=[("Alla år", "")] + [(str(y), str(y)) for y in years], value="",
                                                  label=t("year"))
                with gr.Column(scale=2, elem_id="sources-col"):
                    panel = gr.HTML(label=t("sources"), elem_id="sources")
                    answer_export = gr.DownloadButton(t("download_answer"), visible=False, elem_id="answer-export")
            inputs = [question, doc_filter, type_filter, year_filter]
            outputs = [chat, panel, question, answer_export]
            # "multiple": a question sent while one is answered is queued, never dropped; the
            # waiting is on the session's own lock, so no limit here holds other users up.
            ask.click(respond, inputs=inputs, outputs=outputs, trigger_mode="multiple", concurrency_limit=None,
                      api_name="respond", js=TAKE_QUESTION)
            question.submit(respond, inputs=inputs, outputs=outputs, trigger_mode="multiple", concurrency_limit=None,
                            api_name=False, js=TAKE_QUESTION)
            # No cancelling of running events: an answer on its way sees the conversation moved
            # on (its epoch) and drops itself, whatever the order the events reach the server in.
            stop_button.click(stop, outputs=chat).then(settle, outputs=chat, concurrency_limit=None)
            clear.click(new_conversation, outputs=outputs).then(settle, outputs=chat, concurrency_limit=None)
            app.unload(forget)
        with gr.Tab(t("tab_check")):
            claim = gr.Textbox(label=t("claim"), lines=3, placeholder=t("claim_hint"), max_length=PASTE_GUARD)
            claim_count = gr.Markdown("", elem_id="claim-count")
            claim.input(None, inputs=claim, outputs=claim_count, js=counter_js(TEXT_CHARS, "texten"))
            check = gr.Button(t("check"), variant="primary")
            verdict = gr.HTML(elem_id="verdict")
            check_export = gr.DownloadButton(t("download_check"), visible=False, elem_id="check-export")
            check.click(check_claim, inputs=claim, outputs=[verdict, check_export], api_name="check_claim")
        with gr.Tab(t("tab_figures")):
            figure_query = gr.Textbox(label=t("figure_search"), placeholder=t("figure_hint"))
            figure_table = gr.Dataframe(value=figure_rows(all_figures(), names=names()), headers=FIGURE_COLUMNS, interactive=False,
                                        wrap=True, label=t("figure_table"), elem_id="figure-table")
            figure_query.change(filter_figures, inputs=figure_query, outputs=figure_table, api_name="filter_figures")
            draw = gr.Button(t("draw"), elem_id="draw-matches")
            # Hidden until drawn: Gradio's empty plot carries an aria-label its div may not have.
            matches_plot = gr.Plot(label=t("matches_plot"), elem_id="matches-plot", visible=False)
            draw.click(plot_matches, inputs=figure_query, outputs=matches_plot)
            with gr.Row():
                gr.DownloadButton(t("csv"), value=figures_csv, elem_id="csv-excel")
                gr.DownloadButton(t("csv_data"), value=figures_data_csv, elem_id="csv-data")
            if series:
                chosen_series = gr.Dropdown(choices=list(series), value=next(iter(series)), label=t("series"))
                plot = gr.Plot(value=series_plot(next(iter(series)), series[next(iter(series))]), label=t("series_plot"))
                chosen_series.change(plot_series, inputs=chosen_series, outputs=plot)
        with gr.Tab(t("tab_documents")):
            table = gr.Dataframe(value=list_documents(), headers=DOC_COLUMNS, interactive=False, label=t("documents"))
            chosen = gr.Dropdown(choices=choices, label=t("open"), value=sources[0] if sources else None)
            text = gr.Textbox(value=show_document(sources[0]) if sources else "", label=t("clean_text"), lines=20)
            chosen.change(show_document, inputs=chosen, outputs=text)
            gr.Button(t("refresh")).click(list_documents, outputs=table)
            if can_upload:
                # A plain button, not Gradio's drop zone: that nests a button in a button (axe: nested-interactive).
                picker = gr.UploadButton(f"Välj dokument ({', '.join(SUPPORTED_SUFFIXES)}; högst {settings.max_file_mb:.0f} MB)",
                                         file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), elem_id="upload")
                picked = gr.Markdown(t("no_files"), elem_id="picked")
                picker.upload(lambda chosen_files: "Valda: " + ", ".join(
                    Path(getattr(f, "name", f)).name for f in chosen_files or []), inputs=picker, outputs=picked)
                replace = gr.Checkbox(value=False, label=t("replace"))
                add = gr.Button(t("add"), variant="primary")
                results = gr.Dataframe(headers=["Fil", "Resultat", "Detalj"], interactive=False, label=t("per_file"))
                add.click(upload, inputs=[picker, replace], outputs=[results, chosen]).then(list_documents, outputs=table)
            else:
                gr.Markdown("Uppladdning är avstängd (sätt `JOBBTORG_ALLOW_UPLOAD=1`, eller `JOBBTORG_AUTH`).")
        with gr.Tab(t("tab_search")):
            query = gr.Textbox(label=t("search"), placeholder=t("search_hint"))
            found = gr.Dataframe(headers=["Dokument", "Stycke", "Start", "Slut", "Likhet", "Fil"], interactive=False, wrap=True,
                                 elem_id="search-results")
            query.submit(search, inputs=query, outputs=found)
            gr.Button(t("search_button")).click(search, inputs=query, outputs=found)
        gr.api(ask_api, api_name="ask")
        gr.api(check_api, api_name="check")
    app.jobbtorg_i18n = t  # launch() hands it to Gradio
    return app


def main(settings: Settings | None = None) -> None:
    """Start the app: with the settings `jobbtorg serve` built from its flags, or from the environment."""
    try:
        settings = settings or Settings.from_env()
        host = os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1")
        port = int(os.environ.get("GRADIO_SERVER_PORT", "7860"))
        if host not in LOCAL_HOSTS and not settings.auth:
            msg = f"binding {host} exposes the app: set JOBBTORG_AUTH=user:password (or bind 127.0.0.1)"
            raise JobbtorgError(msg)
        ensure_index(settings)
        app = create_app(settings)
    except JobbtorgError as exc:
        raise SystemExit(f"jobbtorg: error: {exc}") from None
    launch(app, settings, host, port)


def launch(app, settings: Settings, host: str = "127.0.0.1", port: int = 7860, **extra):
    """Serve the app with its guards: login throttle, upload route closed when
    uploads are off, Gradio's size limit and cache cleaning, allowed hosts."""
    from starlette.middleware import Middleware

    from .web_guard import GuardMiddleware

    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    guard = Middleware(GuardMiddleware, uploads_allowed=uploads_allowed(settings), allowed_hosts=settings.allowed_hosts)
    return app.queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, auth=auth, css=CSS, head=HEAD, footer_links=[], i18n=getattr(app, "jobbtorg_i18n", None), max_file_size=f"{int(settings.max_file_mb)}mb",
        app_kwargs={"middleware": [guard]}, **extra)


def uploads_allowed(settings: Settings) -> bool:
    return settings.allow_upload or bool(settings.auth)
