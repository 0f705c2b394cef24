"""Media of the 'family' pack (scenarios/family/media/): four voice clips and five pictures.

Run through ``tools/make_media.py`` (``--only family`` or ``--only family:son_site``).
Real clips carry innocent oddities (building-site noise, panting, footsteps and
wind, an old crackling landline with an echo), and three of them ask for money; one
fake voice carries concrete tells (a copied line, a digital stutter, dead silence
between words), while the fake "warrant" is neat and legible: only its content
(a chat ID, a video statement, secrecy) gives it away. Fixed seeds, no timestamps: the same bytes every run. No real person's
face or voice; names and numbers are invented and masked.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import CHAT_H, CHAT_W
from tools.media.output import Output
from tools.media.phone import GREEN, PAIR_GAP, RED, TOP, call_clip, chat_pair
from tools.media.sound import (MANDARIN, Track, band, biquad, breath, mix_into, normalise, resample, speak,
                               write_wav)
from tools.media.spec import PHONE_SR, SR
from tools.media.text import font, text, wrap

PACK = "family"
FEMALE = MANDARIN + "+f4"   # f2, f3 and f5 add random breath noise that changes run to run


# ---------------------------------------------------------------- sound helpers

def _soft_clip(x: list[float], drive: float) -> list[float]:
    """A phone's loudness control squashing shouts and noise together."""
    k = math.tanh(drive)
    return [math.tanh(v * drive) / k for v in x]


def _write(out: Output, name: str, x: list[float]) -> None:
    write_wav(out.path(name), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)


def _burst(rng: random.Random, seconds: float, low: float, high: float, decay: float) -> list[float]:
    n = int(seconds * SR)
    raw = band([rng.uniform(-1, 1) for _ in range(n)], SR, low, high)
    return [v * math.exp(-i / (decay * SR)) for i, v in enumerate(raw)]


def _tone(seconds: float, freq: float, amp: float, decay: float | None = None) -> list[float]:
    n = int(seconds * SR)
    return [amp * math.sin(2 * math.pi * freq * i / SR) * (math.exp(-i / (decay * SR)) if decay else 1.0)
            for i in range(n)]


# ---------------------------------------------------------------- picture helpers

def _with_dot(band):
    """A voice message's band, wide enough for its unread dot."""
    return (band[0], band[1], band[2] + 24, band[3])


# ---------------------------------------------------------------- 1. son on a building site (real)

