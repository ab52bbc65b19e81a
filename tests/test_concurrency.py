"""Issue 8, concurrency: one Guard shared by threads, lexicon reloads under load, the lazy default Guard,
and the two multiprocess patterns (build before fork, build in each spawned worker)."""

from __future__ import annotations

import json
import multiprocessing
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import wxguard
from wxguard import guard as guard_module

TINY = Path(__file__).parent / "data" / "tiny.jsonl"
TIMEOUT_S = 120


def _messages() -> list[str]:
    base = [json.loads(line)["text"] for line in TINY.read_text("utf-8").splitlines()]
    extra = ["", "   ", "周末来玩开心乐园棋牌", "加我薇信 abc12345 兼职日结", "賭 博上分", "🙂" * 5,
             "长消息，" * 300, "\ud800 lone", "手机139-1234-5678，卡号6222020200112233445"]
    return (base + extra) * 4




def test_threads_sharing_one_guard_match_serial_use(any_guard: wxguard.Guard) -> None:
    texts = _messages()
    serial = [any_guard.classify(t) for t in texts]
    order = list(range(len(texts)))
    random.Random(8).shuffle(order)
    with ThreadPoolExecutor(max_workers=8) as pool:
        singles = list(pool.map(lambda i: (i, any_guard.classify(texts[i])), order, timeout=TIMEOUT_S))
        batches = [pool.submit(any_guard.classify_batch, texts[k:k + 7], batch_size=3)
                   for k in range(0, len(texts), 7)]
        batched = [v for f in batches for v in f.result(timeout=TIMEOUT_S)]
    assert [v for _, v in sorted(singles, key=lambda x: x[0])] == serial
    assert batched == serial


def test_reload_lexicons_while_classifying() -> None:
    guard = wxguard.Guard(rules_only=True)
    text = "周末来玩开心乐园棋牌"
    before = guard.classify(text)
    guard.reload_lexicons(extra_lexicons={"illegal_vulgar/gambling": ["开心乐园棋牌"]})
    after = guard.classify(text)
    assert before != after
    stop = threading.Event()
    seen: list[wxguard.Verdict] = []

    def reader() -> None:
        while not stop.is_set():
            seen.extend(guard.classify_batch([text] * 4))

    readers = [threading.Thread(target=reader) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        for i in range(3):
            terms = ["开心乐园棋牌"] if i % 2 else []
            guard.reload_lexicons(extra_lexicons={"illegal_vulgar/gambling": terms})
    finally:
        stop.set()
        for t in readers:
            t.join(TIMEOUT_S)
    assert seen and all(v in (before, after) for v in seen)


def test_default_guard_is_built_once_under_a_thread_race(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[wxguard.Guard] = []

    def slow_guard() -> wxguard.Guard:
        time.sleep(0.2)  # widen the race window
        built.append(wxguard.Guard(rules_only=True))
        return built[-1]

    monkeypatch.setattr(guard_module, "_default", None)
    monkeypatch.setattr(guard_module, "Guard", slow_guard)
    barrier = threading.Barrier(8)

    def get() -> wxguard.Guard:
        barrier.wait()
        return guard_module.default_guard()

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda _: get(), range(8), timeout=TIMEOUT_S))
    assert len(built) == 1 and all(g is built[0] for g in got)


# --- processes ---------------------------------------------------------------------------------------------

_WORKER_GUARD: wxguard.Guard | None = None


def _init_worker(model_dir: str) -> None:
    global _WORKER_GUARD
    _WORKER_GUARD = wxguard.Guard(model_dir=model_dir)


def _classify_in_worker(text: str) -> wxguard.Verdict:
    assert _WORKER_GUARD is not None
    return _WORKER_GUARD.classify(text)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform")
def test_guard_built_before_fork_works_in_children(model_guard: wxguard.Guard) -> None:
    global _WORKER_GUARD
    texts = _messages()[:40]
    serial = model_guard.classify_batch(texts)  # used before the fork, as a preloading server would
    _WORKER_GUARD = model_guard
    try:
        with multiprocessing.get_context("fork").Pool(2) as pool:
            forked = pool.map_async(_classify_in_worker, texts).get(TIMEOUT_S)
    finally:
        _WORKER_GUARD = None
    assert forked == serial


def test_guard_built_in_each_spawned_worker(exported: Path) -> None:
    texts = _messages()[:40]
    with multiprocessing.get_context("spawn").Pool(2, initializer=_init_worker,
                                                   initargs=(str(exported),)) as pool:
        spawned = pool.map_async(_classify_in_worker, texts).get(TIMEOUT_S)
    assert spawned == wxguard.Guard(model_dir=exported).classify_batch(texts)  # same files, read now
