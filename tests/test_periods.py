"""A figure stated *for* the month asked beats a sentence that only mentions the
month, and "hur många av ..." is quoted when a sentence states the count (computed
only when the documents give a base and a share). On a document written here."""

from __future__ import annotations

import re

import pytest

from conftest import assistant_over_text

REPORT = """Månadsrapport för Jobbcentrum Norrmalm

Från den 1 mars till och med den 30 september 2021 skrev Jobbcentrum Norrmalm in 5 300 personer.

I mars var 410 deltagare inskrivna och i september hade antalet stigit till 520.

Av uppföljningen framgår att 45 deltagare har fått arbete under augusti månad.

Av de 520 deltagarna i september har 30 procent gått en språkkurs.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("periods"), "manadsrapport.txt", REPORT)


@pytest.mark.parametrize("question, lead, absent", [
    ("Hur många deltagare var inskrivna i mars?", "Svar: 410 [1]", "5 300"),
    ("Hur många var inskrivna på Jobbcentrum Norrmalm i september?", "Svar: 520 [1]", "5 300"),
])
def test_the_figure_stated_for_the_month_asked_leads(assistant, question, lead, absent):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(lead), answer.answer
    assert absent not in answer.answer


def test_a_count_the_documents_state_is_quoted_not_computed(assistant):
    answer = assistant.ask("Hur många av deltagarna fick arbete i augusti?")
    assert not answer.abstained, answer.answer
    assert "45 deltagare" in answer.answer and not answer.figures and "×" not in answer.answer


def test_a_count_of_a_given_base_is_computed_from_its_share(assistant):
    answer = assistant.ask("Hur många av de 520 deltagarna i september har gått en språkkurs?")
    assert "520 × 30 % = 156" in answer.answer, answer.answer


def test_a_month_written_short_is_that_month(assistant):
    answer = assistant.ask("hur många deltagare var inskrivna i sept")
    assert answer.answer.startswith("Svar: 520 [1]"), answer.answer


def test_a_change_between_months_written_short(assistant):
    answer = assistant.ask("Med hur många procent ökade antalet inskrivna deltagare från mars till sept?")
    assert "(520 − 410) / 410 = 26,8 %" in answer.answer, answer.answer


def test_a_month_the_documents_cover_is_never_declined_as_uncovered_nor_answered_with_another_count(tmp_path):
    from conftest import assistant_over_text

    text = ("Månadsrapport för Jobbcentrum Söder 2019\n\nI mars skrevs 210 nya deltagare in på Jobbcentrum Söder.\n"
            "I mars hade 45 deltagare fått en anställning.\nI april skrevs 180 nya deltagare in.\n")
    assistant = assistant_over_text(tmp_path, "rapport.txt", text)
    paraphrase = assistant.ask("Hur många kom i jobb i mars?")
    assert "210" not in paraphrase.answer and "för den period" not in paraphrase.answer
    assert paraphrase.abstained or "45" in paraphrase.answer
    other = assistant.ask("Hur många fick jobb i april?")
    assert "180" not in other.answer


YEARLY = """Pressmeddelande om Jobbtorg Västerås 2016

Under 2016 skrevs 4 120 personer in på Jobbtorg Västerås, jämfört med 3 880 året innan.
Av de inskrivna fick 1 210 ett arbete.

