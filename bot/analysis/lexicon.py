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

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from bot.analysis.topic import GRADATION

_FI_ENDING = re.compile(
    r"(?:i|j|t|ij)?"
    r"(?:n|a|ä|ta|tä|tta|ttä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ne|in|en|den|"
    r"tten|iden|itten|hin|han|hen|hin|hon|hun|hyn|hän|hön|seen|siin|sen|e|ee|ei|eeseen|sti)?"
    r"(?:ni|si|mme|nne|nsa|nsä|an|än|en|on|ön|in|un|yn)?"
    r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä|s)?"
)
_SV_ENDING = re.compile(
    r"(?:a|e|t|n|en|et|er|ar|or|na|erna|arna|orna|ena|are|ast|aste|ade|at|ad|ades|de|te|"
    r"ande|ende|ens|ets|ts|as|es|ares|astes)?s?"
)
# What may follow the stem of a Finnish verb: personal endings, tense and mood markers,
# infinitives, participles and the passive, then a clitic. Nouns derived from the same stem
# (toiminta, toimisto, kannattaja) do not fit, so they do not inherit the verb's valence.
_FI_VERB_ENDING = re.compile(
    r"(?:n|t|mme|tte|vat|vät|[aäeiouyö]|[aäeiouyö]?(?:n|t|mme|tte|vat|vät)"
    r"|isi(?:n|t|mme|tte|vat|vät)?|kaa|kää|koon|köön|ma|mä|maan|mään|massa|mässä|masta|mästä"
    r"|malla|mällä|matta|mättä|minen|mis(?:en|een|ta|tä|esta|estä|ella|ellä)"
    r"|va|vä|vat|vät|van|vän|vaa|vää|vien|vaksi|väksi|n[uy]t|neet|neen|n[uy]tta|n[uy]ttä|neita|neitä"
    r"|nn[uy]t|nneet|tt[uy]|tt[uy][aä]|ttuja|ttyjä|t?tava|t?tävä|t?tavaa|t?tävää|taan|tään|tiin|ttiin"
    r"|tu|ty|tua|tyä)?"
    r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä)?"
)
_FI_VOWELS = "aeiouyäö"
# A caritive adjective and its inflected forms: ongelma+ton, virhee+ttömästi, toivo+ttomia.
_FI_CARITIVE = re.compile(r"^(?P<base>\w{4,}?)(?:t(?P<vowel>[oö])n|tt(?P<v2>[oö])m[aäi]\w{0,6})$")
# The damping a negation applies to the valence it turns round (VADER's N_SCALAR).
_NEGATED = -0.74
_MAX_STAR_REST = 9
_MIN_COMPOUND_HEAD = 5


