"""Builds tests/fixtures/holdout: reports we wrote ourselves, with our own gold, never used to tune rules.

They check that the extractor generalises beyond the dev corpus: other outlets, other places, other
phrasings. Facts are invented or generic; every sentence is ours.
"""

from pathlib import Path

from goldkit import Corpus, inc, stat

C = Corpus()

C.article("h01", "en", "Eastern Front Digest", "2025-08-14", "https://example.org/efd/2025/08/14/returned",
    "Three soldiers who left positions near Pokrovsk caught in Rostov",
    """Three Russian contract soldiers who walked away from their positions near Pokrovsk were tracked down by military police in Rostov-on-Don on Monday and sent back to the front, the independent outlet Vot Tak reported, citing a relative of one of the men.

The men had been missing since July, the relative said. Vot Tak said it could not confirm the information with the Defence Ministry.""",
    [inc(["enforcement"], "2025-08-11", admin1="RU-ROS", place="Rostov-on-Don", lat=47.2313, lon=39.7233,
         loc="in Rostov-on-Don", personnel=["contract"], perpetrator="military_police", best=3, low=3, high=3,
         detained=3, via=["Vot Tak"], verification="unverified", cluster="h-rostov-2025-08"),
     inc(["desertion"], "2025-07-01", "2025-07-31", "month", country="UA", admin1="UA-14", place="Pokrovsk",
         lat=48.282, lon=37.1758, geo="admin2", loc="their positions near Pokrovsk", personnel=["contract"],
         best=3, low=3, high=3, via=["Vot Tak"], verification="unverified", cluster="h-pokrovsk-2025-07")])

C.article("h02", "ru", "Курские новости", "2024-03-21", "https://example.org/kursk-news/2024/03/21/zaderzhali",
    "В Курске задержали троих мобилизованных, ушедших с позиций",
    """Подписывайтесь на наш канал, чтобы не пропустить главное

Во вторник в Курске сотрудники военной комендатуры задержали трёх мобилизованных военнослужащих, которые около месяца назад самовольно покинули позиции в Белгородской области. Об этом сообщил телеграм-канал «Осторожно, новости».

Задержанных доставили в пункт временного размещения. По словам родственников, их собираются снова отправить на передовую.

Читайте также: в городе открылся новый сквер""",
    [inc(["enforcement"], "2024-03-19", admin1="RU-KRS", place="Kursk", lat=51.7373, lon=36.1873,
         loc="в Курске", personnel=["mobilized"], perpetrator="commandant's office", best=3, low=3, high=3,
         detained=3, via=["Ostorozhno Novosti"], cluster="h-kursk-2024-03"),
     inc(["desertion"], "2024-02-01", "2024-02-29", "month", admin1="RU-BEL", geo="admin1",
         loc="позиции в Белгородской области", personnel=["mobilized"], best=3, low=3, high=3,
         via=["Ostorozhno Novosti"], cluster="h-belgorod-2024-02")])

C.article("h03", "uk", "Житомир Сьогодні", "2025-10-02", "https://example.org/zhytomyr/2025/10/02/szch",
    "На Житомирщині затримали військового, який пів року переховувався вдома",
    """На Житомирщині правоохоронці затримали військовослужбовця, який самовільно залишив військову частину і понад пів року переховувався вдома. Про це повідомила пресслужба обласної прокуратури.

Чоловікові повідомили про підозру за частиною п'ятою статті 407 Кримінального кодексу України. Йому загрожує до десяти років позбавлення волі.""",
    [inc(["enforcement", "prosecution"], country="UA", admin1="UA-18", geo="admin1", loc="На Житомирщині",
         force="UA", perpetrator="police", best=1, low=1, high=1, detained=1, verification="confirmed",
         cluster="h-zhytomyr-2025")])

C.article("h04", "en", "Black Sea Post", "2025-06-10", "https://example.org/bsp/2025/06/10/recruitment-van",
    "Recruitment officers filmed forcing man into minibus in Odesa",
    """Officers of a territorial recruitment centre in Odesa were filmed on Monday forcing a man into a minibus, prompting a police inquiry. The man, who had never served, said he had been stopped on his way to work and had no chance to show his documents. The recruitment centre said its staff had acted within the law.""")

