"""The gazetteer's decisions on small fixture entries (no GeoNames load), and the export columns.

Like PETRARCH's validation dictionaries, the engine is tested on entries written here, so these
tests do not move when the shipped data changes. One test loads the real data.
"""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.gazetteer import (
    Entry,
    Gazetteer,
    Hints,
    action_geo,
    folded,
    plover_event_loc,
)
from dateline.record import (
    Event,
    EventDate,
    EventLocation,
    Place,
    Record,
    Source,
    Span,
)

RULES = {"resolve": "r.resolve", "container": "r.container", "context": "r.context",
         "population": "r.population", "lexicon": "r.lexicon", "one-country": "r.one-country",
         "unresolved": "r.unresolved"}
GEORGIA_COUNTRY = Entry("Georgia", "country", "GEO", gazetteer_id="geonames:614540",
                        population=3_700_000)
GEORGIA_STATE = Entry("Georgia", "admin1", "USA", "Georgia", gazetteer_id="geonames:4197000")
ILLINOIS = Entry("Illinois", "admin1", "USA", "Illinois", gazetteer_id="geonames:4896861")
OHIO = Entry("Ohio", "admin1", "USA", "Ohio", gazetteer_id="geonames:5165418")
SPRINGFIELD_IL = Entry("Springfield", "city", "USA", "Illinois", 39.8, -89.6, "geonames:4250542",
                       114_000)
SPRINGFIELD_OH = Entry("Springfield", "city", "USA", "Ohio", 39.9, -83.8, "geonames:4525353",
                       58_000)
TRIPOLI_LY = Entry("Tripoli", "city", "LBY", None, 32.9, 13.2, "geonames:2210247", 1_150_000)
TRIPOLI_LB = Entry("Tripoli", "city", "LBN", None, 34.4, 35.8, "geonames:266826", 229_000)
PARIS_FR = Entry("Paris", "city", "FRA", None, 48.9, 2.35, "geonames:2988507", 2_138_000)
PARIS_TX = Entry("Paris", "city", "USA", "Texas", 33.7, -95.6, "geonames:4717560", 25_000)
CORDOBA_AR = Entry("Córdoba", "city", "ARG", None, -31.4, -64.2, "geonames:3860259", 1_400_000)
CORDOBA_ES = Entry("Córdoba", "city", "ESP", None, 37.9, -4.8, "geonames:2519240", 326_000)
LEBANON = Entry("Lebanon", "country", "LBN", gazetteer_id="geonames:272103", population=6_800_000)
LEBANON_PA = Entry("Lebanon", "city", "USA", "Pennsylvania", 40.3, -76.4, "geonames:5197159",
                   25_000)
VALENCIA_ES = Entry("Valencia", "city", "ESP", None, 39.5, -0.4, "geonames:2509954", 800_000)
VALENCIA_VE = Entry("Valencia", "city", "VEN", "Carabobo", 10.2, -68.0, "geonames:3625549",
                    1_400_000)
GAZA = Entry("Gaza Strip", "territory", "PSE", "Gaza Strip", 31.4, 34.4, "dateline:gaza-strip",
             source="dateline")
GAZA_CITY = Entry("Gaza", "city", "PSE", None, 31.5, 34.5, "geonames:281133", 410_000)


@pytest.fixture(scope="module")
def small() -> Gazetteer:
    entries = [(e.name, e) for e in (GEORGIA_COUNTRY, GEORGIA_STATE, ILLINOIS, OHIO,
                                     SPRINGFIELD_IL, SPRINGFIELD_OH, TRIPOLI_LY, TRIPOLI_LB,
                                     PARIS_FR, PARIS_TX, CORDOBA_AR, CORDOBA_ES, LEBANON,
                                     LEBANON_PA, VALENCIA_ES, VALENCIA_VE, GAZA, GAZA_CITY)]
    entries += [("Gaza", GAZA), ("Cordoba", CORDOBA_AR), ("Cordoba", CORDOBA_ES)]
    return Gazetteer(entries, RULES, {"GE": "GEO", "US": "USA"})


def test_folded_ignores_case_accents_article_and_possessive() -> None:
    assert folded("Córdoba") == folded("CORDOBA") == "cordoba"
    assert folded("the Gaza Strip") == "gaza strip"
    assert folded("Russia's") == "russia"
    assert folded("Bab al-Mandab") == "bab al mandab"


def test_containment_decides_springfield(small: Gazetteer) -> None:
    found = small.resolve("Springfield", Hints(container=OHIO))
    assert found is not None and found.entry is SPRINGFIELD_OH and found.rule == "r.container"


