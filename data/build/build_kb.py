#!/usr/bin/env python3
"""Derives copydesk's embedded knowledge base from pinned public sources.

Run from the repository root:  python3 data/build/build_kb.py

Downloads (with `npm pack`, checking each tarball's sha512 integrity):
  world-countries 5.1.0      (ODbL-1.0)     codes, names, ar/ru names, capitals, demonyms, area, currencies
  cldr-localenames-full 48.2.0 (Unicode-3.0) names and short/variant forms in en, ar, ru
  cldr-dates-full 48.2.0     (Unicode-3.0)  city names (exemplar cities) in ar and ru, for capitals
  cldr-core 48.2.0           (Unicode-3.0)  population (supplemental/territoryInfo.json)
and reads, from the shared data folder next to the repository:
  shared/data/officials/repos.csv, leaders-historic.csv (Wikidata, CC0; see data/README.md)

Writes data/countries.json, data/officials.tsv and data/kb-meta.json.
Standard library only; deterministic output.
"""

import base64
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("COPYDESK_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))

PACKAGES = {
    "world-countries@5.1.0": "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
    "cldr-localenames-full@48.2.0": "sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ==",
    "cldr-core@48.2.0": "sha512-zfmLothncSwfv2jlevoSrgI2VGgH8SDGHXst6jUEotHA8nq9Igeg9jzdJDFtBso9pgJuG89DK16TzrmZDdo2Bg==",
    "cldr-dates-full@48.2.0": "sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ==",
}

# Country names in repos.csv that differ from world-countries' common names.
REPOS_NAMES = {
    "Åland": "Åland Islands", "Czech Republic": "Czechia", "Democratic Republic of the Congo": "DR Congo",
    "Republic of the Congo": "Republic of the Congo", "Côte d'Ivoire": "Ivory Coast", "Ivory Coast": "Ivory Coast",
    "Cape Verde": "Cape Verde", "Cabo Verde": "Cape Verde", "East Timor": "Timor-Leste", "Timor-Leste": "Timor-Leste",
    "Eswatini": "Eswatini", "Swaziland": "Eswatini", "The Gambia": "Gambia", "Gambia": "Gambia",
    "Federated States of Micronesia": "Micronesia", "North Macedonia": "North Macedonia", "Macedonia": "North Macedonia",
    "Vatican City": "Vatican City", "State of Palestine": "Palestine", "Palestine": "Palestine",
    "São Tomé and Príncipe": "São Tomé and Príncipe", "Sao Tome and Principe": "São Tomé and Príncipe",
    "The Bahamas": "Bahamas", "United States of America": "United States", "United States": "United States",
    "People's Republic of China": "China", "Myanmar": "Myanmar", "Burma": "Myanmar",
}

# QIDs for countries repos.csv lacks; each checked by hand on Wikidata.
EXTRA_QIDS = {"US": "Q30", "GB": "Q145", "CN": "Q148", "RU": "Q159", "FR": "Q142", "DE": "Q183", "IT": "Q38", "IN": "Q668", "JP": "Q17"}

# Forms news copy uses that neither source lists, by ISO code.
EXTRA_DEMONYMS = {"TJ": ["Tajik"], "AZ": ["Azeri"], "BY": ["Belarussian"], "KG": ["Kyrgyz"], "UZ": ["Uzbek"], "KZ": ["Kazakh"], "TM": ["Turkmen"]}
EXTRA_ALIASES = {"BY": [("ru", "Белоруссия"), ("en", "Belorussia")], "AZ": [("en", "Azerbaijan Republic")], "TR": [("en", "Türkiye")]}

# English aliases that are ordinary words or too ambiguous to match.
SKIP_ALIASES = {"US", "UN", "Man", "Chad", "Bosnia"}


def npm_pack(spec, workdir):
    out = subprocess.run(["npm", "pack", spec, "--json"], cwd=workdir, check=True, capture_output=True, text=True).stdout
    info = json.loads(out)[0]
    path = os.path.join(workdir, info["filename"])
    expected = PACKAGES[spec]
    digest = "sha512-" + base64.b64encode(hashlib.sha512(open(path, "rb").read()).digest()).decode()
    if expected and digest != expected:
        sys.exit(f"{spec}: integrity {digest} does not match the pinned {expected}")
    return tarfile.open(path)


def read_json(tar, member):
    return json.load(tar.extractfile(member))


def lang_names(cldr, lang):
    return read_json(cldr, f"package/main/{lang}/territories.json")["main"][lang]["localeDisplayNames"]["territories"]


def exemplar_cities(dates, lang):
    zones = read_json(dates, f"package/main/{lang}/timeZoneNames.json")["main"][lang]["dates"]["timeZoneNames"]["zone"]
    out = {}

    def walk(node, path):
        for k, v in node.items():
            if isinstance(v, dict) and "exemplarCity" in v:
                out["/".join(path + [k])] = v["exemplarCity"]
            elif isinstance(v, dict):
                walk(v, path + [k])

    walk(zones, [])
    return out


def ru_adjective_forms(adj):
    if not adj.endswith("ий"):
        return [adj]
    stem = adj[:-2]
    return [stem + e for e in ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ом", "ую", "ими"]]


def ar_nisba_forms(nisba):
    return [nisba, nisba + "ة", "ال" + nisba, "ال" + nisba + "ة"]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        wc = npm_pack("world-countries@5.1.0", tmp)
        names = npm_pack("cldr-localenames-full@48.2.0", tmp)
        core = npm_pack("cldr-core@48.2.0", tmp)
        dates = npm_pack("cldr-dates-full@48.2.0", tmp)
        countries = read_json(wc, "package/countries.json")
        cldr = {lang: lang_names(names, lang) for lang in ("en", "ar", "ru")}
        cities = {lang: exemplar_cities(dates, lang) for lang in ("en", "ar", "ru")}
        territory = read_json(core, "package/supplemental/territoryInfo.json")["supplemental"]["territoryInfo"]
        wc_version = json.load(wc.extractfile("package/package.json"))["version"]

    repos = {}
    with open(os.path.join(SHARED, "data/officials/repos.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            repos[REPOS_NAMES.get(row["country"], row["country"])] = row["id"]

    curated = {}
    with open(os.path.join(ROOT, "data/build/demonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso2, ar, ru, _source = line.rstrip("\n").split("\t")
            curated[iso2] = (ar, ru)

    place_list = []
    with open(os.path.join(ROOT, "data/build/places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso2, en, ar, ru, _source = line.rstrip("\n").split("\t")
            place_list.append({"country": iso2, "name": {"en": en, "ar": ar, "ru": ru}})
    place_names = {}
    for p in place_list:
        place_names.setdefault(p["country"], {})[p["name"]["en"]] = p["name"]

    # English city name -> time zone id, to find a capital's ar/ru names.
    # English data names a city by its zone id ("Asia/Baku") unless it
    # says otherwise.
    zone_by_city = {zone.split("/")[-1].replace("_", " "): zone for zone in cities["ar"]}
    zone_by_city.update({name: zone for zone, name in cities["en"].items()})

    out = []
    for c in countries:
        iso2 = c["cca2"]
        common = c["name"]["common"]
        qid = repos.get(common) or EXTRA_QIDS.get(iso2) or f"iso:{iso2.lower()}"
        tr = c.get("translations", {})
        name = {"en": common, "ar": tr.get("ara", {}).get("common"), "ru": tr.get("rus", {}).get("common")}
        official = {"en": c["name"]["official"], "ar": tr.get("ara", {}).get("official"), "ru": tr.get("rus", {}).get("official")}
        taken = {v for v in list(name.values()) + list(official.values()) if v}
        aliases = []

        def alias(lang, text):
            text = (text or "").strip()
            if not text or text in taken or text in SKIP_ALIASES or "(" in text:
                return
            taken.add(text)
            aliases.append({"lang": lang, "text": text})

        for lang in ("en", "ar", "ru"):
            for key in (iso2, f"{iso2}-alt-short", f"{iso2}-alt-variant"):
                alias(lang, cldr[lang].get(key))
        for lang, text in EXTRA_ALIASES.get(iso2, []):
            alias(lang, text)
        for s in c.get("altSpellings", []):
            ascii_word = all(ch.isascii() for ch in s)
            if ascii_word and ((s.isupper() and len(s) >= 3) or (not s.isupper() and len(s) >= 4)):
                alias("en", s)

        demonyms = []
        seen = set()
        for form in ("m", "f"):
            d = c.get("demonyms", {}).get("eng", {}).get(form)
            if d and d not in seen:
                seen.add(d)
                demonyms.append({"lang": "en", "text": d})
        for d in EXTRA_DEMONYMS.get(iso2, []):
            if d not in seen:
                seen.add(d)
                demonyms.append({"lang": "en", "text": d})
        if iso2 in curated:
            ar, ru = curated[iso2]
            for form in ar_nisba_forms(ar):
                demonyms.append({"lang": "ar", "text": form})
            for form in ru_adjective_forms(ru):
                demonyms.append({"lang": "ru", "text": form})

        capital = None
        if c.get("capital"):
            cap = c["capital"][0]
            zone = zone_by_city.get(cap)
            capital = {"en": cap, "ar": cities["ar"].get(zone) if zone else None, "ru": cities["ru"].get(zone) if zone else None}

        if capital and iso2 in place_names and capital["en"] in place_names[iso2]:
            capital = place_names[iso2][capital["en"]]
        places = [p for p in place_list if p["country"] == iso2 and (not capital or p["name"]["en"] != capital["en"])]
        info = territory.get(iso2, {})
        population = int(info["_population"]) if "_population" in info else None
        out.append({
            "id": qid,
            "iso2": iso2,
            "iso3": c["cca3"],
            "name": name,
            "official": official,
            "aliases": aliases,
            "demonyms": demonyms,
            "capital": capital,
            "region": c.get("region") or None,
            "subregion": c.get("subregion") or None,
            "population": population,
            "population_source": "CLDR 48.2 territoryInfo" if population else None,
            "area_km2": float(c["area"]) if c.get("area", -1) >= 0 else None,
            "currencies": sorted(c.get("currencies", {}).keys()),
            "languages": sorted(c.get("languages", {}).keys()),
            "flag": c.get("flag"),
            "un_member": bool(c.get("unMember")),
            "independent": c.get("independent"),
            "places": [p["name"] for p in places],
        })
    out.sort(key=lambda c: c["iso2"])

    with open(os.path.join(ROOT, "data/countries.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(", ", ": ")) for c in out))
        f.write("\n]\n")

    # Officials: Wikidata facts only, keyed by Q-id.
    country_qid = {}
    with open(os.path.join(SHARED, "data/officials/repos.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            country_qid[row["country"]] = row["id"]
    # Sorted by person, so that copydesk finds a person's terms by binary
    # search without parsing the whole table.
    lines = []
    with open(os.path.join(SHARED, "data/officials/leaders-historic.csv"), newline="", encoding="utf-8") as src:
        for row in csv.DictReader(src):
            if not row["personID"].startswith("Q"):
                continue
            fields = [row["person"], row["personID"], country_qid.get(row["catalog"], ""), row["position"], row["start"], row["end"]]
            lines.append("\t".join(v.replace("\t", " ").replace("\n", " ") for v in fields))
    lines.sort(key=lambda l: l.encode("utf-8"))
    rows = len(lines)
    with open(os.path.join(ROOT, "data/officials.tsv"), "w", encoding="utf-8") as dst:
        dst.write("person\tperson_qid\tcountry_qid\tposition\tstart\tend\n")
        dst.write("\n".join(lines) + "\n")

    meta = {
        "countries_as_of": "2025-06-03",
        "countries_source": f"world-countries {wc_version}; CLDR 48.2",
        "officials_as_of": "2023-01-19",
        "officials_source": "Wikidata via peppercat.org / every-politician-scrapers",
    }
    with open(os.path.join(ROOT, "data/kb-meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")

    with_qid = sum(1 for c in out if c["id"].startswith("Q"))
    print(f"{len(out)} countries ({with_qid} with Wikidata ids), {rows} official spells")


if __name__ == "__main__":
    main()
