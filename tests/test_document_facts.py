"""Questions about a document itself (who signed or answered it, its date, its
reference number) on documents written here, so no rule can know them."""

from __future__ import annotations

import pytest

from conftest import assistant_over_text, assistant_over_texts

ANSWER = """Svar på interpellation 2019:7 av Anna Ek (mp) om sommarjobb för unga

Anna Ek (mp) har frågat mig hur många unga som fick sommarjobb i staden.

Staden erbjöd i år 6 200 sommarjobb till unga mellan 16 och 19 år. Ansökningarna granskas varje vecka under våren.
Besked om plats lämnas vanligtvis inom tre veckor.

Stockholm den 3 april 2019

Karl Berg

Borgarråd
"""

MINUTE = """§ 4

Anmälan av uppföljningen av sommarjobben

Dnr UTN 2019-0412-2

Utbildningsnämnden godkänner uppföljningen och lägger den till handlingarna.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over_texts(tmp_path_factory.mktemp("facts"), {"svar.txt": ANSWER, "protokoll.txt": MINUTE})


@pytest.mark.parametrize("question, expected", [
    ("Vem svarade på Anna Eks interpellation om sommarjobb?", "Karl Berg"),
    ("Who replied to the interpellation about summer jobs?", "Karl Berg"),
    ("Vem har undertecknat svaret om sommarjobben?", "Karl Berg"),
    ("Vilket datum står på svaret på interpellation 2019:7?", "3 april 2019"),
    ("When was the answer about summer jobs signed?", "3 april 2019"),
    ("Vilket diarienummer har uppföljningen av sommarjobben?", "UTN 2019-0412-2"),
    ("What is the case number of the follow-up of the summer jobs?", "UTN 2019-0412-2"),
])
def test_document_facts_are_read_off_the_document_and_cited(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert expected in answer.answer
    # The fact is cited where the text states it: the quote holds it, at the offsets given.
    from assistant.store import open_index

    record = open_index(assistant.settings).record(answer.citations[0].source)
    assert any(expected in c.quote and record.text[c.start:c.end] == c.quote for c in answer.citations)


def test_a_fact_the_document_does_not_state_is_declined_not_borrowed(assistant):
    answer = assistant.ask("Vem undertecknade anmälan av uppföljningen av sommarjobben?")
    assert answer.abstained and "Karl Berg" not in answer.answer
    assert "anger inte" in answer.answer and "sommarjobben" in answer.answer  # names the document it looked in
    answer = assistant.ask("Vilket datum har protokollet om uppföljningen av sommarjobben?")
    assert answer.abstained and "2019" not in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Hur ofta granskas ansökningarna?", "varje vecka"),
    ("How long does it usually take to hear about a place?", "tre veckor"),
])
def test_frequency_and_duration_questions_lead_with_the_span(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    lead = answer.answer.split("[1]")[0]
    assert expected in lead, answer.answer


RELEASE = """Pressmeddelande: Jobbtorg Unga öppnar i Liljeholmen

Malmö stad, 2015-02-12

Jobbtorg Unga inrättades den 2 mars 2015 och tar emot ungdomar 18-24 år.
"""


def test_a_city_date_line_dates_the_document_and_an_event_date_is_not_the_documents(tmp_path):
    assistant = assistant_over_text(tmp_path, "pressmeddelande.txt", RELEASE)
    for question, dated in (("När skrevs dokumentet?", "2015-02-12"), ("What date is the document from?", "2015-02-12")):
        answer = assistant.ask(question)
        assert dated in answer.answer and not answer.abstained, answer.answer
    # "Vilket datum" about an event asks for the event's date, not the document's.
    event = assistant.ask("Vilket datum inrättades Jobbtorg Unga?")
    assert "2 mars 2015" in event.answer and "2015-02-12" not in event.answer, event.answer


def test_a_signature_with_a_party_marker_is_the_signatory(tmp_path):
    text = ("Svar på interpellation 2025:2 av Nils Berg (V) om unga utan arbete\n\n"
            "Nils Berg har frågat mig hur kommunen arbetar med unga som varken arbetar eller studerar.\n\n"
            "Kommunen har under 2024 utökat det uppsökande arbetet.\n\n"
            "Gävle den 3 mars 2025\n\nKarin Ström (S)\n\nKommunalråd\n")
    answer = assistant_over_text(tmp_path, "svar.txt", text).ask("vem svarade på interpellationen om unga utan arbete")
    # It was declined: "Karin Ström (S)" was no name under the date line, for its party marker.
    assert "Karin Ström" in answer.answer.split(".")[0] and not answer.abstained, answer.answer


def test_how_many_signed_is_a_count_not_the_signatory(tmp_path):
    text = ("Verksamhetsberättelse 2024\n\nUnder året tecknade Jobbcenter samverkansavtal med 48 arbetsgivare.\n\n"
            "Gävle den 3 mars 2025\n\nKarin Ström\n\nFörvaltningschef\n")
    answer = assistant_over_text(tmp_path, "vb.txt", text).ask("how many employers signed agreements with the job centre")
    # It was "Signed by Karin Ström": a count of what was signed is asked, not who signed the document.
    assert "Karin Ström" not in answer.answer.split("The documents say")[0], answer.answer


SANDVIKEN_MINUTES = """SANDVIKENS KOMMUN
PROTOKOLL
Arbetsmarknadsnämnden
Sammanträdesdatum: 2025-04-09

