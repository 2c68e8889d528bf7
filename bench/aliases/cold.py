"""Alias scores of the train split with a COLD lexicon: for each train event family, the
lexicon entries whose names occur in that family's excerpts and in no other family's are
left out (RIWAYA_LEXICON_DROP), as on an event the lexicon has never met; what remains is
what shape rules and linking find. The gazetteer stays (a new event's towns are in it).
Usage: python3 bench/aliases/cold.py BIN [--warm] [--diff]
(run `python3 bench/devsplit/split.py` first). --warm: drop nothing (same per-family runs).
--diff: print bench/aliases/diff.py's missed/split lists per family.
--honest: drop EVERY entry of every file (general ones too) one of whose names is a gold alias
form of that family, whether or not another family names it too: the event is new to the
lexicon. --geo (with --honest): gazetteer rows with such a name go as well."""
import json, os, re, subprocess, sys, tomllib, tempfile
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '../..')
sys.path.insert(0, os.path.join(ROOT, '../shared/eval'))
from score import surface, strip_proclitic, load_report

BIN = sys.argv[1]
WARM = '--warm' in sys.argv
HONEST = '--honest' in sys.argv
GEO = '--geo' in sys.argv
GENERAL = set() if '--strict' in sys.argv or HONEST else {
    'actors_international.toml', 'places_world.toml', 'outlets.toml', 'loaded_terms.toml'}
SPLIT = '/tmp/riwaya-devsplit/train'
OUT = tempfile.mkdtemp(prefix='riwaya-cold-')
# Train stories grouped into the events a new article would belong to (bench only).
FAMILY = {'derna': 'libya-floods', 'ghat': 'libya-floods', 'libya': 'libya-floods',
          'ahli': 'gaza-hospitals', 'nasser': 'gaza-hospitals',
          'quake': 'quake-2023', 'beirut': 'beirut', 'bourj': 'beirut',
          'khan': 'syria-chemical', 'saraqib': 'syria-chemical', 'zamzam': 'darfur-camp'}


def fold(t):
    t = surface(t)
    t = re.sub('[أإآ]', 'ا', t).replace('ى', 'ي').replace('ة', 'ه')
    return t


story = {}
for l in open(f'{SPLIT}/gold/dev.stories.jsonl'):
    r = json.loads(l)
    story[r['id']] = FAMILY[r['story'].split('-')[0]]
fams = sorted(set(story.values()))
texts = {i: open(f'{SPLIT}/corpus/{i}', encoding='utf-8').read() for i in story}
ftext = {f: ' ' + ' '.join(fold(texts[i]) for i in story if story[i] == f) for f in fams}

# Every lexicon entry with its folded names.
entries = []
for fn in sorted(os.listdir(f'{ROOT}/data/lexicon')):
    if not fn.endswith('.toml') or fn in GENERAL:
        continue
    d = tomllib.load(open(f'{ROOT}/data/lexicon/{fn}', 'rb'))
    for e in d.get('actor', []) + d.get('place', []):
        names = [e['name_ar']] + e.get('aliases', []) + e.get('short_aliases', []) + \
            [p['text'] for p in e.get('partisan_aliases', [])]
        entries.append((e['id'], [fold(n) for n in names if len(fold(n)) >= 3]))
if GEO:
    for l in open(f'{ROOT}/data/lexicon/gazetteer.tsv', encoding='utf-8'):
        if not l.startswith('#') and l.count('\t') == 8:
            c = l.rstrip('\n').split('\t')
            entries.append((c[0], [fold(n) for n in c[8].split('|') if n.strip()]))


def occurs(name, t):
    return re.search(r'[\sوفبلك]' + re.escape(name) + r'(?![\w])', t) is not None


groups_all = json.load(open(f'{SPLIT}/gold/dev.aliases.json'))['groups']
tot = defaultdict(int)
for f in fams:
    if HONEST:
        raw_f = ''.join(texts[i] for i in story if story[i] == f)
        gold_f = {fold(strip_proclitic(surface(x))) for gr in groups_all for x in gr if x in raw_f}
        gold_f |= {fold(surface(x)) for gr in groups_all for x in gr if x in raw_f}
    drop = [] if WARM else [i for i, ns in entries if any(n in gold_f for n in ns)] if HONEST \
        else [i for i, ns in entries
                            if any(occurs(n, ftext[f]) for n in ns)
                            and not any(occurs(n, ftext[g]) for g in fams if g != f for n in ns)]
    d = f'{OUT}/{f}'
    os.makedirs(f'{d}/corpus')
    ids = [i for i in story if story[i] == f]
    for i in ids:
        os.symlink(os.path.realpath(f'{SPLIT}/corpus/{i}'), f'{d}/corpus/{i}')
    with open(f'{d}/corpus/meta.jsonl', 'w') as w:
        for l in open(f'{SPLIT}/corpus/meta.jsonl'):
            if json.loads(l)['id'] in ids:
                w.write(l)
    raw = ''.join(texts[i] for i in ids)
    groups = [g for g in ([x for x in gr if x in raw] for gr in groups_all) if g]
    json.dump({'groups': groups}, open(f'{d}/gold.json', 'w'), ensure_ascii=False)
    open(f'{d}/drop.txt', 'w').write('\n'.join(drop) + '\n')
    env = dict(os.environ, RIWAYA_LEXICON_DROP=f'{d}/drop.txt')
    subprocess.run([BIN, 'analyze', f'{d}/corpus', '--format', 'json', '-o', f'{d}/report.json',
                    '-q'], env=env, check=False)
    rep = load_report(f'{d}/report.json')
    votes = defaultdict(lambda: defaultdict(int))
    for art in {id(a): a for a in rep.values()}.values():
        for m in art.get('mentions', []) or []:
            if m.get('entity') is None:
                continue
            s = surface(m.get('text', ''))
            for k in {s, strip_proclitic(s)}:
                votes[k][str(m['entity'])] += 1
    forms = [(gi, x) for gi, g in enumerate(groups) for x in g]
    ent = {}
    for gi, x in forms:
        v = votes.get(surface(x))
        if v:
            ent[(gi, x)] = max(v.items(), key=lambda kv: kv[1])[0]
    tp = fp = fn = 0
    for a in range(len(forms)):
        for b in range(a + 1, len(forms)):
            ea, eb = ent.get(forms[a]), ent.get(forms[b])
            same = ea is not None and ea == eb
            if forms[a][0] == forms[b][0]:
                tp += same; fn += not same
            else:
                fp += same
    for k, v in (('forms', len(forms)), ('found', len(ent)), ('tp', tp), ('fp', fp), ('fn', fn)):
        tot[k] += v
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    print(f'{f:16} dropped {len(drop):3}  coverage {len(ent)/len(forms):.3f}  '
          f'pairs P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f}')
    if '--diff' in sys.argv:
        print(subprocess.run(['python3', f'{HERE}/diff.py', f'{d}/gold.json', f'{d}/report.json',
                              '--corpus', f'{d}/corpus'], capture_output=True, text=True).stdout)
p = tot['tp'] / (tot['tp'] + tot['fp']) if tot['tp'] + tot['fp'] else 0
r = tot['tp'] / (tot['tp'] + tot['fn']) if tot['tp'] + tot['fn'] else 0
print(f'{"ALL (" + ("warm" if WARM else "honest" if HONEST else "cold") + ")":16}              coverage '
      f'{tot["found"]/tot["forms"]:.3f}  pairs P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f}'
      f'   (outputs in {OUT})')
