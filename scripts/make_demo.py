"""Builds articles.jsonl: short demo reports written for otkaz (fictional outlets, our own sentences)."""

import json
from pathlib import Path

from goldkit import inc, stat

A = []


def add(id, lang, outlet, published, url, title, text):
    A.append({"id": id, "url": url, "outlet": outlet, "published_at": published,
              "language": lang, "title": title, "text": text.strip()})


add("demo-en-01", "en", "Steppe Courier", "2025-03-04",
    "https://example.org/steppe-courier/2025/03/04/breakout-orenburg",
    "Detained servicemen break out of holding site near Orenburg",
    """ORENBURG, March 4 — Around forty servicemen who had been held at a makeshift detention site for soldiers accused of leaving their units broke down the gate on Sunday night and ran into the surrounding steppe, according to the Telegram channel Astra.

The men, most of them mobilized last autumn, had complained for weeks about being kept in an unheated hangar without charges, relatives told the channel. Military police caught eleven of them by Monday morning; the rest are still being sought.

The regional military prosecutor's office did not respond to a request for comment. Steppe Courier could not independently verify the account.""")

add("demo-ru-01", "ru", "Уральский вестник", "2025-03-04",
    "https://example.org/uralvestnik/2025/03/04/pobeg-orenburg",
    "Под Оренбургом из места содержания сбежали около 40 военных",
    """В ночь на 3 марта около сорока военнослужащих, которых удерживали в ангаре под Оренбургом за самовольное оставление части, выломали ворота и сбежали. Об этом сообщает телеграм-канал Astra.

По словам родственников, почти все беглецы — мобилизованные. Военная полиция уже задержала одиннадцать человек, остальных разыскивают.

В военной прокуратуре Оренбургской области на запрос не ответили.""")

add("demo-en-02", "en", "Baltic Wire", "2024-10-02",
    "https://example.org/balticwire/2024/10/02/court-awol-sentences",
    "Garrison court hands down prison terms for unauthorised absence",
    """The Pskov garrison military court on Tuesday sentenced two contract servicemen to five and a half years in a penal colony each for leaving their unit without permission, the court's press service said.

According to the case file, the men left their unit in the Pskov region in May and were found by military police at a relative's home a month later. Both pleaded guilty, the court said.""")

add("demo-ru-02", "ru", "Вести Прикамья", "2024-06-19",
    "https://example.org/prikamye/2024/06/19/sud-soch",
    "В Перми осудили мобилизованного за самовольное оставление части",
    """Пермский гарнизонный военный суд приговорил мобилизованного военнослужащего к шести годам колонии общего режима по части 5 статьи 337 УК РФ, сообщила пресс-служба суда.

Как установил суд, осенью прошлого года он не вернулся в часть после отпуска и почти три месяца скрывался в Пермском крае, пока его не задержали сотрудники военной комендатуры.""")

add("demo-en-03", "en", "Frontline Monitor", "2023-07-21",
    "https://example.org/frontline-monitor/2023/07/21/refusal-basement",
    "Soldiers who refused to return to assault held in basement, wives say",
    """Wives of about twenty mobilized soldiers say their husbands were locked in a basement in occupied Luhansk region after refusing to go back on the attack, the independent outlet Verstka reported on Friday.

The men had written formal reports stating that they would not take part in further assaults without rest and medical care, the women said in a video appeal. Commanders then took their phones and confined them, according to the appeal.

The Russian defence ministry has not commented. Frontline Monitor could not independently verify the claims.""")

add("demo-ru-03", "ru", "Сибирь.Онлайн", "2024-02-13",
    "https://example.org/sibir-online/2024/02/13/soch-chita",
    "В Чите задержали военного, самовольно покинувшего часть",
    """Сотрудники военной полиции в Чите задержали контрактника, который две недели назад самовольно оставил воинскую часть 06705 в Забайкальском крае. Об этом сообщили в пресс-службе Восточного военного округа.

Военнослужащий был без оружия. По факту самовольного оставления части возбуждено уголовное дело.""")

add("demo-en-04", "en", "Kyiv Ledger", "2024-10-16",
    "https://example.org/kyivledger/2024/10/16/awol-cases-statistics",
    "Prosecutors register record number of AWOL cases",
    """Ukrainian prosecutors have registered more than 60,000 criminal cases of unauthorised abandonment of a military unit since the beginning of 2024, according to data from the Office of the Prosecutor General.

That is roughly three times as many as in the whole of 2023, when about 24,000 such cases were opened. Lawmakers are debating a bill that would let first-time absentees return to service without a criminal record.""")

