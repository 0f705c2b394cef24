"""Choosing what a community session plays: a ready plan (about 20 or 45 minutes) or a whole pack
(with its number of scenarios and about how long it takes); and, optionally, the group it is for,
kept on this computer for next time and recorded with the session."""
from __future__ import annotations

from dataclasses import dataclass

from game.core.agenda import estimate_minutes
from game.core.community import PlanItem
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


class CommunitySetupScene(Scene):
    name = "commsetup"

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
            label = (f"{text_in(pack.info.title, lang)}  ·  {self.t('pack.count', n=len(items))}  ·  "
                     f"{self.t('pack.minutes', minutes=estimate_minutes(pack.scenarios))}")
            choices.append((f"pack:{pack.info.id}", label, items))
        return choices

    def _group(self) -> str:
        return str(self.ctx.store.sessions.last_setup("community").get("group", ""))

    def take_group(self, name: str | None) -> None:
        """The group name typed ('' for none; None: left unchanged), kept for the session and next time."""
        if name is not None:
            self.ctx.store.sessions.remember_setup("community", {"group": name})

    def layout(self) -> None:
        area = content_rect(self.ctx)
        title_h = self.ctx.text.block_height(self.t("comm.choose"), self.ctx.theme.heading, area.width, True) + 12
        group = ("group", self.t("class.group", name=self._group() or self.t("class.group_none")))
        items = [group] + [(choice_id, label) for choice_id, label, _ in self._choices()]
        self.set_buttons(self.paged_column(items, area.left, area.top + title_h, area.width, area.bottom,
                                           extra=[("back", self.t("nav.back"), "quiet")]))

    def activate(self, button_id: str) -> None:
        if button_id == "back":
            self.finish(None)
            return
        if button_id == "group":
            self.finish(NameGroup(self._group()))
            return
        items = next(items for choice_id, _, items in self._choices() if choice_id == button_id)
        self.finish(StartSession(items, button_id.partition(":")[2]))

    def draw_content(self, surface) -> None:
        area = content_rect(self.ctx)
        self.ctx.text.draw_block(surface, self.t("comm.choose"), area, self.ctx.theme.heading, self.ctx.theme.text,
                                 bold=True)

