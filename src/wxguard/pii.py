"""Personal-data and credential patterns with validators.

Each recogniser is data plus a validator hook (the presidio ``PatternRecognizer`` habit): a linear-time
regex run on normalised text, a base score, context words that raise the score and a ``validate`` that can
confirm the match, change its score, or drop it. Regexes use bounded quantifiers only, and run on the
normalised text, which is capped by ``rules.MAX_SCAN_CHARS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

__all__ = ["PiiMatch", "Recognizer", "RECOGNIZERS", "find_pii", "gb11643_valid", "luhn_valid"]

CONTEXT_WINDOW = 16

# Province-level codes of GB/T 2260 (first two digits of a resident ID).
_REGIONS = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10x98765432"
# Mobile number prefixes assigned in mainland China (13x-19x, without unassigned blocks like 140-144, 154).
_MOBILE_PREFIX = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])")
_CARD_BINS = ("62", "60", "4", "51", "52", "53", "54", "55", "35", "37", "9")


def gb11643_valid(digits: str) -> bool:
    """GB 11643 check digit of an 18-character resident ID (``x`` lower-cased)."""
    if len(digits) != 18 or not digits[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == digits[17]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class PiiMatch:
    """A validated match on the normalised text."""

    rule: str
    label: str
    sub: str | None
    start: int
    end: int
    score: float
    maskable: bool


Validator = Callable[[str, str, int, int], float | None]  # (value, text, start, end) -> score or None


@dataclass(frozen=True)
class Recognizer:
    rule: str
    label: str
    sub: str | None
    pattern: re.Pattern[str]
    score: float
    validate: Validator | None = None
    maskable: bool = True
    group: int = 0  # regex group holding the value (0 = whole match)


def _context(text: str, start: int, end: int, words: tuple[str, ...], window: int = CONTEXT_WINDOW) -> bool:
    around = text[max(0, start - window): end + window]
    return any(w in around for w in words)


_ID_CONTEXT = ("身份证", "证件号", "身份号", "证号", "身份信息", "idcard", "id号")


def _validate_id(value: str, text: str, start: int, end: int) -> float | None:
    digits = re.sub(r"[\s-]", "", value)
    has_context = _context(text, start, end, _ID_CONTEXT, 20)
    try:
        born = date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    except ValueError:
        born = None
    plausible = int(digits[:2]) in _REGIONS and born is not None and born <= date.today()
    if plausible and gb11643_valid(digits):
        return 0.99 if has_context else 0.95
    # A wrong checksum still counts when the words around it say it is an ID (guideline hard case).
    return 0.9 if has_context else None


_PHONE_CONTEXT = ("手机", "电话", "联系", "打给", "call", "号码", "tel", "微信同号", "打他", "打她")
_OFFICE_CONTEXT = ("值班", "座机", "办公室", "总机", "热线", "客服", "服务电话", "前台", "分机", "报修",
                   "投诉", "咨询电话", "hotline", "400")


def _validate_phone(value: str, text: str, start: int, end: int) -> float | None:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) != 11 or not _MOBILE_PREFIX.match(digits):
        return None
    # A duty or service line named as such is not a person's number (guideline hard case).
    if _context(text, start, end, _OFFICE_CONTEXT, 10):
        return 0.35
    return 0.92 if _context(text, start, end, _PHONE_CONTEXT) else 0.85


_CARD_CONTEXT = ("卡号", "银行卡", "账号", "帐号", "工资卡", "打款", "转账", "开户行", "储蓄卡", "信用卡", "卡:")


def _validate_card(value: str, text: str, start: int, end: int) -> float | None:
    digits = re.sub(r"[\s-]", "", value)
    if not 16 <= len(digits) <= 19 or not luhn_valid(digits):
        return None
    if len(digits) == 18 and gb11643_valid(digits):
        return None  # a valid ID number is reported by the ID recogniser
    has_context = _context(text, start, end, _CARD_CONTEXT, 20)
    if digits.startswith(_CARD_BINS):
        return 0.95 if has_context else 0.88
    return 0.85 if has_context else None


_HOME_CONTEXT = ("家住", "住在", "住址", "家庭住址", "他家", "她家", "家里", "家在", "搬到", "老家", "户籍")
_OFFICE_PLACES = ("公司", "办公", "会议", "单位", "营业厅", "门店", "园区", "项目部", "工地", "会场", "报到",
                  "集合", "地点", "仓库", "总部", "分行", "支行", "医院", "学校")


def _validate_address(value: str, text: str, start: int, end: int) -> float | None:
    if _context(text, start, end, _HOME_CONTEXT, 12):
        return 0.92
    if _context(text, start, end, _OFFICE_PLACES, 12):
        return None
    return 0.7


_SALARY_PERSON = re.compile(r"(?:他|她|你|老[\u4e00-\u9fff]|小[\u4e00-\u9fff]|[\u4e00-\u9fff][总工姐哥]|经理|主任|"
                            r"[\u4e00-\u9fff]{2,3}(?:的|这个月|上个月|今年|去年))")


def _validate_salary(value: str, text: str, start: int, end: int) -> float | None:
    before = text[max(0, start - 12): start]
    return 0.8 if _SALARY_PERSON.search(before) else 0.45


_PLACEHOLDER = re.compile(r"^(?:[*x×#.·_-]+|请.*|见.*|\d{1,3}位.*)$")


def _validate_secret(value: str, text: str, start: int, end: int) -> float | None:
    if _PLACEHOLDER.match(value) or re.search(r"[\u4e00-\u9fff]", value) or len(set(value)) < 3:
        return None
    return 0.93


_SEP = r"[\s-]?"
RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("pii.id_number", "privacy", "id_number",
               re.compile(rf"(?<![0-9a-z])[1-9]\d{{5}}{_SEP}(?:18|19|20)\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{3}}[0-9x](?![0-9a-z])"),
               0.95, validate=_validate_id),
    Recognizer("pii.mobile", "privacy", "phone",
               re.compile(r"(?<![0-9a-z])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9a-z])"),
               0.85, validate=_validate_phone),
    Recognizer("pii.bank_card", "privacy", "bank_card",
               re.compile(r"(?<![0-9a-z])[1-9]\d{3}(?:[\s-]?\d{4}){2,3}(?:[\s-]?\d{1,3})?(?![0-9a-z])"),
               0.9, validate=_validate_card),
    Recognizer("pii.email", "privacy", None,
               re.compile(r"(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,10}"),
               0.3),
    Recognizer("pii.home_address", "privacy", "address",
               re.compile(r"[\u4e00-\u9fff]{2,12}(?:小区|花园|家园|公寓|新村|苑|社区|村|公馆|府|城)[\u4e00-\u9fff\d]{0,4}?"
                          r"\d{1,3}(?:栋|幢|号楼|座|栋楼)(?:\d{1,2}单元)?\d{2,4}(?:室|号|房)?"),
               0.7, validate=_validate_address),
    Recognizer("pii.salary", "privacy", "salary",
               re.compile(r"(?:工资|薪资|薪水|月薪|年薪|底薪|绩效工资|奖金|年终奖|提成|到手|税前|税后)"
                          r"[^,.!?;\n\d]{0,6}\d[\d,.]{2,9}(?:元|块|k|w|万)?"),
               0.45, validate=_validate_salary, maskable=False),
    Recognizer("secret.password", "confidential", "credentials",
               re.compile(r"(?:password|passwd|pwd|pass|密码|口令|mima|mm)\s{0,3}(?:[:=：]|是|为)\s{0,3}"
                          r"([^\s,，。;；、)）\]]{4,64})"),
               0.93, validate=_validate_secret, group=1),
    Recognizer("secret.aws_key", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])(?:akia|asia)[0-9a-z]{16}(?![0-9a-z])"), 0.95),
    Recognizer("secret.aliyun_key", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])ltai[0-9a-z]{12,20}(?![0-9a-z])"), 0.95),
    Recognizer("secret.git_token", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])(?:ghp|gho|ghs|glpat)[_-][0-9a-z_]{20,40}(?![0-9a-z])"), 0.95),
    Recognizer("secret.api_key", "confidential", "credentials",
               re.compile(r"(?:secret|token|api[_-]?key|access[_-]?key(?:[_-]?secret)?|accesskeysecret)"
                          r"\s{0,3}[:=：]\s{0,3}[\"']?([0-9a-z_\-/+]{16,80})"),
               0.9, validate=_validate_secret, group=1),
    Recognizer("secret.private_key", "confidential", "credentials",
               re.compile(r"-----begin (?:rsa |ec |dsa |openssh |encrypted )?private key-----"), 0.99,
               maskable=False),
    Recognizer("secret.dsn", "confidential", "credentials",
               re.compile(r"(?:jdbc:)?(?:mysql|postgres(?:ql)?|mongodb(?:\+srv)?|redis|sqlserver|oracle|ftp|sftp)"
                          r"://[^\s:/@]{1,64}:([^\s@]{3,64})@"),
               0.95, validate=_validate_secret, group=1),
    Recognizer("secret.cli_login", "confidential", "credentials",
               re.compile(r"(?:mysql|mysqladmin|psql|redis-cli|sshpass|mongo)\s[^\n]{0,60}?\s-p\s?([^\s]{4,64})"),
               0.93, validate=_validate_secret, group=1),
)


def find_pii(text: str) -> list[PiiMatch]:
    """All validated PII / credential matches in normalised ``text``."""
    out: list[PiiMatch] = []
    for rec in RECOGNIZERS:
        for m in rec.pattern.finditer(text):
            start, end = m.span(rec.group)
            value = m.group(rec.group)
            score: float | None = rec.score
            if rec.validate is not None:
                score = rec.validate(value, text, start, end)
            if score is None:
                continue
            out.append(PiiMatch(rec.rule, rec.label, rec.sub, start, end, score, rec.maskable))
    return _drop_shadowed(out)


def _drop_shadowed(matches: list[PiiMatch]) -> list[PiiMatch]:
    """A number claimed by a stronger recogniser (an ID) is not also a phone or a card."""
    strong = [m for m in matches if m.rule == "pii.id_number"]
    if not strong:
        return matches
    return [m for m in matches if m.rule == "pii.id_number"
            or not any(s.start < m.end and m.start < s.end for s in strong if m.rule in ("pii.mobile", "pii.bank_card"))]
