"""The texts of the returning player's home screen and of the research sentence after a round,
in both languages, apart from the other interface texts (``game.core.strings.t`` finds them).

The ``research.*`` sentences quote only figures from the project's design notes
(/work/shared/design-notes.md, "2026 update"): a meta-analysis of 56 studies (N = 86,155)
puts people at 55.5 % on deepfakes overall and 62 % on audio; Barrington, Cooper & Farid 2025
found listeners take a voice clone for the same person about 80 % of the time.
"""
from __future__ import annotations

HOME_STRINGS: dict[str, dict[str, str]] = {
    "home.title": {"zh": "{name}，这些是你练过的安全习惯", "en": "{name}, these are the safe habits you have practised"},
    "home.habit.call_back": {"zh": "挂断，用存好的号码回拨", "en": "Hung up and called back on a number you trust"},
    "home.habit.ask_check": {"zh": "问暗号，或只有本人知道的事", "en": "Asked the secret word, or something only they know"},
    "home.habit.keep_code": {"zh": "验证码谁要都不给", "en": "Gave no code away"},
    "home.habit.keep_money": {"zh": "不在催促下转钱，或挂断", "en": "Moved no money under pressure, or hung up"},
    "home.habit_short.call_back": {"zh": "回拨核实", "en": "Called back"},
    "home.habit_short.ask_check": {"zh": "问暗号", "en": "Asked the secret word"},
    "home.habit_short.keep_code": {"zh": "不给验证码", "en": "Kept the code"},
    "home.habit_short.keep_money": {"zh": "不转钱", "en": "Kept the money"},
    "home.habit_line": {"zh": "{habit}：{times}", "en": "{habit}: {times}"},
    "home.times": {"zh": "{n} 次", "en": "{n} times"},
    "home.times_one": {"zh": "1 次", "en": "once"},
    "home.times_none": {"zh": "还没练过", "en": "not yet"},
    "home.so_far": {"zh": "到现在为止", "en": "So far"},
    "home.days": {"zh": "练习过的天数：{n} 天", "en": "Days you have practised: {n}"},
    "home.mistakes": {"zh": "还要复习的题：{n} 道", "en": "Mistakes left to review: {n}"},
    "home.mistakes_none": {"zh": "没有要复习的题", "en": "No mistakes left to review"},
    "home.due_today": {"zh": "下次再练：今天", "en": "Practise again: today"},
    "home.due_on": {"zh": "下次再练：{month} 月 {day} 日", "en": "Practise again on {day} {month_name}"},
    "home.due_none": {"zh": "还没有要再练的题", "en": "Nothing waiting to be practised again"},
    "home.practise": {"zh": "继续练习", "en": "Carry on practising"},
    "home.practise_short": {"zh": "继续练习", "en": "Carry on"},
    "home.next": {"zh": "下一页 {i}/{n}", "en": "Next {i}/{n}"},
    "home.review": {"zh": "复习做错的题", "en": "Review my mistakes"},
    "home.someone_else": {"zh": "不是我", "en": "Someone else"},
    "research.good_eyes": {
        "zh": "眼力好，也会看漏做得好的假视频：56 项研究合起来看，人们判断深度伪造只有约 55.5% 的时候是对的。保护你的是核实。",
        "en": "Good eyes still miss good fakes: across 56 studies, people judged deepfakes right only about 55.5% of the time. What protects you is checking."},
    "research.most_miss": {
        "zh": "大多数人也看不出来：56 项研究合起来看，人们判断深度伪造只有约 55.5% 的时候是对的，听声音约 62%。保护你的不是眼力，是核实。",
        "en": "Most people miss them too: across 56 studies, people judged deepfakes right only about 55.5% of the time, and voices about 62%. Checking is what protects you."},
    "research.voices": {
        "zh": "研究发现，人们约 80% 的时候会把克隆的声音当成本人。挂断后用存好的号码回拨，才能保护你。",
        "en": "In a study, listeners took a cloned voice for the real person about 80% of the time. Hanging up and calling back on a saved number is what protects you."},
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
