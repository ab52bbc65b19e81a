"""The labelled corpus in data/: schema, guideline rules, counts of the data card, honest splits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from wxguard.taxonomy import LABELS, SUB_LABELS

DATA = Path(__file__).resolve().parents[1] / "data"
SPLITS = ("train", "dev", "calib", "test")


def _rows(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {split: _rows(split) for split in SPLITS}


def test_every_row_follows_the_guideline(corpus: dict[str, list[dict]]) -> None:
    from wxguard.training.corpus import validate_row

    for split, rows in corpus.items():
        bad = [(i, validate_row(r)) for i, r in enumerate(rows) if validate_row(r)]
        assert not bad, f"{split}: {bad[:5]}"
        assert all(r["split"] == split for r in rows)


def test_counts_of_the_data_card(corpus: dict[str, list[dict]]) -> None:
    total = sum(len(rows) for rows in corpus.values())
    assert total >= 20_000 and len(corpus["test"]) >= 2_000
    train = corpus["train"]
    labels = Counter(lab for r in train for lab in r["labels"])
    subs = Counter(s for r in train for s in r["subs"])
    assert all(labels[lab] >= 1_500 for lab in LABELS), labels
    assert all(subs[s] >= 150 for s in SUB_LABELS), {s: subs[s] for s in SUB_LABELS if subs[s] < 150}
    ok_share = sum(1 for r in train if not r["labels"]) / len(train)
    assert 0.28 <= ok_share <= 0.42, ok_share
    stats = json.loads((DATA / "stats.json").read_text("utf-8"))
    assert {s: stats["splits"][s]["rows"] for s in SPLITS} == {s: len(corpus[s]) for s in SPLITS}


def test_obfuscated_share_of_violating_train_lines(corpus: dict[str, list[dict]]) -> None:
    violating = [r for r in corpus["train"] if r["labels"] and r["labels"] != ["off_topic"]]
    augmented = [r for r in violating if r["source"].startswith("aug[")]
    assert len(augmented) / len(violating) >= 0.20


def test_ok_lines_only_get_variants_that_keep_their_meaning(corpus: dict[str, list[dict]]) -> None:
    """An ok line's variant may change script, width or digit forms, never insert evasion (separators,
    spelling variants, emoji) that would make it look like spam; off_topic lines are obfuscated too."""
    from wxguard.training.augment import NEUTRAL_OPERATIONS

    ok_aug = [r for r in corpus["train"] if not r["labels"] and r["source"].startswith("aug[")]
    assert ok_aug
    for row in ok_aug:
        ops = row["source"][4:].split("]:", 1)[0].split("+")
        assert set(ops) <= set(NEUTRAL_OPERATIONS), row["source"]
    assert any(r["labels"] == ["off_topic"] and r["source"].startswith("aug[") for r in corpus["train"])


def test_obfuscate_draws_only_from_the_given_operations() -> None:
    import random

    from wxguard.training.augment import obfuscate

    rng = random.Random(3)
    for _ in range(200):
        text, ops = obfuscate("明天上午9点在3楼会议室开会，请准时参加", rng, ops=("traditional", "digits"))
        assert set(ops) <= {"traditional", "digits"}
        assert ("會" in text) == ("traditional" in ops)


def test_augmented_lines_stay_in_train(corpus: dict[str, list[dict]]) -> None:
    assert not [r for s in ("dev", "calib", "test") for r in corpus[s] if r["source"].startswith("aug[")]


def test_test_and_calib_splits_come_from_separate_writers(corpus: dict[str, list[dict]]) -> None:
    test_sources = {r["source"] for r in corpus["test"]}
    calib_sources = {r["source"] for r in corpus["calib"]}
    train_sources = {r["source"].split("]:", 1)[-1] for s in ("train", "dev") for r in corpus[s]}
    assert test_sources and calib_sources
    assert not test_sources & train_sources and not calib_sources & train_sources
    assert not test_sources & calib_sources


def test_no_exact_or_near_duplicates_across_splits(corpus: dict[str, list[dict]]) -> None:
    from wxguard.normalize import normalize
    from wxguard.training.corpus import near_duplicate_pairs

    keys = {s: {normalize(r["text"]).text.strip() for r in corpus[s]} for s in SPLITS}
    for i, a in enumerate(SPLITS):
        for b in SPLITS[i + 1:]:
            assert not keys[a] & keys[b], (a, b)
    originals = [r["text"] for r in corpus["train"] if not r["source"].startswith("aug[")]
    for held_out in ("dev", "calib", "test"):
        assert near_duplicate_pairs(originals, [r["text"] for r in corpus[held_out]]) == [], held_out
    calib = [r["text"] for r in corpus["calib"]]
    assert near_duplicate_pairs([r["text"] for r in corpus["test"] + corpus["dev"]], calib) == []


def test_near_duplicate_detector_finds_obfuscated_copies() -> None:
    from wxguard.training.corpus import near_duplicate_pairs

    pairs = near_duplicate_pairs(["兼职刷单日结三百，有意私聊"],
                                 ["兼職 刷單日結三百，有意私聊", "明天上午开会"])
    assert [(i, j) for i, j, _ in pairs] == [(0, 0)]


def test_rebuild_keeps_the_split_of_existing_lines(tmp_path: Path) -> None:
    """Adding a writer must not move lines between train and dev (models trained on train would then be
    scored on their own training lines)."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "training" / "build_corpus.py"
    lines = (Path(__file__).parent / "data" / "tiny.jsonl").read_text("utf-8").splitlines()
    drafts, out = tmp_path / "drafts", tmp_path / "out"
    drafts.mkdir()
    out.mkdir()
    (drafts / "w1.jsonl").write_text("\n".join(lines[:14]) + "\n", "utf-8")
    (drafts / "t1.jsonl").write_text(lines[14] + "\n", "utf-8")
    (drafts / "v1.jsonl").write_text(lines[15] + "\n", "utf-8")

    def build(*extra: str) -> dict[str, str]:
        subprocess.run([sys.executable, str(script), "--drafts", str(drafts), "--out", str(out),
                        "--dev-frac", "0.5", "--aug-frac", "0", "--aug-ok-frac", "0", *extra],
                       check=True, capture_output=True)
        return {json.loads(x)["text"]: name for name in ("train", "dev")
                for x in (out / f"{name}.jsonl").read_text("utf-8").splitlines()}

    first = build()
    assert set(first.values()) == {"train", "dev"}
    calib = [json.loads(x)["text"] for x in (out / "calib.jsonl").read_text("utf-8").splitlines()]
    assert calib == [json.loads(lines[15])["text"]] and calib[0] not in first
    (drafts / "w0.jsonl").write_text("\n".join(lines[16:]) + "\n", "utf-8")  # sorts first: changes the draw
    second = build()
    assert {t: second[t] for t in first} == first
    assert set(second) - set(first) == {json.loads(x)["text"] for x in lines[16:]}


