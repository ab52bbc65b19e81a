"""Shared helpers for the benchmark scripts (paths, timing, tables, peers). Not part of the package.

Import this module before numpy / torch / sklearn: it pins BLAS / OpenMP pools to one thread unless the
caller's environment already says otherwise, so every "1 thread" number really uses one core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import hashlib  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
DEFAULT_MODEL_DIR = ROOT / "src" / "wxguard" / "models" / "default"
DEFAULT_RUN_DIR = Path("/work/runs/s7a")  # the run of the shipped weights (0.5.x)
TEACHER_CANDIDATES = (Path("/work/runs/t12a"), Path("/work/runs/t12"), Path("/work/runs/t4"))
DEFAULT_COLD = ROOT.parent / "shared" / "datasets" / "cold"
CACHE_DIR = Path(os.environ.get("WXGUARD_BENCH_CACHE", Path.home() / ".cache" / "wxguard" / "bench"))

sys.path.insert(0, str(ROOT / "training"))  # baseline_tfidf


# --- inputs ---------------------------------------------------------------------------------------------


def model_dir_problem(path: str | Path | None) -> str | None:
    """Why ``path`` is not a usable exported model directory, or None."""
    if path is None:
        return "no model directory given"
    p = Path(path)
    missing = [f for f in ("model.onnx", "tokenizer.json", "config.json") if not (p / f).exists()]
    return f"model directory {p} is missing {', '.join(missing)}" if missing else None


def run_dir_problem(path: str | Path | None) -> str | None:
    """Why ``path`` is not a finished ``wxguard train`` run directory, or None."""
    if path is None:
        return "no training run given"
    p = Path(path)
    missing = [
        f for f in ("classifier.pt", "train_config.json", "encoder/config.json") if not (p / f).exists()
    ]
    return f"training run {p} is missing {', '.join(missing)} (not finished?)" if missing else None


def default_teacher() -> str | None:
    """The first finished teacher run among TEACHER_CANDIDATES (None when there is none)."""
    for cand in TEACHER_CANDIDATES:
        if run_dir_problem(cand) is None:
            return str(cand)
    return None


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_cold_test(cold_dir: str | Path) -> list[tuple[str, int]]:
    import csv

    with open(Path(cold_dir) / "test.csv", encoding="utf-8-sig", newline="") as fh:
        return [(r["TEXT"], int(r["label"])) for r in csv.DictReader(fh)]


# --- timing ---------------------------------------------------------------------------------------------


def time_each(fn: Callable[[str], Any], texts: Sequence[str], warmup: int = 20) -> list[float]:
    """Milliseconds of ``fn(text)`` for every text, one at a time, after ``warmup`` untimed calls."""
    for t in list(texts)[:warmup]:
        fn(t)
    out = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summarize_ms(values: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]

    return {
        "p50": round(pct(50), 4),
        "p95": round(pct(95), 4),
        "p99": round(pct(99), 4),
        "mean": round(statistics.mean(ordered), 4),
        "n": len(ordered),
    }


def median_throughput(
    batch_fn: Callable[[list[str]], Any], texts: Sequence[str], batch_size: int, repeat: int, workers: int = 1
) -> float:
    """Median messages/s over ``repeat`` runs of ``batch_fn`` over ``texts`` (``workers`` threads)."""
    from wxguard.bench import throughput

    batch_fn(list(texts[:batch_size]))  # warm the batch path
    return round(
        statistics.median(throughput(batch_fn, texts, batch_size, workers) for _ in range(repeat)), 1
    )


def repeat_to(texts: Sequence[str], n: int) -> list[str]:
    return (list(texts) * -(-n // len(texts)))[: max(n, len(texts))]


def peak_rss_mb() -> float:
    from wxguard.bench import peak_rss_mb as peak

    return round(peak(), 1)


# --- output ---------------------------------------------------------------------------------------------


def write_result(name: str, obj: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def md_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(v: Any) -> str:
        if v is None:
            return "–"
        if isinstance(v, float):
            return f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.0f}"
        return str(v)

    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|",
    ]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def stamp() -> dict[str, Any]:
    from wxguard.bench import machine_info

    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": machine_info(),
        "threads_env": {v: os.environ.get(v) for v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS")},
    }


# --- systems shared by several scripts --------------------------------------------------------------------


def model_labels(probs: Any, thresholds: dict[str, float]) -> list[list[str]]:
    """Model-only verdicts: each label's probability >= its calibrated threshold; off_topic residual."""
    from wxguard.taxonomy import LABELS

    out = []
    for row in probs:
        labels = [lab for j, lab in enumerate(LABELS) if row[j] >= thresholds[lab]]
        if len(labels) > 1 and LABELS[-1] in labels:
            labels.remove(LABELS[-1])
        out.append(labels)
    return out


