"""Choose a pack to play; broken packs are listed as unavailable with their first problem."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.core.learningcheck import check_test_items, next_test
from game.core.models import Scenario, text_in
from game.core.packs import Pack
from game.ui.chrome import content_rect
from game.ui.scene import Scene


MAX_MESSAGES = 3


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
class Review:
    """Practise again what was got wrong: everything, or the items of one pack due today."""
    pack_id: str | None = None
    scenario_ids: list[str] | None = None


class PackScene(Scene):
    name = "packs"

    def layout(self) -> None:
        area = content_rect(self.ctx)
        width = self.scaled_width(900, area)
        items = [(f"pack:{pack.info.id}",
                  f"{text_in(pack.info.title, self.ctx.lang)}  ·  {self.t('pack.count', n=len(pack.scenarios))}")
                 for pack in self.ctx.packs()]
        first = self._check_item("pre") + self._due_items()
        for pack in self.ctx.packs():
            left = self._left_over(pack)
            if left:
                done = len(pack.scenarios) - len(left[1])
                first.insert(0, (f"resume:{pack.info.id}", self.t("pack.resume", title=text_in(pack.info.title, self.ctx.lang),
                                                                   done=done, n=len(pack.scenarios))))
        items = first + items + self._check_item("post")
        if self.ctx.profile and self.ctx.store.missed(self.ctx.profile):
            items.append(("review", self.t("title.review")))
        self.title_h = self.ctx.text.block_height(self.t("pack.title"), self.ctx.theme.heading, width, True)
        bottom = area.bottom - self._messages_height(width)
        self.set_buttons(self.paged_column(items, area.centerx - width // 2, area.top + self.title_h + 24, width, bottom))

    def _check_item(self, kind: str) -> list[tuple[str, str]]:
        """The learning check's next test, where this player is due to take ``kind``."""
        pack = self.ctx.check_pack()
        if pack is None or self.ctx.profile is None:
            return []
        if next_test(self.ctx.store.attempts(self.ctx.profile), pack.info.id) != kind:
            return []
        return [(f"check:{kind}", self.t(f"pack.check_{kind}", n=len(check_test_items(pack, kind))))]

    def _due_items(self) -> list[tuple[str, str]]:
        """Practise again: one line per pack with missed scenarios whose day has come."""
        titles = {p.info.id: text_in(p.info.title, self.ctx.lang) for p in self.ctx.packs()}
        return [(f"due:{pack_id}", self.t("pack.review_due", n=len(ids), title=titles[pack_id]))
                for pack_id, ids in self._due().items() if pack_id in titles]

    def _due(self) -> dict[str, list[str]]:
        """Pack id -> ids of missed scenarios due again today (see ``game.core.review``)."""
        from datetime import datetime

        from game.core.review import due_now

        if self.ctx.profile is None:
            return {}
        due: dict[str, list[str]] = {}
        for item in due_now(self.ctx.store.attempts(self.ctx.profile), datetime.fromisoformat(self.ctx.store.now())):
            due.setdefault(item.pack_id, []).append(item.scenario_id)
        return due

    def _messages(self) -> list[str]:
        """What is wrong with each pack that cannot be played, or that there are none."""
        messages = [] if self.ctx.packs() else [self.t("pack.none")]
        for status in self.ctx.statuses:
            if not status.ok:
                first = _short(status.problems[0]) if status.problems else status.folder.name
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
        ctx.text.draw_block(surface, self.t("pack.title"), pygame.Rect(left, area.top + 10, width, self.title_h),
                            theme.heading, theme.text, bold=True)
        y = area.bottom - self._messages_height(width) + 24
        for message in self._messages():
            colour = theme.bad
            y += ctx.text.draw_block(surface, message, pygame.Rect(left, y, width, area.bottom - y), theme.small, colour) + 8


def _short(problem) -> str:
    """A problem with only the file's name, so it fits on screen."""
    name = problem.path.replace("\\", "/").rsplit("/", 1)[-1]
    hint = f" ({problem.hint})" if problem.hint else ""
    return f"{name}:{problem.line}:{problem.col}: {problem.message}{hint}"
