"""Property-based fuzzing of the pack loader with hypothesis: thousands of mutated mini packs.

The YAML text of the mini pack (tests/data/packs/mini) is mutated the way damaged or hand-edited
files go wrong: bytes flipped and inserted, lines deleted or duplicated, indentation changed, keys
renamed, values swapped for other types, random Unicode, truncation; its media bytes are mutated
too. The property, for ``game.core.packs.load_pack`` and ``game.core.yamlsafe.parse_yaml_text``:
only PackError may escape, and a pack either loads clean or comes back with problems whose path
names a file of the pack.

Reproducible: derandomize=True (the same examples on every run, no example database written).
Examples: 3,000 (parse_yaml_text) + 2,000 (pack text) + 1,000 (media) + 600 (value swaps) = 6,600.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from game.core.packs import PackStatus, load_pack
from game.core.problems import PackError
from game.core.yamlsafe import MAX_DEPTH, LoadedYaml, parse_yaml_text
from tests.conftest import ROOT
from tests.hostile.corpus import MINI

# Hypothesis keeps caches in .hypothesis/ of the working folder even without an example database:
# keep them out of the checkout.
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "seethrough-hypothesis"))
# SEETHROUGH_FUZZ_SCALE=10 runs ten times the examples; SEETHROUGH_FUZZ_RANDOM=1 new ones each run.
SCALE = float(os.environ.get("SEETHROUGH_FUZZ_SCALE", "1"))
FUZZ = {"deadline": None, "derandomize": not os.environ.get("SEETHROUGH_FUZZ_RANDOM"), "database": None, "print_blob": True,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]}
YAML_FILES = sorted(p.name for p in MINI.glob("*.yaml"))
MEDIA_FILES = sorted(p.name for p in (MINI / "media").iterdir())
TEXTS = {name: (MINI / name).read_text(encoding="utf-8") for name in YAML_FILES}

# Things that break YAML, or the pack, when dropped into a file.
SNIPPETS = [":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "!!int ", "!!python/object ", "<<: ", "? ",
            "|", ">", "#", "'", '"', "%YAML 1.1\n", "---\n", "...\n", "\t", "\n", "  ", "\ufeff", "\x00", "\x07",
            "\\", "..", "/", "~", "\u2028", "𠀀", "😀", "神", "\u202e"]
KEYS = ["id", "category", "difficulty", "truth", "title", "clip", "kind", "file", "caption", "picture", "tells",
        "text", "region", "at", "pattern", "actions", "prompt", "options", "safe", "why", "explanation", "rights",
        "sources", "discuss", "call", "zh", "en", "version", "languages", "order", "purpose", "pre", "post",
        "categories", "<<", "x" * 200, "", "1", "null", "true"]
VALUES = ["[1, 2]", "{a: 1}", "7", "-1", "0", "3.5", "1e400", "~", "null", ".nan", "-.inf", "true", "yes", "0x1F",
          "0o17", "1:30", "2024-01-01", "''", '""', "[]", "{}", "!!int x", "!!bool maybe", "!!float x", "&a 1", "*a",
          "9" * 5000, "A" * 20000, "media/../../x.png", "/etc/passwd", "'C:\\x.png'", '"media/\\0x.png"',
          "media/still.png", "media/anim.gif", "media/voice.wav", "media/call.mp4", "[0.2, 0.8]",
          "[.nan, 1, 2, 3]", "[1e308, 1e308, 1e308, 1e308]", "call", "audio", "image", "video", "animation"]
KEY_LINE = re.compile(r"^(\s*(?:-\s+)?)([^\s:#][^:#]*):(\s|$)")


def positions():
    return st.integers(min_value=0, max_value=10**9)


OPS = st.one_of(
    st.tuples(st.just("flip"), positions(), st.integers(0, 255)),
    st.tuples(st.just("insert_bytes"), positions(), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("insert_text"), positions(), st.sampled_from(SNIPPETS)),
    st.tuples(st.just("unicode"), positions(), st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6)),
    st.tuples(st.just("delete_line"), positions()),
    st.tuples(st.just("duplicate_line"), positions()),
    st.tuples(st.just("indent"), positions(), st.integers(-4, 4)),
    st.tuples(st.just("rename_key"), positions(), st.sampled_from(KEYS)),
    st.tuples(st.just("swap_value"), positions(), st.sampled_from(VALUES)),
    st.tuples(st.just("truncate"), positions()),
)


def mutate(data: bytes, ops) -> bytes:
    """Apply each mutation of ``ops`` to ``data`` (positions wrap around the current length)."""
    for op in ops:
        kind, where = op[0], op[1]
        at = where % (len(data) + 1)
        if kind == "flip" and data:
            at = where % len(data)
            data = data[:at] + bytes([op[2]]) + data[at + 1:]
        elif kind == "insert_bytes":
            data = data[:at] + op[2] + data[at:]
        elif kind in ("insert_text", "unicode"):
            data = data[:at] + op[2].encode("utf-8") + data[at:]
        elif kind == "truncate":
            data = data[:at]
        else:
            lines = data.split(b"\n")
            index = where % len(lines)
            line = lines[index]
            if kind == "delete_line":
                del lines[index]
            elif kind == "duplicate_line":
                lines.insert(index, line)
            elif kind == "indent":
                lines[index] = b" " * op[2] + line if op[2] >= 0 else line[min(-op[2], len(line) - len(line.lstrip(b" "))):]
            else:
                text = line.decode("utf-8", "replace")
                found = KEY_LINE.match(text)
                if found and kind == "rename_key":
                    text = found.group(1) + op[2] + text[found.end(2):]
                elif found and kind == "swap_value":
                    text = text[: found.end(2)] + ": " + op[2]
                lines[index] = text.encode("utf-8")
            data = b"\n".join(lines)
    return data


# --- parse_yaml_text -------------------------------------------------------------------------

def depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 1


def plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


@pytest.mark.slow
@settings(max_examples=int(3000 * SCALE), **FUZZ)
@given(name=st.sampled_from(YAML_FILES), ops=st.lists(OPS, min_size=1, max_size=5))
@example(name="anim-real.yaml", ops=[("truncate", 0), ("insert_text", 0, "!!int ")])   # was an IndexError
def test_parse_yaml_text_gives_plain_data_or_a_pack_error(name, ops):
    text = mutate(TEXTS[name].encode("utf-8"), ops).decode("utf-8", "replace")   # a file is read as UTF-8 first
    try:
        loaded = parse_yaml_text(text, name)
    except PackError as err:
        assert err.problems and all(p.path == name and p.line >= 0 and p.col >= 0 for p in err.problems)
        return
    assert isinstance(loaded, LoadedYaml) and plain(loaded.data)
    assert depth(loaded.data) <= MAX_DEPTH + 1
    assert all(line >= 1 and col >= 1 for line, col in loaded.marks.values())


# --- load_pack -------------------------------------------------------------------------------

@functools.cache
def fuzz_library():
    """Not a fixture: hypothesis would print the whole rights catalogue with each failing example."""
    from game.core.library import InstallPaths, open_library

    library, problems = open_library(InstallPaths(ROOT), cache_dir=None)   # no cache: every example validated
    assert problems == []
    return library


@pytest.fixture(scope="module")
def work_pack(tmp_path_factory):
    """One copy of the mini pack; each example changes one file and puts it back afterwards."""
    pack = tmp_path_factory.mktemp("fuzz") / "mini"
    shutil.copytree(MINI, pack)
    return pack


def check_status(status: PackStatus, pack: Path) -> None:
    """Clean, or problems that each name a file of the pack (or the pack folder itself)."""
    if status.ok:
        assert status.pack is not None and status.pack.scenarios
        return
    assert status.pack is None and status.problems
    root = os.path.normpath(pack)
    for problem in status.problems:
        where = os.path.normpath(os.path.join(os.getcwd(), problem.path))
        assert where == root or where.startswith(root + os.sep), problem
        assert isinstance(problem.line, int) and problem.line >= 0 and problem.col >= 0, problem


def load_mutated(pack: Path, relative: str, data: bytes) -> None:
    path = pack / relative
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        try:
            status = load_pack(pack, fuzz_library())
        except PackError:
            return   # allowed to escape, though load_pack reports problems instead
        check_status(status, pack)
    finally:
        path.write_bytes(original)


def test_the_unmutated_pack_loads_clean(work_pack):
    assert load_pack(work_pack, fuzz_library()).ok


@pytest.mark.slow
@settings(max_examples=int(2000 * SCALE), **FUZZ)
@given(name=st.sampled_from(YAML_FILES), ops=st.lists(OPS, min_size=1, max_size=5))
def test_a_pack_with_mutated_yaml_loads_or_names_its_problems(name, ops, work_pack):
    load_mutated(work_pack, name, mutate(TEXTS[name].encode("utf-8"), ops))


MEDIA_OPS = st.one_of(
    st.tuples(st.just("flip"), positions(), st.integers(0, 255)),
    st.tuples(st.just("insert_bytes"), positions(), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("truncate"), positions()),
    st.tuples(st.just("zero"), positions(), st.integers(1, 4096)),
    st.tuples(st.just("other_file"), st.sampled_from(MEDIA_FILES)),
    st.tuples(st.just("header"), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"GIF89a\xff\xff\xff\xff", b"RIFF\xff\xff\xff\xffWAVE",
                                                  b"\x00\x00\x00\x18ftypmp42", b"%!PS-Adobe-3.0 EPSF-3.0\n", b"BM"])),
)


def mutate_media(data: bytes, ops) -> bytes:
    for op in ops:
        kind = op[0]
        if kind == "other_file":
            data = (MINI / "media" / op[1]).read_bytes()
        elif kind == "header":
            data = op[1] + data[len(op[1]):]
        elif kind == "zero":
            at = op[1] % (len(data) + 1)
            data = data[:at] + b"\0" * min(op[2], len(data) - at) + data[at + op[2]:]
        else:
            data = mutate(data, [op])
    return data


@pytest.mark.slow
@settings(max_examples=int(1000 * SCALE), **FUZZ)
@given(name=st.sampled_from(MEDIA_FILES), ops=st.lists(MEDIA_OPS, min_size=1, max_size=6))
@example(name="anim.gif", ops=[("truncate", 2151)])   # a GIF cut inside a frame header: was a struct.error
def test_a_pack_with_mutated_media_loads_or_names_its_problems(name, ops, work_pack):
    load_mutated(work_pack, f"media/{name}", mutate_media((MINI / "media" / name).read_bytes(), ops))


@pytest.mark.slow
@settings(max_examples=int(600 * SCALE), **FUZZ)
@given(name=st.sampled_from(YAML_FILES), swaps=st.lists(st.tuples(positions(), st.sampled_from(VALUES)), min_size=1, max_size=8))
def test_a_pack_with_values_of_other_types_loads_or_names_its_problems(name, swaps, work_pack):
    """Only value swaps, several at once, so the text stays YAML and the shape and meaning checks run."""
    ops = [("swap_value", where, value) for where, value in swaps]
    load_mutated(work_pack, name, mutate(TEXTS[name].encode("utf-8"), ops))
