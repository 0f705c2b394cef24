"""Choosing what a community session plays: a ready plan (about 20 or 45 minutes) or a whole pack
(with its number of scenarios and about how long it takes); how many people are in the room
(optional: the counting screens then say who is not counted yet, and warn when more hands are
counted than there are people); and, optionally, the group it is for, kept on this computer
for next time and recorded with the session; and how the room answers: by show of hands (the
presenter types the counts) or with printed answer cards the laptop's camera reads (then how
many cards, printing them, a camera preview and optional names for the cards). The camera is
checked in a thread when the setup opens; without one, cards are shown as unavailable with
the reason and a session cannot start with them (printing stays possible). Answers on phones
(off or on, with the port and the address the page will have) add to either way."""
from __future__ import annotations

from dataclasses import dataclass

from game.core.agenda import estimate_minutes
from game.core.community import PlanItem, clamp_hands
from game.core.models import text_in
from game.core.plans import plan_items
from game.ui.cardsetup import (CARD_COUNTS, CameraCheck, CardConfig, EditCardNames, PreviewCamera, PrintCards,
                               card_config_from, short_reason, tell)
from game.ui.chrome import content_rect
from game.ui.phonesetup import PhoneConfig, phone_config_from, setup_choice, setup_rows
from game.ui.scene import Scene

ANSWERS = ("hands", "cards")
CHECK_POLL = 0.25   # seconds between looks at the camera check while it runs


@dataclass(frozen=True)
class NameGroup:
    """Type the group's name (the setup stays and takes it back, see ``take_group``)."""
    name: str


@dataclass(frozen=True)
class StartSession:
    items: list[PlanItem]
    plan_id: str   # a plan's id, or a pack's id when the whole pack is played
    room_size: int = 0   # people in the room; 0: not given
    cards: CardConfig | None = None   # answer cards (None: show of hands)
    phones: PhoneConfig | None = None  # answers on phones (None or off: none), beside hands or cards


