"""Why the event stage did what it did with a sentence: ``dateline explain "sentence"``.

For every token that evokes an event entry (our lexicon or an imported CAMEO pattern), the
explanation gives the rule that fired and where it came from, the modality, the source and
target actors taken (with their countries), the date and its basis, and, for a candidate that
did not become an event, why it was dropped (an event whose confidence is under the threshold is
"withheld", as the pipeline withholds it). Tokens whose lemma is a known trigger but that
matched no entry (a CAMEO "no event" pattern, an object outside every entry's list) are listed
too, so that a rule can be trusted or fixed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.errors import ExtractionError

__all__ = ["Candidate", "explain", "format_explanation"]


@dataclass
class Candidate:
    trigger: str
    start: int
    end: int
    lemma: str
    rule: str | None
    origin: str | None
    type: str | None
    mode: str | None
    cameo: str | None
    modality: str | None
    source: list[str]
    target: list[str]
    date: str | None
    date_basis: str | None
    outcome: str  # "event" or why it was dropped
    argument_rules: list[str] = field(default_factory=list)  # event_args rules that set them
    #: our entries of the lemma kept off the token, and the rule that kept each off
    refused: list[str] = field(default_factory=list)
    #: the event's confidence (``dateline.confidence``) and the features that moved it most
    confidence: float | None = None
    confidence_reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def explain(text: str, *, date: str | dt.date | None = None,
            min_confidence: float | None = None) -> list[Candidate]:
    """The event candidates of ``text`` (one sentence or a short passage), in text order. An
    event under ``min_confidence`` (default: the pipeline's) is shown as withheld."""
    from dateline.confidence import checked_min_confidence
    from dateline.ingest.clean import clean
    from dateline.pipeline import PipelineConfig, _make_doc, applied_min_confidence, load_pipeline
    from dateline.stages.events import Narrative, consider
    from dateline.stages.state import state_of

    nlp = load_pipeline(PipelineConfig())
    threshold = applied_min_confidence(nlp, checked_min_confidence(min_confidence))
    cleaned = clean(text)
    if not cleaned.text.strip():
        raise ExtractionError("nothing is left after cleaning")
    anchor = date.isoformat() if isinstance(date, dt.date) else date
    # the stages before the events stage only: the doc as the events stage reads it, so that
    # explain finds what the pipeline does (the places stage geocodes towns after it, wave 38);
    # run one by one, not by disabling pipes on the shared pipeline another thread may be using
    doc = _make_doc(nlp, cleaned, anchor)
    for _, component in _before_events(nlp):
        doc = component(doc)
    state = state_of(doc)
    narrative = Narrative()
    found = []
    for token in doc:
        verdict = consider(doc, state, token, narrative)
        if verdict.event is not None:
            narrative.note(verdict.event, token)
        if verdict.entry is not None or _known_trigger(token):
            found.append(_scored(_candidate(verdict, state), verdict.event, state, doc,
                                 threshold))
    return found


def _scored(candidate: Candidate, event: Any, state: Any, doc: Any,
            threshold: float | None) -> Candidate:
    """The candidate with its event's confidence as the confidence stage would give it (before
    the events stage merges repeats, which keep the first mention's view), withheld when that
    is under ``threshold``."""
    if event is None:
        return candidate
    from dateline.confidence import shipped_model
    from dateline.stages.confidence import view_of

    view = view_of(event, state, doc)
    model = shipped_model()
    candidate.confidence = round(model.probability(view), 3)
    candidate.confidence_reasons = [f"{name} {weight:+.2f}"
                                    for name, weight in model.reasons(view)]
    if threshold is not None and candidate.confidence < threshold:
        candidate.outcome = (f"withheld: confidence {candidate.confidence:.2f} is under "
                             f"{threshold:.2f} (--min-confidence)")
    return candidate


def _before_events(nlp: Any) -> list[tuple[str, Any]]:
    """The pipeline's components up to the events stage, in order."""
    pipeline: list[tuple[str, Any]] = nlp.pipeline
    names = [name for name, _ in pipeline]
    return pipeline[: names.index("dateline_events")] if "dateline_events" in names else pipeline


def _known_trigger(token: Any) -> bool:
    from dateline.stages.cameo_match import table
    from dateline.stages.event_lexicon import POS_OF, entries_by_lemma

    lemma = token.lemma_.lower()
    pos = POS_OF.get(token.pos_)
    own = pos is not None and (lemma, pos) in entries_by_lemma()
    return own or (pos == "VERB" and lemma in table().verbs)


def _names(state: Any, actor_ids: list[str]) -> list[str]:
    named = []
    for actor_id in actor_ids:
        actor = state.actor(actor_id)
        if actor is not None:
            named.append(f"{actor.name} ({actor.country or '-'})")
    return named


def _candidate(verdict: Any, state: Any) -> Candidate:
    from dateline.stages.event_lexicon import refused_entries

    token, entry, args, event = verdict.token, verdict.entry, verdict.args, verdict.event
    if entry is None:
        outcome = "no entry fits (a CAMEO pattern says no event, or no object/particle fits)"
    else:
        outcome = "event" if event is not None else (verdict.dropped or "dropped")
    return Candidate(
        trigger=token.text, start=token.idx, end=token.idx + len(token.text),
        lemma=token.lemma_.lower(), rule=entry.rule if entry else None,
        origin=entry.origin if entry else None, type=entry.type if entry else None,
        mode=entry.mode if entry else None, cameo=entry.cameo if entry else None,
        modality=verdict.modality,
        source=_names(state, args.source) if args else [],
        target=_names(state, args.target) if args else [],
        date=event.date.value if event else None,
        date_basis=event.date.basis if event else None,
        outcome=outcome, argument_rules=list(args.rules) if args else [],
        refused=refused_entries(token),
    )


def format_explanation(candidates: list[Candidate]) -> str:
    """A readable report, one block per candidate."""
    if not candidates:
        return "no event trigger in the text\n"
    lines = []
    for c in candidates:
        lines.append(f"{c.trigger!r} [{c.start}:{c.end}] lemma {c.lemma}")
        if c.rule is not None:
            lines.append(f"  rule      {c.rule}  (from {c.origin})")
            lines.append(f"  type      {c.type}  mode {c.mode or '-'}  cameo {c.cameo or '-'}")
            lines.append(f"  modality  {c.modality or '-'}")
            lines.append(f"  source    {', '.join(c.source) or '-'}")
            lines.append(f"  target    {', '.join(c.target) or '-'}")
            if c.argument_rules:
                lines.append(f"  args by   {', '.join(c.argument_rules)}")
        if c.date is not None:
            lines.append(f"  date      {c.date} ({c.date_basis})")
        lines.extend(f"  refused   {r}" for r in c.refused)
        if c.confidence is not None:
            lines.append(f"  confidence {c.confidence:.2f}  ({'; '.join(c.confidence_reasons)})")
        lines.append(f"  outcome   {c.outcome}")
    return "\n".join(lines) + "\n"
