"""End-to-end: train a tiny randomly initialised BERT for a few steps, export to ONNX int8, load, classify."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")

import wxguard  # noqa: E402
from wxguard.model import ModelLoadError  # noqa: E402

DATA = Path(__file__).parent / "data" / "tiny.jsonl"


def _tiny_base(folder: Path) -> Path:
    """A 2-layer, hidden-32 BERT with a small Unigram tokenizer trained on the fixture lines."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    texts = [json.loads(x)["text"] for x in DATA.read_text("utf-8").splitlines()]
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    tok.train_from_iterator(texts * 3, trainers.UnigramTrainer(vocab_size=300, special_tokens=specials,
                                                               unk_token="<unk>"))
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", tok.token_to_id("<s>")), ("</s>", tok.token_to_id("</s>"))])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", cls_token="<s>",
                                   sep_token="</s>", pad_token="<pad>", unk_token="<unk>", mask_token="<mask>")
    folder.mkdir(parents=True)
    fast.save_pretrained(folder)
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=64, max_position_embeddings=64,
                        pad_token_id=tok.token_to_id("<pad>"))
    BertModel(config, add_pooling_layer=False).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wxguard.training import export, train

    root = tmp_path_factory.mktemp("pipeline")
    base = _tiny_base(root / "base")
    run = root / "run"
    assert train.main(["--base-model", str(base), "--train", str(DATA), "--dev", str(DATA), "--out", str(run),
                       "--max-steps", "4", "--batch-size", "8", "--max-length", "32", "--eval-every", "2",
                       "--threads", "1"]) == 0
    assert (run / "checkpoint.pt").exists() and (run / "metrics.json").exists()
    out = root / "model"
    assert export.main([str(run), str(out), "--dev", str(DATA), "--min-agreement", "0", "--version", "test"]) == 0
    return out


def test_exported_model_dir_is_complete(exported: Path) -> None:
    config = json.loads((exported / "config.json").read_text("utf-8"))
    assert tuple(config["labels"]) == wxguard.LABELS
    assert set(config["thresholds"]) == set(wxguard.LABELS)
    assert config["training_data_sha256"] and config["version"] == "test"
    assert "export_parity" in config["metrics"]
    assert (exported / "model.onnx").stat().st_size > 0 and (exported / "tokenizer.json").exists()


def test_guard_loads_exported_model_and_classifies(exported: Path) -> None:
    guard = wxguard.Guard(model_dir=exported)
    assert guard.model is not None
    texts = ["明天上午开会", "兼职刷单日结，加V私聊", "长消息" * 400, "🙂🙂🙂", ""]
    batch = guard.classify_batch(texts, batch_size=2)
    assert batch == [guard.classify(t) for t in texts]
    assert all(0.0 <= s <= 1.0 for v in batch for s in v.scores.values())
    assert batch[-1].ok


def test_resume_continues_from_checkpoint(exported: Path, tmp_path: Path) -> None:
    from wxguard.training import train

    run = exported.parent / "run"
    before = json.loads((run / "train_config.json").read_text("utf-8"))["steps"]
    assert train.main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
                       "--out", str(run), "--max-steps", "6", "--batch-size", "8", "--max-length", "32",
                       "--eval-every", "2", "--threads", "1", "--resume", "--patience", "99"]) == 0
    after = json.loads((run / "train_config.json").read_text("utf-8"))["steps"]
    assert before == 4 and after == 6


def test_truncated_model_fails_loudly(exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(exported, broken)
    data = (broken / "model.onnx").read_bytes()
    (broken / "model.onnx").write_bytes(data[: len(data) // 3])
    with pytest.raises(ModelLoadError, match="model.onnx"):
        wxguard.Guard(model_dir=broken)


def test_mismatched_labels_fail_loudly(exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "mismatch"
    shutil.copytree(exported, broken)
    config = json.loads((broken / "config.json").read_text("utf-8"))
    config["labels"] = config["labels"][::-1]
    (broken / "config.json").write_text(json.dumps(config), "utf-8")
    with pytest.raises(ModelLoadError, match="config.json"):
        wxguard.Guard(model_dir=broken)


def test_missing_model_dir_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        wxguard.Guard(model_dir=tmp_path / "nope")
