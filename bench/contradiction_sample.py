#!/usr/bin/env python3
"""Draw contradictions at random from a JSON report, for reading by hand.

usage: contradiction_sample.py REPORT.json [--n 50] [--seed 11]

Lists every contradiction of every story (figure and event alike), draws N of them with
Python's random.Random(SEED).sample (all of them when there are N or fewer) and prints each
with its story, the rule that judged it, and both reports' sentences, outlets and dates."""
import argparse, json, random

ap = argparse.ArgumentParser()
ap.add_argument("report")
ap.add_argument("--n", type=int, default=50)
ap.add_argument("--seed", type=int, default=11)
args = ap.parse_args()
rep = json.load(open(args.report, encoding="utf-8"))
allc = []
for s in rep.get("stories", []):
    for c in s.get("contradictions", []):
        allc.append((s, c))
pick = allc if len(allc) <= args.n else random.Random(args.seed).sample(allc, args.n)
print(f"{len(allc)} contradictions; {len(pick)} drawn (random.Random({args.seed}).sample)" if len(allc) > args.n else f"{len(allc)} contradictions; all read")
for k, (s, c) in enumerate(pick):
    print(f"\n#{k} story {s['id']} ({len(s['articles'])} articles) «{s['title'][:70]}»")
    print(f"   {c['reason']}: {c['why']}")
    if c["kind"] == "figure":
        f = s["figures"][c["index"]]
        for i in (c["a"], c["b"]):
            r = f["reports"][i]
            print(f"   - {r.get('outlet')} {r.get('published')} [{r.get('text')}] {r.get('sentence', '')[:400]}")
    else:
        e = s["events"][c["index"]]
        for i in (c["a"], c["b"]):
            if i < len(e["reports"]):
                r = e["reports"][i]
                print(f"   - {r.get('outlet')} {r.get('date')} {'(denied) ' if r.get('denied') else ''}{r.get('text', '')[:300]}")
