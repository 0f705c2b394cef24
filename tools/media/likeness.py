"""Media of the 'likeness' pack (scenarios/likeness/media/): when YOUR face or voice is used.

Eight clips, drawn and voiced here: an advert with the player's face pasted on a
"customer", an AI-dubbing app selling the player's cloned voice, a clean face-swapped
"party" picture used for blackmail (no seam, no extra finger: caught by the facts),
a "free photo repair" mini-program that wants a face video and an ID number, a
grandson's honestly labelled AI birthday video, a dating profile made from the
player's holiday photo, a dim, blurred but genuine dance-class video (real), and the
old radio station's genuine consent form for an AI voice (real). The five calls of
the pack have no media.

Run through ``tools/make_media.py`` (``--only likeness`` or ``--only likeness:health_ad``).
Fixed seeds, no timestamps: the same files every run. No real person's face or
voice: the player ("you") is one cartoon woman drawn the same way everywhere
(short grey curls, red glasses, pearl earrings), so her face is recognisable
from clip to clip.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (
    bubble,
    face_features,
    fringe,
    hair_and_head,
    hand,
    motion_blur,
    noise_layer,
    shade,
    torso,
    vgradient,
)
from tools.media.output import Output
from tools.media.sound import (
    MANDARIN,
    Track,
    band,
    beep,
    breath,
    hoarse,
    normalise,
    resample,
    speak,
    write_wav,
)
from tools.media.spec import FPS, PHONE_SR, SR, VIDEO_SIZE
from tools.media.text import drawn_mark, font, scale_drawn, text, text_block, wrap

PACK = "likeness"

YOU_SKIN = (236, 202, 176)       # the player's own skin tone
YOU_HAIR = (128, 124, 126)       # short grey curls
YOU_BROWS = (96, 92, 94)
GLASSES = (200, 40, 52)          # red frames: the player's recognisable feature
PEARL = (250, 248, 240)
CHAT_BG = (237, 237, 237)
GREY_TEXT = (110, 110, 110)
# "+f4": the female variant without espeak's own random breath noise (f2, f3, f5 vary run to run)
YOU_VOICE = {"voice": MANDARIN + "+f4", "rate": 150, "pitch": 40}


# ---------------------------------------------------------------- the player's face

def you_features(d, cx, cy, s, *, skin=YOU_SKIN, mouth=0.0, blink=False, wrinkles=True, glasses=True,
                 brows=YOU_BROWS):
    """The player's face: drawn features plus red glasses."""
    face_features(d, cx, cy, s, mouth=mouth, blink=blink, glasses=False, wrinkles=wrinkles,
                  brows=brows, skin=skin)
    if glasses:
        eye_y = cy - 0.08 * s
        width = max(2, int(s * 0.06))
        for side in (-1, 1):
            ex = cx + side * 0.33 * s
            d.rounded_rectangle((ex - 0.22 * s, eye_y - 0.17 * s, ex + 0.22 * s, eye_y + 0.16 * s),
                                radius=0.06 * s, outline=GLASSES, width=width)
        d.line((cx - 0.11 * s, eye_y - 0.05 * s, cx + 0.11 * s, eye_y - 0.05 * s), fill=GLASSES, width=width)


def you_hair(d, cx, cy, s, hair=YOU_HAIR, skin=YOU_SKIN, earrings=True):
    """Head, ears, pearl earrings and short curls (features come after)."""
    hair_and_head(d, cx, cy, s, skin, hair, "short")
    if earrings:
        for side in (-1, 1):
            ex = cx + side * 0.88 * s
            r = max(2, 0.07 * s)
            d.ellipse((ex - r, cy + 0.28 * s - r, ex + r, cy + 0.28 * s + r), fill=PEARL, outline=shade(PEARL, 0.7))
    fringe(d, cx, cy, s, hair, "short")
    for k in range(9):
        a = math.pi * (1.05 + 0.9 * k / 8)
        px, py = cx + math.cos(a) * 0.86 * s, cy - 0.3 * s + math.sin(a) * 0.78 * s
        r = 0.17 * s
        d.ellipse((px - r, py - r, px + r, py + r), fill=shade(hair, 1.08 if k % 2 else 0.95))


def draw_you(d, cx, cy, s, *, skin=YOU_SKIN, hair=YOU_HAIR, mouth=0.0, blink=False, wrinkles=True, glasses=True):
    you_hair(d, cx, cy, s, hair, skin)
    you_features(d, cx, cy, s, skin=skin, mouth=mouth, blink=blink, wrinkles=wrinkles, glasses=glasses)


