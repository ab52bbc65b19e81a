"""The ONNX classifier at run time: one onnxruntime session, a ``tokenizers`` tokenizer, bucketed batching.

No torch here. A model directory holds ``model.onnx``, ``tokenizer.json`` and ``config.json`` (labels,
sub-labels, thresholds, max length, version, metrics); the labels in the config must match the taxonomy
and the graph's output width, or loading fails with a message naming the file.

Each window is run on its own (see ``predict``), so a message's verdict never depends on the batch
it arrived in. Long messages: a message longer than ``max_length`` tokens is cut into windows of
``max_length - 2`` tokens (stride ``window_stride``, the last window aligned to the message's end so
that every window is full length); at most ``MAX_WINDOWS`` windows are scored (about 8,000 tokens; beyond
that they are spread evenly over the message, whose every character the rules still read), and each output
takes its maximum over the windows (a violation anywhere counts).

Blend: a model directory may also hold ``ngram.npz``, a character n-gram linear model (``wxguard.ngram``);
then ``config.json`` has ``"ngram": {"file": "ngram.npz", "weight": w}`` and the five top-level label
probabilities are ``(1 - w) * transformer + w * ngram`` (sub-categories stay the transformer's). The
thresholds in that config were calibrated on the blended probabilities. A long message is blended window by
window (each window's transformer scores with the n-gram scores of that window's text), then maximised, so
that an insult inside a long notice is judged as it would be on its own, not diluted by the notice.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .ngram import NgramModel
from .normalize import CONTROL_CHARS, normalize
from .taxonomy import LABELS, SUB_LABELS

__all__ = ["BINARY_SHARE", "DEFAULT_MODEL_DIR", "INPUT_NORMALIZATIONS", "ModelConfig", "ModelLoadError",
           "OnnxClassifier", "SLOW_FUSIONS", "STICKER_NAMES", "looks_binary", "make_session",
           "model_input", "reaction_only"]

DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "default"
MAX_WINDOWS = 128
# Binary-looking: bytes shown as text. The sign is control characters (at least three; chat text has none or a
# stray one) AND visible text that is mostly junk: once control characters and terminal escape sequences are
# removed, at least BINARY_SHARE of the visible characters are U+FFFD (a failed decode) or Latin-1 symbols
# (U+0080-U+00FF: bytes decoded as Latin-1), or nothing visible is left. Judging what is visible, not the
# share of controls, means invisible characters added to a real message cannot switch the model off.
BINARY_SHARE = 0.5
_ANSI = re.compile("\x1b\\[[0-9;?]*[ -/]*[@-~]")
_JUNK = re.compile("[\x80-\xff\ufffd]")


def looks_binary(text: str) -> bool:
    """Whether ``text`` is binary junk rather than a message (see ``BINARY_SHARE``); the model does not
    read such messages, the rules still do."""
    if CONTROL_CHARS.search(text) is None:  # the common case: one scan, nothing found
        return False
    visible = CONTROL_CHARS.sub("", _ANSI.sub("", text))
    if len(text) - len(visible) < 3:
        return False
    visible = "".join(visible.split())
    if not visible:
        return True
    junk = len(visible) - len(_JUNK.sub("", visible))
    return junk >= BINARY_SHARE * len(visible)


# Reaction-only: emoji, WeChat sticker codes ("[强]", "[偷笑]", "[红包]") and exported placeholders
# ("[图片]"), punctuation and spaces, without a single letter, digit or CJK character outside them. Such a
# message has no words for the model to read: the corpus writers label 21 of 24 of them ok (all four
# calibration writers' ones), while the model, which saw emoji mostly inside evasive spam, read some as
# off_topic or ads. Only the names below count as stickers (compared after ``wxguard.normalize``, so "[圖片]"
# and "[图~片]" count too): any other bracketed text is words, and "[你妈的闭嘴]" is read like the plain form.
_STICKER_WORDS = """
微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙
惊讶 难过 酷 冷汗 抓狂 吐 偷笑 愉快 白眼 傲慢 饥饿 困 惊恐 流汗
憨笑 悠闲 奋斗 咒骂 疑问 嘘 晕 疯了 衰 骷髅 敲打 再见 擦汗 抠鼻
鼓掌 糗大了 坏笑 左哼哼 右哼哼 哈欠 鄙视 委屈 快哭了 阴险 亲亲 吓
可怜 菜刀 西瓜 啤酒 篮球 乒乓 咖啡 饭 猪头 玫瑰 凋谢 嘴唇 爱心 心碎
蛋糕 闪电 炸弹 刀 足球 瓢虫 便便 月亮 太阳 礼物 拥抱 强 弱 握手
胜利 抱拳 勾引 拳头 差劲 爱你 no ok 爱情 飞吻 跳跳 发抖 怄火
转圈 磕头 回头 跳绳 投降 激动 乱舞 献吻 左太极 右太极 嘿哈 捂脸 奸笑
机智 皱眉 耶 吃瓜 加油 汗 天啊 emm 社会社会 旺柴 好的 打脸 哇
翻白眼 666 让我看看 叹气 苦涩 裂开 破涕为笑 庆祝 狗头 doge 哭
笑脸 生病 脸红 恐惧 失望 无语 合十 强壮 鬼魂 烟花 爆竹 福 發 发
红包 鸡 骰子 石头剪刀布 饺子 囧 哈哈 呵呵 嘿嘿 图片 表情 动画表情
语音 视频 文件 链接 位置 名片 转账 二维码 截图 语音通话 视频通话
小程序 聊天记录 语音转文字
"""
STICKER_NAMES = frozenset(_STICKER_WORDS.split())
_STICKER = re.compile(r"\[([^\[\]\n]{1,10})\]")


def _is_sticker(match: re.Match[str]) -> str:
    name = "".join(normalize(match.group(1)).text.split()).lower()
    return "" if name in STICKER_NAMES else match.group(0)


def reaction_only(text: str) -> bool:
    """Whether ``text`` is a bare reaction: emoji, sticker codes (``STICKER_NAMES``) and punctuation, no word;
    the model does not read such messages, the rules still do."""
    if "[" not in text:  # the common case
        return not any(ch.isalnum() for ch in text)
    return not any(ch.isalnum() for ch in _STICKER.sub(_is_sticker, text))


# What the model reads: "wxguard" = the anti-evasion normalised text the rules also see (so 賭 博 and 赌博
# look alike to the model), "none" = the caller's raw text. Training and run time must agree; the choice
# travels in config.json.
INPUT_NORMALIZATIONS = ("wxguard", "none")


def model_input(text: str, normalization: str) -> str:
    """The text the model reads for ``text`` under ``normalization`` (see ``INPUT_NORMALIZATIONS``)."""
    if normalization == "wxguard":
        return normalize(text).text
    return text


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
        except OSError as exc:
            raise ModelLoadError(f"cannot read model config {path}: {exc}") from None
        try:
            labels = tuple(raw["labels"])
            sub_labels = tuple(raw["sub_labels"])
            thresholds = {k: float(v) for k, v in raw["thresholds"].items()}
            sub_thresholds = {k: float(v) for k, v in raw.get("sub_thresholds", {}).items()}
            max_length, window_stride = int(raw.get("max_length", 128)), int(raw.get("window_stride", 96))
            metrics = dict(raw.get("metrics", {}))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelLoadError(f"model config {path} lacks a valid field: {exc!r}") from None
        if labels != LABELS:
            raise ModelLoadError(f"{path}: labels {labels} do not match wxguard.LABELS {LABELS}")
        if sub_labels != SUB_LABELS:
            raise ModelLoadError(f"{path}: sub_labels do not match wxguard.taxonomy.SUB_LABELS")
        # A missing threshold would silently fall back to a default and change verdicts: refuse instead.
        if set(thresholds) != set(LABELS) or not set(sub_thresholds) <= set(SUB_LABELS):
            raise ModelLoadError(f"{path}: thresholds must name every label in wxguard.LABELS (and only "
                                 f"known sub-labels), got {sorted(thresholds)}")
        if max_length < 3 or window_stride < 1:
            raise ModelLoadError(f"{path}: max_length must be >= 3 and window_stride >= 1")
        known = {"labels", "sub_labels", "thresholds", "sub_thresholds", "max_length", "window_stride",
                 "version", "metrics"}
        return cls(labels, sub_labels, thresholds, sub_thresholds, max_length, window_stride,
                   str(raw.get("version", "0")), metrics, {k: v for k, v in raw.items() if k not in known})


# onnxruntime's fused SkipLayerNormalization (a contrib op) is slower on CPU than the plain Add +
# LayerNormalization it replaces: about 45 us against 6 us for one 22 x 384 call (onnxruntime 1.32, one
# thread, measured in isolation); leaving out the four of a 2-layer encoder took its graph from 0.73 to
# 0.55-0.58 ms median on dev and benchmark messages.
# Exports therefore leave that fusion out and sessions do not re-create it at load.
SLOW_FUSIONS = ("SkipLayerNormFusion",)


def make_session(path: Path, threads: int | None = None) -> Any:
    """The one place an onnxruntime session is built (threads, optimisation level, CPU provider, and the
    fusions left out, ``SLOW_FUSIONS``)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads is None:
        raw = os.environ.get("WXGUARD_THREADS", "1")
        try:
            threads = int(raw)
        except ValueError:
            raise ValueError(f"WXGUARD_THREADS must be an integer, got {raw!r}") from None
    n = threads
    opts.intra_op_num_threads = max(1, n)
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"],
                                    disabled_optimizers=list(SLOW_FUSIONS))
    except Exception as exc:  # onnxruntime raises its own exception types for corrupt graphs
        raise ModelLoadError(f"cannot load ONNX model {path}: {exc}") from None


