"""Slot-filled part of w3_illegal.jsonl (illegal_vulgar + hard negatives).

Hand-written lines (about 70% of the file) were appended separately and live only in the .jsonl.
This script adds template lines that stay below 3-gram Jaccard 0.5 against everything already in
the file; it was run once (`python w3_illegal.py 95 11`). Running it again appends another batch;
add `--dry` to only print a sample.
"""
import json
import random
import re
import sys

OUT = "/work/main/data/drafts/w3_illegal.jsonl"
SRC = "draft:w3"
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 3)

SUBS = {
    "p": "illegal_vulgar/porn", "g": "illegal_vulgar/gambling", "d": "illegal_vulgar/drugs",
    "f": "illegal_vulgar/fraud", "v": "illegal_vulgar/violence", "c": "illegal_vulgar/cyber",
    "a": "illegal_vulgar/abuse", "bm": "advertising/black_market", "lg": "advertising/lead_gen",
    "fi": "advertising/finance",
}
ORDER = ["confidential", "privacy", "illegal_vulgar", "advertising", "off_topic"]

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["伟", "芳", "磊", "静", "强", "敏", "洋", "娟", "勇", "艳", "杰", "涛", "明", "超", "霞", "鹏", "婷", "浩", "丹", "亮", "雪", "斌", "晨", "宇", "欣", "凯", "琳", "峰", "颖", "波"]
EN = ["Amy", "Tony", "Kevin", "Lisa", "Jack", "Coco", "Eric", "Vivian", "Leo", "Cindy", "Jason", "Grace"]


def name():
    s = rng.choice(SURN)
    return rng.choice([
        lambda: "老" + s, lambda: "小" + s, lambda: s + "姐", lambda: s + "总", lambda: s + "工",
        lambda: s + "哥", lambda: s + "经理", lambda: s + "主任", lambda: s + rng.choice(GIVEN),
        lambda: s + rng.choice(GIVEN) + rng.choice(GIVEN), lambda: rng.choice(EN), lambda: s + "师傅",
    ])()


def wx():
    pre = rng.choice(["vip", "hy", "ok", "zz", "xx", "a", "love", "mm", "dd", "kk", "lucky", "ys", "fly", "bc", "tt", "hs"])
    return pre + rng.choice(["_", "", "-"]) + str(rng.randint(10, 99999))


def qq():
    return str(rng.randint(1, 3)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 9])))


def url():
    w = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(3, 6)))
    return rng.choice(["http://", "https://", "", "www."]) + w + rng.choice(["", str(rng.randint(1, 99))]) + "." + rng.choice(["cc", "top", "vip", "xyz", "com", "net", "me", "club", "shop"])


def money(lo, hi, step=100):
    return str(rng.randrange(lo, hi, step))


def contact():
    return rng.choice([
        lambda: "加V：" + wx(), lambda: "v信 " + wx(), lambda: "薇：" + wx(), lambda: "扣扣 " + qq(),
        lambda: "Q：" + qq(), lambda: "私我", lambda: "私聊", lambda: "扫码进群👇", lambda: "🐧 " + qq(),
        lambda: "威 " + wx(), lambda: "wx：" + wx(), lambda: "TG @" + wx(), lambda: "飞机 @" + wx(),
        lambda: "加我好友", lambda: "滴滴我", lambda: "点我头像", lambda: "懂的来",
    ])()


def pick(xs):
    return rng.choice(xs)


CITY = ["东莞", "长沙", "成都", "合肥", "郑州", "佛山", "昆明", "南宁", "济南", "西安", "杭州", "苏州", "温州", "泉州", "厦门", "太原", "沈阳", "重庆", "武汉", "无锡"]
AREA = ["高新区", "开发区", "城南", "老城区", "火车站附近", "大学城", "万达周边", "园区", "城东", "机场路"]
WORKPLACE = ["车间", "宿舍", "仓库", "办公室", "工地", "门店", "值班室", "科室", "后厨", "机房"]
TIME = ["今晚", "周五晚上", "下班后", "明天中午", "周末", "今晚十点", "凌晨", "晚上八点", "这周六", "明早"]

PORN = [
    ("p bm lg", "{city}{area} 上门服务 学生 少妇 {price}一次 包夜另谈 {ct}"),
    ("p bm lg", "同城约会 {city}本地妹子 真实照片 {ct}"),
    ("p bm lg", "🔞 {res}资源 {n}G 打包 {price}元 {ct}"),
    ("p bm lg", "裸聊 一对一 {dur}分钟{price}元 先付后看 {ct}"),
    ("p bm lg", "福利姬第{n}期更新 {res} 永久会员{price} {ct}"),
    ("p bm lg", "{city}楼凤 最新 {area} {n}个新人 {ct}"),
    ("p bm lg", "成人网站 {url} 被墙就换 {ct}领新地址"),
    ("p bm lg", "寂寞了吗 {city}附近有{n}位美女想认识你 {ct}"),
    ("p bm lg", "{city}足浴 {area}店 全套{price} 半套{price2} 新到技师 {ct}"),
    ("p bm lg", "深夜直播 美女在线脱 注册送{n}金币 {url}"),
    ("p bm lg", "外围 伴游 模特 {city}可空降 {price}起 {ct}"),
    ("p bm lg", "黄色小视频 {res} 一部{price2}块 {ct}"),
    ("p lg", "{name}我这有几个妹子的联系方式，{time}想约的{ct}"),
    ("p", "@{name} 昨晚你发的那个{res}的网站再发一下，点进去打不开了"),
    ("p", "{name}你U盘里全是{res}的片子，下次别插{place}的电脑了"),
    ("p", "{time}下班谁跟我去{city}那家会所，小姐质量很高，{name}请客"),
    ("p", "{name}说{time}客户要“特殊服务”，让我们安排两个小姐，钱走招待费"),
    ("p", "讲个黄段子：{joke}哈哈哈"),
    ("p", "{name}手机里存了{n}多个G的小黄片，今天在{place}被大家看到了"),
    ("p", "谁有{res}的种子，{time}值班太无聊，私发我"),
    ("p", "{name}你昨晚又去{city}那个洗浴中心了吧，是不是点了全套"),
    ("p", "出差住{city}的酒店，门缝塞进来一堆小姐卡片，我打了一个，{price}块，还行"),
    ("p", "{name}在{place}看黄片声音外放，被{name2}逮了个正着😂"),
    ("p", "那个{res}的主播我看了，{time}又开播了，衣服都快脱完了，你们去看"),
    ("p lg", "有{res}资源的兄弟私我一下，{time}想看"),
    ("p bm lg", "成人用品+小电影套餐 {price}元 私密发货 {ct}"),
    ("p bm lg", "夜总会招女公关 日结{price} 可出台 {city}{area} {ct}"),
    ("p bm lg", "约炮APP 邀请码{code} 注册即可约{city}附近的人"),
    ("p bm lg", "🍑 {res}合集 第{n}弹 {ct}"),
    ("p", "{name}跟{name2}那天在{place}里亲热被监控拍到了，视频都传开了，你们要看吗"),
    ("p", "喝多了跟你们说，{name}那方面是真的厉害，一晚上{few}次"),
    ("p bm lg", "原味 丝袜 内衣 自拍 {price}一套 {ct}"),
    ("p bm lg", "空降{city} 三十分钟到 {ct}"),
    ("p", "{name}又在群里发那种擦边图，还问我们想不想看原图"),
    ("p bm lg", "招募女主播 擦边 露点 底薪{price} 提成另算 {ct}"),
    ("p bm lg", "{city}{area} 钟点房+妹子 {price} 一条龙 {ct}"),
    ("p", "{time}有人去{city}看脱衣舞吗，{name}说那家尺度特别大"),
    ("p bm lg", "偷拍 {res} 最新流出 {price2}元一个 {ct}"),
    ("p", "你们看{name}朋友圈那张照片，穿那么少，肯定是在勾引人，我存了"),
    ("p bm lg", "男士SPA 女技师上门 {city}全城 {price}起 {ct}"),
    ("p", "{name}今天又在{place}讲那种荤段子，说{joke}"),
    ("p lg", "约吗 本人女 {age}岁 {city} 不收钱 {ct}"),
]
PORN_S = dict(
    res=["日本", "国产自拍", "欧美", "网红", "主播", "学生妹", "制服", "丝袜", "萝莉", "偷拍", "无码", "少妇"],
    joke=["老板问秘书为什么迟到，秘书说床太舒服起不来，老板说那下次我陪你起", "护士问病人哪里硬，病人说……",
          "女客户说合同要“深入”谈谈", "新来的实习生问什么叫“加班”，老王说就是在床上加个班",
          "洞房夜新郎说太紧张了，新娘说又不是第一次", "老公出差回来说想你了，老婆说哪里想"],
    dur=["5", "10", "15", "20", "30"], age=[str(x) for x in range(19, 36)],
    code=["A%d" % x for x in range(1000, 9999, 137)],
)

