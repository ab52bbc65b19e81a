"""Shared fixtures: a rules-only Guard (no model needed) and the path of the shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import wxguard

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules_guard() -> wxguard.Guard:
    return wxguard.Guard(rules_only=True)
