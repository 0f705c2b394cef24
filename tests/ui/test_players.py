"""Found at once, remembered (issue 15 item 6): a 70-year-old practising alone.

The packs in a meaningful order, what is due on page 1 (at 200 % text too), a returning
player greeted by name with one key to go on, number keys on saved names, and a second
player who gets the tour and default settings rather than the first player's.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pygame
import pytest

from game.app import create_app
from game.core.settings import Settings
from game.ui.flows import Journey
from tests.ui.driver import Driver

BUILT_IN_ORDER = ["starter", "family", "news", "shopping", "video", "likeness"]


@pytest.fixture
def opened(install, tmp_path, mini_pack, shared_cache):
    """``open_app(lang=..., scale=...)``: the real App on one data folder, as if the game were
    started again on the same computer (each call closes the one before)."""
    apps: list = []

    def open_app(lang: str | None = "en", scale: float | None = None, extra: bool = True):
        close_all()
        app = create_app(install, tmp_path / "data", shared_cache, lang=lang,
                         extra_packs=[mini_pack.parent] if extra else [],
                         overrides={"text_scale": scale} if scale else None)
        Journey(app).start()
        apps.append(app)
        return app, Driver(app)

    def close_all():
        while apps:
            app = apps.pop()
            app.ctx.store.close()
            app.ctx.speech.close()
            pygame.quit()

    yield open_app
    close_all()


def listed_pack_ids(driver: Driver) -> list[str]:
    """The ids of the packs on every page of the list, page by page."""
    ids: list[str] = []
    for _ in range(10):
        ids += [b.id[5:] for b in driver.scene.buttons if b.id.startswith("pack:")]
        if "list:next" not in [b.id for b in driver.scene.buttons]:
            return ids
        driver.click("list:next")
    raise AssertionError("the list of packs never ends")


def leave_a_missed_round(driver: Driver) -> None:
    """From the pack list: miss the first scenario of the mini pack, then leave the round."""
    driver.click_listed("pack:mini")
    driver.press("1"), driver.press("3")                    # "real", certain: it was fake
    driver.press(driver.option_key(safe=False))
    driver.press("esc")
    driver.click("yes")
    assert driver.scene.name == "packs"


def back_to_title(driver: Driver) -> None:
    while driver.scene.name != "title":
        driver.press("esc")


# --- packs in a meaningful order ---

def heads(heading, button) -> bool:
    """Whether a heading is right above ``button``, or beside it on its left."""
    above = heading.bottom <= button.top and button.top - heading.bottom < 20
    beside = heading.right <= button.left and button.top <= heading.top < button.bottom
    return above or beside


def test_the_starter_pack_comes_first_then_easier_to_harder_and_the_check_apart(opened):
    _, driver = opened()
    driver.new_player("2", "Ann")
    assert driver.scene.name == "packs"
    first_page = [b.id for b in driver.scene.buttons]
    assert first_page[:2] == ["check:pre", "pack:starter"]
    headings = dict(driver.scene.headings)
    assert heads(headings["Learning check"], driver.button("check:pre").rect)
    assert heads(headings["Practice sets, easier first"], driver.button("pack:starter").rect)
    assert driver.sees("Learning check") and driver.sees("Practice sets, easier first")
    # the built-in packs in their list_order, then a pack with none (the test pack), by title
    assert listed_pack_ids(driver) == BUILT_IN_ORDER + ["mini"]
    assert "check" not in listed_pack_ids(driver)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_first_time_player_finds_every_built_in_pack_at_once(opened, lang):
    app, driver = opened(lang=lang, extra=False)       # the packs players get, nothing added
    driver.new_player("1" if lang == "zh" else "2", "Mei")
    ids = [b.id for b in driver.scene.buttons]
    assert ids == ["check:pre"] + [f"pack:{i}" for i in BUILT_IN_ORDER]   # one page, no "next page"
    assert driver.sees(app.ctx.t("pack.title")) and app.ctx.text.overflows == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_at_200_percent_the_starter_pack_is_still_on_page_one(opened, lang):
    app, driver = opened(lang=lang, scale=2.0, extra=False)
    driver.new_player("1" if lang == "zh" else "2", "Mei")
    ids = [b.id for b in driver.scene.buttons]
    assert ids[:2] == ["check:pre", "pack:starter"] and "list:next" in ids
    assert app.ctx.text.overflows == []


# --- what is due comes first ---

@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_what_is_due_is_first_on_page_one(opened, lang, scale):
    app, driver = opened()
    three_days_ago = (datetime.now() - timedelta(days=3)).isoformat(timespec="seconds")
    app.ctx.store.now = lambda: three_days_ago        # this session was three days ago
    driver.new_player("2", "Ann")
    leave_a_missed_round(driver)

    app, driver = opened(lang=lang, scale=scale)      # today, at this text size
    assert app.ctx.text.scale == scale
    driver.press("1"), driver.press("1")              # Start, "that's me"
    assert driver.scene.name == "home"                # what she has practised (issue 19 item 4)
    driver.press("1")                                 # carry on practising
    assert driver.scene.name == "packs" and driver.scene.list_page == 0
    ids = [b.id for b in driver.scene.buttons]
    assert ids[:4] == ["resume:mini", "due:mini", "review", "check:pre"], ids
    assert driver.scene.buttons[0].number == 1 and driver.scene.focus == 0
    assert app.ctx.text.overflows == []
    if scale == 1.0:                                  # at 100 % there is room for the headings too
        assert dict(driver.scene.headings).keys() == {app.ctx.t("pack.group_first"), app.ctx.t("pack.group_check"),
                                                      app.ctx.t("pack.group_packs")}
        assert "pack:starter" in ids
    driver.press("1")                                 # one key: the round left unfinished
    assert driver.scene.name == "round" and [s.id for s in driver.scene.round.scenarios][0] == "anim-real"


def test_practising_again_today_plays_the_due_scenarios(opened):
    app, driver = opened()
    two_days_ago = (datetime.now() - timedelta(days=2)).isoformat(timespec="seconds")
    app.ctx.store.now = lambda: two_days_ago
    driver.new_player("2", "Ann")
    leave_a_missed_round(driver)
    app, driver = opened()
    driver.press("1"), driver.press("1")
    assert driver.scene.name == "home" and driver.scene.summary.due_today
    driver.press("1")                                 # carry on practising: the packs, what is due first
    driver.press(str(driver.button("due:mini").number))
    assert driver.scene.name == "round" and driver.scene.kind == "review"
    assert [s.id for s in driver.scene.round.scenarios] == ["still-fake"]


# --- a returning player is greeted by name ---

def test_a_returning_player_is_greeted_by_name_and_one_key_goes_on(opened):
    app, driver = opened(lang=None)
    driver.new_player("1", "王阿姨")                    # 中文
    driver.press("f3")
    driver.press("1")                                 # text size 125 %
    driver.press("esc")
    assert app.ctx.store.settings(app.ctx.profile).text_scale == 1.25

    app, driver = opened(lang=None)                   # the next day
    assert app.ctx.lang == "zh" and app.ctx.text.scale == 1.25   # the title already in her settings
    driver.press("1")                                 # 开始
    assert driver.scene.name == "greeting" and driver.sees("欢迎回来，王阿姨！")
    me = driver.scene.buttons[driver.scene.focus]
    assert me.id == "me" and me.number == 1
    assert driver.button("someone_else").label == "不是我"
    driver.press("enter")                             # or 1: straight to her packs, no tour
    assert driver.scene.name == "packs" and app.ctx.profile.nickname == "王阿姨"
    assert app.ctx.lang == "zh" and app.ctx.settings.text_scale == 1.25
    assert app.ctx.text.overflows == []


def test_the_greeting_in_english_and_by_the_number_key(opened):
    app, driver = opened()
    driver.new_player("2", "Ann")
    app, driver = opened()
    driver.press("1")
    assert driver.sees("Welcome back, Ann!") and driver.sees("Someone else")
    driver.press("1")
    assert driver.scene.name == "packs" and app.ctx.profile.nickname == "Ann"


def test_someone_else_chooses_language_then_name(opened):
    app, driver = opened()
    driver.new_player("2", "Ann")
    app, driver = opened()
    driver.press("1")
    driver.press("2")                                 # someone else
    assert driver.scene.name == "language" and app.ctx.profile is None
    driver.press("1")                                 # 中文
    assert driver.scene.name == "player" and app.ctx.lang == "zh"
    driver.type("小明")
    driver.press("enter")
    assert driver.scene.name == "tour" and app.ctx.profile.nickname == "小明"
    assert app.ctx.store.last_profile().nickname == "小明"
    assert app.ctx.store.settings(app.ctx.store.profile("Ann")).lang == "en"   # Ann's own, untouched


def test_esc_on_the_greeting_goes_back_to_the_title(opened):
    _, driver = opened()
    driver.new_player("2", "Ann")
    back_to_title(driver)
    driver.press("1")
    assert driver.scene.name == "greeting"            # the same session: "is it still you?"
    driver.press("esc")
    assert driver.scene.name == "title"


# --- saved names have number keys ---

def make_players(driver: Driver, *names: str) -> None:
    """Each name plays once (skipping the tour); the title is on screen after."""
    for name in names:
        driver.press("1")
        if driver.scene.name == "greeting":
            driver.press("2")
        driver.press("2")
        driver.type(name)
        driver.press("enter")
        if driver.scene.name == "tour":
            driver.click("skip")
        back_to_title(driver)


def test_saved_names_have_number_keys_and_typing_still_works(opened):
    app, driver = opened()
    make_players(driver, "Ann", "Bo")
    driver.press("1"), driver.press("2"), driver.press("2")      # Start, someone else, English
    assert driver.scene.name == "player"
    names = [(b.id, b.number) for b in driver.scene.buttons if b.id.startswith("name:")]
    assert names == [("name:Bo", 1), ("name:Ann", 2)]           # who played most lately first
    assert driver.sees("Or press the number of a name used before")
    driver.press_typing("2")                          # the box is empty: the digit picks Ann
    assert driver.scene.name == "packs" and app.ctx.profile.nickname == "Ann"

    back_to_title(driver)
    driver.press("1"), driver.press("2"), driver.press("2")
    driver.type("Cy")
    driver.press_typing("1")                          # a name is being typed: the digit is part of it
    assert driver.scene.name == "player" and driver.scene.nickname == "Cy1"
    driver.press_typing("3")                          # no third saved name: typed as well
    driver.press("enter")
    assert app.ctx.profile.nickname == "Cy13" and driver.scene.name == "tour"


def test_a_digit_with_no_saved_name_of_that_number_is_typed(opened):
    _, driver = opened()
    driver.press("1"), driver.press("2")
    driver.press_typing("7")
    assert driver.scene.name == "player" and driver.scene.nickname == "7"


# --- a new player gets the tour and the default settings ---

def test_a_second_player_gets_the_tour_and_default_settings(opened):
    app, driver = opened()
    driver.new_player("2", "Ann")                     # skips the tour
    driver.press("f3")
    driver.press("1")                                 # Ann: text size 125 %
    driver.press("4")                                 # Ann: narration off
    driver.press("esc")
    ann = app.ctx.store.settings(app.ctx.profile)
    assert ann.tour_seen and ann.text_scale == 1.25 and not ann.narration
    back_to_title(driver)

    driver.press("1")                                 # Start: "Welcome back, Ann!"
    driver.press("2")                                 # someone else
    assert app.ctx.settings.text_scale == 1.0         # this computer's settings, not Ann's
    driver.press("1")                                 # 中文
    driver.type("Bo")
    driver.press("enter")
    assert driver.scene.name == "tour"                # Bo's first time
    assert app.ctx.settings == Settings(lang="zh")    # the defaults, in the language Bo chose
    assert app.ctx.store.settings(app.ctx.profile) == Settings(lang="zh")
    assert app.ctx.store.settings(app.ctx.store.profile("Ann")) == ann


def test_a_text_size_chosen_before_anyone_played_is_kept_for_the_first_player(opened):
    app, driver = opened()
    driver.press("f3")
    driver.press("1")                                 # on the title, before any player: 125 %
    driver.press("esc")
    driver.press("1"), driver.press("2")
    driver.type("Ann")
    driver.press("enter")
    assert driver.scene.name == "tour"
    assert app.ctx.store.settings(app.ctx.profile) == Settings(lang="en", text_scale=1.25)