GAMB = [
    ("g bm lg", "菠菜平台 首充送{pct}% 上分下分秒到 {ct}"),
    ("g bm lg", "百家乐真人荷官 {url} 注册送{n}彩金"),
    ("g bm lg", "六合彩 今期特码 {zodiac} 精准一肖 {ct}"),
    ("g bm lg", "时时彩计划群 胜率{pct}% 带你回血上岸 {ct}"),
    ("g bm lg", "{league}赌球 亚盘 大小球 滚球 赔率全网最高 {ct}"),
    ("g bm lg", "棋牌充值 一元{coin}金币 微信支付宝都可以 {ct}"),
    ("g bm lg", "上岸导师 输了{amt}也能回本 先盈利后收费 {ct}"),
    ("g bm lg", "网赌平台招代理 返佣{pct}% 日结 {ct}"),
    ("g bm lg", "下分找我 一万金币{coin2} 当场结 {ct}"),
    ("g bm lg", "🎰 娱乐城 首存{amt}送{amt2} {url}"),
    ("g bm lg", "🈷️入过万 跟单就行 {game}计划 {ct}"),
    ("g bm lg", "{game} 内部群 每天{n}期计划 包中 {ct}"),
    ("g bm lg", "USDT 充值 {game} 匿名安全 出款秒到 {ct}"),
    ("g bm lg", "红包扫雷群 {n}元一包 中雷赔{odds}倍 {ct}"),
    ("g bm lg", "体育投注 {league} 全场次 注册领{price2}元 {url}"),
    ("g", "@{name} 上次{league}那场我押了{amt}，全输了，你借我点周转下"),
    ("g", "{name}昨晚{game}又输了{amt}，这个月工资全没了"),
    ("g", "{time}{place}开局，{cardgame}，一把{bet}，来的接龙"),
    ("g", "兄弟们今晚{match}这场我下了{amt}买{team}，跟不跟"),
    ("g", "{name}说那个{game}平台能提现，我充了{amt}进去试试"),
    ("g", "我就不信了，{time}再充{amt}把输的都翻回来"),
    ("g", "{name}在外面赌球欠了{amt}，讨债的都找到{place}来了"),
    ("g", "谁有{game}的内部资料，我出{amt}买"),
    ("g", "{name}，你那个{game}群还在吗，拉我一下，想搏一把"),
    ("g", "中午在{place}押大小，一把{bet}，{name}坐庄"),
    ("g", "这期六合彩我全压{zodiac}了，{amt}，中了请你们吃饭"),
    ("g", "{name}把备用金拿去{game}了，输了{amt}，现在人联系不上"),
    ("g", "又被那个{game}平台黑了，{amt}提不出来，还要我再充"),
    ("g", "{time}谁去{city}那个地下场子，玩{cardgame}，一把几千"),
    ("g", "{league}这场我有内部消息，买小球稳赢，{amt}起步"),
    ("g", "我在{game}上连赢了{n}把，赚了{amt}，你们要不要跟"),
    ("g bm lg", "收网赌账户 解冻 出款 {ct}"),
    ("g bm lg", "{cardgame}群 每晚{time2}开 {bet}一局 差{few}人 {ct}"),
    ("g", "{name}跟我赌{amt}，赌{league}今晚谁赢，输了不许赖账"),
    ("g bm lg", "澳门线上赌场 {game} 反水{odds}% {ct}"),
    ("g bm lg", "外围盘口 {league} 让球 大小 全网最高赔率 私聊开户"),
    ("g", "我跟你们说，{game}是有规律的，我这个月赚了{amt}，想学的找我"),
    ("g bm lg", "招推广 在群里发菠菜广告 一条{n}元 日结 {ct}"),
    ("g", "{name}天天上班看{league}盘口，一次下{amt}，迟早出事"),
    ("g bm lg", "幸运飞艇 北京赛车 {game} 专业计划 回血快 {ct}"),
    ("g", "宿舍{cardgame}输了{amt}，{name}你先借我，下周发工资还"),
    ("g bm lg", "手机{cardgame} 真钱对战 提现秒到 邀请码{code}"),
]
GAMB_S = dict(
    game=["百家乐", "时时彩", "快三", "PK10", "幸运28", "龙虎斗", "牛牛", "六合彩", "11选5", "老虎机", "大小单双", "电子游艺"],
    league=["英超", "西甲", "欧冠", "世界杯", "欧洲杯", "NBA", "意甲", "德甲", "亚冠", "中超"],
    team=["主队赢", "客队赢", "平局", "让一球", "大球", "小球"],
    match=["曼城对阿森纳", "皇马对巴萨", "拜仁对多特", "湖人对勇士", "国米对米兰", "利物浦对切尔西", "阿根廷对法国", "山东泰山对上海海港"],
    zodiac=["鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪"],
    cardgame=["炸金花", "斗地主", "牌九", "推筒子", "斗牛", "麻将", "德州", "掼蛋"],
    bet=["五十", "一百", "两百", "三百", "五百", "一千"],
    coin=["一万", "八千", "一万二"], coin2=["八十五", "九十", "八十八", "九十二"],
    odds=["1.2", "1.5", "1.8", "2", "0.8"], pct=["30", "50", "58", "88", "90", "95", "100"],
    time2=["八点", "九点", "十点", "十一点"],
    code=[str(x) for x in range(6600, 9999, 111)],
)

