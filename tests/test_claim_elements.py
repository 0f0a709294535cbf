"""Claims checked element by element: the party given a person, the members of
a list, a place or year no document speaks of, the month a figure belongs to,
and a share computed from the documents' counts; on the shipped corpus and on a
document written here."""

from __future__ import annotations

import json

import pytest
from conftest import assistant_over_text, run_cli

from assistant.chain import Assistant

MOTION = """Motion om fler platser på Jobbtorg Unga i Norrtälje

Motion 2019:41 av Lena Bergkvist (mp) och Omar Haddad (c)

Jobbtorget har kontor i Hallstavik, Rimbo och Grisslehamn.
Under 2018 skrev jobbtorget in 612 ungdomar i mars, varav 205 fick ett arbete före årets slut.

Norrtälje den 3 april 2019
"""


@pytest.fixture(scope="module")
def motion(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("motion"), "motion.txt", MOTION)


def _rows(verdict, kind):
    return [e for e in verdict.elements if e.element == kind]


@pytest.mark.parametrize("claim", ["Vänsterpartisten Tomas Rudin frågade om moderaternas vallöfte om en jobbgaranti.",
                                   "The Left Party councillor Tomas Rudin asked about the job guarantee."])
def test_the_wrong_party_for_a_named_person_is_contradicted(shipped_assistant, claim):
    verdict = shipped_assistant.check(claim)
    assert verdict.verdict == "contradicted"
    (row,) = _rows(verdict, "party")
    assert row.claimed == "Tomas Rudin (v)" and row.found == "Tomas Rudin (s)" and "(s)" in row.quote


def test_the_right_party_on_a_new_document_is_borne_out_and_a_wrong_one_is_not(motion):
    assert _rows(motion.check("Motionen skrevs av Lena Bergkvist (mp)."), "party")[0].status == "supported"
    wrong = motion.check("Moderaten Lena Bergkvist skrev motionen om Jobbtorg Unga.")
    assert wrong.verdict == "contradicted" and _rows(wrong, "party")[0].found == "Lena Bergkvist (mp)"


def test_one_wrong_member_of_a_list_contradicts(shipped_assistant, motion):
    verdict = shipped_assistant.check("De fem lokala jobbtorgen ligger i Vårberg, Farsta, vid Rosenlundsgatan, i Skärholmen och i Kista.")
    assert verdict.verdict == "contradicted"
    assert [e.claimed for e in _rows(verdict, "name") if e.status == "contradicted"] == ["Skärholmen"]
    new = motion.check("Jobbtorget har kontor i Hallstavik, Rimbo och Norrtälje hamn.")
    assert new.verdict != "supported"


def test_a_place_or_year_no_document_speaks_of_is_not_found_not_contradicted(shipped_assistant):
    city = shipped_assistant.check("In Gothenburg, a similar job guarantee led to 2,000 people finding work in 2008.")
    assert city.verdict == "not_found" and "Gothenburg" in city.explanation
    year = shipped_assistant.check("Under 2031 skrev Jobbtorg Stockholm in över 12 000 personer.")
    assert year.verdict == "not_found" and "2031" in year.explanation and _rows(year, "year")[0].status == "not_found"


def test_a_figure_of_another_month_contradicts_by_its_period(shipped_assistant, motion):
    verdict = shipped_assistant.check("Enligt Nordin hade 1 812 personer fått arbete per den sista oktober 2008.")
    assert verdict.verdict == "contradicted" and _rows(verdict, "period")[0].found == "september"
    assert motion.check("Jobbtorget skrev in 612 ungdomar i maj 2018.").verdict != "supported"


def test_a_share_in_words_is_computed_from_the_counts(shipped_assistant):
    verdict = shipped_assistant.check("Mer än hälften av dem som gått vidare till egen försörjning hade fått ett arbete.")
    assert verdict.verdict == "supported" and verdict.computation["formula"] == "1 812 / 3 278 = 55,3 %"
    assert {e.source for e in verdict.evidence} == {"001_67a7f12664a140df.txt"}