Västerås den 10 februari 2017
"""


@pytest.fixture(scope="module")
def yearly(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("yearly"), "vasteras_2016.txt", YEARLY)


def test_the_year_before_is_a_year_for_questions_and_claims(yearly):
    difference = yearly.ask("Hur många fler skrevs in 2016 än 2015?")
    assert "4 120 − 3 880 = 240" in difference.answer, difference.answer
    change = yearly.ask("Med hur många procent ökade antalet inskrivna från 2015 till 2016?")
    assert "(4 120 − 3 880) / 3 880 = 6,2 %" in change.answer, change.answer
    # Each figure of the sentence belongs to its own year: the other year's figure bears nothing out.
    for claim, verdict in (("2015 skrevs 3 880 personer in på Jobbtorg Västerås.", "supported"),
                           ("2015 skrevs 4 120 personer in på Jobbtorg Västerås.", "contradicted"),
                           ("In 2016, 3 880 people were enrolled at Jobbtorg Västerås.", "contradicted")):
        assert yearly.check(claim).verdict == verdict, claim


def test_a_change_of_the_right_size_in_the_wrong_direction_is_contradicted(yearly):
    assert yearly.check("Antalet inskrivna ökade med 240 från 2015 till 2016.").verdict == "supported"
    fell = yearly.check("Antalet inskrivna minskade med 240 från 2015 till 2016.")
    assert fell.verdict == "contradicted" and "ökning" in fell.explanation, fell.to_json()


def test_a_rise_or_fall_between_two_years_is_judged_by_their_figures(yearly):
    rose = yearly.check("Antalet inskrivna ökade mellan 2015 och 2016.")
    fell = yearly.check("Antalet inskrivna minskade mellan 2015 och 2016.")
    assert (rose.verdict, fell.verdict) == ("supported", "contradicted"), (rose.to_json(), fell.to_json())
    assert "4 120 − 3 880 = 240" in fell.explanation


def test_the_figure_stated_for_the_year_asked_leads(yearly):
    for question, lead in (("Hur många skrevs in 2015?", "Svar: 3 880 [1]"), ("How many were enrolled in 2016?", "Answer: 4 120 were enrolled in 2016 [1]")):
        answer = yearly.ask(question)
        assert answer.answer.startswith(lead), answer.answer


BOLLNAS = """BOLLNÄS KOMMUN
Verksamhetsberättelse 2024 – Arbetsmarknadsenheten
Datum: 2025-02-03

Arbetsmarknadsenheten hade ett år med högt tryck. Antalet deltagare under året uppgick till 1 260 personer, jämfört med 1 100 personer under 2023.
Enheten har mottagningar i Arbrå, Kilafors och Vallsta. Vid årets slut hade enheten 48 medarbetare.
Av dem fick 380 personer ett arbete.
"""


def test_the_year_a_report_is_on_holds_for_its_figures_stated_for_the_year(tmp_path_factory):
    # A report on 2024, dated 2025: "under året" is 2024, not the 2023 written beside the other figure.
    assistant = assistant_over_text(tmp_path_factory.mktemp("bollnas"), "bollnas.txt", BOLLNAS)
    change = assistant.ask("med hur många procent ökade antalet deltagare mellan 2023 och 2024")
    # It was a refusal: both figures read as 2023's.
    assert "(1 260 − 1 100) / 1 100 = 14,5 %" in change.answer, change.answer
    assert assistant.ask("hur många deltagare hade arbetsmarknadsenheten 2024").answer.startswith("Svar: 1 260 ["), \
        assistant.ask("hur många deltagare hade arbetsmarknadsenheten 2024").answer
    assert assistant.check("Antalet deltagare var 1 260 under 2023.").verdict == "contradicted"


def test_a_count_at_a_named_centre_is_not_the_count_of_the_whole(tmp_path_factory):
    assistant = assistant_over_text(tmp_path_factory.mktemp("bollnas_centre"), "bollnas.txt", BOLLNAS)
    # It was "Answer: 48": the whole unit's staff for a centre the sentence names as a part.
    for question in ("how many staff work at the Kilafors centre", "how many work in Kilafors",
                     "hur många medarbetare finns på mottagningen i Kilafors", "hur många jobbar vid Kilafors mottagning"):
        assert not re.match(r"(Svar|Answer): 48\b", assistant.ask(question).answer), question


HOFORS = """HOFORS KOMMUN
Årsrapport 2024 – Jobbcenter Hofors

