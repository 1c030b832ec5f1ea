#!/usr/bin/env python3
"""Generate ontology/lexicon/countries.tsv (iso2, name, aliases, demonyms).

Sources:
  * Names and official names: Debian package iso-codes,
    /usr/share/iso-codes/json/iso_3166-1.json (ISO 3166-1; LGPL-2.1+).
  * Common English short names, other common names and demonyms: the tables
    below, written by hand from general knowledge; public reference: Wikipedia,
    "List of adjectival and demonymic forms for countries and nations" (CC BY-SA).

Usage: python3 scripts/data/make_countries.py [iso_3166-1.json] > ontology/lexicon/countries.tsv
       python3 scripts/data/make_countries.py --territories [iso_3166-1.json]
           (the rows of the dependent territories, in the columns of ontology/lexicon/areas.tsv,
           where they are kept by hand)
"""
import json
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# Common English short name where ISO's name is inverted, long or not the usual one.
NAME = {
    "BO": "Bolivia", "BN": "Brunei", "CC": "Cocos Islands", "CD": "DR Congo",
    "CG": "Congo", "CI": "Côte d'Ivoire", "CV": "Cape Verde", "FK": "Falkland Islands",
    "FM": "Micronesia", "IR": "Iran", "KP": "North Korea", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "MF": "Saint Martin", "PS": "Palestine",
    "RU": "Russia", "SX": "Sint Maarten", "SY": "Syria", "TW": "Taiwan",
    "TZ": "Tanzania", "VA": "Vatican", "VE": "Venezuela", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "VN": "Vietnam", "CZ": "Czech Republic",
    "SZ": "Eswatini", "TR": "Türkiye", "MK": "North Macedonia",
    "ST": "São Tomé and Príncipe", "SH": "Saint Helena", "HK": "Hong Kong",
    "MO": "Macao", "TL": "Timor-Leste", "GB": "United Kingdom", "US": "United States",
}

# Other names in common use (besides ISO's name and official name).
ALIASES = {
    "AE": "UAE|Emirates", "AU": "Commonwealth of Australia", "BA": "Bosnia", "BN": "Brunei Darussalam",
    "BS": "The Bahamas", "BY": "Belorussia|Byelorussia|Belarus Republic",
    "CD": "Democratic Republic of the Congo|DRC|Congo-Kinshasa",
    "CG": "Republic of the Congo|Congo-Brazzaville", "CI": "Ivory Coast|Cote d'Ivoire",
    "CN": "PRC|People's Republic of China|Mainland China", "CV": "Cabo Verde",
    "CZ": "Czechia", "DE": "FRG", "FK": "Falklands|Malvinas|Falkland Islands (Malvinas)",
    "GB": "UK|U.K.|Great Britain|Britain", "GM": "The Gambia",
    "IR": "Islamic Republic of Iran", "KG": "Kyrgyz Republic|Kirghizia|Kirgizia",
    "KN": "St Kitts and Nevis|St. Kitts and Nevis",
    "KP": "DPRK|Democratic People's Republic of Korea",
    "KR": "Republic of Korea|ROK", "LA": "Lao PDR|Lao People's Democratic Republic",
    "LC": "St Lucia|St. Lucia", "LY": "State of Libya", "MD": "Republic of Moldova|Moldavia",
    "MK": "Macedonia|Republic of North Macedonia", "MM": "Burma|Republic of the Union of Myanmar", "MO": "Macau",
    "NL": "Holland", "PH": "PH", "PS": "State of Palestine", "RU": "Russian Federation",
    "SA": "KSA", "ST": "Sao Tome and Principe", "SZ": "Swaziland",
    "SY": "Syrian Arab Republic", "TL": "East Timor",
    "TR": "Turkey|Turkiye|Republic of Turkey", "TW": "Republic of China",
    "TZ": "United Republic of Tanzania",
    "US": "USA|US|U.S.|U.S.A.|America|United States of America",
    "VA": "Holy See|Vatican City|Vatican City State",
    "VC": "St Vincent and the Grenadines|St. Vincent and the Grenadines",
    "VE": "Bolivarian Republic of Venezuela", "VN": "Viet Nam|Socialist Republic of Vietnam",
    "VI": "US Virgin Islands", "BO": "Plurinational State of Bolivia",
}

