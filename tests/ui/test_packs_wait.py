"""A screen that lists the packs, asked for while they still load, waits behind a frame."""
from __future__ import annotations

import time

from game.ui.flows import Journey
from game.ui.scenes.classroom_setup import ClassroomSetupScene
from game.ui.scenes.packs import PackScene


def test_the_pack_list_waits_for_the_packs_and_the_game_keeps_drawing(app):
    Journey(app).start()
    assert not app.ctx.packs_loaded            # nothing has started the loading yet
    chosen = []
    app.push(PackScene(app), chosen.append, menu=True)
    assert app.top.name == "packs_wait"
    for _ in range(5):
        app.step([], 1 / 30)                   # frames go on: no frame waits for the packs
    assert app.top.name == "packs_wait" and not app.ctx.packs_loaded
    app.ctx.start_loading()
    deadline = time.monotonic() + 60
    while app.top.name == "packs_wait" and time.monotonic() < deadline:
        app.step([], 1 / 30)
        time.sleep(0.01)
    assert app.top.name == "packs" and app.top.is_menu   # in its own place, a menu as asked
    assert app.top.buttons                                # laid out with the packs


def test_esc_while_waiting_goes_back_as_if_the_list_was_left(app):
    Journey(app).start()
    results = []
    app.push(ClassroomSetupScene(app), results.append)   # its setup is read only when shown
    assert app.top.name == "packs_wait"
    app.top.back()
    assert results == [None] and app.top.name == "title"
