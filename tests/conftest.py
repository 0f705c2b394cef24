"""Shared fixtures: the install paths, a library, a copy of the mini pack, a headless app."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ARTIFACTS = ROOT / "artifacts"


def artifact(name: str) -> Path:
    """Where a test saves a picture for a person to look at (the folder is made: a fresh clone
    has none)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


@pytest.fixture
def install():
    from game.core.library import InstallPaths

    return InstallPaths(ROOT)


@pytest.fixture
def library(install, tmp_path):
    from game.core.library import open_library

    lib, problems = open_library(install, tmp_path / "cache")
    assert problems == []
    return lib


@pytest.fixture
def mini_pack(tmp_path) -> Path:
    """A private copy of the small test pack, safe to break."""
    target = tmp_path / "packs" / "mini"
    shutil.copytree(DATA / "packs" / "mini", target)
    return target


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One cache folder for the apps of a test run: the built-in packs are validated (and their
    voices rendered) once, not once per test. Tests of the cache itself use their own. The
    rendered speech is deleted when the run ends, even when a test failed."""
    folder = tmp_path_factory.mktemp("shared-cache")
    yield folder
    shutil.rmtree(folder / "speech", ignore_errors=True)


@pytest.fixture
def app(install, tmp_path, mini_pack, shared_cache):
    """A real App on SDL's dummy video driver, with the mini pack available."""
    import pygame

    from game.app import create_app

    application = create_app(install, tmp_path / "data", shared_cache, lang="en",
                             extra_packs=[mini_pack.parent])
    yield application
    application.ctx.store.close()
    application.ctx.speech.close()
    pygame.quit()
