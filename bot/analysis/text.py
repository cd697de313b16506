"""Tokens, sentences and clauses of a post, shared by every language.

Social-media text mixes words with links, handles, hashtags, emoji and emoticons. Each of those
carries different meaning: a link says nothing about tone, an emoji often says everything. One
tokeniser that keeps the kinds apart lets relevance, sentiment and stance see the same tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
MENTION_RE = re.compile(r"(?<![\w@])@[\w.\-]+(?:@[\w.\-]+)?")
HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")

# Emoticons are matched before words so that ":D" or "xD" is not taken for letters.
_EMOTICON = (
    r"(?:<3+|</3|[:;=8xX][\-o'^]?[\)\]\(\[dDpP/\\|*oO@3]+|[\)\(][\-o]?[:;=]"
    r"|\^_*\^|-_+-|[oO]_[oO]|T_T|:'\(|:'\))"
)
# A pictograph, with optional variation selector, skin tone and zero-width-joined parts.
_EMOJI = (
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF\u2190-\u21FF]"
    r"[\uFE0F\U0001F3FB-\U0001F3FF]*(?:\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF][\uFE0F]*)*)"
)
_WORD = r"[^\W\d_](?:[\w'’\-]*\w)?"
_NUMBER = r"\d+(?:[.,:]\d+)*"

# Only links and emoticons ignore case: a pattern-wide IGNORECASE makes every word's match slower.
TOKEN_RE = re.compile(
    r"(?P<url>(?i:(?:https?://|www\.))\S+)"
    r"|(?P<mention>(?<![\w@])@[\w.\-]*\w)"
    r"|(?P<hashtag>(?<![\w#])#\w+)"
    rf"|(?P<emoticon>(?<!\w)(?i:{_EMOTICON})(?!\w))"
    rf"|(?P<emoji>{_EMOJI})"
    rf"|(?P<word>{_WORD})"
    rf"|(?P<number>{_NUMBER})"
    r"|(?P<punct>[!?]+|[.,;:…–—\-]+|\S)"
)

SENTENCE_END_RE = re.compile(r"[.!?…]+|\n")


class Token(NamedTuple):
    """One token: its text as written, its kind, where it stands, and its lowercase form.

    A NamedTuple rather than a dataclass: a post has dozens of tokens and they are built in the
    hot path, where tuple construction is several times cheaper.
    """

    text: str
    kind: str  # url | mention | hashtag | emoticon | emoji | word | number | punct | pause (see _paused)
    start: int
    end: int
    lower: str


def words(spec: str) -> tuple[str, ...]:
    """A word list written as one space-separated string, which is easier to read and edit."""
    return tuple(spec.split())


def either_dots(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same Finnish pattern, also matching text typed without ä and ö ("jasenyys kannattaa",
    "ei ole nakynyt"): each ä may be a and each ö may be o, inside character classes too."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern.pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        plain = {"ä": "a", "ö": "o", "Ä": "A", "Ö": "O"}.get(ch)
        if plain is None:
            out.append(ch)
        else:
            out.append(ch + plain if in_class else f"[{ch}{plain}]")
    return re.compile("".join(out), pattern.flags)


def tokenize(text: str) -> list[Token]:
    """Every token of the text, in order; whitespace is dropped."""
    out: list[Token] = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        # tuple.__new__ skips the NamedTuple's Python-level __new__: the hot path builds dozens per post
        append(_new_tuple(Token, (word, m.lastgroup or "punct", start, end, word.lower())))
    return out


_new_tuple = tuple.__new__

# Verbs after which spoken Finnish "et" is "että" (that), not the negation verb.
_SAYING_FI = frozenset(
    words(
        "myöntää myönnän sanoa sanon sanoisin luulen uskon usko tiedän toivon huomasin totesin kuulin näyttää "
        "tuntuu pakko väitän myönnettävä sanottava"
    )
)
# Words that open a clause as its subject: after them "et" is spoken "että", not "you don't".
_SUBJECTS_FI = frozenset(words("se ne tää tämä nää nämä me te he hän kaikki joku jotkut kukaan moni"))


def spoken_that_fi(before: str, after: str) -> bool:
    """Whether a Finnish "et" between the word (or comma) `before` and the word `after` is spoken
    "että" ("pakko myöntää et ...", "kiva et Kuntaliitto kuuntelee", "ois jo aika et Helsinki
    lähtis"), not "you don't": a name or a subject comes next, or a verb of saying or a comma went
    before."""
    return before.lower() in _SAYING_FI or before == "," or after[:1].isupper() or after.lower() in _SUBJECTS_FI


def strip_for_language(text: str) -> str:
    """The text without links, handles and hashtags, which say little about the language."""
    text = URL_RE.sub(" ", text)
    text = MENTION_RE.sub(" ", text)
    text = HASHTAG_RE.sub(" ", text)
    return " ".join(text.split())


def split_sentences(tokens: list[Token]) -> list[list[Token]]:
    """Group tokens into sentences at . ! ? … and line breaks.

    Line breaks are not tokens, so they are found from gaps that contain a newline; the caller
    passes the original text through `tokens_with_breaks` to mark them.
    """
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if tok.kind == "punct" and tok.text == "\n":
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(tok)
        if tok.kind == "punct" and SENTENCE_END_RE.fullmatch(tok.text):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def ends_sentence(tok: Token) -> bool:
    """Whether a token closes a sentence: . ! ? … (or a run of them) or a line break."""
    return tok.kind == "punct" and (tok.text == "\n" or tok.text[0] in ".!?…")


def _paused(tokens: list[Token]) -> list[Token]:
    """An ellipsis followed by a lowercase word is a pause inside the sentence ("AFM on the other
    hand... still no reply"), not its end: its kind becomes "pause". So is the full stop of a
    Finnish date or ordinal before a lowercase word or a comma ("julkaistaan 12.6., ei 5.6. kuten
    kerroimme")."""
    out = list(tokens)
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if tok.kind != "punct":
            continue
        lower_next = nxt.kind == "word" and nxt.text[:1].islower()
        dated = tok.text in (".", ".,") and i > 0 and tokens[i - 1].kind == "number"
        if (tok.text.startswith(("..", "…")) and lower_next) or (dated and (lower_next or tok.text == ".,")):
            out[i] = Token(tok.text, "pause", tok.start, tok.end, tok.lower)
    return out


_DATED = re.compile(r"\d\.[,\s]")


def tokens_with_breaks(text: str) -> list[Token]:
    """Tokens plus a newline token wherever the text breaks a line between two tokens, or where
    an emoji closes a sentence without a full stop ("... Kaisaniemi park 🌷 The talks ..."). An
    ellipsis before a lowercase word is a pause (see `_paused`)."""
    tokens = tokenize(text)
    if "..." in text or "…" in text or _DATED.search(text):
        tokens = _paused(tokens)
    if "\n" not in text and not any(t.kind == "emoji" for t in tokens):
        return tokens  # most posts are one line
    out: list[Token] = []
    prev_end = 0
    prev: Token | None = None
    for tok in tokens:
        emoji_stop = prev is not None and prev.kind == "emoji" and tok.kind == "word" and tok.text[:1].isupper()
        if "\n" in text[prev_end : tok.start] or emoji_stop:
            out.append(Token("\n", "punct", prev_end, prev_end, "\n"))
        out.append(tok)
        prev_end = tok.end
        prev = tok
    return out
