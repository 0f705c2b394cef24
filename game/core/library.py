"""Building the Library (rights catalogue, font charset, cache) from the install folders."""
from __future__ import annotations

import hashlib
from pathlib import Path

from game.core.charset import Charset
from game.core.install import InstallPaths  # noqa: F401 - kept here for callers that import it from the library
from game.core.packs import Library, PackStatus, find_pack_folders, load_catalogue, load_pack
from game.core.problems import Problem


def open_library(paths: InstallPaths, cache_dir: Path | None) -> tuple[Library, list[Problem]]:
    """Load the rights catalogue and the font's character set."""
    charset = Charset.from_file(paths.charset)
    rights, problems = load_catalogue(paths.rights, charset)
    digest = hashlib.sha256()
    for path in (paths.rights, paths.charset):
        digest.update(path.read_bytes())
    return Library(rights, charset, cache_dir, digest.hexdigest()[:16]), problems


def load_all(folders: list[Path], library: Library) -> list[PackStatus]:
    """Load every pack under ``folders`` (each a pack or a folder of packs).

    A pack whose id another pack already uses is unavailable: progress is kept by
    pack id, so two packs with one id would mix their players' records.
    """
    statuses: list[PackStatus] = []
    seen: dict[str, str] = {}   # pack id -> the folder that has it
    for folder in find_pack_folders(folders):
        status = load_pack(folder, library)
        if status.pack is not None:
            pack_id = status.pack.info.id
            if pack_id in seen:
                problem = Problem(str(folder / "pack.yaml"), 1, 1, f"pack id '{pack_id}' is already used by {seen[pack_id]}",
                                  "give this pack its own id")
                status = PackStatus(folder, None, [problem])
            else:
                seen[pack_id] = str(folder)
        statuses.append(status)
    return statuses
