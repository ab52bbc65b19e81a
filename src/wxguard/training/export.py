"""``wxguard export``: a trained run -> ONNX (opset 17, dynamic batch and length) -> int8 -> model directory.

Steps: TorchScript-based ONNX export of the classifier (inputs ``input_ids``, ``attention_mask``; output
``logits``), onnxruntime's BERT graph fusions, dynamic int8 quantisation of the weights
(``onnxruntime.quantization.quantize_dynamic``), then a parity check of int8 against fp32 on dev messages
(label agreement must reach ``--min-agreement``). The model directory gets ``model.onnx``, ``tokenizer.json``
and ``config.json`` (labels, thresholds, max length, version, training-data hash, metrics).

Optional: ``--ngram FILE --ngram-weight W`` adds a character n-gram model (``wxguard fit-ngram``) that the
top-level probabilities are blended with; ``--calibrate FILES`` re-calibrates the five label thresholds on
those labelled files, on the scores ``classify`` actually compares with them (int8 model, blend, rules),
maximising F1 per label while flagging at most ``--ok-cap`` of the ok messages per label. Without it the
thresholds are the run's (calibrated on its dev set in fp32).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ..evaluate import binary_spec
from ..ngram import NgramModel
from ..taxonomy import GUIDELINE_VERSION, LABELS, SUB_LABELS
from .data import load_any
from .train import load_classifier

__all__ = ["ExportParityError", "export", "main"]

OPSET = 17


class ExportParityError(RuntimeError):
    """The int8 model's labels disagree with the fp32 model's on too many dev messages."""


class _Logits(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        # Explicit zero segment ids (what a BERT-style encoder assumes when given none): left to the encoder,
        # the traced graph rebuilds them from a buffer with about 15 shape / gather / expand nodes, run on
        # every call. Encoders without segment embeddings get none.
        segments = getattr(self.model.encoder.config, "type_vocab_size", 0)
        return self.model(input_ids, attention_mask, torch.zeros_like(input_ids) if segments else None)


def _to_onnx(model: torch.nn.Module, path: Path) -> None:
    top = model.encoder.config.vocab_size - 1
    ids = torch.tensor([[0, top // 3, top // 2, top, 2], [0, top // 3, 2, 1, 1]], dtype=torch.long)
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.long)
    torch.onnx.export(
        _Logits(model).eval(), (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
        output_names=["logits"], opset_version=OPSET, dynamo=False, do_constant_folding=True,
        dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                      "logits": {0: "batch"}})


def _optimize(src: Path, dst: Path, num_heads: int, hidden: int) -> None:
    """onnxruntime's BERT fusions (attention, embedding layer norm, GELU), without SkipLayerNormalization
    (slower than Add + LayerNormalization on CPU: ``wxguard.model.SLOW_FUSIONS``); falls back to a copy if
    they do not apply."""
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    options = FusionOptions("bert")
    options.enable_skip_layer_norm = False
    try:
        opt = optimize_model(str(src), model_type="bert", num_heads=num_heads, hidden_size=hidden,
                             opt_level=1, optimization_options=options)
        opt.save_model_to_file(str(dst))
    except Exception:  # the fusion pass is best-effort; the unfused graph is still correct
        shutil.copyfile(src, dst)


def _quantize(src: Path, dst: Path, keep_fp32: Sequence[str] = ()) -> list[str]:
    """Dynamic int8 quantisation; nodes whose name contains one of ``keep_fp32`` stay fp32 (returned)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    nodes = onnx.load(str(src), load_external_data=False).graph.node
    excluded = sorted({n.name for n in nodes for part in keep_fp32 if part in n.name})
    missing = [part for part in keep_fp32 if not any(part in n.name for n in nodes)]
    if missing:
        raise ValueError(f"--keep-fp32 {missing} match no node of the graph")
    # The quantiser first rewrites a Gemm as MatMul + Add, named after it; exclude those too.
    gemms = {n.name for n in nodes if n.op_type == "Gemm"}
    names = excluded + [f"{n}_{op}" for n in excluded if n in gemms for op in ("MatMul", "Add")]
    # Fused ORT operators have no ONNX shape inference; their outputs are float tensors.
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True,
                     nodes_to_exclude=names,
                     extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT})
    return excluded


