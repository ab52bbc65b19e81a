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
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..evaluate import binary_spec, load_binary, row_shape_problem
from ..taxonomy import LABELS, SUB_LABELS, label_of

__all__ = [
    "load_all",
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


def _require_file(path: str | Path) -> None:
    """A clear error naming ``path`` when it is missing (not a traceback from deep inside a reader)."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: no such file")


def load_cold(path: str | Path, source: str = "cold") -> list[dict[str, Any]]:
    """COLD (Deng et al., 2022) rows, or any CSV in its format (``TEXT``, ``label`` 0/1): offensive ->
    ``illegal_vulgar/abuse``; only those two outputs supervised.

    Read with ``wxguard.evaluate.load_binary``: a malformed row (e.g. an unquoted comma that moves message
    text into ``label``) raises ``ValueError`` naming ``path:line``, never quoting the value.
    """
    _require_file(path)
    try:
        records = load_binary(str(path))
    except SystemExit as exc:
        raise ValueError(str(exc.code)) from None
    rows = []
    for rec in records:
        offensive = float(rec["label"].strip() == "1")
        targets = [0.0] * len(OUTPUTS)
        mask = [0.0] * len(OUTPUTS)
        for name in ("illegal_vulgar", "illegal_vulgar/abuse"):
            targets[_INDEX[name]] = offensive
            mask[_INDEX[name]] = 1.0
        rows.append({"text": rec["TEXT"], "targets": targets, "mask": mask, "source": source})
    return rows


# the names a ``labels`` cell may hold, lower-cased; a cell separates them with ASCII or full-width , or ;
_NAMES = {name.lower(): name for name in OUTPUTS}
_SEPARATORS = re.compile(r"[,;\uff0c\uff1b]")
_TRUE = frozenset({"1", "1.0", "true", "yes", "y"})
_FALSE = frozenset({"0", "0.0", "false", "no", "n"})


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _label_names(cell: str, where: str) -> list[str]:
    """The names in a ``labels`` cell. An unknown name raises ``ValueError`` naming its position only: the
    cell may hold message text (an unquoted comma in the text column moves text into it)."""
    names = []
    for position, raw in enumerate((x.strip() for x in _SEPARATORS.split(cell) if x.strip()), 1):
        name = _NAMES.get(raw.lower())
        if name is None:
            raise ValueError(f"{where}: the {_ordinal(position)} name in column 'labels' is not a label or "
                             "label/sub (wxguard.taxonomy.LABELS / SUB_LABELS)")
        names.append(name)
    return names


def load_csv(path: str | Path, text_column: str = "text") -> list[dict[str, Any]]:
    """A user CSV: a text column plus a ``labels`` column or one 0/1 column per label / ``label/sub``.

    A ``labels`` cell lists label and ``label/sub`` names separated by ``,`` or ``;`` (full-width ``，``
    and ``；`` too); names are matched case-insensitively (``Advertising`` = ``advertising``) and a sub names
    its label implicitly; an empty cell is an ok row. A name that is not in ``LABELS`` / ``SUB_LABELS`` (a
    typo) raises ``ValueError`` rather than turning a positive row into an ok row.

    A per-label column holds ``1`` / ``true`` / ``yes`` / ``y`` (positive) or ``0`` / ``false`` / ``no`` /
    ``n`` (negative), in any case; an empty cell leaves that output unsupervised; anything else raises.

    Errors name ``path:line`` and the column, never a cell's value (it may be message text).
    """
    _require_file(path)
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            columns = reader.fieldnames or []
            if text_column not in columns:
                raise ValueError(f"{path}: no {text_column!r} column (columns: {columns})")
            label_columns = [c for c in columns if c in _INDEX]
            if "labels" not in columns and not label_columns:
                raise ValueError(f"{path}: needs a 'labels' column or columns named after labels")
            for rec in reader:
                where = f"{path}:{reader.line_num}"
                problem = row_shape_problem(rec)
                if problem:
                    raise ValueError(f"{where}: {problem}")
                if "labels" in columns:
                    names = _label_names(rec["labels"], where)
                    subs = [n for n in names if "/" in n]
                    top = {n for n in names if "/" not in n} | {label_of(n) for n in subs}
                    targets, mask = encode_row(sorted(top), subs)
                else:
                    targets = [0.0] * len(OUTPUTS)
                    mask = [0.0] * len(OUTPUTS)
                    for c in label_columns:
                        value = rec[c].strip().lower()
                        if value == "":
                            continue
                        if value not in _TRUE and value not in _FALSE:
                            raise ValueError(f"{where}: column {c!r} must be 1/0, true/false, yes/no or y/n "
                                             "(or empty: not annotated)")
                        targets[_INDEX[c]] = float(value in _TRUE)
                        mask[_INDEX[c]] = 1.0
                rows.append({"text": rec[text_column], "targets": targets, "mask": mask, "source": str(path)})
        except UnicodeDecodeError as exc:  # its text quotes the bytes it met: report the reason only
            after = f" after line {reader.line_num}" if reader.line_num else ""
            raise ValueError(f"{path}: not valid UTF-8{after} ({exc.reason})") from None
        except csv.Error as exc:  # e.g. a NUL byte or an unterminated quote; the message quotes no data
            raise ValueError(f"{path}:{reader.line_num}: {exc}") from None
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
    _require_file(spec)
    return load_jsonl(spec)


def load_all(specs: Sequence[str]) -> list[dict[str, Any]]:
    """The rows of every spec (``load_any``), in order; a spec without rows (an empty file, a header-only
    CSV) is an error naming it."""
    rows: list[dict[str, Any]] = []
    for spec in specs:
        loaded = load_any(spec)
        if not loaded:
            raise SystemExit(f"no rows in {spec}")
        rows += loaded
    return rows


def to_dataset(rows: Sequence[dict[str, Any]]) -> Any:
    """Rows -> ``datasets.Dataset`` (columns text, targets, mask, source)."""
    from datasets import Dataset

    return Dataset.from_list(list(rows))
