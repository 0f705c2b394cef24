"""Interface sounds on the real pygame mixer (SDL's dummy audio driver): played at their own
volume, silent when switched off or at 0, never under a voice; the WAVs as tools/make_sounds.py
makes them; one ringtone per kind of call; and the places that ask for them."""
from __future__ import annotations

import importlib.util
import struct
import wave

import pygame
import pytest

from game.core.cues import CUES, RINGTONES, ringtone, verdict
from game.core.scoring import Answer
from game.core.settings import Settings
from game.media.cues import Cues
from game.media.sound import CUE_CHANNEL, SoundOutput
from tests.conftest import ROOT
from game.ui.flows import Journey
from tests.ui.driver import Driver

SOUNDS = ROOT / "assets" / "sounds"


@pytest.fixture
def output():
    pygame.init()
    sound = SoundOutput()
    sound.start()
    if not sound.available:
        pytest.skip(f"no mixer even with the dummy driver: {sound.error}")
    yield sound
    pygame.quit()


def cues_at(output, volume: float) -> Cues:
    cues = Cues(output, SOUNDS)
    cues.volume = volume
    return cues


def cue_channel():
    return pygame.mixer.Channel(CUE_CHANNEL)


def test_a_cue_plays_on_its_own_channel_at_the_interface_volume(output):
    cues = cues_at(output, Settings(ui_sounds_volume=0.3).cue_volume)
    cues.cue("correct", now=0.0)
    channel = cue_channel()
    assert channel.get_busy() and channel.get_volume() == pytest.approx(0.3, abs=0.01)
    assert channel.get_sound().get_length() == pytest.approx(0.45, abs=0.01)   # correct.wav
    assert cues.playing() and cues.pending is None


def test_the_voices_volume_does_not_change_the_interface_volume(output):
    output.volume = 1.0
    cues = cues_at(output, 0.6)
    cues.cue("choice", now=0.0)
    assert cue_channel().get_volume() == pytest.approx(0.6, abs=0.01)


@pytest.mark.parametrize("settings", [Settings(ui_sounds=False), Settings(ui_sounds_volume=0.0)])
def test_nothing_plays_when_the_sounds_are_off_or_at_nothing(output, settings):
    cues = cues_at(output, settings.cue_volume)
    cues.cue("correct", now=0.0)
    assert not cue_channel().get_busy() and not cues.playing() and not pygame.mixer.get_busy()


def test_a_cue_waits_for_a_voice_and_is_dropped_when_too_late(output):
    voice = output.load(SOUNDS / "ring_phone.wav")   # two seconds, standing in for speech
    assert output.play(voice) is not None
    cues = cues_at(output, 0.6)
    cues.cue("careful", now=10.0)
    assert not cue_channel().get_busy() and cues.pending == ("careful", 10.0)
    assert cues.playing()   # so narration waits behind it
    cues.update(now=10.5)
    assert not cue_channel().get_busy()          # the voice still speaks
    cues.update(now=11.2)                        # more than a second late: dropped, never played
    assert cues.pending is None and not cue_channel().get_busy()


def test_a_cue_waits_while_the_screen_is_read_aloud(output):
    from game.ui.narrator import CHANNEL

    reading = pygame.mixer.Channel(CHANNEL)   # the narrator's own channel
    reading.play(output.load(SOUNDS / "ring_phone.wav"))
    cues = cues_at(output, 0.6)
    cues.cue("choice", now=0.0)
    assert not cue_channel().get_busy() and cues.pending is not None
    reading.stop()
    cues.update(now=0.1)
    assert cue_channel().get_busy()


def test_a_cue_plays_once_the_voice_has_stopped(output):
    channel = output.play(output.load(SOUNDS / "ring_phone.wav"))
    cues = cues_at(output, 0.6)
    cues.cue("reveal", now=0.0)
    channel.stop()
    cues.update(now=0.2)
    assert cue_channel().get_busy() and cues.pending is None


def test_a_voice_that_starts_stops_a_cue(output):
    cues = cues_at(output, 0.6)
    cues.cue("reveal", now=0.0)
    assert cue_channel().get_busy()
    output.play(output.load(SOUNDS / "ring_phone.wav"))
    assert not cue_channel().get_busy()


