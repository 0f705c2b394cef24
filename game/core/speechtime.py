"""How long a spoken line should last at its rate: a line said at a wrong speed is said again.

A line's length in espeak-ng's "words" (seconds × words a minute ÷ 60) was fitted over
every line of the built-in packs (736 lines, both languages, at the three reading speeds):
Chinese from its characters and pauses, English from its syllables, words and pauses. Lines
last 0.75-1.28 times the estimate in Chinese and 0.66-1.63 in English, so a line passes
within BOUNDS of it, about 10 % wider: an engine that ignored the rate (its default 175 for
a slow reader's 110, 1.6 times too fast) is caught for most lines; a rate off by one step
(140 for 170) is not always. The cause of wrong speeds is fixed in the worker; this guards.
"""
from __future__ import annotations

RATE_ATTEMPTS = 2   # a line whose length does not fit is said once more, then kept and logged
BOUNDS = {"zh": (0.68, 1.42), "en": (0.58, 1.85)}
# A short line (a button read aloud: 确定, 真照片) lasts longer than its words: espeak's pause
# at the end weighs more. Measured up to 0.6 s over the fit for 2-3 characters.
SHORT_LINE_SLACK = 0.8
ZH_PAUSE, ZH_STOP = "，、；：,;:", "。！？!?.…"
EN_PAUSE, EN_STOP = ",;:—", ".!?…"
VOWELS = "aeiouy"
SAID_SIGNS = "+/%=&@#"


def expected_seconds(text: str, lang: str, rate: int) -> tuple[float, float]:
    """The shortest and longest time ``text`` may take at ``rate`` words a minute."""
    words = _zh_words(text) if lang == "zh" else _en_words(text)
    seconds = max(0.3, words) * 60 / max(1, rate)
    low, high = BOUNDS["zh" if lang == "zh" else "en"]
    return seconds * low, seconds * high + SHORT_LINE_SLACK


def plausible_seconds(seconds: float, text: str, lang: str, rate: int) -> bool:
    low, high = expected_seconds(text, lang, rate)
    return low <= seconds <= high


def _zh_words(text: str) -> float:
    # Digits and signs left to the voice (a score "+10 分", a page "1/4") are said as syllables too
    characters = sum(1 for c in text if "\u3400" <= c <= "\u9fff" or c.isdigit() or c in SAID_SIGNS)
    latin = len("".join(c if c.isascii() and c.isalpha() else " " for c in text).split())
    return 0.78 * (characters + 1.5 * latin) + 0.46 * _count(text, ZH_PAUSE) + 0.78 * _count(text, ZH_STOP)


def _en_words(text: str) -> float:
    words = "".join(c if c.isalpha() or c == "'" else " " for c in text.lower()).split()
    syllables = sum(max(1, _vowel_groups(word)) for word in words) + _count(text, "0123456789" + SAID_SIGNS)
    return 0.31 * syllables + 0.27 * len(words) + 0.93 * _count(text, EN_PAUSE) + 1.1 * _count(text, EN_STOP) + 0.74


def _vowel_groups(word: str) -> int:
    groups, before = 0, False
    for c in word:
        vowel = c in VOWELS
        groups += vowel and not before
        before = vowel
    return groups


def _count(text: str, chars: str) -> int:
    return sum(1 for c in text if c in chars)
