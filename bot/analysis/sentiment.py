"""A VADER-style valence engine for Finnish and Swedish (and evidence for English).

Each word found in the language's lexicon contributes its valence, changed by its neighbours:
- negation in the three words before it (fi: the negation verb ei/en/et/emme/ette/eivät/eikä and
  the imperative älä; sv: inte, ej, aldrig, ingen...; a Finnish abessive such as "ongelmitta"
  negates its own word) flips and damps it, as VADER does (x -0.74); a comparative after
  "never" (ei koskaan parempi, aldrig bättre) is praise and is not flipped;
- boosters and dampeners before it (erittäin, todella, mycket / aika, ganska) add or take 0.293;
- a word in capitals in a post that is not all capitals adds 0.733;
- a contrast word (mutta, men, but) halves what came before it in the sentence and makes what
  follows count 1.5 times.
Emoji and emoticons count in every language. English numbers come from VADER itself; this engine
only explains them, with VADER's own lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.analysis.lexicon import Lexicon, load_lexicon, parse_lexicon, typed_lookup
from bot.analysis.text import Token, ends_sentence, spoken_that_fi, words

B_INCR = 0.293
C_INCR = 0.733
N_SCALAR = -0.74
NEGATION_WINDOW = 3
EXCLAMATION_STEP = 0.292
BEFORE_CONTRAST = 0.5
AFTER_CONTRAST = 1.5
# A clause conceded before the main one ("Vaikka väki on mukavaa, ...", "Even though the staff are
# friendly, ...") is granted, not argued: it weighs less than a clause before "but".
CONCEDED = 0.3
# Words that open a conceded clause, one or two words long.
CONCESSIVE: dict[str, frozenset[str]] = {
    "fi": frozenset({"vaikka", "vaikkakin", "joskin"}),
    "sv": frozenset({"även om", "fast", "trots att", "visserligen"}),
    "en": frozenset({"although", "though", "even though", "granted"}),
}
# The first word of each opener: a post without any of them concedes nothing.
_CONCESSIVE_FIRST = {lang: frozenset(o.split()[0] for o in openers) for lang, openers in CONCESSIVE.items()}


@dataclass(frozen=True, slots=True)
class Profile:
    """What the engine needs to know about one language."""

    lang: str
    negators: frozenset[str]
    never: frozenset[str]
    boosters: dict[str, float]
    contrast: frozenset[str]
    comparatives: frozenset[str] = frozenset()
    comparative_re: re.Pattern[str] | None = None
    abessive: bool = False
    window: int = NEGATION_WINDOW
    # Negators that follow the word they negate (Swedish V2: "fungerar inte", "lönar sig inte").
    post_negators: frozenset[str] = frozenset()
    # Words that may stand between a word and its post-negator ("lönar sig inte", "delivers
    # very little").
    post_negator_gap: frozenset[str] = frozenset()
    # The form a word must have for a post-negator to reach it (None: any word). Finnish fronts
    # a partitive object or subject before the negation verb: "Apua ei saatu", "Ongelmia ei ole".
    post_negated: re.Pattern[str] | None = None
    # Contrast words that are also adverbs ("not yet"): a conjunction only at a clause's start.
    weak_contrast: frozenset[str] = frozenset()
    # Words of loss that turn a good thing into its absence: after it at the end of the clause
    # ("luottamus on mennyt", "förtroendet är borta", "trust is gone") or before it
    # ("menettänyt luottamuksen", "tappat förtroendet", "lost all confidence").
    loss_after: frozenset[str] = frozenset()
    loss_before: frozenset[str] = frozenset()
    # Words of sparing that turn a bad thing after them into good news: "spared the city an
    # awkward conversation", "vältti pahimmat ongelmat", "undvek en konflikt".
    avoid_before: frozenset[str] = frozenset()
    # ... or just after it, in the passive: "palvelukatko korjattiin tunnissa", "felet rättades",
    # "the error was fixed overnight".
    avoid_after: frozenset[str] = frozenset()
    # Words of scarcity that deny the good thing right after them unless "a" comes first: "little
    # benefit", "few results" (but "a little better", "a few good ideas").
    scarce_before: frozenset[str] = frozenset()
    # The form the good thing must have for scarce_before to deny it (None: any): Finnish "vähän"
    # denies a plural partitive ("vähän tuloksia") but only tones down the rest ("vähän parempi").
    scarce_form: re.Pattern[str] | None = None


FI = Profile(
    lang="fi",
    negators=frozenset(
        words(
            "ei en et emme ette eivät eikä enkä etkä emmekä ettekä eivätkä älä älkää älköön "
            "eipä eihän enhän enpä ilman vailla ettei ettemme etteivät jottei jotteivät vähemmän tuskin tuskinpa muttei"
        )
    ),
    never=frozenset({"koskaan", "ikinä", "milloinkaan", "kertaakaan", "harvoin"}),
    boosters={
        **dict.fromkeys(
            words(
                "erittäin todella tosi täysin aivan äärimmäisen niin kovin ihan suuresti valtavan "
                "uskomattoman erityisen varsin kerrassaan hirveän kauhean tavattoman superi "
                "älyttömän sikana aina entistä yhä vielä jopa huomattavan poikkeuksellisen "
                "ehdottomasti oikein aidosti suorastaan sydämestä lämpimästi vahvasti"
            ),
            B_INCR,
        ),
        **dict.fromkeys(
            words(
                "aika melko hieman vähän hiukan jokseenkin osittain lähes suhteellisen "
                "kohtalaisen jonkin verrattain ehkä"
            ),
            -B_INCR,
        ),
    },
    contrast=frozenset({"mutta", "mut", "muttei", "vaan", "silti", "kuitenkin"}),
    comparatives=frozenset({"parempi", "parempaa", "paremmin", "paremmat", "parhaiten"}),
    comparative_re=re.compile(r".+(mpi|mpaa|mmin|mpana|mmat)$"),
    abessive=True,
    window=4,
    post_negators=frozenset({"ei", "eivät"}),
    # "hyötyä siinä ei mainittu", "apua meille ei tullut"
    post_negator_gap=frozenset(words("siinä sitä niitä tässä meille heille vielä")),
    # partitive -a/-ä, not the inessive -ssa or adessive -lla ("Helsingissä ei")
    post_negated=re.compile(r"(?<!ss)(?<!ll)[aä]$"),
    scarce_before=frozenset({"vähän", "niukasti"}),
    scarce_form=re.compile(r"(?<!mp)[ij][aä]$"),
    loss_after=frozenset(words("mennyt mennyttä poissa kadonnut kadoksissa hukassa menetetty mennyttä loppunut")),
    loss_before=frozenset(words("menettänyt menettäneet menetti menetin menetimme menettää menettämässä")),
    avoid_before=frozenset(
        words(
            "vältti vältimme vältettiin välttyi välttyivät säästi säästyi esti estettiin auttoi ratkaisi ratkaisivat ratkaisimme ratkoi ratkoivat ratkottiin korjasi korjasivat "
            "ratkaissut ratkaisseet ratkaisemaan "
            "selvitti selvittivät selvitettiin"
        )
    ),
    # ... and a bad thing that grew less: "vikaantumiset ovat vähentyneet"
    avoid_after=frozenset(
        words(
            "korjattiin korjaantui korjautui ratkesi ratkaistiin ratkottiin korjasi korjasivat "
            "vähentynyt vähentyneet väheni vähenivät puolittunut puolittuneet puolittui"
        )
    ),
)

SV = Profile(
    lang="sv",
    negators=frozenset(
        words(
            "inte int ej icke aldrig ingen inga inget utan knappast varken ingenting inga ingenstans mindre saknar saknade"
        )
    ),
    never=frozenset({"aldrig", "sällan"}),
    boosters={
        **dict.fromkeys(
            words(
                "mycket väldigt jätte otroligt extremt helt riktigt så verkligen oerhört enormt "
                "sjukt super ytterst särskilt allra synnerligen ännu hemskt grymt galet "
                "fantastiskt vansinnigt djupt innerligt oerhört sååå sååå otroligt "
                "absolut totalt fullständigt starkt"
            ),
            B_INCR,
        ),
        **dict.fromkeys(
            words("ganska lite något rätt relativt delvis tämligen aningen nästan hyfsat någorlunda halvt kanske"),
            -B_INCR,
        ),
    },
    contrast=frozenset({"men", "fast", "dock", "ändå", "emellertid"}),
    # "fast" is "but" only where a clause starts: "har kört fast" is "got stuck"; "ändå" and "dock"
    # inside a clause are adverbs ("Ganska bra år ändå för samarbetet")
    weak_contrast=frozenset({"fast", "ändå", "dock"}),
    post_negators=frozenset({"inte", "int", "ej", "aldrig", "icke", "ingenting"}),
    post_negator_gap=frozenset({"sig", "det", "den", "oss", "man"}),
    comparatives=frozenset({"bättre", "bäst", "bästa", "större", "mer", "mera", "roligare"}),
    comparative_re=re.compile(r".{3,}(are)$"),
    loss_after=frozenset(words("borta förlorat förlorad försvunnen försvunnit slut förbrukat")),
    loss_before=frozenset(words("förlorat förlorade tappat tappade förlora tappa förlorar tappar")),
    avoid_before=frozenset(
        words(
            "undvek undvikit undviker slapp besparade förhindrade förhindrat avvärjde hjälpte hjälper löste löser "
            "rättade åtgärdade lagade sparade sparat redde"
        )
    ),
    avoid_after=frozenset(
        # also the active verb after its object: "När anvisningen visade sig innehålla ett fel rättade förbundet den"
        words(
            "rättades rättats åtgärdades åtgärdats löstes lösts lagades lagats fixades fixats rättade åtgärdade "
            "åtgärdat rättat fixat lagat minskat minskade halverats halverades"
        )
    ),
)

EN = Profile(
    lang="en",
    negators=frozenset(
        words(
            "not no never none nobody nothing neither nor nowhere without cannot cant can't "
            "dont don't doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't "
            "werent weren't wont won't wouldnt wouldn't shouldnt shouldn't couldnt couldn't "
            "hasnt hasn't havent haven't hadnt hadn't aint ain't neednt needn't rarely seldom "
            "despite hardly scarcely barely less lacks lacked lacking"
        )
    ),
    never=frozenset({"never", "rarely", "seldom"}),
    boosters={},
    contrast=frozenset({"but", "however", "yet", "whereas"}),
    weak_contrast=frozenset({"yet"}),
    # "delivers (very) little", "achieves little": the good thing is mostly absent.
    post_negators=frozenset({"little", "nothing"}),
    post_negator_gap=frozenset({"very", "too", "so", "precious"}),
    scarce_before=frozenset({"little", "few"}),
    comparatives=frozenset(
        words("better best happier prouder greater stronger smoother easier nicer clearer brighter warmer keener")
    ),
    loss_after=frozenset(words("gone lost vanished evaporated")),
    loss_before=frozenset(words("lost lose losing loses")),
    avoid_before=frozenset(
        words(
            "spared spares avoided avoids averted averts prevented prevents forestalled cut cuts halved reduced "
            "caught spotted fixed solved resolved helped helps patched corrected rectified remedied repaired settled "
            "settle settling solve solving resolve resolving "
            "untangled sorted ended"
        )
    ),
    # ... and a bad thing that grew less: "missed visits have fallen by a third"
    avoid_after=frozenset(
        words(
            "fixed resolved corrected patched solved repaired rectified remedied fallen fell decreased declined halved"
        )
    ),
)

PROFILES: dict[str, Profile] = {"fi": FI, "sv": SV, "en": EN}


@dataclass(frozen=True, slots=True)
class Contribution:
    """One token that moved the score: how much it weighs as written and in context."""

    index: int
    surface: str
    entry: str
    base: float
    value: float
    notes: tuple[str, ...] = ()

    def reweighed(self, value: float, note: str) -> Contribution:
        """The same token at a new weight, with the reason added to its notes."""
        return Contribution(self.index, self.surface, self.entry, self.base, value, (*self.notes, note))

    def evidence(self) -> str:
        """A short human form: 'pettymys(-2.5)', 'ei→hyvä(neg)', 'HYVÄ(+2.4,caps)'."""
        neg = [n for n in self.notes if n.startswith("neg:")]
        if neg:
            return f"{neg[0][4:]}→{self.surface.lower()}(neg)"
        extra = [n for n in self.notes if not n.startswith("neg:")]
        tail = "," + ",".join(extra) if extra else ""
        return f"{self.surface}({self.value:+.1f}{tail})"


@dataclass(slots=True)
class Analysis:
    """The contributions of a token sequence, with each sentence's contrast applied."""

    tokens: list[Token]
    contributions: list[Contribution] = field(default_factory=list)


