"""The timeline: merged across documents, deduplicated, always sorted, fast to query.

Examples:
    >>> from diplotimeline.model import Agreement, Document, Extraction
    >>> def doc(doc_id):
    ...     return Extraction(document=Document(id=doc_id, text=""),
    ...                       events=(Agreement(id="e1", name="Lima Accord (LA)"),))
    >>> timeline = Timeline.from_extractions([doc("a"), doc("b")])
    >>> [(entry.name, entry.documents) for entry in timeline]
    [('Lima Accord (LA)', ('a', 'b'))]
"""

from diplotimeline.timeline.actors import merge_actors
from diplotimeline.timeline.allen import AllenRelation, relation
from diplotimeline.timeline.entry import (
    Conflict,
    Mention,
    MergeReason,
    Origin,
    TimelineEntry,
    entry_id,
)
from diplotimeline.timeline.merge import MergeDecision, compare, merge_mentions
from diplotimeline.timeline.timeline import Timeline, TimelineDiff, mentions_of

__all__ = [
    "AllenRelation",
    "Conflict",
    "Mention",
    "MergeDecision",
    "MergeReason",
    "Origin",
    "Timeline",
    "TimelineDiff",
    "TimelineEntry",
    "compare",
    "entry_id",
    "mentions_of",
    "merge_actors",
    "merge_mentions",
    "relation",
]
