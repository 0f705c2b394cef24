"""A room's call played to its point of decision, and played out once the room has answered.

While the room watches, the call rings, is answered and says its opening lines; at the
point of decision (game.core.callplay) its choices are not offered: the room answers
first, or calling back would bring the genuine relative saying "that was a scammer".
After the answers the play-out offers the call's choices again: the teacher or presenter
plays what the room chose, the ending stays on screen in words, then "Now the safe way"
takes the call back to the decision and plays the safe moves by themselves, and then on
to the reveal. The functions take the ``RoomScene`` shown (game.ui.roomscene), which
keeps ``playout`` (a ``game.core.callplay.PlayOut``) while it plays a call out.
"""
from __future__ import annotations

from game.core.callplay import SAFE, PlayOut, at_decision, decision_point, next_safe_choice, rewound, watch_moves
from game.core.models import text_in
from game.core.vocab import OUTCOMES
from game.ui import roomtranscript
from game.ui.sections import Section
from game.ui.widgets import button_row

SAFE_PAUSE = 1.5   # seconds the room has to read a line before the safe way takes its next move
WAY_IDS = {"safe_way": "playout:safe", "reveal": "playout:on", None: None}


def watch_choices(scene) -> list[tuple[str, str]]:
    """The call's buttons while the room watches: Answer while it rings (declining is the
    room's to vote on), the choices that only listen on, none from the point of decision."""
    view = scene.callview
    if view is None:
        return scene.clip.call_choices() if scene.clip is not None else []
    shown = view.choices()
    moves = watch_moves(view.call)
    if moves is None:
        return [choice for choice in shown if choice[0] == "call:answer"]
    return [shown[i] for i in moves if i < len(shown)]


def begin(scene) -> None:
    """The answers are in: the call stands at its point of decision again, choices offered."""
    scene.playout = PlayOut()
    view = scene.callview
    if view is not None and (view.call.finished or view.call.node_id != decision_point(view.call.script)):
        view.rewind(rewound(view.call.script))


def choices(scene) -> list[tuple[str, str]]:
    """The call's choices for the teacher to play what the room chose (none on the safe way:
    it plays by itself)."""
    view, playout = scene.callview, scene.playout
    if view is None or playout is None or playout.stage == SAFE:
        return []
    return view.choices()


def way_on(scene) -> str | None:
    """The button id offered once the call has ended: the safe way, or on to the reveal."""
    view, playout = scene.callview, scene.playout
    if view is None or playout is None:
        return WAY_IDS["reveal"]
    return WAY_IDS[playout.way_on(view.call)]


def lay_out(scene, area, size: int, first: list) -> None:
    """The call with its choices beside it, and along the bottom ``first`` (e.g. Back), Replay,
    Transcript and the way on once the call has ended."""
    t = scene.t
    items = list(first) + [("replay", f"{t('clip.replay')} (R)", "quiet")] + scene.transcript_button()
    way = way_on(scene)
    if way is not None:
        label = t("play.safe_way") if way == WAY_IDS["safe_way"] else t("class.reveal")
        items.append((way, label, "normal"))
    shown = choices(scene)
    row = button_row(scene.ctx, area, items, size=size)
    column = scene.call_buttons(area, shown) if shown else []
    scene.set_buttons(column + row, column[0].id if column else (way or "replay"))


def activate(scene, button_id: str) -> bool:
    """"Now the safe way": back to the point of decision, the safe moves then play by themselves."""
    if button_id != WAY_IDS["safe_way"] or scene.playout is None or scene.callview is None:
        return False
    scene.playout.to_safe_way()
    scene.callview.rewind(rewound(scene.callview.call.script))
    scene.playout_wait = 0.0
    return True


def update(scene, dt: float) -> bool:
    """On the safe way, the next safe move once the lines have been said and read; True when
    the buttons must be laid out again (the call moved on or ended)."""
    view, playout = scene.callview, scene.playout
    if view is None or playout is None:
        return False
    if playout.stage == SAFE and not view.call.finished:
        scene.playout_wait = 0.0 if view.speaking else scene.playout_wait + dt
        choice = next_safe_choice(view.call)
        if scene.playout_wait >= SAFE_PAUSE and choice is not None:
            scene.playout_wait = 0.0
            view.activate(f"call:{choice}")
    shown = next((b.id for b in scene.buttons if b.id.startswith("playout:")), None)
    return shown != way_on(scene)


def next_change(scene) -> float | None:
    """On the safe way, when the next move is taken (the call's own changes come from it)."""
    view, playout = scene.callview, scene.playout
    if view is None or playout is None or playout.stage != SAFE or view.call.finished or view.speaking:
        return None
    if roomtranscript.is_open(scene):
        return None   # the safe way waits while the room reads the transcript
    return max(0.0, SAFE_PAUSE - scene.playout_wait)


def notes(scene) -> list[Section]:
    """Words under the call's caption: at the point of decision while watching, that the room
    answers first; in the play-out what to do, and the ending (it stays on screen)."""
    view = scene.callview
    if view is None:
        return []
    if scene.watching:
        return [Section(scene.t("play.decide"), "body", "focus", True, 0)] if at_decision(view.call) else []
    if not scene.playing_out or scene.playout is None:
        return []
    if not view.call.finished:
        if scene.playout.stage != SAFE:
            return [Section(scene.t("play.room"), "body", "focus", True, 0)]
        return [Section(f"{scene.t('play.safe')} {_safe_move(view)}".strip(), "body", "focus", True, 0)]
    return ending(scene)


def _safe_move(view) -> str:
    """The reply the safe way took last (since the call went back to its decision): the room
    sees each move, not only what the caller says to it."""
    for entry in reversed(view.said):
        if entry.kind == "again":
            return ""
        if entry.kind == "reply":
            return text_in(entry.text, view.ctx.lang)
    return ""


def ending(scene) -> list[Section]:
    """"Call ended: money lost", in the ending's colour, and what the ending teaches."""
    view = scene.callview
    label, why = view.ending()
    good = OUTCOMES.get(view.call.outcome, {}).get("score", 0.0) >= 1.0
    sections = [Section(scene.t("play.ended", outcome=label), "heading", "good" if good else "bad", True, 6)]
    if why:
        sections.append(Section(why, "body", "text", False, 0))
    return sections


def key_of(scene) -> str:
    """The play-out's part of the screen's key (a new key is a new screen for narration)."""
    view, playout = scene.callview, scene.playout
    if not scene.playing_out or view is None or playout is None:
        return ""
    return f"-{playout.stage}-{len(view.call.path)}" + ("-end" if view.call.finished else "")
