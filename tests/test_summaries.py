"""Summaries: the central sentences of the document a question names (by number
or title words), in its order, each cited, with its key figures; an overview of
every document when none is named. Swedish and English. On texts written here."""

from __future__ import annotations

import pytest

from conftest import assistant_over_text, assistant_over_texts

LIBRARY = """Svar på interpellation 2021:7 om bibliotekens öppettider

Stadsbiblioteket i Solna har sedan januari öppet till klockan 21 på vardagar.
Öppettiderna förlängdes för att fler studenter och arbetande ska kunna besöka biblioteket.
Under våren ökade antalet besökare till 41 000, jämfört med 35 000 året innan.
Förlängningen kostar 1,2 miljoner kronor per år och finansieras inom kulturnämndens budget.
Kulturnämnden ska utvärdera de förlängda öppettiderna efter ett år.

Stockholm den 2 juni 2021

Anna Berg
Kulturborgarråd
"""

POOLS = """Protokoll från idrottsnämnden om simhallarna

Nämnden beslutade att renovera simhallen i Hallonbergen under 2022.
Renoveringen beräknas kosta 48 miljoner kronor och pågå i fjorton månader.
Under renoveringen hänvisas skolornas simundervisning till simhallen i Bergshamra.
Föreningarna får förtur till de kvällstider som blir lediga i Bergshamra.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("summaries"), {"bibliotek.txt": LIBRARY, "simhallar.txt": POOLS})


@pytest.mark.parametrize("question, lead", [
    ("Sammanfatta interpellation 2021:7", "Sammanfattning av ”Svar på interpellation 2021:7 om bibliotekens öppettider” [1]"),
    ("Vad handlar svaret om bibliotekens öppettider om?", "Sammanfattning av ”Svar på interpellation 2021:7"),
    ("Summarise the reply about library opening hours 2021:7", "Summary of ”Svar på interpellation 2021:7"),
])
def test_a_named_document_is_summarised_from_its_own_sentences(assistant, question, lead):
    answer = assistant.ask(question)
    assert not answer.abstained and answer.answer.startswith(lead), answer.answer
    assert {c.source for c in answer.citations} == {"bibliotek.txt"}
    # Every sentence is quoted verbatim, in the document's order, and the key figures are cited.
    assert all(c.quote in LIBRARY for c in answer.citations)
    assert [c.start for c in answer.citations] == sorted(c.start for c in answer.citations)
    assert 4 <= len(answer.citations) <= 8 and "41 000" in answer.answer
    assert "Kulturborgarråd" not in answer.answer and "Anna Berg [" not in answer.answer  # no signature as a central sentence


def test_no_document_named_gives_an_overview_of_each(assistant):
    answer = assistant.ask("Sammanfatta dokumenten")
    assert not answer.abstained and answer.answer.startswith("Alla dokument: ")
    assert {c.source for c in answer.citations} == {"bibliotek.txt", "simhallar.txt"}


BORLANGE = """Tjänsteutlåtande
Dnr 2019-114

Sammanfattning

Förvaltningen har fått i uppdrag att utreda ett nytt jobbcentrum i Borlänge för unga vuxna.
Utredningen föreslår att jobbcentret öppnar hösten 2020 i lokaler vid resecentrum.
Kostnaden beräknas till 4 miljoner kronor per år.

Bakgrund

Borlänge har haft en hög ungdomsarbetslöshet under flera år och nämnden har tidigare diskuterat frågan vid flera sammanträden.
Arbetsförmedlingen och kommunen samarbetar redan i ett mindre projekt med praktikplatser för unga.
Projektet har haft ungefär 60 deltagare per år och har utvärderats av en extern utvärderare.
Lokalerna vid resecentrum har tidigare använts av biblioteket och behöver byggas om.
"""


def test_a_document_with_its_own_summary_section_is_summarised_by_it(tmp_path):
    from conftest import assistant_over_text

    answer = assistant_over_text(tmp_path, "borlange.txt", BORLANGE).ask("Sammanfatta tjänsteutlåtandet om jobbcentrum i Borlänge")
    body = answer.answer.split(": ", 1)[1].split(" Nyckeltal:")[0]
    assert body == ("Förvaltningen har fått i uppdrag att utreda ett nytt jobbcentrum i Borlänge för unga vuxna. [2] "
                    "Utredningen föreslår att jobbcentret öppnar hösten 2020 i lokaler vid resecentrum. [3] "
                    "Kostnaden beräknas till 4 miljoner kronor per år. [4]"), answer.answer


def test_the_documents_in_the_plural_are_all_of_them_unless_the_words_name_one(tmp_path):
    from conftest import assistant_over_texts

    assistant = assistant_over_texts(tmp_path, {
        "falun.txt": "Svar på interpellation om jobbcentrum i Falun\n\nJobbcentret i Falun tog emot fler unga vuxna "
                     "under våren än året innan.\nKommunstyrelsen vill behålla verksamheten i nuvarande form.\n",
        "borlange.txt": "Protokoll om jobbcentrum i Borlänge\n\nNämnden beslutade att flytta jobbcentret i Borlänge "
                        "till resecentrum.\nFlytten ska vara klar innan sommaren.\n",
        "bibliotek.txt": "Protokoll från kulturnämnden om biblioteket\n\nNämnden beslutade att förlänga bibliotekets "
                         "öppettider på vardagar.\nFörlängningen utvärderas efter ett år.\n"})
    everything = assistant.ask("Sammanfatta vad dokumenten säger om jobbcentrum")
    assert everything.answer.startswith("Alla dokument: "), everything.answer
    one = assistant.ask("Sammanfatta vad dokumenten säger om Borlänge")
    assert one.answer.startswith("Sammanfattning av"), one.answer
    assert {c.source for c in one.citations} == {"borlange.txt"}


LJUSNE_LETTERHEAD = """SÖDERHAMNS KOMMUN
Arbetsmarknadsförvaltningen
2026-02-10
Dnr AMN 2026/12

Uppföljning av Jobbcenter Ljusne 2025

Under 2025 var 214 personer inskrivna vid Jobbcenter Ljusne, det högsta antalet sedan starten.
Av de inskrivna gick 96 till arbete och 31 till studier.
Nettokostnaden blev 6,2 miljoner kronor, något över budget.
Förvaltningen bedömer att verksamheten når sina mål för 2025.
"""


@pytest.mark.parametrize("question", ["sammanfatta uppföljningen av jobbcenter ljusne", "summarise the follow-up of Jobbcenter Ljusne"])
def test_a_summary_names_its_document_by_the_title_under_the_letterhead_and_leaves_the_letterhead_out(tmp_path_factory, question):
    # It was "Sammanfattning av ”SÖDERHAMNS KOMMUN”: Arbetsmarknadsförvaltningen [2] Dnr AMN 2026/12 [3] ...".
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_letterhead"), "rapport.txt", LJUSNE_LETTERHEAD).ask(question).answer
    assert "av ”Uppföljning av Jobbcenter Ljusne 2025” [1]" in answer or "of ”Uppföljning av Jobbcenter Ljusne 2025” [1]" in answer, answer
    assert "SÖDERHAMNS KOMMUN" not in answer and "Dnr AMN 2026/12 [" not in answer, answer
