"""score() and explain(): language, relevance, sentiment and stance of one post for one topic.

Pure: the text and topic in, a Score out. Models and lexicons load once, on first use.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.analysis import learned
from bot.analysis import sentiment as engine
from bot.analysis.language import SUPPORTED, detect_language, normalise_code
from bot.analysis.screened import Finder
from bot.analysis.stance import (
    ATTRIBUTION_PATTERNS,
    CLAUSE_BREAK,
    EXEMPLARY_PATTERNS,
    FRAME_PATTERNS,
    FRAME_VALENCE,
    GREETING,
    LEAVE_PATTERNS,
    LEAVE_VALENCE,
    NONE_PATTERNS,
    NONE_VALENCE,
    POLL_PATTERNS,
    REBUTTAL_PATTERNS,
    REGRET_DAMP,
    REGRET_WORDS,
    RHETORICAL_PATTERNS,
    RHETORICAL_VALENCE,
    STAY_PATTERNS,
    STAY_VALENCE,
    Region,
    irony_markers,
    leave_calls,
    pattern_hits,
    thrown_back,
    topical_region,
)
from bot.analysis.text import Token, ends_sentence, tokens_with_breaks, words
from bot.analysis.topic import Match, find_terms
from bot.model import Label, Score, Topic

SCORER_VERSION = "vahti-1.16"
# A sentiment this far from zero reads as positive or negative: VADER's own convention, kept so
# that sentiment labels compare with VADER and with sets labelled at ±0.05.
LABEL_THRESHOLD = 0.05
# A stance this far from zero gets a positive or negative label. VADER's ±0.05 lets one weak
# hint word (a valence of 0.2-0.4: "results", "lupaus") label a plain announcement; ±0.1 asks
# for a sum of about 0.4, i.e. one real evaluative word. Chosen on dev + dev2 together, where
# every threshold from 0.02 to 0.15 scores within 0.01 and 0.08-0.12 best.
STANCE_THRESHOLD = 0.1
NEGATED_LEAVE_VALENCE = 0.8
IRONY_VALENCE = -1.0
# Words that introduce mock praise: "Just great...", "Just loistavaa".
_MOCKING = frozenset({"just", "juuri", "jaa", "oh"})
_NOT_WORDS = frozenset(words("not no never ei eikä inte ej aldrig"))
_POINTING = frozenset(words("tätä tämä tässä this that det detta"))
_DEEDS = frozenset(
    words(
        "won got received signed launched delivered published secured opened completed finished saved cut fixed "
        "solved resolved voitti sai"
    )
)
# "It has just delivered": "just" after an auxiliary is "recently", not mockery.
_AUXILIARIES = frozenset(words("has have had is was were are 've 's on oli ovat olivat har hade är var"))
REBUTTAL_VALENCE = 1.0
# "not yet decided", "ännu inte", "ei vielä": a status report, not a complaint about nothing.
_NOT_YET = re.compile(
    r"\b(?:ännu\s+inte|inte\s+ännu|inte\s+än|not\s+yet|(?:no|nothing)\s+\w+\s+(?:yet|so\s+far)"
    r"|(?:not|n't)\s+\w+\s+(?:anything|any\s+\w+)\s+yet|ei\s+(?:\w+\s+)?vielä"
    # what costs nothing extra is news, not a complaint: "it costs nothing beyond the fee"
    r"|costs?\s+nothing|kostar\s+(?:ingenting|inget)|ei\s+maksa\s+mitään)\b",
    re.IGNORECASE,
)
# What was promised and is not there yet is a complaint after all: "yksikään luvatuista aineistoista
# ei ole vielä käytössä".
_PROMISED = re.compile(
    r"\b(?:luva\w+|lupa(?:si|sivat|ttiin|ttu|ama\w*|uksen\w*)|promised|utlova\w*|lovade|lovat)\b", re.IGNORECASE
)
# An invitation to answer that follows a question makes it a poll.
_INVITATION: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"(?:kerro|kertokaa|vastaa|vastaa kyselyyn|kommentoi|kirjoita|kirjoittakaa|kiinnostaisi kuulla|kuulisin mielelläni|ehdotuksia otetaan"
        r"|kyllä\s*/?\s*ei)\b"
    ),
    "sv": re.compile(
        r"(?:säg till|tyck till|svara|berätta|kommentera|skriv|nyfiken på vad ni tycker|nyfiken på (?:era|dina) (?:erfarenheter|svar|tankar)|hör gärna|förslag välkomnas"
        r"|ja\s*/?\s*nej)\b"
    ),
    "en": re.compile(
        r"(?:have your say|tell us|let us know|answer|vote|comment|replies welcome|thoughts welcome|curious\s*[.!]?$"
        r"|curious (?:what|to hear what|how) (?:you|colleagues|others|everyone|people|other \w+) (?:think|see it)"
        r"|curious (?:about|to see) (?:the numbers|the figures|your experiences?|the answers?)|(?:would )?love to hear|(?:suggestions|ideas|tips) welcome|yes\s*/?\s*no)\b"
    ),
}
_NEVER = re.compile(r"(?!)")
# "better than we had hoped", "som vi hade hoppats": a wish that came true is no complaint.
_FULFILLED_BEFORE = re.compile(
    r"\b(?:than|as|än|som|kuin|kuten)\s+(?:(?:we|i|they|anyone|everyone|many|vi|jag|de|man|alla|me|minä|he|kukaan|moni"
    r"|had|hade|olimme|oli|olin|us)\s+){0,2}$"
)
# What a statement proposes is its content, not a demand on the partner: "Kannanotossa esitetään,
# että kustannukset otettaisiin nykyistä paremmin huomioon", "the statement proposes that".
_PROPOSED_BEFORE = re.compile(
    r"\b(?:esitetään|ehdotetaan|vaaditaan|esittävät|ehdottavat|föreslås|föreslår|kräver|proposes?|propose|calls\s+for)"
    r",?\s+(?:että|att|that)\b"
)
# Frames that wish for what could have been; with nothing good after them they frame nothing.
# ... and so do a sales pitch and "is it still": "mainostettiin laajasti" and "Onko raportti enää
# saatavilla?" frame nothing without praise after them.
_COUNTERFACTUAL_FRAME = re.compile(
    r"have\s+been|olisi\s+voinut|hade\s+kunnat|myytiin|markkinoitiin|mainostettiin|såldes|marknadsfördes"
    r"|\b(?:sold|billed|marketed|pitched|touted)\b|\bonko\b|\bwhether\b"
)
_OWN_SIDE = re.compile(r"\b(?:our|my|vår|vårt|våra|min|mitt|meidän|minun)\s+$")
_AS_A = re.compile(r"(?:\bas\s+(?:a|an|the)|\bsom|\bspeaking\s+for(?:\s+the)?)\s+$", re.IGNORECASE)
# A Finnish role in the essive is the writer's own: "Valtuutettuna", "Luottamusmiehenä totean".
_IN_A_ROLE = re.compile(r"\w+(?:na|nä)\b", re.IGNORECASE)
# ... though "my opponent", "vår motståndare" are not on the writer's side.
_ADVERSARY = re.compile(
    r"(?:opponents?|rivals?|challengers?|motståndar\w*|konkurrent\w*|vastustaj\w*|kilpailij\w*)\b", re.IGNORECASE
)
# "Our council group will propose", "vår fullmäktigegrupp", "valtuustoryhmämme": the writer's side.
_OWN_GROUP = re.compile(
    r"\bvi\s+i\s+(?:\w+\s+){0,2}?\w*grupp\w*|\bwe\s+in\s+(?:the\s+)?(?:\w+\s+){0,2}?group\b"
    r"|\b(?:our|my|vår|vårt|min|mitt)\s+(?:\w+\s+)?(?:group|party|manifesto|programme|program|platform|\w*grupp\w*|parti\w*"
    r"|\w*program\w*)\b|\b\w*(?:ryhmä|ohjelma)(?:mme|stamme|ssamme)\b",
    re.IGNORECASE,
)
_ENDORSED = re.compile(
    r"\b(?:rightly|are\s+right|with\s+good\s+reason|med\s+rätta|har\s+(?:helt\s+|alldeles\s+)?rätt|oikeutetusti|ovat\s+oikeassa"
    r"|ha(?:ve|s)\s+a\s+(?:fair\s+)?point|hard\s+to\s+(?:argue\s+with|disagree)|vaikea\s+olla\s+eri\s+mieltä|har\s+en\s+poäng|svårt\s+att\s+säga\s+emot"
    r"|ovat\s+oikeilla\s+jäljillä|vaikea\s+kiistää|were\s+right|olivat\s+oikeassa|hade\s+rätt"
    # the writer agrees: "I rarely agree with a leader writer this completely", "it's accurate",
    # "says what many of us have been saying"
    r"|what\s+(?:many\s+of\s+us|we|i|some\s+of\s+us)\s+(?:have|has)\s+been\s+saying|exactly\s+right"
    r"|(?:couldn'?t|could\s+not)\s+agree\s+more"
    r"|mitä\s+moni\s+meistä\s+on\s+sanonut|det\s+som\s+många\s+av\s+oss\s+har\s+sagt"
    r"|i\s+(?:(?:fully|completely|entirely|totally|rarely|really|must|have\s+to)\s+)?agree\s+with|^\W*(?:fully\s+)?agree\s+with"
    r"|^\W*i\s+(?:fully\s+|completely\s+)?agree\b(?!\s+(?:with|that))"
    r"|it'?s\s+accurate|it\s+is\s+accurate|spot\s+on|jag\s+delar\s+(?:den\s+|denna\s+)?bedömning\w*"
    r"|i\s+share\s+(?:that|this|the)\s+(?:view|assessment|concern)|jaan\s+(?:tämän\s+|sen\s+)?(?:arvion|näkemyksen|huolen)|osuu\s+(?:täysin\s+)?oikeaan|olen\s+(?:täysin\s+|täsmälleen\s+|aivan\s+|juuri\s+)?samaa\s+mieltä"
    r"|jag\s+håller\s+(?:helt\s+)?med|^\W*håller\s+(?:helt\s+)?med\b|håller\s+(?:jag|vi)\s+(?:helt\s+)?med|träffande"
    r"|(?:couldn't|couldn’t|could\s+not)\s+agree\s+more"
    # "Allekirjoitan täysin", "Hyvä, että joku vihdoin sanoi sen", "Det stämmer", "Hear, hear"
    r"|allekirjoitan|hyvä,?\s+että\s+joku|juuri\s+näin|det\s+stämmer(?!\s+(?:\w+\s+){0,2}?inte)|skriver\s+under\s+på|hear,?\s+hear|that'?s\s+right"
    r"|and\s+deserved\s+ones|(?:well|rightly)\s+said"
    # "I'm somewhat afraid they're right", "I can't argue with it", "Jag delar den bilden helt"
    r"|(?:they|you|he|she)(?:'re|'s|\s+are|\s+is)\s+(?:completely\s+|absolutely\s+|quite\s+|entirely\s+)?right|can'?t\s+argue\s+with\s+(?:it|that|this)|jag\s+delar\s+(?:den\s+|denna\s+)?(?:bilden|uppfattningen|synen)"
    r"|(?:kan\s+bara\s+)?instämma|instämmer|i\s+(?:can\s+only\s+)?concur|voin\s+vain\s+yhtyä|yhdyn\s+(?:tähän|siihen)"
    r"|(?:only\s+)?confirms?\s+(?:it|this|that)|vahvista\w*\s+(?:sen|tämän)|bekräftar\s+(?:det|detta)|osui\s+oikeaan)\b"
)
# A rebuttal that comes before the quoted criticism: "whatever the opposition claims".
_REBUTTED_BEFORE = re.compile(
    r"\b(?:whatever|despite\s+what|contrary\s+to\s+what|no\s+matter\s+what|oavsett\s+vad|trots\s+vad"
    r"|toisin\s+kuin|mitä\s+ikinä)\s+(?:\w+\s+){0,2}$"
)
# "It is not true that ...": the claim that follows is denied.
_DENIED_BEFORE = re.compile(
    r"\b(?:ei\s+pidä\s+paikkaansa|ei\s+ole\s+totta|det\s+stämmer\s+inte|det\s+är\s+inte\s+sant"
    r"|it\s+is\s+not\s+true|it'?s\s+not\s+true|it\s+isn'?t\s+true)\s*,?\s*$"
)
# A question that asks who would claim something denies it: "Who exactly claims Kuntaliitto brings
# Helsinki nothing?", "Kuka oikeasti väittää, ettei Kuntaliitosta ole hyötyä?"
# ... and so does one that asks whether the reader can really mean it: "Ette kai tosissanne väitä, että
# malli on nopeuttanut mitään?", "You can't seriously claim that ...?"
_WHO_CLAIMS = {
    "fi": re.compile(
        r"\W*(?:@\w+\s+)?(?:kuka\s+(?:\w+\s+)?(?:väittää|väitti|sanoo|sanoi|luulee|kuvittelee)"
        r"|(?:ette|et)\s+kai\s+(?:\w+\s+)?(?:väitä|sano|usko|luule)|kuka\s+(?:\w+\s+)?haluaa\s+palata)\b"
    ),
    "sv": re.compile(
        r"\W*(?:@\w+\s+)?(?:vem\s+(?:\w+\s+){0,2}?(?:påstår|påstod|säger|sa|hävdar|tror)"
        r"|(?:ni|du)\s+(?:påstår|menar|säger)\s+väl\s+inte|vem\s+(?:\w+\s+)?vill\s+(?:\w+\s+)?tillbaka)\b"
    ),
    "en": re.compile(
        r"\W*(?:@\w+\s+)?(?:who\s+(?:\w+\s+)?(?:claims?|claimed|says?|said|thinks?|believes?)"
        r"|you\s+(?:can't|cannot|can’t)\s+(?:seriously|really|honestly)\s+(?:claim|say|think|believe|mean)"
        r"|who\s+(?:\w+\s+)?wants?\s+to\s+go\s+back)\b"
    ),
}
# How many tokens after a word of praise an ellipsis still mocks it.
_MOCK_REACH = 5


@dataclass(slots=True)
class _Work:
    """Everything score() finds, kept for explain()."""

    lang: str
    declared: str | None
    matches: list[Match]
    tokens: list[Token]
    sentiment: float
    stance: float | None
    label: Label | None
    all_contributions: list[engine.Contribution]
    stance_contributions: list[engine.Contribution]
    region: Region | None
    leaves: list[tuple[str, bool, tuple[int, int]]]
    extras: list[tuple[str, float]]
    borrowed: bool = False
    rule_stance: float | None = None  # the rules' stance before the learned table is weighed in
    lean: learned.Lean | None = None
    firm: bool = False  # the rules read a construction, so their stance stands


def label_for(value: float, threshold: float = LABEL_THRESHOLD) -> Label:
    """The label of a sentiment (default threshold) or a stance (STANCE_THRESHOLD)."""
    if value >= threshold:
        return "positive"
    if value <= -threshold:
        return "negative"
    return "neutral"


# The trimmings of a meeting: praise of them is faint praise of the cooperation ("kahvi oli hyvää",
# "excellent slides", "utmärkt lunch"), said where nothing better can be said.
_TRIMMING_WORDS = (
    r"\w*kahvi\w*|\w*kaffe\w*|coffee|lunch\w*|lounas|lounaa\w*|\w*tarjoilu\w*|slides|dia[ta]?|dioja|diat|"
    r"presentationer\w*|bulle|bullen|bullar(?:na)?|pulla|pullat|pullaa|pullia|pullien|catering|buffet\w*|pastries|snacks|kakku\w*|tårta\w*|cake|layout"
    r"|ulkoasu\w*|fonts?|fontti\w*|typsnitt\w*|venue|fika\w*|biscuits|keks(?:i|it|ejä|ien|eistä|eillä|ejen|eineen)|pipar\w*"
)
_TRIMMINGS = re.compile(rf"^(?:{_TRIMMING_WORDS})$")
_COPULAS = frozenset(words("oli on olivat ovat var är was were is are"))
FAINT_PRAISE_VALUE = -0.5


# "less scary than", "not as good as", "eivät yhtä pelottavia kuin", "inte lika bra som": the
# thing compared comes after the word that links it.
_COMPARED_WITH = frozenset(words("than as kuin än som"))


def _outdone_by_partner(
    tokens: list[Token], chosen: list[engine.Contribution], term_idx: set[int]
) -> list[engine.Contribution]:
    """A quality denied of something else in comparison with the partner is the partner's, in
    full: "The skeletons in the lobby are less scary than Kuntaliitto's response times" calls the
    response times scary; "Our own team is not as quick as AFM" praises AFM."""
    out: list[engine.Contribution] = []
    for c in chosen:
        negated = any(n.startswith("neg:") for n in c.notes)
        link = c.index + 1
        while negated and link < min(len(tokens), c.index + 3) and tokens[link].lower not in _COMPARED_WITH:
            link += 1
        if negated and link < len(tokens) and tokens[link].lower in _COMPARED_WITH:
            ahead = range(link + 1, min(len(tokens), link + 6))
            stop = next((k for k in ahead if ends_sentence(tokens[k]) or tokens[k].text == ","), len(tokens))
            if any(k in term_idx for k in ahead if k < stop):
                kept = tuple(n for n in c.notes if not n.startswith("neg:"))
                out.append(engine.Contribution(c.index, c.surface, c.entry, c.base, c.base, (*kept, "than-partner")))
                continue
        out.append(c)
    return out


_EITHER_OR = frozenset(words("or eller tai vai"))


def _either_or_asked(
    tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    """A question that offers both verdicts asks, it does not judge: "has the cooperation been
    useful or a failure?", "nyttigt eller misslyckat?"."""
    last = {s: k for k, s in enumerate(sentence_of)}  # each sentence's last token
    out: list[engine.Contribution] = []
    for c in chosen:
        n = sentence_of[c.index]
        asked = "?" in tokens[last[n]].text
        others = [d for d in chosen if sentence_of[d.index] == n and d.value * c.value < 0]
        linked = any(
            tokens[k].lower in _EITHER_OR
            for d in others
            for k in range(min(c.index, d.index) + 1, max(c.index, d.index))
        )
        out.append(c.reweighed(0.0, "either-or asked") if asked and linked else c)
    return out


def _faint_praise(tokens: list[Token], chosen: list[engine.Contribution]) -> list[engine.Contribution]:
    """Praise of the trimmings ("excellent slides", "kaffet gott") counts as faint praise."""
    out: list[engine.Contribution] = []
    for c in chosen:
        i = c.index + len(c.surface.split())
        after = tokens[i] if i < len(tokens) else None
        before = [t.lower for t in tokens[max(0, c.index - 3) : c.index] if t.kind == "word"]
        trimming = (
            (after is not None and after.kind == "word" and _TRIMMINGS.match(after.lower))
            or (len(before) >= 2 and before[-1] in _COPULAS and _TRIMMINGS.match(before[-2]))
            or (c.index > 0 and tokens[c.index - 1].kind == "word" and _TRIMMINGS.match(tokens[c.index - 1].lower))
        )
        out.append(c.reweighed(FAINT_PRAISE_VALUE, "faint praise") if c.value > 0 and trimming else c)
    return out


# "Tangible output: one memo.", "Konkreettiset tulokset: yksi muistio.": the label of a tally, whose
# figure says how it went; the label itself praises nothing.
_OUTPUT_LABEL = re.compile(r"^(?:tangible|concrete|konkreet\w*|konkret\w*|actual|documented|dokumentoi\w*|mätbar\w*)$")


def _output_label(tokens: list[Token], c: engine.Contribution) -> bool:
    if c.value <= 0 or not _OUTPUT_LABEL.match(c.surface.lower()):
        return False
    start = max((k + 1 for k in range(c.index) if tokens[k].text in ".!?:"), default=0)
    if sum(1 for t in tokens[start : c.index] if t.kind == "word") > 1:
        return False  # the label opens its sentence: not "näkyy yllättävän konkreettisesti: ..."
    after = tokens[c.index + 1 : c.index + 7]
    colon = next((k for k, t in enumerate(after) if t.kind != "word"), None)
    return colon is not None and after[colon].text == ":"


HEADER_WORDS = 3


def _verdict_header(
    tokens: list[Token],
    sentence_of: list[int],
    term_idx: set[int],
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    polled: set[int],
    lang: str,
) -> list[engine.Contribution]:
    """A verdict of a word or three that opens the post before the sentence naming the topic is
    about it: "Disappointing. AFM confirmed today that ...", "Pettymys.", "Delayed AGAIN. Kuntaliitto
    has pushed ...". Returns its contributions that the region left out."""
    if not term_idx or min(sentence_of[i] for i in term_idx) != 1:
        return []
    spoken = [i for i, t in enumerate(tokens) if sentence_of[i] == 0 and t.kind == "word"]
    header = [i for i, n in enumerate(sentence_of) if n == 0]
    if not 0 < len(spoken) <= HEADER_WORDS or any(tokens[i].kind == "mention" for i in header):
        return []  # "Spot on, @EmiliaHakala.": an answer to someone
    opener = next((t for i, t in enumerate(tokens) if sentence_of[i] == 1 and t.kind == "word"), None)
    if opener is not None and opener.lower in _HEADER_CONCEDED:
        return []  # "Nice award. But ...": a concession, answered by what follows
    profile = engine.profile_for(lang)
    toned = {c.index + k for c in contributions for k in range(len(c.surface.split()))}
    # only tone, degree and repetition, nothing of another topic: "Pettymys.", "TAAS myöhässä.",
    # "Hieman pettynyt olen." (not "Upea kesäpäivä Kaivopuistossa.", "HIFK won, nice.")
    if not all(
        i in toned
        or tokens[i].lower in profile.boosters
        or tokens[i].lower in profile.negators
        or tokens[i].lower in _HEADER_FILLERS
        or tokens[i].lower.startswith(_THE_CITY)
        for i in spoken
    ):
        return []
    have = {c.index for c in chosen}
    said = [c for c in contributions if sentence_of[c.index] == 0 and c.index not in have and c.index not in polled]
    if len(spoken) == 1 and sum(c.value for c in said) > 0 and tokens[header[-1]].text != "!":
        return []  # a lone "Brilliant." is as often said through gritted teeth
    return said


# The partner's partner: a header about the city is about the cooperation ("NOBODY asked Helsinki.")
_THE_CITY = ("helsin", "helsingfors")
_HEADER_CONCEDED = frozenset(words("but mutta men though however silti kuitenkin ändå dock"))
_HEADER_FILLERS = frozenset(
    words("again taas jälleen igen än en gång olen olin oli on är var was is am so niin så very ok okay")
)


def _term_token_indexes(tokens: list[Token], matches: list[Match]) -> set[int]:
    return {i for i, tok in enumerate(tokens) for m in matches if tok.start < m.end and m.start < tok.end}


def _vader_compound(text: str) -> float:
    """Plain VADER on the whole text: the project's English sentiment."""
    return float(engine.vader().polarity_scores(text)["compound"])  # type: ignore[attr-defined]


