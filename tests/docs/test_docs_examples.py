"""
The code on the documentation pages and in the README runs, and prints what the page says.

Each checked page is read for its fenced code blocks, run in order in a fresh working
directory that holds a copy of ``examples/`` (pages may write files there):

* ``pycon`` blocks, and ``python`` blocks with ``>>>`` prompts, are doctests
  (``ELLIPSIS`` on, so a page may elide with ``...``);
* other ``python`` blocks are executed, and every ``test_*`` function they define is called
  (the how-to on property tests shows a test module);
* ``console`` blocks are shell sessions: each ``$ command`` runs in bash, with stdout and
  stderr together, and its output must match the lines under it (``...`` elides). A command
  with no output shown must succeed; ``$ echo $?`` shows the status of the one before.

Python blocks of one page share their globals, like a doctest file. Blocks in other
languages (``sh`` for the install commands, ``json``, ``text``) are not run.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
import types
import warnings
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: Pages whose code cannot run as shown, and why. Every other page, and every page added
#: later, is checked.
UNCHECKED = {
    DOCS / "how-to" / "evaluate.md": "its snippets use the reader's own extractor (my_extractor)",
    DOCS / "how-to" / "write-an-extractor.md": "checked by tests/text/test_text_pipeline_docs.py",
}
PAGES = [ROOT / "README.md", *(p for p in sorted(DOCS.rglob("*.md")) if "_build" not in p.parts)]
CHECKED = [p for p in PAGES if p not in UNCHECKED]

_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_FLAGS = doctest.ELLIPSIS
_MARK = "@@@bilateral-docs-status"


class Block(NamedTuple):
    """One fenced code block: its language, first line number (1-based) and text."""

    language: str
    line: int
    text: str


def fenced_blocks(markdown: str) -> list[Block]:
    """The fenced code blocks of a Markdown page (MyST directives have a ``{name}`` language)."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i].strip())
        if opening is None:
            i += 1
            continue
        fence = opening["fence"]
        language = opening["info"].strip().split(" ")[0]
        # A block inside a list item is indented like its fence; the indent is not code.
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        body: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() != fence:
            line = lines[j]
            body.append(line[min(indent, len(line) - len(line.lstrip(" "))) :])
            j += 1
        blocks.append(Block(language, i + 2, "\n".join(body) + "\n"))
        i = j + 1
    return blocks


class Command(NamedTuple):
    """A ``$ command`` of a console block and the output shown under it."""

    line: int
    command: str
    output: str


def console_commands(block: Block) -> list[Command]:
    """Split a console block into commands and their shown output."""
    commands: list[Command] = []
    for offset, line in enumerate(block.text.splitlines()):
        if line.startswith("$ "):
            commands.append(Command(block.line + offset, line[2:], ""))
        elif commands:
            last = commands[-1]
            commands[-1] = last._replace(output=last.output + line + "\n")
        elif line.strip():
            msg = f"line {block.line + offset}: console output before any command: {line!r}"
            raise AssertionError(msg)
    return commands


