"""
The names of days and months, lower-cased.

The stages that must not read them as names or as sentence ends ("Friday", "Feb. 28",
"10 a.m. Tuesday") build their own word sets from these.
"""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "WEEKDAYS"]

#: Days of the week.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Months, written in full.
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip
#: Months as news copy abbreviates them, without the dot ("Feb", "Sept").
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