@lru_cache(maxsize=1)
def vader() -> object:
    """VADER's analyser, built once (its lexicons load in about 50 ms and 6 MB)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _vader_lexicon() -> dict[str, float]:
    return vader().lexicon  # type: ignore[attr-defined, no-any-return]


@lru_cache(maxsize=1)
def english_lexicon() -> Lexicon:
    """VADER's word list with this project's additions and overrides for public talk
    (data/en_lexicon.txt: "agreement" is a neutral fact there, "one-sided" is criticism)."""
    from importlib import resources

    lex = Lexicon("en")
    lex.words.update(_vader_lexicon())
    own = resources.files("bot.analysis").joinpath("data/en_lexicon.txt").read_text("utf-8")
    extra = parse_lexicon("en", own)
    lex.words.update(extra.words)
    for first, phrases in extra.phrases.items():
        lex.phrases.setdefault(first, []).extend(phrases)
        lex.phrases[first].sort(key=lambda p: -len(p[0]))
    return lex


@lru_cache(maxsize=1)
def _english_boosters() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    # "hardly a failure" denies the failure: these are negators here, not dampeners.
    boosters = {word: value for word, value in BOOSTER_DICT.items() if word not in EN.negators}
    # "a huge mistake", "a massive success": size words strengthen the noun after them.
    return boosters | dict.fromkeys(("huge", "massive"), B_INCR)


@lru_cache(maxsize=1)
def emoji_lexicon() -> dict[str, float]:
    """Valences for emoji: this project's table, else VADER's description of the emoji scored
    with VADER's word list ('weary face' -> weary)."""
    from importlib import resources

    vocab = _vader_lexicon()
    table: dict[str, float] = {}
    analyser = vader()
    for emoji, description in analyser.emojis.items():  # type: ignore[attr-defined]
        total = sum(vocab.get(w, 0.0) for w in description.lower().split())
        if total:
            table[emoji.replace("\ufe0f", "")] = max(-3.0, min(3.0, total))
    own = resources.files("bot.analysis").joinpath("data/emoji_lexicon.txt").read_text("utf-8")
    parsed = parse_lexicon("emoji", own)
    table.update({k.replace("\ufe0f", ""): v for k, v in parsed.words.items()})
    return table


@lru_cache(maxsize=8)
def _cached_profile(lang: str) -> Profile:
    return profile_for(lang) if lang in PROFILES else profile_for("en")


def lexicon_for(lang: str) -> Lexicon:
    return english_lexicon() if lang == "en" else load_lexicon(lang)


def normalise(total: float, alpha: float = 15.0) -> float:
    """VADER's squashing of a sum of valences into -1..1."""
    if total == 0:
        return 0.0
    return max(-1.0, min(1.0, total / math.sqrt(total * total + alpha)))


def denormalise(compound: float, alpha: float = 15.0) -> float:
    """The sum of valences that VADER would squash into `compound`."""
    c = max(-0.9999, min(0.9999, compound))
    return c * math.sqrt(alpha) / math.sqrt(1 - c * c)


def _is_comparative(word: str, profile: Profile) -> bool:
    if word in profile.comparatives:
        return True
    return bool(profile.comparative_re and profile.comparative_re.match(word))


