"""A chunk is read with what goes on from it: the sentence after its last that points back to it
("Av dem fick 318 personer ett arbete") and the rows of a table whose header ends it. A chunk boundary
between them cut a count from the group and year it counts (a reply and a report on Tierp written for these tests)."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

REPLY = """Svar på interpellation om Jobbcenter Tierp

1. Hur många var inskrivna vid Jobbcenter Tierp under 2025?
2. Hur många av dem fick ett arbete?
3. Vad gör kommunen för de unga?

Svar på fråga 1

Jobbcenter Tierp är kommunens väg in för den som har försörjningsstöd och vill komma vidare. Verksamheten finns i centrala Tierp. Under perioden 1 januari–31 december 2025 var sammanlagt 884 personer inskrivna. Av dem fick 318 personer ett arbete, de flesta på den öppna arbetsmarknaden. Ytterligare 121 personer påbörjade studier inom vuxenutbildningen. Den genomsnittliga tiden i insats var åtta månader.

Svar på fråga 3

Kommunen har startat Ungsteget, en insats för unga vuxna som saknar gymnasieexamen.

Tierp den 2 mars 2026

Maja Ek (s)
Kommunalråd
"""

REPORT = """Jobbcenter Tierp – årsrapport 2025

1. Inledning

Jobbcenter Tierp ska ge personer med försörjningsstöd stöd att nå arbete eller studier. Verksamheten har tre enheter och 31 medarbetare.

2. Resultat

Tabell 1. Inskrivna samt avslut till arbete och studier 2023–2025

År     Inskrivna   Till arbete   Till studier
2023   802         255           98
2024   851         287           110
2025   884         318           121

Ökningen beror på att fler unga vuxna hänvisades från socialtjänsten.
"""


@pytest.fixture(scope="module")
def tierp(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("tierp"), {"svar.txt": REPLY, "rapport.txt": REPORT})


@pytest.mark.parametrize(("question", "lead"), [
    # "Av dem fick 318 ..." begins the chunk after "... 884 personer inskrivna.": it was not read, and the
    # answer quoted the count of those enrolled.
    ("how many got a job in 2025?", "Answer: 318 ["),
    # The header "År  Inskrivna  Till arbete ..." ends a chunk and the rows begin the next: both were declined.
    ("hur många började studera 2025", "Svar: 121 ["),
    ("hur många var inskrivna 2023?", "Svar: 802 ["),
])
def test_a_chunk_is_read_with_what_goes_on_from_it(tierp, question, lead):
    # Few chunks, as a large corpus leaves room for: the one after is read only by being read with it.
    answer = tierp.ask(question, k=2)
    assert answer.answer.startswith(lead), answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    # "gick" / "vidare" are how one gets somewhere, not what is counted: the row's "Till arbete" and the
    # sentence's "fick ... ett arbete" held half the question's words, and both were declined.
    ("hur många gick till arbete 2024?", "Svar: 287 ["),
    ("hur många gick vidare till jobb 2025", "Svar: 318 ["),
])
def test_the_way_there_is_not_what_is_counted(tierp, question, lead):
    assert tierp.ask(question, k=2).answer.startswith(lead)
