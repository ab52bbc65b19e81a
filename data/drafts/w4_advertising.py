# w4 generator for w4_advertising.jsonl: hand-written batches + slot-filled advertising lines (minority part).
import random, string, re

R = random.Random(20240404)

# ---------------------------------------------------------------- contact slots
SYL = ['xiao', 'mei', 'li', 'wang', 'zhang', 'chen', 'lin', 'hao', 'yun', 'fei', 'jia', 'ming', 'tian', 'yu', 'qing',
       'an', 'bo', 'kai', 'lu', 'nan', 'xin', 'hui', 'ting', 'rui', 'sun', 'zhou', 'wu', 'he', 'gao', 'song', 'tang',
       'fu', 'cai', 'jin', 'le', 'duo', 'bao', 'tao', 'shun', 'fa']
TAGS = ['vip', 'kf', 'shop', 'hao', 'tuan', 'dk', 'jz', 'lc', 'mm', 'gg', 'fl', 'zs', 'dl', 'pf', 'cs', 'jd', 'tb', 'fx', 'zx', '']
USED = set()

def uniq(fn):
    for _ in range(50):
        v = fn()
        if v not in USED:
            USED.add(v); return v
    return v

def wxid():
    def f():
        k = R.random()
        d = ''.join(R.choice(string.digits) for _ in range(R.randint(2, 5)))
        if k < 0.15:
            return 'wxid_' + ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(R.randint(12, 14)))
        if k < 0.55:
            return R.choice(SYL) + R.choice(['_', '', '-', '__']) + R.choice(TAGS) + d
        if k < 0.8:
            return R.choice(SYL) + R.choice(SYL) + R.choice(['_', '']) + d
        return R.choice(string.ascii_letters) + R.choice(string.ascii_lowercase) + R.choice(string.ascii_lowercase) + '_' + d
    return uniq(f)

