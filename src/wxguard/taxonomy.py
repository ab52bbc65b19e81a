"""The wxguard taxonomy: labels, sub-categories, severities and the regulation clauses they enforce.

This module is the single source of truth for label order, sub-category names and clause text;
everything else (rules, model config, fusion, CLI, training) reads it. The taxonomy follows the
annotation guideline ``LABELS.md`` (v1); clauses paraphrase the "单位微信群管理规定" /
"公司微信群安全管理制度" documents the guideline was derived from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType

__all__ = [
    "GUIDELINE_VERSION",
    "LABELS",
    "SUB_LABELS",
    "CATEGORIES",
    "Category",
    "FORCE_SCORE",
    "RESIDUAL_LABEL",
    "Clause",
    "Severity",
    "label_of",
    "subs_of",
]

GUIDELINE_VERSION = "1"


class Severity(IntEnum):
    """How urgently a moderator should act on a label (higher = more urgent)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(frozen=True)
class Clause:
    """A regulation clause: the topic heading it sits under and a paraphrase of the rule."""

    id: str
    topic: str
    rule: str
    source: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "topic": self.topic, "rule": self.rule, "source": self.source}


@dataclass(frozen=True)
class Category:
    """A top-level label with its sub-categories (name -> description), severity and clauses."""

    label: str
    zh: str
    summary: str
    severity: Severity
    subs: MappingProxyType  # sub name -> one-line description, in guideline order
    clauses: tuple[Clause, ...]

    @property
    def sub_labels(self) -> tuple[str, ...]:
        return tuple(f"{self.label}/{sub}" for sub in self.subs)


_UNIT = "单位微信群管理规定"
_FIRM = "公司微信群安全管理制度"

