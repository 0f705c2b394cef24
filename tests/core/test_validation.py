"""One broken pack per kind of validation problem: each is reported with file, line and a fix."""
from __future__ import annotations

import os
import shutil

import pytest

from game.core.packs import load_pack


def edit(pack, name, old, new):
    path = pack / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(pack, library):
    status = load_pack(pack, library)
    assert not status.ok and status.pack is None
    return status.problems


def line_of(pack, name, fragment):
    lines = (pack / name).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if fragment in line)


def test_the_mini_pack_is_clean(mini_pack, library):
    status = load_pack(mini_pack, library)
    assert status.problems == [] and status.ok
    assert [s.id for s in status.pack.scenarios] == ["still-fake", "anim-real", "voice-fake", "video-real"]


# (file, old text, new text, words expected in the message or hint, the line's marker or None)
CASES = {
    "unknown key, with a suggestion": ("still-fake.yaml", "explanation:", "explanaton:", "did you mean 'explanation'", "explanaton:"),
    "missing key": ("still-fake.yaml", "truth: manipulated\n", "", "truth: missing", None),
    "wrong type": ("still-fake.yaml", "difficulty: 1", "difficulty: easy", "difficulty", "difficulty:"),
    "out of range": ("still-fake.yaml", "difficulty: 1", "difficulty: 5", "less than or equal to 3", "difficulty:"),
    "not an allowed value": ("still-fake.yaml", "truth: manipulated", "truth: fake", "'real' or 'manipulated'", "truth:"),
    "unknown rights card": ("still-fake.yaml", "rights: [civil-code-1019]", "rights: [civil-code-1091]", "did you mean 'civil-code-1019'", "rights:"),
    "unknown category": ("still-fake.yaml", "category: fake_endorsement", "category: fake_endorsment", "did you mean 'fake_endorsement'", "category:"),
    "unknown red flag": ("still-fake.yaml", "pattern: [miracle_cure, urgency]", "pattern: [miracle_cure, urgent]", "unknown red flag 'urgent'", "pattern:"),
    "a language missing": ("still-fake.yaml", "title: {zh: 神药广告, en: Miracle cure advert}", "title: {zh: 神药广告}", "no 'en' text", "title:"),
    "Chinese-only plain text": ("still-fake.yaml", "title: {zh: 神药广告, en: Miracle cure advert}", "title: 神药广告", "Chinese text with no English", "title:"),
    "a glyph the font lacks": ("still-fake.yaml", "en: What do you do?}", "en: What do you do? 😀}", "cannot draw '😀'", "What do you do? 😀"),
    "a rare hanzi the font lacks": ("still-fake.yaml", "zh: 神药广告,", "zh: 神药广告䶮,", "cannot draw '䶮'", "䶮"),
    "media file missing": ("still-fake.yaml", "file: media/still.png", "file: media/stil.png", "does not exist", "file:"),
    "path leading out of the pack": ("still-fake.yaml", "file: media/still.png", "file: ../mini/media/still.png", "leads out of the pack", "file:"),
    "absolute path": ("still-fake.yaml", "file: media/still.png", "file: /etc/hostname", "not a relative path", "file:"),
    "Windows drive path": ("still-fake.yaml", "file: media/still.png", "file: 'C:\\media\\still.png'", "not a relative path", "file:"),
    "wrong media type for the kind": ("video-real.yaml", "file: media/call.mp4", "file: media/still.png", "cannot be a .png", "file:"),
    "still image given as an animation": ("anim-real.yaml", "kind: animation, file: media/anim.gif", "kind: animation, file: media/still.png", "only one frame", "clip:"),
    "region outside the picture": ("still-fake.yaml", "region: [120, 30, 80, 100]", "region: [300, 30, 80, 100]", "outside the 320x180 picture", "region:"),
    "moment outside the clip": ("voice-fake.yaml", "at: [0.2, 0.8]", "at: [9.0, 9.5]", "outside the clip", "at:"),
    "no safe option": ("anim-real.yaml", "safe: true", "safe: false", "no option is marked safe", "正常聊天"),
    "safe given as text": ("anim-real.yaml", "safe: true", "safe: 'yes'", "valid boolean", "safe: 'yes'"),
    "YAML syntax error": ("still-fake.yaml", "difficulty: 1", "difficulty: 1: 2", "YAML syntax", "difficulty:"),
    "anchor and alias": ("still-fake.yaml", "rights: [civil-code-1019]", "rights: &r [civil-code-1019]\nsources2: *r", "anchors", "rights:"),
    "unknown order id": ("pack.yaml", "order: [still-fake,", "order: [still-fak,", "no scenario with id 'still-fak'", None),
    "bad pack id": ("pack.yaml", "id: mini", "id: Mini Pack", "should match pattern", "id:"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_problem_is_reported_with_its_place(case, mini_pack, library):
    name, old, new, words, marker = CASES[case]
    edit(mini_pack, name, old, new)
    problems = problems_of(mini_pack, library)
    matching = [p for p in problems if words in str(p)]
    assert matching, [str(p) for p in problems]
    problem = matching[0]
    assert problem.path.endswith(name)
    if marker is not None:
        assert problem.line == line_of(mini_pack, name, marker)
        assert problem.col >= 1


def test_two_files_with_one_id(mini_pack, library):
    shutil.copy(mini_pack / "still-fake.yaml", mini_pack / "zz-copy.yaml")
    problems = problems_of(mini_pack, library)
    assert any("also used in" in str(p) and p.path.endswith("zz-copy.yaml") for p in problems)


def test_a_link_leading_outside_the_pack(mini_pack, library, tmp_path):
    outside = tmp_path / "secret.png"
    shutil.copy(mini_pack / "media" / "still.png", outside)
    os.symlink(outside, mini_pack / "media" / "linked.png")
    edit(mini_pack, "still-fake.yaml", "file: media/still.png", "file: media/linked.png")
    assert any("outside the pack" in str(p) for p in problems_of(mini_pack, library))


@pytest.mark.parametrize("name, damage", [
    ("still.png", lambda b: b[: len(b) // 2]),
    ("anim.gif", lambda b: b[: len(b) // 2]),
    ("call.mp4", lambda b: b[:2000]),
    ("voice.wav", lambda b: b""),
    ("call.mp4", lambda b: b"not a video at all" * 10),
])
def test_damaged_media(mini_pack, library, name, damage):
    path = mini_pack / "media" / name
    path.write_bytes(damage(path.read_bytes()))
    problems = problems_of(mini_pack, library)
    assert any(p.message and ("cannot" in p.message or "empty" in p.message) for p in problems), problems


def test_an_oversized_picture_is_refused_from_its_header(mini_pack, library):
    from PIL import Image

    Image.new("1", (5000, 300)).save(mini_pack / "media" / "still.png")
    assert any("over 4096" in str(p) for p in problems_of(mini_pack, library))


def test_every_problem_is_reported_not_just_the_first(mini_pack, library):
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty: 9")
    edit(mini_pack, "anim-real.yaml", "category: genuine_odd_media", "category: nope")
    edit(mini_pack, "voice-fake.yaml", "rights: [civil-code-1023, channel-110]", "rights: [nope]")
    files = {p.path.rsplit("/", 1)[-1] for p in problems_of(mini_pack, library)}
    assert {"still-fake.yaml", "anim-real.yaml", "voice-fake.yaml"} <= files


def test_a_pack_without_scenarios_or_pack_file(tmp_path, library):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "pack.yaml").write_text("id: empty\nversion: 1\ntitle: Empty\nlanguages: [en]\nauthor: a\nlicence: b\n")
    assert "no scenario files" in str(problems_of(empty, library)[0])


def test_the_cache_gives_the_same_result_and_notices_changes(mini_pack, library):
    first = load_pack(mini_pack, library)
    cached = load_pack(mini_pack, library)
    assert cached.ok and cached.pack.scenarios == first.pack.scenarios
    assert list(library.cache_dir.glob("pack-*.json"))
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty: 7")
    assert not load_pack(mini_pack, library).ok


def test_a_damaged_cache_file_is_ignored(mini_pack, library):
    load_pack(mini_pack, library)
    for path in library.cache_dir.glob("pack-*.json"):
        path.write_text("{broken")
    assert load_pack(mini_pack, library).ok


def test_two_packs_with_one_id(mini_pack, library):
    import shutil as sh

    from game.core.library import load_all

    sh.copytree(mini_pack, mini_pack.parent / "mini-copy")
    statuses = load_all([mini_pack.parent], library)
    assert [s.ok for s in statuses] == [True, False]
    assert "already used" in str(statuses[1].problems[0])


def test_a_warm_start_parses_no_yaml(mini_pack, library, monkeypatch):
    import game.core.packs as packs

    load_pack(mini_pack, library)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed YAML although nothing changed")

    monkeypatch.setattr(packs, "load_yaml_file", no_parsing)
    warm = load_pack(mini_pack, library)
    assert warm.ok and len(warm.pack.scenarios) == 4
    assert warm.pack.media["media/call.mp4"].width == 320


def as_check_pack(pack, pre="[still-fake, anim-real]", post="[voice-fake, video-real]"):
    with open(pack / "pack.yaml", "a", encoding="utf-8") as f:
        f.write(f"purpose: check\npre: {pre}\npost: {post}\n")


def test_a_check_pack_pairs_its_before_and_after_items(mini_pack, library):
    as_check_pack(mini_pack)     # pair 1 is a fake advert and a cloned voice; pair 2 two real clips
    messages = [p.message for p in problems_of(mini_pack, library)]
    assert messages == ["pair 1: 'still-fake' and 'voice-fake' differ in category or truth"]


def test_a_check_pack_lists_every_item_once_and_only_known_ids(mini_pack, library):
    as_check_pack(mini_pack, pre="[still-fake, still-fake]", post="[voice-fak]")
    messages = " | ".join(p.message for p in problems_of(mini_pack, library))
    assert "pre has 2 ids and post 1" in messages and "post[0]: no scenario with id 'voice-fak'" in messages
    assert "'still-fake' is listed more than once" in messages and "'video-real' is in neither pre nor post" in messages


def test_pre_and_post_need_a_check_pack(mini_pack, library):
    with open(mini_pack / "pack.yaml", "a", encoding="utf-8") as f:
        f.write("pre: [still-fake]\n")
    assert "only for a pack with purpose: check" in problems_of(mini_pack, library)[0].message


def test_a_say_in_one_language_is_valid(tmp_path, library):
    # say: is only heard, and given just where the voice needs it: no other language, no font check
    from tests.conftest import DATA

    pack = tmp_path / "calls"
    shutil.copytree(DATA / "packs" / "calls", pack)
    edit(pack, "grandson-call.yaml", "{speaker: grandson, text:", "{speaker: grandson, say: {zh: 奶奶？我在学校上课呢，骈宜}, text:")
    assert load_pack(pack, library).ok
