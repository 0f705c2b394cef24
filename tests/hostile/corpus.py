"""A corpus of hostile packs, made at test time from the small good pack ``tests/data/packs/mini``.

Each case copies the mini pack and changes ONE thing in it, the way a damaged USB stick or a
malicious chat-group file might, and says which file (and line, where one exists) a problem
must name. Nothing large is committed: the 50 MB file, the bombs and the 3,000 scenario files
are written into the test's temporary folder.

    build(name, root)  one case into root/<name>     build_all(root)  every case the OS allows
"""
from __future__ import annotations

import copy
import os
import shutil
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from game.core.yamlsafe import parse_yaml_text
from tests.conftest import DATA
from tests.core.test_validation import edit, line_of

MINI = DATA / "packs" / "mini"
ANY_LINE = -1   # the problem must carry some line (>= 1), not a particular one


class Unsupported(Exception):
    """This system cannot make the case (no symlinks, no FIFOs, names must be UTF-8...)."""


@dataclass(frozen=True)
class Expect:
    """Where the problem must point: ``file`` relative to the pack ('' = the pack folder itself),
    ``line`` (a number, ANY_LINE, or None when the file has no line to name), words in its message,
    and names that must each appear in some problem of that file (wrong types everywhere)."""

    file: str
    line: int | None = None
    words: str = ""
    fields: tuple = ()


def lines(pack: Path, name: str) -> int:
    return (pack / name).read_bytes().count(b"\n")


def append(pack: Path, name: str, text: str) -> int:
    """Append ``text`` to a file; return the line its first line lands on."""
    first = lines(pack, name) + 1
    with open(pack / name, "a", encoding="utf-8") as stream:
        stream.write(text)
    return first


def mini_data(name: str) -> dict:
    return parse_yaml_text((MINI / name).read_text(encoding="utf-8"), name).data   # libyaml reads it as the game does


def dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)


# --- YAML traps ------------------------------------------------------------------------------

def merge_key_bomb(pack):
    bomb = ["bomb0: &a0 {x: 1}"] + [f"bomb{i}: &a{i} {{<<: [*a{i-1}, *a{i-1}]}}" for i in range(1, 40)]
    return Expect("still-fake.yaml", append(pack, "still-fake.yaml", "\n".join(bomb) + "\n"), "anchors")


def billion_laughs(pack):
    laughs = ['lol0: &l0 "lol"'] + [f"lol{i}: &l{i} [{', '.join([f'*l{i-1}'] * 10)}]" for i in range(1, 10)]
    return Expect("still-fake.yaml", append(pack, "still-fake.yaml", "\n".join(laughs) + "\n"), "anchors")


def deep_flow(pack):
    return Expect("still-fake.yaml", append(pack, "still-fake.yaml", "deep: " + "[" * 30000 + "]" * 30000 + "\n"),
                  "nesting deeper")


def deep_block(pack):
    first = append(pack, "still-fake.yaml", "deep:\n" + "- " * 30000 + "x\n")
    return Expect("still-fake.yaml", first + 1, "nesting deeper")


def deep_block_mapping(pack):
    """Indented mappings: 1,000 levels is what fits under the 1 MB cap (each level indents more)."""
    text = "deep:\n" + "".join(" " * (depth + 1) + "a:\n" for depth in range(1000)) + " " * 1001 + "x: 1\n"
    first = append(pack, "still-fake.yaml", text)
    return Expect("still-fake.yaml", ANY_LINE if first else None, "nesting deeper")


def huge_file(pack):
    with open(pack / "still-fake.yaml", "ab") as stream:
        stream.write(b"# " + b"x" * 50_000_000 + b"\n")
    return Expect("still-fake.yaml", None, "bytes, more than")


def invalid_utf8(pack):
    line = line_of(pack, "still-fake.yaml", "explanation:")
    path = pack / "still-fake.yaml"
    path.write_bytes(path.read_bytes().replace(b"explanation: {zh: ", b"explanation: {zh: \xff\xfe\xc0", 1))
    return Expect("still-fake.yaml", line, "not valid UTF-8")


