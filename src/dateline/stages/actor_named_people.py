"""The people an article names, found before any other actor (``ActorCollector.collect_named``).

A person the recogniser names (``NAME_LABELS``; a regnal name such as "Tupou VI" it took for a
body), with the title written before the name or set beside it, coded from the title and then
from the leaders and Phoenix dictionaries as of the article's date; the body named in the title
becomes the person's affiliation, a company title makes an executive (``EXECUTIVE_RULE``).
Royals the recogniser missed ("Queen Margrethe of Denmark", ``ROYAL_RULE``), a title set beside
a name as the person's mention (``APPOSITION_RULE``), and later mentions of a person by surname
or given name (``actors.surname.v1``). Kept apart from ``actors.py``, which codes bodies,
places and groups: these functions read people only, each through the doc's ``ActorBuilder``.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span

from dateline.record import Actor
from dateline.stages.actor_builder import ActorBuilder, Candidate
from dateline.stages.actor_companies import body_names, body_owner, company_reading, honorific
from dateline.stages.actor_company_surnames import (
    COMPANY_SURNAME_RULE,
    COUNTRY_SURNAME_RULE,
    company_surname,
    country_surname,
)
from dateline.stages.actor_context import (
    EXECUTIVE_RULE,
    a_state,
    city_country,
    corporate_suffix,
    corporate_title,
    fits_title,
    monarch_title,
    title_phrase,
)
from dateline.stages.actor_cut_surnames import CUT_SURNAME_RULE, cut_surname
from dateline.stages.actor_dictionary_names import DICTIONARY_EXTENT_RULE, dictionary_extent
from dateline.stages.actor_evidence import country_word
from dateline.stages.actor_identity import by_given_name, split_names
from dateline.stages.actor_lexicon import Code, code_description, lexicon, rule_words
from dateline.stages.actor_misread_people import MISREAD_PERSON_RULE, misread_person
from dateline.stages.actor_particle_names import PARTICLE_NAME_RULE, merged_particle_name
from dateline.stages.actor_past_posts import (
    drop_past_post_abroad,
    drop_past_post_code,
    successor_of,
)
from dateline.stages.actor_people import PersonCode, person_code, regnal_code, titled_surname_code
from dateline.stages.actor_phrases import not_actor, thing_label, thing_use
from dateline.stages.actor_state import (
    APPOSITION_RULE,
    REGNAL_RULE,
    regnal_name,
    royal_names,
    title_mention,
)
from dateline.stages.actor_state_envoys import STATE_ENVOY_RULE, state_envoy
from dateline.stages.actor_titled_appositions import TITLED_APPOSITION_RULE, titled_apposition
from dateline.stages.actor_titles import (
    affiliation_span,
    apposed_title,
    person_name,
    possessive_of_name,
    role_text,
    strip_determiner,
    title_namesake,
    title_start,
    whole_apposition,
    without_title_words,
)
from dateline.stages.actor_unlabelled_leaders import UNLABELLED_LEADER_RULE, unlabelled_leader
from dateline.stages.state import state_of
from dateline.stages.syntax import doc_text, sentence_bounds

NAME_LABELS = {"PERSON"}
#: A one-word "person" that is a city the gazetteer knows ("the Toulouse plant"): no actor.
PLACE_NOT_PERSON_RULE = "actors.person.city-name.v1"
#: A part of a country's name read as a person's ("Barbuda" in "Antigua and Barbuda").
COUNTRY_NAME_PART_RULE = "actors.person.country-name-part.v1"
#: A name the recogniser called a body, after a person's title ("President Amando Mahamat").
TITLED_NAME_RULE = "actors.person.titled-name.v1"
#: A person whose apposed title names the body they work for ("chief economist at Merk").
EMPLOYER_RULE = "actors.person.apposed-employer.v1"
#: "Gaston Browne, president of Tonga,": the country after the apposed title's "of" decides
#: the person's country in this article, over the leaders dictionary.
APPOSED_OF_COUNTRY_RULE = "actors.person.apposed-title-of-country.v1"
#: The parts of speech of a surname mention (``surname_mentions``), as ``to_array`` gives them.
SURNAME_POS = frozenset(SYMBOLS[pos] for pos in ("PROPN", "NOUN", "X"))


def named_people(builder: ActorBuilder) -> list[Candidate]:
    """The people the recogniser names after the dateline, each with the title before or
    beside the name (``actors.person.v5``: v4, wave 102, looks a hyphenated given name up
    unhyphenated, codes a partial name's country when the article names it, and gives a
    person whose offices all begin after the article's date the country of the first; v5,
    wave 103, reads a religion role of a non-state code as no home state; v6, wave 104, codes a
    royal title's name only in a monarchy, by the name a monarch reigns under; see
    ``actor_people.person_code``, ``actor_people.regnal_code`` and ``actor_people.translate``)."""
    people: list[Candidate] = []
    dateline_end = state_of(builder.doc).dateline_end or 0
    for ent in builder.doc.ents:
        if ent.end_char <= dateline_end:
            continue  # "YEREVAN, May 3 (NWS) --" names the place of filing, not a person
        if ent.label_ in NAME_LABELS and place_read_as_person(ent):
            continue  # "the Toulouse plant", "talks in Zagreb": a city, no person
        if ent.label_ in NAME_LABELS and inside_country_name(ent):
            continue  # "Antigua and Barbuda": the country, not a person "Barbuda"
        if ent.label_ in NAME_LABELS and inside_role_phrase(ent):
            continue  # "Riot police fired": a group word's modifier, not a person "Riot"
        titled = ent.label_ not in NAME_LABELS and titled_name(ent)
        if (ent.label_ in NAME_LABELS or titled or regnal_name(ent)) \
                and ent.text[:1].isupper() and not not_actor(ent) and not thing_use(ent) \
                and not thing_label(ent) \
                and (not _lexicon_name(ent) or company_surname(ent) or country_surname(ent)):
            found = [_person(builder, name) for name in split_names(ent)]
            if company_surname(ent):  # "Ilir Meta": a person, not the company Meta (wave 79)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{COMPANY_SURNAME_RULE}"
            if country_surname(ent):  # "Madhav Kumar Nepal": not the state (session 110)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{COUNTRY_SURNAME_RULE}"
            if merged_particle_name(ent):  # "Ursula von der" + "Leyen" (wave 102, ev102e)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{PARTICLE_NAME_RULE}"
            if cut_surname(ent):  # "Ahmad Tejan" + "Kabbah" (wave 105)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{CUT_SURNAME_RULE}"
            if dictionary_extent(ent):  # "Aung San" + "Suu Kyi" (wave 107)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{DICTIONARY_EXTENT_RULE}"
            if misread_person(ent):  # "Ibrahim Boubacar Keita" read as a body (wave 106)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{MISREAD_PERSON_RULE}"
            if unlabelled_leader(ent):  # "Umaro Sissoco Embalo" not tagged (session 116)
                for candidate in found:
                    candidate.rule = f"{candidate.rule}+{UNLABELLED_LEADER_RULE}"
            for candidate in found if ent.label_ not in NAME_LABELS else []:
                candidate.rule = TITLED_NAME_RULE if titled else REGNAL_RULE  # "Tupou VI",
            people.extend(found)  # which NER called a body
    return people


def place_read_as_person(ent: Span) -> bool:
    """A one-word name the recogniser called a person, written where a place stands (after
    "in", "from", "at", "near", "of"; or modifying a common noun: "the Toulouse plant"), that
    the gazetteer knows as a city and no person named in the article carries
    (``PLACE_NOT_PERSON_RULE``: no actor). Many surnames are towns too ("Bush", "Clinton"):
    a name that acts, speaks or follows a title stays a person."""
    if len(ent) != 1 or not ent.text[:1].isupper():
        return False
    token = ent[0]
    placed = (token.dep_ == "pobj" and token.head.lower_ in rule_words("place_prepositions")) \
        or (token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.i > 0
            and token.doc[token.i - 1].lower_ == "the")
    if not placed or (token.i > 0 and token.doc[token.i - 1].lower_ in lexicon().titles) \
            or city_country(ent.text) is None:
        return False  # "a call from NHK director-general Ko": a titled person
    return not any(other.label_ in NAME_LABELS and len(other) > 1
                   and other[-1].text == ent.text for other in ent.doc.ents)


#: Tokens around a name within which a country's name of several words is looked for.
COUNTRY_NAME_REACH = 4


def inside_country_name(ent: Span) -> bool:
    """A name the recogniser called a person that is part of a longer country name the lexicon
    knows ("Antigua and Barbuda", "Trinidad and Tobago"): the country is the actor
    (``COUNTRY_NAME_PART_RULE``: no person)."""
    doc, names = ent.doc, lexicon().country_names
    sent_start, sent_end = sentence_bounds(ent)  # not Span.sent: a walk
    first, last = max(ent.start - COUNTRY_NAME_REACH, sent_start), min(
        ent.end + COUNTRY_NAME_REACH, sent_end)
    text = doc_text(doc)  # doc[start:end].text is text[doc[start].idx : end's last char]
    starts = {i: doc[i].idx for i in range(first, ent.start + 1)}
    ends = {i: doc[i - 1].idx + len(doc[i - 1]) for i in range(ent.end, last + 1)}
    for start in range(first, ent.start + 1):
        for end in range(ent.end, last + 1):
            if end - start > len(ent) and text[starts[start] : ends[end]] in names:
                return True
    return False


#: A name the recogniser called a person that begins a role phrase the lexicon knows ("Riot"
#: in "Riot police", "Border" in "Border guards"): the group or title is the actor.
ROLE_PHRASE_PART_RULE = "actors.person.role-phrase-part.v1"
#: Words after a name within which a role phrase it begins is looked for.
ROLE_PHRASE_REACH = 2


def inside_role_phrase(ent: Span) -> bool:
    """A name the recogniser called a person that, with the words after it, is a group or a
    title of the role lexicon ("Riot police", "Riot Police", "Border guards", "Police chief"):
    a modifier noun of a role word, capitalised by the sentence or a headline, is no person's
    name (``ROLE_PHRASE_PART_RULE``: no person; the role phrase is read as a group)."""
    doc, lex = ent.doc, lexicon()
    last = min(ent.end + ROLE_PHRASE_REACH, sentence_bounds(ent)[1])
    for end in range(ent.end, last + 1):
        phrase = doc[ent.start : end]
        if end > ent.start + 1 and ((joined := " ".join(t.lower_ for t in phrase)) in lex.groups
                                    or joined in lex.titles):  # no union of the tables per word
            return True
    return False


def titled_name(ent: Span) -> bool:
    """"President Amando Mahamat", "Foreign Minister Ilse Varga": a name the recogniser
    called a body, right after a person's title word, is a person's (``TITLED_NAME_RULE``)
    when no word of it is a body's (an organisation the lexicon knows, an institution, a
    title or a company word)."""
    if len(ent) < 2 or ent.start == 0 or ent.label_ not in {"ORG", "GPE", "NORP"}:
        return False
    lex = lexicon()
    if ent.doc[ent.start - 1].lower_ not in lex.titles or ent.text in lex.organizations:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.titles
               and t.lower_ not in lex.institutions and t.lower_ not in lex.organization_heads
               and not corporate_suffix(t.text) and t.text not in lex.country_names
               and t.text not in lex.demonyms for t in ent)


def person_candidate(builder: ActorBuilder, name: Span) -> Candidate:
    """A person's candidate for a name span, read with its title (``_person``)."""
    return _person(builder, name)


