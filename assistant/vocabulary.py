"""Swedish (and English) words the answer pipeline reads questions and
sentences with: parties and their nicknames, the cues of each answer type,
and the evidence a sentence holds an answer of that type. Defined here once.

Parties are the Riksdag and council parties of any Swedish municipality; the
cues are the ordinary interrogatives of both languages. Nothing here names a
document's content.
"""

from __future__ import annotations

import re

# Marker as written in council papers -> the party's name.
PARTIES = {
    "s": "Socialdemokraterna", "v": "Vänsterpartiet", "mp": "Miljöpartiet", "m": "Moderaterna",
    "c": "Centerpartiet", "l": "Liberalerna", "fp": "Folkpartiet", "kd": "Kristdemokraterna",
    "sd": "Sverigedemokraterna", "fi": "Feministiskt initiativ",
}
# What people call them, in both languages -> the marker.
PARTY_NAMES = {
    "socialdemokraterna": "s", "socialdemokrat": "s", "sossarna": "s", "sossar": "s", "sosse": "s",
    "social democrats": "s", "social democrat": "s", "social democratic": "s",
    "vänsterpartiet": "v", "vänstern": "v", "vänsterpartist": "v", "left party": "v",
    "miljöpartiet": "mp", "miljöpartist": "mp", "miljöpartister": "mp", "miljöpartisterna": "mp", "mp": "mp", "green party": "mp", "greens": "mp",
    "moderaterna": "m", "moderat": "m", "moderater": "m", "moderates": "m", "moderate party": "m",
    "centerpartiet": "c", "centerpartist": "c", "centern": "c", "centre party": "c",
    "liberalerna": "l", "liberal": "l", "liberals": "l", "folkpartiet": "fp", "folkpartist": "fp",
    "kristdemokraterna": "kd", "kristdemokrat": "kd", "christian democrats": "kd",
    "sverigedemokraterna": "sd", "sverigedemokrat": "sd", "sweden democrats": "sd",
}
# Saying which party someone is of: "tillhör", "representerar", "belongs to", "is a member of".
BELONGING = frozenset("tillhör tillhörde representerar företräder medlem belongs belonged represents member".split())
# "(S)", and after a list of names "(samtliga S)", "(båda M)": the party of each.
PARTY_MARKER = re.compile(r"\((?:(?:samtliga|alla|båda|bägge)\s+)?(s|v|mp|m|c|l|fp|kd|sd|fi)\)", re.I)
# A party named in full in running text ("Ledamöterna från Moderaterna och Kristdemokraterna
# reserverar sig"): the Swedish names, with the endings they take ("Moderaternas").
PARTY_IN_WORDS = re.compile(r"\b(" + "|".join(sorted((n for n in PARTY_NAMES if len(n) >= 9 and " " not in n and n.isalpha()),
                                                      key=len, reverse=True)) + r")(?:s|n|na|nas)?\b", re.I)

# The answer a question asks for, by its interrogative and head noun. First match wins.
ANSWER_TYPE_CUES: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in (
    ("party", r"\b(vilket parti\w*|vilka partier|parti\w* tillhör|tillhör\b.*\bparti|"
              r"(?:which|what) part(?:y|ies)|part(?:y|ies) (?:does|is|was|do|are)|party affiliation)\b"),
    ("reference", r"\b(diarie\w*|dnr|ärende\w*nummer|refer\w* number|case number|vilket nr|what number did)\b"),
    # "unga i åldern 18–24", "young people aged 18-24" name the group counted: no age is asked.
    ("age_group", (r"\b(ålder|åldern|åldrar|åldersgrupp\w*|hur gamla|how old|what ages?|age group|age range|aged)\b"
                   r"(?!\s+(?:\d|mellan|between|från|from))")),
    # "Hur länge hade jobbtorget varit i gång", "how often": a span of time or a rate, not a count.
    ("frequency", r"\b(hur ofta|hur många gånger (?:per|i|om)|med vilken frekvens|how often|how frequently|"
                  r"how many times (?:a|per|each))\b"),
    ("duration", r"\b(hur lång tid|hur länge(?! sedan)|inom hur lång|inom hur många (?:dagar|veckor|månader)|"
                 r"how long(?! ago)|how much time|within how many)\b"),
    # "när"/"when" asks for a date where it opens the question (or a clause of it: "och när
    # slogs det ihop"); inside one it is a conjunction ("how is it defined when measuring").
    ("date", r"(?:^|[,;:–-]\s*|\b(?:och|men|and|but|so|ungefär|exakt|roughly|exactly)\s+)(?:när|when)\b|"
             r"\b(vilket datum|vilken dag|vilket år|vilken månad|sedan när|hur länge sedan|what date|"
             r"which date|what day|which year|what year|since when)\b"),
    ("reason", r"\b(varför|av vilken anledning|hur kommer det sig|vad beror|beror det på|vad är orsaken|orsaken till|skälet till|"
               r"why|what is the reason|reason for|what caused|how come)\b"),
    # "klubbade" decides; who "höll i klubban" (the gavel) was the chair.
    ("decision", r"\b(beslut\w*|bestäm\w*|klubba(?!n\b)\w*|godkän\w*|decid\w*|decision|resolv\w*|approv\w*)\b"),
    # What something cost or was given: only a sum of money answers it, never a count or a date.
    ("amount", r"\b(vad (?:har |hade )?(?:\w+ ){0,3}kost\w+|vad har .{0,40}\bför (?:budget|anslag)|"
               r"hur (?:mycket|stor\w*|hög\w*) (?:\w+ ){0,3}(?:kost\w+|budget\w*|anslag\w*|arvode\w*|pengar|"
               r"lön\w*|ersättning\w*|betala\w*|avgift\w*|underskott\w*|överskott\w*|"
               # "hur mycket la kommunen på …", "hur mycket satsades": money spent, by the verbs for spending.
               r"la|lade|lagt|lägger|lägga|spender\w*|satsa\w*)\b|vilken (?:budget|lön|kostnad)|what (?:did|does|do|will|would|is|was) .{0,40}\bcosts?\b|"
               r"how much (?:\w+ ){0,4}(?:cost\w*|paid|pay|money|budget\w*|spen[dt]|fund\w*|salary|fees?)|"
               # "hur mycket räknar nämnden med att spara", "how much does it expect to save": a saving is a sum.
               r"hur mycket\b.{0,50}\bspar(?:a|ar|ade|at)\b|how much\b.{0,50}\bsav(?:e|es|ed|ing)\b|"
               r"what(?:'s| is| was) the (?:\w+ ){0,2}(?:budget|cost|salary|fee|price|deficit|surplus)|"
               r"how (?:big|large|much) (?:\S+ ){0,4}(?:deficit|surplus)|"
               # "vad var bruttokostnaden", "vad blev utfallet": a sum asked by its name.
               r"vad (?:var|är|blev|blir|låg|landade) (?:\w+ ){0,2}\w*(?:kostnad\w*|budget\w*|anslag\w*|intäkt\w*|underskott\w*|överskott\w*|utfall\w*)|"
               # "nettokostnaden 2024, vad låg den på?": the sum named first, then asked for.
               r"\w*(?:kostnad|budget|anslag|intäkt|underskott|överskott|utfall)\w*\b[^?]{0,60}\bvad (?:var|blev|låg|landade) (?:den|det|de)\b|"
               # "vad får man i lön", "vad tjänar man", "vad är ersättningen": pay is a sum of money.
               r"vad (?:får|fick|tjänar|tjänade) (?:\w+ ){0,3}(?:i )?(?:lön|ersättning|arvode)\w*|(?:hur mycket|vad) tjänar|"
               r"vad (?:är|var|blir) (?:\w+ ){0,1}(?:lönen|ersättningen|arvodet)|"
               # "vad gick det på", "vad landade det på": what it came to, in the spoken idiom for a cost.
               r"vad (?:gick|går|landade|landar|slutade) (?:det|den|de|notan|kalaset) på)"),
    # Whom something is for: "vilka är den till för", "vem riktar den sig till", "vilken målgrupp", "who is it for".
    ("target", r"\b(?:vilka|vem|vilken grupp|vilka grupper)\s+(?:är|var)\s+(?:\S+\s+){0,4}?till\s+för\b|"
               r"\b(?:vilka|vem|till vilka|till vem)\s+(?:riktar|riktade|vänder|vände)\s+(?:\S+\s+){0,4}?sig\b|"
               r"\bvilken målgrupp|\bvilka målgrupper|\bmålgrupp(?:en|erna)?\b|\bvilka (?:kan|får|ska) (?:delta|vara med|söka|gå)\b|"
               r"\bwho\s+(?:is|are|was|were)\s+(?:\S+\s+){0,5}?(?:for|aimed at|meant for|intended for|targeted at)\s*\??\s*$|"
               r"\btarget(?:ed)? groups?\b|\bwho can (?:join|take part|apply|participate)\b"),
    ("person", r"\b(vem|vilka personer|vilken person|vems|who|whom|whose|vad heter|name of the|named)\b"),
    ("organisation", r"\b(vilke[nt] (?:\w+ )?(?:nämnd\w*|förvaltning|myndighet|organisation|konsult\w*|firma|\w*företag|\w*bolag|aktör|"
                     r"enhet\w*|avdelning\w*|instans)|"
                     r"vilka (?:nämnd\w*|förvaltningar|myndigheter|organisationer|aktörer|leverantörer)|"
                     r"(?:which|what) (?:commit\w*|board|body|agency|authority|organi[sz]ation|consultanc\w*|firm|company|department))\b"),
    # "Var hölls mötet?": "var" before a verb of meeting asks where ("Var mötet öppet?" asks whether).
    ("place", r"\b(var ligger|var finns|var låg|var sitter|var satt|var håller \w+ till|vilken adress|i vilka lokaler|"
              r"i vilken lokal|var (?:hölls|hålls|sammanträdde|sammanträder|träffades|träffas|möttes|ägde \w+ rum)|"
              r"var hade \w+ (?:sitt|sina|\w+s) (?:möte|sammanträde)\w*|"
              r"i vilken stadsdel|vilka stadsdelar|vilken stadsdel|vilka orter|var någonstans|where|which areas?|located|address)\b"),
    # "Hur ser staden till att ...", "how does the city ensure ...": the way something is done.
    # (A quantity after "hur" asks for a number: that reading wins before this one.)
    ("means", r"\b(hur|på vilket sätt|genom vad|how|in what way|by what means)\b(?!\s+(?:kommer det sig|många|mycket|stor\w*|lång\w*|länge|"
              r"ofta|gamla?|hög\w*|går det|gick det|many|much|long|often|old|large|big|high|is it going|did it go)\b)"),
    ("definition", r"\b(vad innebär|vad betyd\w*|vad menas|vad är en|vad är ett|what is meant|what does .+ mean|"
                   r"what is an?|definition|defined)\b"),
    ("list", r"\b(vilka|vilken typ|vilka slags|nämn|lista|what kinds?|which (?:\w+ ){0,2}(?:are|were)|list)\b"),
))
# A yes/no question about whether a number is known ("Vet staden hur många ...?", "Does the city
# know how many ...?"), not a request for it.
ASKS_ABOUT_KNOWING = re.compile(r"^\s*(?:vet|visste|känner till)\b|^\s*(?:does|do|did)\s+(?:\w+\s+){1,3}know\b", re.I)
YES_NO = re.compile(r"^\s*(är|var|har|hade|finns|fanns|kan|stämm\w*|gäller|fick|får|ska|blev|vet|visste|is|are|was|were|has|have|had|"
                    r"does|did|do|can|will)\b", re.I)