@dataclass(slots=True)
class Lexicon:
    """One language's valences, with stem and compound look-up, cached per word."""

    lang: str
    words: dict[str, float] = field(default_factory=dict)
    stems: dict[str, tuple[float, str]] = field(default_factory=dict)  # derived stem -> entry
    verb_stems: dict[str, tuple[float, str]] = field(default_factory=dict)  # Finnish verbs
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
        # A stem keeps the first lemma that claimed it, unless the same lemma is listed again
        # (a later line overrides an earlier one, as for whole words).
        for stem in derive_stems(token, self.lang):
            if stem not in self.stems or self.stems[stem][1] == token:
                self.stems[stem] = (valence, token)
                self.max_stem = max(self.max_stem, len(stem))
        if self.lang == "fi":
            for stem in fi_verb_stems(token):
                known = self.verb_stems.get(stem)
                if len(stem) >= 4 and (known is None or known[1] == token):
                    self.verb_stems[stem] = (valence, token)
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
            verb = self.verb_stems.get(prefix)
            if verb is not None and _FI_VERB_ENDING.fullmatch(rest):
                return verb
        return None

    def _caritive(self, word: str) -> tuple[float, str] | None:
        """ongelmaton, virheettömästi, toivottomia: the Finnish -tOn adjective is "without" its
        noun, so it takes the noun's opposite (damped like a negation), unless the lexicon lists
        the adjective itself. Without this "ongelmaton" read as "ongelma" (problem)."""
        m = _FI_CARITIVE.match(word)
        if m is None:
            return None
        own = self._direct(word)
        if own is not None and _FI_CARITIVE.match(own[1].rstrip("*")):
            return own  # hyödytön, kohtuuton, korvaamaton are entries of their own
        base = m.group("base")
        hit = self.words.get(base)
        found = (hit, base) if hit is not None else self.stems.get(base)
        if found is None or not found[0]:
            return own
        return found[0] * _NEGATED, f"{found[1]}-t{m.group('vowel') or m.group('v2')}n"

    def _negative_prefix(self, word: str) -> tuple[float, str] | None:
        """epäluotettava, oseriös: a negating prefix on a known positive word turns it into
        criticism (VADER-style damped flip)."""
        prefix = "epä" if self.lang == "fi" else "o"
        if not word.startswith(prefix) or len(word) - len(prefix) < 5:
            return None
        hit = self._direct(word[len(prefix) :])
        if hit is None or hit[0] <= 0:
            return None
        return hit[0] * _NEGATED, prefix + "-" + hit[1]

    def _comparative(self, word: str) -> tuple[float, str] | None:
        """selkeämpi, tehokkaammin, heikompaa: a Finnish comparative keeps its adjective's
        direction (the adjective's stem, then -mpi/-mpa-/-mma-)."""
        m = _FI_COMPARATIVE.search(word)
        if m is None or m.start() < 3:
            return None
        stem = word[: m.start()]
        for key in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
            hit = self.words.get(key)
            if hit is not None:
                return hit, key
            derived = self.stems.get(key)
            if derived is not None:
                return derived
        return None

    def _superlative(self, word: str) -> tuple[float, str] | None:
        """hölmöintä, järkevimmän, typerin: a Finnish superlative keeps its adjective's direction
        (the adjective, its last a/ä dropped, then -in/-int-/-imm-/-imp-)."""
        m = _FI_SUPERLATIVE.search(word)
        if m is None or m.start() < 4:
            return None
        stem = word[: m.start()]
        for key in (stem, stem + "a", stem + "ä"):
            hit = self.words.get(key)
            if hit is not None:
                return hit, key
        return None

    def _find(self, word: str) -> tuple[float, str] | None:
        if self.lang == "fi":
            caritive = self._caritive(word)
            if caritive is not None:
                return caritive
        hit = self._direct(word)
        if hit is not None:
            return hit
        if self.lang == "en":
            return self._english_base(word)
        if self.lang not in ("fi", "sv"):
            return None
        if "-" in word:
            # powerpoint-puhetta, Kuntaliitto-vetoinen: the part after the last hyphen is the head.
            head = word.rsplit("-", 1)[1]
            return self._find(head) if len(head) >= 3 else None
        if self.lang == "fi":
            hit = self._comparative(word) or self._superlative(word)
            if hit is not None:
                return hit
        hit = self._negative_prefix(word)
        if hit is not None:
            return hit
        # A Swedish compound's first part is a word of its own (gem+ensam is not "lonely").
        first = 3 if self.lang == "fi" else 4
        if self.lang == "sv" and _SV_LESS.search(word):
            return None  # arbetslösa, papperslös: "-less", not a compound of slösa (to waste)
        if len(word) >= _MIN_COMPOUND_HEAD + first:
            for i in range(first, len(word) - _MIN_COMPOUND_HEAD + 1):
                head = word[i:]
                if self.lang == "fi" and head.startswith("syy") and word[i - 1] == "i":
                    continue  # yksityisyyttä, henkilöllisyyttään: the -isyys noun, not syyttää (to accuse)
                if self.lang == "fi" and head[0] == "s" and word[i - 2 : i] == "mi":
                    continue  # varautumis+opas: the verbal noun's -mis ends the first part (not "soppa")
                if self.lang == "fi" and head.startswith("sop") and word[i - 1] == "i":
                    continue  # sijais+opas, yhteis+oppaan: the first part ends in -is (not "soppa")
                hit = self._direct(head)
                if hit is not None and len(hit[1].rstrip("*")) >= _MIN_COMPOUND_HEAD:
                    return hit[0], "…" + hit[1]
        return None

    def _english_base(self, word: str) -> tuple[float, str] | None:
        """delivers -> deliver, stalled -> stall: VADER's list has many inflected forms but not
        all, and this project's additions are mostly lemmas. Forms in -ing are left alone: they
        are often nouns of plain fact ("extending the agreement")."""
        if len(word) < 5 or not word.isalpha():
            return None
        candidates: list[str] = []
        if word.endswith("ies"):
            candidates.append(word[:-3] + "y")
        elif word.endswith("es"):
            candidates += [word[:-2], word[:-1]]
        elif word.endswith("s") and not word.endswith("ss"):
            candidates.append(word[:-1])
        elif word.endswith("ied"):
            candidates.append(word[:-3] + "y")
        elif word.endswith("ed"):
            candidates += [word[:-2], word[:-1]]
            if word[-3] == word[-4]:
                candidates.append(word[:-3])  # stopped -> stop
        for base in candidates:
            if len(base) >= 4 and base in self.words and self.words[base]:
                return self.words[base], base
        return None

    def __hash__(self) -> int:
        return id(self)


