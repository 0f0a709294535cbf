"""What a "hur många" question counts is the noun phrase after it ("hur många
externa utbildningsanordnare samarbetar ..."), and a short word the corpus never
uses reads as an abbreviation ("ordf"). On a report written here."""

from __future__ import annotations

import pytest

from conftest import assistant_over_text

REPORT = """Verksamhetsberättelse för Navet Sundbyberg

Totalt skrevs 2 450 personer in på Navet Sundbyberg under 2022.

Navet Sundbyberg består av tre lokala kontor och en filial i Rissne.

Under året samarbetade Navet med stadsdelarna och de elva externa utbildningsanordnarna.

Ordföranden Lisa Ek (C) lämnade ett särskilt yttrande om lokalerna.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("counts"), "verksamhet.txt", REPORT)


@pytest.mark.parametrize("question, expected", [
    ("hur många externa utbildningsanordnare samarbetar navet med", "elva"),
    ("hur många kontor finns det i sundbyberg", "tre lokala kontor"),
    ("Hur många personer skrevs in under 2022?", "2 450"),
])
def test_the_count_of_what_the_question_counts(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert expected in answer.citations[0].quote and len(answer.citations) == 1, answer.answer


def test_an_abbreviation_reads_as_the_corpus_word_it_begins(assistant):
    answer = assistant.ask("vem är ordf")
    assert not answer.abstained and "Lisa Ek" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Vem är vice ordförande?", "Hur många anställda har Navet?"])
def test_a_near_miss_is_declined(assistant, question):
    assert assistant.ask(question).abstained


def test_how_many_of_a_base_counts_what_its_predicate_says(tmp_path):
    from conftest import assistant_over_text

    text = ("Rapport om Jobbstart i Botkyrka\n\nI januari var 300 personer inskrivna på Jobbstart.\n"
            "Under 2021 skrevs sammanlagt 1 200 personer in. Av dessa hade 450 fått ett arbete vid årets slut.\n")
    assistant = assistant_over_text(tmp_path, "jobbstart.txt", text)
    answer = assistant.ask("Hur många av de inskrivna hade fått ett arbete?")
    assert "450" in answer.answer and "300" not in answer.answer, answer.answer


UPPSALA = (
    "Uppsala kommun\nArbetsmarknadsförvaltningen\nTjänsteutlåtande 2015-03-12\n\n"
    "Månadsrapport för Jobbcenter Uppsala, februari 2015\n\n"
    "Jobbcenter Uppsala tar emot personer med ekonomiskt bistånd som står nära arbetsmarknaden. "
    "Under februari skrevs 214 nya deltagare in. Av redovisningen framgår att 57 deltagare har fått arbete "
    "under februari månad. Ytterligare 12 deltagare har påbörjat studier. Vid utgången av mars var 1 340 "
    "deltagare inskrivna, jämfört med 1 295 i januari.\n"
)


@pytest.mark.parametrize("question", [
    "hur många fick jobb i februari enligt förvaltningens månadsrapport?",
    "Enligt tjänsteutlåtandet från arbetsmarknadsförvaltningen, hur många fick arbete i februari?",
    "hur många hade fått jobb per sista feb?",
    # A light verb and the way there ("kom i jobb via jobbcentret") are not what is counted either.
    "hur många kom i jobb via jobbcentret i februari?",
])
def test_where_the_answer_stands_and_when_are_not_what_is_counted(tmp_path, question):
    """'enligt X' names a source and 'per sista feb' a time: neither is what the count is of,
    so a sentence that does not repeat them still answers."""
    answer = assistant_over_text(tmp_path, "uppsala.txt", UPPSALA).ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Svar: 57"), answer.answer


GOTTSUNDA = (
    "Uppsala kommun\nArbetsmarknadsförvaltningen\nMånadsrapport 2015-02-10\n\n"
    "Jobbcenter Gottsunda i Uppsala redovisar här läget under vintern. I januari var 412 deltagare inskrivna "
    "och i februari 398. I januari fick 35 deltagare arbete. Rapporten har tagits fram av utredaren Maria "
    "Sandström. Nästa rapport lämnas i mars.\n"
)


def test_a_name_typed_in_lower_case_sets_the_scene_like_a_capitalised_one(tmp_path):
    """'gottsunda' is a place the document writes with a capital: the month's figure need not repeat it."""
    assistant = assistant_over_text(tmp_path, "gottsunda.txt", GOTTSUNDA)
    for question in ("hur många var inskrivna på jobbcenter gottsunda i januari", "hur många var inskrivna i gottsunda i februari"):
        answer = assistant.ask(question)
        assert not answer.abstained, (question, answer.answer)
    assert assistant.ask("hur många var inskrivna på jobbcenter gottsunda i januari").answer.startswith("Svar: 412")
    assert assistant.ask("hur många var inskrivna i gottsunda i februari").answer.startswith("Svar: 398")