# Whom something is for, in its several idioms: "vänder sig till", "riktar sig till", "är till för", "targets".
# ("är till för dem" points back: it names no one.)
TARGET_EVIDENCE = re.compile(r"\b(?:vänder|vände|riktar|riktade)\s+sig\s+(?:\S+\s+){0,2}?till\b|\bär\s+(?:till\s+)?för\b(?!\s+(?:dem|dig|oss|er|honom|henne)\b)|\bmålgrupp\w*\b|"
                             r"\b(?:is|are)\s+(?:meant\s+|aimed\s+|intended\s+)?(?:for|at)\b|\btargets?\b|\baimed at\b", re.I)
# Evidence that a sentence holds an answer of a type.
PERSON_NAME = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?) ([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b")
DATE_EVIDENCE = re.compile(
    r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december)\b|\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
    r"(?:\s+(?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b", re.I)
MEANS_EVIDENCE = re.compile(r"\bgenom (?:att\b)?|\bmed hjälp av\b|\bby (?:means of\b|\w+ing\b)", re.I)
AGE_EVIDENCE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s*år\b|\b(?:över|under)\s+\d{1,2}\s*år\b|\bår\s+\d{1,2}\s*[-–]\s*\d{1,2}\b", re.I)
# A cause is stated in many ways: "förklaras av", "motiverar ... med", "beroende på", "tack vare".
REASON_EVIDENCE = re.compile(r"\b(eftersom|beror på|bero på|beroende på|på grund av|därför|till följd av|orsak\w*|skäl\w*|"
                             r"för att|då de|varför|förklar\w*|motiver\w*|med anledning av|tack vare|due to|because|"
                             r"owing to|as a result of)\b", re.I)
# A cause said outright, not a purpose ("för att hjälpa"): what a near-the-line why-question may rest on.
CAUSE_STATED = re.compile(r"\b(?:eftersom|beror på|på grund av|till följd av|because|due to|owing to)\b", re.I)
DECISION_EVIDENCE = re.compile(r"\b(beslut\w*|godkän\w*|bifall\w*|avslå\w*|föreslår|"
                               r"tillstyrker|att kommun\w*|att nämnden|uppdrar)\b", re.I)
# What a body decided, in its own words: "Nämnden beslutar att", "Arbetsmarknadsnämnden beslöt att inrätta ...";
# not a proposal ("föreslår att") nor a report that a decision was made ("beslutade om X vid sitt sammanträde").
DECIDES_THAT = re.compile(r"\b(?:beslut(?:ar|ade|at|as)|beslöts?)\b(?:\s+[^\s.]+){0,5}?\s+att\b|"
                          r"\b(?:decides|decided|resolved|resolves)\s+to\b", re.I)
# A sentence that adds to the one before it ("Därtill kunde färre extratjänster tillsättas ..."): a reason goes on.
ADDS_TO_BEFORE = re.compile(r"^\s*(?:dessutom|därtill|därutöver|vidare|också|även|in addition|moreover|furthermore|also)\b", re.I)
# A point in time a count is taken at: "vid halvårsskiftet", "per årsskiftet", "by the end of June".
TIME_POINT = re.compile(r"\b(?:vid|per|efter|före|by|at)\s+(?:the\s+)?(?:\w+\s+)?\w*(?:skifte\w*|slut\w*|end|close)\b(?:\s+of\s+\w+)?", re.I)
# A season of a year ("sommaren 2024"): a part of it, not the year.
SEASON = re.compile(r"\b(?:sommar|vår|höst|vinter)en\b|\b(?:summer|spring|autumn|fall|winter) of\b", re.I)
# A member's motion ("Sofia Nyberg (s) yrkar att ... 60 platser"): what someone wanted, not what is.
MOTION = re.compile(r"\b(?:yrkar|yrkade|yrkande\w*|moves|moved that|proposes that)\b", re.I)
# What asks about a motion itself ("vad yrkade S", "vilket förslag").
MOTION_ASKED = re.compile(r"\b(?:yrka\w*|förslag\w*|föreslog|föreslår|reserv\w*|motion\w*|propos\w*|move[ds]?)\b", re.I)
# "en sådan anställning", "sådana platser": a kind the sentence before names, not the plain noun.
KIND_NAMED_BEFORE = re.compile(r"\b(?:sådan|sådana|sådant|such)\b", re.I)
# "utan lönestöd", "without a wage subsidy": those without something, named by the word after any article.
WITHOUT = re.compile(r"\b(?:utan|without)\s+(?:(?:a|an|any|the|någon|något|några)\s+)?(?:\w+\s+)?([^\W\d_]{4,})", re.I)
# A numbered or bulleted item of a list that a line before opens ("1. inrätta Vårdlyftet ...").
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h][.)]|[-–•*])\s+\S")
ORGANISATION_EVIDENCE = re.compile(
    r"\b[\wåäö-]*(?:nämnd\w*|förvaltning\w*|styrelse\w*|fullmäkt\w*|myndighet\w*|förmedling\w*|"
    r"fonden|kontoret|enhet\w*)\b|\b[A-ZÅÄÖ][\wåäö]+(?:s)? (?:rapport|AB)\b|\b[A-ZÅÄÖ]{2,}\b")
PLACE_EVIDENCE = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*(?:s)?\s+(?:Centrum|centrum)\b|"
                            r"\b[A-ZÅÄÖ][a-zåäö]+(?:gatan|torget|staden)\b|"
                            r"\b[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)+\b|\b(?:i|till|från) [A-ZÅÄÖ][a-zåäö]{3,}\b|"
                            # "sina lokaler på Hertig Johans torg", "Storgatan 12", "ligger vid Stora torget".
                            r"\b(?:lokaler|ligger|finns|sitter)\s+(?:på|vid|i)\s+[A-ZÅÄÖ]|"
                            r"\b[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ]?[a-zåäö]+){0,2}\s+(?:torg|gata|väg)\b")
