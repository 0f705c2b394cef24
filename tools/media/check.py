"""The learning-check pack's media (scenarios/check/media/): sixteen clips for ten matched pairs.

The check pack is a short test before practice and a matched test after it. Each
pair (one ``pre_`` item, one ``post_`` item) is drawn or voiced by the SAME helper
with different people, places and words, so both items show the same kind of
tell (or the same innocent oddity) at about the same strength:

- ``phone_audio``: a short phone call, either a clean, flat, breathless clone or a
  real relative on a noisy line (drop-outs, breaths, background noise);
- ``live_ad``: a live-selling still with a pasted-on face and a six-fingered hand;
- ``official_chat``: a GIF of a video call and chat from a fake "official" (larger type than the
  kit's bubbles, because the clip is shown scaled down);
- ``rumour_picture``: an AI "news" picture with shadows falling towards the sun;
- ``labelled_post``: a real post whose AI picture is labelled, as the rules ask;
- ``network_gif``: a real video call made blocky and frozen by a weak network;
- ``romance_profile``: a too-perfect AI profile photo and a chat asking for money.

The two ``call`` pairs have no media (the game draws and voices them).
Run through ``tools/make_media.py --only check --notes``. Fixed seeds, no
timestamps: the same bytes every run. No real person's face or voice.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (bubble, call_overlay, call_screen, face_features, fringe, hair_and_head, hand,
                              macroblocks, motion_blur, pseudo_glyphs, shade, swapped_face, torso, vgradient,
                              wave_warp)
from tools.media.output import Output
from tools.media.sound import (MANDARIN, Track, band, beep, biquad, breath, mix_into, normalise, resample, speak,
                               write_wav)
from tools.media.spec import PHONE_SR, SR
from tools.media.starter import flower, grandpa_selfview
from tools.media.text import font, text, text_block, wrap

PACK = "check"
MAX_AUDIO_SECONDS = 15.0


# ---------------------------------------------------------------- phone audio

def phone_audio(out: Output, name: str, lines, voice: dict, seed: int, *, real: bool, noise: str = "") -> None:
    """A phone call of ``lines`` [(text, label, gap)] in one voice.

    A clone (``real=False``) is clean and even: no breath, the same short gaps,
    a faint steady hiss. A real call (``real=True``) has breaths between lines,
    a background (``noise``: "site" or "station") and short drop-outs of the line.
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
        else:                          # a station hall: crowd murmur and a two-tone chime
            bed = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 250, 1400)
            x = [v + b for v, b in zip(x, normalise(bed, 0.09))]
            chime = beep(0.35, 784, 0.22) + beep(0.45, 659, 0.22)
            mix_into(x, chime, 0.6)
            out.note(f"{name} at [0.6, 1.4]  station chime")
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


CLONE_VOICE = dict(voice=MANDARIN, rate=190, pitch=56)


def make_grandson_clone(out: Output) -> None:
    phone_audio(out, "pre_grandson_call.wav", [
        ("爷爷，是我，小军。", "it's me, Xiaojun", 0.2),
        ("我跟人打架，被扣在派出所了。", "a fight, held at the police station", 0.2),
        ("手机被收了，这是借的电话。", "phone taken, borrowed phone", 0.2),
        ("要交三万块，别告诉我妈！", "30,000 yuan, don't tell Mum", 0.2),
        ("等会儿有人去家里拿钱。", "someone comes to the house for the money", 0.0),
    ], CLONE_VOICE, 1101, real=False)
    call_screen(out, "pre_grandson_screen.png", caller_zh="未知号码", caller_en="Unknown number",
                number="170 **** 2837", avatar="?", avatar_bg=(110, 118, 130),
                note_zh="未存入通讯录", note_en="Not in your contacts", note_colour=(230, 160, 40),
                timer="00:14")


def make_son_clone(out: Output) -> None:
    phone_audio(out, "post_son_call.wav", [
        ("爸，是我，阿强。", "it's me, Aqiang", 0.2),
        ("我开车撞了人，手机也摔坏了。", "hit someone with the car, phone broken", 0.2),
        ("这是别人的电话。", "someone else's phone", 0.2),
        ("要赔两万，千万别告诉我妈！", "20,000 yuan, don't tell Mum", 0.2),
        ("我朋友马上去家里拿现金。", "a friend comes to the house for the cash", 0.0),
    ], dict(CLONE_VOICE, pitch=50), 1102, real=False)
    call_screen(out, "post_son_screen.png", caller_zh="未知号码", caller_en="Unknown number",
                number="165 **** 4410", avatar="?", avatar_bg=(110, 118, 130),
                note_zh="未存入通讯录", note_en="Not in your contacts", note_colour=(230, 160, 40),
                timer="00:13")


def make_son_site(out: Output) -> None:
    phone_audio(out, "pre_son_site_call.wav", [
        ("爸，我在工地，这边太吵了。", "at the building site, very noisy", 0.25),
        ("今晚加班，不回去吃饭了。", "working late, not home for dinner", 0.25),
        ("喂？听得到吗？", "hello? can you hear me", 0.3),
        ("你们先吃，别等我。先挂了啊。", "eat without me, bye", 0.0),
    ], dict(voice=MANDARIN, rate=195, pitch=44), 1201, real=True, noise="site")
    call_screen(out, "pre_son_site_screen.png", caller_zh="儿子 阿明", caller_en="Son (Aming)",
                number="139 **** 5208", avatar="明", avatar_bg=(70, 120, 200),
                note_zh="通讯录：儿子的手机", note_en="Saved contact: son's mobile",
                note_colour=(90, 190, 120), timer="00:12")


def make_granddaughter_station(out: Output) -> None:
    phone_audio(out, "post_granddaughter_call.wav", [
        ("奶奶，我在火车站，好吵啊。", "at the station, very noisy", 0.25),
        ("火车晚点了，我晚两个小时到。", "train late, two hours later", 0.25),
        ("喂？听得到吗？", "hello? can you hear me", 0.3),
        ("不用来接，我自己打车回去。", "no need to pick me up, taking a taxi", 0.0),
    ], dict(voice=MANDARIN + "+f4", rate=175, pitch=60), 1202, real=True, noise="station")
    call_screen(out, "post_granddaughter_screen.png", caller_zh="孙女 小雨", caller_en="Granddaughter (Xiaoyu)",
                number="186 **** 7713", avatar="雨", avatar_bg=(214, 96, 128),
                note_zh="通讯录：孙女的手机", note_en="Saved contact: granddaughter's mobile",
                note_colour=(90, 190, 120), timer="00:12")


