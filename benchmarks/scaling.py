"""Scaling: throughput vs message length (10 to 2,000 characters) and vs batch size.

    python benchmarks/scaling.py [--model-dir DIR] [--lengths 10,30,100,300,1000,2000]
                                 [--batch-sizes 1,4,16,64,256] [--repeat 3] [--quick]

Length: messages of exactly L characters, made by joining random dev messages (fixed seed; never test)
and cutting at L; each timed alone, one call per message, 1 thread, after a warm-up (median ms, and
messages/s and characters/s from the mean). For the model, the token count, the number of windows scored
and the share of tokens the windows cover (at most ``wxguard.model.MAX_WINDOWS`` windows of
``max_length - 2`` tokens) are reported too. Batch: the built-in mix repeated to 1,024 messages,
``classify_batch`` / ``predict`` in batches of B, on 1 and 2 worker threads sharing one instance
(onnxruntime intra-op threads = 1), median of ``--repeat`` runs.
Writes benchmarks/results/scaling.json, scaling_length.png and scaling_batch.png; prints markdown tables.
"""

# ruff: noqa: I001  (_common is imported first on purpose)
from __future__ import annotations

import _common as C  # first: pins thread pools before numpy loads

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

NAMES = {
    "aho": "Aho-Corasick floor",
    "rules": "rules only",
    "model": "model only (int8)",
    "full": "full pipeline",
}


def make_messages(dev: list[str], length: int, n: int, seed: int) -> list[str]:
    rng = random.Random(seed * 7919 + length)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < length:
            parts.append(rng.choice(dev))
        out.append("，".join(parts)[:length])
    return out


def _coverage(clf: Any, text: str) -> tuple[int, int, float]:
    """(tokens, windows scored, share of tokens inside some window) for one message."""
    text = C.model_input_fn(getattr(clf, "input_normalization", "none"))(text)
    ids = clf.tokenizer.encode(text, add_special_tokens=False).ids
    windows = clf._windows(ids)
    covered = set()
    pos = 0
    for w in windows:
        body = w[1:-1]
        for s in range(pos, len(ids) - len(body) + 1):
            if ids[s : s + len(body)] == body:
                covered.update(range(s, s + len(body)))
                pos = s
                break
    return len(ids), len(windows), (len(covered) / len(ids)) if ids else 1.0


def _systems(args: argparse.Namespace, skipped: dict[str, str]) -> tuple[dict[str, Any], Any]:
    from wxguard import Guard

    systems: dict[str, Any] = {}
    clf = None
    if "aho" in args.systems:
        auto = C.aho_automaton(C.synthetic_lexicon())
        one = lambda t: sum(1 for _ in auto.iter(t))  # noqa: E731
        systems["aho"] = (one, lambda b: [one(t) for t in b])
    if "rules" in args.systems:
        g = Guard(rules_only=True)
        systems["rules"] = (g.classify, lambda b, g=g: g.classify_batch(b, batch_size=len(b)))
    problem = C.model_dir_problem(args.model_dir)
    if problem:
        for s in ("model", "full"):
            skipped[s] = problem
        return systems, None
    from wxguard.model import OnnxClassifier

    clf = OnnxClassifier(args.model_dir, threads=1)
    if "model" in args.systems:
        systems["model"] = C.classifier_fns(clf)
    if "full" in args.systems:
        full = Guard(model_dir=args.model_dir, threads=1)
        systems["full"] = (full.classify, lambda b: full.classify_batch(b, batch_size=len(b)))
    return systems, clf