def make_son_site(out: Output) -> None:
    """The son shouts over drills, hammering and a reversing truck, on his workmate's phone."""
    rng = random.Random(1101)
    voice = dict(voice=MANDARIN, rate=178, pitch=46)
    lines = [
        ("喂，妈！是我，大军！", "hello, it's Dajun"),
        ("我借工友老刘的手机打来的，我的手机没电了。", "workmate Lao Liu's phone, mine is flat"),
        ("这边太吵了，你听得见吗？", "it's so loud here, can you hear me"),
        ("这个月工资晚发了，手里没钱吃饭。", "wages are late, no money for food"),
        ("你先转五百到我自己那张卡上，", "send 500 to my own card"),
        ("下周发了工资就把钱给你。", "I'll give it back next week"),
        ("不放心就打给小芳问问！好，先挂了啊！", "if unsure ask Xiaofang; bye"),
    ]
    track = Track()
    track.pause(0.6)
    for zh, label in lines:
        track.add(speak(zh, **voice), label, gain=1.0)
        track.add(breath(rng, 0.3, 0.05))
        track.pause(0.15)
    track.pause(0.6)
    n = len(track.samples)
    seconds = track.seconds
    site = [0.0] * n
    # wind and machines: a low rumble all the time
    rumble = biquad([rng.uniform(-1, 1) for _ in range(n)], SR, "low", 220)
    mix_into(site, normalise(rumble, 0.12))
    # an electric drill in bursts, stuttering at about 22 Hz
    marks = track.marks
    drills = [(marks[2][1] - 0.1, marks[2][2] + 0.2), (seconds - 1.2, seconds)]
    for a, b in drills:
        length = b - a
        raw = band([rng.uniform(-1, 1) for _ in range(int(length * SR))], SR, 1400, 5200)
        env = [(0.6 + 0.4 * math.sin(2 * math.pi * 22 * i / SR)) * min(1.0, i / (0.05 * SR),
                                                                          (len(raw) - i) / (0.05 * SR))
               for i in range(len(raw))]
        mix_into(site, [v * e for v, e in zip(normalise(raw, 0.38), env)], a)
    # hammer blows on steel
    t = 0.2
    while t < seconds - 0.3:
        if not any(a - 0.2 <= t <= b for a, b in drills):
            clank = [v + w for v, w in zip(_tone(0.16, 1180, 0.35, 0.03), _tone(0.16, 2730, 0.2, 0.02))]
            mix_into(site, [v + w * 0.4 for v, w in zip(clank, _burst(rng, 0.16, 500, 4000, 0.015))], t)
        t += 0.82 + rng.uniform(-0.08, 0.08)
    # a truck backing up: beep, beep
    beeps_from = marks[3][1]
    t = beeps_from
    while t < marks[4][2]:
        mix_into(site, _tone(0.3, 1020, 0.16), t)
        t += 0.9
    x = [v * 1.0 + s for v, s in zip(normalise(track.samples, 0.7), site)]
    x = band(band(x, SR, 300, 3400), SR, 300, 3400)
    x = _soft_clip(normalise(x, 0.9), 2.2)
    _write(out, "son_site_call.wav", x)
    track.show_marks(out, "son_site_call.wav")
    out.note(f"son_site_call.wav drill at {[(round(a, 1), round(b, 1)) for a, b in drills]}, "
             f"reversing beeps from {beeps_from:.1f}; lasts {seconds:.1f} s")
    call_clip(out, "son_site_screen.png", caller_zh="未知号码", caller_en="Unknown number",
                number="137 **** 5190", avatar="?", avatar_bg=(110, 118, 130),
                note_zh="未存入通讯录", note_en="Not in contacts", note_colour=(230, 160, 40),
                timer="00:12")


# ---------------------------------------------------------------- 2. granddaughter running for a bus (real)