Närvarande ledamöter
Karin Öst (S), ordförande
Johan Berg (M), vice ordförande
Leila Nordin (V)
Per Hallin (SD)

Övriga närvarande
Sara Åkesson, nämndsekreterare

§ 12 Val av justerare
Nämnden beslutar att utse Per Hallin (SD) att jämte ordföranden justera dagens protokoll.

§ 13 Uppföljning av Jobbcentrum Sandviken
Per Hallin (SD) frågar varför kön till Jobbcentrum Sandviken har vuxit. Nämnden beslutar att godkänna uppföljningen.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("vem ledde nämndmötet i april", "Svar: Karin Öst ["),
    ("who led the meeting", "Answer: Karin Öst led the meeting ["),
    ("vem förde protokollet", "Svar: Sara Åkesson ["),
    ("who kept the minutes at the april meeting", "Answer: Sara Åkesson kept the minutes at the april meeting ["),
    ("vem förde protokollet vid nämndens möte i april", "Svar: Sara Åkesson ["),
    ("who wrote up the minutes at the meeting in april", "Answer: Sara Åkesson wrote up the minutes at the meeting in april ["),
])
def test_a_role_asked_by_what_its_holder_does_is_that_role(tmp_path_factory, question, lead):
    # The chair leads the meeting and the secretary keeps the minutes: "ledde" was read as no
    # role, and the justerare named in a decision became the answer.
    assistant = assistant_over_text(tmp_path_factory.mktemp("sandviken"), "protokoll.txt", SANDVIKEN_MINUTES)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


@pytest.mark.parametrize(("question", "lead"), [
    ("vilket parti tillhör ordföranden", "Svar: Socialdemokraterna (s) ["),
    ("which party does the vice chair belong to", "Answer: The vice chair belongs to Moderaterna (m) ["),
    ("vilket parti tillhör nämndsekreteraren", "Dokumenten anger inte vilket parti Sara Åkesson tillhör."),
    ("vilket parti tillhör sara åkesson", "Dokumenten"),
])
def test_the_party_of_a_role_is_its_holders_never_a_marker_beside_it(tmp_path_factory, question, lead):
    # It was "Sverigedemokraterna": the marker of the justerare or of a member asking, in the
    # sentence nearest the question; the secretary has no party in the minutes.
    assistant = assistant_over_text(tmp_path_factory.mktemp("sandviken_party"), "protokoll.txt", SANDVIKEN_MINUTES)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


HOFORS_MINUTES = """HOFORS KOMMUN                              PROTOKOLL                 Sida 1 (3)
Arbetsmarknads- och                         Sammanträdesdatum
integrationsnämnden                         2025-02-12

Plats och tid          Sammanträdesrum Björken, Kommunhuset, Hofors, kl. 09.00–11.30

Beslutande             Göran Lilja (S), ordförande
                       Maja Frisk (M), vice ordförande
                       Olof Brandt (C)
                       Ida Sjöberg (V)

Övriga närvarande      Tove Rask, förvaltningschef
                       Anton Vik, controller, § 5
                       Linnea Hed, nämndsekreterare

Utses att justera      Olof Brandt (C)

Underskrifter          Sekreterare  .............................   Paragrafer 3–9
                                    Linnea Hed

                       Ordförande   .............................
                                    Göran Lilja

§ 3
Val av justerare
Nämnden utser Olof Brandt (C) att jämte ordföranden justera dagens protokoll.

§ 4
Uppföljning av Jobbtorg Hofors
Förvaltningschef Tove Rask föredrar ärendet. Nämnden godkänner uppföljningen.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("vem var sekreterare", "Svar: Linnea Hed ["),
    ("vem var sekreterare på sammanträdet i februari", "Svar: Linnea Hed ["),
    ("who was the secretary of the meeting", "Answer: Linnea Hed was the secretary of the meeting ["),
    ("vem var ordförande", "Svar: Göran Lilja ["),
])
def test_a_role_whose_holder_stands_a_line_away_from_the_label_is_read_there(tmp_path_factory, question, lead):
    # It was declined: the signature line "Sekreterare ......" repeats the question's word but
    # names no one, and "Linnea Hed, nämndsekreterare" scored below it (the compound shares no
    # word with the question), further behind than the margin a holder was looked for in.
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors"), "protokoll.txt", HOFORS_MINUTES)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


OCKELBO_REPLY = """Svar på interpellation 2024:6 av Maja Holm (V) om feriejobben i Ockelbo