def test_check_json_carries_the_element_rows(shipped_index):
    out = run_cli("check", "Vänsterpartisten Tomas Rudin frågade om jobbgarantin.", "--json",
                  "--index-dir", str(shipped_index.index_dir), check=True).stdout
    verdict = json.loads(out)
    assert set(verdict) == {"id", "claim", "verdict", "explanation", "evidence", "computation", "elements"}
    assert verdict["elements"][0] == {"element": "party", "claimed": "Tomas Rudin (v)", "found": "Tomas Rudin (s)",
                                      "status": "contradicted", "source": "001_67a7f12664a140df.txt",
                                      "quote": verdict["elements"][0]["quote"], "start": verdict["elements"][0]["start"],
                                      "end": verdict["elements"][0]["end"]}


MINUTE = """Protokoll från arbetsmarknadsnämnden i Uppsala

§ 7 Rapport om ungdomsjobb

Ordförande Pia Lindholm (s) och vice ordföranden Jens Ek (m) deltog.
Enhetschef Sara Nyström föredrog rapporten skriftligt för nämnden.
Verksamheten är sedan 2021 en permanent del av förvaltningen.
Ungdomsjobben finns i Gottsunda, Gränby, Sävja och Storvreta.
Nämnden beslutade att höja anslaget till sommarjobb med 4 mnkr.
Av de 480 ungdomarna hade var fjärde fått ett arbete efter ett år.
"""


@pytest.fixture(scope="module")
def minute(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("minute"), "minute.txt", MINUTE)


@pytest.mark.parametrize("claim, claimed, found", [
    ("Jens Ek (m) var ordförande i nämnden.", "ordförande", "vice ordförande"),
    ("Pia Lindholm was vice chair of the committee.", "vice ordförande", "ordförande"),
    ("Enhetschef Sara Nyström föredrog rapporten muntligt för nämnden.", "muntligt", "skriftligt"),
    ("Sara Nyström presented the report on youth jobs orally.", "muntligt", "skriftligt"),
    ("Verksamheten är sedan 2021 en tillfällig del av förvaltningen.", "tillfällig", "permanent"),
])
def test_an_either_or_element_of_a_written_minute_contradicts(minute, claim, claimed, found):
    verdict = minute.check(claim)
    assert verdict.verdict == "contradicted", verdict.explanation
    (row,) = [e for e in verdict.elements if e.status == "contradicted"]
    assert (row.claimed, row.found) == (claimed, found) and found.split()[0].lower() in row.quote.lower()


def test_the_same_either_or_element_is_a_supported_row_and_never_alone_a_support(minute):
    right = minute.check("Enhetschef Sara Nyström föredrog rapporten skriftligt för nämnden.")
    assert right.verdict == "supported"
    assert [(e.element, e.status) for e in right.elements if e.element == "manner"] == [("manner", "supported")]
    # The role is right, but nothing says he voted: the row is borne out, the claim is not.
    assert minute.check("Vice ordföranden Jens Ek (m) röstade emot beslutet om sommarjobb.").verdict != "supported"


def test_a_list_given_in_part_is_borne_out_and_one_wrong_member_contradicts(minute):
    part = minute.check("Ungdomsjobben finns bland annat i Gottsunda, Sävja och Storvreta.")
    assert part.verdict == "supported", part.explanation
    wrong = minute.check("Ungdomsjobben finns bland annat i Gottsunda, Sävja och Knivsta.")
    assert wrong.verdict == "contradicted" and "Knivsta" in wrong.explanation


