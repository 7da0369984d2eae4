#!/usr/bin/env python3
"""Derives copydesk's embedded knowledge base from pinned public sources.

Run from the repository root:  python3 data/build/build_kb.py

Downloads with `npm pack` (each tarball's sha512 checked against the value
pinned below):
  world-countries 5.1.0        (ODbL-1.0)    codes, names, ar/ru names, capitals, demonyms, area, currencies
  cldr-localenames-full 48.2.0 (Unicode-3.0) names and short/variant forms in en, ar, ru
  cldr-dates-full 48.2.0       (Unicode-3.0) city names (exemplar cities) in en, ar and ru: capitals,
                               and the time-zone cities of Asia, Africa and Europe as places
  cldr-core 48.2.0             (Unicode-3.0) population (supplemental/territoryInfo.json), each
                               time zone's territory (supplemental/windowsZones.json)
reads the curated tables beside this script (demonyms.tsv, capitals.tsv,
places.tsv), and, from the shared data folder next to the repository
(or $COPYDESK_SHARED):
  data/officials/repos.csv, leaders-historic.csv (Wikidata, CC0; see data/README.md)

Writes data/countries.json, data/officials.tsv, data/officials-enwiki.tsv
and data/kb-meta.json, and
checks the hand-written data/officials-overlay.tsv and
data/person-aliases.tsv against the officials table.
Standard library only; the output is deterministic.
"""

