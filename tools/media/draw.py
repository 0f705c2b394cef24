"""Drawing kit: gradients, blurs, fake writing, cartoon people, chat bubbles and windows
(phone screens are in ``phone.py``).

Everything is plain Pillow and deterministic (randomness comes in as a seeded
``random.Random``).
"""
from __future__ import annotations

import math

from tools.media.text import font, text, wrap


def vgradient(img, box, top, bottom):
    from PIL import ImageDraw

    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    h = max(1, y1 - y0)
    for i in range(h):
        t = i / h
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom))
        d.line((x0, y0 + i, x1 - 1, y0 + i), fill=colour)


def shade(colour, k):
    """A colour made darker (k < 1) or lighter (k > 1)."""
    if k <= 1:
        return tuple(max(0, int(c * k)) for c in colour)
    return tuple(min(255, int(c + (255 - c) * (k - 1))) for c in colour)


def motion_blur(layer, dx: int, dy: int = 0, steps: int = 7):
    """A cheap directional blur: the average of shifted copies of an RGBA layer."""
    from PIL import Image, ImageChops

    if dx == 0 and dy == 0:
        return layer
    result = layer
    for i in range(1, steps):
        t = i / (steps - 1) - 0.5
        shifted = ImageChops.offset(layer, int(round(dx * t)), int(round(dy * t)))
        result = Image.blend(result, shifted, 1 / (i + 1))
    return result


def pseudo_glyphs(d, box, count, colour, rng, stroke=2):
    """Stroke clusters that look like writing but are not characters (AI-style fake text)."""
    x0, y0, x1, y1 = box
    cell = (x1 - x0) / count
    h = y1 - y0
    for i in range(count):
        cx = x0 + cell * i
        for _ in range(rng.randint(3, 5)):
            kind = rng.random()
            ax = cx + rng.uniform(0.1, 0.8) * cell
            ay = y0 + rng.uniform(0.1, 0.8) * h
            if kind < 0.4:
                d.line((ax, ay, ax + rng.uniform(0.2, 0.6) * cell, ay + rng.uniform(-0.1, 0.1) * h), fill=colour, width=stroke)
            elif kind < 0.75:
                d.line((ax, ay, ax + rng.uniform(-0.1, 0.1) * cell, ay + rng.uniform(0.2, 0.6) * h), fill=colour, width=stroke)
            else:
                r = rng.uniform(0.1, 0.25) * cell
                d.arc((ax - r, ay - r, ax + r, ay + r), rng.randint(0, 180), rng.randint(200, 360), fill=colour, width=stroke)


def wave_warp(img, box, amp: float, period: float, seed: int = 0):
    """Bend the pixels inside ``box`` with a sine wave (warped AI background text)."""
    region = img.crop(box)
    w, h = region.size
    out = region.copy()
    for x in range(0, w, 2):
        dy = int(round(amp * math.sin((x + seed) / period * 2 * math.pi)))
        strip = region.crop((x, 0, min(w, x + 2), h))
        out.paste(strip, (x, dy))
    region = out
    out = region.copy()
    for y in range(0, h, 2):
        dx = int(round(amp * 0.6 * math.sin((y + seed * 3) / (period * 0.7) * 2 * math.pi)))
        strip = region.crop((0, y, w, min(h, y + 2)))
        out.paste(strip, (dx, y))
    img.paste(out, box[:2])


