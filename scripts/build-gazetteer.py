#!/usr/bin/env python3
"""Builds Parley's compact gazetteer tables from ../shared/data/gazetteer.

Usage: python3 scripts/build-gazetteer.py [SRC_DIR] [OUT_DIR]
Writes OUT_DIR/gazetteer-countries.tsv, gazetteer-cities.tsv and gazetteer-regions.tsv.
Data: GeoNames (CC BY 4.0); demonyms from mledoze/countries (ODbL 1.0).
"""
import csv, sys, os, unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteer"
out = sys.argv[2] if len(sys.argv) > 2 else "Sources/ParleyArticle/Resources"
CITY_MIN_POP = 15000
ALIAS_MIN_POP = 500000

# Names news writers use that the sources lack (facts, not code).
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States", "United States of America", "America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "United Kingdom"],
    "NL": ["Holland", "the Netherlands"],
    "KR": ["South Korea"], "KP": ["North Korea"], "RU": ["Russia"], "SY": ["Syria"],
    "IR": ["Iran"], "CD": ["Democratic Republic of Congo", "DR Congo", "DRC"],
    "CG": ["Republic of Congo"], "CI": ["Ivory Coast"], "CZ": ["Czech Republic", "Czechia"],
    "PS": ["Palestine", "West Bank", "Gaza"], "VA": ["Vatican"], "MM": ["Myanmar", "Burma"],
    "AE": ["UAE", "U.A.E."], "TW": ["Taiwan"], "VN": ["Vietnam"], "LA": ["Laos"],
}
EXTRA_DEMONYMS = {
    "SA": ["Saudi"], "GB": ["British", "English", "Scottish", "Welsh"], "US": ["American", "U.S."],
    "NL": ["Dutch"], "AE": ["Emirati"], "KR": ["South Korean"], "KP": ["North Korean"],
    "PS": ["Palestinian"], "IL": ["Israeli"], "CN": ["Chinese"], "FR": ["French"],
    "CH": ["Swiss"], "PH": ["Filipino", "Philippine"], "BA": ["Bosnian"],
}

def clean(s):
    return s.replace("\t", " ").strip()

def is_ascii(s):
    return all(ord(c) < 128 for c in s)