Under 2024 avslutades 610 deltagare till arbete eller studier, vilket motsvarar 52,0 procent av samtliga inskrivna.
Av de 1 173 inskrivna hade 505 varit utan arbete i mer än två år när de skrevs in.
Bland de inskrivna fick 372 personer ett arbete (31,7 procent) och 238 personer började studera (20,3 procent).
"""


def test_a_share_the_documents_state_for_the_part_asked_answers_and_decides_a_claim(tmp_path_factory):
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors"), "hofors.txt", HOFORS)
    # It was a quote of the 52,0 procent of work or studies, or a share computed from the
    # 505 without work: the percentage stated beside those who got work is the answer.
    for question, lead in (("hur stor andel av de inskrivna fick arbete 2024", "Svar: 31,7 procent ["),
                           ("What share of those enrolled got a job in 2024?", "Answer: 31,7 procent ["),
                           # A percentage restating the count before it says what that count's words say.
                           ("hur stor andel av deltagarna gick till jobb eller studier 2024", "Svar: 52,0 procent [")):
        answer = assistant.ask(question)
        assert answer.answer.startswith(lead), answer.answer
    # A share of everyone enrolled is no share of the women among them.
    women = assistant.ask("hur stor andel av kvinnorna fick arbete 2024")
    assert not re.match(r"(Svar|Answer): \d", women.answer), women.answer
    # No percentage says how many kept their job: "mer än två år" is when they were enrolled.
    kept = assistant.ask("hur stor andel av dem som fick arbete hade kvar jobbet efter två år")
    assert not re.match(r"(Svar|Answer): \d", kept.answer), kept.answer
    for claim, verdict in (("Knappt en tredjedel av de inskrivna fick arbete 2024.", "supported"),
                           ("About a third of those enrolled got a job in 2024.", "supported"),
                           ("Nästan hälften av de inskrivna fick arbete 2024.", "contradicted")):
        checked = assistant.check(claim)
        assert checked.verdict == verdict and "31,7" in checked.explanation, (claim, checked.to_json())


HOFORS_REPLY = """HOFORS KOMMUN
Svar på interpellation om långtidsarbetslösheten
Datum: 2025-03-10

Enligt Arbetsförmedlingen var 410 personer i Hofors långtidsarbetslösa i december 2024. I december 2023 var motsvarande antal 380 personer och i december 2022 var det 350 personer.
Kommunen har under året startat ett nytt program för unga vuxna.
"""


def test_a_sentence_that_goes_on_with_the_measure_before_counts_what_that_one_names(tmp_path_factory):
    # It was a decline: "motsvarande antal" names no long-term unemployed, the sentence before does.
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_reply"), "hofors_svar.txt", HOFORS_REPLY)
    for question, lead in (("hur många var långtidsarbetslösa i december 2023", "Svar: 380 ["),
                           ("hur många långtidsarbetslösa fanns det 2022", "Svar: 350 [")):
        answer = assistant.ask(question)
        assert answer.answer.startswith(lead), answer.answer
    for claim, verdict in (("I december 2023 var 380 personer långtidsarbetslösa i Hofors.", "supported"),
                           ("I december 2022 var 380 personer långtidsarbetslösa i Hofors.", "contradicted")):
        assert assistant.check(claim).verdict == verdict, claim


def test_a_figure_whose_sentence_names_no_year_is_of_its_paragraphs_years(tmp_path_factory):
    text = ("HOFORS KOMMUN\nVerksamhetsberättelse Arbetsmarknadsenheten\n\nSpråkspåret startade hösten 2022 som ett försök.\n\n"
            "Under 2024 deltog 90 personer i Språkspåret (2023: 80). Av dessa gick 31 vidare till arbete. "
            "Kostnaden för insatsen var 2,4 mnkr.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_cost"), "hofors_vb.txt", text)
    # It was "Svar: 2,4 mnkr": a cost its paragraph sets in 2024 given for a year it does not cover.
    assert not assistant.ask("vad kostade språkspåret 2022").answer.startswith("Svar: 2,4"), \
        assistant.ask("vad kostade språkspåret 2022").answer
    assert assistant.ask("vad kostade språkspåret 2024").answer.startswith("Svar: 2,4 mnkr [")


def test_how_many_of_them_is_the_count_stated_and_never_a_whole_for_a_place(tmp_path_factory):
    text = BOLLNAS + ("Av de 1 260 deltagarna var 560 kvinnor (44,4 procent) och 700 män.\n"
                      "Enkäten besvarades av 410 deltagare, och 81 procent var nöjda med bemötandet.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("bollnas_women"), "bollnas.txt", text)
    # It was 410 × 81 %: a percentage that restates its count ("560 kvinnor (44,4 procent)") chains nothing.
    women = assistant.ask("hur många av deltagarna var kvinnor")
    assert women.answer.startswith("Svar: 560 ["), women.answer
    # It was a product of the whole municipality's figures for one place the sentences do not count.
    place = assistant.ask("hur många av deltagarna i kilafors var kvinnor")
    assert not re.match(r"(Svar: \d|Beräknat)", place.answer), place.answer


def test_participants_asked_are_the_enrolled_written(tmp_path_factory):
    text = ("HOFORS KOMMUN\nVerksamhetsberättelse 2024, Jobbcenter Hofors\n\nUnder 2024 var 980 personer inskrivna vid "
            "Jobbcenter Hofors, jämfört med 905 personer under 2023. Antalet nyinskrivna uppgick till 410 (2023: 380).\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_enrolled"), "hofors_vb.txt", text)
    # It was (980 − 410) / 410: "deltagare" matched no word of the enrolled, "antalet" the new enrolments.
    answer = assistant.ask("hur mycket ökade antalet deltagare i procent jämfört med 2023")
    assert answer.answer.startswith("Beräknat ur dokumentens siffror: (980 − 905) / 905 = 8,3 %"), answer.answer


def test_people_who_took_part_are_not_the_staff(tmp_path_factory):
    text = ("BOLLNÄS KOMMUN\nÅrsrapport 2024 – Arbetsmarknadsenheten\nDatum: 2025-02-03\n\n"
            "Antalet nyinskrivna under 2024 var 640 personer, något färre än 2023 då 655 personer skrevs in.\n"
            "Vid utgången av 2023 var antalet 45 medarbetare.\n"
            "Antalet deltagare under året uppgick till 1 260 personer, jämfört med 1 100 personer under 2023.\n")
    answer = assistant_over_text(tmp_path_factory.mktemp("bollnas_part"), "bollnas.txt", text).ask(
        "How many people took part in Arbetsmarknadsenheten in 2023?")
    # It was "Answer: 45": the staff at the end of 2023, for those who took part.
    assert not answer.answer.startswith("Answer: 45"), answer.answer


ALFTA_HEADED = """ALFTA KOMMUN
Arbetsmarknadsförvaltningen
Jobbcentrum Alfta

