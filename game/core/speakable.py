"""What the speech engine is sent: numbers said as people say them, polyphones read right.

Captions always keep the written text; only the spoken form changes. The rules, for a run
of digits (with ``*``, ``,`` and ``-`` inside it):

- masked (has ``*``): with 3 or more digits after the stars only those are said — "尾号二零九三" /
  "ending in two oh nine three"; otherwise every digit and star (031**7 零三幺星号星号七);
- an amount (``¥``/``￥`` before it, thousands commas, or 元 块 万 亿 千 百 % or "yuan" after it):
  Chinese says it as a number (一千二百六十), English as digits without commas;
- a year (年 after it): Chinese digit by digit with 一 (二零二四年);
- a phone number, hotline or code is said digit by digit, Chinese with 幺 for 1 (九六幺幺零),
  English with "oh" for 0 (nine six one one oh). That is a run of 5 or more digits, one that
  starts with 0, a short hotline (110 119 120 122 114), or 3-4 digits after a word naming a
  number (工号 8032, 拨打 123, staff number 8032);
- other runs (send me 300) are quantities: Chinese says them with our numerals (espeak says
  1005 一千五), English voices say them right already;
- a time H:MM in Chinese: 十点三十分 (English voices say 10:30 right already);
- 1 or 2 digits are left to the engine (it says 15日, 3点, 5万 right).

Hand-written scanning, no regular expressions: compiling them costs start-up time.
"""
from __future__ import annotations

ZH_DIGITS = "零一二三四五六七八九"
ZH_PHONE_DIGITS = "零幺二三四五六七八九"
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_PHONE_DIGITS = ("oh",) + EN_DIGITS[1:]
AMOUNT_AFTER = "元块万亿千百%"
RUN_CHARS = "0123456789*,-"
YUAN_SIGNS = ("¥", "￥")
# Three and four digits are a quantity unless they are a hotline, start with 0, or follow
# a word that names a number (工号 8032, staff number 8032, 拨打 123).
HOTLINES = ("110", "119", "120", "122", "114")
CODE_WORDS_ZH = ("号", "码", "尾数", "拨打", "打", "热线", "专线")
CODE_WORDS_EN = ("number", "no.", "code", "line", "dial", "call", "ext.", "badge", "form")

# espeak-ng 1.52 (cmn) reads these wrong; each is replaced by a homophone it reads right
# (checked with its phonemes; see tests/core/test_speakable.py). Every listed polyphone
# (POLYPHONES below) in the built-in packs is inside a word here or in ZH_READ_RIGHT.
ZH_LEXICON = (
    ("您还给", "您孩给"),   # 您还给孙子打了: hái (espeak says 还给 huán, right elsewhere)
    ("还款", "环款"),   # huán kuǎn: espeak says hái
    ("还钱", "环钱"),
    ("还你", "环你"),   # 下周就还你
    ("还我", "环我"),   # 连本带利还我
    ("返还", "返环"),
    ("还不还", "还不环"),   # 看他还不还: hái bù huán
    ("打的", "打得"),   # 手机打的 / 打的电话: de, not dī ("take a taxi")
    ("店长", "店掌"),   # zhǎng, espeak says cháng
    ("在我行", "在我航"),   # the bank speaking: háng, espeak says xíng
    ("车行", "车航"),   # a car dealer's: háng
    ("调好", "条好"),   # tiáo (adjust): espeak says diào
    ("调大", "条大"),
    ("调药", "条药"),
    ("做得", "做的"),   # de: espeak says dé
    ("免得", "免的"),
    ("听得到", "听的到"),   # tīng de dào: espeak says dé
    ("便宜", "骈宜"),   # pián: espeak says biàn
    ("转动", "赚动"),   # zhuàn: espeak says zhuǎn
)
# Words with a listed polyphone that espeak already reads right (checked with its phonemes,
# tests/core/test_speakable.py); with ZH_LEXICON they are the words validate knows.
ZH_READ_RIGHT = (
    "还是", "还有", "还在", "还不", "还差", "还没", "还叫", "还考", "还炖", "还寄",   # hái
    "还给", "归还",   # huán
    "银行", "旅行", "行长",   # háng
    "自行车", "就行", "也行", "行了", "行，",   # xíng ("行，" is the answer "OK")
    "重新", "重复", "重阳", "严重",   # chóng, zhòng
    "家长", "船长", "长话短说",   # zhǎng, cháng
    "转账", "转钱", "转到", "就转", "转我", "转给", "转过", "转了", "转头", "转人工", "转五", "转两", "转也",
    "别转", "快转", "先转", "再转", "紧转", "没转", "转个身",   # zhuǎn
    "觉得", "看得见", "听得见", "问得", "记得",   # de
    "我得进",   # děi: espeak says 我得, 你得, 他得, 我们得 děi, a lone 得 de
    "方便",   # biàn
)
# Characters espeak reads one way whatever the word around them (还 hái, 行 xíng, 转 zhuǎn,
# 调 diào, 得 de, 便 biàn ...), so some words come out wrong (还款, 我行, 转动, 调好, 得走, 便宜).
# validate warns about each one outside a word of ZH_LEXICON or ZH_READ_RIGHT (readingcheck.py).
# (打的 is in ZH_LEXICON as 打得 everywhere: 打的 dī, to take a taxi, does not come up in calls.)
POLYPHONES = ("还", "行", "重", "长", "转", "调", "得", "便", "打的")
# 还 ending a clause is "pay back" (发了工资就还。 靠岸就还”): espeak says hái.
CLAUSE_ENDS = "。，！？；”\"、"


