"""Phrase tests the actors stage applies to candidate spans (issue 12).

Which capitalised names are never actors, when a group without a country takes part, when a
description waits for coreference, which words of a person's title name the body he speaks for.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.lexicons import LexiconData, active
from dateline.stages.actor_lexicon import Code, lexicon, rule_words
from dateline.stages.place_split import LOCATIVE
from dateline.stages.syntax import sentence_of

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COUNTED_VICTIMS_RULE = "actors.group.counted-victims.v1"
HARMED_GROUP_RULE = "actors.group.harmed-object.v1"
ACTED_ON_RULE = "actors.group.acted-on.v1"
FOLLOWER_COUNTRY_RULE = "actors.group.follower-country.v1"


def lexicon_source(code: Code) -> str | None:
    if code.country is None and code.sector is None:
        return None
    return "agents" if code.role_kind == "agent" else "lexicon"


def not_actor(span: Span) -> bool:
    """Platforms, market indices, policies, time zones: never actors; nor a name ending in a
    word for a law, treaty, event, index, product or venue ("the Patriot Act", "the Korean
    War", "the Macbook Pro", "the Moscone West Convention Center"; the last two words are
    matched too)."""
    lex = lexicon()
    text = span.text.removesuffix("'s").removesuffix("’s")
    if text in lex.not_actors or text.removeprefix("the ") in lex.not_actors:
        return True
    if _split_longer_name(span, text):
        return True
    words = text.split()
    ends = lex.not_actor_name_ends
    return len(span) > 1 and bool(words) and (words[-1] in ends or " ".join(words[-2:]) in ends)


def _split_longer_name(span: Span, text: str) -> bool:
    """"West" cut off "West Papua" by the recogniser: a name that names its party only alone
    (``actor_rules.whole_only_names``) before a capitalised word is part of another name."""
    if text.removeprefix("the ").lower() not in rule_words("whole_only_names"):
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.text[:1].isupper()


def in_thing_name(span: Span) -> bool:
    """"the Paris Agreement", "the Korean War": a name inside a longer name of a law, treaty
    or event (its last word in ``not_actor_name_ends``) is not an actor."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i:
        head = head.head
    return head.i != span.root.i and head.i >= span.end and head.pos_ == "PROPN" \
        and head.text in lexicon().not_actor_name_ends


def thing_label(span: Span) -> bool:
    """A name the recogniser labels, as a whole, a product, law, event, date or amount
    (``not_actor_labels``); a maker's name inside a longer product name ("Apple iPhone") is
    kept. The lexicon knows better: callers ask only for names it does not know as a body
    ("the Bundestag" is labelled a product)."""
    if span[0].ent_type_ not in lexicon().not_actor_labels or span[0].ent_iob_ != "B":
        return False
    # the entity's token marks, not ``span.ents``: that lists every entity of the doc on
    # each call, quadratic on a long article (issue 19)
    doc = span.doc
    inside = all(token.ent_iob_ == "I" for token in span[1:])
    return inside and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def thing_use(span: Span) -> bool:
    """A name used for a thing, not an actor: modifying a head noun of ``not_actor_heads``
    ("the Mac operating system", "Active Directory software"). Callers ask only for names
    with no country code: "US stock markets" names a place, which the places stage does not
    list there, so the mention stays an actor's for now."""
    lex = lexicon()
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Quartz and Active Directory software"
    if _thing_apposition(root, span):
        return True
    if root.dep_ not in {"compound", "nmod", "amod"} or root.head.i <= root.i:
        return False  # not a possessor: "Ford's stock rose" is still about Ford
    head = root.head
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
        head = head.head  # "US stock markets": "US" -> "stock" -> "markets"
    return head.lower_ in lex.not_actor_heads


def _thing_apposition(root: Token, span: Span) -> bool:
    """"Lion, the new version of Mac OS X": a name that an apposition calls a thing of
    ``not_actor_heads`` (a version, a system, a device) is a product, not an actor (act10)."""
    heads = lexicon().not_actor_heads
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        return root.head.lower_ in heads
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in heads and c.i > root.i
               for c in root.children)


DESCRIPTOR_POS = {"ADJ", "NOUN", "PROPN", "PART"}


def descriptor_before(span: Span) -> Span | None:
    """The words right before a name that describe it within its own noun phrase ("German
    airline" Lufthansa, "France's investigative agency" BEA), without a determiner."""
    doc = span.doc
    start = span.start
    sentence_start = sentence_of(doc[span.start]).start  # Span.sent walks: once
    while start > sentence_start:
        token = doc[start - 1]
        if token.pos_ not in DESCRIPTOR_POS and token.tag_ != "POS" and token.text != "-":
            break
        if token.tag_ == "POS":  # "France's": a named owner; "the company's" ends it
            if token.i == 0 or doc[token.i - 1].pos_ != "PROPN":
                break
            start -= 1
            continue
        inside = start <= token.head.i < span.end  # modifies the words taken so far
        if not inside and token not in span.root.ancestors:
            break  # "Chinese tech giant Huawei": the name may be the apposition of "giant"
        start -= 1
    return doc[start : span.start] if start < span.start else None


