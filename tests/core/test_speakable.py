"""The spoken form of a line: numbers as people say them, polyphones read right."""
from __future__ import annotations

import pytest

from game.core.callspeech import line_request
from game.core.models import LangText, Line, Person
from game.core.speakable import ZH_LEXICON, ZH_READ_RIGHT, spoken_form, zh_number


@pytest.mark.parametrize("text, zh, en", [
    ("110", "幺幺零", "one one oh"),
    ("96110", "九六幺幺零", "nine six one one oh"),
    ("12377", "幺二三七七", "one two three seven seven"),
    ("95588", "九五五八八", "nine five five eight eight"),
    ("13812345678", "幺三八幺二三四五六七八", "one three eight one two three four five six seven eight"),
    ("158****2093", "尾号二零九三", "ending in two oh nine three"),
    ("031**7", "零三幺星号星号七", "oh three one star star seven"),   # too short to say only the end
    ("¥199", "一百九十九元", "199 yuan"),
    ("¥1,260", "一千二百六十元", "1260 yuan"),
])
def test_numbers_in_both_languages(text, zh, en):
    assert spoken_form(text, "zh") == zh
    assert spoken_form(text, "en") == en


@pytest.mark.parametrize("text, said", [
    ("请拨打96110。", "请拨打九六幺幺零。"),
    ("5万元", "五万元"),            # 1-2 digits before a unit: the voice says them right
    ("共1,260元", "共一千二百六十元"),   # an amount, not a code: said as a number
    ("2024年", "二零二四年"),        # a year: digit by digit, 一 not 幺
    ("10:30见", "十点三十分见"),
    ("9:05", "九点零五分"),
    ("验证码 4 8 2 9", "验证码 4 8 2 9"),   # single digits are left as they are
    ("验证码 4829", "验证码 四八二九"),   # 4 digits after 码: a code
    ("工号8032", "工号八零三二"),     # 4 digits after a word naming a number: a code
    ("转1005", "转一千零五"),         # 4 digits otherwise: a quantity (espeak says 一千五)
    ("单号0325", "单号零三二五"),
    ("止付了336.84万元", "止付了三百三十六点八四万元"),   # a decimal: a quantity, 点 and its digits
    ("¥8.8", "八点八元"),
    ("先垫2万元", "先垫两万元"), ("转2000元", "转两千元"),   # as people say them
])
def test_chinese_context_decides_how_a_number_is_said(text, said):
    assert spoken_form(text, "zh") == said


def test_english_context():
    assert spoken_form("Call 110 now, not 96110.", "en") == "Call one one oh now, not nine six one one oh."
    assert spoken_form("It costs 5,000 yuan", "en") == "It costs 5000 yuan"
    # 3-4 digits are a quantity unless a hotline, a leading 0 or a word naming a number says otherwise
    assert spoken_form("Could you send me 300? It's 457 yuan.", "en") == "Could you send me 300? It's 457 yuan."
    assert spoken_form("¥8.8, or 3.14159", "en") == "8.8 yuan, or 3.14159"   # decimals are never codes
    assert spoken_form("the code is 4829", "en") == "the code is four eight two nine"
    assert spoken_form("staff number 8032, form 0325", "en") == "staff number eight oh three two, form oh three two five"


@pytest.mark.parametrize("n, said", [(15, "十五"), (110, "一百一十"), (1005, "一千零五"),
                                     (96110, "九万六千一百一十"), (50000, "五万"), (120000000, "一亿两千万"), (20000, "两万")])
def test_chinese_numerals(n, said):
    assert zh_number(n) == said


@pytest.mark.parametrize("text, said", [
    ("下周还款", "下周环款"), ("五千下周就还你。", "五千下周就环你。"), ("发了工资就还。", "发了工资就环。"),
    ("看他还不还。", "看他还不环。"), ("您还给孙子打了呢！", "您孩给孙子打了呢！"),
    ("用别人的手机打的。", "用别人的手机打得。"),
    ("还是不放心", "还是不放心"), ("还有", "还有"), ("银行卡", "银行卡"),   # read right already: untouched
])
def test_polyphones_are_replaced_by_homophones_in_chinese_only(text, said):
    assert spoken_form(text, "zh") == said
    assert spoken_form("repay 还款", "en") == "repay 还款"


