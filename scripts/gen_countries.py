#!/usr/bin/env python3
"""Generate data/actors/countries.txt from Debian iso-codes plus Parley's own tables.

The base [country] list is every ISO 3166-1 entry in
/usr/share/iso-codes/json/iso_3166-1.json (name, common_name, official_name); the tables
below add wire-copy variants, historical names, adjectives/demonyms and capital metonyms.
This script is the source of truth: edit the tables here and rerun

    python3 scripts/gen_countries.py            # writes data/actors/countries.txt
    python3 scripts/gen_countries.py --check    # exits 1 if the file is stale

Names are matched case-insensitively on tokens, so bare names that are common English words
are left out on purpose (see SKIP_NAMES and the notes in the tables).
"""
import json
import pathlib
import sys
import unicodedata

ISO_JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "actors" / "countries.txt"

# ISO names that are unusable as written (inverted "X, Y of" forms, parentheses).
NAME_OVERRIDES = {
    "BES": ["Bonaire", "Sint Eustatius", "Saba", "Caribbean Netherlands"],
    "BOL": ["Bolivia", "Plurinational State of Bolivia"],
    "CCK": ["Cocos Islands", "Cocos (Keeling) Islands", "Keeling Islands"],
    "BRN": ["Brunei", "Brunei Darussalam"],
    "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
            "D.R. Congo", "DRC", "Congo-Kinshasa", "Congo Kinshasa", "Zaire"],
    "COG": ["Congo", "Republic of the Congo", "Republic of Congo", "Congo-Brazzaville",
            "Congo Brazzaville"],
    "FLK": ["Falkland Islands", "Falklands", "Malvinas", "Malvinas Islands"],
    "FSM": ["Micronesia", "Federated States of Micronesia"],
    "IRN": ["Iran", "Islamic Republic of Iran"],
    "JEY": ["Bailiwick of Jersey", "Jersey Island"],  # bare "Jersey" collides with New Jersey
    "KOR": ["South Korea", "Republic of Korea", "S. Korea", "ROK"],
    "LAO": ["Laos", "Lao People's Democratic Republic", "Lao PDR"],
    "MAF": ["Saint Martin", "Collectivity of Saint Martin"],
    "MDA": ["Moldova", "Republic of Moldova"],
    "PRK": ["North Korea", "Democratic People's Republic of Korea", "DPRK", "N. Korea"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories",
            "Palestinian Territories", "occupied Palestinian territories",
            "Palestinian Authority territories"],
    "REU": ["Réunion", "Reunion Island", "La Réunion"],  # bare "reunion" is a common word
    "SHN": ["Saint Helena", "Saint Helena, Ascension and Tristan da Cunha", "St Helena"],
    "SXM": ["Sint Maarten"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "TWN": ["Taiwan", "Republic of China", "Chinese Taipei"],
    "TZA": ["Tanzania", "United Republic of Tanzania"],
    "VAT": ["Vatican", "Holy See", "the Holy See", "Vatican City", "Vatican City State",
            "the Vatican"],
    "VEN": ["Venezuela", "Bolivarian Republic of Venezuela"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["U.S. Virgin Islands", "US Virgin Islands", "Virgin Islands of the United States"],
    "VNM": ["Vietnam", "Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"],
    "UMI": ["United States Minor Outlying Islands"],
}

# Extra wire-copy names, including historical states coded as their successor
# (Parley's choice: the [country] code must be an ISO 3166-1 alpha-3 code, so the Soviet
# Union codes as RUS, both Germanys as DEU, Yugoslavia as SRB, Czechoslovakia as CZE).
EXTRA_NAMES = {
    "USA": ["United States of America", "US", "U.S.", "U.S.A.", "USA", "America",
            "the US", "the U.S.", "the United States", "the USA", "the States"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K.", "the UK", "the U.K.", "the United Kingdom",
            "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russia", "Russian Federation", "the Russian Federation",
            "Soviet Union", "the Soviet Union", "USSR", "U.S.S.R.",
            "Union of Soviet Socialist Republics"],
    "CHN": ["People's Republic of China", "PRC", "mainland China",
            "Communist China", "Red China"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "the Ivory Coast"],
    "MMR": ["Burma", "Republic of the Union of Myanmar"],
    "TUR": ["Turkey", "Turkiye", "Republic of Turkey"],
    "CZE": ["Czech Republic", "Czechoslovakia", "Czecho-Slovakia"],
    "SVK": ["Slovak Republic"],
    "MKD": ["Macedonia", "Republic of Macedonia", "Former Yugoslav Republic of Macedonia",
            "FYROM", "F.Y.R.O.M."],
    "SWZ": ["Swaziland", "Kingdom of Swaziland"],
    "DEU": ["West Germany", "East Germany", "Federal Republic of Germany",
            "German Democratic Republic", "GDR", "FRG"],
    "SRB": ["Yugoslavia", "Federal Republic of Yugoslavia", "Serbia and Montenegro"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor", "Timor Leste"],
    "ARE": ["UAE", "U.A.E.", "the UAE", "Emirates", "the Emirates"],
    "NLD": ["Holland", "the Netherlands"],
    "BHS": ["the Bahamas", "Bahamas"],
    "GMB": ["the Gambia", "Gambia"],
    "PHL": ["the Philippines"],
    "ZAF": ["S. Africa", "RSA"],
    "CAF": ["Central African Rep."],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia Herzegovina"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"],
    "LCA": ["St Lucia", "St. Lucia"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent"],
    "STP": ["Sao Tome", "São Tomé and Príncipe"],
    "LKA": ["Ceylon"],
    "BFA": ["Upper Volta"],
    "BEN": ["Dahomey"],
    "ZWE": ["Rhodesia"],
    "KHM": ["Kampuchea"],
    "THA": ["Siam"],
    "IRL": ["Republic of Ireland", "Eire"],
    "TTO": ["Trinidad"],
    "ATG": ["Antigua"],
    "GNB": ["Guinea Bissau"],
    "PNG": ["PNG", "New Guinea"],
    "HKG": ["Hong Kong SAR"],
    "MAC": ["Macau", "Macau SAR"],
    "KGZ": ["Kirghizia", "Kyrgyz Republic"],
    "BLR": ["Byelorussia", "Belorussia"],
    "MDA": ["Moldavia"],
    "YEM": ["North Yemen", "South Yemen"],
    "SAU": ["KSA", "the Kingdom of Saudi Arabia"],
    "DOM": ["the Dominican Republic"],
    "LBY": ["Libyan Arab Jamahiriya"],
    "ESH": ["Sahrawi Arab Democratic Republic"],
    "CUW": ["Curacao"],
    "ALA": ["Aland Islands", "Aland"],
    "BLM": ["Saint Barthelemy", "St Barts", "St. Barts"],
    "MUS": ["Mauritius"],
}

# Not an ISO 3166-1 entry: Kosovo uses the user-assigned code XKX.
EXTRA_COUNTRIES = {"XKX": ["Kosovo", "Republic of Kosovo"]}

# Names never emitted as country names (common words, or better coded as places).
SKIP_NAMES = {"Jersey", "Reunion", "Gaza", "West Bank"}

ADJECTIVES = {
    "AFG": "Afghan | Afghans | Afghani", "ALB": "Albanian | Albanians", "DZA": "Algerian | Algerians",
    "AND": "Andorran | Andorrans", "AGO": "Angolan | Angolans", "ATG": "Antiguan | Antiguans",
    "ARG": "Argentine | Argentinian | Argentines | Argentinians", "ARM": "Armenian | Armenians",
    "AUS": "Australian | Australians | Aussie", "AUT": "Austrian | Austrians",
    "AZE": "Azerbaijani | Azerbaijanis | Azeri | Azeris", "BHS": "Bahamian | Bahamians",
    "BHR": "Bahraini | Bahrainis", "BGD": "Bangladeshi | Bangladeshis", "BRB": "Barbadian | Barbadians",
    "BLR": "Belarusian | Belarusians | Belarussian | Byelorussian", "BEL": "Belgian | Belgians",
    "BLZ": "Belizean | Belizeans", "BEN": "Beninese", "BTN": "Bhutanese",
    "BOL": "Bolivian | Bolivians", "BIH": "Bosnian | Bosnians | Herzegovinian",
    "BWA": "Botswanan | Motswana | Batswana", "BRA": "Brazilian | Brazilians",
    "BRN": "Bruneian | Bruneians", "BGR": "Bulgarian | Bulgarians", "BFA": "Burkinabe | Burkinabè",
    "BDI": "Burundian | Burundians", "KHM": "Cambodian | Cambodians | Khmer",
    "CMR": "Cameroonian | Cameroonians", "CAN": "Canadian | Canadians",
    "CPV": "Cape Verdean | Cape Verdeans | Cabo Verdean", "CAF": "Central African | Central Africans",
    "TCD": "Chadian | Chadians", "CHL": "Chilean | Chileans", "CHN": "Chinese",
    "COL": "Colombian | Colombians", "COM": "Comoran | Comorian | Comorans | Comorians",
    "COD": "Congolese",  # "Congolese" goes to COD, the larger state; COG has none
    "CRI": "Costa Rican | Costa Ricans", "CIV": "Ivorian | Ivorians",
    "HRV": "Croatian | Croatians | Croat | Croats", "CUB": "Cuban | Cubans",
    "CYP": "Cypriot | Cypriots", "CZE": "Czech | Czechs | Czechoslovak | Czechoslovakian",
    "DNK": "Danish | Dane | Danes", "DJI": "Djiboutian | Djiboutians",
    "DOM": "Dominican | Dominicans", "ECU": "Ecuadorian | Ecuadorean | Ecuadorians",
    "EGY": "Egyptian | Egyptians", "SLV": "Salvadoran | Salvadorean | Salvadorans",
    "GNQ": "Equatorial Guinean | Equatoguinean | Equatorial Guineans", "ERI": "Eritrean | Eritreans",
    "EST": "Estonian | Estonians", "SWZ": "Swazi | Swazis", "ETH": "Ethiopian | Ethiopians",
    "FJI": "Fijian | Fijians", "FIN": "Finnish | Finn | Finns", "FRA": "French | Frenchman | Frenchmen",
    "GAB": "Gabonese", "GMB": "Gambian | Gambians", "GEO": "Georgian | Georgians",
    "DEU": "German | Germans | West German | West Germans | East German | East Germans",
    "GHA": "Ghanaian | Ghanaians", "GRC": "Greek | Greeks | Hellenic", "GRD": "Grenadian | Grenadians",
    "GTM": "Guatemalan | Guatemalans", "GIN": "Guinean | Guineans",
    "GNB": "Bissau-Guinean | Bissau-Guineans", "GUY": "Guyanese", "HTI": "Haitian | Haitians",
    "HND": "Honduran | Hondurans", "HUN": "Hungarian | Hungarians", "ISL": "Icelandic | Icelander | Icelanders",
    "IND": "Indian | Indians", "IDN": "Indonesian | Indonesians", "IRN": "Iranian | Iranians",
    "IRQ": "Iraqi | Iraqis", "IRL": "Irish | Irishman", "ISR": "Israeli | Israelis",
    "ITA": "Italian | Italians", "JAM": "Jamaican | Jamaicans", "JPN": "Japanese",
    "JOR": "Jordanian | Jordanians", "KAZ": "Kazakh | Kazakhs | Kazakhstani | Kazakhstanis",
    "KEN": "Kenyan | Kenyans", "KIR": "I-Kiribati", "PRK": "North Korean | North Koreans",
    "KOR": "South Korean | South Koreans | Korean | Koreans", "XKX": "Kosovar | Kosovars | Kosovan",
    "KWT": "Kuwaiti | Kuwaitis", "KGZ": "Kyrgyz | Kirghiz | Kyrgyzstani",
    "LAO": "Lao | Laotian | Laotians", "LVA": "Latvian | Latvians", "LBN": "Lebanese",
    "LSO": "Basotho | Mosotho | Lesothan", "LBR": "Liberian | Liberians", "LBY": "Libyan | Libyans",
    "LIE": "Liechtensteiner | Liechtensteiners", "LTU": "Lithuanian | Lithuanians",
    "LUX": "Luxembourgish | Luxembourger | Luxembourgers", "MDG": "Malagasy | Madagascan",
    "MWI": "Malawian | Malawians", "MYS": "Malaysian | Malaysians", "MDV": "Maldivian | Maldivians",
    "MLI": "Malian | Malians", "MLT": "Maltese", "MHL": "Marshallese",
    "MRT": "Mauritanian | Mauritanians", "MUS": "Mauritian | Mauritians", "MEX": "Mexican | Mexicans",
    "FSM": "Micronesian | Micronesians", "MDA": "Moldovan | Moldovans | Moldavian",
    "MCO": "Monegasque | Monacan", "MNG": "Mongolian | Mongolians", "MNE": "Montenegrin | Montenegrins",
    "MAR": "Moroccan | Moroccans", "MOZ": "Mozambican | Mozambicans",
    "MMR": "Burmese | Myanmarese", "NAM": "Namibian | Namibians", "NRU": "Nauruan | Nauruans",
    "NPL": "Nepalese | Nepali | Nepalis", "NLD": "Dutch | Dutchman | Dutchmen",
    "NZL": "New Zealander | New Zealanders", "NIC": "Nicaraguan | Nicaraguans",
    "NER": "Nigerien | Nigeriens", "NGA": "Nigerian | Nigerians",
    "MKD": "Macedonian | Macedonians | North Macedonian", "NOR": "Norwegian | Norwegians",
    "OMN": "Omani | Omanis", "PAK": "Pakistani | Pakistanis", "PLW": "Palauan | Palauans",
    "PSE": "Palestinian | Palestinians", "PAN": "Panamanian | Panamanians",
    "PNG": "Papua New Guinean | Papua New Guineans", "PRY": "Paraguayan | Paraguayans",
    "PER": "Peruvian | Peruvians", "PHL": "Philippine | Filipino | Filipinos | Filipina",
    "POL": "Polish | Pole | Poles", "PRT": "Portuguese", "QAT": "Qatari | Qataris",
    "ROU": "Romanian | Romanians | Rumanian", "RUS": "Russian | Russians | Soviet | Soviets",
    "RWA": "Rwandan | Rwandans | Rwandese", "KNA": "Kittitian | Nevisian", "LCA": "Saint Lucian | St Lucian",
    "VCT": "Vincentian | Vincentians", "WSM": "Samoan | Samoans", "SMR": "Sammarinese",
    "STP": "Santomean | Sao Tomean", "SAU": "Saudi | Saudis | Saudi Arabian | Saudi Arabians",
    "SEN": "Senegalese", "SRB": "Serbian | Serbians | Serb | Serbs | Yugoslav | Yugoslavs | Yugoslavian",
    "SYC": "Seychellois", "SLE": "Sierra Leonean | Sierra Leoneans", "SGP": "Singaporean | Singaporeans",
    "SVK": "Slovak | Slovaks | Slovakian", "SVN": "Slovenian | Slovene | Slovenians | Slovenes",
    "SLB": "Solomon Islander | Solomon Islanders", "SOM": "Somali | Somalis | Somalian",
    "ZAF": "South African | South Africans", "SSD": "South Sudanese", "ESP": "Spanish | Spaniard | Spaniards",
    "LKA": "Sri Lankan | Sri Lankans", "SDN": "Sudanese", "SUR": "Surinamese | Surinamer",
    "SWE": "Swedish | Swede | Swedes", "CHE": "Swiss", "SYR": "Syrian | Syrians",
    "TWN": "Taiwanese", "TJK": "Tajik | Tajiks | Tadjik | Tajikistani", "TZA": "Tanzanian | Tanzanians",
    "THA": "Thai | Thais", "TLS": "Timorese | East Timorese", "TGO": "Togolese",
    "TON": "Tongan | Tongans", "TTO": "Trinidadian | Trinidadians | Tobagonian",
    "TUN": "Tunisian | Tunisians", "TUR": "Turkish | Turk | Turks",
    "TKM": "Turkmen | Turkmens | Turkmenistani", "TUV": "Tuvaluan | Tuvaluans",
    "UGA": "Ugandan | Ugandans", "UKR": "Ukrainian | Ukrainians",
    "ARE": "Emirati | Emiratis | Emirian", "GBR": "British | Briton | Britons | Brit | Brits | Scottish | Scot | Scots | Welsh | Northern Irish",
    "USA": "American | Americans", "URY": "Uruguayan | Uruguayans",
    "UZB": "Uzbek | Uzbeks | Uzbekistani", "VUT": "Ni-Vanuatu | Vanuatuan",
    "VEN": "Venezuelan | Venezuelans", "VNM": "Vietnamese", "YEM": "Yemeni | Yemenis",
    "ZMB": "Zambian | Zambians", "ZWE": "Zimbabwean | Zimbabweans | Rhodesian",
    # territories
    "ABW": "Aruban | Arubans", "ASM": "American Samoan | American Samoans", "BMU": "Bermudian | Bermudan",
    "CYM": "Caymanian | Caymanians", "CUW": "Curacaoan", "FLK": "Falkland Islander | Falkland Islanders",
    "FRO": "Faroese", "GRL": "Greenlandic | Greenlander | Greenlanders", "GUM": "Guamanian | Guamanians",
    "HKG": "Hong Konger | Hong Kongers | Hongkonger", "MAC": "Macanese", "NCL": "New Caledonian",
    "PRI": "Puerto Rican | Puerto Ricans", "PYF": "French Polynesian", "GIB": "Gibraltarian | Gibraltarians",
    "ESH": "Sahrawi | Sahrawis | Western Saharan", "MTQ": "Martiniquais", "GLP": "Guadeloupean",
    "GUF": "French Guianese", "REU": "Reunionese", "IMN": "Manx", "GGY": "Guernseyman",
    "COK": "Cook Islander | Cook Islanders", "NIU": "Niuean", "MSR": "Montserratian",
    "AIA": "Anguillan", "TCA": "Turks and Caicos Islander", "VGB": "British Virgin Islander",
}

# Capitals and seats of government that stand for a government (or another actor).
# Left out on purpose: capitals that are common words or other well-known places
# (Male, Victoria, Sucre, Georgetown, San Jose, Sofia, Kingston). DMA and COG get no
# adjective: "Dominican" and "Congolese" go to DOM and COD.
# Jerusalem codes as ISRGOV: the seat of Israel's government, used that way in wire copy.
METONYMS = [
    ("USAGOV", "Washington | the White House | White House | Oval Office | the Oval Office | Foggy Bottom"),
    ("USAMIL", "the Pentagon | Pentagon"),
    ("USALEG", "Capitol Hill"),
    ("USASPY", "Langley"),
    ("RUSGOV", "Moscow | the Kremlin | Kremlin"),
    ("RUSSPY", "Lubyanka | the Lubyanka"),
    ("GBRGOV", "London | Downing Street | Whitehall"),
    ("GBRLEG", "Westminster"),
    ("CHNGOV", "Beijing | Peking | Zhongnanhai"),
    ("FRAGOV", "Paris | the Elysee | Elysee | the Élysée | Élysée | Elysee Palace | Quai d'Orsay"),
    ("DEUGOV", "Berlin | Bonn | East Berlin"),
    ("JPNGOV", "Tokyo"),
    ("ISRGOV", "Jerusalem"),
    ("PSEGOV", "Ramallah"),
    ("IRNGOV", "Tehran | Teheran"),
    ("PRKGOV", "Pyongyang"),
    ("KORGOV", "Seoul | the Blue House | Blue House"),
    ("UKRGOV", "Kyiv | Kiev | Bankova"),
    ("IGOEUREEC", "Brussels"),
    ("CANGOV", "Ottawa"), ("MEXGOV", "Mexico City"), ("BRAGOV", "Brasilia | Brasília | Planalto"),
    ("ARGGOV", "Buenos Aires | Casa Rosada"), ("CHLGOV", "Santiago"), ("PERGOV", "Lima"),
    ("COLGOV", "Bogota | Bogotá"), ("VENGOV", "Caracas | Miraflores Palace"), ("ECUGOV", "Quito"),
    ("BOLGOV", "La Paz"), ("PRYGOV", "Asuncion | Asunción"), ("URYGOV", "Montevideo"),
    ("CUBGOV", "Havana"), ("NICGOV", "Managua"), ("HNDGOV", "Tegucigalpa"),
    ("SLVGOV", "San Salvador"), ("GTMGOV", "Guatemala City"), ("PANGOV", "Panama City"),
    ("HTIGOV", "Port-au-Prince"), ("DOMGOV", "Santo Domingo"),
    ("ITAGOV", "Rome | Palazzo Chigi"), ("ESPGOV", "Madrid | La Moncloa"), ("PRTGOV", "Lisbon"),
    ("NLDGOV", "The Hague"), ("CHEGOV", "Bern | Berne"),
    ("AUTGOV", "Vienna"), ("POLGOV", "Warsaw"), ("CZEGOV", "Prague"), ("SVKGOV", "Bratislava"),
    ("HUNGOV", "Budapest"), ("ROUGOV", "Bucharest"),
    ("GRCGOV", "Athens"), ("CYPGOV", "Nicosia"), ("MLTGOV", "Valletta"), ("IRLGOV", "Dublin"),
    ("DNKGOV", "Copenhagen"), ("NORGOV", "Oslo"), ("SWEGOV", "Stockholm"), ("FINGOV", "Helsinki"),
    ("ISLGOV", "Reykjavik"), ("ESTGOV", "Tallinn"), ("LVAGOV", "Riga"), ("LTUGOV", "Vilnius"),
    ("BLRGOV", "Minsk"), ("MDAGOV", "Chisinau | Kishinev"), ("SRBGOV", "Belgrade"),
    ("HRVGOV", "Zagreb"), ("SVNGOV", "Ljubljana"), ("BIHGOV", "Sarajevo"), ("MNEGOV", "Podgorica"),
    ("MKDGOV", "Skopje"), ("ALBGOV", "Tirana"), ("XKXGOV", "Pristina | Prishtina"),
    ("TURGOV", "Ankara"), ("GEOGOV", "Tbilisi"), ("ARMGOV", "Yerevan"), ("AZEGOV", "Baku"),
    ("KAZGOV", "Astana | Nur-Sultan | Akorda"), ("UZBGOV", "Tashkent"), ("TKMGOV", "Ashgabat"),
    ("KGZGOV", "Bishkek"), ("TJKGOV", "Dushanbe"), ("AFGGOV", "Kabul"), ("PAKGOV", "Islamabad"),
    ("INDGOV", "New Delhi"), ("BGDGOV", "Dhaka | Dacca"), ("LKAGOV", "Colombo"),
    ("NPLGOV", "Kathmandu"), ("MMRGOV", "Naypyidaw | Naypyitaw | Nay Pyi Taw"),
    ("THAGOV", "Bangkok"), ("VNMGOV", "Hanoi"), ("KHMGOV", "Phnom Penh"), ("LAOGOV", "Vientiane"),
    ("MYSGOV", "Kuala Lumpur | Putrajaya"), ("IDNGOV", "Jakarta"), ("PHLGOV", "Manila | Malacanang | Malacañang"),
    ("TWNGOV", "Taipei"), ("MNGGOV", "Ulan Bator | Ulaanbaatar"), ("AUSGOV", "Canberra"),
    ("NZLGOV", "Wellington"),
    ("IRQGOV", "Baghdad"), ("SYRGOV", "Damascus"), ("LBNGOV", "Beirut"), ("JORGOV", "Amman"),
    ("SAUGOV", "Riyadh"), ("YEMGOV", "Sanaa | Sana'a"), ("OMNGOV", "Muscat"), ("QATGOV", "Doha"),
    ("AREGOV", "Abu Dhabi"), ("BHRGOV", "Manama"), ("KWTGOV", "Kuwait City"),
    ("EGYGOV", "Cairo"), ("LBYGOV", "Tripoli"), ("TUNGOV", "Tunis"), ("DZAGOV", "Algiers"),
    ("MARGOV", "Rabat"), ("SDNGOV", "Khartoum"), ("SSDGOV", "Juba"), ("ETHGOV", "Addis Ababa"),
    ("ERIGOV", "Asmara"), ("SOMGOV", "Mogadishu"), ("KENGOV", "Nairobi"), ("UGAGOV", "Kampala"),
    ("RWAGOV", "Kigali"), ("BDIGOV", "Bujumbura | Gitega"), ("TZAGOV", "Dodoma | Dar es Salaam"),
    ("CODGOV", "Kinshasa"), ("COGGOV", "Brazzaville"), ("AGOGOV", "Luanda"),
    ("ZAFGOV", "Pretoria"), ("ZWEGOV", "Harare"), ("ZMBGOV", "Lusaka"), ("MOZGOV", "Maputo"),
    ("NGAGOV", "Abuja"), ("GHAGOV", "Accra"), ("SENGOV", "Dakar"), ("MLIGOV", "Bamako"),
    ("NERGOV", "Niamey"), ("BFAGOV", "Ouagadougou"), ("TCDGOV", "N'Djamena | Ndjamena"),
    ("CMRGOV", "Yaounde | Yaoundé"), ("CIVGOV", "Yamoussoukro | Abidjan"), ("LBRGOV", "Monrovia"),
    ("SLEGOV", "Freetown"), ("GINGOV", "Conakry"), ("CAFGOV", "Bangui"), ("GABGOV", "Libreville"),
    ("MDGGOV", "Antananarivo"), ("NAMGOV", "Windhoek"), ("BWAGOV", "Gaborone"), ("MWIGOV", "Lilongwe"),
    ("MRTGOV", "Nouakchott"),
]


def fold(name: str) -> str:
    """Return name with diacritics removed (Côte -> Cote)."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def iso_names(entry: dict) -> list:
    """Usable names of one ISO 3166-1 entry, before extras."""
    code = entry["alpha_3"]
    if code in NAME_OVERRIDES:
        return list(NAME_OVERRIDES[code])
    names = []
    for key in ("common_name", "name", "official_name"):
        value = entry.get(key)
        if not value or "," in value or "(" in value:
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def dedupe(names: list) -> list:
    """Drop repeats (case-insensitive), keeping first spelling and order."""
    seen, out = set(), []
    for n in names:
        key = n.lower()
        if key not in seen and n not in SKIP_NAMES:
            seen.add(key)
            out.append(n)
    return out


def build() -> str:
    entries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    countries = {}
    for e in entries:
        code = e["alpha_3"]
        names = iso_names(e) + EXTRA_NAMES.get(code, [])
        names += [fold(n) for n in names if fold(n) != n and fold(n) not in SKIP_NAMES]
        countries[code] = dedupe(names)
    for code, names in EXTRA_COUNTRIES.items():
        countries[code] = dedupe(names)

    owner = {}
    for code, names in countries.items():
        for n in names:
            prev = owner.setdefault(n.lower(), code)
            if prev != code:
                raise SystemExit(f"country name {n!r} under both {prev} and {code}")
    for code in ADJECTIVES:
        if code not in countries:
            raise SystemExit(f"adjective code {code} is not a country")

    lines = [
        "# Parley countries, adjectives and metonyms (format: docs/DICTIONARIES.md).",
        "# GENERATED by scripts/gen_countries.py from Debian iso-codes plus Parley's tables:",
        "# edit the script, not this file. Historical states code as their successor:",
        "# Soviet Union -> RUS, East/West Germany -> DEU, Yugoslavia -> SRB,",
        "# Czechoslovakia -> CZE, Zaire -> COD, Burma -> MMR. Kosovo uses XKX.",
        "# Common-word risk (matching is case-insensitive): US, Chad, Jordan, Turkey, China,",
        "# Georgia (also a US state), Guinea, Niger, Panama, Jersey (dropped), Reunion (dropped).",
        "",
        "[country]",
    ]
    for code in sorted(countries):
        lines.append(f"{code}: " + " | ".join(countries[code]))
    lines += ["", "[adjective]"]
    for code in sorted(ADJECTIVES):
        lines.append(f"{code}: " + ADJECTIVES[code])
    lines += ["", "[metonym]"]
    for code, names in METONYMS:
        lines.append(f"{code}: {names}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = build()
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: rerun scripts/gen_countries.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
