"""A speech file is read only once it is whole: a file still being written is waited for."""
from __future__ import annotations

import threading
import time
import wave

from game.media.wavfile import wait_for_wav, wav_is_whole


def write_wav(path, frames: int) -> None:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1), sound.setsampwidth(2), sound.setframerate(16000)
        sound.writeframes(b"\x01\x00" * frames)


def test_a_clipped_file_is_not_whole_and_a_complete_one_is(tmp_path):
    path = tmp_path / "line.wav"
    write_wav(path, 8000)
    assert wav_is_whole(path)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])     # the header promises more than is there
    assert not wav_is_whole(path)
    assert not wait_for_wav(path, timeout=0.2)


def test_waiting_returns_once_the_writer_has_finished(tmp_path):
    path = tmp_path / "line.wav"
    write_wav(path, 16000)
    whole = path.read_bytes()
    path.write_bytes(whole[:100])

    def finish_later():
        time.sleep(0.3)
        path.write_bytes(whole)

    writer = threading.Thread(target=finish_later)
    writer.start()
    started = time.monotonic()
    assert wait_for_wav(path, timeout=5)
    assert time.monotonic() - started >= 0.3 and wav_is_whole(path)
    writer.join()


def test_a_header_with_no_sound_is_given_up_soon_so_the_line_can_be_said_again(tmp_path):
    path = tmp_path / "line.wav"
    write_wav(path, 0)                              # what espeak now and then leaves for a short part
    started = time.monotonic()
    assert not wait_for_wav(path, timeout=5)
    assert time.monotonic() - started < 2.5     # gives up after EMPTY_GIVE_UP (0.3 s), long before the time-out;
                                                # the margin is for a loaded machine
