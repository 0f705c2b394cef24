"""After an export: where the files went, and a button that opens the folder."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.ui.scenes.textpage import TextPageScene
from game.ui.sections import Section


def exports_folder(ctx) -> Path:
    """Where exports go: an ``exports`` folder beside the progress file (the user data folder)."""
    return ctx.store.path.parent / "exports"


def export_and_show(app, session_id: int) -> None:
    """Write the session's CSV and PDF files, then show where they are (or why it failed)."""
    from game.export.session import export_session

    ctx = app.ctx
    out = exports_folder(ctx) / f"session-{session_id}"
    app.show_wait("notice.saving_pdf")
    try:
        report = ctx.store.sessions.report(session_id)
        paths = export_session(report, _all_packs(ctx), (ctx.install.font(), ctx.install.font(bold=True)), out)
    except OSError as err:   # a full disk or a read-only folder: say so, nothing else is lost
        app.push(ExportedScene(app, out, [], ctx.t("export.failed", why=err.strerror or str(err))))
        return
    app.push(ExportedScene(app, out, paths))


def _all_packs(ctx) -> list:
    return [s.pack for s in ctx.statuses if s.ok]


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
        sections += [Section(path.name, "body", "text", False, 4) for path in self.paths]
        if self.message:
            sections.append(Section(self.message, "body", "focus", True))
        return sections

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
        self.app.pop(None)

    def demo_choice(self, rng):
        return None if not any(b.id == "more" for b in self.buttons) else "more"
