"""Media of the 'shopping' pack (scenarios/shopping/media/): chats, an SMS, two voice messages, an animation.

Run through ``tools/make_media.py`` (``--only shopping`` or ``--only shopping:task_group``).
Fixed seeds, no timestamps: the same bytes every run. No real person's face or
voice; names, shops, numbers and links are invented and masked.

- task_group_chat.png        fake: a 'side job' group pays 3 and 8.80 yuan, then asks for a 198-yuan advance
- supermarket_hr.wav + _chat real: a supermarket's HR voice message from a verified employer in a job app
- refund_sms.png             fake: a 'refund' text with a link, and the page it opens (card number and code)
- mentor_voice.wav + _chat   fake: a 'task mentor' voice message after three small payouts and one advance
- library_helper_chat.png    real: a saved community contact offers a paid weekend job, with a sign-up link
- refund_share.gif           fake: a screen recording of a 'refund' meeting while the screen is shared

Most fakes here are plain in look and sound: they are caught by what they ask for,
not by a flaw. Only the mentor's stiff voice and the smear in the refund meeting's
small video window are visible or audible oddities.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

from tools.media.draw import (
    CHAT_H,
    CHAT_W,
    chat_window,
    face_features,
    fringe,
    hair_and_head,
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
    normalise,
    resample,
    speak,
    write_wav,
)
from tools.media.spec import PHONE_SR, SR
from tools.media.text import font, text, wrap

PACK = "shopping"
FEMALE = MANDARIN + "+f4"   # f2, f3 and f5 add random breath noise that changes run to run

@dataclass(frozen=True)
class Type:
    """The text sizes of a chat picture: ``size`` is the smallest (22 reads on a picture shown on
    its own, 24 on one shown beside its sound), ``zh`` and ``en`` the message sizes."""
    size: int
    zh: int
    en: int

    @property
    def zh_step(self) -> int:
        return round(self.zh * 1.27)

    @property
    def en_step(self) -> int:
        return round(self.en * 1.22)


STILL = Type(22, 22, 22)
BESIDE_SOUND = Type(24, 24, 24)


# ---------------------------------------------------------------- chat pieces

def _avatar(d, x, y, glyph, colour, size=48):
    d.rounded_rectangle((x, y, x + size, y + size), radius=6, fill=colour)
    text(d, (x + size // 2, y + size // 2), glyph, size // 2, (255, 255, 255), bold=True, anchor="mm")


def _stamp(d, y, s, ty: Type) -> int:
    text(d, (CHAT_W // 2, y + 2), s, ty.size, (140, 140, 140), anchor="ma")
    return y + ty.size + 12


def _bubble(d, y, zh, en, ty: Type, *, mine=False, glyph="", colour=(120, 120, 120), width=640, name=None, link=None):
    """A message: Chinese over English, with the sender's avatar (and name in a group); returns its box.
    ``link`` is a part of the Chinese text drawn blue and underlined, on a line of its own."""
    pad = 7
    zh_lines = wrap(zh, ty.zh, width - 2 * pad) if zh else []
    en_lines = wrap(en, ty.en, width - 2 * pad)
    rows = [font(ty.zh).getlength(s) for s in zh_lines] + [font(ty.en).getlength(s) for s in en_lines]
    if link:
        rows.append(font(ty.zh).getlength(link))
    bw = int(max(rows) + 2 * pad)
    bh = pad * 2 + ty.zh_step * (len(zh_lines) + (1 if link else 0)) + ty.en_step * len(en_lines)
    top = y + (ty.size + 6 if name else 0)
    if mine:
        _avatar(d, CHAT_W - 58, y, "我", (90, 120, 160))
        box = (CHAT_W - 66 - bw, top, CHAT_W - 66, top + bh)
    else:
        _avatar(d, 12, y, glyph, colour)
        if name:
            text(d, (64, y), name, ty.size, (120, 120, 120))
        box = (64, top, 64 + bw, top + bh)
    d.rounded_rectangle(box, radius=8, fill=(149, 236, 105) if mine else (255, 255, 255))
    yy = top + pad
    for s in zh_lines:
        text(d, (box[0] + pad, yy), s, ty.zh, (20, 20, 20))
        yy += ty.zh_step
    link_box = None
    if link:
        text(d, (box[0] + pad, yy), link, ty.zh, (30, 90, 200))
        lw = font(ty.zh).getlength(link)
        d.line((box[0] + pad, yy + ty.zh + 4, box[0] + pad + lw, yy + ty.zh + 4), fill=(30, 90, 200), width=1)
        link_box = (box[0] + pad - 3, yy - 2, box[0] + pad + lw + 3, yy + ty.zh + 7)
        yy += ty.zh_step
    for s in en_lines:
        text(d, (box[0] + pad, yy), s, ty.en, (80, 80, 80))
        yy += ty.en_step
    return (box, link_box) if link else box


def _money_card(d, x, y, amount, zh, en, ty: Type, *, kind="packet", done=True, w=196):
    """A red packet (红包) or a transfer (转账) card as chat apps draw them; returns its box."""
    size = ty.size
    h = 8 + round((size + 2) * 1.3) + round(size * 1.25) + 2 + size + 8
    colour = (243, 94, 66) if kind == "packet" else (248, 158, 58)
    if done:
        colour = shade(colour, 1.35)
    box = (x, y, x + w, y + h)
    d.rounded_rectangle(box, radius=7, fill=colour)
    # the icon: an envelope for a packet, two arrows for a transfer
    ix, iy = x + 10, y + 10
    if kind == "packet":
        d.rounded_rectangle((ix, iy, ix + 28, iy + 36), radius=3, fill=(255, 226, 180))
        d.ellipse((ix + 8, iy + 10, ix + 20, iy + 22), fill=(230, 170, 60))
    else:
        d.ellipse((ix, iy + 2, ix + 32, iy + 34), outline=(255, 255, 255), width=2)
        d.line((ix + 8, iy + 14, ix + 24, iy + 14), fill=(255, 255, 255), width=2)
        d.line((ix + 8, iy + 22, ix + 24, iy + 22), fill=(255, 255, 255), width=2)
    text(d, (x + 48, y + 4), f"¥{amount}", size + 2, (255, 255, 255), bold=True)
    line_y = y + 8 + round((size + 2) * 1.3)
    text(d, (x + 48, line_y), zh, size, (255, 246, 236))
    sep = line_y + round(size * 1.25) + 2
    d.line((x + 8, sep, x + w - 8, sep), fill=shade(colour, 1.25), width=1)
    label = ("已领取 Received" if kind == "packet" else "已收款 Received") if done else en
    text(d, (x + 10, sep + 2), label, size, (255, 240, 228))
    return box


def _voice_bubble(d, y, seconds, ty: Type, *, glyph, colour):
    """A voice message: width grows with its length, sound waves, the seconds, an unread dot."""
    _avatar(d, 12, y, glyph, colour)
    bw = int(240 + min(60, seconds) * 8)
    h = ty.size + 28
    box = (64, y, 64 + bw, y + h)
    d.rounded_rectangle(box, radius=8, fill=(255, 255, 255))
    cx, cy = box[0] + 22, y + h // 2
    for r in (5, 11, 17):
        d.arc((cx - r, cy - r, cx + r, cy + r), -45, 45, fill=(40, 40, 40), width=3)
    text(d, (box[0] + 50, cy), "正在播放 Playing", ty.size, (110, 110, 110), anchor="lm")
    text(d, (box[2] + 10, cy), f"{round(seconds)}''", ty.size, (110, 110, 110), anchor="lm")
    d.ellipse((box[2] + 66, cy - 6, box[2] + 78, cy + 6), fill=(235, 60, 50))
    return box


def _system_line(d, y, line, ty: Type, colour=(218, 218, 218), ink=(70, 70, 70)):
    w = font(ty.size).getlength(line) + 24
    box = (CHAT_W // 2 - w // 2, y, CHAT_W // 2 + w // 2, y + ty.size + 14)
    d.rounded_rectangle(box, radius=6, fill=colour)
    text(d, (CHAT_W // 2, (box[1] + box[3]) // 2), line, ty.size, ink, anchor="mm")
    return box


def _fits(name, bottom):
    if bottom > CHAT_H - 2:
        raise SystemExit(f"{name}: the chat does not fit ({bottom} > {CHAT_H})")


def _grow(box, k=4):
    return (box[0] - k, box[1] - k, box[2] + k, box[3] + k)


def _union(*boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# ---------------------------------------------------------------- sound pieces

def _write(out: Output, name: str, x: list[float]) -> None:
    write_wav(out.path(name), normalise(resample(x, SR, PHONE_SR), 0.8), PHONE_SR)


def _tone(seconds, freq, amp, decay=None):
    n = int(seconds * SR)
    return [amp * math.sin(2 * math.pi * freq * i / SR) * (math.exp(-i / (decay * SR)) if decay else 1.0)
            for i in range(n)]


# ---------------------------------------------------------------- 1. the task group (fake)

def make_task_group(out: Output) -> None:
    """A group chat: two small red packets really paid, a member bragging, then a 198-yuan 'advance'."""
    name = "task_group_chat.png"
    ty = STILL
    img, d, tag, top = chat_window("高薪兼职任务群（328）", "'Well-paid side jobs' (328 members)",
                                   "群聊 · 你被拉进群", "Group · you were added", (220, 110, 40), size=ty.size)
    pink, teal = (226, 110, 140), (70, 150, 150)
    giver = "派单员 小雨  Xiaoyu (task giver)"
    y = top + 4
    _avatar(d, 12, y, "雨", pink)
    text(d, (64, y), giver, ty.size, (120, 120, 120))
    cards = y + ty.size + 6
    p1 = _money_card(d, 64, cards, "3.00", "任务1佣金", "Task 1 pay", ty, w=220)
    p2 = _money_card(d, 294, cards, "8.80", "任务2佣金", "Task 2 pay", ty, w=220)
    y = p1[3] + 6
    brag = _bubble(d, y, "今天又提现了1260元！谢谢小雨老师！", "Withdrew 1,260 yuan again today! Thanks, Xiaoyu!", ty,
                   glyph="李", colour=teal, name="李姐  Sister Li", width=720)
    y = brag[3] + 6
    ask = _bubble(d, y, "新人福利任务：先垫付198元，10分钟返258元。今晚截止！",
                  "Newcomer task: pay 198, get 258 back in 10 min. Ends tonight!", ty,
                  glyph="雨", colour=pink, name=giver, width=720)
    _fits(name, ask[3])
    out.region(name, "two small payouts really received", _grow(_union(p1, p2)))
    out.region(name, "pay 198 first, 258 back, ends tonight", _grow((ask[0] - 52, ask[1] - ty.size - 6, ask[2], ask[3])))
    out.region(name, "a member bragging about withdrawals", _grow((brag[0] - 52, brag[1] - ty.size - 6, brag[2], brag[3])))
    out.region(name, "group of strangers you were added to", tag)
    out.png(img, name)


# ---------------------------------------------------------------- 2. the supermarket job (real)

def make_supermarket_hr(out: Output) -> None:
    """HR of a supermarket leaves a voice message from the shop floor: fridges, a chime, trolleys."""
    rng = random.Random(4202)
    voice = {"voice": FEMALE, "rate": 172, "pitch": 66}
    lines = [
        ("您好，我是惠民超市东风路店人事部的小李。", "HR, Huimin Supermarket, Dongfeng Road"),
        ("您报名的周末促销员，周六周日，早上九点到下午五点。", "weekend promoter, Sat and Sun, 9 to 5"),
        ("一天一百五十元，下个月十号和工资一起发到您自己的银行卡。", "150 a day, paid on the 10th to your own card"),
        ("周六早上带身份证，来门店办公室签合同。", "bring your ID card to sign the contract"),
        ("不收任何费用。有事打门店电话。", "no fees; call the store"),
    ]
    track = Track()
    track.pause(0.5)
    for i, (zh, label) in enumerate(lines):
        track.add(speak(zh, **voice), label)
        if i < len(lines) - 1:
            track.add(breath(rng, 0.3, 0.04))
            track.pause(0.12)
    track.pause(0.7)
    n = len(track.samples)
    seconds = track.seconds
    floor = [0.0] * n
    # fridges and lights: a steady low hum with a little hiss
    hum = [0.5 * math.sin(2 * math.pi * 100 * i / SR) + 0.3 * math.sin(2 * math.pi * 200 * i / SR) for i in range(n)]
    mix_into(floor, hum, 0, 0.02)
    mix_into(floor, band([rng.uniform(-1, 1) for _ in range(n)], SR, 200, 3000), 0, 0.012)
    # shoppers talking far away: slow, muffled noise that swells and fades
    murmur = band([rng.uniform(-1, 1) for _ in range(n)], SR, 250, 900)
    swell = [0.6 + 0.4 * math.sin(2 * math.pi * 0.23 * i / SR) for i in range(n)]
    mix_into(floor, [m * s for m, s in zip(normalise(murmur, 0.05), swell)])
    # the shop's announcement chime, ding-dong
    chime_at = track.marks[2][1] - 0.4
    mix_into(floor, _tone(0.5, 784, 0.12, 0.25), chime_at)
    mix_into(floor, _tone(0.7, 622, 0.12, 0.3), chime_at + 0.45)
    # a trolley rattling past
    trolley_at = track.marks[3][1] + 0.3
    rattle = band([rng.uniform(-1, 1) for _ in range(int(1.6 * SR))], SR, 900, 4500)
    env = [0.5 * (1 + math.sin(2 * math.pi * 17 * i / SR)) * math.sin(math.pi * i / len(rattle)) for i in range(len(rattle))]
    mix_into(floor, [v * e for v, e in zip(normalise(rattle, 0.07), env)], trolley_at)
    x = [v + f for v, f in zip(normalise(track.samples, 0.72), floor)]
    x = band(x, SR, 120, 6500)
    _write(out, "supermarket_hr.wav", x)
    track.show_marks(out, "supermarket_hr.wav")
    out.note(f"supermarket_hr.wav chime at {chime_at:.1f}, trolley at {trolley_at:.1f}; lasts {seconds:.1f} s")

    name = "supermarket_hr_chat.png"
    ty = BESIDE_SOUND
    img, d, tag, top = chat_window("惠民超市 人事 小李", "Ms Li, HR, Huimin Supermarket", "企业已认证", "Verified employer",
                                   (60, 160, 90), size=ty.size)
    green = (60, 150, 100)
    y = _stamp(d, top, "昨天 19:40  Yesterday", ty)
    card = (120, y, 680, y + 104)
    d.rounded_rectangle(card, radius=8, fill=(255, 255, 255), outline=(200, 200, 200))
    text(d, (134, y + 4), "周末促销员 · 150元/天", 26, (20, 20, 20), bold=True)
    text(d, (134, y + 40), "惠民超市（东风路店） · 你已投递", ty.size, (90, 90, 90))
    text(d, (134, y + 70), "Weekend promoter, 150 a day · applied", ty.size, (110, 110, 110))
    y = _stamp(d, card[3] + 6, "今天 09:15  Today", ty)
    vb = _voice_bubble(d, y, seconds, ty, glyph="李", colour=green)
    y = vb[3] + 8
    phone = _bubble(d, y, "门店电话 0371-****6620，地图上也能查到。", "Store phone 0371-****6620. It's on the map too.", ty,
                    glyph="李", colour=green, width=720)
    _fits(name, phone[3])
    out.region(name, "verified employer in the job app", tag)
    out.region(name, "the job you applied for", card)
    out.region(name, "the store's own phone number", _grow(phone))
    out.region(name, "the voice message", _grow((10, vb[1], vb[2] + 82, vb[3])))
    out.png(img, name)


# ---------------------------------------------------------------- 3. the refund text and its page (fake)

def make_refund_sms(out: Output) -> None:
    """Left: a text offering a double refund with a link. Right: the page it opens, asking for card and code."""
    from PIL import Image, ImageDraw

    name = "refund_sms.png"
    img = Image.new("RGB", (CHAT_W, CHAT_H), (52, 56, 64))
    d = ImageDraw.Draw(img)
    # left: the messages app (every text at least 22 px: it shows as 18 px in the game's clip box)
    size = 22
    col = 382
    d.rectangle((0, 0, col, CHAT_H), fill=(246, 246, 246))
    d.rectangle((0, 0, col, 70), fill=(252, 252, 252))
    d.line((0, 70, col, 70), fill=(214, 214, 214), width=2)
    text(d, (12, 35), "‹", 36, (60, 60, 60), anchor="lm")
    sender = (36, 2, col - 8, 68)
    text(d, (col // 2 + 14, 4), "+86 170 ****3390", 24, (20, 20, 20), bold=True, anchor="ma")
    text(d, (col // 2 + 14, 38), "短信 · 不是联系人 Not a contact", size, (150, 150, 150), anchor="ma")
    pad = 8
    body = "【优品商城】您买的电热水壶有质量问题，平台为您双倍退款，请今日点击领取："
    zl = wrap(body, size, col - 20 - 2 * pad)
    en = "[Youpin Mall] Your kettle failed a check: double refund. Claim today:"
    el = wrap(en, size, col - 20 - 2 * pad)
    top = 80
    h = 2 * pad + 28 * len(zl) + 30 + 26 * len(el)
    msg = (10, top, col - 10, top + h)
    d.rounded_rectangle(msg, radius=10, fill=(229, 229, 234))
    ty = top + pad
    for line in zl:
        text(d, (msg[0] + pad, ty), line, size, (20, 20, 20))
        ty += 28
    link = "https://yp-tuikuan.cn/r8"
    text(d, (msg[0] + pad, ty), link, size, (30, 90, 200))
    lw = font(size).getlength(link)
    d.line((msg[0] + pad, ty + 26, msg[0] + pad + lw, ty + 26), fill=(30, 90, 200), width=2)
    link_box = (msg[0] + pad - 4, ty - 2, msg[0] + pad + lw + 4, ty + 30)
    ty += 30
    for line in el:
        text(d, (msg[0] + pad, ty), line, size, (90, 90, 90))
        ty += 26
    text(d, (14, msg[3] + 8), "你点开了链接 →", size, (110, 110, 110))
    text(d, (14, msg[3] + 36), "You tapped the link →", size, (110, 110, 110))

    # right: the page in the browser
    page = (col + 10, 6, CHAT_W - 6, CHAT_H - 6)
    d.rounded_rectangle(page, radius=8, fill=(255, 255, 255))
    bar = (page[0] + 6, page[1] + 6, page[2] - 6, page[1] + 42)
    d.rounded_rectangle(bar, radius=16, fill=(236, 236, 240))
    text(d, (bar[0] + 14, (bar[1] + bar[3]) // 2), "yp-tuikuan.cn/r8", size, (80, 80, 80), anchor="lm")
    hy = bar[3] + 4
    d.rectangle((page[0], hy, page[2], hy + 60), fill=(226, 60, 60))
    text(d, ((page[0] + page[2]) // 2, hy + 2), "优品商城 · 退款中心", 24, (255, 255, 255), bold=True, anchor="ma")
    text(d, ((page[0] + page[2]) // 2, hy + 32), "'Youpin Mall refund centre'", size, (255, 230, 230), anchor="ma")
    fields = [("姓名 Name", ""), ("身份证 ID no.", ""), ("银行卡 Card no.", ""), ("手机号 Phone", ""),
              ("验证码 Code", "")]
    fy = hy + 66
    field_boxes = []
    for label, _ in fields:
        text(d, (page[0] + 10, fy + 17), label, size, (40, 40, 40), anchor="lm")
        fb = (page[0] + 178, fy, page[2] - 10, fy + 34)
        d.rounded_rectangle(fb, radius=4, outline=(200, 200, 200), width=1)
        field_boxes.append(fb)
        fy += 39
    code_field = field_boxes[-1]
    get = (code_field[2] - font(size).getlength("获取验证码") - 14, code_field[1] + 2, code_field[2] - 2, code_field[3] - 2)
    d.rounded_rectangle(get, radius=4, fill=(255, 236, 230))
    text(d, ((get[0] + get[2]) // 2, (get[1] + get[3]) // 2), "获取验证码", size, (200, 60, 50), anchor="mm")
    button = (page[0] + 10, fy + 2, page[2] - 10, fy + 58)
    d.rounded_rectangle(button, radius=20, fill=(226, 60, 60))
    text(d, ((button[0] + button[2]) // 2, button[1] + 2), "立即领取退款 ¥258.00", size, (255, 255, 255), bold=True, anchor="ma")
    text(d, ((button[0] + button[2]) // 2, button[1] + 28), "Claim your refund now", size, (255, 225, 225), anchor="ma")
    # a chat widget with a smiling 'assistant'
    wy = button[3] + 6
    widget = (page[0] + 6, wy, page[2] - 6, wy + 62)
    d.rounded_rectangle(widget, radius=8, fill=(244, 248, 255), outline=(190, 205, 235))
    d.ellipse((widget[0] + 6, wy + 11, widget[0] + 46, wy + 51), fill=(120, 150, 220))
    text(d, (widget[0] + 26, wy + 31), "雅", size, (255, 255, 255), bold=True, anchor="mm")
    text(d, (widget[0] + 54, wy + 2), "客服小雅：官方客服，放心填。", size, (40, 60, 110))
    text(d, (widget[0] + 54, wy + 31), "Xiaoya: I'm official. Fill it in.", size, (80, 100, 140))
    if widget[3] > CHAT_H - 4:
        raise SystemExit(f"{name}: the page does not fit ({widget[3]})")
    out.region(name, "sender: a mobile number, not a contact", sender)
    out.region(name, "double refund, claim today", _grow(msg, 2))
    out.region(name, "the link: not the shopping app", link_box)
    out.region(name, "address bar: an unknown site", bar)
    out.region(name, "ID, bank card and the code from the text", _grow(_union(field_boxes[1], field_boxes[2], code_field, get), 3))
    out.region(name, "the 'assistant' telling you to fill it in", widget)
    out.png(img, name)


# ---------------------------------------------------------------- 4. the 'mentor' and the combo task (fake)

def make_mentor_voice(out: Output) -> None:
    """A clean synthetic voice with no breath and identical gaps, after three small payouts and one advance."""
    voice = {"voice": FEMALE, "rate": 182, "pitch": 58}
    gap = 0.22
    lines = [
        ("亲，你这单触发了连单任务，还差两单。", "combo task triggered, two more orders"),
        ("再充值两千元，十分钟连本带利返还三千二。", "top up 2,000, get 3,200 back in ten minutes"),
        ("现在停下，前面的五百元就拿不回来了。", "stop now and the 500 is lost"),
        ("这是内部名额，别告诉家人，他们不懂。", "an inside place; don't tell your family"),
    ]
    track = Track()
    track.pause(0.25)
    for zh, label in lines:
        track.add(speak(zh, **voice), label)
        track.pause(gap)
    track.pause(0.2)
    x = normalise(band(track.samples, SR, 140, 7200), 0.8)     # no room, no breath, exact silence between lines
    _write(out, "mentor_voice.wav", x)
    track.show_marks(out, "mentor_voice.wav")
    out.note(f"mentor_voice.wav silent gaps of {gap} s between lines, no breath; lasts {track.seconds:.1f} s")

    name = "mentor_chat.png"
    ty = BESIDE_SOUND
    img, d, tag, top = chat_window("任务导师 安安", "Anan, 'task mentor'", "陌生人 · 从任务群添加",
                                   "Stranger from the task group", (220, 110, 40), size=ty.size)
    violet = (150, 110, 200)
    y = top + 6
    _avatar(d, 12, y, "安", violet)
    c1 = _money_card(d, 64, y, "5.00", "佣金 Pay", "Pay", ty, w=216)
    c2 = _money_card(d, 288, y, "6.00", "佣金 Pay", "Pay", ty, w=216)
    c3 = _money_card(d, 512, y, "10.00", "佣金 Pay", "Pay", ty, w=216)
    y = _stamp(d, c1[3] + 2, "今天 09:40  Today", ty)
    _avatar(d, CHAT_W - 58, y, "我", (90, 120, 160))
    mine = _money_card(d, CHAT_W - 66 - 300, y, "500.00", "任务垫付 · 对方已收款", "Advance for task", ty,
                       kind="transfer", w=300)
    y = mine[3] + 6
    fail = _system_line(d, y, "提现失败 Withdrawal failed: combo task unfinished", ty,
                        colour=(250, 228, 222), ink=(170, 50, 40))
    y = fail[3] + 6
    vb = _voice_bubble(d, y, track.seconds, ty, glyph="安", colour=violet)
    _fits(name, vb[3])
    out.region(name, "three small payouts first", _grow(_union(c1, c2, c3)))
    out.region(name, "your 500-yuan advance", _grow(mine))
    out.region(name, "withdrawal refused", _grow(fail))
    out.region(name, "a stranger from the task group", tag)
    out.region(name, "the voice message", _grow((10, vb[1], vb[2] + 82, vb[3])))
    out.png(img, name)


# ---------------------------------------------------------------- 5. the community library job (real)

def make_library_helper(out: Output) -> None:
    """A long-saved community contact offers a paid weekend job with a sign-up link; ID shown in person."""
    name = "library_helper_chat.png"
    ty = STILL
    img, d, _tag, top = chat_window("社区 周主任", "Director Zhou (community)", "通讯录好友 · 五年", "Saved contact · 5 years",
                                    (60, 160, 90), size=ty.size)
    blue = (70, 120, 170)
    y = top + 4
    old = _bubble(d, y, "上周三：李阿姨，明天社区体检，别忘了带医保卡。", "Last Wed: Auntie Li, health check tomorrow. Bring your card.", ty,
                  glyph="周", colour=blue, width=720)
    y = _stamp(d, old[3] + 2, "今天 10:30  Today", ty)
    offer = _bubble(d, y, "社区图书馆周末缺两个助手，每天补贴80元，月底转到您自己的卡上。",
                    "The library needs two weekend helpers: 80 yuan a day, paid to your own card.", ty,
                    glyph="周", colour=blue, width=720)
    y = offer[3] + 6
    _avatar(d, 12, y, "周", blue)
    card = (64, y, 500, y + 70)
    d.rounded_rectangle(card, radius=8, fill=(255, 255, 255))
    d.rounded_rectangle((72, y + 10, 122, y + 60), radius=6, fill=(90, 170, 120))
    text(d, (97, y + 35), "表", 26, (255, 255, 255), bold=True, anchor="mm")
    text(d, (132, y + 6), "周末助手报名表 Sign-up form", ty.size, (20, 20, 20), bold=True)
    text(d, (132, y + 36), "幸福社区服务中心 Xingfu centre", ty.size, (110, 110, 110))
    y = card[3] + 6
    last = _bubble(d, y, "填名字和电话就行，周六带身份证来服务中心登记。不收任何费用。",
                   "Just name and phone. Bring your ID on Saturday. No fees at all.", ty,
                   glyph="周", colour=blue, width=720)
    _fits(name, last[3])
    out.region(name, "a saved contact, with earlier chats", _grow((10, old[1], old[2], old[3])))
    out.region(name, "paid by the community, to your own card", _grow(offer))
    out.region(name, "sign-up link from the community centre", _grow(card))
    out.region(name, "ID card shown in person; no fees", _grow(last))
    out.png(img, name)


# ---------------------------------------------------------------- 6. the 'refund' meeting, screen shared (fake)

SCREEN_W, SCREEN_H = 800, 450     # the phone turned sideways, in split screen: 22 px text shows as 18 px


def _agent_tile(w, h, t, nod=0.0, smear=0.0):
    """A man in a dark uniform in a video window; ``smear`` pulls the edge of his face sideways."""
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("RGB", (w, h))
    vgradient(img, (0, 0, w, h), (206, 214, 224), (164, 174, 190))
    d = ImageDraw.Draw(img)
    d.rectangle((0, int(h * 0.12), w, int(h * 0.2)), fill=(70, 110, 170))   # a blue wall stripe with a logo
    skin = (226, 188, 160)
    s = h * 0.17
    cx, cy = w / 2 + 2 * math.sin(t * 1.3), h * 0.45 + nod * s * 0.25
    torso(d, cx, cy, s, (36, 48, 78), collar=(236, 238, 242), neck=shade(skin, 0.9))
    hair_and_head(d, cx, cy, s, skin, (34, 30, 28), "short")
    fringe(d, cx, cy, s, (34, 30, 28), "short")
    face_features(d, cx, cy, s, mouth=0.3 + 0.3 * math.sin(t * 9) ** 2, skin=skin, brows=(34, 30, 28))
    if smear > 0:
        box = (int(cx - 1.05 * s), int(cy - 1.1 * s), int(cx + 1.05 * s), int(cy + 1.15 * s))
        face = img.crop(box)
        wide = face.resize((int(face.width * (1 + 0.35 * smear)), face.height)).filter(ImageFilter.GaussianBlur(2.5 * smear))
        mask = Image.new("L", wide.size, 0)
        ImageDraw.Draw(mask).ellipse((0, 0, wide.width, wide.height), fill=int(200 * smear))
        img.paste(wide, (box[0] - (wide.width - face.width) // 2, box[1]), mask)
    return img


def _screen_base(dark=False):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (SCREEN_W, SCREEN_H), (24, 26, 30) if dark else (242, 242, 246))
    return img, ImageDraw.Draw(img)


def _subtitle(d, zh, en, box):
    """What the 'refund agent' says, as the meeting app's live captions, at the bottom of ``box``."""
    x0, _, x1, bottom = box
    zl, el = wrap(zh, 22, x1 - x0 - 24), wrap(en, 22, x1 - x0 - 24)
    h = 12 + 28 * len(zl) + 26 * len(el)
    top = bottom - h
    d.rounded_rectangle((x0, top, x1, bottom), radius=8, fill=(30, 30, 34))
    y = top + 5
    for line in zl:
        text(d, (x0 + 12, y), line, 22, (255, 255, 255))
        y += 28
    for line in el:
        text(d, (x0 + 12, y), line, 22, (200, 200, 200))
        y += 26


