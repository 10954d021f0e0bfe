#!/usr/bin/env python3
"""Carries finished translations from other .ts files into one, for messages it has unfinished.

After a merge in which both sides added messages: take one side's .ts, regenerate it with
lupdate (cmake --build build --target update_translations), then

    python3 translations/tools/carry_translations.py translations/cityatlas_zh_CN.ts OTHER.ts [MORE.ts ...]

fills each unfinished message of the first file with the translation that an OTHER file has
finished for the same context and source text. Nothing else changes.
"""
import sys
import xml.etree.ElementTree as ET


def finished(path):
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') is None and (translation.text or len(translation)):
                found[(name, message.findtext('source'))] = translation
    return found


def main(target, others):
    known = {}
    for other in others:
        known.update(finished(other))
    tree = ET.parse(target)
    carried = 0
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            key = (name, message.findtext('source'))
            if translation is not None and translation.get('type') == 'unfinished' and key in known:
                message.remove(translation)
                message.append(known[key])
                carried += 1
    tree.write(target, encoding='utf-8', xml_declaration=True)
    with open(target, encoding='utf-8') as f:
        text = f.read()
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    print(f'{target}: {carried} translations carried')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
