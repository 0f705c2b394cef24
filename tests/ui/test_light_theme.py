"""The light theme at 1280×720, at 100 % and at the largest text: the title, a round's feedback
and the settings, nothing cut off. The screens are saved in artifacts/light-theme/ for a person
to look at (docs/light-theme-*.png are copies of three of them)."""
from __future__ import annotations

import pygame
import pytest

from game.app import create_app
from game.ui.flows import Journey
from tests.conftest import ARTIFACTS
from tests.ui.driver import Driver

SHOTS = ARTIFACTS / "light-theme"


@pytest.fixture
def light_app(install, tmp_path, mini_pack, shared_cache):
    made = []

    def make(scale: float):
        app = create_app(install, tmp_path / f"data-{scale}", shared_cache, lang="en", size=(1280, 720),
                         extra_packs=[mini_pack.parent], overrides={"theme": "light", "text_scale": scale})
        Journey(app).start()
        made.append(app)
        return app

    yield make
    for app in made:
        app.ctx.store.close()
        app.ctx.speech.close()
    pygame.quit()


def save(app, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.screen, str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_light_theme_shows_title_feedback_and_settings_whole(light_app, scale):
    app = light_app(scale)
    driver = Driver(app)
    assert app.ctx.theme.background == (250, 246, 238)
    tag = f"{round(scale * 100)}"
    save(app, f"title-{tag}")
    driver.to_round()
    for _ in range(20):   # the first answer, or the way on to the question, until the feedback
        if driver.scene.round.step == "feedback":
            break
        driver.advance(1.0)
        forward = [b.id for b in driver.scene.buttons if b.id in ("to_question", "more")]
        driver.click(forward[0]) if forward else driver.press(str(driver.scene.numbered()[0].number))
    assert driver.scene.round.step == "feedback"
    save(app, f"feedback-{tag}")
    driver.press("f3")
    assert driver.scene.name == "settings" and driver.sees("Colours: light")
    save(app, f"settings-{tag}")
    while not driver.button_shown("ui_sounds_volume"):   # at large text the settings are paged
        driver.click("list:next")
    assert driver.sees("Interface sound volume: 60%")
    save(app, f"settings-sounds-{tag}")
    assert app.ctx.text.overflows == []