def _token_valence(tok: Token, lang: str, undotted: bool = False) -> tuple[float, str, tuple[str, ...]] | None:
    """The valence of a token on its own, with the entry it came from."""
    if tok.kind == "emoji":
        table = emoji_lexicon()
        key = tok.text.replace("\ufe0f", "")
        value = table.get(key)
        if value is None:
            value = table.get(key[:1])
        return (value, tok.text, ()) if value else None
    if tok.kind == "emoticon":
        value = _vader_lexicon().get(tok.text) or _vader_lexicon().get(tok.lower)
        return (value, tok.text, ()) if value else None
    if tok.kind == "hashtag":
        return _word_valence(tok.lower[1:], lang, False, undotted)
    if tok.kind == "word":
        return _word_valence(tok.lower, lang, True, undotted)
    return None


@lru_cache(maxsize=200_000)
def _word_valence(word: str, lang: str, plain_word: bool, undotted: bool) -> tuple[float, str, tuple[str, ...]] | None:
    """The valence of one word (a hashtag's without its #), cached: a worker meets the same
    words again and again, and every step below depends on its arguments alone (the lexicon and
    profile are fixed per language)."""
    lex = lexicon_for(lang)
    profile = _cached_profile(lang)
    if (
        profile.abessive
        and len(word) > 6
        and word[-3:] in ("tta", "ttä")
        and word not in lex.words
        and not _FI_PARTICIPLE_PARTITIVE.search(word)
    ):
        # Abessive: "ongelmitta" (without problems) is the opposite of its noun.
        for stem in (word[:-4] + "a", word[:-4] + "ä", word[:-3], word[:-4]):
            hit = lex.lookup(stem)
            if hit is not None and hit[0]:
                return hit[0] * N_SCALAR, hit[1], ("abessive",)
    if word in profile.boosters and word not in lex.words:
        return None  # "vahvasti" strengthens the next word; it is not "vahva" (strong) itself
    if (
        profile.abessive
        and word[-2:] in ("ko", "kö")
        and len(word) > 5
        and word not in lex.words
        and lex.lookup(word[:-2]) is not None
    ):
        return None  # the question clitic asks, it does not say: "kannattaako jäsenyys", "toimiiko malli"
    hit = lex.lookup(word)
    if hit is not None:
        return (hit[0], hit[1], ()) if hit[0] else None
    head, dash, _rest = word.partition("-")
    if dash and head in _GRADING_HEADS:
        # "best-argued", "worst-run", "well-prepared", "poorly-planned": the grading half carries the tone
        graded = lex.lookup(head)
        if graded is not None and graded[0]:
            return graded[0], graded[1], ("compound",)
    if profile.lang in ("fi", "sv") and plain_word and (undotted or _MAYBE_TYPED.search(word)):
        typed = typed_lookup(lex, word, undotted)
        if typed is not None:
            return typed[0], typed[1], ("as-typed",)
    return None


_GRADING_HEADS = frozenset(words("best worst better worse well badly poorly"))


def profile_for(lang: str) -> Profile:
    if lang == "en":
        return replace(EN, boosters=_english_boosters())
    return PROFILES[lang]


def _is_name_part(i: int, tokens: list[Token], lang: str) -> bool:
    """A capitalised word inside a name (Municipal Fair, Happy Days Cafe) carries no tone, nor
    does a capitalised word after a lowercase one in Finnish or Swedish, where only names are
    capitalised ("valtuutettu Pelkosen aloite": Pelkonen is no "pelko")."""
    tok = tokens[i]
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is None or prev.kind != "word":
        return False  # the first word of a sentence is capitalised anyway
    if lang in ("fi", "sv") and prev.text[:1].islower():
        return True
    return bool(
        (prev.text[:1].isupper() and not prev.text.isupper())
        or (nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper())
    )


def analyse(tokens: list[Token], lang: str, *, all_caps: bool | None = None) -> Analysis:
    """Contributions of every sentiment-bearing token in `tokens` (one sentence or more)."""
    profile = _cached_profile(lang)
    lex = lexicon_for(lang)
    if all_caps is None:
        letters = [t.text for t in tokens if t.kind == "word"]
        all_caps = bool(letters) and all(w.isupper() for w in letters if len(w) > 1)
    result = Analysis(tokens)
    # A post typed with no Nordic letters at all ("hyoty", "vielä" as "viela") may mean them.
    undotted = lang == "fi" and not _NORDIC_LETTERS.search(" ".join(t.text for t in tokens if t.kind == "word"))
    lowered = [t.lower if t.kind in ("word", "hashtag") else "" for t in tokens]
    marked = False  # whether a word below was marked "~"
    if lang == "fi":
        for i, w in enumerate(lowered):
            if w != "et" or i == 0:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if spoken_that_fi(tokens[i - 1].text, nxt.text if nxt is not None and nxt.kind == "word" else ""):
                # spoken "että" ("pakko myöntää et ...", "kiva et Kuntaliitto kuuntelee"), not "you don't"
                lowered[i] = "et~"
                marked = True
    if profile.weak_contrast:
        for i, w in enumerate(lowered):
            if w in profile.weak_contrast and not is_contrast(tokens, i, profile):
                lowered[i] = w + "~"  # "not yet": an adverb, neither contrast nor a word of tone
                marked = True
    # A word marked as no conjunction ("fast~" in "kört fast") is still itself in a phrase.
    plain = [w.rstrip("~") for w in lowered] if marked else lowered
    skip_until = -1
    phrases = _phrase_index(lex)
    for i, tok in enumerate(tokens):
        if i <= skip_until:
            continue
        found = _phrase_at(plain, i, phrases)
        notes: tuple[str, ...]
        denied_by: str | None = None
        if found is not None:
            length, value, entry = found
            skip_until = i + length - 1
            if not value:
                continue  # a neutral phrase only hides its words ("kom överens", "is like")
            notes = ()
            surface = " ".join(t.text for t in tokens[i : i + length])
            # An idiom that carries its own negation ("päätä eikä häntää", "rhyme nor reason")
            # is not negated again by it.
            if any(w in profile.negators or w in profile.post_negators for w in lowered[i : i + length]):
                notes = ("idiom",)  # ... or its own scarcity: "gets very little", "fungerar inte"
                # ... but a negator just before it in the same clause denies the idiom: "mikään
                # kysymys ei jäänyt ilman vastausta", "not without a hitch"
                denied_by = _denied_idiom(tokens, lowered, i, length, profile.lang)
        else:
            hit = _token_valence(tok, lang, undotted)
            if hit is None or (tok.kind == "word" and _is_name_part(i, tokens, lang)):
                continue
            if lang == "en" and tok.lower == "like" and i > 0 and lowered[i - 1] not in _LIKERS:
                continue  # "like" after a noun compares: "pavements like an ice rink", "treats Helsinki like a village"
            value, entry, notes = hit
            surface = tok.text
            if (
                value < 0
                and lowered[i] in _CUTTING
                and not _BURDENS.isdisjoint(lowered[i + 1 : i + 1 + BURDEN_REACH])
                and (i == 0 or lowered[i - 1] not in _NOT_DONE_YET)
            ):
                value, notes = CUT_BURDEN_VALENCE, (*notes, "burden cut")  # "has cut our review time in half"
        base = value
        if denied_by is not None:
            value, notes = value * N_SCALAR, ("idiom", f"neg:{denied_by}")
        if tok.kind == "word" and tok.text.isupper() and len(tok.text) > 1 and not all_caps:
            value += C_INCR if value > 0 else -C_INCR
            notes = (*notes, "caps")
        if "idiom" not in notes and tok.kind not in ("emoji", "emoticon"):
            # words do not negate an emoji: "went without a hitch 👏"
            value, notes = _context(i, value, notes, lowered, profile)
        if value > 0 and "idiom" not in notes and _requested(_scope(i, lowered, profile, 4)):
            continue  # "pyydettiin tukea", "asked for help": what was wanted, not what was given
        if value > 0 and any(tuple(lowered[max(0, i - len(w)) : i]) == w for w in _NO_MATTER_HOW):
            continue  # "vaikka kuinka hymyiltäisiin", "no matter how friendly": conceded, not said
        if tok.kind == "word" and tok.lower in _IMPATIENT and value > 0 and _in_question(tokens, i):
            value, notes = IMPATIENCE_VALENCE, (*notes, "impatient")
        result.contributions.append(Contribution(i, surface, entry, base, value, notes))
    if profile.loss_after or profile.loss_before:
        _apply_loss(result, lowered, profile)
    _apply_cleared(result, lowered, profile)
    _apply_found(result, lowered)
    _apply_scarce(result, lowered)
    _apply_asked(result, lowered)
    _apply_wish(result, lowered)
    _apply_contrast(result, profile)
    _apply_concession(result, lang)
    return result


