"""Waiting for the packs behind a frame: on a first start the packs may still be validating
when a screen that lists them is asked for. That screen is shown once they are in; until
then this one says "one moment" and the game keeps drawing and answering (Esc goes back).
"""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene

LOOK_SECONDS = 0.1   # how often the loader is asked whether the packs are in


class PacksWaitScene(Scene):
    """Stands in for ``held`` (a scene whose ``needs_packs`` is set) until the packs are loaded,
    then puts it in its own place, with the result handler and menu flag it was pushed with."""

    name = "packs_wait"

    def __init__(self, app, held, on_result, menu: bool):
        super().__init__(app)
        self.held, self.held_result, self.held_menu = held, on_result, menu

    def screen_key(self) -> str:
        return "packs_wait"

    def next_change(self) -> float | None:
        return LOOK_SECONDS

    def update(self, dt: float) -> None:
        if self.ctx.packs_loaded and self.app.top is self:
            self.app.replace(self.held, self.held_result, self.held_menu)

    def back(self) -> None:
        self.app.finish(self, None)   # as if the screen it stands for was left

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        label = self.t("notice.loading_packs")
        height = self.ctx.text.block_height(label, theme.heading, area.width)
        self.ctx.text.draw_block(surface, label, pygame.Rect(area.left, area.centery - height // 2, area.width, height),
                                 theme.heading, theme.text, align="center")