HUDIKSVALL = """HUDIKSVALLS KOMMUN
Årsrapport 2024 – Jobbcentrum Hudiksvall

Under 2024 var 840 personer inskrivna på Jobbcentrum Hudiksvall. Det är 60 fler än året innan.

Under 2024 var 132 ensamstående föräldrar inskrivna på Jobbcentret. Av dem gick 41 vidare till arbete.

Knappt hälften av deltagarna, 402 personer, var män. Totalt 96 unga under 25 år deltog i sommarjobbsprogrammet.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("hur många va inskrivna på jobbcentret 2024", "Svar: 840 ["),
    ("how many were enrolled at the job centre in 2024", "Answer: 840 were enrolled at the job centre in 2024 ["),
    ("hur många ensamstående föräldrar var inskrivna", "Svar: 132 ["),
])
def test_a_count_of_a_group_the_question_does_not_name_is_not_the_count_of_all(tmp_path, question, lead):
    # "132 ensamstående föräldrar inskrivna på Jobbcentret" shares more words with the first
    # question than "840 personer inskrivna på Jobbcentrum Hudiksvall", but counts only a group.
    assistant = assistant_over_text(tmp_path, "hudiksvall.txt", HUDIKSVALL)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


def test_an_english_count_of_something_the_sentence_does_not_count_gets_no_figure(tmp_path):
    # "840 personer inskrivna" counts people enrolled: it is no number of internship placements,
    # which the document never gives. The passage may be shown, its number not given as the answer.
    assistant = assistant_over_text(tmp_path, "hudiksvall.txt", HUDIKSVALL)
    placements = assistant.ask("How many internship placements did Jobbcentrum Hudiksvall have in 2024?").answer
    assert not placements.startswith("Answer: 840"), placements
    enrolled = assistant.ask("How many people were enrolled at Jobbcentrum Hudiksvall in 2024?").answer
    assert enrolled.startswith("Answer: 840 people were enrolled at Jobbcentrum Hudiksvall in 2024 ["), enrolled


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Fler än 900 personer var inskrivna på Jobbcentrum Hudiksvall under 2024.", "contradicted"),
    ("Fler än 800 personer var inskrivna på Jobbcentrum Hudiksvall under 2024.", "supported"),
    ("Fler än 400 deltagare fick jobb via Jobbcentrum Hudiksvall under 2024.", None),
])
def test_more_than_a_number_is_a_bound_on_one_figure_not_a_difference_of_two(tmp_path_factory, claim, verdict):
    # "fler än 900" bounds a count; it was read as "X fler än Y" and judged by 402 − 840, two
    # figures the claim never compares (a large enough difference would have "supported" it).
    assistant = assistant_over_text(tmp_path_factory.mktemp("hudiksvall_bound"), "hudiksvall.txt", HUDIKSVALL)
    checked = assistant.check(claim)
    assert "−" not in checked.explanation, checked.explanation
    assert verdict is None or checked.verdict == verdict


TIERP_REPORT = """Uppföljning av Jobbstöd Tierp 2024