# ---------------------------------------------------------------- live-selling ads

def live_ad(out: Output, name: str, *, seed: int, bg, presenter: dict, account_zh: str, account_en: str,
            tag_zh: str, product_zh: str, product_en: str, box_colour, claims_zh, claims_en: str,
            price_zh: str, price_en: str) -> None:
    """An 800x450 live-stream still: a presenter with a pasted-on face holding a product
    in a six-fingered hand, miracle claims, a countdown and a 'join the group' button."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), bg[0], bg[1])
    d = ImageDraw.Draw(img)
    # a studio shelf behind, with boxes whose labels are scribbles
    d.rectangle((24, 96, 120, 330), fill=shade(bg[0], 0.8))
    for y in (120, 190, 260):
        d.rectangle((24, y + 50, 120, y + 56), fill=shade(bg[0], 0.6))
        for bx in (30, 62, 92):
            d.rectangle((bx, y + 8, bx + 24, y + 50), fill=box_colour)
            pseudo_glyphs(d, (bx + 3, y + 16, bx + 21, y + 40), 1, (255, 240, 200), rng, stroke=1)
    cx, cy, s = 250, 190, 66
    body_skin = presenter["body_skin"]
    torso(d, cx, cy, s, presenter["shirt"], collar=presenter["collar"], neck=shade(body_skin, 0.92))
    if presenter.get("coat"):
        d.polygon([(cx - 0.45 * s, cy + 1.15 * s), (cx - 0.05 * s, cy + 3.9 * s), (cx - 1.1 * s, cy + 3.9 * s)],
                  fill=(238, 238, 242))
        d.polygon([(cx + 0.45 * s, cy + 1.15 * s), (cx + 0.05 * s, cy + 3.9 * s), (cx + 1.1 * s, cy + 3.9 * s)],
                  fill=(238, 238, 242))
    tag_w = font(15, True).getlength(tag_zh) + 20
    tag = (cx - 0.6 * s - tag_w, cy + 2.0 * s, cx - 0.6 * s, cy + 2.45 * s)
    d.rounded_rectangle(tag, radius=4, fill=(255, 255, 255), outline=(150, 150, 160))
    text(d, ((tag[0] + tag[2]) / 2, (tag[1] + tag[3]) / 2), tag_zh, 15, (40, 60, 90), bold=True, anchor="mm")
    if presenter["style"] == "long":     # hair down to the shoulders, and earrings
        for side in (-1, 1):
            x0 = cx + side * 0.62 * s
            d.rounded_rectangle((min(x0, x0 + side * 0.5 * s), cy - 0.5 * s, max(x0, x0 + side * 0.5 * s), cy + 1.9 * s),
                                radius=0.25 * s, fill=presenter["hair"])
    hair_and_head(d, cx, cy, s, body_skin, presenter["hair"], presenter["style"])
    fringe(d, cx, cy, s, presenter["hair"], presenter["style"])
    if presenter["style"] == "long":
        for side in (-1, 1):
            ex = cx + side * 0.88 * s
            d.ellipse((ex - 6, cy + 0.28 * s, ex + 6, cy + 0.28 * s + 12), fill=(240, 200, 80))
    layer, mask = swapped_face((w, h), cx + 5, cy + 7, s, presenter["face_skin"], mouth=0.35,
                               glasses=presenter.get("glasses", False), brows=presenter["brows"],
                               soften=3, feather=5)
    img.paste(layer, (0, 0), mask)
    fringe(ImageDraw.Draw(img), cx, cy, s, presenter["hair"], presenter["style"])
    out.region(name, "face seam: paler, softer face pasted on, blurred rim at the cheeks and jaw",
               (cx - 0.95 * s, cy - 0.95 * s, cx + 1.0 * s, cy + 1.25 * s))
    # the product, held up by a hand with six fingers
    d = ImageDraw.Draw(img)
    box = (356, 236, 470, 340)
    d.rounded_rectangle(box, radius=6, fill=box_colour, outline=(250, 210, 90), width=4)
    text(d, ((box[0] + box[2]) / 2, box[1] + 30), product_zh, 24, (255, 230, 120), bold=True, anchor="mm")
    text(d, ((box[0] + box[2]) / 2, box[1] + 58), product_en, 12, (255, 255, 255), anchor="mm")
    d.ellipse((box[0] + 34, box[1] + 70, box[2] - 34, box[3] - 10), fill=(250, 210, 90))
    hand_layer = Image.new("RGBA", (w, h))
    hd = ImageDraw.Draw(hand_layer)
    hd.line((cx + 1.2 * s, cy + 3.4 * s, 392, 372), fill=presenter["shirt"] + (255,), width=34)
    hand(hd, 396, 352, 27, body_skin + (240,), fingers=6, spread=1.0)
    img.paste(hand_layer, (0, 0), hand_layer)
    out.region(name, "hand with six fingers on the box", (350, 288, 444, 390))
    d = ImageDraw.Draw(img)
    # live-app overlays
    d.rounded_rectangle((12, 12, 262, 60), radius=24, fill=(0, 0, 0))
    d.ellipse((16, 16, 56, 56), fill=(40, 150, 120))
    text(d, (36, 36), account_zh[0], 20, (255, 255, 255), bold=True, anchor="mm")
    text(d, (64, 17), account_zh, 16, (255, 255, 255), bold=True)
    text(d, (64, 39), account_en, 11, (210, 210, 210))
    d.rounded_rectangle((198, 22, 256, 50), radius=14, fill=(250, 60, 90))
    text(d, (227, 36), "关注", 14, (255, 255, 255), bold=True, anchor="mm")
    d.rounded_rectangle((690, 16, 786, 42), radius=12, fill=(240, 40, 60))
    text(d, (738, 29), "直播中 LIVE", 12, (255, 255, 255), bold=True, anchor="mm")
    text(d, (738, 56), "在线 3.6万", 12, (40, 40, 40), bold=True, anchor="mm")
    # the claims
    claims = (496, 96, 788, 252)
    d.rounded_rectangle(claims, radius=12, fill=(190, 20, 30))
    y = claims[1] + 12
    for line in claims_zh:
        text(d, ((claims[0] + claims[2]) / 2, y + 20), line, 30, (255, 236, 60), bold=True, anchor="mm")
        y += 44
    text_block(d, claims[0] + 14, y + 4, claims_en, 13, (255, 255, 255), claims[2] - claims[0] - 28, bold=True)
    out.region(name, "miracle claims: cures in days, stop your medicine", claims)
    bar = (496, 268, 788, 436)
    d.rounded_rectangle(bar, radius=12, fill=(255, 246, 230))
    text(d, (bar[0] + 14, bar[1] + 10), price_zh, 22, (220, 30, 40), bold=True)
    text(d, (bar[0] + 14, bar[1] + 42), price_en, 12, (120, 60, 40))
    text(d, (bar[0] + 14, bar[1] + 62), "倒计时 00:09:58", 18, (220, 30, 40), bold=True)
    button = (bar[0] + 12, bar[3] - 62, bar[2] - 12, bar[3] - 12)
    d.rounded_rectangle(button, radius=22, fill=(250, 90, 40))
    text(d, ((button[0] + button[2]) / 2, button[1] + 16), "点击进群，领专家优惠", 17, (255, 255, 255), bold=True,
         anchor="mm")
    text(d, ((button[0] + button[2]) / 2, button[1] + 37), "Tap to join the group for a discount", 11,
         (255, 240, 230), anchor="mm")
    out.region(name, "countdown and 'join the group' button", bar)
    out.png(img, name)


def make_doctor_ad(out: Output) -> None:
    live_ad(out, "pre_doctor_ad.png", seed=1301, bg=((214, 234, 236), (160, 200, 206)),
            presenter=dict(body_skin=(208, 160, 128), face_skin=(246, 218, 196), shirt=(250, 250, 252),
                           collar=(120, 170, 210), hair=(205, 205, 210), style="short", brows=(90, 90, 90),
                           glasses=True, coat=True),
            account_zh="关节健康名医", account_en="Famous Joint Doctor", tag_zh="李教授",
            product_zh="关节灵", product_en="Joint Magic", box_colour=(40, 110, 170),
            claims_zh=["七天治好关节痛！", "不用吃药打针！"],
            claims_en="Joint pain cured in 7 days. Stop your pills and injections!",
            price_zh="今日特价 ¥298", price_en="Special price today. Only 15 boxes left!")


def make_host_ad(out: Output) -> None:
    live_ad(out, "post_host_ad.png", seed=1302, bg=((246, 222, 206), (214, 170, 150)),
            presenter=dict(body_skin=(204, 152, 122), face_skin=(248, 222, 204), shirt=(170, 30, 50),
                           collar=None, hair=(40, 30, 28), style="long", brows=(50, 36, 30)),
            account_zh="林姐说健康", account_en="Sister Lin on Health", tag_zh="主持人林姐",
            product_zh="长寿茶", product_en="Long-life Tea", box_colour=(150, 90, 30),
            claims_zh=["一个月血糖正常！", "降糖药不用吃了！"],
            claims_en="Blood sugar normal in a month. No more diabetes pills!",
            price_zh="今日特价 ¥268", price_en="Special price today. Only 12 boxes left!")


# ---------------------------------------------------------------- fake officials (GIF)

def chat_bubble(d, x, y, zh, en, *, mine=False, width=420):
    """A chat bubble in larger type than the kit's (the clip is shown scaled down); returns its box."""
    return bubble(d, x, y, zh, en, mine=mine, width=width, pad=8, sizes=(18, 13), leading=(24, 17))


