"""Loading the packs once, in a background thread after the first frame, or on first use.

The title appears before any pack is validated: ``PackLoader.start`` is called once the
first frame is on screen, and whoever needs the packs calls ``result()``, which waits for
the thread (showing "one moment" if it is still busy). The validation code (pydantic and
all) is imported only when loading starts, so this module is light to import.

Packs not in the cache are validated in a child process (``python -m game.packloader``),
which fills the cache; the thread then reads the cache. Validating in the thread itself
starved: each file it read gave up Python's lock, and a busy main loop (an animation, a
video, the benchmark's loop) kept it for up to 5 ms each time, so the built-in packs took
7-40 s instead of under one (measured: 0.7 s with the main loop asleep, 6.9 s spinning).
The child also takes a hostile pack's memory with it when it ends.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.install import InstallPaths
    from game.core.models import RightsCard, SessionPlan
    from game.core.packs import Pack, PackStatus
    from game.core.problems import Problem


@dataclass(frozen=True)
class LoadedPacks:
    """What loading gives: every pack folder's outcome, the rights catalogue and the plans."""

    statuses: list[PackStatus]            # one per pack folder, playable or not (with its problems)
    rights: dict[str, RightsCard]         # the rights catalogue's cards by id
    plans: list[SessionPlan]              # community session plans whose every scenario exists
    problems: list[Problem] = field(default_factory=list)   # the catalogue's and the plans' own

    def playable(self) -> list[Pack]:
        """The packs that loaded without a problem."""
        return [s.pack for s in self.statuses if s.pack is not None and s.ok]


def load_packs(install: InstallPaths, folders: list[Path], cache_dir: Path | None) -> LoadedPacks:
    """Validate (or read from the cache) the rights catalogue, the packs under ``folders``
    and the session plans, in the calling thread. Raises only on a bug, not on a bad pack."""
    from game.core.library import load_all, open_library
    from game.core.plans import load_plans

    library, problems = open_library(install, cache_dir)
    statuses = load_all(folders, library)
    ok = [s.pack for s in statuses if s.pack is not None and s.ok]
    practice = [p for p in ok if p.info.purpose == "practice"]
    check = next((p for p in ok if p.info.purpose == "check"), None)
    plans, plan_problems = load_plans(install.assets / "session-plans.yaml", practice, check)
    return LoadedPacks(statuses, library.rights, plans, problems + plan_problems)


CHILD_TIME_LIMIT = 120.0   # seconds; then the packs left are validated in the thread, as before


def warm_cache(install: InstallPaths, folders: list[Path], cache_dir: Path | None) -> bool:
    """Validate the packs missing from the cache in a child process, which writes the cache.
    False (and nothing done) when every pack is cached, there is no cache, or the child failed."""
    from game.core.library import open_library
    from game.core.packs import find_pack_folders, is_cached

    if cache_dir is None:
        return False
    library, _ = open_library(install, cache_dir)
    if all(is_cached(folder, library) for folder in find_pack_folders(folders)):
        return False
    command = [sys.executable, "-m", "game.packloader", str(install.root), str(cache_dir), *map(str, folders)]
    try:   # its standard input stays open while the game runs (see _child_main)
        child = subprocess.Popen(command, cwd=install.root, stdin=subprocess.PIPE,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return False
    try:
        return child.wait(timeout=CHILD_TIME_LIMIT) == 0
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        logging.getLogger("seethrough.start").warning("validating the packs took over %.0f s: stopped", CHILD_TIME_LIMIT)
        return False
    finally:
        if child.stdin is not None:
            child.stdin.close()


def _child_main(argv: list[str]) -> int:
    """``python -m game.packloader ROOT CACHE FOLDER...``: fill the cache, then end. It ends too
    if the game that started it has gone (a closed game leaves no validation running): the
    game holds this process's standard input open, and the system closes it when the game ends,
    on every system (a parent process id does not change on Windows when the parent dies)."""
    from game.core.install import InstallPaths

    root, cache, *folders = argv

    def watch_parent() -> None:
        # the raw descriptor: a thread blocked in sys.stdin's reader stops Python's shutdown
        while os.read(0, 1):   # b"" only when the game's end of the pipe is closed
            pass
        os._exit(3)

    threading.Thread(target=watch_parent, daemon=True).start()
    load_packs(InstallPaths(Path(root)), [Path(f) for f in folders], Path(cache))
    return 0


class PackLoader:
    """Owns the loading thread and its result.

    ``ready`` says whether the packs are in (never blocks). ``result()`` returns them,
    waiting for the thread if it runs; if the thread failed, or was never started, it loads
    in the calling thread, so an error is raised where the packs are needed. ``on_loaded`` is
    called once with the result, in the thread that loaded it, before ``ready`` turns true.
    """

    def __init__(self, install: InstallPaths, folders: list[Path], cache_dir: Path | None,
                 on_loaded: Callable[[LoadedPacks], None] | None = None):
        self.install = install
        self.folders = folders
        self.cache_dir = cache_dir
        self.on_loaded = on_loaded
        # Shows "one moment" when ``result()`` must wait for the thread (a first start
        # validates for a few seconds); set by the App once it has a screen.
        self.on_wait: Callable[[], None] | None = None
        self._result: LoadedPacks | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def start(self) -> None:
        """Load in a background thread (once; nothing happens if loaded or started already)."""
        if self._thread is None and not self.ready:
            self._thread = threading.Thread(target=self._load_quietly, name="packs", daemon=True)
            self._thread.start()

    def thread_alive(self) -> bool:
        """Whether the background thread is still loading."""
        return self._thread is not None and self._thread.is_alive()

    def result(self) -> LoadedPacks:
        """The loaded packs, waiting for or doing the loading first (see the class)."""
        loaded = self._result
        if loaded is None:
            self._join()
            loaded = self._result or self._load()
        return loaded

    def wait(self) -> None:
        """Return once the packs are loaded (``result()`` without the result)."""
        self.result()

    def use(self, loaded: LoadedPacks) -> None:
        """Take ``loaded`` as the packs from now on (tests that show a chosen set). A load still
        running is finished first, so it cannot overwrite ``loaded``; ``on_loaded`` is not called."""
        self._join()
        self._result = loaded
        self._ready.set()

    def _join(self) -> None:
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        if thread.is_alive() and self.on_wait is not None:
            self.on_wait()
        thread.join()

    def _load(self) -> LoadedPacks:
        if threading.current_thread() is self._thread:   # in the game's own thread, validate here
            warm_cache(self.install, self.folders, self.cache_dir)
        loaded = load_packs(self.install, self.folders, self.cache_dir)
        if self.on_loaded is not None:
            self.on_loaded(loaded)   # first: whoever sees ``ready`` sees its notices too
        self._result = loaded        # one assignment: readers see nothing or all of it
        self._ready.set()
        return loaded

    def _load_quietly(self) -> None:
        try:
            self._load()
        except Exception:   # loaded again, with its error, where the packs are first needed
            logging.getLogger("seethrough.start").exception("loading the packs in the background failed")


if __name__ == "__main__":
    raise SystemExit(_child_main(sys.argv[1:]))
