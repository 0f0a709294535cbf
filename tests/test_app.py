"""The app as a user meets it: started for real, driven through Gradio's API."""

from __future__ import annotations

import socket
from pathlib import Path

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
    assert rows == [["a.txt", "rapport", "datum saknas", "", "2008:35, Dnr AMN 1", 3, "a.txt"]]


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
    sources = [row[-1] for row in table["data"]]
    assert sources == sorted(p.name for p in CORPUS.glob("*.txt"))
    # Documents go by their names; an undated one says so, a reference number's year stands in.
    assert table["data"][0][0].startswith("Svar på interpellation 2008:35") and table["data"][0][2] == "2008-11-12"
    assert [row[2] for row in table["data"]][2:] == ["datum saknas", "2013 (ur diarienumret)", "2013 (ur diarienumret)"]
    text = client.predict("004_7c361c27759a4a85.txt", api_name="/show_document")
    assert "närmare 90 procent" in text
    found = client.predict("How many places per week did Enskede-Årsta-Vantör get?", api_name="/search")
    assert found["data"][0][-1] == "002_c92b7a411cd0c83a.txt" and found["data"][0][0] == "Skrivelse angående jobbgaranti och Jobbtorg"
    assert "26 platser/vecka" in " ".join(row[1] for row in found["data"][:3])