def test_a_call_line_sends_its_spoken_form_or_its_say_and_the_cache_key_follows():
    person = Person.model_validate({"id": "bank", "name": "Bank", "number": "95588"})
    plain = Line(text=LangText(zh="请拨打96110", en="Call 96110"))
    said = Line(text=LangText(zh="请拨打96110", en="Call 96110"), say=LangText(zh="请拨打九六一一零"))
    assert line_request(plain, person, "zh").text == "请拨打九六幺幺零"
    assert line_request(said, person, "zh").text == "请拨打九六一一零"   # as written, no rules
    assert line_request(said, person, "en").text == "Call nine six one one oh"   # no en say: the rules
    assert line_request(plain, person, "zh").key("e") != line_request(said, person, "zh").key("e")


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    # the real engine, in its worker process (imported here: the rest of this file is pure)
    from game.media.speech import Speech

    engine = Speech(tmp_path_factory.mktemp("speech"))
    if not engine.available or not engine.engine.startswith("espeak"):
        engine.close()
        pytest.skip(f"espeak-ng could not be loaded: {engine.error or engine.engine}")
    yield engine
    engine.close()


@pytest.mark.parametrize("text, heard, not_heard", [
    ("请拨打96110", "tɕˈiou2 lˈiou5 jˈɑu5 jˈɑu5 lˈiɜŋ", "tɕhˈiɛ5n"),   # jiu liu yao yao ling, no 千
    ("下周还款", "χˈuaɜn khwˈa2n", "χˈaiɜ"),                          # huán kuǎn, not hái
    ("明天就还你。", "χˈuaɜn nˈi2", "χˈaiɜ"),
    ("用别人的手机打的。", "tˈɑ2 tˈə1", "tˈɑ2 tˈi5"),                   # dǎ de, not dǎ dī
    ("看他还不还。", "pˈu5 χˈuaɜn", "pˈu5 χˈaiɜ"),
    ("连本带利还我。", "χˈuaɜn wˈo2", "χˈaiɜ"),
    ("先还钱", "χˈuaɜn tɕhˈiɛɜn", "χˈaiɜ"),
    ("返还三千二", "fˈa2n χˈuaɜn", "χˈaiɜ"),
    ("您还给孙子打了呢！", "χˈaiɜ kˈei2", "χuaɜn"),                     # here hái: 您还给孙子打了
    ("店长拿出合同", "ts.ˈɑ2ŋ", "ts.hˈɑɜŋ"),                            # zhǎng, not cháng
])
def test_the_voice_reads_the_spoken_form_as_intended(speech, text, heard, not_heard):
    phonemes = speech.phonemes(spoken_form(text, "zh"), "zh")
    assert heard in phonemes and not_heard not in phonemes, phonemes


# The list, said by the real voices: each number as people say it, in both languages.
@pytest.mark.parametrize("text, lang, heard, not_heard", [
    ("拨打110", "zh", "jˈɑu5 jˈɑu5 lˈiɜŋ", "pˈai2"),                                   # yao yao ling, no 百
    ("请拨打96110", "zh", "tɕˈiou2 lˈiou5 jˈɑu5 jˈɑu5 lˈiɜŋ", "tɕhˈiɛ5n"),
    ("打12377举报", "zh", "jˈɑu5 ˈər5 sˈa5n tɕhˈi5 tɕhˈi5", "tɕhˈiɛ5n"),                # no 万/千
    ("来电158****2093", "zh", "wˈei2 χˈɑu5 ˈər5 lˈiɜŋ tɕˈiou2 sˈa5n", "ɕˈiŋ"),          # 尾号…, no 星号
    ("尾号158****2093", "zh", "wˈei2 χˈɑu5 ˈər5", "wˈei2 χˈɑu5 wˈei2"),                # 尾号 said once
    ("5万元", "zh", "wˈu2 wˈɑ5n jˈyæɜn", "wˈu2 wˈɑ5n jˈyæɜn wˈu2"),
    ("下周还款", "zh", "χˈuaɜn khwˈa2n", "χˈaiɜ"),
    ("银行", "zh", "χˈɑɜŋ", "ɕˈiɜŋ"),
    ("Call 110", "en", "wˈʌn wˈʌn ˈoʊ", "hˈʌndɹɪd"),
    ("Call 96110", "en", "nˈaɪn sˈɪks wˈʌn wˈʌn ˈoʊ", "θˈaʊzənd"),
    ("Report it on 12377", "en", "wˈʌn tˈuː θɹˈiː sˈɛvən sˈɛvən", "θˈaʊzənd"),
    ("the number ending 158****2093", "en", "ˈɛndɪŋ tˈuː ˈoʊ nˈaɪn θɹˈiː", "ˈɛndɪŋ ˈɛndɪŋ"),
    ("50,000 yuan", "en", "fˈɪfti θˈaʊzənd", "zˈiəɹoʊ"),
    ("pay it back at the bank", "en", "bˈæŋk", "ðɪs"),
])
def test_numbers_and_words_are_heard_as_people_say_them(speech, text, lang, heard, not_heard):
    phonemes = speech.phonemes(spoken_form(text, lang), lang)
    assert heard in phonemes and not_heard not in phonemes, phonemes