REFERENCE_EVIDENCE = re.compile(r"(?<![\d-])(?:19|20)\d\d:\d{1,4}(?![\d:])|\b(?:Dnr\.?\s*:?\s*)?[A-ZÅÄÖ]{2,6}\s?\d{2,4}[-/.]\d{1,5}(?:[-/.]\d{1,5})*")
_TIME_UNIT = r"(?:dag|dagar|dagen|vecka|veckor|veckan|månad|månader|år|timm[ae]r?|minuter|days?|weeks?|months?|years?|hours?)"
FREQUENCY_EVIDENCE = re.compile(rf"\b(?:varje|var(?:annan|tredje)?|per|en gång (?:i|per)|varannan|every|each|per|a) {_TIME_UNIT}\b|"
                                r"\b(?:dagligen|veckovis|månadsvis|årligen|löpande|kontinuerligt|daily|weekly|monthly|yearly|"
                                rf"annually)\b|/{_TIME_UNIT}\b", re.I)
DURATION_EVIDENCE = re.compile(rf"\b(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|"
                               rf"a|one|two|three|four|five|six|ten)\s+{_TIME_UNIT}\b", re.I)
# A question about who signed, wrote or answered a document, or the date it bears.
# Signing is about the document whatever is asked; answering only when a person is asked for
# ("vilka frågor besvarade han" asks about the content).
SIGNING = re.compile(r"\b(undertecknade?|undertecknat|undertecknare|skrev under|signerade?|signerat|sign(?:ed|s|atory)?(?! up\b))\b", re.I)
AUTHORSHIP = re.compile(rf"{SIGNING.pattern}|\b(svarade|besvarade|svarat|besvarat|skrev (?:\w*svaret)|"
                        r"answered|replied|responded|wrote (?:the|his|her) (?:answer|reply))\b", re.I)
# Who put the question a reply answers, asked ("den som skrev interpellationen", "who submitted the
# motion", "interpellanten"): the asker, not the one who signed the reply.
ASKER_ASKED = re.compile(r"\b(?:skrev|ställde|ställt|lämnade in|lämnat in|väckte|väckt|wrote|written|asked|submitted|"
                         r"tabled|filed|put|raised)\s+(?:in\s+)?(?:the\s+|en\s+|den\s+|an\s+)?(?:interpellation|motion)\w*|"
                         r"\binterpellant\w*|\bmotionär\w*", re.I)
# An outcome against its budget asked ("hur mycket gick enheten över budget", "överskred budgeten",
# "how far over budget"): the outcome less the budget of the same year.
BUDGET_GAP = re.compile(r"\b(?:över|under)\s+(?:sin\s+|sitt\s+|the\s+|its\s+)?budget\w*|\böverskred\w*|\bbudgetöverskridande\w*|"
                        # "hur mycket pengar blev över i budgeten": what was left of it.
                        r"\b(?:blev|blir|var|fanns|finns)\s+(?:det\s+)?(?:\w+\s+)?(?:över|kvar)\s+(?:i|av|på)\s+(?:\w+\s+)?budget\w*|"
                        r"\bover\s+(?:the\s+|its\s+)?budget\b|\boverspen\w*|\bexceeded\s+(?:the\s+|its\s+)?budget\b|"
                        # "gjorde av med mindre pengar än budgeterat", "spent less than its budget": the gap in words.
                        r"\b(?:mindre|mer|lägre|högre|less|more|lower|higher)\s+(?:pengar\s+|money\s+)?(?:än|than)\s+"
                        r"(?:vad som\s+(?:var\s+)?|what was\s+|sin\s+|sitt\s+|the\s+|its\s+|it\s+)?budget\w*", re.I)
# The side of a budget gap that is under it.
UNDER_BUDGET = re.compile(r"^(?:under|mindre|lägre|less|lower)\b", re.I)
# A question about what was asked ("vad ville Rudin veta", "vilka frågor ställde hon", "what did she
# ask"): only such a question is answered by a sentence that is itself a question.
QUESTIONS_ASKED = re.compile(r"\b(?:fråg\w*|ville\s+\w+\s+veta|ville veta|undrade|asked|ask|question\w*|wanted to know)\b", re.I)
# A vote asked about ("hur slutade voteringen", "how did the vote go") and its result as minutes
# write it ("Ja-röster: 7", "Nej-röster: 4", "med 7 röster mot 4", "by 7 votes to 4").
VOTE_ASKED = re.compile(r"\b(?:votering\w*|(?:om)?röstning\w*|röstade|röstsiffr\w*|vote|votes|voted|voting|ballot)\b", re.I)
# "Ja-röster: 7", "Ja-röster (5): ...", "med 5 ja-röster mot 4 nej-röster".
VOTE_STATED = re.compile(r"\b(?P<side>ja|nej|yes|no)-?röster\s*[:(]?\s*(?P<n>\d+)|\b(?P<n2>\d+)\s+(?:ja-?)?röster\s+mot\s+(?P<n3>\d+)|"
                         r"\b(?P<n4>\d+)\s+votes?\s+to\s+(?P<n5>\d+)|\b(?:avstod|avstår|nedlagda röster|abstained)\b", re.I)
# A stance on a proposal, asked ("vilka partier var emot", "vem röstade för", "who opposed", "voted in favour")
# and as minutes record it ("röstar nej", "reserverar sig mot beslutet", "yrkar avslag"; "röstar ja", "yrkar bifall").
STANCES = {
    "against": (re.compile(r"\b(?:(?:var|är|röstade|sa|sade)\s+(?:e?mot|nej)|motsatte\s+sig|opposed?|against|(?:voted|said)\s+no)\b", re.I),
                re.compile(r"\b(?:röst(?:ar|ade)\s+nej|reserver(?:ar|ade|at)\s+sig|yrka(?:r|de)\s+(?:på\s+)?avslag)\b", re.I)),
    "for": (re.compile(r"\b(?:(?:var|är|röstade|sa|sade)\s+(?:för|ja)|stödde|(?:voted|were|was)\s+(?:for|in\s+favou?r)|(?:voted|said)\s+yes|supported)\b", re.I),
            re.compile(r"\b(?:röst(?:ar|ade)\s+ja|yrka(?:r|de)\s+(?:på\s+)?bifall)\b", re.I)),
}


def stance_asked(question: str) -> str | None:
    """The stance on a proposal a question asks who took, if any.

    >>> stance_asked("vilka partier var emot att söka esf-pengar"), stance_asked("Which parties voted in favour?")
    ('against', 'for')
    >>> stance_asked("vilka partier reserverade sig mot beslutet")
    'against'
    >>> stance_asked("vilka partier fanns i nämnden") is None
    True
    """
    # Also asked in the minutes' own words: "vilka partier reserverade sig", "vilka röstade nej".
    return next((name for name, (asked, stated) in STANCES.items() if asked.search(question) or stated.search(question)), None)


def states_stance(stance: str, text: str) -> bool:
    """Whether a sentence records members taking the stance.

    >>> states_stance("against", "Jonas Berg (m) och Erik Falk (kd) röstar nej."), states_stance("for", "Ja-röst för bifall.")
    (True, False)
    """
    return bool(STANCES[stance][1].search(text))


# A decision said to be taken by all ("var enig", "unanimously") and a decision the minutes record as
# split: a vote counted ("7 ja-röster") or members who "reserverar sig".
UNANIMOUS = re.compile(r"\b(?:enig|eniga|enigt|enhällig\w*|unanimous\w*|without a vote)\b", re.I)
DIVIDED = re.compile(r"\b\d+\s+(?:ja|nej)-?röster\b|\b(?:ja|nej)-?röster\b|\breserver(?:ar|ade|at)\s+sig\b|"
                     r"\b\d+\s+votes?\s+to\s+\d+", re.I)
# A meeting, whose date is the date of the protocol that records it.
MEETING = re.compile(r"\b(?:sammanträ\w*|möte\w*|\w+mötet|möttes|träffades|meeting\w*|meets?|met)\b", re.I)
# Who made a report, asked ("vem skrev rapporten", "who wrote the report") and said ("Rapporten har
# sammanställts av ...", "utredningen gjordes av", "prepared by"): the same fact in other verbs.
AUTHORED_ASKED = re.compile(r"\b(skrev|skriv\w*|författa\w*|sammanställ\w*|utarbeta\w*|(?:tog|tagit|tar) fram|wrote|written|authored|"
                            r"compiled|prepared)\b", re.I)
