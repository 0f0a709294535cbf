"""The app as a user meets it: started for real, driven through Gradio's API."""

from __future__ import annotations

import socket

import pytest
from conftest import CORPUS

from assistant.app_ui import create_app, document_rows


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_document_rows_are_pure():
    rows = document_rows([{"source": "a.txt", "title": None, "type": "rapport", "date": None,
                           "signatory": None, "references": ["2008:35", "Dnr AMN 1"], "chunks": 3}])
    assert rows == [["a.txt", "", "rapport", "", "", "2008:35, Dnr AMN 1", 3]]


@pytest.fixture()
def running_app(shipped_index):
    app = create_app(shipped_index)
    port = _free_port()
    app.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def test_app_lists_documents_and_finds_passages(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    table = client.predict(api_name="/list_documents")
    sources = [row[0] for row in table["data"]]
    assert sources == sorted(p.name for p in CORPUS.glob("*.txt"))
    text = client.predict("004_7c361c27759a4a85.txt", api_name="/show_document")
    assert "närmare 90 procent" in text
    found = client.predict("How many places per week did Enskede-Årsta-Vantör get?", api_name="/search")
    assert found["data"][0][0] == "002_c92b7a411cd0c83a.txt"
    assert "26 platser/vecka" in " ".join(row[1] for row in found["data"][:3])
