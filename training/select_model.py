"""Score candidate model directories the way model choices are made: on writers the model never saw.

    python training/select_model.py DIR [DIR ...] [--caps 0.004 0.003 0.002] [--cold ../shared/datasets/cold]
                                    [--extra-calib FILE ...] [--check offensive:CSV ...]

For each exported model directory (``wxguard export`` output, n-gram blend included), the fused label scores
that ``classify`` compares with its thresholds are computed once on dev, calib and COLD dev. Then, for each
ok cap, calib is split in two fixed halves (seeded by line); thresholds are calibrated on dev + one half
(``wxguard.metrics.calibrate_thresholds``, precise rules counted as fired) and applied to the other half.
Reported: the cross-fold calib macro-F1 and ok-flagged rate over both halves' predictions, and the COLD dev
accuracy (offensive -> illegal_vulgar) with thresholds calibrated on dev + all of calib. Test is never read.
``--extra-calib``: labelled files of more writers the models never saw, calibrated on in every fold like dev
(they are not scored). ``--check``: files that no model trained or calibrated on, scored with the thresholds
calibrated on dev + all of calib: binary offensive CSVs in COLD's format (``offensive:PATH``: accuracy
of ``illegal_vulgar`` against ``label``, like COLD dev) or labelled JSON Lines (five-label macro-F1 and the
share of ok rows flagged).

The cross-fold ok-flagged rate comes with ``calib_crossfold_ok_flagged_upper95``, its one-sided 95% Wilson
upper bound: calib holds about 800 ok rows, so a point estimate of 1.4% is compatible with 2.1% on other
messages.

Prints one JSON object per model and cap; ``--out FILE`` also writes them as a JSON list.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from wxguard.evaluate import binary_spec
from wxguard.guard import Guard
from wxguard.metrics import calibrate_thresholds, multilabel_report, wilson_upper
from wxguard.taxonomy import LABELS
from wxguard.training.calibration import fired_labels, fused_scores
from wxguard.training.data import load_any

N = len(LABELS)


def _arrays(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    targets = np.array([r["targets"][:N] for r in rows], dtype=np.float32)
    mask = np.array([r["mask"][:N] for r in rows], dtype=np.float32)
    ok = (mask.min(axis=1) > 0) & (targets.max(axis=1) < 0.5)
    return targets, mask, ok


def _calibrate(parts: list[tuple[np.ndarray, np.ndarray, list[dict[str, Any]]]], cap: float) -> list[float]:
    scores = np.concatenate([p[0] for p in parts])
    forced = np.concatenate([p[1] for p in parts])
    targets, mask, ok = _arrays([r for p in parts for r in p[2]])
    return calibrate_thresholds(scores, targets, mask, ok_rows=ok, ok_cap=cap, forced=forced)


def _names(fired: np.ndarray) -> list[list[str]]:
    return [[LABELS[j] for j in range(N) if row[j]] for row in fired]


def evaluate(model_dir: str, data: Path, cold: Path | None, caps: list[float],
             extra: Sequence[str] = (), checks: Sequence[str] = ()) -> list[dict[str, Any]]:
    guard = Guard(model_dir=model_dir)
    dev = load_any(str(data / "dev.jsonl")) + [r for spec in extra for r in load_any(spec)]
    calib = load_any(str(data / "calib.jsonl"))
    s_dev, f_dev = fused_scores(guard, [r["text"] for r in dev])
    s_cal, f_cal = fused_scores(guard, [r["text"] for r in calib])
    half = np.array([random.Random(f"{i}:{r['text']}").random() < 0.5 for i, r in enumerate(calib)])
    checked = {"cold_dev": load_any(f"cold:{cold / 'dev.csv'}")} if cold else {}
    checked.update({spec: load_any(spec) for spec in checks})
    check_scores = {name: fused_scores(guard, [r["text"] for r in rows]) for name, rows in checked.items()}
    iv = LABELS.index("illegal_vulgar")
    results = []
    for cap in caps:
        fired = np.zeros((len(calib), N), dtype=bool)
        for side in (True, False):
            fit = half != side
            rows = [r for r, k in zip(calib, fit, strict=True) if k]
            th = _calibrate([(s_dev, f_dev, dev), (s_cal[fit], f_cal[fit], rows)], cap)
            fired[~fit] = fired_labels(s_cal[~fit], f_cal[~fit], th)
        targets, _, ok = _arrays(calib)
        report = multilabel_report(_names(targets > 0.5), _names(fired))
        flagged_ok = int(fired[ok].any(axis=1).sum())
        res = {"model": model_dir, "extra_calib": list(extra), "ok_cap": cap,
               "calib_crossfold_macro_f1": round(report["macro_f1"], 4),
               "calib_crossfold_ok_flagged": round(flagged_ok / max(1, int(ok.sum())), 4),
               "calib_crossfold_ok_flagged_upper95": round(wilson_upper(flagged_ok, int(ok.sum())), 4),
               "calib_crossfold_f1": {k: round(v["f1"], 4) for k, v in report["labels"].items()}}
        if checked:
            th = _calibrate([(s_dev, f_dev, dev), (s_cal, f_cal, calib)], cap)
            for name, rows in checked.items():
                fired_check = fired_labels(*check_scores[name], th)
                if name != "cold_dev" and binary_spec(name) is None:  # a labelled five-label file
                    c_targets, _, c_ok = _arrays(rows)
                    c_report = multilabel_report(_names(c_targets > 0.5), _names(fired_check))
                    res[f"check_macro_f1[{name}]"] = round(c_report["macro_f1"], 4)
                    res[f"check_ok_flagged[{name}]"] = round(float(fired_check[c_ok].any(axis=1).mean()), 4)
                    continue
                gold = np.array([r["targets"][iv] > 0.5 for r in rows])
                key = "cold_dev_accuracy" if name == "cold_dev" else f"check_accuracy[{name}]"
                res[key] = round(float((fired_check[:, iv] == gold).mean()), 4)
        results.append(res)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+", help="exported model directories")
    ap.add_argument("--data", default="data")
    ap.add_argument("--cold", default=None, help="COLD folder (dev.csv is used)")
    ap.add_argument("--caps", type=float, nargs="+", default=[0.004, 0.003, 0.002])
    ap.add_argument("--extra-calib", nargs="+", default=[], help="more calibration files (never scored)")
    ap.add_argument("--check", nargs="+", default=[],
                    help="held-out files to score: offensive:PATH (COLD's format) or labelled JSON Lines")
    ap.add_argument("--out", help="also write the results here as JSON")
    args = ap.parse_args(argv)
    everything = []
    for model_dir in args.models:
        cold = Path(args.cold) if args.cold else None
        for res in evaluate(model_dir, Path(args.data), cold, args.caps, args.extra_calib, args.check):
            print(json.dumps(res, ensure_ascii=False))
            sys.stdout.flush()
            everything.append(res)
    if args.out:
        Path(args.out).write_text(json.dumps(everything, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
