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

import numpy as np  # noqa: E402

import wxguard  # noqa: E402
from wxguard.model import ModelLoadError  # noqa: E402
from wxguard.training.train import main as train_main  # noqa: E402

DATA = Path(__file__).parent / "data" / "tiny.jsonl"


def test_exported_model_dir_is_complete(exported: Path) -> None:
    config = json.loads((exported / "config.json").read_text("utf-8"))
    assert tuple(config["labels"]) == wxguard.LABELS
    assert set(config["thresholds"]) == set(wxguard.LABELS)
    assert config["training_data_sha256"] and config["version"] == "test"
    assert "export_parity" in config["metrics"]
    assert (exported / "model.onnx").stat().st_size > 0 and (exported / "tokenizer.json").exists()


def test_export_fuses_the_graph_but_leaves_skip_layer_norm_out(exported: Path) -> None:
    import onnx

    ops = {n.op_type for n in onnx.load(str(exported / "model.onnx")).graph.node}
    assert "QAttention" in ops  # the BERT fusions ran (and the result was quantised)
    assert "SkipLayerNormalization" not in ops and "LayerNormalization" in ops
    # Segment ids are given as zeros, not rebuilt from the encoder's buffer on every call.
    assert not ops & {"GatherElements", "Expand", "Where"}


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


def _probs(run: Path, texts: list[str]) -> np.ndarray:
    from wxguard.training.train import load_classifier, predict_logits

    model, tokenizer, _ = load_classifier(run)
    ids = tokenizer(texts, truncation=True, max_length=32)["input_ids"]
    return 1 / (1 + np.exp(-predict_logits(model, ids, tokenizer.pad_token_id or 0)))


def test_distillation_pulls_the_student_towards_the_teacher(exported: Path, tmp_path: Path) -> None:
    """``--teacher`` with ``--distill-alpha 0`` (soft targets only) ends closer to the teacher's probabilities
    than the same run on the hard labels alone (``--distill-alpha 1``)."""
    teacher = exported.parent / "run"
    texts = [json.loads(x)["text"] for x in DATA.read_text("utf-8").splitlines()]
    gaps = {}
    for alpha in ("0", "1"):
        out = tmp_path / f"alpha{alpha}"
        assert train_main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev",
                           str(DATA), "--out", str(out), "--teacher", str(teacher), "--distill-alpha", alpha,
                           "--max-steps", "30", "--lr", "5e-3", "--batch-size", "8", "--max-length", "32",
                           "--eval-every", "30", "--threads", "1", "--seed", "3"]) == 0
        assert json.loads((out / "train_config.json").read_text("utf-8"))["teacher"] == str(teacher)
        gaps[alpha] = float(np.abs(_probs(out, texts) - _probs(teacher, texts)).mean())
    assert gaps["0"] < gaps["1"]


def test_teacher_soft_targets_are_computed_once(exported: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The first student of a teacher caches its soft targets in the teacher's directory; the next student on
    the same data reads them without loading the teacher."""
    from wxguard.training import train
    from wxguard.training.data import OUTPUTS

    teacher = tmp_path / "teacher"
    shutil.copytree(exported.parent / "run", teacher)
    args = ["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
            "--teacher", str(teacher), "--max-steps", "1", "--batch-size", "8", "--max-length", "32",
            "--threads", "1"]
    assert train_main([*args, "--out", str(tmp_path / "s1")]) == 0
    cached = list(teacher.glob("soft_targets_*.npy"))
    assert len(cached) == 1 and not list(teacher.glob("*.tmp.npy"))
    probs = np.load(cached[0])
    assert probs.shape == (len(DATA.read_text("utf-8").splitlines()), len(OUTPUTS))
    assert ((probs > 0) & (probs < 1)).all()

    def no_teacher(*_: object) -> None:
        raise AssertionError("the teacher was loaded although its soft targets are cached")

    monkeypatch.setattr(train, "load_classifier", no_teacher)
    assert train_main([*args, "--out", str(tmp_path / "s2")]) == 0


def test_teacher_with_another_vocabulary_is_refused(exported: Path, tmp_path: Path) -> None:
    """A student must read the teacher's token ids: another vocabulary stops training with a clear message."""
    from .conftest import _tiny_base

    other = _tiny_base(tmp_path / "other_base", vocab_size=250)
    with pytest.raises(SystemExit, match="another vocabulary"):
        train_main(["--base-model", str(other), "--train", str(DATA), "--dev", str(DATA),
                    "--out", str(tmp_path / "s"), "--teacher", str(exported.parent / "run"),
                    "--max-steps", "1"])
    with pytest.raises(SystemExit, match="input-normalization"):
        train_main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
                    "--out", str(tmp_path / "s2"), "--teacher", str(exported.parent / "run"),
                    "--input-normalization", "none", "--max-steps", "1"])
    with pytest.raises(SystemExit, match="not a finished"):
        train_main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
                    "--out", str(tmp_path / "s3"), "--teacher", str(tmp_path), "--max-steps", "1"])


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


