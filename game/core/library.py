"""Building the Library (rights catalogue, font charset, cache) from the install folders."""
from __future__ import annotations

import hashlib
from pathlib import Path

from game.core.cast import load_cast
from game.core.charset import Charset
from game.core.install import InstallPaths  # noqa: F401 - kept here for callers that import it from the library
from game.core.models import text_in
from game.core.packs import (
    MAX_EXTRA_BYTES,
    MAX_EXTRA_PACKS,
    MAX_EXTRA_YAML_BYTES,
    PACK_FILE,
    Library,
    PackSize,
    PackStatus,
    budget_problems,
    find_pack_folders,
    load_catalogue,
    load_pack,
    measure_pack,
    shown_path,
)
from game.core.problems import PackError, Problem, printable
from game.core.yamlsafe import load_yaml_file


def open_library(paths: InstallPaths, cache_dir: Path | None) -> tuple[Library, list[Problem]]:
    """Load the rights catalogue and the font's character set."""
    charset = Charset.from_file(paths.charset)
    rights, problems = load_catalogue(paths.rights, charset)
    cast, cast_problems = load_cast(paths.cast, charset)
    digest = hashlib.sha256()
    for path in (paths.rights, paths.charset, paths.cast):
        digest.update(path.read_bytes() if path.is_file() else b"")
    library = Library(rights, charset, cache_dir, digest.hexdigest()[:16], paths.scenarios, cast)
    return library, problems + cast_problems


def load_all(folders: list[Path], library: Library) -> list[PackStatus]:
    """Load every pack under ``folders`` (each a pack or a folder of packs).

    A pack whose id another pack already uses is unavailable: progress is kept by
    pack id, so two packs with one id would mix their players' records. So is a pack whose
    title another pack (a built-in one, or one loaded before it) has: three packs could show
    as "Family calls". Extra packs (outside ``library.builtin``) are marked ``extra`` and have
    budgets together (``MAX_EXTRA_*``), checked from file sizes before they are read.
    """
    statuses: list[PackStatus] = []
    seen: dict[str, str] = {}   # pack id -> the folder that has it
    titles = _builtin_titles(library)   # casefolded title -> the folder that has it
    extras = _ExtraBudget()
    for folder in find_pack_folders(folders):
        extra = _is_extra(folder, library)
        refused = extras.take(folder) if extra else None
        status = _unavailable(folder, refused) if refused else load_pack(folder, library)
        pack = status.pack
        if pack is not None:
            pack.extra = extra
            problem = _same_id(status, seen) or _same_title(status, titles)
            if problem is not None:
                status = _unavailable(folder, problem)
            else:
                seen[pack.info.id] = str(folder)
                titles.update({key: _real(folder) for key in _title_keys(pack.info.title)})
        statuses.append(status)
    return statuses


def _unavailable(folder: Path, problem: Problem) -> PackStatus:
    """A pack that cannot play, under a name pygame can draw (see ``load_pack``)."""
    return PackStatus(folder.with_name(printable(folder.name)), None, [problem])


class _ExtraBudget:
    """What the extra packs loaded so far take together; refuses a pack that would go over."""

    def __init__(self):
        self.packs = 0
        self.yaml_bytes = 0
        self.total_bytes = 0

    def take(self, folder: Path) -> Problem | None:
        size: PackSize = measure_pack(folder)
        if budget_problems(folder, size):
            return None   # over its own budget: load_pack refuses it, with those numbers
        where = shown_path(folder / PACK_FILE)
        if self.packs + 1 > MAX_EXTRA_PACKS:
            return Problem(where, 1, 1, f"more than {MAX_EXTRA_PACKS} extra packs: this one is not loaded",
                           "keep fewer extra packs in the folder")
        if self.yaml_bytes + size.yaml_bytes > MAX_EXTRA_YAML_BYTES:
            return Problem(where, 1, 1, f"the extra packs would have {self.yaml_bytes + size.yaml_bytes:,} bytes of YAML "
                           f"together with this one, more than the {MAX_EXTRA_YAML_BYTES:,} allowed",
                           "keep fewer or smaller extra packs in the folder")
        if self.total_bytes + size.total_bytes > MAX_EXTRA_BYTES:
            return Problem(where, 1, 1, f"the extra packs would have {self.total_bytes + size.total_bytes:,} bytes "
                           f"together with this one, more than the {MAX_EXTRA_BYTES:,} allowed",
                           "keep fewer or smaller extra packs in the folder")
        self.packs += 1
        self.yaml_bytes += size.yaml_bytes
        self.total_bytes += size.total_bytes
        return None


def _is_extra(folder: Path, library: Library) -> bool:
    if library.builtin is None:
        return True
    try:
        return library.builtin.resolve() not in folder.resolve().parents
    except (OSError, RuntimeError):
        return True


def _same_id(status: PackStatus, seen: dict[str, str]) -> Problem | None:
    assert status.pack is not None
    pack_id = status.pack.info.id
    if pack_id not in seen:
        return None
    return Problem(str(status.folder / PACK_FILE), _line_of(status.folder / PACK_FILE, "id"), 1,
                   f"pack id '{pack_id}' is already used by {seen[pack_id]}", "give this pack its own id")


def _same_title(status: PackStatus, titles: dict[str, str]) -> Problem | None:
    assert status.pack is not None
    for key in _title_keys(status.pack.info.title):
        other = titles.get(key)
        if other is not None and other != _real(status.folder):
            return Problem(shown_path(status.folder / PACK_FILE), _line_of(status.folder / PACK_FILE, "title"), 1,
                           f"the title '{key}' is already the title of the pack in {shown_path(Path(other))}",
                           "give this pack a title of its own")
    return None


def _title_keys(title) -> set[str]:
    """The title in each language, as compared: spaces trimmed, case ignored."""
    return {text_in(title, lang).strip().casefold() for lang in ("zh", "en")} - {""}


def _builtin_titles(library: Library) -> dict[str, str]:
    """The titles of the built-in packs, read from their pack.yaml only (validating a single
    extra pack still finds that it copies a built-in pack's title)."""
    titles: dict[str, str] = {}
    if library.builtin is None:
        return titles
    for folder in find_pack_folders([library.builtin]):
        try:
            data = load_yaml_file(folder / PACK_FILE).data
        except PackError:
            continue
        title = data.get("title") if isinstance(data, dict) else None
        if isinstance(title, dict):
            title = {lang: text for lang, text in title.items() if isinstance(text, str)}
            keys = {text.strip().casefold() for text in title.values()}
        else:
            keys = {title.strip().casefold()} if isinstance(title, str) else set()
        titles.update({key: _real(folder) for key in keys if key})
    return titles


def _real(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except (OSError, RuntimeError):
        return str(folder)


def _line_of(path: Path, key: str) -> int:
    """The line of the top-level ``key:`` in ``path`` (1 when it cannot be found)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return 1
    return next((i for i, line in enumerate(lines, 1) if line.startswith(f"{key}:")), 1)
