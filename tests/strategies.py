"""Every Hypothesis strategy the tests use, in one place (shipped as diplotimeline.testing)."""

from diplotimeline.testing import (
    actors,
    agreements,
    countries,
    date_spans,
    documents,
    events,
    evidence,
    extractions,
    initiatives,
    local_date_times,
    meetings,
    organizations,
    partial_dates,
    persons,
    roles,
    time_points,
)

__all__ = [
    "actors",
    "agreements",
    "countries",
    "date_spans",
    "documents",
    "events",
    "evidence",
    "extractions",
    "initiatives",
    "local_date_times",
    "meetings",
    "organizations",
    "partial_dates",
    "persons",
    "roles",
    "time_points",
]