DRUG = [
    ("d bm lg", "{drug} {drug2} 都有 同城面交 {ct}"),
    ("d bm lg", "飞行员看过来 新到{drug} 纯度高 {ct}"),
    ("d bm lg", "{city}同城 {drug} 三十分钟送达 {ct}"),
    ("d bm lg", "代购处方药 {med} 无需处方 隐私发货 {ct}"),
    ("d bm lg", "🍃 {drug} 🍃 {origin}货源 包邮 {ct}"),
    ("d bm lg", "夜场必备 {drug} {drug2} 量大从优 {ct}"),
    ("d bm lg", "{med} {n}片一盒 {price}元 不要处方 {ct}"),
    ("d bm lg", "出{drug} 老客户{disc}折 {ct}"),
    ("d bm lg", "上头电子烟 新口味 {city}可送 {ct}"),
    ("d bm lg", "笑气 {few}升大瓶 派对专用 {ct}"),
    ("d", "@{name} {time}还溜冰吗，上次那批劲大，再整点"),
    ("d", "{name}，你那有{drug}没，{time}想飞一下"),
    ("d", "{time}{place}那边有人带{drug}，谁去嗨"),
    ("d", "{name}说他有渠道拿{med}，一次吃{few}片能飘，我打算试试"),
    ("d", "我跟{name}凑了{price}块，{time}去拿{drug}"),
    ("d", "昨晚溜完到现在还没缓过来，{name}帮我跟领导请个假"),
    ("d", "{name}你包里那包{drug}收好，别带到{place}来"),
    ("d", "{city}那个上家断货了，谁认识别的飞行员，急"),
    ("d", "加班{few}个通宵全靠{drug}撑着，你们也试试"),
    ("d", "那个{med}磨成粉吸，比吃的劲大，{name}教我的"),
    ("d", "{name}的货不行，掺了东西，{time}换个上家"),
    ("d", "哥几个{time}来我家，{drug}管够"),
    ("d", "{name}最近瘦成那样，天天流鼻涕，肯定是在溜冰"),
    ("d", "上次{name}给的{drug}太好了，还有没，我出{price}"),
    ("d", "帮我从医院弄几盒{med}出来，一盒给你{price}"),
    ("d", "{name}在{place}厕所里抽叶子，整个走廊都是味儿"),
    ("d", "{time}派对我准备了{n}颗糖，吃完一起蹦"),
    ("d", "我就溜一口，又不上瘾，{name}你别管"),
    ("d bm lg", "招运货人 {city}到{city2} 一趟{price} 只带个包 {ct}"),
    ("d bm lg", "溜冰工具 冰壶 锡纸 吸管 一套{price2} {ct}"),
    ("d bm lg", "神仙水 开心水 {city}同城闪送 {ct}"),
    ("d bm lg", "🧊 到货 🧊 {city} {area} 老地方 {ct}"),
    ("d bm lg", "{med} 学生熬夜神药 {price}一板 {ct}"),
    ("d", "{name}你上次从{country}带回来的叶子还有没，分我一点"),
    ("d", "不溜冰我根本干不完这些活，{name}你那还有吗"),
    ("d bm lg", "大麻软糖 进口{country}直邮 {ct}"),
    ("d", "{time}KTV，{name}带K，我带酒"),
    ("d", "那个{med}我每天吃{few}片，不吃就浑身难受，谁能帮我搞点"),
    ("d bm lg", "嗨药 麻古 一粒{price2} {city}可面交 {ct}"),
    ("d", "{name}是飞行员，要啥有啥，{city}的我都找他拿"),
    ("d bm lg", "K粉 开心粉 夜店专供 {city}{area} {ct}"),
    ("d", "跟你说个秘密，{name}在宿舍阳台种了几盆叶子，快能收了"),
]
DRUG_S = dict(
    drug=["冰", "叶子", "K粉", "麻古", "冰糖", "糖果", "开心水", "神仙水", "猪肉", "草", "邮票", "跳跳糖", "K", "❄️", "🍃", "白粉"],
    drug2=["叶子", "K", "麻古", "开心水", "摇头丸", "笑气", "冰", "邮票"],
    med=["曲马多", "右美沙芬", "三唑仑", "艾司唑仑", "阿普唑仑", "止咳水", "可待因", "氯硝西泮", "哌甲酯", "地西泮", "佐匹克隆"],
    origin=["云南", "加拿大", "泰国", "缅甸", "荷兰", "美国"], country=["泰国", "荷兰", "加拿大", "美国"],
    disc=["八", "九", "七"],
)

