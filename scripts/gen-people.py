#!/usr/bin/env python3
"""Convert the people in the Phoenix actor lists (MIT licence, Open Event Data Alliance) into
Parley's dictionary format: Sources/ParleyCoding/Resources/people.generated.txt.

  scripts/gen-people.py ../shared/eval/petrarch2/Phoenix.Countries.actors.txt

Keeps persons (two or more words) holding a dated role that reaches past 1999, with their
synonyms and all their dated codes. Hand-curated people go in people.txt, which is read after
this file and adds to or refines it.
"""
import re, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/petrarch2/Phoenix.Countries.actors.txt"
out = "Sources/ParleyCoding/Resources/people.generated.txt"

def date(s):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        return ("20" if yy < 30 else "19") + s[:2] + "-" + s[2:4] + "-" + s[4:6]
    if len(s) == 8:
        return s[:4] + "-" + s[4:6] + "-" + s[6:8]
    return None

def code(block):
    parts = block.split()
    if not parts:
        return None
    c = parts[0].upper()
    if not re.fullmatch(r"[A-Z]{3,15}", c):
        return None
    rng = "".join(parts[1:])
    if not rng:
        return (c, "", "")
    if rng.startswith(">"):
        d = date(rng[1:])
        return (c, d, "") if d else None
    if rng.startswith("<"):
        d = date(rng[1:])
        return (c, "", d) if d else None
    if "-" in rng:
        a, b = rng.split("-", 1)
        da, db = date(a), date(b)
        return (c, da, db) if da and db else None
    return None

def name(s):
    s = s.split("#")[0].strip().lstrip("+").strip()
    s = s.replace("_", " ").strip()
    return " ".join(w.capitalize() if w.isupper() else w for w in s.split())

entries = []
cur = None
for line in open(src, encoding="utf-8", errors="replace"):
    raw = line.rstrip("\n\r")
    body = raw.split("#")[0]
    if not body.strip():
        continue
    if body.startswith((" ", "\t")) and body.strip().startswith("["):
        if cur is not None:
            for b in re.findall(r"\[([^\]]*)\]", body):
                c = code(b)
                if c:
                    cur[1].append(c)
        continue
    if body.startswith("+"):
        if cur is not None:
            cur[0].append(name(body))
        continue
    cur = ([name(body.split("[")[0])], [])
    for b in re.findall(r"\[([^\]]*)\]", body):
        c = code(b)
        if c:
            cur[1].append(c)
    entries.append(cur)

with open(out, "w", encoding="utf-8") as f:
    f.write("# People with dated roles, converted by scripts/gen-people.py from the Phoenix actor lists\n")
    f.write("# (Copyright (c) 2014 Open Event Data Alliance, MIT licence).\n[people]\n")
    n = 0
    for names, codes in entries:
        names = [x for x in dict.fromkeys(names) if x and "|" not in x and "=" not in x]
        # a lone word stands for the person only when it is the surname of the full name
        # and long enough not to be a common word ("Merkel", not "King")
        surname = names[0].split()[-1] if names else ""
        names = [x for x in names if len(x.split()) > 1 or (x == surname and len(x) >= 5)]
        if not names or len(names[0].split()) < 2:
            continue
        dated = [c for c in codes if c[1] or c[2]]
        recent = [c for c in dated if not c[2] or c[2] >= "2000"]
        if not recent:
            continue
        if not any(c[0][3:6] in ("GOV", "MIL", "OPP", "REB", "LEG", "JUD") or c[0].startswith("IGO") for c in recent):
            continue
        f.write(" | ".join(names) + " = " + ", ".join(
            c[0] + ((" " + c[1] + ".." + c[2]) if (c[1] or c[2]) else "") for c in codes) + "\n")
        n += 1
print(n, "people")
