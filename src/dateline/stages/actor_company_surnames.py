"""A person whose surname is a company's or a country's name (issue 11, wave 79; session 110).

``actors.person.company-surname.v1``; ``actors.person.country-surname.v1`` ("Prime Minister
Madhav Kumar Nepal", at the end of this module).

The recogniser names a person ("Ilir Meta", PERSON) whose last word is a lexicon company's
name ("Meta", sector BUS). The description coder finds the company inside the name, so the
name was skipped as a lexicon body and the surname alone became the company, coded with the
company's home country (Albania's president coded as the US tech company). A PERSON name of
two words or more whose company is only its last word, after given names that name no title,
place or body (``names_more``), is the person: the company's name is the person's surname.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.stages.actor_companies import names_more
from dateline.stages.actor_lexicon import code_description, lexicon

__all__ = ["COMPANY_SURNAME_RULE", "COUNTRY_SURNAME_RULE", "company_surname", "country_surname"]

COMPANY_SURNAME_RULE = "actors.person.company-surname.v1"


def company_surname(ent: Span) -> bool:
    """True when a PERSON name ends in a lexicon company's name after given names only."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    words = [t for t in ent if not t.is_punct]
    if len(words) < 2 or words[-1].tag_ == "POS":
        return False
    org = code_description(ent.text).organization
    if org is None or org.sector != "BUS":
        return False
    last = words[-1].text
    if lexicon().organizations.get(last) is not org:
        return False  # the company is not the last word alone ("Meta" of "Ilir Meta")
    given = words[:-1]
    return all(t.pos_ == "PROPN" and names_more(t.text) for t in given) \
        and not any(lexicon().organizations.get(t.text) for t in given)


#: Session 110: "Prime Minister Madhav Kumar Nepal accused India": the surname is a country's
#: name, and the source was the state of Nepal (judged round 110). A PERSON name of three words or
#: more whose last word alone is a country's name, after given names that name no title, place or
#: body, is the person.
COUNTRY_SURNAME_RULE = "actors.person.country-surname.v1"
#: Given names a country surname needs before it ("Michael Jordan" stays undecided).
COUNTRY_SURNAME_GIVEN = 2


def country_surname(ent: Span) -> bool:
    """True when a PERSON name ends in a country's name after two given names or more."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ != "PERSON" or len(words) <= COUNTRY_SURNAME_GIVEN or words[-1].tag_ == "POS":
        return False
    if words[-1].text not in lexicon().country_names:
        return False
    given = words[:-1]
    return all(t.pos_ == "PROPN" and names_more(t.text) for t in given) \
        and not any(lexicon().organizations.get(t.text) for t in given)
