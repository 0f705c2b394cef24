"""One still picture of a scenario's clip for a printed slide, decoded with Pillow (and PyAV for video).

An image is itself; an animation gives its first frame; audio gives the picture shown while it
plays; a video gives the frame a second in (the first is often black). Calls have no
picture here (the slide draws a caller card). A missing or unreadable file gives None,
and the slide says there is no picture.
"""
from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("seethrough.export")
VIDEO_AT = 1.0   # seconds into a video


def clip_still(scenario, folder: Path):
    """A PIL image (RGB) for ``scenario``'s clip, or None."""
    clip = scenario.clip
    name = clip.picture if clip.kind == "audio" else None if clip.kind == "call" else clip.file
    if not name:
        return None
    path = folder / name
    try:
        return _video_frame(path) if clip.kind == "video" else _picture(path)
    except Exception as err:   # noqa: BLE001 - a broken file must not stop the export
        log.warning("no still for %s: %s", path, err)
        return None


def _picture(path: Path):
    from PIL import Image

    with Image.open(path) as image:
        image.seek(0)
        return image.convert("RGB")


def _video_frame(path: Path):
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        first = None
        for frame in container.decode(stream):
            first = first or frame
            if frame.time is not None and frame.time >= VIDEO_AT:
                return frame.to_image().convert("RGB")
        return first.to_image().convert("RGB") if first else None
