"""The words of a round's feedback, as sections: the verdict, the tells, the advice, a rights card.

Only what to say lives here; where it goes on screen is the round scene's business.
"""
from __future__ import annotations

from game.core.models import text_in
from game.core.vocab import MOVES, OUTCOMES, RED_FLAGS, truth_key
from game.ui.sections import Section


def label_in(labels: dict, lang: str) -> str:
    return labels.get(lang) or labels.get("en", "")


def verdict_sections(ctx, round_, pattern: bool = True, callview=None, explain: bool = True) -> list[Section]:
    """Right or wrong and what the clip really was, and (``explain``) why; after a call, how it
    ended and what that teaches first; with ``pattern``, the red flags too."""
    answer, scenario, lang, t = round_.current_answer, round_.scenario, ctx.lang, ctx.t
    right = answer.judged_right
    ended = []
    if answer.call_outcome:
        label = label_in(OUTCOMES.get(answer.call_outcome, {}), lang)
        ended = [Section(f"{t('call.ended')}: {label}", "body", "good" if answer.call_score >= 1 else "bad", True, 2)]
        why = callview.ending()[1] if callview is not None else ""
        ended.append(Section(why, "body", "text", False, 12))
    result = t("feedback.right" if right else "feedback.wrong")
    truth = t(f"feedback.truth.{truth_key(scenario.truth, scenario.category)}")
    sections = ended + [
        Section(t("feedback.verdict", result=result, truth=truth), "heading", "good" if right else "bad", True),
        # what was counted, after any change of answer
        Section(t("feedback.you_said", answer=t(f"judge.{answer.judgement}"),
                  level=t(f"confidence.{answer.confidence}")), "body", "muted"),
    ] + ([Section(text_in(scenario.explanation, lang), "body")] if explain else [])
    return sections + (pattern_sections(ctx, scenario) if pattern else [])


def pattern_sections(ctx, scenario) -> list[Section]:
    """The scam's red flags (the tactics), or that there were none."""
    lang = ctx.lang
    flags = [label_in(RED_FLAGS.get(f, {}), lang) or f for f in scenario.pattern]
    return [Section(ctx.t("feedback.pattern"), "body", "focus", True, 4),
            Section("、".join(flags) if lang == "zh" else "; ".join(flags), "body") if flags
            else Section(ctx.t("feedback.no_pattern"), "body")]


def tell_sections(ctx, scenario) -> list[Section]:
    """What gave a fake away, or the innocent oddities of a real clip, numbered as on the picture."""
    sections = [Section(ctx.t(f"feedback.tells.{scenario.truth}"), "body", "focus", True, 6)]
    for number, tell in enumerate(scenario.tells, 1):
        moment = f" ({tell.at[0]:.1f}s)" if tell.at else ""
        sections.append(Section(f"{number}. {text_in(tell.text, ctx.lang)}{moment}", "small", "text", False, 4))
    return sections


def advice_sections(ctx, round_, callview, level: int = 3) -> list[Section]:
    """What the player chose, and the safe choice where theirs was risky.

    ``level`` says how much (see ``roundpages.Plan``): 0 and 1, the safe choice where the
    player's was risky (or that all were safe); 2 also the choices made, why the safe choice
    is safe, and the moves made on a call; 3 everything, each question and each why.
    """
    scenario, lang, t = round_.scenario, ctx.lang, ctx.t
    sections = call_advice_sections(ctx, callview) if callview is not None and level >= 2 else []
    chosen = [(q, q.options[i]) for q, i in zip(scenario.actions, round_.chosen_options)]
    if level < 2:   # in short: the safe choice for each risky one, under one heading
        risky = [next(o for o in q.options if o.safe) for q, option in chosen if not option.safe]
        if not risky:
            return sections + ([Section(t("feedback.all_safe"), "body", "good", True)] if chosen else [])
        heading = t("feedback.risky_then_safe_n", n=len(risky)) if len(risky) > 1 else t("feedback.risky_then_safe")
        sections.append(Section(heading, "body", "bad", True, 2))
        bullet = "· " if len(risky) > 1 else ""
        return sections + [Section(bullet + text_in(best.text, lang), "body", "text", False, 2) for best in risky]
    for question, option in chosen:
        best = next(o for o in question.options if o.safe)
        if level >= 3:
            sections.append(Section(text_in(question.prompt, lang), "body", "muted", True, 4))
        key = "feedback.your_action.safe" if option.safe else "feedback.your_action.unsafe"
        sections.append(Section(t(key), "body", "good" if option.safe else "bad", True, 2))
        said = f"{text_in(option.text, lang)} — {text_in(option.why, lang)}" if level >= 3 else text_in(option.text, lang)
        sections.append(Section(said, "body"))
        if not option.safe:
            sections.append(Section(t("feedback.safe_action"), "body", "good", True, 2))
            sections.append(Section(f"{text_in(best.text, lang)} — {text_in(best.why, lang)}", "body"))
    return sections


def call_advice_sections(ctx, callview) -> list[Section]:
    """What the player did on the call (how it ended is told with the verdict)."""
    call, lang = callview.call, ctx.lang
    moves = [label_in(MOVES.get(m, {}), lang) for m in call.moves if m in MOVES]
    joined = " → ".join(moves) if moves else ctx.t("call.decline")
    sections = [Section(ctx.t("call.your_moves"), "body", "muted", True, 2), Section(joined, "body")]
    if call.score < 1.0:
        sections.append(Section(ctx.t("results.habit"), "body", "focus"))
    return sections


def rights_sections(ctx, card) -> list[Section]:
    """One rights card: the law and article in plain words, what you can do, where to report.
    (Its source and how it was checked are for authors: kept in rights.yaml, not shown.)"""
    lang, t = ctx.lang, ctx.t
    return [
        Section(text_in(card.title, lang), "heading", "focus", True, 4),
        Section(f"{t('rights.heading')} · {text_in(card.law, lang)} {text_in(card.article, lang)}",
                "small", "muted", False, 10),
        Section(text_in(card.summary, lang), "body"),
        Section(t("rights.you_can"), "body", "good", True, 2),
        Section(text_in(card.you_can, lang), "body"),
        Section(t("rights.report"), "body", "good", True, 2),
        Section(text_in(card.report, lang), "body", "text", False, 0),
    ]


def rights_line(ctx, card, new: bool) -> str:
    """A card as one line that opens it: its title, marked when the player has not read it yet."""
    return ctx.t("rights.line_new" if new else "rights.line", title=text_in(card.title, ctx.lang))