# Swedish adjectives in -lös ("-less"): arbetslös, papperslösa, hemlöst, meningslöshet.
_SV_LESS = re.compile(r".{3,}lös(?:a|t|e|het|heten)?$")
_FI_SUPERLATIVE = re.compile(r"(?:in|int[aä]|imm[aä]\w{0,4}|imp[aä]\w{0,4}|impi)$")
_FI_COMPARATIVE = re.compile(r"(?:mpi|mpa\w{0,4}|mmi\w{0,3}|mma\w{0,4}|mpä\w{0,4}|mmä\w{0,4})$")


@lru_cache(maxsize=200_000)
def _cached_lookup(lexicon: Lexicon, word: str) -> tuple[float, str] | None:
    return lexicon._find(word)


_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
# Spoken Finnish endings: "kankeeta" (kankeaa), "vaikee" (vaikea), "helppoo" (helppoa).
_FI_SPOKEN = (
    (re.compile(r"eeta$"), "eaa"),
    (re.compile(r"eetä$"), "eää"),
    (re.compile(r"ee$"), "ea"),
    (re.compile(r"ee$"), "eä"),  # "selkee" (selkeä)
    (re.compile(r"oo$"), "oa"),
    (re.compile(r"vv"), "v"),
)
# Finnish only: in Swedish too many plain words become other words ("svara" is not "svåra").
_NORDIC = {"fi": {"a": "aä", "o": "oö"}}
# A word typed without Nordic letters is tried with them only while the alternatives stay few.
_MAX_NORDIC_VARIANTS = 64


def typed_variants(word: str, lang: str, undotted: bool) -> list[str]:
    """Forms a word typed on a phone may stand for, most likely first: letters stretched for
    emphasis ("kiitooos", "såååå"), spoken Finnish endings ("kankeeta", "hyvvää"), and, when the
    post has no Nordic letters at all (`undotted`), the word with them ("hyoty" -> "hyöty")."""
    out: list[str] = []
    if _STRETCHED.search(word):
        out += [_STRETCHED.sub(r"\1\1", word), _STRETCHED.sub(r"\1", word)]
    if lang == "fi":
        out += [p.sub(r, word) for p, r in _FI_SPOKEN if p.search(word)]
    if undotted and lang in _NORDIC:
        choices = [_NORDIC[lang].get(ch, ch) for ch in word]
        count = 1
        for options in choices:
            count *= len(options)
        if 1 < count <= _MAX_NORDIC_VARIANTS:
            out += ["".join(p) for p in itertools.product(*choices)][1:]
    return [w for w in dict.fromkeys(out) if w != word]


@lru_cache(maxsize=100_000)
def typed_lookup(lexicon: Lexicon, word: str, undotted: bool) -> tuple[float, str] | None:
    """The first phone-typed variant of a word that the lexicon knows (see `typed_variants`)."""
    for variant in typed_variants(word, lexicon.lang, undotted):
        hit = lexicon.lookup(variant)
        if hit is not None and hit[0]:
            return hit
    return None


def weak_grade(lemma: str) -> str:
    """The weak grade of a Finnish lemma's last consonants: kipu -> kivu, pettymys stays."""
    m = re.search(r"([^aeiouyäöå]+)([aeiouyäöå]+)$", lemma)
    if not m:
        return lemma
    cluster = m.group(1)
    if cluster.endswith(("st", "sk", "sp", "tk")):
        return lemma  # no gradation after s or t: lista, onnistu-, matka
    for strong, weak in GRADATION:
        if cluster.endswith(strong):
            return lemma[: m.start(1)] + cluster[: -len(strong)] + weak + m.group(2)
    return lemma


