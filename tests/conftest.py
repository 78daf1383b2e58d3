"""
Hypothesis profiles for the whole test suite.

* ``default``: hypothesis's defaults without the 200 ms deadline. Records are drawn
  from deep composite strategies, and on a loaded two-core machine a single example can
  take longer than that without anything being wrong; a deadline there only makes
  failures flaky.
* ``ci``: hypothesis's built-in profile, left as it is. Hypothesis loads it by itself
  when ``CI`` (or a vendor variable such as ``GITHUB_ACTIONS``) is set: derandomized, no
  example database, no deadline, ``print_blob`` on, and the ``too_slow`` health check off.
* ``thorough``: bug hunting, 2000 examples per test. Select it with
  ``HYPOTHESIS_PROFILE=thorough pytest`` (or ``pytest --hypothesis-profile=thorough``).

``HYPOTHESIS_PROFILE``, when set, wins over the automatic choice.

Also the ``backend`` fixture, which runs a test once per JSON backend of
`bilateral.serialize` (it lives here, not in a sub-directory's conftest, because mypy checks
the tests as top-level modules and two ``conftest`` modules would clash).

And the ``lines_run`` fixture, for tests that an algorithm is linear without reading a clock
(the project checks speed only in ``benchmarks/``): it returns a function that runs a
zero-argument callable under ``sys.settrace`` and returns the number of Python ``line``
events it caused, a deterministic measure of the work done. A test runs the code on an input
and on the input doubled and checks that the count at most about doubles. Work done inside C
(a regex match, ``str.split``) is invisible to it, so a catastrophically backtracking regex
must be guarded otherwise: run it, untraced, on a large adversarial input, where super-linear
matching shows up as a test that does not finish.

And the ``json_depth`` fixture: the nesting depth of a parsed JSON value, which the limit and
the decoder tests both compare against (session-scoped, so hypothesis tests may use it).

And the ``statement_rows`` fixture: the (source, cue, content) of every statement the default
extractor finds in a text, as written, which the statement tests compare against.

And the ``dev_windows`` fixture: random windows ``(text, start, end)`` of the dev articles,
reproducible from a seed, on which the tests of a rewritten scan compare it with the plain
pattern it replaces (a scan must agree from any start, not only at sentence starts).

And the ``resolved_speakers`` fixture: whom a speaker phrase of a text resolves to after the
entity stage alone (``resolve_speaker``, the coreference step the statement stage calls),
for the tests of that step without the rest of the pipeline.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

import bilateral.serialize._json as sjson

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

    from bilateral.model import Record

# Registering the active profile reloads it, so this takes effect even though hypothesis
# has already loaded its own "default". The parent is named, not implied: with no parent
# the current settings (the "ci" ones, under CI) would leak in. "ci" is not derived from it.
settings.register_profile("default", settings.get_profile("default"), deadline=None)
settings.register_profile(
    "thorough",
    settings.get_profile("default"),
    max_examples=2000,
    # Long runs draw big records; being slow is expected here, not a bug to report.
    suppress_health_check=[HealthCheck.too_slow],
)

if _profile := os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(_profile)


@pytest.fixture(params=["orjson", "json"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with each JSON backend, as `bilateral.serialize._json` picks them."""
    name: str = request.param
    if name == "orjson":
        if not sjson._USE_ORJSON:
            pytest.skip("orjson (the 'fast' extra) is not installed or not byte-identical")
    else:
        monkeypatch.setattr(sjson, "_orjson", None)
        monkeypatch.setattr(sjson, "_USE_ORJSON", False)
        monkeypatch.setattr(sjson, "backend", "json")
    return name


