"""Media of the 'video' pack (scenarios/video/media/): two videos, two animations and a picture.

Run through ``tools/make_media.py`` (``--only video`` or ``--only video:police_warrant``).
Fixed seeds, no timestamps: the same files every run. No real person's face or voice:
every person is a drawn cartoon, every voice is espeak-ng. The five calls of the pack
have no media (the game draws and voices them).

- grandson_dorm.mp4    real: an old laptop camera in a dim dormitory (grain, colour cast)
- classmate_loan.gif   fake: a five-second face-swapped video call (nothing odd to see), then text asking for money
- police_warrant.mp4   fake: a "police officer" with a pasted-on office, a printed warrant and orders to tell no one
- soldier_loop.gif     fake: a "doctor abroad" who only sends the same two-second loop, then a "gift" kept secret
- filter_date.png      real: a video date with the app's beauty filter switched on
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
    handset,
    motion_blur,
    noise_layer,
    shade,
    torso,
    vgradient,
)
from tools.media.cast import VideoFace
from tools.media.output import Output
from tools.media.phone import call_bar
from tools.media.sound import (
    MANDARIN,
    Track,
    band,
    breath,
    mix_into,
    mouth_track,
    normalise,
    speak,
)
from tools.media.spec import FPS, SR, VIDEO_SIZE
from tools.media.text import drawn_mark, font, scale_drawn, text

PACK = "video"


# ---------------------------------------------------------------- shared pieces

def grandma_selfview():
    """The player's own little picture (a grandmother) in the corner of a video call."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (96, 128))
    vgradient(img, (0, 0, 96, 128), (206, 196, 178), (166, 156, 138))
    d = ImageDraw.Draw(img)
    skin = (234, 196, 168)
    torso(d, 48, 64, 21, (150, 70, 80), collar=(236, 226, 220), neck=shade(skin, 0.9))
    hair_and_head(d, 48, 64, 21, skin, (196, 196, 200), "bun")
    fringe(d, 48, 64, 21, (196, 196, 200), "bun")
    face_features(d, 48, 64, 21, skin=skin, wrinkles=True, brows=(170, 170, 172))
    return img


SCREEN = (800, 450)    # the chat and call screens of a tablet, landscape; 22 px text shows as 18 px


def screen_frame(*, dark=False):
    """An empty landscape chat or call screen."""
    from PIL import Image

    return Image.new("RGB", SCREEN, (24, 26, 30) if dark else (237, 237, 237))


def chat_header(d, title_zh, title_en, note=""):
    """A chat's title bar, 50 px: back sign, name (Chinese and English) and a grey note on the right."""
    w = SCREEN[0]
    d.rectangle((0, 0, w, 50), fill=(246, 246, 246))
    d.line((0, 50, w, 50), fill=(210, 210, 210), width=2)
    text(d, (12, 25), "‹", 36, (60, 60, 60), anchor="lm")
    text(d, (44, 8), title_zh, 26, (20, 20, 20), bold=True)
    text(d, (52 + font(26, True).getlength(title_zh), 12), title_en, 22, (110, 110, 110))
    if note:
        text(d, (w - 14, 12), note, 22, (110, 110, 110), anchor="ra")


