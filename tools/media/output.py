"""Writing a pack's media files: pictures, animations, video, and notes on where the tells are.

An ``Output`` is made for one pack's ``media/`` folder and passed to each job, so
no job writes outside it. Notes (tell regions in pixels, moments in seconds) are
kept for the author to compare with the scenario files' ``tells``. The size of every
text drawn into each picture, animation and video goes in ``text_sizes.json`` there
(``write_text_sizes``), which ``tests/content/test_media_text.py`` reads.
"""
from __future__ import annotations

import array
import json
import sys
from collections import Counter
from pathlib import Path

from tools.media.spec import FPS, SR, VIDEO_SIZE
from tools.media.text import take_drawn

TEXT_SIZES = "text_sizes.json"


class Output:
    """The media folder of one pack, and what the jobs noted while writing into it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.notes: list[str] = []
        self.spoken: dict[str, list[tuple[str, float, float]]] = {}
        self.texts: dict[str, dict] = {}    # file name -> its size and the sizes of its texts

    def path(self, name: str) -> Path:
        return self.folder / name

    def note(self, line: str) -> None:
        self.notes.append(line)

    def spoke(self, name: str, lines: list[tuple[str, float, float]]) -> None:
        """Keep the words said in the clip ``name``, as (words, start, end) in seconds: what its
        scenario's ``clip.transcript`` must hold (``make_media.py --transcripts`` writes them)."""
        self.spoken[name] = list(lines)

    def png(self, img, name: str) -> Path:
        path = self.path(name)
        img.save(path, format="PNG", optimize=True)
        self._took(name, img.size)
        return path

    def jpeg(self, img, name: str, quality: int) -> Path:
        path = self.path(name)
        img.save(path, format="JPEG", quality=quality, optimize=True)
        self._took(name, img.size)
        return path

    def _took(self, name: str, size) -> None:
        """Note the texts drawn since the last file was written as ``name``'s."""
        drawn = take_drawn()
        sizes = Counter(size for size, _ in drawn)
        entry: dict = {"size": list(size), "sizes": {str(k): sizes[k] for k in sorted(sizes)}}
        if drawn:
            smallest = min(size for size, _ in drawn)
            entry["smallest"] = next(s for size, s in drawn if size == smallest)
        self.texts[name] = entry

    def write_text_sizes(self) -> None:
        """Merge what this run drew into ``text_sizes.json`` (entries of files no longer there go)."""
        path = self.path(TEXT_SIZES)
        kept = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        kept.update(self.texts)
        kept = {name: kept[name] for name in sorted(kept) if self.path(name).exists()}
        path.write_text(json.dumps(kept, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def gif(self, frames, durations, name: str, colours: int = 64) -> Path:
        from PIL import Image

        path = self.path(name)
        palette_frames = [f.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                                                    dither=Image.Dither.NONE) for f in frames]
        palette_frames[0].save(path, format="GIF", save_all=True, append_images=palette_frames[1:],
                               duration=durations, loop=0, optimize=False, disposal=1)
        self._took(name, palette_frames[0].size)
        return path

    def region(self, name: str, label: str, box) -> None:
        """Note a tell's region as the x, y, width, height a scenario's ``tells[].region`` takes."""
        x0, y0, x1, y1 = (int(round(v)) for v in box)
        self.note(f"{name} region [{x0}, {y0}, {x1 - x0}, {y1 - y0}]  {label}")

    def video(self, path: Path, frames, samples: list[float]) -> None:
        encode_video(path, frames, samples)
        self._took(path.name, VIDEO_SIZE)

    def check_video(self, path: Path) -> None:
        self.note(check_video(path))


def encode_video(path: Path, frames, samples: list[float]) -> None:
    """MPEG-4 Part 2 video + AAC sound in .mp4, interleaved, no timestamps."""
    import av

    pcm = array.array("h", (max(-32767, min(32767, int(round(v * 32767)))) for v in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with av.open(str(path), "w", format="mp4") as container:
        video = container.add_stream("mpeg4", rate=FPS)
        video.width, video.height = VIDEO_SIZE
        video.pix_fmt = "yuv420p"
        video.bit_rate = 700_000
        video.codec_context.thread_count = 1
        video.codec_context.gop_size = FPS * 2
        audio = container.add_stream("aac", rate=SR, layout="mono")
        audio.bit_rate = 48_000
        chunk = 1024
        sent = 0
        for index, image in enumerate(frames):
            frame = av.VideoFrame.from_image(image.convert("RGB"))
            frame.pts = index
            for packet in video.encode(frame):
                container.mux(packet)
            until = int((index + 1) / FPS * SR)
            while sent < until and sent < len(pcm):
                part = pcm[sent:sent + chunk]
                if len(part) < chunk:
                    part.extend([0] * (chunk - len(part)))
                aframe = av.AudioFrame(format="s16", layout="mono", samples=chunk)
                aframe.sample_rate = SR
                aframe.planes[0].update(part.tobytes())
                aframe.pts = sent
                for packet in audio.encode(aframe):
                    container.mux(packet)
                sent += chunk
        for packet in video.encode():
            container.mux(packet)
        for packet in audio.encode():
            container.mux(packet)


def check_video(path: Path) -> str:
    """Decode ``path`` back; stop the run if it lacks a picture or sound."""
    import av

    with av.open(str(path)) as c:
        kinds = sorted(s.type for s in c.streams)
        frames = sum(1 for _ in c.decode(video=0))
    with av.open(str(path)) as c:
        samples = sum(f.samples for f in c.decode(audio=0))
    if kinds != ["audio", "video"] or frames < FPS or samples < SR:
        raise SystemExit(f"{path.name}: decoded back wrong ({kinds}, {frames} frames, {samples} samples)")
    return f"{path.name} decodes back: {frames} frames, {samples / SR:.1f} s of sound"