class OnnxClassifier:
    """Probabilities for the labels and sub-labels of messages."""

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
        special = self.config.extra.get("special_ids")
        if not isinstance(special, dict) or not {"cls", "sep"} <= set(special):
            raise ModelLoadError(f"{self.model_dir / 'config.json'}: special_ids (cls, sep) missing")
        self._cls, self._sep = int(special["cls"]), int(special["sep"])
        self.input_normalization = str(self.config.extra.get("input_normalization", "none"))
        if self.input_normalization not in INPUT_NORMALIZATIONS:
            raise ModelLoadError(f"{self.model_dir / 'config.json'}: unknown input_normalization "
                                 f"{self.input_normalization!r}")
        self.ngram, self.ngram_weight = self._load_ngram()
        self._check_graph()

    def _load_ngram(self) -> tuple[NgramModel | None, float]:
        spec = self.config.extra.get("ngram")
        if spec is None:
            return None, 0.0
        where = self.model_dir / "config.json"
        try:
            path, weight = self.model_dir / str(spec["file"]), float(spec["weight"])
        except (KeyError, TypeError, ValueError):
            raise ModelLoadError(f"{where}: 'ngram' must be {{\"file\": ..., \"weight\": ...}}") from None
        if not 0.0 <= weight <= 1.0:
            raise ModelLoadError(f"{where}: ngram weight must be in [0, 1], got {weight}")
        try:
            return NgramModel.load(path), weight
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:  # missing or damaged
            raise ModelLoadError(f"cannot load n-gram model {path}: {exc}") from None

    def _check_graph(self) -> None:
        """Run one full-length window of the tokenizer's largest id, so that a graph that does not fit the
        tokenizer or ``max_length`` (too few positions, a smaller vocabulary, other inputs or outputs)
        fails here, at load, and not on the first long or unusual message."""
        width = len(LABELS) + len(SUB_LABELS)
        top = max(self.tokenizer.get_vocab_size(with_added_tokens=True) - 1, self._cls, self._sep)
        ids = np.full((1, self.config.max_length), top, dtype=np.int64)
        try:
            out = self._run(ids)
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelLoadError(
                f"{self.model_dir / 'model.onnx'} does not fit {self.model_dir / 'tokenizer.json'} and "
                f"max_length={self.config.max_length} in {self.model_dir / 'config.json'}: {exc}") from None
        if out.shape != (width,):
            raise ModelLoadError(f"{self.model_dir / 'model.onnx'}: graph gives {out.shape[-1]} outputs, "
                                 f"{self.model_dir / 'config.json'} names {width}")

    def _run(self, ids: np.ndarray) -> np.ndarray:
        """Logits of one window (shape ``(1, length)``)."""
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        return np.asarray(self.session.run(None, feed)[0][0])

    def _window_starts(self, n_tokens: int) -> list[int]:
        body = self.config.max_length - 2
        if n_tokens <= body:
            return [0]
        stride = max(1, min(self.config.window_stride, body))
        last = n_tokens - body  # the final window ends at the last token: every window is full length
        starts = sorted({*range(0, last, stride), last})
        if len(starts) > MAX_WINDOWS:
            picks = np.linspace(0, len(starts) - 1, MAX_WINDOWS).round().astype(int)
            starts = [starts[i] for i in picks]
        return starts

    def _windows(self, ids: list[int]) -> list[list[int]]:
        body = self.config.max_length - 2
        return [[self._cls, *ids[s:s + body], self._sep] for s in self._window_starts(len(ids))]

    def predict(self, texts: list[str], normalized: list[str] | None = None) -> np.ndarray:
        """Probabilities, shape ``(len(texts), len(LABELS) + len(SUB_LABELS))``: the transformer's, with the
        top-level labels blended with the n-gram model when the directory has one (window by window for a
        message longer than one window; see the module docstring).

        ``texts`` are the model's input texts (see ``model_input``); ``normalized`` are the same messages
        after ``wxguard.normalize`` (what the n-gram model reads; computed here when not given).
        """
        if self.ngram is None or not texts:
            return self.predict_transformer(texts)
        if normalized is None:
            normalized = [normalize(t).text for t in texts]
        if len(normalized) != len(texts):
            raise ValueError("normalized must have one entry per text")
        w, n = self.ngram_weight, len(LABELS)
        scored = self._scored_windows(texts)
        single = [i for i, windows in enumerate(scored) if len(windows) == 1]
        whole = dict(zip(single, self.ngram.predict([normalized[i] for i in single]), strict=True))
        out = np.zeros((len(texts), n + len(SUB_LABELS)), dtype=np.float32)
        for i, windows in enumerate(scored):
            if len(windows) == 1:
                grams = [whole[i]]
            else:  # each window blended with the n-gram scores of its own text
                grams = self.ngram.predict([normalize(chunk).text for _, chunk in windows])
            for (probs, _), gram in zip(windows, grams, strict=True):
                probs[:n] = (1.0 - w) * probs[:n] + w * gram
                np.maximum(out[i], probs, out=out[i])
        return out

    def predict_transformer(self, texts: list[str]) -> np.ndarray:
        """The transformer's sigmoid probabilities alone (same shape as ``predict``): each output's maximum
        over the message's windows."""
        out = np.zeros((len(texts), len(LABELS) + len(SUB_LABELS)), dtype=np.float32)
        for i, windows in enumerate(self._scored_windows(texts)):
            for probs, _ in windows:
                np.maximum(out[i], probs, out=out[i])
        return out

    def _scored_windows(self, texts: list[str]) -> list[list[tuple[np.ndarray, str]]]:
        """Per message, its windows' sigmoid probabilities with each window's text (the text only when the
        message has more than one window; "" otherwise).

        Tokenisation is batched; the graph runs one window at a time, because dynamic int8 quantisation
        scales activations per call: a batched run would make a message's scores depend on its neighbours.
        """
        if not texts:
            return []
        # Lone surrogates become "?" (UTF-8 encoding with "replace"); control characters (binary junk, not
        # text) are dropped: a run of them reads to the model as a long string of unknown tokens, on which it
        # is not reliable.
        safe = [CONTROL_CHARS.sub("", t.encode("utf-8", "replace").decode("utf-8")) for t in texts]
        # One message (a bot's classify): ``encode`` skips the batch path's thread-pool hand-off (about 20 us
        # against 50 us here); the tokens are the same.
        encodings = ([self.tokenizer.encode(safe[0], add_special_tokens=False)] if len(safe) == 1
                     else self.tokenizer.encode_batch(safe, add_special_tokens=False))
        body = self.config.max_length - 2
        result = []
        for text, enc in zip(safe, encodings, strict=True):
            ids = enc.ids  # each access of ``ids`` / ``offsets`` copies the whole list out of the encoding
            starts = self._window_starts(len(ids))
            offsets = enc.offsets if len(starts) > 1 else []
            windows = []
            for start in starts:
                window = [self._cls, *ids[start:start + body], self._sep]
                logits = self._run(np.asarray([window], dtype=np.int64))
                chunk = ""
                if offsets:
                    stop = min(start + body, len(ids)) - 1
                    chunk = text[offsets[start][0]:offsets[stop][1]]
                windows.append(((1.0 / (1.0 + np.exp(-logits))).astype(np.float32), chunk))
            result.append(windows)
        return result