def official_chat(out: Output, name: str, *, seed: int, title_zh: str, title_en: str, uniform, cap: bool,
                  messages, sms_zh: str, sms_en: str) -> None:
    """An 800x450 GIF: a video window with an 'official' (scribbled emblem and sign) on the
    left, chat messages appearing one by one on the right, then the bank's code text message."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    pw = 330
    frames, durations = [], []
    boxes = {}
    panel = Image.new("RGB", (pw, h))
    vgradient(panel, (0, 0, pw, h), (70, 80, 96), (44, 50, 60))
    pd = ImageDraw.Draw(panel)
    sign = (150, 60, 314, 96)
    pd.rectangle(sign, fill=(170, 40, 40))
    pseudo_glyphs(pd, (sign[0] + 10, sign[1] + 7, sign[2] - 10, sign[3] - 7), 6, (250, 220, 120),
                  random.Random(seed), stroke=2)
    emblem = (30, 110, 90, 170)
    pd.ellipse(emblem, fill=(200, 40, 40), outline=(230, 190, 70), width=3)
    pseudo_glyphs(pd, (emblem[0] + 12, emblem[1] + 18, emblem[2] - 12, emblem[3] - 18), 2, (250, 220, 120),
                  random.Random(seed + 1), stroke=2)
    pd.rounded_rectangle((8, 8, 200, 48), radius=8, fill=(0, 0, 0))
    text(pd, (16, 11), title_zh, 15, (255, 255, 255), bold=True)
    text(pd, (16, 30), title_en, 11, (220, 220, 220))
    pd.rounded_rectangle((pw - 84, h - 108, pw - 10, h - 10), radius=6, fill=(120, 130, 140))
    text(pd, (pw - 47, h - 59), "我", 24, (230, 230, 230), anchor="mm")
    cx, cy, s = 170, 230, 50
    skin = (226, 186, 156)
    torso(pd, cx, cy, s, uniform, collar=(200, 210, 230), neck=shade(skin, 0.9))
    badge = (cx - 70, cy + 82, cx - 30, cy + 122)
    pd.ellipse(badge, fill=(220, 180, 60))
    pseudo_glyphs(pd, (badge[0] + 8, badge[1] + 11, badge[2] - 8, badge[3] - 11), 2, (120, 60, 20),
                  random.Random(seed + 2), stroke=1)
    for shown in range(len(messages) + 1):
        img = Image.new("RGB", (w, h), (236, 236, 236))
        d = ImageDraw.Draw(img)
        face = panel.copy()
        fd = ImageDraw.Draw(face)
        if cap:
            hair_and_head(fd, cx, cy, s, skin, (30, 30, 30), "cap")
            fd.chord((cx - 0.95 * s, cy - 1.35 * s, cx + 0.95 * s, cy - 0.1 * s), 180, 360, fill=uniform)
            fd.rectangle((cx - 1.05 * s, cy - 0.66 * s, cx + 1.05 * s, cy - 0.52 * s), fill=shade(uniform, 0.6))
            fd.ellipse((cx - 12, cy - 1.05 * s, cx + 12, cy - 1.05 * s + 22), fill=(220, 180, 60))
        else:
            hair_and_head(fd, cx, cy, s, skin, (30, 30, 30), "short")
            fringe(fd, cx, cy, s, (30, 30, 30), "short")
        face_features(fd, cx, cy, s, mouth=0.4 if shown % 2 else 0.0, skin=skin, smile=False, glasses=not cap)
        img.paste(face, (0, 0))
        d.rectangle((pw, 0, w, 40), fill=(250, 250, 250))
        text(d, ((pw + w) // 2, 20), "聊天  Chat", 16, (40, 40, 40), bold=True, anchor="mm")
        y = 50
        for index, (zh, en, mine) in enumerate(messages[:shown]):
            box = chat_bubble(d, w - 10 if mine else pw + 10, y, zh, en, mine=mine, width=w - pw - 60)
            boxes[index] = box
            y = box[3] + 8
        if shown == len(messages):
            sms = (pw + 10, 46, w - 10, 124)     # a text-message banner drops down over the chat
            d.rounded_rectangle(sms, radius=10, fill=(255, 255, 255), outline=(150, 150, 150), width=2)
            text(d, (sms[0] + 12, sms[1] + 6), "短信  某银行   SMS", 12, (120, 120, 120), bold=True)
            ty = text_block(d, sms[0] + 12, sms[1] + 24, sms_zh, 18, (20, 20, 20), sms[2] - sms[0] - 24)
            text_block(d, sms[0] + 12, ty, sms_en, 13, (80, 80, 80), sms[2] - sms[0] - 24)
            boxes["sms"] = sms
        frames.append(img)
        durations.append(1500 if shown == 0 else (6000 if shown == len(messages) else 2600))
    if boxes[len(messages) - 1][3] > h:
        raise SystemExit(f"{name}: the chat does not fit the picture")
    out.gif(frames, durations, name, colours=64)
    starts = [sum(durations[:i]) / 1000 for i in range(len(durations))]
    end = sum(durations) / 1000
    out.region(name, "emblem on the wall: scribbles instead of writing", emblem)
    out.region(name, "sign with scribbles instead of writing", sign)
    out.region(name, "badge with scribbles", badge)
    for index, (zh, en, mine) in enumerate(messages):
        out.region(name, f"message {index + 1} (shown from {starts[index + 1]:.1f} s): {en}", boxes[index])
    out.region(name, f"bank text with the code (shown from {starts[-1]:.1f} s)", boxes["sms"])
    out.note(f"{name}: {end:.1f} s, frames start at " + ", ".join(f"{t:.1f}" for t in starts))


def make_police_chat(out: Output) -> None:
    official_chat(out, "pre_police_chat.gif", seed=1401, title_zh="张警官  视频通话",
                  title_en="Officer Zhang · video call", uniform=(32, 48, 88), cap=True, messages=[
                      ("我是市公安局的张警官。", "I am Officer Zhang of the city police.", False),
                      ("有人用你的身份证开卡洗钱。", "Someone used your ID card to open an account for money laundering.",
                       False),
                      ("不可能啊！", "That's impossible!", True),
                      ("你的存款要转到安全账户核查。", "Your savings must go to a safe account to be checked.", False),
                      ("案子保密，不能告诉子女。", "The case is secret. Don't tell your children.", False),
                      ("把收到的验证码发给我。", "Send me the code you just got.", False),
                  ], sms_zh="【银行】验证码730514，请勿告诉任何人。",
                  sms_en="Bank: your code is 730514. Never tell anyone.")


def make_prosecutor_chat(out: Output) -> None:
    official_chat(out, "post_prosecutor_chat.gif", seed=1402, title_zh="刘检察官  视频通话",
                  title_en="Prosecutor Liu · video call", uniform=(40, 40, 48), cap=False, messages=[
                      ("我是市检察院的刘检察官。", "I am Prosecutor Liu of the city procuratorate.", False),
                      ("你的医保卡涉嫌一起诈骗案。", "Your medical insurance card is linked to a fraud case.", False),
                      ("我什么都不知道！", "I know nothing about it!", True),
                      ("你的钱要先转进国家安全账户。", "Your money must first go into a state safe account.", False),
                      ("这是秘密调查，谁都不能说。", "This is a secret inquiry. Tell nobody.", False),
                      ("把手机收到的验证码念给我。", "Read me the code your phone just got.", False),
                  ], sms_zh="【银行】验证码462907，请勿泄露给他人。",
                  sms_en="Bank: your code is 462907. Never give it to anyone.")


# ---------------------------------------------------------------- AI "news" pictures

def rumour_picture(out: Output, name: str, *, seed: int, scene: str, headline_zh: str, headline_en: str,
                   stamp_zh: str, stamp_en: str) -> None:
    """An 800x450 AI 'news' picture: no source, shadows falling TOWARDS the sun, scribbled signs."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    sun_left = scene == "bridge"
    sx = 80 if sun_left else 720
    vgradient(img, (0, 0, w, 300), (146, 168, 192), (222, 220, 208))
    d = ImageDraw.Draw(img)
    for r in range(46, 20, -3):
        k = (46 - r) / 26
        d.ellipse((sx - r, 108 - r, sx + r, 108 + r),
                  fill=tuple(int(a + (b - a) * k) for a, b in zip((210, 208, 196), (255, 240, 190))))
    d.ellipse((sx - 18, 90, sx + 18, 126), fill=(255, 252, 232))
    signs = []
    if scene == "bridge":
        # the far bank: buildings lit on the side AWAY from the sun, shop signs of scribbles
        x = 230
        while x < w:
            bw = rng.randint(70, 110)
            top = rng.randint(80, 140)
            base = (rng.randint(150, 190),) * 3
            d.rectangle((x, top, x + bw, 236), fill=shade(base, 0.7))
            d.rectangle((x + bw * 0.65, top, x + bw, 236), fill=shade(base, 1.25))
            for wy in range(top + 40, 226, 20):
                for wx in range(x + 8, x + bw - 10, 16):
                    d.rectangle((wx, wy, wx + 8, wy + 10), fill=(90, 100, 116))
            if x < 640:
                sign = (x + 8, top + 10, x + bw - 8, top + 32)
                d.rectangle(sign, fill=rng.choice([(190, 40, 40), (40, 90, 170), (220, 150, 30)]))
                pseudo_glyphs(d, (sign[0] + 4, sign[1] + 3, sign[2] - 4, sign[3] - 3), max(2, (bw - 16) // 20),
                              (255, 255, 240), rng)
                signs.append(sign)
            x += bw + rng.randint(6, 14)
        # the river
        vgradient(img, (0, 236, w, h), (96, 112, 118), (62, 74, 80))
        d = ImageDraw.Draw(img)
        for _ in range(90):
            wx, wy = rng.randint(0, w), rng.randint(240, h)
            d.line((wx, wy, wx + rng.randint(20, 50), wy), fill=(130, 146, 150), width=2)
        # the bridge, broken in the middle, a car tipping into the gap
        deck = [(0, 250, 420, 268), (560, 236, 800, 252)]
        for x0, y0, x1, y1 in deck:
            d.rectangle((x0, y0, x1, y1), fill=(170, 166, 158))
            d.rectangle((x0, y1, x1, y1 + 6), fill=(120, 118, 112))
        for px in (120, 300, 660):
            d.rectangle((px, 268, px + 16, 330), fill=(130, 128, 120))
        d.polygon([(420, 250), (452, 300), (440, 310), (420, 268)], fill=(150, 146, 138))
        d.polygon([(430, 276), (478, 300), (466, 326), (418, 302)], fill=(200, 50, 40))
        damage = (300, 230, 600, 340)
        # the near bank: lamp posts and a man, shadows falling towards the sun (left)
        d.polygon([(0, 360), (800, 380), (800, 450), (0, 450)], fill=(128, 126, 120))
        dry = (10, 300, 300, 430)
        for lx in (180, 260):
            d.rectangle((lx, 300, lx + 6, 392), fill=(50, 50, 56))
            d.ellipse((lx - 8, 290, lx + 14, 306), fill=(60, 60, 66))
            d.polygon([(lx, 392), (lx + 6, 392), (lx - 88, 420), (lx - 96, 416)], fill=(84, 82, 78))
        d.ellipse((110, 338, 128, 356), fill=(226, 186, 156))
        d.rectangle((108, 356, 130, 398), fill=(60, 80, 120))
        d.polygon([(112, 398), (126, 398), (40, 424), (32, 420)], fill=(84, 82, 78))
    else:
        # a factory with chimneys and a smooth, dark plume; lit on the side AWAY from the sun
        d.rectangle((0, 250, w, h), fill=(150, 148, 140))
        for bx, bw, top in ((60, 170, 150), (250, 220, 120), (490, 150, 170)):
            base = (176, 176, 170)
            d.rectangle((bx, top, bx + bw, 300), fill=shade(base, 0.7))
            d.rectangle((bx, top, bx + bw * 0.3, 300), fill=shade(base, 1.25))
            for wx in range(bx + 14, bx + bw - 14, 26):
                d.rectangle((wx, top + 44, wx + 14, top + 62), fill=(90, 100, 116))
            sign = (bx + 14, top + 12, bx + bw - 14, top + 34)
            d.rectangle(sign, fill=rng.choice([(40, 90, 170), (190, 40, 40)]))
            pseudo_glyphs(d, (sign[0] + 4, sign[1] + 3, sign[2] - 4, sign[3] - 3), max(2, (bw - 28) // 22),
                          (255, 255, 240), rng)
            signs.append(sign)
        for cx in (300, 360):
            d.rectangle((cx, 84, cx + 22, 122), fill=(150, 120, 110))
        for wx in range(264, 460, 26):        # flames in the windows
            d.rectangle((wx, 164, wx + 14, 182), fill=(240, 130, 40))
        plume = Image.new("RGBA", (w, h))
        pd = ImageDraw.Draw(plume)
        for i in range(16):
            r = 20 + i * 4
            px, py = 322 + i * 18 + rng.randint(-6, 6), 92 - i * 1.5 + rng.randint(-5, 5)
            pd.ellipse((px - r, py - r * 0.7, px + r, py + r * 0.7), fill=(60, 56, 54, 230))
        plume = plume.filter(ImageFilter.GaussianBlur(6))
        img = img.convert("RGBA")
        img.alpha_composite(plume)
        img = img.convert("RGB")
        d = ImageDraw.Draw(img)
        d.polygon([(250, 300), (470, 300), (440, 290), (280, 290)], fill=(230, 120, 40))
        damage = (240, 62, 680, 300)
        # a fence, a street lamp and two people, shadows falling towards the sun (right)
        d.rectangle((0, 300, w, 312), fill=(110, 110, 104))
        for fx in range(0, w, 24):
            d.line((fx, 300, fx, 276), fill=(110, 110, 104), width=3)
        dry = (470, 320, 800, 440)
        for lx in (560, 650):
            d.rectangle((lx, 320, lx + 6, 408), fill=(50, 50, 56))
            d.ellipse((lx - 8, 310, lx + 14, 326), fill=(60, 60, 66))
            d.polygon([(lx, 408), (lx + 6, 408), (lx + 100, 434), (lx + 92, 438)], fill=(110, 108, 100))
        for px in (600, 700):
            d.ellipse((px - 9, 356, px + 9, 374), fill=(226, 186, 156))
            d.rectangle((px - 11, 374, px + 11, 414), fill=(120, 60, 60))
            d.polygon([(px - 4, 414), (px + 8, 414), (px + 92, 440), (px + 84, 444)], fill=(110, 108, 100))
    out.region(name, "the sun is on one side, yet shadows fall towards it",
               (min(dry[0], sx - 50), 56, max(dry[2], sx + 50), dry[3]))
    out.region(name, "signs with scribbles instead of writing",
               (min(s_[0] for s_ in signs) - 4, min(s_[1] for s_ in signs) - 6, max(s_[2] for s_ in signs) + 4,
                max(s_[3] for s_ in signs) + 6))
    out.region(name, "the 'disaster' itself", damage)
    for sign in signs[:2]:
        wave_warp(img, sign, 3, 18, seed=sign[0])
    img = img.filter(ImageFilter.SMOOTH)
    d = ImageDraw.Draw(img)
    banner = (0, 0, w, 62)
    d.rectangle(banner, fill=(200, 16, 24))
    text(d, (20, 6), headline_zh, 30, (255, 255, 255), bold=True)
    text(d, (22, 42), headline_en, 14, (255, 230, 230), bold=True)
    stamp = (w - 232, h - 70, w - 14, h - 14) if sun_left else (14, h - 70, 232, h - 14)
    d.rounded_rectangle(stamp, radius=10, fill=(255, 220, 0))
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 18), stamp_zh, 18, (180, 0, 0), bold=True, anchor="mm")
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 42), stamp_en, 12, (120, 0, 0), bold=True, anchor="mm")
    out.region(name, "headline with no source, no place, no time", banner)
    out.region(name, "pressure to forward", stamp)
    out.png(img, name)


