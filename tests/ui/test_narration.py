"""What narration says on each screen, that it really plays, and that it can be turned off."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from game.ui.flows import Journey
from tests.ui.driver import Driver


@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def said_since(driver, start: int) -> str:
    return " | ".join(driver.app.narrator.said[start:])


def test_every_screen_is_read_on_arrival(driver):
    narrator = driver.app.narrator
    assert "Learn to see through AI face-swap and voice-clone scams" in said_since(driver, 0)
    assert "Start" in said_since(driver, 0)
    start = len(narrator.said)
    driver.to_round()
    said = said_since(driver, start)
    assert "What shall we call you?" in said and "Choose a set of scenarios" in said
    assert "Is this real, or made or changed by AI?" in said and 'A "doctor" recommends a supplement.' in said
    assert "Made or changed by AI" in said
    mark = len(narrator.said)
    driver.press("2"), driver.press("3"), driver.press("1")
    said = said_since(driver, mark)
    assert "How sure are you?" in said and "Certain" in said and "Order now" in said
    assert "You got it right!" in said and "The edge of the face is blurred." in said
    mark = len(narrator.said)
    driver.press("enter"), driver.press("enter")
    assert "What you can do" in said_since(driver, mark) and "Art. 1019" in said_since(driver, mark)


def test_moving_focus_reads_the_focused_item_and_n_reads_again(driver):
    narrator = driver.app.narrator
    driver.to_round()
    mark = len(narrator.said)
    driver.press("down"), driver.press("down")    # no answer is focused when a question appears
    assert narrator.said[mark:] == ["Real", "Made or changed by AI"]
    driver.press("n")
    assert "Is this real, or made or changed by AI?" in said_since(driver, mark + 1)


def test_narration_plays_real_sound_after_the_clip(driver):
    narrator = driver.app.narrator
    driver.advance(1.5)                     # the title screen is rendered and played
    deadline = time.monotonic() + 20        # the engine starts and the sound loads in the background
    while narrator.channel is None and time.monotonic() < deadline:
        driver.advance(0.05)
        time.sleep(0.01)
    assert driver.app.ctx.speech.engine
    assert narrator.channel is not None and narrator.said


def test_narration_can_be_turned_off(driver, app):
    driver.new_player("2", "Ann")
    app.ctx.save_settings(replace(app.ctx.settings, narration=False))   # this player's choice
    mark = len(app.narrator.said)
    driver.click_listed("pack:mini")
    assert driver.scene.name == "round"
    assert app.narrator.said[mark:] == []
