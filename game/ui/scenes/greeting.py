"""A returning player is greeted by name: one key (1, or Enter) goes on to practise.

Shown after Start when this computer remembers who played last. "Someone else" leads
to the language and nickname screens, as on a first start.
"""
from __future__ import annotations

from enum import Enum

import pygame

from game.core.progress import Profile
from game.ui.chrome import content_rect
from game.ui.scene import Scene


class GreetingChoice(Enum):
    ME = "me"                        # the player is set (``ctx.profile``), with their own settings
    SOMEONE_ELSE = "someone_else"    # no player is set; this computer's own settings are in force


class GreetingScene(Scene):
    name = "greeting"

    def __init__(self, app, profile: Profile):
        super().__init__(app)
        self.profile = profile

    def _texts(self) -> tuple[str, str]:
        return self.t("greeting.title", name=self.profile.nickname), self.t("greeting.hint")

    def _title_size(self) -> int:
        """The greeting is large; at large text the heading size is large enough."""
        return self.ctx.theme.title if self.ctx.text.scale < 1.5 else self.ctx.theme.heading

    def layout(self) -> None:
        area = content_rect(self.ctx)
        theme, text = self.ctx.theme, self.ctx.text
        width = self.scaled_width(640, area)
        title, hint = self._texts()
        self.title_top = area.top + (int(area.height * 0.08) if text.scale < 1.5 else 24)
        self.title_h = text.block_height(title, self._title_size(), area.width, True)
        self.hint_h = text.block_height(hint, theme.body, width)
        top = self.title_top + self.title_h + 16 + self.hint_h + 32
        items = [("me", self.t("greeting.me")), ("someone_else", self.t("greeting.someone_else"))]
        buttons = self.column_buttons(items, area.centerx - width // 2, top, width)
        self.show_hint = buttons[-1].rect.bottom <= area.bottom
        if not self.show_hint:   # large text: the buttons matter more than the hint
            buttons = self.column_buttons(items, area.centerx - width // 2, self.title_top + self.title_h + 24, width)
        self.set_buttons(buttons)
        self.focus = 0   # Enter, like 1, carries on

    def activate(self, button_id: str) -> None:
        choice = GreetingChoice(button_id)
        if choice is GreetingChoice.ME:
            self.ctx.take_player(self.profile)
        else:
            self.ctx.forget_player()
        self.finish(choice)

    def draw_content(self, surface: pygame.Surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        title, hint = self._texts()
        box = pygame.Rect(area.left, self.title_top, area.width, self.title_h)
        ctx.text.draw_block(surface, title, box, self._title_size(), theme.focus, bold=True, align="center")
        if self.show_hint:
            width = self.buttons[0].rect.width
            box = pygame.Rect(area.centerx - width // 2, box.bottom + 16, width, self.hint_h)
            ctx.text.draw_block(surface, hint, box, theme.body, theme.text, align="center")
