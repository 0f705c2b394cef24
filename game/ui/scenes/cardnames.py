"""Names for the answer cards (optional): "number name" lines typed one per line, with how
many were understood. Enter starts a new line; Tab then Enter (or a click) on Done finishes
with the text, Esc or Back with None (nothing changed). Cards carry no names: these stay on
this computer, for the organiser's records."""
from __future__ import annotations

import pygame

from game.core.cards import parse_names
from game.ui.chrome import content_rect
from game.ui.scene import NO_FOCUS, Scene
from game.ui.widgets import above, button_row

MAX_TEXT = 4000   # what the setup keeps (game.ui.cardsetup.card_config_from)
BLINK = 0.5       # seconds the text cursor shows, then hides


class CardNamesScene(Scene):
    name = "cardnames"
    text_mode = True

    def __init__(self, app, text: str, cards: int):
        super().__init__(app)
        self.text, self.cards = text, cards

    def enter(self) -> None:
        pygame.key.start_text_input()

    def leave(self) -> None:
        pygame.key.stop_text_input()

    def next_change(self) -> float | None:
        return BLINK - self.ctx.time % BLINK   # the text cursor blinks

    def understood(self) -> int:
        return len(parse_names(self.text, self.cards))

    def footer_hint(self) -> str:
        return self.t("card.names_keys")

    def layout(self) -> None:
        area = content_rect(self.ctx)
        self.set_buttons(button_row(self.ctx, area, [("cancel", self.t("nav.back"), "quiet"),
                                                     ("done", self.t("card.names_done"), "normal")]))
        self.clear_focus()   # Enter types a new line until Tab brings the focus to a button

    def handle(self, intent) -> None:
        if intent.kind == "text":
            self._type(intent.value)
        elif intent.kind == "backspace":
            self.text = self.text[:-1]
        elif intent.kind == "confirm" and self.focus == NO_FOCUS:
            self._type("\n")
        else:
            super().handle(intent)

    def _type(self, chars: str) -> None:
        self.text = (self.text + chars)[:MAX_TEXT]
        self.clear_focus()

    def activate(self, button_id: str) -> None:
        self.finish(self.text.strip() if button_id == "done" else None)

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        used = ctx.text.draw_block(surface, self.t("card.names_prompt"), area, theme.body, theme.text, bold=True)
        used += ctx.text.draw_block(surface, self.t("card.names_example"), area.move(0, used), theme.small, theme.muted)
        count = self.t("card.names_understood", n=self.understood())
        count_h = ctx.text.line_height(theme.body, True)
        bottom = above(self.buttons, area, theme.gap)
        ctx.text.draw_block(surface, count, pygame.Rect(area.left, bottom - count_h, area.width, count_h),
                            theme.body, theme.good, bold=True)
        box = pygame.Rect(area.left, area.top + used + 8, area.width, bottom - count_h - 16 - (area.top + used + 8))
        pygame.draw.rect(surface, theme.panel, box, border_radius=8)
        pygame.draw.rect(surface, theme.focus, box, width=4, border_radius=8)
        self._draw_lines(surface, box.inflate(-24, -16))

    def _draw_lines(self, surface, box: pygame.Rect) -> None:
        """The typed lines, the last ones that fit (the one being typed always shows), with the cursor."""
        ctx, theme = self.ctx, self.ctx.theme
        step = ctx.text.line_height(theme.body)
        fit = max(1, box.height // step)
        cursor = "|" if int(ctx.time / BLINK) % 2 == 0 else ""
        lines = (self.text + cursor).split("\n")[-fit:]
        pygame.key.set_text_input_rect(pygame.Rect(box.left, box.top + (len(lines) - 1) * step, box.width, step))
        for row, line in enumerate(lines):
            image = ctx.text.line(line, theme.body, theme.text)
            if image.get_width() > box.width:   # a very long line: its end, where the typing is
                image = image.subsurface(pygame.Rect(image.get_width() - box.width, 0, box.width, image.get_height()))
            surface.blit(image, (box.left, box.top + row * step))
