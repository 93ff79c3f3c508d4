#!/usr/bin/env python3
"""Converts an example corpus of src/test/resources/examples to the one notation that
org.mizan.examples.ExampleCorpus reads (issue 13):

    input with its [span] or [span|options] marked  ⟶  field | field | ...

`-` for none, a list inside a field separated by ` ; `. Comment lines (#) and === blocks
are kept as they are. A data line that does not have exactly one ⟶ stops the
conversion (it would be skipped by the old parsers: the new reader fails on it).

    python3 src/test/scripts/convert-examples.py FORMAT FILE [--check]

FORMAT is one of:
  attributions      {span} -> [span]; fields: source | type | hedge
  quantity-binding  [span]{kind} -> [span|kind]; fields padded to
                    unit | counted | event | participants (- for none)
  non-counts        none -> -, values separated by ` ; `
  boilerplate       already === blocks of "+ line" / "- line"; checked only
  frames            already [span] ⟶ 7 fields; checked only

With --check nothing is written: the file is only checked against the notation.
Prints the number of examples before and after.
"""

import re
import sys

ARROW = "⟶"


def fail(path, n, why, line):
    sys.exit(f"{path}:{n}: {why}: {line}")


def split_line(path, n, line):
    if line.count(ARROW) != 1:
        fail(path, n, f"not exactly one {ARROW}", line)
    left, right = line.split(ARROW)
    left, right = left.strip(), right.strip()
    if not left or not right:
        fail(path, n, f"an empty side of {ARROW}", line)
    return left, right


def fields(right):
    return [f.strip() for f in right.split("|")]


def attributions(path, n, left, right):
    if "[" in left or "]" in left:
        fail(path, n, "a bracket in the text", left)
    marks = len(re.findall(r"\{[^{}]+\}", left))
    if marks == 0 or left.count("{") != marks or left.count("}") != marks:
        fail(path, n, "spans must be {span}", left)
    f = fields(right)
    if len(f) != 3:
        fail(path, n, "expected source | type | hedge", right)
    return re.sub(r"\{([^{}]+)\}", r"[\1]", left), " | ".join(f)


def quantity_binding(path, n, left, right):
    converted = re.sub(r"\[([^\]|]+)\](?:\{(\w+)\})?", lambda m: f"[{m.group(1)}|{m.group(2)}]"
                       if m.group(2) else f"[{m.group(1)}]", left)
    if len(re.findall(r"\[[^\]]+\]", converted)) != 1 or "{" in converted or "}" in converted:
        fail(path, n, "expected one [number] or [number]{kind}", left)
    f = fields(right)
    if len(f) == 3:
        f.append("-")
    if len(f) != 4 or any(not x for x in f):
        fail(path, n, "expected unit | counted | event [| participants]", right)
    return converted, " | ".join(f)


def non_counts(path, n, left, right):
    if right == "none":
        return left, "-"
    values = [v.strip() for v in right.split(";")]
    if any(not re.fullmatch(r"-?[0-9][0-9.]*|[0-9-]+", v) for v in values):
        fail(path, n, "expected values separated by ; or none", right)
    return left, " ; ".join(values)


def frames(path, n, left, right):
    if len(re.findall(r"\[[^\]]+\]", left)) != 1:
        fail(path, n, "expected one [number]", left)
    if len(fields(right)) != 7:
        fail(path, n, "expected measure | subject | scope | time | revision | kind | place", right)
    return left, right


LINE_FORMATS = {"attributions": attributions, "quantity-binding": quantity_binding, "non-counts": non_counts,
                "frames": frames}


def convert_lines(path, fmt, lines):
    out, before, after = [], 0, 0
    for n, raw in enumerate(lines, 1):
        if raw.startswith("#") or not raw.strip():
            out.append(raw)
            continue
        before += 1
        left, right = split_line(path, n, raw.strip())
        left, right = LINE_FORMATS[fmt](path, n, left, right)
        out.append(f"{left} {ARROW} {right}")
        after += 1
    return out, before, after


def check_blocks(path, lines):
    blocks, in_block = 0, False
    for n, raw in enumerate(lines, 1):
        if raw.startswith("#"):
            continue
        if raw.startswith("==="):
            if not raw[3:].strip():
                fail(path, n, "a block without a name", raw)
            blocks += 1
            in_block = True
        elif in_block:
            if raw and not (raw.startswith("+ ") or raw.startswith("- ")):
                fail(path, n, "a page line is '+ text', '- text' or empty", raw)
        elif raw.strip():
            fail(path, n, "a line before the first === block", raw)
    return lines, blocks, blocks


def main(argv):
    if len(argv) < 3 or argv[1] not in list(LINE_FORMATS) + ["boilerplate"]:
        sys.exit(__doc__)
    fmt, path, check = argv[1], argv[2], "--check" in argv[3:]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    trailing = lines[-1] == ""
    if trailing:
        lines = lines[:-1]
    if fmt == "boilerplate":
        out, before, after = check_blocks(path, lines)
    else:
        out, before, after = convert_lines(path, fmt, lines)
    print(f"{path}: {before} examples before, {after} after")
    if not check:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + ("\n" if trailing else ""))


if __name__ == "__main__":
    main(sys.argv)