# Cutting a burden is a gain: "has cut our procurement review time roughly in half", "cuts the
# paperwork", unlike cutting funds or services.
_CUTTING = frozenset(words("cut cuts slashed slashes"))
_BURDENS = frozenset(
    words(
        "time times waiting wait queue queues delays delay paperwork bureaucracy backlog backlogs workload overlap duplication red"
    )
)
BURDEN_REACH = 5
# ... a cut done, not one meant or promised: "was meant to cut duplication. It hasn't."
_NOT_DONE_YET = frozenset(words("to would will should could might shall"))
CUT_BURDEN_VALENCE = 1.2


# The negators that deny a verb ("ei jäänyt ilman vastausta", "not without a hitch"), unlike
# "nobody" or "nothing", which deny a thing of their own clause ("reports nobody reads isn't worth it").
_VERB_NEGATORS = frozenset(words("ei eikä en emme eivät et ette not never inte aldrig ej"))
# "päätä eikä häntää", "neither rhyme nor reason": the negator before belongs to the idiom itself.
_CORRELATIVES = frozenset(words("eikä nor varken"))


def _denied_idiom(tokens: list[Token], lowered: list[str], i: int, length: int, lang: str) -> str | None:
    """A verb negator among the three words before the idiom at i, with no punctuation between.
    Swedish "en" is an article ("en jourtelefon som ingen svarade i"), not Finnish "en"."""
    if not _CORRELATIVES.isdisjoint(lowered[i : i + length]):
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].kind != "word":
            return None
        if lowered[j] in _VERB_NEGATORS and not (lang == "sv" and lowered[j] in ("en", "et")):
            return lowered[j]
    return None


# "It would be nice if ...", "Olisi kiva, jos ...", "Det sku vara trevligt om ...": a wish, and a
# complaint when it wishes that something happened at all ("ever", "joskus", "nån gång").
_WISHED_BEFORE = (("would", "be"), ("olisi",), ("olis",), ("skulle", "vara"), ("sku", "vara"))
_WISH_IF = frozenset(words("if jos om"))
_AT_ALL = frozenset(words("ever occasionally once sometime joskus ikinä edes koskaan nån någon gång någonsin ens"))
WISH_COMPLAINT = -1.2


def _apply_wish(result: Analysis, words: list[str]) -> None:
    out: list[Contribution] = []
    for c in result.contributions:
        i = c.index
        wished = c.value > 0 and any(tuple(words[max(0, i - len(w)) : i]) == w for w in _WISHED_BEFORE)
        after = [w for w in words[i + 1 : i + 3] if w]
        if not wished or not after or after[0] not in _WISH_IF:
            out.append(c)
            continue
        end = next(
            (j for j in range(i + 1, len(words)) if words[j] == "" and result.tokens[j].text in ".!?"), len(words)
        )
        if not _AT_ALL.isdisjoint(words[i + 1 : end]):
            out.append(c.reweighed(WISH_COMPLAINT, "wish"))
        # a plain wish ("It would be great if AFM joined the panel") is a request, not a verdict
    result.contributions = out


def _apply_scarce(result: Analysis, words: list[str]) -> None:
    """Good things said to be scarce are missing: "konkreettisia tuloksia saa hakea
    suurennuslasilla", "Resultaten lyser med sin frånvaro". The good words of the clause before
    such an idiom count the other way round."""
    scarce = [c for c in result.contributions if c.entry in _SCARCE]
    if not scarce:
        return
    updated: list[Contribution] = []
    for c in result.contributions:
        after = next((x for x in scarce if 0 < x.index - c.index <= SCARCE_REACH), None)
        if c.value > 0 and after is not None and "" not in words[c.index + 1 : after.index]:
            c = c.reweighed(c.value * N_SCALAR, "scarce")
        updated.append(c)
    result.contributions = updated


_SCARCE = frozenset(
    {
        "saa hakea suurennuslasilla",
        "hakea suurennuslasilla",
        "loistaa poissaolollaan",
        "loistavat poissaolollaan",
        "får leta med lupp",
        "lyser med sin frånvaro",
        "need a magnifying glass",
        "conspicuous by their absence",
        "conspicuous by its absence",
        "puuttuvat edelleen",
        "puuttuu edelleen",
        "saknas fortfarande",
        "are still missing",
        "is still missing",
    }
)
# How many words before a scarcity idiom its good things may stand.
SCARCE_REACH = 8


def _apply_asked(result: Analysis, words: list[str]) -> None:
    """What was asked about is not what was found: "Kysyin, mitä yhteistyö on tuottanut", "I asked
    what Helsinki has gained", "frågade vad staden har fått ut". The good words of an indirect
    question after a verb of asking are dropped (a bad one stays: asking why the report is late
    still says that it is late), and so are those of what the writer says was not known
    ("visste inte hur en storstad fungerar"). A claim the writer disputes is turned round
    (`_dispute`)."""
    if _ASKING.isdisjoint(words) and _KNOWING.isdisjoint(words) and _DISPUTING.isdisjoint(words):
        return
    asked: set[int] = set()
    for k, w in enumerate(words):
        if w in _KNOWING and not any(v in _NOT_KNOWN for v in words[max(0, k - 2) : k + 3]):
            continue  # "visste inte hur en storstad fungerar": what is not known is not said
        if w in _DISPUTING:
            _dispute(result, words, k)
            continue
        if w not in _ASKING and w not in _KNOWING:
            continue
        start = next(
            (j for j in range(k + 1, min(len(words), k + 4)) if words[j] in _QUESTION_WORDS),
            None,
        )
        if start is None:
            continue
        asked.update(range(start, _clause_end(words, start)))
    result.contributions = [c for c in result.contributions if not (c.value > 0 and c.index in asked)]


_ASKING = frozenset(
    words(
        "kysyin kysyimme kysyi kysyivät kysyttiin kysyy kysyn kysymme kuullaan frågade frågar undrade undrar "
        "asked ask asks wondered explaining explained explain"
    )
)
_QUESTION_WORDS = frozenset(
    words(
        "mitä onko ovatko oliko miksi miten kuinka paljonko mihin vad om hur varför vilken vilka huruvida "
        "what whether if how why which"
    )
)
# How many words an indirect question may run before its clause is taken to have ended.
ASKED_REACH = 12


def _clause_end(words: list[str], start: int) -> int:
    """Where the clause that opens at `start` ends: at punctuation, or ASKED_REACH words on."""
    end = start + 1
    while end < len(words) and end - start <= ASKED_REACH and words[end] != "":
        end += 1
    return end


_KNOWING = frozenset(
    words("visste vet tiennyt tiedä tiesi tienneet ymmärtänyt ymmärrä förstod förstår knew know understood")
)
_NOT_KNOWN = frozenset(words("inte ej ei en eivät not didn't don't doesn't never aldrig"))
# "olen eri mieltä siitä, että Kuntaliitto olisi hidastanut meitä": the claim disputed counts the other way.
_DISPUTING = frozenset(words("disagree mieltä"))
_DISPUTED_OPENERS = frozenset(words("että att that"))


def _dispute(result: Analysis, words: list[str], k: int) -> None:
    """Turn round the words of a claim that the writer says they disagree with."""
    if words[k] == "mieltä" and not (k > 0 and words[k - 1] == "eri"):
        return
    start = next((j for j in range(k + 1, min(len(words), k + 5)) if words[j] in _DISPUTED_OPENERS), None)
    if start is None:
        return
    end = _clause_end(words, start)
    result.contributions = [
        c.reweighed(c.value * N_SCALAR, "disputed") if start < c.index < end else c for c in result.contributions
    ]


