"""The first-run tour: shown once to a new player, done by keys alone or by mouse alone."""
from __future__ import annotations

import pytest

from game.app import create_app
from game.core.tour import STEPS
from game.demo.policy import DemoPlan, choose
from game.ui.flows import Journey
from tests.ui.driver import Driver, tour_by_keys


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def new_player(driver: Driver, name: str = "Lan") -> None:
    driver.press("1"), driver.press("2"), driver.type(name), driver.press("enter")


def test_a_new_player_gets_the_tour_and_finishes_it_by_keys(driver, app):
    new_player(driver)
    assert driver.scene.name == "tour"
    assert driver.sees("This short tour shows you how to play")
    seen = tour_by_keys(driver)
    assert seen == [step.id for step in STEPS]
    assert driver.scene.name == "packs"
    assert app.ctx.settings.tour_seen and app.ctx.store.settings(app.ctx.profile).tour_seen


def test_a_step_waits_until_its_control_is_used(driver):
    new_player(driver)
    driver.press("enter")                    # welcome -> the number step
    tour = driver.scene.tour
    assert tour.step.id == "number" and not tour.step_done
    driver.press("r")                        # not what this step teaches
    assert not tour.step_done and "next" not in [b.id for b in driver.scene.buttons]
    driver.press("1")
    assert tour.step_done and driver.sees("Well done!")
    driver.press("enter")
    driver.press("enter")                    # Enter without moving the ring first
    assert tour.step.id == "arrows" and not tour.step_done


def test_the_tour_by_mouse_alone(driver):
    new_player(driver)
    scene = driver.scene
    for _ in range(40):
        top = driver.scene
        if top.name == "packs":
            break
        if top.name in ("help", "settings"):
            driver.click("back")
            continue
        if top.name == "confirm":
            driver.click("no")
            continue
        driver.click(choose(top, DemoPlan(), None))
    assert driver.scene.name == "packs" and scene.tour.last


def test_a_returning_player_is_not_shown_the_tour_again(driver, app, install, tmp_path):
    new_player(driver)
    driver.click("skip")
    assert driver.scene.name == "packs"
    app.ctx.store.close()
    again = create_app(install, tmp_path / "data", tmp_path / "cache2", lang="en")
    Journey(again).start()
    second = Driver(again)
    second.press("1")                        # Start: "Welcome back, Lan!"
    assert second.scene.name == "greeting"
    second.press("1")                        # that's me
    assert second.scene.name == "packs"
    again.ctx.store.close()
    again.ctx.speech.close()


def test_the_tour_can_be_taken_again_from_the_title(driver):
    driver.press("2")                        # How to play
    assert driver.scene.name == "tour"
    driver.press("esc")
    driver.click("yes")
    assert driver.scene.name == "title"
