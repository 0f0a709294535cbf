"""Grounded answers from the real index: retrieval, citations, numbers, abstention."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, assistant_over_text, make_settings, run_cli
from helpers_docs import write_pdf
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from assistant.answering import Answer
from assistant.chain import Assistant, build_chain
from assistant.embeddings import get_embeddings
from assistant.ingest import ingest
from assistant.retrieval import Filters, HybridRetriever, normalise_type
from assistant.store import Index, open_index

QA = [json.loads(line) for line in (ROOT / "evals" / "dev" / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
BY_ID = {row["id"]: row for row in QA}
# Dev is tuned on, so its figure proves nothing about new questions; this floor
# only catches a change that breaks what used to work. The gate is on test/unseen.
DEV_FLOOR = 0.80
NUMBER = re.compile(r"\d+(?:[ ,.]\d+)*")


def _normal(text: str) -> str:
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "", text.lower())
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def _passes(answer: str, must: list[list[str]]) -> bool:
    return all(any(_normal(option) in _normal(answer) for option in group) for group in must)


@pytest.fixture(scope="module")
def assistant(shipped_index) -> Assistant:
    return Assistant(shipped_index)


@pytest.fixture(scope="module")
def answers(assistant) -> dict[str, Answer]:
    out: dict[str, Answer] = {}
    for row in QA:
        history = [out[row["follows"]].resolved_question] if row.get("follows") else []
        out[row["id"]] = assistant.ask(row["q"], history=history)
    return out


def _check_grounded(answer: Answer, index: Index) -> None:
    for citation in (*answer.citations, *answer.related):
        text = index.record(citation.source).text
        assert text[citation.start : citation.end] == citation.quote  # offsets slice the cleaned text exactly
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)]
    assert sorted(set(markers)) == [c.n for c in answer.citations]  # every [n] cited, every citation used
    if not answer.abstained:
        cited = " ".join(c.quote for c in answer.citations)
        computed = " ".join(f["formula"] for f in answer.figures)
        for number in NUMBER.findall(answer.answer):
            if not re.fullmatch(r"\d+", number) or f"[{number}]" not in answer.answer:
                assert number in cited or number in computed, f"{number!r} in the answer is not in its citations"
        for figure in answer.figures:  # every operand is cited, verbatim
            for item in figure["inputs"]:
                assert index.record(item["source"]).text[item["start"] : item["end"]] == item["quote"]
                assert any(c.quote == item["quote"] for c in answer.citations)
    else:
        assert answer.citations == () and not markers


def test_retriever_is_a_langchain_retriever_and_composes(shipped_index):
    index = open_index(shipped_index)
    retriever = HybridRetriever(index=index, embeddings=get_embeddings(shipped_index), k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = (retriever | RunnableLambda(lambda found: found)).invoke("Hur många platser per vecka har Enskede-Årsta-Vantör?")
    assert len(docs) == 3
    meta = docs[0].metadata
    assert {"source", "title", "date", "chunk_id", "start", "end"} <= set(meta)
    assert index.record(meta["source"]).text[meta["start"] : meta["end"]] == docs[0].page_content
    assert "26 platser/vecka" in docs[0].page_content


def test_english_question_retrieves_swedish_passage(shipped_index):
    retriever = HybridRetriever(index=open_index(shipped_index), embeddings=get_embeddings(shipped_index), k=3)
    docs = retriever.invoke("Which company wrote a solid report that the Social Democrats thanked?")
    assert any("Sweco" in d.page_content for d in docs)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("åtgärder på arbetsmarknaden", "arbetsmarknadsåtgärder"), ("försörjningsstöd", "försörjningsstödstagare"),
     ("arbetsmarknadsåtgärderna", "arbetsmarknadsåtgärder"), ("jobbtorgsaspiranterna", "jobbtorgsaspiranter")],
)
def test_compounds_and_inflections_match_lexically(shipped_index, query, expected):
    index = open_index(shipped_index)
    texts = {cid: index.chunk(cid)[1].text for cid in index.live_chunk_ids}
    # Without compound splitting these chunks would score zero for the query.
    hits = index.lexical().search(query, k=len(texts))
    assert any(expected in texts[hit.chunk_id] for hit in hits)


def test_filters_by_document_type_and_year(shipped_index):
    index = open_index(shipped_index)
    embeddings = get_embeddings(shipped_index)
    for filters, check in [
        (Filters(source="004_7c361c27759a4a85.txt"), lambda m: m["source"] == "004_7c361c27759a4a85.txt"),
        (Filters(type=normalise_type("interpellation answer")), lambda m: m["type"] == "interpellationssvar"),
        (Filters(year=2008), lambda m: (m["date"] or "").startswith("2008")),
        # Undated documents belong to the year of their reference number (2013:19, AMN 2013-0304-1).
        (Filters(year=2013), lambda m: m["source"] in ("003_a1fd56d9e386bfcd.txt", "004_7c361c27759a4a85.txt")),
    ]:
        docs = HybridRetriever(index=index, embeddings=embeddings, k=8, filters=filters).invoke("Jobbtorg arbete aspiranter")
        assert docs and all(check(d.metadata) for d in docs)
    years = {d["source"]: (d["year"], d["year_from"]) for d in index.documents}
    assert years["003_a1fd56d9e386bfcd.txt"] == (2013, "reference") and years["000_10e06c5843140a80.txt"] == (2008, "date")
    assert years["002_c92b7a411cd0c83a.txt"] == (None, None)
    assert HybridRetriever(index=index, embeddings=embeddings, filters=Filters(year=1999)).invoke("Jobbtorg") == []


def test_every_answer_is_grounded(answers, shipped_index):
    index = open_index(shipped_index)
    for answer in answers.values():
        _check_grounded(answer, index)


def test_answer_accuracy_on_the_eval_set(answers):
    answerable = [row for row in QA if row["type"] != "unanswerable"]
    right = [row["id"] for row in answerable if not answers[row["id"]].abstained and _passes(answers[row["id"]].answer, row["must"])]
    floor = DEV_FLOOR
    assert len(right) / len(answerable) >= floor, sorted(set(r["id"] for r in answerable) - set(right))
    # Citations name the gold documents.
    for row in answerable:
        if row["id"] in right:
            assert {c.source for c in answers[row["id"]].citations} & set(row["sources"]) or not row["sources"]


def test_unanswerable_swedish_questions_are_declined(answers):
    swedish = [row for row in QA if row["type"] == "unanswerable" and row.get("lang", "sv") == "sv"
               and not re.match(r"^(What|How|Who)\b", row["q"])]
    declined = [row["id"] for row in swedish if answers[row["id"]].abstained]
    # The decision is fitted for questions in users' words too (evals/dev/paraphrases.jsonl):
    # most, not all, of these near-misses are declined.
    assert len(declined) / len(swedish) >= 0.75, sorted({r["id"] for r in swedish} - set(declined))
    for row_id in declined:
        answer = answers[row_id]
        assert answer.answer.startswith(("Dokumenten säger inget", "Dokumenten nämner inte", "Inget dokument talar om"))
        assert answer.citations == () and len(answer.related) <= 3


def test_english_questions_get_english_framing_and_swedish_quotes(answers):
    english = [row for row in QA if row["type"] == "english"]
    right = [row for row in english if not answers[row["id"]].abstained and _passes(answers[row["id"]].answer, row["must"])]
    assert len(right) / len(english) >= 0.6, sorted({r["id"] for r in english} - {r["id"] for r in right})
    for row in english:
        answer = answers[row["id"]]
        if not answer.abstained:
            assert answer.answer.startswith(("The documents say", "Answer: ")) and "quoted in Swedish" in answer.answer
    assert answers["u05"].abstained and answers["u05"].answer.startswith("The documents do not")


def test_numbers_come_back_exactly_as_written(assistant, answers):
    answer = assistant.ask("Hur många av dem som fått hjälp till egen försörjning hade fått ett arbete?")
    assert "1 812" in answer.answer and "1812" not in answer.answer
    assert "9472 personer" in answers["f01"].answer  # this document writes it without a space


def test_follow_up_is_resolved_against_the_conversation(answers):
    assert answers["c02"].resolved_question == "Hur många var inskrivna på Jobbtorg i juni?"
    assert "1064 i juni" in answers["c02"].answer


def test_year_not_covered_is_declined(answers):
    # The decline names the year no document speaks of, and cites nothing.
    assert answers["u01"].abstained and "Inget dokument talar om 2015" in answers["u01"].answer
    assert answers["u01"].citations == ()


def test_a_month_figure_of_something_else_does_not_answer(assistant):
    # The documents give job numbers for June only; 971 is how many were registered in January.
    answer = assistant.ask("Hur många fick arbete i januari?")
    assert answer.abstained and answer.answer.startswith("Dokumenten säger inget")


@pytest.mark.parametrize(
    ("question", "formula", "value"),
    [
        ("Hur många fler var inskrivna i juni än i januari?", "1 064 − 971 = 93", 93),
        ("Med hur många procent ökade antalet inskrivna från januari till juni?", "(1 064 − 971) / 971 = 9,6 %", 9.6),
        ("Hur många av de 430 aspiranterna gick till arbete?", "430 × 22 % × 21 % = 19,9", 19.9),
        ("Hur stor andel av dem som fått hjälp till egen försörjning hade fått ett arbete?", "1 812 / 3 278 = 55,3 %", 55.3),
        ("Hur många personer skrevs in på Jobbtorg Stockholm i genomsnitt per månad under 2008?", "9 472 / 10 = 947,2 per månad", 947.2),
        ("Hur många procentenheter skiljer mellan andelen med hög sysselsättningsgrad efter avslut och andelen som står helt "
         "utanför arbetsmarknaden?", "90 % − 40 % = 50 procentenheter", 50),
    ],
)
def test_computed_answers_show_formula_and_cite_operands(assistant, shipped_index, question, formula, value):
    answer = assistant.ask(question)
    assert not answer.abstained and answer.warnings == ()
    assert formula in answer.answer
    [figure] = answer.figures
    assert figure["value"] == value and figure["formula"].startswith(formula)
    assert set(figure) == {"label", "value", "unit", "formula", "inputs"}
    assert all(set(item) == {"value", "source", "quote", "start", "end"} for item in figure["inputs"])
    _check_grounded(answer, open_index(shipped_index))


def test_ambiguous_operands_list_the_figures_instead_of_guessing(assistant, shipped_index):
    answer = assistant.ask("Hur stor andel av de inskrivna fick ett arbete?")
    assert answer.figures == () and "ambiguous_operands" in answer.warnings
    assert answer.answer.startswith("Jag kan inte avgöra vilka siffror frågan gäller")
    # Not computing is declining: the figures that fit one operand equally well are listed
    # and shown as related passages, not as sources of an answer.
    assert answer.abstained and not answer.citations
    assert len(answer.related) >= 2 and any("1 812" in c.quote for c in answer.related)
    assert all(f"[{c.n}]" in answer.answer for c in answer.related)
    index = open_index(shipped_index)
    assert all(index.record(c.source).text[c.start:c.end] == c.quote for c in answer.related)


def test_decimal_comma_figures_from_a_new_pdf(tmp_path):
    pdf = write_pdf(tmp_path / "uppfoljning.pdf", [[
        "Uppföljning av Jobbtorg Skärholmen 2010",
        "Under 2010 ökade andelen aspiranter som gick till arbete med 56,4 procent jämfört med året innan.",
        "Jobbtorg Skärholmen hade 1 250 inskrivna i december.",
    ]])
    settings = make_settings(tmp_path / "index")
    assert ingest([pdf], settings, progress=False).ok
    assistant = Assistant(settings)
    answer = assistant.ask("Hur mycket ökade andelen aspiranter som gick till arbete under 2010?")
    assert "56,4 procent" in answer.answer and answer.citations[0].source == "uppfoljning.pdf"
    # A looser wording may fall under the decision's line (a false decline, counted by the
    # eval); it must never be answered with the other figure.
    loose = assistant.ask("Hur mycket ökade andelen som gick till arbete i Skärholmen?")
    assert loose.abstained or "56,4 procent" in loose.answer
    answer = assistant.ask("Hur många var inskrivna i december på Jobbtorg Skärholmen?")
    assert "1 250 inskrivna" in answer.answer
    _check_grounded(answer, open_index(settings))


def test_composer_plugs_into_the_chain(shipped_index):
    index = open_index(shipped_index)
    retriever = HybridRetriever(index=index, embeddings=get_embeddings(shipped_index), k=2)

    class CountingComposer:
        def compose(self, question, docs, original=None):
            return Answer(original, f"{len(docs)} passages", True, (), (), question, 0.0)

    answer = build_chain(retriever, CountingComposer()).invoke({"question": "Vem är finansborgarråd?", "history": []})
    assert answer.answer == "2 passages" and set(answer.timings_ms) == {"retrieve", "answer", "total"}


def test_cli_ask_json_contract(shipped_index):
    out = run_cli("ask", "Hur många aspiranter fick arbete under juni månad?", "--json", "--index-dir", str(shipped_index.index_dir), check=True)
    data = json.loads(out.stdout)
    assert list(data) == ["id", "question", "answer", "abstained", "citations", "related", "figures", "composer", "warnings", "timings_ms"]
    assert data["composer"] == "extractive" and data["abstained"] is False and data["warnings"] == []
    assert list(data["citations"][0]) == ["n", "source", "title", "quote", "start", "end"]
    assert set(data["timings_ms"]) == {"retrieve", "answer", "total"}
    shown = run_cli("show", data["citations"][0]["source"], "--index-dir", str(shipped_index.index_dir), check=True).stdout
    assert shown[data["citations"][0]["start"] : data["citations"][0]["end"]] == data["citations"][0]["quote"]
    human = run_cli("ask", "Hur många aspiranter fick arbete under juni månad?", "--index-dir", str(shipped_index.index_dir), check=True).stdout
    assert "32 aspiranter" in human and "[1] " in human and "002_c92b7a411cd0c83a.txt" in human


def test_cli_ask_questions_file(shipped_index, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "a", "q": "Hur många var inskrivna på Jobbtorg i januari?"},
        {"id": 7, "q": "och i juni?", "follows": "a"},
        {"id": "c", "q": "Vem är Sveriges statsminister?"},
    ]) + "\n", encoding="utf-8")
    out = run_cli("ask", "--questions", str(questions), "--json", "--index-dir", str(shipped_index.index_dir), check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 7, "c"]
    assert "1064" in rows[1]["answer"] and rows[2]["abstained"] is True
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "q": "ok?"}\nnot json\n', encoding="utf-8")
    result = run_cli("ask", "--questions", str(bad), "--json", "--index-dir", str(shipped_index.index_dir))
    assert result.returncode == 2 and f"{bad}:2" in result.stderr and result.stderr.count("\n") == 1


def test_cli_ask_filters_and_errors(shipped_index):
    index_dir = str(shipped_index.index_dir)
    out = run_cli("ask", "Hur stor andel står helt utanför arbetsmarknaden?", "--type", "protocol", "--json", "--index-dir", index_dir, check=True)
    assert {c["source"] for c in json.loads(out.stdout)["citations"]} == {"004_7c361c27759a4a85.txt"}
    bad = run_cli("ask", "x", "--type", "roman", "--index-dir", index_dir)
    assert bad.returncode == 2 and "unknown document type" in bad.stderr
    missing = run_cli("ask", "Hur många?", "--index-dir", str(Path(index_dir).parent / "none"))
    assert missing.returncode == 2 and "jobbtorg ingest" in missing.stderr


def test_a_person_asked_about_points_to_the_sentence_of_their_own_document(tmp_path):
    """'vad kallar lund 2016': of two papers saying the same, the one Karin Lund signed is cited first."""
    from conftest import assistant_over_texts

    texts = {
        "rapport_2016.txt": "Rapport om Jobbcenter 2016\n\nFörvaltningen kallar året så här i sin rapport om Jobbcenter. "
                            "2016 är ett uppbyggnadsår för Jobbcenter. Antalet besök ökade.\n",
        "svar_lund.txt": "Svar på interpellation 2016:7\n\nStaden har inrättat ett nytt center. "
                         "2016 är ett uppbyggnadsår för Jobbcenter i staden. Arbetet fortsätter under hösten.\n\n"
                         "Karin Lund\nKommunalråd\n",
    }
    from assistant.retrieval import HybridRetriever
    from assistant.store import open_index

    assistant = assistant_over_texts(tmp_path, texts)
    index = open_index(assistant.settings)
    question = "vad kallar Lund 2016 för Jobbcenter"
    docs = HybridRetriever(index=index, embeddings=assistant.embeddings, k=10).invoke(question)
    twins = [s for s in assistant.composer(index).score(question, docs) if "uppbyggnadsår" in s.text]
    assert [s.source for s in twins] == ["svar_lund.txt", "rapport_2016.txt"], [(s.source, s.score) for s in twins]


def test_a_when_question_is_answered_by_a_sentence_holding_a_date(tmp_path):
    """'när kom det igång' shares a word with 'har varit igång i sex månader'; only the dated sentence answers."""
    from conftest import assistant_over_text

    text = ("Jobbcenter Västerås\n\nDen 3 mars 2014 öppnade Jobbcenter i Västerås. Jobbcenter har nu varit igång i "
            "sex månader och verksamheten fungerar väl. Deltagarna kommer från hela kommunen.\n")
    assistant = assistant_over_text(tmp_path, "vasteras_start.txt", text)
    answer = assistant.ask("när kom jobbcenter igång")
    assert [c.quote for c in answer.citations] == ["Den 3 mars 2014 öppnade Jobbcenter i Västerås."], answer.answer
    # "when" inside a question is a conjunction, not a request for a date.
    from assistant.understanding import understand

    assert understand("How is the work followed up when people leave Jobbcenter?").answer_type != "date"


def test_a_title_line_is_not_quoted_beside_the_sentence_that_answers(tmp_path):
    from conftest import assistant_over_text

    text = ("Uppföljning av Jobbcenter Gottsunda under hösten\n\n"
            "Under hösten har Jobbcenter Gottsunda följts upp varje månad av förvaltningen. "
            "Uppföljningen visar att väntetiderna har blivit kortare. Nästa uppföljning görs i vår.\n")
    answer = assistant_over_text(tmp_path, "gottsunda_host.txt", text).ask("vad visade uppföljningen av jobbcenter gottsunda under hösten")
    assert not answer.abstained, answer.answer
    assert all(c.quote != "Uppföljning av Jobbcenter Gottsunda under hösten" for c in answer.citations), answer.answer



LULEA = """Verksamhetsberättelse för Jobbcentrum Luleå

