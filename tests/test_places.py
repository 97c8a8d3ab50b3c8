"""The places stage on short texts (issue 16): mentions, metonymy, resolution, event locations,
serialisable output, and the seed."""

from __future__ import annotations

from typing import Any

import pytest
import srsly
from spacy.tokens import Doc

from dateline import extract
from dateline.record import Record

pytestmark = pytest.mark.model


def _place(record: Record, surface: str) -> Any:
    return next((p for p in record.places if any(m.text == surface for m in p.mentions)), None)


def _location(record: Record, trigger: str) -> tuple[str, str] | None:
    event = next(e for e in record.events if e.trigger.text == trigger)
    if event.location is None:
        return None
    place = next(p for p in record.places if p.id == event.location.place)
    return place.mentions[0].text, event.location.basis


def _where(nlp: Any, text: str, trigger: str, event_type: str = "ASSAULT",
           date: str = "2025-01-06") -> tuple[str, str] | None:
    """Where the places stage locates an event at ``trigger``, whether or not the events stage
    finds one there (the locator apart from event extraction)."""
    from dateline.ingest.clean import clean
    from dateline.pipeline import _make_doc
    from dateline.record import Event, EventDate
    from dateline.record import Span as TextSpan
    from dateline.stages.places import locate_span, places_of

    doc = nlp(_make_doc(nlp, clean(text), date))
    start = doc.text.index(trigger)
    probe = Event("probe", event_type, None, None, [], [], EventDate(None, None, "unknown"),
                  "asserted", None, TextSpan.of(doc.text, start, start + len(trigger)),
                  TextSpan.of(doc.text, 0, 0), "probe", 1.0)
    location = locate_span(nlp, doc, probe)
    if location is None:
        return None
    place = next(p for p in places_of(doc) if p.id == location.place)
    return place.mentions[0].text, location.basis


def test_clause_place_and_gazetteer_fields(nlp: Any) -> None:
    record = extract("Russian forces shelled Kharkiv on Monday, killing three civilians.",
                     date="2025-03-03")
    kharkiv = _place(record, "Kharkiv")
    assert kharkiv.country == "UKR" and kharkiv.feature == "city"
    assert kharkiv.gazetteer_id == "geonames:706483" and kharkiv.lat is not None
    assert kharkiv.rule.startswith("places.resolve.")
    assert _location(record, "shelled") == ("Kharkiv", "clause")


def test_dateline_city_locates_an_event_the_text_does_not_place(nlp: Any) -> None:
    text = ("TRIPOLI, March 3 (Reuters) - Armed groups clashed overnight near the city's "
            "airport, residents said.")
    tripoli = _place(extract(text), "TRIPOLI")
    assert tripoli.country == "LBY" and tripoli.gazetteer_id == "geonames:2210247"
    assert _where(nlp, text, "clashed") == ("TRIPOLI", "dateline")


def test_a_loose_dateline_with_its_country(nlp: Any) -> None:
    text = ("GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - Rebels said they had taken "
            "control of the city after days of fighting.")
    goma = _place(extract(text), "GOMA")
    assert goma.country == "COD" and goma.rule.endswith("container.v1")
    assert _where(nlp, text, "fighting") == ("GOMA", "dateline")


def test_the_clause_own_place_beats_the_dateline(nlp: Any) -> None:
    text = "GENEVA, Nov 3 (AFP) - Police arrested two men in Lyon on Monday."
    assert _where(nlp, text, "arrested", "COERCE") == ("Lyon", "clause")


def test_a_clause_pointing_elsewhere_keeps_no_location(nlp: Any) -> None:
    text = ("SEOUL, Jan 14 (Yonhap) - North Korea fired a ballistic missile into the sea off "
            "its east coast on Tuesday, South Korea's military said.")
    assert _where(nlp, text, "fired", "MOBILIZE") is None


def test_near_and_north_of_locate_at_the_named_place(nlp: Any) -> None:
    text = ("Islamic State militants attacked an army checkpoint in Tarmiyah, about 50 km "
            "north of Baghdad, late on Saturday.")
    assert _where(nlp, text, "attacked") == ("Tarmiyah", "clause")
    text = "An Israeli strike on a car outside Damascus killed two men on Tuesday."
    assert _where(nlp, text, "strike") == ("Damascus", "clause")


def test_paragraph_basis_from_an_earlier_sentence(nlp: Any) -> None:
    text = "Heavy fighting broke out in Goma on Sunday. Rebels later seized the airport."
    assert _where(nlp, text, "seized") == ("Goma", "paragraph")