def test_figures_are_found_by_number_and_by_meaning(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    # "1812" finds the figure written "1 812"; "fick arbete" shares no word with "hade fått ett arbete".
    for query in ("1812", "fick arbete"):
        rows = client.predict(query, api_name="/filter_figures")["data"]
        assert "1 812" in [row[1] for row in rows], (query, rows[:3])


def test_chat_answers_with_highlighted_sources(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    chat, panel, cleared, export = client.predict("Hur många aspiranter fick arbete under juni månad?", "", "", None,
                                                  api_name="/respond")
    # The box was emptied when the question was taken; the answer leaves it alone, so a question
    # typed meanwhile survives.
    assert cleared == {"__type__": "update"}
    # The answer can be taken away: a Markdown file with the quote, its document and offsets.
    assert export["visible"] is True  # a component update: the download button shows, holding the file
    markdown = Path(export["value"]).read_text(encoding="utf-8")
    assert "“Av redovisningen framgår att 32 aspiranter har fått arbete under juni månad.”" in markdown and "tecken " in markdown
    reply = chat[-1]["content"][0]["text"]
    assert "32 aspiranter" in reply and "\\[1\\]" in reply  # Markdown-escaped: shown as [1]
    assert "<mark>Av redovisningen framgår att 32 aspiranter har fått arbete under juni månad.</mark>" in panel
    english, panel, _, _ = client.predict("How much was the funding for adult education raised?", "", "", None, api_name="/respond")
    assert "20 miljoner kronor" in english[-1]["content"][0]["text"] and "<mark>" in panel
    declined, panel, _, _ = client.predict("Hur många jobbtorg finns det i Malmö?", "", "", None, api_name="/respond")
    assert declined[-1]["content"][0]["text"].startswith("Dokumenten nämner inte Malmö") and "Relaterade" in panel
    # A filter nothing passes says so, instead of declining the question.
    empty, panel, _, export = client.predict("Hur många fick arbete?", "", "tjänsteutlåtande", "2013", api_name="/respond")
    assert empty[-1]["content"][0]["text"].startswith("Inget dokument matchar filtret") and export["visible"] is False
    # A year filter cannot place an undated document: the panel names it rather than dropping it silently.
    _, panel, _, _ = client.predict("Hur många skrevs in?", "", "", "2008", api_name="/respond")
    assert "saknar datum" in panel and "Skrivelse angående jobbgaranti och Jobbtorg" in panel
    # Sources name their documents; the file name only in a tooltip.
    _, panel, _, _ = client.predict("Hur många aspiranter fick arbete under juni månad?", "", "", None, api_name="/respond")
    assert "title='002_c92b7a411cd0c83a.txt'" in panel and "002_c92b7a411cd0c83a.txt ·" not in panel


def test_sources_panel_escapes_document_markup(tmp_path):
    from conftest import make_settings

    from assistant.chain import Assistant
    from assistant.ingest import ingest
    from assistant.store import open_index

    doc = tmp_path / "markup.txt"
    doc.write_text("Jobbtorg Farsta fick <b>12</b> nya platser <script>alert(1)</script> under våren 2011.", encoding="utf-8")
    settings = make_settings(tmp_path / "index")
    ingest([doc], settings, progress=False)
    answer = Assistant(settings).ask("Hur många nya platser fick Jobbtorg Farsta?")
    from assistant.app_ui import sources_html

    panel = sources_html(answer, open_index(settings))
    assert "<script>" not in panel and "&lt;script&gt;" in panel


def test_figure_series_and_table_rows(shipped_index):
    from assistant.app_ui import figure_rows, figure_series
    from assistant.figures import document_figures
    from assistant.store import open_index

    index = open_index(shipped_index)
    figures = [f for d in index.documents for f in document_figures(index.record(d["source"]))]
    series = figure_series(figures)
    assert list(series.values()) == [[("januari", 971.0), ("juni", 1064.0)]]
    rows = figure_rows(figures, "var fjärde")
    assert len(rows) == 1 and rows[0][1] == "0,25" and rows[0][3] == "andel"
    assert len(figure_rows(figures)) == len(figures)


def test_verdict_badge_and_safe_names(shipped_index):
    from assistant.app_ui import safe_upload_name, verdict_html
    from assistant.chain import Assistant
    from assistant.store import open_index

    verdict = Assistant(shipped_index).check("Jobbtorg Stockholm består av tio lokala jobbtorg <script>")
    page = verdict_html(verdict, open_index(shipped_index))
    assert "MOTSÄGS" in page and "<script>" not in page
    assert safe_upload_name("../../a b/$(rm -rf ~).pdf") == "rm_-rf.pdf"
    assert safe_upload_name("C:\\temp\\Rapport 2008.PDF") == "Rapport_2008.PDF"


def test_ask_and_check_apis_give_the_cli_contract(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    answer = client.predict("Hur många aspiranter fick arbete under juni månad?", api_name="/ask")
    assert set(answer) == {"id", "question", "answer", "abstained", "citations", "related", "figures", "composer",
                           "warnings", "timings_ms"}
    assert "32 aspiranter" in answer["answer"] and answer["citations"][0]["source"] == "002_c92b7a411cd0c83a.txt"
    verdict = client.predict("32 aspiranter fick arbete i juni", api_name="/check")
    assert verdict["verdict"] == "supported" and verdict["evidence"]
    assert client.predict("", api_name="/ask")["warnings"] == ["empty_question"]


def test_user_markup_in_the_chat_is_shown_as_text(running_app):
    from gradio_client import Client

    client = Client(running_app, verbose=False)
    hostile = '<img src=x onerror="alert(1)"> ![spår](http://127.0.0.2/pixel.png) Hur många fick arbete i juni?'
    chat, _, _, _ = client.predict(hostile, "", "", None, api_name="/respond")
    shown = chat[0]["content"][0]["text"]
    assert "<img" not in shown and "&lt;img" in shown and "!\\[spår\\]\\(" in shown


def test_one_failing_request_does_not_stop_the_app(shipped_index, monkeypatch):
    """An exception inside one answer becomes one message; the app goes on serving."""
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    from assistant.chain import Assistant

    real_ask = Assistant.ask

    def sometimes_broken(self, question, *args, **kwargs):
        if "KRASCH" in question:
            raise RuntimeError("simulated fault inside one answer")
        return real_ask(self, question, *args, **kwargs)

    monkeypatch.setattr(Assistant, "ask", sometimes_broken)
    app = create_app(shipped_index)
    port = _free_port()
    app.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        for api in ("/ask", "/respond"):
            args = ("KRASCH nu",) if api == "/ask" else ("KRASCH nu", "", "", None)
            with pytest.raises(AppError, match="RuntimeError") as info:
                client.predict(*args, api_name=api)
            assert "simulated fault" not in str(info.value) and "Traceback" not in str(info.value)
        answer = client.predict("Hur många aspiranter fick arbete under juni månad?", api_name="/ask")
        assert "32 aspiranter" in answer["answer"]
    finally:
        app.close()


def test_uploads_are_off_without_login_unless_enabled(running_app):
    from gradio_client import Client

    endpoints = Client(running_app, verbose=False).view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert "/ask" in endpoints and "/upload" not in endpoints


def test_an_english_claim_is_shown_in_english(shipped_index):
    from assistant.app_ui import verdict_html
    from assistant.chain import Assistant
    from assistant.store import open_index

    verdict = Assistant(shipped_index).check("Karin Rågsjö belongs to the Social Democrats.")
    page = verdict_html(verdict, open_index(shipped_index), "en")
    assert "CONTRADICTED" in page and "The claim's parts" in page and "<td>party</td>" in page
    assert "MOTSÄGS" not in page and "Påståendets" not in page


def test_a_cleared_chat_is_the_last_word_once_the_old_answers_have_dropped_themselves():
    """Gradio may deliver an answer's last message after the reply that cleared the chat;
    `settled` is what the app sends after both, so it must wait for that answer and hold none of it."""
    import threading
    import time

    from assistant.app_ui import Conversation

    talk = Conversation()
    epoch, slot = talk.add("Hur många fick arbete?", "Söker i dokumenten …")
    talk.reset()
    shown = []
    waiter = threading.Thread(target=lambda: shown.append(talk.settled(timeout=5)))
    waiter.start()
    time.sleep(0.3)
    assert waiter.is_alive()  # the old answer is still on its way
    assert not talk.put(epoch, slot, "1 812 personer")  # it drops itself ...
    talk.done(epoch)  # ... and ends
    waiter.join(timeout=5)
    assert shown == [[]]
    fresh, _ = talk.add("Och i juni?", "Söker i dokumenten …")
    started = time.monotonic()
    assert len(talk.settled(timeout=5)) == 2  # an answer of the new conversation is not waited for
    assert time.monotonic() - started < 1
    talk.done(fresh)
