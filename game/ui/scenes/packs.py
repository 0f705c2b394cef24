"""Choose what to practise: what is due first, then the learning check, then the packs in
their list order; broken packs are listed as unavailable with their first problem."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import pygame

from game.core.learningcheck import check_test_items, next_test
from game.core.models import Scenario
from game.core.packs import Pack
from game.core.problemtext import describe
from game.ui.chrome import content_rect
from game.ui.grouplist import Group, GroupPage, heading_size, lay_out_groups
from game.ui.scene import Scene


MAX_MESSAGES = 3


class Look(NamedTuple):
    """How much the pack list shows besides its buttons (see ``PackScene._fitting_look``)."""
    title: bool      # the page's title
    headings: bool   # a heading over each group
    short: bool      # short labels for what is due (without the pack's name)


@dataclass(frozen=True)
class PlayPack:
    """A new round of the whole pack."""
    pack: Pack


@dataclass(frozen=True)
class ResumeRound:
    """The rest of a round this player left another day."""
    pack: Pack
    round_id: int
    scenarios: list[Scenario]


@dataclass(frozen=True)
class TakeCheck:
    """The learning check's test before (``"pre"``) or after (``"post"``) practice."""
    pack: Pack
    kind: str


@dataclass(frozen=True)
class ShowProblems:
    """The list of every problem of the packs that cannot be played."""


@dataclass(frozen=True)
class Review:
    """Practise again what was got wrong: everything, or the items of one pack due today."""
    pack_id: str | None = None
    scenario_ids: list[str] | None = None


