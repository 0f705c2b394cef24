"""Budgets for a whole pack and for the extra packs together: an oversized pack is refused from
its file sizes, quickly, with a message naming the limit and the numbers. Titles too long, or
copied from another pack, are problems; extra packs are shown with their folder name."""
from __future__ import annotations

import shutil
import time

from game.core import packs
from game.core.library import load_all
from game.core.packs import load_pack


def test_too_many_scenario_files_are_refused_before_reading(mini_pack, library):
    template = (mini_pack / "still-fake.yaml").read_text(encoding="utf-8")
    for index in range(packs.MAX_SCENARIOS + 1):
        (mini_pack / f"copy-{index:04d}.yaml").write_text(template.replace("id: still-fake", f"id: c{index}"),
                                                            encoding="utf-8")
    started = time.monotonic()
    status = load_pack(mini_pack, library)
    assert time.monotonic() - started < 10   # loosely: the speed target belongs to the benchmarks
    assert status.pack is None
    [problem] = status.problems
    assert f"{packs.MAX_SCENARIOS + 5:,} scenario files, more than the {packs.MAX_SCENARIOS:,}" in problem.message
    assert problem.path.endswith("mini") and (problem.line, problem.col) == (1, 1)


def test_too_many_bytes_of_yaml_are_refused_before_reading(mini_pack, library):
    filler = "# " + "x" * 998 + "\n"
    for index in range(3):   # each file within the 1 MB a file may have
        (mini_pack / f"big-{index}.yaml").write_text(filler * 900, encoding="utf-8")
    started = time.monotonic()
    status = load_pack(mini_pack, library)
    assert time.monotonic() - started < 10
    [problem] = status.problems
    assert "bytes of YAML in pack.yaml and the scenario files together" in problem.message
    assert f"more than the {packs.MAX_PACK_YAML_BYTES:,}" in problem.message


def test_too_many_media_bytes_are_refused(mini_pack, library):
    with open(mini_pack / "media" / "huge.bin", "wb") as stream:   # sparse: no disk space used
        stream.truncate(packs.MAX_PACK_MEDIA_BYTES + 1)
    status = load_pack(mini_pack, library)
    assert "bytes of media and other files" in status.problems[0].message
    assert f"{packs.MAX_PACK_MEDIA_BYTES:,}" in status.problems[0].message


def _call_file(index: int, nodes: int) -> str:
    lines = [f"id: call-{index}", "category: cloned_voice_emergency", "difficulty: 1", "truth: manipulated",
             "title: {zh: 电话, en: A call}", "clip: {kind: call}", "tells: [{text: {zh: 假, en: Fake}}]",
             "explanation: {zh: 假, en: Fake}", "rights: [channel-110]",
             "call:", "  channel: phone", "  caller: {id: son, name: {zh: 儿子, en: Son}}", "  start: n0", "  nodes:"]
    for node in range(nodes - 1):
        lines.append(f"    n{node}: {{say: [{{text: {{zh: 喂, en: Hello}}}}], choices: [{{text: {{zh: 听, en: Listen}}, next: n{node + 1}}}]}}")
    lines.append(f"    n{nodes - 1}: {{outcome: safe}}")
    return "\n".join(lines) + "\n"


def test_too_many_call_nodes_in_the_pack_stop_validation(mini_pack, library):
    per_file = 400
    for index in range(packs.MAX_PACK_CALL_NODES // per_file + 2):
        (mini_pack / f"call-{index}.yaml").write_text(_call_file(index, per_file), encoding="utf-8")
    started = time.monotonic()
    status = load_pack(mini_pack, library)
    assert time.monotonic() - started < 10
    over = [p for p in status.problems if "steps (nodes)" in p.message]
    assert len(over) == 1 and f"more than the {packs.MAX_PACK_CALL_NODES:,}" in over[0].message
    assert over[0].path.endswith(".yaml") and over[0].line == 1


def test_extra_packs_together_have_a_count_limit(mini_pack, library, monkeypatch):
    monkeypatch.setattr(packs, "MAX_EXTRA_PACKS", 2)
    import game.core.library as library_module

    monkeypatch.setattr(library_module, "MAX_EXTRA_PACKS", 2)
    for index in range(2):
        copy = mini_pack.parent / f"mini{index}"
        shutil.copytree(mini_pack, copy)
        text = (copy / "pack.yaml").read_text(encoding="utf-8")
        (copy / "pack.yaml").write_text(text.replace("id: mini", f"id: mini{index}")
                                        .replace("Test mini pack", f"Test pack {index}").replace("测试小包", f"测试{index}"),
                                        encoding="utf-8")
    statuses = load_all([mini_pack.parent], library)
    assert [s.ok for s in statuses] == [True, True, False]
    assert "more than 2 extra packs" in statuses[2].problems[0].message


def test_extra_packs_together_have_a_byte_limit(mini_pack, library, monkeypatch):
    import game.core.library as library_module

    size = packs.measure_pack(mini_pack).total_bytes
    monkeypatch.setattr(library_module, "MAX_EXTRA_BYTES", size + 10)
    copy = mini_pack.parent / "other"
    shutil.copytree(mini_pack, copy)
    statuses = load_all([mini_pack.parent], library)
    assert statuses[0].ok
    assert f"more than the {size + 10:,} allowed" in statuses[1].problems[0].message


def test_a_long_title_is_a_problem(mini_pack, library):
    pack_file = mini_pack / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("Test mini pack", "Long " * 20),
                         encoding="utf-8")
    status = load_pack(mini_pack, library)
    [problem] = status.problems
    assert f"more than the {packs.MAX_TITLE_CHARS} a title may have" in problem.message and problem.line == 3


def test_the_built_in_titles_fit_with_room(install, library):
    for status in load_all([install.scenarios], library):
        assert status.ok, status.problems
        assert all(len(getattr(status.pack.info.title, lang)) <= packs.MAX_TITLE_CHARS * 3 // 4 for lang in ("zh", "en"))
        assert not status.pack.extra


def test_an_extra_pack_may_not_take_a_built_in_title(mini_pack, library):
    pack_file = mini_pack / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("Test mini pack", "family CALLS"),
                         encoding="utf-8")
    [status] = load_all([mini_pack], library)   # validated alone, it is still compared with the built-in ones
    [problem] = status.problems
    assert "the title 'family calls' is already the title of the pack in" in problem.message
    assert problem.path.endswith("pack.yaml") and problem.line == 3


def test_two_extra_packs_may_not_share_a_title(mini_pack, library):
    copy = mini_pack.parent / "copy"
    shutil.copytree(mini_pack, copy)
    pack_file = copy / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("id: mini", "id: copy"), encoding="utf-8")
    first, second = load_all([mini_pack.parent], library)
    assert first.ok and not second.ok
    assert "already the title" in second.problems[0].message


def test_an_extra_pack_shows_its_folder_with_its_title(mini_pack, library):
    [status] = load_all([mini_pack], library)
    assert status.pack.extra
    assert status.pack.shown_title("en") == "Test mini pack (extra set: mini)"
    assert status.pack.shown_title("zh") == "测试小包（外来题包：mini）"


def test_a_very_long_text_is_a_problem(mini_pack, library):
    from game.core.meaning import MAX_TEXT_CHARS

    long = "x" * (MAX_TEXT_CHARS + 1)
    pack_file = mini_pack / "still-fake.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("This advert uses a face swap.", long),
                         encoding="utf-8")
    [problem] = load_pack(mini_pack, library).problems
    assert problem.message == f"explanation.en: text of {MAX_TEXT_CHARS + 1:,} characters, more than the {MAX_TEXT_CHARS:,} a text may have"