@pytest.mark.parametrize("claim, verdict", [
    ("The committee raised the summer jobs allocation by SEK 4 million.", "supported"),
    ("Nämnden beslutade att höja anslaget till sommarjobb med 6 mnkr.", "contradicted"),
    ("En av fyra av de 480 ungdomarna hade fått ett arbete efter ett år.", "supported"),
    ("Tre av fyra av de 480 ungdomarna hade inte fått något arbete efter ett år.", "supported"),
    ("Two out of three of the 480 young people had found work after a year.", "contradicted"),
])
def test_money_and_shares_in_words_either_language(minute, claim, verdict):
    assert minute.check(claim).verdict == verdict


def test_a_party_given_in_an_apposition_or_a_party_noun_is_checked(minute):
    assert minute.check("Jens Ek, a Social Democrat councillor, was vice chair.").verdict == "contradicted"
    assert minute.check("Miljöpartisten Pia Lindholm var ordförande.").verdict == "contradicted"


PLACEMENT = """Tjänsteutlåtande om Jobbcentrum Väst i Göteborg

Jobbcentrum Väst startade den 1 mars 2015. Inledningsvis var verksamheten placerad under kommunstyrelsen.
Från och med 2018 är Jobbcentrum Väst placerat under arbetsmarknadsnämnden.
Rapporten om verksamheten föredrogs för nämnden av enhetschefen.
"""


@pytest.fixture(scope="module")
def placement(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("placement"), "placement.txt", PLACEMENT)


@pytest.mark.parametrize("claim, verdict, found", [
    ("Jobbcentrum Väst låg från början under arbetsmarknadsnämnden.", "contradicted", "kommunstyrelse"),
    ("När Jobbcentrum Väst startade låg verksamheten under kommunstyrelsen.", "supported", "kommunstyrelse"),
    ("Jobbcentrum Väst är numera placerat under kommunstyrelsen.", "contradicted", "arbetsmarknadsnämnd"),
])
def test_the_body_is_read_in_the_phase_the_claim_speaks_of(placement, claim, verdict, found):
    result = placement.check(claim)
    assert result.verdict == verdict, result.explanation
    (row,) = [e for e in result.elements if e.element == "body"]
    assert row.found == found and found in row.quote


def test_a_bare_nämnden_points_back_and_contradicts_no_named_body(placement):
    result = placement.check("Rapporten om verksamheten föredrogs för kommunstyrelsen av enhetschefen.")
    assert result.verdict != "contradicted" and not [e for e in result.elements if e.status == "contradicted"]


def test_a_question_about_now_is_answered_by_what_came_later(placement):
    answer = placement.ask("Var ligger Jobbcentrum Väst organisatoriskt idag?")
    assert answer.citations[0].quote.startswith("Från och med 2018"), answer.answer


@pytest.mark.parametrize("claim, verdict", [
    ("Lena Bergkvist tillhör Miljöpartiet.", "supported"),
    ("Lena Bergkvist belongs to the Social Democrats.", "contradicted"),
    ("Lena Bergkvist, som skrev motionen om Jobbtorg Unga, är moderat.", "contradicted"),
])
def test_a_party_given_by_a_verb_of_belonging_is_checked(motion, claim, verdict):
    assert motion.check(claim).verdict == verdict


def test_a_figure_from_a_document_that_never_names_the_subject_contradicts_nothing(tmp_path):
    from conftest import assistant_over_texts

    texts = {"a.txt": "Rapport om Jobbstart\n\nJobbstart skrev in 1 200 personer under 2021.\n",
             "b.txt": "Rapport om Kompetenscentrum\n\nKompetenscentrum erbjuder kurser i svenska.\n"}
    assistant = assistant_over_texts(tmp_path, texts)
    result = assistant.check("Under 2021 skrev Kompetenscentrum in 300 personer.")
    assert result.verdict == "not_found", result.explanation