def _person(builder: ActorBuilder, name: Span) -> Candidate:
    name = without_title_words(name)
    prefix_start = title_start(name)
    prefix = builder.doc[prefix_start : name.start]
    described = prefix if len(prefix) else apposed_title(name)
    code = code_description(described.text) if described is not None else Code()
    if described is not None and code.organization is not None:
        title_namesake(described, code)  # "Congress's Naseemuddin Siddiqui" (India)
    past_post = drop_past_post_code(described, code)  # "former World Bank economist X"
    if past_post is None and code.former and code.country is not None:  # "X, a former U.S.
        past_post = drop_past_post_abroad(described, code, _known_country(builder.doc, name))
    if code.country is None and code.role_kind == "institution":
        code.country = _institution_country(builder, code.role)
    envoy = state_envoy(described, code)  # "Britain's UN envoy, Nick Bryer,": GBR
    role = role_text(described) if described is not None and code.role else None
    code.role = role
    start = prefix_start if len(prefix) else name.start
    of_country = apposed_of_country(described, name) if code.country is None else None
    if of_country is not None:
        code.country, code.countries = of_country, [of_country]
    titled = titled_apposition(name, prefix, code, apposed_of_country)  # "Dr. X, the president
    source = "title" if code.country or code.sector else None  # of the Dominican Republic,"
    source = _dictionary_code(builder.doc, person_name(name), code) or source
    successor = successor_of(described, past_post, code.country)  # "former Yugoslav President"
    if successor is not None:
        code.country, code.countries, source = successor, [successor], "title"
    # v7 (session 113; judged round 131: "pro-Russian opposition leader Viktor Medvedchuk" coded
    # Russian): a title begun by a side prefix names the side, not the person's country
    # (``actor_titles.title_start``)
    rule = "actors.person.possessive-title.v1" if any(
        possessive_of_name(t) for t in prefix) else "actors.person.v7"
    if of_country is not None:
        rule = APPOSED_OF_COUNTRY_RULE
    if envoy:
        rule = STATE_ENVOY_RULE
    if titled is not None:
        rule = TITLED_APPOSITION_RULE
    if past_post is not None:
        rule = f"{rule}+{past_post}"
    affiliation = affiliation_span(prefix)
    if affiliation is not None and honorific(builder.doc[affiliation[0] : affiliation[1]]):
        affiliation = None  # "Mr Howard": no body called "Mr"
    whole = whole_apposition(described, name) if described is not None else None
    company_title = code.organization is not None and code.organization.sector == "BUS"
    if whole is not None and (code.sector in {None, "GOV"} or company_title) and \
            corporate_title(title_phrase(whole, name).text):  # not "IMF Managing Director"
        code.sector, rule = "BUS", EXECUTIVE_RULE  # "Chief Executive Officer": not GOV
        affiliation = affiliation or affiliation_span(whole)
    employer = apposed_employer(described, whole, code) if affiliation is None else None
    if employer is not None:  # "Mark Smith, an analyst at Goldman Sachs,"
        affiliation, rule = employer, EMPLOYER_RULE
        if _body_post_over_dictionary(builder.doc, employer, whole, code, source):
            rule = f"{rule}+{BODY_POST_RULE}"  # "X, the head of the U.N. mission,": UNO
    apposition = None
    if described is not None and not len(prefix):
        before = strip_determiner(described)  # "Lithuania's foreign minister, Rūta ...":
        apposition = title_mention(described) if described.start >= name.end else (
            before.start, before.end)  # the whole phrase, as coreference would take it
        owner = body_owner(before) if described.start < name.end else None
        if owner is not None and apposition is not None:  # "Ford's Chief Executive
            apposition = (owner[1] + 1, apposition[1])  # Officer, William Clay Ford Jr.":
            affiliation = affiliation or owner  # Ford is the company, not the person
    if titled is not None:  # the apposed title is a mention of the person
        apposition = title_mention(titled)
    return Candidate(start, name.end, code, person_name(name), "person", rule,
                     source=source, affiliation=affiliation, apposition=apposition)


