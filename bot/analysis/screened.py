"""Long alternations of phrases, screened by the words they need before the regex engine runs.

The stance patterns are alternations of dozens of phrases ("what exactly has ...|nobody asked
...|..."). Python's engine tries every phrase at every position of the text, so one such pattern
costs far more than the rest of a post's analysis. Most phrases need a literal word that a given
post does not contain ("exactly", "asked"). `Screened` works out, once, which literals each
top-level phrase needs, and per text runs only the phrases whose literals are there.

The result is the same as the whole pattern's, match for match: a phrase whose needed literal is
absent cannot match anywhere in the text, and the phrases still in play are merged in the order
the alternation would try them (leftmost start first; at one start, the earlier phrase). Patterns
this cannot split exactly (capturing groups, a phrase that can match the empty string, a flag that
ignores case) are run whole. Reading a pattern's literals uses the standard library's regex parser
(`re._parser`); if that is ever missing or changes shape, every pattern is simply run whole.
"""

from __future__ import annotations

import importlib
import itertools
import re
import sys
from collections.abc import Iterator
from typing import Any, Protocol

_p: Any
_c: Any
try:  # the standard library's own parser: private, so every use below falls back when it fails
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - other Python implementations
    _p = _c = None

_END = sys.maxsize


def top_alternatives(source: str) -> list[str]:
    """The phrases of a pattern's outermost alternation, as source text; [source] if it has none.

    `a|b|c` and `\\b(?:a|b|c)\\b` both give three phrases, each carrying the prefix and suffix
    that surround the alternation."""
    parts = _split_bars(source)
    if len(parts) > 1:
        return parts
    # prefix(?:a|b|c)suffix, where the group is the only one at the top level
    opened = [i for i, ch, depth in _outside_classes(source) if ch == "(" and depth == 0]
    closed = [i for i, ch, depth in _outside_classes(source) if ch == ")" and depth == 0]
    if len(opened) != 1 or len(closed) != 1 or not source.startswith("(?:", opened[0]):
        return [source]  # no group at the top level, or more than one
    start, end = opened[0], closed[0]
    inner = _split_bars(source[start + 3 : end])
    if len(inner) < 2 or source[end + 1 : end + 2] in ("*", "+", "?", "{"):
        return [source]
    prefix, suffix = source[:start], source[end + 1 :]
    if not _one_way(prefix):
        # "\w+\s+(?:a|b)" tries b after a at each length of \w+, "\w+\s+(?:a)|\w+\s+(?:b)" tries
        # a at every length first: the same places match, but not always the same text
        return [source]
    return [f"{prefix}(?:{part}){suffix}" for part in inner]


def _one_way(source: str) -> bool:
    """Whether the pattern can match a given place in one way only: no repeat or alternation."""
    if _p is None:
        return False
    try:
        items = _p.parse(source)
    except Exception:
        return False
    simple = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.AT, _c.ASSERT, _c.ASSERT_NOT)
    return all(op in simple for op, _av in items)


def _class_opening(source: str, i: int) -> int:
    """How many characters after the "[" at i still open the class: a "^", and a "]" that comes
    first in the class and so stands for itself ("[]a]", "[^]a]")."""
    n = 1 if source[i + 1 : i + 2] == "^" else 0
    return n + 1 if source[i + 1 + n : i + 2 + n] == "]" else n


def _split_bars(source: str) -> list[str]:
    """The source cut at every `|` outside groups and character classes."""
    cuts = [i for i, ch, depth in _outside_classes(source) if ch == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(source)])]