TARGETS = """Tjänsteutlåtande om Jobbtorg Unga i Västerås

Jobbtorg Unga tar emot ungdomar 18-24 år som saknar arbete och studier.
Vuxna över 25 år hänvisas till Arbetsförmedlingen.

Västerås den 4 maj 2021
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("targets"), "utlatande_vasteras.txt", TARGETS)


@pytest.mark.parametrize(("claim", "status", "found"), [
    ("Jobbtorg Unga i Västerås tar emot ungdomar mellan 16 och 20 år.", "contradicted", "18–24 år"),
    ("Jobbtorg Unga in Västerås takes young people aged 16 to 20.", "contradicted", "18–24 år"),
    ("Jobbtorg Unga i Västerås tar emot ungdomar 18–24 år.", "supported", "18–24 år"),
])
def test_the_age_span_a_claim_gives_a_group_is_checked(targets, claim, status, found):
    verdict = targets.check(claim)
    rows = [e for e in verdict.elements if e.element == "age"]
    assert [(e.status, e.found) for e in rows] == [(status, found)], verdict.to_json()
    if status == "contradicted":
        assert verdict.verdict == "contradicted"
    else:
        assert verdict.verdict != "contradicted"  # the span alone never makes the claim supported


KARLSTAD = """Årsrapport för Jobbcentrum Karlstad 2022

Jobbcentrum Karlstad har kontor i Kronoparken, Rud och Våxnäs.
Sedan 2019 är Jobbcentrum Karlstad placerat under arbetsmarknadsnämnden; tidigare låg verksamheten under socialnämnden.
Under 2022 skrevs 1 200 personer in. Bland ungdomarna gick 35 procent vidare till arbete, medan 20 procent av de vuxna gjorde det.
Av dem som avslutades gick 60 procent till arbete och 15 procent till studier.
Verksamhetschef är Anna Berg.
"""


@pytest.fixture(scope="module")
def karlstad(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("karlstad"), "karlstad.txt", KARLSTAD)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Jobbcentrum Karlstad ligger under arbetsmarknadsnämnden.", "supported"),
    ("Jobbcentrum Karlstad ligger under socialnämnden sedan 2019.", "contradicted"),
    ("Jobbcentrum Karlstad låg tidigare under socialnämnden.", "supported"),
    ("Jobbcentrum Karlstad låg tidigare under arbetsmarknadsnämnden.", "contradicted"),
])
def test_a_sentence_with_two_bodies_is_read_clause_by_clause(karlstad, claim, verdict):
    # Each body belongs to its own time: the claim's time words pick the clause it is checked against.
    result = karlstad.check(claim)
    assert result.verdict == verdict, (claim, result.verdict, result.explanation)
    rows = [e for e in result.elements if e.element == "body"]
    assert rows and rows[0].status == verdict, result.elements


def test_a_sentence_naming_the_claimed_body_does_not_contradict_it(karlstad):
    # Who chairs the committee is not said: naming the committee is no other body.
    result = karlstad.check("Anna Berg är ordförande i arbetsmarknadsnämnden.")
    assert result.verdict != "contradicted", result.explanation


@pytest.mark.parametrize(("claim", "verdict"), [
    # Two steps' percentages swapped, after a sentence ending in "det." (which the segmenter took for an abbreviation).
    ("Av de avslutade gick 15 procent till arbete och 60 procent till studier.", "contradicted"),
    ("Av de avslutade gick 60 procent till arbete och 15 procent till studier.", "supported"),
    # A share in words against a stated percentage: not "no passage is about it".
    ("Ungefär var tredje ungdom gick vidare till arbete.", "supported"),
    ("Drygt en tredjedel av ungdomarna fick jobb.", "supported"),
    ("Hälften av de avslutade gick till arbete.", "contradicted"),
])
def test_shares_of_each_step_are_checked_against_their_own_step(karlstad, claim, verdict):
    result = karlstad.check(claim)
    assert result.verdict == verdict, (claim, result.verdict, result.explanation)


# Written for these tests: each percentage restates the count just before it.
TROLLHATTAN = """Uppföljning av jobbtorget i Trollhättan 2024

