"""The domain model: frozen attrs values only (no I/O, no regular expressions, no clock).

Examples:
    >>> from diplotimeline.model import Meeting, MeetingForm, Status
    >>> Meeting(id="d1:e1", name="Lima Summit", form=MeetingForm.SUMMIT).status
    <Status.MENTIONED: 'mentioned'>
"""

from diplotimeline.model.actors import (
    Actor,
    ActorKind,
    Country,
    NameOrder,
    Organization,
    Person,
    Role,
)
from diplotimeline.model.events import (
    Agreement,
    AgreementForm,
    AgreementStage,
    Event,
    EventKind,
    EventLink,
    Initiative,
    InitiativeForm,
    LinkRelation,
    Meeting,
    MeetingForm,
    Milestone,
    Status,
)
from diplotimeline.model.evidence import Document, Evidence
from diplotimeline.model.extraction import Extraction

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementForm",
    "AgreementStage",
    "Country",
    "Document",
    "Event",
    "EventKind",
    "EventLink",
    "Evidence",
    "Extraction",
    "Initiative",
    "InitiativeForm",
    "LinkRelation",
    "Meeting",
    "MeetingForm",
    "Milestone",
    "NameOrder",
    "Organization",
    "Person",
    "Role",
    "Status",
]
