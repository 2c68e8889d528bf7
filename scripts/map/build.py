#!/usr/bin/env python3
"""Country outlines for the desk's offline map (crates/desk/assets/countries.tsv).

Reads world-atlas's 110m TopoJSON (npm `world-atlas@2`, ISC licence; the shapes are Natural
Earth's, public domain):

    npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/map/build.py package/countries-110m.json > crates/desk/assets/countries.tsv

Keeps the countries that reach into the Middle East and North Africa (lon -20..65,
lat 5..45), rings rounded to 0.1 degree. One line per country: name, TAB, rings joined by
';', each ring 'lon,lat lon,lat …'.
"""
import json
import sys

LON = (-20.0, 65.0)
LAT = (5.0, 45.0)


def arcs_of(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs, idxs):
    pts = []
    for i in idxs:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def main():
    topo = json.load(open(sys.argv[1]))
    arcs = arcs_of(topo)
    print("# Country outlines, Natural Earth 1:110m via world-atlas (ISC); scripts/map/build.py")
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = []
        for poly in polys:
            for r in poly:
                pts = ring(arcs, r)
                if not any(LON[0] <= x <= LON[1] and LAT[0] <= y <= LAT[1] for x, y in pts):
                    continue
                out = []
                for x, y in pts:
                    p = f"{x:.1f},{y:.1f}"
                    if not out or out[-1] != p:
                        out.append(p)
                if len(out) >= 4:
                    rings.append(" ".join(out))
        if rings:
            print(f"{g['properties']['name']}\t{';'.join(rings)}")


main()