def make_bridge_rumour(out: Output) -> None:
    rumour_picture(out, "pre_bridge_rumour.png", seed=1501, scene="bridge",
                   headline_zh="突发！大桥断了，车掉进江里！", headline_en="BREAKING: the bridge is down, cars in the river!",
                   stamp_zh="快转！别走大桥！", stamp_en="Forward now! Stay off the bridge!")


def make_factory_rumour(out: Output) -> None:
    rumour_picture(out, "post_factory_rumour.png", seed=1502, scene="factory",
                   headline_zh="紧急！化工厂爆炸，毒气来了！", headline_en="URGENT: chemical plant blast, toxic gas coming!",
                   stamp_zh="马上转！快关窗！", stamp_en="Forward now! Shut your windows!")


# ---------------------------------------------------------------- labelled AI pictures (real)

def labelled_post(out: Output, name: str, *, seed: int, avatar: str, avatar_colour, account_zh: str,
                  meta_en: str, art: str, title_zh: str, title_en: str, body_zh: str, body_en: str,
                  ask_zh: str, ask_en: str, likes: str) -> None:
    """An 800x450 post by a real organisation: its AI picture carries an 'AI-generated'
    label and the platform adds its own notice; the picture has one typical AI slip."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 245, 247))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((10, 10, w - 10, h - 10), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    d.ellipse((28, 24, 76, 72), fill=avatar_colour)
    text(d, (52, 48), avatar, 24, (255, 255, 255), bold=True, anchor="mm")
    text(d, (88, 24), account_zh, 19, (20, 20, 20), bold=True)
    text(d, (88, 50), meta_en, 13, (120, 120, 120))
    pic = (28, 88, 428, 428)
    picture = Image.new("RGB", (pic[2] - pic[0], pic[3] - pic[1]))
    aw, ah = picture.size
    ad = ImageDraw.Draw(picture)
    skin = (242, 206, 178)
    if art == "library":
        vgradient(picture, (0, 0, aw, ah), (250, 226, 180), (255, 244, 222))
        for sx in (0, 300):
            ad.rectangle((sx, 20, sx + 100, 230), fill=(150, 96, 60))
            for shelf in (30, 100, 170):
                x = sx + 6
                while x < sx + 94:
                    bw = rng.randint(8, 14)
                    ad.rectangle((x, shelf + rng.randint(0, 10), x + bw, shelf + 60),
                                 fill=rng.choice([(180, 60, 60), (60, 100, 160), (220, 190, 100), (80, 140, 90)]))
                    x += bw + 2
        ad.rounded_rectangle((60, 250, 340, 276), radius=6, fill=(170, 110, 70))
        people = ((140, (220, 220, 225), (90, 130, 80)), (262, (200, 200, 205), (170, 80, 90)))
        for _ in range(6):
            flower(ad, rng.randint(170, 230), rng.randint(222, 246), rng.randint(8, 12),
                   rng.choice([(250, 200, 40), (240, 120, 120)]), rng)
    else:
        vgradient(picture, (0, 0, aw, ah), (150, 200, 240), (226, 240, 250))
        ad.ellipse((aw - 110, 24, aw - 40, 94), fill=(255, 250, 220))
        ad.rectangle((0, 250, aw, ah), fill=(190, 190, 186))
        for tx in (30, 360):
            ad.ellipse((tx - 30, 120, tx + 30, 200), fill=(90, 160, 90))
            ad.rectangle((tx - 5, 190, tx + 5, 250), fill=(120, 80, 50))
        bus = (40, 150, 250, 248)
        ad.rounded_rectangle(bus, radius=16, fill=(60, 160, 110))
        for bx in range(54, 236, 40):
            ad.rounded_rectangle((bx, 164, bx + 30, 200), radius=4, fill=(220, 240, 250))
        ad.rectangle((bus[0], 214, bus[2], 222), fill=(250, 250, 250))
        for wx in (80, 210):
            ad.ellipse((wx - 16, 232, wx + 16, 264), fill=(40, 40, 44))
        ad.rounded_rectangle((270, 110, 290, 250), radius=4, fill=(120, 120, 130))
        ad.rounded_rectangle((252, 96, 308, 124), radius=6, fill=(40, 110, 190))
        people = ((330, (220, 220, 225), (170, 80, 90)),)
        for _ in range(8):
            flower(ad, rng.randint(10, aw - 10), rng.randint(ah - 60, ah - 10), rng.randint(10, 16),
                   rng.choice([(250, 200, 40), (240, 120, 120)]), rng)
    for cx, hair, shirt in people:
        s = 30
        torso(ad, cx, 170, s, shirt, collar=None, neck=(236, 196, 168))
        hair_and_head(ad, cx, 170, s, skin, hair, "short")
        fringe(ad, cx, 170, s, hair, "short")
        face_features(ad, cx, 170, s, skin=skin, wrinkles=True, brows=(150, 150, 150))
    if art == "library":
        ad.rounded_rectangle((112, 226, 150, 256), radius=3, fill=(250, 250, 245), outline=(120, 90, 60))
        slip = (150, 216)
    else:
        slip = (370, 124)
        ad.line((350, 210, slip[0], slip[1] + 14), fill=(170, 80, 90), width=12)
    hand(ad, slip[0], slip[1], 13, skin, fingers=6, spread=1.0)
    picture = picture.filter(ImageFilter.SMOOTH_MORE).filter(ImageFilter.GaussianBlur(0.8))
    img.paste(picture, pic[:2])
    d = ImageDraw.Draw(img)
    label = (pic[0] + 10, pic[3] - 46, pic[0] + 142, pic[3] - 10)
    d.rounded_rectangle(label, radius=8, fill=(0, 0, 0))
    text(d, (label[0] + 66, label[1] + 12), "AI生成", 15, (255, 255, 255), bold=True, anchor="mm")
    text(d, (label[0] + 66, label[1] + 28), "AI-generated", 11, (230, 230, 230), anchor="mm")
    out.region(name, "label on the picture: AI-generated", label)
    out.region(name, "odd hand in the picture (six fingers, a typical AI slip)",
               (pic[0] + slip[0] - 26, pic[1] + slip[1] - 36, pic[0] + slip[0] + 18, pic[1] + slip[1] + 18))
    x, width = 452, 320
    y = text_block(d, x, 96, title_zh, 24, (20, 20, 20), width, bold=True)
    y = text_block(d, x, y + 2, title_en, 15, (60, 60, 60), width, bold=True)
    y = text_block(d, x, y + 8, body_zh, 17, (30, 30, 30), width)
    y = text_block(d, x, y + 2, body_en, 13, (80, 80, 80), width)
    y = text_block(d, x, y + 8, ask_zh, 16, (30, 30, 30), width)
    y = text_block(d, x, y, ask_en, 13, (80, 80, 80), width)
    note = (x - 4, y + 12, x + width, y + 66)
    if note[3] > h - 50:
        raise SystemExit(f"{name}: the post text is too long")
    d.rounded_rectangle(note, radius=8, fill=(238, 242, 250), outline=(170, 186, 220))
    d.ellipse((note[0] + 10, note[1] + 14, note[0] + 34, note[1] + 38), fill=(70, 110, 200))
    text(d, (note[0] + 22, note[1] + 26), "i", 16, (255, 255, 255), bold=True, anchor="mm")
    text(d, (note[0] + 44, note[1] + 8), "平台提示：内容由AI生成", 15, (40, 60, 120), bold=True)
    text(d, (note[0] + 44, note[1] + 30), "Platform note: this content is AI-made", 12, (70, 90, 150))
    out.region(name, "platform's notice: AI-made content", note)
    text(d, (x, h - 44), likes, 13, (140, 140, 140))
    out.png(img, name)


def make_library_post(out: Output) -> None:
    labelled_post(out, "pre_library_post.png", seed=1601, avatar="图", avatar_colour=(60, 110, 180),
                  account_zh="市图书馆", meta_en="City Library  ·  4月16日 10:00", art="library",
                  title_zh="世界读书日：老年读书会", title_en="World Book Day: a reading club for seniors",
                  body_zh="4月23日下午2点，图书馆二楼。免费参加，不用报名。",
                  body_en="23 April, 2 pm, library 2nd floor. Free, no sign-up needed.",
                  ask_zh="咨询：图书馆服务台", ask_en="Questions: the library front desk",
                  likes="赞 88    评论 12    转发 6")


def make_bus_post(out: Output) -> None:
    labelled_post(out, "post_bus_post.png", seed=1602, avatar="公", avatar_colour=(40, 150, 100),
                  account_zh="市公交集团", meta_en="City Bus Group  ·  5月8日 08:30", art="bus",
                  title_zh="新开社区巴士12路", title_en="New community bus: Route 12",
                  body_zh="5月15日起运行，经过医院和菜市场。老年卡照常使用。",
                  body_en="Runs from 15 May, past the hospital and the market. Senior cards work as usual.",
                  ask_zh="咨询：公交服务热线（见站牌）", ask_en="Questions: bus hotline (on the stop sign)",
                  likes="赞 214    评论 37    转发 25")


# ---------------------------------------------------------------- real video calls on a weak network (GIF)

def network_gif(out: Output, name: str, *, seed: int, scene: str, person: dict, caller_zh: str, caller_en: str,
                start_seconds: int) -> None:
    """A 640x360 GIF of a real video call on a weak network: blocky squares over the whole
    picture, frozen frames with 'Poor network', and a friendly wave beside the face."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    w, h = 640, 360

    def background(t):
        img = Image.new("RGB", (w, h))
        bd = ImageDraw.Draw(img)
        if scene == "mountain":
            vgradient(img, (0, 0, w, h), (120, 170, 230), (220, 232, 244))
            bd.polygon([(0, 250), (140, 120), (260, 230), (380, 100), (520, 220), (640, 150), (640, 360), (0, 360)],
                       fill=(110, 140, 120))
            bd.polygon([(0, 300), (200, 220), (420, 300), (640, 240), (640, 360), (0, 360)], fill=(84, 116, 88))
            bd.rectangle((470, 170, 560, 184), fill=(160, 40, 40))
            bd.polygon([(450, 172), (580, 172), (515, 140)], fill=(120, 40, 36))
            bd.rectangle((480, 184, 488, 240), fill=(140, 40, 40))
            bd.rectangle((542, 184, 550, 240), fill=(140, 40, 40))
        else:
            vgradient(img, (0, 0, w, h), (150, 200, 236), (230, 240, 226))
            bd.rectangle((0, 250, w, h), fill=(120, 160, 80))
            for tx in (60, 180, 470, 590):
                bd.rectangle((tx - 8, 150, tx + 8, 260), fill=(110, 80, 50))
                bd.ellipse((tx - 60, 70, tx + 60, 190), fill=(70, 130, 60))
                r2 = random.Random(tx)
                for _ in range(8):
                    ax, ay = tx + r2.randint(-45, 45), r2.randint(90, 175)
                    bd.ellipse((ax - 7, ay - 7, ax + 7, ay + 7), fill=(210, 40, 40))
        return img

    selfview = grandpa_selfview()
    frames, durations, notes = [], [], []
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
            torso(d, cx, cy, s, person["shirt"], collar=None, neck=shade(skin, 0.92))
            hair_and_head(d, cx, cy, s, skin, person["hair"], person["style"])
            fringe(d, cx, cy, s, person["hair"], person["style"])
            face_features(d, cx, cy, s, mouth=(0.5 if i % 2 else 0.15), blink=(i == 3), skin=skin,
                          brows=person["brows"], glasses=person.get("glasses", False), wrinkles=person.get("wrinkles", False))
            if i in wave_frames:
                k = (i - wave_frames[0]) / (len(wave_frames) - 1)
                hx = cx + 150 - 60 * math.sin(k * math.pi)
                arm = Image.new("RGBA", (w, h))
                ad = ImageDraw.Draw(arm)
                ad.line((cx + 100, 360, hx, cy + 30), fill=person["shirt"] + (255,), width=34)
                hand(ad, hx, cy - 10, 28, shade(skin, 0.95) + (255,))
                if person.get("holds"):
                    ad.ellipse((hx - 22, cy - 76, hx + 22, cy - 32), fill=(210, 40, 40, 255))
                arm = motion_blur(arm, 10, 0, steps=5)
                img.paste(arm, (0, 0), arm)
            img = macroblocks(img, rng, 0.85 if poor else 0.3, 14 if poor else 7)
            frame = img
            held = img
            durations.append(260)
        call_overlay(frame, caller_zh, caller_en, t, selfview, poor=poor)
        frames.append(frame)
        elapsed += durations[-1] / 1000
    out.gif(frames, durations, name, colours=64)
    total = sum(durations) / 1000
    wave_start = sum(durations[:wave_frames[0]]) / 1000
    wave_end = sum(durations[:wave_frames[-1] + 1]) / 1000
    out.region(name, "blocky squares from a weak network", (0, 52, 640, 308))
    out.region(name, "'Poor network' badge", (w - 250, 12, w - 128, 40))
    out.region(name, "face and waving hand: clear whenever the picture is not blocky", (220, 60, 510, 300))
    out.note(f"{name}: {total:.1f} s; frozen frames from " + ", ".join(f"{a:.1f}" for a in notes)
             + f" (1.1 s each); hand wave at [{wave_start:.1f}, {wave_end:.1f}]")


