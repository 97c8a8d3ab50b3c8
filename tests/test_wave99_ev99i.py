"""Wave 99, ev99i: a person set beside a post in an international body acts for that body.

actors.person.body-post.v1: "X, the head of the U.N. mission," gave X the nationality the
dictionaries hold (a Finn, a Chilean) because the apposed title alone ("the head") names no
country; the body after "of" is international, so its code (UNO/IGO, IAE/IGO) wins. Near misses:
a past post in the body ("a former head of ..."), a post in a national body ("director of the
Finnish ministry") and a person with no such post keep their country. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention

RULE = "actors.person.body-post.v1"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Harri Holkeri, the head of the U.N. mission in the province, urged both sides to stay calm.",
     "Harri Holkeri", "UNO"),
    ("Michelle Bachelet, the head of the United Nations rights office, criticised the arrests.",
     "Michelle Bachelet", "UNO"),
    ("Harri Holkeri, director-general of the International Atomic Energy Agency, praised the "
     "inspectors.", "Harri Holkeri", "IAE"),
])
def test_post_in_international_body_takes_its_code(text: str, name: str, country: str) -> None:
    person = actor_by_mention(text, name)
    assert RULE in person.rule
    assert (person.country, person.sector) == (country, "IGO")


@pytest.mark.parametrize(("text", "name", "country"), [
    # a past post: the body no longer speaks through the person
    ("Harri Holkeri, a former head of the U.N. mission, urged both sides to stay calm.",
     "Harri Holkeri", "FIN"),
    # a national body: the person is that state's official
    ("Harri Holkeri, the head of the Finnish trade mission, urged both sides to stay calm.",
     "Harri Holkeri", "FIN"),
    # no post beside the name at all
    ("Michelle Bachelet criticised the arrests on Monday.", "Michelle Bachelet", "CHL"),
])
def test_other_posts_keep_the_country(text: str, name: str, country: str) -> None:
    person = actor_by_mention(text, name)
    assert RULE not in person.rule
    assert person.country == country
