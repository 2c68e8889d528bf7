"""Lists the gold alias groups a report misses or splits, and the report's entities that join
gold groups, scored as ../shared/eval/score.py aliases does.
Usage: python3 bench/aliases/diff.py GOLD.aliases.json REPORT.json [--corpus DIR]
With --corpus each missed form is shown with the ids of the excerpts it occurs in."""
import json, os, sys
from collections import defaultdict
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../../shared/eval'))
from score import surface, strip_proclitic, load_report

gold, rep = sys.argv[1], sys.argv[2]
corpus = sys.argv[sys.argv.index('--corpus') + 1] if '--corpus' in sys.argv else None
groups = json.load(open(gold, encoding='utf-8'))['groups']
report = load_report(rep)
votes = defaultdict(lambda: defaultdict(int))
names = defaultdict(set)
seen = set()
for art in report.values():
    if id(art) in seen:
        continue
    seen.add(id(art))
    for m in art.get('mentions', []) or []:
        e = m.get('entity')
        if e is None:
            continue
        s = surface(m.get('text', ''))
        names[str(e)].add(s)
        for k in {s, strip_proclitic(s)}:
            votes[k][str(e)] += 1
texts = {}
if corpus:
    for f in os.listdir(corpus):
        if f != 'meta.jsonl':
            texts[f] = surface(open(os.path.join(corpus, f), encoding='utf-8').read())
ent = {}
for g in groups:
    for f in g:
        v = votes.get(surface(f))
        if v:
            ent[f] = max(v.items(), key=lambda kv: kv[1])[0]
missed, split = [], []
for g in groups:
    miss = [f for f in g if f not in ent]
    ids = {ent[f] for f in g if f in ent}
    if miss:
        for f in miss:
            where = [i for i, t in texts.items() if surface(f) in t]
            print('MISSED', f, '| group:', ' / '.join(g), '|', ' '.join(sorted(where)[:4]))
    if len(ids) > 1:
        print('SPLIT', ' / '.join(f'{f}→{ent[f]}' for f in g if f in ent))
by_ent = defaultdict(list)
for gi, g in enumerate(groups):
    for f in g:
        if f in ent:
            by_ent[ent[f]].append(gi)
for e, gis in by_ent.items():
    if len(set(gis)) > 1:
        print('MERGED', e, '|', ' // '.join(' / '.join(groups[gi]) for gi in sorted(set(gis))))
