"""Generator for data/drafts/w17_foreign_mixed.jsonl (foreign-invested firms, HK/TW/Macau branches, cross-border teams: code-switching, English, Cantonese, Traditional Chinese).

Lines are written by hand below as `TAG :: TEXT`. TAG is `ok`, `hard` (hard negative, label []),
or a comma list of sub-category aliases; a leading `!` marks a line with deliberate evasion.
Placeholders {ID} {IDB} {IDS} {P} {PS} {PD} {PP} {C} {CS} are filled with fresh generated values.
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _draftlib import main  # noqa: E402

random.seed(17017)

LINES = r"""
ok :: 这个deck明天EOD前给我，partner周四要先过一遍
ok :: pls check the PO attached, qty on line 3 looks off
ok :: 收到[OK]
ok :: noted with thanks
ok :: 唔該晒，我而家去搞
ok :: 搞掂咗，份report已經send咗俾client
ok :: 各位同仁，下週一上午十點在12樓大會議室開季度檢討會，請準時出席
ok :: 影片剪好了，已上傳到共用雲端，麻煩主管們週五前看一下給回饋
ok :: [强][强]
ok :: 👍👍
ok :: Morning all, the 10am sync is moved to 11 because of the client call
ok :: 明早MU5101延误两小时，机组排班我已经调了，crew scheduling那边再confirm一下
ok :: 提單draft已經發到你郵箱，麻煩check下consignee同notify party有冇錯
ok :: Can someone share the latest SOW? The one on Teams is still v3
ok :: 今日嗰個shipment去唔到，船公司話甩櫃，聽日再update大家
ok :: 伺服器維護改到週六凌晨2點到4點，期間遊戲暫停登入，公告稿客服已經準備好
ok :: sprint review改到周四下午三点，大家记得先把Jira ticket状态更新好
ok :: OOO tomorrow, Kevin will cover my clients
ok :: 请假一天，手上的audit workpaper已经交接给Amy了，有问题找她
ok :: 客户要的sample今天DHL寄出了，tracking放在共享表第二页
ok :: 佢哋話要再等多兩日先出到invoice
ok :: ok
ok :: 冇問題
ok :: 知道了[抱拳]
ok :: Please submit your timesheets by Friday 5pm HKT, finance closes the month on Monday
ok :: 新一季的VM guideline已经发到各店邮箱，周五闭店前完成橱窗调整，拍照回传
ok :: QA反馈1.3.2版本登录页还有闪退，@Leo 帮忙拉一下crash log
ok :: 各位同仁辛苦了，本次改版順利上線🎉
ok :: 今個月嘅stock take排咗喺28號，店長記得排多兩個人
hard :: 提醒：client data一律不得上传到个人网盘或发到群里，违反的按code of conduct处理
hard :: Reminder: never share your VPN password with anyone, including IT. IT will never ask for it.
hard :: 最近有人冒充Managing Director在微信加同事要求紧急转账，请务必电话核实，所有付款一律走SAP审批
hard :: IT notice: phishing emails pretending to be "DHL Express" asking you to "verify your account" are going around. Do NOT click, forward to the security mailbox.
hard :: 工資條已發個人郵箱，唔該大家唔好喺群入面討論人工
hard :: 年度體檢安排在下週二至週四，名單由各部門秘書個別通知，記得空腹前往
hard :: 工伤报销流程：先找HR领表，医院发票原件交财务，病历不用发群里，直接交给Joyce
hard :: 那个kill switch是正常的熔断机制，不是被hack了，大家别慌
hard :: 這次改版新增的「地下賭場」副本只是劇情關卡，文案不要出現真錢下注、儲值換籌碼這類字眼，不然送審會被退
hard :: 公司内购会本周五在B1举行，凭工牌当季新品七折，每人限购三件
hard :: GMP inspection from the NMPA is next week, please have all batch records reconciled by Thursday
hard :: 麻醉药品柜的钥匙交接必须双人签字，监控要保留90天，这是法规要求不是我为难大家
hard :: 這個deal要是黃了，Q4的數字就難看了，大家再衝一下
hard :: 請勿點擊不明連結，近期有假冒「順豐速運」的簡訊釣魚，說包裹地址有誤要你重新填卡號
hard :: 反诈提醒：凡是说“刷单返利、日结佣金、先垫付后返还”的都是骗局，群里看到直接截图给管理员
hard :: Security reminder: lock your screen when you leave your desk. A visitor walked into 15F unescorted last week.
hard :: 那个client又改scope了，很难搞，但我们还是按合同来，超出部分走change order
hard :: @Tony 这份memo第二次出现同样的数字错误了，下次提交前请先自查一遍，别让client先发现
hard :: 「密碼」欄位請改成遮罩顯示，不要明碼寫進log裡，資安稽核會查
hard :: 記得password要90日換一次，唔換IT會強制reset
hard :: The bid is due next Monday. Pricing discussion only in the locked channel please, not in this group.
hard :: 明天下午开定价委员会，材料会前半小时发到各位邮箱，会后收回
hard :: 办签证需要身份证、护照复印件的，请直接交给行政Joyce，不要把证件照片发在群里
hard :: 今晚九点系统割接，VPN会断一小时，紧急情况请打IT值班分机8899
hard :: Deadline is killing me lol, but I'll send it by 6
hard :: 黑雨警告生效，今日全體WFH，唔使返office，有急事打部門熱線
hard :: 有同事收到“海关说你的包裹涉毒”的电话，记住海关不会让你转账到所谓安全账户，直接挂断报警
hard :: Malware samples from the client engagement stay in the isolated sandbox. Do not copy them onto your laptop under any circumstances.
hard :: 渗透测试是客户书面授权的，授权书在项目文件夹，报告周五交，发现的问题只写进报告
hard :: 年終考核結果會由主管一對一溝通，請勿在群組裡討論個人考績
hard :: 體檢報告已寄到個人信箱，有異常的同仁健康中心會個別聯繫，不會在群裡公布
hard :: 今晚的campaign文案有问题，广告法不能用“最低价”“第一”，市场部改完再发
hard :: 客户说要加你微信对接报关资料，我把你的名片推给他了哈
hard :: 有问题私聊我，我在飞机上，落地第一时间回
hard :: 請大家掃會議室門口的QR code簽到，今天的培訓要記出勤
hard :: ICAC anti-corruption briefing next Thursday 3pm, attendance mandatory for all managers
hard :: 收到供應商送嘅紅包、禮券一律要申報，超過HK$500要交返compliance
hard :: 这个怪物掉率太低，玩家在论坛骂翻了，策划看下要不要调
hard :: 外挂检测模块今晚上线，封号由系统自动处理，客服统一按附件模板回复
hard :: 警方通报：有不法分子冒充航空公司客服，以“航班取消退改签”为由诈骗，请值机柜台提醒旅客
hard :: 我們的新品香水本週上市，員工內購連結在HR系統公告裡，可以先買
hard :: Don't forget the NDA has to be countersigned before we send them any data room access
bs :: 内部消息，我们这次给那家银行的投标报价是总价1,280万，比上次低了8%，别外传
bs :: FYI Q3 APAC revenue came in at 42.3m, 11% below plan. Not announced yet, keep it quiet.
bs :: 聽講下個月要裁走成個HK merchandising team，名單已經定咗，有Jason同Cherry
bs :: 明年兩岸定價策略：大陸調漲6%，台灣維持，香港降價清庫存，董事會下週才會公布
bs :: 偷偷说，法国总部已经决定明年关掉成都仓，租约不续了
bs :: 合并的事定了，target是一家新加坡的freight forwarder，估值9000万美金左右，announcement要等11月
!bs :: 🤫🤫 Q2数：营收3.1亿，净利转负，下周才公告
cd :: 中環店VIP名單：陳太（年消費120萬）、黃生（80萬）、林小姐（65萬），下季私人預覽優先邀請佢哋
cd :: Exported the full client list from Salesforce with contacts and deal sizes, dumping it here so everyone has it
cd,ph :: 这周货主联系人整理好了：张经理{PD}，刘总{P}，王姐{PS}，明天开始挨个打
cd,id :: 明天包机的旅客名单：周建国 {ID}，陈美玲 {ID}，何志强 {ID}，地服提前录入
cr :: 测试服root密码是 Gx#2024qa!，用完记得退出
cr :: VPN account for the weekend cutover: hk.ops / pw Summer2024!!
cr :: 伺服器帳號admin，密碼Tw@168168，大家先用這個登入後台
cr :: SAP嘅共用帳號係FIN_HK01，密碼hk2024fin，唔好改呀
doc :: [图片] 这是董事会纪要截图，标了“绝密”的那页也在里面，大家先看看
doc :: Forwarding the "Strictly Confidential - Internal Only" restructuring memo here for reference
doc :: 內部文件《2025年門市人力精簡方案》（機密），PDF我先丟群組
tech :: 我们的支付接口有个越权漏洞，改个order_id就能看别人订单，还没修，大家先别声张
tech :: Game engine source for Project Phoenix attached, the shader folder has our proprietary lighting code
tech :: 新藥的合成路線我拍給你們看，第三步的催化劑比例是核心，別傳出去
id,ph :: 帮Sarah订去台北的机票：身份证{ID}，手机{P}
id :: 新同事陳嘉欣身份證號{IDB}，麻煩行政辦門禁卡
id :: Please book the hotel for David Liu, ID no. {ID}, check-in Mar 3
!id :: 身 份 证：{IDS} 张伟，帮忙填一下报销系统
ph :: Cathy的手机是{P}，你直接打给她
ph :: Jason's mobile is {PP}, call him if the shipment gets stuck at customs
ph :: 陳生個手提係{PS}，有咩急事打俾佢
card :: 报销打到我这张卡吧：招行{C}，户名刘洋
card :: Can you transfer the deposit to Amy's card {CS}? She's out today
addr :: Kenneth屋企喺沙田第一城38座15樓C室，份文件直接寄去佢屋企
addr :: Send the signed contract to Michelle's home: Flat 12B, 88 Robinson Road, Mid-Levels
sal :: 偷看到HR的表了，Kevin月薪4万5，比我们组长还高
sal :: My base is 68k HKD and I just found out the new hire gets 75k. ridiculous
!sal :: 听说新来的总监🈷️入8w+，还有house allowance
hl :: Linda体检报告出来了，乳腺有结节要复查，大家别跟她提
hl :: FYI Tom was diagnosed with depression, that's why he's on medical leave, pls be kind
fam :: 听说Peter和老婆在闹离婚，抚养权都吵到律师那了
fam :: 呢排成日見到Grace同市場部個Alan一齊放工，佢老公知唔知㗎？
fam :: 林經理欠了一屁股賭債，聽說每個週末都跑澳門
perf :: 年终考评结果：Mike是C，要进PIP，Sandy是A
perf :: Just FYI, Kevin got a written warning today for missing the client deadline twice
porn :: 发个好东西，日本最新的无码片，链接我私你
!porn :: 晚上一起去洗脚城做个大保健，有妹子那种
!porn :: 今晚ypyp有冇人去？尖沙咀有新場
gam :: 今晚欧冠我这有外围盘，要下注的找我，主队1赔1.9
!gam,lead :: 菠菜平台充值送50%，稳赚不赔，加薇abc8866带你上车
gam :: Going to Macau this weekend, anyone want in on a baccarat syndicate? We pool 50k and split
drug :: 有人要叶子吗？朋友从加拿大带回来的，那边合法
drug :: Anyone know where to get some coke in Shanghai? Big night Friday
!drug :: 我有啲K仔，今晚轟趴用❄️❄️
bm,lead,fraud :: 【兼职】抖音点赞员，一单3元，日结，手机就能做，加V：ly6688
fraud :: Click here to verify your Office365 account or it will be suspended: http://0ffice365-login.co/verify
fraud :: 帮客户改一下提单日期，装船日往前挪三天，这样信用证就能过
vio :: 那个客户再敢来闹，我就找人在停车场等他，卸他一条腿
vio :: If Mark screws up my deal again I swear I'll punch him in the face
vio :: 佢再喺度講我閒話，我搵人斬佢
cyber :: 给你们一个外挂，吃鸡自瞄加透视，内部员工免费
cyber :: I can DDoS the competitor's site during their launch, just need a few hundred bucks for the botnet
abuse :: 你是猪吗？这么简单的pivot table都不会
abuse :: ur such an idiot, who approved this
!abuse :: sb供应商，又发错柜
abuse :: 他媽的，這個系統又當機了
com :: 我表姐在法国做代购，包包比国内便宜30%，要的找我
com,lead :: DM me for cheap iPhones, WeChat: abc123
com,lead :: 自家果園嘅荔枝，今年好甜，100蚊一箱，需要嘅PM我
lead :: 进我们的外贸交流群，每天分享客户资源，扫码进👇[二维码]
!com,lead :: 想練英文口語的，+V：eng_tutor_88，第一堂免費
bm :: 代写论文、代考雅思，价格好谈
bm :: I can get you 10k Instagram followers for $99, real-looking accounts
fin :: 需要资金周转的找我，无抵押，当天放款，月息一分
fin,fraud :: Crypto opportunity: 3% daily returns guaranteed, join before it closes
fin :: 我係保險經紀，儲蓄保單年回報5%，有興趣可以搵我傾
chat :: 今日好凍呀，大家記得着多件衫
chat :: lol this group is so quiet today
ent :: 昨晚曼联又输了，我真的服了
ent :: Anyone watching the new season of that Korean survival show? No spoilers pls
life :: 周末搬家累死了，腰都直不起来
life :: Just got back from Bali, the beaches were insane
chain :: 转发！明天起微信要收费了，转发十个群可以免费
chain :: 聽講飲檸檬熱水可以殺死癌細胞，轉發俾屋企人睇下
ok :: 收
ok :: 1
ok :: 好的，我跟進
ok :: Sure, will do
ok :: 明白[OK]
ok :: 我check咗，個booking已經confirm
ok :: let's take it offline
ok :: 機場地勤交接表放在OneDrive了，早班同仁交班前記得填
ok :: 新加坡entity还没把TB给我们，closing要推迟一天，我已经跟Group说了
ok :: Client meeting notes uploaded, action items highlighted in yellow
ok :: 會議記錄我整理好了，稍後寄給大家
ok :: 香港店下周三盘点，当天提早一小时关门，顾客预约请改期
ok :: Reminder: new ERP module training Thursday 2-4pm, Room 8B, bring your laptop
ok :: 樣品寄到台北辦公室了嗎？客戶一直在催
ok :: 收到，稍后回复
ok :: 麻烦把新同事拉进群，她下周一onboard，座位在Aaron旁边
ok :: 请问谁有上个月的KPI dashboard原始数据？我要做QBR
ok :: FYI the airport lounge access for crew has changed, new list from the station manager attached
ok :: 呢個SKU嘅補貨單我send咗，麻煩倉庫今日出貨
ok :: 同仁們，本週五下午的教育訓練改線上，Teams連結稍後寄出
ok :: 下午四點的QBR deck我放在SharePoint了，page 12之後還在改
ok :: 美國那邊的同事現在是凌晨，明天早上再@他們
ok :: Can we push the call to 3pm SGT? I'm stuck at the airport
ok :: 报关单的HS code我核对过了，没问题可以申报
ok :: 麻煩幫我book 8樓細會議室，明朝十點，四個人
ok :: 客戶說上一版的UI太擠，設計稿再調一下間距
ok :: 这周的market update我来写，周一早上发全组
ok :: Thanks all for the hard work on the audit, field work wrapped up today 🎉
ok :: [抱拳][抱拳]
ok :: 了解，我明天一早去倉庫看
hard :: 公司禁止用個人微信傳客戶資料，所有檔案一律走公司加密信箱
hard :: 大家注意，最近有人用假的HR邮箱发“年终奖调整通知”让你登录查看，链接是假的，不要点
hard :: 游戏里“枪械改装”系统的配置表已经更新，各位策划检查一下伤害数值
hard :: Please don't post screenshots of the trading blotter here. Use the compliance-approved channel.
hard :: 工伤的同事已经安排在协和复诊，费用公司先垫付，细节HR会单独跟家属沟通
hard :: 聽日嘅fire drill十點開始，聽到警鐘行B梯落樓，唔好搭lift
hard :: 藥物警戒提醒：收到病人不良反應投訴，24小時內要填AE表，病人資料只寫縮寫
hard :: 这个cocaine检测试剂盒是给客户海关实验室的标准品，清关文件要附进口许可证
hard :: 请注意：供应商回扣属于严重违纪，任何人发现都可以匿名举报到ethics hotline
hard :: 下周一起IT会统一给大家重置域账号，新密码会短信发到各自手机，不会在群里发
hard :: 客服轉接：遇到情緒激動罵人的旅客，先道歉安撫，不要跟旅客對罵，必要時請值班主管出面
hard :: 今晚彈性加班的同仁，公司會叫晚餐，八點前回報人數
hard :: The penetration test found three critical issues; details are in the encrypted report only, please don't summarise them here
hard :: 新游戏的封测账号由运营统一发放，请不要自己在论坛送码
hard :: 各位同事，近期有人假冒台北辦公室主管，用LINE要大家買禮物卡，請一律不要理會
hard :: 体检套餐今年可以加做胃镜和乳腺B超，自愿选择，在福利平台勾选就行，结果只会发给本人
hard :: 樓下保安話今晚有人嘗試用別人張門禁卡入嚟，大家唔好借卡俾人
hard :: 市场部新品试用招募：我们自己的防晒霜，员工免费领试用装，填完问卷即可
hard :: 出差的同事注意：信用卡报销只需提交账单截图，卡号打码，不用发完整卡号
hard :: 請不要在群組轉傳客戶的病歷影本，需要的話走內部系統申請
hard :: 交易员请注意，所有对客户的报价必须录音，禁止用私人微信报价
hard :: I know everyone's frustrated with the forwarder, but please keep it professional on the client thread.
hard :: 「打死不改」的那個需求，客戶最後還是同意延後了，辛苦大家
hard :: 这批货是危险品，锂电池要按UN3481申报，不能混在普货里
hard :: 新版APP的推广海报在这里，各门店今天换上，员工推荐下载有积分奖励
hard :: 公司年會抽獎名單是系統隨機抽的，有疑問找福委會，不要在群裡質疑個人
hard :: 如果有人在群里发贷款、刷单、代购的广告，请直接@管理员，我们会移出群
hard :: Our new loyalty program goes live Monday, staff can enroll early via the intranet
hard :: 机长提醒：客舱里发现可疑物品立刻报告，不要自己处理
hard :: 病假超過三天要附醫生紙，交返HR就得，唔使喺群度講病情
bs :: Budget for next year is cut by 25% and we're freezing all hires in Shanghai. Heard it from the CFO directly.
bs :: 佢哋今年bonus pool得返去年一半，partner meeting已經拍板，仲未同大家講
bs :: 竞标底价我截图发你们了：航材维修合同，我们最低可以接受到每小时145美金
bs :: 客户那家集团准备换审计师，下周发RFP，我们内部已经知道他们预算是600万，报价卡在580
bs :: 亚太区总裁下个月离职，接任的是从伦敦调来的Mark，还没官宣
bs :: 今年跟A供應商的框架價是每公斤3.85美金，比市場低很多，千萬別讓B供應商知道
!bs :: 内 部 价 格 表：大客户一律 7 折，底线 6.5 折，別 外 傳
cd :: 呢批客人嘅信用卡資料我export咗喺excel，已經send上嚟
cd,hl :: 临床试验受试者名单我放群文件了，姓名、年龄、入组编号和既往病史都在
cd :: 玩家充值排行前100的账号和实名信息导出来了，我直接贴群里，运营拿去做召回
cd :: 医药代表拜访记录：仁和医院心内科王主任，每月处方量300盒，喜欢打高尔夫，周三下午有空
cr :: AWS access key for prod: AKIAQ7XZ4LM2W8KD3PQE, secret in the next message
cr :: 客户那边的SFTP：host sftp.client-pharma.cn，user audit_ext，pw Qw3rty#88
cr :: 公司邮箱密码统一重置成Abc12345了，你们登录后自己改
!cr :: 后台 mi ma：zhangsan#0612，账号用我的，别外传
doc :: 审计委员会的内部报告（CONFIDENTIAL）我转发一下，第7页提到我们部门
doc :: 呢份係internal only嘅pricing playbook，我影咗相上嚟，大家睇下
doc :: Attached: the confidential draft of our response to the FDA inspection findings, privileged, please don't forward
tech :: 官網後台有SQL injection，login頁的參數沒過濾，patch下週才上，先別張揚
tech :: 新一代倉儲機器人的CAD圖檔我放群組了，給供應商報價用
tech :: 反作弊引擎的完整源码我打包传群文件了，外包那边直接拿去改
id :: 王总身份证号{IDS}，签证中心要的，帮忙填一下
id :: 佢個身份證號碼係{ID}，你幫手喺系統度開個戶口
id :: 出差人员：李娜{ID}；赵强{ID}，今天下班前录进携程
ph :: 新來的實習生小林手機{PD}，有事可以找她
!ph :: 老周dh：{PS}，晚上找他比较快
ph :: 司機師傅電話{P}，明早六點機場接Mr. Tanaka
card :: 佢張卡號係{C}，中國銀行，記住匯返嗰筆代墊款俾佢
!card :: 卡 号{CS}，xing ming孙丽，帮忙转一下
id,card :: 开户要的资料：身份证{ID}，工资卡{C}，都是黄晓敏的
addr :: 經理家住台北市大安區忠孝東路四段216巷5號3樓，禮盒直接寄過去
addr,ph :: 新同事周敏家住朝阳区望京西园三区312号楼1单元801，电话{P}，入职礼盒寄这
sal :: 今年bonus出咗，我拎咗3個月，Ivy拎咗5個月，點解？
sal :: 張副理年薪兩百四十萬台幣，還有認股，難怪天天加班
sal :: The offer for Ryan: 42k/month plus 15% bonus target, relocating from Singapore next month
hl :: 阿明驗咗血，乙肝帶菌，下個禮拜開始請病假
hl :: 王小姐的病歷我拍給你們看，診斷是甲狀腺癌早期
!hl :: 老陈的tj报告，血糖十几，三高全中
fam :: Heard Jenny from finance got caught with weed at a party in Amsterdam lol
fam :: 阿May個細路係試管嬰兒嚟㗎，佢自己同我講嘅
!fam :: 听说L总在外面养了个xiao san，孩子都有了
perf :: 阿強遲到太多，今個月被記過，扣埋全勤
perf :: 這季考績：小美D、阿哲B，D的要談調職
perf :: 陈工上周被客户投诉，公司给了他警告处分，通报我转群里了
porn :: Anyone want the link to that leaked OnlyFans folder? It's hot af
porn :: 呢個網好正，啲片全部高清無碼🔞
porn :: 台北林森北路那家，小姐很正，一節3000，下次帶你們去
!porn :: 澀澀影片分享🍑🍆，要的私訊
gam :: 今晚英超有冇人一齊落注？我識個波經，賠率好過馬會
gam :: 網路百家樂我這週贏了八萬，有人要一起玩嗎，我帶
!gam :: 线上d博群今晚开局，老规矩带你们
gam :: 下班后206打麻将，一百块一番，输了别赖账
drug :: 我朋友從泰國帶了大麻軟糖回來，要的私我
drug :: 提神试试这个，莫达非尼不用处方，我这有渠道，一板200
!drug :: 要🍃🍃的滴滴我
drug :: 实验室那两支管制类麻醉药我顺出来了，谁要
!fraud :: 【順豐】您的包裹地址有誤，請點擊 sf-expres.cc 更新資料，逾期退回
fraud :: 淘宝仅退款教程：收到货说没收到，平台直接退，我已经白嫖十几单了
!bm,lead,fraud :: 招 寶 媽 / 學 生 兼 職，手 機 刷 單 日 入 3 0 0 +，➕V了解
bm,fraud :: 代開發票，各行業都有，稅點低，量大從優
fraud :: 我有办法把审计样本换掉，客户那几笔假合同就不会被抽到
vio :: 誰再偷我冰箱裡的便當，我就帶刀來上班
vio :: 有没有渠道搞把仿真枪，出差带着防身
!vio :: 那个供应商再拖款，我直接带几个兄弟去他厂里“聊聊”🔪
vio :: Someone should just burn down the vendor's warehouse, that'll teach them
cyber :: 呢個crack版Office你哋裝咗佢，exe喺附件
cyber :: 有人會撞庫嗎？我手上有一份外洩的帳密清單，想試試能不能登進對手後台
cyber :: 把这个脚本放到前台那台电脑上，能抓到经理邮箱的密码
!cyber :: 有冇人識hei ke？幫手入對家系統睇下佢哋報價
abuse :: 個客死八婆，成日玩嘢
!abuse :: nmsl，改第八版了还要改
abuse :: 新來嗰個大陸仔土到爆，英文都唔識講都嚟做consultant
abuse :: 女人就是不适合做交易员，情绪一上来就乱下单
abuse :: Fucking useless forwarder, lost our container AGAIN
abuse :: 你腦袋裝屎是不是，報價單寫錯三次了
!abuse :: 垃 圾 主 管，只 會 甩 鍋
com :: 我老婆開的烘焙工作室，中秋月餅禮盒預購中，同仁九折
com :: Selling my Model 3, 2021, 45k km, good price for colleagues
com :: 面膜团购价99三盒，正品保证，下单找我
com :: 有冇人要二手PS5？九成新，$2800連兩隻game
com :: 台灣高山茶，朋友自己種的，一斤兩千，要的一起團購
!com,lead :: 🉐澳洲奶粉 保真代购，需要📩我
lead :: Join my Telegram channel for daily forex signals, link in my profile
lead :: 关注我的小红书账号，每天分享职场穿搭，求互关🙏
lead :: 有做外贸的朋友可以加我微信{P}，一起交流资源
!lead :: 威信hao：trade_king99，资源共享，私聊
com,lead :: Add me on WeChat for exclusive outlet deals: luxe_outlet_hk
bm,lead :: 小红书刷粉丝，1000粉50元，要的加V
bm :: 有渠道删淘宝差评，一条30，包删
bm,fraud :: 兼职打字员，在家就能做，先交198会员费
bm :: 有冇人需要代寫Google review？五星一條十蚊
fin,lead :: 朋友推荐的基金这个月涨了20%，有兴趣的私聊我拿内部份额
fin :: 重疾险今年最后一波优惠，我帮大家免费算保费
!fin,lead,fraud :: 📈股 票 内 幕 群，带你每天抓涨停，進群掃碼
fin :: 港股開戶搵我，佣金全免仲有新股額度
chat :: 你哋食咗飯未？
chat :: 誰的手機鈴聲一直響？超吵的哈哈
chat :: 赌一杯奶茶，今天客户会不会又改需求
ent :: 今晚有冇人睇演唱會？我有兩張飛但去唔到
ent :: 原神新角色抽了60发才出，血亏
life :: 我個仔今日第一日返幼稚園，喊到好慘
life :: 週末帶狗狗去陽明山，牠玩到不想回家
chain :: 紧急扩散：隔夜茶会致癌，家里有老人的一定要看
chain :: Forward this to 10 people or you'll have bad luck for 7 years!!!
ok :: 收到👌
ok :: Got it, thx
ok :: 好嘅
ok :: 辛苦晒[抱拳]
ok :: 嗯嗯
ok :: 先咁，聽日再傾
ok :: 已處理
ok :: EOD前交得到，放心
ok :: Will circle back after lunch
ok :: @所有人 下周一开始新的打卡系统上线，用企业微信打卡，旧的门禁打卡作废
ok :: 各位，本月的expense report请在25号前提交Concur，逾期下月再报
ok :: 客户把kick-off改到下周三上午，地点在他们浦东的office，需要带笔记本和访客证
ok :: Flight crew for CA931 tomorrow please report at 06:15, briefing room 3
ok :: 今晚閂店後要換新一季嘅window display，Visual team八點到
ok :: 台中廠的出貨排程已經更新在共用表單，第三週有兩櫃延到月底
ok :: 呢單貨嘅清關文件齊晒，等海關放行
ok :: 請PM把里程碑日期填進甘特圖，週五要給發行商看進度
ok :: Just a heads-up, the client's CFO will join the closing meeting, keep the slides tight
ok :: 新人培训第二天：上午讲审计方法论，下午讲工作底稿规范，地点还是5楼培训室
ok :: 仓库这周温控记录有两次超过8度，QA看一下要不要做偏差
ok :: 麻烦谁帮我打印一下这份合同，三份，签字页要单面
ok :: 週三的美術外包驗收我去，有需要補的素材先列給我
ok :: 呢份proposal我改咗executive summary，你睇下得唔得
ok :: Which template are we using for the engagement letter this year? The 2023 one or the new one from Risk?
ok :: 今日風大，碼頭暫停作業，拖車約咗聽朝八點再去
ok :: 客人預訂嘅手袋到咗，麻煩SA聯絡佢嚟取貨
ok :: 新版本的build已經打好，QA可以開始回歸測試
ok :: 周报模板更新了，多了一栏“风险与阻碍”，下周开始用新的
ok :: Can you guys send me your availability for the offsite in Hangzhou? Doodle link in email
ok :: 东京站的地勤说行李转盘故障，让旅客到5号转盘取
ok :: 明天我在客户现场，电话可能接不到，有事留言
ok :: 交易系統今天下午三點後只收平倉單，請各位交易員注意
ok :: The Q4 forecast template is in the shared drive, please fill in your region by Wednesday
ok :: 麻煩同仁幫忙確認一下，這批藥品的批號和效期有沒有對上
ok :: [OK][OK][OK]
ok :: 我遲少少到，塞車
ok :: 稍等，我在开会
ok :: 👌
hard :: 有同事问为什么内网登不上，是因为强制要开两步验证了，验证码只会发你自己手机
hard :: 最近好多人收到話自己中獎要交手續費嘅訊息，唔好信，公司冇搞任何抽獎
hard :: 注意：任何人問你要驗證碼，包括自稱IT的，一律唔好俾
hard :: 我们的新款精华液下周在天猫首发，员工可以先在内部商城领券，每人限两瓶
hard :: Client's anti-money laundering review flagged some unusual transactions. We only note them in the working papers, no discussion in chat.
hard :: 這季的毒性測試報告要送衛福部，請研發週四前定稿
hard :: 新游戏里“贩毒帮派”那条支线审核没过，剧情组改成走私军火也不行，直接删了吧
hard :: 交易室禁止用手机，违者第一次警告第二次停职，这是监管要求
hard :: 那批被海關扣的貨是因為品名申報不清，不是違禁品，報關行已經在補資料
hard :: 员工关怀：如果最近压力大，公司EAP热线免费匿名咨询，号码在内网福利页
hard :: 空服員請注意，旅客若要求你幫忙帶包裹出境，一律拒絕
hard :: 出差住宿超过标准的部分自己承担，这个政策不会改，别在群里吵了
hard :: Please refrain from discussing individual bonus numbers here. HR will meet each of you one-on-one.
hard :: 有人把內部簡報傳到外面了，法務在調查，請大家再次確認檔案分享權限
hard :: 呢個bug真係殺死人，搞咗成晚，大家再加把勁 😂
hard :: 这个爆款的补货已经在路上了，周末门店预计爆单，请排好班
hard :: 我们的香港子公司周五做反洗钱培训，主题是如何识别可疑交易和地下钱庄
hard :: 請注意，銷售不得向顧客承諾「保證升值」，精品不是投資品，這是法遵要求
hard :: The malware alert this morning was a false positive from the new EDR agent, no action needed
hard :: 再強調一次，客戶的護照影本只能存在加密資料夾，不要存桌面，也不要丟群組
hard :: 这个供应商报价明显虚高，我已经要求他们重新报价，价格对比见附件
hard :: 新员工入职体检只查常规项目，结果直接发到HR邮箱，不会告诉部门主管
hard :: 明天開始全公司禁用USB隨身碟，需要傳檔案請用公司雲端
hard :: 飞行员酒精检测结果异常的，按规定停飞并上报局方，这是流程，不针对个人
hard :: 大家别被那个“某某券商内部荐股群”的短信骗了，公司跟他们没有任何关系
hard :: 年會表演節目報名開始，每個部門至少一個，報名找行政
hard :: 审计发现两张发票抬头开错，已经退回供应商重开，没有其他问题
hard :: 遊戲裡的「血腥特效」開關記得預設關閉，日本版分級要求
hard :: For the fraud risk workshop next week, please read the ACFE case studies beforehand
hard :: 收到一封“CEO”发的邮件让买iTunes卡的，那是假的，发件地址是外部的
hard :: 呢個價錢係官網公開價，可以直接報俾客人
hard :: 如需借用公司車，請提前一天在系統登記，鑰匙找前台
hard :: 老板今天心情不好，大家汇报简洁点哈
hard :: 倉庫的監控錄像只保存30天，要調閱請走申請流程
bs :: 總部決定明年撤出台灣零售市場，三家門市租約到期不續，先別跟店員說
bs :: Heads up: we're losing the Unilever-sized account to Deloitte next year, their fee was 20% lower. Not public yet.
bs :: 这次航线调整方案：成都—墨尔本明年四月停飞，运力转去中东，还在保密阶段
bs :: 新游戏的上市日期内定3月18，发行商还没签，Steam页面先别开
bs :: 呢個季度嘅毛利只有18%，比budget低咗6個點，老闆話唔好同sales講
!bs :: 明年 c a i 员 名单出来了，物流部砍三分之一，老吴在上面
cd :: 我把航空公司白金卡會員的名單和里程餘額整理好丟群組了，行銷拿去用
cd,ph :: 這幾位VIP客人下週來取貨：陳太{P}、Mr. Wong {PP}，SA記得先打電話
cd :: Top 50 shippers by volume with their contact persons and rates, pasted below for your reference
cd,addr :: 今天要回访的客户：刘女士，静安区愚园路268弄7号302；吴先生，徐汇区天钥桥路100号1201
cr :: 交易系统的admin账号我先贴这：trader_admin / Hk#2024!! 明天IT会改
cr :: wifi唔好用guest嘅，用staff：SSID HK-STAFF 密碼 LuxHk@2024，唔好俾客人
cr :: The 2FA seed for the shared finance account is in the screenshot below, scan it if you need access
cr :: 我的域账号密码是Winter2024，请假这几天有急事可以直接登录我邮箱处理
!cr :: 伺 服 器 帳：root，密：a1b2c3d4，今晚上線用
doc :: 法务那份标了“机密”的诉讼评估备忘录我转一下，赔偿区间在第三页
doc :: 內部稽核報告初稿（限閱）我拍照傳上來了，大家先看看有沒有我們部門
doc :: 這是總部發的「僅限經理級閱讀」的調薪指引PDF，我直接轉群組方便大家看
tech :: 我把repo整个push到我个人GitHub了，public的，方便在家改
tech :: The reverse-engineering notes on our DRM are pasted below, including the key derivation steps
tech :: 呢個係新版搬運機械臂嘅控制程式源碼，工程師話唔好外傳，我先放群度
!tech :: 支付接口那个 l o u d o n g：金额传负数就能退款，还没修
id :: 小姐妹帮我订个机票，我身份证号{ID}，名字张晓雯
id :: 麻煩幫新同事開戶：周家明，證件號{IDB}
id,ph :: 客户王先生的身份证{ID}，手机{PD}，合同上要用，帮我录一下
!id :: sfz：{ID}，李婷，明天出差那个
ph :: 有冇人要搵Alan？佢新號碼係{PS}
ph :: Sales director Ms. Chen's personal cell is {PP}, text her if the client calls
!ph :: 阿华的 shou ji：{P}，打不通打座机
card :: 我的工資卡換了，新卡號{CS}，麻煩HR改一下
card :: 押金退到Emily的卡吧：{C}，中国银行
addr :: 那个老在群里抱怨的客户，我查到他家地址了：天河区体育东路118号2栋1503
addr :: 老闆屋企喺西貢嗰間村屋，門牌DD229，今晚大家一齊去送果籃
sal :: 我这个月实发52,300，扣完税少得可怜
sal :: 佢哋幾個senior加薪15%，我哋只加3%，HR個excel我截咗圖
sal :: Apparently the new MD's package is 2.5m USD plus carried interest
!sal :: 听说阿Ken年包 ↑ 120 w，哇塞
hl :: 空服組的Vivian懷孕三個月了，下個月開始停飛，她還沒跟公司說
hl,abuse :: 新同事HIV阳性，体检中心说的，大家注意点别跟他共用杯子
hl :: 大家體諒下阿Kit，佢最近確診咗焦慮症，食緊藥
hl :: Sophie had a miscarriage last week, that's why she's been off, just so you all know
fam :: 副總的小三上次還來公司樓下等他下班
fam :: Did you know Martin is gay? His boyfriend picked him up from the office yesterday
fam :: 聽講Ben個阿爸坐緊監，所以佢先咁少講屋企嘢
!fam :: 財務部J姐最近成日去🇲🇴玩🎰，聽講欠咗一pat數
perf :: 年中評核：Kelvin得個「需改善」，下個月再唔達標就走人
perf :: Q3 ranking in our team: Sam bottom, Lisa top, Sam's on a final warning
porn :: [图片] 这套空姐制服写真尺度太大了哈哈哈，自己看
porn :: Check out this site, free JAV, no ads lol
!porn :: 有冇人要 s e 片，高清，私我
gam :: 六合彩以外我還有一個地下馬會，賠率高，要的找我
gam :: Found a great online casino, 200% deposit bonus, I'm up 3k already
!gam :: 🎲 du 球 群 今 晚 英 超，下 注 找 我
drug :: 佢話有啲冰，夜晚開工好有精神，問我哋要唔要
drug :: Got some molly for the offsite party, DM me
!drug :: 出差带点“糖果”吗？就是那种 🍬 吃完嗨一晚的
fraud :: 我是财务总监Helen，在开会不方便接电话，急需给供应商付50万，账号我私发你，先转回头补流程
fraud :: 买了航班延误险的，我教你们怎么改行程单骗赔，一次能赔好几百
fraud :: 呢單貨出口退稅嗰度，我哋可以虛報多啲貨值，反正海關唔會逐件查
!fraud :: 【中國信託】您的帳戶異常，請立即點擊 ctbc-verify.top 驗證，否則凍結
vio :: 明天开会那个外包再甩锅，我当场把他按在桌上打
vio :: 你再喺群度叫我做嘢，小心我放工喺停車場等你
vio :: 有人知道哪裡可以買到沒登記的手槍嗎
!vio :: 那個供應商再不交貨，我就 ✂️ 了他的 🐔，說到做到
cyber :: 给你们一个木马，伪装成报价单，发给竞争对手的采购就能远程控制他电脑
cyber :: 有冇人識破解WiFi？我想入隔籬公司個網
cyber :: Anyone have a working exploit for the client's old Citrix gateway? Want to poke around before the audit
!cyber :: 需要 wai gua 的私，自瞄透视全套，防封
abuse :: 呢個客戶真係on9，講極都唔明
abuse :: You Mainland guys are all the same, no sense of quality
abuse :: 滾啦你，廢物一個，留喺team都係拖後腳
!abuse :: 這 個 P M 是 白 癡 嗎
abuse :: 操你妈的，又让我背锅
!abuse :: 做错了还嘴硬，真是个 🐷 脑子
abuse :: 那群印度外包就是一群骗子，代码都是抄的
com :: 新开的日料店在公司楼下，报我名字打八折，老板是我大学同学
com :: 我哋屋企做開海味，鮑魚花膠過年有特價，想要嘅留言
!com :: 正 品 包 包 🉑 1 比 1，原 單，價 格 美 麗
com :: Selling my Rolex Submariner, box and papers, below market — serious buyers only
lead :: 进群领外贸客户名录，免费，扫下面二维码
lead :: 大家幫我砍一刀！拼多多連結在這，謝謝🙏
!lead :: 想进海外兼职群的 ➕ wx：overseas_job_2024
lead,com :: 我開咗個IG賣手作飾物，帳號 @handmade_hk，歡迎follow同DM落單
bm :: 代練王者，包上星耀，價格私聊
!bm,lead :: 抖音快手涨粉、刷播放量，一万播放20块，vx：dy_boost
bm,fraud :: 出售一批实名手机卡，已认证，做推广注册用
!bm :: 有人要代 kao 證 照 嗎？CPA 科目都可以
fin :: 信用卡到期还不上的找我，垫还，手续费低
fin,lead :: Forex trading course + signals, 80% win rate, WhatsApp me
!fin,fraud :: 內部消息 💰 某檔幣下週 10 倍，想上車的快
fin :: 我朋友做儲蓄險的，美金保單複利6%，需要的話我介紹
chat :: 好懷念以前公司樓下那間茶餐廳，菠蘿油一流
chat :: Happy Friday everyone!! 🥳
chat :: 今天谁跟我撞衫了哈哈哈，都是蓝条纹
chat :: 办公室合买双色球，每人20，中了平分
chat :: 今天的咖啡机又坏了，真是人生艰难😂
ent :: 最近在追一部韓劇，復仇那部，太好看了
ent :: 中華隊這次經典賽打得不錯耶，熬夜看值得
ent :: Who else is going to the Taylor Swift concert in Singapore?
ent :: 今晚馬會跑馬，有冇人睇好邊隻？純粹討論下
life :: 我下個月結婚，喜帖遲啲派，記得嚟飲呀
life :: 週末去花蓮騎腳踏車，曬到變黑炭
life :: 终于把房贷还完了，感觉整个人都轻了
chain :: 聽講明天深圳要封關，大家趕緊囤貨
chain :: 转给所有人：这个号码打来的千万别接，一接就扣费200
chain :: 網傳吃香蕉配牛奶會中毒，家裡長輩一定要知道！
ok :: 👍
ok :: 搞掂
ok :: Noted.
ok :: 好的👌
ok :: 麻煩晒
ok :: 行，就咁定
ok :: 已寄出，請查收
ok :: Approved, go ahead
ok :: 客户又加了三个SKU，报价单我下午重新出一版
ok :: 今天的daily stand-up取消，Sam在客户那边，明天照常
ok :: 各位同仁，本週六補班，請記得打卡
ok :: 請幫我確認一下這個PR有沒有merge到release分支
ok :: 仁川站明早地勤人手不夠，有冇人可以調一個過去支援兩日？
ok :: The client asked for a revised timeline, I'll draft one and share before EOD
ok :: 樣衣到咗，我放咗喺二樓fitting room，設計師得閒過嚟睇下
ok :: 海运费下个月起上涨，新的rate card在附件，报价时注意更新
ok :: 第二輪面試安排在週四，面試官請先看履歷，評分表會前發
ok :: 冷链车今天下午两点到仓，收货的同事准备好温度计
ok :: 雙十一的門市排班表出來了，有要換班的找店長協調
ok :: 这份consolidation的抵消分录我看完了，有两笔需要再确认
ok :: Boarding gate changed to D12 for tonight's charter, please update the crew
ok :: 聽日Town Hall十點開始，CEO會喺香港直播，大家可以喺工位睇
ok :: 美術組的週報我整理好了，角色原畫完成率八成
ok :: 客戶端的UAT環境今天下午開放，測試帳號已經寄到各位公司信箱
ok :: 麻煩大家把這季的培訓時數在系統裡補登，HR月底要統計
ok :: 合同模板法务已经更新了，旧的不要再用
ok :: 今日出貨單已經打好，司機兩點嚟拎
ok :: Sorry, typo in my last message — should be 15 March not 13
ok :: 有冇人得閒幫我cover下三點嗰個call？我要去見客
hard :: 温馨提示：群内禁止发布广告、链接和二维码，违者移出群聊
hard :: 近期有人冒充航空公司發「里程即將過期，點擊兌換」的簡訊，請提醒會員不要點
hard :: 信息安全月：不要在公共场所用免费WiFi登录公司系统，不要把工牌挂在外面拍照
hard :: 這批麻黃鹼原料屬於易製毒化學品，進出庫要雙人登記，數量每天對帳
hard :: This quarter's trade surveillance flagged a few wash-trade patterns; Compliance is reviewing. Please don't speculate in this group.
hard :: 有客户在门店大闹，说我们卖假货，保安已经处理了，大家遇到类似情况先报店长
hard :: 游戏里的“赌神”成就名字被版号审核打回来了，改成“幸运之星”
hard :: 員工購股計劃的說明會下週三舉行，細節請看HR公告，不會在群組討論個人份額
hard :: 公司只有一個官方招聘渠道，冒充我們HR叫人交培訓費的都係呃人
hard :: 审计小组注意：客户提供的银行对账单要直接向银行函证，不要只看复印件，之前有造假的案例
hard :: 大家轉發新聞前先查證一下，上次那個颱風停班的假消息害大家白跑一趟
hard :: Just to clarify, the "layoff" rumour going around is false. HR will communicate any org changes officially.
hard :: 喺機場見到有人喺行李度藏嘢，一律報告保安，唔好自己處理
hard :: 我們的新遊戲下週開放預約，同仁幫忙分享官方FB貼文，不要用個人帳號發廣告到其他群
hard :: 打擊盜版：發現有人賣我們遊戲的破解版，法務已經在處理，請勿下載測試
hard :: 这次年会的节目审核一下，不要有低俗段子，领导和客户都在
hard :: 同事之間有矛盾請私下溝通或找HR，不要在群組互相指責
hard :: 病毒库更新了，今晚电脑会自动重启，记得保存文件
hard :: The client's whistleblower report is under review by the forensic team. No names, no details here please.
hard :: 香港同事注意：八號風球預計下午三點掛，一點前可以先走，公司車送荃灣、沙田兩條線
bs :: 下季度要把香港的結算中心搬去吉隆坡，60個崗位受影響，下個月先通知
bs :: 這次跟品牌方談的分成比例是七三，比去年多拿五個點，合約還沒簽
bs :: FYI the takeover offer is 12.40 per share, board votes Thursday. Do NOT trade on this obviously
!bs :: 新 季 進 貨 折 扣：品 牌 給 我 們 四 五 折，零 售 價 不 變
cd :: 這份是我們所有醫院客戶的採購聯絡人清單，含分機和採購量，轉給新來的代表
!cd :: 客 户 名 单 + 成 交 价 我 直 接 甩 群 里 了，大 家 随 便 用
cd :: 將今年所有會員嘅消費紀錄同生日日期export咗，放喺群檔案
cr :: Prod DB creds: host 10.20.3.14, user dbadmin, pass Pa55w0rd!2024
cr :: 堡垒机的token种子截图发群里了，谁要登生产自己扫
doc :: 標明「Strictly Confidential」嘅董事會議程，我用手機影咗，大家參考
doc :: 內部審計底稿（機密）第四章我截了圖，裡面有客戶的舞弊線索
!doc :: 绝🔒密文件：集团重组方案v3，我先发大家看看别外传
tech :: 支付SDK的加密key写死在代码里了，就是那行 const KEY = "9f3a...b21"，我先截图给你们
tech :: Here's the full bill of materials and supplier pricing for our new drone, engineering asked me to share with the vendor group
!tech :: 核心算法 yuan ma 放网盘了，链接私发
id :: 幫手訂酒店，入住人陳志偉，身分證號碼{IDB}
id :: 報關要個人證件，司機老王身份證號{ID}
!id :: 身份证👉{IDS}，刘芳，报名表上用
ph :: 我老婆電話{P}，我手機冇電，有急事打俾佢
ph :: 快递小哥手机{PD}，他说放前台了
!ph :: Joyce 嘅 phone 係 {PS}，你 wa 佢啦
card :: 這是我表哥的卡號{C}，中信的，車費轉給他就好
card,id :: 給小陳辦薪資帳戶：身分證號{ID}，卡號{CS}
!card :: 中行 卡：{C} ，名 字 周 杰，麻烦 报 销 打 这
addr :: 送花去Jessica屋企：將軍澳日出康城第五期12座23樓B
addr :: 我把Tom新家的地址发你：闵行区七莘路1839弄22号501，周末聚会用
!addr :: 老板家住 l j z 汤臣一品 B 座 顶楼，大家心里有数
addr :: The courier should deliver directly to Mr. Huang's home, 15 Jalan Ampang, unit 8-3
sal :: 我偷睇咗人事系統，阿Ray人工六萬八，仲多過Manager
sal :: 剛拿到offer，月薪十二萬台幣，要不要走呢
!sal :: 老李年终拿了 ⑥ 个月，我们只有 ②，凭什么
hl :: 聽說阿杰上週住院了，是因為胃出血，好像是喝酒喝出來的
!hl :: 小王得了 ai 症 晚期，大家别在她面前说
hl :: 我把Chris的驗血報告傳上來，醫生說肝指數偏高，大家幫忙看看
fam :: 聽講Eric同佢老婆分咗居，而家住喺公司附近嘅酒店
fam :: 新來的總監聽說是老闆的私生子，所以一來就當總監
fam :: Apparently Sandra's husband got arrested for DUI last weekend
perf :: 今年的考评结果我截图了：王磊D，张芳C，都要约谈
perf :: The disciplinary letter for Michael is attached, he was caught falsifying expense claims
!perf :: 阿 B 呢 季 K P I 全 team 最 低，已 經 被 人 事 約 談
perf :: 这次晋升名单里没有老吴，听说他上次客户投诉被记了大过
porn :: 公司楼下那家按摩店有特殊服务，懂的都懂，三百块
!porn,com,lead :: 🔞 sè qíng 影 片 包 月 30 元，私 聊
gam,lead :: 世界盃期間我開盤，想玩的入群，每場最低100
!gam :: 今晚来我家打 🀄，五十一番，带够 💰
drug :: 澳門那邊有人賣K，週末去玩的可以帶點回來
!drug :: 有没有兄弟需要 飞 叶 子，绝对正宗加州货
bm,fraud :: 兼职客服，入职先交300培训费，包教包会日入500
!fraud :: 【DHL】Your parcel is held at customs, pay the duty fee here: dhl-hk-pay.online
vio :: 明天談判如果對方再壓價，就帶幾個人過去嚇嚇他們
vio :: If he reports me to HR I will make his life hell, I know where he parks
cyber :: 我寫了個script可以刷爆對手遊戲的登入伺服器，想試的說
!cyber :: 拿到一个 0 day，客户系统直接 get shell，谁想玩
abuse :: 你個腦係咪生喺屎忽度？咁簡單都做錯
abuse :: Stop being such a useless piece of shit and answer the client
!abuse :: 這組的人都 ㄅㄧˋ 嘴，吵死了，一群廢物
abuse :: 客户那个老女人又来找茬，真是更年期
com :: 我朋友開咗間美甲店，同事嚟有八折，喺旺角
com :: 日本帶返嚟嘅化妝品，平過專櫃三成，有興趣留言
!com :: 💄 韓 國 直 郵 護 膚 品，正 品 可 驗，价 格 私
lead :: 麻烦大家扫码关注一下我的公众号，分享跨境电商经验，多谢
!lead :: 加 我 徽 信 领 取 外 贸 客 户 资 料 包，号 在 头 像
bm :: 代發小紅書筆記，素人鋪量一百篇起
!bm :: 有 需 要 刷 好 评 的 商 家 吗，一 条 5 块，v 我
fin :: 我哋公司有個私募基金，保本保息年化12%，最低入場50萬
!fin,lead :: 💵 急 用 钱 找 我，秒 批，v：daikuan_888
chat :: 今天电梯好挤啊，等了三趟才上去
chat :: 有冇人知附近邊度有好嘢食？想試新餐廳
chat :: 我哋食乜好？茶記定係日本嘢？
ent :: NBA總決賽今天開打，有人要一起看嗎？
ent :: The new Zelda game is insanely good, just sank 10 hours into it
ent :: 你哋有冇睇昨晚嘅港姐？邊個最靚？
life :: 我家猫昨天生了四只小猫，有人要领养吗
life :: 最近在學潛水，下個月去沖繩考證照
life :: My daughter just got into university, so proud!
chain :: 重要！请转发，某品牌婴儿奶粉查出有毒，家里有小孩的赶紧扔
chain :: 聽說今年農曆七月不可以在晚上洗頭，長輩叫我轉給大家
chain :: 轉發此訊息到20個群組，下載就有免費里程！
chain :: 网传台风今晚直接登陆香港，全港停工三天，是真的吗？大家转起来
ok :: Thanks 🙏
ok :: 等我睇下先
ok :: 在路上了
ok :: 收到，马上改
ok :: 已轉交財務
ok :: 各位，客户那边的管理层访谈排在周二周三，每场45分钟，问题清单我今晚发
ok :: 下週開始機組休息室搬到二航廈三樓，門禁卡要重新登記
ok :: Pls update the tracker before the 4pm call, columns F to H
ok :: 冷庫盤點發現兩箱疫苗標籤印錯，已經隔離，QA明早處理
ok :: 呢季新貨嘅價錢牌已經印好，聽朝九點前換晒
ok :: 本地化團隊請注意，日文版的道具說明還有十幾條沒翻
ok :: 今晚八點的結算數據跑完會自動寄出，明早開盤前請各自核對持倉
ok :: 上海到洛杉矶这票货改走空运了，客户同意加运费
ok :: 新系統的操作手冊放咗喺intranet，有問題搵IT helpdesk
hard :: 小提醒：离职同事请在最后一天退出工作群，群主会定期清理
hard :: 主管們注意，績效面談請在會議室單獨進行，結果不要在群組或走廊討論
hard :: Reminder that gifts from clients above HKD 500 must be declared, no exceptions, even at Chinese New Year
hard :: 我們遊戲的抽卡機率已經依法公示在官網，客服遇到玩家說我們是賭博，請用標準話術回覆
hard :: 客户举报我们的销售私下收回扣，合规已立案，请相关同事配合调查，其他人不要议论
hard :: 有人在停车场被划车，物业说会调监控，大家停车尽量靠近摄像头
hard :: 麻醉科的药品需求单本周五前交药房，超量的要主任签字
hard :: 今日有位客人喺店度發脾氣爆粗，SA處理得好好，多謝大家冷靜應對
hard :: 請勿在群組內分享盜版軟體，公司電腦只能裝IT核准的版本，違者記過
hard :: 我们的品牌活动“限时抢购”是官方活动，门店海报和小程序价格一致，员工不要另外私下加价卖
hard :: 出差去東南亞的同事，接種疫苗記錄自己保管好，公司只需要確認已接種，不用傳證明
hard :: The security team will run a phishing simulation next month. If you click, you'll just get training, no penalty.
hard :: 年终奖发放时间定在1月20日，具体金额见个人工资条，请勿互相打听
hard :: 这版的爆炸特效太假了，美术再调一下粒子
doc :: 這份寫著「內部資料 請勿外流」的供應商評分表，我傳上來大家參考一下
doc :: Screenshot of the internal-only audit planning memo, risk areas highlighted, just so you know what they'll focus on
!doc :: 「機 密」字樣的那份重組簡報，我拍了幾頁，大家看看就好
card :: 我把我嘅銀行卡號貼喺度：{C}，大家AA飯錢轉呢度
card :: Transfer the refund to Kevin's account please: {CS}, HSBC
addr :: 陳經理住喺九龍塘又一村達之路8號，我哋聖誕節寄禮物去佢屋企
!addr :: 阿May屋企地址：荃 灣 海 濱 花 園 3 座 1 8 樓 D，佢話想要人送湯
perf :: 人事通報：Angela因泄漏客戶資料被書面警告一次，並取消本年度晉升資格
perf :: 這次試用期考核小吳沒過，下週最後一天，先不要跟他說
porn :: Who wants the hidden-cam videos from that Bangkok hotel? Sending to anyone who asks
!gam :: bc 平台 新 人 首 充 送 88，真 人 荷 官 在 线 发 牌
drug :: 有冇人要大麻煙？加拿大朋友寄過嚟，包裝好似朱古力
!cyber :: 谁要盗 号 工 具，改个参数就能登别人的游戏号
cyber :: Sharing a keygen for the licensed design software, works on the office machines too
vio :: 你下次再搶我客，我叫人打斷你隻手
fraud :: 報銷單我幫你搞，餐費改高啲，發票我有朋友可以開
bs :: 我哋個大客下個月會轉去競爭對手，佢採購經理私底下同我講咗，仲未報上去
!abuse :: 這個主管真的很 ㄐ ㄅ，一直找麻煩，去死啦
abuse :: 死肥佬，叫你改個數改咗成日
!lead :: 🔥想做跨境電商嘅朋友，入我嘅TG群：t . me / cb_hk_club
!com,lead :: 👜 二 手 名 牌 寄 賣，收 購 高 價，微 ❤️：lux_2nd_hk
fin :: 有興趣買美股嘅，我可以幫手開戶，仲送一個月免費諮詢
!fin,lead :: 稳 赚 理 财 ，年 化 20%，详 情 私 我
chat :: 有人知道今天为什么楼下的星巴克关门了吗
chat :: 冷氣開太大啦，凍到手都僵
chat :: OMG it's raining so hard outside, anyone have an extra umbrella?
ent :: 今天的F1太精彩了，最後一圈超車
ent :: 有人也在玩那個新的手遊嗎？要不要組隊
ent :: 林俊傑演唱會搶到票了！！太開心
ent :: 周末去迪士尼，新园区的过山车真的刺激
life :: 今天是我在公司的最后一个周五，下周搬去墨尔本了，舍不得大家
life :: 昨晚小朋友發燒，成晚冇瞓，今日好眼瞓
life :: 我个人觉得健身之后睡眠好多了，大家可以试试
life :: Just adopted a rescue dog, meet Mochi 🐶
life :: 装修终于搞定了，下周末搬新家
chain :: 据说今天是千年一遇的“六星连珠”，转发能带来好运
chain :: 聽講飛機上開手機會影響導航系統，咁多年原來係真嘅！轉發俾全家
chain :: 扩散！某某超市的冷冻水饺检出病毒，千万别买
chain :: 收到这条信息的人要在12小时内转发给8个人，不然家人会生病
ok :: 冇咗，多謝大家
ok :: 貨櫃號碼已更新在系統，請大家以系統為準
hard :: 再提醒一次，合同草稿只能在内部系统里改，不要发到个人邮箱，更不要发给对方律师
hard :: 剛剛群裡那則「轉帳給主管」的訊息是詐騙帳號發的，已經移除，大家不要理會
tech :: 客戶那套ERP的漏洞清單我貼在這，未修補的有五個，admin頁面不用登入就能進
!tech :: 新 引 擎 的 渲 染 管 线 代 码 我 丢 到 外 网 盘 了，密 码 1234
cd,ph :: 航班取消要通知的旅客：林先生{P}、蔡小姐{PD}、Mr. Smith {PP}，地服盡快打
!sal :: Amy 今 年 package 五 十 萬 蚊，仲 要 係 junior
!perf :: 老黄这季绩效 C-，已经在 P I P 名单上，下个月没起色就走人
vio :: 再有人喺倉庫偷貨，捉到就打到佢入醫院
bm,lead :: 代辦港澳通行證加急，三天出證，價格私聊
"""


if __name__ == "__main__":
    main(LINES, "draft:w17", HERE / "w17_foreign_mixed.jsonl")