# Finding an error is work done, not an error made: "hittade ett fel på 3,4 miljoner euro till
# vår nackdel", "found a 3.4 million euro error against the city", "löysimme 400 000 euron virheen".
# Only a finding done: errors found again and again ("we find errors in every invoice") complain.
_FINDERS = frozenset(
    words(
        "found discovered uncovered identified spotted caught "
        "hittade hittat upptäckte upptäckt "
        "löysi löysimme löysivät löytänyt löytäneet havaitsi havaitsimme havaitsivat huomasi huomasimme"
    )
)
_ERRORS = re.compile(r"^(?:errors?|mistakes?|miscalculations?|fel|felet|felen|felräkning\w*|virhe\w*|laskuvirhe\w*)$")
FOUND_REACH = 6


def _apply_found(result: Analysis, words: list[str]) -> None:
    """See _FINDERS: an error found by someone weighs nothing of its own."""
    if _FINDERS.isdisjoint(words):
        return
    result.contributions = [
        c.reweighed(0.0, "found")
        if c.value < 0
        and _ERRORS.match(words[c.index])
        and not _FINDERS.isdisjoint(words[max(0, c.index - FOUND_REACH) : c.index])
        else c
        for c in result.contributions
    ]


def _apply_cleared(result: Analysis, words: list[str], profile: Profile) -> None:
    """A fault that no one can be accused of is praise: "Ingen kan beskylla Kommunförbundet för
    passivitet", "No one can accuse AFM of idleness", "Kukaan ei voi syyttää Kuntaliittoa
    laiskuudesta"."""
    accused = not _ACCUSE.isdisjoint(words)
    searched = not _HARD_TO.isdisjoint(words)
    if not accused and not searched:
        return
    updated: list[Contribution] = []
    frames: set[int] = set()  # the "hard" of "hard to find fault": part of the praise, not a complaint
    previous = -1
    for c in result.contributions:
        negated = any(n.startswith("neg:") for n in c.notes)
        scope = _scope(c.index, words, profile, CLEARED_WINDOW)
        at = next((k for k in range(len(scope) - 1, -1, -1) if scope[k] in _ACCUSE), None) if accused else None
        if c.value < 0 and not negated and at is not None:
            if any(w in profile.negators or w in _NO_ONE for w in scope[max(0, at - 3) : at]):
                c = c.reweighed(c.value * N_SCALAR, f"cleared:{scope[at]}")
        elif (
            searched
            and not negated
            and c.value > 0
            and not _is_comparative(words[c.index], profile)
            and _searched_after(words, c.index)
        ):
            # "Muuta myönteistä on vaikea keksiä": the good thing hard to find comes first
            c = c.reweighed(c.value * N_SCALAR, "hard-to")
        elif searched and not negated:
            hard = _hard_to_find(scope, words[c.index], c.index - previous - 1)
            if hard is not None and c.value > 0 and _is_comparative(words[c.index], profile):
                # "Vaikea keksiä parempaa mittaria", "hard to think of a better argument": the best there is
                frames.add(c.index - len(scope) + hard)
            elif hard is not None:
                frames.add(c.index - len(scope) + hard)
                c = c.reweighed(c.value * N_SCALAR, f"hard-to:{scope[hard]}")
        previous = c.index
        updated.append(c)
    result.contributions = [c for c in updated if c.index not in frames]


def _searched_after(words: list[str], i: int) -> bool:
    """ "X on vaikea keksiä", "X är svårt att hitta": a search for the word at i just after it."""
    after = words[i + 1 : i + 5]
    return any(w in _HARD_TO and any(v in _SEARCH for v in after[k + 1 : k + 3]) for k, w in enumerate(after))


def _hard_to_find(scope: list[str], word: str, free: int) -> int | None:
    """Where in the words before a word of tone a "hard to find" frame starts, or None. What is
    hard to find is mostly absent, so the word counts the other way round: "Hard to find fault
    with AFM", "I struggle to think of a single misstep", "Svårt att hitta något att klaga på",
    "Vaikea keksiä mitään moitittavaa", "hard to fault" are praise; "hard to find any benefit" is
    not. Only the first word of tone after the search counts (`free`: how many words before this
    one carry no tone), so the problems in "hard to find a solution to the problems" stay problems."""
    if word in _FAULT_VERBS:
        near = [k for k in range(max(0, len(scope) - 2), len(scope)) if scope[k] in _HARD_TO]
        if near:
            return near[-1]
    for k in range(len(scope) - 1, -1, -1):
        if scope[k] in _SEARCH:
            if len(scope) - k > free:
                return None  # another word of tone stands between the search and this one
            hard = [j for j in range(max(0, k - 3), k) if scope[j] in _HARD_TO]
            return hard[-1] if hard else None
    return None


_ACCUSE = frozenset(
    words("beskylla beskyller beskyllas anklaga anklagar anklagas accuse accused syyttää syyttämään moittia moittimaan")
)
_NO_ONE = frozenset(words("nobody kukaan ingen"))
# "hard to find fault": the difficulty of finding a fault is praise.
_HARD_TO = frozenset(
    words("hard harder difficult struggle struggled struggling svårt svår svårare vaikea vaikeaa vaikeata hankala")
)
_SEARCH = frozenset(words("find spot name think identify hitta nämna peka keksiä löytää nimetä osoittaa"))
_FAULT_VERBS = frozenset(
    words("fault criticise criticize kritisera moittia arvostella ignore ignorera ohittaa sivuuttaa bortse")
)
# How many words before a fault the accusing verb may stand: "accuse the association of idleness".
CLEARED_WINDOW = 7


# Cheap signs that a word may be typed on a phone (see lexicon.typed_variants).
_MAYBE_TYPED = re.compile(r"([^\W\d_])\1\1|eet[aä]$|ee$|oo$|vv")
_NORDIC_LETTERS = re.compile(r"[åäöÅÄÖ]")


def _in_question(tokens: list[Token], i: int) -> bool:
    """Whether token i's sentence ends with a question mark."""
    for tok in tokens[i + 1 :]:
        if ends_sentence(tok):
            return tok.text.startswith("?")
    return False


def _apply_loss(result: Analysis, words: list[str], profile: Profile) -> None:
    """Flip a good thing that the clause says is lost or gone (see Profile.loss_after), and a
    bad thing that it says was spared or avoided (Profile.avoid_before)."""
    if all(
        table.isdisjoint(words)
        for table in (
            profile.loss_after,
            profile.loss_before,
            profile.avoid_before,
            profile.avoid_after,
            _COUNTERFACTUAL_WORDS,
        )
    ):
        return
    updated: list[Contribution] = []
    sparing: set[int] = set()
    for c in result.contributions:
        if c.value > 0 and c.base > 0:
            # only a good thing can be lost: "ei ole pieleen mennyt" is a bad thing denied
            lost = _lost_by(c.index, words, profile)
            if lost is not None:
                c = c.reweighed(c.value * N_SCALAR, f"loss:{lost}")
        elif c.value < 0:
            scope = _scope(c.index, words, profile, AVOID_WINDOW)
            at = next(
                (
                    k
                    for k in range(len(scope) - 1, -1, -1)
                    if scope[k] in profile.avoid_before and (k == 0 or scope[k - 1] not in _DETERMINERS)
                ),
                None,
            )
            if at is not None and any(w in profile.negators for w in scope[max(0, at - 2) : at]):
                at = None  # "has not fixed the basic problem": the problem stands
            elif at is None and "denied-saying" not in c.notes and _COUNTERFACTUAL.search(" ".join(scope)):
                # "problems that we would have missed": a bad thing that did not happen
                c = c.reweighed(c.value * N_SCALAR, "would-have")
            if at is not None:
                sparing.add(c.index - len(scope) + at)
                c = c.reweighed(c.value * N_SCALAR, f"avoided:{scope[at]}")
            else:
                mended = _mended_after(c.index, words, profile)
                if mended is not None:
                    sparing.add(mended)
                    c = c.reweighed(c.value * N_SCALAR, f"avoided:{words[mended]}")
        updated.append(c)
    # "cut red tape": the cutting is the good news, not a bad word of its own.
    result.contributions = [c for c in updated if c.index not in sparing]


