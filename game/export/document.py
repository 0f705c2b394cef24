"""An A4 PDF in one language with the bundled Noto Sans SC embedded: the base of every printout.

fpdf2 embeds a subset of the font, so a file prints the same on any computer, with
Simplified Chinese forms. ``save`` writes beside the target and renames: a half-written
file never takes the place of a good one.
"""
from __future__ import annotations

from pathlib import Path

from game.core.strings import t

INK, ACCENT, MUTED, LINE = (20, 30, 50), (180, 110, 0), (90, 100, 115), (150, 155, 165)
MM_PER_PT = 0.3528


class Document:
    """Pages written top to bottom; ``text`` wraps Chinese by character and English by word."""

    def __init__(self, lang: str, fonts: tuple[Path, Path], title: str, orientation: str = "P",
                 margin: float = 18):
        from fpdf import FPDF

        self.lang = lang
        self.pdf = FPDF(orientation=orientation, format="A4")
        self.pdf.set_auto_page_break(True, margin=margin)
        self.pdf.set_margins(margin, margin, margin)
        self.pdf.add_font("noto", "", str(fonts[0]))
        self.pdf.add_font("noto", "B", str(fonts[1]))
        self.pdf.set_title(title)
        self.pdf.set_creator("SeeThrough")

    def t(self, key: str, **values) -> str:
        return t(key, self.lang, **values)

    def text(self, text: str, size: float, colour=INK, bold: bool = False, gap: float = 2,
             width: float = 0, x: float | None = None) -> None:
        """One paragraph at ``size`` points, then ``gap`` mm of space."""
        pdf = self.pdf
        if x is not None:
            pdf.set_x(x)
        pdf.set_font("noto", "B" if bold else "", size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(width, size * 0.55, self._broken(text, width), align="L", wrapmode=self._wrap(),
                       new_x="LEFT" if x is not None else "LMARGIN", new_y="NEXT")
        pdf.ln(gap)
        if x is not None:
            pdf.set_x(x)

    def height(self, text: str, size: float, bold: bool = False, gap: float = 2, width: float = 0) -> float:
        """The height ``text`` would take, in mm, without writing it."""
        pdf = self.pdf
        pdf.set_font("noto", "B" if bold else "", size)
        lines = pdf.multi_cell(width, size * 0.55, self._broken(text, width), align="L", wrapmode=self._wrap(),
                               dry_run=True, output="LINES")
        return len(lines) * size * 0.55 + gap

    def room_left(self) -> float:
        """mm left on the page above the bottom margin."""
        return self.pdf.page_break_trigger - self.pdf.get_y()

    def keep_together(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit on this one (a block is never split)."""
        if self.pdf.page == 0 or self.room_left() < height:
            self.pdf.add_page()

    def _broken(self, text: str, width: float) -> str:
        """``text`` with its line breaks put where ``game.core.linebreak`` allows (no line
        starting with ，or 。), in the current font; fpdf2 then only lays the lines out."""
        from game.core.linebreak import wrap

        pdf = self.pdf
        room = (width or pdf.w - pdf.r_margin - pdf.get_x()) - 2 * pdf.c_margin - 0.5
        return "\n".join(wrap(text, room, pdf.get_string_width))

    def _wrap(self) -> str:
        return "CHAR" if self.lang == "zh" else "WORD"

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        self.pdf.output(str(temporary))
        temporary.replace(path)
        return path
