"""Tell badges never cover each other or a marked region (issue 15: on the flood picture and the
police chat they did). ``place_badges`` is pure rect logic, tested here with the regions the
scenario files mark, on the picture at the sizes the game draws it."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest
import yaml
from PIL import Image

from game.core.overlap import overlaps
from game.ui.tells import candidates, covered, on_picture, place_badges
from tests.ui.driver import Driver
from tests.ui.test_big_clips import answer, open_round, set_scale, to_marked_clip

ROOT = Path(__file__).resolve().parents[2]
MARKED = {"flood": "scenarios/starter/flood-dam-rumour.yaml", "police chat": "scenarios/starter/police-safe-account.yaml"}
# Where the picture is drawn: 100 % side by side, 200 % on the feedback page, in the magnifier
PICTURE_HEIGHTS = (375, 472, 590, 612)
BADGES = ((28, 30), (30, 45), (40, 52))   # (width, height) of a one-digit badge, small to large


def regions_of(scenario_file: str) -> tuple[list[tuple[int, int, int, int]], tuple[int, int]]:
    """The regions the scenario's tells mark, and the size of its picture."""
    data = yaml.safe_load((ROOT / scenario_file).read_text(encoding="utf-8"))
    with Image.open(ROOT / Path(scenario_file).parent / data["clip"]["file"]) as image:
        size = image.size
    return [tuple(t["region"]) for t in data["tells"] if t.get("region")], size


def picture_of(size: tuple[int, int], height: int) -> pygame.Rect:
    return pygame.Rect(40, 80, round(size[0] * height / size[1]), height)


@pytest.mark.parametrize("name", MARKED)
@pytest.mark.parametrize("height", PICTURE_HEIGHTS)
@pytest.mark.parametrize("badge", BADGES)
def test_no_badge_covers_a_region_or_another_badge(name, height, badge):
    regions, size = regions_of(MARKED[name])
    assert len(regions) == 3
    picture = picture_of(size, height)
    rects = [on_picture(region, size, picture) for region in regions]
    places = place_badges(rects, [badge] * len(rects), picture)
    for number, place in enumerate(places, 1):
        assert picture.contains(place), (number, place)
        assert covered(place, rects) == 0, f"badge {number} covers a region on the {name} at {picture.size}"
        others = [p for p in places if p is not place]
        assert covered(place, others) == 0, f"badge {number} covers another badge on the {name}"


def test_a_badge_goes_just_outside_its_region_when_there_is_room():
    picture = pygame.Rect(0, 0, 800, 450)
    region = pygame.Rect(300, 200, 100, 80)
    [place] = place_badges([region], [(30, 40)], picture)
    assert place.bottom <= region.top and place.left == region.left   # above its top-left corner


def test_with_no_free_place_the_badge_covers_least():
    """A region that fills the picture leaves no place outside it: the badge still goes
    somewhere on the picture, and covers no other badge."""
    picture = pygame.Rect(0, 0, 400, 300)
    places = place_badges([picture.copy(), picture.copy()], [(30, 40)] * 2, picture)
    assert all(picture.contains(p) for p in places)
    assert covered(places[0], [places[1]]) == 0


def test_every_candidate_is_inside_the_picture():
    picture = pygame.Rect(10, 10, 200, 120)
    for region in (pygame.Rect(10, 10, 50, 50), pygame.Rect(150, 80, 60, 50), pygame.Rect(90, 40, 20, 20)):
        assert all(picture.contains(spot) for spot in candidates(region, (30, 40), picture))


def badge_problems(app, pack_id: str, scenario_id: str) -> list[str]:
    """What the overlap check finds on the feedback page with the marked clip, and in the
    magnifier opened from there (Z), for one scenario: [] when nothing covers
    anything. Also checks the tells were noted in the draw log at all."""
    driver = Driver(app)
    scene = open_round(app, pack_id, scenario_id)
    driver.advance(0.1)
    answer(scene)
    to_marked_clip(scene)
    app.ctx.text.overflows.clear()   # only what the marked clip's page and the magnifier draw counts here
    found = []
    for where in ("feedback", "magnifier"):
        if where == "magnifier":
            driver.press("z")
            assert driver.scene.name == "magnifier" and driver.scene.tells
        driver.advance(0.1)
        boxes = app.ctx.text.boxes
        assert any(b.kind == "badge" for b in boxes) and any(b.kind == "region" for b in boxes)
        found += [f"{scenario_id} {where}: {problem}" for problem in overlaps(boxes)]
        found += [f"{scenario_id} {where}: cut off {what}" for what in app.ctx.text.overflows]
    app.close(scene)
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_draw_log_shows_no_badge_over_a_region_or_a_badge(built_in_app, lang, scale):
    """With real surfaces: the flood picture and the police chat (where issue 15 saw badges over
    each other), marked on the feedback page and in the magnifier, in both languages."""
    app = built_in_app
    app.ctx.overrides["lang"] = lang
    set_scale(app, scale)
    assert badge_problems(app, "starter", "flood-dam-rumour") + badge_problems(app, "starter", "police-safe-account") == []


@pytest.mark.slow
def test_every_built_in_marked_clip_has_badges_clear_of_regions_and_each_other(built_in_app):
    app = built_in_app
    every = [*app.ctx.packs(), app.ctx.check_pack()]
    marked = [(p.info.id, s.id) for p in every for s in p.scenarios
              if s.clip.kind != "call" and any(t.region for t in s.tells)]
    assert len(marked) > 10
    problems = []
    for scale in (1.0, 2.0):
        set_scale(app, scale)
        problems += [p for pack_id, scenario_id in marked for p in badge_problems(app, pack_id, scenario_id)]
    assert problems == []
