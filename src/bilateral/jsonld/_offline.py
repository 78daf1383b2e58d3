"""
JSON-LD processing with pyld, offline: a document loader that serves only bundled contexts.

pyld's default loader fetches any context URL a document names, over the network. Here
nothing is fetched: the loader answers the schema.org context URLs and bilateral's own
from the copies shipped in the package, and refuses every other URL with an error that
names it. `expand` and `compact` always use that loader and turn pyld's errors into a
`bilateral.errors.RecordError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilateral.errors import Problem, RecordError
from bilateral.jsonld._context import DOCUMENTS, bundled_document, fresh_context

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["OfflineLoaderError", "compact", "document_loader", "expand"]


def _pyld_jsonld() -> ModuleType:
    """The ``pyld.jsonld`` module; pyld comes with the ``bilateral[jsonld]`` extra."""
    try:
        from pyld import jsonld  # type: ignore[import-untyped]  # noqa: PLC0415 - optional extra
    except ImportError as error:
        msg = "JSON-LD processing needs pyld: pip install 'bilateral[jsonld]'"
        raise ImportError(msg) from error
    module: ModuleType = jsonld
    return module


class OfflineLoaderError(LookupError):
    """The offline loader was asked for a document it does not bundle."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url

    def __str__(self) -> str:
        known = ", ".join(sorted(DOCUMENTS))
        return (
            f"bilateral processes JSON-LD offline and does not fetch {self.url!r}; "
            f"the only contexts it can load are the bundled ones: {known}"
        )


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """
    A pyld document loader that never touches the network.

    Pass it as ``options={"documentLoader": document_loader}`` to any ``pyld.jsonld``
    function (`expand` and `compact` here always do).

    Args:
        url: The document URL pyld asks for.
        options: pyld's request options (unused: nothing is requested).

    Returns:
        pyld's remote-document dict for a bundled context.

    Raises:
        OfflineLoaderError: *url* is not one of the bundled contexts.

    .. versionadded:: 0.1.0
    """
    del options  # the loader answers from memory; there are no request options to honour
    document = bundled_document(url)
    if document is None:
        raise OfflineLoaderError(url)
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": document,
        "contentType": "application/ld+json",
    }


def _options(base: str | None) -> dict[str, Any]:
    return {"documentLoader": document_loader, "base": base}


def _fail(error: Exception) -> RecordError:
    """A `RecordError` from a pyld failure, naming the refused URL if that was the cause."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, OfflineLoaderError):
            return RecordError([Problem("$.@context", str(cause))])
        cause = cause.__cause__ or cause.__context__
    message = str(error.args[0]) if error.args else type(error).__name__
    code = getattr(error, "code", None)
    return RecordError(
        [Problem("$", f"JSON-LD processing failed: {message}" + (f" ({code})" if code else ""))]
    )


def expand(document: object, *, base: str | None = None) -> list[Any]:
    """
    Expand *document* with pyld and the offline loader.

    Args:
        document: A JSON-LD document (a dict, or a list of nodes).
        base: Base IRI for relative IRIs; ``None`` keeps them relative (``#source``).

    Returns:
        The expanded document: a list of node objects with full IRIs.

    Raises:
        RecordError: pyld could not process the document (or it names a context that is
            not bundled).
        ImportError: pyld is not installed.

    .. versionadded:: 0.1.0
    """
    jsonld = _pyld_jsonld()
    try:
        expanded: list[Any] = jsonld.expand(document, _options(base))
    except jsonld.JsonLdError as error:
        raise _fail(error) from error
    except OfflineLoaderError as error:
        # A string document is the IRI of a remote one: pyld asks the loader for it
        # directly, without the JsonLdError wrapper a context it cannot load gets.
        raise RecordError([Problem("$", str(error))]) from None
    return expanded


def compact(document: object, context: object = None, *, base: str | None = None) -> dict[str, Any]:
    """
    Compact *document* with pyld and the offline loader.

    Args:
        document: A JSON-LD document (expanded or compacted, any bundled context).
        context: The context to compact with; ``None`` for bilateral's `CONTEXT`.
        base: Base IRI for relative IRIs; ``None`` keeps them relative.

    Returns:
        The compacted document, with ``"@context"`` set to *context*.

    Raises:
        RecordError: pyld could not process the document or the context.
        ImportError: pyld is not installed.

    .. versionadded:: 0.1.0
    """
    jsonld = _pyld_jsonld()
    if context is None:
        context = fresh_context()
    try:
        compacted: dict[str, Any] = jsonld.compact(document, {"@context": context}, _options(base))
    except jsonld.JsonLdError as error:
        raise _fail(error) from error
    except OfflineLoaderError as error:
        # A string document is the IRI of a remote one: pyld asks the loader for it
        # directly, without the JsonLdError wrapper a context it cannot load gets.
        raise RecordError([Problem("$", str(error))]) from None
    return compacted
