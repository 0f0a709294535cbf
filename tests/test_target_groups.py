"""A press release on a programme in Hudiksvall written for these tests. Whom a programme is for is
asked in many ways ("vilka är den till för", "vem riktar den sig till", "vilken målgrupp", "who is it
for") and answered where the text says so ("riktar sig till två grupper:") together with the groups it
lists after the colon. Before, the sentence nearest in meaning (that the programme starts, who said
what) was given, or a name ("Hanna Sjöberg is startbanan for")."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

RELEASE = """PRESSMEDDELANDE
Hudiksvalls kommun, arbetsmarknadsenheten
2026-03-12


Steget Hudik – ny satsning för 120 deltagare

Hudiksvalls kommun startar Steget Hudik, en ny satsning inom Jobbcenter
Hudiksvall. Satsningen har en budget på 6,4 miljoner kronor för 2026–2027.

Vilka kan delta?

Steget Hudik riktar sig till två grupper:

- personer mellan 20 och 29 år som har haft försörjningsstöd i mer än ett år,
- utrikes födda kvinnor som inte har haft något arbete i Sverige.

Deltagarna får en egen handledare och praktik hos en arbetsgivare i kommunen.
Satsningen startar den 4 maj 2026.

– Vi vill nå dem som annars blir kvar längst, säger Maria Östlund (C),
ordförande i arbetsmarknadsutskottet.
"""


# The answer stands under a heading that asks it, and names the programme another way ("Satsningen").
LETTER = """Nyhetsbrev från Jobbcenter Hudiksvall, april 2026

Jobbspåret Delsbo-Forsa startar i juni med plats för 40 deltagare.

Vem vänder sig Jobbspåret till?

Satsningen vänder sig till unga vuxna i Delsbo och Forsa som saknar gymnasieexamen.

Jobbspåret startar den 8 juni 2026 och pågår till och med den 18 december 2026.

Projektledare är Jonas Ek, Jobbcenter Hudiksvall.
Hudiksvall den 20 april 2026
"""


@pytest.fixture(scope="module")
def hudik(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("hudik"), {"pressmeddelande_steget_hudik_2026.txt": RELEASE,
                                                                   "nyhetsbrev_hudiksvall_2026-04.txt": LETTER})


@pytest.mark.parametrize("question", [
    "steget hudik, vilka är den till för egentligen?",
    "vem riktar sig steget hudik till",  # guard: answered before too
    "vilken målgrupp har steget hudik",
    "vilka kan vara med i steget hudik",
    "who is Steget Hudik for?",
])
def test_whom_a_programme_is_for(hudik, question):
    answer = hudik.ask(question)
    assert "riktar sig till två grupper" in answer.answer, answer.answer
    assert "utrikes födda kvinnor" in answer.answer, answer.answer
    assert "handledare" not in answer.answer, answer.answer  # the list ends where its items do


@pytest.mark.parametrize("question", ["jobbspåret, vilka är det till för?", "who is Jobbspåret for?"])
def test_a_heading_asking_it_is_answered_by_the_sentence_under_it(hudik, question):
    answer = hudik.ask(question)
    assert "unga vuxna i Delsbo och Forsa som saknar gymnasieexamen" in answer.answer, answer.answer


def test_a_press_release_asked_of_is_read_where_there_is_one(hudik):
    # A kind of paper the index holds is no reason to decline; its date is its letterhead's (the start date was
    # read as a dateline, and the question was not read as one of a document)
    answer = hudik.ask("vilket datum har pressmeddelandet om steget hudik")
    assert not answer.abstained and "2026-03-12" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "formula"), [
    # A start a sentence gives, after the day of the one paper named (the days between two papers' dates before).
    ("hur många dagar efter pressmeddelandet drar steget hudik igång?", "2026-05-04 − 2026-03-12 = 53 dagar"),
    ("How many days after the press release does Steget Hudik start?", "2026-05-04 − 2026-03-12 = 53 dagar"),
    # How long something runs: its start to its end, from the sentence that gives both.
    ("hur många dagar pågår jobbspåret?", "2026-12-18 − 2026-06-08 = 193 dagar"),
    ("how many days does jobbspåret run from start to finish?", "2026-12-18 − 2026-06-08 = 193 dagar"),
])
def test_days_from_an_event_or_over_a_run(hudik, question, formula):
    assert formula in hudik.ask(question).answer


def test_days_between_things_no_paper_dates_are_not_the_papers_days(hudik):
    # Neither an information meeting nor its day is in the papers: the days between the two papers' own
    # dates would be a wrong number.
    answer = hudik.ask("hur många dagar är det mellan infomötet och att steget hudik börjar?")
    assert "2026-04-20 − 2026-03-12" not in answer.answer, answer.answer