Därför startade 2015 Jobbcentrum Luleå, för att hjälpa fler arbetslösa till egen försörjning.
Den 1 mars 2015 inrättades Jobbcentrum Luleå.
Från 2018 flyttade Jobbcentrum Luleå sina lokaler till stadsbiblioteket.
Verksamheten har 40 anställda.
"""


def test_a_date_question_is_answered_by_the_day_before_a_sentence_with_the_year_only(tmp_path):
    assistant = assistant_over_text(tmp_path, "lulea.txt", LULEA)
    answer = assistant.ask("när startade jobbcentrum luleå")
    assert "Den 1 mars 2015 inrättades Jobbcentrum Luleå. [1]" in answer.answer, answer.answer
    assert "Därför startade" not in answer.answer
    # Two dates asked: a sentence with the year only still answers its part.
    both = assistant.ask("när startade jobbcentrum luleå och när flyttade det till stadsbiblioteket")
    assert "Från 2018 flyttade" in both.answer, both.answer


def test_a_date_answer_opens_with_the_date_in_the_askers_language(tmp_path):
    assistant = assistant_over_text(tmp_path, "lulea.txt", LULEA)
    english = assistant.ask("When was Jobbcentrum Luleå set up?")
    assert english.answer.startswith("Answer: 1 March 2015 [1]. The documents say (quoted in Swedish): “Den 1 mars 2015"), english.answer
    swedish = assistant.ask("När inrättades Jobbcentrum Luleå?")
    assert swedish.answer.startswith("Svar: 1 mars 2015 [1]."), swedish.answer


KIRUNA = """Verksamhetsplan för Jobbcentrum Kiruna

