"""
Sphinx directives that render reference material from the code at build time.

Nothing here is kept by hand, so the pages cannot drift from the library:

``bilateral-json-schema``
    The JSON Schema that `bilateral.serialize.json_schema` returns, as a JSON block.
``bilateral-wire-table NAME``
    A table of the keys of one wire-format type (``Record``, ``Span``, ``Person`` ...), in
    the order they are written, with their JSON type, default and meaning, read from the
    JSON Schema (types, constraints, descriptions) and from the model classes (defaults).
``bilateral-cli-help [COMMAND]``
    The ``--help`` text of ``bilateral`` or of one of its sub-commands.
``bilateral-cli-others``
    A section with the ``--help`` text of every sub-command that no
    ``bilateral-cli-help`` directive on the page has shown yet, so a new sub-command is
    documented as soon as it is registered.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx

#: Width of the rendered ``--help`` texts (argparse reads it from COLUMNS).
_HELP_WIDTH = "90"
_INT64_MAX = 2**63 - 1
_INT64_MIN = -(2**63)


@contextlib.contextmanager
def _environ(**values: str) -> Iterator[None]:
    """Set environment variables for the duration of the block, then restore them."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    """The sub-command parsers of ``bilateral``, in the order its ``--help`` lists them."""
    from bilateral import cli  # noqa: PLC0415 - imported when the directive runs

    parser = cli._parser()  # noqa: SLF001 - the same project's command line
    for action in parser._actions:  # noqa: SLF001 - argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return dict(action.choices)
    return {}


def _help(command: str | None) -> str:
    """The ``--help`` text of ``bilateral`` (*command* None) or of one sub-command."""
    from bilateral import cli  # noqa: PLC0415

    # A fixed width and no colour, so the page is the same wherever it is built.
    with _environ(COLUMNS=_HELP_WIDTH, NO_COLOR="1"):
        if command is None:
            return cli._parser().format_help()  # noqa: SLF001
        parsers = _subcommands()
        if command not in parsers:
            msg = f"bilateral has no sub-command {command!r} (it has {', '.join(parsers)})"
            raise ValueError(msg)
        return parsers[command].format_help()


def _literal(text: str, language: str) -> nodes.literal_block:
    block = nodes.literal_block(text, text)
    block["language"] = language
    return block


class CliHelp(SphinxDirective):
    """``bilateral-cli-help [COMMAND]``: the help text, as a literal block."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        command = self.arguments[0] if self.arguments else None
        try:
            text = _help(command)
        except ValueError as error:
            raise self.error(str(error)) from None
        if command is not None:
            self.env.temp_data.setdefault("bilateral_cli_shown", set()).add(command)
        return [_literal(text.rstrip("\n"), "text")]


class CliOthers(SphinxDirective):
    """``bilateral-cli-others``: a section per sub-command not shown yet on this page."""

    def run(self) -> list[nodes.Node]:
        shown = set(self.env.temp_data.get("bilateral_cli_shown", ()))
        out: list[nodes.Node] = []
        for name in _subcommands():
            if name in shown:
                continue
            title = f"bilateral {name}"
            section = nodes.section()
            section["names"].append(nodes.fully_normalize_name(title))
            section += nodes.title(title, "", nodes.literal(title, title))
            section += nodes.paragraph(text=f"Options and exit codes as bilateral {name} --help gives them:")
            section += _literal(_help(name).rstrip("\n"), "text")
            self.state.document.note_implicit_target(section, section)
            out.append(section)
        return out


class JsonSchema(SphinxDirective):
    """``bilateral-json-schema``: the generated JSON Schema, indented."""

    def run(self) -> list[nodes.Node]:
        from bilateral.serialize import json_schema  # noqa: PLC0415

        text = json.dumps(json_schema(), indent=2, ensure_ascii=False)
        return [_literal(text, "json")]


def _code(value: object) -> str:
    """A JSON value as inline code (backticks inside are impossible in these values)."""
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def _int_range(schema: dict[str, Any]) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low == _INT64_MIN and high == _INT64_MAX:
        return "integer (64-bit)"
    if low is None and high is None:
        return "integer"
    high_text = "2⁶³ - 1" if high == _INT64_MAX else str(high)
    return f"integer {low} to {high_text}"


def _describe(schema: dict[str, Any]) -> str:
    """A short Markdown description of a JSON Schema fragment, linking model types."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f"{{ref}}`{name} <wire-{name.lower()}>`"
    if "const" in schema:
        return _code(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join(_code(v) for v in schema["enum"])
    if "anyOf" in schema:
        branches = schema["anyOf"]
        nullable = {"type": "null"} in branches
        rest = [b for b in branches if b != {"type": "null"}]
        text = " or ".join(_describe(b) for b in rest)
        return f"{text} or `null`" if nullable else text
    kind = schema.get("type")
    if kind == "array":
        items = _describe(schema["items"])
        items = "strings" if items == "string" else items
        words = "array of distinct" if schema.get("uniqueItems") else "array of"
        text = f"{words} {items}"
        if "minItems" in schema:
            text += f" (at least {schema['minItems']})"
        return text
    if kind == "integer":
        return _int_range(schema)
    if kind == "string":
        if schema.get("format") == "date":
            return "date `YYYY-MM-DD`"
        if schema.get("format") == "date-time":
            return "RFC 3339 datetime with offset"
        if schema.get("pattern") == "^[A-Z]{2}$":
            return "ISO 3166-1 alpha-2 code"
        if schema.get("minLength") == 1:
            return "non-empty string"
        return "string"
    msg = f"no description for the schema fragment {schema!r}"
    raise ValueError(msg)


def _default(cls: type | None, key: str, *, required: bool) -> str:
    if required:
        return "required"
    if cls is None or key not in attrs.fields_dict(cls):
        return ""
    from bilateral.serialize import unstructure  # noqa: PLC0415

    return _code(unstructure(attrs.fields_dict(cls)[key].default))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class WireTable(SphinxDirective):
    """``bilateral-wire-table NAME``: the keys of one wire-format type, as a table."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        import bilateral.model  # noqa: PLC0415
        from bilateral.serialize import json_schema  # noqa: PLC0415

        name = self.arguments[0]
        schema = json_schema()
        body = schema if name == "Record" else schema["$defs"].get(name)
        if body is None or "properties" not in body:
            msg = f"the JSON Schema has no object type {name!r}"
            raise self.error(msg)
        cls = getattr(bilateral.model, name, None)
        required = set(body.get("required", ()))
        lines = ["| key | value | default | meaning |", "|---|---|---|---|"]
        for key, prop in body["properties"].items():
            meaning = prop.get("description", "")
            if key == "kind" and "const" in prop:
                meaning = "The tag of the tagged union; always written first."
            row = (
                f"`{key}`",
                _describe({k: v for k, v in prop.items() if k != "description"}),
                _default(cls, key, required=key in required),
                meaning,
            )
            lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
        container = nodes.container(classes=["bilateral-wire-table"])
        self.state.nested_parse(
            StringList(lines, source=f"<wire table {name}>"), self.content_offset, container
        )
        return [container]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("bilateral-cli-help", CliHelp)
    app.add_directive("bilateral-cli-others", CliOthers)
    app.add_directive("bilateral-json-schema", JsonSchema)
    app.add_directive("bilateral-wire-table", WireTable)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
