"""Walk every screen of a pack's scenarios quickly, the way the self-playing demo would play,
and collect what one frame of each screen drew over something else (game.core.overlap) or
could not fit (the text renderer's overflows: text cut off or off the screen)."""
from __future__ import annotations

import random

from game.core.overlap import overlaps
from game.demo.policy import END, WAIT, DemoPlan, Keys, Text, choose
from game.demo.runner import click
from game.ui.flows import Journey

STEP = 0.25          # seconds of game time per frame: clips and calls move on quickly
SETTLE_STEPS = 3     # frames a new screen is shown before its choice (longer than input settling)
MAX_STEPS = 20_000


def walk(app, pack_id: str, seed: int = 1, on_screen=None) -> dict[str, list[str]]:
    """Play ``pack_id`` from the title to its results; {screen: overlaps} for each screen with any.
    ``on_screen(scene)`` is called once each screen has settled (to count them)."""
    import pygame

    app.ctx.speech = None   # calls speak as timed captions: no waiting for a voice in real time
    Journey(app).start()
    plan, rng = DemoPlan(pack=pack_id), random.Random(seed)
    found: dict[str, list[str]] = {}
    seen, settle = None, 0
    for _ in range(MAX_STEPS):
        app.step([], STEP)
        if not app.running or not app.scenes:
            break
        scene = app.top
        key = f"{scene.name}:{scene.screen_key()}"
        if key != seen:
            seen, settle = key, SETTLE_STEPS
            continue
        if settle:
            settle -= 1
            if settle == 0 and on_screen is not None:
                on_screen(scene)
            if settle == 0:
                problems = overlaps(app.ctx.text.boxes) + app.ctx.text.overflows
                app.ctx.text.overflows = []
                if problems:
                    found[key] = problems
            continue
        if scene.name == "checkresults":   # a learning check ends here (its menu would start another)
            break
        choice = choose(scene, plan, rng)
        if choice is END:
            break
        if isinstance(choice, Text):
            app.step([pygame.event.Event(pygame.TEXTINPUT, text=choice.text)], STEP)
        elif isinstance(choice, Keys):
            for char in choice.characters:
                app.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.key.key_code(char), mod=0,
                                             unicode=char, scancode=0)], STEP)
        elif choice != WAIT:
            click(app, choice)
    assert app.top.name in ("results", "checkresults"), f"the walk of {pack_id} ended on {app.top.name}"
    return found
