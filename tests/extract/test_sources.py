"""Cited sources and verification state, on sentences written for these tests."""

from otkaz.extract.sources import find_verification, find_via


def test_via_normalises_outlets_across_languages() -> None:
    text = ("Об этом сообщает телеграм-канал Astra со ссылкой на «Медиазону». "
            "Ранее о побеге писал Baza.")
    names, spans = find_via(text, "ru")
    assert names == ["Astra", "Mediazona", "Baza"]
    assert all(text[s.start:s.end] == s.quote for s in spans)


def test_via_in_english_reprint() -> None:
    text = "UNN said it learned of this from the Telegram channels Astra and Baza."
    names, _ = find_via(text, "en")
    assert names == ["UNN", "Astra", "Baza"]


def test_via_ignores_a_common_word_without_a_cue() -> None:
    text = "The military base stood near the river."
    assert find_via(text, "en")[0] == []


def test_unverified_when_the_outlet_says_so() -> None:
    text = "A video shows a dozen men leaving the base. We could not independently verify it."
    assert find_verification(text, "en")[0] == "unverified"
    text_uk = "У соцмережах з'явилося відео бунту. Невідомо, коли саме зняли це відео."
    assert find_verification(text_uk, "uk")[0] == "unverified"


def test_confirmed_by_officials() -> None:
    assert find_verification("Об этом сообщили в пресс-службе суда.", "ru")[0] == "confirmed"
    assert find_verification("The district court sentenced the soldier to five years.",
                             "en")[0] == "confirmed"
    assert find_verification("Суд засудив військового до п'яти років.", "uk")[0] == "confirmed"


def test_disputed_when_officials_deny() -> None:
    text = "The regional ministry denied the reports and called them fake."
    assert find_verification(text, "en")[0] == "disputed"


def test_plain_report_is_reported() -> None:
    text = "Local residents said several soldiers left the unit on Sunday."
    verdict, spans = find_verification(text, "en")
    assert verdict == "reported" and spans == []


def test_unknown_channels_are_kept_as_written() -> None:
    names, _ = find_via("Об этом сообщил телеграм-канал «ВЧК-ОГПУ».", "ru")
    assert names == ["ВЧК-ОГПУ"]
    assert find_via("The Telegram channel Rybar reported the clash.", "en")[0] == ["Rybar"]


def test_common_phrases_are_not_outlets() -> None:
    assert find_via("В настоящее время командованию предстоит выяснить причины.", "ru")[0] == []
    assert find_via("Об этом сообщило «Настоящее время».", "ru")[0] == ["Current Time"]


def test_official_sources_with_adjectives() -> None:
    assert find_verification("Как сообщили в военной прокуратуре, беглец задержан.",
                             "ru")[0] == "confirmed"
    assert find_verification("Про це повідомили в обласній поліції.", "uk")[0] == "confirmed"
    assert find_verification("This follows from a statement from the State Bureau of "
                             "Investigation.", "en")[0] == "confirmed"


def test_an_outlet_relaying_police_action_is_not_an_official_source() -> None:
    text = ("Military police rounded them up near the border, the outlet said, citing the wife "
            "of one of them.")
    assert find_verification(text, "en")[0] == "reported"
    assert find_verification("Їх затримали на блокпосту, повідомили у ВСП.", "uk")[0] == \
        "confirmed"
    assert find_verification("Мужчину задержали, сообщили в департаменте полиции города.",
                             "ru")[0] == "confirmed"


def test_claims_without_evidence_are_unverified() -> None:
    text = "Thirty soldiers escaped, the agency claimed, without providing evidence."
    assert find_verification(text, "en")[0] == "unverified"


def test_official_body_as_the_subject() -> None:
    text = "Их разыскивают полиция и комендатура, сообщило региональное управление МВД."
    assert find_verification(text, "ru")[0] == "confirmed"
    assert find_verification("Их разыскивают полиция и комендатура.", "ru")[0] == "reported"


def test_no_answer_from_a_press_office_confirms_nothing() -> None:
    text = "Twelve marines refused to attack. The fleet's press office did not answer questions."
    assert find_verification(text, "en")[0] == "reported"
    text = "Суд приговорил контрактника к 13 годам. Как установил суд, он оставил позиции."
    assert find_verification(text, "ru")[0] == "confirmed"
