"""The end of a round: score, hits and false alarms, calibration in plain words, a chart."""
from __future__ import annotations

import pygame

from game.core.scoring import calibration_verdict, summarize
from game.ui.chrome import content_rect
from game.ui.scene import Scene
from game.ui.sections import Section, draw_sections


class ResultsScene(Scene):
    name = "results"

    def __init__(self, app, pack, round_):
        super().__init__(app)
        self.pack = pack
        self.round = round_
        self.summary = summarize(round_.answers)

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = (area.width - 2 * self.ctx.theme.gap) // 3
        top = area.bottom - self.ctx.theme.button_min_height
        items = [("again", self.t("results.again")), ("review", self.t("results.review")), ("menu", self.t("nav.menu"))]
        buttons = []
        for index, item in enumerate(items):
            buttons += self.column_buttons([item], area.left + index * (width + self.ctx.theme.gap), top, width,
                                           numbered=False)
        for index, button in enumerate(buttons):
            button.number = index + 1
        tallest = max(b.rect.height for b in buttons)
        for button in buttons:
            button.rect.height = tallest
            button.rect.bottom = area.bottom
        self.set_buttons(buttons)

    def activate(self, button_id: str) -> None:
        from game.ui.scenes.round import review_round
        from game.ui.scenes.title import TitleScene

        if button_id == "again":
            self.app.pop(None)
        elif button_id == "review":
            scene = review_round(self.app)
            if scene is not None:
                from game.ui.scenes.prepare import with_voices

                self.app.replace(with_voices(self.app, scene.pack, scene))
        elif button_id == "menu":
            self.app.reset_to(TitleScene(self.app))

    def demo_choice(self, rng):
        return None  # the demo ends here

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        buttons_top = min(b.rect.top for b in self.buttons) if self.buttons else area.bottom
        left = pygame.Rect(area.left, area.top, area.width // 2 - 16, buttons_top - area.top - 16)
        right = pygame.Rect(area.centerx + 16, area.top, area.width // 2 - 16, left.height)
        draw_sections(surface, self.ctx, self._text_sections(), left)
        self._draw_chart(surface, right)

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
            Section(t(f"results.calibration.{calibration_verdict(s)}"), "body", "good", True),
            Section(t("results.habit"), "body", "focus"),
        ]

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
        if image.get_width() > label_box.width:
            ctx.text.note_overflow(f"chart label too wide: {label}")
        surface.blit(image, (label_box.left, label_box.top if stacked else row.centery - image.get_height() // 2))
        bars = (pygame.Rect(row.left, row.top + image.get_height() + 2, row.width - 70, row.bottom - row.top - image.get_height() - 8)
                if stacked else pygame.Rect(label_box.right + 10, row.top + 4, row.right - label_box.right - 80, row.height - 10))
        bar_h = max(6, min(20, (bars.height - 4) // 2))
        for offset, (colour, value) in enumerate(((theme.focus, values[0]), (theme.good, values[1]))):
            bar = pygame.Rect(bars.left, bars.top + offset * (bar_h + 4), bars.width, bar_h)
            pygame.draw.rect(surface, (50, 62, 84), bar, border_radius=4)
            pygame.draw.rect(surface, colour, (bar.left, bar.top, int(bar.width * value), bar.height), border_radius=4)
            pct = ctx.text.line(f"{value:.0%}", 18, theme.muted)
            surface.blit(pct, (bar.right + 8, bar.centery - pct.get_height() // 2))
