"""The figure table and the computations: a hand-written golden file, Swedish
numerals, and properties checked with hypothesis."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from conftest import CORPUS, run_cli
from hypothesis import given
from hypothesis import strategies as st

from assistant.figures import document_figures, figures_in_sentence
from assistant.ingest import parse_document
from assistant.loading import load_document
from assistant.numbers import format_number, parse_digits, parse_number_word, round_half_up
from assistant.statistics import Operand, chained_share, difference, percent_change, percentage_points, share

GOLDEN = json.loads((Path(__file__).parent / "golden" / "figures_001.json").read_text(encoding="utf-8"))


def test_golden_figures_of_one_document():
    record = parse_document(load_document(CORPUS / GOLDEN["source"]))
    got = [{"text": f.text, "value": f.value, "unit": f.unit, "qualifier": f.qualifier} for f in document_figures(record)]
    assert got == GOLDEN["figures"]
    for figure in document_figures(record):
        assert record.text[figure.start : figure.end] == figure.text
        assert record.text[figure.sentence_start : figure.sentence_end] == figure.sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Antal avslutade ärenden ligger mellan 3,9-7,2 % av totalt antal inskrivna.", [(3.9, 7.2, "procent")]),
        ("I årets budget har vi höjt anslaget med 20 miljoner kronor.", [(20e6, None, "kronor")]),
        ("Endast var fjärde hade gått vidare till arbete.", [(0.25, None, "andel")]),
        ("Hälften av dem fick jobb och en femtedel började studera.", [(0.5, None, "andel"), (0.2, None, "andel")]),
        ("Ungdomar mellan 16-24 år prioriteras.", [(16, 24, "år")]),
        ("Enskede-Årsta-Vantör har tilldelats 26 platser/vecka.", [(26, None, "platser/vecka")]),
        ("Jobbtorg Stockholm tog emot 9\u00a0472 personer.", [(9472, None, "personer")]),
        ("Andelen ökade med 56,4 procent.", [(56.4, None, "procent")]),
        ("Bilaga 4 till protokoll 2008-11-17 § 9 om interpellation 2008:35, Dnr AMN 2013-0304-1.", []),
        ("Den 1 januari 2008 inrättades Jobbtorg, och den 10/8 är nästa tid.", []),
    ],
)
def test_swedish_numerals_in_sentences(sentence, expected):
    got = [(f.value, f.value_high, f.unit) for f in figures_in_sentence("x.txt", sentence, 0)]
    assert got == expected


def test_every_shipped_figure_points_at_its_text():
    total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        record = parse_document(load_document(path))
        for figure in document_figures(record):
            total += 1
            assert record.text[figure.start : figure.end] == figure.text
            assert figure.unit, figure
    assert total >= 40


def test_cli_figures_json_csv_and_doc_filter(shipped_index):
    index_dir = str(shipped_index.index_dir)
    rows = json.loads(run_cli("figures", "--json", "--index-dir", index_dir, check=True).stdout)
    assert {r["source"] for r in rows} == {p.name for p in CORPUS.glob("*.txt")}
    assert {"value", "unit", "counts", "period", "qualifier", "source", "sentence", "start", "end"} <= set(rows[0])
    one = json.loads(run_cli("figures", "--json", "--doc", GOLDEN["source"], "--index-dir", index_dir, check=True).stdout)
    assert [r["text"] for r in one] == [g["text"] for g in GOLDEN["figures"]]
    table = list(csv.DictReader(io.StringIO(run_cli("figures", "--csv", "--index-dir", index_dir, check=True).stdout)))
    assert len(table) == len(rows) and table[0]["source"] == rows[0]["source"]


@given(st.integers(min_value=0, max_value=10**9))
def test_format_then_parse_integers(value):
    text = format_number(value)
    assert parse_digits(text) == value
    assert "," not in text and all(len(group) == 3 for group in text.split(" ")[1:])


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False).map(lambda x: round(x, 1)))
def test_format_then_parse_one_decimal(value):
    text = format_number(value, 1)
    assert "." not in text
    assert math.isclose(parse_digits(text), round_half_up(value, 1), abs_tol=1e-9)


@given(st.integers(min_value=1, max_value=999))
def test_number_words_round_trip_through_their_parts(value):
    ones = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
    tens = {2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio", 6: "sextio", 7: "sjuttio", 8: "åttio", 9: "nittio"}
    teens = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
    hundreds, rest = divmod(value, 100)
    word = (ones[hundreds] + "hundra") if hundreds else ""
    if 10 <= rest < 20:
        word += teens[rest - 10]
    else:
        word += tens.get(rest // 10, "") + ones[rest % 10]
    assert parse_number_word(word) == value


positive = st.integers(min_value=1, max_value=10**7)


@given(positive, positive)
def test_share_is_part_over_whole(a, b):
    result = share(Operand(a, "a"), Operand(b, "b"))
    assert math.isclose(result.value, a / b * 100)
    assert result.rounded == round_half_up(a / b * 100, 1)
    assert result.text == f"{format_number(a)} / {format_number(b)} = {format_number(result.rounded, 1)} %"
    assert [o.figure_id for o in result.inputs] == ["a", "b"]


@given(positive, positive)
def test_difference_and_percent_change_agree(new, old):
    diff = difference(Operand(new, "n"), Operand(old, "o"))
    change = percent_change(Operand(new, "n"), Operand(old, "o"))
    assert diff.value == new - old
    # 1 + change / 100 cancels for a large fall (1 from 10 000 000): the error scales with old.
    assert math.isclose(old * (1 + change.value / 100), new, rel_tol=1e-9, abs_tol=old * 1e-12)


@given(st.floats(min_value=0, max_value=100), st.floats(min_value=0, max_value=100))
def test_percentage_points_are_a_plain_difference(p, q):
    assert math.isclose(percentage_points(Operand(p, "p"), Operand(q, "q")).value, p - q, abs_tol=1e-12)


@given(positive, st.integers(0, 100), st.integers(0, 100))
def test_chained_share_multiplies(base, p, q):
    result = chained_share(Operand(base, "b"), Operand(p, "p"), Operand(q, "q"))
    assert math.isclose(result.value, base * p / 100 * q / 100, rel_tol=1e-12, abs_tol=1e-9)
    assert result.text.startswith(f"{format_number(base)} × {p} % × {q} % = ")


def test_rounding_is_half_up_and_decimal_comma():
    assert round_half_up(19.15, 1) == 19.2 and round_half_up(2.5, 0) == 3
    assert share(Operand(1812, "a"), Operand(9472, "b")).text == "1 812 / 9 472 = 19,1 %"
    with pytest.raises(ValueError):
        share(Operand(1, "a"), Operand(0, "b"))


@pytest.mark.parametrize(("text", "value"), [("Sex av tio deltagare fick jobb.", 0.6), ("Sju av tio fick jobb.", 0.7),
                                             ("Nine in ten stayed.", 0.9)])
def test_a_proportion_in_words_above_five_is_a_proportion_not_its_denominator(text, value):
    figures = figures_in_sentence("x", text, 0)
    assert [(f.kind, round(f.value, 3)) for f in figures] == [("proportion", value)]


def test_one_million_in_words_is_a_sum_and_a_lone_one_is_no_figure():
    from assistant.figures import figures_in_sentence

    (figure,) = figures_in_sentence("x", "Verksamheten gick nästan en miljon kronor över budget.", 0)
    assert (figure.kind, figure.value, figure.qualifier) == ("money", 1_000_000.0, "nästan")
    assert figures_in_sentence("x", "En av dem fick jobb och en miljard är mycket.", 0) == ()


@pytest.mark.parametrize("sentence", ["Tabell 1 visar antalet deltagare och utfallet efter avslutad insats under 2023.",
                                      "Se avsnitt 3 och figur 2 för fördelningen.", "Table 4 shows the outcome by programme."])
def test_a_tables_or_sections_number_counts_nothing(sentence):
    # "Tabell 1" was read as a count of one and became an operand: (1 − 112) / 112 was given.
    assert figures_in_sentence("x.txt", sentence, 0) == ()
