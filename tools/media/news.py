"""Media of the 'news' pack (scenarios/news/media/): endorsements, news pictures and labelled AI content.

Twelve clips for the pack 名人带货与新闻 / Endorsements and news: an AI "TV doctor" live
stream (GIF), a famous doctor's face selling knee patches in a short-video feed (the phone of
``tools/media/phone.py``, in Chinese and in English) and a real doctor's talk on a hospital's account, a singer's genuine advert
and a labelled AI museum guide (WAV with a picture), an AI-voiced "founder" investment
video (MP4), an AI "earthquake" picture, a real recall notice from the market regulator,
a real official weather photo, a labelled AI tourism poster, an AI dating profile (GIF)
and a neighbour's real panorama. Half the fakes are drawn clean, with no slip to spot: the
source, the context and the request give them away, as with good fakes in life. Run
through ``tools/make_media.py`` (``--only news`` or ``--only news:tv_doctor``). Fixed seeds, no timestamps: the same bytes every run.
All people are drawn cartoons with invented names; all voices are espeak-ng; no real
person's face or voice is imitated.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (face_features, fringe, hair_and_head, hand, motion_blur, noise_layer,
                              pseudo_glyphs, shade, torso, vgradient)
from tools.media.output import Output
from tools.media.sound import (MANDARIN, Track, beep, biquad, envelope, mix_into, normalise, resample,
                               speak, write_wav)
from tools.media.spec import FPS, PHONE_SR, SR, VIDEO_SIZE
from tools.media.text import drawn_mark, font, scale_drawn, text, text_block

PACK = "news"


# ---------------------------------------------------------------------------------------- helpers

def badge_room(box, left=36, top=16):
    """A tell region grown up and to the left, so the number the feedback screen draws in its
    top-left corner does not hide the tell itself."""
    x0, y0, x1, y1 = box
    return (max(0, x0 - left), max(0, y0 - top), x1, y1)


def verified_mark(d, x, y, r=8):
    """A small blue tick badge, as platforms show next to verified official accounts."""
    d.ellipse((x - r, y - r, x + r, y + r), fill=(40, 130, 230))
    d.line((x - r * 0.45, y, x - r * 0.1, y + r * 0.4, x + r * 0.5, y - r * 0.4), fill=(255, 255, 255),
           width=max(2, r // 4))


def avatar(d, x, y, r, char, colour):
    d.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    text(d, (x, y), char, max(22, int(r * 1.0)), (255, 255, 255), bold=True, anchor="mm")


def ai_tag(d, box, zh="AI生成", en="AI-generated"):
    """A visible 'AI-generated' label on a picture (the explicit label of the labelling rules)."""
    x0, y0, x1, _ = box
    d.rounded_rectangle(box, radius=7, fill=(0, 0, 0))
    cx = (x0 + x1) // 2
    text(d, (cx, y0 + 4), zh, 22, (255, 255, 255), bold=True, anchor="ma")
    text(d, (cx, y0 + 36), en, 22, (225, 225, 225), anchor="ma")


def fake_qr(d, box, rng, dark=(20, 20, 20), light=(255, 255, 255)):
    """A QR-code-like square: three finder squares and random modules (not a real code)."""
    x0, y0, x1, _ = box
    d.rectangle(box, fill=light)
    n = 21
    cell = (x1 - x0 - 8) / n
    ox, oy = x0 + 4, y0 + 4
    for r in range(n):
        for c in range(n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if finder:
                rr, cc = r % (n - 7) if r >= 7 else r, c % (n - 7) if c >= 7 else c
                ring = max(abs(rr - 3), abs(cc - 3))
                on = ring != 2 and ring <= 3
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((ox + c * cell, oy + r * cell, ox + (c + 1) * cell - 0.5, oy + (r + 1) * cell - 0.5), fill=dark)


def person(d, cx, cy, s, *, skin, hair, style, shirt, collar=(255, 255, 255), mouth=0.0, blink=False,
           glasses=False, wrinkles=False, brows=(40, 30, 25), smile=True, face=True):
    torso(d, cx, cy, s, shirt, collar=collar, neck=shade(skin, 0.9))
    hair_and_head(d, cx, cy, s, skin, hair, style)
    fringe(d, cx, cy, s, hair, style)
    if face:
        face_features(d, cx, cy, s, mouth=mouth, blink=blink, glasses=glasses, wrinkles=wrinkles,
                      brows=brows, skin=skin, smile=smile)


def en_under(d, xy, zh, en, zh_size, en_size, zh_fill, en_fill, bold=True, anchor="la", gap=4):
    """A Chinese line with its English line underneath."""
    x, y = xy
    text(d, (x, y), zh, zh_size, zh_fill, bold=bold, anchor=anchor)
    text(d, (x, y + zh_size + gap), en, en_size, en_fill, anchor=anchor)



# ---------------------------------------------------------------- 1. the AI "TV doctor" live stream

def make_tv_doctor(out: Output) -> None:
    """A live stream that uses an AI-made 'famous TV doctor' to sell a tea. The picture is
    clean: no slip to spot. What gives it away is the context: a shop account with no tick
    and no AI label, a cure that replaces pills, a 'today only' countdown, and an 'assistant'
    pulling viewers into a private group. 640x360 GIF, 20 frames, 8 s."""
    from PIL import Image, ImageDraw

    w, h = 640, 360
    name = "tv_doctor_live.gif"
    # the studio, drawn once
    studio = Image.new("RGB", (w, h))
    vgradient(studio, (0, 0, w, h), (34, 74, 140), (18, 36, 70))
    d = ImageDraw.Draw(studio)
    for i in range(7):
        x = 20 + i * 56
        d.rectangle((x, 96, x + 40, 300), fill=(44, 90, 160))
    backdrop = (40, 70, 300, 132)
    d.rounded_rectangle(backdrop, radius=8, fill=(220, 160, 40))
    text(d, (170, 72), "健康大讲堂", 30, (120, 30, 20), bold=True, anchor="ma")
    text(d, (170, 108), "Health Lecture Hall", 18, (120, 40, 20), bold=True, anchor="ma")
    # the product side panel
    panel = (350, 70, 634, 248)
    d.rounded_rectangle(panel, radius=10, fill=(255, 248, 230))
    d.rounded_rectangle((358, 78, 434, 186), radius=6, fill=(30, 130, 80), outline=(240, 200, 80), width=3)
    text(d, (396, 86), "通脉", 20, (255, 240, 180), bold=True, anchor="ma")
    text(d, (396, 112), "降压茶", 20, (255, 240, 180), bold=True, anchor="ma")
    text(d, (396, 146), "Tea", 18, (255, 255, 255), anchor="ma")
    text(d, (442, 76), "喝一个月", 24, (200, 20, 30), bold=True)
    text(d, (442, 106), "告别降压药！", 24, (200, 20, 30), bold=True)
    text(d, (442, 138), "One month and", 18, (120, 40, 40))
    text(d, (442, 160), "no more pills!", 18, (120, 40, 40))
    text(d, (358, 190), "原价¥598  今天¥98", 20, (40, 40, 40), bold=True)
    text(d, (358, 218), "Was 598 yuan, today 98", 18, (100, 100, 100))
    claims = (438, 72, 630, 186)
    # a comment pinned by the stream's 'assistant'
    chat = (350, 252, 634, 302)
    d.rounded_rectangle(chat, radius=8, fill=(0, 0, 0))
    text(d, (360, 254), "小助理：加群，陈主任一对一指导", 18, (255, 220, 120), bold=True)
    text(d, (360, 277), "Assistant: join our group!", 18, (230, 230, 230))
    skin = (232, 196, 168)
    frames, durations = [], []
    cx0, cy0, s = 190, 186, 46
    turn = range(9, 13)          # he turns towards the product and back
    for f in range(20):
        t = f * 0.4
        img = studio.copy()
        d = ImageDraw.Draw(img)
        shift = 22 if f in turn else 0
        shift = 11 if f in (8, 13) else shift
        cx = cx0 + shift
        talking = f % 4 in (0, 1)
        person(d, cx, cy0, s, skin=skin, hair=(60, 56, 54), style="short", shirt=(250, 250, 252),
               collar=(120, 160, 200), mouth=0.45 if talking else 0.05, glasses=True, brows=(70, 64, 60),
               blink=(f == 6))
        d.ellipse((cx + 0.6 * s, cy0 + 1.9 * s, cx + 0.6 * s + 12, cy0 + 1.9 * s + 12), fill=(150, 150, 160))
        d.line((cx + 0.3 * s, cy0 + 1.2 * s, cx + 0.6 * s + 6, cy0 + 1.9 * s), fill=(70, 70, 80), width=4)
        # lower third: who he is supposed to be
        d.rectangle((16, 252, 300, 302), fill=(180, 20, 30))
        text(d, (24, 254), "电视名医 陈主任", 20, (255, 255, 255), bold=True)
        text(d, (24, 278), "'Famous TV doctor'", 18, (255, 225, 225))
        # live-stream overlays: a shop account, no tick, no AI label
        account = (6, 6, 262, 62)
        d.rounded_rectangle(account, radius=26, fill=(0, 0, 0))
        avatar(d, 32, 34, 22, "医", (40, 150, 120))
        text(d, (60, 8), "名医健康直播间", 20, (255, 255, 255), bold=True)
        text(d, (60, 34), "Doctor health live room", 18, (210, 210, 210))
        d.rounded_rectangle((516, 8, 634, 40), radius=14, fill=(240, 40, 60))
        text(d, (575, 24), "直播中 LIVE", 18, (255, 255, 255), bold=True, anchor="mm")
        text(d, (634, 44), f"{3.2 + f * 0.01:.2f}万人在看", 18, (230, 230, 230), anchor="ra")
        left = 299 - int(t)
        bar = (0, 306, w, h)
        d.rectangle(bar, fill=(255, 236, 60))
        text(d, (10, 306), "仅限今天！", 20, (200, 10, 20), bold=True)
        text(d, (10, 332), "Today only!", 18, (120, 20, 20), bold=True)
        text(d, (150, 304), f"距结束 {left // 60:02d}:{left % 60:02d}", 24, (200, 10, 20), bold=True)
        text(d, (150, 332), "Offer ends in", 18, (120, 20, 20))
        d.rounded_rectangle((420, 310, 634, 356), radius=20, fill=(230, 40, 30))
        text(d, (527, 312), "马上抢购 点这里", 18, (255, 255, 255), bold=True, anchor="ma")
        text(d, (527, 333), "Buy now, tap here", 18, (255, 230, 220), anchor="ma")
        frames.append(img)
        durations.append(400)
    out.gif(frames, durations, name, colours=64)
    out.region(name, "a shop account: no tick, no hospital name, no AI label", account)
    out.region(name, "miracle claim: one month, no more pills", badge_room(claims, 10, 0))
    out.region(name, "an 'assistant' pulls viewers into a private group", chat)
    out.region(name, "'today only' countdown", bar)
    out.note(f"{name}: 20 frames of 0.4 s = 8.0 s; the doctor is drawn clean (no slip to spot)")


# ---------------------------------------------------------------- 2. the tourism bureau's labelled AI poster

def lantern(d, x, y, r, rng, scribble=True):
    d.line((x, y - r * 1.6, x, y - r), fill=(60, 40, 30), width=2)
    d.ellipse((x - r, y - r, x + r, y + r * 1.1), fill=(226, 40, 36))
    d.rectangle((x - r * 0.45, y - r * 1.12, x + r * 0.45, y - r * 0.9), fill=(240, 190, 60))
    d.rectangle((x - r * 0.45, y + r * 1.0, x + r * 0.45, y + r * 1.22), fill=(240, 190, 60))
    if scribble:
        pseudo_glyphs(d, (x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.6), 1, (255, 220, 90), rng, stroke=2)


def make_tourism_poster(out: Output) -> None:
    """A city tourism bureau's post: an AI-made lantern-festival picture, labelled on the
    picture and by the platform. The AI slips (scribbles on lanterns, a reflection with
    the wrong number of arches) are innocent here because nobody hides what it is."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1202)
    name = "tourism_ai_poster.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (242, 243, 246))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    avatar(d, 44, 40, 26, "旅", (30, 140, 150))
    text(d, (80, 8), "青山市文化和旅游局", 26, (20, 20, 20), bold=True)
    verified_mark(d, 80 + font(26, True).getlength("青山市文化和旅游局") + 16, 24, r=10)
    text(d, (80, 42), "Qingshan Tourism Bureau · official · 1月20日 10:00", 22, (120, 120, 120))
    header = (14, 6, 620, 72)
    # the AI picture: glossy, too smooth, a water town at night
    pic = (16, 80, 396, 422)
    art = Image.new("RGB", (pic[2] - pic[0], pic[3] - pic[1]))
    aw, ah = art.size
    vgradient(art, (0, 0, aw, 200), (24, 30, 76), (120, 70, 120))
    ad = ImageDraw.Draw(art)
    ad.ellipse((282, 28, 336, 82), fill=(255, 244, 210))
    for k in range(40):
        sx, sy = rng.randint(0, aw), rng.randint(0, 120)
        ad.point((sx, sy), fill=(255, 255, 230))
    # houses with dark tiled roofs on both banks
    for x0 in range(-10, aw, 74):
        top = 118 + rng.randint(-8, 8)
        ad.rectangle((x0 + 6, top + 24, x0 + 66, 200), fill=(236, 228, 210))
        ad.polygon([(x0 - 2, top + 28), (x0 + 36, top), (x0 + 74, top + 28)], fill=(50, 52, 62))
        ad.rectangle((x0 + 24, top + 48, x0 + 46, top + 70), fill=(250, 200, 110))
    # water
    vgradient(art, (0, 200, aw, ah), (60, 50, 100), (20, 24, 50))
    ad = ImageDraw.Draw(art)
    # a stone bridge with THREE arches ...
    bridge_y = 210
    ad.rectangle((60, bridge_y - 62, 320, bridge_y), fill=(176, 172, 164))
    ad.rectangle((56, bridge_y - 66, 324, bridge_y - 56), fill=(150, 146, 140))
    for i in range(3):
        ax = 66 + i * 84
        ad.chord((ax + 8, bridge_y - 38, ax + 76, bridge_y + 38), 180, 360, fill=(30, 28, 64))
    # ... whose reflection in the water shows only TWO arches
    ad.rectangle((58, bridge_y, 322, bridge_y + 3), fill=(190, 180, 210))
    ad.rectangle((60, bridge_y + 3, 320, bridge_y + 58), fill=(112, 106, 136))
    for i in range(2):
        ax = 68 + i * 128
        ad.chord((ax + 4, bridge_y + 3 - 44, ax + 120, bridge_y + 3 + 44), 0, 180, fill=(44, 38, 80))
    for i in range(12):
        ad.line((rng.randint(0, aw), 250 + i * 7, rng.randint(0, aw), 250 + i * 7), fill=(120, 90, 140), width=1)
    # lanterns along a string, with scribbles where characters should be
    for i, lx in enumerate(range(30, aw, 48)):
        ly = 60 + 10 * math.sin(i * 0.8)
        lantern(ad, lx, ly, 11, rng)
        ad.ellipse((lx - 8, 300 - ly * 0.3, lx + 8, 312 - ly * 0.3), fill=(170, 60, 70))
    ad.line([(lx, 60 + 10 * math.sin(i * 0.8) - 18) for i, lx in enumerate(range(30, aw, 48))], fill=(60, 40, 30), width=2)
    art = art.filter(ImageFilter.SMOOTH_MORE).filter(ImageFilter.GaussianBlur(0.7))
    img.paste(art, pic[:2])
    d = ImageDraw.Draw(img)
    label = (pic[0] + 8, pic[3] - 74, pic[0] + 168, pic[3] - 8)
    ai_tag(d, label)
    out.region(name, "label on the picture: AI-generated", badge_room(label, 24, 10))
    out.region(name, "bridge has three arches, its reflection two (an AI slip)",
               badge_room((pic[0] + 52, pic[1] + bridge_y - 70, pic[0] + 328, pic[1] + bridge_y + 62)))
    out.region(name, "lanterns with scribbles instead of characters", (pic[0], pic[1] + 30, pic[2], pic[1] + 96))
    # the post text
    x, width = 410, 378
    y = text_block(d, x, 80, "青山古镇元宵灯会", 28, (20, 20, 20), width, bold=True)
    y = text_block(d, x, y - 2, "Qingshan Lantern Festival", 22, (60, 60, 60), width, bold=True, spacing=1.2)
    y = text_block(d, x, y + 4, "2月12日至16日，每晚6点到10点。免费入园。", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "12-16 Feb, 6-10 pm. Free entry.", 22, (80, 80, 80), width, spacing=1.2)
    note_top = y + 4
    y = text_block(d, x, y + 6, "说明：配图由AI生成，以现场为准。", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "Note: the picture is AI-made.", 22, (80, 80, 80), width, spacing=1.2)
    note = (x - 4, y + 6, x + width, y + 76)
    d.rounded_rectangle(note, radius=8, fill=(238, 242, 250), outline=(170, 186, 220))
    d.ellipse((note[0] + 6, note[1] + 22, note[0] + 30, note[1] + 46), fill=(70, 110, 200))
    text(d, (note[0] + 18, note[1] + 34), "i", 22, (255, 255, 255), bold=True, anchor="mm")
    text(d, (note[0] + 36, note[1] + 6), "平台提示：作者声明由AI生成", 22, (40, 60, 120), bold=True)
    text(d, (note[0] + 36, note[1] + 38), "Platform: author says AI-made", 22, (70, 90, 150))
    if note[3] > h - 8:
        raise SystemExit(f"{name}: the post does not fit ({note[3]})")
    out.region(name, "the bureau's own note and the platform's notice: AI-made", (x - 4, note_top, x + width, note[3]))
    out.region(name, "verified official account, with date", header)
    out.png(img, name)


