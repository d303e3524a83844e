"""Event extraction, shared part: cues, sentences, event names, dates, status and merging.

The pipeline (:mod:`diplotimeline.extract.pipeline`) runs four steps over a document:

1. :func:`find_named_events` reads capitalised event names ("the 12th Andean-Nordic
   Summit", "Joint Statement on ...", "Blue Pacific Ocean Compact (BPOC)") by their
   head words (``data/rules/en/events.toml``), and :func:`find_acronym_initiatives` the
   concepts a text introduces with an acronym;
2. the frame readers of :mod:`~diplotimeline.extract.meetings`,
   :mod:`~diplotimeline.extract.agreements` and :mod:`~diplotimeline.extract.initiatives`
   read verb frames ("held talks with", "paid an official visit to", "signed a ...
   treaty", "launched the ...") and add participants, places, stages and new events;
3. :func:`attach_dates` gives each dateable mention the temporal expression that governs
   it (same sentence, nearest, a sentence-initial date governing the whole sentence), and
   :func:`date_appositions` dates an act by its apposition ("the X Fund, a fund set up in
   2039"), :func:`read_opening_acts` an act that opens its sentence so ("The treaty, signed
   in Lusaka in 2039, ...");
4. :func:`assemble` merges the mentions of one real-world event (same name, same
   acronym, a short form of a longer name, "the Summit" for the last summit named) into
   one model event per document, with a status and every evidence span.

The working state of one document (its ``Context`` and the ``Candidate`` events read so
far) is internal: see ``diplotimeline.extract._event_context``. Each step lives in a
private module; this module is their public home.

Examples:
    >>> cues = load_cues()
    >>> cues.head("joint statement")
    ('agreement', 'joint-statement')
"""

from __future__ import annotations

from diplotimeline.extract._event_acronyms import find_acronym_initiatives
from diplotimeline.extract._event_appositions import date_appositions, read_opening_acts
from diplotimeline.extract._event_context import ActorMentionLike, is_future, iter_frames
from diplotimeline.extract._event_cues import EventCues, load_cues
from diplotimeline.extract._event_dates import attach_dates, usable_dates
from diplotimeline.extract._event_merge import assemble
from diplotimeline.extract._event_names import find_named_events
from diplotimeline.extract._sentences import Sentence, split_sentences

__all__ = [
    "ActorMentionLike",
    "EventCues",
    "Sentence",
    "assemble",
    "attach_dates",
    "date_appositions",
    "find_acronym_initiatives",
    "find_named_events",
    "is_future",
    "iter_frames",
    "load_cues",
    "read_opening_acts",
    "split_sentences",
    "usable_dates",
]
