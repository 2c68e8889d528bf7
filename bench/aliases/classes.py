"""Why gold alias forms are missed, by class, over the per-family outputs of cold.py.
Usage: python3 bench/aliases/classes.py OUTDIR [WARM_OUTDIR] [--list]
OUTDIR: the folder cold.py printed (one sub-folder per family: corpus/, gold.json,
report.json). WARM_OUTDIR (a `cold.py --warm` run) gives each form the kind the full
lexicon gives it (person, place, body…), so the classes can be split by kind.
Classes: ok; split (found, but its id is not its group's majority id); latin; unrecognised
(no mention covers it); inside (only inside a longer mention); cut (a shorter mention
inside it: a proclitic or suffix cut, or a name cut short); no-entity (a mention without id)."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '../../../shared/eval'))
from score import surface, strip_proclitic, load_report

out = sys.argv[1]
warm = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith('--') else None
LIST = '--list' in sys.argv


def kinds_of(rep):
    k = defaultdict(Counter)
    for art in {id(a): a for a in rep.values()}.values():
        for m in art.get('mentions', []) or []:
            if m.get('entity') is None:
                continue
            s = surface(m.get('text', ''))
            for x in {s, strip_proclitic(s)}:
                k[x][m.get('kind', '?')] += 1
    return k


def coarse(kind):
    if kind in (None, '?'):
        return '?'
    if kind == 'person':
        return 'person'
    if kind in ('country', 'governorate', 'city', 'town', 'village', 'district', 'region',
                'camp', 'neighbourhood', 'neighborhood', 'building', 'site', 'place'):
        return 'place'
    if kind in ('outlet', 'agency'):
        return 'outlet'
    return 'body'


tot = Counter()
by_kind = Counter()
for fam in sorted(os.listdir(out)):
    d = os.path.join(out, fam)
    if not os.path.isdir(d):
        continue
    groups = json.load(open(f'{d}/gold.json'))['groups']
    rep = load_report(f'{d}/report.json')
    wk = kinds_of(load_report(os.path.join(warm, fam, 'report.json'))) if warm else {}
    arts = list({id(a): a for a in rep.values()}.values())
    votes = defaultdict(Counter)
    for art in arts:
        for m in art.get('mentions', []) or []:
            if m.get('entity') is None:
                continue
            s = surface(m.get('text', ''))
            for k in {s, strip_proclitic(s)}:
                votes[k][str(m['entity'])] += 1
    for g in groups:
        ent = {f: votes[surface(f)].most_common(1)[0][0] for f in g if votes.get(surface(f))}
        major = Counter(ent.values()).most_common(1)[0][0] if ent else None
        for f in g:
            sf = surface(f)
            kind = coarse(wk[sf].most_common(1)[0][0]) if sf in wk else '?'
            if f in ent:
                cls = 'ok' if ent[f] == major or len(g) == 1 else 'split'
            elif re.search('[A-Za-z]', f):
                cls = 'latin'
            else:
                cls = 'unrecognised'
                seen = []
                for art in arts:
                    t = art.get('text', '')
                    for mo in re.finditer(re.escape(f), t):
                        a, b = mo.start(), mo.end()
                        a8, b8 = len(t[:a].encode()), len(t[:b].encode())
                        hit = 'unrecognised'
                        for m in art.get('mentions', []) or []:
                            if m['start'] < b8 and m['end'] > a8:
                                if m.get('entity') is None:
                                    hit = 'no-entity'
                                elif m['start'] <= a8 and m['end'] >= b8:
                                    hit = 'inside'
                                else:
                                    hit = 'cut'
                        seen.append(hit)
                # Inside only when every occurrence is inside a longer mention.
                for c in ('cut', 'no-entity', 'unrecognised', 'inside'):
                    if c in seen:
                        cls = c
                        break
            tot[cls] += 1
            by_kind[(cls, kind)] += 1
            if LIST and cls != 'ok':
                print(f'{fam:15} {cls:12} {kind:7} {f}  | {" / ".join(g)[:120]}')
n = sum(tot.values())
print('forms', n)
for c, v in tot.most_common():
    ks = ', '.join(f'{k} {by_kind[(c, k)]}' for k in ('place', 'body', 'person', 'outlet', '?')
                   if by_kind[(c, k)])
    print(f'{c:13} {v:4}  {v / n:.3f}   ({ks})')
