"""Mentions in Russian, Ukrainian and English, with the region or district each names."""

from __future__ import annotations

import pytest

from otkaz.geo import find_places
from otkaz.geo.gazetteer import Gazetteer


def _kinds(text: str, language: str, gaz: Gazetteer) -> list[tuple[str, str | None, str | None]]:
    return [(m.kind, m.name, m.admin1) for m in find_places(text, language, gaz)]


@pytest.mark.parametrize(("text", "language", "kind", "admin1"), [
    ("Солдаты служили в Новосибирской области.", "ru", "admin1", "RU-NVS"),
    ("Жителей Забайкальского края опросили журналисты.", "ru", "admin1", "RU-ZAB"),
    ("Беглецов искали в Газимуро-Заводском районе.", "ru", "admin2", "RU-ZAB"),
    ("Reporters travelled to the Novosibirsk region.", "en", "admin1", "RU-NVS"),
    ("A unit stationed in the Moscow region lost ten men.", "en", "admin1", "RU-MOS"),
    ("Soldiers fled a base in the Kyiv region.", "en", "admin1", "UA-32"),
    ("Police in Zabaykalsky Krai refused to comment.", "en", "admin1", "RU-ZAB"),
    ("Військових затримали на Харківщині.", "uk", "admin1", "UA-63"),
    ("Солдата знайшли у Львівській області.", "uk", "admin1", "UA-46"),
    ("Новобранцы прибыли в Республику Татарстан.", "ru", "admin1", "RU-TA"),
    ("В Бурятской республике задержали солдата.", "ru", "admin1", "RU-BU"),
    ("Отказников держат в Луганской Народной Республике.", "ru", "admin1", "UA-09"),
])
def test_region_phrases_in_case_forms(gaz: Gazetteer, text: str, language: str, kind: str,
                                      admin1: str) -> None:
    found = _kinds(text, language, gaz)
    assert (kind, admin1) in [(k, a) for k, _, a in found], found


@pytest.mark.parametrize(("text", "language", "name", "admin1"), [
    ("Солдаты сбежали из части под Новосибирском.", "ru", "Novosibirsk", "RU-NVS"),
    ("Бойцов задержали в Краснодаре.", "ru", "Krasnodar", "RU-KDA"),
    ("Видео сняли в российской Казани.", "ru", "Kazan", "RU-TA"),
    ("Протест пройшов у Києві.", "uk", "Kyiv", "UA-30"),
    ("Їх утримували в Харкові.", "uk", "Kharkiv", "UA-63"),
    ("Они сбежали из части в Коченево.", "ru", "Kochenyovo", "RU-NVS"),
    ("Ten men fled a unit in the village of Kochenyovo.", "en", "Kochenyovo", "RU-NVS"),
    ("A court in St. Petersburg heard the case.", "en", "Saint Petersburg", "RU-SPE"),
    ("He was caught in Severodonetsk.", "en", "Siverskodonetsk", "UA-09"),
    ("Його затримали у Вінниці.", "uk", "Vinnytsya", "UA-05"),
    ("Уроженец Челябинска служил по контракту.", "ru", "Chelyabinsk", "RU-CHE"),
    ("У Дніпрі судили військового.", "uk", "Dnipro", "UA-12"),
    ("Його затримали у Кривому Розі.", "uk", "Kryvyy Rih", "UA-12"),
    ("Військового затримали у Кам'янці-Подільському.", "uk", "Kamyanets-Podilskyi", "UA-68"),
    ("Солдата задержали в Комсомольске-на-Амуре.", "ru", "Komsomolsk-on-Amur", "RU-KHA"),
    ("Дезертира нашли в Набережных Челнах.", "ru", "Naberezhnyye Chelny", "RU-TA"),
    ("Матроса задержали в Южно-Сахалинске.", "ru", "Yuzhno-Sakhalinsk", "RU-SAK"),
    ("Солдата нашли в Западной Двине.", "ru", "Zapadnaya Dvina", "RU-TVE"),
    ("Військових затримали у Кременчуці.", "uk", "Kremenchuk", "UA-53"),
    ("Они отказались идти на штурм под Угледаром.", "ru", "Vuhledar", "UA-14"),
])
def test_settlements_in_case_forms(gaz: Gazetteer, text: str, language: str, name: str,
                                   admin1: str) -> None:
    found = _kinds(text, language, gaz)
    assert ("settlement", name, admin1) in found, found


@pytest.mark.parametrize(("text", "language"), [
    ("Мир изменился после этого.", "ru"),
    ("Орёл сидел на ветке, а бор шумел.", "ru"),
    ("Ольга рассказала о сыне.", "ru"),
    ("Vladimir Putin signed the decree.", "en"),
    ("Ten soldiers left; Time will tell, the Center said.", "en"),
    ("Военнослужащий в/ч 06705 не вернулся.", "ru"),
    ("Они прошли по улице Институтской.", "ru"),
    ("Бойцы батальона «Восток» отказались идти в атаку.", "ru"),
    ("The Moscow Times published the video.", "en"),
    ("Как сообщает «Эхо Москвы», солдаты сбежали.", "ru"),
    ("Крім того, його засудили за статтею 337 УК РФ.", "uk"),
    ("Контрактник Георгий сбежал, но потом вернулся.", "ru"),
    ("Украинские военные отказались комментировать.", "ru"),
    ("Він повернувся до частини.", "uk"),
    ("Усім трьом повідомлено про підозру.", "uk"),
    ("Об этом сообщили в пресс-службе Восточного военного округа.", "ru"),
    ("Число дел о СОЧ выросло, его отправили в СИЗО.", "ru"),
    ("According to Baza's reports, four soldiers fled.", "en"),
    ("А.Поляков прослужил год, П.Топорков - полтора.", "ru"),
    ("Для цього потрібно рішення суду.", "uk"),
    ("Об этом передаёт Mash со ссылкой на источники.", "ru"),
])
def test_common_words_names_and_units_are_not_places(gaz: Gazetteer, text: str,
                                                      language: str) -> None:
    found = find_places(text, language, gaz)
    assert [m for m in found if m.kind == "settlement" or m.country in ("GB", "GE")] == []


