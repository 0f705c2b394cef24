"""Setting up a classroom round: how many teams, their names, the class or group, the pack, a timer,
who enters answers. The setup last started on this computer is offered again (kept in the
progress store); the group name is typed on a screen of its own and recorded with the session."""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.agenda import estimate_minutes
from game.core.classroom import MAX_TEAMS, MIN_TEAMS, TIMER_CHOICES, Team, make_teams
from game.core.packs import Pack
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
    group: str = ""

    def saved(self, pack_id: str) -> dict:
        """The setup as kept in the progress store (the pack by its id: the list may change)."""
        return {"teams": self.teams, "names": self.names[:self.teams], "pack": pack_id, "timer": self.timer,
                "entry": self.entry, "group": self.group}


def config_from(saved: dict, pack_ids: list[str]) -> ClassConfig:
    """A setup read back; anything missing or out of range keeps its default."""
    config = ClassConfig()
    if isinstance(saved.get("teams"), int) and MIN_TEAMS <= saved["teams"] <= MAX_TEAMS:
        config.teams = saved["teams"]
    if isinstance(saved.get("names"), list):
        config.names = [str(name) for name in saved["names"]][:MAX_TEAMS]
    if saved.get("pack") in pack_ids:
        config.pack = pack_ids.index(saved["pack"])
    if saved.get("timer") in TIMER_CHOICES:
        config.timer = saved["timer"]
    if saved.get("entry") in ENTRY_MODES:
        config.entry = saved["entry"]
    config.group = str(saved.get("group", ""))
    return config


@dataclass(frozen=True)
class EditNames:
    """Name the teams (the setup stays and takes the names back, see ``take_names``)."""
    teams: list[Team]


@dataclass(frozen=True)
class EditGroup:
    """Type the class or group name (the setup stays and takes it back, see ``take_group``)."""
    name: str


@dataclass(frozen=True)
class StartClass:
    pack: Pack
    teams: list[Team]
    timer: int
    entry: str   # "keys": each team on its own keys; "teacher": the teacher enters answers


class ClassroomSetupScene(Scene):
    name = "classsetup"
    needs_packs = True   # shown once the packs are loaded (App.push)

    def __init__(self, app):
        super().__init__(app)
        self._config = None

    @property
    def config(self):
        """The setup last used by this computer's classes, on the packs there are now (read when
        first needed: the packs may still be loading when the scene is made)."""
        if self._config is None:
            self._config = config_from(self.ctx.store.sessions.last_setup("classroom"),
                                       [p.info.id for p in self.ctx.packs()])
        return self._config

    def _items(self) -> list[tuple[str, str]]:
        c, t = self.config, self.t
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        timer = t("class.timer_off") if not c.timer else t("class.seconds", n=c.timer)
        return [("teams", t("class.teams", n=c.teams)),
                ("names", t("class.names", names="、".join(x.name for x in teams) if self.ctx.lang == "zh"
                            else ", ".join(x.name for x in teams))),
                ("group", t("class.group", name=c.group or t("class.group_none"))),
                ("pack", self._pack_label()),
                ("timer", t("class.timer", value=timer)),
                ("entry", t("class.entry", value=t(f"class.entry.{c.entry}")))]

    def _pack_label(self) -> str:
        """The pack with its number of questions and about how many minutes it takes a room."""
        packs = self.ctx.packs()
        if not packs:
            return self.t("class.pack", title="—")
        pack = packs[self.config.pack % len(packs)]
        return self.t("class.pack_sized", title=pack.shown_title(self.ctx.lang), n=len(pack.scenarios),
                      minutes=estimate_minutes(pack.scenarios))

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
            self.finish(EditNames(make_teams(c.teams, self.ctx.lang, c.names)))
            return
        elif button_id == "group":
            self.finish(EditGroup(c.group))
            return
        elif button_id == "start":
            self._start()
            return
        elif button_id == "back":
            self.finish(None)
            return
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == button_id), 0)

    def take_names(self, names: list[str] | None) -> None:
        """The team names typed (None: left unchanged)."""
        if names is not None:
            self.config.names = names

    def take_group(self, name: str | None) -> None:
        """The class or group name typed ('' for none; None: left unchanged)."""
        if name is not None:
            self.config.group = name

    def resume(self) -> None:
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == "start"), 0)

    def _start(self) -> None:
        c = self.config
        pack = self.ctx.packs()[c.pack % len(self.ctx.packs())]
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        self.ctx.store.sessions.remember_setup("classroom", c.saved(pack.info.id))   # offered next time
        self.finish(StartClass(pack, teams, c.timer, c.entry))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        self.ctx.text.draw_block(surface, self.t("class.setup"), area, self.ctx.theme.heading, self.ctx.theme.text,
                                 bold=True)

