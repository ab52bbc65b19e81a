"""Build data/check/*.jsonl, held-out check sets, from the drafts in data/check/drafts/.

    python training/build_check.py

Each ``h*.jsonl`` in ``data/check/drafts/`` (a check writer's file, written by its generator script beside it)
becomes ``data/check/<name>.jsonl``. A check set is never trained or calibrated on; it is scored with
``training/select_model.py --check data/check/<name>.jsonl`` (thresholds calibrated on dev + calib).
Dropped, in this order: rows that fail the guideline's schema (``validate_row``), exact duplicates after the
wxguard normaliser, rows near another row of the same file, and rows near any corpus line (train, dev, calib
or test; character 3-gram Jaccard >= 0.6, the corpus's near-duplicate rule), so that no check row is a near
copy of anything a model trained on or was chosen with. Deterministic; prints what it dropped.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wxguard.normalize import normalize
from wxguard.training.corpus import near_duplicate_pairs, validate_row
from wxguard.training.data import read_jsonl

CORPUS = ("train", "dev", "calib", "test")


def build(rows: list[dict[str, Any]], corpus_texts: list[str]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The kept rows (keys ``text``, ``labels``, ``subs``, ``source``) and the drop counts."""
    dropped = {"invalid": 0, "exact_duplicate": 0, "near_duplicate": 0, "near_corpus": 0}
    seen: set[str] = set()
    kept = []
    for row in rows:
        if validate_row(row):
            dropped["invalid"] += 1
            continue
        key = normalize(row["text"]).text.strip()
        if key in seen:
            dropped["exact_duplicate"] += 1
            continue
        seen.add(key)
        kept.append({"text": row["text"], "labels": row["labels"], "subs": row.get("subs", []),
                     "source": row.get("source", "check")})
    texts = [r["text"] for r in kept]
    near = {j for _, j, _ in near_duplicate_pairs(texts)}
    dropped["near_duplicate"] = len(near)
    kept = [r for k, r in enumerate(kept) if k not in near]
    near = {j for _, j, _ in near_duplicate_pairs(corpus_texts, [r["text"] for r in kept])}
    dropped["near_corpus"] = len(near)
    return [r for k, r in enumerate(kept) if k not in near], dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="data", help="the corpus folder (its check/drafts/ holds the drafts)")
    ap.add_argument("--out", default=None, help="where to write (default: DATA/check)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    out_dir = Path(args.out) if args.out else data / "check"
    corpus = [str(r["text"]) for name in CORPUS for r in read_jsonl(data / f"{name}.jsonl")]
    for draft in sorted((data / "check" / "drafts").glob("h*.jsonl")):
        rows, dropped = build(list(read_jsonl(draft)), corpus)
        out = out_dir / draft.name
        with open(out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(json.dumps({"file": str(out), "rows": len(rows), "dropped": dropped}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
