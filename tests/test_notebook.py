"""notebooks/retrain.ipynb runs top to bottom (tiny mode: a random 2-layer model) and ships stripped."""

from __future__ import annotations

import csv
import json
import shutil
import sys
import time
from pathlib import Path

import pytest

import wxguard

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK = NOTEBOOKS / "retrain.ipynb"
EXAMPLE_CSV = NOTEBOOKS / "example_labelled.csv"
TOTAL_TIMEOUT_S = 600


def test_notebook_is_committed_without_outputs() -> None:
    cells = json.loads(NOTEBOOK.read_text("utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)


def test_example_csv_covers_every_label_and_ok() -> None:
    from wxguard.training.data import load_csv  # no torch needed

    with open(EXAMPLE_CSV, encoding="utf-8", newline="") as fh:
        assert csv.DictReader(fh).fieldnames == ["text", "labels"]
    rows = load_csv(EXAMPLE_CSV)
    assert 150 <= len(rows) <= 250
    assert len({r["text"] for r in rows}) == len(rows)
    counts = {name: sum(r["targets"][i] > 0.5 for r in rows) for i, name in enumerate(wxguard.LABELS)}
    assert min(counts.values()) >= 15, counts
    assert sum(not any(r["targets"][: len(wxguard.LABELS)]) for r in rows) >= 40


def _kernel_for_this_interpreter(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec that runs ipykernel in this interpreter, found first via JUPYTER_PATH.

    It does not depend on which 'python3' kernels the machine or the user has installed.
    """
    name = "wxguard-notebook-test"
    spec = root / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "wxguard test", "language": "python"}), "utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(root))
    return name


@pytest.mark.slow
def test_retrain_notebook_runs_in_tiny_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("torch", "transformers", "onnx", "matplotlib"):
        pytest.importorskip(module, reason=f"{module} missing: install wxguard[train]")
    for module in ("nbformat", "nbclient", "ipykernel"):
        pytest.importorskip(module, reason=f"{module} missing: install wxguard[dev]")
    import nbformat
    from nbclient import NotebookClient

    kernel = _kernel_for_this_interpreter(tmp_path / "jupyter", monkeypatch)
    monkeypatch.setenv("WXGUARD_NOTEBOOK_TINY", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(EXAMPLE_CSV, work)  # the notebook reads the CSV next to it, as in a checkout

    nb = nbformat.read(NOTEBOOK, as_version=4)
    deadline = time.monotonic() + TOTAL_TIMEOUT_S
    client = NotebookClient(nb, kernel_name=kernel, startup_timeout=180,
                            timeout_func=lambda cell: max(1, int(deadline - time.monotonic())),
                            resources={"metadata": {"path": str(work)}})
    client.execute()  # raises CellExecutionError with the failing cell's traceback

    model_dir = work / "wxguard-retrain" / "model"
    config = json.loads((model_dir / "config.json").read_text("utf-8"))
    assert config["version"] == "retrained-1" and tuple(config["labels"]) == wxguard.LABELS
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert any(o.get("output_type") == "display_data" and "image/png" in o.get("data", {}) for o in outputs)