add("demo-ru-04", "ru", "Правовой обзор", "2025-01-20",
    "https://example.org/pravovoi-obzor/2025/01/20/statistika-sudov",
    "Суды за год вынесли тысячи приговоров за самоволку",
    """Военные суды России в 2024 году вынесли около 9 тысяч приговоров по статье 337 УК о самовольном оставлении части, следует из данных Судебного департамента при Верховном суде.

Это почти вдвое больше, чем годом ранее. Большинство осужденных получили условные сроки, отмечают юристы правозащитного проекта.""")

add("demo-en-05", "en", "Caucasus Dispatch", "2025-05-12",
    "https://example.org/caucasus-dispatch/2025/05/12/riot-maikop",
    "Riot at Maikop commandant's office, dozens of soldiers involved",
    """Dozens of servicemen held at the garrison commandant's office in Maikop rioted on Saturday, smashing windows and furniture after guards refused to let them call their families, the Telegram channel SOTA reported.

Police cordoned off the street around the building. Two guards were injured, the channel said, citing a source in the local emergency services. There were no reports of the soldiers being armed.""")

add("demo-ru-05", "ru", "Новости Кубани", "2025-05-11",
    "https://example.org/kuban-news/2025/05/11/bunt-maikop",
    "В Майкопе взбунтовались военные, удерживаемые в комендатуре",
    """В субботу в Майкопе несколько десятков военнослужащих, содержавшихся в гарнизонной комендатуре, устроили погром: разбили окна и мебель. Об этом пишет телеграм-канал SOTA.

По данным канала, двое охранников получили травмы. Улицу у здания комендатуры перекрыла полиция.""")

add("demo-en-06", "en", "Northern Observer", "2022-10-06",
    "https://example.org/northern-observer/2022/10/06/mobilized-refuse",
    "Mobilized men refuse to deploy from training ground",
    """About 150 mobilized men at a training ground in the Kaliningrad region refused on Wednesday to be sent to the front, demanding the equipment and pay they had been promised, according to a video published by local activists.

In the video, the men say that they were given rusty rifles and no body armour. Regional officials said the situation was under control but did not deny that a protest took place.""")

add("demo-ru-06", "ru", "Поволжье Сегодня", "2023-11-28",
    "https://example.org/povolzhye/2023/11/28/rozysk-dezertir",
    "В Ульяновской области разыскивают двух сбежавших срочников",
    """Двое военнослужащих срочной службы 26 ноября самовольно покинули воинскую часть в Ульяновской области, сообщили в региональном управлении МВД. Полиция просит жителей сообщать о любой информации об их местонахождении.

По данным ведомства, солдаты были без оружия.""")

add("demo-en-07", "en", "Border Times", "2024-08-09",
    "https://example.org/bordertimes/2024/08/09/deserter-detained-batumi",
    "Russian deserter detained in Batumi, later released",
    """A Russian serviceman wanted at home for desertion was detained by police in Batumi on Wednesday, the Georgian interior ministry said. He was released the next day after a court declined to keep him in custody.

According to a rights group that helps him, he had left his unit in the spring and crossed into Georgia on foot.""")


add("demo-ru-07", "ru", "Голос Бурятии", "2022-07-12",
    "https://example.org/golos-buryatii/2022/07/12/otkazniki",
    "Более ста контрактников из Бурятии отказались возвращаться на фронт",
    """Более ста военнослужащих-контрактников из Бурятии написали рапорты об отказе участвовать в боевых действиях и вернулись домой, рассказала правозащитница фонда «Свободная Бурятия».

По её словам, в фонд с начала войны обратились за помощью около 300 военнослужащих и их родственников.""")

add("demo-en-08", "en", "Dnipro Weekly", "2025-02-03",
    "https://example.org/dnipro-weekly/2025/02/03/sbi-detains",
    "State Bureau of Investigation detains soldiers who left their brigade",
    """Officers of the State Bureau of Investigation detained five servicemen in the Dnipropetrovsk region on Friday who had left their brigade without permission in December, the bureau said.

All five have been charged under Article 407 of the Criminal Code of Ukraine and face up to ten years in prison.""")