def apposed_of_country(described: Span | None, name: Span) -> str | None:
    """The country an apposed title names after "of", whole or as the owner of a body:
    "Gaston Browne, president of Tonga," (TON), "Dominguez, the head of Argentina's FEA,"
    (ARG) (``APPOSED_OF_COUNTRY_RULE``). Judged round 21: these synthetic stories give
    offices to people the dictionary places elsewhere; the text's office decides. Only a
    title the lexicon knows, and only a country name the lexicon knows."""
    if described is None or described.start < name.end:
        return None
    code = code_description(described.text)
    if code.role_kind != "title" or code.country is not None:
        return None
    doc, start = described.doc, described.end
    if start >= len(doc) or doc[start].lower_ != "of":
        return None
    start += 1
    while start < len(doc) and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    countries = lexicon().country_names
    for end in range(min(len(doc), start + 5), start, -1):  # the longest name first
        country = countries.get(doc[start:end].text)
        if country is None:
            continue
        after = doc[end] if end < len(doc) else None
        if after is None or (after.is_punct and after.text not in {"'", "’"}) or \
                after.tag_ == "POS" or after.text in {"'s", "’s"}:
            return country  # "of Tonga," or "of Argentina's FEA"
        return None
    return None


#: "Harri Roe, the head of the U.N. mission," (wave 99, ev99i; judged rounds 46-59): a person
#: whose apposed post is in an international body acts for that body, so the body's code
#: wins over the nationality the dictionaries hold.
BODY_POST_RULE = "actors.person.body-post.v1"
#: Where ``_dictionary_code`` says a person's codes came from a dictionary, not the text.
DICTIONARY_SOURCES = frozenset({"leaders", "phoenix", "phoenix-partial"})


