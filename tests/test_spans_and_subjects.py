"""Questions over a reply, minutes and a press release on Hofors written for these tests: a span of months
asked ("jan–sep") is answered by the figures stated for that span, also in a sentence that points back to it
("Av dessa ..."), not by a quarter within it; two figures "från ... i sept. 2024 till ... i september 2025" are
each of their own year; a cost is read where its paragraph names what costs ("Kostnaden beräknas till ..."
under the heading of the measure), not from a member's motion nor from the whole budget when the question
names a programme. Each case but the guards was answered wrongly, or declined, before."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

from assistant.computing import figure_year
from assistant.figures import figures_in_sentence
from assistant.questions import month_span

REPLY = """Svar på interpellation om Jobbtorg Hofors
Dnr KS 2025/0712
Datum: 2025-11-04

Under perioden 1 januari–30 september 2025 har sammanlagt 1 310 personer varit inskrivna vid Jobbtorg Hofors.
Av dessa har 402 personer fått ett arbete och 156 personer har påbörjat studier.

Under tredje kvartalet, alltså juli till och med september, fick 127 personer jobb. Det är det bästa kvartalet
hittills.

Det är därför arbetsmarknadsnämnden i oktober beslutade att inrätta Bruksspåret, som startar i februari.

Antalet hushåll med ekonomiskt bistånd har samtidigt minskat, från 1 880 hushåll i sept. 2024 till 1 745 hushåll
i september 2025.

Rune Sandell (s), kommunalråd
"""

MINUTES = """Protokollsutdrag
Arbetsmarknadsnämnden i Hofors
Sammanträdesdatum: 2025-10-14

§ 54 Inrättande av Bruksspåret
Dnr AMN 2025/0120

Ärendebeskrivning
Förvaltningen föreslår att nämnden inrättar Bruksspåret, där deltagare varvar svenskundervisning med praktik på
bruket tre dagar i veckan. Kostnaden beräknas till 2,9 mnkr för 2026 och avser främst två handledare.

Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag.
Lena Holm (v) yrkar att Bruksspåret ska omfatta 50 platser och att nämnden begär ytterligare 1,4 mnkr för att
finansiera utökningen.

Beslut
Nämnden beslutar att inrätta Bruksspåret med 30 platser från och med den 1 februari 2026.
"""

REPORT = """Jobbtorg Hofors – årsrapport 2024

Ungdomsvägen riktar sig till unga mellan 18 och 24 år. Under året deltog 96 personer.

Under perioden 1 januari–30 juni 2024 fick 150 personer ett arbete. Under helåret 2024 gick totalt 318 personer
vidare till arbete och 120 till studier.

Ekonomi

Jobbtorgets budget för 2024 var 38,5 mnkr och utfallet blev 37,2 mnkr.
"""

PRESS = """Pressmeddelande 2025-12-01

Gröna jobb Hofors startar i mars

Hofors kommun startar Gröna jobb Hofors, sex månaders anställning i parkerna för personer med försörjningsstöd.
Satsningen kostar 1,6 miljoner kronor under 2026.
"""


@pytest.fixture(scope="module")
def hofors(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("hofors"),
                                {"svar.txt": REPLY, "protokoll.txt": MINUTES, "rapport.txt": REPORT, "press.txt": PRESS})


def test_a_span_of_months_is_read_in_either_spelling():
    assert month_span("hur många fick jobb jan-sep 2025") == (1, 9)
    assert month_span("Under perioden 1 januari–30 september 2025 har ...") == (1, 9)
    assert month_span("Under tredje kvartalet, alltså juli till och med september") == (7, 9)
    assert month_span("hur många fick jobb i september") is None


def test_each_figure_from_one_period_to_another_is_of_its_own_year():
    text = "Antalet minskade från 1 880 hushåll i sept. 2024 till 1 745 hushåll i september 2025."
    assert [figure_year(f) for f in figures_in_sentence("a", text, 0)] == ["2024", "2025"]


@pytest.mark.parametrize(("question", "lead"), [
    # Both were answered with the third quarter's 127.
    ("hur många fick jobb jan-sep 2025", "Svar: 402 ["),
    ("hur många fick jobb januari till september 2025", "Svar: 402 ["),
    ("hur många började studera jan–sept 2025", "Svar: 156 ["),
    # Guards: the quarter asked, and the whole span's enrolled.
    ("hur många fick jobb under tredje kvartalet 2025", "Svar: 127 ["),
    ("hur många var inskrivna jan-sep 2025", "Svar: 1 310 ["),
    # It was 1 880, the figure of September 2024: "september" and the one year written right after a month.
    ("hur många hushåll hade ekonomiskt bistånd i september 2025", "Svar: 1 745 ["),
    ("hur många hushåll hade ekonomiskt bistånd i september 2024", "Svar: 1 880 ["),
])
def test_a_count_is_of_the_period_asked(hofors, question, lead):
    answer = hofors.ask(question)
    assert answer.answer.startswith(lead), answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    # It was "1,4 mnkr": the motion's addition; "Kostnaden beräknas till ..." names no measure of its own.
    ("vad kostar bruksspåret", "Svar: 2,9 mnkr ["),
    # A guard: a press release's "Satsningen" is the measure it is about.
    ("vad kostar gröna jobb", "Svar: 1,6 miljoner kronor ["),
])
def test_a_cost_is_read_where_its_paragraph_names_what_costs(hofors, question, lead):
    answer = hofors.ask(question)
    assert answer.answer.startswith(lead), answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    # It was 150: the first half-year's count for the year's.
    ("hur många fick jobb 2024", "Svar: 318 ["),
    # "började" is a light verb and "efter jobbtorget" the setting, as "via jobbtorget" is.
    ("hur många började plugga 2024 efter jobbtorget", "Svar: 120 ["),
    # A guard: the half-year asked.
    ("hur många fick jobb första halvåret 2024", "Svar: 150 ["),
])
def test_a_year_is_answered_by_the_whole_year(hofors, question, lead):
    answer = hofors.ask(question)
    assert answer.answer.startswith(lead), answer.answer


def test_the_decision_is_quoted_from_the_minutes(hofors):
    # A guard: the reply's "arbetsmarknadsnämnden i oktober beslutade att inrätta Bruksspåret" only reports it.
    answer = hofors.ask("vad bestämde nämnden om bruksspåret")
    assert "Nämnden beslutar att inrätta Bruksspåret med 30 platser" in answer.answer, answer.answer


def test_the_whole_budget_is_no_cost_of_a_programme(hofors):
    # It quoted "Jobbtorgets budget för 2024 var 38,5 mnkr ..." as the cost of Ungdomsvägen.
    answer = hofors.ask("vad kostade ungdomsvägen 2024")
    assert answer.abstained, answer.answer
