"""The learning-check pack's media (scenarios/check/media/): fourteen files for ten matched pairs.

The check pack is a short test before practice and a matched test after it. Each
pair (one ``pre_`` item, one ``post_`` item) is drawn or voiced by the SAME helper
with different people, places and words, so both items show the same kind of
clue at about the same strength:

- ``shelf_rumour``: an AI "news" picture of empty shop shelves with a panic headline.
  It is drawn clean on purpose (readable signs, natural light): only the missing
  source and the push to forward and hoard give it away;
- ``network_gif``: a real video call made blocky and frozen by a weak network;
- ``org_post``: an organisation's post. With ``label=True`` its picture is AI-made and
  labelled (and the platform adds its notice); with ``label=False`` it is a real photo
  of a real clinic asking you to come in with your ID card;
- ``phone_audio``: a real call from 96110, the police anti-fraud warning line, on an
  ordinary office line (breaths, a short drop-out, office murmur);
- ``romance_profile``: a too-perfect AI profile photo and a chat asking for money.

The four ``call`` pairs have no media (the game draws and voices them).
Run through ``tools/make_media.py --only check --notes``. Fixed seeds, no
timestamps: the same bytes every run. No real person's face or voice.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (
    OVERLAY_H,
    bubble,
    face_features,
    fringe,
    grandpa_selfview,
    hair_and_head,
    hand,
    macroblocks,
    motion_blur,
    poor_badge,
    pseudo_glyphs,
    shade,
    torso,
    vgradient,
    wave_warp,
)
from tools.media.cast import VideoFace
from tools.media.output import Output
from tools.media.phone import call_bar, call_clip
from tools.media.sound import (
    MANDARIN,
    Track,
    band,
    biquad,
    breath,
    mix_into,
    normalise,
    resample,
    speak,
    write_wav,
)
from tools.media.spec import PHONE_SR, SR
from tools.media.text import font, text, text_block

PACK = "check"
MAX_AUDIO_SECONDS = 15.0


def flower(d, x, y, r, colour, rng):
    """A round flower of petals (kept here so that this pack does not depend on another's module)."""
    for k in range(14):
        a = k / 14 * 2 * math.pi + rng.uniform(-0.1, 0.1)
        px, py = x + math.cos(a) * r * 0.65, y + math.sin(a) * r * 0.65
        d.ellipse((px - r * 0.42, py - r * 0.42, px + r * 0.42, py + r * 0.42), fill=colour)
    d.ellipse((x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35), fill=shade(colour, 0.7))


# ---------------------------------------------------------------- phone audio

def phone_audio(out: Output, name: str, lines, voice: dict, seed: int, *, real: bool, noise: str = "") -> None:
    """A phone call of ``lines`` [(text, label, gap)] in one voice.

    A clone (``real=False``) is clean and even: no breath, the same short gaps,
    a faint steady hiss. A real call (``real=True``) has breaths between lines,
    a background (``noise``: "site" or "office") and short drop-outs of the line.
    """
    rng = random.Random(seed)
    track = Track()
    track.pause(0.4)
    dropouts = []
    last_end = 0.0
    for index, (zh, label, gap) in enumerate(lines):
        if real and index:
            track.add(breath(rng, rng.uniform(0.3, 0.45), 0.07), "breath" if index == 1 else None)
        if real and label.startswith("hello?"):    # the line cut out at the end of the last sentence
            dropouts.append((last_end - 0.45, last_end + 0.05))
        track.add(speak(zh, **voice), label)
        last_end = track.seconds
        track.pause(gap)
    track.pause(0.4)
    x = list(track.samples)
    if real:
        x = normalise(x, 0.7)
        if noise == "site":            # a building site: low rumble and hammer blows
            bed = biquad([rng.uniform(-1, 1) for _ in range(len(x))], SR, "low", 260)
            x = [v + b for v, b in zip(x, normalise(bed, 0.12))]
            hit = band([rng.uniform(-1, 1) for _ in range(int(0.06 * SR))], SR, 600, 3000)
            t = 0.7
            while t < track.seconds:
                mix_into(x, [v * math.exp(-i / (0.015 * SR)) for i, v in enumerate(hit)], t, 0.55)
                t += rng.uniform(0.9, 1.5)
        else:                          # an office: a quiet murmur of voices and a few key taps
            bed = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 250, 1400)
            x = [v + b for v, b in zip(x, normalise(bed, 0.05))]
            tap = band([rng.uniform(-1, 1) for _ in range(int(0.02 * SR))], SR, 1500, 3200)
            t = 0.5
            while t < track.seconds:
                mix_into(x, [v * math.exp(-i / (0.004 * SR)) for i, v in enumerate(tap)], t, 0.12)
                t += rng.uniform(0.25, 0.9)
        for a, b in dropouts:          # the line cuts out for a moment
            i0, i1 = int(a * SR), int(b * SR)
            for i in range(max(0, i0), min(i1, len(x))):
                x[i] *= 0.05
            out.note(f"{name} at [{a:.1f}, {b:.1f}]  line drops out")
    x = band(band(x, SR, 300, 3400), SR, 300, 3400)
    x = normalise(x, 0.8)
    hiss = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 400, 3000)
    x = [v + h * (0.012 if not real else 0.02) for v, h in zip(x, hiss)]
    if track.seconds > MAX_AUDIO_SECONDS:
        raise SystemExit(f"{name}: {track.seconds:.1f} s is longer than {MAX_AUDIO_SECONDS} s")
    write_wav(out.path(name), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, name)
    out.note(f"{name} lasts {track.seconds:.1f} s")


