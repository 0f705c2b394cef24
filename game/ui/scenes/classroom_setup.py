"""Setting up a classroom round: how many teams, their names, the class or group, the pack, a timer,
who enters answers (team keys, the teacher, or answer cards read by the camera). The setup last
started on this computer is offered again (kept in the progress store); the group name is typed
on a screen of its own and recorded with the session.

With answer cards the setup also asks how many cards there are and offers to print them, to
aim the camera and to type names for them (the journey does those and the setup stays). The
camera is checked in a thread as the setup opens; a round on cards starts only with a camera.
Answers on phones (off or on, with the port and the address) add to any way of entering."""
from __future__ import annotations

from dataclasses import dataclass, field

from game.core.agenda import estimate_minutes
from game.core.classroom import MAX_TEAMS, MIN_TEAMS, TIMER_CHOICES, Team, make_teams
from game.core.cards import parse_names
from game.core.packs import Pack
from game.ui.cardsetup import (CARD_COUNTS, CameraCheck, CardConfig, EditCardNames, PreviewCamera, PrintCards,
                               card_config_from, short_reason)
from game.ui.chrome import content_rect
from game.ui.phonesetup import PhoneConfig, phone_config_from, setup_choice, setup_rows
from game.ui.scene import Scene

ENTRY_MODES = ("keys", "teacher", "cards")
CARD_BUTTONS = ("camera", "cards", "cards_print", "cards_preview", "cards_names")


@dataclass
class ClassConfig:
    teams: int = 3
    names: list[str] = field(default_factory=list)
    pack: int = 0
    timer: int = 0
    entry: str = "keys"
    group: str = ""
    cards: CardConfig = field(default_factory=CardConfig)
    phones: PhoneConfig = field(default_factory=PhoneConfig)

    def saved(self, pack_id: str) -> dict:
        """The setup as kept in the progress store (the pack by its id: the list may change)."""
        return {"teams": self.teams, "names": self.names[:self.teams], "pack": pack_id, "timer": self.timer,
                "entry": self.entry, "group": self.group, "cards": self.cards.saved(), "phones": self.phones.saved()}


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
    config.cards = card_config_from(saved.get("cards"))
    config.phones = phone_config_from(saved.get("phones"))
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
    entry: str   # "keys": each team on its own keys; "teacher": the teacher enters answers; "cards"
    cards: CardConfig | None = None   # the answer cards (entry "cards" only)
    phones: PhoneConfig | None = None  # answers on phones (None or off: none), beside any entry