def utf16_with_bom(pack):
    path = pack / "still-fake.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))   # BOM FF FE first
    return Expect("still-fake.yaml", 1, "not valid UTF-8")


def duplicate_keys(pack):
    return Expect("still-fake.yaml", append(pack, "still-fake.yaml", "difficulty: 2\n"), "appears twice")


def bad_int_tag(pack):
    edit(pack, "still-fake.yaml", "difficulty: 1", "difficulty: !!int one")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "difficulty:"), "not a valid int")


def huge_integer(pack):
    edit(pack, "still-fake.yaml", "difficulty: 1", "difficulty: " + "9" * 5000)
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "difficulty:"), "not a valid int")


def control_character(pack):
    edit(pack, "still-fake.yaml", "Miracle cure advert", "Miracle\x07 cure advert")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "Miracle"), "control")


def python_tag_on_a_list(pack):
    edit(pack, "still-fake.yaml", "rights: [civil-code-1019]", "rights: !!python/object/apply:os.system [civil-code-1019]")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "rights:"), "not allowed")


# --- wrong types everywhere --------------------------------------------------------------------

WRONG = {"list": ["a", 1], "dict": {"zz": 1}, "number": 7, "null": None}
HUGE = "A" * 300_000
SCENARIO_FIELDS = ("id", "category", "difficulty", "truth", "title", "clip", "tells", "pattern", "actions",
                   "call", "explanation", "rights", "sources", "discuss")
PACK_FIELDS = ("id", "version", "title", "description", "languages", "author", "licence", "order",
               "categories", "purpose", "pre", "post")
OPTIONAL = {"call", "discuss", "description"}   # null is a fine value for these
# nested leaves of still-fake.yaml: (path into the data, the name a problem must mention)
NESTED = ((("clip", "kind"), "kind"), (("clip", "file"), "file"), (("clip", "caption"), "caption"),
          (("tells", 0, "text"), "text"), (("tells", 0, "region"), "region"), (("actions", 0, "prompt"), "prompt"),
          (("actions", 0, "options"), "options"), (("actions", 1, "options", 0, "safe"), "safe"))


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def wrong_types_in_scenario(kind):
    def build(pack):
        data = mini_data("still-fake.yaml")
        for name in SCENARIO_FIELDS:
            data[name] = copy.deepcopy(WRONG[kind])   # one object twice would be dumped as an alias
        (pack / "still-fake.yaml").write_text(dump(data), encoding="utf-8")
        named = tuple(f for f in SCENARIO_FIELDS if not (kind == "null" and f in OPTIONAL))
        return Expect("still-fake.yaml", ANY_LINE, fields=named)
    return build


def wrong_types_nested(kind):
    def build(pack):
        data = mini_data("still-fake.yaml")
        data["actions"].append(mini_data("still-fake.yaml")["actions"][0])   # a second question to break inside
        for path, _ in NESTED:
            _set(data, path, copy.deepcopy(WRONG[kind]))
        (pack / "still-fake.yaml").write_text(dump(data), encoding="utf-8")
        optional = {"null": ("caption", "region", "file"), "dict": ("caption", "region")}.get(kind, ())
        named = tuple(name for _, name in NESTED if name not in optional)
        return Expect("still-fake.yaml", ANY_LINE, fields=named)
    return build


def wrong_types_in_pack_yaml(kind):
    def build(pack):
        data = mini_data("pack.yaml")
        for name in PACK_FIELDS:
            data[name] = copy.deepcopy(WRONG[kind])   # one object twice would be dumped as an alias
        (pack / "pack.yaml").write_text(dump(data), encoding="utf-8")
        named = tuple(f for f in PACK_FIELDS if not (kind == "null" and f in OPTIONAL)
                      and not (kind == "dict" and f in ("title", "description"))
                      and not (kind == "number" and f == "version"))   # 7 is a fine version   # {zz: 1} is an unknown key there
        return Expect("pack.yaml", ANY_LINE, fields=named)
    return build