def takes_part(span: Span) -> bool:
    """A group without a country is an actor where it acts: a subject (or a conjunct of one),
    the agent of a passive ("by soldiers"), or a phrase standing alone ("Islamist militias")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECT_DEPS:
        return True
    if root.dep_ == "ROOT":
        return root.pos_ in {"NOUN", "PROPN"}
    return (root.dep_ == "pobj" and root.head.lower_ == "by") or counted_victims(root) \
        or harmed_group(root) or acted_on_group(root) or act_owner(root)


def act_owner(root: Token) -> bool:
    """"the rebels' attack on the town", "the army's shelling of the town": a common noun owning
    the noun of an act (a trigger noun of the events lexicon) that names its patient in a
    phrase of its own (``actor_rules.act_patient_preps``) names who did it
    (actors.description.possessor.v1). Not the owner of a thing ("soldiers' hopes"), nor the
    owner of an act with no patient phrase or with a "by" phrase: "the cleric's arrest (by
    police)" is the cleric's as the one arrested."""
    head = root.head
    if root.dep_ != "poss" or root.pos_ != "NOUN" or head.pos_ != "NOUN" or head.i < root.i:
        return False  # most words: before the import below (a microsecond or more a call)
    from dateline.stages.event_lexicon import entries_by_lemma  # the events stage's own words

    if (head.lemma_.lower(), "NOUN") not in entries_by_lemma():
        return False
    preps = {c.lower_ for c in head.children if c.dep_ in {"prep", "agent"}}
    return "by" not in preps and bool(preps & rule_words("act_patient_preps"))


def counted_victims(root: Token) -> bool:
    """"killed four soldiers", "detained 20 protesters": a counted group a harm is done to
    is the act's target (actors.group.counted-victims.v1); an uncounted object ("hired
    workers", "killed soldiers' hopes") and a group said to be some body's ("five officials
    from the coalition": the body is the target) are left out, as before."""
    return (root.dep_ == "dobj" and root.tag_ == "NNS"
            and root.head.lemma_.lower() in rule_words("harm_verbs")
            and any(child.dep_ == "nummod" for child in root.children)
            and not _said_to_be_of(root))


def harmed_group(root: Token) -> bool:
    """"police arrested protesters", "troops fired on demonstrators": an uncounted group a
    harm is done to is the act's party all the same (``HARMED_GROUP_RULE``): the object of a
    harm verb, or the object of "on"/"at" after a verb of shooting. Not "killed soldiers'
    hopes" (the group is an owner there) nor "five officials from the coalition"."""
    if root.tag_ != "NNS" or _said_to_be_of(root):
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in rule_words("harm_verbs")
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in rule_words("harm_prepositions"):
        return False
    shooting = rule_words("shooting_words")
    verb = preposition.head  # "fired on", or "opened fire on" with "on" on "opened"
    return verb.lemma_.lower() in shooting or any(
        child.dep_ == "dobj" and child.lemma_.lower() in shooting for child in verb.children)


def acted_on_group(root: Token) -> bool:
    """"the minister thanked volunteers", "talks with the organizers", "a rally against
    settlers": a plural group that an act of the event lexicon is done to, its object or
    the object of a preposition of the act's other party (``acted_on_prepositions``), is the
    act's party (``ACTED_ON_RULE``). Only a word the lexicon codes as an act whatever its
    object ("lodged a protest" needs its own object; "hired workers" is no act), and not a
    group said to be some body's ("officials from the coalition")."""
    while root.dep_ == "conj" and root.head.i < root.i and root.head.tag_ == "NNS":
        root = root.head  # "thanked volunteers and residents"
    if root.tag_ != "NNS" or (_said_to_be_of(root) and not _follower_of(root)):
        return False
    if root.lower_ in rule_words("audience_nouns"):
        return False  # "speaking with local media", "told reporters": an audience, no party
    if _forces(root):
        return False  # "not to deploy troops, aircraft, warships": the actor's own forces
    if root.dep_ in {"dobj", "dative"}:
        return _act_word(root.head)
    preposition = root.head
    return root.dep_ == "pobj" and preposition.lower_ in rule_words("acted_on_prepositions") \
        and _act_word(preposition.head)


def _follower_of(root: Token) -> bool:
    """"supporters of the ousted president", "organizers of the strike": people who act for a
    person or a cause (``follower_nouns``) are a party of their own, not the one they follow."""
    doc = root.doc
    return root.lower_ in rule_words("follower_nouns") and root.i + 1 < len(doc) \
        and doc[root.i + 1].lower_ == "of"


