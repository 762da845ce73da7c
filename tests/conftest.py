"""Shared test configuration: hypothesis profiles and the dev corpus."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, max_examples=100)
settings.register_profile(
    "ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", deadline=None, max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))

#: The shared development corpus, beside the repository (never copied into it).
CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GOLD_DIR = CORPUS_DIR.parent / "eval" / "gold"


def corpus_files() -> list[Path]:
    """The corpus articles, or no files at all where ../shared is absent."""
    return sorted(CORPUS_DIR.glob("*.txt")) if CORPUS_DIR.is_dir() else []
