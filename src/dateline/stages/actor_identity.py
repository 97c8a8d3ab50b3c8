"""One actor per real-world person within an article: names split, joined and aliased.

- A name entity that joins two names ("Szilard and Orban", "Trump-Biden") is two people.
- A lone surname is the person with that surname named in full in the article; when it comes
  first and exactly one full name with that surname follows, the two are merged. Two full
  names that share a surname (relatives, namesakes) stay apart.
- An actor's ``aliases`` are the other names its mentions use ("US", "United States",
  "America"), never pronouns or descriptions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from dateline.record import Actor

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder
    from dateline.stages.state import ActorMention

#: Rules whose mentions are names (not pronouns or descriptions): they give aliases.
NAME_RULE_PREFIXES = ("actors.person.", "actors.surname.", "actors.country.",
                      "actors.organization.", "actors.group.", "actors.place.")
JOINERS = {"and", "&", "-", "–", "/"}


def split_names(ent: Span) -> list[Span]:
    """"Szilard and Orban" -> two names; "Trump-Biden" -> two names when both occur on their
    own elsewhere in the text; "Jean-Claude Trichet" stays one."""
    joins = [t.i for t in ent if t.text in JOINERS and ent.start < t.i < ent.end - 1]
    if len(joins) != 1:
        return [ent]
    cut = joins[0]
    left, right = ent.doc[ent.start : cut], ent.doc[cut + 1 : ent.end]
    spaced = ent.doc[cut].text in {"and", "&"} or bool(ent.doc[cut - 1].whitespace_)
    if not spaced and not (_elsewhere(left, ent) and _elsewhere(right, ent)):
        return [ent]
    if not (left.text[:1].isupper() and right.text[:1].isupper()):
        return [ent]
    for part in (left, right):
        part.label_ = ent.label_
    return [left, right]


def _elsewhere(part: Span, ent: Span) -> bool:
    word = part[-1].text
    return any(t.text == word for t in part.doc if not ent.start <= t.i < ent.end)


def same_person(actors: list[Actor], name: str, role: str | None = None) -> Actor | None:
    """The person an incoming name refers to: a lone surname -> the first person named with
    that surname; a full name -> an earlier lone-surname actor with its surname. The first, not
    the latest (part of ``actors.person.v7``, wave 104): wire copy names its main person first
    and kin or namesakes after ("Keiko Fujimori ... her father, Alberto Fujimori ... Fujimori
    conceded"; judged rounds 65-78 gave four acts to the later namesake). A titled surname
    ("President Rajapaksa") is first the namesake who holds that title."""
    words = name.split()
    people = [a for a in actors if a.kind == "person"]
    if len(words) == 1:
        namesakes = [a for a in people if a.name.split()[-1] == name]
        titled = [a for a in namesakes if role and (a.role or "").lower() == role.lower()]
        by_surname = next(iter(titled or namesakes), None)
        return by_surname or by_given_name(people, name)
    lone = [a for a in people if a.name == words[-1]]
    full = [a for a in people if len(a.name.split()) > 1 and a.name.split()[-1] == words[-1]]
    return lone[-1] if lone and not full else None


#: "Suu Kyi" after "Aung San Suu Kyi" (wave 107): the last words of one person's longer name.
NAME_TAIL_RULE = "actors.person.name-tail.v1"


def longer_name_holder(actors: list[Actor], name: str) -> Actor | None:
    """The one earlier person whose name of more words ends in ``name`` (two words or more):
    "Suu Kyi" after "Aung San Suu Kyi" (``NAME_TAIL_RULE``)."""
    words = name.split()
    if len(words) < 2:
        return None
    holders = [a for a in actors if a.kind == "person" and len(a.name.split()) > len(words)
               and a.name.split()[-len(words):] == words]
    return holders[0] if len(holders) == 1 else None


def by_given_name(people: list[Actor], word: str) -> Actor | None:
    """"Najib" after "Prime Minister Najib Razak": a lone name that is another word of exactly
    one person's full name (and nobody's surname) is that person."""
    if len(word) < 3 or not word[:1].isupper():
        return None
    holders = [a for a in people if len(a.name.split()) > 1 and word in a.name.split()[:-1]]
    return holders[0] if len(holders) == 1 else None


def same_body(actors: list[Actor], name: str) -> Actor | None:
    """"SIA" after "Singapore Airlines" (its initials), "Ford" after "Ford Motor Company" (its
    first word, when exactly one body starts with it): the same organisation."""
    bodies = [a for a in actors if a.kind == "organization" and len(a.name.split()) > 1]
    if name.isupper() and 2 <= len(name) <= 6:
        found = [a for a in bodies if initials(a.name) == name]
    elif len(name.split()) == 1 and name[:1].isupper():
        found = [a for a in bodies if a.name.split()[0] == name]
    else:
        return None
    return found[0] if len(found) == 1 else None


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in {"the"})


def merge_surname_actors(builder: ActorBuilder) -> None:
    """A lone-surname actor whose surname exactly one full-name person carries is that person."""
    people = [a for a in builder.actors if a.kind == "person"]
    for actor in people:
        if len(actor.name.split()) != 1:
            continue
        full = [a for a in people if a is not actor and len(a.name.split()) > 1
                and a.name.split()[-1] == actor.name]
        if len(full) != 1:
            continue
        target = full[0]
        for mention in builder.mentions:
            if mention.actor_id == actor.id:
                mention.actor_id = target.id
        target.country = target.country or actor.country
        target.sector = target.sector or actor.sector
        target.role = target.role or actor.role
        if actor.id in builder.sources:
            builder.sources.setdefault(target.id, builder.sources[actor.id])


def merge_short_bodies(builder: ActorBuilder) -> None:
    """"Ford" named before "The Ford Motor Company" (as the body a person speaks for): a one-word
    organisation is the organisation whose longer name starts with that word, when exactly one
    does and their countries do not differ (``same_body`` the other way round)."""
    bodies = [a for a in builder.actors if a.kind == "organization"]
    for actor in bodies:
        if len(actor.name.split()) != 1:
            continue
        longer = [a for a in bodies if a is not actor and _first_word(a.name) == actor.name]
        if len(longer) != 1 or actor.country not in (None, longer[0].country):
            continue
        target = longer[0]
        for mention in builder.mentions:
            if mention.actor_id == actor.id:
                mention.actor_id = target.id
        for other in builder.actors:
            if other.affiliation == actor.id:
                other.affiliation = target.id
                if other.country is None and other.sector == target.sector:
                    other.country = target.country
        target.sector = target.sector or actor.sector


def _first_word(name: str) -> str:
    words = [w for w in name.split() if w.lower() != "the"]
    return words[0] if len(words) > 1 else ""


def fill_aliases(actors: list[Actor], mentions: list[ActorMention]) -> None:
    """Other names an actor goes by, from its name mentions, in order of first use."""
    for actor in actors:
        names = [m.text for m, rule in zip(actor.mentions, _rules_of(actor, mentions), strict=True)
                 if rule.startswith(NAME_RULE_PREFIXES)]
        actor.aliases = [n for n in dict.fromkeys(names) if n != actor.name and n[:1].isupper()]


def _rules_of(actor: Actor, mentions: list[ActorMention]) -> list[str]:
    """The rules of an actor's mentions, in the order its ``mentions`` spans were filled."""
    return [m.rule for m in mentions if m.actor_id == actor.id]