import base64
import csv
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("COPYDESK_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
BUILD = os.path.join(ROOT, "data", "build")

# name@version -> npm `dist.integrity` (sha512 of the tarball).
PACKAGES = {
    "world-countries@5.1.0": "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
    "cldr-localenames-full@48.2.0": "sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ==",
    "cldr-core@48.2.0": "sha512-zfmLothncSwfv2jlevoSrgI2VGgH8SDGHXst6jUEotHA8nq9Igeg9jzdJDFtBso9pgJuG89DK16TzrmZDdo2Bg==",
    "cldr-dates-full@48.2.0": "sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ==",
}
# Publication dates in the npm registry (`npm view NAME time`), recorded
# here so that the build needs no registry metadata beyond the tarballs.
RELEASED = {
    "world-countries@5.1.0": "2025-06-03",
    "cldr-localenames-full@48.2.0": "2026-03-25",
    "cldr-core@48.2.0": "2026-03-25",
    "cldr-dates-full@48.2.0": "2026-03-25",
}
LICENSES = {
    "world-countries": ("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    "cldr": ("Unicode-3.0", "https://www.unicode.org/license.txt"),
    "wikidata": ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
}
OFFICIALS_AS_OF = "2023-01-19"
OVERLAY_AS_OF = "2026-11-24"

# repos.csv names that differ from world-countries' common English names.
REPOS_NAMES = {
    "Åland": "Åland Islands",
    "Czech Republic": "Czechia",
    "Congo-Brazzaville": "Republic of the Congo",
    "Congo-Kinshasa": "DR Congo",
    "Democratic Republic of the Congo": "DR Congo",
    "Côte d'Ivoire": "Ivory Coast",
    "Cabo Verde": "Cape Verde",
    "East Timor": "Timor-Leste",
    "Swaziland": "Eswatini",
    "The Gambia": "Gambia",
    "Federated States of Micronesia": "Micronesia",
    "Macedonia": "North Macedonia",
    "State of Palestine": "Palestine",
    "Sao Tome and Principe": "São Tomé and Príncipe",
    "The Bahamas": "Bahamas",
    "United States of America": "United States",
    "People's Republic of China": "China",
    "Burma": "Myanmar",
    "Turkey": "Türkiye",
}

# Wikidata ids of UN members and observers, checked by hand, used where
# repos.csv has none (and as a cross-check where it has one).
CURATED_QIDS = {
    "US": "Q30", "GB": "Q145", "CN": "Q148", "RU": "Q159", "FR": "Q142", "DE": "Q183", "IT": "Q38",
    "IN": "Q668", "JP": "Q17", "AZ": "Q227", "QA": "Q846", "PK": "Q843", "TJ": "Q863", "BY": "Q184",
    "TR": "Q43", "IR": "Q794", "TM": "Q874", "VA": "Q237",
}

# Corrections to world-countries, each a fact checked by hand.
# The Holy See (Vatican City) is a UN non-member observer state, not a member.
UN_MEMBER_FIX = {"VA": False}

# Forms news copy uses that neither source lists, by ISO code.
# A country's people named by nouns of their own (Wiktionary).
PEOPLE_DEMONYMS = {"GB": ["Briton", "Britons"], "NL": ["Dutchman", "Dutchmen", "Dutchwoman"], "FR": ["Frenchman", "Frenchmen", "Frenchwoman"]}
EXTRA_DEMONYMS = {"TJ": ["Tajik"], "AZ": ["Azeri"], "BY": ["Belarussian"], "KG": ["Kyrgyz"], "UZ": ["Uzbek"], "KZ": ["Kazakh"], "TM": ["Turkmen"]}
EXTRA_ALIASES = {
    "BY": [("ru", "Белоруссия"), ("en", "Belorussia")],
    "AZ": [("en", "Azerbaijan Republic")],
    "TR": [("en", "Türkiye")],
    "GB": [("en", "Britain"), ("ar", "بريطانيا")],
    "KG": [("ru", "Кыргызстан")],
    "CN": [("ru", "Китайская Народная Республика"), ("ru", "КНР")],
    "RU": [("ru", "РФ")],
    "US": [("ar", "الولايات المتحدة الأمريكية"), ("ar", "الولايات المتحدة الأميركية"), ("en", "US"), ("en", "U.S.")],
    "AE": [("ru", "Эмираты")],
}

# Aliases that are ordinary words, names of people, another country's
# name or demonym, or source noise; matched case-sensitively, so only the
# capitalised form matters. "US" (the pronoun "us" in a headline set in
# capitals) comes back through EXTRA_ALIASES: the gazetteer takes a short
# all-capitals name only where the words beside it are not in capitals.
SKIP_ALIASES = {
    "US", "UN", "Man", "Chad", "Bosnia",
    "Island",      # Iceland (Icelandic name), but "Jeju Island"
    "Mann",        # Isle of Man, but the surname
    "Dominique",   # Dominica (French name), but the given name
    "Congo",       # either Congo
    "Timor",       # the island, shared with Indonesia
    "Thai", "Togolese",  # demonyms, not names
    "Prathet", "Portuguesa", "Mexicanos",  # fragments: "country", a Venezuelan state, "Mexicans"
}


def npm_pack(spec, workdir):
    out = subprocess.run(["npm", "pack", spec, "--json"], cwd=workdir, check=True, capture_output=True, text=True).stdout
    info = json.loads(out)[0]
    path = os.path.join(workdir, info["filename"])
    with open(path, "rb") as f:
        digest = "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode()
    if digest != PACKAGES[spec]:
        sys.exit(f"{spec}: integrity {digest} does not match the pinned {PACKAGES[spec]}")
    return tarfile.open(path)


def language_names(wc, names, core):
    """The official languages' names in en, ar and ru, by the ISO 639-3
    codes world-countries gives them: CLDR's display names, reached through
    CLDR's aliases ("ara" is "ar"); world-countries' English name where CLDR
    has none (Berber, Belizean Creole), with no Arabic or Russian then."""
    alias = read_json(core, "package/supplemental/aliases.json")["supplemental"]["metadata"]["alias"]["languageAlias"]
    display = {
        lang: read_json(names, f"package/main/{lang}/languages.json")["main"][lang]["localeDisplayNames"]["languages"]
        for lang in ("en", "ar", "ru")
    }
    english = {}
    for c in wc:
        english.update(c.get("languages", {}))
    out = {}
    for code in sorted(english):
        key = alias.get(code, {}).get("_replacement", code)
        if key in display["en"]:
            out[code] = {lang: display[lang].get(key) for lang in ("en", "ar", "ru")}
        else:
            out[code] = {"en": english[code], "ar": None, "ru": None}
    return out


def read_json(tar, member):
    return json.load(tar.extractfile(member))


def read_tsv(path, columns):
    """Rows of a curated table: '#' lines are comments; each row must have
    exactly `columns` fields."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != columns:
                sys.exit(f"{os.path.relpath(path, ROOT)}:{n}: {len(fields)} fields, expected {columns}")
            rows.append(fields)
    return rows


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
    """The case forms of a Russian adjective in -ий (the -ский/-цкий type):
    masculine/neuter/feminine/plural in nominative, genitive, dative,
    accusative, instrumental and prepositional."""
    if not adj.endswith("ий"):
        return [adj]
    stem = adj[:-2]
    return [stem + e for e in ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ом", "ую", "ими"]]


def ar_nisba_forms(nisba):
    """Masculine and feminine, without and with the article."""
    return [nisba, nisba + "ة", "ال" + nisba, "ال" + nisba + "ة"]


def former_countries(taken_ids):
    """Countries that no longer exist, from the curated former-countries.tsv:
    the same shape as the others, no capital, population or flag (facts of a
    present-day state), and the dates it existed."""
    out = []
    for row in read_tsv(os.path.join(BUILD, "former-countries.tsv"), 16):
        qid, code, iso3, en, off_en, ar, off_ar, ru, off_ru, aliases, dem_en, nisba, adj, start, end, _src = row
        if qid in taken_ids:
            sys.exit(f"former-countries.tsv: {qid} is a present-day country")
        check_date(start, f"former-countries.tsv {qid}")
        check_date(end, f"former-countries.tsv {qid}")
        demonyms = [{"lang": "en", "text": dem_en}] if dem_en else []
        demonyms += [{"lang": "ar", "text": f} for f in ar_nisba_forms(nisba)] if nisba else []
        demonyms += [{"lang": "ru", "text": f} for f in ru_adjective_forms(adj)] if adj else []
        out.append({
            "id": qid, "iso2": code, "iso3": iso3,
            "name": {"en": en, "ar": ar, "ru": ru},
            "official": {"en": off_en, "ar": off_ar, "ru": off_ru},
            "aliases": [{"lang": a.split(":", 1)[0], "text": a.split(":", 1)[1]} for a in aliases.split("|") if a],
            "demonyms": demonyms,
            "capital": None, "region": None, "subregion": None, "population": None, "population_source": None,
            "area_km2": None, "currencies": [], "languages": [], "flag": None, "un_member": False, "independent": None,
            "wikidata_source": "curated in data/build/former-countries.tsv (Wikidata)", "places": [],
            "existed": {"from": start, "until": end},
        })
    return out


def regions(country_codes):
    """Seas and regions of several countries, from the curated regions.tsv."""
    out = []
    for qid, en, ar, ru, kind, countries, _src in read_tsv(os.path.join(BUILD, "regions.tsv"), 7):
        # A region one language's news does not name alone ("the Gulf" in
        # Russian is "Персидский залив") leaves that column empty.
        names = {"en": en.split("|"), "ar": ar.split("|"), "ru": ru.split("|") if ru else [None]}
        codes = [c for c in countries.split(",") if c]
        unknown = [c for c in codes if c not in country_codes]
        if unknown or kind not in ("sea", "region") or (qid and not re.fullmatch(r"Q\d+", qid)):
            sys.exit(f"regions.tsv: bad row for {en}: {unknown or kind or qid}")
        out.append({
            "id": qid or None,
            "name": {lang: forms[0] for lang, forms in names.items()},
            "forms": [{"lang": lang, "text": f} for lang, forms in names.items() for f in forms[1:]],
            "kind": kind,
            "countries": codes,
        })
    return out


ORG_KINDS = ("intergovernmental", "un-body", "group", "development-bank", "company", "government-agency", "legislature", "central-bank", "sports-body", "sports-club", "movement", "news-agency")


def organizations(countries):
    """International bodies, companies and news agencies, from the curated
    organizations.tsv: each name checked to be unique, each country code
    known, the UN's members expanded from the country data."""
    codes = {c["iso2"] for c in countries}
    un = [c["iso2"] for c in countries if c["un_member"]]
    out, keys, names = [], set(), {}
    for row in read_tsv(os.path.join(BUILD, "organizations.tsv"), 14):
        key, qid, kind, country, members, members_as_of, founded, hq, en, ar, ru, acronyms, aliases, _src = row
        where = f"organizations.tsv: {key}"
        member_codes = un if members == "@un" else members.split()
        unknown = [c for c in member_codes + ([country] if country else []) if c not in codes]
        if unknown or kind not in ORG_KINDS or key in keys or not en:
            sys.exit(f"{where}: bad row ({unknown or kind or 'duplicate key or no English name'})")
        if qid and not re.fullmatch(r"Q\d+", qid):
            sys.exit(f"{where}: bad Wikidata id {qid}")
        if members and not members_as_of:
            sys.exit(f"{where}: members without the date they describe")
        for value in (members_as_of, founded):
            if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                sys.exit(f"{where}: bad date {value}")
        keys.add(key)
        written = [n for n in [en, ar, ru] + acronyms.split("|") + aliases.split("|") if n]
        for name in written:
            if names.setdefault(name, key) != key:
                sys.exit(f"{where}: '{name}' also names {names[name]}")
        out.append({
            "key": key,
            "id": qid or None,
            "kind": kind,
            "country": country or None,
            "members": member_codes,
            "members_as_of": members_as_of or None,
            "founded": founded or None,
            "headquarters": hq or None,
            "name": {"en": en, "ar": ar or None, "ru": ru or None},
            "acronyms": [a for a in acronyms.split("|") if a],
            "aliases": [a for a in aliases.split("|") if a],
        })
    return out


def load_repos():
    with open(os.path.join(SHARED, "data/officials/repos.csv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# Time-zone cities of Asia, Africa and Europe that are also common words,
# names of people, or a place's name in another sense: left out.
EXEMPLAR_SKIP = {"Jersey", "Guernsey", "Isle of Man", "Kirov", "Oral", "Büsingen", "Troll", "Famagusta", "Chita", "Samara"}


def zone_countries(core):
    """Time zone id -> ISO territory, from CLDR's Windows zone mapping."""
    zones = read_json(core, "package/supplemental/windowsZones.json")["supplemental"]["windowsZones"]["mapTimezones"]
    out = {}
    for item in zones:
        zone = item["mapZone"]
        if zone["_territory"] in ("001", "ZZ"):
            continue
        for z in zone["_type"].split():
            out.setdefault(z, zone["_territory"])
    return out


def build_countries(wc, cldr, cities, territory, repos, zone_country):
    qid_by_name = {REPOS_NAMES.get(r["country"], r["country"]): r["id"] for r in repos if r["id"]}

    curated = {iso2: (ar.split("|"), ru.split("|")) for iso2, ar, ru, _src in read_tsv(os.path.join(BUILD, "demonyms.tsv"), 4)}
    capitals = {(iso2, en): {"en": en, "ar": ar, "ru": ru} for iso2, en, ar, ru, _src in read_tsv(os.path.join(BUILD, "capitals.tsv"), 5)}
    place_list = [{"country": iso2, "name": {"en": en, "ar": ar, "ru": ru}} for iso2, en, ar, ru, _src in read_tsv(os.path.join(BUILD, "places.tsv"), 5)]
    place_names = {}
    for p in place_list:
        place_names.setdefault(p["country"], {})[p["name"]["en"]] = p["name"]

    # English city name -> time zone id, to find a capital's ar/ru names.
    # English data names a city by its zone id ("Asia/Baku") unless it
    # says otherwise.
    zone_by_city = {zone.split("/")[-1].replace("_", " "): zone for zone in cities["ar"]}
    zone_by_city.update({name: zone for zone, name in cities["en"].items()})

    country_names = {c["name"]["common"] for c in wc}
    out = []
    used_capitals = set()
    for c in wc:
        iso2 = c["cca2"]
        common = c["name"]["common"]
        if common in qid_by_name:
            qid, qid_source = qid_by_name[common], "shared/data/officials/repos.csv (Wikidata)"
            if iso2 in CURATED_QIDS and CURATED_QIDS[iso2] != qid:
                sys.exit(f"{iso2}: repos.csv says {qid}, the curated table {CURATED_QIDS[iso2]}")
        elif iso2 in CURATED_QIDS:
            qid, qid_source = CURATED_QIDS[iso2], "curated in data/build/build_kb.py (Wikidata)"
        else:
            qid, qid_source = f"iso:{iso2.lower()}", None
        tr = c.get("translations", {})
        name = {"en": common, "ar": tr.get("ara", {}).get("common"), "ru": tr.get("rus", {}).get("common")}
        official = {"en": c["name"]["official"], "ar": tr.get("ara", {}).get("official"), "ru": tr.get("rus", {}).get("official")}
        taken = {v for v in list(name.values()) + list(official.values()) if v}
        aliases = []

        def alias(lang, text, curated=False):
            text = (text or "").strip()
            if not text or text in taken or (text in SKIP_ALIASES and not curated) or "(" in text:
                return
            taken.add(text)
            aliases.append({"lang": lang, "text": text})

        for lang in ("en", "ar", "ru"):
            for key in (iso2, f"{iso2}-alt-short", f"{iso2}-alt-variant"):
                alias(lang, cldr[lang].get(key))
        for lang, text in EXTRA_ALIASES.get(iso2, []):
            alias(lang, text, curated=True)
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
        # The people in the plural ("Egyptians", "Azerbaijanis"): a
        # demonym ending in -n or -i takes -s; "Chinese" and "Swiss" none.
        for d in [d["text"] for d in demonyms]:
            plural = d + "s" if d[-1] in "ni" and " " not in d else None
            if plural and plural not in seen:
                seen.add(plural)
                demonyms.append({"lang": "en", "text": plural})
        for d in PEOPLE_DEMONYMS.get(iso2, []):
            if d not in seen:
                seen.add(d)
                demonyms.append({"lang": "en", "text": d})
        if iso2 in curated:
            ars, rus = curated[iso2]
            for nisba in ars:
                for form in ar_nisba_forms(nisba):
                    demonyms.append({"lang": "ar", "text": form})
            for adj in rus:
                for form in ru_adjective_forms(adj):
                    demonyms.append({"lang": "ru", "text": form})

        capital = None
        if c.get("capital"):
            cap = c["capital"][0]
            zone = zone_by_city.get(cap)
            capital = {"en": cap, "ar": cities["ar"].get(zone) if zone else None, "ru": cities["ru"].get(zone) if zone else None}
            if (iso2, cap) in capitals:
                capital = capitals[(iso2, cap)]
                used_capitals.add((iso2, cap))
            elif iso2 in place_names and cap in place_names[iso2]:
                capital = place_names[iso2][cap]

        places = [p for p in place_list if p["country"] == iso2 and (not capital or p["name"]["en"] != capital["en"])]
        # CLDR's time-zone cities of Asia, Africa and Europe besides the
        # capital ("Shanghai", "Aqtobe", "Samarkand"), in the three languages.
        for zone in sorted(z for z, t in zone_country.items() if t == iso2 and z.split("/")[0] in ("Asia", "Africa", "Europe")):
            en = cities["en"].get(zone, zone.split("/")[-1].replace("_", " "))
            if (capital and en == capital["en"]) or en in EXEMPLAR_SKIP or en in country_names or any(p["name"]["en"] == en for p in places):
                continue
            places.append({"country": iso2, "name": {"en": en, "ar": cities["ar"].get(zone), "ru": cities["ru"].get(zone)}})
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
            "un_member": UN_MEMBER_FIX.get(iso2, bool(c.get("unMember"))),
            "independent": c.get("independent"),
            "wikidata_source": qid_source,
            # Not in the brief's shape: regions and cities besides the
            # capital, read by copydesk's gazetteer (src/kb/country.rs).
            "places": [p["name"] for p in places],
        })
    unused = set(capitals) - used_capitals
    if unused:
        sys.exit(f"capitals.tsv rows match no world-countries capital: {sorted(unused)}")

    # A demonym written for several countries names none of them surely:
    # keep it for the one independent country among them, else drop it.
    owners = {}
    for c in out:
        for d in c["demonyms"]:
            owners.setdefault((d["lang"], d["text"]), []).append(c)
    for (lang, text), cs in owners.items():
        if len(cs) < 2:
            continue
        independent = [c for c in cs if c["independent"]]
        keep = independent[0]["iso2"] if len(independent) == 1 else None
        for c in cs:
            if c["iso2"] != keep:
                c["demonyms"] = [d for d in c["demonyms"] if (d["lang"], d["text"]) != (lang, text)]

    out.sort(key=lambda c: c["iso2"])
    return out


def check_date(value, where):
    if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        sys.exit(f"{where}: bad date {value!r}")


def build_officials(repos):
    """Wikidata facts only, keyed by Q-id. Sorted by person (byte order) so
    that copydesk finds a person's terms by binary search without parsing
    the table; the first six columns are the ones copydesk reads."""
    country_qid = {r["country"]: r["id"] for r in repos}
    lines = []
    people = {}
    with open(os.path.join(SHARED, "data/officials/leaders-historic.csv"), newline="", encoding="utf-8") as src:
        for row in csv.DictReader(src):
            if not row["personID"].startswith("Q"):
                continue
            fields = [row["person"], row["personID"], country_qid.get(row["catalog"], ""), row["position"],
                      row["start"], row["end"], row["gender"], row["DOB"], row["catalog"]]
            fields = [v.replace("\t", " ").replace("\n", " ") for v in fields]
            lines.append("\t".join(fields))
            people.setdefault(row["personID"], (fields[0], fields[6], fields[7]))
    lines.sort(key=lambda l: l.encode("utf-8"))
    header = "person\tperson_qid\tcountry_qid\tposition\tstart\tend\tgender\tdob\tcatalog"
    with open(os.path.join(ROOT, "data/officials.tsv"), "w", encoding="utf-8", newline="\n") as dst:
        dst.write(header + "\n")
        dst.write("\n".join(lines) + "\n")
    return header.split("\t"), lines, people


def build_wiki_titles(people):
    """English Wikipedia's title for each official where it differs from
    Wikidata's label ("Sadyr Japarov" for the label "Sadyr Zhaparov"):
    the spelling English news most often uses. Kept only when it names one
    person, is no one's label, and has two words or more; a disambiguating
    "(politician)" is dropped."""
    titles = {}
    with open(os.path.join(SHARED, "data/officials/leaders-historic.csv"), newline="", encoding="utf-8") as src:
        for row in csv.DictReader(src):
            title = re.sub(r"\s*\(.*\)$", "", row["enwiki"]).strip()
            if row["personID"] in people and title and title != row["person"] and len(title.split()) >= 2:
                titles.setdefault(title, set()).add(row["personID"])
    labels = {label for label, _gender, _dob in people.values()}
    kept = sorted((next(iter(qids)), title) for title, qids in titles.items()
                  if len(qids) == 1 and title not in labels and "\t" not in title)
    with open(os.path.join(ROOT, "data/officials-enwiki.tsv"), "w", encoding="utf-8", newline="\n") as dst:
        dst.write("# person_qid\ttext: English Wikipedia's article title where it differs from the Wikidata\n")
        dst.write("# label; derived by data/build/build_kb.py from leaders-historic.csv's enwiki column.\n")
        dst.writelines(f"{qid}\t{title}\n" for qid, title in kept)
    return len(kept)


def check_overlay(columns, lines, people, country_ids):
    """officials-overlay.tsv: same columns plus source; every person known
    by Q-id with the same label, gender and birth date; a row that closes a
    term must match a term of the base table."""
    path = os.path.join(ROOT, "data/officials-overlay.tsv")
    with open(path, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    if rows[0] != columns + ["source"]:
        sys.exit(f"officials-overlay.tsv: header {rows[0]} != {columns + ['source']}")
    base = {tuple(l.split("\t")[i] for i in (1, 2, 3, 4)) for l in lines}
    replaced = 0
    for n, r in enumerate(rows[1:], 2):
        where = f"officials-overlay.tsv:{n}"
        if len(r) != len(columns) + 1 or not r[-1]:
            sys.exit(f"{where}: {len(r)} fields or no source")
        person, qid, country, _pos, start, end, gender, dob, _catalog, _source = r
        if qid not in people or people[qid] != (person, gender, dob):
            sys.exit(f"{where}: {qid} is {people.get(qid)} in leaders-historic.csv")
        if country not in country_ids:
            sys.exit(f"{where}: unknown country {country}")
        for v in (start, end, dob):
            check_date(v, where)
        if max(start, end) <= OFFICIALS_AS_OF:
            sys.exit(f"{where}: no change after {OFFICIALS_AS_OF}")
        if start <= OFFICIALS_AS_OF:
            if tuple(r[i] for i in (1, 2, 3, 4)) not in base:
                sys.exit(f"{where}: closes a term that officials.tsv lacks")
            replaced += 1
    return len(rows) - 1, replaced


def check_person_aliases(people):
    rows = read_tsv(os.path.join(ROOT, "data/person-aliases.tsv"), 4)
    for qid, lang, text, source in rows:
        if qid not in people:
            sys.exit(f"person-aliases.tsv: {qid} ({text}) is not in leaders-historic.csv")
        if lang not in ("en", "ar", "ru") or not text or not source:
            sys.exit(f"person-aliases.tsv: bad row {qid} {lang} {text!r}")
        if text == people[qid][0]:
            sys.exit(f"person-aliases.tsv: {text!r} is the Wikidata label already")
    return len(rows)


def sanity(countries):
    by = {c["iso2"]: c for c in countries}
    for iso2, qid in {"AZ": "Q227", "QA": "Q846", "NE": "Q1032", "NG": "Q1033", "GW": "Q1007", "SS": "Q958",
                      "PS": "Q219060", "VA": "Q237", "XK": "Q1246", "TR": "Q43", "CD": "Q974", "CG": "Q971"}.items():
        if by.get(iso2, {}).get("id") != qid:
            sys.exit(f"sanity: {iso2} has id {by.get(iso2, {}).get('id')}, expected {qid}")
    if by["NE"]["demonyms"] == by["NG"]["demonyms"]:
        sys.exit("sanity: Niger and Nigeria share demonyms")
    for c in countries:
        if c["un_member"] and not (c["name"]["ar"] and c["name"]["ru"] and c["official"]["ar"] and c["official"]["ru"]):
            sys.exit(f"sanity: UN member {c['iso2']} lacks an Arabic or Russian name")
        if c["un_member"] and not c["id"].startswith("Q"):
            sys.exit(f"sanity: UN member {c['iso2']} has no Wikidata id")
        texts = [a["text"] for a in c["aliases"]]
        names = set(c["name"].values()) | set(c["official"].values())
        if len(set(texts)) != len(texts) or names & set(texts):
            sys.exit(f"sanity: {c['iso2']} aliases repeat a name")
    if sum(c["un_member"] for c in countries) != 193:
        sys.exit("sanity: not 193 UN members")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        wc_tar = npm_pack("world-countries@5.1.0", tmp)
        names = npm_pack("cldr-localenames-full@48.2.0", tmp)
        core = npm_pack("cldr-core@48.2.0", tmp)
        dates = npm_pack("cldr-dates-full@48.2.0", tmp)
        wc = read_json(wc_tar, "package/countries.json")
        cldr = {lang: lang_names(names, lang) for lang in ("en", "ar", "ru")}
        cities = {lang: exemplar_cities(dates, lang) for lang in ("en", "ar", "ru")}
        territory = read_json(core, "package/supplemental/territoryInfo.json")["supplemental"]["territoryInfo"]
        zone_country = zone_countries(core)
        languages = language_names(wc, names, core)

    repos = load_repos()
    countries = build_countries(wc, cldr, cities, territory, repos, zone_country)
    sanity(countries)
    # After the present-day ones, so that their indices stay as they were.
    countries += former_countries({c["id"] for c in countries})
    with open(os.path.join(ROOT, "data/countries.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(", ", ": ")) for c in countries))
        f.write("\n]\n")

    with open(os.path.join(ROOT, "data/regions.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in regions({c["iso2"] for c in countries})))
        f.write("\n]\n")

    with open(os.path.join(ROOT, "data/languages.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write(",\n".join(f"{json.dumps(code)}: {json.dumps(n, ensure_ascii=False)}" for code, n in languages.items()))
        f.write("\n}\n")

    orgs = organizations(countries)
    with open(os.path.join(ROOT, "data/organizations.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")) for o in orgs))
        f.write("\n]\n")

    columns, lines, people = build_officials(repos)
    overlay_rows, overlay_replaced = check_overlay(columns, lines, people, {r["id"] for r in repos if r["id"]})
    alias_rows = check_person_aliases(people)
    wiki_titles = build_wiki_titles(people)

    def source(spec, files, licence):
        name, version = spec.split("@")
        return {"name": name, "version": version, "registry": "npm", "integrity": PACKAGES[spec],
                "released": RELEASED[spec], "files": files, "license": LICENSES[licence][0], "license_url": LICENSES[licence][1]}

    meta = {
        "countries_as_of": RELEASED["world-countries@5.1.0"],
        "officials_as_of": OFFICIALS_AS_OF,
        "overlay_as_of": OVERLAY_AS_OF,
        "sources": [
            source("world-countries@5.1.0", ["countries.json"], "world-countries"),
            source("cldr-localenames-full@48.2.0", ["main/en/territories.json", "main/ar/territories.json", "main/ru/territories.json",
                                                    "main/en/languages.json", "main/ar/languages.json", "main/ru/languages.json"], "cldr"),
            source("cldr-dates-full@48.2.0", ["main/en/timeZoneNames.json", "main/ar/timeZoneNames.json", "main/ru/timeZoneNames.json"], "cldr"),
            source("cldr-core@48.2.0", ["supplemental/territoryInfo.json", "supplemental/aliases.json"], "cldr"),
            {"name": "Wikidata via peppercat.org / every-politician-scrapers", "version": "peppercatorg/site-build efd4378c56c215b68c43c503550113ea88c47849",
             "registry": None, "integrity": None, "released": "2023-01-20",
             "files": ["shared/data/officials/leaders-historic.csv", "shared/data/officials/repos.csv"],
             "license": LICENSES["wikidata"][0], "license_url": LICENSES["wikidata"][1]},
            {"name": "copydesk curated tables", "version": None, "registry": None, "integrity": None, "released": OVERLAY_AS_OF,
             "files": ["data/build/demonyms.tsv", "data/build/capitals.tsv", "data/build/places.tsv",
                       "data/build/former-countries.tsv", "data/build/regions.tsv", "data/build/organizations.tsv",
                       "data/officials-overlay.tsv", "data/person-aliases.tsv"],
             "license": "project licence", "license_url": None},
        ],
    }
    datetime.date.fromisoformat(meta["countries_as_of"])
    with open(os.path.join(ROOT, "data/kb-meta.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
        f.write("\n")

    with_qid = sum(1 for c in countries if c["id"].startswith("Q"))
    with_names = sum(1 for c in countries if c["name"]["ar"] and c["name"]["ru"])
    un = [c for c in countries if c["un_member"]]
    print(f"countries: {len(countries)} ({len(un)} UN members), {with_names} with ar and ru names, {with_qid} with Wikidata ids")
    print(f"capitals with ar and ru names: {sum(1 for c in countries if c['capital'] and c['capital']['ar'] and c['capital']['ru'])}"
          f" of {sum(1 for c in countries if c['capital'])}")
    print(f"officials.tsv: {len(lines)} spells of {len(people)} people")
    print(f"officials-overlay.tsv: {overlay_rows} rows ({overlay_replaced} close a base term)")
    print(f"person-aliases.tsv: {alias_rows} spellings")
    print(f"officials-enwiki.tsv: {wiki_titles} English Wikipedia titles")
    print(f"organizations.json: {len(orgs)} ({sum(1 for o in orgs if o['id'])} with Wikidata ids)")
    print(f"countries.json: {os.path.getsize(os.path.join(ROOT, 'data/countries.json'))} bytes")


if __name__ == "__main__":
    main()