def _body_post_over_dictionary(doc: Doc, employer: tuple[int, int], whole: Span | None,
                               code: Code, source: str | None) -> bool:
    """Give ``code`` the body's country and sector over those the dictionaries gave when the
    apposed post is a present one in a body of ``actor_rules.body_post_sectors`` (IGO); True
    when it did. A past post ("a former head of the U.N. mission") and a country the text
    itself gave are kept."""
    if source not in DICTIONARY_SOURCES or code.organization is not None:
        return False
    body = code_description(doc[employer[0] : employer[1]].text)
    if body.country is None or (body.sector or "").lower() not in rule_words("body_post_sectors"):
        return False
    former = lexicon().former_words
    if whole is not None and any(t.lower_ in former or t.lower_.startswith("ex-") for t in whole):
        return False
    code.country, code.countries, code.sector = body.country, [body.country], body.sector
    return True


def apposed_employer(described: Span | None, whole: Span | None,
                     code: Code) -> tuple[int, int] | None:
    """The body after a title set beside a name: "an analyst at Goldman Sachs", "the
    president of Chrysler" (``EMPLOYER_RULE``). After "at" any title or job word will do;
    after "of" or "for" only a title the lexicon knows ("a critic of the Kremlin" works for
    no one)."""
    if described is None or whole is None or not described.end < whole.end:
        return None
    preposition = described.doc[described.end]
    titled = bool(code.role) and code.role_kind == "title"
    if preposition.lower_ not in rule_words("employer_prepositions_any_job") and not (
            titled and preposition.lower_ in rule_words("employer_prepositions")):
        return None
    start = preposition.i + 1
    first = start
    while first < whole.end and described.doc[first].lower_ in {"the", "a", "an"}:
        first += 1
    found = affiliation_span(described.doc[start : whole.end], guess=False)
    if found is None or found[0] not in {start, first}:
        return None  # "spokesman for Georgia's ... Security Council": not the UN's
    return first, found[1]  # the body's name without "the"


