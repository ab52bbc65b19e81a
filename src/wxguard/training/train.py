"""``wxguard train``: fine-tune an encoder with multi-label heads for the labels and sub-categories.

The model is a Hugging Face encoder (default: the checkpoint written by ``wxguard import-base``), mean
pooling, dropout and one linear layer with ``len(LABELS) + len(SUB_LABELS)`` outputs, trained with
masked, class-weighted BCE. ``--num-layers K`` keeps the first K transformer layers (a fast student);
``--intermediate-size N`` narrows each layer's feed-forward block to its N most active neurons (faster still);
``--teacher DIR`` adds distillation towards a trained teacher's probabilities. Dev macro-F1 drives early
stopping; per-label thresholds are calibrated on dev under a cap on ok messages flagged.

Output directory: ``classifier.pt`` (best weights), ``encoder/`` (config + tokenizer), ``train_config.json``,
``metrics.json``, ``thresholds.json``, and ``checkpoint.pt`` for ``--resume``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn
from tqdm.auto import tqdm
from transformers import AutoConfig, AutoModel, AutoTokenizer

from ..evaluate import binary_spec
from ..metrics import calibrate_thresholds, multilabel_report, prf
from ..model import INPUT_NORMALIZATIONS, model_input
from ..taxonomy import LABELS, SUB_LABELS
from .data import OUTPUTS, load_all

__all__ = ["Classifier", "calibrate_on_dev", "load_classifier", "main", "predict_logits", "train"]

logger = logging.getLogger("wxguard.training")

IMPORT_BASE_DIR = str(Path.home() / ".cache" / "wxguard" / "e5-base")  # where 'wxguard import-base' writes
DEFAULT_BASE = os.environ.get("WXGUARD_BASE_MODEL", IMPORT_BASE_DIR)

# What a run directory holds once a run has finished; a new run into the same --out (without --resume)
# removes them first, so an interrupted run never leaves the previous run's thresholds and config next to
# its own weights.
RUN_OUTPUTS = ("train_config.json", "thresholds.json", "metrics.json", "classifier.pt", "checkpoint.pt")


class Classifier(nn.Module):
    """Encoder + masked mean pooling + linear head over ``OUTPUTS``."""

    def __init__(self, encoder: nn.Module, n_outputs: int = len(OUTPUTS), dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, n_outputs)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        extra = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **extra).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def _truncate(encoder: nn.Module, layers: Sequence[int]) -> None:
    """Keep only the given transformer layers (in order)."""
    keep = nn.ModuleList([encoder.encoder.layer[i] for i in layers])
    encoder.encoder.layer = keep
    encoder.config.num_hidden_layers = len(keep)


@torch.no_grad()
def _prune_ffn(encoder: nn.Module, size: int, token_ids: list[list[int]], pad: int) -> None:
    """Keep the ``size`` feed-forward neurons of each layer that matter most on ``token_ids``.

    Importance of neuron j = mean |activation_j| over the sample's real tokens x ||W_out[:, j]||: the size of
    what it adds to the residual stream. Rows of the up-projection, its bias and columns of the
    down-projection are sliced; the layer is otherwise unchanged, so fine-tuning starts from a close
    approximation of the wider layer.
    """
    layers = encoder.encoder.layer
    width = layers[0].intermediate.dense.out_features
    if not 0 < size <= width:
        raise SystemExit(f"--intermediate-size must be in 1..{width}, got {size}")
    if size == width:
        return
    sums = [torch.zeros(width) for _ in layers]
    count = 0
    mask_holder: list[torch.Tensor] = []  # the current batch's token mask, read by the hooks
    hooks = [layer.intermediate.register_forward_hook(
        lambda _m, _i, out, k=k: sums[k].add_(out.abs().mul(mask_holder[0]).sum((0, 1))))
        for k, layer in enumerate(layers)]
    encoder.eval()
    for b in range(0, len(token_ids), 64):
        input_ids, mask = _collate(token_ids[b:b + 64], pad)
        mask_holder[:] = [mask.unsqueeze(-1).float()]
        encoder(input_ids=input_ids, attention_mask=mask)
        count += int(mask.sum())
    for h in hooks:
        h.remove()
    for k, layer in enumerate(layers):
        up, down = layer.intermediate.dense, layer.output.dense
        score = sums[k] / max(count, 1) * down.weight.norm(dim=0)
        keep = torch.sort(torch.topk(score, size).indices).values
        new_up = nn.Linear(up.in_features, size)
        new_up.weight.copy_(up.weight[keep])
        new_up.bias.copy_(up.bias[keep])
        new_down = nn.Linear(size, down.out_features)
        new_down.weight.copy_(down.weight[:, keep])
        new_down.bias.copy_(down.bias)
        layer.intermediate.dense, layer.output.dense = new_up, new_down
    encoder.config.intermediate_size = size


def _shallower(state: dict[str, Any], num_layers: int) -> dict[str, Any]:
    """A trained run's weights for a student that keeps its first ``num_layers`` layers (``--init-from`` a
    deeper run): the weights of layers ``>= num_layers`` are dropped, everything else must match."""
    pattern = re.compile(r"\.encoder\.layer\.(\d+)\.")
    return {k: v for k, v in state.items()
            if not ((hit := pattern.search(k)) and int(hit.group(1)) >= num_layers)}


def _check_teacher(run_dir: Path, tokenizer: Any, input_normalization: str) -> None:
    """Distillation feeds the student's token ids to the teacher: both must read the same vocabulary and the
    same input text, or the soft targets are the teacher's answers to other messages."""
    try:
        cfg = json.loads((run_dir / "train_config.json").read_text("utf-8"))
        teacher_vocab = AutoTokenizer.from_pretrained(run_dir / "encoder").get_vocab()
    except (OSError, ValueError) as exc:
        raise SystemExit(f"--teacher {run_dir} is not a finished 'wxguard train' run: {exc}") from None
    if teacher_vocab != tokenizer.get_vocab():
        raise SystemExit(f"--teacher {run_dir} reads another vocabulary than the base model: train the "
                         f"student from the teacher's base model, e.g. --base-model {cfg.get('base_model')}")
    if cfg.get("input_normalization") != input_normalization:
        raise SystemExit(f"--teacher {run_dir} was trained with --input-normalization "
                         f"{cfg.get('input_normalization')}; train the student with the same")


