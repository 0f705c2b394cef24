"""Blocks of text that shrink together to fit a box (down to a readable minimum)."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

MIN_BODY = 20


@dataclass(frozen=True)
class Section:
    """One paragraph: ``role`` is heading, body or small; ``colour`` a theme attribute name."""

    text: str
    role: str = "body"
    colour: str = "text"
    bold: bool = False
    space_after: int = 10


def _size(role: str, body: int) -> int:
    return {"heading": body + 8, "body": body, "small": max(16, body - 6)}[role]


def _height(text_renderer, sections, width, body) -> int:
    return sum(text_renderer.block_height(s.text, _size(s.role, body), width, s.bold) + s.space_after
               for s in sections if s.text)


def fitting_body_size(text_renderer, sections, rect: pygame.Rect, start: int) -> int:
    for body in range(start, MIN_BODY - 1, -1):
        if _height(text_renderer, sections, rect.width, body) <= rect.height:
            return body
    return MIN_BODY


def draw_sections(surface, ctx, sections: list[Section], rect: pygame.Rect) -> int:
    """Draw ``sections`` top-down in ``rect`` at the largest size that fits; return height."""
    body = fitting_body_size(ctx.text, sections, rect, ctx.theme.body)
    y = rect.top
    for section in sections:
        if not section.text:
            continue
        box = pygame.Rect(rect.left, y, rect.width, rect.bottom - y)
        used = ctx.text.draw_block(surface, section.text, box, _size(section.role, body),
                                   getattr(ctx.theme, section.colour), section.bold)
        y += used + section.space_after
    if y - rect.top > rect.height + 12:
        ctx.text.note_overflow(f"sections too tall: {sections[0].text[:30]}")
    return y - rect.top
