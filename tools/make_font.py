"""Build the bundled Simplified Chinese font subsets (run by developers, not players).

Takes the Simplified Chinese face out of Debian's Noto Sans CJK collection
(``apt-get install fonts-noto-cjk``) and keeps ASCII, Latin-1, punctuation and
all 6,763 GB2312 hanzi, so every common Simplified character renders in its
mainland form. Writes ``assets/fonts/NotoSansSC-*.otf`` and the character list
``NotoSansSC.charset`` that scenario validation reads.

    python tools/make_font.py [--source-dir /usr/share/fonts/opentype/noto]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
EXTRA_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x2190, 0x2193), (0x2460, 0x2473),
                (0x25A0, 0x25CF), (0x3000, 0x303F), (0xFF01, 0xFF5E), (0x2026, 0x2026), (0x00B7, 0x00B7)]


def gb2312_chars() -> set[int]:
    """Every character GB2312 encodes (hanzi, punctuation, letters)."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def wanted_codepoints() -> set[int]:
    points = gb2312_chars()
    for first, last in EXTRA_RANGES:
        points.update(range(first, last + 1))
    return points


def sc_face(collection_path: Path):
    """The face of the collection whose family name says Simplified Chinese."""
    for font in TTCollection(str(collection_path)).fonts:
        if "CJK SC" in font["name"].getDebugName(1):
            return font
    raise SystemExit(f"no SC face in {collection_path}")


def build(source: Path, weight: str, points: set[int]) -> set[int]:
    font = sc_face(source / f"NotoSansCJK-{weight}.ttc")
    options = subset.Options()
    options.hinting = False  # smaller file; hinting barely matters at game sizes
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    font.save(str(FONTS / f"NotoSansSC-{weight}.otf"))
    return set(font.getBestCmap())


def write_ranges(points: set[int], path: Path) -> None:
    ranges, ordered = [], sorted(points)
    start = prev = ordered[0]
    for point in ordered[1:]:
        if point != prev + 1:
            ranges.append((start, prev))
            start = point
        prev = point
    ranges.append((start, prev))
    path.write_text("".join(f"{a:x}-{b:x}\n" if a != b else f"{a:x}\n" for a, b in ranges),
                    encoding="ascii")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    args = parser.parse_args()
    FONTS.mkdir(parents=True, exist_ok=True)
    points = wanted_codepoints()
    regular = build(args.source_dir, "Regular", points)
    bold = build(args.source_dir, "Bold", points)
    write_ranges(regular & bold, FONTS / "NotoSansSC.charset")
    print(f"{len(regular & bold)} characters in both weights")


if __name__ == "__main__":
    main()
