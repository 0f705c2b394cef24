"""The cast's portraits: flat-shaded head-and-shoulders illustrations drawn with Pillow.

    .venv/bin/python tools/make_media.py --only cast      # redraw assets/cast/

Each member of assets/cast/cast.yaml is drawn from its ``drawing`` entry: face shape, skin,
hair style and colour, eyes with whites and iris, brows, nose, mouth, ears, glasses, lines of
age, clothes and extras. Everything is drawn at twice the portrait size and scaled down
(smooth edges); nothing random is used, so every run writes the same bytes.

Written per member: ``<id>.png`` (the portrait on a transparent background, mouth closed) and
``<id>-mouths.png`` (the mouth region open a little, more, most: a strip the call view lays over
the portrait as the voice gets louder). ``portraits.json`` says where that region is.

``swapped=True`` draws the same member as a good face-swap would show them: the same face, with
only faint tells (the face a shade off the neck and ears, a soft blend edge along the jaw and
hairline, one earring or a glasses arm that does not line up).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from game.core.cast import CastMember, load_cast

ROOT = Path(__file__).resolve().parent.parent.parent
CAST = ROOT / "assets" / "cast"
LARGEST_DISPLAY = 600       # px: the tallest a portrait is shown (the magnifier's call pane, 1280x720 window)
PORTRAIT = 2 * LARGEST_DISPLAY   # drawn at twice that, so the magnifier stays sharp
SUPER = 2                   # drawn this many times larger again, then scaled down: smooth edges
MOUTH_LEVELS = 3            # open a little, more, most
EXPRESSIONS = ("neutral", "smile", "worried")

FACES = {   # half width, half height, jaw roundness (2 = ellipse, more = squarer), chin taper
    "round": (176, 196, 2.0, 0.04),
    "oval": (160, 214, 1.9, 0.16),
    "square": (174, 204, 3.0, 0.05),
    "long": (150, 230, 2.3, 0.10),
    "heart": (168, 206, 1.7, 0.26),
}


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def shade(colour, k: float) -> tuple[int, int, int]:
    """``colour`` darker (k < 1) or lighter (k > 1, towards white)."""
    if k <= 1:
        return tuple(max(0, int(c * k)) for c in colour)
    return tuple(min(255, int(c + (255 - c) * (k - 1))) for c in colour)


def mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b))


@dataclass
class Head:
    """Where the face is on the canvas (canvas units: 1000 across, scaled by ``u``)."""

    u: float
    cx: float
    cy: float
    a: float      # half width
    b: float      # half height
    n: float      # jaw squareness
    taper: float  # chin taper

    def p(self, x: float, y: float) -> tuple[float, float]:
        """A point given in head units (-1..1 across and down) as canvas pixels."""
        return (self.cx + x * self.a) * self.u, (self.cy + y * self.b) * self.u

    def s(self, length: float) -> float:
        """A length in half widths, as canvas pixels."""
        return length * self.a * self.u

    def outline(self, grow: float = 0.0) -> list[tuple[float, float]]:
        points = []
        for step in range(180):
            t = 2 * math.pi * step / 180
            c, s = math.cos(t), math.sin(t)
            n = 2.15 if s < 0 else self.n
            x = math.copysign(abs(c) ** (2 / n), c)
            y = math.copysign(abs(s) ** (2 / n), s)
            if s > 0:
                x *= 1 - self.taper * s ** 3
            points.append(((self.cx + x * (self.a + grow)) * self.u, (self.cy + y * (self.b + grow)) * self.u))
        return points


class Canvas:
    """An RGBA picture being drawn, with masks painted on in a colour (and an outline)."""

    def __init__(self, size: int):
        self.size = size
        self.img = Image.new("RGBA", (size, size), (0, 0, 0, 0))

    def mask(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (self.size, self.size), 0)
        return m, ImageDraw.Draw(m)

    def paint(self, mask: Image.Image, colour, outline=None, width: int = 0, alpha: int = 255) -> None:
        if outline is not None and width:
            box = mask.getbbox()
            if box:
                pad = width + 2
                box = (max(0, box[0] - pad), max(0, box[1] - pad), min(self.size, box[2] + pad),
                       min(self.size, box[3] + pad))
                grown = Image.new("L", mask.size, 0)
                grown.paste(grow(mask.crop(box), width), box[:2])
                self._fill(grown, outline, alpha)
        self._fill(mask, colour, alpha)

    def _fill(self, mask, colour, alpha: int) -> None:
        if alpha < 255:
            mask = mask.point(lambda v: v * alpha // 255)
        layer = Image.new("RGBA", self.img.size, tuple(colour) + (255,))
        self.img.paste(layer, (0, 0), mask)

    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.img)

    def layer(self, draw_on, alpha: int) -> None:
        """Draw with ``draw_on(ImageDraw)`` on a clear layer and lay it over at ``alpha`` (0..255)."""
        layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        draw_on(ImageDraw.Draw(layer))
        if alpha < 255:
            layer.putalpha(layer.getchannel("A").point(lambda v: v * alpha // 255))
        self.img.alpha_composite(layer)


def grow(mask: Image.Image, by: int) -> Image.Image:
    """``mask`` grown by ``by`` pixels all round (a box blur, then anything touched is in)."""
    return mask.filter(ImageFilter.BoxBlur(by)).point(lambda v: 255 if v > 3 else 0)


def shrink(mask: Image.Image, by: int) -> Image.Image:
    """``mask`` shrunk by ``by`` pixels all round."""
    return mask.filter(ImageFilter.BoxBlur(by)).point(lambda v: 255 if v > 251 else 0)


def arc_points(p0, p1, bend: float, steps: int = 24) -> list[tuple[float, float]]:
    """Points from ``p0`` to ``p1`` bowing sideways by ``bend`` (positive: down for left to right)."""
    (x0, y0), (x1, y1) = p0, p1
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1
    nx, ny = -dy / length, dx / length
    return [(x0 + dx * t + nx * bend * math.sin(math.pi * t), y0 + dy * t + ny * bend * math.sin(math.pi * t))
            for t in (i / steps for i in range(steps + 1))]


def thick_line(d, points, colour, width: float) -> None:
    d.line(points, fill=colour, width=max(1, int(width)), joint="curve")
    r = width / 2
    for x, y in (points[0], points[-1]):
        d.ellipse((x - r, y - r, x + r, y + r), fill=colour)


class Portrait:
    """One member drawn: ``base`` without the mouth, then ``mouth(level)`` laid on top."""

    def __init__(self, member: CastMember, expression: str | None = None, swapped: bool = False,
                 size: int = PORTRAIT):
        self.m, self.dr = member, member.drawing
        self.expression = expression or self.dr.expression
        self.swapped = swapped
        self.size = size
        self.big = size * SUPER
        a, b, n, taper = FACES[self.dr.face]
        child = member.look in ("girl", "boy")
        a, b = a * 1.1, b * 1.1
        if child:
            a, b = a * 0.96, b * 0.9
        self.child = child
        self.old = member.age >= 55
        self.female = member.look in ("woman", "older_woman", "girl")
        self.head = Head(self.big / 1000, 500, 420 if child else 392, a, b, n, taper)
        self.skin = rgb(self.dr.skin)
        self.hair = rgb(self.dr.hair_colour)
        self.line = shade(self.skin, 0.45)     # outlines of skin
        self.shadow = shade(self.skin, 0.86)   # the cel shadow on the side away from the light

    # --- the whole portrait ---

    def render(self, level: int = 0) -> Image.Image:
        return self.render_levels([level])[0]

    def render_levels(self, levels: list[int]) -> list[Image.Image]:
        """The portrait with the mouth open at each of ``levels`` (0: closed, as the expression
        has it); what does not move is drawn once."""
        base, front = Canvas(self.big), Canvas(self.big)
        self.draw_base(base)
        self.draw_front(front)
        pictures = []
        for level in levels:
            canvas = Canvas(self.big)
            canvas.img = base.img.copy()
            self.draw_mouth(canvas, level)
            self.draw_over_mouth(canvas)
            if self.swapped:
                self.swap_tells(canvas)
            canvas.img.alpha_composite(front.img)
            pictures.append(canvas.img.resize((self.size, self.size), Image.LANCZOS))
        return pictures

    def mouth_box(self) -> tuple[int, int, int, int]:
        """The region (x, y, w, h in portrait pixels) that the open mouths replace."""
        h = self.head
        x0, y0 = h.p(-0.5, 0.5)
        x1, y1 = h.p(0.5, 0.9)
        k = SUPER
        return int(x0 / k), int(y0 / k), int((x1 - x0) / k), int((y1 - y0) / k)

    # --- layers ---

    def draw_base(self, c: Canvas) -> None:
        self.draw_back_hair(c)
        self.draw_neck(c)
        self.draw_clothes(c)
        self.draw_ears(c)
        self.draw_face_shape(c)
        self.draw_cheeks(c)
        if self.old:
            self.draw_age_lines(c)
        self.draw_nose(c)
        self.draw_eyes(c)
        self.draw_brows(c)
        if "freckles" in self.dr.extras:
            self.draw_freckles(c)
        if "mole" in self.dr.extras:
            x, y = self.head.p(0.42, 0.52)
            r = self.head.s(0.025)
            c.draw().ellipse((x - r, y - r, x + r, y + r), fill=shade(self.skin, 0.45))
        if "stubble" in self.dr.extras or "beard" in self.dr.extras:
            self.draw_jaw_hair(c)

    def draw_front(self, c: Canvas) -> None:
        self.draw_hair(c)
        if self.dr.glasses != "none":
            self.draw_glasses(c)
        if "earrings" in self.dr.extras or "pearls" in self.dr.extras:
            self.draw_earrings(c)
        if "headset" in self.dr.extras:
            self.draw_headset(c)

    # --- body ---

    def draw_clothes(self, c: Canvas) -> None:
        h, u = self.head, self.head.u
        colour = rgb(self.dr.clothes_colour)
        dark = shade(colour, 0.7)
        half = 250 if self.child else (330 if not self.female else 300)
        top = 730 if self.child else 700
        mask, d = c.mask()
        d.rounded_rectangle(((500 - half) * u, top * u, (500 + half) * u, 1200 * u), radius=150 * u, fill=255)
        neck_w = h.a * (0.42 if self.female else 0.5)
        d.chord(((500 - neck_w) * u, (top - 60) * u, (500 + neck_w) * u, (top + 50) * u), 0, 180, fill=0)
        c.paint(mask, colour, outline=shade(colour, 0.55), width=int(4 * u))
        d = c.draw()
        kind = self.dr.clothes
        cx = 500 * u
        if kind in ("shirt", "polo", "uniform", "coat", "blouse"):
            collar = (250, 250, 250) if kind in ("shirt", "coat") and colour[0] > 200 else shade(colour, 1.25)
            if kind == "uniform":
                collar = shade(colour, 1.2)
            for side in (-1, 1):
                d.polygon([(cx + side * neck_w * 0.2 * u, (top + 55) * u), (cx + side * (neck_w + 40) * u, (top - 8) * u),
                           (cx + side * (neck_w + 70) * u, (top + 35) * u), (cx + side * neck_w * 0.25 * u, (top + 95) * u)],
                          fill=collar, outline=dark, width=int(3 * u))
            if kind in ("coat", "uniform", "shirt"):
                d.line([(cx, (top + 80) * u), (cx, 1000 * u)], fill=dark, width=int(4 * u))
        elif kind in ("blazer", "suit"):
            shirt = (245, 245, 242) if kind == "suit" else shade(colour, 1.6)
            d.polygon([(cx - 60 * u, top * u), (cx + 60 * u, top * u), (cx, (top + 170) * u)], fill=shirt)
            for side in (-1, 1):
                d.polygon([(cx + side * 60 * u, (top - 5) * u), (cx + side * 125 * u, (top + 10) * u),
                           (cx + side * 20 * u, (top + 240) * u), (cx + side * 6 * u, (top + 170) * u)],
                          fill=shade(colour, 0.82), outline=dark, width=int(3 * u))
        elif kind in ("tshirt", "sweater", "hoodie", "cardigan"):
            rim = shade(colour, 0.8)
            d.chord((cx - (neck_w + 22) * u, (top - 55) * u, cx + (neck_w + 22) * u, (top + 60) * u), 0, 180,
                    fill=rim)
            if kind == "hoodie":
                for side in (-1, 1):
                    d.line([(cx + side * 40 * u, (top + 50) * u), (cx + side * 46 * u, (top + 170) * u)],
                           fill=(240, 240, 240), width=int(7 * u))
                d.arc((cx - 190 * u, (top - 40) * u, cx + 190 * u, (top + 80) * u), 0, 180, fill=dark, width=int(10 * u))
            if kind == "cardigan":
                d.line([(cx, (top + 60) * u), (cx, 1000 * u)], fill=dark, width=int(5 * u))
                for step in range(3):
                    y = (top + 120 + step * 70) * u
                    d.ellipse((cx + 10 * u, y, cx + 26 * u, y + 16 * u), fill=shade(colour, 1.4))
        if "tie" in self.dr.extras:
            tie = (150, 40, 50) if colour[2] < 80 else (120, 60, 40)
            d.polygon([(cx - 14 * u, (top + 40) * u), (cx + 14 * u, (top + 40) * u), (cx + 24 * u, (top + 200) * u),
                       (cx, (top + 235) * u), (cx - 24 * u, (top + 200) * u)], fill=tie)
            d.polygon([(cx - 20 * u, (top + 12) * u), (cx + 20 * u, (top + 12) * u), (cx + 14 * u, (top + 44) * u),
                       (cx - 14 * u, (top + 44) * u)], fill=shade(tie, 0.8))
        if "badge" in self.dr.extras:
            x, y = cx - 190 * u, (top + 110) * u
            d.polygon([(x, y), (x + 50 * u, y), (x + 50 * u, y + 40 * u), (x + 25 * u, y + 60 * u), (x, y + 40 * u)],
                      fill=(214, 178, 70), outline=(140, 110, 30), width=int(3 * u))
            for side in (-1, 1):   # shoulder boards
                d.rounded_rectangle((cx + side * 250 * u - 55 * u, (top + 20) * u, cx + side * 250 * u + 55 * u,
                                     (top + 45) * u), radius=8 * u, fill=shade(colour, 0.6))
        if "stethoscope" in self.dr.extras:
            grey = (70, 80, 90)
            d.arc((cx - 120 * u, (top - 30) * u, cx + 120 * u, (top + 210) * u), 20, 160, fill=grey, width=int(9 * u))
            d.line([(cx + 100 * u, (top + 140) * u), (cx + 110 * u, (top + 230) * u)], fill=grey, width=int(9 * u))
            d.ellipse((cx + 88 * u, (top + 225) * u, cx + 134 * u, (top + 271) * u), fill=(180, 185, 190),
                      outline=grey, width=int(4 * u))

    def draw_neck(self, c: Canvas) -> None:
        h, u = self.head, self.head.u
        w = h.a * (0.42 if self.female else 0.5)
        top = h.cy + h.b * 0.55
        bottom = (800 if self.child else 770)   # under the neckline
        mask, d = c.mask()
        d.rectangle(((500 - w) * u, top * u, (500 + w) * u, bottom * u), fill=255)
        c.paint(mask, self.skin)
        d = c.draw()
        for side in (-1, 1):   # its sides only: the clothes' neckline is its lower edge
            x = (500 + side * w) * u
            d.line([(x, top * u), (x, (bottom - 30) * u)], fill=self.line, width=int(3.5 * u))
        shadow, d = c.mask()   # under the chin
        d.ellipse(((500 - w * 1.2) * u, (h.cy + h.b * 0.55) * u, (500 + w * 1.2) * u, (h.cy + h.b * 1.28) * u), fill=255)
        c.paint(ImageChops.multiply(shadow, mask), shade(self.skin, 0.82))

    def draw_ears(self, c: Canvas) -> None:
        h = self.head
        if self.dr.hair in ("long", "wavy", "bob"):
            return   # under the hair (a sliver would show beside it)
        for side in (-1, 1):
            x, y = h.p(side * 0.97, 0.12)
            w, hh = h.s(0.2), h.b * h.u * 0.24
            mask, d = c.mask()
            d.ellipse((x - w, y - hh, x + w, y + hh), fill=255)
            c.paint(mask, self.skin, outline=self.line, width=int(3 * h.u))
            d = c.draw()
            d.arc((x - w * 0.55, y - hh * 0.6, x + w * 0.55, y + hh * 0.6), 90 - side * 90 - 60, 90 - side * 90 + 60,
                  fill=shade(self.skin, 0.7), width=int(5 * h.u))

    def face_mask(self, c: Canvas) -> Image.Image:
        mask, d = c.mask()
        d.polygon(self.head.outline(), fill=255)
        return mask

    def draw_face_shape(self, c: Canvas) -> None:
        mask = self.face_mask(c)
        c.paint(mask, self.skin, outline=self.line, width=int(3.5 * self.head.u))
        lit, d = c.mask()   # the cel shadow: the face shifted left leaves the right edge in shade
        shift = self.head.s(0.12)
        d.polygon([(x - shift, y) for x, y in self.head.outline()], fill=255)
        c.paint(ImageChops.subtract(mask, lit), self.shadow)

    def draw_cheeks(self, c: Canvas) -> None:
        h = self.head
        blush = (236, 130, 130)
        alpha = 60 if self.female or self.child else 28

        def cheeks(d):
            for side in (-1, 1):
                x, y = h.p(side * 0.52, 0.4)
                w, hh = h.s(0.2), h.s(0.11)
                d.ellipse((x - w, y - hh, x + w, y + hh), fill=blush + (255,))
        c.layer(cheeks, alpha)

    def draw_age_lines(self, c: Canvas) -> None:
        h, u = self.head, self.head.u
        colour = shade(self.skin, 0.62)
        heavy = self.m.age >= 70
        alpha = 110 if self.swapped else 200
        width = h.s(0.022)

        def lines(d):
            for side in (-1, 1):   # nose to mouth corners
                thick_line(d, arc_points(h.p(side * 0.22, 0.38), h.p(side * 0.36, 0.72), side * h.s(0.06)),
                           colour + (255,), width)
                ex, ey = h.p(side * 0.7, 0.02)   # crow's feet
                for k in (-1, 0, 1):
                    thick_line(d, [(ex, ey + k * h.s(0.06)), (ex + side * h.s(0.12), ey + k * h.s(0.09))],
                               colour + (255,), width * 0.8)
                bx0, by = h.p(side * 0.24, 0.16)   # under the eyes
                bx1, _ = h.p(side * 0.58, 0.16)
                thick_line(d, arc_points((min(bx0, bx1), by), (max(bx0, bx1), by), h.s(0.04)), colour + (255,), width * 0.7)
            if heavy or self.dr.hair in ("bald", "crew", "bun", "perm", "side_part"):
                for k in range(2 if not heavy else 3):
                    y = -0.48 - 0.1 * k
                    thick_line(d, arc_points(h.p(-0.32, y), h.p(0.32, y), -h.s(0.04)), colour + (255,), width * 0.8)
        c.layer(lines, alpha)

    def draw_nose(self, c: Canvas) -> None:
        h = self.head
        d = c.draw()
        colour = shade(self.skin, 0.7)
        length = 0.36 if not self.child else 0.3
        # the bridge's shadow on one side, then the tip and nostrils
        thick_line(d, arc_points(h.p(0.1, 0.02), h.p(0.12, length), h.s(0.03)), shade(self.skin, 0.82), h.s(0.04))
        tip_x, tip_y = h.p(0, length + 0.04)
        w = h.s(0.17 if not self.child else 0.13)
        d.arc((tip_x - w, tip_y - w * 0.55, tip_x + w, tip_y + w * 0.35), 20, 160, fill=colour, width=int(h.s(0.03)))
        for side in (-1, 1):
            x = tip_x + side * w * 0.5
            r = w * 0.16
            d.ellipse((x - r, tip_y - r * 0.2, x + r, tip_y + r * 0.9), fill=shade(self.skin, 0.6))

    def eye_shape(self, side: int) -> tuple[list, float, float, float, float]:
        h = self.head
        ew = h.s(0.36 if not self.child else 0.4)
        eh = h.s({"almond": 0.15, "round": 0.19, "narrow": 0.105}[self.dr.eyes] * (1.15 if self.child else 1))
        if self.old:
            eh *= 0.88
        ex, ey = h.p(side * 0.42, 0.03 if not self.child else 0.1)
        points = []
        for i in range(21):
            t = i / 20
            lift = math.sin(math.pi * t) ** 0.8
            tilt = (t - 0.5) * eh * 0.25 * side   # outer corners a little higher
            points.append((ex - ew / 2 + ew * t, ey - eh * lift - tilt))
        for i in range(20, -1, -1):
            t = i / 20
            tilt = (t - 0.5) * eh * 0.25 * side
            points.append((ex - ew / 2 + ew * t, ey + eh * 0.55 * math.sin(math.pi * t) - tilt))
        return points, ex, ey, ew, eh

    def draw_eyes(self, c: Canvas) -> None:
        h = self.head
        iris = rgb(self.dr.iris)
        for side in (-1, 1):
            points, ex, ey, ew, eh = self.eye_shape(side)
            mask, d = c.mask()
            d.polygon(points, fill=255)
            c.paint(mask, (250, 247, 242))
            ball = Image.new("RGBA", c.img.size, (0, 0, 0, 0))
            bd = ImageDraw.Draw(ball)
            r = ew * (0.25 if not self.child else 0.29)
            cy = ey - eh * 0.05
            bd.ellipse((ex - r, cy - r, ex + r, cy + r), fill=iris + (255,))
            bd.ellipse((ex - r * 0.72, cy - r * 0.72, ex + r * 0.72, cy + r * 0.72), fill=shade(iris, 1.15) + (255,))
            bd.ellipse((ex - r * 0.45, cy - r * 0.45, ex + r * 0.45, cy + r * 0.45), fill=(18, 14, 14, 255))
            hr = r * 0.28
            bd.ellipse((ex - r * 0.45 - hr, cy - r * 0.5 - hr, ex - r * 0.45 + hr, cy - r * 0.5 + hr), fill=(255, 255, 255, 255))
            ball.putalpha(ImageChops.multiply(ball.getchannel("A"), mask))
            c.img.alpha_composite(ball)
            d = c.draw()
            lid = (40, 28, 26)
            top = points[:21]
            thick_line(d, top, lid, h.s(0.045 if self.female else 0.035))
            if self.female:   # lashes: a small wing at the outer corner
                ox, oy = top[-1] if side > 0 else top[0]
                thick_line(d, [(ox, oy), (ox + side * h.s(0.07), oy - h.s(0.05))], lid, h.s(0.03))
            d.line(points[21:], fill=shade(self.skin, 0.62), width=int(h.s(0.015)))
            fold = [(x, y - eh * 0.45) for x, y in top[3:19]]   # the lid's fold
            d.line(fold, fill=shade(self.skin, 0.72), width=int(h.s(0.018)))

    def draw_brows(self, c: Canvas) -> None:
        h = self.head
        colour = shade(self.hair, 0.9) if self.hair[0] < 150 else shade(self.hair, 0.75)
        if self.dr.hair == "cap":
            colour = (30, 26, 24)
        width = {"thin": 0.045, "straight": 0.065, "thick": 0.09, "arched": 0.055}[self.dr.brows]
        d = c.draw()
        for side in (-1, 1):
            inner_y, outer_y, bend = -0.3, -0.29, 0.05
            if self.dr.brows == "arched":
                bend = 0.1
            if self.expression == "worried":
                inner_y, outer_y = -0.39, -0.25
            elif self.expression == "smile":
                inner_y, outer_y = -0.31, -0.31
            y0 = 0.03 if not self.child else 0.1
            p0, p1 = h.p(side * 0.17, inner_y + y0), h.p(side * 0.68, outer_y + y0)
            points = arc_points(p0, p1, -side * h.s(bend))
            thick_line(d, points, colour, h.s(width))
            thick_line(d, points[len(points) // 2:], colour, h.s(width * 0.8))

    def draw_freckles(self, c: Canvas) -> None:
        h = self.head
        d = c.draw()
        colour = shade(self.skin, 0.8)
        for side in (-1, 1):
            for i, (x, y) in enumerate([(0.38, 0.3), (0.5, 0.27), (0.46, 0.36), (0.6, 0.33), (0.55, 0.42)]):
                px, py = h.p(side * x, y)
                r = h.s(0.018 + 0.004 * (i % 2))
                d.ellipse((px - r, py - r, px + r, py + r), fill=colour)

    def draw_jaw_hair(self, c: Canvas) -> None:
        h = self.head
        face = self.face_mask(c)
        jaw, d = c.mask()
        beard = "beard" in self.dr.extras
        d.ellipse((*h.p(-1.1, 0.42 if beard else 0.5), *h.p(1.1, 1.25)), fill=255)
        lips, d2 = c.mask()
        d2.ellipse((*h.p(-0.3, 0.57), *h.p(0.3, 0.8)), fill=255)
        area = ImageChops.subtract(ImageChops.multiply(face, jaw), lips)
        if beard:
            c.paint(area, shade(self.hair, 0.9), outline=shade(self.hair, 0.65), width=int(3 * h.u))
        else:
            c.paint(area, shade(self.skin, 0.72), alpha=70)

    # --- mouth ---

    def draw_mouth(self, c: Canvas, level: int) -> None:
        h = self.head
        d = c.draw()
        lips = (200, 90, 96) if "lipstick" in self.dr.extras else mix(self.skin, (176, 88, 82), 0.55)
        line = shade(lips, 0.55)
        width = h.s(0.5 if not self.female else 0.44)
        mx, my = h.p(0, 0.66 if not self.child else 0.64)
        if level > 0:
            open_h = h.s(0.05 + 0.075 * level)
            box = (mx - width / 2, my - open_h * 0.45, mx + width / 2, my + open_h * 0.75)
            d.ellipse((box[0] - h.s(0.03), box[1] - h.s(0.03), box[2] + h.s(0.03), box[3] + h.s(0.04)), fill=lips)
            mask, md = c.mask()
            md.ellipse(box, fill=255)
            inside = Image.new("RGBA", c.img.size, (0, 0, 0, 0))
            idr = ImageDraw.Draw(inside)
            idr.rectangle(box, fill=(86, 30, 36, 255))
            idr.ellipse((mx - width * 0.3, box[3] - open_h * 0.4, mx + width * 0.3, box[3] + open_h * 0.3),
                        fill=(200, 96, 104, 255))   # the tongue
            idr.rectangle((box[0], box[1], box[2], box[1] + open_h * 0.28), fill=(248, 246, 240, 255))   # teeth
            inside.putalpha(ImageChops.multiply(inside.getchannel("A"), mask))
            c.img.alpha_composite(inside)
            return
        if self.expression == "smile":
            lift, bend = h.s(0.07), h.s(0.07)
        elif self.expression == "worried":
            lift, bend = -h.s(0.045), -h.s(0.02)
        else:
            lift, bend = h.s(0.0), h.s(0.015)
        left, right = (mx - width / 2, my - lift), (mx + width / 2, my - lift)
        lower = arc_points(left, right, bend + h.s(0.09))
        upper = arc_points(left, right, bend)
        top_lip = arc_points(left, right, bend - h.s(0.06))
        d.polygon(upper + lower[::-1], fill=lips)
        d.polygon(top_lip + upper[::-1], fill=shade(lips, 0.85))
        thick_line(d, upper, line, h.s(0.035))
        hl = arc_points(lower[8], lower[16], h.s(0.0))
        thick_line(d, [(x, y - h.s(0.035)) for x, y in hl], shade(lips, 1.25), h.s(0.025))
        if self.expression == "smile":   # dimples at the corners
            for x, y in (left, right):
                side = -1 if x < mx else 1
                thick_line(d, arc_points((x, y - h.s(0.04)), (x + side * h.s(0.03), y + h.s(0.04)), h.s(0.01)),
                           shade(self.skin, 0.7), h.s(0.025))

    def draw_over_mouth(self, c: Canvas) -> None:
        if "moustache" not in self.dr.extras and "beard" not in self.dr.extras:
            return
        h = self.head
        d = c.draw()
        colour = shade(self.hair, 0.85)
        points = arc_points(h.p(-0.4, 0.6), h.p(0.4, 0.6), -h.s(0.1)) + arc_points(h.p(0.4, 0.6), h.p(-0.4, 0.6), -h.s(0.02))
        d.polygon(points, fill=colour)

    # --- hair and what sits on the head ---

    def hair_masks(self, c: Canvas) -> tuple[Image.Image, Image.Image]:
        """(behind, front): hair behind the head and shoulders, and over the head."""
        h, style = self.head, self.dr.hair
        behind, bd = c.mask()
        front, fd = c.mask()
        window, wd = c.mask()   # the part of the head the front hair leaves bare
        cap_box = (*h.p(-1.1, -1.12), *h.p(1.1, 0.55))
        hairline = {"bald": -0.5, "crew": -0.72, "side_part": -0.66, "bun": -0.7, "perm": -0.52,
                    "short": -0.55, "spiky": -0.62, "cap": -0.6}.get(style, -0.5)
        if style == "bald":
            bd.ellipse((*h.p(-1.08, -0.55), *h.p(1.08, 0.45)), fill=255)
            return behind, front
        if style in ("long", "wavy", "ponytail", "bob", "pigtails") or style == "short" and self.female:
            hairline = -0.42 if style != "ponytail" else -0.6
        fd.ellipse(cap_box, fill=255)
        if style == "crew":
            front, fd = c.mask()
            fd.ellipse((*h.p(-1.04, -1.06), *h.p(1.04, 0.5)), fill=255)
        wd.ellipse((*h.p(-0.93, hairline), *h.p(0.93, 2.0)), fill=255)
        if style == "side_part":   # swept to one side: the hairline higher on the other
            wd.ellipse((*h.p(-0.93, hairline - 0.06), *h.p(0.5, 2.0)), fill=255)
            wd.rounded_rectangle((*h.p(-0.88, -0.18), *h.p(0.88, 2.0)), radius=h.s(0.2), fill=255)
        elif style in ("bob", "pigtails", "long", "wavy", "short"):   # a fringe, parted off centre
            wd.rounded_rectangle((*h.p(-0.93, -0.12), *h.p(0.93, 2.0)), radius=h.s(0.12), fill=255)
        else:
            wd.rounded_rectangle((*h.p(-0.93, -0.2), *h.p(0.93, 2.0)), radius=h.s(0.2), fill=255)
        front = ImageChops.subtract(front, window)
        if style in ("bob", "long", "wavy"):   # sides down past the ears
            low = {"bob": 0.62, "long": 0.95, "wavy": 0.9}[style]
            fd = ImageDraw.Draw(front)
            for side in (-1, 1):   # a lock falling from the temple, fuller below, curling in at its end
                outer = [h.p(side * (0.86 + 0.3 * math.sin(math.pi * (0.15 + 0.5 * t))), -0.7 + (low + 0.7) * t)
                         for t in (i / 12 for i in range(13))]
                inner = [h.p(side * (0.8 - 0.04 * math.sin(math.pi * t)), -0.5 + (low + 0.45) * t)
                         for t in (i / 12 for i in range(13))]
                fd.polygon(outer + inner[::-1], fill=255)
            if style == "wavy":
                for side in (-1, 1):
                    for k in range(5):
                        x, y = h.p(side * 1.12, -0.2 + 0.25 * k)
                        r = h.s(0.14)
                        fd.ellipse((x - r, y - r, x + r, y + r), fill=255)
        if style in ("long", "wavy"):
            bottom = 900 if style == "long" else 820
            bd.rounded_rectangle((*h.p(-1.22, -0.8), h.p(1.22, 0)[0], bottom * h.u), radius=h.s(0.5), fill=255)
        if style == "ponytail":
            x, y = h.p(0.7, 0.5)
            bd.ellipse((x - h.s(0.3), y - h.s(0.8), x + h.s(0.35), y + h.s(0.75)), fill=255)
        if style == "pigtails":
            for side in (-1, 1):
                x, y = h.p(side * 1.2, 0.35)
                r = h.s(0.3)
                bd.ellipse((x - r, y - r * 1.3, x + r, y + r * 1.3), fill=255)
        if style == "bun":
            x, y = h.p(0, -1.05)
            r = h.s(0.34)
            fd = ImageDraw.Draw(front)
            fd.ellipse((x - r, y - r * 0.85, x + r, y + r * 0.85), fill=255)
        if style == "perm":
            fd = ImageDraw.Draw(front)
            for k in range(16):
                t = math.pi * (0.95 + 1.1 * k / 15)
                x, y = h.p(1.02 * math.cos(t), -0.2 + 0.95 * math.sin(t))
                r = h.s(0.2)
                fd.ellipse((x - r, y - r, x + r, y + r), fill=255)
            for side in (-1, 1):
                for k in range(2):
                    x, y = h.p(side * 1.05, 0.0 + 0.22 * k)
                    r = h.s(0.17)
                    fd.ellipse((x - r, y - r, x + r, y + r), fill=255)
        if style == "spiky":
            fd = ImageDraw.Draw(front)
            tips = []
            for k in range(9):
                t = k / 8
                x = -0.95 + 1.9 * t
                base = -math.sqrt(max(0.0, 1 - x * x)) * 1.0 - 0.02
                tips += [h.p(x - 0.1, base + 0.12), h.p(x + 0.05, base - 0.2 - 0.05 * (k % 2))]
            fd.polygon([h.p(-1.0, -0.3)] + tips + [h.p(1.0, -0.3)], fill=255)
        return behind, front

    def draw_back_hair(self, c: Canvas) -> None:
        behind, _ = self.hair_masks(c)
        if behind.getbbox():
            c.paint(behind, shade(self.hair, 0.88), outline=shade(self.hair, 0.6), width=int(3.5 * self.head.u))

    def draw_hair(self, c: Canvas) -> None:
        h = self.head
        if self.dr.hair == "cap":
            self.draw_cap(c)
            return
        _, front = self.hair_masks(c)
        if not front.getbbox():
            return
        outline = shade(self.hair, 0.6) if self.hair[0] < 120 else shade(self.hair, 0.7)
        c.paint(front, self.hair, outline=outline, width=int(3.5 * h.u))
        shine, d = c.mask()   # a light band across the crown
        d.arc((*h.p(-0.75, -0.98), *h.p(0.75, 0.3)), 205, 260, fill=255, width=int(h.s(0.09)))
        c.paint(ImageChops.multiply(shine, front), shade(self.hair, 1.35 if self.hair[0] < 120 else 1.2))
        strands, d = c.mask()   # a few curved strokes that give the hair a direction
        for k in range(4):
            x = -0.45 + 0.3 * k
            d.line(arc_points(h.p(x, -0.98), h.p(x + 0.22, -0.5), h.s(0.06)), fill=255, width=int(h.s(0.02)))
        c.paint(ImageChops.multiply(strands, front), shade(self.hair, 0.8 if self.hair[0] < 120 else 0.9))
        if self.dr.hair == "pigtails":
            d = c.draw()
            for side in (-1, 1):
                x, y = h.p(side * 1.08, 0.05)
                r = h.s(0.08)
                d.ellipse((x - r, y - r, x + r, y + r), fill=(230, 80, 110))

    def draw_cap(self, c: Canvas) -> None:
        h = self.head
        colour = self.hair
        sides, d = c.mask()
        d.ellipse((*h.p(-1.04, -0.7), *h.p(1.04, 0.3)), fill=255)
        window, wd = c.mask()
        wd.ellipse((*h.p(-0.92, -0.5), *h.p(0.92, 2.0)), fill=255)
        c.paint(ImageChops.subtract(sides, window), (30, 26, 24))
        crown, d = c.mask()
        d.chord((*h.p(-1.06, -1.2), *h.p(1.06, -0.1)), 180, 360, fill=255)
        c.paint(crown, colour, outline=shade(colour, 0.6), width=int(3.5 * h.u))
        brim, d = c.mask()
        d.chord((*h.p(-1.0, -0.82), *h.p(1.25, -0.5)), 0, 180, fill=255)
        c.paint(brim, shade(colour, 0.8), outline=shade(colour, 0.55), width=int(3.5 * h.u))
        d = c.draw()
        x, y = h.p(0, -0.88)
        d.ellipse((x - h.s(0.16), y - h.s(0.1), x + h.s(0.16), y + h.s(0.1)), fill=(250, 250, 250))

    def draw_glasses(self, c: Canvas) -> None:
        h = self.head
        d = c.draw()
        frame = (40, 36, 36) if self.dr.glasses != "round" else (120, 70, 40)
        width = h.s(0.04)
        for side in (-1, 1):
            _, ex, ey, ew, eh = self.eye_shape(side)
            w, hh = ew * 0.68, ew * (0.5 if self.dr.glasses != "half" else 0.38)
            box = (ex - w, ey - hh * (0.95 if self.dr.glasses != "half" else 0.5), ex + w, ey + hh)
            lens = Image.new("RGBA", c.img.size, (0, 0, 0, 0))
            ImageDraw.Draw(lens).rounded_rectangle(box, radius=w * (0.9 if self.dr.glasses == "round" else 0.3),
                                                  fill=(210, 230, 245, 40))
            c.img.alpha_composite(lens)
            d.rounded_rectangle(box, radius=w * (0.9 if self.dr.glasses == "round" else 0.3), outline=frame,
                                width=int(width))
            # the arm, back to the ear
            x_end = h.p(side * 0.98, 0)[0]
            ear_y = ey - hh * 0.2
            if self.swapped and side == 1:
                ear_y -= h.s(0.07)   # a tell: the arm does not meet the ear
            d.line([(box[2] if side > 0 else box[0], ey - hh * 0.3), (x_end, ear_y)], fill=frame, width=int(width))
        lx = self.eye_shape(-1)[1] + self.eye_shape(-1)[3] * 0.68
        rx = self.eye_shape(1)[1] - self.eye_shape(1)[3] * 0.68
        y = self.eye_shape(1)[2] - h.s(0.05)
        thick_line(d, arc_points((lx, y), (rx, y), -h.s(0.04)), frame, width)

    def draw_earrings(self, c: Canvas) -> None:
        h = self.head
        d = c.draw()
        pearls = "pearls" in self.dr.extras
        for side in (-1, 1):
            if self.swapped and side == 1 and not pearls:
                continue   # a tell: one earring is missing
            x, y = h.p(side * 0.99, 0.38)
            r = h.s(0.06)
            colour = (246, 242, 230) if pearls else (222, 180, 60)
            d.ellipse((x - r, y, x + r, y + 2 * r), fill=colour, outline=shade(colour, 0.7), width=int(h.u * 2))

    def draw_headset(self, c: Canvas) -> None:
        h = self.head
        d = c.draw()
        dark = (50, 54, 60)
        d.arc((*h.p(-1.12, -1.25), *h.p(1.12, 0.6)), 195, 345, fill=dark, width=int(h.s(0.07)))
        x, y = h.p(-1.02, 0.1)
        d.ellipse((x - h.s(0.14), y - h.s(0.2), x + h.s(0.14), y + h.s(0.2)), fill=dark)
        thick_line(d, arc_points((x + h.s(0.05), y + h.s(0.1)), h.p(-0.35, 0.72), h.s(0.12)), dark, h.s(0.035))
        mx, my = h.p(-0.35, 0.72)
        d.ellipse((mx - h.s(0.06), my - h.s(0.05), mx + h.s(0.06), my + h.s(0.05)), fill=(30, 30, 34))

    # --- what a face-swap leaves behind ---

    def swap_tells(self, c: Canvas) -> None:
        """The face laid in by the swap: a shade warmer and smoother than neck and ears, its edge
        a faint soft line along the jaw and hairline."""
        face = self.face_mask(c)
        inner = shrink(face, int(self.head.s(0.03)))
        soft = inner.filter(ImageFilter.GaussianBlur(self.head.s(0.04)))
        r, g, b, a = c.img.split()
        warmer = Image.merge("RGBA", (r.point(lambda v: min(255, v + 10)), g.point(lambda v: min(255, v + 4)),
                                      b.point(lambda v: max(0, v - 4)), a))
        c.img = Image.composite(warmer, c.img, soft.point(lambda v: v * 200 // 255))
        edge = ImageChops.subtract(grow(face, 4), shrink(face, 4))
        edge = edge.filter(ImageFilter.GaussianBlur(self.head.s(0.02)))
        c.paint(edge, shade(self.skin, 1.18), alpha=70)


def render(member: CastMember, expression: str | None = None, swapped: bool = False, level: int = 0,
           size: int = PORTRAIT) -> Image.Image:
    """``member``'s portrait (RGBA, ``size`` square)."""
    return Portrait(member, expression, swapped, size).render(level)


