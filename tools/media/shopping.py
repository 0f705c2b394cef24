"""Media of the 'shopping' pack (scenarios/shopping/media/): chats, an SMS, two voice messages, an animation.

Run through ``tools/make_media.py`` (``--only shopping`` or ``--only shopping:task_group``).
Fixed seeds, no timestamps: the same bytes every run. No real person's face or
voice; names, shops, numbers and links are invented and masked.

Chats and the text are drawn on the phone of ``tools/media/phone.py``: a chat on a Chinese phone
with its English beside it at the same height (``chat_translated``), the text on a Chinese and an
English phone beside the page its link opens.

- task_group_chat.png        fake: a 'side job' group pays 3 and 8.80 yuan, then asks for a 198-yuan advance
- supermarket_hr.wav + _chat real: a supermarket's HR voice message from a verified employer in a job app
- refund_sms.png             fake: a 'refund' text with a link, and the page it opens (card number and code)
- mentor_voice.wav + _chat   fake: a 'task mentor' voice message after three small payouts and one advance
- library_helper_chat.png    real: a saved community contact offers a paid weekend job, with a sign-up link
- refund_share.gif           fake: a screen recording of a 'refund' meeting while the screen is shared
- bank_agent_transfer.png    fake: a 38,000 transfer under the bank's fraud alert, a call still going on
- bank_rent_transfer.png     real: 3,000 to a daughter's saved card under the same kind of alert, no call
- renewal_share_prompt.png  fake: the screen-share prompt of a meeting app, during a 'renewal refund' call

Most fakes here are plain in look and sound: they are caught by what they ask for,
not by a flaw. Only the mentor's stiff voice and the smear in the refund meeting's
small video window are visible or audible oddities.
"""
from __future__ import annotations

import math
import random

from tools.media.draw import (
    face_features,
    fringe,
    hair_and_head,
    shade,
    torso,
    vgradient,
)
from tools.media.output import Output
from tools.media import phone
from tools.media.phone import AMBER, GREEN, PAIR_GAP, TOP, chat_translated
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

# ---------------------------------------------------------------- box helpers

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
    giver, member = ("派单员 小雨", "Xiaoyu, task giver"), ("李姐", "Sister Li")
    picture, bands = chat_translated(
        title=("兼职群(328)", "Side jobs (328)"), bar=False,
        faces={giver[0]: ("雨", (226, 110, 140)), member[0]: ("李", (70, 150, 150))},
        items=[("packet", giver, "3.00", ("已领取", "Opened")),
               ("packet", giver, "8.80", ("已领取", "Opened")),
               ("text", member, ("又提现1260元！", "Cashed out 1,260 again!")),
               ("text", giver, ("先垫付198元，10分钟返258元，今晚截止！",
                                "Pay 198 first, get 258 back in 10 minutes. Ends tonight!"))])
    out.png(picture, name)
    out.region(name, "two small payouts really received", _union(bands[0], bands[1]))
    out.region(name, "pay 198 first, 258 back, ends tonight", bands[3])
    out.region(name, "a member bragging about withdrawals", bands[2])


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
    picture, bands = chat_translated(
        title=("惠民超市人事", "Ms Li, HR, Huimin Supermarket"), bar=False, face=("李", (60, 150, 100)),
        tag=(("企业已认证", "Verified employer"), GREEN),
        items=[("card", "me", ("周末促销员", "Weekend promoter"), ("150元/天 已投递", "150 a day · applied")),
               ("time", ("今天 09:15", "Today 09:15")),
               ("voice", "them", round(seconds)),
               ("text", "them", ("门店电话0371-****6620，地图上能查到。", "Store phone 0371-****6620. It's on the map too."))])
    out.png(picture, name)
    out.region(name, "verified employer in the job app", (PAIR_GAP, TOP + 64, picture.width - PAIR_GAP, TOP + 108))
    out.region(name, "the job you applied for", bands[0])
    out.region(name, "the store's own phone number", bands[3])
    out.region(name, "the voice message", bands[2])


# ---------------------------------------------------------------- 3. the refund text and its page (fake)

def make_refund_sms(out: Output) -> None:
    """The text offering a double refund with its link, on a Chinese and an English phone, and the
    page the link opens (card number and code) on a third."""
    name = "refund_sms.png"
    body = ("【优品商城】您的水壶可获双倍退款，今日点击领取：", "[Youpin Mall] Double refund for your kettle. Claim today:")
    texts = [phone.sms(sender="170 ****3390", lang=lang, body=body, link="https://yp-tuikuan.cn/r8")
             for lang in ("zh", "en")]
    page, boxes = _refund_page()
    picture, (zx, ex, px) = phone.phones_side_by_side([texts[0][0], texts[1][0], page])
    links = [(x + box[0], box[1], x + box[2], box[3]) for x, (_, box) in zip((zx, ex), texts)]
    out.png(picture, name)
    sender = (zx + 40, phone.TOP, ex + phone.W - 40, phone.TOP + 64)
    out.region(name, "sender: a mobile number; the link: not the shopping app", _grow(_union(sender, *links), 2))
    out.region(name, "ID, bank card and the code from the text", _grow(_shift(boxes["fields"], px), 3))
    out.region(name, "the 'assistant' telling you to fill it in", _grow(_shift(boxes["agent"], px), 3))
    out.region(name, "address bar: an unknown site", _shift(boxes["bar"], px))


