"""A scene starts its media and writes its records when it is shown, not when it is built: a round
waiting behind 'preparing voices' plays nothing and records nothing, and its answer time starts
when it is on screen (issue: the first clip played under the progress bar, 8 s in)."""
import time

import pygame
import pytest

from game.app import create_app
from game.ui.flows import Journey
from tests.conftest import DATA
from tests.ui.driver import Driver


@pytest.fixture
def fresh_app(install, tmp_path):
    """An app with an empty speech cache, so the round must wait for its voices."""
    app = create_app(install, tmp_path / "data", tmp_path / "cache", lang="en",
                     extra_packs=[DATA / "packs" / "calls"])
    Journey(app).start()
    yield app
    app.ctx.store.close()
    app.ctx.speech.close()
    pygame.quit()


def rounds_recorded(app) -> int:
    return app.ctx.store.db.execute("SELECT COUNT(*) FROM rounds").fetchone()[0]


def test_nothing_plays_or_is_recorded_until_the_voices_are_ready(fresh_app):
    driver = Driver(fresh_app)
    driver.new_player("2", "Lin")
    driver.click_listed("pack:calls")
    assert driver.scene.name == "prepare"
    preparing_from = fresh_app.ctx.time
    while driver.scene.name == "prepare":
        last_step_from = fresh_app.ctx.time        # the round appears during one of these steps
        # The round is not even built yet (game/ui/flows.py builds it when preparing is done)
        assert [s.name for s in fresh_app.scenes] == ["title", "packs", "prepare"]
        assert rounds_recorded(fresh_app) == 0
        driver.advance(0.1)
        time.sleep(0.05)        # the speech worker renders in real time
    shown_at = fresh_app.ctx.time
    shown = driver.scene
    assert shown.name == "round" and shown.entered and shown_at > preparing_from
    assert rounds_recorded(fresh_app) == 1 and shown.callview.call.ringing   # it rings only now
    driver.press("1")                                        # answer
    driver.press(driver.choice_key("send_money"))            # a quick (bad) ending
    driver.press("enter"), driver.press("2"), driver.press("3")
    answered_at = fresh_app.ctx.time
    [attempt] = fresh_app.ctx.store.attempts(fresh_app.ctx.profile)
    assert shown_at - preparing_from > 1.0                        # preparing took a while...
    assert 0 < attempt["seconds"] <= answered_at - last_step_from + 1e-6   # ...and none of it counts


def test_a_scene_built_but_never_shown_starts_nothing(fresh_app):
    from game.ui.scenes.round import RoundScene

    driver = Driver(fresh_app)
    driver.new_player("2", "Kai")
    pack = next(p for p in fresh_app.ctx.packs() if p.info.id == "calls")
    scene = RoundScene(fresh_app, pack, list(pack.scenarios))
    assert scene.callview is None and scene.round_id is None and rounds_recorded(fresh_app) == 0