add("demo-en-09", "en", "Steppe Courier", "2025-03-06",
    "https://example.org/steppe-courier/2025/03/06/orenburg-followup",
    "More Orenburg escapees caught as relatives describe conditions",
    """Military police have now caught sixteen of the roughly forty soldiers who fled a holding site near Orenburg on the night of March 3, relatives told the Telegram channel Astra. The others remain at large.

Relatives said the men had been held for weeks without any court order.""")

# Irrelevant confusables and everyday news.
add("demo-en-10", "en", "Metro Daily", "2024-09-15",
    "https://example.org/metro-daily/2024/09/15/draft-notices",
    "Young men avoid draft offices as notices are handed out at metro stations",
    """Police handed draft notices to young men at several metro stations on Saturday, and some of them hurried away to avoid being served, witnesses said. Lawyers advise men of conscription age that receiving a notice does not by itself oblige them to report the same day.""")

add("demo-ru-08", "ru", "Городские вести", "2024-04-02",
    "https://example.org/gorvesti/2024/04/02/pobeg-iz-sizo",
    "Из СИЗО сбежал обвиняемый в краже",
    """Из следственного изолятора в областном центре сбежал 30-летний мужчина, обвиняемый в краже. Полиция ведёт поиски, к ним подключены кинологи. Ранее он уже был судим за грабёж.""")

add("demo-en-11", "en", "Garrison Gazette", "2023-06-14",
    "https://example.org/garrison-gazette/2023/06/14/shooting-at-base",
    "Soldier opens fire at base, two killed",
    """A soldier opened fire on his fellow servicemen at a base in the Belgorod region on Tuesday, killing two, the regional governor said. The shooter was detained; investigators are looking into a conflict between the men.""")

add("demo-ru-09", "ru", "Юридическая консультация", "2024-01-10",
    "https://example.org/yurkonsult/2024/01/10/chto-grozit",
    "Что грозит за самовольное оставление части: разбор",
    """Статья 337 УК РФ различает самовольное оставление части на срок от двух суток до месяца, от месяца до шести месяцев и свыше шести месяцев. В период мобилизации наказание строже. Разбираемся, чем самовольное оставление отличается от дезертирства по статье 338.""")

add("demo-en-12", "en", "City Sports", "2025-04-20",
    "https://example.org/city-sports/2025/04/20/derby",
    "Derby ends in a draw after late equaliser",
    """The city derby ended two-all on Sunday after the visitors scored in the final minute. Fans said the atmosphere was the best of the season.""")

add("demo-ru-10", "ru", "Погода и климат", "2025-01-05",
    "https://example.org/pogoda/2025/01/05/moroz",
    "В Сибири ожидаются морозы до минус сорока",
    """Синоптики предупреждают о сильных морозах в Новосибирской и Томской областях: ночью температура опустится до минус сорока градусов. Жителей просят без необходимости не выходить на улицу.""")

add("demo-ru-11", "ru", "Дальний Восток 24", "2024-12-09",
    "https://example.org/dv24/2024/12/09/beglecy-primorye",
    "В Приморье ищут троих военных, ушедших из части с оружием",
    """Трое военнослужащих по контракту 7 декабря самовольно покинули воинскую часть в посёлке Сибирцево Приморского края, забрав с собой автоматы. Их разыскивают полиция и военная комендатура, сообщило региональное управление МВД.""")

add("demo-en-13", "en", "Frontline Monitor", "2024-11-20",
    "https://example.org/frontline-monitor/2024/11/20/requests-for-help",
    "Hotline for soldiers who want out reports surge in requests",
    """The Get Lost project, which helps Russian servicemen leave the army, said it had received more than 1,500 requests for help in October alone, its highest monthly figure so far. Most of those who wrote were mobilized men or contract soldiers whose contracts had been extended indefinitely, the project said.""")


# Gold annotations of the demo articles, coded by us with the codebook's rules. They are a small
# held-out check: the extractor was never tuned on these texts.
G = {}


def gold(article_id, incidents=(), statistics=()):
    G[article_id] = {"article_id": article_id, "relevant": bool(incidents or statistics),
                     "incidents": list(incidents), "statistics": list(statistics)}


ORENBURG = dict(admin1="RU-ORE", place="Orenburg", lat=51.7727, lon=55.0988, geo="admin2",
                via=["Astra"], cluster="orenburg-breakout-2025-03")