def _write_model_dir(out: Path, onnx_path: Path, run_dir: Path, cfg: dict[str, Any],
                     extra: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(onnx_path, out / "model.onnx")
    shutil.copyfile(run_dir / "encoder" / "tokenizer.json", out / "tokenizer.json")
    th = json.loads((run_dir / "thresholds.json").read_text("utf-8"))
    metrics = json.loads((run_dir / "metrics.json").read_text("utf-8"))
    config = {
        "format": "wxguard-model/1",
        "version": extra.pop("version"),
        "guideline_version": GUIDELINE_VERSION,
        "labels": list(LABELS),
        "sub_labels": list(SUB_LABELS),
        "thresholds": th["labels"],
        "sub_thresholds": th["subs"],
        "max_length": cfg["max_length"],
        "window_stride": max(16, (cfg["max_length"] - 2) * 3 // 4),
        "num_layers": cfg["num_layers"],
        "special_ids": cfg["special_ids"],
        "input_normalization": cfg.get("input_normalization", "none"),
        "base_model": cfg["base_model"],
        "training_data_sha256": cfg["training_data_sha256"],
        "metrics": {"dev": {k: metrics["dev"][k] for k in ("macro_f1", "ok_flagged_rate", "labels")},
                    **extra.pop("metrics", {})},
        **extra,
    }
    (out / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", "utf-8")


def _labels_agreement(a: np.ndarray, b: np.ndarray, thresholds: np.ndarray) -> float:
    return float(((a >= thresholds) == (b >= thresholds)).all(axis=1).mean())


def _calibrate(model_dir: Path, specs: Sequence[str],
               ok_cap: float) -> tuple[dict[str, float], dict[str, Any]]:
    """Label thresholds maximising F1 on ``specs`` under ``ok_cap``, on the fused scores of ``classify``."""
    from ..guard import Guard
    from ..metrics import calibrate_thresholds
    from .calibration import fused_scores

    rows = [r for spec in specs for r in load_any(spec)]
    if not rows:
        raise ValueError("--calibrate files hold no rows")
    scores, forced = fused_scores(Guard(model_dir=model_dir), [r["text"] for r in rows])
    targets = np.array([r["targets"][: len(LABELS)] for r in rows])
    mask = np.array([r["mask"][: len(LABELS)] for r in rows])
    ok_rows = (mask.min(axis=1) > 0) & (targets.max(axis=1) < 0.5)
    th = calibrate_thresholds(scores, targets, mask, ok_rows=ok_rows, ok_cap=ok_cap, forced=forced)
    blend = " + n-gram blend" if (model_dir / "ngram.npz").exists() else ""
    info = {"files": list(specs), "rows": len(rows), "ok_rows": int(ok_rows.sum()), "ok_cap": ok_cap,
            "on": f"fused scores (rules + int8 model{blend})"}
    return dict(zip(LABELS, th, strict=True)), info


def _check_inputs(dev: Sequence[str], calibrate: Sequence[str], ngram: str | Path | None) -> None:
    """Every input file exists, checked before the export's slow steps (a typo fails in a second)."""
    named = [("--dev", spec) for spec in dev] + [("--calibrate", spec) for spec in calibrate]
    paths = [(option, (binary_spec(spec) or (spec,))[0]) for option, spec in named]
    if ngram is not None:
        paths.append(("--ngram", str(ngram)))
    for option, path in paths:
        if not Path(path).is_file():
            raise SystemExit(f"{option} {path}: no such file")


def export(run_dir: str | Path, out_dir: str | Path, *, dev: Sequence[str] = (), version: str = "0",
           min_agreement: float = 0.99, quantize: bool = True, ngram: str | Path | None = None,
           ngram_weight: float = 0.0, calibrate: Sequence[str] = (), ok_cap: float = 0.004,
           keep_fp32: Sequence[str] = ()) -> dict[str, Any]:
    """Export a ``wxguard train`` run to a runtime model directory; returns the parity report."""
    from ..model import OnnxClassifier, model_input

    run_dir, out_dir = Path(run_dir), Path(out_dir)
    _check_inputs(dev, calibrate, ngram)
    model, tokenizer, cfg = load_classifier(run_dir)
    texts = [r["text"] for spec in dev for r in load_any(spec)]  # read before the (slow) export steps
    cfg["special_ids"] = {"cls": tokenizer.cls_token_id, "sep": tokenizer.sep_token_id,
                          "pad": tokenizer.pad_token_id or 0}
    enc = model.encoder.config
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        _to_onnx(model, tmpd / "fp32.onnx")
        _optimize(tmpd / "fp32.onnx", tmpd / "opt.onnx", enc.num_attention_heads, enc.hidden_size)
        final = tmpd / "opt.onnx"
        if quantize:
            report["fp32_nodes"] = _quantize(tmpd / "opt.onnx", tmpd / "int8.onnx", keep_fp32)
            final = tmpd / "int8.onnx"
        staged = tmpd / "model"  # out_dir is only touched once the parity check has passed
        _write_model_dir(staged, final, run_dir, cfg, {"version": version})
        if texts and quantize:
            _write_model_dir(tmpd / "fp32dir", tmpd / "opt.onnx", run_dir, cfg, {"version": version})
            th = json.loads((run_dir / "thresholds.json").read_text("utf-8"))
            thresholds = np.array([th["labels"][k] for k in LABELS])
            m32, m8 = OnnxClassifier(tmpd / "fp32dir"), OnnxClassifier(staged)
            inputs = [model_input(t, m8.input_normalization) for t in texts]
            p32 = m32.predict_transformer(inputs)[:, :len(LABELS)]
            p8 = m8.predict_transformer(inputs)[:, :len(LABELS)]
            agreement = _labels_agreement(p32, p8, thresholds)
            report |= {"parity_rows": len(texts), "label_agreement_int8_vs_fp32": round(agreement, 4),
                      "max_abs_prob_diff": round(float(np.abs(p32 - p8).max()), 4)}
            if agreement < min_agreement:
                raise ExportParityError(
                    f"int8 parity check failed: label agreement {agreement:.4f} < {min_agreement} "
                    f"({out_dir} left unchanged)")
        config = json.loads((staged / "config.json").read_text("utf-8"))
        if report:
            config["metrics"]["export_parity"] = report
        names = ["model.onnx", "tokenizer.json", "config.json"]
        if ngram is not None:
            NgramModel.load(ngram).save(staged / "ngram.npz")  # validates the arrays
            config["ngram"] = {"file": "ngram.npz", "weight": float(ngram_weight)}
            names.append("ngram.npz")
        (staged / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", "utf-8")
        if calibrate:
            config["thresholds"], config["calibration"] = _calibrate(staged, calibrate, ok_cap)
            report["calibration"] = {**config["calibration"], "thresholds": config["thresholds"]}
            text = json.dumps(config, indent=2, ensure_ascii=False) + "\n"
            (staged / "config.json").write_text(text, "utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        stale = out_dir / "ngram.npz"
        if ngram is None and stale.exists():  # a previous export's n-gram model must not leak into this one
            stale.unlink()
        for name in names:
            shutil.copyfile(staged / name, out_dir / name)
    report["size_bytes"] = (out_dir / "model.onnx").stat().st_size
    return report


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wxguard export", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("run_dir", help="a 'wxguard train' output directory")
    p.add_argument("out_dir", help="model directory to write (usable as Guard(model_dir=...))")
    p.add_argument("--dev", nargs="*", default=[], help="files for the int8 vs fp32 parity check")
    p.add_argument("--version", default="0")
    p.add_argument("--min-agreement", type=float, default=0.99)
    p.add_argument("--no-quantize", action="store_true", help="keep fp32 weights")
    p.add_argument("--keep-fp32", nargs="*", default=[], metavar="NAME",
                   help="graph nodes whose name contains NAME stay fp32 (e.g. head, layer.1/output/dense): "
                        "the int8 model's agreement with fp32 for a little speed")
    p.add_argument("--ngram", help="an n-gram model from 'wxguard fit-ngram' to blend with")
    p.add_argument("--ngram-weight", type=float, default=0.2, help="its weight in the blend (default 0.2)")
    p.add_argument("--calibrate", nargs="*", default=[], help="labelled files for the thresholds")
    p.add_argument("--ok-cap", type=float, default=0.004, help="max share of ok messages flagged per label")
    args = p.parse_args(argv)
    if not 0.0 <= args.ngram_weight <= 1.0:
        p.error("--ngram-weight must be in [0, 1]")
    try:
        report = export(args.run_dir, args.out_dir, dev=args.dev, version=args.version,
                        min_agreement=args.min_agreement, quantize=not args.no_quantize, ngram=args.ngram,
                        ngram_weight=args.ngram_weight, calibrate=args.calibrate, ok_cap=args.ok_cap,
                        keep_fp32=args.keep_fp32)
    except (ExportParityError, ValueError) as exc:
        # The error's own message only (the loaders name a file and line, never a message's text); a codec
        # error quotes the characters it met, so it is reported by its reason.
        from ..cli import _error_text

        raise SystemExit(_error_text(exc)) from None
    print(json.dumps(report, indent=2))
    return 0