def system_line(d, y, line):
    """A grey centred system notice in a chat; returns its box."""
    w = SCREEN[0]
    bw = int(font(22).getlength(line) + 24)
    box = (w // 2 - bw // 2, y, w // 2 + bw // 2, y + 36)
    d.rounded_rectangle(box, radius=6, fill=(218, 218, 218))
    text(d, (w // 2, y + 18), line, 22, (70, 70, 70), anchor="mm")
    return box


def avatar(d, box, colour, letter):
    d.rounded_rectangle(box, radius=6, fill=colour)
    size = max(16, (box[3] - box[1]) * 11 // 20)
    text(d, ((box[0] + box[2]) // 2, (box[1] + box[3]) // 2), letter, size, (255, 255, 255), bold=True, anchor="mm")


def their_bubble(d, x, y, zh, en, colour, letter, width=700):
    """A message from the other side, with an avatar; returns the bubble's box."""
    avatar(d, (x, y, x + 40, y + 40), colour, letter)
    return bubble(d, x + 48, y, zh, en, width=width, pad=5, sizes=(22, 22), leading=(28, 26))


def room_tone(seconds, rng, hum=0.02, hiss=0.006):
    """A quiet room: mains hum of a fan or fridge and a little hiss."""
    n = int(seconds * SR)
    tone = [hum * math.sin(2 * math.pi * 100 * i / SR) + 0.5 * hum * math.sin(2 * math.pi * 200 * i / SR)
            for i in range(n)]
    floor = band([rng.uniform(-1, 1) for _ in range(n)], SR, 300, 5000)
    return [a + b * hiss * 8 for a, b in zip(tone, floor)]


def key_clicks(x, rng, start, end, every=0.23, gain=0.12):
    """Someone typing in the background (a roommate)."""
    click = band([rng.uniform(-1, 1) for _ in range(int(0.012 * SR))], SR, 1500, 6000)
    click = [v * math.exp(-i / (0.003 * SR)) for i, v in enumerate(click)]
    t = start
    while t < end:
        mix_into(x, click, t, gain * rng.uniform(0.6, 1.0))
        t += every * rng.uniform(0.6, 1.5)


# ---------------------------------------------------------------- grandson_dorm.mp4 (real)

def dorm_background(lo_w, lo_h):
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("RGB", (lo_w, lo_h))
    vgradient(img, (0, 0, lo_w, lo_h), (96, 90, 76), (58, 54, 46))
    d = ImageDraw.Draw(img)
    # a bunk bed on the right, a poster and a shelf on the left
    d.rectangle((236, 0, 320, 180), fill=(70, 58, 46))
    d.rectangle((244, 0, 320, 70), fill=(110, 130, 150))
    d.rectangle((244, 70, 320, 78), fill=(60, 48, 38))
    d.rectangle((244, 78, 320, 180), fill=(46, 40, 36))
    for y in range(6, 70, 12):
        d.line((244, y, 320, y + 4), fill=(96, 116, 136), width=2)
    d.rectangle((18, 18, 74, 92), fill=(170, 60, 50))
    text(d, (46, 42), "加油", 17, (250, 230, 150), bold=True, anchor="mm")
    text(d, (46, 72), "2025", 12, (250, 230, 150), bold=True, anchor="mm")
    d.rectangle((80, 44, 130, 48), fill=(80, 64, 50))
    for i, colour in enumerate(((150, 60, 60), (60, 90, 140), (200, 170, 80), (70, 120, 80))):
        d.rectangle((84 + i * 10, 26, 91 + i * 10, 44), fill=colour)
    # the desk lamp on the left: warm light from that side
    glow = Image.new("RGB", (lo_w, lo_h))
    gd = ImageDraw.Draw(glow)
    for r in range(90, 0, -6):
        k = (90 - r) / 90
        gd.ellipse((-30 - r, 120 - r, -30 + r, 120 + r), fill=(int(120 * k), int(90 * k), int(40 * k)))
    glow = glow.filter(ImageFilter.GaussianBlur(8))
    from PIL import ImageChops
    img = ImageChops.add(img, glow)
    d = ImageDraw.Draw(img)
    d.line((6, 180, 16, 128), fill=(50, 50, 54), width=3)
    d.polygon([(2, 112), (34, 122), (26, 136), (0, 128)], fill=(60, 60, 64))
    d.ellipse((8, 124, 30, 138), fill=(255, 236, 170))
    return img


def make_grandson_dorm(out: Output) -> None:
    """Grandson calls from a dim dormitory on an old laptop camera (grain, colour cast) and asks for 300 for books."""
    from PIL import Image, ImageChops, ImageDraw

    rng = random.Random(3101)
    voice = {"voice": MANDARIN, "rate": 185, "pitch": 52}
    track = Track()
    track.pause(0.4)
    track.add(speak("奶奶好！我在宿舍呢。", **voice), "hello grandma, I'm in the dormitory")
    track.add(breath(rng, 0.35, 0.05))
    track.add(speak("这电脑太旧了，画面不清楚。", **voice), "this laptop is old, the picture is poor")
    track.add(breath(rng, 0.3, 0.05))
    track.add(speak("我想买两本书，要三百。", **voice), "I want two books; they cost 300")
    track.pause(0.25)
    track.add(speak("方便就转我微信，不急。", **voice), "send it to my WeChat when it suits you, no hurry")
    track.pause(0.5)
    duration = track.seconds
    if duration > 12:
        raise SystemExit(f"grandson_dorm.mp4 is {duration:.1f} s, over 12 s")
    # a laptop microphone in a room: a little hum and hiss, a roommate typing
    x = normalise(band(track.samples, SR, 140, 6500), 0.7)
    mix_into(x, room_tone(duration, rng), 0.0, 1.0)
    key_clicks(x, rng, 1.0, duration - 0.4)
    samples = normalise(x, 0.8)
    mouth = mouth_track(track.samples, lag_seconds=0.0)

    lo_w, lo_h = 320, 180
    mark = drawn_mark()
    background = dorm_background(lo_w, lo_h)
    scale_drawn(mark, VIDEO_SIZE[0] / lo_w)     # drawn small, shown twice as large
    selfview = grandma_selfview()
    grandson = VideoFace("grandson", 170)   # the cast's grandson (林小宇), drawn small like the room
    skin, shirt = grandson.skin, grandson.clothes
    rub = (4.6, 5.6)          # he rubs his eyes: his hand crosses his face
    frames = []
    for f in range(math.ceil(duration * FPS)):
        t = f / FPS
        img = background.copy()
        cx = 160 + 2.5 * math.sin(t * 0.9)
        cy = 92 + 1.5 * math.sin(t * 1.7)
        grandson.paste(img, cx, cy, mouth(f))
        # the lamp lights him from the left: the right side of the picture falls into shadow
        shadow = Image.new("L", (lo_w, lo_h), 0)
        sd = ImageDraw.Draw(shadow)
        for xx in range(lo_w):
            sd.line((xx, 0, xx, lo_h), fill=int(max(0, min(110, (xx - 120) * 0.8))))
        img = Image.composite(Image.new("RGB", (lo_w, lo_h), (18, 16, 14)), img, shadow)
        if rub[0] <= t <= rub[1]:
            k = (t - rub[0]) / (rub[1] - rub[0])
            hx = cx + 34 - 44 * math.sin(k * math.pi)
            hy = cy + 40 - 44 * math.sin(k * math.pi)
            arm = Image.new("RGBA", (lo_w, lo_h))
            ad = ImageDraw.Draw(arm)
            ad.line((hx + 10, lo_h, hx + 2, hy + 12), fill=shirt + (255,), width=15)
            hand(ad, hx, hy, 11, skin + (255,))
            speed = 44 * math.pi * math.cos(k * math.pi) / FPS / (rub[1] - rub[0])
            arm = motion_blur(arm, round(speed * 0.35), 0, steps=5)
            img.paste(arm, (0, 0), arm)
        frame = img.resize(VIDEO_SIZE, Image.Resampling.BILINEAR)
        # old webcam in a dim room: auto-exposure that breathes, a green-yellow cast, heavy grain
        gain = 0.86 + 0.06 * math.sin(t * 1.3) + (0.07 if rub[0] <= t <= rub[1] else 0.0)
        r, g, b = frame.split()
        frame = Image.merge("RGB", (r.point(lambda v, k=gain: min(255, int(v * k * 0.93))),
                                    g.point(lambda v, k=gain: min(255, int(v * k * 1.0 + 8))),
                                    b.point(lambda v, k=gain: min(255, int(v * k * 0.7)))))
        grain = noise_layer(VIDEO_SIZE, rng, "RGB")
        frame = Image.blend(frame, grain, 0.11)
        frame = ImageChops.add(frame, Image.new("RGB", VIDEO_SIZE, (4, 6, 0)))
        call_bar(frame, "孙子 小宇", "Grandson Xiaoyu", 12 + t, selfview)
        frames.append(frame)
    path = out.path("grandson_dorm.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "grandson_dorm.mp4")
    out.note(f"grandson_dorm.mp4 hand over the face at [{rub[0]:.1f}, {rub[1]:.1f}]; lasts {duration:.1f} s")
    out.region("grandson_dorm.mp4", "grain and green-yellow cast all over (old webcam, dim room)", (0, 64, 520, 302))
    out.region("grandson_dorm.mp4", "hand crosses the face; the face stays whole", (240, 100, 430, 300))
    out.region("grandson_dorm.mp4", "desk lamp on the left; the face is lit from the same side", (0, 216, 80, 284))
    out.check_video(path)


# ---------------------------------------------------------------- classmate_loan.gif (fake)

def slip_picture(rng):
    """A fake 'transfer done' screenshot. It looks right: neat text, a plausible bank and time.

    Only the player's own account shows it is false (no money arrived)."""
    from PIL import Image, ImageDraw

    w, h = 330, 96
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 30), fill=(40, 110, 200))
    text(d, (w // 2, 15), "转账成功 Transfer done", 22, (255, 255, 255), bold=True, anchor="mm")
    text(d, (10, 48), "¥80,000", 28, (20, 20, 20), bold=True, anchor="lm")
    rows = [("付款人", "刘伟"), ("到账时间", "2小时内")]
    for row, (label, value) in enumerate(rows):
        text(d, (w - 10, 34 + row * 30), f"{label} {value}", 22, (60, 60, 60), anchor="ra")
    return img


def classmate_face_frame(w, h, t, mouth, rng, wave=False):
    """The classmate's face in a video call. The face swap is a good one: nothing shows.

    With ``wave`` his hand crosses his face, and the face stays whole.
    """
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (150, 160, 170), (96, 104, 112))
    d = ImageDraw.Draw(img)
    d.rectangle((0, int(h * 0.55), w, h), fill=(120, 110, 96))
    cx = w / 2 + 4 * math.sin(t * 2.0)
    cy = h * 0.42
    s = 66
    skin = (214, 168, 132)
    torso(d, cx, cy, s, (44, 52, 64), collar=(230, 230, 235), neck=shade(skin, 0.92))
    hair_and_head(d, cx, cy, s, skin, (30, 28, 26), "short")
    fringe(d, cx, cy, s, (30, 28, 26), "short")
    face_features(d, cx, cy, s, mouth=mouth, skin=skin, brows=(30, 28, 26))
    hand_box = None
    if wave:
        hx, hy = cx + 38, cy - 12
        arm = Image.new("RGBA", (w, h))
        ad = ImageDraw.Draw(arm)
        ad.line((hx + 56, h, hx + 6, hy + 44), fill=(44, 52, 64, 255), width=38)
        hand(ad, hx, hy + 22, 32, skin + (255,))
        img.paste(arm, (0, 0), arm)
        hand_box = (hx - 68, hy - 46, hx + 68, hy + 80)
    return img, (cx - 0.95 * s, cy - 1.0 * s, cx + 0.95 * s, cy + 1.2 * s), hand_box


def make_classmate_loan(out: Output) -> None:
    """An old classmate's face-swapped video call lasts five seconds; then 'bad signal', text, a loan.
    A tablet's landscape screens: every text at least 22 px, which shows as 18 px in the game."""
    from PIL import ImageDraw

    rng = random.Random(3202)
    w, h = SCREEN
    frames, durations = [], []
    # 1. the incoming video call
    img = screen_frame(dark=True)
    d = ImageDraw.Draw(img)
    avatar(d, (w // 2 - 50, 24, w // 2 + 50, 124), (70, 130, 180), "刘")
    text(d, (w // 2, 136), "老同学 刘伟", 32, (255, 255, 255), bold=True, anchor="ma")
    text(d, (w // 2, 180), "Liu Wei, old classmate", 22, (200, 200, 200), anchor="ma")
    text(d, (w // 2, 222), "邀请你视频通话…", 24, (220, 220, 220), anchor="ma")
    text(d, (w // 2, 256), "is inviting you to a video call", 22, (170, 170, 170), anchor="ma")
    for x, colour, label in ((250, (220, 60, 60), "拒绝 Decline"), (550, (60, 190, 100), "接听 Answer")):
        d.ellipse((x - 34, 312, x + 34, 380), fill=colour)
        handset(d, x, 346, 30, hang_up=(x < w // 2))
        text(d, (x, 392), label, 22, (220, 220, 220), anchor="ma")
    frames.append(img)
    durations.append(1600)
    # 2. five seconds of video: a face that looks right, even when he waves
    subtitles = [("老同学，是我，刘伟！", "Hey, it's me, Liu Wei!"), ("你看，挥挥手！", "Look, I'm waving!"),
                 ("喂？信号不好……", "Hello? Bad signal..."), ("我打字跟你说。", "I'll text you.")]
    face_box = None
    for i, (zh, en) in enumerate(subtitles):
        img, box, hand_box = classmate_face_frame(w, h, i * 1.2, [0.5, 0.2, 0.6, 0.3][i], rng, wave=(i == 1))
        if i == 0:
            face_box = box
        if hand_box:
            smear_box = hand_box
            smear_at = sum(durations) / 1000
        d = ImageDraw.Draw(img)
        d.rounded_rectangle((10, 10, 252, 76), radius=10, fill=(0, 0, 0))
        text(d, (22, 12), "刘伟  视频通话", 24, (255, 255, 255), bold=True)
        text(d, (22, 44), f"Video call  00:0{i + 1}", 22, (220, 220, 220))
        if i >= 2:
            label = "网络不佳 Poor network"
            pw = font(22, True).getlength(label) + 28
            d.rounded_rectangle((w - 12 - pw, 14, w - 12, 58), radius=20, fill=(230, 120, 30))
            text(d, (w - 12 - pw / 2, 36), label, 22, (255, 255, 255), bold=True, anchor="mm")
        d.rectangle((150, 346, 650, 414), fill=(0, 0, 0))
        text(d, (w // 2, 350), zh, 24, (255, 255, 255), anchor="ma")
        text(d, (w // 2, 382), en, 22, (220, 220, 220), anchor="ma")
        d.ellipse((w - 84, h - 84, w - 20, h - 20), fill=(220, 60, 60))
        handset(d, w - 52, h - 52, 30, hang_up=True)
        frames.append(img)
        durations.append(1000)
    seam = face_box
    video_at = (sum(durations[:1]) / 1000, sum(durations) / 1000)
    # 3. the chat: call ended after 5 seconds, then the money
    messages = [
        ("我在外地投标，急需8万保证金。", "I'm bidding for a job away. I need an 80,000 deposit now."),
        ("钱我已经转到你卡上了，你看。", "I've already sent the money to your card. Look."),
        ("slip", ""),
        ("先帮我转到公司账户6217 **** **** 3390，别跟同学说。", "Pass it to company account 6217 **** **** 3390. Tell no classmates."),
    ]
    slip = slip_picture(rng)
    boxes = {}
    show = [(0, 2000), (1, 2800), (2, 2800), (3, 5600), (4, 7000)]   # the slip comes at 13.2 s, the last words at 18.8 s
    for shown, duration in show:
        img = screen_frame()
        d = ImageDraw.Draw(img)
        chat_header(d, "老同学 刘伟", "Liu Wei (old classmate)")
        y = 56
        boxes["ended"] = system_line(d, y, "视频通话已结束 通话时长 00:05 · Call ended after 5 s")
        y = boxes["ended"][3] + 6
        for index, (zh, en) in enumerate(messages[:shown]):
            if zh == "slip":
                x0 = 58
                avatar(d, (10, y, 50, y + 40), (70, 130, 180), "刘")
                img.paste(slip, (x0, y))
                d.rectangle((x0, y, x0 + slip.width - 1, y + slip.height - 1), outline=(200, 200, 200))
                boxr = (x0, y, x0 + slip.width, y + slip.height)
            else:
                boxr = their_bubble(d, 10, y, zh, en, (70, 130, 180), "刘")
            boxes[index] = boxr
            y = boxr[3] + 6
        if y > h + 2:
            raise SystemExit(f"classmate chat does not fit: {y}")
        frames.append(img)
        durations.append(duration)
    out.gif(frames, durations, "classmate_loan.gif", colours=64)
    if len(frames) > 40:
        raise SystemExit("classmate_loan.gif has too many frames")
    out.region("classmate_loan.gif", "his face in the video: nothing odd to see", seam)
    out.region("classmate_loan.gif", "he waves across his face; the face stays whole", smear_box)
    out.note(f"classmate_loan.gif wave frame from {smear_at:.1f} s")
    out.note(f"classmate_loan.gif video call shown at [{video_at[0]:.1f}, {video_at[1]:.1f}]")
    out.region("classmate_loan.gif", "'video call ended after 5 seconds'", boxes["ended"])
    out.region("classmate_loan.gif", "'transfer done' screenshot (it looks right; no money arrives)", boxes[2])
    out.region("classmate_loan.gif", "new company account, and 'tell no classmates'", boxes[3])
    starts = [sum(durations[:i]) / 1000 for i in range(len(durations))]
    out.note(f"classmate_loan.gif: {sum(durations) / 1000:.1f} s, frames start at "
             + ", ".join(f"{s:.1f}" for s in starts))


# ---------------------------------------------------------------- police_warrant.mp4 (fake)

def fake_office(rng):
    """The pasted-on 'police office': lit from a window on the RIGHT, with neat signs."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = VIDEO_SIZE
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (196, 200, 206), (150, 154, 160))
    d = ImageDraw.Draw(img)
    banner = (150, 72, 500, 114)
    d.rectangle(banner, fill=(176, 30, 36))
    text(d, ((banner[0] + banner[2]) // 2, (banner[1] + banner[3]) // 2), "执法为民", 26, (250, 214, 90),
         bold=True, anchor="mm")
    emblem = (44, 74, 112, 142)
    d.ellipse(emblem, fill=(210, 170, 50), outline=(170, 30, 36), width=4)
    d.regular_polygon(((emblem[0] + emblem[2]) // 2, (emblem[1] + emblem[3]) // 2, 16), 5, fill=(170, 30, 36))
    # filing shelves
    d.rectangle((20, 170, 130, 360), fill=(120, 96, 70))
    for shelf in (180, 240, 300):
        x = 26
        while x < 124:
            bw = rng.randint(9, 15)
            d.rectangle((x, shelf, x + bw, shelf + 50), fill=rng.choice([(230, 226, 210), (200, 190, 160), (70, 90, 130)]))
            x += bw + 2
        d.rectangle((20, shelf + 50, 130, shelf + 56), fill=(90, 70, 50))
    # a bright window on the right: the room's light comes from there
    window = (446, 70, 522, 250)
    d.rectangle(window, fill=(250, 250, 240))
    d.line((484, 70, 484, 250), fill=(200, 200, 190), width=4)
    d.line((446, 160, 522, 160), fill=(200, 200, 190), width=4)
    light = Image.new("L", VIDEO_SIZE, 0)
    ld = ImageDraw.Draw(light)
    for x in range(w):
        ld.line((x, 0, x, h), fill=int(max(0, min(70, (x - 300) * 0.3))))
    img = Image.composite(Image.new("RGB", VIDEO_SIZE, (255, 250, 230)), img, light)
    return img.filter(ImageFilter.SMOOTH), banner, emblem, window


def warrant_paper(rng):
    """A neatly printed 'warrant': today's tools print text well, so the paper itself looks right."""
    from PIL import Image, ImageDraw

    w, h = 176, 214
    img = Image.new("RGB", (w, h), (250, 248, 240))
    d = ImageDraw.Draw(img)
    text(d, (w // 2, 6), "逮捕令", 28, (200, 20, 20), bold=True, anchor="ma")
    rows = ["嫌疑人：***", "罪名：洗钱罪", "案号：0417号", "决定逮捕。"]
    for row, line in enumerate(rows):
        text(d, (10, 46 + row * 24), line, 18, (50, 50, 50))
    d.ellipse((96, 134, 170, 208), outline=(220, 40, 40), width=3)
    d.regular_polygon((133, 180, 10), 5, fill=(220, 40, 40))
    text(d, (133, 140), "公安局", 18, (220, 40, 40), anchor="ma")
    return img


def make_police_warrant(out: Output) -> None:
    """A 'police officer' video-calls: office background pasted on, a printed 'warrant', secrecy, wait at home."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(3303)
    voice = {"voice": MANDARIN, "rate": 200, "pitch": 36}
    track = Track()
    track.pause(0.3)
    lines = [("我是市公安局民警。", "I'm an officer of the city police"),
             ("你涉嫌洗钱，这是逮捕令。", "you are suspected of money laundering; this is the warrant"),
             ("这是秘密侦查，不许告诉家人。", "this is a secret investigation; tell no family"),
             ("今晚别出门，等检察官联系你。", "stay in tonight and wait for the prosecutor's call")]
    for zh, label in lines:
        track.add(speak(zh, **voice), label)     # one flat, even voice, no breath
        track.pause(0.15)
    track.pause(0.3)
    duration = track.seconds
    if duration > 12:
        raise SystemExit(f"police_warrant.mp4 is {duration:.1f} s, over 12 s")
    marks = {label: (a, b) for label, a, b in track.marks}
    warrant_span = (marks[lines[1][1]][0] + 0.8, marks[lines[2][1]][1])
    x = normalise(band(track.samples, SR, 160, 5000), 0.75)
    room = band([rng.uniform(-1, 1) for _ in range(len(x))], SR, 200, 3000)
    samples = normalise([v + r * 0.01 for v, r in zip(x, room)], 0.8)
    mouth = mouth_track(track.samples, lag_seconds=0.0)
    office, banner, _emblem, window = fake_office(rng)
    paper = warrant_paper(rng)
    selfview = grandma_selfview()
    skin = (214, 172, 140)
    frames = []
    paper_box = None
    for f in range(math.ceil(duration * FPS)):
        t = f / FPS
        person = Image.new("RGBA", VIDEO_SIZE)
        d = ImageDraw.Draw(person)
        cx = 318 + 7 * math.sin(t * 1.1)
        cy = 170 + 3 * math.sin(t * 1.9)
        s = 56
        torso(d, cx, cy, s, (30, 46, 86, 255), collar=(200, 210, 226, 255), neck=shade(skin, 0.9) + (255,))
        for side in (-1, 1):
            d.rectangle((cx + side * 1.75 * s - 22, cy + 1.2 * s, cx + side * 1.75 * s + 22, cy + 1.45 * s),
                        fill=(20, 30, 60, 255))
        d.polygon([(cx - 8, cy + 1.5 * s), (cx + 8, cy + 1.5 * s), (cx + 5, cy + 2.6 * s), (cx - 5, cy + 2.6 * s)],
                  fill=(20, 30, 60, 255))
        hair_and_head(d, cx, cy, s, skin + (255,), (30, 30, 30, 255), "cap")
        d.chord((cx - 0.95 * s, cy - 1.38 * s, cx + 0.95 * s, cy - 0.12 * s), 180, 360, fill=(30, 46, 86, 255))
        d.rectangle((cx - 1.08 * s, cy - 0.52 * s, cx + 1.08 * s, cy - 0.36 * s), fill=(18, 28, 56, 255))
        d.ellipse((cx - 10, cy - 1.08 * s, cx + 10, cy - 1.08 * s + 18), fill=(214, 176, 60, 255))
        face_features(d, cx, cy, s, mouth=mouth(f), blink=(f % 47 == 11), skin=skin, smile=False,
                      brows=(30, 30, 30))
        # his own light comes from the LEFT: the right half of him is darker
        shadow = Image.new("L", VIDEO_SIZE, 0)
        sd = ImageDraw.Draw(shadow)
        for xx in range(int(cx), int(cx + 2.2 * s)):
            sd.line((xx, 0, xx, 360), fill=int(min(90, (xx - cx) * 1.2)))
        alpha = person.getchannel("A")
        darker = Image.new("RGBA", VIDEO_SIZE, (10, 12, 20, 255))
        person = Image.composite(darker, person, ImageChops.multiply(shadow, alpha))
        person.putalpha(alpha)
        if warrant_span[0] <= t <= warrant_span[1]:
            pd = ImageDraw.Draw(person)
            px, py = int(cx - 1.15 * s - paper.width), int(cy - 1.0 * s)
            pd.line((px + paper.width - 10, 360, px + paper.width - 14, py + paper.height - 10),
                    fill=(30, 46, 86, 255), width=26)
            person.paste(paper, (px, py))
            hand(pd, px + paper.width - 8, py + paper.height - 40, 14, skin + (255,))
            paper_box = (px - 2, py - 2, px + paper.width + 24, py + paper.height + 2)
        # pasted onto the office: a pale rim where the cut-out meets the background, the rim flickering
        person = person.filter(ImageFilter.GaussianBlur(0.7))
        alpha = person.getchannel("A")
        grow = 5 + (2 if (f // 3) % 4 == 1 else 0)
        rim = ImageChops.subtract(alpha.filter(ImageFilter.MaxFilter(2 * grow + 1)), alpha)
        rim = rim.filter(ImageFilter.GaussianBlur(1.5))
        frame = office.copy()
        frame = Image.composite(Image.new("RGB", VIDEO_SIZE, (246, 252, 244)), frame, rim)
        frame.paste(person.convert("RGB"), (0, 0), alpha)
        call_bar(frame, "市公安局 刘警官", "'Officer Liu, city police'", 40 + t, selfview)
        frames.append(frame)
    path = out.path("police_warrant.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "police_warrant.mp4")
    out.note(f"police_warrant.mp4 warrant shown at [{warrant_span[0]:.1f}, {warrant_span[1]:.1f}]; "
             f"lasts {duration:.1f} s")
    out.region("police_warrant.mp4", "'warrant' held up to the camera (neatly printed)", paper_box)
    out.region("police_warrant.mp4", "pale rim around the shoulders and cap (pasted-on background)",
               (318 - 2.1 * 56, 170 - 1.5 * 56, 318 + 2.1 * 56, 170 + 1.4 * 56))
    out.region("police_warrant.mp4", "the room is lit from the window on the right, he from the left", window)
    out.region("police_warrant.mp4", "banner", banner)
    out.check_video(path)


# ---------------------------------------------------------------- soldier_loop.gif (fake)

def loop_clip(phase, rng_seed=7):
    """One frame of the 'doctor's' two-second clip: the same smile, blink and tilt, every time."""
    from PIL import Image, ImageDraw

    w, h = 124, 90
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (196, 220, 206), (150, 180, 166))
    d = ImageDraw.Draw(img)
    tilt = (0, 0, 5)[phase]
    cx, cy, s = 62 + tilt, 36, 19
    skin = (236, 200, 170)
    torso(d, cx, cy, s, (70, 140, 130), collar=(60, 120, 110), neck=shade(skin, 0.92))
    hair_and_head(d, cx, cy, s, skin, (34, 30, 28), "short")
    d.chord((cx - 0.92 * s, cy - 1.12 * s, cx + 0.92 * s, cy + 0.1 * s), 180, 360, fill=(90, 160, 150))
    face_features(d, cx, cy, s, mouth=(0.0, 0.0, 0.3)[phase], blink=(phase == 1), skin=skin, brows=(34, 30, 28))
    d.rectangle((0, h - 26, w, h), fill=(0, 0, 0))
    d.polygon([(8, h - 20), (8, h - 6), (20, h - 13)], fill=(255, 255, 255))
    text(d, (26, h - 13), "0:02", 22, (255, 255, 255), anchor="lm")
    d.arc((w - 24, h - 22, w - 6, h - 4), 40, 330, fill=(255, 255, 255), width=2)
    return img


def make_soldier_loop(out: Output) -> None:
    """A 'doctor abroad' who never takes a live call: the same two-second clip twice, then a gift and a secret.
    A tablet's landscape chat: every text at least 22 px, which shows as 18 px in the game."""
    from PIL import ImageDraw

    w, h = SCREEN
    clips = [loop_clip(p) for p in range(3)]
    cycle = (900, 200, 900)
    him = ((60, 140, 130), "陈")
    messages = [
        ("video", "", False),
        ("我们视频通话吧？", "Shall we have a live video call?", True),
        ("医院规定不能视频，只能发这个。", "Hospital rules: no video calls. I can only send this.", False),
        ("video", "", False),
        ("给你寄了金首饰，这是秘密，别告诉你女儿。", "Gold jewellery is in the post. Keep it from your daughter.", False),
    ]
    cycles = (2, 1, 2, 1, 4)     # two-second cycles each step is shown: the second video from 10 s, the last
                                 # words from 12 s to the end (20 s), so both are there at the tell's 14 s
    frames, durations = [], []
    boxes = {}
    for shown, repeats in enumerate(cycles, 1):
        for _ in range(repeats):
            for phase in range(3):
                img = screen_frame()
                d = ImageDraw.Draw(img)
                chat_header(d, "陈医生", "Dr Chen", note="认识23天 · met 23 days ago")
                y = 56
                for index, (zh, en, mine) in enumerate(messages[:shown]):
                    if zh == "video":
                        avatar(d, (10, y, 50, y + 40), *him)
                        x0 = 58
                        img.paste(clips[phase], (x0, y))
                        boxr = (x0, y, x0 + clips[phase].width, y + clips[phase].height)
                    elif mine:
                        boxr = bubble(d, w - 12, y, zh, en, mine=True, width=500, pad=5, sizes=(22, 22),
                                      leading=(28, 26))
                    else:
                        boxr = their_bubble(d, 10, y, zh, en, *him)
                    boxes[index] = boxr
                    y = boxr[3] + 5
                if y - 5 > h - 2:
                    raise SystemExit(f"soldier chat does not fit: {y - 5}")
                frames.append(img)
                durations.append(cycle[phase])
    if len(frames) > 40:
        raise SystemExit(f"soldier_loop.gif has {len(frames)} frames")
    out.gif(frames, durations, "soldier_loop.gif", colours=64)
    out.region("soldier_loop.gif", "first 2-second clip", boxes[0])
    out.region("soldier_loop.gif", "second video: the very same two seconds", boxes[3])
    out.region("soldier_loop.gif", "'hospital rules: no video calls'", boxes[2])
    out.region("soldier_loop.gif", "gold jewellery in the post, keep it from your daughter", boxes[4])
    starts = [sum(durations[:i]) / 1000 for i in range(len(durations))]
    out.note(f"soldier_loop.gif: {len(frames)} frames, {sum(durations) / 1000:.1f} s; last message from "
             f"{starts[-3 * cycles[-1]]:.1f}")


# ---------------------------------------------------------------- filter_date.png (real)

def make_filter_date(out: Output) -> None:
    """A first video date with a man from the community choir: the app's beauty filter is on."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(3505)
    w, h = 800, 450
    # his living room, blurred by the app's 'background blur'
    room = Image.new("RGB", (w, h))
    vgradient(room, (0, 0, w, h), (220, 206, 180), (176, 160, 136))
    d = ImageDraw.Draw(room)
    d.rectangle((40, 60, 170, 250), fill=(120, 84, 56))
    for shelf in (70, 130, 190):
        x = 46
        while x < 164:
            bw = rng.randint(8, 14)
            d.rectangle((x, shelf, x + bw, shelf + 52), fill=rng.choice([(170, 50, 50), (60, 90, 140), (220, 190, 90), (230, 230, 220)]))
            x += bw + 2
    d.rectangle((420, 50, 540, 150), fill=(240, 240, 236), outline=(120, 100, 80), width=5)
    d.ellipse((450, 70, 510, 130), fill=(90, 140, 90))
    d.rectangle((0, 330, w, h), fill=(130, 96, 70))
    d.ellipse((90, 250, 170, 330), fill=(70, 130, 80))
    room = room.filter(ImageFilter.GaussianBlur(7))
    # him: sharp hands that show his age, a face the filter has made smooth and bright
    person = Image.new("RGBA", (w, h))
    pd = ImageDraw.Draw(person)
    cx, cy, s = 270, 206, 74
    skin = (222, 178, 146)
    torso(pd, cx, cy, s, (80, 96, 120, 255), collar=(236, 236, 240, 255), neck=shade(skin, 0.9) + (255,))
    hair_and_head(pd, cx, cy, s, skin + (255,), (196, 196, 200, 255), "short")
    fringe(pd, cx, cy, s, (196, 196, 200, 255), "short")
    face_features(pd, cx, cy, s, mouth=0.15, wrinkles=True, skin=skin, brows=(170, 170, 170))
    face_box = (int(cx - 0.9 * s), int(cy - 1.0 * s), int(cx + 0.9 * s), int(cy + 1.0 * s))
    face = person.crop(face_box)
    smooth = face.filter(ImageFilter.GaussianBlur(3))
    bright = Image.eval(smooth.convert("RGB"), lambda v: min(255, int(v * 1.08 + 22)))
    mask = Image.new("L", face.size, 0)
    ImageDraw.Draw(mask).ellipse((6, 6, face.size[0] - 6, face.size[1] - 6), fill=220)
    mask = mask.filter(ImageFilter.GaussianBlur(6))
    face.paste(bright, (0, 0), mask)
    person.paste(face, face_box[:2], face.getchannel("A"))
    hd = ImageDraw.Draw(person)
    hx, hy = cx + 150, cy + 60
    hd.line((cx + 120, h, hx, hy + 20), fill=(80, 96, 120, 255), width=46)
    hand(hd, hx, hy, 30, skin + (255,))
    for i in range(5):   # age spots and creases on the hand the filter does not touch
        sx, sy = hx - 18 + rng.randint(0, 36), hy - 10 + rng.randint(0, 34)
        hd.ellipse((sx, sy, sx + 4, sy + 4), fill=shade(skin, 0.8) + (255,))
    hd.arc((hx - 20, hy + 4, hx + 20, hy + 24), 200, 340, fill=shade(skin, 0.75) + (255,), width=2)
    # the app cuts him out softly: the edge of his hair is blurred into the room
    alpha = person.getchannel("A").filter(ImageFilter.GaussianBlur(3))
    img = room.copy()
    img.paste(person.convert("RGB"), (0, 0), alpha)
    d = ImageDraw.Draw(img)
    # the video-call app around him
    bar = Image.new("RGBA", (w, 76), (0, 0, 0, 150))
    img.paste(bar, (0, 0), bar)
    text(d, (12, 4), "老刘", 26, (255, 255, 255), bold=True)
    text(d, (72, 10), "Lao Liu (choir)", 22, (220, 220, 220))
    text(d, (12, 42), "视频通话 Video call  08:42", 22, (210, 210, 210))
    chips = []
    x = 312
    for zh, en in (("美颜 已开启", "Beauty filter ON"), ("背景虚化 已开启", "Background blur ON")):
        bw = int(max(font(22, True).getlength(zh), font(22).getlength(en))) + 24
        chip = (x, 6, x + bw, 70)
        d.rounded_rectangle(chip, radius=16, fill=(236, 84, 140))
        text(d, (x + bw // 2, 8), zh, 22, (255, 255, 255), bold=True, anchor="ma")
        text(d, (x + bw // 2, 38), en, 22, (255, 235, 245), anchor="ma")
        chips.append(chip)
        x += bw + 8
    if x > w:
        raise SystemExit(f"filter_date.png: the chips do not fit ({x})")
    selfview = grandma_selfview()
    img.paste(selfview, (w - 110, 84))
    d.rectangle((w - 110, 84, w - 14, 212), outline=(255, 255, 255), width=2)
    # his messages beside the call
    y = 222
    chat_top = y
    for zh, en in (("周六合唱团排练，给你留座。", "Choir on Saturday. I'll save you a seat."),
                   ("排练完逛公园？叫上你女儿。", "A walk in the park after? Bring your daughter.")):
        boxr = bubble(d, 478, y, zh, en, width=314, sizes=(22, 22), leading=(28, 26))
        y = boxr[3] + 8
    chat = (478, chat_top, 792, y - 8)
    for i, (zh, colour) in enumerate((("美颜", (236, 84, 140)), ("挂断", (220, 50, 50)), ("翻转", (70, 70, 80)))):
        bx = 250 + (i - 1) * 96
        d.ellipse((bx - 32, h - 74, bx + 32, h - 10), fill=colour)
        text(d, (bx, h - 42), zh, 22, (255, 255, 255), bold=True, anchor="mm")
    out.png(img, "filter_date.png")
    out.region("filter_date.png", "face smooth and bright: the beauty filter", face_box)
    out.region("filter_date.png", "the app says: beauty filter and background blur are ON", (chips[0][0], 6, chips[1][2], 70))
    out.region("filter_date.png", "hand sharp, with age spots: the filter only smooths the face", (hx - 60, hy - 80, hx + 40, hy + 60))
    out.region("filter_date.png", "he suggests meeting at the choir and in the park, with your daughter", chat)


JOBS = {   # job name -> function(out)
    "grandson_dorm": make_grandson_dorm,
    "classmate_loan": make_classmate_loan,
    "police_warrant": make_police_warrant,
    "soldier_loop": make_soldier_loop,
    "filter_date": make_filter_date,
}