Jobbcentret behöver fler praktikplatser för unga vuxna under de kommande åren.
Detta säkerställer vi genom avtal med de största arbetsgivarna i kommunen.
Verksamheten leds av en enhetschef och har tolv anställda.
"""


@pytest.mark.parametrize("question", [
    "Hur ser jobbcentret till att det finns praktikplatser för unga vuxna?",
    "How does the job centre make sure there are work placements for young adults?",
])
def test_a_question_about_the_way_something_is_done_is_answered_by_the_sentence_that_says_how(tmp_path, question):
    answer = assistant_over_text(tmp_path, "kiruna.txt", KIRUNA).ask(question)
    assert "genom avtal med de största arbetsgivarna" in answer.answer, answer.answer


def test_a_yes_no_question_about_a_number_is_answered_by_the_sentence_that_says_it_is_not_known(tmp_path):
    assistant = assistant_over_text(tmp_path, "boden.txt", (
        "Uppföljning av projektet Start i Boden\n\n"
        "Under 2019 deltog 300 personer i projektet Start, som drevs av kommunen.\n"
        "Hur många av dessa som fick ett arbete vet vi inte, eftersom det saknas statistik.\n"
        "Projektet avslutades vid årsskiftet.\n"))
    answer = assistant.ask("Vet kommunen hur många som fick jobb efter projektet Start?")
    assert "vet vi inte, eftersom det saknas statistik" in answer.answer, answer.answer
    assert not answer.answer.startswith("Svar: 300"), answer.answer


ARVIKA = """Uppföljning av Jobbcentrum Arvika 2021

Under 2021 skrev Jobbcentrum Arvika in 640 arbetssökande.
Av dessa fick 150 ett arbete och 90 började studera.
Andelen som avslutades varje månad låg mellan 4,1-6,3 % av alla inskrivna.
Målet är att alla nyinskrivna ska få en handlingsplan inom fem dagar.
Verksamheten tilldelades 12 praktikplatser/vecka.
"""


@pytest.fixture(scope="module")
def arvika(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("arvika"), "arvika.txt", ARVIKA)


def test_a_share_stated_of_something_else_is_not_the_share_asked(arvika):
    # The monthly closure percentage is a share of the enrolled, but not of those who got a job.
    answer = arvika.ask("Hur stor andel av de inskrivna fick jobb?")
    assert "150 / 640 = 23,4 %" in answer.answer, answer.answer
    assert "4,1-6,3" not in answer.answer


def test_a_count_lead_is_the_count_of_what_is_asked(arvika):
    # Two counts in one sentence, the question's own number is the base: 150 is who got a job.
    of_base = arvika.ask("Hur många av de 640 fick jobb?")
    assert of_base.answer.startswith("Svar: 150 ["), of_base.answer
    # A sentence that only shares the year counts the enrolled: no lead at all, never "Svar: 640".
    by_year = arvika.ask("Hur många fick arbete 2021?")
    assert not by_year.answer.startswith("Svar: 640"), by_year.answer
    # A percentage is no count, and a share question is not answered by a count.
    assert not arvika.ask("Hur många avslutades varje månad?").answer.startswith("Svar:")
    assert not arvika.ask("Hur stor andel började studera?").answer.startswith("Svar: 90")



# Written for these tests: a report and a protocol of a town the shipped corpus never names.
ESKILSTUNA_REPORT = """Eskilstuna kommun
Arbetsmarknadsförvaltningen

Uppföljningsrapport: Jobbcentrum Eskilstuna, verksamhetsåret 2024
Dnr AMF 2025/0087

Sammanfattning
Under 2024 var totalt 2 310 personer inskrivna vid Jobbcentrum Eskilstuna, jämfört med 2 050 under 2023. Av de inskrivna gick 705 personer vidare till anställning, vilket motsvarar 30,5 procent. Ytterligare 240 personer började en utbildning. År 2023 gick 560 personer (27,3 procent) vidare till anställning.

Resultat per målgrupp
Bland unga vuxna i åldern 20–29 år var 900 personer inskrivna, och av dem fick 330 en anställning. Bland personer över 30 år var 1 410 personer inskrivna, och av dem fick 375 en anställning.

Nyinskrivna per månad
Antalet nyinskrivna var 170 i januari, 140 i februari och 215 i mars. Ökningen i mars förklaras av att arbetsförmedlingen stängde ett lokalkontor i kommunen.

Kostnader
Verksamheten kostade 46 300 000 kronor under 2024, en ökning med 2 800 000 kronor jämfört med 2023. Det motsvarar 20 000 kronor per inskriven deltagare. Av kostnaden avsåg 9 260 000 kronor lönesubventioner.

