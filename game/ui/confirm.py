"""A yes/no question on its own screen (``App.ask``); finishes with True (yes) or False (no)."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class ConfirmDialog(Scene):
    name = "confirm"

    def __init__(self, app, question_key: str, yes_key: str, no_key: str):
        super().__init__(app)
        self.question_key, self.yes_key, self.no_key = question_key, yes_key, no_key

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(640, area)
        top = area.top + self._question_height(width) + 60
        # "No" first and focused: Enter by accident keeps the player where they were.
        self.set_buttons(self.column_buttons([("no", self.t(self.no_key)), ("yes", self.t(self.yes_key))],
                                             area.centerx - width // 2, top, width), "no")

    def _question_height(self, width: int) -> int:
        return self.ctx.text.block_height(self.t(self.question_key), self.ctx.theme.heading, width, True)

    def activate(self, button_id: str) -> None:
        self.finish(button_id == "yes")

    def back(self) -> None:
        self.finish(False)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(640, area)
        box = pygame.Rect(area.centerx - width // 2, area.top + 40, width, self._question_height(width))
        self.ctx.text.draw_block(surface, self.t(self.question_key), box, self.ctx.theme.heading,
                                 self.ctx.theme.text, bold=True)
