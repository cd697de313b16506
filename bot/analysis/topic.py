"""Whether a post names a topic, and where.

Topic terms come from configuration so that users add terms without touching code. A term is one
or more words; a trailing `*` on the last word means "any ending", which is how Finnish and Swedish
inflection and compounding are reached (Kuntaliitto* matches Kuntaliiton, Kuntaliitolle,
kuntaliittoyhteistyö). Finnish consonant gradation changes the stem itself (Kuntaliitto ->
Kuntaliiton), so each Finnish stem also matches in its other grade. Handles and hashtags match
like words (@Kuntaliitto, #kuntaliitto, #SuomenKuntaliitto). A term written in capitals, such as
AFM, is an acronym: it matches only in capitals, also with a Finnish case ending (AFM:n).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.model import Topic

# Finnish consonant gradation, strong grade -> weak grade, for the consonants that end a stem.
GRADATION: tuple[tuple[str, str], ...] = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("nt", "nn"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("ht", "hd"),
    ("lk", "l"),
    ("rk", "r"),
    ("p", "v"),
    ("t", "d"),
)
_VOWELS = "aeiouyäöå"
_FI_CASE_AFTER_ACRONYM = r":[^\W\d_]{1,6}"
_EN_POSSESSIVE = r"['’]s"


@dataclass(frozen=True, slots=True)
class Match:
    """One place where a term was found: its span, its surface form and the term it came from."""

    start: int
    end: int
    surface: str
    term: str


def gradation_variants(stem: str) -> set[str]:
    """The stem in both consonant grades: kuntaliitto <-> kuntaliito, kunta <-> kunna."""
    lower = stem.lower()
    out = {lower}
    m = re.search(rf"([^{_VOWELS}]+)([{_VOWELS}]+)$", lower)
    if not m:
        return out
    cluster, tail = m.group(1), m.group(2)
    head = lower[: m.start(1)]
    for strong, weak in GRADATION:
        if cluster.endswith(strong):
            out.add(head + cluster[: -len(strong)] + weak + tail)
            break
    for strong, weak in GRADATION:
        if cluster.endswith(weak) and not cluster.endswith(strong):
            out.add(head + cluster[: -len(weak)] + strong + tail)
    return out


_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
# After the weak grade of a Finnish stem, -s/-ks- make a different word: kuntaliito-s (a
# municipal merger), kuntaliito-kset, kuntaliito-sselvitys; case endings -ssa/-sta stay, except
# that a lowercase -sta is that other word's partitive (kuntaliitosta = of a merger).
_FI_DERIVATION = re.compile(r"ks\w*|s(?!s[aä]|t[aä])\w*")
_FI_DERIVATION_LOWER = re.compile(r"st[aä]\w*")
# ... unless the post speaks of membership or of leaving, which only the association has: "pitäis
# erota kuntaliitosta", "jäsenmaksu on iso mutta kuntaliitosta saatu hyöty". Matched on the folded text.
_MEMBERSHIP_FI = re.compile(
    r"\b(?:jasenmaksu\w*|jasenyy\w*|jasenena|jasenkun\w*|erota|eroaminen\w*|eroamis\w*|eroaisi\w*|erotaan|eroamme"
    r"|eroon)\b"
)


def fold(word: str) -> str:
    """Handles are often written without Nordic letters: @kommunforbundet."""
    return word.translate(_FOLD)


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters)


def _term_pattern(term: str, lang: str) -> tuple[str, bool, int]:
    """A regex for one configured term, whether it is case-sensitive, and the strong stem's
    length (a shorter matched stem is the weak grade)."""
    star = term.endswith("*")
    words = term.rstrip("*").split()
    if not words:
        return "", False, 0
    acronym = not star and len(words) == 1 and _is_acronym(words[0])
    *head, last = words
    # Words of a multiword term may be glued together in a hashtag: #SuomenKuntaliitto.
    joined = "".join(re.escape(w) + r"[\s\-_]*" for w in head)
    strong = 0
    if star:
        stems = gradation_variants(last) if lang == "fi" else {last.lower()}
        strong = max(len(s) for s in stems)
        stems |= {fold(s) for s in stems}
        alternatives = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
        tail = rf"(?:{alternatives})(?P<rest>\w*)"
    elif acronym:
        tail = re.escape(last) + rf"(?:{_FI_CASE_AFTER_ACRONYM}|{_EN_POSSESSIVE})?"
    else:
        tail = re.escape(last) + rf"(?:{_EN_POSSESSIVE})?"
    return rf"(?<![\w.])[@#]?{joined}{tail}(?!\w)", acronym, strong


@dataclass(frozen=True, slots=True)
class TopicMatcher:
    """The compiled terms of one topic: one pattern per term, so a match names its term."""

    patterns: tuple[tuple[re.Pattern[str], str, str, int], ...]  # pattern, term, lang, strong
    needles: tuple[str, ...] = ()  # lowercase, folded beginnings: no needle, no match

    def find(self, text: str) -> list[Match]:
        """Every non-overlapping match, leftmost and longest first."""
        folded = fold(text.lower())
        if self.needles and not any(n in folded for n in self.needles):
            return []
        membership = bool(_MEMBERSHIP_FI.search(folded))
        found = [
            Match(m.start(), m.end(), m.group(), term)
            for pattern, term, lang, strong in self.patterns
            for m in pattern.finditer(text)
            if not _is_other_word(m, lang, strong, membership)
        ]
        found.sort(key=lambda mt: (mt.start, -(mt.end - mt.start)))
        kept: list[Match] = []
        for mt in found:
            if kept and mt.start < kept[-1].end:
                continue
            kept.append(mt)
        return kept


def _is_other_word(m: re.Match[str], lang: str, strong: int, membership: bool = False) -> bool:
    """A Finnish weak-grade stem with a derivational ending is another word (kuntaliitos); a
    lowercase "kuntaliitosta" is the association only where the post speaks of membership."""
    if lang != "fi" or "rest" not in m.re.groupindex:
        return False
    rest = (m.group("rest") or "").lower()
    word = m.group().lstrip("@#")
    stem_len = len(word.split()[-1]) - len(rest)
    if stem_len >= strong:
        return False
    if _FI_DERIVATION.fullmatch(rest):
        return True
    return bool(_FI_DERIVATION_LOWER.fullmatch(rest)) and word[:1].islower() and not membership


def _compile(items: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicMatcher:
    patterns: list[tuple[re.Pattern[str], str, str, int]] = []
    needles: set[str] = set()
    for lang, terms in items:
        for term in terms:
            source, case_sensitive, strong = _term_pattern(term.strip(), lang)
            if source:
                flags = 0 if case_sensitive else re.IGNORECASE
                patterns.append((re.compile(source, flags), term, lang, strong))
                needles.add(_needle(term.strip(), lang))
    return TopicMatcher(tuple(patterns), tuple(sorted(n for n in needles if n)))


def _needle(term: str, lang: str) -> str:
    """A lowercase, folded string that every match of the term contains: its longest word, or
    for a word with `*` the beginning that all its grades share ("kuntaliit" of Kuntaliitto*)."""
    star = term.endswith("*")
    *head, last = term.rstrip("*").lower().split()
    candidates = [fold(w) for w in head]
    if star:
        grades = [fold(v) for v in (gradation_variants(last) if lang == "fi" else {last})]
        lo, hi = min(grades), max(grades)  # the shared beginning of all is that of the first and last
        shared = next((i for i, (a, b) in enumerate(zip(lo, hi, strict=False)) if a != b), len(lo))
        candidates.append(lo[:shared])
    else:
        candidates.append(fold(last))
    return max(candidates, key=len)


def _topic_key(topic: Topic) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((lang, tuple(terms)) for lang, terms in topic.terms.items()))


@lru_cache(maxsize=64)
def _matcher_for(key: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicMatcher:
    return _compile(key)


def matcher(topic: Topic) -> TopicMatcher:
    """The topic's compiled matcher, built once per distinct set of terms."""
    return _matcher_for(_topic_key(topic))


def find_terms(text: str, topic: Topic) -> list[Match]:
    """Where the topic's terms (of every language) occur in the text."""
    return matcher(topic).find(text)
