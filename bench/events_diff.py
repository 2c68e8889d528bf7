"""Events against gold, article by article: missed gold events, spurious predictions, and
matched ones whose place or attribution is wrong, each with the sentence around it.
Usage: python3 bench/events_diff.py GOLD.events.jsonl REPORT.json [--all]
(on the dev set use the train split's gold only: bench/devsplit/split.py)."""
import json, sys, importlib.util, pathlib

here = pathlib.Path(__file__).resolve()
spec = importlib.util.spec_from_file_location("score", here.parents[2] / "shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

gold_path, rep_path = sys.argv[1], sys.argv[2]
show_all = "--all" in sys.argv
report = score.load_report(rep_path)
raw = json.load(open(rep_path, encoding="utf-8"))
texts = {str(a["id"]): a.get("text", "") for a in raw.get("articles", [])}

def around(aid, start, end, pad=90):
    """The text around a UTF-8 byte span (the report's offsets)."""
    b = texts.get(aid, "").encode("utf-8")
    s = len(b[:start].decode("utf-8", "ignore")); e = len(b[:end].decode("utf-8", "ignore"))
    t = texts.get(aid, "")
    return t[max(0, s - pad):e + pad].replace("\n", " ")

def find(aid, s):
    """The byte span of gold text `s` in the article."""
    b = texts.get(aid, "").encode("utf-8"); x = (s or "").encode("utf-8")
    i = b.find(x)
    return (i, i + len(x)) if x and i >= 0 else (0, 0)

def short(e):
    ag = score._text_of(e.get("agent")); pl = score._text_of(e.get("place"))
    return f"{e.get('type')} agent={ag or '-'} place={pl or '-'} attr={e.get('attribution') or []}"

for g_art in (json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()):
    aid = str(g_art["id"])
    preds = [e for e in (report.get(aid) or {}).get("events", []) or [] if e.get("type") in score.EVENT_TYPES]
    used = set(); lines = []
    for g in g_art.get("events", []):
        hit = None
        for i, p in enumerate(preds):
            if i in used or p.get("type") not in g["type"].split("|"):
                continue
            if g.get("agent") and not score.same_source([g["agent"]], [score._text_of(p.get("agent"))]):
                continue
            hit = i; break
        if hit is None:
            s, e = find(aid, g.get("text"))
            lines.append(f"  MISSED   {short(g)}\n           «{g.get('text')}»\n           …{around(aid, s, e)}…")
            continue
        used.add(hit); p = preds[hit]
        bad = []
        if g.get("place") and not score.same_source([g["place"]], [score._text_of(p.get("place"))]):
            bad.append(f"place {score._text_of(p.get('place'))!r} ≠ {g['place']!r}")
        if not score.same_source(g.get("attribution", []), p.get("attribution", [])):
            bad.append(f"attr {p.get('attribution')} ≠ {g.get('attribution')}")
        if g.get("date") and str(p.get("date")) != g["date"]:
            bad.append(f"date {p.get('date')} ≠ {g['date']}")
        if bad or show_all:
            lines.append(f"  {'PARTLY' if bad else 'OK'}   {short(p)}  {'; '.join(bad)}\n           «{p.get('text')}»")
    for i, p in enumerate(preds):
        if i not in used:
            lines.append(f"  SPURIOUS {short(p)}\n           …{around(aid, p.get('start', 0), p.get('end', 0))}…")
    if lines:
        print(aid); print("\n".join(lines))
