"""Shrink a Unigram (SentencePiece) checkpoint's vocabulary to the pieces a chat corpus uses.

``wxguard import-base`` already drops pieces of scripts that never occur in Chinese/English chat
(250k -> 128k rows). For the shipped model we go further: keep the special tokens, every single-character
piece (so unseen text still splits into known characters instead of ``<unk>``), and every piece that the
Viterbi segmentation of a training corpus actually uses. Removing a piece that no corpus segmentation
uses leaves the corpus tokenisation unchanged (the best path never needed it), which
``tokenisation_mismatches`` checks. The word-embedding matrix is sliced to the kept rows.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["main", "shrink_vocab", "tokenisation_mismatches"]

_EMBEDDING_KEYS = ("embeddings.word_embeddings.weight", "bert.embeddings.word_embeddings.weight")


def _used_ids(tokenizer: Any, texts: Iterable[str], batch: int = 2048) -> set[int]:
    used: set[int] = set()
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) >= batch:
            for enc in tokenizer.encode_batch(chunk):
                used.update(enc.ids)
            chunk.clear()
    for enc in tokenizer.encode_batch(chunk):
        used.update(enc.ids)
    return used


def shrink_vocab(base_dir: str | Path, out_dir: str | Path, texts: Iterable[str]) -> dict[str, Any]:
    """Write a copy of ``base_dir`` whose vocabulary keeps specials, single characters and corpus pieces."""
    from safetensors.numpy import load_file, save_file
    from tokenizers import Tokenizer

    base_dir, out_dir = Path(base_dir), Path(out_dir)
    tok_json = json.loads((base_dir / "tokenizer.json").read_text("utf-8"))
    if tok_json["model"]["type"] != "Unigram":
        raise ValueError("shrink_vocab supports Unigram tokenizers only")
    tokenizer = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
    vocab = tok_json["model"]["vocab"]
    special_ids = {t["id"] for t in tok_json.get("added_tokens", [])}
    keep = set(special_ids) | {tok_json["model"].get("unk_id", 0)}
    keep |= {i for i, (piece, _) in enumerate(vocab) if len(piece.lstrip("\u2581")) <= 1}
    keep |= _used_ids(tokenizer, texts)
    old_ids = np.array(sorted(keep), dtype=np.int64)
    new_of = {int(old): new for new, old in enumerate(old_ids)}

    tok_json["model"]["vocab"] = [vocab[i] for i in old_ids]
    if tok_json["model"].get("unk_id") is not None:
        tok_json["model"]["unk_id"] = new_of[tok_json["model"]["unk_id"]]
    for token in tok_json.get("added_tokens", []):
        token["id"] = new_of[token["id"]]
    post = tok_json.get("post_processor") or {}
    for spec in (post.get("special_tokens") or {}).values():
        spec["ids"] = [new_of[i] for i in spec["ids"]]

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer_config.json", "special_tokens_map.json"):
        if (base_dir / name).exists():
            shutil.copyfile(base_dir / name, out_dir / name)
    (out_dir / "tokenizer.json").write_text(json.dumps(tok_json, ensure_ascii=False), "utf-8")
    tensors = load_file(str(base_dir / "model.safetensors"))
    key = next(k for k in _EMBEDDING_KEYS if k in tensors)
    tensors[key] = np.ascontiguousarray(tensors[key][old_ids])
    save_file(tensors, str(out_dir / "model.safetensors"))
    config = json.loads((base_dir / "config.json").read_text("utf-8"))
    config["vocab_size"] = len(old_ids)
    for name in ("pad_token_id", "bos_token_id", "eos_token_id"):
        if config.get(name) is not None:
            config[name] = new_of[config[name]]
    (out_dir / "config.json").write_text(json.dumps(config, indent=2), "utf-8")
    return {"vocab_before": len(vocab), "vocab_after": len(old_ids),
            "embedding_params_before": len(vocab) * tensors[key].shape[1],
            "embedding_params_after": int(tensors[key].size)}


def tokenisation_mismatches(dir_a: str | Path, dir_b: str | Path, texts: Sequence[str]) -> int:
    """How many texts the two tokenizers segment into different pieces."""
    from tokenizers import Tokenizer

    a = Tokenizer.from_file(str(Path(dir_a) / "tokenizer.json"))
    b = Tokenizer.from_file(str(Path(dir_b) / "tokenizer.json"))
    return sum(x.tokens != y.tokens
               for x, y in zip(a.encode_batch(list(texts)), b.encode_batch(list(texts)), strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    from ..model import INPUT_NORMALIZATIONS, model_input
    from .data import load_any

    p = argparse.ArgumentParser(prog="wxguard shrink-vocab", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("base_dir")
    p.add_argument("out_dir")
    p.add_argument("--corpus", nargs="+", required=True,
                   help="files whose pieces are kept (jsonl, csv, cold:PATH)")
    p.add_argument("--input-normalization", choices=["both", *INPUT_NORMALIZATIONS], default="both",
                   help="the text whose pieces are kept and checked: as `wxguard train "
                        "--input-normalization` will feed it (wxguard: normalised; none: raw), or both "
                        "(default; works for either)")
    args = p.parse_args(argv)
    raw = [r["text"] for spec in args.corpus for r in load_any(spec)]
    modes = INPUT_NORMALIZATIONS if args.input_normalization == "both" else (args.input_normalization,)
    texts = [model_input(t, mode) for mode in modes for t in raw]
    report = shrink_vocab(args.base_dir, args.out_dir, texts)
    report["corpus_texts"] = len(raw)
    report["input_normalization"] = args.input_normalization
    report["corpus_tokenisation_mismatches"] = tokenisation_mismatches(args.base_dir, args.out_dir, texts)
    (Path(args.out_dir) / "shrink_report.json").write_text(json.dumps(report, indent=2), "utf-8")
    print(json.dumps(report, indent=2))
    return 0
