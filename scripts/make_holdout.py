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
    statistics=[stat("cases_opened", 4120, 4120, 4120, "2025-01-01", "2025-06-30", "RU", "RU", "Mediazona"),
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

# --- h23 onwards: a second batch written to widen the unseen evidence (other outlets, shapes, wording).

C.article("h23", "en", "Steppe Courier", "2025-02-14", "https://example.org/steppe/2025/02/14/astana",
    "Russian serviceman wanted at home for leaving his unit held in Astana",
    """Kazakhstan's interior ministry said on Thursday that its officers had detained a 24-year-old Russian citizen in Astana the previous day. Moscow had put the man on a wanted list for abandoning his military unit, the ministry said in a statement.

A lawyer for the man told local media that he intends to seek asylum and fears he will be sent straight to the front if extradited.""",
    [inc(["enforcement"], "2025-02-12", country="KZ", admin1="KZ-71", place="Astana", lat=51.1801, lon=71.446,
         loc="in Astana", perpetrator="police", best=1, low=1, high=1, detained=1, verification="confirmed",
         cluster="h-astana-2025-02")])

C.article("h24", "ru", "Кавказский узел-стиль", "2024-03-14", "https://example.org/kavkaz/2024/03/14/gyumri",
    "В Гюмри задержан военнослужащий российской базы",
    """В ночь на 12 марта в Гюмри армянские полицейские задержали военнослужащего 102-й российской военной базы. Как сообщает «Азатутюн», в январе он самовольно покинул расположение базы и с тех пор жил у знакомых в городе.

Задержанного передали российской военной полиции. Представитель базы от комментариев отказался.""",
    [inc(["enforcement"], "2024-03-12", country="AM", admin1="AM-SH", place="Gyumri", lat=40.7931, lon=43.8464,
         loc="в Гюмри", unit="102-я российская военная база", perpetrator="police", best=1, low=1, high=1,
         detained=1, via=["Azatutyun"], cluster="h-gyumri-2024-03"),
     inc(["desertion"], "2024-01-01", "2024-01-31", "month", country="AM", admin1="AM-SH", place="Gyumri",
         lat=40.7931, lon=43.8464, loc="расположение базы", unit="102-я российская военная база", best=1, low=1,
         high=1, via=["Azatutyun"], cluster="h-gyumri-2024-01")])

C.article("h25", "uk", "Полтавщина Online", "2025-03-20", "https://example.org/poltava/2025/03/20/dbr",
    "ДБР затримало трьох військових, які пішли у СЗЧ",
    """Працівники Державного бюро розслідувань затримали у Кременчуці трьох військовослужбовців, які ще в грудні 2024 року самовільно залишили місце служби. Весь цей час чоловіки переховувалися в орендованій квартирі, повідомляє пресслужба ДБР.

Усім трьом повідомлено про підозру за ч. 5 ст. 407 ККУ. Вирішується питання про обрання запобіжного заходу.

Підписуйтесь на наш Telegram-канал""",
    [inc(["enforcement", "prosecution"], country="UA", admin1="UA-53", place="Kremenchuk", lat=49.0685,
         lon=33.4204, loc="у Кременчуці", force="UA", perpetrator="SBI", best=3, low=3, high=3, detained=3,
         verification="confirmed", cluster="h-kremenchuk-2025"),
     inc(["desertion"], "2024-12-01", "2024-12-31", "month", country="UA", admin1=None, geo=None, force="UA",
         best=3, low=3, high=3, verification="confirmed", cluster="h-kremenchuk-szch-2024-12")])

C.article("h26", "en", "Urals Wire", "2023-11-06", "https://example.org/uralswire/2023/11/06/chebarkul",
    "Mobilised men riot at training ground near Chebarkul",
    """Subscribe to our channel so you don't miss anything

About forty mobilised men rioted at a training ground near Chebarkul in the Chelyabinsk region on Saturday after being told they would be transferred to an assault unit, the Telegram channel Sirena wrote. The soldiers overturned a field kitchen and shoved a major who tried to calm them down, according to the channel.

The regional military command has not commented.

Read also: First snow expected in Chelyabinsk this week""",
    [inc(["mutiny"], "2023-11-04", admin1="RU-CHE", place="Chebarkul", lat=54.9776, lon=60.3658, geo="admin2",
         loc="a training ground near Chebarkul in the Chelyabinsk region", personnel=["mobilized"], best=40,
         via=["Sirena"], cluster="h-chebarkul-2023-11")])

C.article("h27", "ru", "Цифры недели", "2025-07-15", "https://example.org/cifry/2025/07/15/prigovory",
    "«Вёрстка»: число приговоров за СОЧ продолжает расти",
    """С начала 2025 года гарнизонные военные суды вынесли 3 870 приговоров по делам о самовольном оставлении части, подсчитало издание «Вёрстка» по данным судебных картотек. Почти две трети осуждённых получили условные сроки и вернулись в свои подразделения.""",
    statistics=[stat("convictions", 3870, 3870, 3870, "2025-01-01", "2025-07-15", "RU", "RU", "Verstka")])

C.article("h28", "en", "Baikal Dispatch", "2024-09-16", "https://example.org/baikal-dispatch/2024/09/16/reports",
    "Contract soldiers in Buryatia file reports to quit after deployment order",
    """Several dozen contract soldiers of a motorised rifle brigade based in Buryatia submitted written reports last week asking to terminate their contracts after learning they were about to be sent to the Zaporizhzhia front, relatives told iStories. Commanders answered by threatening the men with criminal charges, the relatives said.""",
    [inc(["refusal"], "2024-09-09", "2024-09-15", "week", admin1="RU-BU", geo="admin1", loc="based in Buryatia",
         personnel=["contract"], low=24, via=["iStories"], cluster="h-buryatia-reports-2024-09")])

C.article("h29", "uk", "Тернопіль Сьогодні", "2025-05-27", "https://example.org/ternopil/2025/05/27/tck",
    "У Тернополі біля ТРЦ вручали повістки",
    """У суботу представники ТЦК разом із поліцією перевіряли військово-облікові документи у відвідувачів торговельного центру в Тернополі. Кільком чоловікам, які не оновили дані, вручили повістки, ще одного затримали за адміністративне порушення. У ТЦК наголосили, що діяли відповідно до закону.""")

C.article("h30", "ru", "Тверские ведомости-стиль", "2024-02-08", "https://example.org/tver/2024/02/08/sizo",
    "Из тверского СИЗО сбежал обвиняемый в краже",
    """Во вторник из следственного изолятора в Твери совершил побег 30-летний мужчина, обвиняемый в серии краж. Беглеца задержали спустя сутки на даче у знакомых, сообщили в региональном УФСИН. В отношении сотрудников изолятора проводится служебная проверка.""")

C.article("h31", "en", "Far East Times", "2024-10-21", "https://example.org/fet/2024/10/21/shooting",
    "Conscript opens fire at unit on Sakhalin",
    """A conscript at a military unit on Sakhalin opened fire on fellow soldiers during a morning formation on Sunday, killing one and wounding two, the Eastern Military District said. The gunman was disarmed and detained at the scene. Investigators have opened a murder case and are looking into reports of hazing.""")

C.article("h32", "en", "Mind & Service", "2025-03-03", "https://example.org/mind-service/2025/03/03/interview",
    "Why soldiers walk away: a psychologist on exhaustion at the front",
    """In this interview, a military psychologist explains why exhaustion, not cowardice, drives most men to leave their posts. She argues that rotation and leave matter more than threats of prison, and that commanders often notice the warning signs too late. The conversation has been edited for length.""")

C.article("h33", "uk", "Спорт-Арена", "2024-06-18", "https://example.org/sport/2024/06/18/transfer",
    "Нападник відмовився продовжувати контракт із клубом",
    """Нападник київського клубу відмовився продовжувати контракт і залишив команду після завершення сезону. За інформацією джерел, гравець розглядає пропозиції з Польщі та Туреччини. У клубі подякували футболісту за три роки роботи.""")

C.article("h34", "ru", "Столичный патруль", "2025-04-08", "https://example.org/patrul/2025/04/08/gospital",
    "Из московского госпиталя ушли трое раненых контрактников",
    """Трое контрактников, проходивших лечение в военном госпитале в Москве, 5 апреля самовольно покинули его и не вернулись. Двоих из них задержали на Казанском вокзале, местонахождение третьего устанавливается, передаёт Mash.

Все трое были ранены на Запорожском направлении.""",
    [inc(["desertion"], "2025-04-05", admin1="RU-MOW", place="Moscow", lat=55.7522, lon=37.6156,
         loc="в военном госпитале в Москве", personnel=["contract"], best=3, low=3, high=3, detained=2,
         at_large=1, via=["Mash"], cluster="h-moscow-hospital-2025-04")])

C.article("h35", "en", "Balkan Insight-style", "2024-10-05", "https://example.org/balkan/2024/10/05/belgrade",
    "Serbia detains Russian army deserter at Belgrade airport",
    """Serbian border police detained a Russian man wanted in his country for desertion at Belgrade's airport on 3 October, the interior ministry confirmed. He had arrived on a flight from Istanbul and was held on the basis of an Interpol notice, the ministry said. A court will rule on his extradition.""",
    [inc(["enforcement"], "2024-10-03", country="RS", admin1="RS-00", place="Belgrade", lat=44.804, lon=20.4651,
         loc="at Belgrade's airport", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-belgrade-2024-10")])

C.article("h36", "ru", "Сибирский суд-обзор", "2024-08-21", "https://example.org/sibsud/2024/08/21/novosibirsk",
    "Мобилизованного из Бердска осудили за самовольное оставление части",
    """Новосибирский гарнизонный военный суд приговорил мобилизованного к шести годам колонии по статье 337 УК РФ, сообщила пресс-служба суда. По материалам дела, в июле 2023 года мужчина не вернулся в часть из отпуска и жил в Бердске у матери. Там его и задержали в марте 2024 года.""",
    [inc(["prosecution"], admin1="RU-NVS", place="Novosibirsk", lat=55.0415, lon=82.9346,
         loc="Новосибирский гарнизонный военный суд", personnel=["mobilized"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-novosibirsk-court-2024"),
     inc(["desertion"], "2023-07-01", "2023-07-31", "month", admin1=None, geo=None, personnel=["mobilized"],
         best=1, low=1, high=1, verification="confirmed", cluster="h-berdsk-absence-2023-07"),
     inc(["enforcement"], "2024-03-01", "2024-03-31", "month", admin1="RU-NVS", place="Berdsk", lat=54.7535,
         lon=83.0962, loc="в Бердске", personnel=["mobilized"], best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-berdsk-arrest-2024-03")])

C.article("h37", "en", "Occupied Territories Monitor", "2025-01-22", "https://example.org/otm/2025/01/22/makiivka",
    "Soldiers who refused assaults kept in factory basement, Astra says",
    """At least 20 Russian soldiers who refused to go on assaults are being kept in the basement of a former factory in Makiivka, the Telegram channel Astra reported, citing a video appeal recorded by one of them. In the clip the man says they are given water once a day and are beaten by guards. Astra could not verify the video.""",
    [inc(["refusal", "enforcement"], country="UA", admin1="UA-14", place="Makiivka", lat=48.0478, lon=37.9258,
         loc="the basement of a former factory in Makiivka", low=20, via=["Astra"], verification="unverified",
         cluster="h-makiivka-basement-2025")])

C.article("h38", "uk", "Юридична газета-стиль", "2025-02-11", "https://example.org/yurgazeta/2025/02/11/vyroky",
    "Суди торік ухвалили понад сім тисяч вироків за СЗЧ і дезертирство",
    """Упродовж 2024 року місцеві суди ухвалили 7 412 обвинувальних вироків за статтями 407 і 408 Кримінального кодексу, свідчать дані Державної судової адміністрації. Більшість засуджених отримали умовні терміни.""",
    statistics=[stat("convictions", 7412, 7412, 7412, "2024-01-01", "2024-12-31", "UA", "UA",
                     "State Judicial Administration of Ukraine")])

C.article("h39", "en", "Rights Bulletin", "2025-05-12", "https://example.org/rights-bulletin/2025/05/12/tver",
    "Police search relatives of soldier who left his unit",
    """Police in the Tver region searched the homes of the parents and the brother of a soldier who left his unit without permission, the rights group Get Lost said on Monday. The searches took place on Thursday; officers confiscated phones and a laptop and questioned the relatives for several hours about where the soldier might be hiding.""",
    [inc(["enforcement"], "2025-05-08", admin1="RU-TVE", geo="admin1", loc="in the Tver region",
         perpetrator="police", via=["Get Lost"], cluster="h-tver-search-2025-05")])

C.article("h40", "ru", "Алтай-Инфо", "2025-02-17", "https://example.org/altai-info/2025/02/17/biysk",
    "В бийской части взбунтовались контрактники",
    """В ночь на 14 февраля в воинской части в Бийске около тридцати контрактников взбунтовались: они избили дежурного офицера и выломали ворота КПП. Пятнадцать человек после этого ушли из части, к утру девятерых из них задержали, пишет «Сибирь.Реалии».

В командовании инцидент не комментируют.""",
    [inc(["mutiny", "desertion"], "2025-02-14", admin1="RU-ALT", place="Biysk", lat=52.5342, lon=85.1966,
         loc="в воинской части в Бийске", personnel=["contract"], best=30, detained=9, via=["Sibir.Realii"],
         cluster="h-biysk-2025-02")])

C.article("h41", "en", "Dnipro Legal", "2025-04-03", "https://example.org/dnipro-legal/2025/04/03/402",
    "Dnipro court jails serviceman who disobeyed combat order",
    """A district court in Dnipro has given a Ukrainian serviceman three years in prison for refusing to carry out a combat order in the Zaporizhzhia region in November 2024, the regional prosecutor's office said. The soldier had told his commander that he would not advance to the assigned position, according to the prosecutors.""",
    [inc(["prosecution"], country="UA", admin1="UA-12", place="Dnipro", lat=48.4666, lon=35.0407,
         loc="A district court in Dnipro", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-dnipro-court-2025"),
     inc(["refusal"], "2024-11-01", "2024-11-30", "month", country="UA", admin1="UA-23", geo="admin1",
         loc="in the Zaporizhzhia region", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-zaporizhzhia-refusal-2024-11")])

C.article("h42", "ru", "Степной вестник", "2024-07-04", "https://example.org/stepnoy/2024/07/04/almaty",
    "В Алматы задержали россиянина, объявленного в розыск за оставление части",
    """Полиция Алматы во вторник задержала гражданина России, которого на родине разыскивают за самовольное оставление части. Мужчину поместили в изолятор временного содержания до решения вопроса об экстрадиции, сообщили в департаменте полиции города.""",
    [inc(["enforcement"], "2024-07-02", country="KZ", admin1="KZ-75", place="Almaty", lat=43.2525, lon=76.9115,
         loc="Полиция Алматы", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-almaty-2024-07")])

C.article("h43", "uk", "Поділля News", "2025-08-19", "https://example.org/podillia/2025/08/19/shpytal",
    "З вінницького шпиталю самовільно пішли двоє військових",
    """У неділю двоє військовослужбовців, які лікувалися у військовому шпиталі у Вінниці, самовільно залишили заклад і не повернулися. Їх розшукує військова служба правопорядку, повідомили в обласному управлінні поліції.""",
    [inc(["desertion"], "2025-08-17", country="UA", admin1="UA-05", place="Vinnytsia", lat=49.2322, lon=28.4687,
         loc="у військовому шпиталі у Вінниці", force="UA", best=2, low=2, high=2, verification="confirmed",
         cluster="h-vinnytsia-hospital-2025-08")])

C.article("h44", "en", "The Weekly Column", "2024-04-29", "https://example.org/weekly-column/2024/04/29/opinion",
    "Opinion: amnesty for deserters would end the war faster",
    """Every army in history has had deserters, and every government has had to decide whether to punish or forgive them. My view is that a clear amnesty, offered publicly, would do more to weaken an aggressive army than any sanction. Those who refuse to kill deserve protection, not extradition.""")

C.article("h45", "en", "Defence Industry Daily-style", "2025-06-02", "https://example.org/did/2025/06/02/tanks",
    "Tank plant delivers new batch to army, declines to give numbers",
    """A Urals tank plant delivered a new batch of modernised tanks to the army last week, the company said, but refused to say how many vehicles were handed over. Analysts estimate output has roughly doubled since 2022. The plant's director was recently awarded a state medal.""")

C.article("h46", "ru", "Невский курьер", "2024-11-12", "https://example.org/nevsky/2024/11/12/spravka",
    "В Петербурге задержали призывника с поддельной справкой",
    """В Санкт-Петербурге полиция задержала 19-летнего молодого человека, который пытался избежать срочной службы с помощью купленной медицинской справки. Против него возбуждено уголовное дело об уклонении от призыва, сообщили в прокуратуре города.""")

C.article("h47", "en", "Southern Post", "2024-06-03", "https://example.org/southern-post/2024/06/03/guardhouse",
    "Five AWOL soldiers overpower sentry, escape guardhouse in Rostov",
    """Five soldiers who were being held in a guardhouse in Rostov-on-Don for going AWOL overpowered the sentry on Friday night and escaped, the Telegram channel Astra reported. Two of them were found the next morning at a relative's flat; the other three are still being sought. The Southern Military District did not respond to a request for comment.""",
    [inc(["mutiny", "desertion"], "2024-05-31", admin1="RU-ROS", place="Rostov-on-Don", lat=47.22, lon=39.7077,
         loc="a guardhouse in Rostov-on-Don", best=5, low=5, high=5, detained=2, at_large=3, via=["Astra"],
         cluster="h-rostov-guardhouse-2024-05")])

C.article("h48", "ru", "Амур-Медиа", "2024-11-13", "https://example.org/amur-media/2024/11/13/habarovsk",
    "В Хабаровске военная полиция задержала военнослужащего",
    """Сотрудники военной полиции 11 ноября задержали в Хабаровске военнослужащего, который самовольно оставил часть, дислоцированную в Бикине. Об этом сообщили в пресс-службе Восточного военного округа. Военнослужащий доставлен в комендатуру, решается вопрос о возбуждении уголовного дела.""",
    [inc(["enforcement"], "2024-11-11", admin1="RU-KHA", place="Khabarovsk", lat=48.4827, lon=135.0838,
         loc="в Хабаровске", perpetrator="military_police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-khabarovsk-2024-11")])

C.article("h49", "en", "Exile Review", "2025-01-28", "https://example.org/exile-review/2025/01/28/getlost",
    "Get Lost: record number of soldiers asked for help in 2024",
    """The Get Lost project said it received more than 9,000 requests for help from Russian servicemen in 2024, more than in any previous year. Most of those who wrote wanted to know how to leave the army legally; the group's lawyers said legal routes are almost closed.""",
    statistics=[stat("requests_for_help", None, 9001, None, "2024-01-01", "2024-12-31", "RU", "RU", "Get Lost")])

C.article("h50", "uk", "Галичина Інфо", "2025-04-14", "https://example.org/halychyna/2025/04/14/blokpost",
    "Під Львовом затримали двох військових, які пішли в СЗЧ",
    """У четвер на блокпосту під Львовом затримали двох військовослужбовців, які самовільно залишили навчальний центр на Рівненщині. Їх затримали працівники військової служби правопорядку під час перевірки документів, повідомили у ВСП. Обох передали до військової частини.""",
    [inc(["enforcement"], "2025-04-10", country="UA", admin1="UA-46", place="Lviv", lat=49.8383, lon=24.0232,
         geo="admin2", loc="на блокпосту під Львовом", force="UA", perpetrator="military_police", best=2, low=2,
         high=2, detained=2, verification="confirmed", cluster="h-lviv-checkpoint-2025-04")])

C.article("h51", "ru", "Волжский голос", "2023-02-10", "https://example.org/vgolos/2023/02/10/video",
    "Мобилизованные из Татарстана отказываются идти в штурм",
    """Около двадцати мобилизованных из Татарстана опубликовали ролик, в котором заявляют, что отказались выполнять приказ о штурме под Угледаром. По их словам, командование бросило их без артиллерийской поддержки. Подлинность видео проверить не удалось, в Минобороны на запрос не ответили.""",
    [inc(["refusal"], country="UA", admin1="UA-14", place="Vuhledar", lat=47.7811, lon=37.2481, geo="admin2",
         loc="под Угледаром", personnel=["mobilized"], best=20, verification="unverified",
         cluster="h-vuhledar-2023")])

C.article("h52", "en", "Frontline Ledger", "2025-01-13", "https://example.org/ledger/2025/01/13/valuyki",
    "Eleven soldiers who abandoned positions near Kupiansk rounded up in Valuyki",
    """Eleven Russian servicemen abandoned their positions near Kupiansk on the night of 4 January and set off towards the border on foot, the outlet Vot Tak wrote. On 9 January military police rounded them up in Valuyki in the Belgorod region, the outlet said, citing the wife of one of them.""",
    [inc(["desertion"], "2025-01-04", country="UA", admin1="UA-63", place="Kupiansk", lat=49.71, lon=37.6158,
         geo="admin2", loc="their positions near Kupiansk", best=11, low=11, high=11, via=["Vot Tak"],
         cluster="h-kupiansk-2025-01"),
     inc(["enforcement"], "2025-01-09", admin1="RU-BEL", place="Valuyki", lat=50.1966, lon=38.1167,
         loc="in Valuyki in the Belgorod region", perpetrator="military_police", best=11, low=11, high=11,
         detained=11, via=["Vot Tak"], cluster="h-valuyki-2025-01")])

C.article("h53", "ru", "Курская правда-стиль", "2024-09-02", "https://example.org/kp/2024/09/02/dtp",
    "Военнослужащий в отпуске устроил ДТП в Курске",
    """В Курске военнослужащий, находившийся в отпуске, не справился с управлением и врезался в остановку. Пострадали двое пешеходов. Водитель задержан, в его крови обнаружен алкоголь, сообщили в УМВД.""")

C.article("h54", "en", "Kremlin Watch", "2024-12-09", "https://example.org/kremlin-watch/2024/12/09/raid",
    "Military police raid Moscow hostel, detain men absent from units",
    """Military police and OMON officers raided a workers' hostel in eastern Moscow on Saturday and detained seven men who had been absent from their units for months, the Telegram channel SOTA reported. Relatives of two of the men said they were taken to a collection point and told they would be sent back to the front within days.""",
    [inc(["enforcement"], "2024-12-07", admin1="RU-MOW", place="Moscow", lat=55.7522, lon=37.6156,
         loc="a workers' hostel in eastern Moscow", perpetrator="military_police", best=7, low=7, high=7,
         detained=7, via=["Sota"], cluster="h-moscow-hostel-2024-12")])

# --- h55 onwards: a third batch, written after the rule fixes above and scored before any tuning on it.

C.article("h55", "en", "Northwest Notes", None, "https://example.org/nw-notes/pskov-conscripts",
    "Eight conscripts slip out of barracks near Pskov",
    """On March 14 eight conscripts from a unit stationed near Pskov slipped out of their barracks after lights-out, the regional site Pskovskaya Guberniya reported. Five of them were picked up at the bus station the following morning. The whereabouts of the other three remain unknown.""",
    [inc(["desertion"], admin1="RU-PSK", place="Pskov", lat=57.8136, lon=28.3496, geo="admin2",
         loc="a unit stationed near Pskov", personnel=["conscript"], best=8, low=8, high=8, detained=5,
         at_large=3, via=["Pskovskaya Guberniya"], cluster="h-pskov-conscripts")])

C.article("h56", "ru", "Бурятия Live", "2024-04-23", "https://example.org/buryatia-live/2024/04/23/ulan-ude",
    "Двое срочников ушли из части в Улан-Удэ с автоматами",
    """❗️Срочно

Вчера вечером из воинской части в Улан-Удэ ушли двое военнослужащих срочной службы, прихватив с собой два автомата и боекомплект. Их ищут полиция и Росгвардия, на выездах из города выставлены посты, сообщили в республиканском МВД.

Подписывайтесь на канал, присылайте новости в бот""",
    [inc(["desertion"], "2024-04-22", admin1="RU-BU", place="Ulan-Ude", lat=51.8335, lon=107.5841,
         loc="из воинской части в Улан-Удэ", personnel=["conscript"], best=2, low=2, high=2, armed=True,
         verification="confirmed", cluster="h-ulan-ude-2024-04")])

C.article("h57", "uk", "Одеса Сьогодні", "2025-03-06", "https://example.org/odesa/2025/03/06/dbr",
    "В Одесі затримали військового, який не повернувся з відпустки",
    """17 лютого військовослужбовець однієї з бригад не повернувся з відпустки до свого підрозділу. 3 березня працівники ДБР затримали його в Одесі, повідомляє пресслужба бюро.

Чоловікові повідомлено про підозру у самовільному залишенні частини в умовах воєнного стану.""",
    [inc(["desertion"], "2025-02-17", country="UA", admin1=None, geo=None, force="UA", best=1, low=1, high=1,
         verification="confirmed", cluster="h-odesa-leave-2025-02"),
     inc(["enforcement", "prosecution"], "2025-03-03", country="UA", admin1="UA-51", place="Odesa",
         lat=46.4775, lon=30.7326, loc="в Одесі", force="UA", perpetrator="SBI", best=1, low=1, high=1,
         detained=1, verification="confirmed", cluster="h-odesa-arrest-2025-03")])

C.article("h58", "en", "Volga Region Review", "2023-06-20", "https://example.org/vrr/2023/06/20/kazan",
    "Mobilised men in Kazan refuse to board buses to the front",
    """Some two hundred mobilised men refused on Monday to board buses that were to take them from a training ground in Kazan to the front, staying in their tents instead, the outlet Idel.Realii reported. They say they were promised a rotation home after six months.""",
    [inc(["refusal"], "2023-06-19", admin1="RU-TA", place="Kazan", lat=55.7887, lon=49.1221,
         loc="a training ground in Kazan", personnel=["mobilized"], best=200, via=["Idel.Realii"],
         cluster="h-kazan-2023-06")])

C.article("h59", "ru", "Брянск-Новости", "2024-08-08", "https://example.org/bryansk/2024/08/08/diversanty",
    "В Брянской области задержали двух диверсантов",
    """Сотрудники ФСБ задержали в Брянской области двух жителей Украины, которых подозревают в подготовке подрыва железнодорожного моста. Задержанные дали признательные показания, возбуждено уголовное дело о диверсии.""")

C.article("h60", "en", "Carpathian Report", "2025-07-07", "https://example.org/carpathian/2025/07/07/tisza",
    "Border guards stop men trying to swim across the Tisza",
    """Ukrainian border guards detained three men of conscription age who tried to swim across the Tisza river into Romania to avoid mobilisation, the border service said on Sunday. One of the men needed medical help after the attempt. All three will be fined and handed to recruitment officers.""")

C.article("h61", "en", "Data Desk", "2025-05-19", "https://example.org/data-desk/2025/05/19/q1",
    "Courts hand down over 1,600 AWOL sentences in first quarter",
    """Russian garrison courts handed down 1,612 sentences for unauthorised absence from a unit in the first quarter of 2025, Mediazona calculated from court records. About two thirds of the sentences were suspended.""",
    statistics=[stat("convictions", 1612, 1612, 1612, "2025-01-01", "2025-03-31", "RU", "RU", "Mediazona")])

C.article("h62", "uk", "Право онлайн", "2025-01-16", "https://example.org/pravo-online/2025/01/16/szch",
    "Торік СЗЧ вчинили понад 89 тисяч військових",
    """Протягом 2024 року самовільно залишили військові частини понад 89 тисяч військовослужбовців, свідчать дані Офісу генерального прокурора. Це майже вдвічі більше, ніж роком раніше.""",
    statistics=[stat("servicemen_absent", None, 89001, None, "2024-01-01", "2024-12-31", "UA", "UA",
                     "Office of the Prosecutor General")])

C.article("h63", "ru", "Поволжье Правозащита", "2025-10-13", "https://example.org/povolzhye/2025/10/13/engels",
    "К родителям контрактника пришли с обыском",
    """В четверг к родителям контрактника, ушедшего в СОЧ, в Энгельсе Саратовской области пришли сотрудники военной комендатуры. Они обыскали дом и пригрозили матери уголовным делом за укрывательство, рассказали «Идите лесом».""",
    [inc(["enforcement"], "2025-10-09", admin1="RU-SAR", place="Engels", lat=51.4839, lon=46.1053,
         loc="в Энгельсе Саратовской области", perpetrator="commandant's office", via=["Get Lost"],
         cluster="h-engels-2025-10")])

C.article("h64", "en", "Caucasus Wire", "2024-09-24", "https://example.org/caucasus-wire/2024/09/24/tbilisi",
    "Georgia holds Russian wanted for desertion at Tbilisi airport",
    """Georgian police on 21 September detained a Russian national at Tbilisi airport at Moscow's request, Georgia's interior ministry confirmed. Russia accuses him of deserting from his unit in the Belgorod region last year. A Tbilisi court is due to decide whether to extradite him.""",
    [inc(["enforcement"], "2024-09-21", country="GE", admin1="GE-TB", place="Tbilisi", lat=41.6941, lon=44.8337,
         loc="at Tbilisi airport", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-tbilisi-2024-09")])

C.article("h65", "ru", "Юг-Суд", "2025-06-26", "https://example.org/yug-sud/2025/06/26/rostov",
    "Южный окружной военный суд дал 13 лет за дезертирство",
    """Южный окружной военный суд в Ростове-на-Дону приговорил контрактника к 13 годам колонии строгого режима за дезертирство. Как установил суд, в октябре 2024 года он оставил позиции в Запорожской области и больше месяца скрывался у знакомых.""",
    [inc(["prosecution"], admin1="RU-ROS", place="Rostov-on-Don", lat=47.22, lon=39.7077,
         loc="Южный окружной военный суд в Ростове-на-Дону", personnel=["contract"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-rostov-court-2025-06"),
     inc(["desertion"], "2024-10-01", "2024-10-31", "month", country="UA", admin1="UA-23", geo="admin1",
         loc="позиции в Запорожской области", personnel=["contract"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-zaporizhzhia-2024-10")])

C.article("h66", "en", "Law in Wartime", "2024-02-12", "https://example.org/law-wartime/2024/02/12/explainer",
    "Explainer: how Russia punishes soldiers who leave their units",
    """Under article 337 of Russia's criminal code, a soldier who leaves his unit without permission for more than ten days typically faces a suspended sentence, while absences of over a month are punishable by up to ten years. Desertion, covered by article 338, requires intent to avoid service altogether. Lawyers say courts rarely distinguish the two.""")

C.article("h67", "en", "Front Update", "2024-11-18", "https://example.org/front-update/2024/11/18/village",
    "Russia claims capture of village in Donetsk region",
    """Russia's defence ministry said on Sunday its forces had captured a village west of Donetsk after Ukrainian troops abandoned their positions there. Ukraine's general staff said fighting in the area continued and that its units had withdrawn to prepared lines.""")

C.article("h68", "ru", "Спорт-Экспресс-стиль", "2025-08-11", "https://example.org/sport/2025/08/11/legioner",
    "Клуб отказался от услуг легионера",
    """Столичный клуб отказался от услуг бразильского полузащитника, который дважды не вернулся вовремя из отпуска. По данным источников, игрок уже ведёт переговоры с клубом из Саудовской Аравии.""")

C.article("h69", "en", "Pacific Watch", "2024-12-02", "https://example.org/pacific-watch/2024/12/02/marines",
    "Marines who refused to storm village near Kurakhove disarmed, relatives say",
    """Twelve marines of a Pacific Fleet brigade refused to storm a village near Kurakhove last week and were then disarmed and sent to an assault detachment as punishment, their relatives wrote in an appeal to the Kremlin. The fleet's press office did not answer questions.""",
    [inc(["refusal", "enforcement"], "2024-11-25", "2024-12-01", "week", country="UA", admin1="UA-14",
         place="Kurakhove", lat=47.9836, lon=37.2806, geo="admin2", loc="a village near Kurakhove", best=12,
         low=12, high=12, cluster="h-kurakhove-2024-11")])

C.article("h70", "uk", "Полтава Кримінальна", "2024-05-06", "https://example.org/poltava-krym/2024/05/06/koloniya",
    "З виправної колонії на Полтавщині втік засуджений",
    """У неділю з Кременчуцької виправної колонії втік засуджений, який відбував покарання за розбій. Його розшукують поліцейські, оголошено план «Перехоплення», повідомили в обласній поліції.""")

# --- h71 onwards: a fourth batch, scored before any tuning on it.

C.article("h71", "en", "Black Earth Herald", "2024-07-15", "https://example.org/beh/2024/07/15/tambov",
    "Two soldiers vanish from Tambov unit with their rifles",
    """Two contract soldiers vanished from a military unit in Tambov on Saturday, taking their assault rifles with them, the regional interior ministry said. Police and National Guard officers are combing the forests around the city.""",
    [inc(["desertion"], "2024-07-13", admin1="RU-TAM", place="Tambov", lat=52.7317, lon=41.4433,
         loc="a military unit in Tambov", personnel=["contract"], best=2, low=2, high=2, armed=True,
         verification="confirmed", cluster="h-tambov-2024-07")])

C.article("h72", "ru", "Крымский вестник-стиль", "2024-03-28", "https://example.org/krym-vestnik/2024/03/28/matros",
    "Матроса осудили за неявку на службу",
    """Севастопольский гарнизонный военный суд назначил матросу-контрактнику два года условно. Как следует из приговора, в августе 2023 года он не явился на службу после отпуска и почти три месяца жил у родственников.""",
    [inc(["prosecution"], country="UA", admin1="UA-40", place="Sevastopol", lat=44.6167, lon=33.5254,
         loc="Севастопольский гарнизонный военный суд", personnel=["contract"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-sevastopol-court-2024-03"),
     inc(["desertion"], "2023-08-01", "2023-08-31", "month", admin1=None, geo=None, personnel=["contract"],
         best=1, low=1, high=1, verification="confirmed", cluster="h-sevastopol-absence-2023-08")])

C.article("h73", "uk", "Сумщина Інфо", "2025-09-02", "https://example.org/sumy/2025/09/02/kordon",
    "Прикордонники затримали військового, який у СЗЧ прямував до кордону",
    """У понеділок на Сумщині прикордонники затримали військовослужбовця, який перебував у СЗЧ і намагався пробратися до державного кордону лісовими стежками. Про це повідомили в Державній прикордонній службі. Затриманого передали правоохоронцям.""",
    [inc(["enforcement"], "2025-09-01", country="UA", admin1="UA-59", geo="admin1", loc="на Сумщині", force="UA",
         perpetrator="border guards", best=1, low=1, high=1, detained=1, verification="confirmed",
         cluster="h-sumy-border-2025-09")])

C.article("h74", "en", "Border Region Monitor", "2024-10-10", "https://example.org/brm/2024/10/10/belgorod",
    "Soldiers refuse to go back to front after leave, protest in Belgorod",
    """Around 30 soldiers of a motorised rifle regiment refused to return to the front after their leave and gathered outside the commandant's office in Belgorod on Tuesday, the Telegram channel SOTA reported. Military police dispersed the group and detained several of the men, according to the channel.""",
    [inc(["refusal", "enforcement"], "2024-10-08", admin1="RU-BEL", place="Belgorod", lat=50.5977, lon=36.5858,
         loc="outside the commandant's office in Belgorod", perpetrator="military_police", best=30, via=["Sota"],
         cluster="h-belgorod-refusal-2024-10")])

C.article("h75", "ru", "Новые цифры", "2025-02-05", "https://example.org/novye-cifry/2025/02/05/lesom",
    "В 2024 году за помощью к «Идите лесом» обратились 5 400 военных",
    """По данным проекта «Идите лесом», в 2024 году за помощью к нему обратились 5 400 военнослужащих, которые хотели покинуть армию. Около трети из них уже находились в самовольном оставлении части.""",
    statistics=[stat("requests_for_help", 5400, 5400, 5400, "2024-01-01", "2024-12-31", "RU", "RU", "Get Lost")])

C.article("h76", "en", "Kharkiv Daily", "2025-05-12", "https://example.org/kharkiv-daily/2025/05/12/chase",
    "Man who ignored call-up caught after chase in Kharkiv",
    """A man who had ignored several call-up papers was caught by police in Kharkiv on Sunday after trying to run away from a recruitment patrol, local media reported. He was taken to the recruitment centre for a medical check.""")

C.article("h77", "ru", "Новосибирск Детям", "2024-05-20", "https://example.org/nsk-kids/2024/05/20/zarnitsa",
    "Школьники сыграли в «Зарницу»",
    """В выходные на полигоне под Новосибирском прошла военно-патриотическая игра «Зарница». Команды школьников бежали кросс, собирали автомат на время и ориентировались по карте. Победителей наградили кубками.""")

C.article("h78", "en", "Mobilisation FAQ", "2024-08-19", "https://example.org/faq/2024/08/19/contract",
    "FAQ: can a mobilised soldier end his contract?",
    """Many readers ask whether a mobilised soldier can simply write a report and go home. Under current rules, mobilised men serve until the end of mobilisation, and a refusal to serve is punishable under the criminal code. Lawyers advise keeping copies of every report submitted to commanders.""")

C.article("h79", "uk", "Київ Юридичний", "2025-07-08", "https://example.org/kyiv-law/2025/07/08/zakhid",
    "У Києві суд арештував військового, який дезертирував",
    """Шевченківський районний суд Києва обрав запобіжний захід у вигляді тримання під вартою військовослужбовцю, якого підозрюють у дезертирстві з позицій на Запорізькому напрямку. Про це повідомляє Офіс генерального прокурора.""",
    [inc(["prosecution"], country="UA", admin1="UA-30", place="Kyiv", lat=50.4501, lon=30.5234,
         loc="Шевченківський районний суд Києва", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-kyiv-court-2025-07")])

C.article("h80", "en", "Occupied East Report", "2023-05-20", "https://example.org/oer/2023/05/20/svatove",
    "Convict recruits attack commander, flee into forest near Svatove",
    """Convict recruits of a Storm-Z company attacked their commander and fled into the forest near Svatove earlier this month, the outlet Verstka reported, citing a soldier from a neighbouring unit. It is unclear how many took part.""",
    [inc(["mutiny", "desertion"], "2023-05-01", "2023-05-20", "month", country="UA", admin1="UA-09",
         place="Svatove", lat=49.4101, lon=38.1522, geo="admin2", loc="the forest near Svatove",
         personnel=["convict"], unit="Storm-Z", via=["Verstka"], cluster="h-svatove-2023-05")])

C.article("h81", "ru", "Омск-Инфо", "2024-01-29", "https://example.org/omsk/2024/01/29/telo",
    "В Омске нашли тело военнослужащего, пропавшего в новогоднюю ночь",
    """В Омске нашли тело 22-летнего военнослужащего, который пропал в новогоднюю ночь после встречи с друзьями. По предварительным данным, признаков насильственной смерти нет, сообщили в региональном управлении СК.""")

C.article("h82", "ru", "Северный Кавказ Сегодня", "2025-03-03", "https://example.org/skav/2025/03/03/brat",
    "В Хасавюрте задержали брата контрактника, ушедшего в СОЧ",
    """В субботу в Хасавюрте сотрудники полиции задержали брата контрактника, который ушёл в СОЧ. Как пишет «Астра», родственникам пообещали отпустить мужчину, только когда военный вернётся в часть.""",
    [inc(["enforcement"], "2025-03-01", admin1="RU-DA", place="Khasavyurt", lat=43.2509, lon=46.5877,
         loc="в Хасавюрте", perpetrator="police", best=1, low=1, high=1, detained=1, via=["Astra"],
         cluster="h-khasavyurt-2025-03")])

C.article("h83", "en", "Don Steppe News", "2023-01-10", "https://example.org/dsn/2023/01/10/novocherkassk",
    "Seventeen mobilised men missing from camp near Novocherkassk",
    """Seventeen mobilised men were found to be missing from a training camp near Novocherkassk at a night-time roll call, the regional governor's office said. Nine of them have since come back on their own; the others are being looked for.""",
    [inc(["desertion"], admin1="RU-ROS", place="Novocherkassk", lat=47.4222, lon=40.0939, geo="admin2",
         loc="a training camp near Novocherkassk", personnel=["mobilized"], best=17, low=17, high=17,
         verification="confirmed", cluster="h-novocherkassk-2023-01")])

C.article("h84", "uk", "Фронт Новини", "2024-11-05", "https://example.org/front-news/2024/11/05/vidmova",
    "Військові однієї з бригад, імовірно, відмовилися виходити на позиції",
    """На Донеччині близько десяти військовослужбовців однієї з механізованих бригад, імовірно, відмовилися виходити на позиції після ротації, пише «Українська правда» з посиланням на джерела в бригаді. У Генштабі ситуацію не коментують.""",
    [inc(["refusal"], country="UA", admin1="UA-14", geo="admin1", loc="На Донеччині", force="UA", best=10,
         via=["Ukrainska Pravda"], cluster="h-donetsk-refusal-2024-11")])

# --- h85 onwards: a fifth batch, scored before any tuning on it.

C.article("h85", "en", "Novaya-style Weekly", "2024-06-17", "https://example.org/nsw/2024/06/17/container",
    "Soldier who refused to return to assaults kept in a container, family says",
    """Relatives of a contract soldier from Chelyabinsk say he was beaten and locked in a shipping container at a base in the Luhansk region after he refused to go back on assaults. Novaya Gazeta Europe said it had seen messages he sent from a borrowed phone. In 2023 he was wounded near Bakhmut and spent two months in a hospital in Rostov.""",
    [inc(["refusal", "enforcement"], country="UA", admin1="UA-09", geo="admin1",
         loc="a base in the Luhansk region", personnel=["contract"], best=1, low=1, high=1,
         via=["Novaya Gazeta Europe"], cluster="h-luhansk-container-2024")])

C.article("h86", "ru", "Дальний Восток Право", "2024-09-30", "https://example.org/dv-pravo/2024/09/30/prigovor",
    "Двух мобилизованных осудили за уход из пункта дислокации",
    """Приморский гарнизонный военный суд приговорил двух мобилизованных к пяти и шести годам колонии. Согласно приговору, в январе 2024 года они самовольно покинули пункт временной дислокации в Луганской области и добрались до Владивостока.""",
    [inc(["prosecution"], admin1="RU-PRI", geo="admin1", loc="Приморский гарнизонный военный суд",
         personnel=["mobilized"], best=2, low=2, high=2, verification="confirmed", cluster="h-primorye-court-2024-09"),
     inc(["desertion"], "2024-01-01", "2024-01-31", "month", country="UA", admin1="UA-09", geo="admin1",
         loc="пункт временной дислокации в Луганской области", personnel=["mobilized"], best=2, low=2, high=2,
         verification="confirmed", cluster="h-luhansk-absence-2024-01")])

C.article("h87", "uk", "Чернігів Оперативний", "2025-06-09", "https://example.org/chernihiv/2025/06/09/patrul",
    "У Чернігові патрульні затримали військового у СЗЧ",
    """У суботу в Чернігові патрульні зупинили чоловіка в камуфляжі, який виявився військовослужбовцем у СЗЧ. Його затримали та передали представникам військової служби правопорядку, повідомили в патрульній поліції області.""",
    [inc(["enforcement"], "2025-06-07", country="UA", admin1="UA-74", place="Chernihiv", lat=51.5054, lon=31.2866,
         loc="в Чернігові", force="UA", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-chernihiv-2025-06")])

C.article("h88", "en", "Yakutia Echo", "2023-11-20", "https://example.org/yakutia-echo/2023/11/20/hospital",
    "Five Yakut mobilised men missing after leaving field hospital",
    """⚡️ Five mobilised soldiers from Yakutia have not been heard from since Friday, when they left a field hospital in the Rostov region without permission, their families told local reporters.

Read also: Yakutsk airport closed by fog for second day""",
    [inc(["desertion"], "2023-11-17", admin1="RU-ROS", geo="admin1", loc="a field hospital in the Rostov region",
         personnel=["mobilized"], best=5, low=5, high=5, cluster="h-rostov-field-hospital-2023-11")])

C.article("h89", "ru", "Пермь Сегодня", "2025-04-02", "https://example.org/perm/2025/04/02/vzyatka",
    "В Перми задержан военный комиссар",
    """Сотрудники ФСБ задержали в Перми военного комиссара одного из районов города по подозрению в получении взятки. По версии следствия, он брал деньги за освобождение призывников от службы. Возбуждено уголовное дело.""")

C.article("h90", "en", "Dnipro Courts", "2024-12-09", "https://example.org/dnipro-courts/2024/12/09/bar",
    "Serviceman jailed for killing man in bar fight",
    """A court in Dnipro sentenced a serviceman to 12 years in prison for killing a man during a bar fight last spring, the regional prosecutor's office said. The soldier had been on leave at the time.""")

C.article("h91", "uk", "Львів Онлайн", "2025-02-18", "https://example.org/lviv-online/2025/02/18/tck",
    "У Львові затримали чоловіка, який уникав повісток",
    """Працівники ТЦК разом із поліцією затримали у Львові чоловіка, який понад рік переховувався від повісток. Його доставили до центру комплектування для проходження ВЛК.""")

C.article("h92", "en", "Kyiv Numbers", "2025-06-10", "https://example.org/kyiv-numbers/2025/06/10/desertion",
    "Desertion cases keep rising, prosecutors' data show",
    """Ukraine's Prosecutor General's Office registered 17,800 criminal cases of desertion in the first five months of 2025, according to its published data. The figure does not include cases of unauthorised absence.""",
    statistics=[stat("cases_opened", 17800, 17800, 17800, "2025-01-01", "2025-05-31", "UA", "UA",
                     "Office of the Prosecutor General")])

C.article("h93", "ru", "Иртыш Медиа", "2024-12-06", "https://example.org/irtysh/2024/12/06/omsk",
    "Под Омском контрактники перекрыли выезд из учебного центра",
    """В среду в учебном центре под Омском около сотни контрактников отказались выходить на построение и перекрыли выезд с территории, требуя выплатить обещанные деньги. Об этом сообщает «Сибирь.Реалии».""",
    [inc(["refusal", "mutiny"], "2024-12-04", admin1="RU-OMS", place="Omsk", lat=54.9924, lon=73.3686,
         geo="admin2", loc="в учебном центре под Омском", personnel=["contract"], best=100,
         via=["Sibir.Realii"], cluster="h-omsk-2024-12")])

C.article("h94", "en", "Nordic Dispatch", "2024-03-13", "https://example.org/nordic/2024/03/13/border",
    "Finnish border guards detain Russian soldier who crossed on foot",
    """Finnish border guards on Monday detained a Russian soldier who crossed the border on foot near Lappeenranta, the Finnish Border Guard said. The man told officers he had deserted from his unit in the Leningrad region and asked for asylum.""",
    [inc(["enforcement"], "2024-03-11", country="FI", admin1="FI-02", place="Lappeenranta", lat=61.0587,
         lon=28.1887, geo="admin2", loc="near Lappeenranta", perpetrator="border guards", best=1, low=1, high=1,
         detained=1, verification="confirmed", cluster="h-lappeenranta-2024-03")])

C.article("h95", "uk", "Харків Фронт", "2024-10-21", "https://example.org/kharkiv-front/2024/10/21/vsp",
    "На Харківщині затримали чотирьох військових, які залишили позиції",
    """Військова служба правопорядку затримала на Харківщині чотирьох військовослужбовців, які 12 жовтня самовільно залишили позиції під Куп'янськом. Усім чотирьом повідомлено про підозру.""",
    [inc(["enforcement", "prosecution"], country="UA", admin1="UA-63", geo="admin1", loc="на Харківщині", force="UA",
         perpetrator="military_police", best=4, low=4, high=4, detained=4, verification="confirmed",
         cluster="h-kharkiv-vsp-2024-10"),
     inc(["desertion"], "2024-10-12", country="UA", admin1="UA-63", place="Kupiansk", lat=49.71, lon=37.6158,
         geo="admin2", loc="позиції під Куп'янськом", force="UA", best=4, low=4, high=4, verification="confirmed",
         cluster="h-kupiansk-2024-10")])

C.article("h96", "ru", "Питер Ньюс", "2025-01-27", "https://example.org/piter-news/2025/01/27/gospital",
    "Телеграм-канал: из госпиталя в Ленобласти сбежали трое военных",
    """Как утверждает один из телеграм-каналов, в выходные из военного госпиталя в Ленинградской области сбежали трое военнослужащих. Официального подтверждения этой информации нет.""",
    [inc(["desertion"], "2025-01-25", "2025-01-26", "week", admin1="RU-LEN", geo="admin1",
         loc="из военного госпиталя в Ленинградской области", best=3, low=3, high=3, verification="unverified",
         cluster="h-lenoblast-hospital-2025-01")])

C.article("h97", "en", "Ice Hockey Today", "2024-09-03", "https://example.org/hockey/2024/09/03/goalie",
    "Goalkeeper walks out on club days before season",
    """The club's first-choice goalkeeper walked out on his contract days before the new season, refusing to travel with the team to a pre-season tournament. The club said it would seek compensation.""")

C.article("h98", "en", "Orenburg Flood Watch", "2024-04-08", "https://example.org/orenburg-flood/2024/04/08/troops",
    "Troops sent to help flooded villages near Orsk",
    """Soldiers and rescuers were sent to villages near Orsk on Sunday after a dam burst, the regional government said. Hundreds of residents fled the rising water, and some refused to leave their homes despite warnings.""")

# --- h99 onwards: a sixth batch, scored before any tuning on it.

C.article("h99", "en", "Desertion Weekly", "2024-11-22", "https://example.org/desertion-weekly/2024/11/22/roundup",
    "Weekly roundup: flights, arrests and a verdict",
    """Novosibirsk region. On Monday six soldiers left their unit in Berdsk without permission, the regional outlet NGS reported. Their commanders have filed a report with the military prosecutor.

Tver. Police detained a deserter at the railway station on Wednesday, the regional interior ministry said. He had been on the wanted list since the summer.

Kursk. The Kursk garrison military court sentenced a contract soldier to five years in a penal colony for leaving his unit, according to the court's website.""",
    [inc(["desertion"], "2024-11-18", admin1="RU-NVS", place="Berdsk", lat=54.7535, lon=83.0962,
         loc="their unit in Berdsk", best=6, low=6, high=6, via=["NGS"], cluster="h-berdsk-2024-11"),
     inc(["enforcement"], "2024-11-20", admin1="RU-TVE", place="Tver", lat=56.8584, lon=35.9006,
         loc="at the railway station", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-tver-2024-11"),
     inc(["prosecution"], admin1="RU-KRS", place="Kursk", lat=51.7373, lon=36.1873,
         loc="The Kursk garrison military court", personnel=["contract"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-kursk-court-2024-11")])

C.article("h100", "ru", "Самара Право", "2024-10-15", "https://example.org/samara-pravo/2024/10/15/advokat",
    "Адвокат: раненого мобилизованного задержали дома и вернули в часть",
    """Адвокат рассказал изданию, что его подзащитного, мобилизованного из Самары, в сентябре задержали прямо в Самаре и под конвоем вернули в часть, хотя тот находился в отпуске по ранению. По словам защитника, документы об отпуске у военного были на руках.""",
    [inc(["enforcement"], "2024-09-01", "2024-09-30", "month", admin1="RU-SAM", place="Samara", lat=53.2001,
         lon=50.15, loc="прямо в Самаре", personnel=["mobilized"], best=1, low=1, high=1, detained=1,
         cluster="h-samara-2024-09")])

C.article("h101", "en", "Intercepts Digest", "2024-03-05", "https://example.org/intercepts/2024/03/05/avdiivka",
    "Intercepted calls suggest mass refusal near Avdiivka",
    """Up to 50 soldiers of Russia's 1st Army Corps refused to advance near Avdiivka in February, according to intercepted phone calls published by Ukraine's SBU. In one call a soldier tells his wife that the whole company sat in the trenches and would not move.""",
    [inc(["refusal"], "2024-02-01", "2024-02-29", "month", country="UA", admin1="UA-14", place="Avdiivka",
         lat=48.1394, lon=37.7497, geo="admin2", loc="near Avdiivka", unit="1st Army Corps", high=50, via=["SBU"],
         cluster="h-avdiivka-2024-02")])

C.article("h102", "uk", "Закарпаття Онлайн", "2025-04-03", "https://example.org/zakarpattia/2025/04/03/kordon",
    "На Закарпатті біля кордону затримали двох військових у СЗЧ",
    """Учора на Закарпатті прикордонники затримали двох військовослужбовців, які перебували в СЗЧ і намагалися незаконно перетнути кордон з Румунією. Про це повідомили в Чопському прикордонному загоні.""",
    [inc(["enforcement"], "2025-04-02", country="UA", admin1="UA-21", geo="admin1", loc="на Закарпатті", force="UA",
         perpetrator="border guards", best=2, low=2, high=2, detained=2, verification="confirmed",
         cluster="h-zakarpattia-2025-04")])

C.article("h103", "ru", "Чувашия Правда", "2023-11-14", "https://example.org/chuvashia/2023/11/14/poligon",
    "Мобилизованные из Чувашии избили командира и ушли с полигона",
    """10 ноября на полигоне в Ростовской области мобилизованные из Чувашии избили командира роты и ушли с полигона, сообщает «Астра» со ссылкой на родственников. Сколько человек покинуло полигон, не уточняется.""",
    [inc(["mutiny", "desertion"], "2023-11-10", admin1="RU-ROS", geo="admin1", loc="на полигоне в Ростовской области",
         personnel=["mobilized"], via=["Astra"], cluster="h-rostov-poligon-2023-11")])

C.article("h104", "en", "Civic Watch", "2025-01-30", "https://example.org/civic-watch/2025/01/30/bribes",
    "Draft board official jailed for selling exemptions",
    """A former official of a district draft board in Odesa was sentenced to seven years in prison for selling fake medical exemptions to men of conscription age, prosecutors said. Investigators say he earned about $40,000 from the scheme.""")

C.article("h105", "en", "Games Corner", "2024-10-02", "https://example.org/games/2024/10/02/deserted",
    "Indie studio releases 'Deserted', a survival game about escaping an island",
    """A small studio has released 'Deserted', a survival game in which players must escape from an abandoned island before a storm arrives. Reviewers praised its soundtrack but said the final mission was too hard.""")

C.article("h106", "ru", "Москва Криминальная", "2024-05-27", "https://example.org/msk-crime/2024/05/27/reid",
    "Во время рейда в общежитии задержали уклониста",
    """Во время рейда полиции и военкомата в общежитии на юго-востоке Москвы задержали мужчину, который два года уклонялся от призыва. Ему вручили повестку, в отношении него проводится проверка.""")

C.article("h107", "en", "Western Russia Report", "2024-02-01", "https://example.org/wrr/2024/02/01/pskov-denied",
    "Defence ministry denies reports of mass escape from Pskov base",
    """Russia's defence ministry denied reports that around 30 soldiers had fled a paratroop base in Pskov, calling them fake. The claim first appeared in a Telegram channel on Tuesday, citing a relative of one of the soldiers.""",
    [inc(["desertion"], admin1="RU-PSK", place="Pskov", lat=57.8136, lon=28.3496, loc="a paratroop base in Pskov",
         best=30, verification="disputed", cluster="h-pskov-denied-2024")])

C.article("h108", "uk", "Рівне Суд", "2025-02-25", "https://example.org/rivne-sud/2025/02/25/vyrok",
    "Рівненський суд засудив солдата за СЗЧ",
    """Рівненський міський суд засудив солдата до п'яти років позбавлення волі. Як встановив суд, 3 травня 2024 року він самовільно залишив розташування частини на Донеччині і до затримання жив у знайомих.""",
    [inc(["prosecution"], country="UA", admin1="UA-56", place="Rivne", lat=50.6199, lon=26.2516,
         loc="Рівненський міський суд", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-rivne-court-2025-02"),
     inc(["desertion"], "2024-05-03", country="UA", admin1="UA-14", geo="admin1", loc="розташування частини на Донеччині",
         force="UA", best=1, low=1, high=1, verification="confirmed", cluster="h-donetsk-absence-2024-05")])

C.article("h109", "ru", "Луганск Сегодня", "2024-07-08", "https://example.org/lugansk/2024/07/08/gospital",
    "В Луганске из госпиталя сбежал раненый мобилизованный",
    """В субботу из военного госпиталя в Луганске сбежал раненый мобилизованный. Его ищут военная полиция и местная «полиция ЛНР», пишут местные телеграм-каналы.""",
    [inc(["desertion"], "2024-07-06", country="UA", admin1="UA-09", place="Luhansk", lat=48.567, lon=39.3171,
         loc="из военного госпиталя в Луганске", personnel=["mobilized"], best=1, low=1, high=1,
         cluster="h-luhansk-hospital-2024-07")])

C.article("h110", "en", "Investigations Desk", "2024-04-22", "https://example.org/inv-desk/2024/04/22/337",
    "Investigators opened over 5,000 AWOL cases last year",
    """Russia's military investigators opened 5,200 criminal cases under article 337 in 2023, according to Investigative Committee data obtained by iStories. The figure is more than three times the number for 2022.""",
    statistics=[stat("cases_opened", 5200, 5200, 5200, "2023-01-01", "2023-12-31", "RU", "RU", "iStories")])

C.article("h111", "en", "Bashkir Bulletin", "2025-08-25", "https://example.org/bashkir/2025/08/25/door-to-door",
    "Police go door to door over soldiers who did not return from leave",
    """Police officers in Bashkortostan went door to door last week, visiting the homes of 14 soldiers who failed to return from leave and warning their relatives of criminal liability, the regional outlet Prufy reported.""",
    [inc(["enforcement"], "2025-08-18", "2025-08-24", "week", admin1="RU-BA", geo="admin1", loc="in Bashkortostan",
         perpetrator="police", best=14, low=14, high=14, via=["Prufy"], cluster="h-bashkortostan-2025-08")])

# --- h112 onwards: a seventh batch, scored before any tuning on it.

C.article("h112", "en", "Arctic Post", "2024-05-06", "https://example.org/arctic-post/2024/05/06/sailors",
    "Three Northern Fleet sailors reported AWOL in Severomorsk",
    """Three sailors of the Northern Fleet were reported absent without leave in Severomorsk on 2 May, the fleet's press service said on Monday. A search is under way.""",
    [inc(["desertion"], "2024-05-02", admin1="RU-MUR", place="Severomorsk", lat=69.0694, lon=33.4081,
         loc="in Severomorsk", best=3, low=3, high=3, verification="confirmed", cluster="h-severomorsk-2024-05")])

C.article("h113", "ru", "Калуга Сейчас", "2025-02-10", "https://example.org/kaluga/2025/02/10/zaderzhan",
    "В Калуге задержан дезертировавший контрактник",
    """В пятницу в Калуге сотрудники патрульно-постовой службы задержали контрактника, дезертировавшего из своей части ещё в прошлом году. Мужчину передали военной комендатуре, сообщили в региональном УМВД.""",
    [inc(["enforcement"], "2025-02-07", admin1="RU-KLU", place="Kaluga", lat=54.5306, lon=36.27, loc="в Калуге",
         personnel=["contract"], perpetrator="police", best=1, low=1, high=1, detained=1, verification="confirmed",
         cluster="h-kaluga-2025-02")])

C.article("h114", "uk", "Фронт Онлайн", "2025-08-04", "https://example.org/front-online/2025/08/04/video",
    "У мережі поширюють відео з військовими, які відмовляються виходити на позиції",
    """У соцмережах з'явилося відео, на якому кілька військових однієї з бригад заявляють, що відмовляються виходити на позиції без ротації. Достовірність відео перевірити не вдалося, у бригаді його не коментують.""",
    [inc(["refusal"], country="UA", admin1=None, geo=None, force="UA", verification="unverified",
         cluster="h-brigade-video-2025-08")])

C.article("h115", "en", "Capital Streets", "2023-12-04", "https://example.org/capital-streets/2023/12/04/wives",
    "Wives of mobilised men rally in Moscow for their husbands' return",
    """Several dozen wives of mobilised men gathered near the Kremlin wall on Sunday to demand that their husbands be brought home after more than a year at the front. Police watched the gathering but detained no one.""")

C.article("h116", "ru", "Суды в цифрах", "2025-03-17", "https://example.org/sudy/2025/03/17/soch",
    "«Медиазона»: в 2024 году суды рассмотрели более 12 тысяч дел о СОЧ",
    """По подсчётам «Медиазоны», в 2024 году военные суды рассмотрели более 12 тысяч дел о самовольном оставлении части. Годом ранее таких дел было почти вдвое меньше.""",
    statistics=[stat("cases_heard", None, 12001, None, "2024-01-01", "2024-12-31", "RU", "RU", "Mediazona")])

C.article("h117", "en", "Volga Crime Wire", "2024-09-16", "https://example.org/vcw/2024/09/16/van",
    "Soldier awaiting desertion trial escapes from police van in Volgograd",
    """A soldier awaiting trial for desertion escaped from a military police van in Volgograd on Thursday while being taken to court, the regional outlet V1.ru reported. He was still at large on Monday.""",
    [inc(["desertion"], "2024-09-12", admin1="RU-VGG", place="Volgograd", lat=48.7138, lon=44.4976,
         loc="a military police van in Volgograd", best=1, low=1, high=1, at_large=1, via=["V1.ru"],
         cluster="h-volgograd-van-2024-09")])

C.article("h118", "uk", "Житомир Юридичний", "2025-06-23", "https://example.org/zhytomyr-law/2025/06/23/zvilnennia",
    "Суд у Житомирі звільнив від відповідальності військового, який повернувся зі СЗЧ",
    """Суд у Житомирі звільнив від кримінальної відповідальності військового, який уперше самовільно залишив частину, а згодом добровільно повернувся на службу. Провадження закрито відповідно до нових положень закону.""",
    [inc(["prosecution"], country="UA", admin1="UA-18", place="Zhytomyr", lat=50.2624, lon=28.6791,
         loc="Суд у Житомирі", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-zhytomyr-court-2025-06")])

C.article("h119", "en", "Transbaikal Times", "2025-01-20", "https://example.org/transbaikal/2025/01/20/absentia",
    "Chita court sentences soldier who fled to Kazakhstan in absentia",
    """The Chita garrison military court has sentenced in absentia a contract soldier who fled abroad, giving him eight years in a penal colony, according to the court's records. The man is believed to be in Kazakhstan.""",
    [inc(["prosecution"], admin1="RU-ZAB", place="Chita", lat=52.0431, lon=113.4917,
         loc="The Chita garrison military court", personnel=["contract"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-chita-absentia-2025-01")])

C.article("h120", "ru", "Подмосковье Онлайн", "2024-03-11", "https://example.org/podmoskovye/2024/03/11/pogib",
    "В воинской части в Подмосковье погиб срочник",
    """В воинской части в Подмосковье погиб военнослужащий срочной службы. Тело обнаружили сослуживцы во время утреннего построения. Следователи военного следственного отдела проводят проверку.""")

C.article("h121", "en", "Kyiv Policy", "2025-02-11", "https://example.org/kyiv-policy/2025/02/11/contracts",
    "Ukraine to let under-25 volunteers leave army after one-year contract",
    """Ukraine's defence ministry announced contracts that allow volunteers aged 18 to 24 to leave the army after one year of service, with a cash bonus. Officials hope the scheme will attract recruits who fear being kept in service indefinitely.""")

C.article("h122", "ru", "Урал Онлайн", "2025-02-26", "https://example.org/ural-online/2025/02/26/tagil",
    "Покинувшие часть в Нижнем Тагиле военные задержаны",
    """Восемь военнослужащих, которые 23 февраля покинули расположение части в Нижнем Тагиле, задержаны, сообщили в военной прокуратуре округа. Все они были без оружия.""",
    [inc(["desertion"], "2025-02-23", admin1="RU-SVE", place="Nizhny Tagil", lat=57.9194, lon=59.965,
         loc="расположение части в Нижнем Тагиле", best=8, low=8, high=8, detained=8, armed=False,
         verification="confirmed", cluster="h-tagil-2025-02")])

C.article("h123", "uk", "Полісся Сьогодні", "2025-03-12", "https://example.org/polissia/2025/03/12/navchalnyi",
    "Троє військових, які втекли з навчального центру, повернулися самі",
    """Минулого тижня з навчального центру на Житомирщині втекли троє військовослужбовців. За кілька днів усі вони повернулися до частини самостійно, повідомили в командуванні.""",
    [inc(["desertion"], "2025-03-03", "2025-03-09", "week", country="UA", admin1="UA-18", geo="admin1",
         loc="з навчального центру на Житомирщині", force="UA", best=3, low=3, high=3, verification="confirmed",
         cluster="h-zhytomyr-training-2025-03")])

# --- h124 onwards: an eighth batch, scored before any tuning on it.

C.article("h124", "en", "Volga Voices", "2025-03-10", "https://example.org/volga-voices/2025/03/10/saratov",
    "Wounded soldier taken from hospital and sent back to the front, mother says",
    """Military police took a wounded contract soldier from a hospital in Saratov on 4 March and sent him back to the front before his treatment was finished, his mother told the outlet Vot Tak.

"They came into the ward and told him to get dressed," she said. The regional health ministry did not comment.""",
    [inc(["enforcement"], "2025-03-04", admin1="RU-SAR", place="Saratov", lat=51.5406, lon=46.0086,
         loc="a hospital in Saratov", personnel=["contract"], perpetrator="military_police", best=1, low=1, high=1,
         via=["Vot Tak"], cluster="h-saratov-hospital-2025-03")])

C.article("h125", "ru", "Курск Без Цензуры", "2024-10-28", "https://example.org/kursk-bc/2024/10/28/podval",
    "Источник: «сочинцев» держат в подвале бывшей школы",
    """В Курской области военнослужащих, задержанных за самовольное оставление части, держат в подвале бывшей школы, рассказал изданию источник в одной из частей. По его словам, там находятся не меньше тридцати человек. Подтвердить эту информацию не удалось.""",
    [inc(["enforcement"], admin1="RU-KRS", geo="admin1", loc="в подвале бывшей школы", low=30,
         verification="unverified", cluster="h-kursk-school-basement-2024")])

C.article("h126", "uk", "Одеса Юридична", "2025-05-14", "https://example.org/odesa-law/2025/05/14/dbr",
    "ДБР повідомило про підозру у дезертирстві військовому",
    """Слідчі ДБР повідомили про підозру у дезертирстві військовослужбовцю, який із січня не з'являвся на службі й переховувався в Одесі. Йому загрожує до 12 років позбавлення волі.""",
    [inc(["prosecution"], country="UA", admin1=None, geo=None, force="UA", best=1, low=1, high=1,
         verification="confirmed", cluster="h-odesa-dbr-2025-05")])

C.article("h127", "en", "Southern Front Notes", "2023-09-18", "https://example.org/sfn/2023/09/18/robotyne",
    "Platoon lays down arms near Robotyne, refuses to attack",
    """A platoon of about 15 Russian soldiers laid down their arms near Robotyne on Saturday and told their commanders they would not attack again, according to a soldier's post shared by the channel Astra.""",
    [inc(["refusal"], "2023-09-16", country="UA", admin1="UA-23", place="Robotyne", lat=47.4464, lon=35.8361,
         geo="admin2", loc="near Robotyne", best=15, via=["Astra"], cluster="h-robotyne-2023-09")])

C.article("h128", "ru", "Белгород Онлайн", "2024-08-14", "https://example.org/belgorod-online/2024/08/14/podchinenie",
    "В Белгородской области военные вышли из подчинения командира",
    """В понедельник в Белгородской области около сорока военнослужащих одной из мотострелковых рот вышли из подчинения и отказались выполнять приказы командира, требуя ротации. Об этом пишет «Вёрстка».""",
    [inc(["mutiny", "refusal"], "2024-08-12", admin1="RU-BEL", geo="admin1", loc="в Белгородской области", best=40,
         via=["Verstka"], cluster="h-belgorod-insubordination-2024-08")])

C.article("h129", "en", "Yakutia Crime", "2024-02-19", "https://example.org/yakutia-crime/2024/02/19/guards",
    "Prison guards suspended after inmate escapes in Yakutsk",
    """Two guards at a pre-trial detention centre in Yakutsk were suspended after an inmate escaped through a ventilation shaft on Friday, the regional prison service said. The man was recaptured the next day.""")

C.article("h130", "en", "Belgorod Incidents", "2024-01-15", "https://example.org/belgorod-incidents/2024/01/15/shooting",
    "Soldier shoots two comrades and flees with rifle in Belgorod region",
    """A soldier shot two comrades at a unit in the Belgorod region on Sunday and fled with his rifle, the regional governor said. He was detained several hours later in a nearby village.""",
    [inc(["desertion"], "2024-01-14", admin1="RU-BEL", geo="admin1", loc="a unit in the Belgorod region", best=1,
         low=1, high=1, detained=1, armed=True, verification="confirmed", cluster="h-belgorod-shooting-2024-01")])

C.article("h131", "uk", "Дороги Буковини", "2025-01-09", "https://example.org/bukovyna-roads/2025/01/09/blokpost",
    "На блокпостах Буковини вручають повістки",
    """На блокпостах на в'їзді до Чернівців представники ТЦК разом із поліцією перевіряють документи у чоловіків призовного віку. Тим, хто не оновив дані, вручають повістки.""")

C.article("h132", "ru", "Оборона Сегодня", "2023-06-05", "https://example.org/oborona/2023/06/05/mo",
    "Минобороны признало тысячи случаев СОЧ",
    """Минобороны России в ответе на запрос депутата признало, что в самовольном оставлении части числятся 3 200 мобилизованных. Данные приведены по состоянию на 1 июня 2023 года.""",
    statistics=[stat("servicemen_absent", 3200, 3200, 3200, None, "2023-06-01", "RU", "RU",
                     "Russian Ministry of Defense")])

C.article("h133", "en", "Minsk Monitor", "2024-07-22", "https://example.org/minsk-monitor/2024/07/22/kgb",
    "Belarusian KGB detains Russian deserter, rights group says",
    """Belarus's KGB detained a Russian soldier in the Gomel region who had crossed into the country after deserting from his unit, the human rights group Viasna said. It is not known when he was detained.""",
    [inc(["enforcement"], country="BY", admin1="BY-HO", geo="admin1", loc="in the Gomel region", perpetrator="KGB",
         best=1, low=1, high=1, detained=1, via=["Viasna"], cluster="h-gomel-2024")])

C.article("h134", "uk", "Дніпро Новини", "2025-09-29", "https://example.org/dnipro-news/2025/09/29/vidpustka",
    "Військовий не повернувся до частини після відпустки",
    """Військовослужбовець, який після поранення лікувався в Дніпрі, не повернувся до своєї частини після закінчення відпустки. Його розшукує військова служба правопорядку.""",
    [inc(["desertion"], country="UA", admin1=None, geo=None, force="UA", best=1, low=1, high=1,
         cluster="h-dnipro-leave-2025-09")])

# --- h135 onwards: a ninth batch, written last and scored before any tuning on it.

C.article("h135", "en", "Border Families", "2024-08-26", "https://example.org/border-families/2024/08/26/outpost",
    "Conscripts at Kursk border outpost refuse to move to front line, parents say",
    """Up to a hundred conscripts at a border outpost in the Kursk region refused on Thursday to move to the front line, their parents said in a letter published by a regional news site. The defence ministry has said conscripts are not sent into combat.""",
    [inc(["refusal"], "2024-08-22", admin1="RU-KRS", geo="admin1", loc="a border outpost in the Kursk region",
         personnel=["conscript"], high=100, cluster="h-kursk-outpost-2024-08")])

C.article("h136", "ru", "Иркутск Онлайн", "2023-03-09", "https://example.org/irk-online/2023/03/09/peshkom",
    "Мобилизованный из Иркутска бросил позиции и пешком дошёл до Луганска",
    """Мобилизованный из Иркутска бросил позиции под Сватово и пешком дошёл до Луганска, где 3 марта его задержала военная полиция. Об этом рассказала его сестра изданию «Люди Байкала».""",
    [inc(["desertion"], country="UA", admin1="UA-09", place="Svatove", lat=49.4093, lon=38.1553, geo="admin2",
         loc="позиции под Сватово", personnel=["mobilized"], best=1, low=1, high=1, via=["Lyudi Baikala"],
         cluster="h-svatove-2023-03"),
     inc(["enforcement"], "2023-03-03", country="UA", admin1="UA-09", place="Luhansk", lat=48.5681, lon=39.3055,
         loc="до Луганска", personnel=["mobilized"], perpetrator="military_police", best=1, low=1, high=1, detained=1,
         via=["Lyudi Baikala"], cluster="h-luhansk-arrest-2023-03")])

C.article("h137", "uk", "Освіта Сьогодні", "2024-11-11", "https://example.org/osvita/2024/11/11/litsei",
    "Двоє ліцеїстів утекли з казарми військового ліцею",
    """Уночі двоє учнів військового ліцею втекли з казарми, щоб потрапити на концерт у сусідньому місті. Вранці їх знайшли батьки, хлопців чекає дисциплінарне стягнення, повідомила адміністрація ліцею.""")

C.article("h138", "en", "Moscow Region Courts", "2025-04-15", "https://example.org/mrc/2025/04/15/officer",
    "Officer who refused to send men into 'meat assaults' gets seven years",
    """A garrison military court in the Moscow region sentenced a lieutenant to seven years in a penal colony for refusing to carry out an order to send his platoon into an assault, Mediazona reported, citing the verdict. The officer said the order would have killed his men for nothing.""",
    [inc(["prosecution"], admin1="RU-MOS", geo="admin1", loc="A garrison military court in the Moscow region",
         personnel=["officer"], best=1, low=1, high=1, via=["Mediazona"], verification="confirmed",
         cluster="h-moscow-region-officer-2025-04")])

C.article("h139", "ru", "Дон Вокзал", "2024-04-30", "https://example.org/don-vokzal/2024/04/30/dokumenty",
    "На вокзале в Ростове задержали военных с поддельными отпускными",
    """В воскресенье на вокзале в Ростове-на-Дону военная комендатура задержала четверых военнослужащих, которые пытались уехать домой по поддельным отпускным документам. Их вернули в часть, сообщает Rostov Glavny.""",
    [inc(["enforcement"], "2024-04-28", admin1="RU-ROS", place="Rostov-on-Don", lat=47.22, lon=39.7077,
         loc="на вокзале в Ростове-на-Дону", perpetrator="commandant's office", best=4, low=4, high=4, detained=4,
         via=["Rostov Glavny"], cluster="h-rostov-station-2024-04")])

C.article("h140", "en", "Kyiv Parliament Watch", "2025-01-15", "https://example.org/kpw/2025/01/15/martial-law",
    "Parliament extends martial law and mobilisation for 90 days",
    """Ukraine's parliament voted on Wednesday to extend martial law and general mobilisation for another 90 days. Lawmakers also debated a bill on demobilisation rules, which was sent back for revision.""")

C.article("h141", "uk", "Правосуддя Інфо", "2025-05-20", "https://example.org/pravosuddia/2025/05/20/dbr",
    "ДБР з початку року скерувало до суду понад 3 тисячі справ про дезертирство",
    """З початку 2025 року Державне бюро розслідувань скерувало до суду понад 3 тисячі кримінальних справ щодо дезертирства та самовільного залишення частин, повідомили в бюро.""",
    statistics=[stat("cases_opened", None, 3001, None, "2025-01-01", "2025-05-20", "UA", "UA",
                     "State Bureau of Investigation")])

C.article("h142", "en", "Black Earth Wire", "2024-06-10", "https://example.org/bew/2024/06/10/field-camp",
    "Nine soldiers walk out of field camp near Belgorod",
    """Nine soldiers walked out of a field camp near Belgorod on Friday night and tried to reach Voronezh by taxi, the outlet SOTA reported. Police stopped all nine the next morning.""",
    [inc(["desertion"], "2024-06-07", admin1="RU-BEL", place="Belgorod", lat=50.5977, lon=36.5858, geo="admin2",
         loc="a field camp near Belgorod", best=9, low=9, high=9, detained=9, via=["Sota"],
         cluster="h-belgorod-camp-2024-06")])

C.article("h143", "ru", "Саратов Суд", "2024-12-02", "https://example.org/saratov-sud/2024/12/02/moshennik",
    "Бывшего военного осудили за мошенничество с выплатами",
    """В Саратове суд приговорил бывшего военнослужащего к трём годам условно за мошенничество: он оформил выплаты за ранение, которого не было. Ущерб государству превысил два миллиона рублей.""")

C.article("h144", "en", "Ukraine Explained", "2024-06-03", "https://example.org/ukraine-explained/2024/06/03/szch",
    "What is SZCh? Ukraine's term for going AWOL, explained",
    """SZCh is the Ukrainian abbreviation for unauthorised abandonment of a military unit. This explainer sets out what typically happens when a soldier goes AWOL, how the law distinguishes it from desertion, and what penalties apply.""")

C.article("h145", "uk", "Кривбас Сьогодні", "2025-07-14", "https://example.org/kryvbas/2025/07/14/rozshuk",
    "У Кривому Розі затримали військового, якого розшукували за дезертирство",
    """У четвер у Кривому Розі патрульні затримали військовослужбовця, який перебував у розшуку за дезертирство. Його передали військовій службі правопорядку, повідомили в поліції Дніпропетровщини.""",
    [inc(["enforcement"], "2025-07-10", country="UA", admin1="UA-12", place="Kryvyi Rih", lat=47.9057, lon=33.394,
         loc="у Кривому Розі", force="UA", perpetrator="police", best=1, low=1, high=1, detained=1,
         verification="confirmed", cluster="h-kryvyi-rih-2025-07")])

# --- h146 onwards: a tenth batch, written after all the fixes above and scored as they stand.

C.article("h146", "en", "Zaporizhzhia Front Log", "2023-10-02", "https://example.org/zfl/2023/10/02/tokmak",
    "Tank crews quit posts near Tokmak, hide in village for a week",
    """Twenty soldiers from a Russian tank regiment quit their posts near Tokmak and hid in an abandoned village for a week before military police found all of them, a soldier from the regiment told the outlet Vot Tak.""",
    [inc(["desertion"], country="UA", admin1="UA-23", place="Tokmak", lat=47.2555, lon=35.7084, geo="admin2",
         loc="their posts near Tokmak", best=20, low=20, high=20, detained=20, via=["Vot Tak"],
         cluster="h-tokmak-2023")])

C.article("h147", "ru", "Саратов Суд Онлайн", "2024-03-19", "https://example.org/saratov-court/2024/03/19/arest",
    "Суд арестовал мобилизованного, обвиняемого в оставлении части",
    """Гарнизонный военный суд в Саратовской области арестовал на два месяца мобилизованного, обвиняемого в самовольном оставлении части в период мобилизации, сообщили в пресс-службе суда.""",
    [inc(["prosecution"], admin1="RU-SAR", geo="admin1", loc="Гарнизонный военный суд в Саратовской области",
         personnel=["mobilized"], best=1, low=1, high=1, verification="confirmed", cluster="h-saratov-court-2024-03")])

C.article("h148", "uk", "Суми Сьогодні", "2025-06-02", "https://example.org/sumy-today/2025/06/02/povernuvsia",
    "Військовий, який пішов у СЗЧ, добровільно повернувся на службу",
    """Військовослужбовець, який у квітні самовільно залишив бригаду на Сумщині, добровільно повернувся на службу, повідомили в бригаді. Відповідно до закону, його звільнять від кримінальної відповідальності.""",
    [inc(["desertion"], "2025-04-01", "2025-04-30", "month", country="UA", admin1="UA-59", geo="admin1",
         loc="бригаду на Сумщині", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-sumy-brigade-2025-04")])

C.article("h149", "en", "Kursk Incursion Watch", "2024-09-02", "https://example.org/kiw/2024/09/02/marines",
    "Marines in Kursk region refuse orders after heavy losses, video shows",
    """A group of Russian marines fighting in the Kursk region say in a video that they refused orders to attack again after losing most of their company. The video could not be independently verified.""",
    [inc(["refusal"], admin1="RU-KRS", geo="admin1", loc="in the Kursk region", verification="unverified",
         cluster="h-kursk-marines-2024-09")])

C.article("h150", "ru", "Авто Криминал", "2025-01-21", "https://example.org/avto-crime/2025/01/21/gruzovik",
    "Полиция задержала угонщика военного грузовика",
    """В Туле полиция задержала мужчину, который угнал армейский грузовик со стоянки у воинской части и бросил его на окраине города. Угонщик объяснил, что хотел доехать до дома.""")

C.article("h151", "en", "Good News Daily", "2024-07-29", "https://example.org/gnd/2024/07/29/rescue",
    "Soldier on leave rescues drowning child",
    """A soldier home on leave pulled a seven-year-old boy out of a river in Tver region on Saturday after the child was swept away by the current, local officials said. The boy was treated in hospital and is recovering.""")

C.article("h152", "uk", "Судова Статистика", "2025-02-03", "https://example.org/sud-stat/2025/02/03/zakryto",
    "Торік суди закрили 4 тисячі справ про СЗЧ",
    """У 2024 році суди закрили близько 4 тисяч кримінальних справ про самовільне залишення частини після того, як військові повернулися на службу, свідчать дані судової влади.""",
    statistics=[stat("cases_closed", 4000, None, None, "2024-01-01", "2024-12-31", "UA", "UA",
                     "Judiciary of Ukraine")])

C.article("h153", "ru", "Вагнер-Вотч", "2023-06-05", "https://example.org/wagner-watch/2023/06/05/shtorm",
    "Бойцы «Шторм Z» подрались с командирами и ушли с позиций",
    """В конце мая бойцы одного из отрядов «Шторм Z», набранные из заключённых, подрались с командирами и самовольно ушли с позиций под Бахмутом, пишет «Вёрстка».""",
    [inc(["mutiny", "desertion"], "2023-05-01", "2023-05-31", "month", country="UA", admin1="UA-14", place="Bakhmut",
         lat=48.5942, lon=37.9989, geo="admin2", loc="с позиций под Бахмутом", personnel=["convict"], unit="Storm-Z",
         via=["Verstka"], cluster="h-bakhmut-stormz-2023-05")])

C.article("h154", "ru", "Ульяновск Онлайн", "2024-10-24", "https://example.org/ulyanovsk/2024/10/24/kvartira",
    "В Ульяновске военные полицейские пришли за сбежавшим контрактником",
    """В ночь на среду в Ульяновске военные полицейские ворвались в квартиру к контрактнику, сбежавшему из части, и задержали его. Об этом рассказала его жена изданию «Вот Так».""",
    [inc(["enforcement"], "2024-10-23", admin1="RU-ULY", place="Ulyanovsk", lat=54.3282, lon=48.3866,
         loc="В Ульяновске", personnel=["contract"], perpetrator="military_police", best=1, low=1, high=1, detained=1,
         via=["Vot Tak"], cluster="h-ulyanovsk-2024-10")])

C.article("h155", "en", "Data Journalism Notes", "2024-12-16", "https://example.org/djn/2024/12/16/guide",
    "How to track military court cases: a guide",
    """This guide explains how researchers can search the websites of garrison military courts for cases under articles 337 and 338. It covers search filters, typical delays in publication, and how to read case cards.""")

# --- h156 onwards: an eleventh batch in new shapes (wire datelines, cut search excerpts, Telegram reposts,
# translations, digests with several items), scored before any rule was changed for it.

C.article("h156", "en", "Eastern Europe Wire", "2024-08-12", "https://example.org/eew/2024/08/12/roundup",
    "Drones hit Belgorod region; three soldiers flee training ground",
    """BELGOROD, Russia, Aug 12 (EEW) - Ukrainian drones struck an electricity substation in Belgorod region overnight, cutting power to several villages, the regional governor said on Monday. No casualties were reported.

Separately, three contract soldiers fled a training ground in Voronezh region on Saturday, the regional news site Vesti Chernozemya reported. Military police caught two of them the following day; the third is still being sought.

In Kursk region, officials said evacuation of border districts would continue through the week.""",
    [inc(["desertion"], "2024-08-10", admin1="RU-VOR", geo="admin1", loc="a training ground in Voronezh region",
         personnel=["contract"], best=3, low=3, high=3, detained=2, at_large=1, via=["Vesti Chernozemya"],
         cluster="h-voronezh-range-2024-08")])

C.article("h157", "ru", "Сибирский Вестник", "2024-06-20", "https://example.org/sib-vestnik/2024/06/20/prigovor",
    "Мобилизованному дали пять лет за невозвращение из отпуска",
    """Как сообщает пресс-служба Новосибирского гарнизонного военного суда, во вторник мобилизованный житель области получил пять лет колонии за самовольное оставление части в период мобилизации. По данным суда, осенью прошлого года он не вернулся в часть после отпуска и несколько месяцев жил у родственников.""",
    # as in the dev court stories, the absence the verdict punishes is its own incident (unplaced)
    [inc(["desertion"], "2023-09-01", "2023-11-30", "month", country=None, geo=None, personnel=["mobilized"],
         best=1, low=1, high=1, verification="confirmed", cluster="h-novosibirsk-absence-2023"),
     inc(["prosecution"], "2024-06-18", admin1="RU-NVS", place="Novosibirsk", lat=55.0415, lon=82.9346,
         loc="Новосибирского гарнизонного военного суда", personnel=["mobilized"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-novosibirsk-court-2024-06")])

C.article("h158", "ru", "Репост Ленты", "2025-02-14", "https://example.org/repost/2025/02/14/belgorod",
    "⚡️ Из части в Белгороде сбежали пятеро срочников",
    """⚡️🇷🇺 СРОЧНО

Сегодня ночью из воинской части в Белгороде сбежали пятеро срочников 😳 Их ищет военная полиция, пишет канал «Белгород Инсайд». Официально информацию пока не подтвердили.

#СОЧ #Белгород #армия
👉 Подписывайтесь, чтобы не пропустить главное""",
    [inc(["desertion"], "2025-02-14", admin1="RU-BEL", place="Belgorod", lat=50.5977, lon=36.5858,
         loc="из воинской части в Белгороде", personnel=["conscript"], best=5, low=5, high=5,
         via=["Belgorod Insaid"], verification="unverified", cluster="h-belgorod-conscripts-2025-02")])

C.article("h159", "en", "Russia in Translation", "2024-10-07", "https://example.org/rit/2024/10/07/search",
    "Police search parents' flat in hunt for runaway contract soldier",
    """Translated from Russian; the original report is by Astra.

Police in Vladivostok searched the apartment of the parents of a contract soldier who had left his unit, on Thursday, Astra reported. Officers took the father's phone and told the family their son faced up to ten years in prison. The soldier's whereabouts are unknown.""",
    [inc(["enforcement"], "2024-10-03", admin1="RU-PRI", place="Vladivostok", lat=43.1056, lon=131.8735,
         loc="Police in Vladivostok", personnel=["contract"], perpetrator="police", via=["Astra"],
         cluster="h-vladivostok-search-2024-10")])

C.article("h160", "ru", "Правозащитная сеть «Выход»", "2024-12-02", "https://example.org/vykhod/2024/12/02/noyabr",
    "Обзор за ноябрь: задержания, приговоры, отказы",
    """Ежемесячный обзор нашей сети.

— 11 ноября в Курске военные полицейские задержали двух «сочинцев» прямо на автовокзале.
— 19 ноября суд в Улан-Удэ приговорил контрактника к шести годам за отказ идти в бой.
— 25 ноября четверо мобилизованных из Ставропольского края записали видео, в котором отказались возвращаться на фронт после госпиталя. Проверить подлинность ролика не удалось.

Всего за ноябрь на нашу горячую линию обратились 312 военнослужащих и их родственников.""",
    [inc(["enforcement"], "2024-11-11", admin1="RU-KRS", place="Kursk", lat=51.7373, lon=36.1873,
         loc="в Курске", perpetrator="military_police", best=2, low=2, high=2, detained=2,
         cluster="h-kursk-busstation-2024-11"),
     inc(["prosecution"], "2024-11-19", admin1="RU-BU", place="Ulan-Ude", lat=51.8272, lon=107.6063,
         loc="суд в Улан-Удэ", personnel=["contract"], best=1, low=1, high=1, verification="confirmed",
         cluster="h-ulan-ude-2024-11"),
     # where they refused is not stated; Stavropol region is their home, not the place of the act
     inc(["refusal"], "2024-11-25", country=None, geo=None, force="RU",
         personnel=["mobilized"], best=4, low=4, high=4, verification="unverified",
         cluster="h-stavropol-video-2024-11")],
    [stat("requests_for_help", 312, None, None, "2024-11-01", "2024-11-30", "RU", "RU", "Vykhod")])

C.article("h161", "en", "Ukraine Rights Monitor", "2025-07-01", "https://example.org/urm/2025/07/01/june",
    "June in brief: desertion cases and conduct of recruitment officers",
    """Our June digest.

* On 9 June a district court in Lviv sentenced a soldier to five years for desertion under article 408.
* On 17 June three soldiers of a brigade left their positions near Pokrovsk without permission; the brigade said all three came back within a week.
* A video from Kharkiv showed recruitment officers beating a man at a checkpoint; police opened a probe.""",
    [inc(["prosecution"], "2025-06-09", country="UA", admin1="UA-46", place="Lviv", lat=49.8383, lon=24.0232,
         loc="a district court in Lviv", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-lviv-court-2025-06"),
     inc(["desertion"], "2025-06-17", country="UA", admin1="UA-14", place="Pokrovsk", lat=48.2829, lon=37.1753,
         geo="admin2", loc="their positions near Pokrovsk", force="UA", best=3, low=3, high=3,
         verification="confirmed", cluster="h-pokrovsk-szch-2025-06")])

C.article("h162", "en", "Search Digest", "2024-04-17", "https://example.org/search-digest/2024/04/17/excerpt",
    "... casualties; Yekaterinburg court jails two soldiers",
    """... the General Staff said on Tuesday, adding that air defences had downed 14 drones overnight. Meanwhile in Russia's Sverdlovsk region a garrison court in Yekaterinburg sentenced two contract soldiers to five and a half years each for leaving their unit without permission, court records show. Both men had been detained in Jan""",
    [inc(["prosecution"], admin1="RU-SVE", place="Yekaterinburg", lat=56.8519, lon=60.6122,
         loc="a garrison court in Yekaterinburg", personnel=["contract"], best=2, low=2, high=2,
         verification="confirmed", cluster="h-yekaterinburg-court-2024-04")])

C.article("h163", "ru", "Поиск Новостей", "2023-07-07", "https://example.org/poisk/2023/07/07/luga",
    "…учебного центра под Лугой сбежали трое мобилизованных",
    """…ранее сообщалось. В Ленинградской области в ночь на 5 июля из учебного центра под Лугой сбежали трое мобилизованных, сообщает «Фонтанка». Одного задержали на следующий день в Петербурге, двое остаются в розы""",
    [inc(["desertion"], "2023-07-05", admin1="RU-LEN", place="Luga", lat=58.7375, lon=29.8453, geo="admin2",
         loc="из учебного центра под Лугой", personnel=["mobilized"], best=3, low=3, high=3, detained=1,
         at_large=2, via=["Fontanka"], cluster="h-luga-2023-07")])

C.article("h164", "uk", "Поліція Полісся", "2025-03-03", "https://example.org/polissia/2025/03/03/szch",
    "‼️ На Житомирщині затримали військового, який рік був у СЗЧ",
    """‼️ У суботу на Житомирщині поліцейські затримали військовослужбовця, який понад рік перебував у СЗЧ 👮‍♂️ Чоловіка передали військовій службі правопорядку, повідомили в поліції області.

#СЗЧ #Житомирщина""",
    [inc(["enforcement"], "2025-03-01", country="UA", admin1="UA-18", geo="admin1", loc="на Житомирщині",
         force="UA", perpetrator="police", best=1, low=1, high=1, detained=1, verification="confirmed",
         cluster="h-zhytomyr-2025-03")])

C.article("h165", "en", "Frontline Villages", "2024-05-20", "https://example.org/fv/2024/05/20/deserted",
    "A deserted village: the last residents leave under shelling",
    """The village near the border is almost deserted now. The last families fled last week after shelling destroyed the school, and only two elderly men refused to leave their homes, local volunteers said.""")

C.article("h166", "ru", "Военная Экономика", "2024-09-09", "https://example.org/voen-econ/2024/09/09/ipoteka",
    "Военнослужащие отказываются от военной ипотеки",
    """В Забайкалье всё больше военнослужащих отказываются от военной ипотеки из-за высоких цен на жильё, сообщили в региональном отделении Росвоенипотеки. За полгода от программы отказались около 200 человек.""")

C.article("h167", "en", "Sports Desk", "2025-01-27", "https://example.org/sports-desk/2025/01/27/camp",
    "Midfielder deserts club's winter training camp",
    """Army club CSKA said its midfielder had left the team's winter training camp in Turkey without permission and would be fined. The player's agent said he had gone home for family reasons.""")

C.article("h168", "ru", "Московские Новости Онлайн", "2024-02-12", "https://example.org/mno/2024/02/12/uklonist",
    "В Москве задержали мужчину, не явившегося по повестке",
    """В Москве полиция задержала 27-летнего мужчину, который не явился в военкомат по повестке. На него составили протокол, его отпустили, сообщили в ГУ МВД.""")

C.article("h169", "uk", "Кіно Тижня", "2025-04-04", "https://example.org/kino/2025/04/04/dezertyr",
    "У прокат виходить драма «Дезертир»",
    """Цього тижня в кінотеатрах стартує драма «Дезертир» про солдата Першої світової, який тікає з фронту додому. Режисер розповів, що знімав фільм три роки.""")

C.article("h170", "en", "Siberia Translated", "2023-11-14", "https://example.org/siberia-tr/2023/11/14/tuva",
    "Fifteen mobilised men from Tuva refuse to return to the front",
    """This is our translation of a report by Sibir.Realii. Fifteen mobilised men from Tuva refused to go back to the front after their leave and recorded an appeal to the head of the republic on Sunday. The region's military commissariat said it was "working with" the men.""",
    # where they refused is not stated; Tuva is their home, not the place of the act
    [inc(["refusal"], "2023-11-12", country=None, geo=None, personnel=["mobilized"],
         best=15, low=15, high=15, via=["Sibir.Realii"], cluster="h-tuva-appeal-2023-11")])

# --- batch h171-h180: long pieces with background sections, cross-language reports, an interview, confusables

C.article("h171", "en", "Black Sea Observer", "2025-03-05", "https://example.org/bso/2025/03/05/izmail",
    "Border guards stop three AWOL soldiers trying to reach Moldova",
    """Ukrainian border guards on Monday detained three servicemen who had left their unit without authorisation and were trying to cross into Moldova on foot near Izmail, the State Border Guard Service said on Wednesday.

The men, aged between 27 and 41, had been absent from their brigade for about two weeks, according to the statement. They were handed over to the military law enforcement service, and investigators will decide whether to open cases against them. A guide who had promised to lead them across the Danube floodplain for several thousand dollars was also detained.

Context

Leaving a unit without permission, known in Ukraine by its abbreviation SZCh, has become one of the most debated problems of the war. Parliament changed the law last year so that soldiers who return to service voluntarily for the first time can avoid criminal liability, and commanders have been told to take such men back. Human-rights lawyers say the change has brought many people back to the ranks, while some officers complain that it encourages repeat absences.

Attempts to leave the country illegally remain a separate offence. Border guards regularly report detaining men of conscription age in the mountains of the west and along the Tisza river, and similar stories about serving soldiers have surfaced before in the south of the country.

The border service did not name the brigade. It said the three men would be questioned about who helped them reach the border area.""",
    [inc(["enforcement"], "2025-03-03", country="UA", admin1="UA-51", place="Izmail", lat=45.3506, lon=28.8375,
         geo="admin2", loc="near Izmail", force="UA", perpetrator="border_guards", best=3, low=3, high=3,
         detained=3, verification="confirmed", cluster="h-izmail-2025-03")])

C.article("h172", "ru", "Южноуральский Курьер", "2024-10-16", "https://example.org/yuk/2024/10/16/kopeysk",
    "В Копейске задержали контрактника, сбежавшего из части",
    """В Копейске сотрудники военной полиции в понедельник задержали военнослужащего по контракту, который в августе самовольно покинул свою часть в Чебаркуле, сообщил источник «Курьера» в правоохранительных органах.

По словам собеседника издания, 32-летний мужчина два месяца жил у знакомых на окраине города и почти не выходил из дома. Задержали его рано утром, когда он вышел к машине. Сопротивления он не оказал. Теперь ему грозит уголовное дело по статье о самовольном оставлении части, максимальное наказание по которой в военное время достигает десяти лет лишения свободы.

Родственники военнослужащего от комментариев отказались. В пресс-службе Центрального военного округа на запрос редакции не ответили.

Напомним, ранее в регионе уже задерживали военных, самовольно оставивших часть: несколько таких дел в прошлом году рассматривал Челябинский гарнизонный военный суд. Осенью двадцать второго года жители области массово жаловались на условия в учебных центрах, а некоторые мобилизованные тогда публично отказывались ехать на фронт.

Ранее «Курьер» рассказывал, как родственники мобилизованных ищут юристов, чтобы оформить отсрочку или перевод. Юристы говорят, что обращений с каждым месяцем становится больше, но большинство из них касается не побегов, а отпусков и лечения.""",
    [inc(["enforcement"], "2024-10-14", admin1="RU-CHE", place="Kopeysk", lat=55.1169, lon=61.6181,
         loc="В Копейске", personnel=["contract"], perpetrator="military_police", best=1, low=1, high=1,
         detained=1, cluster="h-kopeysk-2024-10")])

C.article("h173", "uk", "Фронтові Зведення", "2025-05-12", "https://example.org/fz/2025/05/12/robotyne",
    "Російські штурмовики відмовилися йти в атаку під Роботиним — перехоплення",
    """Військовослужащі 58-ї загальновійськової армії РФ 9 травня відмовилися виходити на штурм поблизу Роботиного на Запорізькому напрямку. Про це свідчить перехоплена розмова, яку оприлюднило Головне управління розвідки.

На записі російський військовий розповідає родичу, що приблизно двадцять бійців його роти сказали командиру, що не підуть у наступ без артилерійської підтримки. За його словами, командир погрожував відправити їх «на підвал», але до вечора штурм скасували.

Незалежно перевірити цю інформацію неможливо.

Нагадаємо, раніше розвідка вже публікувала перехоплення, в яких окупанти скаржилися на втрати, нестачу води та побиття з боку командирів. У квітні на тому ж напрямку українські сили відбили кілька спроб росіян прорватися до позицій поблизу Степового.""",
    [inc(["refusal"], "2025-05-09", country="UA", admin1="UA-23", place="Robotyne", lat=47.4478, lon=35.8375,
         geo="admin2", loc="поблизу Роботиного", force="RU", unit="58th Combined Arms Army", best=20, low=None,
         high=None, via=["HUR"], verification="unverified", cluster="h-robotyne-2025-05")])

C.article("h174", "en", "The Long Read Weekly", "2024-11-20", "https://example.org/lrw/2024/11/20/mother",
    "'I just want him alive': a mother on her son's flight from the front",
    """The woman answers the phone from a small town in Russia's Orenburg region. She asks us not to use her name or her son's. "I just want him alive," she says. "Whatever they call him now."

Her son, a mobilised soldier, left his unit near Svatove in the occupied part of Ukraine's Luhansk region in September, she says, after his company was sent forward three times in a week. He walked for two days before a driver agreed to take him east. She has not seen him since and says she does not know where he is.

"He called me once from a stranger's phone," she says. "He said: 'Mum, I am not going back there. They send us like meat.'"

Recall

Russia announced a "partial" mobilisation in September 2022. Men called up then have no right to leave the army until the end of what the Kremlin calls the special military operation, and their wives and mothers have campaigned for rotation for two years. Some of those groups were later labelled foreign agents. Lawyers who advise soldiers say calls from men who want to leave the front have become common.

The mother says that since October men in uniform have come to her flat twice to ask about her son. She says she told them the truth: she does not know where he is. "They were polite," she says. "But I understood what they meant."

The defence ministry did not reply to a request for comment. We were unable to independently verify her account.""",
    [inc(["desertion"], "2024-09-01", "2024-09-30", "month", country="UA", admin1="UA-09", place="Svatove",
         lat=49.4093, lon=38.1553, geo="admin2", loc="his unit near Svatove", personnel=["mobilized"],
         best=1, low=1, high=1, verification="unverified", cluster="h-svatove-mother-2024-09")])

C.article("h175", "ru", "Дальневосточный Вестник", "2024-08-22", "https://example.org/dv/2024/08/22/sud",
    "Хабаровский гарнизонный суд приговорил мобилизованного к шести годам колонии",
    """Хабаровский гарнизонный военный суд во вторник приговорил мобилизованного военнослужащего к шести годам колонии общего режима за самовольное оставление части в период мобилизации, следует из карточки дела на сайте суда.

По данным суда, мужчина не вернулся в часть после отпуска и больше трёх месяцев находился дома. Вину он признал. Приговор в законную силу пока не вступил, защита намерена его обжаловать.

Ранее тот же суд рассматривал несколько похожих дел. Как правило, обвиняемые получают реальные сроки, хотя в прошлом году часть из них суд отправил обратно в зону боевых действий с условным наказанием.

Контекст

Статья 337 Уголовного кодекса о самовольном оставлении части была ужесточена осенью 2022 года, вскоре после объявления мобилизации. С тех пор правозащитники фиксируют рост числа приговоров по этой статье по всей стране, а также случаи, когда осуждённых снова отправляют на фронт.""",
    [inc(["prosecution"], "2024-08-20", admin1="RU-KHA", place="Khabarovsk", lat=48.4820, lon=135.0838,
         loc="Хабаровский гарнизонный военный суд", personnel=["mobilized"], best=1, low=1, high=1,
         verification="confirmed", cluster="h-khabarovsk-court-2024-08")])

C.article("h176", "en", "Kyiv Courts Review", "2025-02-19", "https://example.org/kcr/2025/02/19/odesa",
    "Odesa court jails soldier who twice went AWOL",
    """A district court in Odesa on Tuesday sentenced a Ukrainian soldier to five years in prison for leaving his unit without permission a second time, the regional prosecutor's office said.

The man had already used the one-time right to return without punishment that parliament introduced last year, the prosecutors said, and left again within a month. He was found at a relative's home in the city.

Ukraine's unified court register lists thousands of such cases. Lawyers say repeat absences are now punished more harshly than first ones.""",
    [inc(["prosecution"], "2025-02-18", country="UA", admin1="UA-51", place="Odesa", lat=46.4857, lon=30.7438,
         loc="A district court in Odesa", force="UA", best=1, low=1, high=1, verification="confirmed",
         cluster="h-odesa-court-2025-02")])

C.article("h177", "uk", "Бєлгородський Моніторинг", "2024-07-03", "https://example.org/bm/2024/07/03/shebekino",
    "У Бєлгородській області з частини втекли п'ятеро строковиків — ЗМІ",
    """У Бєлгородській області Росії в ніч на 1 липня з військової частини поблизу Шебекиного втекли п'ятеро строковиків, повідомляє російський телеграм-канал «Беспощадный пиарщик». Двох із них уже затримали, інших шукають.

Офіційного підтвердження від Міноборони РФ немає.

Раніше російські правозахисники повідомляли, що строковиків у прикордонних регіонах дедалі частіше залучають до охорони кордону та що їхні батьки скаржаться на обстріли.""",
    [inc(["desertion"], "2024-07-01", admin1="RU-BEL", place="Shebekino", lat=50.4097, lon=36.8883,
         geo="admin2", loc="поблизу Шебекиного", personnel=["conscript"], best=5, low=5, high=5, detained=2,
         at_large=3, via=["Besposhchadny Piarshchik"], verification="unverified",
         cluster="h-shebekino-2024-07")])

C.article("h178", "en", "Ringside", "2024-06-10", "https://example.org/ringside/2024/06/10/refuse",
    "Heavyweight refuses to fight after weigh-in row",
    """A heavyweight boxer refused to fight on Saturday night after a row over the weigh-in, leaving the promoters to cancel the main event. His opponent, a former army sergeant, called him a deserter and demanded his purse. The commission said it would hold a hearing next month.""")

C.article("h179", "ru", "Парламентский Обзор", "2024-03-27", "https://example.org/po/2024/03/27/ags",
    "В Госдуме обсуждают поправки об альтернативной службе",
    """Депутаты Госдумы обсуждают поправки к закону об альтернативной гражданской службе. Авторы предлагают сократить её срок и разрешить проходить службу по месту жительства. Правозащитники напоминают, что право на отказ от военной службы по убеждениям закреплено в Конституции, а противники поправок считают, что они приведут к массовому уклонению.""")

C.article("h180", "uk", "Дорожня Хроніка", "2025-01-15", "https://example.org/dh/2025/01/15/dtp",
    "На Київщині водій самовільно залишив місце ДТП",
    """На Київщині водій позашляховика збив пішохода та самовільно залишив місце пригоди. Поліція встановила його за записами камер і затримала наступного дня. Йому загрожує до восьми років позбавлення волі.""")

C.write(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "holdout")