Jobbstöd Tierp hade 1 240 inskrivna deltagare under 2024. Kvinnor utgjorde 48,0 procent av de inskrivna
(595 personer). Under året avslutades 910 deltagare. Av dessa gick 312 till arbete och 140 till studier.

Unga vuxna
Under 2024 var 388 av de inskrivna unga vuxna i åldern 18–24 år. Av dessa gick 121 till arbete och 64 till studier.
"""


@pytest.mark.parametrize(("question", "wrong", "right"), [
    ("hur många av kvinnorna fick jobb 2024", "121", None),
    ("hur många av de unga vuxna fick jobb 2024", None, "121"),
])
def test_a_count_that_points_back_counts_among_the_sentence_before_it(tmp_path_factory, question, wrong, right):
    # It was "Svar: 121": "Av dessa gick 121 till arbete" follows the sentence on the young, yet was
    # quoted as the count among the women a close sentence names.
    answer = assistant_over_text(tmp_path_factory.mktemp("tierp"), "rapport.txt", TIERP_REPORT).ask(question)
    lead = answer.answer.split(". ")[0]
    if wrong:
        assert wrong not in lead, answer.answer
    if right:
        assert right in lead and not answer.abstained, answer.answer


TIERP_JOBS = """Uppföljning av Jobbstöd Tierp 2024

Jobbstöd Tierp hade 1 240 inskrivna deltagare under 2024. Kvinnor utgjorde 48,0 procent av de inskrivna
(595 personer).

Deltagare som gick till arbete 2024                 410

   varav reguljär anställning                       176
   varav lönebidragsanställning                     150
   varav kommunal visstidsanställning                84

Unga vuxna
Under 2024 var 388 av de inskrivna unga vuxna i åldern 18–24 år. Av dessa gick 121 till arbete.
"""


@pytest.mark.parametrize(("question", "wrong"), [
    ("hur stor andel av de unga vuxna fick en reguljär anställning 2024", ("45,4", "29,6", "14,2")),
    ("hur stor andel av dem som gick till arbete 2024 fick en reguljär anställning", ()),
])
def test_a_part_of_which_is_a_share_of_its_own_whole_not_of_a_group_beside_it(tmp_path_factory, question, wrong):
    # It was "176 / 388 = 45,4 %": "varav reguljär anställning 176" is part of the 410 who got work,
    # not of the 388 young, of whom the report says only that 121 got work.
    answer = assistant_over_text(tmp_path_factory.mktemp("tierp_jobs"), "rapport.txt", TIERP_JOBS).ask(question)
    assert not any(w in answer.answer for w in wrong), answer.answer
    if not wrong:
        assert "176 / 410 = 42,9 %" in answer.answer, answer.answer


BERGSJO = """Svar på interpellation 2023:7 om Jobbcenter Bergsjö

Jobbcenter Bergsjö ska vara ingången till kommunens olika resurser för arbetsmarknadsinsatser och ha ett
tydligt jobbfokus. I kommunens budget för 2023 angavs att alla som söker ekonomiskt bistånd ska skrivas in.

1. Hur många av dem som har sökt ekonomiskt bistånd under året har fått ett jobb?

Från den 1 januari till och med den oktober 2023 tog Jobbcenter Bergsjö emot och skrev in 2 140 personer. 860 av dessa hade
per den sista september fått hjälp att ta sig vidare till egen försörjning, varav 515 hade fått ett arbete. Detta ska
jämföras med att det i november 2022 var 640 personer som var inskrivna vid kommunens tidigare projekt.

