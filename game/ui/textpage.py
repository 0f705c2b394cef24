"""A screen of text with buttons at the bottom; text too long for one screen is paged.

Subclasses give ``sections()`` and ``final_buttons()`` (shown on the last page)
and handle those buttons in ``choose_final``. Help, the learning-check intro and
its results are such screens.
"""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections, paginate_snug
from game.ui.widgets import above, button_row


class TextPageScene(Scene):
    name = "textpage"

    def __init__(self, app):
        super().__init__(app)
        self.pages: list = [[]]
        self.body = self.ctx.theme.body
        self.page_no = 0

    # --- what subclasses provide ---

    def sections(self) -> list[Section]:
        return []

    def final_buttons(self) -> list[tuple[str, str, str]]:
        """(id, label, style) of the buttons on the last page; the last one is focused."""
        return [("back", self.t("nav.back"), "normal")]

    def choose_final(self, button_id: str) -> None:
        self.finish(None)

    # --- shared ---

    def screen_key(self) -> str:
        return f"{self.name}-p{self.page_no + 1}"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        final = button_row(self.ctx, area, self.final_buttons())
        bottom = above(final, area, self.ctx.theme.gap + 6)
        self.pages, self.body = paginate_snug(self.ctx.text, self.sections(), area.width, bottom - area.top,
                                              self.ctx.theme.body)
        self.page_no = min(self.page_no, len(self.pages) - 1)
        items = [("prev_page", self.t("nav.prev_page"), "quiet")] if self.page_no else []
        if self.page_no + 1 < len(self.pages):
            items.append(("more", self.t("nav.more", i=self.page_no + 1, n=len(self.pages)), "normal"))
        else:
            items += self.final_buttons()
        self.set_buttons(button_row(self.ctx, area, items), items[-1][0])

    def activate(self, button_id: str) -> None:
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
            self.layout()
            return
        self.choose_final(button_id)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        box = pygame.Rect(area.left, area.top, area.width, above(self.buttons, area, self.ctx.theme.gap) - area.top)
        draw_sections(surface, self.ctx, self.pages[self.page_no], box, body=self.body)