Rapporten har sammanställts av utredaren Nils Ek på arbetsmarknadsförvaltningen.
"""

ESKILSTUNA_PROTOCOL = """Eskilstuna kommun
PROTOKOLL
Arbetsmarknadsnämnden
Sammanträdesdatum: 2025-02-19

§ 8 Uppföljning av Jobbcentrum Eskilstuna 2024
Dnr AMF 2025/0087

Ärendebeskrivning
Enhetschef Tove Lund föredrog ärendet.

Yrkanden
Ordföranden Eva Strand (S) yrkade bifall till förvaltningens förslag. Per Lind (M) yrkade att ärendet skulle återremitteras.

Beslut
Arbetsmarknadsnämnden beslutar att godkänna uppföljningen och lägga den till handlingarna.

Beslutet skickas till kommunstyrelsen.

Justerat 2025-02-24
Eva Strand (S), ordförande
"""


@pytest.fixture(scope="module")
def eskilstuna(tmp_path_factory):
    from conftest import assistant_over_texts

    return assistant_over_texts(tmp_path_factory.mktemp("eskilstuna"),
                                {"uppfoljning_2024.txt": ESKILSTUNA_REPORT, "protokoll_2025-02-19.txt": ESKILSTUNA_PROTOCOL})


def test_a_count_of_everyone_is_not_answered_by_a_count_of_one_group(eskilstuna):
    # "Bland unga vuxna ... fick 330" and "Bland personer över 30 år ... fick 375" are groups the question does not name.
    answer = eskilstuna.ask("hur många fick jobb?")
    assert answer.answer.startswith("Svar: 705 ["), answer.answer
    # Naming the group asks for its count.
    assert eskilstuna.ask("hur många fick anställning bland unga vuxna?").answer.startswith("Svar: 330 ["), "unga vuxna"


@pytest.mark.parametrize(("question", "computed"), [
    # No whole in the question: the rest of the year's enrolled, not of a group's nor of the year before's.
    ("hur många fick inte jobb?", "2 310 − 705 = 1 605"),
    ("hur många av de inskrivna kom inte ut i jobb?", "2 310 − 705 = 1 605"),
    # The group named is the whole and the part.
    ("hur många fick inte anställning bland unga vuxna?", "900 − 330 = 570"),
])
def test_how_many_did_not_is_the_rest_of_the_whole_the_documents_count(eskilstuna, question, computed):
    answer = eskilstuna.ask(question)
    assert computed in answer.answer, answer.answer
    assert not answer.abstained


@pytest.mark.parametrize("question", ["när var sammanträdet?", "När hade nämnden mötet där uppföljningen av jobbcentrum togs upp?",
                                      "When was the committee meeting held?", "när va nämndmötet där uppföljningen togs upp",
                                      "When was the board meeting that dealt with the follow-up?"])
def test_when_the_meeting_was_held_is_the_protocols_date(eskilstuna, question):
    # The meeting's date heads the protocol; "Justerat 2025-02-24" is when its minutes were approved.
    answer = eskilstuna.ask(question)
    assert "2025-02-19" in answer.answer and not answer.abstained, answer.answer
    assert answer.citations[0].source == "protokoll_2025-02-19.txt"


@pytest.mark.parametrize("question", ["vem skrev rapporten?", "Who wrote the report?"])
def test_who_wrote_a_report_is_who_it_says_compiled_it(eskilstuna, question):
    answer = eskilstuna.ask(question)
    assert not answer.abstained and re.search(r"(?:Svar: |Answer: )Nils Ek (?:wrote the report )?\[", answer.answer), answer.answer


def test_a_why_question_quotes_the_sentence_that_gives_the_cause(eskilstuna):
    # "förklaras av" states the cause; the figures sentence alone does not answer "varför".
    answer = eskilstuna.ask("varför ökade antalet nyinskrivna i mars?")
    assert "förklaras av att arbetsförmedlingen stängde" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["hur mycket ökade kostnaden jämfört med 2023?",
                                      "How much did the cost go up compared with 2023?"])
def test_a_stated_change_is_the_answer_and_never_an_operand(eskilstuna, question):
    # "en ökning med 2 800 000 kronor" states the change: it is quoted, never subtracted from the level.
    answer = eskilstuna.ask(question)
    assert not answer.abstained and "2 800 000 kronor [1]" in answer.answer.split(".")[0], answer.answer
    assert "46 300 000 − 2 800 000" not in answer.answer


def test_a_difference_between_two_years_is_computed_from_the_two_levels(eskilstuna):
    answer = eskilstuna.ask("hur många fler var inskrivna 2024 än 2023?")
    assert "2 310 − 2 050 = 260" in answer.answer, answer.answer


def test_a_figure_of_the_year_a_report_covers_is_no_answer_for_another_year(eskilstuna):
    # The per-participant cost names no year; the report covers 2024 (its title), and names 2023 only in passing.
    assert "20 000 kronor" in eskilstuna.ask("vad kostade det per deltagare 2024?").answer
    other = eskilstuna.ask("vad kostade det per deltagare 2023?")
    assert other.abstained and "20 000" not in other.answer, other.answer


def test_what_a_party_proposed_is_said_by_its_marked_member_and_no_other_partys(eskilstuna):
    answer = eskilstuna.ask("vad yrkade moderaterna?")
    assert not answer.abstained and "Per Lind (M) yrkade" in answer.answer, answer.answer
    assert "(S)" not in answer.answer
    # No member of the party asked about speaks: another party's motion is no answer.
    other = eskilstuna.ask("vad yrkade kristdemokraterna?")
    assert other.abstained, other.answer


def test_an_average_over_the_months_asked_is_the_mean_of_their_series(eskilstuna):
    answer = eskilstuna.ask("hur många nyinskrivna var det i snitt per månad från januari till mars?")
    assert "(170 + 140 + 215) / 3 = 175" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "computed"), [
    # Each year's figure is the one that counts what the other year's does, not the year's other count.
    ("hur många fler fick anställning 2024 jämfört med 2023?", "705 − 560 = 145"),
    ("hur mycket ökade antalet inskrivna mellan 2023 och 2024 i procent?", "(2 310 − 2 050) / 2 050 = 12,7 %"),
    ("med hur många procentenheter ökade andelen som fick anställning från 2023 till 2024?", "30,5 % − 27,3 % = 3,2 procentenheter"),
])
def test_two_years_are_compared_on_the_same_measure(eskilstuna, question, computed):
    answer = eskilstuna.ask(question)
    assert computed in answer.answer, answer.answer


def test_a_share_of_a_cost_is_taken_of_the_sums_of_money(eskilstuna):
    answer = eskilstuna.ask("hur stor andel av kostnaden gick till lönesubventioner?")
    assert "9 260 000 / 46 300 000 = 20,0 %" in answer.answer, answer.answer


@pytest.mark.parametrize(("claim", "verdict"), [
    # The party of whoever the protocol says did it: "Per Lind (M) yrkade att ärendet skulle återremitteras."
    ("Moderaterna yrkade att ärendet skulle återremitteras.", "supported"),
    ("Socialdemokraterna yrkade att ärendet skulle återremitteras.", "contradicted"),
    ("Moderaterna yrkade bifall till förvaltningens förslag.", "contradicted"),
])
def test_a_claim_about_what_a_party_did_is_held_to_the_marker_of_who_did_it(eskilstuna, claim, verdict):
    got = eskilstuna.check(claim)
    assert got.verdict == verdict, (got.verdict, got.explanation)


def test_a_partys_act_with_more_than_the_protocol_says_is_not_supported(eskilstuna):
    got = eskilstuna.check("Moderaterna yrkade att ärendet skulle återremitteras för en utredning av kostnaderna för lokalerna.")
    assert got.verdict != "supported", got.explanation


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Arbetsmarknadsnämnden beslutade att godkänna uppföljningen.", "supported"),
    # The body the decision is sent to did not take it.
    ("Kommunstyrelsen beslutade att godkänna uppföljningen.", "contradicted"),
    # "den 19 februari" is no word of the decision's sentence; the body is still another.
    ("Kommunfullmäktige beslutade den 19 februari att godkänna uppföljningen.", "contradicted"),
])
def test_a_claimed_deciding_body_is_held_to_the_body_that_decided(eskilstuna, claim, verdict):
    got = eskilstuna.check(claim)
    assert got.verdict == verdict, (got.verdict, got.explanation)


@pytest.mark.parametrize(("question", "computed"), [
    ("vilken månad hade högst antal nyinskrivna?", "max(170, 140, 215) = 215 (mars)"),
    ("Which month had the fewest new enrolments?", "min(170, 140, 215) = 140 (februari)"),
])
def test_the_month_with_the_most_is_read_off_its_series(eskilstuna, question, computed):
    answer = eskilstuna.ask(question)
    assert computed in answer.answer, answer.answer


def test_a_table_typed_as_lines_keeps_its_rows_apart(tmp_path):
    # "augusti 31" / "september 38" run together would read "31 september", a date.
    from conftest import assistant_over_text

    report = ("Uppföljning hösten 2024\n\nAntal deltagare som gick till arbete per månad:\naugusti 31\nseptember 38\n"
              "oktober 42\nnovember 36\ndecember 23\n\nNedgången i december beror på att arbetsgivarna gör uppehåll under helgerna.\n")
    assistant = assistant_over_text(tmp_path, "host.txt", report)
    answer = assistant.ask("hur många gick till arbete i snitt per månad från augusti till december?")
    assert "(31 + 38 + 42 + 36 + 23) / 5 = 34" in answer.answer, answer.answer


YSTAD = """Delårsrapport för Jobbcenter Ystad januari–augusti 2025

