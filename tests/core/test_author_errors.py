"""Errors an author can act on: every problem in one run, no follow-on errors, a real place for
each, hints for the usual slips, balance warnings, terminal-safe output, counts in good English."""
from __future__ import annotations

import json
import shutil

from game.cli import main as cli_main
from game.core.packs import load_pack
from game.core.packwarnings import balance_warnings
from game.core.strings import t
from tests.core.test_validation import edit, problems_of   # one way to break a pack and read its problems


def line_of(pack, name, fragment):
    lines = (pack / name).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if fragment in line)


def test_a_full_width_colon_is_named_on_its_line(mini_pack, library):
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty：1")
    [problem] = problems_of(mini_pack, library)
    assert "full-width colon" in problem.message and "difficulty: 1" in problem.hint
    assert (problem.line, problem.col) == (line_of(mini_pack, "still-fake.yaml", "difficulty："), 11)


def test_a_full_width_comma_in_a_list_is_named(mini_pack, library):
    edit(mini_pack, "voice-fake.yaml", "at: [0.2, 0.8]", "at: [0.2，0.8]")
    [problem] = [p for p in problems_of(mini_pack, library) if "at[0]" in p.message]
    assert "full-width" in problem.hint and problem.line == line_of(mini_pack, "voice-fake.yaml", "at: [")


def test_a_misspelt_boolean_asks_for_true_or_false(mini_pack, library):
    edit(mini_pack, "still-fake.yaml", "safe: true", "safe: ture")
    [problem] = [p for p in problems_of(mini_pack, library) if "safe" in p.message]
    assert problem.hint == "write true or false"
    assert problem.line == line_of(mini_pack, "still-fake.yaml", "safe: ture")


def test_vocabulary_fields_give_the_nearest_value_and_the_allowed_ones(mini_pack, library):
    edit(mini_pack, "still-fake.yaml", "category: fake_endorsement", "category: fake_endorsment")
    edit(mini_pack, "still-fake.yaml", "pattern: [miracle_cure, urgency]", "pattern: [miracle_cure, urgent]")
    problems = {p.message: p.hint for p in problems_of(mini_pack, library)}
    category = problems["unknown category 'fake_endorsment'"]
    assert category.startswith("did you mean 'fake_endorsement'? allowed: ") and "screen_share_scam" in category
    flag = problems["unknown red flag 'urgent'"]
    assert flag.startswith("did you mean 'urgency'? allowed: ") and "secrecy" in flag


def test_a_wrong_literal_gives_the_nearest_value(mini_pack, library):
    edit(mini_pack, "video-real.yaml", "kind: video", "kind: vidoe")
    [problem] = [p for p in problems_of(mini_pack, library) if "clip.kind" in p.message]
    assert problem.hint.startswith("did you mean 'video'? allowed: image, animation, audio, video, call")


def test_a_media_name_in_the_wrong_letter_case_is_a_problem(mini_pack, library):
    edit(mini_pack, "voice-fake.yaml", "file: media/voice.wav", "file: media/Voice.WAV")
    [problem] = [p for p in problems_of(mini_pack, library) if "Voice.WAV" in p.message]
    assert "letter case differs" in problem.message and problem.hint == "did you mean 'media/voice.wav'?"
    assert problem.line == line_of(mini_pack, "voice-fake.yaml", "file: media/Voice.WAV")


def test_a_moment_ending_after_the_clip_is_a_problem(mini_pack, library):
    edit(mini_pack, "voice-fake.yaml", "at: [0.2, 0.8]", "at: [0.2, 5.0]")   # the clip lasts 1.0 s
    [problem] = problems_of(mini_pack, library)
    assert "moment [0.2, 5.0] is outside the clip (1.0 s)" in problem.message
    assert problem.line == line_of(mini_pack, "voice-fake.yaml", "at: [0.2, 5.0]")


