"""The base of every screen: buttons, focus, and the default handling of intents.

A scene draws what it is given and reports choices through ``activate``. When it is
done it calls ``self.finish(result)``; which scene comes next is decided by whoever
pushed it (``game/ui/flows.py``), never by the scene itself.
"""
from __future__ import annotations

from typing import Any, Callable

import pygame

from game.ui.input import Intent
from game.ui.widgets import Button, above, button_row, fit_height, stack

NO_FOCUS = -1   # no button has the focus ring (see clear_focus)


class Scene:
    name = "scene"
    text_mode = False   # True while the scene takes typed text
    raw_keys = False    # True while teams answer on their own keys (letters and digits are theirs)

    def __init__(self, app):
        self.app = app
        self.ctx = app.ctx
        self.buttons: list[Button] = []
        self.focus = 0
        self.hover: str | None = None
        self.list_page = 0   # which page of a long list of buttons is shown
        self.entered = False  # set by the App the first time the scene is on top (see enter)
        self.on_result: Callable[[Any], None] | None = None   # set by App.push
        self.is_menu = False  # a menu stays under the scenes it opens (see App.push)

    # --- what subclasses provide ---

    def enter(self) -> None:
        """The scene is on top of the stack for the first time: open its media, start its sound
        and write its first records here, never in ``__init__``. A scene may be built and then
        wait (under a "preparing voices" screen) before it is shown; nothing may play or be
        recorded until it is."""

    def leave(self) -> None:
        """The scene is taken off the stack: stop what ``enter`` started."""

    def layout(self) -> None:
        """Build ``self.buttons`` for the current size and language."""

    def activate(self, button_id: str) -> None:
        """A button was chosen."""

    def back(self) -> None:
        """Esc or the back button: finish with no result."""
        self.finish(None)

    def finish(self, result=None) -> None:
        """Done: give ``result`` to whoever pushed this scene (None: the player went back)."""
        self.app.finish(self, result)

    def replay(self) -> None:
        """R: play the clip again, where there is one."""

    def pause(self) -> None:
        """P: pause or resume the clip, where there is one."""

    def transcript(self) -> None:
        """T (or a button with the id "transcript"): show or hide every word said so far, where
        a clip or call has words."""

    def undo(self) -> None:
        """Backspace: take back the last answer, where the screen allows it (change my answer)."""

    def next_change(self) -> float | None:
        """Seconds until what this scene shows changes by itself: a clip's next frame, a
        ring's next pulse, a cursor's next blink, a countdown's next second. 0: it changes
        every frame; None: only the player changes it (the default: a menu, a page of text).

        The game loop draws a frame only when input came or a change fell due, and sleeps
        until then: a looping animation of 8 frames a second costs 8 frames a second, a
        question waiting for an answer none. ``update(dt)`` moves the scene's own clocks on;
        a change reported here must come from them, so that drawing twice between two
        changes gives the same picture.
        """
        return None

    def update(self, dt: float) -> None:
        """Advance animations by ``dt`` seconds."""

    def draw_content(self, surface: pygame.Surface) -> None:
        """Draw everything but the buttons, top bar and footer."""

    def footer_hint(self) -> str:
        """The keys this screen takes, for the footer; "" for the usual keys (``keys.hint``)."""
        return ""

    def screen_key(self) -> str:
        """Changes whenever what the screen shows changes (for demo screenshots)."""
        return self.name

    def resume(self) -> None:
        """Back on top after the scene above it closed."""
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
            if self.focus == NO_FOCUS:       # the first arrow press lands on the first (or last) button
                self.focus = 0 if step == 1 else len(self.buttons) - 1
            else:
                self.focus = (self.focus + step) % len(self.buttons)
        elif kind == "confirm" and self.buttons and self.focus != NO_FOCUS:
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
        elif kind == "transcript":
            self.transcript()
        elif kind == "undo":
            self.undo()

    def _choose(self, button: Button) -> None:
        self.focus = self.buttons.index(button)
        self.ctx.cue("choice")   # a soft click: every choice is heard to be taken
        if button.id in ("list:prev", "list:next"):
            self.list_page += 1 if button.id == "list:next" else -1
            self.layout()
            self.focus = self.list_focus(button.id)
            return
        if button.id == "transcript":
            self.transcript()
            return
        self.activate(button.id)

    def clear_focus(self) -> None:
        """No button is focused: for a new question, so Enter (a double press, a key held through
        the previous screen) never gives an answer the player did not choose. Arrows bring focus back."""
        self.focus = NO_FOCUS

    def focused_id(self) -> str | None:
        """The id of the button with the focus ring (None: no button has it)."""
        return self.buttons[self.focus].id if 0 <= self.focus < len(self.buttons) else None

    def set_buttons(self, buttons: list[Button], focus_id: str | None = None) -> None:
        """Replace the buttons, keeping focus on ``focus_id`` or the same index (or none)."""
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
            self.ctx.text.note_box("button", button.rect, button.id)

    def column_buttons(self, items, left, top, width, numbered=True, style="normal", size=None) -> list[Button]:
        theme = self.ctx.theme
        return stack(self.ctx.text, items, left, top, width, size or theme.body, theme.gap,
                     theme.button_min_height, numbered, style)

    def fitted_column(self, items, left, top, width, bottom, numbered=True) -> list[Button]:
        """A column of buttons that ends above ``bottom``: long labels get a little smaller
        (never below three quarters of the chosen size) rather than run off the screen."""
        body = self.ctx.theme.body
        buttons: list[Button] = []
        for size in range(body, body * 3 // 4 - 1, -1):
            buttons = self.column_buttons(items, left, top, width, numbered, size=size)
            if not buttons or buttons[-1].rect.bottom <= bottom:
                return buttons
        self.ctx.text.note_overflow(f"buttons do not fit: {items[0][1][:30] if items else ''}")
        return buttons

    def list_focus(self, pressed: str) -> int:
        """Where the focus goes on a new page of a list turned with ``pressed`` (list:next or
        list:prev): its first item. A screen of answers keeps it on the page buttons instead."""
        return 0

    def answer_column(self, items, left, top, width, bottom, extra=(), page_top: int | None = None) -> list[Button]:
        """Answers at the text size the player chose: one column above the row of ``extra`` when
        they fit, else in pages (Previous page / Next page). Each answer keeps its own number on
        every page, so a number key always means the same answer. ``page_top``: where the
        answers start on the pages after the first (the question is on the first only)."""
        buttons = self.paged_column(items, left, top, width, bottom, extra=extra, page_top=page_top)
        numbers = {item[0]: n for n, item in enumerate(items, 1)}
        for button in buttons:
            if button.id in numbers:
                button.number = numbers[button.id]
        return buttons

    def scaled_width(self, base: int, area: pygame.Rect) -> int:
        """A column width that grows with the text size, up to the whole area."""
        return min(area.width, round(base * max(1.0, self.ctx.text.scale)))

    def paged_column(self, items, left, top, width, bottom, numbered=True, extra=(),
                     page_top: int | None = None) -> list[Button]:
        """A column of buttons above ``bottom``; a list too long for that is split into pages,
        with Previous page / Next page under it (the number keys restart on each page).

        ``extra`` (id, label, style) buttons go in the row at the bottom, with or without pages.
        ``page_top``: where the column starts on the pages after the first (default ``top``);
        given, the first page may hold none of the buttons when the first is too tall for it.
        """
        theme, t = self.ctx.theme, self.t
        room = pygame.Rect(left, top, width, bottom - top)
        row = button_row(self.ctx, room, list(extra)) if extra else []
        buttons = self.column_buttons(items, left, top, width, numbered)
        if not buttons or buttons[-1].rect.bottom <= above(row, room, theme.gap):
            self.list_page = 0
            return buttons + row
        more = ("list:next", t("nav.more", i=9, n=9), "normal")
        # The first page has no Previous page: its row may be lower (labels wrap less in wider buttons)
        first = button_row(self.ctx, room, [more, *extra])
        probe = button_row(self.ctx, room, [("list:prev", t("nav.prev_page"), "quiet"), more, *extra])
        later = top if page_top is None else page_top
        pages = _split(self.ctx.text, items, width, theme, numbered, probe[0].rect.top - theme.gap - later,
                       first[0].rect.top - theme.gap - top, page_top is not None)
        self.list_page = max(0, min(self.list_page, len(pages) - 1))
        nav = [("list:prev", t("nav.prev_page"), "quiet")] if self.list_page > 0 else []
        if self.list_page + 1 < len(pages):
            nav.append(("list:next", t("nav.more", i=self.list_page + 1, n=len(pages)), "normal"))
        return (self.column_buttons(pages[self.list_page], left, top if self.list_page == 0 else later, width, numbered)
                + button_row(self.ctx, room, nav + list(extra)))


def _split(text, items, width, theme, numbered, height, first_height=None, first_may_be_empty=False) -> list[list]:
    """``items`` in pages whose buttons stack no taller than ``height`` (``first_height`` on the
    first page, which may be left empty when even its first button is too tall for it)."""
    pages, used = [[]], 0
    for item in items:
        need = fit_height(text, item[1], width, theme.body, numbered, theme.button_min_height) + theme.gap
        room = first_height if first_height is not None and len(pages) == 1 else height
        may_leave = pages[-1] or (first_may_be_empty and len(pages) == 1)
        if may_leave and used + need > room + theme.gap:
            pages.append([])
            used = 0
        pages[-1].append(item)
        used += need
    return pages
