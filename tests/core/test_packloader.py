"""The pack loader: a background load after the first frame, a clear ready signal, and an
error raised where the packs are needed when the background load failed (game/packloader.py)."""
from __future__ import annotations

import threading

import pytest

import game.packloader
from game.packloader import LoadedPacks, PackLoader, load_packs


def test_the_packs_load_with_the_catalogue_and_the_plans(install, mini_pack, tmp_path):
    loaded = load_packs(install, [mini_pack.parent], tmp_path / "cache")
    assert [p.info.id for p in loaded.playable()] == ["mini"]
    assert loaded.rights                                   # the catalogue loaded cleanly
    # The built-in session plans name built-in scenarios: without those packs none is kept,
    # and each missing scenario is a problem naming the plans file.
    assert loaded.plans == [] and loaded.problems
    assert all(p.path.endswith("session-plans.yaml") for p in loaded.problems)


def test_asked_before_any_thread_the_packs_load_in_the_calling_thread(install, mini_pack, tmp_path):
    told = []
    loader = PackLoader(install, [mini_pack.parent], tmp_path / "cache",
                        on_loaded=lambda loaded: told.append((loaded, threading.current_thread())))
    assert not loader.ready
    loaded = loader.result()
    assert loader.ready and not loader.thread_alive()
    assert told == [(loaded, threading.current_thread())]   # told once, before ready
    assert loader.result() is loaded                        # loaded once
    loader.start()
    assert not loader.thread_alive()                        # nothing left to load


def fake_packs() -> LoadedPacks:
    return LoadedPacks(statuses=[], rights={}, plans=[])


def test_waiting_for_the_thread_shows_one_moment_then_returns_its_result(install, monkeypatch):
    release = threading.Event()
    made = fake_packs()

    def slow_load(*args) -> LoadedPacks:
        release.wait(30)
        return made

    monkeypatch.setattr(game.packloader, "load_packs", slow_load)
    loader = PackLoader(install, [], None)
    loader.on_wait = release.set   # "one moment" is on screen; the load may finish now
    loader.start()
    assert loader.thread_alive() and not loader.ready
    assert loader.result() is made and loader.ready
    assert release.is_set(), "the wait was not shown"


def test_a_failed_background_load_is_tried_again_where_the_packs_are_needed(install, monkeypatch, caplog):
    threads = []

    def broken_load(*args) -> LoadedPacks:
        threads.append(threading.current_thread().name)
        raise RuntimeError("the catalogue is unreadable")

    monkeypatch.setattr(game.packloader, "load_packs", broken_load)
    loader = PackLoader(install, [], None)
    loader.start()
    with pytest.raises(RuntimeError, match="unreadable"):
        loader.result()
    assert threads == ["packs", threading.current_thread().name]
    assert not loader.ready
    assert "loading the packs in the background failed" in caplog.text


def test_a_test_can_put_its_own_packs_in(install):
    loader = PackLoader(install, [], None)
    chosen = fake_packs()
    loader.use(chosen)
    assert loader.ready and loader.result() is chosen
