#!/usr/bin/env python3
"""Generates the map's base layer: the outlines of the world's countries as GeoJSON, so the map page
draws without a tile server and nothing is fetched at run time.

Source: npm world-atlas 2.0.2 (ISC, © Michael Bostock), Natural Earth's Admin 0 country boundaries
at 1:110m (public domain) as TopoJSON; fetched with `npm pack` into a scratch folder. The TopoJSON
arcs are decoded here (delta-coded, quantized integers) rather than with topojson-client, so the
script needs python3 and npm only.

usage: scripts/gen-world-outlines.py [SCRATCH_DIR]
Writes web/src/main/resources/public/world-outlines.geojson: one feature a country with its name,
positions rounded to DECIMALS places (about 1 km), points that rounding makes equal dropped;
Antarctica left out (a ring round the pole does not close on a flat map, and no tie ends there).
"""
import json
import os
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "web/src/main/resources/public/world-outlines.geojson")
PACKAGE, VERSION, SCALE = "world-atlas", "2.0.2", "110m"
DECIMALS = 2


def fetch(scratch):
    tgz = os.path.join(scratch, "%s-%s.tgz" % (PACKAGE, VERSION))
    if not os.path.exists(tgz):
        subprocess.run(["npm", "pack", "%s@%s" % (PACKAGE, VERSION)], cwd=scratch, check=True)
    with tarfile.open(tgz) as t:
        return json.load(t.extractfile("package/countries-%s.json" % SCALE))


def decoded_arcs(topology):
    """Each arc as absolute positions: TopoJSON stores the first point and then differences."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, DECIMALS), round(y * sy + ty, DECIMALS)))
        arcs.append(points)
    return arcs


def ring(indexes, arcs):
    """A ring joins its arcs end to start; a negative index (~i) is arc i reversed."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        for point in arc[1:] if points else arc:
            if not points or point != points[-1]:
                points.append(point)
    return [list(p) for p in points]


def unwrapped(points):
    """A ring that crosses the antimeridian (Chukotka, Fiji) jumps from 180 to -180 degrees, which a
    map draws as a line across the world: it goes on past 180 instead."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append([round(lon, DECIMALS), lat])
    return out


def polygons(geometry, arcs):
    """The country's polygons; None for one that goes round a pole (Antarctica), which a flat map
    cannot close."""
    shapes = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    out = []
    for shape in shapes:
        rings = [unwrapped(ring(r, arcs)) for r in shape]
        rings = [r for r in rings if len(r) >= 4]
        if any(abs(r[-1][0] - r[0][0]) > 180 for r in rings):
            return None
        if rings:
            out.append(rings)
    return out


def main():
    scratch = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tsunagu-refdata"
    os.makedirs(scratch, exist_ok=True)
    topology = fetch(scratch)
    arcs = decoded_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        shapes = polygons(geometry, arcs) if geometry.get("arcs") else None
        if shapes:
            features.append({"type": "Feature", "properties": {"name": geometry["properties"]["name"]},
                             "geometry": {"type": "MultiPolygon", "coordinates": shapes}})
    collection = {"type": "FeatureCollection",
                  "source": "Natural Earth Admin 0 countries 1:%s (public domain), via npm %s %s (ISC)"
                            % (SCALE, PACKAGE, VERSION),
                  "features": features}
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(collection, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
    print("wrote %d countries, %d bytes to %s" % (len(features), os.path.getsize(OUT), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
