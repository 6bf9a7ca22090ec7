"""Slot filling on short reports written for these tests (EN/RU/UK)."""

from otkaz.extract.slots import fill_slots


def slots_for(text: str, language: str, acts: list[str]):
    return fill_slots(text, [(0, len(text))], language, acts)


def test_escape_with_outcomes_and_the_rest_at_large() -> None:
    text = ("Fifteen contract soldiers fled a training ground near the city on Monday. "
            "Nine of them have been detained, the rest are still being sought. "
            "The men were unarmed, according to the local outlet NGS.")
    s = slots_for(text, "en", ["desertion"])
    assert s.participants.best == 15
    assert (s.detained, s.at_large) == (9, 6)
    assert s.armed is False
    assert s.personnel == ["contract"]
    assert s.via == ["NGS"]
    q = s.evidence["participants"][0]
    assert text[q.start:q.end] == q.quote == "Fifteen"


def test_riot_size_beats_the_smaller_escape_count() -> None:
    text = ("About a hundred detained servicemen took part in a riot at the garrison. "
            "About a hundred of them broke the fence; seven escaped, four were "
            "detained within hours, and three are still missing.")
    s = slots_for(text, "en", ["mutiny", "desertion"])
    assert s.participants.best == 100 and s.participants.low is None
    assert s.detained == 4
    assert s.at_large == 3


def test_russian_collective_numerals_and_outcomes() -> None:
    text = ("Из воинской части в Приморье самовольно ушли восемь мобилизованных. "
            "Пятеро из них задержаны полицией, троих еще разыскивают.")
    s = slots_for(text, "ru", ["desertion"])
    assert s.participants.best == 8
    assert s.detained == 5
    assert s.at_large == 3
    assert s.personnel == ["mobilized"]
    assert s.force is None or s.force == "RU"


def test_ukrainian_single_deserter_detained_by_police() -> None:
    text = ("На Житомирщині поліцейські затримали військовослужбовця ЗСУ, який самовільно "
            "залишив частину. Про це повідомили в поліції області.")
    s = slots_for(text, "uk", ["enforcement"])
    assert s.participants.best == 1
    assert s.detained == 1
    assert s.force == "UA"
    assert s.perpetrator == "police"
    assert s.verification == "confirmed"


def test_no_casualties_means_zero_killed_and_injured() -> None:
    text = "Around 40 soldiers broke out of the holding area. There were no casualties."
    s = slots_for(text, "en", ["desertion"])
    assert (s.killed, s.injured) == (0, 0)
    assert s.participants.best == 40


def test_conscripts_of_a_mobilization_are_mobilized() -> None:
    text = ("Conscripts called up in the partial mobilization refused to go to the front "
            "and wrote a joint report.")
    assert slots_for(text, "en", ["refusal"]).personnel == ["mobilized"]


def test_regular_conscripts_stay_conscripts() -> None:
    text = "Двое срочников сбежали из части под Читой с оружием."
    s = slots_for(text, "ru", ["desertion"])
    assert s.personnel == ["conscript"]
    assert s.participants.best == 2
    assert s.armed is True


def test_aggregate_figure_is_not_the_incident_head_count() -> None:
    text = ("С начала года как минимум 2 400 военнослужащих отказались воевать. "
            "В подвале в Стаханове удерживают не менее 60 отказников.")
    s = slots_for(text, "ru", ["refusal", "enforcement"])
    assert s.participants.low == 60


def test_unit_number_is_reported_as_written() -> None:
    text = "Soldiers of military unit 12345 left their posts after the shelling."
    assert slots_for(text, "en", ["desertion"]).unit == "military unit 12345"


def test_nothing_stated_leaves_fields_empty() -> None:
    text = "The ministry commented on discipline in the army in general terms."
    s = slots_for(text, "en", ["refusal"])
    assert s.participants.is_empty()
    assert s.detained is None and s.personnel == [] and s.armed is None


def test_coercing_a_relative_targets_two_people() -> None:
    text = ("Masked military police beat a deserter's brother, demanding to know where he "
            "was hiding. The deserter was later detained at a meeting point.")
    s = slots_for(text, "en", ["enforcement"])
    assert s.participants.best == 2
    assert s.detained == 1 and s.injured == 1
    assert s.perpetrator == "military_police"


def test_searching_at_a_relatives_home_is_one_target() -> None:
    text = "Police searching for a deserter found him at his mother's house and detained him."
    s = slots_for(text, "en", ["enforcement"])
    assert s.participants.best == 1
    assert s.detained == 1


def test_enforcement_targets_come_from_the_detained_count() -> None:
    text = "В Подмосковье задержали 12 дезертиров, скрывавшихся в частном доме."
    s = slots_for(text, "ru", ["enforcement"])
    assert s.participants.best == 12 and s.detained == 12


