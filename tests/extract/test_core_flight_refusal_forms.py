"""Word orders and refusals that unseen reports use: 'из госпиталя ... ушли', refusing new contracts."""

from __future__ import annotations

from otkaz.extract import extract_article
from otkaz.models import Article


def _acts(text: str, language: str) -> list[list[str]]:
    art = Article(id="t", text=text, language=language, published_at="2025-03-14")
    return [list(i.acts) for i in extract_article(art).incidents]


def test_leaving_a_hospital_with_the_place_before_the_verb_is_desertion() -> None:
    text = ("В четверг из военного госпиталя в Саратове ушли трое раненых военнослужащих. "
            "Их ищет военная полиция, сообщил региональный телеграм-канал.")
    assert ["desertion"] in _acts(text, "ru")


def test_refusing_to_sign_new_contracts_is_refusal() -> None:
    en = ("About forty contract soldiers at a base in Pskov refused on Tuesday to sign new contracts "
          "that would keep them at the front, a local news site said.")
    ru = ("Около сорока контрактников в Пскове во вторник отказались подписывать новые контракты, "
          "сообщило местное издание.")
    assert any("refusal" in acts for acts in _acts(en, "en"))
    assert any("refusal" in acts for acts in _acts(ru, "ru"))
