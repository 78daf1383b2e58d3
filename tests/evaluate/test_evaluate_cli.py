"""`evaluate`, `evaluate_extractor`, the report renderers and `bilateral evaluate`."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from bilateral import Record, Source, TextError, dumps
from bilateral.cli import main
from bilateral.evaluate import (
    EvaluationError,
    GoldDocument,
    evaluate,
    evaluate_extractor,
    gold_to_record,
    load_gold,
    load_predictions,
    report_json,
    report_table,
)

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


class GoldExtractor:
    """Returns the gold record of any gold text, and checks the publication date it is given."""

    def __init__(self, docs: tuple[GoldDocument, ...]) -> None:
        self.by_text = {d.text: d for d in docs}
        self.sources: list[Source] = []

    def extract(self, source: Source) -> Record:
        self.sources.append(source)
        return gold_to_record(self.by_text[source.text])


@pytest.fixture(scope="module")
def dev() -> tuple[GoldDocument, ...]:
    return load_gold(DEV)


def test_evaluate_extractor_gives_each_text_its_publication_date(dev: tuple[GoldDocument, ...]) -> None:
    extractor = GoldExtractor(dev)
    report = evaluate_extractor(DEV, extractor)
    assert [s.published for s in extractor.sources] == [d.published for d in dev]
    assert [s.text for s in extractor.sources] == [d.text for d in dev]
    assert report.total.attributions.content_exact.f1 == 1.0
    assert report.failures == ()
    assert report.missing == report.extra == ()


def test_default_extractor_is_the_built_in_pipeline(
    dev: tuple[GoldDocument, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    import bilateral.text  # noqa: PLC0415

    monkeypatch.setattr(bilateral.text, "default_pipeline", lambda: GoldExtractor(dev))
    assert evaluate_extractor(dev).total.meetings.meetings.f1 == 1.0


def test_extractor_failures_are_recorded_and_scored_empty(dev: tuple[GoldDocument, ...]) -> None:
    class Flaky(GoldExtractor):
        def extract(self, source: Source) -> Record:
            if source.text.startswith("Home"):
                raise TextError("cannot parse", source.text, (0, 4))
            return super().extract(source)

    report = evaluate_extractor(dev, Flaky(dev))
    assert [name for name, _ in report.failures] == ["seed000_petro_trump"]
    # One line: TextError's own text goes on with an excerpt of the article under it.
    assert report.failures[0][1] == "TextError: cannot parse (at 0..4)"
    assert report.missing == ()
    assert report.total.attributions.content_exact.recall == (124 - 32) / 124
    assert "extractor failed (scored as empty): seed000_petro_trump" in report_table(report)


class Crashing(GoldExtractor):
    """Fails on the seed article with an exception that is not bilateral's."""

    def extract(self, source: Source) -> Record:
        if source.text.startswith("Home"):
            msg = "boom"
            raise RuntimeError(msg)
        return super().extract(source)


def test_other_exceptions_propagate_unless_asked_to_keep_going(dev: tuple[GoldDocument, ...]) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        evaluate_extractor(dev, Crashing(dev))
    report = evaluate_extractor(dev, Crashing(dev), keep_going=True)
    assert report.failures == (("seed000_petro_trump", "RuntimeError: boom"),)
    assert report.total.attributions.content_exact.recall == (124 - 32) / 124


def test_an_extractor_returning_something_else_is_an_error(dev: tuple[GoldDocument, ...]) -> None:
    class Bad:
        def extract(self, source: Source) -> object:
            return {"text": source.text}

    with pytest.raises(EvaluationError, match=r"returned dict, not a bilateral\.Record"):
        evaluate_extractor(dev, Bad())  # type: ignore[arg-type]


def test_missing_and_extra_predictions(dev: tuple[GoldDocument, ...]) -> None:
    seed = dev[0]
    report = evaluate(dev, {seed.name: gold_to_record(seed), "unknown": gold_to_record(seed)})
    assert report.missing == tuple(d.name for d in dev[1:])
    assert report.extra == ("unknown",)
    assert report.documents[0].scores.attributions.content_exact.f1 == 1.0
    assert report.total.attributions.content_exact.recall == 32 / 124
    # Micro-averaging: the total is the sum of the documents.
    total = report.documents[0].scores
    for d in report.documents[1:]:
        total += d.scores
    assert total == report.total


