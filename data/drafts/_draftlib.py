"""Shared code of the hand-written draft generators (w7-w16, v1, v2): label aliases, PII value generators
(resident IDs with valid GB 11643 checksums, mobiles, Luhn-valid cards), placeholder filling, parsing of
``TAG :: TEXT`` lines and writing the JSON Lines file.

Each generator seeds ``random`` itself before calling ``main``, so its output is reproducible.
"""
import json
import random
import re
import sys

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





def parse(lines, source):
    rows = []
    for raw in lines.strip("\n").split("\n"):
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
        rows.append({"text": fill(text.strip()), "labels": labels, "subs": subs, "source": source,
                     "_kind": tag if tag in ("ok", "hard") else "bad", "_evasion": evasion})
    return rows


def main(lines, source, out):
    """Parse ``lines``, refuse duplicate texts, write ``out`` (JSON Lines) and print the counts."""
    rows = parse(lines, source)
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        sys.exit(f"duplicate texts: {sorted(dups)[:5]}")
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
