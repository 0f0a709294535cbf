"""The Gradio app, built by `create_app()` and launched by `main()`.

This first version browses the index: the documents with their metadata, the
cleaned text each citation will quote, and a passage search over the vectors.
The chat, claim check and figure tabs are added by their own issues.
"""

from __future__ import annotations

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

    from .embeddings import get_embeddings
    from .store import Index

    def load_index():
        return Index(settings)

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
    with gr.Blocks(title="Jobbtorg-assistenten") as app:
        gr.Markdown("# Jobbtorg-assistenten\nStockholms stads dokument om Jobbtorg, med exakta källhänvisningar.")
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