# A letterhead's "Handläggare:" is who wrote the document: the case officer drafts it.
AUTHORED_STATED = re.compile(r"\bhandläggare\s*:|\b(?:skrivits|författats|författad|sammanställts|sammanställd|utarbetats|utarbetad|tagits fram|"
                             r"upprättats|upprättad|gjorts|written|authored|compiled|prepared)\s+av\b|\b(?:written|authored|compiled|prepared) by\b|"
                             # "Svar på interpellation från Lars Ek (V)", "Lars Ek (V) har i en interpellation ...": who wrote it.
                             r"\b(?:interpellation|motion|skrivelse)(?:en)?(?:\s+\d{4}:\d+)?\s+(?:från|av)\b|\bi en (?:interpellation|motion|skrivelse)\b", re.I)
# A document's own date, named as such; a bare "datum" asks for it only beside a document
# ("vilket datum har svaret", not "vilket datum inrättades Jobbtorg": `PUBLISHED`).
# "När var sammanträdet?": the meeting a protocol records is held on the protocol's date.
DOCUMENT_DATE = re.compile(r"\b(datera\w*|dated|står på (?:svaret|dokumentet|skrivelsen|protokollet)|"
                           r"(?:var|hölls|ägde)\s+(?:nämndens\s+sammanträde|sammanträdet|mötet)(?:\s+rum)?\s*\??$|"
                           # "När hade nämnden mötet där rapporten togs upp?": a meeting held, not one to come.
                           r"^\W*när\s+(?:hade|höll)\s+\w+\s+(?:sammanträdet|mötet)\b(?!.*\b(?:ska|skall|kommer)\b)|"
                           # "när va styrelsemötet där rapporten togs upp", "när hölls nämndsammanträdet".
                           r"^\W*när\s+(?:var|va|hölls|ägde)\s+(?:\w+\s+)?\w*(?:sammanträdet|mötet)\b(?!.*\b(?:ska|skall|kommer)\b)|"
                           r"^\W*when\s+(?:was|did)\s+(?:\w+\s+){0,4}meeting\b(?!.*\b(?:will|next)\b)|"
                           r"(?:was|were)\s+the\s+(?:committee\s+|board\s+)?meeting(?:\s+held)?\s*\??$)", re.I)
NUMBER_EVIDENCE = re.compile(r"\d|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\w*|trettio|fyrtio|"
                             r"femtio|hundra\w*|tusen\w*|hälften|halva|var (?:annan|tredje|fjärde|femte|tionde)|"
                             r"en (?:tredjedel|fjärdedel|femtedel)|miljon\w*)\b", re.I)

# A sum of money as the documents write one: "20 miljoner kronor", "4 mnkr", "SEK 20 million".
AMOUNT_EVIDENCE = re.compile(r"\d[\d\s]*(?:[,.]\d+)?\s*(?:(?:miljon\w*|miljard\w*|million|billion)(?:\s+(?:kronor|kr\b|sek\b))?|"
                             r"kronor|kr\b|mnkr|mkr|tkr|mdkr|msek|sek\b)|\b(?:sek|kr\.?)\s?\d[\d\s]*(?:[,.]\d+)?(?:\s*(?:miljon\w*|million))?", re.I)

# An age span as a claim or a document writes it: "16-24 år", "mellan 16 och 19 år",
# "aged 16 to 24", "between 18 and 21 years", "18–21-åringar".
AGE_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|och|till|to|and)\s*(\d{1,2})\s*(?:-?år\b|-?åringar|years?\b|-year)|"
                       r"\baged\s+(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})\b", re.I)

# A sum asked per head or per period ("per inskriven person", "each", "a month") is not
# answered by a total: only a sum the documents state per something is.
AMOUNT_PER_ASKED = re.compile(r"\bper (?!den\b|sista\b|the\b|cent\b|procent\b)\w+|\b(?:för|for) (?:varje|each)\b|\beach\b|"
                              r"\bi (?:månaden|veckan|timmen)\b|\bom året\b|\ba (?:month|year|week|person|head)\b", re.I)
AMOUNT_PER_STATED = re.compile("(?:" + AMOUNT_EVIDENCE.pattern + r")\s*(?:per\b|/|i (?:månaden|veckan|timmen)\b|om året\b|each\b|"
                               r"a (?:month|year|week)\b|styck\b|st\b)", re.I)
# A question about money: a cost, a budget, a sum ("vad kostade", "bruttokostnaden", "hur mycket pengar", "how much was spent").
MONEY_ASKED = re.compile(r"\b(?:[^\W\d_]*kost\w*|[^\W\d_]*budget\w*|kronor|miljoner|pengar\w*|anslag\w*|utgift\w*|cost\w*|money|spen[dt]\w*|"
                         r"expens\w*|(?:gick|går|landade|landar|slutade) (?:det|den|de|notan) på)\b", re.I)
# A question about a span of time ("väntetiden", "hur mycket kortare", "how many more days"): its
# operands are durations, not head counts. Full-time and part-time work are no spans.
DURATION_ASKED = re.compile(r"\b(?!(?:hel|del|fram|över)tid)[^\W\d_]*tid(?:en|er|erna)?\b|\b(?:kortare|längre|dagar|veckor|"
                            r"wait\w*|shorter|longer|days|weeks)\b", re.I)
# The kind of sum a question names by a compound ("nettokostnaden", "lönekostnader") or, in English,
# by a qualifier ("net cost", "the gross cost"): a sentence about another kind ("bruttokostnad") is no answer.
MONEY_QUALIFIED = re.compile(r"\b([^\W\d_]{3,}?)(?:kostnad|budget|anslag|intäkt|utgift)\w*|"
                             r"\b(net|gross)\s+(?:cost\w*|budget|spending|expenditure|income|revenue)\b|\b(salar\w*|wages?)\b|"
                             r"\b(underskott|överskott|deficit|surplus)|\b(brutto|netto)\b|"
                             # Pay: "vad får man i lön", "ersättningen".
                             r"\b(lön|ersättning|arvode)(?:en|er|erna|et|n)?\b|\b(tjänar|tjänade|earns?|earned)\b|"
                             # A saving: "hur mycket ska de spara", "how much will it save", said "besparingen".
                             r"\b(spara|sparar|sparade|sparat|save|saves|saved|saving|savings)\b", re.I)
MONEY_QUALIFIERS_EN = {"net": "netto", "gross": "brutto", "salary": "lön", "salaries": "lön", "wage": "lön", "wages": "lön",
                       "tjänar": "lön", "tjänade": "lön", "earn": "lön", "earns": "lön", "earned": "lön",
                       "deficit": "underskott", "surplus": "överskott",
                       **dict.fromkeys(("spara", "sparar", "sparade", "sparat", "save", "saves", "saved", "saving", "savings"), "spar")}
# What a sum is, by the noun a sentence or a question gives it ("budgeten", "nettokostnaden", "the
# deficit"): a question about the budget is not answered by the sum a sentence calls a deficit.
MONEY_NOUNS = {"budget": "budget", "kostnad": "kostnad", "underskott": "underskott", "överskott": "överskott",
               "anslag": "anslag", "intäkt": "intäkt", "utgift": "utgift", "utfall": "utfall", "cost": "kostnad",
               # "vad kostar ett jobb": asked by the verb, a cost all the same.
               "kostar": "kostnad", "kostade": "kostnad", "kostat": "kostnad",
               "deficit": "underskott", "surplus": "överskott", "income": "intäkt", "revenue": "intäkt"}
_MONEY_NOUN = re.compile(r"[^\W\d_]*?(" + "|".join(MONEY_NOUNS) + r")", re.I)


def money_nouns(text: str) -> set[str]:
    """The kinds of sum a text names, in Swedish.

    >>> sorted(money_nouns("Nettokostnaden blev lägre än budgeterat")), sorted(money_nouns("the deficit"))
    (['budget', 'kostnad'], ['underskott'])
    >>> money_nouns("vad kostade det"), money_nouns("ett tilläggsanslag på")
    ({'kostnad'}, {'anslag'})
    """
    return {MONEY_NOUNS[m.group(1).lower()] for m in re.finditer(r"\b" + _MONEY_NOUN.pattern, text, re.I)}


# A sum that is a gap to the budget, not a budget or an outcome: "0,4 miljoner kronor mer än budgeterat".
GAP_AFTER = re.compile(r"\s*(?:tkr|kr|kronor|mnkr|miljoner(?: kronor)?)?\s*(?:lägre|högre|mer|mindre|över|under)\s+(?:än\s+)?budget", re.I)