gold("demo-en-01", [inc(["mutiny", "desertion"], "2025-03-02", best=40, detained=11,
                        personnel=["mobilized"],
                        verification="unverified", loc="a makeshift detention site near Orenburg",
                        summary="Around forty servicemen held for leaving their units broke down the gate of a holding site near Orenburg and fled; eleven were caught.",
                        **ORENBURG)])
gold("demo-ru-01", [inc(["mutiny", "desertion"], "2025-03-03", best=40, detained=11,
                        personnel=["mobilized"],
                        loc="в ангаре под Оренбургом",
                        summary="About forty servicemen held in a hangar near Orenburg broke the gates and escaped; eleven were detained.",
                        **ORENBURG)])
gold("demo-en-09", [inc(["desertion"], "2025-03-03", best=40, detained=16,
                        loc="a holding site near Orenburg", personnel=[],
                        summary="Sixteen of about forty soldiers who fled a holding site near Orenburg had been caught.",
                        **ORENBURG)])
gold("demo-en-02", [inc(["prosecution"], "2024-10-01", admin1="RU-PSK", place="Pskov", lat=57.8136,
                        lon=28.3496, loc="The Pskov garrison military court", personnel=["contract"],
                        best=2, low=2, high=2, verification="confirmed",
                        summary="A garrison military court sentenced two contract servicemen to prison for leaving their unit without permission.",
                        cluster="pskov-sentences-2024-10"),
                    inc(["desertion"], "2024-05-01", "2024-05-31", prec="month", admin1="RU-PSK", geo="admin1",
                        loc="their unit in the Pskov region", personnel=["contract"], best=2, low=2,
                        high=2, verification="confirmed",
                        summary="Two contract servicemen left their unit without permission.")])
gold("demo-ru-02", [inc(["prosecution"], admin1="RU-PER", place="Perm", lat=58.0105, lon=56.2502,
                        loc="Пермский гарнизонный военный суд", personnel=["mobilized"],
                        best=1, low=1, high=1, verification="confirmed",
                        summary="A garrison military court sentenced a mobilized serviceman to six years for failing to return from leave.",
                        cluster="perm-sentence-2024-06"),
                    inc(["desertion"], "2023-09-01", "2023-11-30", prec="month", admin1=None, geo=None,
                        loc=None, personnel=["mobilized"], best=1, low=1, high=1,
                        verification="confirmed",
                        summary="A mobilized serviceman did not return to his unit after leave.")])
gold("demo-en-03", [inc(["refusal", "enforcement"], country="UA", admin1="UA-09", geo="admin1",
                        loc="occupied Luhansk region", personnel=["mobilized"], perpetrator="commanders",
                        best=20, via=["Verstka"], verification="unverified",
                        summary="About twenty mobilized soldiers who refused to return to assaults were confined in a basement by their commanders, their wives said.",
                        cluster="luhansk-basement-2023-07")])
gold("demo-ru-03", [inc(["enforcement", "prosecution"], admin1="RU-ZAB", place="Chita", lat=52.0317,
                        lon=113.5009, loc="в Чите", personnel=["contract"], unit="воинская часть 06705",
                        perpetrator="military_police", best=1, low=1, high=1, detained=1, armed=False,
                        verification="confirmed",
                        summary="Military police in Chita detained a contract soldier who had left his unit, and a criminal case was opened.",
                        cluster="chita-detention-2024-02"),
                    inc(["desertion"], "2024-01-30", "2024-02-05", prec="week", admin1="RU-ZAB", geo="admin1",
                        loc="воинскую часть 06705 в Забайкальском крае", personnel=["contract"],
                        unit="воинская часть 06705", best=1, low=1, high=1, verification="confirmed",
                        summary="A contract soldier left his unit without permission.")])
gold("demo-en-04", statistics=[
    stat("cases_opened", low=60001, start="2024-01-01", scope="UA", force="UA",
         publisher="Office of the Prosecutor General",
         description="Ukrainian prosecutors registered more than 60,000 cases of unauthorised abandonment of a unit in 2024 so far."),
    stat("cases_opened", best=24000, start="2023-01-01", end="2023-12-31", scope="UA", force="UA",
         publisher="Office of the Prosecutor General",
         description="About 24,000 such cases were opened in 2023.")])
gold("demo-ru-04", statistics=[
    stat("convictions", best=9000, start="2024-01-01", end="2024-12-31", scope="RU", force="RU",
         publisher="Judicial Department of the Supreme Court",
         description="Russian military courts handed down about 9,000 sentences under article 337 in 2024.")])