def make_granddaughter_bus(out: Output) -> None:
    """A breathless voice message: panting, running steps, wind, then the bus and its card reader."""
    rng = random.Random(1202)
    voice = dict(voice=FEMALE, rate=185, pitch=62)
    parts = [
        ("奶奶，", "Grandma"),
        ("我在跑着赶公交，去火车站，", "running for the bus to the station"),
        ("有点喘。", "a bit out of breath"),
        ("我的卡付不了钱，买不了车票。", "my card won't pay, can't buy the ticket"),
        ("你能先转我两百吗？", "could you send me 200"),
        ("不放心就给我打电话。", "call me if you're not sure"),
        ("车来了，先不说了！", "the bus is here, bye"),
    ]
    track = Track()
    track.pause(0.35)
    breaths = []
    for i, (zh, label) in enumerate(parts):
        track.add(speak(zh, **voice), label)
        if i < len(parts) - 1:
            start = track.seconds
            track.add(breath(rng, 0.42, 0.11))
            track.add(breath(rng, 0.28, 0.07))
            breaths.append((start, track.seconds))
    track.pause(0.9)
    n = len(track.samples)
    seconds = track.seconds
    street = [0.0] * n
    wind = band([rng.uniform(-1, 1) for _ in range(n)], SR, 60, 700)
    gust = [0.5 + 0.5 * math.sin(2 * math.pi * 0.7 * i / SR) ** 2 for i in range(n)]
    mix_into(street, [v * g for v, g in zip(normalise(wind, 0.13), gust)])
    bus_at = track.marks[-1][1] - 0.6
    # running steps until she reaches the bus
    t = 0.1
    while t < bus_at:
        mix_into(street, _burst(rng, 0.07, 60, 500, 0.018), t, 0.5)
        t += 0.36
    # the bus pulls in: engine rumble, door hiss, then the card reader's beep
    engine = biquad([rng.uniform(-1, 1) for _ in range(int((seconds - bus_at) * SR))], SR, "low", 140)
    engine = normalise(engine, 0.14)
    engine = [v * min(1.0, i / (0.8 * SR)) for i, v in enumerate(engine)]
    mix_into(street, engine, bus_at)
    hiss_at = track.marks[-1][2] + 0.05
    mix_into(street, _burst(rng, 0.45, 2000, 7000, 0.15), hiss_at, 0.35)
    mix_into(street, _tone(0.12, 1900, 0.2), hiss_at + 0.5)
    x = [v + s for v, s in zip(normalise(track.samples, 0.72), street)]
    x = band(x, SR, 120, 7000)
    x = _soft_clip(normalise(x, 0.9), 1.6)
    _write(out, "granddaughter_bus.wav", x)
    track.show_marks(out, "granddaughter_bus.wav")
    out.note(f"granddaughter_bus.wav panting at {[(round(a, 1), round(b, 1)) for a, b in breaths]}; "
             f"bus from {bus_at:.1f}, door and card beep at {hiss_at:.1f}; lasts {seconds:.1f} s")

    name = "granddaughter_bus_chat.png"
    picture, bands = chat_pair(
        title=("孙女 甜甜", "Tiantian"), face=("甜", (226, 110, 140)), bar=False,
        tag=(("通讯录好友", "Saved contact"), GREEN),
        items=[("time", ("昨天 21:02", "Yesterday 21:02")),
               ("text", "them", ("奶奶晚安！明天坐火车回去看你。", "Good night! Train home tomorrow.")),
               ("text", "me", ("好，路上慢点。", "Take care!")),
               ("time", ("今天 17:31", "Today 17:31")),
               ("voice", "them", round(seconds))])
    out.png(picture, name)
    out.region(name, "her usual saved account, with yesterday's chat", (bands[0][0], TOP + 64, bands[2][2], bands[2][3]))
    out.region(name, "the voice message", _with_dot(bands[4]))


# ---------------------------------------------------------------- 3. brother on the village landline (real)

def make_village_landline(out: Output) -> None:
    """An old landline: narrow, humming, crackling, and cutting out for a moment."""
    rng = random.Random(1303)
    voice = dict(voice=MANDARIN, rate=150, pitch=34)
    lines = [
        ("喂，妹子吗？我是二哥。", "hello sister, it's your second brother"),
        ("喂？听得见吗？这电话老是沙沙响。", "can you hear me, the line crackles"),
        ("你二嫂住院了，要交三千块押金，", "sister-in-law in hospital, 3,000 deposit"),
        ("我手上一时凑不齐。", "I can't raise it all at once"),
        ("你先借我，卖了苹果就把钱给你。", "lend it, I'll give it back after the apples sell"),
        ("不放心就挂了，再打回来问我。", "if unsure, hang up and ring me back"),
    ]
    track = Track()
    track.pause(0.6)
    for zh, label in lines:
        track.add(speak(zh, **voice), label)
        track.pause(0.4)
    track.pause(0.3)
    seconds = track.seconds
    x = band(band(normalise(track.samples, 0.7), SR, 420, 2600), SR, 420, 2600)
    n = len(x)
    # a long old line sends a faint echo of the voice back a moment later
    echo = 0.22
    mix_into(x, list(x), echo, 0.28)
    # the line cuts out twice, for a moment each
    marks = track.marks
    cut1 = marks[0][2] - 0.55
    cut2 = marks[3][1] + 0.35
    drops = [(cut1, cut1 + 0.35), (cut2, cut2 + 0.3)]
    for a, b in drops:
        i0, i1 = int(a * SR), int(b * SR)
        for i in range(i0, min(i1, n)):
            edge = min(i - i0, i1 - i) / (0.008 * SR)
            x[i] *= max(0.03, 1 - min(1.0, edge))
    # mains hum and hiss of an old copper line
    for i in range(n):
        t = i / SR
        x[i] += 0.022 * math.sin(2 * math.pi * 50 * t) + 0.012 * math.sin(2 * math.pi * 150 * t)
    mix_into(x, band([rng.uniform(-1, 1) for _ in range(n)], SR, 500, 3000), 0, 0.03)
    # crackle: clicks all along, and thick crackle around the cuts and in the second line
    crackly = [(a - 0.4, b + 0.4) for a, b in drops] + [(marks[1][1], marks[1][1] + 1.5)]
    t = 0.0
    while t < seconds:
        dense = any(a <= t <= b for a, b in crackly)
        mix_into(x, _burst(rng, 0.012, 800, 5000, 0.002), t, rng.uniform(0.3, 0.9) * (1.4 if dense else 0.7))
        t += rng.uniform(0.01, 0.04) if dense else rng.uniform(0.08, 0.3)
    x = band(x, SR, 40, 3400)
    _write(out, "village_landline.wav", normalise(x, 0.85))
    track.show_marks(out, "village_landline.wav")
    out.note(f"village_landline.wav line cuts at {[(round(a, 1), round(b, 1)) for a, b in drops]}; "
             f"thick crackle at {[(round(a, 1), round(b, 1)) for a, b in crackly]}; lasts {seconds:.1f} s")
    call_clip(out, "village_landline_screen.png", caller_zh="二哥 老家座机", caller_en="Second brother (village home)",
                number="0913-****2207", avatar="哥", avatar_bg=(150, 110, 70),
                note_zh="通讯录：老家座机", note_en="Saved: home landline", note_colour=(90, 190, 120),
                timer="00:19")


