"""Who to call now: the numbers that matter, in large print, from any screen (F1)."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections

NUMBERS = ("help.110", "help.96110", "help.bank", "help.family")


class HelpScene(Scene):
    name = "help"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = min(420, area.width)
        self.set_buttons(self.column_buttons([("back", self.t("nav.back"))], area.right - width,
                                             area.bottom - self.ctx.theme.button_min_height, width, numbered=False))

    def activate(self, button_id: str) -> None:
        self.app.pop(None)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        box = pygame.Rect(area.left, area.top, area.width, area.height - self.ctx.theme.button_min_height - 16)
        sections = [Section(self.t("help.title"), "heading", "focus", True, 16)]
        sections += [Section(self.t(key), "heading", "text", False, 14) for key in NUMBERS]
        draw_sections(surface, self.ctx, sections, box)

    def demo_choice(self, rng):
        return "back"