Dnr KS 2024/0213

Maja Holm (V) har frågat mig varför antalet feriejobb har minskat.

Kommunen erbjöd 140 feriejobb sommaren 2024, mot 180 sommaren 2023. Handlingsplanen för
feriejobben ska redovisas för kommunstyrelsen senast den 15 mars 2025.

Ockelbo den 2 oktober 2024

Per Lundin (M)
Kommunalråd
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("vilket parti tillhör den som skrev interpelationen", "Vänsterpartiet"),
    ("när ska hanldingsplanen vara klar", "15 mars 2025"),
    ("hur många ferijobb erbjöds sommaren 2024", "140"),
])
def test_a_typo_in_a_long_word_is_read_as_the_documents_spell_it(tmp_path_factory, question, expected):
    # "interpelationen" matched no word of the documents, and the question lost the word it turns on.
    assistant = assistant_over_text(tmp_path_factory.mktemp("ockelbo"), "svar.txt", OCKELBO_REPLY)
    answer = assistant.ask(question)
    assert not answer.abstained and expected in answer.answer.split(". ")[0], answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    ("vilket parti tillhör den som skrev interpellationen", "Svar: Vänsterpartiet (v) [1]"),
    ("which party does the person who wrote the interpellation belong to", "Answer: Vänsterpartiet (v) [1]"),
    ("vem ställde interpellationen om feriejobben", "Svar: Maja Holm [1]"),
    ("vilket parti tillhör den som svarade på interpellationen", "Svar: Moderaterna (m) [1]"),
])
def test_the_asker_of_an_interpellation_is_read_where_the_reply_names_them(tmp_path_factory, question, lead):
    # They were declined: who put the question was read only for claims, and "den som skrev" is no signatory.
    assistant = assistant_over_text(tmp_path_factory.mktemp("ockelbo_asker"), "svar.txt", OCKELBO_REPLY)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Olof Brandt (C) var ordförande vid sammanträdet.", "contradicted"),
    ("Nämndsekreteraren Olof Brandt förde protokollet vid sammanträdet.", "contradicted"),
    ("Linnea Hed var sekreterare vid sammanträdet.", "supported"),
    ("Linnea Hed förde protokollet.", "supported"),
    ("Göran Lilja (S) var ordförande vid sammanträdet.", "supported"),
])
def test_a_claimed_role_is_held_to_the_holder_the_minutes_name(tmp_path_factory, claim, verdict):
    # They were not_found: a role as a title was not read, the secretary stands only on the first
    # page, and "sammanträdet" was a word the passage lacked. (In the minutes of a tuning set a party
    # marker alone had made "X (S) var ordförande" supported; the role is now checked first.)
    assistant = assistant_over_text(tmp_path_factory.mktemp("hofors_claims"), "protokoll.txt", HOFORS_MINUTES)
    assert assistant.check(claim).verdict == verdict