# What a meeting dealt with, asked ("vad tog nämnden upp på mötet", "vilka ärenden tog de upp",
# "what did the committee discuss"): the items its minutes list.
AGENDA_ASKED = re.compile(r"\b(?:tog\s+(?:\w+\s+){0,2}upp|behandla\w*|avhandla\w*|diskutera\w*|dagordning\w*|ärenden|"
                          r"discuss\w*|agenda|t(?:ake|ook)\s+up|deal\w*\s+with|dealt\s+with|items?)\b", re.I)

# The heads an English question divides a sum by, as the Swedish documents count them.
# (Plural forms: a singular is looked up with its "s".)
HEADS_EN = {"participants": "deltagare", "places": "platser", "persons": "personer", "people": "personer", "heads": "personer",
            "youths": "ungdomar", "youth": "ungdomar", "enrolled": "inskrivna", "employees": "anställda", "staff": "medarbetare"}
# Heads that name no group of their own: "840 personer inskrivna" counts everyone enrolled.
PLAIN_HEADS = frozenset("person personer individer deltagare people persons individuals participants".split())
# What an English question counts, in the words the Swedish documents count it by: "how many got a
# job" counts "fick arbete", not the "1 318 inskrivna deltagare" of the sentence nearest in meaning.
COUNTED_IN_SWEDISH = {"job": "arbete", "jobs": "arbete", "work": "arbete", "employment": "anställning",
                      "got": "fick", "found": "fick", "enrolled": "inskrivna", "registered": "inskrivna", "study": "studier",
                      "studies": "studier", "studying": "studier", "education": "utbildning", "young": "unga",
                      "youth": "ungdomar", "staff": "medarbetare", "employees": "anställda", "places": "platser",
                      "unemployed": "arbetslösa", "women": "kvinnor", "days": "dagar", "weeks": "veckor",
                      "participated": "deltagare", "part": "deltagare", "started": "började",
                      # A measure the documents count, by its English name.
                      "internship": "praktik", "internships": "praktik", "placement": "praktik", "placements": "praktik",
                      # Support paid to an employer ("lönestöd", "anställningsstöd"), read by its last part.
                      "subsidy": "stöd", "subsidies": "stöd",
                      # What the enrolled live on ("social assistance", "welfare"): the documents' försörjningsstöd.
                      "welfare": "försörjningsstöd", "assistance": "försörjningsstöd"}
# What is done with a report at a meeting, in the minutes' words: "föredrog rapporten" is who presented it.
VERBS_EN = {"presented": "föredrog", "presents": "föredrar", "present": "föredra", "reported": "föredrog"}
# What minutes say was decided, in their words: "close the office" is "stänga kontoret", "scrap the
# contract" is "säga upp avtalet".
DECIDED_EN = {**dict.fromkeys(("close", "closed", "closes", "closing", "closure", "shut"), "stänga"),
              **dict.fromkeys(("scrap", "scrapped", "terminate", "terminated", "cancel", "cancelled", "canceled"), "uppsägning"),
              "office": "kontor", "offices": "kontor", "branch": "filial", "contract": "avtal", "agreement": "avtal",
              "premises": "lokal", "report": "rapport", "plan": "plan",
              # Why people left, in the words minutes and reports file it under ("avslutsorsak okänd").
              "left": "avslutade", "exit": "avslut", "unknown": "okänd", "reason": "orsak", "reasons": "orsak"}
# Every English word the vocabulary knows a Swedish word for, to match Swedish sentences by.
ENGLISH_GLOSS = {**MONEY_QUALIFIERS_EN, **HEADS_EN, **COUNTED_IN_SWEDISH, **VERBS_EN, **DECIDED_EN}
# A sum taken less a part of it: "om man drar bort statsbidragen", "exklusive", "excluding".
LESS_ASKED = re.compile(r"\b(?:dra(?:r|git|s)?\s+(?:bort|av|ifrån)|frånräkna\w*|exklusive|exkl\.|bortsett från|minus|"
                        r"excluding|not counting|net of|deduct\w*|subtract\w*|less the)\b", re.I)
# A sum asked per head: "per deltagare", "för varje inskriven", "per participant". Per a period
# ("per månad"), per a date ("per den sista juni") and per cent are not heads.
PER_HEAD_ASKED = re.compile(r"\b(?:per|each|för varje|för var|for each|for every|"
                            # "vad kostar en plats": one of the heads the sum is spent on.
                            r"(?:(?<=kostar )|(?<=kostade ))(?:en|ett)(?=\s+(?:plats|deltagare|person|inskriven|elev)\b))"
                            r"\s+(?!(?:den|det|sista|första|the|a|cent|procent|dag|dygn|"
                            r"vecka|veckan|månad|månaden|år|året|timme|timmen|kvartal|termin|day|week|month|year|hour|quarter)\b)"
                            r"([^\W\d_]{3,})", re.I)

# A year named by its neighbour: "10 380 året innan" is the year before the one the sentence names.
YEAR_BEFORE = re.compile(r"\b(?:året (?:innan|före|dessförinnan)|ett år (?:tidigare|innan|före)|föregående år|förra året|"
                         r"the (?:year before|previous year|preceding year)|a year (?:earlier|before))\b", re.I)
YEAR_AFTER = re.compile(r"\b(?:året (?:därpå|efter)|följande år|the (?:year after|following year)|a year later)\b", re.I)
# A sentence that goes on with the measure of the one before: "Motsvarande andel ...", "I december
# 2024 hade antalet ökat till ...", "Året innan var andelen ...".
CONTINUES_MEASURE = re.compile(r"^\s*(?:(?:i|under|vid|år|per|in|by)\s+[^,.\d]{0,20}(?:(?:19|20)\d\d)?\s*)?(?:hade|var|låg|uppgick)?\s*"
                               r"(?:antalet|andelen|motsvarande|samma\s+(?:andel|antal)|den siffran)\b|^\s*(?:motsvarande|året innan|"
                               r"föregående år)\b", re.I)
# The year a document reports on, named without its number ("under året uppgick antalet till
# 980, jämfört med 905 under 2023"): the year of its title, not the one written beside it.
YEAR_IN_HAND = re.compile(r"\b(?:under (?:verksamhets)?året|(?:verksamhets)?årets|i år|under innevarande år|"
                          r"during the year|this year(?:'s)?)\b(?!\s+(?:innan|före|dessförinnan|därpå|efter)\b)", re.I)

# What a figure is set beside ("64,3 miljoner kronor, jämfört med 70,2 miljoner kronor 2024"):
# a year named only after it is the compared figure's, not the sentence's own.
COMPARED_WITH = re.compile(r",?\s*\b(?:(?:att\s+)?jämför\w*\s+med|i jämförelse med|compared (?:with|to))\s+[^.;]*\d", re.I)

# Words that open a question or carry no content, in both languages.
# Verbs that end the subject of a question ("andel av dem som sökt [hade fått] ...",
# "hur många [hade] fått jobb"): what comes before one is a noun phrase.
FINITE_VERBS = frozenset(
    "fick får hade har gick går kom kommer blev blir var är står stod återfinns fanns finns tog deltog fullföljde "
    "skrevs avslutades återkom återkommer saknar saknade jobbar ställde ställer gör började börjar påbörjade "
    "got get gets found find went go had have has were was are is did took returned became become".split()
)
QUESTION_WORDS = frozenset(
    "hur vad vilka vilken vilket vem vems när var varför många mycket stor stort andel antal fick får finns "
    # Fillers of spoken questions ("förra året, alltså 2025", "typ hur många").
    "alltså dvs typ egentligen "
    "how what which who whom when where why many much did does do is are was were the a an of in on to for".split()
)

# What stands second in "vad/vem/hur ... ?" without being the verb the question asks about:
# a copula, modal or auxiliary ("Vem är ...", "Vad kan ..."), or the rest of "hur många/mycket/länge".
NOT_MAIN_VERBS = frozenset("är var har hade finns fanns blir blev kan kunde ska skulle måste bör får fick gör "
                           "många mycket länge stor stort ofta".split())

# Words around what a number question counts that are not it: a light verb ("kom i jobb", "gick vidare till arbete",
# "kom till egen försörjning", "började studera": the noun or the verb after it is what is counted) and the way
# there ("via jobbtorg").
NOT_COUNTED = frozenset("kom kommit gick gått vidare började börjat påbörjade påbörjat".split())
# Words that qualify a count without naming what is counted: "hur många nya skrevs in" counts
# those enrolled, who a sentence calls "personer ... skrevs in", not "nya".
COUNT_QUALIFIERS = frozenset("ny nya nytt fler olika totalt sammanlagt new more".split())

