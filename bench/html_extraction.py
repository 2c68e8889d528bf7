#!/usr/bin/env python3
"""Python trafilatura (default settings) over the article-extraction benchmark.

usage: html_extraction.py DATA_DIR REPORT.json
Writes {"articles": [{"id", "text"}]} for score.py and prints pages/s (extraction only,
pages decompressed beforehand).
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def main(data, out):
    names = sorted(n for n in os.listdir(os.path.join(data, "html")) if n.endswith(".html.gz"))
    pages = []
    for n in names:
        with gzip.open(os.path.join(data, "html", n), "rb") as f:
            pages.append((n, f.read().decode("utf-8", "replace")))
    arts = []
    t0 = time.perf_counter()
    for n, html in pages:
        text = trafilatura.extract(html) or ""
        arts.append({"id": n, "text": text})
    secs = time.perf_counter() - t0
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"articles": arts}, f, ensure_ascii=False)
    print(f"engine=python-trafilatura-{trafilatura.__version__} pages={len(pages)} "
          f"time={secs:.3f}s pages/s={len(pages) / secs:.1f} report={out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