Under Jobbcenter Bergsjös första tio månader 2023 har alltså fler personer gått till egen försörjning än vad som fanns
inskrivna i de gamla projekten året innan.
"""


@pytest.mark.parametrize("question", [
    "hur många fick jobb 2023",
    "hur många av de inskrivna fick jobb 2023?",
    "How many of those registered in 2023 got a job?",
    "how many people found work in 2023",
])
def test_a_count_said_in_other_words_than_the_record_is_found(tmp_path_factory, question):
    # "jobb" is the record's "arbete", "registered" its "skrev in", and "860 av dessa ..., varav 515"
    # is of the year of the sentence it points back to: these had been declined or answered with no figure.
    answer = assistant_over_text(tmp_path_factory.mktemp("bergsjo"), "svar.txt", BERGSJO).ask(question)
    lead = answer.answer.split(". ")[0]
    assert not answer.abstained and "515" in lead and "2 140" not in lead, answer.answer


BERGSJO_YEAR = (
    " BERGSJÖ KOMMUN                                  RAPPORT \n Arbetsmarknadsförvaltningen \n\n"
    " Datum                              Dnr \n 2025-02-18                         AMN 2025/0042 \n\n"
    "Årsuppföljning 2024 – Jobbcenter Bergsjö \n\nSammanfattning \n\n"
    "Under 2024 genomförde 230 deltagare praktik, och av dem hade 81 fått en anställning hos praktikgivaren eller hos en\n"
    "annan arbetsgivare inom sex månader.\n\nArbetsgivarsamverkan\n\n"
    "Jobbcentret hade vid årets slut samverkansavtal med 118 arbetsgivare, att jämföra med 104 vid utgången av 2023.\n"
)


def test_a_sentence_on_the_reports_year_named_in_words_answers_for_that_year(tmp_path):
    # It was "Svar: 81": "vid årets slut" is the year of the report's heading ("Årsuppföljning 2024"),
    # which the letterhead above it had hidden, so the sentence read as one on 2023 only.
    answer = assistant_over_text(tmp_path, "rapport.txt", BERGSJO_YEAR).ask(
        "hur många arbetsgivare hade jobbcentret avtal med när 2024 tog slut")
    assert "118" in answer.answer.split(". ")[0] and "81" not in answer.answer.split(". ")[0], answer.answer


BERGSJO_PLACEMENTS = """Jobbcenter Bergsjö – årsuppföljning 2025

Sammanfattning

Under året avslutades 520 deltagare, varav 230 till arbete. Nämndens mål att minst 40 procent av de avslutade ska gå
till arbete har nåtts. Jobbcentret hade vid årets slut avtal med 118 arbetsgivare.

Insatser

Under 2025 genomförde 180 deltagare praktik, och av dem hade 63 fått en anställning inom sex månader efter praktiken.
"""


@pytest.mark.parametrize("question", [
    "hur många procent av de som gjorde praktik fick jobb inom ett halvår?",
    "hur stor andel av dem som genomförde praktik fick jobb",
    "what share of those who did an internship got a job?",
])
def test_a_share_of_a_whole_named_in_the_parts_own_sentence(tmp_path_factory, question):
    # It was "40 procent" (the goal for all who left), "two figures fit equally well" (118 employers,
    # 230 into work) or, with "hur många procent av", a percent change: the part counted in the
    # sentence that names the whole asked ("180 deltagare praktik, och av dem hade 63") is its part.
    answer = assistant_over_text(tmp_path_factory.mktemp("bergsjo_placements"), "rapport.txt", BERGSJO_PLACEMENTS).ask(question)
    assert "63 / 180 = 35,0 %" in answer.answer, answer.answer


BERGSJO_YOUNG = """Jobbcenter Bergsjö – årsuppföljning 2025

Under 2025 var 1 012 personer inskrivna vid Jobbcenter Bergsjö. Av de 1 012 inskrivna var 280 unga i åldern 16–24 år.
Under året avslutades 520 deltagare, varav 230 till arbete och 90 till studier.

Unga

Under året avslutades 120 av de unga deltagarna. Av dem gick 66 till arbete och 31 till studier.
"""


def test_a_count_of_the_whole_asked_that_says_nothing_of_the_part_is_no_part(tmp_path):
    # It was "280 / 520 = 53,8 %": the young enrolled, counted in a sentence that names the young,
    # were taken for the young who went on to work or studies.
    answer = assistant_over_text(tmp_path, "rapport.txt", BERGSJO_YOUNG).ask(
        "hur stor andel av de unga som avslutades 2025 gick till arbete eller studier")
    assert "280 /" not in answer.answer, answer.answer
