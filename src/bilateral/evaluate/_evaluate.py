"""Entry points: score records, or an extractor run over the gold texts, against a gold set."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bilateral.errors import BilateralError, RecordError
from bilateral.evaluate._attribution import gold_items, predicted_items, score_attributions
from bilateral.evaluate._gold import EvaluationError, GoldDocument, load_gold
from bilateral.evaluate._meetings import score_claims, score_meetings
from bilateral.evaluate._scores import DocumentScores, Report, Scores
from bilateral.evaluate._tokens import Tokens
from bilateral.model import Record, Source

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Gold", "evaluate", "evaluate_extractor", "load_predictions", "score_document"]

#: A gold set: a directory path, or documents already read with `load_gold`.
Gold = str | os.PathLike[str] | Iterable[GoldDocument]


class _Extractor(Protocol):
    def extract(self, source: Source) -> Record: ...


def _documents(gold: Gold) -> tuple[GoldDocument, ...]:
    if isinstance(gold, (str, os.PathLike)):
        return load_gold(gold)
    return tuple(gold)


def score_document(doc: GoldDocument, record: Record | None) -> Scores:
    """
    Score one predicted record against one gold document.

    Args:
        doc: The gold.
        record: The prediction; ``None`` scores as an empty record.

    Raises:
        EvaluationError: If the record's ``source.text`` is not the gold text (its spans
            would point at other characters).
    """
    if record is not None and record.source.text != doc.text:
        text = record.source.text
        at = next((i for i, (a, b) in enumerate(zip(text, doc.text, strict=False)) if a != b), None)
        at = min(len(text), len(doc.text)) if at is None else at
        msg = (
            f"{doc.name}: the predicted record's source.text differs from the gold text "
            f"(first difference at offset {at}; lengths {len(text)} and {len(doc.text)})"
        )
        raise EvaluationError(msg)
    tokens = Tokens(doc.text)
    discard = tokens.of(doc.discard)
    statements = record.statements if record is not None else ()
    overall, direct, indirect = score_attributions(
        gold_items(doc, tokens), predicted_items(statements, tokens, discard)
    )
    return Scores(
        attributions=overall,
        direct=direct,
        indirect=indirect,
        meetings=score_meetings(doc, record),
        claims=score_claims(doc, record),
    )


def _report(
    docs: Sequence[GoldDocument],
    records: Mapping[str, Record | None],
    *,
    extra: Iterable[str] = (),
    failures: Sequence[tuple[str, str]] = (),
) -> Report:
    per_doc = tuple(DocumentScores(name=d.name, scores=score_document(d, records.get(d.name))) for d in docs)
    total = Scores()
    for d in per_doc:
        total += d.scores
    failed = {name for name, _ in failures}
    return Report(
        total=total,
        documents=per_doc,
        missing=tuple(d.name for d in docs if records.get(d.name) is None and d.name not in failed),
        extra=tuple(sorted(extra)),
        failures=tuple(failures),
    )


def evaluate(gold: Gold, predictions: Mapping[str, Record]) -> Report:
    """
    Score predicted records against a gold set.

    Args:
        gold: A gold directory (``NAME.txt``, ``NAME.ann``, ``NAME.meeting.json``) or the
            documents `load_gold` read from one.
        predictions: Records keyed by gold file stem ("seed000_petro_trump"). A gold
            document without a prediction scores as an empty record (listed in
            `Report.missing`); a prediction without gold is ignored (`Report.extra`).

    Returns:
        Per-document scores and their micro-averaged total.

    Raises:
        GoldError: If the gold is malformed.
        EvaluationError: If a record's ``source.text`` is not its gold text.
    """
    docs = _documents(gold)
    names = {d.name for d in docs}
    return _report(docs, predictions, extra=(k for k in predictions if k not in names))


def evaluate_extractor(
    gold: Gold, extractor: _Extractor | None = None, *, keep_going: bool = False
) -> Report:
    """
    Run an extractor over the gold texts and score its records.

    Each text is given as ``Source(text=..., published=...)`` with the publication date
    the gold gives (or ``None``). A `bilateral.BilateralError` raised on one document is
    recorded in `Report.failures` and the document scores as an empty record; any other
    exception propagates, unless *keep_going* is true.

    Args:
        gold: A gold directory or documents read with `load_gold`.
        extractor: Anything with ``extract(source) -> Record``; default
            ``bilateral.text.default_pipeline()``.
        keep_going: Record any `Exception` raised on a document as a failure, as
            ``bilateral evaluate --extractor`` does: a third-party extractor raises errors
            of its own, and one bad document should not cost the scores of the others.

    Raises:
        GoldError: If the gold is malformed.
        EvaluationError: If the extractor returns something other than a `Record`, or a
            record of another text.
    """
    docs = _documents(gold)
    if extractor is None:
        # Imported here: the text pipeline is heavy and scoring records does not need it.
        from bilateral.text import default_pipeline  # noqa: PLC0415

        extractor = default_pipeline()
    records: dict[str, Record | None] = {}
    failures: list[tuple[str, str]] = []
    for doc in docs:
        try:
            # Typed as object: a third-party extractor may break its promise to return a Record.
            record: object = extractor.extract(Source(text=doc.text, published=doc.published))
        except Exception as e:
            if not (keep_going or isinstance(e, BilateralError)):
                raise
            # One line: a TextError's text goes on with an excerpt of the article under it.
            first_line = str(e).strip().partition("\n")[0]
            failures.append((doc.name, f"{type(e).__name__}: {first_line}"))
            records[doc.name] = None
            continue
        if not isinstance(record, Record):
            msg = f"{doc.name}: the extractor returned {type(record).__name__}, not a bilateral.Record"
            raise EvaluationError(msg)
        records[doc.name] = record
    return _report(docs, records, failures=failures)


#: The suffix of a gold document's meetings and claims (not a prediction).
_GOLD_MEETINGS = ".meeting.json"


def load_predictions(pred_dir: str | os.PathLike[str]) -> dict[str, Record]:
    """
    Read a directory of predicted records: one ``NAME.json`` record per gold document.

    Args:
        pred_dir: The directory; files not ending in ``.json`` are ignored, and so are the
            gold's ``NAME.meeting.json`` annotations, so predictions may sit next to the gold.

    Returns:
        Records keyed by file stem.

    Raises:
        EvaluationError: If the directory does not exist or a file cannot be read or is
            not a valid record (the message names the file).
    """
    from bilateral.serialize import DEFAULT_LIMITS, loads  # noqa: PLC0415 - not needed to score

    root = Path(pred_dir)
    if not root.is_dir():
        msg = f"{root}: not a directory"
        raise EvaluationError(msg)
    out: dict[str, Record] = {}
    paths = (p for p in root.iterdir() if p.suffix == ".json" and not p.name.endswith(_GOLD_MEETINGS))
    for path in sorted(p for p in paths if p.is_file()):
        try:
            # Refuse before reading: an oversized file must not be loaded into memory first.
            if path.stat().st_size > DEFAULT_LIMITS.max_bytes:
                msg = f"{path}: larger than {DEFAULT_LIMITS.max_bytes} bytes"
                raise EvaluationError(msg)
            data = path.read_bytes()
        except OSError as e:
            msg = f"{path}: cannot read: {e.strerror}"
            raise EvaluationError(msg) from None
        try:
            out[path.name.removesuffix(".json")] = loads(data)
        except RecordError as e:
            # One line per problem, each naming the file, as `bilateral validate` prints them.
            msg = "\n".join(f"{path}: {problem}" for problem in e.problems)
            raise EvaluationError(msg) from e
        except BilateralError as e:
            msg = f"{path}: {e}"
            raise EvaluationError(msg) from e
    return out
