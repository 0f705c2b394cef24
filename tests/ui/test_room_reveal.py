"""The reveal a room reads, in a classroom round and a community session, reached through the real
scenes: the clip with its tells marked and listed, the rights card, a chart of the room's answers
with the right one ticked, each team's result with its badge and a tick or a cross; room-sized
text (36 px at 1080 px high, in proportion below) with nothing over anything, page by page."""
from __future__ import annotations

import pytest

from game.app import create_app
from game.core.models import text_in
from game.core.overlap import overlaps
from game.ui.flows import Journey
from game.ui.teamdraw import room_size
from tests.ui.driver import Driver
from tests.ui.test_classroom import safe_option, to_classroom, type_keys

SIZES = [(1920, 1080), (1366, 768), (1024, 768)]


@pytest.fixture
def open_at(install, tmp_path, mini_pack, shared_cache):
    """Open the game with the mini pack in a window of a given size, on the title screen."""
    opened = []

    def start(size):
        app = create_app(install, tmp_path / f"data-{size[0]}", shared_cache, lang="en",
                         extra_packs=[mini_pack.parent], size=size)
        opened.append(app)
        Journey(app).start()
        return Driver(app)

    yield start
    for app in opened:
        app.ctx.store.close()
        app.ctx.speech.close()


def classroom_reveal(driver: Driver):
    """Three teams on the first scenario (still-fake): team 1 right and safe, team 2 wrong and
    safe, team 3 right and risky; then the reveal."""
    to_classroom(driver)
    scene = driver.scene
    teams, scenario = scene.game.teams, scene.game.scenario
    driver.press("enter")
    right = 0 if scenario.truth == "real" else 1
    type_keys(driver, teams[0].keys[right] + teams[1].keys[1 - right] + teams[2].keys[right])
    driver.press("enter")
    safe = safe_option(scenario)
    risky = next(i for i, o in enumerate(scenario.actions[0].options) if not o.safe)
    type_keys(driver, teams[0].keys[safe] + teams[1].keys[safe] + teams[2].keys[risky])
    driver.press("enter")
    assert scene.game.phase == "reveal" and scene.on_reveal
    return scene, scenario


def community_reveal(driver: Driver):
    """12 hands for real and 31 for AI, 5 for the first action; then the reveal."""
    driver.click("rooms")
    driver.click("community")
    driver.click_listed("pack:mini")
    scene = driver.scene
    driver.press("enter")
    type_keys(driver, "12")
    driver.press("tab")
    type_keys(driver, "31")
    driver.press("enter")
    type_keys(driver, "5")
    driver.press("enter")
    assert scene.session.step == "reveal" and scene.on_reveal
    return scene, scene.session.item.scenario


def every_page(driver: Driver) -> list[dict]:
    """Each page of the reveal on screen, turned with Enter (Next page has the focus):
    what it drew (text lines, boxes) and what went over something or did not fit."""
    scene, seen = driver.scene, []
    while True:
        text = driver.visible_text()
        ctx = driver.app.ctx
        seen.append({"text": text.replace("\n", " "), "boxes": list(ctx.text.boxes),
                     "problems": overlaps(ctx.text.boxes) + ctx.text.overflows})
        ctx.text.overflows = []
        if not any(b.id == "list:next" for b in scene.buttons):
            return seen
        assert scene.focused_id() == "list:next"
        driver.press("enter")
        assert scene.on_reveal


def owners(pages: list[dict], kind: str) -> list[str]:
    return [box.owner for page in pages for box in page["boxes"] if box.kind == kind]


def count_beside(pages: list[dict], label: str) -> str:
    """The number drawn after the bar of the answer ``label``, on the same row."""
    for page in pages:
        bars = [b for b in page["boxes"] if b.kind == "shape" and b.owner == f"bar {label}"]
        for bar in bars:
            x, y, w, h = bar.rect
            for box in page["boxes"]:
                bx, by, _, bh = box.rect
                if box.kind == "text" and bx >= x + w and by < y + h and by + bh > y:
                    return box.owner
    raise AssertionError(f"no bar for {label!r}")


def smallest_text(pages: list[dict]) -> int:
    return min(box.rect[3] for page in pages for box in page["boxes"] if box.kind == "text")


def text_height(driver: Driver, px: int) -> int:
    """How tall a line of text ``px`` high is drawn (the shorter of regular and bold)."""
    return min(driver.app.ctx.text.line("Ag", px, (0, 0, 0), bold).get_height() for bold in (False, True))


