"""Writes a pack built to break every rule of the strategy audit (the kind an outside author
might write without noticing): real calls ring again, fakes never do; fakes glitch and ask
for money, reals do neither; the safe option is always the longest; refusing is always safe
on fakes and the wave test exposes every fake."""
from __future__ import annotations

from pathlib import Path

PACK = """id: leaky
version: 1
title: {zh: 漏洞百出, en: Leaky}
languages: [zh, en]
author: tests
licence: CC-BY-4.0
"""

CALL = """id: {sid}
category: cloned_voice_emergency
difficulty: 1
truth: {truth}
title: {{zh: 来电, en: A call}}
clip: {{kind: call, caption: {{zh: 有人打来视频。, en: A video call.}}}}
call:
  channel: video
  caller: {{id: caller, name: {{zh: 来电人, en: Caller}}, number: "1", voice: {{lang: zh}}}}
  start: hello
{decline}  nodes:
    hello:
      say: [{{text: {{zh: 你好。, en: Hello.}}}}]
      choices:
        - {{text: {{zh: 请他挥挥手, en: Ask for a wave}}, move: ask_wave_hand, next: wave}}
        - {{text: {{zh: 挂断，报警, en: Hang up and report}}, move: refuse_report, next: {refused}}}
    wave:
      say: [{{text: {{zh: 好的。, en: All right.}}{effect}}}]
      choices:
        - {{text: {{zh: 挂断，报警, en: Hang up and report}}, move: refuse_report, next: {refused}}}
        - {{text: {{zh: 继续聊, en: Talk on}}, move: listen, next: {talk_next}}}
    again:
      say: [{{text: {{zh: 又打来了。, en: Ringing again.}}}}]
      choices:
        - {{text: {{zh: 继续聊, en: Talk on}}, move: listen, next: end}}
    end: {{outcome: verified, why: {{zh: 好。, en: Fine.}}}}
    refused: {{outcome: {refused_outcome}, why: {{zh: 好。, en: Fine.}}}}
tells: [{{text: {{zh: 看。, en: Look.}}}}]
pattern: {pattern}
actions:
  - prompt: {{zh: 怎么办？, en: What now?}}
    options:
      - {{text: {{zh: 先用存好的号码打回去问清楚再说, en: First call back on the saved number and ask}}, safe: true, why: {{zh: 对。, en: Right.}}}}
      - {{text: {{zh: 转钱, en: Pay}}, safe: false, why: {{zh: 错。, en: No.}}}}
      - {{text: {{zh: 不理, en: Ignore}}, safe: {refuse_safe}, why: {{zh: 看情况。, en: It depends.}}}}
explanation: {{zh: 说明。, en: Explained.}}
rights: [channel-110]
sources: ["test"]
"""


def write_leaky_pack(folder: Path, pairs: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(PACK, encoding="utf-8")
    for n in range(pairs):
        for truth in ("real", "manipulated"):
            fake = truth == "manipulated"
            text = CALL.format(
                sid=f"{truth[:4]}-{n}", truth=truth,
                decline="" if fake else "  decline: again\n",
                effect=", effect: smear" if fake else "",
                refused="refused", talk_next="again" if fake else "end", refused_outcome="safe" if fake else "real_refused",
                pattern="[money_request, urgency]" if fake else "[]",
                refuse_safe="true" if fake else "false")
            (folder / f"{truth[:4]}-{n}.yaml").write_text(text, encoding="utf-8")
    return folder
