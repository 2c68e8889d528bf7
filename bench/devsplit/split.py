"""Splits the dev set into a train part and one held-out event, corpus and gold, under DIR
(default /tmp/riwaya-devsplit): develop on train, look at heldout only as totals.
Usage: python3 bench/devsplit/split.py [DIR]

The held-out event rotates once its numbers stop telling anything new: sessions 5-10 held
out the Zamzam camp files; from session 11 the Khan Shaykhun files (the 2017 attack and its
two distractors) are held out and Zamzam joins train. RIWAYA_HOLDOUT=zamzam gives the old
split back, to compare."""
import json, os, pathlib, sys

ROOT=pathlib.Path(__file__).resolve().parents[2]
S=str(ROOT.parent/'shared')
OUT=pathlib.Path(sys.argv[1]) if len(sys.argv)>1 else pathlib.Path('/tmp/riwaya-devsplit')
OUT.mkdir(parents=True, exist_ok=True)
os.chdir(OUT)
HOLDS={'zamzam':{'zamzam-2025','zamzam-shelling-2024-12','zamzam-attack-2025-02'},
       'khan-shaykhun':{'khan-shaykhun-2017','saraqib-chlorine-2018','khan-shaykhun-airstrike-2019'}}
HOLD=HOLDS[os.environ.get('RIWAYA_HOLDOUT','khan-shaykhun')]
story={}
for l in open(f'{S}/gold/dev.stories.jsonl'):
    r=json.loads(l); story[r['id']]=r['story']
for part in ['train','heldout']:
    keep={i for i,s in story.items() if (s in HOLD)==(part=='heldout')}
    c=f'{part}/corpus'; g=f'{part}/gold'
    os.makedirs(c,exist_ok=True); os.makedirs(g,exist_ok=True)
    for i in keep:
        dst=f'{c}/{i}'
        if not os.path.exists(dst): os.symlink(f'{S}/corpus/dev/{i}',dst)
    with open(f'{c}/meta.jsonl','w') as f:
        for l in open(f'{S}/corpus/dev/meta.jsonl'):
            if json.loads(l)['id'] in keep: f.write(l)
    for k in ['claims','dates','events','stories']:
        with open(f'{g}/dev.{k}.jsonl','w') as f:
            for l in open(f'{S}/gold/dev.{k}.jsonl'):
                if l.strip() and json.loads(l)['id'] in keep: f.write(l)
    texts=''.join(open(f'{S}/corpus/dev/{i}',encoding='utf-8').read() for i in keep)
    groups=json.load(open(f'{S}/gold/dev.aliases.json'))['groups']
    ng=[[x for x in gr if x in texts] for gr in groups]
    ng=[gr for gr in ng if gr]
    json.dump({'groups':ng},open(f'{g}/dev.aliases.json','w'),ensure_ascii=False,indent=1)
    print(part,len(keep),'articles',len(ng),'alias groups')
