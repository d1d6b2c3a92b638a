#!/usr/bin/env python3
"""Move translations between Qt Linguist .ts files and plain JSON, for translators who
work outside Linguist.

  ts_tool.py export prihvat_ar.ts > ar.json    # every message, with its translation so far
  ts_tool.py import prihvat_ar.ts ar.json      # write the JSON's translations back
  ts_tool.py english prihvat_en.ts             # English: the translation is the source text
  ts_tool.py check translations/*.ts           # exit 1 on unfinished or empty translations
  ts_tool.py carry OLD.ts NEW.ts               # fill NEW's untranslated messages from OLD's
                                               # translations of the same source text
  ts_tool.py terms fa                          # texts of a language that use a wrong variant
                                               # of a term in terms.tsv (as test_termbase does)

JSON: a list of {"context", "source", "comment", "numerus", "forms", "translation"} where
"translation" is a string, or for numerus messages a list of exactly "forms" strings.
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def export(path):
    root = ET.parse(path).getroot()
    out = []
    for context, msg in messages(root):
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        entry = {"context": context, "source": msg.findtext("source"), "comment": msg.findtext("comment") or "",
                 "numerus": numerus}
        if numerus:
            forms = [f.text or "" for f in tr.findall("numerusform")]
            entry["forms"] = len(forms)
            entry["translation"] = forms
        else:
            entry["translation"] = tr.text or "" if tr is not None else ""
        entry["unfinished"] = tr is not None and tr.get("type") == "unfinished"
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def import_(path, json_path):
    tree = ET.parse(path)
    entries = {(e["context"], e["source"], e.get("comment", "")): e for e in json.load(open(json_path, encoding="utf-8"))}
    missing = 0
    for context, msg in messages(tree.getroot()):
        e = entries.get(key(context, msg))
        tr = msg.find("translation")
        if e is None or not e.get("translation"):
            missing += 1
            continue
        if msg.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            values = e["translation"]
            if not isinstance(values, list) or len(values) != len(forms) or not all(values):
                print(f"wrong number of plural forms: {context}: {e['source']}", file=sys.stderr)
                missing += 1
                continue
            for f, v in zip(forms, values):
                f.text = v
        else:
            tr.text = e["translation"]
        tr.attrib.pop("type", None)
    write(tree, path)
    print(f"{path}: {missing} message(s) still untranslated", file=sys.stderr)


def english(path):
    tree = ET.parse(path)
    for _, msg in messages(tree.getroot()):
        tr = msg.find("translation")
        source = msg.findtext("source")
        if msg.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            for i, f in enumerate(forms):
                f.text = source.replace("(s)", "" if i == 0 else "s").replace("(es)", "" if i == 0 else "es")
        else:
            tr.text = source
        tr.attrib.pop("type", None)
    write(tree, path)


def carry(old_path, new_path):
    known = {}
    for _, msg in messages(ET.parse(old_path).getroot()):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if msg.get("numerus") == "yes":
            forms = [f.text for f in tr.findall("numerusform")]
            if all(forms):
                known[("n", msg.findtext("source"))] = forms
        elif tr.text:
            known[("s", msg.findtext("source"))] = tr.text
    tree = ET.parse(new_path)
    filled = 0
    for _, msg in messages(tree.getroot()):
        tr = msg.find("translation")
        if tr.get("type") != "unfinished":
            continue
        if msg.get("numerus") == "yes":
            forms = known.get(("n", msg.findtext("source")))
            targets = tr.findall("numerusform")
            if forms and len(forms) == len(targets):
                for f, v in zip(targets, forms):
                    f.text = v
                tr.attrib.pop("type", None)
                filled += 1
        else:
            text = known.get(("s", msg.findtext("source")))
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    write(tree, new_path)
    print(f"{new_path}: {filled} message(s) carried over", file=sys.stderr)


def check(paths):
    bad = 0
    for path in paths:
        for context, msg in messages(ET.parse(path).getroot()):
            tr = msg.find("translation")
            texts = [f.text for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                print(f"{path}: {context}: {msg.findtext('source')!r}")
                bad += 1
    return 1 if bad else 0


def read_terms():
    terms = []
    with open(os.path.join(HERE, "terms.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip() or line.startswith("term\t"):
                continue
            c = line.split("\t")
            terms.append({"line": n, "term": c[0], "lang": c[1], "approved": c[2], "scope": c[4],
                          "wrong": [w.strip() for w in c[3].split(" | ") if w.strip()]})
    return terms


def texts_of(lang):
    """(where, english, text, is_form, is_choice) for every text of a language."""
    out = []

    def walk(o, where, choice):
        if isinstance(o, dict):
            if isinstance(o.get("en"), str) and "ps" in o:
                out.append((where, o["en"], o.get(lang, ""), True, choice))
                return
            for k, v in o.items():
                walk(v, where, choice or k == "choices")
        elif isinstance(o, list):
            for v in o:
                walk(v, where, choice)

    files = sorted(glob.glob(os.path.join(ROOT, "resources", "forms", "*.json")))
    files += [os.path.join(ROOT, "resources", "reference", n) for n in ("items.json", "services.json")]
    for path in files:
        with open(path, encoding="utf-8") as f:
            walk(json.load(f), os.path.relpath(path, ROOT), False)
    for context, msg in messages(ET.parse(os.path.join(HERE, f"prihvat_{lang}.ts")).getroot()):
        tr = msg.find("translation")
        forms = [x.text or "" for x in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
        for t in forms:
            out.append((f"prihvat_{lang}.ts: {context}", msg.findtext("source"), t, False, False))
    return out


def has_variant(text, v):
    if len(v) > 2 and v.startswith("/") and v.endswith("/"):
        return re.search(v[1:-1], text, re.I)
    if v.startswith("~"):
        return re.search(r"(?<![^\W\d_])(?<![\u064B-\u065F\u0670])" + re.escape(v[1:]) +
                         r"(?![^\W\d_])(?![\u064B-\u065F\u0670])", text, re.I)
    return v.lower() in text.lower()


def terms(lang):
    bad = 0
    texts = texts_of(lang)
    for t in (t for t in read_terms() if t["lang"] == lang):
        trigger = None if t["term"] == "*" else re.compile(r"\b" + re.escape(t["term"]) + r"(s|es)?\b", re.I)
        for where, english, text, is_form, is_choice in texts:
            if (t["scope"] == "forms" and not is_form) or (t["scope"] == "choices" and not is_choice):
                continue
            if trigger and not trigger.search(english):
                continue
            checked = re.sub(r"\([^()]*\)", " ", text)
            for v in t["wrong"]:
                if has_variant(checked, v):
                    print(f"{where}: {text!r} uses {v} for \"{t['term']}\"; approved: {t['approved']} (terms.tsv line {t['line']})")
                    bad += 1
    for where, english, text, _, _ in texts:
        if re.search("[\u0660-\u0669\u06f0-\u06f9]", text):
            print(f"{where}: {text!r}: write Latin digits; the application shows the language's own")
            bad += 1
    print(f"{lang}: {bad} fault(s)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "export":
        export(sys.argv[2])
    elif cmd == "import":
        import_(sys.argv[2], sys.argv[3])
    elif cmd == "english":
        english(sys.argv[2])
    elif cmd == "carry":
        carry(sys.argv[2], sys.argv[3])
    elif cmd == "terms":
        sys.exit(terms(sys.argv[2]))
    elif cmd == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