def _run(text: str, topic: Topic, lang: str | None) -> _Work:
    text = text if isinstance(text, str) else str(text)
    language = detect_language(text, declared=lang)
    matches = find_terms(text, topic)
    tokens = tokens_with_breaks(text)
    work = _Work(language, normalise_code(lang), matches, tokens, 0.0, None, None, [], [], None, [], [])
    if language not in SUPPORTED:
        return work
    term_idx = _term_token_indexes(tokens, matches)
    analysis = engine.analyse(tokens, language)
    contributions = engine.soften_phatic_emoji([c for c in analysis.contributions if c.index not in term_idx], tokens)
    contributions = [c for c in contributions if not _output_label(tokens, c)]
    contributions = _tallied(text, tokens, contributions)
    if language == "en":
        work.all_contributions = contributions
        work.sentiment = _vader_compound(text)
    else:
        # The bare negations move the sentiment, so they are part of its evidence too.
        work.all_contributions = contributions + _bare_negations(tokens, language, contributions)
        work.sentiment = engine.compound(work.all_contributions, tokens)
    if not matches:
        return work
    # The words that back another's view ("Agree with every word of today's column:", "The
    # editorial is spot on:", "osuu täysin oikeaan:") judge that view; the view itself is the stance.
    # Backing criticism by name stays: "har helt rätt i sin kritik".
    # The partner itself proved right is praise of it: "Kuntaliitto is right to push the ministry".
    backing = [
        m.span()
        for m in _BACKING.finditer(text)
        if not any(
            0 <= m.start() - t.end <= BACKED_PARTNER_GAP and not _SENTENCE_BREAK.search(text, t.end, m.start())
            for t in matches
        )
    ]
    contributions = [c for c in contributions if c.value < 0 or not _within(tokens[c.index].start, backing)]
    if _CORRECTED.search(text) and not _NOT_CORRECTED.search(text):
        # An error told together with its correction ("the invoice will be corrected next week; the
        # error came from ...", "Rättade fakturor skickas i augusti") is mended: the error is news,
        # and how it was handled is the verdict.
        contributions = [
            c.reweighed(0.0, "corrected") if c.value < 0 and _ERROR_WORD.match(tokens[c.index].lower) else c
            for c in contributions
        ]
    profile = engine.profile_for(language)
    region = topical_region(
        tokens,
        term_idx,
        {c.index for c in contributions if abs(c.value) >= WEAK_TONE},
        lang=language,
        contrast=profile.contrast,
        negators=profile.negators,
        weak_contrast=profile.weak_contrast,
        conceded=_conceded_starts(tokens, language),
    )
    work.region = region
    # Questions put to the audience ask and opening greetings greet: neither judges the topic.
    polled = _poll_questions(tokens, language) | _salutations(tokens, term_idx)
    chosen = [
        c.reweighed(c.value * engine.N_SCALAR, "denied") if c.index in region.flipped else c
        for c in contributions
        if c.index in region.indexes and c.index not in polled
    ]
    extras: list[tuple[str, float]] = []
    sentence_of = _sentence_ids(tokens)
    chosen += _verdict_header(tokens, sentence_of, term_idx, contributions, chosen, polled, language)
    chosen = _faint_praise(tokens, chosen)
    chosen = _outdone_by_partner(tokens, chosen, term_idx)
    chosen = _either_or_asked(tokens, sentence_of, chosen)
    # A greeting or welcome of its own ("Tervetuloa molempiin!", "Trevlig helg!") is manners, even
    # where it refers back to the topic.
    greetings = _greeting_sentences(text, tokens, sentence_of)
    greeted = greetings - {sentence_of[i] for i in term_idx}
    chosen = [c for c in chosen if sentence_of[c.index] not in greeted]
    chosen, quoted, quoted_spans = _attributed(text, tokens, sentence_of, chosen, region, language, contributions)
    # Leaving proposed by others ("Perussuomalaisten ryhmä esittää eroamista") is reported.
    reported: list[tuple[int, int]] = []
    # Leaving or staying asked about in a question to the audience is asked, not called for.
    asked_holes = _token_runs(tokens, polled)
    leaves = leave_calls(text, _minus(region.spans, asked_holes), language, reported)
    # The sentences after the topic's name nothing else: a verdict there is about it ("That is what
    # influence looks like."), and a post about leaving goes on about it without naming the partner
    # again ("There's talk of Helsinki leaving AFM. Walking out now would mean ... Stay.").
    further = _following_spans(text, tokens, sentence_of, region, term_idx) + _conditional_mains(text, region)
    stay_spans = _minus(region.spans + further, asked_holes + quoted_spans)
    leaves += leave_calls(text, _minus(further, asked_holes), language, reported)
    # those who call for it are reported, not calling: "Eroa Kuntaliitosta vaativat unohtavat, että ..."
    demanded = [span for _w, _n, span in leaves if _DEMANDERS.match(text[span[1] :])]
    reported += demanded
    leaves = [leave for leave in leaves if leave[2] not in demanded]
    # a call told as others' view in a later sentence is theirs too: "... kaksi ryhmää lopettaisi yhteistyön"
    told_later = _told_sentences(text, tokens, sentence_of, [span[0] for _w, _n, span in leaves], language)
    reported += [span for _w, _n, span in leaves if _within(span[0], quoted_spans + told_later)]
    leaves = [leave for leave in leaves if not _within(leave[2][0], quoted_spans + told_later)]
    leaves, refusals = _leaving_refused(text, tokens, sentence_of, leaves, work.matches)
    chosen = [c for c in chosen if sentence_of[c.index] not in refusals]
    polls, poll_spans = _poll_answered(text, tokens, sentence_of, work.matches, language)
    if polls:
        # the answer to a voting-advice statement is the stance; the statement's own words are not
        leaves = [leave for leave in leaves if not _within(leave[2][0], poll_spans)]
        chosen = [c for c in chosen if not _within(tokens[c.index].start, poll_spans)]
        stay_spans = _minus(stay_spans, poll_spans)
        extras += polls
    leaves, supposed = _supposed_leaving(text, leaves)
    chosen, answered, answers = _judged_proposals(text, tokens, sentence_of, chosen, contributions, reported, language)
    extras += answered
    work.leaves = leaves
    for _word, neg, (a, _b) in leaves:
        # "One outage is not a reason to leave": the trouble named before it is conceded, not held
        # against the cooperation.
        if neg and _NO_REASON_BEFORE.search(text[:a].lower()):
            begins = max(text.rfind(ch, 0, a) for ch in ".!?\n") + 1
            chosen = [c for c in chosen if not (c.value < 0 and begins <= tokens[c.index].start < a)]
    # A call to leave made in mockery ("Oh sure, let's quit AFM and ... What could possibly go
    # wrong? 🙃") argues for staying: the call counts as refused, and the sarcasm is at the idea.
    # So is leaving that "someone" finds a reason for every year, with a sign of sarcasm: "Varje sommar
    # hittar någon en ny anledning att lämna Kommunförbundet. ... 🙃"
    mocked_call = bool(leaves) and bool(
        _MOCK_CALL.search(text) or (_SOMEONE_LEAVING.search(text) and irony_markers(text))
    )
    for word, neg, _span in leaves:
        extras.append(
            (f"{word}(mocked)", NEGATED_LEAVE_VALENCE)
            if mocked_call
            else (word, NEGATED_LEAVE_VALENCE if neg else LEAVE_VALENCE)
        )
    if leaves or supposed:
        # The words of a call to leave are the call: "better" in "better off outside" is no praise.
        inside = [span for _w, _n, span in leaves + supposed]
        chosen = [c for c in chosen if not any(a <= tokens[c.index].start < b for a, b in inside)]
    judged: list[tuple[int, int]] = []  # where leaving is supposed and judged
    judging: list[tuple[int, int]] = []  # the words that judge it
    described: list[tuple[int, int]] = []  # the words that only describe it
    for word, _neg, (a, b) in supposed:
        # "Eroaminen Kuntaliitosta olisi karhunpalvelus": what leaving would bring is judged, so a
        # bad outcome of leaving speaks for the cooperation, and a good one against it. So does a
        # gain named just before it: "vad staden skulle vinna på att lämna".
        gain = _GAIN_BEFORE.search(text[:a].lower())
        if gain is not None:
            judging.append((gain.start(), a))
            judged.append((gain.start(), b))
        ends = next(
            (t.start for t in tokens if t.start >= b and t.kind == "punct" and t.text[0] in ".!?…\n"), len(text)
        )
        if _JUDGED_NEXT.match(text[ends + 1 :]):
            first_next = ends + 1
            ends = next(
                (t.start for t in tokens if t.start > ends and t.kind == "punct" and t.text[0] in ".!?…\n"), len(text)
            )
            # the judging sentence may name neither the partner nor "it": "Not a trade worth making."
            chosen = sorted(
                chosen + [c for c in contributions if first_next <= tokens[c.index].start < ends and c not in chosen],
                key=lambda c: c.index,
            )
        # What stands between the leaving and the verb that judges it describes it ("Leaving AFM to
        # save the fee would be penny wise"): the judgement starts at the verb.
        supposed_verb = _SUPPOSED.search(text[b:].lower())
        verb_at = b + supposed_verb.start("verb") if supposed_verb else b
        if verb_at > b:
            described.append((b, verb_at))
        # the judging word may stand in a sentence that names neither the partner nor "it":
        # "Taas joku vaatii eroa Kuntaliitosta. Ero olisi virhe."
        verdict = _JUDGED_AS.match(text[verb_at:].lower())
        if verdict is not None:
            upto = verb_at + verdict.end()
            chosen = sorted(
                chosen + [c for c in contributions if verb_at <= tokens[c.index].start < upto and c not in chosen],
                key=lambda c: c.index,
            )
        judging.append((verb_at, ends))
        judged.append((a, ends))
        extras.append((f"{word}(if leaving)", 0.0))
    chosen = _judging_leaving(tokens, chosen, judging)
    chosen = [c for c in chosen if not _within(tokens[c.index].start, described)]
    for _word, neg, (_a, b) in leaves:
        # Praise in the sentence after a call to leave is more of the call: "Allekirjoitin aloitteen
        # eroamisesta. Se on täysin perusteltu.", "... The fee is better spent elsewhere."
        ends = next((t.start for t in tokens if t.start >= b and ends_sentence(t)), len(text))
        if not neg and not _GREETING_START.match(text[ends + 1 :]):
            nxt = next((sentence_of[i] for i, t in enumerate(tokens) if t.start > ends), None)
            chosen = [
                c.reweighed(c.value * engine.N_SCALAR, "call-praised")
                if c.value > 0 and sentence_of[c.index] == nxt
                else c
                for c in chosen
            ]
    extras += quoted
    chosen, before_now = _before_and_now(text, tokens, sentence_of, region, contributions, chosen, language)
    extras += before_now
    chosen, framed = _framed(text, tokens, sentence_of, chosen, region, language)
    extras += framed
    chosen = _regretted(tokens, sentence_of, chosen)
    chosen = _without_it(text, tokens, sentence_of, work.matches, chosen)
    chosen, unanswered = _answered_questions(text, tokens, sentence_of, chosen, language)
    polled = polled | unanswered
    chosen = _elliptic_denials(text, tokens, sentence_of, region, contributions, chosen, language)
    chosen = _concluded(text, tokens, sentence_of, region, contributions, chosen, polled, language)
    # the writer's answer to others' proposal to leave is the answer, not tone: "En kannata."
    chosen = [c for c in chosen if sentence_of[c.index] not in answers]
    extras += _graded(text, tokens, sentence_of, region)
    stays = _stays(text, stay_spans, language)
    extras += stays
    if any(v > 0 for _label, v in stays):
        # "Utträde ur Kommunförbundet? Då får Helsingfors ensam bevaka ... Stanna kvar.": leaving
        # asked about and answered by a call to stay is put only to be turned down
        asked = {word for word, neg, (_a, b) in leaves if not neg and _ASKED_AFTER.match(text[b:])}
        extras = [
            (f"{label}(answered by staying)", NEGATED_LEAVE_VALENCE)
            if label in asked and v == LEAVE_VALENCE
            else (label, v)
            for label, v in extras
        ]
    chosen = _without_counterfactuals(text, tokens, chosen, stay_spans, language)
    # "Det finns inte någon anledning att lämna": the nothing is the reason to leave, no complaint.
    denials: list[tuple[int, int]] = []
    if not any(neg for _w, neg, _s in leaves):
        own = tuple(span for span in region.spans if not _within(span[0], quoted_spans))
        chosen, denied = _nothing_of(text, tokens, chosen, own, language, judged)
        denials = [span for _word, span, _leaving in denied]
        # "Ingen har kunnat visa vad staden skulle vinna på att lämna": nothing to gain by leaving.
        extras += [(f"{word}(nothing gained by leaving)", -NONE_VALENCE) for word, _span, leaving in denied if leaving]
        extras += _complaints(text, _minus(own, denials), language, chosen)
    region_tokens = [tokens[i] for i in sorted(region.indexes)]
    if not chosen and all(label.endswith("(if leaving)") for label, _v in extras):
        # The clauses naming the topic carry no tone: the rest of the post speaks for them
        # ("Pettymys. Kuntaliiton kanssa sovittu malli ei ole tuonut mitään uutta.", "Kuntaliitto
        # lupasi selvityksen keväällä. Ei raporttia, ei aikataulua.", "Leaving AFM would be like
        # ... Helsinki should stay put.").
        elsewhere = (
            greetings
            | _other_subjects(tokens, sentence_of, term_idx)
            | _other_items(text, tokens, sentence_of, term_idx)
        )
        chosen = [c for c in contributions if c.index not in polled and sentence_of[c.index] not in elsewhere]
        # What others think, told in the rest of the post, is still theirs: "Vastaajista 41 prosenttia
        # piti sitä hyödyllisenä", "Majoritetsgrupperna ansåg att modellen fungerar".
        whole = Region(frozenset(c.index for c in chosen), ((0, len(text)),))
        chosen, told, _told_spans = _attributed(text, tokens, sentence_of, chosen, whole, language)
        extras += [(label, v) for label, v in told if v]
        chosen = _judging_leaving(tokens, chosen, judging)
        # "Är det värt avgiften? Inte i nuvarande form.": the answer judges what is borrowed too
        chosen, _unanswered = _answered_questions(text, tokens, sentence_of, chosen, language)
        near = _minus(_topic_sentences(tokens, sentence_of, region), asked_holes + denials)
        chosen, _denied_near = _nothing_of(text, tokens, chosen, near, language, judged)
        extras += _complaints(text, near, language, chosen) + _stays(text, near, language)
        region_tokens = tokens
        work.borrowed = bool(chosen) or any(v for _label, v in extras)
    chosen, corrected = _answered_in_reply(text, tokens, sentence_of, chosen, language)
    extras += corrected
    chosen, recanted = _recanted(text, tokens, sentence_of, term_idx, contributions, chosen, polled)
    extras += recanted
    chosen = _mocked_as_always(text, tokens, sentence_of, chosen, contributions)
    chosen = _sarcastic_verdicts(tokens, sentence_of, chosen)
    chosen = _confounded_expectations(text, tokens, sentence_of, chosen, language)
    if not any(v for _label, v in extras):
        chosen = _answered_by_but(tokens, sentence_of, region, chosen, language)
    chosen = _conceded_before_but(text, tokens, sentence_of, chosen, language)
    chosen = _until_the_partner(tokens, sentence_of, work.matches, chosen)
    chosen = _mind_changed_from_support(text, tokens, chosen)
    chosen, less = _less_so(text, tokens, sentence_of, work.matches, chosen)
    extras += less
    extras += _happy_surprise(text, tokens, sentence_of, work.matches, chosen)
    chosen, trimmings = _best_was_trimmings(text, tokens, chosen)
    extras += trimmings
    # "Too early to say whether the new model helps": judgement suspended in that sentence
    undecided = _undecided_sentences(text, tokens, sentence_of) | _split_sentences(text, tokens, sentence_of)
    if undecided:
        chosen = [c for c in chosen if sentence_of[c.index] not in undecided]
    chosen, quote_post, block = _quote_post(text, tokens, contributions, chosen, work.matches, language)
    extras += quote_post
    quoting = _quoting_spans(text, tokens, sentence_of, language) + poll_spans + block
    thrown = thrown_back(text, quoting)
    chosen = [c for c in chosen if not _within(tokens[c.index].start, thrown)]
    markers = (
        irony_markers(text, skip=quoting) + _mock_praise(tokens, chosen) + _echoed_praise(text, tokens, contributions)
    )
    markers += ["mocked call"] if mocked_call else []
    markers += [
        f"thanks:{m.group().strip()}"
        for m in _MOCK_THANKS.finditer(text)
        # "Thanks for yet another excellent seminar" is thanks after all
        if not any(
            c.value > 0 for c in contributions if m.end() <= tokens[c.index].start < _sentence_stop(text, m.end())
        )
    ]
    mocked_claim = _MOCKED_CLAIM.search(text)
    if mocked_claim is not None:
        # only a critic's claim is mocked so: the quoted words find fault ("useless", "gör ingenting"),
        # unlike a promise quoted to be laughed at ("Sure, it will land 'next quarter'.")
        quoted_at = mocked_claim.start("quoted")
        quote_tone = sum(c.value for c in contributions if quoted_at <= tokens[c.index].start < mocked_claim.end())
        if quote_tone >= 0 and not _FAULT_WORDS.search(mocked_claim.group("quoted")):
            mocked_claim = None
    # Critics' claims are read only where there is sarcasm to aim (most posts have none), and not
    # where the writer agrees with them: "Councillors who call the fee 'a waste' have a point".
    if markers and (
        mocked_claim
        or mocked_call
        or (not _ENDORSED.search(text) and _critics_claim(text, tokens, contributions))
        or (_CRITICS_MOCKED.search(text) and any(c.value > 0 for c in chosen))
    ):
        # Sarcasm at the critics of good news ("Oppositio on järkyttynyt: selvitys valmistui ajallaan.
        # Mikä skandaali 🙃"): their dismay is what is mocked, the news stands.
        chosen = [c.reweighed(abs(c.value), "irony at critics") if c.value < 0 else c for c in chosen]
        extras.append((f"irony at critics:{markers[0]}", -IRONY_VALENCE))
    elif markers:
        chosen = [c.reweighed(-abs(c.value), "irony") if c.value > 0 else c for c in chosen]
        extras.append((f"irony:{markers[0]}", IRONY_VALENCE))
    chosen, contrasted = _contrasted_with_other(text, tokens, contributions, chosen, work.matches)
    extras += contrasted
    compared = (
        _compared(text, work.matches, quoted_spans)
        or _promised_and_delivered(text)
        or _fee_against_cost(text)
        or _wait_changed(text, _minus(region.spans, quoted_spans))
    )
    if compared and not any(label.endswith("(compared)") for label, _v in extras):
        extras += compared
    figured = sum(v for label, v in extras if label.endswith("(compared)"))
    if figured:
        # "... säästyi 6,4 miljoonaa. Laskekaa itse.": the sum to do is the one the figures set
        chosen = [
            c.reweighed(math.copysign(abs(c.value), figured), "as figured") if c.entry in _SAYS_IT_ALL else c
            for c in chosen
        ]
    elif said_all := [c for c in chosen if c.entry in _SAYS_IT_ALL and c.value < 0]:
        # the writer's own choice to go on is what it says: "We're renewing the agreement ... Draw
        # your own conclusions.", "Vi förlänger avtalet ... Det säger väl det mesta."
        went_on = [
            c
            for c in said_all
            if _WE_GO_ON.search(_sentence_text(text, tokens, sentence_of, sentence_of[c.index] - 1)[1])
            # ... or before it in its own sentence: "We are extending it ..., which says a lot"
            or _WE_GO_ON.search(
                text[_sentence_text(text, tokens, sentence_of, sentence_of[c.index])[0] : tokens[c.index].start].lower()
            )
        ]
        chosen = [c.reweighed(-c.value, "went on") if c in went_on else c for c in chosen]
    if not figured and not compared and (scorecard := _SCORECARD.search(text)) is not None:
        # "Promised in March: a case system. Delivered in December: a feasibility study.": the two set
        # side by side, with no figure that settles it, are a complaint; the labels carry no tone
        labels = [(scorecard.start(), scorecard.end("promised")), (scorecard.start("delivered"), scorecard.end())]
        chosen = [c for c in chosen if not _within(tokens[c.index].start, labels)]
        extras.append((f"{scorecard.group('promised')} … {scorecard.group('delivered')}(compared)", -COMPARED_VALENCE))
    # ... or more than another city pays: "Tampere pays Kuntaliitto €1.08 per resident. Helsinki pays €1.39.
    # Same services."
    # (the rare "same services" first, so that most posts skip the figures)
    dearer = (_DEARER.search(text) or _dearer_than_others(text)) if _SAME_SERVICE.search(text) else None
    same = _SAME_SERVICE.search(text, dearer.end()) if dearer is not None else None
    if dearer is not None and same is not None:
        extras.append((f"{dearer.group()} … {same.group()}(compared)", -COMPARED_VALENCE))
    missing = _WHERE_PROMISED.search(text)
    if missing is not None:
        extras.append((f"{missing.group().strip()}(missing)", MISSING_PROMISE_VALENCE))
    if _ANSWERING.match(text):
        # "Svar på @AnnaS frågor: Ja, ... Nej, avtalet har inte sagts upp.": the answers' yes and no
        chosen = [c for c in chosen if tokens[c.index].lower not in _YES_NO]
    if _NOTICE.match(text) or (_RESCHEDULED.search(text) and not _AGAIN_OR_USUAL.search(text)):
        # A post under a notice's label tells logistics: "late comments cannot be included", "offline
        # on Saturday", "Myöhässä tulleita kommentteja ei voida huomioida" are rules, not complaints.
        # Faint praise there is advice ("luonnokset kannattaa tallentaa"); a strong word is a verdict.
        chosen = [c for c in chosen if c.value >= NOTICE_PRAISE]
        extras = [(label, v) for label, v in extras if v >= 0]
    if poll_spans:
        chosen = [c for c in chosen if not _within(tokens[c.index].start, poll_spans)]
    summary = _SUMMARY.match(text)
    if summary is not None:
        # "Thread summary: some of you ..., others ... Please keep it civil.": a moderator's summary
        # reports every side, and its thanks are manners
        chosen, extras = [], [(f"{summary.group().strip()}(summary)", 0.0)]
    work.stance_contributions = chosen
    work.extras = extras
    total = sum(c.value for c in chosen) + sum(v for _, v in extras)
    bonus = engine.exclamation_bonus(region_tokens)
    total += bonus if total > 0 else -bonus if total < 0 else 0.0
    stance = engine.normalise(total)
    work.rule_stance = round(stance, 4)
    # The rules and the learned table together (see learned.py); where the rules read a
    # construction rather than plain words, their reading stands.
    work.firm = bool(work.leaves or extras or any(c.notes for c in chosen))
    rule_label = label_for(stance, STANCE_THRESHOLD)
    if work.firm:
        work.stance, work.label = work.rule_stance, rule_label
    else:
        work.lean = learned.stance_table().lean(text, language)
        work.stance, work.label = learned.combine(work.rule_stance, rule_label, work.lean, firm=False)
    return work


_SUMMARY = re.compile(
    r"\W*(?:(?:thread|discussion|debate)\s+summary|summary\s+of\s+the\s+(?:thread|discussion|debate)"
    r"|(?:keskustelun|ketjun)\s+yhteenveto|yhteenveto\s+(?:keskustelusta|ketjusta)"
    r"|sammanfattning\s+av\s+(?:tråden|diskussionen|debatten|kvällens\s+debatt))\b",
    re.IGNORECASE,
)


# Asking where the promised thing is: "Where's the support AFM promised?", "Missä se Kuntaliiton
# lupaama tuki oikein on?", "Var är det utlovade stödet?"
_WHERE_PROMISED = re.compile(
    r"\bwhere(?:'s|’s|\s+is|\s+are)\s+(?:the|all\s+the|that|this)\s+(?:[\w']+\s+){0,4}?(?:promised|we\s+were\s+promised)"
    r"|\bmissä\s+(?:\w+\s+){0,4}?(?:lupaama|luvattu|lupaamat|luvatut)\w*"
    r"|\bvar\s+(?:är|finns)\s+(?:\w+\s+){0,5}?(?:utlova\w*|lovade)",
    re.IGNORECASE,
)
MISSING_PROMISE_VALENCE = -1.5
# Paying more for the same: "Bigger AFM invoice. Same old service.", "Jäsenmaksulasku nousi 11 %,
# palvelut pysyivät täsmälleen samoina.", "Dyrare faktura från Kommunförbundet, samma tjänster."
_DEARER = re.compile(
    r"\b(?:invoice|fee|bill|lasku\w*|jäsenmaksu\w*|faktura\w*|avgift\w*)\b[^.!?]{0,40}?"
    r"\b(?:up|rose|risen|rises|increased|higher|nousi|nousee|kasvoi|kallistui|höjs|höjdes|steg|ökade)\b"
    r"|\b(?:bigger|higher|larger|dyrare|högre|större|kalliimpi|suurempi|isompi)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:invoice|fee|bill|lasku\w*|faktura|avgift)\b",
    re.IGNORECASE,
)


def _dearer_than_others(text: str) -> re.Match[str] | None:
    """The per-resident fee where the city pays more than another city names: the first figure after
    the other city against the first figure after the city's own name ("Tampere pays €1.08 per
    resident. Helsinki pays €1.39.")."""
    per = _PER_RESIDENT.search(text)
    other = _OTHER_PLACES.search(text)
    own = _OWN_CITY.search(text)
    if per is None or other is None or own is None:
        return None
    theirs = _FIGURE.search(text, other.end())
    ours = _FIGURE.search(text, own.end())
    if theirs is None or ours is None or theirs.start() == ours.start():
        return None
    mine, other_pays = _number(ours.group()), _number(theirs.group())
    return per if mine is not None and other_pays is not None and mine > other_pays else None


_OWN_CITY = re.compile(r"\b(?:helsin\w*|helsingfors|we|vi|me)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_PER_RESIDENT = re.compile(
    r"\b(?:per\s+(?:resident|inhabitant|invånare)|asukasta\s+kohden|asukasta\s+kohti)\b", re.IGNORECASE
)
_SAME_SERVICE = re.compile(
    r"\b(?:same(?:\s+old)?\s+services?|services?\s+(?:unchanged|the\s+same)|palvelut\s+samat|palvelut\s+(?:pysyivät|ovat|pysyvät)\s+"
    r"(?:täsmälleen\s+|ihan\s+)?(?:samoina|samat|ennallaan)|samat\s+palvelut|samma\s+tjänster|tjänsterna\s+(?:är\s+)?"
    r"(?:oförändrade|desamma|samma))\b",
    re.IGNORECASE,
)


# --- Stance carried by a comparison of durations or of counts of trouble -----------------------
# "Espoo took six weeks to answer; Kuntaliitto turned it round in two days." "Ennen mallia
# tarkistus vei 11 työpäivää. Nyt aikaa kuluu neljä päivää." "we had 40 open disputes before AFM
# came in, and 12 now." The side of the partner (or of "now") against the other side (another
# city, "before", "instead of"): less time or less trouble on the partner's side speaks for it.
COMPARED_VALENCE = 1.6
_NUMBER_WORDS = {
    **dict.fromkeys(("one", "a", "an", "yksi", "yhden", "yhdessä", "en", "ett"), 1.0),
    **dict.fromkeys(("two", "kaksi", "kahden", "kahdessa", "två"), 2.0),
    **dict.fromkeys(("three", "kolme", "kolmen", "kolmessa", "tre"), 3.0),
    **dict.fromkeys(("four", "neljä", "neljän", "neljässä", "fyra"), 4.0),
    **dict.fromkeys(("five", "viisi", "viiden", "viidessä", "fem"), 5.0),
    **dict.fromkeys(("six", "kuusi", "kuuden", "kuudessa", "sex"), 6.0),
    **dict.fromkeys(("seven", "seitsemän", "seitsemässä", "sju"), 7.0),
    **dict.fromkeys(("eight", "kahdeksan", "kahdeksassa", "åtta"), 8.0),
    **dict.fromkeys(("nine", "yhdeksän", "yhdeksässä", "nio"), 9.0),
    **dict.fromkeys(("ten", "kymmenen", "kymmenessä", "tio"), 10.0),
    **dict.fromkeys(("eleven", "yksitoista", "elva"), 11.0),
    **dict.fromkeys(("twelve", "kaksitoista", "tolv"), 12.0),
    **dict.fromkeys(("fifteen", "viisitoista", "femton"), 15.0),
    **dict.fromkeys(("twenty", "kaksikymmentä", "tjugo"), 20.0),
    **dict.fromkeys(("thirty", "kolmekymmentä", "trettio"), 30.0),
    **dict.fromkeys(("forty", "neljäkymmentä", "fyrtio"), 40.0),
    **dict.fromkeys(("fifty", "viisikymmentä", "femtio"), 50.0),
}
_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# days per unit
_UNITS = (
    (r"min(?:ute|uut|ut)\w*", 1 / 1440),
    (r"hours?|tunni\w*|tunti\w*|timm\w*", 1 / 24),
    (r"(?:working\s+)?days?|(?:työ)?päivä\w*|(?:arbets)?dag(?:ar|en|s)?|dygn\w*|vuorokau\w*", 1.0),
    (r"weeks?|viiko\w*|viikk\w*|veck\w*", 7.0),
    (r"months?|kuukau\w*|månad\w*", 30.0),
    (r"years?|vuotta|vuoden|vuodessa|år", 365.0),
)
_DURATION = re.compile(
    rf"\b(?P<num>{_NUMBER})\s+(?:\w+\s+)?(?P<unit>" + "|".join(f"(?:{u})" for u, _d in _UNITS) + r")\b"
    r"|\b(?P<fixed>next\s+morning|the\s+same\s+day|the\s+next\s+day|a\s+fortnight|a\s+(?:full\s+)?quarter|seuraavana"
    r"\s+(?:aamuna|päivänä)|samana\s+päivänä|nästa\s+(?:morgon|dag)|samma\s+dag"
    r"|(?:ett\s+)?halvår|puoli\s+vuotta|puolessa\s+vuodessa|half\s+a\s+year)\b",
    re.IGNORECASE,
)
_FIXED_DAYS = {"fortnight": 14.0, "quarter": 91.0, "halvår": 182.0, "vuotta": 182.0, "vuodessa": 182.0, "year": 182.0}
# Trouble counted: fewer is better.
_TROUBLE = re.compile(
    rf"\b(?P<num>{_NUMBER})\s+(?:\w+\s+){{0,2}}?(?:disputes?|complaints?|errors?|backlog|(?:\w+)?riita\w*|valitu\w*"
    r"|virhe\w*|(?:\w+)?tvist\w*|klagomål\w*|fel"
    # forms to fill in: "four forms before, eleven now"
    r"|forms?|(?:\w+)?lomake\w*|(?:\w+)?formulär\w*|blankett\w*"
    # the meetings it took to agree: "in two meetings ... has so far taken eleven"
    r"|meetings|möten|mötet|kokousta|kokouksessa|palaveria|palaverissa)\b",
    re.IGNORECASE,
)
_BARE_NUMBER_END = re.compile(rf"\b(?P<num>{_NUMBER})(?:\s+(?:now|nyt|nu|today))?\W*$", re.IGNORECASE)
_OTHER_SIDE = re.compile(
    r"^\W*(?:before|ennen|aiemmin|före|förr|tidigare|in\s+the\s+nordic)\b|\b(?:instead\s+of|sijaan|i\s+stället\s+för)\b"
    r"|\b(?:before\s+(?:the\s+\w+|\w+\s+came)|ennen\s+\w+|före\s+\w+|the\s+year\s+before|året\s+innan)",
    re.IGNORECASE,
)
_NOW_SIDE = re.compile(
    r"\b(?:now|nyt|nu|nykyään|numera|today|i\s+dag|idag|tänään|since\s+\w+|sedan\s+\w+|with|med|kautta|this\s+year"
    r"|tänä\s+vuonna|i\s+år)\b",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r",\s+(?:and\s+|ja\s+|och\s+)?(?=\S)|\s+[–—]\s+")


