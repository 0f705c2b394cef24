"""The texts of the answer-card part of the organiser's report, in both languages, apart from the
other interface texts (``game.core.strings.t`` finds them)."""
from __future__ import annotations

CARD_REPORT_STRINGS: dict[str, dict[str, str]] = {
    "cards.report.title": {"zh": "答题卡", "en": "Answer cards"},
    "cards.report.count": {"zh": "{n} 张答题卡作答（共发出 {handed} 张）",
                           "en": "{n} answer cards took part ({handed} handed out)"},
    "cards.report.count_one": {"zh": "{n} 张答题卡作答（共发出 {handed} 张）",
                               "en": "{n} answer card took part ({handed} handed out)"},
    "cards.report.questions": {"zh": "每道题（答题卡）", "en": "Question by question (answer cards)"},
    "cards.report.question_line": {"zh": "{title}：{right} 判断对，{safe} 选了安全做法（{n} 张卡）",
                                   "en": "{title}: {right} judged right, {safe} chose a safe action ({n} cards)"},
    "cards.report.question_line_one": {"zh": "{title}：{right} 判断对，{safe} 选了安全做法（{n} 张卡）",
                                       "en": "{title}: {right} judged right, {safe} chose a safe action ({n} card)"},
    "cards.report.before_after": {"zh": "练习前后对比（答题卡，{n} 张卡前后都作答）",
                                  "en": "Before and after practice (answer cards: {n} answered both)"},
    "cards.report.before_after_one": {"zh": "练习前后对比（答题卡，{n} 张卡前后都作答）",
                                      "en": "Before and after practice (answer cards: {n} answered both)"},
    "cards.report.none_both": {"zh": "没有答题卡在练习前和练习后都作答。",
                               "en": "No answer card answered both before and after practice."},
    "cards.report.per_card": {"zh": "每张卡", "en": "Card by card"},
    "cards.report.card": {"zh": "卡号", "en": "Card"},
    "cards.report.name": {"zh": "名字", "en": "Name"},
    "cards.report.team": {"zh": "队", "en": "Team"},
    "cards.report.before_right": {"zh": "练习前判断对", "en": "Before: judged right"},
    "cards.report.after_right": {"zh": "练习后判断对", "en": "After: judged right"},
    "cards.report.judged_right": {"zh": "判断对", "en": "Judged right"},
    "cards.report.safe": {"zh": "安全做法", "en": "Safe actions"},
    "cards.report.of": {"zh": "{right} / {n}", "en": "{right} of {n}"},
}
