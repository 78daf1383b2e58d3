"""The how-to's example stage (docs/examples/custom_stage.py) works as the page says."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bilateral.model import Commitment, Record, Source
from bilateral.text import Pipeline, Stage, default_pipeline

if TYPE_CHECKING:
    from types import ModuleType

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = DOCS / "examples" / "custom_stage.py"
HOW_TO = DOCS / "how-to" / "write-an-extractor.md"

TEXT = (
    "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila "
    "on Friday. Kishida earmarked $200 million in aid for coastal security."
)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("custom_stage", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["custom_stage"] = module  # attrs looks the module up while building the class
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pipeline(example: ModuleType) -> Pipeline:
    built = example.pipeline()
    assert isinstance(built, Pipeline)
    return built


def _extract(pipeline: Pipeline, text: str = TEXT) -> Record:
    return pipeline.extract(Source(text=text, published=dt.date(2026, 11, 28)))


def test_the_stage_is_a_stage(example: ModuleType) -> None:
    stage = example.AidPledgeStage()
    assert isinstance(stage, Stage)
    assert stage.name == "aid-pledges"


def test_it_runs_right_after_meetings(pipeline: Pipeline) -> None:
    names = pipeline.names
    assert names[names.index("meetings") + 1] == "aid-pledges"
    record = _extract(pipeline)
    assert record.extraction is not None
    assert record.extraction.stages == names


def test_it_adds_the_pledge_as_a_commitment(pipeline: Pipeline) -> None:
    record = _extract(pipeline)
    (meeting,) = record.meetings
    pledges = [o for o in meeting.outcomes if isinstance(o, Commitment) and "aid" in o.text]
    (pledge,) = pledges
    assert pledge.text == "$200 million in aid"
    assert [record.actor(a).name for a in pledge.by] == ["Fumio Kishida"]
    assert [record.actor(a).name for a in pledge.to] == ["Ferdinand Marcos"]
    (span,) = pledge.evidence
    assert record.text(span) == "Kishida earmarked $200 million in aid"


def test_the_default_pipeline_does_not_find_it() -> None:
    record = _extract(default_pipeline())
    (meeting,) = record.meetings
    assert not any("aid" in o.text for o in meeting.outcomes)


def test_no_meeting_no_pledge(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Fumio Kishida earmarked $200 million in aid for coastal security.")
    assert record.meetings == ()


def test_the_command_line_entry_prints_a_record(
    example: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert example.main([str(article), "2026-11-28"]) == 0
    assert '"aid-pledges"' in capsys.readouterr().out
    assert example.main([]) == 2


def test_the_page_shows_what_the_example_prints(pipeline: Pipeline) -> None:
    page = HOW_TO.read_text(encoding="utf-8")
    assert "```{literalinclude} ../examples/custom_stage.py" in page
    # The snippet on the page uses the same article and promises the same outcome text.
    assert "Kishida earmarked $200 million in aid for coastal security." in page
    shown = re.search(r"print\(\[o\.text for o in meeting\.outcomes\]\)\s+# (\[.*\])", page)
    assert shown is not None
    (meeting,) = _extract(pipeline).meetings
    assert shown.group(1) == repr([o.text for o in meeting.outcomes])