Under 2024 var 980 personer inskrivna vid jobbtorget, jämfört med 905 under 2023. Av de inskrivna 2024 gick 326 personer till arbete, vilket motsvarar 33,3 procent. År 2023 gick 250 personer (27,6 procent) till arbete och 120 personer (13,3 procent) till studier.

Kostnaden per inskriven deltagare var 41 000 kronor.

Resultat per målgrupp
Unga 18–24 år: 300 deltagare, varav 81 till arbete (27,0 procent).
Utrikes födda: 450 deltagare, varav 99 till arbete (22,0 procent).
Personer som haft bistånd i mer än tio månader: 230 deltagare, varav 46 till arbete (20,0 procent).
"""


@pytest.fixture(scope="module")
def trollhattan(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("trollhattan"), "trollhattan.txt", TROLLHATTAN)


@pytest.mark.parametrize("claim", [
    # 33,3 procent is no step taken of the 326: it is their own share of the enrolled.
    "Av de 326 som fick jobb hade 200 kvar sin anställning efter ett år.",
    # An age is no rate, share or difference of the counts the report gives.
    "Deltagarna på jobbtorget var i genomsnitt 31 år gamla.",
])
def test_a_claim_no_figure_measures_is_not_found_not_contradicted_by_arithmetic(trollhattan, claim):
    verdict = trollhattan.check(claim)
    assert verdict.verdict == "not_found", (verdict.verdict, verdict.explanation)


def test_a_fraction_in_words_holds_at_its_own_precision(trollhattan):
    # 33,3 procent is a third, rounded: "drygt en tredjedel" does not say less.
    verdict = trollhattan.check("Drygt en tredjedel av de inskrivna fick jobb under 2024.")
    assert verdict.verdict == "supported", verdict.explanation
    assert trollhattan.check("Ungefär hälften av de inskrivna fick jobb under 2024.").verdict == "contradicted"


def test_a_question_on_a_count_and_its_own_share_does_not_chain_them(trollhattan):
    answer = trollhattan.ask("hur många av de 326 som fick jobb hade kvar anställningen efter ett år?")
    assert "326 ×" not in answer.answer, answer.answer


@pytest.mark.parametrize(("claim", "verdict"), [
    # A table row's bracketed percentage counts what its row says: its group and "till arbete".
    ("Ungefär var fjärde ung deltagare fick jobb.", "supported"),
    ("Var fjärde ung deltagare fick jobb.", "supported"),
    ("Var tionde ung deltagare fick jobb.", "contradicted"),
    ("Hälften av de utrikes födda deltagarna fick jobb.", "contradicted"),
])
def test_a_fraction_in_words_is_checked_against_a_table_rows_percentage(trollhattan, claim, verdict):
    got = trollhattan.check(claim)
    assert got.verdict == verdict, (got.verdict, got.explanation)


def test_a_table_rows_label_is_the_group_a_question_names(trollhattan):
    # "Unga 18–24 år: 300 deltagare, varav 81 till arbete": the row's whole and part, not the year's.
    rest = trollhattan.ask("hur många av de unga fick inte jobb?")
    assert "300 − 81 = 219" in rest.answer, rest.answer
    share = trollhattan.ask("hur stor andel av de utrikes födda fick jobb?")
    assert not share.abstained and "22" in share.answer and "326" not in share.answer, share.answer


def test_a_threshold_in_months_is_not_the_span_a_yearly_count_covers(trollhattan):
    # "mer än tio månader" says who is in a group; the year's 326 are not 326 / 10 a month.
    answer = trollhattan.ask("hur många fick jobb i snitt per månad under 2024?")
    assert "/ 10" not in answer.answer, answer.answer


NYKOPING = """Uppföljning av Jobbtorg Nyköping 2024

