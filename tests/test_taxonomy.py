"""The taxonomy is the single source of truth and agrees with the annotation guideline."""

from __future__ import annotations

import re

import pytest

from wxguard.taxonomy import CATEGORIES, LABELS, SUB_LABELS, label_of, subs_of

from .conftest import SHARED


def test_every_label_has_subs_and_clauses() -> None:
    for label in LABELS:
        cat = CATEGORIES[label]
        assert cat.subs and cat.clauses
        assert all(s.startswith(label + "/") for s in subs_of(label))
    assert len(SUB_LABELS) == 28


def test_label_of_validates() -> None:
    assert label_of("privacy/phone") == "privacy"
    with pytest.raises(ValueError):
        label_of("privacy/shoe_size")


def test_subs_agree_with_guideline() -> None:
    guideline = SHARED / "LABELS.md"
    if not guideline.exists():
        pytest.skip("../shared/LABELS.md is not present beside this checkout")
    text = guideline.read_text(encoding="utf-8")
    for label in LABELS:
        row = next(line for line in text.splitlines() if line.startswith(f"| {label} |"))
        named = re.findall(r"`([a-z_]+)`", row)
        assert tuple(f"{label}/{n}" for n in named) == subs_of(label)


def test_force_score_and_residual_label_have_one_source() -> None:
    from pathlib import Path

    import wxguard
    from wxguard import fuse, taxonomy

    assert fuse.FORCE_SCORE is taxonomy.FORCE_SCORE and taxonomy.RESIDUAL_LABEL in taxonomy.LABELS
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8")
    assert f'\nversion = "{wxguard.__version__}"\n' in pyproject
