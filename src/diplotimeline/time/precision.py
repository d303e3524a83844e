"""Precision: how much of a calendar value is known (year, month, day or minute)."""

from __future__ import annotations

import enum

__all__ = ["Precision"]


class Precision(enum.IntEnum):
    """How precisely a time value is known, ordered from coarse to fine.

    Values compare as integers, so ``Precision.YEAR < Precision.DAY``.

    Examples:
        >>> Precision.MONTH
        <Precision.MONTH: 2>
        >>> Precision.YEAR < Precision.DAY < Precision.MINUTE
        True
        >>> min(Precision.DAY, Precision.MONTH).name
        'MONTH'
    """

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
