"""Finding, loading and validating scenario packs, with a cache of the result.

A pack is a folder with ``pack.yaml`` and one YAML file per scenario. Loading a
pack validates everything (shape, meaning, media, glyphs) and reports *all*
problems; a pack with any problem is unavailable, the others still play.
"""
from __future__ import annotations

import gc
import hashlib
import os
import re
import stat
from collections.abc import Container
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from game.core import mediacheck
from game.core.cast import cast_scenario
from game.core.catalogue import load_by_id
from game.core.charset import Charset
from game.core.learningcheck import check_tests
from game.core.meaning import check_scenario, check_texts, check_unshaped
from game.core.models import PackInfo, RightsCard, RightsCatalogue, Scenario
from game.core.problems import PackError, Problem, printable
from game.core.shape import validate_shape
from game.core.vocab import CATEGORIES, CATEGORY_SHORT
from game.core.yamlsafe import MAX_FILE_BYTES, LoadedYaml, load_yaml_file

PACK_FILE = "pack.yaml"
# Budgets for a whole pack, checked from file sizes (os.stat) before any file is parsed, so an
# oversized pack is refused in a second, not after minutes: each file within its own limits,
# 2,000 files holding 200,000 call nodes (10 MB) took 35 s and 674 MB to validate, and blocked
# the game's title for three minutes. The built-in packs have at most 21 scenario files, 95 KB
# of YAML, 60 call nodes and 4.3 MB of media each: the budgets leave them twenty times the room.
MAX_SCENARIOS = 1000                 # scenario files in one pack (the loading benchmark uses 1,000)
MAX_PACK_YAML_BYTES = 2_000_000      # pack.yaml and the scenario files together
MAX_PACK_CALL_NODES = 2_000          # the steps of all the pack's calls together
MAX_PACK_MEDIA_BYTES = 300_000_000   # every other file in the pack folder
MAX_PACK_ENTRIES = 10_000            # files and folders looked at while measuring a pack
# ...and for the extra packs (those not built in) together: a folder of 48 hostile packs kept
# the game at 1 GB of memory.
MAX_EXTRA_PACKS = 20
MAX_EXTRA_YAML_BYTES = 10_000_000
MAX_EXTRA_BYTES = 1_000_000_000
MAX_TITLE_CHARS = 60                 # a pack's title in each language (the longest built-in: 38)
# A pack.yaml listing 100,000 unknown ids in order: gave 100,000 problems, 16 MB of JSON and
# 6 seconds; nobody reads past the first few hundred, so the rest are counted, not listed.
MAX_PROBLEMS = 1000
CACHE_FORMAT = 8  # bump when validation changes, so old cached results are ignored


@dataclass
class Pack:
    """A pack that validated clean, ready to play."""

    info: PackInfo
    folder: Path
    scenarios: list[Scenario]
    media: dict = field(default_factory=dict)  # relative path -> MediaInfo
    extra: bool = False   # not a built-in pack: its title is shown with its folder name

    def shown_title(self, lang: str) -> str:
        """The title as players see it: an extra pack's with its folder name, so a copied pack
        cannot pass for a built-in one."""
        from game.core.strings import t

        title = _lang(self.info.title, lang)
        return t("pack.extra", lang, title=title, folder=printable(self.folder.name)) if self.extra else title

    def category_names(self, short: bool = False) -> dict:
        names = dict(CATEGORY_SHORT if short else CATEGORIES)
        names.update({c.id: {"zh": _lang(c.name, "zh"), "en": _lang(c.name, "en")} for c in self.info.categories})
        return names


def _lang(text, lang):
    from game.core.models import text_in

    return text_in(text, lang)


def in_list_order(packs: list[Pack], lang: str) -> list[Pack]:
    """``packs`` as the game lists them: by their ``list_order`` (lowest first), then the packs
    that give none, by title in ``lang`` (then id, so the order never depends on loading)."""
    def key(pack: Pack):
        place = pack.info.list_order
        return (place is None, place or 0, _lang(pack.info.title, lang).casefold(), pack.info.id)

    return sorted(packs, key=key)


@dataclass
class PackStatus:
    """The outcome of loading one pack folder: the pack, or why it cannot play."""

    folder: Path
    pack: Pack | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.problems


@dataclass
class Library:
    """What the loader needs besides the pack: the rights catalogue and the font's characters."""

    rights: dict[str, RightsCard]
    charset: Charset | None
    cache_dir: Path | None = None
    fingerprint: str = ""  # changes when the catalogue or font changes
    builtin: Path | None = None   # the folder of built-in packs; packs elsewhere are extra
    cast: dict = field(default_factory=dict)   # the cast's members by id (game.core.cast.CastMember)


