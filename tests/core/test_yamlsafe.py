import time

import pytest

from game.core.problems import PackError
from game.core.yamlsafe import MAX_DEPTH, load_yaml_file, parse_yaml_text


def problem_of(text):
    with pytest.raises(PackError) as caught:
        parse_yaml_text(text, "x.yaml")
    assert len(caught.value.problems) == 1
    return caught.value.problems[0]


def test_plain_values_and_their_places():
    loaded = parse_yaml_text("a: 1\nb:\n  - x\n  - {c: true}\nd: 2024-01-01\n", "x.yaml")
    assert loaded.data == {"a": 1, "b": ["x", {"c": True}], "d": "2024-01-01"}
    assert loaded.where(("b", 1, "c")) == (4, 9)
    assert loaded.where(("b", 1, "missing")) == (4, 5)


@pytest.mark.parametrize("text, words, line", [
    ("a: &x 1\nb: *x\n", "anchors", 1),
    ("a: 1\nb: *x\n", "", 2),
    ("base: {k: 1}\nc:\n  <<: {k: 2}\n", "merge keys", 3),
    ("a: 1\nb: 2\na: 3\n", "appears twice", 3),
    ("a: !!python/object:os.system x\n", "not allowed", 1),
    ("a: b: c\n", "quotes", 1),
    ("a:\n\t- 1\n", "tabs", 2),
    ("---\na: 1\n---\nb: 2\n", "more than one", 3),
])
def test_refused_constructs_name_the_line(text, words, line):
    problem = problem_of(text)
    assert problem.line == line
    assert words in str(problem)


# "Quickly" is CPU time of this thread: wall time also counts whatever else a loaded machine runs.
def test_deep_nesting_is_refused_quickly_without_crashing():
    started = time.thread_time()
    problem = problem_of("a: " + "[" * 30000 + "]" * 30000)
    assert f"deeper than {MAX_DEPTH}" in problem.message
    assert time.thread_time() - started < 2


def test_merge_key_bomb_is_refused_quickly():
    lines = ["a0: &a0 {x: 1}"] + [f"a{i}: &a{i} {{<<: [*a{i-1}, *a{i-1}]}}" for i in range(1, 40)]
    started = time.thread_time()
    problem_of("\n".join(lines))
    assert time.thread_time() - started < 2


def test_big_and_non_utf8_files(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * 2_000_000)
    with pytest.raises(PackError, match="bytes"):
        load_yaml_file(big)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(PackError) as caught:
        load_yaml_file(latin)
    assert caught.value.problems[0].line == 2
