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


def test_packs_missing_from_the_cache_are_validated_in_a_child_process(install, mini_pack, tmp_path):
    """The background load validates in a child process (a busy game loop starved a thread of
    Python's lock at every file read); the child fills the cache and the thread reads it."""
    from game.core.library import open_library
    from game.core.packs import is_cached
    from game.packloader import warm_cache

    cache = tmp_path / "cache"
    library, _ = open_library(install, cache)
    assert not is_cached(mini_pack, library)
    assert warm_cache(install, [mini_pack.parent], cache) is True          # a child ran, and ended well
    assert is_cached(mini_pack, library)                                   # written by the child
    assert warm_cache(install, [mini_pack.parent], cache) is False         # nothing left: no child at all
    assert warm_cache(install, [mini_pack.parent], None) is False          # no cache: the thread validates


def test_the_background_load_gives_the_same_packs_through_the_child(install, mini_pack, tmp_path):
    loader = PackLoader(install, [mini_pack.parent], tmp_path / "cache")
    loader.start()
    loaded = loader.result()
    direct = load_packs(install, [mini_pack.parent], None)
    assert [p.info.id for p in loaded.playable()] == [p.info.id for p in direct.playable()] == ["mini"]
    assert loaded.playable()[0].scenarios == direct.playable()[0].scenarios
    assert list((tmp_path / "cache").glob("pack-*.json"))


def test_the_child_ends_when_the_game_that_started_it_is_gone(install, mini_pack, tmp_path):
    """A game closed mid-validation leaves nothing running: the child watches its parent."""
    import subprocess
    import sys
    import time

    # a parent that starts the child and dies at once; the child's own work is made long
    script = (
        "import subprocess, sys; "
        f"p = subprocess.Popen([sys.executable, '-c', {CHILD!r}, {str(install.root)!r}, {str(tmp_path / 'c')!r}, "
        f"{str(mini_pack.parent)!r}], cwd={str(install.root)!r}, stdin=subprocess.PIPE, "
        "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(p.pid, flush=True)")
    parent = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    pid = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    assert not _alive(pid)


# The child as the loader starts it, with its validation slowed to a minute.
CHILD = ("import sys, time, game.packloader as p; "
         "p.load_packs = lambda *a: time.sleep(60); "
         "raise SystemExit(p._child_main(sys.argv[1:]))")


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:   # a zombie (ended, not yet reaped by init) counts as gone
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True
