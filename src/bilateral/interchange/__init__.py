"""
Interchange formats: PLOVER event data and CSV tables.

* `to_plover` / `write_plover`: meetings and their outcomes as PLOVER CONSULT and AGREE
  events, one JSON object per event (JSON Lines), with what could not be dated reported.
* `write_csv` / `read_csv`: one CSV table per kind of item (records, actors, places,
  meetings, outcomes, statements, claims) that join on a record key and item ids, and
  read back into the very same records.

JSON-LD (schema.org) lives in `bilateral.jsonld`, behind the ``jsonld`` extra.

.. versionadded:: 0.1.0
"""

from bilateral.interchange._common import KeyAllocator, alpha3, record_key
from bilateral.interchange._csv import CSV_TABLES, read_csv, write_csv
from bilateral.interchange._plover import PloverEvents, SkippedEvent, to_plover, write_plover

__all__ = [
    "CSV_TABLES",
    "KeyAllocator",
    "PloverEvents",
    "SkippedEvent",
    "alpha3",
    "read_csv",
    "record_key",
    "to_plover",
    "write_csv",
    "write_plover",
]