def _teacher_probs(run_dir: Path, token_ids: list[list[int]], pad: int) -> np.ndarray:
    """The teacher's sigmoid outputs on ``token_ids``, cached in the teacher's directory as
    ``soft_targets_<hash of the token ids>.npy``: every student of one teacher on one corpus (seeds, recipes)
    needs the same targets, and a 12-layer teacher takes about 15 minutes on one CPU thread for 57k rows.
    A read-only teacher directory only loses the cache. The hash covers the teacher's ``classifier.pt`` and
    ``train_config.json`` too, so a teacher retrained in place gets new targets."""
    hasher = hashlib.sha256(json.dumps(token_ids, separators=(",", ":")).encode())
    for name in ("classifier.pt", "train_config.json"):
        try:
            with open(run_dir / name, "rb") as fh:
                while block := fh.read(1 << 20):
                    hasher.update(block)
        except OSError:  # a missing file: load_classifier below reports it
            hasher.update(b"missing")
    digest = hasher.hexdigest()[:16]
    cache = run_dir / f"soft_targets_{digest}.npy"
    if cache.exists():
        probs = np.load(cache)
        if probs.shape == (len(token_ids), len(OUTPUTS)):
            logger.info("teacher soft targets from %s", cache)
            return probs
    teacher, _, _ = load_classifier(run_dir)
    probs = torch.sigmoid(torch.from_numpy(predict_logits(teacher, token_ids, pad, desc="teacher"))).numpy()
    tmp = cache.with_name(f"{cache.stem}.{os.getpid()}.tmp.npy")
    try:
        np.save(tmp, probs.astype(np.float32))
        os.replace(tmp, cache)  # atomic: two students writing at once leave one whole file
    except OSError:
        tmp.unlink(missing_ok=True)
    return probs


