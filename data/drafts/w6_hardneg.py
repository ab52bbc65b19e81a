"""Slot-filled part of w6_hardneg.jsonl (hard negatives, labels []).

Hand-written lines live directly in the jsonl; this script only produces the
templated share: work messages carrying office phone lines, business numbers
that look like PII but are not, and internal-tool links.
Generated digit strings are checked so they never pass as a mobile number,
an ID number (GB 11643 checksum) or a bank card (Luhn).
"""
import json
import random
import string
import sys

rng = random.Random(20240617)

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = ["伟", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "刚", "桂英", "霞", "辉", "鹏", "丹", "萍", "宇", "浩", "晨", "欣怡", "子涵", "雪", "琳", "斌", "凯", "倩", "婷", "亮", "帆", "嘉怡", "志强", "海燕", "建国"]
EN = ["Amy", "Kevin", "Lily", "Jason", "Cindy", "Tony", "Grace", "Leo", "Vivian", "Eric", "Coco", "Ben"]


def name():
    s = rng.choice(SURN)
    r = rng.random()
    if r < 0.25:
        return s + rng.choice(GIV)
    if r < 0.40:
        return "小" + s
    if r < 0.52:
        return "老" + s
    if r < 0.64:
        return s + rng.choice(["姐", "哥", "工", "总", "老师", "经理", "主任", "师傅"])
    if r < 0.72:
        return rng.choice(EN)
    return s + rng.choice(GIV)


def at():
    return "@" + name() + " " if rng.random() < 0.3 else ""


DEPTS = ["财务部", "行政部", "人事部", "信息中心", "运维组", "客服部", "仓储部", "质检科", "采购部", "工程部", "护理部", "教务处", "后勤处", "保卫科", "市场部", "销售二部", "研发中心", "物业服务中心", "办公室", "生产部", "设备科", "法务部", "商务部", "门诊部", "药剂科"]
DAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "明天", "今天", "后天", "下周一", "本周五"]


def day():
    return rng.choice(DAYS)


def hm():
    return "%d:%02d" % (rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19]), rng.choice([0, 0, 15, 30, 30, 45]))


def date():
    return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))


def ymd():
    return "%d%02d%02d" % (rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def digits(n, first=None):
    s = (first or str(rng.randint(1, 9))) + "".join(rng.choice(string.digits) for _ in range(n - 1 if not first else n - len(first)))
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def id_ok(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11]
    return s[17].upper() == c


def safe(s):
    """True when a digit run could not be read as a mobile, ID or bank card."""
    if len(s) == 11 and s[0] == "1" and s[1] in "3456789":
        return False
    if 16 <= len(s) <= 19 and luhn_ok(s):
        return False
    if len(s) == 18 and id_ok(s):
        return False
    return True


def num(n, first=None):
    while True:
        s = digits(n, first)
        if safe(s):
            return s


# ---- business numbers ----------------------------------------------------

def order_no():
    f = rng.choice([
        lambda: num(19, rng.choice(["2", "3"])),
        lambda: ymd() + num(8, "0"),
        lambda: "DD" + ymd() + num(5, "0"),
        lambda: ymd()[2:] + "-" + num(15, "5"),
        lambda: "SO" + num(10, "2"),
        lambda: "E" + ymd() + num(9),
    ])
    return f()


def tracking():
    f = rng.choice([
        lambda: "SF" + num(13, "1"),
        lambda: "SF" + num(13, "2"),
        lambda: "YT" + num(13, "7"),
        lambda: "JDV" + num(12, "0"),
        lambda: "JT" + num(13, "5"),
        lambda: num(14, "7"),
        lambda: "DPK" + num(12, "2"),
        lambda: num(13, "9"),
        lambda: "EMS " + num(13, "1"),
    ])
    return f()


def carrier_and_no():
    f = rng.choice([
        ("顺丰", lambda: "SF" + num(13, rng.choice("123"))),
        ("圆通", lambda: "YT" + num(13, "7")),
        ("京东", lambda: "JDV" + num(12, "0")),
        ("极兔", lambda: "JT" + num(13, "5")),
        ("中通", lambda: num(14, "7")),
        ("德邦", lambda: "DPK" + num(12, "2")),
        ("韵达", lambda: num(15, "4")),
    ])
    return f[0], f[1]()


def invoice_no():
    return rng.choice([num(8, "0"), num(8, rng.choice("12345")), num(20, rng.choice(["23", "24", "25"]))])


def contract_no():
    y = rng.choice(["2023", "2024", "2025"])
    return rng.choice([
        "HT-%s-%04d" % (y, rng.randint(1, 999)),
        "%s-CG-%03d" % (y, rng.randint(1, 400)),
        "GZ-HT-%s-%03d" % (y, rng.randint(1, 300)),
        "SH%s%04d" % (y[2:], rng.randint(1, 9999)),
        "XS-%s%02d-%03d" % (y, rng.randint(1, 12), rng.randint(1, 200)),
        "JS(%s)第%03d号" % (y, rng.randint(1, 300)),
    ])


def po_no():
    return rng.choice(["45" + num(8, "0"), "PO" + ymd() + "%03d" % rng.randint(1, 300), "PR-%02d%02d-%04d" % (rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 999))])


