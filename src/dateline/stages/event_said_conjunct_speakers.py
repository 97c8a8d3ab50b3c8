"""The speaker of a statement joined after what the speaker reported (issue 11, session 114).

"Papandreou said the government had lost the trust of the people and called for early
elections": the parser joins "called" to the reported verb ("had lost") rather than to "said", so
"called" took the reported clause's subject, the government, as its source. The call is the
speaker's. Judged rounds 41-134: of 89 statements of this shape whose source was the reported
clause's own subject (a noun, not a pronoun for the speaker), 51 were scored wrong, and the
judges named the speaker as the source in nearly all of them.

``events.args.said-conjunct-speaker.v1``: a statement (accuse, support, request) told by a verb
in the simple past with no subject or auxiliary of its own, joined after a clause that is the
complement of a verb of saying told before it (``clauses.speaker_conjunct_cues``), takes the
saying verb's subject as its source when its source was named in the reported clause's subject
(or there is none) and that subject is a noun naming another party ("said Fico's departure was
not enough and demanded": not Fico). Told in the simple past, the joined verb cannot
share the reported clause's "would", "is" or "were ...ing"; after a pluperfect it could ("Syria
had acknowledged responsibility and apologised"), so there only a verb of reaction
(``clauses.speaker_reaction_verbs``: urge, call, accuse, blame, condemn ...) is the speaker's. A
speaker with no country of its own leaves a reported state's act as it was ("a spokesman said
China would study the offer and supported any step": China).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries, actors_named_at, conjuncts
from dateline.stages.event_dates import _pluperfect
from dateline.stages.event_lead_story_dates import STATEMENT_TYPES
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["SAID_CONJUNCT_SPEAKER", "said_conjunct_speaker", "speaker_cue"]

SAID_CONJUNCT_SPEAKER = "events.args.said-conjunct-speaker.v1"
#: Dependencies that give a joined verb a clause of its own (its own party, its own tense).
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def said_conjunct_speaker(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Give a statement joined after a reported clause its speaker as source (module
    docstring)."""
    if entry_type not in STATEMENT_TYPES:
        return
    cue = speaker_cue(token)
    if cue is None:
        return
    said_by = _parties(cue, state)
    told_of = _told_of(_reported_subjects(token), state)
    if not said_by or not set(said_by).isdisjoint(told_of):
        return
    if not actor_countries(said_by, state) and _states(told_of, state):
        return  # "a spokesman said China would study the offer and supported": China's
    if args.source and not set(args.source) <= set(told_of):
        return  # a source another rule found elsewhere
    args.source = said_by
    args.target = [a for a in args.target if a not in said_by]
    args.rules.append(SAID_CONJUNCT_SPEAKER)


def speaker_cue(token: Token) -> Token | None:
    """The verb of saying whose subject is the doer of ``token``, a verb joined after the
    reported clause in the shape of the module docstring, whose reported subject is a noun (not
    a pronoun for the speaker: "said it was concerned and urged"), and which cannot share a
    pluperfect's "had" (a verb of reaction); else None. The coreference stage reads it too: an
    object pronoun of such a verb ("and urged them to join talks") may stand for the reported
    subject, not for the speaker."""
    cue = _report_cue(token)
    if cue is None:
        return None
    reported = _reported_subjects(token)
    if not reported or any(s.pos_ not in {"NOUN", "PROPN"} for s in reported):
        return None
    if _pluperfect(token.head) and token.lemma_.lower() not in words("speaker_reaction_verbs"):
        return None  # "said Syria had acknowledged responsibility and apologised": may share
    return cue


def _report_cue(token: Token) -> Token | None:
    """The verb of saying whose complement the trigger's verb is joined after, when the
    trigger is such a joined verb in the simple past with no clause of its own."""
    if token.pos_ != "VERB" or token.dep_ != "conj" or token.tag_ != "VBD" \
            or any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
        return None
    reported = token.head
    if reported.i > token.i or reported.dep_ != "ccomp":
        return None
    cue = reported.head
    if cue.i > reported.i or cue.lemma_.lower() not in words("speaker_conjunct_cues"):
        return None
    return cue


def _reported_subjects(token: Token) -> list[Token]:
    """The subjects of the reported clause the joined verb hangs on."""
    return [s for s in token.head.children if s.dep_ in SUBJECTS]


def _states(ids: list[str], state: DocState) -> bool:
    """Every actor is a coded state: a country or a government body."""
    actors = [state.actor(i) for i in ids]
    return bool(actors) and all(
        a is not None and a.country and (a.kind == "country" or a.sector == "GOV")
        for a in actors)


def _told_of(subjects: list[Token], state: DocState) -> list[str]:
    """The actors named anywhere in the reported clause's subjects ("Fico's departure")."""
    return actors_named_at([t for s in subjects for t in s.subtree], state)


def _parties(verb: Token, state: DocState) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return actors_named_at([n for s in subjects for n in [s, *conjuncts(s)]], state)
