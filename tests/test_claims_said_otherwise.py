"""Claims a journalist writes about minutes and a reply from Skutskär written for these tests, each in
other words than the documents: parties by their letters ("S, V och MP"), a branch by a compound of its
place ("Skutskärsfilialen" for "filialen i Skutskär"), closing it down as "nedläggningen" where the minutes
say "avvecklas", a share of a budget given as "X mnkr, varav Y mnkr", a share of those a sentence opens
with ("Av de 120 personer som ... hade 40 ett arbete"), and a level beside a sentence that states only a
change ("minskat med drygt 90 personer"), which measures no level; "dubbelt så många" as a ratio of a table
row's two years. Each case but the guards was judged
wrongly, or not at all, before."""

from __future__ import annotations

import pytest
from conftest import assistant_over_texts

MINUTES = """Protokoll
Arbetsmarknadsnämnden i Älvkarleby
Sammanträdesdatum: 2026-04-14

§ 41 Avveckling av Jobbtorgets filial i Skutskär
Dnr AMN 2026/0044

Ärendet
Jobbtorget har sedan 2022 haft en filial i Skutskär. Antalet besök har minskat från 2 400 under
2023 till 1 500 under 2025. En avveckling beräknas minska kostnaderna med 0,9 mnkr per år.

Nämndens beslut
Filialen i Skutskär avvecklas från och med den 1 oktober 2026.

Reservation
Eva Holm och Per Nyström (båda S), Sara Lind (V) och Ali Berg (MP) reserverar sig mot beslutet.

§ 42 Ansökan om medel ur ESF+ för projektet Ordbron
Dnr AMN 2026/0031

Ärendet
Projektet Ordbron ska ge 40 deltagare språkträning med praktik. Den totala budgeten är 4,0 mnkr,
varav 2,6 mnkr söks från ESF+ och 1,4 mnkr utgör kommunens medfinansiering.

Nämndens beslut
Nämnden beslutar att ansöka om 2,6 mnkr ur ESF+ för projektet Ordbron.
"""

REPLY = """Svar på interpellation om Bryggjobben i Älvkarleby
Dnr KS 2026/0102

Av de 120 personer som hade en anställning i Bryggjobben under 2025 hade 40 ett arbete utan
subvention ett halvår efter att anställningen avslutats. Ytterligare 14 personer hade börjat studera.

Antalet inskrivna vid Jobbtorget har minskat med drygt 90 personer sedan 2024.

Unga

Av de 1 080 inskrivna 2025 var 310 personer i åldern 18–24 år.

Ida Falk (S), kommunalråd
"""


PRESS = """PRESSMEDDELANDE
Älvkarleby kommun
2025-09-10

Rekordsommar i Sommarsteget – 52 får jobba kvar

I somras deltog 140 unga i Sommarsteget, kommunens program för sommarjobb med handledning.

Sommarsteget i siffror

Uppgift                  2024     2025
Ansökningar              260      310
Deltagare                112      140
Fortsatt anställning     35       52
Började studera          12       19
"""


FOLLOW_UP = """ ÄLVKARLEBY KOMMUN                               RAPPORT
 Arbetsmarknadsförvaltningen                     2026-02-10
                                                 Dnr AMN 2026/0018

Uppföljning av Jobbtorg Älvkarleby 2022–2025

1. Sammanfattning

Jobbtorget tog under året emot 798 nya deltagare. Nettokostnaden blev 31,4 mnkr, vilket innebär
ett underskott på 1,2 mnkr mot budget (30,2 mnkr). Av de nyinskrivna var 210 personer, eller
26,3 procent, under 25 år.
"""


@pytest.fixture(scope="module")
def skutskar(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("skutskar"), {"protokoll_amn_2026-04-14.txt": MINUTES,
                                                                      "svar_bryggjobben.txt": REPLY,
                                                                      "pressmeddelande_sommarsteget.txt": PRESS,
                                                                      "uppfoljning_jobbtorg_2022-2025.txt": FOLLOW_UP})


@pytest.mark.parametrize(("claim", "verdict"), [
    ("S, V och MP reserverade sig mot beslutet att avveckla filialen i Skutskär.", "supported"),
    ("Sverigedemokraterna reserverade sig tillsammans med S och V mot nedläggningen av filialen i Skutskär.", "contradicted"),
    ("Besöken på Skutskärsfilialen minskade med drygt 35 procent mellan 2023 och 2025.", "supported"),
    ("Besöken på Skutskärsfilialen minskade med drygt 60 procent mellan 2023 och 2025.", "contradicted"),  # a guard
    ("Nästan två tredjedelar av Ordbrons budget ska komma från ESF+.", "supported"),
    ("About 65 percent of the Ordbron project budget is to come from the ESF+ fund.", "supported"),
    ("Var tredje som hade en anställning i Bryggjobben 2025 hade ett jobb utan bidrag ett halvår senare.", "supported"),
    # A guard: "av dem som" read the share's whole before too.
    ("Hälften av dem som hade en anställning i Bryggjobben 2025 hade ett jobb utan bidrag ett halvår senare.", "contradicted"),
    ("Drygt 1 000 personer var inskrivna vid Jobbtorget under 2025.", "supported"),  # a guard
    # "minskat med drygt 90 personer" is a change: it bears out no level of 90 enrolled (a guard).
    ("Omkring 90 personer var inskrivna vid Jobbtorget under 2025.", "contradicted"),
    # "dubbelt så många" is a ratio of two; the table's row of those taking part, for 2025 and 2024.
    ("Dubbelt så många unga deltog i Sommarsteget 2025 som 2024.", "contradicted"),
    ("Twice as many young people took part in Sommarsteget in 2025 as in 2024.", "contradicted"),
    ("Sommarsteget hade 1,25 gånger så många deltagare 2025 som 2024.", "supported"),
    # An overspend said as a gap: outcome less budget, of the year a report on 2022–2025 speaks of.
    ("Nettokostnaden 2025 överskred budgeten med ungefär 1,2 miljoner kronor.", "supported"),
    ("The net cost in 2025 exceeded its budget by about 1.2 million kronor.", "supported"),  # a guard
    ("Nettokostnaden 2025 överskred budgeten med ungefär 3 miljoner kronor.", "contradicted"),
    # "under 25" is an age, not a count of 25 beside 798.
    ("About a quarter of the new participants in 2025 were under 25.", "supported"),
])
def test_claims_said_in_other_words(skutskar, claim, verdict):
    checked = skutskar.check(claim)
    assert checked.verdict == verdict, (checked.verdict, checked.explanation)


def test_a_share_of_a_budget_given_as_a_part_of_it(skutskar):
    answer = skutskar.ask("hur stor andel av Ordbrons budget ska komma från ESF+")
    assert "2 600 000 / 4 000 000 = 65,0 %" in answer.answer, answer.answer
