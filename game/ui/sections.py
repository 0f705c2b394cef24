"""Paragraphs of text drawn top-down in a box, and split into pages when they do not fit.

Large text (up to 200 %) never shrinks to fit: it is split into pages instead,
so an older player reads every word at the size they chose.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import pygame

MIN_BODY = 20


@dataclass(frozen=True)
class Section:
    """One paragraph: ``role`` is heading, body or small; ``colour`` a theme attribute name.

    ``lines`` holds already-wrapped lines when a long paragraph was split across pages.
    """

    text: str
    role: str = "body"
    colour: str = "text"
    bold: bool = False
    space_after: int = 10
    lines: tuple[str, ...] | None = None


def role_size(role: str, body: int) -> int:
    return {"heading": body + 8, "body": body, "small": max(16, body - 6)}[role]


def _lines(text_renderer, section: Section, width: int, body: int) -> list[str]:
    if section.lines is not None:
        return list(section.lines)
    return text_renderer.wrap(section.text, role_size(section.role, body), width, section.bold)


def section_height(text_renderer, section: Section, width: int, body: int) -> int:
    step = text_renderer.line_height(role_size(section.role, body), section.bold)
    return len(_lines(text_renderer, section, width, body)) * step + section.space_after


def sections_height(text_renderer, sections, width: int, body: int) -> int:
    return sum(section_height(text_renderer, s, width, body) for s in sections if s.text)


def fitting_body_size(text_renderer, sections, rect: pygame.Rect, start: int) -> int:
    for body in range(start, MIN_BODY - 1, -1):
        if sections_height(text_renderer, sections, rect.width, body) <= rect.height:
            return body
    return MIN_BODY


def paginate(text_renderer, sections: list[Section], width: int, height: int, body: int) -> list[list[Section]]:
    """Split ``sections`` into pages no taller than ``height``, at the chosen text size.

    A long paragraph is split between lines; a bold line (a heading) is kept
    with the paragraph after it.
    """
    pages: list[list[Section]] = [[]]
    used = 0
    for section in (s for s in sections if s.text):
        step = text_renderer.line_height(role_size(section.role, body), section.bold)
        lines = _lines(text_renderer, section, width, body)
        while lines:
            if len(lines) * step <= height - used:
                pages[-1].append(replace(section, lines=tuple(lines)))
                used += len(lines) * step + section.space_after
                break
            room = max(0, (height - used) // step)
            if not pages[-1]:
                room = max(1, room)   # a line taller than the page: shown (and noted) anyway
            carry: list[Section] = []
            if room >= 2 or not pages[-1]:
                pages[-1].append(replace(section, lines=tuple(lines[:room]), space_after=0))
                lines = lines[room:]
            else:
                carry = _heading_to_carry(pages[-1])
            pages.append(carry)
            used = sum(section_height(text_renderer, s, width, body) for s in carry)
    return [page for page in pages if page] or [[]]


def paginate_snug(text_renderer, sections: list[Section], width: int, height: int,
                  body: int) -> tuple[list[list[Section]], int]:
    """Pages and the text size for them: the chosen size, or up to 15 % smaller when that
    saves a page (a card that nearly fits is easier read on one screen)."""
    best = (paginate(text_renderer, sections, width, height, body), body)
    for size in range(body - 1, body * 85 // 100 - 1, -1):
        if len(best[0]) == 1:
            break
        pages = paginate(text_renderer, sections, width, height, size)
        if len(pages) < len(best[0]):
            best = (pages, size)
    return best


def _heading_to_carry(page: list[Section]) -> list[Section]:
    """The heading at the end of a full page, taken off it to start the next one."""
    if len(page) > 1 and page[-1].bold:
        return [page.pop()]
    return []


def draw_sections(surface, ctx, sections: list[Section], rect: pygame.Rect, shrink: bool = True,
                  body: int | None = None) -> int:
    """Draw ``sections`` top-down in ``rect``; return the height used.

    With ``shrink`` the text gets smaller until it fits (for short fixed texts);
    paged text is drawn at the size it was paged for (``body``).
    """
    if body is None:
        body = fitting_body_size(ctx.text, sections, rect, ctx.theme.body) if shrink else ctx.theme.body
    y = rect.top
    for section in sections:
        if not section.text:
            continue
        box = pygame.Rect(rect.left, y, rect.width, rect.bottom - y)
        size = role_size(section.role, body)
        colour = getattr(ctx.theme, section.colour)
        if section.lines is not None:
            used = ctx.text.draw_lines(surface, section.text, list(section.lines), box, size, colour, section.bold)
        else:
            used = ctx.text.draw_block(surface, section.text, box, size, colour, section.bold)
        y += used + section.space_after
    if y - rect.top > rect.height + 12:
        ctx.text.note_overflow(f"sections too tall: {sections[0].text[:30]}")
    return y - rect.top
