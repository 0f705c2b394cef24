"""Writing exports: a round's certificate and a session's CSV and PDF files.

Each returns (folder, paths written, error) for the screen that says where they went;
a full disk or a read-only folder gives an error to show, and nothing else is lost.
"""
from __future__ import annotations

from pathlib import Path

Written = tuple[Path, list[Path], str]


def exports_folder(ctx) -> Path:
    """Where exports go: an ``exports`` folder beside the progress file (the user data folder)."""
    return ctx.store.path.parent / "exports"


def write_certificate(app, summary) -> Written:
    """A PDF certificate of a round for the player, in their language."""
    from game.export.session import export_certificate

    ctx = app.ctx
    folder = exports_folder(ctx)
    app.show_wait("notice.saving_pdf")   # a second or more on an old laptop
    try:
        path = export_certificate(ctx.profile.nickname if ctx.profile else "", summary.played, summary.judged_right,
                                  summary.actions_safe, ctx.store.now()[:10], ctx.lang, _fonts(ctx), folder)
    except OSError as err:
        return folder, [], ctx.t("export.failed", why=err.strerror or str(err))
    return folder, [path], ""


def write_session(app, session_id: int) -> Written:
    """The session's CSV files, and its report, card and slides (and plans' scripts) as PDF."""
    from game.export.session import export_session

    ctx = app.ctx
    out = exports_folder(ctx) / f"session-{session_id}"
    app.show_wait("notice.saving_pdf")
    try:
        report = ctx.store.sessions.report(session_id)
        paths = export_session(report, [s.pack for s in ctx.statuses if s.ok], _fonts(ctx), out,
                               ctx.plans, ctx.check_pack())
    except OSError as err:
        return out, [], ctx.t("export.failed", why=err.strerror or str(err))
    return out, paths, ""


def _fonts(ctx) -> tuple:
    return ctx.install.font(), ctx.install.font(bold=True)


def write_card_sheets(app, config) -> Written:
    """The answer cards as a PDF to print (``config``: a ``game.ui.cardsetup.CardConfig``), in
    the exports folder; the error to show when it cannot be written (or this build cannot print)."""
    ctx = app.ctx
    folder = exports_folder(ctx)
    path = folder / f"answer-cards-{config.count}-{config.paper}-{config.per_page}.pdf"
    from game.cards.printing import write_cards

    app.show_wait("notice.saving_pdf")
    try:
        written = write_cards(path, count=config.count, paper=config.paper, per_page=config.per_page,
                              fonts=_fonts(ctx))
    except OSError as err:
        return folder, [], ctx.t("export.failed", why=err.strerror or str(err))
    return folder, [written], ""