def _bias(name: str) -> list[dict]:
    import csv

    with open(DATA / "bias" / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_bias_files_are_valid_and_kept_apart(corpus: dict[str, list[dict]]) -> None:
    """data/bias: COLD-format rows (label 0/1); the check set shares no writer and no near copy with the
    training rows, and neither is near a corpus test or calib line."""
    from wxguard.training.corpus import near_duplicate_pairs

    train, check = _bias("bias_comments"), _bias("bias_check")
    assert len(train) > 1000 and len(check) > 300
    for rows in (train, check):
        assert all(r["TEXT"].strip() and r["label"] in ("0", "1") for r in rows)
        share = sum(r["label"] == "1" for r in rows) / len(rows)
        assert 0.3 < share < 0.6  # both classes well represented
    assert not {r["source"] for r in train} & {r["source"] for r in check}
    assert near_duplicate_pairs([r["TEXT"] for r in train], [r["TEXT"] for r in check]) == []
    held = [r["text"] for r in corpus["test"] + corpus["calib"]]
    assert near_duplicate_pairs([r["TEXT"] for r in train + check], held) == []


def test_bias_files_rebuild_byte_for_byte(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = DATA.parent
    subprocess.run([sys.executable, str(root / "training" / "build_bias.py"), "--out", str(tmp_path),
                    "--drafts", str(DATA / "bias" / "drafts"), "--data", str(DATA)],
                   check=True, capture_output=True)
    for name in ("bias_comments.csv", "bias_check.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / "bias" / name).read_bytes(), name


def test_check_sets_are_valid_and_kept_apart(corpus: dict[str, list[dict]]) -> None:
    """data/check: held-out labelled files under the guideline, by writers of their own, with no near copy of
    any corpus line (a model never trains or calibrates on them)."""
    from wxguard.training.corpus import near_duplicate_pairs, validate_row

    files = sorted((DATA / "check").glob("h*.jsonl"))
    assert files
    corpus_sources = {r["source"] for rows in corpus.values() for r in rows}
    every = [r["text"] for rows in corpus.values() for r in rows]
    for path in files:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        assert len(rows) > 300
        assert all(validate_row(r) == [] for r in rows)
        assert 0.2 < sum(bool(r["labels"]) for r in rows) / len(rows) < 0.6
        assert not {r["source"] for r in rows} & corpus_sources
        assert near_duplicate_pairs(every, [r["text"] for r in rows]) == []


def test_check_sets_rebuild_byte_for_byte(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = DATA.parent
    subprocess.run([sys.executable, str(root / "training" / "build_check.py"), "--data", str(DATA),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for path in sorted((DATA / "check").glob("h*.jsonl")):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
