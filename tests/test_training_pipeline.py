"""End-to-end: train a tiny randomly initialised BERT for a few steps, export to ONNX int8, load, classify.

The tiny model is the session fixture ``exported`` in ``conftest.py`` (trained once per test run)."""

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
    assert train.main(["--base-model", str(exported.parent / "base"), "--train", str(DATA),
                       "--dev", str(DATA), "--out", str(run), "--max-steps", "6", "--batch-size", "8",
                       "--max-length", "32", "--eval-every", "2", "--threads", "1", "--resume",
                       "--patience", "99"]) == 0
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


def test_shallower_student_starts_from_a_deeper_run(exported: Path, tmp_path: Path) -> None:
    """``--init-from`` a 2-layer run with ``--num-layers 1`` keeps the run's first layer, head and
    embeddings."""
    import torch

    from wxguard.training import train

    deep = torch.load(exported.parent / "run" / "classifier.pt", map_location="cpu",
                      weights_only=True)
    student = tmp_path / "student"
    run = exported.parent / "run"
    assert train.main(["--base-model", str(exported.parent / "base"), "--train", str(DATA),
                       "--dev", str(DATA), "--out", str(student), "--num-layers", "1",
                       "--init-from", str(run), "--max-steps", "1", "--lr", "1e-12", "--batch-size", "8",
                       "--max-length", "32", "--threads", "1"]) == 0
    shallow = torch.load(student / "classifier.pt", map_location="cpu", weights_only=True)
    assert not any(".layer.1." in k for k in shallow)
    assert set(shallow) == {k for k in deep if ".layer.1." not in k}
    key = "encoder.encoder.layer.0.attention.self.query.weight"
    assert torch.allclose(shallow[key], deep[key], atol=1e-6)


def test_failed_parity_check_leaves_the_target_untouched(exported: Path, tmp_path: Path) -> None:
    """An export that fails its int8 parity check must not overwrite the model directory it targets."""
    from wxguard.training import export

    target = tmp_path / "model"
    shutil.copytree(exported, target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    with pytest.raises(SystemExit, match="parity"):
        export.main([str(exported.parent / "run"), str(target), "--dev", str(DATA),
                     "--min-agreement", "1.01"])
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
