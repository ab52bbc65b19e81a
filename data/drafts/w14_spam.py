"""Generator for data/drafts/w14_spam.jsonl (spam, scams and grey-market ads in work and industry groups).

Lines are written by hand below as `TAG :: TEXT`. TAG is `ok`, `hard` (hard negative, label []),
or a comma list of sub-category aliases; a leading `!` marks a line with deliberate evasion.
Placeholders {ID} {IDB} {IDS} {P} {PS} {PD} {PP} {C} {CS} are filled with fresh generated values.
"""
import json
import random
import re
import sys
from pathlib import Path

random.seed(14014)
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



# ---------------------------------------------------------------- hand-written lines
LINES = r"""
bm,fraud,lead :: 招聘兼职：手机点赞关注，一单3元，日结不拖欠，宝妈学生党均可，有意者加V：wfx8826
!bm,fraud,lead :: 💰兼職💰 在家动动手指就能赚 每天1-2小时 日入200+ 有手机就行 ➕薇 aa20889 备注“兼职”
bm,fraud :: 淘宝刷单员，垫付返佣金，一单佣金10%-30%，做完立马返本金，不收任何费用
!bm,fraud,lead :: 招sh单员，dian付后马上返，佣金jin高，感兴趣的jia我V看详情
bm,fraud,lead :: 【急招】网络打字员，在家打字录入，每千字30元，无需经验，先交98元资料费领取任务，联系QQ 2219086653
!bm,fraud :: 打.字.员.招.聘 日.结 无.押.金 不.限.时.间
bm,lead :: 手工活外发，串珠子、穿手链、组装圆珠笔，包教包回收，在家就能做，加盟详询微信 shougong_665
bm,fraud :: 纯手工活在家做，包回收，先交押金800领材料，做好快递回来按件结算，一件2块5
!bm,fraud,lead :: 🉐 招 宝 妈 🉐 抖音点赞 1个💰3 每天可做100单 日结✔ 加➕V了解
bm,fraud,lead :: 各位群友打扰了，我们是正规公司招募线上兼职，帮商家提升店铺信誉，做一单返一单，保证安全，入群领第一单体验佣金5元👉扫码进群
!bm,fraud,lead :: 正规平台，0门槛，做任务赚米🍚，新人首单直接返十八元，徽信:ccq996
bm,fraud :: 有没有想赚零花钱的，帮忙给商品好评，一单20，每天几十单做不完，私我
bm,lead :: 招聘：小说有声录音兼职，会说普通话就行，一小时150，感兴趣的私聊我发试音稿
!bm,fraud,lead :: 抖音关注 1 个 ② 元，快手点赞 1 个 ① 元 ，日结秒到，咨询请+ v x：dy_dz8899
bm,fraud,lead :: 有在职的上班族想做副业的吗？每天下班后花半小时，一个月多赚三五千不是梦，详情拉你进群了解
!bm,fraud,lead :: 【JZ】线上任务，SD返佣，本金秒退，🈵十单额外奖励，Q群：796224519
fin,lead :: 急用钱找我，正规平台，额度5千-20万，最快当天下款，利息低，详询 {P}
!fin,fraud,lead :: 黑戶、逾期、徵信花都能做，無視徵信，當天放款，有需要的加威信 dk_5188
fin,bm :: 信用卡代还，还款日前帮你还上，手续费0.6，次月再刷出来，不用担心逾期
!fin,bm,lead :: 信用卡ｔａｏ现 秒到 费率超低 各种卡都能做 +V：xyk_86
fin,bm,lead :: POS机免费领取，一清机，刷卡费率0.38，秒到账，不跳码，需要的私聊我包邮寄过去
!fin,bm :: ρоs機 0押金 0流量费 自选商户 养卡必备 下单送激活
fin,fraud :: 征信修复，逾期记录可以消除，内部渠道，不成功不收费，先付定金2000
!fin,fraud,lead :: 学生 宝妈 上班族 有🆔就能贷 最高5W 不看征信 不打电话 🈶️意➕V：jdbb_01
fin :: 房产抵押贷款，二押也能做，利息最低3.2厘，银行渠道，放款快，有需要可以咨询我
fin,lead :: 打扰各位，我是某行信贷经理，企业主经营贷最高500万，年化3.1%起，需要的加我微信聊{P}
fin,fraud :: 提额！提额！信用卡提额到10万，内部通道，包过，先交服务费500
!fin,bm :: 大额信用卡、白条、花唄、分期额度都可以回收，高价变现，當天到賬
fin,fraud :: 您的备用金额度已审批通过，最高可借20万，点击 http://jie-dai-vip.cn 立即领取
fin,bm :: 公积金提取，不用离职也能取，全程代办，手续费10个点
hard :: 【反诈提醒】近期有人冒充平台以"兼职刷单、垫付返佣"为名诈骗，凡是要求先垫钱的刷单都是骗局，请大家提高警惕，不要相信
hard :: 各位同事注意：刚才群里有人发“打字员日结”的兼职广告，已经踢出去了，大家不要加他，都是骗子
hard :: 刷单返利是诈骗！！！派出所刚发的通报，咱们小区已经有业主被骗三万多了，转发给家里人看看
hard :: @全体成员 今天法制讲座讲到的案例：对方先让你做两单小额刷单，返你本金加佣金，等你投入大了就不返了。大家记住：刷单本身就是违法的
hard :: 信用卡中心通知：本行从不通过短信链接为客户提额，请通过官方App办理，谨防诈骗
ok :: 我们门店收银台那台POS机又连不上网了，刷卡一直显示通讯失败，谁知道银联客服电话
hard :: 财务部提醒：公司报销请用公务卡，不要用个人信用卡垫付太多，年底对账麻烦
ok :: 请问张经理，供应商的那批货款这周能走吗，对方已经催了好几次
hard :: 行里下周开始推“员工专享”的消费贷，利率3.0%，有需要的同事可以到个贷部咨询，仅限本行在职员工
hard :: 我们客服话术更新：客户问“能不能刷单冲销量”，统一回复平台严禁刷单，发现会封店
ok :: 手工活那组明天8点到车间集合，装配线上缺人，小王带一下新来的两位
hard :: 招聘｜本公司招聘仓库兼职理货员，周末两天，时薪25元，工作地点在嘉定仓，有意向的同事可推荐亲友，简历发人事邮箱
ok :: 兼职的那几个学生这个月的工时统计发我一下，月底要做账
hard :: 提醒：凡是说“先交押金领材料”的手工活都是骗局，上周我姨就被骗了800，大家长点心
ok :: 贷款那块资料我已经发给银行了，客户经理说下周一出审批结果
hard :: 今天银保监公众号发了一篇“警惕征信修复骗局”，写得挺清楚的，所谓内部渠道消除逾期都是假的，大家可以看看
ok :: 店里打字机色带没了，谁下午去文具店顺便带两盒
ok :: 这批pos小票纸质量不行，打出来字都看不清，下次换一家
hard :: 防骗顺口溜：刷单返利是诈骗，贷款先交钱是诈骗，冒充客服退款是诈骗，陌生链接不要点！请各班主任转发家长群
ok :: 老板，兼职的工资按小时还是按件？我这边要写合同
fin,lead :: 想做副业的朋友，我这边做车贷，车子不押人，押证不押车，当天放款，需要的朋友私聊
!fin,lead :: 急用錢？🈚抵押🈚担保，身份证就能借，最快10分钟到账，详情➕q：3301928766
bm,fraud,lead :: 招募抖音直播间气氛组，进直播间刷评论、点关注，一小时30元，加我拉你进工作群
!bm,fraud :: 线上兼zhi，手机就能做，yi单一结，不需要押jin，真实可靠
fin,fraud :: 网贷逾期的朋友看过来，专业协商停催，可以帮你免除罚息，先付服务费就能办
!fin,bm,lead :: 💳卡🔄还 💳卡🔄还 本地实体店 费率低 随叫随到 电 {P}
bm,fraud,lead :: 亲们，有兴趣做京东好评任务吗，一单15，做完截图返款，新手有人带，加我：jd_renwu77
bm :: 有没有人要接单子的，帮公众号拉粉，一个粉丝八毛，要的多
bm,fraud :: 淘宝补单，每天可做，佣金当天结，不要想着白嫖，第一单要自己垫付
hard :: 我们公司是做电商代运营的，合同里写明了不做刷单不做虚假交易，这点给客户讲清楚，别乱承诺销量
hard :: 客户那边问我们能不能帮他们"补单冲排名"，我已经拒绝了，这个违规，合同里也写了
ok :: 信用卡账单日是每月5号，公司发薪是10号，大家自己规划好还款时间吧哈哈
ok :: 谁有招行的客服电话，我公务卡被锁了
ok :: 兼职保洁阿姨下周一开始来，每天上午两个小时，钥匙放前台
hard :: 业主群温馨提示：最近小区里有人挨家挨户发“免费领POS机”的传单，物业没有授权，请大家不要扫码登记个人信息
hard :: 人事补充一句：我司招聘从不收取任何费用，凡是以我司名义让应聘者交培训费、押金的都是冒充的，请转告
fin,fraud,lead :: 本人银行内部人员，可以帮征信有问题的人做下款，包过，成功后收点茶水费，要的私
!fin :: 房.贷.转.经.营.贷 利.率.低.至.2.8 可.先.息.后.本
fin :: 装修贷，额度最高30万，分60期，首年免息，各大银行合作，业主专享
bm,fraud,lead :: 兼职招聘：在家做客服，只需要回复买家消息，底薪2000+提成，不用坐班，加微：kefu_jz202
!bm,fraud,lead :: ✋ 手机赚钱 ✋ 1部手机 每天🉐💰 200-500 ⭕ 押金 ⭕ 套路 ➕ v 咨询
fin,lead :: 社保公积金满一年的，可以申请信用贷，最高额度是月缴的60倍，需要的我帮你测额，加V备注“测额”
bm,fraud :: 打字员兼职，在家录入小说，每天两小时收入过百，入职交198保证金，完成任务后退还
hard :: 我刚收到个短信说我的“兼职佣金”已到账请点击领取，我根本没做过兼职，一看就是钓鱼，大家别点
hard :: 今天反诈中心来厂里宣讲，说现在最多的就是刷单返利、虚假网贷、冒充客服这三类，我们车间已经有人差点上当
ok :: 供应商那边的发票开了吗？财务说这个月25号之前要收齐
ok :: 打字慢的同事可以用语音转文字，周报写得快多了
bm,lead :: 兼职日结 发传单 每天120元 周六日 地点万达广场 需要的私我留名字
ok :: 小李，周六的促销活动兼职人员到位没有？物料都在仓库二楼
hard :: 【内部福利】本行员工办理本行信用卡，首年免年费，额度按职级核定，有意请联系部门内勤统一报名
ok :: 刚才银行来电话说我们公户的网银U盾要更新，明天我去一趟
hard :: 提醒大家，公司的POS机只能用于门店正常营业收款，严禁任何人用来给自己或亲友信用卡套现，查到按制度处理
fin,fraud :: 【通知】您已获得30万低息贷款资格，年化1.8%，凭身份证即可办理，回复Y领取
ok :: 老板我这边有个客户想分期付款，咱们能开分期吗还是只能全款
fin,bm :: 收各种信用卡积分，招行、工行、浦发都收，价格美丽，长期有效
ok :: 哈哈我也想做副业，但是下班就只想躺着
hard :: 市场部注意：本周起公司新推出的“安心装”分期方案上线，客户装修款可分12期0息，由合作银行放款，大家给客户介绍时按标准话术来
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
        rows.append({"text": fill(text.strip()), "labels": labels, "subs": subs, "source": "draft:w14",
                     "_kind": tag if tag in ("ok", "hard") else "bad", "_evasion": evasion})
    return rows


def main():
    rows = parse()
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        sys.exit(f"duplicate texts: {sorted(dups)[:5]}")
    out = HERE / "w14_spam.jsonl"
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