# Adjectival and demonymic forms. A form shared by two states (Congolese) is on
# both lines; the loader must treat such a form as ambiguous.
DEMONYMS = """
AD:Andorran AE:Emirati|Emirian AF:Afghan AG:Antiguan|Barbudan AI:Anguillan AL:Albanian
AM:Armenian AO:Angolan AQ:Antarctic AR:Argentine|Argentinian AS:American Samoan
AT:Austrian AU:Australian AW:Aruban AX:Ålandic|Åland AZ:Azerbaijani|Azeri
BA:Bosnian|Herzegovinian|Bosnian and Herzegovinian BB:Barbadian|Bajan BD:Bangladeshi
BE:Belgian BF:Burkinabe|Burkinabé BG:Bulgarian BH:Bahraini BI:Burundian BJ:Beninese
BL:Barthélemois BM:Bermudian|Bermudan BN:Bruneian BO:Bolivian BQ:Bonairean
BR:Brazilian BS:Bahamian BT:Bhutanese BW:Botswanan|Motswana|Batswana
BY:Belarusian|Belarussian|Byelorussian|Belorussian BZ:Belizean BV:Bouvet Island
CA:Canadian CC:Cocos Island CD:Congolese CF:Central African CG:Congolese
CH:Swiss CI:Ivorian CK:Cook Island CL:Chilean CM:Cameroonian CN:Chinese
CO:Colombian CR:Costa Rican CU:Cuban CV:Cape Verdean|Cabo Verdean CW:Curaçaoan
CX:Christmas Island CY:Cypriot CZ:Czech DE:German DJ:Djiboutian DK:Danish|Dane
DM:Dominican DO:Dominican DZ:Algerian EC:Ecuadorian EE:Estonian EG:Egyptian
EH:Sahrawi|Sahrawian|Western Saharan ER:Eritrean ES:Spanish|Spaniard ET:Ethiopian
FI:Finnish|Finn FJ:Fijian FK:Falkland Island FM:Micronesian FO:Faroese FR:French
GA:Gabonese GB:British|Briton GD:Grenadian GE:Georgian GF:French Guianese
GG:Guernsey GH:Ghanaian GI:Gibraltarian GL:Greenlandic GM:Gambian GN:Guinean
GP:Guadeloupean GQ:Equatorial Guinean|Equatoguinean GR:Greek|Hellenic
GS:South Georgia GT:Guatemalan GU:Guamanian GW:Bissau-Guinean GY:Guyanese
HK:Hong Kong|Hongkonger HM:Heard Island HN:Honduran HR:Croatian|Croat HT:Haitian
HU:Hungarian ID:Indonesian IE:Irish IL:Israeli IM:Manx IN:Indian IO:BIOT
IQ:Iraqi IR:Iranian IS:Icelandic|Icelander IT:Italian JE:Jersey JM:Jamaican
JO:Jordanian JP:Japanese KE:Kenyan KG:Kyrgyz|Kyrgyzstani|Kirghiz KH:Cambodian|Khmer
KI:I-Kiribati KM:Comoran|Comorian KN:Kittitian|Nevisian KP:North Korean
KR:South Korean KW:Kuwaiti KY:Caymanian KZ:Kazakh|Kazakhstani LA:Lao|Laotian
LB:Lebanese LC:Saint Lucian LI:Liechtensteiner LK:Sri Lankan LR:Liberian
LS:Basotho|Mosotho LT:Lithuanian LU:Luxembourgish|Luxembourger LV:Latvian
LY:Libyan MA:Moroccan MC:Monégasque|Monegasque MD:Moldovan|Moldavian
ME:Montenegrin MF:Saint-Martinoise MG:Malagasy MH:Marshallese
MK:Macedonian|North Macedonian ML:Malian MM:Burmese|Myanma MN:Mongolian
MO:Macanese MP:Northern Marianan MQ:Martiniquais|Martinican MR:Mauritanian
MS:Montserratian MT:Maltese MU:Mauritian MV:Maldivian MW:Malawian MX:Mexican
MY:Malaysian MZ:Mozambican NA:Namibian NC:New Caledonian NE:Nigerien
NF:Norfolk Island NG:Nigerian NI:Nicaraguan NL:Dutch|Netherlandish NO:Norwegian
NP:Nepali|Nepalese NR:Nauruan NU:Niuean NZ:New Zealand|New Zealander OM:Omani
PA:Panamanian PE:Peruvian PF:French Polynesian PG:Papua New Guinean|Papuan
PH:Filipino|Philippine PK:Pakistani PL:Polish|Pole PM:Saint-Pierrais|Miquelonnais
PN:Pitcairn Island PR:Puerto Rican PS:Palestinian PT:Portuguese PW:Palauan
PY:Paraguayan QA:Qatari RE:Réunionese|Reunionese RO:Romanian RS:Serbian|Serb
RU:Russian RW:Rwandan SA:Saudi|Saudi Arabian SB:Solomon Island SC:Seychellois
SD:Sudanese SE:Swedish|Swede SG:Singaporean SH:Saint Helenian SI:Slovenian|Slovene
SJ:Svalbard SK:Slovak SL:Sierra Leonean SM:Sammarinese SN:Senegalese
SO:Somali|Somalian SR:Surinamese SS:South Sudanese ST:São Toméan|Santomean
SV:Salvadoran|Salvadorian SX:Sint Maarten SY:Syrian SZ:Swazi|Eswatini
TC:Turks and Caicos Island TD:Chadian TF:French Southern TG:Togolese TH:Thai
TJ:Tajik|Tajikistani TK:Tokelauan TL:Timorese|East Timorese TM:Turkmen
TN:Tunisian TO:Tongan TR:Turkish TT:Trinidadian|Tobagonian TV:Tuvaluan
TW:Taiwanese TZ:Tanzanian UA:Ukrainian UG:Ugandan UM:American
US:American UY:Uruguayan UZ:Uzbek|Uzbekistani VA:Vatican VC:Vincentian
VE:Venezuelan VG:British Virgin Island VI:U.S. Virgin Island VN:Vietnamese
VU:Ni-Vanuatu|Vanuatuan WF:Wallisian|Futunan WS:Samoan YE:Yemeni YT:Mahoran
ZA:South African ZM:Zambian ZW:Zimbabwean
"""


