"""
Records as JSON-LD in schema.org terms, and back (``pip install 'bilateral[jsonld]'``).

`to_jsonld` describes a record with schema.org types (``Event``, ``Person``,
``Organization``, ``Country``, ``Quotation``, ``Claim``), W3C Web Annotation selectors for
every span, and bilateral's own vocabulary for what schema.org cannot say;
`from_jsonld` reads it back into an equal record. Neither needs pyld for bilateral's own
documents. `expand`, `compact` and `document_loader` run pyld offline: the schema.org
context (release 30.0, Apache-2.0) and bilateral's context ship in the package, and no
other document is ever fetched.

The JSON-LD reference page lists every term and why it was chosen.

.. versionadded:: 0.1.0
"""

from bilateral.jsonld._context import (
    ARTICLE_ID,
    CONTEXT,
    CONTEXT_URL,
    OA,
    SCHEMA_ORG,
    SCHEMA_ORG_CONTEXT_URL,
    VOCAB,
    item_iri,
)
from bilateral.jsonld._offline import OfflineLoaderError, compact, document_loader, expand
from bilateral.jsonld._read import from_jsonld, parse_iso_duration
from bilateral.jsonld._write import iso_duration, to_jsonld

__all__ = [
    "ARTICLE_ID",
    "CONTEXT",
    "CONTEXT_URL",
    "OA",
    "SCHEMA_ORG",
    "SCHEMA_ORG_CONTEXT_URL",
    "VOCAB",
    "OfflineLoaderError",
    "compact",
    "document_loader",
    "expand",
    "from_jsonld",
    "iso_duration",
    "item_iri",
    "parse_iso_duration",
    "to_jsonld",
]
