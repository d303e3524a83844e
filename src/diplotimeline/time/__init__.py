"""Calendar values that carry their precision; pendulum does the arithmetic behind them.

Examples:
    >>> from diplotimeline.time import DateSpan, PartialDate
    >>> DateSpan.of(PartialDate(2025, 4)).contains(PartialDate(2025, 4, 28))
    True
"""

from diplotimeline.time.moment import LocalDateTime
from diplotimeline.time.partial import PartialDate
from diplotimeline.time.precision import Precision
from diplotimeline.time.span import DateSpan, TimePoint, parse_time_point, shared_span

__all__ = [
    "DateSpan",
    "LocalDateTime",
    "PartialDate",
    "Precision",
    "TimePoint",
    "parse_time_point",
    "shared_span",
]
