from game.core.linebreak import NO_LINE_START, wrap


def cjk_width(text):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def test_chinese_closing_punctuation_never_starts_a_line():
    text = "奶奶，我是你孙子。我出事了，快给我转钱！不要告诉爸爸妈妈，好吗？"
    for width in range(4, 30):
        lines = wrap(text, width, cjk_width)
        assert "".join(lines) == text
        assert all(line[0] not in NO_LINE_START for line in lines[1:]), (width, lines)


def test_opening_punctuation_never_ends_a_line():
    text = "请拨打“一一零”报警（如果钱已经转出）。"
    for width in range(4, 20):
        for line in wrap(text, width, cjk_width)[:-1]:
            assert line[-1] not in "“（", (width, line)


def test_english_breaks_at_spaces_and_splits_only_overlong_words():
    lines = wrap("Hang up and call back on the number you saved.", 12, len)
    assert lines == ["Hang up and", "call back on", "the number", "you saved."]
    assert wrap("abcdefghijklmnop", 5, len) == ["abcde", "fghij", "klmno", "p"]


def test_mixed_text_and_explicit_newlines():
    lines = wrap("拨打110报警。\nCall 110.", 100, cjk_width)
    assert lines == ["拨打110报警。", "Call 110."]