def test_a_classroom_reveal_teaches_and_shows_each_team_at_room_size(open_at):
    driver = open_at((1920, 1080))
    scene, scenario = classroom_reveal(driver)
    ctx, teams = driver.app.ctx, scene.game.teams
    pages = every_page(driver)
    assert len(pages) > 1 and all(page["problems"] == [] for page in pages), [p["problems"] for p in pages]
    # the clip with its tell outlined and numbered, and the tells listed by number
    assert "tell 1" in owners(pages, "region") and "tell 1" in owners(pages, "badge")
    badge = next(b for page in pages for b in page["boxes"] if b.kind == "badge")
    assert badge.rect[3] >= text_height(driver, 36)   # its number is room-sized too
    words = " ".join(page["text"] for page in pages)
    assert f"1. {text_in(scenario.tells[0].text, 'en')}" in words
    assert "Red flags" in words and "The safe action:" in words
    assert text_in(ctx.rights[scenario.rights[0]].title, "en") in words
    # the chart: two teams said AI, one real; two chose the safe action; the right answers ticked
    assert count_beside(pages, "Made or changed by AI") == "2" and count_beside(pages, "Real") == "1"
    safe_label = f"{safe_option(scenario) + 1}. {text_in(scenario.actions[0].options[safe_option(scenario)].text, 'en')}"
    assert count_beside(pages, safe_label) == "2"
    marks = owners(pages, "shape")
    assert "✓ Made or changed by AI" in marks and "✓ Real" not in marks and f"✓ {safe_label}" in marks
    # each team: its badge, a tick or a cross for the call and for the action
    for team, expected in zip(teams, (["✓", "✓"], ["✗", "✓"], ["✓", "✗"])):
        assert f"badge {team.name}" in marks
        assert [m[0] for m in marks if m[2:] == team.name] == expected, team.name
    # at 1080 px high nothing the room reads is under 36 px
    assert smallest_text(pages) >= text_height(driver, 36)
    driver.press("enter")
    assert scene.game.phase == "scoreboard"


def test_a_community_reveal_charts_the_hands_counted(open_at):
    driver = open_at((1920, 1080))
    scene, scenario = community_reveal(driver)
    pages = every_page(driver)
    assert all(page["problems"] == [] for page in pages), [p["problems"] for p in pages]
    assert "tell 1" in owners(pages, "badge")
    assert count_beside(pages, "Real") == "12" and count_beside(pages, "Made or changed by AI") == "31"
    first = f"1. {text_in(scenario.actions[0].options[0].text, 'en')}"
    assert count_beside(pages, first) == "5"
    marks = owners(pages, "shape")
    assert ("✓ Made or changed by AI" in marks) == (scenario.truth != "real") and ("✓ Real" in marks) == (scenario.truth == "real")
    words = " ".join(page["text"] for page in pages)
    assert "72% of the room judged it right." in words
    assert text_in(driver.app.ctx.rights[scenario.rights[0]].title, "en") in words
    assert smallest_text(pages) >= text_height(driver, 36)
    driver.press("enter")
    assert scene.session.step == "discuss"


@pytest.mark.parametrize("size", SIZES[1:])
def test_reveals_fit_smaller_windows_in_proportion(open_at, size):
    for reach in (classroom_reveal, community_reveal):
        driver = open_at(size)
        reach(driver)
        pages = every_page(driver)
        assert all(page["problems"] == [] for page in pages), (reach.__name__, [p["problems"] for p in pages])
        least = room_size(driver.app.ctx, 24)   # 36 px at 1080 high, in proportion
        assert smallest_text(pages) >= text_height(driver, least), reach.__name__


def test_the_next_reveal_starts_on_its_first_page(open_at):
    driver = open_at((1024, 768))
    scene, _ = classroom_reveal(driver)
    every_page(driver)
    assert scene.list_page > 0
    driver.press("enter")                                       # the scoreboard
    driver.press("enter")                                       # the next scenario
    driver.press("enter")
    driver.press("enter")
    while scene.game.phase != "reveal":
        driver.press("enter")
    assert scene.list_page == 0 and scene.focused_id() == "list:next"


def test_a_long_team_name_wraps_at_room_size_over_nothing(open_at):
    from dataclasses import replace

    driver = open_at((1024, 768))
    to_classroom(driver)
    game = driver.scene.game
    game.teams[0] = replace(game.teams[0], name="The Very Long Named Team From The Back Row Of Class Five B")
    driver.press("enter")
    type_keys(driver, game.teams[0].keys[0])
    driver.press("enter")
    if game.phase == "action":
        driver.press("enter")
    pages = every_page(driver)
    assert all(page["problems"] == [] for page in pages), [p["problems"] for p in pages]
    drawn = " ".join(page["text"] for page in pages)
    assert "The Very Long Named Team From The Back Row Of Class Five B" in drawn
    assert smallest_text(pages) >= text_height(driver, room_size(driver.app.ctx, 24))
