"""Generator for data/drafts/v2_audit.jsonl (group company audit export: manufacturing, sales, property, software).

Lines are written by hand below as `TAG :: TEXT`. TAG is `ok`, `hard` (hard negative, label []),
or a comma list of sub-category aliases; a leading `!` marks a line with deliberate evasion.
Placeholders {ID} {IDB} {IDS} {P} {PS} {PD} {PP} {C} {CS} are filled with fresh generated values.
"""
import json
import random
import re
import sys
from pathlib import Path

random.seed(90902)
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
ok :: 收到
ok :: 收到收到
ok :: 好的[OK]
ok :: 1
ok :: 已处理
ok :: 马上到
ok :: 嗯嗯 明白
ok :: 好的王总，我下午两点前把材料放您桌上
ok :: @全体成员 本周五下午3点总经办例会改到二楼大会议室，各事业部负责人准时参加，请提前把月度经营简报发到OA
ok :: 周例会纪要已上传企业微信微盘"总经办/2024会议纪要"，没参会的同事自己看一下
ok :: 刘总明天上午去省厅开会，下午的签批顺延到周四
ok :: 收到，已转达给财务
ok :: 请各部门本周三前报送下月用车计划，模板在群文件
ok :: 二车间早班：今天计划产出 A 型支架 1200 件，注冊模具 7 号已经修好可以上机
ok :: 3号线又卡料了，设备科来个人看下
ok :: 设备科老周已经过去了
ok :: 早班交接：注塑机4#温控报警一次，已复位，中班注意观察
ok :: 今天下午三点消防演练，各班组长组织本班人员到一号门集合，不许请假
ok :: 劳保鞋到了，各班组长下班前来仓库领，按名单签字
ok :: 夜班的兄弟们辛苦了，宵夜在食堂二楼
ok :: 首件检验合格，可以批量生产了
ok :: QC：今天抽检 80 件，不良 2 件都是毛刺，已返工
ok :: 明天停电检修，上午8点到12点，一车间二车间都停，班长把计划往后排一下
ok :: 5S检查结果下午出，各班组先自查一遍，工具归位，地上别有油
ok :: 请假的在钉……啊不对，在企业微信审批里提，别直接群里说
ok :: 刚到车间，马上去
ok :: 模具还没下来吗？
ok :: 叉车充电桩坏了一个，已经报修
ok :: 华东大区本周例会改线上，腾讯会议号稍后发
ok :: 会议号 523 887 019，周二上午9:30，迟到的自觉发红包 ……开玩笑的，都准时
ok :: 各位区域经理，本月回款截止到25号，没回的抓紧催，月底要对账
ok :: 苏州那单合同已盖章寄回，快递单号在OA附件里
ok :: 明天我去无锡拜访客户，下午不在公司，急事打我电话
ok :: 展会物料清单我整理好了发群文件了，大家看缺什么补充
ok :: 新版产品手册PDF已更新到微盘，旧版的别再发给客户了
ok :: 客户要样品的统一走样品申请流程，别直接找仓库拿
ok :: 好的张经理，我这边跟进
ok :: 拜访记录记得当天录CRM，月底统计拜访量
ok :: 今天有点堵，晚10分钟到
ok :: 客服群：今天上午来电量大，午饭分两批吃，11:30一批，12:30一批
ok :: 工单 #20240517 已经转给售后二组处理
ok :: 遇到客户情绪激动的先安抚，记录诉求，别跟客户争，需要升级的找组长
ok :: 话术库更新了第三版，重点看退换货那一节
ok :: 这个客户问能不能开专票，我们是可以开的吧？
ok :: 可以开，让客户把开票信息发到开票邮箱，走财务流程
ok :: 系统又卡了，有人能进工单系统吗
ok :: 我也进不去，已经报IT了
ok :: IT回复说是网关的问题，十分钟内恢复
ok :: 今天满意度 96.2%，比昨天高，大家继续保持👍
ok :: @李梅 那个投诉回访做了吗
ok :: 做了，客户说已经收到补发件了
ok :: 研发群：今晚10点发布 v3.8.2，涉及订单模块，值班的同学注意看告警
ok :: PR 我提了，帮忙review一下 @阿杰
ok :: 已 approve，有两个小 comment 你看下
ok :: 测试环境挂了吗？接口全 502
ok :: 重启了，现在好了
ok :: 需求评审会改到明天下午，产品那边文档还没写完
ok :: Jira 上这个 bug 我先 assign 给自己了
ok :: 单测覆盖率这周要到70%，各模块负责人自己盯一下
ok :: 周五下午技术分享，主题是数据库索引优化，欢迎报名
ok :: 今天 standup 取消，大家各自把进度写到周报里
ok :: 代码冻结时间是周三18:00，之后只合紧急修复
ok :: 新同事的开发环境账号找运维开，别共用账号
ok :: 好的收到，我这边晚上值班
ok :: 物业群：今天下午2点到4点 3号楼电梯年检，请在大堂放置告示
ok :: 7栋地下室有渗水，工程部去看下
ok :: 工程部已到现场，是排水管接头松了，在处理
ok :: 本周六小区消杀，保洁组提前通知业主关好门窗
ok :: 园区绿化修剪安排在周二周三，保安注意疏导车辆
ok :: 收费处月底对账，各项目前台把收据存根交上来
ok :: 今晚值班表已更新，有调班的私下协调好后报给主管
ok :: 巡逻签到漏了两个点，夜班注意一下
ok :: B区岗亭监控黑屏，已报修弱电
ok :: 垃圾清运车明天早上6点到，保洁组提前把桶推出来
ok :: 业主投诉楼上装修噪音，前台已经联系装修方，要求中午12点到2点停工
ok :: 收到，我现在去巡一圈
ok :: 财务群：本月报销截止日是28号，逾期的下月再报
ok :: 发票抬头和税号一定要写对，错一个字都退回
ok :: 差旅标准按新制度执行，住宿一线城市不超过500一晚
ok :: 请各子公司在5号前提交月度报表，合并报表要用
ok :: 付款申请单上要有部门负责人签字，不然不给付
ok :: 审计组下周一进场，各位把凭证整理好
ok :: 银行回单已经下载好放在共享盘了
ok :: 这张发票是电子专票，直接上传系统就行不用打印
ok :: 好的谢谢
ok :: 党支部群：本月主题党日活动定于20号下午，地点在五楼党员活动室
ok :: 请各位党员本月10日前缴纳党费，在学习强国/支付宝都可以
ok :: 理论学习材料已发群文件，请大家认真学习，下周组织讨论
ok :: 支委会会议纪要已报送上级党委
ok :: 请入党积极分子下周三前交思想汇报
ok :: 收到，按时参加
ok :: 新员工群：欢迎本月入职的18位新同事！入职培训安排见群公告
ok :: 工牌明天下午可以去行政领，带一寸照片
ok :: 食堂在B栋一楼，饭卡在行政充值
ok :: 宿舍分配表明天出，有问题找行政小陈
ok :: 请问电脑什么时候能领啊
ok :: 电脑找IT领，先在OA提资产申请
ok :: 入职培训第二天是安全培训，车间岗的一定要参加，考试不过不能上岗
ok :: 谢谢hr姐姐[抱拳]
ok :: 供应商群：请各供应商本周五前确认6月交货计划，逾期未确认的视为按原计划执行
ok :: 送货单上要写清楚采购订单号，仓库不收没单号的货
ok :: 这批钢材的材质证明请随货附上
ok :: 收到，明天上午9点前到货
ok :: 来料检验有3箱外箱破损，已拍照，麻烦处理一下
ok :: 对账单已发邮箱，请核对后盖章回传
ok :: 经销商群：新一季度订货会定于下月12号，地点在公司总部，请各位老板预留时间
ok :: 本月促销政策以公司正式文件为准，群里说的不算数
ok :: 发货单已经出了，物流明天提货
ok :: 张总，上次说的那批货什么时候能到？
ok :: 预计周四到，到了我通知您
ok :: 工会群：本月生日会在25号下午，请寿星们准时到三楼活动室
ok :: 工会羽毛球赛报名截止周五，每个部门至少出一队
ok :: 夏季防暑降温物品下周发放，各分会统计人数
ok :: 职工书屋新到一批书，欢迎借阅
ok :: @全体成员 五一放假安排：5月1日至5日放假，4月28日周日上班，请各部门做好值班安排
ok :: 值班表在群文件，值班人员保持手机畅通
ok :: 好嘞
ok :: 👌
ok :: 稍等我看一下
ok :: 在开会，晚点回你
ok :: 这个我不太清楚，问下小赵
ok :: 已发你邮箱了，查收一下
ok :: 没收到啊，再发一遍？
ok :: 重新发了
ok :: 谢谢啦
ok :: 辛苦了各位
ok :: 今天谁在公司，帮我签收一个快递，是合同原件
ok :: 我在，放前台了
ok :: 打印机没纸了，哪里领
ok :: 行政柜子第二层
ok :: 下午三点的会还开吗
ok :: 开，照常
ok :: 明白，我准备一下PPT
ok :: 这个数据有问题吧，和上周的对不上
ok :: 我核一下，可能是口径不一样
ok :: 对，上周是含税的，这周是不含税
ok :: 那统一按不含税报
ok :: OK
ok :: [强]
ok :: 已签字，放你桌上了
ok :: 车间主任在吗，急
ok :: 在，什么事
ok :: 客户临时加急300件，今天能排进去吗
ok :: 排不进去，明天早班优先做
ok :: 行，我跟客户说明天下午发
ok :: 请大家把个人周报在周五下班前提交到企业微信汇报
ok :: 忘了交周报的今天补一下哈
ok :: 那个文件在哪个文件夹？
ok :: 微盘-销售部-2024-合同模板
ok :: 找到了谢谢
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
        rows.append({"text": fill(text.strip()), "labels": labels, "subs": subs, "source": "draft:v2",
                     "_kind": tag if tag in ("ok", "hard") else "bad", "_evasion": evasion})
    return rows


def main():
    rows = parse()
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        sys.exit(f"duplicate texts: {sorted(dups)[:5]}")
    out = HERE / "v2_audit.jsonl"
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