CIRC = dict(zip('0123456789', '⓪①②③④⑤⑥⑦⑧⑨'))
HAN = dict(zip('0123456789', ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九']))
HAN2 = dict(zip('0123456789', ['〇', '一', '两', '三', '四', '五', '六', '拐', '八', '勾']))
KEYCAP = dict(zip('0123456789', ['0️⃣', '1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣']))
FULLW = dict(zip('0123456789', '０１２３４５６７８９'))

def obf_digits(s, p=0.5):
    if R.random() > p:
        return s, False
    m = R.choice([CIRC, HAN, HAN2, KEYCAP, FULLW, 'space'])
    if m == 'space':
        return ' '.join(s), True
    return ''.join(m.get(c, c) for c in s), True

def qq():
    return uniq(lambda: str(R.randint(1, 9)) + ''.join(R.choice(string.digits) for _ in range(R.randint(7, 9))))

PHP = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '173', '176',
       '177', '178', '180', '181', '182', '185', '186', '187', '188', '189', '191', '195', '198', '199']

def phone():
    n = uniq(lambda: R.choice(PHP) + ''.join(R.choice(string.digits) for _ in range(8)))
    k = R.random()
    if k < 0.4: return n
    if k < 0.6: return f'{n[:3]}-{n[3:7]}-{n[7:]}'
    if k < 0.75: return f'{n[:3]} {n[3:7]} {n[7:]}'
    if k < 0.85: return '+86 ' + n
    return obf_digits(n, 1.0)[0]

ALNUM = string.ascii_letters + string.digits
SHORT = ['t.cn/', 'dwz.cn/', 'bit.ly/', 'url.cn/', 'tinyurl.com/', 'suo.im/', 'is.gd/', 'w.url.cn/s/']
TLD = ['.top', '.xyz', '.vip', '.cc', '.club', '.site', '.shop', '.icu', '.cn', '.com', '.net', '.work', '.fun']
DOMW = ['fuli', 'hongbao', 'quan', 'vip', 'gift', 'ling', 'kk', 'go', 'win', 'zhuan', 'cash', 'daikuan', 'licai',
        'jz', 'task', 'coin', 'app', 'mall', 'shop', 'h5', 'm', 'zz', 'tg', 'live', 'fans']

def url():
    def f():
        if R.random() < 0.5:
            return R.choice(SHORT) + ''.join(R.choice(ALNUM) for _ in range(R.randint(6, 8)))
        dom = R.choice(DOMW) + R.choice(['', '-', '']) + R.choice(DOMW + [str(R.randint(6, 999))]) + R.choice(TLD)
        path = R.choice(['/r/', '/s/', '/?id=', '/reg?code=', '/i/', '/h5/', '/x/', '/dl/']) + ''.join(R.choice(ALNUM) for _ in range(R.randint(3, 6)))
        return R.choice(['https://', 'http://', '', 'https://www.']) + dom + path
    return uniq(f)

GZH = ['省钱日记', '好物研究所', '财富密码站', '副业联盟', '每日领券', '宝妈福利社', '股海明灯', '职场搞钱',
       '生活优选汇', '理财小课堂', '兼职任务厅', '今日福利君', '城市吃喝玩乐', '家门口优选', '币圈观察', '赚钱研究社']

WX_WORD = ['微信', '微信', '微信', '微信', '微信', '微信', '微信号', '微信号', 'V', 'v', 'VX', 'vx', 'wx', 'WX', '薇', '薇❤', 'V❤', '威', '威信', '卫星', 'V信', '徽信', '绿泡泡', 'V💬', '🛰']
ADD_WORD = ['加', '加', '+', '➕', '添加', '加个']

def contact(kind=None):
    """returns (text, is_evasive)"""
    k = kind or R.choices(['wx', 'qq', 'url', 'qr', 'priv', 'phone', 'gzh'], [40, 10, 15, 12, 12, 7, 4])[0]
    if k == 'wx':
        w = R.choice(WX_WORD)
        ev = w not in ('微信', '微信号', 'VX', 'wx', 'WX')
        idv = wxid()
        if R.random() < 0.12:
            idv = ' '.join(idv); ev = True
        a = R.choice(ADD_WORD)
        if w in ('微信', '微信号') and a in ('+', '➕') and R.random() < 0.7: a = '加'
        ev = ev or a in ('+', '➕')
        sep = R.choice(['：', ':', ' ', '：', ''])
        t = R.choice([f'{a}{w}{sep}{idv}', f'{w}{sep}{idv}', f'{a}{w}{sep}{idv} 备注来意', f'有意者{a}{w}{sep}{idv}',
                      f'{a}我{w}{sep}{idv}', f'详情{a}{w}{sep}{idv}', f'{w}号{sep}{idv}'])
        t = t.replace('加个我', '加我').replace('号号', '号')
        return t, ev
    if k == 'qq':
        q, ev = obf_digits(qq(), 0.6)
        w = R.choice(['QQ', 'Q', '扣扣', '企鹅', 'qq', '扣'])
        ev = ev or w in ('扣扣', '企鹅', '扣')
        return R.choice([f'{w}：{q}', f'加{w} {q}', f'联系{w}{q}', f'{w}号{q}']), ev
    if k == 'url':
        return R.choice(['点击链接', '戳链接', '👉', '入口：', '链接：', '详情点', '注册地址', '点这里']) + ' ' + url(), False
    if k == 'qr':
        return R.choice(['扫码进群[图片]', '扫下方二维码[图片]', '长按识别二维码👇[图片]', '👇扫码👇[图片]', '扫码咨询 [图片]',
                         '扫码加我[图片]', '[图片] 扫码领取', '扫一扫进福利群[图片]']), False
    if k == 'priv':
        t = R.choice(['私聊', '私我', '私信我', '私✉️', '私❤', '私聊详谈', '感兴趣私聊', '有意私我', 'si我', '私戳', '滴滴我', '敲我'])
        return t, t in ('私✉️', '私❤', 'si我', '私戳')
    if k == 'phone':
        p = phone()
        return R.choice([f'☎{p}', f'电话：{p}', f'📞{p}（微信同号）', f'联系电话 {p}', f'热线{p}', f'手机{p}']), not p[0].isdigit() and not p.startswith('+')
    return R.choice(['关注公众号', '公众号搜', '关注']) + f'「{R.choice(GZH)}」' + R.choice(['回复“福利”', '领取', '了解详情', '']), False

# ---------------------------------------------------------------- text evasion
SWAP = [('微信', ['薇信', '威信', 'V信', 'wei信', '徽信']), ('加V', ['➕V', '+V', '伽V']), ('兼职', ['兼値', '兼耺', '兼 职', 'jian职', '兼.职']),
        ('刷单', ['刷単', '刷 单', 'shua单', '唰单']), ('贷款', ['贷 款', '贷.款', 'dai款', '代款']), ('月入', ['🈷️入', '月 入', 'yue入']),
        ('日结', ['日 结', '曰结', 'ri结']), ('赚钱', ['賺钱', 'zhuan钱', '赚 钱', '💰']), ('信用卡', ['信 用 卡', 'xyk', '信.用.卡']),
        ('股票', ['股 票', 'gu票', '股漂']), ('征信', ['征 信', 'zx', '正信']), ('私聊', ['私✉️', 'si聊', '私 聊'])]

def evade(t):
    c = [(a, b) for a, b in SWAP if a in t]
    if not c:
        return t, False
    a, b = R.choice(c)
    return t.replace(a, R.choice(b), 1), True

def deco(t):
    k = R.random()
    if k < 0.05: return R.choice(['🔥🔥', '🔥', '💥', '📢']) + t + R.choice(['🔥🔥', '', '！！'])
    if k < 0.13: return t + R.choice(['！！！', '!!!', '～～', '💰💰💰', '👍👍', '❗❗'])
    if k < 0.26 and '，' in t and not t.startswith('【'):
        a, b = t.split('，', 1)
        return '【' + a + '】' + b
    if k < 0.3: return R.choice(['打扰了，', '不好意思打扰一下，', '各位，', '@所有人 ', '家人们，', '哈喽，']) + t
    return t

# ---------------------------------------------------------------- slot pools
FRUIT = [('赣南脐橙', 10, 49, 79), ('阳光玫瑰', 5, 59, 99), ('烟台苹果', 10, 45, 69), ('海南贵妃芒', 5, 39, 59), ('四川耙耙柑', 9, 49, 69),
         ('丹东草莓', 3, 69, 128), ('砂糖橘', 10, 29, 45), ('冰糖心苹果', 10, 55, 78), ('红心猕猴桃', 5, 35, 55), ('智利车厘子', 2, 99, 199),
         ('泰国金枕榴莲', 6, 168, 268), ('奉节脐橙', 10, 48, 66), ('蒙自石榴', 8, 52, 72), ('库尔勒香梨', 8, 45, 65), ('仙居杨梅', 3, 88, 138)]
BEAUTY = ['玻尿酸面膜', '烟酰胺精华', '补水喷雾', '防晒霜', '眼霜', '洗面奶', '素颜霜', '口红套装', '美白身体乳', '祛痘精华', '安瓶精华', '冻干粉']
HEALTH = ['深海鱼油', '辅酶Q10', '氨糖软骨素', '蛋白粉', '益生菌', '叶黄素', '钙片', '灵芝孢子粉', '纳豆激酶', '酵素', '胶原蛋白肽', '维生素B族']
DAIGOU = [('日本', ['DHC卸妆油', '小林退热贴', '资生堂安耐晒', '狮王牙膏', '参天眼药水']), ('韩国', ['后天气丹', '雪花秀', '兰芝睡眠面膜', '正官庄红参']),
          ('香港', ['惠氏奶粉', '保心安油', '珍珠末', '莎莎护肤品']), ('澳洲', ['a2奶粉', 'Swisse胶原蛋白', '绵羊油', '袋鼠精']),
          ('法国', ['理肤泉', '雅漾喷雾', '娇韵诗', '兰蔻小黑瓶']), ('美国', ['Costco坚果', '善存', '雅诗兰黛小棕瓶', 'Coach包'])]
SHOPS = ['火锅店', '奶茶店', '烘焙坊', '美甲店', '足疗店', '烧烤店', '面馆', '便利店', '理发店', '宠物店', '健身房', '眼镜店', '花店',
         '烤肉店', '咖啡馆', '洗车店', '麻辣烫', '剧本杀', '台球厅', '汉服馆', '书店', '干洗店', '按摩馆', '早餐店']
PLACES = ['万达广场三楼', '人民路88号', '公司南门对面', '地铁站B出口', '大学城步行街', '园区食堂旁边', '建设路口', '吾悦广场一楼',
          '老街中段', '东湖小区门口', '新华书店隔壁', '滨江路12号', '高铁站旁', '中心医院对面', '星河湾商业街']
COURSE = ['公务员考试', '教资面试', '初级会计', 'PMP', '雅思', '考研政治', '少儿编程', '书法', '少儿英语', '一建', '心理咨询师',
          '短视频运营', 'Python数据分析', '钢琴', '成人本科', '专升本', '事业单位', 'CPA', '健康管理师', '幼儿美术']
HOUSE = ['翠湖苑', '阳光城', '滨江壹号', '御景湾', '金色家园', '万科城', '碧桂园', '锦绣华庭', '保利天悦', '融创府', '世纪花园', '春江明月']
PLAT = ['抖音', '快手', '小红书', '视频号', 'B站', '微博', '公众号', '知乎', '西瓜视频', '微视']
SHOPP = ['淘宝', '拼多多', '京东', '美团', '大众点评', '饿了么', '携程', '抖音小店', '天猫', '闲鱼']
STOCKS = ['科技', '新能源', '半导体', '医药', '军工', '白酒', '券商', '光伏', '算力', '机器人', '低空经济', '稀土']
COINS = ['BTC', 'ETH', 'USDT', 'SOL', 'DOGE', '狗狗币', '比特币', '以太坊', '新币', '平台币']
INS = ['重疾险', '百万医疗险', '意外险', '年金险', '增额终身寿', '防癌险', '教育金', '养老金保险', '车险', '惠民保', '定期寿险', '少儿险']
BANKS = ['工行', '建行', '农行', '招行', '中行', '交行', '兴业', '浦发', '平安银行', '邮储']
CERTS = ['学历证', '健康证', '电工证', '焊工证', '叉车证', '教师资格证', '会计证', '毕业证', '学位证', '建造师证', '驾照', '导游证', '护士证']
ACCTS = ['微信号', 'QQ号', '抖音号', '快手号', '小红书号', '王者荣耀号', '淘宝买家号', '闲鱼号', '支付宝账户', '微博号']
WRITE = ['毕业论文', '年终总结', '述职报告', '心得体会', '思想汇报', '开题报告', '检讨书', '简历', '标书', '课程作业', '读书笔记', '演讲稿']
EXAMS = ['四六级', '科目一', '科目四', '计算机二级', '自考', '成人高考', '教资笔试', '普通话', '会计初级', '雅思']


def p(lo, hi, step=1):
    return R.randrange(lo, hi + 1, step)

# ---------------------------------------------------------------- frames
# each frame: function -> (text, subs list); {CT} marks where the contact goes, or frame returns text w/o contact slot

def F_commercial():
    fr, pr = R.choice(FRUIT), None
    f, n, lo, hi = fr
    d, items = R.choice(DAIGOU)
    it = R.choice(items)
    shop, place = R.choice(SHOPS), R.choice(PLACES)
    b, h, c, hs = R.choice(BEAUTY), R.choice(HEALTH), R.choice(COURSE), R.choice(HOUSE)
    frames = [
        f'{f}产地直发，{n}斤装{p(lo, hi)}元包邮，坏果包赔{{CT}}',
        f'自家果园的{f}熟了，{n}斤{p(lo, hi)}，要的同事接龙{{CT}}',
        f'{f}开团啦，{n}斤只要{p(lo, hi)}.9，{R.choice(["明天", "周五", "今晚十点"])}截单{{CT}}',
        f'今年的{f}特别甜，果农直销，{n}斤装才{p(lo, hi)}块{{CT}}',
        f'{d}代购{R.choice(["下周", "月底", "这周末"])}回国，{it}还能带{p(3, 20)}单，比专柜便宜{p(20, 45)}%{{CT}}',
        f'{d}直邮{it}，正品保证假一赔十，现货{p(2, 30)}件{{CT}}',
        f'{it}只要{p(79, 399)}，{d}免税店小票可查{{CT}}',
        f'新店开业！{place}的{shop}前三天全场{R.choice(["五折", "六八折", "八折", "买一送一"])}{{CT}}',
        f'{shop}开张大吉，充{p(2, 10) * 100}送{p(1, 5) * 50}，地址：{place}{{CT}}',
        f'我朋友在{place}开了家{shop}，报我名字打{R.choice(["八", "八五", "九", "七"])}折{{CT}}',
        f'{b}买二送一，一盒{p(29, 99)}，敏感肌也能用{{CT}}',
        f'专柜同款{b}，代理价{p(19, 69)}，零售{p(79, 199)}，招代理{{CT}}',
        f'{b}清仓，原价{p(199, 399)}现在{p(49, 129)}，{R.choice(["数量不多", "先到先得", "卖完即止"])}{{CT}}',
        f'中老年人必备{h}，买三送一，一瓶{p(69, 299)}{{CT}}',
        f'{h}美国原装进口，家里有老人的可以了解下，现在做活动{p(99, 499)}两瓶{{CT}}',
        f'{h}，增强免疫力，比药店便宜一半，{R.choice(["厂家直发", "全国包邮", "员工价"])}{{CT}}',
        f'{c}培训班招生，报名立减{p(2, 10) * 100}，{R.choice(["不过退费", "名师授课", "小班教学", "包教包会"])}{{CT}}',
        f'{c}冲刺班还有{p(3, 15)}个名额，往届通过率{p(80, 98)}%{{CT}}',
        f'想学{c}的看过来，试听课免费，正课{p(5, 40) * 100}元{{CT}}',
        f'{hs}{R.choice(["两室", "三室", "四室"])}急售，{p(60, 140)}平，总价{p(80, 320)}万，{R.choice(["满五唯一", "南北通透", "精装修", "地铁口"])}{{CT}}',
        f'{hs}地下车位转让，{p(8, 25)}万一口价，产权清晰{{CT}}',
        f'{hs}新盘认筹，首付{p(10, 50)}万起，买房送车位{{CT}}',
        f'帮我砍一刀吧，拼多多还差{R.choice(["0.1", "0.3", "0.5", "1", "0.01"])}%就能免费拿{R.choice(["电饭煲", "空气炸锅", "充电宝", "吹风机", "洗衣液", "手机"])}了{R.choice(["[捂脸]", "🙏", "[抱拳]", ""])}',
        f'拼多多助力一下谢谢，{R.choice(["点开就行", "不用下载", "一秒钟的事"])} {{CT}}',
        f'{R.choice(["美团", "饿了么", "京东", "淘宝"])}内部优惠券，每天都能领，最高减{p(10, 50)}{{CT}}',
        f'{R.choice(["肯德基", "瑞幸", "星巴克", "麦当劳", "喜茶"])}的券低价出，{p(5, 15)}块一张{{CT}}',
        f'家里自己做的{R.choice(["腊肠", "辣椒酱", "牛肉酱", "酸菜", "粽子", "月饼", "麻花", "米酒"])}，{p(15, 60)}一{R.choice(["斤", "瓶", "盒", "袋"])}，要的说{{CT}}',
        f'老家的{R.choice(["土鸡蛋", "土蜂蜜", "小米", "核桃", "红枣", "木耳", "香菇", "茶油"])}，纯天然，{p(30, 150)}一{R.choice(["箱", "斤", "袋", "桶"])}{{CT}}',
        f'{R.choice(["羽绒服", "运动鞋", "卫衣", "连衣裙", "童装", "保暖内衣"])}清仓，一律{p(39, 199)}，尺码齐全{{CT}}',
        f'高端{R.choice(["白酒", "红酒", "茶叶", "海参", "燕窝"])}礼盒，送客户有面子，{p(3, 20) * 100}一盒{{CT}}',
        f'{R.choice(["装修", "全屋定制", "家电清洗", "搬家", "开锁", "保洁"])}找我，{R.choice(["价格透明", "免费上门", "不满意不收钱", "老客户八折"])}{{CT}}',
        f'{R.choice(["婚纱照", "儿童照", "证件照", "全家福"])}套餐{p(3, 30) * 100 - 1}，这个月订再送{R.choice(["相册", "摆台", "化妆", "底片"])}{{CT}}',
        f'{R.choice(["二手iPhone", "闲置iPad", "二手笔记本", "九成新相机"])}出，{p(8, 50) * 100}，{R.choice(["同事优先", "可验机", "送壳"])}{{CT}}',
        f'{R.choice(["健身", "游泳", "瑜伽", "舞蹈"])}年卡转让，还剩{p(3, 11)}个月，{p(5, 25) * 100}出{{CT}}',
        f'周末{R.choice(["采摘", "农家乐", "露营", "温泉", "漂流"])}套餐，每人{p(68, 298)}，团建也可以{{CT}}',
        f'{R.choice(["月嫂", "育儿嫂", "保姆", "钟点工"])}服务，持证上岗，{R.choice(["价格实在", "签正规合同", "不满意可换"])}{{CT}}',
        f'卖{R.choice(["茶具", "香薰", "手工皂", "饰品", "手机壳", "绘本"])}，{p(19, 199)}元起，欢迎来看{{CT}}',
        f'{R.choice(["酒店", "民宿", "农庄"])}国庆特价房，{p(199, 699)}一晚含早{{CT}}',
        f'汽车{R.choice(["保养", "贴膜", "洗车", "改色", "钣喷"])}做活动，{p(69, 999)}元{R.choice(["全包", "起", "一次"])}，地址{place}{{CT}}',
        f'{R.choice(["空调", "冰箱", "洗衣机", "净水器", "扫地机器人"])}出厂价，比{R.choice(["京东", "商场", "官网"])}便宜{p(2, 10) * 100}{{CT}}',
        f'{R.choice(["猫粮", "狗粮", "猫砂"])}批发价，{p(5, 20)}斤装{p(39, 199)}，铲屎官看过来{{CT}}',
        f'宝妈们，{R.choice(["纸尿裤", "奶粉", "辅食", "婴儿湿巾"])}团购价{p(59, 299)}，满{p(3, 10)}件包邮{{CT}}',
        f'暑期{R.choice(["托管班", "游泳班", "夏令营", "研学营"])}招生，{p(8, 40) * 100}一期{{CT}}',
    ]
    return R.choice(frames), ['advertising/commercial']


def F_blackmarket():
    pl, pl2 = R.sample(PLAT, 2)
    sp = R.choice(SHOPP)
    ce, ac, wr, ex = R.choice(CERTS), R.choice(ACCTS), R.choice(WRITE), R.choice(EXAMS)
    n = p(100, 600, 10)
    frames = [
        (f'兼职刷单，手机操作，日赚{n}+，一单一结{{CT}}', 'f'),
        (f'在家动动手指就能赚，{sp}补单，佣金{p(5, 30)}元一单，本金秒返{{CT}}', 'f'),
        (f'招聘线上兼职：点赞、关注、评论，{p(1, 5)}元一个，日结{{CT}}', 'f'),
        (f'宝妈学生党兼职，每天{p(1, 3)}小时，月入{p(3, 9)}千{{CT}}', 'f'),
        (f'做任务领佣金，首单必返{p(5, 20)}元，{R.choice(["不收押金", "零门槛", "一部手机就行"])}{{CT}}', 'f'),
        (f'{pl}涨粉，{R.choice([str(p(1, 9)) + "千", str(p(1, 5)) + "万"])}粉只要{p(10, 80)}元，不掉粉{{CT}}', ''),
        (f'{pl}刷播放刷点赞，{p(1, 10)}万播放{p(20, 200)}元，秒到账{{CT}}', ''),
        (f'{pl}买粉买赞，真人活粉，支持自助下单{{CT}}', ''),
        (f'{sp}刷好评，带图追评，一条{p(3, 15)}元，量大从优{{CT}}', 'f'),
        (f'{pl}、{pl2}代发笔记，素人铺量{p(50, 500, 50)}篇起{{CT}}', ''),
        (f'代发朋友圈广告，好友{p(1, 5)}千人以上可接单，每条{p(10, 50)}元{{CT}}', ''),
        (f'精准引流，宝妈粉、股民粉、创业粉，{p(1, 10)}元一个{{CT}}', ''),
        (f'{pl}引流到私域，日引{p(100, 800, 50)}精准粉{{CT}}', ''),
        (f'代写{wr}，{R.choice(["原创保过", "包改到满意", "查重率低", "加急当天交"])}，{p(50, 3000, 50)}一篇{{CT}}', ''),
        (f'{wr}代写，体制内的活都熟，价格好谈{{CT}}', ''),
        (f'{ex}代考，包过，不过退款{{CT}}', 'f'),
        (f'{ex}保过班，考场有人，{R.choice(["先付一半", "出分付尾款", "价格私聊"])}{{CT}}', 'f'),
        (f'{ce}代办，不用考试，{R.choice(["网上可查", "三天出证", "可查可验"])}{{CT}}', 'f'),
        (f'办证：{ce}、{R.choice(CERTS)}，加急{p(1, 7)}天拿证{{CT}}', 'f'),
        (f'出售{ac}，{R.choice(["老号", "实名号", "带粉号", "高等级号"])}，{p(30, 800)}元起{{CT}}', ''),
        (f'高价收{ac}，实名的{p(100, 600)}一个，当天结{{CT}}', ''),
        (f'收银行卡，一套（卡+U盾+手机卡）{p(8, 30) * 100}，{R.choice(["当面交易", "不压款", "现结"])}{{CT}}', 'f'),
        (f'高价收手机卡，实名的一张{p(100, 500)}，不影响你正常用{{CT}}', 'f'),
        (f'收{R.choice(BANKS)}卡、{R.choice(BANKS)}卡，一类卡{p(10, 30) * 100}，二类卡也收{{CT}}', 'f'),
        (f'租你的支付宝微信跑流水，每天{p(50, 300)}，随时可停{{CT}}', 'f'),
        (f'跑腿兼职：帮忙去银行取现转交，一次{p(3, 15) * 100}{{CT}}', 'f'),
        (f'跑腿：带个包裹去{R.choice(["深圳", "广州", "昆明", "南宁", "厦门"])}，不用问是啥，一趟{p(5, 30) * 100}{{CT}}', 'f'),
        (f'招跑分，用收款码收款再转出，佣金{p(1, 5)}个点{{CT}}', 'f'),
        (f'空包代发，真实物流，{R.choice(["一单1块", "1.5一单", "量大8毛"])}{{CT}}', 'f'),
        (f'{pl}直播间刷人气，{p(5, 50) * 100}人在线一小时{p(50, 300)}{{CT}}', ''),
        (f'网络投票刷票，{p(1, 10)}千票{p(30, 200)}元，IP不重复{{CT}}', ''),
        (f'应用商店刷评分刷下载，{R.choice(["iOS", "安卓", "双端"])}都做{{CT}}', ''),
        (f'驾照扣分代消，一分{p(80, 200)}，不用本人到场{{CT}}', 'f'),
        (f'病假条、诊断证明代开，{R.choice(["三甲医院", "可盖章", "加急"])}{{CT}}', 'f'),
        (f'发票代开，{R.choice(["点数低", "可查验", "各行业都能开"])}{{CT}}', 'f'),
        (f'群发软件、自动加人软件出售，{p(99, 999)}一套{{CT}}', 'c'),
        (f'{R.choice(["吃鸡", "王者", "原神", "CF", "LOL"])}辅助，{R.choice(["透视自瞄", "稳定不封", "一天十块"])}{{CT}}', 'c'),
        (f'代抢{R.choice(["演唱会门票", "茅台", "专家号", "火车票", "球鞋"])}，成功收{p(50, 500)}手续费{{CT}}', ''),
        (f'在家手工串珠、打字录入，月入{p(3, 8)}千，先交{p(99, 499)}押金领材料{{CT}}', 'f'),
        (f'代刷网课，{R.choice(["学习通", "智慧树", "继续教育", "学习强国"])}全包，{p(20, 150)}一门{{CT}}', ''),
        (f'打卡代签到，{R.choice(["钉钉", "企业微信", "学习通"])}远程定位，{p(49, 199)}一个月{{CT}}', ''),
        (f'收购营业执照、对公账户，{p(2, 8) * 1000}一户{{CT}}', 'f'),
        (f'招兼职打字员，千字{p(20, 60)}，手机就能做{{CT}}', ''),
        (f'帮注册APP拉新，一个新用户给{p(10, 40)}元，只需身份证和验证码{{CT}}', 'f'),
    ]
    t, x = R.choice(frames)
    subs = ['advertising/black_market'] + (['illegal_vulgar/fraud'] if x == 'f' else ['illegal_vulgar/cyber'] if x == 'c' else [])
    return t, subs


def F_finance():
    bk, ins, st, co = R.choice(BANKS), R.choice(INS), R.choice(STOCKS), R.choice(COINS)
    amt = p(1, 50)
    frames = [
        (f'贷款秒批，无抵押无担保，额度{amt}万以内当天到账{{CT}}', 'f'),
        (f'征信花也能下，不看负债，{p(1, 5)}小时放款{{CT}}', 'f'),
        (f'黑户白户都能做，身份证就能借，最高{p(3, 30)}万{{CT}}', 'f'),
        (f'急用钱找我，月息{R.choice(["1分", "2分", "8厘", "1.5分"])}，不查征信{{CT}}', 'f'),
        (f'网贷逾期不用怕，停息挂账协商分期，先付{p(5, 30) * 100}服务费{{CT}}', 'f'),
        (f'信用卡代还，手续费{R.choice(["0.6", "0.8", "1", "1.2"])}个点，还完立刻刷出来{{CT}}', 'f'),
        (f'信用卡提额，内部通道，{p(1, 9)}千提到{p(3, 10)}万{{CT}}', ''),
        (f'花呗白条套现，费率{p(5, 12)}%，秒到{{CT}}', 'f'),
        (f'{bk}消费贷年化{R.choice(["2.88", "3.05", "3.2", "3.45", "2.98"])}%起，最高{p(20, 80)}万{{CT}}', ''),
        (f'房抵经营贷，最长{R.choice(["10", "20", "30"])}年，先息后本，{bk}直批{{CT}}', ''),
        (f'公积金信用贷，纯信用最高{p(30, 100)}万，审批快{{CT}}', ''),
        (f'企业税贷票贷，凭纳税记录最高{p(50, 500, 50)}万{{CT}}', ''),
        (f'汽车抵押贷，押证不押车，{R.choice(["当天放款", "两小时到账", "不看征信"])}{{CT}}', ''),
        (f'{ins}现在买最划算，{p(25, 45)}岁一年只要{p(3, 90) * 100}{{CT}}', ''),
        (f'我现在在做保险，{ins}可以帮大家出方案，免费咨询{{CT}}', ''),
        (f'{ins}下月停售，想给家人配置的抓紧{{CT}}', ''),
        (f'年底冲业绩，{ins}{R.choice(["帮帮忙", "送礼品", "送体检卡"])}，有需要找我{{CT}}', ''),
        (f'车险续保比4S店便宜{p(15, 40)}%，还送{R.choice(["洗车卡", "机油", "加油卡", "保养"])}{{CT}}', ''),
        (f'理财产品年化{R.choice(["4.2", "4.5", "5.1", "5.8", "6"])}%，保本保息，{R.choice(["稳赚不赔", "零风险", "到期还本"])}{{CT}}', 'f'),
        (f'{bk}理财子新发产品，业绩基准{R.choice(["2.8", "3.0", "3.2", "3.5"])}%，{R.choice(["随存随取", "起投一万", "三个月期"])}{{CT}}', ''),
        (f'{bk}大额存单，{p(2, 5)}年期{R.choice(["2.6", "2.75", "2.9", "3.1"])}%，{R.choice(["名额有限", "20万起存", "新客有礼"])}{{CT}}', ''),
        (f'基金定投现在是好时机，我是持证投顾，免费帮你配置{{CT}}', ''),
        (f'{st}板块要起飞了，老师明天推{p(2, 5)}只票，进群免费领{{CT}}', 'f'),
        (f'荐股群限时免费，上周推荐的{p(3, 6)}只全部涨停{{CT}}', 'f'),
        (f'内幕消息，{st}龙头下周至少翻倍，要代码的{{CT}}', 'f'),
        (f'免费诊股，专业老师帮你解套，{R.choice(["不收费", "盈利再分成", "限前50名"])}{{CT}}', 'f'),
        (f'带单老师本月收益{p(100, 500)}%，{st}板块跟着做就对了{{CT}}', 'f'),
        (f'{co}合约带单，胜率{p(85, 98)}%，日收益{p(3, 30)}%{{CT}}', 'f'),
        (f'{co}理财，日化{R.choice(["1", "1.2", "1.5", "2"])}%，本金随时可取{{CT}}', 'f'),
        (f'新币上所前认购，价格{R.choice(["0.001", "0.01", "0.05"])}U，目标百倍{{CT}}', 'f'),
        (f'收U出U，{co}汇率比市场高{R.choice(["0.05", "0.1", "0.2"])}{{CT}}', 'f'),
        (f'外汇黄金跟单，月收益保底{p(15, 40)}%，{R.choice(["亏损包赔", "稳赚不赔", "零风险"])}{{CT}}', 'f'),
        (f'期货配资，{p(3, 10)}倍杠杆，{R.choice(["当天开户", "低息", "稳定"])}{{CT}}', 'f'),
        (f'稳赚项目：投{p(1, 10)}万每月分红{p(5, 30) * 100}，合同保障{{CT}}', 'f'),
        (f'🈷️入过万不是梦，跟着老师投资{R.choice(["外汇", "黄金", "美股", "港股", "期货"])}{{CT}}', 'f'),
        (f'养老项目投资，投{p(3, 20)}万每年返{p(10, 25)}%，还送床位{{CT}}', 'f'),
        (f'原始股认购，明年上市，{p(1, 5)}元一股，上市后至少{p(5, 20)}倍{{CT}}', 'f'),
        (f'POS机免费领，费率0.{p(35, 60)}，秒到，养卡提额必备{{CT}}', 'f'),
        (f'征信修复，逾期记录消除，先付一半{{CT}}', 'f'),
        (f'【{R.choice(["平安", "招联", "微粒贷", "京东金融", "度小满"])}】您有{p(2, 20)}万元额度待领取，{R.choice(["今日有效", "逾期作废", "限时激活"])}{{CT}}', 'f'),
        (f'股票开户佣金万{R.choice(["0.85", "1", "1.2"])}免五，开户送Level2{{CT}}', ''),
        (f'装修贷、车贷、消费贷一站办理，利率全城最低{{CT}}', ''),
        (f'首付不够？提供首付贷，最高贷{p(30, 70)}%{{CT}}', 'f'),
        (f'过桥垫资，赎楼续贷，日息{R.choice(["千分之一", "万分之八", "万五"])}{{CT}}', ''),
        (f'我是{bk}客户经理，{R.choice(["信用卡", "消费贷", "理财", "存款"])}业务有需要的同事找我{{CT}}', ''),
        (f'数字藏品首发，一个{p(29, 199)}元，二级市场翻{p(5, 20)}倍{{CT}}', 'f'),
    ]
    t, x = R.choice(frames)
    return t, ['advertising/finance'] + (['illegal_vulgar/fraud'] if x == 'f' else [])


def F_leadgen():
    frames = [
        '想要资料的{CT}', '福利群新开，{CT}', '每天分享副业干货，{CT}', '需要的宝子{CT}', '领红包的{CT}',
        '群里不方便说，{CT}', '进群送{N}元红包，{CT}', '免费领取{THING}，{CT}', '有需要的朋友{CT}', '好东西分享，{CT}',
        '感兴趣的{CT}', '{THING}领取方式：{CT}', '想了解的{CT}，前{N}名有礼', '{CT}，拉你进内部群', '找我领{THING}，{CT}',
        '认识一下，{CT}', '交个朋友，{CT}', '还有名额，{CT}', '限时福利，{CT}', '宝妈交流群，{CT}',
        '{THING}免费送，{CT}', '关注我领{THING}', '老群满了，新群{CT}', '想赚零花钱的{CT}', '资源共享群，{CT}',
        '具体的{CT}', '需要的话{CT}', '有兴趣{CT}', '新人福利，{CT}', '纯干货，{CT}',
        '{THING}包邮送，只需要{CT}', '今晚直播间抽奖，{CT}', '每日签到领现金，{CT}', '内部名额，{CT}', '点赞{N}个送{THING}，{CT}',
        '本人{THING}，{CT}', '看朋友圈，{CT}', '不发广告了，想要的{CT}', '先到先得，{CT}', '福利来了🎁{CT}', '姐妹们{CT}',
    ]
    THINGS = ['电子书', '考公资料', 'PPT模板', 'Excel教程', '洗衣液', '纸巾', '鸡蛋', '红包', '体验课', '试用装', '网盘资源', '育儿资料',
              '减肥食谱', '简历模板', '会员卡', '小样', '优惠券', '入群码']
    t = R.choice(frames).replace('{N}', str(p(3, 200))).replace('{THING}', R.choice(THINGS))
    if '{CT}' not in t:
        t = t + '{CT}'
    return t, []


def build_line(kind):
    if kind == 'C': t, subs = F_commercial()
    elif kind == 'B': t, subs = F_blackmarket()
    elif kind == 'F': t, subs = F_finance()
    else: t, subs = F_leadgen()
    ev = False
    use_ct = kind == 'L' or R.random() < 0.68
    if '{CT}' in t:
        if use_ct:
            ct, ev = contact()
            if kind == 'L' and not ct.startswith(('加', '+', '➕', '添', '私', '扫', '点', '戳', '关注', '公众号', '长按', '👇', '[', '有意', '详情', '滴', '敲', 'si', '联系', '👉', '入口', '链接', '注册')):
                ct = R.choice(['加', '加我', '➕', '联系']) + ct
            sep = '' if kind == 'L' else R.choice(['，', '，', ' ', '！', '。'])
            t = t.replace('{CT}', sep + ct)
            subs = subs + ['advertising/lead_gen']
        else:
            t = t.replace('{CT}', '')
    elif 'lead' not in ''.join(subs) and any(w in t for w in ('点开', '助力')):
        pass
    if R.random() < 0.15:
        t, e2 = evade(t); ev = ev or e2
    t = deco(t)
    ORDER = ['confidential', 'privacy', 'illegal_vulgar', 'advertising', 'off_topic']
    subs = sorted(set(subs), key=lambda s: (ORDER.index(s.split('/')[0]), s))
    labels = []
    for s in subs:
        if s.split('/')[0] not in labels: labels.append(s.split('/')[0])
    return {'text': t, 'labels': labels, 'subs': subs, 'source': 'draft:w4', '_tpl': kind, '_ev': ev}

PLAN = {'B': 260, 'F': 270, 'C': 220, 'L': 110}

OPEN = ['', '', '', '', '', '打扰了，', '家人们，', '各位老板，', '有需要的看过来，', '哈喽各位，', '朋友们，', '姐妹们，', '兄弟们，',
        '不好意思刷个屏，', '福利来了！', '好消息！', '最后一天！', '长期有效：', '诚信合作，', '本人亲测，']
CLOSE = ['', '', '', '', '', '，名额有限', '，先到先得', '，长期有效', '，诚信经营', '，非诚勿扰', '，量大从优', '，童叟无欺',
         '，错过等一年', '，手慢无', '，欢迎咨询', '，靠谱', '，速来', '，不满意包退', '，可先体验']

def grams(t):
    t = re.sub(r'\s+', '', t)
    return set(t[i:i + 3] for i in range(max(1, len(t) - 2)))

def generate(existing=(), thr=0.55):
    import collections
    inv = collections.defaultdict(set); G = []
    def ok(g):
        c = collections.Counter()
        for x in g:
            for j in inv.get(x, ()):
                c[j] += 1
        return all(n / (len(g) + len(G[j]) - n) < thr for j, n in c.items())
    def add(g):
        G.append(g)
        for x in g: inv[x].add(len(G) - 1)
    for t in existing: add(grams(t))
    out = []
    for k, n in PLAN.items():
        got = tries = 0
        while got < n and tries < n * 40:
            tries += 1
            r = build_line(k)
            if k != 'L' and R.random() < 0.35:
                o, c = R.choice(OPEN), R.choice(CLOSE)
                t = r['text']
                r['text'] = o + t if not t.startswith(('🔥', '【', '@')) else t
                if c and not t.endswith(('🔥', ']', '！', '!', '～', '💰', '👍', '❗')) and 'lead_gen' not in ''.join(r['subs']):
                    r['text'] += c
            g = grams(r['text'])
            if ok(g):
                add(g); out.append(r); got += 1
    return out


# ==================================================================== build
# Hand-written lines live in /tmp/w4/b*.txt, one per line as 'CODES|text' (C=commercial, L=lead_gen,
# B=black_market, F=finance, f/g/p/d/c = illegal_vulgar fraud/gambling/porn/drugs/cyber, O=ok);
# {PHONE} is filled with a generated mobile number. They are merged with generate() output,
# near-duplicates (char-3gram Jaccard >= 0.6) dropped, and written to w4_advertising.jsonl.
import json, glob, sys
CODES = {'C':'advertising/commercial','L':'advertising/lead_gen','B':'advertising/black_market','F':'advertising/finance',
         'f':'illegal_vulgar/fraud','g':'illegal_vulgar/gambling','p':'illegal_vulgar/porn','d':'illegal_vulgar/drugs',
         'c':'illegal_vulgar/cyber','a':'illegal_vulgar/abuse','P':'privacy/phone','O':None}
ORDER = ['confidential','privacy','illegal_vulgar','advertising','off_topic']
def rec(codes, text, src='draft:w4'):
    subs = [CODES[c] for c in codes if CODES[c]]
    subs = sorted(set(subs), key=lambda s:(ORDER.index(s.split('/')[0]), s))
    labels = []
    for s in subs:
        l = s.split('/')[0]
        if l not in labels: labels.append(l)
    return {"text": text, "labels": labels, "subs": subs, "source": src}
def load_hand():
    out = []
    for fn in sorted(glob.glob('/tmp/w4/b*.txt')):
        for ln in open(fn, encoding='utf-8'):
            ln = ln.rstrip('\n')
            if not ln.strip(): continue
            codes, text = ln.split('|', 1)
            codes = [c for c in codes.split(',') if c]
            for c in codes: assert c in CODES, (fn, ln)
            r = rec(codes, text.strip()); r['_hand'] = True; r['_f'] = fn
            out.append(r)
    return out

_rng = random.Random(4404)
_used = set()
PREFIX = ['130','131','132','133','135','136','137','138','139','150','151','152','153','155','156','157','158','159',
          '166','170','173','175','176','177','178','180','181','182','183','185','186','187','188','189','191','193','195','198','199']
def phone():
    while True:
        n = _rng.choice(PREFIX) + ''.join(_rng.choice('0123456789') for _ in range(8))
        if n not in _used: _used.add(n); break
    f = _rng.random()
    if f < 0.5: return n
    if f < 0.7: return f'{n[:3]}-{n[3:7]}-{n[7:]}'
    if f < 0.85: return f'{n[:3]} {n[3:7]} {n[7:]}'
    return '+86 ' + n
def fill(text):
    while '{PHONE}' in text: text = text.replace('{PHONE}', phone(), 1)
    return text
_orig_load = load_hand
def load_hand():
    rows = _orig_load()
    for r in rows: r['text'] = fill(r['text'])
    return rows

def main():
    import collections
    hand = load_hand()
    tpl = generate([r['text'] for r in hand])
    rows = hand + tpl
    # final safety: exact dup + jaccard >= 0.6 removal (keep first)
    def grams(t):
        t = re.sub(r'\s+', '', t)
        return set(t[i:i + 3] for i in range(max(1, len(t) - 2)))
    inv = collections.defaultdict(set); G = []; keep = []; seen = set()
    for r in rows:
        if r['text'] in seen: continue
        g = grams(r['text']); c = collections.Counter()
        for x in g:
            for j in inv.get(x, ()): c[j] += 1
        if any(n / (len(g) + len(G[j]) - n) >= 0.6 for j, n in c.items()): continue
        seen.add(r['text']); G.append(g)
        for x in g: inv[x].add(len(G) - 1)
        keep.append(r)
    random.Random(7).shuffle(keep)
    with open('/work/main/data/drafts/w4_advertising.jsonl', 'w', encoding='utf-8') as f:
        for r in keep:
            o = {'text': r['text'], 'labels': r['labels'], 'subs': r['subs'], 'source': 'draft:w4'}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('written', len(keep), 'hand', sum(1 for r in keep if r.get('_hand')))

if __name__ == '__main__':
    main()
