"""Accuracy, side by side: rules only, TF-IDF + LR, model only and the fused pipeline, per label, on the
test split and on COLD test; robustness: recall per label on the same test lines after programmatic
obfuscation.

    python benchmarks/accuracy.py [--model-dir DIR] [--data data] [--cold ../shared/datasets/cold]
                                  [--seed 7] [--limit N] [--out accuracy]

- rules only: ``Guard(rules_only=True)``; fused: ``Guard(model_dir=DIR)``;
- model only: ``OnnxClassifier(DIR).predict`` with the model's calibrated per-label thresholds from its
  config.json, off_topic only when nothing else fires;
- TF-IDF + LR: training/baseline_tfidf.py's pipeline (fitted once on train + 8,000 COLD train rows when
  COLD is present, then cached), threshold 0.5, off_topic residual;
- TF-IDF + LR, calibrated: the same fitted baseline with per-label thresholds calibrated like the shipped
  model's (``wxguard.metrics.calibrate_thresholds`` on DATA/dev.jsonl + DATA/calib.jsonl, at the ok cap in the
  model's config.json), so that both are compared at the same false-alarm budget;
- COLD test: ``offensive`` must get ``illegal_vulgar``, ``safe`` must not (accuracy, offensive P/R/F1);
- obfuscation: every test line with a label gets ``wxguard.training.augment.obfuscate`` (seeded per line);
  lines the augmenter leaves unchanged are dropped; recall per label before and after on those lines.

Writes benchmarks/results/accuracy.json, accuracy.png and robustness.png; prints markdown tables.
"""

# ruff: noqa: I001  (_common is imported first on purpose)
from __future__ import annotations

import _common as C  # first: pins thread pools before numpy loads

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from wxguard.metrics import multilabel_report, prf
from wxguard.taxonomy import LABELS

SYSTEMS = {"rules": "rules only", "tfidf": "TF-IDF + LR", "tfidf_cal": "TF-IDF + LR, calibrated",
           "model": "model only", "fused": "fused (wxguard)"}
_SHORT = {
    "confidential": "secret",
    "privacy": "privacy",
    "illegal_vulgar": "illegal",
    "advertising": "ads",
    "off_topic": "off-topic",
}
Predict = Callable[[list[str]], list[list[str]]]


def _systems(
    args: argparse.Namespace, cold: str | None, skipped: dict[str, str], notes: list[str]
) -> dict[str, Predict]:
    from wxguard import Guard

    out: dict[str, Predict] = {}
    rules = Guard(rules_only=True)
    out["rules"] = lambda texts: [list(v.labels) for v in rules.classify_batch(texts)]
    tfidf, info = C.tfidf_baseline(args.data, cold)
    notes.append(
        f"TF-IDF + LR trained on {info['train_rows']} rows{' (train + COLD sample)' if cold else ''}"
        + (", loaded from cache" if info["cached"] else f", fitted in {info['fit_s']} s")
    )
    out["tfidf"] = tfidf.predict
    problem = C.model_dir_problem(args.model_dir)
    if problem:
        skipped["model"] = skipped["fused"] = skipped["tfidf_cal"] = problem
        return out
    from wxguard.model import OnnxClassifier

    clf = OnnxClassifier(args.model_dir, threads=args.threads)
    cap = float(clf.config.extra.get("calibration", {}).get("ok_cap", 0.004))
    tfidf_th = _calibrated_thresholds(tfidf, args.data, cap)
    out["tfidf_cal"] = lambda texts: _threshold_labels(tfidf.predict_proba(texts), tfidf_th)
    notes.append(f"TF-IDF + LR, calibrated: ok cap {cap} on dev + calib, thresholds "
                 f"{dict(zip(LABELS, (round(t, 3) for t in tfidf_th), strict=True))}")
    thresholds = dict(clf.config.thresholds)
    _, batch = C.classifier_fns(clf)
    out["model"] = lambda texts: C.model_labels(batch(texts), thresholds)
    fused = Guard(model_dir=args.model_dir, threads=args.threads)
    out["fused"] = lambda texts: [list(v.labels) for v in fused.classify_batch(texts)]
    notes.append(
        f"model {args.model_dir}: version {clf.config.version}, "
        f"{clf.config.extra.get('num_layers')} layers, input normalisation "
        f"{getattr(clf, 'input_normalization', 'none')}, thresholds {thresholds}"
    )
    return out


def _calibrated_thresholds(tfidf: Any, data: str, cap: float) -> list[float]:
    """Per-label thresholds for the TF-IDF baseline, calibrated as ``wxguard export --calibrate`` does."""
    from wxguard.metrics import calibrate_thresholds
    from wxguard.training.data import load_any

    rows = load_any(str(Path(data) / "dev.jsonl")) + load_any(str(Path(data) / "calib.jsonl"))
    n = len(LABELS)
    targets = np.array([r["targets"][:n] for r in rows], dtype=np.float32)
    mask = np.array([r["mask"][:n] for r in rows], dtype=np.float32)
    ok = (mask.min(axis=1) > 0) & (targets.max(axis=1) < 0.5)
    probs = tfidf.predict_proba([r["text"] for r in rows])
    return calibrate_thresholds(probs, targets, mask, ok_rows=ok, ok_cap=cap)