Jobbcenter Ystad har under januari–augusti 2025 haft 1 400 inskrivna deltagare, vilket är 150 fler än under samma period 2024. Antalet deltagare ökade med 12,0 procent jämfört med 2024.

Andelen som gick vidare till arbete var 28,0 procent 2024.

Ordförande Eva Berg (S) yrkar bifall till förvaltningens förslag.
"""


@pytest.fixture(scope="module")
def ystad(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("ystad"), "ystad.txt", YSTAD)


def test_a_change_is_never_a_level_of_a_comparison(ystad):
    # "150 fler än" and "ökade med 12,0 procent" are changes: no share of 2025 is stated to compare 28,0 with.
    points = ystad.ask("med hur många procentenheter ändrades andelen som gick vidare till arbete från 2024 till 2025?")
    assert "12" not in points.answer.split("Dokumenten anger")[0], points.answer
    # The change stated as "150 fler än" answers how many more, quoted, never a level to subtract from.
    more = ystad.ask("hur många fler deltagare var det 2025 än 2024?")
    assert more.answer.startswith("Svar: 150 ["), more.answer


def test_who_wrote_a_document_is_not_a_name_from_a_motion(ystad):
    answer = ystad.ask("vem har skrivit delårsrapporten?")
    assert "Eva Berg" not in answer.answer.split(".")[0], answer.answer


SIMRISHAMN = """Delårsrapport januari–augusti 2025 för Jobbcenter Simrishamn

Jobbcenter Simrishamn har under januari–augusti 2025 haft 1 400 inskrivna deltagare, vilket är 150 fler än under samma period föregående år. Vid utgången av augusti var 700 av dem aktivt inskrivna vid Jobbcenter.

Antalet inskrivna deltagare har ökat med 150 personer, en ökning med 12,0 procent jämfört med samma period 2024.
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Antalet inskrivna vid Jobbcenter Simrishamn ökade med ungefär tolv procent under årets första åtta månader jämfört med samma period i fjol.",
     "supported"),
    ("Antalet inskrivna vid Jobbcenter Simrishamn ökade med cirka 20 procent under årets första åtta månader jämfört med samma period i fjol.",
     "contradicted"),
])
def test_a_claimed_change_in_percent_is_held_to_the_change_stated(tmp_path, claim, verdict):
    # Never recomputed from a level and a change ("(700 − 150) / 150"): the report states the change.
    got = assistant_over_text(tmp_path, "simrishamn.txt", SIMRISHAMN).check(claim)
    assert got.verdict == verdict and "12,0" in got.explanation, (got.verdict, got.explanation)


MINUTES_WITH_CHAIR = """Protokoll från arbetsmarknadsnämnden i Piteå kommun

Sammanträdesdatum: 2024-04-10

Närvarande
Maria Sjögren (S), ordförande
Olle Backman (C), 1:e vice ordförande
Per Lind (M), 2:e vice ordförande

§ 12 Uppföljning av Jobbcenter Piteå

Per Lind (M) yrkar att nämnden ska avslå förslaget. Ordföranden ställer proposition på Per Lind (M) yrkande och finner att nämnden avslår detsamma.

Vid protokollet
Sekreterare Anna Berg
"""

MINUTES_WITHOUT_CHAIR = """Protokoll från arbetsmarknadsnämnden i Boden

§ 4 Uppföljning av Jobbcenter Boden

Per Lind (M) yrkar att nämnden ska avslå förslaget. Ordföranden ställer proposition på Per Lind (M) yrkande och finner att nämnden avslår detsamma.
Nämnden beslutar att godkänna uppföljningen.
"""


@pytest.mark.parametrize(("question", "name"), [
    ("vem var ordförande på sammanträdet?", "Maria Sjögren"), ("vem var sekreterare", "Anna Berg"),
])
def test_who_held_a_role_is_the_name_beside_it(tmp_path, question, name):
    answer = assistant_over_text(tmp_path, "pitea.txt", MINUTES_WITH_CHAIR).ask(question)
    assert not answer.abstained and f"{name} [" in answer.answer, answer.answer


def test_a_role_no_name_stands_beside_is_declined_not_answered_with_another_name(tmp_path):
    # "Ordföranden ställer proposition på Per Lind (M) yrkande" names no chair: Per Lind was given.
    answer = assistant_over_text(tmp_path, "boden.txt", MINUTES_WITHOUT_CHAIR).ask("vem var ordförande?")
    assert answer.abstained and "Per Lind" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "name"), [
    ("vilket område hade lägst andel som fick arbete?", "Gränby"),
    ("Which area had the highest share who found work?", "Gottsunda"),
    ("vilken stadsdel gick bäst, alltså högst andel i jobb", "Gottsunda"),
    # "sämst", "worst" of a share of those who found work is its lowest (they were declined).
    ("vilket område hade sämst andel som fick arbete", "Gränby"),
    ("which area had the worst share finding work", "Gränby"),
])
def test_which_had_the_highest_or_lowest_is_the_name_the_documents_call_so(tmp_path_factory, question, name):
    from test_claim_elements import UPPSALA

    answer = assistant_over_text(tmp_path_factory.mktemp("uppsala"), "uppsala.txt", UPPSALA).ask(question)
    assert not answer.abstained and (f"Svar: {name} [" in answer.answer or f"Answer: {name} [" in answer.answer), answer.answer


HALLSTAHAMMAR = """HALLSTAHAMMARS KOMMUN
Arbetsmarknadsförvaltningen

TJÄNSTEUTLÅTANDE
Datum: 2024-03-02
Handläggare: Sofia Ek, utredare

Uppföljning av Jobbcenter Hallstahammar 2023

Under 2023 var 640 personer inskrivna vid Jobbcenter Hallstahammar. Av dem fick 190 arbete och 70 började studera.
Resultaten förklaras av ett närmare samarbete med arbetsgivarna i kommunen, som under året tog emot fler praktikanter än tidigare.
Jobbcenter Hallstahammar har öppet alla vardagar och tar emot nya deltagare varje vecka.
Verksamheten finansieras av kommunen och av statsbidrag från Arbetsförmedlingen.
""" + "Kommunens arbetsmarknadsinsatser följs upp varje år. " * 12


@pytest.mark.parametrize("question", ["vem har skrivit uppföljningen?", "Who wrote the report?"])
def test_who_wrote_a_report_is_read_in_its_letterhead(tmp_path_factory, question):
    # The letterhead is near in meaning to no question: it was never among the passages read.
    answer = assistant_over_text(tmp_path_factory.mktemp("hallsta"), "hallstahammar.txt", HALLSTAHAMMAR).ask(question)
    assert not answer.abstained and re.search(r"(?:Svar: |Answer: )Sofia Ek (?:wrote the report )?\[", answer.answer), answer.answer


SANDVIKEN_MINUTES = """SANDVIKENS KOMMUN
SAMMANTRÄDESPROTOKOLL
Socialnämnden 2025-09-10

Övriga närvarande      Karin Öst, nämndsekreterare

§ 41 Uppföljning av Jobbcenter Sandviken

Ordföranden Eva Lund (M) yrkar bifall till förvaltningens förslag.

Lars Berg (V) yrkar, med instämmande av Nils Ek (S), att insatsen utökas till Björksätra.

Beslut
Socialnämnden avslår Lars Bergs tilläggsyrkande.

Reservation
Ledamöterna från Socialdemokraterna (S) och Vänsterpartiet (V) reserverar sig till förmån för Lars Bergs yrkande.
"""


