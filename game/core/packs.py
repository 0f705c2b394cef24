"""Finding, loading and validating scenario packs, with a cache of the result.

A pack is a folder with ``pack.yaml`` and one YAML file per scenario. Loading a
pack validates everything (shape, meaning, media, glyphs) and reports *all*
problems; a pack with any problem is unavailable, the others still play.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from game.core import mediacheck
from game.core.charset import Charset
from game.core.learningcheck import check_tests
from game.core.meaning import check_scenario, check_texts
from game.core.models import PackInfo, RightsCard, RightsCatalogue, Scenario
from game.core.problems import PackError, Problem
from game.core.shape import validate_shape
from game.core.vocab import CATEGORIES, CATEGORY_SHORT
from game.core.yamlsafe import load_yaml_file

PACK_FILE = "pack.yaml"
MAX_SCENARIOS = 2000
CACHE_FORMAT = 4  # bump when validation changes, so old cached results are ignored


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
    """Pack folders among ``paths``: each path is a pack or holds packs."""
    found = []
    for path in paths:
        if (path / PACK_FILE).is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if (p / PACK_FILE).is_file()))
    return found


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
    files = _pack_files(folder)
    key = _cache_key(files, library)
    cached = _read_cache(library, folder, key)
    if cached is not None:
        return cached
    status = _validate_pack(folder, files, library)
    _write_cache(library, folder, key, status)
    return status


def _pack_files(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return files


def _scenario_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.name != PACK_FILE)


def _shown(path: Path) -> str:
    """A short path for messages: relative to the working folder when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _validate_pack(folder: Path, files: list[Path], library: Library) -> PackStatus:
    problems: list[Problem] = []
    info = _load_info(folder, library, problems)
    languages = list(info.languages) if info else ["zh", "en"]
    categories = set(CATEGORIES) | {c.id for c in (info.categories if info else [])}
    scenarios, media = [], {}
    seen_ids: dict[str, str] = {}
    paths = _scenario_files(folder)
    if not paths:
        problems.append(Problem(_shown(folder), 0, 0, "pack has no scenario files", "add <name>.yaml files beside pack.yaml"))
    for path in paths[:MAX_SCENARIOS]:
        scenario = _load_scenario(path, folder, library, languages, categories, problems, media)
        if scenario is None:
            continue
        if scenario.id in seen_ids:
            problems.append(Problem(_shown(path), 1, 1, f"scenario id '{scenario.id}' is also used in {seen_ids[scenario.id]}",
                                    "give each scenario its own id"))
        seen_ids[scenario.id] = _shown(path)
        scenarios.append(scenario)
    if len(paths) > MAX_SCENARIOS:
        problems.append(Problem(_shown(folder), 0, 0, f"more than {MAX_SCENARIOS} scenarios", "split the pack"))
    if info:
        _check_order(info, seen_ids, folder, problems)
        problems.extend(check_tests(info, {s.id: s for s in scenarios}, _shown(folder / PACK_FILE)))
    if problems or info is None:
        return PackStatus(folder, None, problems)
    return PackStatus(folder, Pack(info, folder, _ordered(info, scenarios), media), [])


def _load_info(folder: Path, library: Library, problems: list[Problem]) -> PackInfo | None:
    try:
        loaded = load_yaml_file(folder / PACK_FILE, _shown(folder / PACK_FILE))
    except PackError as err:
        problems.extend(err.problems)
        return None
    info, shape_problems = validate_shape(PackInfo, loaded)
    problems.extend(shape_problems)
    if info is not None:
        problems.extend(check_texts(info, loaded, list(info.languages), library.charset))
    return info


def _load_scenario(path, folder, library, languages, categories, problems, media) -> Scenario | None:
    try:
        loaded = load_yaml_file(path, _shown(path))
    except PackError as err:
        problems.extend(err.problems)
        return None
    scenario, shape_problems = validate_shape(Scenario, loaded)
    problems.extend(shape_problems)
    if scenario is None:
        return None
    problems.extend(check_texts(scenario, loaded, languages, library.charset))
    meaning_problems, scenario_media = check_scenario(scenario, loaded, folder, categories, set(library.rights))
    problems.extend(meaning_problems)
    media.update(scenario_media)
    return scenario


def _check_order(info: PackInfo, seen_ids: dict, folder: Path, problems: list[Problem]) -> None:
    for index, scenario_id in enumerate(info.order):
        if scenario_id not in seen_ids:
            problems.append(Problem(_shown(folder / PACK_FILE), 0, 0,
                                    f"order[{index}]: no scenario with id '{scenario_id}'", "check the id"))


def _ordered(info: PackInfo, scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios in the pack's order, then the rest from easy to hard."""
    rank = {sid: i for i, sid in enumerate(info.order)}
    return sorted(scenarios, key=lambda s: (rank.get(s.id, len(rank)), s.difficulty, s.id))


# --- cache of validated results -------------------------------------------------

def _cache_key(files: list[Path], library: Library) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{library.fingerprint}".encode())
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _cache_file(library: Library, folder: Path) -> Path | None:
    if library.cache_dir is None:
        return None
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return library.cache_dir / f"pack-{name}.json"


def _read_cache(library: Library, folder: Path, key: str) -> PackStatus | None:
    path = _cache_file(library, folder)
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        problems = [Problem(**p) for p in data["problems"]]
        if data["info"] is None:
            return PackStatus(folder, None, problems)
        info = PackInfo.model_validate(data["info"])
        scenarios = [Scenario.model_validate(s) for s in data["scenarios"]]
        media = {k: mediacheck.MediaInfo(**v) for k, v in data["media"].items()}
        return PackStatus(folder, Pack(info, folder, scenarios, media), problems)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged cache is ignored and rebuilt


def _write_cache(library: Library, folder: Path, key: str, status: PackStatus) -> None:
    path = _cache_file(library, folder)
    if path is None:
        return
    pack = status.pack
    data = {
        "key": key,
        "problems": [p.to_dict() for p in status.problems],
        "info": pack.info.model_dump(mode="json") if pack else None,
        "scenarios": [s.model_dump(mode="json") for s in pack.scenarios] if pack else [],
        "media": {k: vars(v) for k, v in pack.media.items()} if pack else {},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        pass  # the cache only saves time; the game works without it
