"""The built-in lists scenario authors choose from: categories and red flags.

Each entry has a label in both languages; packs may add categories of their own
in ``pack.yaml`` (red flags are fixed, because the feedback screen explains each).
"""
from __future__ import annotations

CATEGORIES: dict[str, dict[str, str]] = {
    "faceswap_video_call": {"zh": "换脸视频通话借钱", "en": "Face-swapped video call asking for money"},
    "cloned_voice_emergency": {"zh": "克隆声音冒充家人求救", "en": "Cloned voice: family emergency"},
    "fake_official_safe_account": {"zh": "假冒公检法要求转入安全账户", "en": "Fake police or official: 'safe account'"},
    "fake_boss_conference": {"zh": "假冒领导或财务的视频会议", "en": "Fake boss or finance director in a meeting"},
    "fake_endorsement": {"zh": "假名人、假医生带货", "en": "Fake celebrity or doctor endorsement"},
    "ai_news_rumour": {"zh": "AI生成的新闻图片或谣言", "en": "AI-made news picture or rumour"},
    "ai_romance_profile": {"zh": "AI生成的交友或恋爱资料", "en": "AI-made romance or friend profile"},
    "likeness_misused": {"zh": "你的脸或声音被盗用", "en": "Your face or voice used without consent"},
    "labelled_ai_content": {"zh": "合法标注的AI内容", "en": "Lawful, labelled AI content"},
    "genuine_odd_media": {"zh": "看着可疑的真实内容", "en": "Genuine media that only looks odd"},
    "fake_customer_service": {"zh": "冒充客服退款、理赔", "en": "Fake customer service offering a refund"},
    "order_brushing_rebate": {"zh": "刷单返利、网络兼职", "en": "Order-brushing and 'easy money' tasks"},
    "screen_share_scam": {"zh": "骗你共享屏幕", "en": "Tricked into sharing your screen"},
}

# Short names for charts and tight lists, where the full name would not fit.
CATEGORY_SHORT: dict[str, dict[str, str]] = {
    "faceswap_video_call": {"zh": "换脸视频借钱", "en": "Face-swap call"},
    "cloned_voice_emergency": {"zh": "克隆声音求救", "en": "Cloned voice"},
    "fake_official_safe_account": {"zh": "假冒公检法", "en": "Fake police"},
    "fake_boss_conference": {"zh": "假领导会议", "en": "Fake boss meeting"},
    "fake_endorsement": {"zh": "假名人带货", "en": "Fake endorsement"},
    "ai_news_rumour": {"zh": "AI新闻谣言", "en": "AI news rumour"},
    "ai_romance_profile": {"zh": "AI交友资料", "en": "AI romance profile"},
    "likeness_misused": {"zh": "脸和声音被盗用", "en": "Your likeness misused"},
    "labelled_ai_content": {"zh": "标注的AI内容", "en": "Labelled AI content"},
    "genuine_odd_media": {"zh": "看着可疑的真内容", "en": "Genuine but odd"},
    "fake_customer_service": {"zh": "假客服退款", "en": "Fake refund"},
    "order_brushing_rebate": {"zh": "刷单返利", "en": "Order brushing"},
    "screen_share_scam": {"zh": "共享屏幕", "en": "Screen sharing"},
}

