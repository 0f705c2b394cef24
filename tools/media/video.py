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
    call_overlay,
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
from tools.media.output import Output
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
from tools.media.text import font, text

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


def phone_frame(w=360, h=640, *, dark=False):
    """An empty phone screen with a status bar."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h), (24, 26, 30) if dark else (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 26), fill=(30, 30, 30))
    text(d, (12, 4), "9:41", 13, (240, 240, 240), bold=True)
    d.rounded_rectangle((w - 40, 8, w - 16, 19), radius=3, outline=(230, 230, 230), width=2)
    d.rectangle((w - 37, 11, w - 24, 16), fill=(230, 230, 230))
    return img


def chat_header(d, w, top, title_zh, title_en, note=None):
    d.rectangle((0, top, w, top + 46), fill=(246, 246, 246))
    d.line((0, top + 46, w, top + 46), fill=(210, 210, 210))
    text(d, (14, top + 14), "<", 18, (60, 60, 60), bold=True)
    text(d, (w // 2, top + 15), title_zh, 16, (20, 20, 20), bold=True, anchor="mm")
    text(d, (w // 2, top + 34), title_en if note is None else note, 11, (110, 110, 110), anchor="mm")


def system_line(d, w, y, zh, en):
    """A grey centred system notice in a chat; returns its box."""
    zw = font(13).getlength(zh)
    ew = font(11).getlength(en)
    bw = int(max(zw, ew) + 20)
    box = (w // 2 - bw // 2, y, w // 2 + bw // 2, y + 40)
    d.rounded_rectangle(box, radius=6, fill=(218, 218, 218))
    text(d, (w // 2, y + 12), zh, 13, (70, 70, 70), anchor="mm")
    text(d, (w // 2, y + 29), en, 11, (90, 90, 90), anchor="mm")
    return box


def avatar(d, box, colour, letter):
    d.rounded_rectangle(box, radius=6, fill=colour)
    text(d, ((box[0] + box[2]) // 2, (box[1] + box[3]) // 2), letter, 16, (255, 255, 255), bold=True, anchor="mm")


def their_bubble(d, x, y, zh, en, colour, letter, width=250):
    """A message from the other side, with a small avatar; returns the bubble's box."""
    avatar(d, (x, y, x + 30, y + 30), colour, letter)
    return bubble(d, x + 38, y, zh, en, width=width)


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
    background = dorm_background(lo_w, lo_h)
    selfview = grandma_selfview()
    skin = (226, 186, 154)
    rub = (4.6, 5.6)          # he pushes his glasses up: his hand crosses his face
    frames = []
    for f in range(math.ceil(duration * FPS)):
        t = f / FPS
        img = background.copy()
        d = ImageDraw.Draw(img)
        cx = 160 + 2.5 * math.sin(t * 0.9)
        cy = 92 + 1.5 * math.sin(t * 1.7)
        s = 31
        torso(d, cx, cy, s, (62, 74, 104), collar=None, neck=shade(skin, 0.9))
        d.line((cx - 0.35 * s, cy + 1.3 * s, cx - 0.25 * s, cy + 2.2 * s), fill=(200, 200, 210), width=2)
        d.line((cx + 0.35 * s, cy + 1.3 * s, cx + 0.25 * s, cy + 2.2 * s), fill=(200, 200, 210), width=2)
        hair_and_head(d, cx, cy, s, skin, (22, 20, 20), "short")
        fringe(d, cx, cy, s, (22, 20, 20), "short")
        face_features(d, cx, cy, s, mouth=mouth(f), blink=(f % 43 == 7), glasses=True, skin=skin,
                      brows=(22, 20, 20))
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
            ad.line((hx + 10, lo_h, hx + 2, hy + 12), fill=(62, 74, 104, 255), width=15)
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
        call_overlay(frame, "孙子 小军", "Grandson Xiaojun", 12 + t, selfview)
        frames.append(frame)
    path = out.path("grandson_dorm.mp4")
    out.video(path, frames, samples)
    track.show_marks(out, "grandson_dorm.mp4")
    out.note(f"grandson_dorm.mp4 hand over the face at [{rub[0]:.1f}, {rub[1]:.1f}]; lasts {duration:.1f} s")
    out.region("grandson_dorm.mp4", "grain and green-yellow cast all over (old webcam, dim room)", (0, 52, 520, 302))
    out.region("grandson_dorm.mp4", "hand crosses the face; the face stays whole", (240, 100, 430, 300))
    out.region("grandson_dorm.mp4", "desk lamp on the left; the face is lit from the same side", (0, 216, 80, 284))
    out.check_video(path)


