"""Generator for data/drafts/w15_offensive.jsonl (offensive vs civil language in work groups).

Lines are written by hand below as `TAG :: TEXT`. TAG is `ok`, `hard` (hard negative, label []),
or a comma list of sub-category aliases; a leading `!` marks a line with deliberate evasion.
Placeholders {ID} {IDB} {IDS} {P} {PS} {PD} {PP} {C} {CS} are filled with fresh generated values.
"""
import json
import random
import re
import sys
from pathlib import Path

random.seed(15015)
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
abuse :: 你是猪吗？这么简单的表格都填错三次了
abuse :: 脑子是个好东西，希望你也有一个
abuse :: @王磊 你到底有没有脑子，客户说的是下周三不是这周三！
!abuse :: 这需求谁提的，sb吧，改来改去
!abuse :: 真特么服了，就你这水平还当组长？
abuse :: 废物一个，PPT做了三天就这？
ok :: 这版PPT问题很多：第3页数据口径不对，第7页结论没有依据，今天下班前改完再发我
ok :: 说实话我对这次交付非常不满意，同样的错误已经出现第三次了，明天上午我们当面复盘
hard :: 我真的很生气。不是针对谁，是流程本身有问题，每次都是最后一天才发现接口没联调
abuse :: 你个傻逼，谁让你把测试库删了的
!abuse :: 傻X运营又把活动时间填错了，能不能长点心
!abuse :: nmsl，凭什么我背锅
!abuse :: cnm 这锅我不背
ok :: 这个锅我不背，需求变更单上写得很清楚是市场部签字确认的，截图在这
abuse :: 李娜你是不是智障啊，合同金额多打一个零你都看不出来？
ok :: 李娜，合同金额多了一个零，麻烦核对一下原件，审批先撤回
abuse :: 有些人真的是脑残，发邮件不抄送领导，出事了又来群里嚷嚷
!abuse :: 别在这bb了，你行你上啊，废物
abuse :: 干了五年还是个小职员，活该你一辈子打杂
abuse :: 就你这种人也配跟我谈专业？滚回去读书吧
ok :: 我不同意你的方案，理由有三：成本高、周期长、没有回滚机制。如果坚持要做，请拿出数据来说服大家
hard :: 这个方案烂透了，从架构到排期没有一处站得住，建议推倒重来
hard :: 说得难听点，这份报告就是应付差事，我一个字都不想签
abuse :: 说得难听点，你就是个只会拍马屁的狗腿子
abuse :: 张总的狗腿子又来传圣旨了，大家跪好
!abuse :: 哟~这不是我们部门的大红人嘛，加班发朋友圈的那位，辛苦辛苦，真是公司离不开您呢🙄
!abuse :: 某些人啊，活不干，功劳倒是抢得挺快，脸皮厚得跟城墙一样
abuse :: 你就是个吃干饭的，部门养你有什么用
abuse :: 闭嘴吧你，一张嘴就知道甩锅，恶心
ok :: 请先别急着下结论，等日志拉出来再定责任，现在吵没有意义
ok :: 大家冷静一下，有问题就事论事，不要人身攻击，会后我单独找你们两个聊
hard :: 刚才群里有人骂小刘"脑残"，我已经截图发给HR了，请大家注意言辞
hard :: 再强调一次群规：禁止说"傻X""废物"之类的话，无论多生气都不行，违者移出群
abuse :: 小刘你就是个脑残，客户那边都被你搞砸了
ok :: 客户那边因为我们报价单出错很不满意，小刘你今天下午跟我一起去当面道歉
hard :: 这个客户真的难搞，改了八版还说"感觉不对"，我快崩溃了😭
hard :: 客户又在催，一天打了十几个电话，我真的服了，但还是得按流程走
abuse :: 这客户就是个神经病，傻X甲方，改稿改到我想吐
!abuse :: 甲方爸爸是真的zz，logo放大的同时缩小一点？？
hard :: 甲方要求logo放大的同时缩小一点，这个需求我需要跟他再确认下具体意思[捂脸]
abuse :: 那个客户长得跟猪一样，还好意思挑我们设计丑
abuse :: 河南人都是骗子，以后河南的客户先收全款再发货
hard :: 最近有冒充我们公司名义的诈骗电话，客户来电问的话请统一说明我们不会电话索要验证码
abuse :: 东北人就是懒，派去沈阳的那几个一个都指望不上
abuse :: 上海人就是小气，报销一分钱都要算清楚，抠死了
abuse :: 温州那边的供应商都一个德行，奸商
abuse :: 招聘的时候注意点，别招新疆的，麻烦
hard :: 提醒HR：招聘JD里不得出现地域、民族、性别限制，上个月某公司因为写"不招河南人"被罚了，咱们引以为戒
hard :: 今天培训讲到《就业促进法》，用人单位不得因民族、种族、性别、宗教信仰等歧视劳动者，大家记一下考点
abuse :: 女的就是不适合做技术，逻辑一塌糊涂
abuse :: 女司机果然名不虚传，公司的车又被她刮了
abuse :: 她能升职还不是靠陪领导睡出来的
abuse :: 那个女拳师又在群里带节奏了，烦死了
!abuse :: 田园女拳癌晚期，建议早点治
abuse :: 直男癌晚期，跟你说不通
abuse :: 母狗一样的东西，也配在这说话
abuse :: 你个娘炮，搬个箱子都搬不动
abuse :: 这种死基佬离我远点，别传染给我
!abuse :: 听说新来的那个是个gay，大家小心点屁股哈哈哈
hard :: 公司反骚扰政策更新：包括基于性别、性取向的言语骚扰，请大家认真阅读附件并在本周签字确认
hard :: 有同事反映被人叫"娘炮"，这属于人身攻击，已按制度给予警告，希望大家引以为戒
ok :: 新版员工手册第5章是反歧视条款，涵盖性别、年龄、民族、残障、性取向，入职培训要讲到
abuse :: 黑鬼就是懒，那个非洲客户的单子交给别人跟吧
abuse :: 阿三的代码质量就那样，外包给印度佬就是找罪受
hard :: 印度外包团队这次交付的代码单测覆盖率只有20%，按合同要求不达标，我发函要求整改
abuse :: 老不死的，占着位置不干活，赶紧退休吧
abuse :: 35岁以上的都是废物，早该优化掉
hard :: 听说有公司专门裁35岁以上的员工，这个算不算年龄歧视？法务能不能给我们讲讲
abuse :: 你是瞎子吗，红字写这么大都看不到
abuse :: 聋了？叫你三遍都不应
abuse :: 跟个瘸子似的，走个流程走半个月
abuse :: 那个残疾人能干啥，招他进来就是为了拿补贴
hard :: 残疾人就业保障金本月申报截止，我们目前安置了2名残疾职工，材料已报财务
ok :: 明天有位坐轮椅的同事来报到，行政提前确认一下无障碍通道和卫生间
abuse :: 农民工就是素质低，工地上那群人到处吐痰
abuse :: 扫地的也配跟我说话？
abuse :: 一个保洁阿姨还管这么多，干好你自己的活吧
hard :: 春节前农民工工资支付专项检查，各项目部请在20号前上报工资发放台账
hard :: 保洁阿姨反映三楼茶水间的垃圾经常乱丢，大家注意一下，尊重别人的劳动
abuse :: 死胖子，吃那么多还占两个座
abuse :: 那个肥婆又来前台闹了
abuse :: 矮冬瓜一个，还想当销售门面？
abuse :: 长得丑就别出来见客户了，影响公司形象
hard :: 销售部着装要求：见客户需穿正装，这是公司形象要求，与个人外貌无关
hard :: 我最近胖了二十斤，工服L码穿不下了，行政能帮我换个XL吗😂
hard :: 我就是个废物哈哈哈，报销单又填错了，财务姐姐原谅我
hard :: 今天debug一整天没找到原因，感觉自己就是个智商欠费的菜鸡[捂脸]
hard :: 咱们这种屌丝程序员，年终奖能发就不错了，不挑
abuse :: 一群屌丝，还想跟人家大厂比？
hard :: 终于把那个内存泄漏的bug干掉了！今晚可以早点走了
hard :: 下午三点前把这个进程杀掉重启一下，别等到晚高峰
hard :: 电影项目今天正式杀青，感谢各位辛苦付出🎉
hard :: 这次竞品打得太狠了，我们必须把价格战打回去，把他们干趴下
hard :: 服务器又炸了，运维快来救火
hard :: 卧槽，生产库的连接数爆了，谁在跑大查询？
hard :: 我靠，差点把发版时间记错，幸好看了一眼群公告
hard :: 被这个需求折磨疯了，我要去天台吹吹风冷静一下（只是吹风哈）
vio :: 你再敢动我的代码试试，下班别走，停车场等你
vio :: 老子今天不弄死你我就不姓刘
vio,abuse :: 你个贱人，信不信我找人堵你家门口
vio :: 明天我就带刀来公司，看谁还敢扣我工资
vio :: 谁再举报我，我就让他全家不得安宁
vio :: 惹毛了我，一把火把仓库点了大家都别干了
hard :: 消防演练通知：明天上午10点模拟仓库起火，请各位按路线疏散
ok :: 仓库的灭火器过期了，安全员本周内更换
abuse :: 你爹妈没教过你怎么说话吗
abuse :: 有娘生没娘养的东西
!abuse :: 尼玛的，又让我周末加班
!abuse :: tmd这破系统天天崩，开发都是吃屎长大的吧
ok :: 系统这周已经崩了三次了，严重影响业务，请研发给一个根因分析和修复时间表
hard :: 这周系统崩了三次，一线同事被客户骂得很惨，我理解大家的怨气，但请在工单里反馈
abuse :: 狗东西，拿了我的方案去邀功
abuse :: 小人，背后捅刀子，我看透你了
ok :: 我的方案被直接拿去汇报了，署名也没有我，这个情况我会正式向部门领导反映
abuse :: 一群饭桶，这点事都办不好
abuse :: 财务部的都是一帮吸血鬼
hard :: 财务部这个月审批太慢了，报销平均要等21天，能不能优化一下流程？
abuse :: 蠢得跟头驴似的，说了八百遍还不懂
ok :: 这个地方我再解释一次，你哪里不清楚直接问，别不懂装懂
hard :: 我可能说得不够清楚，我画个图给你看，别有压力
abuse :: 你这种人就该被开除，留着祸害人
abuse :: 恶心，跟你共事真是倒了八辈子霉
ok :: 我认为这次事故你要负主要责任，绩效这块我会如实反馈
abuse :: 臭不要脸的，借我的钱半年不还
hard :: 研发部的"屎山"代码终于开始重构了，欢迎大家提意见
hard :: 这段代码写得像屎一样，谁写的？哦，是我自己去年写的😅
abuse :: 这代码写得跟屎一样，写的人脑子里也全是屎吧
!abuse :: 建议原地爆炸，sb产品经理
!abuse :: 有一说一，ta真的是个zz
!abuse :: 你是不是 脑 残 啊
!abuse :: 你是不是nc，跟你说了别动生产环境
!abuse :: 憨批，又提交了没编译过的代码
!abuse :: 伞兵一号卢本伟准备就绪（说的就是你 @赵鹏 ）
!abuse :: 你个🐶东西，抢单抢到我头上了
!abuse :: 🐷脑子，这都能算错
!abuse :: 你是不是脑袋被门夹了🚪
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
        rows.append({"text": fill(text.strip()), "labels": labels, "subs": subs, "source": "draft:w15",
                     "_kind": tag if tag in ("ok", "hard") else "bad", "_evasion": evasion})
    return rows


def main():
    rows = parse()
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        sys.exit(f"duplicate texts: {sorted(dups)[:5]}")
    out = HERE / "w15_offensive.jsonl"
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
