"""A column of buttons in groups, each group under a small heading, split into pages.

Like ``Scene.paged_column`` (number keys restart on each page, Previous page / Next page
under the list), with a heading for each group: above its first button, or — where the
column leaves room at its left (``gutter``) — beside it, which costs no height. A heading
is never the last thing on a page: it moves to the next page with its first button.
"""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.widgets import PAD_Y, Button, button_row, fit_height

HEADING_ABOVE = 8    # between a group's last button and the next heading
HEADING_SPACE = 6    # between a heading and its first button
MIN_GUTTER = 120     # the least room at the left for headings beside the buttons


@dataclass(frozen=True)
class Group:
    heading: str                     # '' for a group without one
    items: list[tuple[str, str]]     # (button id, label)


@dataclass
class GroupPage:
    """One page laid out: its buttons (with the page row under them) and its headings."""

    buttons: list[Button]
    headings: list[tuple[str, pygame.Rect]]
    page: int                        # which page this is (the one asked for, within the count)
    count: int                       # how many pages the list has
    first: list[str]                 # the ids of the buttons on the first page


def heading_size(ctx) -> int:
    return ctx.theme.small


def lay_out_groups(ctx, groups: list[Group], room: pygame.Rect, page: int, headings: bool = True,
                   gutter: int = 0) -> GroupPage:
    """Page ``page`` (clamped) of ``groups`` in ``room``. Without ``headings`` the groups follow
    one another with none; with a ``gutter`` of at least MIN_GUTTER pixels left of ``room``,
    the headings go there, beside their first button."""
    theme, t = ctx.theme, ctx.t
    gutter = gutter if gutter >= MIN_GUTTER else 0
    entries = _entries(ctx, groups, room.width, headings, gutter > 0)
    pages = _split(entries, room.height, theme.gap)
    nav_row: list[Button] = []
    if len(pages) > 1:
        probe = button_row(ctx, room, [("list:prev", t("nav.prev_page"), "quiet"), ("list:next", t("nav.more", i=9, n=9), "normal")])
        pages = _split(entries, probe[0].rect.top - theme.gap - room.top, theme.gap)
        page = max(0, min(page, len(pages) - 1))
        nav = [("list:prev", t("nav.prev_page"), "quiet")] if page > 0 else []
        if page + 1 < len(pages):
            nav.append(("list:next", t("nav.more", i=page + 1, n=len(pages)), "normal"))
        nav_row = button_row(ctx, room, nav)
    else:
        page = 0
    buttons, titles = _place(ctx, pages[page], room, gutter)
    first = [entry[1][0] for entry in pages[0] if entry[0] == "button"]
    return GroupPage(buttons + nav_row, titles, page, len(pages), first)


def _entries(ctx, groups, width: int, headings: bool, beside: bool) -> list[tuple[str, object, int]]:
    """("heading", text, height) and ("button", (id, label), height), heights with the space
    after (a heading beside its button takes none)."""
    theme, text = ctx.theme, ctx.text
    entries: list[tuple[str, object, int]] = []
    for group in groups:
        if not group.items:
            continue
        if headings and group.heading:
            height = 0 if beside else (HEADING_ABOVE + text.block_height(group.heading, heading_size(ctx), width, True)
                                       + HEADING_SPACE)
            entries.append(("heading", group.heading, height))
        for item in group.items:
            height = fit_height(text, item[1], width, theme.body, True, theme.button_min_height) + theme.gap
            entries.append(("button", item, height))
    return entries


def _split(entries, height: int, gap: int) -> list[list]:
    """``entries`` in pages no taller than ``height`` (a page's last button needs no gap under
    it); a heading at the foot of a page moves to the next one with its first button."""
    pages: list[list] = [[]]
    used = 0
    for entry in entries:
        need = entry[2] - (gap if entry[0] == "button" else 0)
        if pages[-1] and used + need > height:
            carried = [pages[-1].pop()] if pages[-1][-1][0] == "heading" and len(pages[-1]) > 1 else []
            pages.append(carried)
            used = sum(e[2] for e in carried)
        pages[-1].append(entry)
        used += entry[2]
    return pages


def _place(ctx, entries, room: pygame.Rect, gutter: int) -> tuple[list[Button], list[tuple[str, pygame.Rect]]]:
    theme, text = ctx.theme, ctx.text
    buttons: list[Button] = []
    titles: list[tuple[str, pygame.Rect]] = []
    y = room.top
    for kind, value, height in entries:
        if kind == "heading" and gutter:   # beside the button that follows, right-aligned towards it
            width = gutter - theme.gap
            tall = text.block_height(value, heading_size(ctx), width, True)
            titles.append((value, pygame.Rect(room.left - gutter, y + PAD_Y, width, tall)))
        elif kind == "heading":
            titles.append((value, pygame.Rect(room.left, y + HEADING_ABOVE, room.width,
                                              height - HEADING_ABOVE - HEADING_SPACE)))
        else:
            button_id, label = value
            buttons.append(Button(button_id, label, pygame.Rect(room.left, y, room.width, height - theme.gap),
                                  len(buttons) + 1, "normal", theme.body))
        y += height
    return buttons, titles