_CATEGORIES = (
    Category(
        label="confidential",
        zh="单位机密 / 敏感信息",
        summary="discloses or forwards the organisation's secrets",
        severity=Severity.HIGH,
        subs=MappingProxyType({
            "business_secret": (
                "unpublished financials, pricing, bids, contracts, strategy, personnel decisions"
            ),
            "customer_data": "customer lists or records",
            "credentials": "passwords, keys, server / VPN access",
            "internal_document": "files marked 机密 / 绝密 / 内部, or screenshots of them",
            "technical_secret": "source code, designs, vulnerabilities",
        }),
        clauses=(
            Clause("confidential.1", "信息保密",
                   "群内涉及单位机密、敏感信息的内容严禁转发、截图或传播给无关人员。", _UNIT + " 三、1"),
            Clause("confidential.2", "群组内容 / 信息安全",
                   "严禁发布涉密信息；群内信息不得随意转发、泄露，涉及公司机密应采取加密措施。",
                   _FIRM + " 第五条、第六条"),
        ),
    ),
    Category(
        label="privacy",
        zh="个人隐私",
        summary="discloses a specific person's private data",
        severity=Severity.HIGH,
        subs=MappingProxyType({
            "id_number": "resident ID or passport numbers",
            "phone": "a person's mobile number",
            "bank_card": "bank card numbers",
            "address": "home addresses",
            "salary": "pay, bonus or benefits of identifiable people",
            "health": "medical records, check-up results",
            "family_personal": "marriage, family or private life of a named person",
            "performance": "named appraisal or disciplinary records",
        }),
        clauses=(
            Clause("privacy.1", "信息保密",
                   "涉及个人隐私的信息（如员工薪资、福利）应严格保密，不得在群内讨论。", _UNIT + " 三、2"),
            Clause("privacy.2", "信息安全",
                   "成员应自觉保护个人信息，不得在群内公开个人隐私。", _FIRM + " 第六条"),
        ),
    ),
    Category(
        label="illegal_vulgar",
        zh="违法违规 / 低俗 / 攻击",
        summary="sex, gambling, drugs, fraud, violence, malware, insults",
        severity=Severity.HIGH,
        subs=MappingProxyType({
            "porn": "sexual content, solicitation",
            "gambling": "betting, gambling platforms",
            "drugs": "illegal drugs",
            "fraud": "scams, 刷单, fake refunds, phishing",
            "violence": "threats, weapons, terror",
            "cyber": "malware, hacking, cheats (外挂)",
            "abuse": "insults, personal attacks, hate, discrimination, 引战",
        }),
        clauses=(
            Clause("illegal_vulgar.1", "文明交流",
                   "群内交流应尊重他人，不得使用侮辱、攻击性语言；严禁发布黄、赌、毒等违法违规内容。",
                   _UNIT + " 四、1 / 四、3"),
            Clause("illegal_vulgar.2", "网络安全",
                   "不得在群内传播病毒、恶意软件，不得利用群组进行网络攻击或非法侵入他人计算机信息系统。",
                   _FIRM + " 第七条"),
            Clause("illegal_vulgar.3", "群组内容",
                   "严禁发布违法信息、低俗信息。", _FIRM + " 第五条"),
        ),
    ),
    Category(
        label="advertising",
        zh="广告 / 营销 / 引流",
        summary="commercial promotion, spam, lead generation",
        severity=Severity.MEDIUM,
        subs=MappingProxyType({
            "commercial": "products, shops, 代购, 微商, discounts",
            "lead_gen": "加微信 / 加V / 扫码 / 进群 / 私聊 to pull people elsewhere",
            "black_market": "paid posting, fake followers, 代发, grey 兼职 gigs",
            "finance": "loans, investment, insurance sales",
        }),
        clauses=(
            Clause("advertising.1", "群组内容",
                   "严禁发布垃圾广告。", _FIRM + " 第五条"),
            Clause("advertising.2", "群成员行为准则",
                   "不得发送垃圾广告，不得发表广告等与工作无关的内容。",
                   _UNIT + "（群成员行为准则、不发无关内容）"),
        ),
    ),
    Category(
        label="off_topic",
        zh="与工作无关",
        summary="harmless but unrelated to work (the residual label)",
        severity=Severity.LOW,
        subs=MappingProxyType({
            "chitchat": "small talk unrelated to work",
            "entertainment": "games, stars, sports, shows",
            "personal_life": "one's own private life, shopping, travel, family",
            "chain_message": "转发 chain letters, rumours, health myths",
        }),
        clauses=(
            Clause("off_topic.1", "群用途及信息发布",
                   "单位微信群主要用于工作交流、任务布置、通知传达等与工作相关的事项，信息应与工作密切相关。",
                   _UNIT + " 二、1 / 二、2"),
            Clause("off_topic.2", "话题范围 / 工作导向",
                   "应遵守群规定的话题范围，不得随意发表与工作无关的内容，不得散布谣言和不实消息。",
                   _UNIT + "（群成员行为准则）"),
        ),
    ),
)

CATEGORIES: MappingProxyType = MappingProxyType({c.label: c for c in _CATEGORIES})
LABELS: tuple[str, ...] = tuple(c.label for c in _CATEGORIES)
SUB_LABELS: tuple[str, ...] = tuple(s for c in _CATEGORIES for s in c.sub_labels)
_SUB_SET = frozenset(SUB_LABELS)
# The label that fires only when nothing else does (``wxguard.fuse``): chatter is the leftover category.
RESIDUAL_LABEL = "off_topic"
assert RESIDUAL_LABEL in LABELS
# A rule score that fires its label on its own (a checksummed ID, a Luhn-valid card, a precise lexicon term);
# the rules layer builds its scores against it and ``wxguard.fuse`` applies it.
FORCE_SCORE = 0.8


def label_of(sub_label: str) -> str:
    """The top-level label of ``"label/sub"``; ``ValueError`` for an unknown sub-category."""
    if sub_label not in _SUB_SET:
        raise ValueError(f"unknown sub-category {sub_label!r}; expected one of wxguard.taxonomy.SUB_LABELS")
    return sub_label.split("/", 1)[0]


def subs_of(label: str) -> tuple[str, ...]:
    """The ``"label/sub"`` names under a top-level label, in guideline order."""
    try:
        return CATEGORIES[label].sub_labels
    except KeyError:
        raise ValueError(f"unknown label {label!r}; expected one of {LABELS}") from None
