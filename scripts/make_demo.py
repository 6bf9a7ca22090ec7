"""Builds articles.jsonl: short demo reports written for otkaz (fictional outlets, our own sentences)."""

import json
from pathlib import Path

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
    "https://example.org/bordertimes/2024/08/09/deserter-detained-abroad",
    "Russian deserter detained at border crossing, later released",
    """A Russian serviceman wanted at home for desertion was detained on Wednesday at a border crossing near Verkhny Lars, the Georgian interior ministry said. He was released the next day after a court declined to keep him in custody.

Rights groups say that at least a dozen such deserters have been stopped at border checkpoints this year.""")

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

out = Path(__file__).resolve().parents[1] / "src" / "otkaz" / "data" / "demo" / "articles.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for a in A:
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"wrote {len(A)} articles to {out}")
