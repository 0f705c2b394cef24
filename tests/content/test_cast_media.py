"""The cast's portraits (assets/cast/): drawn reproducibly by the media pipeline, the same as the
committed files, at twice the largest size shown, each member clearly a different person; and
every call person of the built-in packs is one of them."""
from __future__ import annotations

import itertools
import json

import pytest
from PIL import Image, ImageChops, ImageStat

from game.core.cast import load_cast
from tests.conftest import ROOT
from tests.content.mediacompare import difference

CAST = ROOT / "assets" / "cast"
MIN_MEAN_DIFFERENCE = 6.0    # 0..255: two members' portraits differ by more than this on average
MAX_CAST_BYTES = 1_500_000   # every portrait and mouth strip together


def _members():
    members, problems = load_cast(CAST / "cast.yaml", None)
    assert problems == []
    return members


def test_a_portrait_drawn_twice_is_the_same_and_its_expressions_and_a_swap_differ_a_little():
    from tools.media.cast import render

    member = _members()["grandma"]
    first, second = render(member, size=256), render(member, size=256)
    assert first.tobytes() == second.tobytes()
    for other in (render(member, "worried", size=256), render(member, swapped=True, size=256),
                  render(member, level=2, size=256)):
        change = ImageStat.Stat(ImageChops.difference(first, other).convert("L")).mean[0]
        assert 0 < change < 4   # the same person: only a part of the face changes


def test_the_committed_portrait_of_a_member_is_what_the_pipeline_draws_now(tmp_path):
    from tools.media.cast import portrait_and_mouths, save_png

    member = _members()["little_grandson"]
    portrait, strip, box = portrait_and_mouths(member)
    save_png(portrait, tmp_path / "little_grandson.png")
    save_png(strip, tmp_path / "little_grandson-mouths.png")
    for name in ("little_grandson.png", "little_grandson-mouths.png"):
        assert difference(tmp_path / name, CAST / name) is None, name
    info = json.loads((CAST / "portraits.json").read_text(encoding="utf-8"))
    assert info["members"]["little_grandson"]["mouth"] == list(box)


@pytest.mark.slow
def test_the_pipeline_remakes_every_committed_portrait_the_same(tmp_path):
    from tools.media.cast import make_cast

    made = make_cast(tmp_path)
    kept = sorted(p.name for p in CAST.iterdir() if p.suffix in (".png", ".json"))
    assert sorted(p.name for p in made) == kept
    differ = [name for name in kept if difference(tmp_path / name, CAST / name)]
    assert differ == []


def test_portraits_are_twice_the_largest_size_shown_and_every_member_has_one():
    from tools.media.cast import LARGEST_DISPLAY, PORTRAIT

    assert PORTRAIT == 2 * LARGEST_DISPLAY
    info = json.loads((CAST / "portraits.json").read_text(encoding="utf-8"))
    assert info["size"] == PORTRAIT and set(info["members"]) == set(_members())
    total = 0
    for member_id, entry in info["members"].items():
        with Image.open(CAST / f"{member_id}.png") as picture:
            assert picture.size == (PORTRAIT, PORTRAIT)
        x, y, w, h = entry["mouth"]
        with Image.open(CAST / f"{member_id}-mouths.png") as strip:
            assert strip.size == (w * entry["levels"], h) and 0 <= x and x + w <= PORTRAIT and y + h <= PORTRAIT
        total += (CAST / f"{member_id}.png").stat().st_size + (CAST / f"{member_id}-mouths.png").stat().st_size
    assert total <= MAX_CAST_BYTES


def test_each_pair_of_members_looks_clearly_different():
    pictures = {}
    for member_id, member in _members().items():
        with Image.open(CAST / f"{member_id}.png") as picture:
            small = picture.convert("RGBA").resize((128, 128), Image.BILINEAR)
        grey = Image.new("RGBA", small.size, (128, 128, 128, 255))   # backdrops left out: the person counts
        grey.alpha_composite(small)
        pictures[member_id] = grey.convert("RGB")
    alike = []
    for (a, first), (b, second) in itertools.combinations(pictures.items(), 2):
        mean = sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3
        if mean < MIN_MEAN_DIFFERENCE:
            alike.append(f"{a} ~ {b}: {mean:.1f}")
    assert alike == []


def test_every_call_person_of_the_built_in_packs_is_a_cast_member_and_a_conference_shows_different_faces():
    from game.core.library import InstallPaths, load_all, open_library

    library, _ = open_library(InstallPaths(ROOT), None)
    seen = 0
    for status in load_all([ROOT / "scenarios"], library):
        assert status.ok, status.problems
        for scenario in status.pack.scenarios:
            script = scenario.call
            if script is None:
                continue
            people = [script.caller, *script.people]
            for person in people:
                assert person.cast in library.cast, f"{scenario.id}: {person.id}"
                seen += 1
            if script.channel == "conference":
                called = {node.new_call for node in script.nodes.values() if node.new_call}
                shown = [p.cast for p in people if p.id not in called]
                assert len(shown) == len(set(shown)), f"{scenario.id}: two people share a face"
    assert seen > 50