C.article("h05", "ru", "Дон 24 часа", "2024-07-30", "https://example.org/don24/2024/07/30/strelba",
    "В воинской части под Ростовом солдат застрелил сослуживца",
    """В воинской части в Ростовской области военнослужащий по контракту во время ссоры застрелил сослуживца. Стрелявший задержан, возбуждено уголовное дело об убийстве. Причины конфликта выясняются.""")

C.article("h06", "en", "Courts Watch", "2025-11-03", "https://example.org/courtswatch/2025/11/03/awol-cases",
    "Military courts see steady flow of AWOL cases",
    """Russian military courts received 4,120 new cases of unauthorised absence from a unit in the first half of 2025, according to an analysis of court statistics by Mediazona. In the whole of 2024 the courts heard roughly 7,300 such cases, the outlet found. Most of those convicted receive suspended sentences and are sent back to their units.""",
    statistics=[stat("cases_heard", 4120, 4120, 4120, "2025-01-01", "2025-06-30", "RU", "RU", "Mediazona"),
                stat("cases_heard", 7300, None, None, "2024-01-01", "2024-12-31", "RU", "RU", "Mediazona")])

C.article("h07", "ru", "Волга-Инфо", "2023-09-05", "https://example.org/volga-info/2023/09/05/mulino",
    "В Мулино мобилизованные устроили беспорядки",
    """В воскресенье в военном лагере в посёлке Мулино Нижегородской области около пятидесяти мобилизованных устроили беспорядки: они перевернули столы в штабе и вытолкали командира роты за ворота КПП. Поводом стали задержки выплат, пишет телеграм-канал Astra.

В Минобороны ситуацию не прокомментировали.""",
    [inc(["mutiny"], "2023-09-03", admin1="RU-NIZ", place="Mulino", lat=56.2994, lon=42.9473,
         loc="в военном лагере в посёлке Мулино Нижегородской области", personnel=["mobilized"], best=50,
         via=["Astra"], cluster="h-mulino-2023-09")])

C.article("h08", "en", "Volga Observer", "2022-10-27", "https://example.org/volga-observer/2022/10/27/refused",
    "Mobilized men from Chuvashia refuse to fight, held in school",
    """Nearly a hundred mobilized men from Chuvashia who had been sent to the front line refused to fight on Tuesday, saying they had received no training, their relatives said. The men were then disarmed and locked in a former school building in Svatove in the Luhansk region, the relatives told a regional news site.""",
    [inc(["refusal", "enforcement"], "2022-10-25", country="UA", admin1="UA-09", place="Svatove", lat=49.4101,
         lon=38.1522, loc="a former school building in Svatove in the Luhansk region", personnel=["mobilized"],
         best=100, cluster="h-svatove-2022-10")])

C.article("h09", "ru", "Верхняя Волга", "2024-12-18", "https://example.org/vvolga/2024/12/18/obysk",
    "В Ярославле пришли с обыском к матери военного",
    """В Ярославле полиция провела обыск в квартире матери военнослужащего, который самовольно оставил часть. У женщины изъяли телефон и несколько часов допрашивали её о местонахождении сына, рассказали в правозащитном проекте «Идите лесом».""",
    [inc(["enforcement"], admin1="RU-YAR", place="Yaroslavl", lat=57.6261, lon=39.8845, loc="В Ярославле",
         perpetrator="police", best=1, low=1, high=1, via=["Get Lost"], cluster="h-yaroslavl-2024-12")])