def test_report_renderers(dev: tuple[GoldDocument, ...]) -> None:
    report = evaluate(dev, {dev[0].name: gold_to_record(dev[0])})
    table = report_table(report)
    lines = table.splitlines()
    assert lines[0] == "6 document(s), micro-averaged"
    assert "statements: direct" in lines
    row = next(line for line in lines if line.lstrip().startswith("content exact"))
    assert row.split()[2:] == ["1.000", "0.258", "0.410", "32/32", "32/124"]
    # Columns line up: every metric row has the same length up to its last column.
    metric_rows = [line for line in lines if line.startswith("  ")]
    assert len({len(line) for line in metric_rows}) == 1
    assert "no prediction (scored as empty): voa6204681" in table
    payload = report_json(report)
    json.dumps(payload, allow_nan=False)
    exact = payload["total"]["attributions"]["content_exact"]
    assert exact["predicted"] == exact["predicted_hits"] == 32
    assert exact["gold"] == 124
    assert payload["documents"][0]["name"] == "seed000_petro_trump"
    assert payload["missing"] == list(report.missing)
    empty = report_json(evaluate(dev, {}))
    assert empty["total"]["attributions"]["source_exact"]["precision"] is None
    assert "   -      -      -" in report_table(evaluate(dev, {}))


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def extractor_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (tmp_path / "evalfake_mod.py").write_text(
        textwrap.dedent(
            f"""
            from bilateral import TextError
            from bilateral.evaluate import gold_to_record, load_gold

            DOCS = {{d.text: d for d in load_gold({str(DEV)!r})}}

            class Extractor:
                def extract(self, source):
                    return gold_to_record(DOCS[source.text])

            def factory():
                return Extractor()

            instance = Extractor()
            not_an_extractor = 42

            class Failing:
                def extract(self, source):
                    raise TextError("no luck", source.text, (0, 1))

            class Crashing:
                def extract(self, source):
                    raise KeyError(source.text[:4])

            class NeedsConfig:
                def __init__(self, config):
                    self.config = config

                def extract(self, source):
                    return None

            def broken_factory():
                raise ValueError("no settings file")
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "evalfake_badmod.py").write_text('raise RuntimeError("needs a GPU")\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "evalfake_mod"


@pytest.mark.parametrize("name", ["Extractor", "factory", "instance"])
def test_cli_with_an_extractor(extractor_module: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(DEV), "--extractor", f"{extractor_module}:{name}", "--json"]) == 0
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert payload["total"]["attributions"]["content_exact"]["f1"] == 1.0
    assert payload["total"]["claims"]["claimant"]["f1"] == 1.0
    assert err == ""


def test_cli_table_output(extractor_module: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(DEV), "--extractor", f"{extractor_module}:Extractor"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("6 document(s), micro-averaged\n")
    assert "  content exact       1.000  1.000  1.000" in out


def test_cli_extractor_failures_exit_1(extractor_module: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(DEV), "--extractor", f"{extractor_module}:Failing"]) == 1
    out, err = capsys.readouterr()
    assert "content exact" in out
    assert (
        "bilateral evaluate: extractor failed on seed000_petro_trump: TextError: no luck (at 0..1)\n" in err
    )
    assert len(err.splitlines()) == 6  # one line per document, nothing of the article


def test_cli_extractor_crashes_are_failures_not_tracebacks(
    extractor_module: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The how-to promises that a document the extractor fails on is scored as empty and
    # named on stderr, whatever the extractor raises: a user's extractor raises its own errors.
    assert main(["evaluate", str(DEV), "--extractor", f"{extractor_module}:Crashing"]) == 1
    out, err = capsys.readouterr()
    assert "content exact" in out
    assert "extractor failed on seed000_petro_trump: KeyError: 'Home'" in err
    assert "Traceback" not in err


def test_cli_imports_an_extractor_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `bilateral` is a console script: unlike `python -m`, it does not put the working
    # directory on sys.path, so `--extractor my_rules:Rules` next to my_rules.py failed.
    (tmp_path / "evalfake_cwd_rules.py").write_text(
        "from bilateral import Record\n\nclass Rules:\n    def extract(self, source):\n"
        "        return Record(source=source)\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in {"", str(tmp_path)}])
    assert main(["evaluate", str(DEV), "--extractor", "evalfake_cwd_rules:Rules"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("6 document(s)")
    assert err == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--extractor", "evalfake_mod:NeedsConfig"],
            "evalfake_mod:NeedsConfig: calling NeedsConfig() failed: TypeError",
        ),
        (
            ["--extractor", "evalfake_mod:broken_factory"],
            "calling broken_factory() failed: ValueError: no settings file",
        ),
        (["--extractor", "evalfake_badmod:X"], "cannot import 'evalfake_badmod': RuntimeError: needs a GPU"),
        (["--extractor", "no_colon"], "must look like MODULE:NAME"),
        (["--extractor", "evalfake_nonexistent:X"], "cannot import 'evalfake_nonexistent'"),
        (["--extractor", "evalfake_mod:Nope"], "has no attribute 'Nope'"),
        (["--extractor", "evalfake_mod:not_an_extractor"], "is not an extractor"),
        (["some_dir", "--extractor", "evalfake_mod:Extractor"], "not both"),
    ],
)
def test_cli_usage_errors_exit_2(
    extractor_module: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extractor_module
    assert main(["evaluate", str(DEV), *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_cli_missing_directories_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "nope")]) == 2
    assert "GOLD_DIR" in capsys.readouterr().err
    assert main(["evaluate", str(DEV), str(tmp_path / "nope")]) == 2
    assert "PRED_DIR" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["evaluate"])
    assert info.value.code == 2


def test_cli_malformed_gold_exits_1_with_file_and_line(
    tmp_path: Path, extractor_module: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for f in DEV.glob("voa6205843*"):
        shutil.copy(f, gold / f.name)
    ann = gold / "voa6205843_blinken_payne.ann"
    lines = ann.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2].replace("\t", " ", 1)
    ann.write_text("\n".join(lines), encoding="utf-8")
    assert main(["evaluate", str(gold), "--extractor", f"{extractor_module}:Extractor"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{ann}:3: malformed T line" in err
    assert "Traceback" not in err


def test_cli_help_lists_evaluate(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["evaluate", "--help"])
    assert info.value.code == 0
    assert "MODULE:NAME" in capsys.readouterr().out


# --------------------------------------------------------------------------- prediction directories


def _serialize() -> object:
    serialize = pytest.importorskip("bilateral.serialize")
    if not hasattr(serialize, "dumps"):
        pytest.skip("bilateral.serialize.dumps is not available yet")
    return serialize


def test_prediction_directory_round_trip(
    dev: tuple[GoldDocument, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serialize = _serialize()
    for d in dev[1:]:
        (tmp_path / f"{d.name}.json").write_text(serialize.dumps(gold_to_record(d)), encoding="utf-8")  # type: ignore[attr-defined]
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert set(load_predictions(tmp_path)) == {d.name for d in dev[1:]}
    assert main(["evaluate", str(DEV), str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert payload["missing"] == ["seed000_petro_trump"]
    assert payload["documents"][1]["scores"]["attributions"]["content_exact"]["f1"] == 1.0
    assert "no prediction for seed000_petro_trump" in err


def test_invalid_prediction_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _serialize()
    bad = tmp_path / "seed000_petro_trump.json"
    bad.write_text('{"schema_version": 1, "source": 3}', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"seed000_petro_trump\.json"):
        load_predictions(tmp_path)
    assert main(["evaluate", str(DEV), str(tmp_path)]) == 1
    assert "seed000_petro_trump.json" in capsys.readouterr().err


def test_predictions_may_sit_next_to_the_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `bilateral extract --format json -o gold/ gold/*.txt` puts NAME.json beside the gold's
    # NAME.meeting.json, which was then read as a (broken) prediction named "NAME.meeting".
    gold = tmp_path / "gold"
    shutil.copytree(DEV, gold)
    for doc in load_gold(DEV):
        (gold / f"{doc.name}.json").write_text(dumps(gold_to_record(doc)), encoding="utf-8")
    assert set(load_predictions(gold)) == {doc.name for doc in load_gold(DEV)}
    assert main(["evaluate", str(gold), str(gold)]) == 0
    out, err = capsys.readouterr()
    assert "  content exact       1.000  1.000  1.000" in out
    assert err == ""
    assert "without gold" not in out


def test_every_problem_of_a_prediction_is_a_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As `bilateral validate` prints them, rather than "FILE: 2 problems:" and a list.
    bad = tmp_path / "seed000_petro_trump.json"
    bad.write_text('{"schema_version": 1, "source": {"text": 42}, "actors": [{"kind": "robot"}]}', "utf-8")
    assert main(["evaluate", str(DEV), str(tmp_path)]) == 1
    kinds = "'person', 'organization', 'country', 'group'"
    assert capsys.readouterr().err.splitlines() == [
        f"bilateral evaluate: {bad}: expected str, got int (42) @ $.source.text",
        f"bilateral evaluate: {bad}: expected one of {kinds}, got 'robot' @ $.actors[0].kind",
    ]


def test_cli_default_runs_the_built_in_pipeline_on_every_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(DEV), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in payload["documents"]] == sorted(p.stem for p in DEV.glob("*.txt"))
    assert payload["failures"] == payload["missing"] == []
    assert payload["total"]["attributions"]["content_exact"]["gold"] == 124
    assert payload["total"]["attributions"]["content_exact"]["predicted"] > 0
