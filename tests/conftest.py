"""Shared fixtures and Hypothesis profiles ("dev", "ci", "fast"; chosen by HYPOTHESIS_PROFILE)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fast", max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def root() -> Path:
    """The repository's root folder."""
    return ROOT


@pytest.fixture
def shared() -> Path:
    """The ../shared folder beside the repository; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