BOLLNAS_VOTE = """BOLLNÄS KOMMUN                             PROTOKOLL
Arbetsmarknadsnämnden                      2025-03-05

§ 14
Flytt av Jobbcenter Kilafors
Förvaltningen föreslår att verksamheten i Kilafors flyttas till centrala Bollnäs från den 1 juni 2025.
Karin Ström (S) yrkar avslag på förvaltningens förslag. Ordföranden Per Lund (M) yrkar bifall.
Votering begärs.

Voteringsproposition
Den som vill bifalla förvaltningens förslag röstar ja. Den som vill avslå förvaltningens förslag röstar nej.

Omröstningsresultat
Ja-röster: 6 (Per Lund (M), Eva Berg (C), Ali Noor (L), Lars Ek (KD), Mona Sund (SD), Jan Ås (M))
Nej-röster: 5 (Karin Ström (S), Tove Lind (S), Omar Said (S), Rut Holm (V), Elsa Brink (MP))

Nämnden har således beslutat enligt förvaltningens förslag.

§ 15
Feriejobb sommaren 2025
Nämnden beslutar att erbjuda 300 feriejobb sommaren 2025.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("hur slutade voteringen om kilafors", "Svar: 6 ja-röster mot 5 nej-röster [1]"),
    ("how did the vote on moving the Kilafors office go?", "Answer: 6 votes for, 5 against [1]"),
    ("hur gick voteringen om feriejobben", "Dokumenten"),
])
def test_a_vote_is_answered_by_the_result_the_minutes_give(tmp_path_factory, question, lead):
    # It was declined: "Ja-röster: 6 (...)" shares no word with "hur slutade voteringen" and stood
    # below the sentences about the move. The summer jobs were decided without a vote: the vote in
    # the paragraph before is not theirs.
    assistant = assistant_over_text(tmp_path_factory.mktemp("bollnas_vote"), "protokoll.txt", BOLLNAS_VOTE)
    answer = assistant.ask(question).answer
    assert answer.startswith(lead), answer


ALFTA_REPLY = """Svar på interpellation 2025:2 av Lisa Berg (V) om neddragningen av feriejobben i Alfta

Lisa Berg (V) har ställt följande frågor till mig:

1. Varför minskar antalet feriejobb i Alfta sommaren 2025?

2. Hur många unga sökte feriejobb 2024?

Som svar vill jag anföra följande:

Antalet feriejobb minskar eftersom statsbidraget för feriejobb har halverats och kommunens egna medel inte räcker
till fler platser. 640 unga sökte feriejobb 2024.

Alfta den 3 mars 2025

Nils Ek (M)
Kommunalråd
"""


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    ("varför minskar feriejobben i alfta", "statsbidraget", "Varför minskar antalet"),
    ("vad frågade lisa berg om", "Varför minskar antalet", None),
])
def test_a_question_in_the_documents_answers_only_a_question_about_what_was_asked(tmp_path_factory, question, expected, not_expected):
    # The first was answered by the interpellation's own question "1. Varför minskar antalet ...?".
    answer = assistant_over_text(tmp_path_factory.mktemp("alfta_reply"), "svar.txt", ALFTA_REPLY).ask(question).answer
    assert expected in answer, answer
    if not_expected:
        assert not_expected not in answer, answer


@pytest.mark.parametrize("question", ["vem förde protokollet på mötet i mars", "who kept the minutes at the committee meeting in may 2025",
                                      "vem var ordförande på nämndens möte i april 2024"])
def test_a_role_at_a_meeting_the_documents_hold_no_minutes_of_is_declined(tmp_path_factory, question):
    # It was "Svar: Sara Åkesson": the April 2025 minutes' secretary, for a meeting in another month or year.
    answer = assistant_over_text(tmp_path_factory.mktemp("sandviken_other"), "protokoll.txt", SANDVIKEN_MINUTES).ask(question)
    assert answer.abstained and "Åkesson" not in answer.answer.split("\n")[0] and "Öst" not in answer.answer.split("\n")[0], answer.answer


BERGSJO_MINUTES = """BERGSJÖ KOMMUN
SAMMANTRÄDESPROTOKOLL
Arbetsmarknadsnämnden

Sammanträdesdatum 2026-03-17

Beslutande           Anna Ek (S), ordförande
                     Per Lind (M), vice ordförande
                     Sara Holm (C)

Övriga deltagande    Lena Berg, förvaltningschef

Justerare            Per Lind (M)

Sekreterare          Maja Sten

Justering sker på arbetsmarknadsförvaltningen tisdagen den 24 mars 2026.

§ 21 Val av justerare
Per Lind (M) utses att jämte ordföranden justera protokollet.

