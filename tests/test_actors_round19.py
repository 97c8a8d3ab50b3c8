"""Wave 19 (ev19b): a title that names the body it is an office of is that body's, not the state
the story is about (``actors.person.body-office.v1``; ``actor_evidence.body_office``).

Dev stories showed the dominant-country guesses giving "the head of the union", "the director of
a policy centre" and "the leader of Romania's Communist Party" the country a story names most.
Short texts written for these tests."""

from __future__ import annotations

from dateline.record import Actor, Record

BODY_OFFICE = "actors.person.body-office.v1"
#: Three sentences that make Chile the article's dominant country.
CHILEAN_STORY = ("Chile's government met on Monday. Chilean police detained twenty people in "
                 "Santiago. Chile's army was sent to the port. ")


def _record(text: str) -> Record:
    from dateline import extract

    return extract(text, date="2023-06-15")


def _person(record: Record, word: str) -> Actor:
    return next(a for a in record.actors if a.kind == "person"
                and any(word in m.text for m in a.mentions))


def test_the_head_of_a_named_union_takes_no_country_from_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "The head of the Pacific Dockworkers Union said the strike "
                     "would go on.")
    head = _person(record, "head")
    assert head.country is None
    assert BODY_OFFICE in (head.rule or "")


def test_a_director_of_a_named_institute_takes_no_country_from_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "Maria Lopez, director of the Andean Institute for Water "
                     "Studies, condemned the arrests.")
    director = _person(record, "Lopez")
    assert director.country is None


def test_a_title_of_another_countrys_party_takes_that_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "The leader of Peru's Socialist Party condemned the arrests.")
    leader = _person(record, "leader")
    assert leader.country == "PER"


def test_a_title_of_a_state_body_keeps_the_dominant_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "The head of the Foreign Ministry condemned the arrests.")
    head = _person(record, "head")
    assert head.country == "CHL"
    assert BODY_OFFICE not in (head.rule or "")


def test_a_bare_official_title_keeps_the_dominant_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "Senator Rosa Pinto condemned the arrests.")
    assert _person(record, "Pinto").country == "CHL"


def test_body_office_reads_the_title_not_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.actor_evidence import body_office

    doc = nlp("The director of the Andean Institute spoke to the leader of the Foreign Ministry.")
    director = next(t for t in doc if t.lower_ == "director")
    leader = next(t for t in doc if t.lower_ == "leader")
    assert body_office([director]) == (True, None)
    assert body_office([leader]) == (False, None)


def test_the_head_of_an_unnamed_union_keeps_the_dominant_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(CHILEAN_STORY + "The head of the union said the strike would go on.")
    assert _person(record, "head").country == "CHL"
