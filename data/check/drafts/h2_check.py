"""Build the hand-written held-out check set h2 (data/check/drafts/h2_check.jsonl; training/build_check.py filters it into data/check/h2_check.jsonl).

Every message below was written by hand, without looking at any training,
calibration or dataset file, as an operations reviewer would export a week of
WeChat/WeCom group traffic from eight organisations:

    W  江城水务集团 (city water utility)      K  小橡树幼儿园 (private kindergarten)
    P  快修帮 (phone repair chain)             T  华纺纺织厂 (textile mill)
    L  衡正律师事务所 (law firm)               G  星火互娱 (game studio)
    C  顺达快递城东网点 (courier depot)        U  某大学外国语学院办公室 (university dept. office)

Line format inside DATA:  ``ORG TAG :: TEXT``
    TAG   ``ok`` or comma-separated ``label/sub`` entries; a leading ``~`` marks an
          evasive violation (homophones, spacing, pinyin initials, emoji) whose label is
          that of the plain form (LABELS.md, last hard case).
    TEXT  ``\\n`` stands for a line break; placeholders are filled from random.Random(2002):
          {MOB} mobile, {ID} adult resident ID, {KIDID} child resident ID (both with a valid
          GB 11643 check digit), {BADID} resident ID with a deliberately wrong check digit
          (LABELS.md: still privacy/id_number when the words say it is an ID), {CARD} Luhn-valid
          bank card, {NUM18} bare 18-digit work number with a wrong ID check digit (not PII).
``@@ DAY`` starts a day; within a day each organisation's messages are spread evenly
so the output reads as interleaved group traffic.

Run:  cd /work/main && .venv/bin/python data/check/drafts/h2_check.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SOURCE = "check:h2"
OUT_PATH = Path(__file__).resolve().parent / "h2_check.jsonl"

LABEL_ORDER = ("confidential", "privacy", "illegal_vulgar", "advertising", "off_topic")

# Copied from LABELS.md v1 (sub-category table); cross-checked against the file when it is reachable.
SUBS: dict[str, tuple[str, ...]] = {
    "confidential": ("business_secret", "customer_data", "credentials", "internal_document", "technical_secret"),
    "privacy": ("id_number", "phone", "bank_card", "address", "salary", "health", "family_personal", "performance"),
    "illegal_vulgar": ("porn", "gambling", "drugs", "fraud", "violence", "cyber", "abuse"),
    "advertising": ("commercial", "lead_gen", "black_market", "finance"),
    "off_topic": ("chitchat", "entertainment", "personal_life", "chain_message"),
}

ORGS = {
    "W": "water utility",
    "K": "kindergarten",
    "P": "phone repair chain",
    "T": "textile mill",
    "L": "law firm",
    "G": "game studio",
    "C": "courier depot",
    "U": "university dept. office",
}

# shared/LABELS.md sits beside the repository (or inside it on a copied checkout).
GUIDELINE_CANDIDATES = tuple(parent / "shared" / "LABELS.md" for parent in Path(__file__).resolve().parents)


def check_against_guideline() -> None:
    """Fail if the embedded sub-category table drifted from LABELS.md."""
    for path in GUIDELINE_CANDIDATES:
        if not path.is_file():
            continue
        parsed: dict[str, set[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\|\s*(confidential|privacy|illegal_vulgar|advertising|off_topic)\s*\|(.*)\|\s*$", line)
            if m and "`" in m.group(2):
                subs = set(re.findall(r"`([a-z_]+)`", m.group(2)))
                if subs:
                    parsed[m.group(1)] = subs
        if not parsed:
            continue
        embedded = {k: set(v) for k, v in SUBS.items()}
        if parsed != embedded:
            sys.exit(f"sub-category table differs from {path}: {parsed} != {embedded}")
        print(f"sub-category table matches {path}")
        return
    print("LABELS.md not reachable; using the embedded copy of its table")


# ---------------------------------------------------------------- PII generation

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
AREA_CODES = ("110105", "310104", "330106", "420106", "430104", "410105", "440305", "320102", "510107", "360103")
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
    "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
    "189", "191", "198", "199",
)
CARD_BINS = ("622202", "621700", "622848", "621483", "622588", "623668", "621226", "622262")


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def id_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{17}[\dX]", value)) and id_check_char(value[:17]) == value[17]


def luhn_valid(value: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(value)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class PiiFactory:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.made: dict[str, list[str]] = {k: [] for k in ("MOB", "ID", "KIDID", "BADID", "CARD", "NUM18")}

    def _unique(self, kind: str, make) -> str:
        while True:
            value = make()
            if value not in self.used:
                self.used.add(value)
                self.made[kind].append(value)
                return value

    def _digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def _id17(self, y0: int, y1: int) -> str:
        year = self.rng.randint(y0, y1)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        return f"{self.rng.choice(AREA_CODES)}{year:04d}{month:02d}{day:02d}{self._digits(3)}"

    def mob(self) -> str:
        return self._unique("MOB", lambda: self.rng.choice(MOBILE_PREFIXES) + self._digits(8))

    def id(self) -> str:
        def make() -> str:
            first = self._id17(1962, 2001)
            return first + id_check_char(first)
        return self._unique("ID", make)

    def kidid(self) -> str:
        def make() -> str:
            first = self._id17(2019, 2021)
            return first + id_check_char(first)
        return self._unique("KIDID", make)

    def badid(self) -> str:
        def make() -> str:
            first = self._id17(1962, 2001)
            good = id_check_char(first)
            return first + self.rng.choice([c for c in "0123456789" if c != good])
        return self._unique("BADID", make)

    def card(self) -> str:
        def make() -> str:
            length = self.rng.choice((16, 19))
            body = self.rng.choice(CARD_BINS) + self._digits(length - 7)
            for last in "0123456789":
                if luhn_valid(body + last):
                    return body + last
            raise AssertionError("no Luhn digit")
        return self._unique("CARD", make)

    def num18(self) -> str:
        def make() -> str:
            first = "2024110" + self._digits(10)
            good = id_check_char(first)
            return first + self.rng.choice([c for c in "0123456789" if c != good])
        return self._unique("NUM18", make)

    def fill(self, text: str) -> str:
        makers = {"MOB": self.mob, "ID": self.id, "KIDID": self.kidid, "BADID": self.badid,
                  "CARD": self.card, "NUM18": self.num18}
        return re.sub(r"\{(MOB|ID|KIDID|BADID|CARD|NUM18)\}", lambda m: makers[m.group(1)](), text)


# ---------------------------------------------------------------- parsing and checks

LINE_RE = re.compile(r"^([A-Z])\s+(~?)(\S+)\s+::\s+(.+)$")
PLACEHOLDER_NEEDS = {"{MOB}": "privacy/phone", "{ID}": "privacy/id_number", "{KIDID}": "privacy/id_number",
                     "{BADID}": "privacy/id_number", "{CARD}": "privacy/bank_card"}


def parse(data: str) -> list[dict]:
    entries, day, errors = [], None, []
    for n, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@@"):
            day = line[2:].strip()
            continue
        m = LINE_RE.match(line)
        if not m:
            errors.append(f"line {n}: cannot parse: {line}")
            continue
        org, evasive, tag, text = m.groups()
        if org not in ORGS:
            errors.append(f"line {n}: unknown organisation {org}")
        if day is None:
            errors.append(f"line {n}: message before the first @@ day header")
        subs: list[str] = [] if tag == "ok" else tag.split(",")
        if evasive and not subs:
            errors.append(f"line {n}: evasive marker on an ok message")
        for s in subs:
            label, _, sub = s.partition("/")
            if sub not in SUBS.get(label, ()):
                errors.append(f"line {n}: sub {s!r} is not in the guideline's table")
        labels = [lab for lab in LABEL_ORDER if any(s.startswith(lab + "/") for s in subs)]
        if "off_topic" in labels and len(labels) > 1:
            errors.append(f"line {n}: off_topic combined with {labels}")
        for ph, need in PLACEHOLDER_NEEDS.items():
            if ph in text and need not in subs:
                errors.append(f"line {n}: {ph} used without {need}")
        entries.append({"line": n, "day": day, "org": org, "evasive": bool(evasive),
                        "labels": labels, "subs": sorted(set(subs)), "raw": text})
    if errors:
        sys.exit("\n".join(errors))
    return entries


def interleave(entries: list[dict]) -> list[dict]:
    """Within each day spread every organisation's messages evenly, keeping their order."""
    days: dict[str, list[dict]] = {}
    for e in entries:
        days.setdefault(e["day"], []).append(e)
    out = []
    org_rank = {o: i for i, o in enumerate(ORGS)}
    for day_entries in days.values():
        per_org: dict[str, list[dict]] = {}
        for e in day_entries:
            per_org.setdefault(e["org"], []).append(e)
        keyed = []
        for org, items in per_org.items():
            for i, e in enumerate(items):
                keyed.append(((i + 0.5) / len(items), org_rank[org], e))
        out.extend(e for _, _, e in sorted(keyed, key=lambda k: (k[0], k[1])))
    return out