FRAUD = [
    ("f bm lg", "兼职刷单 日结{price} 垫付{price2}返{price3} {ct}"),
    ("f bm lg", "招码商 跑分 佣金{pct}% 微信支付宝都收 {ct}"),
    ("f bm lg", "收卡 一类卡{price}一张 对公户{price3} {ct}"),
    ("f bm lg", "招车手 {city}取现 一趟{price} 当天结 {ct}"),
    ("f bm lg", "出租微信 支付宝 一天{price2} 不影响使用 {ct}"),
    ("f bm lg", "点赞关注 一单{n}元 先充{price2}激活 {ct}"),
    ("f bm lg", "收手机卡 实名 一张{price2} 全国可寄 {ct}"),
    ("f fi lg", "{asset}投资 日收益{pct}% 稳赚不赔 {ct}"),
    ("f fi lg", "老师带单 {asset} 胜率{pct2}% 进群免费听课 {ct}"),
    ("f fi lg", "USDT兑换 高于市场{diff} 大额可做 {ct}"),
    ("f fi", "无抵押贷款 黑户可做 当天放款 先交{price2}手续费"),
    ("f fi lg", "内部消息 {stock}明天涨停 VIP群{price}入群 {ct}"),
    ("f", "@{fin} 我是{boss}，在开会不方便接电话，马上转{amt}到这个账户，合同款急用"),
    ("f", "{fin}，我是{boss}，换了新微信，旧号不用了，有笔款今天要付，你先转{amt}"),
    ("f", "【{org}】您的{thing}即将过期，请点击 {url} 重新认证，逾期作废"),
    ("f", "【{org}】您有一笔{money_kind}{amt2}元待领取，点击 {url} 填写银行卡及验证码"),
    ("f", "您好，我是{shop}客服，您的订单{refund_reason}，可三倍赔偿，请加客服QQ {qq} 办理退款"),
    ("f", "恭喜您被抽中{prize}，请先缴纳{price2}元手续费到指定账户领取"),
    ("f", "亲，您开通的{svc}每月扣费{price2}元，如需关闭请下载会议APP共享屏幕"),
    ("f", "【{org}】您的账户存在异常，已被冻结，请于24小时内登录 {url} 解冻"),
    ("f", "我是{police}，你涉嫌一起洗钱案，需要把资金转到安全账户核查，不要告诉任何人"),
    ("f", "@{fin} {boss}让我通知你，{amt}的保证金今天必须打给对方，账户我私发你"),
    ("f", "@所有人 {welfare}已发放，请扫码填写银行卡号和密码领取"),
    ("f", "宝贝，这个平台是我{rel}内部的，充{amt}进去一个月翻倍，你相信我"),
    ("f", "各位家长，{fee}{price}元，直接转到群主微信，今晚截止"),
    ("f", "领导好，我是{name}的家属，他出了车祸在医院，急需{amt}手术费，能先借一下吗"),
    ("f", "{fin}，帮我买{n}张京东卡，把卡密发我，我是{boss}，回头报销"),
    ("f", "【{org}】您的{thing}存在违规，即将被注销，请联系客服 {qq} 处理"),
    ("f bm lg", "招聘{job} 月薪{price3} 包机票包吃住 去{abroad} {ct}"),
    ("f bm lg", "帮忙过账 一万给{price2} 只需一张卡 {ct}"),
    ("f fi lg", "投{amt}每天返{price2} 推荐一人再奖{price2} {ct}"),
    ("f fi lg", "{asset}合约 {n}倍杠杆 带单老师包赚 {ct}"),
    ("f", "各位同事，{welfare}领取入口：{url}，输入工号和网银密码即可"),
    ("f bm lg", "淘宝补单员 佣金{pct}% 一天几十单 {ct}"),
    ("f bm lg", "洗钱通道 大额走账 手续费{pct}% {ct}"),
    ("f", "我是{school}的班主任，{fee}请直接微信转我，学校账户维护中"),
    ("f fi lg", "征信修复 网贷强制下款 逾期也能做 {ct}"),
    ("f", "您的快递在{city}中转丢失，理赔{price2}元，请打开支付宝备用金按提示操作"),
    ("f", "恭喜！您的手机号在《{show}》节目中被抽中，奖金{amt2}元，需先交税款{price}元"),
    ("f bm lg", "收购 四件套 身份证 银行卡 U盾 手机卡 一套{price3} {ct}"),
    ("f", "【{org}】检测到您的{thing}存在风险，请立即点击 {url} 进行身份验证"),
    ("f fi lg", "不是杀猪盘！我自己投了{amt}赚了一倍，带你上车 {ct}"),
]
FRAUD_S = dict(
    asset=["虚拟币", "外汇", "黄金", "原油", "区块链", "NFT", "期货", "数字货币", "比特币", "期权"],
    stock=["某科技", "某医药", "某新能源", "某芯片", "某军工"],
    diff=["0.3", "0.5", "0.8", "1个点"],
    fin=["财务小陈", "出纳小王", "会计刘姐", "财务-吴", "小周会计", "王出纳", "财务部李姐", "会计小孙"],
    boss=["王总", "李董", "张总", "刘总", "陈局", "周书记", "赵总", "钱董", "孙院长", "黄总", "吴校长", "郑总"],
    org=["人社局", "ETC", "社保中心", "国家电网", "中国移动", "个税APP", "京东金融", "腾讯客服", "顺丰速运", "医保局", "公积金中心", "支付宝", "交管12123", "中国联通"],
    thing=["ETC认证", "社保卡", "医保卡", "驾驶证", "积分", "微信账号", "白条额度", "学生账户", "电子工资条", "支付宝账户"],
    money_kind=["补贴", "退税", "理赔款", "积分兑换", "公积金", "失业金", "高温补贴"],
    shop=["淘宝", "京东", "拼多多", "抖音商城", "唯品会", "快手小店"],
    refund_reason=["商品质量有问题", "出现重复扣款", "快递丢件", "被系统判定异常", "涉及召回"],
    prize=["周年庆二等奖", "iPhone15一部", "笔记本电脑", "幸运大奖", "现金红包五千元"],
    svc=["抖音月付", "百万保障", "京东金条", "花呗分期会员", "快手会员"],
    police=["公安局刑侦大队的", "检察院的", "市局经侦的王警官", "海关缉私局的", "法院执行局的"],
    welfare=["端午节福利", "年终补贴", "高温补贴", "工会福利", "中秋慰问金", "员工体检补贴"],
    rel=["叔叔", "舅舅", "表哥", "大学同学", "老领导"],
    fee=["下学期教辅费", "班费", "校服费", "伙食费", "研学活动费"],
    school=["三年级二班", "初二(3)班", "实验小学", "五年级一班"],
    job=["客服", "话务员", "网络推广", "打字员", "数据录入"],
    abroad=["柬埔寨", "缅甸", "迪拜", "菲律宾", "老挝"],
    show=["奔跑吧", "中国好声音", "星光大道", "快乐大本营"],
    pct=["1.2", "1.5", "2", "3", "5", "8", "10"], pct2=["85", "90", "92", "95"],
)

