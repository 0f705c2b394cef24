"""What a returning player has learnt, worked out from their stored answers (the home screen).

Pure: ``summarise`` takes the rows of ``ProgressStore.attempts`` and a table of what each
scenario's choices practise (``habit_table``, built from the packs), and returns the figures
the home screen shows. Nothing here ranks, counts streaks or counts days missed.

The four protective habits, and what counts as practising one (once per answered scenario):

- ``call_back``: hung up and called back on a number the player trusts. A call move
  ``hang_up_call_back`` or ``check_official``; an action option chosen that says so.
- ``ask_check``: asked the family secret word, or something only the real person knows. A call
  move ``ask_secret_word`` or ``ask_question``; an action option chosen that says so.
- ``keep_code``: gave no code away when asked for one: every choice safe in a scenario whose
  script asks for a code (red flag ``verification_code``).
- ``keep_money``: moved no money under pressure, or hung up: every choice safe in a scenario
  whose script asks for money (``money_request``, ``new_account``); or the call move
  ``refuse_report``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from game.core.models import text_in
from game.core.review import missed_keys, schedule
from game.core.vocab import OUTCOMES

HABITS = ("call_back", "ask_check", "keep_code", "keep_money")

MOVE_HABITS = {"hang_up_call_back": "call_back", "check_official": "call_back",
               "ask_secret_word": "ask_check", "ask_question": "ask_check",
               "refuse_report": "keep_money"}

# Words in an action option (either language, lower case) that name a habit.
OPTION_WORDS = {
    "call_back": ("saved number", "call back", "calls back", "number you know", "number i know",
                  "official number", "official line", "directory number", "number you find",
                  "number on your card", "website number", "number from the map", "home landline",
                  "phone him first", "phone her first",
                  "存好的号码", "回拨", "打回去", "官方电话", "官方号码", "官方客服电话"),
    "ask_check": ("secret word", "ask the word", "only they", "only he", "only she",
                  "暗号", "只有本人", "只有他", "只有她"),
}

# A red flag in a scenario's script that asks for what the habit keeps.
PRESSURE_HABITS = {"verification_code": "keep_code", "money_request": "keep_money", "new_account": "keep_money"}

UNSAFE_MOVES = frozenset({"share_code", "send_money", "share_screen", "open_link"})


@dataclass(frozen=True)
class ScenarioHabits:
    """What the choices of one scenario practise: per action question, per option (in the
    file's order, as stored) the habits it names; and the habits a fully safe answer keeps."""
    options: tuple[tuple[frozenset, ...], ...] = ()
    pressure: frozenset = frozenset()


@dataclass(frozen=True)
class HomeSummary:
    habits: tuple[tuple[str, int], ...]   # (habit, times practised) in HABITS order
    days: int                             # distinct days with at least one answer
    answered: int                         # complete answers, every kind of round
    mistakes: int                         # scenarios whose latest practice answer was wrong or unsafe
    next_due: date | None                 # the next practise-again day; None: nothing scheduled
    due_today: bool                       # something is due today (or was due before)

    @property
    def has_history(self) -> bool:
        return self.answered > 0 or self.days > 0


def option_habits(texts: list[str]) -> frozenset:
    """The habits an action option names, from its text in each language."""
    words = " ".join(texts).lower()
    return frozenset(h for h, keys in OPTION_WORDS.items() if any(k in words for k in keys))


def habit_table(packs) -> dict[tuple[str, str], ScenarioHabits]:
    """(pack id, scenario id) -> what its choices practise, for every scenario of ``packs``."""
    table = {}
    for pack in packs:
        for scenario in pack.scenarios:
            options = tuple(tuple(option_habits([text_in(o.text, "zh"), text_in(o.text, "en")])
                                  for o in question.options) for question in scenario.actions)
            pressure = frozenset(PRESSURE_HABITS[f] for f in scenario.pattern if f in PRESSURE_HABITS)
            table[(pack.info.id, scenario.id)] = ScenarioHabits(options, pressure)
    return table


def _all_safe(attempt: dict) -> bool:
    outcome = attempt.get("call_outcome") or ""
    return (all(attempt["actions_safe"]) and not UNSAFE_MOVES & set(attempt.get("call_moves") or [])
            and (not outcome or OUTCOMES.get(outcome, {}).get("score", 0) >= 1))


def attempt_habits(attempt: dict, known: ScenarioHabits | None) -> set[str]:
    """The habits one complete answer practised (each at most once)."""
    found = {MOVE_HABITS[m] for m in attempt.get("call_moves") or [] if m in MOVE_HABITS}
    known = known or ScenarioHabits()
    for question, (option, safe) in enumerate(zip(attempt["actions"], attempt["actions_safe"])):
        if safe and question < len(known.options) and 0 <= option < len(known.options[question]):
            found |= known.options[question][option]
    if _all_safe(attempt):
        found |= known.pressure
    return found


def summarise(attempts: list[dict], now: datetime, table: dict[tuple[str, str], ScenarioHabits]) -> HomeSummary:
    """The home screen's figures from ``attempts`` (``ProgressStore.attempts`` rows, in order)."""
    counts = dict.fromkeys(HABITS, 0)
    complete = [a for a in attempts if a["complete"]]
    for attempt in complete:
        for habit in attempt_habits(attempt, table.get((attempt["pack_id"], attempt["scenario_id"]))):
            counts[habit] += 1
    days = {a["answered"][:10] for a in attempts}
    due = [item.due for item in schedule(attempts)]
    nearest = min(due) if due else None
    return HomeSummary(habits=tuple(counts.items()), days=len(days), answered=len(complete),
                       mistakes=len(missed_keys(attempts)), next_due=nearest.date() if nearest else None,
                       due_today=bool(nearest and nearest.date() <= now.date()))