def test_things_said_take_no_place_from_their_content(nlp: Any) -> None:
    text = ("UNITED NATIONS, March 25 (AP) - The Security Council adopted a resolution on "
            "Monday demanding an immediate ceasefire in Gaza.")
    assert _where(nlp, text, "demanding", "REQUEST") == ("UNITED NATIONS", "dateline")


def test_metonymic_capitals_and_countries_are_not_places(nlp: Any) -> None:
    record = extract("Moscow said on Monday that it would expel two diplomats, and Washington "
                     "imposed sanctions on Tehran.", date="2025-01-06")
    assert record.places == []


def test_a_country_that_locates_is_a_place(nlp: Any) -> None:
    record = extract("Ukrainian troops held positions around Sudzha, a town in Russia's Kursk "
                     "region, on Thursday.", date="2025-02-06")
    assert _place(record, "Russia").feature == "country"
    sudzha = _place(record, "Sudzha")
    assert sudzha.country == "RUS" and sudzha.feature == "city"  # from its container


def test_containment_resolves_springfield(nlp: Any) -> None:
    record = extract("Hundreds of farmers rallied at the state capitol in Springfield, Illinois, "
                     "on Thursday against tariffs.", date="2025-04-10")
    springfield = _place(record, "Springfield")
    assert springfield.gazetteer_id == "geonames:4250542"
    assert springfield.admin1 == "Illinois" and springfield.rule.endswith("container.v1")
    text = record.text
    assert _where(nlp, text, "rallied", "PROTEST") == ("Springfield", "clause")


def test_article_context_resolves_georgia_the_us_state(nlp: Any) -> None:
    record = extract("Election officials in Georgia began a recount on Monday after a judge "
                     "ordered a review of voting machines in Atlanta.", date="2024-11-18")
    georgia = _place(record, "Georgia")
    assert georgia.country == "USA" and georgia.feature == "admin1"


def test_sentence_basis_from_the_governing_clause(nlp: Any) -> None:
    text = "Police in Hyderabad arrested 30 protesters on Tuesday who had blocked a highway."
    assert _where(nlp, text, "arrested", "COERCE") == ("Hyderabad", "clause")
    assert _where(nlp, text, "blocked", "PROTEST") == ("Hyderabad", "sentence")


def test_water_and_regions_from_our_own_file(nlp: Any) -> None:
    record = extract("Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on "
                     "Friday.", date="2024-04-12")
    hormuz = _place(record, "Strait of Hormuz")
    assert hormuz.feature == "water" and hormuz.country is None
    assert hormuz.gazetteer_id == "dateline:strait-of-hormuz"
    assert _where(nlp, record.text, "seized", "COERCE") == ("Strait of Hormuz", "clause")


def test_output_is_serialisable_on_the_doc(nlp: Any) -> None:
    from dateline.ingest.clean import clean
    from dateline.pipeline import _make_doc
    from dateline.stages.places import PLACES_KEY, SPANS_KEY, places_of

    doc = nlp(_make_doc(nlp, clean("Protesters marched in Valencia, Spain, on Saturday."),
                        "2024-11-09"))
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s.kb_id_ for s in copy.spans[SPANS_KEY]] == [s.kb_id_ for s in doc.spans[SPANS_KEY]]
    rows = srsly.msgpack_loads(srsly.msgpack_dumps(doc.user_data[PLACES_KEY]))
    assert rows[0]["name"] == "Valencia" and places_of(doc)[0].country == "ESP"
    assert places_of(copy) == places_of(doc)  # a DocBin or worker process carries them


def test_seed_places_and_locations(seed_record: Record) -> None:
    """Issue 16 seed check: no event located at a wrong place (the seed names no place where
    its events happen), and the Foreign Ministry, Moscow and Washington stay actors."""
    assert all(e.location is None for e in seed_record.events)
    surfaces = {m.text for p in seed_record.places for m in p.mentions}
    assert not surfaces & {"Moscow", "Washington", "Russia", "US", "Ukraine"}
    actor_surfaces = {m.text for a in seed_record.actors for m in a.mentions}
    assert {"Russian Foreign Ministry", "Moscow", "Washington"} <= actor_surfaces


def test_a_name_after_near_or_outside_is_a_place_the_gazetteer_need_not_know(nlp: Any) -> None:
    """Issue 16 recall (rule places.mention.near-name.v1): "near Salla"-like sites GeoNames'
    cities above 15,000 do not list are still places, left unresolved."""
    text = "Border guards detained 30 migrants near Dubicze Cerkiewne on Saturday."
    assert _where(nlp, text, "detained", "COERCE") == ("Dubicze Cerkiewne", "clause")
    text = "Riot police fired tear gas at protesters outside the National Assembly on Friday."
    assert _where(nlp, text, "fired") == ("National Assembly", "clause")