def ip():
    return rng.choice([
        "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)),
        "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 254)),
        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(2, 254)),
    ])


def port():
    return rng.choice(["8080", "8443", "3000", "9000", "8081", "5601", "9200", "8000", "6443"])


def amount():
    v = rng.choice([rng.randint(12, 999) + rng.choice([0, 0.5, 0.8, 0.35]), rng.randint(1000, 99999), rng.randint(100, 9999) + 0.6])
    r = rng.random()
    if isinstance(v, float) or r < 0.3:
        return "%s元" % ("{:,.2f}".format(v) if r < 0.5 else "%.2f" % v)
    return rng.choice(["¥{:,}".format(v), "{:,}元".format(v), "%d元" % v, "%.1f万" % (v / 10000) if v > 10000 else "%d块" % v])


def small():
    v = rng.randint(8, 2600) + rng.choice([0, 0, 0.5, 0.8, 0.2])
    return rng.choice(["%.2f元" % v, "¥%.2f" % v, "%g元" % v, "%g块" % v])


def emp_id():
    return rng.choice(["A%05d" % rng.randint(1, 99999), "%06d" % rng.randint(100000, 999999), "E%04d" % rng.randint(1, 9999), "BJ%05d" % rng.randint(1, 99999), "%05d" % rng.randint(10000, 99999)])


def room():
    return rng.choice(["%d%02d" % (rng.randint(2, 28), rng.randint(1, 30)), "A%d%02d" % (rng.randint(1, 9), rng.randint(1, 20)), "B座%d楼" % rng.randint(2, 30), "%d号楼%d%02d" % (rng.randint(1, 12), rng.randint(1, 6), rng.randint(1, 20))])


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc():
    region = rng.choice(["110105", "310115", "440300", "330106", "320506", "510107", "420106", "370202", "350203", "500112", "610131", "210211"])
    body = "91" + region + "MA" + "".join(rng.choice(USCC_CH) for _ in range(7))
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(USCC_CH.index(ch) * wi for ch, wi in zip(body, w)) % 31
    return body + USCC_CH[0 if c == 31 else c]


def batch():
    return rng.choice([ymd() + rng.choice("ABC") + "%02d" % rng.randint(1, 20), "L" + ymd()[2:] + "-%02d" % rng.randint(1, 30), ymd()[2:] + "%02d" % rng.randint(1, 9)])


def ticket():
    return rng.choice(["INC%07d" % rng.randint(1, 999999), "OPS-%d" % rng.randint(100, 9999), "#%d" % rng.randint(1000, 99999), "WX-%s-%03d" % (ymd()[2:], rng.randint(1, 300)), "REQ%06d" % rng.randint(1, 999999), "BUG-%d" % rng.randint(1000, 30000)])


def sku():
    return rng.choice([num(13, "69"), "SKU-%05d" % rng.randint(1, 99999), "M-%05d" % rng.randint(10000, 99999)])


def flight():
    return rng.choice(["CA", "MU", "CZ", "HU", "ZH", "3U", "MF", "SC"]) + str(rng.randint(1001, 8999))


def train():
    return rng.choice("GDKZ") + str(rng.randint(1, 2999))


def meeting_no():
    a = num(9, rng.choice("3456789"))
    return rng.choice([a, "%s %s %s" % (a[:3], a[3:6], a[6:]), "%s-%s-%s" % (a[:3], a[3:6], a[6:])])


