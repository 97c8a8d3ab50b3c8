"""Issue 11, ev18b: countries guessed from where a story is, for parties acting elsewhere.

Short texts written for these rules (dev stories showed the shapes): the article's country is no
guess for a party whose sentence sets the act in another country's places only, nor for
peacekeepers (``events.args.article-country.v5``); regional bodies of many member states are
international bodies with no country (``organizations.yaml``).
"""

from __future__ import annotations

import pytest

from dateline.record import Actor, Record
from dateline.stages.actor_lexicon import code_description
from tests.event_records import record_of


def _named(record: Record, name: str) -> Actor:
    found = next((a for a in record.actors if a.name == name), None)
    assert found is not None, [a.name for a in record.actors]
    return found


# --- the act is set in another country's places ---------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_group_acting_in_a_foreign_city_takes_no_article_country() -> None:
    record = record_of("Norway sent a new envoy on Monday. Norway said Norway would help. "
                       "Gunmen kidnapped two Kenyan engineers in Mogadishu on Sunday.")
    assert _named(record, "Gunmen").country != "NOR"


@pytest.mark.usefixtures("nlp")
def test_a_group_acting_in_the_story_country_keeps_it() -> None:
    record = record_of("Chile's government said on Monday that Chile would not yield. "
                       "Protesters blocked a highway near Valparaiso and set fire to a bus.")
    assert _named(record, "Protesters").country == "CHL"


@pytest.mark.usefixtures("nlp")
def test_a_group_with_no_place_keeps_the_article_country() -> None:
    record = record_of("Peru's president said on Monday that Peru would hold elections. "
                       "Protesters blocked a highway and set fire to a bus.")
    assert _named(record, "Protesters").country == "PER"


@pytest.mark.usefixtures("nlp")
def test_a_party_whose_own_phrase_names_the_story_country_keeps_it() -> None:
    record = record_of("Norway's government said on Monday that Norway would help. The leader "
                       "of a Norwegian fishing union was in Reykjavik to protest the quotas.")
    assert _named(record, "leader").country == "NOR"


# --- peacekeepers -----------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_peacekeepers_take_no_country_from_where_they_serve() -> None:
    record = record_of("Peacekeepers fired on protesters in Bangui on Monday. The Central "
                       "African Republic said the Central African Republic would investigate.")
    assert _named(record, "Peacekeepers").country is None


@pytest.mark.usefixtures("nlp")
def test_peacekeepers_take_no_article_country() -> None:
    record = record_of("Mali's government said on Monday that Mali would act. Mali closed a "
                       "road. Gunmen attacked peacekeepers on Sunday.")
    assert _named(record, "peacekeepers").country is None


# --- regional bodies of many member states ----------------------------------------------------


@pytest.mark.parametrize("name", ["APEC", "CARICOM", "Caricom", "Mercosur", "SAARC",
                                  "Pacific Islands Forum", "Eurasian Economic Union"])
def test_a_regional_body_is_international_with_no_country(name: str) -> None:
    code = code_description(name)
    assert code.organization is not None
    assert code.country is None
    assert code.sector == "IGO"


@pytest.mark.usefixtures("nlp")
def test_a_regional_body_takes_no_article_country() -> None:
    record = record_of("Britain said on Monday that Britain would not pay. Caricom urged "
                       "Britain to pay reparations for slavery.")
    body = _named(record, "Caribbean Community")
    assert body.country is None
    assert body.sector == "IGO"
