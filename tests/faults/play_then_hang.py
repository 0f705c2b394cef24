"""Answer scenarios through the real App, say so after each, then hang (a test kills it with -9).

    python -m tests.faults.play_then_hang DATA_DIR PACKS_DIR COUNT
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def main() -> int:
    from game.app import create_app
    from game.core.library import InstallPaths
    from game.ui.flows import Journey
    from tests.ui.driver import Driver

    data, packs, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    root = Path(__file__).resolve().parent.parent.parent
    app = create_app(InstallPaths(root), data, data / "cache", lang="en", extra_packs=[packs])
    Journey(app).start()
    driver = Driver(app)
    driver.to_round("mini", "Kim")
    answered = 0
    while answered < count:
        scenario = driver.scene.round.scenario
        driver.press("1"), driver.press("2")            # real, fairly sure
        while driver.scene.round.step == "action":
            driver.press("1")
        answered += 1
        print(f"answered {answered} {scenario.id}", flush=True)
        while driver.scene.name == "round" and driver.scene.round.scenario.id == scenario.id:
            driver.press("enter")
    print("waiting", flush=True)
    while True:            # the test kills the process here, mid-round
        time.sleep(1)


if __name__ == "__main__":
    raise SystemExit(main())
