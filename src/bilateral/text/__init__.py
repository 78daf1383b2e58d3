"""
News text to model: article parsing, segmentation, dates, entities, statements, claims, meetings.

`default_pipeline()` is the built-in `Extractor`; its stages can be replaced one at a time.
"""

from bilateral.text._article import parse_article
from bilateral.text._document import Article, Document, Mention, MentionKind
from bilateral.text._io import read_source
from bilateral.text._pipeline import (
    PIPELINE_NAME,
    PIPELINE_VERSION,
    Extractor,
    FunctionStage,
    Pipeline,
    Stage,
    default_pipeline,
    extract,
)

__all__ = [
    "PIPELINE_NAME",
    "PIPELINE_VERSION",
    "Article",
    "Document",
    "Extractor",
    "FunctionStage",
    "Mention",
    "MentionKind",
    "Pipeline",
    "Stage",
    "default_pipeline",
    "extract",
    "parse_article",
    "read_source",
]
