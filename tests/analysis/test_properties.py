"""Property tests: the analyser never raises and keeps its numbers in range, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import detect_language, explain, score
from tests.analysis._topic import TOPIC

WORDS = st.sampled_from(
    [
        "Kuntaliitto",
        "Kuntaliiton",
        "#kuntaliitto",
        "@Kuntaliitto",
        "AFM",
        "Kommunförbundet",
        "ei",
        "inte",
        "not",
        "hyvä",
        "bra",
        "good",
        "mutta",
        "men",
        "but",
        "erota",
        "lämna",
        "leave",
        "!!!",
        "...",
        "😡",
        "👍",
        "🙃",
        ":)",
        "'",
        '"',
        ",",
        ".",
        "\n",
        "ERITTÄIN",
        "ongelmitta",
        "aldrig",
        "bättre",
        "https://x.y/z",
        "kuntaliitos",
        "yhtään",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_score_never_raises_on_arbitrary_text(text: str) -> None:
    """Any Unicode text scores without an exception, with values in range."""
    result = score(text, topic=TOPIC)
    assert -1.0 <= result.sentiment <= 1.0
    assert result.stance is None or -1.0 <= result.stance <= 1.0
    assert (result.label is None) == (result.stance is None)
    assert isinstance(detect_language(text), str)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), st.sampled_from([None, "fi", "sv", "en", "de"]))
def test_score_and_explain_on_hard_word_soup(text: str, lang: str | None) -> None:
    """Word soups of negators, contrasts, exits, emoji and names never break the analyser."""
    result = score(text, topic=TOPIC, lang=lang)
    assert -1.0 <= result.sentiment <= 1.0
    if result.relevant and result.lang in ("fi", "sv", "en"):
        assert result.label in ("positive", "negative", "neutral")
    else:
        assert result.label is None
    assert "Label:" in explain(text, topic=TOPIC, lang=lang)


def _phrase_by_scan(words: list[str], i: int, lang: str) -> tuple[int, float, str] | None:
    """The longest lexicon phrase at word i, found by trying every phrase of its first word in
    the lexicon's order: what the indexed look-up must agree with."""
    from bot.analysis.sentiment import lexicon_for

    for phrase, value in lexicon_for(lang).phrases.get(words[i], []):
        window = words[i : i + len(phrase)]
        if len(window) == len(phrase) and all(
            w == p or (p == "_" and w != "") or (p[-1] == "*" and w.startswith(p[:-1]) and w != "")
            for w, p in zip(window[1:], phrase[1:], strict=True)
        ):
            return len(phrase), value, " ".join(phrase)
    return None


def _phrase_words(lang: str) -> list[str]:
    from bot.analysis.sentiment import lexicon_for

    found = {w.rstrip("*") for phrases in lexicon_for(lang).phrases.values() for p, _v in phrases for w in p}
    return [*sorted(found - {"_"}), "", "x", "ei", "inte", "not"]


@settings(max_examples=400, deadline=None)
@given(st.data(), st.sampled_from(["fi", "sv", "en"]))
def test_indexed_phrase_lookup_agrees_with_a_full_scan(data: st.DataObject, lang: str) -> None:
    """The phrase index (by first and second word) finds the same phrase as trying them all. The
    words are one of the lexicon's phrases, its "_" and "stem*" filled in, among the lexicon's
    other phrase words, where phrases overlap most."""
    from bot.analysis.sentiment import _phrase_at, _phrase_index, lexicon_for

    lex = lexicon_for(lang)
    vocab = _phrase_words(lang)
    first = data.draw(st.sampled_from(sorted(lex.phrases)))
    phrase, _value = data.draw(st.sampled_from(lex.phrases[first]))
    # A "_" is filled, as often as not, with the literal second word of another phrase of the same
    # first word, so that a longer phrase with a pattern competes with a shorter literal one.
    seconds = sorted({p[1] for p, _v in lex.phrases[first] if p[1] != "_" and not p[1].endswith("*")})
    fill = st.sampled_from(seconds) | st.sampled_from(vocab[:-5]) if seconds else st.sampled_from(vocab[:-5])
    filled = [first] + [data.draw(fill) if p == "_" else p[:-1] + "ssa" if p.endswith("*") else p for p in phrase[1:]]
    before = data.draw(st.lists(st.sampled_from(vocab), max_size=3))
    after = data.draw(st.lists(st.sampled_from(vocab), max_size=3))
    words = before + filled + after
    index = _phrase_index(lex)
    assert _phrase_by_scan(words, len(before), lang) is not None  # the phrase itself is there
    for i in range(len(words)):
        assert _phrase_at(words, i, index) == _phrase_by_scan(words, i, lang), (words, i)


def test_a_longer_pattern_phrase_wins_over_a_shorter_literal_one() -> None:
    """Where a phrase with a pattern ("samarbetet _ _ bär") comes before a literal one of the same
    first and second word ("samarbetet bär"), the index keeps the lexicon's order: longest first."""
    from bot.analysis.sentiment import _phrase_at, _phrase_index, lexicon_for

    checked = 0
    for lang in ("fi", "sv", "en"):
        lex = lexicon_for(lang)
        index = _phrase_index(lex)
        for first, phrases in lex.phrases.items():
            literal = [p for p, _v in phrases if p[1] != "_" and not p[1].endswith("*")]
            for phrase, _value in phrases:
                if phrase[1] != "_" or not literal:
                    continue
                for other in literal:
                    words = [first, *other[1:], *("filler" for _ in phrase)]
                    words[: len(phrase)] = [
                        w if p == "_" else p[:-1] if p.endswith("*") else p for w, p in zip(words, phrase, strict=False)
                    ]
                    assert _phrase_at(words, 0, index) == _phrase_by_scan(words, 0, lang), (lang, words)
                    checked += 1
    assert checked > 20  # the lexicons do have such pairs
