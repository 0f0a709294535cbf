"""The Chroma server path: a real `chroma run` on 127.0.0.1, started and stopped here."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, make_settings, run_cli, wait_until_serving

from assistant.embeddings import get_embeddings
from assistant.errors import JobbtorgError
from assistant.ingest import ingest
from assistant.loadtest import stop
from assistant.store import Index

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _chroma_binary() -> str:
    found = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    if not Path(found).exists():
        pytest.fail("the `chroma` command of the chromadb package is not installed")
    return found


def _start_chroma(data: Path, port: int, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "a")
    process = subprocess.Popen(
        [_chroma_binary(), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
    )
    log.close()
    wait_until_serving(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, log_path, "chroma run", timeout=60)
    return process


@pytest.fixture()
def chroma_server(tmp_path):
    port = _free_port()
    process = _start_chroma(tmp_path / "server-data", port, tmp_path / "chroma.log")
    yield port, process
    stop(process, timeout=10)


def test_ingest_into_and_read_from_chroma_server(tmp_path, chroma_server):
    port, _ = chroma_server
    settings = make_settings(tmp_path / "index", chroma_host="127.0.0.1", chroma_port=port)
    report = ingest([CORPUS], settings, progress=False)
    assert report.ok and report.documents == 5
    assert not (tmp_path / "index" / "chroma").exists()  # the vectors live in the server

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_collection("jobbtorg")
    index = Index(settings)
    assert collection.count() == report.chunks == len(index.live_chunk_ids)

    embeddings = get_embeddings(settings)
    hits = index.dense_search(index.collection(embeddings), embeddings.embed_query("Hur många platser per vecka fick Enskede-Årsta-Vantör?"), 1)
    assert hits[0][2]["source"] == "002_c92b7a411cd0c83a.txt"

    # Same code path for an update: a changed file replaces its chunks in the server.
    folder = tmp_path / "docs"
    folder.mkdir()
    changed = folder / "003_a1fd56d9e386bfcd.txt"
    changed.write_text((CORPUS / changed.name).read_text(encoding="utf-8").replace("20 miljoner", "25 miljoner"), encoding="utf-8")
    again = ingest([folder], settings, progress=False)
    assert again.updated == [changed.name] and again.embedded == 1
    assert collection.count() == len(Index(settings).live_chunk_ids)

    env = {"JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port)}
    listed = run_cli("docs", "--index-dir", str(tmp_path / "index"), env=env, check=True).stdout
    assert "003_a1fd56d9e386bfcd.txt" in listed


def test_server_down_is_one_clear_error(tmp_path, chroma_server):
    port, process = chroma_server
    process.terminate()
    process.wait(timeout=10)
    settings = make_settings(tmp_path / "index", chroma_host="127.0.0.1", chroma_port=port)
    with pytest.raises(JobbtorgError, match=f"127.0.0.1:{port}"):
        ingest([CORPUS / "003_a1fd56d9e386bfcd.txt"], settings, progress=False)
    result = run_cli("ingest", str(CORPUS / "003_a1fd56d9e386bfcd.txt"), "--index-dir", str(tmp_path / "index"), "--quiet",
                     env={"JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port)})
    assert result.returncode == 2 and "not reachable" in result.stderr and "Traceback" not in result.stderr


def test_two_index_dirs_share_one_server_without_touching_each_other(tmp_path, chroma_server):
    """Two concurrent ingests of disjoint file sets into one collection; then one
    of them changes and rebuilds: the other's vectors stay."""
    port, _ = chroma_server
    env = {**os.environ, "JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port)}
    halves = {"a": sorted(CORPUS.glob("*.txt"))[:2], "b": sorted(CORPUS.glob("*.txt"))[2:]}
    processes = [
        subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", *map(str, files), "--quiet",
                          "--index-dir", str(tmp_path / name)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for name, files in halves.items()
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    settings = {name: make_settings(tmp_path / name, chroma_host="127.0.0.1", chroma_port=port) for name in halves}
    live = {name: Index(s).live_chunk_ids for name, s in settings.items()}
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    assert set(client.get_collection("jobbtorg").get(include=[])["ids"]) == live["a"] | live["b"]

    changed = tmp_path / "edit" / halves["a"][0].name
    changed.parent.mkdir()
    changed.write_text(halves["a"][0].read_text(encoding="utf-8").replace("430 aspiranter", "431 aspiranter"), encoding="utf-8")
    assert ingest([changed], settings["a"], progress=False).updated == [changed.name]
    stored = set(client.get_collection("jobbtorg").get(include=[])["ids"])
    assert live["b"] <= stored and Index(settings["a"]).live_chunk_ids <= stored
    assert ingest([CORPUS / halves["a"][1].name, changed], settings["a"], rebuild=True, progress=False).ok
    stored = set(client.get_collection("jobbtorg").get(include=[])["ids"])
    assert stored == live["b"]  # a moved to its own new collection and left b alone
    assert Index(settings["b"]).collection(get_embeddings(settings["b"])).count() == len(live["b"])


def test_two_ingests_into_one_index_directory_embed_side_by_side(tmp_path, chroma_server):
    """The deployment of the README: ingest processes over disjoint file sets into
    one index directory and one server; then app processes answer from it."""
    port, _ = chroma_server
    env = {**os.environ, "JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port),
           "JOBBTORG_INDEX_DIR": str(tmp_path / "index")}
    files = sorted(CORPUS.glob("*.txt"))
    processes = [
        subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", *map(str, part), "--json"],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for part in (files[:3], files[3:])
    ]
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        reports.append(json.loads(out))
    assert sorted(reports[0]["added"] + reports[1]["added"]) == [f.name for f in files]
    settings = make_settings(tmp_path / "index", chroma_host="127.0.0.1", chroma_port=port)
    index = Index(settings)
    assert [d["source"] for d in index.documents] == [f.name for f in files]
    assert index.manifest["generation"] == 2  # two commits, one after the other
    collection = index.collection(get_embeddings(settings))
    assert set(collection.get(include=[])["ids"]) == index.live_chunk_ids
    assert not list((tmp_path / "index" / ".pending").glob("*.json"))

    # Two answering processes at once, one per half of the corpus.
    askers = [
        subprocess.Popen([sys.executable, "-m", "assistant.cli", "ask", question, "--json"], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for question in ("Hur många personer skrev Jobbtorg Stockholm in under 2008?",
                         "Hur många platser per vecka fick Enskede-Årsta-Vantör?")
    ]
    answers = [json.loads(p.communicate(timeout=300)[0]) for p in askers]
    assert answers[0]["citations"][0]["source"] == "001_67a7f12664a140df.txt" and "9472" in answers[0]["answer"]
    assert answers[1]["citations"][0]["source"] == "002_c92b7a411cd0c83a.txt"


def test_server_going_down_mid_session_and_coming_back(tmp_path, chroma_server):
    """An answering process outlives a Chroma restart: clear errors while it is
    down, the same answers once it is back, no restart of the process."""
    from assistant.chain import Assistant

    port, process = chroma_server
    settings = make_settings(tmp_path / "index", chroma_host="127.0.0.1", chroma_port=port)
    assert ingest([CORPUS], settings, progress=False).ok
    assistant = Assistant(settings)
    question = "Hur många aspiranter fick arbete under juni månad?"
    before = assistant.ask(question).to_json()
    stop(process, timeout=10)
    with pytest.raises(JobbtorgError, match=f"Chroma server at 127.0.0.1:{port} did not answer"):
        assistant.ask(question)
    with pytest.raises(JobbtorgError, match="did not answer"):
        assistant.check("32 aspiranter fick arbete i juni")
    down = run_cli("ask", question, "--index-dir", str(settings.index_dir),
                   env={"JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port)})
    assert down.returncode == 2 and "Traceback" not in down.stderr and len(down.stderr.strip().splitlines()) == 1

    restarted = _start_chroma(tmp_path / "server-data", port, tmp_path / "chroma.log")
    try:
        after = assistant.ask(question).to_json()
        assert {k: v for k, v in after.items() if k != "timings_ms"} == {k: v for k, v in before.items() if k != "timings_ms"}
    finally:
        stop(restarted, timeout=10)


def test_the_server_token_is_never_printed_or_stored(tmp_path, chroma_server):
    port, process = chroma_server
    token = "tok-Hemligt-4711"
    env = {"JOBBTORG_CHROMA_HOST": "127.0.0.1", "JOBBTORG_CHROMA_PORT": str(port), "JOBBTORG_CHROMA_TOKEN": token,
           "JOBBTORG_INDEX_DIR": str(tmp_path / "index")}
    outputs = [run_cli("ingest", str(CORPUS / "003_a1fd56d9e386bfcd.txt"), "--json", env=env, check=True)]
    outputs.append(run_cli("ask", "Hur mycket höjdes anslaget till vuxenutbildningen?", "--json", env=env, check=True))
    outputs.append(run_cli("docs", "--json", env=env, check=True))
    manifest = (tmp_path / "index" / "manifest.json").read_text(encoding="utf-8")
    settings = make_settings(tmp_path / "index", chroma_host="127.0.0.1", chroma_port=port, chroma_token=token)
    stop(process, timeout=10)
    outputs.append(run_cli("ask", "Hur mycket höjdes anslaget?", env=env))
    assert outputs[-1].returncode == 2
    for result in outputs:
        assert token not in result.stdout and token not in result.stderr
    assert token not in manifest and token not in repr(settings)
    assert not any(token in p.read_text(errors="replace") for p in (tmp_path / "index").rglob("*") if p.is_file()
                   and p.suffix in (".json", ".txt", ".log"))