def test_hyphenated_and_half_dozen_numbers() -> None:
    assert slots_for("Twenty-five servicemen abandoned their positions.", "en",
                     ["desertion"]).participants.best == 25
    s = slots_for("Half a dozen conscripts fled the base; two were later caught.", "en",
                  ["desertion"])
    assert (s.participants.best, s.detained) == (6, 2)


def test_more_than_n_ukrainian_servicemen() -> None:
    text = "Понад 30 військових 155-ї бригади самовільно залишили розташування у Франції."
    s = slots_for(text, "uk", ["desertion"])
    assert s.participants.low == 31 and s.participants.best is None
    assert s.unit == "155th Brigade"
    assert s.evidence["unit"][0].quote == "155-ї бригади"


def test_background_totals_are_not_the_group() -> None:
    text = ("Since 2022 some 49 thousand people moved abroad. A Russian deserter was detained "
            "by police in Yerevan on Friday.")
    s = slots_for(text, "en", ["enforcement"])
    assert s.participants.best == 1 and s.detained == 1


def test_a_stated_figure_refines_a_rounded_one() -> None:
    text = ("В подвалах держат более 200 солдат, отказавшихся воевать. "
            "Там находятся как минимум 234 человека из разных частей.")
    s = slots_for(text, "ru", ["refusal", "enforcement"])
    assert s.participants.low == 234


def test_stated_number_beats_hundreds() -> None:
    text = ("Hundreds of soldiers who refused to fight are held in basements. At least 150 "
            "soldiers who were sent to the front are being held in one town.")
    assert slots_for(text, "en", ["refusal", "enforcement"]).participants.low == 150


def test_day_after_month_abbreviation_is_not_a_count() -> None:
    text = "On Nov. 2, masked men detained a contract soldier who had fled his unit."
    s = slots_for(text, "en", ["enforcement"])
    assert s.detained == 1 and s.participants.best == 1


def test_total_after_of_is_the_group() -> None:
    text = ("Полиция продолжает поиски шести из десяти военнослужащих, которые самовольно "
            "оставили часть. Четверых уже задержали.")
    s = slots_for(text, "ru", ["desertion"])
    assert (s.participants.best, s.detained, s.at_large) == (10, 4, 6)


def test_killed_police_officers_are_casualties_not_participants() -> None:
    text = "Two deserters opened fire at a checkpoint; two police officers were killed."
    s = slots_for(text, "en", ["desertion"])
    assert s.killed == 2 and s.participants.best == 2 and s.armed is True


def test_units_read_the_same_in_every_language() -> None:
    ru = slots_for("Из в/ч 40304 сбежали 7 военных 74-й мотострелковой бригады.", "ru",
                   ["desertion"])
    assert ru.unit == "military unit 40304"
    uk = slots_for("Військовий 56-ї ОМПБр самовільно залишив частину.", "uk", ["desertion"])
    assert uk.unit == "56th Separate Motorized Infantry Brigade"


def test_outcomes_after_the_verb_and_deserter_nouns() -> None:
    s = slots_for("Из 15 сбежавших задержаны 11, остальные четверо в розыске.", "ru",
                  ["desertion"])
    assert (s.participants.best, s.detained, s.at_large) == (15, 11, 4)
    s = slots_for("Троих дезертиров задержали в Курской области.", "ru", ["enforcement"])
    assert (s.participants.best, s.detained) == (3, 3)
    s = slots_for("Группа из семи военных покинула часть. Один из беглецов погиб, двое ранены.",
                  "ru", ["desertion"])
    assert (s.participants.best, s.killed, s.injured) == (7, 1, 2)


def test_tens_nouns() -> None:
    s = slots_for("Около двух десятков мобилизованных отказались ехать на фронт.", "ru",
                  ["refusal"])
    assert s.participants.best == 20


def test_confirmation_of_cases_is_not_a_statistic() -> None:
    text = ("Masked men beat a villager to find his cousin, a deserter. These cases have been "
            "confirmed by local authorities.")
    assert slots_for(text, "en", ["enforcement"]).verification == "confirmed"
    text = ("A soldier left his unit. The prosecutor's office reported three times as many "
            "cases as last year.")
    assert slots_for(text, "en", ["desertion"]).verification == "reported"


def test_all_of_them_detained() -> None:
    s = slots_for("Five conscripts fled the base; all of them were detained within a day.", "en",
                  ["desertion"])
    assert (s.participants.best, s.detained) == (5, 5)


def test_policy_subjects_and_bystander_volunteers_are_not_personnel() -> None:
    text = ("A soldier went AWOL to demand clear terms of service for mobilized soldiers. "
            "Fighters of a volunteer battalion tried to talk the protesters round.")
    assert slots_for(text, "en", ["desertion"]).personnel == []


def test_ending_a_contract_means_contract_soldiers() -> None:
    text = "One hundred fifty Buryat soldiers terminated their military contracts this month."
    s = slots_for(text, "en", ["refusal"])
    assert s.personnel == ["contract"] and s.participants.best == 150