MAIKOP = dict(admin1="RU-AD", place="Maykop", lat=44.6098, lon=40.1006, via=["SOTA"],
              cluster="maikop-riot-2025-05")
gold("demo-en-05", [inc(["mutiny"], "2025-05-10", loc="the garrison commandant's office in Maikop",
                        low=24, injured=2,
                        summary="Dozens of servicemen held at a garrison commandant's office rioted and smashed windows and furniture.",
                        **MAIKOP)])
gold("demo-ru-05", [inc(["mutiny"], "2025-05-10", loc="в Майкопе ... в гарнизонной комендатуре",
                        low=24, injured=2,
                        summary="Several dozen servicemen held at a garrison commandant's office rioted, injuring two guards.",
                        **MAIKOP)])
gold("demo-en-06", [inc(["refusal"], "2022-10-05", admin1="RU-KGD", geo="admin1",
                        loc="a training ground in the Kaliningrad region", personnel=["mobilized"],
                        best=150, verification="unverified",
                        summary="About 150 mobilized men at a training ground refused to be sent to the front over missing equipment and pay.",
                        cluster="kaliningrad-refusal-2022-10")])
gold("demo-ru-06", [inc(["desertion"], "2023-11-26", admin1="RU-ULY", geo="admin1",
                        loc="воинскую часть в Ульяновской области", personnel=["conscript"],
                        best=2, low=2, high=2, armed=False, verification="confirmed",
                        summary="Two conscripts left their unit without permission and were being sought by police.",
                        cluster="ulyanovsk-conscripts-2023-11")])
gold("demo-en-07", [inc(["enforcement"], "2024-08-07", country="GE", admin1="GE-AJ", place="Batumi",
                        lat=41.6423, lon=41.6339, loc="in Batumi", perpetrator="police", best=1,
                        low=1, high=1, detained=1, verification="confirmed",
                        summary="Georgian police detained a Russian serviceman wanted for desertion; a court released him the next day.",
                        cluster="batumi-detention-2024-08")])
gold("demo-ru-07", [inc(["refusal"], admin1="RU-BU", geo="admin1", loc="из Бурятии",
                        personnel=["contract"], low=101, via=["Free Buryatia Foundation"],
                        summary="More than a hundred contract soldiers wrote reports refusing to take part in combat and returned home.",
                        cluster="buryatia-refusals-2022")],
     [stat("requests_for_help", best=300, start="2022-02-24", scope="RU-BU", force="RU",
           publisher="Free Buryatia Foundation",
           description="About 300 servicemen and relatives asked the foundation for help since the start of the war.")])
gold("demo-en-08", [inc(["enforcement", "prosecution"], "2025-01-31", country="UA", admin1="UA-12",
                        geo="admin1", loc="in the Dnipropetrovsk region", force="UA",
                        perpetrator="sbi", best=5, low=5, high=5, detained=5, verification="confirmed",
                        summary="The State Bureau of Investigation detained five servicemen who had left their brigade and charged them.",
                        cluster="dnipro-sbi-2025-01")])
gold("demo-ru-11", [inc(["desertion"], "2024-12-07", admin1="RU-PRI", place="Sibirtsevo", lat=44.2094,
                        lon=132.4585, loc="в посёлке Сибирцево Приморского края", personnel=["contract"],
                        best=3, low=3, high=3, armed=True, verification="confirmed",
                        summary="Three contract soldiers left their unit with assault rifles and were being sought.",
                        cluster="sibirtsevo-2024-12")])
gold("demo-en-13", statistics=[
    stat("requests_for_help", low=1501, start="2024-10-01", end="2024-10-31", scope="RU", force="RU",
         publisher="Get Lost", description="The Get Lost project received more than 1,500 requests for help in October.")])
for irrelevant in ("demo-en-10", "demo-ru-08", "demo-en-11", "demo-ru-09", "demo-en-12", "demo-ru-10"):
    gold(irrelevant)

out = Path(__file__).resolve().parents[1] / "src" / "otkaz" / "data" / "demo" / "articles.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for a in A:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"wrote {len(A)} articles to {out}")
missing = [a["id"] for a in A if a["id"] not in G]
assert not missing, f"no gold for {missing}"
with out.with_name("gold.jsonl").open("w", encoding="utf-8") as fh:
    for a in A:
        fh.write(json.dumps(G[a["id"]], ensure_ascii=False) + "\n")
print(f"wrote {len(G)} gold lines")
