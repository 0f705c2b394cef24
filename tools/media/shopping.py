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

ZH, EN = 19, 13
ZH_STEP, EN_STEP = 25, 17


# ---------------------------------------------------------------- chat pieces

def _avatar(d, x, y, glyph, colour, size=40):
    d.rounded_rectangle((x, y, x + size, y + size), radius=6, fill=colour)
    text(d, (x + size // 2, y + size // 2), glyph, size // 2, (255, 255, 255), bold=True, anchor="mm")


def _stamp(d, y, s) -> int:
    text(d, (CHAT_W // 2, y + 9), s, 12, (150, 150, 150), anchor="mm")
    return y + 22


def _name(d, x, y, s):
    text(d, (x, y), s, 11, (130, 130, 130))


def _bubble(d, y, zh, en, *, mine=False, glyph="", colour=(120, 120, 120), width=560, name=None, link=None):
    """A message: Chinese over English, with the sender's avatar (and name in a group); returns its box.
    ``link`` is a part of the Chinese text drawn blue and underlined, on a line of its own."""
    pad = 9
    zh_lines = wrap(zh, ZH, width - 2 * pad) if zh else []
    en_lines = wrap(en, EN, width - 2 * pad)
    rows = [font(ZH).getlength(s) for s in zh_lines] + [font(EN).getlength(s) for s in en_lines]
    if link:
        rows.append(font(ZH).getlength(link))
    bw = int(max(rows) + 2 * pad)
    bh = pad * 2 + ZH_STEP * (len(zh_lines) + (1 if link else 0)) + EN_STEP * len(en_lines)
    top = y + (15 if name else 0)
    if mine:
        _avatar(d, CHAT_W - 60, y, "我", (90, 120, 160))
        box = (CHAT_W - 70 - bw, top, CHAT_W - 70, top + bh)
    else:
        _avatar(d, 18, y, glyph, colour)
        if name:
            _name(d, 68, y, name)
        box = (68, top, 68 + bw, top + bh)
    d.rounded_rectangle(box, radius=8, fill=(149, 236, 105) if mine else (255, 255, 255))
    ty = top + pad
    for s in zh_lines:
        text(d, (box[0] + pad, ty), s, ZH, (20, 20, 20))
        ty += ZH_STEP
    link_box = None
    if link:
        text(d, (box[0] + pad, ty), link, ZH, (30, 90, 200))
        lw = font(ZH).getlength(link)
        d.line((box[0] + pad, ty + 22, box[0] + pad + lw, ty + 22), fill=(30, 90, 200), width=1)
        link_box = (box[0] + pad - 3, ty - 2, box[0] + pad + lw + 3, ty + 25)
        ty += ZH_STEP
    for s in en_lines:
        text(d, (box[0] + pad, ty), s, EN, (90, 90, 90))
        ty += EN_STEP
    return (box, link_box) if link else box


def _money_card(d, x, y, amount, zh, en, *, kind="packet", done=True, w=196):
    """A red packet (红包) or a transfer (转账) card as chat apps draw them; returns its box."""
    h = 66
    colour = (243, 94, 66) if kind == "packet" else (248, 158, 58)
    if done:
        colour = shade(colour, 1.35)
    box = (x, y, x + w, y + h)
    d.rounded_rectangle(box, radius=7, fill=colour)
    # the icon: an envelope for a packet, two arrows for a transfer
    ix, iy = x + 12, y + 10
    if kind == "packet":
        d.rounded_rectangle((ix, iy, ix + 26, iy + 32), radius=3, fill=(255, 226, 180))
        d.ellipse((ix + 8, iy + 9, ix + 18, iy + 19), fill=(230, 170, 60))
    else:
        d.ellipse((ix, iy + 2, ix + 30, iy + 32), outline=(255, 255, 255), width=2)
        d.line((ix + 8, iy + 13, ix + 22, iy + 13), fill=(255, 255, 255), width=2)
        d.line((ix + 8, iy + 21, ix + 22, iy + 21), fill=(255, 255, 255), width=2)
    text(d, (x + 50, y + 7), f"¥{amount}", 17, (255, 255, 255), bold=True)
    text(d, (x + 50, y + 29), zh, 12, (255, 246, 236))
    d.line((x + 8, y + 48, x + w - 8, y + 48), fill=shade(colour, 1.25), width=1)
    label = ("已领取 Received" if kind == "packet" else "已收款 Received") if done else en
    text(d, (x + 10, y + 51), label, 10, (255, 240, 228))
    return box


def _voice_bubble(d, y, seconds, *, glyph, colour):
    """A voice message: width grows with its length, sound waves, the seconds, an unread dot."""
    _avatar(d, 18, y, glyph, colour)
    bw = int(120 + min(60, seconds) * 12)
    box = (68, y, 68 + bw, y + 40)
    d.rounded_rectangle(box, radius=8, fill=(255, 255, 255))
    cx, cy = box[0] + 20, y + 20
    for r in (5, 10, 15):
        d.arc((cx - r, cy - r, cx + r, cy + r), -45, 45, fill=(40, 40, 40), width=3)
    text(d, (box[0] + 48, cy), "正在播放 Playing", 13, (120, 120, 120), anchor="lm")
    text(d, (box[2] + 10, cy), f"{round(seconds)}''", 15, (110, 110, 110), anchor="lm")
    d.ellipse((box[2] + 48, cy - 5, box[2] + 58, cy + 5), fill=(235, 60, 50))
    return box


def _system_line(d, y, zh, en, colour=(218, 218, 218), ink=(70, 70, 70)):
    w = max(font(13).getlength(zh), font(11).getlength(en)) + 24
    box = (CHAT_W // 2 - w // 2, y, CHAT_W // 2 + w // 2, y + 38)
    d.rounded_rectangle(box, radius=6, fill=colour)
    text(d, (CHAT_W // 2, y + 12), zh, 13, ink, anchor="mm")
    text(d, (CHAT_W // 2, y + 28), en, 11, ink, anchor="mm")
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
    img, d, tag = chat_window("高薪兼职任务群（328）", "'Well-paid side jobs' group (328 members)",
                               "群聊 · 你被拉进群", "Group · you were added", (220, 110, 40))
    pink, teal = (226, 110, 140), (70, 150, 150)
    y = _stamp(d, 68, "今天 10:02  Today")
    task, link = _bubble(d, y, "任务1：给这个视频点赞，截图发我，佣金3元。", "Task 1: like this video, send me a screenshot. Pay: 3 yuan.",
                         glyph="雨", colour=pink, name="派单员 小雨  Xiaoyu (task giver)", link="v.dyxx-video.cn/8Kq")
    y = task[3] + 8
    _avatar(d, 18, y, "雨", pink)
    p1 = _money_card(d, 68, y, "3.00", "任务1佣金", "Task 1 pay")
    p2 = _money_card(d, 276, y, "8.80", "任务2佣金", "Task 2 pay")
    y = p1[3] + 8
    brag = _bubble(d, y, "今天又提现了1260元！谢谢小雨老师！", "Withdrew 1,260 yuan again today! Thank you, Xiaoyu!",
                   glyph="李", colour=teal, name="李姐  Sister Li")
    y = brag[3] + 8
    ask = _bubble(d, y, "新人福利任务：先垫付198元，10分钟返258元。今晚截止！",
                  "Newcomer bonus task: pay 198 yuan first, get 258 back in 10 minutes. Ends tonight!",
                  glyph="雨", colour=pink, name="派单员 小雨  Xiaoyu (task giver)")
    _fits(name, ask[3])
    out.region(name, "two small payouts really received", _grow(_union(p1, p2)))
    out.region(name, "pay 198 first, 258 back, ends tonight", _grow((ask[0] - 52, ask[1] - 15, ask[2], ask[3])))
    out.region(name, "a member bragging about withdrawals", _grow((brag[0] - 52, brag[1] - 15, brag[2], brag[3])))
    out.region(name, "group of strangers you were added to", tag)
    out.region(name, "task link", link)
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
    img, d, tag = chat_window("惠民超市 人事 小李", "Ms Li, HR, Huimin Supermarket", "企业已认证", "Verified employer",
                               (60, 160, 90))
    green = (60, 150, 100)
    y = _stamp(d, 68, "昨天 19:40  Yesterday")
    card = (150, y, 650, y + 78)
    d.rounded_rectangle(card, radius=8, fill=(255, 255, 255), outline=(200, 200, 200))
    text(d, (166, y + 8), "周末促销员 · 150元/天", 18, (20, 20, 20), bold=True)
    text(d, (166, y + 34), "惠民超市（东风路店） · 你已投递", 14, (90, 90, 90))
    text(d, (166, y + 55), "Weekend promoter · 150 yuan a day · Huimin (Dongfeng Rd) · you applied", 11, (110, 110, 110))
    y = _stamp(d, card[3] + 8, "今天 09:15  Today")
    vb = _voice_bubble(d, y, seconds, glyph="李", colour=green)
    y = vb[3] + 10
    phone = _bubble(d, y, "门店电话 0371-****6620，地图上也能查到。", "Store phone 0371-****6620. It's on the map too.",
                    glyph="李", colour=green)
    _fits(name, phone[3])
    out.region(name, "verified employer in the job app", tag)
    out.region(name, "the job you applied for", card)
    out.region(name, "the store's own phone number", _grow(phone))
    out.region(name, "the voice message", _grow((16, vb[1], vb[2] + 64, vb[3])))
    out.png(img, name)


# ---------------------------------------------------------------- 3. the refund text and its page (fake)

def make_refund_sms(out: Output) -> None:
    """Left: a text offering a double refund with a link. Right: the page it opens, asking for card and code."""
    from PIL import Image, ImageDraw

    name = "refund_sms.png"
    img = Image.new("RGB", (CHAT_W, CHAT_H), (52, 56, 64))
    d = ImageDraw.Draw(img)
    # left: the messages app
    col = 380
    d.rectangle((0, 0, col, CHAT_H), fill=(246, 246, 246))
    d.rectangle((0, 0, col, 58), fill=(252, 252, 252))
    d.line((0, 58, col, 58), fill=(214, 214, 214), width=2)
    text(d, (16, 29), "‹", 30, (60, 60, 60), anchor="lm")
    sender = (40, 4, col - 40, 56)
    text(d, (col // 2, 21), "+86 170 ****3390", 17, (20, 20, 20), bold=True, anchor="mm")
    text(d, (col // 2, 43), "短信 · 不在通讯录  Text · not a contact", 11, (150, 150, 150), anchor="mm")
    text(d, (col // 2, 76), "今天 11:26  Today", 11, (150, 150, 150), anchor="mm")
    pad = 10
    body = "【优品商城】尊敬的客户，您购买的电热水壶检测出质量问题，平台为您办理双倍退款，请今日内点击链接领取："
    zl = wrap(body, 16, 300 - 2 * pad)
    en = "[Youpin Mall] Dear customer, the kettle you bought failed a quality check. We will refund you double. Claim today at the link:"
    el = wrap(en, 11, 300 - 2 * pad)
    top = 92
    h = 2 * pad + 21 * len(zl) + 24 + 15 * len(el)
    msg = (14, top, 314, top + h)
    d.rounded_rectangle(msg, radius=10, fill=(229, 229, 234))
    ty = top + pad
    for s in zl:
        text(d, (24, ty), s, 16, (20, 20, 20))
        ty += 21
    link = "https://yp-tuikuan.cn/r8"
    text(d, (24, ty), link, 16, (30, 90, 200))
    lw = font(16).getlength(link)
    d.line((24, ty + 20, 24 + lw, ty + 20), fill=(30, 90, 200), width=1)
    link_box = (20, ty - 2, 28 + lw, ty + 23)
    ty += 24
    for s in el:
        text(d, (24, ty), s, 11, (90, 90, 90))
        ty += 15
    text(d, (24, msg[3] + 8), "你点开了链接 →  You tapped the link", 12, (110, 110, 110))

    # right: the page in the browser
    page = (col + 20, 12, CHAT_W - 14, CHAT_H - 12)
    d.rounded_rectangle(page, radius=8, fill=(255, 255, 255))
    bar = (page[0] + 8, page[1] + 8, page[2] - 8, page[1] + 36)
    d.rounded_rectangle(bar, radius=12, fill=(236, 236, 240))
    text(d, (bar[0] + 14, (bar[1] + bar[3]) // 2), "yp-tuikuan.cn/r8", 13, (80, 80, 80), anchor="lm")
    hy = bar[3] + 8
    d.rectangle((page[0], hy, page[2], hy + 44), fill=(226, 60, 60))
    text(d, ((page[0] + page[2]) // 2, hy + 15), "优品商城 · 退款中心", 18, (255, 255, 255), bold=True, anchor="mm")
    text(d, ((page[0] + page[2]) // 2, hy + 35), "'Youpin Mall refund centre'", 11, (255, 230, 230), anchor="mm")
    fields = [("姓名", "Name"), ("身份证号", "ID number"), ("银行卡号", "Bank card number"),
              ("预留手机号", "Phone number"), ("短信验证码", "Code from the text")]
    fy = hy + 54
    field_boxes = []
    for zh, en_ in fields:
        text(d, (page[0] + 14, fy + 4), zh, 14, (40, 40, 40))
        text(d, (page[0] + 14, fy + 22), en_, 10, (130, 130, 130))
        fb = (page[0] + 128, fy, page[2] - 14, fy + 32)
        d.rounded_rectangle(fb, radius=4, outline=(200, 200, 200), width=1)
        field_boxes.append(fb)
        fy += 40
    code_field = field_boxes[-1]
    get = (code_field[2] - 84, code_field[1] + 4, code_field[2] - 4, code_field[3] - 4)
    d.rounded_rectangle(get, radius=4, fill=(255, 236, 230))
    text(d, ((get[0] + get[2]) // 2, (get[1] + get[3]) // 2), "获取验证码", 12, (200, 60, 50), anchor="mm")
    button = (page[0] + 14, fy + 2, page[2] - 14, fy + 40)
    d.rounded_rectangle(button, radius=20, fill=(226, 60, 60))
    text(d, ((button[0] + button[2]) // 2, button[1] + 13), "立即领取退款 ¥258.00", 16, (255, 255, 255), bold=True, anchor="mm")
    text(d, ((button[0] + button[2]) // 2, button[1] + 30), "Claim refund now", 10, (255, 225, 225), anchor="mm")
    # a chat widget with a smiling 'assistant'
    wy = button[3] + 8
    widget = (page[0] + 14, wy, page[2] - 14, wy + 44)
    d.rounded_rectangle(widget, radius=8, fill=(244, 248, 255), outline=(190, 205, 235))
    d.ellipse((widget[0] + 6, wy + 6, widget[0] + 38, wy + 38), fill=(120, 150, 220))
    text(d, (widget[0] + 22, wy + 22), "雅", 15, (255, 255, 255), bold=True, anchor="mm")
    text(d, (widget[0] + 46, wy + 6), "智能客服小雅：我是官方客服，请放心填写。", 12, (40, 60, 110))
    text(d, (widget[0] + 46, wy + 25), "Assistant Xiaoya: I'm the official service, fill it in.", 10, (80, 100, 140))
    if widget[3] > CHAT_H - 14:
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
    img, d, tag = chat_window("任务导师 安安", "Anan, 'task mentor'", "陌生人 · 从任务群添加",
                               "Stranger · added from the task group", (220, 110, 40))
    violet = (150, 110, 200)
    y = _stamp(d, 68, "昨天 20:15  Yesterday")
    _avatar(d, 18, y, "安", violet)
    c1 = _money_card(d, 68, y, "5.00", "佣金", "Pay", w=150)
    c2 = _money_card(d, 228, y, "6.00", "佣金", "Pay", w=150)
    c3 = _money_card(d, 388, y, "10.00", "佣金", "Pay", w=150)
    y = _stamp(d, c1[3] + 6, "今天 09:40  Today")
    _avatar(d, CHAT_W - 60, y, "我", (90, 120, 160))
    mine = _money_card(d, CHAT_W - 70 - 210, y, "500.00", "任务垫付 · 对方已收款", "Advance for task", kind="transfer", w=210)
    y = mine[3] + 8
    fail = _system_line(d, y, "提现失败：连单任务未完成", "Withdrawal failed: combo task not finished",
                        colour=(250, 228, 222), ink=(170, 50, 40))
    y = fail[3] + 10
    vb = _voice_bubble(d, y, track.seconds, glyph="安", colour=violet)
    _fits(name, vb[3])
    out.region(name, "three small payouts first", _grow(_union(c1, c2, c3)))
    out.region(name, "your 500-yuan advance", _grow(mine))
    out.region(name, "withdrawal refused", _grow(fail))
    out.region(name, "a stranger from the task group", tag)
    out.region(name, "the voice message", _grow((16, vb[1], vb[2] + 64, vb[3])))
    out.png(img, name)


# ---------------------------------------------------------------- 5. the community library job (real)

def make_library_helper(out: Output) -> None:
    """A long-saved community contact offers a paid weekend job with a sign-up link; ID shown in person."""
    name = "library_helper_chat.png"
    img, d, _tag = chat_window("社区 周主任", "Director Zhou (community)", "通讯录好友 · 五年", "Saved contact · 5 years",
                               (60, 160, 90))
    blue = (70, 120, 170)
    y = _stamp(d, 68, "上周三 15:10  Last Wednesday")
    old = _bubble(d, y, "李阿姨，明天社区体检，别忘了带医保卡。", "Auntie Li, the health check is tomorrow. Bring your health card.",
                  glyph="周", colour=blue)
    y = _stamp(d, old[3] + 4, "今天 10:30  Today")
    offer = _bubble(d, y, "社区图书馆周末缺两个助手，整理图书、登记借还。每天补贴80元，月底转到您自己的卡上。",
                    "The community library needs two weekend helpers: shelving and lending. 80 yuan a day, paid to your own card at month end.",
                    glyph="周", colour=blue, width=680)
    y = offer[3] + 6
    _avatar(d, 18, y, "周", blue)
    card = (68, y, 420, y + 62)
    d.rounded_rectangle(card, radius=8, fill=(255, 255, 255))
    d.rounded_rectangle((78, y + 9, 122, y + 53), radius=6, fill=(90, 170, 120))
    text(d, (100, y + 31), "表", 20, (255, 255, 255), bold=True, anchor="mm")
    text(d, (132, y + 8), "周末助手报名表", 16, (20, 20, 20), bold=True)
    text(d, (132, y + 30), "幸福社区服务中心", 12, (110, 110, 110))
    text(d, (132, y + 45), "Sign-up form · Xingfu community centre", 10, (130, 130, 130))
    y = card[3] + 6
    last = _bubble(d, y, "填名字和电话就行，周六带身份证来服务中心登记。不收任何费用。",
                   "Just your name and phone. Bring your ID card to the centre on Saturday. No fees at all.",
                   glyph="周", colour=blue, width=680)
    _fits(name, last[3])
    out.region(name, "a saved contact, with earlier chats", _grow((16, old[1], old[2], old[3])))
    out.region(name, "paid by the community, to your own card", _grow(offer))
    out.region(name, "sign-up link from the community centre", _grow(card))
    out.region(name, "ID card shown in person; no fees", _grow(last))
    out.png(img, name)


# ---------------------------------------------------------------- 6. the 'refund' meeting, screen shared (fake)

PHONE_W, PHONE_H = 360, 640


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


def _phone_base(dark=False):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (PHONE_W, PHONE_H), (24, 26, 30) if dark else (242, 242, 246))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, PHONE_W, 24), fill=(20, 20, 20))
    text(d, (12, 3), "15:08", 13, (240, 240, 240), bold=True)
    d.rounded_rectangle((PHONE_W - 40, 7, PHONE_W - 16, 18), radius=3, outline=(230, 230, 230), width=2)
    d.rectangle((PHONE_W - 37, 10, PHONE_W - 24, 15), fill=(230, 230, 230))
    return img, d


def _subtitle(d, zh, en):
    """What the 'refund agent' says, as the meeting app's live captions."""
    zl, el = wrap(zh, 15, PHONE_W - 40), wrap(en, 11, PHONE_W - 40)
    h = 14 + 20 * len(zl) + 15 * len(el)
    top = PHONE_H - 70 - h
    d.rounded_rectangle((10, top, PHONE_W - 10, top + h), radius=8, fill=(30, 30, 34))
    y = top + 7
    for s in zl:
        text(d, (20, y), s, 15, (255, 255, 255))
        y += 20
    for s in el:
        text(d, (20, y), s, 11, (200, 200, 200))
        y += 15


def _share_banner(d):
    box = (0, 24, PHONE_W, 60)
    d.rectangle(box, fill=(214, 48, 48))
    text(d, (12, 27), "你正在共享屏幕", 14, (255, 255, 255), bold=True)
    text(d, (12, 45), "You are sharing your screen", 10, (255, 225, 225))
    stop = (PHONE_W - 92, 30, PHONE_W - 10, 54)
    d.rounded_rectangle(stop, radius=10, fill=(255, 255, 255))
    text(d, ((stop[0] + stop[2]) // 2, 42), "停止共享", 12, (200, 40, 40), bold=True, anchor="mm")
    return box


def _meeting_frame(t):
    img, d = _phone_base(dark=True)
    d.rectangle((0, 24, PHONE_W, 64), fill=(36, 40, 48))
    text(d, (PHONE_W // 2, 36), "安心会议  会议号 886 203 571", 13, (230, 230, 230), anchor="mm")
    text(d, (PHONE_W // 2, 54), "'Anxin Meeting' · meeting 886 203 571", 10, (170, 170, 180), anchor="mm")
    tile = _agent_tile(PHONE_W - 20, 330, t)
    img.paste(tile, (10, 74))
    d.rounded_rectangle((16, 380, 170, 400), radius=6, fill=(0, 0, 0))
    text(d, (24, 390), "退款专员 陈  Refund agent Chen", 10, (255, 255, 255), anchor="lm")
    for i, (zh, en) in enumerate((("静音", "Mute"), ("视频", "Video"), ("共享屏幕", "Share"), ("结束", "Leave"))):
        x = 45 + i * 90
        colour = (214, 48, 48) if i == 3 else ((60, 130, 230) if i == 2 else (70, 74, 84))
        d.ellipse((x - 20, PHONE_H - 60, x + 20, PHONE_H - 20), fill=colour)
        text(d, (x, PHONE_H - 10), zh, 10, (220, 220, 220), anchor="mm")
    return img, d


def _bank_frame(t, *, smear=0.0, nod=0.0, press=False):
    """The bank app's transfer page, shared, with the agent in a small floating window."""
    img, d = _phone_base()
    banner = _share_banner(d)
    d.rectangle((0, 60, PHONE_W, 100), fill=(196, 36, 44))
    text(d, (PHONE_W // 2, 80), "手机银行 · 转账   Bank app · Transfer", 14, (255, 255, 255), bold=True, anchor="mm")
    rows = [("收款人", "Payee", "陈某"), ("账号", "Account", "6222 **** **** 7781"), ("金额", "Amount", "5,000.00"),
            ("用途", "Purpose", "退款入账 Refund")]
    y = 112
    for zh, en, value in rows:
        text(d, (16, y), zh, 14, (60, 60, 60))
        text(d, (16, y + 18), en, 10, (140, 140, 140))
        text(d, (PHONE_W - 16, y + 10), value, 15, (20, 20, 20), bold=(zh == "金额"), anchor="rm")
        d.line((16, y + 38, PHONE_W - 16, y + 38), fill=(220, 220, 220))
        y += 46
    button = (20, y + 14, PHONE_W - 20, y + 54)
    d.rounded_rectangle(button, radius=20, fill=(150, 20, 28) if press else (196, 36, 44))
    text(d, (PHONE_W // 2, button[1] + 20), "确认转账  Confirm", 16, (255, 255, 255), bold=True, anchor="mm")
    tile = _agent_tile(96, 128, t, nod=nod, smear=smear)
    tile_box = (PHONE_W - 110, 330, PHONE_W - 14, 458)
    img.paste(tile, tile_box[:2])
    d.rectangle(tile_box, outline=(255, 255, 255), width=2)
    return img, d, banner, button, tile_box


def _sms_drop(d, y_offset):
    box = (8, 30 + y_offset, PHONE_W - 8, 118 + y_offset)
    d.rounded_rectangle(box, radius=12, fill=(250, 250, 252), outline=(200, 200, 210))
    text(d, (20, box[1] + 8), "短信  Messages · 现在", 11, (120, 120, 120))
    text(d, (20, box[1] + 26), "【某银行】验证码 482913，您正在向陈某转账", 13, (20, 20, 20))
    text(d, (20, box[1] + 44), "5,000.00元，请勿泄露。", 13, (20, 20, 20))
    text(d, (20, box[1] + 64), "[Bank] Code 482913: you are sending 5,000 to Chen.", 10, (100, 100, 100))
    return box


def make_refund_share(out: Output) -> None:
    """Frames of the player's phone: the meeting, then the shared bank app, a code text, a smear, 'confirm'."""
    name = "refund_share.gif"
    frames, durations = [], []
    step = 0.25                      # four frames a second
    script = [  # (from, to, what the caption says)
        (0.0, 2.5, "meeting", "请点下面的“共享屏幕”，我帮您办退款。", "Tap 'share screen' below and I'll process your refund."),
        (2.5, 5.0, "bank", "打开手机银行，填好，这是退款入账流程。", "Open your bank app and fill it in. This is how the refund comes in."),
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
            img, d = _meeting_frame(t)
        else:
            smear = 1.0 if smear_from <= t < smear_to else 0.0
            nod = 1.0 if smear_from <= t < smear_to else 0.0
            img, d, banner, button, tile_box = _bank_frame(t, smear=smear, nod=nod, press=(kind == "press"))
            regions.update(banner=banner, button=button, tile=tile_box)
            if kind in ("code", "press"):
                drop = min(0.0, (t - 5.0) / 0.5 * 60 - 60) if kind == "code" else 0.0
                regions["sms"] = _sms_drop(d, int(drop) + 40)
        _subtitle(d, part[3], part[4])
        frames.append(img)
        durations.append(int(step * 1000))
        t = round(t + step, 4)
    out.gif(frames, durations, name, colours=96)
    out.note(f"{name}: {len(frames)} frames, {sum(durations) / 1000:.1f} s; meeting 0-2.5 s, bank app shared 2.5-10 s, "
             f"code text from 5.0 s, face smear in the small window {smear_from}-{smear_to} s, 'quick' from 8.0 s")
    out.region(name, "red bar: your screen is being shared", regions["banner"])
    out.region(name, "the code text, seen by the other side", regions["sms"])
    out.region(name, "'refund' means sending 5,000 to Chen", (10, 100, PHONE_W - 10, regions["button"][3] + 4))
    out.region(name, "the small window: face edge smears as he nods", regions["tile"])


JOBS = {   # job name -> function(out)
    "task_group": make_task_group,
    "supermarket_hr": make_supermarket_hr,
    "refund_sms": make_refund_sms,
    "mentor_voice": make_mentor_voice,
    "library_helper": make_library_helper,
    "refund_share": make_refund_share,
}
