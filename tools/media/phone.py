"""Phone screens people know: a generic, unbranded phone and the seven screens scams happen on.

Each screen function takes its texts as ``(zh, en)`` pairs and a ``lang``: ``"zh"`` or ``"en"``
draws one language, ``"both"`` the Chinese line with the English one under it (as the built-in
packs' pictures are bilingual). Where a person appears (video call, chat avatar, short-video
feed) it takes a face picture (a PIL Image), so any portrait can be passed in. Every screen is
``W`` x ``H`` and returns a PIL Image; nothing is random, so the same call gives the same bytes.

The phone is in its large-text mode (长辈模式), as many older people set theirs up: the smallest
text is ``TEXT`` px, which shows as 18 px when the game fits the screen into its clip box
(an audio clip's picture is shown 338 px tall at 1280x720). App names are invented ("聊聊 / Chats"); no real logo, app
name or brand colour is copied.
"""
from __future__ import annotations

import math

from tools.media.draw import face_features, fringe, hair_and_head, shade, torso, vgradient
from tools.media.text import font, text, wrap

W, H = 360, 640          # the phone as the clip shows it, body and all
BEZEL = 6                # the body's rim around the screen
TOP = 54                 # below the status bar
BOTTOM = H - 26          # above the home indicator
TEXT = 35                # smallest text: 35 px x 0.528 (an audio clip picture's scale) shows as 18 px
STEP = 44                # a line of TEXT-sized text
BIG = 40                 # names and headings
CLOCK = "10:08"
LANGS = ("zh", "en", "both")

WHITE, INK, GREY, DARK = (255, 255, 255), (25, 25, 28), (105, 108, 116), (30, 30, 30)
GREEN, RED, AMBER, BLUE = (52, 186, 96), (224, 58, 52), (236, 160, 40), (30, 110, 220)
ME_BUBBLE, CHAT_BG = (160, 228, 120), (236, 236, 238)


# ---------------------------------------------------------------- texts and the frame

def say(pair, lang: str) -> list[tuple[str, bool]]:
    """The lines a ``(zh, en)`` pair shows in ``lang``: (text, is it the second language)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    zh, en = pair
    if lang == "zh":
        return [(zh, False)]
    if lang == "en":
        return [(en, False)]
    return [(zh, False), (en, True)] if en != zh else [(zh, False)]


def one(pair, lang: str) -> str:
    """One line for ``pair``: ``zh``, ``en``, or both side by side (short labels only)."""
    return " ".join(s for s, _ in say(pair, lang))


def short(pair, lang: str) -> str:
    """A button's or a title's one short label: in ``"both"`` the Chinese one (no room for two)."""
    return one(pair, "zh" if lang == "both" else lang)


def lines_of(pair, lang, size, width, bold=False) -> list[tuple[str, bool]]:
    """Wrapped lines of a pair in ``lang``, each with whether it is the second language."""
    return [(line, second) for s, second in say(pair, lang) for line in wrap(s, size, width, bold)]


def block(d, x, y, pair, lang, *, size=TEXT, width=W - 40, fill=INK, second=GREY, bold=False,
          anchor="la", step=STEP) -> int:
    """Draw a pair wrapped to ``width`` from (x, y) (``anchor`` "ma" centres on x); the y below."""
    for s, is_second in say(pair, lang):
        line_size = min(size, TEXT) if is_second else size
        for line in wrap(s, line_size, width, bold and not is_second):
            text(d, (x, y), line, line_size, second if is_second else fill, bold=bold and not is_second,
                 anchor=anchor)
            y += step if line_size <= TEXT else round(line_size * 1.25)
    return y


def blank(top, bottom=None):
    """A new phone-sized picture, its screen filled with a gradient from ``top`` to ``bottom``."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (W, H), top)
    if bottom:
        vgradient(img, (0, 0, W, H), top, bottom)
    return img, ImageDraw.Draw(img)