# ---------------------------------------------------------------- 3. the AI "earthquake" picture in a chat group

def chat_top(d, w, zh, en, dark=(46, 46, 50)):
    """A group chat's title bar, 64 px; returns its height."""
    d.rectangle((0, 0, w, 64), fill=dark)
    text(d, (18, 32), "‹", 40, (240, 240, 240), anchor="lm")
    text(d, (w // 2, 4), zh, 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, (w // 2, 36), en, 22, (200, 200, 205), anchor="ma")
    text(d, (w - 28, 32), "···", 26, (240, 240, 240), bold=True, anchor="mm")
    return 64


def make_quake_rumour(out: Output) -> None:
    """An AI 'earthquake' picture in a residents' chat group. The picture is clean (readable
    signs, shadows that agree); what gives it away is the context: no source, place or time,
    'forward now', and a personal payment code for 'donations'."""
    from PIL import Image, ImageDraw, ImageFilter

    from tools.media.draw import bubble

    rng = random.Random(1303)
    name = "quake_rumour.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (236, 236, 236))
    d = ImageDraw.Draw(img)
    chat_top(d, w, "幸福里业主群(312)", "Residents' group (312)")
    avatar(d, 25, 124, 20, "周", (150, 110, 80))
    text(d, (50, 70), "群友 老周 Lao Zhou", 22, (110, 110, 110))
    # the picture, drawn on its own and pasted into the chat (scaled to fit: signs drawn at 26 show at 22)
    pw, ph = 420, 300
    shown_w, shown_h = 364, 260
    pic_at = (50, 102)
    mark = drawn_mark()
    pic = Image.new("RGB", (pw, ph))
    vgradient(pic, (0, 0, pw, ph), (186, 170, 150), (226, 206, 170))
    p = ImageDraw.Draw(pic)
    sun = (350, 46)
    for r in range(34, 12, -3):
        k = (34 - r) / 22
        p.ellipse((sun[0] - r, sun[1] - r, sun[0] + r, sun[1] + r),
                  fill=tuple(int(a + (b - a) * k) for a, b in zip((226, 206, 170), (255, 246, 210))))
    # a standing shop building on the left, with its sign
    p.rectangle((10, 70, 150, 250), fill=(168, 160, 150))
    for wy in range(130, 240, 26):
        for wx in range(22, 140, 30):
            p.rectangle((wx, wy, wx + 16, wy + 16), fill=(80, 84, 96))
    sign = (16, 82, 144, 118)
    p.rectangle(sign, fill=(190, 40, 40))
    text(p, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), "东湖超市", 26, (255, 240, 200), bold=True, anchor="mm")
    sign2 = (168, 116, 298, 152)
    # broken blocks: leaning, with jagged tops and cracks
    for (x0, y0, x1, y1, tilt) in ((160, 110, 300, 250, 12), (290, 126, 410, 250, -18)):
        top = [(x0 + tilt, y0 + 18)]
        for k in range(1, 8):
            top.append((x0 + tilt + (x1 - x0) * k / 8, y0 + rng.randint(0, 34)))
        top.append((x1 + tilt, y0 + 22))
        p.polygon([(x0, y1)] + top + [(x1, y1)], fill=(150, 146, 140))
        for wy in range(int(y0) + 44, int(y1) - 10, 24):
            lean = tilt * (1 - (wy - y0) / (y1 - y0))
            for wx in range(int(x0) + 12, int(x1) - 16, 26):
                p.rectangle((wx + lean, wy, wx + 12 + lean, wy + 12), fill=(70, 70, 80))
        cx_ = (x0 + x1) / 2 + rng.randint(-20, 20)
        pts = [(cx_, y0 + 30)]
        for k in range(1, 7):
            pts.append((cx_ + rng.randint(-14, 14), y0 + 30 + k * (y1 - y0 - 40) / 6))
        p.line(pts, fill=(40, 36, 34), width=3)
    p.polygon([(300, 210), (410, 196), (414, 214), (304, 232)], fill=(130, 124, 118))   # a fallen slab
    p.rectangle(sign2, fill=(40, 90, 170))
    text(p, ((sign2[0] + sign2[2]) // 2, (sign2[1] + sign2[3]) // 2), "五金 家电", 26, (240, 240, 255), bold=True, anchor="mm")
    # rubble
    for _ in range(60):
        rx, ry = rng.randint(120, pw), rng.randint(230, 262)
        r = rng.randint(6, 16)
        p.polygon([(rx - r, ry + r), (rx, ry - r), (rx + r, ry + r * 0.6)], fill=rng.choice([(120, 112, 104), (150, 140, 130), (96, 90, 86)]))
    p.rectangle((0, 262, pw, ph), fill=(150, 142, 130))
    # lamp post and man: both shadows fall to the left, away from the sun
    p.rectangle((96, 150, 102, 272), fill=(50, 50, 56))
    p.ellipse((88, 142, 110, 158), fill=(60, 60, 66))
    p.polygon([(102, 272), (96, 272), (0, 292), (0, 298)], fill=(62, 58, 54))
    p.ellipse((252, 222, 268, 238), fill=(226, 186, 156))
    p.rectangle((250, 238, 270, 276), fill=(70, 90, 60))
    p.polygon([(250, 276), (268, 276), (176, 298), (160, 294)], fill=(62, 58, 54))
    pic = pic.filter(ImageFilter.SMOOTH_MORE)
    dust = Image.new("RGB", (pw, ph), (230, 220, 200))
    mask = Image.new("L", (pw, ph), 0)
    ImageDraw.Draw(mask).rectangle((0, 226, pw, 262), fill=60)
    pic = Image.composite(dust, pic, mask.filter(ImageFilter.GaussianBlur(20)))
    pic = pic.resize((shown_w, shown_h), Image.Resampling.LANCZOS)
    scale_drawn(mark, shown_w / pw)
    img.paste(pic, pic_at)
    d = ImageDraw.Draw(img)
    d.rectangle((pic_at[0], pic_at[1], pic_at[0] + shown_w, pic_at[1] + shown_h), outline=(210, 210, 210))
    ox, oy = pic_at
    out.region(name, "the picture: no photographer, place, time or AI label", (ox, oy, ox + shown_w, oy + shown_h))
    # the messages
    x, bw = 426, 364
    style = {"width": bw, "pad": 6, "sizes": (22, 22), "leading": (28, 26)}
    b1 = bubble(d, x, 70, "刚刚地震了！东湖路的楼全塌了！", "Earthquake! The buildings on Donghu Road all fell!", **style)
    b2 = bubble(d, x, b1[3] + 8, "速转！让家人快跑！", "Forward now! Tell family to run!", **style)
    b3 = bubble(d, x, b2[3] + 8, "为灾区捐款：扫码转账，每人50元", "Donate: scan, pay 50 yuan each.", **style)
    qr = (x, b3[3] + 8, x + 90, b3[3] + 98)
    fake_qr(d, qr, rng)
    text(d, (x + 102, qr[1] + 4), "个人收款码", 22, (60, 60, 60), bold=True)
    text(d, (x + 102, qr[1] + 34), "a personal", 22, (100, 100, 100))
    text(d, (x + 102, qr[1] + 60), "payment code", 22, (100, 100, 100))
    out.region(name, "no source, place or time; 'forward now'", (b1[0], b1[1], max(b1[2], b2[2]), b2[3]))
    out.region(name, "'donation' to a personal payment code", (x, b3[1], max(b3[2], x + 250), qr[3]))
    out.region(name, "all the messages: no source, 'forward now', 'donate' to a personal code", (x, b1[1], x + bw, qr[3]))
    if qr[3] > h - 42:
        raise SystemExit(f"{name}: the messages do not fit ({qr[3]})")
    d.rectangle((0, h - 40, w, h), fill=(246, 246, 246))
    d.rounded_rectangle((50, h - 34, w - 110, h - 6), radius=6, fill=(255, 255, 255))
    text(d, (w - 58, h - 20), "发送", 22, (120, 120, 120), anchor="mm")
    out.png(img, name)


# ---------------------------------------------------------------- 4. the singer's genuine advert

def music_bed(seconds, rng, gain=0.06):
    """A soft, even arpeggio: the background music of an advert."""
    notes = [261.6, 329.6, 392.0, 523.3, 392.0, 329.6]
    out = [0.0] * int(seconds * SR)
    step = 0.25
    t, k = 0.0, 0
    while t < seconds:
        f = notes[k % len(notes)] * (1.5 if (k // 12) % 2 else 1.0)
        n = int(step * 1.6 * SR)
        tone = [gain * math.sin(2 * math.pi * f * i / SR) * math.exp(-i / (0.18 * SR)) for i in range(n)]
        mix_into(out, tone, t)
        t += step
        k += 1
    return out


def make_singer_ad(out: Output) -> None:
    """A genuine advert on a singer's own verified account: she is the brand's paid ambassador
    and asks you to buy a low-sugar tea drink in the brand's official store, at a normal price.
    It is labelled as an advert and makes no health claims. WAV at 16 kHz plus the picture."""
    from PIL import Image, ImageDraw

    rng = random.Random(1404)
    voice = {"voice": MANDARIN + "+f4", "rate": 160, "pitch": 52}
    track = Track()
    track.pause(0.8)
    track.add(speak("大家好，我是林悦。", **voice), "hello, I am Lin Yue")
    track.pause(0.45)
    track.add(speak("我是青春茶饮的代言人。", **voice), "I am the ambassador of Youth Tea")
    track.pause(0.45)
    track.add(speak("这款低糖茶饮，清爽好喝，我录歌的时候常喝。", **voice), "low-sugar, refreshing; I drink it when I record")
    track.pause(0.45)
    track.add(speak("新品上市，十二瓶五十九元。", **voice), "new: 12 bottles for 59 yuan")
    track.pause(0.45)
    track.add(speak("在官方旗舰店下单就可以。", **voice), "order in the official flagship store")
    track.pause(0.8)
    x = normalise(track.samples, 0.75)
    mix_into(x, music_bed(track.seconds, rng, gain=0.04), 0.0)
    x = biquad(biquad(x, SR, "high", 120), SR, "low", 6500)
    write_wav(out.path("singer_ad.wav"), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, "singer_ad.wav")
    out.note(f"singer_ad.wav lasts {track.seconds:.1f} s")

    name = "singer_ad.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (70, 30, 110), (20, 10, 40))
    layer = Image.new("RGBA", (w, h))
    ld = ImageDraw.Draw(layer)
    for x0 in (120, 300, 520):
        ld.polygon([(x0, 0), (x0 + 40, 0), (x0 + 140, h), (x0 - 100, h)], fill=(255, 240, 200, 34))
    img.paste(layer, (0, 0), layer)
    d = ImageDraw.Draw(img)
    for _ in range(50):
        sx, sy = rng.randint(0, w), rng.randint(60, 300)
        d.ellipse((sx - 2, sy - 2, sx + 2, sy + 2), fill=(255, 220, 255))
    cx, cy, s = 250, 170, 52
    skin = (240, 204, 180)
    person(d, cx, cy, s, skin=skin, hair=(30, 20, 24), style="long", shirt=(200, 40, 120), collar=None,
           mouth=0.4, brows=(30, 20, 24))
    for k in range(30):
        sx = cx + rng.uniform(-1.7, 1.7) * s
        sy = cy + rng.uniform(1.3, 3.6) * s
        d.ellipse((sx - 2, sy - 2, sx + 2, sy + 2), fill=(255, 200, 230))
    # she holds up the bottle (every text at least 24 px: the picture shows at 0.75x beside its sound)
    bottle = (420, 164, 508, 368)
    d.rounded_rectangle((446, 142, 482, 170), radius=4, fill=(240, 200, 60))
    d.rounded_rectangle(bottle, radius=20, fill=(120, 190, 110))
    d.rectangle((420, 222, 508, 330), fill=(255, 250, 230))
    text(d, (464, 226), "青春", 24, (40, 120, 60), bold=True, anchor="ma")
    text(d, (464, 256), "茶饮", 24, (40, 120, 60), bold=True, anchor="ma")
    text(d, (464, 290), "Tea", 24, (60, 90, 60), anchor="ma")
    # plain claims: a drink, nothing more
    text(d, (656, 84), "低糖 清爽", 38, (255, 236, 60), bold=True, anchor="ma", stroke=4, stroke_fill=(60, 120, 60))
    text(d, (656, 134), "新品上市", 38, (255, 236, 60), bold=True, anchor="ma", stroke=4, stroke_fill=(60, 120, 60))
    text(d, (652, 186), "Low sugar, new flavour", 24, (255, 255, 255), bold=True, anchor="ma", stroke=2,
         stroke_fill=(60, 40, 90))
    card = (524, 226, 790, 360)
    d.rounded_rectangle(card, radius=8, fill=(0, 0, 0))
    for k, (line, size, fill, bold) in enumerate((("品牌代言人 林悦", 24, (255, 255, 255), True),
                                                  ("Ambassador Lin Yue", 24, (220, 220, 220), False),
                                                  ("饮料，不是药", 24, (200, 200, 200), False),
                                                  ("A drink, not medicine", 24, (200, 200, 200), False))):
        text(d, ((card[0] + card[2]) // 2, card[1] + 6 + 31 * k), line, size, fill, bold=bold, anchor="ma")
    # the account: hers, with the platform's tick; the post says it is an advert
    acct = (8, 8, 470, 82)
    d.rounded_rectangle(acct, radius=30, fill=(0, 0, 0))
    avatar(d, 44, 45, 28, "悦", (200, 60, 130))
    text(d, (82, 10), "歌手林悦", 26, (255, 255, 255), bold=True)
    tick_x = 82 + font(26, True).getlength("歌手林悦") + 16
    verified_mark(d, tick_x, 26, r=10)
    text(d, (tick_x + 18, 14), "1280万粉丝", 24, (230, 230, 230))
    text(d, (82, 46), "Singer Lin Yue · verified", 24, (210, 210, 210))
    d.rounded_rectangle((384, 26, 460, 64), radius=18, fill=(250, 60, 90))
    text(d, (422, 45), "关注", 24, (255, 255, 255), bold=True, anchor="mm")
    ad = (660, 12, 790, 54)
    d.rounded_rectangle(ad, radius=6, fill=(80, 80, 90))
    text(d, ((ad[0] + ad[2]) // 2, 33), "广告 Ad", 24, (255, 255, 255), bold=True, anchor="mm")
    out.region(name, "her own account, with the platform's tick", acct)
    out.region(name, "marked as an advert", badge_room(ad, 30, 8))
    cart = (0, 372, w, h)
    d.rectangle(cart, fill=(255, 246, 230))
    d.rounded_rectangle((12, 386, 64, 438), radius=8, fill=(120, 190, 110))
    text(d, (38, 412), "店", 26, (255, 255, 255), bold=True, anchor="mm")
    text(d, (76, 376), "青春茶饮官方旗舰店  12瓶 ¥59", 26, (40, 110, 50), bold=True)
    text(d, (76, 412), "Youth Tea official store: 12 for 59 yuan", 24, (90, 90, 80))
    d.rounded_rectangle((616, 378, 792, 446), radius=24, fill=(60, 150, 70))
    text(d, (704, 380), "去看看", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, (704, 408), "Have a look", 24, (235, 250, 235), anchor="ma")
    out.region(name, "the brand's official store, a normal price", cart)
    out.region(name, "plain claims: low sugar, new flavour; a drink, not a medicine", (524, 80, 790, 360))
    out.png(img, name)


# ---------------------------------------------------------------- 5. the museum's labelled AI-voiced guide

def tang_horse(d, x, y, k=1.0):
    """A glazed three-colour pottery horse, standing on a plinth (x, y: the plinth's top centre)."""
    amber, green, cream = (214, 150, 50), (70, 140, 80), (240, 230, 200)
    d.rectangle((x - 90 * k, y, x + 90 * k, y + 16 * k), fill=(120, 90, 60))
    for lx in (-56, -34, 30, 52):
        d.rectangle((x + lx * k, y - 60 * k, x + (lx + 12) * k, y), fill=cream)
    d.ellipse((x - 70 * k, y - 110 * k, x + 70 * k, y - 46 * k), fill=amber)
    d.polygon([(x + 36 * k, y - 102 * k), (x + 56 * k, y - 140 * k), (x + 84 * k, y - 132 * k), (x + 72 * k, y - 84 * k)], fill=amber)
    d.polygon([(x + 50 * k, y - 146 * k), (x + 72 * k, y - 152 * k), (x + 112 * k, y - 118 * k), (x + 104 * k, y - 106 * k), (x + 78 * k, y - 118 * k)], fill=cream)
    d.polygon([(x + 56 * k, y - 146 * k), (x + 58 * k, y - 164 * k), (x + 66 * k, y - 150 * k)], fill=amber)
    d.line((x + 44 * k, y - 110 * k, x + 60 * k, y - 146 * k), fill=green, width=max(3, int(7 * k)))
    d.chord((x - 40 * k, y - 112 * k, x + 30 * k, y - 70 * k), 180, 360, fill=green)
    for k2 in range(5):
        d.line((x - 30 * k + k2 * 14 * k, y - 96 * k, x - 36 * k + k2 * 14 * k, y - 62 * k), fill=green, width=max(2, int(4 * k)))
    d.polygon([(x - 70 * k, y - 90 * k), (x - 94 * k, y - 40 * k), (x - 80 * k, y - 38 * k), (x - 64 * k, y - 76 * k)], fill=cream)


def make_museum_guide(out: Output) -> None:
    """A city museum's audio guide in a synthetic voice that says so at the start; the
    guide screen carries an 'AI voice' label. It asks for nothing. WAV plus picture."""
    from PIL import Image, ImageDraw

    rng = random.Random(1505)
    voice = {"voice": MANDARIN, "rate": 190, "pitch": 46}
    track = Track()
    track.pause(0.5)
    track.add(speak("提示：本讲解使用人工智能合成的声音。", **voice), "notice: this guide uses an AI-made voice")
    track.pause(0.3)
    start = track.seconds
    track.add(beep(0.12, 880, 0.25))
    track.pause(0.08)
    track.add(beep(0.24, 660, 0.25))
    track.marks.append(("chime after the notice", start, track.seconds))
    track.pause(0.4)
    track.add(speak("欢迎来到青山市博物馆。", **voice), "welcome to Qingshan City Museum")
    track.pause(0.35)
    track.add(speak("您面前的这匹唐三彩马，已经有一千三百多年了。", **voice), "Tang three-colour horse, 1,300 years old")
    track.pause(0.35)
    track.add(speak("黄、绿、白三种颜色，是釉彩流动形成的。", **voice), "yellow, green and white glaze")
    track.pause(0.35)
    track.add(speak("参观时请不要使用闪光灯，谢谢。", **voice), "no flash photos, thank you")
    track.pause(0.7)
    x = normalise(track.samples, 0.75)
    room = biquad([rng.uniform(-1, 1) for _ in range(len(x))], SR, "low", 900)
    x = [v + r * 0.02 for v, r in zip(x, room)]
    x = biquad(biquad(x, SR, "high", 120), SR, "low", 6000)
    write_wav(out.path("museum_guide.wav"), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, "museum_guide.wav")
    out.note(f"museum_guide.wav lasts {track.seconds:.1f} s")

    name = "museum_guide.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (246, 244, 240))
    d = ImageDraw.Draw(img)
    # every text at least 24 px: the picture shows at 0.75x beside its sound
    d.rectangle((0, 0, w, 74), fill=(120, 40, 36))
    avatar(d, 38, 37, 26, "博", (200, 150, 60))
    text(d, (76, 4), "青山市博物馆  官方导览", 26, (255, 255, 255), bold=True)
    verified_mark(d, 76 + font(26, True).getlength("青山市博物馆  官方导览") + 16, 21, r=10)
    text(d, (76, 40), "Qingshan Museum · official guide · free", 24, (240, 220, 210))
    header = (8, 2, 560, 72)
    photo = (14, 86, 356, 440)
    pimg = Image.new("RGB", (photo[2] - photo[0], photo[3] - photo[1]))
    vgradient(pimg, (0, 0, pimg.width, pimg.height), (40, 36, 40), (90, 80, 76))
    pd = ImageDraw.Draw(pimg)
    pd.ellipse((30, 10, 310, 150), fill=(70, 64, 62))
    tang_horse(pd, 160, 300, 1.2)
    img.paste(pimg, photo[:2])
    x, width = 370, 420
    y = text_block(d, x, 82, "展品12  唐三彩马", 30, (30, 20, 20), width, bold=True, spacing=1.25)
    y = text_block(d, x, y, "Exhibit 12: Tang three-colour horse", 24, (90, 80, 80), width, spacing=1.25)
    y = text_block(d, x, y + 4, "唐代 二号展厅 · Tang dynasty, Hall 2", 24, (60, 50, 50), width, spacing=1.25)
    label = (x, y + 8, x + 192, y + 76)
    d.rounded_rectangle(label, radius=8, fill=(0, 0, 0))
    text(d, (label[0] + 96, label[1] + 4), "AI合成声音", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, (label[0] + 96, label[1] + 36), "AI-made voice", 24, (225, 225, 225), anchor="ma")
    y = text_block(d, x, label[3] + 6, "本讲解由AI合成声音播放。", 24, (60, 50, 50), width, spacing=1.25)
    y = text_block(d, x, y, "Read by an AI-made voice.", 24, (110, 100, 100), width, spacing=1.25)
    out.region(name, "label and note: the guide's voice is AI-made", (x - 4, label[1] - 4, x + width, y + 2))
    bar = (x, y + 8, x + width, y + 84)
    if bar[3] > h - 4:
        raise SystemExit(f"{name}: the guide does not fit ({bar[3]})")
    d.rounded_rectangle(bar, radius=12, fill=(255, 255, 255), outline=(220, 210, 200))
    by = (bar[1] + bar[3]) // 2
    d.ellipse((x + 10, by - 26, x + 62, by + 26), fill=(120, 40, 36))
    d.polygon([(x + 30, by - 13), (x + 30, by + 13), (x + 52, by)], fill=(255, 255, 255))
    text(d, (x + 74, bar[1] + 4), "语音讲解 Audio guide", 24, (60, 50, 50), bold=True)
    d.rounded_rectangle((x + 74, by + 6, x + 230, by + 12), radius=3, fill=(230, 222, 214))
    d.rounded_rectangle((x + 74, by + 6, x + 110, by + 12), radius=3, fill=(120, 40, 36))
    text(d, (x + 240, by + 9), "00:04 / 00:23", 24, (120, 110, 110), anchor="lm")
    out.region(name, "the museum's own official guide, free", header)
    out.png(img, name)



def official_header(d, zh, en, colour, char):
    """The top of a post by a verified official account: avatar, name, tick, line under it."""
    avatar(d, 44, 40, 26, char, colour)
    text(d, (80, 8), zh, 26, (20, 20, 20), bold=True)
    verified_mark(d, 80 + font(26, True).getlength(zh) + 16, 24, r=10)
    text(d, (80, 42), en, 22, (130, 130, 130))
    return (14, 6, 80 + max(font(26, True).getlength(zh) + 30, font(22).getlength(en)) + 6, 72)


def make_egg_recall(out: Output) -> None:
    """A genuine notice from the city market regulator's verified account: one batch of eggs
    failed a check and is recalled. The photo of the inspection is dim and grainy, and the
    people's faces are pixelated for privacy; the notice names brand, batch, shop and date,
    and sends refunds through the shop or the national 12315 platform."""
    from PIL import Image, ImageDraw, ImageFilter

    from tools.media.draw import blockify

    rng = random.Random(1606)
    name = "egg_recall.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 244, 246))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    header = official_header(d, "青山市市场监管局", "Market Regulation Bureau · official · 1月20日",
                             (30, 90, 170), "监")
    # the photo: a dim storeroom, shelves of egg trays, two inspectors and a shop worker
    pw, ph = 440, 330
    at = (24, 84)
    pic = Image.new("RGB", (pw, ph))
    vgradient(pic, (0, 0, pw, ph), (96, 100, 96), (64, 66, 62))
    p = ImageDraw.Draw(pic)
    for sy in (40, 110, 180):
        p.rectangle((250, sy, pw - 10, sy + 8), fill=(120, 100, 80))
        for k in range(6):
            tx = 256 + k * 30
            p.rectangle((tx, sy - 30, tx + 26, sy), fill=(200, 180, 140))
            for e in range(3):
                p.ellipse((tx + 2 + e * 8, sy - 24, tx + 9 + e * 8, sy - 14), fill=(236, 220, 190))
    faces = []
    for (cx, cy, s, shirt, cap) in ((80, 110, 30, (40, 60, 110), True), (170, 120, 28, (40, 60, 110), True),
                                    (330, 210, 26, (170, 60, 50), False)):
        person(p, cx, cy, s, skin=(214, 176, 146), hair=(30, 30, 30), style="cap" if cap else "short",
               shirt=shirt, collar=None, brows=(30, 30, 30), smile=False)
        if cap:
            p.chord((cx - 0.95 * s, cy - 1.2 * s, cx + 0.95 * s, cy - 0.1 * s), 180, 360, fill=(40, 60, 110))
        faces.append((int(cx - 0.95 * s), int(cy - 1.0 * s), int(cx + 0.95 * s), int(cy + 1.0 * s)))
    # a clipboard and a notice sheet on the trays
    p.rectangle((112, 200, 150, 246), fill=(230, 230, 226))
    for k in range(4):
        p.line((118, 210 + k * 8, 144, 210 + k * 8), fill=(120, 120, 120), width=2)
    pic = pic.filter(ImageFilter.GaussianBlur(0.8))
    grain = noise_layer((pw, ph), rng, "RGB")
    pic = Image.blend(pic, grain, 0.08)
    for box in faces:
        blockify(pic, box, 9)
    k = 0.82                        # the photo shown smaller, so the notice's text can be large
    pic = pic.resize((round(pw * k), round(ph * k)), Image.Resampling.LANCZOS)
    at = (16, 84)
    img.paste(pic, at)
    d = ImageDraw.Draw(img)
    ox, oy = at
    out.region(name, "faces pixelated for privacy; a dim, grainy photo",
               badge_room((ox + k * min(b[0] for b in faces), oy + k * min(b[1] for b in faces),
                           ox + k * max(b[2] for b in faces), oy + k * max(b[3] for b in faces)), 20, 12))
    # the notice: who, what, which batch, where, and how to get a refund
    x, width = 390, 396
    y = text_block(d, x, 80, "抽检通报：一批次鸡蛋不合格", 26, (20, 20, 20), width, bold=True, spacing=1.25)
    y = text_block(d, x, y, "Check: one batch of eggs failed", 22, (80, 80, 80), width, bold=True, spacing=1.2)
    facts = (x - 4, y + 2)
    y = text_block(d, x, y + 6, "品牌：田园鲜  批次：20250110", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "售出：东湖超市  已下架召回", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "Tianyuan Xian eggs, batch 20250110, Donghu Supermarket: recalled.",
                   22, (90, 90, 90), width, spacing=1.2)
    out.region(name, "names the brand, batch, shop and date", (facts[0], facts[1], x + width, y + 2))
    y = text_block(d, x, y + 2, "其他批次不受影响。", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "Other batches are not affected.", 22, (90, 90, 90), width, spacing=1.2)
    refund = (x - 4, y + 6, x + width, y + 128)
    d.rounded_rectangle(refund, radius=10, fill=(236, 244, 252), outline=(150, 180, 220))
    text(d, (x + 6, refund[1] + 6), "凭小票到超市退货，", 22, (30, 60, 120), bold=True)
    text(d, (x + 6, refund[1] + 34), "或在全国12315平台登记", 22, (30, 60, 120), bold=True)
    text(d, (x + 6, refund[1] + 64), "Refund at the shop, or on the", 22, (70, 90, 130))
    text(d, (x + 6, refund[1] + 92), "national 12315 platform. No fee.", 22, (70, 90, 130))
    d.rounded_rectangle((x + 262, refund[1] + 8, x + 384, refund[1] + 50), radius=20, fill=(40, 110, 200))
    text(d, (x + 323, refund[1] + 29), "12315", 22, (255, 255, 255), bold=True, anchor="mm")
    if refund[3] > h - 8:
        raise SystemExit(f"{name}: the notice does not fit ({refund[3]})")
    out.region(name, "refund through the shop or the official 12315 platform, no fee", refund)
    out.region(name, "verified official account, with date", header)
    out.png(img, name)


# ---------------------------------------------------------------- 6b. a real doctor's talk on the hospital's account

def make_hospital_talk(out: Output) -> None:
    """A real cardiologist's health talk, posted on the city hospital's verified account. The
    video frame is blurry and blocky (filmed in a dim hall, compressed); the post invites people
    to book a free blood-pressure check in the hospital's own official account, with name,
    phone and ID number, as real-name hospital booking asks."""
    from PIL import Image, ImageDraw, ImageFilter

    from tools.media.draw import blockify

    rng = random.Random(1616)
    name = "hospital_talk.png"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 244, 246))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    header = official_header(d, "青山市人民医院", "People's Hospital · official · 1月18日",
                             (30, 140, 110), "医")
    # the video frame: a lecture hall, a doctor at a lectern, a slide behind him
    pw, ph = 440, 250
    at = (16, 80)
    pic = Image.new("RGB", (pw, ph))
    vgradient(pic, (0, 0, pw, ph), (70, 66, 60), (40, 38, 36))
    p = ImageDraw.Draw(pic)
    slide = (196, 14, 428, 150)
    p.rectangle(slide, fill=(210, 226, 240))
    text(p, (312, 24), "高血压", 34, (30, 60, 120), bold=True, anchor="ma")
    text(p, (312, 88), "按时吃药 定期测量", 24, (30, 60, 120), bold=True, anchor="ma")
    person(p, 110, 96, 34, skin=(224, 186, 156), hair=(40, 40, 44), style="short", shirt=(250, 250, 252),
           collar=(120, 160, 200), mouth=0.3, glasses=True, brows=(50, 46, 44))
    p.polygon([(60, 170), (160, 170), (150, ph), (70, ph)], fill=(110, 80, 60))
    for k in range(9):
        hx = 10 + k * 50 + rng.randint(-6, 6)
        p.ellipse((hx, 214, hx + 34, 250), fill=(30, 28, 26))
    pic = pic.filter(ImageFilter.GaussianBlur(1.6))
    blockify(pic, (0, 0, pw, ph), 6)
    grain = noise_layer((pw, ph), rng, "RGB")
    pic = Image.blend(pic, grain, 0.05)
    p = ImageDraw.Draw(pic)
    p.rectangle((0, ph - 60, pw, ph), fill=(0, 0, 0))
    text(p, (pw // 2, ph - 58), "降压药不能自己停，有问题先问医生", 22, (255, 255, 255), bold=True, anchor="ma")
    text(p, (pw // 2, ph - 30), "Never stop your pills on your own", 22, (220, 220, 220), anchor="ma")
    img.paste(pic, at)
    d = ImageDraw.Draw(img)
    ox, oy = at
    out.region(name, "the video frame: blurry and blocky (dim hall, compressed)",
               badge_room((ox, oy, ox + pw, oy + ph - 60), 0, 0))
    bar = (ox, oy + ph + 6, ox + 270, oy + ph + 34)
    d.rounded_rectangle((bar[0], bar[1] + 11, bar[2], bar[1] + 17), radius=3, fill=(220, 220, 224))
    d.rounded_rectangle((bar[0], bar[1] + 11, bar[0] + 80, bar[1] + 17), radius=3, fill=(30, 140, 110))
    text(d, (bar[2] + 14, bar[1] + 14), "02:15 / 08:40", 22, (120, 120, 120), anchor="lm")
    text(d, (ox, oy + ph + 38), "心内科 王建国 主任医师", 22, (30, 30, 30), bold=True)
    text(d, (ox, oy + ph + 66), "Dr Wang Jianguo, cardiologist", 22, (100, 100, 100))
    # the post: an invitation to a free check, booked in the hospital's own account
    x, width = 470, 318
    y = text_block(d, x, 80, "本周六上午，门诊楼一楼免费测血压", 24, (20, 20, 20), width, bold=True, spacing=1.25)
    y = text_block(d, x, y, "Free blood-pressure checks, Saturday morning", 22, (80, 80, 80), width, bold=True, spacing=1.2)
    book = (x - 4, y + 4)
    y = text_block(d, x, y + 8, "请在本院官方公众号预约，填写姓名、手机号和身份证号。", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "Book in our official account: name, phone, ID number.", 22, (90, 90, 90), width, spacing=1.2)
    y = text_block(d, x, y + 4, "不收任何费用。", 22, (30, 30, 30), width, bold=True, spacing=1.2)
    y = text_block(d, x, y, "Free of charge.", 22, (90, 90, 90), width, spacing=1.2)
    if y > h - 8:
        raise SystemExit(f"{name}: the post does not fit ({y})")
    out.region(name, "booking asks name, phone and ID, in the hospital's own account; free", (book[0], book[1], x + width, y + 2))
    out.region(name, "the hospital's verified account, with date", header)
    out.png(img, name)


# ---------------------------------------------------------------- 7. the AI-made dating profile

def doctor_woman(d, cx, cy, s, skin, hair, *, coat=True, earrings=True):
    person(d, cx, cy, s, skin=skin, hair=hair, style="long", shirt=(250, 250, 252) if coat else (90, 150, 200),
           collar=(140, 190, 220) if coat else None, mouth=0.0, brows=(50, 36, 30))
    for side in (-1, 1):           # long hair falling over the shoulders
        x0, x1 = sorted((cx + side * 0.78 * s, cx + side * 1.12 * s))
        d.rounded_rectangle((x0, cy - 0.5 * s, x1, cy + 1.8 * s), radius=0.15 * s, fill=hair)
    if coat:
        d.line((cx - 0.35 * s, cy + 1.25 * s, cx - 0.6 * s, cy + 2.4 * s), fill=(70, 70, 80), width=max(2, int(s * 0.07)))
        d.ellipse((cx - 0.72 * s, cy + 2.35 * s, cx - 0.48 * s, cy + 2.6 * s), fill=(150, 150, 160))
    if earrings:
        ey = cy + 0.3 * s
        r = max(4, s * 0.2)
        for ex in (cx - 0.88 * s, cx + 0.88 * s):           # a matching pair of pearl studs
            d.ellipse((ex - r * 0.55, ey + r * 0.2, ex + r * 0.55, ey + r * 1.3), fill=(252, 252, 255),
                      outline=(170, 170, 190), width=2)


def make_romance_profile(out: Output) -> None:
    """A dating profile of a 'widowed surgeon abroad': three AI-made photos, drawn clean (no
    slip to spot); the script gives it away: love by day 2, no video call, then a 'customs
    fee' and secrecy on day 3. 800x450 GIF, 5 frames."""
    from PIL import Image, ImageDraw, ImageFilter

    from tools.media.draw import bubble

    name = "romance_profile.gif"
    w, h = 800, 450
    skin, hair = (246, 214, 190), (40, 28, 26)
    base = Image.new("RGB", (w, h), (250, 244, 246))
    d = ImageDraw.Draw(base)
    d.rectangle((0, 0, w, 64), fill=(230, 80, 120))
    text(d, (18, 32), "‹", 40, (255, 255, 255), anchor="lm")
    text(d, (w // 2, 4), "缘分婚恋  林慧的资料", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, (w // 2, 36), "Dating app · Lin Hui's profile", 22, (255, 230, 236), anchor="ma")
    scale = 0.76               # the photos are drawn large and shown smaller: the text beside them can be large
    # photo 1: in a white coat, hospital corridor behind her
    p1 = (14, 54, 284, 436)
    ph1 = Image.new("RGB", (p1[2] - p1[0], p1[3] - p1[1]))
    vgradient(ph1, (0, 0, ph1.width, ph1.height), (214, 230, 232), (176, 196, 200))
    pd = ImageDraw.Draw(ph1)
    sign = (14, 18, 256, 66)
    pd.rectangle(sign, fill=(40, 120, 110))
    mark = drawn_mark()
    text(pd, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), "外科  Surgery", 30, (240, 255, 250), bold=True, anchor="mm")
    scale_drawn(mark, scale)
    for dx in (0, 210):
        pd.rectangle((dx + 4, 90, dx + 56, 260), fill=(196, 210, 214))
    ph1 = ph1.filter(ImageFilter.GaussianBlur(1.6))           # the 'bokeh' background
    pd = ImageDraw.Draw(ph1)
    doctor_woman(pd, 135, 170, 62, skin, hair)
    ph1 = ph1.filter(ImageFilter.SMOOTH_MORE)                 # too-smooth skin everywhere
    p1 = (10, 72, 10 + round(ph1.width * scale), 72 + round(ph1.height * scale))
    base.paste(ph1.resize((p1[2] - p1[0], p1[3] - p1[1]), Image.Resampling.LANCZOS), p1[:2])
    # photo 2: holding a coffee cup
    p2 = (296, 54, 456, 240)
    ph2 = Image.new("RGB", (p2[2] - p2[0], p2[3] - p2[1]))
    vgradient(ph2, (0, 0, ph2.width, ph2.height), (240, 226, 206), (200, 180, 160))
    pd = ImageDraw.Draw(ph2)
    doctor_woman(pd, 72, 64, 32, skin, hair, coat=False, earrings=False)
    cup = (88, 112, 132, 170)
    pd.rounded_rectangle(cup, radius=5, fill=(250, 250, 250))
    pd.rectangle((88, 124, 132, 138), fill=(150, 100, 70))
    for k in range(4):                                     # four fingers round the cup, the thumb over it
        pd.rounded_rectangle((84, 128 + k * 9, 100, 136 + k * 9), radius=4, fill=shade(skin, 0.92),
                             outline=(180, 130, 110))
    pd.rounded_rectangle((98, 118, 112, 128), radius=4, fill=shade(skin, 0.92), outline=(180, 130, 110))
    ph2 = ph2.filter(ImageFilter.SMOOTH_MORE)
    p2 = (p1[2] + 8, 72, p1[2] + 8 + round(ph2.width * scale), 72 + round(ph2.height * scale))
    base.paste(ph2.resize((p2[2] - p2[0], p2[3] - p2[1]), Image.Resampling.LANCZOS), p2[:2])
    # photo 3: on a beach 'abroad'
    p3 = (296, 250, 456, 436)
    ph3 = Image.new("RGB", (p3[2] - p3[0], p3[3] - p3[1]))
    vgradient(ph3, (0, 0, ph3.width, 100), (110, 180, 240), (190, 226, 250))
    pd = ImageDraw.Draw(ph3)
    pd.rectangle((0, 100, ph3.width, 130), fill=(40, 140, 190))
    pd.rectangle((0, 130, ph3.width, ph3.height), fill=(236, 214, 160))
    pd.line((22, 186, 34, 60), fill=(120, 80, 40), width=6)
    for a in range(0, 360, 60):
        pd.line((34, 60, 34 + 30 * math.cos(math.radians(a)), 60 + 16 * math.sin(math.radians(a))), fill=(40, 130, 60), width=5)
    doctor_woman(pd, 100, 96, 28, skin, hair, coat=False, earrings=False)
    ph3 = ph3.filter(ImageFilter.SMOOTH_MORE)
    p3 = (p2[0], p1[3] - round(ph3.height * scale), p2[0] + round(ph3.width * scale), p1[3])
    base.paste(ph3.resize((p3[2] - p3[0], p3[3] - p3[1]), Image.Resampling.LANCZOS), p3[:2])
    d = ImageDraw.Draw(base)
    for box in (p1, p2, p3):
        d.rectangle(box, outline=(255, 255, 255), width=2)
    # (regions leave room at the top left for the number the feedback screen draws there)
    out.region(name, "three polished photos, drawn clean: nothing odd to spot", (p1[0], p1[1], p3[2], p1[3]))
    hello = (p1[0], p1[3] + 8, p2[2], h - 8)
    d.rounded_rectangle(hello, radius=22, fill=(230, 80, 120))
    text(d, ((hello[0] + hello[2]) // 2, (hello[1] + hello[3]) // 2), "打招呼 Say hello", 22, (255, 255, 255),
         bold=True, anchor="mm")
    # the bio
    x = p2[2] + 14
    width = w - 8 - x
    text(d, (x, 68), "林慧  52岁", 26, (30, 20, 24), bold=True)
    text(d, (x + font(26, True).getlength("林慧  52岁") + 12, 72), "Lin Hui, 52", 22, (110, 90, 100))
    text(d, (x, 104), "丧偶 · 外科医生 · 在国外援助", 22, (60, 50, 54))
    text(d, (x, 132), "Widowed surgeon, aid mission abroad", 22, (120, 110, 114))
    out.region(name, "widowed surgeon abroad: a story that cannot be checked", (x - 4, 66, w - 6, 162))
    d.line((x, 164, w - 8, 164), fill=(230, 210, 216), width=1)
    messages = [
        ("第1天  你好，看了资料觉得很亲切。", "Day 1: Hello, I feel I know you."),
        ("第2天  我爱上你了。网络差，不能视频。", "Day 2: I love you. Bad network, no video."),
        ("第3天  礼物被海关扣了，要交2万清关费。你先垫上，别告诉孩子。",
         "Day 3: Your gift is stuck at customs: 20,000 yuan fee. Pay it; tell no children."),
    ]
    frames, durations, boxes = [], [], []
    for shown in range(len(messages) + 1):
        img = base.copy()
        fd = ImageDraw.Draw(img)
        y = 168
        for zh, en in messages[:shown]:
            box = bubble(fd, x, y, zh, en, width=width, pad=5, sizes=(22, 22), leading=(27, 25))
            boxes.append(box)
            y = box[3] + 5
        if y - 5 > h - 2:
            raise SystemExit(f"romance chat does not fit ({y - 5})")
        frames.append(img)
        durations.append((2500, 2500, 5000, 7000)[shown])   # day 2 from 5 s, day 3 from 10 s to 17 s
    out.gif(frames, durations, name, colours=96)
    last = boxes[-len(messages):]
    out.region(name, "day 3: a 'customs fee' of 20,000 yuan; keep it from your children", last[2])
    out.region(name, "day 2: love already, but 'bad network, no video'", last[1])
    out.note(f"{name}: {sum(durations) / 1000:.1f} s; frames start at "
             + ", ".join(f"{sum(durations[:i]) / 1000:.1f}" for i in range(len(durations))))


# ---------------------------------------------------------------- 8. the AI-voiced "founder" investment video

def make_founder_video(out: Output) -> None:
    """Stage footage of a 'tech founder' with an AI voice laid over it (as in the 2024
    voice-imitation videos of a well-known entrepreneur): lips late, then shut while the
    voice goes on, then moving in a pause; a flat, dry voice in a big hall; a QR code to
    an 'investment group'. 640x360 MP4, 12 fps, under 12 s."""
    from PIL import Image, ImageDraw

    rng = random.Random(1808)
    voice = {"voice": MANDARIN, "rate": 215, "pitch": 36}
    lines = [
        ("大家好，我是星辰科技的周明。", "Hello everyone, I'm Zhou Ming of Xingchen Tech."),
        ("我们推出AI理财，", "We have launched AI investing:"),
        ("保本保息，每月稳赚三成。", "no risk, a sure 30% profit every month."),
        ("今晚截止，快扫码进群！", "Ends tonight. Scan the code and join!"),
    ]
    track = Track()
    track.pause(0.6)
    spans = []
    for i, (zh, en) in enumerate(lines):
        start = track.seconds
        track.add(speak(zh, **voice), en)
        spans.append((start, track.seconds))
        track.pause(0.7 if i == 2 else 0.25)
    track.pause(0.4)
    duration = track.seconds
    if duration > 12:
        raise SystemExit(f"founder video too long: {duration:.1f} s {spans}")
    # hall murmur under a voice that has no echo of the hall at all
    murmur = biquad([rng.uniform(-1, 1) for _ in range(len(track.samples))], SR, "low", 500)
    murmur = normalise(murmur, 0.05)
    x = [v + m for v, m in zip(normalise(track.samples, 0.75), murmur)]
    samples = normalise(biquad(biquad(x, SR, "high", 100), SR, "low", 7000), 0.8)
    # the lips belong to other footage: late at first, shut during line 3, moving in the pause after it
    env = envelope(track.samples, SR, FPS)
    top = max(env) or 1.0
    lag = round(0.5 * FPS)
    l3, pause3 = spans[2], (spans[2][1], spans[3][0])

    def lips(f):
        t = f / FPS
        if l3[0] <= t < l3[1]:
            return 0.0
        if pause3[0] <= t < pause3[1]:
            return 0.55 if f % 3 else 0.2
        i = f - lag
        v = env[i] / top if 0 <= i < len(env) else 0.0
        return 0.0 if v < 0.12 else min(1.0, v * 1.4)

    w, h = VIDEO_SIZE
    stage = Image.new("RGB", (w, h))
    vgradient(stage, (0, 0, w, h), (20, 24, 60), (6, 8, 20))
    d = ImageDraw.Draw(stage)
    screen = (150, 18, 490, 150)
    d.rectangle(screen, fill=(30, 90, 180))
    for k in range(6):
        d.line((screen[0], screen[1] + 22 * k, screen[2], screen[1] + 22 * k + 40), fill=(40, 110, 200), width=8)
    text(d, (320, 58), "星辰科技", 34, (255, 255, 255), bold=True, anchor="mm")
    text(d, (320, 100), "年度发布会  Annual launch", 20, (210, 230, 255), anchor="mm")
    d.polygon([(0, 250), (w, 250), (w, h), (0, h)], fill=(30, 30, 40))
    skin = (226, 186, 156)
    frames = []
    for f in range(math.ceil(duration * FPS)):
        t = f / FPS
        img = stage.copy()
        d = ImageDraw.Draw(img)
        cx = 300 + 8 * math.sin(t * 0.9)
        cy = 176
        s = 44
        person(d, cx, cy, s, skin=skin, hair=(26, 24, 24), style="short", shirt=(30, 30, 34), collar=None,
               mouth=lips(f), blink=(f % 40 == 7), brows=(26, 24, 24))
        d.line((cx + 0.8 * s, cy + 1.1 * s, cx + 1.05 * s, cy + 2.2 * s), fill=(20, 20, 20), width=7)
        d.ellipse((cx + 0.6 * s, cy + 0.85 * s, cx + 1.0 * s, cy + 1.25 * s), fill=(60, 60, 66))
        hand(d, cx + 1.05 * s, cy + 2.3 * s, 14, skin)
        # overlays of a re-posted clip
        d.rounded_rectangle((6, 6, 244, 58), radius=24, fill=(0, 0, 0))
        avatar(d, 30, 32, 20, "财", (200, 140, 40))
        text(d, (56, 6), "财经内幕分享", 20, (255, 255, 255), bold=True)
        text(d, (56, 32), "'Finance insider tips'", 18, (210, 210, 210))
        d.rounded_rectangle((494, 6, 634, 60), radius=6, fill=(220, 30, 40))
        text(d, (564, 8), "今晚24点截止", 20, (255, 255, 255), bold=True, anchor="ma")
        text(d, (564, 34), "Ends midnight", 18, (255, 235, 235), anchor="ma")
        qr_box = (522, 180, 630, 288)
        fake_qr(d, qr_box, random.Random(18))
        d.rectangle((500, 288, 638, 352), fill=(255, 236, 60))
        text(d, (569, 292), "扫码进群", 20, (180, 0, 0), bold=True, anchor="ma")
        text(d, (569, 320), "Scan: join", 18, (120, 0, 0), anchor="ma")
        current = next((i for i in reversed(range(len(spans))) if spans[i][0] - 0.1 <= t < spans[i][1] + 0.3), None)
        if current is not None:
            zh, en = lines[current]
            d.rectangle((12, 292, 492, 352), fill=(0, 0, 0))
            text(d, (252, 294), zh, 20, (255, 255, 255), bold=True, anchor="ma")
            text(d, (252, 322), en, 18, (220, 220, 220), anchor="ma")
        frames.append(img)
    path = out.path("founder_invest.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "founder_invest.mp4")
    out.note(f"founder_invest.mp4 lips 0.5 s late in lines 1-2 and 4; shut during line 3 "
             f"[{l3[0]:.1f}, {l3[1]:.1f}]; moving in the silent pause [{pause3[0]:.1f}, {pause3[1]:.1f}]; "
             f"lasts {duration:.1f} s")
    out.region("founder_invest.mp4", "his mouth (compare with the voice)", badge_room((300 - 50, 176 - 50, 300 + 50, 176 + 50)))
    out.region("founder_invest.mp4", "unofficial account, QR code to a group, midnight deadline", (494, 4, 640, 354))
    out.check_video(path)


# ---------------------------------------------------------------- 9. the real sun-halo news photo

def make_halo_photo(out: Output) -> None:
    """A real news photo from a city paper's official account: a 22-degree sun halo over
    the main square. The perfect ring and the green flare spots look unreal, but the post
    names the source, time, place and photographer, and the weather office explains it."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(1909)
    name = "sun_halo_photo.jpg"
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, 340), (40, 96, 176), (176, 206, 232))
    sun = (300, 150)
    # high thin cloud
    haze = Image.new("L", (w, h), 0)
    hd = ImageDraw.Draw(haze)
    for _ in range(26):
        y = rng.randint(60, 300)
        x = rng.randint(-100, w)
        hd.ellipse((x, y, x + rng.randint(160, 360), y + rng.randint(10, 26)), fill=rng.randint(30, 60))
    haze = haze.filter(ImageFilter.GaussianBlur(10))
    img = Image.composite(Image.new("RGB", (w, h), (236, 240, 246)), img, haze)
    # the halo: a ring of about 22 degrees, red on the inside edge, the sky darker inside it
    ring = Image.new("RGB", (w, h))
    rd = ImageDraw.Draw(ring)
    r = 118
    for k, colour in enumerate(((90, 40, 20), (110, 80, 40), (96, 96, 80), (70, 80, 96), (40, 50, 70))):
        rr = r + k * 4
        rd.ellipse((sun[0] - rr, sun[1] - rr, sun[0] + rr, sun[1] + rr), outline=colour, width=5)
    ring = ring.filter(ImageFilter.GaussianBlur(3))
    img = ImageChops.add(img, ring)
    inner = Image.new("L", (w, h), 0)
    ImageDraw.Draw(inner).ellipse((sun[0] - r + 6, sun[1] - r + 6, sun[0] + r - 6, sun[1] + r - 6), fill=40)
    img = Image.composite(Image.new("RGB", (w, h), (30, 70, 140)), img, inner.filter(ImageFilter.GaussianBlur(8)))
    glow = Image.new("RGB", (w, h))
    gd = ImageDraw.Draw(glow)
    for rr in range(60, 0, -5):
        k = (60 - rr) / 60
        gd.ellipse((sun[0] - rr, sun[1] - rr, sun[0] + rr, sun[1] + rr), fill=(int(255 * k), int(250 * k), int(230 * k)))
    img = ImageChops.add(img, glow.filter(ImageFilter.GaussianBlur(6)))
    d = ImageDraw.Draw(img)
    d.ellipse((sun[0] - 13, sun[1] - 13, sun[0] + 13, sun[1] + 13), fill=(255, 255, 250))
    # the square: buildings with real, readable signs, and people holding up phones
    d.rectangle((0, 330, w, h), fill=(120, 116, 110))
    for bx, bw, top in ((0, 150, 270), (150, 120, 292), (520, 160, 262), (680, 120, 284)):
        d.rectangle((bx, top, bx + bw, 340), fill=(86, 88, 96))
        for wy in range(top + 30, 330, 18):
            for wx in range(bx + 8, bx + bw - 10, 18):
                d.rectangle((wx, wy, wx + 9, wy + 9), fill=(150, 160, 176))
    for (sx, sy, words, colour) in ((14, 278, "新华书店", (180, 30, 30)), (534, 270, "人民广场", (30, 80, 160))):
        d.rectangle((sx, sy, sx + 4 * 24 + 16, sy + 30), fill=colour)
        text(d, (sx + 8, sy + 3), words, 22, (255, 240, 200), bold=True)
    for px in range(40, w, 52):
        py = 360 + rng.randint(-6, 6)
        d.ellipse((px - 9, py - 40, px + 9, py - 22), fill=(40, 36, 34))
        d.rounded_rectangle((px - 14, py - 24, px + 14, py + 30), radius=8, fill=rng.choice([(60, 70, 90), (120, 50, 50), (60, 90, 70)]))
        if rng.random() < 0.6:
            d.line((px + 8, py - 18, px + 20, py - 52), fill=(40, 36, 34), width=5)
            d.rectangle((px + 14, py - 66, px + 28, py - 46), fill=(30, 30, 34))
    # lens flare: green and purple spots on the line from the sun through the middle of the frame
    flare = Image.new("RGB", (w, h))
    fd = ImageDraw.Draw(flare)
    flares = []
    for k, rad, colour in ((0.55, 14, (20, 60, 30)), (1.0, 22, (30, 70, 40)), (1.55, 10, (50, 20, 60))):
        fx = 400 + (400 - sun[0]) * k
        fy = 225 + (225 - sun[1]) * k
        pts = [(fx + rad * math.cos(a / 6 * 2 * math.pi), fy + rad * math.sin(a / 6 * 2 * math.pi)) for a in range(6)]
        fd.polygon(pts, fill=colour)
        flares.append((fx - rad, fy - rad, fx + rad, fy + rad))
    img = ImageChops.add(img, flare.filter(ImageFilter.GaussianBlur(2)))
    grain = noise_layer((w, h), rng, "RGB")
    img = Image.blend(img, grain, 0.06)
    out.region(name, "the ring around the sun: a sun halo from ice crystals",
               (sun[0] - r - 26, max(70, sun[1] - r - 26), sun[0] + r + 26, sun[1] + r + 26))
    out.region(name, "green and purple spots: lens flare from shooting into the sun",
               (min(b[0] for b in flares) - 8, min(b[1] for b in flares) - 8,
                max(b[2] for b in flares) + 8, max(b[3] for b in flares) + 8))
    d = ImageDraw.Draw(img)
    top = (0, 0, w, 70)
    d.rectangle(top, fill=(18, 24, 36))
    avatar(d, 36, 35, 26, "报", (200, 40, 40))
    text(d, (72, 4), "青山日报  官方账号", 24, (255, 255, 255), bold=True)
    verified_mark(d, 72 + font(24, True).getlength("青山日报  官方账号") + 16, 20, r=10)
    text(d, (72, 38), "Qingshan Daily · official · today 12:40", 22, (190, 200, 215))
    cap = (0, h - 92, w, h)
    d.rectangle(cap, fill=(18, 24, 36))
    text(d, (14, h - 90), "中午市区上空出现“日晕”，气象台：阳光穿过高空冰晶形成。", 22, (255, 255, 255))
    text(d, (14, h - 61), "Noon sun halo. Weather office: sunlight through high ice crystals.", 22, (200, 205, 215))
    text(d, (14, h - 32), "（人民广场，记者李明摄） (People's Square; photo: reporter Li Ming)", 22, (200, 205, 215))
    out.region(name, "source, time, place, photographer, and the weather office's explanation", top)
    out.region(name, "caption: place, photographer, weather office", cap)
    out.jpeg(img, name, quality=60)


# ---------------------------------------------------------------- 10. the neighbour's real panorama

def make_panorama(out: Output) -> None:
    """A neighbour's phone panorama of a dragon dance on the square, posted in the residents'
    group: the same dancer appears twice, the straight railing bends, and the dragon breaks
    at a stitching seam with a brightness step. All normal for panoramas; nobody asks for anything."""
    from PIL import Image, ImageDraw, ImageEnhance

    from tools.media.draw import bubble

    rng = random.Random(2010)
    name = "neighbour_panorama.jpg"
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (236, 236, 236))
    d = ImageDraw.Draw(img)
    top = chat_top(d, w, "幸福里业主群(312)", "Residents' group (312)")
    style = {"pad": 6, "sizes": (22, 22), "leading": (28, 26)}
    avatar(d, 26, top + 26, 20, "王", (200, 110, 140))
    b1 = bubble(d, 54, top + 6, "今晚广场上舞龙，太热闹了！手机拍的全景。",
                "Dragon dance on the square! A panorama from my phone.", width=740, **style)
    # the panorama, drawn wide at low resolution
    pw, ph = 360, 128
    pano = Image.new("RGB", (pw, ph))
    vgradient(pano, (0, 0, pw, 70), (40, 40, 80), (150, 100, 110))
    p = ImageDraw.Draw(pano)
    def bend(x, y, k=16):       # a panorama sweep bends straight lines into an arch
        return y - k * (1 - ((x - pw / 2) / (pw / 2)) ** 2)
    roof = [(x, bend(x, 58, 10)) for x in range(0, pw + 1, 6)]
    p.polygon(roof + [(pw, 96), (0, 96)], fill=(70, 64, 70))
    for x in range(8, pw, 16):
        y = bend(x, 66, 10)
        p.rectangle((x, y, x + 6, y + 8), fill=(250, 220, 140))
    for x in range(0, pw, 14):   # string lights
        p.ellipse((x - 2, bend(x, 30, 6) - 2, x + 2, bend(x, 30, 6) + 2), fill=(255, 230, 150))
    p.rectangle((0, 92, pw, ph), fill=(110, 104, 100))
    # dancers and the dragon
    dragon = []
    for i in range(16):
        x = 60 + i * 15
        y = 66 + 6 * math.sin(i * 0.9)
        dragon.append((x, y))
    for x, y in dragon[::3]:
        p.line((x, y, x, 96), fill=(60, 40, 30), width=2)
        p.ellipse((x - 3, 86, x + 3, 92), fill=(230, 190, 160))
        p.rectangle((x - 4, 92, x + 4, 110), fill=(200, 40, 40))
    for x, y in dragon:
        p.ellipse((x - 8, y - 6, x + 8, y + 6), fill=(220, 40, 30))
        p.ellipse((x - 4, y - 3, x + 4, y + 3), fill=(250, 200, 40))
    hx, hy = dragon[-1]
    p.ellipse((hx, hy - 10, hx + 20, hy + 8), fill=(240, 190, 30))
    p.ellipse((hx + 12, hy - 6, hx + 16, hy - 2), fill=(20, 20, 20))
    # the same woman in a pink coat, twice: she walked along while the phone swept
    def woman(x):
        p.ellipse((x - 4, 80, x + 4, 88), fill=(230, 190, 160))
        p.ellipse((x - 5, 78, x + 5, 84), fill=(30, 24, 24))
        p.rectangle((x - 6, 88, x + 6, 110), fill=(240, 120, 170))
        p.line((x + 6, 94, x + 12, 88), fill=(240, 120, 170), width=3)
        p.pieslice((x + 8, 80, x + 20, 92), 180, 360, fill=(250, 220, 60))
    woman(40)
    woman(312)
    # the railing in front: straight in life, bent by the sweep
    rail = [(x, bend(x, 116, -12)) for x in range(0, pw + 1, 4)]
    p.line(rail, fill=(200, 200, 200), width=2)
    for x in range(0, pw, 12):
        p.line((x, bend(x, 116, -12), x, ph), fill=(190, 190, 190), width=1)
    # a child running past: smeared
    child = Image.new("RGBA", (pw, ph))
    cd = ImageDraw.Draw(child)
    cd.ellipse((262, 92, 270, 100), fill=(230, 190, 160, 255))
    cd.rectangle((261, 100, 271, 116), fill=(40, 120, 200, 255))
    pano = pano.convert("RGBA")
    pano.alpha_composite(motion_blur(child, 14, 0, steps=7))
    pano = pano.convert("RGB")
    # the stitching seam: the right part sits 3 px higher and is a little brighter
    seam = 214
    right = pano.crop((seam, 0, pw, ph))
    right = ImageEnhance.Brightness(right).enhance(1.12)
    pano.paste(right, (seam, -3))
    k = 640 / pw                # shown smaller than before, so the chat's text can be large
    pano = pano.resize((640, round(ph * k)))
    grain = noise_layer(pano.size, rng, "RGB")
    pano = Image.blend(pano, grain, 0.07)
    at = (54, b1[3] + 6)
    img.paste(pano, at)
    d = ImageDraw.Draw(img)
    ox, oy = at
    out.region(name, "the same woman in pink appears twice", (ox, oy + 70 * k, ox + pano.width, oy + 112 * k))
    out.region(name, "the straight railing bends into a curve", (ox, oy + 100 * k, ox + pano.width, oy + 128 * k))
    out.region(name, "stitching seam: the dragon steps up, the right side is brighter",
               badge_room((ox + (seam - 20) * k, oy + 40 * k, ox + (seam + 20) * k, oy + 120 * k)))
    out.region(name, "a running child, smeared", (ox + 250 * k, oy + 88 * k, ox + 290 * k, oy + 120 * k))
    y = oy + pano.height + 6
    avatar(d, 26, y + 26, 20, "李", (90, 150, 200))
    b2 = bubble(d, 54, y, "拍得真好！明年我也去。", "Lovely photo! I'll go next year.", width=500, **style)
    if b2[3] > h - 2:
        raise SystemExit(f"{name}: the chat does not fit ({b2[3]})")
    out.jpeg(img, name, quality=70)



# ------------------------------------------------------------------- 12. knee-patch feed advert (fake)

def make_knee_feed(out: Output) -> None:
    """A short-video advert on the phone, in Chinese and in English: a well-known bone doctor's
    face selling knee patches from a shop's account, 'pain gone in 3 days', no AI label. Drawn clean: no slip to spot; the account, the claim and the rush give it away."""
    from tools.media import phone

    name = "knee_feed.png"
    doctor = phone.sample_face(style="bald", hair=(96, 88, 80), shirt=(246, 246, 250), glasses=True,
                               wrinkles=True, mouth=0.25, wall=((214, 232, 236), (170, 200, 206)))
    account = {"zh": "@好物铺", "en": "@HaoWu"}
    caption = ("王教授：一贴膝盖不疼，三天见效！", "Prof. Wang: no knee pain in 3 days!")
    phones = []
    for lang in ("zh", "en"):
        img, tag = phone.feed(face=doctor, account=account[lang], caption=caption, lang=lang,
                              product=("加好友下单", "Add me"))
        rows = phone.lines_of(caption, lang, phone.TEXT, phone.W - 124)
        if len(rows) > 3:
            raise SystemExit(f"{name}: the caption takes {len(rows)} lines in {lang}; the feed shows 3")
        phones.append((img, tag, len(rows)))
    picture, xs = phone.phones_side_by_side([img for img, _, _ in phones])
    out.png(picture, name)
    # where feed() puts the account line, the caption and the product button (its own layout)
    tops = [tag[1] for _, tag, _ in phones]
    ends = [tag[1] + 52 + phone.STEP * rows for _, tag, rows in phones]
    out.region(name, "a shop's account, not the doctor's, and no AI label",
               (xs[0] + 8, min(tops) - 4, xs[1] + phone.W - 92, max(tops) + 48))
    out.region(name, "one patch, knee pain gone in 3 days",
               (xs[0] + 8, min(tops) + 48, xs[1] + phone.W - 92, max(ends) + 2))
    out.region(name, "the button: add a private account to order",
               (xs[0] + 8, phone.BOTTOM - 84, xs[1] + phone.W - 92, phone.BOTTOM - 20))

JOBS = {   # job name -> function(out)
    "tv_doctor": make_tv_doctor,
    "tourism_poster": make_tourism_poster,
    "quake_rumour": make_quake_rumour,
    "singer_ad": make_singer_ad,
    "museum_guide": make_museum_guide,
    "egg_recall": make_egg_recall,
    "hospital_talk": make_hospital_talk,
    "romance_profile": make_romance_profile,
    "founder_video": make_founder_video,
    "halo_photo": make_halo_photo,
    "panorama": make_panorama,
    "knee_feed": make_knee_feed,
}