def test_english_is_american_english(speech):
    # the Caribbean voice said "this" dɪs and "thousand" t̪aʊzənd
    phonemes = speech.phonemes("this thousand", "en")
    assert "ðɪs" in phonemes and "θˈaʊzənd" in phonemes, phonemes


def test_what_the_voice_already_reads_right_is_left_alone(speech):
    # 银行 háng, 还是 hái, 重新 chóng, 家长 zhǎng: no entry needed, and none is made
    phonemes = speech.phonemes(spoken_form("银行，还是，重新，家长", "zh"), "zh")
    for syllable in ("χˈɑɜŋ", "χaiɜ", "ts.honɡɜ", "ts.ˈɑ2ŋ"):
        assert syllable in phonemes, phonemes


# The syllable espeak-ng must say for the polyphone of each word validate knows (stress marks
# left out): the words it reads right already, and the lexicon's fixes added with the reading check.
HAI, HUAN, HANG, XING, CHONG, ZHONG = "χaiɜ", "χuaɜn", "χɑɜŋ", "ɕiɜŋ", "ts.honɡɜ", "ts.onɡ5"
ZHANG, CHANG, ZHUAN3, ZHUAN4, TIAO = "ts.ɑ2ŋ", "ts.hɑɜŋ", "ts.ua2n", "ts.ua5n", "thjɑuɜ"
DE, DEI, BIAN, PIAN = "tə1", "tei2", "piɛ5n", "phiɛɜn"
KNOWN_WORDS = {
    "还是": HAI, "还有": HAI, "还在": HAI, "还不": HAI, "还差": HAI, "还没": HAI, "还叫": HAI, "还考": HAI,
    "还炖": HAI, "还寄": HAI, "还给": HUAN, "归还": HUAN,
    "银行": HANG, "旅行": XING, "行长": HANG, "自行车": XING, "就行": XING, "也行": XING, "行了": XING, "行，": XING,
    "重新": CHONG, "重复": CHONG, "重阳": CHONG, "严重": ZHONG, "家长": ZHANG, "船长": ZHANG, "长话短说": CHANG,
    "转账": ZHUAN3, "转钱": ZHUAN3, "转到": ZHUAN3, "就转": ZHUAN3, "转我": ZHUAN3, "转给": ZHUAN3, "转过": ZHUAN3,
    "转了": ZHUAN3, "转头": ZHUAN3, "转人工": ZHUAN3, "转五": ZHUAN3, "转两": ZHUAN3, "转也": ZHUAN3,
    "转个身": ZHUAN3, "别转": ZHUAN3, "快转": ZHUAN3, "先转": ZHUAN3, "再转": ZHUAN3, "紧转": ZHUAN3, "没转": ZHUAN3,
    "觉得": DE, "看得见": DE, "听得见": DE, "听得到": DE, "问得": DE, "记得": DE, "我得进": DEI, "方便": BIAN,
    # fixes: 在我行 háng (the bank), 车行 háng, 调 tiáo, 做得 免得 de, 便宜 pián, 转动 zhuàn
    "在我行": HANG, "车行": HANG, "调好": TIAO, "调大": TIAO, "调药": TIAO, "做得": DE, "免得": DE,
    "便宜": PIAN, "转动": ZHUAN4,
}


def test_every_word_validate_knows_has_its_reading_checked():
    fixes = {written for written, _ in ZH_LEXICON[ZH_LEXICON.index(("在我行", "在我航")):]}
    assert set(KNOWN_WORDS) == set(ZH_READ_RIGHT) | fixes


@pytest.mark.parametrize("word, syllable", KNOWN_WORDS.items())
def test_each_known_word_is_read_as_intended(speech, word, syllable):
    phonemes = speech.phonemes(spoken_form(word, "zh"), "zh").replace("ˈ", "").replace("ˌ", "")
    assert syllable in phonemes, phonemes
