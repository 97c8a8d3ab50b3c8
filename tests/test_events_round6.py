"""Issue 11, round 6: event arguments and dates that hold on real news (ev6b).

Dates: a participle shares its clause's time, "during X on Saturday" dates the clause, the finer of
two times of a clause wins, a bound ("since October 1982") and a thing's time ("a treaty signed in
2008") set no narrative. Arguments: unnamed people acted on are a group actor with their country,
a nominal force event that is the subject of its verb takes that verb's objects, listed parties
are all sources, a verb that condemns a nominal event did not do it, a currency's country is no
target, and the source's own country is not the target of its warning."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import event_of as _event
from tests.event_records import record_of as _record


def _actors(record: Record, ids: list[str]) -> list[tuple[str, str | None]]:
    return [(a.kind, a.country) for i in ids if (a := record.actor(i)) is not None]


# --- dates ---------------------------------------------------------------------------------------


def test_participle_takes_the_time_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Hundreds of police officers on Saturday used tear gas and water cannons to "
                     "disperse Salvadoran students protesting economic inequalities.")
    event = _event(record, "PROTEST", "protesting")
    assert (event.date.value, event.date.basis) == ("2023-06-10", "explicit")


def test_adverbial_participle_shares_the_weekday(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("On Wednesday the Albanian government demanded an unconditional halt to "
                     "NATO's troop convoy, warning that the country could risk facing a new war.")
    event = _event(record, "THREATEN", "warning")
    assert event.date.value == "2023-06-14"


def test_own_country_is_not_the_target_of_its_warning(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("On Wednesday the Albanian government demanded an unconditional halt to "
                     "NATO's troop convoy, warning that the country could risk facing a new war.")
    event = _event(record, "THREATEN", "warning")
    assert ("country", "ALB") not in _actors(record, event.target)


def test_during_a_dated_meeting_dates_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The president said that during a meeting with the IMF chief on Saturday he "
                     "had promised to end the tax.")
    assert _event(record, "AGREE", "promised").date.value == "2023-06-10"


def test_the_finer_of_two_times_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Two weeks ago -- on June 14 -- the government declared a state of "
                     "emergency.")
    assert _event(record, "COERCE").date.value == "2023-06-14"


def test_a_bound_sets_no_narrative_time(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("On Monday, Japan's Nikkei stock index fell to lows not seen since October "
                     "1982. Japan's prime minister, Taro Aso, spoke to government officials and "
                     "asked them to make new plans.")
    event = _event(record, "REQUEST", "asked")
    assert event.date.value is not None and not event.date.value.startswith("1982")


# --- targets -------------------------------------------------------------------------------------


def test_arrested_people_are_a_group_with_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("In Nigeria's Kano state, the police have arrested more than 870 people.")
    event = _event(record, "COERCE", "arrested")
    assert _actors(record, event.target) == [("group", "NGA")]
    assert "events.args.domestic-target.v2" in event.rule


def test_people_arrested_in_a_capital_not_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested 16 people in Brussels on Saturday.")
    event = _event(record, "COERCE", "arrested")
    assert _actors(record, event.target) == [("group", "BEL")]


def test_accused_rebels_are_the_target_not_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Officials in Kenya accused the rebels of killing ten villagers.")
    event = _event(record, "ACCUSE", "accused")
    assert [k for k, _ in _actors(record, event.target)] == ["group"]


def test_named_group_of_a_domestic_ban_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Yemen threatened on Sunday to ban civil society organizations.")
    event = _event(record, "THREATEN")
    assert _actors(record, event.target) == [("group", "YEM")]


def test_nominal_force_subject_takes_the_verbs_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A Taliban gun attack in southern Afghanistan killed two and wounded five "
                     "officials from the U.S.-led NATO coalition on Thursday, officials said.")
    event = _event(record, "ASSAULT", "attack")
    assert [c for _, c in _actors(record, event.target)] == ["NATO"]
    assert "events.args.nominal-subject.v1" in event.rule


def test_a_currency_country_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Bank of Japan provided emergency credit to banks hurt by the Swiss "
                     "franc.")
    event = _event(record, "AID")
    assert "CHE" not in [c for _, c in _actors(record, event.target)]


# --- sources -------------------------------------------------------------------------------------


def test_listed_parties_are_all_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Bank of Canada, the Bank of England, the European Central Bank, the "
                     "Federal Reserve and the Swiss National Bank jointly announced sanctions "
                     "against Russia.")
    event = _event(record, "SANCTION")
    assert {c for _, c in _actors(record, event.source)} == {"CAN", "GBR", "EUR", "USA", "CHE"}


def test_who_condemns_an_attack_did_not_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("France, Germany and Italy condemned the attack on Ukraine.")
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert all(not {"FRA", "DEU", "ITA"} & {c for _, c in _actors(record, e.source)}
               for e in attacks)


def test_coordinated_verbs_share_their_object(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The IRGC carried out a wide-ranging campaign, killing and imprisoning "
                     "hundreds of dissidents in Iran.")
    event = _event(record, "ASSAULT", "killing")
    assert _actors(record, event.target) == [("group", "IRN")]


def test_relative_pronoun_patient_is_its_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Egypt freed Al Jazeera journalists who had been detained by police.")
    event = _event(record, "COERCE", "detained")
    assert [k for k, _ in _actors(record, event.target)] == ["group"]
    assert "events.args.relative-patient.v1" in event.rule
