"""Draw the phone screens of ``tools/media/phone.py`` for the docs: one PNG per kind and
language in docs/phone-screens/, and all of them as a grid in docs/phone-screens.png.

    .venv/bin/python tools/make_phone_screens.py

Deterministic: the same files every run. The texts are examples of each scam screen; the
packs pass their own.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run as a script from anywhere

DOCS = Path(__file__).resolve().parent.parent / "docs"
KINDS = ("incoming_call", "video_call", "chat", "sms", "feed", "bank_transfer", "screen_share")


def faces() -> dict:
    """The cast members the examples show: the grandson's own photo on a chat, his face swapped
    onto a scammer's video call, the doctor's face swapped onto a selling account."""
    from tools.media.draw import grandpa_selfview
    from tools.media.phone import cast_face

    return {
        "grandson": cast_face("grandson"),
        "grandson_swapped": cast_face("grandson", swapped=True),
        "doctor_swapped": cast_face("doctor", swapped=True),
        "me": grandpa_selfview(),
    }


def screen(kind: str, lang: str, people: dict):
    """The example ``kind`` screen in ``lang``: (image, its noted box)."""
    from tools.media import phone

    if kind == "incoming_call":
        return phone.incoming_call(caller=("171 **** 9086", "171 **** 9086"), number=None, label="fraud",
                                   note=("已被 128 人标记", "Reported by 128"),
                                   place=("广东 深圳", "Shenzhen, China"), lang=lang)
    if kind == "video_call":
        return phone.video_call(name=("孙子 小宇", "Xiaoyu"), seconds=75, face=people["grandson_swapped"],
                                selfview=people["me"], lang=lang, poor=True)
    if kind == "chat":
        return phone.chat(title=("小宇（新号）", "Xiaoyu (new)"), face=people["grandson"], lang=lang,
                          tag=(("不是好友 · 刚添加", "Not a friend yet"), phone.RED), items=[
                              ("text", "them", ("奶奶，我出事了，快帮我！", "Grandma, I'm in trouble!")),
                              ("voice", "them", 12),
                              ("transfer", "me", "5,000.00", ("给你应急", "For the emergency")),
                          ])
    if kind == "sms":
        return phone.sms(sender="106 9527 0811", lang=lang,
                         body=("【退款】您的快递丢失，可获三倍赔偿，点击办理：", "[Refund] Parcel lost: claim 3x back here:"),
                         link="http://tk-rf.cc/a8", after=("退订回T", "Reply T to stop"))
    if kind == "feed":
        return phone.feed(face=people["doctor_swapped"], account="@赵医生", lang=lang,
                          caption=("赵医生推荐：一瓶降三高，无效退款！", "Dr Zhao: one bottle cures it all!"),
                          product=("立即购买", "Buy now"))
    if kind == "bank_transfer":
        return phone.bank_transfer(payee="张**", account="6222 **** **** 4471", amount="50,000.00", lang=lang,
                                   warning=("对方可能是骗子！“警察”要你转账，一定是诈骗。",
                                            "Likely a scam! Police never ask you to pay."))
    if kind == "screen_share":
        return phone.screen_share(app=("会会 · 退款会议", "MeetMe: refund"), lang=lang)
    raise ValueError(f"no example for {kind!r}; kinds: {', '.join(KINDS)}")


def grid(images: dict):
    """All screens in a grid: one row per language, one column per kind."""
    from PIL import Image

    from tools.media.phone import H, W

    gap = 16
    sheet = Image.new("RGB", (len(KINDS) * (W + gap) + gap, 2 * (H + gap) + gap), (236, 238, 242))
    for col, kind in enumerate(KINDS):
        for row, lang in enumerate(("zh", "en")):
            sheet.paste(images[kind, lang], (gap + col * (W + gap), gap + row * (H + gap)))
    return sheet.resize((sheet.width // 2, sheet.height // 2), Image.Resampling.LANCZOS)


def main() -> int:
    people = faces()
    images = {(kind, lang): screen(kind, lang, people)[0] for kind in KINDS for lang in ("zh", "en")}
    folder = DOCS / "phone-screens"
    folder.mkdir(parents=True, exist_ok=True)
    for (kind, lang), image in images.items():
        image.quantize(colors=256, method=0, dither=0).save(folder / f"{kind}-{lang}.png", optimize=True)
    grid(images).quantize(colors=256, method=0, dither=0).save(DOCS / "phone-screens.png", optimize=True)
    print(f"{len(images)} screens in {folder}, the grid in {DOCS / 'phone-screens.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