def load_classifier(run_dir: str | Path) -> tuple[Classifier, Any, dict[str, Any]]:
    """A trained classifier, its tokenizer and its training config from a ``wxguard train`` output dir."""
    run_dir = Path(run_dir)
    if not (run_dir / "train_config.json").exists() or not (run_dir / "classifier.pt").exists():
        raise SystemExit(f"{run_dir} is not a finished 'wxguard train' run (no train_config.json or "
                         "classifier.pt; finish an interrupted run with 'wxguard train ... --resume')")
    cfg = json.loads((run_dir / "train_config.json").read_text("utf-8"))
    enc_config = AutoConfig.from_pretrained(run_dir / "encoder")
    encoder = AutoModel.from_config(enc_config, add_pooling_layer=False, attn_implementation="eager")
    model = Classifier(encoder)
    state = torch.load(run_dir / "classifier.pt", map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(run_dir / "encoder")
    return model, tokenizer, cfg


def _batches(lengths: list[int], batch_size: int, shuffle: bool, rng: random.Random) -> list[list[int]]:
    """Length-grouped batches: sort within shuffled pools of 50 batches so padding stays small."""
    idx = list(range(len(lengths)))
    if shuffle:
        rng.shuffle(idx)
    pool = batch_size * 50
    out = []
    for p in range(0, len(idx), pool):
        chunk = sorted(idx[p:p + pool], key=lambda i: lengths[i])
        out += [chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size)]
    if shuffle:
        rng.shuffle(out)
    return out


