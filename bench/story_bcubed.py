#!/usr/bin/env python3
"""B-cubed precision/recall/F1 of a JSON report's stories against gold story labels.

usage: story_bcubed.py GOLD.stories.jsonl REPORT.json
Gold lines are {"id": ..., "story": ...}; an article in no reported story is a singleton."""
import json, sys

gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        gold[r["id"]] = r["story"]
rep = json.load(open(sys.argv[2], encoding="utf-8"))
pred = {}
for s in rep.get("stories", []):
    for a in s["articles"]:
        pred[a["id"]] = s["id"]
ids = [i for i in gold]
pl = {i: pred.get(i, "single:" + i) for i in ids}
P = R = 0.0
for i in ids:
    sp = [j for j in ids if pl[j] == pl[i]]
    sg = [j for j in ids if gold[j] == gold[i]]
    both = sum(1 for j in sp if gold[j] == gold[i])
    P += both / len(sp)
    R += both / len(sg)
P /= len(ids); R /= len(ids)
F = 2 * P * R / (P + R) if P + R else 0.0
print(f"stories B-cubed: P {P:.3f} R {R:.3f} F1 {F:.3f} ({len(ids)} articles, {len(set(gold.values()))} gold stories, {len(set(pl.values()))} predicted)")
if "-v" in sys.argv:
    for g in sorted(set(gold.values())):
        m = [i for i in ids if gold[i] == g]
        print(f"  {g:36s} -> " + ", ".join(sorted(set(pl[i] if not pl[i].startswith('single') else '1' for i in m))))