def run_console(block: Block, cwd: Path, where: str) -> list[str]:
    """Run a console block as one bash script; return a message per mismatch."""
    commands = console_commands(block)
    script = ["set +e"]
    for command in commands:
        # The status is kept in $? for the next command ("$ echo $?" shows it).
        script += [
            f"{{ {command.command}\n}} 2>&1",
            "__status=$?",
            f"printf '\\n{_MARK} %d\\n' \"$__status\"",
            "(exit $__status)",
        ]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("COLUMNS", None)
    done = subprocess.run(  # noqa: S603 - the commands are the project's own documentation
        ["bash", "-c", "\n".join(script)],  # noqa: S607 - bash from PATH, as a reader's shell
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    chunks = re.split(rf"\n{_MARK} (\d+)\n", done.stdout)
    # [out0, status0, out1, status1, ..., trailing ""]
    results = list(zip(chunks[0:-1:2], chunks[1::2], strict=True))
    problems: list[str] = []
    if len(results) != len(commands):
        return [f"{where}:{block.line}: the session stopped early\n{done.stdout}{done.stderr}"]
    checker = doctest.OutputChecker()
    for command, (got, status) in zip(commands, results, strict=True):
        # The marker starts on a new line: drop the newline it added after output that had none.
        got_text = got if not got or got.endswith("\n") else got + "\n"
        if not command.output:
            if status != "0":
                problems.append(f"{where}:{command.line}: $ {command.command}\nexit {status}:\n{got_text}")
            continue
        if not checker.check_output(command.output, got_text, _FLAGS):
            problems.append(
                f"{where}:{command.line}: $ {command.command}\n"
                f"expected:\n{command.output}got (exit {status}):\n{got_text}"
            )
    return problems


def run_doctest(block: Block, globs: dict[str, Any], where: str) -> list[str]:
    """Run a block of ``>>>`` examples in *globs*; return the failure report, if any."""
    test = doctest.DocTestParser().get_doctest(block.text, globs, where, where, block.line - 1)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    runner.run(test, out=report.append, clear_globs=False)
    globs.update(test.globs)  # DocTest runs in a copy; later blocks of the page see its names
    return ["".join(report)] if runner.failures else []


def run_python(block: Block, globs: dict[str, Any], where: str) -> list[str]:
    """Execute a plain Python block, then call the ``test_*`` functions it defines."""
    before = set(globs)
    code = compile("\n" * (block.line - 1) + block.text, where, "exec")
    exec(code, globs)  # noqa: S102 - the project's own documentation
    for name in sorted(set(globs) - before):
        if name.startswith("test_") and callable(globs[name]):
            globs[name]()
    return []


def check_page(page: Path, workdir: Path) -> list[str]:
    """Run every checked block of *page* in *workdir*; return the problems found."""
    where = str(page.relative_to(ROOT))
    # The page's code runs as a module of its own, as a reader's would: dataclasses and
    # attrs look a class's module up in sys.modules.
    module = types.ModuleType(f"docs_page_{page.stem.replace('-', '_')}")
    globs: dict[str, Any] = module.__dict__
    problems: list[str] = []
    cwd = Path.cwd()
    os.chdir(workdir)
    sys.modules[module.__name__] = module
    try:
        with warnings.catch_warnings():
            # A reader's interpreter ignores ResourceWarning ("open(path).read()" in an
            # example); every other warning still fails the page (filterwarnings=error).
            warnings.simplefilter("ignore", ResourceWarning)
            for block in fenced_blocks(page.read_text(encoding="utf-8")):
                if block.language == "console":
                    problems += run_console(block, workdir, where)
                elif block.language == "pycon" or (block.language == "python" and ">>>" in block.text):
                    problems += run_doctest(block, globs, where)
                elif block.language == "python":
                    problems += run_python(block, globs, where)
    finally:
        os.chdir(cwd)
        del sys.modules[module.__name__]
    return problems


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


@pytest.mark.parametrize("page", CHECKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples_run(page: Path, workdir: Path) -> None:
    problems = check_page(page, workdir)
    assert not problems, "\n\n".join(problems)


def test_unchecked_pages_exist() -> None:
    # An exemption for a page that was renamed or removed would hide nothing, but mislead.
    assert all(page in PAGES for page in UNCHECKED)


def test_fenced_blocks_finds_languages_lines_and_text() -> None:
    page = (
        "intro\n\n```pycon\n>>> 1 + 1\n2\n```\n\n````{eval-rst}\n```\n````\n~~~console\n$ true\n~~~\n"
        "- item\n\n  ```python\n  if x:\n      y()\n  ```\n"
    )
    assert fenced_blocks(page) == [
        Block("pycon", 4, ">>> 1 + 1\n2\n"),
        Block("{eval-rst}", 9, "```\n"),
        Block("console", 12, "$ true\n"),
        Block("python", 17, "if x:\n    y()\n"),
    ]


def test_console_mismatch_and_failure_are_reported(tmp_path: Path) -> None:
    block = Block("console", 1, "$ echo hello\nbye\n$ false\n$ echo $?\n1\n$ echo a b c\na ... c\n")
    problems = run_console(block, tmp_path, "page.md")
    assert len(problems) == 2
    assert "expected:\nbye\ngot (exit 0):\nhello\n" in problems[0]
    assert "$ false\nexit 1" in problems[1]


def test_doctest_failure_is_reported() -> None:
    globs: dict[str, Any] = {}
    assert run_doctest(Block("pycon", 1, ">>> x = 2\n>>> x * 3\n6\n"), globs, "ok.md") == []
    assert globs["x"] == 2
    (report,) = run_doctest(Block("pycon", 1, ">>> x + 1\n4\n"), globs, "bad.md")
    assert "Expected:\n    4\nGot:\n    3" in report


def test_python_block_runs_the_tests_it_defines() -> None:
    calls: list[str] = []
    globs: dict[str, Any] = {"calls": calls}
    run_python(Block("python", 1, "def test_one():\n    calls.append('one')\n"), globs, "p.md")
    assert calls == ["one"]