def test_a_scenario_that_fails_gives_no_follow_on_order_error(mini_pack, library):
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty: easy")
    edit(mini_pack, "anim-real.yaml", "category:", "category: x: y\ncategory:")   # YAML syntax
    problems = problems_of(mini_pack, library)
    assert not [p for p in problems if "no scenario with id" in p.message], [str(p) for p in problems]
    assert {p.path.rsplit("/", 1)[-1] for p in problems} == {"still-fake.yaml", "anim-real.yaml"}


def test_a_scenario_with_no_readable_id_gives_no_follow_on_order_error(mini_pack, library):
    """A file broken before its id: line (here a tab) may hold any id the order lists."""
    text = (mini_pack / "still-fake.yaml").read_text(encoding="utf-8")
    (mini_pack / "still-fake.yaml").unlink()   # a file name that is not the id, as authors may choose
    (mini_pack / "photo.yaml").write_text("\t" + text.replace("id: still-fake", "id:\n  - [still-fake"),
                                          encoding="utf-8")
    problems = problems_of(mini_pack, library)
    assert problems and {p.path.rsplit("/", 1)[-1] for p in problems} == {"photo.yaml"}, [str(p) for p in problems]


def test_a_failed_file_named_like_its_id_gives_no_follow_on_order_error(mini_pack, library):
    text = (mini_pack / "still-fake.yaml").read_text(encoding="utf-8")
    (mini_pack / "still-fake.yaml").write_text("\t" + text.replace("id: still-fake", "id:\n  - [still-fake"),
                                               encoding="utf-8")
    problems = problems_of(mini_pack, library)
    assert problems and {p.path.rsplit("/", 1)[-1] for p in problems} == {"still-fake.yaml"}, [str(p) for p in problems]


def test_an_unknown_order_id_is_still_named_when_a_failed_file_gives_its_id(mini_pack, library):
    edit(mini_pack, "pack.yaml", "order: [still-fake,", "order: [still-fak,")
    edit(mini_pack, "anim-real.yaml", "category:", "category: x: y\ncategory:")   # YAML syntax, id readable
    messages = [p.message for p in problems_of(mini_pack, library)]
    assert "order[0]: no scenario with id 'still-fak'" in messages


def test_an_unknown_order_id_points_at_its_place(mini_pack, library):
    edit(mini_pack, "pack.yaml", "order: [still-fake,", "order: [still-fak,")
    [problem] = problems_of(mini_pack, library)
    assert problem.message == "order[0]: no scenario with id 'still-fak'"
    assert (problem.line, problem.col) == (line_of(mini_pack, "pack.yaml", "order:"), 9)


def test_every_problem_comes_in_one_run(mini_pack, library):
    """A file that fails the schema still has its media, category and rights checked."""
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty: easy")
    edit(mini_pack, "still-fake.yaml", "file: media/still.png", "file: media/stil.png")
    edit(mini_pack, "still-fake.yaml", "rights: [civil-code-1019]", "rights: [civil-code-1091]")
    messages = [p.message for p in problems_of(mini_pack, library)]
    assert any("difficulty" in m for m in messages)
    assert "media file 'media/stil.png' does not exist" in messages
    assert "unknown rights card 'civil-code-1091'" in messages


def test_whole_file_problems_are_at_line_1_column_1(mini_pack, library, tmp_path):
    (mini_pack / "pack.yaml").unlink()
    problems = problems_of(mini_pack, library)
    assert problems and all(p.line >= 1 and p.col >= 1 for p in problems)
    [missing] = [p for p in problems if "no pack.yaml" in p.message]
    assert (missing.line, missing.col) == (1, 1) and str(missing).endswith("pack.yaml:1:1: the pack has no pack.yaml "
                                                                              "(add pack.yaml with id, version, title, "
                                                                              "languages, author and licence)")
    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(mini_pack.parent.parent / "packs" / "mini" / "media" / "still.png", empty / "x.png")
    (empty / "pack.yaml").write_text("id: empty\n", encoding="utf-8")
    assert all((p.line, p.col) >= (1, 1) for p in problems_of(empty, library))


