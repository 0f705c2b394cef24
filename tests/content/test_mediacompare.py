"""The media comparison the remake test uses (tests/content/mediacompare.py) forgives what an encoder
may do and nothing more: a changed drawing, a changed word or a new pause is still a difference."""
from __future__ import annotations

import array
import math
import shutil
import wave

from PIL import Image, ImageDraw

from tests.conftest import ROOT
from tests.content.mediacompare import difference, read_wav

MEDIA = ROOT / "scenarios" / "starter" / "media"


def write_samples(path, samples, rate):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array.array("h", (max(-32767, min(32767, int(v))) for v in samples)).tobytes())


def test_the_same_bytes_are_the_same(tmp_path):
    for name in ("daughter_call.wav", "doctor_ad.png", "family_wave.gif", "snow_night_photo.jpg", "son_train_call.mp4"):
        shutil.copy(MEDIA / name, tmp_path / name)
        assert difference(tmp_path / name, MEDIA / name) is None, name


def test_speech_a_hair_louder_or_a_sample_off_is_the_same_a_changed_word_or_pause_is_not(tmp_path):
    kept = MEDIA / "daughter_call.wav"
    samples, rate, _ = read_wav(kept)
    louder = [v * 1.02 + (1 if i % 7 == 0 else 0) for i, v in enumerate(samples)]
    write_samples(tmp_path / "louder.wav", louder, rate)
    assert difference(tmp_path / "louder.wav", kept) is None

    changed = list(samples)   # a third of a second of one line said as another part of the call
    changed[int(10.0 * rate):int(10.3 * rate)] = samples[int(20.0 * rate):int(20.3 * rate)]
    write_samples(tmp_path / "changed.wav", changed, rate)
    assert "differs at 10." in difference(tmp_path / "changed.wav", kept)

    paused = samples[:5 * rate] + array.array("h", [0] * (rate // 50)) + samples[5 * rate:-(rate // 50)]
    write_samples(tmp_path / "paused.wav", paused, rate)     # the same length: a 20 ms pause, the end cut
    assert "differs at 5." in difference(tmp_path / "paused.wav", kept)

    write_samples(tmp_path / "longer.wav", list(samples) + [0] * (rate // 50), rate)
    assert "lasts" in difference(tmp_path / "longer.wav", kept)


def test_lossless_pictures_must_keep_every_pixel(tmp_path):
    kept = MEDIA / "doctor_ad.png"
    with Image.open(kept) as image:
        picture = image.copy()
    picture.save(tmp_path / "packed.png", compress_level=1)          # other bytes, the same pixels
    assert (tmp_path / "packed.png").read_bytes() != kept.read_bytes()
    assert difference(tmp_path / "packed.png", kept) is None
    r, g, b, *_ = picture.getpixel((300, 200))
    picture.putpixel((300, 200), (r ^ 1, g, b) + tuple(picture.getpixel((300, 200))[3:]))   # one level, one pixel
    picture.save(tmp_path / "touched.png")
    assert "pixels differ" in difference(tmp_path / "touched.png", kept)

    kept = MEDIA / "family_wave.gif"
    with Image.open(kept) as image:
        frames, durations = [], []
        for index in range(image.n_frames):
            image.seek(index)
            frames.append(image.convert("RGB"))
            durations.append(image.info["duration"])
    frames[0].save(tmp_path / "slower.gif", save_all=True, append_images=frames[1:], duration=[d + 10 for d in durations],
                   loop=0)
    assert "durations" in difference(tmp_path / "slower.gif", kept)


def test_lossy_pictures_may_move_a_few_levels_not_a_drawing(tmp_path):
    kept = MEDIA / "snow_night_photo.jpg"
    with Image.open(kept) as image:
        picture = image.convert("RGB")
    picture.save(tmp_path / "other_quality.jpg", quality=85)           # what another encoder might do
    assert difference(tmp_path / "other_quality.jpg", kept) is None
    ImageDraw.Draw(picture).text((300, 200), "5", fill=(255, 255, 255))   # one small character more
    picture.save(tmp_path / "drawn.jpg", quality=95)
    assert "block changed" in difference(tmp_path / "drawn.jpg", kept)


def test_video_is_compared_by_its_pictures_and_its_sound(tmp_path):
    from tools.media.output import encode_video
    from tools.media.spec import FPS, SR

    def frames(mark=False):
        out = []
        for index in range(FPS // 2):
            image = Image.new("RGB", (640, 360), (40, 60, 90))
            ImageDraw.Draw(image).ellipse((200 + index * 4, 80, 360 + index * 4, 280), fill=(220, 180, 150))
            if mark and index == 3:
                ImageDraw.Draw(image).rectangle((500, 300, 505, 305), fill=(250, 250, 0))
            out.append(image)
        return out

    def sound(gain=1.0, change=False):
        return [gain * 0.5 * math.sin(2 * math.pi * (330 if change and 0.25 <= i / SR < 0.4 else 220) * i / SR)
                * (0.6 + 0.4 * math.sin(2 * math.pi * 3 * i / SR)) for i in range(SR // 2)]

    encode_video(tmp_path / "kept.mp4", frames(), sound())
    encode_video(tmp_path / "louder.mp4", frames(), sound(gain=1.02))
    encode_video(tmp_path / "drawn.mp4", frames(mark=True), sound())
    encode_video(tmp_path / "said.mp4", frames(), sound(change=True))
    assert (tmp_path / "louder.mp4").read_bytes() != (tmp_path / "kept.mp4").read_bytes()
    assert difference(tmp_path / "louder.mp4", tmp_path / "kept.mp4") is None
    assert "picture: frame 3" in difference(tmp_path / "drawn.mp4", tmp_path / "kept.mp4")
    assert "sound: the sound differs at 0.25" in difference(tmp_path / "said.mp4", tmp_path / "kept.mp4")
