"""PII and credential recognisers: patterns, validators and the guideline's hard cases."""

from __future__ import annotations

import pytest

from wxguard.normalize import normalize
from wxguard.pii import find_pii, gb11643_valid, luhn_valid, person_mentioned, personal_context

VALID_ID = "11010519491231002X"
VALID_CARD = "6222021234567890128"  # Luhn-valid, UnionPay BIN 62


def found(text: str, rule: str) -> list[str]:
    """Values of ``rule`` found in ``text`` (normalised first, as the rules layer does), with their score."""
    norm = normalize(text)
    return [norm.text[m.start:m.end] for m in find_pii(norm.text) if m.rule == rule and m.score >= 0.8]


def test_gb11643_checksum() -> None:
    assert gb11643_valid(VALID_ID.lower())
    assert not gb11643_valid("110105194912310021")
    assert not gb11643_valid("11010519491231002")  # 17 characters
    assert not gb11643_valid("1101051949123100xx")


def test_luhn() -> None:
    assert luhn_valid(VALID_CARD)
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("6222021234567890127")


@pytest.mark.parametrize(("text", "expected"), [
    (f"小王身份证号是{VALID_ID}，帮他订票", [VALID_ID.lower()]),
    ("证件号 110105 19491231 002X", ["110105 19491231 002x"]),
    (VALID_ID, [VALID_ID.lower()]),  # checksum, region and birth date all valid: no context needed
    ("身份证：110105194912310021", ["110105194912310021"]),  # wrong checksum, but the words say it is an ID
    ("订单号110105194912310021已发货", []),  # wrong checksum, no ID words: just a number
    ("身份证 990105194912310021", ["990105194912310021"]),  # context keeps even a bad region
    ("流水号 110105194913310025", []),  # month 13: not a birth date, no context
])
def test_id_number(text: str, expected: list[str]) -> None:
    assert found(text, "pii.id_number") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("老李手机13912345678，有事打他", ["13912345678"]),
    ("他的电话是 139-1234-5678", ["139-1234-5678"]),
    ("号码 +86 139 1234 5678", ["+86 139 1234 5678"]),
    ("手机：幺三九一二三四五六七八", ["13912345678"]),  # Chinese numerals
    ("手机①③⑨①②③④⑤⑥⑦⑧", ["13912345678"]),  # circled digits
    ("手机１３９１２３４５６７８", ["13912345678"]),  # full width
    ("值班电话 13912345678，夜里有事打这个", []),  # a duty line is not a person's phone
    ("客服热线13912345678", []),
    ("测试环境随便填13800000000", []),  # placeholder numbers belong to no one
    ("订单号 12345678901", []),  # not a mobile prefix
    ("交易编号 139123456789", []),  # 12 digits: not a phone number
])
def test_mobile(text: str, expected: list[str]) -> None:
    assert found(text, "pii.mobile") == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"工资卡 {VALID_CARD}", [VALID_CARD]),
    ("卡号 6222 0212 3456 7890 128", ["6222 0212 3456 7890 128"]),
    ("银行卡4111-1111-1111-1111", ["4111-1111-1111-1111"]),
    ("卡号 6222021234567890127", []),  # fails Luhn
    ("运单 1234567812345670", []),  # Luhn-valid but no BIN and no card words
])
def test_bank_card(text: str, expected: list[str]) -> None:
    assert found(text, "pii.bank_card") == expected


def test_a_valid_id_is_not_also_a_card_or_phone() -> None:
    rules = {m.rule for m in find_pii(normalize(f"身份证{VALID_ID}").text)}
    assert rules == {"pii.id_number"}


@pytest.mark.parametrize(("text", "hit"), [
    ("小陈家住阳光花园3栋1201室，周末去他家", True),
    ("寄到张老师家：幸福里小区5号楼2单元302", True),
    ("他住翠湖苑12-3-1801，离公司近", True),
    ("老地址人民路23号院22号楼1门2403，他搬家了", True),
    ("会议地点：科技园区创业大厦3栋501室", False),  # an office
    ("公司地址：万达广场8号楼1805，快递写行政部", False),
    ("急售！阳光花园3栋1201室，南北通透，总价168万", False),  # a flat for sale
])
def test_home_address(text: str, hit: bool) -> None:
    assert bool(found(text, "pii.home_address")) is hit


