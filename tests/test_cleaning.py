"""Cleaning of extraction artefacts, and the map from cleaned text back to the original."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.cleaning import clean_document
from assistant.loading import LoadedDocument, load_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def clean(text: str, page_starts=()) -> str:
    doc = LoadedDocument("t.txt", "t.txt", "txt", "0", text, tuple(page_starts))
    return clean_document(doc).text


def double_spaced(lines: list[str]) -> str:
    """The shipped corpus's layout: every extracted line followed by an empty line."""
    return "\n\n".join(lines) + "\n\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Svar om sned resursfördel-", "ning till Jobbtorg och mer text här."], "resursfördelning till"),
        (["ter att gynna innerstaden och staden köpt ar-", "betsmarknadstjänster av andra aktörer."], "arbetsmarknadstjänster"),
        (["Antal ungdomar 16-", "24 år ökade under året."], "16-24 år"),
        (["Stadsdelen Enskede-", "Årsta-Vantör har tilldelats platser."], "Enskede-Årsta-Vantör"),
        (["insatsen kombineras ofta med SFI-", "studier och praktik på jobbtorget."], "SFI-studier"),
        (["2008 är ett uppstarts-", "och utvecklingsår för Jobbtorg Stockholm."], "uppstarts- och utvecklingsår"),
        (["Vi har både egen-regiverksamhet och köpt verksamhet i stadens egen-", "regiverksamhet som vi följer upp."], "stadens egen-regiverksamhet"),
    ],
)
def test_hyphenation_across_lines(lines, expected):
    for layout in (double_spaced(lines), "\n".join(lines)):
        assert expected in clean(layout)


def test_shipped_text_is_dehyphenated_and_reflowed():
    text = clean_document(load_document(CORPUS / "000_10e06c5843140a80.txt")).text
    assert "Svar på interpellation 2008:35 av Karin Rågsjö (v) om sned resursfördelning till Jobbtorg\n\n" in text
    assert "resursfördel-" not in text and "fortsät-" not in text
    assert "arbetsmarknadstjänster" in text and "egen-regiverksamhet" in text
    assert "\n\n\n" not in text and "  " not in text
    # Each numbered question is its own paragraph, not glued to the next.
    assert "\n\n2. Är du beredd" in text and "\n\n4. Är du beredd" in text
    # The signature block keeps its lines apart.
    assert text.endswith("Stockholm 2008-11-12\n\nSten Nordin\n\nFinansborgarråd")


def test_bullets_normalised_and_kept_apart():
    text = clean("Målgrupper:\n\uf0b7 Alla med försörjningsstöd\n\uf0b7 Ungdomar mellan 16-24 år\n● SFI-studerande\n")
    assert text == "Målgrupper:\n\n• Alla med försörjningsstöd\n\n• Ungdomar mellan 16-24 år\n\n• SFI-studerande"


def test_lost_bullets_in_shipped_layout_stay_separate_items():
    text = clean_document(load_document(CORPUS / "002_c92b7a411cd0c83a.txt")).text
    assert "\n\nSFI-studerande med försörjningsstöd eller introduktionsersättning\n\n" in text
    assert "\n\nUngdomar mellan 16-24 år\n\n" in text
    # A page seam inside a sentence is joined, not broken.
    text = clean_document(load_document(CORPUS / "001_67a7f12664a140df.txt")).text
    assert "inom fem dagar. Jobbtorg Stockholm ska säkerställa" in text


def test_blank_line_noise_and_odd_characters():
    text = clean("Rubrik\n\n \n\n\n  \n\nJobbtorg\u00a0har 9\u00a0472 inskrivna,\u00ad och\u200b fler.\t Slut.")
    assert text == "Rubrik\n\nJobbtorg har 9 472 inskrivna, och fler. Slut."


def test_decomposed_letters_are_composed():
    assert clean("Ra\u030agsjo\u0308 i A\u030arsta") == "Rågsjö i Årsta"


def test_page_numbers_at_page_seams_are_dropped():
    pages = ["Jobbtorg Stockholm har fem lokala jobbtorg och två filialer.\n1", "2\nDe ligger i Vårberg och Farsta."]
    raw = "\f".join(pages)
    text = clean(raw, page_starts=[len(pages[0]) + 1])
    assert text == "Jobbtorg Stockholm har fem lokala jobbtorg och två filialer.\n\nDe ligger i Vårberg och Farsta."