VIOL = [
    ("v", "@{name} 你给我等着，{time}在{place}门口堵你，不弄死你我不姓{sur}"),
    ("v", "{boss}再扣我们工资，{time}我就带人去他家，把他腿打断"),
    ("v", "谁再在背后说我，我拿{weapon}捅死他"),
    ("v", "{name}要是敢开除我，我就提桶汽油去{place}，大家一起死"),
    ("v", "再逼我们加班，我就把这个{org}给炸了"),
    ("v", "我知道{name}家住哪，也知道他孩子在哪上学，让他自己掂量"),
    ("v", "{time}下班别让我在{place}碰见你，见一次打一次"),
    ("v", "{boss}欠我们{few}个月工钱，明天兄弟们拿{weapon}去找他"),
    ("v", "我已经买好{weapon}了，{time}就去找{name}算账"),
    ("v", "{name}再敢抢我客户，我找人卸他一条胳膊"),
    ("v", "那个{boss}哪天落单了，我让他见血"),
    ("v", "哪天我被裁了，先跟{name}同归于尽"),
    ("v", "我真想拿{weapon}把{name}的脸划花"),
    ("v", "{name}再让我背锅，我就在{place}放一把火"),
    ("v", "不给钱是吧，{time}我们{few}十个人去把他的{thing}砸了"),
    ("v", "你要是敢报警，我找人在你下班路上捅你"),
    ("v", "那个搞爆炸的是英雄，{org}这种地方就该多炸几个"),
    ("v", "再扣我绩效，{time}我就带着{weapon}去人事部讨说法"),
    ("v", "{name}你小心点，我知道你每天几点从{place}出来"),
    ("v", "{time}谁跟我一起去堵{name}，打到他跪下"),
    ("v", "我把{name}家地址发群里了，谁碰见他就给他一顿"),
    ("v", "那个{boss}就欠揍，哪天我忍不住了拿{weapon}招呼他"),
    ("v", "信不信我拿{weapon}拍死你，{name}"),
    ("v", "这种黑心老板就该被千刀万剐，我真想{time}去他家放把火"),
    ("v", "{name}，你再碰我工位上的东西，我剁了你的手"),
    ("v", "等项目结束，我一定要找{name}算账，让他躺着进医院"),
    ("v", "老板不给工钱，我在想要不要往他饭里下点药"),
    ("v", "我已经摸清{name}的行程了，就等他一个人的时候"),
    ("v bm lg", "出售{gun} 可发射 全国包邮 {ct}"),
    ("v bm lg", "{knife} 开刃 现货 隐秘发货 {ct}"),
    ("v bm lg", "{bow} 射程{few}十米 狩猎防身 {ct}"),
    ("v bm lg", "防身 {stun} 伪装成{disguise} {ct}"),
    ("v bm lg", "代客出气 打人 砸车 泼油漆 {price}起 {ct}"),
    ("v bm lg", "讨债 催收 {city}本地团队 软硬兼施 {ct}"),
    ("v bm lg", "自制炸药教程 材料包 {price}元 {ct}"),
    ("v bm lg", "{gun}配件 枪管 撞针 弹夹 {ct}"),
    ("v", "{name}要是再骚扰我们女同事，我们几个把他拖到{place}打一顿"),
    ("v", "明天{boss}不给说法，我就从楼上把他推下去"),
    ("v", "谁动我的奖金，我让他全家不得安宁"),
    ("v", "我在网上查了怎么做燃烧瓶，{time}去{org}让他们好看"),
    ("v bm lg", "找打手 {city} 一次{price} 死伤自负 {ct}"),
    ("v", "{name}这种人就该被车撞死，我做梦都想开车撞过去"),
]
VIOL_S = dict(
    sur=list("王李张刘陈杨黄赵"),
    boss=["老板", "包工头", "厂长", "车间主任", "经理", "刘总", "组长", "科长", "项目经理", "主管"],
    weapon=["刀", "菜刀", "钢管", "扳手", "砖头", "铁锹", "锤子", "水果刀", "棒球棍", "剪刀", "🔪"],
    org=["公司", "厂子", "破单位", "办公楼", "项目部", "门店"],
    thing=["车", "店", "办公室", "大门", "家玻璃"],
    gun=["仿真枪", "气枪", "钢珠枪", "猎枪", "火药枪", "高压气枪"],
    knife=["管制刀具", "军刺", "蝴蝶刀", "弹簧刀", "三棱刀", "狗腿刀", "开山刀"],
    bow=["弓弩", "强弩", "复合弓", "钢珠弹弓"],
    stun=["电击器", "甩棍", "电棍", "辣椒水", "指虎"],
    disguise=["手电筒", "口红", "雨伞", "充电宝"],
)

CYBER = [
    ("c bm lg", "{game}外挂 透视 自瞄 不封号 {period}卡{price2}元 {ct}"),
    ("c bm lg", "社工库查询 {q1}查{q2} 一条{price2} {ct}"),
    ("c bm lg", "DDoS 打流量 {n}0G 按小时收费 可测试 {ct}"),
    ("c bm lg", "远控木马 免杀 过{av} 可定制 {ct}"),
    ("c bm lg", "撞库数据 {site} 账号密码 {n}万条 {ct}"),
    ("c bm lg", "盗号 找回 {acct} 成功后收费 {ct}"),
    ("c bm lg", "破解版 {sw} 永久激活 {price2}元一个 {ct}"),
    ("c bm lg", "接码平台 虚拟号 批量注册{acct} {ct}"),
    ("c bm lg", "群控 改机 养号 {acct}批量 一条龙 {ct}"),
    ("c bm lg", "出售 {site}数据 姓名电话地址 {n}万条{price} {ct}"),
    ("c bm lg", "短信轰炸 电话轰炸 一天{few}千条 {ct}"),
    ("c bm lg", "0day 漏洞 {target} 可getshell 价格私聊 {ct}"),
    ("c bm lg", "钓鱼网站源码 仿{bank} 带后台 {ct}"),
    ("c bm lg", "手机定位 查人 只需手机号 {n}分钟出结果 {ct}"),
    ("c bm lg", "肉鸡出售 {few}千台 可用于压测 {ct}"),
    ("c bm lg", "{game}脚本 自动挂机 刷金 {ct}"),
    ("c", "@{name} 破解版{sw}放群文件了，激活工具也在，杀软报毒就先关了"),
    ("c", "{name}你要的{sw}注册机我传网盘了，链接发你了"),
    ("c", "我找到{target}的漏洞了，改一下参数就能{hack}，要的找我"),
    ("c", "谁会盗号？帮我把{name}的{acct}盗了，给你{price}"),
    ("c", "有人能查到{q1}对应的{q2}，{price2}一次，要查谁找我"),
    ("c", "我在{name}电脑上装了个键盘记录器，他的{pw}我都有了"),
    ("c", "要不要我找人把{rival}的网站打挂，一晚上{price}"),
    ("c", "用这个字典跑一遍，{target}的密码基本都能撞出来"),
    ("c", "我把{target}的数据库拖下来了，{n}万条用户数据，要的私聊"),
    ("c", "{game}的外挂我用了{n}天还没封，要的私聊"),
    ("c", "这个exe发给{name}，他一点开电脑就归我们了"),
    ("c", "我在{target}里留了个后门，离职了也能进"),
    ("c", "这个插件能绕过{target}的限制，{hack}，别外传"),
    ("c", "我在{place}电脑上装了远控，回家也能看你们在干嘛"),
    ("c", "谁有破解{wifi}的软件，我想蹭{name}家的网，顺便看看他手机"),
    ("c", "{name}的{acct}密码我猜出来了，聊天记录都截图了"),
    ("c", "我写了个脚本刷{vote}，一晚上刷了{n}千票"),
    ("c bm lg", "信用卡四要素 带CVV {n}0条起卖 {ct}"),
    ("c bm lg", "黑客接单 入侵网站 改数据 {price}起 {ct}"),
    ("c bm lg", "抢票外挂 12306 加速 包抢到 {ct}"),
    ("c bm lg", "间谍软件 远程监听 看聊天记录 {price}元 {ct}"),
    ("c bm lg", "开盒 查户籍 查全家 {price}一单 {ct}"),
    ("c", "{name}把{target}的管理员密码试出来了，是admin123，能看所有订单"),
    ("c bm lg", "刷课 刷网课 破解学习通 挂机秒过 {ct}"),
    ("c", "那个打卡APP我破解了，虚拟定位在家也能打卡，{price2}块装一次"),
    ("c bm lg", "勒索病毒 定制 全盘加密 技术支持 {ct}"),
]
CYBER_S = dict(
    game=["王者荣耀", "和平精英", "吃鸡", "LOL", "CF", "原神", "APEX", "逆水寒", "蛋仔派对", "CSGO"],
    period=["天", "周", "月"],
    q1=["手机号", "身份证", "QQ号", "微信号", "车牌", "姓名"],
    q2=["户籍", "住址", "开房记录", "机主姓名", "全家信息", "出行记录", "身份证号"],
    av=["360", "火绒", "Defender", "卡巴", "腾讯管家"],
    site=["某宝", "某东", "某团", "某论坛", "某招聘网", "某快递", "某游戏"],
    acct=["微信", "QQ", "抖音号", "微博", "邮箱", "淘宝号", "游戏号"],
    sw=["Office", "PS", "CAD", "Matlab", "SolidWorks", "Xmind", "Navicat", "Windows", "AE", "用友", "剪映专业版", "SPSS"],
    target=["OA系统", "考勤系统", "公司官网", "对手网站", "财务系统", "教务系统", "小程序后台", "内网", "门禁系统", "会员系统"],
    hack=["改打卡记录", "0元下单", "改成绩", "看全部订单", "白嫖会员", "绕过审批"],
    pw=["网银密码", "邮箱密码", "OA密码", "微信密码"],
    bank=["工行", "建行", "招行", "淘宝", "支付宝", "农行"],
    wifi=["WiFi密码", "路由器", "邻居WiFi"],
    vote=["最佳员工评选", "年会投票", "优秀党员投票", "网红打卡点投票"],
)