# ---------------------------------------------------------------- 4. a cloned "daughter" held somewhere (fake)

def make_daughter_held(out: Output) -> None:
    """A voice message from a stranger's account: clean, flat, a copied line and a digital stutter."""
    voice = dict(voice=FEMALE, rate=168, pitch=30)
    gap = 0.3
    track = Track()
    track.pause(0.3)
    opening = speak("妈，救救我。", **voice)
    track.add(opening, "help me (first)")
    track.pause(gap)
    track.add(speak("我被人扣住了，", **voice), "I am being held")
    track.pause(gap)
    held = speak("他们不让我走。", **voice)
    # a stutter: one short slice played three times, like a scratched record
    cut = int(len(held) * 0.42)
    piece = held[cut:cut + int(0.07 * SR)]
    stutter_at = track.seconds + cut / SR
    held = held[:cut] + piece * 3 + held[cut:]
    track.add(held, "they won't let me go (stutter inside)", words="他们不让我走。")
    stutter = (stutter_at, stutter_at + 3 * len(piece) / SR)
    track.pause(gap)
    track.add(speak("要先交五万块钱。", **voice), "50,000 first")
    track.pause(gap)
    track.add(speak("别报警，也别给别人打电话。", **voice), "no police, call no one")
    track.pause(gap)
    track.add(speak("照他说的做，快一点。", **voice), "do what he says, quickly")
    track.pause(gap)
    track.add(list(opening), "help me (the same samples again)", words=opening.words)
    track.pause(0.3)
    # no room sound, no breath: only a gentle band limit, and exact silence between the lines
    x = band(track.samples, SR, 150, 7000)
    x = normalise(x, 0.8)
    _write(out, "daughter_held.wav", x)
    track.show_marks(out, "daughter_held.wav")
    out.note(f"daughter_held.wav stutter at [{stutter[0]:.2f}, {stutter[1]:.2f}]; silent gaps of {gap} s "
             f"between lines; lasts {track.seconds:.1f} s")

    name = "daughter_held_chat.png"
    picture, bands = chat_pair(
        title=("陌生人", "Stranger"), face=("?", (130, 130, 140)), bar=False,
        tag=(("不是好友 · 刚添加", "Not a friend yet"), RED),
        items=[("voice", "them", round(track.seconds)),
               ("text", "them", ("一小时内转五万，小丽就能回家。", "50,000 in an hour and Xiaoli comes home.")),
               ("text", "them", ("卡号 6217 **** 0937 户名 陈某", "Card 6217 **** 0937, Chen")),
               ("text", "them", ("别报警，也别给她打电话。", "No police. Don't call her."))])
    out.png(picture, name)
    out.region(name, "a stranger's account, just added", (PAIR_GAP, TOP + 64, picture.width - PAIR_GAP, TOP + 108))
    out.region(name, "new account for the money, 'no police, don't call her'", (bands[2][0], bands[2][1], bands[3][2], bands[3][3]))


