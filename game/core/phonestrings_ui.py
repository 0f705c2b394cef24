"""The texts of answers on phones in the room screens, in both languages: the setup's rows,
the join screen on the projector, the counts while the room answers, and the notices
(``game.core.strings.t`` finds them)."""
from __future__ import annotations

PHONE_UI_STRINGS: dict[str, dict[str, str]] = {
    # the setup
    "phone.setup_off": {"zh": "用手机回答：关", "en": "Answers on phones: off"},
    "phone.setup_on": {"zh": "用手机回答：开", "en": "Answers on phones: on"},
    "phone.no_network": {"zh": "——电脑没连上网络，手机进不来：请连上房间的 Wi-Fi，或打开电脑的热点",
                         "en": "— this laptop is on no network, phones cannot reach it: join the room's Wi-Fi "
                               "or turn on the laptop's hotspot"},
    "phone.port": {"zh": "端口：{port}（地址 {address}）", "en": "Port: {port} (address {address})"},
    # the join screen
    "phone.join_title": {"zh": "用手机加入", "en": "Join on your phone"},
    "phone.join_scan": {"zh": "扫二维码，或在浏览器输入：", "en": "Scan the code, or go to:"},
    "phone.join_code": {"zh": "房间号", "en": "Room code"},
    "phone.join_wifi": {"zh": "手机要连这里的 Wi-Fi。", "en": "Your phone must be on this room's Wi-Fi."},
    "phone.joined": {"zh": "已加入：{n} 部手机", "en": "Joined: {n} phones"},
    "phone.join_names": {"zh": "{names} 等", "en": "{names} and more"},
    "phone.join_close": {"zh": "开始 (J)", "en": "Start (J)"},
    "phone.join_button": {"zh": "手机加入 (J)", "en": "Phones join (J)"},
    # while the room answers
    "phone.counts": {"zh": "{joined} 部手机已加入 · {answered} 部已回答", "en": "{joined} phones joined · {answered} answered"},
    "phone.where": {"zh": "{url} · 房间号 {code}", "en": "{url} · code {code}"},
    # the community reveal, with phones beside hands or cards
    "phone.room_judge": {"zh": "大家怎么判断（举手和手机）", "en": "How the room judged it (hands and phones)"},
    "phone.room_action": {"zh": "大家会怎么做（举手和手机）", "en": "What the room would do (hands and phones)"},
    "phone.card.room_judge": {"zh": "大家怎么判断（答题卡和手机）", "en": "How the room judged it (cards and phones)"},
    "phone.card.room_action": {"zh": "大家会怎么做（答题卡和手机）", "en": "What the room would do (cards and phones)"},
    # the classroom's reveal and scoreboard with phones
    "phone.judge_heading": {"zh": "全班怎么判断（卡和手机）", "en": "How the class judged it (cards and phones)"},
    "phone.action_heading": {"zh": "全班会怎么做（卡和手机）", "en": "What the class would do (cards and phones)"},
    "phone.share_note": {"zh": "共 {n} 个回答：{shares}", "en": "{n} answered: {shares}"},
    "phone.scoring": {"zh": "每队得分 = 本队成员（答题卡和手机）的平均分（说对真假 4 分，安全做法 6 分）；没有成员回答的队按自己的回答算。不看快慢。",
                      "en": "A team's points = the mean of its members (cards and phones): 4 for the right call, 6 for a "
                            "safe action; a team with no member answering scores its own answer. Speed never counts."},
    # notices
    "phone.no_server": {"zh": "手机回答没有打开：{why}。本场不用手机，继续进行。",
                        "en": "Answers on phones did not start: {why}. The session goes on without phones."},
    "phone.why.port": {"zh": "端口 {port} 已被占用，请在设置里换一个", "en": "port {port} is taken: choose another in the setup"},
    "phone.why.other": {"zh": "{why}", "en": "{why}"},
}