NUM_FRAMES = [
    lambda: "订单号 %s 客户反馈还没收到，%s帮忙查一下物流" % (order_no(), name()),
    lambda: "%s单号 %s，样品%s寄出了，预计%s到" % (*carrier_and_no(), day(), rng.choice(["明天", "后天", "周五", "两天内"])),
    lambda: "%s发票号码 %s，金额 %s，已上传报销系统" % (at(), invoice_no(), amount()),
    lambda: "合同编号 %s 已归档，原件放档案室%s柜" % (contract_no(), rng.choice("ABCDE") + str(rng.randint(1, 20))),
    lambda: "测试服务器 %s 已经重启，%s可以继续测了" % (ip(), rng.choice(["大家", "QA同学", "前端的同学", "%s" % name()])),
    lambda: "报销合计 %s，附发票%d张，请%s审批" % (small(), rng.randint(1, 12), rng.choice(["部门负责人", "财务", name()])),
    lambda: "工号 %s 的同事%s到%s领一下%s" % (emp_id(), day(), rng.choice(DEPTS), rng.choice(["新工牌", "劳保用品", "电脑", "工服", "门禁卡"])),
    lambda: "%s的会改到 %s 会议室了，%s开始" % (day(), rng.choice(["%d%02d" % (rng.randint(2, 28), rng.randint(1, 30)), "A%d%02d" % (rng.randint(1, 9), rng.randint(1, 20)), "%d楼%d号" % (rng.randint(2, 20), rng.randint(1, 8))]), hm()),
    lambda: "本公司统一社会信用代码：%s，开票信息以这个为准" % uscc(),
    lambda: "开票信息更新了，税号 %s，%s请通知下供应商" % (uscc(), rng.choice(["采购", name(), "商务的同学"])),
    lambda: "PO号 %s 请填在送货单上，不然仓库不收" % po_no(),
    lambda: "采购申请 %s 已经审批通过，%s安排下单" % (po_no(), name()),
    lambda: "批次号 %s 的原料暂停使用，等质检结论" % batch(),
    lambda: "%s批号 %s 抽检合格，可以放行" % (rng.choice(["", "成品", "原料", "包材"]), batch()),
    lambda: "工单 %s 已转%s处理，预计%s前回复" % (ticket(), rng.choice(["网络组", "DBA", "硬件组", "供应商", "二线"]), hm()),
    lambda: "%s 这个单子%s处理一下，客户催了两次了" % (ticket(), at() or name()),
    lambda: "SKU %s 库存只剩%d件，%s补货" % (sku(), rng.randint(0, 30), rng.choice(["尽快", "今天", "明天上午"])),
    lambda: "航班 %s %s起飞，出差的同事提前两小时到机场" % (flight(), hm()),
    lambda: "车次 %s，%s %s 发车，%s在候车室%d号检票口集合" % (train(), day(), hm(), rng.choice(["大家", "项目组", "参会人员"]), rng.randint(1, 30)),
    lambda: "腾讯会议 %s，%s %s 准时开始" % (meeting_no(), day(), hm()),
    lambda: "会议号 %s，入会请改名为“部门+姓名”" % meeting_no(),
    lambda: "退款单 %s 已处理，钱%s原路退回" % ("RF" + ymd() + "%04d" % rng.randint(1, 9999), rng.choice(["3个工作日内", "1-3天", "明天"])),
    lambda: "入库单 %s 数量对不上，差了%d箱，%s核一下" % ("RK" + ymd() + "-%03d" % rng.randint(1, 200), rng.randint(1, 9), name()),
    lambda: "出库单 %s 的货%s已提走，签收单在%s那" % ("CK-%s-%03d" % (ymd()[4:], rng.randint(1, 300)), rng.choice(["昨天", "上午", "刚才", "周一"]), name()),
    lambda: "%s到货了，单号 %s，%s去前台取一下" % (rng.choice(["样机", "配件", "资料", "合同原件", "发票原件", "备品"]), tracking(), name()),
    lambda: "资产编号 %s 的%s报修了，%s" % ("ZC-%s-%05d" % (rng.choice(["IT", "BG", "SC", "YL"]), rng.randint(1, 99999)), rng.choice(["笔记本", "打印机", "投影仪", "空调", "显示器"]), rng.choice(["维修单已提", "等厂家上门", "先用备用机"])),
    lambda: "%s合同 %s 第%s笔款已付，金额 %s" % (at(), contract_no(), rng.choice(["一", "二", "三"]), amount()),
    lambda: "凭证号 记-%04d 做错了，冲销后重做，%s注意一下" % (rng.randint(1, 2000), name()),
    lambda: "今天出库 %d 件，入库 %d 件，库存正常" % (rng.randint(100, 9000), rng.randint(100, 9000)),
    lambda: "%s门店流水已对完，差额 %s 已查明，是%s" % (day(), small(), rng.choice(["退款没冲账", "小票重复打印", "优惠券核销延迟", "找零录错"])),
    lambda: "请款单 %s 已付款，%s查收" % ("FK" + ymd() + "%03d" % rng.randint(1, 999), rng.choice(["供应商", "对方", "请"])),
    lambda: (lambda a, b, c: "版本 v%d.%d.%d 已发布到生产，回滚版本 v%d.%d.%d，%s" % (a, b, c, a, b, c - 1, rng.choice(["有问题找值班", "发布单号见群公告", "监控看板盯半小时"])))(rng.randint(1, 5), rng.randint(0, 30), rng.randint(1, 20)),
    lambda: "%s:%s 是测试环境的%s，只读，别往里写数据" % (ip(), port(), rng.choice(["数据库", "ES", "Kibana", "接口服务", "文件服务"])),
    lambda: "预发环境迁到 %s 了，hosts改一下，账号权限找%s申请" % (ip(), name()),
    lambda: "%s 这台测试机磁盘满了，%s清一下日志" % (ip(), name()),
    lambda: "报告编号 %s，终稿已发邮件" % ("RPT-%s-%03d" % (ymd()[:6], rng.randint(1, 300))),
    lambda: "检测报告 %s 不合格，已通知供应商整改" % ("JC%s-%02d" % (ymd(), rng.randint(1, 40))),
    lambda: "项目编号 %s 立项材料已提交%s" % ("P%s-%s-%03d" % (rng.choice(["2024", "2025"]), rng.choice(["GZ", "SH", "BJ", "CD", "WH"]), rng.randint(1, 200)), rng.choice(["", "，等评审", "，下周上会"])),
    lambda: "客户编号 %s 的回款%s到账了，%s" % ("C%08d" % rng.randint(1, 99999999), rng.choice(["昨天", "今天上午", "刚刚", "上周五"]), rng.choice(["财务确认一下", "销售跟进开票", "可以发货了"])),
    lambda: "货位 %s 放的是退货，别发出去" % ("%s-%02d-%02d" % (rng.choice("ABCDEFG"), rng.randint(1, 30), rng.randint(1, 9))),
    lambda: "%s住 %d 房间，明早%s司机在大堂接" % (rng.choice(["客户", "专家", "评审老师", "总部的领导"]), rng.randint(3, 28) * 100 + rng.randint(1, 40), rng.choice(["7:30", "8:00", "8:15", "8:40"])),
    lambda: "%s考场在%s，座位号按准考证，%s前入场" % (rng.choice(["笔试", "职称考试", "技能鉴定"]), room(), hm()),
    lambda: "专利申请号 CN%s%s.%d 已受理，%s存档" % (rng.choice(["2024", "2023", "2025"]), num(8, "1"), rng.randint(0, 9), name()),
    lambda: "对账单上%s那笔 %s 对不上，%s再核一下" % (date(), amount(), name()),
    lambda: "订单 %s 和 %s 合并发货，运费 %s" % (order_no(), order_no(), small()),
    lambda: "%s，%s的单号 %s 显示已签收，客户说没收到，麻烦问下快递员" % (at().strip() or name(), rng.choice(["昨天", "前天", "上周五"]), tracking()),
    lambda: "工号 %s 打卡记录异常，%s帮忙看下是不是考勤机的问题" % (emp_id(), rng.choice(["HR", "行政", name()])),
    lambda: "设备序列号 %s 的保修%s到期，要不要续保？" % ("SN" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10)), date()),
    lambda: "标段编号 %s 的开标时间改到%s %s" % ("%s-SG-%02d" % (rng.choice(["GZ", "CS", "NJ", "HF"]), rng.randint(1, 12)), date(), hm()),
    lambda: "结算单 %s 对方已确认，金额 %s，下周走付款" % ("JS%s-%04d" % (ymd()[2:6], rng.randint(1, 9999)), amount()),
    lambda: "%s的增值税发票，代码 %s 号码 %s，抬头有误，需要重开" % (rng.choice(["上周", "这张", "供应商开的", "酒店开的"]), num(12, "3"), num(8, "0")),
    lambda: "排队号 %s%03d 的客户请到%d号窗口" % (rng.choice("ABCV"), rng.randint(1, 300), rng.randint(1, 12)),
]

