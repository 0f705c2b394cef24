"""The phone screens of tools/media/phone.py: every kind draws in both languages at the phone's
size, the same bytes every time, only with characters the bundled font has, in text large
enough for the clip box, and with no real brand's name (the apps are invented)."""
from __future__ import annotations

import io

import pytest

from tools.make_phone_screens import KINDS, faces, screen
from tools.media import phone
from tools.media.text import checked, take_drawn

BRANDS = ("微信", "WeChat", "支付宝", "Alipay", "抖音", "TikTok", "Douyin", "快手", "淘宝", "Taobao")


@pytest.fixture(scope="module")
def people():
    return faces()


def drawn(kind: str, lang: str, people) -> tuple[bytes, list[tuple[int, str]]]:
    """The PNG bytes of one screen and the (size, text) of everything drawn on it."""
    take_drawn()
    image, _box = screen(kind, lang, people)
    texts = take_drawn()
    assert image.size == (phone.W, phone.H)
    data = io.BytesIO()
    image.save(data, format="PNG")
    return data.getvalue(), texts


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_screen_draws_the_same_bytes_in_each_language(kind, lang, people):
    first, texts = drawn(kind, lang, people)
    again, _ = drawn(kind, lang, people)
    assert first == again
    assert texts, f"{kind} ({lang}) drew no text"
    for _size, s in texts:
        assert checked(s) == s
    assert min(size for size, _ in texts) >= phone.TEXT, f"{kind} ({lang}) has text under {phone.TEXT} px"


@pytest.mark.parametrize("kind", KINDS)
def test_the_two_languages_differ_and_the_chinese_one_has_chinese(kind, people):
    _, zh = drawn(kind, "zh", people)
    _, en = drawn(kind, "en", people)
    assert [s for _, s in zh] != [s for _, s in en]
    assert any("\u4e00" <= c <= "\u9fff" for _, s in zh for c in s)


def test_no_real_brand_name_is_drawn(people):
    seen = [s for kind in KINDS for lang in ("zh", "en") for _, s in drawn(kind, lang, people)[1]]
    for brand in BRANDS:
        assert not [s for s in seen if brand.lower() in s.lower()], f"{brand} drawn on a phone screen"


def test_a_screen_that_cannot_fit_its_text_says_so():
    long = ("很长的一句话" * 8, "a very long sentence " * 8)
    with pytest.raises(ValueError, match="pop-up"):
        phone.bank_transfer(payee="张**", account="6222", amount="1.00", warning=long, lang="en")
    with pytest.raises(ValueError, match="lang"):
        phone.say(("中", "en"), "fr")


def test_the_bilingual_call_clip_keeps_its_label_where_the_scenarios_point():
    """family/village-landline.yaml's tell points at [6, 388, 348, 148] of the call screen."""
    _, box = phone.incoming_call(caller=("二哥 老家座机", "Second brother (village home)"), number="0913-****2207",
                                 label="contact", lang="both", letter="哥", timer="00:19",
                                 words=("通讯录：老家座机", "Saved: home landline"))
    assert (box[0], box[1], box[2] - box[0], box[3] - box[1]) == (6, 388, 348, 148)


def test_the_sideways_video_call_keeps_the_old_bar_badge_and_self_view_places():
    """The packs' tells point at the 'poor network' badge and the self-view of 640x360 calls."""
    from PIL import Image

    from tools.media.draw import OVERLAY_H, grandpa_selfview, poor_badge

    frames = []
    for _ in range(2):
        frame = Image.new("RGB", (640, 360), (40, 120, 60))
        take_drawn()
        phone.call_bar(frame, "儿子", "Son", 65, grandpa_selfview(), poor=True)
        texts = take_drawn()
        frames.append(frame.tobytes())
    assert frames[0] == frames[1]
    assert min(size for size, _ in texts) >= 18
    badge = poor_badge(640)
    assert frame.getpixel((badge[0] + 5, (badge[1] + badge[3]) // 2)) == (230, 120, 30)
    assert frame.getpixel((640 - 60, OVERLAY_H + 70)) != (40, 120, 60)      # the self-view


@pytest.mark.parametrize("label", sorted(phone.LABELS))
@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_each_carrier_label_draws_its_banner_in_its_colour(label, lang):
    image, box = phone.incoming_call(caller=("小芳", "Xiaofang"), number="138 **** 6621", label=label, lang=lang)
    assert image.getpixel((box[0] + 1, (box[1] + box[3]) // 2)) == phone.LABELS[label][1]


CHAT = [("packet", ("派单员", "Task giver"), "3.00", ("已领取", "Got it")),
        ("text", ("派单员", "Task giver"), ("先垫付198元，今晚截止！", "Pay 198 first. Ends tonight!")),
        ("card", "me", ("报名表", "Sign-up form"), ("社区", "Community")),
        ("system", ("提现失败", "Failed")),
        ("voice", "them", 12)]


@pytest.mark.parametrize("layout", ["chat_pair", "chat_translated"])
def test_a_bilingual_chat_marks_each_message_with_one_band_on_both_languages(layout):
    """The packs' chats: one band per message that holds it in Chinese and in English (the tell
    regions are such bands), the same bytes every time, and no text under the phone's size."""
    draw = getattr(phone, layout)
    pictures = []
    for _ in range(2):
        take_drawn()
        picture, bands = draw(title=("聊天", "Chat"), items=CHAT, face=("聊", phone.GREEN), bar=False)
        texts = take_drawn()
        pictures.append(picture.tobytes())
    assert pictures[0] == pictures[1] and picture.height == phone.H
    assert min(size for size, _ in texts) >= phone.TEXT
    assert len(bands) == len(CHAT)
    for band, below in zip(bands, bands[1:]):
        assert band[3] <= below[1] + 8                  # in order, hardly touching
    assert all(band[0] < phone.W + phone.PAIR_GAP < band[2] for band in bands)   # across both


def test_a_bilingual_chat_too_long_for_the_phone_says_so():
    with pytest.raises(ValueError, match="off the screen"):
        phone.chat_pair(title=("聊天", "Chat"), items=CHAT[1:] * 3, bar=False)
