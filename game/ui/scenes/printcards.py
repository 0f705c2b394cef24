"""Printing the answer cards: the paper (A4, Letter, or A3 for deep halls), one or two cards a
page, with how big the square comes out and how far a webcam reads it; *Write the PDF*
finishes with True (the journey writes it and says where), Back with None.

The choices are made on the setup's own ``CardConfig`` (they are kept with the setup)."""
from __future__ import annotations

from game.ui.cardsetup import PAPERS
from game.ui.chrome import content_rect
from game.ui.scene import Scene

# Marker side (cm) and the distance (m) a usual 720p / 1080p webcam reads it, from
# game/cards/printing.py's sums, by (paper, cards a page).
SIZES = {("a4", 1): (14.0, 4.5, 7), ("letter", 1): (14.0, 4.5, 7), ("a3", 1): (19.8, 6.5, 9.5),
         ("a4", 2): (10.0, 3, 5), ("letter", 2): (9.4, 3, 4.5), ("a3", 2): (14.0, 4.5, 7)}


class PrintCardsScene(Scene):
    name = "printcards"

    def __init__(self, app, config):
        super().__init__(app)
        self.config = config

    def _items(self) -> list[tuple[str, str]]:
        c, t = self.config, self.t
        return [("paper", t("card.paper", paper=t(f"card.paper.{c.paper}"))),
                ("per_page", t("card.per_page", n=c.per_page))]

    def _size_words(self) -> str:
        c = self.config
        side, near, far = SIZES[(c.paper, c.per_page)]
        return self.t("card.print_size", n=c.count, side=f"{side:g}", near=f"{near:g}", far=f"{far:g}")

    def _head_height(self, width: int) -> int:
        text, theme = self.ctx.text, self.ctx.theme
        return (text.block_height(self.t("card.print_title"), theme.heading, width, True) + 8
                + text.block_height(self._size_words(), theme.body, width) + 14)

    def layout(self) -> None:
        area = content_rect(self.ctx)
        title_h = self._head_height(area.width)
        extra = [("back", self.t("nav.back"), "quiet"), ("write", self.t("card.print_write"), "normal")]
        self.set_buttons(self.paged_column(self._items(), area.left, area.top + title_h, area.width, area.bottom,
                                           extra=extra), "write")

    def activate(self, button_id: str) -> None:
        c = self.config
        if button_id == "paper":
            c.paper = PAPERS[(PAPERS.index(c.paper) + 1) % len(PAPERS)]
        elif button_id == "per_page":
            c.per_page = 3 - c.per_page
        elif button_id == "write":
            self.finish(True)
            return
        elif button_id == "back":
            self.finish(None)
            return
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == button_id), 0)

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        text, theme = self.ctx.text, self.ctx.theme
        used = text.draw_block(surface, self.t("card.print_title"), area, theme.heading, theme.text, bold=True)
        below = area.copy()
        below.top += used + 8
        text.draw_block(surface, self._size_words(), below, theme.body, theme.muted)
