"""A returning player's home: what they have practised so far, then on to practise.

Shown after the player is chosen when they have answered before (a new player goes straight
to the packs). The figures come from ``game.core.home.summarise``; this screen only draws
them: the four safe habits with a row of filled circles each, the days practised, the
mistakes left to review and the next practise-again day. Nothing ranks, counts streaks or
days missed. Large text splits the screen into pages; the buttons stay on every page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import pygame

from game.core.home import HomeSummary, habit_table, summarise
from game.core.homestrings import MONTHS_EN
from game.ui.chrome import content_rect
from game.ui.roundlayout import STACKED_FROM
from game.ui.scene import Scene
from game.ui.widgets import above, button_row

MAX_DOTS = 10   # circles drawn for a habit; the words say the whole count


class HomeChoice(Enum):
    PRACTISE = "practise"            # on to the list of packs
    REVIEW = "review"                # practise again what was got wrong
    SOMEONE_ELSE = "someone_else"    # another player: no player is set now


@dataclass(frozen=True)
class Row:
    """One line of the home screen: words, and under them ``dots`` filled circles (None: none)."""
    text: str
    size: int
    colour: str
    bold: bool = False
    dots: int | None = None


class HomeScene(Scene):
    name = "home"
    needs_packs = True   # the habits are read from the packs' choices

    def __init__(self, app):
        super().__init__(app)
        self.summary: HomeSummary | None = None
        self.pages: list[list[Row]] = []
        self.page_no = 0

    # --- the figures ---

    def _summary(self) -> HomeSummary:
        ctx = self.ctx
        check = ctx.check_pack()
        packs = ctx.packs() + ([check] if check else [])
        return summarise(ctx.store.attempts(ctx.profile), datetime.fromisoformat(ctx.store.now()),
                         habit_table(packs))

    def _heading(self) -> str:
        return self.t("home.title", name=self.ctx.profile.nickname)

    def _times(self, n: int) -> str:
        return self.t("home.times_none") if n == 0 else self.t("home.times", n=n)

    def _habit_rows(self) -> list[Row]:
        theme = self.ctx.theme
        rows = []
        for habit, n in self.summary.habits:
            name = f"home.habit.{habit}" if self.ctx.text.scale < STACKED_FROM else f"home.habit_short.{habit}"
            line = self.t("home.habit_line", habit=self.t(name), times=self._times(n))
            rows.append(Row(line, theme.body, "text", dots=n))
        return rows

    def _due_text(self) -> str:
        s = self.summary
        if s.due_today:
            return self.t("home.due_today")
        if s.next_due is None:
            return self.t("home.due_none")
        d = s.next_due
        return self.t("home.due_on", month=d.month, day=d.day, month_name=MONTHS_EN[d.month - 1])

    def _stat_rows(self) -> list[Row]:
        theme, s = self.ctx.theme, self.summary
        mistakes = self.t("home.mistakes", n=s.mistakes) if s.mistakes else self.t("home.mistakes_none")
        return [Row(self.t("home.so_far"), theme.body, "focus", True),
                Row(self.t("home.days", n=s.days), theme.body, "text"),
                Row(mistakes, theme.body, "text"),
                Row(self._due_text(), theme.body, "text")]

    # --- layout ---

    def _dot_size(self) -> int:
        return max(22, round(18 * self.ctx.text.scale))

    def _dots_width(self) -> int:
        side = self._dot_size()
        return MAX_DOTS * (side + side // 2)

    def _dots_beside(self, width: int) -> bool:
        """The circles go on the right of the words when that leaves the words most of the width."""
        return width - self._dots_width() - self.ctx.theme.gap >= width * 3 // 5

    def _text_width(self, row: Row, width: int) -> int:
        if row.dots is not None and self._dots_beside(width):
            return width - self._dots_width() - self.ctx.theme.gap
        return width

    def _row_height(self, row: Row, width: int) -> int:
        height = self.ctx.text.block_height(row.text, row.size, self._text_width(row, width), row.bold)
        if row.dots and not self._dots_beside(width):
            height += self._dot_size() + 8
        return height + self.ctx.theme.gap

    def _height(self, rows: list[Row], width: int) -> int:
        return sum(self._row_height(r, width) for r in rows)

    def _actions(self) -> list[tuple[str, str, str]]:
        items = [("practise", self.t("home.practise"), "normal")]
        if self.summary.mistakes:
            items.append(("review", self.t("home.review"), "normal"))
        # not "quiet": a quiet button goes to the left of the row, and the numbers would read 3 1 2
        items.append(("someone_else", self.t("home.someone_else"), "normal"))
        return items

    def _numbered(self, buttons: list) -> list:
        numbers = {item[0]: n for n, item in enumerate(self._actions(), 1)}
        for button in buttons:
            button.number = numbers.get(button.id)
        return buttons

    def _early_row(self, area: pygame.Rect, first: bool, pages: int = 9) -> list:
        """The buttons of a page before the last: the page buttons, and carry on (1)."""
        nav = [] if first else [("prev_page", self.t("nav.prev_page"), "quiet")]
        nav.append(("more", self.t("home.next", i=self.page_no + 1, n=pages), "normal"))
        practise = ("practise", self.t("home.practise_short"), "normal")
        return self._numbered(button_row(self.ctx, area, nav + [practise], numbered=True))

    def _last_column(self, area: pygame.Rect) -> list:
        """The last page's buttons: every choice, one under another at the bottom (large text;
        as on the results, Esc rather than a page button leaves the last page)."""
        items = [(i, label) for i, label, _ in self._actions()]
        buttons = self._numbered(self.column_buttons(items, area.left, area.top, area.width))
        shift = area.bottom - buttons[-1].rect.bottom
        for button in buttons:
            button.rect.move_ip(0, shift)
        return buttons

    def layout(self) -> None:
        if self.ctx.profile is None:
            # "Someone else" forgot the player, and the computer's own window settings laid the
            # screen out once more as it closes: nothing of theirs is left to show.
            return
        self.summary = self._summary()
        area = content_rect(self.ctx)
        text, theme = self.ctx.text, self.ctx.theme
        habits, stats = self._habit_rows(), self._stat_rows()
        heading = Row(self._heading(), theme.heading if text.scale < STACKED_FROM else theme.body, "focus", True)
        self.page_no = max(0, self.page_no)
        if text.scale < STACKED_FROM:   # one page: the heading, the habits, what is next; a row of choices
            row = self._numbered(button_row(self.ctx, area, self._actions(), numbered=True))
            room = above(row, area, theme.gap + 6) - area.top
            rows = [heading] + habits + stats
            if self._height(rows, area.width) <= room:
                self.pages = [rows]
                self.page_no = 0
                self._set(row)
                return
        # large text: pages; carry on (1) on every page, every choice on the last
        rows = [heading] + habits + stats
        first = above(self._early_row(area, True), area, theme.gap + 6) - area.top
        later = above(self._early_row(area, False), area, theme.gap + 6) - area.top
        last = above(self._last_column(area), area, theme.gap + 6) - area.top
        self.pages = self._paginate(rows, area.width, (first, later), last)
        self.page_no = min(self.page_no, len(self.pages) - 1)
        if self.page_no + 1 < len(self.pages):
            self._set(self._early_row(area, self.page_no == 0, len(self.pages)))
        else:
            self._set(self._last_column(area))

    def _set(self, buttons: list) -> None:
        focused = self.focused_id() if self.buttons else None
        ids = [b.id for b in buttons]
        self.set_buttons(buttons, focused if focused in ids else ("more" if "more" in ids else "practise"))

    def _paginate(self, rows: list[Row], width: int, heights: tuple[int, int], last: int) -> list[list[Row]]:
        """``rows`` in pages no taller than ``heights`` (the first page, the others), the last no
        taller than ``last``; a bold row (a heading) stays with the row after it."""
        pages: list[list[Row]] = [[]]
        used = 0
        for row in rows:
            need = self._row_height(row, width)
            if pages[-1] and used + need > heights[len(pages) > 1]:
                carry = [pages[-1].pop()] if pages[-1][-1].bold and len(pages[-1]) > 1 else []
                pages.append(carry)
                used = self._height(carry, width)
            pages[-1].append(row)
            used += need
        while self._height(pages[-1], width) > last and len(pages[-1]) > 1:
            tail: list[Row] = []   # what does not fit above the choices goes on a page of its own
            while self._height(pages[-1], width) > last and len(pages[-1]) > 1:
                tail.insert(0, pages[-1].pop())
            if pages[-1][-1].bold and len(pages[-1]) > 1:
                tail.insert(0, pages[-1].pop())
            pages.append(tail)
        return pages

    # --- choices ---

    def activate(self, button_id: str) -> None:
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
            self.layout()
            return
        choice = HomeChoice(button_id)
        if choice is HomeChoice.SOMEONE_ELSE:
            self.ctx.forget_player()
        self.finish(choice)

    def screen_key(self) -> str:
        return f"home-p{self.page_no + 1}"

    # --- drawing ---

    def draw_content(self, surface: pygame.Surface) -> None:
        area = content_rect(self.ctx)
        y = area.top
        for row in self.pages[self.page_no]:
            y += self._draw_row(surface, row, pygame.Rect(area.left, y, area.width, area.bottom - y))

    def _draw_row(self, surface: pygame.Surface, row: Row, box: pygame.Rect) -> int:
        """The words, and the row's circles beside them (or under them); returns the height used."""
        ctx, theme = self.ctx, self.ctx.theme
        words = pygame.Rect(box.left, box.top, self._text_width(row, box.width), box.height)
        used = ctx.text.draw_block(surface, row.text, words, row.size, getattr(theme, row.colour), row.bold)
        if row.dots:
            side = self._dot_size()
            if self._dots_beside(box.width):
                left, top = box.right - self._dots_width(), box.top + (ctx.text.line_height(row.size) - side) // 2
            else:
                left, top = box.left, box.top + used + 4
                used += side + 8
            for index in range(min(row.dots, MAX_DOTS)):
                centre = (left + side // 2 + index * (side + side // 2), top + side // 2)
                pygame.draw.circle(surface, theme.good, centre, side // 2)
        return used + theme.gap
