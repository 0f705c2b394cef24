"""The texts of answer cards in a community session, in both languages: the setup's rows, the
camera preview, the card names screen, and the presenter's answer steps
(``game.core.strings.t`` finds them). The camera's reasons are kept short (``card.why.*``).
"""
from __future__ import annotations

CARD_UI_STRINGS: dict[str, dict[str, str]] = {
    # the setup
    "card.answers_hands": {"zh": "回答方式：举手", "en": "Answers: show of hands"},
    "card.answers_cards": {"zh": "回答方式：答题卡（{n} 张）", "en": "Answers: answer cards ({n} cards)"},
    "card.answers_checking": {"zh": "回答方式：答题卡（正在检查摄像头…）",
                              "en": "Answers: answer cards (checking the camera…)"},
    "card.answers_off": {"zh": "回答方式：答题卡（不能用：{why}）",
                         "en": "Answers: answer cards (not available: {why})"},
    "card.count": {"zh": "答题卡数量：{n} 张", "en": "Number of cards: {n}"},
    "card.print": {"zh": "打印答题卡", "en": "Print the cards"},
    "card.print_title": {"zh": "打印答题卡", "en": "Print the answer cards"},
    "card.paper": {"zh": "纸张：{paper}", "en": "Paper: {paper}"},
    "card.paper.a4": {"zh": "A4", "en": "A4"},
    "card.paper.letter": {"zh": "Letter（美国信纸）", "en": "Letter"},
    "card.paper.a3": {"zh": "A3（大厅用，卡更大）", "en": "A3 (for big halls: bigger cards)"},
    "card.per_page": {"zh": "每页印几张：{n}", "en": "Cards a page: {n}"},
    "card.print_size": {"zh": "{n} 张卡，中间的方块宽 {side} 厘米。一般的摄像头在 {near} 米内能认出（1080p 摄像头 {far} 米）。第一页是给主持人的说明。",
                        "en": "{n} cards, the square {side} cm across. A usual webcam reads them up to {near} m away "
                              "({far} m for a 1080p webcam). The first page is a guide for you."},
    "card.print_write": {"zh": "生成 PDF 文件", "en": "Write the PDF"},
    "card.preview": {"zh": "摄像头预览", "en": "Camera preview"},
    "card.names": {"zh": "答题卡上的名字（可以不填）：{n} 个", "en": "Names for cards (optional): {n}"},
    "card.not_ready": {"zh": "答题卡现在不能用：{why}", "en": "Answer cards cannot be used now: {why}"},
    "card.still_checking": {"zh": "还在检查摄像头，请稍等。", "en": "Still checking the camera: a moment, please."},
    # the camera's reasons, short
    "card.why.no_camera": {"zh": "没有找到摄像头", "en": "no camera found"},
    "card.why.stopped": {"zh": "摄像头没有画面了", "en": "the camera stopped sending pictures"},
    "card.why.no_opencv": {"zh": "没有安装 OpenCV", "en": "OpenCV is not installed"},
    "card.why.no_file": {"zh": "图片文件打不开", "en": "a picture file cannot be read"},
    "card.why.end": {"zh": "图片放完了", "en": "no more pictures"},
    "card.why.other": {"zh": "摄像头出错：{why}", "en": "camera error: {why}"},
    # the camera preview
    "card.preview_title": {"zh": "摄像头预览：举起答题卡，看能不能认出来",
                           "en": "Camera preview: hold up a card to see that it is read"},
    "card.preview_read": {"zh": "认出 {n} 张答题卡", "en": "{n} cards read"},
    "card.preview_read_one": {"zh": "认出 1 张答题卡", "en": "1 card read"},
    "card.preview_starting": {"zh": "正在打开摄像头…", "en": "Starting the camera…"},
    "card.preview_failed": {"zh": "摄像头用不了：{why}", "en": "The camera cannot be used: {why}"},
    "card.preview_keys": {"zh": "Esc 或 Enter 返回", "en": "Esc or Enter: back"},
    # the card names
    "card.names_prompt": {"zh": "答题卡上的名字，一行一个：先写卡号，空一格，再写名字",
                          "en": "Names for the cards, one per line: the card number, a space, the name"},
    "card.names_example": {"zh": "例如：3 王阿姨", "en": "For example: 3 Mrs Wang"},
    "card.names_understood": {"zh": "认出了 {n} 个名字", "en": "{n} names understood"},
    "card.names_understood_one": {"zh": "认出了 1 个名字", "en": "1 name understood"},
    "card.names_done": {"zh": "完成", "en": "Done"},
    "card.names_keys": {"zh": "Enter 换行 · Tab 再按 Enter 完成 · Esc 返回",
                        "en": "Enter new line · Tab, then Enter: done · Esc back"},
    # the presenter
    "card.vote_judge": {"zh": "请转动答题卡：是真的，还是AI伪造的？", "en": "Turn your card: real, or made by AI?"},
    "card.vote_action": {"zh": "请转动答题卡回答：", "en": "Turn your card to answer:"},
    "card.judge_edges": {"zh": "真的：A 朝上  ·  AI伪造：C 朝上",
                         "en": "真的 Real: A on top  ·  AI伪造 AI-made: C on top"},
    "card.option": {"zh": "{edge} 朝上 · {text}", "en": "{edge} on top · {text}"},
    "card.hint": {"zh": "把你的答案转到上面，举起答题卡。", "en": "Turn your answer to the top and hold the card up."},
    "card.read_count": {"zh": "已认出 {n} 张，共 {count} 张", "en": "{n} of {count} cards read"},
    "card.duplicate": {"zh": "注意：有两张答题卡都是 {cards} 号", "en": "Check: two cards show number {cards}"},
    "card.camera_lost": {"zh": "摄像头停了（{why}）：请用数字键输入人数",
                         "en": "The camera stopped ({why}): type the counts instead"},
    "card.room_judge": {"zh": "大家怎么判断（答题卡）", "en": "How the room judged it (cards)"},
    "card.room_action": {"zh": "大家会怎么做（答题卡）", "en": "What the room would do (cards)"},
    "card.keys_vote": {"zh": "Enter 继续 · B 上一步 · S 跳过 · 空格 揭晓",
                       "en": "Enter go on · B back · S skip · Space reveal"},
}
