"""wxguard: keep workplace WeChat / WeCom groups within the organisation's rules.

>>> import wxguard
>>> wxguard.classify("加我薇信 abc12345 兼职日结").labels
('advertising',)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from importlib import metadata

from .guard import DEFAULT_BATCH_SIZE, Guard, default_guard, mask_text
from .model import ModelLoadError
from .taxonomy import LABELS
from .verdict import Evidence, Verdict

__all__ = [
    "LABELS", "Evidence", "Guard", "ModelLoadError", "Verdict", "__version__",
    "classify", "classify_batch", "mask",
]
try:  # one source of truth: pyproject.toml, through the installed metadata
    __version__ = metadata.version("wxguard")
except metadata.PackageNotFoundError:  # run from a source tree without installing
    __version__ = "0+unknown"

logging.getLogger("wxguard").addHandler(logging.NullHandler())


def classify(text: str) -> Verdict:
    """Classify one message with the default Guard (shipped model + rules)."""
    return default_guard().classify(text)


def classify_batch(texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Verdict]:
    """Classify many messages with the default Guard; same length and order as ``texts``."""
    return default_guard().classify_batch(texts, batch_size=batch_size)


def mask(text: str) -> str:
    """Mask personal data and secrets in ``text`` (``110105********002X``, ``139****5678``)."""
    return mask_text(text)