def finish(img, *, dark: bool):
    """Put the phone round the screen: status bar (clock, signal, battery), camera hole, home
    indicator, rounded body. ``dark`` says the screen behind the bar is dark (white marks)."""
    from PIL import Image, ImageDraw

    d = ImageDraw.Draw(img)
    ink = WHITE if dark else INK
    text(d, (24, 30), CLOCK, TEXT, ink, bold=True, anchor="lm")
    for i in range(4):                                       # signal bars
        x = W - 122 + i * 9
        d.rectangle((x, 40 - 5 * i - 6, x + 5, 40), fill=ink)
    x0 = W - 72                                              # battery
    d.rounded_rectangle((x0, 20, x0 + 40, 40), radius=5, outline=ink, width=2)
    d.rounded_rectangle((x0 + 4, 24, x0 + 28, 36), radius=2, fill=ink)
    d.rectangle((x0 + 41, 26, x0 + 44, 34), fill=ink)
    d.ellipse((W // 2 - 9, 21, W // 2 + 9, 39), fill=(12, 12, 14))         # camera hole
    d.ellipse((W // 2 - 4, 26, W // 2 + 1, 31), fill=(50, 56, 70))
    d.rounded_rectangle((W // 2 - 60, H - 17, W // 2 + 60, H - 12), radius=3, fill=ink)   # home indicator
    body = Image.new("RGB", (W, H), (58, 62, 70))
    bd = ImageDraw.Draw(body)
    bd.rounded_rectangle((0, 0, W - 1, H - 1), radius=46, fill=(22, 22, 26))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rounded_rectangle((BEZEL, BEZEL, W - 1 - BEZEL, H - 1 - BEZEL), radius=40, fill=255)
    body.paste(img, (0, 0), mask)
    return body


def cover(picture, size):
    """``picture`` scaled and cropped to fill ``size`` (centred), as a video fills the screen."""
    from PIL import Image, ImageOps

    return ImageOps.fit(picture.convert("RGB"), size, Image.Resampling.LANCZOS)


def round_face(img, picture, box):
    """Paste ``picture`` into the circle ``box`` (x0, y0, x1, y1)."""
    from PIL import Image, ImageDraw

    x0, y0, x1, y1 = (int(v) for v in box)
    size = (x1 - x0, y1 - y0)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size[0] - 1, size[1] - 1), fill=255)
    img.paste(cover(picture, size), (x0, y0), mask)


def cast_face(member_id: str, size=(360, 640), *, swapped: bool = False, expression: str | None = None):
    """The cast member's portrait (assets/cast/cast.yaml, drawn by tools/media/cast.py) filling
    ``size`` on their backdrop, head and shoulders as a phone's camera shows them; ``swapped``:
    the well-made face swap, whose tells are faint."""
    from PIL import Image

    from game.core.cast import load_cast
    from tools.media.cast import CAST, render

    members, problems = load_cast(CAST / "cast.yaml", None)
    if problems or member_id not in members:
        raise SystemExit(f"no cast member {member_id!r}: {problems}")
    member = members[member_id]
    w, h = size
    side = max(w, h)   # close up, as a phone held at arm's length: the face just above the middle
    img = Image.new("RGB", size, member.drawing.backdrop)
    portrait = render(member, expression, swapped, size=side)
    img.paste(portrait, ((w - side) // 2, h - side), portrait)
    return img


def sample_face(size=(360, 640), *, skin=(236, 196, 166), hair=(40, 32, 28), style="short",
                shirt=(70, 110, 160), wall=((196, 206, 214), (150, 160, 172)), glasses=False,
                wrinkles=False, mouth=0.0):
    """A drawn person (head and shoulders), for screens until a cast portrait is passed in."""
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size)
    vgradient(img, (0, 0, w, h), *wall)
    d = ImageDraw.Draw(img)
    s = w * 0.22
    cx, cy = w / 2, h * 0.42
    torso(d, cx, cy, s, shirt, neck=shade(skin, 0.92))
    hair_and_head(d, cx, cy, s, skin, hair, style)
    fringe(d, cx, cy, s, hair, style)
    face_features(d, cx, cy, s, skin=skin, glasses=glasses, wrinkles=wrinkles, mouth=mouth)
    return img


def handset_sign(img, cx, cy, r, *, hang_up: bool):
    """A telephone handset (earpiece, grip, mouthpiece) in white, ``r`` about its half-length:
    tilted to answer, lying flat to hang up."""
    from PIL import Image, ImageDraw

    size = int(4 * r)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c, k = size / 2, r * 1.1
    d.arc((c - k, c - k, c + k, c + k), 125, 235, fill=255, width=max(4, int(r * 0.42)))
    for angle in (125, 235):                     # the ear and mouth pieces at the two ends
        x = c + k * math.cos(math.radians(angle)) * 0.98
        y = c + k * math.sin(math.radians(angle)) * 0.98
        d.ellipse((x - r * 0.42, y - r * 0.34, x + r * 0.42 + r * 0.2, y + r * 0.34), fill=255)
    layer = layer.rotate(-90 if hang_up else 45, resample=Image.Resampling.BICUBIC, center=(c, c))
    offset = (int(cx - c + (r * 0.35 if not hang_up else 0)), int(cy - c + (0 if not hang_up else -r * 0.3)))
    img.paste((255, 255, 255), (offset[0], offset[1], offset[0] + size, offset[1] + size), layer)


def round_button(img, cx, cy, r, fill, sign=None):
    """A round call button on ``img``; ``sign`` "answer", "hang_up", "mute", "flip" or None."""
    from PIL import ImageDraw

    d = ImageDraw.Draw(img)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    if sign in ("answer", "hang_up"):
        handset_sign(img, cx, cy, r * 0.5, hang_up=sign == "hang_up")
    elif sign == "mute":
        d.rounded_rectangle((cx - 6, cy - 16, cx + 6, cy + 4), radius=6, fill=WHITE)
        d.arc((cx - 11, cy - 8, cx + 11, cy + 11), 0, 180, fill=WHITE, width=2)
        d.line((cx, cy + 11, cx, cy + 16), fill=WHITE, width=2)
    elif sign == "flip":
        d.rounded_rectangle((cx - 15, cy - 9, cx + 15, cy + 12), radius=4, outline=WHITE, width=3)
        d.rectangle((cx - 6, cy - 13, cx + 6, cy - 9), fill=WHITE)
        d.arc((cx - 6, cy - 4, cx + 6, cy + 8), 30, 330, fill=WHITE, width=2)


def warning_sign(d, cx, cy, r, fill=WHITE, mark=RED):
    """A warning triangle with an exclamation mark (drawn: the font has no ⚠)."""
    d.polygon([(cx, cy - r), (cx + r * 1.1, cy + r * 0.8), (cx - r * 1.1, cy + r * 0.8)], fill=fill)
    d.rounded_rectangle((cx - 2, cy - r * 0.45, cx + 2, cy + r * 0.3), radius=2, fill=mark)
    d.ellipse((cx - 2.5, cy + r * 0.42, cx + 2.5, cy + r * 0.62), fill=mark)


# ---------------------------------------------------------------- 1. incoming call

LABELS = {   # carrier labels a phone shows under an incoming number
    "contact": (("通讯录联系人", "Saved contact"), GREEN),
    "unknown": (("陌生号码", "Unknown number"), AMBER),
    "fraud": (("疑似诈骗", "Possible fraud"), RED),
}


def incoming_call(*, caller, number, label: str, lang: str, note=None, place=None, face=None,
                  letter="?", timer=None, words=None, colour=None):
    """An incoming call: caller id, number (None when the caller is the number), place, the
    carrier's label banner (``label`` "contact",
    "unknown" or "fraud"; ``note`` a second line such as how many people reported it), big
    decline / accept buttons. With ``timer`` ("00:17") it is the same call once answered:
    "in call" and the time, mute / speaker / keypad and the red hang-up button. ``words`` and
    ``colour`` replace the label's own (a phone's other tags, such as an anti-fraud line's).
    Returns (image, the label banner's box)."""
    img, d = blank((38, 52, 72), (14, 20, 30))
    y = TOP
    top = ("通话中 " + timer, "In call " + timer) if timer else ("来电", "Incoming call")
    text(d, (W // 2, y), short(top, lang), TEXT, (190, 210, 230), anchor="ma")
    y += 46
    if face is not None:
        round_face(img, face, (W // 2 - 44, y, W // 2 + 44, y + 88))
    else:
        d.ellipse((W // 2 - 44, y, W // 2 + 44, y + 88), fill=(110, 118, 130))
        text(d, (W // 2, y + 44), letter, 46, WHITE, bold=True, anchor="mm")
    y += 96
    y = block(d, W // 2, y, caller, lang, size=BIG, width=W - 28, fill=WHITE, second=(200, 210, 222),
              bold=True, anchor="ma", step=44)
    if number:
        text(d, (W // 2, y), number, TEXT, (220, 226, 232), anchor="ma")
        y += 48
    if place:
        y = block(d, W // 2, y, place, lang, width=W - 28, fill=(176, 186, 198), second=(176, 186, 198),
                  anchor="ma")
    y += 6
    words, colour = words or LABELS[label][0], colour or LABELS[label][1]
    heads = lines_of(words, lang, TEXT, W - 32, bold=True)
    rows = heads + (lines_of(note, lang, TEXT, W - 32) if note else [])
    box = (BEZEL, y, W - BEZEL, y + 16 + 44 * len(rows))
    d.rounded_rectangle(box, radius=14, fill=shade(colour, 0.42), outline=colour, width=3)
    ty = y + 8
    for i, (line, second) in enumerate(rows):
        headline = i < len(heads)
        left = W // 2 - font(TEXT, True).getlength(line) / 2
        if headline and i == 0 and left > 44:     # a sign before the label, if it fits
            if label == "fraud":
                warning_sign(d, left - 24, ty + 22, 14)
            elif label == "contact":
                d.line([(left - 34, ty + 22), (left - 26, ty + 30), (left - 12, ty + 12)], fill=WHITE, width=4)
        text(d, (W // 2, ty), line, TEXT, WHITE if not second else (232, 232, 232),
             bold=headline and not second, anchor="ma")
        ty += 44
    if timer:
        _in_call_buttons(img, d, box[3])
    else:
        for cx, fill, sign, words in ((84, RED, "hang_up", ("拒绝", "Decline")),
                                      (W - 84, GREEN, "answer", ("接听", "Answer"))):
            round_button(img, cx, BOTTOM - 92, 40, fill, sign)
            text(d, (cx, BOTTOM - 46), short(words, lang), TEXT, WHITE, anchor="ma")
    if box[3] > (BOTTOM - 74 if timer else BOTTOM - 140):
        raise ValueError(f"incoming_call: the label ends at {box[3]}, over the buttons")
    return finish(img, dark=True), box


def _in_call_buttons(img, d, below):
    """Mute, speaker and keypad (signs, no words) if there is room, and the red hang-up button."""
    if below < BOTTOM - 150:
        by = (below + BOTTOM - 72) // 2
        for i in range(3):
            x = W // 2 + (i - 1) * 110
            d.ellipse((x - 28, by - 28, x + 28, by + 28), fill=(60, 72, 90))
            if i == 0:
                round_button(img, x, by, 28, (60, 72, 90), "mute")
            elif i == 1:
                d.polygon([(x - 12, by - 5), (x - 5, by - 5), (x + 4, by - 13), (x + 4, by + 13), (x - 5, by + 5),
                           (x - 12, by + 5)], fill=WHITE)
                d.arc((x - 4, by - 10, x + 14, by + 10), -50, 50, fill=WHITE, width=2)
            else:
                for row in range(3):
                    for col in range(3):
                        cx, cy = x + (col - 1) * 10, by + (row - 1) * 10
                        d.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=WHITE)
    round_button(img, W // 2, BOTTOM - 38, 34, RED, "hang_up")


def call_clip(out, name, *, caller_zh, caller_en, number, avatar, avatar_bg, note_zh, note_en,
              note_colour, timer, label=None):
    """Write a bilingual in-call screen ``name`` for a pack (the phone in the middle of the call:
    the packs' audio clips show it while the voice plays), and note where its label is. ``label`` picks the carrier label's colour and
    sign; by default it follows ``note_colour``'s meaning (green saved, amber unknown)."""
    del avatar_bg   # the letter sits on the phone's own grey circle
    if label is None:
        label = "contact" if note_colour[1] > note_colour[0] else "unknown"
    img, box = incoming_call(caller=(caller_zh, caller_en), number=number, label=label, lang="both",
                             letter=avatar, timer=timer, words=(note_zh, note_en), colour=note_colour)
    out.png(img, name)
    out.region(name, "the label under the number", box)


# ---------------------------------------------------------------- 2. video call

def video_call(*, name, seconds: int, face, selfview, lang: str, poor=False):
    """A video call: the caller's face fills the screen, the player's own small picture top
    right, name and call time at the top, mute / hang up / flip camera at the bottom. ``poor``
    shows the app's 'poor network' notice. Returns (image, the self-view's box)."""
    from PIL import Image, ImageDraw

    img, d = blank((30, 30, 34))
    img.paste(cover(face, (W, H)), (0, 0))
    shadow = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    sd = ImageDraw.Draw(shadow)
    for i in range(250):                                   # darker at the top and the bottom
        sd.line((0, i, W, i), fill=(0, 0, 0, int(210 * (1 - i / 250))))
    for i in range(150):
        sd.line((0, H - 1 - i, W, H - 1 - i), fill=(0, 0, 0, int(190 * (1 - i / 150))))
    img.paste(shadow, (0, 0), shadow)
    d = ImageDraw.Draw(img)
    y = block(d, 20, TOP, name, lang, size=BIG if lang != "both" else TEXT, width=W - 150, fill=WHITE,
              second=(225, 225, 225), bold=True)
    text(d, (20, y), f"{seconds // 60:02d}:{seconds % 60:02d}", TEXT, WHITE, stroke=2, stroke_fill=(40, 40, 40))
    pip = (W - 112, TOP + 6, W - 16, TOP + 134)
    img.paste(cover(selfview, (pip[2] - pip[0], pip[3] - pip[1])), pip[:2])
    d.rounded_rectangle(pip, radius=8, outline=WHITE, width=3)
    if poor:
        words = short(("网络不佳", "Poor network"), lang)
        bw = font(TEXT, True).getlength(words) + 28
        badge = (W // 2 - bw / 2, H - 250, W // 2 + bw / 2, H - 250 + 50)
        d.rounded_rectangle(badge, radius=24, fill=(230, 120, 30))
        text(d, (W // 2, badge[1] + 25), words, TEXT, WHITE, bold=True, anchor="mm")
    for cx, fill, sign, words in ((70, (80, 84, 92), "mute", ("静音", "Mute")),
                                  (W // 2, RED, "hang_up", ("挂断", "End")),
                                  (W - 70, (80, 84, 92), "flip", ("翻转", "Flip"))):
        round_button(img, cx, BOTTOM - 96, 32, fill, sign)
        text(d, (cx, BOTTOM - 54), short(words, lang), TEXT, WHITE, anchor="ma")
    return finish(img, dark=True), pip


# ---------------------------------------------------------------- 3. chat

def chat(*, title, items, lang: str, face=None, tag=None, tops=None, bar=True, faces=None, fit=True):
    """A chat in the invented app "聊聊 / Chats": the title bar (``tag`` an optional (pair, colour)
    under the name, such as 'not a friend'), then ``items``, each a tuple:
    ("time", pair); ("text", who, pair); ("voice", who, seconds); ("transfer", who, amount, pair);
    ("packet", who, amount, pair) a red packet already opened; ("card", who, title, note) a
    shared link or form; ("system", pair) a notice in the middle, in red;
    with ``who`` "them", "me" or, in a group, a sender's name as a pair (drawn over the message;
    ``faces`` maps the name's ``zh`` to that sender's avatar). ``face`` is their avatar: a
    picture, a (letter, colour) pair or None (a grey square).
    ``tops`` gives each item's top (to line two phones up, see ``chat_pair``); ``bar=False``
    leaves out the input bar (more room for messages); ``fit=False`` lets messages run off the
    bottom (only to measure them). Returns (image, box of each item)."""
    img, d = blank(CHAT_BG)
    d.rectangle((0, 0, W, TOP + 64 + (44 if tag else 0)), fill=(247, 247, 248))
    d.line((34, TOP + 16, 22, TOP + 30, 34, TOP + 44), fill=INK, width=4, joint="curve")
    title_line = wrap(short(title, lang), BIG, W - 110, bold=True)[0]
    text(d, (W // 2, TOP + 30), title_line, BIG, INK, bold=True, anchor="mm")
    for i in range(3):
        d.ellipse((W - 40 + i * 9, TOP + 27, W - 34 + i * 9, TOP + 33), fill=INK)
    y = TOP + 64
    if tag:
        words, colour = tag
        if font(TEXT).getlength(short(words, lang)) > W - 2 * BEZEL - 8:
            raise ValueError(f"chat: the tag {short(words, lang)!r} is wider than the screen")
        text(d, (W // 2, y + 2), short(words, lang), TEXT, colour, anchor="ma")
        y += 44
    d.line((0, y, W, y), fill=(214, 214, 218), width=2)
    y += 12
    boxes = []
    for index, item in enumerate(items):
        if tops is not None:
            y = tops[index]
        kind = item[0]
        if kind == "time":
            end = block(d, W // 2, y, item[1], lang, fill=GREY, anchor="ma")
            boxes.append((12, y, W - 12, end))
            y = end + 4
            continue
        if kind == "system":
            box = _system_note(d, y, item[1], lang)
            boxes.append(box)
            y = box[3] + 12
            continue
        who = item[1]
        mine = who == "me"
        top = y
        if not mine:
            avatar = face
            if who != "them":
                avatar = (faces or {}).get(who[0], face)
                if index == 0 or items[index - 1][1] != who:     # a sender's name once per run
                    text(d, (LEFT, y), short(who, lang), TEXT, GREY)
                    y += STEP
            _chat_avatar(img, d, y, avatar)
        if kind == "text":
            box = _text_bubble(d, y, item[2], lang, mine)
        elif kind == "voice":
            box = _voice_bubble(d, y, item[2], mine)
        elif kind == "packet":
            box = _packet_card(d, y, item[2], item[3], lang, mine)
        elif kind == "card":
            box = _link_card(d, y, item[2], item[3], lang, mine)
        else:
            box = _transfer_card(d, y, item[2], item[3], lang, mine)
        boxes.append((box[0], top, box[2], box[3]) if top != y else box)
        y = box[3] + 12
    if fit and y > (BOTTOM - 58 if bar else BOTTOM):
        raise ValueError(f"chat: the messages end at {y}, under the input bar")
    if bar:
        _input_bar(d)
    return finish(img, dark=False), boxes


def chat_pair(*, items, gap=4, fit=True, **kw):
    """The same chat twice, side by side: in Chinese on the left phone, in English on the right,
    each message at the same height on both (so one band marks it on both phones). ``kw`` as for
    ``chat`` (``lang`` and ``tops`` are set here). Returns (picture, the band of each item:
    from its left edge on the Chinese phone to its right edge on the English one)."""
    _, zh = chat(items=items, lang="zh", fit=False, **kw)
    _, en = chat(items=items, lang="en", fit=False, **kw)
    tops, y = [], zh[0][1]
    for item, a, b in zip(items, zh, en):
        tops.append(y)
        y += max(a[3] - a[1], b[3] - b[1]) + (4 if item[0] == "time" else 12)
    left, zh = chat(items=items, lang="zh", tops=tops, fit=False, **kw)
    right, en = chat(items=items, lang="en", tops=tops, fit=False, **kw)
    if y - 12 > (BOTTOM - 58 if kw.get("bar", True) else BOTTOM) and fit:
        raise ValueError(f"chat_pair: the messages end at {y - 12}, off the screen")
    picture, (lx, rx) = phones_side_by_side([left, right])
    bands = [(lx + a[0] - gap, min(a[1], b[1]) - gap, rx + b[2] + gap, max(a[3], b[3]) + gap)
             for a, b in zip(zh, en)]
    return picture, bands


def chat_translated(*, items, title, tag=None, width=720, gap=4, fit=True, **kw):
    """The chat on a Chinese phone, and beside it, ``width`` px wide, each message in English at
    the same height (a translation panel: a wide column fits three times the English words of a
    second phone, for chats too long for one). ``kw`` as for ``chat``. Returns (picture, the
    band of each item: from its left edge on the phone to its right edge in the panel)."""
    from PIL import Image, ImageDraw

    _, zh = chat(items=items, title=title, tag=tag, lang="zh", fit=False, **kw)
    inner = width - 2 * 16
    said = [item if i == 0 or len(item) < 3 or item[1] != items[i - 1][1] or item[1] in ("me", "them")
            else (item[0], "them", *item[2:]) for i, item in enumerate(items)]   # a name once per run
    tops, y = [], zh[0][1]
    for item, box in zip(said, zh):
        tops.append(y)
        y += max(box[3] - box[1], _english_height(item, inner)) + (4 if item[0] == "time" else 12)
    if fit and y - 12 > (BOTTOM - 58 if kw.get("bar", True) else BOTTOM):
        raise ValueError(f"chat_translated: the messages end at {y - 12}, off the screen")
    phone, zh = chat(items=items, title=title, tag=tag, lang="zh", tops=tops, fit=False, **kw)
    panel = Image.new("RGB", (width, H), (250, 250, 251))
    d = ImageDraw.Draw(panel)
    text(d, (16, TOP + 30), one(title, "en"), BIG, INK, bold=True, anchor="lm")
    if tag:
        text(d, (16, TOP + 66), one(tag[0], "en"), TEXT, tag[1])
    english = []
    for item, top in zip(said, tops):
        english.append(_english_item(d, item, top, inner))
    picture = Image.new("RGB", (PAIR_GAP * 3 + W + width, H), PAIR_BG)
    from PIL import ImageDraw as Draw

    mask = Image.new("L", (W, H), 0)
    Draw.Draw(mask).rounded_rectangle((0, 0, W - 1, H - 1), radius=46, fill=255)
    picture.paste(phone, (PAIR_GAP, 0), mask)
    px = 2 * PAIR_GAP + W
    pmask = Image.new("L", (width, H), 0)
    Draw.Draw(pmask).rounded_rectangle((0, 0, width - 1, H - 1), radius=24, fill=255)
    picture.paste(panel, (px, 0), pmask)
    bands = [(PAIR_GAP + a[0] - gap, min(a[1], b[1]) - gap, px + b[2] + gap, max(a[3], b[3]) + gap)
             for a, b in zip(zh, english)]
    return picture, bands


def _english_rows(item, width):
    """What the panel says for ``item``: [(line, colour, bold)]."""
    kind = item[0]
    def rows(pair, colour=INK, bold=False, lead=""):
        return [(line, colour, bold) for line in wrap(lead + pair[1], TEXT, width - 24, bold)]
    if kind in ("time", "system"):
        return rows(item[1], GREY if kind == "time" else (176, 40, 30))
    who = item[1]
    lead = "" if who in ("them", "me") else who[1] + ": "
    if kind == "text":
        return rows(item[2], lead=lead)
    if kind == "voice":
        return rows(("", f"Voice message, {item[2]} seconds"), GREY, lead=lead)
    if kind == "packet":
        return rows(("", ("Red packets ¥" if "¥" in item[2] else "Red packet ¥") + item[2] + (f", {item[3][1].lower()}" if item[3] else "")), (200, 70, 50), lead=lead)
    if kind == "card":
        return rows(item[2], bold=True, lead=lead) + rows(item[3], GREY)
    return rows(("", f"Transfer ¥{item[2]} - {item[3][1]}"), (190, 110, 20), lead=lead)


def _english_height(item, width):
    return 10 + STEP * len(_english_rows(item, width))


def _english_item(d, item, top, width):
    """One item's English in the panel at ``top``: a box like its bubble (green when it is the
    player's own); returns its box."""
    rows = _english_rows(item, width)
    mine = len(item) > 1 and item[1] == "me"
    bw = max(font(TEXT, b).getlength(line) for line, _, b in rows) + 24
    x0 = 16 + width - bw if mine else 16
    box = (x0, top, x0 + bw, top + 10 + STEP * len(rows))
    if item[0] not in ("time",):
        d.rounded_rectangle(box, radius=10, fill=ME_BUBBLE if mine else (238, 238, 241))
    for i, (line, colour, bold) in enumerate(rows):
        text(d, (x0 + 12, top + 4 + STEP * i), line, TEXT, colour, bold=bold)
    return box


PAIR_GAP = 16          # between two phones shown side by side, and round them
PAIR_BG = (228, 231, 236)


def phones_side_by_side(phones, background=PAIR_BG):
    """Phones (``finish``-ed pictures) in a row on a plain background, as tall as one phone (so
    their text shows as large as one phone's). Returns (picture, each phone's left x)."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (len(phones) * (W + PAIR_GAP) + PAIR_GAP, H), background)
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, W - 1, H - 1), radius=46, fill=255)
    xs = []
    for i, phone in enumerate(phones):
        x = PAIR_GAP + i * (W + PAIR_GAP)
        picture.paste(phone, (x, 0), mask)
        xs.append(x)
    return picture, xs


def _system_note(d, y, pair, lang):
    """A notice centred in the chat (such as 'withdrawal failed'), red on pale red."""
    rows = lines_of(pair, lang, TEXT, W - 60)
    bw = max(font(TEXT).getlength(line) for line, _ in rows) + 24
    box = (W // 2 - bw / 2, y, W // 2 + bw / 2, y + 8 + STEP * len(rows))
    d.rounded_rectangle(box, radius=8, fill=(250, 226, 220))
    for i, (line, _) in enumerate(rows):
        text(d, (W // 2, y + 4 + STEP * i), line, TEXT, (176, 40, 30), anchor="ma")
    return box


def _packet_card(d, y, amount, note, lang, mine):
    """A red packet (红包) already opened, in one row: pale red, an envelope, the amount and a
    short ``note`` (such as 'opened') at the right."""
    bw = RIGHT - LEFT - 20
    x0 = RIGHT - bw if mine else LEFT
    box = (x0, y, x0 + bw, y + 58)
    colour = (248, 170, 150)
    d.rounded_rectangle(box, radius=10, fill=colour)
    _tail(d, box, mine, colour)
    d.rounded_rectangle((x0 + 10, y + 10, x0 + 38, y + 48), radius=4, fill=(255, 232, 196))
    d.ellipse((x0 + 17, y + 19, x0 + 31, y + 33), fill=(226, 160, 50))
    money = f"¥{amount}"
    if x0 + 44 + font(TEXT, True).getlength(money) > box[2] - 10:
        raise ValueError(f"chat: the red packet's amount {money!r} is wider than the card")
    text(d, (x0 + 44, y + 29), money, TEXT, WHITE, bold=True, anchor="lm")
    if note:
        words = short(note, lang)
        if x0 + 44 + font(TEXT, True).getlength(money) + 8 + font(TEXT).getlength(words) > box[2] - 10:
            raise ValueError(f"chat: the red packet's note {words!r} does not fit beside {money}")
        text(d, (box[2] - 10, y + 29), words, TEXT, WHITE, anchor="rm")
    return box


def _link_card(d, y, title, note, lang, mine):
    """A shared link or form: white, a green 'form' sign, a bold title and a grey source."""
    bw = RIGHT - LEFT - 20
    x0 = RIGHT - bw if mine else LEFT
    heads = lines_of(title, lang, TEXT, bw - 24, bold=True)
    notes = lines_of(note, lang, TEXT, bw - 24)
    box = (x0, y, x0 + bw, y + 12 + STEP * (len(heads) + len(notes)) + 4)
    d.rounded_rectangle(box, radius=10, fill=WHITE)
    _tail(d, box, mine, WHITE)
    ty = y + 6
    for line, _ in heads:
        text(d, (x0 + 12, ty), line, TEXT, INK, bold=True)
        ty += STEP
    d.line((x0 + 10, ty + 2, box[2] - 10, ty + 2), fill=(226, 226, 230), width=2)
    for line, _ in notes:
        text(d, (x0 + 12, ty + 4), line, TEXT, GREY)
        ty += STEP
    return box


def _chat_avatar(img, d, y, face):
    """Their avatar left of their message (the player's own is left out, as large-text chats do:
    the green bubbles on the right are theirs)."""
    from PIL import Image, ImageDraw

    box = (8, y, 50, y + 42)
    if face is None or isinstance(face, tuple):       # no picture, or a (letter, colour) avatar
        glyph, colour = face or ("", (150, 150, 156))
        d.rounded_rectangle(box, radius=8, fill=colour)
        if glyph:
            text(d, (29, y + 21), glyph, TEXT, WHITE, bold=True, anchor="mm")
        return
    size = (box[2] - box[0], box[3] - box[1])
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=8, fill=255)
    img.paste(cover(face, size), box[:2], mask)


def _tail(d, box, mine, fill):
    y = box[1] + 22
    if mine:
        d.polygon([(box[2] - 1, y - 7), (box[2] + 7, y), (box[2] - 1, y + 7)], fill=fill)
    else:
        d.polygon([(box[0] + 1, y - 7), (box[0] - 7, y), (box[0] + 1, y + 7)], fill=fill)


LEFT, RIGHT = 60, W - 18     # their bubbles start at LEFT, the player's end at RIGHT


def _text_bubble(d, y, pair, lang, mine):
    rows = lines_of(pair, lang, TEXT, RIGHT - LEFT - 20)
    bw = max(font(TEXT).getlength(line) for line, _ in rows) + 20
    x0 = RIGHT - bw if mine else LEFT
    box = (x0, y, x0 + bw, y + 10 + STEP * len(rows))
    fill = ME_BUBBLE if mine else WHITE
    d.rounded_rectangle(box, radius=10, fill=fill)
    _tail(d, box, mine, fill)
    for i, (line, second) in enumerate(rows):
        text(d, (x0 + 10, y + 4 + STEP * i), line, TEXT, GREY if second else INK)
    return box


def _voice_bubble(d, y, seconds, mine):
    """A voice message: a width that grows with its length, sound waves, the seconds (12″), and
    an unread red dot on theirs."""
    bw = min(RIGHT - LEFT - 40, 110 + seconds * 5)
    x0 = RIGHT - bw if mine else LEFT
    box = (x0, y, x0 + bw, y + 50)
    fill = ME_BUBBLE if mine else WHITE
    d.rounded_rectangle(box, radius=10, fill=fill)
    _tail(d, box, mine, fill)
    cy = y + 25
    wx = box[2] - 22 if mine else x0 + 16          # the waves point away from the speaker
    for i, r in enumerate((5, 12, 19)):
        start, end = (135, 225) if mine else (-45, 45)
        if i == 0:
            d.pieslice((wx - r, cy - r, wx + r, cy + r), start, end, fill=INK)
        else:
            d.arc((wx - r, cy - r, wx + r, cy + r), start, end, fill=INK, width=3)
    label = f"{seconds}″"
    if mine:
        text(d, (x0 + 14, cy), label, TEXT, INK, anchor="lm")
    else:
        text(d, (box[2] - 14, cy), label, TEXT, INK, anchor="rm")
        d.ellipse((box[2] + 8, y + 4, box[2] + 18, y + 14), fill=RED)
    return box


def _transfer_card(d, y, amount, note, lang, mine):
    """A money-transfer card (转账) as chat apps show one: orange, the amount, a note, and the
    word 'transfer' under a line."""
    bw = RIGHT - LEFT - 20
    x0 = RIGHT - bw if mine else LEFT
    notes = lines_of(note, lang, TEXT, bw - 84)
    h = 8 + 48 + STEP * len(notes) + 8 + STEP
    box = (x0, y, x0 + bw, y + h)
    colour = (246, 154, 60)
    d.rounded_rectangle(box, radius=10, fill=colour)
    _tail(d, box, mine, colour)
    ix, iy = x0 + 12, y + 14
    d.ellipse((ix, iy, ix + 50, iy + 50), outline=WHITE, width=3)       # two arrows: a transfer
    d.line((ix + 12, iy + 19, ix + 38, iy + 19), fill=WHITE, width=3)
    d.polygon([(ix + 38, iy + 13), (ix + 38, iy + 25), (ix + 45, iy + 19)], fill=WHITE)
    d.line((ix + 12, iy + 32, ix + 38, iy + 32), fill=WHITE, width=3)
    d.polygon([(ix + 12, iy + 26), (ix + 12, iy + 38), (ix + 5, iy + 32)], fill=WHITE)
    size = BIG
    while size > TEXT and font(size, True).getlength(f"¥{amount}") > box[2] - x0 - 80:
        size -= 2
    text(d, (x0 + 72, y + 4 + (BIG - size) // 2), f"¥{amount}", size, WHITE, bold=True)
    ty = y + 8 + 48
    for line, _ in notes:
        text(d, (x0 + 72, ty), line, TEXT, (255, 244, 230))
        ty += STEP
    sep = ty + 4
    d.line((x0 + 10, sep, box[2] - 10, sep), fill=shade(colour, 1.3), width=2)
    text(d, (x0 + 12, sep + 1), one(("转账", "Transfer"), lang), TEXT, (255, 240, 225))
    return box


def _input_bar(d):
    """The message box at the bottom: voice key, text field, emoji and plus keys (signs only)."""
    y0 = BOTTOM - 60
    d.rectangle((0, y0, W, H), fill=(247, 247, 248))
    d.line((0, y0, W, y0), fill=(214, 214, 218), width=2)
    cy = y0 + 30
    d.ellipse((14, cy - 18, 50, cy + 18), outline=INK, width=3)
    for i, r in enumerate((4, 9)):
        d.arc((26 - r, cy - r, 26 + r, cy + r), -45, 45, fill=INK, width=3 if i else 4)
    d.rounded_rectangle((60, cy - 22, W - 104, cy + 22), radius=8, fill=WHITE)
    d.ellipse((W - 96, cy - 18, W - 60, cy + 18), outline=INK, width=3)
    d.arc((W - 88, cy - 8, W - 68, cy + 10), 20, 160, fill=INK, width=3)
    d.ellipse((W - 52, cy - 18, W - 16, cy + 18), outline=INK, width=3)
    d.line((W - 34, cy - 10, W - 34, cy + 10), fill=INK, width=3)
    d.line((W - 44, cy, W - 24, cy), fill=INK, width=3)


# ---------------------------------------------------------------- 4. SMS with a link

def sms(*, sender, body, link: str, lang: str, after=None, when=("今天 10:42", "Today 10:42")):
    """A text message in the phone's own messages app: the sender's number at the top, the
    phone's 'this may be spam' hint, the time, a grey bubble holding ``body``, the ``link`` in
    blue and underlined, and ``after`` (more text) under it. Returns (image, the link's box)."""
    img, d = blank(WHITE)
    d.rectangle((0, 0, W, TOP + 64), fill=(246, 246, 248))
    d.line((34, TOP + 16, 22, TOP + 30, 34, TOP + 44), fill=INK, width=4, joint="curve")
    if font(BIG - 4, True).getlength(sender) > W - 2 * 50:
        raise ValueError(f"sms: the sender {sender!r} runs into the back arrow")
    text(d, (W // 2 + 8, TOP + 30), sender, BIG - 4, INK, bold=True, anchor="mm")
    y = TOP + 64
    d.line((0, y, W, y), fill=(220, 220, 224), width=2)
    y += 10
    hint = lines_of(("可能是诈骗短信", "This may be spam"), lang, TEXT, W - 64)
    hint_box = (12, y, W - 12, y + 14 + STEP * len(hint))
    d.rounded_rectangle(hint_box, radius=12, fill=(255, 240, 214), outline=AMBER, width=2)
    warning_sign(d, 32, y + 30, 12, fill=AMBER, mark=WHITE)
    for i, (line, second) in enumerate(hint):
        text(d, (50, y + 6 + STEP * i), line, TEXT, (120, 70, 0) if not second else (140, 100, 40))
    y = hint_box[3] + 10
    y = block(d, W // 2, y, when, lang, fill=GREY, anchor="ma") + 2
    width = W - 24 - 24
    rows = [(line, "body", second) for line, second in lines_of(body, lang, TEXT, width)]
    rows += [(line, "link", False) for line in _break_link(link, TEXT, width)]
    if after:
        rows += [(line, "body", second) for line, second in lines_of(after, lang, TEXT, width)]
    bubble = (12, y, W - 20, y + 12 + STEP * len(rows))
    d.rounded_rectangle(bubble, radius=16, fill=(233, 233, 236))
    link_box = None
    for i, (line, kind, second) in enumerate(rows):
        ty = y + 6 + STEP * i
        if kind == "link":
            text(d, (24, ty), line, TEXT, BLUE)
            lw = font(TEXT).getlength(line)
            d.line((24, ty + 38, 24 + lw, ty + 38), fill=BLUE, width=2)
            box = (22, ty, 26 + lw, ty + STEP)
            link_box = box if link_box is None else (link_box[0], link_box[1], max(link_box[2], box[2]), box[3])
        else:
            text(d, (24, ty), line, TEXT, GREY if second else INK)
    if bubble[3] > BOTTOM - 60:
        raise ValueError(f"sms: the message ends at {bubble[3]}, under the input bar")
    y0 = BOTTOM - 56                                          # the message box, signs only
    d.line((0, y0, W, y0), fill=(220, 220, 224), width=2)
    d.rounded_rectangle((16, y0 + 8, W - 70, y0 + 50), radius=21, outline=(200, 200, 206), width=2)
    d.ellipse((W - 58, y0 + 8, W - 16, y0 + 50), fill=(200, 200, 206))
    d.polygon([(W - 37, y0 + 17), (W - 47, y0 + 31), (W - 27, y0 + 31)], fill=WHITE)
    d.line((W - 37, y0 + 28, W - 37, y0 + 42), fill=WHITE, width=4)
    return finish(img, dark=False), link_box


def _break_link(link: str, size: int, width: int) -> list[str]:
    """A web address cut into lines no wider than ``width`` (anywhere: it has no spaces)."""
    lines, line = [], ""
    for c in link:
        if line and font(size).getlength(line + c) > width:
            lines.append(line)
            line = ""
        line += c
    return lines + [line] if line else lines


# ---------------------------------------------------------------- 5. short-video feed advert

COUNTS = (("3.2万", "32K"), ("8千", "8K"), ("1.1万", "11K"))


def feed(*, face, account: str, caption, product, lang: str, counts=COUNTS):
    """A short-video feed (invented app): a vertical video of ``face`` filling the screen, the
    like / comment / share column on the right with ``counts`` ((zh, en) pairs), the account and ``caption`` at
    the bottom, an '广告 / Ad' tag and a product-link button (``product``). Returns (image, the
    ad tag's box)."""
    from PIL import Image, ImageDraw

    img, d = blank((20, 20, 24))
    img.paste(cover(face, (W, H)), (0, 0))
    shade_layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    sd = ImageDraw.Draw(shade_layer)
    for i in range(300):
        sd.line((0, H - 1 - i, W, H - 1 - i), fill=(0, 0, 0, int(200 * (1 - i / 300))))
    for i in range(110):
        sd.line((0, i, W, i), fill=(0, 0, 0, int(140 * (1 - i / 110))))
    img.paste(shade_layer, (0, 0), shade_layer)
    d = ImageDraw.Draw(img)
    tabs = short(("推荐", "For you"), lang)
    text(d, (W // 2, TOP + 4), tabs, TEXT, WHITE, bold=True, anchor="ma", stroke=2, stroke_fill=DARK)
    tw = font(TEXT, True).getlength(tabs)
    d.line((W // 2 - tw / 2 + 8, TOP + 50, W // 2 + tw / 2 - 8, TOP + 50), fill=WHITE, width=3)
    x = W - 48
    y = 120
    d.ellipse((x - 26, y - 26, x + 26, y + 26), fill=WHITE)
    round_face(img, face, (x - 23, y - 23, x + 23, y + 23))
    d.ellipse((x - 11, y + 16, x + 11, y + 38), fill=(240, 60, 90))
    d.line((x - 6, y + 27, x + 6, y + 27), fill=WHITE, width=3)
    d.line((x, y + 21, x, y + 33), fill=WHITE, width=3)
    y += 72
    for kind, count in zip(("like", "comment", "share"), counts):
        _feed_icon(d, kind, x, y)
        text(d, (x, y + 22), short(count, lang), TEXT, WHITE, anchor="ma", stroke=2,
             stroke_fill=DARK)
        y += 92
    caption_rows = lines_of(caption, lang, TEXT, W - 124)[:3]
    y = BOTTOM - 96 - STEP * len(caption_rows) - 52
    tag = short(("广告", "Ad"), lang)
    tag_w = font(TEXT).getlength(tag) + 16
    tag_box = (14, y, 14 + tag_w, y + 44)
    d.rounded_rectangle(tag_box, radius=6, fill=(0, 0, 0), outline=(230, 230, 230), width=2)
    text(d, (14 + tag_w / 2, y + 22), tag, TEXT, WHITE, anchor="mm")
    if tag_box[2] + 10 + font(TEXT, True).getlength(account) > W - 92:
        raise ValueError(f"feed: the account name {account!r} runs into the like column")
    text(d, (tag_box[2] + 10, y + 22), account, TEXT, WHITE, bold=True, anchor="lm", stroke=2, stroke_fill=DARK)
    y += 52
    for line, second in caption_rows:
        text(d, (14, y), line, TEXT, (235, 235, 235) if second else WHITE, stroke=2, stroke_fill=DARK)
        y += STEP
    button = (14, BOTTOM - 80, W - 96, BOTTOM - 24)
    d.rounded_rectangle(button, radius=10, fill=(255, 120, 40))
    _cart(d, 24, button[1] + 14)
    button_lines = wrap(short(product, lang), TEXT, button[2] - button[0] - 70, bold=True)
    if len(button_lines) > 1:
        raise ValueError(f"feed: the button's words {short(product, lang)!r} do not fit on it")
    button_text = button_lines[0]
    text(d, (64, (button[1] + button[3]) // 2), button_text + " ›", TEXT, WHITE, bold=True, anchor="lm")
    return finish(img, dark=True), tag_box


def _feed_icon(d, kind, x, y):
    """Like (a heart), comment (a speech bubble) and share (an arrow), white on the video."""
    if kind == "like":
        d.ellipse((x - 20, y - 20, x + 1, y + 1), fill=WHITE)
        d.ellipse((x - 1, y - 20, x + 20, y + 1), fill=WHITE)
        d.polygon([(x - 19, y - 5), (x + 19, y - 5), (x, y + 18)], fill=WHITE)
    elif kind == "comment":
        d.ellipse((x - 21, y - 20, x + 21, y + 14), fill=WHITE)
        d.polygon([(x - 12, y + 6), (x - 16, y + 20), (x - 2, y + 10)], fill=WHITE)
        for i in (-1, 0, 1):
            d.ellipse((x + i * 10 - 3, y - 6, x + i * 10 + 3, y), fill=(60, 60, 60))
    else:
        d.polygon([(x + 20, y - 6), (x + 2, y - 22), (x + 2, y - 13), (x - 20, y - 10), (x - 20, y + 14),
                   (x - 8, y - 1), (x + 2, y + 1), (x + 2, y + 10)], fill=WHITE)


def _cart(d, x, y):
    """A shopping-cart sign (the font has no emoji)."""
    d.line((x, y + 2, x + 6, y + 2, x + 12, y + 20, x + 28, y + 20), fill=WHITE, width=3)
    d.polygon([(x + 7, y + 6), (x + 32, y + 6), (x + 28, y + 16), (x + 10, y + 16)], fill=WHITE)
    d.ellipse((x + 10, y + 23, x + 16, y + 29), fill=WHITE)
    d.ellipse((x + 24, y + 23, x + 30, y + 29), fill=WHITE)


# ---------------------------------------------------------------- 6. bank transfer, anti-fraud pop-up

def bank_transfer(*, payee, account: str, amount: str, warning, lang: str, countdown: int = 10):
    """A bank app's transfer page (invented bank) under the prominent anti-fraud pop-up: red
    title, ``warning``, a big 'cancel transfer' button and a grey 'continue' one counting down.
    Returns (image, the pop-up's box)."""
    from PIL import Image

    img, d = blank((244, 245, 248))
    d.rectangle((0, 0, W, TOP + 64), fill=(196, 40, 48))
    d.line((34, TOP + 16, 22, TOP + 30, 34, TOP + 44), fill=WHITE, width=4, joint="curve")
    text(d, (W // 2, TOP + 30), short(("转账", "Transfer"), lang), BIG, WHITE,
         bold=True, anchor="mm")
    y = TOP + 74
    card = (12, y, W - 12, y + 150)
    d.rounded_rectangle(card, radius=12, fill=WHITE)
    text(d, (26, y + 6), short(("收款人", "Payee"), lang), TEXT, GREY)
    text(d, (W - 26, y + 6), payee, TEXT, INK, bold=True, anchor="ra")
    text(d, (W - 26, y + 48), account, TEXT, GREY, anchor="ra")
    text(d, (26, y + 92), f"¥{amount}", BIG + 4, INK, bold=True)
    dim = Image.new("RGBA", (W, H), (0, 0, 0, 150))
    img.paste(dim, (0, 0), dim)
    from PIL import ImageDraw

    d = ImageDraw.Draw(img)
    rows = lines_of(warning, lang, TEXT, W - 64)
    h = 70 + STEP * len(rows) + 6 + 64 + 46
    top = BOTTOM - 4 - h
    pop = (16, top, W - 16, top + h)
    d.rounded_rectangle(pop, radius=18, fill=WHITE)
    d.rounded_rectangle((16, top, W - 16, top + 64), radius=18, fill=(214, 40, 40))
    d.rectangle((16, top + 40, W - 16, top + 64), fill=(214, 40, 40))
    title = short(("反诈提醒", "Fraud alert"), lang)
    tw = font(BIG, True).getlength(title)
    warning_sign(d, W // 2 - tw / 2 - 26, top + 32, 15)
    text(d, (W // 2 + 10, top + 32), title, BIG, WHITE, bold=True, anchor="mm")
    y = top + 70
    for line, second in rows:
        text(d, (34, y), line, TEXT, GREY if second else INK)
        y += STEP
    y += 6
    stop = (34, y, W - 34, y + 58)
    d.rounded_rectangle(stop, radius=29, fill=(214, 40, 40))
    text(d, (W // 2, y + 29), short(("取消转账", "Cancel transfer"), lang), TEXT, WHITE,
         bold=True, anchor="mm")
    y += 64
    go = short((f"继续转账（{countdown}秒）", f"Continue ({countdown}s)"), lang)
    text(d, (W // 2, y + 20), go, TEXT, (150, 150, 156), anchor="mm")
    if pop[1] < card[3] + 8:
        raise ValueError(f"bank_transfer: the pop-up starts at {pop[1]}, over the payee and amount")
    return finish(img, dark=True), pop


# ---------------------------------------------------------------- 7. screen-share prompt

def screen_share(*, app, lang: str):
    """The system's screen-share prompt over a meeting app (``app`` its invented name): 'Start
    sharing your screen? Everything on it, including codes, will be visible', Cancel / Allow.
    Returns (image, the prompt's box)."""
    from PIL import Image, ImageDraw

    img, d = blank((34, 38, 46), (20, 22, 28))
    if font(BIG, True).getlength(short(app, lang)) > W - 2 * BEZEL - 16:
        raise ValueError(f"screen_share: the app name {short(app, lang)!r} is wider than the screen")
    text(d, (W // 2, TOP + 20), short(app, lang), BIG, WHITE, bold=True, anchor="ma")
    for i in range(4):                      # meeting tiles behind the prompt
        x0, y0 = 14 + (i % 2) * 170, TOP + 90 + (i // 2) * 180
        d.rounded_rectangle((x0, y0, x0 + 162, y0 + 170), radius=10, fill=(58, 64, 76))
        d.ellipse((x0 + 56, y0 + 40, x0 + 106, y0 + 90), fill=(120, 128, 144))
        d.pieslice((x0 + 36, y0 + 96, x0 + 126, y0 + 186), 180, 360, fill=(120, 128, 144))
    dim = Image.new("RGBA", (W, H), (0, 0, 0, 130))
    img.paste(dim, (0, 0), dim)
    d = ImageDraw.Draw(img)
    title = lines_of(("开始共享屏幕？", "Start sharing your screen?"), lang, BIG - 4, W - 72, bold=True)
    body = lines_of(("屏幕上的一切，包括验证码，都会被对方看到。",
                     "Everything on your screen, including codes, will be visible."), lang, TEXT, W - 72)
    h = 28 + 50 * len(title) + 8 + STEP * len(body) + 20 + 70
    top = BOTTOM - 20 - h
    box = (14, top, W - 14, top + h)
    d.rounded_rectangle(box, radius=22, fill=(250, 250, 252))
    d.rounded_rectangle((W // 2 - 22, top - 60, W // 2 + 22, top - 16), radius=10, fill=(64, 140, 240))
    d.rounded_rectangle((W // 2 - 12, top - 50, W // 2 + 12, top - 30), radius=3, outline=WHITE, width=3)
    d.line((W // 2 - 6, top - 24, W // 2 + 6, top - 24), fill=WHITE, width=3)
    y = top + 24
    for line, second in title:
        text(d, (W // 2, y), line, BIG - 4 if not second else TEXT, GREY if second else INK, bold=not second,
             anchor="ma")
        y += 50
    y += 8
    for line, second in body:
        text(d, (34, y), line, TEXT, GREY if second else (60, 60, 66))
        y += STEP
    y = box[3] - 76
    d.line((box[0], y, box[2], y), fill=(220, 220, 226), width=2)
    d.line((W // 2, y, W // 2, box[3] - 8), fill=(220, 220, 226), width=2)
    for cx, words, colour in ((W // 4 + 4, ("取消", "Cancel"), (60, 60, 66)),
                              (3 * W // 4 - 4, ("允许", "Allow"), BLUE)):
        text(d, (cx, y + 38), short(words, lang), BIG - 4, colour, bold=True, anchor="mm")
    return finish(img, dark=True), box


# ---------------------------------------------------------------- a video call held sideways

def call_bar(img, name_zh, name_en, seconds, selfview, poor=False):
    """A landscape video call's controls over a 640x360 frame, where the packs' tells expect
    them (the same bar, self-view box, buttons and 'poor network' badge, so the packs' tells
    still point at them), drawn as a phone app draws them: the self-view with rounded corners,
    mute / hang up / flip camera with their signs on a darker strip. Text 18 px and up."""
    from PIL import Image, ImageDraw

    from tools.media.draw import OVERLAY_H, POOR, poor_badge

    w, h = img.size
    bar = Image.new("RGBA", (w, OVERLAY_H), (0, 0, 0, 150))
    img.paste(bar, (0, 0), bar)
    strip = Image.new("RGBA", (w, 76), (0, 0, 0, 0))
    sd = ImageDraw.Draw(strip)
    for i in range(76):
        sd.line((0, i, w, i), fill=(0, 0, 0, int(120 * i / 76)))
    img.paste(strip, (0, h - 76), strip)
    d = ImageDraw.Draw(img)
    text(d, (14, 4), name_zh, 22, WHITE, bold=True)
    text(d, (14 + font(22, True).getlength(name_zh) + 10, 8), name_en, 18, (220, 220, 220))
    text(d, (14, 36), f"视频通话 Video call  {int(seconds) // 60:02d}:{int(seconds) % 60:02d}", 18, (210, 210, 210))
    if poor:
        badge = poor_badge(w)
        d.rounded_rectangle(badge, radius=16, fill=(230, 120, 30))
        text(d, ((badge[0] + badge[2]) / 2, 32), POOR, 18, WHITE, bold=True, anchor="mm")
    pip = (w - 108, OVERLAY_H + 8, w - 12, OVERLAY_H + 136)
    mask = Image.new("L", (pip[2] - pip[0], pip[3] - pip[1]), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, mask.width - 1, mask.height - 1), radius=10, fill=255)
    img.paste(cover(selfview, mask.size), pip[:2], mask)
    d.rounded_rectangle(pip, radius=10, outline=WHITE, width=2)
    for i, (fill, sign) in enumerate((((84, 88, 98), "mute"), (RED, "hang_up"), ((84, 88, 98), "flip"))):
        x = w // 2 + (i - 1) * 90
        round_button(img, x, h - 34, 22, fill, None)
        if sign == "hang_up":
            handset_sign(img, x, h - 34, 11, hang_up=True)
        elif sign == "mute":
            d.rounded_rectangle((x - 4, h - 45, x + 4, h - 32), radius=4, fill=WHITE)
            d.arc((x - 8, h - 40, x + 8, h - 26), 0, 180, fill=WHITE, width=2)
            d.line((x, h - 26, x, h - 22), fill=WHITE, width=2)
        else:
            d.rounded_rectangle((x - 10, h - 41, x + 10, h - 26), radius=3, outline=WHITE, width=2)
            d.rectangle((x - 4, h - 44, x + 4, h - 41), fill=WHITE)
            d.arc((x - 4, h - 38, x + 4, h - 29), 30, 330, fill=WHITE, width=2)
