"""Setting up a classroom round: how many teams, their names, the pack, a timer, who enters answers."""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.classroom import MAX_TEAMS, MIN_TEAMS, TIMER_CHOICES, make_teams
from game.core.models import text_in
from game.ui.chrome import content_rect
from game.ui.scene import Scene

ENTRY_MODES = ("keys", "teacher")


@dataclass
class ClassConfig:
    teams: int = 3
    names: list[str] = field(default_factory=list)
    pack: int = 0
    timer: int = 0
    entry: str = "keys"


class ClassroomSetupScene(Scene):
    name = "classsetup"

    def __init__(self, app):
        super().__init__(app)
        self.config = ClassConfig()

    def _items(self) -> list[tuple[str, str]]:
        c, t = self.config, self.t
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        packs = self.ctx.packs()
        title = text_in(packs[c.pack % len(packs)].info.title, self.ctx.lang) if packs else "—"
        timer = t("class.timer_off") if not c.timer else t("class.seconds", n=c.timer)
        return [("teams", t("class.teams", n=c.teams)),
                ("names", t("class.names", names="、".join(x.name for x in teams) if self.ctx.lang == "zh"
                            else ", ".join(x.name for x in teams))),
                ("pack", t("class.pack", title=title)),
                ("timer", t("class.timer", value=timer)),
                ("entry", t("class.entry", value=t(f"class.entry.{c.entry}")))]

    def layout(self) -> None:
        area = content_rect(self.ctx)
        title_h = self.ctx.text.block_height(self.t("class.setup"), self.ctx.theme.heading, area.width, True) + 12
        extra = [("back", self.t("nav.back"), "quiet"), ("start", self.t("class.start"), "normal")]
        if not self.ctx.packs():
            extra = extra[:1]
        self.set_buttons(self.paged_column(self._items(), area.left, area.top + title_h, area.width, area.bottom,
                                           extra=extra), "start" if self.ctx.packs() else None)

    def activate(self, button_id: str) -> None:
        c = self.config
        if button_id == "teams":
            c.teams = MIN_TEAMS + (c.teams - MIN_TEAMS + 1) % (MAX_TEAMS - MIN_TEAMS + 1)
        elif button_id == "pack":
            c.pack = (c.pack + 1) % max(1, len(self.ctx.packs()))
        elif button_id == "timer":
            c.timer = TIMER_CHOICES[(TIMER_CHOICES.index(c.timer) + 1) % len(TIMER_CHOICES)]
        elif button_id == "entry":
            c.entry = ENTRY_MODES[(ENTRY_MODES.index(c.entry) + 1) % len(ENTRY_MODES)]
        elif button_id == "names":
            from game.ui.scenes.teamnames import TeamNamesScene

            self.app.push(TeamNamesScene(self.app, make_teams(c.teams, self.ctx.lang, c.names)))
            return
        elif button_id == "start":
            self._start()
            return
        elif button_id == "back":
            self.app.pop(None)
            return
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == button_id), 0)

    def resume(self, result) -> None:
        if isinstance(result, list):
            self.config.names = result
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == "start"), 0)

    def _start(self) -> None:
        from game.ui.scenes.classroom import ClassroomScene
        from game.ui.scenes.prepare import with_voices

        c = self.config
        pack = self.ctx.packs()[c.pack % len(self.ctx.packs())]
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        scene = ClassroomScene(self.app, pack, teams, c.timer, c.entry)
        self.app.replace(with_voices(self.app, pack, scene))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        self.ctx.text.draw_block(surface, self.t("class.setup"), area, self.ctx.theme.heading, self.ctx.theme.text,
                                 bold=True)

    def demo_choice(self, rng):
        wanted = getattr(self.app, "demo_teams", 3)
        if self.config.teams != wanted:
            return "teams"
        demo_pack = getattr(self.app, "demo_pack", None)
        packs = self.ctx.packs()
        if demo_pack and packs[self.config.pack % len(packs)].info.id != demo_pack and \
                any(p.info.id == demo_pack for p in packs):
            return "pack"
        return "start"