def huge_strings_in_scenarios(pack):
    """One scenario file per field, that field a 300,000-character string (each file under 1 MB)."""
    base = mini_data("still-fake.yaml")
    for name in SCENARIO_FIELDS:
        data = dict(base, id=f"huge-{name}")
        data[name] = HUGE
        (pack / f"huge-{name}.yaml").write_text(dump(data), encoding="utf-8")
    # 4 MB of YAML together: refused by the whole-pack budget before any file is parsed
    return Expect("", 1, "bytes of YAML in pack.yaml and the scenario files together")


def huge_unknown_category(pack):
    """A problem message that quotes a 300,000-character value, first in the pack (drawn on screen)."""
    edit(pack, "anim-real.yaml", "category: genuine_odd_media", "category: " + "c" * 300_000)
    return Expect("anim-real.yaml", 2, "unknown category")


def huge_strings_in_pack_yaml(pack):
    data = mini_data("pack.yaml")
    for name in PACK_FIELDS:
        data[name] = "B" * 80_000
    (pack / "pack.yaml").write_text(dump(data), encoding="utf-8")
    return Expect("pack.yaml", ANY_LINE, fields=tuple(f for f in PACK_FIELDS if f not in ("title", "description", "author", "licence")))


# --- paths leading out of the pack -------------------------------------------------------------

def media_path(relative, words):
    def build(pack):
        edit(pack, "still-fake.yaml", "file: media/still.png", f"file: {relative}")
        return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "file:"), words)
    return build


def _symlink(target, link: Path):
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError, AttributeError) as err:
        raise Unsupported(f"cannot make a symbolic link here: {err}") from err


def symlink_outside(pack):
    outside = pack.parent / f"outside-{pack.name}.png"   # beside the pack, not in it
    shutil.copy(MINI / "media" / "still.png", outside)
    _symlink(outside, pack / "media" / "linked.png")
    edit(pack, "still-fake.yaml", "file: media/still.png", "file: media/linked.png")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "file:"), "outside the pack")


def symlink_loop(pack):
    _symlink("loop.png", pack / "media" / "loop.png")
    edit(pack, "still-fake.yaml", "file: media/still.png", "file: media/loop.png")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "file:"))


def scenario_link_to_dev_zero(pack):
    if not Path("/dev/zero").exists():
        raise Unsupported("no /dev/zero")
    _symlink("/dev/zero", pack / "zero.yaml")
    return Expect("zero.yaml", None)


def scenario_fifo(pack):
    if not hasattr(os, "mkfifo"):
        raise Unsupported("no FIFOs on this system")
    os.mkfifo(pack / "fifo.yaml")
    return Expect("fifo.yaml", None)


def scenario_link_outside(pack):
    outside = pack.parent / f"outside-{pack.name}.txt"   # not .yaml: the folder of packs holds no YAML
    outside.write_text("password: hunter2\n", encoding="utf-8")
    _symlink(outside, pack / "borrowed.yaml")
    return Expect("borrowed.yaml", None, "outside the pack")


GBK_NAME = "中文".encode("gbk")   # a zip made on a Chinese Windows, unpacked on Linux


def _undecodable(pack: Path, name: bytes) -> Path:
    if sys.platform in ("win32", "darwin"):
        raise Unsupported("file names must be valid Unicode here")
    return Path(os.fsdecode(os.fsencode(pack) + b"/" + name))


def non_utf8_file_name(pack):
    target = _undecodable(pack, GBK_NAME + b".yaml")
    try:
        shutil.move(pack / "still-fake.yaml", target)
    except OSError as err:
        raise Unsupported(f"the file system refuses the name: {err}") from err
    edit(pack, target.name, "difficulty: 1", "difficulty: 9")
    return Expect(target.name, line_of(pack, target.name, "difficulty:"), "less than or equal")


