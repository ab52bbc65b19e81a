"""Generator for data/drafts/w16_length.jsonl (message length extremes: long notices/reports and very short replies, all workplaces).

Lines are written by hand below as `TAG :: TEXT`. TAG is `ok`, `hard` (hard negative, label []),
or a comma list of sub-category aliases; a leading `!` marks a line with deliberate evasion.
Placeholders {ID} {IDB} {IDS} {P} {PS} {PD} {PP} {C} {CS} are filled with fresh generated values.
"""
import json
import random
import re
import sys
from pathlib import Path

random.seed(16016)
HERE = Path(__file__).resolve().parent
LABELS = ["confidential", "privacy", "illegal_vulgar", "advertising", "off_topic"]
ALIAS = {
    "bs": "confidential/business_secret", "cd": "confidential/customer_data", "cr": "confidential/credentials",
    "doc": "confidential/internal_document", "tech": "confidential/technical_secret",
    "id": "privacy/id_number", "ph": "privacy/phone", "card": "privacy/bank_card", "addr": "privacy/address",
    "sal": "privacy/salary", "hl": "privacy/health", "fam": "privacy/family_personal", "perf": "privacy/performance",
    "porn": "illegal_vulgar/porn", "gam": "illegal_vulgar/gambling", "drug": "illegal_vulgar/drugs",
    "fraud": "illegal_vulgar/fraud", "vio": "illegal_vulgar/violence", "cyber": "illegal_vulgar/cyber",
    "abuse": "illegal_vulgar/abuse",
    "com": "advertising/commercial", "lead": "advertising/lead_gen", "bm": "advertising/black_market",
    "fin": "advertising/finance",
    "chat": "off_topic/chitchat", "ent": "off_topic/entertainment", "life": "off_topic/personal_life",
    "chain": "off_topic/chain_message",
}

# ---------------------------------------------------------------- PII generators
REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "320102", "320583", "330106",
           "330382", "510107", "420106", "370202", "610113", "500103", "430104", "350203", "410105",
           "130102", "220104", "450103", "520102", "340104", "360102", "140105", "210203"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def _id17():
    y = random.randint(1946, 2008)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return f"{random.choice(REGIONS)}{y}{m:02d}{d:02d}{random.randint(1, 999):03d}"


