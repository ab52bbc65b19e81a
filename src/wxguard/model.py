"""The ONNX classifier at run time: one onnxruntime session, a ``tokenizers`` tokenizer, bucketed batching.

No torch here. A model directory holds ``model.onnx``, ``tokenizer.json`` and ``config.json`` (labels,
sub-labels, thresholds, max length, version, metrics); the labels in the config must match the taxonomy
and the graph's output width, or loading fails with a message naming the file.

Long messages: a message longer than ``max_length`` tokens is cut into windows of ``max_length - 2``
tokens (stride ``window_stride``); at most ``MAX_WINDOWS`` windows are scored, spread evenly over the
message, and each output takes its maximum over the windows (a violation anywhere counts).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .taxonomy import LABELS, SUB_LABELS

__all__ = ["ModelConfig", "OnnxClassifier", "ModelLoadError", "make_session", "DEFAULT_MODEL_DIR"]

DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "default"
MAX_WINDOWS = 16


class ModelLoadError(RuntimeError):
    """A model directory is missing, truncated or does not match the taxonomy."""


@dataclass(frozen=True)
class ModelConfig:
    """What travels with a model: its outputs, thresholds and provenance (``config.json``)."""

    labels: tuple[str, ...]
    sub_labels: tuple[str, ...]
    thresholds: dict[str, float]
    sub_thresholds: dict[str, float]
    max_length: int = 128
    window_stride: int = 96
    version: str = "0"
    metrics: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> ModelConfig:
        try:
            raw = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ModelLoadError(f"model config not found: {path}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ModelLoadError(f"model config is not valid JSON: {path}: {exc}") from None
        try:
            labels = tuple(raw["labels"])
            sub_labels = tuple(raw["sub_labels"])
            thresholds = {k: float(v) for k, v in raw["thresholds"].items()}
            sub_thresholds = {k: float(v) for k, v in raw.get("sub_thresholds", {}).items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelLoadError(f"model config {path} lacks a valid field: {exc}") from None
        if labels != LABELS:
            raise ModelLoadError(f"{path}: labels {labels} do not match wxguard.LABELS {LABELS}")
        if sub_labels != SUB_LABELS:
            raise ModelLoadError(f"{path}: sub_labels do not match wxguard.taxonomy.SUB_LABELS")
        known = {"labels", "sub_labels", "thresholds", "sub_thresholds", "max_length", "window_stride",
                 "version", "metrics"}
        return cls(labels, sub_labels, thresholds, sub_thresholds,
                   int(raw.get("max_length", 128)), int(raw.get("window_stride", 96)),
                   str(raw.get("version", "0")), dict(raw.get("metrics", {})),
                   {k: v for k, v in raw.items() if k not in known})


def make_session(path: Path, threads: int | None = None) -> Any:
    """The one place an onnxruntime session is built (threads, optimisation level, CPU provider)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    n = threads if threads is not None else int(os.environ.get("WXGUARD_THREADS", "1"))
    opts.intra_op_num_threads = max(1, n)
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types for corrupt graphs
        raise ModelLoadError(f"cannot load ONNX model {path}: {exc}") from None


class OnnxClassifier:
    """Probabilities for the labels and sub-labels of a batch of messages."""

    def __init__(self, model_dir: str | os.PathLike, threads: int | None = None) -> None:
        from tokenizers import Tokenizer

        self.model_dir = Path(model_dir)
        if not self.model_dir.is_dir():
            raise ModelLoadError(f"model directory not found: {self.model_dir}")
        self.config = ModelConfig.load(self.model_dir / "config.json")
        tok_path = self.model_dir / "tokenizer.json"
        try:
            self.tokenizer = Tokenizer.from_file(str(tok_path))
        except Exception as exc:  # tokenizers raises a bare Exception for unreadable files
            raise ModelLoadError(f"cannot load tokenizer {tok_path}: {exc}") from None
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.session = make_session(self.model_dir / "model.onnx", threads)
        self._inputs = {i.name for i in self.session.get_inputs()}
        width = self.session.get_outputs()[0].shape[-1]
        expected = len(LABELS) + len(SUB_LABELS)
        if isinstance(width, int) and width != expected:
            raise ModelLoadError(
                f"{self.model_dir / 'model.onnx'}: graph has {width} outputs, config.json names {expected}")
        self._cls = self.tokenizer.token_to_id("<s>")
        self._sep = self.tokenizer.token_to_id("</s>")
        self._pad = self.tokenizer.token_to_id("<pad>") or 0

    def _windows(self, ids: list[int]) -> list[list[int]]:
        body = self.config.max_length - 2
        if len(ids) <= body:
            starts = [0]
        else:
            stride = max(1, min(self.config.window_stride, body))
            starts = list(range(0, len(ids) - body + stride, stride))
            if len(starts) > MAX_WINDOWS:
                picks = np.linspace(0, len(starts) - 1, MAX_WINDOWS).round().astype(int)
                starts = [starts[i] for i in picks]
        return [[self._cls, *ids[s:s + body], self._sep] for s in starts]

    def predict(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Sigmoid probabilities, shape ``(len(texts), len(LABELS) + len(SUB_LABELS))``."""
        if not texts:
            return np.zeros((0, len(LABELS) + len(SUB_LABELS)), dtype=np.float32)
        safe = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # lone surrogates
        encodings = self.tokenizer.encode_batch(safe, add_special_tokens=False)
        rows: list[list[int]] = []
        owner: list[int] = []
        for i, enc in enumerate(encodings):
            for window in self._windows(enc.ids):
                rows.append(window)
                owner.append(i)
        order = sorted(range(len(rows)), key=lambda r: len(rows[r]))  # length buckets: little padding
        logits = np.empty((len(rows), len(LABELS) + len(SUB_LABELS)), dtype=np.float32)
        for b in range(0, len(order), batch_size):
            chunk = order[b:b + batch_size]
            width = max(len(rows[r]) for r in chunk)
            ids = np.full((len(chunk), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for j, r in enumerate(chunk):
                ids[j, :len(rows[r])] = rows[r]
                mask[j, :len(rows[r])] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            logits[chunk] = self.session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        probs = 1.0 / (1.0 + np.exp(-logits))
        out = np.zeros((len(texts), probs.shape[1]), dtype=np.float32)
        np.maximum.at(out, np.asarray(owner), probs)
        return out
