"""Choosing what a community session plays: a ready plan (about 20 or 45 minutes) or a whole pack
(with its number of scenarios and about how long it takes); how many people are in the room
(optional: the counting screens then say who is not counted yet, and warn when more hands are
counted than there are people); and, optionally, the group it is for, kept on this computer
for next time and recorded with the session."""
from __future__ import annotations

from dataclasses import dataclass

from game.core.agenda import estimate_minutes
from game.core.community import PlanItem, clamp_hands
from game.core.models import text_in
from game.core.plans import plan_items
from game.ui.chrome import content_rect
from game.ui.scene import Scene


@dataclass(frozen=True)
class NameGroup:
    """Type the group's name (the setup stays and takes it back, see ``take_group``)."""
    name: str


@dataclass(frozen=True)
class StartSession:
    items: list[PlanItem]
    plan_id: str   # a plan's id, or a pack's id when the whole pack is played
    room_size: int = 0   # people in the room; 0: not given


class CommunitySetupScene(Scene):
    name = "commsetup"
    needs_packs = True   # shown once the packs are loaded (App.push)

    def __init__(self, app):
        super().__init__(app)
        self.room_size = 0
        self.typing = False   # the next digit adds to the room size rather than replacing it

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
            self.ctx.store.sessions.remember_setup("community", {"group": name})

    def _room_label(self) -> str:
        return self.t("comm.room", n=self.room_size) if self.room_size else self.t("comm.room_unset")

    def layout(self) -> None:
        area = content_rect(self.ctx)
        focus = self.focused_id() or "room"
        top = area.top + self._title_height(area)
        room = self.column_buttons([("room", self._room_label())], area.left, top, area.width, numbered=False)
        room[0].style = "quiet"
        top = room[0].rect.bottom + self.ctx.theme.gap * 2
        group = ("group", self.t("class.group", name=self._group() or self.t("class.group_none")))
        items = [group] + [(choice_id, label) for choice_id, label, _ in self._choices()]
        plans = self.paged_column(items, area.left, top, area.width, area.bottom,
                                  extra=[("back", self.t("nav.back"), "quiet")])
        self.set_buttons(room + plans, focus)

    def _title_height(self, area) -> int:
        theme = self.ctx.theme
        return sum(self.ctx.text.block_height(self.t(key), theme.heading if key == "comm.choose" else theme.small,
                                              area.width, key == "comm.choose") for key in ("comm.choose", "comm.room_hint")) + 16

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
            self.focus = next((n for n, b in enumerate(self.buttons) if b.id.startswith(("plan:", "pack:"))), 0)
            return
        if button_id == "back":
            self.finish(None)
            return
        if button_id == "group":
            self.finish(NameGroup(self._group()))
            return
        items = next(items for choice_id, _, items in self._choices() if choice_id == button_id)
        self.finish(StartSession(items, button_id.partition(":")[2], self.room_size))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        theme = self.ctx.theme
        used = self.ctx.text.draw_block(surface, self.t("comm.choose"), area, theme.heading, theme.text, bold=True)
        hint = area.move(0, used + 4)
        self.ctx.text.draw_block(surface, self.t("comm.room_hint"), hint, theme.small, theme.muted)
