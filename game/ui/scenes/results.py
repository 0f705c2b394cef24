"""The end of a round: score, hits and false alarms, calibration in plain words, a chart."""
from __future__ import annotations

from enum import Enum

import pygame

from game.core.models import text_in
from game.core.research import research_key
from game.core.scoring import calibration_verdict, summarize
from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.roundlayout import STACKED_FROM
from game.ui.sections import Section, draw_sections, paginate, paginate_snug
from game.ui.widgets import above, button_row


class ResultsChoice(Enum):
    AGAIN = "again"              # another round: back to the list of packs
    REVIEW = "review"            # practise again what was got wrong
    CERTIFICATE = "certificate"  # a PDF certificate (the results stay on screen)
    MENU = "menu"


class ResultsScene(Scene):
    name = "results"

    def __init__(self, app, pack, round_):
        super().__init__(app)
        self.pack = pack
        self.round = round_
        self.summary = summarize(round_.answers)
        self.pages: list = []
        self.page_no = 0

    @property
    def stacked(self) -> bool:
        return self.ctx.text.scale >= STACKED_FROM

    def layout(self) -> None:
        area = content_rect(self.ctx)
        items = [("again", self.t("results.again")), ("review", self.t("results.review")),
                 ("certificate", self.t("results.certificate")), ("menu", self.t("nav.menu"))]
        if self.stacked:   # large text: one under another, full width, at the bottom
            finish = self.column_buttons(items, area.left, area.top, area.width)
            shift = area.bottom - finish[-1].rect.bottom
            for button in finish:
                button.rect.move_ip(0, shift)
        else:
            finish = button_row(self.ctx, area, [(i, label, "normal") for i, label in items], numbered=True)
        paging = button_row(self.ctx, area, [("more", self.t("nav.more", i=9, n=9), "normal")])
        self.pages = self._pages(area, above(paging, area, self.ctx.theme.gap + 6),
                                 above(finish, area, self.ctx.theme.gap + 6))
        self.page_no = max(0, min(self.page_no, len(self.pages) - 1))
        if self.page_no + 1 < len(self.pages):
            nav = [("prev_page", self.t("nav.prev_page"), "quiet")] if self.page_no else []
            nav.append(("more", self.t("nav.more", i=self.page_no + 1, n=len(self.pages)), "normal"))
            self.set_buttons(button_row(self.ctx, area, nav), "more")
        else:   # never a default: "Play another round" after an Enter meant for the last card
            focused = self.focused_id()
            self.set_buttons(finish, focused)
            if focused not in [b.id for b in finish]:
                self.clear_focus()

    def _pages(self, area, bottom: int, last_bottom: int) -> list[tuple[list[Section], bool, int]]:
        """(sections, with the chart, text size) per page. Large text: the chart in sentences, and the
        advice on a last page of its own, with the buttons to go on."""
        text, body = self.ctx.text, self.ctx.theme.body
        if not self.stacked:
            width = area.width // 2 - 16
            sections = self._text_sections() + self._advice_sections()
            pages, size = paginate_snug(text, sections, width, last_bottom - area.top, body)
            return [(p, True, size) for p in pages]
        # Only the last page shares the screen with the four large buttons: what the calibration
        # says, and the list of sure-but-wrong items, go on the roomy pages before it.
        sections = self._text_sections() + self._category_sections() + self._calibration_sections()
        pages = [(p, False, body) for p in paginate(text, sections, area.width, bottom - area.top, body)]
        return pages + [(p, False, body) for p in paginate(text, self._research_sections() + [self._habit_section()],
                                                           area.width, last_bottom - area.top, body)]

    def activate(self, button_id: str) -> None:
        if button_id in ("more", "prev_page"):
            self.page_no += 1 if button_id == "more" else -1
            self.layout()
        else:
            self.finish(ResultsChoice(button_id))

    def screen_key(self) -> str:
        return f"results-p{self.page_no + 1}"

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        bottom = above(self.buttons, area, self.ctx.theme.gap)
        sections, chart, body = self.pages[self.page_no]
        width = area.width // 2 - 16 if chart else area.width
        draw_sections(surface, self.ctx, sections, pygame.Rect(area.left, area.top, width, bottom - area.top),
                      body=body)
        if chart:
            self._draw_chart(surface, pygame.Rect(area.centerx + 16, area.top, area.width // 2 - 16, bottom - area.top))

    def _category_sections(self) -> list[Section]:
        """The chart in words, for large text: one line per kind of scam."""
        names = self.pack.category_names(short=False)
        sections = [Section(self.t("results.by_category"), "heading", "text", True)]
        for category, result in self.summary.by_category.items():
            label = names.get(category, {}).get(self.ctx.lang, category)
            sections.append(Section(label, "body", "focus", True, 2))
            sections.append(Section(self.t("results.category_line", right=result.judged_right,
                                           safe=f"{result.actions_safe:g}", n=result.played), "body"))
        return sections

    def _text_sections(self) -> list[Section]:
        s, t = self.summary, self.t
        said = [t("results.said", level=t(f"confidence.{level}"), said=n, right=r)
                for level, (r, n) in s.by_confidence.items() if n]
        fakes = s.hits + s.misses
        return [
            Section(t("results.title"), "heading", "focus", True),
            Section(t("results.points", points=round(s.points), max=s.max_points), "heading", "text", True),
            Section(t("results.judged", right=s.judged_right, n=s.played), "body", "text", False, 2),
            Section(t("results.actions", safe=f"{s.actions_safe:g}", n=s.played), "body", "text", False, 2),
            Section(t("results.hits", hits=s.hits, fakes=fakes), "body", "text", False, 2),
            Section(t("results.false_alarms", n=s.false_alarms), "body"),
            *[Section(line, "small", "muted", False, 2) for line in said],
        ]

    def _advice_sections(self) -> list[Section]:
        return self._calibration_sections() + self._research_sections() + [self._habit_section()]

    def _research_sections(self) -> list[Section]:
        """One sentence putting the round beside what research found (``game.core.research``)."""
        key = research_key(self.round.answers)
        return [Section(self.t(key), "body", "text")] if key else []

    def _calibration_sections(self) -> list[Section]:
        """How sure the player was against how often right, and the items they were sure of and got wrong."""
        sections = [Section(self.t(f"results.calibration.{calibration_verdict(self.summary)}"), "body", "good", True)]
        if self.summary.sure_and_wrong:
            titles = {s.id: text_in(s.title, self.ctx.lang) for s in self.pack.scenarios}
            sections.append(Section(self.t("results.sure_wrong"), "body", "text", True, 2))
            sections += [Section(f"·  {titles.get(sid, sid)}", "body", "muted", False, 2)
                         for sid in self.summary.sure_and_wrong]
        return sections

    def _habit_section(self) -> Section:
        return Section(self.t("results.habit"), "body", "focus")

    def _draw_chart(self, surface, box) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        names = self.pack.category_names(short=True)
        y = box.top + ctx.text.draw_block(surface, self.t("results.by_category"), box, theme.heading - 4,
                                          theme.text, bold=True) + 8
        legend = [(theme.focus, self.t("results.chart.judged")), (theme.good, self.t("results.chart.actions"))]
        x = box.left
        for colour, label in legend:
            pygame.draw.rect(surface, colour, (x, y + 6, 22, 22))
            image = ctx.text.line(label, theme.small, theme.muted)
            surface.blit(image, (x + 30, y))
            x += 30 + image.get_width() + 24
        y += 40
        rows = list(self.summary.by_category.items())
        row_h = min(100, (box.bottom - y) // max(1, len(rows)))
        for category, result in rows:
            label = names.get(category, {}).get(ctx.lang, category)
            row = pygame.Rect(box.left, y, box.width, row_h)
            self._draw_chart_row(surface, row, f"{label} ({result.played})",
                                 (result.judged_right / result.played, result.actions_safe / result.played))
            y += row_h

    def _draw_chart_row(self, surface, row: pygame.Rect, label: str, values) -> None:
        """A label with two bars: above them when there is room, beside them when rows are tight."""
        ctx, theme = self.ctx, self.ctx.theme
        size = theme.small if row.height < 90 else theme.body - 4
        stacked = row.height >= 70
        label_box = row.copy() if stacked else pygame.Rect(row.left, row.top, row.width * 45 // 100, row.height)
        image = ctx.text.line(label, size, theme.text)
        while image.get_width() > label_box.width and size > 14:   # a chart label may shrink a little
            size -= 1
            image = ctx.text.line(label, size, theme.text)
        if image.get_width() > label_box.width:
            ctx.text.note_overflow(f"chart label too wide: {label}")
        surface.blit(image, (label_box.left, label_box.top if stacked else row.centery - image.get_height() // 2))
        bars = (pygame.Rect(row.left, row.top + image.get_height() + 2, row.width - 70, row.bottom - row.top - image.get_height() - 8)
                if stacked else pygame.Rect(label_box.right + 10, row.top + 4, row.right - label_box.right - 80, row.height - 10))
        bar_h = max(6, min(20, (bars.height - 4) // 2))
        for offset, (colour, value) in enumerate(((theme.focus, values[0]), (theme.good, values[1]))):
            bar = pygame.Rect(bars.left, bars.top + offset * (bar_h + 4), bars.width, bar_h)
            pygame.draw.rect(surface, theme.panel_hover, bar, border_radius=4)
            pygame.draw.rect(surface, colour, (bar.left, bar.top, int(bar.width * value), bar.height), border_radius=4)
            pct = ctx.text.line(f"{value:.0%}", 18, theme.muted)
            surface.blit(pct, (bar.right + 8, bar.centery - pct.get_height() // 2))