@pytest.mark.parametrize("question", ["vilket parti är lars berg", "vilket parti tillhör Lars Berg?", "which party is lars berg in"])
def test_a_persons_party_is_the_marker_beside_their_name_not_one_beside_others(tmp_path_factory, question):
    # It was "Socialdemokraterna (s)": the reservation names him beside the markers of other members.
    answer = assistant_over_text(tmp_path_factory.mktemp("sandviken"), "sandviken.txt", SANDVIKEN_MINUTES).ask(question)
    assert "Vänsterpartiet" in answer.answer.split(".")[0], answer.answer
    assert answer.answer.startswith("Answer:" if question.startswith("which") else "Svar:")


SANDVIKEN_PRESS = """Pressmeddelande 2025-04-02
Sandvikens kommun startar Jobbspår industri

Jobbspår industri startar den 5 maj 2025 och omfattar 40 platser.
– Industrin behöver folk och vi behöver fler i arbete, säger Eva Lund (S), ordförande i socialnämnden.
"""


def test_the_chair_of_one_body_is_no_answer_about_another(tmp_path_factory):
    # "vem är ordförande i kommunstyrelsen" was answered with the chair of the social committee.
    press = assistant_over_text(tmp_path_factory.mktemp("sandviken_press"), "press.txt", SANDVIKEN_PRESS)
    assert press.ask("vem är ordförande i kommunstyrelsen").abstained
    assert press.ask("vem är ordförande i socialnämnden?").answer.startswith("Svar: Eva Lund")


OCKELBO = """Ockelbo kommun
Årsuppföljning Jobbcenter 2024
Datum: 2025-02-10

Enligt kommunens uppföljning fanns det 212 unga i åldern 16–24 år som varken arbetade eller studerade i Ockelbo 2024.
Under 2024 var 180 unga inskrivna vid Jobbcenter, jämfört med 150 under 2023. Av de inskrivna unga fick 64 arbete.
Under 2023 fick 41 av de inskrivna unga arbete.
"""


def test_a_count_stated_with_the_questions_own_negation_is_quoted_not_computed(tmp_path_factory):
    # It was 212 − 64: "varken ... eller" read as those who did not, of a whole.
    answer = assistant_over_text(tmp_path_factory.mktemp("ockelbo"), "ockelbo.txt", OCKELBO).ask(
        "hur många unga varken jobbar eller studerar i ockelbo")
    assert answer.answer.startswith("Svar: 212 ["), answer.answer


def test_the_rest_of_a_whole_is_of_the_year_asked(tmp_path_factory):
    answer = assistant_over_text(tmp_path_factory.mktemp("ockelbo2"), "ockelbo.txt", OCKELBO).ask(
        "hur många av de inskrivna unga 2024 fick inte arbete")
    assert "180 − 64 = 116" in answer.answer, answer.answer


SODERHAMN = """Söderhamns kommun
Delårsrapport Jobbcenter jan–jun 2025

Under första halvåret 2025 var 640 personer inskrivna vid Jobbcenter, och 410 av dem hade varit arbetslösa i mer än ett år.
Kategorin övriga kommundelar omfattar bland annat Ljusne, Sandarne och Stugsund.

Inskrivna och gick till arbete per kommundel
Kommundel            Inskrivna   Till arbete
Centrum              298         71
Norrala              241         62
Övriga kommundelar   101         40
"""


def test_a_count_for_a_place_is_never_the_count_of_another_place_or_of_the_whole(tmp_path_factory):
    assistant = assistant_over_text(tmp_path_factory.mktemp("soderhamn"), "soderhamn.txt", SODERHAMN)
    # It was "Svar: 410": the whole municipality's long-term unemployed for a place the documents
    # only list by name.
    ljusne = assistant.ask("hur många inskrivna fanns det i ljusne")
    assert not ljusne.answer.startswith("Svar:"), ljusne.answer
    # It was "Svar: 298", the first row's, for the row of another district; now the row's cell under
    # the column the question names.
    norrala = assistant.ask("hur många var inskrivna i norrala")
    assert norrala.answer.startswith("Svar: 241 ["), norrala.answer


def test_which_parties_is_answered_with_every_party_the_sentence_marks(tmp_path_factory):
    # It was "Socialdemokraterna (s)", the first of the two.
    answer = assistant_over_text(tmp_path_factory.mktemp("sandviken_parties"), "sandviken.txt", SANDVIKEN_MINUTES).ask(
        "vilka partier reserverade sig")
    assert answer.answer.startswith("Svar: Socialdemokraterna (s), Vänsterpartiet (v) ["), answer.answer


def test_a_sum_is_of_what_the_question_names(tmp_path_factory):
    text = ("Sandvikens kommun\nÅrsredovisning 2024\n\nKommunen driver två insatser: Språkspåret för nyanlända och "
            "Ungdomsspåret för unga utan arbete.\n\nKostnaden för Språkspåret uppgick till 1,2 miljoner kronor under 2024.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("sandviken_costs"), "sandviken.txt", text)
    # It was "Svar: 1,2 miljoner kronor", what the other measure cost.
    assert "1,2" not in assistant.ask("vad kostade ungdomsspåret 2024").answer.split(".")[0]
    assert assistant.ask("vad kostade språkspåret 2024").answer.startswith("Svar: 1,2 miljoner kronor")


def test_a_name_after_a_labels_colon_is_the_person_not_the_organisation_after_it(tmp_path_factory):
    text = ("SANDVIKENS KOMMUN\nDelårsrapport Jobbcenter 2025\n\nKontaktperson: Mattias Berg, enhetschef Jobbcenter Sandviken "
            "Tfn 026-24 00 00\n\nUnder första halvåret var 420 personer inskrivna.\n")
    answer = assistant_over_text(tmp_path_factory.mktemp("sandviken_contact"), "sandviken.txt", text).ask(
        "vem är kontaktperson för delårsrapporten")
    # It was "Svar: Jobbcenter Sandviken": a capital after a colon was read as a sentence's first word.
    assert answer.answer.startswith("Svar: Mattias Berg ["), answer.answer


@pytest.mark.parametrize("question", ["vem var sekreterare på mötet", "who was the secretary at the meeting"])
def test_a_role_written_in_a_compound_is_that_role(tmp_path_factory, question):
    # "nämndsekreterare" is the committee's secretary; it was declined.
    answer = assistant_over_text(tmp_path_factory.mktemp("sandviken_secretary"), "sandviken.txt", SANDVIKEN_MINUTES).ask(question)
    assert answer.answer.split(".")[0] in ("Svar: Karin Öst [1]", "Answer: Karin Öst was the secretary at the meeting [1]"), answer.answer


GAVLE_MINUTES = """GÄVLE KOMMUN
SAMMANTRÄDESPROTOKOLL
Arbetsmarknadsnämnden 2025-05-14

Beslutande             Britt-Marie Holm (KD), ordförande
                       Per Ek (M), 1:e vice ordförande

§ 12 Val av justerare
Nämnden utser Per Ek (M) att jämte ordföranden justera dagens protokoll.
"""


@pytest.mark.parametrize(("question", "lead"), [
    # They were declined: the label "Beslutande" and the first name made a pair, and the sentence that
    # only mentions the chair ("jämte ordföranden justera") came first.
    ("who chaired the meeting", "Answer: Britt-Marie Holm chaired the meeting ["),
    ("vem var ordförande på mötet", "Svar: Britt-Marie Holm ["),
    ("vem var 1:e vice ordförande", "Svar: Per Ek ["),
])
def test_the_chair_is_the_name_the_list_of_members_gives_the_role(tmp_path_factory, question, lead):
    answer = assistant_over_text(tmp_path_factory.mktemp("gavle_minutes"), "gavle.txt", GAVLE_MINUTES).ask(question)
    assert answer.answer.startswith(lead), answer.answer


def test_parties_named_in_words_answer_which_party(tmp_path_factory):
    text = ("HOFORS KOMMUN\nProtokoll Arbetsmarknadsnämnden 2025-05-06\n\n§ 12 Jobbcenter Hofors, utökning\n"
            "Ordföranden Lena Ek (S) yrkar bifall till förvaltningens förslag.\nNämnden beslutar i enlighet med förslaget.\n\n"
            "Reservation\nLedamöterna från Moderaterna och Kristdemokraterna reserverar sig mot beslutet.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_minutes"), "hofors_protokoll.txt", text)
    # It was a decline, or in longer minutes the chair's "(S)": parties named in words held no party.
    for question in ("vilka partier reserverade sig mot beslutet", "vilket parti reserverade sig"):
        answer = assistant.ask(question)
        assert answer.answer.startswith("Svar: Moderaterna (m), Kristdemokraterna (kd) ["), answer.answer


