"""Training data loaders: JSONL / CSV / COLD -> ``datasets.Dataset`` with multi-hot targets and a loss mask.

Every row gets ``targets`` and ``mask`` vectors over ``LABELS + SUB_LABELS`` (the model's output order):

- a wxguard JSONL row (``text``, ``labels``, ``subs``) supervises all five labels; a sub-category is
  supervised when its label is absent (then it is 0) or when the row names subs for that label;
- a COLD row supervises only ``illegal_vulgar`` and ``illegal_vulgar/abuse`` (its safe rows are social
  media comments that say nothing about the other labels); ``offensive:PATH`` reads any CSV in COLD's
  format (``TEXT``, ``label`` 0/1) the same way, e.g. ``data/bias/bias_comments.csv``;
- a user CSV names a text column and either a ``labels`` column (``"advertising,illegal_vulgar/fraud"``)
  or one 0/1 column per label or ``label/sub``; unnamed outputs are masked out.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..evaluate import binary_spec
from ..taxonomy import LABELS, SUB_LABELS, label_of

__all__ = [
    "OUTPUTS", "encode_row", "load_cold", "load_csv", "load_jsonl", "load_any", "read_jsonl", "to_dataset",
]

OUTPUTS: tuple[str, ...] = LABELS + SUB_LABELS
_INDEX = {name: i for i, name in enumerate(OUTPUTS)}


def encode_row(labels: Iterable[str], subs: Iterable[str] = ()) -> tuple[list[float], list[float]]:
    """Targets and mask for a fully annotated row (all labels known; subs as annotated)."""
    labels = set(labels)
    subs = set(subs)
    for name in labels:
        if name not in LABELS:
            raise ValueError(f"unknown label {name!r}")
    targets = [0.0] * len(OUTPUTS)
    mask = [1.0] * len(LABELS) + [0.0] * len(SUB_LABELS)
    annotated = {label_of(s) for s in subs}
    for name in labels:
        targets[_INDEX[name]] = 1.0
    for sub in SUB_LABELS:
        parent = sub.split("/", 1)[0]
        if parent not in labels or parent in annotated:
            mask[_INDEX[sub]] = 1.0
            targets[_INDEX[sub]] = 1.0 if sub in subs else 0.0
    return targets, mask


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from None


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """wxguard-format JSONL rows as ``{"text", "targets", "mask", "source"}`` records."""
    rows = []
    for obj in read_jsonl(path):
        targets, mask = encode_row(obj.get("labels", []), obj.get("subs", []))
        rows.append({"text": obj["text"], "targets": targets, "mask": mask,
                     "source": obj.get("source", str(path))})
    return rows


def load_cold(path: str | Path, source: str = "cold") -> list[dict[str, Any]]:
    """COLD (Deng et al., 2022) rows, or any CSV in its format (``TEXT``, ``label`` 0/1): offensive ->
    ``illegal_vulgar/abuse``; only those two outputs supervised."""
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            offensive = float(int(rec["label"]) == 1)
            targets = [0.0] * len(OUTPUTS)
            mask = [0.0] * len(OUTPUTS)
            for name in ("illegal_vulgar", "illegal_vulgar/abuse"):
                targets[_INDEX[name]] = offensive
                mask[_INDEX[name]] = 1.0
            rows.append({"text": rec["TEXT"], "targets": targets, "mask": mask, "source": source})
    return rows


def load_csv(path: str | Path, text_column: str = "text") -> list[dict[str, Any]]:
    """A user CSV: a text column plus a ``labels`` column or one 0/1 column per label / ``label/sub``."""
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = reader.fieldnames or []
        if text_column not in columns:
            raise ValueError(f"{path}: no {text_column!r} column (columns: {columns})")
        label_columns = [c for c in columns if c in _INDEX]
        for rec in reader:
            if "labels" in columns:
                names = [x.strip() for x in (rec["labels"] or "").replace(";", ",").split(",") if x.strip()]
                top = [n for n in names if n in LABELS] + [label_of(n) for n in names if "/" in n]
                targets, mask = encode_row(sorted(set(top)), [n for n in names if "/" in n])
            else:
                if not label_columns:
                    raise ValueError(f"{path}: needs a 'labels' column or columns named after labels")
                targets = [0.0] * len(OUTPUTS)
                mask = [0.0] * len(OUTPUTS)
                for c in label_columns:
                    value = (rec[c] or "").strip()
                    if value != "":
                        targets[_INDEX[c]] = float(value in ("1", "1.0", "true", "True", "yes"))
                        mask[_INDEX[c]] = 1.0
            rows.append({"text": rec[text_column], "targets": targets, "mask": mask, "source": str(path)})
    return rows


def load_any(spec: str) -> list[dict[str, Any]]:
    """Load by file type: ``*.jsonl``, ``cold:PATH`` (a COLD CSV), ``offensive:PATH`` (a CSV in COLD's
    format) or a user ``*.csv``.

    ``cold:PATH#N`` / ``offensive:PATH#N`` take a fixed random sample of N rows (seed 0).
    """
    binary = binary_spec(spec)
    if binary is not None:
        path, n = binary
        rows = load_cold(path, source="cold" if spec.startswith("cold:") else str(path))
        if n:
            rows = random.Random(0).sample(rows, min(n, len(rows)))
        return rows
    if spec.endswith(".csv"):
        return load_csv(spec)
    return load_jsonl(spec)


def to_dataset(rows: Sequence[dict[str, Any]]) -> Any:
    """Rows -> ``datasets.Dataset`` (columns text, targets, mask, source)."""
    from datasets import Dataset

    return Dataset.from_list(list(rows))
