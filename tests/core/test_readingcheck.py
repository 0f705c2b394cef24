"""validate's reading check: call lines the voice may misread are warned about, with place and fix."""
from __future__ import annotations

import shutil

import pytest
import yaml

from game.core.packs import find_pack_folders, load_pack
from game.core.readingcheck import line_warnings, pack_warnings
from tests.conftest import DATA, ROOT


@pytest.mark.parametrize("text, lang", [
    ("下周还款", "zh"), ("还是不放心", "zh"), ("发了工资就还。", "zh"), ("我在银行", "zh"),
    ("请拨打96110", "zh"), ("这里是110。", "zh"), ("工号8032", "zh"), ("单号0325", "zh"),
    ("15日", "zh"), ("3点", "zh"), ("5万元", "zh"), ("¥1,260", "zh"), ("2024年", "zh"), ("10:30见", "zh"),
    ("158****2093", "zh"), ("给1000", "zh"),   # a round hundred is a quantity
    ("Call 96110", "en"), ("The 15th, 9 am", "en"), ("send me 300", "en"), ("staff number 8032", "en"),
    ("It's 457 yuan.", "en"), ("I'm 2,000 short", "en"), ("还 in an English line is not read as Chinese", "en"),
])
def test_what_a_rule_or_the_lexicon_decides_is_not_warned(text, lang):
    assert line_warnings(text, lang) == []


@pytest.mark.parametrize("text, lang, words", [
    ("给8032", "zh", "code or a quantity"),        # 工号8032 or 8032元?
    ("send me 8032", "en", "code or a quantity"),
    ("back in 2024", "en", "a year"),
    ("座位A12", "zh", "'A12' mixes letters"), ("seat A12", "en", "'A12' mixes letters"),
    ("3-5天", "zh", "a range or a date"),
    ("给50000", "zh", "digit by digit"),           # an amount without 元 is read like a phone number
    ("１２３", "zh", "full-width"),   # fixed by writing 123
])
def test_a_number_no_rule_is_sure_of_is_warned(text, lang, words):
    warnings = line_warnings(text, lang)
    assert warnings and words in warnings[0].message, warnings
    assert "say:" in warnings[0].hint or "ASCII" in warnings[0].hint


def test_a_polyphone_outside_a_known_word_is_warned_at_its_place():
    warnings = line_warnings("下周还款，他还去吗？", "zh")   # 还款 is known, 还去 is not
    assert [w.offset for w in warnings] == [6]
    assert "'还'" in warnings[0].message and "main.py say" in warnings[0].hint and "say:" in warnings[0].hint


def test_every_listed_polyphone_is_checked():
    # (打的 is always said 打得 by the lexicon: 打的 dī, to take a taxi, does not come up in calls)
    for text in ("他还去", "一行", "重量", "长大", "转圈", "调查", "得到", "便利"):
        assert line_warnings(text, "zh"), text


@pytest.fixture
def calls_copy(tmp_path):
    pack = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack)
    return pack


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_warnings_name_the_file_line_and_column_and_skip_lines_with_say_or_audio(calls_copy, library):
    scenario = calls_copy / "grandson-call.yaml"
    edit(scenario, "哎呀，别问了，来不及了！", "哎呀，他还去吗？给8032！")
    edit(scenario, "奶奶？我在学校上课呢，没出事啊。", "奶奶？他还去吗？")
    edit(scenario, "{speaker: grandson, text:", "{speaker: grandson, say: {zh: 奶奶？他孩去吗？}, text:")
    assert load_pack(calls_copy, library).ok   # warnings are not problems: the pack still plays
    warnings = pack_warnings(calls_copy, ["zh", "en"])
    lines = scenario.read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines, 1) if "他还去吗？给8032" in line)
    assert [(w.line, w.col) for w in warnings] == [(row, lines[row - 1].index("还") + 1),
                                                    (row, lines[row - 1].index("8032") + 1)]
    assert all(w.path.endswith("grandson-call.yaml") and w.message.startswith("zh: ") for w in warnings)
    edit(scenario, "- text: {zh: 哎呀，他还去吗？给8032！", "- audio: media/x.wav\n          text: {zh: 哎呀，他还去吗？给8032！")
    assert pack_warnings(calls_copy, ["zh", "en"]) == []   # a recorded line is not the voice's


def test_a_quoted_text_gets_the_column_of_the_word(calls_copy):
    scenario = calls_copy / "grandson-call.yaml"
    edit(scenario, "{zh: 哎呀，别问了，来不及了！,", '{zh: "哎呀，他还去吗？",')
    [warning] = pack_warnings(calls_copy, ["zh"])
    line = scenario.read_text(encoding="utf-8").split("\n")[warning.line - 1]
    assert line[warning.col - 1] == "还"


def test_the_built_in_packs_read_right(library):
    # every number and listed polyphone in every call line is decided by a rule, the lexicon or a say:
    warnings = []
    for folder in find_pack_folders([ROOT / "scenarios"]):
        status = load_pack(folder, library)
        assert status.ok, status.problems
        warnings += pack_warnings(folder, list(status.pack.info.languages))
    assert [str(w) for w in warnings] == []


def test_the_words_said_in_built_in_clips_read_right():
    # tools/media/sound.py refuses to voice a line the check doubts; each clip's transcript
    # holds the words its tool says, so a doubtful one is caught here before a rebuild.
    doubts = []
    for path in sorted((ROOT / "scenarios").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        clip = data.get("clip") if isinstance(data, dict) else None
        for line in (clip or {}).get("transcript") or []:
            doubts += [f"{path.name}: {line['zh']}: {w.message}" for w in line_warnings(line["zh"], "zh")]
    assert doubts == []