class CommunitySetupScene(Scene):
    name = "commsetup"
    needs_packs = True   # shown once the packs are loaded (App.push)

    def __init__(self, app):
        super().__init__(app)
        self.room_size = 0
        self.typing = False   # the next digit adds to the room size rather than replacing it
        saved = self.ctx.store.sessions.last_setup("community")
        self.answers = saved.get("answers") if saved.get("answers") in ANSWERS else "hands"
        self.cards = card_config_from(saved.get("cards"))
        self.phones = phone_config_from(saved.get("phones"))
        self.check: CameraCheck | None = None   # whether the camera gives pictures (enter)
        self._check_shown = False               # the rows show the check's result

    def enter(self) -> None:
        self._start_check()

    def leave(self) -> None:
        if self.check is not None:
            self.check.stop()

    def resume(self) -> None:
        """Back from printing, the preview or the names: the paper chosen is kept, and a camera that
        failed is tried again (plugged in since)."""
        self._remember()
        if self.check is not None and self.check.done and self.check.problem:
            self._start_check()
        super().resume()

    def _start_check(self) -> None:
        self.check = CameraCheck(self.ctx.camera)
        self._check_shown = False
        self.check.start()

    def next_change(self) -> float | None:
        """While the camera is checked, a look now and then to show its result."""
        return CHECK_POLL if self.check is not None and not self._check_shown else None

    def update(self, dt: float) -> None:
        if self.check is not None and self.check.done and not self._check_shown:
            self._check_shown = True
            self.layout()

    @property
    def raw_keys(self) -> bool:
        """While the room size is chosen, digits, + and - type it (numbers choose plans elsewhere)."""
        return self.focused_id() == "room"

    def footer_hint(self) -> str:
        return self.t("comm.keys_setup") if self.raw_keys else ""

    def _choices(self) -> list[tuple[str, str, list[PlanItem]]]:
        """(id, label, items) for every plan, then every practice pack played whole."""
        ctx, lang = self.ctx, self.ctx.lang
        choices = []
        for plan in ctx.plans:
            items = plan_items(plan, ctx.packs(), ctx.check_pack())
            label = self.t("comm.plan", title=text_in(plan.title, lang), minutes=plan.minutes, n=len(plan.items))
            if plan.check_pairs:
                label += ("，" if lang == "zh" else ", ") + self.t("comm.with_check")
            choices.append((f"plan:{plan.id}", label, items))
        for pack in ctx.packs():
            items = [PlanItem(s, pack.info.id, "practice") for s in pack.scenarios]
            label = (f"{pack.shown_title(lang)}  ·  {self.t('pack.count', n=len(items))}  ·  "
                     f"{self.t('pack.minutes', minutes=estimate_minutes(pack.scenarios))}")
            choices.append((f"pack:{pack.info.id}", label, items))
        return choices

    def _group(self) -> str:
        return str(self.ctx.store.sessions.last_setup("community").get("group", ""))

    def take_group(self, name: str | None) -> None:
        """The group name typed ('' for none; None: left unchanged), kept for the session and next time."""
        if name is not None:
            self._remember(group=name)

    def take_card_names(self, text: str | None) -> None:
        """The card names typed ("number name" lines; None: left unchanged), kept for next time."""
        if text is not None:
            self.cards.names_text = text
            self._remember()

    def _remember(self, **changes) -> None:
        """Keep this setup (group, way to answer, cards) as the computer's last community setup."""
        setup = dict(self.ctx.store.sessions.last_setup("community"))
        setup.update({"answers": self.answers, "cards": self.cards.saved(), "phones": self.phones.saved()}, **changes)
        self.ctx.store.sessions.remember_setup("community", setup)

    # --- answer cards ---

    def _camera_problem(self) -> str | None:
        """Why cards cannot be used, short and translated; None when the camera works (or is still checked)."""
        if self.check is None or not self.check.done or self.check.problem is None:
            return None
        return short_reason(self.t, self.check.problem)

    def _answers_label(self) -> str:
        if self.answers == "hands":
            return self.t("card.answers_hands")
        if self.check is None or not self.check.done:
            return self.t("card.answers_checking")
        problem = self._camera_problem()
        return self.t("card.answers_off", why=problem) if problem else self.t("card.answers_cards", n=self.cards.count)

    def _card_rows(self) -> list[tuple[str, str]]:
        """The rows of the answer-card setup (none with show of hands)."""
        if self.answers != "cards":
            return []
        names = len(self.cards.room().names)
        return [("card_count", self.t("card.count", n=self.cards.count)), ("card_print", self.t("card.print")),
                ("card_preview", self.t("card.preview")), ("card_names", self.t("card.names", n=names))]

    def _card_choice(self, button_id: str) -> bool:
        """The answer-card rows; False for any other button."""
        if button_id == "answers":
            self.answers = ANSWERS[(ANSWERS.index(self.answers) + 1) % len(ANSWERS)]
        elif button_id == "card_count":
            bigger = [n for n in CARD_COUNTS if n > self.cards.count]
            self.cards.count = bigger[0] if bigger else CARD_COUNTS[0]
        elif button_id in ("card_print", "card_preview", "card_names"):
            request = {"card_print": PrintCards, "card_preview": PreviewCamera, "card_names": EditCardNames}[button_id]
            self.finish(request(self.cards))
            return True
        else:
            return False
        self._remember()
        self.layout()
        return True

    def _cards_ready(self) -> bool:
        """Whether a session may start with the chosen way to answer (tells the presenter why not)."""
        if self.answers != "cards":
            return True
        if self.check is None or not self.check.done:
            tell(self.ctx, "card.still_checking")
            return False
        problem = self._camera_problem()
        if problem:
            tell(self.ctx, "card.not_ready", why=problem)
            return False
        return True

    def _room_label(self) -> str:
        return self.t("comm.room", n=self.room_size) if self.room_size else self.t("comm.room_unset")

    def layout(self) -> None:
        area = content_rect(self.ctx)
        focus = self.focused_id() or "room"
        below_title = area.top + self._title_height(area, ("comm.choose",))
        room = self.column_buttons([("room", self._room_label())], area.left, area.top + self._title_height(area),
                                   area.width, numbered=False)
        room[0].style = "quiet"
        top = room[0].rect.bottom + self.ctx.theme.gap * 2
        group = ("group", self.t("class.group", name=self._group() or self.t("class.group_none")))
        answers = ("answers", self._answers_label())
        items = [group, answers] + self._card_rows() + setup_rows(self.t, self.phones) + [(choice_id, label) for choice_id, label, _ in self._choices()]
        # The room size and its hint are on the first page only: the later pages list from under
        # the title (at 200 % text the first page may hold the room size alone).
        plans = self.paged_column(items, area.left, top, area.width, area.bottom,
                                  extra=[("back", self.t("nav.back"), "quiet")], page_top=below_title)
        self.set_buttons((room if self.list_page == 0 else []) + plans, focus)

    def _title_height(self, area, keys=("comm.choose", "comm.room_hint")) -> int:
        theme = self.ctx.theme
        return sum(self.ctx.text.block_height(self.t(key), theme.heading if key == "comm.choose" else theme.small,
                                              area.width, key == "comm.choose") for key in keys) + 16

    def handle(self, intent) -> None:
        if self.raw_keys and intent.kind == "key":
            self._room_key(intent.value)
        elif self.raw_keys and intent.kind == "undo":
            self._room_key("\b")
        else:
            if intent.kind in ("next", "prev"):
                self.typing = False
            super().handle(intent)

    def _room_key(self, char: str) -> None:
        """Digits type the room size, Backspace takes a digit off, + (or =) and - add or take one."""
        if char.isdigit():
            self.room_size = self.room_size * 10 + int(char) if self.typing else int(char)
            self.typing = True
        elif char in "+=":
            self.room_size += 1
        elif char == "-":
            self.room_size -= 1
        elif char == "\b":
            self.room_size, self.typing = self.room_size // 10, True
        else:
            return
        self.room_size = clamp_hands(self.room_size)
        self.layout()

    def activate(self, button_id: str) -> None:
        if button_id == "room":   # Enter on the room size: on to the plans
            self.typing = False
            ids = [b.id for b in self.buttons]
            self.focus = next((n for n, i in enumerate(ids) if i.startswith(("plan:", "pack:"))),
                              ids.index("list:next") if "list:next" in ids else 0)
            return
        if button_id == "back":
            self.finish(None)
            return
        if button_id == "group":
            self.finish(NameGroup(self._group()))
            return
        if setup_choice(self.phones, button_id):
            self._remember()
            self.layout()
            self.focus = next((i for i, b in enumerate(self.buttons) if b.id == button_id), self.focus)
            return
        if self._card_choice(button_id) or not self._cards_ready():
            return
        items = next(items for choice_id, _, items in self._choices() if choice_id == button_id)
        self._remember()
        cards = CardConfig(**vars(self.cards)) if self.answers == "cards" else None
        phones = PhoneConfig(**vars(self.phones)) if self.phones.on else None
        self.finish(StartSession(items, button_id.partition(":")[2], self.room_size, cards, phones))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        used = self.ctx.text.draw_block(surface, self.t("comm.choose"), area, theme.heading, theme.text, bold=True)
        if self.list_page:
            return
        hint = area.move(0, used + 4)
        self.ctx.text.draw_block(surface, self.t("comm.room_hint"), hint, theme.small, theme.muted)
