"""Text drawn inside the built-in clips reads on screen: at least 18 px tall at 1280x720 with
the text size at 100 %, where the clip box is smallest (issue 15: 6 to 9 px was unreadable).

``tools/make_media.py`` notes the size of every text it draws into a picture, animation or
video in the pack's ``media/text_sizes.json`` (the slow media-pipeline test checks that file
is what the tools make). A size is the font's pixel size, its em: the unit the game's own text
sizes are in (``Theme.small`` is 22), and a Chinese character's ink is about 0.9 of it. On
screen it is that size times the clip's scale: each clip's picture is drawn by the game's own
player into the side-by-side clip box, and the rect it lands in gives the scale (an audio
clip's picture sits above its progress bar, so it shows smaller than a picture on its own).
"""
from __future__ import annotations

import json
from types import SimpleNamespace

import pygame
import pytest
import yaml
from PIL import Image

from game.media.clips import AudioClip, MediaCache, StillClip
from game.media.sound import SoundOutput
from game.ui.chrome import content_rect
from game.ui.roundlayout import side_by_side
from game.ui.theme import Theme
from tests.conftest import ROOT

WINDOW = (1280, 720)
MIN_PX = 18.0
TEXT_SIZES = "text_sizes.json"
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def media_size(path) -> tuple[int, int]:
    """A picture's or a video's size in pixels, read from its header."""
    if path.suffix == ".mp4":
        import av

        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            return stream.codec_context.width, stream.codec_context.height
    with Image.open(path) as image:
        return image.size


@pytest.fixture(scope="module")
def shown():
    """(pack, folder, media file, media size, on-screen rect) for every built-in clip with a picture."""
    box, _ = side_by_side(content_rect(SimpleNamespace(size=WINDOW, theme=Theme())), scale=1.0)
    screen = pygame.Surface(WINDOW)
    found = []
    for path in sorted((ROOT / "scenarios").glob("*/*.yaml")):
        if path.name == "pack.yaml":
            continue
        clip = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)["clip"]
        file = clip.get("picture") if clip["kind"] == "audio" else clip.get("file")
        if clip["kind"] == "call" or not file:
            continue
        size = media_size(path.parent / file)
        picture = pygame.Surface(size)       # the players place a picture by its size alone
        if clip["kind"] == "audio":
            player = AudioClip(picture, MediaCache(), SoundOutput(), None, 1.0)
        else:
            player = StillClip(picture, MediaCache())
        found.append((path.parent.name, path.parent, file.split("/")[-1], size, player.draw(screen, box)))
    return found


def test_every_built_in_clip_picture_has_its_text_sizes_noted(shown):
    assert len(shown) > 40
    for pack, folder, name, size, _ in shown:
        noted = json.loads((folder / "media" / TEXT_SIZES).read_text(encoding="utf-8"))
        assert name in noted, f"{pack}/media/{name}: not in {TEXT_SIZES}; run tools/make_media.py --only {pack}"
        assert tuple(noted[name]["size"]) == tuple(size), f"{pack}/media/{name}: {TEXT_SIZES} is out of date"


def test_text_inside_every_built_in_clip_shows_at_least_18_px_at_1280x720(shown):
    small = []
    for pack, folder, name, size, rect in shown:
        entry = json.loads((folder / "media" / TEXT_SIZES).read_text(encoding="utf-8"))[name]
        if not entry["sizes"]:
            continue
        scale = min(rect.width / size[0], rect.height / size[1])
        smallest = min(int(s) for s in entry["sizes"])
        if smallest * scale < MIN_PX - 1e-6:
            need = -(-MIN_PX // scale)
            small.append(f"{pack}/media/{name}: size {smallest} shows at {smallest * scale:.1f} px "
                         f"(scale {scale:.3f}; needs {need:.0f}): {entry['smallest']!r}")
    assert small == [], "text too small to read on screen:\n" + "\n".join(sorted(small))
