"""Buttons: large targets with a stable id, a label, and an optional number key."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.text import TextRenderer
from game.ui.theme import Theme

PAD_X, PAD_Y = 18, 10
QUIET_SIZE = 2   # quiet buttons (replay, previous page) use small text plus this much
BADGE = 40   # the number badge at 100 % text; it grows with the digit


def badge_size(text: TextRenderer, size: int) -> int:
    return max(BADGE, text.line_height(size, True))


def id_value(button_id: str, kind: str) -> str | None:
    """The value of a ``kind:value`` button id (``"starter"`` from ``"pack:starter"``), or None
    when the id is of another kind. A button standing for one of many things is named so."""
    found, colon, value = button_id.partition(":")
    return value if colon and found == kind else None


@dataclass
class Button:
    """A clickable, focusable choice. ``number`` is the key that picks it (1-9)."""

    id: str
    label: str
    rect: pygame.Rect
    number: int | None = None
    style: str = "normal"   # normal | good | bad | quiet
    size: int = 28

    def label_width(self, text: TextRenderer) -> int:
        return self.rect.width - 2 * PAD_X - (badge_size(text, self.size) + PAD_X if self.number else 0)

    def draw(self, surface: pygame.Surface, text: TextRenderer, theme: Theme,
             focused: bool, hovered: bool) -> None:
        colour = {"good": theme.button_good, "bad": theme.button_bad, "quiet": theme.panel}.get(self.style, theme.button)
        if hovered and self.style == "normal":
            colour = theme.button_hover
        pygame.draw.rect(surface, colour, self.rect, border_radius=10)
        if theme.border:
            pygame.draw.rect(surface, theme.border, self.rect, width=2, border_radius=10)
        if focused:
            pygame.draw.rect(surface, theme.focus, self.rect.inflate(8, 8), width=4, border_radius=13)
        x = self.rect.left + PAD_X
        if self.number:
            side = badge_size(text, self.size)
            badge = pygame.Rect(x, self.rect.centery - side // 2, side, side)
            pygame.draw.rect(surface, theme.background, badge, border_radius=8)
            digit = text.line(str(self.number), self.size, theme.focus, bold=True)
            surface.blit(digit, digit.get_rect(center=badge.center))
            x = badge.right + PAD_X
        width = self.label_width(text)
        height = text.block_height(self.label, self.size, width)
        if height > self.rect.height:
            text.note_overflow(f"label taller than its button: {self.label[:30]}")
        box = pygame.Rect(x, self.rect.centery - height // 2, width, height)
        text.draw_block(surface, self.label, box, self.size, theme.text if self.style == "quiet" else theme.button_text,
                        align="left" if self.number else "center")


def fit_height(text: TextRenderer, label: str, width: int, size: int, numbered: bool, minimum: int) -> int:
    """Height a button of ``width`` needs to show ``label`` in full."""
    inner = width - 2 * PAD_X - (badge_size(text, size) + PAD_X if numbered else 0)
    return max(minimum, text.block_height(label, size, inner) + 2 * PAD_Y)


def stack(text: TextRenderer, items: list[tuple[str, str]], left: int, top: int, width: int,
          size: int, gap: int, minimum: int, numbered: bool = True, style: str = "normal") -> list[Button]:
    """Buttons for (id, label) pairs, one under another from ``top``."""
    buttons, y = [], top
    for index, (button_id, label) in enumerate(items):
        height = fit_height(text, label, width, size, numbered, minimum)
        buttons.append(Button(button_id, label, pygame.Rect(left, y, width, height),
                              index + 1 if numbered else None, style, size))
        y += height + gap
    return buttons


def button_row(ctx, area: pygame.Rect, items: list[tuple[str, str, str]], numbered: bool = False,
               size: int | None = None) -> list[Button]:
    """Buttons side by side along the bottom of ``area``: quiet ones on the left, the rest on the right.

    ``items`` are (id, label, style). All are as tall as the tallest label needs; ``size``
    sets one text size for all (the room screens use projector sizes).
    """
    theme, text = ctx.theme, ctx.text
    count = len(items)
    width = min((area.width - theme.gap * (count - 1)) // count, round(460 * max(1.0, text.scale, (size or 0) / 28)))
    sizes = [size or (theme.small + QUIET_SIZE if style == "quiet" else theme.body) for _, _, style in items]
    height = max(fit_height(text, label, width, size, numbered, theme.button_min_height)
                 for (_, label, _), size in zip(items, sizes))
    quiet = [i for i, item in enumerate(items) if item[2] == "quiet"]
    loud = [i for i, item in enumerate(items) if item[2] != "quiet"]
    lefts = {i: area.left + n * (width + theme.gap) for n, i in enumerate(quiet)}
    lefts.update({i: area.right - (len(loud) - n) * (width + theme.gap) + theme.gap for n, i in enumerate(loud)})
    return [Button(button_id, label, pygame.Rect(lefts[i], area.bottom - height, width, height),
                   i + 1 if numbered else None, style, sizes[i])
            for i, (button_id, label, style) in enumerate(items)]


def above(buttons: list[Button], area: pygame.Rect, gap: int) -> int:
    """The lowest y that text may reach above a row of buttons."""
    return min((b.rect.top for b in buttons), default=area.bottom) - gap
