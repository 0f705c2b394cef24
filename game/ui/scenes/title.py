"""The first screen: the name of the game, Start and Quit."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class TitleScene(Scene):
    name = "title"

    def _big_title(self, area):
        """The name, as large as fits the width."""
        theme, size = self.ctx.theme, self.ctx.theme.title + 24
        while True:
            image = self.ctx.text.line("识破  SeeThrough", size, theme.focus, bold=True)
            if image.get_width() <= area.width or size <= 20:
                return image
            size -= 4

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = min(520, area.width)
        self.title_top = area.top + int(area.height * 0.08)
        self.tagline_top = self.title_top + self._big_title(area).get_height() + 16
        tagline_h = self.ctx.text.block_height(self.t("app.tagline"), self.ctx.theme.heading, area.width)
        self.set_buttons(self.column_buttons([("start", self.t("title.start")), ("quit", self.t("title.quit"))],
                                             area.centerx - width // 2, self.tagline_top + tagline_h + 30, width))

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
        big = self._big_title(area)
        surface.blit(big, big.get_rect(midtop=(area.centerx, self.title_top)))
        top = self.tagline_top
        tagline = pygame.Rect(area.left, top, area.width, min(b.rect.top for b in self.buttons) - top)
        ctx.text.draw_block(surface, self.t("app.tagline"), tagline, theme.heading, theme.text, align="center")
