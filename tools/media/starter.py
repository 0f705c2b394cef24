"""The starter pack's media (scenarios/starter/media/): ten clips, drawn and voiced here.

Run through ``tools/make_media.py`` (``--only starter`` or ``--only starter:doctor_ad``).
Fixed seeds, no timestamps: the same files every run. No real person's face or voice.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (bubble, face_features, fringe, grandpa_selfview,
                              hair_and_head, hand,
                              macroblocks, motion_blur, noise_layer, shade, swapped_face, torso,
                              vgradient)
from tools.media.cast import VideoFace
from tools.media.output import Output
from tools.media.phone import call_bar, call_clip
from tools.media.sound import (MANDARIN, Track, band, beep, biquad, breath, cough, hoarse, mix_into, mouth_track,
                               normalise, resample, speak, write_wav)
from tools.media.spec import FPS, PHONE_SR, SR, VIDEO_SIZE
from tools.media.text import text, text_block

PACK = "starter"


def make_family_wave(out: Output) -> None:
    """Granddaughter waving from a school trip: cheap camera, choppy, banded sky, blurred hand."""
    from PIL import Image, ImageDraw

    rng = random.Random(101)
    out_w, out_h = 400, 300
    lo_w, lo_h = 212, 160          # drawn small, then scaled up: an old phone camera
    frames, durations = [], []
    skin = (238, 198, 168)
    hand_boxes = []
    for i in range(10):
        img = Image.new("RGBA", (lo_w, lo_h))
        vgradient(img, (0, 0, lo_w, 70), (96, 150, 222), (196, 222, 242))
        d = ImageDraw.Draw(img)
        # city wall and gate tower
        d.rectangle((0, 70, lo_w, 118), fill=(150, 128, 104))
        for x in range(0, lo_w, 14):
            d.rectangle((x, 64, x + 8, 72), fill=(150, 128, 104))
        d.rectangle((70, 40, 150, 72), fill=(120, 70, 52))
        d.polygon([(60, 42), (160, 42), (140, 28), (80, 28)], fill=(70, 60, 58))
        d.rectangle((96, 88, 124, 118), fill=(70, 50, 40))
        for x in range(2, lo_w, 9):
            d.line((x, 78, x + 5, 78), fill=(135, 114, 92))
        d.rectangle((0, 118, lo_w, lo_h), fill=(176, 170, 160))
        for tx in (12, 196):
            d.ellipse((tx - 18, 58, tx + 18, 100), fill=(70, 128, 62))
        # the girl
        cx, cy, s = 100, 86, 21
        torso(d, cx, cy, s, (40, 90, 170), collar=(255, 255, 255), neck=shade(skin, 0.9))
        hair_and_head(d, cx, cy, s, skin, (30, 24, 22), "ponytail")
        fringe(d, cx, cy, s, (30, 24, 22), "ponytail")
        talking = i % 3 != 2
        face_features(d, cx, cy, s, mouth=(0.5 if i % 2 else 0.2) if talking else 0.0,
                      blink=(i == 6), skin=skin, brows=(30, 24, 22))
        # waving arm and hand, blurred by its own speed
        phase = i / 10 * 2 * math.pi
        hx = cx + 44 + 15 * math.sin(phase)
        hy = cy - 12
        speed = 15 * math.cos(phase) * 2 * math.pi / 10
        layer = Image.new("RGBA", (lo_w, lo_h))
        ld = ImageDraw.Draw(layer)
        ld.line((cx + 28, cy + 40, hx, hy + 12), fill=(40, 90, 170, 255), width=9)
        hand(ld, hx, hy, 9, skin + (255,))
        layer = motion_blur(layer, int(round(speed * 2.2)), 0, steps=9)
        img.alpha_composite(layer)
        # handheld shake: crop a shifted window, scale up softly
        ox, oy = rng.randint(0, 6), rng.randint(0, 5)
        smear = abs(int(round(speed * 2.2))) / 2
        hand_boxes.append((hx - 15 - smear - ox, hy - 19 - oy, hx + 10 + smear - ox, hy + 11 - oy))
        frame = img.crop((ox, oy, ox + lo_w - 6, oy + lo_h - 5)).resize((out_w, out_h), Image.Resampling.BILINEAR)
        frame = frame.convert("RGB")
        # warm colour cast of a cheap sensor
        r, g, b = frame.split()
        frame = Image.merge("RGB", (r.point(lambda v: min(255, int(v * 1.06 + 6))), g, b.point(lambda v: int(v * 0.9))))
        frames.append(frame)
        durations.append(160 if i != 6 else 320)   # one frame hangs: a choppy clip
    out.gif(frames, durations, "family_wave.gif", colours=40)
    scale = out_w / (lo_w - 6)
    x0 = min(b[0] for b in hand_boxes) * scale
    y0 = min(b[1] for b in hand_boxes) * scale
    x1 = max(b[2] for b in hand_boxes) * scale
    y1 = max(b[3] for b in hand_boxes) * scale
    out.region("family_wave.gif", "waving hand (motion blur)", (max(0, x0 - 8), max(0, y0 - 8), min(out_w, x1 + 8), min(out_h, y1 + 8)))
    out.region("family_wave.gif", "face (stays whole and sharp)", ((100 - 21) * scale, (86 - 24) * scale, (100 + 21) * scale, (86 + 24) * scale))
    out.region("family_wave.gif", "sky (colour banding)", (0, 0, out_w, 68 * scale))


def make_grandson_call(out: Output) -> None:
    rng = random.Random(202)
    voice = dict(voice=MANDARIN, rate=182, pitch=58)
    lines = [
        ("奶奶，是我呀。", "it's me", 0.25),
        ("我出车祸了，把人撞伤了。", "car crash", 0.25),
        ("我手机摔坏了，这是朋友的电话。", "phone broken, friend's number", 0.25),
        ("现在要赔两万块钱，不然就要被拘留。", "20,000 yuan or jail", 0.25),
        ("千万别告诉我爸妈！", "don't tell Mum and Dad", 0.25),
        ("一会儿有个朋友上门拿钱，你快去银行取钱吧！", "someone comes to collect cash", 0.0),
    ]
    track = Track()
    track.pause(0.5)
    for zh, label, gap in lines:
        track.add(speak(zh, **voice), label)   # even, clean, no breath between lines
        track.pause(gap)
    track.pause(0.5)
    x = band(track.samples, SR, 320, 3300)
    x = band(x, SR, 320, 3300)
    x = normalise(x, 0.8)
    hiss = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 400, 3000)
    x = [v + h * 0.012 for v, h in zip(x, hiss)]
    write_wav(out.path("grandson_call.wav"), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, "grandson_call.wav")
    out.note(f"grandson_call.wav lasts {track.seconds:.1f} s")
    call_clip(out, "grandson_call_screen.png", caller_zh="未知号码", caller_en="Unknown number",
                number="171 **** 9086", avatar="?", avatar_bg=(110, 118, 130),
                note_zh="未存入通讯录", note_en="Not in contacts", note_colour=(230, 160, 40),
                timer="00:17")


def make_daughter_call(out: Output) -> None:
    rng = random.Random(404)
    # "+f4": a female variant without espeak's own random breath noise (f2, f3, f5 vary run to run)
    voice = dict(voice=MANDARIN + "+f4", rate=150, pitch=28)
    track = Track()
    track.pause(0.4)
    track.add(speak("喂，妈，是我。", **voice), "hello, it's me")
    track.pause(0.3)
    track.add(cough(rng), "cough")
    track.pause(0.3)
    track.add(speak("我感冒了，嗓子有点哑。", **voice), "I have a cold, my voice is hoarse")
    track.add(breath(rng, 0.45, 0.06))
    track.add(speak("这个周日我就不回去吃饭了。", **voice), "not coming on Sunday")
    track.pause(0.2)
    track.add(breath(rng, 0.5, 0.07), "sniff")
    track.add(speak("我想去诊所看看，这个月工资还没发。", **voice), "want to see a doctor, pay not in yet")
    track.pause(0.2)
    track.add(cough(rng), "cough")
    track.pause(0.3)
    track.add(speak("你能先转我三百块吗？转我微信就行。", **voice), "can you send me 300, to my WeChat")
    track.add(breath(rng, 0.4, 0.05))
    track.add(speak("天冷了，你也多穿点。", **voice), "dress warmly")
    track.pause(0.6)
    x = hoarse(track.samples, rng, 0.35)
    x = band(band(x, SR, 300, 3400), SR, 300, 3400)
    x = normalise(x, 0.8)
    room = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 200, 2500)
    x = [v + r * 0.02 for v, r in zip(x, room)]
    write_wav(out.path("daughter_call.wav"), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, "daughter_call.wav")
    out.note(f"daughter_call.wav lasts {track.seconds:.1f} s")
    call_clip(out, "daughter_call_screen.png", caller_zh="女儿 小芳", caller_en="Daughter (Xiaofang)",
                number="138 **** 6621", avatar="芳", avatar_bg=(214, 96, 128),
                note_zh="通讯录：女儿手机", note_en="Saved: daughter's phone",
                note_colour=(90, 190, 120), timer="00:21")


def make_doctor_ad(out: Output) -> None:
    """A live stream watched full screen (landscape): every text at least 22 px, which shows as
    18 px in the game's clip box."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (206, 232, 230), (150, 196, 200))
    d = ImageDraw.Draw(img)
    # hospital wall sign (written cleanly) and a cabinet behind him
    sign = (300, 84, 640, 160)
    d.rectangle(sign, fill=(30, 110, 120))
    text(d, (470, 90), "专家门诊", 30, (255, 255, 255), bold=True, anchor="ma")
    text(d, (470, 128), "心血管内科 Cardiology", 22, (220, 240, 240), anchor="ma")
    d.rectangle((560, 176, 660, 330), fill=(236, 244, 244), outline=(120, 160, 160), width=3)
    d.line((560, 253, 660, 253), fill=(120, 160, 160), width=3)
    # the "doctor"
    cx, cy, s = 250, 188, 52
    body_skin = (212, 164, 132)
    torso(d, cx, cy, s, (250, 250, 252), collar=(120, 170, 210), neck=shade(body_skin, 0.92))
    d.polygon([(cx - 0.45 * s, cy + 1.15 * s), (cx - 0.05 * s, cy + 2.9 * s), (cx - 0.9 * s, cy + 2.9 * s)], fill=(235, 235, 240))
    d.polygon([(cx + 0.45 * s, cy + 1.15 * s), (cx + 0.05 * s, cy + 2.9 * s), (cx + 0.9 * s, cy + 2.9 * s)], fill=(235, 235, 240))
    d.arc((cx - 0.8 * s, cy + 1.0 * s, cx + 0.8 * s, cy + 2.6 * s), 20, 160, fill=(70, 70, 80), width=6)
    d.ellipse((cx + 0.55 * s - 10, cy + 2.2 * s, cx + 0.55 * s + 10, cy + 2.2 * s + 20), fill=(150, 150, 160))
    tag = (cx - 1.75 * s, cy + 1.55 * s, cx - 0.45 * s, cy + 2.2 * s)
    d.rounded_rectangle(tag, radius=4, fill=(255, 255, 255), outline=(150, 150, 160))
    text(d, ((tag[0] + tag[2]) / 2, (tag[1] + tag[3]) / 2), "王教授", 22, (40, 60, 90), bold=True, anchor="mm")
    hair = (205, 205, 210)
    hair_and_head(d, cx, cy, s, body_skin, hair, "short")
    fringe(d, cx, cy, s, hair, "short")
    layer, mask = swapped_face((w, h), cx + 4, cy + 5, s, (246, 216, 194), mouth=0.35, glasses=True,
                               wrinkles=False, brows=(60, 55, 50), soften=3, feather=5)
    img.paste(layer, (0, 0), mask)
    out.region("doctor_ad.png", "face seam (tone and sharpness change at the jaw and hairline)",
               (cx - 0.95 * s, cy - 0.9 * s, cx + 1.0 * s, cy + 1.25 * s))
    # product box held up by a hand (drawn well: today's generators draw hands and text correctly)
    d = ImageDraw.Draw(img)
    box = (372, 178, 532, 290)
    d.rounded_rectangle(box, radius=6, fill=(196, 30, 40), outline=(250, 210, 90), width=4)
    text(d, (452, 186), "降压神丸", 32, (255, 225, 120), bold=True, anchor="ma")
    text(d, (452, 228), "Miracle pills", 22, (255, 255, 255), anchor="ma")
    d.ellipse((428, 258, 476, 282), fill=(250, 210, 90))
    hand_layer = Image.new("RGBA", (w, h))
    hand(ImageDraw.Draw(hand_layer), 410, 300, 22, body_skin + (255,), fingers=4, spread=1.0)
    img.paste(hand_layer, (0, 0), hand_layer)
    out.region("doctor_ad.png", "hospital sign (clean, well-written text)", sign)
    # overlays of a live-selling app
    d.rounded_rectangle((10, 10, 396, 74), radius=32, fill=(0, 0, 0))
    d.ellipse((16, 16, 68, 68), fill=(40, 150, 120))
    text(d, (42, 42), "医", 26, (255, 255, 255), bold=True, anchor="mm")
    text(d, (78, 12), "健康名医堂", 24, (255, 255, 255), bold=True)
    text(d, (78, 42), "Famous Doctor Health", 22, (210, 210, 210))
    d.rounded_rectangle((316, 24, 384, 60), radius=18, fill=(250, 60, 90))
    text(d, (350, 42), "关注", 22, (255, 255, 255), bold=True, anchor="mm")
    d.rounded_rectangle((648, 14, 790, 54), radius=20, fill=(240, 40, 60))
    text(d, (719, 34), "直播中 LIVE", 22, (255, 255, 255), bold=True, anchor="mm")
    for i, (count, colour) in enumerate((("9.8万", (250, 70, 90)), ("2.1万", (250, 250, 250)), ("分享", (250, 250, 250)))):
        y = 94 + i * 76
        x = 752
        d.ellipse((x - 22, y - 22, x + 22, y + 22), fill=(40, 60, 64))
        if i == 0:
            d.ellipse((x - 12, y - 10, x + 1, y + 3), fill=colour)
            d.ellipse((x - 1, y - 10, x + 12, y + 3), fill=colour)
            d.polygon([(x - 11, y), (x + 11, y), (x, y + 12)], fill=colour)
        elif i == 1:
            d.rounded_rectangle((x - 12, y - 10, x + 12, y + 7), radius=5, fill=colour)
            d.polygon([(x - 6, y + 6), (x, y + 6), (x - 8, y + 13)], fill=colour)
        else:
            d.polygon([(x - 11, y + 9), (x, y - 9), (x, y - 3), (x + 12, y - 3), (x + 12, y + 3), (x, y + 3), (x, y + 9)], fill=colour)
        text(d, (x, y + 24), count, 22, (20, 40, 40), bold=True, anchor="ma")
    claims = (80, 294, 720, 376)
    text(d, (400, 300), "三天降血压！吃了就能停药！", 36, (255, 236, 60), bold=True, anchor="ma", stroke=4,
         stroke_fill=(190, 20, 30))
    text(d, (400, 344), "Blood pressure down in 3 days. Stop your medicine!", 22, (255, 255, 255), bold=True,
         anchor="ma", stroke=2, stroke_fill=(120, 10, 20))
    out.region("doctor_ad.png", "miracle claims: stop your medicine", claims)
    bar = (0, 378, w, h)
    d.rectangle(bar, fill=(255, 246, 230))
    text(d, (14, 380), "今日半价 ¥199", 28, (220, 30, 40), bold=True)
    text(d, (206, 384), "仅剩23盒！", 24, (220, 30, 40), bold=True)
    text(d, (14, 418), "Half price today. Only 23 left!", 22, (120, 60, 40))
    button = (358, 384, 792, 444)
    d.rounded_rectangle(button, radius=24, fill=(250, 90, 40))
    text(d, (575, 386), "点击进健康群，领专家优惠", 22, (255, 255, 255), bold=True, anchor="ma")
    text(d, (575, 414), "Join the health group for a discount", 22, (255, 240, 230), anchor="ma")
    out.region("doctor_ad.png", "countdown and 'join the health group' button", bar)
    out.png(img, "doctor_ad.png")


