#!/bin/bash
# Seed corpora for the fuzz targets, generated from ../shared (nothing of it is committed):
# sentences of the seed articles and the dev set's train split (never the held-out Zamzam
# files d-C13…d-C23), pages of the article-extraction benchmark, and files in every format
# the readers take, built from the seed articles and a day of SaudiNewsNet.
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${SHARED:-../../shared}
rm -rf corpus && mkdir -p corpus/{numbers,dates,claims,html,readers}
python3 - "$SHARED" <<'PY'
import sys, os, re, glob, gzip, io, json, zipfile, hashlib
shared = sys.argv[1]
def put(target, data, prefix=b""):
    if isinstance(data, str):
        data = data.encode()
    data = prefix + data
    open(f"corpus/{target}/{hashlib.sha1(data).hexdigest()[:16]}", "wb").write(data)
held_out = {f"d-C{n}.txt" for n in range(13, 24)}
texts = []
for f in sorted(glob.glob(f"{shared}/corpus/seeds/*.txt") + glob.glob(f"{shared}/corpus/dev/*.txt")):
    if os.path.basename(f) in held_out:
        continue
    texts.append(open(f, encoding="utf-8").read())
sents = [s.strip() for t in texts for s in re.split(r"(?<=[.!؟])\s+|\n", t) if 20 < len(s.strip()) < 600]
for s in sents[:1500]:
    put("claims", s)
    if re.search(r"[0-9٠-٩]|ألف|مئ|عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع", s):
        put("numbers", s)
    if re.search(r"أمس|اليوم|غدا|الماضي|الجاري|يناير|كانون|الجمعة|السبت|الأحد|الاثنين|20[0-9][0-9]", s):
        put("dates", s, b"\x10\x27")
for f in sorted(glob.glob(f"{shared}/data/article-extraction-benchmark/html/*.html.gz"))[:150]:
    put("html", gzip.decompress(open(f, "rb").read())[:200_000])
kinds = ["a.json", "a.jsonl", "a.zip", "a.txt.gz", "a.txt", "a.html", "a.json.gz", "meta.jsonl"]
def reader(kind, data):
    put("readers", data, bytes([kinds.index(kind)]))
for t in texts[:40]:
    reader("a.txt", t.encode())
    reader("a.txt.gz", gzip.compress(t.encode()))
    rec = {"title": t.split("\n")[0], "content": t, "source": "outlet", "date": "2022-01-22"}
    reader("a.json", json.dumps(rec, ensure_ascii=False).encode())
    reader("a.jsonl", (json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps(rec) + "\n").encode())
    reader("a.json.gz", gzip.compress(json.dumps([rec, rec], ensure_ascii=False).encode()))
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("d/a.txt", t)
        zf.writestr("d/r.json", json.dumps([rec]))
    reader("a.zip", z.getvalue())
meta = f"{shared}/corpus/seeds/meta.jsonl"
if os.path.exists(meta):
    reader("meta.jsonl", open(meta, "rb").read())
for f in sorted(glob.glob(f"{shared}/data/article-extraction-benchmark/html/*.html.gz"))[:20]:
    reader("a.html", gzip.decompress(open(f, "rb").read())[:100_000])
snn = f"{shared}/data/saudinewsnet/2015-07-21.zip"
if os.path.exists(snn):
    recs = json.loads(zipfile.ZipFile(snn).read(zipfile.ZipFile(snn).namelist()[0]))[:3]
    reader("a.json", json.dumps(recs, ensure_ascii=False).encode())
print({t: len(os.listdir(f"corpus/{t}")) for t in os.listdir("corpus")})
PY
