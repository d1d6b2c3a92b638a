#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz (corpus/hq_api, corpus/protocol) and the
dictionaries. The files are committed; run this again only to change them:

    python3 tests/fuzz/make_corpus.py

The credentials and ids are the fixed ones fuzz_hq_api.cpp writes into its database."""
import gzip
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = 1_750_000_000_000
DEV_A = "01977420-dc00-7000-8000-00000000000a"
DEV_B = "01977420-dc00-7000-8000-00000000000b"
TOKEN_A = "fuzzDeviceA_0123456789abcdefghijklmnopqrstu"
TOKEN_B = "fuzzDeviceB_0123456789abcdefghijklmnopqrstu"
CODE = "K7QZP-3MX9D-R2T8W-5NB4C"
PERSON = "01977420-d000-7000-8000-000000000101"     # in the database: given_name in conflict
ASSIST_BLZ = "01977420-d000-7000-8000-000000000201"  # site BLZ (device A's)
ASSIST_LIP = "01977420-d000-7000-8000-000000000202"  # site LIP (only device B's)
BEARER_A = f"Bearer {DEV_A}.{TOKEN_A}"
BEARER_B = f"Bearer {DEV_B}.{TOKEN_B}"


def uid(n):
    return f"01977420-dc00-7000-8000-{n:012x}"


def stamp(device, wall=NOW, counter=0):
    return f"{wall:013x}-{counter:06x}-{device}"


def change(record, form, field, value, hlc, base=0):
    return {"record_id": record, "form": form, "field": field, "value": value, "hlc": hlc, "base": base}


def compact(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":")).encode()


def gz(data):
    return gzip.compress(data, mtime=0)


def request(method, target, headers=(), body=b""):
    head = f"{method} {target}\n" + "".join(f"{k}: {v}\n" for k, v in headers) + "\n"
    return head.encode() + body


def many(*requests):
    return b"\n%%\n".join(requests)


JSON = ("Content-Type", "application/json")
GZIP = ("Content-Encoding", "gzip")
A = ("Authorization", BEARER_A)
B = ("Authorization", BEARER_B)

new1, new2, new3 = uid(0x301), uid(0x302), uid(0x303)
valid_push = {
    "batch_id": uid(0xb101),
    "changes": [
        change(new1, "person", "given_name", "Amina", stamp(DEV_A, NOW, 1)),
        change(new1, "person", "family_name", "Hosseini", stamp(DEV_A, NOW, 2)),
        change(new1, "person", "sex", "female", stamp(DEV_A, NOW, 3)),
        change(new1, "person", "date_of_birth", "1990-02-28", stamp(DEV_A, NOW, 4)),
        change(new1, "person", "languages", ["fa", "en"], stamp(DEV_A, NOW, 5)),
        change(new2, "assistance", "site", "BLZ", stamp(DEV_A, NOW, 6)),
        change(new2, "assistance", "person_id", new1, stamp(DEV_A, NOW, 7)),
        change(new2, "assistance", "quantity", 3, stamp(DEV_A, NOW, 8)),
        change(new2, "assistance", "group_distribution", False, stamp(DEV_A, NOW, 9)),
    ],
}
conflicts_and_scope = {
    "batch_id": uid(0xb102),
    "changes": [
        change(PERSON, "person", "given_name", "Ahmet", stamp(DEV_A, NOW, 1), 0),  # concurrent with B
        change(PERSON, "person", "given_name", "Ahmad", stamp(DEV_A, NOW, 2), 2),  # settles the conflict
        change(ASSIST_BLZ, "assistance", "quantity", None, stamp(DEV_A, NOW, 3), 4),
        change(ASSIST_LIP, "assistance", "quantity", 1, stamp(DEV_A, NOW, 4)),  # outside A's sites
        change(ASSIST_BLZ, "assistance", "site", "LIP", stamp(DEV_A, NOW, 5)),  # moves it away
        change(new3, "assistance", "site", "USI", stamp(DEV_A, NOW, 6)),
        change(ASSIST_BLZ, "assistance", "_deleted", True, stamp(DEV_A, NOW, 7)),
        change(ASSIST_BLZ, "person", "given_name", "X", stamp(DEV_A, NOW, 8)),  # wrong form
        change(new1, "person", "given_name", "Y", stamp(DEV_B, NOW, 9)),  # another device's stamp
        change(new1, "person", "given_name", "Z", stamp(DEV_A, NOW + 3_600_000, 0)),  # clock ahead
    ],
}
rejections = {
    "batch_id": uid(0xb103),
    "changes": [
        "not an object",
        {},
        change("01977420-DC00-7000-8000-000000000301", "person", "given_name", "a", stamp(DEV_A)),
        change(new1, "Person", "given_name", "a", stamp(DEV_A)),
        change(new1, "person", "no_such_field", "a", stamp(DEV_A)),
        change(new1, "person", "sex", "maybe", stamp(DEV_A)),
        change(new1, "person", "date_of_birth", "1990-02-30", stamp(DEV_A)),
        change(new1, "person", "age_estimated", 1e300, stamp(DEV_A)),
        change(new1, "person", "age_estimated", 2.5, stamp(DEV_A)),
        change(new1, "person", "given_name", "a" * 300, stamp(DEV_A)),
        change(new1, "person", "languages", ["fa", "fa"], stamp(DEV_A)),
        change(new1, "person", "given_name", "a", "not a stamp"),
        change(new1, "person", "given_name", "a", stamp(DEV_A), -1),
        change(new1, "person", "given_name", "a", stamp(DEV_A), 1.5),
        {"record_id": new1, "form": "person", "field": "given_name", "hlc": stamp(DEV_A), "base": 0},
    ],
}
hostile = {
    "batch_id": uid(0xb104),
    "changes": [
        change(new1, "person", "given_name", "'); DROP TABLE persons;--", stamp(DEV_A, NOW, 1)),
        change(new1, "person", "family_name", "\u202eevil\u202c", stamp(DEV_A, NOW, 2)),
        change(new1, "person", "name_native", "\u0645\u0647\u0633\u0627\u200c\u0633\u0627\u062f\u0627\u062a", stamp(DEV_A, NOW, 3)),
        change(new1, "person", "other_names", "\u0627\u0653\u0645\u0646\u0647 \u0049\u0308", stamp(DEV_A, NOW, 4)),
        change(new1, "person", "notes", "nul\u0000byte \U0001F600 \u2066x\u2069", stamp(DEV_A, NOW, 5)),
    ],
}

hq_api = {
    "health": request("GET", "/v1/health"),
    "health_gzip_answer": request("GET", "/v1/health", [("Accept-Encoding", "br;q=1, gzip;q=0.5")]),
    "enroll_valid": request("POST", "/v1/enroll", [JSON], compact({"code": CODE, "name": "laptop-7"})),
    "enroll_code_reused": many(
        request("POST", "/v1/enroll", [JSON], compact({"code": CODE.lower().replace("-", " ")})),
        request("POST", "/v1/enroll", [JSON], compact({"code": CODE, "name": None})),  # used already
    ),
    "enroll_throttled": many(*[
        request("POST", "/v1/enroll", [JSON, ("X-Fuzz-Peer", "127.0.0.1"), ("X-Real-IP", "198.51.100.9")],
                compact({"code": f"AAAAA-BBBBB-CCCCC-DDDD{i}", "name": "x"})) for i in range(7)
    ]),
    "enroll_bad": many(
        request("POST", "/v1/enroll", [JSON], compact({"code": 12345})),
        request("POST", "/v1/enroll", [JSON], compact({"code": CODE, "name": ["x"]})),
        request("POST", "/v1/enroll", [("Content-Type", "text/plain")], b"K7QZP"),
    ),
    "push_valid": request("POST", "/v1/push", [JSON, A], compact(valid_push)),
    "push_gzip": request("POST", "/v1/push", [JSON, GZIP, A, ("Accept-Encoding", "gzip")], gz(compact(valid_push))),
    "push_harness_gzip": request("POST", "/v1/push", [("Content-Type", "application/json; charset=utf-8"), GZIP, A,
                                                       ("X-Fuzz-Gzip", "1")], compact(conflicts_and_scope)),
    "push_conflicts_scope": request("POST", "/v1/push", [JSON, A], compact(conflicts_and_scope)),
    "push_as_hq": request("POST", "/v1/push", [JSON, B], compact({"batch_id": uid(0xb105), "changes": [
        change(ASSIST_LIP, "assistance", "quantity", 5, stamp(DEV_B, NOW, 1), 5),
        change(PERSON, "person", "given_name", "Ahmed", stamp(DEV_B, NOW, 2), 9)]})),
    "push_rejections": request("POST", "/v1/push", [JSON, A], compact(rejections)),
    "push_hostile_text": request("POST", "/v1/push", [JSON, A], compact(hostile)),
    "push_twice_then_pull": many(
        request("POST", "/v1/push", [JSON, A], compact(valid_push)),
        request("POST", "/v1/push", [JSON, A], compact(valid_push)),
        request("GET", "/v1/pull?after=0&limit=3", [A]),
        request("GET", "/v1/pull?after=9", [B, ("Accept-Encoding", "gzip")]),
    ),
    "push_too_many_changes": request("POST", "/v1/push", [JSON, A],
                                     compact({"batch_id": uid(0xb106), "changes": [{}] * 1001})),
    "push_envelope_bad": many(
        request("POST", "/v1/push", [JSON, A], compact({"batch_id": "x", "changes": []})),
        request("POST", "/v1/push", [JSON, A], compact({"batch_id": uid(0xb107), "changes": {}})),
        request("POST", "/v1/push", [JSON, A], b"[1,2,3]"),
        request("POST", "/v1/push", [JSON, A], b'{"batch_id": "' + uid(1).encode() + b'", "changes": [tru'),
        request("POST", "/v1/push", [JSON, A, ("Content-Encoding", "br")], b"{}"),
    ),
    "push_deep_nesting": request("POST", "/v1/push", [JSON, A], b"[" * 3000 + b"]" * 3000),
    "pull": request("GET", "/v1/pull", [A]),
    "pull_all_sites": request("GET", "/v1/pull?after=0&limit=2000", [B, ("Accept-Encoding", "*")]),
    "pull_bad_arguments": many(
        request("GET", "/v1/pull?after=-1", [A]),
        request("GET", "/v1/pull?after=1e3", [A]),
        request("GET", "/v1/pull?limit=0", [A]),
        request("GET", "/v1/pull?limit=999999999&after=%31%32", [A]),
        request("GET", "/v1/pull?after=1&after=2&limit=&x=%zz", [A]),
    ),
    "auth_bad": many(
        request("POST", "/v1/push", [JSON], compact(valid_push)),
        request("POST", "/v1/push", [JSON, ("Authorization", f"Bearer {DEV_A}.wrong")], compact(valid_push)),
        request("GET", "/v1/pull", [("Authorization", f"bearer   {DEV_A}")]),
        request("GET", "/v1/pull", [("Authorization", "Basic dXNlcjpwYXNz")]),
        request("GET", "/v1/pull", [("authorization", "Bearer " + "x." * 150)]),
    ),
    "routing": many(
        request("GET", "/v1/push", [A]),
        request("DELETE", "/v1/pull"),
        request("POST", "/v1/health"),
        request("GET", "/v1/../v1/health"),
        request("GET", "/v1/pu%E2%80%AEsh"),
        request("HEAD", "/"),
        request("", ""),
    ),
    "malformed_json": request("POST", "/v1/push", [JSON, A], b'{"batch_id": "\\ud800", "changes": [{"record_id": 1e999,'),
    "gzip_bomb": request("POST", "/v1/push", [JSON, GZIP, A], gz(b"\0" * (17 * 1024 * 1024))),
    "gzip_header_only": request("POST", "/v1/push", [JSON, GZIP, A], gz(b"{}")[:10]),
    "gzip_damaged": request("POST", "/v1/enroll", [JSON, GZIP],
                            bytearray(gz(compact({"code": CODE}))[:-4]) + b"\0\0\0\0"),
    "gzip_trailing_garbage": request("POST", "/v1/enroll", [JSON, ("Content-Encoding", " GZIP ")],
                                     gz(compact({"code": CODE})) + b"garbage"),
}

pull_answer = {
    "changes": [
        {"seq": 1, "record_id": PERSON, "form": "person", "field": "given_name", "value": "Ahmad",
         "hlc": stamp(DEV_A), "device": DEV_A},
        {"seq": 2, "record_id": PERSON, "form": "person", "field": "languages", "value": ["fa"],
         "hlc": stamp(DEV_A, NOW, 1), "device": DEV_A},
    ],
    "conflicts": [
        {"id": uid(0xc1), "seq": 3, "record_id": PERSON, "form": "person", "field": "given_name",
         "winner": {"value": "Ahmed", "hlc": stamp(DEV_B), "device": DEV_B},
         "loser": {"value": "Ahmad", "hlc": stamp(DEV_A), "device": DEV_A}, "resolved": False},
    ],
    "next": 3, "more": False,
}
push_answer = {"batch_id": uid(0xb101), "server_time": "2025-06-15T15:06:40.000Z", "results": [
    {"status": "accepted", "seq": 4}, {"status": "conflict", "seq": 5, "conflict_id": uid(0xc2)},
    {"status": "rejected", "reason": "unknown form \"x\""}]}

protocol = {
    "push_request": b"\x00" + compact(valid_push),
    "push_request_rejections": b"\x00" + compact(rejections),
    "pull_answer": b"\x01" + compact(pull_answer),
    "pull_answer_bad": b"\x01" + compact({"changes": [{"seq": -1}], "next": 1.5}),
    "pull_answer_conflict_seq_overflow": b"\x01" + compact(
        dict(pull_answer, conflicts=[dict(pull_answer["conflicts"][0], seq=1e300)])),
    "push_answer": b"\x02" + compact(push_answer),
    "gzip_valid": b"\x03" + gz(compact(pull_answer)),
    "gzip_truncated": b"\x03" + gz(compact(push_answer))[:30],
    "gzip_small_bomb": b"\x03" + gz(b"a" * (2 * 1024 * 1024)),
    "stamp": b"\x04" + stamp(DEV_A, NOW, 5).encode(),
    "stamp_far_future": b"\x04" + stamp(DEV_B, 0xfffffffffffff, 0xffffff).encode(),
    "code": b"\x05" + CODE.encode(),
    "code_lookalikes": b"\x05" + b"k7qzp 3mx9d r2t8w 5nb4c OIL",
    "uuid": b"\x05" + DEV_A.encode(),
}

DICT_TOKENS = [
    "GET", "POST", "PUT", "HEAD", "/v1/health", "/v1/enroll", "/v1/push", "/v1/pull", "?after=", "&limit=",
    "\n%%\n", "\nContent-Type: application/json", "\nContent-Encoding: gzip", "\nAccept-Encoding: gzip",
    "\nX-Fuzz-Gzip: 1", "\nX-Fuzz-Peer: 127.0.0.1", "\nX-Real-IP: ", "\nAuthorization: " + BEARER_A,
    "\nAuthorization: " + BEARER_B, "Bearer ", CODE, DEV_A, DEV_B, PERSON, ASSIST_BLZ, ASSIST_LIP,
    stamp(DEV_A), stamp(DEV_B), "\"batch_id\":", "\"changes\":", "\"record_id\":", "\"form\":", "\"field\":",
    "\"value\":", "\"hlc\":", "\"base\":", "\"code\":", "\"name\":", "\"_deleted\"", "\"person\"",
    "\"assistance\"", "\"referral\"", "\"given_name\"", "\"languages\"", "\"site\"", "\"quantity\"",
    "\"date_of_birth\"", "\"BLZ\"", "\"LIP\"", "null", "true", "false", "1e999", "-0", "9007199254740993",
    "\"\\u0000\"", "\"\\ud800\"", "\\u202e", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
]


def dict_line(token):
    out = []
    for byte in token.encode():
        if byte == 0x22 or byte == 0x5c:
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7f:
            out.append(chr(byte))
        else:
            out.append(f"\\x{byte:02x}")
    return '"' + "".join(out) + '"'


def write(folder, files):
    # Only its own files: inputs that once failed a target (crash-*, regression-*) stay beside them.
    path = os.path.join(HERE, "corpus", folder)
    os.makedirs(path, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(path, name), "wb") as f:
            f.write(bytes(data))


write("hq_api", hq_api)
write("protocol", protocol)
with open(os.path.join(HERE, "hq_api.dict"), "w") as f:
    f.write("# libFuzzer dictionary for fuzz_hq_api (written by make_corpus.py)\n")
    for t in DICT_TOKENS:
        f.write(dict_line(t) + "\n")
