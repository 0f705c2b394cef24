"""Start the real App on a data folder that cannot be written, carry on a round, then make the
folder writable and wait for the game's retry; a test reads the file meanwhile.

    python -m tests.faults.readonly_start DATA_DIR PACKS_DIR CACHE_DIR

Says on stdout what it saw; after the retry it waits for a line on stdin before closing (the
game's last try when closing must not be what saves the answers).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def main() -> int:
    from game.app import RETRY_SECONDS, create_app
    from game.core.library import InstallPaths
    from game.logsetup import start_log
    from game.ui.flows import Journey
    from tests.ui.driver import Driver
    from tests.ui.test_flow import answer_scenario

    data, packs, cache = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    root = Path(__file__).resolve().parent.parent.parent
    start_log([data, cache])
    app = create_app(InstallPaths(root), data, cache, lang="en", extra_packs=[packs])
    store = app.ctx.store
    try:
        Journey(app).start()
        driver = Driver(app)
        print("problem", store.problem, flush=True)
        driver.press("1")                        # Start: "Welcome back, Wang!"
        driver.press("1")                        # that's me
        driver.press("1")                        # the home screen: carry on practising
        print("sees", driver.sees("Carry on where you stopped: Test mini pack (extra set: mini) (1 of 4 done)"), flush=True)
        driver.click("resume:mini")
        answer_scenario(driver, "1", "1", ("safe",))
        print("notices", " ".join(n.text_key for n in app.ctx.notices), flush=True)
        print("says", *[app.ctx.t(n.text_key, **n.values) for n in app.ctx.notices if "store" in n.text_key],
              flush=True)
        data.chmod(0o755)                         # the folder can be written now
        driver.advance(RETRY_SECONDS + 1)
        print("problem", store.problem or "none", flush=True)
        print("notices", " ".join(n.text_key for n in app.ctx.notices), flush=True)
        print("waiting", flush=True)
        sys.stdin.readline()
    finally:
        store.close()
        app.ctx.speech.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