def test_lead_attribution_covers_later_incidents() -> None:
    text = ("Гарнизонный суд приговорил контрактника к пяти годам колонии, сообщила "
            "пресс-служба суда. Летом прошлого года он не вернулся в часть из отпуска.")
    later = text.index("Летом")
    s = fill_slots(text, [(later, len(text))], "ru", ["desertion"])
    assert s.verification == "confirmed"


def test_unverified_in_russian_word_order() -> None:
    text = "Жёны мобилизованных рассказали, что их мужья отказались идти в штурм. " \
           "Проверить эти слова независимо не удалось."
    assert slots_for(text, "ru", ["refusal"]).verification == "unverified"


def test_a_detained_citizen_is_one_person() -> None:
    text = ("Полиция Алматы задержала гражданина России, которого разыскивают за самовольное "
            "оставление части. Мужчину поместили в изолятор.")
    s = slots_for(text, "ru", ["enforcement"])
    assert (s.participants.best, s.detained) == (1, 1)


def test_found_is_caught_but_found_dead_is_not() -> None:
    text = ("Five soldiers held in a guardhouse escaped on Friday. Two of them were found the "
            "next morning at a relative's flat; the other three are still being sought.")
    s = slots_for(text, "en", ["desertion"])
    assert (s.participants.best, s.detained, s.at_large) == (5, 2, 3)


def test_a_deserters_own_detention_is_an_outcome() -> None:
    text = "Правоохоронці затримали військовослужбовця, який самовільно залишив частину."
    s = slots_for(text, "uk", ["desertion"])
    assert (s.participants.best, s.detained) == (1, 1)


def test_prosecution_targets() -> None:
    text = "Гарнизонный суд приговорил троих военнослужащих к срокам за самовольное оставление части."
    assert slots_for(text, "ru", ["prosecution"]).participants.best == 3


def test_the_rest_after_returned_and_detained() -> None:
    text = ("27 mobilized men left their positions on 3 March. Five of them returned voluntarily, "
            "14 were detained by military police, the rest are in hiding.")
    s = slots_for(text, "en", ["desertion"])
    assert (s.participants.best, s.detained, s.at_large) == (27, 14, 8)


def test_at_least_n_detained_is_a_count() -> None:
    text = "Around 200 reservists staged a protest on Sunday; at least 15 were later detained."
    s = slots_for(text, "en", ["mutiny"])
    assert (s.participants.best, s.detained) == (200, 15)


def test_background_subsets_do_not_change_the_rest() -> None:
    text = ("Twelve soldiers escaped. Seven of them have been detained, the rest are still being "
            "sought. Five of them were born in the same region.")
    assert slots_for(text, "en", ["desertion"]).at_large == 5


def test_enforcement_targets_tracked_down_are_detained() -> None:
    text = ("Three contract soldiers who walked away from their positions near the river were "
            "tracked down by military police in a nearby city on Monday.")
    s = slots_for(text, "en", ["enforcement"])
    assert (s.participants.best, s.detained, s.perpetrator) == (3, 3, "military_police")


def test_both_counts_two_people_but_not_a_conjunction() -> None:
    text = "The men left their unit in May. Both pleaded guilty, the court said."
    assert slots_for(text, "en", ["desertion"]).participants.best == 2
    text = "Dozens of soldiers rioted, which is both surprising and noteworthy."
    assert slots_for(text, "en", ["mutiny"]).participants.low == 24


def test_a_relative_clause_inherits_the_group_named_before_it() -> None:
    text = ("Во вторник в Курске задержали трёх мобилизованных, которые около месяца назад "
            "самовольно покинули позиции.")
    clause = text.index("около")
    s = fill_slots(text, [(clause, len(text))], "ru", ["desertion"])
    assert s.participants.best == 3
    text = ("Eleven servicemen abandoned their positions near the border. On 9 January military "
            "police rounded them up in a nearby town.")
    later = text.index("On 9")
    s = fill_slots(text, [(later, len(text))], "en", ["enforcement"])
    assert (s.participants.best, s.detained) == (11, 11)
    text = "Военная полиция задержала контрактника, который две недели назад оставил часть."
    clause = text.index("две")
    assert fill_slots(text, [(clause, len(text))], "ru", ["desertion"]).participants.best == 1


def test_slang_and_convict_groups_are_people() -> None:
    s = slots_for("В Краснодаре задержали 15 СОЧинцев, сбежавших из комендатуры.", "ru",
                  ["enforcement"])
    assert (s.participants.best, s.detained) == (15, 15)
    s = slots_for("Из отряда сбежали 30 бывших заключенных, завербованных в Storm-Z.", "ru",
                  ["desertion"])
    assert s.participants.best == 30 and s.personnel == ["convict"]