def _collate(ids: list[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(x) for x in ids)
    input_ids = torch.full((len(ids), width), pad, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for i, x in enumerate(ids):
        input_ids[i, :len(x)] = torch.tensor(x)
        mask[i, :len(x)] = 1
    return input_ids, mask


@torch.no_grad()
def predict_logits(model: Classifier, token_ids: list[list[int]], pad: int, batch_size: int = 64,
                   desc: str | None = None) -> np.ndarray:
    model.eval()
    out = np.zeros((len(token_ids), len(OUTPUTS)), dtype=np.float32)
    batches = _batches([len(x) for x in token_ids], batch_size, False, random.Random(0))
    for batch in tqdm(batches, desc=desc, disable=desc is None, leave=False):
        input_ids, mask = _collate([token_ids[i] for i in batch], pad)
        out[batch] = model(input_ids, mask).float().numpy()
    return out


def calibrate_on_dev(model: Classifier, dev_ids: list[list[int]], dev_y: np.ndarray, dev_m: np.ndarray,
                     pad: int, ok_cap: float, out: Path) -> tuple[np.ndarray, list[float]]:
    """Dev probabilities and per-output thresholds (best F1 with at most ``ok_cap`` of the ok dev rows flagged
    per label), the thresholds also written to ``out/thresholds.json``."""
    dev_probs = 1 / (1 + np.exp(-predict_logits(model, dev_ids, pad)))
    ok_rows = (dev_m[:, :len(LABELS)].all(axis=1)) & (dev_y[:, :len(LABELS)].sum(axis=1) == 0)
    thresholds = calibrate_thresholds(dev_probs, dev_y, dev_m, ok_rows=ok_rows, ok_cap=ok_cap)
    th = {"labels": dict(zip(LABELS, thresholds[:len(LABELS)], strict=True)),
          "subs": dict(zip(SUB_LABELS, thresholds[len(LABELS):], strict=True))}
    (out / "thresholds.json").write_text(json.dumps(th, indent=2), "utf-8")
    return dev_probs, thresholds


def _dev_report(probs: np.ndarray, targets: np.ndarray, thresholds: Sequence[float],
                mask: np.ndarray | None = None) -> dict[str, Any]:
    """The dev report at ``thresholds``. With ``mask`` (the rows' label masks), each label is scored only on
    the rows where it is supervised, and the ok-row figures (ok rows, ok flagged rate, confusion, exact
    match) count only rows with all five labels supervised, as ``calibrate_on_dev`` does."""
    n = len(LABELS)
    pred = probs[:, :n] >= np.asarray(thresholds[:n])
    pred[:, -1] &= ~pred[:, :-1].any(axis=1)  # off_topic is residual
    truth = targets[:, :n] > 0.5
    sup = np.ones_like(truth) if mask is None else mask[:, :n] > 0.5
    full = np.flatnonzero(sup.all(axis=1))
    true_labels = [[LABELS[j] for j in range(n) if truth[i, j]] for i in full]
    pred_labels = [[LABELS[j] for j in range(n) if pred[i, j]] for i in full]
    report = multilabel_report(true_labels, pred_labels)
    per_label = {lab: prf(truth[sup[:, j], j], pred[sup[:, j], j]) for j, lab in enumerate(LABELS)}
    report |= {"n": len(targets), "labels": per_label,
               "macro_f1": round(float(np.mean([v["f1"] for v in per_label.values()])), 4)}
    return report


def _data_hash(paths: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for spec in paths:
        binary = binary_spec(spec)
        path = binary[0] if binary else spec
        digest.update(spec.encode("utf-8"))
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def _base_model(name: str) -> str | Path:
    """``--base-model`` as a local directory, or a Hugging Face id. A name that looks like a local path (the
    default, or one with ``~``, ``.``, a leading ``/``, or a folder that exists here) but is not there is an
    error with the import-base hint, not a network lookup of the hub."""
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").exists():
            raise SystemExit(f"base model {path} has no config.json; run 'wxguard import-base {path}' first")
        return path
    parent = path.parent
    looks_local = (name == IMPORT_BASE_DIR or name.startswith(("/", ".", "~")) or "\\" in name
                   or name.count("/") > 1 or (str(parent) != "." and parent.is_dir()))
    if looks_local:
        raise SystemExit(f"base model {name} not found; run 'wxguard import-base {name}' first "
                         "(or give --base-model an existing directory or a Hugging Face model id)")
    return name


def train(args: argparse.Namespace) -> dict[str, Any]:
    if not 0.0 <= args.ema < 1.0:
        raise SystemExit(f"--ema must be a decay in [0, 1) (0 = off), got {args.ema}")
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    out = Path(args.out)
    ckpt = out / "checkpoint.pt"
    if args.resume and not ckpt.exists():
        raise SystemExit(f"--resume: {ckpt} not found (no run to continue in {out}); "
                         "leave out --resume to start a new run")
    base = _base_model(args.base_model)
    train_rows = load_all(args.train)
    dev_rows = load_all(args.dev)
    if args.limit:
        random.Random(args.seed).shuffle(train_rows)
        train_rows = train_rows[:args.limit]

    tokenizer = AutoTokenizer.from_pretrained(base)
    if args.teacher:
        _check_teacher(Path(args.teacher), tokenizer, args.input_normalization)
    encoder = AutoModel.from_pretrained(base, add_pooling_layer=False)
    if args.num_layers:
        total = encoder.config.num_hidden_layers
        layers = list(range(args.num_layers)) if args.layer_pick == "first" else \
            [round(i * (total - 1) / max(1, args.num_layers - 1)) for i in range(args.num_layers)]
        _truncate(encoder, layers)
    pad = tokenizer.pad_token_id or 0

    def tokenize(rows: list[dict[str, Any]]) -> list[list[int]]:
        texts = [model_input(r["text"], args.input_normalization) for r in rows]
        enc = tokenizer(texts, truncation=True, max_length=args.max_length)
        return enc["input_ids"]

    train_ids = tokenize(train_rows)
    dev_ids = tokenize(dev_rows)
    if args.intermediate_size:
        if args.init_from:
            raise SystemExit("--intermediate-size prunes the base model; not with --init-from")
        sample = random.Random(args.seed).sample(train_ids, min(len(train_ids), 2048))
        _prune_ffn(encoder, args.intermediate_size, sample, pad)
    model = Classifier(encoder, dropout=args.dropout)
    data_seed = args.seed if args.data_seed is None else args.data_seed
    # Same initialisation and pruning as --seed; the batch order and dropout follow the data seed (always
    # reseeded, so --data-seed N with N == --seed is the same run as leaving it out).
    torch.manual_seed(data_seed)
    if args.init_from:  # continue fine-tuning a finished run (same or deeper architecture)
        state = torch.load(Path(args.init_from) / "classifier.pt", map_location="cpu", weights_only=True)
        model.load_state_dict(_shallower(state, len(model.encoder.encoder.layer)))

    y = torch.tensor([r["targets"] for r in train_rows])
    m = torch.tensor([r["mask"] for r in train_rows])
    dev_y = np.array([r["targets"] for r in dev_rows], dtype=np.float32)
    dev_m = np.array([r["mask"] for r in dev_rows], dtype=np.float32)

    pos = (y * m).sum(0)
    neg = ((1 - y) * m).sum(0)
    pos_weight = torch.sqrt(neg / pos.clamp(min=1.0)).clamp(1.0, args.max_pos_weight)

    soft = None
    if args.teacher:
        soft = torch.from_numpy(_teacher_probs(Path(args.teacher), train_ids, pad)).float()

    rng = random.Random(data_seed)
    steps_per_epoch = math.ceil(len(train_rows) / args.batch_size)
    total_steps = args.max_steps or steps_per_epoch * args.epochs
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, int(0.06 * total_steps))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup))))
    state = {"step": 0, "epoch": 0, "best": -1.0, "bad_evals": 0, "history": []}
    # --ema: an exponential moving average of the weights (torch.optim.swa_utils) is what gets evaluated on
    # dev and saved; the optimiser still steps the raw weights.
    ema = (AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(args.ema)) if args.ema else None)
    scored = ema.module if ema is not None else model  # the weights evaluated on dev and saved
    out.mkdir(parents=True, exist_ok=True)
    if not args.resume:  # a new run: the previous run's results must not outlive an interruption of this one
        for name in RUN_OUTPUTS:
            (out / name).unlink(missing_ok=True)
    if args.resume:
        saved = torch.load(ckpt, map_location="cpu", weights_only=False)
        model.load_state_dict(saved["model"])
        if ema is not None:
            if saved.get("ema") is None:
                raise SystemExit(f"{ckpt} was written without --ema; resume with the same settings")
            ema.load_state_dict(saved["ema"])
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        state = saved["state"]
        # Replay the interrupted epoch: the batch order drawn at its start, less the batches already trained
        # on; and the dropout stream where it stopped. (Checkpoints of older versions lack both.)
        rng.setstate(state.get("epoch_rng", saved["rng"]))
        if saved.get("torch_rng") is not None:
            torch.set_rng_state(saved["torch_rng"])
        logger.info("resumed at step %d", state["step"])
        print(f"wxguard train: resumed {out} at step {state['step']}", file=sys.stderr)

    (out / "encoder").mkdir(exist_ok=True)
    encoder.config.save_pretrained(out / "encoder")
    tokenizer.save_pretrained(out / "encoder")
    eval_every = args.eval_every or steps_per_epoch
    bce = nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    bce_soft = nn.BCEWithLogitsLoss(reduction="none")

    def evaluate() -> float:
        logits = predict_logits(scored, dev_ids, pad)
        report = _dev_report(1 / (1 + np.exp(-logits)), dev_y, [0.5] * len(OUTPUTS), dev_m)
        return report["macro_f1"]

    def save_checkpoint() -> None:
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                    "scheduler": scheduler.state_dict(), "state": state, "rng": rng.getstate(),
                    "torch_rng": torch.get_rng_state(),
                    "ema": ema.state_dict() if ema is not None else None}, ckpt)

    started = time.time()
    bar = tqdm(total=total_steps, initial=state["step"], desc="train", unit="step")
    stop = False
    skip = state.get("epoch_pos", 0) if args.resume else 0
    while not stop and state["step"] < total_steps:
        model.train()
        state["epoch_rng"] = rng.getstate()  # this epoch's batch order can be drawn again on --resume
        state["epoch_pos"] = skip
        for batch in _batches([len(x) for x in train_ids], args.batch_size, True, rng)[skip:]:
            if state["step"] >= total_steps:
                break
            input_ids, attn = _collate([train_ids[i] for i in batch], pad)
            logits = model(input_ids, attn)
            mb = m[batch]
            loss = (bce(logits, y[batch]) * mb).sum() / mb.sum().clamp(min=1.0)
            if soft is not None:
                kd = bce_soft(logits, soft[batch]).mean()
                loss = args.distill_alpha * loss + (1 - args.distill_alpha) * kd
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            if ema is not None:
                ema.update_parameters(model)
            state["step"] += 1
            state["epoch_pos"] += 1
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.4f}")
            if state["step"] % eval_every == 0 or state["step"] == total_steps:
                f1 = evaluate()
                model.train()
                state["history"].append({"step": state["step"], "dev_macro_f1_at_0.5": f1,
                                         "elapsed_s": round(time.time() - started, 1)})
                if f1 > state["best"]:
                    state["best"] = f1
                    state["bad_evals"] = 0
                    torch.save(scored.state_dict(), out / "classifier.pt")
                elif state["best"] > 0:  # patience starts once the model has learned something
                    state["bad_evals"] += 1
                save_checkpoint()
                if state["bad_evals"] >= args.patience:
                    stop = True
                    break
        state["epoch"] += 1
        skip = 0
    bar.close()

    model.load_state_dict(torch.load(out / "classifier.pt", map_location="cpu", weights_only=True))
    dev_probs, thresholds = calibrate_on_dev(model, dev_ids, dev_y, dev_m, pad, args.ok_cap, out)
    dev_report = _dev_report(dev_probs, dev_y, thresholds, dev_m)
    cfg = {"base_model": str(args.base_model), "num_layers": encoder.config.num_hidden_layers,
           "intermediate_size": encoder.config.intermediate_size,
           "input_normalization": args.input_normalization,
           "max_length": args.max_length, "outputs": list(OUTPUTS), "train": list(args.train),
           "dev": list(args.dev), "teacher": args.teacher, "init_from": args.init_from, "seed": args.seed,
           "data_seed": data_seed,
           "lr": args.lr, "ema": args.ema,
           "batch_size": args.batch_size, "steps": state["step"],
           "training_data_sha256": _data_hash(list(args.train) + list(args.dev))}
    (out / "train_config.json").write_text(json.dumps(cfg, indent=2, ensure_ascii=False), "utf-8")
    metrics = {"dev": dev_report, "history": state["history"], "train_rows": len(train_rows),
               "dev_rows": len(dev_rows), "train_seconds": round(time.time() - started, 1)}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), "utf-8")
    return metrics


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wxguard train", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-model", default=DEFAULT_BASE,
                   help="HF model id or local dir "
                        "(default: the 'wxguard import-base' checkpoint, $WXGUARD_BASE_MODEL)")
    p.add_argument("--train", nargs="+", required=True,
                   help="training files: *.jsonl (wxguard format), *.csv (user), cold:PATH (COLD csv), "
                        "offensive:PATH (a csv in COLD's format)")
    p.add_argument("--dev", nargs="+", required=True, help="dev files (same formats)")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (overrides epochs)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--input-normalization", choices=INPUT_NORMALIZATIONS, default="wxguard",
                   help="what the model reads: the wxguard-normalised text (default, as at run time) "
                        "or raw text")
    p.add_argument("--num-layers", type=int, default=0, help="keep this many transformer layers (0 = all)")
    p.add_argument("--intermediate-size", type=int, default=0,
                   help="prune each layer's feed-forward block to this many neurons, the most active on a "
                        "sample of the training text (0 = keep all; a faster, narrower student)")
    p.add_argument("--layer-pick", choices=("first", "spread"), default="first")
    p.add_argument("--teacher", help="a trained run directory to distil from (its soft targets are cached "
                                     "there)")
    p.add_argument("--init-from", help="start from the weights of a trained run directory (same depth, "
                                       "or a deeper run whose first --num-layers layers are kept)")
    p.add_argument("--distill-alpha", type=float, default=0.5, help="weight of the hard-label loss")
    p.add_argument("--max-pos-weight", type=float, default=5.0)
    p.add_argument("--eval-every", type=int, default=0, help="steps between dev evaluations (0 = per epoch)")
    p.add_argument("--patience", type=int, default=2)
    p.add_argument("--ok-cap", type=float, default=0.004, help="max share of ok dev rows flagged per label")
    p.add_argument("--limit", type=int, default=0, help="use at most this many training rows")
    p.add_argument("--ema", type=float, default=0.0,
                   help="evaluate and save an exponential moving average of the weights with this decay "
                        "(e.g. 0.999; 0 = off)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--data-seed", type=int, default=None,
                   help="seed of the batch order and dropout only (default: --seed); runs that share "
                        "--seed and differ here start from identical weights (head, pruned neurons), so "
                        "their weights can be averaged (python -m wxguard.training.soup). The dropout "
                        "stream is reseeded with it even when it is left out, so a run reproduces only "
                        "runs of this version, not older runs bit for bit")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--resume", action="store_true", help="continue from OUT/checkpoint.pt")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    metrics = train(args)
    dev = metrics["dev"]
    print(json.dumps({"out": args.out, "dev_macro_f1": dev["macro_f1"],
                      "dev_ok_flagged_rate": dev["ok_flagged_rate"],
                      "per_label_f1": {k: v["f1"] for k, v in dev["labels"].items()}}, indent=2))
    return 0