def _outside_classes(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern outside escapes and character classes, with the depth of groups
    it stands in (a group's own brackets stand at the depth outside it)."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += _class_opening(source, i)
        else:
            depth -= ch == ")"
            yield i, ch, depth
            depth += ch == "("
        i += 1


def needed_literals(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of the pattern contains at least one, chosen to be as long as
    possible; None when no such set can be read (or the pattern ignores case)."""
    if _p is None or flags & re.IGNORECASE:
        return None
    try:
        found = _needed(_p.parse(source, flags))
    except Exception:
        return None
    return frozenset(found) if found else None


def _needed(items: object) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:  # type: ignore[attr-defined]
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if op is _c.IN and len(av) == 1 and av[0][0] is _c.LITERAL:
            run += chr(av[0][1])
            continue
        if run:
            candidates.append({run})
            run = ""
        need: set[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            need = None if add_flags & re.IGNORECASE else _needed(sub)
        elif op is _c.ATOMIC_GROUP:
            need = _needed(av)
        elif op is _c.BRANCH:
            each = [_needed(alt) for alt in av[1]]
            need = None if any(not n for n in each) else set().union(*each)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            need = _needed(sub) if low >= 1 else None
        # anything else (a class, a look-around, an anchor, a repeat that may be absent) needs nothing
        if need:
            candidates.append(need)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    # the set whose shortest string is longest is the rarest in text
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


class Finder(Protocol):
    """What the analyser asks of a pattern: `re.Pattern` and `Screened` both offer it."""

    def __hash__(self) -> int: ...

    def search(self, text: str, pos: int = 0, endpos: int = _END, /) -> re.Match[str] | None: ...

    def finditer(self, text: str, pos: int = 0, endpos: int = _END, /) -> Iterator[re.Match[str]]: ...


class Screened:
    """A compiled alternation that runs, per text, only the phrases whose literals the text has.

    Offers the `search` and `finditer` of `re.Pattern`, with the same results."""

    __slots__ = ("_always", "_literals", "_phrases", "flags", "pattern", "whole")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.whole = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        # split on first use, so that importing the analyser stays quick for commands that never score
        self._phrases: tuple[re.Pattern[str], ...] | None = None
        self._always: frozenset[int] = frozenset()
        self._literals: tuple[tuple[str, frozenset[int]], ...] = ()

    def _prepare(self) -> tuple[re.Pattern[str], ...]:
        """Split the alternation into phrases and read each one's literals; () runs it whole."""
        compiled = self.whole
        if compiled.groups or compiled.flags & (re.IGNORECASE | re.VERBOSE):
            return ()  # group numbers and names would change; case would need folding
        sources = top_alternatives(compiled.pattern)
        if len(sources) < 2 or _p is None:
            return ()
        try:
            phrases = tuple(re.compile(s, compiled.flags) for s in sources)
            parsed = [_p.parse(s, compiled.flags) for s in sources]
            if any(int(items.getwidth()[0]) == 0 for items in parsed):
                return ()  # an empty match would need finditer's own rules for what may follow it
            needs = [_needed(items) for items in parsed]
        except Exception:  # a parser that changed shape means: no screening
            return ()
        always: set[int] = set()
        by_literal: dict[str, set[int]] = {}
        for n, need in enumerate(needs):
            if not need:
                always.add(n)
            for lit in need or ():
                by_literal.setdefault(lit, set()).add(n)
        self._always = frozenset(always)
        self._literals = tuple((lit, frozenset(ns)) for lit, ns in sorted(by_literal.items()))
        return phrases

    def _live(self, phrases: tuple[re.Pattern[str], ...], text: str, pos: int, endpos: int) -> list[re.Pattern[str]]:
        if pos or endpos < len(text):
            text = text[pos:endpos]
        live = self._always.union(*[ns for lit, ns in self._literals if lit in text])
        return [phrases[n] for n in sorted(live)]

    @property
    def phrases(self) -> tuple[re.Pattern[str], ...]:
        """The phrases run one by one; () when the pattern runs whole."""
        if self._phrases is None:
            self._phrases = self._prepare()
        return self._phrases

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        phrases = self.phrases
        if not phrases:
            yield from self.whole.finditer(text, pos, endpos)
            return
        endpos = min(endpos, len(text))
        live = self._live(phrases, text, pos, endpos)
        if not live:
            return
        # each phrase's next match at or after `at`; None once it has no more
        ahead: list[re.Match[str] | None] = [p.search(text, pos, endpos) for p in live]
        at = pos
        while True:
            best: re.Match[str] | None = None
            for k, m in enumerate(ahead):
                if m is not None and m.start() < at:
                    m = ahead[k] = live[k].search(text, at, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            at = best.end()  # phrases never match the empty string (checked when built)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
