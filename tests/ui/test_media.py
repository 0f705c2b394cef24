"""Clip players on real pygame surfaces: pictures, animations, audio and video with sound."""
from __future__ import annotations

import pygame
import pytest

from game.core.models import Clip
from game.media.clips import AnimationClip, AudioClip, MediaCache, StillClip, VideoClip, open_clip
from game.media.sound import SoundOutput


@pytest.fixture
def screen():
    pygame.init()
    surface = pygame.display.set_mode((640, 360))
    yield surface
    pygame.quit()


@pytest.fixture
def sound(screen):
    output = SoundOutput()
    output.start()
    return output


def clip_of(mini_pack, sound, kind, name, picture=None):
    return open_clip(mini_pack, Clip(kind=kind, file=f"media/{name}", picture=picture), MediaCache(), sound)


def test_still_picture_fits_its_box_keeping_shape(screen, mini_pack, sound):
    clip = clip_of(mini_pack, sound, "image", "still.png")
    assert isinstance(clip, StillClip) and clip.seconds == 0
    rect = clip.draw(screen, pygame.Rect(0, 0, 640, 480))
    assert rect.size == (640, 360) and rect.top == 60
    assert screen.get_at((320, 140))[:3] != (0, 0, 0)


def test_animation_changes_frame_with_time_and_can_pause(screen, mini_pack, sound):
    clip = clip_of(mini_pack, sound, "animation", "anim.gif")
    assert isinstance(clip, AnimationClip) and clip.seconds == pytest.approx(0.6)
    box = pygame.Rect(0, 0, 640, 360)
    clip.draw(screen, box)
    first = screen.get_at((5, 300))
    clip.update(0.25)
    clip.draw(screen, box)
    assert screen.get_at((5, 300)) != first
    clip.toggle_pause()
    clip.update(0.2)
    assert clip.position == pytest.approx(0.25)


def test_audio_plays_through_the_dummy_sound_card(screen, mini_pack, sound):
    assert sound.available
    clip = clip_of(mini_pack, sound, "audio", "voice.wav", picture="media/still.png")
    assert isinstance(clip, AudioClip) and clip.seconds == pytest.approx(1.0, abs=0.05)
    clip.start()
    assert clip.playing and clip.channel is not None
    clip.update(2.0)
    assert not clip.playing and clip.position == clip.seconds


def test_video_frames_follow_time_and_sound_is_decoded(screen, mini_pack, sound):
    clip = clip_of(mini_pack, sound, "video", "call.mp4")
    assert isinstance(clip, VideoClip)
    assert clip.size == (320, 180) and clip.seconds == pytest.approx(2.0, abs=0.2)
    assert clip.sound is not None and clip.sound.get_length() == pytest.approx(2.0, abs=0.3)
    clip.start()
    box = pygame.Rect(0, 0, 640, 360)
    clip.draw(screen, box)
    early = screen.get_at((5, 300))
    for _ in range(30):
        clip.update(1 / 30)
    clip.draw(screen, box)
    assert screen.get_at((5, 300)) != early      # the background colour moves with the frames
    clip.show_moment(1.5)
    assert not clip.playing and clip.position == 1.5
    clip.close()


def test_without_a_sound_card_clips_play_silently(screen, mini_pack):
    silent = SoundOutput()            # never started: what a machine without audio gets
    assert not silent.available
    audio = clip_of(mini_pack, silent, "audio", "voice.wav")
    audio.start()
    audio.update(0.5)
    assert audio.playing and audio.position == 0.5 and audio.channel is None
    video = clip_of(mini_pack, silent, "video", "call.mp4")
    assert video.sound is None
    video.start()
    video.update(0.5)
    assert video.position == 0.5
    video.close()


def test_no_sound_card_gives_one_notice(install, tmp_path, monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
    from game.app import create_app

    app = create_app(install, tmp_path / "d", tmp_path / "c", lang="en")
    try:
        assert not app.ctx.sound.available
        app.ctx.notify("notice.no_sound")   # asking twice still shows it once
        assert [n.text_key for n in app.ctx.notices] == ["notice.no_sound"]
    finally:
        app.ctx.store.close()
        pygame.quit()


def test_an_animation_says_when_its_next_frame_is_due_and_a_paused_video_says_never(screen, mini_pack, sound):
    """The game loop sleeps until ``next_change``: it must be the moment the picture changes."""
    clip = clip_of(mini_pack, sound, "animation", "anim.gif")    # three frames of 0.2 s, looping
    box = pygame.Rect(0, 0, 640, 360)

    def shown():
        clip.draw(screen, box)
        return screen.get_at((5, 300))

    assert clip.next_change() == pytest.approx(0.2)
    first = shown()
    clip.update(0.15)
    assert clip.next_change() == pytest.approx(0.05) and shown() == first      # not yet
    clip.update(0.049)
    assert shown() == first
    clip.update(0.002)
    assert shown() != first and clip.next_change() == pytest.approx(0.199)     # due, and changed
    clip.update(0.398)                                                           # the last frame ends...
    assert clip.next_change() == pytest.approx(0.001)
    clip.update(0.01)                                                            # ...and it loops
    assert shown() == first and clip.next_change() == pytest.approx(0.191)
    clip.toggle_pause()
    assert clip.next_change() is None                                            # paused: nothing moves

    video = clip_of(mini_pack, sound, "video", "call.mp4")                       # 10 pictures a second
    video.start()
    video.update(0.0)
    assert video.next_change() == pytest.approx(0.1, abs=0.01)
    video.update(0.25)
    assert video.next_change() == pytest.approx(0.05, abs=0.01)
    video.toggle_pause()
    assert not video.playing and video.next_change() is None                    # paused: never
    video.toggle_pause()
    video.update(5.0)                                                            # played to the end
    assert not video.playing and video.next_change() is None
    video.close()
