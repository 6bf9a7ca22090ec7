"""Words around place names: unit types, settlement cues, countries and informal region names."""

from __future__ import annotations

from otkaz.geo.textnorm import is_cyrillic, skeleton

# Type words after (or before) a region adjective; value: the admin level they name.
_ADMIN_TYPES = {
    "admin1": (
        "область области областью областей обл oblast oblasti region regions krai kray "
        "territory край края краю крае краем республика республики республике республику "
        "республикой республіка республіки республіці республіку республікою областю "
        "області republic province автономный автономного автономном округ округа округе "
        "автономна автономної областях областям областями oblasts краях краям республиках "
        "республіках"
    ),
    "admin2": (
        "район района районе району районом районі районах районов районів districts raion rayon "
        "district "
        "городской городского городском муниципальный муниципального"
    ),
}
ADMIN_TYPE: dict[str, str] = {}
for _level, _words in _ADMIN_TYPES.items():
    for _w in _words.split():
        ADMIN_TYPE[_w] = _level
# Cities that are regions of their own: "the Moscow region" means the oblast around them.
CITY_REGIONS = {"RU-MOW", "RU-SPE", "UA-30", "UA-40"}
# Plural type words: "the Belgorod and Kursk regions", "в Курской и Белгородской областях".
PLURAL_TYPES = {"regions", "oblasts", "districts", "областях", "областям", "областями",
                "областей", "краях", "краям", "районах", "районов", "районів", "республиках",
                "республіках"}
# "Республика Татарстан", "Republic of Tatarstan": the name follows the type word.
NAME_FOLLOWS = {"республика", "республики", "республике", "республику", "республикой",
                "республіка", "республіки", "республіці", "republic"}

# Words before a settlement name; value: grammatical gender of the settlement noun.
SETTLEMENT_CUES: dict[str, str] = {}
for _g, _words in {
    "neut": "село села селе селу селом сёла селах сел селі селища селище селищі селищем "
            "селищах с сел",
    "femn": "деревня деревни деревне деревню деревней станица станицы станице станицу станицей "
            "д дер ст",
    "masc": "поселок посёлок поселка посёлка поселке посёлке поселком пгт рп город города "
            "городе городом г гор місто міста місті містом м смт хутор хутора хуторе хутір х п пос "
            "аул аула ауле райцентр райцентре райцентра пункт пункта пункте пункту пункті village town city settlement hamlet "
            "villages towns cities settlements",
}.items():
    for _w in _words.split():
        SETTLEMENT_CUES[_w] = _g
SETTLEMENT_CUE_PHRASES = ("населенный пункт", "населенного пункта", "населенном пункте",
                          "населений пункт", "населеного пункту", "населеному пункті",
                          "населенных пунктах", "районный центр", "районном центре",
                          "рабочий поселок", "рабочем поселке", "рабочего поселка")

NEAR_BEFORE = ("под ", "під ", "near ", "outside ", "недалеко от ", "неподалеку от ",
               "неподалёку от ", "вблизи ", "возле ", "около ", "поблизу ", "біля ",
               "неподалік ", "в районе ", "в районі ", "у районі ", "close to ",
               "on the outskirts of ", "на окраине ", "на околиці ", "недалеко від ")

# Informal names of regions (case forms are reached through forms.candidates).
REGION_ALIASES: dict[str, str] = {}
for _iso, _names in {
    "RU-MOS": "Подмосковье Підмосков'я Підмосков’я Podmoskovye",
    "RU-KDA": "Кубань Kuban",
    "RU-KEM": "Кузбасс Кузбас Kuzbass Kuzbas",
    "RU-PRI": "Приморье Primorye Приморъе",
    "RU-ZAB": "Забайкалье Transbaikalia Transbaikal Zabaikalye Забайкалля",
    "RU-STA": "Ставрополье Stavropolye",
    "RU-YAN": "Ямал Yamal ЯНАО YaNAO",
    "RU-SA": "Якутия Yakutia Якутія",
    "RU-BA": "Башкирия Bashkiria Башкортостан Bashkortostan Башкирія",
    "RU-CE": "Чечня Chechnya Чечня Чечні Чечня",
    "RU-BU": "Бурятия Buryatia Бурятія",
    "RU-TA": "Татарстан Tatarstan Татарія",
    "RU-DA": "Дагестан Dagestan",
    "RU-KO": "Коми Komi",
    "RU-TY": "Тыва Тува Tuva Tyva",
    "RU-KR": "Карелия Karelia Карелія",
    "RU-CU": "Чувашия Chuvashia Чувашія",
    "RU-UD": "Удмуртия Udmurtia Удмуртія",
    "RU-MO": "Мордовия Mordovia Мордовія",
    "RU-KHM": "Югра Yugra Ugra ХМАО KhMAO",
    "RU-YEV": "ЕАО",
    "RU-KC": "КЧР",
    "RU-PER": "Прикамье Prikamye",
    "RU-IN": "Ингушетия Ingushetia",
    "RU-AD": "Адыгея Adygea Adygeya",
    "RU-KB": "Kabardino-Balkaria Кабардино-Балкария КБР",
    "RU-SE": "North_Ossetia Северная_Осетия Osetia Ossetia Осетия Алания Alania",
    "UA-09": "ЛНР LNR LPR Луганщина Luhanshchyna",
    "UA-14": "ДНР DNR DPR Донеччина Donechchyna",
    "UA-43": "Крым Крим Crimea Krym",
    "UA-65": "Херсонщина",
    "UA-23": "Запоріжжя Запорожье Zaporizhzhia Zaporozhye",
    "UA-51": "Одещина",
    "UA-07": "Волинь Volyn Volhynia",
    "UA-77": "Буковина Bukovyna Bukovina",
    "UA-26": "Прикарпаття Prykarpattia",
    "UA-21": "Закарпаття Закарпатье Zakarpattia Transcarpathia",
    "UA-63": "Слобожанщина",
    "UA-12": "Дніпровщина Дніпропетровщина",
    "MD-SN": "Приднестровье Придністров'я Transnistria Pridnestrovie ПМР",
}.items():
    for _n in _names.split():  # "_" joins the words of one name
        REGION_ALIASES[skeleton(_n.replace("_", " "))] = _iso