@pytest.mark.parametrize(("text", "language", "name", "admin1"), [
    ("Кяхтинский военный суд вынес приговор.", "ru", "Kyakhta", "RU-BU"),
    ("Черкаський районний суд засудив військового.", "uk", "Cherkasy", "UA-71"),
    ("Працівники Одеського ТЦК затримали чоловіка.", "uk", "Odesa", "UA-51"),
    ("Рядовые Майкопской мотострелковой бригады ушли с поста.", "ru", "Maykop", "RU-AD"),
])
def test_adjective_before_an_institution_names_its_town(gaz: Gazetteer, text: str,
                                                        language: str, name: str,
                                                        admin1: str) -> None:
    found = _kinds(text, language, gaz)
    assert ("settlement", name, admin1) in found, found


def test_roles_of_origin_treatment_destination(gaz: Gazetteer) -> None:
    text = ("Twelve soldiers escaped from a unit in Kochenyovo. One was born in Tomsk, "
            "another was treated in Krasnoyarsk, and a third was taken to Chita.")
    roles = {m.name: m.role for m in find_places(text, "en", gaz)}
    assert roles["Tomsk"] == "origin"
    assert roles["Krasnoyarsk"] == "treatment"
    assert roles["Chita"] == "destination"
    assert roles["Kochenyovo"] == "event"


def test_unlisted_settlement_between_preposition_and_region(gaz: Gazetteer) -> None:
    found = _kinds("Их держат в подвале в Зайцеве Донецкой области.", "ru", gaz)
    assert ("settlement", "Zaitseve", "UA-14") in found, found


def test_dateline_city_is_background(gaz: Gazetteer) -> None:
    roles = {m.name: m.role for m in find_places(
        "МОСКВА, 3 декабря. Солдат сбежал из части в Ростове-на-Дону.", "ru", gaz)}
    assert roles["Moscow"] == "background" and roles["Rostov-on-Don"] == "event"


def test_quoted_place_after_preposition_is_kept(gaz: Gazetteer) -> None:
    found = _kinds("Солдаты сбежали с полигона в «Алабино».", "ru", gaz)
    assert ("settlement", "Alabino", "RU-MOS") in found, found


def test_front_line_means_ukraine(gaz: Gazetteer) -> None:
    found = _kinds("Они отказались воевать на передовой.", "ru", gaz)
    assert ("country", None, None) in found
    assert [m.country for m in find_places("They refused to fight on the front line.", "en",
                                           gaz)] == ["UA"]


@pytest.mark.parametrize(("text", "name"), [
    ("Солдата задержали в с. Трубачево Забайкальского края.", "Trubachevo"),
    ("Беглецы прятались в пгт Коченево.", "Kochenyovo"),
    ("В р.п. Коченево сбежали солдаты.", "Kochenyovo"),
])
def test_abbreviated_settlement_words(gaz: Gazetteer, text: str, name: str) -> None:
    assert name in [m.name for m in find_places(text, "ru", gaz) if m.kind == "settlement"]


def test_preposition_s_is_not_a_village_word(gaz: Gazetteer) -> None:
    assert [m for m in find_places("Переговоры с Минском сорвались.", "ru", gaz)
            if m.name is not None and m.name != "Minsk"] == []


def test_coordinated_regions_are_all_regions(gaz: Gazetteer) -> None:
    found = _kinds("Отказников держат в Курской, Брянской и Белгородской областях.", "ru", gaz)
    assert {a for k, _, a in found if k == "admin1"} == {"RU-KRS", "RU-BRY", "RU-BEL"}
    found = _kinds("Deserters were caught in the Belgorod and Kursk regions.", "en", gaz)
    assert {a for k, _, a in found if k == "admin1"} == {"RU-BEL", "RU-KRS"}


def test_group_names_are_not_places(gaz: Gazetteer) -> None:
    found = find_places("Members of the Free Buryatia Foundation, a group based in the "
                        "United States, said so.", "en", gaz)
    assert "RU-BU" not in [m.admin1 for m in found]
    assert all(m.role == "background" for m in found if m.country == "US")


def test_ukrainian_adjective_of_a_russian_city(gaz: Gazetteer) -> None:
    found = _kinds("Понад 20 мобілізованих із Мордовії втекли з ульянівського навчального "
                   "центру.", "uk", gaz)
    assert ("settlement", "Ulyanovsk", "RU-ULY") in found, found
    roles = {m.admin1: m.role for m in find_places(
        "Понад 20 мобілізованих із Мордовії втекли.", "uk", gaz)}
    assert roles["RU-MO"] == "origin"


def test_captions_ranges_and_outlets_are_not_event_places(gaz: Gazetteer) -> None:
    text = ("Mobilized men at a collection point in Novosibirsk, September 26, 2022\n"
            "Fresh perspectives. From Budapest to Bishkek.\n"
            "A 30-year-old man from Omsk served in the army. Reports online Tomsk outlet.")
    roles = {m.name: m.role for m in find_places(text, "en", gaz)}
    assert roles["Novosibirsk"] == "background" and roles["Budapest"] == "background"
    assert roles["Omsk"] == "origin" and "Tomsk" not in roles