def you_face_layer(size, cx, cy, s, *, skin=YOU_SKIN, mouth=0.0, soften=2, feather=5, inset=0.9):
    """The player's face cut out and made ready to paste on someone else (a face swap).

    Like ``draw.swapped_face`` but with the player's own features; returns (layer, mask).
    """
    from PIL import Image, ImageDraw, ImageFilter

    layer = Image.new("RGB", size, skin)
    you_features(ImageDraw.Draw(layer), cx, cy, s, skin=skin, mouth=mouth)
    if soften > 1:
        w, h = size
        layer = layer.resize((max(1, w // soften), max(1, h // soften)), Image.Resampling.BILINEAR)
        layer = layer.resize(size, Image.Resampling.BILINEAR)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).ellipse((cx - 0.86 * s * inset, cy - 0.78 * s, cx + 0.86 * s * inset, cy + 0.98 * s),
                                 fill=255)
    return layer, mask.filter(ImageFilter.GaussianBlur(feather))


def header_bar(d, box, title_zh, title_en, *, fill=(246, 246, 246), colour=(20, 20, 20), size=22):
    """A title bar: the Chinese title over the English one; give it about 3 x ``size`` of height."""
    d.rectangle(box, fill=fill)
    x0, y0, x1, y1 = box
    text(d, ((x0 + x1) // 2, y0 + 4), title_zh, size + 2, colour, bold=True, anchor="ma")
    text(d, ((x0 + x1) // 2, y0 + 6 + round((size + 2) * 1.25)), title_en, size, GREY_TEXT, anchor="ma")
    d.line((x0, y1, x1, y1), fill=(210, 210, 210))


def tick(d, x, y, size, colour=(255, 255, 255), width=3):
    d.line((x, y + size * 0.5, x + size * 0.38, y + size * 0.88, x + size, y + size * 0.1), fill=colour, width=width)


def status_bar(d, w, colour=(30, 30, 30)):
    text(d, (16, 8), "9:41", 13, colour, bold=True)
    d.rounded_rectangle((w - 40, 10, w - 14, 22), radius=3, outline=colour, width=2)
    d.rectangle((w - 37, 13, w - 22, 19), fill=colour)


# ---------------------------------------------------------------- 1 the advert

def make_health_ad(out: Output) -> None:
    """A 'satisfied customer' in a plaster advert with the player's face pasted on; a neighbour asks."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    img = Image.new("RGB", (w, h), CHAT_BG)
    d = ImageDraw.Draw(img)
    # left: the short-video advert, drawn on its own panel
    ad_box = (12, 12, 420, 438)
    aw, ah = ad_box[2] - ad_box[0], ad_box[3] - ad_box[1]
    ad = Image.new("RGB", (aw, ah))
    vgradient(ad, (0, 0, aw, ah), (255, 232, 208), (246, 186, 156))
    a = ImageDraw.Draw(ad)
    a.rectangle((0, 0, aw, 62), fill=(30, 30, 30))
    a.ellipse((8, 8, 54, 54), fill=(200, 60, 60))
    text(a, (31, 31), "康", 24, (255, 255, 255), bold=True, anchor="mm")
    text(a, (62, 4), "康宁堂健康好物", 22, (255, 255, 255), bold=True)
    text(a, (62, 32), "Kangning Health Shop", 22, (210, 210, 210))
    a.rounded_rectangle((aw - 96, 14, aw - 8, 48), radius=8, fill=(110, 110, 110))
    text(a, (aw - 52, 31), "广告 Ad", 22, (255, 255, 255), anchor="mm")
    # a clinic-like backdrop
    a.rectangle((250, 76, 396, 170), fill=(255, 246, 236), outline=(220, 190, 170), width=3)
    a.line((323, 76, 323, 170), fill=(220, 190, 170), width=3)
    # the "customer": someone else's body, long black hair, a pink jacket
    cx, cy, s = 130, 146, 50
    body_skin = (200, 150, 116)
    torso(a, cx, cy, s, (232, 92, 138), collar=(250, 250, 250), neck=shade(body_skin, 0.9))
    hair_and_head(a, cx, cy, s, body_skin, (26, 22, 20), "long")
    layer, mask = you_face_layer((aw, ah), cx + 4, cy + 5, s, skin=(246, 222, 200), soften=2, feather=5)
    ad.paste(layer, (0, 0), mask)
    a = ImageDraw.Draw(ad)
    fringe(a, cx, cy, s, (26, 22, 20), "long")
    # the product, held up
    box = (226, 176, 396, 256)
    a.rounded_rectangle(box, radius=8, fill=(30, 120, 90), outline=(250, 220, 120), width=4)
    text(a, (311, 182), "关节灵", 30, (255, 236, 150), bold=True, anchor="ma")
    text(a, (311, 222), "Joint plaster", 22, (255, 255, 255), anchor="ma")
    hand(a, 238, 262, 14, body_skin, fingers=4)
    # claims, price, no AI label anywhere
    claims = (4, 272, aw - 4, ah - 4)
    text(a, (aw // 2, 270), "“我用了7天，膝盖不疼了！”", 26, (255, 240, 80), bold=True, anchor="ma",
         stroke=3, stroke_fill=(180, 30, 40))
    text(a, (aw // 2, 304), "'7 days, and no more knee pain!'", 22, (255, 255, 255), bold=True,
         anchor="ma", stroke=2, stroke_fill=(120, 20, 30))
    text(a, (aw // 2, 332), "赵阿姨，68岁，真实买家", 22, (60, 30, 20), bold=True, anchor="ma")
    text(a, (aw // 2, 358), "Auntie Zhao, 68, a real customer", 22, (80, 50, 40), anchor="ma")
    a.rounded_rectangle((8, 392, aw - 8, ah - 4), radius=12, fill=(240, 60, 50))
    text(a, (aw // 2, (392 + ah - 4) // 2), "限时99元 无效退款 马上下单", 22, (255, 255, 255), bold=True, anchor="mm")
    img.paste(ad, ad_box[:2])
    ox, oy = ad_box[:2]
    out.region("health_ad.png", "your face on another body: paler, softer, seam at the jaw; her long black hair",
               (ox + cx - 1.0 * s, oy + cy - 1.1 * s, ox + cx + 1.0 * s, oy + cy + 1.2 * s))
    out.region("health_ad.png", "claims, a false name, no AI label", (ox + claims[0], oy + claims[1],
                                                                       ox + claims[2], oy + claims[3]))
    # right: the neighbour's chat
    d = ImageDraw.Draw(img)
    panel = (430, 12, 790, 438)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 68), "王姐（邻居）", "Sister Wang (neighbour)")
    y = panel[1] + 74
    for zh, en, mine in (("广告里是你吧？啥时候拍的？", "Is that you in this ad? When?", False),
                         ("我差点就下单了。", "I nearly bought some.", False),
                         ("没有啊！我从没拍过广告。", "No! I never made an advert.", True)):
        boxr = bubble(d, panel[2] - 8 if mine else panel[0] + 8, y, zh, en, mine=mine, width=344, pad=6,
                      sizes=(22, 22), leading=(28, 26))
        y = boxr[3] + 6
    # the player's own profile photo, for comparison
    text(d, (panel[0] + 10, y + 8), "你的微信头像", 22, (40, 40, 40), bold=True)
    text(d, (panel[0] + 10, y + 38), "Your profile", 22, GREY_TEXT)
    text(d, (panel[0] + 10, y + 64), "photo", 22, GREY_TEXT)
    pic = (panel[2] - 8 - 124, y + 2, panel[2] - 8, y + 2 + 124)
    if pic[3] > panel[3]:
        raise SystemExit(f"health_ad.png: the chat does not fit ({pic[3]})")
    avatar = Image.new("RGB", (pic[2] - pic[0], pic[3] - pic[1]))
    vgradient(avatar, (0, 0, avatar.width, avatar.height), (170, 210, 236), (210, 232, 246))
    av = ImageDraw.Draw(avatar)
    ps = 38
    torso(av, 62, 60, ps, (70, 110, 160), collar=(250, 250, 250), neck=shade(YOU_SKIN, 0.9))
    draw_you(av, 62, 60, ps)
    img.paste(avatar, pic[:2])
    d.rectangle(pic, outline=(200, 200, 200), width=2)
    out.region("health_ad.png", "your own profile photo: the very same face, smile and glasses", pic)
    out.png(img, "health_ad.png")


# ---------------------------------------------------------------- 2 the voice shop

def make_voice_shop(out: Output) -> None:
    """An AI-dubbing app sells 'your' voice: your old radio sample, then the AI voice made from it."""
    from PIL import Image, ImageDraw

    rng = random.Random(1202)
    track = Track()
    track.pause(0.5)
    # part 1: the app's "original sample" - your own radio recording from years ago
    old = Track()
    old.add(breath(rng, 0.35, 0.05))
    old.add(speak("各位听众，早上好。", **YOU_VOICE))
    old.add(breath(rng, 0.45, 0.06))
    old.add(speak("现在是北京时间八点整。", **YOU_VOICE))
    old.pause(0.3)
    radio = hoarse(old.samples, rng, 0.12)
    radio = band(radio, SR, 250, 3800)
    echo = [0.0] * len(radio)
    delay = int(0.07 * SR)
    for i in range(delay, len(radio)):
        echo[i] = radio[i] + 0.35 * radio[i - delay]
    hiss = band([rng.uniform(-1, 1) for _ in range(len(echo))], SR, 1500, 6000)
    radio = [v + n * 0.05 for v, n in zip(normalise(echo, 0.7), hiss)]
    track.add(radio, "original sample: your radio recording (breaths, hiss, echo)", spoken=old.spoken)
    track.pause(0.4)
    track.add(beep(0.12, 880, 0.25))
    track.pause(0.05)
    track.add(beep(0.18, 1175, 0.25), "chime: the AI voice starts")
    track.pause(0.35)
    # part 2: the AI voice built from it - clean, even, no breath at all
    ai_voice = dict(YOU_VOICE, rate=162)
    for zh, label, gap in (("欢迎使用配音宝，我是知性播音女声。", "AI: welcome, I am the announcer voice", 0.15),
                           ("新闻、广告、有声书，一键生成。", "AI: news, adverts, audiobooks in one tap", 0.15),
                           ("贷款秒到账，无需审核，马上下载！", "AI: a loan advert you never read", 0.0)):
        track.add(normalise(speak(zh, **ai_voice), 0.7), label, words=zh)
        track.pause(gap)
    track.pause(0.6)
    x = band(track.samples, SR, 200, 7000)
    write_wav(out.path("voice_shop.wav"), normalise(resample(normalise(x, 0.8), SR, PHONE_SR), 0.8), PHONE_SR)
    track.show_marks(out, "voice_shop.wav")
    out.note(f"voice_shop.wav lasts {track.seconds:.1f} s")

    # the app page shown while it plays (landscape, so it reads at the size the game shows it)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (244, 242, 250))
    d = ImageDraw.Draw(img)
    # every text at least 24 px: the picture shows at 0.75x beside its sound
    header_bar(d, (0, 0, w, 70), "配音宝 · 声音商店", "Dubbing app · voice shop", fill=(250, 248, 255), size=24)
    card = (10, 80, 350, 442)
    d.rounded_rectangle(card, radius=16, fill=(255, 255, 255), outline=(226, 222, 236))
    mx = (card[0] + card[2]) // 2
    d.ellipse((mx - 36, 88, mx + 36, 160), fill=(120, 90, 200))           # microphone icon
    d.rounded_rectangle((mx - 11, 100, mx + 11, 136), radius=11, fill=(255, 255, 255))
    d.arc((mx - 20, 112, mx + 20, 146), 0, 180, fill=(255, 255, 255), width=4)
    d.line((mx, 146, mx, 152), fill=(255, 255, 255), width=4)
    text(d, (mx, 164), "知性播音女声", 30, (30, 20, 60), bold=True, anchor="ma")
    text(d, (mx, 202), "Announcer voice (female)", 24, GREY_TEXT, anchor="ma")
    d.rounded_rectangle((mx - 110, 236, mx + 110, 272), radius=18, fill=(255, 236, 200))
    text(d, (mx, 254), "热卖 Best seller", 24, (170, 90, 0), bold=True, anchor="mm")
    text(d, (mx, 278), "会员 ¥19.9/月", 30, (220, 40, 60), bold=True, anchor="ma")
    text(d, (mx, 316), "19.9 yuan a month", 24, GREY_TEXT, anchor="ma")
    play = (mx - 110, 350, mx + 110, 394)
    d.rounded_rectangle(play, radius=22, fill=(120, 90, 200))
    d.polygon([(play[0] + 26, 361), (play[0] + 26, 383), (play[0] + 45, 372)], fill=(255, 255, 255))
    text(d, (mx + 14, 372), "试听 Listen", 24, (255, 255, 255), bold=True, anchor="mm")
    d.rounded_rectangle((26, 414, card[2] - 84, 420), radius=3, fill=(220, 216, 232))
    d.rounded_rectangle((26, 414, 110, 420), radius=3, fill=(120, 90, 200))
    d.ellipse((104, 410, 116, 424), fill=(120, 90, 200))
    text(d, (card[2] - 14, 417), f"0:{int(track.seconds):02d}", 24, GREY_TEXT, anchor="rm")
    x0, x1 = 362, 790
    tx = x0 + 10

    def box_of(top, lines):
        """A white card with ``lines`` of (text, bold, colour); returns its box."""
        box = (x0, top, x1, top + 12 + 30 * len(lines))
        d.rounded_rectangle(box, radius=12, fill=(255, 255, 255), outline=(226, 222, 236))
        for k, (line, bold, colour) in enumerate(lines):
            text(d, (tx, top + 6 + 30 * k), line, 24, colour, bold=bold)
        return box

    source = box_of(80, [("声音来源：电台播音员录音", True, (40, 30, 70)),
                         ("Source: radio announcer's tapes", False, GREY_TEXT),
                         ("样本：早间新闻节目", False, (90, 80, 110)),
                         ("Sample: the morning news", False, GREY_TEXT)])
    out.region("voice_shop.png", "source: your own radio recordings", source)
    use = box_of(source[3] + 8, [("可商用：广告、带货、有声书", True, (40, 30, 70)),
                                 ("For adverts, sales, audiobooks", False, GREY_TEXT),
                                 ("一键生成，像真人一样！", False, (90, 80, 110))])
    out.region("voice_shop.png", "sold for adverts, with no word of your consent", use)
    reviews = box_of(use[3] + 8, [("用户评价：“配贷款广告很好。”", False, (60, 60, 70)),
                                  ("Review: 'Great for loan adverts.'", False, GREY_TEXT)])
    if reviews[3] > h - 4:
        raise SystemExit(f"voice_shop.png: the cards do not fit ({reviews[3]})")
    out.png(img, "voice_shop.png")


# ---------------------------------------------------------------- 3 the party picture

def make_party_blackmail(out: Output) -> None:
    """A stranger's chat: a face-swapped 'drunk at a party' picture of you and a demand for money."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1303)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), CHAT_BG)
    d = ImageDraw.Draw(img)
    header = (0, 0, w, 70)
    d.rectangle(header, fill=(246, 246, 246))
    d.ellipse((10, 12, 56, 58), fill=(150, 150, 156))
    text(d, (33, 35), "?", 28, (255, 255, 255), bold=True, anchor="mm")
    text(d, (66, 4), "陌生人  fast_8812", 26, (20, 20, 20), bold=True)
    text(d, (66, 38), "Stranger (not in your contacts)", 22, GREY_TEXT)
    note_w = font(22, True).getlength("不是好友 Not a friend") + 28
    note = (w - 10 - note_w, 14, w - 10, 56)
    d.rounded_rectangle(note, radius=12, fill=(255, 236, 200))
    text(d, ((note[0] + note[2]) // 2, 35), "不是好友 Not a friend", 22, (170, 90, 0), bold=True, anchor="mm")
    d.line((0, 70, w, 70), fill=(210, 210, 210))
    # the picture, as a big image message
    pw, ph = 380, 330
    pic = Image.new("RGB", (pw, ph))
    vgradient(pic, (0, 0, pw, ph), (60, 40, 70), (110, 70, 60))
    p = ImageDraw.Draw(pic)
    for i in range(14):                                   # string lights
        lx = 10 + i * 28
        ly = 30 + 10 * math.sin(i * 0.9)
        p.ellipse((lx - 5, ly - 5, lx + 5, ly + 5), fill=rng.choice([(255, 210, 90), (255, 120, 120), (140, 220, 255)]))
    p.line([(10 + i * 28, 30 + 10 * math.sin(i * 0.9)) for i in range(14)], fill=(40, 30, 30), width=1)
    lamp = (300, 60, 350, 100)
    p.ellipse(lamp, fill=(255, 230, 150))                  # a warm lamp on the RIGHT
    p.rectangle((0, 236, pw, ph), fill=(120, 70, 40))      # the table
    for bx in (208, 244, 280, 318):
        p.rectangle((bx, 166, bx + 30, 238), fill=(50, 110, 60))
        p.rectangle((bx + 10, 144, bx + 20, 168), fill=(50, 110, 60))
        label = (bx + 2, 188, bx + 28, 222)
        p.rectangle(label, fill=(240, 220, 160))
        text(p, ((label[0] + label[2]) // 2, (label[1] + label[3]) // 2), "啤", 22, (120, 40, 30), bold=True,
             anchor="mm")
    # the body, slumped: head and shoulders tilted to the left. The face is drawn on the head before the
    # tilt, so it leans with it and takes the same warm light: a clean face swap shows no seam at all.
    cx, cy, s = 120, 150, 46
    body = Image.new("RGBA", (pw, ph))
    b = ImageDraw.Draw(body)
    torso(b, cx, cy, s, (170, 40, 60), collar=None, neck=shade(YOU_SKIN, 0.86))
    draw_you(b, cx, cy, s, mouth=0.35)
    body = body.rotate(24, resample=Image.Resampling.BICUBIC, center=(cx, cy + 2.5 * s))
    pic.paste(body, (0, 0), body)
    tilt = math.radians(24)
    hx = cx - 2.5 * s * math.sin(tilt)                  # where the rotated head centre landed
    hy = cy + 2.5 * s - 2.5 * s * math.cos(tilt)
    glow = Image.new("L", (pw, ph), 0)                  # the lamp on the right warms everything on that side
    ImageDraw.Draw(glow).ellipse((200, 20, 420, 240), fill=40)
    glow = glow.filter(ImageFilter.GaussianBlur(30))
    pic = Image.composite(Image.new("RGB", (pw, ph), (255, 214, 150)), pic, glow)
    p = ImageDraw.Draw(pic)
    # an arm on the table, an ordinary hand round a glass
    p.line((cx + 40, 262, 214, 244), fill=(170, 40, 60), width=24)
    glass = (170, 184, 200, 238)
    p.rectangle(glass, fill=(230, 200, 120), outline=(250, 250, 250), width=2)
    hand(p, 224, 228, 20, shade(YOU_SKIN, 0.9), fingers=4, outline=(150, 110, 90))
    pic = pic.filter(ImageFilter.SMOOTH)
    px0, py0 = 14, 80
    d.rounded_rectangle((px0 - 4, py0 - 4, px0 + pw + 4, py0 + ph + 4), radius=8, fill=(255, 255, 255))
    img.paste(pic, (px0, py0))
    out.region("party_blackmail.png", "your own face, glasses and earrings, at a party you never went to",
               (px0 + hx - 1.2 * s, py0 + hy - 1.2 * s, px0 + hx + 1.2 * s, py0 + hy + 1.3 * s))
    out.region("party_blackmail.png", "a stranger's account, not in your contacts", (0, 0, w, 70))
    # the messages
    d = ImageDraw.Draw(img)
    text(d, (px0, py0 + ph + 8), "昨天 23:41  Yesterday 23:41", 22, GREY_TEXT)
    y = 80
    boxes = []
    for zh, en in (("认识照片里的人吧？", "You know who this is, right?"),
                   ("今晚12点前转3000元，我就删掉。", "Send 3,000 yuan by midnight and I'll delete it."),
                   ("不转就发到小区群和你儿子单位。", "Or it goes to your neighbours and your son's work."),
                   ("敢报警，马上就发。", "Call the police and I send it.")):
        boxr = bubble(d, 406, y, zh, en, width=386, pad=6, sizes=(22, 22), leading=(28, 26))
        boxes.append(boxr)
        y = boxr[3] + 8
    if y - 8 > h - 4:
        raise SystemExit(f"party_blackmail.png: the chat does not fit ({y - 8})")
    out.region("party_blackmail.png", "deadline, threat, 'no police'", (boxes[1][0] - 4, boxes[1][1] - 4,
                                                                         max(b[2] for b in boxes[1:]) + 4,
                                                                         boxes[-1][3] + 4))
    out.png(img, "party_blackmail.png")


# ---------------------------------------------------------------- 4 the photo-repair mini-program

def make_photo_repair(out: Output) -> None:
    """A 'free AI old-photo repair' mini-program that wants a face video, an ID number and one tick for all."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1404)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), (250, 246, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 70), fill=(255, 252, 248))
    text(d, (w // 2, 4), "AI老照片修复 · 免费", 26, (40, 30, 20), bold=True, anchor="ma")
    text(d, (w // 2, 40), "Free AI old-photo repair", 22, GREY_TEXT, anchor="ma")
    d.rounded_rectangle((w - 96, 22, w - 14, 48), radius=13, outline=(180, 180, 180), width=1)
    for k in range(3):
        d.ellipse((w - 80 + k * 9, 33, w - 76 + k * 9, 37), fill=(80, 80, 80))
    d.ellipse((w - 40, 27, w - 24, 43), outline=(80, 80, 80), width=2)
    d.line((0, 70, w, 70), fill=(226, 220, 210))
    # left: before / after, and the first step, done
    for i, (label_zh, label_en) in enumerate((("修复前", "before"), ("修复后", "after"))):
        x0 = 10 + i * 164
        box = (x0, 80, x0 + 156, 200)
        photo = Image.new("RGB", (170, 130), (196, 180, 150) if i == 0 else (200, 226, 240))
        pd = ImageDraw.Draw(photo)
        for k, (cx, skin, hair) in enumerate(((56, (226, 196, 168), (40, 34, 30)), (114, (220, 186, 156), (30, 26, 24)))):
            torso(pd, cx, 54, 19, (60, 60, 70) if k else (200, 60, 60), collar=None, neck=shade(skin, 0.9))
            hair_and_head(pd, cx, 54, 19, skin, hair, "short" if k else "bun")
            fringe(pd, cx, 54, 19, hair, "short" if k else "bun")
            face_features(pd, cx, 54, 19, skin=skin, brows=hair)
        if i == 0:
            photo = photo.convert("L").convert("RGB")
            photo = Image.blend(photo, Image.new("RGB", photo.size, (170, 140, 100)), 0.35)
            pd = ImageDraw.Draw(photo)
            for _ in range(10):
                sx, sy = rng.randint(0, 170), rng.randint(0, 130)
                pd.line((sx, sy, sx + rng.randint(-30, 30), sy + rng.randint(10, 40)), fill=(240, 232, 220), width=1)
            photo = photo.filter(ImageFilter.GaussianBlur(0.8))
        img.paste(photo.resize((box[2] - box[0], box[3] - box[1]), Image.Resampling.LANCZOS), box[:2])
        text(d, (x0 + 78, 204), f"{label_zh} {label_en}", 22, (90, 80, 70), anchor="ma")

    def step(number, zh, en, box, done=False, extra=0):
        """A numbered step in a card as tall as its text (plus ``extra``); returns the y below the text."""
        x0, top = box[0], box[1]
        width = box[2] - x0 - 58
        tall = 6 + 27 * len(wrap(zh, 22, width, bold=True)) + 26 * len(wrap(en, 22, width)) + 8 + extra
        d.rounded_rectangle((x0, top, box[2], top + tall), radius=12, fill=(255, 255, 255), outline=(236, 226, 214))
        colour = (70, 170, 100) if done else (240, 120, 40)
        d.ellipse((x0 + 8, top + 10, x0 + 42, top + 44), fill=colour)
        if done:
            tick(d, x0 + 16, top + 18, 18)
        else:
            text(d, (x0 + 25, top + 27), str(number), 22, (255, 255, 255), bold=True, anchor="mm")
        y = text_block(d, x0 + 50, top + 6, zh, 22, (30, 30, 30), width, bold=True, spacing=1.25)
        return text_block(d, x0 + 50, y, en, 22, GREY_TEXT, width, spacing=1.2)

    step(1, "上传老照片", "Upload the old photo", (10, 236, 330), done=True)
    button = (10, 314, 330, 378)
    d.rounded_rectangle(button, radius=26, fill=(240, 100, 30))
    text(d, (170, 316), "同意并免费修复", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, (170, 348), "Agree and repair free", 22, (255, 236, 220), anchor="ma")
    text(d, (170, 384), "限时免费 剩余 09:59", 22, (220, 40, 40), bold=True, anchor="ma")
    text(d, (170, 412), "Free for 9:59 more", 22, (220, 40, 40), bold=True, anchor="ma")
    # right: what it wants next
    x0, x1 = 340, 790
    face = (x0, 80, x1, 80)
    bottom = step(2, "录制人脸视频：眨眼、转头、张嘴", "Film your face: blink, turn, open mouth", (x0, 80, x1))
    face = (x0, 80, x1, bottom + 8)
    out.region("photo_repair.png", "a face video with blink, head turn, open mouth", face)
    top = face[3] + 8
    y = step(3, "填写身份证号，领10次免费修复", "Enter your ID number: 10 free repairs", (x0, top, x1), extra=44)
    d.rounded_rectangle((x0 + 50, y + 2, x1 - 12, y + 38), radius=6, fill=(246, 246, 246), outline=(210, 210, 210))
    text(d, (x0 + 60, y + 20), "请输入18位身份证号", 22, (160, 160, 160), anchor="lm")
    idbox = (x0, top, x1, y + 52)
    out.region("photo_repair.png", "an ID number, for a photo repair", idbox)
    # one pre-ticked box for everything
    top = idbox[3] + 8
    d.rounded_rectangle((x0 + 6, top + 4, x0 + 32, top + 30), radius=4, fill=(240, 120, 40))
    tick(d, x0 + 10, top + 9, 16, width=2)
    ty = text_block(d, x0 + 42, top, "我已同意全部协议（含人脸、声纹授权合作方使用）", 22, (90, 80, 70),
                    x1 - x0 - 46, spacing=1.2)
    ty = text_block(d, x0 + 42, ty, "I agree to all (my face and voice print go to partners)", 22,
                    GREY_TEXT, x1 - x0 - 46, spacing=1.2)
    agree = (x0, top - 2, x1, ty + 2)
    if ty > h - 2:
        raise SystemExit(f"photo_repair.png: the steps do not fit ({ty})")
    out.region("photo_repair.png", "one box, already ticked, agrees to everything", agree)
    out.png(img, "photo_repair.png")


# ---------------------------------------------------------------- 5 the grandson's birthday video (real)

def make_birthday_video(out: Output) -> None:
    """Real: the grandson asked first; the app asked for consent; the AI video carries an 'AI生成' label."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1505)
    w, h = 800, 450
    base = Image.new("RGB", (w, h), CHAT_BG)
    d = ImageDraw.Draw(base)
    # left: the chat with the grandson
    panel = (8, 8, 362, 442)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 66), "孙子 小宇", "Xiaoyu (grandson)")
    y = panel[1] + 72
    boxes = []
    for zh, en, mine in (("奶奶，用您年轻时的照片做个AI生日视频，行吗？",
                          "Grandma, may I make an AI birthday video from your old photo?", False),
                         ("可以呀，做好先给我看看。", "Yes, show me first.", True),
                         ("做好啦！上面标了“AI生成”。", "Done! It says 'AI-generated'.", False)):
        boxr = bubble(d, panel[2] - 6 if mine else panel[0] + 6, y, zh, en, mine=mine, width=342, pad=6,
                      sizes=(22, 22), leading=(27, 25))
        boxes.append(boxr)
        y = boxr[3] + 6
    if y - 6 > panel[3]:
        raise SystemExit(f"birthday_video.gif: the chat does not fit ({y - 6})")
    chat_box = (panel[0] + 2, boxes[0][1] - 3, panel[2] - 2, boxes[-1][3] + 3)
    # right: the app screen with the finished video and the consent step it showed
    app = (370, 8, 792, 442)
    d.rectangle(app, fill=(30, 30, 36))
    text(d, (app[0] + 10, app[1] + 4), "小影AI · 生日特效", 24, (255, 255, 255), bold=True)
    text(d, (app[0] + 10, app[1] + 36), "Xiaoying AI · birthday effect", 22, (190, 190, 200))
    video = (app[0] + 10, app[1] + 68, app[2] - 10, app[1] + 236)
    consent = (app[0] + 10, video[3] + 8, app[2] - 10, app[3] - 6)
    d.rounded_rectangle(consent, radius=10, fill=(48, 48, 58))
    cw = consent[2] - consent[0] - 20
    ty = text_block(d, consent[0] + 10, consent[1] + 4, "使用提醒 Reminder", 22, (255, 210, 120), cw, bold=True, spacing=1.2)
    ty = text_block(d, consent[0] + 10, ty, "本功能会编辑人脸，请先取得本人同意。", 22, (235, 235, 240), cw, spacing=1.2)
    ty = text_block(d, consent[0] + 10, ty, "This edits a face: get the person's own consent first.", 22, (180, 180, 190),
                    cw, spacing=1.2)
    d.rounded_rectangle((consent[0] + 10, ty + 4, consent[0] + 32, ty + 26), radius=3, fill=(70, 170, 100))
    tick(d, consent[0] + 14, ty + 8, 14, width=2)
    text(d, (consent[0] + 40, ty + 1), "已取得本人同意 Consent given", 22, (200, 240, 210), bold=True)
    if ty + 30 > consent[3]:
        raise SystemExit(f"birthday_video.gif: the reminder does not fit ({ty + 30})")
    vw, vh = video[2] - video[0], video[3] - video[1]
    frames, durations = [], []
    flakes = [(rng.uniform(0, vw), rng.uniform(-vh, vh), rng.choice([(255, 90, 90), (255, 210, 60), (120, 200, 255),
                                                                   (160, 230, 120)])) for _ in range(26)]
    n = 12
    for i in range(n):
        frame = base.copy()
        clip = Image.new("RGB", (vw, vh))
        vgradient(clip, (0, 0, vw, vh), (236, 214, 180), (206, 176, 140))     # an old photo, come to life
        c = ImageDraw.Draw(clip)
        c.rectangle((8, 8, vw - 8, vh - 8), outline=(250, 240, 220), width=6)
        cx, cy, s = vw // 2 - 70, 84, 38
        young_skin = (240, 212, 186)
        torso(c, cx, cy, s, (190, 50, 60), collar=(250, 250, 250), neck=shade(young_skin, 0.9))
        hair_and_head(c, cx, cy, s, young_skin, (40, 34, 32), "ponytail")
        fringe(c, cx, cy, s, (40, 34, 32), "ponytail")
        phase = i / n * 2 * math.pi
        you_features(c, cx, cy + 1.5 * math.sin(phase), s, skin=young_skin, mouth=0.25 + 0.25 * math.sin(phase),
                     blink=(i == 5), wrinkles=False, glasses=False, brows=(40, 34, 32))
        # cake
        c.rounded_rectangle((vw - 150, 94, vw - 50, 134), radius=8, fill=(255, 240, 246), outline=(230, 120, 150), width=3)
        c.rectangle((vw - 150, 108, vw - 50, 115), fill=(230, 120, 150))
        for k in range(3):
            fx = vw - 130 + k * 30
            c.rectangle((fx - 2, 80, fx + 2, 94), fill=(120, 170, 240))
            flame = 5 + 2 * math.sin(phase * 2 + k)
            c.ellipse((fx - 4, 80 - flame * 2, fx + 4, 80), fill=(255, 190, 60))
        text(c, (vw - 100, 136), "生日快乐", 22, (200, 40, 70), bold=True, anchor="ma")
        for fx, fy, colour in flakes:
            yy = (fy + i * 14) % (vh + 20) - 10
            c.rectangle((fx, yy, fx + 5, yy + 3), fill=colour)
        clip = clip.filter(ImageFilter.SMOOTH_MORE)         # the AI effect's smooth, glossy look
        c = ImageDraw.Draw(clip)
        label = (vw - 152, 6, vw - 6, 66)
        c.rounded_rectangle(label, radius=6, fill=(0, 0, 0))
        text(c, ((label[0] + label[2]) // 2, 8), "AI生成", 22, (255, 255, 255), bold=True, anchor="ma")
        text(c, ((label[0] + label[2]) // 2, 36), "AI-generated", 22, (220, 220, 220), anchor="ma")
        frame.paste(clip, video[:2])
        frames.append(frame)
        durations.append(180 if i != 5 else 260)
    out.gif(frames, durations, "birthday_video.gif", colours=64)
    face = (video[0] + cx - 56, video[1] + cy - 50, video[0] + cx + 56, video[1] + cy + 60)
    out.region("birthday_video.gif", "the old photo moves and smiles: made by AI, and labelled", face)
    out.region("birthday_video.gif", "the 'AI生成' label on the video (room left for the number badge)",
               (video[0] + label[0] - 30, video[1] + 2, video[0] + label[2] + 2, video[1] + label[3] + 2))
    out.region("birthday_video.gif", "the app's consent reminder, ticked", consent)
    out.region("birthday_video.gif", "he asked first, you said yes", chat_box)
    out.note(f"birthday_video.gif: {len(frames)} frames, {sum(durations) / 1000:.1f} s")


# ---------------------------------------------------------------- 6 the dating profile

def holiday_photo(size, *, retouched: bool, rng_seed: int):
    """The player at the seaside in her red scarf; retouched: a smoothed, soft face with no wrinkles or
    glasses, and dark hair. The sign behind her stays sharp and readable (generators write text well now)."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = size
    img = Image.new("RGB", size)
    vgradient(img, (0, 0, w, int(h * 0.5)), (120, 180, 232), (200, 226, 246))
    vgradient(img, (0, int(h * 0.5), w, int(h * 0.72)), (60, 130, 190), (110, 170, 210))
    vgradient(img, (0, int(h * 0.72), w, h), (230, 214, 176), (214, 194, 150))
    d = ImageDraw.Draw(img)
    k = w / 300
    words = max(22, int(16 * k))          # a small copy of the photo still shows the sign's words at 22 px
    sw, sh = max(int(92 * k), 4 * words + 12), max(int(36 * k), words + 10)
    top = int(70 * k) if words == int(16 * k) else 4      # an enlarged sign goes up, clear of her head
    sign = (int(242 * k) - sw // 2, top, int(242 * k) + sw // 2, top + sh)
    sign = (min(sign[0], w - 4 - sw), sign[1], min(sign[2], w - 4), sign[3])
    d.rectangle((sign[0] + int(40 * k), sign[3], sign[0] + int(46 * k), int(h * 0.78)), fill=(110, 80, 60))
    d.rectangle(sign, fill=(30, 100, 150))
    text(d, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), "海滨公园", words, (255, 255, 255),
         bold=True, anchor="mm")
    cx, cy, s = int(120 * k), int(112 * k), int(38 * k)
    skin = (244, 220, 200) if retouched else YOU_SKIN
    hair = (46, 38, 36) if retouched else YOU_HAIR
    torso(d, cx, cy, s, (90, 110, 150), collar=None, neck=shade(skin, 0.9))
    # the red scarf, knotted on the left
    d.polygon([(cx - 0.8 * s, cy + 1.05 * s), (cx + 0.8 * s, cy + 1.05 * s), (cx + 0.5 * s, cy + 1.6 * s),
               (cx - 0.5 * s, cy + 1.6 * s)], fill=(210, 40, 50))
    d.polygon([(cx - 0.5 * s, cy + 1.4 * s), (cx - 0.2 * s, cy + 1.5 * s), (cx - 0.45 * s, cy + 2.6 * s),
               (cx - 0.8 * s, cy + 2.5 * s)], fill=(190, 30, 44))
    you_hair(d, cx, cy, s, hair=hair, skin=skin)
    you_features(d, cx, cy, s, skin=skin, mouth=0.0, wrinkles=not retouched, glasses=not retouched,
                 brows=(40, 34, 32) if retouched else YOU_BROWS)
    # a raised hand waving at the camera
    hand(d, cx + int(1.9 * s), cy + int(0.4 * s), int(0.42 * s), shade(skin, 0.96), fingers=4)
    d.line((cx + 1.55 * s, cy + 2.4 * s, cx + 1.95 * s, cy + 0.9 * s), fill=(90, 110, 150), width=max(4, int(0.4 * s)))
    if retouched:
        mask = Image.new("L", size, 0)
        ImageDraw.Draw(mask).ellipse((cx - 0.8 * s, cy - 0.75 * s, cx + 0.8 * s, cy + 0.95 * s), fill=255)
        img.paste(img.filter(ImageFilter.GaussianBlur(1.3)), (0, 0), mask.filter(ImageFilter.GaussianBlur(3)))
    face_box = (cx - 1.1 * s, cy - 1.35 * s, cx + 1.1 * s, cy + 1.2 * s)
    return img, sign, face_box


def make_dating_profile(out: Output) -> None:
    """A dating profile made from the player's own holiday photo, retouched by AI, and a cousin's warning."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    img = Image.new("RGB", (w, h), CHAT_BG)
    d = ImageDraw.Draw(img)
    # left: the dating-app profile
    card = (8, 8, 404, 442)
    d.rounded_rectangle(card, radius=14, fill=(255, 255, 255))
    d.rectangle((card[0], card[1], card[2], card[1] + 50), fill=(255, 90, 120))
    text(d, (card[0] + 12, card[1] + 10), "缘分婚恋", 24, (255, 255, 255), bold=True)
    text(d, (card[0] + 124, card[1] + 14), "Fate Dating app", 22, (255, 236, 240))
    photo, _, face = holiday_photo((376, 212), retouched=True, rng_seed=1606)
    px, py = card[0] + 10, card[1] + 58
    img.paste(photo, (px, py))
    badge = (px + 6, py + 6, px + 184, py + 42)
    d.rounded_rectangle(badge, radius=18, fill=(60, 170, 110))
    text(d, ((badge[0] + badge[2]) // 2, (badge[1] + badge[3]) // 2), "已认证 Verified", 22, (255, 255, 255),
         bold=True, anchor="mm")
    out.region("dating_profile.png", "retouched face: smooth skin, no wrinkles, no glasses, dark hair",
               (px + face[0], py + face[1], px + face[2], py + face[3]))
    y = py + 216
    text(d, (px, y), "婉清  56岁  退休教师", 24, (30, 30, 30), bold=True)
    text(d, (px, y + 32), "Wanqing, 56, retired teacher", 22, GREY_TEXT)
    text(d, (px, y + 60), "丧偶，在国外陪女儿。想找真心人。", 22, (60, 60, 60))
    text(d, (px, y + 88), "Widowed, abroad. Seeks true love.", 22, GREY_TEXT)
    out.region("dating_profile.png", "a different name and story: widowed, abroad, 'true love'",
               (px - 4, y - 4, card[2] - 6, y + 116))
    d.rounded_rectangle((px, y + 122, px + 220, y + 152), radius=15, fill=(255, 90, 120))
    text(d, (px + 110, y + 137), "打招呼 Say hello", 22, (255, 255, 255), bold=True, anchor="mm")
    # right: the cousin's warning, with the real holiday photo from the player's Moments
    panel = (412, 8, 792, 442)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 66), "表妹 丽丽", "Lili (cousin)")
    yy = panel[1] + 72
    for zh, en in (("表姐，这张照片是你吧？", "Is this photo you?"),
                   ("我同事跟“她”聊了两个月，她要他先转钱买机票。",
                    "My colleague chatted with 'her' for 2 months. Now she wants ticket money.")):
        boxr = bubble(d, panel[0] + 8, yy, zh, en, width=364, pad=6, sizes=(22, 22), leading=(27, 25))
        yy = boxr[3] + 6
    own, _, _ = holiday_photo((186, 124), retouched=False, rng_seed=1607)
    op = (panel[2] - 8 - own.width, yy + 4)
    img.paste(own, op)
    own_box = (op[0], op[1], op[0] + own.width, op[1] + own.height)
    d.rectangle(own_box, outline=(200, 200, 200), width=2)
    text(d, (panel[0] + 8, yy + 6), "你朋友圈的", 22, (40, 40, 40), bold=True)
    text(d, (panel[0] + 8, yy + 34), "旅游照(2023)", 22, (40, 40, 40), bold=True)
    text(d, (panel[0] + 8, yy + 64), "Your holiday", 22, GREY_TEXT)
    text(d, (panel[0] + 8, yy + 90), "photo, 2023", 22, GREY_TEXT)
    if own_box[3] > panel[3]:
        raise SystemExit(f"dating_profile.png: the holiday photo does not fit ({own_box[3]})")
    out.region("dating_profile.png", "your own holiday photo: same pose, same red scarf, same sea", own_box)
    out.png(img, "dating_profile.png")


# ---------------------------------------------------------------- 7 the dance class (real)

BAR = 58      # the post's bars above and below the 640x360 video: 18 px text, shown at 18 px

def dancer(d, cx, cy, s, t, *, skin, hair, shirt, style, phase=0.0, you=False, turn=0.0):
    """One dancer swaying with raised arms; ``turn`` squeezes the face as she turns away."""
    sway = 10 * math.sin(t * 2.4 + phase)
    x = cx + sway
    torso(d, x, cy, s, shirt, collar=None, neck=shade(skin, 0.9))
    arm = 0.5 + 0.5 * math.sin(t * 2.4 + phase + 1.2)
    for side in (-1, 1):
        sx, sy = x + side * 1.5 * s, cy + 1.6 * s
        ex = sx + side * (0.8 + 0.6 * arm) * s
        ey = sy - (0.6 + 1.6 * arm) * s
        d.line((sx, sy, ex, ey), fill=shirt, width=int(0.5 * s))
        d.ellipse((ex - 0.3 * s, ey - 0.3 * s, ex + 0.3 * s, ey + 0.3 * s), fill=skin)
    if you:
        you_hair(d, x, cy, s, hair=hair, skin=skin)
    else:
        hair_and_head(d, x, cy, s, skin, hair, style)
        fringe(d, x, cy, s, hair, style)
    if turn >= 0.85:                       # the back of her head
        d.ellipse((x - 0.86 * s, cy - 1.0 * s, x + 0.86 * s, cy + 0.9 * s), fill=hair)
    else:
        fx = x - turn * 0.5 * s
        if you:
            you_features(d, fx, cy, s * (1 - 0.4 * turn), skin=skin, mouth=0.0)
        else:
            face_features(d, fx, cy, s * (1 - 0.4 * turn), skin=skin, brows=hair)
    return x


def make_dance_class(out: Output) -> None:
    """Real: the community centre's own post of a dance class, dim, grainy and blurred, with consent."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(1707)
    # sound: a simple pentatonic tune, the teacher counting, a hall full of people
    track = Track()
    track.pause(0.8)
    track.add(speak("一、二、三、四，", voice=MANDARIN + "+f4", rate=140, pitch=55), "teacher counts")
    track.pause(0.5)
    track.add(speak("转个身，二、三、四。", voice=MANDARIN + "+f4", rate=140, pitch=55), "teacher: turn round")
    track.pause(0.6)
    track.add(speak("好，再来一遍！", voice=MANDARIN + "+f4", rate=150, pitch=55), "teacher: once more")
    duration = max(9.0, track.seconds + 0.8)
    total = int(duration * SR)
    music = [0.0] * total
    notes = [392, 440, 523, 587, 659, 587, 523, 440]
    beat = 0.42
    for k in range(int(duration / beat)):
        f = notes[k % len(notes)] * (0.5 if k % 4 == 0 else 1)
        start = int(k * beat * SR)
        n = int(beat * SR * 0.9)
        for i in range(n):
            if start + i < total:
                env = math.exp(-i / (0.25 * SR))
                music[start + i] += 0.16 * env * (math.sin(2 * math.pi * f * i / SR)
                                                  + 0.3 * math.sin(4 * math.pi * f * i / SR))
    room = band([rng.uniform(-1, 1) for _ in range(total)], SR, 200, 3000)
    voice = normalise(track.samples, 0.6) + [0.0] * max(0, total - len(track.samples))
    mix = [m + 0.03 * r + v for m, r, v in zip(music, room, voice[:total])]
    mix = band(mix, SR, 150, 5000)       # a phone microphone in a big room
    echo = list(mix)
    delay = int(0.09 * SR)
    for i in range(delay, total):
        echo[i] += 0.3 * echo[i - delay]
    samples = normalise(echo, 0.8)
    # picture
    W, H = VIDEO_SIZE
    lw, lh = 320, 180                    # drawn small, then scaled up: a cheap camera in poor light
    turn_span = (4.2, 5.6)
    frames = []
    hall = Image.new("RGB", (lw, lh))
    vgradient(hall, (0, 0, lw, 110), (150, 130, 100), (120, 104, 84))
    hd = ImageDraw.Draw(hall)
    hd.rectangle((0, 110, lw, lh), fill=(140, 110, 80))
    for x in range(0, lw, 24):
        hd.line((x, 110, x - 30, lh), fill=(128, 100, 72))
    banner = (70, 24, 250, 44)
    hd.rectangle(banner, fill=(180, 40, 40))
    mark = drawn_mark()
    text(hd, (160, 34), "幸福里社区 舞蹈班", 13, (255, 230, 160), bold=True, anchor="mm")
    scale_drawn(mark, W / lw)       # drawn small, shown twice as large
    hd.rectangle((6, 40, 40, 100), fill=(90, 80, 70))      # a door
    hd.rectangle((272, 44, 312, 90), fill=(190, 200, 200))  # a window, dark outside
    hd.rectangle((276, 48, 308, 86), fill=(50, 60, 80))
    dancers = [
        (78, 62, 13, (226, 190, 160), (40, 36, 34), (60, 120, 170), "bun", 0.6),
        (242, 62, 13, (230, 196, 166), (70, 66, 64), (140, 70, 140), "short", 1.1),
    ]
    for f in range(int(duration * FPS)):
        t = f / FPS
        img = hall.copy()
        d = ImageDraw.Draw(img)
        for cx, cy, s, skin, hair, shirt, style, phase in dancers:
            dancer(d, cx, cy, s, t, skin=skin, hair=hair, shirt=shirt, style=style, phase=phase)
        # the player, in front: she turns round between 4.2 and 5.6 s; the camera blurs her whole body
        turning = turn_span[0] <= t <= turn_span[1]
        k = (t - turn_span[0]) / (turn_span[1] - turn_span[0]) if turning else 0.0
        turn = math.sin(k * math.pi) if turning else 0.0
        layer = Image.new("RGBA", (lw, lh))
        ld = ImageDraw.Draw(layer)
        dancer(ld, 160, 74, 17, t, skin=YOU_SKIN, hair=YOU_HAIR, shirt=(200, 50, 60), style="short", you=True,
               turn=turn)
        blur = round(12 * turn) if turning else 0
        layer = motion_blur(layer, blur, 0, steps=7)
        img.paste(layer, (0, 0), layer)
        # handheld shake, soft focus, dim light that the camera keeps re-exposing
        ox = round(3 * math.sin(t * 1.7) + rng.uniform(-1, 1))
        oy = round(2 * math.sin(t * 2.3) + rng.uniform(-1, 1))
        img = ImageChops.offset(img, ox, oy)
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        frame = img.resize((W, H), Image.Resampling.BILINEAR)
        gain = 0.62 + 0.05 * math.sin(t * 0.9)
        frame = frame.point(lambda v, g=gain: int(v * g))
        grain = noise_layer((W, H), rng, "RGB")
        frame = Image.blend(frame, grain, 0.12)
        r, g, b = frame.split()
        frame = Image.merge("RGB", (r.point(lambda v: min(255, v + 10)), g, b.point(lambda v: int(v * 0.8))))
        fd = ImageDraw.Draw(frame)
        fd.rectangle((0, 0, W, BAR), fill=(20, 20, 24))
        fd.ellipse((8, 8, 52, 52), fill=(60, 150, 90))
        text(fd, (30, 30), "社", 22, (255, 255, 255), bold=True, anchor="mm")
        text(fd, (62, 4), "幸福里社区活动中心  官方账号", 20, (255, 255, 255), bold=True)
        text(fd, (62, 32), "Xingfuli Community Centre · official", 18, (190, 200, 210))
        fd.rectangle((0, H - BAR, W, H), fill=(20, 20, 24))
        text(fd, (10, H - BAR + 4), "周三舞蹈班汇报。已征得学员同意后发布。", 20, (255, 255, 255))
        text(fd, (10, H - BAR + 32), "Wednesday dance class. Posted with the members' consent.", 18, (190, 200, 210))
        frames.append(frame)
    path = out.path("dance_class.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "dance_class.mp4")
    out.note(f"dance_class.mp4 you turn round at {list(turn_span)}; lasts {duration:.1f} s")
    sx = W / lw
    out.region("dance_class.mp4", "you (front): the whole body blurs together as you turn",
               ((160 - 60) * sx, (74 - 26) * sx, (160 + 60) * sx, (74 + 80) * sx))
    out.region("dance_class.mp4", "dim, grainy, shaky: a phone in a poorly lit hall", (0, BAR, W, H - BAR))
    out.region("dance_class.mp4", "posted by the centre's official account, with consent", (0, 0, W, BAR))
    out.check_video(path)


# ---------------------------------------------------------------- 8 the radio station asks for consent (real)

def make_voice_consent(out: Output) -> None:
    """Real: your old radio station asks, in its official account, for separate consent to an AI voice."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    img = Image.new("RGB", (w, h), (240, 242, 246))
    d = ImageDraw.Draw(img)
    header_bar(d, (0, 0, w, 68), "滨江广播电台 · 官方公众号", "Binjiang Radio · official account", fill=(250, 251, 253))
    tx = w // 2 + font(24, True).getlength("滨江广播电台 · 官方公众号") // 2 + 8
    d.ellipse((tx, 8, tx + 22, 30), fill=(60, 150, 230))
    tick(d, tx + 5, 13, 12, width=2)
    # left: what the AI voice is for, plainly
    card = (8, 76, 396, 444)
    d.rounded_rectangle(card, radius=14, fill=(255, 255, 255), outline=(222, 226, 234))
    text(d, (card[0] + 12, card[1] + 6), "AI声音授权书", 26, (20, 40, 80), bold=True)
    text(d, (card[0] + 12, card[1] + 42), "Consent to an AI voice", 22, GREY_TEXT)
    rows = (("用途：只用于本台天气、路况播报", "Use: our weather and traffic news"),
            ("期限：两年，可以随时撤回", "Term: 2 years; withdraw any time"),
            ("标识：每段都说“AI合成声音”", "Label: each clip says 'AI voice'"),
            ("报酬：每年3000元", "Fee: 3,000 yuan a year"),
            ("撤回后，停用并删除AI声音", "Withdrawn: stopped and deleted"))
    y = card[1] + 74
    for zh, en in rows:
        d.ellipse((card[0] + 12, y + 9, card[0] + 22, y + 19), fill=(60, 120, 200))
        text(d, (card[0] + 30, y), zh, 22, (30, 30, 40))
        text(d, (card[0] + 30, y + 27), en, 22, GREY_TEXT)
        y += 57
    if y > card[3]:
        raise SystemExit(f"voice_consent.png: the terms do not fit ({y})")
    out.region("voice_consent.png", "purpose, term, label, fee and the right to withdraw, written plainly",
               (card[0] + 4, card[1] + 70, card[2] - 4, y - 2))
    # right: a separate, unticked consent box with two equal buttons, and the payment form
    x0, x1 = 404, 792
    agree_zh = "我单独同意：电台用我过去的节目录音，制作AI声音。"
    agree_en = "I agree: the station may make an AI voice from my old shows."
    lines = len(wrap(agree_zh, 22, x1 - x0 - 52)) + len(wrap(agree_en, 22, x1 - x0 - 52))
    d.rounded_rectangle((x0, 76, x1, 84 + 27 * lines + 50), radius=14, fill=(255, 255, 255))
    d.rounded_rectangle((x0 + 10, 90, x0 + 36, 116), radius=4, outline=(120, 120, 130), width=2)
    ty = text_block(d, x0 + 44, 84, agree_zh, 22,
                    (30, 30, 40), x1 - x0 - 52, spacing=1.2)
    ty = text_block(d, x0 + 44, ty, agree_en, 22, GREY_TEXT,
                    x1 - x0 - 52, spacing=1.2)
    box = (x0, 76, x1, ty + 50)
    for i, (zh, en, fill, colour) in enumerate((("同意", "Agree", (60, 120, 200), (255, 255, 255)),
                                                ("不同意", "Decline", (236, 238, 242), (40, 40, 50)))):
        b = (x0 + 12 + i * 186, ty + 4, x0 + 188 + i * 186, ty + 44)
        d.rounded_rectangle(b, radius=22, fill=fill)
        text(d, ((b[0] + b[2]) // 2, (b[1] + b[3]) // 2), f"{zh} {en}", 22, colour, bold=True, anchor="mm")
    d.rounded_rectangle(box, radius=14, outline=(222, 226, 234), width=1)
    out.region("voice_consent.png", "the box is not ticked for you; 'Decline' is as big as 'Agree'", box)
    form = (x0, box[3] + 6, x1, h - 6)
    d.rounded_rectangle(form, radius=14, fill=(255, 255, 255), outline=(222, 226, 234))
    text(d, (form[0] + 12, form[1] + 6), "领取报酬请填写 To be paid:", 22, (30, 30, 40), bold=True)
    for i, label in enumerate(("身份证号 ID no.", "银行卡号 Card no.")):
        fy = form[1] + 36 + i * 40
        text(d, (form[0] + 12, fy + 18), label, 22, (60, 60, 70), anchor="lm")
        d.rounded_rectangle((form[0] + 200, fy, form[2] - 12, fy + 36), radius=6, fill=(246, 246, 248),
                            outline=(210, 210, 216))
    ty = text_block(d, form[0] + 12, form[1] + 116, "本台不会索要密码和验证码。", 22, (170, 90, 0),
                    form[2] - form[0] - 24, bold=True, spacing=1.2)
    ty = text_block(d, form[0] + 12, ty, "Never a password or a code.", 22, GREY_TEXT,
                    form[2] - form[0] - 24, spacing=1.2)
    if ty > form[3] + 2:
        raise SystemExit(f"voice_consent.png: the form does not fit ({ty})")
    out.region("voice_consent.png", "it asks for your ID and bank card number, to pay you", form)
    out.png(img, "voice_consent.png")


JOBS = {   # job name -> function(out)
    "health_ad": make_health_ad,
    "voice_shop": make_voice_shop,
    "party_blackmail": make_party_blackmail,
    "photo_repair": make_photo_repair,
    "birthday_video": make_birthday_video,
    "dating_profile": make_dating_profile,
    "dance_class": make_dance_class,
    "voice_consent": make_voice_consent,
}