def _threshold_labels(probs: np.ndarray, thresholds: list[float]) -> list[list[str]]:
    """Labels over their thresholds; ``off_topic`` only when nothing else fires (the baseline's rule)."""
    out = []
    for row in probs:
        labels = [lab for lab, p, t in zip(LABELS, row, thresholds, strict=True) if p >= t]
        if len(labels) > 1 and "off_topic" in labels:
            labels.remove("off_topic")
        out.append(labels)
    return out


def _cold_report(pred: list[list[str]], gold: list[int]) -> dict[str, Any]:
    p = np.array(["illegal_vulgar" in row for row in pred])
    g = np.array(gold, dtype=bool)
    return {"n": len(gold), "accuracy": round(float((p == g).mean()), 4), "offensive": prf(g, p)}


def _obfuscated(test: list[dict[str, Any]], seed: int) -> list[tuple[int, str, list[str]]]:
    from wxguard.training.augment import obfuscate

    out = []
    for i, row in enumerate(test):
        if not row["labels"]:
            continue
        text, ops = obfuscate(row["text"], random.Random(seed * 1_000_003 + i))
        if text != row["text"]:
            out.append((i, text, ops))
    return out


def _recall(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    out = {}
    for lab in LABELS:
        t = np.array([lab in g for g in gold])
        p = np.array([lab in q for q in pred])
        if t.any():
            out[lab] = {"recall": round(float((t & p).sum() / t.sum()), 4), "support": int(t.sum())}
    return out


def _plot(res: dict[str, Any], path_acc: Path, path_rob: Path) -> None:
    plt = C.pyplot()
    names = [s for s in SYSTEMS if s in res["test"]]
    x = np.arange(len(LABELS) + 1)
    w = 0.8 / max(1, len(names))
    fig, ax = plt.subplots(figsize=(10, 4.2))
    for k, s in enumerate(names):
        rep = res["test"][s]
        vals = [rep["labels"][lab]["f1"] for lab in LABELS] + [rep["macro_f1"]]
        ax.bar(x + (k - (len(names) - 1) / 2) * w, vals, w, label=SYSTEMS[s])
    ax.set_xticks(x, [*LABELS, "macro-F1"], fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel("F1 on test")
    cold = res.get("cold", {})
    extra = "; ".join(f"{SYSTEMS[s]} {cold[s]['accuracy']:.3f}" for s in names if s in cold)
    ax.set_title(
        f"Per-label F1 on the test split (n={res['test_n']})"
        + (f"\nCOLD test accuracy: {extra}" if extra else ""),
        fontsize=9,
    )
    ax.legend(fontsize=8, ncol=len(names), loc="upper center", bbox_to_anchor=(0.5, -0.1), frameon=False)
    fig.tight_layout()
    fig.savefig(path_acc, dpi=120)
    plt.close(fig)

    rob = res.get("robustness", {}).get("systems", {})
    if not rob:
        return
    labs = [lab for lab in LABELS if any(lab in rob[s]["before"] for s in rob)]
    fig, axes = plt.subplots(1, len(rob), figsize=(3.4 * len(rob), 3.6), sharey=True, squeeze=False)
    for ax, s in zip(axes[0], [s for s in SYSTEMS if s in rob], strict=True):
        before = [rob[s]["before"].get(lab, {}).get("recall", 0) for lab in labs]
        after = [rob[s]["after"].get(lab, {}).get("recall", 0) for lab in labs]
        xi = np.arange(len(labs))
        ax.bar(xi - 0.2, before, 0.4, label="original")
        ax.bar(xi + 0.2, after, 0.4, label="obfuscated")
        ax.set_xticks(xi, [_SHORT[lab] for lab in labs], fontsize=8)
        ax.set_title(SYSTEMS[s], fontsize=9)
        ax.set_ylim(0, 1)
    axes[0][0].set_ylabel("recall")
    handles, names_ = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, names_, fontsize=8, loc="upper right", ncol=2, frameon=False)
    fig.suptitle(
        f"Recall on {res['robustness']['n']} violating test lines, original vs programmatically obfuscated",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(path_rob, dpi=120)
    plt.close(fig)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-dir", default=str(C.DEFAULT_MODEL_DIR), help="exported int8 model directory")
    ap.add_argument("--data", default=str(C.ROOT / "data"), help="corpus folder (train.jsonl, test.jsonl)")
    ap.add_argument("--test", help="labelled JSONL to score (default: DATA/test.jsonl)")
    ap.add_argument("--cold", default=str(C.DEFAULT_COLD), help="COLD folder ('' = skip COLD)")
    ap.add_argument("--seed", type=int, default=7, help="obfuscation seed")
    ap.add_argument(
        "--threads", type=int, default=2, help="onnxruntime threads (accuracy does not depend on it)"
    )
    ap.add_argument("--limit", type=int, default=0, help="smoke run: sample this many test and COLD rows")
    ap.add_argument("--out", default="accuracy", help="result name under benchmarks/results/")
    args = ap.parse_args()
    started = time.perf_counter()
    cold = args.cold if args.cold and Path(args.cold, "test.csv").exists() else None
    skipped: dict[str, str] = {}
    notes: list[str] = []
    if args.cold and not cold:
        skipped["cold"] = f"no COLD test at {args.cold}"
    test = C.load_jsonl(args.test or Path(args.data) / "test.jsonl")
    cold_rows = C.load_cold_test(cold) if cold else []
    if args.limit:
        test = random.Random(0).sample(test, min(args.limit, len(test)))
        cold_rows = random.Random(0).sample(cold_rows, min(args.limit, len(cold_rows)))
    obf = _obfuscated(test, args.seed)
    systems = _systems(args, cold, skipped, notes)
    gold = [r["labels"] for r in test]
    res: dict[str, Any] = {
        **C.stamp(),
        "test_n": len(test),
        "paths": {"model_dir": args.model_dir, "cold": cold, "test": str(args.test or "data/test.jsonl")},
        "test": {},
        "cold": {},
        "robustness": {"n": len(obf), "seed": args.seed, "systems": {}},
        "skipped": skipped,
        "notes": notes,
        "seconds_per_system": {},
    }
    ops_count: dict[str, int] = {}
    for _, _, ops in obf:
        for op in ops:
            ops_count[op] = ops_count.get(op, 0) + 1
    res["robustness"]["operations"] = dict(sorted(ops_count.items()))
    for name, predict in systems.items():
        print(f"[accuracy] {name} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        pred = predict([r["text"] for r in test])
        rep = multilabel_report(gold, pred)
        res["test"][name] = {k: rep[k] for k in ("macro_f1", "ok_flagged_rate", "exact_match", "labels")}
        if cold_rows:
            res["cold"][name] = _cold_report(predict([t for t, _ in cold_rows]), [y for _, y in cold_rows])
        if obf:
            after = predict([t for _, t, _ in obf])
            before = [pred[i] for i, _, _ in obf]
            g = [gold[i] for i, _, _ in obf]
            rb, ra = _recall(g, before), _recall(g, after)
            res["robustness"]["systems"][name] = {
                "before": rb,
                "after": ra,
                "drop": {lab: round(rb[lab]["recall"] - ra[lab]["recall"], 4) for lab in rb},
                "any_label_recall_before": round(
                    float(np.mean([bool(set(x) & set(y)) for x, y in zip(g, before, strict=True)])), 4
                ),
                "any_label_recall_after": round(
                    float(np.mean([bool(set(x) & set(y)) for x, y in zip(g, after, strict=True)])), 4
                ),
            }
        res["seconds_per_system"][name] = round(time.perf_counter() - t0, 1)
    notes.append(
        "obfuscation uses the same augmenter whose variants are in train (35% of violating train "
        "lines): this measures robustness to known tricks, not to new ones"
    )
    res["seconds"] = round(time.perf_counter() - started, 1)
    C.write_result(args.out, res)
    _plot(
        res,
        C.RESULTS / f"{args.out}.png",
        C.RESULTS / "robustness.png" if args.out == "accuracy" else C.RESULTS / f"{args.out}_robustness.png",
    )

    names = list(res["test"])
    rows = []
    for lab in LABELS:
        rows.append(
            [lab]
            + [
                f"{res['test'][s]['labels'][lab]['precision']:.3f} / "
                f"{res['test'][s]['labels'][lab]['recall']:.3f} / "
                f"**{res['test'][s]['labels'][lab]['f1']:.3f}**"
                for s in names
            ]
        )
    rows.append(["macro-F1"] + [f"**{res['test'][s]['macro_f1']:.3f}**" for s in names])
    rows.append(["ok messages flagged"] + [f"{res['test'][s]['ok_flagged_rate']:.2%}" for s in names])
    if res["cold"]:
        rows.append(
            ["COLD test accuracy"]
            + [f"{res['cold'][s]['accuracy']:.3f}" if s in res["cold"] else "–" for s in names]
        )
    print(f"Test split, n={len(test)}: precision / recall / F1\n")
    print(C.md_table(["label", *[SYSTEMS[s] for s in names]], rows))
    rob = res["robustness"]["systems"]
    if rob:
        print(f"\nRecall on {len(obf)} violating test lines, original -> obfuscated (drop)\n")
        rrows = []
        for lab in LABELS:
            if not any(lab in rob[s]["before"] for s in rob):
                continue
            rrows.append(
                [f"{lab} (n={rob[names[0]]['before'][lab]['support']})"]
                + [
                    f"{rob[s]['before'][lab]['recall']:.3f} -> {rob[s]['after'][lab]['recall']:.3f} "
                    f"({0.0 - rob[s]['drop'][lab]:+.3f})"
                    for s in names
                ]
            )
        print(C.md_table(["label", *[SYSTEMS[s] for s in names]], rrows))
    for k, v in skipped.items():
        print(f"- skipped {k}: {v}")
    for n in notes:
        print(f"- {n}")
    print(f"\n(wrote {C.RESULTS / (args.out + '.json')}, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