def _shift(box, dx):
    return (box[0] + dx, box[1], box[2] + dx, box[3])


def _refund_page():
    """The page the text's link opens, in the phone's browser: an unknown address, a 'refund
    centre' asking for ID, card number and the code, a claim button and a smiling 'agent'.
    Chinese labels with English in the fields. Returns (phone, its boxes)."""
    from tools.media.phone import BOTTOM, GREY, INK, STEP, TEXT, W, WHITE, blank, finish

    img, d = blank(WHITE)
    boxes = {}
    bar = (12, phone.TOP + 2, W - 12, phone.TOP + 50)
    d.rounded_rectangle(bar, radius=22, fill=(236, 236, 240))
    text(d, (30, (bar[1] + bar[3]) // 2), "yp-tuikuan.cn/r8", TEXT, (80, 80, 80), anchor="lm")
    boxes["bar"] = bar
    y = bar[3] + 8
    d.rectangle((0, y, W, y + 96), fill=(226, 60, 60))
    text(d, (W // 2, y + 4), "优品商城 退款中心", TEXT, WHITE, bold=True, anchor="ma")
    text(d, (W // 2, y + 4 + STEP), "Refund centre", TEXT, (255, 228, 228), anchor="ma")
    y += 106
    fields = []
    for zh, en in (("身份证", "ID number"), ("银行卡", "Card no."), ("验证码", "Code")):
        text(d, (14, y + 26), zh, TEXT, INK, anchor="lm")
        field = (128, y, W - 14, y + 52)
        d.rounded_rectangle(field, radius=6, outline=(196, 196, 202), width=2)
        text(d, (140, y + 26), en, TEXT, (160, 160, 166), anchor="lm")
        fields.append(field)
        y += 58
    boxes["fields"] = (8, fields[0][1], W - 10, fields[-1][3])
    button = (14, y + 4, W - 14, y + 100)
    d.rounded_rectangle(button, radius=24, fill=(226, 60, 60))
    text(d, (W // 2, button[1] + 6), "立即领取 ¥258.00", TEXT, WHITE, bold=True, anchor="ma")
    text(d, (W // 2, button[1] + 6 + STEP), "Claim now", TEXT, (255, 228, 228), anchor="ma")
    y = button[3] + 8
    agent = (10, y, W - 10, y + 8 + 2 * STEP + 4)
    d.rounded_rectangle(agent, radius=10, fill=(240, 245, 255), outline=(190, 205, 235), width=2)
    d.ellipse((18, y + 24, 62, y + 68), fill=(120, 150, 220))
    text(d, (40, y + 46), "雅", TEXT, WHITE, bold=True, anchor="mm")
    text(d, (72, y + 6), "客服：放心填写", TEXT, (40, 60, 110))
    text(d, (72, y + 6 + STEP), "Agent: fill it in!", TEXT, GREY)
    boxes["agent"] = agent
    if agent[3] > BOTTOM:
        raise SystemExit(f"refund_sms.png: the page does not fit ({agent[3]})")
    return finish(img, dark=False), boxes


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
    picture, bands = chat_translated(
        title=("任务导师 安安", "Anan, 'task mentor'"), bar=False, face=("安", (150, 110, 200)),
        tag=(("陌生人 · 来自任务群", "Stranger from the task group"), AMBER),
        items=[("packet", "them", "5 ¥6 ¥10", None),
               ("transfer", "me", "500.00", ("任务垫付", "Advance for the task")),
               ("system", ("提现失败：连单未完成", "Withdrawal failed: combo task unfinished")),
               ("voice", "them", round(track.seconds))])
    out.png(picture, name)
    out.region(name, "three small payouts, then your 500 advance", _union(bands[0], bands[1]))
    out.region(name, "withdrawal refused", bands[2])
    out.region(name, "a stranger from the task group", (PAIR_GAP, TOP + 64, picture.width - PAIR_GAP, TOP + 108))
    out.region(name, "the voice message", bands[3])


# ---------------------------------------------------------------- 5. the community library job (real)

def make_library_helper(out: Output) -> None:
    """A long-saved community contact offers a paid weekend job with a sign-up link; ID shown in person."""
    name = "library_helper_chat.png"
    picture, bands = chat_translated(
        title=("社区 周主任", "Director Zhou (community)"), bar=False, face=("周", (70, 120, 170)),
        items=[("text", "them", ("上周：明天体检别忘了。", "Last week: check-up tomorrow!")),
               ("text", "them", ("图书馆周末缺助手，一天80元，转到您卡上。",
                                 "The library needs weekend helpers: 80 yuan a day, paid to your card.")),
               ("card", "them", ("报名表", "Sign-up form"), ("社区服务中心", "Community centre")),
               ("text", "them", ("周六带身份证来，不收费。", "Bring your ID card on Saturday. No fees."))])
    out.png(picture, name)
    out.region(name, "a saved contact, with earlier chats", (PAIR_GAP, TOP, picture.width - PAIR_GAP, bands[0][3]))
    out.region(name, "paid by the community, to your own card", bands[1])
    out.region(name, "sign-up form from the community centre; ID card shown in person", _union(bands[2], bands[3]))


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



# ---------------------------------------------------------------- 7. the bank's fraud alert, twice

def _call_pill(img, seconds: int):
    """The green 'in a call' pill a phone shows over its clock while a call goes on; returns its box."""
    from PIL import ImageDraw

    from tools.media.phone import GREEN, TEXT, WHITE, handset_sign

    d = ImageDraw.Draw(img)
    words = f"{seconds // 60:02d}:{seconds % 60:02d}"
    box = (14, 8, 14 + 50 + font(TEXT, True).getlength(words) + 14, 52)
    d.rounded_rectangle(box, radius=22, fill=GREEN)
    handset_sign(img, 36, 30, 9, hang_up=False)
    text(d, (62, 30), words, TEXT, WHITE, bold=True, anchor="lm")
    return box


def _transfer_pair(payee, account, amount, warning, call=None):
    """A bank transfer under the bank's anti-fraud pop-up, on a Chinese and an English phone;
    ``call`` (seconds) adds the 'in a call' pill. Returns (picture, the pop-up's band, the pill's)."""
    phones, pops, pills = [], [], []
    for lang in ("zh", "en"):
        img, pop = phone.bank_transfer(payee=payee, account=account, amount=amount, warning=warning, lang=lang)
        pills.append(_call_pill(img, call) if call is not None else None)
        phones.append(img)
        pops.append(pop)
    picture, xs = phone.phones_side_by_side(phones)
    band = (xs[0] + pops[0][0], min(p[1] for p in pops), xs[1] + pops[1][2], max(p[3] for p in pops))
    pill = (xs[0] + pills[0][0], pills[0][1], xs[1] + pills[1][2], pills[1][3]) if call is not None else None
    return picture, band, pill


def make_bank_agent(out: Output) -> None:
    """Fake: a 'customer service' caller has the player transfer 38,000 'to verify the refund';
    the bank's fraud alert pops up while the call is still going."""
    name = "bank_agent_transfer.png"
    picture, pop, pill = _transfer_pair(
        "陈**", "6230 **** **** 5518", "38,000.00",
        ("可能是诈骗！客服、警察不会让你转账。", "Possible scam! Staff never ask you to pay."),
        call=12 * 60 + 40)
    out.png(picture, name)
    out.region(name, "the bank's fraud alert", pop)
    out.region(name, "still in the call with the 'agent'", pill)
    out.region(name, "payee: a stranger's account, 38,000", (PAIR_GAP + 12, TOP + 74, picture.width - PAIR_GAP - 12, TOP + 224))


def make_bank_rent(out: Output) -> None:
    """Real: the player pays a daughter's rent share to her saved account; the same kind of
    fraud alert pops up, with no call going on."""
    name = "bank_rent_transfer.png"
    picture, pop, _ = _transfer_pair(
        "王小丽", "6217 **** **** 2046", "3,000.00",
        ("大额转账：请确认对方是你认识的人。", "Large transfer: do you know the payee?"))
    out.png(picture, name)
    out.region(name, "the bank's fraud alert", pop)
    out.region(name, "payee: your daughter's own account", (PAIR_GAP + 12, TOP + 74, picture.width - PAIR_GAP - 12, TOP + 224))
    out.region(name, "no call going on: the usual clock", (PAIR_GAP + 14, 8, picture.width - PAIR_GAP - 14, 52))


def make_renewal_share(out: Output) -> None:
    """Fake: during a call about refunding a 'membership renewal', the caller's meeting app asks
    to share the whole screen; the call is still going on."""
    name = "renewal_share_prompt.png"
    phones, prompts, pills = [], [], []
    for lang in ("zh", "en"):
        img, prompt = phone.screen_share(app=("会会 · 退费", "MeetMe"), lang=lang)
        pills.append(_call_pill(img, 6 * 60 + 15))
        phones.append(img)
        prompts.append(prompt)
    picture, xs = phone.phones_side_by_side(phones)
    out.png(picture, name)
    out.region(name, "share everything on the screen, codes included",
               (xs[0] + prompts[0][0], min(p[1] for p in prompts) - 64, xs[1] + prompts[1][2], max(p[3] for p in prompts)))
    out.region(name, "a meeting app the caller had you install", (xs[0] + 8, TOP + 14, xs[1] + phone.W - 8, TOP + 70))
    out.region(name, "still in the call with the 'customer service'", (xs[0] + pills[0][0], pills[0][1], xs[1] + pills[1][2], pills[1][3]))

JOBS = {   # job name -> function(out)
    "task_group": make_task_group,
    "supermarket_hr": make_supermarket_hr,
    "refund_sms": make_refund_sms,
    "mentor_voice": make_mentor_voice,
    "library_helper": make_library_helper,
    "refund_share": make_refund_share,
    "bank_agent": make_bank_agent,
    "bank_rent": make_bank_rent,
    "renewal_share": make_renewal_share,
}