Under 2024 var totalt 1 500 personer inskrivna vid Jobbtorg Nyköping, vilket är en ökning med 180 personer jämfört med 2023 då 1 320 personer var inskrivna. Av de inskrivna gick 480 personer ut i arbete, vilket motsvarar 32,0 procent. Ytterligare 210 personer, eller 14,0 procent, påbörjade studier.
"""


@pytest.fixture(scope="module")
def nykoping(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("nykoping"), "nykoping.txt", NYKOPING)


def test_a_count_of_something_else_does_not_contradict_a_claimed_count(nykoping):
    # "1 500 personer inskrivna vid Jobbtorg Nyköping" counts participants, not staff.
    staff = nykoping.check("Jobbtorg Nyköping hade 52 anställda handläggare under 2024.")
    assert staff.verdict == "not_found", (staff.verdict, staff.explanation)
    enrolled = nykoping.check("Under 2024 var 1 600 personer inskrivna vid Jobbtorg Nyköping.")
    assert enrolled.verdict == "contradicted" and "1 500" in enrolled.explanation, enrolled.explanation


def test_a_share_is_taken_of_the_whole_its_stated_percentage_implies(nykoping):
    # 210 personer, "eller 14,0 procent", are a part of the 1 500 of 2024, not of 2023's 1 320.
    verdict = nykoping.check("Knappt en fjärdedel av deltagarna påbörjade studier.")
    assert verdict.verdict == "contradicted" and "210 / 1 500" in verdict.explanation, verdict.explanation


BORAS = """Uppföljning av Jobbcenter Borås 2023

Under 2023 var 940 personer inskrivna vid Jobbcenter Borås, jämfört med 860 under 2022.
Av deltagarna under 2023 fick 212 personer arbete och 97 påbörjade studier.
Motsvarande siffror för 2022 var 180 till arbete och 85 till studier.
"""


@pytest.fixture(scope="module")
def boras(tmp_path_factory):
    return assistant_over_text(tmp_path_factory.mktemp("boras"), "boras.txt", BORAS)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Under 2022 fick 212 av deltagarna arbete.", "contradicted"),  # 212 is 2023's
    ("In 2022, 212 participants found work.", "contradicted"),  # was supported
    ("Under 2023 fick 212 av deltagarna arbete.", "supported"),
    ("Under 2021 fick 212 av deltagarna arbete.", "not_found"),  # no document speaks of 2021
])
def test_a_figure_stated_for_another_year_bears_out_no_claim_about_this_one(boras, claim, verdict):
    assert boras.check(claim).verdict == verdict


def test_a_figure_given_for_the_claimed_year_is_not_contradicted_by_another_years_sentence(boras):
    # "Motsvarande siffror för 2022 var 180": the best passage is on 2023, which was taken as
    # dating the claim differently.
    assert boras.check("Under 2022 fick 180 deltagare arbete.").verdict != "contradicted"


UPPSALA = """Uppföljning av Jobbcenter Uppsala 2023

Under 2023 var 2 100 personer inskrivna. Andelen som fick arbete var högst i Gottsunda och lägst bland deltagare från Gränby.
Resultatet i Sävja låg nära snittet.
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Gränby hade den högsta andelen deltagare som fick arbete.", "contradicted"),  # was supported
    ("Gränby had the highest share of participants who found work.", "contradicted"),
    ("Sävja hade den högsta andelen som fick arbete.", "contradicted"),  # the highest was Gottsunda's; was supported
    ("Andelen var högst i Gottsunda.", "supported"),
    ("Andelen som fick arbete var högst i Gottsunda.", "supported"),
    # The extreme said of the name the passage gives it, in other words ("störst" for "högst"), over the
    # report's period: it was not_found.
    ("Gottsunda hade den största andelen deltagare som fick arbete.", "supported"),
    ("Gränby hade lägst andel deltagare som fick arbete under 2023.", "supported"),
    # The measure is another: no support.
    ("Gränby hade lägst andel deltagare som började studera.", "not_found"),
])
def test_the_highest_or_lowest_is_checked_against_whom_the_documents_give_it(tmp_path_factory, claim, verdict):
    assistant = assistant_over_text(tmp_path_factory.mktemp("uppsala"), "uppsala.txt", UPPSALA)
    assert assistant.check(claim).verdict == verdict


