#!/usr/bin/env python3
"""Fill Qt Linguist .ts files from JSON Lines, with the checks a translator's tool makes.

Why: the app's interface has ~1,400 texts per language. Translators (people or scripts) work on batches of
unfinished entries as JSON Lines and this tool writes them back into the .ts file, refusing a translation that
loses a placeholder (%1, %n), a brace pair ({{ }}), an accelerator (&) or an HTML tag, so a careless batch cannot break the UI.

  ts_fill.py export FILE.ts OUT.jsonl [--all]   unfinished entries (or all) as one JSON object per line
  ts_fill.py apply  FILE.ts IN.jsonl            write translations; report and skip entries that fail a check
  ts_fill.py check  FILE.ts...                  count unfinished entries and check every finished one

An exported line: {"id": 17, "context": "...", "source": "...", "comment": "...", "extracomment": "...",
"numerus": false, "forms": 1}. To apply, give back "id" and "source" unchanged and add "translation" (a string)
or, when numerus is true, "translations" (a list of `forms` strings in the language's plural order).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

# Plural forms per language as Qt's lrelease counts them (qtbase's numerus rules).
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "it": 2, "ja": 1, "nl": 2, "pt": 2, "ru": 3}

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%L?n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def language_of(path):
    match = re.search(r"_([a-z]{2})(?:_[A-Z]{2})?\.ts$", path)
    return match.group(1) if match else None


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def text_of(element):
    return element.text or "" if element is not None else ""


def accelerators(text):
    # '&&' is a literal ampersand; '&x' marks a shortcut letter.
    return len(re.findall(r"(?<!&)&(?!&)[^\s&;]", text.replace("&&", "")))


def problems(source, translation):
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        missing = set(PLACEHOLDER.findall(source)) ^ set(PLACEHOLDER.findall(translation))
        found.append("placeholders differ: " + ", ".join(sorted(missing)) if missing else "placeholder count differs")
    # Texts that talk about template placeholders quote the braces themselves ("between {{ and }}"): the
    # translation keeps as many as the source, whatever words sit between them.
    for brace in ("{{", "}}"):
        if source.count(brace) != translation.count(brace):
            found.append("'%s' count differs (%d in source)" % (brace, source.count(brace)))
    if accelerators(source) != accelerators(translation):
        found.append("shortcut '&' count differs (%d in source)" % accelerators(source))
    if sorted(t.lower() for t in TAG.findall(source)) != sorted(t.lower() for t in TAG.findall(translation)):
        found.append("HTML tags differ")
    if not translation.strip() and source.strip():
        found.append("empty translation")
    return found


def numerus_problems(source, forms, expected):
    if len(forms) != expected:
        return ["%d plural forms given, the language has %d" % (len(forms), expected)]
    # Every form keeps every placeholder, %n included: Qt picks the form by the number, and a form without
    # %n would show a sentence without its count.
    return ["form %d: %s" % (index, problem) for index, form in enumerate(forms) for problem in problems(source, form)]


def load(path):
    tree = ET.parse(path)
    return tree, list(messages(tree.getroot()))


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")
    # Rewrite through Qt's own writer so the file keeps lupdate's layout and a diff shows only what changed.
    lconvert = shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
    if os.path.exists(lconvert):
        subprocess.run([lconvert, "-i", path, "-o", path], check=True)


def unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished",)


def export(path, out_path, everything):
    tree, entries = load(path)
    forms = PLURAL_FORMS.get(language_of(path), 2)
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for index, (context, message) in enumerate(entries):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            if not everything and not unfinished(message):
                continue
            numerus = message.get("numerus") == "yes"
            line = {
                "id": index,
                "context": context,
                "source": text_of(message.find("source")),
                "comment": text_of(message.find("comment")),
                "extracomment": text_of(message.find("extracomment")),
                "numerus": numerus,
                "forms": forms if numerus else 1,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    print("%s: %d entries written to %s" % (path, count, out_path))


def apply(path, in_path):
    tree, entries = load(path)
    forms = PLURAL_FORMS.get(language_of(path), 2)
    applied, refused = 0, 0
    with open(in_path, encoding="utf-8") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            where = "%s:%d" % (in_path, number)
            try:
                line = json.loads(raw)
            except json.JSONDecodeError as error:
                print("%s: not JSON (%s)" % (where, error))
                refused += 1
                continue
            index = line.get("id")
            if not isinstance(index, int) or not 0 <= index < len(entries):
                print("%s: no entry with id %r" % (where, index))
                refused += 1
                continue
            context, message = entries[index]
            source = text_of(message.find("source"))
            if line.get("source") != source:
                print("%s: id %d's source has changed (%r)" % (where, index, source[:60]))
                refused += 1
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                given = line.get("translations")
                if not isinstance(given, list) or not all(isinstance(f, str) for f in given):
                    print("%s: id %d is a plural entry: give \"translations\" as a list" % (where, index))
                    refused += 1
                    continue
                found = numerus_problems(source, given, forms)
                if found:
                    print("%s: id %d %r: %s" % (where, index, source[:60], "; ".join(found)))
                    refused += 1
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in given:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                given = line.get("translation")
                if not isinstance(given, str):
                    print("%s: id %d: give \"translation\" as a string" % (where, index))
                    refused += 1
                    continue
                found = problems(source, given)
                if found:
                    print("%s: id %d %r: %s" % (where, index, source[:60], "; ".join(found)))
                    refused += 1
                    continue
                translation.text = given
            if "type" in translation.attrib:
                del translation.attrib["type"]
            applied += 1
    save(tree, path)
    print("%s: %d applied, %d refused" % (path, applied, refused))
    return 0 if refused == 0 else 1


def check(paths):
    status = 0
    for path in paths:
        tree, entries = load(path)
        forms = PLURAL_FORMS.get(language_of(path), 2)
        missing, wrong = 0, 0
        for context, message in entries:
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            if unfinished(message):
                missing += 1
                continue
            source = text_of(message.find("source"))
            if message.get("numerus") == "yes":
                found = numerus_problems(source, [text_of(f) for f in translation.findall("numerusform")], forms)
            else:
                found = problems(source, text_of(translation))
            if found:
                wrong += 1
                print("%s: [%s] %r: %s" % (path, context, source[:60], "; ".join(found)))
        print("%s: %d entries, %d unfinished, %d with problems" % (path, len(entries), missing, wrong))
        if missing or wrong:
            status = 1
    return status


def main(argv):
    if len(argv) >= 4 and argv[1] == "export":
        export(argv[2], argv[3], "--all" in argv[4:])
        return 0
    if len(argv) == 4 and argv[1] == "apply":
        return apply(argv[2], argv[3])
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