def follower_country(span: Span) -> str | None:
    """"Supporters of Pakistan's main opposition party": followers of a body or person whose
    words name one country are that country's (``FOLLOWER_COUNTRY_RULE``)."""
    from dateline.stages.actor_lexicon import code_description

    root = span.root
    if not _follower_of(root):
        return None
    followed = [c for c in root.doc[root.i + 1].children if c.dep_ == "pobj"]
    if not followed:
        return None
    words = root.doc[followed[0].left_edge.i : followed[0].right_edge.i + 1]
    countries = set(code_description(words.text).countries)
    return countries.pop() if len(countries) == 1 else None


def actor_subject_country(root: Token) -> str | None:
    """"Georgia's ruling party caved in to protesters", "Bangladesh police investigated two
    suspects": civilians or workers a domestic act is done to are of the country the act's
    subject names (one country only), as the events stage's domestic target has it; callers
    ask for groups of ``resident_sectors`` with no place of their own."""
    from dateline.stages.actor_lexicon import code_description

    act = root.head if root.dep_ in {"dobj", "dative"} else root.head.head
    while act.dep_ in {"xcomp", "conj"} and act.head.i != act.i:
        act = act.head  # "have begun investigating": the subject is the first verb's
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    words = root.doc[subject.left_edge.i : subject.right_edge.i + 1]
    countries = set(code_description(words.text).countries)
    return countries.pop() if len(countries) == 1 else None


def _forces(root: Token) -> bool:
    """Troops, warships: forces an act moves are the actor's own, no party acted on."""
    from dateline.stages.actor_lexicon import code_description

    return any(code_description(t.lower_).sector == "MIL"
               for t in (root, *(c for c in root.children if c.dep_ == "conj")))


def _act_word(token: Token) -> bool:
    """A verb or noun the event lexicon codes as an act with no object of its own required."""
    from dateline.stages.event_lexicon import entries_by_lemma  # events import the actors

    if token.pos_ not in {"VERB", "NOUN"}:
        return False
    entries = entries_by_lemma().get((token.lemma_.lower(), token.pos_), ())
    return any(entry.objects is None for entry in entries)


def _said_to_be_of(root: Token) -> bool:
    """"five officials from the coalition" (the parser may hang "from" on the verb)."""
    return any(token.dep_ == "prep" and token.lower_ in {"from", "of"}
               and (token.head.i == root.i or token.i == root.i + 1)
               for token in (*root.children, *root.head.children))


def unknown_body(prefix: Span) -> tuple[int, int] | None:
    """"Airbus spokesman": a run of proper nouns in the title words that are neither title
    words nor places is the body the person speaks for; a title's abbreviation or a job word
    ("Sen.", "Analyst", "Employee": ``actor_rules.not_body_words``, act10) is no body."""
    lex = lexicon()
    known, title_words = active().derived("actors.unknown_body", _unknown_body_words)
    run: list[int] = []
    for token in prefix:
        name_like = token.pos_ == "PROPN" and token.text not in known \
            and token.lower_ not in title_words and token.lower_ not in lex.institutions \
            and token.lower_ not in rule_words("calendar_words")
        if name_like:
            run.append(token.i)
        elif run:
            break
    return (run[0], run[-1] + 1) if run else None


def _unknown_body_words(data: LexiconData) -> tuple[frozenset[str], frozenset[str]]:
    """The place names and title words ``unknown_body`` skips, built once per lexicon (they
    were built again on every call: thousands of names)."""
    lex = lexicon()
    known = lex.country_names.keys() | lex.demonyms.keys() | lex.capitals.keys() | \
        lex.admin1.keys() | lex.seats.keys()
    title_words = {w for title in lex.titles for w in title.split()} | lex.former_words | {
        str(w).lower() for w in data.section("actor_rules").get("not_body_words") or []}
    return frozenset(known), frozenset(title_words)


DEFINITE = {"the", "this", "that", "these", "those"}


def definite(span: Span) -> bool:
    """"the minister", "its army": may point back to an actor named earlier."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in DEFINITE or before.tag_ == "PRP$")


def locative_object(span: Span) -> bool:
    """"in prison", "at the hospital": the description says where, not who."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def unnamed_description(span: Span, code: Code) -> bool:
    """"a judge", "the trial judge", "soldiers", "the company": a description with no name,
    no country and no organisation waits until coreference has had its chance."""
    if code.country is not None or code.organization is not None or code.role is None:
        return False
    return not any(t.pos_ == "PROPN" and t.lower_ not in lexicon().titles
                   and not t.is_sent_start for t in span if t.i != span.root.i) \
        and span.root.pos_ != "PROPN"
