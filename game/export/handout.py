"""The habits and numbers every printout shares, and a solo player's certificate (A4, fonts embedded)."""
from __future__ import annotations

from pathlib import Path

from game.export.document import ACCENT, INK, MUTED, Document

HABITS = ("handout.habit1", "handout.habit2", "handout.habit3", "handout.habit4", "handout.habit5")
NUMBERS = ("help.110", "help.96110", "handout.12377", "help.bank", "handout.app")


class Handout(Document):
    """A certificate, and the page of habits and numbers that follows it."""

    def __init__(self, lang: str, fonts: tuple[Path, Path]):
        from game.core.strings import t

        super().__init__(lang, fonts, t("handout.title", lang))

    def habits_page(self, session_line: str = "") -> None:
        self.pdf.add_page()
        self.text("识破 SeeThrough", 26, ACCENT, True, 1)
        self.text(self.t("handout.title"), 18, INK, True, 2)
        if session_line:
            self.text(session_line, 12, MUTED, gap=6)
        self.take_home(17, 14)
        self.pdf.ln(6)
        self.text(self.t("handout.footer"), 10, MUTED)

    def take_home(self, heading: float, body: float) -> None:
        """The five habits and the numbers to call, headings at ``heading`` pt, lines at ``body``."""
        self.text(self.t("handout.habits"), heading, ACCENT, True, 3)
        for number, key in enumerate(HABITS, 1):
            self.text(f"{number}. {self.t(key)}", body, gap=body / 5)
        self.pdf.ln(4)
        self.text(self.t("handout.numbers"), heading, ACCENT, True, 3)
        for key in NUMBERS:
            self.text(self.t(key), body, gap=body / 5)

    def take_home_columns(self, heading: float, body: float, gutter: float = 8) -> None:
        """The habits (left) and the numbers (right) side by side, then below the longer."""
        pdf = self.pdf
        width = (pdf.w - pdf.l_margin - pdf.r_margin - gutter) / 2
        top, ends = pdf.get_y(), []
        for x, title, lines in self._columns(gutter):
            pdf.set_xy(x, top)
            self.text(title, heading, ACCENT, True, 2, width=width, x=x)
            for line in lines:
                self.text(line, body, gap=body / 6, width=width, x=x)
            ends.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(ends))

    def take_home_columns_height(self, heading: float, body: float, gutter: float = 8) -> float:
        width = (self.pdf.w - self.pdf.l_margin - self.pdf.r_margin - gutter) / 2
        return max(self.height(title, heading, True, 2, width)
                   + sum(self.height(line, body, False, body / 6, width) for line in lines)
                   for _, title, lines in self._columns(gutter))

    def _columns(self, gutter: float) -> list[tuple[float, str, list[str]]]:
        pdf = self.pdf
        right = pdf.l_margin + (pdf.w - pdf.l_margin - pdf.r_margin + gutter) / 2
        return [(pdf.l_margin, self.t("handout.habits"), [f"{n}. {self.t(k)}" for n, k in enumerate(HABITS, 1)]),
                (right, self.t("handout.numbers"), [self.t(k) for k in NUMBERS])]

    def certificate_page(self, name: str, played: int, right: int, safe: str, date: str) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(1.5)
        pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
        pdf.ln(40)
        self.text(self.t("certificate.title"), 34, ACCENT, True, 12)
        self.text(self.t("certificate.body", name=name, n=played), 18, INK, False, 8)
        self.text(self.t("certificate.score", right=right, safe=safe), 16, INK, False, 8)
        self.text(self.t("results.habit"), 16, ACCENT, True, 20)
        self.text(self.t("certificate.date", date=date), 13, MUTED)
        self.text("识破 SeeThrough", 13, MUTED)