@dataclass(frozen=True)
class PackSize:
    """A pack folder measured from its files' sizes, without reading them."""

    scenario_files: int = 0
    yaml_bytes: int = 0
    media_bytes: int = 0
    entries: int = 0
    too_big: tuple = ()   # (name, bytes) of each YAML file over the size one file may have

    @property
    def total_bytes(self) -> int:
        return self.yaml_bytes + self.media_bytes


def measure_pack(folder: Path) -> PackSize:
    """Count the scenario files and add up the sizes of a pack's files (os.stat only, links not
    followed); stops counting past ``MAX_PACK_ENTRIES`` entries."""
    return survey_pack(folder, "")[0]


def survey_pack(folder: Path, fingerprint: str) -> tuple[PackSize, str]:
    """The pack's size (see ``measure_pack``) and its cache key (see ``_cache_key``), from one
    walk over its files: two walks made loading from the cache a quarter slower.

    Plain strings and os.stat, not Path objects: the warm start of a 1,000-scenario pack spent a
    third of its time building paths.
    """
    files = yaml_bytes = media_bytes = entries = 0
    too_big = []
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{fingerprint}".encode())
    top_folder = str(folder)
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        entries += len(dirs) + len(names)
        if entries > MAX_PACK_ENTRIES:
            break
        top = root == top_folder
        # hidden files and folders (.git, .DS_Store) count towards the size, not the key
        hidden = any(part.startswith(".") for part in root[len(top_folder):].split(os.sep))
        for name in sorted(names):
            path = os.path.join(root, name)
            try:
                info = os.stat(path, follow_symlinks=False)
            except (OSError, ValueError):
                continue
            if top and name.endswith(".yaml"):
                yaml_bytes += info.st_size
                files += name != PACK_FILE
                if info.st_size > MAX_FILE_BYTES:
                    too_big.append((name, info.st_size))
            else:
                media_bytes += info.st_size
            if hidden or name.startswith("."):
                continue
            if stat.S_ISLNK(info.st_mode):
                try:   # the key follows a link, so a changed target means validate again
                    info = os.stat(path)
                except (OSError, ValueError):
                    continue
            # surrogateescape: a file name that is not UTF-8 must not crash the cache key
            digest.update(f"{path}|{info.st_size}|{info.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return PackSize(files, yaml_bytes, media_bytes, entries, tuple(sorted(too_big))), digest.hexdigest()


def budget_problems(folder: Path, size: PackSize) -> list[Problem]:
    """The whole-pack budgets ``size`` goes over, each with the numbers."""
    where = shown_path(folder)
    if size.entries > MAX_PACK_ENTRIES:   # counting stopped there: the other sums are partial
        return [Problem(where, 1, 1, f"more than {MAX_PACK_ENTRIES:,} files and folders in the pack folder",
                        "keep only the pack's own files in it")]
    checks = [
        (size.scenario_files, MAX_SCENARIOS, "scenario files", "split the pack"),
        (size.yaml_bytes, MAX_PACK_YAML_BYTES, "bytes of YAML in pack.yaml and the scenario files together",
         "split the pack"),
        (size.media_bytes, MAX_PACK_MEDIA_BYTES, "bytes of media and other files", "compress or remove media"),
    ]
    problems = [Problem(where, 1, 1, f"{found:,} {what}, more than the {limit:,} a pack may have", hint)
                for found, limit, what, hint in checks if found > limit]
    if problems:   # name the files that are too big on their own, as reading them would have
        problems += [Problem(shown_path(folder / name), 1, 1, f"file is {size:,} bytes, more than the "
                             f"{MAX_FILE_BYTES:,} allowed", "split it or move media out")
                     for name, size in size.too_big[:MAX_PROBLEMS]]
    return problems


def find_pack_folders(paths: list[Path]) -> list[Path]:
    """Pack folders among ``paths``: each path is a pack or holds packs.

    A folder of scenario files whose pack.yaml is missing counts as a (broken) pack, so the
    game lists it as unavailable instead of leaving the person who copied it guessing.
    """
    found = []
    for path in paths:
        if _is_file(path / PACK_FILE):
            found.append(path)
            continue
        try:
            children = sorted(p for p in path.iterdir() if _is_file(p / PACK_FILE) or _has_yaml(p))
        except OSError:   # not a folder, or one we may not read: it holds no packs
            continue
        if children:
            found.extend(children)
        elif _has_yaml(path):
            found.append(path)
    return found


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:   # permission denied, a name too long: not a file we can read
        return False


def _has_yaml(path: Path) -> bool:
    try:
        return path.is_dir() and any(p.name != PACK_FILE for p in path.glob("*.yaml"))
    except OSError:
        return False


def load_catalogue(path: Path, charset: Charset | None) -> tuple[dict[str, RightsCard], list[Problem]]:
    """The rights cards by id, and any problems in the catalogue file."""
    return load_by_id(path, RightsCatalogue, "cards", "rights", charset)


def load_pack(folder: Path, library: Library) -> PackStatus:
    """Load and validate one pack folder, using the cache when nothing changed.

    A pack over a whole-pack budget (see ``budget_problems``) is refused from its file sizes,
    before any file is read."""
    size, key = survey_pack(folder, library.fingerprint)
    over = budget_problems(folder, size)
    if over:
        return PackStatus(folder.with_name(printable(folder.name)), None, over)
    status = _read_cache(library, folder, key)
    if status is None:
        status = _validate_pack(folder, library)
        _write_cache(library, folder, key, status)
    if not status.ok and printable(folder.name) != folder.name:
        # The pack list draws the folder name of an unavailable pack, and pygame cannot encode a
        # name that is not UTF-8; nothing is loaded from a broken pack, so show a printable name.
        status = PackStatus(folder.with_name(printable(folder.name)), None, status.problems)
    return status


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files of a pack folder: every YAML file but pack.yaml, by name."""
    return sorted(p for p in folder.glob("*.yaml") if p.name != PACK_FILE)


def shown_path(path: Path) -> str:
    """A short path for messages: relative to the working folder when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _validate_pack(folder: Path, library: Library) -> PackStatus:
    problems: list[Problem] = []
    info, info_yaml = _load_info(folder, library, problems)
    languages: list[str] = list(info.languages) if info else ["zh", "en"]
    categories = set(CATEGORIES) | {c.id for c in (info.categories if info else [])}
    check = _ScenarioCheck(folder, library, languages, categories)
    scenarios: list[Scenario] = []
    media: dict[str, mediacheck.MediaInfo] = {}
    seen_ids: dict[str, str] = {}
    paths = scenario_files(folder)
    if not paths:
        problems.append(Problem(shown_path(folder), 1, 1, "pack has no scenario files", "add <name>.yaml files beside pack.yaml"))
    if len(paths) > MAX_SCENARIOS:
        # Refused before any is parsed (load_pack measured the pack already; this stays for
        # callers that validate directly): such a pack must be split anyway.
        problems.append(Problem(shown_path(folder), 1, 1, f"{len(paths):,} scenario files, more than the {MAX_SCENARIOS:,} a pack may have",
                                "split the pack"))
        return PackStatus(folder, None, problems)
    for path in paths:
        scenario = _load_scenario(path, check, problems, media)
        if check.call_nodes > MAX_PACK_CALL_NODES:
            problems.append(Problem(shown_path(path), 1, 1, f"the pack's calls have {check.call_nodes:,} steps (nodes) "
                                    f"up to this file, more than the {MAX_PACK_CALL_NODES:,} a pack may have",
                                    "split the pack, or make its calls shorter"))
            return PackStatus(folder, None, problems)
        if scenario is None:
            continue
        if scenario.id in seen_ids:
            problems.append(Problem(shown_path(path), 1, 1, f"scenario id '{scenario.id}' is also used in {seen_ids[scenario.id]}",
                                    "give each scenario its own id"))
        seen_ids[scenario.id] = shown_path(path)
        scenarios.append(scenario)
    if info:
        failed = check.failed_ids if not check.unread_ids else _AnyId()
        _check_order(info, seen_ids, failed, info_yaml, problems)
        if len(info.pre) + len(info.post) > MAX_SCENARIOS:
            # check_tests counts each listed id in the whole list (quadratic): 200,000 ids would
            # take hours, and no pack can hold more items than MAX_SCENARIOS anyway
            problems.append(Problem(shown_path(folder / PACK_FILE), 1, 1, f"pre and post list more than {MAX_SCENARIOS} ids",
                                    "list each scenario of the pack once"))
        else:
            problems.extend(check_tests(info, {s.id: s for s in scenarios}, shown_path(folder / PACK_FILE),
                                        failed, info_yaml.where if info_yaml else None))
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [Problem(shown_path(folder), 1, 1, f"{len(problems) - MAX_PROBLEMS:,} more problems",
                                                      "fix the ones listed first")]
    if problems or info is None:
        return PackStatus(folder, None, problems)
    return PackStatus(folder, Pack(info, folder, _ordered(info, scenarios), media), [])


def _load_info(folder: Path, library: Library, problems: list[Problem]) -> tuple[PackInfo | None, LoadedYaml | None]:
    """pack.yaml as a PackInfo (None if it has a problem of shape) and as loaded, with its places."""
    if not (folder / PACK_FILE).exists():
        problems.append(Problem(shown_path(folder / PACK_FILE), 1, 1, "the pack has no pack.yaml",
                                "add pack.yaml with id, version, title, languages, author and licence"))
        return None, None
    if not _inside(folder, folder / PACK_FILE):
        problems.append(Problem(shown_path(folder / PACK_FILE), 1, 1, "pack.yaml links to a place outside the pack folder",
                                "copy the file into the pack instead of linking it"))
        return None, None
    try:
        loaded = load_yaml_file(folder / PACK_FILE, shown_path(folder / PACK_FILE))
    except PackError as err:
        problems.extend(err.problems)
        return None, None
    info, shape_problems = validate_shape(PackInfo, loaded)
    problems.extend(shape_problems)
    if info is not None:
        problems.extend(check_texts(info, loaded, list(info.languages), library.charset))
        problems.extend(_title_length(info, loaded))
    return info, loaded


def _title_length(info: PackInfo, loaded) -> list[Problem]:
    """A title longer than ``MAX_TITLE_CHARS`` in a language: a 950 KB title covered the page."""
    line, col = loaded.where(("title",))
    long = {_lang(info.title, lang) for lang in ("zh", "en")}
    return [Problem(loaded.path, line, col, f"the title has {len(title):,} characters, more than the "
                    f"{MAX_TITLE_CHARS} a title may have", "give a short title; say more under description:")
            for title in sorted(long) if len(title) > MAX_TITLE_CHARS]


@dataclass
class _ScenarioCheck:
    """What checking each scenario of one pack needs, worked out once for the pack."""

    folder: Path
    library: Library
    languages: list[str]
    categories: set[str]
    rights: set[str] = field(init=False)
    call_nodes: int = 0   # the steps of the calls read so far (MAX_PACK_CALL_NODES)
    # ids of scenario files that failed to load: pack.yaml naming them is no second problem
    failed_ids: set[str] = field(default_factory=set)
    # failed files whose id could not be read (their file name stands in for it in failed_ids)
    unread_ids: int = 0
    probe: mediacheck.MediaProbe = field(init=False)
    root: Path | None = field(init=False)

    def __post_init__(self):
        self.rights = set(self.library.rights)
        self.probe = mediacheck.MediaProbe(self.folder)
        try:
            self.root = self.folder.resolve()
        except (OSError, RuntimeError):
            self.root = None

    def inside(self, path: Path) -> bool:
        try:
            return self.root is not None and self.root in path.resolve().parents
        except (OSError, RuntimeError):   # RuntimeError: a symlink loop (Python 3.11)
            return False


class _AnyId:
    """The ids of failed files when one of them has no readable id: any id pack.yaml lists may
    be that file's, so none is a problem of its own until the file is fixed."""

    def __contains__(self, scenario_id) -> bool:
        return True


def _load_scenario(path: Path, check: _ScenarioCheck, problems: list[Problem], media: dict) -> Scenario | None:
    if not check.inside(path):
        # media links leading outside are refused; a scenario link to /etc/passwd or a home
        # folder would otherwise be read and parts of it quoted back in problems
        problems.append(Problem(shown_path(path), 1, 1, "this file links to a place outside the pack folder",
                                "copy the file into the pack instead of linking it"))
        return None
    try:
        loaded = load_yaml_file(path, shown_path(path))
    except PackError as err:
        problems.extend(err.problems)
        found = _ids_in_text(path)
        check.failed_ids.update(found or {path.stem})
        check.unread_ids += not found
        return None
    check.call_nodes += _call_nodes(loaded.data)
    if check.call_nodes > MAX_PACK_CALL_NODES:
        return None   # the pack is refused: validating this file's calls is work for nothing
    scenario, shape_problems = validate_shape(Scenario, loaded)
    problems.extend(shape_problems)
    if scenario is None:
        data = loaded.data if isinstance(loaded.data, dict) else {}
        if isinstance(data.get("id"), str):
            check.failed_ids.add(data["id"])
        else:
            check.failed_ids.add(path.stem)
            check.unread_ids += 1
        problems.extend(check_unshaped(loaded, check.probe, check.categories, check.rights, set(check.library.cast)))
        return None
    problems.extend(check_texts(scenario, loaded, check.languages, check.library.charset))
    meaning_problems, scenario_media = check_scenario(scenario, loaded, check.probe, check.categories, check.rights,
                                                      set(check.library.cast))
    problems.extend(meaning_problems)
    media.update(scenario_media)
    return cast_scenario(scenario, check.library.cast)


_ID_LINE = re.compile(r"""^id:[ \t]*["']?([a-z0-9][a-z0-9_-]{0,63})["']?[ \t]*(?:#.*)?$""", re.MULTILINE)


def _ids_in_text(path: Path) -> set[str]:
    """The id a scenario file that YAML could not parse gives on its ``id:`` line, if it does."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return set()   # a pipe or a device would never end: only a regular file is read
        with path.open("rb") as stream:
            found = _ID_LINE.search(stream.read(MAX_FILE_BYTES).decode("utf-8", "replace"))
    except (OSError, ValueError):
        return set()
    return {found.group(1)} if found else set()


def _call_nodes(data) -> int:
    """How many steps the call of a scenario file's plain data has (0 when it has none)."""
    call = data.get("call") if isinstance(data, dict) else None
    nodes = call.get("nodes") if isinstance(call, dict) else None
    return len(nodes) if isinstance(nodes, dict) else 0


def _inside(folder: Path, path: Path) -> bool:
    try:
        return folder.resolve() in path.resolve().parents
    except (OSError, RuntimeError):   # RuntimeError: a symlink loop (Python 3.11)
        return False


def _check_order(info: PackInfo, seen_ids: dict, failed: Container[str], loaded: LoadedYaml | None,
                 problems: list[Problem]) -> None:
    """Each id of ``order`` names a scenario; an id whose file failed to load is no second problem."""
    if loaded is None:
        return
    for index, scenario_id in enumerate(info.order):
        if scenario_id not in seen_ids and scenario_id not in failed:
            problems.append(Problem(loaded.path, *loaded.where(("order", index)),
                                    f"order[{index}]: no scenario with id '{scenario_id}'", "check the id"))


def _ordered(info: PackInfo, scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios in the pack's order, then the rest from easy to hard."""
    rank = {sid: i for i, sid in enumerate(info.order)}
    return sorted(scenarios, key=lambda s: (rank.get(s.id, len(rank)), s.difficulty, s.id))


# --- cache of validated results -------------------------------------------------

def _cache_key(folder: Path, library: Library) -> str:
    """A digest of every file's name, size and time in the pack: any change means validate again."""
    return survey_pack(folder, library.fingerprint)[1]


def _cache_file(library: Library, folder: Path) -> Path | None:
    if library.cache_dir is None:
        return None
    name = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return library.cache_dir / f"pack-{name}.json"


class _CachedPack(BaseModel):
    """The validated result of one pack as the cache file keeps it (after a line with its key).

    Read with pydantic's JSON parser, which parses and checks the whole file in one call: a
    json.loads and then a model_validate per scenario took four times as long.
    """

    problems: list[Problem]
    info: PackInfo | None
    scenarios: list[Scenario]
    media: dict[str, mediacheck.MediaInfo]


@contextmanager
def _collector_paused():
    """Python's garbage collector paused while a cache file becomes objects: it has nothing
    to collect there, and its passes over the growing heap took up to half the load time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def is_cached(folder: Path, library: Library) -> bool:
    """Whether the cache holds this pack as it is now (its first line only is read)."""
    path = _cache_file(library, folder)
    if path is None:
        return False
    try:
        with path.open("rb") as stream:
            return stream.readline().strip() == _cache_key(folder, library).encode()
    except OSError:
        return False


def _read_cache(library: Library, folder: Path, key: str) -> PackStatus | None:
    path = _cache_file(library, folder)
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            if stream.readline().strip() != key.encode():
                return None   # the pack changed (or the game did): validate it again
            data = stream.read()
        with _collector_paused():
            cached = _CachedPack.model_validate_json(data)
    except (OSError, ValueError):
        return None  # missing or damaged: ignored and rebuilt (pydantic's ValidationError is a ValueError)
    if cached.info is None:
        return PackStatus(folder, None, cached.problems)
    return PackStatus(folder, Pack(cached.info, folder, cached.scenarios, cached.media), cached.problems)


def _write_cache(library: Library, folder: Path, key: str, status: PackStatus) -> None:
    path = _cache_file(library, folder)
    if path is None:
        return
    pack = status.pack
    cached = _CachedPack(problems=status.problems, info=pack.info if pack else None,
                         scenarios=pack.scenarios if pack else [], media=pack.media if pack else {})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_bytes(key.encode() + b"\n" + cached.model_dump_json().encode())
        os.replace(temp, path)
    except OSError:
        pass  # the cache only saves time; the game works without it
