"""The printable handout (A4 PDF, fonts embedded): the habits, the numbers to call, the session's
results and, when a learning check was run, before and after; and a certificate for a solo player.

fpdf2 embeds a subset of the bundled Noto Sans SC, so the file prints the same on any
computer, with Simplified Chinese forms.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.strings import t

HABITS = ("handout.habit1", "handout.habit2", "handout.habit3", "handout.habit4", "handout.habit5")
NUMBERS = ("help.110", "help.96110", "handout.12377", "help.bank", "handout.app")
INK, ACCENT, MUTED = (20, 30, 50), (180, 110, 0), (90, 100, 115)


@dataclass(frozen=True)
class HandoutResults:
    """What the results part of a handout says, in lines already worded in its language."""

    heading_lines: list[str]
    lines: list[str]
    before: str = ""
    after: str = ""


class Handout:
    """An A4 document in one language, written page by page."""

    def __init__(self, lang: str, fonts: tuple[Path, Path]):
        from fpdf import FPDF

        self.lang = lang
        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.set_margins(18, 18, 18)
        self.pdf.add_font("noto", "", str(fonts[0]))
        self.pdf.add_font("noto", "B", str(fonts[1]))
        self.pdf.set_title(t("handout.title", lang))
        self.pdf.set_creator("SeeThrough")

    def _text(self, text: str, size: float, colour=INK, bold: bool = False, gap: float = 2) -> None:
        pdf = self.pdf
        pdf.set_font("noto", "B" if bold else "", size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, size * 0.55, text, align="L", wrapmode="CHAR" if self.lang == "zh" else "WORD",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def habits_page(self, session_line: str = "") -> None:
        self.pdf.add_page()
        self._text("识破 SeeThrough", 26, ACCENT, True, 1)
        self._text(t("handout.title", self.lang), 18, INK, True, 2)
        if session_line:
            self._text(session_line, 12, MUTED, gap=6)
        self._text(t("handout.habits", self.lang), 17, ACCENT, True, 3)
        for number, key in enumerate(HABITS, 1):
            self._text(f"{number}. {t(key, self.lang)}", 14, gap=3)
        self.pdf.ln(4)
        self._text(t("handout.numbers", self.lang), 17, ACCENT, True, 3)
        for key in NUMBERS:
            self._text(t(key, self.lang), 14, gap=3)
        self.pdf.ln(6)
        self._text(t("handout.footer", self.lang), 10, MUTED)

    def results_page(self, results: HandoutResults) -> None:
        self.pdf.add_page()
        self._text(t("handout.results", self.lang), 20, ACCENT, True, 4)
        for line in results.heading_lines:
            self._text(line, 12, MUTED)
        self.pdf.ln(3)
        for line in results.lines:
            self._text(line, 13, gap=2.5)
        if results.before or results.after:
            self.pdf.ln(4)
            self._text(t("handout.before_after", self.lang), 17, ACCENT, True, 3)
            self._text(results.before, 14, gap=2)
            self._text(results.after, 14, gap=2)

    def certificate_page(self, name: str, played: int, right: int, safe: str, date: str) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(1.5)
        pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
        pdf.ln(40)
        self._text(t("certificate.title", self.lang), 34, ACCENT, True, 12)
        self._text(t("certificate.body", self.lang, name=name, n=played), 18, INK, False, 8)
        self._text(t("certificate.score", self.lang, right=right, safe=safe), 16, INK, False, 8)
        self._text(t("results.habit", self.lang), 16, ACCENT, True, 20)
        self._text(t("certificate.date", self.lang, date=date), 13, MUTED)
        self._text("识破 SeeThrough", 13, MUTED)

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        self.pdf.output(str(temporary))
        temporary.replace(path)   # a half-written file never takes the place of a good one
        return path