def non_utf8_folder_name(pack):
    target = _undecodable(pack.parent, GBK_NAME + b"-" + pack.name.encode())
    try:
        pack.rename(target)
    except OSError as err:
        raise Unsupported(f"the file system refuses the name: {err}") from err
    edit(target, "still-fake.yaml", "difficulty: 1", "difficulty: 9")
    return target, Expect("still-fake.yaml", line_of(target, "still-fake.yaml", "difficulty:"), "less than or equal")


# --- media -------------------------------------------------------------------------------------

def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width=30000, height=30000) -> bytes:
    """A 1-bit PNG of width x height made with zlib by hand: about 100 KB, never held in memory."""
    row = b"\0" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def gif(screen, frames) -> bytes:
    """A GIF with a 2-colour table whose frames have the given sizes, each holding one pixel of data
    (a 1x1 frame is complete; a larger one is cut short, but its size is in its header)."""
    parts = [b"GIF89a" + struct.pack("<HHBBB", *screen, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff",
             b"!\xff\x0bNETSCAPE2.0\x03\x01\0\0\0"]
    for width, height in frames:
        parts.append(b"!\xf9\x04\x00\x0a\x00\x00\x00," + struct.pack("<HHHHB", 0, 0, width, height, 0)
                     + b"\x02\x02\x44\x01\x00")   # LZW: clear, pixel 0, end
    return b"".join(parts) + b";"


def replace_media(name, make, scenario, marker, words=""):
    def build(pack):
        (pack / "media" / name).write_bytes(make((pack / "media" / name).read_bytes()))
        return Expect(scenario, line_of(pack, scenario, marker), words)
    return build


def animation_over_the_pixel_budget(pack):
    """8 frames of 4000x4000: within the side and frame limits, but 128 million pixels to decode and
    keep. Frames after the first change one pixel, so the file stays small and quick to write."""
    from PIL import Image

    first = Image.new("P", (4000, 4000), 0)
    first.putpalette([0, 0, 0, 255, 255, 255])
    frames = []
    for index in range(1, 8):
        frame = first.copy()
        frame.putpixel((index, 0), 1)
        frames.append(frame)
    first.save(pack / "media" / "anim.gif", save_all=True, append_images=frames, duration=100, loop=0)
    return Expect("anim-real.yaml", line_of(pack, "anim-real.yaml", "clip:"), "million pixels")


# --- texts the font cannot draw ----------------------------------------------------------------

def emoji_in_pack_title(pack):
    edit(pack, "pack.yaml", "en: Test mini pack}", "en: Test mini pack 🛡️}")
    return Expect("pack.yaml", line_of(pack, "pack.yaml", "title:"), "cannot draw")


def rare_hanzi_ext_b(pack):
    edit(pack, "still-fake.yaml", "zh: 这是AI换脸的广告。", "zh: 这是AI换脸的广告𠀀𪚥。")
    return Expect("still-fake.yaml", line_of(pack, "still-fake.yaml", "explanation:"), "cannot draw")


# --- pack.yaml and the pack's structure --------------------------------------------------------

def pack_yaml_text(text, words=""):
    def build(pack):
        (pack / "pack.yaml").write_text(text, encoding="utf-8")
        return Expect("pack.yaml", 1, words)
    return build


def pack_yaml_missing(pack):
    (pack / "pack.yaml").unlink()
    return Expect("pack.yaml", None, "no pack.yaml")


def thousands_of_scenarios(pack):
    text = (MINI / "still-fake.yaml").read_text(encoding="utf-8")
    for index in range(3000):
        (pack / f"s{index:05d}.yaml").write_text(text.replace("id: still-fake", f"id: s{index:05d}"), encoding="utf-8")
    return Expect("", None, "more than")


def id_collision(pack):
    edit(pack, "anim-real.yaml", "id: anim-real", "id: still-fake")
    return Expect("still-fake.yaml", 1, "also used in")


CALL_HEAD = """id: {id}
category: cloned_voice_emergency
difficulty: 1
truth: manipulated
title: {{zh: 来电, en: A call}}
clip: {{kind: call, caption: {{zh: 陌生号码来电。, en: An unknown number calls.}}}}
call:
  channel: phone
  caller: {{id: fake, name: {{zh: 未知号码, en: Unknown number}}}}
  start: n0
  nodes:
"""
CALL_TAIL = """tells: [{text: {zh: 陌生号码。, en: An unknown number.}}]
explanation: {zh: 这是骗局。, en: This is a scam.}
rights: [channel-110]
"""


def call_with_10000_nodes(pack):
    """Every choice leads to a node that does not exist: 10,000 problems, each wanting a suggestion."""
    nodes = "".join(f"    n{i}: {{choices: [{{text: go, next: m{i}}}]}}\n" for i in range(10000))
    (pack / "big-call.yaml").write_text(CALL_HEAD.format(id="big-call") + nodes + CALL_TAIL, encoding="utf-8")
    # more steps than a whole pack may have: refused as soon as the file is read, before its
    # 10,000 problems are worked out
    return Expect("big-call.yaml", 1, "steps (nodes) up to this file")


def call_self_loop(pack):
    nodes = "    n0: {choices: [{text: again, move: listen, next: n0}]}\n"
    (pack / "loop-call.yaml").write_text(CALL_HEAD.format(id="loop-call") + nodes + CALL_TAIL, encoding="utf-8")
    return Expect("loop-call.yaml", len(CALL_HEAD.splitlines()) + 1, "can never end")


def check_pack_with_huge_lists(pack):
    ids = ", ".join(f"x{i}" for i in range(40_000))
    append(pack, "pack.yaml", f"purpose: check\npre: [{ids}]\npost: [still-fake]\n")
    return Expect("pack.yaml", None, "more than")


def order_of_unknown_ids(pack):
    """40,000 problems, one per unknown id (100,000 were 16 MB of JSON and six seconds)."""
    edit(pack, "pack.yaml", "order: [still-fake, anim-real, voice-fake, video-real]",
         "order: [" + ", ".join(f"x{i}" for i in range(40_000)) + "]")
    return Expect("pack.yaml", None, "no scenario with id 'x0'")


def nan_moment(pack):
    edit(pack, "voice-fake.yaml", "at: [0.2, 0.8]", "at: [.nan, .nan]")
    return Expect("voice-fake.yaml", line_of(pack, "voice-fake.yaml", "at: [.nan"), "plain numbers")


# name -> builder(pack) -> Expect, or (new folder, Expect) when it renames the pack
CASES = {
    "merge-key-bomb": merge_key_bomb,
    "billion-laughs": billion_laughs,
    "deep-flow-30000": deep_flow,
    "deep-block-30000": deep_block,
    "deep-block-mapping": deep_block_mapping,
    "file-50mb": huge_file,
    "invalid-utf8": invalid_utf8,
    "utf16-bom": utf16_with_bom,
    "duplicate-keys": duplicate_keys,
    "bad-int-tag": bad_int_tag,
    "huge-integer": huge_integer,
    "control-character": control_character,
    "python-tag-on-list": python_tag_on_a_list,
    **{f"wrong-{kind}-scenario": wrong_types_in_scenario(kind) for kind in WRONG},
    **{f"wrong-{kind}-nested": wrong_types_nested(kind) for kind in WRONG},
    **{f"wrong-{kind}-pack-yaml": wrong_types_in_pack_yaml(kind) for kind in WRONG},
    "huge-strings-scenario": huge_strings_in_scenarios,
    "huge-strings-pack-yaml": huge_strings_in_pack_yaml,
    "huge-unknown-category": huge_unknown_category,
    "path-dotdot": media_path("media/../../outside.png", "leads out of the pack"),
    "path-absolute": media_path("/etc/passwd", "not a relative path"),
    "path-windows-drive": media_path("'C:\\x.png'", "not a relative path"),
    "path-unc": media_path("'\\\\server\\share\\x.png'", "not a relative path"),
    "path-nul-byte": media_path('"media/\\0still.png"', "cannot be used"),
    "path-too-long": media_path("media/" + "x" * 5000 + ".png", "cannot be used"),
    "symlink-outside": symlink_outside,
    "symlink-loop": symlink_loop,
    "scenario-link-dev-zero": scenario_link_to_dev_zero,
    "scenario-fifo": scenario_fifo,
    "scenario-link-outside": scenario_link_outside,
    "non-utf8-file-name": non_utf8_file_name,
    "non-utf8-folder-name": non_utf8_folder_name,
    "png-bomb": replace_media("still.png", lambda _: png_bomb(), "still-fake.yaml", "file:", "too large"),
    "gif-huge-dimensions": replace_media("anim.gif", lambda _: gif((65535, 65535), [(1, 1), (1, 1)]),
                                         "anim-real.yaml", "clip:", "too large"),
    "gif-frame-grows": replace_media("anim.gif", lambda _: gif((1, 1), [(1, 1), (12000, 12000)]),
                                     "anim-real.yaml", "clip:", "12000x12000"),
    "gif-300000-frames": replace_media("anim.gif", lambda _: gif((1, 1), [(1, 1)] * 300_000),
                                       "anim-real.yaml", "clip:", "frames"),
    "gif-pixel-budget": animation_over_the_pixel_budget,
    "eps-named-png": replace_media("still.png", lambda _: b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 320 180\nshowpage\n",
                                   "still-fake.yaml", "file:", "cannot"),
    "truncated-gif": replace_media("anim.gif", lambda b: b[: len(b) // 2], "anim-real.yaml", "clip:", "cannot"),
    "truncated-mp4": replace_media("call.mp4", lambda b: b[: len(b) // 2], "video-real.yaml", "clip:", "cannot"),
    "truncated-wav": replace_media("voice.wav", lambda b: b[: len(b) // 2], "voice-fake.yaml", "clip:", "cut short"),
    "empty-png": replace_media("still.png", lambda _: b"", "still-fake.yaml", "file:", "empty"),
    "empty-gif": replace_media("anim.gif", lambda _: b"", "anim-real.yaml", "clip:", "empty"),
    "empty-wav": replace_media("voice.wav", lambda _: b"", "voice-fake.yaml", "clip:", "empty"),
    "empty-mp4": replace_media("call.mp4", lambda _: b"", "video-real.yaml", "clip:", "empty"),
    "emoji-in-pack-title": emoji_in_pack_title,
    "rare-hanzi-ext-b": rare_hanzi_ext_b,
    "pack-yaml-list": pack_yaml_text("- id: mini\n- version: 1\n", "key: value"),
    "pack-yaml-empty": pack_yaml_text("", "key: value"),
    "pack-yaml-missing": pack_yaml_missing,
    "thousands-of-scenarios": thousands_of_scenarios,
    "scenario-id-collision": id_collision,
    "call-10000-nodes": call_with_10000_nodes,
    "call-self-loop": call_self_loop,
    "check-pack-huge-lists": check_pack_with_huge_lists,
    "order-40000-unknown-ids": order_of_unknown_ids,
    "nan-moment": nan_moment,
}


@dataclass(frozen=True)
class Built:
    name: str
    folder: Path
    expect: Expect


def build(name: str, root: Path) -> Built:
    """Make case ``name`` as root/<name> (a fresh copy of the mini pack with one hostile thing)."""
    pack = root / name
    shutil.copytree(MINI, pack)
    try:
        made = CASES[name](pack)
    except Unsupported:
        shutil.rmtree(pack, ignore_errors=True)
        raise
    folder, expect = made if isinstance(made, tuple) else (pack, made)
    return Built(name, folder, expect)


def build_all(root: Path) -> tuple[list[Built], dict[str, str]]:
    """Every case into ``root``; also the cases this system cannot make, with the reason."""
    root.mkdir(parents=True, exist_ok=True)
    built, skipped = [], {}
    for name in CASES:
        try:
            built.append(build(name, root))
        except Unsupported as err:
            skipped[name] = str(err)
    return built, skipped
