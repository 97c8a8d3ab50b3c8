"""Issue 11, round 10: event arguments (ev10b), from the round-7 judges' patterns.

Targets: who is asked is the target of a request, never an actor named inside what they are
asked to do; the content of a reported clause is no target of the act on the report; an envoy
of the source's own country is no target of a summons, the country they are posted to is.
Roles: the subject of a receiving verb gets the aid (no giver named: no source); a participle
with a "by" phrase ("rebels, backed by Rwandan forces") is done by its agent to the noun; the
object of "prompted X to" does the infinitive; a coordinated passive's "by" phrase is its agent.
A protest clause's pronoun stands for the crowd of the clause it hangs on, not for a country;
force used at protesters targets them, civilians of the source's country.
The sentences are our own; controls guard what must not change."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record


def _kinds(record: Record, ids: list[str]) -> set[str]:
    return {a.kind for i in ids if (a := record.actor(i)) is not None}


# --- who is asked, and what is only reported ----------------------------------------------------


def test_asked_people_not_the_object_of_their_task(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The minister asked them to draw up new plans to protect Spain from the "
                     "crisis.")
    event = _event(record, "REQUEST", "asked")
    assert "ESP" not in _countries(record, event.target)


def test_addressees_of_a_request_not_a_country_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The EU is asking retailers and wholesalers not to sell the goods of "
                     "Myanmar.")
    event = _event(record, "REQUEST", "asking")
    assert "MMR" not in _countries(record, event.target)


def test_content_of_rejected_reports_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The ministry rejected media reports that the cabinet had ordered a minister "
                     "to support a boycott of Turkish goods.")
    event = _event(record, "REJECT", "rejected")
    assert "TUR" not in _countries(record, event.target)


def test_control_accused_content_stays_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The U.S. government has found compelling evidence that Vietnam has engaged "
                     "in unfair trade practices.")
    event = _event(record, "ACCUSE", "found")
    assert _countries(record, event.target) == {"VNM"}


def test_control_named_addressee_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The opposition leader called on the government to release the detained "
                     "journalists.")
    event = _event(record, "REQUEST", "called")
    assert _names(record, event.target) == ["government"]


def test_control_sanctions_imposed_on_keep_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The European Union lifted sanctions imposed on Venezuela in 2017.")
    event = _event(record, "RETREAT", "lifted")
    assert "VEN" in _countries(record, event.target)


# --- envoys ---------------------------------------------------------------------------------------


def test_own_envoy_summoned_targets_the_host(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Japan's Foreign Ministry said it had summoned the Japanese ambassador to "
                     "South Korea, Koji Tomita, to express concern.")
    event = _event(record, "ACCUSE", "summoned")
    assert _countries(record, event.target) == {"KOR"}
    assert "events.args.own-envoy.v1" in event.rule


def test_control_foreign_envoy_summoned_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Germany summoned the Russian ambassador to Berlin to protest the poisoning.")
    event = _event(record, "ACCUSE", "summoned")
    assert _countries(record, event.target) == {"RUS"}


# --- roles ----------------------------------------------------------------------------------------


def test_receivers_are_the_target_with_no_giver(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two carmakers have received $13 billion in federal loans, officials "
                     "said.")
    event = _event(record, "AID", "received")
    assert event.source == []
    assert _names(record, event.target) == ["carmakers"]
    assert "events.args.received-unnamed.v1" in event.rule


def test_control_named_giver_stays_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The airline received $3 billion in aid from the French government last "
                     "year.")
    event = _event(record, "AID", "received")
    assert _countries(record, event.source) == {"FRA"}
    assert _names(record, event.target) == ["airline"]


def test_backed_by_participle_agent_is_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels, backed by Rwandan forces, seized the town of Goma.")
    # AID since wave 103 (sense.backed-by-force.v1: forces backing a force give military aid)
    backing = _event(record, "AID", "backed")
    assert _countries(record, backing.source) == {"RWA"}
    assert _names(record, backing.target) == ["Rebels"]
    seizing = _event(record, "ASSAULT", "seized")  # taking ground (wave 30)
    assert "RWA" not in _countries(record, seizing.source)


def test_object_of_prompted_files_the_suit(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Microsoft released a new browser in 2003, prompting Netscape to file suit "
                     "against the company.")
    event = _event(record, "ACCUSE", "file")
    assert _names(record, event.source) == ["Netscape"]
    assert "events.args.object-control.v1" in event.rule


def test_told_people_do_not_make_teller_act(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The union told its members not to work with Chinese firms.")
    assert not any(e.trigger.text == "work" for e in record.events)


def test_coordinated_passive_agent_is_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The blogger was questioned for hours and later was arrested by Iranian "
                     "authorities.")
    event = _event(record, "COERCE", "arrested")
    assert _countries(record, event.source) == {"IRN"}
    assert "blogger" not in _names(record, event.source)


def test_passive_after_clause_acts_on_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Nepal's finance minister Ram Sharan Mahat has resigned after being asked by "
                     "Prime Minister Sushil Koirala to step down.")
    event = _event(record, "REQUEST", "asked")
    assert _names(record, event.target) == ["Ram Sharan Mahat"]


def test_control_simple_passive_keeps_roles(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The journalist was arrested by Turkish police on Sunday.")
    event = _event(record, "COERCE", "arrested")
    assert _countries(record, event.source) == {"TUR"}
    assert _names(record, event.target) == ["journalist"]


# --- crowds ---------------------------------------------------------------------------------------


def test_protest_pronoun_is_the_crowd_not_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Dozens of people set fire to a police station in Mali's north as they "
                     "staged a protest against President Ibrahim Keita.")
    event = _event(record, "PROTEST", "staged")
    assert "country" not in _kinds(record, event.source)
    assert _names(record, event.target) == ["Ibrahim Keita"]


def test_force_at_protesters_targets_them(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya's interior ministry said late Monday that police had fired tear gas "
                     "at protesters.")
    event = _event(record, "ASSAULT", "fired")
    assert _names(record, event.target) == ["protesters"]
    assert _countries(record, event.target) == {"KEN"}


def test_control_force_abroad_takes_no_own_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russian forces killed civilians in the village.")
    event = _event(record, "ASSAULT", "killed")
    assert "RUS" not in _countries(record, event.target)
