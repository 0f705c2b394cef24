"""Answers that do not fit at the chosen text size go on pages (issue 15 item 7): never smaller
text, never off the screen or under another button, each answer keeping its number."""
from __future__ import annotations

import pygame
import pytest

from tests.ui.conftest import with_player
from tests.ui.driver import Driver
from tests.ui.test_big_clips import open_round, set_scale


@pytest.fixture
def narrow_app(install, tmp_path, shared_cache):
    """The smallest window the game allows (1024×720), English, a player chosen."""
    yield from with_player(install, tmp_path, shared_cache, size=(1024, 720))


def to_action(app, scene) -> None:
    scene.activate("to_question")
    scene.activate("real")
    scene.activate("guessing")
    app.step([], 1 / 30)
    assert scene.round.step == "action"


def answers_on(scene) -> dict[str, int]:
    return {b.id: b.number for b in scene.buttons if b.id.startswith("option:")}


def test_answers_that_do_not_fit_at_200_percent_are_paged_and_keep_their_numbers(narrow_app):
    app, driver = narrow_app, Driver(narrow_app)
    set_scale(app, 2.0)
    scene = open_round(app, "starter", "doctor-miracle-ad")
    to_action(app, scene)
    options = scene.round.scenario.actions[0].options
    seen: dict[str, int] = {}
    screen = pygame.Rect((0, 0), app.ctx.size)
    for _ in range(len(options)):
        app.step([], 1 / 30)
        shown = answers_on(scene)
        assert shown, "a page of answers shows at least one answer"
        seen.update(shown)
        others = [b for b in scene.buttons if not b.id.startswith("option:")]
        for button in scene.buttons:
            assert screen.contains(button.rect)
            assert not any(button.rect.colliderect(o.rect) for o in others if o is not button)
        assert app.ctx.text.overflows == []
        if "list:next" not in [b.id for b in scene.buttons]:
            break
        driver.settle()
        driver.click("list:next")
        assert scene.focused_id() == "list:next" or scene.focused_id() == "list:prev"   # never an answer
    assert scene.list_page > 0, "the answers did not need pages here: the test proves nothing"
    assert seen == {f"option:{n}": n + 1 for n in range(len(options))}         # every answer, its own number
    assert app.ctx.text.scale == 2.0                                              # never smaller text
    driver.settle()
    driver.press("1")                    # answer 1 is on another page: a number key never picks unseen
    assert scene.round.step == "action"
    last = max(seen.values())
    driver.press(str(last))              # the last answer is on this page: its number answers
    assert scene.round.step != "action" or scene.round.question_index > 0


def test_a_new_question_starts_on_its_first_page_of_answers(narrow_app):
    app, driver = narrow_app, Driver(narrow_app)
    set_scale(app, 2.0)
    scene = open_round(app, "starter", "doctor-miracle-ad")
    to_action(app, scene)
    driver.settle()
    driver.click("list:next")
    assert scene.list_page == 1
    driver.settle()
    driver.press("BACKSPACE")            # change my answer: back to how sure
    driver.settle()
    assert scene.round.step == "confidence"
    driver.press("1")
    app.step([], 1 / 30)
    assert scene.round.step == "action" and scene.list_page == 0