class PackScene(Scene):
    """What is due comes first, then the learning check, then the packs (easier first).

    The first page starts with what this player has to do (a round left unfinished,
    missed scenarios due again today, "review my mistakes"), then the learning check's next
    test with its own heading, then the practice packs with theirs (beside the buttons where
    there is room, else above them). At large text the title, then the headings, make way,
    and last the labels of what is due get shorter, so that what is due stays on page 1.
    """

    name = "packs"
    needs_packs = True   # shown once the packs are loaded (App.push)

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(900, area)
        left = area.centerx - width // 2
        self.title_h = self.ctx.text.block_height(self.t("pack.title"), self.ctx.theme.heading, width, True)
        bottom = area.bottom - self._messages_height(width)
        room = pygame.Rect(left, area.top, width, bottom - area.top)
        groups = self._groups()    # the store is read once here, not once for each look tried
        look = self._fitting_look(groups, room)
        shown = self._lay_out(groups[look.short], look, room, self.list_page)
        self.show_title, self.headings, self.list_page = look.title, shown.headings, shown.page
        self.set_buttons(shown.buttons)

    def _groups(self) -> dict[bool, list[Group]]:
        """What is due, the learning check, the packs: each a group under its heading; with
        the usual labels (False) and with short ones for what is due (True)."""
        packs = [(f"pack:{pack.info.id}",
                  f"{pack.shown_title(self.ctx.lang)}  ·  {self.t('pack.count', n=len(pack.scenarios))}")
                 for pack in self.ctx.packs()]
        attempts = self.ctx.store.attempts(self.ctx.profile) if self.ctx.profile else []
        due = self._resume_item() + self._due_item(attempts) + self._review_item()
        check = self._check_item(attempts)
        broken = sum(1 for status in self.ctx.statuses if not status.ok)
        if broken:   # last, after the packs that play: an educator's errand, not a player's
            packs.append(("problems", self.t("pack.see_problems", n=broken)))
        return {short: [Group(self.t("pack.group_first"), [(i, labels[short]) for i, labels in due]),
                        Group(self.t("pack.group_check"), [(i, labels[short]) for i, labels in check]),
                        Group(self.t("pack.group_packs"), packs)]
                for short in (False, True)}

    def _lay_out(self, groups: list[Group], look: Look, room: pygame.Rect, page: int) -> GroupPage:
        """The page, with the headings beside the buttons where the column leaves room at its left."""
        top = room.top + (self.title_h + 24 if look.title else 10)
        gutter = room.left - content_rect(self.ctx).left
        return lay_out_groups(self.ctx, groups, pygame.Rect(room.left, top, room.width, room.bottom - top),
                              page, look.headings, gutter)

    def _fitting_look(self, groups: dict[bool, list[Group]], room: pygame.Rect) -> Look:
        """The fullest look that puts on page 1, in this order of wishes: the whole list (with
        title and headings); everything due, the learning check and the first pack; what is
        due. For the last two the title, then the headings, make way, and last the labels of
        what is due get shorter (without the pack's name), before anything due goes to page 2."""
        due = {button_id for group in groups[False][:-1] for button_id, _ in group.items}
        packs = [button_id for button_id, _ in groups[False][-1].items]
        looks = [Look(title, headings, short) for short in (False, True)
                 for title, headings in ((True, True), (False, True), (True, False), (False, False))]
        wishes = ((due | set(packs), looks[:1]), (due | set(packs[:1]), looks), (due, looks))
        for wanted, tried in wishes:
            for look in tried:
                if wanted <= set(self._lay_out(groups[look.short], look, room, 0).first):
                    return look
        return looks[-1]

    def resume(self) -> None:
        """Back from a round (or anything else): page 1 again, where what is due now is, with
        the focus where it was if that button is there (else on the first)."""
        was = self.buttons[self.focus].id if 0 <= self.focus < len(self.buttons) else None
        self.list_page = 0
        self.layout()
        ids = [b.id for b in self.buttons]
        self.focus = ids.index(was) if was in ids and not was.startswith("list:") else 0

    # Each item below is (button id, {False: label, True: short label}).

    def _resume_item(self) -> list[tuple[str, dict[bool, str]]]:
        """The round this player left last, to carry on (one: the others come up in turn)."""
        left = [(found, pack) for pack in self.ctx.packs() if (found := self._left_over(pack))]
        if not left:
            return []
        (_, scenarios), pack = max(left, key=lambda item: item[0][0])
        values = {"title": pack.shown_title(self.ctx.lang), "done": len(pack.scenarios) - len(scenarios),
                  "n": len(pack.scenarios)}
        return [(f"resume:{pack.info.id}", {False: self.t("pack.resume", **values),
                                            True: self.t("pack.resume_short", **values)})]

    def _due_item(self, attempts: list[dict]) -> list[tuple[str, dict[bool, str]]]:
        """Practise again: the first pack (in list order) with missed scenarios whose day has
        come; the next one comes up when it is done."""
        due = self._due(attempts)
        for pack in self.ctx.packs():
            if due.get(pack.info.id):
                values = {"n": len(due[pack.info.id]), "title": pack.shown_title(self.ctx.lang)}
                return [(f"due:{pack.info.id}", {False: self.t("pack.review_due", **values),
                                                 True: self.t("pack.review_due_short", **values)})]
        return []

    def _review_item(self) -> list[tuple[str, dict[bool, str]]]:
        if self.ctx.profile and self.ctx.store.missed(self.ctx.profile):
            return [("review", {False: self.t("title.review"), True: self.t("title.review")})]
        return []

    def _check_item(self, attempts: list[dict]) -> list[tuple[str, dict[bool, str]]]:
        """The learning check's next test: before practice, then after it."""
        pack = self.ctx.check_pack()
        if pack is None or self.ctx.profile is None:
            return []
        kind = next_test(attempts, pack.info.id)
        n = len(check_test_items(pack, kind))
        return [(f"check:{kind}", {False: self.t(f"pack.check_{kind}", n=n), True: self.t(f"pack.check_{kind}_short", n=n)})]

    def _due(self, attempts: list[dict] | None = None) -> dict[str, list[str]]:
        """Pack id -> ids of missed scenarios due again today (see ``game.core.review``)."""
        from datetime import datetime

        from game.core.review import due_now

        if self.ctx.profile is None:
            return {}
        if attempts is None:
            attempts = self.ctx.store.attempts(self.ctx.profile)
        due: dict[str, list[str]] = {}
        for item in due_now(attempts, datetime.fromisoformat(self.ctx.store.now())):
            due.setdefault(item.pack_id, []).append(item.scenario_id)
        return due

    def _messages(self) -> list[str]:
        """What is wrong with each pack that cannot be played, or that there are none."""
        messages = [] if self.ctx.packs() else [self.t("pack.none")]
        for status in self.ctx.statuses:
            if not status.ok:
                first = describe(status.problems[0], self.ctx.lang) if status.problems else status.folder.name
                messages.append(f"{status.folder.name} — {self.t('pack.unavailable', problem=first)}")
        if len(messages) > MAX_MESSAGES:   # the list of packs that do work must keep its room
            messages = messages[:MAX_MESSAGES - 1] + [self.t("pack.more_broken", n=len(messages) - MAX_MESSAGES + 1)]
        return messages

    def _messages_height(self, width: int) -> int:
        size = self.ctx.theme.small
        return sum(self.ctx.text.block_height(m, size, width) + 8 for m in self._messages()) + (24 if self._messages() else 0)

    def activate(self, button_id: str) -> None:
        kind, _, value = button_id.partition(":")
        packs = {p.info.id: p for p in self.ctx.packs()}
        if kind == "resume":
            round_id, scenarios = self._left_over(packs[value])
            self.finish(ResumeRound(packs[value], round_id, scenarios))
        elif kind == "check":
            self.finish(TakeCheck(self.ctx.check_pack(), value))
        elif kind == "review":
            self.finish(Review())
        elif kind == "due":
            self.finish(Review(value, self._due().get(value, [])))
        elif kind == "pack":
            self.finish(PlayPack(packs[value]))
        elif kind == "problems":
            self.finish(ShowProblems())

    def _left_over(self, pack):
        """(round id, scenarios not yet answered) of a round this player left, or None."""
        if self.ctx.profile is None:
            return None
        found = self.ctx.store.unfinished_round(self.ctx.profile, pack.info.id)
        if found is None:
            return None
        left = [s for s in pack.scenarios if s.id not in found[1]]
        return (found[0], left) if left else None

    def draw_content(self, surface) -> None:
        ctx, theme = self.ctx, self.ctx.theme
        area = content_rect(ctx)
        width = self.scaled_width(900, area)
        left = area.centerx - width // 2
        if self.show_title:
            ctx.text.draw_block(surface, self.t("pack.title"), pygame.Rect(left, area.top + 10, width, self.title_h),
                                theme.heading, theme.text, bold=True)
        for heading, rect in self.headings:   # beside the buttons (right-aligned to them), or above
            ctx.text.draw_block(surface, heading, rect, heading_size(ctx), theme.focus, bold=True,
                                align="right" if rect.right <= left else "left")
        y = area.bottom - self._messages_height(width) + 24
        for message in self._messages():
            colour = theme.bad
            y += ctx.text.draw_block(surface, message, pygame.Rect(left, y, width, area.bottom - y), theme.small, colour) + 8