def spoken_form(text: str, lang: str) -> str:
    """``text`` as it should be said in ``lang`` (numbers spelled out, polyphones fixed)."""
    spoken = _numbers(text, lang)
    if lang == "zh":
        for written, said in ZH_LEXICON:
            spoken = spoken.replace(written, said)
        for end in CLAUSE_ENDS:
            spoken = spoken.replace("还" + end, "环" + end)
    return spoken


def number_rules(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Each number in ``text``: where it starts and ends, and the rule that reads it — one of
    time, decimal, masked, amount, year, code, quantity, or engine (left to the voice as written).

    ``validate`` uses this to warn about numbers no rule is sure of (see readingcheck.py)."""
    return [(start, end, rule) for start, end, _, rule in _number_pieces(text, lang)]


def _numbers(text: str, lang: str) -> str:
    out: list[str] = []
    done = 0
    for start, end, said, _ in _number_pieces(text, lang):
        # a ¥ sign before an amount is said as 元 / yuan after it
        keep = start - 1 if start > done and text[start - 1] in YUAN_SIGNS else start
        out += [text[done:keep], said]
        done = end
    out.append(text[done:])
    return "".join(out)


def _number_pieces(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """Each number in ``text``: start, end, how it is said and the rule that said so."""
    pieces = []
    i = 0
    while i < len(text):
        if text[i].isdigit() and text[i].isascii() or text[i] == "*" and _digit_near(text, i):
            said, end, rule = _number_at(text, i, lang)
            pieces.append((i, end, said, rule))
            i = end
        else:
            i += 1
    return pieces


def _number_at(text: str, start: int, lang: str) -> tuple[str, int, str]:
    """How the number starting at ``start`` is said, where it ends, and the rule used."""
    end = _run_end(text, start)
    if lang == "zh" and _is_time(text, start, end):
        return _zh_time(text[start:end], text[end + 1:end + 3]), end + 3, "time"
    fraction = _fraction_end(text, start, end)
    if fraction > end:   # 336.84万元, 8.8元: a decimal is always a quantity
        unit = _yuan_unit(start > 0 and text[start - 1] in YUAN_SIGNS, text[fraction:fraction + 8].lstrip(), lang)
        if lang != "zh":
            return text[start:fraction] + unit, fraction, "decimal"
        said = zh_number(int(text[start:end])) + "点" + _digits(text[end + 1:fraction], ZH_DIGITS) + unit
        return said, fraction, "decimal"
    rule = _run_rule(text, start, end, lang)
    return _say_run(text, start, end, lang, rule), end, rule


def _fraction_end(text: str, start: int, end: int) -> int:
    """The end of the digits after a decimal point following a plain run of digits, else ``end``."""
    if not text[start:end].isdigit() or text[end:end + 1] != "." or not text[end + 1:end + 2].isdigit():
        return end
    fraction = end + 1
    while fraction < len(text) and text[fraction].isdigit() and text[fraction].isascii():
        fraction += 1
    return fraction


def _is_time(text: str, start: int, end: int) -> bool:
    """H:MM, as in 10:30 (espeak would say 十 三十)."""
    minutes = text[end + 1:end + 3]
    return (end - start <= 2 and text[start:end].isdigit() and text[end:end + 1] in (":", "：")
            and len(minutes) == 2 and minutes.isdigit() and not text[end + 3:end + 4].isdigit())


def _zh_time(hours: str, minutes: str) -> str:
    """10:30 → 十点三十分, 9:05 → 九点零五分, 8:00 → 八点."""
    said = zh_number(int(hours)) + "点"
    if minutes == "00":
        return said
    return said + ("零" if minutes[0] == "0" else "") + zh_number(int(minutes)) + "分"


def _digit_near(text: str, i: int) -> bool:
    """A ``*`` belongs to a number only when the run it starts goes on to digits."""
    j = i
    while j < len(text) and text[j] == "*":
        j += 1
    return j < len(text) and text[j].isdigit()


def _run_end(text: str, start: int) -> int:
    """The end of the run: separators (, -) count only between digits or stars."""
    end = start
    while end < len(text) and text[end] in RUN_CHARS:
        end += 1
    while end > start and text[end - 1] in ",-":
        end -= 1
    return end


def _run_rule(text: str, start: int, end: int, lang: str) -> str:
    """Which rule reads the run ``text[start:end]`` (see the module docstring)."""
    run = text[start:end]
    digits = "".join(c for c in run if c.isdigit())
    after = text[end:end + 8].lstrip().lower()
    if "*" in run:
        return "masked"
    if start and text[start - 1] in YUAN_SIGNS or _has_thousands(run) or after[:1] and after[:1] in AMOUNT_AFTER \
            or after.startswith("yuan"):
        return "amount"
    if lang == "zh" and after.startswith("年"):
        return "year"
    if _is_code(digits, text[max(0, start - 16):start], lang) and "," not in run:
        return "code"
    if len(digits) >= 3 and "-" not in run:
        return "quantity"   # Chinese: said with our numerals; English voices say them right
    return "engine"


def _say_run(text: str, start: int, end: int, lang: str, rule: str) -> str:
    run = text[start:end]
    digits = "".join(c for c in run if c.isdigit())
    if rule == "masked":
        return _masked(run, lang, text[max(0, start - 12):start])
    if rule == "amount":
        return _amount(digits, start > 0 and text[start - 1] in YUAN_SIGNS, text[end:end + 8].lstrip().lower(), lang)
    if rule == "year":
        return _digits(digits, ZH_DIGITS)
    if rule == "code":
        return _digits(digits, ZH_PHONE_DIGITS) if lang == "zh" else _en_digits(digits, EN_PHONE_DIGITS)
    if rule == "quantity" and lang == "zh":
        return zh_number(int(digits))   # espeak says 1005 一千五 and 96110 九十六千一百十
    return run


def _is_code(digits: str, before: str, lang: str) -> bool:
    """A phone number, hotline or code rather than a quantity ("send me 300", "2024")."""
    if len(digits) < 3:
        return False
    if digits[0] == "0" or len(digits) >= 5 or digits in HOTLINES:
        return True
    if lang == "zh":
        return any(before.rstrip(" :：").endswith(word) for word in CODE_WORDS_ZH)
    # one of the last two words: "number 8032", "the code is 4829"
    return any(word.strip(":,").lower() in CODE_WORDS_EN for word in before.split()[-2:])


def _masked(run: str, lang: str, before: str = "") -> str:
    """158****2093 → 尾号二零九三 when 3 or more digits follow the stars; else every sign said.
    Where the words before already say so (尾号158****2093, "ending 158****2093") only the digits."""
    tail = run.rsplit("*", 1)[1].replace("-", "")
    said_before = before.rstrip(" ：:").lower()
    if len(tail) >= 3 and lang == "zh":
        return ("" if said_before.endswith(("尾号", "尾数")) else "尾号") + _digits(tail, ZH_PHONE_DIGITS)
    if len(tail) >= 3:
        named = said_before.endswith(("ending", "ending in", "ends in", "ends with", "ending with"))
        return ("" if named else "ending in ") + _en_digits(tail, EN_PHONE_DIGITS)
    if lang == "zh":
        return "".join("星号" if c == "*" else ZH_PHONE_DIGITS[int(c)] for c in run if c != "-")
    return " ".join("star" if c == "*" else EN_PHONE_DIGITS[int(c)] for c in run if c != "-")


def _amount(digits: str, yuan_sign: bool, after: str, lang: str) -> str:
    """An amount; a ¥ sign becomes 元 / yuan after it (the caller drops the sign)."""
    unit = _yuan_unit(yuan_sign, after, lang)
    if lang != "zh":
        return str(int(digits)) + unit
    said = zh_number(int(digits))
    return ("两" if said == "二" and after[:1] in "万千百亿" else said) + unit   # 2万 两万


def _yuan_unit(yuan_sign: bool, after: str, lang: str) -> str:
    """What a dropped ¥ sign becomes after the number ('' when the text names the unit already)."""
    if not yuan_sign or after.startswith("元") or after.lower().startswith("yuan"):
        return ""
    return "元" if lang == "zh" else " yuan"


def _has_thousands(run: str) -> bool:
    groups = run.split(",")
    return len(groups) > 1 and all(len(g) == 3 and g.isdigit() for g in groups[1:])


def _digits(digits: str, names: str) -> str:
    return "".join(names[int(d)] for d in digits)


def _en_digits(digits: str, names: tuple[str, ...]) -> str:
    return " ".join(names[int(d)] for d in digits)


def zh_number(n: int) -> str:
    """``n`` in Chinese numerals as said aloud: 1260 → 一千二百六十, 96110 → 九万六千一百一十."""
    if n == 0:
        return "零"
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        return _two(zh_number(high)) + "亿" + (_zero_if(low < 10**7) + zh_number(low) if low else "")
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return _two(zh_number(high)) + "万" + (_zero_if(low < 1000) + _below_10000(low) if low else "")
    said = _below_10000(n)
    if said.startswith("二千"):
        return "两" + said[1:]   # 两千, as said; 二百 and 两百 are both heard
    return said[1:] if said.startswith("一十") else said   # 十五, not 一十五


def _two(said: str) -> str:
    """两万, 两亿: 二 alone before a big unit is said 两."""
    return "两" if said == "二" else said


def _zero_if(gap: bool) -> str:
    return "零" if gap else ""


def _below_10000(n: int) -> str:
    said, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            said += ("零" if zero and said else "") + ZH_DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return said
