"""Write the training rows a model gets wrong, for "just train twice" (Liu et al., 2021, JTT).

JTT: train once, collect the training rows the first model misclassifies, and train again with those rows
up-weighted (here: listed several times in ``wxguard train --train``). It improves the worst-off kind of row
without knowing which kind it is, e.g. COLD's safe comments that discuss a group, which a model trained on the
plain mix mistakes for attacks.

    python training/hard_examples.py --model-dir /work/runs/exp_r16a_w0.3 \\
        cold:../shared/datasets/cold/train.csv --out /work/runs/cold_train_errors.csv

The input is a COLD-format CSV (``cold:PATH`` / ``offensive:PATH``: a row is wrong when ``illegal_vulgar`` is
flagged on a safe row or missed on an offensive one; the output is a COLD-format CSV, ``TEXT,label``) or a
wxguard JSONL (wrong when the flagged label set differs from the gold one; the output is JSONL). Only counts
are printed, never a message. Files derived from COLD stay outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence

from wxguard import Guard
from wxguard.evaluate import binary_spec, load_binary, load_labelled


def misclassified(guard: Guard, spec: str, batch_size: int = 64) -> tuple[list[dict], int, str]:
    """(wrong rows, rows read, output kind "csv" or "jsonl")."""
    binary = binary_spec(spec)
    if binary is not None:
        rows = [{"TEXT": r["TEXT"], "label": int(r["label"])} for r in load_binary(binary[0])]
        verdicts = guard.classify_batch([r["TEXT"] for r in rows], batch_size=batch_size)
        wrong = [r for r, v in zip(rows, verdicts, strict=True)
                 if ("illegal_vulgar" in v.labels) != bool(r["label"])]
        return wrong, len(rows), "csv"
    rows = load_labelled(spec)
    verdicts = guard.classify_batch([r["text"] for r in rows], batch_size=batch_size)
    wrong = [r for r, v in zip(rows, verdicts, strict=True) if set(v.labels) != set(r["labels"])]
    return wrong, len(rows), "jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="cold:PATH, offensive:PATH or a wxguard JSONL file")
    ap.add_argument("--out", required=True, help="output file (CSV for COLD-format input, JSONL otherwise)")
    ap.add_argument("--model-dir", default=None, help="model directory (default: the bundled model)")
    args = ap.parse_args(argv)
    guard = Guard(model_dir=args.model_dir)
    wrong, n, kind = misclassified(guard, args.data)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        if kind == "csv":
            writer = csv.DictWriter(fh, fieldnames=["TEXT", "label"])
            writer.writeheader()
            writer.writerows(wrong)
        else:
            for r in wrong:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if kind == "csv":
        fp = sum(1 for r in wrong if not r["label"])
        print(f"{len(wrong)} of {n} rows wrong ({fp} safe rows flagged, {len(wrong) - fp} offensive rows"
              f" missed) -> {args.out}", file=sys.stderr)
    else:
        print(f"{len(wrong)} of {n} rows wrong -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
