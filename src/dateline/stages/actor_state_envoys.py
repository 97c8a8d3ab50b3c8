"""A state's envoy to an international body: "Britain's UN envoy, Nick Bryer,".

Wave 67 (ev67b, issue 11; round 41 found parties named with their state coded with another
code): a person whose title names a state first, by its name, a possessive or a demonym, and
then an international body ("Britain's UN envoy", "the French NATO ambassador", "the US envoy
to the UN") speaks for the state, not for the body: the person takes the state's country and
the government sector (``actors.person.state-envoy.v1``). Only titles of a state's
representative (``actor_rules.state_envoy_titles``: envoy, ambassador, representative ...).
Left alone: a title that names the body first ("the UN's Syria envoy", "UN envoy to Syria":
the body's envoy, coded with the body), and one that names no state.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.stages.actor_context import a_state
from dateline.stages.actor_lexicon import Code, lexicon, rule_words

STATE_ENVOY_RULE = "actors.person.state-envoy.v1"
DETERMINERS = frozenset({"the", "a", "an"})


def state_envoy(described: Span | None, code: Code) -> bool:
    """Recode ``code`` with the state a representative's title names first (see the module);
    True when it did."""
    if described is None or code.organization is None or code.sector != "IGO":
        return False
    if (code.role or "").lower() not in rule_words("state_envoy_titles"):
        return False
    state = leading_state(described)
    if state is None or state == code.country or not a_state(state):
        return False
    code.country, code.sector, code.organization = state, "GOV", None
    code.countries = [state]
    return True


def leading_state(described: Span) -> str | None:
    """The state the first words of a title name ("Britain's", "French", "US"), else None."""
    words = [t for t in described if not t.is_punct]
    while words and words[0].lower_ in DETERMINERS:
        words = words[1:]
    lex = lexicon()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        part = words[:size]
        if part[-1].tag_ == "POS" or part[-1].text in {"'s", "’s"}:
            continue  # the possessive ending is the word after the name
        text = " ".join(t.text for t in part)
        if text in lex.country_names:
            return lex.country_names[text]
        if text in lex.demonyms:
            return lex.demonyms[text]
    return None
