"""Turn diplomatic news into a typed, ordered, queryable timeline.

The everyday names are re-exported here; everything else lives in its subpackage.

Examples:
    >>> import diplotimeline as dt
    >>> dt.DateSpan.parse_iso("2025-04-27/2025-04-29").contains(dt.PartialDate(2025, 4, 28))
    True
"""

from diplotimeline.errors import DiplotimelineError
from diplotimeline.model import (
    Actor,
    ActorKind,
    Agreement,
    Country,
    Document,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Initiative,
    Meeting,
    Organization,
    Person,
    Role,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, Precision

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "Country",
    "DateSpan",
    "DiplotimelineError",
    "Document",
    "Event",
    "EventKind",
    "Evidence",
    "Extraction",
    "Initiative",
    "LocalDateTime",
    "Meeting",
    "Organization",
    "PartialDate",
    "Person",
    "Precision",
    "Role",
    "Status",
]
