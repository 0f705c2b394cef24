"""Finding, loading and validating scenario packs, with a cache of the result.

A pack is a folder with ``pack.yaml`` and one YAML file per scenario. Loading a
pack validates everything (shape, meaning, media, glyphs) and reports *all*
problems; a pack with any problem is unavailable, the others still play.
"""
from __future__ import annotations

import gc
import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from game.core import mediacheck
from game.core.charset import Charset
from game.core.learningcheck import check_tests
from game.core.meaning import check_scenario, check_texts
from game.core.models import PackInfo, RightsCard, RightsCatalogue, Scenario
from game.core.problems import PackError, Problem, printable
from game.core.shape import validate_shape
from game.core.vocab import CATEGORIES, CATEGORY_SHORT
from game.core.yamlsafe import load_yaml_file

PACK_FILE = "pack.yaml"
MAX_SCENARIOS = 2000
# A pack.yaml listing 100,000 unknown ids in order: gave 100,000 problems, 16 MB of JSON and
# 6 seconds; nobody reads past the first few hundred, so the rest are counted, not listed.
MAX_PROBLEMS = 1000
CACHE_FORMAT = 7  # bump when validation changes, so old cached results are ignored


@dataclass
class Pack:
    """A pack that validated clean, ready to play."""

    info: PackInfo
    folder: Path
    scenarios: list[Scenario]
    media: dict = field(default_factory=dict)  # relative path -> MediaInfo

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
    try:
        loaded = load_yaml_file(path)
    except PackError as err:
        return {}, err.problems
    catalogue, problems = validate_shape(RightsCatalogue, loaded)
    if catalogue is None:
        return {}, problems
    problems += check_texts(catalogue, loaded, ["zh", "en"], charset)
    cards: dict[str, RightsCard] = {}
    for index, card in enumerate(catalogue.cards):
        if card.id in cards:
            line, col = loaded.where(("cards", index, "id"))
            problems.append(Problem(loaded.path, line, col, f"rights id '{card.id}' appears twice", ""))
        cards[card.id] = card
    return cards, problems


def load_pack(folder: Path, library: Library) -> PackStatus:
    """Load and validate one pack folder, using the cache when nothing changed."""
    key = _cache_key(folder, library)
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
    info = _load_info(folder, library, problems)
    languages: list[str] = list(info.languages) if info else ["zh", "en"]
    categories = set(CATEGORIES) | {c.id for c in (info.categories if info else [])}
    check = _ScenarioCheck(folder, library, languages, categories)
    scenarios: list[Scenario] = []
    media: dict[str, mediacheck.MediaInfo] = {}
    seen_ids: dict[str, str] = {}
    paths = scenario_files(folder)
    if not paths:
        problems.append(Problem(shown_path(folder), 0, 0, "pack has no scenario files", "add <name>.yaml files beside pack.yaml"))
    if len(paths) > MAX_SCENARIOS:
        # Refused before any is parsed: validating 2,000 files first only to refuse the pack took
        # seconds of a hostile pack's choosing, and such a pack must be split anyway.
        problems.append(Problem(shown_path(folder), 0, 0, f"{len(paths):,} scenario files, more than the {MAX_SCENARIOS:,} a pack may hold",
                                "split the pack"))
        return PackStatus(folder, None, problems)
    for path in paths:
        scenario = _load_scenario(path, check, problems, media)
        if scenario is None:
            continue
        if scenario.id in seen_ids:
            problems.append(Problem(shown_path(path), 1, 1, f"scenario id '{scenario.id}' is also used in {seen_ids[scenario.id]}",
                                    "give each scenario its own id"))
        seen_ids[scenario.id] = shown_path(path)
        scenarios.append(scenario)
    if info:
        _check_order(info, seen_ids, folder, problems)
        if len(info.pre) + len(info.post) > MAX_SCENARIOS:
            # check_tests counts each listed id in the whole list (quadratic): 200,000 ids would
            # take hours, and no pack can hold more items than MAX_SCENARIOS anyway
            problems.append(Problem(shown_path(folder / PACK_FILE), 0, 0, f"pre and post list more than {MAX_SCENARIOS} ids",
                                    "list each scenario of the pack once"))
        else:
            problems.extend(check_tests(info, {s.id: s for s in scenarios}, shown_path(folder / PACK_FILE)))
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [Problem(shown_path(folder), 0, 0, f"{len(problems) - MAX_PROBLEMS:,} more problems",
                                                      "fix the ones listed first")]
    if problems or info is None:
        return PackStatus(folder, None, problems)
    return PackStatus(folder, Pack(info, folder, _ordered(info, scenarios), media), [])