def test_keep_fp32_leaves_the_named_nodes_unquantised(exported: Path, tmp_path: Path) -> None:
    """``--keep-fp32 head`` keeps the classifier head a float MatMul; every other MatMul stays int8; a name
    that matches nothing is refused before anything is written."""
    import onnx

    from wxguard.training import export

    out = tmp_path / "model"
    report = export.export(exported.parent / "run", out, dev=[str(DATA)], min_agreement=0.0,
                           keep_fp32=["head"])
    assert report["fp32_nodes"] and all("head" in n for n in report["fp32_nodes"])
    nodes = onnx.load(str(out / "model.onnx")).graph.node
    assert [n for n in nodes if "head" in n.name and n.op_type in ("MatMul", "Gemm")]
    assert not [n for n in nodes if "head" in n.name and "Integer" in n.op_type]
    assert [n for n in nodes if "intermediate" in n.name and "Integer" in n.op_type]
    assert wxguard.Guard(model_dir=out).classify("明天上午9点开会").labels is not None
    with pytest.raises(SystemExit, match="no node"):
        export.main([str(exported.parent / "run"), str(tmp_path / "other"), "--keep-fp32", "no_such_node"])
    assert not (tmp_path / "other").exists()


def test_pruned_ffn_student_trains_exports_and_keeps_the_most_active_neurons(
        exported: Path, tmp_path: Path) -> None:
    """``--intermediate-size`` narrows every feed-forward block; the kept neurons are the base's most
    active ones (so at init the narrow layer's output is closer to the wide one than a random choice's)."""
    import random

    import torch
    from transformers import AutoModel, AutoTokenizer

    from wxguard.training import train
    from wxguard.training.export import export

    base = exported.parent / "base"
    run = tmp_path / "narrow"
    assert train.main(["--base-model", str(base), "--train", str(DATA), "--dev", str(DATA), "--out", str(run),
                       "--intermediate-size", "8", "--max-steps", "2", "--batch-size", "8",
                       "--max-length", "32", "--threads", "1"]) == 0
    state = torch.load(run / "classifier.pt", map_location="cpu", weights_only=True)
    assert state["encoder.encoder.layer.0.intermediate.dense.weight"].shape[0] == 8
    assert state["encoder.encoder.layer.0.output.dense.weight"].shape[1] == 8
    assert json.loads((run / "encoder" / "config.json").read_text("utf-8"))["intermediate_size"] == 8
    out = tmp_path / "narrow_model"
    export(run, out, dev=[str(DATA)], min_agreement=0.0)
    verdict = wxguard.Guard(model_dir=out).classify("明天上午9点开会")
    assert set(verdict.scores) == set(wxguard.LABELS)

    tok = AutoTokenizer.from_pretrained(base)
    texts = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()]
    ids = tok(texts, truncation=True, max_length=32)["input_ids"]

    def ffn_error(pick: int | None) -> float:
        """How far layer 0's pruned feed-forward output moves from the wide one on the sample's real
        tokens: ``pick=None`` keeps the most active neurons, an int keeps a random choice seeded by it."""
        enc = AutoModel.from_pretrained(base, add_pooling_layer=False).eval()
        layer = enc.encoder.layer[0]
        seen: list[torch.Tensor] = []
        hook = layer.intermediate.register_forward_hook(lambda _m, inp, _o: seen.append(inp[0]))
        input_ids, mask = train._collate(ids, tok.pad_token_id)
        with torch.no_grad():
            enc(input_ids=input_ids, attention_mask=mask)
            hook.remove()
            x = seen[0][mask.bool()]  # the real tokens' inputs to the feed-forward block
            ref = layer.output.dense(layer.intermediate(x))
            if pick is None:
                train._prune_ffn(enc, 8, ids, tok.pad_token_id)
            else:
                width = layer.intermediate.dense.out_features
                keep = torch.tensor(sorted(random.Random(pick).sample(range(width), 8)))
                layer.intermediate.dense.weight.data = layer.intermediate.dense.weight[keep]
                layer.intermediate.dense.bias.data = layer.intermediate.dense.bias[keep]
                layer.output.dense.weight.data = layer.output.dense.weight[:, keep]
            narrow = enc.encoder.layer[0]
            return float((narrow.output.dense(narrow.intermediate(x)) - ref).norm())

    random_errors = sorted(ffn_error(seed) for seed in range(9))
    assert ffn_error(None) < random_errors[len(random_errors) // 2]  # better than a typical random choice


def test_calibration_arrays_decide_like_classify(exported: Path) -> None:
    """Thresholds are calibrated on ``fused_scores`` + ``fired_labels``: they must reproduce ``classify``'s
    labels exactly, forced rules and the residual off_topic included, at any thresholds."""
    from wxguard.training.calibration import fired_labels, fused_scores

    texts = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()]
    texts += ["身份证号11010519491231002X发群里了", "加V私聊，兼职刷单日结", "", "🙂"]
    # binary-looking: the model does not read them, only precise rules fire (one does, one does not)
    texts += ["\x00\x01\xff" * 10 + "加我微信", "\x00\x01\xff" * 10 + "身份证11010519491231002X"]
    for level in (0.2, 0.5, 0.8):
        guard = wxguard.Guard(model_dir=exported, thresholds={k: level for k in wxguard.LABELS})
        scores, forced = fused_scores(guard, texts)
        fired = fired_labels(scores, forced, [guard.thresholds[k] for k in wxguard.LABELS])
        expected = [v.labels for v in guard.classify_batch(texts)]
        assert [tuple(k for k, f in zip(wxguard.LABELS, row, strict=True) if f) for row in fired] == expected
        assert forced.any()  # the checksummed ID is forced


