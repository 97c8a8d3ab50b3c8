""""The government" a foreign state's official urges or blames is the story's, not his own
(session 112; issue 11, pattern 4).

Judged rounds 41-124: "U.S. President Joe Biden said the United States stood with the Cuban
people ... and urged the government to refrain from violence", "The U.S. ambassador in Dhaka ...
urged the government to conduct a credible inquiry", "Western governments, including Germany,
have urged the authorities to keep to the new timetable": coreference read the bare "the
government" as the nearest government named, the speaker's own, and the judges wanted the
government of the country the story is about.

``events.args.foreign-addressee.v1``: for the acts of ``clauses.foreign_addressee_types``, when
every doer speaks for one state (the country, its government or an official of it) that is not
the article's country, a target that is that same state's government and is named in the
event's sentence by a bare description ("the government", "the authorities": ``the`` and a
word of ``clauses.domestic_institutions``) becomes the article's country's government, or the
country itself when the article has no government actor of it. With neither, the target is
dropped: no target rather than the speaker's own. A state that names its own government by name
("Washington", "his government") is left as it is, and so is a doer that is a group ("Kenyan
opposition politicians") or whose phrase names the home's critics (``clauses.home_critic_words``:
"opposition lawmakers in Berlin ... urged the government", whatever the doer was coded).

``events.args.home-addressee.v1`` (session 115; judged rounds 138 and 140: "India's main
opposition Congress party urged the government to use all its diplomatic influence" coded
Qatar's government, "Opposition parties called on the government to be transparent" France's):
the other way round, when every doer is a party of one state's own politics (a political party,
lawmakers, the opposition: sector ``HOME_POLITICS_SECTORS`` or a name with a word of
``clauses.home_critic_words``; not a whole legislature, which a misread name can make another
state's: "the All People's Congress" read as the U.S. Congress) and a target named by such a
bare description is another state's government, the government meant is the doers' own: it
becomes their state's government actor, else their country's (made when the article names the
country only inside the doers' phrase, "India's main opposition Congress party").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_countries import dominant_country
from dateline.stages.event_own_state_target import state_countries
from dateline.stages.place_targets import country_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = ["FOREIGN_ADDRESSEE", "HOME_ADDRESSEE", "foreign_addressee", "home_addressee"]

FOREIGN_ADDRESSEE = "events.args.foreign-addressee.v1"
HOME_ADDRESSEE = "events.args.home-addressee.v1"
#: Sectors of the parties of a state's own politics, who urge or blame their own government.
HOME_POLITICS_SECTORS = frozenset({"PTY"})


def foreign_addressee(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Give a foreign state's bare "the government" the article's country (module docstring)."""
    if event_type.lower() not in words("foreign_addressee_types") or not args.target:
        return
    speaking = state_countries([a for a in args.source if _state_speaker(state.actor(a))], state)
    if len(speaking) != 1:
        return
    own = next(iter(speaking))
    wrong = {a for a in args.target if _government_of(state.actor(a), own)}
    if not wrong or not (wrong := wrong & _barely_described(token, state)):
        return
    home = dominant_country(token.doc, state)  # counted once per doc, asked last
    if home is None or home == own or _home_critics(token):
        return
    home_state = _home_state(home, state)
    kept = [a for a in args.target if a not in wrong]
    if home_state is not None and home_state not in kept and home_state not in args.source:
        kept.append(home_state)
    args.target = kept
    args.rules.append(FOREIGN_ADDRESSEE)


def home_addressee(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Give a home party's bare "the government" its own state (module docstring)."""
    if event_type.lower() not in words("foreign_addressee_types") or not args.target \
            or not args.source:
        return
    doers = [state.actor(a) for a in args.source]
    homes = {a.country for a in doers if a is not None}
    if len(homes) != 1 or None in homes \
            or not all(a is not None and _home_politics(a) for a in doers):
        return
    home = next(iter(homes))
    assert home is not None
    wrong = {a for a in args.target if (actor := state.actor(a)) is not None
             and actor.kind == "organization" and actor.sector == "GOV"
             and actor.country not in {None, home}}
    if not wrong or not (wrong := wrong & _barely_described(token, state)):
        return
    home_state = _home_state(home, state) or country_actor(token.doc, state, home, make=True)
    kept = [a for a in args.target if a not in wrong]
    if home_state is not None and home_state not in kept:
        kept.append(home_state)
    args.target = kept
    args.rules.append(HOME_ADDRESSEE)


def _home_politics(actor: Actor) -> bool:
    """A party of a state's own politics: a political party, lawmakers, the opposition."""
    critics = words("home_critic_words")
    return actor.kind != "country" and (actor.sector in HOME_POLITICS_SECTORS or bool(
        set(actor.name.lower().split()) & critics))


def _state_speaker(actor: Actor | None) -> bool:
    """The country, its government or one official of it; not a group ("Kenyan opposition
    politicians" are coded GOV but speak against their own government)."""
    return actor is not None and actor.kind != "group"


def _home_critics(token: Token) -> bool:
    """The doer's phrase names the home's own critics ("Opposition lawmakers in Berlin said
    ... and urged the government"): whatever the doer was coded, "the government" is theirs."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "said ... and urged": the first verb's subject
    critics = words("home_critic_words")
    return any(t.lower_ in critics for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
               for t in c.subtree)


def _barely_described(token: Token, state: DocState) -> set[str]:
    """Actors the trigger's sentence names only as "the government", "the authorities"."""
    institutions = words("domestic_institutions")
    sentence = sentence_of(token)
    found = set()
    starting = (m for i in range(sentence.start, sentence.end) for m in state.mentions_at(i)
                if m.start == i and m.end <= sentence.end)
    for mention in starting:
        span = token.doc[mention.start : mention.end]
        if len(span) > 1 and span[0].lower_ == "the" and span[1:].text.lower() in institutions:
            found.add(mention.actor_id)
    return found


def _government_of(actor: Actor | None, country: str) -> bool:
    return actor is not None and actor.country == country and actor.kind == "organization" \
        and actor.sector == "GOV"


def _home_state(home: str, state: DocState) -> str | None:
    """The article's country's government actor, else the country's own actor; not an
    embassy or a ministry of it."""
    governments = [a.id for a in state.actors if _government_of(a, home)
                   and a.name.lower().endswith("government")]
    countries = [a.id for a in state.actors if a.country == home and a.kind == "country"]
    return next(iter(governments + countries), None)