def model_input_fn(normalization: str | None) -> Callable[[str], str]:
    """What a model reads for a message: the wxguard-normalised text when it was trained so (the Guard
    hands it the rules' normalised text; a standalone model must normalise itself), else the raw text."""
    if normalization in (None, "none"):
        return lambda t: t
    from wxguard.model import model_input

    return lambda t: model_input(t, normalization)


def classifier_fns(clf: Any) -> tuple[Callable[[str], Any], Callable[[list[str]], Any]]:
    """(one message, batch) probability functions of an ``OnnxClassifier``, input normalisation included."""
    prep = model_input_fn(getattr(clf, "input_normalization", "none"))
    return (lambda t: clf.predict([prep(t)])), (lambda b: clf.predict([prep(t) for t in b]))


def tfidf_baseline(
    data: str | Path, cold: str | Path | None, refit: bool = False
) -> tuple[Any, dict[str, Any]]:
    """training/baseline_tfidf.py's pipeline, fitted once and cached (keyed on the training data and the
    normaliser)."""
    import sklearn
    from baseline_tfidf import fit_baseline, training_rows

    digest = hashlib.sha256()
    digest.update((Path(data) / "train.jsonl").read_bytes())
    if cold:
        digest.update((Path(cold) / "train.csv").read_bytes())
    import wxguard.normalize  # the baseline reads the normaliser's output: a changed normaliser means a refit

    normalizer = Path(wxguard.normalize.__file__)
    digest.update(normalizer.read_bytes())
    digest.update((normalizer.parent / "lexicons" / "variants.tsv").read_bytes())
    digest.update(f"cold={bool(cold)};sklearn={sklearn.__version__};v1".encode())
    path = CACHE_DIR / f"tfidf-{digest.hexdigest()[:16]}.pkl"
    if path.exists() and not refit:
        with open(path, "rb") as fh:
            model, info = pickle.load(fh)
        return model, {**info, "cache": str(path), "cached": True}
    t0 = time.perf_counter()
    rows = training_rows(str(data), str(cold) if cold else None)
    model = fit_baseline(rows)
    info = {"train_rows": len(rows), "with_cold": bool(cold), "fit_s": round(time.perf_counter() - t0, 1)}
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump((model, info), fh)
    return model, {**info, "cache": str(path), "cached": False}


_CJK_LO, _CJK_HI = 0x4E00, 0x9FA5


def synthetic_lexicon(n: int = 65_000, seed: int = 11) -> list[str]:
    """``n`` distinct synthetic 2-6 character CJK terms (uniform over the basic block; fixed seed).

    A stand-in for a large keyword list: real lists are skewed towards common characters and match more
    often, so the scan floor measured with them can be a little higher.
    """
    rng = random.Random(seed)
    terms: set[str] = set()
    while len(terms) < n:
        k = rng.choice((2, 2, 2, 3, 3, 3, 4, 4, 5, 6))
        terms.add("".join(chr(rng.randint(_CJK_LO, _CJK_HI)) for _ in range(k)))
    return sorted(terms)


def aho_automaton(terms: Sequence[str]) -> Any:
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, term in enumerate(terms):
        auto.add_word(term, i)
    auto.make_automaton()
    return auto
