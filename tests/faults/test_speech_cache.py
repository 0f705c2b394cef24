"""The speech cache: kept under its size limit (least recently used lines go first), and a
cache folder that cannot be written moves the cache elsewhere or turns speech off at once,
never a wait of many seconds."""
from __future__ import annotations

import os
import time

from game.core.speechtext import SpeechRequest
from game.media.speech import Speech, trim_cache


def wav(folder, name: str, size: int, used: float):
    path = folder / name[:2] / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)
    os.utime(path, (used, used))
    return path


def test_the_cache_keeps_under_its_limit_and_the_least_recently_used_lines_go(tmp_path):
    now = time.time()
    old = [wav(tmp_path, f"aa{n}", 1000, now - 1000 + n) for n in range(5)]
    new = [wav(tmp_path, f"bb{n}", 1000, now - 10 + n) for n in range(5)]
    (tmp_path / "notes.txt").write_text("not speech")
    assert trim_cache(tmp_path, 6500) == 4000
    assert [p.exists() for p in old] == [False, False, False, False, True]
    assert all(p.exists() for p in new) and (tmp_path / "notes.txt").exists()
    assert trim_cache(tmp_path, 6500) == 0                     # already under: nothing goes


def test_a_cache_folder_that_cannot_be_written_moves_the_cache_to_the_next(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    speech = Speech(blocked / "speech", fallbacks=(tmp_path / "elsewhere",))
    try:
        started = time.monotonic()
        assert speech.available, speech.error
        assert speech.cache_dir == tmp_path / "elsewhere"
        path = speech.render(SpeechRequest("你好。", "zh"))
        assert path is not None and path.parent.parent == tmp_path / "elsewhere"
        assert time.monotonic() - started < 20
    finally:
        speech.close()


def test_no_cache_folder_at_all_turns_speech_off_at_once(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    speech = Speech(blocked / "speech", fallbacks=(blocked / "other",))
    started = time.monotonic()
    assert not speech.ready and not speech.available
    assert "no folder for the speech cache can be written" in speech.error
    assert speech.render(SpeechRequest("你好。", "zh")) is None
    assert time.monotonic() - started < 1                      # no wait for an engine
    speech.close()
