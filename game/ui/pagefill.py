"""Filling pages top-down: text that flows on from page to page (split between lines, never
made smaller), a picture with text beside it and on under it, text in two columns, and rows
of buttons that open more. Used by the pages after an answer (``game.ui.roundpages``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import pygame

from game.ui.roundlayout import Page
from game.ui.sections import Section, role_size, sections_height
from game.ui.widgets import Button, fit_height

UNDER_CLIP = 10   # between the clip and the text going on under it (as side by side)


@dataclass
class Lines:
    """Buttons that open more (a card's line, the full explanation), in ``cols`` columns in
    ``rect``, under ``heading``."""

    rect: pygame.Rect
    items: list[tuple[str, str]]
    heading: list[Section]
    cols: int = 1


def grid(ctx, items: list[tuple[str, str]], left: int, top: int, width: int, cols: int) -> list[Button]:
    """Buttons in ``cols`` columns, row by row; each row as tall as its tallest label needs."""
    theme, size = ctx.theme, ctx.theme.body
    each = (width - theme.gap * (cols - 1)) // cols
    buttons, y = [], top
    for row in range(0, len(items), cols):
        chunk = items[row:row + cols]
        height = max(fit_height(ctx.text, label, each, size, True, theme.button_min_height) for _, label in chunk)
        for col, (button_id, label) in enumerate(chunk):
            rect = pygame.Rect(left + col * (each + theme.gap), y, each, height)
            buttons.append(Button(button_id, label, rect, row + col + 1, "normal", size))
        y += height + theme.gap
    return buttons


def columns_for(ctx, items: list[tuple[str, str]], width: int) -> int:
    """Two columns when every label fits on one line in half the width, else one."""
    theme = ctx.theme
    half = (width - theme.gap) // 2
    one_line = all(fit_height(ctx.text, label, half, theme.body, True, theme.button_min_height)
                   <= theme.button_min_height for _, label in items)
    return 2 if len(items) > 1 and one_line else 1


class Pages:
    """Pages filled top-down inside ``frame``: text that flows on from page to page, the marked
    clip with its tells beside it (stacked), and lines that open more. ``dress`` is called on
    each new page (to put the clip beside the text, or a card's panel behind it). ``first``:
    the first page's frame where it differs (stacked, the first page holds the clip, and its
    row of buttons has Enlarge as well, which can make the row taller); the others use ``frame``."""

    def __init__(self, ctx, frame: pygame.Rect, dress: Callable[[Page], None] | None = None,
                 first: pygame.Rect | None = None):
        self.ctx, self.dress = ctx, dress
        self.frame, self.rest_frame = first or frame, frame
        self.body = ctx.theme.body
        self.pages: list[Page] = []
        self.y = self.frame.top
        self._new_page()

    @classmethod
    def resume(cls, ctx, pages: list[Page], frame: pygame.Rect | None, y: int | None = None) -> Pages:
        """Go on after the text of the last of ``pages`` (in its text frame, or ``frame``
        from ``y``)."""
        last = pages[-1]
        filler = cls.__new__(cls)
        filler.ctx, filler.dress, filler.body = ctx, None, ctx.theme.body
        filler.frame = frame or pygame.Rect(last.rect.left, pages[0].rect.top, last.rect.width,
                                            last.rect.bottom - pages[0].rect.top)
        filler.rest_frame = filler.frame
        filler.pages = pages
        if y is not None:
            filler.y = y
            return filler
        filler.y = max([filler.frame.top] + [r.top + height_of(ctx, s, r.width) for s, r in frames(last)] +
                       ([last.clip_box.bottom + UNDER_CLIP] if last.clip_box and frame else []))
        return filler

    def _new_page(self) -> None:
        if self.pages:
            self.frame = self.rest_frame
        page = Page([], self.frame, body=self.body)
        if self.dress:
            self.dress(page)
        self.pages.append(page)
        self.y = self.frame.top

    @property
    def _empty(self) -> bool:
        """Nothing placed on the last page yet (besides what ``dress`` put there)."""
        return self.y == self.frame.top

    def flow(self, sections: list[Section], left: int | None = None, width: int | None = None,
             bottom: int | None = None) -> None:
        """``sections`` from where the last text ended, on new pages as needed (full width there).
        In a column (``left``, ``width``) ending at ``bottom``, what does not fit goes on under
        it, full width, on the same page."""
        rest = [s for s in sections if s.text]
        left = self.frame.left if left is None else left
        width = self.frame.width if width is None else width
        while rest:
            rect = pygame.Rect(left, self.y, width, (bottom or self.frame.bottom) - self.y)
            placed, rest, used = fill(self.ctx.text, rest, rect.width, rect.height, self.body, self._empty)
            if placed:
                self._add(placed, rect)
                self.y += used
            if rest and bottom is not None:   # under the column, full width
                self.y, bottom = max(self.y, bottom + UNDER_CLIP), None
            elif rest:
                self._new_page()
            if rest and width != self.frame.width and bottom is None:
                rest, left, width = [unwrapped(s) for s in rest], self.frame.left, self.frame.width

    def _add(self, sections: list[Section], rect: pygame.Rect) -> None:
        page = self.pages[-1]
        if not page.sections and not page.more:
            page.sections, page.rect = sections, rect
        else:
            page.more.append((sections, rect))

    def columns(self, left: list[Section], right: list[Section]) -> bool:
        """``left`` and ``right`` side by side on this (empty) page, if both fit; whether they did."""
        gap = 3 * self.ctx.theme.gap
        width = (self.frame.width - gap) // 2
        heights = [height_of(self.ctx, sections, width) for sections in (left, right)]
        if max(heights) > self.frame.height or not self._empty:
            return False
        for n, sections in enumerate((left, right)):
            rect = pygame.Rect(self.frame.left + n * (width + gap), self.frame.top, width, self.frame.height)
            placed, _, _ = fill(self.ctx.text, sections, width, rect.height, self.body, True)
            self._add(placed, rect)
        self.y = self.frame.top + max(heights)
        return True

    def clip(self, tells: list[Section], widest_share: int, narrowest_share: int) -> None:
        """Stacked: the marked clip on the left with its tells beside it (and on under it), as wide
        as lets them all fit on the page (between the two shares of the width, in %). Where
        they cannot all fit in what is left of this page, the clip that fits there and leaves
        the least of them to go on after it (a page is not left half empty); on a new page
        only when not even the clip fits."""
        gap = self.ctx.theme.gap
        widest, narrowest = (self.frame.width * share // 100 for share in (widest_share, narrowest_share))
        widths = [*range(widest, narrowest, -24), narrowest]

        def needs(width: int) -> int:   # the height of the clip with its tells beside and under it
            height = width * 9 // 16
            _, under, used = fill(self.ctx.text, tells, self.frame.width - width - 2 * gap, height, self.body, True)
            if not under:
                return max(height, used)
            return height + UNDER_CLIP + height_of(self.ctx, [unwrapped(s) for s in under], self.frame.width)

        def fitting(room: int) -> int | None:
            return next((width for width in widths if needs(width) <= room), None)

        room = self.frame.bottom - self.y
        width = fitting(room)
        if width is None:   # the tells do not all fit: the clip that leaves the least of them for later
            placeable = [w for w in widths if w * 9 // 16 <= room]
            width = min(placeable, key=needs) if placeable else None
        if width is None and not self._empty:
            self._new_page()
            width = fitting(self.frame.height)
        width = width or widest
        if width * 9 // 16 > self.frame.bottom - self.y and not self._empty:
            self._new_page()   # never squeezed shorter: the clip starts the next page whole
        box = pygame.Rect(self.frame.left, self.y, width, min(width * 9 // 16, self.frame.bottom - self.y))
        page = self.pages[-1]
        page.clip_box, page.tells = box, True
        self.flow(tells, box.right + 2 * gap, self.frame.right - box.right - 2 * gap, box.bottom)
        if self.pages[-1] is page:
            self.y = max(self.y, box.bottom + UNDER_CLIP)

    def lines(self, items: list[tuple[str, str]], paged: bool,
              heading_for: Callable[[list[tuple[str, str]]], list[Section]] = lambda items: []) -> bool:
        """``items`` (button id, label) as numbered buttons after the text, under the sections
        ``heading_for`` gives for those on each page. ``paged``: on as many new pages as they
        need; else only if all fit on this page. Whether they were placed."""
        ctx, theme = self.ctx, self.ctx.theme
        width = self.frame.width
        cols = columns_for(ctx, items, width)
        while items:
            heading = heading_for(items)
            top = self.y + (theme.gap if not self._empty else 0)
            head = sections_height(ctx.text, heading, width, self.body)
            buttons = grid(ctx, items, self.frame.left, top + head, width, cols)
            fitting = [b for b in buttons if b.rect.bottom <= self.frame.bottom]
            if len(fitting) < len(buttons) and not paged:
                return False
            if not fitting and not self._empty:
                self._new_page()
                continue
            count = max(1, len(fitting))   # (a button taller than a page is shown anyway)
            bottom = max(b.rect.bottom for b in buttons[:count])
            heading = heading_for(items[:count])
            self.pages[-1].lines = Lines(pygame.Rect(self.frame.left, top, width, bottom - top), items[:count], heading, cols)
            self.y = bottom
            items = items[count:]
            if items:
                self._new_page()
        return True


def frames(page: Page) -> list[tuple[list[Section], pygame.Rect]]:
    """The page's text: (sections, rect) in the order drawn."""
    return ([(page.sections, page.rect)] if page.sections else []) + list(page.more)


def height_of(ctx, sections: list[Section], width: int) -> int:
    """How tall ``sections`` are at the player's text size in ``width``."""
    return sections_height(ctx.text, sections, width, ctx.theme.body)


def fill(text, sections: list[Section], width: int, room: int, body: int,
          first: bool) -> tuple[list[Section], list[Section], int]:
    """As much of ``sections`` as fits ``room`` pixels: (placed, the rest, height used).

    A paragraph is split between lines when two or more fit; a heading left last goes on with
    the paragraph after it (unless it is all there is on an empty page). On an empty page
    (``first``) at least one line is placed.
    """
    placed: list[Section] = []
    rest = list(sections)
    used = 0
    while rest:
        section = rest[0]
        size = role_size(section.role, body)
        step = text.line_height(size, section.bold)
        lines = list(section.lines) if section.lines is not None else text.wrap(section.text, size, width, section.bold)
        if len(lines) * step <= room - used:
            placed.append(replace(section, lines=tuple(lines)))
            used += len(lines) * step + section.space_after
            rest.pop(0)
            continue
        fit = max(0, (room - used) // step)
        if fit >= 2 or (first and not placed):
            fit = max(1, fit)
            placed.append(replace(section, lines=tuple(lines[:fit]), space_after=0))
            rest[0] = replace(section, lines=tuple(lines[fit:]))
            used += fit * step
        elif placed and placed[-1].bold and (len(placed) > 1 or not first):
            heading = placed.pop()   # (also the only one here, under text already on the page)
            used -= sections_height(text, [heading], width, body)
            rest.insert(0, replace(heading, lines=None))
        break
    return placed, rest, used


def unwrapped(section: Section) -> Section:
    """A paragraph's lines as text again, to be wrapped at another width."""
    if section.lines is None:
        return section
    joined = ""
    for line in section.lines:   # English words were broken at spaces, Chinese anywhere
        latin = joined[-1:].isascii() and not joined[-1:].isspace() and line[:1].isascii()
        joined += (" " if joined and latin else "") + line
    return replace(section, text=joined, lines=None)
