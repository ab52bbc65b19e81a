"""The rules layer end to end (``Guard(rules_only=True)``): one table per sub-category with obfuscated
positives and the evidence span that must explain them, hard negatives, span and mask guarantees."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import wxguard
from wxguard.fuse import FORCE_SCORE
from wxguard.lexicon import Lexicon
from wxguard.taxonomy import LABELS, SUB_LABELS
from wxguard.verdict import Verdict

DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"

# (message, sub-category that must fire, text of an evidence span for it in the message)
POSITIVES = [
    # confidential
    ("Q3的真实营收比对外口径少了八千万，先别透风", "confidential/business_secret", "比对外"),
    ("竞标控制价1280万，别往外说", "confidential/business_secret", "控制价"),
    ("从CRM导出的意向客户：王强 13912345678，李娜 13812345679", "confidential/customer_data", "客户"),
    ("回访名单：赵敏 11010519491231002X，钱亮 320583199001011232，都是老客户", "confidential/customer_data",
     "客户"),
    ("数据库密码: Xk9#pq72，别外传", "confidential/credentials", "Xk9#pq72"),
    ("ak/sk：LTAI5tLkLOv2kklAi5mYDT67", "confidential/credentials", "LTAI5tLkLOv2kklAi5mYDT67"),
    ("mysql -uroot -pS3cret_88 -h 10.0.0.5", "confidential/credentials", "S3cret_88"),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk", "confidential/credentials",
     "-----BEGIN OPENSSH PRIVATE KEY-----"),
    ("【绝密】关于下调经销商返利的决定", "confidential/internal_document", "【绝密】"),
    ("这是内部版的考官手册，明天开考", "confidential/internal_document", "内部版"),
    ("我们的核心算法是加权打分，千万别泄露", "confidential/technical_secret", "核心算法"),
    ("万能验证码在生产环境没关，任何手机号都能登录", "confidential/technical_secret", "万能验证码"),
    # privacy
    ("小王身份证号是11010519491231002X，帮他订下机票", "privacy/id_number", "11010519491231002X"),
    ("身份证：110105194912310021 帮我登记一下", "privacy/id_number", "110105194912310021"),  # bad checksum
    ("老李的手机是139 1234 5678，找不到我就打他", "privacy/phone", "139 1234 5678"),
    ("小张电话：幺三九一二三四五六七八", "privacy/phone", "幺三九一二三四五六七八"),
    ("小张电话①③⑨①②③④⑤⑥⑦⑧", "privacy/phone", "①③⑨①②③④⑤⑥⑦⑧"),
    ("张姐工资卡6222 0212 3456 7890 128，报销打这里", "privacy/bank_card", "6222 0212 3456 7890 128"),
    ("小陈家住阳光花园3栋1201室，周末去他家聚", "privacy/address", "小陈家住阳光花园3栋1201室"),
    ("刘经理月薪3.5万，比我们高多了", "privacy/salary", "月薪3.5万"),
    ("小赵查出来乙肝，体检报告异常", "privacy/health", "乙肝"),
    ("老周在闹离婚，最近状态不好", "privacy/family_personal", "闹离婚"),
    ("小孙这次考核不合格，记过一次", "privacy/performance", "记过"),
    # illegal_vulgar
    ("約炮 同城 加V看照片", "illegal_vulgar/porn", "約炮"),
    ("賭 博平台，上分下分秒到账", "illegal_vulgar/gambling", "上分"),
    ("d博平台上分", "illegal_vulgar/gambling", "d博"),
    ("六合彩每期必中，进群领计划", "illegal_vulgar/gambling", "六合彩"),
    ("出 冰 同城面交，价格私聊", "illegal_vulgar/drugs", "出 冰"),
    ("谁再卡我报销，我拿刀砍死他", "illegal_vulgar/violence", "砍死"),
    ("帮注册APP拉新，只要身份证和验证码，一单30", "illegal_vulgar/fraud", "拉新"),
    ("兼职刷单，日结300，有意私聊加V", "illegal_vulgar/fraud", "刷单"),
    ("免杀木马，远控上线，私聊", "illegal_vulgar/cyber", "免杀"),
    ("你是猪吗，这都不会", "illegal_vulgar/abuse", "你是猪吗"),
    ("你个煞笔，滚出这个群", "illegal_vulgar/abuse", "煞笔"),
    ("河南人都是骗子，招人别招河南的", "illegal_vulgar/abuse", "河南人都是"),
    # advertising
    ("全场包邮，买二送一，要的扣1", "advertising/commercial", "包邮"),
    ("有意者加我薇信 abc_12345，详聊", "advertising/lead_gen", "加我薇信"),
    ("加薇❤: abc_12345，懂的来", "advertising/lead_gen", "懂的来"),
    ("w x: shop_8899 有需要的私我", "advertising/lead_gen", "w x: shop_8899"),
    ("兼职日结，动动手指🈷️入过万，宝妈学生党都可以", "advertising/black_market", "🈷️入过万"),
    ("代发朋友圈广告，精准引流，日结", "advertising/black_market", "代发朋友圈"),
    ("征信花也能下，不看征信，当天放款", "advertising/finance", "不看征信"),
    # off_topic: chain letters are the one off_topic sub-category the rules fire
    ("不转不是中国人！求扩散", "off_topic/chain_message", "不转不是中国人"),
]

# (message, label that must not fire)
HARD_NEGATIVES = [
    # a regional stereotype quoted or condemned is not abuse (the model still sees a hint)
    ("上周会上有人说“东北人都爱喝酒误事”，我作为东北人想说这不是事实，希望以后别再这样说", "illegal_vulgar"),
    ("客户群里有人说广东人都不讲信用，这属于地域歧视，请管理员处理", "illegal_vulgar"),
    ("群里讨论工作就好，别地域黑", "illegal_vulgar"),
    ("他今天跟我赌气，一上午没说话", "illegal_vulgar"),
    ("黄经理下午三点到，会议室准备一下", "illegal_vulgar"),
    ("冰箱里的饮料大家随便拿", "illegal_vulgar"),
    ("电脑装一下杀毒软件，公司统一采购", "illegal_vulgar"),
    ("帮我看看这个外挂硬盘还能不能用", "illegal_vulgar"),  # not=外挂硬盘
    ("外挂存储柜的安装位置定了，在二号仓东墙", "illegal_vulgar"),  # external-mount homonyms
    ("外挂模块的意思是外部挂载的存储，不是游戏外挂哈，别误会", "illegal_vulgar"),
    ("这款产品在美国属于枪支配件敏感类目吗？法务确认下", "illegal_vulgar"),  # 枪支 needs a trade context
    ("我就是个废物哈哈哈，报销单又填错了", "illegal_vulgar"),  # self-mockery
    ('刚才群里有人骂小刘"脑残"，我已经截图发给HR了', "illegal_vulgar"),  # quoted with straight quotes
    ('客户称收货员说他"老不死的"，请物流部核实', "illegal_vulgar"),
    ("智障儿童康复中心的义卖活动周五截止报名", "illegal_vulgar"),  # a disability term, not an insult
    ("仓库还剩十几条大麻袋，够装了", "illegal_vulgar"),  # not=大麻袋
    ("同事复诊的费用公司先垫付，HR会单独跟家属沟通", "illegal_vulgar"),  # 单独 is not an order context
    ("这个小游戏不涉及任何真钱，只是积分", "illegal_vulgar"),
    ("核心算法模块的代码评审明天上午十点", "confidential"),  # naming a secret, not stating it
    ("刷单返利是诈骗！派出所刚发了通报，转给家里人看看", "illegal_vulgar"),  # "X是诈骗" warns
    ("法务提醒：股票推荐、带单信息请勿在群内转发", "illegal_vulgar"),
    ("这个押注意事项请大家看一下", "illegal_vulgar"),  # not=押注意
    ("这款手机的跑分出来了，比上一代快", "illegal_vulgar"),  # 跑分 needs money-laundering context
    ("反诈宣传：刷单就是诈骗，凡是让你垫付的兼职都是骗局", "illegal_vulgar"),  # allow-list
    ("反诈宣传：刷单就是诈骗，凡是让你垫付的兼职都是骗局", "advertising"),
    ("禁毒宣传月，各部门组织观看警示教育片，远离毒品", "illegal_vulgar"),
    ("提醒大家：不要参与任何形式的网络赌博", "illegal_vulgar"),
    ("广告文案不要出现“刷单”“稳赚不赔”这种词", "illegal_vulgar"),  # quoted: talked about, not used
    ("有问题请联系值班电话 13912345678", "privacy"),  # a duty line
    ("测试环境的手机号都是假的，比如13800000000", "privacy"),
    ("订餐热线 139-1234-5678，新店开业全场八折", "privacy"),  # an advertiser's number is not private
    ("请注意保密，文件不要外传", "confidential"),
    ("明天开预算会，材料提前看", "confidential"),
    ("工资条已发个人邮箱，请勿在群里讨论", "privacy"),
    ("全体员工平均工资今年上涨了4.6%", "privacy"),
    ("有问题私聊我，群里不方便说", "advertising"),  # a work hand-off alone is weak
    ("新项目群已建好，相关同事扫码进群", "advertising"),
    ("下午去客户那边加一下他们采购的微信", "advertising"),
    ("周末王者荣耀开黑吗，我新英雄练好了", "off_topic"),  # only a hint for the model
    ("usb接口坏了，换一个", "illegal_vulgar"),  # "sb" only on an ASCII boundary
]


def _evidence(verdict: Verdict, sub_label: str) -> Iterator[str]:
    label, sub = sub_label.split("/", 1)
    return (e.text for e in verdict.evidence if e.label == label and e.sub == sub)


@pytest.mark.parametrize(("text", "sub_label", "span"), POSITIVES)
def test_positive(rules_guard: wxguard.Guard, text: str, sub_label: str, span: str) -> None:
    verdict = rules_guard.classify(text)
    assert sub_label.split("/", 1)[0] in verdict.labels
    assert sub_label in verdict.subs
    assert span in set(_evidence(verdict, sub_label))


@pytest.mark.parametrize(("text", "label"), HARD_NEGATIVES)
def test_hard_negative(rules_guard: wxguard.Guard, text: str, label: str) -> None:
    assert label not in rules_guard.classify(text).labels


def test_every_sub_category_has_rules() -> None:
    """Lexicon or pattern coverage for all 28 sub-categories."""
    lexicon_subs = {e.sub_label for e in Lexicon.default().entries}
    pattern_subs = {"privacy/id_number", "privacy/phone", "privacy/bank_card", "privacy/address",
                    "privacy/salary", "confidential/credentials", "confidential/customer_data"}
    assert set(SUB_LABELS) <= lexicon_subs | pattern_subs


@pytest.mark.parametrize("sub_label",
                         ["off_topic/chitchat", "off_topic/entertainment", "off_topic/personal_life"])
def test_off_topic_hints_never_fire_alone(rules_guard: wxguard.Guard, sub_label: str) -> None:
    texts = {"off_topic/chitchat": "今天的云好美，夕阳也好看，桂花开了好香",
             "off_topic/entertainment": "周末王者荣耀开黑，新英雄，梅西，追剧",
             "off_topic/personal_life": "周末带娃大扫除，我家小朋友学弹琴，表妹的婚礼"}
    verdict = rules_guard.classify(texts[sub_label])
    assert 0 < verdict.sub_scores[sub_label] < FORCE_SCORE
    assert verdict.labels == ()


OBFUSCATED = ["加薇❤: ａｂｃ１２３，賭 博上分", "V信 abc_12345 兼z日结", "身份证 ①①⓪①⓪⑤①⑨④⑨①②③①⓪⓪②Ｘ",
              "手机幺三九 一二三四 五六七八", "赌\u200b博\u200d平台上分", "☎️ 139-1234-5678（微✉️同#）",
              "𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖"]


@pytest.mark.parametrize("text", [t for t, _, _ in POSITIVES] + OBFUSCATED)
def test_evidence_spans_are_slices_of_the_original(rules_guard: wxguard.Guard, text: str) -> None:
    verdict = rules_guard.classify(text)
    assert verdict.evidence
    for ev in verdict.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text


def test_overlapping_hits_count_once(rules_guard: wxguard.Guard) -> None:
    """私聊 inside 私聊我 is one piece of evidence: two weak words must not add up to a verdict."""
    verdict = rules_guard.classify("有事私聊我")
    assert verdict.sub_scores["advertising/lead_gen"] == pytest.approx(0.65)
    assert verdict.labels == ()


def test_regional_stereotype_said_is_abuse_reported_is_a_hint(rules_guard: wxguard.Guard) -> None:
    said = rules_guard.classify("东北人都爱喝酒误事，别招")
    reported = rules_guard.classify("有人说“东北人都爱喝酒误事”，这是刻板印象")
    assert "illegal_vulgar/abuse" in said.subs
    assert "illegal_vulgar" not in reported.labels
    assert 0 < reported.sub_scores["illegal_vulgar/abuse"] < FORCE_SCORE


def test_quoted_term_is_demoted(rules_guard: wxguard.Guard) -> None:
    plain = rules_guard.classify("这个平台可以下注")
    quoted = rules_guard.classify("这个叫“下注”")
    assert "illegal_vulgar" in plain.labels
    assert "illegal_vulgar" not in quoted.labels
    assert 0 < quoted.sub_scores["illegal_vulgar/gambling"] < FORCE_SCORE


def test_named_person_makes_a_fact_private(rules_guard: wxguard.Guard) -> None:
    assert "privacy" in rules_guard.classify("小刘在吃抗焦虑的药").labels
    assert "privacy" not in rules_guard.classify("焦虑症的药物要按医嘱服用").labels


def test_illegal_offer_is_also_advertising(rules_guard: wxguard.Guard) -> None:
    offer = rules_guard.classify("出冰 出叶 同城面交，加V私聊")
    boast = rules_guard.classify("以前有人出冰被抓了")
    assert "advertising/black_market" in offer.subs
    assert "advertising" not in boast.labels


def test_advertiser_number_is_a_hand_off(rules_guard: wxguard.Guard) -> None:
    verdict = rules_guard.classify("新店开业酬宾，全场八折，订餐：139-1234-5678")
    assert "advertising" in verdict.labels and "privacy" not in verdict.labels
    assert any(e.rule == "signal.contact_number" and e.text == "139-1234-5678" for e in verdict.evidence)


def test_user_lexicon_options_and_reload() -> None:
    term = "快乐岛\tctx=充值|上分\tnot=快乐岛公园"
    guard = wxguard.Guard(rules_only=True, extra_lexicons={"illegal_vulgar/gambling": [term]})
    assert "illegal_vulgar" in guard.classify("快乐岛充值秒到").labels
    assert guard.classify("周末去快乐岛").ok  # no context word nearby
    assert guard.classify("快乐岛公园充值年卡").ok  # the exception covers the hit
    guard.reload_lexicons(allow=["快乐岛充值"])
    assert guard.classify("快乐岛充值秒到").ok


def test_bad_lexicon_option_names_the_line() -> None:
    with pytest.raises(ValueError, match=r"user:illegal_vulgar/gambling:1: unknown option"):
        wxguard.Guard(rules_only=True, extra_lexicons={"illegal_vulgar/gambling": ["赌\tsocre=0.5"]})


@pytest.mark.parametrize("score", ["5", "1.01", "-0.1", "nan", "inf", "-inf"])
def test_lexicon_score_outside_0_1_names_the_line(score: str) -> None:
    lines = ["甲乙棋牌", f"某某棋牌\tscore={score}"]
    with pytest.raises(ValueError, match=r"^user:illegal_vulgar/gambling:2: score must be between 0 and 1$"):
        wxguard.Guard(rules_only=True, extra_lexicons={"illegal_vulgar/gambling": lines})


def test_lexicon_scores_at_the_bounds_keep_verdict_scores_in_range() -> None:
    lines = ["某某棋牌\tscore=1", "乙乙\tscore=1.0", "丙丙\tscore=0"]
    verdict = wxguard.Guard(rules_only=True, extra_lexicons={"illegal_vulgar/gambling": lines}).classify(
        "来玩某某棋牌和乙乙，丙丙")
    assert verdict.labels == ("illegal_vulgar",)
    assert verdict.scores["illegal_vulgar"] == pytest.approx(1.0)
    assert all(0.0 <= s <= 1.0 for s in [*verdict.scores.values(), *verdict.sub_scores.values()])


@pytest.mark.parametrize(("text", "masked"), [
    ("小王身份证11010519491231002X", "小王身份证110105********002X"),
    ("手机13912345678", "手机139****5678"),
    ("手机139-1234-5678", "手机139-****-5678"),
    ("卡号6222021234567890128", "卡号6222***********0128"),
    ("家住阳光花园3栋1201室", "家住阳光花园*栋****室"),
    ("密码: Xk9#pq72", "密码: ********"),  # a secret keeps no character, symbols included
    ("密码:!@#$%^&*(", "密码:*********"),  # a password of symbols only
    ("邮箱 zhangsan＠qq.com", "邮箱 z*******＠qq.com"),  # detected on the folded @, masked in the original
    ("今天开会", "今天开会"),
])
def test_mask(text: str, masked: str) -> None:
    assert wxguard.mask(text) == masked
    assert len(wxguard.mask(text)) == len(text)


def test_mask_obfuscated_digits_in_place() -> None:
    text = "电话幺三九一二三四五六七八，身份证①①⓪①⓪⑤①⑨④⑨①②③①⓪⓪②Ｘ"
    masked = wxguard.mask(text)
    assert len(masked) == len(text)
    assert masked.startswith("电话幺三九****五六七八")
    assert "①①⓪①⓪⑤********⓪⓪②Ｘ" in masked


@pytest.mark.skipif(not DEV.exists(), reason="data/dev.jsonl is not in this checkout")
def test_rules_only_precision_on_dev(rules_guard: wxguard.Guard) -> None:
    """Issue 3 acceptance: every label the rules fire is right at least 95% of the time on the dev split."""
    rows = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    verdicts = rules_guard.classify_batch([r["text"] for r in rows])
    for label in LABELS:
        fired = [label in r["labels"] for r, v in zip(rows, verdicts, strict=True) if label in v.labels]
        if fired:
            assert sum(fired) / len(fired) >= 0.95, (label, sum(fired), len(fired))


@pytest.mark.parametrize("text", [
    "电脑都装一下公司统一的杀毒软件，别自己装破解版",
    "有人问我们能不能代开发票，不能！公司所有发票都按实际业务开",
    "有个服务商私信说能帮我们刷好评，我拉黑了，大家遇到也别理",
    "他就是骗子，说能代开发票，大家别信",
])
def test_warned_terms_are_hints_not_verdicts(rules_guard: wxguard.Guard, text: str) -> None:
    """A term next to a warning, refusal or report is talked about: it no longer fires on its own."""
    verdict = rules_guard.classify(text)
    assert not {"illegal_vulgar", "advertising"} & set(verdict.labels), verdict.evidence


@pytest.mark.parametrize("text", ["代开发票，正规可查，不是骗子，加微信", "出售外挂，稳定不封号，加V详聊",
                                  "外挂便宜出，王者吃鸡都有", "出售枪支，货到付款", "你就是个废物",
                                  "刷单返利，日结，不是骗子，加V", "我们的报价策略是比对手低5%，别外传",
                                  "内部资料 严禁外传：明年预算砍30%，裁员名单有老李"])
def test_spam_and_leaks_keep_firing_despite_cue_like_words(rules_guard: wxguard.Guard, text: str) -> None:
    assert rules_guard.classify(text).labels
