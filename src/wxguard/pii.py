"""Personal-data and credential patterns with validators.

Each recogniser is data plus a validator hook (the presidio ``PatternRecognizer`` habit): a linear-time
regex run on normalised text, a base score, context words that raise the score and a ``validate`` that can
confirm the match, change its score, or drop it. Regexes use bounded quantifiers only. A recogniser may
name a ``hint``, a cheap search that must succeed before its pattern runs (most messages hold no long
number, no ``@``, no password keyword); recognisers sharing a hint search it once per message.

Hard cases from the guideline live in the validators: a duty line or an advertiser's contact is not a
person's phone, an ID with a wrong checksum counts when the words around it say it is an ID, an office or
a flat for sale is not a home address, a pay rule or statistic names no one's salary.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = ["DIGIT_HINT", "LATIN_HINT", "PiiMatch", "Recognizer", "RECOGNIZERS", "find_pii", "gb11643_valid",
           "luhn_valid", "person_mentioned", "personal_context", "scan"]

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
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS, strict=True))
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
    hint: re.Pattern[str] | None = None  # a cheap search that must succeed before ``pattern`` is tried


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


# The common surnames (most of the population): a surname plus one or two characters right before a number
# names its owner ("梁敏娜 175…"), which an advertiser's "订餐：150…" does not.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
             "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
             "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
             "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
             "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
             "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_PERSON_BEFORE = re.compile(
    rf"(?:[他她]的?|本人|客户|家长|家属|业主|同学|学员|患者|病人|买家|租客|老公|老婆|爸|妈|儿子|女儿|"
    rf"父亲|母亲|爱人|"
    rf"老[\u4e00-\u9fff]|小[\u4e00-\u9fff]|"
    rf"[\u4e00-\u9fff](?:总|工|姐|哥|队|师傅|经理|主任|老师|律师|医生|先生|女士|阿姨|叔|科长|处长|局长|主管|班长)|"
    rf"(?<![\u4e00-\u9fff])[{_SURNAMES}]"
    rf"(?![\u4e00-\u9fff]{{0,1}}(?:电话|手机|号码|热线|专线|咨询|联系|订|购|询|约|线|话|址|费|价|款|单|号|码|送|收))"
    rf"[\u4e00-\u9fff]{{1,2}})"
    rf"(?:的?(?:手机号?|电话|号码|私人号码|新号)?(?:是|为)?)\s?[:：,，(（]?\s?$")


def personal_context(text: str, start: int) -> bool:
    """True when the words right before ``start`` name the person a number belongs to."""
    return _PERSON_BEFORE.search(text, max(0, start - 12), start) is not None


# A specific person: a pronoun, 小王 / 老李, or a surname with a title (张总, 刘经理, 王老师).
_TITLES = ("总监|姐|哥|队|师傅|经理|主任|老师|律师|医生|大夫|先生|女士|阿姨|叔|科长|处长|局长|部长|"
           "主管|班长|组长|店长|院长|书记|大爷|奶奶|护士|会计|出纳|同学|秘书|助理|司机|教授|博士")
_PERSON = re.compile(rf"(?:[他她](?![们])|[小老](?![时区组板家师公婆乡爷])[{_SURNAMES}](?![序吃店])|"
                     rf"[{_SURNAMES}](?:总|工)(?![结共计体部额数量务程具作资经监裁])|"
                     rf"[{_SURNAMES}][\u4e00-\u9fff]?(?:{_TITLES})|[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}同学)")


def person_mentioned(text: str) -> re.Match[str] | None:
    """The first mention of a specific person in ``text`` (pronoun, 小王 / 老李, surname + title), if any."""
    return _PERSON.search(text)


@lru_cache(maxsize=4)
def _mentions_person(text: str) -> bool:
    """``person_mentioned`` once per message: validators ask again for every match in it (quadratic)."""
    return _PERSON.search(text) is not None


_PHONE_CONTEXT = ("手机", "电话", "联系", "打给", "call", "号码", "tel", "微信同号", "打他", "打她")
_OFFICE_CONTEXT = ("值班", "座机", "办公室", "总机", "热线", "客服", "服务电话", "前台", "分机", "报修",
                   "投诉", "咨询电话", "hotline", "400")


def _validate_phone(value: str, text: str, start: int, end: int) -> float | None:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) != 11 or not _MOBILE_PREFIX.match(digits):
        return None
    if len(set(digits[3:])) <= 2:
        return None  # 13800000000-style test and placeholder numbers belong to no one
    # A duty or service line named as such is not a person's number (guideline hard case).
    if _context(text, start, end, _OFFICE_CONTEXT, 10):
        return 0.35
    return 0.92 if _context(text, start, end, _PHONE_CONTEXT) else 0.85


_CARD_CONTEXT = ("卡号", "银行卡", "账号", "帐号", "工资卡", "打款", "转账", "开户行", "储蓄卡", "信用卡",
                 "卡:")


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


_ESTATE = ("小区|花园|家园|嘉园|公寓|新村|苑|社区|村|公馆|府|城|华庭|华府|天地|世家|名都|名苑|湾|里|郡|"
           "家属楼|家属院|大院")
_HOME_CONTEXT = ("家住", "住在", "住址", "家庭住址", "他家", "她家", "家里", "家在", "搬到", "老家", "户籍",
                 "住", "家:", "家：", "新家", "搬家", "租房", "地址", "寄到", "送到", "收件", "上门", "业主",
                 "住户", "租客")
_OFFICE_PLACES = ("公司", "办公", "会议", "单位", "营业厅", "门店", "园区", "项目部", "工地", "会场", "报到",
                  "集合", "地点", "仓库", "总部", "分行", "支行", "医院", "学校")
_SALE_CONTEXT = ("急售", "出售", "出租", "转让", "招租", "看房", "房源", "挂牌", "首付", "均价", "总价",
                 "平米", "平方", "认筹")


def _validate_address(value: str, text: str, start: int, end: int) -> float | None:
    if _context(text, start, end, _SALE_CONTEXT, 24):
        return None  # a flat for sale or rent is an advertisement, not someone's home
    if any(w in text[max(0, start - 12): end] for w in _OFFICE_PLACES):
        return None  # "公司地址：…", "会议地点：…" (an office named after the address is only a landmark)
    if _context(text, start, end, _HOME_CONTEXT, 12) or _mentions_person(text):
        return 0.92
    return 0.7


# Pay rules and statistics name no one ("平均工资", "基本工资每人每月增加300元").
_SALARY_GENERAL = re.compile(r"(?:平均|人均|标准|全体|统一|每人|最低|起薪|行业|市场|社会|上涨|增加|调整|下调|"
                             r"涨幅|总额|工资条|发放|方案|制度|政策)")
_SELF_BEFORE = re.compile(r"我(?:的|这个月|今年|上个月)?$")  # the speaker's own pay is named too


def _validate_salary(value: str, text: str, start: int, end: int) -> float | None:
    if _SALARY_GENERAL.search(text, max(0, start - 6), min(len(text), end + 4)):
        return None
    if (_PERSON.search(text, max(0, start - 12), start) or _PERSON.search(text, end, end + 8)
            or _SELF_BEFORE.search(text, max(0, start - 4), start)):
        return 0.85
    return 0.45


_PLACEHOLDER = re.compile(r"^(?:[*x×#.·_-]+|请.*|见.*|\d{1,3}位.*)$")


_NOT_SECRET = re.compile(r"^(?:v?\d+(?:\.\d+)+|[\w-]+\.(?:log|txt|pdf|docx?|xlsx?|pptx?|zip|png|jpg|csv|json|"
                         r"html?)|https?:.*|\d{1,3}(?:\.\d{1,3}){3}.*)$")
_PASSWORD_SEP = re.compile(r"(?:[:=：]|是|为|改成|改为)\s{0,3}$")


def _validate_secret(value: str, text: str, start: int, end: int) -> float | None:
    if _PLACEHOLDER.match(value) or re.search(r"[\u4e00-\u9fff]", value) or len(set(value)) < 3:
        return None
    return 0.93


def _looks_secret(value: str) -> bool:
    """A password-shaped token: letters with digits or symbols, not a version, file name, URL or address."""
    has_alpha = any(c.isalpha() for c in value)
    has_other = any(c.isdigit() or not c.isalnum() for c in value)
    return len(value) >= 5 and has_alpha and has_other and not _NOT_SECRET.match(value)


def _validate_password(value: str, text: str, start: int, end: int) -> float | None:
    """A value after a password keyword; without ``:`` / ``是`` between them it must look like a password."""
    if _validate_secret(value, text, start, end) is None:
        return None
    if not _PASSWORD_SEP.search(text, max(0, start - 6), start) and not _looks_secret(value):
        return None
    return 0.93


def _validate_login(value: str, text: str, start: int, end: int) -> float | None:
    """The password half of a bare ``user password`` pair after a host or system name."""
    if _validate_secret(value, text, start, end) is None or not _looks_secret(value):
        return None
    return 0.9


_SEP = r"[\s-]?"
DIGIT_HINT = re.compile(r"\d")
# IDs, mobiles and cards all hold seven digits in a row, give or take one separator.
_LONG_NUMBER_HINT = re.compile(r"\d{3}[\s-]?\d{4}")
LATIN_HINT = re.compile(r"[a-z]")
_ZH_AMOUNT = "[一二三四五六七八九十两][千万百][一二三四五六七八九]?"
_AMOUNT = rf"(?:\d[\d,.]{{0,9}}\s?(?:k\d?|w|万|千|元|块|%)?|{_ZH_AMOUNT}多?)"
RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("pii.id_number", "privacy", "id_number",
               re.compile(rf"(?<![0-9a-z])[1-9]\d{{5}}{_SEP}(?:18|19|20)\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{3}}[0-9x](?![0-9a-z])"),
               0.95, validate=_validate_id,
               hint=_LONG_NUMBER_HINT),
    Recognizer("pii.mobile", "privacy", "phone",
               re.compile(r"(?<![0-9a-z])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9a-z])"),
               0.85, validate=_validate_phone,
               hint=_LONG_NUMBER_HINT),
    Recognizer("pii.bank_card", "privacy", "bank_card",
               re.compile(r"(?<![0-9a-z])[1-9]\d{3}(?:[\s-]?\d{4}){2,3}(?:[\s-]?\d{1,3})?(?![0-9a-z])"),
               0.9, validate=_validate_card,
               hint=_LONG_NUMBER_HINT),
    Recognizer("pii.email", "privacy", None,
               re.compile(r"(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,10}"),
               0.3,
               hint=re.compile("@")),
    Recognizer("pii.home_address", "privacy", "address",
               re.compile(rf"[\u4e00-\u9fff]{{2,12}}(?:{_ESTATE})[\u4e00-\u9fff\d]{{0,4}}?"
                          r"(?:\d{1,3}(?:栋|幢|号楼|座|栋楼|#楼|号院)\s?(?:\d{1,2}(?:单元|门|号门)\s?)?(?:\d{1,2}楼)?"
                          r"\d{2,4}(?:室|号|房)?"
                          r"|\d{1,3}-\d{1,2}-\d{3,4}(?!\d))"),
               0.7, validate=_validate_address,
               hint=re.compile(r"\d(?:栋|幢|号楼|座|#楼|号院|-\d)")),
    Recognizer("pii.home_address", "privacy", "address",
               re.compile(r"[\u4e00-\u9fff]{1,8}(?:路|街|大道|巷|胡同|里)\d{1,4}号(?:院)?[\u4e00-\u9fff]{0,8}?"
                          r"\d{1,3}(?:栋|幢|号楼|座)\s?(?:\d{1,2}(?:单元|门)\s?)?\d{3,4}(?:室)?"),
               0.7, validate=_validate_address,
               hint=re.compile(r"\d号")),
    Recognizer("pii.salary", "privacy", "salary",
               re.compile(rf"(?:工资(?![卡条表单群])|薪资|薪水|月薪|年薪|年包|底薪|base|package|绩效工资|奖金|项目奖|年终奖|分红|提成|补助|补贴|"
                          rf"津贴|课时费|退休金|到手|税前|税后|社保基数|涨了|加薪)"
                          rf"[^,.!?;\n\d]{{0,6}}{_AMOUNT}"),
               0.45, validate=_validate_salary, maskable=False,
               hint=None),
    Recognizer("secret.password", "confidential", "credentials",
               re.compile(r"(?:(?<![0-9a-z])(?:password|passwd|pwd|pass|mima|mm)\s{0,3}(?:[:=：]|是|为|改成|改为)"
                          r"|(?:密码|口令|授权码|密钥|🔑|🔐)\s{0,3}(?:[:=：]|是|为|改成|改为)?)"
                          r"\s{0,3}([^\s,，。;；、)）\]\u4e00-\u9fff]{4,64})"),
               0.93, validate=_validate_password, group=1,
               hint=re.compile(r"pass|pwd|mima|mm|密码|口令|授权码|密钥|🔑|🔐")),
    Recognizer("secret.host_login", "confidential", "credentials",
               re.compile(r"(?:(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?(?:/[a-z]{1,12})?|jenkins|堡垒机|跳板机|nvr|ftp|vpn|"
                          r"grafana|kibana|gitlab|nas|erp|oa|crm|wms|后台)\s{1,3}(?:用户名?|账号|👤)?\s{0,2}"
                          r"[a-z][a-z0-9_.@-]{1,31}\s{0,2}[/ ]\s{0,2}([^\s,，。;；、)）]{5,40})"),
               0.9, validate=_validate_login, group=1,
               hint=LATIN_HINT),
    Recognizer("secret.admin_login", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z/._@-])(?:admin|root|sa|sysadmin|administrator|manager|ops|dba|deploy|guest)\d{0,3}"
                          r"\s{0,2}(?:/|\s)\s{0,2}([^\s,，。;；、)）]{5,40})"),
               0.9, validate=_validate_login, group=1,
               hint=re.compile(r"admin|root|sa|manager|ops|dba|deploy|guest")),
    Recognizer("secret.curl_user", "confidential", "credentials",
               re.compile(r"(?:curl|wget)\s[^\n]{0,40}?(?:-u|--user)\s{1,2}[^\s:]{1,32}:([^\s@]{3,64})"),
               0.93, validate=_validate_secret, group=1,
               hint=re.compile("curl|wget")),
    Recognizer("secret.bearer", "confidential", "credentials",
               re.compile(r"(?:bearer\s{1,2}[a-z0-9._~+/-]{20,200}|(?<![0-9a-z])eyj[a-z0-9_-]{10,200}\.[a-z0-9_-]{10,400}"
                          r"\.[a-z0-9_-]{10,200})"), 0.93,
               hint=re.compile("bearer|eyj")),
    Recognizer("secret.aws_key", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])(?:akia|asia)[0-9a-z]{16}(?![0-9a-z])"), 0.95,
               hint=re.compile("akia|asia")),
    Recognizer("secret.aliyun_key", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])ltai[0-9a-z]{12,20}(?![0-9a-z])"), 0.95,
               hint=re.compile("ltai")),
    Recognizer("secret.git_token", "confidential", "credentials",
               re.compile(r"(?<![0-9a-z])(?:ghp|gho|ghs|glpat)[_-][0-9a-z_]{20,40}(?![0-9a-z])"), 0.95,
               hint=re.compile("gh[pos]|glpat")),
    Recognizer("secret.api_key", "confidential", "credentials",
               re.compile(r"(?:secret|token|api[_-]?key|access[_-]?key(?:[_-]?secret)?|accesskeysecret)"
                          r"\s{0,3}[:=：]\s{0,3}[\"']?([0-9a-z_\-/+]{16,80})"),
               0.9, validate=_validate_secret, group=1,
               hint=re.compile("secret|token|key")),
    Recognizer("secret.private_key", "confidential", "credentials",
               re.compile(r"-----begin (?:rsa |ec |dsa |openssh |encrypted )?private key-----"), 0.99,
               maskable=False,
               hint=re.compile("private key")),
    Recognizer("secret.dsn", "confidential", "credentials",
               re.compile(r"(?:jdbc:)?(?:mysql|postgres(?:ql)?|mongodb(?:\+srv)?|redis|sqlserver|oracle|ftp|sftp)"
                          r"://[^\s:/@]{1,64}:([^\s@]{3,64})@"),
               0.95, validate=_validate_secret, group=1,
               hint=re.compile("://")),
    Recognizer("secret.cli_login", "confidential", "credentials",
               re.compile(r"(?:mysql|mysqladmin|psql|redis-cli|sshpass|mongo)\s[^\n]{0,60}?\s-p\s?([^\s]{4,64})"),
               0.93, validate=_validate_secret, group=1,
               hint=re.compile("-p")),
)


_Group = tuple[re.Pattern[str] | None, tuple[tuple[int, Recognizer], ...]]
_PLANS: dict[int, tuple[tuple[Recognizer, ...], tuple[_Group, ...]]] = {}


def _plan(recognizers: tuple[Recognizer, ...]) -> tuple[_Group, ...]:
    """``recognizers`` grouped by hint (with their positions), so that a failed hint skips its whole group.

    Cached by identity: hashing the recognisers (their compiled patterns) on every message would cost more
    than the hints save.
    """
    cached = _PLANS.get(id(recognizers))
    if cached is not None and cached[0] is recognizers:
        return cached[1]
    groups: dict[re.Pattern[str] | None, list[tuple[int, Recognizer]]] = {}
    for i, rec in enumerate(recognizers):
        groups.setdefault(rec.hint, []).append((i, rec))
    plan = tuple((hint, tuple(members)) for hint, members in groups.items())
    _PLANS[id(recognizers)] = (recognizers, plan)
    return plan


def scan(text: str, recognizers: tuple[Recognizer, ...]) -> list[PiiMatch]:
    """All validated matches of ``recognizers`` in normalised ``text``, in recogniser order."""
    found: list[tuple[int, PiiMatch]] = []
    for hint, members in _plan(recognizers):
        if hint is not None and hint.search(text) is None:
            continue
        for i, rec in members:
            for m in rec.pattern.finditer(text):
                start, end = m.span(rec.group)
                score: float | None = rec.score
                if rec.validate is not None:
                    score = rec.validate(m.group(rec.group), text, start, end)
                if score is not None:
                    found.append((i, PiiMatch(rec.rule, rec.label, rec.sub, start, end, score, rec.maskable)))
    if len(found) > 1:
        found.sort(key=lambda item: item[0])  # stable: matches of one recogniser keep their order
    return [match for _, match in found]


def find_pii(text: str) -> list[PiiMatch]:
    """All validated PII / credential matches in normalised ``text``."""
    return _drop_shadowed(scan(text, RECOGNIZERS))


def _drop_shadowed(matches: list[PiiMatch]) -> list[PiiMatch]:
    """A number claimed by a stronger recogniser (an ID) is not also a phone or a card."""
    strong = [m for m in matches if m.rule == "pii.id_number"]  # one finditer: sorted and disjoint
    if not strong:
        return matches
    ends = [s.end for s in strong]

    def shadowed(m: PiiMatch) -> bool:
        k = bisect_right(ends, m.start)  # the first ID ending after m starts is the only one that can overlap
        return m.rule in ("pii.mobile", "pii.bank_card") and k < len(strong) and strong[k].start < m.end

    return [m for m in matches if not shadowed(m)]
