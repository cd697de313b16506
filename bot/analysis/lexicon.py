"""VADER-style lexicons for Finnish and Swedish, and how an inflected word finds its entry.

The files in `data/` follow VADER's layout: a token, a tab, its mean valence on -4..4 (further
columns are ignored). This project's extensions:
- `stem*` matches any word that starts with the stem (verbs and irregular stems);
- a plain entry is a lemma; the loader derives the stems its inflected forms start with
  (Finnish -nen -> -se-, -us -> -ukse-, consonant gradation; Swedish -el/-en/-er -> -l/-n/-r,
  -d -> -t), and a word counts as that lemma only when what follows the stem looks like an
  inflectional ending of the language;
- a line with spaces is a multiword expression, matched on consecutive words.
Words not found whole are tried as compounds: the head of a Finnish or Swedish compound is its
last part (yhteistyöongelma -> ongelma, samarbetsproblem -> problem).

Real lemmatisers were measured and rejected for the worker: simplemma's full Finnish dictionary
costs ~530 MB resident, its streaming dictionary ~60 MB but ~90 µs a word. The lexicon only needs
to recognise its own few hundred lemmas, which stem rules do in microseconds and kilobytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from bot.analysis.topic import GRADATION

_FI_ENDING = re.compile(
    r"(?:i|j|t|ij)?"
    r"(?:n|a|ä|ta|tä|tta|ttä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ne|in|en|den|"
    r"tten|iden|itten|hin|han|hen|hin|hon|hun|hyn|hän|hön|seen|siin|sen|e|ee|ei|eeseen)?"
    r"(?:ni|si|mme|nne|nsa|nsä|an|än|en|on|ön|in|un|yn)?"
    r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä|s)?"
)
_SV_ENDING = re.compile(
    r"(?:a|e|t|n|en|et|er|ar|or|na|erna|arna|orna|ena|are|ast|aste|ade|at|ad|ades|de|te|"
    r"ande|ende|ens|ets|ts|as|es|ares|astes)?s?"
)
_MAX_STAR_REST = 9
_MIN_COMPOUND_HEAD = 5


@dataclass(slots=True)
class Lexicon:
    """One language's valences, with stem and compound look-up, cached per word."""

    lang: str
    words: dict[str, float] = field(default_factory=dict)
    stems: dict[str, tuple[float, str]] = field(default_factory=dict)  # derived stem -> entry
    star: dict[str, float] = field(default_factory=dict)  # explicit `stem*` entries
    phrases: dict[str, list[tuple[tuple[str, ...], float]]] = field(default_factory=dict)
    max_stem: int = 0

    def add(self, token: str, valence: float) -> None:
        token = token.strip().lower()
        if not token:
            return
        if " " in token:
            words = tuple(token.split())
            self.phrases.setdefault(words[0].rstrip("*"), []).append((words, valence))
            self.phrases[words[0].rstrip("*")].sort(key=lambda p: -len(p[0]))
            return
        if token.endswith("*"):
            stem = token[:-1]
            self.star[stem] = valence
            self.max_stem = max(self.max_stem, len(stem))
            return
        self.words[token] = valence
        if len(token) <= 3:
            return  # too short to stem safely: fin -> finns, god -> gods
        for stem in derive_stems(token, self.lang):
            if stem not in self.stems:
                self.stems[stem] = (valence, token)
                self.max_stem = max(self.max_stem, len(stem))

    def lookup(self, word: str) -> tuple[float, str] | None:
        """(valence, entry) for a lowercase word, or None; entry is the lemma or stem matched."""
        return _cached_lookup(self, word)

    def _direct(self, word: str) -> tuple[float, str] | None:
        if word in self.words:
            return self.words[word], word
        if self.lang not in ("fi", "sv"):
            return None
        ending = _FI_ENDING if self.lang == "fi" else _SV_ENDING
        for cut in range(min(len(word), self.max_stem), 2, -1):
            prefix = word[:cut]
            rest = word[cut:]
            hit = self.star.get(prefix)
            if hit is not None and len(rest) <= _MAX_STAR_REST:
                return hit, prefix + "*"
            derived = self.stems.get(prefix)
            if derived is not None and ending.fullmatch(rest):
                return derived
        return None

    def _find(self, word: str) -> tuple[float, str] | None:
        hit = self._direct(word)
        if hit is not None:
            return hit
        if self.lang in ("fi", "sv") and len(word) >= _MIN_COMPOUND_HEAD + 3:
            for i in range(3, len(word) - _MIN_COMPOUND_HEAD + 1):
                head = word[i:]
                hit = self._direct(head)
                if hit is not None and len(hit[1].rstrip("*")) >= _MIN_COMPOUND_HEAD:
                    return hit[0], "…" + hit[1]
        return None

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=200_000)
def _cached_lookup(lexicon: Lexicon, word: str) -> tuple[float, str] | None:
    return lexicon._find(word)