def test_voices_and_clips_never_take_the_interface_channel(output):
    sound = output.load(SOUNDS / "choice.wav")
    channels = [output.play(sound) for _ in range(pygame.mixer.get_num_channels() - 1)]
    assert all(c is not None for c in channels)
    assert not cue_channel().get_busy()


def test_without_a_sound_card_cues_are_silent_and_nothing_fails():
    silent = SoundOutput()   # never started: what a machine without audio gets
    cues = Cues(silent, SOUNDS)
    cues.volume = 1.0
    cues.cue("correct", now=0.0)
    cues.update(now=0.1)
    assert not cues.playing() and silent.cue_channel() is None and not silent.others_busy()


def test_the_cues_name_the_feedback_and_each_call_has_its_ringtone():
    right = Answer("s", "c", "manipulated", "manipulated", "sure")
    wrong = Answer("s", "c", "manipulated", "real", "sure")
    assert verdict(right) == "correct" and verdict(wrong) == "careful"
    assert ringtone("phone") == "ring_phone" and ringtone("video") != ringtone("conference")
    for name in [*CUES, *RINGTONES.values()]:
        assert (SOUNDS / f"{name}.wav").is_file(), name


def test_the_sounds_are_remade_byte_for_byte_by_the_tool(tmp_path):
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    make_sounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sounds)
    written = make_sounds.write_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in SOUNDS.glob("*.wav"))
    for path in written:
        assert path.read_bytes() == (SOUNDS / path.name).read_bytes(), path.name


@pytest.mark.parametrize("name", [*CUES, *RINGTONES.values()])
def test_every_sound_is_small_soft_and_starts_and_ends_quietly(name):
    with wave.open(str(SOUNDS / f"{name}.wav")) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    assert seconds <= (2.0 if name.startswith("ring") else 0.7)
    assert max(abs(s) for s in samples) <= 0.5 * 32767            # no clipping, room to spare
    assert abs(samples[0]) < 400 and abs(samples[-1]) < 400       # soft attack and decay: no click


# --- where the game asks for them ---

@pytest.fixture
def driver(app):
    Journey(app).start()
    return Driver(app)


def test_choosing_an_answer_clicks_and_the_feedback_says_correct_or_careful(driver, app):
    asked = []
    app.ctx.cue = asked.append     # what the scenes ask for, whatever the mixer does
    driver.to_round()
    asked.clear()
    while driver.scene.round.step != "feedback":
        driver.press("1")
    answer = driver.scene.round.current_answer
    assert asked[0] == "choice" and asked[-1] == verdict(answer)
    assert asked.count("choice") == len(asked) - 1


def test_the_settings_screen_turns_interface_sounds_off_and_sets_their_volume(driver, app):
    driver.to_round(nickname="Mei")
    driver.press("f3")
    assert driver.sees("Interface sounds: on") and driver.sees("Interface sound volume: 60%")
    assert driver.sees("Voice volume: 80%")
    driver.click("ui_sounds_volume")
    assert app.ctx.cues.volume == 1.0 and driver.sees("Interface sound volume: 100%")
    driver.click("ui_sounds")
    assert app.ctx.cues.volume == 0.0 and driver.sees("Interface sounds: off")
    stored = app.ctx.store.settings(app.ctx.profile)
    assert not stored.ui_sounds and stored.ui_sounds_volume == 1.0 and app.ctx.sound.volume == 0.8


def test_a_classroom_reveal_plays_the_reveal_sound_once(driver, app):
    from tests.ui.test_classroom import to_classroom

    to_classroom(driver)
    asked = []
    app.ctx.cue = asked.append
    scene = driver.scene
    driver.press("enter")                      # the room has watched: teams answer
    driver.press("enter")                      # on to what they would do
    driver.press("enter")                      # and the reveal
    assert scene.game.phase == "reveal"
    assert asked.count("reveal") == 1
    driver.press("enter")                      # its next page: no second chime
    assert asked.count("reveal") == 1