def take_employer_codes(person: Actor, body: Actor, written: str,
                        sources: dict[str, str]) -> None:
    """A person with no country of their own works where their employer is; a bare title's
    placeholder sector (GOV for "chief", "head") or none gives way to the employer's
    ("chief economist at Merk Investments" BUS, "the head of the IMF" IGO). Only a body
    named as ``written`` is: "Georgia's National Defense and Security Council" is no
    mention of the UN's."""
    if written.removeprefix("the ") not in {body.name, *body.aliases}:
        return
    if body.sector is None and body.kind == "organization" and corporate_suffix(
            body.name.rsplit(maxsplit=1)[-1]):
        body.sector = "BUS"  # "Merk Investments": a firm's name, then business_pair
    if person.country is not None or body.country is None:
        return
    person.country = body.country
    if body.sector and person.sector in {None, "GOV"}:
        person.sector = body.sector
    sources.setdefault(person.id, "context")


def royals(builder: ActorBuilder) -> list[Candidate]:
    """"Queen Margrethe of Denmark": royals the recogniser did not name (``ROYAL_RULE``);
    the "of" country decides over a namesake in the dictionaries ("Albert II")."""
    found = []
    for start, name_start, end, country, rule in royal_names(builder.doc, builder.taken):
        name = builder.doc[name_start:end].text
        code = Code(country=country, sector="GOV" if country else None,
                    role=builder.doc[start].text, kind="person", role_kind="title")
        source = _dictionary_code(builder.doc, name, code) or ("title" if country else None)
        stop = end + 2 if country else end
        found.append(Candidate(start, stop, code, name, "person", rule, source=source))
    return found


def attach_apposition(builder: ActorBuilder, actor_id: str, start: int, end: int) -> None:
    """"Mike Rogers, chairman of the ... Committee": the title is a mention of the
    person, not an actor of its own (``actors.person.apposition.v1``)."""
    if not set(range(start, end)) & builder.taken:
        builder.attach(actor_id, start, end, APPOSITION_RULE)


#: ``state.derived`` key of the countries an article names (``countries_named``).
NAMED_COUNTRIES = "actors.named-countries"