# ---------------------------------------------------------------- 96110 calls (real)

OFFICER_VOICE = dict(voice=MANDARIN, rate=185, pitch=46)


def make_warning_call_man(out: Output) -> None:
    phone_audio(out, "pre_warning_call.wav", [
        ("大爷您好，我是反诈中心的民警。", "police anti-fraud centre", 0.25),
        ("今天有人冒充警察给您打电话了吧？", "someone posing as police called you today", 0.25),
        ("喂？听得到吗？", "hello? can you hear me", 0.3),
        ("别转钱。不放心就自己打110。", "don't transfer; call 110 yourself", 0.0),
    ], OFFICER_VOICE, 1201, real=True, noise="office")
    call_clip(out, "pre_warning_screen.png", caller_zh="96110", caller_en="Incoming call",
                number="96110", avatar="96", avatar_bg=(40, 90, 160),
                note_zh="标记：反诈预警专线", note_en="Anti-fraud warning line",
                note_colour=(90, 150, 220), timer="00:13")


def make_warning_call_evening(out: Output) -> None:
    phone_audio(out, "post_warning_call.wav", [
        ("阿姨好，这是96110反诈专线。", "96110 warning line", 0.25),
        ("有人拉您进刷单返利群了吧？", "someone added you to an order-brushing group", 0.25),
        ("喂？能听见吗？", "hello? can you hear me", 0.3),
        ("那是骗局，别再垫钱了。", "a scam, stop paying; ask at the police station", 0.0),
    ], dict(voice=MANDARIN, rate=180, pitch=62), 1202, real=True, noise="office")
    call_clip(out, "post_warning_screen.png", caller_zh="96110", caller_en="Incoming call",
                number="96110", avatar="96", avatar_bg=(40, 90, 160),
                note_zh="标记：反诈预警专线", note_en="Anti-fraud warning line",
                note_colour=(90, 150, 220), timer="00:14")


# ---------------------------------------------------------------- AI "news" pictures of empty shelves