def _plot(res: dict[str, Any], p_len: Path, p_batch: Path) -> None:
    plt = C.pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    for s, rows in res["length"]["systems"].items():
        xs = [r["chars"] for r in rows]
        axes[0].plot(xs, [r["ms_p50"] for r in rows], marker="o", label=NAMES[s])
        axes[1].plot(xs, [r["chars_per_s"] for r in rows], marker="o", label=NAMES[s])
    for ax in axes:
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("message length (characters)")
        ax.grid(True, which="major", alpha=0.3)
    axes[0].set_ylabel("ms per message (median, 1 thread)")
    axes[1].set_ylabel("characters per second (1 thread)")
    axes[0].legend(fontsize=8)
    axes[0].set_title("time per message vs length", fontsize=9)
    partial = [c for c in res["length"].get("model_windows", []) if c["coverage"] < 0.999]
    axes[1].set_title(
        "model scores " + ", ".join(f"{c['coverage']:.0%} of tokens at {c['chars']:,} chars" for c in partial)
        if partial
        else "throughput vs length",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(p_len, dpi=120)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6.5, 4))
    for k, (s, rows) in enumerate(res["batch"]["systems"].items()):
        color = f"C{k}"
        for threads, style in ((1, "-"), (2, "--")):
            pts = [(r["batch"], r["msgs_per_s"]) for r in rows if r["threads"] == threads]
            if pts:
                ax.plot(
                    *zip(*pts, strict=True),
                    style,
                    marker="o",
                    color=color,
                    label=f"{NAMES[s]}, {threads} thread(s)",
                )
    ax.set_xscale("log", base=2)
    ax.set_xticks(sorted({r["batch"] for rows in res["batch"]["systems"].values() for r in rows}))
    ax.get_xaxis().set_major_formatter(plt.matplotlib.ticker.ScalarFormatter())
    ax.set_yscale("log")
    ax.set_xlabel("batch size")
    ax.set_ylabel("messages/s")
    ax.axhline(2000, color="grey", lw=0.8, ls=":")
    ax.text(1, 2000, " goal: 2,000 msg/s on 2 threads", fontsize=7, va="bottom", color="grey")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=7)
    ax.set_title(
        f"throughput vs batch size ({res['batch']['messages']} messages of the bench mix)", fontsize=9
    )
    fig.tight_layout()
    fig.savefig(p_batch, dpi=120)
    plt.close(fig)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-dir", default=str(C.DEFAULT_MODEL_DIR), help="exported int8 model directory")
    ap.add_argument("--dev", default=str(C.ROOT / "data" / "dev.jsonl"), help="source of message text")
    ap.add_argument("--lengths", default="10,30,100,300,1000,2000")
    ap.add_argument("--batch-sizes", default="1,4,16,64,256")
    ap.add_argument("--threads", default="1,2", help="worker threads for the batch sweep")
    ap.add_argument("--systems", default="aho,rules,model,full", help="subset of " + ",".join(NAMES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="smoke run: few messages, 1 repeat")
    ap.add_argument("--out", default="scaling", help="result name under benchmarks/results/")
    args = ap.parse_args()
    from wxguard.bench import load_mix

    started = time.perf_counter()
    args.systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    lengths = [int(x) for x in args.lengths.split(",")]
    batch_sizes = [int(x) for x in args.batch_sizes.split(",")]
    thread_counts = [int(x) for x in args.threads.split(",")]
    budget_chars, repeat, workload = 40_000, args.repeat, 1024
    if args.quick:
        budget_chars, repeat, workload = 4_000, 1, 256
    skipped: dict[str, str] = {}
    systems, clf = _systems(args, skipped)
    dev = [" ".join(r["text"].split()) for r in C.load_jsonl(args.dev)]

    res: dict[str, Any] = {
        **C.stamp(),
        "paths": {"model_dir": args.model_dir},
        "method": {
            "repeat": repeat,
            "budget_chars_per_length": budget_chars,
            "workload": workload,
            "quick": args.quick,
        },
        "length": {"systems": {s: [] for s in systems}},
        "batch": {"messages": 0, "systems": {s: [] for s in systems if s != "aho"}},
        "skipped": skipped,
    }
    for length in lengths:
        n = max(10 if args.quick else 20, min(200, budget_chars // length))
        texts = make_messages(dev, length, n, args.seed)
        print(f"[scaling] length {length} x {n} ...", file=sys.stderr, flush=True)
        for s, (one, _) in systems.items():
            ms = C.time_each(one, texts, warmup=5)
            mean_s = statistics.mean(ms) / 1000
            res["length"]["systems"][s].append(
                {
                    "chars": length,
                    "n": n,
                    "ms_p50": round(statistics.median(ms), 4),
                    "ms_mean": round(mean_s * 1000, 4),
                    "msgs_per_s": round(1 / mean_s, 1),
                    "chars_per_s": round(length / mean_s, 0),
                }
            )
        if clf is not None and hasattr(clf, "_windows"):  # private API of wxguard.model: skip if it moves
            cov = [_coverage(clf, t) for t in texts]
            res["length"].setdefault("model_windows", []).append(
                {
                    "chars": length,
                    "tokens": round(statistics.mean(c[0] for c in cov), 1),
                    "windows": round(statistics.mean(c[1] for c in cov), 2),
                    "coverage": round(statistics.mean(c[2] for c in cov), 4),
                }
            )
    work = C.repeat_to(load_mix(), workload)
    res["batch"]["messages"] = len(work)
    for s, (_, batch_fn) in systems.items():
        if s == "aho":
            continue
        for threads in thread_counts:
            for bs in batch_sizes:
                print(f"[scaling] {s} batch {bs} threads {threads} ...", file=sys.stderr, flush=True)
                tp = C.median_throughput(batch_fn, work, bs, repeat, threads)
                res["batch"]["systems"][s].append({"batch": bs, "threads": threads, "msgs_per_s": tp})
    res["seconds"] = round(time.perf_counter() - started, 1)
    C.write_result(args.out, res)
    _plot(res, C.RESULTS / f"{args.out}_length.png", C.RESULTS / f"{args.out}_batch.png")

    names = list(res["length"]["systems"])
    rows = []
    for k, length in enumerate(lengths):
        row: list[Any] = [length]
        for s in names:
            r = res["length"]["systems"][s][k]
            row.append(f"{r['ms_p50']:.3g} ms · {r['msgs_per_s']:,.0f}/s")
        if res["length"].get("model_windows"):
            w = res["length"]["model_windows"][k]
            row.append(f"{w['tokens']:.0f} tok, {w['windows']:.1f} win, {w['coverage']:.0%}")
        rows.append(row)
    heads = ["chars", *[NAMES[s] for s in names]] + (
        ["model input"] if res["length"].get("model_windows") else []
    )
    print("Per message, 1 thread (median ms · messages/s)\n")
    print(C.md_table(heads, rows))
    bnames = list(res["batch"]["systems"])
    if bnames:
        print(f"\nmessages/s vs batch size ({len(work)} messages)\n")
        rows = []
        for bs in batch_sizes:
            row = [bs]
            for s in bnames:
                for threads in thread_counts:
                    row.append(
                        next(
                            (
                                r["msgs_per_s"]
                                for r in res["batch"]["systems"][s]
                                if r["batch"] == bs and r["threads"] == threads
                            ),
                            None,
                        )
                    )
            rows.append(row)
        print(C.md_table(["batch", *[f"{NAMES[s]} {t}t" for s in bnames for t in thread_counts]], rows))
    for k, v in skipped.items():
        print(f"- skipped {k}: {v}")
    print(f"\n(wrote {C.RESULTS / (args.out + '.json')}, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
