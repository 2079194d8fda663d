#!/usr/bin/env python3
"""accept-moved-translations.py TS_FILE BEFORE_TS_FILE

After code moves to another class, lupdate finds its texts under the new class's
context and fills them in from the old translation of the same text ("same-text
heuristic"), but marks them unfinished. This accepts exactly those: a message marked
unfinished whose translation is the finished translation of the same source text in
BEFORE_TS_FILE (the .ts before the move, e.g. `git show HEAD:translations/…`).
Anything new stays unfinished for a translator."""
import re
import sys

path, before = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
message = re.compile(r"<message( numerus=\"yes\")?>\s*<source>(.*?)</source>\s*<translation( type=\"unfinished\")?>(.*?)</translation>", re.S)
finished = {}
for m in message.finditer(open(before, encoding="utf-8").read()):
    if not m.group(3):
        finished.setdefault(m.group(2), m.group(4))
accepted = 0


def accept(m):
    global accepted
    numerus, source, unfinished, translation = m.groups()
    if unfinished and translation.strip() and finished.get(source) == translation:
        accepted += 1
        return m.group(0).replace(' type="unfinished"', "", 1)
    return m.group(0)


text = message.sub(accept, text)
open(path, "w", encoding="utf-8").write(text)
print(f"accepted {accepted} translation(s) of moved texts")