ABUSE = [
    ("a", "@{name} 你是猪吗，{task}都能{err}，脑子呢"),
    ("a", "{name}你个{ins}，{task}又{err}了"),
    ("a", "{region}人就是{stereo}，招人别招{region}的"),
    ("a", "女的就是{wstereo}，{task}别让她干"),
    ("a", "那个{disab}{dis_act}，拖累全组"),
    ("a", "{init}，{task}{err}第{n}次了"),
    ("a", "你这种{ins}也配当{role}？"),
    ("a", "{name}你脑子被门夹了吧，{task}{err}成这样"),
    ("a", "一群{ins}，{task}弄了{n}天还没弄完"),
    ("a", "{name}那个{body}，{body_act}，恶心"),
    ("a", "{dept}那帮人都是{ins}，{dept_act}"),
    ("a", "你{mom}，{task}再{err}试试"),
    ("a", "看看你那{look}样，{task}都干不好还好意思说话"),
    ("a", "{name}就是个{ins}，大家离他远点"),
    ("a", "{region}来的都{stereo}，别跟他们合作"),
    ("a", "{name}这种{ins}，怎么还没被开"),
    ("a", "你是不是{ins}？{task}{err}了还装没事"),
    ("a", "{dept}的都是{ins}，{task}都不会"),
    ("a", "你一个{low}，也敢跟我顶嘴"),
    ("a", "{name}你个{ins}，滚出这个群"),
    ("a", "老子受够你这个{ins}了，{task}又{err}"),
    ("a", "{init} {name} 你就是个{ins}"),
    ("a", "{name}长得跟{animal}一样，还好意思去见客户"),
    ("a", "你跟{animal}有什么区别，{task}{err}了{n}遍"),
    ("a", "那个{disab}还来开会，{dis_act}，浪费大家时间"),
    ("a", "{name}你个{ins}，你{mom}"),
    ("a", "女人当什么{role}，回家带孩子去吧"),
    ("a", "{region}佬都一个德行，{stereo}"),
    ("a", "{name}就是个{ins}，天天在领导面前{suck}"),
    ("a", "我看你就是{ins}一个，{task}交给狗都比你强"),
    ("a", "你{ins}吧，{task}{err}还怪别人"),
    ("a", "你这个{ins}，活着就是浪费空气"),
    ("a", "{name}那个老女人更年期了吧，整天{dept_act}"),
    ("a", "你们{dept}就是养老院，全是{ins}"),
    ("a", "穷鬼{name}，{poor}"),
    ("a", "{name}你个{ins}，{init}"),
    ("a", "{name}你这个学历也配写{task}？滚一边去"),
    ("a", "说你是{animal}都侮辱了{animal}，{task}又{err}"),
    ("a", "你个{ins}，我看见你的消息就想吐"),
    ("a", "{name}这种{ins}，活该被{punish}"),
    ("a", "{region}人{stereo}，{name}就是例子"),
    ("a", "就你这{ins}样，{task}谁跟你一组谁倒霉"),
]
ABUSE_S = dict(
    task=["报价单", "周报", "PPT", "会议纪要", "出库单", "接口文档", "排班表", "报销单", "合同", "库存表", "客户地址", "发票", "测试用例", "考勤表"],
    err=["写错", "发错", "搞错", "漏了", "做反", "弄丢", "算错"],
    ins=["废物", "蠢货", "智障", "傻逼", "脑残", "白痴", "饭桶", "猪脑子", "垃圾", "sb", "二百五", "窝囊废", "贱人", "狗东西", "傻x", "nc", "zz"],
    region=["河南", "东北", "安徽", "湖北", "四川", "广西", "上海", "新疆", "福建", "山东", "江西", "贵州"],
    stereo=["骗子多", "又懒又馋", "没素质", "就知道吹牛", "小气抠门", "偷鸡摸狗", "不讲信用", "粗鲁得很"],
    wstereo=["干不了技术", "脑子不行", "情绪化靠不住", "只会靠脸", "干不了重活还事多"],
    disab=["瘸子", "聋子", "瞎子", "结巴", "残废", "哑巴", "傻子"],
    dis_act=["走路慢吞吞", "说啥都听不见", "话都说不利索", "干啥都慢半拍", "什么都看不清"],
    init=["nmsl", "tmd", "cnm", "sb", "nt", "rnm", "wcnm", "tm的", "nnd"],
    role=["组长", "主管", "经理", "领导", "班长", "项目负责人"],
    body=["死胖子", "秃子", "矮子", "丑八怪", "肥婆", "竹竿"],
    body_act=["一个人占两个座", "整天油腻腻的", "站着跟凳子一样高", "还穿那么紧", "笑起来跟猪叫一样"],
    dept=["技术部", "销售部", "财务部", "行政部", "测试组", "产品部", "售后", "后勤", "设计部", "采购部"],
    dept_act=["一个bug改一周", "只会吹牛", "报销拖两个月", "就知道发通知", "只会甩锅", "混吃等死"],
    mom=["妈的", "他妈", "娘的", "妈没教你吗"],
    look=["穷酸", "土鳖", "猥琐", "蠢", "贱"],
    low=["临时工", "外包", "扫地的", "打工仔", "实习生", "专科生"],
    animal=["猪", "狗", "驴", "猴子", "🐷", "🐶"],
    suck=["舔", "拍马屁", "装孙子", "摇尾巴"],
    poor=["一顿饭都要AA", "连个奶茶都不舍得请", "天天蹭饭"],
    punish=["裁", "开除", "老婆甩", "骂"],
)