def check_numbers(records: list[dict], pii: PiiFactory) -> None:
    errors = []
    for v in pii.made["ID"] + pii.made["KIDID"]:
        if not id_valid(v):
            errors.append(f"generated ID {v} fails GB 11643")
    for v in pii.made["BADID"] + pii.made["NUM18"]:
        if id_valid(v):
            errors.append(f"{v} was meant to fail GB 11643 but passes")
    for v in pii.made["CARD"]:
        if not luhn_valid(v):
            errors.append(f"generated card {v} fails Luhn")
    for v in pii.made["MOB"]:
        if not re.fullmatch(r"1[3-9]\d{9}", v):
            errors.append(f"generated mobile {v} malformed")
    known_long = set(pii.made["ID"] + pii.made["KIDID"] + pii.made["BADID"] + pii.made["NUM18"] + pii.made["CARD"])
    for r in records:
        text = r["text"]
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{15,19}X?(?![0-9A-Za-z])", text):
            if m.group(0) not in known_long:
                errors.append(f"hand-written long number {m.group(0)} in: {text}")
        for m in re.finditer(r"(?<!\d)1\d{10}(?!\d)", text):
            if m.group(0) not in pii.made["MOB"]:
                errors.append(f"hand-written mobile-shaped number {m.group(0)} in: {text}")
            elif not r["labels"]:
                errors.append(f"mobile in an ok message: {text}")
    if errors:
        sys.exit("\n".join(errors))


def main() -> None:
    check_against_guideline()
    entries = parse(DATA)
    pii = PiiFactory(2002)
    for e in entries:  # fill in written order so values do not depend on the interleaving
        e["text"] = pii.fill(e["raw"].replace("\\n", "\n")).strip()
    seen: dict[str, int] = {}
    dupes = []
    for e in entries:
        if e["text"] in seen:
            dupes.append(f"line {e['line']} duplicates line {seen[e['text']]}: {e['text']}")
        seen.setdefault(e["text"], e["line"])
    if dupes:
        sys.exit("duplicate texts refused:\n" + "\n".join(dupes))

    ordered = interleave(entries)
    records = [{"text": e["text"], "labels": e["labels"], "subs": e["subs"], "source": SOURCE} for e in ordered]
    for r in records:
        assert set(r) == {"text", "labels", "subs", "source"}
        assert all(any(s.startswith(lab + "/") for s in r["subs"]) for lab in r["labels"])
    check_numbers(records, pii)

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    total = len(records)
    n_ok = sum(1 for r in records if not r["labels"])
    n_bad = total - n_ok
    n_evasive = sum(1 for e in entries if e["evasive"])
    print(f"wrote {total} messages to {OUT_PATH}")
    print(f"ok {n_ok} ({n_ok / total:.1%})  violations {n_bad} ({n_bad / total:.1%})  "
          f"evasive {n_evasive} ({n_evasive / max(n_bad, 1):.1%} of violations)  "
          f"multi-label {sum(1 for r in records if len(r['labels']) > 1)}")
    label_counts = Counter(lab for r in records for lab in r["labels"])
    sub_counts = Counter(s for r in records for s in r["subs"])
    print("per label:")
    for lab in LABEL_ORDER:
        print(f"  {lab:15s} {label_counts[lab]:4d}")
        for sub in SUBS[lab]:
            print(f"      {lab}/{sub:18s} {sub_counts[f'{lab}/{sub}']:4d}")
    print("per organisation (messages / violations):")
    for org, name in ORGS.items():
        items = [e for e in entries if e["org"] == org]
        print(f"  {org} {name:24s} {len(items):4d} / {sum(1 for e in items if e['labels']):3d}")
    print("per day: " + ", ".join(f"{d} {c}" for d, c in Counter(e["day"] for e in entries).items()))
    missing = [f"{lab}/{s}" for lab in LABEL_ORDER for s in SUBS[lab] if not sub_counts[f"{lab}/{s}"]]
    if missing:
        print("sub-categories without any message: " + ", ".join(missing))


