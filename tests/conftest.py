"""Shared fixtures: a rules-only Guard (no model needed), a tiny trained model, the shared folder's path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import wxguard
from wxguard import guard as guard_module
from wxguard.model import DEFAULT_MODEL_DIR

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TINY_DATA = Path(__file__).parent / "data" / "tiny.jsonl"


@pytest.fixture(scope="session")
def rules_guard() -> wxguard.Guard:
    return wxguard.Guard(rules_only=True)


@pytest.fixture(scope="session", autouse=True)
def _default_guard_without_shipped_model() -> Iterator[None]:
    """Before a model is shipped (a fresh checkout), ``wxguard.classify`` would raise ``ModelLoadError``:
    the module-level functions are then tested on an explicit rules-only default Guard."""
    if (DEFAULT_MODEL_DIR / "config.json").exists():
        yield
        return
    guard_module._default = wxguard.Guard(rules_only=True)
    yield
    guard_module._default = None


def _tiny_base(folder: Path, vocab_size: int = 300) -> Path:
    """A 2-layer, hidden-32 BERT with a small Unigram tokenizer trained on the fixture lines."""
    import torch
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    texts = [json.loads(x)["text"] for x in TINY_DATA.read_text("utf-8").splitlines()]
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    tok.train_from_iterator(texts * 3, trainers.UnigramTrainer(vocab_size=vocab_size, special_tokens=specials,
                                                               unk_token="<unk>"))
    cls, sep = tok.token_to_id("<s>"), tok.token_to_id("</s>")
    tok.post_processor = processors.TemplateProcessing(single="<s> $A </s>",
                                                       special_tokens=[("<s>", cls), ("</s>", sep)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", cls_token="<s>",
                                   sep_token="</s>", pad_token="<pad>", unk_token="<unk>",
                                   mask_token="<mask>")
    folder.mkdir(parents=True)
    fast.save_pretrained(folder)
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=64, max_position_embeddings=64,
                        pad_token_id=tok.token_to_id("<pad>"))
    torch.manual_seed(0)  # the same tiny base on every run: tests that compare its weights stay deterministic
    BertModel(config, add_pooling_layer=False).save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model trained for 4 steps and exported to ONNX int8, once per test run (``base/``, ``run/``
    and ``model/`` under one folder; this fixture returns ``model/``)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("onnx")
    from wxguard.training import export, train

    root = tmp_path_factory.mktemp("pipeline")
    base = _tiny_base(root / "base")
    run = root / "run"
    assert train.main(["--base-model", str(base), "--train", str(TINY_DATA), "--dev", str(TINY_DATA),
                       "--out", str(run), "--max-steps", "4", "--batch-size", "8", "--max-length", "32",
                       "--eval-every", "2", "--threads", "1"]) == 0
    assert (run / "checkpoint.pt").exists() and (run / "metrics.json").exists()
    out = root / "model"
    assert export.main([str(run), str(out), "--dev", str(TINY_DATA), "--min-agreement", "0",
                        "--version", "test"]) == 0
    return out


@pytest.fixture(scope="session")
def model_guard(exported: Path) -> wxguard.Guard:
    """A Guard on the tiny exported model (shared by the robustness and concurrency tests)."""
    return wxguard.Guard(model_dir=exported)


@pytest.fixture(params=["rules", "model"])
def any_guard(request: pytest.FixtureRequest, rules_guard: wxguard.Guard) -> wxguard.Guard:
    """Each test runs once on the rules-only Guard and once on the tiny-model Guard."""
    return rules_guard if request.param == "rules" else request.getfixturevalue("model_guard")