OK = [
    ("ok", "【反诈提醒】{scam}都是诈骗，请大家提醒家人，{advice}"),
    ("ok", "@所有人 {date}是国际禁毒日，{dept}组织禁毒宣传活动，地点{room}，每部门派{few}人"),
    ("ok", "{date}网络安全培训，主题{topic}，地点{room}，{dept}全员参加"),
    ("ok", "刚接到电话说{scam_call}，我直接挂了，大家注意，这是诈骗"),
    ("ok", "{name}又在赌气，{meeting}改到{time}"),
    ("ok", "黄经理说{doc}{time}给，先别催"),
    ("ok", "{room}的冰箱{date}清理，过期东西请拿走"),
    ("ok", "给{team2}打call！{period}业绩第一🎉"),
    ("ok", "IT通知：{time}推送杀毒软件更新，请勿关机"),
    ("ok", "{bug}这个bug杀了吧，影响太小，下版本再说"),
    ("ok", "{doc}改了第{n}版了，真的很累，希望这次能定下来"),
    ("ok", "各位家长注意，近期有人冒充{teacher}在群里收费，学校收费一律走{channel}"),
    ("ok", "@{name} 恭喜{exam}上岸🎉"),
    ("ok", "新机跑分出来了，比旧机快{few}成，测试机可以换了"),
    ("ok", "团建{date}，上午溜冰场，下午{act}，请接龙报名"),
    ("ok", "服务器又炸了，{dept}赶紧看一下，{client}那边打不开"),
    ("ok", "{name}电脑检测到木马已隔离，IT{time}过来重装，别插U盘"),
    ("ok", "近期有撞库攻击，请把{sys}密码改成{n}位以上，不要和其他网站重复"),
    ("ok", "{dept}的DDoS防护采购申请已提交，请{boss}审批"),
    ("ok", "财务提醒：任何人通过微信要求转账，都要{verify}确认，包括{boss}"),
    ("ok", "刚才群里“{boss}换号”的消息是假的，人已踢出，大家别理"),
    ("ok", "派出所通知{date}在{place}开展反诈宣传，需要我们派{few}名志愿者"),
    ("ok", "{dept}提醒：外挂、破解软件常捆绑木马，请用公司正版软件库"),
    ("ok", "【校园通知】请家长提醒孩子远离网络赌博和校园贷，发现异常联系{teacher}"),
    ("ok", "银行网点注意：近期跑分、卡农案件高发，{act2}"),
    ("ok", "{boss}今天发火了，说交付质量太差，{time}开会复盘"),
    ("ok", "这个排班太不合理了，我要写书面意见给{boss}"),
    ("ok", "{client}提了{n}条修改意见，我们{time}一条条过"),
    ("ok", "物流又晚了{few}天，{client}投诉到总部了，气死我了，{name}跟一下"),
    ("ok", "群规重申：禁止发布黄赌毒、诈骗信息，禁止人身攻击，违者移出群聊"),
    ("ok", "{dept}的刀具下班前锁进刀具柜，钥匙交值班人员"),
    ("ok", "{date}消防演练，消防水枪由保安队操作，其他人按路线疏散"),
    ("ok", "年会中奖名单已公布，请{name}等中奖同事到行政部领奖"),
    ("ok", "客户申请退款按流程在后台处理，不要加客户私人微信"),
    ("ok", "本月反洗钱培训考试{date}截止，合规部要统计"),
    ("ok", "{name}说这个需求砍一刀，先做核心功能"),
    ("ok", "渗透测试报告出来了，{few}个高危漏洞，开发组本周修完"),
    ("ok", "警方提醒：出租出借银行卡、电话卡涉嫌帮信罪，{advice}"),
    ("ok", "我差点被骗，有人冒充{boss}让我买购物卡，幸好打电话问了"),
    ("ok", "广告文案不要用“稳赚不赔”“日入过万”，{dept}审核通不过"),
    ("ok", "{hood}社区民警提醒：近期有人冒充{impost}上门收费，请告知家人"),
    ("ok", "{client}那边又改需求，三天改{few}次，这活真没法干了，我{time}去跟他们谈"),
]
OK_S = dict(
    scam=["刷单返利", "冒充客服退款", "冒充领导转账", "网络投资理财", "注销校园贷", "百万保障扣费", "ETC认证", "个税退税链接"],
    advice=["不轻信、不透露、不转账", "有疑问拨打96110", "遇到可疑情况及时报警", "下载国家反诈中心APP"],
    scam_call=["我涉嫌洗钱要转到安全账户", "我的快递丢了要理赔", "我银行卡被冻结要验证码", "要注销我的学生账户", "我医保卡异常"],
    meeting=["周会", "评审会", "复盘会", "晨会", "预算会"],
    doc=["报价单", "方案", "合同", "需求文档", "设计稿", "标书", "PPT"],
    room=["一楼大厅", "三楼会议室", "多功能厅", "报告厅", "二楼培训室", "食堂二楼"],
    topic=["钓鱼邮件识别", "弱口令治理", "数据安全", "终端防护", "社会工程学防范"],
    period=["本季度", "本月", "上半年", "这一周"],
    bug=["登录页闪退", "导出乱码", "偶发超时", "样式错位", "日志重复"],
    teacher=["班主任", "老师", "校领导", "教务处"], channel=["学校官方平台", "缴费系统", "银行代扣"],
    exam=["考公", "考研", "考编", "教资", "注会"],
    act=["烧烤", "CS对战", "采摘", "徒步"], act2=["大额取现要加强问询", "柜面要多问两句", "发现异常及时报告"],
    client=["客户", "甲方", "总部", "门店", "医院", "学校"],
    sys=["OA", "邮箱", "VPN", "ERP", "CRM"],
    verify=["电话", "当面", "视频"],
    impost=["燃气公司", "自来水公司", "物业", "电力公司", "社区医生"],
    boss=["王总", "刘总", "张主任", "陈院长", "李书记", "赵经理", "老板"],
    hood=["幸福里", "阳光花园", "东湖", "北苑", "新华路", "滨江"],
    team2=["销售一部", "华东区", "二号店", "渠道组", "电商团队", "大客户部"],
)

COMMON = dict(
    city=CITY, city2=CITY, area=AREA, place=WORKPLACE, time=TIME,
    date=["6月26日", "下周三", "本周五", "3月15日", "周四下午", "11月9日", "下周一", "月底"],
    dept=["信息科", "安保部", "工会", "行政部", "党办", "IT部", "人事部", "法务部", "合规部", "团委"],
)


