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
from tools.media.text import text, text_block

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


def header_bar(d, box, title_zh, title_en, *, fill=(246, 246, 246), colour=(20, 20, 20)):
    d.rectangle(box, fill=fill)
    x0, y0, x1, y1 = box
    text(d, ((x0 + x1) // 2, y0 + 15), title_zh, 16, colour, bold=True, anchor="mm")
    text(d, ((x0 + x1) // 2, y0 + 33), title_en, 11, GREY_TEXT, anchor="mm")
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
    a.rectangle((0, 0, aw, 44), fill=(30, 30, 30))
    a.ellipse((8, 6, 40, 38), fill=(200, 60, 60))
    text(a, (24, 22), "康", 17, (255, 255, 255), bold=True, anchor="mm")
    text(a, (48, 5), "康宁堂健康好物", 15, (255, 255, 255), bold=True)
    text(a, (48, 26), "Kangning Health Shop", 11, (210, 210, 210))
    a.rounded_rectangle((aw - 66, 11, aw - 10, 33), radius=8, fill=(110, 110, 110))
    text(a, (aw - 38, 22), "广告 Ad", 11, (255, 255, 255), anchor="mm")
    # a clinic-like backdrop
    a.rectangle((250, 70, 396, 180), fill=(255, 246, 236), outline=(220, 190, 170), width=3)
    a.line((323, 70, 323, 180), fill=(220, 190, 170), width=3)
    # the "customer": someone else's body, long black hair, a pink jacket
    cx, cy, s = 140, 150, 52
    body_skin = (200, 150, 116)
    torso(a, cx, cy, s, (232, 92, 138), collar=(250, 250, 250), neck=shade(body_skin, 0.9))
    hair_and_head(a, cx, cy, s, body_skin, (26, 22, 20), "long")
    layer, mask = you_face_layer((aw, ah), cx + 4, cy + 5, s, skin=(246, 222, 200), soften=2, feather=5)
    ad.paste(layer, (0, 0), mask)
    a = ImageDraw.Draw(ad)
    fringe(a, cx, cy, s, (26, 22, 20), "long")
    # the product, held up
    box = (232, 184, 372, 270)
    a.rounded_rectangle(box, radius=8, fill=(30, 120, 90), outline=(250, 220, 120), width=4)
    text(a, (310, 212), "关节灵", 24, (255, 236, 150), bold=True, anchor="mm")
    text(a, (310, 240), "膏贴 Joint plaster", 12, (255, 255, 255), anchor="mm")
    hand(a, 246, 282, 15, body_skin, fingers=4)
    # claims, price, no AI label anywhere
    claims = (8, 306, aw - 8, ah - 8)
    text(a, (aw // 2, 326), "“我用了7天，膝盖不疼了！”", 24, (255, 240, 80), bold=True, anchor="mm",
         stroke=3, stroke_fill=(180, 30, 40))
    text(a, (aw // 2, 352), "'7 days, and my knees stopped hurting!'", 13, (255, 255, 255), bold=True,
         anchor="mm", stroke=2, stroke_fill=(120, 20, 30))
    text(a, (aw // 2, 374), "赵阿姨，68岁，真实买家", 15, (60, 30, 20), bold=True, anchor="mm")
    text(a, (aw // 2, 392), "Auntie Zhao, 68, a real customer", 11, (80, 50, 40), anchor="mm")
    a.rounded_rectangle((14, 400, aw - 14, ah - 6), radius=12, fill=(240, 60, 50))
    text(a, (aw // 2, 413), "限时99元 无效退款 马上下单", 14, (255, 255, 255), bold=True, anchor="mm")
    img.paste(ad, ad_box[:2])
    ox, oy = ad_box[:2]
    out.region("health_ad.png", "your face on another body: paler, softer, seam at the jaw; her long black hair",
               (ox + cx - 1.0 * s, oy + cy - 1.1 * s, ox + cx + 1.0 * s, oy + cy + 1.2 * s))
    out.region("health_ad.png", "claims, a false name, no AI label", (ox + claims[0], oy + claims[1],
                                                                       ox + claims[2], oy + claims[3]))
    # right: the neighbour's chat
    d = ImageDraw.Draw(img)
    panel = (432, 12, 788, 438)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 44), "王姐（邻居）", "Sister Wang (neighbour)")
    y = panel[1] + 56
    for zh, en, mine in (("这广告里的是你吧？你啥时候拍的？", "Isn't that you in this ad? When did you film it?", False),
                         ("我差点就下单了。", "I nearly bought some.", False),
                         ("没有啊！我从来没拍过广告。", "No! I never made any advert.", True)):
        boxr = bubble(d, panel[2] - 10 if mine else panel[0] + 10, y, zh, en, mine=mine, width=290)
        y = boxr[3] + 8
    # the player's own profile photo, for comparison
    y += 6
    text(d, (panel[0] + 14, y), "你的微信头像", 14, (40, 40, 40), bold=True)
    text(d, (panel[0] + 14, y + 20), "Your WeChat profile photo", 11, GREY_TEXT)
    pic = (panel[0] + 190, y - 4, panel[0] + 190 + 130, y - 4 + 130)
    avatar = Image.new("RGB", (pic[2] - pic[0], pic[3] - pic[1]))
    vgradient(avatar, (0, 0, avatar.width, avatar.height), (170, 210, 236), (210, 232, 246))
    av = ImageDraw.Draw(avatar)
    ps = 40
    torso(av, 65, 62, ps, (70, 110, 160), collar=(250, 250, 250), neck=shade(YOU_SKIN, 0.9))
    draw_you(av, 65, 62, ps)
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
    header_bar(d, (0, 0, w, 48), "配音宝 · 声音商店", "Dubbing app · voice shop", fill=(250, 248, 255))
    card = (16, 62, 372, 434)
    d.rounded_rectangle(card, radius=16, fill=(255, 255, 255), outline=(226, 222, 236))
    mx = (card[0] + card[2]) // 2
    d.ellipse((mx - 50, 80, mx + 50, 180), fill=(120, 90, 200))           # microphone icon
    d.rounded_rectangle((mx - 15, 98, mx + 15, 146), radius=15, fill=(255, 255, 255))
    d.arc((mx - 26, 116, mx + 26, 162), 0, 180, fill=(255, 255, 255), width=4)
    d.line((mx, 162, mx, 170), fill=(255, 255, 255), width=4)
    text(d, (mx, 206), "知性播音女声", 28, (30, 20, 60), bold=True, anchor="mm")
    text(d, (mx, 236), "Warm announcer voice (female)", 15, GREY_TEXT, anchor="mm")
    d.rounded_rectangle((mx - 130, 254, mx + 130, 284), radius=15, fill=(255, 236, 200))
    text(d, (mx, 269), "热卖  已售3.2万份  Best seller", 14, (170, 90, 0), bold=True, anchor="mm")
    text(d, (mx, 316), "会员 ¥19.9/月", 26, (220, 40, 60), bold=True, anchor="mm")
    text(d, (mx, 342), "Members: 19.9 yuan a month", 13, GREY_TEXT, anchor="mm")
    play = (mx - 110, 360, mx + 110, 400)
    d.rounded_rectangle(play, radius=20, fill=(120, 90, 200))
    d.polygon([(play[0] + 30, 370), (play[0] + 30, 390), (play[0] + 47, 380)], fill=(255, 255, 255))
    text(d, (mx + 14, 380), "试听  Listen", 17, (255, 255, 255), bold=True, anchor="mm")
    d.rounded_rectangle((40, 414, card[2] - 70, 420), radius=3, fill=(220, 216, 232))
    d.rounded_rectangle((40, 414, 130, 420), radius=3, fill=(120, 90, 200))
    d.ellipse((124, 410, 136, 424), fill=(120, 90, 200))
    text(d, (card[2] - 24, 417), f"0:{int(track.seconds):02d}", 12, GREY_TEXT, anchor="rm")
    x0, x1 = 388, 784
    source = (x0, 62, x1, 186)
    d.rounded_rectangle(source, radius=12, fill=(255, 255, 255), outline=(226, 222, 236))
    text(d, (x0 + 16, 74), "声音来源：资深电台播音员录音", 20, (40, 30, 70), bold=True)
    text(d, (x0 + 16, 104), "Source: recordings of a senior radio announcer", 14, GREY_TEXT)
    text(d, (x0 + 16, 132), "原声样本：早间新闻节目", 17, (90, 80, 110))
    text(d, (x0 + 16, 156), "Original sample: a morning news programme", 13, GREY_TEXT)
    out.region("voice_shop.png", "source: your own radio recordings", source)
    use = (x0, 198, x1, 296)
    d.rounded_rectangle(use, radius=12, fill=(255, 255, 255), outline=(226, 222, 236))
    text(d, (x0 + 16, 210), "可商用：广告、带货、有声书", 20, (40, 30, 70), bold=True)
    text(d, (x0 + 16, 240), "For commercial use: adverts, sales, audiobooks", 14, GREY_TEXT)
    text(d, (x0 + 16, 264), "一键生成，像真人一样！", 17, (90, 80, 110))
    out.region("voice_shop.png", "sold for adverts, with no word of your consent", use)
    reviews = (x0, 308, x1, 434)
    d.rounded_rectangle(reviews, radius=12, fill=(255, 255, 255), outline=(226, 222, 236))
    text(d, (x0 + 16, 318), "用户评价  Reviews", 16, (40, 30, 70), bold=True)
    for i, (zh, en) in enumerate((("“拿来配贷款广告，效果很好。”", "'Great for our loan adverts.'"),
                                  ("“听着就是电台的老播音员！”", "'Sounds just like the old radio announcer!'"))):
        y = 346 + i * 44
        text(d, (x0 + 16, y), zh, 16, (60, 60, 70))
        text(d, (x0 + 16, y + 22), en, 12, GREY_TEXT)
    out.png(img, "voice_shop.png")


# ---------------------------------------------------------------- 3 the party picture

def make_party_blackmail(out: Output) -> None:
    """A stranger's chat: a face-swapped 'drunk at a party' picture of you and a demand for money."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(1303)
    w, h = 800, 450
    img = Image.new("RGB", (w, h), CHAT_BG)
    d = ImageDraw.Draw(img)
    header = (0, 0, w, 48)
    d.rectangle(header, fill=(246, 246, 246))
    d.ellipse((14, 8, 46, 40), fill=(150, 150, 156))
    text(d, (30, 24), "?", 20, (255, 255, 255), bold=True, anchor="mm")
    text(d, (56, 6), "陌生人  fast_8812", 16, (20, 20, 20), bold=True)
    text(d, (56, 28), "Stranger (not in your contacts)", 11, GREY_TEXT)
    note = (w - 300, 12, w - 14, 38)
    d.rounded_rectangle(note, radius=10, fill=(255, 236, 200))
    text(d, ((note[0] + note[2]) // 2, 25), "对方不是你的好友  Not a friend", 12, (170, 90, 0), bold=True, anchor="mm")
    d.line((0, 48, w, 48), fill=(210, 210, 210))
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
    for bx in (214, 246, 278, 320):
        p.rectangle((bx, 170, bx + 22, 238), fill=(50, 110, 60))
        p.rectangle((bx + 7, 150, bx + 15, 172), fill=(50, 110, 60))
        label = (bx + 2, 194, bx + 20, 220)
        p.rectangle(label, fill=(240, 220, 160))
        text(p, ((label[0] + label[2]) // 2, (label[1] + label[3]) // 2), "啤", 12, (120, 40, 30), bold=True,
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
    px0, py0 = 20, 64
    d.rounded_rectangle((px0 - 4, py0 - 4, px0 + pw + 4, py0 + ph + 4), radius=8, fill=(255, 255, 255))
    img.paste(pic, (px0, py0))
    out.region("party_blackmail.png", "your own face, glasses and earrings, at a party you never went to",
               (px0 + hx - 1.2 * s, py0 + hy - 1.2 * s, px0 + hx + 1.2 * s, py0 + hy + 1.3 * s))
    out.region("party_blackmail.png", "a stranger's account, not in your contacts", (0, 0, w, 48))
    # the messages
    d = ImageDraw.Draw(img)
    text(d, (px0, py0 + ph + 12), "昨天 23:41  Yesterday 23:41", 11, GREY_TEXT)
    y = 64
    boxes = []
    for zh, en in (("认识照片里的人吧？", "You know who this is, right?"),
                   ("今晚12点前转3000元，我就删掉。", "Send 3,000 yuan before midnight and I'll delete it."),
                   ("不转，就发到你们小区群和你儿子单位。", "If not, it goes to your residents' group and your son's work."),
                   ("敢报警，马上就发。", "Call the police and I send it at once.")):
        boxr = bubble(d, 430, y, zh, en, width=350)
        boxes.append(boxr)
        y = boxr[3] + 12
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
    d.rectangle((0, 0, w, 50), fill=(255, 252, 248))
    text(d, (w // 2, 16), "AI老照片修复 · 免费", 20, (40, 30, 20), bold=True, anchor="mm")
    text(d, (w // 2, 38), "Free AI old-photo repair (mini-program)", 13, GREY_TEXT, anchor="mm")
    d.rounded_rectangle((w - 96, 13, w - 14, 39), radius=13, outline=(180, 180, 180), width=1)
    for k in range(3):
        d.ellipse((w - 80 + k * 9, 24, w - 76 + k * 9, 28), fill=(80, 80, 80))
    d.ellipse((w - 40, 18, w - 24, 34), outline=(80, 80, 80), width=2)
    d.line((0, 50, w, 50), fill=(226, 220, 210))
    # left: before / after, and the first step, done
    for i, (label_zh, label_en) in enumerate((("修复前", "before"), ("修复后", "after"))):
        x0 = 18 + i * 182
        box = (x0, 64, x0 + 170, 194)
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
        img.paste(photo, box[:2])
        text(d, (x0 + 85, 208), f"{label_zh}  {label_en}", 14, (90, 80, 70), anchor="mm")

    def step(number, zh, en, box, done=False):
        d.rounded_rectangle(box, radius=12, fill=(255, 255, 255), outline=(236, 226, 214))
        colour = (70, 170, 100) if done else (240, 120, 40)
        x0, top = box[0], box[1]
        d.ellipse((x0 + 12, top + 12, x0 + 42, top + 42), fill=colour)
        if done:
            tick(d, x0 + 19, top + 19, 16)
        else:
            text(d, (x0 + 27, top + 27), str(number), 17, (255, 255, 255), bold=True, anchor="mm")
        width = box[2] - x0 - 70
        y = text_block(d, x0 + 54, top + 12, zh, 18, (30, 30, 30), width, bold=True, spacing=1.3)
        return text_block(d, x0 + 54, y, en, 13, GREY_TEXT, width, spacing=1.3)

    step(1, "上传老照片", "Upload the old photo", (18, 228, 370, 290), done=True)
    text_block(d, 22, 304, "修复后的照片，可以分享给家人。", 15, (110, 100, 90), 340, spacing=1.3)
    text_block(d, 22, 328, "Share the repaired photo with your family.", 12, GREY_TEXT, 340, spacing=1.3)
    d.rounded_rectangle((18, 370, 370, 430), radius=12, fill=(255, 240, 226))
    text(d, (194, 390), "已有12.8万人免费修复", 18, (200, 90, 30), bold=True, anchor="mm")
    text(d, (194, 414), "128,000 people have used it for free", 12, (160, 100, 60), anchor="mm")
    # right: what it wants next
    face = (388, 64, 784, 146)
    step(2, "录制人脸视频：眨眼、转头、张嘴", "Film your face: blink, turn your head, open your mouth", face)
    out.region("photo_repair.png", "a face video with blink, head turn, open mouth", face)
    idbox = (388, 156, 784, 270)
    y = step(3, "填写身份证号，领取10次免费修复", "Enter your ID number to get 10 free repairs", idbox)
    d.rounded_rectangle((442, y + 4, 770, y + 34), radius=6, fill=(246, 246, 246), outline=(210, 210, 210))
    text(d, (452, y + 10), "请输入18位身份证号", 14, (170, 170, 170))
    out.region("photo_repair.png", "an ID number, for a photo repair", idbox)
    # one pre-ticked box for everything
    agree = (388, 280, 784, 356)
    d.rounded_rectangle((392, 286, 414, 308), radius=4, fill=(240, 120, 40))
    tick(d, 396, 290, 14, width=2)
    ty = text_block(d, 422, 284, "我已阅读并同意全部协议（含人脸、声纹信息授权合作方使用）", 14, (90, 80, 70),
                    w - 440, spacing=1.3)
    text_block(d, 422, ty, "I agree to all terms (including giving my face and voice print to partners)", 11,
               GREY_TEXT, w - 440, spacing=1.3)
    out.region("photo_repair.png", "one box, already ticked, agrees to everything", agree)
    button = (400, 364, 772, 412)
    d.rounded_rectangle(button, radius=24, fill=(240, 100, 30))
    text(d, (586, 380), "同意并免费修复", 19, (255, 255, 255), bold=True, anchor="mm")
    text(d, (586, 401), "Agree and repair for free", 12, (255, 236, 220), anchor="mm")
    text(d, (586, 430), "限时免费  剩余 09:59   Free for 9:59 more", 14, (220, 40, 40), bold=True, anchor="mm")
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
    panel = (12, 12, 372, 438)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 44), "孙子 小宇", "Xiaoyu (grandson)")
    y = panel[1] + 56
    boxes = []
    for zh, en, mine in (("奶奶，我想用您年轻时的照片，做个AI生日视频，可以吗？",
                          "Grandma, may I use your young photo to make an AI birthday video?", False),
                         ("可以呀，做好先给我看看。", "Yes, show me first when it's done.", True),
                         ("做好啦！App上标着“AI生成”。祝奶奶生日快乐！",
                          "Done! The app marks it 'AI-generated'. Happy birthday, Grandma!", False)):
        boxr = bubble(d, panel[2] - 10 if mine else panel[0] + 10, y, zh, en, mine=mine, width=300)
        boxes.append(boxr)
        y = boxr[3] + 10
    chat_box = (panel[0] + 4, boxes[0][1] - 4, panel[2] - 4, boxes[-1][3] + 4)
    # right: the app screen with the finished video and the consent step it showed
    app = (384, 12, 788, 438)
    d.rectangle(app, fill=(30, 30, 36))
    text(d, (app[0] + 14, app[1] + 10), "小影AI · 生日特效", 15, (255, 255, 255), bold=True)
    text(d, (app[0] + 14, app[1] + 30), "Xiaoying AI · birthday effect", 11, (190, 190, 200))
    video = (app[0] + 14, app[1] + 52, app[2] - 14, app[1] + 272)
    consent = (app[0] + 14, app[1] + 284, app[2] - 14, app[3] - 12)
    d.rounded_rectangle(consent, radius=10, fill=(48, 48, 58))
    text(d, (consent[0] + 12, consent[1] + 8), "使用提醒", 14, (255, 210, 120), bold=True)
    ty = text_block(d, consent[0] + 12, consent[1] + 30, "本功能会编辑人脸。请先告知照片中的人，并取得本人同意。",
                    13, (235, 235, 240), consent[2] - consent[0] - 24, spacing=1.3)
    ty = text_block(d, consent[0] + 12, ty, "This edits a face. Tell the person in the photo and get their own consent first.",
                    10, (180, 180, 190), consent[2] - consent[0] - 24, spacing=1.3)
    d.rounded_rectangle((consent[0] + 12, ty + 4, consent[0] + 28, ty + 20), radius=3, fill=(70, 170, 100))
    tick(d, consent[0] + 15, ty + 7, 10, width=2)
    text(d, (consent[0] + 36, ty + 3), "已取得本人同意  Consent given", 12, (200, 240, 210), bold=True)
    ok = (consent[2] - 96, consent[3] - 38, consent[2] - 12, consent[3] - 10)
    d.rounded_rectangle(ok, radius=14, fill=(70, 170, 100))
    text(d, ((ok[0] + ok[2]) // 2, (ok[1] + ok[3]) // 2), "确认 OK", 13, (255, 255, 255), bold=True, anchor="mm")
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
        c.rectangle((10, 10, vw - 10, vh - 10), outline=(250, 240, 220), width=6)
        cx, cy, s = vw // 2 - 60, 96, 40
        young_skin = (240, 212, 186)
        torso(c, cx, cy, s, (190, 50, 60), collar=(250, 250, 250), neck=shade(young_skin, 0.9))
        hair_and_head(c, cx, cy, s, young_skin, (40, 34, 32), "ponytail")
        fringe(c, cx, cy, s, (40, 34, 32), "ponytail")
        phase = i / n * 2 * math.pi
        you_features(c, cx, cy + 1.5 * math.sin(phase), s, skin=young_skin, mouth=0.25 + 0.25 * math.sin(phase),
                     blink=(i == 5), wrinkles=False, glasses=False, brows=(40, 34, 32))
        # cake
        c.rounded_rectangle((vw - 150, 120, vw - 50, 176), radius=8, fill=(255, 240, 246), outline=(230, 120, 150), width=3)
        c.rectangle((vw - 150, 140, vw - 50, 148), fill=(230, 120, 150))
        for k in range(3):
            fx = vw - 130 + k * 30
            c.rectangle((fx - 2, 100, fx + 2, 120), fill=(120, 170, 240))
            flame = 5 + 2 * math.sin(phase * 2 + k)
            c.ellipse((fx - 4, 100 - flame * 2, fx + 4, 100), fill=(255, 190, 60))
        text(c, (vw - 100, 196), "生日快乐", 20, (200, 40, 70), bold=True, anchor="mm")
        for fx, fy, colour in flakes:
            yy = (fy + i * 14) % (vh + 20) - 10
            c.rectangle((fx, yy, fx + 5, yy + 3), fill=colour)
        clip = clip.filter(ImageFilter.SMOOTH_MORE)         # the AI effect's smooth, glossy look
        c = ImageDraw.Draw(clip)
        label = (vw - 84, 8, vw - 8, 40)
        c.rounded_rectangle(label, radius=6, fill=(0, 0, 0))
        text(c, (vw - 46, 18), "AI生成", 13, (255, 255, 255), bold=True, anchor="mm")
        text(c, (vw - 46, 32), "AI-generated", 9, (220, 220, 220), anchor="mm")
        frame.paste(clip, video[:2])
        frames.append(frame)
        durations.append(180 if i != 5 else 260)
    out.gif(frames, durations, "birthday_video.gif", colours=64)
    face = (video[0] + vw // 2 - 60 - 56, video[1] + 40, video[0] + vw // 2 - 60 + 56, video[1] + 154)
    out.region("birthday_video.gif", "the old photo moves and smiles: made by AI, and labelled", face)
    out.region("birthday_video.gif", "the 'AI生成' label on the video (room left for the number badge)",
               (video[0] + vw - 130, video[1] + 2, video[2] - 2, video[1] + 46))
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
    sign = (int(196 * k), int(70 * k), int(288 * k), int(106 * k))
    d.rectangle((sign[0] + int(40 * k), sign[3], sign[0] + int(46 * k), int(h * 0.78)), fill=(110, 80, 60))
    d.rectangle(sign, fill=(30, 100, 150))
    text(d, ((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), "海滨公园", int(16 * k), (255, 255, 255),
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
    card = (12, 12, 420, 438)
    d.rounded_rectangle(card, radius=14, fill=(255, 255, 255))
    d.rectangle((card[0], card[1], card[2], card[1] + 40), fill=(255, 90, 120))
    text(d, (card[0] + 14, card[1] + 6), "缘分婚恋", 16, (255, 255, 255), bold=True)
    text(d, (card[0] + 98, card[1] + 11), "Fate Dating app", 12, (255, 236, 240))
    photo, _, face = holiday_photo((380, 240), retouched=True, rng_seed=1606)
    px, py = card[0] + 14, card[1] + 50
    img.paste(photo, (px, py))
    badge = (px + 8, py + 8, px + 96, py + 30)
    d.rounded_rectangle(badge, radius=11, fill=(60, 170, 110))
    text(d, ((badge[0] + badge[2]) // 2, 19 + py), "已认证 Verified", 11, (255, 255, 255), bold=True, anchor="mm")
    out.region("dating_profile.png", "retouched face: smooth skin, no wrinkles, no glasses, dark hair",
               (px + face[0], py + face[1], px + face[2], py + face[3]))
    y = py + 250
    out.region("dating_profile.png", "a different name and story: widowed, abroad, 'true love'",
               (px - 4, y - 4, card[2] - 10, y + 84))
    text(d, (px, y), "婉清  56岁  退休教师", 18, (30, 30, 30), bold=True)
    text(d, (px, y + 26), "Wanqing, 56, retired teacher", 12, GREY_TEXT)
    text(d, (px, y + 46), "丧偶，在国外陪女儿。想找一个真心人。", 14, (60, 60, 60))
    text(d, (px, y + 68), "Widowed, abroad with my daughter. Looking for true love.", 11, GREY_TEXT)
    d.rounded_rectangle((px, y + 90, px + 180, y + 120), radius=15, fill=(255, 90, 120))
    text(d, (px + 90, y + 105), "打招呼 Say hello", 13, (255, 255, 255), bold=True, anchor="mm")
    # right: the cousin's warning, with the real holiday photo from the player's Moments
    panel = (432, 12, 788, 438)
    d.rectangle(panel, fill=(245, 245, 245))
    header_bar(d, (panel[0], panel[1], panel[2], panel[1] + 44), "表妹 丽丽", "Lili (cousin)")
    yy = panel[1] + 54
    for zh, en in (("表姐，这张照片是你吧？", "Is this photo you?"),
                   ("我同事在婚恋App上跟“她”聊了两个月，说要回国见他，让他先转钱买机票。",
                    "A colleague chatted with 'her' for two months. She wants to fly home and meet him, and asks him to pay the ticket first.")):
        boxr = bubble(d, panel[0] + 10, yy, zh, en, width=330)
        yy = boxr[3] + 8
    text(d, (panel[0] + 14, yy + 4), "你朋友圈里的旅游照（2023年）", 13, (40, 40, 40), bold=True)
    text(d, (panel[0] + 14, yy + 24), "Your holiday photo on WeChat Moments (2023)", 11, GREY_TEXT)
    own, _, _ = holiday_photo((210, 140), retouched=False, rng_seed=1607)
    op = (panel[0] + 14, yy + 44)
    img.paste(own, op)
    own_box = (op[0], op[1], op[0] + 210, op[1] + 140)
    d.rectangle(own_box, outline=(200, 200, 200), width=2)
    if own_box[3] > panel[3]:
        raise SystemExit("dating_profile.png: the holiday photo does not fit")
    out.region("dating_profile.png", "your own holiday photo: same pose, same red scarf, same sea", own_box)
    out.png(img, "dating_profile.png")


# ---------------------------------------------------------------- 7 the dance class (real)

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
    text(hd, (160, 34), "幸福里社区 舞蹈班", 13, (255, 230, 160), bold=True, anchor="mm")
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
        fd.rectangle((0, 0, W, 44), fill=(20, 20, 24))
        fd.ellipse((10, 6, 42, 38), fill=(60, 150, 90))
        text(fd, (26, 22), "社", 16, (255, 255, 255), bold=True, anchor="mm")
        text(fd, (50, 4), "幸福里社区活动中心  官方账号", 15, (255, 255, 255), bold=True)
        text(fd, (50, 25), "Xingfuli Community Centre · official account", 11, (190, 200, 210))
        fd.rectangle((0, H - 44, W, H), fill=(20, 20, 24))
        text(fd, (12, H - 41), "周三舞蹈班汇报。照片和视频已征得学员同意后发布。", 14, (255, 255, 255))
        text(fd, (12, H - 20), "Wednesday dance class. Posted with the members' consent.", 11, (190, 200, 210))
        frames.append(frame)
    path = out.path("dance_class.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "dance_class.mp4")
    out.note(f"dance_class.mp4 you turn round at {list(turn_span)}; lasts {duration:.1f} s")
    sx = W / lw
    out.region("dance_class.mp4", "you (front): the whole body blurs together as you turn",
               ((160 - 60) * sx, (74 - 26) * sx, (160 + 60) * sx, (74 + 80) * sx))
    out.region("dance_class.mp4", "dim, grainy, shaky: a phone in a poorly lit hall", (0, 44, W, H - 44))
    out.region("dance_class.mp4", "posted by the centre's official account, with consent", (0, 0, W, 44))
    out.check_video(path)


# ---------------------------------------------------------------- 8 the radio station asks for consent (real)

def make_voice_consent(out: Output) -> None:
    """Real: your old radio station asks, in its official account, for separate consent to an AI voice."""
    from PIL import Image, ImageDraw

    w, h = 800, 450
    img = Image.new("RGB", (w, h), (240, 242, 246))
    d = ImageDraw.Draw(img)
    header_bar(d, (0, 0, w, 48), "滨江广播电台 · 官方公众号", "Binjiang Radio · official account", fill=(250, 251, 253))
    d.ellipse((w // 2 + 118, 8, w // 2 + 134, 24), fill=(60, 150, 230))
    tick(d, w // 2 + 121, 11, 10, width=2)
    # left: what the AI voice is for, plainly
    card = (14, 60, 404, 438)
    d.rounded_rectangle(card, radius=14, fill=(255, 255, 255), outline=(222, 226, 234))
    text(d, (card[0] + 16, card[1] + 12), "AI声音授权书", 22, (20, 40, 80), bold=True)
    text(d, (card[0] + 16, card[1] + 42), "Consent to an AI voice", 13, GREY_TEXT)
    rows = (("用途：只用于本台天气、路况播报", "Use: only our weather and traffic reports"),
            ("期限：两年；你可以随时撤回", "Term: two years; you may withdraw at any time"),
            ("标识：每段都说“本段为AI合成声音”", "Label: every clip says 'this is an AI voice'"),
            ("报酬：每年3000元", "Fee: 3,000 yuan a year"),
            ("撤回后，停用并删除AI声音", "If you withdraw, it is stopped and deleted"))
    y = card[1] + 70
    for zh, en in rows:
        d.ellipse((card[0] + 18, y + 6, card[0] + 28, y + 16), fill=(60, 120, 200))
        text(d, (card[0] + 38, y), zh, 16, (30, 30, 40))
        text(d, (card[0] + 38, y + 21), en, 11, GREY_TEXT)
        y += 46
    out.region("voice_consent.png", "purpose, term, label, fee and the right to withdraw, written plainly",
               (card[0] + 8, card[1] + 64, card[2] - 8, y - 2))
    # right: a separate, unticked consent box with two equal buttons, and the payment form
    box = (418, 60, 786, 226)
    d.rounded_rectangle(box, radius=14, fill=(255, 255, 255), outline=(222, 226, 234))
    d.rounded_rectangle((box[0] + 16, box[1] + 18, box[0] + 38, box[1] + 40), radius=4, outline=(120, 120, 130),
                        width=2)
    ty = text_block(d, box[0] + 48, box[1] + 14, "我单独同意：电台用我过去的节目录音，制作AI声音。", 15,
                    (30, 30, 40), box[2] - box[0] - 64, spacing=1.3)
    text_block(d, box[0] + 48, ty, "I separately agree that the station may make an AI voice from my old "
               "programme recordings.", 11, GREY_TEXT, box[2] - box[0] - 64, spacing=1.3)
    for i, (zh, en, fill, colour) in enumerate((("同意", "Agree", (60, 120, 200), (255, 255, 255)),
                                                ("不同意", "Decline", (236, 238, 242), (40, 40, 50)))):
        b = (box[0] + 24 + i * 170, box[3] - 56, box[0] + 174 + i * 170, box[3] - 16)
        d.rounded_rectangle(b, radius=20, fill=fill)
        text(d, ((b[0] + b[2]) // 2, (b[1] + b[3]) // 2), f"{zh}  {en}", 15, colour, bold=True, anchor="mm")
    out.region("voice_consent.png", "the box is not ticked for you; 'Decline' is as big as 'Agree'", box)
    form = (418, 238, 786, 438)
    d.rounded_rectangle(form, radius=14, fill=(255, 255, 255), outline=(222, 226, 234))
    text(d, (form[0] + 16, form[1] + 12), "领取报酬请填写（本人）", 16, (30, 30, 40), bold=True)
    text(d, (form[0] + 16, form[1] + 34), "To be paid, fill in (your own):", 11, GREY_TEXT)
    for i, (zh, en) in enumerate((("身份证号", "ID number"), ("银行卡号", "Bank card number"))):
        fy = form[1] + 58 + i * 46
        text(d, (form[0] + 16, fy + 8), zh, 14, (60, 60, 70))
        text(d, (form[0] + 16, fy + 26), en, 10, GREY_TEXT)
        d.rounded_rectangle((form[0] + 110, fy + 4, form[2] - 16, fy + 36), radius=6, fill=(246, 246, 248),
                            outline=(210, 210, 216))
    ty = text_block(d, form[0] + 16, form[1] + 150, "本台不会向您索要密码和验证码。", 14, (170, 90, 0),
                    form[2] - form[0] - 32, bold=True, spacing=1.3)
    text_block(d, form[0] + 16, ty, "We will never ask for your password or codes.", 11, GREY_TEXT,
               form[2] - form[0] - 32, spacing=1.3)
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
