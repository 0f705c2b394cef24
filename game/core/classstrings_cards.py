"""The texts of a classroom round answered on printed cards (the setup, the answer steps with
the grid of card numbers, the reveal's shares), in both languages, apart from the other
interface texts (``game.core.strings.t`` finds them).

The card itself is printed in both languages (真的 Real on edge A, AI伪造 AI-made on edge C),
so the projector names those two answers as the card does, in both.
"""
from __future__ import annotations

CLASS_CARD_STRINGS: dict[str, dict[str, str]] = {
    # --- the setup ---
    "class.entry.cards": {"zh": "每人举答题卡", "en": "everyone holds up a card"},
    "class.cards.camera": {"zh": "摄像头：{status}", "en": "Camera: {status}"},
    "class.cards.count": {"zh": "答题卡：{n} 张，这样分给各队：{teams}", "en": "Answer cards: {n}, handed out as {teams}"},
    "class.cards.print": {"zh": "打印答题卡", "en": "Print the cards"},
    "class.cards.preview": {"zh": "摄像头预览", "en": "Camera preview"},
    "class.cards.names": {"zh": "答题卡上的名字（{n} 个）", "en": "Names for cards ({n} typed)"},
    "class.cards.checking": {"zh": "正在检查摄像头…", "en": "checking the camera…"},
    "class.cards.camera_ok": {"zh": "可以用", "en": "it works"},
    "class.cards.unavailable": {"zh": "用不了（{reason}）。选这一行再查一次", "en": "unavailable ({reason}). Choose this to check again"},
    "class.cards.need_camera": {"zh": "答题卡要有能用的摄像头：请换成按键或老师输入。",
                                "en": "Cards need a working camera: choose team keys or the teacher."},
    "class.cards.wait_camera": {"zh": "还在检查摄像头，请稍等再开始。",
                                "en": "Still checking the camera: start again in a moment."},
    # --- while the room answers ---
    "class.cards.real": {"zh": "真的 Real", "en": "真的 Real"},          # as printed on the card's edge A
    "class.cards.ai": {"zh": "AI伪造 AI-made", "en": "AI伪造 AI-made"},  # and on its edge C
    "class.cards.edge": {"zh": "{edge} 朝上：{text}", "en": "{edge} on top: {text}"},
    "class.cards.hint": {"zh": "把你的答案转到上面，举高，等号码亮起。",
                         "en": "Turn your answer to the top and hold the card up until its number lights."},
    "class.cards.team_read": {"zh": "{team} 已读 {n}/{total}", "en": "{team} {n}/{total} read"},
    "class.cards.duplicate": {"zh": "{cards} 号卡同时出现两张：请看看谁拿错了。",
                              "en": "Card {cards} is seen twice at once: check who holds which."},
    "class.cards.camera_failed": {"zh": "摄像头停了（{reason}），已读的答案都保留",
                                  "en": "The camera stopped ({reason}); the answers read are kept"},
    "class.cards.to_teacher": {"zh": "改成老师输入", "en": "Type the answers"},
    "class.cards.footer": {"zh": "转动答题卡回答 · Enter 下一步 · Esc 离开",
                           "en": "Turn the cards to answer · Enter go on · Esc leave"},
    # --- the reveal ---
    "class.cards.judge_heading": {"zh": "全班的卡怎么判断（张数）", "en": "How the cards judged it (cards)"},
    "class.cards.action_heading": {"zh": "全班的卡会怎么做（张数）", "en": "What the cards would do (cards)"},
    "class.cards.share_note": {"zh": "共 {n} 张卡作答：{shares}", "en": "{n} cards answered: {shares}"},
    "class.cards.share": {"zh": "{label} {p}%", "en": "{label} {p}%"},
    "class.cards.team_judged": {"zh": "{n}/{total} 说对真假", "en": "{n} of {total} right on real or AI"},
    "class.cards.team_safe": {"zh": "{n}/{total} 选了安全做法", "en": "{n} of {total} chose a safe action"},
    "class.cards.team_none": {"zh": "还没读到这个队的卡", "en": "no card of this team read yet"},
    "class.cards.scoring": {"zh": "每队得分 = 本队已读答题卡的平均分（说对真假 4 分，安全做法 6 分），不看快慢。",
                            "en": "A team's points are the mean of its cards' points (4 for a right call, "
                                  "6 for a safe action). Speed earns nothing."},
}
