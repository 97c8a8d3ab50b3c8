"""Wave 83, ev83f: a party named inside another source's phrase is no second doer.

events.args.nested-source.v3: "supporters of X", "an adviser to X", "students, who reject a
deal with X": the follower, the aide or the group is the source; X, a modifier of it, is not.
Near misses: conjoined parties ("Egypt and Qatar"), a group's own states ("the leaders of
France and Germany"), and a source's own clause that names no party. Sentences written for
these tests.

events.args.nested-source-country.v2: the leader named in a phrase of the group gives the group
with no country his own ("supporters of Trump": USA); a party named in a clause on the group
("who blame the European Union") does not.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.nested-source.v3"
COUNTRY_RULE = "events.args.nested-source-country.v2"


@pytest.mark.parametrize(("text", "trigger", "kept", "dropped"), [
    ("The assault on the Capitol by supporters of Donald Trump was condemned.", "assault",
     "supporters", "Donald Trump"),
    ("Reza Karimi, a senior adviser to Ayatollah Ali Khamenei, warned the United States "
     "against any strike.", "warned", "Reza Karimi", "Ali Khamenei"),
    ("Students, who reject any deal with Russia, clashed with police in Tbilisi on Friday.",
     "clashed", "Students", "Russia"),
    ("Farmers, who blame the European Union for low prices, blocked roads in Paris on Monday.",
     "blocked", "Farmers", "European Union"),
])
def test_party_inside_source_phrase_is_no_source(text: str, trigger: str, kept: str,
                                                 dropped: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    sources = names_of(record, event.source)
    assert RULE in event.rule
    assert any(kept in name for name in sources)
    assert not any(dropped in name for name in sources)


@pytest.mark.parametrize(("text", "trigger", "parties"), [
    # conjoined parties, each a source
    ("Egypt and Qatar, which mediated between Israel and Hamas, welcomed the truce.",
     "welcomed", ["Egypt", "Qatar"]),
    # the states a title names are the parties
    ("The leaders of France and Germany condemned the attack.", "condemned",
     ["France", "Germany"]),
])
def test_level_parties_stay_sources(text: str, trigger: str, parties: list[str]) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    sources = names_of(record, event.source)
    assert RULE not in event.rule
    assert all(any(party in name for name in sources) for party in parties)


def test_leader_in_group_phrase_gives_its_country() -> None:
    record = record_of("Reza Karimi, a senior adviser to Ayatollah Ali Khamenei, warned the "
                       "United States against any strike.")
    event = trigger_event(record, "warned")
    assert COUNTRY_RULE in event.rule
    assert countries_of(record, event.source) == {"IRN"}


def test_party_in_clause_gives_no_country() -> None:
    record = record_of("Farmers, who blame the European Union for low prices, blocked roads in "
                       "Paris on Monday.")
    event = trigger_event(record, "blocked")
    assert COUNTRY_RULE not in event.rule
    assert "EUR" not in countries_of(record, event.source)


@pytest.mark.usefixtures("nlp")
def test_party_of_a_placing_phrase_gives_no_country() -> None:
    # "at the Turkish border" only places the guards: Turkey is neither a doer nor their owner
    # (v1 gave the guards TUR)
    record = record_of("Guards at the Turkish border fired on a truck on Sunday.")
    guards = next(a for a in record.actors if a.name == "Guards")
    assert guards.country != "TUR"
    police = record_of("Police near the Lebanese frontier shot at a van on Friday.")
    assert next(a for a in police.actors if a.name == "Police").country != "LBN"
