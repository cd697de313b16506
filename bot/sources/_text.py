"""HTML to plain text, shared by the sources whose posts arrive as HTML (feeds, Mastodon).

Analysis and chat renderers want the words a reader sees, not markup: tags are dropped, block
elements become line breaks, and character references are decoded exactly once (by html.parser),
so that `AT&amp;amp;T` in a feed's XML becomes `AT&amp;T` in HTML and `AT&T` here, never `AT&T`
one step too early or `AT&amp;T` one step too late. Script, style and similar bodies are never
text. Standard library only, so every source can use it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title", "iframe", "object"})
# Elements that start a new line of text when they open or close.
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tr",
        "ul",
    }
)
# C0/C1 control characters other than tab and newline: never part of a post's text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


# Markers for "a line break here" and "a paragraph break here" from block elements. Adjacent
# markers merge (`</li><li>` is one break, not two); they never occur in collected data.
_LINE, _PARA = "\x00", "\x01"
_MARKERS = re.compile(r"[ \t\n]*(?:[\x00\x01][ \t\n]*)+")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append(_PARA if tag == "p" else _LINE)
            if tag == "pre":
                self.pre_depth += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<br/>`, `<p/>`: an empty element; it breaks a line but never hides anything.
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append(_LINE)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            if self.hidden_depth:
                self.hidden_depth -= 1
        elif tag in _BLOCK:
            self.parts.append(_PARA if tag == "p" else _LINE)
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        data = data.replace(_LINE, "").replace(_PARA, "")
        # As a browser renders it: source line breaks are spaces, except inside <pre>.
        self.parts.append(data if self.pre_depth else _HTML_SPACE.sub(" ", data))


def _merge_breaks(match: re.Match[str]) -> str:
    return "\n\n" if _PARA in match.group(0) else "\n"


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment, with paragraphs kept as blank-line breaks."""
    if "<" not in html and "&" not in html:
        return clean_text(_HTML_SPACE.sub(" ", html))
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return clean_text(_MARKERS.sub(_merge_breaks, "".join(collector.parts)))


def clean_text(text: str) -> str:
    """Normalise plain text: no control characters, single spaces, at most one blank line."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
