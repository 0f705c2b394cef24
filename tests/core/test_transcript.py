"""Transcripts of audio and video clips: every spoken word written down in both languages, with
its time. The validator asks every audio and video clip for one and checks its lines; the pure
helper says what is being said at a moment and what has been said so far."""
from __future__ import annotations

import pytest

from game.core.models import LangText, TranscriptLine
from game.core.packs import load_pack
from game.core.transcript import full_text, line_in, lines_at, next_change, said_by
from tests.core.test_validation import edit, line_of, problems_of

# voice-fake's clip in the mini pack (media/voice.wav lasts 1 s), its transcript in block style
# below so that each line of the transcript has a line of the file of its own
FLOW_CLIP = ('clip: {kind: audio, file: media/voice.wav, picture: media/still.png, caption: {zh: 奶奶，快给我转钱！, '
             'en: "Grandma, send me money now!"},\n       transcript: [{zh: 奶奶，快给我转钱！, '
             'en: "Grandma, send me money now!", start: 0.1, end: 0.9}]}')
BLOCK_CLIP = """clip:
  kind: audio
  file: media/voice.wav
  picture: media/still.png
  caption: {zh: 奶奶，快给我转钱！, en: "Grandma, send me money now!"}
  transcript:
    - {zh: 奶奶，, en: "Grandma,", start: 0.1, end: 0.4, speaker: {zh: 来电人, en: Caller}}
    - {zh: 快给我转钱！, en: Send me money now!, start: 0.45, end: 0.95}"""


@pytest.fixture
def block_pack(mini_pack):
    edit(mini_pack, "voice-fake.yaml", FLOW_CLIP, BLOCK_CLIP)
    return mini_pack


def test_a_clip_with_a_transcript_and_one_saying_it_has_no_words_pass(block_pack, library):
    status = load_pack(block_pack, library)
    assert status.problems == [] and status.ok
    clips = {s.id: s.clip for s in status.pack.scenarios}
    first, second = clips["voice-fake"].transcript
    assert (first.zh, first.en, first.start, first.end) == ("奶奶，", "Grandma,", 0.1, 0.4)
    assert first.speaker.en == "Caller" and second.speaker is None
    assert clips["video-real"].transcript == []            # said explicitly: nothing is spoken
    assert clips["still-fake"].transcript is None           # pictures have none


def test_the_cache_keeps_the_transcript(block_pack, library):
    first = load_pack(block_pack, library)
    again = load_pack(block_pack, library)
    assert again.pack.scenarios == first.pack.scenarios
    assert {s.id: s.clip.transcript for s in again.pack.scenarios}["voice-fake"][1].en == "Send me money now!"