# Zaporizhzhia is also a city: the region reading is only for the informal form.
REGION_ALIASES.pop(skeleton("Zaporizhzhia"), None)
REGION_ALIASES.pop(skeleton("Запорожье"), None)
REGION_ALIASES.pop(skeleton("Zaporozhye"), None)
REGION_ALIASES.pop(skeleton("Запоріжжя"), None)

COUNTRIES: dict[str, str] = {}
COUNTRIES_CYR: dict[str, str] = {}  # "УК" (criminal code) must not meet "UK"
COUNTRIES_LAT: dict[str, str] = {}
for _cc, _names in {
    "RU": "Russia Россия Росія РФ Russian-Federation Российская-Федерация Росії",
    "UA": "Ukraine Украина Україна Donbas Donbass Донбасс Донбас",
    "BY": "Belarus Беларусь Білорусь Белоруссия",
    "KZ": "Kazakhstan Казахстан",
    "GE": "Georgia Грузия Грузія",
    "AM": "Armenia Армения Вірменія",
    "AZ": "Azerbaijan Азербайджан",
    "MD": "Moldova Молдова Молдавия Молдавія",
    "PL": "Poland Польша Польща",
    "LT": "Lithuania Литва",
    "LV": "Latvia Латвия Латвія",
    "EE": "Estonia Эстония Естонія",
    "FI": "Finland Финляндия Фінляндія",
    "MN": "Mongolia Монголия Монголія",
    "KG": "Kyrgyzstan Киргизия Кыргызстан Киргизстан",
    "UZ": "Uzbekistan Узбекистан",
    "TJ": "Tajikistan Таджикистан",
    "IL": "Israel Израиль Ізраїль",
    "DE": "Germany Германия Німеччина",
    "FR": "France Франция Франція",
    "US": "USA США United-States America Америка",
    "TR": "Turkey Türkiye Турция Туреччина",
    "SY": "Syria Сирия Сирія",
    "NO": "Norway Норвегия Норвегія",
    "RO": "Romania Румыния Румунія",
    "CZ": "Czechia Чехия Чехія",
    "GB": "Britain UK Великобритания Британія",
}.items():
    for _n in _names.split():
        _key = skeleton(_n.replace("-", " "))
        COUNTRIES[_key] = _cc
        (COUNTRIES_CYR if is_cyrillic(_n) else COUNTRIES_LAT)[_key] = _cc

# Country adjectives that locate the next place name ("российской Казани", "the Ukrainian city").
COUNTRY_ADJ_STEMS = {"rosiisk": "RU", "rossiisk": "RU", "russian": "RU", "ukrainsk": "UA",
                     "ukrain": "UA", "ukrainian": "UA", "polsk": "PL", "polish": "PL",
                     "armenian": "AM", "armansk": "AM", "virmensk": "AM", "israeli": "IL",
                     "belarusian": "BY", "belorussk": "BY", "bilorusk": "BY",
                     "kazakh": "KZ", "kazahsk": "KZ", "huzinsk": "GE", "georgian": "GE"}

# Well-known training grounds and bases that news names instead of a settlement, with the
# settlement (or approximate point) they stand for. Matched case-insensitively on word stems.
FACILITIES: tuple[tuple[str, str, str, float, float], ...] = (
    (r"парк\w*\s+[«\"“]?патр[иі]от|patriot\s+park|park\s+[\"“]?patriot", "Kubinka", "RU-MOS",
     55.5796, 36.7039),
    (r"молькин\w*|molkino", "Molkino", "RU-KDA", 44.80, 39.02),
    (r"погонов\w*|pogonovo", "Pogonovo", "RU-VOR", 51.53, 39.08),
    (r"прудбо\w*|prudboy", "Prudboy", "RU-VGG", 48.70, 43.60),
    (r"кадамовск\w*|kadamovsk\w*", "Kadamovsky", "RU-ROS", 47.51, 40.08),
    (r"ашулук\w*|ashuluk", "Ashuluk", "RU-AST", 47.41, 47.03),
    (r"донгуз\w*|donguz", "Donguz", "RU-ORE", 51.42, 55.23),
    (r"цугол\w*|tsugol", "Tsugol", "RU-ZAB", 50.86, 115.76),
    (r"бурдун\w*|burduny", "Burduny", "RU-BU", 50.75, 106.63),
)