def test_running_headers_and_page_markers_are_no_text():
    # A text file keeps no page breaks: the markers themselves say where pages end. "(2)" was a
    # figure and "(1 240 − 2) / 2" an answer.
    raw = ("Gävle kommun | Arbetsmarknadsnämnden\tSida 1 (2)\nSammanträdesdatum: 2024-05-14\tSida 1 (2)\n\n"
           "Under 2023 skrevs 1 240 personer in.\n\n"
           "Gävle kommun | Arbetsmarknadsnämnden          Sida 2 (2)\n\nAv dem fick 412 arbete.\n"
           "Gävle kommun | Arbetsmarknadsnämnden   sida 2 av 2\n")
    text = clean(raw)
    assert "Sida" not in text and "sida" not in text and "Arbetsmarknadsnämnden" not in text
    assert "Sammanträdesdatum: 2024-05-14" in text  # a first page's own line keeps what it says
    assert "1 240 personer" in text and "412 arbete" in text


def _letters_map_back(path: Path) -> None:
    cleaned = clean_document(load_document(path))
    original, text = cleaned.original, cleaned.text
    for i, ch in enumerate(text):
        if ch.isalnum():
            j = cleaned.offsets.original_offset(i)
            assert original[j] == ch, (path.name, i, ch, original[j])


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*")), ids=lambda p: p.name)
def test_every_cleaned_character_maps_back_to_the_original(path):
    _letters_map_back(path)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*")), ids=lambda p: p.name)
def test_sentence_spans_map_to_original_spans(path):
    """A cleaned span maps to an original span holding the same words, with
    only line breaks, hyphens and spacing in between."""
    from assistant.chunking import split_sentences

    cleaned = clean_document(load_document(path))
    for sentence in split_sentences(cleaned.text):
        quote = cleaned.text[sentence.start : sentence.end]
        o_start, o_end = cleaned.to_original(sentence.start, sentence.end)
        source = cleaned.original[o_start:o_end]
        squash = lambda s: re.sub(r"[\s\-\u00ad]+", "", s)  # noqa: E731
        assert squash(source) == squash(quote), (quote, source)
        assert source[0] == quote[0] and source[-1] == quote[-1]


def test_list_items_break_but_wrapped_dashes_and_numbers_do_not():
    text = clean("Frågor:\n1. Hur många fick jobb?\n2. Hur många fick en plan?\n- Vårberg\n- Farsta")
    assert text == "Frågor:\n\n1. Hur många fick jobb?\n\n2. Hur många fick en plan?\n\n- Vårberg\n\n- Farsta"
    wrapped = clean(
        "Insatsen blir ofta en kommunikationskurs hos någon av de externa leverantörerna\n"
        "– en insats som ofta kombineras med SFI-studier och praktik på arbetsplatser i\n"
        "5 stadsdelar under hösten och vintern med stöd av jobbtorgets matchare och coacher."
    )
    assert "\n" not in wrapped


def test_a_labelled_field_line_is_never_run_into_the_line_before():
    # A heading with no full stop, then "Datum: ..." on the next line: the date is a
    # field of its own, not the end of the title (a title holding it names its year).
    # Paragraphs one line each, a blank line between, read as double-spaced text.
    text = clean("OCKELBO KOMMUN\nÅRSREDOVISNING 2023\nJobbcentrum Ockelbo – resultat och deltagare\nDatum: 2024-02-20\n\n"
                 "1. Resultat\n\nTotalt avslutades 340 deltagare till arbete eller studier.\n\n2. Grupper\n\n"
                 "Under 2023 var 160 inrikes födda kvinnor inskrivna.\n\n3. Jämförelse\n\nUnder 2022 var 590 inskrivna.\n")
    assert "deltagare\n\nDatum: 2024-02-20" in text
    # A sentence wrapped before a word that a colon follows is still one sentence.
    wrapped = clean("Förvaltningen föreslår att nämnden fattar följande beslut och att den\ngör det snarast: att anta planen.\n")
    assert "den gör det snarast" in wrapped


def test_a_letterheads_fields_one_under_another_stay_one_block():
    # A field line stands apart from a title above it, not from the field above it: the
    # letterhead's fields read together ("... Ordförande: Karin Öst") are whose minutes these are.
    text = clean("PROTOKOLL\n\nSammanträdesdatum: 2025-04-09\nSekreterare: Sara Åkesson\nOrdförande: Karin Öst\n\n"
                 "§ 12 Val av justerare\n\nNämnden beslutar att utse Per Hallin (SD) att justera dagens protokoll.\n\n"
                 "§ 13 Uppföljning\n\nNämnden beslutar att godkänna uppföljningen.\n")
    assert "Sekreterare: Sara Åkesson Ordförande: Karin Öst" in text
