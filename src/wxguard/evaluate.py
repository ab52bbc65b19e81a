"""``wxguard eval``: score a Guard on any labelled file (runtime only; no training extra needed).

Inputs: wxguard JSONL (``text``, ``labels``, ``subs``) or ``cold:PATH`` / ``offensive:PATH`` for a CSV in
COLD's format (``TEXT``, ``label`` 0/1), where only ``illegal_vulgar`` is judged (offensive rows must get it,
safe rows must not) and the report is accuracy.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from .cli import resolve_threads
from .metrics import multilabel_report
from .taxonomy import LABELS, SUB_LABELS

__all__ = ["BINARY_PREFIXES", "binary_spec", "evaluate_cold", "evaluate_rows", "load_binary", "load_labelled",
           "main"]

BINARY_PREFIXES: tuple[str, ...] = ("cold:", "offensive:")
# COLD test's ``fine-grained-label`` column (train and dev have none): the share flagged is reported per kind,
# e.g. how many anti-bias comments (safe) are mistaken for abuse.
COLD_FINE_GRAINED = {"0": "safe_other", "1": "attack_individual", "2": "attack_group", "3": "safe_anti_bias"}


def binary_spec(spec: str) -> tuple[str, int | None] | None:
    """``cold:PATH[#N]`` / ``offensive:PATH[#N]`` -> (PATH, N or None); None for any other spec."""
    for prefix in BINARY_PREFIXES:
        if spec.startswith(prefix):
            path, _, n = spec[len(prefix):].partition("#")
            if n and not (n.isascii() and n.isdigit()):
                raise ValueError(f"{spec}: the part after '#' must be a row count")
            return path, int(n) if n else None
    return None


def _names(obj: dict[str, Any], key: str, known: Sequence[str], where: str) -> list[str]:
    """``obj[key]`` (default empty) as a list of names from ``known``; errors name the field and its line."""
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SystemExit(f"{where}: '{key}' must be a list of names")
    unknown = sorted(set(value) - set(known))
    if unknown:
        raise SystemExit(f"{where}: unknown {key} {unknown}")
    return value


def load_labelled(path: str) -> list[dict[str, Any]]:
    """The rows of a wxguard JSONL file. A malformed line stops the run with ``SystemExit`` naming
    ``path:line`` and never quoting the line (it holds a message)."""
    rows = []
    number = 0
    with open(path, encoding="utf-8") as fh:
        try:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{where}: invalid JSON ({exc.msg})") from None
                except (ValueError, RecursionError) as exc:  # over-long integers, absurdly deep nesting
                    raise SystemExit(f"{where}: invalid JSON ({type(exc).__name__})") from None
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise SystemExit(f"{where}: not a JSON object with a string 'text' field")
                rows.append({"text": obj["text"], "labels": _names(obj, "labels", LABELS, where),
                             "subs": _names(obj, "subs", SUB_LABELS, where)})
        except UnicodeDecodeError:
            after = f" (after line {number})" if number else ""
            raise SystemExit(f"{path}: not valid UTF-8{after}") from None
    return rows


def evaluate_rows(guard: Any, rows: Sequence[dict[str, Any]], batch_size: int = 64) -> dict[str, Any]:
    verdicts = guard.classify_batch([r["text"] for r in rows], batch_size=batch_size)
    return multilabel_report([r["labels"] for r in rows], [v.labels for v in verdicts],
                             [r.get("subs", []) for r in rows], [v.subs for v in verdicts])


def row_shape_problem(rec: dict[Any, Any]) -> str | None:
    """Why a ``csv.DictReader`` record does not fit its header (often an unquoted comma, which moves message
    text into the next column), without quoting it; None when it fits."""
    if None in rec or None in rec.values():
        return f"the row has {'more' if None in rec else 'fewer'} fields than the header (an unquoted comma?)"
    return None


def load_binary(path: str) -> list[dict[str, str]]:
    """The records of a CSV in COLD's format, each with a ``TEXT`` and a 0/1 ``label``.

    A malformed row (often an unquoted comma, which moves message text into the ``label`` column) stops the
    run with ``SystemExit`` naming ``path:line`` and never quoting the value.
    """
    records = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            missing = [c for c in ("TEXT", "label") if c not in (reader.fieldnames or ())]
            if missing:
                raise SystemExit(f"{path}: no {' or '.join(missing)} column in the header")
            for rec in reader:
                where = f"{path}:{reader.line_num}"
                problem = row_shape_problem(rec)
                if problem:
                    raise SystemExit(f"{where}: {problem}")
                if rec["label"].strip() not in ("0", "1"):
                    raise SystemExit(f"{where}: label must be 0 or 1")
                records.append(rec)
        except UnicodeDecodeError:
            after = f" (after line {reader.line_num})" if reader.line_num else ""
            raise SystemExit(f"{path}: not valid UTF-8{after}") from None
        except csv.Error as exc:  # e.g. a NUL byte or an unterminated quote; the message quotes no data
            raise SystemExit(f"{path}:{reader.line_num}: {exc}") from None
    return records


def evaluate_cold(guard: Any, path: str, batch_size: int = 64) -> dict[str, Any]:
    records = load_binary(path)
    rows = [(r["TEXT"], int(r["label"])) for r in records]
    verdicts = guard.classify_batch([t for t, _ in rows], batch_size=batch_size)
    pred = [int("illegal_vulgar" in v.labels) for v in verdicts]
    by_kind: dict[str, list[int]] = {}
    if records and "fine-grained-label" in records[0]:
        for rec, p in zip(records, pred, strict=True):
            kind = COLD_FINE_GRAINED.get(rec["fine-grained-label"], rec["fine-grained-label"])
            by_kind.setdefault(kind, []).append(p)
    gold = [y for _, y in rows]
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"n": len(rows),
            "accuracy": round(sum(p == g for p, g in zip(pred, gold, strict=True)) / max(1, len(rows)), 4),
            "offensive": {"precision": round(prec, 4), "recall": round(rec, 4),
                          "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0},
            **({"flagged_by_fine_grained_label": {
                k: {"n": len(v), "flagged": round(sum(v) / len(v), 4)} for k, v in sorted(by_kind.items())}}
               if by_kind else {})}


def _print_report(report: dict[str, Any]) -> None:
    print(f"rows: {report['n']}   macro-F1 (5 labels): {report['macro_f1']:.4f}   "
          f"ok flagged: {report['ok_flagged_rate']:.2%} of {report['ok_rows']} (95% upper bound "
          f"{report['ok_flagged_upper95']:.2%})   exact match: {report['exact_match']:.4f}")
    print(f"{'label':<32}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
    for name, m in report["labels"].items():
        print(f"{name:<32}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}")
    for name, m in report.get("subs", {}).items():
        print(f"  {name:<30}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}")
    names = (*LABELS, "ok")
    print("\nconfusion (rows: true, columns: predicted)")
    print(" " * 16 + "".join(f"{n[:12]:>13}" for n in names))
    for a in names:
        print(f"{a:<16}" + "".join(f"{report['confusion'][a][b]:>13}" for b in names))


def main(argv: Sequence[str] | None = None) -> int:
    from .guard import Guard

    p = argparse.ArgumentParser(prog="wxguard eval", description=__doc__)
    p.add_argument("file", help="labelled JSONL, or cold:PATH / offensive:PATH for a csv in COLD's format")
    p.add_argument("--model-dir")
    p.add_argument("--rules-only", action="store_true")
    p.add_argument("--threads", type=int)
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = p.parse_args(argv)
    try:
        binary = binary_spec(args.file)
    except ValueError as exc:
        p.error(str(exc))
    threads = resolve_threads(args.threads, args.rules_only)
    if binary is not None:
        report = evaluate_cold(Guard(model_dir=args.model_dir, rules_only=args.rules_only, threads=threads),
                               binary[0])
        print(json.dumps(report, indent=2))
        return 0
    rows = load_labelled(args.file)  # before the model loads: a bad file fails fast
    guard = Guard(model_dir=args.model_dir, rules_only=args.rules_only, threads=threads)
    report = evaluate_rows(guard, rows)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _print_report(report)
    return 0
