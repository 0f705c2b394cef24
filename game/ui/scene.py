"""The base of every screen: buttons, focus, and the default handling of intents.

A scene draws what it is given and reports choices through ``activate``. It
returns a result to the scene below it with ``self.app.pop(result)``.
"""
from __future__ import annotations

import random

import pygame

from game.ui.input import Intent
from game.ui.widgets import Button, stack


class Scene:
    name = "scene"
    text_mode = False   # True while the scene takes typed text

    def __init__(self, app):
        self.app = app
        self.ctx = app.ctx
        self.buttons: list[Button] = []
        self.focus = 0
        self.hover: str | None = None

    # --- what subclasses provide ---

    def layout(self) -> None:
        """Build ``self.buttons`` for the current size and language."""

    def activate(self, button_id: str) -> None:
        """A button was chosen."""

    def back(self) -> None:
        """Esc or the back button."""
        self.app.pop(None)

    def replay(self) -> None:
        """R: play the clip again, where there is one."""

    def pause(self) -> None:
        """P: pause or resume the clip, where there is one."""

    def update(self, dt: float) -> None:
        """Advance animations by ``dt`` seconds."""

    def draw_content(self, surface: pygame.Surface) -> None:
        """Draw everything but the buttons, top bar and footer."""

    def screen_key(self) -> str:
        """Changes whenever what the screen shows changes (for demo screenshots)."""
        return self.name

    def demo_choice(self, rng: random.Random) -> str | None:
        """The button a self-playing demo picks here (None: wait)."""
        return self.buttons[0].id if self.buttons else None

    def resume(self, result) -> None:
        """Back on top after the scene above popped with ``result``."""
        self.layout()

    # --- shared behaviour ---

    def t(self, key: str, **values) -> str:
        return self.ctx.t(key, **values)

    def numbered(self) -> list[Button]:
        return [b for b in self.buttons if b.number]

    def handle(self, intent: Intent) -> None:
        kind = intent.kind
        if kind == "choose":
            for button in self.buttons:
                if button.number == intent.value:
                    self._choose(button)
                    return
        elif kind in ("next", "prev") and self.buttons:
            step = 1 if kind == "next" else -1
            self.focus = (self.focus + step) % len(self.buttons)
        elif kind == "confirm" and self.buttons:
            self._choose(self.buttons[min(self.focus, len(self.buttons) - 1)])
        elif kind == "click":
            for button in self.buttons:
                if button.rect.collidepoint(intent.value):
                    self._choose(button)
                    return
        elif kind == "move":
            self.hover = next((b.id for b in self.buttons if b.rect.collidepoint(intent.value)), None)
        elif kind == "back":
            self.back()
        elif kind == "replay":
            self.replay()
        elif kind == "pause":
            self.pause()

    def _choose(self, button: Button) -> None:
        self.focus = self.buttons.index(button)
        self.activate(button.id)

    def set_buttons(self, buttons: list[Button], focus_id: str | None = None) -> None:
        """Replace the buttons, keeping focus on ``focus_id`` or the same index."""
        self.buttons = buttons
        ids = [b.id for b in buttons]
        if focus_id in ids:
            self.focus = ids.index(focus_id)
        else:
            self.focus = min(self.focus, max(0, len(buttons) - 1))

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.ctx.theme.background)
        self.draw_content(surface)
        bounds = surface.get_rect()
        for button in self.buttons:
            if not bounds.contains(button.rect):
                self.ctx.text.note_overflow(f"button off the screen: {button.label[:30]}")
        for index, button in enumerate(self.buttons):
            button.draw(surface, self.ctx.text, self.ctx.theme, index == self.focus, button.id == self.hover)

    def column_buttons(self, items, left, top, width, numbered=True, style="normal") -> list[Button]:
        theme = self.ctx.theme
        return stack(self.ctx.text, items, left, top, width, theme.body, theme.gap,
                     theme.button_min_height, numbered, style)
