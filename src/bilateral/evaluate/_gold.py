"""
Gold readers: brat standoff attributions (``NAME.ann``) and meeting gold (``NAME.meeting.json``).

A gold directory holds, for each document, ``NAME.txt`` (UTF-8), ``NAME.ann`` and
``NAME.meeting.json``; their formats are described in the dev set's README and in
``docs/how-to/evaluate.md``. Anything malformed raises `GoldError`, which names the file
and the line (``.ann``, JSON syntax) or the JSON path (JSON structure).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from bilateral.errors import BilateralError
from bilateral.model import DurationQualifier, OutcomeKind, Span, Weekday

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator

__all__ = [
    "MAX_GOLD_BYTES",
    "EvaluationError",
    "GoldAttribution",
    "GoldClaim",
    "GoldDate",
    "GoldDocument",
    "GoldDuration",
    "GoldError",
    "GoldMeeting",
    "GoldOutcome",
    "GoldParticipant",
    "GoldPlace",
    "load_gold",
    "load_gold_document",
    "parse_ann",
    "parse_meeting_json",
]

#: Largest gold file read (bytes): gold is small; anything bigger is a mistake or an attack.
MAX_GOLD_BYTES = 64 * 1024 * 1024


class EvaluationError(BilateralError, ValueError):
    """Gold and predictions cannot be scored together (e.g. a record of another text)."""


class GoldError(EvaluationError):
    """
    A gold file is malformed.

    Args:
        message: What is wrong, naming the rule and the value.
        file: The file's name (or path) as given.
        line: 1-based line number, when the problem has one.
    """

    def __init__(self, message: str, file: str, line: int | None = None) -> None:
        super().__init__(message, file, line)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


# --------------------------------------------------------------------------- types


@attrs.frozen(kw_only=True)
class GoldAttribution:
    """One PolNeAR attribution: source (optional), cue and content spans."""

    #: The ``E`` id in the ``.ann`` file ("E4").
    id: str
    #: The Source span(s); ``None`` for an ``Attribution-no-source``. May be shared.
    source: tuple[Span, ...] | None
    #: The Cue (one contiguous span).
    cue: Span
    #: The Content, one span per fragment (discontinuous contents have several).
    content: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class GoldParticipant:
    """A meeting participant: a person, or a delegation ("Ukrainian officials")."""

    name: str
    #: Role in the text; ``None`` for a delegation.
    title: str | None = None
    #: ISO 3166-1 alpha-2 code.
    country: str | None = None

    @property
    def is_delegation(self) -> bool:
        """Delegations are the participants without a title (the gold's convention)."""
        return self.title is None


@attrs.frozen(kw_only=True)
class GoldDate:
    """A meeting date as the gold gives it; parts the text does not fix are ``None``."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: Weekday | None = None


@attrs.frozen(kw_only=True)
class GoldPlace:
    """Where a meeting happens."""

    name: str
    country: str | None = None


@attrs.frozen(kw_only=True)
class GoldDuration:
    """How long a meeting lasted."""

    text: str
    seconds: int
    qualifier: DurationQualifier


@attrs.frozen(kw_only=True)
class GoldOutcome:
    """An agreement, invitation, proposal, commitment or disagreement."""

    kind: OutcomeKind
    #: Participant names, or a country name when the text gives only a country.
    by: tuple[str, ...]
    to: tuple[str, ...]
    text: str
    #: Exact substring of the article that states it.
    evidence: str


@attrs.frozen(kw_only=True)
class GoldMeeting:
    """An in-person meeting (the gold leaves phone and video calls out)."""

    participants: tuple[GoldParticipant, ...]
    date: GoldDate | None
    place: GoldPlace | None
    duration: GoldDuration | None
    topics: tuple[str, ...]
    outcomes: tuple[GoldOutcome, ...]


@attrs.frozen(kw_only=True)
class GoldClaim:
    """A claim and its claimant."""

    claimant: str
    #: Exact substring of the article stating the claim.
    text: str
    #: Names of the actors and places the claim is about.
    about: tuple[str, ...]


@attrs.frozen(kw_only=True)
class GoldDocument:
    """Everything the gold says about one article."""

    #: The file stem ("seed000_petro_trump"); predictions are matched to it.
    name: str
    #: The article text; every offset indexes it.
    text: str
    #: Publication date, when the gold gives one.
    published: dt.date | None = None
    #: Attributions, in file order.
    attributions: tuple[GoldAttribution, ...] = ()
    #: Boilerplate spans outside the scope of scoring.
    discard: tuple[Span, ...] = ()
    meetings: tuple[GoldMeeting, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    #: Place names as they appear in the text.
    places_mentioned: tuple[str, ...] = ()


# --------------------------------------------------------------------------- .ann

_T_LINE = re.compile(r"(T\d+)\t([A-Za-z-]+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")
_E_LINE = re.compile(r"(E\d+)\t(\S+(?: \S+)*)")
_ROLE = re.compile(r"([A-Za-z-]+):([TE]\d+)")
_NOTE = re.compile(r"#\d+\t")
_TYPES = frozenset({"Source", "Cue", "Content", "Attribution", "Attribution-no-source", "Discard"})
_TRIGGERS = ("Attribution", "Attribution-no-source")


def parse_ann(
    data: str, text: str, *, filename: str = "<ann>"
) -> tuple[tuple[GoldAttribution, ...], tuple[Span, ...]]:
    """
    Read brat standoff attributions in the PolNeAR scheme.

    Args:
        data: The ``.ann`` file's content.
        text: The article the offsets index.
        filename: Name used in error messages.

    Returns:
        The attributions (in ``E`` line order) and the ``Discard`` spans.

    Raises:
        GoldError: On any malformed line, span outside the text, span text that does not
            match the article, unknown type or role, or dangling reference.
    """
    spans: dict[str, tuple[str, tuple[Span, ...], int]] = {}
    events: list[tuple[str, list[tuple[str, str]], int]] = []
    # A byte-order mark is an editor artefact, not part of the first line.
    for lineno, raw in enumerate(data.removeprefix("\ufeff").split("\n"), 1):
        line = raw.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            if line.startswith("#") and not _NOTE.match(line):
                raise GoldError("malformed note line (expected '#<n><TAB>...')", filename, lineno)
            continue
        if line.startswith("T"):
            tid, typ, frags = _t_line(line, text, filename, lineno)
            if tid in spans:
                msg = f"duplicate id {tid}"
                raise GoldError(msg, filename, lineno)
            spans[tid] = (typ, frags, lineno)
        elif line.startswith("E"):
            m = _E_LINE.fullmatch(line)
            if m is None:
                raise GoldError(
                    "malformed E line (expected 'E<n><TAB>Role:T<n> Role:T<n> ...')", filename, lineno
                )
            roles: list[tuple[str, str]] = []
            for part in m.group(2).split(" "):
                rm = _ROLE.fullmatch(part)
                if rm is None:
                    msg = f"malformed role {part!r} (expected 'Role:T<n>')"
                    raise GoldError(msg, filename, lineno)
                roles.append((rm.group(1), rm.group(2)))
            if any(eid == m.group(1) for eid, _, _ in events):
                msg = f"duplicate id {m.group(1)}"
                raise GoldError(msg, filename, lineno)
            events.append((m.group(1), roles, lineno))
        else:
            msg = f"unsupported line (expected a T, E or # line): {line[:40]!r}"
            raise GoldError(msg, filename, lineno)

    attributions = tuple(_attribution(eid, roles, spans, filename, lineno) for eid, roles, lineno in events)
    used = {ref for _, roles, _ in events for _, ref in roles}
    for tid, (typ, _, lineno) in spans.items():
        if typ != "Discard" and tid not in used:
            msg = f"{tid} ({typ}) is not linked by any E line"
            raise GoldError(msg, filename, lineno)
    discard = tuple(s for typ, frags, _ in spans.values() if typ == "Discard" for s in frags)
    return attributions, discard


def _t_line(line: str, text: str, filename: str, lineno: int) -> tuple[str, str, tuple[Span, ...]]:
    m = _T_LINE.fullmatch(line)
    if m is None:
        raise GoldError(
            "malformed T line (expected 'T<n><TAB>Type start end[;start end]<TAB>text')", filename, lineno
        )
    tid, typ, offsets, quoted = m.groups()
    if typ not in _TYPES:
        msg = f"unknown type {typ!r} (expected one of {sorted(_TYPES)})"
        raise GoldError(msg, filename, lineno)
    frags: list[Span] = []
    for frag in offsets.split(";"):
        a, b = (int(x) for x in frag.split(" "))
        if not a < b <= len(text):
            msg = f"span {a} {b} is empty or outside the text (length {len(text)})"
            raise GoldError(msg, filename, lineno)
        if frags and a < frags[-1].end:
            msg = f"fragments must be in order and not overlap (at {a} {b})"
            raise GoldError(msg, filename, lineno)
        frags.append(Span(start=a, end=b))
    # brat writes a fragmented span's text as its fragments joined by one space, and a line
    # break inside a span cannot be written on one line, so compare with those as spaces.
    expected = " ".join(text[s.start : s.end] for s in frags)
    if quoted != expected.replace("\r\n", " ").replace("\n", " ").replace("\r", " "):
        msg = f"{tid} text {_short(quoted)} does not match the article at {offsets}: {_short(expected)}"
        raise GoldError(
            msg,
            filename,
            lineno,
        )
    return tid, typ, tuple(frags)


def _attribution(
    eid: str,
    roles: list[tuple[str, str]],
    spans: dict[str, tuple[str, tuple[Span, ...], int]],
    filename: str,
    lineno: int,
) -> GoldAttribution:
    by_role: dict[str, tuple[Span, ...]] = {}
    for role, ref in roles:
        if role in by_role:
            msg = f"{eid}: role {role} given twice"
            raise GoldError(msg, filename, lineno)
        if role not in {*_TRIGGERS, "Cue", "Content", "Source"}:
            msg = (
                f"{eid}: unknown role {role!r} (expected Attribution or Attribution-no-source, "
                "Cue, Content, Source)"
            )
            raise GoldError(
                msg,
                filename,
                lineno,
            )
        if ref not in spans:
            msg = f"{eid}: {role} refers to {ref}, which is not a T line"
            raise GoldError(msg, filename, lineno)
        typ, frags, _ = spans[ref]
        if typ != role:
            msg = f"{eid}: {ref} has type {typ} but is used as {role}"
            raise GoldError(msg, filename, lineno)
        by_role[role] = frags
    triggers = [r for r in _TRIGGERS if r in by_role]
    if len(triggers) != 1 or roles[0][0] != triggers[0]:
        msg = f"{eid}: the first role must be Attribution or Attribution-no-source, and only one"
        raise GoldError(
            msg,
            filename,
            lineno,
        )
    for needed in ("Cue", "Content"):
        if needed not in by_role:
            msg = f"{eid}: missing {needed}"
            raise GoldError(msg, filename, lineno)
    if (triggers[0] == "Attribution") != ("Source" in by_role):
        msg = f"{eid}: an Attribution needs a Source and an Attribution-no-source must not have one"
        raise GoldError(
            msg,
            filename,
            lineno,
        )
    cue = by_role["Cue"]
    if len(cue) != 1:
        msg = f"{eid}: the Cue must be one contiguous span"
        raise GoldError(msg, filename, lineno)
    return GoldAttribution(id=eid, source=by_role.get("Source"), cue=cue[0], content=by_role["Content"])


def _short(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


# --------------------------------------------------------------------------- .meeting.json

_E = TypeVar("_E", DurationQualifier, OutcomeKind, Weekday)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")


class _Json:
    """Typed access to a decoded JSON value, raising `GoldError` with the JSON path."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, path: str, message: str) -> GoldError:
        return GoldError(f"{message} @ {path}", self.filename)

    def obj(
        self, value: object, path: str, keys: set[str], optional: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, got {_kind(value)}")
        missing = keys - optional - value.keys()
        if missing:
            raise self.fail(path, f"missing key(s) {sorted(missing)}")
        extra = value.keys() - keys
        if extra:
            raise self.fail(path, f"unknown key(s) {sorted(extra)}")
        return value

    def str_(self, value: object, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, f"expected a non-empty string, got {_kind(value)}")
        return value

    def opt_str(self, value: object, path: str) -> str | None:
        return None if value is None else self.str_(value, path)

    def int_(self, value: object, path: str, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, f"expected an integer, got {_kind(value)}")
        if not lo <= value <= hi:
            raise self.fail(path, f"expected {lo}..{hi}, got {value}")
        return value

    def opt_int(self, value: object, path: str, lo: int, hi: int) -> int | None:
        return None if value is None else self.int_(value, path, lo, hi)

    def list_(self, value: object, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected an array, got {_kind(value)}")
        return value

    def strs(self, value: object, path: str) -> tuple[str, ...]:
        return tuple(self.str_(v, f"{path}[{i}]") for i, v in enumerate(self.list_(value, path)))

    def country(self, value: object, path: str) -> str | None:
        code = self.opt_str(value, path)
        if code is not None and not _COUNTRY.fullmatch(code):
            raise self.fail(path, f"expected an ISO 3166-1 alpha-2 code such as 'CO', got {code!r}")
        return code

    def enum(self, cls: type[_E], value: object, path: str) -> _E:
        try:
            return cls(self.str_(value, path))
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise self.fail(path, f"expected one of {allowed}, got {value!r}") from None

    def substring(self, value: object, path: str, text: str) -> str:
        s = self.str_(value, path)
        if s not in text:
            raise self.fail(path, f"{_short(s)} is not an exact substring of the article")
        return s


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array"}
    return names.get(type(value), "an object")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


class _DuplicateKeyError(ValueError):
    pass


def parse_meeting_json(
    data: str, text: str, *, filename: str = "<meeting.json>"
) -> tuple[dt.date | None, tuple[GoldMeeting, ...], tuple[GoldClaim, ...], tuple[str, ...]]:
    """
    Read the meeting gold of one article.

    Args:
        data: The ``.meeting.json`` file's content.
        text: The article; evidence, claim texts and place names must be substrings of it.
        filename: Name used in error messages.

    Returns:
        ``(published, meetings, claims, places_mentioned)``.

    Raises:
        GoldError: On invalid JSON (with its line), duplicate keys, or any value of the
            wrong shape (with its JSON path).
    """
    try:
        payload = json.loads(data.removeprefix("\ufeff"), object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as e:
        msg = f"invalid JSON: {e.msg} (column {e.colno})"
        raise GoldError(msg, filename, e.lineno) from None
    except _DuplicateKeyError as e:
        msg = f"duplicate key {e.args[0]!r}"
        raise GoldError(msg, filename) from None
    except RecursionError:
        raise GoldError("JSON nested too deeply", filename) from None
    j = _Json(filename)
    top = j.obj(payload, "$", {"document", "published", "meetings", "claims", "places_mentioned"})
    j.str_(top["document"], "$.document")
    published: dt.date | None = None
    if top["published"] is not None:
        pub = j.str_(top["published"], "$.published")
        try:
            published = dt.date.fromisoformat(pub) if _DATE.fullmatch(pub) else None
        except ValueError:
            published = None
        if published is None:
            raise j.fail("$.published", f"expected a date YYYY-MM-DD or null, got {pub!r}")
    meetings = tuple(
        _meeting(j, m, f"$.meetings[{i}]", text) for i, m in enumerate(j.list_(top["meetings"], "$.meetings"))
    )
    claims: list[GoldClaim] = []
    for i, c in enumerate(j.list_(top["claims"], "$.claims")):
        path = f"$.claims[{i}]"
        obj = j.obj(c, path, {"claimant", "text", "about"})
        claims.append(
            GoldClaim(
                claimant=j.str_(obj["claimant"], f"{path}.claimant"),
                text=j.substring(obj["text"], f"{path}.text", text),
                about=j.strs(obj["about"], f"{path}.about"),
            )
        )
    places = j.strs(top["places_mentioned"], "$.places_mentioned")
    return published, meetings, tuple(claims), places


def _meeting(j: _Json, value: object, path: str, text: str) -> GoldMeeting:
    obj = j.obj(value, path, {"participants", "date", "place", "duration", "topics", "outcomes"})
    participants: list[GoldParticipant] = []
    for i, p in enumerate(j.list_(obj["participants"], f"{path}.participants")):
        pp = f"{path}.participants[{i}]"
        po = j.obj(p, pp, {"name", "title", "country"}, optional=frozenset({"title", "country"}))
        participants.append(
            GoldParticipant(
                name=j.str_(po["name"], f"{pp}.name"),
                title=j.opt_str(po.get("title"), f"{pp}.title"),
                country=j.country(po.get("country"), f"{pp}.country"),
            )
        )
    if len(participants) < 2:  # noqa: PLR2004 - a meeting takes two
        msg = f"{path}.participants"
        raise j.fail(msg, "a meeting needs at least two participants")
    date = None
    if obj["date"] is not None:
        dp = f"{path}.date"
        do = j.obj(obj["date"], dp, {"text", "year", "month", "day", "weekday"})
        date = GoldDate(
            text=j.str_(do["text"], f"{dp}.text"),
            year=j.opt_int(do["year"], f"{dp}.year", 1, 9999),
            month=j.opt_int(do["month"], f"{dp}.month", 1, 12),
            day=j.opt_int(do["day"], f"{dp}.day", 1, 31),
            weekday=None if do["weekday"] is None else j.enum(Weekday, do["weekday"], f"{dp}.weekday"),
        )
    place = None
    if obj["place"] is not None:
        lp = f"{path}.place"
        lo = j.obj(obj["place"], lp, {"name", "country"}, optional=frozenset({"country"}))
        place = GoldPlace(
            name=j.str_(lo["name"], f"{lp}.name"), country=j.country(lo.get("country"), f"{lp}.country")
        )
    duration = None
    if obj["duration"] is not None:
        up = f"{path}.duration"
        uo = j.obj(obj["duration"], up, {"text", "seconds", "qualifier"})
        duration = GoldDuration(
            text=j.str_(uo["text"], f"{up}.text"),
            seconds=j.int_(uo["seconds"], f"{up}.seconds", 0, 2**63 - 1),
            qualifier=j.enum(DurationQualifier, uo["qualifier"], f"{up}.qualifier"),
        )
    outcomes: list[GoldOutcome] = []
    for i, o in enumerate(j.list_(obj["outcomes"], f"{path}.outcomes")):
        op = f"{path}.outcomes[{i}]"
        oo = j.obj(o, op, {"kind", "by", "to", "text", "evidence"})
        outcomes.append(
            GoldOutcome(
                kind=j.enum(OutcomeKind, oo["kind"], f"{op}.kind"),
                by=j.strs(oo["by"], f"{op}.by"),
                to=j.strs(oo["to"], f"{op}.to"),
                text=j.str_(oo["text"], f"{op}.text"),
                evidence=j.substring(oo["evidence"], f"{op}.evidence", text),
            )
        )
    return GoldMeeting(
        participants=tuple(participants),
        date=date,
        place=place,
        duration=duration,
        topics=j.strs(obj["topics"], f"{path}.topics"),
        outcomes=tuple(outcomes),
    )


# --------------------------------------------------------------------------- files


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_GOLD_BYTES:
            msg = f"file is larger than {MAX_GOLD_BYTES} bytes ({size})"
            raise GoldError(msg, str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise GoldError("file not found", str(path)) from None
    except OSError as e:
        msg = f"cannot read: {e.strerror}"
        raise GoldError(msg, str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        msg = f"not valid UTF-8 (byte {e.start})"
        raise GoldError(msg, str(path), line) from None


def load_gold_document(txt_path: str | os.PathLike[str]) -> GoldDocument:
    """
    Read one gold document: ``NAME.txt`` and its ``NAME.ann`` and ``NAME.meeting.json``.

    Args:
        txt_path: Path of the article text; the other two files sit beside it.

    Raises:
        GoldError: If a file is missing, unreadable or malformed.
    """
    txt = Path(txt_path)
    name = txt.name.removesuffix(".txt")
    text = _read_text(txt)
    ann = txt.with_name(f"{name}.ann")
    meeting = txt.with_name(f"{name}.meeting.json")
    attributions, discard = parse_ann(_read_text(ann), text, filename=str(ann))
    published, meetings, claims, places = parse_meeting_json(_read_text(meeting), text, filename=str(meeting))
    return GoldDocument(
        name=name,
        text=text,
        published=published,
        attributions=attributions,
        discard=discard,
        meetings=meetings,
        claims=claims,
        places_mentioned=places,
    )


def load_gold(gold_dir: str | os.PathLike[str]) -> tuple[GoldDocument, ...]:
    """
    Read every document of a gold directory, in file-name order.

    Each ``NAME.txt`` needs a ``NAME.ann`` and a ``NAME.meeting.json`` beside it; other
    files (README, provenance notes, scripts) are ignored.

    Raises:
        GoldError: If the directory does not exist, holds no ``.txt`` file, or a file is
            missing or malformed.
    """
    root = Path(gold_dir)
    if not root.is_dir():
        raise GoldError("not a directory", str(root))
    docs = tuple(load_gold_document(p) for p in _texts(root))
    if not docs:
        raise GoldError("no gold documents (NAME.txt with NAME.ann and NAME.meeting.json)", str(root))
    return docs


def _texts(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.iterdir() if p.suffix == ".txt" and p.is_file())
