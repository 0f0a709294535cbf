"""Sentences and chunks: never a cut sentence or number, exact offsets, stable ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.chunking import make_chunks, split_sentences
from assistant.ingest import parse_document
from assistant.loading import load_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
NUMBER = re.compile(r"\d[\d ]*(?:,\d+)?")


@pytest.fixture(scope="module")
def records():
    return [parse_document(load_document(path)) for path in sorted(CORPUS.glob("*.txt"))]


def test_abbreviations_and_list_numbers_do_not_split():
    text = "Insatsen kan vara t.ex. truckutbildning. 1. Hur många fick jobb? Ca. 50 % av dem, dvs. hälften."
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Insatsen kan vara t.ex. truckutbildning.", "1. Hur många fick jobb?", "Ca. 50 % av dem, dvs. hälften."]


def test_known_sentences_of_the_corpus(records):
    by_source = {r.source: r for r in records}
    record = by_source["001_67a7f12664a140df.txt"]
    sentences = [record.text[s.start : s.end] for s in record.sentences]
    assert "Från den 1 januari till och med den oktober 2008 tog Jobbtorg Stockholm emot och skrev in 9472 personer." in sentences
    assert "3278 av dessa hade per den sista september fått hjälp att ta sig vidare till egen försörjning, varav 1 812 hade fått ett arbete." in sentences
    record = by_source["002_c92b7a411cd0c83a.txt"]
    sentences = [record.text[s.start : s.end] for s in record.sentences]
    assert "Antal avslutade ärenden per månad ligger mellan 3,9-7,2 % av totalt antal inskrivna aspiranter från Enskede-Årsta-Vantör." in sentences


def test_sentences_are_whole_and_numbers_uncut(records):
    for record in records:
        text = record.text
        for s in record.sentences:
            assert text[s.start : s.end] == text[s.start : s.end].strip()
            # A number never straddles a sentence boundary.
            before, after = text[max(0, s.start - 2) : s.start], text[s.end : s.end + 2]
            assert not (before[-1:].isdigit() and text[s.start].isdigit())
            assert not (text[s.end - 1].isdigit() and after[:1].isdigit())


def test_chunks_are_runs_of_whole_sentences(records):
    for record in records:
        text = record.text
        all_sentences = list(record.sentences)
        covered = []
        for chunk in record.chunks:
            assert chunk.text == text[chunk.start : chunk.end]
            assert chunk.start == chunk.sentences[0].start and chunk.end == chunk.sentences[-1].end
            assert len(chunk.sentences) <= 4
            covered.extend(chunk.sentences)
            for number in NUMBER.finditer(text):
                inside = chunk.start <= number.start() < chunk.end
                assert not inside or number.end() <= chunk.end
        assert covered == all_sentences  # every sentence in exactly one chunk, in order


def test_chunk_ids_are_stable_and_content_dependent(records):
    record = records[1]
    again = make_chunks(record.source, record.text, list(record.sentences))
    assert [c.id for c in again] == [c.id for c in record.chunks]
    assert len({c.id for r in records for c in r.chunks}) == sum(len(r.chunks) for r in records)
    edited = record.text.replace("9472", "9473")
    changed = make_chunks(record.source, edited, split_sentences(edited))
    differing = [a.id for a, b in zip(record.chunks, changed) if a.id != b.id]
    assert len(differing) == 1