def test_an_extreme_written_before_its_holder_is_read(tmp_path_factory):
    text = ("Uppföljning av Jobbcenter Uppsala 2023\n\nHögst andel till arbete hade Gottsunda med 34,1 procent och lägst "
            "andel hade Gränby med 23,5 procent.\n")
    assistant = assistant_over_text(tmp_path_factory.mktemp("uppsala_inverted"), "uppsala.txt", text)
    # They were not_found: "Högst andel ... hade Gottsunda" names its holder after the verb.
    assert assistant.check("Gottsunda hade lägst andel som fick arbete.").verdict == "contradicted"
    assert assistant.check("Gränby hade lägst andel som fick arbete.").verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    # They were not_found: who held a role is read off the members' list.
    ("Moderaten Per Ek var ordförande vid arbetsmarknadsnämndens sammanträde.", "contradicted"),
    ("Britt-Marie Holm var ordförande i arbetsmarknadsnämnden.", "supported"),
    ("Per Ek var vice ordförande i nämnden.", "supported"),
])
def test_a_claimed_role_holder_is_held_to_the_name_the_minutes_give_the_role(tmp_path_factory, claim, verdict):
    from test_answers import GAVLE_MINUTES

    assistant = assistant_over_text(tmp_path_factory.mktemp("gavle_roles"), "gavle.txt", GAVLE_MINUTES)
    found = assistant.check(claim)
    assert found.verdict == verdict, found.explanation


def test_a_role_that_only_names_the_person_is_not_the_claim(tmp_path_factory):
    from test_answers import GAVLE_MINUTES

    assistant = assistant_over_text(tmp_path_factory.mktemp("gavle_roles_said"), "gavle.txt", GAVLE_MINUTES)
    # Per Ek is vice chair, but nothing says he presented a report: the role does not bear that out.
    assert assistant.check("Rapporten föredrogs för nämnden av vice ordföranden Per Ek.").verdict != "supported"


OCKELBO = """OCKELBO KOMMUN
ÅRSREDOVISNING 2023
Jobbcentrum Ockelbo – resultat och deltagare

Datum: 2024-02-20

1. Resultat

Totalt avslutades 340 deltagare till arbete eller studier. Av dessa gick 215 personer till arbete och 125 till studier.

2. Grupper

Under 2023 var 160 inrikes födda kvinnor inskrivna. Av dem gick 52 vidare till arbete, vilket motsvarar 32,5 procent. Motsvarande andel bland inrikes födda män var 44,0 procent, då 88 av 200 inskrivna män gick till arbete.

3. Jämförelse

Under 2022 var 590 personer inskrivna, under 2023 var de 640.
"""


@pytest.fixture(scope="module")
def ockelbo(tmp_path_factory) -> Assistant:
    return assistant_over_text(tmp_path_factory.mktemp("ockelbo"), "ockelbo.txt", OCKELBO)


@pytest.mark.parametrize("claim", [
    "Under 2022 gick 215 deltagare från Jobbcentrum Ockelbo till arbete.",
    "In 2022, 215 participants at Jobbcentrum Ockelbo went into work.",
])
def test_a_yearless_figure_in_a_report_on_one_year_bears_out_no_claim_about_another(ockelbo, claim):
    # "Av dessa gick 215 ..." names no year, nor does its paragraph: it is of the year the
    # report is on (2023, written above its title), so it cannot support a claim about 2022.
    assert ockelbo.check(claim).verdict != "supported"


def test_the_same_yearless_figure_supports_the_reports_own_year(ockelbo):
    assert ockelbo.check("Under 2023 gick 215 deltagare från Jobbcentrum Ockelbo till arbete.").verdict == "supported"


