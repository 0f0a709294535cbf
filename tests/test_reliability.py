"""Round two of the outside attack (issue 17): each guarantee on real components."""

from __future__ import annotations

from conftest import CORPUS, make_settings, run_cli

from assistant.chain import Assistant
from assistant.ingest import ingest
from assistant.store import open_index

NEW_DOCUMENT = (
    "Rapport om Jobbtorg Fruängen 2011\n\n"
    "Jobbtorg Fruängen öppnade i mars 2011 med tolv handläggare.\n\n"
    "Under det första året fick 143 deltagare i Fruängen ett arbete efter sin tid på jobbtorget."
)


def test_running_reader_sees_what_another_process_commits(tmp_path):
    """The app's process keeps its assistant; a CLI process ingests a new document;
    the very next question in the app is answered from it, with a citation."""
    settings = make_settings(tmp_path / "index")
    ingest([CORPUS / "000_10e06c5843140a80.txt"], settings, progress=False)
    reader = Assistant(settings)
    question = "Hur många deltagare i Fruängen fick ett arbete under det första året?"
    before = reader.ask(question)
    assert not before.citations or all(c.source != "fruangen.txt" for c in before.citations)

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "fruangen.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    run_cli("ingest", str(folder), "--quiet", env={"JOBBTORG_INDEX_DIR": str(settings.index_dir)}, check=True)

    after = reader.ask(question)
    assert "143" in after.answer
    assert [c.source for c in after.citations][:1] == ["fruangen.txt"]
    # The dense half too, not only BM25: the in-process vector store sees the new chunks.
    index = open_index(settings)
    hits = index.dense_search(index.collection(reader.embeddings), reader.embeddings.embed_query(question), 3)
    assert index.chunk(hits[0][0])[0] == "fruangen.txt"