# The words that set a name as where a number was counted ("i Ljusne", "vid mottagningen
# i Arbrå", "at the Kilafors centre"): a count for the whole is no count for such a part. Not "från":
# "inskrivna från Ljusne" is often the document's own district, named in another section.
PLACE_MARK = r"(?:i|in|at|vid|på)(?:\s+the)?"
# "började plugga efter jobbtorget": what one came from, like the way there, sets the scene.
CHANNEL = re.compile(r"\b(?:via|through|genom(?!\s+att\b)|efter|after)\s+(?!(?:att|avslut\w*|that|the end)\b)[\wåäö-]+", re.I)

# Words that place a count in time, not what it counts ("per sista sept", "fram till
# slutet av juni", "by the end of", "under hela 2024", "förra året"): a number question's predicate leaves them out.
PERIOD_WORDS = frozenset("per sista första slutet början mitten fram tom resp respektive by end until "
                         "hela helåret förra fjol ifjol fjolåret året whole full last previous".split())

# Words that ask for an average and its unit of time ("i snitt per månad", "on average a week").
AVERAGE_WORDS = frozenset("i snitt genomsnitt genomsnittlig genomsnittliga genomsnittet average on per a "
                          "dag dagen vecka veckan månad månaden år året day week month year".split())

# What frames a question's figure, not where it was counted: "i procent", "i kronor", "i snitt".
FRAME_NOUNS = frozenset("procent procentenheter kronor miljoner miljarder tusental snitt genomsnitt totalt "
                        "siffror antal andel andelen".split())

# A negation turns a cited statement into its opposite while keeping its words.
# The two ends of a series or range: "mellan den högsta och den lägsta", "the gap between lowest and highest".
EXTREMES = re.compile(r"\b(högsta|lägsta|största|minsta|spann\w*|spridning\w*|highest|lowest|largest|smallest|range|spread)\b", re.I)
NEGATION = re.compile(r"\b(?:inte|ej|icke|aldrig|ingen|inget|inga|varken|not|no|never|none|neither|nor)\b|n't\b", re.I)
# "på annat sätt än genom jobb", "some other way than getting a job": the rest of a whole, said without "inte".
OTHERWISE = re.compile(r"\b(?:på (?:något )?annat sätt än|annat än|other than|(?:some|any) other way than|otherwise than)\b", re.I)

# Text addressed to a language model rather than stating a fact: a document may
# carry one (a planted instruction); a reply resting on it is not an answer.
INSTRUCTION = re.compile(
    r"\b(?:ignorera|strunta i|bortse från|glöm|ignore|disregard|forget)\b.{0,40}\b(?:instruktion\w*|instruction\w*|"
    r"regler\w*|rules?|prompt\w*|ovan|above|previous|tidigare)|"
    r"\b(?:du är nu|från och med nu|you are now|from now on|as an ai|som (?:ai|språkmodell)|language model|"
    r"system ?prompt)\b|"
    r"\b(?:svara|säg|skriv|answer|say|reply|respond|write)\s+(?:att|med|that|with)\b", re.I)

# What a link looks like in a reply: the model may not bring one in.
LINK = re.compile(r"(?i)\b(?:https?|ftp)://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")

# A sentence that begins by pointing back ("Av dem fick 1 812 ett arbete") says nothing
# checkable without the sentence before it.
ANAPHORIC_START = re.compile(r"^\s*(?:(?:av|bland|utav)\s+(?:dem|dessa|de)|(?:of|among)\s+(?:them|these|those))\b", re.I)
# A sentence that speaks of what the one before it named, anywhere in it ("Hur många som fick
# jobb av dessa vet vi inte", "Detta säkerställer vi ...", "of these").
REFERS_BACK = re.compile(r"\b(?:av|bland|utav|om|för|of|among|about)\s+(?:dessa|dem|these|those)\b|^\s*(?:detta|dessa|this|these)\b", re.I)
# Narrower: a sentence that points back to the one before it ("Av dessa fick 3 310 ..."); "Av de
# inskrivna", "Bland de unga vuxna" name their group instead.
POINTS_BACK = re.compile(r"^\s*(?:(?:av|utav|bland)\s+(?:dessa|dem)|(?:of|among)\s+(?:them|these))\b", re.I)
# A sentence that adds to the one before it, and so is of its period: "Ytterligare 168 personer påbörjade studier".
GOES_ON = re.compile(r"\s*(?:ytterligare|därutöver|därtill|another|a further|in addition)\b", re.I)
# "Under samma period fick 57 unga arbete": of the period the sentence before names (of its year too,
# unless a year follows: "under samma period 2022").
SAME_PERIOD = re.compile(r"\b(?:under|i|för)\s+(?:samma\s+(?:period|tid)|denna\s+period|den\s+perioden)\b(?!\s*(?:år\s*)?(?:19|20)\d\d)|"
                         r"\b(?:in|during|over)\s+(?:the\s+same|that|this)\s+period\b(?!\s*(?:19|20)\d\d)", re.I)
# "702 av dessa hade ...": a demonstrative inside the sentence points back as well ("av dem som" does not: it is relative).
POINTS_BACK_WITHIN = re.compile(r"\b(?:av|utav|bland)\s+dessa\b", re.I)
# "Av de inskrivna gick 412 ...": the enrolled just counted, named again (not "Av de 430 ...").
NAMES_BACK = re.compile(r"^\s*(?:av|utav)\s+de\s+(?=[^\W\d_])|^\s*of\s+(?:those|the)\s+(?=[^\W\d_])", re.I)
# "Bland de unga vuxna gick 1 420 ...", "among the young ...": the count that follows is of that group only.
SUBGROUP = re.compile(r"\b(?:bland|among|inom gruppen|within the group of)\s+(?:de\s+|dem\s+|the\s+)?((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
                      re.I)

# Groups that exclude each other: a share "bland män" is none of the women's ("man" is left
# out: in Swedish it is also the pronoun "one"). Stems, so that every inflection is one side.
OPPOSED_GROUPS = (
    (re.compile(r"kvinn\w*|flick\w*|wom[ae]n|female|girls?"), re.compile(r"män|männen|mann\w*|manlig\w*|pojk\w*|men|male|boys?")),
    (re.compile(r"inrikes\w*"), re.compile(r"utrikes\w*")),
)


def name_forms(name: str) -> tuple[str, ...]:
    """A lower-cased name and the bare forms under its genitive and definite endings: "jobbtorgets",
    "jobbtorget" name "Jobbtorg"; "jobbcentret" names "Jobbcenter" (the e of -er falls before -et).

    >>> name_forms("jobbcentrets")
    ('jobbcentrets', 'jobbcentret', 'jobbcentr', 'jobbcenter')
    >>> name_forms("alfta")
    ('alfta',)
    """
    forms = [name]
    if len(name) > 4 and name.endswith("s"):
        forms.append(name[:-1])
    definite = forms[-1]
    if len(definite) > 6 and definite.endswith(("et", "en")):
        forms.append(definite[:-2])
        if definite.endswith(("ret", "ren")):
            forms.append(definite[:-3] + "er")
    return tuple(forms)


def group_sides(words: set[str]) -> set[tuple[int, int]]:
    """Which side of which pair of excluding groups the words name.

    >>> group_sides({"deltagare", "kvinnor"}), group_sides({"deltagare"})
    ({(0, 0)}, set())
    """
    return {(i, j) for i, pair in enumerate(OPPOSED_GROUPS) for j, pattern in enumerate(pair)
            if any(pattern.fullmatch(w) for w in words)}


def opposed_groups(named: set[str], other: set[str]) -> bool:
    """Whether two sets of lower-cased words name groups that exclude each other.

    >>> opposed_groups({"utrikes", "födda", "män"}, {"bland", "utrikes", "födda", "kvinnorna"}), opposed_groups({"flickor"}, {"girls"})
    (True, False)
    """
    def side(words: set[str], pattern: re.Pattern) -> bool:
        return any(pattern.fullmatch(w) for w in words)

    return any((side(named, one) and side(other, two) and not side(named, two))
               or (side(named, two) and side(other, one) and not side(named, one)) for one, two in OPPOSED_GROUPS)


# A preposition that opens the setting of what is counted or asked ("fick jobb efter kursen", "i augusti").
SETTING = re.compile(r"\b(?:efter|i|på|vid|under|inom|via|hos|after|in|at|during|within)\b", re.I)