_COUNTERFACTUAL = re.compile(
    r"(?:\b(?:(?:would|could|might)(?:\s+\w+)?\s+have|would've)(?:\s+been)?"
    r"|\bolisi(?:mme|vat|n)?\s+(?:ollut|olleet)|\bhade\s+(?:\w+\s+)?(?:blivit|varit))(?:\s+\w+){0,2}$"
)
_COUNTERFACTUAL_WORDS = frozenset(words("have would've ollut olleet hade"))
# A word of sparing after one of these is a noun, not a deed: "the cuts", "its fixes".
_DETERMINERS = frozenset(words("the these those their its our his her my your a an"))
# How many words before a bad thing a word of sparing reaches: "spared the city a very awkward".
AVOID_WINDOW = 5


_CLAUSE_JOINS = frozenset(words("and but how when while ja mutta miten kun och men hur när"))


def _mended_after(i: int, words: list[str], profile: Profile) -> int | None:
    """Where the bad thing at i is said to be mended within the next eight words ("the error was
    fixed"), unless that is negated ("virhettä ei korjattu", "was not fixed")."""
    for j in range(i + 1, min(i + 9, len(words))):
        if words[j] in _CLAUSE_JOINS or not any(ch.isalnum() for ch in words[j]):
            return None  # "how the error arose and how it was fixed", "too early. The corrected": another clause
        if words[j] in profile.avoid_after:
            return None if any(w in profile.negators for w in words[i + 1 : j]) else j
    return None


def _lost_by(i: int, words: list[str], profile: Profile) -> str | None:
    if words[i] in _GONE_WELL or (profile.lang == "fi" and words[i].endswith("sti")):
        return None  # "Hyvin on mennyt", "kohtuullisesti on mennyt", "det har gått bra": how it went, not what was lost
    for w in _scope(i, words, profile):
        if w in profile.loss_before:
            return w
    j = i + 1
    while j < len(words) and words[j] != "" and words[j] not in profile.contrast:
        j += 1
    # the loss word closes the clause: "... on mennyt.", "... är borta.", "... is gone."
    last = words[j - 1] if j - 1 > i else ""
    if j - 2 > i and (words[j - 2], last) in _NOT_LOST:
        return None  # "nöjd till slut": in the end, not over
    return last if last in profile.loss_after else None


_NOT_LOST = frozenset({("till", "slut")})


_Phrases = list[tuple[tuple[str, ...], float]]


@lru_cache(maxsize=8)
def _phrase_index(lex: Lexicon) -> dict[str, tuple[dict[str, _Phrases], _Phrases]]:
    """The lexicon's phrases by first word, then by second word, so that a common first word
    ("ei", "not", "inte") tries only the phrases that can go on with the word after it. Each
    list keeps the lexicon's order (longest first); a phrase whose second word is a pattern ("_",
    "stem*") is in every list of its first word, and in the fallback list."""
    index: dict[str, tuple[dict[str, _Phrases], _Phrases]] = {}
    for first, candidates in lex.phrases.items():
        by_second: dict[str, _Phrases] = {}
        loose: _Phrases = []
        for phrase, value in candidates:
            second = phrase[1]
            if second == "_" or second.endswith("*"):
                loose.append((phrase, value))
                for listed in by_second.values():
                    listed.append((phrase, value))
            else:
                by_second.setdefault(second, list(loose)).append((phrase, value))
        index[first] = (by_second, loose)
    return index


def _phrase_at(
    words: list[str], i: int, index: dict[str, tuple[dict[str, _Phrases], _Phrases]]
) -> tuple[int, float, str] | None:
    """The longest phrase of the lexicon (see `_phrase_index`) that starts at word i."""
    entry = index.get(words[i])
    if entry is None or i + 1 >= len(words):
        return None
    by_second, loose = entry
    for phrase, value in by_second.get(words[i + 1], loose):
        n = len(phrase)
        window = words[i : i + n]
        if len(window) < n:
            continue
        # The first word matched already (it is the key); "_" stands for any one word.
        ok = all(
            w == p or (p == "_" and w != "") or (p[-1] == "*" and w.startswith(p[:-1]) and w != "")
            for w, p in zip(window[1:], phrase[1:], strict=True)
        )
        if ok:
            return n, value, " ".join(phrase)
    return None


def _context(
    i: int, value: float, notes: tuple[str, ...], words: list[str], profile: Profile
) -> tuple[float, tuple[str, ...]]:
    """Boosters and negation in the few words before token i, within its clause."""
    scope = _scope(i, words, profile)
    for back, word in enumerate(reversed(scope)):
        boost = profile.boosters.get(word)
        if boost:
            scale = (1.0, 0.95, 0.9, 0.85)[min(back, 3)]
            value += boost * scale if value > 0 else -boost * scale
            notes = (*notes, f"{'boost' if boost > 0 else 'damp'}:{word}")
    if words[i] in _SENTENCE_ADVERBS:
        return value, notes  # "en valitettavasti voi sanoa": the regret is not denied
    negator = next((w for w in reversed(scope) if w in profile.negators), None)
    if negator is None and profile is FI and not words[i].endswith(_PLACE_CASES):
        # "eikä tänä syksynä ole ollut mitään valittamista": the verb's negative form ("ole") says
        # the negation stands further back in the clause (but not over where: "ei ole ajanut asiaa
        # tässä kiistassa")
        wider = _scope(i, words, profile, CONNEGATIVE_WINDOW)
        if _CONNEGATIVE.intersection(wider):
            negator = next((w for w in reversed(wider) if w in profile.negators), None)
    if negator is None:
        said = _scope(i, words, profile, SAYING_WINDOW)
        negator = _denied_saying(said, profile)
        start = i - len(said)
        if negator is None and said[:1] and said[0] in _THAT and start >= 2 and words[start - 1] == "":
            # "Ei voi sanoa, että panos olisi ollut merkittävä": the denial stands before the comma, and
            # the conditional after it is reported speech, not a counterfactual
            negator = _denied_saying([*_scope(start - 1, words, profile, 4), said[0]], profile)
            notes = (*notes, "denied-saying") if negator is not None else notes
    elif any(scope[k] in _SAYING and scope[k + 1] in _NOT_DENIED_AFTER_SAYING for k in range(len(scope) - 1)):
        negator = None  # "can't say enough good things"
    if negator is None and value > 0:
        negator = _doubter(i, words, profile)
        notes = (*notes, "doubted") if negator is not None else notes
    if negator is not None and i > 0 and words[i - 1] in _ONLY_BUT:
        # "Ei voi kuin kiittää", "en ole muuta kuin tyytyväinen", "kan inte annat än tacka": nothing
        # but the word is said, so the negation leaves it standing.
        return value, (*notes, f"only:{negator} {words[i - 1]}")
    if negator == "ilman" and (not words[i].endswith(("a", "ä")) or len(scope) - scope.index("ilman") > 3):
        # "ilman" governs the partitive: "ilman riitoja ja aikataulussa" is on schedule, not without
        # it; and its own noun phrase only: "Ilman aikataulua tämä on pelkkää puhetta" is talk
        negator = None
    both = [w for w in scope if w in profile.negators]
    if len(both) == 1:
        # "Hardly a week goes by without a useful briefing": the first denial may stand further back.
        wider = [w for w in _scope(i, words, profile, LITOTES_WINDOW) if w in profile.negators]
        both = wider if len(wider) >= 2 else both
    saying = _denied_saying(_scope(i, words, profile, SAYING_WINDOW), profile) if negator == "less" else None
    if saying is not None:
        both = [saying, "less"]  # "Can't say it has been anything less than excellent": excellent, said with reserve
    elif negator is not None and len(both) < 2:
        # "It would be unfair to say AFM didn't pull its weight", "Ingen kan påstå att det inte har hjälpt":
        # the denial of saying stands before the negation, and the two cancel
        said = _scope(i, words, profile, SAYING_WINDOW)
        k = max((k for k in range(len(said) - 1) if said[k] in _SAYING), default=None)
        if k is not None and negator in said[k + 1 :]:
            denier = _denied_saying(said[: k + 2], profile)
            both = [denier, negator] if denier is not None else both
    if len(both) >= 2:
        # Litotes: "not without merit", "ei ole ilman ongelmia", "inte utan poäng": the two
        # negations cancel, and what is left is said with reserve.
        return value * LITOTES_DAMP, (*notes, f"litotes:{both[-2]} {both[-1]}")
    if (
        negator is None
        and profile.post_negators
        and (profile.post_negated is None or profile.post_negated.search(words[i]))
    ):
        after = [w for w in words[i + 1 : i + 3]]
        if after[:1] and after[0] in profile.post_negators:
            negator = after[0]
        elif len(after) == 2 and after[0] in profile.post_negator_gap and after[1] in profile.post_negators:
            negator = after[1]
    # "very little actual help", "vähän konkreettista apua": a plain adjective may stand between
    few = scope[:-1] if len(scope) >= 2 and scope[-1] in _PLAIN_KIND else scope
    if (
        negator is None
        and value > 0
        and few
        and few[-1] in profile.scarce_before
        and few[-2:-1] != ["a"]
        and (profile.scarce_form is None or profile.scarce_form.search(words[i]))
    ):
        negator = few[-1]
    if negator is not None:
        if (
            value > 0
            and (
                (
                    any(w in profile.never for w in scope)
                    and (_is_comparative(words[i], profile) or any(w in _SO_WORDS for w in scope))
                )
                # "could not be happier", "ei voisi olla parempi", "kunde inte vara bättre"
                or (any(w in _COULD for w in scope) and _is_comparative(words[i], profile))
                # "haven't been this good in years", "ei ole ollut näin hyvä vuosiin", "inte varit så bra på år"
                or (any(w in _SO_WORDS for w in scope) and not _IN_YEARS.isdisjoint(words[i + 1 : i + 5]))
            )
        ):
            value += B_INCR
            notes = (*notes, f"never-better:{negator}")
        elif (0 < value < _NOT_YET_MAX or (value > 0 and _AGREEMENT.match(words[i]))) and (
            any(w in _YET for w in scope) or words[i + 1 : i + 2] in (["yet"], ["ännu"], ["än"], ["vielä"])
        ):
            # "ei ole vielä valmis", "not ready yet": a faint good thing still to come is news, not a complaint;
            # so is "Ei vielä sopua", "no agreement yet": talks still going, however welcome their end
            value = 0.0
            notes = (*notes, f"not-yet:{negator}")
        else:
            value = denied(words[i], value)
            notes = (*notes, f"neg:{negator}")
    return value, notes


