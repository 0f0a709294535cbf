"""The app in a real headless Chromium, driven by Playwright, as staff meet it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from assistant.loadtest import stop
from conftest import ROOT, wait_until_serving
from helpers_docs import write_pdf

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_app(index_dir: Path, **env_extra: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "JOBBTORG_INDEX_DIR": str(index_dir), "GRADIO_SERVER_PORT": str(port), **env_extra}
    log_path = index_dir.parent / f"app-{port}.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_until_serving(f"http://127.0.0.1:{port}/", process, log_path, "app")
    return process, port


@pytest.fixture(scope="module")
def app_url(shipped_index, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)")
    index_dir = tmp_path_factory.mktemp("browser") / "index"
    shutil.copytree(shipped_index.index_dir, index_dir)  # uploads must not touch the shared index
    process, port = _start_app(index_dir, GRADIO_SERVER_NAME="127.0.0.1", JOBBTORG_ALLOW_UPLOAD="1")
    yield f"http://127.0.0.1:{port}/"
    stop(process)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)")
    expect.set_options(timeout=60_000)  # the first answer waits for models warming up
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(app_url, browser):
    page = browser.new_page(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(app_url)
    yield page
    page.close()


def _ask(page, question: str) -> None:
    box = page.get_by_label("Din fråga (svenska eller engelska)")
    box.fill(question)
    box.press("Enter")


def test_chat_in_swedish_and_english_shows_cited_source_text(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Hur många aspiranter fick arbete under juni månad?")
    expect(page.locator("#sources .source:not(.earlier .source) > p mark")).to_have_text("Av redovisningen framgår att 32 aspiranter har fått arbete under juni månad.")
    expect(page.get_by_text("32 aspiranter har fått arbete under juni månad. [1]").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "chat.png"), full_page=True)
    _ask(page, "How much was the funding for adult education raised?")
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first).to_contain_text("20 miljoner kronor")
    expect(page.get_by_text("The documents say (quoted in Swedish)").first).to_be_visible()


def test_two_browsers_never_see_each_others_conversation(app_url, browser):
    from playwright.sync_api import expect

    first, second = (browser.new_page(locale="sv-SE") for _ in range(2))
    for tab, question in ((first, "Hur många aspiranter fick arbete under juni månad?"),
                          (second, "Vem svarade på Karin Rågsjös interpellation?")):
        tab.set_default_timeout(60_000)
        tab.goto(app_url)
        _ask(tab, question)
        expect(tab.locator("#chat [data-testid='bot']").last).not_to_contain_text("Söker")
    expect(second.locator("#chat [data-testid='user']")).to_have_count(1)
    expect(second.locator("#chat")).not_to_contain_text("aspiranter fick arbete")
    expect(first.locator("#chat [data-testid='user']")).to_have_count(1)
    first.close()
    second.close()


def test_a_citation_in_an_earlier_answer_still_opens_its_source(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Hur många personer skrev Jobbtorg Stockholm in från januari till oktober 2008?")
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first).to_contain_text("9472")
    first = page.locator("#chat a[href^='#src-']").last
    target = first.get_attribute("href")[1:]
    _ask(page, "Vem svarade på Karin Rågsjös interpellation?")
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first).not_to_contain_text("9472")
    page.locator(f"#chat a[href='#{target}']").first.click()
    box = page.locator(f"[id='{target}']")
    expect(box).to_have_class("source focused")
    expect(box.locator("details mark")).to_be_in_viewport()


def test_an_overview_is_a_table_and_a_click_on_its_citation_opens_the_document_at_the_sentence(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Vilka siffror finns om hur många som fått jobb?")
    table = page.locator("table").filter(has_text="Vad siffran gäller")
    expect(table).to_be_visible()
    expect(table).to_contain_text("1 812")
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    link = table.locator("a[href^='#src-']").last
    target = link.get_attribute("href")[1:]
    link.click()
    box = page.locator(f"[id='{target}']")
    expect(box.locator("details")).to_have_attribute("open", "")
    expect(box).to_have_class("source focused")
    mark = box.locator("details mark")
    expect(mark).to_be_in_viewport()
    # The marked sentence in the whole document is the one the row cites, at its place in the text.
    quoted = box.locator("p mark").inner_text()
    assert mark.inner_text() == quoted
    assert len(page.context.pages) == 1  # the click stays on the page
    page.screenshot(path=str(SHOTS / "click-to-source.png"))
    # A summary: the named document's central sentences, each cited, and its key figures.
    _ask(page, "Sammanfatta interpellation 2013:19")
    summary = page.locator("#chat [data-testid='bot']").last
    expect(summary).to_contain_text("Sammanfattning av ”Svar på interpellation 2013:19")
    expect(summary).to_contain_text("Nyckeltal")
    summary.scroll_into_view_if_needed()
    page.locator("#ask-row").screenshot(path=str(SHOTS / "summary.png"))


def test_staff_filter_by_year_and_by_document_named_by_its_title(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    page.get_by_text("Filter", exact=True).click()
    page.get_by_role("combobox", name="År").click()
    page.get_by_role("option", name="2013", exact=True).click()
    _ask(page, "Hur många procent står helt utanför arbetsmarknaden?")
    source = page.locator("#sources .source").first
    expect(source).to_contain_text("Anmälan av rapporten")  # a 2013 document, named by its title
    expect(source.locator("b").first).to_have_attribute("title", "004_7c361c27759a4a85.txt")  # the file name: a tooltip
    # Every undated document the year filter had to leave out is named.
    expect(page.locator("#sources .filter-note")).to_contain_text("Skrivelse angående jobbgaranti och Jobbtorg")
    page.get_by_role("combobox", name="År").click()
    page.get_by_role("option", name="Alla år").click()
    page.get_by_role("combobox", name="Dokument").click()
    page.get_by_role("option", name="Skrivelse angående jobbgaranti och Jobbtorg (tjänsteutlåtande, datum saknas)").click()
    _ask(page, "Hur många jobbtorg finns det?")
    expect(page.locator("#sources .source").first).to_contain_text("Skrivelse angående jobbgaranti och Jobbtorg")
    page.get_by_role("combobox", name="Dokument").click()
    page.get_by_role("option", name="Alla dokument").click()


def test_limits_are_said_aloud(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    box = page.get_by_label("Din fråga (svenska eller engelska)")
    box.fill("")
    page.get_by_role("button", name="Fråga", exact=True).click()
    expect(page.get_by_text("Skriv en fråga först.")).to_be_visible()  # an empty question gets a hint
    box.fill("x" * 1700)
    box.press("End")
    box.type("y")  # the counter follows typing
    expect(page.locator("#question-count")).to_contain_text("1 701 / 2 000 tecken")
    long = "bakgrund " * 300 + "Hur många aspiranter fick arbete under juni månad?"
    box.fill(long)
    box.type(" ")
    expect(page.locator("#question-count")).to_contain_text("frågan kortas till de första 2 000 tecknen")
    assert len(box.input_value()) == len(long) + 1  # the paste is kept whole, not cut by the box
    box.press("Enter")
    expect(page.get_by_text("Frågan var längre än 2000 tecken och har kortats.").first).to_be_visible()


def test_questions_sent_while_one_is_answered_are_queued_in_order_and_a_new_conversation_stays_new(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    page.get_by_role("button", name="Ny konversation").click()
    expect(page.locator("#chat [data-testid='user']")).to_have_count(0)
    box = page.get_by_label("Din fråga (svenska eller engelska)")
    box.fill("Hur många aspiranter fick arbete under juni månad?")
    box.press("Enter")
    box.fill("How much was the funding for adult education raised?")  # at once, while the first is answered
    box.press("Enter")
    users, bots = page.locator("#chat [data-testid='user']"), page.locator("#chat [data-testid='bot']")
    expect(users).to_have_count(2)  # neither question is dropped
    expect(bots.nth(0)).to_contain_text("32 aspiranter")  # answered in the order sent
    expect(bots.nth(1)).to_contain_text("20 miljoner kronor")
    # "Ny konversation" pressed while an answer is on its way: the old answer does not come back.
    box.fill("Hur många personer skrev Jobbtorg Stockholm in januari–oktober 2008?")
    box.press("Enter")
    page.get_by_role("button", name="Ny konversation").click()
    page.wait_for_timeout(3000)
    expect(users).to_have_count(0)
    # "Stoppa": nothing is left waiting.
    box.fill("Hur många fler var inskrivna i juni än i januari?")
    box.press("Enter")
    page.get_by_role("button", name="Stoppa").click()
    page.wait_for_timeout(2000)
    expect(users).to_have_count(1)
    expect(bots.nth(0)).not_to_contain_text("Söker i dokumenten")
    expect(bots.nth(0)).not_to_contain_text("I kö")


def test_claim_check_shows_the_verdict(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Granska").click()
    page.get_by_label("Påstående").fill("1 812 av 9 472 fick jobb, ungefär en femtedel")
    page.get_by_role("button", name="Granska", exact=True).click()
    expect(page.locator("#verdict .badge")).to_have_text("STÖDS")
    expect(page.locator("#verdict")).to_contain_text("1 812 / 9 472 = 19,1 %")
    page.locator("#verdict h3 a").first.click()
    expect(page.locator("#verdict [id='src-v-1'] details mark")).to_be_in_viewport()
    page.screenshot(path=str(SHOTS / "claim.png"), full_page=True)
    page.get_by_label("Påstående").fill("Jobbtorg Stockholm består av tio lokala jobbtorg")
    page.get_by_role("button", name="Granska", exact=True).click()
    expect(page.locator("#verdict .badge")).to_have_text("MOTSÄGS")


def test_a_draft_gets_a_verdict_per_sentence_and_downloads_as_markdown(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Granska").click()
    page.get_by_label("Påstående").fill("Jobbtorg Stockholm skrev in 9 472 personer under 2008. "
                                        "Jobbtorg Stockholm består av tio lokala jobbtorg. Tomas Rudin är moderat.")
    page.get_by_role("button", name="Granska", exact=True).click()
    expect(page.locator("#verdict .sentence")).to_have_count(3)
    expect(page.locator("#verdict .sentence .badge").nth(0)).to_have_text("STÖDS")
    expect(page.locator("#verdict .sentence .badge").nth(1)).to_have_text("MOTSÄGS")
    expect(page.locator("#verdict .sentence .badge").nth(2)).to_have_text("MOTSÄGS")
    page.screenshot(path=str(SHOTS / "text-check.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#check-export").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert "“Från den 1 januari till och med den oktober 2008 tog Jobbtorg Stockholm emot och skrev in 9472 personer.”" in markdown
    assert "tecken 569–673" in markdown and "Index byggt" in markdown


def test_figures_tab_lists_and_plots(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Siffror").click()
    expect(page.locator("#figure-table").get_by_text("skrev in 9472 personer").first).to_be_visible()
    expect(page.get_by_role("button", name="Ladda ner som CSV")).to_be_visible()
    page.screenshot(path=str(SHOTS / "figures.png"), full_page=True)
    # Two downloads: one Swedish Excel opens as written, one for scripts.
    with page.expect_download() as download:
        page.locator("#csv-excel").click()
    excel = Path(download.value.path()).read_bytes()
    assert excel.startswith(b"\xef\xbb\xbf") and "Dokument;Värde;" in excel.decode("utf-8-sig")
    assert ";0,25;" in excel.decode("utf-8-sig")  # var fjärde, with a decimal comma
    with page.expect_download() as download:
        page.locator("#csv-data").click()
    data = Path(download.value.path()).read_text(encoding="utf-8")
    assert data.startswith("source,title,value,") and ",0.25," in data and ",9472.0," in data
    # A series across documents: the figures found, plotted in time order.
    page.get_by_label("Sök bland siffrorna").fill("inskrivna")
    page.locator("#draw-matches").click()
    expect(page.locator("#matches-plot img, #matches-plot svg, #matches-plot canvas").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "figures-series.png"), full_page=True)


def test_upload_a_pdf_then_ask_about_it(page, tmp_path_factory):
    from playwright.sync_api import expect

    pdf = write_pdf(tmp_path_factory.mktemp("upload") / "Uppföljning Skärholmen 2010.pdf", [[
        "Uppföljning av Jobbtorg Skärholmen 2010",
        "Under 2010 fick 417 aspiranter på Jobbtorg Skärholmen arbete efter en kortare yrkesutbildning.",
    ]])
    page.get_by_role("tab", name="Dokument").click()
    with page.expect_file_chooser() as chooser:
        page.locator("#upload").click()
    chooser.value.set_files(str(pdf))
    expect(page.locator("#picked")).to_contain_text("Uppföljning Skärholmen 2010.pdf")
    page.get_by_role("button", name="Lägg till i index").click()
    expect(page.get_by_role("row", name="Uppföljning_Skärholmen_2010.pdf tillagd")).to_be_visible()
    page.screenshot(path=str(SHOTS / "documents.png"), full_page=True)
    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Hur många aspiranter på Jobbtorg Skärholmen fick arbete 2010?")
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first).to_contain_text("417 aspiranter")


def test_passage_search_tab(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Sök").click()
    box = page.get_by_label("Sök (svenska eller engelska)")
    box.fill("places per week Enskede-Årsta-Vantör")
    box.press("Enter")
    expect(page.locator("#search-results").get_by_role("row").filter(has_text="26 platser/vecka").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)


def test_markup_typed_into_the_chat_is_shown_not_run(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, '<img src=x onerror="window.__pwned=1"><b>fet</b> Hur många aspiranter fick arbete under juni månad?')
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first.first).to_contain_text("32 aspiranter")
    expect(page.get_by_text('<img src=x onerror="window.__pwned=1"><b>fet</b>').first).to_be_visible()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0 and page.locator("b", has_text="fet").count() == 0


def test_bare_urls_and_addresses_are_shown_as_text_not_links(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Står det på https://jobbtorg.example.se/fusk eller www.exempel.se eller hos info@exempel.se hur många fick arbete i juni?")
    expect(page.get_by_text("https://jobbtorg.example.se/fusk").first).to_be_visible()
    expect(page.locator("#sources .source:not(.earlier .source) > p mark").first.first).to_be_visible()
    assert page.locator("a[href*='example.se'], a[href*='exempel.se']").count() == 0


def test_an_english_browser_gets_an_english_app_with_the_swedish_quotes(app_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(locale="en-US", viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(app_url)
    for name in ("Ask", "Check", "Figures", "Documents", "Search"):
        expect(page.get_by_role("tab", name=name, exact=True)).to_be_visible()
    box = page.get_by_label("Your question (Swedish or English)")
    box.fill("How many aspirants found work in June?")
    box.press("Enter")
    answer = page.locator("#chat [data-testid='bot']").last
    expect(answer).to_contain_text("Answer: 32 aspirants found work in June [1]")  # an English sentence states the answer ...
    expect(answer).to_contain_text("Av redovisningen framgår att 32 aspiranter")  # ... the quote stays as written
    expect(page.locator("#sources h3")).to_have_text("Sources")
    page.screenshot(path=str(SHOTS / "english.png"))
    page.close()


def test_on_a_phone_every_tab_shows_and_the_sources_sit_under_the_answer(app_url, browser):
    from playwright.sync_api import expect

    page = browser.new_page(locale="sv-SE", viewport={"width": 390, "height": 844})
    page.set_default_timeout(60_000)
    page.goto(app_url)
    for name in ("Fråga", "Granska", "Siffror", "Dokument", "Sök"):
        expect(page.get_by_role("tab", name=name, exact=True)).to_be_visible()  # none behind an overflow menu
    _ask(page, "Hur många aspiranter fick arbete under juni månad?")
    expect(page.locator("#sources .source").first).to_be_visible()
    chat, sources = page.locator("#chat").bounding_box(), page.locator("#sources").bounding_box()
    question = page.get_by_label("Din fråga (svenska eller engelska)").bounding_box()
    assert 0 <= sources["y"] - (chat["y"] + chat["height"]) < 60  # right under the answer ...
    assert question["y"] > sources["y"]  # ... before the question box
    page.screenshot(path=str(SHOTS / "mobile.png"), full_page=True)
    page.close()


def test_no_serious_accessibility_violation_on_any_tab(page):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Fråga").click()
    _ask(page, "Hur många aspiranter fick arbete under juni månad?")
    expect(page.locator("#sources .source").first).to_be_visible()
    # New sources and verdicts are announced; no control is an unlabelled icon.
    expect(page.locator("#sources")).to_have_attribute("aria-live", "polite")
    expect(page.locator(".toast-header")).to_have_count(0, timeout=15_000)  # a hint from an earlier test has gone
    axe = Axe()
    for tab in ("Fråga", "Granska", "Siffror", "Dokument", "Sök"):
        page.get_by_role("tab", name=tab, exact=True).click()
        page.wait_for_timeout(500)
        if tab == "Granska":  # a tab's panels exist once it is opened
            expect(page.locator("#verdict")).to_have_attribute("aria-live", "polite")
        violations = [v for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
        assert not violations, (tab, [(v["id"], [n["html"][:120] for n in v["nodes"]]) for v in violations])


def test_an_exposed_app_needs_a_login(shipped_index, tmp_path, browser):
    """Any bind address but 127.0.0.1 refuses to start without JOBBTORG_AUTH;
    with it, a browser must log in before it sees anything."""
    from playwright.sync_api import expect

    index_dir = tmp_path / "index"
    shutil.copytree(shipped_index.index_dir, index_dir)
    refused = subprocess.run([sys.executable, "app.py"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "JOBBTORG_INDEX_DIR": str(index_dir), "GRADIO_SERVER_NAME": "0.0.0.0",
                                  "GRADIO_SERVER_PORT": str(_free_port()), "JOBBTORG_AUTH": ""})
    assert refused.returncode != 0 and "JOBBTORG_AUTH" in refused.stderr and "Traceback" not in refused.stderr

    process, port = _start_app(index_dir, GRADIO_SERVER_NAME="0.0.0.0", JOBBTORG_AUTH="handläggare:Rätt-lösen-42")
    try:
        # Gradio's own login form speaks the browser's language: English here, and so does the app.
        page = browser.new_page(locale="en-US", viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.get_by_role("heading", name="The Jobbtorg assistant")).to_have_count(0)
        page.get_by_label("username").fill("handläggare")
        page.get_by_label("password").fill("fel-lösen")
        page.get_by_role("button", name="Login").click()
        expect(page.get_by_text("Incorrect Credentials")).to_be_visible()
        page.get_by_label("username").fill("handläggare")  # the form is emptied after a failed try
        page.get_by_label("password").fill("Rätt-lösen-42")
        page.get_by_role("button", name="Login").click()
        expect(page.get_by_role("heading", name="The Jobbtorg assistant")).to_be_visible(timeout=60_000)
        box = page.get_by_label("Your question (Swedish or English)")
        box.fill("Hur många aspiranter fick arbete under juni månad?")
        box.press("Enter")
        expect(page.locator("#sources .source:not(.earlier .source) > p mark").first).to_contain_text("32 aspiranter")
        page.get_by_role("tab", name="Documents").click()
        expect(page.locator("#upload")).to_be_visible()  # logged in: uploads are on
        page.screenshot(path=str(SHOTS / "login.png"), full_page=True)
        page.close()
        api = urllib.request.Request(f"http://127.0.0.1:{port}/gradio_api/info")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(api, timeout=10)  # the API is behind the login too
    finally:
        stop(process)