def _balanced_pack(pack, real: int, fake: int):
    """The mini pack made of ``real`` real and ``fake`` fake copies of still-fake, safe answer pinned first."""
    text = (pack / "still-fake.yaml").read_text(encoding="utf-8")
    text = text.replace("""      - text: {zh: 马上下单, en: Order now}
        safe: false
        why: {zh: 广告可能是伪造的。, en: The advert may be fake.}
      - text: {zh: 先问自己的医生, en: Ask your own doctor first}
        safe: true
        why: {zh: 可信的人才能核实。, en: Someone you trust can check.}""",
                        """      - text: {zh: 先问自己的医生, en: Ask your own doctor first}
        safe: true
        pin: true
        why: {zh: 可信的人才能核实。, en: Someone you trust can check.}
      - text: {zh: 马上下单, en: Order now}
        safe: false
        why: {zh: 广告可能是伪造的。, en: The advert may be fake.}""")
    for name in ("still-fake", "anim-real", "voice-fake", "video-real"):
        (pack / f"{name}.yaml").unlink()
    for index in range(real + fake):
        truth = "real" if index < real else "manipulated"
        (pack / f"s{index}.yaml").write_text(text.replace("id: still-fake", f"id: s{index}")
                                             .replace("truth: manipulated", f"truth: {truth}"), encoding="utf-8")
    edit(pack, "pack.yaml", "order: [still-fake, anim-real, voice-fake, video-real]", "order: []")


def test_warnings_for_few_real_scenarios_and_a_safe_answer_always_in_one_place(mini_pack, library, capsys):
    _balanced_pack(mini_pack, real=1, fake=5)
    status = load_pack(mini_pack, library)
    assert status.ok, status.problems
    warnings = [str(w) for w in balance_warnings(status.pack)]
    assert any("pack.yaml:1:1: only 1 of 6 scenarios are real (17%, less than 30%)" in w for w in warnings)
    assert any("the safe answer is pinned as option 1 in every action question" in w for w in warnings)
    assert cli_main(["validate", str(mini_pack)]) == 0   # warnings, not errors
    out = capsys.readouterr()
    assert out.out.count(": warning: ") == 2 and "0 problems, 2 warnings" in out.err


def test_a_balanced_pack_has_no_warning(mini_pack, library):
    _balanced_pack(mini_pack, real=2, fake=3)
    for index in range(5):   # unpinned: play shuffles them, so their place in the file tells nothing
        edit(mini_pack, f"s{index}.yaml", "        pin: true\n", "")
    assert balance_warnings(load_pack(mini_pack, library).pack) == []


def test_bidi_and_control_characters_are_escaped_in_the_terminal(mini_pack, capsys):
    edit(mini_pack, "still-fake.yaml", "file: media/still.png", 'file: "media/\\u202egnp.exe"')
    assert cli_main(["validate", str(mini_pack)]) == 1
    out = capsys.readouterr().out
    assert "\u202e" not in out and "media/\\u202egnp.exe" in out
    assert cli_main(["validate", "--json", str(mini_pack)]) == 1
    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert any("media/\u202egnp.exe" in p["message"] for p in json.loads(out)["problems"])   # still JSON, same text


def test_counts_are_singular_for_one(mini_pack, capsys):
    assert t("pack.count", "en", n=1) == "1 scenario" and t("pack.count", "en", n=2) == "2 scenarios"
    assert t("results.said", "en", level="Certain", said=4, right=1) == 'When you said "Certain" you were right once out of 4.'
    assert t("results.said", "en", level="Certain", said=4, right=2).endswith("right 2 times out of 4.")
    assert t("pack.count", "zh", n=1) == "1 道题"
    edit(mini_pack, "still-fake.yaml", "difficulty: 1", "difficulty: 5")
    cli_main(["validate", str(mini_pack)])
    assert capsys.readouterr().err.strip() == "0 of 1 pack clean, 1 problem, 0 warnings"
