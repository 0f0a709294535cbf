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


def _launch(settings):
    """The app as `jobbtorg serve` starts it, guards included, on a free local port."""
    import socket

    from assistant.app_ui import create_app, launch

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(settings)
    launch(app, settings, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    return app, f"http://127.0.0.1:{port}/"


def test_upload_under_a_shipped_name_never_replaces_it_silently(shipped_index, tmp_path):
    import shutil

    from gradio_client import Client, handle_file

    index_dir = tmp_path / "index"
    shutil.copytree(shipped_index.index_dir, index_dir)
    settings = make_settings(index_dir, allow_upload=True)
    official = "004_7c361c27759a4a85.txt"
    official_chunks = open_index(settings).document(official)["chunks"]
    forged = tmp_path / "forged" / official
    forged.parent.mkdir()
    forged.write_text("Jobbtorg Stockholm\n\nAv aspiranterna fick 99 procent arbete direkt enligt redovisningen.",
                      encoding="utf-8")
    app, url = _launch(settings)
    try:
        client = Client(url, verbose=False)
        cached = _upload_dir_files(app)
        rows, _ = client.predict([handle_file(str(forged))], False, api_name="/upload")
        assert _upload_dir_files(app) == cached  # Gradio's cached copy is gone once ingested
        (name, status, detail), = rows["data"]
        assert (name, status) == (official, "tillagd")
        assert "004_7c361c27759a4a85-uppladdad.txt" in detail and "ersattes inte" in detail
        index = open_index(settings)
        assert index.document(official)["chunks"] == official_chunks
        assert "99 procent" not in index.record(official).text
        assert "99 procent" in index.record("004_7c361c27759a4a85-uppladdad.txt").text
        # Sent again: identical content is reported, not stored twice.
        rows, _ = client.predict([handle_file(str(forged))], False, api_name="/upload")
        assert rows["data"][0][1] == "oförändrad" and "uppladdad" in rows["data"][0][2]
        # An explicit replace does replace, and its result says what it replaced.
        forged.write_text("Jobbtorg Stockholm\n\nEn rättad text om 12 aspiranter.", encoding="utf-8")
        rows, _ = client.predict([handle_file(str(forged))], True, api_name="/upload")
        assert rows["data"][0][1] == "ersatt" and f"ersatte {official} ({official_chunks} → 1 avsnitt)" in rows["data"][0][2]
    finally:
        app.close()


def _inflating_docx(path, megabytes: int):
    """A real Word file whose document.xml inflates to `megabytes` MB from a few hundred kB."""
    import zipfile

    import docx

    docx.Document().save(path)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    paragraph = b"<w:p><w:r><w:t>Jobbtorg Jobbtorg Jobbtorg Jobbtorg</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 2**20 // len(paragraph))
    xml = members["word/document.xml"]
    members["word/document.xml"] = xml.replace(b"<w:body>", b"<w:body>" + body, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_files_that_inflate_are_refused_in_one_line_naming_them(tmp_path):
    """Bytes are bounded by the size limit; the work they make by these bounds."""
    import resource

    from assistant.errors import UnsupportedDocument
    from assistant.ingest import parse_document
    from assistant.loading import MAX_SENTENCES, MAX_TEXT_CHARS, load_document

    bomb = _inflating_docx(tmp_path / "svällande.docx", 40)
    assert bomb.stat().st_size < 2**20
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        load_document(bomb, max_bytes=50 * 2**20)
        raise AssertionError("an inflating .docx was accepted")
    except UnsupportedDocument as exc:
        assert str(exc).startswith("svällande.docx:") and "inflates" in str(exc) and "\n" not in str(exc)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before < 100_000  # kB: nothing was parsed

    long_text = tmp_path / "lång.txt"
    long_text.write_text("Jobbtorg hjälper. " * (MAX_TEXT_CHARS // 18 + 10), encoding="utf-8")
    try:
        load_document(long_text, max_bytes=50 * 2**20)
        raise AssertionError("a text over the character bound was accepted")
    except UnsupportedDocument as exc:
        assert str(exc).startswith("lång.txt:") and "million characters" in str(exc)

    many = tmp_path / "många.txt"
    many.write_text("Ja. " * (MAX_SENTENCES + 100), encoding="utf-8")
    try:
        parse_document(load_document(many))
        raise AssertionError("a text over the sentence bound was accepted")
    except UnsupportedDocument as exc:
        assert str(exc).startswith("många.txt:") and "sentences" in str(exc)


def test_an_inflating_upload_leaves_the_index_as_it_was(tmp_path):
    settings = make_settings(tmp_path / "index")
    ingest([CORPUS / "000_10e06c5843140a80.txt"], settings, progress=False)
    bomb = _inflating_docx(tmp_path / "bomb.docx", 40)
    result = run_cli("ingest", str(bomb), env={"JOBBTORG_INDEX_DIR": str(settings.index_dir)})
    assert result.returncode != 0 and "bomb.docx" in result.stdout + result.stderr
    assert [d["source"] for d in open_index(settings).documents] == ["000_10e06c5843140a80.txt"]


def test_figures_csv_is_private_and_never_follows_a_planted_link(tmp_path):
    import csv
    import stat
    import tempfile
    from pathlib import Path

    from assistant.app_ui import write_figures_csv

    victim = tmp_path / "victim.txt"
    victim.write_text("orört", encoding="utf-8")
    planted = Path(tempfile.gettempdir()) / "jobbtorg-siffror.csv"
    planted.unlink(missing_ok=True)
    planted.symlink_to(victim)
    try:
        folder = Path(tempfile.mkdtemp(prefix="jobbtorg-export-"))
        path = write_figures_csv(folder, [["a.txt", "9 472", "personer", "antal", "inskrivna", "2008", "", "Mening; med semikolon"]])
        again = write_figures_csv(folder, [["b.txt", "1", "", "", "", "", "", ""]])
    finally:
        planted.unlink()
    assert victim.read_text(encoding="utf-8") == "orört"
    assert path == again and path.parent == folder and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads å, ä, ö only with the BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Dokument" and rows[1] == ["b.txt", "1", "", "", "", "", "", ""]


def test_series_plot_draws_names_with_mathtext_characters():
    import io

    from assistant.app_ui import series_plot

    fig = series_plot("Rapport $x^{2 ökning_{", [("januari", 10.0), ("februari", 12.0)])
    fig.savefig(io.BytesIO(), format="png")  # mathtext would raise here
    assert fig.axes[0].get_title() == "Rapport $x^{2 ökning_{"


def _one_line_error(result, *needles: str) -> None:
    err = result.stderr.strip()
    assert result.returncode == 2, (result.returncode, err)
    assert len(err.splitlines()) == 1 and err.startswith("jobbtorg: error: ") and "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


def test_bad_question_and_claim_files_end_in_one_line(shipped_index, tmp_path):
    index = {"JOBBTORG_INDEX_DIR": str(shipped_index.index_dir)}
    cases = {
        "typ.jsonl": (b'{"q": 5}\n', "typ.jsonl:1: field 'q'"),
        "nästlad.jsonl": (b'{"q": "ok"}\n{"q": {"inre": 1}}\n', "nästlad.jsonl:2: field 'q'"),
        "historik.jsonl": (b'{"q": "Hur m\xc3\xa5nga?", "history": "inte en lista"}\n', "historik.jsonl:1: field 'history'"),
        "lista.jsonl": (b"[1, 2]\n", "lista.jsonl:1: not a JSON object"),
        "latin1.jsonl": (b'{"q": "ok"}\n{"q": "Hur m\xe5nga?"}\n', "latin1.jsonl:2: not UTF-8"),
        "surrogat.jsonl": (b'{"q": "\\ud800 hej"}\n', "surrogat.jsonl:1: holds a lone surrogate"),
    }
    for name, (content, needle) in cases.items():
        (tmp_path / name).write_bytes(content)
        _one_line_error(run_cli("ask", "--questions", str(tmp_path / name), env=index), needle)
    (tmp_path / "påståenden.jsonl").write_bytes(b'{"id": "c1", "claim": "\\udc80 fick jobb", "verdict": "supported"}\n')
    _one_line_error(run_cli("check", "--claims", str(tmp_path / "påståenden.jsonl"), env=index), "lone surrogate")


def test_non_utf8_bytes_on_the_command_line_end_in_one_line(shipped_index):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    question = b"Hur m\xe5nga fick jobb?"  # Latin-1 bytes from an old terminal
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", question], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "JOBBTORG_INDEX_DIR": str(shipped_index.index_dir)}, timeout=300)
    _one_line_error(result, "QUESTION", "not UTF-8")


def test_lone_surrogates_through_the_api_are_not_text(shipped_assistant):
    answer = shipped_assistant.ask("Hur många aspiranter fick arbete under juni \ud800månad?")
    assert "32 aspiranter" in answer.answer
    assert shipped_assistant.check("32 aspiranter \udc80fick arbete under juni månad").verdict == "supported"


def test_a_read_only_index_is_refused_in_one_line(shipped_index, tmp_path):
    """A read-only disk: a bind mount remounted read-only (root ignores file modes), else the modes."""
    import os
    import shutil
    import subprocess

    source = tmp_path / "index"
    shutil.copytree(shipped_index.index_dir, source)
    target = tmp_path / "readonly"
    target.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(source), str(target)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
    else:
        target.rmdir()
        source.rename(target)
        for folder, _, files in os.walk(target):
            for name in files:
                os.chmod(os.path.join(folder, name), 0o444)
            os.chmod(folder, 0o555)
    try:
        env = {"JOBBTORG_INDEX_DIR": str(target)}
        with open(target / "manifest.json", "rb") as handle:
            before = handle.read()
        (tmp_path / "ny.txt").write_text("Jobbtorg Fruängen fick 143 deltagare i arbete.", encoding="utf-8")
        _one_line_error(run_cli("ingest", str(tmp_path / "ny.txt"), env=env), str(target), "writable")
        _one_line_error(run_cli("ask", "Hur många fick arbete i juni?", env=env), str(target), "read-only")
        assert (target / "manifest.json").read_bytes() == before
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(target)], check=True)
        else:
            for folder, _, _ in os.walk(target):
                os.chmod(folder, 0o755)


def _upload_dir_files(app) -> set:
    from pathlib import Path

    folder = Path(app.server_app.uploaded_file_dir)
    # Uploads land in one folder per content hash; loose files at the top are Gradio's own scratch.
    return {p for p in folder.rglob("*") if p.is_file() and p.parent != folder} if folder.exists() else set()


def test_gradio_upload_route_is_closed_bounded_and_same_origin(shipped_index, tmp_path):
    import httpx

    payload = tmp_path / "stor.txt"
    payload.write_bytes(b"Jobbtorg " * (2 * 2**20 // 9))  # 2 MB
    small = tmp_path / "liten.txt"
    small.write_text("Jobbtorg Fruängen.", encoding="utf-8")
    app, url = _launch(make_settings(shipped_index.index_dir))  # uploads off
    try:
        before = _upload_dir_files(app)
        response = httpx.post(url + "gradio_api/upload", files={"files": small.open("rb")})
        assert response.status_code == 403 and _upload_dir_files(app) == before
    finally:
        app.close()
    app, url = _launch(make_settings(shipped_index.index_dir, allow_upload=True, max_file_mb=1.0))
    try:
        before = _upload_dir_files(app)
        foreign = httpx.post(url + "gradio_api/upload", files={"files": small.open("rb")},
                             headers={"Origin": "http://angripare.example"})
        too_big = httpx.post(url + "gradio_api/upload", files={"files": payload.open("rb")})
        assert foreign.status_code == 403 and too_big.status_code == 413
        assert _upload_dir_files(app) == before
        same_site = httpx.post(url + "gradio_api/upload", files={"files": small.open("rb")},
                               headers={"Origin": url.rstrip("/")})
        assert same_site.status_code == 200
    finally:
        app.close()


def test_login_is_throttled_and_needs_a_password(shipped_index):
    import httpx
    import pytest

    from assistant.config import Settings
    from assistant.errors import ConfigError

    for empty in ("anna:", "anna:   "):
        with pytest.raises(ConfigError, match="empty password"):
            Settings.from_env(env={"JOBBTORG_AUTH": empty})
    app, url = _launch(make_settings(shipped_index.index_dir, auth="anna:rätt-lösenord"))
    try:
        codes = [httpx.post(url + "login", data={"username": "anna", "password": f"fel{i}"}).status_code for i in range(5)]
        assert codes == [400] * 5
        locked = httpx.post(url + "login", data={"username": "anna", "password": "rätt-lösenord"})
        assert locked.status_code == 429 and "try again" in locked.json()["detail"]
    finally:
        app.close()
    app, url = _launch(make_settings(shipped_index.index_dir, auth="anna:rätt-lösenord"))
    try:
        assert httpx.post(url + "login", data={"username": "anna", "password": "rätt-lösenord"}).status_code == 200
    finally:
        app.close()


def test_allowed_hosts_refuse_other_host_names(shipped_index):
    import httpx

    app, url = _launch(make_settings(shipped_index.index_dir, allowed_hosts=("jobbtorg.example.se",)))
    try:
        assert httpx.get(url, headers={"Host": "angripare.example"}).status_code == 400
        assert httpx.get(url, headers={"Host": "jobbtorg.example.se"}).status_code == 200
        assert httpx.get(url).status_code == 200  # the machine's own name
    finally:
        app.close()


def test_a_huge_chat_message_is_cut_where_the_answer_cuts(shipped_index):
    from gradio_client import Client

    app, url = _launch(make_settings(shipped_index.index_dir))
    try:
        message = "ord " * 250_000 + "Hur många aspiranter fick arbete under juni månad?"
        chat, _, _, _ = Client(url, verbose=False).predict(message, "", "", None, api_name="/respond")
        shown = chat[0]["content"][0]["text"]
        assert len(shown) <= 2000 and len(str(chat)) < 20_000
    finally:
        app.close()


def test_make_test_installs_the_browser_it_needs_on_a_fresh_machine():
    """The README's test command alone passes on a machine without Chromium."""
    import subprocess

    from conftest import ROOT

    planned = subprocess.run(["make", "-n", "test", "CHROMIUM=/nonexistent/chromium"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
    install = planned.find("apt-get install -y -qq chromium chromium-driver")
    assert 0 <= install < planned.find("-m pytest")
    present = subprocess.run(["make", "-n", "test", "CHROMIUM=/bin/sh"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
    assert "apt-get" not in present
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert ci[-1] == "make test" and not any("apt-get" in line for line in ci)


def test_vectors_of_a_killed_ingest_are_removed_by_the_next_one_in_pages(tmp_path, corpus_copy, monkeypatch):
    """An ingest stopped after storing vectors but before its commit leaves them
    behind (its files were never committed); the next ingest, of other files,
    sweeps them out, reading the store in pages smaller than the leftovers."""
    from assistant import ingest as ingest_module
    from assistant.embeddings import get_embeddings

    settings = make_settings(tmp_path / "index")
    ingest([corpus_copy / "000_10e06c5843140a80.txt"], settings, progress=False)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the point a SIGKILL would leave: vectors stored, nothing committed

    monkeypatch.setattr(ingest_module, "_commit", killed)
    try:
        ingest([corpus_copy / "003_a1fd56d9e386bfcd.txt", corpus_copy / "004_7c361c27759a4a85.txt"], settings, progress=False)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    collection = open_index(settings).collection(get_embeddings(settings))
    live = open_index(settings).live_chunk_ids
    left = collection.count() - len(live)
    assert left > 10

    monkeypatch.setattr(ingest_module, "PAGE", 7)  # more leftovers than one page holds
    ingest([corpus_copy / "001_67a7f12664a140df.txt"], settings, progress=False)
    index = open_index(settings)
    collection = index.collection(get_embeddings(settings))
    assert collection.count() == len(index.live_chunk_ids)
    assert set(collection.get(include=[])["ids"]) == set(index.live_chunk_ids)
    assert sorted(d["source"] for d in index.documents) == ["000_10e06c5843140a80.txt", "001_67a7f12664a140df.txt"]


def test_serve_takes_the_common_flags(shipped_index):
    """`jobbtorg serve --embedder ...` reaches the app: here an index built with e5
    is refused under another embedder instead of being served."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "GRADIO_SERVER_PORT": "0"}
    try:
        result = subprocess.run([sys.executable, "-m", "assistant.cli", "serve", "--index-dir", str(shipped_index.index_dir),
                                 "--embedder", "sentence-transformers"], capture_output=True, text=True, cwd=ROOT, env=env,
                                timeout=120)
    except subprocess.TimeoutExpired:
        raise AssertionError("serve ignored --embedder and started serving") from None
    assert result.returncode != 0 and "sentence-transformers" in result.stderr and "rebuild" in result.stderr
