#!/usr/bin/env python3
"""Check the CityAtlas translation files; fill the English one.

    python3 translations/tools/check_translations.py                  # check both files
    python3 translations/tools/check_translations.py --fill-english   # then check

The .ts files are the source of the translations: `cmake --build build --target
update_translations` runs lupdate over the code (keeping each message's locations), and
translators finish the new messages in Qt Linguist (`linguist translations/cityatlas_zh_CN.ts`).

* cityatlas_zh_CN.ts: every message must have a finished translation that keeps the source's
  placeholders (%1, %n, %L1), HTML tags, accelerators (&X), a trailing "…", line breaks and a
  leading space.
* cityatlas_en.ts: the sources are English, so each translation is the source text itself;
  plural messages get proper singular/plural forms (EN_NUMERUS, or "(s)" -> ""/"s").
  --fill-english writes them, in lupdate's own format.

Exits with status 1 when a message is unfinished or a translation loses something.
"""

import argparse
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TS_DIR = HERE.parent

EN_NUMERUS = {
    "%1: %n unit(s); %2 of %3 indicators matched; %4 error(s), %5 warning(s).":
        ("%1: %n unit; %2 of %3 indicators matched; %4 error(s), %5 warning(s).",
         "%1: %n units; %2 of %3 indicators matched; %4 error(s), %5 warning(s)."),
    "Imported %n row(s) from %1: %2 change(s) recorded.":
        ("Imported %n row from %1: %2 change(s) recorded.", "Imported %n rows from %1: %2 change(s) recorded."),
    "%n row(s) are null because of missing or non-numeric values in %2: rows %1":
        ("%n row is null because of a missing or non-numeric value in %2: row %1",
         "%n rows are null because of missing or non-numeric values in %2: rows %1"),
    "Division by zero in %n row(s), which are null: rows %1":
        ("Division by zero in %n row, which is null: row %1", "Division by zero in %n rows, which are null: rows %1"),
    "Logarithm of a value ≤ 0 in %n row(s), which are null: rows %1":
        ("Logarithm of a value ≤ 0 in %n row, which is null: row %1",
         "Logarithm of a value ≤ 0 in %n rows, which are null: rows %1"),
    "Square root of a negative value in %n row(s), which are null: rows %1":
        ("Square root of a negative value in %n row, which is null: row %1",
         "Square root of a negative value in %n rows, which are null: rows %1"),
    "The result is not a finite number (overflow, or a negative number to a fractional power) in %n row(s), which are null: rows %1":
        ("The result is not a finite number (overflow, or a negative number to a fractional power) in %n row, which is null: row %1",
         "The result is not a finite number (overflow, or a negative number to a fractional power) in %n rows, which are null: rows %1"),
    "at %1: zscore: the %n value(s) do not vary (standard deviation 0), so every row is null":
        ("at %1: zscore: the %n value does not vary (standard deviation 0), so every row is null",
         "at %1: zscore: the %n values do not vary (standard deviation 0), so every row is null"),
    "%n more unit(s) with invalid input were not listed.":
        ("%n more unit with invalid input was not listed.", "%n more units with invalid input were not listed."),
    "%n feature(s) loaded from %1": ("%n feature loaded from %1", "%n features loaded from %1"),
    "%n warning(s): %1": ("%n warning: %1", "%n warnings: %1"),
    "%n layer file(s) match the checksums recorded in the project.":
        ("%n layer file matches the checksum recorded in the project.", "%n layer files match the checksums recorded in the project."),
    "Draw %1 (%2) failed with its perturbed weights; %n draw(s) failed in all. See the following problems.":
        ("Draw %1 (%2) failed with its perturbed weights; %n draw failed in all. See the following problems.",
         "Draw %1 (%2) failed with its perturbed weights; %n draws failed in all. See the following problems."),
    "In %n draw(s) every Gamma variate was 0; those draws kept the nominal weights.":
        ("In %n draw every Gamma variate was 0; that draw kept the nominal weights.",
         "In %n draws every Gamma variate was 0; those draws kept the nominal weights."),
    "%n more cell(s) that are not finite numbers were not listed.":
        ("%n more cell that is not a finite number was not listed.",
         "%n more cells that are not finite numbers were not listed."),
    "%n more cell(s) with the same problem were not listed.":
        ("%n more cell with the same problem was not listed.", "%n more cells with the same problem were not listed."),
    "%n cell(s) were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.":
        ("%n cell was 0; ε = %1 was added to every value before the geometric mean and subtracted from the result.",
         "%n cells were 0; ε = %1 was added to every value before the geometric mean and subtracted from the result."),
    "%n unit(s) without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units":
        ("%n unit without neighbours (%1) with %2: choose whether to exclude it or attach it to its nearest units",
         "%n units without neighbours (%1) with %2: choose whether to exclude them or attach each to its nearest units"),
}


MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)




def unescape(text):
    text = re.sub(r'<byte value="x([0-9A-Fa-f]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def escape(text):
    """Escape like lupdate (ts.cpp, protect())."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (c < 0x20 or (c > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{c:x}"/>' if c <= 0x20 else f"&#x{c:x};")
        else:
            out.append(ch)
    return "".join(out)


PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")
TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")
ACCEL_RE = re.compile(r"&([^&\s])")


def check(source, translation):
    """Problems with a translation: lost placeholders, tags, accelerators, ellipsis, newlines."""
    problems = []
    if set(PLACEHOLDER_RE.findall(source)) != set(PLACEHOLDER_RE.findall(translation)):
        problems.append("placeholders differ")
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        problems.append("HTML tags differ")
    src_accel = [a.lower() for a in ACCEL_RE.findall(source)]
    if src_accel and src_accel != [a.lower() for a in ACCEL_RE.findall(translation)]:
        problems.append("accelerator differs")
    if source.endswith("…") != translation.endswith("…"):
        problems.append("trailing ellipsis differs")
    if source.count("\n") != translation.count("\n"):
        problems.append("line breaks differ")
    if source.startswith(" ") != translation.startswith(" "):
        problems.append("leading space differs")
    return problems


def translation_element(indent, forms, numerus):
    if not numerus:
        return f"{indent}<translation>{escape(forms[0])}</translation>"
    inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def english_forms(source, count):
    if source in EN_NUMERUS:
        forms = list(EN_NUMERUS[source])
    else:
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
    forms += [forms[-1]] * (count - len(forms))
    return forms[:count]



def process(path, language, fill):
    text = path.read_text(encoding="utf-8")
    stats = {"messages": 0, "missing": [], "problems": []}

    def fix_message(ctx, m):
        indent, attrs, body = m.group("indent"), m.group("attrs"), m.group("body")
        stats["messages"] += 1
        source = unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        numerus = 'numerus="yes"' in attrs
        tr_match = re.search(r"(?P<ind>[ \t]*)<translation(?P<a>[^>]*?)(?:/>|>(?P<t>.*?)</translation>)", body, re.S)
        if tr_match is None:
            stats["missing"].append((ctx, source))
            return m.group(0)
        n_forms = max(1, len(re.findall(r"<numerusform", tr_match.group("t") or "")))
        if language == "en" and fill:
            forms = english_forms(source, n_forms) if numerus else [source]
            new_tr = translation_element(tr_match.group("ind"), forms, numerus)
            return f"{indent}<message{attrs}>{body[:tr_match.start()]}{new_tr}{body[tr_match.end():]}</message>"
        unfinished = 'type="unfinished"' in tr_match.group("a")
        forms = [unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", tr_match.group("t") or "", re.S)] \
            if numerus else [unescape(tr_match.group("t") or "")]
        if unfinished or not any(f.strip() for f in forms):
            stats["missing"].append((ctx, source))
            return m.group(0)
        for f in forms:
            for p in check(source, f):
                stats["problems"].append((ctx, source, p))
        return m.group(0)

    def fix_context(cm):
        body = cm.group("body")
        ctx = unescape(re.search(r"<name>(.*?)</name>", body, re.S).group(1))
        return "<context>" + MESSAGE_RE.sub(lambda m: fix_message(ctx, m), body) + "</context>"

    new_text = CONTEXT_RE.sub(fix_context, text)
    if fill and new_text != text:
        path.write_text(new_text, encoding="utf-8")
    return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill-english", action="store_true", help="write the English translations first")
    parser.add_argument("--ts-dir", type=pathlib.Path, default=TS_DIR, help="folder with the .ts files")
    args = parser.parse_args()

    status = 0
    for name, language in (("cityatlas_zh_CN.ts", "zh_CN"), ("cityatlas_en.ts", "en")):
        path = args.ts_dir / name
        if not path.exists():
            print(f"{path}: missing", file=sys.stderr)
            status = 1
            continue
        if language == "en" and args.fill_english:
            process(path, language, True)
        s = process(path, language, False)
        print(f"{name}: {s['messages']} messages, {len(s['missing'])} unfinished, {len(s['problems'])} problems")
        for ctx, source in s["missing"]:
            print(f"  UNFINISHED [{ctx}] {source!r}")
            status = 1
        for ctx, source, problem in s["problems"]:
            print(f"  CHECK      [{ctx}] {source!r}: {problem}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