def shelf_rumour(out: Output, name: str, *, seed: int, goods: str, sign_zh: str, headline_zh: str,
                 headline_en: str, stamp_zh: str, stamp_en: str) -> None:
    """An 800x450 AI 'news' picture: a shop aisle with nearly empty shelves and shoppers with
    trolleys, under a panic headline and a 'forward it' stamp. Drawn clean: the signs are
    readable and the light is natural, because a 2025 generator leaves no such slips. What
    gives it away is the missing source, place and time, and the push to forward and hoard."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, 250), (226, 228, 230), (206, 208, 210))
    vgradient(img, (0, 250, w, h), (176, 172, 164), (140, 136, 128))
    d = ImageDraw.Draw(img)
    for lx in range(60, w, 170):                       # ceiling lights
        d.rounded_rectangle((lx, 84, lx + 110, 92), radius=4, fill=(250, 250, 244))
    # three shelf units, almost empty
    units = ((30, 250), (285, 505), (540, 770))
    for x0, x1 in units:
        d.rectangle((x0, 110, x1, 330), fill=(236, 236, 232))
        d.rectangle((x0, 110, x1, 118), fill=(200, 60, 50))
        for y in (170, 230, 290, 330):
            d.rectangle((x0, y, x1, y + 6), fill=(150, 150, 150))
            x = x0 + 8
            while x < x1 - 30:
                if rng.random() < 0.18:                # a few items left
                    if goods == "water":
                        d.rounded_rectangle((x, y - 44, x + 16, y), radius=5, fill=(120, 180, 230))
                        d.rectangle((x + 4, y - 52, x + 12, y - 44), fill=(40, 90, 180))
                        d.rectangle((x, y - 30, x + 16, y - 20), fill=(230, 240, 250))
                    else:
                        d.rectangle((x, y - 30, x + 26, y), fill=rng.choice([(240, 240, 236), (250, 210, 90)]))
                        d.rectangle((x, y - 22, x + 26, y - 14), fill=rng.choice([(200, 40, 40), (40, 110, 190)]))
                x += 30
    signs = []
    for (x0, x1), label in zip(units, (sign_zh, sign_zh, "特价区")):
        sign = ((x0 + x1) / 2 - 56, 80, (x0 + x1) / 2 + 56, 112)
        d.rounded_rectangle(sign, radius=4, fill=(250, 250, 250), outline=(200, 60, 50), width=2)
        text(d, ((sign[0] + sign[2]) / 2, (sign[1] + sign[3]) / 2), label, 22, (180, 30, 30), bold=True, anchor="mm")
        signs.append(sign)
    # shoppers with trolleys, seen from behind, and their soft shadows on the floor below them
    for px, shirt, hair in ((170, (70, 100, 160), (40, 34, 30)), (420, (160, 70, 70), (200, 200, 204)),
                            (640, (90, 130, 90), (30, 30, 30))):
        d.ellipse((px - 46, 428, px + 60, 444), fill=(128, 124, 118))
        d.rounded_rectangle((px - 26, 300, px + 26, 420), radius=18, fill=shirt)
        d.ellipse((px - 20, 258, px + 20, 302), fill=hair)
        d.rectangle((px + 30, 340, px + 92, 392), outline=(120, 120, 126), width=4)
        for gx in range(px + 36, px + 90, 12):
            d.line((gx, 342, gx, 390), fill=(150, 150, 156), width=2)
        d.line((px + 20, 340, px + 34, 340), fill=(120, 120, 126), width=5)
        for wx in (px + 38, px + 84):
            d.ellipse((wx - 6, 404, wx + 6, 416), fill=(60, 60, 60))
        d.line((px + 34, 392, px + 38, 404), fill=(120, 120, 126), width=3)
        d.line((px + 88, 392, px + 84, 404), fill=(120, 120, 126), width=3)
    img = img.filter(ImageFilter.SMOOTH)
    d = ImageDraw.Draw(img)
    out.region(name, "the picture itself: empty shelves, nothing says where or when", (20, 78, 780, 450))
    banner = (0, 0, w, 76)
    d.rectangle(banner, fill=(200, 16, 24))
    text(d, (18, 2), headline_zh, 32, (255, 255, 255), bold=True)
    text(d, (20, 46), headline_en, 22, (255, 230, 230), bold=True)
    stamp_w = max(font(26, True).getlength(stamp_zh), font(22, True).getlength(stamp_en)) + 32
    stamp = (w - 12 - stamp_w, h - 84, w - 12, h - 12)
    d.rounded_rectangle(stamp, radius=10, fill=(255, 220, 0))
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 6), stamp_zh, 26, (180, 0, 0), bold=True, anchor="ma")
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 40), stamp_en, 22, (120, 0, 0), bold=True, anchor="ma")
    out.region(name, "headline with no source, no place, no time", banner)
    out.region(name, "pressure to forward and to hoard", stamp)
    out.png(img, name)


def make_water_rumour(out: Output) -> None:
    shelf_rumour(out, "pre_water_rumour.png", seed=1501, goods="water", sign_zh="饮用水",
                 headline_zh="突发！明天起全市停水三天！", headline_en="BREAKING: no tap water in the whole city for 3 days!",
                 stamp_zh="快转！赶紧去囤水！", stamp_en="Forward now! Stock up on water!")


def make_medicine_rumour(out: Output) -> None:
    shelf_rumour(out, "post_medicine_rumour.png", seed=1502, goods="medicine", sign_zh="感冒药",
                 headline_zh="紧急！下周起药店不卖感冒药！", headline_en="URGENT: no more cold medicine in pharmacies from next week!",
                 stamp_zh="马上转！快去多买！", stamp_en="Forward now! Buy plenty!")


# ---------------------------------------------------------------- an organisation's post

def _person(d, cx, cy, s, *, shirt, hair, style, skin=(242, 206, 178), coat=False, old=False):
    torso(d, cx, cy, s, shirt, collar=(250, 250, 250) if coat else None, neck=shade(skin, 0.92))
    if coat:
        for side in (-1, 1):
            d.polygon([(cx + side * 0.35 * s, cy + 1.15 * s), (cx + side * 0.05 * s, cy + 4.4 * s),
                       (cx + side * 1.6 * s, cy + 4.4 * s), (cx + side * 1.6 * s, cy + 1.5 * s)], fill=(246, 246, 248))
    hair_and_head(d, cx, cy, s, skin, hair, style)
    fringe(d, cx, cy, s, hair, style)
    face_features(d, cx, cy, s, skin=skin, wrinkles=old, brows=shade(hair, 0.8), glasses=old)


def org_post(out: Output, name: str, *, seed: int, avatar: str, avatar_colour, account_zh: str,
             meta_en: str, art: str, label: bool, title_zh: str, title_en: str, body_zh: str, body_en: str,
             ask_zh: str, ask_en: str, likes: str) -> None:
    """An 800x450 post by an organisation's official account. With ``label`` its picture is
    AI-made and carries an 'AI-generated' label, and the platform adds its notice (as the
    labelling rules ask); without, it is a photo. Either way the picture has no slips."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 245, 247))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    d.ellipse((16, 14, 70, 68), fill=avatar_colour)
    text(d, (43, 41), avatar, 28, (255, 255, 255), bold=True, anchor="mm")
    text(d, (82, 8), account_zh, 26, (20, 20, 20), bold=True)
    badge_x = 82 + font(26, True).getlength(account_zh) + 10
    badge_w = font(22, True).getlength("官方账号") + 16
    d.rounded_rectangle((badge_x, 10, badge_x + badge_w, 42), radius=12, fill=(50, 120, 220))
    text(d, (badge_x + badge_w / 2, 26), "官方账号", 22, (255, 255, 255), bold=True, anchor="mm")
    text(d, (82, 44), meta_en, 22, (120, 120, 120))
    pic = (14, 80, 414, 420)
    picture = Image.new("RGB", (pic[2] - pic[0], pic[3] - pic[1]))
    aw, ah = picture.size
    ad = ImageDraw.Draw(picture)
    if art == "market":          # a bright new food market with striped awnings
        vgradient(picture, (0, 0, aw, ah), (150, 200, 240), (230, 242, 250))
        ad.rectangle((20, 40, aw - 20, 120), fill=(236, 226, 206))
        ad.rectangle((20, 34, aw - 20, 68), fill=(60, 140, 90))
        text(ad, (aw // 2, 51), "东门菜市场", 24, (255, 255, 255), bold=True, anchor="mm")
        for sx in (20, 140, 260):
            for k in range(6):
                ad.rectangle((sx + k * 20, 120, sx + k * 20 + 10, 150), fill=(220, 70, 60))
                ad.rectangle((sx + k * 20 + 10, 120, sx + k * 20 + 20, 150), fill=(250, 250, 246))
            ad.rectangle((sx + 4, 214, sx + 116, 240), fill=(170, 120, 80))
            for _ in range(9):
                vx, vy = rng.randint(sx + 10, sx + 108), rng.randint(200, 214)
                ad.ellipse((vx - 8, vy - 8, vx + 8, vy + 8),
                           fill=rng.choice([(230, 60, 50), (90, 170, 70), (250, 170, 40), (150, 80, 160)]))
        ad.rectangle((0, 240, aw, ah), fill=(200, 200, 196))
        people = ((120, 250, dict(shirt=(80, 120, 180), hair=(210, 210, 214), style="short", old=True)),
                  (290, 250, dict(shirt=(200, 90, 100), hair=(40, 34, 30), style="bun")))
    elif art == "park":          # a chrysanthemum show: a red pavilion and beds of flowers
        vgradient(picture, (0, 0, aw, ah), (140, 190, 236), (226, 238, 248))
        ad.rectangle((0, 200, aw, ah), fill=(120, 170, 90))
        ad.polygon([(250, 70), (390, 70), (410, 100), (230, 100)], fill=(180, 40, 40))
        for px in (252, 382):
            ad.rectangle((px, 100, px + 8, 190), fill=(170, 40, 40))
        ad.rectangle((240, 186, 400, 200), fill=(200, 190, 170))
        for _ in range(26):
            flower(ad, rng.randint(10, aw - 10), rng.randint(250, ah - 10), rng.randint(10, 16),
                   rng.choice([(250, 200, 40), (240, 150, 40), (236, 236, 230), (220, 110, 160)]), rng)
        people = ((110, 200, dict(shirt=(90, 110, 160), hair=(220, 220, 224), style="bald", old=True)),
                  (200, 200, dict(shirt=(170, 100, 150), hair=(200, 200, 206), style="short", old=True)))
    else:                        # a clinic room: a doctor in a white coat and an older patient
        vgradient(picture, (0, 0, aw, ah), (226, 236, 238), (206, 220, 224))
        ad.rectangle((0, 250, aw, ah), fill=(190, 196, 200))
        if art == "eyes":
            chart = (290, 30, 370, 170)
            ad.rectangle(chart, fill=(252, 252, 250), outline=(160, 160, 160))
            for row, size in enumerate((22, 16, 12, 9, 7)):
                y = chart[1] + 12 + row * 26
                for k in range(row + 1):
                    x = (chart[0] + chart[2]) / 2 - (row + 1) * size * 0.75 + k * size * 1.5
                    ad.rectangle((x, y, x + size, y + size * 0.2), fill=(30, 30, 30))
                    ad.rectangle((x, y, x + size * 0.2, y + size), fill=(30, 30, 30))
                    ad.rectangle((x, y + size * 0.4, x + size, y + size * 0.6), fill=(30, 30, 30))
                    ad.rectangle((x, y + size * 0.8, x + size, y + size), fill=(30, 30, 30))
        else:
            ad.rectangle((150, 200, 390, 214), fill=(200, 180, 150))
            ad.rounded_rectangle((246, 158, 340, 200), radius=4, fill=(240, 240, 240), outline=(120, 120, 120))
            ad.rectangle((252, 164, 334, 194), fill=(150, 200, 170))
            text(ad, (293, 179), "128/78", 22, (20, 60, 30), bold=True, anchor="mm")
            poster = (290, 24, 384, 122)
            ad.rectangle(poster, fill=(250, 250, 246), outline=(160, 160, 160))
            text(ad, ((poster[0] + poster[2]) // 2, 30), "量血压", 26, (180, 40, 40), bold=True, anchor="ma")
            text(ad, ((poster[0] + poster[2]) // 2, 76), "请排队", 24, (60, 60, 60), anchor="ma")
        people = ((110, 150, dict(shirt=(246, 246, 248), hair=(40, 34, 30), style="short", coat=True)),
                  (230, 200, dict(shirt=(110, 90, 70), hair=(210, 210, 214), style="short", old=True)))
    for cx, cy, look in people:
        _person(ad, cx, cy, 30, **look)
    picture = picture.filter(ImageFilter.SMOOTH_MORE)
    if label:
        picture = picture.filter(ImageFilter.GaussianBlur(0.8))
    img.paste(picture, pic[:2])
    d = ImageDraw.Draw(img)
    if label:
        mark = (pic[0] + 8, pic[3] - 70, pic[0] + 162, pic[3] - 8)
        d.rounded_rectangle(mark, radius=8, fill=(0, 0, 0))
        text(d, ((mark[0] + mark[2]) // 2, mark[1] + 4), "AI生成", 22, (255, 255, 255), bold=True, anchor="ma")
        text(d, ((mark[0] + mark[2]) // 2, mark[1] + 32), "AI-generated", 22, (230, 230, 230), anchor="ma")
        out.region(name, "label on the picture: AI-generated", mark)
    else:
        out.region(name, "the photo: a clinic room, nothing odd", pic)
    out.region(name, "official account's name and badge", (14, 8, badge_x + badge_w + 4, 72))
    x, width = 426, 364
    style = {"spacing": 1.2}
    y = text_block(d, x, 78, title_zh, 26, (20, 20, 20), width, bold=True, spacing=1.25)
    y = text_block(d, x, y, title_en, 22, (60, 60, 60), width, bold=True, **style)
    y0 = y
    y = text_block(d, x, y + 6, body_zh, 22, (30, 30, 30), width, **style)
    y = text_block(d, x, y, body_en, 22, (80, 80, 80), width, **style)
    out.region(name, "what, when and where, in plain words", (x - 4, y0 + 2, x + width, y + 2))
    y0 = y
    y = text_block(d, x, y + 6, ask_zh, 22, (30, 30, 30), width, **style)
    y = text_block(d, x, y, ask_en, 22, (80, 80, 80), width, **style)
    out.region(name, "how to ask: a place or number you already know", (x - 4, y0 + 2, x + width, y + 2))
    if label:
        note = (x - 4, y + 8, x + width, y + 78)
        if note[3] > h - 8:
            raise SystemExit(f"{name}: the post text is too long ({note[3]})")
        d.rounded_rectangle(note, radius=8, fill=(238, 242, 250), outline=(170, 186, 220))
        d.ellipse((note[0] + 8, note[1] + 22, note[0] + 34, note[1] + 48), fill=(70, 110, 200))
        text(d, (note[0] + 21, note[1] + 35), "i", 22, (255, 255, 255), bold=True, anchor="mm")
        text(d, (note[0] + 42, note[1] + 6), "平台提示：内容由AI生成", 22, (40, 60, 120), bold=True)
        text(d, (note[0] + 42, note[1] + 38), "Platform: AI-made content", 22, (70, 90, 150))
        out.region(name, "platform's notice: AI-made content", note)
    elif y > h - 8:
        raise SystemExit(f"{name}: the post text is too long ({y})")
    out.png(img, name)


def make_market_post(out: Output) -> None:
    org_post(out, "pre_market_post.png", seed=1601, avatar="街", avatar_colour=(60, 140, 90),
             account_zh="幸福街道办", meta_en="Xingfu Street Office · 3月2日 09:00", art="market", label=True,
             title_zh="东门菜市场搬新楼", title_en="The East Gate market moves",
             body_zh="4月1日起在新楼营业。配图是AI画的效果图。",
             body_en="In the new building from 1 April. The picture is AI-made.",
             ask_zh="咨询：街道办服务窗口", ask_en="Ask at the street office's desk",
             likes="赞 156    评论 41    转发 18")


def make_park_post(out: Output) -> None:
    org_post(out, "post_park_post.png", seed=1602, avatar="园", avatar_colour=(170, 60, 60),
             account_zh="城南公园", meta_en="South City Park · 10月8日 08:30", art="park", label=True,
             title_zh="菊花展开幕", title_en="The chrysanthemum show opens",
             body_zh="10月12日到26日，免费入园。海报图是AI画的。",
             body_en="12-26 October, free entry. The poster picture is AI-made.",
             ask_zh="咨询：公园东门服务处", ask_en="Ask at the park's east gate office",
             likes="赞 302    评论 55    转发 47")


def make_clinic_post(out: Output) -> None:
    org_post(out, "pre_clinic_post.png", seed=1603, avatar="卫", avatar_colour=(40, 130, 170),
             account_zh="和平社区卫生中心", meta_en="Heping Community Health Centre · 5月6日", art="clinic",
             label=False, title_zh="65岁以上老人免费体检", title_en="Free check-ups for over-65s",
             body_zh="5月10日到20日上午。本人带身份证和医保卡，到一楼登记。",
             body_en="10-20 May, mornings. Come with your ID and insurance cards.",
             ask_zh="不收费，不用网上报名。咨询：中心大门上的电话。",
             ask_en="Free, no online sign-up. Ask: the phone on the centre's door.",
             likes="赞 97    评论 23    转发 31")


def make_eye_post(out: Output) -> None:
    org_post(out, "post_eye_post.png", seed=1604, avatar="医", avatar_colour=(60, 100, 180),
             account_zh="区人民医院", meta_en="District People's Hospital · 9月3日 16:00", art="eyes",
             label=False, title_zh="老人免费眼睛筛查", title_en="Free eye checks for older people",
             body_zh="9月8日起，每周一上午，门诊三楼眼科。带身份证，现场登记。",
             body_en="Mondays from 8 Sept, 3rd floor eye clinic. Bring your ID.",
             ask_zh="不收费。咨询：就诊卡背面的医院总机。",
             ask_en="Free. Ask: the switchboard on the back of your patient card.",
             likes="赞 133    评论 19    转发 40")


# ---------------------------------------------------------------- real video calls on a weak network (GIF)

def network_gif(out: Output, name: str, *, seed: int, scene: str, person: dict, caller_zh: str, caller_en: str,
                start_seconds: int, cast: str | None = None) -> None:
    """A 640x360 GIF of a real video call on a weak network: blocky squares over the whole
    picture, frozen frames with 'Poor network', and a friendly wave beside the face. ``cast``: a
    cast member shown instead of the drawn ``person`` (whose skin and shirt then follow the member)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    w, h = 640, 360

    def background(t):
        img = Image.new("RGB", (w, h))
        bd = ImageDraw.Draw(img)
        if scene == "sea":             # on the deck of a fishing boat: sea, sky, a rail and a mast
            vgradient(img, (0, 0, w, 200), (130, 180, 226), (214, 230, 242))
            vgradient(img, (0, 200, w, h), (60, 110, 150), (40, 80, 116))
            for k in range(26):
                r2 = random.Random(k)
                wx, wy = r2.randint(0, w), r2.randint(210, 300)
                bd.line((wx, wy + 4 * math.sin(t + k), wx + r2.randint(20, 50), wy + 4 * math.sin(t + k)),
                        fill=(150, 190, 214), width=2)
            bd.rectangle((0, 300, w, h), fill=(200, 120, 60))
            bd.rectangle((0, 292, w, 302), fill=(240, 240, 236))
            for px in range(20, w, 80):
                bd.rectangle((px, 262, px + 6, 300), fill=(240, 240, 236))
            bd.line((0, 264, w, 264), fill=(240, 240, 236), width=5)
            bd.rectangle((560, 40, 570, 300), fill=(120, 90, 60))
            bd.line((565, 60, 640, 150), fill=(80, 80, 80), width=2)
            bd.polygon([(120, 200), (190, 200), (180, 214), (130, 214)], fill=(230, 230, 226))
        else:                          # grassland: green hills, a white yurt, a few sheep
            vgradient(img, (0, 0, w, h), (110, 170, 236), (226, 238, 246))
            bd.polygon([(0, 230), (160, 180), (330, 220), (500, 170), (640, 210), (640, 360), (0, 360)],
                       fill=(120, 176, 90))
            bd.rectangle((0, 280, w, h), fill=(104, 160, 76))
            bd.rectangle((460, 190, 580, 250), fill=(246, 246, 240))
            bd.polygon([(450, 192), (590, 192), (520, 150)], fill=(236, 236, 228))
            bd.rectangle((506, 214, 534, 250), fill=(170, 60, 50))
            for k, (sx, sy) in enumerate(((90, 300), (150, 316), (560, 300))):
                bd.ellipse((sx - 16, sy - 10, sx + 16, sy + 10), fill=(244, 244, 236))
                bd.ellipse((sx + 12, sy - 10, sx + 24, sy + 2), fill=(70, 60, 50))
        return img

    selfview = grandpa_selfview()
    frames, durations, notes = [], [], []
    member = VideoFace(cast, 370) if cast else None
    if member is not None:
        person = dict(person, skin=member.skin, shirt=member.clothes)
    skin = person["skin"]
    count = 14
    freeze_at = (5, 10)
    wave_frames = range(7, 10)
    held = None
    elapsed = 0.0
    for i in range(count):
        t = start_seconds + i * 0.25
        poor = i in freeze_at or i - 1 in freeze_at or i + 1 in freeze_at
        if i in freeze_at and held is not None:
            frame = held.copy()
            durations.append(1100)
            notes.append(elapsed)
        else:
            img = background(t)
            d = ImageDraw.Draw(img)
            cx = 300 + 8 * math.sin(i * 0.9)
            cy = 170 + 5 * math.sin(i * 1.7)
            s = 62
            if member is not None:
                member.paste(img, cx, cy, 0.5 if i % 2 else 0.15)
            else:
                torso(d, cx, cy, s, person["shirt"], collar=None, neck=shade(skin, 0.92))
                hair_and_head(d, cx, cy, s, skin, person["hair"], person["style"])
                fringe(d, cx, cy, s, person["hair"], person["style"])
                face_features(d, cx, cy, s, mouth=(0.5 if i % 2 else 0.15), blink=(i == 3), skin=skin,
                              brows=person["brows"], glasses=person.get("glasses", False),
                              wrinkles=person.get("wrinkles", False))
            if i in wave_frames:
                k = (i - wave_frames[0]) / (len(wave_frames) - 1)
                hx = cx + 150 - 60 * math.sin(k * math.pi)
                arm = Image.new("RGBA", (w, h))
                ad = ImageDraw.Draw(arm)
                ad.line((cx + 100, 360, hx, cy + 30), fill=person["shirt"] + (255,), width=34)
                hand(ad, hx, cy - 10, 28, shade(skin, 0.95) + (255,))
                arm = motion_blur(arm, 10, 0, steps=5)
                img.paste(arm, (0, 0), arm)
            img = macroblocks(img, rng, 0.85 if poor else 0.3, 14 if poor else 7)
            frame = img
            held = img
            durations.append(260)
        call_bar(frame, caller_zh, caller_en, t, selfview, poor=poor)
        frames.append(frame)
        elapsed += durations[-1] / 1000
    out.gif(frames, durations, name, colours=64)
    total = sum(durations) / 1000
    wave_start = sum(durations[:wave_frames[0]]) / 1000
    wave_end = sum(durations[:wave_frames[-1] + 1]) / 1000
    out.region(name, "blocky squares from a weak network", (0, OVERLAY_H, 640, 300))
    out.region(name, "'Poor network' badge", poor_badge(w))
    out.region(name, "face and waving hand: clear whenever the picture is not blocky", (220, 60, 510, 300))
    out.note(f"{name}: {total:.1f} s; frozen frames from " + ", ".join(f"{a:.1f}" for a in notes)
             + f" (1.1 s each); hand wave at [{wave_start:.1f}, {wave_end:.1f}]")


def make_son_boat(out: Output) -> None:
    network_gif(out, "pre_son_boat.gif", seed=1701, scene="sea",
                person=dict(skin=(206, 160, 122), shirt=(240, 130, 30), hair=(30, 26, 24), style="short",
                            brows=(30, 26, 24)),
                caller_zh="儿子 大军", caller_en="Son (Dajun)", start_seconds=41, cast="son")


def make_sister_grassland(out: Output) -> None:
    network_gif(out, "post_sister_grassland.gif", seed=1702, scene="grassland",
                person=dict(skin=(226, 184, 150), shirt=(150, 60, 110), hair=(190, 190, 196), style="bun",
                            brows=(150, 150, 150), glasses=True, wrinkles=True),
                caller_zh="妹妹 秀芝", caller_en="Sister (Xiuzhi)", start_seconds=57)


# ---------------------------------------------------------------- AI romance profiles

def romance_profile(out: Output, name: str, *, seed: int, person: dict, name_zh: str, info_zh: str, info_en: str,
                    messages) -> None:
    """An 800x450 dating-app screen: a too-perfect AI portrait (glossy, airbrushed skin,
    warped writing behind, a six-fingered hand) and a chat that asks for money."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (240, 236, 240))
    d = ImageDraw.Draw(img)
    card = (8, 8, 334, 442)
    d.rounded_rectangle(card, radius=16, fill=(255, 255, 255), outline=(224, 214, 224))
    photo = (20, 20, 310, 310)
    pw, ph = photo[2] - photo[0], photo[3] - photo[1]
    pic = Image.new("RGB", (pw, ph))
    vgradient(pic, (0, 0, pw, ph), person["bg"][0], person["bg"][1])
    pd = ImageDraw.Draw(pic)
    # a cafe sign behind, with warped scribbles, and soft bokeh lights
    sign = (150, 20, 280, 52)
    for _ in range(10):
        bx, by, r = rng.randint(0, pw), rng.randint(0, 120), rng.randint(8, 18)
        pd.ellipse((bx - r, by - r, bx + r, by + r), fill=shade(person["bg"][0], 1.3))
    pic = pic.filter(ImageFilter.GaussianBlur(3))
    pd = ImageDraw.Draw(pic)
    pd.rounded_rectangle(sign, radius=6, fill=(70, 50, 40))
    pseudo_glyphs(pd, (sign[0] + 8, sign[1] + 6, sign[2] - 8, sign[3] - 6), 5, (250, 220, 160), rng, stroke=2)
    wave_warp(pic, sign, 3, 16, seed=seed)
    pd = ImageDraw.Draw(pic)
    cx, cy, s = 140, 140, 62
    skin = person["skin"]
    torso(pd, cx, cy, s, person["shirt"], collar=person.get("collar"), neck=shade(skin, 0.95))
    if person["style"] == "long":      # hair down to the shoulders
        for side in (-1, 1):
            x0 = cx + side * 0.62 * s
            pd.rounded_rectangle((min(x0, x0 + side * 0.5 * s), cy - 0.5 * s, max(x0, x0 + side * 0.5 * s),
                                  cy + 1.9 * s), radius=0.25 * s, fill=person["hair"])
    hair_and_head(pd, cx, cy, s, skin, person["hair"], person["style"])
    # airbrushed: the face drawn, then blurred smooth with a glossy sheen on it
    face = Image.new("RGB", (pw, ph), skin)
    fd = ImageDraw.Draw(face)
    face_features(fd, cx, cy, s, mouth=0.0, skin=skin, brows=person["brows"], glasses=person.get("glasses", False))
    face = face.filter(ImageFilter.GaussianBlur(1.6))
    sheen = Image.new("L", (pw, ph), 0)
    sd = ImageDraw.Draw(sheen)
    sd.ellipse((cx - 0.5 * s, cy - 0.85 * s, cx + 0.2 * s, cy - 0.35 * s), fill=90)
    for side in (-1, 1):
        sd.ellipse((cx + side * 0.5 * s - 0.16 * s, cy + 0.05 * s, cx + side * 0.5 * s + 0.16 * s, cy + 0.25 * s), fill=70)
    sheen = sheen.filter(ImageFilter.GaussianBlur(8))
    face = ImageChops.add(face, Image.merge("RGB", (sheen, sheen, sheen)))
    mask = Image.new("L", (pw, ph), 0)
    ImageDraw.Draw(mask).ellipse((cx - 0.84 * s, cy - 0.98 * s, cx + 0.84 * s, cy + 0.98 * s), fill=255)
    pic.paste(face, (0, 0), mask.filter(ImageFilter.GaussianBlur(1)))
    pd = ImageDraw.Draw(pic)
    fringe(pd, cx, cy, s, person["hair"], person["style"])
    # a hand raised in greeting, with six fingers
    hx, hy = 226, 244
    pd.line((cx + 80, ph, hx, hy + 20), fill=person["shirt"], width=30)
    hand(pd, hx, hy, 21, shade(skin, 0.97), fingers=6, spread=1.0)
    pic = pic.filter(ImageFilter.SMOOTH_MORE)
    img.paste(pic, photo[:2])
    d = ImageDraw.Draw(img)
    out.region(name, "face: airbrushed, glossy, too perfect", (photo[0] + cx - s, photo[1] + cy - s * 1.1,
                                                                photo[0] + cx + s, photo[1] + cy + s * 1.1))
    out.region(name, "raised hand with six fingers", (photo[0] + hx - 40, photo[1] + hy - 54,
                                                      photo[0] + hx + 26, photo[1] + hy + 30))
    out.region(name, "warped writing on the sign behind", (photo[0] + sign[0], photo[1] + sign[1],
                                                            photo[0] + sign[2], photo[1] + sign[3]))
    text(d, (20, 314), name_zh, 26, (30, 30, 30), bold=True)
    badge_x = 20 + font(26, True).getlength(name_zh) + 10
    badge_w = font(22, True).getlength("想找老伴") + 20
    d.rounded_rectangle((badge_x, 318, badge_x + badge_w, 348), radius=14, fill=(250, 90, 120))
    text(d, (badge_x + badge_w / 2, 333), "想找老伴", 22, (255, 255, 255), bold=True, anchor="mm")
    y = text_block(d, 20, 352, info_zh, 22, (70, 70, 70), 306, spacing=1.2)
    y = text_block(d, 20, y, info_en, 22, (120, 120, 120), 306, spacing=1.2)
    if y > card[3] + 2:
        raise SystemExit(f"{name}: the profile does not fit ({y})")
    # the chat
    d.rounded_rectangle((342, 8, 792, 442), radius=16, fill=(246, 246, 246), outline=(224, 224, 224))
    d.rectangle((342, 8, 792, 58), fill=(255, 255, 255))
    text(d, (567, 33), f"与{name_zh}的私信  Messages", 24, (30, 30, 30), bold=True, anchor="mm")
    y = 68
    boxes = []
    for zh, en, mine in messages:
        boxr = bubble(d, 782 if mine else 352, y, zh, en, mine=mine, width=430, pad=6, sizes=(22, 22),
                      leading=(28, 26))
        boxes.append(boxr)
        y = boxr[3] + 8
    if y - 8 > 438:
        raise SystemExit(f"{name}: the chat does not fit ({y - 8})")
    out.region(name, "no video: 'the camera / signal doesn't work'", boxes[1])
    out.region(name, "money request: pay first, paid back when we meet",
               (352, boxes[2][1], 782, boxes[-1][3]))
    out.png(img, name)


def make_captain_profile(out: Output) -> None:
    romance_profile(out, "pre_romance_captain.png", seed=1801,
                    person=dict(bg=((170, 200, 220), (100, 130, 160)), skin=(236, 204, 178), shirt=(250, 250, 250),
                                collar=(30, 40, 80), hair=(110, 106, 104), style="short", brows=(70, 66, 64),
                                glasses=False),
                    name_zh="赵海峰", info_zh="60岁 · 远洋货轮船长 · 离异",
                    info_en="Divorced, 60, ship captain",
                    messages=[
                        ("每天和你说说话，心里就踏实。", "Talking with you daily calms my heart.", False),
                        ("船在海上没有网，开不了视频。", "No internet at sea. No video calls.", False),
                        ("船被扣在港口，要交三万港口费。", "The ship is held in port: a 30,000 fee.", False),
                        ("你先帮我垫上，一靠岸就还你。", "Pay it for me; I'll repay you when we dock.", False),
                    ])


def make_planter_profile(out: Output) -> None:
    romance_profile(out, "post_romance_planter.png", seed=1802,
                    person=dict(bg=((210, 190, 150), (140, 120, 90)), skin=(244, 212, 190), shirt=(60, 140, 130),
                                collar=None, hair=(50, 40, 36), style="long", brows=(50, 40, 36), glasses=False),
                    name_zh="何美玲", info_zh="57岁·马来西亚种橡胶·单身",
                    info_en="Single, 57, rubber farmer",
                    messages=[
                        ("遇见你，是我这几年最开心的事。", "Meeting you is my happiest thing in years.", False),
                        ("我手机镜头坏了，没法视频。", "My phone camera is broken: no video.", False),
                        ("丈夫留的遗产要汇过来，得先交税。", "Tax is due before his estate comes over.", False),
                        ("一万五，你先帮我交，到账还你两倍。", "15,000: pay it first, I'll repay double.", False),
                    ])


JOBS = {   # job name -> function(out)
    "water_rumour": make_water_rumour,
    "medicine_rumour": make_medicine_rumour,
    "son_boat": make_son_boat,
    "sister_grassland": make_sister_grassland,
    "market_post": make_market_post,
    "park_post": make_park_post,
    "warning_call_man": make_warning_call_man,
    "warning_call_evening": make_warning_call_evening,
    "captain_profile": make_captain_profile,
    "planter_profile": make_planter_profile,
    "clinic_post": make_clinic_post,
    "eye_post": make_eye_post,
}
