"""Printable slides: one landscape A4 page per scenario the room played, in order.

Each page: which one it is and its title; the clip's still picture (for a call, a caller card
as the ringing screen showed it); the real-or-AI question and the first action question with
its options; and a question to talk about. A skipped item keeps its page and says so. Text
that would run over the page is set smaller (never under MIN_SCALE of its size): one page
per scenario, always.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.models import text_in
from game.export.document import ACCENT, INK, MUTED, Document
from game.export.stills import clip_still

MARGIN, PICTURE_W, GAP = 14, 150, 8
SKIPPED = (170, 40, 40)
CARD_BG, CARD_INK = (32, 40, 56), (245, 245, 245)
MIN_SCALE = 0.6


@dataclass(frozen=True)
class Slide:
    """One page: the scenario, its pack folder (for the picture), and how it went."""

    scenario: object
    folder: Path
    part: str = "practice"
    skipped: bool = False


class Slides(Document):
    def __init__(self, lang: str, fonts: tuple[Path, Path], title: str):
        super().__init__(lang, fonts, title, orientation="L", margin=MARGIN)
        self.pdf.set_auto_page_break(False)

    def page(self, slide: Slide, number: int, count: int) -> None:
        pdf, scenario = self.pdf, slide.scenario
        pdf.add_page()
        top = self.t("slide.count", i=number, n=count)
        if slide.part in ("pre", "post"):
            top += " · " + self.t(f"slide.part.{slide.part}")
        self.text(top, 14, MUTED, True, 1)
        self.text(text_in(scenario.title, self.lang), 22, INK, True, 2)
        if slide.skipped:
            self.text(self.t("slide.skipped"), 16, SKIPPED, True, 2)
        body_top = pdf.get_y() + 2
        bottom = pdf.h - MARGIN - self._discuss_height(scenario)
        self._picture(slide, body_top, bottom - body_top - GAP)
        self._questions(scenario, body_top, bottom - GAP)
        pdf.set_y(bottom)
        self._discuss(scenario)

    # --- the picture, or the caller card ---

    def _picture(self, slide: Slide, top: float, height: float) -> None:
        if slide.scenario.clip.kind == "call" and slide.scenario.call:
            self._caller_card(slide.scenario.call, top, height)
            return
        image = clip_still(slide.scenario, slide.folder)
        if image is None:
            self.pdf.set_xy(MARGIN, top)
            self.text(self.t("slide.no_picture"), 16, MUTED, width=PICTURE_W, x=MARGIN)
            return
        scale = min(PICTURE_W / image.width, height / image.height)
        w, h = image.width * scale, image.height * scale
        self.pdf.image(image, x=MARGIN + (PICTURE_W - w) / 2, y=top, w=w, h=h)

    def _caller_card(self, call, top: float, height: float) -> None:
        pdf, caller = self.pdf, call.caller
        height = min(height, 120)
        pdf.set_fill_color(*CARD_BG)
        pdf.rect(MARGIN, top, PICTURE_W, height, style="F", round_corners=True, corner_radius=6)
        pdf.set_xy(MARGIN, top + height * 0.18)
        lines = [(self.t(f"slide.call.{call.channel}"), 18, False), (text_in(caller.name, self.lang), 30, True),
                 (caller.number or self.t("call.saved" if caller.saved else "call.unknown"), 20, False)]
        for text, size, bold in lines:
            pdf.set_font("noto", "B" if bold else "", size)
            room = PICTURE_W - 12
            if pdf.get_string_width(text) > room:   # a long name is set smaller, never cut off
                size *= room / pdf.get_string_width(text)
                pdf.set_font("noto", "B" if bold else "", size)
            pdf.set_text_color(*CARD_INK)
            pdf.set_x(MARGIN)
            pdf.cell(PICTURE_W, size * 0.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

    # --- the questions, set smaller when they would not fit ---

    def _question_blocks(self, scenario) -> list[tuple[str, float, tuple, bool, float]]:
        """(text, points, colour, bold, gap) of the right-hand column at full size."""
        if scenario.clip.kind == "call" and scenario.call:
            caller = scenario.call.caller
            shown = caller.number or self.t("call.saved" if caller.saved else "call.unknown")
            question = self.t("judge.question_caller", name=text_in(caller.name, self.lang), number=shown)
        else:
            question = self.t("judge.question")
        blocks = [(self.t("slide.question"), 15, ACCENT, True, 1), (question, 20, INK, True, 5)]
        if scenario.actions:
            action = scenario.actions[0]
            blocks.append((text_in(action.prompt, self.lang), 17, INK, True, 2))
            # bullets, not numbers: the room saw the options in its session's shuffled order
            blocks += [(f"• {text_in(o.text, self.lang)}", 15, INK, False, 1.5) for o in action.options]
        return blocks

    def _questions(self, scenario, top: float, bottom: float) -> None:
        x = MARGIN + PICTURE_W + GAP
        width = self.pdf.w - MARGIN - x
        blocks, scale = self._question_blocks(scenario), 1.0
        while scale > MIN_SCALE and self._blocks_height(blocks, scale, width) > bottom - top:
            scale -= 0.05
        self.pdf.set_xy(x, top)
        for text, size, colour, bold, gap in blocks:
            self.text(text, size * scale, colour, bold, gap * scale, width=width, x=x)

    def _blocks_height(self, blocks, scale: float, width: float) -> float:
        return sum(self.height(text, size * scale, bold, gap * scale, width) for text, size, _, bold, gap in blocks)

    def _discuss_text(self, scenario) -> str:
        return text_in(scenario.discuss, self.lang) or self.t("slide.discuss_default")

    def _discuss_height(self, scenario) -> float:
        width = self.pdf.w - 2 * MARGIN
        return self.height(self.t("slide.discuss"), 16, True, 1, width) + self.height(
            self._discuss_text(scenario), 20, False, 0, width) + 4

    def _discuss(self, scenario) -> None:
        pdf = self.pdf
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(0.6)
        pdf.line(MARGIN, pdf.get_y() - 2, pdf.w - MARGIN, pdf.get_y() - 2)
        pdf.ln(2)
        self.text(self.t("slide.discuss"), 16, ACCENT, True, 1)
        self.text(self._discuss_text(scenario), 20, INK, gap=0)


def write_slides(slides: list[Slide], lang: str, fonts: tuple[Path, Path], title: str, path: Path) -> Path:
    doc = Slides(lang, fonts, title)
    for number, slide in enumerate(slides, 1):
        doc.page(slide, number, len(slides))
    return doc.save(path)
