#!/usr/bin/env python3
"""Builds the resolution gold set (docs/eval/resolution/mentions.tsv) from the extraction gold.

Each entity argument of a gold fact ("Hue City|Hue|Huế") is located inside its fact's evidence
sentence in the document text as Tsunagu normalises it (model Document.normalise), and written as
offsets, never as text. Which real-world thing each argument is comes from a hand-reviewed table,
docs/eval/resolution/clusters.tsv (corpus, document, argument as the gold writes it, gold cluster);
an argument the table lacks is listed on stderr with a suggested row, and left out.

Usage:
  scripts/resolution-gold.py CORPUS GOLD.jsonl DOCS_DIR [--suggest]   (one corpus: real or samples)
Writes the mentions of that corpus to stdout (tab-separated, no header); --suggest prints a
clusters.tsv row for every argument instead, for review.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTERS = os.path.join(HERE, "..", "docs", "eval", "resolution", "clusters.tsv")

INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TRAILING_BLANKS = re.compile("(?<![ \t\u00a0])[ \t\u00a0]+\n")

# Fact fields whose values are entities, and the type an argument there has unless the table says otherwise.
ENTITY_FIELDS = {
    "agreement": {"parties": None, "signatories": "person"},
    "relationship": {"a": None, "b": None},
    "role": {"person": "person", "org": None},
    "event": {"location": "place", "organizers": None, "participants": None},
    "investment": {"investor": None, "destination": None},
    "product": {"origin": None},
}


def normalise(raw):
    """What model Document.normalise does: NFC, no controls, Unix lines, no trailing blanks, stripped."""
    text = raw[1:] if raw.startswith("\ufeff") else raw
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = TRAILING_BLANKS.sub("\n", text)
    return text.strip(" \t\n\u000b\f\r\u001c\u001d\u001e\u001f")


def loose(s):
    """Text compared loosely, with a map back to the original offsets: quotes unified, blanks collapsed."""
    out, where = [], []
    previous_blank = False
    for i, c in enumerate(s):
        c = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}.get(c, c)
        if c.isspace():
            if previous_blank:
                continue
            c, previous_blank = " ", True
        else:
            previous_blank = False
        out.append(c.lower())
        where.append(i)
    return "".join(out), where


def find_all(text, loose_text, where, needle):
    """Start and end offsets in text of every loose occurrence of needle."""
    n, _ = loose(needle.strip())
    found, at = [], loose_text.find(n)
    while at >= 0 and n:
        found.append((where[at], where[at + len(n) - 1] + 1))
        at = loose_text.find(n, at + 1)
    return found


def whole_word(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def arguments(fact):
    for field, kind in ENTITY_FIELDS.get(fact["type"], {}).items():
        value = fact.get(field)
        for v in (value if isinstance(value, list) else [value]):
            if isinstance(v, str) and v.strip():
                yield field, kind, v


def evidences(fact):
    e = fact.get("evidence")
    return [x for x in (e if isinstance(e, list) else [e]) if isinstance(x, str)]


def paragraph(text, span):
    """The paragraph (line) an evidence span lies in: the gold's evidence is often a fragment of it."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end < 0 else end


def locate(text, argument, evidence_spans, loose_text, where):
    """
    The span of the longest alternative of argument that occurs as whole words inside an evidence span,
    else inside the evidence's paragraph.
    """
    for within in (evidence_spans, [paragraph(text, s) for s in evidence_spans]):
        span = locate_within(text, argument, within, loose_text, where)
        if span is not None:
            return span
    return None


def locate_within(text, argument, evidence_spans, loose_text, where):
    """The longest alternative first; of its occurrences, one that stands alone ("Bangkok", not in "JETRO Bangkok")."""
    for alternative in sorted(argument.split("|"), key=len, reverse=True):
        for alone in (True, False):
            for (es, ee) in evidence_spans:
                for (s, e) in find_all(text, loose_text, where, alternative):
                    if es <= s and e <= ee and whole_word(text, s, e) and (not alone or stands_alone(text, s, e)):
                        return s, e
    return None


