"""Hand-written contrast pairs (ok vs violating) for wxguard, batch w9.

Each entry of PAIRS is (ok_text, violating_text, "label/sub label/sub ...").
PII placeholders are filled with realistic, checksum-valid values:
  {ID}      18-digit resident ID with valid GB 11643 check digit
  {ID_KID} {ID_YOUNG}  valid IDs with child / young-adult birth years
  {ID_BAD}  ID-shaped number with a wrong check digit (only used where words say it is an ID)
  {MOB} {MOB-} {MOB_} {MOB86}   mobile: plain / 3-4-4 dashes / 3-4-4 spaces / +86 prefix
  {CARD} {CARD4}                 Luhn-valid bank card: plain / groups of four
Run:  python data/drafts/w9_contrast.py  -> writes data/drafts/w9_contrast.jsonl
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

LABELS = ["confidential", "privacy", "illegal_vulgar", "advertising", "off_topic"]
RNG = random.Random(20240917)

REGIONS = ["110105", "110108", "120104", "310104", "310115", "320102", "320583", "330106", "330205",
           "340104", "350203", "370202", "410105", "420106", "430104", "440106", "440305", "440604",
           "500103", "510107", "610113", "210202", "230103", "360102", "450103", "530102", "130102",
           "140105", "220104", "520102", "620102", "640104", "150102", "460106"]
MOB_PREFIX = ["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "182", "187", "188",
              "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177",
              "199", "166", "173", "198", "176", "183", "147", "157", "191", "195"]
CARD_BIN = [("622848", 19), ("621700", 19), ("622202", 19), ("622588", 16), ("621483", 16),
            ("601382", 19), ("622262", 19), ("621226", 19), ("622609", 16), ("623668", 19), ("621799", 19)]

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def _id17(lo: int = 1958, hi: int = 2006) -> str:
    y = RNG.randint(lo, hi)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    return f"{RNG.choice(REGIONS)}{y:04d}{m:02d}{d:02d}{RNG.randint(0, 999):03d}"


def id_number(bad: bool = False, lo: int = 1958, hi: int = 2006) -> str:
    body = _id17(lo, hi)
    c = CHK[sum(int(a) * w for a, w in zip(body, W)) % 11]
    if bad:
        c = RNG.choice([x for x in "0123456789" if x != c])
    return body + c


def mobile(fmt: str = "") -> str:
    n = RNG.choice(MOB_PREFIX) + "".join(str(RNG.randint(0, 9)) for _ in range(8))
    if fmt == "-":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if fmt == "_":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if fmt == "86":
        return "+86 " + n
    return n


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(spaced: bool = False) -> str:
    bin_, length = RNG.choice(CARD_BIN)
    body = bin_ + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(bin_) - 1))
    n = body + luhn_digit(body)
    if spaced:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


FILL = {
    "{ID}": lambda: id_number(),
    "{ID_BAD}": lambda: id_number(bad=True),
    "{ID_KID}": lambda: id_number(lo=2014, hi=2016),
    "{ID_YOUNG}": lambda: id_number(lo=2001, hi=2004),
    "{MOB}": lambda: mobile(),
    "{MOB-}": lambda: mobile("-"),
    "{MOB_}": lambda: mobile("_"),
    "{MOB86}": lambda: mobile("86"),
    "{CARD}": lambda: card(),
    "{CARD4}": lambda: card(True),
}
PH = re.compile("|".join(re.escape(k) for k in FILL))


def fill(text: str) -> str:
    return PH.sub(lambda m: FILL[m.group(0)](), text)


PAIRS: list[tuple[str, str, str]] = []


def P(ok: str, bad: str, subs: str) -> None:
    PAIRS.append((ok, bad, subs))

# ---------------------------------------------------------------- confidential / business_secret
P("@王经理 明天下午的报价评审会改到3点，材料我放共享盘了，权限找我开",
  "@王经理 给华润那边的最终报价是单价47.6万，比上回降了8个点，千万别让另外两家供应商知道",
  "confidential/business_secret")
P("下季度预算会周四上午开，各部门需求表周三下班前交财务",
  "内部消息哈，下季度预算整体砍25%，市场部直接砍一半，周四会上才正式说",
  "confidential/business_secret")
P("这次招标我们报名了，结果公示前大家对外不要议论",
  "这次投标咱们报的1386万，中建那边报的1420万，技术分差不多，稳了兄弟们",
  "confidential/business_secret")
P("组织架构调整的方案还在走审批，正式通知以OA发文为准",
  "架构调整定了：华东区并入华南，老周那个总监岗位撤掉，下周一宣布，先别外传",
  "confidential/business_secret")
P("跟万科的合同已经签回来了，原件在法务，要看电子版的找我开共享盘权限",
  "跟万科的合同签回来了，年框2300万，返点3%，账期谈到了120天，这价格别往外说",
  "confidential/business_secret")
P("财务提醒：报销发票金额要和实际消费一致，本周开始抽查",
  "上个月那批招待费发票多开了两万，差额我已经转给采购老孙了，大家嘴严点",
  "confidential/business_secret")
P("新店选址还在评估中，各位有合适铺位信息可以报给拓展部",
  "新店定了，徐汇那个铺位月租谈到18万，下个月签约，对外先保密哈",
  "confidential/business_secret")
P("关于收购的传闻，请以公司正式公告为准，不要猜测",
  "悄悄说一句，公司在谈收购星辰科技，估值6个亿左右，Q4交割🤫 看完就删",
  "confidential/business_secret")
P("人员优化的事由HR一对一沟通，群里请不要传未确认的消息",
  "优化名单出来了，研发砍15个，小刘和阿杰都在上面，N+1，下周一开始谈话",
  "confidential/business_secret")
P("这个月的销售目标还是按年初定的来，大家冲一冲💪",
  "给大家透个底：经销商底价是出厂价的62折，客户再怎么砍也别低于这个数",
  "confidential/business_secret")
P("钢材供应商的年度谈判下周开始，各品类负责人把用量数据准备好",
  "钢材谈下来了，明年吨价4120，比市场价低300，合同里有保密条款，別外傳",
  "confidential/business_secret")
P("医院下个月开设备采购论证会，各科室需求周五前报设备科",
  "CT那个采购其实已经内定西门子了，评标就是走个过场，价格2180万",
  "confidential/business_secret")
P("明天上午局里开党组会，涉及人事的同志请留在办公室待命",
  "刚散会，王科长提副局的事定了，李主任调去档案馆，文件下周才发，大家心里有数就行",
  "confidential/business_secret")
P("三季度财报10月28号披露，披露前任何人不得接受媒体采访",
  "三季度营收大概12.7亿，净利润同比掉了四成，28号才公布，手里有股票的自己看着办",
  "confidential/business_secret")
P("那个就是说呃明天跟客户谈价格的时候大家先别表态回来再商量",
  "那个就是说明天跟客户谈价格咱们的底线是每吨三千二再低就亏了成本是两千九百五你们心里有数",
  "confidential/business_secret")

# ---------------------------------------------------------------- confidential / customer_data
P("客户名单统一在CRM里维护，新同事找主管开账号",
  "把VIP客户贴一下方便大家跟进：张总 宝龙集团 {MOB-}；刘姐 万达商管 {MOB}；陈总 恒信物流 {MOB}",
  "confidential/customer_data privacy/phone")
P("今天下午有3批客户来访，前台注意登记和引导",
  "今天来访的是华信的赵总和东方电气采购部孙经理，他俩这季度意向采购加起来800万，名单我整理好了",
  "confidential/customer_data")
P("退货客户的信息都在ERP里，客服按工单处理就行",
  "这批退货客户信息我导出来了：王女士 杭州西湖区文三路478号 {MOB}；李先生 滨江区江南大道3688号 {MOB_}",
  "confidential/customer_data privacy/phone privacy/address")
P("客户资料不要拍照发群里，统一在系统里查看",
  "发一下本月存款前20的客户：1.周建国 386万 2.林淑芬 312万 3.邓立新 298万……剩下的截图在下面",
  "confidential/customer_data")
P("@小林 金科项目的成交情况我已经在系统里更新了",
  "@小林 金科项目的成交客户表导出来了，142户，姓名房号成交价都在，我直接丢群里[文件]客户明细.xlsx",
  "confidential/customer_data")
P("续保提醒的话术已经更新到知识库，大家按新话术打电话",
  "本月到期未续保的客户：吴海燕 保单P2023110856 保费12800；郑国强 保单P2023120311 保费9600，赶紧跟",
  "confidential/customer_data")
P("渠道客户资料一律不得外发，确需使用的走申请流程",
  "有人要咱们的客户资料吗，三千多条，带电话带成交额，价格好商量，私我",
  "confidential/customer_data advertising/black_market")
P("会员日活动下周六，会员短信由总部统一发送",
  "门店会员数据我拉出来了，消费满万的216个，名单手机号都在附件，拿去做私域吧",
  "confidential/customer_data")
P("客户工单已转二线处理，工单号 INC20240517-0832",
  "客户那边生产库里的开户信息我截了几条给大家看看格式：户名刘春梅 账户6217***结余52万……",
  "confidential/customer_data")
P("展会上收到的名片请这周内录入CRM，别压在手里",
  "展会名片整理好了，87个潜在客户，公司职位手机全有，我贴群里大家分一分，先到先得",
  "confidential/customer_data")
P("客戶資料請勿截圖外傳，謝謝配合",
  "客戶名單截圖來了，前五十大客戶的年採購額跟聯繫人都在上面，別說是我發的",
  "confidential/customer_data")

# ---------------------------------------------------------------- confidential / credentials
P("测试环境账号找运维申请，群里不要发密码",
  "测试环境账号 admin，mi码 Test@2024! 大家先用着，别改",
  "confidential/credentials")
P("访客WiFi请到前台登记后获取",
  "内网WiFi：CORP-5G，密码 Hx#88990011，别告诉访客啊",
  "confidential/credentials")
P("VPN连不上的先重启客户端，还不行就提工单",
  "VPN连不上就先用我的号吧，zhangwei01 / zw19880612，用完说一声",
  "confidential/credentials")
P("服务器迁移周六晚上做，期间SSH会中断两小时",
  "生产机 10.12.3.45 root/Prod#2023 急用的直接上去改，改完告诉我",
  "confidential/credentials")
P("提醒一下：阿里云AccessKey不要提交到git仓库，这已经是第二次了",
  "AK：LTAI5tQ9xZ3mK8pR2vW7nB SK：q8XwE4rT1yU6iO0pA9sD3fG7hJ2kL5 先跑起来再说",
  "confidential/credentials")
P("公众号后台登录需要管理员扫码，找小美",
  "公众号后台账号 wxgz_market 密码 Mk2024mk，验证码发我手机了我再转给你们",
  "confidential/credentials")
P("OA系统初始密码请首次登录后立即修改",
  "档案系统管理员账号 dagl_admin，口令 Dag@l1234，周末谁值班谁用",
  "confidential/credentials")
P("HIS系统工号请找信息科开通，不要借用他人工号",
  "HIS先用我的工号吧 1047，密码 123456abc，下午你再去信息科开",
  "confidential/credentials")
P("MES系统账户权限变更需要填申请单，车间主任签字",
  "MES超管密码改成 Mes_2024#plant2 了，大家记一下，别写在白板上",
  "confidential/credentials")
P("机房门禁卡丢失请立即到行政挂失补办",
  "机房门禁密码 7359#，钥匙在我左边抽屉，夜班的自己进",
  "confidential/credentials")
P("GitLab token过期的话到个人设置里重新生成一个",
  "用我这个token吧 glpat-x8Kq2Lm9VtR4pNwZ7cYe，maintainer权限的",
  "confidential/credentials")
P("数据库连接信息在配置中心，有权限的同事自己查看",
  "连接串先凑合用：mysql://app_rw:Qw3rty!88@10.2.8.17:3306/order",
  "confidential/credentials")
P("企业网银U盾由出纳保管，用的时候登记",
  "网银登录密码是 cw@888666，U盾插在财务室那台电脑上，急着付款的自己操作",
  "confidential/credentials")

# ---------------------------------------------------------------- confidential / internal_document
P("《2024年绩效管理办法（征求意见稿）》已发各部门邮箱，请查收并反馈",
  "[图片] 这是《2024年绩效管理办法》内部征求意见稿截图，右上角标了内部资料，先给你们瞅瞅",
  "confidential/internal_document")
P("提醒：标密文件请用加密U盘传递，不要通过微信发送",
  "标着【机密】那份董事会纪要我拍下来了，第3页写着要关停武汉工厂[图片][图片]",
  "confidential/internal_document confidential/business_secret")
P("今天下发的文件请各科室到办公室签收",
  "先拍给大家看：〔2024〕17号内部文件，关于干部调整的，千万别转出去[图片]",
  "confidential/internal_document")
P("会议纪要已整理到企业微信文档，有权限的同事可以查看",
  "会议纪要全文贴一下（内部，勿外传）：一、关于Q3亏损的处理意见……二、关于暂停校招……",
  "confidential/internal_document")
P("员工手册在HR系统里可以下载最新版",
  "这是还没发布的《薪酬体系改革方案（绝密）》，大家看看自己能涨多少[文件]",
  "confidential/internal_document")
P("内部培训资料仅限本部门学习使用",
  "內部資料，禁止外傳，但我還是發一下：《渠道返利政策V3》截圖[圖片]",
  "confidential/internal_document")
P("医院质控情况会在周一院周会上通报",
  "院内通报（内部）原文转一下：上月两起用药差错，涉事科室是心内和儿科，具体经过如下……",
  "confidential/internal_document")
P("期末考试试卷已经封存在教务处保密室",
  "期末数学试卷电子版（保密）先发群里了，几位老师对一下答案[文件]",
  "confidential/internal_document")
P("ISO审核的程序文件更新了，请到文控中心领取受控版本",
  "客户那边的《供应商评估内部报告》我截到了，他们给咱们打了62分，图在下面",
  "confidential/internal_document")
P("集团审计结果会后统一反馈，请各部门做好整改准备",
  "集团内部审计报告初稿截图发你们，里面点名了我们采购部三个问题，看完撤回",
  "confidential/internal_document")
P("投标文件最终版请在今天18点前上传投标平台",
  "竞争对手的投标文件拿到了，封面印着商业秘密，朋友偷偷给的，大家参考下[文件]",
  "confidential/internal_document")

# ---------------------------------------------------------------- confidential / technical_secret
P("核心算法模块的代码评审明天10点，链接见邮件",
  "推荐算法核心这段我贴出来大家看看：score = 0.37*ctr + 0.22*cvr + 0.41*log(1+gmv)，权重是调了半年的",
  "confidential/technical_secret")
P("发现一个安全问题，已提交安全组，细节请走内部漏洞平台",
  "支付接口有个越权漏洞，把order_id改成别人的就能看到对方订单和地址，还没修，大家先别声张",
  "confidential/technical_secret")
P("新品图纸的版本以PLM系统为准，不要用本地存档",
  "新电机绕组参数：线径0.63，匝数212，定子叠厚48mm，这就是我们跟对手拉开差距的地方",
  "confidential/technical_secret")
P("配方调整请走工艺变更流程，质量部会签",
  "新配方比例：A料62% B料30% 添加剂CX-7占8%，反应温度180度，专利还没申请下来",
  "confidential/technical_secret")
P("芯片流片时间推迟到下个月，具体等项目经理通知",
  "版图GDS文件我直接发群里了，28nm那版，外协的同事自己下[文件]top_v7.gds",
  "confidential/technical_secret")
P("代码仓库迁到新GitLab了，地址和权限见邮件",
  "外包要的SDK源码我打包发这了，src全在里面，省得走审批[文件]sdk_core_src.zip",
  "confidential/technical_secret")
P("新架构设计文档评审通过了，感谢各位的意见",
  "新架构这么设计的：用户库分64片按uid取模，主库在杭州B机房，防火墙只开了8443，拓扑图在下面",
  "confidential/technical_secret")
P("客户反馈的接口问题我已经回复，今天会发补丁",
  "咱们后台有sql注入，id参数没过滤，测试环境试过能直接拖库，修之前谁都别往外说",
  "confidential/technical_secret")
P("血糖仪新品的验证报告下周出，研发中心负责",
  "新一代血糖仪的传感器标定算法和误差补偿系数我贴一下，研发中心标的核心技术 k1=0.9832 k2=-0.0417",
  "confidential/technical_secret")
P("电池包的热测试报告下周出，等结果再讨论",
  "电池包热管理方案：液冷板流道改蛇形，流量6L/min，温差能压到3度以内，对手目前做不到",
  "confidential/technical_secret")
P("专利申请材料在法务那，发明人签完字就提交",
  "专利还没交，权利要求书先贴群里：1.一种基于多模态融合的焊缝缺陷检测方法，其特征在于……",
  "confidential/technical_secret")
# ---------------------------------------------------------------- privacy / id_number
P("订机票需要证件信息的请私发行政小周，不要发在群里",
  "@小周 帮我订周五去深圳的机票，身份证{ID}，谢啦",
  "privacy/id_number")
P("住宿登记由酒店前台统一办理，大家到了报名字就行",
  "酒店要提前登记：王磊 {ID}，刘芳 {ID}，我已经发给前台了",
  "privacy/id_number")
P("住院号 ZY20240312 的病人明天出院，护士站准备出院小结",
  "7床患者身份证号{ID}，医保信息对不上，谁帮忙核一下",
  "privacy/id_number")
P("办件编号2024-0318-0027已受理，群众来电可告知在网上查询进度",
  "刚才来窗口办事的大爷证件号{ID}，系统里查不到人，谁帮看下",
  "privacy/id_number")
P("社保卡补办材料：身份证原件+一寸照片，本人到窗口办理",
  "老张的sfz：{ID}，你帮他把社保卡补办一下",
  "privacy/id_number")
P("出国团组的护照统一交外事办保管",
  "刘总护照号 E58392047，有效期到2029年3月，签证中心那边要",
  "privacy/id_number")
P("新员工请在入职系统上传证件照片，勿在群内发送",
  "实习生周婷婷的身份证：{ID_YOUNG}，入职系统一直报错，谁帮我录一下",
  "privacy/id_number")
P("订单号202405170931228845查不到，麻烦客服再核对一下",
  "客户身份证号 {ID_BAD} 好像输错了，最后一位对不上，你再问问他",
  "privacy/id_number")
P("学籍号请家长在小程序里自行核对，有误联系班主任",
  "三年级二班李沐阳的身份证号是{ID_KID}，学籍系统录错了，帮改一下",
  "privacy/id_number")
P("新司机到厂请携带驾驶证原件到安保科登记",
  "新司机赵建军，驾照号就是身份证号 {ID}，车牌苏E7K5X2，明天开始跑线",
  "privacy/id_number")
P("客户开户须本人携带身份证到柜台办理",
  "帮我查下这个人有没有贷款记录：邓丽华，身 份 证 {ID}",
  "privacy/id_number")

# ---------------------------------------------------------------- privacy / phone
P("报修请打物业值班电话 0571-87651234，24小时有人接",
  "报修直接打物业刘师傅手机 {MOB}，他人挺好说话的",
  "privacy/phone")
P("有问题联系IT服务台，分机8008",
  "@全体 新来的HR小郑，手机号{MOB-}，入职手续有问题找她",
  "privacy/phone")
P("家长联系方式以班级通讯录为准，不在群里公开",
  "初二（3）班家长电话：陈浩然妈妈 {MOB}，吴雨桐爸爸 {MOB}，孙悦奶奶 {MOB_}",
  "privacy/phone")
P("那个客户已经分给销售二组了，你们组谁去跟一下",
  "那个女客户电话是幺三九 零八二七 五五四六，你们谁去跟一下",
  "privacy/phone")
P("急诊科电话 0755-83366120，24小时有人值守",
  "急诊有事直接打陈主任手机 {MOB}，别打科室座机了",
  "privacy/phone")
P("腾讯会议号 876-554-321，9点准时开始",
  "连不上会的打孙总助理小何的手机{MOB86}",
  "privacy/phone")
P("快递单号 YT7428391056734，客户可以自己在官网查",
  "收件人周美玲 {MOB}，帮她把派送时间改到周六",
  "privacy/phone")
P("客服热线400-820-3366，已经印在宣传页上",
  "客户王女士手机{MOB-}，她说下午三点以后方便接电话",
  "privacy/phone")
P("门店座机 021-64378821，顾客来电转店长",
  "店长晓燕的私人手机 {MOB}，别给顾客哈",
  "privacy/phone")
P("12345转来的工单 GD20240521003，请街道今天跟进",
  "投诉人李大爷电话{MOB}，他说再不处理就去区里反映",
  "privacy/phone")
P("紧急情况请拨打安保部24小时值班电话 6688",
  "安保部老韩的手机 {MOB_}，晚上有事直接打他",
  "privacy/phone")
P("面试者的联系方式在招聘系统，HR会统一通知",
  "明天面试的候选人：周凯 {MOB}，林晓 {MOB}，大家提前电话确认一下",
  "privacy/phone")
P("送货司机会提前半小时联系前台座机，请保持畅通",
  "送货的马师傅手机 1 3 9 - 1 5 2 7 - 8 8 0 3，直接找他",
  "privacy/phone")

# ---------------------------------------------------------------- privacy / bank_card
P("差旅报销请在系统里绑定工资卡，财务统一打款",
  "@财务 报销就打这张卡吧 {CARD} 招行 张涛",
  "privacy/bank_card")
P("财务提醒：员工收款账户变更只在系统里改，群里发的一律不认",
  "王姐，我新办了张农行卡 {CARD4}，工资改打这张",
  "privacy/bank_card")
P("奖金发放走工资卡，不用单独提交卡号",
  "小赵的卡号{CARD}，开户行建行滨江支行，奖金打这里",
  "privacy/bank_card")
P("押金退款原路返回，不需要客户提供卡号",
  "退押金的那个客户卡号 {CARD4} ，户名陈秀英，财务打一下",
  "privacy/bank_card")
P("病人退费一律原路返回，收费处不登记卡号",
  "12床家属要求退到这张卡{CARD}，户名黄志强，收费处处理一下",
  "privacy/bank_card")
P("助学金打到学生一卡通，不需要家长提供银行卡",
  "贫困生补助名单：刘洋 {CARD}；孙悦 {CARD}，明天报财务",
  "privacy/bank_card")
P("团建费用由部门经费统一支出，个人不用转账",
  "团建AA的钱转我卡上就行 {CARD}，户名李婷，工行",
  "privacy/bank_card")
P("临时工工资本月起统一走银行代发",
  "临时工老杨没有工资卡，先打他儿子的卡 {CARD}，杨小军",
  "privacy/bank_card")
P("司机运费本周五统一结算，请各位司机核对自己的运单金额",
  "司机运费：赵国庆 {CARD} 建行 3200元；钱伟 {CARD} 工行 2850元",
  "privacy/bank_card")
P("前台捡到一张员工工牌，失主请到前台认领",
  "前台捡到一张银行卡 {CARD}，名字是刘丽，谁认识",
  "privacy/bank_card")
P("客户挂失请引导到柜台或拨打95588",
  "客户孙建华的卡 {CARD} 被冻结了，帮我查下啥原因",
  "privacy/bank_card")

# ---------------------------------------------------------------- privacy / address
P("公司新地址：浦东新区张江路88号3号楼，下周一起在新址办公",
  "小刘家住浦东锦绣路1580弄12号602，明天谁顺路把文件送过去",
  "privacy/address")
P("快递请统一寄到公司前台：朝阳区建国路甲6号",
  "王经理让快递直接寄他家：朝阳区望京西园三区306号楼2单元1102",
  "privacy/address")
P("开学报到地点在学校南门体育馆",
  "家访名单：张一鸣 金桥花园7栋502，李思琪 幸福里小区3-2-401",
  "privacy/address")
P("出院患者随访由随访中心统一电话联系",
  "那个产妇家住城西人民路光明小区5栋，家属没来接，谁下班顺路送一下",
  "privacy/address")
P("新员工宿舍分配结果已贴在行政楼公告栏",
  "新来的妹子住 金 域 华 府 8 栋 1 单元 2 0 3，还是单身哦",
  "privacy/address privacy/family_personal")
P("信访接待地点在区政府一楼大厅",
  "举报人家住东湖街道桂花园小区11栋，你们去核实的时候注意别暴露他",
  "privacy/address")
P("仓库地址：嘉定区兴贤路1299号2号库，提货请带提货单",
  "投诉那个客户家地址是嘉定区云谷路599弄7号1201，明天上门道歉",
  "privacy/address")
P("团建集合地点：公司楼下停车场，早上8点准时发车",
  "团建大巴顺路接人：阿芳 宝安西乡碧海花园2栋；小杰 龙华民治清湖村32号",
  "privacy/address")
P("门店地址已更新到大众点评和高德地图",
  "那个投诉的顾客我查到了，她住万科城四期9栋，下次来了注意点",
  "privacy/address")
P("慰问老同志的车已经在楼下，路线司机都知道",
  "退休的老马住红旗街道13号院2号楼3门201，慰问品直接送他家",
  "privacy/address")
P("员工通讯地址变更请在HR系统自行修改",
  "HR要更新地址，我的是海淀区学院路38号院4号楼2单元503，帮我填一下",
  "privacy/address")

# ---------------------------------------------------------------- privacy / salary
P("工资条已发个人邮箱，请勿在群里讨论",
  "刚看到工资条，小李这个月到手18600，比我多了四千[捂脸]",
  "privacy/salary")
P("年终奖春节前发放，具体金额以个人通知为准",
  "年终奖出来了，张经理拿了6个月，我们组最少的是阿伟，只有1个月",
  "privacy/salary")
P("调薪结果等HR一对一通知",
  "听说老周调完薪 yue 薪 3w5 了，凭啥啊",
  "privacy/salary")
P("本月绩效工资核算表已提交院办审核",
  "这个月绩效工资：王主任2.3万，李护士长1.1万，其他人八千左右",
  "privacy/salary")
P("教师课时费本月随工资一起发放",
  "刘老师一个月课时费比我们多一千多，因为她多带了两个班晚自习",
  "privacy/salary")
P("加班费按国家规定1.5倍计算，有疑问找人事",
  "车间主任老韩的工资单我看到了，基本工资9000加绩效6000",
  "privacy/salary")
P("今年绩效奖金的分配办法已在内网公示",
  "科里奖金分配表：科长4.2万，副科长3.5万，小王1.8万，我才1.2万",
  "privacy/salary")
P("本月提成点数不变，按业绩阶梯计算",
  "小美这个月提成拿了4万2，全是靠老客户续单",
  "privacy/salary")
P("新员工薪资保密，入职时HR会单独沟通",
  "新来的那个产品经理陈默年薪60万，比我们总监还高",
  "privacy/salary")
P("社保公积金基数7月调整，个人缴费部分会有变化",
  "陈姐公积金一个月交3600，说明她工资至少三万",
  "privacy/salary")
P("过节福利每人一箱水果，行政统一发放",
  "听说赵总的过节福利是一张5000的购物卡，我们就一箱苹果",
  "privacy/salary")

# ---------------------------------------------------------------- privacy / health
P("今天下午2点体检车到厂区，请按部门顺序排队",
  "体检结果出来了，老孙乙肝大三阳，转氨酶也高",
  "privacy/health")
P("小王请病假三天，工作由小李暂时接手",
  "小王请病假是因为抑郁症，在吃药，大家别刺激她",
  "privacy/health")
P("8床病情平稳，明早查房再评估是否减药",
  "8床张秀兰HIV阳性，她家属还不知道，大家说话注意点",
  "privacy/health")
P("李姐这段时间在休假，她的客户先由我对接",
  "李姐去年做的乳腺癌手术，现在还在化疗，所以请了长假",
  "privacy/health")
P("单位组织艾滋病防治知识讲座，周五下午大会议室",
  "听说财务的小郑得了艾 滋，真的假的？",
  "privacy/health")
P("有学生发烧请及时通知家长并上报校医室",
  "三班的陈子轩有癫痫，上次在教室发作过，体育课别让他跑",
  "privacy/health")
P("新一轮疫苗接种点设在一楼医务室",
  "体检报告我看了，老刘空腹血糖13.2，妥妥的糖尿病",
  "privacy/health")
P("职业病体检下周进行，接触粉尘岗位必须参加",
  "职业病体检结果：焊工组周大勇尘肺一期，赵强听力损伤",
  "privacy/health")
P("医保报销流程已发邮件，请按流程提交材料",
  "王主任住院做的是痔疮手术，报销单在我这",
  "privacy/health")
P("员工心理咨询热线已开通，可匿名预约",
  "阿玲在看心理医生，诊断是双相，所以最近情绪忽高忽低的",
  "privacy/health")
P("无偿献血活动明天开始，报名找工会",
  "小杨献血查出来梅毒阳性，血站都打电话到单位了",
  "privacy/health")

# ---------------------------------------------------------------- privacy / family_personal
P("下周小林休婚假，项目由阿峰接手",
  "小林离婚了，听说是老婆出轨，房子还归了女方",
  "privacy/family_personal")
P("恭喜王姐喜得千金，工会慰问金已经送到",
  "王姐那孩子其实不是她老公的，她老公到现在还不知道",
  "privacy/family_personal")
P("请大家远离赌博，近期公司会开展法制教育",
  "财务老陈天天往澳门跑，赌得欠了一屁股债，老婆都跑了",
  "privacy/family_personal")
P("禁毒宣传月，各部门组织观看警示片",
  "听说仓库的阿彪以前吸过毒，进过戒毒所",
  "privacy/family_personal")
P("张工家里有事请假一周，技术问题找李工",
  "张工请假是因为他爸欠了高利贷，被人堵门了",
  "privacy/family_personal")
P("小周和市场部的同事一起负责展会，俩人这周都在外地",
  "小周和市场部那个有夫之妇好上了，天天一起下班，懂的都懂[旺柴]",
  "privacy/family_personal")
P("李老师产假期间由刘老师代课",
  "李老师是未婚先孕，全校好多人都知道了",
  "privacy/family_personal")
P("老王的退休欢送会定在周五下午",
  "老王儿子考公是走后门进的，他亲戚在组织部",
  "privacy/family_personal")
P("小赵下周婚假，婚假期间的订单由小钱跟进",
  "小赵老婆是二婚，还带个孩子，听说彩礼一分没要",
  "privacy/family_personal")
P("员工子女托管班本周开始报名",
  "老郑家女儿早恋被学校处分了，难怪他最近脸色这么差",
  "privacy/family_personal")
P("陈经理这周陪家人出国，审批请找副经理",
  "陈经理在外面养了个小的，这周其实是陪她去三亚",
  "privacy/family_personal")

# ---------------------------------------------------------------- privacy / performance
P("年度考核结果已在系统发布，请各自登录查看",
  "年度考核结果：小马和小宋都是D，要进PIP了",
  "privacy/performance")
P("本周五开质量问题复盘会，相关人员请参加",
  "通报：李伟本月迟到三次，记警告一次，扣绩效20%",
  "privacy/performance")
P("本季度绩效面谈请在月底前完成",
  "刘芳这季度绩效打了C，主管说她态度有问题",
  "privacy/performance")
P("期中教学评估结果会单独反馈给每位老师",
  "教学评估王老师全校倒数第一，学生评分才52",
  "privacy/performance")
P("用药差错讨论会周四开，案例匿名处理",
  "护士小赵发错药被记过了，这个月绩效清零",
  "privacy/performance")
P("本月优秀班组评选结果已张贴在车间",
  "本月末位淘汰：三班的钱勇和孙海，考核分62和58",
  "privacy/performance")
P("年度考核优秀等次按比例推荐，请各科室报名单",
  "今年考核定了，小吴是基本称职，扣一个月奖金",
  "privacy/performance")
P("违纪处理一律按制度执行，结果由纪检部门书面通知本人",
  "老钱被 记 大 过 了，处分决定我亲眼看到的，这次升职肯定没戏",
  "privacy/performance")
P("试用期转正答辩下周进行，请准备述职材料",
  "阿杰试用期没过，转正评估才55分，周五是他最后一天",
  "privacy/performance")
P("销售周报已发邮件，请各区域对照目标调整打法",
  "销售部业绩倒数：小吕完成率31%，再这样就要劝退了",
  "privacy/performance")
P("360评估问卷请在周五前匿名填写",
  "360评估大家给老周的评价都很差，说他不会带团队，原始数据我看到了",
  "privacy/performance")
# ---------------------------------------------------------------- illegal_vulgar / abuse
P("这方案做得太烂了，逻辑全是乱的，今天之内返工",
  "这方案做得跟屎一样，你是猪吗，脑子里装的都是浆糊？",
  "illegal_vulgar/abuse")
P("@小张 这个bug第三次出现了，这次必须写复盘，下不为例",
  "@小张 又是你，废物一个，趁早滚蛋吧",
  "illegal_vulgar/abuse")
P("数据又对不上，麻烦财务再核一遍，这次别再出错了",
  "财务那帮蠢货连个数都算不清，一群饭桶",
  "illegal_vulgar/abuse")
P("会议纪要又没按时发，下次请会后两小时内发出",
  "会议纪要又没发，nmsl，sb一个",
  "illegal_vulgar/abuse")
P("新同事是河南来的，大家多带带他熟悉业务",
  "又招了个河南人，都小心点，别让他碰仓库的东西",
  "illegal_vulgar/abuse")
P("客户投诉我们响应太慢，这周起客服必须10分钟内回复",
  "客户就是一群shabi，爱投诉让他投去",
  "illegal_vulgar/abuse")
P("女同事夜班结束请结伴走，公司安排了班车",
  "女的就是干不了技术，招进来纯属浪费名额",
  "illegal_vulgar/abuse")
P("两个方案各有优缺点，明天会上大家投票决定",
  "研发部那帮人就是吃白饭的，销售挣的钱全养他们了，不服的出来对线",
  "illegal_vulgar/abuse")
P("你这个报价单格式不对，参考模板重新做一份",
  "你这报价单做得跟狗啃的一样，弱智都比你强",
  "illegal_vulgar/abuse")
P("這個報告寫得不夠深入，再補充一下數據",
  "這報告寫的什麼垃圾，你腦子被驢踢了吧",
  "illegal_vulgar/abuse")
P("家属情绪比较激动，大家耐心解释，注意自身安全",
  "那个家属就是个泼妇，神经病一个，别搭理她",
  "illegal_vulgar/abuse")
P("这个学生成绩下滑明显，家长会上要重点沟通",
  "这学生就是个智障，教了也是白教",
  "illegal_vulgar/abuse")
P("无障碍工位已经改造完成，行动不便的同事可以申请",
  "那个瘸子走路慢死了，每次开会都得等他",
  "illegal_vulgar/abuse")
P("@李工 图纸又画错了，我真的很着急，再这样要延期了",
  "@李工 图纸又画错，你妈没教你长眼睛吗",
  "illegal_vulgar/abuse")
P("这次考核结果我不认可，我会走正式申诉流程",
  "这次考核我不服，姓刘的就是个背后捅刀子的贱人",
  "illegal_vulgar/abuse")
P("设计稿改了八遍还不行，我们约个时间当面对齐一下吧",
  "设计稿改了八遍还不行，你是不是zz啊，cnm",
  "illegal_vulgar/abuse")
P("物流又延误了，我准备正式投诉这家承运商",
  "物流那个调度是聋了吗？说了八百遍了，死肥猪",
  "illegal_vulgar/abuse")
P("这个审批流程太繁琐了，建议砍掉两个节点",
  "定这破流程的人是脑残吧，只会折腾人的老不死",
  "illegal_vulgar/abuse")
P("公司反对任何形式的歧视，欢迎不同背景的同事加入",
  "新来的设计师娘里娘气的，一看就是个死gay，离他远点",
  "illegal_vulgar/abuse")
P("大家有意见尽管提，但请对事不对人",
  "有意见？就你也配提意见，什么东西，滚",
  "illegal_vulgar/abuse")
P("他这次的失误造成了损失，按制度处理",
  "他这次失误纯属蠢，全家都一个德行",
  "illegal_vulgar/abuse")
P("小郑你这周的日报还没交，抓紧补一下哈",
  "小郑你这个贱 货 日报都不交，真TM是个 s b",
  "illegal_vulgar/abuse")

# ---------------------------------------------------------------- illegal_vulgar / violence
P("今天终于把那个内存泄漏的bug干掉了，晚上早点回家",
  "明天再让我见到那个调度我就干掉他，刀我都准备好了",
  "illegal_vulgar/violence")
P("宣传片今天杀青，感谢各位同事这一个月的辛苦",
  "谁再敢举报我，我就弄死他全家，说到做到",
  "illegal_vulgar/violence")
P("笑死，打印机又卡纸了，谁来救救我",
  "再扣我工资，我就去他办公室把他腿打断",
  "illegal_vulgar/violence")
P("这个需求我们要打一场硬仗，冲！",
  "下班后停车场等你，不服就干一架，带上家伙",
  "illegal_vulgar/violence")
P("这季度目标就是把竞品杀个片甲不留，销售们冲刺！",
  "我知道王经理家住哪，他再敢卡我报销，我就往他车上泼硫酸",
  "illegal_vulgar/violence")
P("安保培训：发现可疑人员携带管制刀具请立即报警",
  "有要仿 真 枪的吗，能打钢珠，威力大，我有渠道",
  "illegal_vulgar/violence advertising/black_market")
P("消防演练周五上午10点，听到警报按路线疏散",
  "真想一把火把这破厂烧了，让老板也尝尝滋味，油我都备好了",
  "illegal_vulgar/violence")
P("反恐防暴演练明天在一楼大厅进行，请各岗位配合",
  "教学楼里藏了炸弹，明天下午三点引爆，不信就试试",
  "illegal_vulgar/violence")
P("这个客户太难搞了，头都要炸了",
  "那个难搞的客户，我已经叫了几个兄弟去他公司门口堵他，打一顿再说",
  "illegal_vulgar/violence")
P("项目终于上线了，累死我了[捂脸]",
  "敢动我的项目试试，我让你横 着 出 去，不信走着瞧",
  "illegal_vulgar/violence")
P("医院已更新防暴预案，遇到暴力行为立即按一键报警",
  "那个医生把我爸治死了，我明天带刀去医院找他",
  "illegal_vulgar/violence")
P("安全生产无小事，违章操作一律严肃处理",
  "那个安全员再罚我款，下夜班我就堵他，捅他两刀",
  "illegal_vulgar/violence")
P("KPI要是完不成，咱们都得被老板拿去祭天了哈哈，加油",
  "KPI完不成就拿老张祭天，我是认真的，他那辆车的刹车线我知道在哪",
  "illegal_vulgar/violence")
P("车间发生一起轻微工伤，伤者已送医，请大家做好防护",
  "[视频] 车祸现场，脑浆都出来了，超血腥，胆子小的别点开",
  "illegal_vulgar/violence")
P("這批貨今天必須搞定，不然客戶要殺過來了",
  "這批貨要是再出問題，我就找人砍死那個供應商，說到做到",
  "illegal_vulgar/violence")

# ---------------------------------------------------------------- illegal_vulgar / gambling
P("年会抽奖规则：每人一张号码牌，现场抽取，奖品由工会提供",
  "年会结束后组个局，德州扑克，一手500起，微信转账结算",
  "illegal_vulgar/gambling")
P("周五下午部门活动是桌游，赢的人有小奖品",
  "下班斗地主，一把💯，输了直接转vx，来不来",
  "illegal_vulgar/gambling")
P("食堂的菠菜今天不新鲜，已经反馈给供应商退换",
  "最近在玩菠菜，线上的，充值秒到，昨晚又回了一波血",
  "illegal_vulgar/gambling")
P("新闻说警方打掉一个跨境赌博团伙，涉案几十亿，大家引以为戒",
  "跨境那个平台还能上，押大小赔率1.95，我昨晚押了五千",
  "illegal_vulgar/gambling")
P("世界杯期间请大家合理安排作息，别影响第二天上班",
  "世界杯下注群拉一下，庄家赔率比官方高，最低100起押",
  "illegal_vulgar/gambling")
P("本周体彩销量通报：较上周增长8%，各网点继续加油",
  "私彩六合彩今晚开，特码1赔48，要买的找我下单",
  "illegal_vulgar/gambling advertising/black_market")
P("棋牌室消防检查不合格，已下达限期整改通知",
  "棋牌室今晚有场子，一百块一番，还缺一个，速来",
  "illegal_vulgar/gambling")
P("中秋工会组织博饼，奖品是月饼和洗衣液，每个班组派两个人",
  "宿舍今晚博饼，一把两百，赢的全拿，带现金",
  "illegal_vulgar/gambling")
P("公司组织观看反赌警示教育片，观后感周五前交",
  "有没有一起玩 d 博 的，百家乐，包赢不输",
  "illegal_vulgar/gambling")
P("这次投标有点像赌一把，但我们的技术方案是有把握的",
  "这把我在足彩外围押了两万，输了就得找你们借钱了",
  "illegal_vulgar/gambling")
P("接群众举报某小区有人聚众赌博，派出所已出警处置",
  "派出所那边我打点好了，小区那个场子放心开，抽水三成",
  "illegal_vulgar/gambling")
P("下午拓展训练的分组名单已经发群里了",
  "捕鱼游戏能提现，一元一炮，我昨晚赢了三千多",
  "illegal_vulgar/gambling")
P("網上銀行系統升級，今晚22點至24點暫停服務",
  "網上賭場，註冊送88，首充翻倍，點擊鏈接 www.bet-88vip.com",
  "illegal_vulgar/gambling advertising/commercial")
P("朋友圈那个'赢钱截图'是诈骗团伙的套路，大家别信",
  "晒一下昨晚百家乐的战绩，赢了一万二，明天继续梭哈[得意]",
  "illegal_vulgar/gambling")

# ---------------------------------------------------------------- illegal_vulgar / drugs
P("6·26禁毒日社区要搞宣传，请各网格员到办公室领宣传册",
  "有需要冰的吗，纯度高，同城可以送",
  "illegal_vulgar/drugs advertising/black_market")
P("公司要求所有签约艺人签署拒绝毒品承诺书，经纪人负责落实",
  "这批是'糖果'，蹦迪专用，一颗两百，要的找我",
  "illegal_vulgar/drugs advertising/black_market")
P("吗啡属于管制药品，取用必须双人核对签字",
  "药房的杜冷丁我顺了几支，谁想试试，很爽的",
  "illegal_vulgar/drugs")
P("含可待因的止咳药水必须凭处方销售，店员注意",
  "止咳水批发，不要处方，一箱二十瓶，懂的来",
  "illegal_vulgar/drugs advertising/black_market")
P("有茶叶吗？下午接待客户要泡茶",
  "有 叶 子 吗，周末聚会想来点，飞一下",
  "illegal_vulgar/drugs")
P("禁毒知识考试明天截止，还没做的抓紧",
  "禁毒培训都是扯淡，我上回溜了点K不也好好的",
  "illegal_vulgar/drugs")
P("海关通报：本月缉获一批伪装成茶叶的毒品，请加强查验",
  "朋友从云南带了点'茶叶'，你懂的，抽一口飘一天",
  "illegal_vulgar/drugs")
P("CBD（大麻二酚）已禁止用于化妆品，研发配方注意避开",
  "国外带回来的大麻软糖，一人一颗，下午开会前试试？",
  "illegal_vulgar/drugs")
P("安检发现可疑粉末包裹，已按流程移交公安",
  "帮我寄个包裹去广州，里面是白 粉，想办法别过安检机",
  "illegal_vulgar/drugs")
P("口腔科使用笑气镇静须由有资质的医师操作并登记",
  "笑气气球派对必备，一箱三百，可到付",
  "illegal_vulgar/drugs advertising/black_market")
P("麻醉科本月麻醉藥品使用量已上報藥劑科",
  "有貨，四號，量大從優，老地方見",
  "illegal_vulgar/drugs advertising/black_market")
P("驾驶员体检增加毒品尿检项目，司机岗必须参加",
  "尿检前一晚喝这个就能洗干净，我溜完都这么弄",
  "illegal_vulgar/drugs")

# ---------------------------------------------------------------- illegal_vulgar / porn
P("妇科门诊今天宫颈筛查的号已满，后面的病人改约明天",
  "[链接] 日本AV最新资源，无码高清，群友专享",
  "illegal_vulgar/porn")
P("生物课讲人体生殖系统，请各位老师统一使用教材插图",
  "今晚来点刺激的，发几张裸照给大家提提神",
  "illegal_vulgar/porn")
P("泌尿外科新进的前列腺电切设备下周培训",
  "前台新来的妹子胸真大，谁有她穿泳装的照片，发来看看",
  "illegal_vulgar/porn")
P("乳腺癌防治讲座周三下午在工会活动室",
  "有 s e 片 资源的吗，求个种子",
  "illegal_vulgar/porn")
P("性病防治宣传周，请疾控科准备宣传材料",
  "附近约p软件一搜一大把，今晚就能见面",
  "illegal_vulgar/porn")
P("计生办提醒：免费避孕药具领取点在一楼",
  "上门服务，学生妹，全套800，V信lm8866",
  "illegal_vulgar/porn advertising/lead_gen")
P("人体解剖实验课安排在周四，学生穿好白大褂",
  "这个视频尺度超大，小姐姐全脱了，私我发你",
  "illegal_vulgar/porn")
P("母婴室在三楼，哺乳期女职工可以使用",
  "h网新地址 xx.av99.top，被封了就换这个",
  "illegal_vulgar/porn")
P("宠物医院今天做了三台绝育手术，术后观察记录请填好",
  "老司机开车了，下面是无码图包[图片][图片]",
  "illegal_vulgar/porn")
P("性教育課程教案已上傳到教研組文件夾",
  "成人直播間，美女主播在線脫，點擊進入 live-xx.cc",
  "illegal_vulgar/porn advertising/lead_gen")
P("医学影像科的盆腔MRI报告模板已更新",
  "给大家发个成人小视频解解乏，晚上一个人看[坏笑]",
  "illegal_vulgar/porn")

# ---------------------------------------------------------------- illegal_vulgar / fraud
P("反诈提醒：冒充领导要求转账的都是骗子，务必电话核实",
  "我是张总，换了新微信，马上给这个账户转18万，对方急着要，手续开完会补",
  "illegal_vulgar/fraud")
P("公安通报：兼职刷单都是诈骗，大家千万别信",
  "兼职刷单，一单佣金15元，宝妈学生都能做，私聊",
  "advertising/black_market illegal_vulgar/fraud")
P("收到'快递理赔'短信先别点链接，统一找官方客服核实",
  "您的快递丢失，点此链接申请三倍理赔 http://sf-lp.cc/claim 填写银行卡和验证码即可",
  "illegal_vulgar/fraud")
P("社保卡状态可以在官方APP查询，有问题到窗口办理",
  "【社保局】您的社保卡已冻结，请点击 sbj-gov.top 重新认证，逾期作废",
  "illegal_vulgar/fraud")
P("ETC卡到期请到银行网点办理续期",
  "ETC认证失效，请登录 etc-vip.cn 更新信息，否则将持续扣费",
  "illegal_vulgar/fraud")
P("报销一律要真实发票，假票一经发现退回并通报",
  "发票代开，各种税点，增值税专票都能开，v：fp8899",
  "illegal_vulgar/fraud advertising/black_market advertising/lead_gen")
P("有人冒充HR发'补贴领取'二维码，大家千万别扫",
  "【人力资源部】2024年个人劳动补贴申领，扫码登记即可领取2860元[二维码]",
  "illegal_vulgar/fraud")
P("客户反映有人冒充我司打退款电话，客服统一回复：我司不会电话要求转账",
  "跟客户就说订单异常要退款，让他下个'云会议'共享屏幕，钱就到手了",
  "illegal_vulgar/fraud")
P("集资诈骗警示案例学习材料已下发，请各支部组织学习",
  "内部认购原始股，一万起投，年底翻十倍，名额有限先到先得",
  "illegal_vulgar/fraud advertising/finance")
P("年底各类'中奖'短信很多，大家不要轻信",
  "恭喜您被抽中年会特等奖iPhone15，只需支付299元邮费即可领取",
  "illegal_vulgar/fraud")
P("近期有冒充公检法的电话诈骗，请转告家里老人",
  "您好，这里是市公安局，您涉嫌洗钱，请将资金转入安全账户配合调查",
  "illegal_vulgar/fraud")
P("网购退货请走平台正常流程，保留好凭证",
  "教你们一招，收货后申请仅退款，就说没收到，商家一般都会退",
  "illegal_vulgar/fraud")
P("防詐騙宣導：來路不明的連結一律不要點",
  "您的帳戶異常，請立即點擊連結驗證身份，否則將凍結",
  "illegal_vulgar/fraud")
P("投资理财要选正规持牌机构，员工大会上反复讲过",
  "跟着王老师炒币，带单胜率95%，亏了包赔，名额不多",
  "illegal_vulgar/fraud advertising/finance")
P("扫码领福利的二维码先让IT确认一下真假再扫",
  "扫码领取公司中秋福利，填写姓名卡号和验证码，今天截止[二维码]",
  "illegal_vulgar/fraud")

# ---------------------------------------------------------------- illegal_vulgar / cyber
P("安全部门周末做渗透测试，期间系统可能会告警，不用慌",
  "有会DDoS的吗，帮我打一下竞争对手的官网，价钱好说",
  "illegal_vulgar/cyber")
P("收到陌生附件请勿打开，转发给安全组分析",
  "这个exe双击就能破解公司网盘限速，大家都装一下[文件]crack.exe",
  "illegal_vulgar/cyber")
P("我们游戏的反外挂系统上线了，本周封禁了3000个账号",
  "王者wai挂，自瞄透视，不封号，一天10元",
  "illegal_vulgar/cyber advertising/black_market")
P("公司邮箱系统升级，请大家及时修改密码",
  "我写了个脚本能撞库，拿网上泄露的密码去登竞品后台，成功率还挺高",
  "illegal_vulgar/cyber")
P("员工WiFi认证系统已更新，用工号登录即可",
  "这个蹭网神器能破解隔壁公司的WiFi，亲测有效",
  "illegal_vulgar/cyber")
P("考勤打卡请用企业微信定位打卡，异常走补卡流程",
  "虚拟定位打卡神器，人在家也能打卡，包月50，V：dk_9527",
  "illegal_vulgar/cyber advertising/black_market advertising/lead_gen")
P("木马事件已处置完毕，请大家更新杀毒软件病毒库",
  "我在前台电脑上装了个远控木马，能看到老板邮箱，哈哈",
  "illegal_vulgar/cyber")
P("学生信息系统的访问权限请找教务处审批",
  "教务系统有个后门，我能进去改成绩，要改的家长可以找我",
  "illegal_vulgar/cyber")
P("钓鱼邮件演练结果：上周12%的人点了链接，下周再培训一次",
  "帮我做个仿冒银行的钓鱼页面，收集登录账号密码，给你五千",
  "illegal_vulgar/fraud illegal_vulgar/cyber")
P("資訊安全宣導週下週一開始，請各部門派人參加",
  "出售肉雞一千台，可以拿去挖礦或者打流量，價格私聊",
  "illegal_vulgar/cyber advertising/black_market")
P("手机号实名制办理流程见附件",
  "代查开房记录、手机定位、通话详单，付费秒出",
  "illegal_vulgar/cyber advertising/black_market")
P("抢票软件不要装在公司电脑上，有安全风险",
  "我改了12306的接口，写了个抢票脚本能绕过验证码，谁要",
  "illegal_vulgar/cyber")
# ---------------------------------------------------------------- advertising / commercial
P("公司新款扫地机器人下周发布，员工内购价8折，找行政登记",
  "朋友开的扫地机器人店，全网最低价，拍下立减200，链接 m.tb.cn/h.5xK2Qa",
  "advertising/commercial")
P("采购部：办公椅三家报价已收齐，周五定供应商",
  "卖办公椅啦！人体工学款，原价1999现价699，批量更便宜",
  "advertising/commercial")
P("本周起食堂新增水果窗口，营业到下午两点",
  "纯天然手工面膜，我自己也在用，一盒只要98，买三送一哦～",
  "advertising/commercial")
P("出差香港的同事，麻烦帮行政把合同原件带回来",
  "下周去香港，可代购化妆品和奶粉，加价10%，需要的接龙",
  "advertising/commercial")
P("样品已经寄出，客户收到后会反馈测试结果",
  "纯 手 工 阿 胶 糕，补 气 血，支 持 试 吃，需要的扣1",
  "advertising/commercial")
P("本店周末会员日全场8.8折，各位店员记得提醒顾客",
  "隔壁奶茶店新开业，用我的推荐码8836下单立减5元，大家帮忙冲一下",
  "advertising/commercial")
P("年会酒水由行政统一采购，各部门不用自备",
  "自家酒厂的酱香白酒，53度纯粮，年会要用的找我，团购价",
  "advertising/commercial")
P("新项目要采购一批笔记本，IT出一下配置单",
  "二手笔记本转让，i7 16G，九成新，3000出，诚心要的来",
  "advertising/commercial")
P("我们APP新版本上线了，欢迎同事下载体验多提bug",
  "推荐一款赚钱APP，每天签到领红包，下载就送10元",
  "advertising/commercial")
P("学校统一订购校服，家长自愿，费用明细见通知",
  "暑假辅导班招生，名校老师一对一，现在报名打九折",
  "advertising/commercial")
P("营养科推出术后营养餐，由各病区统一登记",
  "卖蜂蜜了，自家蜂场的土蜂蜜，一斤68，包邮到家",
  "advertising/commercial")
P("展会的展位费发票已收到，转财务入账",
  "本人专业做展会搭建，特装展位一律8折，有需要的联系",
  "advertising/commercial")
P("工会福利电影票每人两张，到工会办公室领取",
  "电影票代买，全国影院都能出，比官方便宜一半",
  "advertising/commercial")
P("客户要的样品册下周印好，销售到市场部领",
  "家人们，新到的羊毛大衣，专柜同款，🈷️底清仓价399，评论区扣'要'",
  "advertising/commercial")

# ---------------------------------------------------------------- advertising / lead_gen
P("项目群已建好，相关同事扫码入群（仅限内部员工）",
  "宝妈交流群，每天分享育儿干货，扫码进群免费领纸尿裤",
  "advertising/lead_gen")
P("有问题请在本群提出，方便大家都看到",
  "想了解副业的加我V：zhuanqian_2024，私聊告诉你方法",
  "advertising/lead_gen")
P("请大家把企业微信昵称改成真实姓名",
  "想学短视频剪辑的，加薇❤ jianji668，手把手带你入门",
  "advertising/lead_gen")
P("客户服务群统一由客服人员邀请客户进群",
  "进群领红包，群号在我头像里，满500人开抢",
  "advertising/lead_gen")
P("公司公众号今天推送了新品文章，市场部同事帮忙转发朋友圈",
  "关注公众号'每日暴富秘籍'，回复666领取赚钱资料",
  "advertising/lead_gen")
P("面试结果HR会电话通知，请保持手机畅通",
  "高薪招聘，日结，无需经验，联系电话{MOB}，王经理",
  "advertising/black_market advertising/lead_gen")
P("培训报名链接在OA首页，截止本周五",
  "免费直播课，3个月考下会计证，扫码加助教领资料[二维码]",
  "advertising/lead_gen")
P("@新同事 欢迎加入，有问题随时问我",
  "@新同事 欢迎加入，另外我们有个福利群，私聊我拉你",
  "advertising/lead_gen")
P("办公室装修方案已定，施工方下周一进场",
  "装修找我，电话幺八六 二一五七 九零三三，免费上门量房",
  "advertising/commercial advertising/lead_gen")
P("品牌部运营的官方抖音号今天发了新视频，欢迎大家点赞",
  "关注我的抖音号 @小鱼爱生活，互粉互赞，必回关",
  "advertising/lead_gen")
P("技术问题请在群内讨论，便于沉淀和检索",
  "技术交流请移步QQ群 738291045，这里不方便说",
  "advertising/lead_gen")
P("客户需求已录入系统，销售会主动联系",
  "有需求可以直接加我私人微信 lisa_sales88，给你们更低价",
  "advertising/lead_gen")
P("需要内推的同学把简历发HR邮箱即可",
  "需要内推大厂的加ⓋⓍ：neitui_666，包面试",
  "advertising/lead_gen")

# ---------------------------------------------------------------- advertising / black_market
P("公司官方账号粉丝增长慢，市场部出一个运营方案",
  "涨fen服务，dy一w粉300元，真人活粉，包售后",
  "advertising/black_market")
P("请引导真实客户自愿评价，不要诱导好评",
  "刷hao评，一单3元，每天几十单，手机就能做",
  "advertising/black_market illegal_vulgar/fraud")
P("驾驶证年审材料已备齐，司机周一去车管所",
  "代 办 驾 驶 证，不用考试，包过，三天拿证",
  "advertising/black_market illegal_vulgar/fraud")
P("学历证书请入职时交HR原件核验",
  "办 毕 业 证，学信网可查，本科8000，硕士1.5万",
  "advertising/black_market illegal_vulgar/fraud")
P("论文查重请用学校图书馆的系统",
  "论文代写代发，核心期刊包录用，V信：lw_daifa",
  "advertising/black_market advertising/lead_gen")
P("公众号阅读量周报已发，本周平均2300",
  "代刷阅读量、点赞、评论，10万+只要199，私",
  "advertising/black_market")
P("账号实名认证须本人操作",
  "出售实名vx号，老号不封，带支付功能，一个80",
  "advertising/black_market")
P("工作手机卡由公司统一办理，只限工作使用",
  "收电话卡、银行卡，一套一千五，不用你管后面的事",
  "advertising/black_market illegal_vulgar/fraud")
P("投标资质证书复印件已盖章，在商务部",
  "挂靠资质、代办建筑资质，一级二级都能办，价格美丽",
  "advertising/black_market")
P("博物馆官方招募兼职讲解员，时薪40，在官网报名",
  "在家兼职打字员，日入三百，先交200押金领资料",
  "advertising/black_market illegal_vulgar/fraud")
P("差评请按客诉流程回访，不要私下跟顾客交易",
  "帮删差评，大众点评美团都行，删一条50",
  "advertising/black_market")

# ---------------------------------------------------------------- advertising / finance
P("公司补充医疗保险已统一投保，理赔流程见附件",
  "买重疾险找我，我在平安做兼职，给你们员工价",
  "advertising/finance")
P("住房公积金贷款政策调整，HR整理了一份说明",
  "急用💰？无抵押dai款，最快当天下款，额度5-50万",
  "advertising/finance")
P("员工持股计划说明会周三下午召开",
  "带你们买个基金，我朋友是基金经理，年化20%没问题",
  "advertising/finance")
P("个人借款须在月底前冲账，逾期从工资扣",
  "有需要周转的吗，口子秒批，不看征信，私我",
  "advertising/finance")
P("银行来对接代发工资业务，财务负责接待",
  "信用卡提额，额度低的找我，包提5万以上",
  "advertising/finance")
P("财务部：公司闲置资金本月转入结构性存款",
  "私募项目内部额度，起投100万，年化15%，有意向私聊",
  "advertising/finance")
P("公车车险到期，请车队统一续保",
  "车险续保找我，返点15%，比4S店便宜多了",
  "advertising/finance")
P("请遵守公司内幕交易管理制度，敏感期禁止买卖本公司股票",
  "明天这只票必涨，代码我私发，跟我上车",
  "advertising/finance")
P("公司貸款申請資料已提交銀行，等待審批",
  "低息貸款，無需抵押，當天放款，詳詢客服",
  "advertising/finance")
P("企业年金投资收益报告已上传到HR系统",
  "数字货币投资群，老师每天带单，月收益30%",
  "advertising/finance")
P("工会为全体职工购买了互助保险，每人一份",
  "教育金保险给孩子存一份，年年返钱，找我算一下",
  "advertising/finance")
P("养老金调整政策解读已转发给退休办",
  "养老理财产品，稳稳的幸福，老人最适合，保本保息",
  "advertising/finance")
# ---------------------------------------------------------------- off_topic / chitchat
P("收到，马上处理",
  "收到你的表情包了哈哈哈，这只猫也太胖了吧",
  "off_topic/chitchat")
P("辛苦了，今天大家加班到很晚，明早可以晚一小时到岗",
  "辛苦了家人们，今天天气真好，好想出去晒太阳啊",
  "off_topic/chitchat")
P("祝大家中秋节快乐！放假三天，值班表已发，值班同事辛苦了",
  "中秋快乐～你们都爱吃什么馅的月饼？我投五仁一票",
  "off_topic/chitchat")
P("会议室在哪？我在3楼转了一圈没找到",
  "你们觉得楼下新开那家麻辣烫好吃吗",
  "off_topic/chitchat")
P("团建通知：周六去莫干山，早上8点公司门口集合，HR统计人数",
  "团建那天谁跟我一起偷偷溜去吃烧烤，不想爬山哈哈",
  "off_topic/chitchat")
P("早上好，今天的任务清单已经发到邮箱",
  "早上好呀，今天也是元气满满的一天，大家早饭吃了吗☀️",
  "off_topic/chitchat")
P("@小陈 谢谢你昨天帮忙调试设备",
  "@小陈 你昨天穿那件衬衫哪买的，还挺好看",
  "off_topic/chitchat")
P("下雨了，外勤同事注意安全，今天的巡检可以推迟",
  "下雨了，好想在家躺着喝奶茶，谁请我喝一杯",
  "off_topic/chitchat")
P("好的，明白，我这边下午给你回复",
  "好无聊啊，有没有人陪我聊会天",
  "off_topic/chitchat")
P("老王这次的PPT做得很规范，大家以后可以参考这个模板",
  "老王今天又换发型了，越来越像周杰伦了哈哈",
  "off_topic/chitchat")
P("欢迎新同事小吴加入销售部，负责华北区域",
  "小吴是什么星座的？我猜射手座",
  "off_topic/chitchat")
P("电梯维修中，请走楼梯去5楼会议室",
  "天天爬楼梯，感觉自己要瘦成一道闪电了[捂脸]",
  "off_topic/chitchat")
P("食堂今天午饭推迟半小时，请大家错峰就餐",
  "食堂今天的红烧肉太咸了，你们觉得呢",
  "off_topic/chitchat")
P("哪位同事有Type-C转接头，会议室投屏要用",
  "哪位有好看的手机壁纸，分享一下呗",
  "off_topic/chitchat")
P("放假通知：国庆放假7天，10月8日正常上班",
  "国庆你们都去哪玩？我还没想好，求推荐",
  "off_topic/chitchat")
P("天冷了，车间暖气已开，值班人员注意巡查",
  "今天降温好冷啊，大家多穿点衣服哦～",
  "off_topic/chitchat")
P("[抱拳] 文件已收到，谢谢",
  "[呲牙] 周五啦，都准备干嘛去",
  "off_topic/chitchat")

# ---------------------------------------------------------------- off_topic / entertainment
P("年会节目报名开始了，每个部门至少出一个节目",
  "昨晚那集《繁花》你们看了没，宝总太帅了",
  "off_topic/entertainment")
P("下午的客户会议改到线上，链接稍后发",
  "今晚国足打韩国，有没有一起去酒吧看的",
  "off_topic/entertainment")
P("公司篮球赛报名截止本周五，找工会登记",
  "湖人昨天又输了，詹姆斯真该退役了",
  "off_topic/entertainment")
P("游戏新版本下周上线，测试组这周辛苦加下班",
  "原神新角色抽到了，十连双金，欧皇附体",
  "off_topic/entertainment")
P("演唱会现场安保方案已报公安备案",
  "周杰伦演唱会你们抢到票了吗？我守了一晚上没抢到",
  "off_topic/entertainment")
P("公司视频号本周发了3条产品视频，播放数据见周报",
  "推荐一个超好笑的短视频，笑得我肚子疼[链接]",
  "off_topic/entertainment")
P("@全体 王者荣耀渠道的联调今天完成了，感谢大家",
  "@全体 王者今晚五排，缺个辅助，来个人",
  "off_topic/entertainment")
P("奥运会期间场馆安保值班表已排好",
  "全红婵这跳水太完美了，一点水花都没有",
  "off_topic/entertainment")
P("影院排片系统今晚升级，值班经理注意",
  "周末看了《热辣滚烫》，贾玲减肥太励志了，强烈推荐",
  "off_topic/entertainment")
P("综艺节目的赞助合同法务已审核完毕",
  "《乘风破浪的姐姐》新一季谁最好看？我投那英",
  "off_topic/entertainment")
P("棋类社团活动室在工会二楼，感兴趣的同事可以自愿参加",
  "昨天跟人下象棋连输五盘，气死我了",
  "off_topic/entertainment")
P("本周读书会分享《高效能人士的七个习惯》，周四午休",
  "最近在追一本网文，霸道总裁那种，太上头了",
  "off_topic/entertainment")
P("F1赛事的物流方案客户已经确认",
  "维斯塔潘又拿冠军了，红牛今年无敌",
  "off_topic/entertainment")
P("宣传片拍摄今天杀青，后期下周交片",
  "听说某顶流离婚了，女方分走两个亿，吃瓜[吃瓜]",
  "off_topic/entertainment")

# ---------------------------------------------------------------- off_topic / personal_life
P("我明天请假半天带孩子打疫苗，工作已交接给小周",
  "晒一下我家宝宝，今天第一次叫妈妈了[爱心]",
  "off_topic/personal_life")
P("周末搬家，周一可能晚到半小时，已跟主管报备",
  "周末搬新家了，大家看看我的新装修，北欧风[图片]",
  "off_topic/personal_life")
P("我下周休年假，期间客户问题请找李工",
  "下周去三亚度假啦，羡慕吧，晒晒机票✈️",
  "off_topic/personal_life")
P("今天我值班，有问题随时找我",
  "今天我生日，老公送了一大束花，好幸福",
  "off_topic/personal_life")
P("我家那边地铁停运了，今天远程办公",
  "我家猫今天又把沙发抓烂了，气死",
  "off_topic/personal_life")
P("健身房年卡是公司福利，找行政领取",
  "今天健身房练腿，现在走路都打颤，看看我的腹肌[图片]",
  "off_topic/personal_life")
P("@各位 我母亲住院，这周可能要请几天假，急事电话联系",
  "我妈又催婚了，过年回家怎么办啊，谁借我个男朋友",
  "off_topic/personal_life")
P("周五晚部门聚餐包间已订好，报名找小丽",
  "昨晚跟闺蜜去吃了那家日料，人均五百，贵是贵但好吃",
  "off_topic/personal_life")
P("员工子女暑期托管班开始报名，名额有限",
  "我儿子这次期末考了全班第一，奖励了他一套乐高",
  "off_topic/personal_life")
P("我的车今天限号，下午拜访客户请别人开车",
  "刚提了新车，Model Y，周末带你们兜风",
  "off_topic/personal_life")
P("今天身体不适请病假，已在系统提交",
  "减肥第十天，瘦了四斤，晚上只吃黄瓜",
  "off_topic/personal_life")
P("工会组织单身职工联谊活动，报名找工会",
  "周末去相亲了，对方一米八，就是有点秃",
  "off_topic/personal_life")
P("我家小区临时管控，这几天居家办公，会议线上参加",
  "我们小区今天发鸡蛋，你们小区有没有",
  "off_topic/personal_life")
P("谢谢大家，这次项目顺利通过验收",
  "我种的多肉终于开花了，好有成就感",
  "off_topic/personal_life")
P("老家来人，下午请两小时假，已在系统提交",
  "老家寄来的腊肉，香得不行，馋死你们[呲牙]",
  "off_topic/personal_life")

# ---------------------------------------------------------------- off_topic / chain_message
P("转发：集团关于春节放假安排的通知，请各部门落实",
  "转发这条锦鲤，三天内必有好运，不转倒霉一年",
  "off_topic/chain_message")
P("帮忙把公司招聘信息转发到朋友圈，内推成功有奖",
  "帮忙砍一刀，拼多多，就差0.1元了[链接]",
  "off_topic/chain_message")
P("卫健委提示：流感高发期，请注意通风并接种疫苗",
  "紧急扩散！隔夜菜会致癌，微波炉加热更毒，快转给家人",
  "off_topic/chain_message")
P("关于地铁延误，以官方公告为准",
  "听说明天全市停水三天，赶紧囤水，我亲戚在水务局说的",
  "off_topic/chain_message")
P("年会节目投票链接已发，今晚12点截止",
  "帮我家孩子投个票，幼儿园才艺比赛，每天都能投[链接]",
  "off_topic/chain_message")
P("@全体 防汛通知：今晚有暴雨，户外作业全部暂停",
  "@全体 据说今晚有十级地震，大家别睡太死，已经很多人在转了",
  "off_topic/chain_message")
P("安全生产月宣传材料请转发到各班组群",
  "这是真的！喝醋能软化血管，每天一勺，已经转给我爸妈了",
  "off_topic/chain_message")
P("转发财务部通知：发票抬头已更新，请按新抬头开票",
  "不转不是中国人！看完请转发十个群",
  "off_topic/chain_message")
P("请大家在朋友圈转发公司公益活动推文",
  "转发这条到朋友圈，截图就能领两张免费电影票，亲测有效",
  "off_topic/chain_message")
P("请大家接龙报名下周的消防培训：1.张伟",
  "接龙祈福，接下去的人全家平安：1.李梅 2.王东 3.",
  "off_topic/chain_message")
P("食品安全检查通报：本月食堂抽检全部合格",
  "千万别吃小龙虾，里面全是寄生虫，已经有人吃死了，快转",
  "off_topic/chain_message")
P("集团公众号新发的安全警示文章，请各班组组织学习",
  "速看！明天起微信要收费了，转发这条就能免费，腾讯官方说的",
  "off_topic/chain_message")
P("请各位班主任把防溺水告家长书转发到班级群",
  "这个视频看完泪目了，每个中国人都应该看，转起来！",
  "off_topic/chain_message")

# ---------------------------------------------------------------- long voice-to-text style pairs
P("喂那个各位同事我说一下啊明天上午九点半市场监管局的人要来检查消防和台账大家把自己区域的东西收拾好灭火器的点检表补签一下然后仓库那边通道不要堆货了有问题找我或者打安全办座机八八零六谢谢大家",
  "喂那个各位我说一下啊明天检查的时候仓库那批过期的原料先拉到三号库藏起来台账我已经改过了日期都往后挪了三个月检查的人问起来就说是新到的货千万别说漏嘴了这个要是查出来要罚好几十万的",
  "confidential/business_secret")
P("@全体成员 本周五下午三点在二楼大会议室召开年中经营分析会，请各事业部负责人准备10分钟汇报，内容包括上半年目标完成情况、主要问题和下半年计划，PPT请于周四18点前发至总经办邮箱，谢谢配合。",
  "@全体成员 年中经营分析会的数据先给大家：上半年营收4.31亿，完成率只有68%，华北亏损2700万，董事会已经决定下半年关掉两个事业部，名单周五会上公布，大家提前有个心理准备，出了这个群就当不知道。",
  "confidential/business_secret")
P("各位家长好，本周六上午学校组织初三学生体检，请提醒孩子早上空腹，八点前到操场集合，体检结果会以密封信件形式由班主任单独交给家长，有特殊情况请私下联系班主任，谢谢配合。",
  "各位老师，初三体检结果出来了我先在群里说一下：王浩然心脏有杂音要复查，林可欣重度贫血，刘子墨查出来乙肝携带，张雨萱脊柱侧弯二十度，家长那边先别说，我们心里有数就行。",
  "privacy/health")
P("那个我跟大家讲一下哈就是客户那边对我们这次交付的质量很不满意说了三个问题第一是包装破损第二是标签贴错第三是数量少了两箱大家回头对照一下流程看看哪个环节出了问题周一开会复盘",
  "那个我跟大家讲一下哈就是这次交付又被客户骂了仓库那个老刘就是个猪脑子标签都能贴错我看他就是故意的这种废物早该滚蛋了你们谁再跟他一样蠢就别干了",
  "illegal_vulgar/abuse")
P("各位同事，最近有不法分子冒充公司财务发送'工资补贴申领'链接，要求填写银行卡号和验证码，请大家一律不要点击，不要转账，如已填写请立即联系开户行冻结并报警，有疑问请致电财务部座机确认。",
  "各位同事，财务部通知：2024年度工资补贴开始申领，请点击链接 hr-butie.cn 填写姓名、身份证号、银行卡号和手机验证码，补贴将在24小时内到账，今晚12点截止，逾期视为自动放弃。",
  "illegal_vulgar/fraud")


def row(text: str, subs: list[str]) -> dict:
    subs = sorted(subs, key=lambda s: LABELS.index(s.split("/")[0]))
    labels = [lab for lab in LABELS if any(s.startswith(lab + "/") for s in subs)]
    return {"text": text, "labels": labels, "subs": subs, "source": "draft:w9"}


def main() -> None:
    out = Path(__file__).with_suffix(".jsonl")
    seen: set[str] = set()
    rows = []
    for ok, bad, subs in PAIRS:
        for text, s in ((fill(ok), []), (fill(bad), subs.split())):
            assert text not in seen, text
            seen.add(text)
            rows.append(row(text, s))
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PAIRS), "pairs", len(rows), "rows ->", out)


if __name__ == "__main__":
    main()
