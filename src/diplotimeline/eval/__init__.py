"""Scoring extractors against gold annotations."""

__all__: list[str] = []