def id_check(s17):
    return CHK[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def gen_id():
    s = _id17()
    return s + id_check(s)


def gen_id_bad():
    s = _id17()
    good = id_check(s)
    return s + random.choice([c for c in "0123456789X" if c != good])


def gen_id_spaced():
    v = gen_id()
    return f"{v[:6]} {v[6:14]} {v[14:]}"


PREFIX = ["138", "139", "150", "151", "152", "158", "159", "186", "187", "188", "199", "135", "136",
          "137", "177", "189", "133", "181", "182", "183", "130", "131", "132", "155", "156", "173",
          "180", "191", "198", "157", "185", "153"]


def gen_phone():
    return random.choice(PREFIX) + f"{random.randint(0, 99999999):08d}"


def phone_sp():
    p = gen_phone()
    return f"{p[:3]} {p[3:7]} {p[7:]}"


def phone_dash():
    p = gen_phone()
    return f"{p[:3]}-{p[3:7]}-{p[7:]}"


def phone_plus():
    return "+86 " + gen_phone()


BINS = ["621700", "622202", "622848", "621226", "622588", "621483", "622262", "621661", "623668",
        "622908", "621799", "622700", "621559", "622150", "621098"]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gen_card():
    length = random.choice([16, 19, 19])
    body = random.choice(BINS) + "".join(random.choice("0123456789") for _ in range(length - 7))
    return body + luhn_digit(body)


def card_sp():
    c = gen_card()
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


FILL = {"{ID}": gen_id, "{IDB}": gen_id_bad, "{IDS}": gen_id_spaced, "{P}": gen_phone, "{PS}": phone_sp,
        "{PD}": phone_dash, "{PP}": phone_plus, "{C}": gen_card, "{CS}": card_sp}
PH_RE = re.compile(r"\{(?:ID|IDB|IDS|P|PS|PD|PP|C|CS)\}")


def fill(text):
    return PH_RE.sub(lambda m: FILL[m.group(0)](), text)



LINES = r"""
ok :: 收
ok :: 收到
ok :: 1
ok :: +1
ok :: ok
ok :: OK👌
ok :: 好的
ok :: 好滴～
ok :: 嗯嗯
ok :: 已阅
ok :: 已完成✅
ok :: 明白
ok :: 马上
ok :: 在路上了
ok :: 到了到了
ok :: [强]
ok :: [强][玫瑰]
ok :: [抱拳]
ok :: [OK][OK]
ok :: 👍
ok :: 🙏🙏
ok :: 收到[抱拳]
ok :: 稍等
ok :: 我看下
ok :: 在开会 晚点回
ok :: 已提交
ok :: 2
ok :: 3号线
ok :: 15
ok :: 8:30
ok :: 周三下午
ok :: 302会议室
ok :: 同意
ok :: 不同意，再议
ok :: 没问题
ok :: 可以的
ok :: 辛苦了
ok :: 谢谢领导
ok :: 感谢🙏
ok :: 已转发到科室群
ok :: 已传共享盘
ok :: 我来
ok :: 我去吧
ok :: 接龙 3
ok :: 已签字
ok :: 已盖章
ok :: 好，我跟进
ok :: 不用了
ok :: ？
ok :: ??
ok :: 啥时候截止
ok :: 哪个文件
ok :: 链接失效了
ok :: 发我一下
ok :: 重发下
ok :: 打不开啊
ok :: 在的
ok :: 来了来了
ok :: 请假半天
ok :: 今天调休
ok :: 已到岗
ok :: 夜班交接完毕
ok :: 3床已处理
ok :: 货已发
ok :: 单号已回传
ok :: 车到B仓了
ok :: 线体恢复
ok :: 2号机停了
ok :: 已报修
ok :: 已合并
ok :: LGTM
ok :: 已review
ok :: 发版了
ok :: 回滚了
ok :: 测试通过
ok :: 作业已收齐
ok :: 三班到齐
ok :: 家长会改周五
ok :: 签到
ok :: 对
ok :: 不对，是23号
ok :: 5000
ok :: 98.6%
ok :: 第二版
ok :: v2.3.1
ok :: 已开票
ok :: 已对账
ok :: 客户签了
ok :: 拜访完了
ok :: 嗯
ok :: 好嘞
ok :: 👌
ok :: 收到，谢谢
ok :: 已通知到位
ok :: 马上改
ok :: 12点前给
ok :: 报名
ok :: 算我一个
ok :: 已核对无误
ok :: 36
ok :: A
ok :: 选B
hard :: 密码已重置
hard :: 密码私发你了
hard :: 滚动发布中
hard :: 滚筒线停机
hard :: 杀毒完成
hard :: 干掉这个bug
hard :: 机密文件别外传
hard :: 工资条已发邮箱
hard :: 已加客户微信
hard :: 扫码签到
hard :: 身份证复印件已交
hard :: 体检报告已领
hard :: 外挂电源到了
hard :: 服务器炸了
hard :: 这方案杀疯了
hard :: 毒理报告出了
hard :: 吗啡已双人登记
hard :: 对赌条款看下
hard :: 投标截止今天
hard :: 病假条已交人事
hard :: 黄色预警
hard :: 扫码枪没电了
hard :: 注意防诈骗
hard :: 别点陌生链接
hard :: 涉密，线下说
hard :: 账号密码别发群里
hard :: 刀具已换新
hard :: 爆仓了，快来人
hard :: 砍单了
hard :: 骨折患者已入院
hard :: 裸机已装好
hard :: 杀进程重启下
hard :: 一刀切不合适
hard :: 打枪机坏了
hard :: 红包雨活动已上线
"""


def parse():
    rows = []
    for raw in LINES.strip("\n").split("\n"):
        if not raw.strip():
            continue
        tag, text = raw.split(" :: ", 1)
        evasion = tag.startswith("!")
        tag = tag.lstrip("!")
        if tag in ("ok", "hard"):
            subs = []
        else:
            subs = [ALIAS[a] for a in tag.split(",")]
        labels = [lab for lab in LABELS if any(x.startswith(lab + "/") for x in subs)]
        subs = sorted(set(subs), key=lambda x: (LABELS.index(x.split("/")[0]), x))
        rows.append({"text": fill(text.strip()), "labels": labels, "subs": subs, "source": "draft:w16",
                     "_kind": tag if tag in ("ok", "hard") else "bad", "_evasion": evasion})
    return rows


def main():
    rows = parse()
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        sys.exit(f"duplicate texts: {sorted(dups)[:5]}")
    out = HERE / "w16_length.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    n = len(rows)
    ok = sum(1 for r in rows if not r["labels"])
    hard = sum(1 for r in rows if r["_kind"] == "hard")
    bad = n - ok
    ev = sum(1 for r in rows if r["_evasion"])
    print(f"{n} rows; ok {ok} ({ok / n:.1%}), hard {hard} ({hard / max(ok, 1):.1%} of ok); "
          f"labelled {bad}, evasion {ev} ({ev / max(bad, 1):.1%} of labelled)")
    from collections import Counter
    lc = Counter(lab for r in rows for lab in r["labels"])
    sc = Counter(s for r in rows for s in r["subs"])
    print(dict(lc))
    for k in ALIAS.values():
        print(f"  {k:32s} {sc.get(k, 0)}")
    print("multi-label rows:", sum(1 for r in rows if len(r["labels"]) > 1))


if __name__ == "__main__":
    main()
