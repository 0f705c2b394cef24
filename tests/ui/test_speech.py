"""Speech with the real engine: bundled espeak-ng through pyttsx3, no system package needed."""
from __future__ import annotations

import array
import json
import subprocess
import sys
import wave

import pytest

from game.core.speechtext import SpeechRequest
from game.media.speech import Speech
from tests.conftest import DATA, ROOT


@pytest.fixture
def speech(tmp_path):
    engine = Speech(tmp_path / "speech")
    yield engine
    engine.close()


def loudness(path) -> tuple[float, float]:
    """Seconds and root-mean-square level (0..32767) of a 16-bit WAV."""
    with wave.open(str(path)) as sound:
        assert sound.getsampwidth() == 2
        samples = array.array("h", sound.readframes(sound.getnframes()))
        seconds = sound.getnframes() / sound.getframerate()
    return seconds, (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5


def test_the_bundled_engine_starts(speech):
    assert speech.available, speech.error
    if sys.platform.startswith("linux"):   # espeak-ng from the wheel, not from a system package
        assert speech.engine == "espeak:bundled"


@pytest.mark.parametrize("text, lang", [("奶奶，我是你孙子，我出事了。", "zh"),
                                        ("Grandma, it's me. I'm in trouble.", "en"),
                                        ("我的老师叫Lucy Wang，她说hello。", "zh")])
def test_lines_become_non_silent_wav_files(speech, text, lang):
    path = speech.render(SpeechRequest(text, lang))
    seconds, level = loudness(path)
    assert 0.8 < seconds < 10 and level > 300


def test_mandarin_is_read_with_the_right_syllables(speech):
    if not speech.available or not speech.engine.startswith("espeak"):
        pytest.skip("phonemes come from espeak")
    phonemes = speech.phonemes("奶奶，我是你孙子", "zh")
    # tones as numbers: nai nai wo shi ni sun zi — the Debian 1.51 'cmn' misread these
    for syllable in ("nai2", "ˈai1", "wˈo2", "nˈi2", "suə5n"):
        assert syllable in phonemes, phonemes


def test_a_rendered_line_is_cached(speech):
    request = SpeechRequest("请挂断电话，回拨存好的号码。", "zh", rate=140)
    assert speech.cached(request) is None
    first = speech.render(request)
    assert speech.cached(request) == first
    assert speech.render(SpeechRequest(request.text, "zh", rate=180)) != first


def test_a_hung_engine_times_out_and_speech_goes_on(speech):
    assert speech.available
    speech.timeout = 1.0
    assert speech._ask(["sleep", 30]) is None          # the worker hangs: killed after the time-out
    assert "stopped answering" in speech.error
    path = speech.render(SpeechRequest("重新开始以后可以说话。", "zh"))
    assert path is not None and loudness(path)[1] > 300


def test_no_engine_means_captions_only(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))
    engine = Speech(tmp_path / "s")
    assert not engine.available and engine.error
    assert engine.render(SpeechRequest("你好", "zh")) is None


def test_prerender_twice_renders_nothing_new(tmp_path):
    command = [sys.executable, str(ROOT / "main.py"), "prerender", str(DATA / "packs" / "calls"),
               "--cache", str(tmp_path / "cache")]
    first = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout.splitlines()[-1])
    assert first["rendered"] > 0 and first["failed"] == 0
    second = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout.splitlines()[-1])
    assert second == {**first, "rendered": 0, "cached": first["rendered"] + first["cached"]}