def weak_grade(lemma: str) -> str:
    """The weak grade of a Finnish lemma's last consonants: kipu -> kivu, pettymys stays."""
    m = re.search(r"([^aeiouyäöå]+)([aeiouyäöå]+)$", lemma)
    if not m:
        return lemma
    cluster = m.group(1)
    for strong, weak in GRADATION:
        if cluster.endswith(strong):
            return lemma[: m.start(1)] + cluster[: -len(strong)] + weak + m.group(2)
    return lemma


def derive_stems(lemma: str, lang: str) -> set[str]:
    """The stems that the inflected forms of a lemma begin with."""
    stems = {lemma}
    if lang == "fi":
        if lemma.endswith("nen"):
            base = lemma[:-3]
            stems |= {base + "se", base + "s"}
        elif re.search(r"[uyoö]s$", lemma):
            base = lemma[:-1]
            stems |= {base + "kse", base + "ks", base + "st"}
        elif lemma.endswith("is"):
            stems |= {lemma[:-1] + "i", lemma[:-1] + "ii"}
        elif lemma.endswith("e"):
            stems |= {lemma + "e", weak_grade(lemma) + "e"}
        elif lemma[-1] in "aäoöuyi":
            for variant in {lemma, weak_grade(lemma)}:
                stems.add(variant)
                if variant[-1] in "aä" and len(variant) >= 4:
                    # Plural stems replace a final a/ä with i: hyvä -> hyviä, surkea -> surkeissa.
                    stems.add(variant[:-1] + "i")
    elif lang == "sv":
        if re.search(r"[^aeiouyåäö](el|en|er)$", lemma):
            stems.add(lemma[:-2] + lemma[-1])
        if lemma.endswith("d") and len(lemma) > 3:
            stems.add(lemma[:-1] + "t")
            stems.add(lemma[:-1] + "tt")
        if re.search(r"[aeiouyåäö][mn]$", lemma):
            stems.add(lemma + lemma[-1])  # ensam -> ensamma, hjälpsam -> hjälpsamma
        if lemma.endswith("a") and len(lemma) > 4:
            stems.add(lemma[:-1])
        if lemma.endswith("e") and len(lemma) > 4:
            stems.add(lemma[:-1])
    return {s for s in stems if s}


def parse_lexicon(lang: str, text: str) -> Lexicon:
    """Build a Lexicon from VADER-format text (token TAB valence [TAB ...]); # starts a comment."""
    lex = Lexicon(lang)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#") else ""
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        try:
            valence = float(parts[1])
        except ValueError:
            continue
        lex.add(parts[0], max(-4.0, min(4.0, valence)))
    return lex


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    """The shipped lexicon for `lang`, read once from the package's data files."""
    text = resources.files("bot.analysis").joinpath(f"data/{lang}_lexicon.txt").read_text("utf-8")
    return parse_lexicon(lang, text)
