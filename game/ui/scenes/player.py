"""Who is playing: type a nickname, or pick one used before (by its number key, 1-4).

The text box takes what is typed, digits too; a digit typed while the box is still empty
picks the saved name with that number instead, so typing stays safe and a returning player
needs one key."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.widgets import id_value

MAX_NAME = 16
MAX_SAVED = 4     # saved names shown, with number keys 1-4
BLINK = 0.5       # seconds the text cursor shows, then hides


@dataclass(frozen=True)
class PlayerChosen:
    """The player is set (``ctx.profile``) and their own settings are in force (a new player:
    the defaults, in the language just chosen; see ``Context.take_player``)."""
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
        """Nicknames used before, who played most lately first, two to a row, as many rows as fit
        (typing a name works too)."""
        theme = self.ctx.theme
        half = (width - theme.gap) // 2
        height = self.column_buttons([("x", "x")], left, 0, half)[0].rect.height
        self.existing_h = self.ctx.text.block_height(self.t("player.existing"), theme.small, width)
        top = ok.bottom + self.existing_h + 24
        buttons = []
        for index, profile in enumerate(self.ctx.store.recent_profiles()[:MAX_SAVED]):
            row_top = top + (index // 2) * (height + theme.gap)
            button = self.column_buttons([(f"name:{profile.nickname}", profile.nickname)],
                                         left + (index % 2) * (half + theme.gap), row_top, half)[0]
            if button.rect.bottom > area.bottom:
                break
            button.number = index + 1
            buttons.append(button)
        return buttons

    def handle(self, intent) -> None:
        if intent.kind == "text" and not self.nickname and self._saved_name(intent.value):
            self._choose(self._saved_name(intent.value))
        elif intent.kind == "text":
            self.nickname = (self.nickname + intent.value)[:MAX_NAME]
            self.warning = ""
        elif intent.kind == "backspace":
            self.nickname = self.nickname[:-1]
        else:
            super().handle(intent)

    def _saved_name(self, typed: str):
        """The saved name's button whose number is ``typed`` (a digit key), or None."""
        return next((b for b in self.buttons if b.number and typed == str(b.number)), None)

    def activate(self, button_id: str) -> None:
        name = id_value(button_id, "name") or self.nickname.strip()
        if not name:
            self.warning = self.t("player.empty")
            return
        # A returning player gets their own settings in the language just chosen; a new one the
        # defaults in that language (never the settings of whoever played before).
        self.ctx.take_player(self.ctx.store.profile(name), lang=self.ctx.lang)
        self.finish(PlayerChosen(name))

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
        if len(self.buttons) > 1:   # read aloud too: it says the names have number keys
            label = pygame.Rect(self.entry.left, self.buttons[1].rect.top - self.existing_h - 12, width, self.existing_h)
            ctx.text.draw_block(surface, self.t("player.existing"), label, theme.small, theme.muted)
