"""A table typed as text: its columns stay apart (no "910 1 004" read as one number) and each
cell is of the period its column's header names, for answers, claims and computed answers."""

from __future__ import annotations

import pytest
from conftest import assistant_over_text

from assistant.chain import Assistant
from assistant.cleaning import clean_document
from assistant.figures import document_figures
from assistant.ingest import parse_document
from assistant.loading import LoadedDocument

GAVLE = """GÄVLE KOMMUN
Årsrapport 2024 – Jobbcentrum Gävle

Under 2024 var 1 120 personer inskrivna på Jobbcentrum Gävle, fler än något tidigare år.

Tabell 1. Deltagare och resultat 2022–2024

Uppgift                     2022      2023      2024
Inskrivna deltagare          910     1 004     1 120
  varav kvinnor              420       466       530
  varav män                  490       538       590
Till arbete                  260       301       352
Total kostnad (tkr)       38 900    40 100    41 200
Kostnad per deltagare (kr) 42 747   39 940    36 786

Kostnaderna för året uppgick till 41,2 miljoner kronor. Under 2024 var 150 ensamstående kvinnor inskrivna på Jobbcentrum Gävle.
Under första halvåret 2024 var 96 av de 1 120 inskrivna långtidsarbetslösa, enligt rapporten till nämnden den 8 oktober.
"""


@pytest.fixture(scope="module")
def gavle(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("gavle"), "gavle.txt", GAVLE)


def test_a_tables_columns_are_separate_numbers_of_their_headers_periods():
    record = parse_document(LoadedDocument("gavle.txt", "gavle.txt", "txt", "x", GAVLE))
    cells = {(f.value, f.period) for f in document_figures(record)}
    assert {(910.0, "2022"), (1004.0, "2023"), (1120.0, "2024"), (466.0, "2023"), (260.0, "2022"), (352.0, "2024")} <= cells
    assert not any(f.value > 10_000 and f.kind == "count" for f in document_figures(record))  # no "910 1 004" run together
    # The cleaned text keeps the columns apart, as the original does.
    text = clean_document(LoadedDocument("gavle.txt", "gavle.txt", "txt", "x", GAVLE)).text
    assert "910  1 004  1 120" in text


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Under 2023 gick 301 deltagare från Jobbcentrum Gävle till arbete.", "supported"),
    ("Under 2024 gick 301 deltagare från Jobbcentrum Gävle till arbete.", "contradicted"),
    ("Jobbcentrum Gävle hade 910 inskrivna deltagare under 2022.", "supported"),
])
def test_a_claim_is_held_to_the_column_of_its_year(gavle, claim, verdict):
    assert gavle.check(claim).verdict == verdict


def test_a_question_for_one_year_is_answered_from_its_column(gavle):
    answer = gavle.ask("hur många gick till arbete 2023").answer
    assert answer.startswith("Svar: 301 ["), answer


def test_a_change_between_two_columns_is_computed(gavle):
    answer = gavle.ask("hur mycket ökade antalet som gick till arbete från 2022 till 2024 i procent").answer
    assert "(352 − 260) / 260 = 35,4 %" in answer, answer


def test_two_groups_of_one_year_are_compared_in_its_column_not_with_a_narrower_group(gavle):
    # "150 ensamstående kvinnor" is a group the question does not name; 538 is 2023's men.
    answer = gavle.ask("hur många fler män än kvinnor var inskrivna 2024").answer
    assert "590 − 530 = 60" in answer, answer


def test_a_whole_named_after_its_part_is_of_the_parts_period(gavle):
    # "Under första halvåret 2024 var 96 av de 1 120 ...": 1 120 is of 2024 too, not of "den 8 oktober".
    assert gavle.check("Jobbcentrum Gävle hade 1 120 inskrivna under första halvåret 2023.").verdict != "supported"


@pytest.mark.parametrize(("question", "lead"), [
    ("vad kostade jobbcentrum gävle 2023", "Svar: 40 100 000 kronor ["),
    ("vad kostade det per person 2022", "Svar: 42 747 kronor ["),
    ("vad gick det på per deltagare 2024", "Svar: 36 786 kronor ["),
])
def test_a_row_of_sums_is_read_in_its_labels_unit_and_a_sum_per_head_is_not_divided_again(gavle, question, lead):
    # "(tkr)" makes 40 100 forty million kronor; "Kostnad per deltagare" is already per head
    # (it was divided by the year's participants once more).
    answer = gavle.ask(question).answer
    assert answer.startswith(lead), answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Kostnaden per deltagare ökade mellan 2022 och 2024 på Jobbcentrum Gävle.", "contradicted"),
    ("Kostnaden per deltagare minskade mellan 2022 och 2024 på Jobbcentrum Gävle.", "supported"),
])
def test_a_rise_or_fall_between_two_columns_is_judged_by_their_years(gavle, claim, verdict):
    # The direction needs each figure's year: a table cell's is its column's.
    assert gavle.check(claim).verdict == verdict