# ---------------------------------------------------------------- 5. a fake "arrest warrant" sent by chat (fake)

def _seal(size: int):
    """A red round seal with clean, legible ring text, as a forger (or a generator) makes it today."""
    from PIL import Image, ImageDraw

    red = (214, 36, 40, 235)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=6)
    # a five-pointed star
    pts = []
    for k in range(10):
        r = size * (0.17 if k % 2 == 0 else 0.07)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=red)
    # ring text: real characters, each turned to face the centre, along the upper arc
    ring = "江城市人民检察院"
    count = len(ring)
    for k, ch in enumerate(ring):
        a = math.pi * (-1.15 + 1.3 * k / (count - 1))
        tile = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
        text(ImageDraw.Draw(tile), (16, 16), ch, 22, red, bold=True, anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        r = size * 0.34
        px, py = c + r * math.cos(a) - 16, c + r * math.sin(a) - 16
        layer.alpha_composite(tile, (int(px), int(py)))
    return layer


def make_arrest_warrant(out: Output) -> None:
    """A chat from a 'police officer' with a clean, legible fake warrant that names a chat contact."""
    from PIL import Image, ImageDraw

    name = "arrest_warrant_chat.png"
    size = 22              # a picture on its own: 22 px shows as 18 px in the game's clip box
    img = Image.new("RGB", (CHAT_W, CHAT_H), (60, 62, 68))
    d = ImageDraw.Draw(img)
    # left: the chat (a phone-width column)
    col = 392
    d.rectangle((0, 0, col, CHAT_H), fill=(237, 237, 237))
    d.rectangle((0, 0, col, 70), fill=(247, 247, 247))
    d.line((0, 70, col, 70), fill=(210, 210, 210), width=2)
    text(d, (14, 35), "‹", 36, (60, 60, 60), anchor="lm")
    text(d, (col // 2 + 8, 6), "市公安局 李警官", 26, (20, 20, 20), bold=True, anchor="ma")
    text(d, (col // 2 + 8, 40), "'Officer Li' · not a contact", size, (190, 90, 30), anchor="ma")
    police = (40, 70, 140)

    def sender(y):
        d.rounded_rectangle((8, y, 48, y + 40), radius=5, fill=police)
        text(d, (28, y + 20), "警", 22, (255, 255, 255), bold=True, anchor="mm")

    def msg(y, zh, en, width=326):
        pad = 7
        zl, el = wrap(zh, size, width - 2 * pad), wrap(en, size, width - 2 * pad)
        tw = max([font(size).getlength(s) for s in zl] + [font(size).getlength(s) for s in el])
        sender(y)
        box = (56, y, 56 + int(tw) + 2 * pad, y + 2 * pad + 28 * len(zl) + 27 * len(el))
        d.rounded_rectangle(box, radius=7, fill=(255, 255, 255))
        ty = y + pad
        for s in zl:
            text(d, (box[0] + pad, ty), s, size, (20, 20, 20))
            ty += 28
        for s in el:
            text(d, (box[0] + pad, ty), s, size, (90, 90, 90))
            ty += 27
        return box

    b1 = msg(78, "检察院对你发了逮捕令。", "A warrant for your arrest.")
    # a thumbnail of the picture, tapped open on the right
    th = (56, b1[3] + 6, 136, b1[3] + 6 + 52)
    sender(th[1])
    d.rectangle(th, fill=(252, 252, 248), outline=(200, 200, 200))
    for ly in range(th[1] + 10, th[3] - 8, 8):
        d.line((th[0] + 10, ly, th[2] - 10, ly), fill=(170, 170, 170), width=2)
    d.ellipse((th[2] - 30, th[3] - 26, th[2] - 8, th[3] - 4), outline=(214, 36, 40), width=2)
    b2 = msg(th[3] + 6, "加刘检察官微信，视频做笔录。", "Add Prosecutor Liu on chat for a video statement.")
    b3 = msg(b2[3] + 6, "案件保密，不许告诉家人。", "It's secret. Tell no family.")
    if b3[3] > CHAT_H - 2:
        raise SystemExit(f"{name}: the chat does not fit ({b3[3]})")

    # right: the opened "warrant", neat and legible
    paper = (col + 16, 6, CHAT_W - 12, CHAT_H - 34)
    doc = Image.new("RGB", (paper[2] - paper[0], paper[3] - paper[1]), (252, 251, 244))
    dd = ImageDraw.Draw(doc)
    pw, ph = doc.size
    dd.rectangle((5, 5, pw - 6, ph - 6), outline=(190, 60, 60), width=2)
    title_w = font(32, True).getlength("逮捕令") + 12 + font(size).getlength("ARREST WARRANT")
    text(dd, ((pw - title_w) // 2, 12), "逮捕令", 32, (30, 30, 30), bold=True)
    text(dd, ((pw + title_w) // 2, 44), "ARREST WARRANT", size, (90, 90, 90), anchor="rs")
    fields = ["案号：江检捕(2025)0417号", "嫌疑人：张秀英 Zhang Xiuying", "身份证 ID 3101**********2468",
              "罪名：洗钱 Money laundering"]
    fy = 58
    for line in fields:
        text(dd, (16, fy), line, size, (30, 30, 30))
        fy += 30
    contact = (10, fy + 4, pw - 10, fy + 4 + 92)
    dd.rectangle(contact, fill=(232, 240, 255))
    text(dd, (18, fy + 8), "办案人：刘检察官", size, (30, 60, 140), bold=True)
    text(dd, (18, fy + 38), "微信 liu****88", size, (30, 60, 140), bold=True)
    text(dd, (18, fy + 66), "Officer: Liu, chat ID liu****88", size, (50, 70, 140))
    # signature and the seal, stamped over it
    text(dd, (16, ph - 66), "江城市人民检察院", size, (30, 30, 30))
    text(dd, (16, ph - 38), "City Procuratorate", size, (110, 110, 110))
    seal_size = 132
    seal_xy = (pw - seal_size - 14, ph - seal_size - 8)
    doc = doc.convert("RGBA")
    doc.alpha_composite(_seal(seal_size), seal_xy)
    doc = doc.convert("RGB")
    seal_box = (seal_xy[0], seal_xy[1], seal_xy[0] + seal_size, seal_xy[1] + seal_size)
    img.paste(doc, paper[:2])
    d = ImageDraw.Draw(img)
    d.rectangle(paper, outline=(30, 30, 30), width=1)
    text(d, ((paper[0] + paper[2]) // 2, CHAT_H - 3), "点开的图片 Picture opened", size, (210, 210, 210), anchor="md")
    if contact[3] > seal_box[1] + 10 or fy > ph:
        raise SystemExit(f"{name}: the warrant does not fit")
    out.region(name, "seal: neat and legible, with your name and ID above",
               (paper[0] + seal_box[0] - 4, paper[1] + seal_box[1] - 4, paper[0] + seal_box[2] + 4, paper[1] + seal_box[3] + 4))
    out.region(name, "a chat ID inside a 'warrant'",
               (paper[0] + contact[0], paper[1] + contact[1], paper[0] + contact[2], paper[1] + contact[3]))
    out.region(name, "'add the prosecutor, video statement' and 'tell no family' messages", (4, b2[1] - 3, col - 4, b3[3] + 3))
    out.region(name, "sender: not a contact", (0, 0, col, 70))
    out.png(img, name)


JOBS = {   # job name -> function(out)
    "son_site": make_son_site,
    "granddaughter_bus": make_granddaughter_bus,
    "village_landline": make_village_landline,
    "daughter_held": make_daughter_held,
    "arrest_warrant": make_arrest_warrant,
}