def countries_named(doc: Doc) -> frozenset[str]:
    """The countries the article names or names the people of ("Mexico", "Mexican"), read
    once per document: a person coded from a partial name must be of one of them."""
    state = state_of(doc)
    found = state.derived.get(NAMED_COUNTRIES)
    if not isinstance(found, frozenset):
        found = frozenset(code for t in doc if t.text[:1].isupper()
                          and (code := country_word(t)) is not None)
        state.derived[NAMED_COUNTRIES] = found
    return found


def lone_word_elsewhere(span: Span, found: PersonCode) -> bool:
    """A body the Phoenix dictionaries name by one word ("Tigers", coded as Eswatini's rebels)
    whose state the article never names: a word that common is some other body's
    (``actors.organization.v2``, wave 103; judged round 75: "Police blamed the Tigers", the
    Tamil Tigers, coded SWZ). The article's own countries decide, as for a partial name."""
    words = [t for t in span if t.lower_ != "the"]
    return (len(words) == 1 and found.source == "phoenix" and found.country is not None
            and a_state(found.country) and found.country not in countries_named(span.doc))


def _dictionary_code(doc: Doc, name: str, code: Code) -> str | None:
    """Fill what the title leaves open from the leaders and Phoenix dictionaries, as of
    the article's date; the text's own title decides where it speaks."""
    day = state_of(doc).document_date
    found = person_code(name, day, named=countries_named(doc))
    if found is None and code.role and len(name.split()) == 1:
        role = code.role

        def fits(country: str) -> bool:
            return fits_title(role, country)

        def reigns_here(country: str) -> bool:  # the article names the realm: Saudi Arabia's
            return fits(country) and country in countries_named(doc)  # Abdullah is not Jordan's
        if monarch_title(role):  # "King Hussein": the name he reigns under
            found = regnal_code(name, day, reigns_here)
        found = found or titled_surname_code(name, day, code.sector,  # "President Bush"
                                             head=role.lower() in rule_words("head_titles"),
                                             fits=fits)
    if found is None or (code.country and found.country and code.country != found.country):
        return None
    filled = code.country is None and found.country is not None
    code.country = code.country or found.country
    if code.sector is None or (found.sector == "ELI" and not code.role):
        filled = filled or found.sector is not None
        code.sector = found.sector or code.sector
    return found.source if filled else None


def _known_country(doc: Doc, name: Span) -> str | None:
    """The country the dictionaries give a full name on the article's date."""
    found = person_code(person_name(name), state_of(doc).document_date,
                        named=countries_named(doc))
    return found.country if found is not None else None


def _institution_country(builder: ActorBuilder, institution: str | None) -> str | None:
    if not institution:
        return None
    for actor in reversed(builder.actors):
        if actor.kind == "organization" and institution.lower() in actor.name.lower():
            return actor.country
    wanted = institution.lower()
    for ent in builder.doc.ents:
        if ent.label_ == "ORG" and wanted in ent.text.lower():
            code = code_description(ent.text)
            if code.country:
                return code.country
    return None


def surname_mentions(builder: ActorBuilder) -> list[Candidate]:
    people = [a for a in builder.actors if a.kind == "person"]
    surnames = {a.name.split()[-1]: a for a in people}
    found = []
    marks = builder.doc.to_array(POS).tolist()  # a mention is one of these: no Token for others
    bodies = body_names(builder.doc, [a.name for a in people]) if surnames else None
    for token in (builder.doc[i] for i, pos in enumerate(marks) if pos in SURNAME_POS):
        actor = surnames.get(token.text) or (
            by_given_name(people, token.text) if token.pos_ == "PROPN" else None)
        if actor and token.i not in builder.taken and token.pos_ in {"PROPN", "NOUN", "X"}:
            if company_reading(token, bodies):
                continue  # "until Ford negotiates": the company, not William Clay Ford Jr.
            code = Code(country=actor.country, sector=actor.sector, role=actor.role)
            found.append(Candidate(token.i, token.i + 1, code, actor.name, "person",
                                   "actors.surname.v1"))
    return found


def _lexicon_name(span: Span) -> bool:
    """NER sometimes calls a group a person ("Houthis"): the lexicon knows better."""
    code = code_description(span.text)
    return code.role is None and (code.organization is not None or bool(code.countries))
