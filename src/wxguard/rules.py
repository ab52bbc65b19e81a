"""The rules layer: normalise, run lexicons, PII patterns and advertising signals, return evidence and scores.

Scores combine like independent signals (noisy-OR over distinct rules): one weak advertising signal
(a URL, ``私聊``) stays low, several together add up, and one precise hit (a checksummed ID number, a
lexicon term with score 0.9) is enough on its own. Overlapping hits of one label (``私聊`` inside ``私聊我``)
are one piece of evidence and count once, at the strongest score.

A few rules look at the message as a whole, after the per-span rules:

- a mobile number in an advertisement is the advertiser's contact, not a person's private number:
  ``privacy/phone`` becomes a weak signal and the number counts as an ``advertising/lead_gen`` hand-off;
- several people's phone / ID / card numbers, or one next to customer words, are a customer record
  (``confidential/customer_data``), as the guideline's hard case says;
- illegal goods or services offered with a hand-off (``冰 叶 K 私聊``) are also ``advertising/black_market``;
- a health, family or appraisal fact (``乙肝``, ``闹离婚``, ``记过``) is private data when the message names
  a person (``小王``, ``刘经理``, ``她``): the fact alone is general talk and stays weak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, inside_quotation
from .normalize import Normalized, normalize
from .pii import DIGIT_HINT, LATIN_HINT, Recognizer, find_pii, person_mentioned, personal_context, scan
from .taxonomy import FORCE_SCORE, LABELS, SUB_LABELS
from .verdict import Evidence

__all__ = ["RuleResult", "SIGNALS", "pii_spans", "run_rules"]

_PROVINCES = ("河南|河北|山东|山西|东北|湖南|湖北|广东|广西|福建|安徽|江西|四川|贵州|云南|陕西|甘肃|"
              "新疆|西藏|上海|北京|天津|重庆|浙江|江苏|温州|潮汕|苏北|北方|南方|外地|乡下|农村")
_NUMBER = r"\d[\d,.]{0,8}\s?(?:元|块|w|万|k)?"

# Regional stereotypes ("河南人都是…") are abuse when said; quoted or condemned, only a hint for the model.
_REGIONAL_SCORE = 0.85
_REPORTED_SCORE = 0.3  # a hint for the model only
_QUOTED_SPEECH = 60  # a reported remark is longer than a quoted term (lexicon._MAX_QUOTED)
_CONDEMN = ("歧视", "不是事实", "不是这样", "别再", "不要再", "不应该", "不该", "刻板印象", "地域黑",
            "不要说", "别说", "不妥", "道歉", "举报", "投诉", "不尊重", "不合适")


def _regional_score(text: str, start: int, end: int) -> float:
    """A regional stereotype is abuse when said, not when quoted or condemned
    ("有人说“东北人都……”，这不是事实")."""
    quoted = inside_quotation(text, start, end, _QUOTED_SPEECH)
    around = text[max(0, start - 30):end + 40]
    return _REPORTED_SCORE if quoted or any(w in around for w in _CONDEMN) else _REGIONAL_SCORE


# Signals that are patterns rather than words. Advertising signals are weak on their own and add up.
SIGNALS: tuple[Recognizer, ...] = (
    Recognizer("signal.url", "advertising", "lead_gen",
               re.compile(r"(?:https?://|www\.)[0-9a-z\-._~:/?#\[\]@!$&'()*+,;=%]{3,200}"), 0.2,
               hint=re.compile("http|www")),
    Recognizer("signal.short_link", "advertising", "lead_gen",
               re.compile(r"(?<![0-9a-z])(?:t\.cn|dwz\.cn|url\.cn|suo\.im|bit\.ly|tinyurl\.com|is\.gd|w\.url\.cn)"
                          r"/[0-9a-z]{2,16}"), 0.5, hint=re.compile("/")),
    Recognizer("signal.wechat_id", "advertising", "lead_gen",
               re.compile(r"(?:(?:微信号?|wxid|v号|威|微|v|wx|vx|薇)\s{0,2}[:：]|(?:微信号?|wx|vx)\s{1,2})\s{0,2}(?:wxid_)?"
                          r"[a-z][a-z0-9_-]{4,19}(?![a-z0-9_-])"), 0.7, hint=LATIN_HINT),
    Recognizer("signal.qq_id", "advertising", "lead_gen",
               re.compile(r"(?:qq|🐧|q)(?:号|群)?\s{0,2}[:：]?\s{0,2}[1-9](?:\s?\d){5,10}(?!\d)"), 0.7,
               hint=DIGIT_HINT),
    Recognizer("signal.telegram", "advertising", "lead_gen",
               re.compile(r"(?:tg|telegram|飞机|纸飞机)\s{0,2}[:：]?\s{0,2}@[a-z0-9_-]{4,32}"), 0.7,
               hint=re.compile("@")),
    Recognizer("signal.invite_code", "advertising", "lead_gen",
               re.compile(r"邀请码\s{0,2}[:：]?\s{0,2}[a-z0-9]{4,12}(?![a-z0-9])"), 0.6,
               hint=re.compile("邀请码")),
    Recognizer("signal.money_promise", "advertising", "black_market",
               re.compile(r"(?:日|月|周|天|一天|每天|一个月)(?:赚|入|结|收入|挣)\s{0,2}"
                          r"(?:\d{2,6}|过万|上万|几千|几百|[一二三四五六七八九十两]+[千万])"), 0.55,
               hint=re.compile("赚|入|结|挣")),
    Recognizer("signal.price", "advertising", "commercial",
               re.compile(rf"{_NUMBER}\s?(?:一|每)(?:盒|斤|箱|件|瓶|套|位|晚|份|包|只|台|张|支|罐|袋|条|颗|个|次|节|"
                          rf"门|单|篇)(?![\u4e00-\u9fff]{{0,1}}(?:时|天|月|年|小时))"
                          rf"|(?:一|每)(?:盒|斤|箱|件|瓶|套|罐|袋|颗)\s?(?:只要|仅|才)?\s?\d{{1,5}}"), 0.45,
               hint=DIGIT_HINT),
    Recognizer("abuse.regional", "illegal_vulgar", "abuse",
               re.compile(rf"(?:{_PROVINCES})(?:人|佬|来的)(?:都是|都|就是|没一个|十个有九个|一个德行)"
                          rf"|招人别招(?:{_PROVINCES})"), _REGIONAL_SCORE,
               validate=lambda value, text, start, end: _regional_score(text, start, end),
               hint=re.compile("人|佬|来的|招人")),
)

# Words that make a message with personal numbers a customer record (guideline: customer lists).
_CUSTOMER_WORDS = ("客户", "会员", "crm", "商机", "意向", "回访", "成交", "到店", "服务单", "工单", "导出",
                   "逾期", "车主", "投保", "保单", "线索", "采购", "挂牌", "业主", "消费", "存款到期", "退保",
                   "理赔", "欠款人", "借款人", "买家", "住户", "患者")
_LIST_MIN = 2  # this many personal numbers of one kind in one message are a list of people
_CUSTOMER_LIST_SCORE = 0.9
_CUSTOMER_RECORD_SCORE = 0.6  # one person's number next to customer words: a hint, not a verdict
_PERSONAL_NUMBERS = ("pii.mobile", "pii.id_number", "pii.bank_card")
# Contact cues in front of an advertiser's number.
_AD_CONTACT = re.compile(r"(?:☎|📞|📱|热线|专线|订餐|订购|致电|详询|咨询|看房|看位|报名|预约|同号|联系|"
                         r"电话|手机|找我|加我|欢迎|下单|业务员|客户经理)")
_AD_CONTEXT_SCORE = 0.5  # advertising evidence elsewhere in the message at least this strong
_ADVERTISED_PHONE_SCORE = 0.3  # what is left of privacy/phone for an advertiser's number
_CONTACT_NUMBER_SCORE = 0.6  # the number as a hand-off
# Illegal goods and services, with the hand-off strength that makes them an offer ("要的私聊" after a
# colleague's hacking boast is bragging more often than selling).
_ILLEGAL_GOODS = {"illegal_vulgar/porn": 0.4, "illegal_vulgar/gambling": 0.4, "illegal_vulgar/drugs": 0.4,
                  "illegal_vulgar/violence": 0.4, "illegal_vulgar/cyber": 0.8}
_ILLEGAL_OFFER_SCORE = 0.85

# Small talk, entertainment and personal life are hints for the model only: the rules never fire them
# (a word like "开黑" does not make a message off-topic on its own; chain letters do).
_HINT_ONLY = frozenset({"off_topic/chitchat", "off_topic/entertainment", "off_topic/personal_life"})
_HINT_CAP = 0.75

# Private facts (lexicon words) that need a named person to be private data.
_PERSONAL_FACTS = frozenset({"health", "family_personal", "performance"})
_NAMED_PERSON_SCORE = 0.6


@dataclass(frozen=True)
class RuleResult:
    evidence: tuple[Evidence, ...]
    sub_scores: dict[str, float]
    label_scores: dict[str, float]
    normalized: Normalized


@dataclass
class _Finding:
    label: str
    sub: str | None
    start: int  # normalised-text span
    end: int
    source: str
    rule: str
    score: float


def _noisy_or(scores: list[float]) -> float:
    miss = 1.0
    for s in scores:
        miss *= 1.0 - s
    return 1.0 - miss


def _combine(findings: list[_Finding]) -> float:
    """Noisy-OR over distinct rules, where overlapping findings are one piece of evidence (their maximum)."""
    best: dict[str, float] = {}
    cluster_end = -1
    top: _Finding | None = None
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if top is not None and f.start < cluster_end:
            cluster_end = max(cluster_end, f.end)
            if f.score > top.score:
                top = f
            continue
        if top is not None:
            best[top.rule] = max(best.get(top.rule, 0.0), top.score)
        top, cluster_end = f, f.end
    if top is not None:
        best[top.rule] = max(best.get(top.rule, 0.0), top.score)
    return _noisy_or(list(best.values()))


def _advertised_numbers(text: str, findings: list[_Finding]) -> None:
    """In place: a mobile number offered in an advertisement is a hand-off, not a person's private number."""
    phones = [i for i, f in enumerate(findings) if f.rule == "pii.mobile"]
    if not phones or any(f.rule in ("pii.id_number", "pii.bank_card") for f in findings):
        return  # an ID or card next to the number makes it a person's record
    # Scams and illegal offers hand out contact numbers just like advertisements do.
    ad_score = _combine([f for f in findings
                         if f.label in ("advertising", "illegal_vulgar") and f.sub != "abuse"])
    for i in phones:
        f = findings[i]
        if personal_context(text, f.start):
            continue
        cue = _AD_CONTACT.search(text, max(0, f.start - 8), f.start) is not None
        if ad_score >= _AD_CONTEXT_SCORE or (cue and ad_score > 0.0):
            findings[i] = _Finding("privacy", "phone", f.start, f.end, "pattern", "pii.mobile",
                                   min(f.score, _ADVERTISED_PHONE_SCORE))
            findings.append(_Finding("advertising", "lead_gen", f.start, f.end, "pattern",
                                     "signal.contact_number", _CONTACT_NUMBER_SCORE))


