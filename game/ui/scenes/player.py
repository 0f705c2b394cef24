"""Who is playing: type a nickname, or pick one used before."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.widgets import id_value

MAX_NAME = 16
BLINK = 0.5   # seconds the text cursor shows, then hides


@dataclass(frozen=True)
class PlayerChosen:
    """The player is set (``ctx.profile``) and their own settings are in force."""
    nickname: str


class PlayerScene(Scene):
    name = "player"
    text_mode = True

    def next_change(self) -> float | None:
        return BLINK - self.ctx.time % BLINK   # the text cursor blinks

    def __init__(self, app):
        super().__init__(app)
        self.nickname = ""
        self.warning = ""
        pygame.key.start_text_input()

    def leave(self) -> None:
        pygame.key.stop_text_input()

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(640, area)
        left = area.centerx - width // 2
        self.heading_h = self.ctx.text.block_height(self.t("player.title"), self.ctx.theme.heading, width, True)
        self.hint_h = self.ctx.text.block_height(self.t("player.hint"), self.ctx.theme.small, width)
        entry_h = self.ctx.text.line_height(self.ctx.theme.heading) + 16
        ok_width = self.scaled_width(150, area)
        top = area.top + 10 + self.heading_h + 10 + self.hint_h + 16
        # OK sits beside the box, so returning players' names still fit under it at large text.
        self.entry = pygame.Rect(left, top, width - ok_width - self.ctx.theme.gap, entry_h)
        ok = self.column_buttons([("ok", self.t("player.ok"))], self.entry.right + self.ctx.theme.gap, top, ok_width,
                                 numbered=False)
        ok[0].rect.height = max(ok[0].rect.height, entry_h)
        self.set_buttons(ok + self._name_buttons(area, left, width, ok[0].rect))

    def _name_buttons(self, area, left, width, ok) -> list:
        """Nicknames used before, two to a row, as many rows as fit (typing a name works too)."""
        theme = self.ctx.theme
        half = (width - theme.gap) // 2
        height = self.column_buttons([("x", "x")], left, 0, half, numbered=False)[0].rect.height
        top = ok.bottom + self.ctx.text.line_height(theme.small) + 24
        buttons = []
        for index, profile in enumerate(self.ctx.store.profiles()[:4]):
            row_top = top + (index // 2) * (height + theme.gap)
            button = self.column_buttons([(f"name:{profile.nickname}", profile.nickname)],
                                         left + (index % 2) * (half + theme.gap), row_top, half, numbered=False)[0]
            if button.rect.bottom > area.bottom:
                break
            buttons.append(button)
        return buttons

    def handle(self, intent) -> None:
        if intent.kind == "text":
            self.nickname = (self.nickname + intent.value)[:MAX_NAME]
            self.warning = ""
        elif intent.kind == "backspace":
            self.nickname = self.nickname[:-1]
        else:
            super().handle(intent)

    def activate(self, button_id: str) -> None:
        name = id_value(button_id, "name") or self.nickname.strip()
        if not name:
            self.warning = self.t("player.empty")
            return
        self.ctx.profile = self.ctx.store.profile(name)
        self._take_player_settings()
        self.finish(PlayerChosen(name))

    def _take_player_settings(self) -> None:
        """A returning player gets their own settings; a new one keeps what was just chosen."""
        store, ctx = self.ctx.store, self.ctx
        if store.has_settings(ctx.profile):
            ctx.apply(replace(store.settings(ctx.profile), lang=ctx.lang))
        ctx.save_settings(ctx.settings)

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        width = self.buttons[0].rect.right - self.entry.left
        heading = pygame.Rect(self.entry.left, area.top + 10, width, self.heading_h)
        ctx.text.draw_block(surface, self.t("player.title"), heading, theme.heading, theme.text, bold=True)
        hint = pygame.Rect(self.entry.left, heading.bottom + 10, width, self.hint_h)
        ctx.text.draw_block(surface, self.t("player.hint"), hint, theme.small, theme.muted)
        pygame.draw.rect(surface, theme.panel, self.entry, border_radius=8)
        pygame.draw.rect(surface, theme.focus, self.entry, width=3, border_radius=8)
        inside = self.entry.inflate(-32, 0)
        if self.warning and not self.nickname:
            height = ctx.text.block_height(self.warning, theme.body, inside.width)
            ctx.text.draw_block(surface, self.warning, inside.move(0, (inside.height - height) // 2),
                                theme.body, theme.bad)
        else:
            cursor = "|" if int(ctx.time / BLINK) % 2 == 0 else " "
            typed = ctx.text.line(self.nickname + cursor, theme.heading, theme.text)
            surface.blit(typed, (inside.left, self.entry.centery - typed.get_height() // 2))
        if len(self.buttons) > 1:
            label = ctx.text.line(self.t("player.existing"), theme.small, theme.muted)
            surface.blit(label, (self.entry.left, self.buttons[1].rect.top - label.get_height() - 12))