os.makedirs(out, exist_ok=True)
countries = {}
with open(os.path.join(src, "countries.tsv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        iso = r["iso2"]
        names = [r["name"]]
        for n in (r["common_name"], *r["alt_names"].split("|"), *EXTRA_COUNTRY_NAMES.get(iso, [])):
            n = clean(n)
            if n and n not in names and (is_ascii(n) or n == unicodedata.normalize("NFC", n)) and not n.islower():
                names.append(n)
        dems = []
        for d in (r["demonym"], r["demonym_f"], *EXTRA_DEMONYMS.get(iso, [])):
            for part in d.split(","):
                part = clean(part)
                if part and part not in dems:
                    dems.append(part)
        countries[iso] = (iso, r["name"], r["capital"], r["geonameid"], r["lat"], r["lon"],
                          r["population"], "|".join(dems), "|".join(names))
with open(os.path.join(out, "gazetteer-countries.tsv"), "w", encoding="utf-8") as f:
    f.write("# iso2\tname\tcapital\tgeonameid\tlat\tlon\tpopulation\tdemonyms\tnames\n")
    f.write("# Contains data from GeoNames (geonames.org), CC BY 4.0; demonyms from mledoze/countries, ODbL 1.0\n")
    for iso in sorted(countries):
        f.write("\t".join(countries[iso]) + "\n")

rows = 0
capitals = set()
with open(os.path.join(src, "cities.tsv"), encoding="utf-8") as f, \
        open(os.path.join(out, "gazetteer-cities.tsv"), "w", encoding="utf-8") as o:
    o.write("# geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\taliases\n")
    o.write("# Contains data from GeoNames (geonames.org), CC BY 4.0; cities with population >= %d\n" % CITY_MIN_POP)
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        pop = int(r["population"] or 0)
        if pop < CITY_MIN_POP:
            continue
        cap = "0"
        if countries.get(r["country"], (None,) * 3)[2] == r["name"] and r["country"] not in capitals:
            capitals.add(r["country"])  # rows are sorted by population: the first namesake is the capital
            cap = "1"
        aliases = []
        if r["asciiname"] != r["name"]:
            aliases.append(r["asciiname"])
        if pop >= ALIAS_MIN_POP or cap == "1":
            for a in r["alternatenames"].split("|"):
                a = clean(a)
                if a and is_ascii(a) and a[0].isupper() and not a.isupper() and len(a) > 3 and a not in aliases:
                    aliases.append(a)
        lat = "%.4f" % float(r["lat"]); lon = "%.4f" % float(r["lon"])
        o.write("\t".join([r["geonameid"], clean(r["name"]), r["country"], r["admin1"], lat, lon,
                           str(pop), cap, "|".join(aliases)]) + "\n")
        rows += 1
print("countries", len(countries), "cities", rows)

# First-level ISO 3166-2 subdivisions (provinces, states, governorates; pycountry's data from
# Debian iso-codes), for "in Helmand province" or "Borno state". Names are folded to ASCII;
# common English names news writers use are added (facts, not code). No coordinates.
REGION_TYPES = {
    "Province", "Region", "State", "Department", "County", "Governorate", "Prefecture", "Republic",
    "Autonomous region", "Autonomous community", "Land", "Regional state", "Union territory", "Emirate",
    "Popularate", "Voivodship", "Administrative region", "Division", "Country", "Autonomous republic",
    "Federal district", "Territory", "Federal territory", "Capital territory",
}
EXTRA_REGION_NAMES = {
    "DE-BY": ["Bavaria"], "DE-NW": ["North Rhine-Westphalia"], "DE-NI": ["Lower Saxony"], "DE-HE": ["Hesse"],
    "DE-SN": ["Saxony"], "DE-TH": ["Thuringia"], "DE-RP": ["Rhineland-Palatinate"], "DE-ST": ["Saxony-Anhalt"],
    "UA-43": ["Crimea"], "UA-14": ["Donetsk region"], "UA-09": ["Luhansk region"], "UA-23": ["Zaporizhzhia region"],
    "UA-65": ["Kherson region"], "UA-63": ["Kharkiv region"], "RU-CE": ["Chechnya"], "RU-IN": ["Ingushetia"],
    "RU-KGD": ["Kaliningrad region"], "CN-XJ": ["Xinjiang"], "CN-XZ": ["Tibet"],
    "IQ-KR": ["Kurdistan Region", "Iraqi Kurdistan"], "IQ-AN": ["Anbar"], "IQ-NI": ["Nineveh"], "IQ-SD": ["Salahuddin"],
    "IQ-DI": ["Diyala"], "ET-TI": ["Tigray"], "ET-AM": ["Amhara"], "EG-JS": ["South Sinai"], "EG-SIN": ["North Sinai"],
    "ES-CT": ["Catalonia"], "ES-PV": ["Basque Country"],
}
# Words that end region names and may be dropped ("Helmand Province" → "Helmand").
REGION_SUFFIXES = {"province", "region", "state", "governorate", "oblast", "prefecture", "zizhiqu", "kray", "sheng"}

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u02bb", "'")

country_words = set()
for row in countries.values():
    country_words.update(n.lower() for n in row[8].split("|"))
    country_words.update(d.lower() for d in row[7].split("|"))
regions = 0
with open(os.path.join(src, "subdivisions_iso3166-2.tsv"), encoding="utf-8") as f, \
        open(os.path.join(out, "gazetteer-regions.tsv"), "w", encoding="utf-8") as o:
    o.write("# code\tcountry\tname\ttype\taliases\n")
    o.write("# ISO 3166-2 first-level subdivisions from pycountry (iso-codes, LGPL-2.1 data), ASCII-folded\n")
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["parent"] or r["type"] not in REGION_TYPES or r["country"] not in countries:
            continue
        raw = r["name"]
        names = []
        def keep(n):
            n = clean(ascii_fold(n))
            if n and is_ascii(n) and n.lower() not in country_words and len(n) >= 4 and n not in names:
                names.append(n)
        main = raw.split(" [")[0]
        keep(main.split(", ")[0])
        if "[" in raw:
            keep(raw.split("[", 1)[1].rstrip("]"))
        for n in list(names):
            words = n.split(" ")
            if len(words) > 1 and words[-1].lower() in REGION_SUFFIXES:
                keep(" ".join(words[:-1]))
            if "'" in n:
                keep(n.replace("'", ""))
        for n in EXTRA_REGION_NAMES.get(r["code"], []):
            keep(n)
        if not names:
            continue
        o.write("\t".join([r["code"], r["country"], names[0], r["type"], "|".join(names[1:])]) + "\n")
        regions += 1
print("regions", regions)
