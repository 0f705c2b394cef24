"""The words of a round's feedback, as sections: the verdict, the tells, the advice, a rights card.

Only what to say lives here; where it goes on screen is the round scene's business.
"""
from __future__ import annotations

from game.core.models import text_in
from game.core.vocab import MOVES, OUTCOMES, RED_FLAGS, truth_key
from game.ui.sections import Section


def label_in(labels: dict, lang: str) -> str:
    return labels.get(lang) or labels.get("en", "")


def verdict_sections(ctx, round_) -> list[Section]:
    answer, scenario, lang, t = round_.current_answer, round_.scenario, ctx.lang, ctx.t
    right = answer.judged_right
    flags = [label_in(RED_FLAGS.get(f, {}), lang) or f for f in scenario.pattern]
    ended = []
    if answer.call_outcome:
        label = label_in(OUTCOMES.get(answer.call_outcome, {}), lang)
        ended = [Section(f"{t('call.ended')}: {label}", "body", "good" if answer.call_score >= 1 else "bad", True)]
    return ended + [
        Section(t("feedback.right" if right else "feedback.wrong"), "heading", "good" if right else "bad", True, 4),
        Section(t("feedback.you_said", answer=t(f"judge.{answer.judgement}"),
                  level=t(f"confidence.{answer.confidence}")), "body", "muted"),
        Section(t(f"feedback.truth.{truth_key(scenario.truth, scenario.category)}"), "body", "text", True),
        Section(text_in(scenario.explanation, lang), "body"),
        Section(t("feedback.pattern"), "body", "focus", True, 4),
        Section("、".join(flags) if lang == "zh" else "; ".join(flags), "body") if flags
        else Section(t("feedback.no_pattern"), "body"),
    ]


def tell_sections(ctx, scenario) -> list[Section]:
    """What gave a fake away, or the innocent oddities of a real clip, numbered as on the picture."""
    sections = [Section(ctx.t(f"feedback.tells.{scenario.truth}"), "body", "focus", True, 6)]
    for number, tell in enumerate(scenario.tells, 1):
        moment = f" ({tell.at[0]:.1f}s)" if tell.at else ""
        sections.append(Section(f"{number}. {text_in(tell.text, ctx.lang)}{moment}", "small", "text", False, 4))
    return sections


def advice_sections(ctx, round_, callview) -> list[Section]:
    """What the player chose, and the safe choice where theirs was risky."""
    scenario, lang, t = round_.scenario, ctx.lang, ctx.t
    sections = call_advice_sections(ctx, callview) if callview is not None else []
    for question, chosen in zip(scenario.actions, round_.chosen_options):
        option = question.options[chosen]
        sections.append(Section(text_in(question.prompt, lang), "body", "muted", True, 4))
        key = "feedback.your_action.safe" if option.safe else "feedback.your_action.unsafe"
        sections.append(Section(t(key), "body", "good" if option.safe else "bad", True, 2))
        sections.append(Section(f"{text_in(option.text, lang)} — {text_in(option.why, lang)}", "body"))
        if not option.safe:
            best = next(o for o in question.options if o.safe)
            sections.append(Section(t("feedback.safe_action"), "body", "good", True, 2))
            sections.append(Section(f"{text_in(best.text, lang)} — {text_in(best.why, lang)}", "body"))
    return sections


def call_advice_sections(ctx, callview) -> list[Section]:
    """What the player did on the call, and what that ending teaches."""
    call, lang = callview.call, ctx.lang
    moves = [label_in(MOVES.get(m, {}), lang) for m in call.moves if m in MOVES]
    label, why = callview.ending()
    good = call.score >= 1.0
    joined = " → ".join(moves) if moves else ctx.t("call.decline")
    sections = [Section(ctx.t("call.your_moves"), "body", "muted", True, 2), Section(joined, "body"),
                Section(label, "body", "good" if good else "bad", True, 2), Section(why, "body")]
    if not good:
        sections.append(Section(ctx.t("results.habit"), "body", "focus"))
    return sections


def call_ending_sections(ctx, callview) -> list[Section]:
    label, why = callview.ending()
    good = callview.call.score >= 1.0
    return [Section(ctx.t("call.ended"), "heading", "text", True),
            Section(label, "heading", "good" if good else "bad", True), Section(why, "body")]


def rights_sections(ctx, card, index: int, count: int) -> list[Section]:
    """One rights card: the law and article in plain words, what you can do, where to report.
    (Its source and how it was checked are for authors: kept in rights.yaml, not shown.)"""
    lang, t = ctx.lang, ctx.t
    return [
        Section(f"{t('rights.heading')} · {t('rights.more', i=index + 1, n=count)}", "small", "muted", False, 4),
        Section(text_in(card.title, lang), "heading", "focus", True, 4),
        Section(f"{text_in(card.law, lang)} {text_in(card.article, lang)}", "small", "muted", False, 10),
        Section(text_in(card.summary, lang), "body"),
        Section(t("rights.you_can"), "body", "good", True, 2),
        Section(text_in(card.you_can, lang), "body"),
        Section(t("rights.report"), "body", "good", True, 2),
        Section(text_in(card.report, lang), "body", "text", False, 0),
    ]