@pytest.mark.parametrize("claim", [
    "Bland inrikes födda kvinnor i Ockelbo gick 44 procent till arbete 2023.",
    "Among women born in Sweden, 44 percent went into work in Ockelbo in 2023.",
])
def test_a_share_of_the_other_sex_bears_out_no_claim_about_this_one(ockelbo, claim):
    # 44,0 procent is said of the men: the claim names the women, whose share is 32,5.
    assert ockelbo.check(claim).verdict != "supported"


def test_a_share_of_the_group_claimed_supports_it(ockelbo):
    assert ockelbo.check("Bland inrikes födda män i Ockelbo gick 44 procent till arbete 2023.").verdict == "supported"


TIERP_REPLY = """SVAR PÅ INTERPELLATION

Svar på interpellation 2025:3 från Eva Lund (C) om Jobbcentrum Tierp

Eva Lund har frågat hur många som fått arbete via Jobbcentrum Tierp. Under 2024 fick 120 personer arbete.
Med detta anser jag interpellationen besvarad.

Tierp den 2 maj 2025

Ola Sten (S)

Kommunalråd och ordförande i arbetsmarknadsnämnden
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Interpellationen om Jobbcentrum Tierp besvarades av en socialdemokrat.", "supported"),
    ("Interpellationen om Jobbcentrum Tierp besvarades av ett centerpartistiskt kommunalråd.", "contradicted"),
    ("The interpellation about Jobbcentrum Tierp was answered by a Moderate councillor.", "contradicted"),
])
def test_the_party_claimed_for_whoever_answered_is_the_signatures(tmp_path_factory, claim, verdict):
    # The one who answered signed the reply "Ola Sten (S)"; the asker's "(C)" in the title is not theirs.
    assistant = assistant_over_text(tmp_path_factory.mktemp("tierp"), "svar.txt", TIERP_REPLY)
    assert assistant.check(claim).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Interpellationen om Jobbcentrum Tierp ställdes av en centerpartist.", "supported"),
    ("Interpellationen om Jobbcentrum Tierp ställdes av en socialdemokrat.", "contradicted"),
    ("The interpellation about Jobbcentrum Tierp was submitted by a Centre Party councillor.", "supported"),
])
def test_the_party_claimed_for_whoever_asked_is_the_one_the_reply_says_it_answers(tmp_path_factory, claim, verdict):
    # "Svar på interpellation 2025:3 från Eva Lund (C)": the asker is C; the signature's (S) is the answerer's.
    assistant = assistant_over_text(tmp_path_factory.mktemp("tierp_asker"), "svar.txt", TIERP_REPLY)
    assert assistant.check(claim).verdict == verdict


BERGSJO_RESERVATION = """BERGSJÖ KOMMUN
SAMMANTRÄDESPROTOKOLL
Arbetsmarknadsnämnden
Sammanträdesdatum 2026-03-17

§ 23 Extratjänster 2026
Nämnden beslutar att avsätta 4,6 miljoner kronor för 40 extratjänster under 2026.
Per Lind (M) och Eva Dahl (KD) reserverar sig mot beslutet om extratjänster till förmån för Per Linds (M) förslag.

§ 24 Feriejobb 2026
Nämnden beslutar att erbjuda 300 feriejobb sommaren 2026.
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    # It was not_found: with two parties marked in the sentence no party was held to it.
    ("Socialdemokraterna reserverade sig mot beslutet om extratjänster.", "contradicted"),
    ("Moderaterna reserverade sig mot beslutet om extratjänster.", "not_contradicted"),
])
def test_a_party_none_of_whose_members_did_it_is_contradicted(tmp_path_factory, claim, verdict):
    checked = assistant_over_text(tmp_path_factory.mktemp("bergsjo_reservation"), "protokoll.txt", BERGSJO_RESERVATION).check(claim)
    if verdict == "contradicted":
        assert checked.verdict == "contradicted", checked.explanation
    else:
        assert checked.verdict != "contradicted", checked.explanation
