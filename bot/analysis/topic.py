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
_FI_SUFFIX_AFTER_ACRONYM = r"(?::[^\W\d_]{1,6})?"
_EN_POSSESSIVE = r"(?:['’]s)?"


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


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters)


def _term_pattern(term: str, lang: str) -> tuple[str, bool]:
    """A regex for one configured term, and whether it is matched case-sensitively."""
    star = term.endswith("*")
    words = term.rstrip("*").split()
    if not words:
        return "", False
    acronym = not star and len(words) == 1 and _is_acronym(words[0])
    *head, last = words
    # Words of a multiword term may be glued together in a hashtag: #SuomenKuntaliitto.
    joined = "".join(re.escape(w) + r"[\s\-_]*" for w in head)
    if star:
        stems = gradation_variants(last) if lang == "fi" else {last.lower()}
        alternatives = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
        tail = rf"(?:{alternatives})\w*"
    elif acronym:
        tail = re.escape(last) + _FI_SUFFIX_AFTER_ACRONYM
    else:
        tail = re.escape(last) + _EN_POSSESSIVE
    return rf"(?<![\w.\-])[@#]?{joined}{tail}(?!\w)", acronym


@dataclass(frozen=True, slots=True)
class TopicMatcher:
    """The compiled terms of one topic: one pattern per term, so a match names its term."""

    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def find(self, text: str) -> list[Match]:
        """Every non-overlapping match, leftmost and longest first."""
        found = [
            Match(m.start(), m.end(), m.group(), term)
            for pattern, term in self.patterns
            for m in pattern.finditer(text)
        ]
        found.sort(key=lambda mt: (mt.start, -(mt.end - mt.start)))
        kept: list[Match] = []
        for mt in found:
            if kept and mt.start < kept[-1].end:
                continue
            kept.append(mt)
        return kept


def _compile(items: tuple[tuple[str, tuple[str, ...]], ...]) -> TopicMatcher:
    patterns: list[tuple[re.Pattern[str], str]] = []
    for lang, terms in items:
        for term in terms:
            source, case_sensitive = _term_pattern(term.strip(), lang)
            if source:
                flags = 0 if case_sensitive else re.IGNORECASE
                patterns.append((re.compile(source, flags), term))
    return TopicMatcher(tuple(patterns))


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
