"""The first screen: the name of the game, Start and Quit."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class TitleScene(Scene):
    name = "title"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = min(520, area.width)
        self.set_buttons(self.column_buttons([("start", self.t("title.start")), ("quit", self.t("title.quit"))],
                                             area.centerx - width // 2, area.top + int(area.height * 0.55), width))

    def activate(self, button_id: str) -> None:
        from game.ui.scenes.language import LanguageScene

        if button_id == "start":
            self.app.push(LanguageScene(self.app))
        elif button_id == "quit":
            self.app.running = False

    def back(self) -> None:
        """Esc on the title screen does nothing: quitting needs the Quit button."""

    def draw_content(self, surface: pygame.Surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        big = ctx.text.line("识破  SeeThrough", theme.title + 24, theme.focus, bold=True)
        surface.blit(big, big.get_rect(midtop=(area.centerx, area.top + int(area.height * 0.12))))
        tagline = pygame.Rect(area.left, area.top + int(area.height * 0.12) + big.get_height() + 24,
                              area.width, area.height // 5)
        ctx.text.draw_block(surface, self.t("app.tagline"), tagline, theme.heading, theme.text, align="center")
