"""Drawing text with the bundled Simplified Chinese font, wrapped and cached.

Rendering Chinese costs milliseconds, so rendered lines are cached by
(text, size, colour, bold). A bundled font file that is missing or damaged is replaced by a
system font with Chinese glyphs (or pygame's own font, for English): ``fallback`` then names
the font used, and the log says why; the game shows one notice. Every block drawn into a box that is too small is
noted in ``overflows`` so demo runs and tests can catch cut-off text.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pygame

from game.core.linebreak import wrap
from game.core.lru import LRUCache
from game.core.overlap import Box

CACHE_LINES = 1024                # wrapped texts kept
LINE_CACHE_BYTES = 12_000_000     # rendered lines kept: three screens full of text (a long
                                  # evening of play once reached 400 MB; 24 MB filled in one pack)
MAX_FONTS = 24                    # font faces kept (one per size and weight)
# System fonts with Chinese glyphs, as pygame names them (lower case, no spaces), best first.
SYSTEM_CJK_FONTS = ("notosanscjksc", "notosanscjk", "sourcehansanssc", "wenquanyizenhei", "wenquanyimicrohei",
                    "microsoftyahei", "pingfangsc", "heitisc", "simhei", "droidsansfallback")
PROBE_TEXT = "识破 SeeThrough"   # drawn once with each bundled font: a cut-short file fails here

log = logging.getLogger("seethrough.text")


class TextRenderer:
    def __init__(self, regular: Path, bold: Path, scale: float = 1.0):
        self.paths = {False: regular, True: bold}
        self.scale = scale
        # Each size is a FreeType face of its own (about 0.8 MB with its glyph cache): at most
        # this many are kept, and a change of text size lets the old sizes go.
        self._fonts = LRUCache(MAX_FONTS)
        self._lines = LRUCache(LINE_CACHE_BYTES)   # rendered lines: a few screens' worth
        self._wraps = LRUCache(CACHE_LINES)         # wrapped texts, each weighing 1
        self.overflows: list[str] = []
        self.drawn: list[str] = []   # lines drawn since the last frame began (for tests)
        self.blocks: list[str] = []  # whole texts drawn since then, in order (for narration)
        self.boxes: list[Box] = []   # what was drawn where since then (for the overlap check)
        self.fallback = ""           # the font drawn with instead of a bundled one that failed
        self._failed: set[bool] = set()   # which bundled fonts (bold or not) cannot be used
        self._working: set[bool] = set()  # which were seen to draw Chinese (tried once only)

    def new_frame(self) -> None:
        """A frame is about to be drawn: forget what the last one drew."""
        self.drawn.clear()
        self.blocks.clear()
        self.boxes.clear()

    def note_box(self, kind: str, rect: pygame.Rect, owner: str) -> None:
        """Note a box drawn this frame (a button, a picture, a badge, a shape): see game.core.overlap."""
        self.boxes.append(Box(kind, (rect.x, rect.y, rect.width, rect.height), owner))

    def set_scale(self, scale: float) -> None:
        """Change the text size; cached lines and wraps were for the old size."""
        if scale != self.scale:
            self.scale = scale
            self._lines.clear()
            self._wraps.clear()
            self._fonts.clear()

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        px = max(8, round(size * self.scale))
        key = (px, bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._bundled(px, bold) if bold not in self._failed else None
            if font is None:
                font = self._system_font(px, bold)
            self._fonts.put(key, font, 1)
        return font

    def check(self, size: int) -> bool:
        """Load both bundled fonts now, at a ``size`` the first screen uses (at start, not in
        the middle of a screen); False if either failed and a system font is used instead."""
        self.font(size), self.font(size, bold=True)
        return not self._failed

    def _bundled(self, px: int, bold: bool) -> pygame.font.Font | None:
        """The bundled font at ``px``, or None if its file is missing or damaged (logged once)."""
        path = self.paths[bold]
        try:
            font = pygame.font.Font(str(path), px)
            if bold not in self._working:
                font.render(PROBE_TEXT, True, (0, 0, 0))
                self._working.add(bold)
            return font
        except (OSError, pygame.error, ValueError) as err:
            self._give_up(bold, err)
            return None

    def _give_up(self, bold: bool, err: Exception) -> None:
        """The bundled font (``bold`` or not) failed: a system font draws from now on."""
        self._failed.add(bold)
        self._fonts.clear()
        self._lines.clear()
        self.fallback = self.fallback or _system_font_path() or "pygame default font (no Chinese)"
        log.error("font %s cannot be used (%s): drawing with %s instead", self.paths[bold], err, self.fallback)

    def _system_font(self, px: int, bold: bool) -> pygame.font.Font:
        path = _system_font_path()
        font = pygame.font.Font(path, px)   # None: pygame's own font
        font.bold = bold and path is None
        return font

    def line_height(self, size: int, bold: bool = False) -> int:
        return self.font(size, bold).get_linesize()   # Noto Sans SC already leaves 1.45 em

    def line(self, text: str, size: int, color, bold: bool = False) -> pygame.Surface:
        key = (text, size, color, bold)
        surface = self._lines.get(key)
        if surface is None:
            try:
                surface = self.font(size, bold).render(text, True, color)
            except pygame.error as err:   # a damaged font that drew other text: the rest of it fails
                if bold in self._failed:
                    raise
                self._give_up(bold, err)
                surface = self.font(size, bold).render(text, True, color)
            self._lines.put(key, surface, surface.get_width() * surface.get_height() * surface.get_bytesize())
        return surface

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        key = (text, size, width, bold)
        lines = self._wraps.get(key)
        if lines is None:
            font = self.font(size, bold)
            lines = wrap(text, width, lambda s: font.size(s)[0])
            self._wraps.put(key, lines, 1)
        return lines

    def block_height(self, text: str, size: int, width: int, bold: bool = False) -> int:
        return len(self.wrap(text, size, width, bold)) * self.line_height(size, bold)

    def draw_block(self, surface: pygame.Surface, text: str, rect: pygame.Rect, size: int, color,
                   bold: bool = False, align: str = "left") -> int:
        """Draw wrapped ``text`` from the top of ``rect``; return the height used.

        Text that does not fit the rect's height is still drawn, and noted.
        """
        return self.draw_lines(surface, text, self.wrap(text, size, rect.width, bold), rect, size, color, bold, align)

    def draw_lines(self, surface: pygame.Surface, text: str, lines: list[str], rect: pygame.Rect, size: int,
                   color, bold: bool = False, align: str = "left") -> int:
        """Draw already-wrapped ``lines`` (part or all of ``text``); return the height used."""
        whole = lines == self.wrap(text, size, rect.width, bold)
        self.blocks.append(text if whole else " ".join(lines))
        step = self.line_height(size, bold)
        y = rect.top
        for line in lines:
            self.drawn.append(line)
            image = self.line(line, size, color, bold)
            if image.get_width() > rect.width + 1:
                self.note_overflow(f"too wide: {line[:30]}")
            x = {"left": rect.left, "center": rect.centerx - image.get_width() // 2,
                 "right": rect.right - image.get_width()}[align]
            surface.blit(image, (x, y))
            self.boxes.append(Box("text", (x, y, image.get_width(), image.get_height()), text[:40]))
            y += step
        used = y - rect.top
        if used > rect.height + 1:
            self.note_overflow(f"too tall ({used}>{rect.height}): {text[:30]}")
        return used

    def note_overflow(self, what: str) -> None:
        if what not in self.overflows:
            self.overflows.append(what)


def _system_font_path() -> str | None:
    """A system font with Chinese glyphs (see SYSTEM_CJK_FONTS), or None if there is none."""
    found = pygame.font.match_font(SYSTEM_CJK_FONTS)
    return str(found) if found else None