# A question for the room after each scenario of a community session, where the scenario has none of its own.
DISCUSSION: dict[str, dict[str, str]] = {
    "faceswap_video_call": {"zh": "如果朋友视频借钱，你会用哪个号码打回去核实？",
                            "en": "If a friend asks for money on video, which number would you call back to check?"},
    "cloned_voice_emergency": {"zh": "你和家人约定暗号了吗？今天回家就定一个吧。",
                               "en": "Have you agreed a secret word with your family? Choose one today."},
    "fake_official_safe_account": {"zh": "真警察会让你转钱到“安全账户”吗？遇到这样的电话，你找谁？",
                                   "en": "Would real police ask you to move money to a 'safe account'? Who would you call?"},
    "fake_boss_conference": {"zh": "你们单位付款前要走哪些步骤？谁能帮你核实？",
                             "en": "What steps does a payment take where you work? Who can help you check?"},
    "fake_endorsement": {"zh": "看到名人或医生推荐的产品，你怎么查它是不是真的？",
                         "en": "When a famous face or a doctor recommends a product, how could you check it?"},
    "ai_news_rumour": {"zh": "转发一条消息前，你会先看哪些地方？",
                       "en": "What do you look at before you forward a picture or a piece of news?"},
    "ai_romance_profile": {"zh": "网上认识的人开口要钱，你会先和谁商量？",
                           "en": "If someone you met online asks for money, who would you talk to first?"},
    "likeness_misused": {"zh": "如果有人用了你的脸或声音，你第一步做什么？",
                         "en": "If someone used your face or voice, what would you do first?"},
    "labelled_ai_content": {"zh": "看到“AI生成”的标识，你会怎么想？为什么标识是好事？",
                            "en": "What do you think when you see an 'AI-generated' label? Why is it a good sign?"},
    "genuine_odd_media": {"zh": "什么情况下，看着奇怪的视频或电话其实是真的？",
                          "en": "When is a video or a call that seems odd actually genuine?"},
    "fake_customer_service": {"zh": "“客服”打来说要给你退款，你会去哪里核实这笔订单？",
                              "en": "A 'customer service' call offers you a refund. Where would you check the order?"},
    "order_brushing_rebate": {"zh": "先给你返几块钱的“兼职”，为什么后来要你垫钱？",
                              "en": "A 'side job' first pays you a few yuan. Why does it later want you to pay in?"},
    "screen_share_scam": {"zh": "谁可以看你的手机屏幕？什么时候绝对不能共享？",
                          "en": "Who may see your phone screen? When must you never share it?"},
}

RED_FLAGS: dict[str, dict[str, str]] = {
    "urgency": {"zh": "催你马上行动", "en": "Pressure to act right now"},
    "secrecy": {"zh": "叫你别告诉别人", "en": "Told to keep it secret"},
    "new_account": {"zh": "要你转到新账户或“安全账户”", "en": "A new or 'safe' account to pay into"},
    "changed_number": {"zh": "说自己换了号码", "en": "Says the number has changed"},
    "bad_signal": {"zh": "说信号不好，改成打字", "en": "'Bad signal' — moves to text chat"},
    "short_video": {"zh": "视频很短，马上挂断", "en": "A very short video, then hangs up"},
    "money_request": {"zh": "开口要钱或转账", "en": "Asks for money or a transfer"},
    "verification_code": {"zh": "索要验证码或密码", "en": "Asks for a code or password"},
    "authority_pressure": {"zh": "冒充警察、法官或领导施压", "en": "Poses as police, a judge or a boss"},
    "too_good_to_be_true": {"zh": "好得不像真的", "en": "Too good to be true"},
    "emotional_pressure": {"zh": "用亲情、恐惧或感情逼你", "en": "Plays on love, fear or feelings"},
    "miracle_cure": {"zh": "包治百病的神药", "en": "A cure that heals everything"},
    "no_ai_label": {"zh": "AI内容没有标注", "en": "AI content without a label"},
    "unverified_source": {"zh": "来源不明，无法核实", "en": "Unknown source that cannot be checked"},
    "screen_share": {"zh": "要你共享屏幕", "en": "Asks you to share your screen"},
    "install_app": {"zh": "要你下载App或点链接", "en": "Asks you to install an app or open a link"},
    "personal_info": {"zh": "索要身份证、银行卡等信息", "en": "Asks for ID or bank card details"},
    "small_payout_first": {"zh": "先给点小甜头", "en": "Pays a little first to win trust"},
}

