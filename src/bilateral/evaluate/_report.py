"""Rendering a `Report`: an aligned plain-text table, or a JSON-able dict."""

from __future__ import annotations

from typing import Any

import attrs

from bilateral.evaluate._scores import Report, Score, Scores

__all__ = ["report_json", "report_table"]

#: Section titles, in table order, for the fields of `Scores`.
_SECTIONS = {
    "attributions": "statements: all",
    "direct": "statements: direct",
    "indirect": "statements: indirect",
    "meetings": "meetings (in person)",
    "claims": "claims",
}
#: Row labels that are not just the field name with spaces.
_LABELS = {
    "outcomes": "outcomes (kind)",
    "outcomes_strict": "outcomes (strict)",
    "claimant_text": "claimant + text",
    "source_exact": "source exact",
    "source_overlap": "source overlap",
}


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _rows(scores: Scores) -> list[tuple[str, ...]]:
    header = ("", "P", "R", "F1", "pred hit/all", "gold hit/all")
    rows: list[tuple[str, ...]] = [header]
    for section, title in _SECTIONS.items():
        group = getattr(scores, section)
        rows.append((title,))
        for f in attrs.fields(type(group)):
            s: Score = getattr(group, f.name)
            rows.append(
                (
                    "  " + _LABELS.get(f.name, f.name.replace("_", " ")),
                    _ratio(s.precision),
                    _ratio(s.recall),
                    _ratio(s.f1),
                    f"{s.predicted_hits}/{s.predicted}",
                    f"{s.gold_hits}/{s.gold}",
                )
            )
    return rows


def report_table(report: Report) -> str:
    """
    Render the micro-averaged scores as an aligned plain-text table.

    Notes on missing, extra and failed documents follow the table.
    Undefined ratios (nothing predicted and nothing in the gold) show as ``-``.
    """
    rows = _rows(report.total)
    widths = [max(len(r[i]) for r in rows if len(r) > i) for i in range(len(rows[0]))]
    lines = [f"{len(report.documents)} document(s), micro-averaged"]
    for row in rows:
        if len(row) == 1:
            lines.append(row[0])
            continue
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    if report.missing:
        lines.append(f"no prediction (scored as empty): {', '.join(report.missing)}")
    if report.failures:
        # The messages are diagnostics (the CLI prints them on stderr); the table names the documents.
        lines.append(f"extractor failed (scored as empty): {', '.join(name for name, _ in report.failures)}")
    if report.extra:
        lines.append(f"predictions without gold (ignored): {', '.join(report.extra)}")
    return "\n".join(lines) + "\n"


def _score_json(score: Score) -> dict[str, Any]:
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "predicted": score.predicted,
        "predicted_hits": score.predicted_hits,
        "gold": score.gold,
        "gold_hits": score.gold_hits,
    }


def _scores_json(scores: Scores) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in attrs.fields(Scores):
        group = getattr(scores, section.name)
        out[section.name] = {f.name: _score_json(getattr(group, f.name)) for f in attrs.fields(type(group))}
    return out


def report_json(report: Report) -> dict[str, Any]:
    """
    Render the report as a JSON-able dict.

    Keys: ``total`` (micro-averaged), ``documents`` (per gold document, in gold order),
    ``missing``, ``extra`` and ``failures``.

    Each metric is ``{"precision", "recall", "f1", "predicted", "predicted_hits", "gold",
    "gold_hits"}``; an undefined ratio is ``null``.
    """
    return {
        "total": _scores_json(report.total),
        "documents": [{"name": d.name, "scores": _scores_json(d.scores)} for d in report.documents],
        "missing": list(report.missing),
        "extra": list(report.extra),
        "failures": [{"document": name, "error": message} for name, message in report.failures],
    }