# A wait that went from one length to another: "waiting times have gone from six weeks to four
# months", "svarstiden ... från två dagar till tre veckor". Longer is worse.
_FROM_TO = re.compile(
    r"\b(?:from|från)\s+(?P<was>[^.!?]{1,30}?)\s+(?:to|till)\s+(?P<now>[^.!?,;]{1,30})", re.IGNORECASE
)
_WAIT_WORDS = re.compile(
    r"\b(?:wait\w*|response\s+times?|processing\s+times?|turnaround|queues?|väntetid\w*|svarstid\w*"
    r"|handläggningstid\w*|kötid\w*|kön)\b",
    re.IGNORECASE,
)


def _wait_changed(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, float]]:
    """See _FROM_TO: a wait told in the parts about the topic that grew or shrank."""
    if not _WAIT_WORDS.search(text):
        return []
    for a, b in spans:
        part = text[a:b]
        m = _FROM_TO.search(part)
        if m is None or not _WAIT_WORDS.search(part):
            continue
        was, now = _DURATION.search(m.group("was")), _DURATION.search(m.group("now"))
        if was is None or now is None:
            continue
        before, after = _in_days(was), _in_days(now)
        if before is None or after is None or before == after:
            continue
        return [(f"{was.group()} → {now.group()}(compared)", COMPARED_VALENCE if after < before else -COMPARED_VALENCE)]
    return []


def _in_days(m: re.Match[str]) -> float | None:
    fixed = m.group("fixed")
    if fixed:
        last = fixed.lower().split()[-1]
        return _FIXED_DAYS.get(last, 1.0)
    number = _number(m.group("num"))
    unit = m.group("unit").lower()
    for pattern, days in _UNITS:
        if re.fullmatch(pattern, unit):
            return None if number is None else number * days
    return None


def _number(said: str) -> float | None:
    said = said.lower()
    if said in _NUMBER_WORDS:
        return _NUMBER_WORDS[said]
    try:
        return float(said.replace(",", "."))
    except ValueError:
        return None


def _compared(text: str, matches: list[Match], told: list[tuple[int, int]] | None = None) -> list[tuple[str, float]]:
    """A comparison of how long something took, or of how much trouble there was, between the
    partner's side and another side; see COMPARED_VALENCE. Each quantity takes the side of its
    sentence, or of its clause where a sentence holds both sides."""
    if not (_DURATION.search(text) or _TROUBLE.search(text) or _MONTH.search(text)):
        return []
    told = told or []
    for pattern in (_DURATION, _TROUBLE, _MONTH):
        sides: dict[str, list[tuple[str, float]]] = {"partner": [], "other": []}
        per_unit: float | None = None  # days per unit of the first quantity, for a bare number after it
        for a, b in _spans_between(text, _SENTENCE_CUT):
            if _within(a, told) or any(x <= a < y or a <= x < b for x, y in told):
                continue  # a comparison told by others is theirs: "Enligt preliminära uppgifter ..."
            sentence = text[a:b]
            clauses = _spans_between(sentence, _CLAUSE_CUT)
            quantities: list[tuple[int, str, float]] = []
            for m in pattern.finditer(sentence):
                value = (
                    _in_days(m)
                    if pattern is _DURATION
                    else _month(m.group("month") or (m.group("month_fi") or "")[:-3])
                    if pattern is _MONTH
                    else _number(m.group("num"))
                )
                if value is None:
                    continue
                quantities.append((m.start(), m.group(), value))
                if per_unit is None and pattern is not _MONTH:
                    number = _number(m.group("num")) if m.group("num") else None
                    per_unit = value / number if pattern is _DURATION and number else 1.0
            if per_unit is not None:
                # the unit said once: "... took eleven working days. Now it takes four.", "40 open
                # disputes before AFM came in, and 12 now", "19 days for an answer instead of 4"
                bare = _BARE_NUMBER_END.search(sentence)
                number = None if bare is None else _number(bare.group("num"))
                if (
                    bare is not None
                    and number is not None
                    and number < 1000
                    and all(bare.start() >= at + len(said) for at, said, _v in quantities)
                ):
                    quantities.append((bare.start(), bare.group().strip(" .!?"), number * per_unit))
            if not quantities:
                continue
            if len(quantities) == 2 and _INSTEAD.search(sentence):
                # "our members wait 19 days for an answer instead of 4"
                cut = _INSTEAD.search(sentence)
                assert cut is not None
                for at, said, value in quantities:
                    side = "other" if at > cut.start() else _side(sentence[: cut.start()], a, a + cut.start(), matches)
                    if side:
                        sides[side].append((said, value))
                continue
            for at, said, value in quantities:
                if len(quantities) > 1:
                    ca, cb = next(((x, y) for x, y in clauses if x <= at < y), (0, len(sentence)))
                    side = _side(sentence[ca:cb], a + ca, a + cb, matches)
                else:
                    side = _side(sentence, a, b, matches)
                if side:
                    sides[side].append((said, value))
        if len(sides["partner"]) == 1 and sides["other"]:
            # against one other side, or several ("Before the model it was 9. Oulu reports 7."):
            # better or worse than all of them
            ours, mine = sides["partner"][0]
            values = [value for _said, value in sides["other"]]
            if min(values) <= mine <= max(values):
                continue
            better = mine < min(values)
            theirs = sides["other"][0][0]
            return [(f"{ours} vs {theirs}(compared)", COMPARED_VALENCE if better else -COMPARED_VALENCE)]
    return []


# When something arrives, before and now: "Before the new model we had the forecasts in September.
# Routed through Kuntaliitto they now arrive in November": later is worse.
_MONTH_NAMES = (
    ("january", "tammikuu", "januari"),
    ("february", "helmikuu", "februari"),
    ("march", "maaliskuu", "mars"),
    ("april", "huhtikuu", "april"),
    ("may", "toukokuu", "maj"),
    ("june", "kesäkuu", "juni"),
    ("july", "heinäkuu", "juli"),
    ("august", "elokuu", "augusti"),
    ("september", "syyskuu", "september"),
    ("october", "lokakuu", "oktober"),
    ("november", "marraskuu", "november"),
    ("december", "joulukuu", "december"),
)
_MONTH = re.compile(
    r"\b(?:(?:i|in|at)\s+(?:slutet|början|mitten|the\s+end|early|late|mid)(?:\s+(?:av|of))?|in|by|i|till)\s+(?P<month>"
    + "|".join(n for names in _MONTH_NAMES for n in names if n != "may")
    + r")\b"
    r"|\b(?P<month_fi>(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuussa)\b",
    re.IGNORECASE,
)


def _month(said: str | None) -> float | None:
    if not said:
        return None
    said = said.lower()
    return next((float(k) for k, names in enumerate(_MONTH_NAMES) if said in names), None)


_SENTENCE_CUT = re.compile(r"[.!?]+(?:\s+|$)|;\s+")
_INSTEAD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|sijaan|asemesta|i\s+stället\s+för|istället\s+för)\b", re.IGNORECASE
)


