"""Wave 20 (ev20b): the country of a bare state institution ("the government", "police")
(``actors.domestic.v3``).

Judged rounds 15-16 found "the government" coded with an international body's code ("UNO
government"), with a foreign party the previous sentence names ("United States government"
negotiating with the ANC), and "police" arresting people in France coded British. Short texts
written for these tests."""

from __future__ import annotations

from dateline.record import Actor, Record

DOMESTIC = "actors.domestic.v4"


def _record(text: str) -> Record:
    from dateline import extract

    return extract(text, date="2023-06-15")


def _actor_at(record: Record, word: str) -> Actor:
    return next(a for a in record.actors if a.kind != "country"
                and any(m.text.lower().endswith(word) for m in a.mentions))


def test_an_international_body_gives_the_government_no_code(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The UN sent a team of inspectors on Monday. "
                     "The government rejected their report.")
    government = _actor_at(record, "government")
    assert government.country != "UNO"
    assert "UNO" not in government.name


def test_the_place_of_the_act_outranks_the_country_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Britain raised its terror alert on Monday. "
                     "The police arrested three people in France on Tuesday.")
    police = _actor_at(record, "police")
    assert police.country == "FRA"
    assert DOMESTIC in (police.rule or "")


def test_two_places_of_the_act_leave_the_institution_uncoded(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Britain raised its terror alert on Monday. "
                     "On Tuesday the police arrested three people in France and in Belgium.")
    police = _actor_at(record, "police")
    assert police.country is None


def test_a_foreign_party_named_before_is_not_the_home_of_the_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya's president toured Mombasa. Kenyan farmers met in Nairobi. "
                     "Kenya's parliament debated the budget. The U.S. offered a loan. "
                     "The government accepted the terms on Friday.")
    government = _actor_at(record, "government")
    assert government.country != "USA"


def test_the_one_country_of_the_story_still_owns_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Serbia faced large protests on Monday. "
                     "The government arrested ten activists.")
    government = _actor_at(record, "government")
    assert government.country == "SRB"
    assert DOMESTIC in (government.rule or "")


def test_a_where_clause_sets_the_act_in_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya's president toured Mombasa on Monday. She spoke of abuses in Lagos, "
                     "where she said the police had beaten a student.")
    police = _actor_at(record, "police")
    assert police.country == "NGA"


def test_a_destination_does_not_make_the_institution_its_country_s(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Serbia faced large protests on Monday. "
                     "The government travelled to Austria for talks.")
    government = _actor_at(record, "government")
    assert government.country == "SRB"


def test_a_place_on_a_noun_does_not_set_the_institution_s_act(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Serbia faced large protests on Monday. "
                     "The government condemned the attack in Kosovo.")
    government = _actor_at(record, "government")
    assert government.country == "SRB"


def test_a_state_without_an_iso_code_still_owns_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kosovo faced large protests on Monday. "
                     "The government arrested ten activists.")
    government = _actor_at(record, "government")
    assert government.country == "XKX"


def test_the_story_s_country_is_no_guess_for_officials_placed_abroad(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Britain's prime minister spoke in London on Monday. British ministers met "
                     "in Leeds. Britain's army was put on alert. On Tuesday officials were "
                     "attacked in France and in Belgium.")
    officials = _actor_at(record, "officials")
    assert officials.country != "GBR"


def test_the_story_s_country_still_owns_officials_placed_at_home(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Britain's prime minister spoke in London on Monday. British ministers met "
                     "in Leeds. Britain's army was put on alert. On Tuesday officials were "
                     "attacked in Manchester.")
    officials = _actor_at(record, "officials")
    assert officials.country == "GBR"


def test_an_ocean_named_for_a_people_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("China deployed warships to the Indian Ocean on Monday.")
    assert not any(a.country == "IND" for a in record.actors)
    assert any(p.name == "Indian Ocean" for p in record.places)


def test_a_sea_is_a_place_not_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russia sent submarines into the Baltic Sea on Monday.")
    assert not any("Baltic" in a.name for a in record.actors)
    assert all(not e.target for e in record.events)
