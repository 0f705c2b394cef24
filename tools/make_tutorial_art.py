"""Draw the tour's practice picture (assets/tutorial/practice.png): a quiet village street.

Deterministic: the same file every run. Run with ``python tools/make_tutorial_art.py``.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "assets" / "tutorial" / "practice.png"
WIDTH, HEIGHT = 640, 360


def draw() -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT))
    pen = ImageDraw.Draw(image)
    for y in range(HEIGHT * 2 // 3):   # sky, lighter towards the hills
        shade = 150 + y * 80 // (HEIGHT * 2 // 3)
        pen.line([(0, y), (WIDTH, y)], fill=(shade - 60, shade - 10, 235))
    pen.ellipse((500, 40, 570, 110), fill=(255, 226, 120))
    pen.polygon([(0, 250), (160, 150), (330, 250)], fill=(96, 150, 96))
    pen.polygon([(220, 250), (430, 130), (640, 250)], fill=(80, 134, 88))
    pen.rectangle((0, 240, WIDTH, HEIGHT), fill=(170, 150, 120))
    pen.rectangle((90, 170, 250, 290), fill=(236, 226, 206))
    pen.polygon([(75, 175), (170, 110), (265, 175)], fill=(150, 60, 50))
    pen.rectangle((150, 225, 190, 290), fill=(110, 76, 52))
    pen.rectangle((105, 195, 140, 225), fill=(150, 200, 230))
    pen.rectangle((205, 195, 240, 225), fill=(150, 200, 230))
    pen.rectangle((430, 200, 446, 290), fill=(110, 80, 50))
    pen.ellipse((390, 130, 490, 225), fill=(60, 120, 64))
    pen.rectangle((300, 275, 340, 300), fill=(90, 90, 90))   # a bench
    return image


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, optimize=True)
    print(OUT)


if __name__ == "__main__":
    main()