def fill(tpl, slots):
    used = set()

    def rep(m):
        k = m.group(1)
        if k == "ct":
            return contact()
        if k in ("name", "name2"):
            return name()
        if k == "url":
            return url()
        if k == "qq":
            return qq()
        if k == "n":
            return str(rng.randint(2, 30))
        if k == "few":
            return str(rng.randint(2, 6))
        if k == "rival":
            return rng.choice(["隔壁公司", "竞争对手", "那家同行", "对面那个店", "抢我们单的那家"])
        if k in ("price", "price2", "price3"):
            lo, hi = {"price": (200, 3000), "price2": (20, 500), "price3": (1000, 30000)}[k]
            return money(lo, hi, 10 if k == "price2" else 100)
        if k in ("amt", "amt2"):
            return rng.choice(["三千", "五千", "八千", "一万", "两万", "三万", "五万", "八万", "十二万", "二十万",
                               "1.5万", "2.8万", "46000", "38500", "9800", "15万"])
        if k in slots:
            v = rng.choice(slots[k])
            while k.endswith("2") and v in used:
                v = rng.choice(slots[k])
            used.add(v)
            return v
        if k in COMMON:
            return rng.choice(COMMON[k])
        raise KeyError(k)
    return re.sub(r"\{(\w+)\}", rep, tpl)


# evasion: applied to some generated lines only (never keeps the plain twin)
KW = {
    "赌博": ["d博", "dubo", "赌*博", "賭博", "du博"], "菠菜": ["🥬", "bc", "菠.菜"], "百家乐": ["bjl", "百.家.乐", "百家樂"],
    "六合彩": ["lhc", "六和彩", "6合彩"], "时时彩": ["ssc", "時時彩"], "上岸": ["上🚢", "shang岸"], "回血": ["回xue", "回🩸"],
    "加V": ["+V", "加❤", "加薇"], "微信": ["薇信", "v信", "wei信"], "私聊": ["si聊", "私💬", "私.聊"],
    "小姐": ["小jie", "小🐔"], "约炮": ["yp", "约pao", "約炮"], "裸聊": ["luo聊", "裸.聊", "ll"], "成人": ["成.人", "cheng人"],
    "冰": ["❄️", "bing", "🧊"], "叶子": ["🍃", "yz", "葉子"], "K粉": ["k粉", "K.粉", "🅺粉"], "麻古": ["麻果", "MG"],
    "刷单": ["shua单", "刷.单", "刷dan"], "跑分": ["pao分", "跑.分"], "诈骗": ["zp"], "洗钱": ["洗💰", "xi钱"],
    "外挂": ["wg", "外.挂", "外卦"], "木马": ["🐴", "mu马"], "破解": ["po解", "破.解"], "盗号": ["dao号", "盜號"],
    "傻逼": ["sb", "煞笔", "傻b", "傻🐂"], "废物": ["fw", "廢物"], "智障": ["zz", "智zhang"], "脑残": ["nc", "腦殘"],
    "他妈": ["ta妈", "tm"], "妈的": ["md", "嗎的"], "猪": ["🐷", "zhu"], "狗": ["🐶", "gou"],
    "枪": ["qiang", "🔫", "槍"], "刀": ["🔪", "dao"], "炸": ["💣", "zha"], "弄死": ["弄s", "nong死"], "砍": ["kan", "砍🔪"],
    "日入过万": ["🈷️入过万", "日入过w", "日入過萬"], "稳赚": ["wen赚", "穩賺"],
}
HOT = ["上门", "包夜", "全套", "资源", "小姐", "赌球", "彩金", "上分", "下分", "代理", "平台", "同城", "面交", "处方",
       "兼职", "垫付", "返利", "佣金", "账户", "转账", "收卡", "投资", "收益", "带单", "汽油", "弄死", "打断", "现货",
       "开刃", "包邮", "外挂", "激活", "查询", "数据", "密码", "漏洞", "脑子", "垃圾", "滚出", "智障", "废物", "蠢货"]
TRAD = str.maketrans("说这个们来时会过还对开发点进钱赚没动样话现实问带贷让请认经单网号码数", "說這個們來時會過還對開發點進錢賺沒動樣話現實問帶貸讓請認經單網號碼數")


def to_trad(t):
    try:
        import opencc
        return opencc.OpenCC("s2t").convert(t)
    except ImportError:
        return t.translate(TRAD)


def evade(t):
    kws = [k for k in KW if k in t]
    r = rng.random()
    if kws and r < 0.7:
        for k in rng.sample(kws, min(len(kws), rng.randint(1, 2))):
            t = t.replace(k, rng.choice(KW[k]), 1)
        return t
    if r < 0.85:
        return to_trad(t)
    sep = rng.choice([" ", "*", ".", "·", "/", "_"])
    hot = [w for w in HOT if w in t]
    if hot:
        w = rng.choice(hot)
        return t.replace(w, sep.join(w), 1)
    return to_trad(t)


def grams(t):
    return {t[i:i + 3] for i in range(len(t) - 2)} or {t}


def main():
    per_sub = int(sys.argv[1]) if len(sys.argv) > 1 else 95
    quota = {"p": 90, "g": 90, "d": 100, "f": 90, "v": 95, "c": 110, "a": 80, "ok": 100}
    lines = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    texts = {x["text"] for x in lines}
    gl = [grams(x["text"]) for x in lines]
    inv = {}
    for i, g in enumerate(gl):
        for t in g:
            inv.setdefault(t, []).append(i)

    def ok(t):
        g = grams(t)
        cnt = {}
        for x in g:
            for j in inv.get(x, ()):
                cnt[j] = cnt.get(j, 0) + 1
        return all(c / (len(g) + len(gl[j]) - c) < 0.5 for j, c in cnt.items())

    out = []
    for frames, slots, evp in [(PORN, PORN_S, .3), (GAMB, GAMB_S, .3), (DRUG, DRUG_S, .3), (FRAUD, FRAUD_S, .25),
                               (VIOL, VIOL_S, .25), (CYBER, CYBER_S, .25), (ABUSE, ABUSE_S, .3), (OK, OK_S, 0)]:
        want = quota.get(frames[0][0].split()[0], per_sub) if per_sub == 95 else per_sub
        made, tries = 0, 0
        order = []
        while made < want and tries < want * 60:
            if not order:
                order = list(range(len(frames)))
                rng.shuffle(order)
            code, tpl = frames[order.pop()]
            tries += 1
            t = fill(tpl, slots)
            if rng.random() < evp:
                t = evade(t)
            if t in texts or not ok(t):
                continue
            subs = [] if code == "ok" else sorted((SUBS[c] for c in code.split()),
                                                  key=lambda s: (ORDER.index(s.split("/")[0]), s))
            labs = sorted({s.split("/")[0] for s in subs}, key=ORDER.index)
            texts.add(t)
            g = grams(t)
            gl.append(g)
            for x in g:
                inv.setdefault(x, []).append(len(gl) - 1)
            out.append({"text": t, "labels": labs, "subs": subs, "source": SRC})
            made += 1
        print(frames[0][0], made, tries, file=sys.stderr)
    if "--dry" in sys.argv:
        for x in rng.sample(out, 40):
            print(x["text"], x["subs"])
        return
    with open(OUT, "a", encoding="utf-8") as fo:
        for x in out:
            fo.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