ÅRSUPPFÖLJNING 2023
Jobbcentrum Alfta – deltagare, resultat och ekonomi

Dnr AMN-2024/0012
Datum: 2024-02-14

1. Sammanfattning

Jobbcentrum Alfta är kommunens ingång för invånare som behöver stöd för att komma närmare arbetsmarknaden eller börja studera. Under 2023 tog jobbcentrum emot 610 deltagare i någon av enhetens tre insatser. Det är 40 fler än under 2022, då antalet deltagare var 570.

Totalt gick 230 deltagare vidare till arbete och 90 deltagare vidare till studier under året.

Av deltagarna var 260 kvinnor, vilket motsvarar 42,6 procent. 210 deltagare var under 25 år.

2. Insatser

Yrkesvägen riktar sig till deltagare som vill pröva ett yrke. Den första gruppen började 2021.
"""


def test_a_count_under_a_heading_year_is_no_count_of_another_year(tmp_path_factory):
    # "ÅRSUPPFÖLJNING 2023" over the title, and no year in the sentence or its paragraph: "210 deltagare
    # var under 25 år" is of 2023, so it may answer a question about 2023 and not one about 2021
    # (a year the report names only in passing).
    from assistant.answering import ScoredSentence, _of_year_asked, years_above_title
    from assistant.questions import analyse
    from assistant.store import open_index

    assistant = assistant_over_text(tmp_path_factory.mktemp("alfta_headed"), "alfta.txt", ALFTA_HEADED)
    index = open_index(assistant.settings)
    record = index.record("alfta.txt")
    assert years_above_title(record) == {"2023"}
    text = "210 deltagare var under 25 år."
    start = record.text.index(text)
    sentence = ScoredSentence("alfta.txt", None, start, start + len(text), text, 0.0, 0.0, 0.0, 0)
    assert not _of_year_asked(analyse("hur många deltagare var under 25 år 2021"), sentence, index)
    assert _of_year_asked(analyse("hur många deltagare var under 25 år 2023"), sentence, index)


@pytest.mark.parametrize("question", ["hur många deltagare var under 25 år 2023", "hur många deltagare var under 25 år"])
def test_an_age_is_no_span_of_time(tmp_path_factory, question):
    # "under 25 år" after "var" is how old they were, not a count over 25 years to average.
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_age"), "alfta.txt", ALFTA_HEADED).ask(question)
    assert answer.answer.startswith("Svar: 210 [1]."), answer.answer