def strong_grade(stem: str) -> str:
    """The strong grade of a Finnish stem's last consonants: pelä -> pelkä is not derivable,
    but hylä -> hylkä, kuunnel -> kuuntel, tarjo -> tarjo are (the reverse of weak_grade)."""
    m = re.search(r"([^aeiouyäöå]+)([aeiouyäöå]*)$", stem)
    if not m:
        return stem
    cluster = m.group(1)
    for strong, weak in GRADATION:
        if len(weak) >= 2 and cluster.endswith(weak) and weak != strong:
            return stem[: m.start(1)] + cluster[: -len(weak)] + strong + m.group(2)
    return stem


def fi_verb_stems(lemma: str) -> set[str]:
    """The stems a Finnish verb's forms begin with, from its first infinitive; empty for words
    that do not look like a verb. Covers the regular conjugation types: kannattaa (kannatta-,
    kannata-, kannatti, kannatet-), toimia, hyödyttää; arvostella (arvostele-, arvosteli,
    arvostel-); nousta; haluta (halua-, halusi, halut-); tarvita (tarvitse-, tarvit-); saada."""
    v = _FI_VOWELS
    if len(lemma) < 5 or " " in lemma or lemma[-1] not in "aä":
        return set()
    out: set[str] = set()
    a = lemma[-1]
    if lemma.endswith(("ta", "tä")) and lemma[-3] in v and len(lemma) > 5:
        base = lemma[:-2]
        if lemma[-3] == "i":  # tarvita -> tarvitse-, tarvit-
            out |= {base + "tse", base + "t", base + "ts"}
        else:  # haluta -> halua-, halusi, halut-; vastata -> vastaa-
            out |= {strong_grade(base) + a, base + "si", base + "t"}
        return out
    if lemma[-2] in v and lemma[-2] != "e":
        stem = lemma[:-1]  # kannattaa -> kannatta, toimia -> toimi, onnistua -> onnistu
        weak = weak_grade(stem)
        out |= {stem, weak}
        for s in (stem, weak):
            if s[-1] in "aäe":
                out.add(s[:-1] + "i")  # past: kannatti, kannati
            else:
                out.add(s + "i")  # puhui, onnistui
        if weak[-1] in "aä":
            out.add(weak[:-1] + "e")  # passive: kannatetaan, kannatettu
        return out
    if lemma[-3:-1] in ("ll", "nn", "rr", "st") and len(lemma) > 5:
        base = lemma[:-2]  # arvostel, kuunnel, nous
        strong = strong_grade(base[:-1]) + base[-1]  # kuunnel -> kuuntel
        out |= {strong + "e", strong + "i", base, lemma[:-1]}
        return out
    if lemma[-2:] in ("da", "dä") and lemma[-3] in v:
        out.add(lemma[:-2])  # saada -> saa-
        return out
    return out


def derive_stems(lemma: str, lang: str) -> set[str]:
    """The stems that the inflected forms of a lemma begin with."""
    stems = {lemma}
    if lang == "fi":
        if re.search(r"\w{3}(?:tön|ton)$", lemma):
            # Caritive adjectives: hyödytön -> hyödyttömä-/hyödyttömi-, tehoton -> tehottoma-. Without this the
            # inflected forms fall through to a shorter "hyödy*" and read as their opposite.
            base = lemma[:-3] + "tt" + lemma[-2] + "m"
            stems |= {base + ("a" if lemma[-2] == "o" else "ä"), base + "i"}
        if lemma.endswith("nen"):
            base = lemma[:-3]
            stems |= {base + "se", base + "s"}
        elif re.search(r"n[uy]t$", lemma):
            # Past participles: vanhentunut -> vanhentunee-, vanhentunei-, vanhentunut-.
            stems |= {lemma[:-2] + "ee", lemma[:-2] + "ei"}
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
        if lemma.endswith("dd") and len(lemma) > 4:
            stems.add(lemma[:-2] + "tt")  # oförberedd -> oförberett
        elif lemma.endswith("d") and len(lemma) > 3:
            stems.add(lemma[:-1] + "t")
            stems.add(lemma[:-1] + "tt")
        if re.search(r"[^aeiouyåäö]en$", lemma) and len(lemma) > 5:
            stems.add(lemma[:-1])  # participles: utdragen -> utdraget, misslyckade stays
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
