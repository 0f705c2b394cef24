"""After an export: where the files went (or why they could not be written), and a button that
opens the folder. Writing them is in ``game.ui.exporting``."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.ui.textpage import TextPageScene
from game.ui.sections import Section


def open_folder(path: Path) -> bool:
    """Open ``path`` in the computer's file manager; False where that cannot be done."""
    try:
        if sys.platform == "win32":
            os.startfile(str(path))  # noqa: S606 - the user's own export folder
        else:
            opener = "open" if sys.platform == "darwin" else "xdg-open"
            subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return False
    return True


class ExportedScene(TextPageScene):
    name = "exported"

    def __init__(self, app, folder: Path, paths: list, error: str = ""):
        super().__init__(app)
        self.folder, self.paths, self.error, self.message = folder, paths, error, ""

    def sections(self) -> list[Section]:
        if self.error:
            return [Section(self.error, "body", "bad", True)]
        sections = [Section(self.t("export.done"), "heading", "good", True, 8),
                    Section(str(self.folder), "small", "muted", False, 12)]
        sections += [Section(self._described(path), "body", "text", False, 4) for path in self.paths]
        if self.message:
            sections.append(Section(self.message, "body", "focus", True))
        return sections

    def _described(self, path: Path) -> str:
        """The file's name and, for a session's files, what it is for."""
        kind = "csv" if path.suffix == ".csv" else next(
            (k for k in ("report", "card", "slides", "script") if f"-{k}-" in path.name), "")
        if not kind:
            return path.name
        return f"{path.name}{'：' if self.ctx.lang == 'zh' else ' — '}{self.t(f'export.kind.{kind}')}"

    def final_buttons(self):
        items = [("back", self.t("nav.back"), "quiet")]
        if not self.error:
            items.append(("open", self.t("export.open"), "normal"))
        return items

    def choose_final(self, button_id: str) -> None:
        if button_id == "open":
            opened = open_folder(self.folder)
            self.message = self.t("export.opened") if opened else self.t("export.cannot_open", path=self.folder)
            self.layout()
            return
        self.finish(None)