# Verbs of saying or naming: denied, they deny what the rest of the clause would say ("Can't
# honestly say the arrangement has disappointed", "I wouldn't call it a highlight", "jag kan inte
# påstå att samarbetet har svikit").
_SAYING = frozenset(words("say claim call pretend säga påstå kalla sanoa väittää kutsua"))
# "can't say enough good things", "cannot say how grateful": praise, not a denial
_NOT_DENIED_AFTER_SAYING = frozenset(words("enough how tarpeeksi miten nog tillräckligt hur"))
SAYING_WINDOW = 10
_THAT = frozenset(words("että att that"))
# Saying called too much: "Det vore en överdrift att säga att ...", "olisi liioittelua sanoa",
# "it would be a stretch to say" deny what follows as a negation would.
_OVERSTATING = frozenset(
    words("överdrift överdrivet exaggeration overstatement stretch liioittelua liioiteltua unfair orättvist epäreilua")
)


def _denied_saying(scope: list[str], profile: Profile) -> str | None:
    """The negator of a denied verb of saying in the clause before a word, if one stands there
    with at least one word between it and the word."""
    for k in range(len(scope) - 2, -1, -1):
        if scope[k] in _SAYING and scope[k + 1] not in _NOT_DENIED_AFTER_SAYING:
            return next(
                (w for w in reversed(scope[max(0, k - 3) : k]) if w in profile.negators or w in _OVERSTATING), None
            )
    return None


# Verbs of doubting: what the clause after them would praise is doubted ("Epäilen vahvasti, että
# yhteistyö on hyödyllinen", "I strongly doubt the cooperation is worth it", "Jag tvivlar på att ...").
_DOUBTING = frozenset(
    words("epäilen epäilemme epäilee epäilevät epäilin epäilimme tvivlar tvivlade betvivlar doubts doubted")
)
# English "doubt" is also a noun ("no doubt it helped"): a verb only after its subject or an adverb.
_DOUBT_VERB_BEFORE = frozenset(words("i we strongly seriously really still genuinely"))


def _doubter(i: int, words: list[str], profile: Profile) -> str | None:
    """The verb of doubting that the clause before word i (or the clause before its "that") opens."""
    said = _scope(i, words, profile, SAYING_WINDOW)
    start = i - len(said)
    if said[:1] and said[0] in _THAT and start >= 2 and words[start - 1] == "":
        said = [*_scope(start - 1, words, profile, 4), *said]
    for k, w in enumerate(said):
        if w in _DOUBTING or (w == "doubt" and k > 0 and said[k - 1] in _DOUBT_VERB_BEFORE):
            return w
    return None


# Words for the ideal: to deny them ("not perfect", "ei täydellinen", "inte felfri") is a mild reservation.
_IDEAL = re.compile(r"^(?:perfect|flawless|ideal|täydelli|ideaali|perfekt|felfri|idealisk|fulländ)")
NOT_IDEAL_VALUE = -0.5


def denied(word: str, value: float) -> float:
    """The valence of a word under a negation: turned round and damped as in VADER, except that a
    denied ideal is only a mild reservation ("Is it perfect? No.")."""
    if value > 0 and _IDEAL.match(word):
        return NOT_IDEAL_VALUE
    return value * N_SCALAR


_NO_MATTER_HOW = (("vaikka", "kuinka"), ("vaikka", "miten"), ("no", "matter", "how"))
_YET = frozenset(words("vielä ännu än yet"))
_AGREEMENT = re.compile(r"^(?:sopu\w*|sovin\w*|agreement|agreed|deal|överenskommelse\w*|enighet|samförstånd)$")
_ONLY_BUT = frozenset(words("kuin än"))
# The Finnish verb forms that only follow a negation ("ei ole", "eivät ole", "eikä ... ole").
_CONNEGATIVE = frozenset(words("ole"))
CONNEGATIVE_WINDOW = 9
_PLACE_CASES = ("ssa", "ssä", "lla", "llä")
# Adjectives that only say what kind a thing is; they may stand between "little" and the thing.
_PLAIN_KIND = frozenset(words("actual real concrete practical tangible todellista konkreettista varsinaista käytännön"))
_NOT_YET_MAX = 1.0


LITOTES_DAMP = 0.7
LITOTES_WINDOW = 7
# Adverbs that comment on the whole sentence; a negation in it denies the rest, not them.
_SENTENCE_ADVERBS = frozenset(
    words(
        "valitettavasti onneksi tyvärr lyckligtvis beklagligtvis olyckligtvis unfortunately fortunately "
        "regrettably thankfully sadly luckily"
    )
)
_GONE_WELL = frozenset(words("hyvin hienosti loistavasti mallikkaasti paremmin bra fint well"))
# "finally" in a question is impatience, not relief: "vastaisitteko vihdoin ...?"
_IMPATIENT = frozenset(words("vihdoin viimein vihdoinkin äntligen finally"))
# Verbs of asking: the good thing after them was requested ("pyysimme apua", "bad om stöd",
# "asked for help"), which says nothing yet of whether it came.
_REQUESTED = frozenset(
    words(
        "pyysi pyysimme pyysivät pyydettiin pyytää pyydämme pyytäneet pyytänyt anoi anoimme haettiin "
        "bad bett ber begärde begär efterfrågade efterlyste efterlyser asked ask asks asking requested request "
        "requesting sought promised luvattiin lupasi lupas lovade utlovade kysyit kysyitte"
    )
)
# Who or what may stand before "like" the verb ("we like", "would like", "really like"); after other
# words "like" is a preposition.
_LIKERS = frozenset(
    words(
        "i we you they people everyone everybody who would i'd we'd you'd they'd wouldn't really also all "
        "do don't didn't does doesn't did to still genuinely actually truly might may will i'll we'll "
        "residents members staff colleagues users"
    )
)
_ASKED_HOW = frozenset(words("hur how miten"))
_DEGREE_AFTER_HOW = frozenset(words("mycket much many paljon well bra hyvin kovasti"))


