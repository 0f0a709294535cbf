"""Understand once, decide on calibrated evidence, extract a typed answer:
the question frame, the fitted decision, declines that say what is missing,
typed leads, and all of it on a document written here that no rule has seen."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import assistant_over_text

from assistant.app_ui import sources_html
from assistant.chain import Assistant
from assistant.decision import FEATURES, default_decisions
from assistant.questions import resolve_follow_up
from assistant.understanding import understand

MOTION = """Motion om fler platser på Jobbtorg Unga i Norrtälje

Motion 2019:41 av Lena Bergkvist (mp) och Omar Haddad (c)

Dnr KS 2019-0417

Ungdomar mellan 18-21 år som står utan arbete får i dag vänta i sex veckor på ett första möte.
Väntetiden beror på att jobbtorget bara har fyra handledare för hela kommunen.
Under 2018 skrev jobbtorget in 612 ungdomar, varav 205 fick ett arbete före årets slut.

Vi föreslår att kommunfullmäktige ger arbetsmarknadsnämnden i uppdrag att anställa två handledare till.

Norrtälje den 3 april 2019

Lena Bergkvist
Omar Haddad
"""


@pytest.fixture(scope="module")
def new_document(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("motion"), "motion_norrtalje.txt", MOTION)


@pytest.mark.parametrize(("question", "kind"), [
    ("Vilket parti tillhör Lena Bergkvist?", "party"),
    ("Which party is Omar Haddad from?", "party"),
    ("Varför är väntetiden så lång?", "reason"),
    ("Why is the wait so long?", "reason"),
    ("Vilken åldersgrupp gäller motionen?", "age_group"),
    ("What is the case number of the motion?", "reference"),
    ("Vem skrev motionen?", "person"),
    ("Hur många ungdomar skrevs in 2018?", "count"),
    ("Hur stor andel av ungdomarna fick ett arbete?", "computed"),
    ("Vad kostar de nya handledarna?", "amount"),
    ("How much money did the municipality set aside?", "amount"),
])
def test_the_frame_reads_the_answer_type_in_both_languages(question, kind):
    assert understand(question).answer_type == kind


def test_the_frame_reads_names_and_party_nicknames_but_not_openers_or_months():
    frame = understand("Exactly what did the Social Democrats and vänstern say about Omar Haddad in June?")
    assert frame.names == ("Omar Haddad",) and frame.parties == ("s", "v") and frame.language == "en"


def test_a_party_marker_answers_which_party_with_the_party_named(new_document):
    for question in ("Vilket parti tillhör Lena Bergkvist?", "Which party does Lena Bergkvist belong to?"):
        answer = new_document.ask(question)
        assert not answer.abstained, answer.answer
        assert "Miljöpartiet (mp) [1]" in answer.answer
        assert "(mp)" in answer.citations[0].quote  # the lead is read off the cited sentence


def test_typed_answers_on_a_document_no_rule_has_seen(new_document):
    age = new_document.ask("Vilka åldrar gäller det?")
    assert not age.abstained and "18-21 år" in age.answer
    why = new_document.ask("Varför får ungdomarna vänta så länge?")
    assert not why.abstained and any("handledare" in c.quote for c in why.citations)


def test_a_cost_is_answered_by_a_sum_of_money_and_never_by_another_figure(new_document, tmp_path):
    # The motion states counts, ages and weeks but no sum: a cost question is not answered by those.
    for question in ("Vad kostar de två nya handledarna?", "How much would the two new supervisors cost?"):
        answer = new_document.ask(question)
        assert answer.abstained, answer.answer
    budgeted = assistant_over_text(tmp_path, "beslut_norrtalje.txt", MOTION.replace(
        "Norrtälje den 3 april 2019", "Kommunen avsätter 1,2 miljoner kronor för de två nya handledarna under 2020.\n\n"
        "Norrtälje den 3 april 2019"))
    for question, lead in (("Vad kostar de två nya handledarna?", "Svar: 1,2 miljoner kronor [1]"),
                           ("What will the two new supervisors cost?", "Answer: 1,2 miljoner kronor [1]")):
        answer = budgeted.ask(question)
        assert answer.answer.startswith(lead), answer.answer
    # A sum per head is not the total: nothing states one, so nothing is answered.
    for question in ("Vad kostar handledarna per ungdom?", "How much do the supervisors cost per participant?"):
        answer = budgeted.ask(question)
        assert answer.abstained, answer.answer


def test_a_place_the_documents_never_mention_is_declined_by_name(shipped_assistant, new_document):
    for asked, question, name in ((shipped_assistant, "Hur många jobbtorg finns det i Malmö?", "Malmö"),
                                  (shipped_assistant, "How many people did the job centre in Uppsala register?", "Uppsala"),
                                  (new_document, "Hur många ungdomar skrevs in i Södertälje?", "Södertälje")):
        answer = asked.ask(question)
        assert answer.abstained and name in answer.answer and "unknown_name" in answer.warnings
        assert answer.related and not answer.citations  # the closest passages are still shown


def test_a_year_no_document_speaks_of_is_named_in_the_decline(shipped_assistant):
    answer = shipped_assistant.ask("Hur många skrevs in på Jobbtorg 2031?")
    assert answer.abstained and "Inget dokument talar om 2031" in answer.answer
    english = shipped_assistant.ask("How many people found work through Jobbtorg in 2031?")
    assert english.abstained and "No document speaks of 2031" in english.answer


def test_identical_lines_are_cited_once(shipped_assistant):
    answer = shipped_assistant.ask("Who is Sten Nordin?")
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))
    assert any("Finansborgarråd" in q for q in quotes)  # the role on the line after the name


def test_follow_ups_need_an_explicit_cue_not_a_short_question():
    previous = ["Hur många var inskrivna på Jobbtorg i januari?"]
    assert resolve_follow_up("och i juni?", previous) == "Hur många var inskrivna på Jobbtorg i juni?"
    assert resolve_follow_up("i juni?", previous) == "Hur många var inskrivna på Jobbtorg i juni?"
    assert resolve_follow_up("Jobbgarantin?", previous) == "Jobbgarantin?"
    assert resolve_follow_up("Vem är Sten Nordin?", previous) == "Vem är Sten Nordin?"


def test_the_chat_shows_how_a_follow_up_was_read():
    answer = SimpleNamespace(question="och i juni?", resolved_question="Hur många var inskrivna i juni?", composer="extractive",
                             warnings=(), citations=(), related=(), figures=())
    assert "Tolkat som: Hur många var inskrivna i juni?" in sources_html(answer, None)
    answer.resolved_question = answer.question
    assert "Tolkat som" not in sources_html(answer, None)


def test_the_decision_is_fitted_on_the_features_the_code_computes(shipped_assistant):
    decisions = default_decisions()
    assert set(decisions) == {"sv", "en"}
    for decision in decisions.values():
        assert len(decision.weights) == len(FEATURES) and 0 < decision.threshold < 1
    answer = shipped_assistant.ask("Hur många personer skrev Jobbtorg Stockholm in från januari till oktober 2008?")
    assert answer.evidence is not None and 0.0 <= answer.confidence <= 1.0
    assert answer.confidence >= decisions["sv"].threshold and "9472" in answer.answer


def test_a_number_question_leads_with_the_figure_of_its_one_sentence(shipped_assistant):
    answer = shipped_assistant.ask("Hur många aspiranter fick arbete i juni?")
    assert answer.answer.startswith("Svar: 32 [1]. ") and "32 aspiranter" in answer.citations[0].quote
    english = shipped_assistant.ask("How many job seekers got work in June?")
    assert english.answer.startswith("Answer: 32 job seekers got work in June [1]. The documents say (quoted in Swedish): “")


def test_a_bare_name_line_does_not_answer_a_question_naming_the_person(shipped_assistant):
    for question in ("How many people had participated in procured activities according to Sten Nordin's answer?",
                     "How many people had taken part in procured activities according to Sten Nordin's answer?"):
        answer = shipped_assistant.ask(question)
        assert all(len(c.quote.split()) > 3 for c in answer.citations), question  # not "Sten Nordin", "Finansborgarråd"
    # Since the signatory's own document weighs (a name elsewhere in a sentence's document), the 430
    # sentence is the best candidate on its merits, not behind the bare name line; an English question
    # has no Swedish words to add evidence, and at this closeness it may be declined, never misanswered.
    first = shipped_assistant.ask("How many people had participated in procured activities according to Sten Nordin's answer?")
    assert first.abstained or first.answer.startswith("Answer: 430 [1].")
