"""The first screen: the name of the game, Start and Quit."""
from __future__ import annotations

from enum import Enum

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class TitleChoice(Enum):
    START = "start"
    TOUR = "tour"
    ROOMS = "rooms"
    QUIT = "quit"


class TitleScene(Scene):
    name = "title"

    def _big_title(self, area):
        """The name, as large as fits the width and a fifth of the height (sized in one or two
        tries: every new size loads the font again, which the first frame cannot afford)."""
        theme, size = self.ctx.theme, self.ctx.theme.title + 24
        text, name = self.ctx.text, "识破  SeeThrough"
        width, height = text.font(size, True).size(name)
        fit = min(1.0, area.width / width, (area.height // 5) / height)
        size = max(20, int(size * fit))
        image = text.line(name, size, theme.focus, bold=True)
        while (image.get_width() > area.width or image.get_height() > area.height // 5) and size > 20:
            size -= 2
            image = text.line(name, size, theme.focus, bold=True)
        return image

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(520, area)
        self.title_top = area.top + int(area.height * 0.06)
        self.tagline_top = self.title_top + self._big_title(area).get_height() + 12
        items = [("start", self.t("title.start")), ("tour", self.t("title.tour")), ("rooms", self.t("title.rooms")),
                 ("quit", self.t("title.quit"))]
        tagline_h = self.ctx.text.block_height(self.t("app.tagline"), self._tagline_size(), area.width)
        buttons = self.column_buttons(items, area.centerx - width // 2, self.tagline_top + tagline_h + 24, width)
        self.show_tagline = buttons[-1].rect.bottom <= area.bottom
        if not self.show_tagline:   # large text: the buttons matter more than the tagline
            buttons = self.column_buttons(items, area.centerx - width // 2, self.tagline_top + 12, width)
            if buttons[-1].rect.bottom > area.bottom:   # and the name moves up to the top bar
                self.title_top = area.top
                self.tagline_top = self.title_top + self._big_title(area).get_height() + 12
                buttons = self.column_buttons(items, area.centerx - width // 2, self.tagline_top + 12, width)
            if buttons[-1].rect.bottom > area.bottom:   # a very short screen: two buttons to a row
                buttons = self._two_columns(items, area, self.tagline_top + 12)
        self.set_buttons(buttons)

    def _two_columns(self, items, area, top: int) -> list:
        """``items`` two to a row across the whole width, each row as tall as its taller button,
        numbered in reading order."""
        gap = self.ctx.theme.gap
        half = (area.width - gap) // 2
        buttons = []
        for row in range(0, len(items), 2):
            pair = [self.column_buttons([item], area.left + column * (half + gap), top, half)[0]
                    for column, item in enumerate(items[row:row + 2])]
            tallest = max(b.rect.height for b in pair)
            for button in pair:
                button.rect.height = tallest
                button.number = len(buttons) + 1
                buttons.append(button)
            top += tallest + gap
        return buttons

    def _tagline_size(self) -> int:
        return self.ctx.theme.heading if self.ctx.text.scale < 1.5 else self.ctx.theme.body

    def activate(self, button_id: str) -> None:
        self.finish(TitleChoice(button_id))

    def back(self) -> None:
        """Esc on the title screen does nothing: quitting needs the Quit button."""

    def draw_content(self, surface: pygame.Surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        big = self._big_title(area)
        surface.blit(big, big.get_rect(midtop=(area.centerx, self.title_top)))
        top = self.tagline_top
        if not self.show_tagline:
            return
        tagline = pygame.Rect(area.left, top, area.width, min(b.rect.top for b in self.buttons) - top)
        ctx.text.draw_block(surface, self.t("app.tagline"), tagline, self._tagline_size(), theme.text, align="center")
