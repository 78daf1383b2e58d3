"""
HTML pages to plain text, with the metadata a news page carries in its head.

Only the standard library's `html.parser` is used: it never raises on malformed markup,
works in one pass, and needs no third-party parser for the few things we keep.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs

__all__ = ["HtmlPage", "html_to_text", "looks_like_html"]

#: Elements whose content is never article text: code, navigation, page furniture, forms.
_DROP = frozenset(
    {
        "script",
        "style",
        "nav",
        "footer",
        "aside",
        "form",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        # A photo's caption and credit ("FILE - ... (AP Photo/...)"): about the picture, not
        # the story, and written as a sentence that would give statements and actors.
        "figcaption",
    }
)
#: Elements that end a paragraph: a blank line separates them in the text.
_PARAGRAPH = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "main",
        "header",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "dl",
        "table",
        "figure",
        "figcaption",
        "hr",
        "address",
        "details",
        "summary",
        "body",
        "html",
    }
)
#: Elements that end a line but not a paragraph.
_LINE = frozenset({"br", "li", "tr", "dt", "dd", "caption"})
#: Void elements never have an end tag, so they must not open a dropped region.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
#: HTML's own whitespace (not NBSP, which is text): collapsed to one space, as browsers do.
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_BCP47 = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

_DOCTYPE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)
_PARA_TAG = re.compile(r"</?p[\s>]", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """
    Whether *text* is an HTML page or fragment rather than plain text.

    A page starts with ``<!doctype html`` or ``<html`` (comments allowed before), or has a
    ``<body`` tag; a fragment starts with a tag and is made of ``<p>`` paragraphs. Plain text
    that merely mentions ``<p>`` once is left alone.
    """
    head = text[:4096]
    if _DOCTYPE.match(head):
        return True
    window = text[:65536]
    if _BODY.search(window):
        return True
    return text.lstrip()[:1] == "<" and len(_PARA_TAG.findall(window)) >= 2  # noqa: PLR2004


@attrs.frozen(kw_only=True)
class HtmlPage:
    """What `html_to_text` recovers from a page: its text and the metadata in its head."""

    #: The visible article text, paragraphs separated by blank lines.
    text: str
    #: ``og:title``, else ``<title>``.
    title: str | None = None
    #: ``article:published_time`` (or a similar meta) as written, not yet parsed.
    published: str | None = None
    #: Author names from ``author`` / ``article:author`` metas (URLs are skipped).
    authors: tuple[str, ...] = ()
    #: ``article:section``.
    section: str | None = None
    #: ``og:site_name``.
    publisher: str | None = None
    #: ``og:url`` or ``<link rel="canonical">``.
    url: str | None = None
    #: The ``lang`` attribute of ``<html>``, when it is a plausible BCP 47 tag.
    language: str | None = None


_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
    "sailthru.date",
)


class _PageParser(HTMLParser):
    """Collects visible text (block structure as newlines) and head metadata in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.drop: list[str] = []  # open dropped elements, innermost last
        self.pre = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.authors: list[str] = []
        self.canonical: str | None = None
        self.language: str | None = None

    # -- structure -------------------------------------------------------------------
    def _newline(self, count: int) -> None:
        """Mark a break of *count* newlines; repeated breaks do not add up."""
        self.parts.append("\n" * count)

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "html" and self.language is None:
            lang = values.get("lang", "").strip()
            if _BCP47.fullmatch(lang):
                self.language = lang
        if tag == "meta":
            self._meta(values)
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            href = values.get("href", "").strip()
            if href and self.canonical is None:
                self.canonical = href
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in _DROP and tag not in _VOID:
            self.drop.append(tag)
            return
        if self.drop:
            return
        if tag == "pre":
            self.pre += 1
        if tag in _PARAGRAPH:
            self._newline(2)
        elif tag in _LINE:
            self._newline(1)

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta/>, <hr/>: no content follows, so a dropped region must not open.
        values = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "meta":
            self._meta(values)
        elif not self.drop and tag in _PARAGRAPH:
            self._newline(2)
        elif not self.drop and tag in _LINE:
            self._newline(1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.drop:
            if tag == self.drop[-1]:
                self.drop.pop()
            elif tag in self.drop:
                # Mis-nested markup: close everything opened inside the element being closed.
                del self.drop[self.drop.index(tag) :]
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _PARAGRAPH:
            self._newline(2)
        elif tag in _LINE:
            self._newline(1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.drop:
            return
        self.parts.append(data if self.pre else _HTML_SPACE.sub(" ", data))

    # -- metadata --------------------------------------------------------------------
    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").strip().lower()
        content = values.get("content", "").strip()
        if not key or not content:
            return
        if key in {"author", "article:author", "dc.creator", "byl", "parsely-author"}:
            if not content.lower().startswith(("http://", "https://", "www.")):
                name = content[3:].strip() if content.lower().startswith("by ") else content
                if name and name not in self.authors:
                    self.authors.append(name)
            return
        self.meta.setdefault(key, content)

    def page(self) -> HtmlPage:
        title = self.meta.get("og:title") or _clean(" ".join(self.title_parts)) or None
        published = next((self.meta[k] for k in _PUBLISHED_KEYS if k in self.meta), None)
        return HtmlPage(
            text=_assemble(self.parts),
            title=title,
            published=published,
            authors=tuple(self.authors),
            section=self.meta.get("article:section"),
            publisher=self.meta.get("og:site_name"),
            url=self.meta.get("og:url") or self.canonical,
            language=self.language,
        )


def _clean(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()


def _assemble(parts: list[str]) -> str:
    """Join data and breaks: trim each line, keep at most one blank line between blocks."""
    lines: list[str] = []
    blank_pending = False
    for line in "".join(parts).split("\n"):
        stripped = line.strip(" ")
        if not stripped:
            blank_pending = bool(lines)
            continue
        if blank_pending:
            lines.append("")
            blank_pending = False
        lines.append(stripped)
    return "\n".join(lines)


def html_to_text(markup: str) -> HtmlPage:
    """
    Turn an HTML page into article text and metadata.

    Scripts, styles, navigation, footers, asides, forms and figure captions are dropped;
    block elements become line breaks (a blank line between paragraphs); entities are
    unescaped. Never raises:
    malformed markup gives whatever text the parser recovers.

    Args:
        markup: The page, already decoded.

    Returns:
        The recovered text and the page's metadata.
    """
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    return parser.page()