@pytest.mark.parametrize(("text", "hit"), [
    ("刘经理月薪3.5万，比我们高多了", True),
    ("小王年终奖拿了5万", True),
    ("我这个月工资6300，你呢", True),
    ("老莫每个月补助三千多", True),
    ("全体员工平均工资上涨了4.6%", False),  # statistics name no one
    ("基本工资每人每月增加300元", False),  # a pay rule
    ("工资卡6222021234567890128", False),  # a card number, not an amount
    ("工资条已发个人邮箱，请勿在群里讨论", False),
])
def test_named_salary(text: str, hit: bool) -> None:
    assert bool(found(text, "pii.salary")) is hit


CREDENTIALS = [
    ("数据库密码: Xk9#pq72", "xk9#pq72", "secret.password"),
    ("password=hunter2024", "hunter2024", "secret.password"),
    ("WiFi 密码Edlrc#1218，访客用另一个", "edlrc#1218", "secret.password"),  # no separator, password-shaped
    ("邮箱授权码Qawea#5677", "qawea#5677", "secret.password"),
    ("财务系统的密码改成Prod#123了", "prod#123", "secret.password"),
    ("NVR 192.168.30.126 admin Df7eO57sGG", "df7eo57sgg", "secret.host_login"),
    ("10.176.143.175 manager01/cd44997", "cd44997", "secret.host_login"),
    ("后台用 admin / Zxjbo*3520 登录", "zxjbo*3520", "secret.admin_login"),
    ("AccessKeyId=LTAI5tGjBNdmHmTiO8pdBO7M", "ltai5tgjbndmhmtio8pdbo7m", "secret.aliyun_key"),
    ("aws: AKIAIOSFODNN7EXAMPLE", "akiaiosfodnn7example", "secret.aws_key"),
    ("export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123", "ghp_abcdefghijklmnopqrstuvwxyz0123",
     "secret.git_token"),
    ("access_key_secret: 4k4bS2UdK1pRQyBEQxCHmVay", "4k4bs2udk1prqybeqxchmvay", "secret.api_key"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEow", "-----begin rsa private key-----", "secret.private_key"),
    ("jdbc:mysql://app:Pa55word@10.1.2.3:3306/crm", "pa55word", "secret.dsn"),
    ("mysql -uroot -pS3cret_88 -h 10.0.0.5", "s3cret_88", "secret.cli_login"),
    ("curl -u ck708:Cd_1234 http://10.2.0.14/api/export", "cd_1234", "secret.curl_user"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEyM30.abcdefghijk123",
     "bearer eyjhbgcioijiuzi1nij9.eyjzdwiiojeym30.abcdefghijk123", "secret.bearer"),
]


@pytest.mark.parametrize(("text", "value", "rule"), CREDENTIALS)
def test_credentials(text: str, value: str, rule: str) -> None:
    assert value in found(text, rule)


@pytest.mark.parametrize("text", [
    "密码错误，请重置",  # no value
    "密码至少8位以上",
    "password policy updated",  # no separator and not password-shaped
    "请勿把密码发到群里",
    "密码：******",  # a placeholder
    "服务器 10.0.0.5 nginx v1.24.0",  # a version, not a password
    "周报模板在语雀：https://www.yuque.com/ruiqi/ops/1ayoabcw",  # a URL path
    "加微信：mm520xx",  # "mm" inside an ID is not a password keyword
])
def test_not_credentials(text: str) -> None:
    assert [m for m in find_pii(normalize(text).text) if m.label == "confidential"] == []


def test_email_is_weak() -> None:
    matches = [m for m in find_pii("联系 zhang.san@example.com") if m.rule == "pii.email"]
    assert len(matches) == 1 and matches[0].score < 0.8  # an address alone does not fire a label


@pytest.mark.parametrize(("before", "named"), [
    ("梁敏娜 ", True), ("小蒋 ", True), ("许队 ", True), ("他电话", True), ("客户", True),
    ("订餐：", False), ("看房电话：", False), ("联系电话 ", False), ("☎", False), ("过户当天付款，", False),
])
def test_personal_context(before: str, named: bool) -> None:
    text = before + "13912345678"
    assert personal_context(text, len(before)) is named


@pytest.mark.parametrize(("text", "named"), [
    ("小王这周请假", True), ("刘经理说", True), ("她最近", True), ("张总的意见", True),
    ("小程序上线了", False), ("总结一下", False), ("他们都到了", False), ("两小时后开会", False),
])
def test_person_mentioned(text: str, named: bool) -> None:
    assert (person_mentioned(text) is not None) is named
