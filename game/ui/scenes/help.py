"""Who to call now: the numbers that matter, in large print, from any screen (F1)."""
from __future__ import annotations

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections, paginate_snug
from game.ui.widgets import above, button_row

NUMBERS = ("help.110", "help.96110", "help.bank", "help.family")


class HelpScene(Scene):
    name = "help"

    def __init__(self, app):
        super().__init__(app)
        self.pages: list = [[]]
        self.body = self.ctx.theme.body
        self.page_no = 0

    def screen_key(self) -> str:
        return f"help-p{self.page_no + 1}"

    def _sections(self) -> list[Section]:
        sections = [Section(self.t("help.title"), "heading", "focus", True, 16)]
        role = "heading" if self.ctx.text.scale < 1.5 else "body"   # large text is large print already
        return sections + [Section(self.t(key), role, "text", False, 14) for key in NUMBERS]

    def layout(self) -> None:
        area = content_rect(self.ctx)
        back = button_row(self.ctx, area, [("back", self.t("nav.back"), "normal")])
        bottom = above(back, area, self.ctx.theme.gap + 6)
        self.pages, self.body = paginate_snug(self.ctx.text, self._sections(), area.width, bottom - area.top,
                                              self.ctx.theme.body)
        self.page_no = min(self.page_no, len(self.pages) - 1)
        items = [("prev_page", self.t("nav.prev_page"), "quiet")] if self.page_no else []
        if self.page_no + 1 < len(self.pages):
            items.append(("more", self.t("nav.more", i=self.page_no + 1, n=len(self.pages)), "normal"))
        else:
            items.append(("back", self.t("nav.back"), "normal"))
        self.set_buttons(button_row(self.ctx, area, items), items[-1][0])

    def activate(self, button_id: str) -> None:
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
            self.layout()
            return
        self.app.pop(None)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        box = pygame.Rect(area.left, area.top, area.width, above(self.buttons, area, self.ctx.theme.gap) - area.top)
        draw_sections(surface, self.ctx, self.pages[self.page_no], box, body=self.body)

    def demo_choice(self, rng):
        return "more" if any(b.id == "more" for b in self.buttons) else "back"