# A request for a summary of a document or of all of them, not for one fact.
SUMMARY_CUE = re.compile(r"\b(sammanfatta\w*|sammanfattning\w*|översikt\w*|summari[sz]e\w*|summary|give me an overview|"
                         r"overview of)\b|\b(?:vad handlar\b.*\bom|what (?:is|are)\b.*\babout)\s*[?.!]?\s*$", re.I)

# A request for several figures at once ("vilka siffror finns om ...", "hur har antalet
# utvecklats", "the figures on ...") rather than for one value.
FIGURES_CUE = re.compile(r"\b(?:vilka|alla|visa|lista|ge mig|sammanställ\w*|översikt\w* över)\s+(?:\w+\s+){0,2}"
                         r"(?:siffror\w*|statistik\w*|nyckeltal\w*|tal)\b|\bsiffror(?:na)?\s+(?:om|över|kring|på)\b|"
                         r"\b(?:what|which|all(?: the)?|list(?: the)?|show(?: me)?(?: the)?)\s+(?:\w+\s+){0,2}"
                         r"(?:figures|numbers|statistics)\b|\b(?:figures|numbers|statistics)\s+(?:on|about|for)\b", re.I)
SERIES_CUE = re.compile(r"\b(?:över tid|över åren|år för år|månad för månad|utvecklats|utvecklingen|förändrats|"
                        r"tidsserie\w*|trend\w*|over time|over the years|year by year|month by month|developed|changed)\b", re.I)
# A question after head counts: "hur många", "antalet", "number of".
COUNT_ASKED = re.compile(r"\b(?:antal\w*|hur många|how many|number of)\b", re.I)
QUANTITY_CUE = re.compile(r"\b(?:hur många|antal\w*|andel\w*|siffr\w*|how many|number of|share of|proportion)\b", re.I)

# Values of which a statement holds one only: a role, the way a report was presented. A claim
# that gives one where the sentence bearing out the rest gives another is contradicted. Each
# value in both languages; the first word of a value names it in a verdict.
ALTERNATIVES: dict[str, tuple[tuple[str, re.Pattern], ...]] = {
    group: tuple((value, re.compile(pattern, re.I)) for value, pattern in values) for group, values in {
        "role": (
            ("vice ordförande", r"\bvice[- ]?ordförande\w*|\bvice[- ]chair\w*"),
            # "Vem höll i klubban?": who chaired, in the idiom for it.
            ("ordförande", r"(?<!vice )(?<!vice-)\bordförande\w*|(?<!vice )(?<!vice-)\bchair(?:s|ed|ing|man|woman|person)?\b|"
                           r"\b(?:höll|håller|hålla|hållit) i klubban\b|"
                           # "vem ledde mötet", "who led the meeting", "who presided": the chair, by what the chair does.
                           r"\b(?:ledde|leder|leda|lett|led|leads|presided|presides)\s+(?:över\s+|over\s+)?(?:the\s+)?"
                           r"(?:\w*mötet|\w*sammanträdet|\w*meeting|session)\b|\bpresided\b"),
            ("ledamot", r"\bledam(?:ot|öter)\w*|\bmember of the (?:committee|board)\b"),
            ("ersättare", r"\bersättare\w*|\bsubstitute\b|\balternate\b"),
            # "Therese Lind, nämndsekreterare": the secretary of the committee.
            # "vem förde protokollet", "who kept the minutes": the secretary, by what the secretary does.
            ("sekreterare", r"\b\w*sekreterare\w*|\bsecretary\b|\bprotokollför\w*|\bförde\s+protokoll\w*|"
                            r"\b(?:takes|take|taking|kept|keeps|keep|keeping)\s+(?:the\s+)?minutes\b|"
                            # "who wrote up the minutes": any verb on the minutes but approving them (the justerare's).
                            r"\bwho\s+(?!sign|approv|check|verif|adjust|attest)[a-z]+(?:\s+up)?\s+the\s+minutes\b"),
            # "Justerare Sara Widén (M)": who checks and signs the minutes beside the chair.
            ("justerare", r"\bjusterare\b|\bjustera(?:de|t|s)?\s+protokollet\b|\bjusterande\w*|\butses\s+att\s+justera\b|"
                          # "who checked and signed the minutes": two of those verbs.
                          r"\bwho\s+(?:(?:signed|approved|checked|verified|attested)\s+and\s+)?"
                          r"(?:signed|approved|checked|verified|attested)\s+the\s+minutes\b"),
            ("förvaltningschef", r"\bförvaltningschef\w*|\bhead of (?:the )?administration\b"),
        ),
        "manner": (
            ("muntligt", r"\bmuntlig\w*|\boral(?:ly)?\b|\bverbal(?:ly)?\b"),
            ("skriftligt", r"\bskriftlig\w*|\bin writing\b"),
        ),
        # A result against budget is one or the other: "gick med överskott" against "ett underskott mot budget".
        # Going over or under a budget is one of them: "överskred sin budget" against "ett överskott".
        "balance": (
            ("överskott", (r"\böverskott\w*|\bsurplus\w*|\bunder\s+(?:sin\s+|sitt\s+|the\s+|its\s+)?budget\w*|"
                          r"\blägre än budget\w*|\bunderskred\w*(?:\s+(?:sin\s+|sitt\s+)?budget\w*)?|\bunder\s+(?:the\s+|its\s+)?budget\b")),
            ("underskott", (r"\bunderskott\w*|\bdeficit\w*|\böver\s+(?:sin\s+|sitt\s+)?budget\w*|\böverskred\w*(?:\s+(?:sin\s+|sitt\s+)?budget\w*)?|"
                           r"\bbudgetöverskridande\w*|\bhögre än budget\w*|\bover\s+(?:the\s+|its\s+)?budget\b|\boverspen\w*|"
                           r"\bexceeded\s+(?:the\s+|its\s+)?budget\b")),
        ),
        "permanence": (
            ("permanent", r"\bpermanent\w*"),
            ("tillfällig", r"\btillfällig\w*|\btemporär\w*|\btemporar(?:y|ily)\b"),
        ),
    }.items()
}

# Words that carry no fact of their own beyond the stopwords (being there, "among others",
# "also"): a claim is not unsupported for using them where its sentence does not.
LIGHT_WORDS = frozenset(
    "finns fanns finnas bland annat andra exempel exempelvis också även faktiskt just själva "
    "ju nog redan bara endast sammanlagt totalt ligger låg legat fick får fått ärendet".split()
)

# A council body as papers name it, definite or not, with a shared head ("socialtjänst- och
# arbetsmarknadsnämnden"): a claim's body is checked against the one its sentence names.
# A bare "nämnden" or "förvaltningen" points back to whichever body is in context: only a
# named one ("kommunstyrelsen", "arbetsmarknadsnämnden") is compared.
# A word that names a body in any form, the genitive too ("arbetsmarknadsnämndens").
BODY_WORD = re.compile(r"nämnd|styrelse|förvaltning|fullmäktig", re.I)
# A body word with no name in front ("nämndens", "styrelsen"): whichever body is in context.
BARE_BODY = re.compile(r"(?:nämnd|styrelse|förvaltning|fullmäktig)\w*", re.I)
BODY = re.compile(r"\b(?:[a-zåäö]+-\s+och\s+)?(?:[a-zåäö]+(?:nämnd(?:en|er|erna)?|styrelse(?:n|r|rna)?|"
                  r"förvaltning(?:en|ar|arna)?)|[a-zåäö]*fullmäktig(?:e|es)?)\b", re.I)
def bodies_in(text: str) -> set[str]:
    """The council bodies a text names, without their definite ending.

    >>> sorted(bodies_in("placerad under socialtjänst- och arbetsmarknadsnämnden, sedan kommunstyrelsen"))
    ['kommunstyrelse', 'socialtjänst- och arbetsmarknadsnämnd']
    >>> sorted(bodies_in("Kommunfullmäktiges protokoll, efter beredning i kommunstyrelsen"))
    ['kommunfullmäktige', 'kommunstyrelse']
    """
    return {re.sub(r"(?<=nämnd)(?:en|er|erna)$|(?<=styrelse)(?:n|r|rna)$|(?<=förvaltning)(?:en|ar|arna)$|(?<=mäktige)s$", "",
                   " ".join(m.group(0).lower().split())) for m in BODY.finditer(text)}


# The start of something, as opposed to what it became: "från början", "inledningsvis",
# "när jobbtorget drog igång", "at first", "when it was set up".
PHASE_START = re.compile(r"\b(?:från (?:början|starten)|i början|inledningsvis|initialt|till en början|vid starten|"
                         r"när (?:\w+\s+){1,3}(?:startade|drog igång|började|inrättades|kom igång|öppnade)|"
                         r"tidigare (?:låg|var|hörde|fanns|sorterade)|(?:låg|var|hörde|fanns|sorterade) (?:tidigare|förut)|förut|"
                         r"at first|initially|in the beginning|at the start|originally|previously|formerly|"
                         r"when (?:\w+\s+){1,3}(?:started|was set up|was founded))\b", re.I)
