"""Which voice speaks: exact language tags in order, the right sex, children higher."""
from __future__ import annotations

import pytest

from game.core.callspeech import line_request
from game.core.models import LangText, Line, Person
from game.core.settings import Settings
from game.core.speechtime import plausible_seconds
from game.core.voicechoice import CHILD_PITCH, InstalledVoice, choose, traits

# what espeak-ng 1.52 lists, in its order: Caribbean English comes before American
ESPEAK = [InstalledVoice("gmw/en-029", "English (Caribbean)", ("en-029",), "Male"),
          InstalledVoice("gmw/en", "English (Great Britain)", ("en-gb",), "Male"),
          InstalledVoice("gmw/en-us", "English (America)", ("en-us",), "Male"),
          InstalledVoice("sit/cmn-latn-pinyin", "Chinese (Mandarin, latin as Pinyin)", ("cmn-latn-pinyin",), "Male"),
          InstalledVoice("sit/cmn", "Chinese (Mandarin, latin as English)", ("cmn",), "Male"),
          InstalledVoice("sit/yue", "Chinese (Cantonese)", ("yue",), "Male")]
# what Windows lists (SAPI 5: locale names with an underscore, a gender attribute)
WINDOWS = [InstalledVoice("HKLM\\...\\TTS_MS_ZH-TW_HANHAN_11.0", "Microsoft Hanhan", ("zh_TW",), "Female"),
           InstalledVoice("HKLM\\...\\TTS_MS_ZH-CN_KANGKANG_11.0", "Microsoft Kangkang", ("zh_CN",), "Male"),
           InstalledVoice("HKLM\\...\\TTS_MS_ZH-CN_HUIHUI_11.0", "Microsoft Huihui", ("zh_CN",), "Female"),
           InstalledVoice("HKLM\\...\\TTS_MS_EN-US_DAVID_11.0", "Microsoft David", ("en_US",), "Male"),
           InstalledVoice("HKLM\\...\\TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira", ("en_US",), "Female")]


def test_english_is_american_then_british_never_the_first_voice_starting_with_en():
    assert choose(ESPEAK, "en", espeak=True).voice == "gmw/en-us"
    assert choose([v for v in ESPEAK if v.id != "gmw/en-us"], "en", espeak=True).voice == "gmw/en"
    assert choose([ESPEAK[0]], "en", espeak=True) is None   # Caribbean only: no English voice


def test_chinese_is_mandarin_never_pinyin_or_cantonese():
    assert choose(ESPEAK, "zh", espeak=True).voice == "sit/cmn"
    assert choose([v for v in ESPEAK if v.id != "sit/cmn"], "zh", espeak=True) is None


def test_women_and_children_get_the_female_variant_on_espeak():
    assert choose(ESPEAK, "zh", gender="female", espeak=True).voice == "sit/cmn+f4"
    assert choose(ESPEAK, "en", gender="male", espeak=True).voice == "gmw/en-us"
    boy = choose(ESPEAK, "zh", gender="male", age="child", pitch=40, espeak=True)
    assert boy.voice == "sit/cmn+f4" and boy.pitch == CHILD_PITCH


def test_system_voices_are_chosen_by_language_tag_and_sex():
    assert choose(WINDOWS, "zh", gender="female").voice.endswith("HUIHUI_11.0")   # not Taiwan's Hanhan
    assert choose(WINDOWS, "zh", gender="male").voice.endswith("KANGKANG_11.0")
    assert choose(WINDOWS, "en", gender="female").voice.endswith("ZIRA_11.0")
    assert choose(WINDOWS, "en").voice.endswith("DAVID_11.0")                      # no sex asked: the first
    assert "+" not in choose(WINDOWS, "en", gender="female", espeak=False).voice   # variants are espeak's


def test_a_named_voice_must_match_exactly():
    assert choose(ESPEAK, "en", wanted="gmw/en-gb-x-rp", espeak=True).voice == "gmw/en-us"   # not installed
    assert choose(ESPEAK, "en", wanted="en", espeak=True).voice == "gmw/en"                  # the id's last part
    assert choose(WINDOWS, "en", wanted="microsoft zira").voice.endswith("ZIRA_11.0")


@pytest.mark.parametrize("look, gender, age, expected", [
    ("older_woman", None, None, ("female", "older")), ("boy", None, None, ("male", "child")),
    ("man", "female", None, ("female", "adult")), (None, None, None, (None, None))])
def test_sex_and_age_follow_the_look_unless_the_pack_says(look, gender, age, expected):
    assert traits(look, gender, age) == expected


def test_a_call_line_carries_the_speakers_sex_and_the_players_reading_speed():
    daughter = Person.model_validate({"id": "d", "name": {"zh": "女儿", "en": "Daughter"}, "look": "woman",
                                      "voice": {"lang": "zh", "rate": 200, "pitch": 70}})
    line = Line(text=LangText(zh="妈，是我。", en="Mum, it's me."))
    normal = line_request(line, daughter, "zh")
    slow = line_request(line, daughter, "zh", Settings(narration_rate=110).voice_speed)
    assert normal.gender == "female" and normal.rate == 200
    assert slow.rate == 157 and slow.key("e") != normal.key("e")
    assert line_request(line, daughter, "zh", 10.0).rate == 300   # never past what engines are asked


@pytest.mark.parametrize("text, lang, seconds", [("妈，是我，小丽。我长话短说啊。", "zh", 6.77),
                                                 ("Mum, it's me. I'll keep it short.", "en", 4.62)])
def test_a_line_of_the_right_length_passes_and_a_click_does_not(text, lang, seconds):
    # seconds: what the real voice took at 110 words a minute (measured)
    assert plausible_seconds(seconds, text, lang, 110)
    assert not plausible_seconds(0.05, text, lang, 110)   # a header and a click


def test_a_chinese_line_said_at_the_engines_default_speed_is_caught():
    # measured: 3.79 s at espeak's default 175 for a slow reader's 110 (English lines vary too
    # much with their words for a check this plain to catch it: see speechtime.py)
    assert not plausible_seconds(3.79, "妈，是我，小丽。我长话短说啊。", "zh", 110)


@pytest.mark.parametrize("text, seconds", [("+10 分", 1.51), ("下一页（1/4）", 2.27), ("14", 1.06), ("确定", 1.18)])
def test_short_screen_texts_with_digits_are_not_taken_for_wrong_speeds(text, seconds):
    # measured at 140 words a minute: the narrator reads scores, page numbers and buttons
    assert plausible_seconds(seconds, text, "zh", 140)