DATA = r"""
@@ Mon
# ---- W 江城水务
W ok :: 各位早，今天管网所例会改到10点，地点二楼小会议室
W ok :: 收到
W ok :: 昨晚解放路和建设路交叉口DN300主管爆了，抢修队凌晨三点才收工，辛苦老周他们
W ok :: 👍
W ok :: 营业厅这周三起开通电子发票，用户在公众号里就能开，柜台同事注意引导
W ok :: 二水厂出厂水浊度今天早上0.12NTU，正常
W ok :: 抄表APP又卡了，手机上传不了数据，信息科帮看一下
W ok :: 已反馈给厂家，说是服务器在升级，中午前恢复
W confidential/business_secret :: 跟大家透个底，明年居民水价要从3.2涨到3.85，听证会还没开，方案已经定了，先别往外说
W privacy/phone :: 抢修队老周手机{MOB}，晚上找不到人直接打他
W ok :: 夜间抢修请拨调度中心值班电话 0716-82315566，不要直接打个人手机
W off_topic/chitchat :: 今天食堂的红烧肉也太咸了吧哈哈
W ok :: 提醒：用户档案、户号信息一律不准截图发群，有需要走营业系统查询
W illegal_vulgar/abuse :: 小钱你是猪吗，表号都能抄错三个，长没长脑子
W ok :: 本周四上午8:00-12:00东湖片区停水检修，通知已在公众号和小区公告栏发布，客服注意解释
W confidential/credentials :: SCADA上位机账号admin 密码 Jc@water2024 ，夜班谁要看数据自己登
W ok :: 黄主任让大家周五前把冬季防冻物资清点表交到办公室
W ok :: 药剂仓库：聚合氯化铝到货50吨，加药间下午来签收
W ok :: 【转发·集团办公室】关于做好今冬明春供水保障工作的通知\n各单位：\n一、11月15日前完成所有泵站、阀门井的防冻保温检查；\n二、抢修队实行24小时值班，接警后30分钟内到场；\n三、营业所做好低温天气水表冻裂的宣传解释工作；\n四、信息报送：突发停水须1小时内报集团调度中心。\n请各单位认真落实。

# ---- K 小橡树幼儿园
K ok :: 各位老师早上好，今天晨检请认真测体温、看手口，发现异常及时报保健室
K ok :: 收到[OK]
K ok :: 小一班今天有两个小朋友没来，已电话联系家长，都是感冒在家休息
K ok :: 午睡室的紫外线灯记得12点前消毒完关掉，小朋友进去前通风半小时
K ok :: 本周食谱已经贴在门口了，周三的鱼换成鸡肉，供应商说鲈鱼断货
K privacy/health :: 跟大家说一下，中二班乐乐其实有癫痫，去年住过院，家长不让声张，你们心里有数就行
K ok :: 过敏幼儿名单保健室已经更新到系统里了，分餐前各班老师务必对一下
K ok :: 家长群里有人问学费退费的事，统一回复按园所收费公示第五条执行，别私下承诺
K off_topic/personal_life :: 我家闺女昨天学会骑自行车了，摔了好几跤终于会了😂
K advertising/commercial :: 姐妹们我在卖一款儿童益生菌，原价198现在同事价128，需要的直接跟我说
K ok :: 周五下午的消防演练，各班提前跟小朋友讲一下，别吓到
K privacy/salary :: 新来的小雨老师底薪就比我们高一千，凭什么啊，她才工作一年
K ok :: 李园长：本月教研主题是"自主游戏中的观察记录"，周四下午3点各班组长到会议室
K ok :: 好的园长
K ok :: 提醒：小朋友带药来园，必须家长填写喂药委托单，药品交保健室，老师不得私自喂药

# ---- P 快修帮
P ok :: 今天五一店到了20片X系列原装屏，谁缺货报数量，下午调
P ok :: 万达店要3片
P ok :: 火车站店2片，再要一盒电池
P ok :: 小芳下午两点去华强那边拿货，要带什么的现在报
P ok :: 热风枪坏了一把，温度上不去，我先拿店里备用的
P ok :: 有客户问能不能数据恢复，统一说先检测，不保证恢复，别乱承诺
P illegal_vulgar/fraud :: 以后换屏一律说原装，用翻新的收原装价，客户看不出来，利润多一倍
P ok :: 提醒一下，客户手机里的照片聊天记录谁也不准翻，被投诉直接开
P confidential/customer_data,privacy/phone :: 上周做过保养的客户名单：王女士{MOB}，陈先生{MOB}，赵先生{MOB}，明天统一打回访
P ok :: 东哥，万达店这周营业额日报我发你私信了
P ok :: 👌
P illegal_vulgar/cyber :: 有个工具能绕过苹果ID锁激活，破解版，我U盘里有，谁要拷
P ok :: 杀毒软件报了一个收银电脑的风险，已经让IT远程查了，没事
P off_topic/entertainment :: 昨晚湖人那个绝杀看了没，詹姆斯老当益壮啊
P ok :: 那台小米主板烧了，炸了个电容，跟客户说修不了，原样退

# ---- T 华纺纺织厂
T ok :: 早班注意：3号织机经轴今天换品种，老赵盯一下
T ok :: 收到，已经在上轴了
T ok :: 染整车间今天蒸汽压力不稳，锅炉房说在调，各缸先别升温
T ok :: 计划科通知：外贸单T2408本周六必须出货，周五晚上需要加班的班组报人数
T ok :: 织布一班8人
T ok :: 二班6人
T confidential/technical_secret :: 新那款冰丝面料的染色配方我贴一下：活性蓝KN-R 1.8%，元明粉55g/L，纯碱18g/L，60度保温40分钟，别传出去
T ok :: 质检孙姐：昨天那批坯布疵点超了，纬斜比较多，机修看一下6号和9号机
T ok :: 6号机打纬机构有点松，下午停机修
T privacy/performance :: 这个月质量考核结果：挡车工刘翠萍D，张红C，连续两个月D的要调岗，大家引以为戒
T ok :: 车间里禁止吸烟，昨天有人在仓库门口抽，再发现罚款，这是安全红线
T illegal_vulgar/abuse :: 那些外地来的就是素质低，难怪车间天天丢东西
T ok :: 夜班同事下班记得关风扇和照明，电费这个月又超了
T advertising/finance :: 有需要用钱的可以找我，网上贷款当天到账，利息低，额度最高二十万
T ok :: 裁剪组的电剪刀每天下班收进工具柜上锁，钥匙交班长

# ---- L 衡正律所
L ok :: 明天上午9:30中院第三法庭开庭，张律出庭，卷宗小林放前台了
L ok :: 好的，我八点半到所里拿
L ok :: 提醒：案件材料统一走所里的案件管理系统传，不要用微信传当事人证件
L privacy/id_number :: 当事人周建国身份证号{ID}，明天立案要填，小林录一下
L ok :: 所里新买的打印机在三楼，装订机也换了，用完放回原位
L ok :: 刘律，那个劳动仲裁的答辩状初稿我放共享盘了，您有空看一下
L confidential/business_secret :: 华强那个案子，客户的和解底线是赔80万，对方律师要是问起来千万别露底
L ok :: 本周五下午所务会，讨论年度律师考核办法，全员参加
L off_topic/chain_message :: 【转】紧急通知！明天起微信要收费了，转发10个群可以免费，不转的账号会被冻结！
L ok :: 这是谣言哈，大家别转
L ok :: 律协通知：本年度执业年检材料请在15号前交行政陈姐
L illegal_vulgar/abuse :: 对面那个律师就是个傻X，庭上满嘴胡说，这种人也配执业
L privacy/family_personal :: 听说刘律跟她老公在闹离婚，孩子抚养权都要打官司了
L ok :: [强]
L ok :: 下周会见的当事人涉嫌运输毒品罪，会见前把卷宗里的称量和鉴定意见都看一遍

# ---- G 星火互娱
G ok :: 今天下午3点版本评审，1.4.0的内容锁了，还没提测的需求全部挪到下个版本
G ok :: 收到！
G ok :: 测试服又炸了，登录排队排了十分钟，大伟看一下
G ok :: 是数据库连接池满了，已经重启，现在好了
G ok :: 反外挂组今天上线新的检测规则，加速外挂的举报量应该会降下来，大家留意下数据
G ok :: 美术这边角色立绘还差两张，周三能交
G confidential/credentials :: 外包要拉代码，我直接把git的token发这了 ghp_7Fq2LmZ9xR4tYc1WnB8pK3sV6dHj0aEu ，用完我再换
G ok :: 周会纪要：新手引导流失率偏高，策划阿杜负责本周出优化方案
G illegal_vulgar/cyber :: 竞品那边开服了，我写了个小脚本能把他们登录服务器打挂，要不要试试😏
G ok :: 别闹，这种话别在群里说，违法的
G off_topic/entertainment :: 今晚LPL决赛有人一起看吗，我猜BLG三比一
G ok :: 豆豆，昨天提的那个背包闪退的bug复现不了，麻烦补一下录屏
G ok :: 好的我下午补
G advertising/black_market :: 有需要刷TapTap好评的吗，一条五毛，包过审，也可以代发论坛帖子
G ok :: 这个boss的处决动画太血腥了，版号审核肯定过不了，美术改成黑屏转场

# ---- C 顺达快递城东网点
C ok :: 早上好，今天到件量比昨天多三成，分拣线7点准时开
C ok :: 收到，马上出仓
C ok :: 双十一前的爆仓预案已经发群文件了，各组长看一下
C ok :: 阿强你那片的件今天务必10点前出仓，下午有大风预警
C ok :: 好的站长
C privacy/address,privacy/phone :: 这个件收件人联系不上，张桂兰 {MOB}，住南湖花园7栋1单元602，谁顺路帮忙送一下
C ok :: 收件人尾号3317的那个生鲜件在3号格口，客户说下午来自提
C ok :: 提醒：面单上的客户信息不准拍照发群，要查单号用巴枪或者系统
C ok :: 客服小敏：今天有三单投诉时效的，已经在系统里回复了
C illegal_vulgar/violence :: 那个天天投诉的老头再找事，我下次送件直接揍他一顿
C advertising/lead_gen :: 想多赚钱的兄弟加我微信 sd8866，带你们晚上跑外卖单，一天多挣两三百
C ok :: 巴枪没电了去充电柜拿，别用个人充电宝插
C off_topic/chitchat :: 今天这风刮得，站里门都关不上，谁请喝热奶茶
C ok :: 晚上到的那车大件明早八点前必须卸完，别压到上午派件

# ---- U 外国语学院办公室
U ok :: 各位老师，本学期期中考试安排已发到教务系统，请各课程组确认监考人员
U ok :: 收到，谢谢王老师
U ok :: 研究生秘书周老师：本月28日上午硕士学位论文开题，地点外语楼305，记录人小孟
U ok :: 科研处通知：教育部人文社科项目申报书请于本月20日前提交学院初审，逾期不候
U ok :: 报销系统今天又打不开了，财务处说在迁移服务器
U confidential/internal_document :: 期中英语精读A卷我先发群里你们看看，考前别外传（附件：A卷.docx）
U ok :: 提醒：学生成绩、学号、身份证信息不要在群里发，统一通过教务系统导出
U privacy/phone :: 2023级李想的家长李国平一直打电话找院长，他手机{MOB}，谁回个电话
U ok :: 院长下午在学校开会，有急事打院办座机 027-87654321
U off_topic/chain_message :: 转发：喝隔夜茶会致癌，世卫组织已证实，家里有老人的一定要看！
U ok :: 下周一下午教职工大会，地点报告厅，请假找院办登记
U privacy/salary :: 院里这次绩效分配单发出来了，赵老师拿了4.6万，比好几个教授都高
U ok :: 好的
U ok :: 学术不端检测系统查重率超过30%的开题报告，一律退回修改后再提交
@@ Tue
# ---- W
W ok :: 早，今天营业所开始冬季水表防冻宣传，宣传单在前台
W ok :: 1
W ok :: 管网所：和平路DN200阀门井盖松动，巡检已经拍照报修，市政那边周三来换
W ok :: 水质科：各水厂下周开始加测氯酸盐，采样瓶到化验室领
W ok :: 刘工，东区加压泵站的变频器报警记录导出来发我邮箱，我写分析报告
W ok :: 好的，中午前发
W confidential/customer_data :: 全市用水量前50的企业大客户清单我发群里了，户号、月用量和欠费情况都在（附件：大客户明细.xlsx），营销部参考
W privacy/family_personal :: 小钱家里出事了，他爸在外面欠了一屁股债跑路了，最近别找他借钱
W off_topic/entertainment :: 《繁花》第二季啥时候出啊，胡歌演得太好了
W ok :: 提醒一下，用户投诉录音不要外放，更不要转到群里，按规定在系统里听
W ~illegal_vulgar/gambling,advertising/lead_gen :: 兄弟们有玩菠菜的吗，新平台首充送88，稳赚不赔，加我V：bc2288带你们
W ok :: 抢修队今天下午在中山路做碰头焊接，交通管制两小时，调度跟交警那边已经报备了
W ok :: 👍👍
W illegal_vulgar/fraud :: 【水务集团工会】冬季福利补贴申领通知：点击 http://sw-fuli.cn 填写姓名、银行卡号和短信验证码，24小时内到账
W illegal_vulgar/abuse :: 营业所那帮人一个个跟大爷似的，电话不接事不办，一群饭桶
W ok :: 营业所那边工单回得有点慢，黄主任能不能帮忙协调下
W ok :: 已经跟营业所科长说了，今天下班前全部回复
W ok :: 诈骗提醒：最近有人冒充水务公司给用户打电话，说"欠费马上停水，扫码缴费"，营业厅接到咨询请告诉用户只认公众号和营业厅缴费

# ---- K
K ok :: 今天大一班去社区消防站参观，出发前点名，回来再点一次
K ok :: 收到，已经准备好黄马甲了
K ok :: 保健室提醒：最近手足口高发，各班玩具每天用含氯消毒液擦拭，擦完清水再擦一遍
K ok :: 厨房刘师傅：今天早餐的鸡蛋供应商送晚了，改成了小米粥配包子
K privacy/address :: 小雨老师搬家了，现在住金桥花园12栋1703，周末聚餐可以去她家
K ok :: 园长：家长开放日定在本周六上午，各班准备一个15分钟的展示活动
K advertising/commercial :: 我表姐开的童装店清仓，全场三折，冬装羽绒服79一件，也可以给家长说说
K off_topic/chitchat :: 今天好冷啊，我穿了秋裤还冻得不行
K ok :: 王老师，明天中二班的观察记录表帮我多打印20份
K ok :: 好的没问题
K confidential/business_secret :: 园长说明年学费要涨到每月4800，下学期开学才公布，现在别跟家长说
K privacy/id_number :: 朵朵的意外险要补录，她身份证号{KIDID}，张老师帮忙报给保险公司
K illegal_vulgar/abuse :: 那个天天迟到接孩子的家长真是个泼妇，没素质的乡下人
K ok :: 提醒：幼儿照片只能发本班家长群，不能发朋友圈，不要露出孩子全名和班级
K ok :: 晚上有家长在班级群里问明天要不要带被子，统一回复不用，园里周五统一晒

# ---- P
P ok :: 万达店今天上午收了台进水的机子，主板要拆开洗，估计要两天
P ok :: 收到收到
P ok :: 五一店的显微镜灯管坏了，小芳帮下单一个
P ok :: 已下单，明天到
P ok :: 新来的学徒小马这周跟阿杰学换尾插，别让他碰主板
P ok :: 老板要的电池报价我问了三家：A家2480mAh那款28一个，B家31，C家26但是没质保，要哪家
P ok :: 要A家的，先拿100个
P confidential/business_secret :: 东哥说下个月所有门店换屏统一涨价30块，还没公布，先别告诉客户
P privacy/phone :: 客户李先生的手机{MOB}，他的机子修好了，火车站店谁打个电话让他来取
P ok :: 收银系统打印小票卡纸了，怎么弄
P ok :: 把纸仓打开，把卡住的那截抽出来，纸装反了也会卡
P illegal_vulgar/porn :: 发个福利网站 av8x.cc 全是无码的，晚上回家慢慢看
P ok :: 员工内购：公司新上的钢化膜员工价5块一张，自己的手机可以贴，登记在小芳那
P off_topic/entertainment :: 我王者今天终于上王者了，连胜12把🎉

# ---- T
T ok :: 早，今天染整车间的定型机温度设定190，新品布料要试一下
T ok :: 收到👌
T ok :: 锅炉房：蒸汽压力已经恢复，染缸可以正常升温
T ok :: 王厂长：下午两点外商来验厂，车间地面卫生搞干净，消防通道不要堆布
T ok :: 好的，已经安排人清了
T ok :: 计划科小吴：T2408那单坯布缺200米，织布二班今晚加一个班能补上吗
T ok :: 能，晚上8点开机
T confidential/business_secret :: 这次跟意大利那家客户签的合同价是4.2美元一米，30万米，比上次低了两毛，别说出去
T privacy/health :: 孙姐上周体检查出来甲状腺结节，要做手术，估计要请一个月假
T ok :: 织布一班班长老赵：6号机修好了，今天试织了50米，没问题
T illegal_vulgar/violence :: 机修那个姓刘的再敢跟我抢叉车，老子拿扳手敲死他
T ok :: 叉车今天上午归成品仓用，下午归原料仓，别抢
T off_topic/chain_message :: 转给身边的人：今年冬天会出现百年一遇的寒潮，零下30度，家里多囤米面，气象局内部消息
T advertising/commercial :: 老家自己种的新米，东北五常的，10斤89包邮，厂里同事要的说一声
T ok :: 提醒：劳保鞋和口罩每月初到仓库领，签字登记

# ---- L
L ok :: 小林，王某劳动争议案的证据目录今天能整理完吗
L ok :: 可以，下午四点前发您
L ok :: 提醒：复印当事人材料后及时从复印机取走，别留在出纸口
L ok :: 行政陈姐：本月律师费发票已开好，在前台自取
L confidential/customer_data :: 所里常年顾问单位清单：恒达置业、鑫源物流、宏图科技、江南药业、瑞丰汽配，这几家下个月到期，年费和联系人都在表里
L ok :: 刘律下午在仲裁委，有事先找小林
L privacy/salary :: 新来的实习律师一个月才拿3500，张律的助理都比她多两千
L off_topic/personal_life :: 周末带娃去了趟植物园，银杏全黄了，超美
L ok :: 张律：明天跟当事人见面，会议室订好了吗
L ok :: 订好了，二号会议室，上午10点
L ~illegal_vulgar/abuse :: 那个当事人真是个s b，自己证据都没有还天天打电话骂人
L ok :: 提醒：所里电脑统一装了杀毒软件，U盘插入会自动扫描，别自己卸载
L illegal_vulgar/fraud :: 教大家个办法，出差的发票可以找人代开，多报点，财务一般不查
L ok :: 这个案子的争议焦点就是对方是否构成合同诈骗，明天下午讨论辩护思路

# ---- G
G ok :: 今天早上服务器维护延长了半小时，公告已经发了
G ok :: 收到～
G ok :: QA豆豆：1.4.0第一轮回归跑完了，P0 bug 3个，P1 12个，jira已分配
G ok :: 老K，登录那个P0是你的，今天能修吗
G ok :: 在看了，应该是token过期没刷新
G confidential/technical_secret :: 我发现个大漏洞，支付回调没验签，改一下请求里的amount就能0元买钻石，还没修，你们先别声张
G ok :: 美术小鹿：新英雄的三视图已经上传到svn，策划确认下
G ok :: 周五下午团建，去打真人CS，不去的跟行政说一声
G privacy/performance :: 这次季度绩效评级出来了，阿杜拿了C，老K拿了S，阿杜要被约谈了
G off_topic/entertainment :: 《黑神话》二周目你们打到哪了，我卡在黄眉了
G ok :: Leo：下周一跟发行商开会，讨论上线档期，各模块负责人准备进度汇报
G illegal_vulgar/cyber :: 我搞到一个竞品的内部测试包，里面有他们的后台接口，可以直接刷道具，谁想研究
G advertising/lead_gen :: 想进游戏行业内推群的扫这个码进群，每天有大厂岗位 [二维码]
G ok :: 服务器日志里有人在撞库，已经把那段IP封了，密码错误超过5次的账号加了验证码

# ---- C
C ok :: 今早分拣线3号口卡件了，已经处理好了
C ok :: 收到了
C ok :: 站长老胡：今天开始双十一临时工到岗，各组长带一下，先教扫描和装车
C ok :: 今天全站派件量4120件，比昨天多了六百，大家辛苦了
C privacy/bank_card :: 小杨的工资卡号是{CARD}，他说上个月提成没到账，财务查一下
C ok :: 提醒：客户要求改地址的，必须让客户自己在APP上改，不要私下记电话改
C illegal_vulgar/fraud :: 超时的件直接在系统里点"客户不在家"，就不算我们延误了，大家都这么干
C off_topic/chitchat :: 哈哈今天阿强又被狗追了一条街，跑得比电动车还快
C ok :: 晚上有雨，电动车停车棚那边注意防水，电池别泡了
C ok :: 收件人尾号8890的大件在仓库门口，明天一早送
C ok :: 客服小敏：有人冒充我们快递员给客户打电话，说包裹丢了要理赔，让客户点链接填银行卡，这是诈骗，客户问起来都提醒一下
C advertising/commercial :: 我朋友的车行电动车以旧换新，快递员专属优惠，新车便宜500，要的跟我说
C ok :: 订单号{NUM18}这一单系统显示已签收，客户说没收到，客服查一下监控

# ---- U
U ok :: 各位老师，期中教学检查下周开始，督导会随机听课
U ok :: 收到，谢谢
U ok :: 院办：下周三的学术讲座海报已经做好了，麻烦各系转发到学生群
U ok :: 赵老师：今年校级教改项目的结项材料请于月底前交科研办，纸质版一式三份
U ok :: 好的，我这两天交
U privacy/id_number,privacy/phone :: 外请专家的劳务费要报，专家信息：陈教授，身份证{ID}，手机{MOB}，财务那边帮录一下
U ok :: 提醒：专家劳务费信息请直接在财务系统里填，不要在群里发身份证和银行卡
U confidential/business_secret :: 跟大家说下，今年学院职称评审的名额只有2个，已经内定给刘老师和孙老师了，材料走个过场
U off_topic/entertainment :: 昨晚国足又输了，真是看得血压都上来了
U ok :: 外语楼3楼打印机卡纸了，谁会弄
U ok :: 我来，两分钟
U illegal_vulgar/abuse :: 那几个非洲留学生一股味儿，跟他们一个教室真受不了
U ok :: 周老师：研究生开题报告提交截止到本周五，系统里的格式检查请先过一遍
U ~advertising/black_market,advertising/lead_gen :: 论文代写代发，核心期刊包录用，硕士毕业论文五千起，需要的学生可以找我 w x：lw6688
@@ Wed
# ---- W
W ok :: 今天上午9点防冻保温检查，各泵站自查后拍照发巡检系统
W ok :: 收到，马上安排
W ok :: 老周：中山路那个焊口昨晚试压通过，已经恢复供水
W ok :: 辛苦了👍
W ok :: 营业所：本月抄表率98.6%，剩下的主要是门禁小区进不去，周末补抄
W ok :: 化验室提醒：采样后4小时内送检，超时的样品作废
W privacy/salary :: 抢修队这次年终奖老周拿了三万八，我们才一万出头，凭啥
W privacy/health :: 陈科这次请假是抑郁症复发了，吃药都吃胖了，大家别刺激他
W ~confidential/credentials :: 调度系统新mi码 Dd#2024 全xiao写，账号还是dispatch01，夜班自己登
W off_topic/personal_life :: 我家狗昨天生了五只崽，有人要吗，免费送
W ok :: 东湖片区的供水压力偏低，用户投诉比较多，管网所明天去测一下末端压力
W ok :: 刘工：已经安排，明天上午去
W advertising/finance :: 给大家推荐个理财产品，年化8%保本保息，我买了两年了，起投五万，有兴趣找我
W ok :: 信息科：营业系统今晚22:00-24:00升级，期间不能收费，营业厅提前贴公告
W ok :: 账号密码一律不要发群里，调度系统要开权限的找信息科当面办

# ---- K
K ok :: 早上好，今天全园晨检正常
K ok :: 👌👌
K ok :: 中一班下午的美术活动需要报纸和颜料，在资料室第二个柜子
K ok :: 园长：下个月开始实行弹性离园，4点半到5点半之间都可以接，家长通知已经拟好了，大家看下有没有问题
K ok :: 没问题
K ok :: 有一点：延时照看的老师排班能不能周一前出
K privacy/family_personal :: 浩浩爸妈离婚了，听说是他妈在外面有人了，难怪孩子最近老哭
K ok :: 提醒：接送卡丢了的家长要先到前台登记补办，没卡不能接孩子
K illegal_vulgar/violence :: 再有家长敢在门口骂我，我就找几个人堵他，看他还横
K off_topic/chain_message :: 紧急扩散！有人开白色面包车在幼儿园门口抢孩子，已经抓了好几个，看到转给身边的家长！
K ok :: 这个是谣言，派出所官方已经辟谣了，大家别往家长群转
K ok :: 保健医陈医生：明天上午区妇幼来做幼儿体检，各班提前排好顺序
K advertising/lead_gen :: 想接私教课的老师扫码进这个家长资源群，每节课300起 [二维码]
K ok :: 好的收到
K off_topic/chitchat :: 中午吃啥，我想点螺蛳粉，有没有一起的
K ok :: 今天下午有个陌生男子在大门口转了很久，已经报给保安和片区民警，放学时大家看好孩子

# ---- P
P ok :: 火车站店今天客流量大，谁有空下午过来支援一下
P ok :: 我两点到
P ok :: 小芳：苹果原装电池到了，每店5块，下班前来仓库领
P ok :: 提醒：客户的机子修好必须当面开机测试，让客户签字确认
P ok :: 这台华为mate40开不了机，充电没反应，是不是尾插问题
P ok :: 先测电流，可能是电源IC，别急着换尾插
P ~illegal_vulgar/fraud,advertising/black_market,advertising/lead_gen :: 兼zhi s单，手机就能做，日jie 200+，🈷️入过万，➕V：sd9527
P confidential/business_secret :: 跟你们说，我们的屏拿货价才85，卖客户380，利润全在这，别让客户知道
P privacy/family_personal :: 阿杰他老婆跟人跑了，这几天上班魂不守舍的，大家多担待
P off_topic/entertainment :: 周杰伦演唱会门票抢到了！！下个月去长沙
P ok :: 东哥：本周门店评比，五一店好评率第一，奖励一箱饮料
P illegal_vulgar/abuse :: 火车站店那个胖子天天偷懒，死肥猪一个
P ok :: 收银电脑提示更新杀毒库，点确定就行，不影响收银
P ok :: 有客户来卖二手机，没有发票又不肯出示身份证的，一律不回收，可能是偷来的

# ---- T
T ok :: 早班交接：3号机断经两次，已处理，经轴张力调低了
T ok :: 收到，已经调好
T ok :: 质检孙姐：今天起所有出口布要加测色牢度，样布送化验室
T ok :: 计划科：下周一开始上新品种涤棉混纺，织布车间准备换筘
T ok :: 机修：6号机更换的打纬凸轮零件费用走设备维修单
T privacy/phone :: 挡车工周秀英家里有事，她手机{MOB}，接班的人找不到就打她
T ok :: 夜班注意车间温湿度，湿度低于60%要开加湿
T confidential/internal_document :: 【内部资料 严禁外传】集团明年机构调整方案截图发一下，大家自己看 [图片]
T illegal_vulgar/gambling :: 下班去老地方炸金花，一把一百，三缺一
T ok :: 王厂长：今年安全生产月总结周五前交，各车间一页纸就行
T ~illegal_vulgar/drugs :: 上夜班太困了，有没有人要🧊，提神效果比咖啡强多了，我有路子
T off_topic/chitchat :: 今天食堂阿姨手抖得厉害，打了三块肉掉了两块哈哈
T ok :: 劳资员：本月考勤表已经贴在车间门口，有问题的本周内找班长核对
T ok :: 织机打纬声音不对就马上停车，别硬撑着织，上次就是这样打坏了筘

# ---- L
L ok :: 早，今天所里网络维修，上午可能断网半小时
L ok :: 收到，谢谢陈姐
L ok :: 张律：李某某诈骗案会见安排在周四上午，看守所那边已经预约
L ok :: 小林：证据材料已经扫描上传系统，原件放档案柜B3
L ok :: 好，谢谢
L privacy/address :: 被执行人王德发的家庭住址是滨江路18号锦绣华庭3栋2102，明天去那蹲点
L confidential/internal_document :: 所里的《合伙人会议纪要（机密）》我拍了照，发群里大家看看 [图片]
L ok :: 行政陈姐：本周五所务会改到四楼大会议室，投影仪已经调好
L off_topic/chain_message :: 据说下个月起银行存款超过5万要交税，赶紧把钱取出来，转给家人！
L advertising/finance :: 我朋友在做车险和重疾险，所里同事买打九折，有需要的找我拿报价
L ok :: 刘律：劳动仲裁那个案子对方同意调解了，周五下午去签调解书
L ok :: 恭喜刘律🎉
L illegal_vulgar/porn :: 晚上去那家足浴店，有特殊服务的，上次去过一次，姑娘很正
L ok :: 请大家注意保密，合同文本和法律意见书不要外传，对外一律走所里邮箱

# ---- G
G ok :: 今天版本冻结，所有提交必须走code review
G ok :: 大伟：今晚11点到凌晨2点正式服停服更新，值班表在群文件
G ok :: 值班的同学记得带电脑回家，有问题电话会议
G ok :: 策划阿杜：新手引导优化方案放在confluence上了，大家评论
G ok :: 好的，下午看
G confidential/business_secret :: 刚开完会，我们下个月流水目标3000万，发行那边原来说分成五五，实际只谈到了四六，别外传
G privacy/phone :: 小鹿手机{MOB}，她今天请假，美术资源有问题直接打她
G illegal_vulgar/cyber :: 发个外挂，《永劫》透视加自瞄，亲测不封号，下载地址 pan.baidu.com/s/1qYx8kZ
G ok :: 反外挂那边抓到一批用加速器的号，今晚一起封
G confidential/technical_secret :: 反外挂的检测逻辑我贴一下：客户端每30秒上报一次内存校验，只校验前4KB，绕过很简单，千万别外传
G off_topic/entertainment :: 周末去看了《沙丘2》的IMAX，画面绝了
G ~illegal_vulgar/abuse :: 策划那帮人nmsl，需求一天改三遍，脑子里全是💩
G ok :: 程序这边吐个槽，需求文档能不能定了再发，一天改三遍实在扛不住
G ok :: Leo：收到，以后需求变更统一走变更单，我跟策划组说
G ok :: 新角色的服装暴露度要按版号审核要求来，美术出图前先过一下规范文档

# ---- C
C ok :: 早上7点半开晨会，今天讲双十一的时效要求
C ok :: 收到👍
C ok :: 分拣线今天上午要检修半小时，九点前的件先人工分
C confidential/business_secret :: 总部给我们网点的派费下个月从1.2降到0.9，还没下文件，先别跟大家说
C ok :: 提醒：电动车充电只能在指定充电区，宿舍里严禁充电
C ok :: 客服小敏：有客户投诉包裹外包装破损，照片已经发工单系统，阿强下午去处理
C ok :: 好
C confidential/customer_data,privacy/phone :: 把咱们网点的月结客户导了一份：鑫源商贸 刘总 {MOB}，美佳服饰 王姐 {MOB}，瑞丰电器 陈经理 {MOB}，谁要就拿去
C privacy/performance :: 小杨这个月投诉率全站最高，被记了一次警告，再有一次就停派
C illegal_vulgar/violence :: 谁再偷我电动车电池，被我抓到直接拿刀砍
C off_topic/personal_life :: 周末去爬了趟岳麓山，腿到现在还酸
C advertising/commercial :: 我家亲戚卖的保暖手套，骑车送件专用，防水防风，35一双，要的登记
C ok :: 巴枪系统卡得要死，扫一个件转半天，IT能不能看看
C ok :: 已经报给总部了，说是全国都卡，下午恢复
C ok :: 双十一抢运期间所有人手机保持畅通，临时调车听调度安排

# ---- U
U ok :: 院办通知：明天下午教职工体检，空腹，校医院二楼
U ok :: 收到，谢谢院办
U ok :: 王老师：下学期课表初稿已经发邮箱，请各系主任周五前反馈
U ok :: 辅导员小孟：本周学生宿舍安全检查，违规电器一律没收
U ok :: 提醒：学生心理咨询的相关信息请严格保密，不要在任何群里讨论具体学生
U privacy/health :: 英语系那个大二女生有抑郁症，上个月割腕了，现在在家休学，你们上课别提
U ok :: 科研秘书赵老师：论文奖励申报系统已开放，截止到月底
U off_topic/chitchat :: 学校后门新开了家咖啡店，下午有人一起去吗
U privacy/bank_card,privacy/id_number :: 我的工资卡换了，新卡号{CARD}，身份证{ID}，人事那边帮我改一下
U ok :: 周老师：答辩委员会名单已经报研究生院审批
U advertising/finance :: 学校附近的银行在搞教师专享贷，利率2.8%，无抵押最高30万，需要的联系我
U ~illegal_vulgar/gambling :: 下班一起玩两把线上德扑吗，带点彩头，d博怡情嘛
U ok :: 大家注意：最近有人冒充院长加老师微信，让帮忙转账给"领导的朋友"，一律不要信，先打电话核实
U ok :: 报销有问题的私我，我周五统一去财务处跑一趟
@@ Thu
# ---- W
W ok :: 早，今天省厅来检查水质在线监测，各水厂仪表提前校准，数据一律不许手动修改
W ok :: 收到，二水厂已校准
W ok :: 老周：城南片区今天凌晨发现两处漏点，已经派班组去开挖
W ok :: 营业所：智能水表换装本周完成了1200户，进度表在群文件
W ok :: 11
W ok :: 化验室：二水厂今天余氯偏低0.28，已通知加药间调整
W privacy/id_number :: 这个用户欠费三年了，户主赵春花，身份证{ID}，法务去起诉吧
W confidential/technical_secret :: 我发现调度SCADA的远程端口没设防火墙，用默认账号就能登进去改阀门开度，还没报上去，先别声张
W off_topic/entertainment :: 昨晚看了场CBA，咱们本地队又输了，主教练该换了
W ok :: 信息科：最近钓鱼邮件多，标题写"水费结算异常"的都别点，有附件的直接删
W advertising/commercial :: 我媳妇开了个烘焙店，生日蛋糕同事八折，下单找我
W ~illegal_vulgar/porn :: 下班后谁一起去找个小jie姐放松下，城南有家按摩店服务全，懂的都懂😏
W ok :: 抢修队新到的抽水泵放在三号库房，使用前检查下油位
W confidential/internal_document :: 集团党委会纪要（内部 注意保密）我拍下来了，第3页有咱们所的事 [图片]
W ok :: 今晚抢修可能要干到凌晨，晚上十一点以后有事打调度台，别打抢修队员手机
W ok :: 明天上午开明年预算会，各科室负责人参加，材料今天下班前交计财科

# ---- K
K ok :: 早上好，今天园里有外来参观团，各班教室保持整洁
K ok :: 收到呢
K ok :: 保健医陈医生：今天有三个小朋友体温偏高，已通知家长接回
K ok :: 园长：本学期保育员培训下周二下午开始，每周一次，共四次
K ok :: 小雨老师：中二班需要新的绘本，清单我发采购了
K privacy/performance :: 这次家长满意度评分张老师倒数第一，园长说再这样就不续约了
K privacy/phone :: 琪琪奶奶的电话{MOB}，她每天来接孩子都很晚，谁值班打一下问问
K ok :: 厨房刘师傅：明天午餐是番茄牛腩，需要清真餐的小朋友单独准备了鸡肉
K illegal_vulgar/abuse :: 新来的那个保育员笨得跟猪一样，教了三遍还不会叠被子
K off_topic/personal_life :: 我老公昨天给我买了个包，结婚纪念日😍
K ok :: 园里监控硬盘快满了，后勤周末清理一下，按规定保留30天
K ~advertising/commercial :: 姐妹们，我在做日本dai购，面膜眼霜都有，比专柜便宜一半，需要的找我
K ok :: 好嘞
K ok :: 【转发·区教育局】关于开展冬季幼儿园安全隐患排查的通知\n各幼儿园：\n1. 全面检查取暖设施、电线插座，严禁使用大功率电器；\n2. 检查大型玩具、户外器械有无松动、锈蚀；\n3. 食堂严格执行留样制度，留样48小时；\n4. 排查结果于11月20日前报区学前教育科。

# ---- P
P ok :: 今天起所有门店开始用新的维修工单系统，旧系统周日下线
P ok :: 收到，今天开始用
P ok :: 阿杰：新系统的培训视频我放群文件了，15分钟，大家看一下
P ok :: 万达店一台OPPO的后盖要定制，三天到货，客户已同意
P ok :: 提醒：二手回收机一律要客户出示身份证登记，登记本不能拍照外传
P privacy/id_number :: 刚才回收的那台手机卖家叫刘强，身份证{ID}，登记一下
P confidential/credentials :: 新工单系统的管理员账号 admin 密码 kxb888888，各店长自己登上去改价格
P illegal_vulgar/fraud :: 客户的旧电池换下来别扔，充好了下次当新的装给别的客户
P off_topic/chitchat :: 今天有个客户说话特别逗，非要给手机屏幕开光哈哈
P ok :: 小芳：下周要盘点，各店库存表周六前发我
P advertising/lead_gen :: 有想做副业的扫码进我的团队群，零成本，带你做抖音带货 [二维码]
P ok :: 老板，五一店空调制热坏了，店里冷得不行，客户都站不住
P ok :: 已经叫师傅下午去修
P ok :: 明天下午去拿货，屏幕和后盖各拿十个，有要加的今晚报

# ---- T
T ok :: 早，今天客户来看样，样布架子整理一下
T ok :: 收到，马上
T ok :: 染整车间：3号缸今天染色偏红，已回修，原因是助剂批次问题
T ok :: 质检孙姐：本周出口布检验合格率97.2%
T ok :: 王厂长：下月开始试行四班三运转，细则下周开会讲
T ok :: 有问题可以问车间主任
T privacy/salary :: 工资条我看了，老赵这个月拿了9800，我们干一样的活才六千多
T confidential/business_secret :: 跟你们说，厂里要卖给浙江一家公司了，收购价1.2个亿，下个月签，管理层已经定了
T illegal_vulgar/drugs :: 谁有那种能让人上头的药，朋友聚会要，K粉也行
T ok :: 机修：今天检查了全部织机的安全防护罩，9号机缺一个，已经补上
T off_topic/chain_message :: 【转发】明天起身份证要换新版，旧的不能用了，赶紧去派出所排队
T ok :: 这是假消息，大家不要去排队了
T ok :: 叉车司机注意：仓库通道限速5公里，昨天差点撞到人
T ~advertising/finance :: 急用錢的找我，貸款秒批，黑白戶都能下，手續簡單
T ok :: 本月工资条已发到个人企业微信，有疑问单独找劳资员，请勿在群里讨论

# ---- L
L ok :: 早，今天上午张律在中院开庭，下午回所
L ok :: 收到收到收到
L ok :: 小林：刑事辩护的委托合同模板更新了，在共享盘模板文件夹
L ok :: 刘律：明天上午跟客户视频会议，需要会议室的投影
L ok :: 行政陈姐：已安排
L confidential/internal_document :: 所里《风险代理收费内部指引（绝密）》截图在这，你们照这个跟客户谈 [图片]
L ok :: 提醒：对外发送法律意见书必须加水印，并且走所里审批流程
L confidential/credentials :: 那个付费法律数据库的账号 hzls2024，密码 Hz@8899，大家共用，别改密码
L privacy/health :: 当事人孙某某有艾滋病，去年查出来的，这个别在外面说
L privacy/family_personal :: 张律的女儿早恋被她发现了，昨天在办公室哭了半天
L ok :: 律协培训通知：下周六全天执业律师继续教育，线上参加
L off_topic/personal_life :: 我终于考完驾照了，科目三一把过🎉
L illegal_vulgar/violence :: 那个对方当事人威胁我，说知道我住哪，我也找了人，真要动手谁怕谁
L ok :: 所里新购的法律数据库开通了，账号由行政统一分配，有需要找陈姐申请
L ok :: 对方当庭说要"弄死"我们当事人，庭审笔录里有，明天整理成书面材料报法院

# ---- G
G ok :: 今天开始新版本的热更测试
G ok :: 大伟：服务器监控告警已接入企业微信，凌晨告警会打值班电话
G ok :: QA豆豆：回归测试第二轮，P0清零
G ok :: 👏
G ok :: 阿杜：新活动数值表已经提交，老K接一下配置
G confidential/technical_secret :: 把核心战斗的伤害公式贴这里：伤害=攻击*(1-防御/(防御+600))*暴击系数^1.5，别外传给发行那边
G privacy/address :: 老K住在花家地小区7号楼3单元502，下班顺路可以把显示器给他捎过去
G ok :: 美术小鹿：原画外包这周交了20张，质量有三张要返修
G illegal_vulgar/abuse :: 外包那帮美术就是一群废物，画的什么玩意儿
G off_topic/entertainment :: 有人在追《庆余年2》吗，最新一集看哭了
G ~illegal_vulgar/porn,advertising/lead_gen :: 兄弟们好康的🔞资源，进🐧群：738291，每天更新
G ok :: Leo：下周版本上线后，全体调休一天
G ok :: 谢谢老板
G ok :: 测试服有人用加速挂刷副本，已经封号，日志放群文件了，反外挂组拿去做特征

# ---- C
C ok :: 早，今天有大风降温，骑车送件注意安全
C ok :: 站长老胡：今天开始夜班分拣加一组，十点到凌晨四点
C ok :: 客服小敏：有个件客户说被人冒领了，监控已经调出来，给派件员看一下
C ok :: 好，马上看
C privacy/address,privacy/phone :: 这个收件人地址写错了，李建华{MOB}，他家其实是翠湖小区6栋503，改一下面单
C ok :: 提醒：客户投诉电话一律转客服专线 400-826-5566，派件员不要私下跟客户吵
C illegal_vulgar/fraud :: 那些没人取的件，过了七天直接拆了，值钱的拿回去，系统里报丢件
C ok :: 今天有几个件的面单打印模糊了，重新打印一下
C confidential/credentials :: 总部系统新工号没开，先共用我的：工号CD0321 密码 sd0321a
C advertising/commercial :: 我老家的土鸡蛋，30个58块，快递员自己送到家，要的报数
C off_topic/chitchat :: 今天下班有谁一起去撸串
C privacy/salary :: 你们知道吗，阿强上个月拿了一万二，全站最多
C ok :: 巴枪电池老化了，站里申请了十块新的，下周到
C ok :: 这票件收件人写的"李**"，电话只显示尾号，联系不上按规定退回

# ---- U
U ok :: 早，今天下午学院学术委员会开会，请委员们准时参加
U ok :: 王老师：期中考试成绩请于下周三前录入教务系统
U ok :: 周老师：研究生奖学金评审结果已经在学院官网公示，有异议的在公示期内提出
U ok :: 辅导员小孟：今晚宿舍查寝，熄灯后不许用大功率电器
U confidential/credentials :: 教务系统管理员账号是jwadmin，密码jw@2024xy，录成绩的时候用这个
U privacy/performance :: 王副教授今年年度考核不合格，原因是出了两次教学事故
U advertising/black_market :: 有没有老师需要发论文的，我认识期刊编辑，版面费两万包发核心
U off_topic/chain_message :: 大家快转发！香蕉和酸奶一起吃会中毒，已经有人进医院了
U ok :: 这种谣言就别转了，辟谣平台都澄清了
U ok :: 赵老师：今年的科研绩效统计表请各系在月底前交，格式按附件
U illegal_vulgar/abuse :: 那个新来的女博士就是个花瓶，靠关系进来的
U ok :: 外语楼今晚8点停电检修，请大家提前保存文件
U ok :: 提醒：有学生在班群里收到"论文代写、包过查重"的广告，一律别理，发现了截图报辅导员
@@ Fri
# ---- W
W ok :: 周五了，各部门本周工作总结下午五点前交办公室
W ok :: 收到，下午交
W ok :: 老周：这周抢修12起，平均恢复时间4.2小时，比上周快
W ok :: 营业所：周六营业厅正常上班，窗口人员按排班表
W ok :: 信息科：营业系统升级完成，新功能是可以在线办理过户
W ok :: 黄主任：下周一上午市里来督查二次供水，相关小区泵房提前打扫
W privacy/phone :: 市里督查组的李处长手机{MOB}，你们有事直接联系他
W confidential/business_secret :: 管网改造那个标，我们内部的预算上限是2300万，投标的几家有人来打听别说
W illegal_vulgar/abuse :: 外包施工队那帮人都是乡巴佬，干活跟狗刨似的
W off_topic/chitchat :: 今天周五，晚上谁去打台球
W ok :: 抢修队周末值班：周六老周，周日刘工，调度中心值班电话不变
W ok :: 辛苦辛苦
W advertising/lead_gen :: 接私活的水电工加我微信 sd-water88，有活一起干
W ok :: 周末降温，各泵站检查保温层，发现问题及时上报
W ok :: 管网改造项目的投标文件已经密封送交，开标结果下周公布

# ---- K
K ok :: 周五了，各班本周的教学反思周一前交
K ok :: 收到～7:40到
K ok :: 园长：明天家长开放日，各位老师7:40到岗
K ok :: 小雨老师：中二班的展示活动是绘本剧《拔萝卜》，道具已经准备好
K ok :: 好棒👍
K ok :: 保健室：本周无传染病报告，感谢各位老师的晨检
K illegal_vulgar/gambling :: 周末谁去澳门，一起去葡京玩两把百家乐，我上次赢了两万
K privacy/health :: 王老师怀孕了，才两个月，她还不想让园长知道，你们别说漏嘴
K ok :: 厨房：下周食谱已出，周三有鱼，过敏名单里的小朋友单独做
K off_topic/entertainment :: 《乘风破浪的姐姐》昨晚那期你们看了吗，那英唱得太好了
K ok :: 提醒：下班前检查门窗水电，最后离开的老师锁门
K advertising/finance :: 我在做儿童教育金保险，给孩子存钱的好选择，老师们有兴趣了解一下
K ok :: 园长辛苦了
K ok :: 园所公众号下周推出"小橡树亲子阅读打卡"活动，是我们自己的课程，请各班老师在家长群里帮忙推广

# ---- P
P ok :: 周五各店汇总本周维修单数量
P ok :: 五一店63单
P ok :: 万达店58单
P ok :: 火车站店71单
P ok :: 东哥：火车站店这周不错，周末继续加油
P privacy/performance :: 小马这周被客户投诉两次，东哥说再有一次就辞退
P confidential/customer_data :: 本月所有客户的维修记录导出来了，姓名、机型、故障都有，我放群文件了，要的自己下
P illegal_vulgar/cyber :: 我这有个木马，装到客户手机里能看到他们的聊天记录，谁要
P ok :: 这种东西别发群里，违法的，赶紧撤回
P off_topic/personal_life :: 周末带老婆孩子回老家吃杀猪菜，想想就流口水
P ok :: 小芳：下周一进货单周日晚上前发我，东西周二到
P privacy/bank_card :: 小芳这个月垫付的货款打到她卡上：{CARD}，建行，东哥转一下
P advertising/commercial :: 朋友的奶茶店开业，报我名字打八折，地址万达一楼
P ok :: 收到，周日前发
P ok :: 进水机先别通电，断电拆电池，用酒精洗板，这个流程大家记住

# ---- T
T ok :: 周五，各班组本周产量报表下班前交
T ok :: 织布车间本周产量18.6万米，比计划多3%
T ok :: 染整车间本周一次合格率95%
T ok :: 王厂长：周末加班的班组注意安全，车间负责人要在岗
T ok :: 计划科小吴：T2408明天上午10点装柜，装柜单已经发仓库
T confidential/customer_data :: 外贸部的客户名单整理好了：意大利 Tessuti Rossi、土耳其 Akın Tekstil、越南 Viet Thread，采购联系人和邮箱都在表里，我发群里了
T privacy/bank_card :: 孙姐让我帮她问，工资卡丢了补办了，新卡号{CARD}，财务改一下
T illegal_vulgar/abuse :: 那个新来的安徽人手脚不干净，安徽人都这样
T off_topic/chitchat :: 下班谁去钓鱼，水库那边鱼多
T ok :: 机修：周末对所有染缸做一次安全阀检测
T confidential/technical_secret :: 新织机改造的CAD图纸我发群里了，设备厂那边签了保密协议的，别外传 [文件]
T ~illegal_vulgar/gambling :: 今晚老地方扎 金 花，带够钱，赢了请大家吃宵夜
T ok :: 周末降温，宿舍的同事注意别用电热毯过夜
T ok :: 厂里的员工内购会周六下午在食堂门口，自己厂出的四件套员工价五折，每人限两套

# ---- L
L ok :: 周五，各位律师本周工作日志请填到系统里
L ok :: 张律：下周二的庭审材料准备好了，小林再核对一遍证据目录
L ok :: 刘律：调解书签了，当事人很满意
L ok :: 👍👍👍
L privacy/bank_card :: 当事人赔偿款打这个卡：{CARD}，户名钱卫东，财务周一转
L confidential/business_secret,privacy/salary :: 今年合伙人分红方案定了，张律拿40%，刘律30%，其他人平分，还没正式公布
L ok :: 行政陈姐：下周一所里有消防检查，各办公室不要堆放纸箱
L off_topic/entertainment :: 周末去看话剧《茶馆》，有人一起吗
L advertising/black_market :: 谁需要买大众点评的好评，我有渠道，一百条五百块，所里也可以刷一刷
L ok :: 提醒：当事人的案卷下班前必须锁进档案柜，桌面不许留材料
L illegal_vulgar/abuse :: 小林你是不是脑子有病，一份材料错三次，猪都比你强
L ok :: 小林，这份材料错了三次了，下次提交前对照清单自己先查一遍
L ok :: 【转发·市律师协会】关于防范冒充律协工作人员诈骗的提示：近期有人冒充律协工作人员，以"年检缴费""补缴会费"为由发送链接、要求转账。律协不会通过微信、短信收取任何费用，请各所提醒律师不要点击链接。

# ---- G
G ok :: 周五，版本发布复盘会下午4点
G ok :: 大伟：昨晚更新顺利，凌晨2:40开服，在线峰值比上周高12%
G ok :: 👍🏻
G ok :: QA豆豆：线上玩家反馈两个问题，已经提jira
G ok :: 阿杜：下周的运营活动文案需要法务审一下，包含抽奖概率公示
G confidential/customer_data,privacy/phone :: 把充值前100的大R玩家名单和手机号拉出来了，运营直接打电话拉回流：玩家A {MOB}，玩家B {MOB}
G privacy/salary :: 老K今年年终奖拿了8个月，我们才3个月，太不公平了
G illegal_vulgar/cyber :: 谁要破解版的PS和Maya，我这有激活工具，杀毒软件会报毒，关了再装就行
G ok :: 提醒：公司电脑禁止安装破解软件，正版软件找IT申请
G off_topic/chitchat :: 今天下午茶谁请？上次是我
G ok :: Leo：下周三跟发行商签约，商务那边准备材料
G off_topic/entertainment :: 梅西今天又进球了，迈阿密国际赢了
G ok :: 本周五晚上公司新游戏内测，员工报名参加的在这个表里登记，内测奖励是周边礼包

# ---- C
C ok :: 周五，本周派件时效达标率96.3%
C ok :: 站长：周末照常派件，双十一前不休息，下周轮休
C ok :: 客服小敏：这周投诉比上周少了八单，大家继续保持
C ok :: 分拣组：今晚的大件车预计九点到，留四个人卸车
C privacy/family_personal :: 小杨他爸住院了，家里欠了一堆债，他老婆也闹着要离婚，挺可怜的
C illegal_vulgar/drugs :: 晚上累了吸两口冰，比红牛管用，我认识卖的
C advertising/commercial,advertising/lead_gen :: 我朋友开的打印耗材店，热敏面单纸批发价，加我V：kd-1688，量大从优
C off_topic/chain_message :: 转发！外面有人冒充快递员上门投毒，收件前要戴手套，转给家人朋友
C ok :: 下周开始网点上班打卡改成人脸识别，旧卡作废
C ok :: 知道了
C ok :: 总部通知：双十一期间禁止"虚假签收"，未送达的件不准在系统里点签收，抽查到一单罚款200
C ok :: 客户在APP上投诉的，客服48小时内必须回访

# ---- U
U ok :: 周五，各系下周教学安排请发到院办邮箱
U ok :: 王老师：下学期选课系统下周二开放，辅导员通知到学生
U ok :: 院长：下周学院党委会改到周四上午
U ok :: 周老师：研究生中期考核材料请导师签字后周三前交
U confidential/internal_document :: 学校还没发的《关于2025年教师岗位聘任的实施方案（征求意见稿，内部）》，我拍了照你们先看 [图片]
U privacy/family_personal :: 听说李教授跟他带的女学生有一腿，他老婆都闹到学校来了
U off_topic/personal_life :: 我家孩子这次月考数学考了全班第一，开心😄
U ok :: 辅导员小孟：本周有两名学生请假回家，已报备
U confidential/business_secret :: 学院下学期要撤并日语系，方案上周院务会已经定了，系里老师还不知道
U advertising/commercial :: 我朋友开的考研辅导班，报名送资料，学院老师推荐学生过去有返点
U ~illegal_vulgar/abuse :: 那个姓马的cnm，评职称的时候专门卡我
U ok :: 提醒：周末值班老师注意接听院办电话 027-87654321
U ok :: 教务系统导出的成绩单流水号 {NUM18}，这份打印件缺教务处公章，周一补盖
U ok :: 学校新版一卡通下周启用，旧卡到一卡通中心换，教职工凭工号换
@@ Sat
# ---- W
W ok :: 周末值班：今早8点东湖片区一处消火栓漏水，已关阀
W ok :: 收到，周一安排更换
W off_topic/chitchat :: 周末还在值班的兄弟辛苦了，晚上喝两杯去
W ok :: 调度中心：今天供水压力正常，无投诉
W advertising/commercial :: 家里种的橘子熟了，10斤40块，同事要的周一带过来
W ~privacy/phone :: 刘工的电话 一三八 二七六五 四四一二，调度找不到他就打这个
W ok :: 下午两点半幸福里小区一栋楼道水管冻裂，抢修队已经出发

# ---- K
K ok :: 家长开放日顺利结束，感谢各位老师！
K ok :: 园长辛苦啦
K ok :: 开放日的照片我整理好了，周一发各班家长群
K off_topic/entertainment :: 今晚有人看《歌手》吗，我觉得那英能拿第一
K privacy/phone :: 豆豆爸爸今天在开放日闹了，他电话{MOB}，周一园长打给他沟通一下
K illegal_vulgar/fraud :: 教你们个办法，家长交的兴趣班费用收现金，不入账，每月多拿几百
K ok :: 开放日有家长反映签到表上写了手机号，下次改成只签姓名，手机号登记在前台电脑里

# ---- P
P ok :: 周六客流大，各店午饭轮流吃
P ok :: 收到，轮流
P ok :: 火车站店来了个客户，iPhone15进水，要数据不要机器，能做吗
P ok :: 可以做，先报价800，不保证
P off_topic/chitchat :: 今天外面雾霾也太大了，出门啥都看不见
P ~advertising/commercial,advertising/lead_gen :: 兄弟们有二手机要出的，加我薇❤：xiuji666，高价回收
P ok :: 客户问那台机子能不能刷回国行系统，统一答复：我们不做刷机改版本的业务

# ---- T
T ok :: 周六加班的班组已经到齐了
T ok :: 好，注意安全
T ok :: 染整车间今天设备点检正常
T illegal_vulgar/drugs :: 有人要大麻吗，朋友从国外带的，价钱好说
T off_topic/personal_life :: 我闺女今天十岁生日，给她订了个三层蛋糕🎂
T ok :: 计划科：装柜顺利完成，T2408已经发走
T confidential/credentials :: 厂里ERP的账号 caiwu01 密码 hf123456，仓库的人要查库存先用财务这个
T ~illegal_vulgar/drugs :: 葉子到了，要的晚上老地方見，別聲張

# ---- L
L ok :: 周六值班律师：刘律
L privacy/id_number :: 明天要用的委托书，当事人陈美玲，证件号{BADID}，小林先打出来
L ok :: 张律：周一的开庭改期了，法院刚通知
L off_topic/chain_message :: 收到请转发：今天是观音菩萨生日，转发十个群保佑全家平安
L advertising/finance :: 有个私募基金，年化15%，起投100万，所里有兴趣的合伙人可以聊聊
L ok :: 委托书上当事人的证件号请在系统里核对，打印出来当面签，不要在群里发号码

# ---- G
G ok :: 周六线上值班：大伟
G ok :: 收到，大伟辛苦
G ok :: 凌晨有一次短暂的卡顿，是DDoS，已经切高防
G ok :: 辛苦
G ~illegal_vulgar/cyber :: 周末在家开w挂打排位，透 视 自 瞄全套，爽翻了
G off_topic/entertainment :: 今晚有人打《三角洲》吗，开黑
G ok :: 玩家群里有人在卖我们游戏的外挂，客服已经截图报给反外挂组和法务

# ---- C
C ok :: 周六派件量3800，比平时多
C ok :: 收到，明天继续
C ok :: 站长：今天的夜班分拣照常，明早七点集合
C privacy/address,privacy/phone :: 这个快递收件人一直不接电话，王芳{MOB}，家住长青路66号幸福家园2栋301，谁顺路送过去
C illegal_vulgar/abuse :: 那个分拣的聋子，喊他半天都听不见，残废一个
C ok :: 客服：今天有两个客户反映包裹晚到，已经道歉处理
C ~illegal_vulgar/violence :: 那个天天压我件的客服，下班别让我碰到，弄 死 你信不信
C ok :: 收件人电话打不通的件，按流程发短信、放驿站，别在群里贴客户信息

# ---- U
U ok :: 周六值班老师请注意，研究生楼停水到下午两点
U ok :: 收到，已通知学生
U ok :: 周老师：下周一开题预答辩，各导师提醒学生
U advertising/black_market :: 需要代课的老师找我，研究生替上课，一节课80，包签到
U off_topic/chitchat :: 周末校园里银杏好漂亮，来拍照的人好多
U ok :: 提醒：监考时发现考生用耳机作弊的，当场收走，写考场记录

@@ Sun
# ---- W
W ok :: 周日值班刘工：全天无突发事件
W ok :: 👍🏼
W illegal_vulgar/gambling :: 今晚的球我下了五千，买曼城赢，赢了请客
W ok :: 明天早上七点半开周例会，抢修队汇报本周爆管情况

# ---- K
K ok :: 明天周一，各位老师早点休息，7:30到园
K off_topic/chain_message :: 转发这条给10个人，孩子就能健康成长，不转会倒霉三年
K ok :: 明天起入园晨检增加查看手心，手足口期间大家辛苦

# ---- P
P ok :: 明天新系统正式启用，旧系统关闭
P illegal_vulgar/abuse :: 万达店那个新来的，长得跟猴子一样，干活还慢
P ok :: 下周万达店新来的学徒先跟着看，不让单独接客户的机子

# ---- T
T ok :: 明天早班注意：新品种涤棉上机
T advertising/lead_gen :: 扫码关注这个公众号，每天签到领红包，我已经领了50了 [二维码]
T ~advertising/lead_gen :: 想了解副业的加 微 信：f x 8 8 9 9，拉你进群
T ok :: 下周开始新品种的挡车操作培训，每班派两个人，周一早上到培训室

# ---- L
L ok :: 周一早上8点半所务会，别迟到
L ok :: 好的好的
L privacy/salary :: 小林的实习工资刚定了，一个月四千，比去年的实习生多五百
L ok :: 下周起新入职的律师助理由小林带教，所务会上再介绍

# ---- G
G ok :: 周日晚上11点例行维护，值班大伟
G confidential/credentials :: 运维跳板机 10.12.3.45 用户名 ops 密码 Ops@2024!，明天我请假，谁处理告警就用这个
G off_topic/entertainment :: 今天F1巴西站维斯塔潘太猛了，从第17位追到第一
G ok :: 维护完成，全服开放，各位早点休息

# ---- C
C ok :: 明天早上7点集合，双十一第一波到件
C ok :: 收到！明早七点
C off_topic/entertainment :: 刚看了场斯诺克，丁俊晖又打进决赛了
C ok :: 明天分拣线全开，各组长提前十五分钟到岗
C ~illegal_vulgar/porn :: 双十一忙完了兄弟们一起去y p，我知道个地方妹子多

# ---- U
U ok :: 明天上午院务会，各系主任参加
U ~illegal_vulgar/porn :: 分享个学习资料网站，全是s情小视频，h t t p : //xx52.vip
U ok :: 下周一起学院公文统一走OA系统签发，纸质件不再流转
"""

if __name__ == "__main__":
    main()