BERGSJO_TABLE = """Jobbcenter Bergsjö – årsuppföljning 2025

Sammanfattning

Under 2025 var 1 012 personer inskrivna vid Jobbcenter Bergsjö, vilket är 52 fler än året innan och motsvarar en ökning
med 5,4 procent. Nettokostnaden uppgick 2025 till 25 300 tkr mot en budget om 26 000 tkr.

Tabell 1. Deltagare och kostnader 2022–2025

                                   2022     2023     2024     2025
Inskrivna deltagare                 820      905      960    1 012
varav kvinnor                       390      431      470      502
Nettokostnad Jobbcenter (tkr)    21 400   22 900   24 100   25 300
"""


@pytest.mark.parametrize(("question", "right", "wrong"), [
    # It was "5,4 procent": the change the report states is from the year before, not from 2022.
    ("hur mycket ökade antalet inskrivna från 2022 till 2025 i procent", "23,4", "5,4"),
    # It was "two figures fit equally well": the row, not its sub-row of women.
    ("by how many percent did the number of enrolled participants grow from 2022 to 2025?", "23,4", "28,7"),
    # It was a difference in kronor, then the budget beside the outcome made it a guess.
    ("how much did the net cost go up between 2022 and 2025, percentage-wise?", "18,2", None),
    # It was the 2025 sentence, read as no sum at all.
    ("nettokostnaden 2024, vad låg den på?", "24 100", "25 300"),
])
def test_a_table_row_answers_for_the_years_asked(tmp_path_factory, question, right, wrong):
    answer = assistant_over_text(tmp_path_factory.mktemp("bergsjo_table"), "rapport.txt", BERGSJO_TABLE).ask(question)
    lead = answer.answer.split("[")[0]
    assert right in lead and not answer.abstained, answer.answer
    assert wrong is None or wrong not in lead, answer.answer


LJUSNE_YEARS = """Jobbcenter Ljusne – uppföljning 2025

Tabell 1. Inskrivna deltagare 2023–2025

År        Inskrivna totalt    därav nyinskrivna under året
2023           410                  220
2024           452                  248
2025           506                  271

Under 2025 gick 130 deltagare till arbete, jämfört med 98 året innan.
"""


LJUSNE_BUDGET_TABLE = """Jobbcenter Ljusne – ekonomisk uppföljning 2025

Tabell 3. Budget och utfall 2025 (miljoner kronor)

Kostnadsslag                          Budget     Utfall
Personal                                4,0        4,1
Köpta insatser                          1,5        1,3
Lönebidragsanställningar
(Ljusnejobb)                            0,8        1,1
Summa nettokostnad                      6,3        6,5

Nettokostnaden blev 6,5 miljoner kronor, att jämföra med en budget på 6,3 miljoner kronor.
"""


@pytest.mark.parametrize(("document", "question", "formula"), [
    # Each was refused ("Jag kan inte avgöra vilka siffror frågan gäller"): a row labelled by its year
    # ("2024  452  248") counted nothing, the heads over its columns having run together in one line.
    ("LJUSNE_YEARS", "hur mycket ökade antalet inskrivna från 2024 till 2025 i procent", "(506 − 452) / 452 = 11,9 %"),
    ("LJUSNE_YEARS", "hur många fler var inskrivna 2025 än 2024", "506 − 452 = 54"),
    ("LJUSNE_YEARS", "what was the percentage increase in enrolled participants from 2024 to 2025?", "(506 − 452) / 452 = 11,9 %"),
    # Both were "6 500 000 − 6 300 000": the whole budget for a question about one of its rows. The
    # table's column heads ("Budget", "Utfall") now name its cells, and the row asked is the one used.
    ("LJUSNE_BUDGET_TABLE", "hur mycket gick ljusnejobben över budget 2025", "1 100 000 − 800 000 = 300 000 kronor"),
    ("LJUSNE_BUDGET_TABLE", "hur mycket gick köpta insatser under budget 2025", "1 500 000 − 1 300 000 = 200 000 kronor"),
    ("LJUSNE_BUDGET_TABLE", "hur mycket gick jobbcentret över budget 2025", "6 500 000 − 6 300 000 = 200 000 kronor"),
])
def test_a_tables_column_heads_say_what_its_cells_count(tmp_path_factory, document, question, formula):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_table"), "rapport.txt", globals()[document]).ask(question).answer
    assert formula in answer, answer
