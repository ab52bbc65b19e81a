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

from .metrics import multilabel_report
from .taxonomy import LABELS

__all__ = ["BINARY_PREFIXES", "binary_spec", "evaluate_cold", "evaluate_rows", "load_labelled", "main"]

BINARY_PREFIXES: tuple[str, ...] = ("cold:", "offensive:")
# COLD test's ``fine-grained-label`` column (train and dev have none): the share flagged is reported per kind,
# e.g. how many anti-bias comments (safe) are mistaken for abuse.
COLD_FINE_GRAINED = {"0": "safe_other", "1": "attack_individual", "2": "attack_group", "3": "safe_anti_bias"}


def binary_spec(spec: str) -> tuple[str, int | None] | None:
    """``cold:PATH[#N]`` / ``offensive:PATH[#N]`` -> (PATH, N or None); None for any other spec."""
    for prefix in BINARY_PREFIXES:
        if spec.startswith(prefix):
            path, _, n = spec[len(prefix):].partition("#")
            return path, int(n) if n else None
    return None


def load_labelled(path: str) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: invalid JSON ({exc.msg})") from None
                rows.append({"text": obj["text"], "labels": obj.get("labels", []),
                             "subs": obj.get("subs", [])})
    return rows


def evaluate_rows(guard: Any, rows: Sequence[dict[str, Any]], batch_size: int = 64) -> dict[str, Any]:
    verdicts = guard.classify_batch([r["text"] for r in rows], batch_size=batch_size)
    return multilabel_report([r["labels"] for r in rows], [v.labels for v in verdicts],
                             [r.get("subs", []) for r in rows], [v.subs for v in verdicts])


def evaluate_cold(guard: Any, path: str, batch_size: int = 64) -> dict[str, Any]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
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
    guard = Guard(model_dir=args.model_dir, rules_only=args.rules_only, threads=args.threads)
    binary = binary_spec(args.file)
    if binary is not None:
        report = evaluate_cold(guard, binary[0])
        print(json.dumps(report, indent=2))
        return 0
    report = evaluate_rows(guard, load_labelled(args.file))
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _print_report(report)
    return 0
