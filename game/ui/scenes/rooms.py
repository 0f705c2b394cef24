"""For teachers and presenters: a classroom round with teams, or a community session."""
from __future__ import annotations

from game.ui.chrome import content_rect
from game.ui.scene import Scene


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
        if button_id == "classroom":
            from game.ui.scenes.classroom_setup import ClassroomSetupScene

            self.app.push(ClassroomSetupScene(self.app))
        elif button_id == "community":
            from game.ui.scenes.community_setup import CommunitySetupScene

            self.app.push(CommunitySetupScene(self.app))
        else:
            self.app.pop(None)

    def draw_content(self, surface) -> None:
        import pygame

        area = content_rect(self.ctx)
        width = self.scaled_width(720, area)
        box = pygame.Rect(area.centerx - width // 2, area.top, width, area.height)
        self.ctx.text.draw_block(surface, self.t("rooms.title"), box, self.ctx.theme.heading, self.ctx.theme.text,
                                 bold=True)

    def demo_choice(self, rng):
        return getattr(self.app, "demo_mode", "classroom")