# Red flags that are a request: the item asks the player to give, pay or open something.
# Real relatives and real banks make requests too; the strategy audit counts them on both sides.
REQUEST_FLAGS = frozenset({"money_request", "verification_code", "new_account", "screen_share",
                           "install_app", "personal_info"})

# What a player can do on a call (the ``move`` of a choice).
MOVES: dict[str, dict[str, str]] = {
    "answer": {"zh": "接听", "en": "Answer"},
    "listen": {"zh": "继续听", "en": "Keep listening"},
    "ask_question": {"zh": "问只有本人知道的事", "en": "Ask something only they would know"},
    "ask_secret_word": {"zh": "问家庭暗号", "en": "Ask the family secret word"},
    "ask_wave_hand": {"zh": "请对方在脸前挥手", "en": "Ask them to wave a hand in front of the face"},
    "ask_turn_head": {"zh": "请对方转头", "en": "Ask them to turn their head"},
    "hang_up_call_back": {"zh": "挂断，用存好的号码回拨", "en": "Hang up and call back on the saved number"},
    "delay": {"zh": "先拖一拖，说要核实", "en": "Stall, saying you will check"},
    "refuse_report": {"zh": "拒绝并报警", "en": "Refuse and report"},
    "send_money": {"zh": "转钱", "en": "Send money"},
    "share_code": {"zh": "说出验证码", "en": "Share a code"},
    "help": {"zh": "帮忙", "en": "Help"},
    "check_official": {"zh": "在官方App或官方电话上核对", "en": "Check in the official app or on the official number"},
    "share_screen": {"zh": "共享屏幕", "en": "Share your screen"},
    "open_link": {"zh": "点链接或下载App", "en": "Open a link or install an app"},
}

# How a call can end, and what each ending is worth (as the action part of the score).
OUTCOMES: dict[str, dict] = {
    "safe": {"score": 1.0, "zh": "安全：没有受骗", "en": "Safe: nothing lost"},
    "verified": {"score": 1.0, "zh": "核实了：确实是本人", "en": "Checked: it really was them"},
    "declined": {"score": 1.0, "zh": "没有接听", "en": "Call declined"},
    "missed": {"score": 0.5, "zh": "错过了真的来电", "en": "A genuine call missed"},
    "checked_unsure": {"score": 0.5, "zh": "核实了一部分，还不确定", "en": "Checked a little, still unsure"},
    "money_lost": {"score": 0.0, "zh": "钱被骗走了", "en": "Money lost"},
    "code_shared": {"score": 0.0, "zh": "验证码泄露了", "en": "Code given away"},
    "real_refused": {"score": 0.5, "zh": "没核实就拒绝了真的来电", "en": "A genuine caller refused without checking"},
}

CONFIDENCE_LEVELS = ("guessing", "fairly_sure", "certain")

# The chance of being right a player means by each confidence level; used for
# the Brier score. "Guessing" on a two-way choice is a coin toss.
CONFIDENCE_PROBABILITY = {"guessing": 0.5, "fairly_sure": 0.75, "certain": 0.95}


def truth_key(truth: str, category: str) -> str:
    """How the answer is named: 'real', 'manipulated', or 'labelled' for honest, labelled AI content
    (AI-made, so "AI" is the right judgement, and lawful: the label is a good sign)."""
    return "labelled" if truth == "manipulated" and category == "labelled_ai_content" else truth


MAX_LISTED = 40   # past this many allowed values (a pack may add thousands of categories) none are listed


def suggest(value: str, allowed, fallback: str = "") -> str:
    """A hint for a value not in a vocabulary: the nearest allowed value, then all of them."""
    import difflib

    names = sorted(allowed)
    if len(names) > MAX_LISTED * 5:   # comparing with every name of a huge list hangs validation
        return fallback
    close = difflib.get_close_matches(str(value)[:200], names, n=1)
    listed = "allowed: " + ", ".join(names) if len(names) <= MAX_LISTED else fallback
    return f"did you mean '{close[0]}'? {listed}".strip() if close else listed or fallback
