#!/usr/bin/env python3
"""Words/s of Python Arabic text tools on the same sample as riwaya-text's throughput example.

    python bench/text_core.py SAMPLE.jsonl [--seconds S] [--json OUT.json]

SAMPLE.jsonl holds one JSON string per line (an article: title + body), written by
`throughput --dump`. Words are whitespace-separated, as on the Rust side. Each chain runs
over as many articles as fit in about S seconds (at least one), so slow chains still
finish; words/s is words processed / time taken.
"""
import argparse
import json
import sys
import time


def timed(fn, docs, budget):
    words = 0
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
        words += len(d.split())
        if time.perf_counter() - t0 > budget:
            break
    dt = time.perf_counter() - t0
    return words, dt


def pyarabic_chains():
    from pyarabic import araby
    steps = [getattr(araby, n) for n in (
        "strip_tashkeel", "strip_tatweel", "normalize_ligature", "normalize_hamza",
        "normalize_alef", "normalize_teh") if hasattr(araby, n)]

    def norm(t):
        for f in steps:
            t = f(t)
        return t

    def tok(t):
        return araby.tokenize(norm(t))

    chains = {"normalize": norm, "normalize+tokenize": tok}
    try:
        from pyarabic import number
        if hasattr(number, "extract_number_phrases"):
            def num(t):
                t = norm(t)
                araby.tokenize(t)
                return number.extract_number_phrases(t)
            chains["normalize+tokenize+numbers"] = num
    except Exception as e:  # noqa: BLE001
        print(f"pyarabic.number unavailable: {e}", file=sys.stderr)
    names = [f.__name__ for f in steps]
    return chains, "pyarabic (" + ", ".join(names) + "; araby.tokenize; number.extract_number_phrases)"


def camel_chains():
    from camel_tools.utils.charmap import CharMapper
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)
    from camel_tools.tokenizers.word import simple_word_tokenize
    arclean = CharMapper.builtin_mapper("arclean")

    def norm(t):
        t = arclean(t)
        t = dediac_ar(t)
        t = normalize_alef_ar(t)
        t = normalize_alef_maksura_ar(t)
        return normalize_teh_marbuta_ar(t)

    def tok(t):
        return simple_word_tokenize(norm(t))

    return ({"normalize": norm, "normalize+tokenize": tok},
            "CAMeL Tools (arclean, dediac_ar, normalize_alef/alef_maksura/teh_marbuta; simple_word_tokenize)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--json")
    a = ap.parse_args()
    with open(a.sample, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    results = {}
    for label, make in (("pyarabic", pyarabic_chains), ("camel", camel_chains)):
        try:
            chains, desc = make()
        except Exception as e:  # noqa: BLE001
            print(f"{label}: not available ({type(e).__name__}: {e})", file=sys.stderr)
            continue
        results[label] = {"desc": desc, "chains": {}}
        for name, fn in chains.items():
            w, dt = timed(fn, docs, a.seconds)
            results[label]["chains"][name] = {"words": w, "seconds": dt, "words_per_s": w / dt}
            print(f"{label}\t{name}\t{w}\t{dt:.3f}\t{w / dt:.0f}", flush=True)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
