"""The facilitator script: for each community plan, a timed running order (from
``game.core.agenda``) with what to say and do at each step; each plan starts on its own page."""
from __future__ import annotations

from pathlib import Path

from game.core.agenda import clock_text, running_order
from game.core.models import text_in
from game.export.document import ACCENT, INK, MUTED, Document

TIME_W = 24   # mm: the column of start times


class Script(Document):
    def __init__(self, lang: str, fonts: tuple[Path, Path]):
        from game.core.strings import t

        super().__init__(lang, fonts, t("script.title", lang, title="SeeThrough"))

    def plan(self, plan, items) -> None:
        """One plan: its title, description and length, then a line per step."""
        self.pdf.add_page()
        self.text(self.t("script.title", title=text_in(plan.title, self.lang)), 20, ACCENT, True, 2)
        if plan.description:
            self.text(text_in(plan.description, self.lang), 13, MUTED, gap=2)
        steps = running_order(items)
        total = steps[-1].start + steps[-1].minutes
        self.text(self.t("script.total", minutes=round(total)), 13, MUTED, gap=5)
        for step in steps:
            self._step(step)

    def _step(self, step) -> None:
        pdf = self.pdf
        what = self._what(step)
        width = pdf.w - pdf.r_margin - pdf.l_margin - TIME_W
        self.keep_together(self.height(what, 13, width=width, gap=4))
        top = pdf.get_y()
        pdf.set_font("noto", "B", 13)
        pdf.set_text_color(*ACCENT)
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(TIME_W, 13 * 0.55, clock_text(step.start))
        pdf.set_font("noto", "", 10)
        pdf.set_text_color(*MUTED)
        pdf.set_xy(pdf.l_margin, top + 13 * 0.55)
        pdf.cell(TIME_W, 6, self.t("script.minutes", m=f"{step.minutes:g}"))
        pdf.set_xy(pdf.l_margin + TIME_W, top)
        self.text(what, 13, INK, gap=4, width=width, x=pdf.l_margin + TIME_W)
        pdf.set_y(max(pdf.get_y(), top + 13 * 0.55 + 8))
        pdf.set_x(pdf.l_margin)

    def _what(self, step) -> str:
        if step.item is None:
            return self.t(f"script.{step.kind}")
        scenario = step.item.scenario
        title = text_in(scenario.title, self.lang)
        if step.kind != "practice":
            return self.t(f"script.{step.kind}", title=title)
        discuss = text_in(scenario.discuss, self.lang) or self.t("slide.discuss_default")
        line = self.t("script.practice", title=title, discuss=discuss)
        return line + (" " + self.t("script.call") if scenario.clip.kind == "call" else "")


def write_script(plans_with_items: list[tuple], lang: str, fonts: tuple[Path, Path], path: Path) -> Path:
    """``plans_with_items``: (SessionPlan, its PlanItems) for each plan."""
    doc = Script(lang, fonts)
    for plan, items in plans_with_items:
        doc.plan(plan, items)
    return doc.save(path)