def _share_banner(d):
    box = (0, 0, SCREEN_W, 52)
    d.rectangle(box, fill=(214, 48, 48))
    text(d, (14, 26), "你正在共享屏幕  You are sharing your screen", 22, (255, 255, 255), bold=True, anchor="lm")
    stop = (SCREEN_W - 190, 8, SCREEN_W - 10, 44)
    d.rounded_rectangle(stop, radius=16, fill=(255, 255, 255))
    text(d, ((stop[0] + stop[2]) // 2, 26), "停止共享 Stop", 22, (200, 40, 40), bold=True, anchor="mm")
    return box


def _meeting_frame(t, caption):
    img, d = _screen_base(dark=True)
    d.rectangle((0, 0, SCREEN_W, 64), fill=(36, 40, 48))
    text(d, (SCREEN_W // 2, 2), "安心会议  会议号 886 203 571", 24, (230, 230, 230), anchor="ma")
    text(d, (SCREEN_W // 2, 34), "'Anxin Meeting' · meeting 886 203 571", 22, (170, 170, 180), anchor="ma")
    tile = _agent_tile(400, 248, t)
    img.paste(tile, (200, 70))
    label = "退款专员 陈  Refund agent Chen"
    lw = font(22).getlength(label) + 20
    d.rounded_rectangle((206, 280, 206 + lw, 312), radius=6, fill=(0, 0, 0))
    text(d, (216, 296), label, 22, (255, 255, 255), anchor="lm")
    _subtitle(d, *caption, (20, 0, SCREEN_W - 20, 396))
    x = 20
    for i, zh in enumerate(("静音", "视频", "共享屏幕 Share", "结束")):
        colour = (214, 48, 48) if i == 3 else ((60, 130, 230) if i == 2 else (70, 74, 84))
        bw = font(22, True).getlength(zh) + 36
        d.rounded_rectangle((x, 404, x + bw, 444), radius=20, fill=colour)
        text(d, (x + bw / 2, 424), zh, 22, (240, 240, 240), bold=True, anchor="mm")
        x += bw + 16
    return img, d


PANE = 472      # the bank app's width in split screen; the meeting app has the rest


def _bank_frame(t, caption, *, smear=0.0, nod=0.0, press=False):
    """Split screen: the bank app's transfer page on the left, the meeting on the right; all shared."""
    img, d = _screen_base()
    banner = _share_banner(d)
    d.rectangle((0, 52, PANE, 96), fill=(196, 36, 44))
    text(d, (PANE // 2, 74), "手机银行 · 转账  Bank transfer", 24, (255, 255, 255), bold=True, anchor="mm")
    rows = [("收款人 Payee", "陈某 Chen"), ("账号 Account", "6222 **** 7781"), ("金额 Amount", "5,000.00"),
            ("用途 Purpose", "退款入账 Refund")]
    y = 102
    for label, value in rows:
        text(d, (14, y + 20), label, 22, (90, 90, 90), anchor="lm")
        text(d, (PANE - 14, y + 20), value, 22, (20, 20, 20), bold=label.startswith("金额"), anchor="rm")
        d.line((14, y + 42, PANE - 14, y + 42), fill=(220, 220, 220))
        y += 46
    button = (20, y + 12, PANE - 20, y + 60)
    d.rounded_rectangle(button, radius=24, fill=(150, 20, 28) if press else (196, 36, 44))
    text(d, (PANE // 2, (button[1] + button[3]) // 2), "确认转账  Confirm", 24, (255, 255, 255), bold=True, anchor="mm")
    # the meeting, still running beside it
    d.rectangle((PANE, 52, SCREEN_W, SCREEN_H), fill=(24, 26, 30))
    d.line((PANE, 52, PANE, SCREEN_H), fill=(120, 120, 130), width=4)
    tile_box = (PANE + 60, 62, SCREEN_W - 60, 62 + 150)
    tile = _agent_tile(tile_box[2] - tile_box[0], tile_box[3] - tile_box[1], t, nod=nod, smear=smear)
    img.paste(tile, tile_box[:2])
    d.rectangle(tile_box, outline=(255, 255, 255), width=2)
    text(d, ((PANE + SCREEN_W) // 2, tile_box[3] + 4), "退款专员 陈 Agent Chen", 22, (220, 220, 220), anchor="ma")
    _subtitle(d, *caption, (PANE + 10, 0, SCREEN_W - 8, SCREEN_H - 8))
    return img, d, banner, button, tile_box


def _sms_drop(d, y_offset):
    """The bank's text message sliding down over the bank app."""
    lines = wrap("【某银行】验证码 482913，您正在向陈某转账5,000.00元，请勿泄露。", 22, PANE - 40)
    en = wrap("[Bank] Code 482913: you are sending 5,000 to Chen.", 22, PANE - 40)
    box = (8, 58 + y_offset, PANE - 8, 58 + y_offset + 44 + 28 * len(lines) + 26 * len(en))
    d.rounded_rectangle(box, radius=12, fill=(250, 250, 252), outline=(200, 200, 210), width=2)
    text(d, (20, box[1] + 6), "短信 Messages · 现在", 22, (120, 120, 120))
    y = box[1] + 36
    for line in lines:
        text(d, (20, y), line, 22, (20, 20, 20))
        y += 28
    for line in en:
        text(d, (20, y), line, 22, (100, 100, 100))
        y += 26
    return box


def make_refund_share(out: Output) -> None:
    """Frames of the player's phone, held sideways: the meeting, then the bank app shared in split
    screen beside it, a code text, a smear in the agent's window, 'confirm'."""
    name = "refund_share.gif"
    frames, durations = [], []
    step = 0.25                      # four frames a second
    script = [  # (from, to, what the caption says)
        (0.0, 2.5, "meeting", "请点下面的“共享屏幕”，我帮您办退款。", "Tap 'share screen' and I'll do your refund."),
        (2.5, 5.0, "bank", "打开手机银行，填好，这是退款入账流程。", "Open your bank app and fill it in. That's how refunds come in."),
        (5.0, 8.0, "code", "验证码我看到了，不用念，您点确认就行。", "I can see the code, no need to read it. Just tap confirm."),
        (8.0, 10.0, "press", "快点，验证码五分钟就过期。", "Quick, the code runs out in five minutes."),
    ]
    smear_from, smear_to = 6.0, 6.75
    t = 0.0
    regions = {}
    while t < 10.0 - 1e-9:
        part = next(p for p in script if p[0] <= t < p[1])
        kind = part[2]
        if kind == "meeting":
            img, d = _meeting_frame(t, (part[3], part[4]))
        else:
            smear = 1.0 if smear_from <= t < smear_to else 0.0
            nod = 1.0 if smear_from <= t < smear_to else 0.0
            img, d, banner, button, tile_box = _bank_frame(t, (part[3], part[4]), smear=smear, nod=nod,
                                                           press=(kind == "press"))
            regions.update(banner=banner, button=button, tile=tile_box)
            if kind in ("code", "press"):
                drop = min(0.0, (t - 5.0) / 0.5 * 60 - 60) if kind == "code" else 0.0
                regions["sms"] = _sms_drop(d, int(drop))
        frames.append(img)
        durations.append(int(step * 1000))
        t = round(t + step, 4)
    out.gif(frames, durations, name, colours=96)
    out.note(f"{name}: {len(frames)} frames, {sum(durations) / 1000:.1f} s; meeting 0-2.5 s, bank app shared 2.5-10 s, "
             f"code text from 5.0 s, face smear in the agent's window {smear_from}-{smear_to} s, 'quick' from 8.0 s")
    out.region(name, "red bar: your screen is being shared", regions["banner"])
    out.region(name, "the code text, seen by the other side", regions["sms"])
    out.region(name, "'refund' means sending 5,000 to Chen", (4, 54, PANE - 4, regions["button"][3] + 4))
    out.region(name, "the agent's window: face edge smears as he nods", regions["tile"])


JOBS = {   # job name -> function(out)
    "task_group": make_task_group,
    "supermarket_hr": make_supermarket_hr,
    "refund_sms": make_refund_sms,
    "mentor_voice": make_mentor_voice,
    "library_helper": make_library_helper,
    "refund_share": make_refund_share,
}
