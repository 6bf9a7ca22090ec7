"""Small hand-written reports for the linker: one real event told in English and Russian, and look-alikes."""

from __future__ import annotations

from typing import Any

from otkaz.models import Article, Incident, Prediction

ESCAPE_EN = (
    "Ten servicemen walked out of their unit in Novosibirsk region\n\n"
    "Ten servicemen walked out of a military unit in the settlement of Kochenyovo in the Novosibirsk "
    "region after a quarrel with the duty officer, the district head said. Before leaving, the men broke "
    "windows and furniture in the barracks. Police are searching for the soldiers who are still missing."
)
ESCAPE_RU = (
    "Из воинской части под Новосибирском ушли двенадцать солдат\n\n"
    "Двенадцать военнослужащих самовольно покинули воинскую часть в посёлке Коченёво Новосибирской "
    "области после ссоры с дежурным. Перед уходом солдаты разбили окна и мебель в казарме. Полиция "
    "разыскивает военных, которые до сих пор не найдены, сообщил глава района."
)
ESCAPE_COPY = ESCAPE_RU + "\n\nПодписывайтесь на наш канал."
REFUSAL_2022 = (
    "Twelve mobilized men from Novosibirsk refused to fight\n\n"
    "Twelve men mobilized in the Novosibirsk region refused to return to the front line after they were "
    "sent into battle without training, their relatives told a local outlet. The men wrote formal "
    "statements of refusal and were held at a collection point."
)
FLOOD_STORY = (
    "Regional officials discuss road repairs in Novosibirsk\n\n"
    "Officials in the Novosibirsk region met to discuss spring road repairs and the budget for bridges. "
    "In a separate note, the outlet mentioned that one soldier had been missing from a garrison, without "
    "further details. Most of the meeting concerned asphalt deliveries and contractor deadlines."
)


def article(aid: str, text: str, *, lang: str, outlet: str, published: str | None) -> Article:
    return Article(id=aid, text=text, language=lang, outlet=outlet, published_at=published,
                   title=text.split("\n", 1)[0])


def incident(**fields: Any) -> Incident:
    base: dict[str, Any] = {"acts": ["desertion"], "country": "RU", "admin1": "RU-NVS",
                            "force": "RU"}
    base.update(fields)
    return Incident(**base)


def escape_pair() -> tuple[list[Article], list[Prediction]]:
    """The Kochenyovo-like walkout, undated, told by an English and a Russian outlet (10 vs 12 men)."""
    en = article("esc-en", ESCAPE_EN, lang="en", outlet="Example Wire", published="2024-11-13")
    ru = article("esc-ru", ESCAPE_RU, lang="ru", outlet="Пример Новости", published="2024-11-14")
    inc_en = incident(acts=["mutiny", "desertion"], place="Kochenyovo", geo_precision="place",
                      lat=55.02, lon=82.20, participants={"best": 10, "low": 10, "high": 10},
                      verification="confirmed", summary="Servicemen broke barracks windows and left a unit.")
    inc_ru = incident(place="Kochenyovo", geo_precision="place", lat=55.02, lon=82.20,
                      participants={"best": 12, "low": 12, "high": 12},
                      summary="Servicemen left a unit after a quarrel with the duty officer.")
    return [en, ru], [Prediction(article_id="esc-en", relevant=True, incidents=[inc_en]),
                      Prediction(article_id="esc-ru", relevant=True, incidents=[inc_ru])]