# ---- office phone lines --------------------------------------------------

AREA = [("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("024", 8), ("025", 8), ("027", 8), ("028", 8), ("029", 8),
        ("0311", 8), ("0351", 7), ("0371", 8), ("0431", 8), ("0451", 8), ("0471", 7), ("0512", 8), ("0531", 8), ("0532", 8),
        ("0551", 8), ("0571", 8), ("0574", 8), ("0591", 8), ("0592", 7), ("0731", 8), ("0755", 8), ("0757", 8), ("0769", 8),
        ("0771", 7), ("0791", 8), ("0851", 8), ("0871", 8), ("0898", 8), ("0931", 7), ("0951", 7), ("0991", 7), ("0816", 7),
        ("0377", 7), ("0510", 8), ("0519", 8), ("0536", 7), ("0576", 8), ("0595", 8), ("0760", 8), ("0912", 7)]


def landline():
    a, n = rng.choice(AREA)
    local = str(rng.randint(2, 8)) + "".join(rng.choice(string.digits) for _ in range(n - 1))
    f = rng.random()
    if f < 0.55:
        return "%s-%s" % (a, local)
    if f < 0.7:
        return "(%s)%s" % (a, local)
    if f < 0.85:
        return "%s %s %s" % (a, local[:4], local[4:])
    return "%s%s" % (a, local)


def ext():
    return str(rng.randint(1000, 8999)) if rng.random() < 0.8 else str(rng.randint(100, 899))


def four00():
    a, b = rng.randint(600, 999), rng.randint(1000, 9999)
    return rng.choice(["400-%d-%d" % (a, b), "400%d%d" % (a, b), "400 %d %d" % (a, b), "800-%d-%d" % (a, b)])


SVC = ["95588", "95533", "95599", "95566", "95555", "95559", "95568", "95595", "95528", "95561", "95508", "95577", "95580", "95519", "95500", "95511"]
GOV = [("12345", "政务服务便民热线"), ("12315", "消费者投诉"), ("12366", "纳税服务"), ("12333", "人社服务"), ("12348", "法律援助"),
       ("12368", "诉讼服务"), ("12369", "环保举报"), ("12319", "城建热线"), ("12393", "医保服务"), ("12356", "心理援助"), ("12320", "卫生健康热线"), ("12306", "铁路客服"), ("12328", "交通运输服务监督")]
PLACES = ["值班室", "保卫科", "总值班", "中控室", "机房", "前台", "物业服务中心", "后勤报修", "信息中心", "护士站", "门卫室", "调度室", "客服中心", "仓库", "食堂", "医务科", "校医室", "工程部"]


def gov():
    return rng.choice(GOV)


PHONE_FRAMES = [
    lambda: "%s值班电话 %s，%s有事直接打座机" % (day(), landline(), rng.choice(["晚上", "节假日", "夜里", "周末"])),
    lambda: "%s报修请拨 %s，%s小时有人接" % (rng.choice(["电梯故障", "水电", "空调", "门禁", "网络"]), landline(), rng.choice(["24", "全天24"])),
    lambda: "%s分机改成 %s 了，%s" % (rng.choice(PLACES), ext(), rng.choice(["大家记一下", "旧的停用", "通讯录已更新", "麻烦更新一下"])),
    lambda: "%s客户投诉统一转 %s，不要给个人手机号" % (at(), four00()),
    lambda: "售后热线 %s，%s—%s，%s" % (four00(), hm(), rng.choice(["21:00", "22:00", "18:00"]), rng.choice(["周末正常", "节假日不休", "法定节假日除外"])),
    lambda: (lambda g: "%s方面的问题，可以引导来电人拨打%s" % (g[1], g[0]))(gov()),
    lambda: "%s网点注意：客户挂失请引导拨打客服热线%s，不要在柜台代查" % (rng.choice(["各", "城东", "开发区", "新区"]), rng.choice(SVC)),
    lambda: "%s有问题找%s，座机 %s，分机 %s" % (rng.choice(["报销", "用车", "会议室", "门禁卡", "工牌", "快递"]), rng.choice(DEPTS), landline(), ext()),
    lambda: "停%s通知：%s %s-%s，有问题联系物业 %s" % (rng.choice(["水", "电", "气"]), day(), rng.choice(["8:00", "9:00", "13:00"]), rng.choice(["12:00", "17:00", "18:30"]), landline()),
    lambda: "%s前台电话 %s，访客到了先打前台登记" % (rng.choice(["总部", "研发楼", "二号楼", "新办公区"]), landline()),
    lambda: "夜班有事打护士站分机 %s，%s" % (ext(), rng.choice(["别打个人电话", "交班时记得说一下", "医生值班室分机另见排班表"])),
    lambda: "IT服务台分机 %s，工作时间%s-%s，下班后打值班 %s" % (ext(), rng.choice(["8:30", "9:00", "8:00"]), rng.choice(["17:30", "18:00", "17:00"]), landline()),
    lambda: "%s期间值班座机 %s，%s负责" % (rng.choice(["国庆", "春节", "五一", "中秋", "元旦", "端午"]), landline(), rng.choice(DEPTS)),
    lambda: "车辆调度 %s，用车请提前%s预约" % (landline(), rng.choice(["一天", "半天", "两小时"])),
    lambda: "%s电话换号了：%s，旧号码%s停用" % (rng.choice(DEPTS), landline(), rng.choice(["月底", "下周", "即日起"])),
    lambda: "消费纠纷实在处理不了的，告诉顾客可以拨%s，咱们按流程配合" % rng.choice(["12315", "12345"]),
    lambda: "%s的分机是 %s，%s的是 %s，别再打错了[捂脸]" % (name(), ext(), name(), ext()),
    lambda: "客户要开票的，让他打财务 %s 转 %s" % (landline(), rng.randint(1, 9)),
    lambda: "机房告警打运维值班 %s，%s在岗" % (landline(), rng.choice(["今晚" + name(), "夜班两人", "一线值班"])),
    lambda: "学校值班电话 %s，%s期间每天%s-%s有人" % (landline(), rng.choice(["寒假", "暑假", "国庆", "运动会"]), rng.choice(["8:00", "8:30", "9:00"]), rng.choice(["17:00", "17:30", "16:30"])),
    lambda: "门店系统故障打POS服务商热线 %s，报门店编号" % four00(),
    lambda: "%s收到12345转办件%d件，请承办科室%s前回复" % (day(), rng.randint(1, 9), rng.choice(["三个工作日", "周五", "明天下班"])),
    lambda: "纳税人问政策的，先让他打%s，复杂的再约来大厅" % "12366",
    lambda: "订餐电话 %s，内线 %s，%s前报人数" % (landline(), ext(), rng.choice(["10点", "上午10:30", "下午4点"])),
    lambda: "如遇火情立即拨119，同时通知消防控制室 %s" % landline(),
    lambda: "%s急诊电话 %s，请各病区告知陪护家属" % (rng.choice(["夜间", "院区", "东院"]), landline()),
    lambda: "%s暴雨红色预警，各点位值班电话保持畅通，防汛办 %s" % (day(), landline()),
    lambda: "供应商对账找财务分机 %s，别直接打领导电话" % ext(),
    lambda: "新总机 %s 已启用，旧号码呼转到%s" % (four00(), rng.choice(["月底", "年底", "下个月", "三个月后"])),
    lambda: "%s：有突发情况先打%s值班 %s，再在群里报告" % (rng.choice(["各班组", "各网格员", "各项目部", "各科室"]), rng.choice(["总", "安全", "生产", "行政"]), landline()),
    lambda: "医保政策咨询可以拨%s，%s只负责院内结算问题" % ("12393", rng.choice(["我们医保办", "住院处", "收费处"])),
    lambda: "%s的座机 %s 已贴在%s，请大家熟记" % (rng.choice(PLACES), landline(), rng.choice(["配电房门口", "每层电梯口", "宣传栏", "车间入口"])),
    lambda: "快件投诉处理不了的，客户可以拨邮政申诉电话12305，%s登记一下单号" % name(),
    lambda: "外来车辆进园区，先联系门岗 %s" % landline(),
    lambda: "%s提醒：客户问服务电话，只给%s，不给个人号码" % (rng.choice(["客服主管", "店长", "运营"]), rng.choice([four00(), rng.choice(SVC)])),
    lambda: "法律问题来访群众可引导拨%s，我们只做登记" % rng.choice(["12348", "12368"]),
    lambda: "%s会议室预定打分机 %s 或者直接在系统里约" % (rng.choice(["3楼", "5楼", "大", "小"]), ext()),
    lambda: "客房服务分机%s，前台分机%s，新入职的同事记一下" % (rng.randint(2, 9), rng.choice(["0", "8", "9"])),
    lambda: "%s：热线 %s 今晚%s-%s升级暂停服务，官网挂公告" % (rng.choice(["客服部通知", "呼叫中心", "技术部"]), four00(), rng.choice(["22:00", "23:00", "0:00"]), rng.choice(["次日2:00", "次日6:00", "凌晨4:00"])),
    lambda: "燃气泄漏请拨抢修电话 %s，不要开关电器" % rng.choice(["96777", "95158", "96510", "96196"]),
    lambda: "供电故障统一报%s，停电原因以供电公司回复为准" % "95598",
    lambda: "实验室危化品领用前联系安全办 %s" % landline(),
    lambda: "%s，%s的报修电话是多少来着？——%s" % (at().strip() or "问一下", rng.choice(PLACES), rng.choice([landline(), "分机" + ext()])),
    lambda: "群公告已更新：%s %s，%s %s" % (rng.choice(PLACES), landline(), rng.choice(PLACES), ext()),
    lambda: "环保巡查发现问题可以现场拨%s，同时报%s" % ("12369", rng.choice(DEPTS)),
]

# ---- internal tool links -------------------------------------------------

AL = string.ascii_letters + string.digits
CO = ["hxkj", "zhiyun", "mingda", "jxjt", "tianhe", "ruiqi", "boyuan", "chengxin", "lanhai", "xinda", "yunfan", "huarui"]


def rid(n):
    return "".join(rng.choice(AL) for _ in range(n))


URL_KINDS = {
    "doc": (0, 1, 2, 4, 10, 11),
    "sheet": (0, 3),
    "wiki": (4, 6, 13),
    "oa": (7,),
    "mr": (8,),
    "issue": (9,),
    "form": (12,),
}


def url(kind=None):
    c = rng.choice(CO)
    opts = [
        "https://docs.qq.com/sheet/D" + rid(16),
        "https://docs.qq.com/doc/D" + rid(16),
        "https://%s.feishu.cn/docx/%s" % (c, rid(27)),
        "https://%s.feishu.cn/sheets/shtcn%s" % (c, rid(18)),
        "https://%s.feishu.cn/wiki/%s" % (c, rid(27)),
        "https://alidocs.dingtalk.com/i/nodes/%s" % rid(32),
        "http://wiki.%s.local/pages/viewpage.action?pageId=%d" % (c, rng.randint(100000, 9999999)),
        "http://oa.%s.com.cn/workflow/view?id=%d" % (c, rng.randint(10000, 999999)),
        "https://git.%s.lan/%s/%s/-/merge_requests/%d" % (c, rng.choice(["platform", "web", "infra", "app"]), rng.choice(["order-svc", "user-center", "gateway", "admin-web", "report"]), rng.randint(10, 2000)),
        "https://jira.%s.local/browse/%s-%d" % (c, rng.choice(["PAY", "CRM", "OPS", "APP", "ERP"]), rng.randint(100, 9999)),
        "https://www.yuque.com/%s/%s/%s" % (c, rng.choice(["pm", "dev", "ops", "hr"]), rid(8).lower()),
        "https://shimo.im/docs/%s" % rid(16),
        "https://www.wjx.cn/vm/%s.aspx" % rid(7),
        "http://kb.%s.local/article/%d" % (c, rng.randint(100, 9999)),
    ]
    if kind:
        opts = [opts[i] for i in URL_KINDS[kind]]
    return rng.choice(opts)


TOOLS = ["OA", "企业微信审批", "钉钉审批", "飞书审批", "内网wiki", "HR系统", "费控系统", "CRM", "ERP", "禅道", "Jira", "Confluence", "学习平台", "教务系统", "HIS", "MES系统", "SRM", "智慧工地APP"]
TASKS = ["请假", "报销", "加班申请", "用印申请", "采购申请", "出差申请", "用车申请", "物资申领", "合同审批", "离职交接", "转正申请", "调休", "付款申请", "培训报名"]
DOCS = ["周报", "值班表", "巡检记录", "会议纪要", "排班表", "进度表", "需求清单", "问题清单", "测试用例", "课表", "台账", "月度计划", "交接记录", "风险登记表"]


def dl():
    return rng.choice(["周五下班前", "今天18:00前", "明天中午前", "本周内", date() + "前", "下周一前", "今晚12点前"])


LINK_FRAMES = [
    lambda: "%s统一填到在线表格：%s ，%s" % (rng.choice(DOCS), url("sheet"), dl()),
    lambda: "%s一律走%s，别在群里说一声就算了" % (rng.choice(TASKS), rng.choice(["企业微信审批", "OA", "钉钉审批", "飞书审批"])),
    lambda: "%s流程已经迁到新%s了，老系统%s关闭" % (rng.choice(TASKS), rng.choice(["OA", "费控系统", "HR系统", "ERP", "审批平台"]), rng.choice(["下月", "月底", "下周一", "年底"])),
    lambda: "%s在这：%s ，有权限问题找%s" % (rng.choice(DOCS), url("doc"), name()),
    lambda: "%s麻烦看下这个MR：%s" % (at() or "@" + name() + " ", url("mr")),
    lambda: "%s放在内网wiki了，外网打不开是正常的：%s" % (rng.choice(["部署文档", "新人指南", "接口文档", "值班手册", "故障处理手册", "SOP"]), url("wiki")),
    lambda: "%s请在%s里提交，%s" % (rng.choice(TASKS), rng.choice(TOOLS), rng.choice(["附件要齐", "事后补的不算", "审批人选直属领导", "走完流程再执行"])),
    lambda: "链接打不开的先连VPN再试，%s" % rng.choice(["还不行找IT", "或者用企业微信里的入口", "手机端也可以", "内网才能访问"]),
    lambda: "问卷：%s ，%s，%s" % (url("form"), rng.choice(["匿名填写", "大概3分钟", "不记名", "工会活动意向调查"]), dl()),
    lambda: "%s的材料我放%s了，大家会前看一下" % (rng.choice(["周会", "评审会", "月度经营会", "培训", "复盘会"]), rng.choice(["群文件", "飞书文档", "腾讯文档", "共享盘", "钉钉群文件"])),
    lambda: "%s：%s ，%s更新一下状态" % (rng.choice(["项目看板", "任务表", "进度表", "排期表"]), url("sheet"), rng.choice(["每天下班前", "每周五", "站会前"])),
    lambda: "%s在%s—%s里能看到" % (rng.choice(["工资条", "年假余额", "考勤明细", "培训学分", "绩效目标"]), rng.choice(["企业微信", "钉钉", "飞书", "OA"]), rng.choice(["工作台", "人事服务", "我的", "应用中心"])),
    lambda: "%s已上线%s，%s" % (rng.choice(["新版报销", "会议室预订", "物资申领", "访客登记", "报修"]), rng.choice(["企业微信工作台", "OA首页", "钉钉工作台", "飞书应用"]), rng.choice(["大家试用一下", "有问题反馈给IT", "老入口下周关闭"])),
    lambda: "bug请提到%s，不要直接@开发，%s" % (rng.choice(["禅道", "Jira", "TAPD", "飞书项目"]), rng.choice(["谢谢配合", "紧急的打电话", "附上截图和复现步骤"])),
    lambda: "%s今天在%s的日志里补一下" % (rng.choice(["巡检记录", "施工日志", "工作日志", "值班日志"]), rng.choice(["钉钉", "企业微信", "智慧工地APP", "OA"])),
    lambda: "课件和录屏已经传到%s：%s" % (rng.choice(["学习平台", "飞书知识库", "内网知识库"]), url("wiki")),
    lambda: "%s的腾讯会议链接在日历邀请里，别转发到外部群" % rng.choice(["明天评审", "周会", "季度会", "培训"]),
    lambda: "客户拜访记录请录%s，不要只在群里报" % rng.choice(["CRM", "销售易", "纷享销客", "企业微信客户联系"]),
    lambda: "%s改版了，按新模板写：%s" % (rng.choice(["周报", "日报", "月报", "述职模板"]), url("doc")),
    lambda: "新同事账号开通走IT服务门户，%s" % rng.choice(["入口在OA首页", "需要直属领导审批", "一般半天开好", "开通后会收到邮件"]),
    lambda: "%s，%s的审批卡在你那了，麻烦在%s里处理下" % (at().strip() or name(), rng.choice(TASKS), rng.choice(["OA", "企业微信", "钉钉", "飞书"])),
    lambda: "大家在这个文档里认领任务：%s ，认领后把负责人改成自己" % url("sheet"),
    lambda: "发票照片上传%s，别再发群里了" % rng.choice(["费控系统", "报销小程序", "OA报销模块"]),
    lambda: "%s请在%s“%s”里提交，电话只限紧急" % (rng.choice(["设备报修", "网络报修", "保洁需求"]), rng.choice(["企业微信", "钉钉"]), rng.choice(["后勤服务", "报修", "行政服务"])),
    lambda: "%s的排班已经发布在%s，有调班的在系统里申请" % (rng.choice(["护理部", "客服中心", "门店", "安保"]), rng.choice(["OA", "排班系统", "企业微信", "飞书"])),
    lambda: "部署文档更新了：%s ，%s按新步骤操作" % (url("wiki"), rng.choice(["今晚发布", "下次上线", "值班同学"])),
    lambda: "工会活动报名：%s ，名额%d个，%s" % (url("form"), rng.randint(10, 80), dl()),
    lambda: "需求评审结论记在这了：%s" % rng.choice([url("doc"), url("issue")]),
    lambda: "%s已经放到共享盘“%s”目录，命名按规范来" % (rng.choice(DOCS), rng.choice(["01-项目管理", "02-技术方案", "05-运营", "行政/制度", "财务/模板"])),
    lambda: "考勤异常在%s“异常申诉”里提交，%s" % (rng.choice(["钉钉考勤", "企业微信打卡", "HR系统"]), dl()),
    lambda: "%s链接：%s ，%s批注，别直接改正文" % (rng.choice(["方案", "合同模板", "技术方案", "招标文件初稿"]), url("doc"), rng.choice(["有意见直接", "请用", "大家用"])),
    lambda: "测试用例在%s上，%s按模块认领" % (rng.choice(["TestLink", "飞书多维表格", "禅道"]), rng.choice(["大家", "QA同学", "实习生"])),
    lambda: "%s，在%s里确认一下个人信息，有误自己改" % (rng.choice(["年底了", "社保核对", "档案更新", "提醒"]), rng.choice(["HR系统", "OA", "企业微信"])),
    lambda: "OA公告里的%s请确认已读，%s" % (rng.choice(["新版制度", "放假通知", "保密规定", "安全通报"]), dl()),
    lambda: "内部知识库新增了%d篇FAQ，%s：%s" % (rng.randint(5, 60), rng.choice(["客服同学先看", "新人必读", "值班必看"]), url("wiki")),
    lambda: "%s回放已生成，没参加的可以在%s看" % (rng.choice(["培训直播", "全员大会", "技术分享"]), rng.choice(["钉钉群", "企业微信", "飞书", "学习平台"])),
    lambda: "%s在内网：%s，外网访问不了" % (rng.choice(["资料下载", "镜像仓库", "安装包"]), "http://%s/share/" % ip()),
    lambda: "%s签到扫屏幕上的企业微信码，%s" % (rng.choice(["培训", "会议", "考试", "讲座"]), rng.choice(["填工号就行", "不用另外签纸质表", "签到记录算学时"])),
    lambda: "这周%s改在飞书多维表格填：%s" % (rng.choice(DOCS), "https://%s.feishu.cn/base/bascn%s" % (rng.choice(CO), rid(18))),
    lambda: "%s都在内网门户“常用链接”里，%s" % (rng.choice(["OA、邮箱、HR", "费控、CRM、OA", "邮箱、wiki、工单"]), rng.choice(["新同事收藏一下", "不用到处找", "书签可以删了"])),
    lambda: "%s的数据直接在%s里看，不要导出来传" % (rng.choice(["销售", "库存", "考勤", "工单"]), rng.choice(["BI看板", "ERP", "报表平台", "CRM"])),
    lambda: "这个%s模板在语雀：%s" % (rng.choice(["复盘", "周报", "需求", "会议纪要"]), "https://www.yuque.com/%s/%s/%s" % (rng.choice(CO), rng.choice(["pm", "dev", "ops", "hr"]), rid(8).lower())),
    lambda: "%s请登录%s查看%s" % rng.choice([("老师们", "教务系统", rng.choice(["监考安排", "课表", "成绩录入通知"])), ("护士长们", rng.choice(["HIS", "护理管理系统", "OA"]), rng.choice(["排班", "质控通知", "待办"])), ("各组长", rng.choice(["MES系统", "OA", "钉钉"]), rng.choice(["本周排产", "点检任务", "待办"])), ("各位", rng.choice(["OA", "企业微信", "HR系统"]), rng.choice(["最新通知", "本周安排", "待办"]))]),
]


def check_text(t):
    import re
    for run in re.findall(r"\d+", t):
        if not safe(run):
            return False
    return True


def grams(t):
    return {t[i:i + 3] for i in range(len(t) - 2)}


def generate(frames, n, existing):
    out = []
    tries = 0
    while len(out) < n and tries < n * 60:
        tries += 1
        t = rng.choice(frames)()
        if not check_text(t) or t in existing:
            continue
        g = grams(t)
        if any(len(g & e) / len(g | e) >= 0.5 for e in existing.values() if e):
            continue
        existing[t] = g
        out.append(t)
    return out


def main(path, n_num, n_phone, n_link):
    existing = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            existing[t] = grams(t)
    rows = []
    for frames, n in ((NUM_FRAMES, n_num), (PHONE_FRAMES, n_phone), (LINK_FRAMES, n_link)):
        rows += generate(frames, n, existing)
    with open(path, "a", encoding="utf-8") as f:
        for t in rows:
            f.write(json.dumps({"text": t, "labels": [], "subs": [], "source": "draft:w6"}, ensure_ascii=False) + "\n")
    print(len(rows), "templated lines appended", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