def test_bare_springfield_gives_only_the_country(small: Gazetteer) -> None:
    found = small.resolve("Springfield")
    assert found is not None and found.rule == "r.one-country"
    assert found.entry.country == "USA" and found.entry.gazetteer_id is None


def test_article_countries_decide_cordoba(small: Gazetteer) -> None:
    found = small.resolve("Cordoba", Hints(countries=Counter({"ESP": 2})))
    assert found is not None and found.entry is CORDOBA_ES and found.rule == "r.context"


def test_dateline_country_decides_tripoli(small: Gazetteer) -> None:
    found = small.resolve("Tripoli", Hints(dateline_country="LBN"))
    assert found is not None and found.entry is TRIPOLI_LB


def test_population_decides_only_with_a_wide_margin(small: Gazetteer) -> None:
    paris = small.resolve("Paris")
    assert paris is not None and paris.entry is PARIS_FR and paris.rule == "r.population"
    assert small.resolve("Valencia") is None  # 1.4 million against 800,000: not wide enough


def test_georgia_stays_unresolved_without_evidence(small: Gazetteer) -> None:
    assert small.resolve("Georgia") is None
    state = small.resolve("Georgia", Hints(countries=Counter({"USA": 3})))
    assert state is not None and state.entry is GEORGIA_STATE
    country = small.resolve("Georgia", Hints(countries=Counter({"GEO": 1})))
    assert country is not None and country.entry is GEORGIA_COUNTRY


def test_a_country_beats_a_town_named_after_it(small: Gazetteer) -> None:
    found = small.resolve("Lebanon", Hints(countries=Counter({"USA": 5})))
    assert found is not None and found.entry is LEBANON


def test_our_own_entries_come_first(small: Gazetteer) -> None:
    found = small.resolve("Gaza")
    assert found is not None and found.entry is GAZA and found.rule == "r.lexicon"


def test_unknown_name_is_none(small: Gazetteer) -> None:
    assert small.resolve("Atlantis") is None


def test_real_gazetteer_loads_geonames_and_our_file() -> None:
    gazetteer = Gazetteer.load()
    kyiv = gazetteer.resolve("Kyiv")
    assert kyiv is not None and kyiv.entry.country == "UKR" and kyiv.entry.feature == "city"
    kiev = gazetteer.resolve("Kiev")  # an alternate name
    assert kiev is not None and kiev.entry == kyiv.entry
    hormuz = gazetteer.resolve("the Strait of Hormuz")
    assert hormuz is not None and hormuz.entry.feature == "water"
    assert hormuz.entry.gazetteer_id == "dateline:strait-of-hormuz"
    illinois = gazetteer.resolve("Illinois")
    assert illinois is not None and illinois.entry.gazetteer_id == "geonames:4896861"
    assert gazetteer.resolve("United Nations") is None  # a dateline-only entry
    assert gazetteer.resolve("United Nations", Hints(on_dateline=True)) is not None


def _record_with_location() -> tuple[Record, Event]:
    text = "Protesters marched in Kharkiv."
    place = Place("p1", "Kharkiv", "city", "UKR", None, 49.98, 36.25, "geonames:706483",
                  "places.resolve.v1", [Span.of(text, 21, 28)])
    event = Event("e1", "PROTEST", None, None, ["a1"], [], EventDate(None, None, "unknown"),
                  "asserted", None, Span.of(text, 11, 18), Span.of(text, 0, len(text)), "rule",
                  1.0, location=EventLocation("p1", "clause"))
    record = Record("sha256:x", Source(), None, None, "none", text, places=[place],
                    events=[event])
    return record, event


def test_action_geo_columns() -> None:
    record, event = _record_with_location()
    geo = action_geo(record, event)
    assert geo["ActionGeo_Type"] == 4 and geo["ActionGeo_CountryCode"] == "UKR"
    assert geo["ActionGeo_FullName"] == "Kharkiv, UKR"
    assert geo["ActionGeo_Lat"] == 49.98 and geo["ActionGeo_FeatureID"] == "706483"
    event.location = None
    assert set(action_geo(record, event).values()) == {""}


def test_plover_event_loc() -> None:
    record, event = _record_with_location()
    loc = plover_event_loc(record, event)
    assert loc is not None and loc["geonamesID"] == 706483 and loc["basis"] == "clause"
    event.location = None
    assert plover_event_loc(record, event) is None