# (file, old text, new text, words expected in the problem, the marker of its line)
LINE = "- {zh: 快给我转钱！, en: Send me money now!, start: 0.45, end: 0.95}"
MARK = "- {zh: 快给我转钱"
CASES = {
    "audio clip without a transcript": (
        "voice-fake.yaml", "\n  transcript:\n    - {zh: 奶奶，, en: \"Grandma,\", start: 0.1, end: 0.4, "
        "speaker: {zh: 来电人, en: Caller}}\n    " + LINE, "", "audio clip has no transcript", "kind: audio"),
    "video clip without a transcript": ("video-real.yaml", ",\n       transcript: []}", "}", "video clip has no transcript",
                                        "kind: video"),
    "a transcript on a picture": ("still-fake.yaml", "  kind: image\n", "  kind: image\n  transcript: []\n",
                                  "only for audio and video", "transcript: []"),
    "end before start": ("voice-fake.yaml", LINE, LINE.replace("end: 0.95", "end: 0.3"), "before end 0.3 s", MARK),
    "start equal to end": ("voice-fake.yaml", LINE, LINE.replace("end: 0.95", "end: 0.45"), "before end", MARK),
    "a negative start": ("voice-fake.yaml", LINE, LINE.replace("start: 0.45", "start: -1"), "0 or more", MARK),
    "past the end of the clip": ("voice-fake.yaml", LINE, LINE.replace("end: 0.95", "end: 3.5"),
                                 "after the clip ends (1.0 s)", MARK),
    "out of order": ("voice-fake.yaml", LINE, LINE.replace("start: 0.45", "start: 0.05"), "before the line above it",
                     MARK),
    "a language missing": ("voice-fake.yaml", LINE, LINE.replace("en: Send me money now!, ", ""), "no 'en' text",
                           MARK),
    "the speaker missing a language": ("voice-fake.yaml", "speaker: {zh: 来电人, en: Caller}", "speaker: {zh: 来电人}",
                                       "speaker: no 'en' text", "speaker:"),
    "a Chinese-only speaker": ("voice-fake.yaml", "speaker: {zh: 来电人, en: Caller}", "speaker: 来电人",
                               "Chinese text with no English", "speaker:"),
    "a character the font lacks": ("voice-fake.yaml", "{zh: 快给我转钱！, en: Send", "{zh: 快给我转钱䶮, en: Send",
                                   "cannot draw '䶮'", "䶮"),
    "not a number": ("voice-fake.yaml", LINE, LINE.replace("start: 0.45", "start: .nan"), "not plain numbers", MARK),
    "a misspelt key": ("voice-fake.yaml", LINE, LINE.replace("end: 0.95", "ends: 0.95"), "did you mean 'end'", MARK),
    "time written as text": ("voice-fake.yaml", LINE, LINE.replace("start: 0.45", "start: '0.45'"), "valid number",
                              MARK),
    "no times at all": ("voice-fake.yaml", LINE, LINE.replace(", start: 0.45, end: 0.95", ""), "start: missing",
                        MARK),
    "unclear words not in the line": ("voice-fake.yaml", LINE, LINE.replace("}", ", unclear: [{zh: 转账, en: money}]}"),
                                      "unclear words not found in the line (zh: '转账')", MARK),
    "unclear words in one language only": ("voice-fake.yaml", LINE, LINE.replace("}", ", unclear: [{zh: 转钱}]}"),
                                           "en: (none given)", MARK),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_transcript_problem_names_file_line_and_fix(case, block_pack, library):
    name, old, new, words, marker = CASES[case]
    edit(block_pack, name, old, new)
    problems = problems_of(block_pack, library)
    matching = [p for p in problems if words in str(p)]
    assert matching, [str(p) for p in problems]
    problem = matching[0]
    assert problem.path.endswith(name)
    assert problem.line == line_of(block_pack, name, marker) and problem.col >= 1
    if "no transcript" in words:
        assert "transcript: []" in problem.hint and "zh, en, start and end" in problem.hint


def test_every_bad_line_is_reported(block_pack, library):
    edit(block_pack, "voice-fake.yaml", "start: 0.1, end: 0.4", "start: 0.5, end: 0.4")
    edit(block_pack, "voice-fake.yaml", LINE, LINE.replace("end: 0.95", "end: 7"))
    messages = [p.message for p in problems_of(block_pack, library)]
    assert any("transcript[0]" in m and "before end" in m for m in messages), messages
    assert any("transcript[1]" in m and "after the clip ends" in m for m in messages), messages


def test_words_lost_in_a_drop_out_pass_validation(block_pack, library):
    edit(block_pack, "voice-fake.yaml", LINE, LINE.replace("}", ", unclear: [{zh: 转钱, en: money}]}"))
    status = load_pack(block_pack, library)
    assert status.problems == [] and status.ok
    lost = {s.id: s.clip for s in status.pack.scenarios}["voice-fake"].transcript[1].unclear
    assert (lost[0].zh, lost[0].en) == ("转钱", "money")


def test_words_lost_in_a_drop_out_are_never_written_as_heard():
    lost = TranscriptLine(zh="喂，妹子吗？我是二哥。", en="Hello, sister? It's your second brother.", start=0.6, end=3.3,
                          unclear=[LangText(zh="二哥", en="second brother")])
    assert line_in(lost, "zh", live=True) == "喂，妹子吗？我是[听不清]。"            # the caption as it plays
    assert line_in(lost, "en", live=True) == "Hello, sister? It's your [unclear]."
    assert line_in(lost, "zh") == "喂，妹子吗？我是（听不清：二哥）。"               # the full transcript: marked
    assert line_in(lost, "en") == "Hello, sister? It's your (unclear: second brother)."
    assert "（听不清：二哥）" in full_text([HELLO, lost], "zh")
    two = TranscriptLine(zh="不用，不用来接。", en="No, no need.", start=0, end=1,
                         unclear=[LangText(zh="不用", en="No"), LangText(zh="不用", en="no")])
    assert line_in(two, "zh", live=True) == "[听不清]，[听不清]来接。"               # each part in turn
    assert line_in(two, "en", live=True) == "[unclear], [unclear] need."


# --- the pure helper -----------------------------------------------------------------------------

def line(start, end, zh="话", en="words", speaker=None):
    return TranscriptLine(zh=zh, en=en, start=start, end=end, speaker=speaker)


HELLO = line(0.4, 1.6, "喂，妈，是我。", "Hi Mum, it's me.")
COLD = line(2.0, 3.5, "我感冒了。", "I have a cold.")
BYE = line(3.8, 5.0, "先挂了啊。", "Bye for now.")
TALK = [HELLO, COLD, BYE]


@pytest.mark.parametrize("seconds, expected", [
    (0.0, []), (0.39, []), (0.4, [HELLO]), (1.0, [HELLO]), (1.6, []), (1.8, []),
    (2.0, [COLD]), (3.6, []), (4.9, [BYE]), (5.0, []), (99, []),
])
def test_lines_at_gives_the_line_being_spoken(seconds, expected):
    assert lines_at(TALK, seconds) == expected


def test_a_held_caption_stays_for_slow_readers_but_gives_way_to_the_next_line():
    assert lines_at(TALK, 1.8, hold=1.0) == [HELLO]      # held after its end...
    assert lines_at(TALK, 2.0, hold=1.0) == [COLD]       # ...until the next line starts
    assert lines_at(TALK, 5.9, hold=1.0) == [BYE]        # the last one is held the full second
    assert lines_at(TALK, 6.0, hold=1.0) == []


@pytest.mark.parametrize("seconds, hold, expected", [
    (0.0, 0.0, 0.4), (0.4, 0.0, 1.2), (1.0, 0.0, 0.6), (1.6, 0.0, 0.4), (4.9, 0.0, 0.1), (5.0, 0.0, None),
    (1.0, 1.0, 1.0), (1.6, 1.0, 0.4), (4.9, 1.0, 1.1), (6.0, 1.0, None),
])
def test_next_change_is_when_the_lines_shown_next_differ(seconds, hold, expected):
    """The game loop sleeps until a clip's captions change: the next line begins, or the line
    shown goes (after its hold, or when the next line begins)."""
    change = next_change(TALK, seconds, hold)
    if expected is None:
        assert change is None
        return
    assert change == pytest.approx(expected)
    assert lines_at(TALK, seconds + change - 1e-6, hold) == lines_at(TALK, seconds, hold)   # nothing changes before
    assert lines_at(TALK, seconds + change, hold) != lines_at(TALK, seconds, hold)          # and something does then


def test_no_transcript_never_changes():
    assert next_change(None, 0.0) is None and next_change([], 1.0, hold=2) is None


def test_two_voices_at_once_are_both_shown():
    a, b = line(0.0, 2.0, en="one"), line(1.0, 3.0, en="two")
    assert lines_at([a, b], 1.5) == [a, b]
    assert lines_at([a, b], 1.5, hold=5) == [a, b]
    assert lines_at([a, b], 2.5) == [b]


@pytest.mark.parametrize("seconds, count", [(0.0, 0), (0.4, 1), (1.9, 1), (2.5, 2), (4.0, 3), (60, 3)])
def test_said_by_gives_every_line_begun_so_far(seconds, count):
    assert said_by(TALK, seconds) == TALK[:count]


def test_no_transcript_or_no_words_means_nothing_to_show():
    for transcript in (None, []):
        assert lines_at(transcript, 1.0) == [] and lines_at(transcript, 1.0, hold=2) == []
        assert said_by(transcript, 1.0) == [] and full_text(transcript, "zh") == ""


def test_the_full_transcript_as_text_in_each_language():
    assert full_text(TALK, "zh") == "喂，妈，是我。我感冒了。先挂了啊。"
    assert full_text(TALK, "en") == "Hi Mum, it's me. I have a cold. Bye for now."
    assert full_text(TALK, "en", sep="\n").count("\n") == 2
    from game.core.models import LangText

    two = [line(0, 1, "你好。", "Hello.", LangText(zh="儿子", en="Son")), line(1, 2, "好。", None)]
    assert full_text(two, "zh") == "儿子：你好。好。"
    assert full_text(two, "en") == "Son: Hello. 好。"      # a missing language falls back to the other


def test_the_documented_transcript_example_has_the_right_shape():
    import re

    import yaml

    from game.core.models import Clip
    from tests.conftest import ROOT

    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8"), re.DOTALL)
    example = next(b for b in blocks if b.startswith("clip:") and "transcript:" in b)
    clip = Clip.model_validate(yaml.safe_load(example)["clip"])
    assert clip.kind == "video" and len(clip.transcript) == 2 and clip.transcript[1].speaker.en == "Shopper"
    assert lines_at(clip.transcript, 3.0) == [] and lines_at(clip.transcript, 3.0, hold=1) == [clip.transcript[0]]
