"""Makes the tiny media of the test pack ``tests/data/packs/mini`` (committed; rerun to rebuild)."""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import av
from PIL import Image, ImageDraw

MEDIA = Path(__file__).parent / "packs" / "mini" / "media"


def picture(colour, text) -> Image.Image:
    image = Image.new("RGB", (320, 180), colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((120, 30, 200, 130), fill=(230, 190, 160))
    draw.text((10, 10), text, fill=(255, 255, 255))
    return image


def tone(path: Path, seconds=1.0, rate=22050) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i * 2 * math.pi * 440 / rate)))
                                 for i in range(int(seconds * rate))))


def video(path: Path, seconds=2, fps=10) -> None:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
        sound = out.add_stream("aac", rate=22050)
        for index in range(seconds * fps):
            frame = av.VideoFrame.from_image(picture((20 + index * 5, 40, 90), f"frame {index}"))
            for packet in stream.encode(frame):
                out.mux(packet)
        samples = 1024
        for block in range(int(seconds * 22050 / samples)):
            pcm = b"".join(struct.pack("<h", int(6000 * math.sin((i + block * samples) * 2 * math.pi * 330 / 22050)))
                           for i in range(samples))
            frame = av.AudioFrame(format="s16", layout="mono", samples=samples)
            frame.planes[0].update(pcm)
            frame.sample_rate = 22050
            for packet in sound.encode(frame):
                out.mux(packet)
        for s in (stream, sound):
            for packet in s.encode(None):
                out.mux(packet)


def main() -> None:
    MEDIA.mkdir(parents=True, exist_ok=True)
    picture((30, 60, 90), "still").save(MEDIA / "still.png")
    frames = [picture((30 + i * 40, 60, 90), f"anim {i}") for i in range(3)]
    frames[0].save(MEDIA / "anim.gif", save_all=True, append_images=frames[1:], duration=200, loop=0)
    tone(MEDIA / "voice.wav")
    video(MEDIA / "call.mp4")


if __name__ == "__main__":
    main()