# That something starts or opens ("startar", "öppnar", "börjar", "inleds", "opens"): a claim of when.
EVENT_START = re.compile(r"\b(?:start\w*|börjar|började|påbörja\w*|öppna\w*|inleds|inleddes|drar igång|drog igång|igång|invig\w*|"
                         r"opens?|begins?|launch\w*)\b", re.I)
PHASE_LATER = re.compile(r"\b(?:numera|idag|i dag|sedan dess|sedan (?:19|20)\d\d|från och med|därefter|senare|since (?:19|20)\d\d|"
                         r"now|today|currently|since then|later)\b", re.I)

# A sentence that states a change itself ("ökade ... med 56,4 procent", "fell by 93"): a question
# asking how much something grew is answered by quoting it, not by recomputing it.
STATED_CHANGE = re.compile(r"\b(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|ökning\w*|minskning\w*|increased|decreased|"
                           r"rose|fell|grew|an increase|a decrease|a drop)\b[^.]*?\b(?:med|på|by|of)\s+(?:\w+\s+)?\d|"
                           r"\d\s+(?:[^\W\d_]+\s+)?(?:fler|färre|more|fewer)\s+(?:än|than)\b", re.I)
# Between a count and the percentage that restates it: "1 812 personer, vilket motsvarar 19,1", "32 aspiranter (3,0".
RESTATED = re.compile(r"^[^\d.]{0,40}?(?:\bvilket motsvarar|\bmotsvarande|\bmotsvarar|\beller|\bdvs|\bthat is|\bor)\s+[^\d]{0,12}$|"
                      r"^[^\d.(]{0,40}\(\s*$", re.I)
# The words just before a figure that make it a change, not a level: "en ökning med 135", "sjönk med 22",
# "ökade andelen som gick till arbete med 56,4"; a deficit or surplus is one between budget and outcome.
# A question about a change: "hur mycket ökade ...", "how much did ... grow".
CHANGE_ASKED = re.compile(r"\b(?:ök|minsk|steg|stig|sjönk|sjunk|förändr|increas|decreas|grow|grew|rose|rise|fell|fall|chang)\w*", re.I)
CHANGE_BEFORE = re.compile(r"\b(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|ökning\w*|minskning\w*|increased|decreased|"
                           r"underskott\w*|överskott\w*|överskridande\w*|deficit|surplus|overrun|"
                           r"rose|fell|grew|increase|decrease|drop|dropped)\b[^.\d]*?\b(?:med|på|by|of)\s+(?:\w+\s+)?$", re.I)

# Where a question says its answer stands ("enligt stadsdelens redovisning", "according to
# the commissioner"): it points to a document, it is not what a figure counts.
ATTRIBUTION = re.compile(r"\b(?:enligt|according to|as stated in|as reported in)\s+[^?.!;,]*", re.I)

# A question about documents as such (their dates, who signed them), not about what they report.
DOCUMENT_CUE = re.compile(r"\b(?:svar(?:et|en)?|interpellation\w*|protokoll\w*|dokument\w*|skrivelse\w*|tjänsteutlåtande\w*|pressmeddelande\w*|press releases?|"
                          r"motion\w*|rapport(?:en|er|erna)?|yttrande\w*|undertecknade?|signerade?|replies|"
                          r"reply|answers?|minutes|documents?|reports?|signed)\b", re.I)
# Words the rules do not list for what they read another way: a rise or a fall ("budgeten krympte", "it
# shrank"), half a year ("första halvan av 2023" is "första halvåret 2023").
_PLAIN_WORDS = ((re.compile(r"\bkrymp(?:te|t|er)\b", re.I), "minskade"), (re.compile(r"\bras(?:ade|at)\b", re.I), "minskade"),
                (re.compile(r"\bshr(?:ank|unk|inks)\b", re.I), "decreased"),
                (re.compile(r"\b(första|andra)\s+halvan\s+(?:av\s+|på\s+|under\s+)?(?:året\s+)?(?=(?:19|20)\d\d\b)", re.I), r"\1 halvåret "))


def plain_words(text: str) -> str:
    """A question or claim with such words in the words the rules read.

    >>> plain_words("Budgeten krympte med runt 4,5 miljoner"), plain_words("The budget shrank by 4.5 million")
    ('Budgeten minskade med runt 4,5 miljoner', 'The budget decreased by 4.5 million')
    >>> plain_words("hur många fick jobb första halvan av 2023?")
    'hur många fick jobb första halvåret 2023?'
    """
    for pattern, word in _PLAIN_WORDS:
        text = pattern.sub(word, text)
    return text


# Which year is asked: "vilket år", "vilka år", "which year", "what year", "in which year".
YEAR_ASKED = re.compile(r"\b(?:vilket år|vilka år|which years?|what year|in which year|vilket av åren)\b", re.I)
# A kind of paper a question asks of, by the Swedish word papers of that kind use for themselves.
DOCUMENT_KINDS_ASKED = (
    (re.compile(r"\bpressmeddelande\w*|\bpress\s+releases?\b|\bpressrelease\w*", re.I), "pressmeddelande"),
    (re.compile(r"\bmotion(?:en|er|erna)?\b", re.I), "motion"),
    (re.compile(r"\bprotokoll\w*|\bminutes\b", re.I), "protokoll"),
    (re.compile(r"\btjänsteutlåtande\w*", re.I), "tjänsteutlåtande"),
)
# A document's signing asked as an event: "tills svaret skrevs under", "until the reply was signed".
SIGNING_ASKED = re.compile(r"\b(?:skrevs under|undertecknade\w*|signerade\w*|svaret (?:kom|skrevs|gavs)|datera\w*|dated|"
                           r"(?:was |were )?signed|answered|replied|the reply came)\b", re.I)
# A question of two documents: "mellan de två svaren", "between the replies", "båda protokollen".
TWO_DOCUMENTS = re.compile(r"\b(?:två|båda|bägge|two|both)\b|\b(?:svaren|protokollen|skrivelserna|rapporterna|interpellationerna|"
                           r"replies|answers|documents|reports|minutes)\b", re.I)
# "När skrevs rapporten?", "when was the report published": a document's date, asked by
# its making ("skrevs ... in" is enrolment, not writing).
PUBLISHED = re.compile(r"\b(?:datum|what date|which date|publicera\w*|gavs ut|släpptes|utfärdades|skrevs(?!(?:\s+\S+)?\s+in\b)|published|issued|"
                       r"released|written)\b", re.I)

# Abbreviations users type in a chat, spelt out before a question is read: "hur mkt ökade",
# "jmf m 2022", "vem yrkade avslag o varför". Documents write these words out.
CHAT_ABBREVIATIONS = {"mkt": "mycket", "jmf med": "jämfört med", "jfr med": "jämfört med", "jmf m": "jämfört med", "jmf": "jämfört med", "jmfr": "jämfört med",
                      "jfr": "jämfört med", "pga": "på grund av", "p.g.a.": "på grund av", "bl.a.": "bland annat",
                      "bla": "bland annat", "dvs": "det vill säga",
                      "tot": "totalt", "ang": "angående", "o": "och", "resp": "respektive", "ngn": "någon",
                      "ngt": "något", "nån": "någon", "nåt": "något",
                      # Spoken "dom" for "de"/"dem": "hur många av dom fick jobb".
                      "dom": "dem",
                      # Taking part, said the spoken way: "hur många var med i yrkesbron".
                      "var med i": "deltog i", "är med i": "deltar i", "varit med i": "deltagit i",
                      # The municipality's bodies by their initials, in a phrase only: a bare "AMN" or "KS"
                      # is often a reference number's prefix ("Dnr AMN 2013-0304-1").
                      "ordf": "ordförande", "ordf.": "ordförande", "ks ordf": "ordförande i kommunstyrelsen", "ks ordförande": "ordförande i kommunstyrelsen",
                      "an-nämnden": "arbetsmarknadsnämnden"}
# The words a Swedish question puts after "hur", to read a mistyped one by: "hur mnga", "hur myket".
HOW_WORDS = ("många", "mycket", "länge", "lång", "långa", "stor", "stort", "ofta", "gammal", "gamla")
CHAT_ABBREVIATION = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in sorted(CHAT_ABBREVIATIONS, key=len, reverse=True))
                               + r")(?![\w-])", re.I)