def _customer_record(text: str, findings: list[_Finding]) -> None:
    """In place: personal numbers of several people, or next to customer words, are a customer record."""
    numbers = [f for f in findings
               if f.rule in _PERSONAL_NUMBERS and f.label == "privacy" and f.score >= FORCE_SCORE]
    if not numbers:
        return
    same_kind = max(sum(1 for f in numbers if f.rule == rule) for rule in _PERSONAL_NUMBERS)
    for word in _CUSTOMER_WORDS:
        at = text.find(word)
        if at != -1:
            score = _CUSTOMER_LIST_SCORE if same_kind >= _LIST_MIN else _CUSTOMER_RECORD_SCORE
            findings.append(_Finding("confidential", "customer_data", at, at + len(word), "pattern",
                                     "record.customer", score))
            return


def _offered_illegal_goods(findings: list[_Finding]) -> None:
    """In place: illegal goods or services together with a hand-off are also black-market advertising."""
    handoff = max((f.score for f in findings if f.label == "advertising" and f.sub == "lead_gen"),
                  default=0.0)
    if handoff < min(_ILLEGAL_GOODS.values()):
        return
    for sub_label, needed in _ILLEGAL_GOODS.items():
        hits = [f for f in findings if f.label == "illegal_vulgar" and f"{f.label}/{f.sub}" == sub_label]
        if handoff >= needed and hits and _combine(hits) >= FORCE_SCORE:
            first = min(hits, key=lambda f: f.start)
            findings.append(_Finding("advertising", "black_market", first.start, first.end, "pattern",
                                     "signal.illegal_offer", _ILLEGAL_OFFER_SCORE))
            return


