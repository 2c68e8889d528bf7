#!/usr/bin/env python3
"""Draw a fixed-seed random sample of typed figures (quantity != "other") from a
`riwaya analyze --format jsonl` output, for reading by hand (issue 10).

    target/release/riwaya analyze ../shared/data/saudinewsnet --format jsonl -o /tmp/snn.jsonl -q
    python3 bench/figure_sample.py /tmp/snn.jsonl --seed 2015 -n 100

Prints population counts first, then one block per sampled claim.
"""
import argparse
import collections
import json
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--seed", type=int, default=2015)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--tsv", action="store_true", help="one line per item, no sentence")
    args = ap.parse_args()

    total = typed = with_subject = articles = 0
    kinds = collections.Counter()
    population = []
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            art = json.loads(line)
            articles += 1
            for c in art.get("claims") or []:
                total += 1
                if c.get("subject"):
                    with_subject += 1
                if c.get("quantity") == "other":
                    continue
                typed += 1
                kinds[c["quantity"]] += 1
                population.append((art.get("id", ""), c))

    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print(f"# articles {articles}  figures {total}  typed {typed} ({pct(typed, total):.1f} %)"
          f"  with subject {with_subject} ({pct(with_subject, total):.1f} %)")
    print("# typed by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    rng = random.Random(args.seed)
    sample = rng.sample(population, min(args.n, len(population)))
    print(f"# sample: {len(sample)} of {len(population)} typed figures, seed {args.seed}")
    for i, (aid, c) in enumerate(sample, 1):
        extra = []
        if c.get("denied"):
            extra.append("denied")
        if c.get("part_of") is not None:
            extra.append(f"part_of={c.get('part_of')}")
        head = (f"[{i}] {c['quantity']} low={c.get('low')} high={c.get('high')}"
                f" approx={c.get('approx')} vague={c.get('vague')} subject={c.get('subject')}"
                f" {' '.join(extra)} attr={c.get('attribution')}")
        if args.tsv:
            print(f"{i}\t{c['quantity']}\t{c.get('low')}-{c.get('high')}\t{c.get('text')}")
            continue
        print(head)
        print(f"    id: {aid[:120]}")
        print(f"    text: {c.get('text')}")
        print(f"    sentence: {c.get('sentence')}")


if __name__ == "__main__":
    main()
