"""For teachers and presenters: a classroom round with teams, or a community session."""
from __future__ import annotations

from enum import Enum

from game.ui.chrome import content_rect
from game.ui.scene import Scene


class RoomChoice(Enum):
    CLASSROOM = "classroom"
    COMMUNITY = "community"


class RoomsScene(Scene):
    name = "rooms"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(720, area)
        top = area.top + self.ctx.text.block_height(self.t("rooms.title"), self.ctx.theme.heading, width, True) + 24
        items = [("classroom", self.t("title.classroom")), ("community", self.t("title.community")),
                 ("back", self.t("nav.back"))]
        self.set_buttons(self.paged_column(items, area.centerx - width // 2, top, width, area.bottom))

    def activate(self, button_id: str) -> None:
        self.finish(None if button_id == "back" else RoomChoice(button_id))

    def draw_content(self, surface) -> None:
        import pygame

        area = content_rect(self.ctx)
        width = self.scaled_width(720, area)
        box = pygame.Rect(area.centerx - width // 2, area.top, width, area.height)
        self.ctx.text.draw_block(surface, self.t("rooms.title"), box, self.ctx.theme.heading, self.ctx.theme.text,
                                 bold=True)
