"""Which characters the bundled font can draw.

The font subset script writes the font's character set as ranges to a text
file beside the font, so checking text needs no font library at run time.
"""
from __future__ import annotations

from pathlib import Path

# Characters that never need a glyph: line breaks and spaces of every kind.
_INVISIBLE = set("\n\r\t \u00a0\u200b\u3000")


class Charset:
    """A set of code points read from ``a-b`` hex ranges, one per line."""

    def __init__(self, codepoints: set[int]):
        self.codepoints = codepoints
        # As characters too: one set difference per text instead of a loop over its characters
        # (checking a 1,000-scenario pack spent a tenth of its time here).
        self._drawable = frozenset(map(chr, codepoints)) | _INVISIBLE

    @classmethod
    def from_file(cls, path: Path) -> "Charset":
        points: set[int] = set()
        for line in path.read_text(encoding="ascii").split():
            first, _, last = line.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
        return cls(points)

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` the font cannot draw, each listed once."""
        if not set(text) - self._drawable:
            return []
        seen: list[str] = []
        for char in text:
            if char not in _INVISIBLE and ord(char) not in self.codepoints and char not in seen:
                seen.append(char)
        return seen