def _spans_between(text: str, cut: re.Pattern[str]) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in cut.finditer(text)] + [len(text)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def _side(part: str, a: int, b: int, matches: list[Match]) -> str | None:
    """Which side of a comparison a sentence or clause speaks of: the other one ("before",
    another city), the partner's (it names the partner, or "now"), or neither."""
    if _OTHER_SIDE.search(part) or (_names_other_place(part) and not any(a <= m.start < b for m in matches)):
        return "other"
    if any(a <= m.start < b for m in matches) or _NOW_SIDE.search(part):
        return "partner"
    return None


# What was promised against what came: "Luvattu: alusta vuonna 2024. Toteutunut: ... aikaisintaan
# 2026", "piti tuoda 15 prosentin säästöt, toteuma on kaksi prosenttia". A later year, or a smaller
# share than promised, is a shortfall; an earlier year or a larger share beats the promise.
_PROMISED_SIDE = re.compile(
    r"\b(?:promised|luvattu|luvattiin|lupasi|lupasivat|utlovat|utlovades|lovade|piti\s+(?:tuoda|tuottaa|olla)"
    r"|was\s+supposed\s+to"
    r"|were\s+supposed\s+to|skulle\s+ge|target)\b",
    re.IGNORECASE,
)
_DELIVERED_SIDE = re.compile(
    r"\b(?:delivered|toteutunut|toteutui|toteuma|levererat|levererades|utfallet|the\s+outcome|in\s+reality)\b",
    re.IGNORECASE,
)
# A promise and what came, each under its own label: "Luvattu: ... Toimitettu: ...", "Utlovat: ... Levererat: ..."
_SCORECARD = re.compile(
    r"(?:^|(?<=[.!?\n]\s))\W*(?P<promised>promised|luvattu|luvattiin|utlovat|utlovades|lovat)\b[^:.!?\n]{0,30}:"
    r"[^.!?\n]{3,}[.!?\n]\s*\W*(?P<delivered>delivered|toimitettu|saatiin|saatu|toteutunut|levererat|levererades|fick\s+vi|got)"
    r"\b[^:.!?\n]{0,30}:",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?P<num>20\d\d)\b")
_SHARE = re.compile(rf"\b(?P<num>{_NUMBER})\s*(?:%|prosent\w*|procent\w*|percent|per\s+cent)", re.IGNORECASE)


# What a dated promise is "still" waiting for, a sentence later: "Kuntaliitto lupasi, että järjestelmä
# olisi käytössä 2022. Nyt ... palkanlaskijat käyttävät yhä kolmea eri ohjelmaa."
# ... unless it is still on time: "Still on schedule.", "Yhä aikataulussa."
_STILL = re.compile(
    r"\b(?:still|yhä|vieläkään|edelleen(?:kään)?|fortfarande|alltjämt|ännu)\b"
    r"(?!\s+(?:\w+\s+)?(?:on\s+(?:track|schedule|time)|aikataulussa|ajallaan|i\s+fas|i\s+tid|enligt\s+plan))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _promised_and_delivered(text: str) -> list[tuple[str, float]]:
    promised = _PROMISED_SIDE.search(text)
    if promised is None:
        return []
    delivered = _DELIVERED_SIDE.search(text, promised.end())
    if delivered is None:
        end = _SENTENCE_END.search(text, promised.end())
        if end is None or not _YEAR.search(text, promised.end(), end.start()):
            return []
        still = _STILL.search(text, end.end())
        return [(f"{promised.group()} by a year, {still.group()}(compared)", -COMPARED_VALENCE)] if still else []
    said, came = text[promised.start() : delivered.start()], text[delivered.start() :]
    for pattern, later_is_worse in ((_YEAR, True), (_SHARE, False)):
        before = [_number(m.group("num")) for m in pattern.finditer(said)]
        after = [_number(m.group("num")) for m in pattern.finditer(came)]
        if len(before) != 1 or not after or before[0] is None or after[0] is None:
            continue
        if after[0] == before[0]:
            return []
        short = after[0] > before[0] if later_is_worse else after[0] < before[0]
        label = f"{promised.group()} {before[0]:g} vs {delivered.group()} {after[0]:g}(compared)"
        return [(label, -COMPARED_VALENCE if short else COMPARED_VALENCE)]
    return []


# The fee against the cost of doing the work alone: "Omat juristit samoihin tehtäviin maksaisivat
# 1,5 miljoonaa", "Kuntaliiton jäsenmaksu on alle puolet siitä".
_MONEY = re.compile(
    r"(?:€\s?(?P<keur>\d+(?:[.,]\d+)?)\s?k\b|€\s?(?P<eur>\d+(?:[.,]\d+)?)\s?(?:m|million|mn)\b"
    r"|\b(?P<num>\d+(?:[.,]\d+)?)\s*(?:m€|milj\.?|miljoonaa|miljoner|million)(?:\s+(?:euroa|euro|euros))?)",
    re.IGNORECASE,
)


def _millions(m: re.Match[str]) -> float | None:
    """An amount of money in millions: "€1.3m", "2,3 miljoonaa", "€180k"."""
    if m.group("keur"):
        thousands = _number(m.group("keur"))
        return None if thousands is None else thousands / 1000
    return _number(m.group("eur") or m.group("num"))


_FEE = re.compile(
    r"\b(?:fee|fees|membership|jäsenmaksu\w*|jäsenyy\w*|medlemsavgift\w*|medlemskap\w*|pays?\s+\w+)\b", re.IGNORECASE
)
_ALONE = re.compile(
    r"\b(?:own|in-house|alone|oma|omat|oman|omien|yksin|egen|eget|egna|ensamma|själva)\b", re.IGNORECASE
)
_HALF = re.compile(
    r"\b(?:less\s+than\s+half|under\s+half|alle\s+puolet|mindre\s+än\s+hälften|under\s+hälften)\b", re.IGNORECASE
)


def _fee_against_cost(text: str) -> list[tuple[str, float]]:
    if not _MONEY.search(text) or not _FEE.search(text):
        return []
    saved = _fee_against_savings(text) if _SAVED.search(text) else []
    if saved or not _ALONE.search(text):
        return saved
    fee: float | None = None
    own: float | None = None
    half = False
    for a, b in _spans_between(text, _SENTENCE_CUT):
        sentence = text[a:b]
        amounts = [_millions(m) for m in _MONEY.finditer(sentence)]
        if _ALONE.search(sentence) and not amounts and fee is not None:
            # the unit said once: "Egna jurister ... skulle kosta ungefär 1,5."
            bare = re.search(r"(\d+(?:[.,]\d+)?)\W*$", sentence)
            amounts = [_number(bare.group(1))] if bare else []
        if _ALONE.search(sentence) and amounts and amounts[0] is not None and own is None:
            own = amounts[0]
        elif _FEE.search(sentence):
            if amounts and amounts[0] is not None and fee is None:
                fee = amounts[0]
            half = half or bool(_HALF.search(sentence))
    if own is None:
        return []
    if fee is None and half:
        fee = own / 2
    if fee is None or fee == own:
        return []
    return [(f"fee {fee:g} vs going alone {own:g}(compared)", COMPARED_VALENCE if fee < own else -COMPARED_VALENCE)]


# What the cooperation saved, set against the fee: "Jäsenmaksu 1,9 miljoonaa. Yhteishankinnoista säästyi
# 6,4 miljoonaa.", "Membership fee: €2.2m. Documented savings: €0.18m."
_SAVED = re.compile(
    r"\b(?:saved|savings|saving|returned|säästy\w*|säästi\w*|säästö\w*|säästet\w*|sparade|sparat|besparing\w*"
    r"|inbesparing\w*)\b",
    re.IGNORECASE,
)


def _fee_against_savings(text: str) -> list[tuple[str, float]]:
    fee: float | None = None
    saved: float | None = None
    for a, b in _spans_between(text, _SENTENCE_CUT):
        sentence = text[a:b]
        amounts = [_millions(m) for m in _MONEY.finditer(sentence)]
        if not amounts or amounts[0] is None:
            continue
        if _SAVED.search(sentence) and saved is None:
            saved = amounts[-1] if _FEE.search(sentence) else amounts[0]
        elif _FEE.search(sentence) and fee is None:
            fee = amounts[0]
    if fee is None or saved is None or fee == saved:
        return []
    return [(f"fee {fee:g} vs saved {saved:g}(compared)", COMPARED_VALENCE if saved > fee else -COMPARED_VALENCE)]


# Other places a comparison may set the partner against ("Espoo took six weeks", "Vantaalta tuli").
_OTHER_PLACES = re.compile(
    r"\b(?:espoo\w*|esbo\w*|vantaa\w*|vanda\w*|tampere\w*|tammerfors\w*|turku\w*|åbo|oulu\w*|uleåborg\w*|stockholm\w*"
    r"|tallinn\w*|turu(?:n|ssa|sta|lle|lta)|tukholm\w*|göteborg\w*|gothenburg|malmö\w*|köpenhamn\w*|copenhagen"
    r"|kööpenhamin\w*|oslo\w*|lahde\w*|lahti|lahtis|jyväskylä\w*|kuopio\w*|vaasa\w*|porvoo\w*|borgå|riika\w*|riga"
    r"|tartu\w*|reykjavik\w*|nordic\s+capitals|pohjoismai\w*|nordiska\s+huvudstäder\w*|ministry|ministeriö\w*|ministeriet"
    # the city's other partners by name: "HUS answers our questions within a week"
    r"|hus|hsl|hsy|hrt|hrm)\b",
    re.IGNORECASE,
)


def _names_other_place(part: str) -> bool:
    return bool(_OTHER_PLACES.search(part))


# --- The partner set against another partner by contrast ------------------------------------------
# "Tallinnan kanssa vaihto sujuu hienosti, Kuntaliiton kanssa taas jokainen asia kestää kuukausia."
# "Med Esbo blev det gräl, men med Kommunförbundet har förnyelsen gått enligt tidtabellen." The
# other partner's tone is about the other partner; where the partner's own part has no tone of its
# own, the contrast says it is the opposite.
_PIECE_CUT = re.compile(
    r",\s+|;\s+|\s+[–—]\s+|\s+(?=(?:but|whereas|while|men|medan|mutta|kun\s+taas)\s)", re.IGNORECASE
)
_CONTRAST_MARK = re.compile(
    r"\b(?:but|whereas|while|however|on\s+the\s+other\s+hand|men|medan|däremot|mutta|taas|sen\s+sijaan|puolestaan"
    r"|(?:the|quite\s+the)\s+opposite|päinvastoin|päinvastai\w+|tvärtom|det\s+motsatta|motsatsen)\b",
    re.IGNORECASE,
)
# "... has been the opposite", "tvärtom": the other side's tone turned round, whatever the lexicon says
_OPPOSITE = re.compile(r"\b(?:opposite|päinvastoin|päinvastai\w+|tvärtom|motsatta|motsatsen)\b")
# "Ski tracks are perfect, unlike the cooperation with Kuntaliitto": the partner is the opposite.
_UNLIKE_WORDS = r"(?:unlike|toisin\s+kuin|till\s+skillnad\s+från|i\s+motsats\s+till)\b"
_UNLIKE = re.compile(r"^\W*" + _UNLIKE_WORDS, re.IGNORECASE)
_UNLIKE_ANYWHERE = re.compile(r"\b" + _UNLIKE_WORDS, re.IGNORECASE)
_LIKEWISE = re.compile(r"\b(?:too|also|as\s+well|likewise|myös|samoin|också|likaså|även)\b", re.IGNORECASE)
# A part that opens with the partner or another place set side by side: "With Kuntaliitto we ...",
# "Med Esbo ...", "Kuntaliiton kanssa ...", "Från Kommunförbundet får vi ...".
_OPENS_WITH_SIDE = re.compile(
    r"^\W*(?:(?:with|from|med|från|av)\s+(?:\w+\s+){0,2}?\w+|\w+\s+(?:\w+\s+)?(?:kanssa|kautta))\b", re.IGNORECASE
)


def _contrasted_with_other(
    text: str,
    tokens: list[Token],
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    matches: list[Match],
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """See _PIECE_CUT above. Returns the contributions without the other partner's tone, and the
    stance the contrast gives the partner's part when that part has no tone of its own."""
    if not matches or not (_OTHER_PLACES.search(text) or _UNLIKE_ANYWHERE.search(text)):
        return chosen, []
    pieces = [
        (a + x, a + y, a)
        for a, b in _spans_between(text, _SENTENCE_CUT)
        for x, y in _spans_between(text[a:b], _PIECE_CUT)
    ]
    extras: list[tuple[str, float]] = []
    for (a0, b0, s0), (a1, b1, s1) in itertools.pairwise(pieces):
        other, ours = text[a0:b0], text[a1:b1]
        unlike = bool(_UNLIKE.match(ours))
        if not (_names_other_place(other) or unlike) or _names_other_place(ours) or _LIKEWISE.search(ours):
            continue
        if any(a0 <= m.start < b0 for m in matches) or not any(a1 <= m.start < b1 for m in matches):
            continue
        # side by side: "Espoon kanssa ..., Kuntaliiton kanssa ...", or a sentence about another
        # partner and then one that opens with the partner ("With Kuntaliitto we mostly get ...")
        side_by_side = _OPENS_WITH_SIDE.match(ours) and (_OPENS_WITH_SIDE.match(other) or (a1 == s1 and a0 == s0))
        if not (_CONTRAST_MARK.search(ours) or side_by_side or unlike):
            continue
        in_other = [c for c in contributions if a0 <= tokens[c.index].start < b0]
        theirs = sum(c.value for c in in_other)
        chosen = [c for c in chosen if not a0 <= tokens[c.index].start < b0]
        if abs(theirs) >= WEAK_TONE:
            chosen = [
                c.reweighed(-math.copysign(abs(c.value), theirs), "opposite")
                if a1 <= tokens[c.index].start < b1 and _OPPOSITE.search(c.entry)
                else c
                for c in chosen
            ]
        own = sum(c.value for c in chosen if a1 <= tokens[c.index].start < b1)
        if abs(own) < WEAK_TONE <= abs(theirs):
            place = _OTHER_PLACES.search(other)
            name = place.group() if place else "unlike"
            extras.append((f"{name} vs partner(contrast)", -COMPARED_VALENCE if theirs > 0 else COMPARED_VALENCE))
    return chosen, extras


BARE_NEGATION_VALENCE = -0.45
# A word this faint ("results", +0.2) does not give its clause a tone of its own, so the clauses
# after it may still join the topic's region ("Judge AFM on results, and the results are good").
WEAK_TONE = 0.5


_FIRST_PERSON = frozenset(words("i i'm i've i'd i'll i’m i’ve i’d i’ll"))
# English capitalises the calendar. A wait counted from a month or day ("unanswered since early
# November") names nothing else; a date in a notice ("seminar on 5 June", "starts Friday") marks
# the sentence as the notice's own.
_CALENDAR = frozenset(
    words(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday"
    )
)


def _other_subjects(tokens: list[Token], sentence_of: list[int], term_idx: set[int]) -> set[int]:
    """Sentences without the topic that name something else ("Sunny afternoon in Kalasatama."):
    their tone is about that, not lent to the topic. The partner city does not count."""
    topic = {sentence_of[i] for i in term_idx}
    found: set[int] = set()
    first_word = -1  # the sentence's first word, after any @mentions and #hashtags that open it
    for i, tok in enumerate(tokens):
        if i == 0 or sentence_of[i - 1] != sentence_of[i]:
            first_word = -1
        if first_word < 0 and tok.kind == "word":
            first_word = i
        if sentence_of[i] in topic or tok.kind != "word" or not tok.text[:1].isupper():
            continue
        if re.match(r"helsin|helsingfors", tok.lower) or tok.lower in _FIRST_PERSON or _waited_since(tokens, i):
            continue  # the partner city, "I", "I'm" and how long a wait has run name nothing else
        if tok.text.isupper():
            # an acronym names something else ("HUS", "HSL"); a word in capitals shouts
            if 2 <= len(tok.text) <= 5 and not _shouted(tokens, sentence_of, i):
                found.add(sentence_of[i])
        elif i != first_word:
            found.add(sentence_of[i])
    return found


def _waited_since(tokens: list[Token], i: int) -> bool:
    if tokens[i].lower not in _CALENDAR:
        return False
    before = [t.lower for t in tokens[max(0, i - 2) : i]]
    return before[-1:] == ["since"] or (before[-1:] in (["early"], ["late"], ["mid"]) and before[:1] == ["since"])


def _shouted(tokens: list[Token], sentence_of: list[int], i: int) -> bool:
    """Whether token i's sentence is written mostly in capitals."""
    mine = [
        t for k, t in enumerate(tokens) if sentence_of[k] == sentence_of[i] and t.kind == "word" and len(t.text) > 1
    ]
    return sum(t.text.isupper() for t in mine) * 2 > len(mine)


# A post that answers questions put to the writer: "Svar på @AnnaS frågor:", "Vastaus @MarjaK:n kysymyksiin:".
_ANSWERING = re.compile(
    r"^\W*(?:svar\s+på\s+(?:\S+\s+){0,3}?frågor(?:na)?|vastau\w*\s+(?:\S+\s+){0,3}?kysymyksiin"
    r"|(?:answers?\s+to|answering|in\s+answer\s+to|replying\s+to)\s+(?:\S+\s+){0,3}?questions)\b",
    re.IGNORECASE,
)
_YES_NO = frozenset(words("ja nej kyllä ei yes no joo jo"))
NOTICE_PRAISE = 1.5
# A notice's label opening the post: "REMINDER:", "Service notice:", "MUISTUTUS:", "Påminnelse:".
_NOTICE = re.compile(
    r"^\W*(?:reminder|(?:service\s+|maintenance\s+)?notice|meeting\s+note|correction|muistutus|tiedote|ilmoitus|huoltokatko"
    r"|käyttökatko|korjaus|oikaisu|påminnelse|meddelande|driftavbrott|serviceavbrott|rättelse|obs|huom|huomio|nb"
    r"|(?:storm|weather|cold|heat|flood|wind|cold\s+weather|severe\s+weather)\s+warning|\w+varoitus|\w+varning|tiedoksi|fyi"
    r"|för\s+kännedom|status\s+update|tilannekatsaus|lägesrapport"
    # a writer's own news: its feelings are about the writer's move, not the cooperation
    r"|(?:some\s+)?personal\s+news|henkilökohtai\w*\s+uutis?\w*|personlig\w*\s+nyhet\w*)"
    r"\s*[:!–—-]",
    re.IGNORECASE,
)
# A cancellation or move told as a notice, with the new date to follow: "The joint seminar has been
# cancelled because the keynote speaker is ill. A new date will follow." Not when it is told as a
# pattern ("cancelled again", "as usual").
_RESCHEDULED = re.compile(
    r"\b(?:(?:a\s+)?new\s+(?:date|time)\s+will\s+(?:follow|be\s+(?:announced|confirmed|set))"
    r"|uusi\s+(?:päivä|päivämäärä|ajankohta)\s+(?:ilmoitetaan|tiedotetaan|vahvistetaan)"
    r"|nytt\s+datum\s+(?:meddelas|kommer|bekräftas|tillkännages)"
    # a status with the next step dated: "Seuraava tapaaminen on 27.11.", "Nästa möte hålls den 27 november."
    r"|seuraava\s+(?:tapaaminen|kokous|neuvottelu\w*)\s+(?:on|pidetään)\s+\d|nästa\s+(?:möte|sammanträde)\s+(?:hålls|är)\s+(?:den\s+)?\d"
    r"|the\s+next\s+(?:meeting|round)\s+is\s+(?:on\s+)?\d)",
    re.IGNORECASE,
)
_AGAIN_OR_USUAL = re.compile(
    r"\b(?:again|as\s+usual|as\s+always|once\s+more|taas|jälleen|kuten\s+aina|tavalliseen\s+tapaan|igen|som\s+vanligt|som\s+alltid)\b",
    re.IGNORECASE,
)
# A round-up lists items that do not share a tone: "Viikko 14:", "Vecka 20:", "This week:".
_ROUND_UP = re.compile(
    r"^\W*(?:(?:viikko|vecka|week|vko|v\.)\s*\d+|this\s+week|last\s+week|tällä\s+viikolla|tämä\s+viikko"
    r"|viikon\s+\w+|den\s+här\s+veckan|veckan\s+i\s+\w+|veckan\s+som\s+gick|week\s+in\s+\w+)\b[^:.!?\n]{0,30}:",
    re.IGNORECASE,
)
# A sentence that turns to another matter: "Separately, ...", "Muuten ...", "På ett helt annat plan: ...".
_NEW_ITEM = re.compile(
    r"^\W*(?:(?:and|och|ja)\s+)?(?:separately|elsewhere|meanwhile|in\s+other\s+news|on\s+(?:a\s+)?(?:different|another|other)\s+\w+"
    r"|also\s+today|myös\s+tänään|också\s+i\s+dag"
    r"|muuten|toisaalla|toisessa\s+asiassa|sitten\s+muihin|annars|i\s+övrigt|på\s+(?:ett\s+)?(?:helt\s+)?annat"
    r"\s+\w+|i\s+andra\s+nyheter"
    # where a long post turns to its next strand: "Also tomorrow: ...", "Samma vecka ...", "Seuraavaksi ..."
    r"|also\s+(?:tomorrow|tabled|in\s+(?:the\s+)?\w+)|samma\s+vecka|dessutom|seuraavaksi|ensi\s+viikolla|nästa\s+vecka"
    r"|next\s+week|the\s+rest\s+of\s+the\s+post|on\s+your\s+other\s+point|as\s+for|vad\s+gäller|mitä\s+tulee"
    r"|now,?\s+to|the\s+same\s+release)\b",
    re.IGNORECASE,
)


# A sentence that weighs up what came before: "Weighed up, ...", "Kaiken kaikkiaan ...", "Sammantaget ...".
_CONCLUSION = re.compile(
    r"^\W*(?:(?:still|but|yet|and)\s*,?\s*)?(?:weighing\s+(?:it\s+)?(?:all\s+)?up|weighed\s+up|all\s+in\s+all|on\s+balance|overall|in\s+sum|to\s+sum\s+up|in\s+the\s+end|bottom\s+line"
    r"|kaiken\s+kaikkiaan|kokonaisuutena|punnittuna|yhteenvetona|summa\s+summarum|nykyisellään|loppujen\s+lopuksi"
    r"|sammantaget|allt\s+som\s+allt|sammanfattningsvis|totalt\s+sett|vägt\s+samman|i\s+det\s+stora\s+hela)\b"
    # a grade or verdict under its label: "Arvosana: välttävä", "Slutomdöme: underkänt", "Verdict: ..."
    r"|^\W*(?:(?:final\s+)?(?:grade|verdict|score)|(?:loppu)?arvosana|tuomio|(?:slut)?betyg|(?:slut)?omdöme)\s*:"
    # "Tällä tuloksella annan arvosanaksi välttävän."
    r"|^[^.!?]{0,40}\barvosana(?:ksi|ni)\b|^\W*(?:tällä\s+tuloksella|med\s+det\s+resultatet|on\s+this\s+record)\b",
    re.IGNORECASE,
)
# A closing exclamation of one or two words: "Pettymys.", "Absurd.", "Hienoa!" (not thanks or
# season's greetings, which are manners).
_LAST_WORD_VERDICT_WORDS = 2
# What the sentences before a verdict still weigh, and what the verdict weighs (as after "but").
BEFORE_VERDICT = 0.25
VERDICT_WEIGHT = 1.5


def _concluded(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    region: Region,
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    polled: set[int],
    lang: str,
) -> list[engine.Contribution]:
    """Pros and cons weighed up in a closing verdict ("Hyvää: ... Huonoa: ... Nykyisellään tämä
    yhteistyö ei ole rahan arvoista."): the verdict is the stance, and what it weighed up counts
    for a quarter (BEFORE_VERDICT)."""
    if not region.indexes:
        return chosen
    first = min(sentence_of[i] for i in region.indexes)
    verdicts = [
        n
        for n in sorted(set(sentence_of))
        if n > first and _CONCLUSION.match(_sentence_text(text, tokens, sentence_of, n)[1])
    ]
    last = max(sentence_of)
    if not verdicts and last > first:
        closing = _sentence_text(text, tokens, sentence_of, last)[1]
        spoken = [t for t, s in zip(tokens, sentence_of, strict=True) if s == last and t.kind == "word"]
        # thanks and greetings are manners; "I disagree." and "Spot on." answer what others said
        rebuttal = REBUTTAL_PATTERNS.get(lang)
        aside = (
            _GREETING_START.match(closing)
            or GREETING.search(closing)
            or _ENDORSED.search(closing)
            or (rebuttal is not None and rebuttal.search(closing))
        )
        if 0 < len(spoken) <= _LAST_WORD_VERDICT_WORDS and not aside:
            verdicts = [last]
    if not verdicts:
        return chosen
    n = verdicts[-1]
    said = [c for c in contributions if sentence_of[c.index] == n and c.index not in polled]
    if not said and not any(sentence_of[c.index] == n for c in chosen):
        return chosen
    kept = [
        c.reweighed(c.value * BEFORE_VERDICT, "before-verdict") if sentence_of[c.index] < n else c
        for c in chosen
        if sentence_of[c.index] != n
    ]
    verdict = [c.reweighed(c.value * VERDICT_WEIGHT, "verdict") for c in chosen if sentence_of[c.index] == n] or [
        c.reweighed(c.value * VERDICT_WEIGHT, "verdict") for c in said
    ]
    if sum(c.value for c in chosen if sentence_of[c.index] == n - 1) > SAYS_IT_ALL_MIN:
        # "37 of 41 rated the training useful. Says it all.": the figures' own tone is what it says
        verdict = [c.reweighed(abs(c.value), "says-it-all") if c.entry in _SAYS_IT_ALL else c for c in verdict]
    return sorted(kept + verdict, key=lambda c: c.index)


# The writer's side going on with the partner: renewing, extending, widening the work.
_WE_GO_ON = re.compile(
    r"\bwe(?:'re|’re|\s+are|\s+will|'ll|’ll)\s+(?:be\s+)?(?:renewing|extending|expanding|continuing|renew|extend|expand|continue)\b"
    r"|\b(?:jatkamme|laajennamme|uusimme)\b|\bvi\s+(?:förlänger|utvidgar|utökar|fortsätter|förnyar)\b"
)


# A verdict that only points at what was just said: it says what that said (when that said
# something: "Konkreettiset tulokset: yksi muistio" is no praise to point at).
SAYS_IT_ALL_MIN = 0.5
_SAYS_IT_ALL = frozenset(
    {
        "says it all",
        "kertoo kaiken",
        "säger allt",
        "säger det mesta",
        "säger väl det mesta",
        "kertonee kaiken",
        "draw your own conclusions",
        "which says a lot",
        "let the figures speak",
        "i'll let the figures speak",
        "luvut puhukoot puolestaan",
        "mer behöver inte sägas",
        "do the maths",
        "do the math",
        "laskekaa itse",
        "räkna själva",
        "räkna själv",
        "puhukoot luvut puolestaan",
        "let that number do the talking",
        "let the numbers do the talking",
        "låt siffrorna tala",
    }
)


# A grade under its label closes a review or its sentence: "Grade: D.", "Betyg: F", "..., arvosana 8/10".
_GRADE = re.compile(
    r"(?:^|[,;:–—])\W*(?:final\s+)?(?:grade|(?:loppu)?arvosana|(?:slut)?betyg)\s*:?\s*"
    r"(?:(?P<letter>[a-f])[+-]?|(?P<mark>10|[4-9])[+-]?(?:\s*/\s*10)?)\W*$"
)
# Letter grades (A best, F failed) and the Finnish school scale (4 failed, 10 best).
_LETTER_GRADE = {"a": 2.0, "b": 1.0, "c": 0.0, "d": -1.5, "e": -2.0, "f": -2.5}
_MARK_GRADE = {"4": -2.5, "5": -1.5, "6": -0.8, "7": 0.0, "8": 1.0, "9": 1.8, "10": 2.5}


def _graded(text: str, tokens: list[Token], sentence_of: list[int], region: Region) -> list[tuple[str, float]]:
    """The last grade given from the topic's first sentence on: "Kuntaliitto cooperation 2024?
    Grade: F." A grade without words of tone is the verdict all the same."""
    if not region.indexes:
        return []
    first = min(sentence_of[i] for i in region.indexes)
    for n in sorted(set(sentence_of), reverse=True):
        if n < first:
            break
        found = _GRADE.search(_sentence_text(text, tokens, sentence_of, n)[1])
        if found is not None:
            letter, mark = found.group("letter"), found.group("mark")
            value = _LETTER_GRADE[letter] if letter else _MARK_GRADE[mark]
            return [(f"grade:{(letter or mark).upper()}", value)] if value else []
    return []


_IF_CLAUSE = re.compile(r"^\W*(?:jos|if|om|unless|ellei|ifall)\b[^.!?]*$", re.IGNORECASE)


def _conditional_mains(text: str, region: Region) -> tuple[tuple[int, int], ...]:
    """The main clause after an if-clause that names the topic: "Jos Kuntaliitto ei pysty
    osoittamaan hyötyjä, valtuuston on syytä arvioida jäsenyys uudelleen" threatens it."""
    out: list[tuple[int, int]] = []
    for a, b in region.spans:
        comma = text.find(",", max(a, b - 1))
        if comma < 0 or text[b:comma].strip() or not _IF_CLAUSE.match(text[a:comma]):
            continue  # the span must end at (or just short of) the if-clause's comma
        start = comma + 1
        ends = re.search(r"[.!?\n]", text[start:])
        end = start + ends.start() if ends else len(text)
        if not any(x < end and start < y for x, y in region.spans):
            out.append((start, end))
    return tuple(out)


def _following_spans(
    text: str, tokens: list[Token], sentence_of: list[int], region: Region, term_idx: set[int]
) -> tuple[tuple[int, int], ...]:
    """The sentences after the topic's first one that are outside its region and name nothing else."""
    if not region.indexes:
        return ()
    inside = {sentence_of[i] for i in region.indexes}
    others = _other_subjects(tokens, sentence_of, term_idx)
    spans: list[tuple[int, int]] = []
    for n in sorted(set(sentence_of)):
        if n <= min(inside) or n in inside or n in others:
            continue
        idx = [i for i, s in enumerate(sentence_of) if s == n]
        spans.append((tokens[idx[0]].start, tokens[idx[-1]].end))
    return tuple(spans)


# The topic set against what came before: "Kommunförbundssamarbetet däremot går på tomgång",
# "If only the Kuntaliitto cooperation moved at half that speed".
_SET_AGAINST = re.compile(
    r"\b(?:däremot|sen\s+sijaan|puolestaan|by\s+contrast|on\s+the\s+other\s+hand|however)\b|^\W*(?:if\s+only|kunpa|om\s+bara)\b",
    re.IGNORECASE,
)


def _other_items(text: str, tokens: list[Token], sentence_of: list[int], term_idx: set[int]) -> set[int]:
    """Sentences that a round-up lists apart from the topic, or that the topic's sentence turns
    away from: their tone is not lent to the topic."""
    topic = {sentence_of[i] for i in term_idx}
    if not topic:
        return set()
    others = set(sentence_of) - topic
    if _ROUND_UP.match(text):
        return others
    first = min(topic)
    opening = _sentence_text(text, tokens, sentence_of, first)[1]
    found: set[int] = set()
    if _NEW_ITEM.match(opening) or _SET_AGAINST.search(opening):
        found = {n for n in others if n < first}
    # After the topic, a sentence that turns to the next strand starts another matter, which runs
    # until the topic is named again: "Muuten: Kansallisteatterin uusi näytelmä on upea."
    turned = False
    for n in sorted(set(sentence_of)):
        if n in topic:
            turned = False
        elif n > first and (turned or _NEW_ITEM.match(_sentence_text(text, tokens, sentence_of, n)[1])):
            turned = True
            found.add(n)
    return found


def _greeting_sentences(text: str, tokens: list[Token], sentence_of: list[int]) -> set[int]:
    """The sentences that wish the readers well ("Hyvää viikonloppua!", "Trevlig helg!")."""
    found: set[int] = set()
    for sentence in set(sentence_of):
        if GREETING.search(_sentence_text(text, tokens, sentence_of, sentence)[1]):
            found.add(sentence)
    return found


_SUPPOSED = re.compile(
    r"^[^.!?]{0,90}?\b(?P<verb>olisi|olisivat|ois|oisi|olis|vore|skulle\s+\w+|would\s+\w+|\w+'d\s+\w+"
    # any other Finnish verb in the conditional ("eroaminen maksaisi Helsingille enemmän"); "pitäisi" calls
    r"|(?!(?:pitä|tul)isi)\w{2,}(?:isi|isivat|isivät)"
    # a Finnish verb in the conditional after "ei": "eroamalla emme voittaisi mitään"
    r"|(?:en|et|ei|emme|ette|eivät)\s+\w+(?:isi|isi\w{1,2}))\b"
)
# What leaving would gain, said before it: "vad staden skulle vinna på att lämna", "the gain from
# leaving", "mitä Helsinki hyötyisi eroamalla": the gain is the judgement of leaving.
_GAIN_BEFORE = re.compile(
    r"\b(?:vinna|vinner|vann|tjäna|tjänar|spara|sparar|gain|gains|gained|save|saves|saved|saving|savings|benefit|benefits"
    r"|voitta\w*|hyöty\w*|hyöti\w*|säästä\w*)\s+(?:\w+\s+){0,3}?(?:på\s+att|by|from|of|if)\s+(?:\w+\s+){0,1}$"
)
# A sentence of thanks or greeting after a call is manners: "Kiitos kaikille keskustelusta."
_GREETING_START = re.compile(r"^\W*(?:kiitos|tack|thanks|thank\s+you|hyvää|trevlig|have\s+a)\b", re.IGNORECASE)
# "If we walked away from AFM", "Jos Helsinki eroaisi", "Om vi gick ur": leaving only supposed.
_IF_BEFORE = re.compile(r"\b(?:if|jos|om(?!\s+att\b))\s+(?:\w+\s+){0,2}$")
# "om" right before the noun is "about", not "if": "motionen om utträde".
_ABOUT_BEFORE = re.compile(r"\b(?:om|angående|gällande)\s+$")
# "That would be a mistake": the sentence after supposed leaving judges it too.
_JUDGED_NEXT = re.compile(
    r"^\W*(?:(?:that|this|it|se|tämä|det|detta)\s+(?:would|olisi|vore|skulle)\b"
    # "Not a trade worth making.", "Ei sen arvoista.", "Inte värt det."
    r"|not\s+(?:a\s+)?(?:\w+\s+)?worth\b|ei\s+(?:sen\s+)?(?:arvoista|kannata)\b|inte\s+värt\s+det\b"
    # a bare verdict on the idea: "Bad idea.", "Huono ajatus.", "Dålig idé."
    r"|(?:a\s+)?(?:bad|terrible|poor|awful|good|great|huono|kehno|hyvä|dålig|usel|bra)\s+(?:idea|ajatus|idé)(?:\W*$|\s*[.!]))",
    re.IGNORECASE,
)


def _judging_leaving(
    tokens: list[Token], chosen: list[engine.Contribution], judging: list[tuple[int, int]]
) -> list[engine.Contribution]:
    """The words that judge supposed leaving count turned round: a gain from leaving speaks against
    the cooperation, a loss for it."""
    return [
        c.reweighed(c.value * engine.N_SCALAR, "if-leaving") if _within(tokens[c.index].start, judging) else c
        for c in chosen
    ]


# Leaving asked about and then judged: "Att lämna Kommunförbundet nu, mitt i EU-ansökan? Det vore att
# skjuta sig själv i foten."
_ASKED_THEN_JUDGED = re.compile(
    r"^[^.!?]{0,60}\?\s+(?=(?:that|this|it|se|tämä|det|detta)\s+(?:would|olisi|vore)\b"
    # ... or by what would follow: "Leave AFM? Then Helsinki negotiates with the state on its own."
    r"|(?:then|sitten|silloin|då)\b)",
    re.IGNORECASE,
)


def _supposed_leaving(
    text: str, leaves: list[tuple[str, bool, tuple[int, int]]]
) -> tuple[list[tuple[str, bool, tuple[int, int]]], list[tuple[str, bool, tuple[int, int]]]]:
    """Split the calls to leave from leaving that is only supposed and judged ("Leaving AFM now
    would be a mistake", "Att lämna Kommunförbundet vore att kasta ut barnet med badvattnet")."""
    calls = [
        leave
        for leave in leaves
        if not _SUPPOSED.search(text[leave[2][1] :].lower())
        and (
            not _IF_BEFORE.search(text[: leave[2][0]].lower())
            or (leave[0].lower().startswith("utträd") and _ABOUT_BEFORE.search(text[: leave[2][0]].lower()))
        )
        and not _GAIN_BEFORE.search(text[: leave[2][0]].lower())
        and not _ASKED_THEN_JUDGED.match(text[leave[2][1] :])
    ]
    return calls, [leave for leave in leaves if leave not in calls]


def _conceded_starts(tokens: list[Token], lang: str) -> frozenset[int]:
    """The first token of every sentence that opens with a conceded clause."""
    starts = [0] + [i + 1 for i, t in enumerate(tokens) if ends_sentence(t)]
    return frozenset(i for i in starts if engine.concession_end(tokens, i, lang) is not None)


_JUDGING = re.compile(
    r"^\W*(?:(?:minusta|mielestäni|i\s+think|in\s+my\s+view|personally|enligt\s+mig|för\s+min\s+del)\s*,?\s+)?"
    r"(?:se|tämä|det|detta|that|it|this)\s+(?:olisi|vore|skulle\s+vara|would\s+be)\b"
    # "Pidän sitä virheenä", "Jag anser att det vore fel", "I consider it a mistake"
    r"|^\W*(?:pidän|pidämme)\s+(?:sitä|tätä|ajatusta)\b|^\W*(?:jag|vi)\s+(?:anser|tycker)\s+(?:att\s+)?(?:det|detta)\b"
    r"|^\W*(?:i|we)\s+(?:consider|think|believe)\s+(?:it|that|this)\b"
)


_OTHERS_WANTED = re.compile(
    r"\b(?:andra|others|toiset|muut|jotkut|vissa|some)\s+(?:\w+\s+)?(?:ville|wanted|halusivat|vaativat|krävde"
    r"|called\s+for|demanded)\b[^.!?;]*"
    # ... and staying only costed: "weighed the costs of staying in AFM against ...", "kostnaderna för att stanna kvar"
    r"|\b(?:costs?\s+of|kostnader(?:na)?\s+för\s+att)\s+(?:staying|stanna)\b[^.!?;]*",
    re.IGNORECASE,
)


def _stays(text: str, spans: tuple[tuple[int, int], ...], lang: str) -> list[tuple[str, float]]:
    """Calls to stay or build on the cooperation, and holding it up as the model. What others
    wanted, or what staying would cost, is reported: "medan andra ville fördjupa samarbetet"."""
    spans = _minus(spans, [m.span() for m in _OTHERS_WANTED.finditer(text)])
    extras = [
        (f"{word}(stay{',neg' if neg else ''})", -STAY_VALENCE if neg else STAY_VALENCE)
        for word, neg in pattern_hits(STAY_PATTERNS, text, spans, lang)
    ]
    extras += [
        (f"{word}(model{',neg' if neg else ''})", -STAY_VALENCE if neg else STAY_VALENCE)
        for word, neg in pattern_hits(EXEMPLARY_PATTERNS, text, spans, lang)
    ]
    return extras


def _without_counterfactuals(
    text: str, tokens: list[Token], chosen: list[engine.Contribution], spans: tuple[tuple[int, int], ...], lang: str
) -> list[engine.Contribution]:
    """The words of a credit to the cooperation are the credit: "Ilman Kuntaliiton tukea selvitys
    ois jääny puolitiehen" denies no support, and its "ilman" is no complaint."""
    pattern = EXEMPLARY_PATTERNS.get(lang)
    if pattern is None:
        return chosen
    inside = [(a + m.start(), a + m.end()) for a, b in spans for m in pattern.finditer(text[a:b].lower())]
    if not inside:
        return chosen
    return [c for c in chosen if not _within(tokens[c.index].start, inside) or c.value > 0]


def _judged_proposals(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    chosen: list[engine.Contribution],
    contributions: list[engine.Contribution],
    reported: list[tuple[int, int]],
    lang: str,
) -> tuple[list[engine.Contribution], list[tuple[str, float]], set[int]]:
    """Others propose leaving and the next sentence judges the idea ("Vissa vill att Helsingfors
    ska lämna Kommunförbundet. Det vore fel."): its tone is about leaving, so it turns round.
    A plain disagreement ("Olen eri mieltä: ...") answers the proposal: praise of staying. Returns
    the contributions, the extras and the sentences that answer with a plain no or yes."""
    extras: list[tuple[str, float]] = []
    answers: set[int] = set()
    for at, end in reported:
        first = next((i for i, t in enumerate(tokens) if t.start >= at), None)
        if first is None:
            continue
        # The proposal as the subject of its own sentence: "Aloite eroamisesta on mielestäni virhe."
        judged = [c for c in chosen if sentence_of[c.index] == sentence_of[first] and tokens[c.index].start >= end]
        if judged and _JUDGED_SAME.match(text[end:].lower()):
            chosen = [c.reweighed(c.value * engine.N_SCALAR, "if-leaving") if c in judged else c for c in chosen]
            continue
        following = sentence_of[first] + 1
        start, said = _sentence_text(text, tokens, sentence_of, following)
        reply = _AGAINST_IT.search(said) or _FOR_IT.search(said)
        if reply is not None:
            # the writer's own no or yes to it: "I'm against it.", "En kannata.", "men svaret är nej"
            against = reply.re is _AGAINST_IT
            extras.append((f"{reply.group().strip()}(answer)", REBUTTAL_VALENCE if against else LEAVE_VALENCE))
            chosen = [c for c in chosen if sentence_of[c.index] != following]
            answers.add(following)
            continue
        disagreement = REBUTTAL_PATTERNS[lang].search(said) if lang in REBUTTAL_PATTERNS else None
        if disagreement is not None and disagreement.start() < 3:
            extras.append((f"{disagreement.group()}(rebuttal)", REBUTTAL_VALENCE))
            # the words of the answer are the answer: "misstag" in "Det vore ett misstag."
            answer = set(disagreement.group().split())
            chosen = [c for c in chosen if not (sentence_of[c.index] == following and tokens[c.index].lower in answer)]
            continue
        if not _JUDGING.search(said):
            continue
        if not any(sentence_of[c.index] == following for c in chosen):
            # the judging sentence names neither the partner nor "it": "Jag anser att det vore ett misstag."
            chosen = chosen + [c for c in contributions if sentence_of[c.index] == following]
        # The reason after a colon keeps its own tone: "That would be short-sighted: its work has
        # been worth far more to the city."
        reason = start + said.find(":") if ":" in said else len(text)
        chosen = [
            c.reweighed(c.value * engine.N_SCALAR, "if-leaving")
            if sentence_of[c.index] == following and tokens[c.index].start < reason
            else c
            for c in chosen
        ]
    return chosen, extras, answers


# A proposal to leave judged in its own sentence: "... eroamisesta on mielestäni virhe", "... är fel".
_JUDGED_SAME = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:on|oli|olisi|ovat|olivat|är|var|vore|is|was|are|were|would\s+be)\s+(?:\w+\s+){0,2}?"
    r"(?:mielestäni\s+|minusta\s+|enligt\s+mig\s+|in\s+my\s+view\s+)?\w+[^.!?]*[.!?]?"
)
_BEFORE = re.compile(r"^\W*(?:ennen|aiemmin|förr|tidigare|before)\b", re.IGNORECASE)
_BEFORE_LABEL = re.compile(r"^\W*(?:ennen|aiemmin|förr|tidigare|before)\b[^.:!?,;]{0,40}:", re.IGNORECASE)
_NOW = re.compile(r"^\W*(?:nyt|nykyään|nu|numera|now|today)\b", re.IGNORECASE)


def _before_and_now(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    region: Region,
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    lang: str,
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """A before-and-now post ("Ennen: viisi yhteyshenkilöä ja nolla vastausta. Nyt: yksi nimetty
    tyyppi Kuntaliitossa."): when the topic is named in the "before" or the "now" part, what was
    wrong before is the measure of the change, so the "before" part counts turned round. Returns
    the stance's contributions with the "before" part's replaced by their turned-round values."""
    topic_sentences = {sentence_of[i] for i in region.indexes}
    sentences = sorted(set(sentence_of))
    texts = {n: _sentence_text(text, tokens, sentence_of, n) for n in sentences}
    # A "before" sentence that names the topic must be a label ("Before the new model: ..."):
    # "Before the meeting, AFM sent a summary" only tells the time.
    marked = [
        n
        for n in sentences
        if _BEFORE.search(texts[n][1]) and (n not in topic_sentences or _BEFORE_LABEL.search(texts[n][1]))
    ]
    now = [
        n
        for n in sentences
        if _NOW.search(texts[n][1]) and (n in topic_sentences or any(b < n and b in topic_sentences for b in marked))
    ]
    before = [n for n in marked if now and n < now[0]]
    if not before:
        return chosen, []
    then = [
        c.reweighed(c.value * engine.N_SCALAR, "before-now") for c in contributions if sentence_of[c.index] in before
    ]
    chosen = [c for c in chosen if sentence_of[c.index] not in before] + then
    spans = tuple((texts[n][0], texts[n][0] + len(texts[n][1])) for n in before)
    extras = [
        (f"{word}(before-now)", -NONE_VALENCE) for word, _neg in pattern_hits(NONE_PATTERNS, text, spans, lang)[:1]
    ]
    return chosen, extras


# A sentence that only denies what the one before it said: "The bonfire was magical. The AFM
# report was not.", "Mötet var givande. Kommunförbundets förslag var det inte."
_ELLIPTIC_DENIAL: dict[str, re.Pattern[str]] = {
    "fi": re.compile(
        r"\b(?:ei|eivät)(?:\s+(?:ollut|olleet|ole|tehnyt|tehneet|mennyt))?(?:\s+(?:tuonut|tuoneet|tuottanut|toimittanut))?\W*$"
    ),
    "sv": re.compile(r"\b(?:var|är|gjorde|har|blev)\s+(?:det\s+|den\s+|de\s+)?(?:inte|int|icke)\W*$"),
    "en": re.compile(r"\b(?:was|is|were|are|did|does|do|has|have|had)(?:\s+not|n't|n’t)\W*$"),
}
# The answer "No." to a question of one's own: "Was the AFM report useful? No."
_BARE_NO = re.compile(r"^\W*(?:no|nope|ei|nej|inte|not\s+really|ei\s+oikeastaan|inte\s+direkt)\W*$", re.IGNORECASE)
# A sentence that only takes back the one before it: "I had high hopes for the AFM model. Not anymore."
_NO_LONGER = re.compile(
    r"^\W*(?:not\s+any\s*more|no\s+longer|not\s+now|inte\s+(?:nu\s+)?längre|ei\s+en[aä][aä]|en[aä][aä]\s+ei)\W*$",
    re.IGNORECASE,
)


# "Without AFM we would ...", "Ilman Kuntaliittoa Helsinki istuisi ...", "Utan Kommunförbundets jurister hade vi ..."
_WITHOUT_BEFORE = re.compile(r"\b(?:without|ilman|utan)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "utan ett gemensamt förbund", "without the association": the partner without its name
_WITHOUT_PARTNER = re.compile(
    r"\b(?:without|ilman|utan)\s+(?:\w+\s+){0,2}?(?:\w*förbund\w*|\w*liito\w*|\w*liitto\w*|association|partner\w*)\b",
    re.IGNORECASE,
)
_WITHOUT_THIS = re.compile(
    r"\b(?:without\s+(?:it|this|that|them|these)|ilman\s+(?:tätä|sitä|niitä|näitä)|utan\s+(?:den|det|detta|dem|dessa))\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(?:would|could|might|had\s+been|olisi\w*|\w+(?<!kri)(?<!\bto)isi(?:n|mme|tte|vat)?|hade|skulle)\b|\b\w+['’]d\b",
    re.IGNORECASE,
)


def _without_it(
    text: str, tokens: list[Token], sentence_of: list[int], matches: list[Match], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    """What the city would face without the partner speaks for the partner: "Ilman Kuntaliittoa
    Helsinki istuisi ministeriön pöydässä yksin, ja neuvotteluasema olisi heikompi", "Utan
    Kommunförbundets jurister hade vi stått ensamma". The tone after the supposing counts the
    other way round."""
    spans = [(m.start, m.end) for m in matches if _WITHOUT_BEFORE.search(text[max(0, m.start - 30) : m.start])]
    spans += [(m.start(), m.end()) for m in _WITHOUT_PARTNER.finditer(text)]
    # "... Kuntaliiton vertailun mukaan ... Ilman tätä vertailua olisimme arvailleet vuosia.": the
    # partner's work, named in the sentence before, referred back to
    referred = list(_WITHOUT_THIS.finditer(text))
    named = (
        {sentence_of[i] for i, t in enumerate(tokens) if any(m.start <= t.start < m.end for m in matches)}
        if referred
        else set()
    )
    for w in referred:
        at = next((i for i, t in enumerate(tokens) if t.start >= w.start()), None)
        if at is not None and sentence_of[at] - 1 in named and sentence_of[at] not in named:
            spans.append((w.start(), w.end()))
    for start, end in spans:
        first = next((i for i, t in enumerate(tokens) if t.start >= start), None)
        if first is None:
            continue
        sentence = sentence_of[first]
        ends = max(t.end for i, t in enumerate(tokens) if sentence_of[i] == sentence)
        supposed = _CONDITIONAL.search(text, end, ends)
        if supposed is None:
            continue
        chosen = [
            c.reweighed(c.value * engine.N_SCALAR, "without-it")
            if sentence_of[c.index] == sentence
            and tokens[c.index].start >= end
            and not {"without-it", "would-have"} & set(c.notes)
            else c
            for c in chosen
        ]
    return chosen


# Words that open a question to be answered yes or no ("Is the membership worth it?"); a Finnish
# one carries -ko/-kö on its first word ("Onko", "Kannattaako").
_QUESTION_FILLERS = frozenset(words("so well okay ok now niin no noh entä så nå och and"))
_YES_NO_OPENERS = frozenset(
    words(
        "är var har hade om lönar fungerar kan ska skulle finns blir behöver is are was were does do did has have "
        "can will would should"
    )
)
_FI_QUESTION_WORD = re.compile(r"(?<=\w)(?:ko|kö)(?:han|hän|kaan|kään)?$")
_ANSWER_YES = re.compile(
    r"^\W*(?:yes|yep|absolutely|definitely|certainly|of\s+course|kyllä|ehdottomasti|totta\s+kai|ilman\s+muuta|ja|absolut"
    r"|definitivt|självklart|utan\s+tvekan|helt\s+klart|(?:it|that)\s+(?:is|does|has|was)\W*$|det\s+(?:är|gör)\s+det)\b",
    re.IGNORECASE,
)
# The answer told as one: "A year ... later, my answer is no.", "Mitt svar är nej.", "Vastaukseni on ei."
_ANSWER_NO_SAID = re.compile(
    r"\b(?:my|our)\s+answer\s+is\s+(?:a\s+)?(?:clear\s+|simple\s+|firm\s+)?no\b|\b(?:vastaukseni|vastauksemme)\s+on\s+(?:selvä\s+)?ei\b"
    r"|\b(?:mitt|vårt)\s+svar\s+är\s+(?:ett\s+)?(?:klart\s+)?nej\b"
)
_ANSWER_YES_SAID = re.compile(
    r"\b(?:my|our)\s+answer\s+is\s+(?:a\s+)?(?:clear\s+|simple\s+|firm\s+)?yes\b|\b(?:vastaukseni|vastauksemme)\s+on\s+(?:selvä\s+)?kyllä\b"
    r"|\b(?:mitt|vårt)\s+svar\s+är\s+(?:ett\s+)?(?:klart\s+)?ja\b"
)
_ANSWER_NO = re.compile(
    r"^\W*(?:(?:suoraan\s+sanottuna|rehellisesti\s+sanottuna|ärligt\s+talat|honestly|frankly|in\s+short|lyhyesti)\W+)?"
    r"(?:no|nope|not\s+(?:really|yet|in\s+\w+\s+current\s+form|as\s+it\s+stands)|ei|nej|inte|knappast|hardly)\b",
    re.IGNORECASE,
)


def _answered_questions(
    text: str, tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution], lang: str
) -> tuple[list[engine.Contribution], set[int]]:
    """A question put to be answered yes or no judges nothing by itself ("Is the AFM membership
    worth it?"): the answer after it does. "Yes" keeps the question's tone, "No" / "Suoraan
    sanottuna ei" / "Inte i nuvarande form" turns it round, and anything else ("We'll know in
    spring") leaves the question's good words out; their token indexes are returned too, so that
    they are not borrowed back."""
    unanswered: set[int] = set()
    asked = sorted({sentence_of[c.index] for c in chosen})
    for n in asked:
        _start, said = _sentence_text(text, tokens, sentence_of, n)
        if not said.rstrip().endswith("?"):
            continue
        spoken = [t for i, t in enumerate(tokens) if sentence_of[i] == n and t.kind == "word"]
        # a filler before the question ("So, was it worth it?", "No, kannattiko?") is no opener
        while len(spoken) > 1 and spoken[0].lower in _QUESTION_FILLERS:
            spoken = spoken[1:]
        first = spoken[0] if spoken else None
        if first is None:
            continue
        opener = first.lower
        if not (opener in _YES_NO_OPENERS if lang != "fi" else bool(_FI_QUESTION_WORD.search(opener))):
            continue
        _s, answer = _sentence_text(text, tokens, sentence_of, n + 1)
        echo = _FI_QUESTION_WORD.sub("", opener) if lang == "fi" else ""
        if _ANSWER_YES.match(answer) or (echo and re.match(rf"^\W*{re.escape(echo)}\b", answer)):
            continue  # "Onko jäsenyys rahan arvoinen? On."
        later = answer + " " + _sentence_text(text, tokens, sentence_of, n + 2)[1]
        if _ANSWER_YES_SAID.search(later):
            continue  # "Kannattiko? ... vastaukseni on kyllä."
        if _ANSWER_NO.match(answer) or _ANSWER_NO_SAID.search(later):
            chosen = [
                c.reweighed(engine.denied(tokens[c.index].lower, c.value), "answered-no")
                if sentence_of[c.index] == n
                else c
                for c in chosen
            ]
        else:
            # a bad word stays: "Vastaisitteko vihdoin?" is impatience, whatever the answer
            unanswered.update(c.index for c in chosen if sentence_of[c.index] == n and c.value > 0)
            chosen = [c for c in chosen if c.index not in unanswered]
    return chosen, unanswered


def _elliptic_denials(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    region: Region,
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    lang: str,
) -> list[engine.Contribution]:
    """A topic sentence with no tone of its own that only denies the sentence before it: that
    sentence's tone counts, turned round. When the sentence before is the writer's own question
    about the topic ("Was the AFM report useful? It was not."), its tone is turned round."""
    pattern = _ELLIPTIC_DENIAL.get(lang)
    if pattern is None:
        return chosen
    topic_sentences = sorted({sentence_of[i] for i in region.indexes})
    last = sentence_of[-1] if sentence_of else 0
    for n in topic_sentences:
        if (
            n < last
            and not any(sentence_of[c.index] == n + 1 for c in chosen)
            and _NO_LONGER.match(_sentence_text(text, tokens, sentence_of, n + 1)[1])
        ):
            chosen = [
                c.reweighed(c.value * engine.N_SCALAR, "no-longer") if sentence_of[c.index] == n else c for c in chosen
            ]
            continue
        _start, said = _sentence_text(text, tokens, sentence_of, n)
        if n == 0 or any(sentence_of[c.index] == n for c in chosen):
            continue
        _s, before = _sentence_text(text, tokens, sentence_of, n - 1)
        if (
            n - 1 in topic_sentences
            and before.rstrip().endswith("?")
            and (pattern.search(said) or _BARE_NO.match(said))
            and not any(sentence_of[c.index] == n - 1 and "answered-no" in c.notes for c in chosen)
        ):
            chosen = [
                c.reweighed(engine.denied(tokens[c.index].lower, c.value), "answered-no")
                if sentence_of[c.index] == n - 1
                else c
                for c in chosen
            ]
        elif n - 1 not in topic_sentences and pattern.search(said):
            chosen = chosen + [
                c.reweighed(c.value * engine.N_SCALAR, "denied-after")
                for c in contributions
                if sentence_of[c.index] == n - 1
            ]
    return chosen


# A vote with its tally is a result, not a view: "valtuusto hyväksyi jäsenmaksun äänin 58–25",
# "godkändes med rösterna 45–30", "approved by 51 votes to 34".
_TALLY = re.compile(
    r"\b(?:äänin|rösterna|röster|röstade|votes?|voted|ääntä)\b[^.!?]{0,12}?\d+\s*(?:[–—-]|mot|to|vastaan)\s*\d+"
    r"|\d+\s*(?:[–—-]|mot|to|vastaan)\s*\d+\s*(?:äänin|röster|votes)\b|\d+\s+votes?\s+to\s+\d+"
    r"|\b(?:rejected|approved|adopted|passed|defeated|hylättiin|hyväksyttiin|kaatui|avslogs|godkändes|föll)\s+(?:\w+\s+){0,2}?\d+\s*[–—-]\s*\d+",
    re.IGNORECASE,
)
_TALLY_HINT = re.compile(r"\d\s*(?:[–—-]|mot|to|vastaan)\s*\d")
_VOTE_WORDS = re.compile(
    r"^(?:hyväks|hylk|hylä|tyhj|godkän|avslå|avslog|blank|nedlagd|approv|reject|adopt|pass|abstain)", re.IGNORECASE
)


def _tallied(text: str, tokens: list[Token], contributions: list[engine.Contribution]) -> list[engine.Contribution]:
    """Drop the voting words (approved, blank) of a sentence that reports a vote with its tally."""
    if not _TALLY_HINT.search(text) or not _TALLY.search(text):
        return contributions
    sentence_of = _sentence_ids(tokens)
    tallied = {n for n in set(sentence_of) if _TALLY.search(_sentence_text(text, tokens, sentence_of, n)[1])}
    return [c for c in contributions if not (sentence_of[c.index] in tallied and _VOTE_WORDS.match(c.entry))]


def _token_runs(tokens: list[Token], indexes: set[int]) -> list[tuple[int, int]]:
    """The text spans of the runs of consecutive token indexes."""
    runs: list[tuple[int, int]] = []
    for i in sorted(k for k in indexes if k < len(tokens)):
        if runs and i - 1 in indexes:
            runs[-1] = (runs[-1][0], tokens[i].end)
        else:
            runs.append((tokens[i].start, tokens[i].end))
    return runs


def _minus(spans: tuple[tuple[int, int], ...], holes: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans with the holes cut out of them."""
    out = list(spans)
    for h0, h1 in holes:
        out = [piece for a, b in out for piece in ((a, min(b, h0)), (max(a, h1), b)) if piece[0] < piece[1]]
    return tuple(out)


# Praise kept for the trimmings: "Best part of the review? The pastries.", "Parasta yhteistyössä oli
# kokoustarjoilu.", "Handboken har i alla fall snygg layout." The cooperation itself is left out.
_BEST_WAS_TRIMMINGS = re.compile(
    r"\b(?:(?:the\s+)?best\s+(?:part|thing|bit)|credit\s+where\s+it['’]?s\s+due|in\s+fairness|to\s+be\s+fair|(?:the\s+)?highlight|kohokohta|höjdpunkten|parasta|paras\s+anti|bästa\s+(?:delen|biten|med)|at\s+least|ainakin"
    rf"|i\s+alla\s+fall|åtminstone)\b[^.!?]{{0,80}}?[.!?]?\s*[^.!?]{{0,30}}?\b(?:{_TRIMMING_WORDS})\b",
    re.IGNORECASE,
)
BEST_WAS_TRIMMINGS_VALENCE = 1.5


def _best_was_trimmings(
    text: str, tokens: list[Token], chosen: list[engine.Contribution]
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """Praise that only the trimmings earn is a verdict on the rest: its good words are dropped and
    the post leans negative."""
    m = _BEST_WAS_TRIMMINGS.search(text)
    if m is None:
        return chosen, []
    # the praise may come after the trimming it is for: "the coffee at their seminar was excellent"
    stop = _sentence_stop(text, m.end())
    praised = [c for c in chosen if c.value > 0 and m.start() <= tokens[c.index].start < stop]
    if not praised:
        return chosen, []
    kept = [c for c in chosen if c not in praised]
    return kept, [(f"{m.group().split()[0]} … {m.group().split()[-1]}(faint praise)", -BEST_WAS_TRIMMINGS_VALENCE)]


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _quoting_spans(text: str, tokens: list[Token], sentence_of: list[int], lang: str) -> list[tuple[int, int]]:
    """Every sentence that quotes someone or a headline: its quotation marks quote, not mock."""
    pattern = ATTRIBUTION_PATTERNS.get(lang)
    if pattern is None or not tokens:
        return []
    spans: list[tuple[int, int]] = []
    for sentence in range(sentence_of[-1] + 1):
        start, said = _sentence_text(text, tokens, sentence_of, sentence)
        if said and _quoted_by_others(pattern, said) is not None and not _ENDORSED.search(said):
            spans.append((start, start + len(said)))
    return spans


# A refusal that answers a question about leaving: "Leave Kuntaliitto? Not a chance.", "Ero
# Kuntaliitosta? Ei kiitos.", "Gå ur Kommunförbundet? Nej tack."
_REFUSED = re.compile(
    r"^\W*(?:not\s+a\s+chance|no\s+way|no\s+thanks|absolutely\s+not|certainly\s+not|ei\s+kiitos|ei\s+todellakaan|ei\s+missään"
    r"\s+nimessä|nej\s+tack|absolut\s+inte|inte\s+en\s+chans|knappast|nope|no(?!\s+(?:doubt|question))|ei|nej)\b",
    re.IGNORECASE,
)


# Leaving judged in a word right after its verb: "would be a mistake", "olisi virhe", "vore ett misstag".
_JUDGED_AS = re.compile(
    r"(?:would|will)\s+be\s+(?:a\s+|an\s+)?(?:\w+\s+)?\w+|olisi\s+(?:\w+\s+)?\w+|vore\s+(?:ett\s+|en\s+)?(?:\w+\s+)?\w+"
)
# The rest of a sentence that ends in a question mark: "Utträde ur Kommunförbundet?"
_ASKED_AFTER = re.compile(r"[^.!?\n]*\?")
_NO_REASON_BEFORE = re.compile(
    r"\b(?:not\s+a\s+(?:good\s+)?reason|no\s+reason|inget\s+skäl|inte\s+(?:ett\s+)?skäl|ingen\s+anledning"
    r"|ei\s+(?:ole\s+)?(?:mikään\s+)?(?:syy|peruste))\s+(?:\w+\s+){0,3}$"
)
# A voting-advice answer to a statement or question about leaving or staying: "Should Helsinki
# leave Kuntaliitto? Disagree.", "Vaalikone kysyi, pitäisikö Helsingin erota Kuntaliitosta. Täysin
# samaa mieltä.", "Borde Helsingfors lämna Kommunförbundet? Jag svarade helt av annan åsikt."
_POLL_ANSWER = re.compile(
    r"^\W*(?:(?:my\s+answer|i\s+answered|answer|vastaukseni|vastasin|vastaus|jag\s+svarade|mitt\s+svar|svar)\s*:?\s*)?"
    r"(?:(?P<no>(?:strongly\s+|completely\s+|totally\s+)?disagree|(?:täysin\s+|jokseenkin\s+)?eri\s+mieltä"
    r"|(?:helt\s+|delvis\s+)?av\s+annan\s+åsikt|håller\s+inte\s+med)"
    r"|(?P<yes>(?:strongly\s+|completely\s+|totally\s+)?agree|(?:täysin\s+|jokseenkin\s+)?samaa\s+mieltä"
    r"|(?:helt\s+|delvis\s+)?av\s+samma\s+åsikt|(?:håller\s+med|instämmer)(?:\s+helt)?"
    # the writer's own yes to a question put about staying: "Kannattaako Helsingin pysyä Kuntaliitossa?
    # Minusta ehdottomasti."
    r"|(?:minusta\s+|mielestäni\s+)?ehdottomasti|absolut|självklart|absolutely|definitely))"
    r"(?=\s*(?:[.!,;:–—-]|$))",
    re.IGNORECASE,
)
_POLL_ANSWER_GATE = re.compile(
    r"agree|mieltä|åsikt|håller\s+(?:inte\s+)?med|instämmer|ehdottomasti|absolut|självklart|definitely", re.IGNORECASE
)
# What was put: a question, or a statement named as one ("Voting-advice question 12: '...'").
_POLL_PUT = re.compile(
    r"\b(?:vaalikone\w*|väite\w*|kysymys\w*|kysyi\w*|kysyy|question|statement|asks?|asked|valkompass\w*"
    r"|påstående\w*|fråga\w*)\b"
)


def _poll_answered(
    text: str, tokens: list[Token], sentence_of: list[int], matches: list[Match], lang: str
) -> tuple[list[tuple[str, float]], list[tuple[int, int]]]:
    """Leaving or staying put to the writer and answered in the next sentence, as voting-advice
    answers are: agreeing to leave or disagreeing to stay is against the cooperation, and the
    reverse is for it. Returns the stances and where the statements and their answers stand."""
    leave, stay = LEAVE_PATTERNS.get(lang), STAY_PATTERNS.get(lang)
    if leave is None or stay is None or not sentence_of or not _POLL_ANSWER_GATE.search(text):
        return [], []
    out: list[tuple[str, float]] = []
    spans: list[tuple[int, int]] = []
    for n in range(sentence_of[-1]):
        start, said = _sentence_text(text, tokens, sentence_of, n)
        if not (said.rstrip().endswith("?") or _POLL_PUT.search(said)):
            continue
        if not any(start <= m.start < start + len(said) for m in matches):
            continue
        answer_at, answer = _sentence_text(text, tokens, sentence_of, n + 1)
        reply = _POLL_ANSWER.match(answer)
        if reply is None:
            continue
        left, stayed = leave.search(said), stay.search(said)
        if (left is None) == (stayed is None):
            continue  # neither put, or both: the answer says nothing clear
        against = (left is not None) == (reply.group("yes") is not None)
        word = (left or stayed).group()  # type: ignore[union-attr]
        said_so = reply.group("yes") or reply.group("no")
        out.append((f"{word}({said_so})", LEAVE_VALENCE if against else STAY_VALENCE))
        spans += [(start, start + len(said)), (answer_at, answer_at + len(answer))]
    return out, spans


def _leaving_refused(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    leaves: list[tuple[str, bool, tuple[int, int]]],
    matches: list[Match],
) -> tuple[list[tuple[str, bool, tuple[int, int]]], set[int]]:
    """Leaving asked about and refused in the next sentence is the opposite of a call to leave; a
    question that names leaving only as a noun ("Ero Kuntaliitosta? Ei kiitos.") is refused too.
    Returns the calls and the sentences that refuse (their words are the refusal, not tone)."""
    out: list[tuple[str, bool, tuple[int, int]]] = []
    refused: set[int] = set()
    for word, neg, (a, b) in leaves:
        n = next((sentence_of[i] for i, t in enumerate(tokens) if t.start >= a), None)
        if n is not None and not neg:
            _start, said = _sentence_text(text, tokens, sentence_of, n)
            _s, answer = _sentence_text(text, tokens, sentence_of, n + 1)
            if said.rstrip().endswith("?") and _REFUSED.match(answer):
                out.append((word, True, (a, b)))
                refused.add(n + 1)
                continue
        out.append((word, neg, (a, b)))
    if "?" not in text:
        return out, refused  # no question, nothing refused
    for n in sorted(set(sentence_of)):
        start, said = _sentence_text(text, tokens, sentence_of, n)
        noun = _LEAVING_NOUN.search(said)
        if n + 1 in refused or not said.rstrip().endswith("?") or noun is None:
            continue
        if not any(start <= m.start < start + len(said) for m in matches):
            continue
        if any(start <= a < start + len(said) for _w, _n, (a, _b) in leaves):
            continue
        _s, answer = _sentence_text(text, tokens, sentence_of, n + 1)
        if _REFUSED.match(answer):
            out.append((noun.group(), True, (start, start + len(said))))
            refused.add(n + 1)
    return out, refused


# The writer's own answer to leaving proposed by others, in the next sentence: "A few councillors want
# Helsinki to walk out of AFM again. I'm against it.", "ehdotettiin, että Helsinki eroaisi
# Kuntaliitosta. En kannata.", "Jag förstår irritationen över avgiften, men svaret är nej."
_AGAINST_IT = re.compile(
    r"^\W*(?:i'?m\s+against\s+it|i\s+am\s+against\s+it|i\s+oppose\s+it|not\s+with\s+my\s+vote|en\s+kannata"
    r"|vastustan|jag\s+är\s+emot|jag\s+säger\s+nej)\b|\b(?:svaret\s+är\s+nej|the\s+answer\s+is\s+no|vastaus\s+on\s+ei)\b"
)
_FOR_IT = re.compile(r"^\W*(?:i\s+support\s+it|i'?m\s+for\s+it|kannatan|jag\s+stöder\s+(?:det|förslaget))\b")


# Leaving named as a noun in a question; the partner must be named in the same question.
_LEAVING_NOUN = re.compile(r"\b(?:ero|eroaminen|eroamista|utträde|utträdet|exit|leaving|quitting)\b", re.IGNORECASE)


_DEMANDERS = re.compile(
    r"^\s+(?:#?\w*liito\w*\s+)?(?:vaativat|vaatijat|vaativille|haluavat|ajavat|kannattavat|puhuvat|toivovat|vill\w*\s+ha)\b",
    re.IGNORECASE,
)


def _told_sentences(
    text: str, tokens: list[Token], sentence_of: list[int], starts: list[int], lang: str
) -> list[tuple[int, int]]:
    """The spans of the sentences holding these character positions that tell others' views."""
    pattern = ATTRIBUTION_PATTERNS.get(lang)
    if pattern is None or not starts:
        return []
    out: list[tuple[int, int]] = []
    for at in starts:
        n = next((sentence_of[i] for i, t in enumerate(tokens) if t.start <= at < t.end or t.start >= at), None)
        if n is None:
            continue
        start, said = _sentence_text(text, tokens, sentence_of, n)
        if _quoted_by_others(pattern, said) is not None:
            out.append((start, start + len(said)))
    return out


_SELF_INTRO = re.compile(r"\W*(?:[\w-]+\s+){1,3}(?:here|här)\s*[,:]", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _quoted_by_others(pattern: Finder, said: str) -> re.Match[str] | None:
    """Where a sentence quotes someone else; not the writer's own side ("Our group will propose").
    Cached: three passes ask this of the same sentences, and the attribution patterns are long."""
    m = pattern.search(said)
    if m is None or _ADVERSARY.match(said, m.start()):
        return m
    if _SELF_INTRO.match(said):
        return None  # "Opposition councillor here, and I'll say it anyway: ...": the writer introduces themself
    if _AS_A.search(said[: m.start()]):
        return None  # "As a union rep I rarely say this": the writer speaks in a role of their own
    if pattern is ATTRIBUTION_PATTERNS.get("fi") and _IN_A_ROLE.match(said, m.start()):
        return None  # "Valtuutettuna en yleensä kehu": the writer speaks in a role of their own
    return None if _OWN_SIDE.search(said[: m.start()]) or _OWN_GROUP.search(said) else m


_BACK_REFERENCE = frozenset(words("sen sitä siitä siihen niitä niistä niihin dem detta it them"))


def _topic_sentences(tokens: list[Token], sentence_of: list[int], region: Region) -> tuple[tuple[int, int], ...]:
    """The whole sentences of the topic, and the one right after them: where an elliptic
    complaint about it stands ("Kuntaliitto lupasi selvityksen keväällä. Ei raporttia, ei
    aikataulua."), unlike a list of nothings further on ("Sää: ei sadetta, ei tuulta.")."""
    if not region.indexes:
        return ()
    wanted = {sentence_of[i] for i in region.indexes}
    wanted.add(max(wanted) + 1)
    first = min(wanted)
    asked_before = first > 0 and any(
        sentence_of[i] == first - 1 and ends_sentence(t) and t.text.startswith("?") for i, t in enumerate(tokens)
    )
    if asked_before or (
        first > 0
        and any(
            t.lower in _BACK_REFERENCE for i, t in enumerate(tokens) if sentence_of[i] == first and t.kind == "word"
        )
    ):
        # ... and the one before, when the topic's sentence refers back to it ("MIKSI luonnosta ei ole
        # vieläkään jaettu? Kuntaliitto lupasi sen jo maaliskuussa.") or answers its question ("HUR
        # länge ska vi vänta? Kommunförbundet lovade utredningen redan i september.").
        wanted.add(first - 1)
    idx = [i for i, s in enumerate(sentence_of) if s in wanted]
    return ((tokens[idx[0]].start, tokens[idx[-1]].end),) if idx else ()


def _complaints(
    text: str, spans: tuple[tuple[int, int], ...], lang: str, chosen: list[engine.Contribution]
) -> list[tuple[str, float]]:
    """Complaints that need no word of tone: an emphatic nothing ("ei yhtään päätöstä", "no
    report, no timetable") and a rhetorical challenge ("Why is Helsinki still paying?")."""
    extras: list[tuple[str, float]] = []
    # "Not a single decision" is a complaint, unless what is missing is bad ("without any
    # trouble", "inga problem alls"), which the negated word already counts as praise.
    if not any(c.base < 0 and any(n.startswith("neg:") for n in c.notes) for c in chosen):
        idioms = [c.surface.lower() for c in chosen if "idiom" in c.notes]
        for word, _neg in pattern_hits(NONE_PATTERNS, text, spans, lang)[:1]:
            if any(word in idiom or idiom in word for idiom in idioms):
                continue  # "without asking for a single change": the idiom has said it
            if re.search(re.escape(word) + _NO_OPINION, text, re.IGNORECASE):
                continue  # "en femtedel hade inte någon åsikt": no opinion is no complaint
            if re.search(re.escape(word) + _NOTHING_CHANGES, text, re.IGNORECASE):
                continue  # "nothing in this month's row changes that": the verdict stands
            if re.search(re.escape(word) + _NO_COST, text, re.IGNORECASE):
                continue  # "at almost no extra cost": a burden denied is no complaint
            if re.search(re.escape(word) + _NO_TROUBLE, text, re.IGNORECASE):
                extras.append((f"{word}(no trouble)", -NONE_VALENCE))
                continue  # "40 days without a single outage": trouble denied speaks for it
            if _UNNOTICED.search(word):
                continue  # "Residents will not notice anything": no disruption, no complaint
            if (not _NOT_YET.search(word) and not _NOT_YET.search(text)) or _PROMISED.search(text):
                extras.append((f"{word}(nothing)", NONE_VALENCE))
    for word, _neg in pattern_hits(RHETORICAL_PATTERNS, text, spans, lang)[:1]:
        if _LONE_AGAIN.search(word) and sum(c.value for c in chosen) > 0:
            continue  # "Kuntaliitto came through for us. Again.": praise said twice
        if re.search(_ASKED_BY_OTHERS + re.escape(word), text, re.IGNORECASE) and not _ENDORSED.search(text):
            continue  # "Valtuustossa kysyttiin taas, miksi Helsinki yhä kuuluu ...": the question is reported

        extras.append((f"{word}(rhetorical)", RHETORICAL_VALENCE))
    for word, _neg in pattern_hits(_OVERREACH, text, spans, lang)[:1]:
        extras.append((f"{word}(overreach)", OVERREACH_VALENCE))
    return extras


# Someone else's question, reported before it: "kysyttiin taas, miksi ...", "Någon frågade i fullmäktige vad ...".
_ASKED_BY_OTHERS = (
    r"\b(?:kysyttiin|kysyi|kysyivät|frågade|frågades|asked|was\s+asked)\b(?!\s+(?:aivan\s+)?oikein)[^.!?]{0,30}?"
)


# The partner told it oversteps its role: "Ei ole Kuntaliiton tehtävä päättää ...", "It is not AFM's job
# to decide ...", "Kommunförbundet talar inte för Helsingfors".
_OVERREACH = {
    "fi": re.compile(
        r"\bei\s+(?:ole\s+)?(?:\w+\s+)?(?:tehtävä|asia|paikka)\s+(?:päättää|sanella|määrätä|määritellä)\b"
        r"|\b(?:ei|eivät)\s+puhu\s+(?:\w+\s+)?puolesta\b"
    ),
    "sv": re.compile(
        r"\binte\s+(?:\w+\s+)?(?:sak|uppgift|roll|plats)\s+att\s+(?:bestämma|avgöra|diktera|besluta)\b"
        r"|\btalar\s+inte\s+för\b"
    ),
    "en": re.compile(
        r"\bnot\s+(?:[\w'’]+\s+)?(?:job|place|role|business|call)\s+to\s+(?:decide|tell|dictate|choose)\b"
        r"|\b(?:does\s+not|doesn't|doesn’t|do\s+not|don't|don’t)\s+speak\s+for\b"
        r"|\bshould\s+not\s+be\s+(?:drafting|deciding|writing|setting|dictating)\s+(?:our|the\s+city's|helsinki's)\b"
    ),
}
OVERREACH_VALENCE = -1.2


_NOTHING_CHANGES = (
    r"[^.!?]{0,40}?\b(?:changes?\s+(?:that|this|it)|muuta\w*\s+(?:sitä|tätä)|ändrar\s+(?:på\s+)?(?:det|detta))\b"
)
_NO_COST = (
    r"\s+(?:extra\s+|additional\s+|added\s+)?(?:cost|costs|expense|charge|delay|delays|bureaucracy|paperwork"
    r"|lisäkustannuks\w*|kustannuks\w*|kuluja|viivettä|byrokratiaa|extrakostnad\w*|kostnad\w*|försening\w*|byråkrati)\b"
)
_NO_TROUBLE = (
    r"\s+(?:(?!what\b|which\b|why\b|how\b|mitä\b|mikä\b|miksi\b|vad\b|vilk\w*|varför\b|hur\b)\w+\s+)?(?:outages?|incidents?|errors?|glitch\w*|hitch\w*|problems?|complaints?|breakdowns?|amendments?"
    r"|objections?|remarks?|katko\w*|häiriö\w*|virhe\w*|ongelma\w*|valitu\w*|huomautu\w*|avbrott\w*|störning\w*|problem\w*"
    r"|klagomål\w*|anmärkning\w*|fel|tvist\w*|riita\w*|riido\w*|disputes?|ändring\w*|reservation\w*|invändning\w*"
    r"|reservations?|consultants?|konsult\w*)\b"
)
_UNNOTICED = re.compile(r"\bnotice\b|\bmärka\b|\bmärker\b")
_NO_OPINION = r"\s+(?:åsikt|uppfattning|opinion|view|mielipidettä|kantaa|kommentarer|comment)\b"
# "nothing but praise", "inget annat än", "ei muuta kuin": the nothing is no denial.
_NOTHING_BUT = re.compile(r"^\W*(?:but|else\s+but|except|annat\s+än|utom|muuta\s+kuin|paitsi)\b")


def _nothing_of(
    text: str,
    tokens: list[Token],
    chosen: list[engine.Contribution],
    spans: tuple[tuple[int, int], ...],
    lang: str,
    judged: list[tuple[int, int]],
) -> tuple[list[engine.Contribution], list[tuple[str, tuple[int, int], bool]]]:
    """The words in the reach of an emphatic nothing are denied: praise ("Not one speaker could name
    a concrete gain from AFM membership") and trouble ("14 utlåtanden, utan att ett enda behövt
    skickas tillbaka"). A nothing that denies trouble, or a gain from leaving ("Ingen har kunnat
    visa vad staden skulle vinna på att lämna Kommunförbundet"), is no complaint: it speaks for the
    cooperation. Returns the contributions and such nothings with their spans (and a short echo
    after them: "Inte ett enda."), each with whether it denies a gain from leaving."""
    pattern = NONE_PATTERNS.get(lang)
    if pattern is None or any(c.base < 0 and any(n.startswith("neg:") for n in c.notes) for c in chosen):
        return chosen, []
    denials: list[tuple[str, tuple[int, int], bool]] = []
    for a, b in spans:
        for m in pattern.finditer(text[a:b].lower()):
            start, after = a + m.start(), a + m.end()
            if _NOT_YET.search(m.group()) or _NOTHING_BUT.match(text[after:].lower()):
                continue
            reach = next(
                (t.start for t in tokens if t.start >= after and (ends_sentence(t) or t.text in CLAUSE_BREAK)),
                len(text),
            )
            if _RELATIVE_AFTER.match(text[reach:]):
                # the thing denied may be told in a relative clause: "eikä yhtään vuotta, jota katuisin"
                reach = next((t.start for t in tokens if t.start > reach and ends_sentence(t)), len(text))
            # trouble behind a question word is asked about, not denied: "nobody can tell me what
            # problem the model was meant to solve"
            asked = _QUESTION_WORD.search(text[after:reach])
            trouble_ends = after + asked.start() if asked else reach
            if _ANSWERS_COUNTED.search(m.group()):
                trouble_ends = after  # "nolla vastausta bugista": the bug was asked about, not denied
            denied = [
                c
                for c in chosen
                if (c.base > 0 or (c.base < 0 and tokens[c.index].start < trouble_ends))
                and (start if _COUNTED_NONE.match(m.group()) or _DENIED_GOOD.match(m.group()) else after)
                <= tokens[c.index].start
                < reach
                and tokens[c.index].kind not in ("emoji", "emoticon")
                and not any(n.startswith("neg:") or n == "idiom" for n in c.notes)
            ]
            chosen = [c.reweighed(c.value * engine.N_SCALAR, "none-of") if c in denied else c for c in chosen]
            leaving = any(start <= j0 < reach or j0 <= start < j1 for j0, j1 in judged)
            if leaving or any(c.base < 0 for c in denied):
                echo = _ECHOED_NOTHING.match(text[reach:])
                denials.append((m.group(), (start, reach + (echo.end() if echo else 0)), leaving))
    return chosen, denials


# Answers counted as none: the trouble after them is what they would have answered.
_ANSWERS_COUNTED = re.compile(r"(?:vastau\w*|svar\w*|answers?|repl(?:y|ies)|responses?)$")


# "the value doesn't", "vastine ei", "nyttan gör det inte": the good thing named is the one denied.
_DENIED_GOOD = re.compile(
    r"(?:the\s+)?(?:value|benefits?|results?|returns?|quality|service|vastine|hyöty|hyödyt|tulokset|laatu|palvelu"
    r"|nyttan|värdet|resultaten|kvaliteten|servicen)\s",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(
    r"^,\s*(?:jo(?:ta|ka|ssa|sta|hon|lla|lle)|joi\w+|which|that|som|vilket|vilken)\b", re.IGNORECASE
)
# "Zero hiccups", "0 virhettä": the nothing counts the word it names, which it denies too.
_COUNTED_NONE = re.compile(r"(?:0|zero|nolla|noll)\s", re.IGNORECASE)
_QUESTION_WORD = re.compile(
    r"\b(?:what|which|why|how|vad|vilk\w*|varför|hur|mitä|mikä|mitkä|miksi|miten)\b", re.IGNORECASE
)
# A nothing said again on its own: ". Inte ett enda.", ". Not one.", ". Ei yhtään."
_ECHOED_NOTHING = re.compile(
    r"^\W*(?:not\s+(?:one|a\s+single\s+one)|none|inte\s+(?:ett|en)\s+enda|ingen|inte\s+en|ei\s+yhtään|ei\s+ainuttakaan"
    r"|ei\s+yhtäkään)\s*[.!]",
    re.IGNORECASE,
)


_LONE_AGAIN = re.compile(r"^\W*(?:again|once\s+again|igen|än\s+en\s+gång|taas|jälleen)(?:\s+kerran)?\W*$")


# Contrast adverbs that may stand inside a clause rather than open one.
_ADVERB_CONTRAST = frozenset(words("silti kuitenkin ändå dock emellertid"))


# "Who would have thought a year ago that the pilot would halve waiting times?": good news told as
# a surprise (unless the question names something bad: "Who would have guessed it would be late again?")
_WHO_WOULD_HAVE = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?:who\s+would\s+have\s+(?:thought|guessed|believed|predicted|imagined)"
    r"|kuka\s+olisi\s+(?:\w+\s+){0,3}?(?:uskonut|arvannut|ajatellut|kuvitellut|ennustanut)"
    r"|vem\s+hade\s+(?:\w+\s+){0,3}?(?:trott|anat|gissat|förutspått))\b[^?]*\?",
    re.IGNORECASE,
)
SURPRISE_VALENCE = 1.0


def _happy_surprise(
    text: str, tokens: list[Token], sentence_of: list[int], matches: list[Match], chosen: list[engine.Contribution]
) -> list[tuple[str, float]]:
    m = _WHO_WOULD_HAVE.search(text)
    if m is None or not any(m.start() <= t.start < m.end() for t in matches):
        return []
    if any(c.value < 0 and m.start() <= tokens[c.index].start < m.end() for c in chosen):
        return []
    return [(f"{' '.join(m.group().split()[:3])} …?(surprise)", SURPRISE_VALENCE)]


# A change of mind is praise from a doubter and criticism from a defender: "I've defended the
# cooperation for years, but this winter changed my mind."
_MIND_CHANGED = re.compile(r"^(?:changed\s+my\s+mind|ändrat\s+(?:mig|uppfattning)|(?:muuttanut|muutin)\s+mieleni)")
_DEFENDED = re.compile(
    r"\b(?:defended|supported|backed|championed|puolustanut|puolustin|kannattanut|kannatin|försvarat|försvarade|stött|stödde)\b",
    re.IGNORECASE,
)


def _mind_changed_from_support(
    text: str, tokens: list[Token], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    out: list[engine.Contribution] = []
    for c in chosen:
        if c.value > 0 and _MIND_CHANGED.match(c.surface.lower()) and _DEFENDED.search(text[: tokens[c.index].start]):
            c = c.reweighed(-c.value, "was defended")
        out.append(c)
    return out


_UNTIL = frozenset(words("until kunnes tills"))
UNTIL_REACH = 4


def _until_the_partner(
    tokens: list[Token], sentence_of: list[int], matches: list[Match], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    """Trouble that lasted until the partner stepped in is trouble it ended: "Datalain velvoitteet
    tuntuivat sekavilta, kunnes Kuntaliiton kouluttajat kävivät ne läpi", "The rules were a mess until
    AFM's lawyers walked us through them"."""
    for k, tok in enumerate(tokens):
        if tok.lower not in _UNTIL or not any(c.value < 0 and c.index < k for c in chosen):
            continue
        # the partner is who ended it, named right after: "until AFM's lawyers", "kunnes Kuntaliiton kouluttajat"
        reach = tokens[min(k + UNTIL_REACH, len(tokens) - 1)].end
        if not any(tok.end <= m.start < reach for m in matches):
            continue
        chosen = [
            c.reweighed(c.value * engine.N_SCALAR, "until")
            if c.value < 0 and c.index < k and sentence_of[c.index] == sentence_of[k]
            else c
            for c in chosen
        ]
    return chosen


# Praise granted in passing before the real point: "Personalen är kunnig och trevlig, det ska sägas.
# Men ...", "Väki on asiantuntevaa, sitä en kiistä. Mutta ...", "..., I'll give them that. But ..."
_GRANTED_TAIL = re.compile(
    r"[,–—]\s*(?:det\s+ska\s+(?:sägas|erkännas)|sitä\s+en\s+kiistä|en\s+kiistä\s+sitä|sen\s+myönnän|myönnetään"
    r"|i(?:'ll|’ll|\s+will)\s+(?:give|grant)\s+(?:them|you|it|him|her)\s+that|to\s+be\s+fair|i\s+admit|that\s+much\s+is\s+true)\W*$",
    re.IGNORECASE,
)
GRANTED_DAMP = 0.25
_GRANTING = re.compile(
    r"sägas|erkännas|kiistä|myönnän|myönnetään|give\s+them|grant|to\s+be\s+fair|admit|that\s+much", re.IGNORECASE
)


def _conceded_before_but(
    text: str, tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution], lang: str
) -> list[engine.Contribution]:
    if not _GRANTING.search(text):
        return chosen  # most posts grant nothing: skip the sentence-by-sentence reading
    profile = engine.profile_for(lang)
    granted: set[int] = set()
    for n in set(sentence_of):
        _start, said = _sentence_text(text, tokens, sentence_of, n)
        if not _GRANTED_TAIL.search(said):
            continue
        opener = next((t for i, t in enumerate(tokens) if sentence_of[i] == n + 1 and t.kind == "word"), None)
        if opener is not None and opener.lower in profile.contrast:
            granted.add(n)
    if not granted:
        return chosen
    return [
        c.reweighed(c.value * GRANTED_DAMP, "granted") if c.value > 0 and sentence_of[c.index] in granted else c
        for c in chosen
    ]


# "The help desk, less so", "not so much", "inte lika mycket", "ei niinkään": the praise said just
# before is denied of the topic.
_LESS_SO = re.compile(
    r"(?:\b(?:(?:rather|much|far|a\s+lot)\s+)?less\s+so|\bnot\s+so\s+much|\binte\s+(?:lika|så)\s+mycket"
    r"|\bei\s+niinkään|\bei\s+(?:yhtä|niin)\s+paljon)(?=\s*(?:[.!?:;,]|$))",
    re.IGNORECASE,
)
LESS_SO_VALENCE = -1.2


def _less_so(
    text: str, tokens: list[Token], sentence_of: list[int], matches: list[Match], chosen: list[engine.Contribution]
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """ "Seminars: excellent. Turning them into anything useful, less so.": a "less so" in a sentence
    that names the topic denies the praise of that sentence and of the one before it."""
    if _LESS_SO.search(text) is None:
        return chosen, []
    extras: list[tuple[str, float]] = []
    for m in _LESS_SO.finditer(text):
        at = next((i for i, t in enumerate(tokens) if t.start >= m.start()), None)
        if at is None:
            continue
        sentence = sentence_of[at]
        # the sentence, or the one before it, names the topic ("AFM is excellent at seminars. Turning
        # them into anything useful, less so.")
        answered = {sentence, sentence - 1}
        ids = [i for i, n in enumerate(sentence_of) if n in answered]
        begins, ends = tokens[ids[0]].start, tokens[ids[-1]].end
        if not any(begins <= t.start < ends for t in matches):
            continue
        chosen = [
            c.reweighed(-max(c.value, ANSWERED_MIN), "less-so")
            if c.value > 0 and sentence_of[c.index] in answered and c.index < at
            else c
            for c in chosen
        ]
        extras.append((f"{m.group()}(less so)", LESS_SO_VALENCE))
    return chosen, extras


def _answered_by_but(
    tokens: list[Token], sentence_of: list[int], region: Region, chosen: list[engine.Contribution], lang: str
) -> list[engine.Contribution]:
    """A "but" clause about the topic with no tone of its own still answers the praise before it:
    "Nice words from AFM's CEO, but the fee keeps rising while the services shrink" is a
    complaint. The praise before the "but" counts turned round. (Criticism before a toneless
    "but" is left alone: in "olen pettynyt: meille luvattiin paikka, mutta kutsua ei ole
    kuulunut" the "but" answers the promise, not the disappointment.)"""
    profile = engine.profile_for(lang)
    out = chosen
    for k in range(len(tokens)):
        if k not in region.indexes or not engine.is_contrast(tokens, k, profile):
            continue
        if tokens[k].lower in _ADVERB_CONTRAST and k > 0 and tokens[k - 1].kind == "word":
            continue  # "Parasta oli silti työpaja": "still" inside a clause answers nothing
        sentence = sentence_of[k]
        after = [i for i in range(k + 1, len(tokens)) if sentence_of[i] == sentence and tokens[i].kind == "word"]
        # the "but" answers its own clause: a verdict before a colon is not what it answers ("Fairly
        # solid work in the end: the seat went elsewhere, but Helsinki gets a say")
        opened = max((j for j in range(k) if sentence_of[j] == sentence and tokens[j].text in (":", ";")), default=-1)
        before = [
            c
            for c in out
            if sentence_of[c.index] == sentence and opened < c.index < k and c.surface.lower() not in _CONCEDING
        ]
        if (
            not before
            and sentence > 0
            and not any(sentence_of[j] == sentence and tokens[j].kind == "word" for j in range(k))
        ):
            # a sentence that opens with "But" answers the sentence before it: "Wouldn't call the
            # model a failure. But I can't name a single thing it did for us."
            before = [c for c in out if sentence_of[c.index] == sentence - 1 and c.surface.lower() not in _CONCEDING]
        if any("expected" in c.notes or "recanted" in c.notes for c in before):
            continue  # the "but" has answered an expectation, or a view owned up to, already
        if len(after) < 3 or sum(c.value for c in before) <= 0:
            continue
        if any(c.index > k and sentence_of[c.index] == sentence for c in out):
            continue
        if not all(i in region.indexes for i in after):
            continue
        # The toneless clause is the writer's point: the praise it answers counts turned round with
        # at least the weight of a mild complaint, however faint the praise was ("sounded good").
        out = [c.reweighed(-max(c.value, ANSWERED_MIN), "answered-by-but") if c in before else c for c in out]
    return out


ANSWERED_MIN = 0.6
# "The report is late, yes, but ...": a yes before the "but" concedes; it is no praise to answer.
_CONCEDING = frozenset(words("yes yeah kyllä joo ja jo visst okay ok"))


# What the writer expected or feared before a "but": "I expected another talking shop, but ...",
# "Pelkäsin pahinta, mutta ...", "Jag trodde att det skulle bli ett pratmöte, men ...".
_EXPECTED = re.compile(
    r"\b(?:expected|feared|assumed|predicted|anticipated|braced\s+for|was\s+(?:sure|certain|convinced)"
    r"|(?:had|with)\s+(?:my\s+|some\s+|serious\s+)?doubts|hade\s+(?:mina\s+)?tvivel|med\s+tvivel|epäillen"
    r"|var\s+tveksam|was\s+(?:hesitant|doubtful)|olin\s+epäileväinen"
    r"|(?:was|were)\s+(?:\w+\s+)?(?:sceptical|skeptical)|var\s+(?:\w+\s+)?skeptisk|olin\s+(?:\w+\s+)?(?:skeptinen|epäilevä\w*)"
    r"|thought\s+(?:\w+\s+){0,3}?would|odotin|odotimme|odottaneeni|odottaneemme|pelkäsin|pelkäsimme|pelänneeni|epäilin|epäilimme"
    r"|luulin|luulimme|luulleeni|oletin|olin\s+varma|ennakoin|trodde|väntade\s+(?:mig|oss)|befarade|fruktade"
    r"|räknade\s+med|var\s+(?:säker|övertygad|rädd))\b"
)


# The writer owning up to a view they held: "I was wrong.", "Olin väärässä.", "Toisin kävi.",
# "Två år senare får jag äta upp det."
_RECANTING = re.compile(
    r"\b(?:i|we)\s+(?:was|were)\s+(?:\w+\s+)?wrong\b|\bi\s+stand\s+corrected\b|\bi\s+owe\s+(?:\w+\s+)?a\s+correction\b|\bi(?:\s+have|'ve)?\s+changed\s+my\s+mind\b"
    r"|\b(?:olin|olimme)\s+(?:\w+\s+)?väärässä\b|\btoisin\s+kävi\b|\b(?:syön|söin|jouduin\s+syömään)\s+sanani\b"
    r"|\bmuutin\s+mieleni\b|\ben\s+(?:enää\s+pysty|pysty\s+enää)\s+siihen\b|\b(?:jag|vi)\s+(?:hade|fick)\s+fel\b|\bäta\s+upp\s+(?:det|mina\s+ord)\b"
    r"|\bjag\s+har\s+ändrat\s+mig\b|\bdet\s+blev\s+(?:tvärtom|inte\s+så)\b"
    r"|\b(?:bytt|ändrat)\s+(?:åsikt|uppfattning|fot)\b|\bmuut\w*\s+kantaani\b|\bchanged\s+my\s+(?:view|mind)\b"
    r"|\bmieleni\s+muuttui\b|\badmit\w*\s+(?:that\s+)?(?:i|we|they)\s+(?:was|were)\s+wrong\b"
)
# The view owned up to: "I was sceptical", "I said it would ...", "Ajattelin ensin, että ...", "Jag röstade nej".
_OLD_VIEW = re.compile(
    r"\b(?:sceptical|skeptical|doubted|i\s+said|we\s+said|i\s+called|voted\s+(?:against|no)|kutsuin|jag\s+kallade|skeptinen|epäileväinen|epäilin|sanoin"
    r"|ajattelin|olin\s+(?:\w+\s+)?sitä\s+mieltä|äänestin\s+vastaan|skeptisk|tveksam|tvivlade|jag\s+sa|röstade\s+nej|supported|defended|argued\s+for"
    r"|kannatin|puolustin|stödde|försvarade|i\s+wrote|kirjoitin|skrev\s+jag|jag\s+skrev"
    r"|i\s+thought|i\s+argued|pidin|jag\s+trodde|trodde\s+jag|jag\s+tyckte|tyckte\s+jag)\b"
)


def _recanted(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    term_idx: set[int],
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    polled: set[int],
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """A view the writer owns up to having been wrong about is the view they no longer hold: "I was
    sceptical ... I said it would add meetings and little else. I was wrong. The data team has saved
    weeks." The old view counts turned round, the confession itself is no criticism, and what
    follows it (the writer's view now) counts even where it does not name the partner."""
    if _RECANTING.search(text.lower()) is None:
        return chosen, []
    sentences = sorted(set(sentence_of))
    said = {n: _sentence_text(text, tokens, sentence_of, n)[1] for n in sentences}
    owned = next((n for n in sentences if _RECANTING.search(said[n])), None)
    if owned is None:
        return chosen, []
    at = _sentence_text(text, tokens, sentence_of, owned)[0]
    confessed = _RECANTING.search(said[owned])
    assert confessed is not None
    confession = (at + confessed.start(), at + confessed.end())
    old = {n for n in sentences if n < owned and (_OLD_VIEW.search(said[n]) or _EXPECTED.search(said[n]))}
    view_after = _OLD_VIEW.search(said[owned + 1]) if owned + 1 in said else None
    if not old and view_after is not None and not _THAN_BEFORE.search(said[owned + 1][: view_after.start()]):
        # the confession first, then the view it owns up to: "Changed my mind on this one. In spring
        # I thought the model was a talking shop. Then ..."
        old = {owned + 1}
    elsewhere = _other_subjects(tokens, sentence_of, term_idx) | _other_items(text, tokens, sentence_of, term_idx)
    # what the writer says now, and the old view wherever it stands ("Myönnän, että keväällä pidin
    # koko mallia turhana byrokratiana. ... Olin väärässä."), even where neither names the partner
    taken = {c.index for c in chosen}
    now = [
        c
        for c in contributions
        if (sentence_of[c.index] > owned or sentence_of[c.index] in old)
        and sentence_of[c.index] not in elsewhere
        and c.index not in polled
        and c.index not in taken
        and not (c.value > 0 and _within(tokens[c.index].start, [confession]))
    ]
    # A defender owning up ("I defended this model in the council in spring ... I was wrong") now
    # holds the opposite view: the confession itself speaks against the partner.
    defended = any(_DEFENDED.search(said[n]) for n in old) or bool(_DEFENDED.search(said[owned][: confessed.start()]))
    out: list[engine.Contribution] = []
    for c in sorted(chosen + now, key=lambda c: c.index):
        n = sentence_of[c.index]
        if _within(tokens[c.index].start, [confession]):
            if c.value < 0:
                continue  # "wrong", "väärässä", "fel": the confession, not a complaint
            out.append(c.reweighed(-c.value, "recanted support") if defended else c)
            continue
        # the old view is what stands before a "but" in its sentence, not the writer's view after it
        out.append(c.reweighed(-c.value, "recanted") if n in old and "after-contrast" not in c.notes else c)
    if defended and not any(_within(tokens[c.index].start, [confession]) for c in out):
        return out, [(f"{confessed.group()}(recanted support)", -RECANTED_SUPPORT)]
    return out, []


RECANTED_SUPPORT = 1.5
# "... fungerar bättre än jag trodde": a view measured against, not owned up to
_THAN_BEFORE = re.compile(r"\b(?:than|än|kuin)\s+(?:\w+\s+)?$")


def _confounded_expectations(
    text: str, tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution], lang: str
) -> list[engine.Contribution]:
    """An expectation or fear before a "but" whose clause has no tone of its own is proved wrong by
    it: "I expected another talking shop, but the group closed four items" praises, and "I expected
    a useful report, but AFM sent three slides" complains. The expected tone counts turned round."""
    if _EXPECTED.search(text.lower()) is None:
        return chosen
    profile = engine.profile_for(lang)
    out = chosen
    for k in range(len(tokens)):
        if not engine.is_contrast(tokens, k, profile):
            continue
        sentence = sentence_of[k]
        opens = all(sentence_of[i] != sentence or tokens[i].kind != "word" for i in range(k))
        if opens and sentence > 0:
            # "I was openly sceptical when ... . But a year in, rollout is faster ...": the "but"
            # opens the sentence after the expectation, which its own words answer
            before = [c for c in out if sentence_of[c.index] == sentence - 1]
            said = _sentence_text(text, tokens, sentence_of, sentence - 1)[1]
            expected = _EXPECTED.search(said)
            if before and expected is not None and not _THAN_BEFORE.search(said[: expected.start()]):
                out = [c.reweighed(-c.value, "expected") if c in before else c for c in out]
            continue
        if any(sentence_of[c.index] == sentence and c.index > k for c in out):
            continue  # the "but" clause says what it thinks
        before = [c for c in out if sentence_of[c.index] == sentence and c.index < k]
        if not before:
            continue
        said = " ".join(t.lower for i, t in enumerate(tokens[:k]) if sentence_of[i] == sentence)
        if _EXPECTED.search(said) is None:
            continue
        out = [c.reweighed(-c.value, "expected") if c in before else c for c in out]
    return out


# A piece corrected for what it leaves out: "The consultant-spending story leaves out that ...",
# "Konsulttikuluista kirjoitettu juttu unohtaa, että ...", "Artikeln glömmer att ...".
_LEAVES_OUT = re.compile(
    r"\b(?:story|article|piece|column|editorial|juttu|artikkeli|kolumni|pääkirjoitus|artikeln|krönikan|ledaren)"
    r"\s+(?:\w+\s+)?(?:leaves\s+out|forgets|overlooks|omits|unohtaa|sivuuttaa|jättää\s+kertomatta|glömmer|bortser\s+från"
    r"|utelämnar)\b",
    re.IGNORECASE,
)


def _answered_in_reply(
    text: str, tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution], lang: str
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """A reply that opens by telling its addressee they are wrong ("@MatsHolmqvist Där har du fel.
    Kommunförbundets jurister gjorde grovjobbet ...") answers them: "wrong" is the answer, not
    tone about the topic. A piece corrected for what it leaves out is answered too, which speaks
    for the cooperation it criticised."""
    extras: list[tuple[str, float]] = []
    left_out = _LEAVES_OUT.search(text)
    if left_out is not None:
        extras.append((f"{left_out.group()}(rebuttal)", REBUTTAL_VALENCE))
    pattern = REBUTTAL_PATTERNS.get(lang)
    if pattern is None or not tokens or tokens[0].kind != "mention":
        return chosen, extras
    first = next((sentence_of[i] for i, t in enumerate(tokens) if t.kind == "word"), None)
    if first is None:
        return chosen, extras
    said = _sentence_text(text, tokens, sentence_of, first)[1]
    answer = pattern.search(said)
    if answer is None or len(said.split()) > 6:
        return chosen, extras
    words_of = set(answer.group().split())
    return [c for c in chosen if not (sentence_of[c.index] == first and tokens[c.index].lower in words_of)], extras


# Praise "as always" in a short sentence: "Impeccable timing, as always.", "Erinomaista ajoitusta, kuten aina."
_AS_ALWAYS = re.compile(r"\b(?:as\s+always|as\s+usual|kuten\s+aina|kuten\s+tavallista|som\s+alltid|som\s+vanligt)\W*$")
_AS_ALWAYS_ANYWHERE = re.compile(
    r"\b(?:as\s+always|as\s+usual|kuten\s+aina|kuten\s+tavallista|som\s+alltid|som\s+vanligt)\b", re.IGNORECASE
)
# A time that says when it came, late in the day or on a holiday's eve: "at 4pm on Midsummer Eve",
# "juhannusaattona kello 16", "på julafton".
_ODD_HOUR = re.compile(
    r"\b(?:(?:[4-9]|1[01])(?::\d\d)?\s*pm|(?:kello|klo|kl\.?)\s*(?:1[6-9]|2[0-3])|\w*aatto\w*|\w*afton|\w+\s+eve)\b",
    re.IGNORECASE,
)


def _mocked_as_always(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    chosen: list[engine.Contribution],
    contributions: list[engine.Contribution],
) -> list[engine.Contribution]:
    """Praise "as always" in a short sentence of a post that complains or says when something came
    ("Lovely to receive AFM's fee estimate at 4pm on Midsummer Eve. Impeccable timing, as always.")
    mocks; the praise in the post is turned round."""
    if not _AS_ALWAYS_ANYWHERE.search(text):
        return chosen  # the common case, found without splitting the post into sentences
    complained = any(c.value < 0 for c in chosen) or bool(_ODD_HOUR.search(text))
    if not complained:
        return chosen
    for n in set(sentence_of):
        said = _sentence_text(text, tokens, sentence_of, n)[1]
        if (
            _AS_ALWAYS.search(said)
            and len(said.split()) <= 5
            and any(c.value > 0 and sentence_of[c.index] == n for c in contributions)
        ):
            return [c.reweighed(-abs(c.value), "irony") if c.value > 0 else c for c in chosen]
    return chosen


def _sarcastic_verdicts(
    tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    """One or two words of praise right after a complaint mock it: "Another delay from AFM.
    Great.", "Kuntaliitto on taas myöhässä. Loistavaa.", "Försenat igen. Underbart.". A toneless
    sentence may stand between ("... taas kerran. neljäs kerta. ihan huippua"), and the praise may
    come first when the complaint is of the same thing again ("Mahtavaa!!! kuntaliitto siirsi
    palaverin taas kerran.")."""
    by_sentence: dict[int, list[engine.Contribution]] = {}
    for c in chosen:
        by_sentence.setdefault(sentence_of[c.index], []).append(c)
    mocked: set[int] = set()
    for sentence, found in by_sentence.items():
        words_in = [t for i, t in enumerate(tokens) if sentence_of[i] == sentence and t.kind == "word"]
        if len(words_in) > 2 or not all(c.value > 0 for c in found):
            continue
        if any(_RECANTING.search(c.surface.lower()) for c in found):
            continue  # "Olin väärässä.", "I was wrong.": a confession, not a mock
        earlier = [s for s in (sentence - 1, sentence - 2) if s in by_sentence]
        later = [s for s in (sentence + 1, sentence + 2) if s in by_sentence]
        if earlier and sum(c.value for c in by_sentence[earlier[0]]) < 0:
            mocked.update(c.index for c in found)
        elif later and sum(c.value for c in by_sentence[later[0]]) < 0:
            said = " ".join(t.lower for i, t in enumerate(tokens) if sentence_of[i] == later[0])
            if _AGAIN.search(said):
                mocked.update(c.index for c in found)
    return [c.reweighed(-abs(c.value), "irony") if c.index in mocked else c for c in chosen]


_AGAIN = re.compile(r"\b(?:taas|jälleen|again|igen|än\s+en\s+gång)\b")


def _sentence_ids(tokens: list[Token]) -> list[int]:
    """The sentence number of every token."""
    out: list[int] = []
    sentence = 0
    for tok in tokens:
        out.append(sentence)
        if ends_sentence(tok):
            sentence += 1
    return out


def _sentence_text(text: str, tokens: list[Token], sentence_of: list[int], sentence: int) -> tuple[int, str]:
    idx = [i for i, s in enumerate(sentence_of) if s == sentence]
    if not idx:
        return 0, ""
    start = tokens[idx[0]].start
    return start, text[start : tokens[idx[-1]].end].lower()


def _attributed(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    chosen: list[engine.Contribution],
    region: Region,
    lang: str,
    contributions: list[engine.Contribution] | None = None,
) -> tuple[list[engine.Contribution], list[tuple[str, float]], list[tuple[int, int]]]:
    """Drop the tone of criticism quoted from others ("Critics called the deal a talking shop");
    turn it round when one of the next two sentences rebuts it ("A year on, the figures say otherwise").
    Also returns where the quoting sentences are: quotation marks there quote, they do not mock."""
    pattern = ATTRIBUTION_PATTERNS.get(lang)
    if pattern is None:
        return chosen, [], []
    extras: list[tuple[str, float]] = []
    spans: list[tuple[int, int]] = []
    inside = {sentence_of[i] for i in region.indexes}
    # The words answered may stand just before the topic's first sentence: "”Turha välikäsi”,
    # kirjoitit. Minusta Kuntaliitto on ollut kaikkea muuta."
    before_topic = {min(inside) - 1} if inside and min(inside) > 0 else set()
    for sentence in sorted(inside | before_topic):
        start, said = _sentence_text(text, tokens, sentence_of, sentence)
        who = _WHO_CLAIMS[lang].match(said) if said.endswith("?") else None
        m = who or _quoted_by_others(pattern, said)
        if m is None:
            continue
        _s, following = _sentence_text(text, tokens, sentence_of, sentence + 1)
        endorsed = _ENDORSED.search(following)
        if _ENDORSED.search(said) or endorsed:
            # "I'm afraid they have a point": the criticism is the writer's too, and the words that
            # endorse it ("Välitulokset vain vahvistavat sen") are the endorsement, not tone of their own
            if endorsed is not None:
                agreeing = set(endorsed.group().split())
                chosen = [
                    c
                    for c in chosen
                    if not (sentence_of[c.index] == sentence + 1 and tokens[c.index].lower in agreeing)
                ]
            continue
        spans.append((start, start + len(said)))
        denied = who or _DENIED_BEFORE.search(said[: m.start()])
        if denied is not None:
            # "Ei pidä paikkaansa, että Kuntaliitto olisi jättänyt Helsingin yksin": the claim is
            # denied as it is told, so its words count the other way round (and denied praise speaks
            # against the cooperation).
            praised = _praised(sentence, sentence_of, chosen, contributions)
            chosen = [
                c.reweighed(c.value * engine.N_SCALAR, "rebutted") if sentence_of[c.index] == sentence else c
                for c in chosen
            ]
            extras.append((f"{denied.group().strip()}(rebuttal)", -REBUTTAL_VALENCE if praised else REBUTTAL_VALENCE))
            continue
        colon = said.find(":", m.end())
        if _ADDRESSED.match(said) and colon > 0:
            # "Till er som kallar Kommunförbundet en pratklubb: utan deras jurister ...": the writer
            # turns to the ones who say it, to answer them; what follows the colon is the answer.
            answer_at = start + colon
            told = [c for c in chosen if sentence_of[c.index] == sentence and tokens[c.index].start < answer_at]
            praised = sum(c.value for c in told) > 0
            chosen = [c.reweighed(c.value * engine.N_SCALAR, "rebutted") if c in told else c for c in chosen]
            extras.append((f"{m.group().strip()}(rebuttal)", -REBUTTAL_VALENCE if praised else REBUTTAL_VALENCE))
            continue
        before = _REBUTTED_BEFORE.search(said[: m.start()])
        if before is not None:
            # "Hardly a failure, whatever the opposition claims": the writer's own words answer it, and
            # their tone says which way ("Servicen har inte blivit bättre, oavsett vad rapporten påstår").
            own_tone = sum(c.value for c in chosen if sentence_of[c.index] == sentence)
            extras.append(
                (f"{before.group().strip()}(rebuttal)", -REBUTTAL_VALENCE if own_tone < 0 else REBUTTAL_VALENCE)
            )
            continue
        # The answer may come after the evidence for it: "Kävin läpi lausunnot: ... Väite ei pidä."
        _s, after_that = _sentence_text(text, tokens, sentence_of, sentence + 2)
        rebuttal = REBUTTAL_PATTERNS[lang].search(said[m.end() :] + " " + following + " " + after_that)
        if rebuttal is not None:
            # The answer may stand in the same sentence ("Oppositio vaatii eroa, mutta luvut kertovat
            # muuta: yhteistyö säästi ..."): what follows it is the writer's own, not the claim.
            same_sentence = rebuttal.start() < len(said) - m.end()
            cut = start + m.end() + rebuttal.start() if same_sentence else None

            claimed = {
                c.index
                for c in chosen
                if sentence_of[c.index] == sentence and (cut is None or tokens[c.index].start < cut)
            }
            told = [c for c in chosen if c.index in claimed]
            # Rebutting praise ("The CEO praised the model. It doesn't look like it.") speaks against.
            praised = (
                sum(c.value for c in told) > 0
                if same_sentence
                else _praised(sentence, sentence_of, chosen, contributions)
            )
            answered = -REBUTTAL_VALENCE if praised else REBUTTAL_VALENCE
            # the words of the answer are the answer, not tone of their own ("Det är fel.")
            answer = set(rebuttal.group().split())
            # ... and so are further answers in the next sentences ("... håller inte. Uttalandet visar motsatsen.")
            for more in REBUTTAL_PATTERNS[lang].finditer(following + " " + after_that):
                answer |= set(more.group().split())
            chosen = [
                c.reweighed(c.value * engine.N_SCALAR, "rebutted") if c.index in claimed else c
                for c in chosen
                if not (sentence <= sentence_of[c.index] <= sentence + 2 and tokens[c.index].lower in answer)
            ]
            extras.append((f"{rebuttal.group()}(rebuttal)", answered))
        else:
            # a clause of the writer's own before the source's ("Lausunto valmistui etuajassa, ja
            # ministeriö kehui sitä.") stays the writer's; words quoted before it do not
            own = _OWN_CLAUSE_BEFORE.search(said[: m.start()]) and not _QUOTE_MARK.search(said[: m.start()])
            told_from = start + m.start() if own else start
            chosen = [c for c in chosen if sentence_of[c.index] != sentence or tokens[c.index].end <= told_from]
            extras.append((f"quoted:{m.group().strip(_QUOTE_EDGE)}", 0.0))  # and the rest of the post is not asked
    return chosen, extras, spans


# A question the writer put to someone and passes on: "Asked AFM and the city when the dispute will
# be settled.", "Kysyin Kuntaliitosta, milloin ...", "Jag frågade Kommunförbundet när ...".
_ASKING = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:asked|kysyin|kysyimme|(?:jag|vi)\s+frågade|frågade)\b[^.!?]*?\b(?:when|whether|why|how|milloin|miksi"
    r"|miten|onko|när|varför|hur|om)\b",
    re.IGNORECASE,
)
_ASKING_GATE = re.compile(r"\b(?:asked|kysyin|kysyimme|frågade)\b", re.IGNORECASE)
_UNDECIDED = re.compile(
    r"\b(?:too\s+(?:early|soon)\s+to\s+(?:say|tell|judge)|liian\s+(?:aikaista|aikaisin|varhaista|varhain)\s+(?:sanoa|arvioida)"
    r"|för\s+tidigt\s+(?:för\s+att|att)\s+(?:säga|bedöma))\b",
    re.IGNORECASE,
)


def _undecided_sentences(text: str, tokens: list[Token], sentence_of: list[int]) -> set[int]:
    """The sentences that say it is too early to judge: their words of tone are what is not yet known."""
    if not (_UNDECIDED.search(text) or _ASKING_GATE.search(text)):
        return set()
    out: set[int] = set()
    for n in set(sentence_of):
        _start, said = _sentence_text(text, tokens, sentence_of, n)
        if _UNDECIDED.search(said) or _ASKING.match(said):
            out.add(n)
    return out


# A result split between shares (two figures of _SHARE, or "some ..., others") reports both sides:
# "61% were satisfied with the training and 27% were not", "Osa yleisöstä oli tyytyväinen
# vastaukseen, osa ei.", "vissa ... nöjda, andra ..."
_SPLIT_SHARES = re.compile(
    r"\bosa\b[^.!?]*,\s*(?:mutta\s+|ja\s+)?osa\b|\bsome\b[^.!?]*(?:,\s*|\s+(?=and|but|while))(?:while\s+|but\s+|and\s+)?others\b"
    r"|\b(?:vissa|en\s+del|några)\b[^.!?]*,\s*(?:medan\s+|men\s+)?andra\b"
)


# An agenda lists topics: "Agenda: route data sharing, tender timelines and pupil safety standards."
_AGENDA = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:agenda|asialista\w*|esityslista\w*|dagordning\w*|föredragningslista\w*|på\s+dagordningen)\s*:",
    re.IGNORECASE,
)


def _split_sentences(text: str, tokens: list[Token], sentence_of: list[int]) -> set[int]:
    """The sentences that report a result split between shares (see _SPLIT_SHARES), whose words of
    tone are how the shares answered, and the sentences that list an agenda (see _AGENDA): neither
    is the writer's verdict."""
    agenda = _AGENDA.search(text) is not None
    if len(_SHARE.findall(text)) < 2 and not _SPLIT_SHARES.search(text.lower()) and not agenda:
        return set()
    out: set[int] = set()
    for n in set(sentence_of):
        _start, said = _sentence_text(text, tokens, sentence_of, n)
        if len(_SHARE.findall(said)) >= 2 or _SPLIT_SHARES.search(said) or (agenda and _AGENDA.match(said)):
            out.add(n)
    return out


# The critics named as the ones let down: "Oppositio on järkyttynyt", "Stackars oppositionen",
# "Poor critics".
_CRITICS_MOCKED = re.compile(
    r"\b(?:oppositio\s+on\s+(?:järkyttynyt|pettynyt|tyrmistynyt)|stackars\s+(?:oppositionen|kritikerna)"
    r"|poor\s+(?:critics|opposition|sceptics|skeptics)|the\s+(?:critics|opposition)\s+(?:are|is)\s+(?:devastated|shocked|"
    r"heartbroken|in\s+shock)|oppositionen\s+är\s+(?:chockad|förkrossad|besviken)"
    # ... or the critics' own discovery put in scare quotes: "Oppositionen har 'upptäckt' att ..."
    r"|\b(?:oppositio|oppositionen|kriitikot|arvostelijat|kritikerna|(?:the\s+)?opposition|(?:the\s+)?critics|councillors"
    r"|valtuutetut|ledamöter|ledamöterna|politicians|poliitikot|politiker)"
    r"\s+(?:\w+\s+){0,2}['‘’\"“”](?=\w+(?:\s+\w+)?['’\"”]))"
    # ... or a sentence of its own about what the critics would always do: "Some critics would complain
    # about free coffee", "Kriitikot voisivat lukea raportin", "Vissa kritiker hittar fel i precis allt"
    r"|(?:^|[.!?🙄🙃]\s*)(?:some\s+|the\s+|vissa\s+|jotkut\s+)?(?:critics|kriitikot|kritiker|kritikerna|arvostelijat)"
    r"\s+(?:would|could|will|always|voisivat|aina|hittar|kan|kunde|skulle|find)\b"
    # ... or the doom-sayers named, and their plight: "Shocking news for the doom-sayers", "However will
    # the opposition cope?", "Kyllä oppositiolla on nyt pureskeltavaa", "för vissa i fullmäktige"
    r"|\b(?:doom-?sayers|naysayers|nay-sayers|pessimists|domedagsprofeter|olyckskorpar|pessimistit|foliohatut)\b"
    r"|\bhow(?:ever)?\s+will\s+(?:the\s+)?(?:opposition|critics|sceptics|skeptics)\s+cope\b"
    r"|\boppositiolla\s+on\s+(?:nyt\s+)?(?:pureskeltavaa|sulattelemista)\b|\bför\s+vissa\s+i\s+fullmäktige\b"
    # "Kriitikot ovat varmasti syvästi järkyttyneitä", "Kritikerna lär vara förkrossade", "the 'leave AFM' crowd"
    r"|\b(?:kriitikot|arvostelijat|kritikerna|critics|sceptics|skeptics)\s+(?:\w+\s+){0,3}?(?:järkyttyneitä|järkyttynyt"
    r"|pettyneitä|tyrmistyneitä|förkrossade|chockade|bestörta|devastated|shocked|heartbroken|gutted)\b"
    r"|\bthe\s+['‘\"“][^'’\"”]{3,40}['’\"”]\s+crowd\b|\bthe\s+[\w-]+(?:\s+[\w-]+)?\s+crowd\b"
    # the doom the critics foretold: "Kritikerna lovade att samarbetet skulle rasa ihop till nyår"
    r"|\b(?:kriitikot|arvostelijat|kritikerna|critics|sceptics|skeptics|op-eds)\s+(?:\w+\s+){0,2}?(?:lupasivat|ennustivat"
    r"|lovade|spådde|förutspådde|predicted|promised|promising|warned)\b"
    # those who demand leaving, waited for: "mitä eroa vaativat keksivät tästä", "nästa motion om att vi borde lämna"
    r"|\beroa\s+vaativ\w*\b|\bnästa\s+motion\s+om\s+att\b|\bnext\s+motion\s+to\s+(?:leave|quit)\b"
    # what the critics will find wrong this time: "Can't wait to hear what the critics find wrong with that"
    r"|\bwhat\s+the\s+critics\s+(?:find|say|make)\b|\batt\s+kritikerna\s+hittar\b|\bmitä\s+kriitikot\s+\w+\b"
    # the same claim once more: "Taas joku ehti julistaa, että ...", "Igen har någon förklarat att ..."
    r"|\b(?:taas|jälleen)\s+joku\s+(?:ehti\s+)?(?:julistaa|väittää|väitti|kirjoittaa)\b|\bigen\s+har\s+någon\b"
    r"|\bsomeone\s+has\s+(?:once\s+again|again)\s+(?:declared|announced|claimed)\b",
    re.IGNORECASE,
)


_SOMEONE_LEAVING = re.compile(
    r"\b(?:joku|jotkut|någon|några|someone|somebody)\b[^.!?]{0,60}?\b(?:ero\w*|lämna\w*|utträd\w*|gå\s+ur|leav\w*|quit\w*)",
    re.IGNORECASE,
)
# A call to leave put in a mocking voice: a sarcastic "sure, let's ...", or "what could possibly go wrong".
_MOCK_CALL = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:oh\s+)?sure|visst|javisst|jo\s+visst|joo\s+joo|niin\s+tietysti|totta\s+kai),?\s+"
    r"(?:let'?s|låt\s+oss|\w+(?:taan|tään)\s+vaan)\b"
    r"|\bwill\s+surely\s+(?:fix|solve|save)\b|\bwhat\s+could\s+possibly\s+go\s+wrong|\bvad\s+kan\s+(?:möjligen\s+|väl\s+)?gå\s+fel|\bmikä\s+voisi\s+(?:muka\s+)?mennä\s+(?:pieleen|vikaan)"
    # the saving that leaving would bring, in scare quotes: "nu ska vi alltså ”spara” genom att lämna"
    r"|(?<!\w)['‘’\"“”][^'‘’\"“”]{0,40}?\b(?:sav(?:e|es|ing|ings)|spar\w*|besparing\w*|säästä\w*|säästö\w*)\b"
    r"[^'‘’\"“”]{0,40}['’\"”](?!\w)",
    re.IGNORECASE,
)


# The critics and what they claim: "councillors who think Helsinki could replace ...", "joku
# valtuutettu on keksinyt, että ...", "Ledamoten som kallar Kommunförbundet för ...", "enligt samma
# ledamöter". With a sign of sarcasm, it is their claim that is mocked.
_CRITICS_CLAIM = re.compile(
    r"\b(?:councillors?|politicians?|critics|people|those|folks?|valtuutet\w*|poliitik\w*|kriitik\w*|ledamot\w*|ledamöter\w*"
    r"|politiker\w*|kritiker\w*)\s+(?:\w+\s+){0,2}?(?:who\s+|jotka\s+|joka\s+|som\s+)?"
    r"(?:think|thinks|believe|believes|claim|claims|calling|call|calls|insist|insists|suggest\w*|for\s+suggesting"
    r"|ehdot\w*|för\s+förslaget|keksi\w*|väittä\w*|väitti"
    r"|kutsu\w*|luule\w*|kallar|kallade|tror|påstår|tycker|menar)\b"
    r"|\benligt\s+(?:samma|vissa)\s+(?:ledamöter|politiker|fullmäktigeledamöter)\b",
    re.IGNORECASE,
)
# What a critic claims when it speaks of doing without the partner.
_DOING_WITHOUT = re.compile(
    r"\b(?:ilman|utan|without|replace|korvata|korvaisi|ersätta|ersätter|quit|leave|leaving|erota|eroa\w*|lämna\w*"
    r"|gå\s+ur|utträd\w*)\b",
    re.IGNORECASE,
)


def _sentence_stop(text: str, at: int) -> int:
    """Where the sentence that runs at `at` ends."""
    end = _SENTENCE_END.search(text, at)
    return end.start() if end else len(text)


def _critics_claim(text: str, tokens: list[Token], contributions: list[engine.Contribution]) -> bool:
    """Whether the post tells of critics who claim something bad of the partner, or that the city
    could do without it: the sentence of their claim finds fault or speaks of doing without."""
    for m in _CRITICS_CLAIM.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n") + 1
        stop = _sentence_stop(text, m.end())
        # the claim ends where the sentence does, or at the emoji that mocks it
        stop = next((t.start for t in tokens if m.end() <= t.start < stop and t.kind == "emoji"), stop)
        # what they claim, after the critics are named: the writer's own words before that are not theirs
        claim = [c for c in contributions if m.start() <= tokens[c.index].start < stop]
        tone = sum(c.value for c in claim if tokens[c.index].kind == "word")
        if tone < 0 or _DOING_WITHOUT.search(text, start, stop):
            return True
    return False


# A critic's words repeated in order to mock them: "Sure, AFM is 'useless'. That must be why ...",
# "Niin tietysti, Kuntaliitto on ”pelkkä kahvikerho”.", "Jaså, Kommunförbundet ”gör ingenting”?"
_MOCKED_CLAIM = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:sure|oh\s+sure|yeah\s+right|(?:ah|oh)\s+(?:yes|right)|niin\s+tietysti|niinpä\s+tietysti"
    r"|aivan\s+varmasti|ai\s+niin|jaaha|jaha|jaså|jasså|javisst|jo\s+visst|visst|joo,?\s+joo|yes,?\s+yes|ja,?\s+ja)"
    r"\s*,?\s+[^.!?]*?[”\"“'‘](?P<quoted>[^”\"“'’]{2,40})[”\"'’]",
    re.IGNORECASE,
)
_FAULT_WORDS = re.compile(
    r"\b(?:nothing|useless|pointless|ingenting|inget|värdelös\w*|meningslös\w*|mitään|pelkkä\w*|turha\w*|hyödytön\w*)\b",
    re.IGNORECASE,
)


# A quote-post: the writer's comment, then the post it quotes under a label on a line of its own
# ("That's simply not true.\n\nQuoting: \"Kuntaliitto never answers on time\"").
_QUOTE_BLOCK = re.compile(
    r"\n\s*(?:(?:quoting|quote|quoted|lainaus|lainattu|lainaan|citerat|citat|citerar|qt)(?:\s+@[\w.]+)?\s*:|>)\s*"
    # ... or a short comment, then the quoted post in quotation marks: "Precis så. ”Utan ... i tid.”"
    r"|(?<=[.!?:])\s+(?=[”\"“][^”\"“]{20,}[”\"]\s*$)"
    # ... or the old-style retweet or quote marker after the comment, on the same line: "Stämmer inte.
    # ... RT @kommunforbundet: Samarbetet har förkortat handläggningstiderna."
    r"|(?<=[.!?])\s+(?:RT|QT|quoting|lainaus|citerar)\s+@[\w.]+\s*:\s*",
    re.IGNORECASE,
)
_QUOTE_CLOSES = {"'": "'", '"': '"', "“": "”", "”": "”", "‘": "’", "«": "»"}
_ABSOLUTE_DENIAL = re.compile(
    r"\b(?:never|nobody|no\s+one|ei\s+koskaan|ei\s+ikinä|kukaan\s+ei|aldrig|ingen\s+någonsin)\b", re.IGNORECASE
)
# The comment agrees with what it quotes: "This, exactly.", "Juuri tätä olen sanonut koko kevään."
# A correction made or on its way, and the words for the error it mends.
_CORRECTED = re.compile(
    r"\b(?:corrected|correction|be\s+corrected|fixed|rättad\w*|rättelse\w*|rättas|rättat|korjattu\w*"
    r"|korjasi\w*|korjaus\w*|oikaistu\w*|oikaisu\w*)\b",
    re.IGNORECASE,
)
# ... unless none came, or it came late: "nobody has corrected them since", "korjasi sen vasta kolmen
# viikon päästä"
_NOT_CORRECTED = re.compile(
    r"(?:\b(?:not|never|still\s+no|nobody|no\s+one|ei|eikä|kukaan|inte|aldrig|ingen)|n't)\s+(?:\w+\s+){0,3}?"
    r"(?:correct|fix|rätt|korja|oikais)"
    r"|\b(?:correct\w*|fixed|rättad\w*|rättade|korjasi\w*|korjattiin|oikaisi\w*)\s+(?:\w+\s+){0,2}?(?:vasta|först|only)\b",
    re.IGNORECASE,
)
_ERROR_WORD = re.compile(
    r"^(?:errors?|mistakes?|misread\w*|outdated|wrong|incorrect|fel|felet|felaktig\w*|misstag\w*|ursäkt\w*"
    r"|\w*virhe\w*|väär\w*|virheelli\w*|anteeksi)$"
)
# Backing another's view, anywhere in the post, unless the one backed is the partner named just before.
BACKED_PARTNER_GAP = 12
_SENTENCE_BREAK = re.compile(r"[.!?:;]")
_BACKING = re.compile(
    r"\b(?:(?:i\s+|fully\s+|completely\s+)?agree\s+(?:with|100)|(?:is|are|was)\s+(?:\w+\s+)?(?:spot\s+on|right\s+(?:that|to|about))"
    r"|osuu\s+(?:\w+\s+)?(?:oikeaan|naulan\s+kantaan|asian\s+ytimeen)|on\s+(?:täysin\s+)?oikeassa"
    r"|träffar\s+(?:\w+\s+)?(?:rätt|mitt\s+i\s+prick|huvudet\s+på\s+spiken)|har\s+(?:helt\s+)?rätt)",
    re.IGNORECASE,
)
_AGREES = re.compile(
    r"^\W*(?:this,?\s+exactly|exactly\s+this|this\W*$|so\s+true|well\s+put|juuri\s+tätä|tätä\s+olen\s+sanonut"
    r"|finally\s+(?:someone|somebody)\s+(?:says|said)|äntligen\s+någon\s+som\s+säger|vihdoin\s+joku\s+sanoo"
    r"|exactly\s+what\s+i(?:'ve|\s+have)?\s+(?:warned|said|predicted|been\s+warning)|juuri\s+(?:tästä|sitä)\s+(?:varoitin|sanoin)|precis\s+det\s+jag\s+(?:har\s+)?varna(?:de|t)"
    r"|precis\s+(?:så|det\s+här)|exakt\s+(?:så|det\s+här)|det\s+här\W*$"
    # ("Couldn't agree more" is an endorsement anywhere: _ENDORSED)
    r"|(?:i\s+)?(?:couldn'?t|could\s+not)\s+have\s+(?:said|put)\s+it\s+better|juuri\s+näin|just\s+näin"
    r"|olen\s+samaa\s+mieltä|komppaan|tämä\.|kunde\s+inte\s+(?:ha\s+)?sagt\s+det\s+bättre"
    r"|precis\s+det\s+(?:jag|vi)\s+har\s+sagt|håller\s+(?:helt\s+)?med(?:\s+till\s+(?:hundra|100)\s+(?:procent|%))?"
    r"|(?:olen\s+)?täysin\s+samaa\s+mieltä|allekirjoitan\s+(?:täysin|joka\s+sanan))",
    re.IGNORECASE,
)


def _quote_post(
    text: str,
    tokens: list[Token],
    contributions: list[engine.Contribution],
    chosen: list[engine.Contribution],
    matches: list[Match],
    lang: str,
) -> tuple[list[engine.Contribution], list[tuple[str, float]], list[tuple[int, int]]]:
    """The quoted post's words are its author's: they count as the writer's when the comment
    agrees with them, the other way round when the comment rebuts them, and not at all otherwise.
    Returns the contributions, the stance of a rebuttal, and where the quoted post stands."""
    m = _QUOTE_BLOCK.search(text)
    if m is None or not text[: m.start()].strip():
        return chosen, [], []
    at, end = m.start(), len(text)
    closing = _QUOTE_CLOSES.get(text[m.end() : m.end() + 1])
    if "@" in m.group() and closing is not None and (close := text.find(closing, m.end() + 1)) > 0:
        # "RT @Kuntaliitto: 'Yhteistyö on edennyt suunnitellusti.' Me luimme ...": the retweeted words
        # end with their quotation mark, and what follows is the writer's again
        end = close + 1
    comment = (text[:at] + " " + text[end:]).strip().lower()
    quoted = [c for c in contributions if at <= tokens[c.index].start < end]
    if any(mt.start < at or mt.start >= end for mt in matches):
        own = [c for c in chosen if not at <= tokens[c.index].start < end]
    else:
        # the partner is named only in the quoted post: the comment speaks of it
        own = [c for c in contributions if not at <= tokens[c.index].start < end]
    tone = sum(c.value for c in quoted)
    never_better = any(n.startswith("never-better") for c in quoted for n in c.notes)  # "never run this smoothly"
    if _ABSOLUTE_DENIAL.search(text[at:end]) and tone > 0 and not never_better:
        # "Kuntaliitto never answers on time": a claim of never is criticism, whatever its words
        quoted, tone = [], 0.0
    rebuttal = REBUTTAL_PATTERNS[lang].search(comment) if lang in REBUTTAL_PATTERNS else None
    if _AGREES.match(comment) or _ENDORSED.search(comment):
        return own + quoted, [("quote endorsed", 0.0)], [(at, end)]
    if rebuttal is not None:
        # a claim without words of tone is taken for criticism, as rebutted claims mostly are, unless
        # the partner makes it of itself ("RT @Kuntaliitto: Yhteistyö on lyhentänyt käsittelyaikoja")
        if not tone and any(m.start() <= mt.start < m.end() for mt in matches):
            tone = 1.0
        answer = set(rebuttal.group().split())
        kept = [c for c in own if tokens[c.index].lower not in answer]
        flipped = [c.reweighed(c.value * engine.N_SCALAR, "rebutted") for c in quoted]
        return (
            kept + flipped,
            [(f"{rebuttal.group()}(rebuttal)", -REBUTTAL_VALENCE if tone > 0 else REBUTTAL_VALENCE)],
            [(at, end)],
        )
    return own, [], [(at, end)]


def _praised(
    sentence: int,
    sentence_of: list[int],
    chosen: list[engine.Contribution],
    contributions: list[engine.Contribution] | None,
) -> bool:
    """Whether a quoted sentence praises: by the words chosen for the stance, or, where it stands
    outside the topic's region ("The CEO says the partnership has 'never been stronger'. Then why
    ..."), by all of its words."""
    mine = [c for c in chosen if sentence_of[c.index] == sentence]
    if not mine and contributions is not None:
        mine = [c for c in contributions if sentence_of[c.index] == sentence]
    return sum(c.value for c in mine) >= WEAK_TONE  # "Some want Helsinki to leave": "want" is no praise


# The ones a post turns to, to answer them: "To those calling AFM ...:", "Till er som ...:", "Teille, jotka ...:".
_ADDRESSED = re.compile(
    r"^\W*(?:(?:reply|answer|svar|vastaus)\s+)?(?:(?:to|for)\s+(?:those|everyone|people|all)|till\s+(?:er|dem|alla)|teille|niille|heille"
    r"|(?:eroa|eroamista)\s+(?:vaativille|haikaileville|ajaville))\b"
)
# The writer's own clause ends where the source's begins: ", ja ministeriö kehui ...", ": the mayor said".
_OWN_CLAUSE_BEFORE = re.compile(r"\w\W*(?:,\s*(?:ja|and|och|men|mutta|but)?|;|:)\s*$")
_QUOTE_MARK = re.compile(r"[\"'”“’‘«»]")
# The quote marks and comma that a reporting clause starts with: "”, sanoi eräs valtuutettu".
_QUOTE_EDGE = " ,'\"”’“‘"


_NEVER_BEFORE = re.compile(r"\b(?:aldrig|never|koskaan|ikinä)\b(?:\W+\w+){0,2}\W*$")


# What was meant, pointed at as now come true: "This is what the cooperation was supposed to look like."
_THIS_IS_WHAT = re.compile(
    r"\b(?:this\s+is|that\s+is|that'?s|that’s|here'?s|is|are)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\bså\s+här\s+(?:\w+\s+){0,3}$"
)


def _framed(
    text: str,
    tokens: list[Token],
    sentence_of: list[int],
    chosen: list[engine.Contribution],
    region: Region,
    lang: str,
) -> tuple[list[engine.Contribution], list[tuple[str, float]]]:
    """A counterfactual wish or a doubt cancels the praise after it in its sentence."""
    pattern = FRAME_PATTERNS.get(lang)
    if pattern is None:
        return chosen, []
    extras: list[tuple[str, float]] = []
    # Clauses of the region that only a comma parts read as one: "Vähän epäilen, onko ..."
    joined: list[tuple[int, int]] = []
    for a, b in region.spans:
        if joined and not text[joined[-1][1] : a].strip(" ,;:"):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    for a, b in joined:
        part = text[a:b].lower()
        for m in pattern.finditer(part):
            if (
                _FULFILLED_BEFORE.search(part[: m.start()])
                or _PROPOSED_BEFORE.search(part[: m.start()])
                or _NEVER_BEFORE.search(part[: m.start()])
                or _THIS_IS_WHAT.search(part[: m.start()])
                or part[: m.start()].rstrip().endswith(("vem", "who"))
            ):
                continue  # ... and "har aldrig fungerat bättre än nu" is praise
            at = a + m.start()
            first = next((i for i, t in enumerate(tokens) if t.start >= at), None)
            if first is None:
                continue
            praised = [
                c
                for c in chosen
                if c.value > 0
                and "would-have" not in c.notes
                and c.index >= first
                and sentence_of[c.index] == sentence_of[first]
            ]
            if not praised and _COUNTERFACTUAL_FRAME.search(m.group()):
                continue  # "would have been a disaster": nothing good is wished for
            chosen = [c.reweighed(c.value * engine.N_SCALAR, "framed") if c in praised else c for c in chosen]
            extras.append((f"{m.group()}(frame)", FRAME_VALENCE))
            break
    return chosen, extras[:1]


def _regretted(
    tokens: list[Token], sentence_of: list[int], chosen: list[engine.Contribution]
) -> list[engine.Contribution]:
    """Praise after "tyvärr" / "unfortunately" in the same sentence names what went wrong."""
    regrets = [i for i, t in enumerate(tokens) if t.lower in REGRET_WORDS]
    if not regrets:
        return chosen
    return [
        c.reweighed(c.value * REGRET_DAMP, "regret")
        if c.value > 0 and any(r < c.index and sentence_of[r] == sentence_of[c.index] for r in regrets)
        else c
        for c in chosen
    ]


def _bare_negations(
    tokens: list[Token], lang: str, contributions: list[engine.Contribution]
) -> list[engine.Contribution]:
    """A negation that negates no word of the lexicon still lowers the tone a little ("En
    halua", "Det går inte"): denials and refusals are more often said in a negative mood.
    Counted in the post's sentiment only, never in its stance."""
    profile = engine.profile_for(lang)
    negated = {n[4:] for c in contributions for n in c.notes if n.startswith("neg:")}
    out = [
        engine.Contribution(i, t.text, t.lower, BARE_NEGATION_VALENCE, BARE_NEGATION_VALENCE, ("bare negation",))
        for i, t in enumerate(tokens)
        if t.lower in profile.negators and t.lower not in negated and t.lower != "ilman"
    ]
    return out[:2]


_SALUTATIONS = frozenset(words("hei moi moikka terve hej hejsan tjena hi hello hey"))


def _salutations(tokens: list[Token], named: set[int]) -> set[int]:
    """A greeting that opens a post or a sentence ("Hei, ja kiitos kysymyksestä!", "Hej! ..."), a
    welcome to a person or to a stand ("Välkommen, Anna!", "Tervetuloa osastolle B12!") and a
    correction of one's own post ("Correction: yesterday's post gave the wrong figure.") are
    manners, not a view of the topic; the post's sentiment still counts them."""
    found: set[int] = set()
    for i, t in enumerate(tokens):
        if t.lower in _SALUTATIONS and i + 1 < len(tokens) and tokens[i + 1].text.startswith("!"):
            found.add(i)  # "Kuntaliiton viestinnästä hei!"
        if t.lower in _THANKS and i + 1 < len(tokens) and tokens[i + 1].kind == "mention" and i + 1 not in named:
            # "Thanks @HSjournalist, hadn't realised ...": thanks to a third person (not the partner's
            # handle, which names the topic) for a fact
            found.add(i)
        if not (i == 0 or ends_sentence(tokens[i - 1])):
            continue
        if t.lower in _SALUTATIONS:
            found.add(i)
            continue
        elif t.lower in _WELCOME:
            after = next((u for u in tokens[i + 1 : i + 3] if u.kind == "word"), None)
            if after is not None and (after.text[:1].isupper() or after.lower in _WELCOMED_TO):
                found.add(i)
        elif t.lower in _THANKS and any(u.lower in _THANKED_FOR for u in tokens[i + 1 : i + 4]):
            # "Kiitos vinkistä! 🙏", "Thanks for flagging": thanks for a reply, not for the cooperation
            end = next((k for k in range(i + 1, len(tokens)) if ends_sentence(tokens[k])), len(tokens) - 1)
            while end + 1 < len(tokens) and tokens[end + 1].kind in ("emoji", "emoticon"):
                end += 1
            found.update(range(i, end + 1))
        elif t.lower in _CORRECTION and any(u.text == ":" for u in tokens[i + 1 : i + 4]):
            # the correction and the sentence after it: "…, not €2.4 million. Apologies for the error."
            ends = [k for k in range(i + 2, len(tokens)) if ends_sentence(tokens[k])][:2]
            found.update(range(i, (ends[-1] if ends else len(tokens)) + 1))
    return found


_WELCOME = frozenset(words("tervetuloa välkommen welcome"))
_WELCOMED_TO = frozenset(
    words(
        "osastolle paikalle kuulolle seuraamaan kuulemaan mukaan tilaisuuteen seminaariin webinaariin standen monter "
        "på booth stand"
    )
)
_CORRECTION = frozenset(words("correction korjaus oikaisu rättelse rättelsen"))
_THANKS = frozenset(words("kiitos kiitokset tack thanks thank"))
_THANKED_FOR = frozenset(
    words(
        "vinkistä kommentista palautteesta kysymyksestä viestistä huomiosta tipset kommentaren frågan "
        "återkopplingen flagging asking question tip comment feedback heads-up"
    )
)


def _poll_questions(tokens: list[Token], lang: str) -> set[int]:
    """Token indexes of questions put to the audience ("Onko maksu mielestäsi oikea?",
    "Tycker du att avgiften är rimlig?"): their words ask, they do not judge."""
    pattern = POLL_PATTERNS.get(lang)
    if pattern is None or not any(t.text.endswith("?") for t in tokens if t.kind == "punct"):
        return set()
    out: set[int] = set()
    start = 0
    asked = False  # the sentence before was a question put to the audience
    for i, tok in enumerate(tokens):
        if ends_sentence(tok):
            question = tok.text.startswith("?")
            if question:
                said = " ".join(t.lower for t in tokens[start:i] if t.kind == "word")
                # The invitation may follow the question, at the start of one of the next two
                # sentences: "... extended? Have your say.", "... most useful? A, B or C. Comment below."
                invitation = _INVITATION.get(lang, _NEVER)
                following = _next_sentences(tokens, i + 1, 2)
                invited = next((k for k, s in enumerate(following) if invitation.match(s)), None)
                # A follow-up question asks too: "Q for followers: has anyone been? How long was it?"
                if pattern.search(said) or invited is not None or asked:
                    out.update(range(start, i))
                if invited is not None:
                    # "Tell us which format works best for you": the invitation asks too.
                    out.update(_sentence_span(tokens, i + 1, invited))
            asked = question and start in out
            start = i + 1
    return out


def _sentence_span(tokens: list[Token], start: int, skip: int) -> range:
    """Token indexes of the sentence `skip` sentences after the one starting at token `start`."""
    first = start
    for i in range(start, len(tokens)):
        tok = tokens[i]
        if ends_sentence(tok):
            if skip == 0:
                return range(first, i + 1)
            skip -= 1
            first = i + 1
    return range(first, len(tokens))


def _next_sentences(tokens: list[Token], start: int, count: int) -> list[str]:
    """The lower-cased words of up to `count` sentences from token `start` on."""
    out: list[str] = []
    current: list[str] = []
    for tok in tokens[start:]:
        if tok.kind == "word":
            current.append(tok.lower)
        elif ends_sentence(tok) and current:
            out.append(" ".join(current))
            current = []
            if len(out) == count:
                return out
    if current:
        out.append(" ".join(current))
    return out[:count]


_RIGHT_TIME = frozenset(words("saumaan aikaan hetkeen"))


def _mock_praise(tokens: list[Token], chosen: list[engine.Contribution]) -> list[str]:
    """Praise trailing off into an ellipsis within a few words, or led by "just"
    ("Jättebra...", "Brilliant work, AFM...", "Just great")."""
    found: list[str] = []
    for c in chosen:
        if c.value <= 0:
            continue
        prev = tokens[c.index - 1] if c.index > 0 else None
        before = tokens[c.index - 2].lower if c.index > 1 else ""
        # "ei ole juuri valittamista" (hardly anything to complain of): "juuri" after a negation is no mock
        denied = any(n.startswith("neg:") for n in c.notes)
        # "Juuri tätä jäsenmaksulla ostetaan": "just" before a pointing word is "exactly"; before a
        # deed ("just won the award") it is "recently"
        denied = denied or c.surface.lower().split()[0] in _POINTING or c.surface.lower().split()[0] in _DEEDS
        # "tuli juuri oikeaan saumaan", "just at the right time": timing, not mockery
        denied = denied or c.surface.lower().split()[-1] in _RIGHT_TIME
        # "Not flashy, just useful": "just" after a denied word is "only", no mockery
        contrasting = before in (",", "–", "—") and any(
            t.lower in _NOT_WORDS for t in tokens[max(0, c.index - 6) : c.index - 2]
        )
        if (
            prev is not None
            and prev.lower in _MOCKING
            and before not in _AUXILIARIES
            and not denied
            and not contrasting
        ):
            found.append(f"{prev.text} {c.surface}")
            continue
        after = " ".join(t.lower for t in tokens[c.index + 1 : c.index + 1 + _MOCK_REACH] if t.kind == "word")
        if _OF_A_SORT.match(after):
            found.append(f"{c.surface}, {after}")
            continue
        for tok in tokens[c.index + 1 : c.index + 1 + _MOCK_REACH]:
            if tok.kind not in ("punct", "pause") or tok.text in (",", "–", "—", "-"):
                continue
            if tok.text.startswith(("..", "…")):
                found.append(f"{c.surface}…")
            break
    return found


# Thanks for "yet another" of something is no thanks: "tack för ännu ett pressmeddelande utan
# innehåll", "Thanks for yet another memo", "Kiitos taas yhdestä selvityksestä".
_MOCK_THANKS = re.compile(
    r"\b(?:thanks?(?:\s+you)?(?:,?\s+@?\w+,?)?\s+for\s+yet\s+another|kiitos(?:\s+@?\w+)?\s+(?:taas|jälleen)\s+yhdestä"
    r"|tack(?:\s+@?\w+)?\s+för\s+ännu\s+e(?:n|tt))\b",
    re.IGNORECASE,
)


# A quoted claim, then its own word of praise thrown back at it with a fact that belies it:
# "”... on esimerkillistä koko Euroopassa.” Esimerkillistä, kun raportti tuli kolme kuukautta
# myöhässä.", "”... a model for the whole region.” A model whose report arrived three months late."
_QUOTED_CLAIM = re.compile(r"[”\"“«](?P<claim>[^”\"“«»]{15,}?)[”\"»]")
_ECHO_ARTICLES = frozenset(words("a an the en ett so så niin"))
ECHO_STEM = 5


def _echoed_praise(text: str, tokens: list[Token], contributions: list[engine.Contribution]) -> list[str]:
    """A word of a quoted claim that opens the next sentence, where the rest of that sentence finds
    fault: the claim repeated to be mocked. A sincere echo ("A model partner whose experts never
    let us down") says something good after it and is no mockery."""
    found: list[str] = []
    value_at = {c.index: c.value for c in contributions}
    for m in _QUOTED_CLAIM.finditer(text):
        claim = [t.lower for t in tokens if m.start("claim") <= t.start < m.end("claim") and t.kind == "word"]
        after = [i for i, t in enumerate(tokens) if t.start >= m.end() and t.kind != "pause"]
        while after and (tokens[after[0]].kind == "punct" or tokens[after[0]].lower in _ECHO_ARTICLES):
            after = after[1:]
        if not after or tokens[after[0]].kind != "word" or len(tokens[after[0]].lower) < ECHO_STEM:
            continue
        echo = tokens[after[0]].lower
        if not any(w[:ECHO_STEM] == echo[:ECHO_STEM] for w in claim if len(w) >= ECHO_STEM):
            continue
        rest: list[int] = []
        for i in after[1:]:
            if tokens[i].kind == "punct" and tokens[i].text in ".!?":
                break
            rest.append(i)
        if sum(value_at.get(i, 0.0) for i in rest) < 0:
            found.append(f"echo:{tokens[after[0]].text}")
    return found


# Praise taken back by what trails it: "Progress, of a sort.", "Edistystä, tavallaan.", "Framsteg, typ."
_OF_A_SORT = re.compile(
    r"^(?:of\s+(?:a\s+)?sorts?|sort\s+of|kind\s+of|tavallaan|jollain\s+tapaa|typ|på\s+sitt\s+sätt)$"
)


def _evidence(work: _Work) -> tuple[str, ...]:
    chosen = work.stance_contributions if work.region is not None else work.all_contributions
    items = [c.evidence() for c in sorted(chosen, key=lambda c: -abs(c.value))]
    items += [f"{label}({value:+.1f})" for label, value in work.extras]
    if _table_spoke(work):
        assert work.lean is not None
        items = items[:9] + [f"{surface}(table:{work.lean.label},{pull:.1f})" for surface, pull in work.lean.evidence]
    return tuple(items[:12])


def _table_spoke(work: _Work) -> bool:
    """The learned table was weighed in, leaned to the label given, and gave or changed it: its
    words are evidence then, and only then."""
    if work.lean is None or work.firm or work.label is None or work.lean.label != work.label:
        return False
    rule_label = label_for(work.rule_stance or 0.0, STANCE_THRESHOLD)
    return work.label != "neutral" or work.label != rule_label


def score(text: str, *, topic: Topic, lang: str | None = None) -> Score:
    """How one post speaks about one topic; never reads the clock, no I/O after first load."""
    work = _run(text, topic, lang)
    return Score(
        topic=topic.id,
        scorer_version=SCORER_VERSION,
        lang=work.lang,
        relevant=bool(work.matches),
        terms=tuple(dict.fromkeys(m.surface for m in work.matches)),
        sentiment=round(work.sentiment, 4),
        stance=work.stance,
        label=work.label,
        evidence=_evidence(work),
    )


def _explain_table(work: _Work) -> list[str]:
    assert work.lean is not None
    odds = ", ".join(f"{label} {math.exp(work.lean.log_probs[label]):.2f}" for label in learned.LABELS)
    words_ = ", ".join(f'"{surface}" ({pull:.1f} nats)' for surface, pull in work.lean.evidence) or "no word stands out"
    lines = [
        f"  Learned table (bench/stance_table.py): leans {work.lean.label} ({odds}); its strongest words: {words_}."
    ]
    if work.firm:
        lines.append("  The rules read a construction here, so their stance stands and the table is not weighed in.")
    else:
        lines.append(
            f"  Rules {work.rule_stance:+.2f} and table together give {work.stance:+.2f} (see bot/analysis/learned.py)."
        )
    return lines


def explain(text: str, *, topic: Topic, lang: str | None = None) -> str:
    """A few lines in words: why this language, which terms matched, what moved the numbers."""
    work = _run(text, topic, lang)
    lines: list[str] = []
    if work.declared and work.declared == work.lang:
        how = "declared by the source"
    elif work.lang == "und":
        how = "too little text to tell"
    else:
        how = "detected by py3langid on the text without links, handles and hashtags"
    support = "" if work.lang in SUPPORTED else " (unsupported: no stance is given)"
    lines.append(f"Language: {work.lang}, {how}{support}.")
    if work.matches:
        found = ", ".join(f'"{m.surface}" (term {m.term})' for m in work.matches)
        lines.append(f"Relevant to {topic.name}: matched {found}.")
    else:
        every = ", ".join(t for terms in topic.terms.values() for t in terms)
        lines.append(f"Not relevant to {topic.name}: none of its terms ({every}) occur.")
    if work.lang in SUPPORTED:
        moved = ", ".join(c.evidence() for c in work.all_contributions) or "no words with tone"
        source = "VADER" if work.lang == "en" else f"the {work.lang} lexicon"
        lines.append(f"Sentiment {work.sentiment:+.2f} ({source}): {moved}.")
    if work.region is not None and work.stance is not None:
        parts = " | ".join(text[a:b] for a, b in work.region.spans)
        moved = ", ".join(c.evidence() for c in work.stance_contributions) or "no words with tone"
        lines.append(f'Stance {work.rule_stance or 0.0:+.2f} by the rules, over the parts about the topic: "{parts}".')
        lines.append(f"  Words that moved it: {moved}.")
        if work.borrowed:
            lines.append("  (those parts carry no tone, so the rest of the post speaks for them)")
        for word, neg, _span in work.leaves:
            what = "negated, so not a call to leave" if neg else f"a call to leave ({LEAVE_VALENCE})"
            lines.append(f'  "{word}": {what}.')
        for label, value in work.extras:
            if not any(label == w for w, _n, _s in work.leaves):
                lines.append(f"  {label}: {value:+.1f}.")
        if work.lean is None and work.lang in SUPPORTED:
            # not needed for the score where the rules are firm; explain() still shows how it leans
            work.lean = learned.stance_table().lean(text, work.lang)
        lines.extend(_explain_table(work))
        lines.append(
            f"Label: {work.label} (positive at +{STANCE_THRESHOLD} or more, negative at -{STANCE_THRESHOLD} or less)."
        )
    else:
        lines.append("Label: none (not relevant or unsupported language).")
    return "\n".join(lines)
