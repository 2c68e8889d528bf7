"""Coordinate coverage of an ACLED-shaped export: of the event rows that name a place
(`location` not empty), the share with latitude and longitude; and the largest fatality
figure. Usage: python3 bench/exports/coverage.py FILE.csv"""
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
named = [r for r in rows if r['location'].strip()]
coded = [r for r in named if r['latitude'] and r['longitude']]
print(f"{len(rows)} event rows; {len(named)} name a place; {len(coded)} of them have coordinates"
      f" ({100 * len(coded) / max(1, len(named)):.1f} %)")
own = [r for r in coded if 'Coordinates of ' not in r['notes']]
print(f"  of which the event's own place: {len(own)} ({100 * len(own) / max(1, len(named)):.1f} %); a place named near it or the report's setting (geo_precision >= 2): {len(coded) - len(own)}")
print("rows with coordinates of all rows: %.1f %%" % (100 * sum(1 for r in rows if r['latitude']) / max(1, len(rows))))
print("largest fatalities:", max((int(r['fatalities'] or 0) for r in rows), default=0),
      "; largest fatalities_high:", max((int(r['fatalities_high'] or 0) for r in rows), default=0))
miss = {}
for r in named:
    if not r['latitude']:
        miss[r['location']] = miss.get(r['location'], 0) + 1
print("places without coordinates, most frequent:", sorted(miss.items(), key=lambda x: -x[1])[:15])