def test_ema_run_saves_the_averaged_weights_and_resumes(exported: Path, tmp_path: Path) -> None:
    import torch

    from wxguard.training import train

    run = tmp_path / "ema"
    common = ["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
              "--out", str(run), "--batch-size", "8", "--max-length", "32", "--threads", "1",
              "--lr", "1e-2", "--ema", "0.5"]
    assert train.main([*common, "--max-steps", "3", "--eval-every", "3", "--patience", "9"]) == 0
    saved = torch.load(run / "checkpoint.pt", map_location="cpu", weights_only=False)
    best = torch.load(run / "classifier.pt", map_location="cpu", weights_only=True)
    # classifier.pt holds the moving average, which lags the raw weights the optimiser stepped
    assert not torch.equal(best["head.weight"], saved["model"]["head.weight"])
    averaged = {k.removeprefix("module."): v for k, v in saved["ema"].items() if k.startswith("module.")}
    assert torch.equal(best["head.weight"], averaged["head.weight"])
    assert json.loads((run / "train_config.json").read_text("utf-8"))["ema"] == 0.5
    assert train.main([*common, "--max-steps", "5", "--eval-every", "1", "--patience", "9", "--resume"]) == 0
    assert json.loads((run / "train_config.json").read_text("utf-8"))["steps"] == 5
    with pytest.raises(SystemExit, match="--ema must be a decay"):
        train.main([*common[:-1], "1.5", "--max-steps", "1"])
    # a checkpoint without an average cannot silently resume as an averaged run
    plain = exported.parent / "run"
    with pytest.raises(SystemExit, match="without --ema"):
        train.main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
                    "--out", str(plain), "--max-steps", "8", "--batch-size", "8", "--threads", "1",
                    "--ema", "0.9", "--resume"])