# ISO 3166-1 codes of territories that are not states: dependencies, overseas regions and
# territories whose status is contested. The genre writes of them as places ("Hong Kong",
# "Puerto Rico", "Taiwan"), and the gold schema counts only states as countries ("Country (a
# state ...)"), so they are places (ontology/lexicon/areas.tsv, kind territory) under their own
# code, which the cities in them (places.tsv) carry too. No political claim is intended.
# Source: general knowledge, cf. Wikipedia "List of sovereign states" and "Dependent territory".
TERRITORIES = {
    "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO",
    "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP",
    "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK",
    "TW", "UM", "VG", "VI", "WF", "YT",
}


# States that no longer exist but that the genre's history names ("the former Soviet Union"),
# under the alpha-2 codes ISO 3166-1 keeps reserved for them (ISO 3166-3). "Soviet" is left out
# of the demonyms: "Soviet times" describes an era, not the state as an actor.
FORMER = [
    ("DD", "East Germany", "German Democratic Republic|GDR", "East German"),
    ("SU", "Soviet Union", "USSR|U.S.S.R.|Union of Soviet Socialist Republics", ""),
    ("YU", "Yugoslavia", "Socialist Federal Republic of Yugoslavia|SFRY|Federal Republic of Yugoslavia", "Yugoslav|Yugoslavian"),
]


def parse_demonyms(text):
    """Parse 'CC:Form|Form' tokens; forms may contain spaces, so split on codes."""
    out = {}
    import re
    for m in re.finditer(r"\b([A-Z]{2}):(.+?)(?=\s+[A-Z]{2}:|\s*$)", text.strip(), re.S):
        out[m.group(1)] = m.group(2).strip()
    return out


def uniq(items):
    seen, out = set(), []
    for it in items:
        it = it.strip()
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def main():
    args = sys.argv[1:]
    territories_only = "--territories" in args
    args = [a for a in args if a != "--territories"]
    path = args[0] if args else ISO_JSON
    data = json.load(open(path, encoding="utf-8"))["3166-1"]
    dem = parse_demonyms(DEMONYMS)
    # US Minor Outlying Islands keep no demonym: "American" belongs to the US.
    dem.pop("UM", None)
    rows = []
    for c in data:
        code = c["alpha_2"]
        name = NAME.get(code) or c.get("common_name") or c["name"]
        cands = [c["name"], c.get("official_name", ""), c.get("common_name", "")]
        cands += ALIASES.get(code, "").split("|")
        aliases = []
        for a in cands:
            if a.startswith("the "):
                a = a[4:]
            # ISO's inverted forms ("Korea, Republic of") never occur in running text.
            if a.endswith(" of") or ", The " in a or a.endswith(" of the"):
                continue
            # Parenthesised qualifiers ("Saint Martin (French part)") are ISO's, not prose.
            if "(" in a and code != "CC":
                continue
            if a != name:
                aliases.append(a)
        rows.append((code, name, "|".join(uniq(aliases)), dem.get(code, "")))
    rows += FORMER
    missing = [c["alpha_2"] for c in data if c["alpha_2"] not in dem and c["alpha_2"] != "UM"]
    if missing:
        sys.exit("no demonym for: " + " ".join(missing))
    out = sys.stdout
    if territories_only:
        for code, name, aliases, _ in sorted(rows, key=lambda r: r[1]):
            if code in TERRITORIES:
                out.write("\t".join((name, code, "territory", aliases)) + "\n")
        return
    rows = [r for r in rows if r[0] not in TERRITORIES]
    out.write("# countries.tsv: every ISO 3166-1 state (its territories are places: areas.tsv), and three former states (DD, SU, YU).\n")
    out.write("# Source: names and official names from Debian iso-codes (iso_3166-1.json, LGPL-2.1+);\n")
    out.write("#   common names, aliases and demonyms from general knowledge, cf. Wikipedia\n")
    out.write("#   'List of adjectival and demonymic forms for countries and nations' (CC BY-SA 4.0).\n")
    out.write("# Generated by scripts/data/make_countries.py; do not edit by hand.\n")
    out.write("# Columns: iso2, name (common English short name), aliases (|), demonyms (|).\n")
    out.write("iso2\tname\taliases\tdemonyms\n")
    for r in sorted(rows):
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