NAME_WORD_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][\w'’-]*) $")
NAME_WORD_AFTER = re.compile(r"^ ([A-Z][\w'’-]*)")


FUNCTION_WORDS = {"The", "A", "An", "In", "At", "On", "From", "For", "With", "By", "To", "Of", "And", "Both", "Between",
                  "During", "After", "Before", "As", "But", "While", "When", "Under", "Its", "Their", "His", "Her"}


def stands_alone(text, start, end):
    """
    Not a part of a longer name: no capitalised word right before (other than a function word or a
    possessive, "Japan's Kagoshima Prefecture") or after it.
    """
    before = NAME_WORD_BEFORE.search(text[max(0, start - 40):start])
    name_before = before and before.group(1) not in FUNCTION_WORDS and not re.search("['’]s$", before.group(1))
    return not name_before and not NAME_WORD_AFTER.match(text[end:end + 40])


def load_clusters():
    table = {}
    if os.path.exists(CLUSTERS):
        with open(CLUSTERS, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                corpus, doc, name, cluster = line.rstrip("\n").split("\t")
                table[(corpus, doc, name)] = cluster
    return table


def slug(name):
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


ORGANISATION_WORDS = re.compile(r"\b(committee|council|government|office|ministry|department|bureau|agency|"
                                r"association|chamber|chambers|company|co|corp|corporation|inc|ltd|jsc|group|bank|"
                                r"university|college|embassy|consulate|organi[sz]ation|federation|authority|"
                                r"foundation|institute|board|administration|assembly|party|secretariat|division|"
                                r"parliament|co-op|berhad|accelerator|promotion)\b", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z&-]{1,7}$")
NOT_AN_ENTITY = re.compile(r"^(japanese|korean|chinese|thai|foreign|four|two|three|several)\b|"
                           r"\b(companies|investors|investment|exhibitors|enterprises|visitors|locators|delegation|"
                           r"business association)$", re.I)
COORDINATION = re.compile(r", | and ")
REGION_WORDS = re.compile(r"\s+(prefecture|province|state|region|regency|municipality)$", re.I)
REGION_BEFORE = re.compile(r"^(free state|state|province|special region|prefecture) of (the )?", re.I)
CITY_WORDS = re.compile(r"\s+(city|town|district)$", re.I)
CITY_BEFORE = re.compile(r"^city of ", re.I)
# Names that are both a city and the province or prefecture around it: the reviewer says which is meant.
CITY_AND_REGION = {"aomori", "akita", "yamagata", "fukushima", "chiba", "saitama", "toyama", "fukui", "gifu",
                   "shizuoka", "kyoto", "osaka", "nara", "tottori", "hiroshima", "yamaguchi", "kochi", "fukuoka",
                   "saga", "nagasaki", "kumamoto", "miyazaki", "kagoshima", "okinawa", "quang ngai", "bac ninh",
                   "bac giang", "hai duong", "lang son", "tay ninh", "ninh binh", "soc trang", "cebu", "iloilo",
                   "davao", "bantul", "karawang", "bandung", "yogyakarta", "rayong", "chiang mai", "jilin", "hainan"}


def place_cluster(surface, argument):
    """A place's cluster: one per real place, the city and the region of one name apart."""
    name = surface
    region = bool(REGION_WORDS.search(name) or REGION_BEFORE.search(name))
    city = bool(CITY_WORDS.search(name) or CITY_BEFORE.search(name))
    bare = CITY_BEFORE.sub("", REGION_BEFORE.sub("", CITY_WORDS.sub("", REGION_WORDS.sub("", name)))).strip()
    key = slug(bare)
    if key.replace("-", " ") not in CITY_AND_REGION:
        return "place:" + key
    if not region and not city:
        alternatives = argument.split("|")
        region = any(REGION_WORDS.search(a) or REGION_BEFORE.search(a) for a in alternatives)
        city = any(CITY_WORDS.search(a) or CITY_BEFORE.search(a) for a in alternatives)
        if region == city:
            return "place:" + key + "-AMBIGUOUS"
    return "place:" + key + ("-region" if region else "")


def suggestion(kind, argument, surface):
    """A first guess at the cluster of a mention, for the reviewer to correct: type and a stable name."""
    if NOT_AN_ENTITY.search(surface):
        return "-"
    alternatives = sorted(argument.split("|"), key=len, reverse=True)
    if kind == "person":
        return "person:" + slug(alternatives[0])
    if COORDINATION.search(surface) and not ORGANISATION_WORDS.search(surface):
        return "-"
    if ORGANISATION_WORDS.search(surface) or ACRONYM.match(surface.split()[0]):
        long_forms = [a for a in alternatives if ORGANISATION_WORDS.search(a) and not ACRONYM.match(a)]
        name = re.sub(r"\s*\([^)]*\)$", "", long_forms[0] if ACRONYM.match(surface) and long_forms else surface)
        return "org:" + slug(re.sub(r"^the ", "", name, flags=re.I))
    if kind is None and re.match(r"^[A-Z][a-z]+ [A-Z][a-z]+(-[a-z]+)?$", surface) and not any(
            CITY_WORDS.search(a) or REGION_WORDS.search(a) for a in alternatives):
        return "?:" + slug(surface)
    return place_cluster(surface, argument)


def main():
    corpus, gold, docs = sys.argv[1], sys.argv[2], sys.argv[3]
    suggest = "--suggest" in sys.argv
    table = load_clusters()
    seen, missing, unplaced = set(), 0, 0
    for line in open(gold, encoding="utf-8"):
        entry = json.loads(line)
        doc = entry["doc"]
        # Only plain text: Tsunagu reads Markdown and HTML into text of its own, with other offsets.
        path = os.path.join(docs, doc + ".txt")
        if not os.path.exists(path):
            continue
        text = normalise(open(path, encoding="utf-8").read())
        loose_text, where = loose(text)
        for fact in entry["facts"]:
            spans = [s for ev in evidences(fact) for s in find_all(text, loose_text, where, ev)]
            for field, kind, argument in arguments(fact):
                span = locate(text, argument, spans, loose_text, where)
                if span is not None and kind != "person" and not stands_alone(text, *span):
                    # a place or body named inside a longer name ("Dalian" in "Dalian Port Group") is no mention of it
                    span = None
                if span is None:
                    unplaced += 1
                    continue
                surface = " ".join(text[span[0]:span[1]].split())
                key = (corpus, doc, surface)
                if suggest:
                    if key not in seen:
                        seen.add(key)
                        print(f"{corpus}\t{doc}\t{surface}\t{table.get(key) or suggestion(kind, argument, surface)}")
                    continue
                cluster = table.get(key)
                if cluster is None:
                    missing += 1
                    print(f"no cluster: {corpus}\t{doc}\t{surface}", file=sys.stderr)
                    continue
                if cluster == "-" or (doc, span) in seen:
                    continue
                seen.add((doc, span))
                print(f"{corpus}\t{doc}\t{span[0]}\t{span[1]}\t{cluster.split(':')[0]}\t{cluster}")
    if not suggest:
        print(f"{corpus}: {len(seen)} mentions, {unplaced} arguments not found near their evidence, "
              f"{missing} without a cluster", file=sys.stderr)


if __name__ == "__main__":
    main()
