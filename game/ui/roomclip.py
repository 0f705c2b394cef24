"""A scenario's clip or call shown to a room (classroom and community screens).

One object for both kinds: a clip plays, pauses and replays; a call rings and is
steered by the teacher or presenter with the call's own choices, for the room.
"""
from __future__ import annotations

import sys

from game.core.models import text_in
from game.media.clips import open_clip
from game.ui.callview import CallView
from game.ui.captions import all_lines, is_playing, live_lines, transcript_of
from game.ui.captions import next_change as captions_change
from game.ui.teamdraw import room_floor, room_size


class RoomClip:
    def __init__(self, ctx, pack, scenario):
        self.ctx, self.scenario = ctx, scenario
        self.clip, self.callview, self.error = None, None, ""
        if scenario.clip.kind == "call":
            self.callview = CallView(ctx, pack, scenario)
            # read from the back of the room: the least is 36 px at 1080 (game.ui.roomscene.ROOM_TEXT)
            self.callview.room_text = lambda: (room_size(ctx, 32), room_size(ctx, 24), room_floor(ctx, 24))
            return
        try:
            self.clip = open_clip(pack.folder, scenario.clip, ctx.media, ctx.sound)
            start = getattr(self.clip, "start", None)
            if start:
                start()
        except Exception as err:  # damaged after validation: say so, the session goes on
            print(f"clip {scenario.clip.file}: {err}", file=sys.stderr)
            self.error = ctx.t("clip.missing", name=scenario.clip.file)

    @property
    def seconds(self) -> float:
        """How long the clip lasts (0 for stills and calls): narration waits while it plays."""
        return getattr(self.clip, "seconds", 0) or 0

    @property
    def playing(self) -> bool:
        return bool((self.clip is not None and self.clip.playing and self.clip.seconds)
                    or (self.callview is not None and self.callview.speaking))

    def call_choices(self) -> list[tuple[str, str]]:
        """What the room can do on the call now (empty for clips, and once the call has ended)."""
        return self.callview.choices() if self.callview is not None else []

    @property
    def call_over(self) -> bool:
        return self.callview is None or self.callview.call.finished

    def caption(self) -> str:
        view = self.callview
        if view is not None and view.caption():
            return view.caption()
        if view is not None and view.call.finished and view.last_said():
            return view.last_said()   # played out to an ending: not back to the clip's caption
        return self.error or text_in(self.scenario.clip.caption, self.ctx.lang)

    def words(self) -> tuple[list[str], str]:
        """An audio or video clip's line said now (while it plays), and its longest line, for
        which room is kept under the picture so it does not jump as lines come and go."""
        transcript = transcript_of(self.scenario) if self.clip is not None else None
        if not transcript:
            return [], ""
        live = live_lines(self.clip, transcript, self.ctx.lang) if is_playing(self.clip) else []
        return live, max(all_lines(transcript, self.ctx.lang), key=len, default="")

    def activate(self, button_id: str) -> None:
        if self.callview is not None:
            self.callview.activate(button_id)

    def next_change(self) -> float | None:
        """Seconds until the clip's or the call's picture, or the clip's captions (``words``),
        next change (see Scene.next_change)."""
        changes = [part.next_change() for part in (self.clip, self.callview) if part is not None]
        changes.append(captions_change(self.clip, transcript_of(self.scenario)))
        return min((c for c in changes if c is not None), default=None)

    def update(self, dt: float) -> None:
        for part in (self.clip, self.callview):
            if part is not None:
                part.update(dt)

    def draw(self, surface, box):
        """The clip or the call's pane in ``box``; returns where a clip's picture landed (None for
        a call, or a clip that could not be opened), for its tells to be marked on it."""
        import pygame

        pygame.draw.rect(surface, (0, 0, 0), box)
        if self.callview is not None:
            self.callview.draw(surface, box)
        elif self.clip is not None:
            return self.clip.draw(surface, box)
        return None

    def replay(self) -> None:
        for part in (self.clip, self.callview):
            if part is not None:
                part.replay()

    def toggle_pause(self) -> None:
        if self.clip is not None:
            self.clip.toggle_pause()

    def quiet(self) -> None:
        """Stop the sound (another screen is on top, or the answers are being given)."""
        if self.clip is not None and self.clip.playing:
            self.clip.toggle_pause()
        if self.callview is not None:
            self.callview.stop_sounds()

    def close(self) -> None:
        if self.callview is not None:
            self.callview.stop()
        if self.clip is not None:
            getattr(self.clip, "close", self.clip.stop)()
        self.clip = self.callview = None
