"""The bundled JSON-LD contexts, the namespaces bilateral writes, and how node ids are minted."""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any
from urllib.parse import quote

__all__ = [
    "ARTICLE_ID",
    "CONTEXT",
    "CONTEXT_URL",
    "DOCUMENTS",
    "OA",
    "SCHEMA_ORG",
    "SCHEMA_ORG_CONTEXT_URL",
    "VOCAB",
    "bundled_document",
    "fresh_context",
    "is_own_context",
    "item_iri",
]

#: The namespace of bilateral's own terms (``bilateral:mode`` is ``VOCAB + "mode"``).
VOCAB = "https://w3id.org/bilateral/vocab#"
#: schema.org as its JSON-LD context maps terms (``http``; the vocabulary file says ``https``).
SCHEMA_ORG = "http://schema.org/"
#: The W3C Web Annotation vocabulary (selectors).
OA = "http://www.w3.org/ns/oa#"
#: The URL documents use to name the schema.org context; served from the bundled copy.
SCHEMA_ORG_CONTEXT_URL = "https://schema.org"
#: A URL for bilateral's own context, served from the bundled copy by `document_loader`.
#: Written documents carry that context inline, so they need no loader for it.
CONTEXT_URL = "https://w3id.org/bilateral/context.jsonld"

#: The article's node id: the document is about one article, so a fixed fragment names it.
ARTICLE_ID = "#source"
#: Items (actors, places, meetings, statements, claims) get ``#item/<percent-encoded id>``.
#: Encoding every reserved character keeps the mapping one-to-one and the IRI valid
#: whatever the id holds, and the ``item/`` part keeps items apart from `ARTICLE_ID`.
_ITEM_PREFIX = "#item/"

_DATA = "bilateral.jsonld.data"
#: Every URL the offline loader answers, and the bundled file it serves for it.
_SCHEMA_ORG_FILE = "schemaorg-context.jsonld"
_BILATERAL_FILE = "bilateral-context.jsonld"
_SCHEMA_ORG_URLS = tuple(
    f"{scheme}://schema.org{path}"
    for scheme in ("https", "http")
    for path in ("", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json")
)
DOCUMENTS: dict[str, str] = {
    **dict.fromkeys(_SCHEMA_ORG_URLS, _SCHEMA_ORG_FILE),
    CONTEXT_URL: _BILATERAL_FILE,
}


@functools.cache
def _load(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def bundled_document(url: str) -> object:
    """
    The bundled document served for *url* (a fresh copy), or ``None`` if none is bundled.

    Args:
        url: A context URL as a document names it.
    """
    name = DOCUMENTS.get(url)
    return None if name is None else json.loads(_load(name))


def _bilateral_context() -> dict[str, Any]:
    document = json.loads(_load(_BILATERAL_FILE))
    context: dict[str, Any] = document["@context"]
    return context


#: The ``@context`` of every document `to_jsonld` writes: schema.org by URL, then
#: bilateral's own context inline (the Web Annotation terms, bilateral's vocabulary, and a
#: few schema.org terms redefined so that values survive processing exactly; see the
#: JSON-LD reference page). Treat it as read-only; `to_jsonld` writes a copy.
CONTEXT: list[Any] = [SCHEMA_ORG_CONTEXT_URL, _bilateral_context()]
# A private copy to compare with, so a caller who mutates `CONTEXT` cannot change what
# `from_jsonld` recognises as bilateral's own form.
_PRISTINE: list[Any] = copy.deepcopy(CONTEXT)


def fresh_context() -> list[Any]:
    """A new copy of `CONTEXT`, for a document the caller will own."""
    return copy.deepcopy(_PRISTINE)


def is_own_context(value: object) -> bool:
    """Whether *value* is exactly the ``@context`` bilateral writes."""
    return value == _PRISTINE


def item_iri(item_id: str) -> str:
    """The relative IRI of the node for the record item with id *item_id*."""
    return _ITEM_PREFIX + quote(item_id, safe="")
