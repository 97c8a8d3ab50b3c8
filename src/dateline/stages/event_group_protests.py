"""The state a named crowd protests against (issue 11, wave 43, ev43a).

``events.args.crowd-state-target.v1`` gives an unnamed crowd's protest ("thousands marched in
Minsk") the state of its country as the target. A crowd the actors stage names as a group
("protesters", "demonstrators", "opposition supporters", "the opposition") was left with no
target: "Demonstrators shouted anti-government slogans and threw stones", "opposition parties
are mounting protests calling for reforms". By CONVENTIONS a crowd protest at home is aimed at
the state of its country when it names no aim or an aim of the authorities (a law, a plan, the
police), and at nobody when its aim is something else.

``events.args.group-protest-state.v1`` fills an empty target of such a protest with the state
of the crowd's one country when:

- every source is a group actor whose role is a crowd noun (``crowds.words``) or a word of
  ``clauses.protest_party_words`` ("opposition");
- the protest is not of a mode of ``clauses.state_protest_skipped_modes`` (a labour strike is
  aimed at an employer, a boycott at whatever it shuns);
- one of the aims its phrase names (``crowds.protest_aims``, also on a protest verb it is
  joined to, and any word after an "anti-" of ``clauses.aim_prefixes`` in its sentence) is
  the state's, or it names none, and it is not held in support of anyone
  (``crowds.aimed_elsewhere``): "against the mosquito-borne diseases", "anti-Islam activists"
  keep no target, as aims of another or unknown owner;
- no place of another country is named in its sentence ("U.S. protesters demonstrate in
  Mexico": the state is Mexico's, not the crowd's, so none rather than a wrong one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.crowds import STATE_WORDS, aimed_elsewhere, crowd_words, protest_aims
from dateline.stages.event_arg_actors import Args
from dateline.stages.place_targets import country_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

GROUP_PROTEST_STATE = "events.args.group-protest-state.v1"
#: Entity labels of a named place.
PLACES = frozenset({"GPE", "LOC"})
#: Dependencies from a protest noun up to the verb that holds it ("held two demonstrations").
UP = frozenset({"dobj", "pobj", "prep", "attr"})
DEPTH = 3


def group_protest_state(args: Args, token: Token, entry_type: str, mode: str | None,
                        state: DocState) -> None:
    """The state of a named crowd's country as the target of its protest at home."""
    if entry_type != "PROTEST" or args.target or not args.source \
            or mode in words("state_protest_skipped_modes"):
        return
    country = _crowd_country(args.source, state)
    if country is None or not _aimed_at_state(token) or _abroad(token, country, state):
        return
    made = country_actor(token.doc, state, country, make=True)
    if made is not None and made not in args.source:
        args.target = [made]
        args.rules.append(GROUP_PROTEST_STATE)


def _crowd_country(source: list[str], state: DocState) -> str | None:
    """The one country of sources that are all crowds named as groups, else None."""
    nouns = crowd_words().words | words("protest_party_words")
    countries = set()
    for actor_id in source:
        actor = state.actor(actor_id)
        role = (actor.role or "").lower().split() if actor is not None else []
        if actor is None or actor.kind != "group" or not actor.country \
                or not role or not (role[-1] in nouns or set(role) & words("protest_party_words")):
            return None
        countries.add(actor.country)
    return next(iter(countries)) if len(countries) == 1 else None


def _aimed_at_state(token: Token) -> bool:
    """No aim named, or one of the named aims is the state's ("against the new law"); the aims
    of the protest verb a noun trigger's verb is joined to count too ("protested against PEGIDA
    and held two demonstrations"), and so do the "anti-" words of the sentence ("anti-Islam
    activists": aimed elsewhere; "anti-government slogans": at the state)."""
    if aimed_elsewhere(token):
        return False
    aims = [aim for top in _protest_heads(token) for aim in protest_aims(top)]
    said = {t.lemma_.lower() for aim in aims for t in aim.subtree} | _against_words(token.sent)
    return not said or bool(said & (crowd_words().state_aims | STATE_WORDS))


def _protest_heads(token: Token) -> list[Token]:
    """The trigger and, when the verb that holds it ("held demonstrations") or the trigger
    itself is joined to an earlier verb ("protested against X and held ..."), that verb."""
    verb = token
    for _ in range(DEPTH):
        if verb.pos_ == "VERB" or verb.dep_ not in UP or verb.head.i == verb.i:
            break
        verb = verb.head
    joined = verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB"
    return [token, verb.head] if joined else [token]


def _against_words(sentence: Span) -> set[str]:
    """The lemmas an "anti-" prefix sets a phrase against ("anti", "-", "government")."""
    prefixes = words("aim_prefixes")
    found = set()
    for word in sentence[:-2]:
        after = word.nbor(1)
        if word.lower_ in prefixes and after.text == "-" and after.i + 1 < sentence.end:
            found.add(word.nbor(2).lemma_.lower())
    return found


def _abroad(token: Token, country: str, state: DocState) -> bool:
    """Whether the sentence names a coded place of a country other than the crowd's."""
    for word in token.sent:
        mention = state.mention_at(word.i) if word.ent_type_ in PLACES else None
        actor = state.actor(mention.actor_id) if mention is not None else None
        if actor is not None and actor.country and actor.country != country:
            return True
    return False