def _asks_how(scope: list[str], k: int) -> bool:
    """Whether scope[k] asks how, inside a clause, about what the words after it say."""
    return (
        scope[k] in _ASKED_HOW
        and 0 < k + 1 < len(scope)
        and (k > 0 or len(scope) >= 4)
        and scope[k + 1] not in _DEGREE_AFTER_HOW
    )


# "promised and delivered": what follows the "and" was given.
_JOINED = frozenset(words("and ja sekä och"))


def _requested(scope: list[str]) -> bool:
    """Whether the words before a good word ask for it or promise it, with no "and" in between, or
    ask how it goes ("granskar hur avtalet fungerar", "ingen aning om hur en storstad fungerar"). A
    clause that opens with "how" is a question or an exclamation of its own ("Miten voin kiittää?"),
    and "how" before a degree word or the good word itself measures it ("hur mycket", "how good")."""
    last = len(scope) - 1
    at = next((k for k in range(last, -1, -1) if scope[k] in _REQUESTED or _asks_how(scope, k)), None)
    return at is not None and not any(w in _JOINED for w in scope[at + 1 :])


IMPATIENCE_VALENCE = -0.8
# Past participles in the partitive ("myöhästynyttä", "epäonnistunutta") end like the abessive.
_FI_PARTICIPLE_PARTITIVE = re.compile(r"(?:n|l|r|s)(?:ut|yt)t[aä]$")
_COULD = frozenset(words("could couldn't couldnt can't cant cannot voisi voisivat voisin kunde kan"))
# "never been this good", "ei koskaan näin hyvä", "aldrig så bra": praise, not negation.
_SO_WORDS = frozenset({"näin", "noin", "niin", "så", "this", "so", "more", "mer"})
_IN_YEARS = frozenset(words("years ages vuosiin vuosikausiin aikoihin år"))


def _scope(i: int, words: list[str], profile: Profile, window: int | None = None) -> list[str]:
    """The few words (the profile's window) before token i, within its clause."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < (window or profile.window):
        w = words[j]
        if w == "" or w in profile.contrast:
            if w in profile.negators:
                out.append(w)  # "muttei" (mutta ei) opens the clause and negates it
            break
        out.append(w)
        j -= 1
    out.reverse()
    return out


def is_contrast(tokens: list[Token], i: int, profile: Profile) -> bool:
    """Whether token i is a contrast conjunction. "yet" is one only where a clause starts
    ("..., yet it works"), not in "not yet decided"."""
    tok = tokens[i]
    if tok.kind not in ("word", "hashtag") or tok.lower not in profile.contrast:
        return False
    if tok.lower not in profile.weak_contrast:
        return True
    prev = tokens[i - 1] if i > 0 else None
    return prev is None or prev.kind in ("punct", "pause") or prev.lower in ("and", "och", "ja")


def _apply_contrast(result: Analysis, profile: Profile) -> None:
    """Halve what precedes a contrast word in its sentence; weigh what follows 1.5 times."""
    if profile.contrast.isdisjoint([t.lower for t in result.tokens]):
        return
    sentence = 0
    sentence_of: list[int] = []
    pivot: dict[int, int] = {}
    for i, tok in enumerate(result.tokens):
        sentence_of.append(sentence)
        if is_contrast(result.tokens, i, profile):
            pivot.setdefault(sentence, i)
        if ends_sentence(tok):
            sentence += 1
    if not pivot:
        return
    # A sentence that opens with "But" answers the one before it: "Kuntaliiton väki on mukavaa.
    # Mutta itse malli on kömpelö." (unless that sentence has a contrast of its own).
    first_word: dict[int, int] = {}
    for i, tok in enumerate(result.tokens):
        if tok.kind in ("word", "hashtag"):
            first_word.setdefault(sentence_of[i], i)
    answered = {s - 1 for s, at in pivot.items() if s > 0 and first_word.get(s) == at and s - 1 not in pivot}
    # A verdict before a colon stands apart from the contrast after it: "Fairly solid work in the
    # end: the seat went elsewhere, but Helsinki gets a say".
    opened = {
        sent: max((j for j in range(at) if sentence_of[j] == sent and result.tokens[j].text == ":"), default=-1)
        for sent, at in pivot.items()
    }
    updated: list[Contribution] = []
    for c in result.contributions:
        at = pivot.get(sentence_of[c.index])
        if at is not None and at != c.index and c.index > opened[sentence_of[c.index]]:
            factor = BEFORE_CONTRAST if c.index < at else AFTER_CONTRAST
            note = "before-contrast" if c.index < at else "after-contrast"
            c = c.reweighed(c.value * factor, note)
        elif sentence_of[c.index] in answered:
            c = c.reweighed(c.value * BEFORE_CONTRAST, "before-contrast")
        updated.append(c)
    result.contributions = updated


def concession_end(tokens: list[Token], start: int, lang: str) -> int | None:
    """If the sentence starting at token `start` opens with a concession, the index of the
    comma that closes the conceded clause."""
    openers = CONCESSIVE.get(lang)
    if not openers or start >= len(tokens):
        return None
    first = tokens[start].lower
    two = f"{first} {tokens[start + 1].lower}" if start + 1 < len(tokens) else ""
    if first not in openers and two not in openers:
        return None
    for j in range(start + 1, len(tokens)):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text == ",":
            return j
        if ends_sentence(tok):
            return None
    return None


def _apply_concession(result: Analysis, lang: str) -> None:
    """Weigh a conceded clause less and the main clause after it more."""
    if not CONCESSIVE.get(lang) or _CONCESSIVE_FIRST[lang].isdisjoint([t.lower for t in result.tokens]):
        return
    spans: list[tuple[int, int, int]] = []  # (sentence start, comma, sentence end)
    start = 0
    tokens = result.tokens
    for i, tok in enumerate([*tokens, Token(".", "punct", 0, 0, ".")]):
        if ends_sentence(tok):
            comma = concession_end(tokens, start, lang)
            if comma is not None:
                spans.append((start, comma, i))
            start = i + 1
    if not spans:
        return
    updated: list[Contribution] = []
    for c in result.contributions:
        for a, comma, b in spans:
            if a <= c.index < comma:
                c = c.reweighed(c.value * CONCEDED, "conceded")
            elif comma < c.index < b:
                c = c.reweighed(c.value * AFTER_CONTRAST, "main")
        updated.append(c)
    result.contributions = updated


def soften_phatic_emoji(contributions: list[Contribution], tokens: list[Token]) -> list[Contribution]:
    """A question whose only tone is one smile or heart is a friendly question, not praise:
    "När kommer nästa video?❤", "Onko tästä tulossa tallenne? 🙂". The emoji keeps its place in
    the evidence at no weight. A frown on a question ("Vad har hänt? 😱") still counts."""
    if len(contributions) != 1:
        return contributions
    only = contributions[0]
    if tokens[only.index].kind != "emoji" or only.value <= 0:
        return contributions
    if not _closes_question(tokens, only.index):
        return contributions  # "Kuntaliitto does. 🙌", "Godkänd! 👏": the emoji closes a statement
    return [Contribution(only.index, only.surface, only.entry, only.base, 0.0, (*only.notes, "question"))]


def _closes_question(tokens: list[Token], i: int) -> bool:
    """Whether the emoji at i belongs to a question: right after its question mark, or in a
    sentence that ends in one."""
    back = i - 1
    while back >= 0 and tokens[back].kind in ("emoji", "emoticon"):
        back -= 1
    if back >= 0 and tokens[back].kind == "punct" and "?" in tokens[back].text:
        return True
    ahead = next((t for t in tokens[i + 1 :] if ends_sentence(t)), None)
    return ahead is not None and "?" in ahead.text


def exclamation_bonus(tokens: list[Token]) -> float:
    """VADER's emphasis: each '!' (up to four) adds 0.292 in the direction of the sum."""
    count = sum(t.text.count("!") for t in tokens if t.kind == "punct")
    return min(count, 4) * EXCLAMATION_STEP


def compound(contributions: list[Contribution], tokens: list[Token]) -> float:
    """VADER's compound score of some contributions, with the tokens' exclamation marks."""
    total = sum(c.value for c in contributions)
    if total > 0:
        total += exclamation_bonus(tokens)
    elif total < 0:
        total -= exclamation_bonus(tokens)
    return normalise(total)