class ClassroomSetupScene(Scene):
    name = "classsetup"
    needs_packs = True   # shown once the packs are loaded (App.push)

    def __init__(self, app):
        super().__init__(app)
        self._config = None
        self.check: CameraCheck | None = None   # is there a camera for answer cards (see enter)
        self.refused = ""                        # why Start did nothing (cards without a camera)
        self._camera_shown: str | None = None    # the camera's words last laid out

    def enter(self) -> None:
        self._check_camera()

    def _check_camera(self) -> None:
        """Find out in a thread whether the camera gives pictures (opening one takes seconds)."""
        self.check = CameraCheck(self.ctx.camera)
        self.check.start()

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
                ("entry", self._entry_label())] + (self._card_items() if c.entry == "cards" else []) + \
            setup_rows(t, c.phones)

    def _entry_label(self) -> str:
        return self.t("class.entry", value=self.t(f"class.entry.{self.config.entry}"))

    def _camera_words(self) -> str:
        """Whether the camera works, or why not (choosing the row checks it again)."""
        if self.check is None or not self.check.done:
            status = self.t("class.cards.checking")
        elif self.check.problem:
            status = self.t("class.cards.unavailable", reason=short_reason(self.t, self.check.problem))
        else:
            status = self.t("class.cards.camera_ok")
        return self.t("class.cards.camera", status=status)

    def _card_items(self) -> list[tuple[str, str]]:
        cards = self.config.cards
        named = len(parse_names(cards.names_text, cards.count))
        return [("camera", self._camera_words()),
                ("cards", self.t("class.cards.count", n=cards.count, teams=self._runs())),
                ("cards_print", self.t("class.cards.print")),
                ("cards_preview", self.t("class.cards.preview")),
                ("cards_names", self.t("class.cards.names", n=named))]

    def _runs(self) -> str:
        """Which cards each team holds: "Orange 1-6, Sky 7-12, ..." (the teacher hands them out so)."""
        c = self.config
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        runs = c.cards.room(c.teams).runs()
        parts = [f"{team.name} {first}-{last}" for team, (first, last) in zip(teams, runs)]
        return ("、" if self.ctx.lang == "zh" else ", ").join(parts)

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
        text, theme = self.ctx.text, self.ctx.theme
        title_h = text.block_height(self.t("class.setup"), theme.heading, area.width, True) + 12
        extra = [("back", self.t("nav.back"), "quiet"), ("start", self.t("class.start"), "normal")]
        if not self.ctx.packs():
            extra = extra[:1]
        # Why Start was refused goes under the title of the first page (which may then hold no rows).
        refused_h = text.block_height(self.refused, theme.body, area.width, True) + 12 if self.refused else 0
        column = self.paged_column(self._items(), area.left, area.top + title_h + refused_h, area.width, area.bottom,
                                   extra=extra, page_top=area.top + title_h if refused_h else None)
        self.set_buttons(column, "start" if self.ctx.packs() else None)

    def next_change(self) -> float | None:
        """While the camera is checked, look again soon: its words change when it is done."""
        return 0.25 if self._checking() else None

    def _checking(self) -> bool:
        return self.config.entry == "cards" and self.check is not None and not self.check.done

    def update(self, dt: float) -> None:
        """The camera's row is laid out again when what it says changes (the check is done)."""
        words = self._camera_words() if self.config.entry == "cards" else None
        if words != self._camera_shown:
            self._camera_shown = words
            self._relayout()

    def _relayout(self) -> None:
        """Lay out again, the focus kept on the button it was on."""
        focused = self.focused_id()
        self.layout()
        if focused is not None:
            self.focus = next((i for i, b in enumerate(self.buttons) if b.id == focused), self.focus)

    def activate(self, button_id: str) -> None:
        c = self.config
        if button_id != "start":
            self.refused = ""
        if button_id in CARD_BUTTONS and self._card_request(button_id):
            return
        if setup_choice(c.phones, button_id):
            self._show(button_id)
            return
        if button_id == "teams":
            c.teams = MIN_TEAMS + (c.teams - MIN_TEAMS + 1) % (MAX_TEAMS - MIN_TEAMS + 1)
        elif button_id == "pack":
            c.pack = (c.pack + 1) % max(1, len(self.ctx.packs()))
        elif button_id == "timer":
            c.timer = TIMER_CHOICES[(TIMER_CHOICES.index(c.timer) + 1) % len(TIMER_CHOICES)]
        elif button_id == "entry":
            c.entry = ENTRY_MODES[(ENTRY_MODES.index(c.entry) + 1) % len(ENTRY_MODES)]
        elif button_id == "cards":
            c.cards.count = next((n for n in CARD_COUNTS if n > c.cards.count), CARD_COUNTS[0])
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
        self._show(button_id)

    def _show(self, button_id: str) -> None:
        """Lay out again with ``button_id`` focused, on the page of the list that has it (the
        rows for cards, or a long camera reason, may move it to another page)."""
        self.layout()
        for _ in range(len(self.buttons)):
            if any(b.id == button_id for b in self.buttons) or not any(b.id == "list:next" for b in self.buttons):
                break
            self.list_page += 1
            self.layout()
        if not any(b.id == button_id for b in self.buttons):
            self.list_page = 0
            self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == button_id), 0)

    def _card_request(self, button_id: str) -> bool:
        """Print the cards, preview the camera or type card names: the journey does it (the
        setup stays under it). False for the number of cards, changed here."""
        request = {"cards_print": PrintCards, "cards_preview": PreviewCamera, "cards_names": EditCardNames}
        if button_id == "camera" and self.check is not None and self.check.done:
            self._check_camera()   # (a camera plugged in since)
        if button_id not in request:
            return False
        self.finish(request[button_id](self.config.cards))
        return True

    def take_card_names(self, text: str | None) -> None:
        """The card names typed, one "number name" a line ('' for none; None: left unchanged)."""
        if text is not None:
            self.config.cards.names_text = text

    def take_names(self, names: list[str] | None) -> None:
        """The team names typed (None: left unchanged)."""
        if names is not None:
            self.config.names = names

    def take_group(self, name: str | None) -> None:
        """The class or group name typed ('' for none; None: left unchanged)."""
        if name is not None:
            self.config.group = name

    def resume(self) -> None:
        if self.check is not None and self.check.done and self.check.problem:
            self._check_camera()   # back from the preview: a camera may have been plugged in
        self.layout()
        self.focus = next((i for i, b in enumerate(self.buttons) if b.id == "start"), 0)

    def _start(self) -> None:
        c = self.config
        if c.entry == "cards" and not self._camera_ready():
            self.list_page = 0   # where the reason is
            self._relayout()
            return
        pack = self.ctx.packs()[c.pack % len(self.ctx.packs())]
        teams = make_teams(c.teams, self.ctx.lang, c.names)
        self.ctx.store.sessions.remember_setup("classroom", c.saved(pack.info.id))   # offered next time
        phones = PhoneConfig(**vars(c.phones)) if c.phones.on else None
        self.finish(StartClass(pack, teams, c.timer, c.entry, c.cards if c.entry == "cards" else None, phones))

    def _camera_ready(self) -> bool:
        """Whether a round on cards may start; if not, ``refused`` says why (shown under the title)."""
        check, self.refused = self.check, ""
        if check is None or not check.done:
            self.refused = self.t("class.cards.wait_camera")
        elif check.problem:
            self.refused = self.t("class.cards.need_camera")   # (the camera row says why)
        return not self.refused

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        used = self.ctx.text.draw_block(surface, self.t("class.setup"), area, theme.heading, theme.text, bold=True)
        if self.refused and self.list_page == 0:
            box = area.copy()
            box.top += used + 12
            self.ctx.text.draw_block(surface, self.refused, box, theme.body, theme.bad, bold=True)

