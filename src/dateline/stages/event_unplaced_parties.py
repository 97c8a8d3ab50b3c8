"""Parties whose country no guess from where the story is can give
(``events.args.unplaced-party.v1``, wave 49 ev49b).

The article's country (``events.args.article-country.v9``) and the place of the sentence
(``events.args.sentence-place-country.v4``) are guesses: right for "protesters" or "police" in a
story set in one country, wrong for parties that the place of the story does not make a country's
own. By CONVENTIONS a group's country is empty when the text does not make it plain:

- a named armed group the lexicon gives no country (Islamic State, al-Qaeda, "Al Qaeda
  fighters"): it fights in many countries, so neither guess holds;
- unidentified attackers (``actor_rules.unplaced_party_sectors``: "gunmen", "a suicide bomber")
  and groups named for their methods or creed (``actor_rules.unplaced_party_heads``:
  "militants", "jihadists"): the article's country is no guess of theirs. The place of their own
  sentence still is ("militants fired rockets in Gaza"), as is a country in their own phrase,
  and so is the article's when their name ties them to its state ("pro-government gunmen",
  ``actor_rules.allied_party_words``).
- advocacy groups named only by their cause ("rights groups", "human rights groups";
  ``actor_rules.unplaced_advocate_sectors``, ``events.args.unplaced-advocates.v1``, wave 82):
  they speak on a country from anywhere, and coders of rounds 44-48 left their country empty
  where the text gives none; a word of their own name that keeps them at home ("local rights
  groups"; ``actor_rules.home_advocate_words``) keeps the article's guess.

An event whose party is kept from a guess names the rule after its trigger rule.
"""

from __future__ import annotations

from dateline.record import Actor
from dateline.stages.actor_lexicon import code_description, rule_words
from dateline.stages.state import DocState

UNPLACED_PARTY_RULE = "events.args.unplaced-party.v1"
UNPLACED_ADVOCATES_RULE = "events.args.unplaced-advocates.v1"


def placeable(ids: list[str], article_guess: bool, state: DocState,
              rules: list[str], speaker: bool = True) -> list[str]:
    """The parties of ``ids`` a guessed country may go to; when one is kept from it, the event
    names ``UNPLACED_PARTY_RULE``. Advocacy groups are kept from the guess only as the act's
    source (``speaker``): a state acting on rights groups most often acts on its own."""
    kept = [i for i in ids if not unplaced(state.actor(i), article_guess)]
    if len(kept) < len(ids) and UNPLACED_PARTY_RULE not in rules:
        rules.append(UNPLACED_PARTY_RULE)
    if article_guess and speaker:
        advocates = [i for i in kept if _unplaced_advocates(state.actor(i))]
        if advocates and UNPLACED_ADVOCATES_RULE not in rules:
            rules.append(UNPLACED_ADVOCATES_RULE)
        kept = [i for i in kept if i not in advocates]
    return kept


def unplaced(actor: Actor | None, article_guess: bool) -> bool:
    """The actor takes no country from where the story or its sentence is (module docstring)."""
    if actor is None or actor.country is not None or actor.kind == "country":
        return False
    if _stateless_named_group(actor):
        return True
    if not article_guess:
        return False
    words = actor.name.lower().split()
    if any(word in rule_words("allied_party_words") for word in words):
        return False
    head = words[-1] if words else ""
    return (actor.sector or "").lower() in rule_words("unplaced_party_sectors") \
        or head in rule_words("unplaced_party_heads")


def _stateless_named_group(actor: Actor) -> bool:
    """"Islamic State", "Al Qaeda fighters": the lexicon names an armed group in the actor's
    name and gives it no country (``actor_rules.stateless_party_sectors``)."""
    org = code_description(actor.name).organization
    return org is not None and org.country is None \
        and (org.sector or "").lower() in rule_words("stateless_party_sectors")


def _unplaced_advocates(actor: Actor | None) -> bool:
    """"Rights groups urged the government ...": an advocacy group with no country of its own
    takes none from the story (``UNPLACED_ADVOCATES_RULE``); "local rights groups" do. A single
    activist is not such a group: a person named in the story is most often of its country."""
    if actor is None or actor.country is not None or actor.kind in ("country", "person"):
        return False
    if (actor.sector or "").lower() not in rule_words("unplaced_advocate_sectors"):
        return False
    return not set(actor.name.lower().split()) & rule_words("home_advocate_words")