def portrait_and_mouths(member: CastMember, size: int = PORTRAIT):
    """(portrait, mouth strip, mouth box): the portrait with its mouth closed, the mouth region
    open at each level side by side, and where that region (x, y, w, h) sits on the portrait."""
    portrait = Portrait(member, None, False, size)
    x, y, w, h = portrait.mouth_box()
    strip = Image.new("RGBA", (w * MOUTH_LEVELS, h), (0, 0, 0, 0))
    pictures = portrait.render_levels(list(range(MOUTH_LEVELS + 1)))
    for level in range(1, MOUTH_LEVELS + 1):
        strip.paste(pictures[level].crop((x, y, x + w, y + h)), (w * (level - 1), 0))
    return pictures[0], strip, (x, y, w, h)


def save_png(img: Image.Image, path: Path) -> None:
    """A small, deterministic PNG: colours quantised (flat drawings need few), no timestamps."""
    img.quantize(colors=200, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, format="PNG", optimize=True)


def make_cast(folder: Path = CAST, catalogue: Path = CAST / "cast.yaml") -> list[Path]:
    """Draw every member's portrait and mouth strip into ``folder``, and ``portraits.json``."""
    members, problems = load_cast(catalogue, None)
    if problems:
        raise SystemExit("\n".join(str(p) for p in problems))
    folder.mkdir(parents=True, exist_ok=True)
    written, sidecar = [], {}
    for member_id, member in members.items():
        portrait, strip, box = portrait_and_mouths(member)
        save_png(portrait, folder / f"{member_id}.png")
        save_png(strip, folder / f"{member_id}-mouths.png")
        sidecar[member_id] = {"mouth": list(box), "levels": MOUTH_LEVELS, "backdrop": member.drawing.backdrop}
        written += [folder / f"{member_id}.png", folder / f"{member_id}-mouths.png"]
    info = {"size": PORTRAIT, "largest_display": LARGEST_DISPLAY, "members": sidecar}
    (folder / "portraits.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return written + [folder / "portraits.json"]




SHEET_TILE = 220
SHEET_COLUMNS = 7


def make_sheet(path: Path, catalogue: Path = CAST / "cast.yaml") -> Path:
    """The cast sheet: every member with their names in Chinese and English, then one member's
    expressions and talking mouth, and a face-swapped fake beside the original."""
    from PIL import ImageFont

    members, _ = load_cast(catalogue, None)
    fonts = ROOT / "assets" / "fonts"
    bold = ImageFont.truetype(str(fonts / "NotoSansSC-Bold.otf"), 22)
    small = ImageFont.truetype(str(fonts / "NotoSansSC-Regular.otf"), 17)
    title = ImageFont.truetype(str(fonts / "NotoSansSC-Bold.otf"), 30)
    tile, label = SHEET_TILE, 84
    tiny = ImageFont.truetype(str(fonts / "NotoSansSC-Regular.otf"), 14)
    example = members["daughter"] if "daughter" in members else next(iter(members.values()))
    extras = [(example, {"expression": e}, {"neutral": ("平静", "neutral"), "smile": ("微笑", "smile"),
                                             "worried": ("着急", "worried")}[e]) for e in EXPRESSIONS]
    extras += [(example, {"level": 2}, ("说话", "talking"))]
    extras += [(example, {}, ("本人", "the real one")), (example, {"swapped": True}, ("AI换脸的假冒者", "a face-swap fake"))]
    rows = -(-len(members) // SHEET_COLUMNS) + 1
    width = SHEET_COLUMNS * tile
    sheet = Image.new("RGB", (width, 70 + rows * (tile + label) + 40), (250, 248, 244))
    d = ImageDraw.Draw(sheet)
    d.text((20, 18), "演员表 · The cast  —  识破 SeeThrough", font=title, fill=(40, 40, 48))

    def place(index_x: int, top: int, member: CastMember, options: dict, zh: str, en: str, note: str = "") -> None:
        picture = Portrait(member, options.get("expression"), options.get("swapped", False), tile).render(
            options.get("level", 0))
        backdrop = Image.new("RGBA", picture.size, rgb(member.drawing.backdrop) + (255,))
        backdrop.alpha_composite(picture)
        x = index_x * tile
        sheet.paste(backdrop.convert("RGB"), (x + 4, top))
        d.text((x + tile // 2, top + tile + 4), zh, font=bold, fill=(30, 30, 36), anchor="mt")
        d.text((x + tile // 2, top + tile + 32), en, font=small, fill=(80, 80, 90), anchor="mt")
        d.text((x + tile // 2, top + tile + 56), note, font=tiny, fill=(120, 120, 130), anchor="mt")

    top = 70
    for index, member in enumerate(members.values()):
        if index and index % SHEET_COLUMNS == 0:
            top += tile + label
        place(index % SHEET_COLUMNS, top, member, {}, member.name.zh or "", member.name.en or "",
              f"cast: {member.id}")
    top += tile + label + 30
    d.text((20, top - 28), f"{example.name.zh} / {example.name.en}: 表情、说话，和换脸假冒（几乎一样） · expressions, "
           "talking, and a face-swap fake (it looks right)", font=small, fill=(60, 60, 70))
    for index, (member, options, (zh, en)) in enumerate(extras):
        place(index, top, member, options, zh, en)
    sheet = sheet.crop((0, 0, width, top + tile + label))
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, format="PNG",
                                                                                             optimize=True)
    return path


class VideoFace:
    """A cast member for a pack's video frames: the portrait at ``side`` pixels with the mouth open
    at each level, drawn once; ``swapped``: the well-made face swap (faint tells only)."""

    def __init__(self, member_id: str, side: int, swapped: bool = False, catalogue: Path = CAST / "cast.yaml"):
        members, problems = load_cast(catalogue, None)
        if problems or member_id not in members:
            raise SystemExit(f"no cast member {member_id!r}: {problems}")
        drawing = members[member_id].drawing
        self.side = side
        self.skin, self.clothes = rgb(drawing.skin), rgb(drawing.clothes_colour)   # for a hand or an arm
        self.pictures = Portrait(members[member_id], None, swapped, side).render_levels(list(range(MOUTH_LEVELS + 1)))

    def paste(self, img: Image.Image, cx: float, cy: float, mouth: float = 0.0) -> None:
        """Lay the member on ``img`` with the face centred near (``cx``, ``cy``), mouth open by ``mouth`` (0..1)."""
        picture = self.pictures[min(MOUTH_LEVELS, round(mouth * MOUTH_LEVELS))]
        img.paste(picture, (int(cx - self.side * 0.5), int(cy - self.side * 0.41)), picture)