def test_select_model_scores_with_and_without_extra_calibration(exported: Path, tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "select_model", Path(__file__).parents[1] / "training" / "select_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = tmp_path / "data"
    data.mkdir()
    for name in ("dev.jsonl", "calib.jsonl"):
        shutil.copyfile(DATA, data / name)
    plain = module.evaluate(str(exported), data, None, [0.004])
    extra = module.evaluate(str(exported), data, None, [0.004], [str(DATA)], checks=[str(DATA)])
    for res in plain + extra:
        assert 0.0 <= res["calib_crossfold_macro_f1"] <= 1.0
        assert 0.0 <= res["calib_crossfold_ok_flagged"] <= res["calib_crossfold_ok_flagged_upper95"] <= 1.0
        assert set(res["calib_crossfold_f1"]) == set(wxguard.LABELS)
    assert plain[0]["extra_calib"] == [] and extra[0]["extra_calib"] == [str(DATA)]
    # a labelled JSON Lines check file is scored on all five labels, not as a binary offensive file
    assert 0.0 <= extra[0][f"check_macro_f1[{DATA}]"] <= 1.0
    assert 0.0 <= extra[0][f"check_ok_flagged[{DATA}]"] <= 1.0
    assert f"check_accuracy[{DATA}]" not in extra[0] and "check_macro_f1[" not in json.dumps(plain)
    # the bound reported next to the cross-fold rate is wxguard.metrics.wilson_upper of the same counts
    res = plain[0]
    assert res["calib_crossfold_ok_flagged_upper95"] > res["calib_crossfold_ok_flagged"]


def test_data_seed_keeps_the_initialisation_and_soups_average_such_runs(exported: Path,
                                                                         tmp_path: Path) -> None:
    import torch

    from wxguard.training import export, soup, train

    def run(name: str, *extra: str) -> Path:
        out = tmp_path / name
        assert train.main(["--base-model", str(exported.parent / "base"), "--train", str(DATA),
                           "--dev", str(DATA), "--out", str(out), "--batch-size", "8", "--max-length", "32",
                           "--threads", "1",
                           "--intermediate-size", "32", "--eval-every", "1", "--patience", "99", *extra]) == 0
        return out

    def weights(path: Path) -> dict:
        return torch.load(path / "classifier.pt", map_location="cpu", weights_only=True)

    # lr 0 saves the initial weights: the data seed leaves them (head, pruned neurons) alone,
    # the seed does not
    a = weights(run("a", "--lr", "0", "--max-steps", "1", "--seed", "5", "--data-seed", "1"))
    b = weights(run("b", "--lr", "0", "--max-steps", "1", "--seed", "5", "--data-seed", "2"))
    c = weights(run("c", "--lr", "0", "--max-steps", "1", "--seed", "6"))
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not torch.equal(a["head.weight"], c["head.weight"])
    # trained with another batch order they differ; the soup is their mean and exports like any run
    d = run("d", "--lr", "1e-2", "--max-steps", "3", "--seed", "5", "--data-seed", "1")
    e = run("e", "--lr", "1e-2", "--max-steps", "3", "--seed", "5", "--data-seed", "2")
    wd, we = weights(d), weights(e)
    assert not torch.equal(wd["head.weight"], we["head.weight"])
    metrics = soup.soup([d, e], tmp_path / "soup", [str(DATA)])
    ws = weights(tmp_path / "soup")
    assert all(torch.allclose(ws[k], (wd[k] + we[k]) / 2) for k in ws if ws[k].is_floating_point())
    cfg = json.loads((tmp_path / "soup" / "train_config.json").read_text("utf-8"))
    assert cfg["data_seed"] == [1, 2] and cfg["soup_of"] == [str(d), str(e)]
    assert 0.0 <= metrics["dev"]["macro_f1"] <= 1.0 and (tmp_path / "soup" / "thresholds.json").exists()
    assert export.main([str(tmp_path / "soup"), str(tmp_path / "soup_exp"), "--dev", str(DATA),
                        "--min-agreement", "0"]) == 0
    assert isinstance(wxguard.Guard(model_dir=tmp_path / "soup_exp").classify("明天开会").labels, tuple)
    # runs with different --seed started elsewhere: refused
    with pytest.raises(SystemExit, match="seed"):
        soup.soup([d, tmp_path / "c"], tmp_path / "bad", [str(DATA)])


# --- training commands: clear errors, stale runs, resume, soup defaults, dev report, seeds, teacher cache


def _err_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("wxguard: "), err
    return lines[0]


def test_training_commands_report_plausible_mistakes_in_one_line(
        exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from wxguard import cli
    from wxguard.training import export, train

    base = str(exported.parent / "base")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "run"
    common = ["--max-steps", "1", "--batch-size", "8", "--threads", "1"]
    # an empty training or dev file: named, before any model work (nothing written)
    for train_spec, dev_spec in ((empty, DATA), (DATA, empty)):
        assert cli.main(["train", "--base-model", base, "--train", str(train_spec), "--dev", str(dev_spec),
                         "--out", str(out), *common]) == 1
        assert _err_line(capsys.readouterr().err) == f"wxguard: no rows in {empty}"
        assert not out.exists()
    # a base model that looks like a local path but is not there: the import-base hint, no hub lookup
    monkeypatch.chdir(tmp_path)
    (tmp_path / "runs").mkdir()
    for missing in (str(tmp_path / "e5-base"), "runs/e5chat", "./e5", "~/no-such-wxguard-base",
                    train.IMPORT_BASE_DIR + "-missing"):
        assert cli.main(["train", "--base-model", missing, "--train", str(DATA), "--dev", str(DATA),
                         "--out", str(out), *common]) == 1
        assert "wxguard import-base" in _err_line(capsys.readouterr().err)
    assert train._base_model("intfloat/multilingual-e5-base") == "intfloat/multilingual-e5-base"  # a hub id
    # a missing COLD file: one line, not a traceback
    assert cli.main(["train", "--base-model", base, "--train", f"cold:{tmp_path / 'missing.csv'}",
                     "--dev", str(DATA), "--out", str(out), *common]) == 1
    assert "missing.csv" in _err_line(capsys.readouterr().err)
    # export: a missing --ngram / --dev / --calibrate file is refused before exporting
    run = exported.parent / "run"
    target = tmp_path / "model"
    for option in ("--ngram", "--dev", "--calibrate"):
        assert cli.main(["export", str(run), str(target), option, str(tmp_path / "nope.x")]) == 1
        assert _err_line(capsys.readouterr().err) == f"wxguard: {option} {tmp_path / 'nope.x'}: no such file"
    assert cli.main(["export", str(run), str(target), "--calibrate", f"cold:{tmp_path / 'nope.csv'}"]) == 1
    assert "nope.csv: no such file" in _err_line(capsys.readouterr().err)
    assert not target.exists()
    # export reports a codec error by its reason: the characters it quotes may be a message's
    secret = "秘"

    def codec_error(*_: object, **__: object) -> None:
        secret.encode("ascii")

    monkeypatch.setattr(export, "export", codec_error)
    with pytest.raises(SystemExit) as info:
        export.main([str(run), str(target)])
    assert "ordinal not in range" in str(info.value.code)
    assert secret not in str(info.value.code) and "\\u79d8" not in str(info.value.code)


def test_a_new_run_into_an_old_out_leaves_no_stale_results(exported: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-run into a finished run's --out (no --resume) that is interrupted must not leave the old run's
    thresholds, config and metrics next to the new weights: export refuses the unfinished run."""
    from wxguard.training import export, train

    run = tmp_path / "run"
    shutil.copytree(exported.parent / "run", run)

    def interrupt(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(train, "calibrate_on_dev", interrupt)  # stopped after training, before calibration
    with pytest.raises(KeyboardInterrupt):
        train_main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
                    "--out", str(run), "--max-steps", "2", "--eval-every", "2", "--batch-size", "8",
                    "--max-length", "32", "--threads", "1", "--input-normalization", "none"])
    assert (run / "classifier.pt").exists() and (run / "checkpoint.pt").exists()
    for name in ("thresholds.json", "train_config.json", "metrics.json"):
        assert not (run / name).exists(), name
    with pytest.raises(SystemExit, match="not a finished 'wxguard train' run"):
        export.main([str(run), str(tmp_path / "model")])
    assert not (tmp_path / "model").exists()


def test_resume_without_a_checkpoint_is_an_error_and_a_resume_says_so(
        exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import torch

    common = ["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
              "--batch-size", "8", "--max-length", "32", "--threads", "1", "--patience", "99", "--resume"]
    with pytest.raises(SystemExit, match="--resume: .*checkpoint.pt not found"):
        train_main([*common, "--out", str(tmp_path / "typo"), "--max-steps", "2"])
    assert not (tmp_path / "typo").exists()
    run = tmp_path / "run"
    shutil.copytree(exported.parent / "run", run)
    step = torch.load(run / "checkpoint.pt", map_location="cpu", weights_only=False)["state"]["step"]
    capsys.readouterr()
    assert train_main([*common, "--out", str(run), "--max-steps", str(step + 1), "--eval-every", "1"]) == 0
    assert f"resumed {run} at step {step}" in capsys.readouterr().err


def test_soup_calibrates_on_the_runs_dev_files_from_any_cwd(exported: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from wxguard.training import soup

    runs = [tmp_path / "r1", tmp_path / "r2"]
    for r in runs:
        shutil.copytree(exported.parent / "run", r)
    monkeypatch.chdir(tmp_path)  # no data/dev.jsonl here
    out = tmp_path / "soup"
    with pytest.raises(FileNotFoundError):  # a missing --dev file fails before anything is written
        soup.main([*map(str, runs), "--out", str(out), "--dev", str(tmp_path / "missing.jsonl")])
    assert not out.exists()
    assert soup.main([*map(str, runs), "--out", str(out)]) == 0
    metrics = json.loads((out / "metrics.json").read_text("utf-8"))
    assert metrics["dev_files"] == [str(DATA)]
    assert metrics["dev_rows"] == len(DATA.read_text("utf-8").splitlines())


def test_dev_report_scores_each_label_only_where_it_is_supervised() -> None:
    from wxguard.training.data import OUTPUTS
    from wxguard.training.train import _dev_report

    n_out = len(OUTPUTS)
    adv, vul = wxguard.LABELS.index("advertising"), wxguard.LABELS.index("illegal_vulgar")
    probs = np.full((4, n_out), 0.1)
    targets = np.zeros((4, n_out))
    mask = np.ones((4, n_out))
    targets[0, adv] = probs[0, adv] = 0.9  # a fully annotated advertising row, found
    # rows 2, 3: COLD-style safe rows (only illegal_vulgar supervised); the model flags advertising on them
    mask[2:] = 0
    mask[2:, vul] = 1
    probs[2:, adv] = 0.9
    report = _dev_report(probs, targets, [0.5] * n_out, mask)
    assert report["ok_rows"] == 1 and report["ok_flagged_rate"] == 0.0  # row 1 only
    assert report["labels"]["advertising"]["precision"] == 1.0  # no false positives on unsupervised rows
    assert report["labels"]["illegal_vulgar"]["support"] == 0 and report["n"] == 4
    unmasked = _dev_report(probs, targets, [0.5] * n_out)
    assert unmasked["ok_rows"] == 3 and unmasked["labels"]["advertising"]["precision"] < 1.0


def test_data_seed_equal_to_seed_is_the_default_run(exported: Path, tmp_path: Path) -> None:
    import torch

    def weights(name: str, *extra: str) -> dict:
        out = tmp_path / name
        assert train_main(["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev",
                           str(DATA), "--out", str(out), "--batch-size", "8", "--max-length", "32",
                           "--threads", "1", "--lr", "1e-2", "--max-steps", "2", "--eval-every", "2",
                           "--seed", "5", "--dropout", "0.5", *extra]) == 0
        assert json.loads((out / "train_config.json").read_text("utf-8"))["data_seed"] == 5
        return torch.load(out / "classifier.pt", map_location="cpu", weights_only=True)

    a, b = weights("default"), weights("explicit", "--data-seed", "5")
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_teacher_soft_targets_follow_a_retrained_teacher(exported: Path, tmp_path: Path) -> None:
    import torch
    from transformers import AutoTokenizer

    from wxguard.training import train

    teacher = tmp_path / "teacher"
    shutil.copytree(exported.parent / "run", teacher)
    for old in teacher.glob("soft_targets_*.npy"):  # other tests' students of the shared run
        old.unlink()
    tok = AutoTokenizer.from_pretrained(teacher / "encoder")
    texts = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()]
    ids = tok(texts, truncation=True, max_length=32)["input_ids"]
    pad = tok.pad_token_id or 0
    first = train._teacher_probs(teacher, ids, pad)
    assert np.allclose(train._teacher_probs(teacher, ids, pad), first)  # cached
    state = torch.load(teacher / "classifier.pt", map_location="cpu", weights_only=True)
    state["head.bias"] = state["head.bias"] + 3.0  # the teacher retrained in place
    torch.save(state, teacher / "classifier.pt")
    second = train._teacher_probs(teacher, ids, pad)
    assert len(list(teacher.glob("soft_targets_*.npy"))) == 2
    assert not np.allclose(second, first)
    assert np.allclose(second, _probs(teacher, texts), atol=1e-5)


def test_resume_mid_epoch_replays_the_rest_of_the_epoch(exported: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A run interrupted mid-epoch and resumed trains on exactly the batches, in the order and with the
    dropout of the uninterrupted run, so both end with the same weights."""
    import torch

    from wxguard.training import train

    real_tqdm = train.tqdm

    def stopping_bar(limit: int | None):
        class Bar:
            def __init__(self, *args, **kwargs) -> None:
                self.bar, self.n = real_tqdm(*args, **{**kwargs, "disable": True}), kwargs.get("initial", 0)

            def update(self, n: int = 1) -> None:
                self.n += n
                if limit is not None and self.n >= limit:
                    raise KeyboardInterrupt  # dies during step 3; the last checkpoint is at step 2

            def __iter__(self):
                return iter(self.bar)

            def __getattr__(self, name: str):
                return getattr(self.bar, name)
        return Bar

    common = ["--base-model", str(exported.parent / "base"), "--train", str(DATA), "--dev", str(DATA),
              "--max-steps", "6", "--batch-size", "8", "--max-length", "32", "--eval-every", "2",
              "--threads", "1", "--patience", "99", "--seed", "3"]
    monkeypatch.setattr(train, "tqdm", stopping_bar(None))
    assert train.main([*common, "--out", str(tmp_path / "whole")]) == 0
    monkeypatch.setattr(train, "tqdm", stopping_bar(3))
    with pytest.raises(KeyboardInterrupt):
        train.main([*common, "--out", str(tmp_path / "cut")])
    monkeypatch.setattr(train, "tqdm", stopping_bar(None))
    assert train.main([*common, "--out", str(tmp_path / "cut"), "--resume"]) == 0
    # the last weights (checkpoint.pt, at step 6), not the best ones (classifier.pt may stop at step 2)
    a = torch.load(tmp_path / "whole" / "checkpoint.pt", weights_only=False)["model"]
    b = torch.load(tmp_path / "cut" / "checkpoint.pt", weights_only=False)["model"]
    assert a.keys() == b.keys() and all(torch.allclose(a[k], b[k], atol=1e-6) for k in a)