def make_daughter_mountain(out: Output) -> None:
    network_gif(out, "pre_daughter_mountain.gif", seed=1701, scene="mountain",
                person=dict(skin=(236, 196, 166), shirt=(230, 110, 60), hair=(30, 24, 22), style="ponytail",
                            brows=(30, 24, 22)),
                caller_zh="女儿 小芳", caller_en="Daughter (Xiaofang)", start_seconds=38)


def make_friend_orchard(out: Output) -> None:
    network_gif(out, "post_friend_orchard.gif", seed=1702, scene="orchard",
                person=dict(skin=(214, 168, 130), shirt=(70, 100, 150), hair=(200, 200, 204), style="bald",
                            brows=(170, 170, 170), glasses=True, wrinkles=True, holds=True),
                caller_zh="老周", caller_en="Lao Zhou", start_seconds=52)


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
    card = (16, 16, 330, 434)
    d.rounded_rectangle(card, radius=16, fill=(255, 255, 255), outline=(224, 214, 224))
    photo = (28, 28, 318, 318)
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
    text(d, (30, 328), name_zh, 22, (30, 30, 30), bold=True)
    badge_x = 30 + font(22, True).getlength(name_zh) + 10
    d.rounded_rectangle((badge_x, 333, badge_x + 92, 355), radius=10, fill=(250, 90, 120))
    text(d, (badge_x + 46, 344), "想找老伴", 12, (255, 255, 255), bold=True, anchor="mm")
    y = text_block(d, 30, 364, info_zh, 15, (70, 70, 70), 290)
    text_block(d, 30, y, info_en, 12, (120, 120, 120), 290)
    # the chat
    d.rounded_rectangle((346, 16, 784, 434), radius=16, fill=(246, 246, 246), outline=(224, 224, 224))
    d.rectangle((346, 16, 784, 56), fill=(255, 255, 255))
    text(d, (565, 36), f"与{name_zh}的私信  Messages", 15, (30, 30, 30), bold=True, anchor="mm")
    y = 66
    boxes = []
    for zh, en, mine in messages:
        boxr = bubble(d, 772 if mine else 358, y, zh, en, mine=mine, width=330)
        boxes.append(boxr)
        y = boxr[3] + 8
    if y > 430:
        raise SystemExit(f"{name}: the chat does not fit")
    out.region(name, "no video: 'the camera / signal doesn't work'", boxes[1])
    out.region(name, "money request: pay first, paid back when we meet",
               (358, boxes[2][1], 772, boxes[-1][3]))
    out.png(img, name)


