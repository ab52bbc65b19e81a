"""Build data/bias/{bias_comments,bias_check}.csv from the drafted sources in data/bias/drafts/.

    python training/build_bias.py [--cold ../shared/datasets/cold]

``b*.jsonl`` (training writers) -> ``bias_comments.csv``; ``h*.jsonl`` (held-out check writers) ->
``bias_check.csv``. Both in COLD's format (``TEXT``, ``label`` 0/1, plus ``topic``, ``kind``, ``source``),
read as ``offensive:PATH``. Dropped, in this order: rows that are not valid (empty text, label not 0/1), exact
duplicates after the wxguard normaliser, check rows near another check row, training rows near a check row
or a corpus test / calib line, and, with ``--cold``, any row near a COLD dev or test row (character 3-gram
Jaccard >= 0.6, the corpus's near-duplicate rule). Deterministic; prints what it dropped.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from wxguard.normalize import normalize
from wxguard.training.corpus import near_duplicate_pairs
from wxguard.training.data import load_cold, read_jsonl

FIELDS = ["TEXT", "label", "topic", "kind", "source"]


def _read(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        for obj in read_jsonl(path):
            text = str(obj.get("text", "")).strip()
            if not text or obj.get("offensive") not in (0, 1):
                print(f"{path.name}: invalid row dropped")
                continue
            rows.append({"TEXT": text, "label": int(obj["offensive"]), "topic": obj.get("topic", ""),
                         "kind": obj.get("kind", ""), "source": obj.get("source", path.stem)})
    return rows


def _dedup(rows: list[dict[str, Any]], seen: set[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        key = normalize(row["TEXT"]).text
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    return out


def _drop_near(rows: list[dict[str, Any]], others: list[str]) -> list[dict[str, Any]]:
    if not rows or not others:
        return rows
    near = {i for i, _, _ in near_duplicate_pairs([r["TEXT"] for r in rows], others)}
    return [r for i, r in enumerate(rows) if i not in near]


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drafts", default="data/bias/drafts")
    ap.add_argument("--out", default="data/bias")
    ap.add_argument("--data", default="data", help="corpus folder (its test and calib lines are kept apart)")
    ap.add_argument("--cold", default=None, help="COLD folder: drop rows near its dev or test rows")
    args = ap.parse_args(argv)
    drafts, out = Path(args.drafts), Path(args.out)
    seen: set[str] = set()
    check = _dedup(_read(sorted(drafts.glob("h*.jsonl"))), seen)
    within = {j for _, j, _ in near_duplicate_pairs([r["TEXT"] for r in check])}
    check = [r for i, r in enumerate(check) if i not in within]
    train = _dedup(_read(sorted(drafts.glob("b*.jsonl"))), seen)
    n0 = len(train)
    held = [row["text"] for name in ("test.jsonl", "calib.jsonl")
            for row in read_jsonl(Path(args.data) / name)]
    train = _drop_near(train, [r["TEXT"] for r in check] + held)
    print(f"check: {len(check)} rows ({len(within)} near another check row dropped)")
    print(f"train: {len(train)} rows ({n0 - len(train)} near a check, test or calib line dropped)")
    if args.cold:
        cold = [r["text"] for name in ("dev.csv", "test.csv") for r in load_cold(Path(args.cold) / name)]
        c0, t0 = len(check), len(train)
        check, train = _drop_near(check, cold), _drop_near(train, cold)
        print(f"near a COLD dev/test row: {c0 - len(check)} check and {t0 - len(train)} train rows dropped")
    _write(out / "bias_check.csv", check)
    _write(out / "bias_comments.csv", train)
    for name, rows in (("bias_comments", train), ("bias_check", check)):
        off = sum(r["label"] for r in rows)
        print(f"{name}: {len(rows)} rows, {off} offensive ({off / max(1, len(rows)):.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