def _named_person(text: str, findings: list[_Finding]) -> None:
    """In place: private facts (health, family, appraisal) about a named person are that person's data.

    Without a named person, several fact words do not add up ("记大过处分" in an anonymised notice): each
    fact sub-category keeps only its strongest word.
    """
    facts = [f for f in findings
             if f.label == "privacy" and f.source == "lexicon" and f.sub in _PERSONAL_FACTS]
    if not facts:
        return
    person = person_mentioned(text)
    if person is None:
        strongest: dict[str, _Finding] = {}
        for f in facts:
            key = f.sub or ""
            if key not in strongest or f.score > strongest[key].score:
                strongest[key] = f
        drop = {id(f) for f in facts} - {id(f) for f in strongest.values()}
        findings[:] = [f for f in findings if id(f) not in drop]
        return
    for sub in sorted({f.sub or "" for f in facts if f.score >= 0.5}):
        findings.append(_Finding("privacy", sub, person.start(), person.end(), "pattern",
                                 "record.named_person", _NAMED_PERSON_SCORE))


def run_rules(original: str, lexicon: Lexicon) -> RuleResult:
    """Run every rule on ``original`` and report evidence with spans into ``original``."""
    norm = normalize(original)
    text = norm.text
    findings = [_Finding(*hit.entry.sub_label.split("/", 1), hit.start, hit.end, "lexicon", hit.entry.rule,
                         hit.score) for hit in lexicon.find(text)]
    findings += [_Finding(m.label, m.sub, m.start, m.end, "pattern", m.rule, m.score)
                 for m in find_pii(text) + scan(text, SIGNALS)]
    if not findings:  # most work messages: nothing to combine
        return RuleResult((), dict.fromkeys(SUB_LABELS, 0.0), dict.fromkeys(LABELS, 0.0), norm)
    _advertised_numbers(text, findings)
    _customer_record(text, findings)
    _offered_illegal_goods(findings)
    _named_person(text, findings)

    by_sub: dict[str, list[_Finding]] = {}
    by_label: dict[str, list[_Finding]] = {}
    evidence: list[Evidence] = []
    for f in findings:
        o_start, o_end = norm.span(f.start, f.end)
        evidence.append(Evidence(f.label, f.sub, o_start, o_end, original[o_start:o_end], f.source, f.rule,
                                 f.score))
        if f.sub:
            by_sub.setdefault(f"{f.label}/{f.sub}", []).append(f)
        by_label.setdefault(f.label, []).append(f)
    sub_scores = dict.fromkeys(SUB_LABELS, 0.0)
    for key, group in by_sub.items():
        sub_scores[key] = min(_combine(group), _HINT_CAP) if key in _HINT_ONLY else _combine(group)
    label_scores = dict.fromkeys(LABELS, 0.0)
    for label, group in by_label.items():
        label_scores[label] = _combine(group)
    hints = [f for f in by_label.get("off_topic", ()) if f"off_topic/{f.sub}" in _HINT_ONLY]
    if hints:
        firm = _combine([f for f in by_label["off_topic"] if f"off_topic/{f.sub}" not in _HINT_ONLY])
        label_scores["off_topic"] = max(firm, min(label_scores["off_topic"], _HINT_CAP))
    evidence.sort(key=lambda e: (e.start, e.end, e.label))
    return RuleResult(tuple(evidence), sub_scores, label_scores, norm)


def pii_spans(original: str) -> list[tuple[int, int, str]]:
    """Maskable PII spans of ``original`` as ``(start, end, rule)``, for ``wxguard.mask``."""
    norm = normalize(original)
    out = []
    for m in find_pii(norm.text):
        if m.maskable and (m.label == "privacy" or m.sub == "credentials"):
            start, end = norm.span(m.start, m.end)
            out.append((start, end, m.rule))
    return out