def _count_lines(function: Callable[[], object]) -> int:
    """The Python lines executed while *function* runs (in this thread; others are not traced)."""
    count = 0

    def local(_frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(_frame: FrameType, _event: str, _arg: Any) -> Any:
        # Every new frame (a call, or a generator resumed) is traced line by line.
        return local

    # Put back whatever tracer was there (a debugger, coverage) rather than switch tracing off.
    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


@pytest.fixture
def lines_run() -> Callable[[Callable[[], object]], int]:
    """Count the Python ``line`` events a zero-argument callable causes (see the module docstring).

    Run the code once on a small input first when it loads lexicons or imports modules on first
    use: that one-off work is not proportional to the input and would blur the ratio.
    """
    return _count_lines


def _json_depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max(map(_json_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_json_depth, value.values()), default=0)
    return 0


@pytest.fixture(scope="session")
def json_depth() -> Callable[[object], int]:
    """The nesting depth of a parsed JSON value: 0 for a scalar, 1 for ``[]`` or ``{}``."""
    return _json_depth


def _statement_rows(text: str, head: str = "") -> list[tuple[str | None, str | None, str]]:
    from bilateral.text import extract  # noqa: PLC0415 - only the text tests need the extractor

    rows: list[tuple[str | None, str | None, str]] = []
    text = head + text
    for s in extract(text).statements:
        if head and (s.cue is None or s.cue.start < len(head)):
            continue  # a statement of the scene-setting *head*, not of the text under test
        source = None if s.speaker_mention is None else text[s.speaker_mention.start : s.speaker_mention.end]
        cue = None if s.cue is None else text[s.cue.start : s.cue.end]
        rows.append((source, cue, " ".join(text[c.start : c.end] for c in s.content)))
    return rows


@pytest.fixture(scope="session")
def statement_rows() -> Callable[[str], list[tuple[str | None, str | None, str]]]:
    """(source, cue, content) of every statement of a text, in text order, as written."""
    return _statement_rows


def _statements_after(head: str, text: str) -> list[tuple[str | None, str | None, str]]:
    return _statement_rows(text, head)


@pytest.fixture(scope="session")
def statements_after() -> Callable[[str, str], list[tuple[str | None, str | None, str]]]:
    """``statements_after(head, text)``: `statement_rows` of *head* + *text*, cues in *text* only."""
    return _statements_after


def _source_speakers(text_or_record: str | Record) -> dict[str, list[str]]:
    from bilateral.text import extract  # noqa: PLC0415 - only the text tests need the extractor

    record = extract(text_or_record) if isinstance(text_or_record, str) else text_or_record
    names = {a.id: a.name for a in record.actors}
    return {
        record.text(s.speaker_mention): [names[i] for i in s.speakers]
        for s in record.statements
        if s.speaker_mention is not None
    }


@pytest.fixture(scope="session")
def source_speakers() -> Callable[[str | Record], dict[str, list[str]]]:
    """Each statement's source as written -> its speakers' names, of a text or a record."""
    return _source_speakers


def _resolved_speakers(text: str, phrase: str) -> list[str]:
    # Only the text tests need these.
    from bilateral.model import Source, Span  # noqa: PLC0415
    from bilateral.text._coref import resolve_speaker  # noqa: PLC0415
    from bilateral.text._document import Document  # noqa: PLC0415
    from bilateral.text._entities import EntityStage  # noqa: PLC0415

    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    start = text.index(phrase)
    ids = resolve_speaker(doc, Span(start=start, end=start + len(phrase)))
    names = {a.id: a.name for a in doc.actors}
    return [names[i] for i in ids]


@pytest.fixture(scope="session")
def resolved_speakers() -> Callable[[str, str], list[str]]:
    """Names *phrase* (its first use in *text*) resolves to as a speaker, after the entity stage."""
    return _resolved_speakers


_DEV = Path(__file__).parent / "data" / "eval" / "dev"


def _dev_windows(seed: int | str, per_article: int, max_length: int) -> list[tuple[str, int, int]]:
    rnd = random.Random(seed)  # noqa: S311 - reproducible sample offsets, not a secret
    paths = sorted(_DEV.glob("*.txt"))
    assert paths, f"no dev articles under {_DEV}"
    windows: list[tuple[str, int, int]] = []
    for path in paths:
        text = path.read_text("utf-8")
        for _ in range(per_article):
            start = rnd.randrange(len(text) + 1)
            windows.append((text, start, min(len(text), start + rnd.randrange(max_length))))
    return windows


@pytest.fixture(scope="session")
def dev_windows() -> Callable[[int | str, int, int], list[tuple[str, int, int]]]:
    """``dev_windows(seed, per_article, max_length)``: random windows of every dev article."""
    return _dev_windows
