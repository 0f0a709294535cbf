"""The Gradio app, built by `create_app()` and launched by `main()`.

Tabs: a chat whose answers cite exact sentences (shown highlighted in their
surrounding text), the indexed documents with their cleaned text, and a
passage search. Formatting is done by pure functions, tested without a server.
"""

from __future__ import annotations

import html
import os

from .config import Settings
from .errors import IndexMissing, JobbtorgError

DOC_COLUMNS = ["Källa", "Titel", "Typ", "Datum", "Undertecknad", "Referenser", "Avsnitt"]


def document_rows(documents: list[dict]) -> list[list]:
    """Rows of the documents table (pure: tested without a server)."""
    return [
        [d["source"], d["title"] or "", d["type"] or "", d["date"] or "", d["signatory"] or "",
         ", ".join(d["references"]), d["chunks"]]
        for d in documents
    ]


def passage_rows(hits: list[tuple[str, float, dict]], index) -> list[list]:
    rows = []
    for _, distance, meta in hits:
        record = index.record(meta["source"])
        rows.append([meta["source"], record.text[meta["start"] : meta["end"]], meta["start"], meta["end"], round(1 - distance, 3)])
    return rows


def sources_html(answer, index) -> str:
    """The sources panel: each cited sentence highlighted inside its paragraph."""
    if answer is None:
        return ""
    items = answer.citations or answer.related
    heading = "Källor" if answer.citations else "Relaterade stycken (inga källor: frågan besvaras inte av dokumenten)"
    parts = [f"<h3>{html.escape(heading)}</h3>"] if items else []
    for c in items:
        text = index.record(c.source).text
        left = text.rfind("\n\n", 0, c.start)
        right = text.find("\n\n", c.end)
        before = text[(left + 2 if left >= 0 else 0) : c.start]
        after = text[c.end : right if right >= 0 else len(text)]
        meta = index.document(c.source)
        label = f"[{c.n}] " if answer.citations else ""
        parts.append(
            "<div class='source'>"
            f"<p><b>{html.escape(label + (c.title or c.source))}</b><br><small>{html.escape(c.source)}"
            f"{' · ' + html.escape(meta['date']) if meta.get('date') else ''} · tecken {c.start}–{c.end}</small></p>"
            f"<p>{html.escape(before)}<mark>{html.escape(c.quote)}</mark>{html.escape(after)}</p></div>"
        )
    return "\n".join(parts)


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


def create_app(settings: Settings):
    import gradio as gr

    from .chain import Assistant
    from .embeddings import get_embeddings
    from .retrieval import Filters, normalise_type
    from .store import open_index

    assistant = Assistant(settings)

    def load_index():
        return open_index(settings)

    def respond(message: str, chat: list, asked: list, doc: str | None, doc_type: str | None, year: float | None):
        message = (message or "").strip()
        if not message:
            return chat, asked, gr.update(), ""
        try:
            filters = Filters(source=doc or None, type=normalise_type(doc_type) if doc_type else None,
                              year=int(year) if year else None)
            answer = assistant.ask(message, history=asked, filters=filters)
        except JobbtorgError as exc:
            raise gr.Error(str(exc)) from None
        chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": answer.answer}]
        return chat, [*asked, answer.resolved_question], sources_html(answer, load_index()), ""

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
        embeddings = get_embeddings(settings)
        try:
            hits = index.dense_search(index.collection(embeddings), embeddings.embed_query(query), 5)
        except JobbtorgError as exc:
            raise gr.Error(str(exc)) from None
        return passage_rows(hits, index)

    sources = [d["source"] for d in load_index().documents]
    types = sorted({d["type"] for d in load_index().documents if d.get("type")})
    examples = ["Hur många personer skrev Jobbtorg Stockholm in januari–oktober 2008?",
                "Hur många platser per vecka har Enskede-Årsta-Vantör tilldelats?",
                "How much was the funding for adult education raised?"]
    with gr.Blocks(title="Jobbtorg-assistenten") as app:
        gr.Markdown("# Jobbtorg-assistenten\nStockholms stads dokument om Jobbtorg, med exakta källhänvisningar.")
        with gr.Tab("Fråga"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="Svar ur dokumenten", height=420)
                    question = gr.Textbox(label="Din fråga (svenska eller engelska)", placeholder="Hur många fick arbete i juni?")
                    with gr.Row():
                        ask = gr.Button("Fråga", variant="primary")
                        clear = gr.Button("Ny konversation")
                    gr.Examples(examples, inputs=question, label="Exempelfrågor")
                    with gr.Accordion("Filter", open=False):
                        doc_filter = gr.Dropdown(choices=[""] + sources, value="", label="Dokument")
                        type_filter = gr.Dropdown(choices=[""] + types, value="", label="Typ")
                        year_filter = gr.Number(label="År", precision=0, value=None)
                with gr.Column(scale=2):
                    panel = gr.HTML(label="Källor")
            asked = gr.State([])
            inputs = [question, chat, asked, doc_filter, type_filter, year_filter]
            outputs = [chat, asked, panel, question]
            ask.click(respond, inputs=inputs, outputs=outputs)
            question.submit(respond, inputs=inputs, outputs=outputs)
            clear.click(lambda: ([], [], "", ""), outputs=outputs)
        with gr.Tab("Dokument"):
            table = gr.Dataframe(value=list_documents(), headers=DOC_COLUMNS, interactive=False, label="Indexerade dokument")
            chosen = gr.Dropdown(choices=sources, label="Öppna dokument", value=sources[0] if sources else None)
            text = gr.Textbox(value=show_document(sources[0]) if sources else "", label="Rensad text (det som citeras)", lines=20)
            chosen.change(show_document, inputs=chosen, outputs=text)
            gr.Button("Uppdatera listan").click(list_documents, outputs=table)
        with gr.Tab("Sök stycken"):
            query = gr.Textbox(label="Sök (svenska eller engelska)", placeholder="Hur många skrevs in på Jobbtorg 2008?")
            results = gr.Dataframe(headers=["Källa", "Stycke", "Start", "Slut", "Likhet"], interactive=False, wrap=True)
            query.submit(search, inputs=query, outputs=results)
            gr.Button("Sök").click(search, inputs=query, outputs=results)
    return app


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def main() -> None:
    try:
        settings = Settings.from_env()
        host = os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1")
        port = int(os.environ.get("GRADIO_SERVER_PORT", "7860"))
        if host not in LOCAL_HOSTS and not settings.auth:
            msg = f"binding {host} exposes the app: set JOBBTORG_AUTH=user:password (or bind 127.0.0.1)"
            raise JobbtorgError(msg)
        ensure_index(settings)
        app = create_app(settings)
    except JobbtorgError as exc:
        raise SystemExit(f"jobbtorg: error: {exc}") from None
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    app.queue(default_concurrency_limit=4).launch(server_name=host, server_port=port, auth=auth)
