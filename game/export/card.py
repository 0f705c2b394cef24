"""The large-print take-home card (A4, two pages, body text 20 pt, never under 18):
page 1 the five habits and a space for the family secret word; page 2 what 110, 96110 and
12377 are for and a space for a number the resident saved themselves."""
from __future__ import annotations

from pathlib import Path

from game.export.document import ACCENT, INK, LINE, MUTED, Document
from game.export.handout import HABITS

BODY, HEADING, TITLE = 20, 24, 26          # points; the card's smallest text is BODY
CARD_NUMBERS = ("help.110", "help.96110", "handout.12377")
WRITE_LINES = 2                             # ruled lines to write on, each 16 mm apart


class Card(Document):
    def __init__(self, lang: str, fonts: tuple[Path, Path]):
        from game.core.strings import t

        super().__init__(lang, fonts, t("card.title", lang), margin=16)

    def habits_page(self) -> None:
        self.pdf.add_page()
        self.text("识破 SeeThrough", BODY, MUTED, True, 1)
        self.text(self.t("card.title"), TITLE, ACCENT, True, 6)
        self.text(self.t("handout.habits"), HEADING, INK, True, 4)
        for number, key in enumerate(HABITS, 1):
            self.text(f"{number}. {self.t(key)}", BODY, gap=4)
        self.write_in("card.secret", "card.write")

    def numbers_page(self) -> None:
        """The numbers: on a new page unless the heading and the first fit below the habits."""
        parts = [self.t(key).partition("：" if self.lang == "zh" else ": ") for key in CARD_NUMBERS]
        self.keep_together(self.height(self.t("handout.numbers"), HEADING, True, 6) + 10
                           + self.height(parts[0][0], TITLE, True, 1) + self.height(parts[0][2], BODY, gap=7))
        self.text(self.t("handout.numbers"), HEADING, INK, True, 6)
        for number, _, what in parts:
            what = what[:1].upper() + what[1:]
            self.keep_together(self.height(number, TITLE, True, 1) + self.height(what, BODY, gap=7))
            self.text(number, TITLE, ACCENT, True, 1)
            self.text(what, BODY, gap=7)
        self.write_in("card.saved", "card.write_saved")

    def write_in(self, label_key: str, hint_key: str) -> None:
        """A label and ruled lines to write on, kept on one page."""
        pdf = self.pdf
        self.keep_together(self.height(self.t(label_key), BODY, True, 2) + BODY * 0.55 + WRITE_LINES * 16 + 6)
        pdf.ln(4)
        self.text(self.t(label_key), BODY, INK, True, 1)
        self.text(self.t(hint_key), BODY, MUTED, gap=0)
        pdf.set_draw_color(*LINE)
        pdf.set_line_width(0.5)
        for _ in range(WRITE_LINES):
            pdf.ln(16)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())


def write_card(lang: str, fonts: tuple[Path, Path], path: Path) -> Path:
    card = Card(lang, fonts)
    card.habits_page()
    card.numbers_page()
    return card.save(path)
