"""Record the shipped model's outputs on fixed messages (tests/data/default_model_pins.json).

Run after replacing src/wxguard/models/default/; tests/test_default_model.py then checks that the
runtime reproduces these probabilities (np.allclose), so an accidental change to tokenisation,
normalisation or the graph is caught.
"""

from __future__ import annotations

import json
from pathlib import Path

from wxguard.model import DEFAULT_MODEL_DIR, OnnxClassifier, model_input

MESSAGES = [
    "各位，明天上午9点在3楼会议室开项目周会，请准时参加",
    "这是Q3未公开的财报数据，大家先看看别外传",
    "小王身份证号是11010519491231002X，帮他订下机票",
    "你个废物，脑子进水了吧",
    "兼职刷单，日结300，有意私聊加V",
    "昨晚的球赛太精彩了，梅西那脚射门绝了",
    "请大家注意保密，文件不要外传",
    "加薇❤ 领取福利，🈷️入过万",
    "",
    "🙂🙂🙂",
]


def main() -> None:
    model = OnnxClassifier(DEFAULT_MODEL_DIR, threads=1)
    probs = model.predict([model_input(m, model.input_normalization) for m in MESSAGES])
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "default_model_pins.json"
    payload = {"model_version": model.config.version,
               "pins": [{"text": m, "probs": [round(float(p), 6) for p in row]}
                        for m, row in zip(MESSAGES, probs, strict=True)]}
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} pins to {out}")


if __name__ == "__main__":
    main()
