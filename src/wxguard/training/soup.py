"""Average the weights of several ``wxguard train`` runs into one run directory (a uniform "model soup").

    python -m wxguard.training.soup RUN RUN [RUN ...] --out DIR [--dev FILE ...] [--ok-cap 0.004]

Weight averaging only makes sense for runs that start from identical weights: the same base model, depth,
vocabulary and ``--seed`` (which fixes the head's initialisation and, with ``--intermediate-size``, which
feed-forward neurons are kept), differing in ``--data-seed`` (batch order and dropout). Runs with different
``--seed`` are refused: their pruned neurons sit in different positions and their heads start elsewhere (a
soup of two such runs lost 4 points of dev macro-F1 here; ``training/README.md``, round 16b).

The output is a run directory that ``wxguard export`` reads: ``classifier.pt`` (every tensor the mean of
the runs'), the first run's ``encoder/``, ``thresholds.json`` re-calibrated on ``--dev`` the way ``wxguard
train`` does (default: the first run's own dev files), ``metrics.json`` (dev report) and
``train_config.json`` (the first run's, with ``soup_of``).
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ..model import model_input
from .data import load_all
from .train import _dev_report, calibrate_on_dev, load_classifier

# train_config.json keys that must agree for the runs' weights to be averaged
SAME = ("base_model", "num_layers", "intermediate_size", "input_normalization", "max_length", "outputs",
        "seed")


def average_states(states: Sequence[dict[str, torch.Tensor]]) -> dict[str, torch.Tensor]:
    """The element-wise mean of state dicts with the same keys and shapes (integer tensors: the first's)."""
    keys = list(states[0])
    for k, s in enumerate(states[1:], 2):
        if list(s) != keys:
            raise SystemExit(f"run {k} has other weights than run 1 (keys differ)")
        for name in keys:
            if s[name].shape != states[0][name].shape:
                raise SystemExit(f"run {k}: {name} has shape {tuple(s[name].shape)}, run 1 "
                                 f"{tuple(states[0][name].shape)}")
    return {name: (torch.stack([s[name].float() for s in states]).mean(0).to(states[0][name].dtype)
                   if states[0][name].is_floating_point() else states[0][name]) for name in keys}


def soup(runs: Sequence[str | Path], out: str | Path, dev: Sequence[str] | None = None,
         ok_cap: float = 0.004) -> dict[str, Any]:
    """Average ``runs`` into ``out``, thresholds calibrated on ``dev`` (default: the first run's dev files).
    Everything is read and checked before anything is written."""
    runs = [Path(r) for r in runs]
    if len(runs) < 2:
        raise SystemExit("a soup needs at least two runs")
    configs = [json.loads((r / "train_config.json").read_text("utf-8")) for r in runs]
    for run, cfg in zip(runs[1:], configs[1:], strict=True):
        for key in SAME:
            if cfg.get(key) != configs[0].get(key):
                raise SystemExit(f"{run}: {key} = {cfg.get(key)!r}, {runs[0]}: {configs[0].get(key)!r}; "
                                 "only runs that share these (and differ in --data-seed) can be averaged")
    states = [torch.load(r / "classifier.pt", map_location="cpu", weights_only=True) for r in runs]
    averaged = average_states(states)
    dev = list(configs[0].get("dev") or []) if dev is None else list(dev)
    if not dev:
        raise SystemExit(f"{runs[0]}/train_config.json names no dev files; give --dev")
    rows = load_all(dev)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if (out / "encoder").exists():
        shutil.rmtree(out / "encoder")
    shutil.copytree(runs[0] / "encoder", out / "encoder")
    torch.save(averaged, out / "classifier.pt")
    cfg = {**configs[0], "soup_of": [str(r) for r in runs],
           "data_seed": [c.get("data_seed", c.get("seed")) for c in configs]}
    (out / "train_config.json").write_text(json.dumps(cfg, indent=2), "utf-8")

    model, tokenizer, _ = load_classifier(out)
    ids = tokenizer([model_input(r["text"], cfg["input_normalization"]) for r in rows], truncation=True,
                    max_length=cfg["max_length"])["input_ids"]
    y = np.array([r["targets"] for r in rows], dtype=np.float32)
    m = np.array([r["mask"] for r in rows], dtype=np.float32)
    probs, th = calibrate_on_dev(model, ids, y, m, tokenizer.pad_token_id or 0, ok_cap, out)
    metrics = {"dev": _dev_report(probs, y, th, m),
               "dev_macro_f1_at_0.5": _dev_report(probs, y, [0.5] * len(th), m)["macro_f1"],
               "soup_of": cfg["soup_of"], "dev_files": list(dev), "dev_rows": len(rows)}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2), "utf-8")
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+",
                    help="wxguard train output directories (same --seed, other --data-seed)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--dev", nargs="+", default=None,
                    help="files to re-calibrate thresholds on (default: the first run's --dev files, from "
                         "its train_config.json)")
    ap.add_argument("--ok-cap", type=float, default=0.004)
    args = ap.parse_args(argv)
    metrics = soup(args.runs, args.out, args.dev, args.ok_cap)
    print(json.dumps({"out": args.out, "dev_macro_f1_at_0.5": metrics["dev_macro_f1_at_0.5"],
                      "dev_macro_f1_calibrated": metrics["dev"]["macro_f1"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
