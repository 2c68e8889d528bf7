"""Time riwaya-dates against puckling and Maha on the same SaudiNewsNet sample,
score all three on the seed gold dates, and write a Markdown table.

Called by bench/dates_compare.sh; can be run alone:
    python bench/dates_compare.py --words 20000 --bin-dir target/release/examples --out bench/dates.md
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SNN = SHARED / "data" / "saudinewsnet"


def load_sample(max_words: int):
    """Articles in the order the Rust loader reads them (sorted zips), until max_words."""
    out, words = [], 0
    for z in sorted(SNN.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                items = json.loads(zf.read(name).decode("utf-8"))
                if isinstance(items, dict):
                    items = [items]
                for it in items:
                    content = it.get("content") or ""
                    if not content:
                        continue
                    pub = (it.get("date_extracted") or "")[:10]
                    try:
                        pub_d = dt.date.fromisoformat(pub)
                    except ValueError:
                        pub_d = None
                    out.append((content, pub_d))
                    words += len(content.split())
                    if words >= max_words:
                        return out, words
    return out, words


def seeds():
    meta = SHARED / "corpus" / "seeds" / "meta.jsonl"
    if not meta.exists():
        return []
    arts = []
    for line in meta.read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            text = (SHARED / "corpus" / "seeds" / m["id"]).read_text(encoding="utf-8")
            arts.append((m["id"], text, dt.date.fromisoformat(m["published"])))
    return arts


# ---- the tools -------------------------------------------------------------------

def puckling_tool():
    from puckling import Context, Lang, Locale, parse
    from puckling.dimensions.time.types import InstantValue, IntervalValue

    def day(v):
        return v.value.date() if isinstance(v, InstantValue) else None

    def run(text, pub):
        ref = dt.datetime.combine(pub or dt.date(2015, 7, 21), dt.time(12, 0))
        ents = parse(text, Context(reference_time=ref, locale=Locale(Lang.AR)), dims=("time",))
        out = []
        for e in ents:
            prim = getattr(e.value, "primary", None)
            date = None
            if isinstance(prim, InstantValue) and prim.grain.value in ("day",):
                date = str(day(prim))
            elif isinstance(prim, IntervalValue) and prim.start and prim.end:
                a, b = prim.start.value.date(), prim.end.value.date()
                if prim.start.grain.value in ("day", "week", "month", "year") and b > a:
                    b = b - dt.timedelta(days=1)
                date = str(a) if a == b else f"{a}/{b}"
            elif isinstance(prim, InstantValue):
                date = str(prim.value.date())
            out.append({"text": e.body, "date": date})
        return out

    return run


def maha_tool():
    from maha.parsers.functions import parse_dimension

    def run(text, pub):
        ref = dt.datetime.combine(pub or dt.date(2015, 7, 21), dt.time(12, 0))
        out = []
        for d in parse_dimension(text, time=True):
            try:
                date = str((ref + d.value).date())
            except Exception:
                date = None
            out.append({"text": d.body, "date": date})
        return out

    return run


def rust_seed_run(bin_dir: Path):
    def run(text, pub):
        r = subprocess.run([str(bin_dir / "dates_show"), str(pub)], input=text, capture_output=True, text=True, check=True)
        out = []
        for line in r.stdout.splitlines():
            t, d, *_ = line.split("\t")
            out.append({"text": t, "date": None if d == "-" else d})
        return out

    return run


def score_seeds(run):
    arts = seeds()
    if not arts:
        return "seeds not found"
    report = [{"id": i, "dates": [p for p in run(t, pub) if p["date"]]} for i, t, pub in arts]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False)
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "dates",
                        str(SHARED / "gold" / "seeds.dates.jsonl"), f.name], capture_output=True, text=True)
    os.unlink(f.name)
    vals = dict(l.split(": ", 1) for l in r.stdout.splitlines() if ": " in l)
    return f"{vals.get('correct', '?')}/{vals.get('dates', '?')}"


def time_tool(run, sample, words, budget_s):
    n_found = n_res = fails = 0
    t0 = time.perf_counter()
    done_words = 0
    for text, pub in sample:
        try:
            res = run(text, pub)
            n_found += len(res)
            n_res += sum(1 for r in res if r["date"])
        except Exception:
            fails += 1
        done_words += len(text.split())
        if time.perf_counter() - t0 > budget_s:
            break
    s = time.perf_counter() - t0
    return {"words": done_words, "seconds": s, "wps": done_words / s if s else 0.0,
            "found": n_found, "resolved": n_res, "failures": fails}


def rust_time(bin_dir: Path, words: int):
    r = subprocess.run([str(bin_dir / "dates_throughput"), str(words)], capture_output=True, text=True, check=True)
    info = {}
    for line in r.stdout.splitlines():
        parts = line.split()
        for k, v in zip(parts, parts[1:]):
            if k.endswith(":"):
                info[k[:-1]] = v
    return {"words": int(info.get("words", 0)), "seconds": float(info.get("time", 0)),
            "wps": float(info.get("words/s", 0)), "found": int(info.get("expressions", 0)),
            "resolved": int(info.get("resolved", 0)), "failures": 0}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--bin-dir", type=Path, required=True)
    ap.add_argument("--install-log", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "dates.md")
    ap.add_argument("--budget", type=float, default=180.0, help="seconds per Python tool")
    a = ap.parse_args()

    sample, words = load_sample(a.words)
    rows, notes = [], []

    full = rust_time(a.bin_dir, 10**9)
    same = rust_time(a.bin_dir, a.words)
    rows.append(("riwaya-dates (Rust, full corpus)", full, score_seeds(rust_seed_run(a.bin_dir))))
    rows.append(("riwaya-dates (Rust, same sample)", same, ""))

    for name, make in (("puckling (Python)", puckling_tool), ("Maha / mahad (Python)", maha_tool)):
        try:
            run = make()
        except Exception as e:
            notes.append(f"- {name}: could not be imported: `{type(e).__name__}: {e}`")
            continue
        try:
            run("اليوم", dt.date(2015, 7, 21))  # warm-up (rule compilation)
        except Exception:
            notes.append(f"- {name}: warm-up failed: `{traceback.format_exc(limit=1).strip().splitlines()[-1]}`")
        rows.append((name, time_tool(run, sample, words, a.budget), score_seeds(run)))

    vers = {}
    for pkg in ("puckling", "mahad", "regex"):
        try:
            from importlib.metadata import version
            vers[pkg] = version(pkg)
        except Exception:
            vers[pkg] = "not installed"

    lines = [
        "# Arabic date/time extraction: riwaya-dates vs puckling vs Maha",
        "",
        f"Generated by `bench/dates_compare.sh` on {dt.date.today()} ({platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; puckling {vers['puckling']}, "
        f"mahad {vers['mahad']}, regex {vers['regex']}).",
        "",
        f"Sample: the first {words} words ({len(sample)} articles) of SaudiNewsNet in file order; "
        "each article resolved against its `date_extracted`. Single thread, wall clock; the Python "
        f"tools stop after {a.budget:.0f} s. Seeds: `score.py dates` on the five gold seed articles "
        "(a predicted expression overlapping the gold words must give the same day or span).",
        "",
        "| tool | words | seconds | words/s | expressions | resolved | failures | seed gold |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r, sc in rows:
        lines.append(f"| {name} | {r['words']} | {r['seconds']:.3f} | {r['wps']:,.0f} | {r['found']} | "
                     f"{r['resolved']} | {r['failures']} | {sc} |")
    lines += ["", "Notes:",
              "- puckling is run with `dims=(\"time\",)`, its default time budget, the article's date at noon as "
              "reference time; day-grain instants and intervals count as resolved.",
              "- Maha (`parse_dimension(text, time=True)`) returns relative deltas (a dateutil `relativedelta`); "
              "they are resolved by adding them to the article's date at noon. Maha needs `regex<2025` "
              "(it imports `regex.regex`).",
              "- Timings come from a shared 2-core machine where other builds may run: compare within one "
              "run, not across runs (criterion, `cargo bench -p riwaya-dates --bench dates`, measured "
              "about 8 M words/s on the first million words when the machine was quiet).",
              "- Expression counts are not comparable one to one: Maha reports `اليوم` and `السبت` of "
              "`اليوم السبت` separately and bare month names; riwaya-dates reports the whole phrase."]
    lines += notes
    if a.install_log and a.install_log.exists():
        errs = [l for l in a.install_log.read_text(errors="replace").splitlines()
                if "failed" in l.lower() or "error" in l.lower() or "skipped" in l.lower()]
        if errs:
            lines += ["", "Install problems:", "```", *errs[-20:], "```"]
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