def make_engineer_profile(out: Output) -> None:
    romance_profile(out, "pre_romance_engineer.png", seed=1801,
                    person=dict(bg=((200, 170, 140), (130, 100, 80)), skin=(240, 208, 182), shirt=(40, 60, 100),
                                collar=(250, 250, 250), hair=(90, 86, 84), style="short", brows=(60, 56, 54),
                                glasses=False),
                    name_zh="林志远", info_zh="58岁 · 石油工程师 · 在海外工作 · 丧偶",
                    info_en="58 · oil engineer working abroad · widowed",
                    messages=[
                        ("认识你以后，我每天都很开心。", "Since I met you, every day is happy.", False),
                        ("我在海上平台，信号差，没法视频。", "I'm on an offshore rig. Bad signal, no video calls.", False),
                        ("我给你寄了礼物，卡在海关了。", "I sent you a gift. It's stuck at customs.", False),
                        ("清关费两万，你先帮我垫上，回国就还你。",
                         "The customs fee is 20,000. Please pay it first; I'll repay you when I'm back.", False),
                    ])


def make_doctor_profile(out: Output) -> None:
    romance_profile(out, "post_romance_doctor.png", seed=1802,
                    person=dict(bg=((180, 200, 170), (110, 130, 100)), skin=(246, 214, 192), shirt=(200, 80, 110),
                                collar=None, hair=(60, 44, 40), style="long", brows=(60, 44, 40), glasses=True),
                    name_zh="周慧", info_zh="56岁 · 退休医生 · 住在国外 · 离异",
                    info_en="56 · retired doctor living abroad · divorced",
                    messages=[
                        ("和你聊天，我的心都暖了。", "Talking with you warms my heart.", False),
                        ("我的摄像头坏了，只能打字。", "My camera is broken. I can only type.", False),
                        ("我想回国见你，可账户被冻结了。", "I want to come and see you, but my account is frozen.", False),
                        ("机票一万二，你先帮我买，见面就还你。",
                         "The ticket is 12,000. Please buy it first; I'll repay you when we meet.", False),
                    ])


JOBS = {   # job name -> function(out)
    "grandson_clone": make_grandson_clone,
    "son_clone": make_son_clone,
    "doctor_ad": make_doctor_ad,
    "host_ad": make_host_ad,
    "police_chat": make_police_chat,
    "prosecutor_chat": make_prosecutor_chat,
    "bridge_rumour": make_bridge_rumour,
    "factory_rumour": make_factory_rumour,
    "library_post": make_library_post,
    "bus_post": make_bus_post,
    "daughter_mountain": make_daughter_mountain,
    "friend_orchard": make_friend_orchard,
    "son_site": make_son_site,
    "granddaughter_station": make_granddaughter_station,
    "engineer_profile": make_engineer_profile,
    "doctor_profile": make_doctor_profile,
}
