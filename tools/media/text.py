"""Text on pictures: the bundled Noto Sans SC, checked glyph by glyph, and line wrapping.

Every text drawn is noted with its size (the font's pixel size, its em) until the
``Output`` that writes the picture takes the notes (``take_drawn``): the sizes go
in the pack's ``media/text_sizes.json``, and a test checks each shows at least
18 px on screen.
"""
from __future__ import annotations

import functools
import re

from tools.media.spec import FONTS

_TOKEN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+")
_NO_LINE_START = set("，。！？：；、）》”’,.!?:;)")
_drawn: list[tuple[int, str]] = []   # (size, text) drawn since the last take_drawn()


@functools.lru_cache(maxsize=1)
def _charset() -> frozenset[int]:
    points: set[int] = set()
    for line in (FONTS / "NotoSansSC.charset").read_text(encoding="ascii").split():
        first, _, last = line.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def checked(text: str) -> str:
    """The text, if the bundled font can draw every character of it."""
    bad = sorted({c for c in text if c not in " \n" and ord(c) not in _charset()})
    if bad:
        raise SystemExit(f"the bundled font cannot draw {bad!r} in {text!r}")
    return text


@functools.lru_cache(maxsize=None)
def font(size: int, bold: bool = False):
    from PIL import ImageFont

    name = "NotoSansSC-Bold.otf" if bold else "NotoSansSC-Regular.otf"
    return ImageFont.truetype(str(FONTS / name), size)


def text(d, xy, s, size, fill, bold=False, anchor="la", stroke=0, stroke_fill=None):
    _drawn.append((size, s))
    d.text(xy, checked(s), font=font(size, bold), fill=fill, anchor=anchor,
           stroke_width=stroke, stroke_fill=stroke_fill)


def drawn_mark() -> int:
    """Where the notes of texts drawn stand now: give it to ``scale_drawn`` later."""
    return len(_drawn)


def scale_drawn(mark: int, factor: float) -> None:
    """The texts drawn since ``mark`` went on a layer later scaled by ``factor``: note them at the
    size they end up."""
    _drawn[mark:] = [(round(size * factor), s) for size, s in _drawn[mark:]]


def take_drawn() -> list[tuple[int, str]]:
    """The (size, text) of every text drawn since the last call, in drawing order."""
    drawn = list(_drawn)
    _drawn.clear()
    return drawn


def wrap(s: str, size: int, width: int, bold: bool = False) -> list[str]:
    """Lines of ``s`` no wider than ``width`` (Chinese by character, English by word)."""
    f = font(size, bold)
    lines, line = [], ""
    for token in _TOKEN.findall(checked(s)):
        trial = line + token
        if line and f.getlength(trial) > width and token[0] not in _NO_LINE_START and not token.isspace():
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = trial
    if line.strip():
        lines.append(line.rstrip())
    return lines


def text_block(d, x, y, s, size, fill, width, bold=False, spacing=1.25) -> int:
    """Draw wrapped text from (x, y); return the y below it."""
    for line in wrap(s, size, width, bold):
        text(d, (x, y), line, size, fill, bold)
        y += int(size * spacing)
    return y