C.article("h10", "en", "Western Ukraine Today", "2026-01-15", "https://example.org/wut/2026/01/15/lviv-court",
    "Lviv court jails soldier for deserting",
    """A district court in Lviv has sentenced a Ukrainian soldier to five years in prison for deserting from his unit, the court's press office said. According to the verdict, the serviceman left his position in the Donetsk region in March 2025 and was detained by police in Lviv in August of the same year.""",
    [inc(["prosecution"], country="UA", admin1="UA-46", place="Lviv", lat=49.8383, lon=24.0232,
         loc="A district court in Lviv", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-lviv-court"),
     inc(["desertion"], "2025-03-01", "2025-03-31", "month", country="UA", admin1="UA-14", geo="admin1",
         loc="his position in the Donetsk region", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-lviv-desertion"),
     inc(["enforcement"], "2025-08-01", "2025-08-31", "month", country="UA", admin1="UA-46", place="Lviv",
         lat=49.8383, lon=24.0232, loc="in Lviv", force="UA", perpetrator="police", best=1, low=1, high=1,
         detained=1, verification="confirmed", cluster="h-lviv-detention")])

C.article("h11", "ru", "Приморье.Ру", "2025-06-10", "https://example.org/primorye/2025/06/10/dvazhdy",
    "В Приморье за неделю дважды сбежали военные",
    """В ночь на 5 июня из воинской части в Уссурийске ушли двое военнослужащих срочной службы. Их ищут до сих пор, сообщили в региональном управлении МВД.

А в воскресенье, 8 июня, из части во Владивостоке самовольно ушёл контрактник с автоматом. Его задержали через несколько часов в пригороде.""",
    [inc(["desertion"], "2025-06-05", admin1="RU-PRI", place="Ussuriysk", lat=43.8029, lon=131.9458,
         loc="из воинской части в Уссурийске", personnel=["conscript"], best=2, low=2, high=2, at_large=2,
         verification="confirmed", cluster="h-ussuriysk-2025-06"),
     inc(["desertion"], "2025-06-08", admin1="RU-PRI", place="Vladivostok", lat=43.1056, lon=131.8735,
         loc="из части во Владивостоке", personnel=["contract"], best=1, low=1, high=1, detained=1, armed=True,
         verification="confirmed", cluster="h-vladivostok-2025-06")])

C.article("h12", "en", "Mordovia Herald", "2024-09-09", "https://example.org/mordovia/2024/09/09/colony",
    "Two inmates escape from penal colony",
    """Two inmates serving sentences for robbery escaped from a penal colony in Mordovia over the weekend, the regional prison service said. A search involving dogs and a helicopter is under way, and residents of nearby villages have been asked to lock their cars.""")

C.article("h13", "en", "Kyiv Explainer", "2025-01-20", "https://example.org/kyiv-explainer/2025/01/20/awol-rules",
    "Explainer: what happens to soldiers who go AWOL for the first time",
    """Under amendments to the criminal code, a Ukrainian serviceman who leaves his unit without permission for the first time can avoid prosecution if he returns voluntarily and asks to continue service. Lawyers say the rule is meant to bring people back to the army rather than fill prisons. Those who leave a second time face the ordinary penalties under articles 407 and 408.""")

C.article("h14", "uk", "Право і Військо", "2025-10-02", "https://example.org/pravo/2025/10/02/statystyka",
    "Статистика СЗЧ за дев'ять місяців",
    """За дев'ять місяців 2025 року правоохоронці зареєстрували понад 150 тисяч кримінальних проваджень за самовільне залишення військової частини, свідчать дані Офісу генпрокурора. Ще близько 20 тисяч проваджень стосуються дезертирства.""",
    statistics=[stat("cases_opened", None, 150001, None, "2025-01-01", "2025-09-30", "UA", "UA",
                     "Office of the Prosecutor General"),
                stat("cases_opened", 20000, None, None, "2025-01-01", "2025-09-30", "UA", "UA",
                     "Office of the Prosecutor General")])

C.article("h15", "en", "Donbas Monitor", "2024-07-30", "https://example.org/donbas-monitor/2024/07/30/kadiivka",
    "Soldiers held as 'refuseniks' overpower guards and escape, Ukraine claims",
    """Roughly 30 Russian soldiers locked up in an improvised jail for 'refuseniks' in Kadiivka in occupied Luhansk region overpowered their guards last week and escaped, Ukraine's military intelligence agency HUR claimed, without providing evidence.""",
    [inc(["mutiny", "desertion"], "2024-07-22", "2024-07-28", "week", country="UA", admin1="UA-09",
         place="Kadiivka", lat=48.5687, lon=38.6417, loc="an improvised jail for 'refuseniks' in Kadiivka",
         best=30, via=["HUR"], verification="unverified", cluster="h-kadiivka-2024-07")])

C.article("h16", "ru", "Байкал Сегодня", "2023-04-17", "https://example.org/baikal/2023/04/17/obraschenie",
    "Жёны мобилизованных записали обращение",
    """Жёны мобилизованных из Иркутской области записали видеообращение: по их словам, их мужья отказались идти в штурм под Бахмутом, после чего командиры пригрозили им расстрелом. Проверить эти слова независимо не удалось.""",
    [inc(["refusal"], country="UA", admin1="UA-14", place="Bakhmut", lat=48.5956, lon=38.0003, geo="admin2",
         loc="под Бахмутом", personnel=["mobilized"], verification="unverified", cluster="h-bakhmut-2023")])

C.article("h17", "en", "Moscow Policy Brief", "2023-04-17", "https://example.org/mpb/2023/04/17/conscription-age",
    "Duma passes bill raising upper conscription age",
    """The State Duma passed a bill on Monday raising the upper age for conscription from 27 to 30, in a move that officials say will make planning easier. Critics say young men will find it harder to plan study and work. The bill also bans men who have received a call-up notice from leaving the country.""")

C.article("h18", "en", "Frontline Rights", "2025-10-02", "https://example.org/frontline-rights/2025/10/02/pits",
    "Relatives say caught deserters are held in pits near Horlivka",
    """Soldiers caught after leaving their units are being held in pits dug into the ground at a base near Horlivka, several relatives told the BBC Russian Service. Some of the men had been kept there for weeks before being sent to assault units, the relatives said. The BBC could not independently verify their accounts.""",
    [inc(["enforcement"], country="UA", admin1="UA-14", place="Horlivka", lat=48.3336, lon=38.0925,
         geo="admin2", loc="a base near Horlivka", via=["BBC Russian Service"], verification="unverified",
         cluster="h-horlivka-pits")])

C.article("h19", "ru", "Центральная Азия", "2025-11-03", "https://example.org/ca/2025/11/03/bishkek",
    "В Бишкеке задержан российский военный, сбежавший из части",
    """В Бишкеке в пятницу задержан гражданин России, объявленный на родине в розыск за самовольное оставление части. Об этом сообщили в МВД Кыргызстана. Вопрос о его выдаче будет решать суд.""",
    [inc(["enforcement"], "2025-10-31", country="KG", admin1="KG-GB", place="Bishkek", lat=42.87,
         lon=74.59, loc="В Бишкеке", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-bishkek-2025-10")])

C.article("h20", "en", "Baltic Brief", "2024-12-18", "https://example.org/baltic-brief/2024/12/18/hospital",
    "Four soldiers flee military hospital in Kaliningrad",
    """Four soldiers fled a military hospital in Kaliningrad overnight, the Telegram channel Baza reports. They had been undergoing treatment after being wounded in the Kursk region. Police are searching for them.""",
    [inc(["desertion"], "2024-12-18", admin1="RU-KGD", place="Kaliningrad", lat=54.7104, lon=20.4522,
         loc="a military hospital in Kaliningrad", best=4, low=4, high=4, via=["Baza"],
         cluster="h-kaliningrad-hospital-2024-12")])

C.article("h21", "uk", "Слобожанщина", "2025-06-10", "https://example.org/sloboda/2025/06/10/tck",
    "У Харкові чоловік намагався втекти від працівників ТЦК",
    """У Харкові чоловік призовного віку намагався втекти від працівників ТЦК, які перевіряли документи біля станції метро. Його наздогнали й доставили до центру комплектування, де вручили повістку. У поліції інцидент не коментують.""")

C.article("h22", "ru", "Западный рубеж", "2023-09-05", "https://example.org/zr/2023/09/05/332",
    "В Калининграде осудили двух мобилизованных за отказ выполнять приказ",
    """Калининградский гарнизонный военный суд приговорил двух мобилизованных к двум годам колонии-поселения за отказ выполнить приказ о выдвижении в зону боевых действий (статья 332 УК). Об этом сообщает «Медиазона» со ссылкой на картотеку суда.""",
    [inc(["prosecution"], admin1="RU-KGD", place="Kaliningrad", lat=54.7104, lon=20.4522,
         loc="Калининградский гарнизонный военный суд", personnel=["mobilized"], best=2, low=2, high=2,
         via=["Mediazona"], verification="confirmed", cluster="h-kaliningrad-332")])

C.write(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "holdout")