def _load_info(folder: Path, library: Library, problems: list[Problem]) -> PackInfo | None:
    if not (folder / PACK_FILE).exists():
        problems.append(Problem(shown_path(folder / PACK_FILE), 0, 0, "the pack has no pack.yaml",
                                "add pack.yaml with id, version, title, languages, author and licence"))
        return None
    if not _inside(folder, folder / PACK_FILE):
        problems.append(Problem(shown_path(folder / PACK_FILE), 0, 0, "pack.yaml links to a place outside the pack folder",
                                "copy the file into the pack instead of linking it"))
        return None
    try:
        loaded = load_yaml_file(folder / PACK_FILE, shown_path(folder / PACK_FILE))
    except PackError as err:
        problems.extend(err.problems)
        return None
    info, shape_problems = validate_shape(PackInfo, loaded)
    problems.extend(shape_problems)
    if info is not None:
        problems.extend(check_texts(info, loaded, list(info.languages), library.charset))
    return info


@dataclass
class _ScenarioCheck:
    """What checking each scenario of one pack needs, worked out once for the pack."""

    folder: Path
    library: Library
    languages: list[str]
    categories: set[str]
    rights: set[str] = field(init=False)
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


def _load_scenario(path: Path, check: _ScenarioCheck, problems: list[Problem], media: dict) -> Scenario | None:
    if not check.inside(path):
        # media links leading outside are refused; a scenario link to /etc/passwd or a home
        # folder would otherwise be read and parts of it quoted back in problems
        problems.append(Problem(shown_path(path), 0, 0, "this file links to a place outside the pack folder",
                                "copy the file into the pack instead of linking it"))
        return None
    try:
        loaded = load_yaml_file(path, shown_path(path))
    except PackError as err:
        problems.extend(err.problems)
        return None
    scenario, shape_problems = validate_shape(Scenario, loaded)
    problems.extend(shape_problems)
    if scenario is None:
        return None
    problems.extend(check_texts(scenario, loaded, check.languages, check.library.charset))
    meaning_problems, scenario_media = check_scenario(scenario, loaded, check.probe, check.categories, check.rights)
    problems.extend(meaning_problems)
    media.update(scenario_media)
    return scenario


def _inside(folder: Path, path: Path) -> bool:
    try:
        return folder.resolve() in path.resolve().parents
    except (OSError, RuntimeError):   # RuntimeError: a symlink loop (Python 3.11)
        return False


def _check_order(info: PackInfo, seen_ids: dict, folder: Path, problems: list[Problem]) -> None:
    shown = shown_path(folder / PACK_FILE)   # once: relpath for each of 100,000 unknown ids took seconds
    for index, scenario_id in enumerate(info.order):
        if scenario_id not in seen_ids:
            problems.append(Problem(shown, 0, 0,
                                    f"order[{index}]: no scenario with id '{scenario_id}'", "check the id"))


def _ordered(info: PackInfo, scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios in the pack's order, then the rest from easy to hard."""
    rank = {sid: i for i, sid in enumerate(info.order)}
    return sorted(scenarios, key=lambda s: (rank.get(s.id, len(rank)), s.difficulty, s.id))


# --- cache of validated results -------------------------------------------------

def _cache_key(folder: Path, library: Library) -> str:
    """A digest of every file's name, size and time in the pack: any change means validate again.

    Plain strings and os.stat, not Path objects: the warm start of a 1,000-scenario pack spent a
    third of its time building paths.
    """
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{library.fingerprint}".encode())
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                stat = os.stat(path)
            except (OSError, ValueError):
                continue
            # surrogateescape: a file name that is not UTF-8 must not crash the cache key
            digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


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
