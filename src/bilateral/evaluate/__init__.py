"""
Score predicted records against gold: attributions in brat standoff, meetings and claims in JSON.

The metrics are those of DESIGN section 6 (token sets, one-to-one greedy matching on
content, exact and overlap; source and cue on matched pairs; DIRECT and INDIRECT apart),
so the figures mean the same as anyone else's. See ``docs/how-to/evaluate.md``.
"""

from bilateral.evaluate._evaluate import Gold, evaluate, evaluate_extractor, load_predictions, score_document
from bilateral.evaluate._gold import (
    EvaluationError,
    GoldAttribution,
    GoldClaim,
    GoldDate,
    GoldDocument,
    GoldDuration,
    GoldError,
    GoldMeeting,
    GoldOutcome,
    GoldParticipant,
    GoldPlace,
    load_gold,
    load_gold_document,
    parse_ann,
    parse_meeting_json,
)
from bilateral.evaluate._record import gold_to_record
from bilateral.evaluate._report import report_json, report_table
from bilateral.evaluate._scores import (
    AttributionScores,
    ClaimScores,
    DocumentScores,
    MeetingScores,
    Report,
    Score,
    Scores,
)
from bilateral.evaluate._tokens import QUOTATION_MARKS

__all__ = [
    "QUOTATION_MARKS",
    "AttributionScores",
    "ClaimScores",
    "DocumentScores",
    "EvaluationError",
    "Gold",
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
    "MeetingScores",
    "Report",
    "Score",
    "Scores",
    "evaluate",
    "evaluate_extractor",
    "gold_to_record",
    "load_gold",
    "load_gold_document",
    "load_predictions",
    "parse_ann",
    "parse_meeting_json",
    "report_json",
    "report_table",
    "score_document",
]
