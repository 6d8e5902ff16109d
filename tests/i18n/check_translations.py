#!/usr/bin/env python3
"""Checks the app's translations (issue 16 point 5): every translations/connect-vendor_<lang>.ts is complete
and written with care. Fails on
  - an unfinished message (type="unfinished", or an empty translation),
  - placeholders that differ from the source (%1..%99, %L1.., %n),
  - keyboard shortcuts: a source with an '&' mnemonic needs exactly one in the translation, one without
    needs none ('&&' is a literal ampersand),
  - numerus messages with the wrong number of forms for the language (Qt's rules: ja 1, ru 3, others 2),
and, when a build directory is given, a missing or empty compiled .qm.
Usage: check_translations.py <translations dir> [--qm-dir DIR] [--lang de,es,...]
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
import xml.parsers.expat

NUMERUS_FORMS = {"de": 2, "es": 2, "fr": 2, "it": 2, "ja": 1, "nl": 2, "pt": 2, "ru": 3}
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def mnemonics(text):
    stripped = text.replace("&&", "")
    return len(re.findall(r"&[^\s&;]", stripped))


def text_of(element):
    return "".join(element.itertext()) if element is not None else ""


def message_lines(path):
    """Line of each <message>, in document order (ElementTree does not keep lines)."""
    lines = []
    parser = xml.parsers.expat.ParserCreate()

    def start(name, _attrs):
        if name == "message":
            lines.append(parser.CurrentLineNumber)
    parser.StartElementHandler = start
    with open(path, "rb") as file:
        parser.ParseFile(file)
    return lines


def check_file(path, lang):
    problems = []
    try:
        tree = ET.parse(path)
        lines = iter(message_lines(path))
    except (ET.ParseError, xml.parsers.expat.ExpatError) as error:
        return [f"{path}: not a readable .ts file: {error}"], 0
    total = 0
    for context in tree.getroot().iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            line = next(lines, "?")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            total += 1
            source = text_of(message.find("source"))
            where = f"{path}:{line}: [{name}] \"{source[:60]}\""
            numerus = message.get("numerus") == "yes"
            forms = [text_of(f) for f in translation.iter("numerusform")] if numerus and translation is not None \
                else [text_of(translation)]
            if kind == "unfinished" or any(not f for f in forms):
                problems.append(f"{where}: unfinished")
                continue
            if numerus and lang in NUMERUS_FORMS and len(forms) != NUMERUS_FORMS[lang]:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
            wanted = placeholders(source)
            for form in forms:
                if placeholders(form) != wanted:
                    problems.append(f"{where}: placeholders {placeholders(form)} in \"{form[:60]}\", "
                                    f"the source has {wanted}")
                if (mnemonics(source) > 0) != (mnemonics(form) == 1) or (mnemonics(source) == 0 and mnemonics(form)):
                    problems.append(f"{where}: the source has {mnemonics(source)} '&' shortcut(s), "
                                    f"\"{form[:60]}\" has {mnemonics(form)}")
    return problems, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--qm-dir")
    parser.add_argument("--lang", default=",".join(sorted(NUMERUS_FORMS)))
    args = parser.parse_args()
    failed = False
    for lang in args.lang.split(","):
        path = os.path.join(args.directory, f"connect-vendor_{lang}.ts")
        if not os.path.exists(path):
            print(f"{path}: missing")
            failed = True
            continue
        problems, total = check_file(path, lang)
        if args.qm_dir:
            qm = os.path.join(args.qm_dir, f"connect-vendor_{lang}.qm")
            if not os.path.exists(qm) or os.path.getsize(qm) < 100:
                problems.append(f"{qm}: missing or empty")
        print(f"{lang}: {total} messages, {len(problems)} problems")
        for problem in problems[:15]:
            print("  " + problem)
        if len(problems) > 15:
            print(f"  ... and {len(problems) - 15} more")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