def blockify(img, box, block: int):
    """Compression blockiness: average the pixels inside ``box`` in block x block squares."""
    from PIL import Image

    x0, y0, x1, y1 = box
    region = img.crop(box)
    w, h = region.size
    small = region.resize((max(1, w // block), max(1, h // block)), Image.Resampling.BOX)
    img.paste(small.resize((w, h), Image.Resampling.NEAREST), (x0, y0))


def noise_layer(size, rng, mode="L"):
    from PIL import Image

    w, h = size
    return Image.frombytes(mode, size, rng.randbytes(w * h * (3 if mode == "RGB" else 1)))


def hair_and_head(d, cx, cy, s, skin, hair, style):
    """Hair behind the head, ears, head. (Fringe and face come later.)"""
    if style == "long":
        d.rounded_rectangle((cx - 1.0 * s, cy - 1.05 * s, cx + 1.0 * s, cy + 0.75 * s), radius=0.7 * s, fill=hair)
    if style == "ponytail":
        d.ellipse((cx + 0.55 * s, cy - 1.0 * s, cx + 1.25 * s, cy - 0.3 * s), fill=hair)
        d.ellipse((cx + 0.8 * s, cy - 0.6 * s, cx + 1.35 * s, cy + 0.7 * s), fill=hair)
    if style == "bun":
        d.ellipse((cx - 0.45 * s, cy - 1.55 * s, cx + 0.45 * s, cy - 0.75 * s), fill=hair)
    for side in (-1, 1):
        ex = cx + side * 0.86 * s
        d.ellipse((ex - 0.17 * s, cy - 0.2 * s, ex + 0.17 * s, cy + 0.25 * s), fill=shade(skin, 0.92))
    d.ellipse((cx - 0.86 * s, cy - 1.0 * s, cx + 0.86 * s, cy + 1.0 * s), fill=skin)


def fringe(d, cx, cy, s, hair, style):
    if style == "bald":
        d.chord((cx - 0.88 * s, cy - 1.02 * s, cx + 0.88 * s, cy + 0.2 * s), 195, 345, fill=hair)
        return
    if style == "cap":
        return
    d.chord((cx - 0.9 * s, cy - 1.08 * s, cx + 0.9 * s, cy + 0.15 * s), 180, 360, fill=hair)
    if style in ("long", "ponytail", "bun"):
        d.pieslice((cx - 0.9 * s, cy - 1.0 * s, cx + 0.2 * s, cy + 0.1 * s), 180, 270, fill=hair)
        d.pieslice((cx - 0.2 * s, cy - 1.0 * s, cx + 0.9 * s, cy + 0.1 * s), 270, 360, fill=hair)


def face_features(d, cx, cy, s, *, mouth=0.0, blink=False, glasses=False, brows=(40, 30, 25),
                  wrinkles=False, skin=(240, 200, 170), smile=True):
    eye_y = cy - 0.08 * s
    for side in (-1, 1):
        ex = cx + side * 0.33 * s
        if blink:
            d.line((ex - 0.12 * s, eye_y, ex + 0.12 * s, eye_y), fill=(40, 30, 30), width=max(2, int(s * 0.05)))
        else:
            d.ellipse((ex - 0.14 * s, eye_y - 0.1 * s, ex + 0.14 * s, eye_y + 0.1 * s), fill=(255, 255, 255))
            d.ellipse((ex - 0.07 * s, eye_y - 0.07 * s, ex + 0.07 * s, eye_y + 0.07 * s), fill=(45, 35, 30))
            d.ellipse((ex - 0.02 * s, eye_y - 0.05 * s, ex + 0.02 * s, eye_y - 0.01 * s), fill=(255, 255, 255))
        d.line((ex - 0.16 * s, eye_y - 0.24 * s, ex + 0.14 * s, eye_y - 0.27 * s - side * 0.02 * s),
               fill=brows, width=max(2, int(s * 0.07)))
        if glasses:
            d.rounded_rectangle((ex - 0.22 * s, eye_y - 0.17 * s, ex + 0.22 * s, eye_y + 0.16 * s),
                                radius=0.06 * s, outline=(60, 50, 45), width=max(2, int(s * 0.04)))
        if wrinkles:
            d.arc((ex - 0.3 * s, eye_y - 0.1 * s, ex + 0.3 * s, eye_y + 0.25 * s), 20, 70 if side > 0 else 40,
                  fill=shade(skin, 0.8), width=1)
    if glasses:
        d.line((cx - 0.11 * s, eye_y - 0.05 * s, cx + 0.11 * s, eye_y - 0.05 * s), fill=(60, 50, 45), width=2)
    # nose
    d.arc((cx - 0.09 * s, cy + 0.05 * s, cx + 0.09 * s, cy + 0.25 * s), 300, 120, fill=shade(skin, 0.75), width=max(1, int(s * 0.04)))
    # cheeks
    for side in (-1, 1):
        x = cx + side * 0.5 * s
        d.ellipse((x - 0.12 * s, cy + 0.17 * s, x + 0.12 * s, cy + 0.3 * s), fill=shade(skin, 0.93))
    if wrinkles:
        for side in (-1, 1):
            d.arc((cx + side * 0.28 * s - 0.2 * s, cy + 0.15 * s, cx + side * 0.28 * s + 0.2 * s, cy + 0.6 * s),
                  90 + side * 30 - 20 if side < 0 else 20, 160 if side < 0 else 90, fill=shade(skin, 0.8), width=1)
        d.line((cx - 0.3 * s, cy - 0.55 * s, cx + 0.3 * s, cy - 0.55 * s), fill=shade(skin, 0.85), width=1)
    # mouth
    my = cy + 0.5 * s
    if mouth < 0.08:
        if smile:
            d.arc((cx - 0.22 * s, my - 0.15 * s, cx + 0.22 * s, my + 0.1 * s), 20, 160, fill=(150, 60, 60), width=max(2, int(s * 0.05)))
        else:
            d.line((cx - 0.17 * s, my, cx + 0.17 * s, my), fill=(150, 60, 60), width=max(2, int(s * 0.05)))
    else:
        h = 0.06 * s + 0.26 * s * min(1.0, mouth)
        w = 0.2 * s + 0.05 * s * min(1.0, mouth)
        d.ellipse((cx - w, my - h / 2, cx + w, my + h / 2), fill=(120, 35, 40))
        d.chord((cx - w * 0.8, my - h / 2, cx + w * 0.8, my), 180, 360, fill=(250, 250, 245))


def torso(d, cx, cy, s, shirt, collar=(255, 255, 255), neck=(220, 180, 150)):
    d.rectangle((cx - 0.3 * s, cy + 0.6 * s, cx + 0.3 * s, cy + 1.3 * s), fill=neck)
    d.rounded_rectangle((cx - 1.9 * s, cy + 1.15 * s, cx + 1.9 * s, cy + 4.5 * s), radius=0.8 * s, fill=shirt)
    if collar:
        d.polygon([(cx - 0.45 * s, cy + 1.12 * s), (cx, cy + 1.55 * s), (cx - 0.1 * s, cy + 1.7 * s), (cx - 0.55 * s, cy + 1.3 * s)], fill=collar)
        d.polygon([(cx + 0.45 * s, cy + 1.12 * s), (cx, cy + 1.55 * s), (cx + 0.1 * s, cy + 1.7 * s), (cx + 0.55 * s, cy + 1.3 * s)], fill=collar)


def hand(d, x, y, s, skin, fingers=4, spread=1.0, outline=None):
    """An open hand, fingers up, centred on the palm at (x, y); s is about the palm's half-width."""
    d.ellipse((x - s, y - 0.9 * s, x + s, y + 1.1 * s), fill=skin, outline=outline)
    fw = 1.7 * s / fingers
    for i in range(fingers):
        fx = x - 0.85 * s + fw * (i + 0.5) + (i - (fingers - 1) / 2) * 0.12 * s * spread
        length = s * (1.3 if 0 < i < fingers - 1 else 1.05)
        d.rounded_rectangle((fx - fw * 0.42, y - 0.6 * s - length, fx + fw * 0.42, y - 0.3 * s), radius=fw * 0.4, fill=skin, outline=outline)
    d.rounded_rectangle((x - 1.6 * s, y - 0.1 * s, x - 0.5 * s, y + 0.45 * s), radius=0.25 * s, fill=skin, outline=outline)


def swapped_face(size, cx, cy, s, skin, *, mouth=0.0, blink=False, glasses=False, wrinkles=False,
                 brows=(40, 30, 25), soften=2, feather=5, inset=0.9):
    """A pasted-on face: its own skin tone, softer than the picture, with a feathered edge.

    Returns (layer, mask) to paste over a drawn head. The mismatch in tone and
    sharpness, and the blurred seam, are the tells a face swap leaves.
    """
    from PIL import Image, ImageDraw, ImageFilter

    layer = Image.new("RGB", size, skin)
    d = ImageDraw.Draw(layer)
    face_features(d, cx, cy, s, mouth=mouth, blink=blink, glasses=glasses, wrinkles=wrinkles,
                  brows=brows, skin=skin)
    if soften > 1:
        w, h = size
        layer = layer.resize((max(1, w // soften), max(1, h // soften)), Image.Resampling.BILINEAR)
        layer = layer.resize(size, Image.Resampling.BILINEAR)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).ellipse((cx - 0.86 * s * inset, cy - 0.78 * s, cx + 0.86 * s * inset, cy + 0.98 * s), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(feather))
    return layer, mask


def handset(d, cx, cy, r, colour=(255, 255, 255), hang_up=False):
    """A simple telephone-handset sign inside a round button."""
    w = max(3, int(r * 0.22))
    if hang_up:
        d.arc((cx - r * 0.55, cy - r * 0.2, cx + r * 0.55, cy + r * 0.7), 200, 340, fill=colour, width=w)
    else:
        d.arc((cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5), 100, 260, fill=colour, width=w)


def bubble(d, x, y, zh, en, *, mine=False, width=250, pad=8, sizes=(24, 22), leading=None):
    """A chat bubble with a Chinese line and an English line; returns its box.
    ``sizes`` and ``leading`` are the type sizes and line heights of the two languages (the
    default sizes read on an 800x450 picture; a 640x360 video frame can take (20, 18))."""
    zh_size, en_size = sizes
    zh_step, en_step = leading or (round(zh_size * 1.3), round(en_size * 1.25))
    zh_lines = wrap(zh, zh_size, width - 2 * pad)
    en_lines = wrap(en, en_size, width - 2 * pad)
    text_w = max([font(zh_size).getlength(l) for l in zh_lines] + [font(en_size).getlength(l) for l in en_lines])
    bw = int(text_w + 2 * pad)
    bh = pad * 2 + zh_step * len(zh_lines) + en_step * len(en_lines)
    x0 = x - bw if mine else x
    boxr = (x0, y, x0 + bw, y + bh)
    d.rounded_rectangle(boxr, radius=8, fill=(150, 226, 110) if mine else (255, 255, 255))
    ty = y + pad
    for line in zh_lines:
        text(d, (x0 + pad, ty), line, zh_size, (20, 20, 20))
        ty += zh_step
    for line in en_lines:
        text(d, (x0 + pad, ty), line, en_size, (80, 80, 80))
        ty += en_step
    return boxr


OVERLAY_H = 64    # the video-call bar at the top of a 640x360 frame
POOR = "网络不佳 Poor network"


def poor_badge(w: int) -> tuple[int, int, int, int]:
    """Where a video call's 'Poor network' badge goes on a frame ``w`` wide."""
    return (round(w - 36 - font(18, True).getlength(POOR)), 14, w - 12, 50)


def macroblocks(img, rng, density, block):
    """Video-compression damage: some 16x16 tiles replaced by their blocky version."""
    from PIL import Image, ImageDraw

    w, h = img.size
    blocky = img.resize((w // block, h // block), Image.Resampling.BOX).resize((w, h), Image.Resampling.NEAREST)
    mask = Image.new("L", (w, h), 0)
    md = ImageDraw.Draw(mask)
    tile = 16
    for y in range(0, h, tile):
        for x in range(0, w, tile):
            if rng.random() < density:
                md.rectangle((x, y, x + tile - 1, y + tile - 1), fill=255)
    return Image.composite(blocky, img, mask)


def grandpa_selfview():
    """The player's own little picture in the corner of a video call."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (96, 128))
    vgradient(img, (0, 0, 96, 128), (210, 200, 180), (170, 160, 140))
    d = ImageDraw.Draw(img)
    skin = (232, 194, 164)
    torso(d, 48, 62, 22, (120, 100, 80), collar=(230, 230, 230), neck=shade(skin, 0.9))
    hair_and_head(d, 48, 62, 22, skin, (220, 220, 220), "bald")
    fringe(d, 48, 62, 22, (220, 220, 220), "bald")
    face_features(d, 48, 62, 22, skin=skin, glasses=True, wrinkles=True, brows=(200, 200, 200))
    return img


CHAT_W, CHAT_H = 800, 450   # a chat screenshot, as the family and shopping packs draw them


def chat_window(title_zh: str, title_en: str, tag_zh: str, tag_en: str, tag_colour, size: int = 22):
    """An 800x450 chat screen with a title bar; returns (img, draw, tag box, y below the bar).
    ``size`` is its smallest text: 22 reads as a picture on its own, 24 beside a sound."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (CHAT_W, CHAT_H), (237, 237, 237))
    d = ImageDraw.Draw(img)
    bar = 10 + round((size + 4) * 1.3) + round(size * 1.25) + 6
    d.rectangle((0, 0, CHAT_W, bar), fill=(247, 247, 247))
    d.line((0, bar, CHAT_W, bar), fill=(210, 210, 210), width=2)
    text(d, (18, bar // 2), "‹", 40, (60, 60, 60), anchor="lm")
    text(d, (48, 8), title_zh, size + 4, (20, 20, 20), bold=True)
    text(d, (48, 10 + round((size + 4) * 1.3)), title_en, size, (110, 110, 110))
    tw = max(font(size, True).getlength(tag_zh), font(size).getlength(tag_en)) + 20
    tag = (CHAT_W - 10 - tw, 6, CHAT_W - 10, bar - 6)
    d.rounded_rectangle(tag, radius=8, fill=shade(tag_colour, 1.75), outline=tag_colour, width=2)
    middle = (tag[0] + tag[2]) // 2
    text(d, (middle, tag[1] + 6), tag_zh, size, shade(tag_colour, 0.6), bold=True, anchor="ma")
    text(d, (middle, tag[3] - 6), tag_en, size, shade(tag_colour, 0.6), anchor="md")
    return img, d, tag, bar + 2
