"""Claims that differ from gold, with their sentence: wrong subject, wrong source, missed,
spurious. Matching as ../shared/eval/score.py does (it is imported).
Usage: python3 bench/claims/diff.py GOLD.claims.jsonl REPORT.json CORPUS_DIR [--only subject|source|missed|spurious]
Run it on the train split only (bench/devsplit): never on the held-out event."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'eval'))
import score as S

gold_path, rep_path, corpus = sys.argv[1:4]
only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else None
report = S.load_report(rep_path)

def sentence(text, span):
    i = text.find(span)
    if i < 0:
        return span
    a = max(text.rfind('.', 0, i), text.rfind('\n', 0, i), text.rfind('؟', 0, i)) + 1
    b = min([x for x in (text.find('.', i + len(span)), text.find('\n', i + len(span))) if x >= 0] or [len(text)])
    return text[a:b + 1].strip()

def fmt(c):
    v = f"{c.get('low')}-{c.get('high')}" + ('~' if c.get('approx') else '') + ('v' if c.get('vague') else '')
    return f"{c['quantity']} {v} subj={c.get('subject')} attr={c.get('attribution')}"

counts = {}
for line in open(gold_path, encoding='utf-8'):
    if not line.strip():
        continue
    g_art = json.loads(line)
    aid = str(g_art['id'])
    path = os.path.join(corpus, aid)
    text = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
    pred = (report.get(aid) or {}).get('claims', []) or []
    gc = [c for c in g_art.get('claims', []) if c.get('quantity') in S.SCORED]
    pc = [c for c in pred if c.get('quantity') in S.SCORED]
    used = set()
    for g in gc:
        best = None
        for i, p in enumerate(pc):
            if i in used or p.get('quantity') != g['quantity'] or not S.values_agree(g, p):
                continue
            sc = (S.norm_subject(p.get('subject')) == S.norm_subject(g.get('subject'))) + S.same_source(g.get('attribution', []), p.get('attribution', []))
            if best is None or sc > best[0]:
                best = (sc, i)
        if best is None:
            kinds = ['missed']
            p = None
        else:
            used.add(best[1])
            p = pc[best[1]]
            kinds = []
            if S.norm_subject(p.get('subject')) != S.norm_subject(g.get('subject')):
                kinds.append('subject')
            if not S.same_source(g.get('attribution', []), p.get('attribution', [])):
                kinds.append('source')
        for k in kinds:
            counts[k] = counts.get(k, 0) + 1
            if only and k != only:
                continue
            print(f"[{k}] {aid}\n  gold: {fmt(g)}  «{g.get('text')}»")
            if p:
                print(f"  pred: {fmt(p)}  «{p.get('text')}»")
            print(f"  sent: {sentence(text, g.get('text', ''))}\n")
    for i, p in enumerate(pc):
        if i in used:
            continue
        counts['spurious'] = counts.get('spurious', 0) + 1
        if only and only != 'spurious':
            continue
        print(f"[spurious] {aid}\n  pred: {fmt(p)}  «{p.get('text')}»\n  sent: {p.get('sentence', '')[:400]}\n")
print(counts)