def test_a_deficit_is_asked_as_a_sum_and_answered_by_the_sentence_that_names_it(tmp_path_factory):
    text = ("HOFORS KOMMUN\nÅrsrapport 2024 – Jobbcenter Hofors\n\nEkonomi\nVerksamhetens nettobudget för 2024 var 14,1 mnkr. "
            "Nettokostnaden blev 14,6 mnkr, vilket innebär ett underskott på 0,5 mnkr.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_deficit"), "hofors_ar.txt", text)
    # It was a decline (a count asked), and then the budget, the one sum whose sentence names the year.
    for question in ("hur stort var underskottet 2024", "hur stort blev underskottet"):
        answer = assistant.ask(question)
        assert answer.answer.startswith("Svar: 0,5 mnkr ["), answer.answer


def test_a_change_in_a_sum_is_no_sum_spent(tmp_path_factory):
    # "... minskade med 0,4 miljoner kronor" is how much a grant fell; what the work cost is stated elsewhere.
    text = ("Årsrapport 2023 – Jobbcentrum Alfta\n\n"
            "Antalet platser i språkkursen minskade eftersom de statsbidrag som jobbcentrum får minskade med 0,4 miljoner "
            "kronor mellan 2022 och 2023.\n\nVerksamhetens kostnader uppgick till 9,4 miljoner kronor.\n")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_cost"), "alfta.txt", text).ask("hur mkt kostade jobbcentrum")
    assert answer.answer.startswith("Svar: 9,4 miljoner kronor [1]."), answer.answer


ALFTA_MINUTES = """ALFTA KOMMUN
Protokoll, arbetsmarknadsnämnden 2024-04-09

Beslutande
Eva Lund (S), ordförande
Per Holm (M), vice ordförande
Anna Berg (C)

§ 12 Jobbcentrum Alfta, uppföljning
Nämnden beslutar att godkänna uppföljningen.

Justeras
Eva Lund, ordförande    Per Holm, justerare
"""


@pytest.mark.parametrize("question, holder", [
    ("vem är kommunstyrelsens ordförande i alfta", None),
    ("vem var ordförande i arbetsmarknadsnämnden", "Eva Lund"),
])
def test_a_chair_is_of_the_body_whose_minutes_name_them(tmp_path_factory, question, holder):
    # "Eva Lund (S), ordförande" in the labour market committee's minutes chairs that committee,
    # not the municipal executive board the first question asks about.
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_minutes"), "protokoll.txt", ALFTA_MINUTES).ask(question)
    if holder is None:
        assert answer.abstained and "Eva Lund" not in answer.answer, answer.answer
    else:
        assert answer.answer.startswith(f"Svar: {holder} ["), answer.answer


ALFTA_REPLY = """ALFTA KOMMUN
Kommunfullmäktige

Svar på interpellation från Lars Ek (V) om väntetiderna till språkkursen

Lars Ek (V) har i en interpellation till mig frågat varför väntetiden till språkkursen har ökat.

Väntetiden ökade eftersom statsbidraget minskade.

Alfta den 4 mars 2024

Eva Berg (C)
Kommunalråd
"""


@pytest.mark.parametrize("question, lead", [
    ("vilket parti tillhör kommunalrådet som svarade på interpellationen", "Svar: Centerpartiet (c) [1]."),
    ("which party is the councillor who answered the interpellation from?", "Answer: Centerpartiet (c) [1]."),
])
def test_the_party_of_who_answered_is_the_signatorys_not_the_askers(tmp_path_factory, question, lead):
    # "Lars Ek (V)" asked; "Eva Berg (C)" signed the answer.
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_reply"), "svar.txt", ALFTA_REPLY).ask(question)
    assert answer.answer.startswith(lead), answer.answer


def test_a_signatory_with_no_party_marker_has_no_party_in_the_document(tmp_path_factory):
    text = ALFTA_REPLY.replace("Eva Berg (C)", "Eva Berg")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_reply_bare"), "svar.txt", text).ask(
        "vilket parti tillhör den som svarade på interpellationen")
    assert answer.abstained and "Eva Berg" in answer.answer and "Vänsterpartiet" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, lead", [
    ("vem var det som skrev interpellationen om väntetiderna", "Svar: Lars Ek ["),
    ("who wrote the interpellation about the waiting times?", "Answer: Lars Ek ["),
])
def test_who_wrote_an_interpellation_is_who_it_is_from(tmp_path_factory, question, lead):
    # "Svar på interpellation från Lars Ek (V)": the title says who wrote the interpellation.
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_asker"), "svar.txt", ALFTA_REPLY).ask(question)
    assert answer.answer.startswith(lead), answer.answer


def test_a_form_of_a_word_the_documents_use_and_a_name_in_the_genitive_are_known(tmp_path_factory):
    # "deltog" where the report says "deltagare", "jobbcentrums" where it says "jobbcentrum": the
    # question is about what the report covers, not about something it never mentions.
    text = ("Årsrapport 2023 – Jobbcentrum Alfta\n\nUnder 2023 tog Jobbcentrum emot 610 deltagare i någon av enhetens tre "
            "insatser. Det är 40 fler än under 2022.\n\nVerksamhetens kostnader uppgick till 9,4 miljoner kronor.\n")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_forms"), "alfta.txt", text).ask(
        "hur många deltog i jobbcentrums insatser 2023")
    assert not answer.abstained and "610" in answer.citations[0].quote, answer.answer
    assert answer.evidence.coverage == 1.0 and answer.evidence.names_matched == 1.0, answer.evidence


def test_a_queue_in_everyday_words_is_the_waiting_list_the_documents_count(tmp_path_factory):
    # "står i kö" where the reply says "stod ... på väntelista".
    text = ALFTA_REPLY.replace("Väntetiden ökade eftersom statsbidraget minskade.",
                               "Väntetiden ökade eftersom statsbidraget minskade. I februari 2024 stod 85 personer på "
                               "väntelista till språkkursen. Kursen tog emot 120 deltagare under 2023.")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_queue"), "svar.txt", text).ask(
        "hur många står i kö till språkkursen")
    assert answer.answer.startswith("Svar: 85 [1]."), answer.answer


def test_who_held_the_gavel_asks_for_the_chair(tmp_path_factory):
    # "höll i klubban" is the idiom for chairing, not a decision ("klubbade").
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_gavel"), "protokoll.txt", ALFTA_MINUTES).ask(
        "vem höll i klubban på mötet")
    assert answer.answer.startswith("Svar: Eva Lund ["), answer.answer


def test_a_compound_of_a_known_name_and_a_known_word_is_no_unknown_name(tmp_path_factory):
    # "Bollnäskontoret" is the office in Bollnäs the reply speaks of, not a place the documents never mention.
    text = ALFTA_REPLY.replace("Väntetiden ökade eftersom statsbidraget minskade.",
                               "Väntetiden ökade eftersom statsbidraget minskade. Kontoret i Bollnäs stängs den 1 juni 2024.")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_compound"), "svar.txt", text).ask(
        "när stänger Bollnäskontoret")
    assert "unknown_name" not in answer.warnings and "nämner inte" not in answer.answer, answer.answer


def test_a_count_of_hires_beside_a_count_of_meetings_is_no_count_of_everyone_helped_into_work(tmp_path_factory):
    text = ("Årsrapport 2023 – Jobbcentrum Alfta\n\nAv deltagarna 2023 var 260 kvinnor (42,6 procent) och 350 män.\n\n"
            "Jobbcentrum ordnade rekryteringsträffar med arbetsgivare. Under 2023 genomfördes 9 sådana träffar, som "
            "sammanlagt ledde till 40 anställningar.\n\nUnder 2023 fick i genomsnitt 700 hushåll försörjningsstöd per månad.\n")
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_hires"), "alfta.txt", text).ask(
        "How many people did jobbcentrum help into jobs in 2023?")
    assert not answer.answer.startswith("Answer: 40"), answer.answer