def make_police_safe_account(out: Output) -> None:
    """A video call from a 'police officer' with the chat beside it, as a tablet shows it (landscape):
    every text at least 22 px, which shows as 18 px in the game's clip box."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    pane_w = 396
    messages = [
        ("我是市公安局王警官。", "I'm Officer Wang, city police.", False),
        ("你的卡涉嫌洗钱，要冻结。", "Your card is linked to laundering.", False),
        ("我没有啊！", "I never did that!", True),
        ("把钱转到安全账户。", "Move your money to a safe account.", False),
        ("这是保密案件，别告诉家人。", "It's secret. Tell no family.", False),
        ("把刚收到的验证码念给我。", "Read me the code you just got.", False),
    ]
    frames, durations = [], []
    boxes = {}
    for shown in range(len(messages) + 1):
        img = Image.new("RGB", (w, h), (236, 236, 236))
        d = ImageDraw.Draw(img)
        # the video window, drawn on its own panel so the officer stays inside it
        panel = Image.new("RGB", (pane_w, h))
        vgradient(panel, (0, 0, pane_w, h), (70, 80, 96), (44, 50, 60))
        pd = ImageDraw.Draw(panel)
        sign = (222, 84, 386, 126)
        pd.rectangle(sign, fill=(170, 40, 40))
        text(pd, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), "为人民服务", 26, (250, 220, 120), bold=True, anchor="mm")
        cx, cy, s = 170, 236, 56
        skin = (226, 186, 156)
        torso(pd, cx, cy, s, (32, 48, 88), collar=(200, 210, 230), neck=shade(skin, 0.9))
        badge = (cx - 78, cy + 92, cx - 34, cy + 136)
        pd.ellipse(badge, fill=(220, 180, 60))
        text(pd, ((badge[0] + badge[2]) // 2, (badge[1] + badge[3]) // 2), "警", 24, (120, 60, 20), bold=True, anchor="mm")
        hair_and_head(pd, cx, cy, s, skin, (30, 30, 30), "cap")
        pd.chord((cx - 0.95 * s, cy - 1.35 * s, cx + 0.95 * s, cy - 0.1 * s), 180, 360, fill=(32, 48, 88))
        pd.rectangle((cx - 1.1 * s, cy - 0.5 * s, cx + 1.1 * s, cy - 0.36 * s), fill=(20, 30, 60))
        pd.ellipse((cx - 14, cy - 1.05 * s, cx + 14, cy - 1.05 * s + 26), fill=(220, 180, 60))
        face_features(pd, cx, cy, s, mouth=0.4 if shown % 2 else 0.0, skin=skin, smile=False)
        pd.rounded_rectangle((8, 8, 300, 72), radius=10, fill=(0, 0, 0))
        text(pd, (18, 10), "王警官  视频通话", 22, (255, 255, 255), bold=True)
        text(pd, (18, 40), "Officer Wang · video call", 22, (220, 220, 220))
        pd.rounded_rectangle((306, 340, 386, 440), radius=6, fill=(120, 130, 140))
        text(pd, (346, 390), "我", 30, (230, 230, 230), anchor="mm")
        img.paste(panel, (0, 0))
        if shown == 0:
            boxes["badge"] = badge
            boxes["sign"] = sign
        # the chat beside it
        y = 8
        for index, (zh, en, mine) in enumerate(messages[:shown]):
            boxr = bubble(d, w - 8 if mine else pane_w + 8, y, zh, en, mine=mine, width=388, pad=6,
                          sizes=(22, 22), leading=(28, 26))
            boxes[index] = boxr
            y = boxr[3] + 5
        if shown == len(messages):   # the bank's text message drops down over the screen
            sms = (8, 6, w - 8, 108)
            d.rounded_rectangle(sms, radius=12, fill=(250, 250, 250), outline=(160, 160, 160), width=2)
            text(d, (22, 10), "短信 某银行 Text message", 22, (120, 120, 120), bold=True)
            text(d, (22, 40), "【银行】验证码385216，请勿告诉任何人。", 22, (20, 20, 20))
            text(d, (22, 70), "Bank: your code is 385216. Never tell anyone.", 22, (70, 70, 70))
            boxes["sms"] = sms
        frames.append(img)
        durations.append(1500 if shown == 0 else (6000 if shown == len(messages) else 2600))
    if boxes[len(messages) - 1][3] > h:
        raise SystemExit("police chat does not fit the screen")
    if boxes["sms"][3] > boxes[3][1]:
        raise SystemExit("the bank's text covers the 'safe account' message")
    out.gif(frames, durations, "police_safe_account.gif", colours=64)
    out.region("police_safe_account.gif", "badge and sign, drawn cleanly (nothing to see there)", boxes["badge"])
    out.region("police_safe_account.gif", "'safe account' message", boxes[3])
    out.region("police_safe_account.gif", "'secret, tell no family' message", boxes[4])
    out.region("police_safe_account.gif", "bank text: never tell anyone the code", boxes["sms"])
    out.region("police_safe_account.gif", "'read me the code' message", boxes[5])
    out.note(f"police_safe_account.gif: {sum(durations) / 1000:.1f} s, frames start at "
             + ", ".join(f"{sum(durations[:i]) / 1000:.1f}" for i in range(len(durations))))


def flower(d, x, y, r, colour, rng):
    for k in range(14):
        a = k / 14 * 2 * math.pi + rng.uniform(-0.1, 0.1)
        px, py = x + math.cos(a) * r * 0.65, y + math.sin(a) * r * 0.65
        d.ellipse((px - r * 0.42, py - r * 0.42, px + r * 0.42, py + r * 0.42), fill=colour)
    d.ellipse((x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35), fill=shade(colour, 0.7))


def make_community_poster(out: Output) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(606)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 245, 247))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=14, fill=(255, 255, 255), outline=(220, 222, 226))
    d.ellipse((18, 14, 72, 68), fill=(60, 160, 90))
    text(d, (45, 41), "阳", 28, (255, 255, 255), bold=True, anchor="mm")
    text(d, (84, 10), "阳光社区居委会", 26, (20, 20, 20), bold=True)
    text(d, (84, 44), "Sunshine Community · 10月20日 09:00", 22, (120, 120, 120))
    # the AI illustration: smooth, glossy, too perfect
    pic = (18, 82, 378, 438)
    art = Image.new("RGB", (400, 340))
    aw, ah = art.size
    vgradient(art, (0, 0, aw, ah), (255, 196, 120), (255, 236, 200))
    ad = ImageDraw.Draw(art)
    ad.ellipse((aw - 130, 30, aw - 50, 110), fill=(255, 250, 220))
    for i, colour in enumerate(((196, 150, 150), (170, 130, 140), (140, 110, 130))):
        base = 150 + i * 30
        pts = [(0, ah)] + [(x, base - 40 * math.sin(x / aw * math.pi * (1.5 + i * 0.4) + i)) for x in range(0, aw + 10, 10)] + [(aw, ah)]
        ad.polygon(pts, fill=colour)
    for _ in range(16):
        flower(ad, rng.randint(10, aw - 10), rng.randint(ah - 70, ah - 10), rng.randint(12, 20),
               rng.choice([(250, 200, 40), (250, 170, 30), (240, 230, 80)]), rng)
    ad.rounded_rectangle((110, 250, 290, 270), radius=6, fill=(150, 90, 60))
    for cx, hair, shirt in ((140, (220, 220, 225), (180, 60, 60)), (262, (200, 200, 205), (70, 90, 150))):
        s = 30
        torso(ad, cx, 170, s, shirt, collar=None, neck=(236, 196, 168))
        hair_and_head(ad, cx, 170, s, (242, 206, 178), hair, "short")
        fringe(ad, cx, 170, s, hair, "short")
        face_features(ad, cx, 170, s, skin=(242, 206, 178), wrinkles=True, brows=(150, 150, 150))
    ad.rounded_rectangle((186, 232, 210, 252), radius=4, fill=(255, 255, 255))
    hand(ad, 224, 232, 13, (242, 206, 178))
    art = art.filter(ImageFilter.SMOOTH_MORE).filter(ImageFilter.GaussianBlur(0.8))
    art = art.crop((20, 0, 380, 340)).resize((pic[2] - pic[0], pic[3] - pic[1]), Image.Resampling.BICUBIC)
    img.paste(art, pic[:2])
    d = ImageDraw.Draw(img)
    label = (pic[0] + 8, pic[3] - 68, pic[0] + 160, pic[3] - 8)
    d.rounded_rectangle(label, radius=8, fill=(0, 0, 0))
    text(d, ((label[0] + label[2]) // 2, label[1] + 4), "AI生成", 22, (255, 255, 255), bold=True, anchor="ma")
    text(d, ((label[0] + label[2]) // 2, label[1] + 32), "AI-generated", 22, (230, 230, 230), anchor="ma")
    out.region("community_ai_poster.png", "label on the picture: AI-generated", label)
    out.region("community_ai_poster.png", "the picture itself: smooth and tidy, nothing odd to see", pic)
    # the post text
    x, width = 394, 390
    y = text_block(d, x, 84, "重阳节敬老活动", 28, (20, 20, 20), width, bold=True)
    y = text_block(d, x, y - 2, "Double Ninth tea party", 22, (60, 60, 60), width, bold=True, spacing=1.2)
    y = text_block(d, x, y + 4, "10月29日上午9点，社区活动室。免费，欢迎老人和家属！", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "29 Oct, 9 am, community room. Free, all welcome!", 22, (80, 80, 80), width, spacing=1.2)
    y = text_block(d, x, y + 4, "咨询：居委会（1号楼一层）", 22, (30, 30, 30), width, spacing=1.2)
    y = text_block(d, x, y, "Ask at the office, Building 1", 22, (80, 80, 80), width, spacing=1.2)
    out.region("community_ai_poster.png", "the notice: time, place and an office to ask", (x - 4, 82, x + width, y + 2))
    note = (x - 4, y + 8, x + width, y + 78)
    d.rounded_rectangle(note, radius=8, fill=(238, 242, 250), outline=(170, 186, 220))
    d.ellipse((note[0] + 8, note[1] + 22, note[0] + 34, note[1] + 48), fill=(70, 110, 200))
    text(d, (note[0] + 21, note[1] + 35), "i", 22, (255, 255, 255), bold=True, anchor="mm")
    text(d, (note[0] + 42, note[1] + 6), "平台提示：内容由AI生成", 22, (40, 60, 120), bold=True)
    text(d, (note[0] + 42, note[1] + 38), "Platform: AI-made content", 22, (70, 90, 150))
    out.region("community_ai_poster.png", "platform's notice: AI-made content", note)
    if note[3] > h - 8:
        raise SystemExit(f"community_ai_poster.png: the post does not fit ({note[3]})")
    out.png(img, "community_ai_poster.png")


def make_flood_rumour(out: Output) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(707)
    w, h = 800, 450
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, 330), (150, 166, 184), (214, 214, 206))
    d = ImageDraw.Draw(img)
    for r in range(46, 20, -3):
        k = (46 - r) / 26
        d.ellipse((70 - r, 128 - r, 70 + r, 128 + r), fill=tuple(int(a + (b - a) * k) for a, b in zip((206, 206, 196), (255, 240, 190))))
    d.ellipse((52, 110, 88, 146), fill=(255, 252, 232))
    # buildings: lit on the RIGHT although the sun is on the left
    signs = []
    x = 190
    while x < w:
        bw = rng.randint(104, 140)
        top = rng.randint(84, 150)
        base = (rng.randint(150, 190),) * 3
        d.rectangle((x, top, x + bw, 320), fill=shade(base, 0.7))
        d.rectangle((x + bw * 0.65, top, x + bw, 320), fill=shade(base, 1.25))
        for wy in range(top + 12, 300, 22):
            for wx in range(x + 8, x + bw - 10, 18):
                d.rectangle((wx, wy, wx + 9, wy + 12), fill=(90, 100, 116) if rng.random() < 0.8 else (230, 220, 170))
        sy = top + 30
        if x < 560:
            sign = (x + 6, sy, x + bw - 6, sy + 32)
            d.rectangle(sign, fill=rng.choice([(190, 40, 40), (40, 90, 170), (220, 150, 30)]))
            shop = ("平价超市", "老街面馆", "大药房", "五金店", "水果店")[len(signs) % 5]
            text(d, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), shop, 22, (255, 255, 240), bold=True, anchor="mm")
            signs.append(sign)
        x += bw + rng.randint(4, 14)
    # the flood, and building bases melting into it
    water = Image.new("RGB", (w, h - 250))
    vgradient(water, (0, 0, w, h - 250), (140, 112, 76), (96, 76, 52))
    wd = ImageDraw.Draw(water)
    for _ in range(140):
        wx, wy = rng.randint(0, w), rng.randint(0, h - 250)
        wd.line((wx, wy, wx + rng.randint(20, 60), wy), fill=(170, 142, 104), width=2)
    mask = Image.new("L", (w, h - 250), 255)
    md = ImageDraw.Draw(mask)
    for i in range(40):
        md.line((0, i, w, i), fill=int(255 * i / 40))
    # bus, half under water
    bus = (330, 236, 560, 330)
    d.rounded_rectangle(bus, radius=14, fill=(240, 240, 232))
    d.rectangle((bus[0], 290, bus[2], 302), fill=(40, 150, 90))
    for bx in range(bus[0] + 12, bus[2] - 20, 34):
        d.rectangle((bx, 250, bx + 26, 282), fill=(70, 90, 110))
    img.paste(water, (0, 280), mask)
    d = ImageDraw.Draw(img)
    # a dry bank on the left: lamp post and a man, shadows falling TOWARDS the sun
    d.polygon([(0, 300), (200, 300), (170, 450), (0, 450)], fill=(120, 120, 118))
    d.rectangle((116, 150, 122, 320), fill=(50, 50, 56))
    d.ellipse((106, 140, 132, 158), fill=(60, 60, 66))
    d.polygon([(122, 320), (116, 320), (30, 350), (38, 354)], fill=(70, 70, 72))
    d.ellipse((150, 250, 170, 270), fill=(226, 186, 156))
    d.rectangle((148, 270, 172, 318), fill=(60, 80, 120))
    d.polygon([(158, 320), (166, 320), (80, 346), (72, 344)], fill=(70, 70, 72))
    out.region("flood_rumour.png", "sun on the left, but shadows also fall to the left", (20, 80, 190, 360))
    out.region("flood_rumour.png", "shop signs, written cleanly",
           (signs[0][0] - 4, min(s[1] for s in signs) - 6, signs[-1][2] + 4,
            max(s[3] for s in signs) + 6))
    out.region("flood_rumour.png", "building bases melt into the water", (180, 266, 800, 330))
    img = img.filter(ImageFilter.SMOOTH)
    d = ImageDraw.Draw(img)
    banner = (0, 0, w, 78)
    d.rectangle(banner, fill=(200, 16, 24))
    text(d, (18, 2), "突发！大坝决堤，全城被淹！", 32, (255, 255, 255), bold=True)
    text(d, (20, 46), "BREAKING: dam bursts, whole city under water!", 22, (255, 230, 230), bold=True)
    stamp = (w - 330, h - 82, w - 12, h - 12)
    d.rounded_rectangle(stamp, radius=10, fill=(255, 220, 0))
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 6), "速转！告诉家人！", 26, (180, 0, 0), bold=True, anchor="ma")
    text(d, ((stamp[0] + stamp[2]) // 2, stamp[1] + 40), "Forward now! Warn family!", 22, (120, 0, 0), bold=True, anchor="ma")
    out.region("flood_rumour.png", "headline with no source, no place, no time", banner)
    out.region("flood_rumour.png", "pressure to forward", stamp)
    out.png(img, "flood_rumour.png")


def make_snow_photo(out: Output) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1010)
    w, h = 800, 450
    lw, lh = 400, 225                       # a small, soft night photo, scaled up
    img = Image.new("RGB", (lw, lh))
    vgradient(img, (0, 0, lw, 120), (22, 26, 44), (60, 52, 58))
    d = ImageDraw.Draw(img)
    for bx, bw, top in ((0, 70, 40), (74, 60, 60), (300, 100, 30)):
        d.rectangle((bx, top, bx + bw, 140), fill=(34, 34, 42))
        for wy in range(top + 8, 130, 14):
            for wx in range(bx + 6, bx + bw - 6, 12):
                if rng.random() < 0.35:
                    d.rectangle((wx, wy, wx + 5, wy + 7), fill=(200, 170, 110))
    vgradient(img, (0, 140, lw, lh), (150, 140, 150), (200, 190, 196))
    d = ImageDraw.Draw(img)
    # lamps with orange glow (blown out)
    lamps = [(60, 70), (230, 64)]
    for lx, ly in lamps:
        d.rectangle((lx - 2, ly, lx + 2, 150), fill=(30, 30, 34))
    glow = Image.new("RGB", (lw, lh))
    gd = ImageDraw.Draw(glow)
    for lx, ly in lamps:
        for r in range(40, 0, -4):
            k = (40 - r) / 40
            gd.ellipse((lx - r, ly - r, lx + r, ly + r), fill=(int(255 * k), int(170 * k), int(60 * k)))
    glow = glow.filter(ImageFilter.GaussianBlur(6))
    img = Image.eval(Image.merge("RGB", [Image.eval(a, lambda v: v) for a in img.split()]), lambda v: v)
    img = Image.composite(img, img, Image.new("L", img.size, 255))
    from PIL import ImageChops
    img = ImageChops.add(img, glow)
    # the bus, blurred by its movement
    layer = Image.new("RGBA", (lw, lh))
    ld = ImageDraw.Draw(layer)
    ld.rounded_rectangle((150, 110, 330, 176), radius=10, fill=(60, 120, 170, 255))
    for bx in range(160, 320, 22):
        ld.rectangle((bx, 118, bx + 16, 140), fill=(250, 230, 160, 255))
    ld.ellipse((170, 166, 190, 186), fill=(20, 20, 20, 255))
    ld.ellipse((290, 166, 310, 186), fill=(20, 20, 20, 255))
    ld.rectangle((150, 146, 330, 150), fill=(240, 240, 240, 255))
    img = img.convert("RGBA")
    img.alpha_composite(motion_blur(layer, 26, 0, steps=11))
    # a pedestrian with an umbrella, walking (smeared too)
    layer = Image.new("RGBA", (lw, lh))
    ld = ImageDraw.Draw(layer)
    ld.pieslice((344, 118, 384, 146), 180, 360, fill=(150, 30, 40, 255))
    ld.line((364, 132, 364, 160), fill=(40, 40, 40, 255), width=2)
    ld.ellipse((357, 134, 369, 146), fill=(210, 170, 140, 255))
    ld.rectangle((356, 146, 372, 186), fill=(40, 40, 60, 255))
    img.alpha_composite(motion_blur(layer, 6, 2, steps=5))
    img = img.convert("RGB")
    # snow: streaks, some big and out of focus near the lens
    d = ImageDraw.Draw(img)
    for _ in range(260):
        sx, sy = rng.randint(0, lw), rng.randint(0, lh)
        d.line((sx, sy, sx - 1, sy + rng.randint(2, 5)), fill=(235, 235, 240), width=1)
    flakes = Image.new("RGBA", (lw, lh))
    fd = ImageDraw.Draw(flakes)
    for _ in range(14):
        sx, sy, r = rng.randint(0, lw), rng.randint(0, lh), rng.randint(3, 7)
        fd.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(240, 240, 250, 120))
    img = img.convert("RGBA")
    img.alpha_composite(flakes.filter(ImageFilter.GaussianBlur(2)))
    img = img.convert("RGB").resize((w, h), Image.Resampling.BILINEAR)
    # sensor grain at night
    grain = noise_layer((w, h), rng, "RGB")
    img = Image.blend(img, grain, 0.13)
    img = ImageChops.add(img, Image.new("RGB", (w, h), (12, 6, 0)))
    out.region("snow_night_photo.jpg", "moving bus: motion blur", (270, 210, 690, 380))
    out.region("snow_night_photo.jpg", "street lamps: blown-out orange glow", (20, 40, 540, 240))
    out.region("snow_night_photo.jpg", "walker smeared by movement", (676, 226, 780, 380))
    # the post frame: who published it, when, where
    d = ImageDraw.Draw(img)
    top = (0, 0, w, 70)
    d.rectangle(top, fill=(18, 24, 36))
    d.ellipse((10, 8, 64, 62), fill=(40, 120, 200))
    text(d, (37, 35), "气", 28, (255, 255, 255), bold=True, anchor="mm")
    text(d, (76, 4), "市气象台  官方账号", 24, (255, 255, 255), bold=True)
    text(d, (76, 38), "City Weather Office · official · today 06:30", 22, (190, 200, 215))
    out.region("snow_night_photo.jpg", "official source, time and place", top)
    cap = (0, h - 68, w, h)
    d.rectangle(cap, fill=(18, 24, 36))
    text(d, (14, h - 66), "昨夜大雪，积雪约5厘米，公交照常运行。（人民路站）", 22, (255, 255, 255))
    text(d, (14, h - 36), "Heavy snow, about 5 cm. Buses run as usual. (Renmin Rd stop)", 22, (200, 205, 215))
    out.jpeg(img, "snow_night_photo.jpg", quality=42)


def train_background(t, rng_seed=0):
    from PIL import Image, ImageDraw

    w, h = VIDEO_SIZE
    img = Image.new("RGB", (w, h), (200, 200, 205))
    d = ImageDraw.Draw(img)
    win = (0, 40, 300, 250)
    scene = Image.new("RGB", (win[2] - win[0], win[3] - win[1]))
    vgradient(scene, (0, 0, scene.width, scene.height), (150, 190, 230), (220, 232, 240))
    sd = ImageDraw.Draw(scene)
    off = (t * 30) % 300
    for i in range(-1, 4):
        x = i * 150 - off * 0.5
        sd.polygon([(x, 150), (x + 75, 95), (x + 150, 150)], fill=(120, 150, 130))
    sd.rectangle((0, 150, scene.width, scene.height), fill=(150, 170, 100))
    off = (t * 420) % 120
    for i in range(-1, 5):
        x = i * 120 - off
        sd.rectangle((x, 60, x + 7, 210), fill=(90, 80, 70))
        sd.ellipse((x + 40, 110, x + 90, 180), fill=(70, 120, 60))
    img.paste(scene, win[:2])
    d.rectangle(win, outline=(150, 150, 155), width=10)
    d.rounded_rectangle((190, 90, 470, 380), radius=40, fill=(40, 70, 130))
    d.rectangle((240, 90, 420, 140), fill=(235, 235, 235))
    d.rectangle((470, 0, w, h), fill=(180, 180, 188))
    return img


HOSPITAL_SIGN = (14, 76, 226, 140)


def hospital_background():
    from PIL import Image, ImageDraw

    w, h = VIDEO_SIZE
    img = Image.new("RGB", (w, h), (246, 246, 240))
    vgradient(img, (0, 0, w, 200), (200, 226, 214), (214, 234, 222))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 200, w, 212), fill=(150, 190, 176))
    sign = HOSPITAL_SIGN
    d.rounded_rectangle(sign, radius=6, fill=(30, 110, 150))
    text(d, ((sign[0] + sign[2]) // 2, sign[1] + 4), "住院部 3楼", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, ((sign[0] + sign[2]) // 2, sign[1] + 38), "Inpatients, 3rd floor", 18, (220, 236, 244), anchor="ma")
    d.rectangle((470, 70, 600, 300), fill=(226, 214, 190), outline=(180, 170, 150), width=4)
    d.rectangle((556, 170, 566, 200), fill=(150, 150, 150))
    d.rectangle((30, 262, 200, 280), fill=(90, 130, 170))
    d.rectangle((40, 280, 50, 330), fill=(110, 110, 116))
    d.rectangle((180, 280, 190, 330), fill=(110, 110, 116))
    return img


def make_friend_video(out: Output) -> None:
    """A genuine video call: an old classmate really asks to borrow money. Clear picture, lips in time."""
    from PIL import ImageDraw

    voice = dict(voice=MANDARIN, rate=175, pitch=40)
    track = Track()
    track.pause(0.4)
    track.add(speak("老同学，我是老孙啊。", **voice), "it's me, Lao Sun")
    track.pause(0.25)
    track.add(speak("我在市医院，老伴今天住院，押金还差三千。", **voice), "at hospital, deposit 3,000 short")
    track.pause(0.25)
    track.add(speak("银行卡落在家里了，你能先借我三千吗？", **voice), "card left at home, can you lend 3,000")
    track.pause(0.25)
    track.add(speak("转我微信就行，明天就还你。", **voice), "to my own WeChat, back tomorrow")
    track.pause(0.25)
    track.add(speak("你不放心，就打我手机问一句。", **voice), "if unsure, phone me")
    speech_end = track.seconds
    track.pause(0.4)
    call_end = track.seconds
    track.add(beep(0.12, 520), None)
    track.pause(0.08)
    track.add(beep(0.2, 390), "call ended beep")
    track.pause(max(0.0, call_end + 2.0 - track.seconds))
    samples = band(track.samples, SR, 120, 6000)
    samples = normalise(samples, 0.8)
    mouth = mouth_track(track.samples, lag_seconds=0.0)
    duration = track.seconds
    frames_total = int(math.ceil(duration * FPS))
    background = hospital_background()
    selfview = grandpa_selfview()
    skin = (214, 170, 138)
    frames = []
    for f in range(frames_total):
        t = f / FPS
        if t >= call_end:
            frames.append(None)
            continue
        img = background.copy()
        d = ImageDraw.Draw(img)
        cx = 320 + 5 * math.sin(t * 1.3)
        cy = 168 + 3 * math.sin(t * 2.1)
        s = 66
        torso(d, cx, cy, s, (70, 92, 120), collar=(200, 200, 190), neck=shade(skin, 0.92))
        hair_and_head(d, cx, cy, s, skin, (150, 148, 146), "short")
        fringe(d, cx, cy, s, (150, 148, 146), "short")
        face_features(d, cx, cy, s, mouth=mouth(f), blink=(f % 41 == 0), skin=skin, glasses=True,
                      wrinkles=True, brows=(120, 116, 112))
        call_bar(img, "老孙", "Lao Sun", t + 3, selfview)
        frames.append(img)
    # the call ends; his message repeats the request, to his own account
    last = frames[int(call_end * FPS) - 1]
    end_card = last.convert("L").convert("RGB").point(lambda v: v // 3)
    d = ImageDraw.Draw(end_card)
    d.rectangle((0, 0, 640, 76), fill=(0, 0, 0))
    text(d, (320, 14), f"视频通话已结束  通话时长 00:{int(call_end):02d}", 20, (255, 255, 255), bold=True, anchor="ma")
    text(d, (320, 44), f"Video call ended after {int(call_end)} seconds", 18, (220, 220, 220), anchor="ma")
    y = top = 84
    for zh, en in (("老同学，押金还差三千，转我微信就行，明天还你。", "Old friend, the deposit is 3,000 short. Send it to my WeChat, back tomorrow."),
                   ("不放心就打我手机，号码你有。", "Unsure? Phone me. You have my number.")):
        box = bubble(d, 110, y, zh, en, width=420, sizes=(20, 18))
        y = box[3] + 10
    end_frames = [end_card] * sum(1 for fr in frames if fr is None)
    frames = [fr for fr in frames if fr is not None] + end_frames
    path = out.path("friend_video_call.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "friend_video_call.mp4")
    out.note(f"friend_video_call.mp4 speech ends {speech_end:.1f}; call ends {call_end:.1f}; lasts {duration:.1f} s")
    out.region("friend_video_call.mp4", "hospital sign behind him", HOSPITAL_SIGN)
    out.region("friend_video_call.mp4", "face: clear, lips in time with the words", (320 - 80, 168 - 80, 320 + 80, 168 + 84))
    out.region("friend_video_call.mp4", "chat after the call: money to his own WeChat", (106, top - 4, 534, y - 6))
    out.check_video(path)


def make_son_video(out: Output) -> None:
    from PIL import Image, ImageDraw

    rng = random.Random(808)
    voice = dict(voice=MANDARIN, rate=185, pitch=48)
    track = Track()
    track.pause(0.4)
    track.add(speak("爸，我在火车上，信号不好。", **voice), "on the train, bad signal")
    track.pause(0.3)
    track.add(speak("周六到家，不用来接我。", **voice), "home Saturday, don't pick me up")
    track.pause(0.3)
    track.add(speak("先挂了啊。", **voice), "bye for now")
    track.pause(0.6)
    duration = track.seconds
    freezes = [(1.5, 2.0), (4.6, 5.0)]
    wave_span = (2.6, 3.5)
    # train noise, rail clacks, and the sound dropping out when the picture freezes
    rumble = biquad([rng.uniform(-1, 1) for _ in range(len(track.samples))], SR, "low", 180)
    rumble = normalise(rumble, 0.06)
    x = [v + r for v, r in zip(normalise(track.samples, 0.75), rumble)]
    clack = band([rng.uniform(-1, 1) for _ in range(int(0.05 * SR))], SR, 200, 1500)
    t = 0.3
    while t < duration:
        mix_into(x, [v * math.exp(-i / (0.012 * SR)) for i, v in enumerate(clack)], t, 0.5)
        t += 0.86
    for a, b in freezes:
        i0, i1 = int(a * SR), int(b * SR)
        for i in range(i0, min(i1, len(x))):
            edge = min(i - i0, i1 - i) / (0.01 * SR)
            x[i] *= max(0.0, 1 - min(1.0, edge))
    samples = normalise(band(x, SR, 100, 6500), 0.8)
    mouth = mouth_track(track.samples, lag_seconds=0.0)
    selfview = grandpa_selfview()
    son = VideoFace("son", 380)
    skin, shirt = son.skin, son.clothes
    frames = []
    held = None
    for f in range(int(math.ceil(duration * FPS))):
        t = f / FPS
        frozen = any(a <= t < b for a, b in freezes)
        poor = frozen or any(a - 0.6 <= t < b + 0.6 for a, b in freezes)
        if frozen and held is not None:
            frame = held.copy()
        else:
            img = train_background(t)
            d = ImageDraw.Draw(img)
            cx = 330 + 6 * math.sin(t * 3.1)
            cy = 172 + 4 * math.sin(t * 5.3)
            son.paste(img, cx, cy, mouth(f))   # the cast's son (林大军), as the family pack's calls show him
            if wave_span[0] <= t <= wave_span[1]:
                k = (t - wave_span[0]) / (wave_span[1] - wave_span[0])
                hx = cx + 130 * math.cos(k * math.pi)
                speed = 130 * math.pi * math.sin(k * math.pi) / FPS / (wave_span[1] - wave_span[0])
                arm = Image.new("RGBA", VIDEO_SIZE)
                ad = ImageDraw.Draw(arm)
                ad.line((cx + 90, 360, hx, cy + 50), fill=shirt + (255,), width=38)
                hand(ad, hx, cy + 10, 30, skin + (255,))
                arm = motion_blur(arm, int(speed * 0.25), 0, steps=5)
                img.paste(arm, (0, 0), arm)
            img = macroblocks(img, rng, 0.9 if poor else 0.25, 14 if poor else 6)
            if poor:
                img = img.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")
            frame = img
            held = img
        call_bar(frame, "儿子", "Son", 64 + t, selfview, poor=poor)
        frames.append(frame)
    path = out.path("son_train_call.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "son_train_call.mp4")
    out.note(f"son_train_call.mp4 freezes (picture and sound) at {freezes}; hand wave at {list(wave_span)}; lasts {duration:.1f} s")
    out.region("son_train_call.mp4", "blocky squares from a weak network", (0, 64, 640, 300))
    out.region("son_train_call.mp4", "hand passes in front of the face; the face stays whole", (190, 80, 470, 300))
    out.check_video(path)


JOBS = {   # job name -> function(out)
    "family_wave": make_family_wave,
    "grandson_call": make_grandson_call,
    "daughter_call": make_daughter_call,
    "doctor_ad": make_doctor_ad,
    "police_safe_account": make_police_safe_account,
    "community_poster": make_community_poster,
    "flood_rumour": make_flood_rumour,
    "snow_photo": make_snow_photo,
    "son_video": make_son_video,
    "friend_video": make_friend_video,
}
