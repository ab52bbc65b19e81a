"""The character n-gram model: hashing, TF-IDF rows, fitting, saving, and its blend in an exported model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import wxguard
from wxguard.model import ModelLoadError, OnnxClassifier
from wxguard.ngram import MAX_CHARS, NgramModel, ngram_buckets, tfidf_row
from wxguard.normalize import normalize

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


def test_buckets_one_per_ngram_and_deterministic() -> None:
    b = ngram_buckets("加微信ab", 18)
    assert b.size == 5 + 4 + 3 and b.dtype == np.int64
    assert (b >= 0).all() and (b < 2**18).all()
    assert np.array_equal(b, ngram_buckets("加微信ab", 18))
    assert ngram_buckets("", 18).size == 0 and ngram_buckets("a", 18, 2, 3).size == 0
    # distinct n-grams get distinct keys; "ab" and "ba" must not collapse to one bucket by construction
    assert ngram_buckets("ab", 18, 2, 2)[0] != ngram_buckets("ba", 18, 2, 2)[0]
    with pytest.raises(ValueError):
        ngram_buckets("abc", 18, 1, 4)


def test_buckets_bounded_on_huge_and_odd_text() -> None:
    assert ngram_buckets("字" * (MAX_CHARS * 10), 16).size == 3 * (MAX_CHARS + 1) - 3
    assert ngram_buckets("\ud800x\x00😀", 16).size == 4 + 3 + 2  # lone surrogate, NUL, astral emoji


def test_tfidf_row_is_unit_length_and_ignores_unseen_buckets() -> None:
    idf = np.zeros(2**10, dtype=np.float32)
    b = ngram_buckets("测试测试", 10)
    idf[b[:2]] = 1.5
    idx, values = tfidf_row(b, idf)
    assert np.isclose(np.linalg.norm(values), 1.0)
    assert set(idx[values > 0]) == set(b[:2])
    idx, values = tfidf_row(ngram_buckets("", 10), idf)
    assert idx.size == 0 and values.size == 0


@pytest.fixture(scope="module")
def fitted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sklearn")
    pytest.importorskip("scipy")
    from wxguard.training import ngram as train_ngram

    out = tmp_path_factory.mktemp("ngram") / "ngram.npz"
    assert train_ngram.main(["--train", str(TINY), "--out", str(out), "--bits", "14"]) == 0
    return out


def test_fit_learns_the_training_lines(fitted: Path) -> None:
    model = NgramModel.load(fitted)
    rows = [json.loads(x) for x in TINY.read_text("utf-8").splitlines()]
    probs = model.predict([normalize(r["text"]).text for r in rows])
    assert probs.shape == (len(rows), len(wxguard.LABELS))
    assert ((probs > 0) & (probs < 1)).all()
    gold = np.array([[lab in r["labels"] for lab in wxguard.LABELS] for r in rows])
    # a regularised linear model on its own training lines ranks positives above negatives for every label
    for j in range(len(wxguard.LABELS)):
        if gold[:, j].any() and not gold[:, j].all():
            assert probs[gold[:, j], j].mean() > probs[~gold[:, j], j].mean()
    assert model.predict([]).shape == (0, len(wxguard.LABELS))


def test_save_load_roundtrip(fitted: Path, tmp_path: Path) -> None:
    model = NgramModel.load(fitted)
    model.save(tmp_path / "again.npz")
    again = NgramModel.load(tmp_path / "again.npz")
    texts = ["兼职刷单日结", "明天开会", ""]
    assert np.allclose(model.predict(texts), again.predict(texts))


def test_export_with_ngram_blends_and_recalibrates(exported: Path, fitted: Path, tmp_path: Path) -> None:
    from wxguard.training import export

    target = tmp_path / "blend"
    assert export.main([str(exported.parent / "run"), str(target), "--dev", str(TINY), "--min-agreement", "0",
                        "--ngram", str(fitted), "--ngram-weight", "0.3", "--calibrate", str(TINY)]) == 0
    config = json.loads((target / "config.json").read_text("utf-8"))
    assert config["ngram"] == {"file": "ngram.npz", "weight": 0.3}
    assert config["calibration"]["rows"] == len(TINY.read_text("utf-8").splitlines())
    assert set(config["thresholds"]) == set(wxguard.LABELS)
    clf = OnnxClassifier(target)
    texts = ["兼职刷单日结，加V私聊", "明天上午开会"]
    norm = [normalize(t).text for t in texts]
    expected = clf.predict_transformer(texts)
    expected[:, :5] = 0.7 * expected[:, :5] + 0.3 * clf.ngram.predict(norm)
    assert np.allclose(clf.predict(texts, normalized=norm), expected, atol=1e-6)
    guard = wxguard.Guard(model_dir=target)
    assert guard.thresholds == config["thresholds"]
    assert guard.classify_batch(texts) == [guard.classify(t) for t in texts]
    # exporting again without --ngram removes the stale n-gram file and its blend
    assert export.main([str(exported.parent / "run"), str(target), "--min-agreement", "0"]) == 0
    assert not (target / "ngram.npz").exists() and OnnxClassifier(target).ngram is None


@pytest.mark.parametrize("damage", ["truncate", "weight", "missing"])
def test_broken_ngram_fails_loudly(exported: Path, fitted: Path, tmp_path: Path, damage: str) -> None:
    target = tmp_path / "m"
    shutil.copytree(exported, target)
    shutil.copyfile(fitted, target / "ngram.npz")
    config = json.loads((target / "config.json").read_text("utf-8"))
    config["ngram"] = {"file": "ngram.npz", "weight": 1.5 if damage == "weight" else 0.3}
    (target / "config.json").write_text(json.dumps(config), "utf-8")
    if damage == "truncate":
        data = (target / "ngram.npz").read_bytes()
        (target / "ngram.npz").write_bytes(data[: len(data) // 2])
    elif damage == "missing":
        (target / "ngram.npz").unlink()
    with pytest.raises(ModelLoadError, match="ngram"):
        OnnxClassifier(target)


def test_training_features_equal_run_time_features() -> None:
    """Training builds its TF-IDF matrix with sparse operations; run time builds one row at a time: the two
    must agree, or the fitted weights would score other features than they were fitted on."""
    pytest.importorskip("sklearn")
    from wxguard.training.ngram import bucket_matrix, tfidf_matrix

    texts = ["兼职刷单日结300", "明天上午开会", "", "哈哈哈哈", "加微信abc123加微信"]
    rng = np.random.default_rng(0)
    idf = rng.uniform(0.0, 3.0, 2**12).astype(np.float32)
    matrix = tfidf_matrix(bucket_matrix(texts, 12), idf).toarray()
    for text, row in zip(texts, matrix, strict=True):
        idx, values = tfidf_row(ngram_buckets(text, 12), idf)
        dense = np.zeros(2**12, dtype=np.float32)
        dense[idx] = values
        assert np.allclose(row, dense, atol=1e-6)


@pytest.fixture
def no_confidential(tmp_path: Path) -> Path:
    """tiny.jsonl without its confidential rows: an organisation that never labels that category."""
    lines = [x for x in TINY.read_text("utf-8").splitlines() if "confidential" not in json.loads(x)["labels"]]
    path = tmp_path / "noconf.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_fit_without_positives_for_a_label_warns_and_scores_it_near_zero(
        no_confidential: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    from wxguard.training import ngram as train_ngram

    out = tmp_path / "nc.npz"
    assert train_ngram.main(["--train", str(no_confidential), "--out", str(out), "--bits", "12"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "warning" in err[0] and "'confidential'" in err[0]
    model = NgramModel.load(out)
    j = wxguard.LABELS.index("confidential")
    assert not model.coef[:, j].any() and model.intercept[j] == train_ngram.ABSENT_INTERCEPT
    probs = model.predict([normalize(t).text for t in ["会议材料请注意保密，不要转发", "兼职刷单日结", ""]])
    assert probs.shape == (3, len(wxguard.LABELS)) and (probs[:, j] < 1e-4).all()
    assert (probs[:, [k for k in range(len(wxguard.LABELS)) if k != j]] > 1e-3).all()


def test_fit_ngram_out_without_suffix_writes_and_reports_the_same_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    from wxguard.training import ngram as train_ngram

    out = tmp_path / "sub" / "ng"
    assert train_ngram.main(["--train", str(TINY), "--out", str(out), "--bits", "12"]) == 0
    written = tmp_path / "sub" / "ng.npz"
    assert sorted(p.name for p in written.parent.iterdir()) == ["ng.npz"]
    assert capsys.readouterr().out.split(" -> ")[1].split(" (")[0] == str(written)
    NgramModel.load(written)


def test_fit_ngram_on_an_empty_file_names_it(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from wxguard.training import ngram as train_ngram

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", "utf-8")
    with pytest.raises(SystemExit, match=f"no rows in {empty}"):
        train_ngram.main(["--train", str(empty), "--out", str(tmp_path / "x.npz")])
    assert not (tmp_path / "x.npz").exists()