SODERHAMN_UNIT = """Jobbcentrum Söderhamn

Jobbcentrum ansvarar för kommunens arbetsmarknadsinsatser för personer i åldern 18–64 år som har
ekonomiskt bistånd. Under 2024 skrevs 780 deltagare in. Jobbspåret inom vården varar i 16 veckor.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("hur länge är man inskriven i snitt på jobbcentrum", None),
    ("hur länge varar jobbspåret inom vården", "Svar: 16 veckor ["),
])
def test_an_age_is_no_span_of_time_nor_the_span_of_something_else(tmp_path_factory, question, lead):
    # The first was "Svar: 18–64 år": the ages a unit serves read as how long one stays there; with
    # ages set aside, the jobbspår's "16 veckor" became its answer. The documents give no such span.
    answer = assistant_over_text(tmp_path_factory.mktemp("soderhamn"), "enhet.txt", SODERHAMN_UNIT).ask(question).answer
    assert answer.startswith(lead) if lead else not answer.startswith("Svar:"), answer


BERGSJO_PREMISES = """Jobbcenter Bergsjö – årsuppföljning 2025

Verksamheten är organiserad under arbetsmarknadsnämnden och har sedan augusti 2023 sina lokaler på Kungsgårdens torg.
Under 2025 var 1 012 personer inskrivna vid Jobbcenter Bergsjö.
Nämnden godkänner årsuppföljningen för Jobbcenter Bergsjö 2025.
"""


@pytest.mark.parametrize("question", ["var sitter jobbcentret nuförtiden?", "vilken adress har jobbcentret?"])
def test_where_an_office_sits_is_a_place(tmp_path_factory, question):
    # "var sitter ..." was read as a yes/no question ("Var ...?": was), and a square named in two
    # words ("Kungsgårdens torg") was no place.
    answer = assistant_over_text(tmp_path_factory.mktemp("bergsjo_premises"), "rapport.txt", BERGSJO_PREMISES).ask(question)
    assert "Kungsgårdens torg" in answer.answer.split("\n")[0] and "1 012" not in answer.answer.split("\n")[0], answer.answer


LJUSNE_FOLLOW_UP = """Jobbcenter Ljusne – årsuppföljning 2025

Under 2025 var 214 personer inskrivna vid Jobbcenter Ljusne.
Nämndens sammanträde leddes av ordföranden Maria Lund (S).
Nettokostnaden 2025 blev 6,2 miljoner kronor.
Årsuppföljningen antogs av nämnden den 3 februari 2026.
"""


@pytest.mark.parametrize(("question", "lead"), [
    # Each was the bare value ("Answer: 214 [1]."): an English reader got a number and Swedish quotes.
    ("How many people were enrolled at Jobbcenter Ljusne in 2025?", "Answer: 214 people were enrolled at Jobbcenter Ljusne in 2025 [1]."),
    ("who chaired the meeting", "Answer: Maria Lund chaired the meeting ["),
    ("What was the net cost in 2025?", "Answer: The net cost in 2025 was 6,2 miljoner kronor [1]."),
    ("which party does the chair belong to", "Answer: The chair belongs to Socialdemokraterna (s) ["),
    # The subject sits between "did" and the verb, whose tense would have to move: the value alone.
    ("How many people did Jobbcenter Ljusne enrol in 2025?", "Answer: 214 [1]."),
])
def test_an_english_answer_opens_with_a_sentence_in_the_questions_words(tmp_path_factory, question, lead):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne"), "rapport.txt", LJUSNE_FOLLOW_UP).ask(question)
    assert answer.answer.startswith(lead) and "(quoted in Swedish)" in answer.answer, answer.answer


LJUSNE_LEAVERS = """Jobbcenter Ljusne – uppföljning 2025

Under 2025 avslutades 300 deltagare vid Jobbcenter Ljusne.
Knappt hälften av de avslutade gick till arbete eller studier.
Deltagarna i yrkesspåret redovisas i tabell 1 och 2.
"""


def test_a_share_in_words_leads_with_its_qualifier_and_a_table_number_counts_nothing(tmp_path_factory):
    assistant = assistant_over_text(tmp_path_factory.mktemp("ljusne_leavers"), "rapport.txt", LJUSNE_LEAVERS)
    # It was "Svar: hälften": the lead dropped "knappt", saying more than the sentence does.
    share = assistant.ask("hur stor andel av de avslutade gick till arbete eller studier?").answer
    assert share.lower().startswith("svar: knappt hälften [1]"), share
    # It was "Svar: 2 [1]": the second of "tabell 1 och 2" read as a count of participants.
    unknown = assistant.ask("hur många av deltagarna hade en funktionsnedsättning").answer
    assert not unknown.startswith("Svar:") and "2 [" not in unknown, unknown


LJUSNE_ECONOMY = """Jobbcenter Ljusne – ekonomisk uppföljning 2025

Jobbcenter Ljusnes nettokostnad blev 6,2 miljoner kronor 2025, vilket är 0,4 miljoner kronor mer än budgeterat.
Det bör sägas att Jobbcenter Ljusne året innan, 2024, lämnade ett överskott på 0,3 miljoner kronor, och att nämndens samlade underskott för 2025 stannade på 1,1 miljoner kronor.
"""


@pytest.mark.parametrize(("question", "lead"), [
    # Both were "6,2 miljoner kronor": the net cost given as the budget. The document states no budget,
    # only the gap to it (0,4 more than budgeted), nor is the committee's deficit (1,1) a budget.
    ("hur mycket var jobbcenter ljusnes budget 2025", None),
    ("what was the budget for jobbcenter ljusne in 2025?", None),
    ("vad blev nettokostnaden 2025", "Svar: 6,2 miljoner kronor [1]."),
])
def test_a_sum_answers_for_the_kind_of_sum_its_own_clause_names(tmp_path_factory, question, lead):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_economy"), "rapport.txt", LJUSNE_ECONOMY).ask(question).answer
    if lead:
        assert answer.startswith(lead), answer
    else:
        assert not answer.startswith(("Svar:", "Answer:")), answer


LJUSNE_YOUTH = """Jobbcenter Ljusne – uppföljning 2025

Ungdomsspåret är ett projekt för unga 16–24 år som pågår 2024–2026.
Under 2025 deltog 48 unga, av vilka 19 gick vidare till arbete eller studier.
Av de 610 inskrivna under 2025 var 280 kvinnor.
"""


@pytest.mark.parametrize("question", [
    # Declined: "ungdomar" and "unga" shared no stem, so the sentence did not count what was asked.
    "hur många ungdomar var med i ungdomsspåret 2025",
    # Not read as a count question at all: "mnga" is one slip from "många".
    "hur mnga ungdomar var med i ungdomsspåret 2025",
])
def test_young_people_are_counted_by_either_word_and_a_slip_after_hur_is_read_through(tmp_path_factory, question):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_youth"), "rapport.txt", LJUSNE_YOUTH).ask(question).answer
    assert answer.startswith("Svar: 48 [1]."), answer


LJUSNE_JOBS = """Jobbcenter Ljusne – uppföljning 2025

Kommunens nettokostnad för ett Ljusnejobb på heltid under tolv månader är i genomsnitt cirka 104 000 kronor.
Som jämförelse betalades det under 2025 i genomsnitt ut cirka 92 000 kronor per år i ekonomiskt bistånd till en ensamstående vuxen.
Nämnden begär ett tilläggsanslag på 1,5 miljoner kronor för 2026 för fler Ljusnejobb.
"""


@pytest.mark.parametrize(("question", "lead"), [
    # It was "Svar: 92 000 kronor": the income support the sentence compares with, which names no job.
    ("vad kostar ett ljusnejobb kommunen per år", None),
    ("vad kostar ett ljusnejobb kommunen ungefär", "Svar: 104 000 kronor ["),
    ("vad kostar ett ljusnejobb netto", "Svar: 104 000 kronor ["),
])
def test_a_sum_answers_a_cost_question_only_where_its_sentence_names_what_costs(tmp_path_factory, question, lead):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_jobs"), "rapport.txt", LJUSNE_JOBS).ask(question).answer
    if lead:
        assert answer.startswith(lead), answer
    else:
        assert "Svar: 92 000" not in answer and "Svar: 1,5" not in answer, answer
