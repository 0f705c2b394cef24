"""Fixtures for the screen tests."""
from __future__ import annotations

import pygame
import pytest

from game.app import create_app
from game.ui.flows import Journey
from tests.ui.driver import Driver


def with_player(install, tmp_path, shared_cache, size=None):
    """The game with its built-in packs in English, in a window of ``size`` (default 1280×720),
    and a player chosen, on the pack list; closed when the generator is (a fixture's body)."""
    app = create_app(install, tmp_path / "data", shared_cache, lang="en", size=size)
    Journey(app).start()
    Driver(app).new_player("2", "Mei")
    yield app
    app.ctx.store.close()
    app.ctx.speech.close()
    pygame.quit()


@pytest.fixture
def built_in_app(install, tmp_path, shared_cache):
    """The game with its built-in packs and a player chosen, on the pack list (rounds of one
    scenario are opened with ``tests.ui.test_big_clips.open_round``)."""
    yield from with_player(install, tmp_path, shared_cache)