# ---------------------------------------------------------------- classmate_loan.gif (fake)

def slip_picture(rng):
    """A fake 'transfer done' screenshot. It looks right: neat text, a plausible bank and time.

    Only the player's own account shows it is false (no money arrived)."""
    from PIL import Image, ImageDraw

    w, h = 150, 112
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 22), fill=(40, 110, 200))
    text(d, (w // 2, 11), "转账成功", 13, (255, 255, 255), bold=True, anchor="mm")
    text(d, (w // 2, 40), "¥80,000.00", 17, (20, 20, 20), bold=True, anchor="mm")
    rows = [("付款人", "刘伟"), ("收款账户", "尾号3308"), ("到账时间", "2小时内")]
    for row, (label, value) in enumerate(rows):
        text(d, (10, 56 + row * 17), label, 10, (120, 120, 120))
        text(d, (w - 10, 56 + row * 17), value, 10, (40, 40, 40), anchor="ra")
    return img


def classmate_face_frame(w, h, t, mouth, rng, wave=False):
    """The classmate's face in a phone video call. The face swap is a good one: nothing shows.

    With ``wave`` his hand crosses his face, and the face stays whole.
    """
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (150, 160, 170), (96, 104, 112))
    d = ImageDraw.Draw(img)
    d.rectangle((0, int(h * 0.55), w, h), fill=(120, 110, 96))
    cx = w / 2 + 4 * math.sin(t * 2.0)
    cy = h * 0.42
    s = 58
    skin = (214, 168, 132)
    torso(d, cx, cy, s, (44, 52, 64), collar=(230, 230, 235), neck=shade(skin, 0.92))
    hair_and_head(d, cx, cy, s, skin, (30, 28, 26), "short")
    fringe(d, cx, cy, s, (30, 28, 26), "short")
    face_features(d, cx, cy, s, mouth=mouth, skin=skin, brows=(30, 28, 26))
    hand_box = None
    if wave:
        hx, hy = cx + 34, cy - 10
        arm = Image.new("RGBA", (w, h))
        ad = ImageDraw.Draw(arm)
        ad.line((hx + 50, h, hx + 6, hy + 40), fill=(44, 52, 64, 255), width=34)
        hand(ad, hx, hy + 20, 28, skin + (255,))
        img.paste(arm, (0, 0), arm)
        hand_box = (hx - 60, hy - 40, hx + 60, hy + 70)
    return img, (cx - 0.95 * s, cy - 1.0 * s, cx + 0.95 * s, cy + 1.2 * s), hand_box


def make_classmate_loan(out: Output) -> None:
    """An old classmate's face-swapped video call lasts five seconds; then 'bad signal', text, a loan."""
    from PIL import ImageDraw

    rng = random.Random(3202)
    w, h = 360, 640
    frames, durations = [], []
    # 1. the incoming video call
    img = phone_frame(w, h, dark=True)
    d = ImageDraw.Draw(img)
    avatar(d, (w // 2 - 44, 120, w // 2 + 44, 208), (70, 130, 180), "刘")
    text(d, (w // 2, 240), "老同学 刘伟", 24, (255, 255, 255), bold=True, anchor="mm")
    text(d, (w // 2, 270), "Liu Wei, old classmate", 14, (200, 200, 200), anchor="mm")
    text(d, (w // 2, 306), "邀请你视频通话…", 16, (220, 220, 220), anchor="mm")
    text(d, (w // 2, 328), "is inviting you to a video call", 12, (170, 170, 170), anchor="mm")
    for x, colour in ((90, (220, 60, 60)), (270, (60, 190, 100))):
        d.ellipse((x - 32, 520, x + 32, 584), fill=colour)
    text(d, (90, 602), "拒绝 Decline", 12, (220, 220, 220), anchor="mm")
    text(d, (270, 602), "接听 Answer", 12, (220, 220, 220), anchor="mm")
    frames.append(img)
    durations.append(1600)
    # 2. five seconds of video: a face that looks right, even when he waves
    subtitles = [("老同学，是我，刘伟！", "Hey, it's me, Liu Wei!"), ("你看，挥挥手！", "Look, I'm waving!"),
                 ("喂？信号不好……", "Hello? Bad signal..."), ("我打字跟你说。", "I'll text you.")]
    face_box = None
    for i, (zh, en) in enumerate(subtitles):
        img = phone_frame(w, h, dark=True)
        video, box, hand_box = classmate_face_frame(w, h - 26, i * 1.2, [0.5, 0.2, 0.6, 0.3][i], rng, wave=(i == 1))
        if i == 0:
            face_box = box
        if hand_box:
            smear_box = (hand_box[0], hand_box[1] + 26, hand_box[2], hand_box[3] + 26)
            smear_at = sum(durations) / 1000
        img.paste(video, (0, 26))
        d = ImageDraw.Draw(img)
        d.rounded_rectangle((10, 36, 190, 80), radius=8, fill=(0, 0, 0))
        text(d, (20, 40), "刘伟  视频通话", 14, (255, 255, 255), bold=True)
        text(d, (20, 60), f"Video call  00:0{i + 1}", 11, (220, 220, 220))
        if i >= 2:
            d.rounded_rectangle((220, 40, 350, 66), radius=12, fill=(230, 120, 30))
            text(d, (285, 53), "网络不佳 Poor network", 10, (255, 255, 255), bold=True, anchor="mm")
        d.rectangle((20, 456, 340, 506), fill=(0, 0, 0))
        text(d, (w // 2, 470), zh, 16, (255, 255, 255), anchor="mm")
        text(d, (w // 2, 493), en, 12, (220, 220, 220), anchor="mm")
        d.ellipse((w // 2 - 30, 548, w // 2 + 30, 608), fill=(220, 60, 60))
        handset(d, w // 2, 578, 28, hang_up=True)
        frames.append(img)
        durations.append(1000)
    seam = (face_box[0], face_box[1] + 26, face_box[2], face_box[3] + 26)
    video_at = (sum(durations[:1]) / 1000, sum(durations) / 1000)
    # 3. the chat: call ended after 5 seconds, then the money
    messages = [
        ("信号太差，打字说吧。", "The signal is too bad. Let's text."),
        ("我在外地投标，急需8万保证金。", "I'm bidding for a job away from home. I need an 80,000 deposit now."),
        ("钱我已经转到你卡上了，你看。", "I've already sent the money to your card. Look."),
        ("slip", ""),
        ("你先帮我转到这个公司账户，马上要！6217 **** **** 3390", "Pass it to this company account now! 6217 **** **** 3390"),
        ("先别跟其他同学说，怕丢人。", "Don't tell the other classmates. It's embarrassing."),
    ]
    slip = slip_picture(rng)
    boxes = {}
    steps = [1, 2, 4, 5, 6]
    for shown in [0] + steps:
        img = phone_frame(w, h)
        d = ImageDraw.Draw(img)
        chat_header(d, w, 26, "老同学 刘伟", "Liu Wei (old classmate)")
        y = 82
        boxes["ended"] = system_line(d, w, y, "视频通话已结束  通话时长 00:05", "Video call ended after 5 seconds")
        y += 50
        for index, (zh, en) in enumerate(messages[:shown]):
            if zh == "slip":
                x0 = 48
                img.paste(slip, (x0, y))
                d.rectangle((x0, y, x0 + slip.width, y + slip.height), outline=(200, 200, 200))
                boxr = (x0, y, x0 + slip.width, y + slip.height)
            else:
                boxr = their_bubble(d, 10, y, zh, en, (70, 130, 180), "刘", width=300)
            boxes[index] = boxr
            y = boxr[3] + 8
        if y > h - 8:
            raise SystemExit(f"classmate chat does not fit: {y}")
        frames.append(img)
        durations.append(2000 if shown == 0 else (7000 if shown == len(messages) else 2800))
    out.gif(frames, durations, "classmate_loan.gif", colours=64)
    if len(frames) > 40:
        raise SystemExit("classmate_loan.gif has too many frames")
    out.region("classmate_loan.gif", "his face in the video: nothing odd to see", seam)
    out.region("classmate_loan.gif", "he waves across his face; the face stays whole", smear_box)
    out.note(f"classmate_loan.gif wave frame from {smear_at:.1f} s")
    out.note(f"classmate_loan.gif video call shown at [{video_at[0]:.1f}, {video_at[1]:.1f}]")
    out.region("classmate_loan.gif", "'video call ended after 5 seconds'", boxes["ended"])
    out.region("classmate_loan.gif", "'transfer done' screenshot (it looks right; no money arrives)", boxes[3])
    out.region("classmate_loan.gif", "new company account", boxes[4])
    out.region("classmate_loan.gif", "'don't tell the other classmates'", boxes[5])
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
    banner = (150, 58, 500, 100)
    d.rectangle(banner, fill=(176, 30, 36))
    text(d, ((banner[0] + banner[2]) // 2, (banner[1] + banner[3]) // 2), "执法为民", 26, (250, 214, 90),
         bold=True, anchor="mm")
    emblem = (44, 60, 112, 128)
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
    window = (446, 36, 522, 224)
    d.rectangle(window, fill=(250, 250, 240))
    d.line((484, 36, 484, 224), fill=(200, 200, 190), width=4)
    d.line((446, 130, 522, 130), fill=(200, 200, 190), width=4)
    light = Image.new("L", VIDEO_SIZE, 0)
    ld = ImageDraw.Draw(light)
    for x in range(w):
        ld.line((x, 0, x, h), fill=int(max(0, min(70, (x - 300) * 0.3))))
    img = Image.composite(Image.new("RGB", VIDEO_SIZE, (255, 250, 230)), img, light)
    return img.filter(ImageFilter.SMOOTH), banner, emblem, window


def warrant_paper(rng):
    """A neatly printed 'warrant': today's tools print text well, so the paper itself looks right."""
    from PIL import Image, ImageDraw

    w, h = 132, 172
    img = Image.new("RGB", (w, h), (250, 248, 240))
    d = ImageDraw.Draw(img)
    text(d, (w // 2, 20), "逮捕令", 22, (200, 20, 20), bold=True, anchor="mm")
    rows = ["犯罪嫌疑人：***", "涉嫌罪名：洗钱罪", "案号：(2025)第0417号", "经批准，决定逮捕。"]
    for row, line in enumerate(rows):
        text(d, (10, 42 + row * 16), line, 10, (50, 50, 50))
    d.ellipse((66, 112, 122, 168), outline=(220, 40, 40), width=3)
    d.regular_polygon((94, 140, 8), 5, fill=(220, 40, 40))
    text(d, (94, 124), "公安局", 9, (220, 40, 40), anchor="mm")
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
        call_overlay(frame, "市公安局 刘警官", "'Officer Liu, city police'", 40 + t, selfview)
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

    w, h = 120, 90
    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (196, 220, 206), (150, 180, 166))
    d = ImageDraw.Draw(img)
    tilt = (0, 0, 5)[phase]
    cx, cy, s = 60 + tilt, 42, 20
    skin = (236, 200, 170)
    torso(d, cx, cy, s, (70, 140, 130), collar=(60, 120, 110), neck=shade(skin, 0.92))
    hair_and_head(d, cx, cy, s, skin, (34, 30, 28), "short")
    d.chord((cx - 0.92 * s, cy - 1.12 * s, cx + 0.92 * s, cy + 0.1 * s), 180, 360, fill=(90, 160, 150))
    face_features(d, cx, cy, s, mouth=(0.0, 0.0, 0.3)[phase], blink=(phase == 1), skin=skin, brows=(34, 30, 28))
    d.rectangle((0, h - 16, w, h), fill=(0, 0, 0))
    d.polygon([(6, h - 13), (6, h - 3), (14, h - 8)], fill=(255, 255, 255))
    text(d, (18, h - 15), "0:02", 10, (255, 255, 255))
    d.arc((w - 18, h - 14, w - 6, h - 2), 40, 330, fill=(255, 255, 255), width=2)
    return img


def make_soldier_loop(out: Output) -> None:
    """A 'doctor abroad' who never takes a live call: the same two-second clip twice, then a gift and a secret."""
    from PIL import ImageDraw

    w, h = 360, 640
    clips = [loop_clip(p) for p in range(3)]
    cycle = (900, 200, 900)
    him = ((60, 140, 130), "陈")
    messages = [
        ("video", "", False),
        ("宝贝，今天又想你了。", "Darling, I miss you again today.", False),
        ("我们视频通话吧？", "Shall we have a live video call?", True),
        ("医院规定不能视频，只能发这个。", "Hospital rules: no video calls. I can only send this.", False),
        ("video", "", False),
        ("我给你寄了一套金首饰，过几天就到。", "I've posted you a set of gold jewellery. It arrives in a few days.", False),
        ("这是我们俩的秘密，别告诉你女儿。", "It's our secret. Don't tell your daughter.", False),
    ]
    frames, durations = [], []
    boxes = {}
    for shown in range(1, len(messages) + 1):
        repeats = 3 if shown == len(messages) else (2 if shown >= 6 else 1)
        for _ in range(repeats):
            for phase in range(3):
                img = phone_frame(w, h)
                d = ImageDraw.Draw(img)
                chat_header(d, w, 26, "陈医生", "", note="认识23天 · 说在海外医院工作 / met 23 days ago")
                y = 80
                for index, (zh, en, mine) in enumerate(messages[:shown]):
                    if zh == "video":
                        avatar(d, (10, y, 40, y + 30), *him)
                        x0 = 48
                        img.paste(clips[phase], (x0, y))
                        boxr = (x0, y, x0 + 120, y + 90)
                    elif mine:
                        boxr = bubble(d, w - 12, y, zh, en, mine=True, width=250)
                    else:
                        boxr = their_bubble(d, 10, y, zh, en, *him, width=290)
                    boxes[index] = boxr
                    y = boxr[3] + 6
                if y > h - 4:
                    raise SystemExit(f"soldier chat does not fit: {y}")
                frames.append(img)
                durations.append(cycle[phase])
    if len(frames) > 40:
        raise SystemExit(f"soldier_loop.gif has {len(frames)} frames")
    out.gif(frames, durations, "soldier_loop.gif", colours=64)
    out.region("soldier_loop.gif", "first 2-second clip", boxes[0])
    out.region("soldier_loop.gif", "second video: the very same two seconds", boxes[4])
    out.region("soldier_loop.gif", "'hospital rules: no video calls'", boxes[3])
    out.region("soldier_loop.gif", "gold jewellery in the post, keep it from your daughter",
               (boxes[5][0], boxes[5][1], max(boxes[5][2], boxes[6][2]), boxes[6][3]))
    starts = [sum(durations[:i]) / 1000 for i in range(len(durations))]
    out.note(f"soldier_loop.gif: {len(frames)} frames, {sum(durations) / 1000:.1f} s; last message from "
             f"{starts[-9]:.1f}")


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
    cx, cy, s = 300, 200, 74
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
    bar = Image.new("RGBA", (w, 54), (0, 0, 0, 150))
    img.paste(bar, (0, 0), bar)
    text(d, (16, 6), "老刘", 20, (255, 255, 255), bold=True)
    text(d, (70, 12), "Lao Liu (community choir)", 13, (220, 220, 220))
    text(d, (16, 32), "视频通话 Video call  08:42", 12, (210, 210, 210))
    chips = []
    x = 420
    for zh, en in (("美颜 已开启", "Beauty filter ON"), ("背景虚化 已开启", "Background blur ON")):
        bw = 150 if len(zh) < 6 else 170
        chip = (x, 10, x + bw, 44)
        d.rounded_rectangle(chip, radius=14, fill=(236, 84, 140))
        text(d, (x + bw // 2, 20), zh, 13, (255, 255, 255), bold=True, anchor="mm")
        text(d, (x + bw // 2, 36), en, 10, (255, 235, 245), anchor="mm")
        chips.append(chip)
        x += bw + 10
    selfview = grandma_selfview()
    img.paste(selfview, (w - 110, 64))
    d.rectangle((w - 110, 64, w - 14, 192), outline=(255, 255, 255), width=2)
    # his messages beside the call
    y = 214
    chat_top = y
    for zh, en in (("周六上午合唱团排练，我给你留个座。", "Choir practice on Saturday morning. I'll save you a seat."),
                   ("排练完去公园走走？叫上你女儿一起。", "A walk in the park after? Bring your daughter along.")):
        boxr = bubble(d, 520, y, zh, en, width=264)
        y = boxr[3] + 8
    chat = (520, chat_top, 784, y - 8)
    for i, (zh, colour) in enumerate((("美颜", (236, 84, 140)), ("挂断", (220, 50, 50)), ("翻转", (70, 70, 80)))):
        bx = 300 + (i - 1) * 90
        d.ellipse((bx - 24, h - 60, bx + 24, h - 12), fill=colour)
        text(d, (bx, h - 36), zh, 12, (255, 255, 255), bold=True, anchor="mm")
    out.png(img, "filter_date.png")
    out.region("filter_date.png", "face smooth and bright: the beauty filter", face_box)
    out.region("filter_date.png", "the app says: beauty filter and background blur are ON", (chips[0][0], 10, chips[1][2], 44))
    out.region("filter_date.png", "hand sharp, with age spots: the filter only smooths the face", (hx - 60, hy - 80, hx + 40, hy + 60))
    out.region("filter_date.png", "he suggests meeting at the choir and in the park, with your daughter", chat)


JOBS = {   # job name -> function(out)
    "grandson_dorm": make_grandson_dorm,
    "classmate_loan": make_classmate_loan,
    "police_warrant": make_police_warrant,
    "soldier_loop": make_soldier_loop,
    "filter_date": make_filter_date,
}
