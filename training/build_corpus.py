"""Build data/{train,dev,calib,test}.jsonl from the drafted sources in data/drafts/.

    python training/build_corpus.py            # defaults: data/drafts -> data/, seed 7

- ``w*.jsonl`` are the training writers' files (train + dev), ``t*.jsonl`` the separate test writers',
  ``v*.jsonl`` the calibration writers' (held out from training like test; used to calibrate thresholds
  and select models on writers the model has not seen, so that test stays untouched).
- Invalid rows (see ``wxguard.training.corpus.validate_row``) and exact duplicates after normalisation
  are dropped.
- Near duplicates (character 3-gram Jaccard >= 0.6 after normalisation): test lines too close to another
  test line or to any training-writer line are dropped (so the train pool never depends on the test
  files); the train pool is
  clustered on near-duplicate pairs and whole clusters go to train or dev, so dev never holds a near copy
  of a train line.
- Splits are stable: a line already in ``OUT/train.jsonl`` or ``OUT/dev.jsonl`` keeps its split (its whole
  near-duplicate cluster follows the majority of its already-placed lines), so adding a writer never moves
  lines the existing models were trained on into dev; only new clusters are drawn at random
  (``--fresh-split`` redraws everything).
- A share of labelled train lines (off_topic included) gets one programmatic obfuscated variant each
  (``wxguard.training.augment``), and a smaller share of ok lines a variant in another script, width or
  digit form; variants are kept in train.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from wxguard.normalize import normalize
from wxguard.training.augment import NEUTRAL_OPERATIONS, obfuscate
from wxguard.training.corpus import NEAR_DUP_JACCARD, count, near_duplicate_pairs, validate_row


def _read(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                rows.append(None)
    return rows


def _key(text: str) -> str:
    return normalize(text).text.strip()


def _previous_split(out: Path) -> dict[str, str]:
    """Normalised text -> "train" / "dev" for the drafted (not augmented) lines of an existing build."""
    split = {}
    for name in ("train", "dev"):
        path = out / f"{name}.jsonl"
        if path.exists():
            for row in _read(path):
                if row and not str(row.get("source", "")).startswith("aug["):
                    split[_key(row["text"])] = name
    return split


def _clean(rows: list, seen: set[str], stats: Counter) -> list[dict]:
    out = []
    for row in rows:
        if validate_row(row):
            stats["invalid"] += 1
            continue
        key = _key(row["text"])
        if key in seen:
            stats["exact_duplicate"] += 1
            continue
        seen.add(key)
        row.setdefault("subs", [])
        out.append({"text": row["text"], "labels": row["labels"], "subs": row["subs"],
                    "source": row.get("source", "draft")})
    return out


def _clusters(n: int, pairs: list[tuple[int, int, float]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        parent[find(i)] = find(j)
    return [find(i) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drafts", default="data/drafts")
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--fresh-split", action="store_true", help="ignore the split of the existing OUT files")
    ap.add_argument("--aug-frac", type=float, default=0.35,
                    help="share of labelled train lines (off_topic included) to obfuscate")
    ap.add_argument("--aug-ok-frac", type=float, default=0.1,
                    help="share of ok train lines given a variant in another script or width (traditional, "
                         "full-width, digit forms), so that the form alone does not read as a violation")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    drafts = Path(args.drafts)
    stats: Counter = Counter()
    seen: set[str] = set()
    test = []
    for path in sorted(drafts.glob("t*.jsonl")):
        test += _clean(_read(path), seen, stats)
    calib = []
    for path in sorted(drafts.glob("v*.jsonl")):
        calib += _clean(_read(path), seen, stats)
    pool = []
    for path in sorted(drafts.glob("w*.jsonl")):
        pool += _clean(_read(path), seen, stats)

    drop = {j for _, j, _ in near_duplicate_pairs([r["text"] for r in test])}
    stats["test_near_duplicate"] = len(drop)
    test = [r for k, r in enumerate(test) if k not in drop]
    cross = {j for _, j, _ in near_duplicate_pairs([r["text"] for r in pool], [r["text"] for r in test])}
    stats["test_near_train_pool"] = len(cross)
    test = [r for k, r in enumerate(test) if k not in cross]
    # calibration lines: not near each other, the training pool or test (test is built first and never moves)
    drop = {j for _, j, _ in near_duplicate_pairs([r["text"] for r in calib])}
    held = [r["text"] for r in pool + test]
    drop |= {j for _, j, _ in near_duplicate_pairs(held, [r["text"] for r in calib])}
    stats["calib_near_duplicate_or_near_train_test"] = len(drop)
    calib = [r for k, r in enumerate(calib) if k not in drop]

    pairs = near_duplicate_pairs([r["text"] for r in pool])
    stats["train_pool_near_duplicate_pairs"] = len(pairs)
    roots = _clusters(len(pool), pairs)
    cluster_ids = sorted(set(roots))
    rng.shuffle(cluster_ids)
    dev_clusters = set(cluster_ids[: int(len(cluster_ids) * args.dev_frac)])
    previous = {} if args.fresh_split else _previous_split(Path(args.out))
    placed: dict[int, Counter] = {}
    for row, c in zip(pool, roots, strict=True):
        if (split := previous.get(_key(row["text"]))) is not None:
            placed.setdefault(c, Counter())[split] += 1
    for c, votes in placed.items():
        (dev_clusters.add if votes.most_common(1)[0][0] == "dev" else dev_clusters.discard)(c)
    stats["clusters_kept_in_previous_split"] = len(placed)
    train = [r for r, c in zip(pool, roots, strict=True) if c not in dev_clusters]
    dev = [r for r, c in zip(pool, roots, strict=True) if c in dev_clusters]

    augmented = []
    for row in train:
        if row["labels"] and rng.random() < args.aug_frac:
            text, ops = obfuscate(row["text"], rng)
        elif not row["labels"] and rng.random() < args.aug_ok_frac:
            text, ops = obfuscate(row["text"], rng, ops=NEUTRAL_OPERATIONS)
        else:
            continue
        if ops and text != row["text"]:
            augmented.append({**row, "text": text, "source": f"aug[{'+'.join(ops)}]:{row['source']}"})
    stats["augmented"] = len(augmented)
    train += augmented
    rng.shuffle(train)

    out = Path(args.out)
    splits = (("train", train), ("dev", dev), ("calib", calib), ("test", test))
    for name, rows in splits:
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({**row, "split": name}, ensure_ascii=False) + "\n")
    summary = {"near_dup_jaccard": NEAR_DUP_JACCARD, "seed": args.seed, "build": dict(stats),
               "splits": {n: count(r) for n, r in splits}}
    (out / "stats.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    print(json.dumps({k: v["rows"] for k, v in summary["splits"].items()} | dict(stats)))


if __name__ == "__main__":
    main()