§ 22 Årsuppföljning för Jobbcenter Bergsjö 2025
Nämnden godkänner årsuppföljningen.
"""


@pytest.mark.parametrize(("question", "lead"), [
    # It was "Justering sker ...": no one was read as the justerare, a role the minutes name by a label.
    ("vem var justerare på arbetsmarknadsnämndens möte i mars?", "Svar: Per Lind ["),
    ("vem justerade protokollet", "Svar: Per Lind ["),
    ("vem var ordförande på mötet i mars", "Svar: Anna Ek ["),
])
def test_the_justerare_is_a_role_the_minutes_name(tmp_path_factory, question, lead):
    answer = assistant_over_text(tmp_path_factory.mktemp("bergsjo_minutes"), "protokoll.txt", BERGSJO_MINUTES).ask(question)
    assert answer.answer.startswith(lead), answer.answer


@pytest.mark.parametrize(("question", "lead"), [
    ("hur såg röstsiffrorna ut i voteringen om kilafors", "Svar: 6 ja-röster mot 5 nej-röster ["),
    ("hur slutade voteringen", "Svar: 6 ja-röster mot 5 nej-röster ["),
])
def test_a_vote_counted_in_brackets_or_in_the_decision_is_its_result(tmp_path_factory, question, lead):
    # "Ja-röster (6): ..." and "Med 6 ja-röster mot 5 nej-röster beslutar nämnden" were read as no result,
    # and "hur slutade voteringen" asked about a matter called "slutade".
    text = (BOLLNAS_VOTE.replace("Ja-röster: 6 (", "Ja-röster (6): ").replace("Nej-röster: 5 (", "Nej-röster (5): ")
            .replace("Nämnden har således beslutat", "Med 6 ja-röster mot 5 nej-röster har nämnden således beslutat"))
    answer = assistant_over_text(tmp_path_factory.mktemp("bollnas_brackets"), "protokoll.txt", text).ask(question).answer
    assert answer.startswith(lead), answer


LJUSNE_MINUTES = """PROTOKOLL
Arbetsmarknadsnämnden
Sammanträdesdatum: 2026-03-12

Plats och tid:    Folkets hus, sal Ljusnan, Ljusne,
                  kl. 09.00–11.30

Beslutande:       Maria Lund (S), ordförande
                  Per Ask (M), vice ordförande

§ 5 Uppföljning av Jobbcenter Ljusne
Förvaltningen redovisar uppföljningen för 2025, då 214 personer var inskrivna.
Nämnden godkänner uppföljningen för 2025.

Justeringens plats och tid: Kommunhuset, 2026-03-16
"""


@pytest.mark.parametrize(("question", "said", "not_said"), [
    # Declined: "Var hölls ...?" was read as "was ...?", and no sentence says where the meeting was.
    ("var hölls sammanträdet?", "Svar: Folkets hus, sal Ljusnan, Ljusne [1].", "kl. 09.00 ["),
    ("var hade nämnden sitt möte", "Svar: Folkets hus, sal Ljusnan, Ljusne [1].", "Kommunhuset ["),
    ("where did the committee meet?", "Answer: Folkets hus, sal Ljusnan, Ljusne [1].", "Kommunhuset ["),
    # "Svar: 2025": the year of the report the meeting approved.
    ("när sammanträdde nämnden", "2026-03-12 [1]", "2025 ["),
    # "Answer: 2026-03-16": the day the minutes were checked.
    ("when did the committee meet?", "2026-03-12 [1]", "2026-03-16"),
])
def test_where_and_when_a_meeting_was_held_is_the_head_of_its_minutes(tmp_path_factory, question, said, not_said):
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_minutes"), "protokoll.txt", LJUSNE_MINUTES).ask(question).answer
    assert said in answer and not_said not in answer.split(" [1]")[0], answer


def test_the_next_meeting_is_the_one_the_minutes_announce_not_their_own(tmp_path_factory):
    text = LJUSNE_MINUTES + "\nNästa sammanträde hålls den 9 april 2026 i Folkets hus.\n"
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_next"), "protokoll.txt", text).ask("när har nämnden nästa möte?").answer
    assert "9 april 2026 [" in answer and "2026-03-12" not in answer, answer


@pytest.mark.parametrize("question", ["vad tog nämnden upp på mötet", "what did the committee discuss at the meeting?"])
def test_what_a_meeting_dealt_with_is_the_items_its_minutes_list(tmp_path_factory, question):
    # It was one sentence of one item ("Nämnden godkänner uppföljningen för 2025."), or a decline.
    # Minutes set each item's heading apart, on its line ("§ 5  …") or the one after ("§ 6").
    text = LJUSNE_MINUTES.replace("Ljusne\nFörvaltningen", "Ljusne\n\nFörvaltningen") + \
        "\n§ 6\n\nAnmälan av delegationsbeslut\n\nNämnden lägger anmälan till handlingarna.\n"
    answer = assistant_over_text(tmp_path_factory.mktemp("ljusne_items"), "protokoll.txt", text).ask(question).answer
    assert "§ 5 Uppföljning av Jobbcenter Ljusne [1]" in answer and "§ 6 Anmälan av delegationsbeslut [2]" in answer, answer
