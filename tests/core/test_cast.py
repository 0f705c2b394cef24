"""The cast catalogue (assets/cast/cast.yaml) and cast members named by packs."""
from __future__ import annotations

import shutil

from game.core.cast import load_cast, with_cast
from game.core.library import open_library
from game.core.models import Person
from game.core.packs import load_pack
from game.core.voicechoice import LOOK_TRAITS
from tests.conftest import DATA, ROOT


def test_the_cast_has_about_twenty_members_each_named_in_both_languages(install):
    cast, problems = load_cast(install.cast, None)
    assert problems == []
    assert 20 <= len(cast) <= 32
    assert len({member.id for member in cast.values()}) == len(cast)
    for member in cast.values():
        assert member.name.zh and member.name.en, member.id
        assert LOOK_TRAITS[member.look] == (member.voice.gender, member.voice.age), member.id
    looks = {member.look for member in cast.values()}
    assert looks == set(LOOK_TRAITS)   # women, men, elders and children
    for wanted in ("granddaughter", "grandson", "son", "daughter", "grandma", "grandpa", "neighbour", "doctor",
                   "officer", "bank_clerk", "boss", "colleague", "teacher", "delivery_man", "nephew", "niece", "friend"):
        assert wanted in cast


def test_a_cast_id_given_twice_is_a_problem(tmp_path, install):
    text = install.cast.read_text(encoding="utf-8")
    copy = tmp_path / "cast.yaml"
    copy.write_text(text.replace("  - id: grandson\n", "  - id: granddaughter\n"), encoding="utf-8")
    _, problems = load_cast(copy, None)
    assert [p.message for p in problems] == ["cast id 'granddaughter' appears twice"]


def test_an_unknown_cast_member_is_a_problem_with_its_place_and_a_suggestion(tmp_path, library):
    pack_dir = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack_dir)
    path = pack_dir / "friend-video.yaml"
    text = path.read_text(encoding="utf-8").replace("caller: {id: friend,", "caller: {id: friend, cast: grandpaa,")
    path.write_text(text, encoding="utf-8")
    status = load_pack(pack_dir, library)
    problems = [p for p in status.problems if "cast" in p.message]
    assert len(problems) == 1
    problem = problems[0]
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "cast: grandpaa" in row)
    assert problem.path.endswith("friend-video.yaml") and problem.line == line
    assert problem.col == text.split("\n")[line - 1].index("grandpaa") + 1
    assert problem.message == "unknown cast member 'grandpaa'"
    assert problem.hint.startswith("did you mean 'grandpa'?")


def test_an_unknown_cast_member_is_found_in_a_file_that_fails_its_shape_too(tmp_path, library):
    pack_dir = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack_dir)
    path = pack_dir / "friend-video.yaml"
    text = path.read_text(encoding="utf-8").replace("caller: {id: friend,", "caller: {id: friend, cast: doctr,")
    path.write_text(text.replace("difficulty: 2", "difficulty: 2\ncolour: red"), encoding="utf-8")
    problems = [p for p in load_pack(pack_dir, library).problems if "cast" in p.message]
    assert [p.message for p in problems] == ["unknown cast member 'doctr'"]
    assert "did you mean 'doctor'?" in problems[0].hint


def test_the_problem_is_told_in_chinese_too():
    from game.core.problemtext import told

    assert told("unknown cast member 'doctr'", "zh") == "演员表里没有“doctr”"
    assert told("see assets/cast/cast.yaml for the ids", "zh") == "编号见 assets/cast/cast.yaml"


def test_look_and_voice_follow_the_cast_member_unless_the_pack_gives_them(install):
    cast, _ = load_cast(install.cast, None)
    person = with_cast(Person(id="x", name="X", cast="grandma"), cast)
    assert person.look == "older_woman" and (person.voice.gender, person.voice.age) == ("female", "older")
    voiced = with_cast(Person(id="x", name="X", cast="grandma", voice={"gender": "male"}), cast)
    assert voiced.look == "older_woman" and (voiced.voice.gender, voiced.voice.age) == ("male", "older")
    given = Person(id="x", name="X", cast="grandma", look="woman")
    assert with_cast(given, cast) is given   # the voice follows the pack's look
    plain = Person(id="x", name="X")
    assert with_cast(plain, cast) is plain


def test_the_library_fingerprint_follows_the_cast_catalogue(tmp_path):
    from game.core.install import InstallPaths

    root = tmp_path / "install"
    shutil.copytree(ROOT / "assets", root / "assets", ignore=shutil.ignore_patterns("*.png", "*.wav", "*.otf"))
    before, _ = open_library(InstallPaths(root), None)
    catalogue = root / "assets" / "cast" / "cast.yaml"
    catalogue.write_text(catalogue.read_text(encoding="utf-8").replace("林甜甜", "林多多"), encoding="utf-8")
    after, _ = open_library(InstallPaths(root), None)
    assert len(after.cast) == len(before.cast) and after.fingerprint != before.fingerprint
