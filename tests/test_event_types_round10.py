"""Issue 11, round 10: no event from everyday senses of trigger verbs, from hypothetical or
awaited acts, from an act only told or aimed at, or from a restatement of the main act; and the
right type for aid packages, pacts struck, strikes called and findings of guilt.

The sentences are our own, of the shapes the round-7 judges found (docs/judged/round7)."""

from __future__ import annotations

import pytest

from tests.event_records import events_in as _events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


def _asserted(text: str) -> list[str]:
    return [e.type for e in _events(text) if e.modality == "asserted"]


# --- pattern 1: everyday senses of trigger verbs --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # pay, salaries and benefits received are no visit
        ("Kenyan soldiers will still be receiving their pay from the Kenyan government during "
         "the talks.", "CONSULT"),
        ("Greek civil servants received their salaries from the European Union.", "CONSULT"),
        # a source's anonymity, and what it will not say, are no demand or refusal
        ("A Kenyan official, requesting anonymity, said the army had moved.", "REQUEST"),
        ("The Egyptian official asked not to be named because he was not authorised to speak.",
         "REQUEST"),
        ("The Iraqi minister declined to comment on the report.", "REJECT"),
        # a question recalled or put is no demand
        ("The senator remembered asking, \"Is this the best we can do?\"", "REQUEST"),
        # a legal status is no act of support
        ("The US military says all U.S. citizens are protected under U.S. law from arrest and "
         "detention by any government, including Iran.", "SUPPORT"),
        # business flows are no aid
        ("Boeing and Lockheed software contracts provide US$300 million a year to vendors in "
         "India.", "AID"),
        # a return on money is no concession, a reward no aid
        ("The Kenyan militia leader says he is offering a $10,000 reward for information on "
         "the killing.", "AID"),
        ("The Kenyan militia leader says he is offering a $10,000 reward for information on "
         "the killing.", "AGREE"),
        ("The US Treasury felt it would give the right return for taxpayers.", "CONCEDE"),
        # a need is no demand, and what is needed is not done
        ("\"We do not need to buy aircraft from Europe,\" the Indonesian minister said.",
         "COOPERATE"),
        # a clause asked about is no event
        ("In response to questions of whether Russia would import grain from Ukraine, the "
         "Russian minister stated the principle.", "COOPERATE"),
        # a judgement of what is, warned of, is no threat
        ("The ECB president warned that talk of a complete recovery might be premature.",
         "THREATEN"),
        # a firm's candidacy, an election and a measure that goes on are no events
        ("Former Ecuadorian President Rafael Correa launched an independent presidential bid "
         "in March.", "SANCTION"),
        ("The leader of the Pacific territory voted on Sunday for a new governor and a new "
         "Congress.", "SUPPORT"),
        ("The sanctions on Indonesian airlines remained in force.", "SANCTION"),
        # a body found is no attack
        ("The Russian journalist was found dead in his apartment.", "ASSAULT"),
    ],
)
def test_everyday_senses_are_no_event(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a visitor received, and money received, stay events
        ("The Kenyan president received his Ugandan counterpart in Nairobi on Monday.", "CONSULT"),
        ("The French president received a delegation from Mali.", "CONSULT"),
        ("Kenya received $1.5 million in aid from Japan on Monday.", "AID"),
        # a threat of the speaker's own act, and a vote on a resolution, stay events
        ("Iran warned that it would retaliate against any attack.", "THREATEN"),
        ("The UN General Assembly voted for the resolution.", "SUPPORT"),
        # protecting people from attacks is still a pledge
        ("Russia vowed to protect ethnic Russians in Ukraine from attacks.", "AGREE"),
        # diplomats expelled are a cut in relations
        ("Russia expelled two British diplomats.", "SANCTION"),
    ],
)
def test_political_readings_stay(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in _types(text)


# --- pattern 2: awaited and hypothetical acts -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenyan workers will still be receiving their pay until the Kenyan government "
         "negotiates a new contract with the union.", "negotiates"),
        ("The spokesman warned that the siege will end when the French government releases the "
         "prisoners.", "releases"),
        ("Russia will not attend the talks unless Ukraine withdraws its troops.", "withdraws"),
    ],
)
def test_an_awaited_act_is_not_asserted(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.modality != "asserted" for e in _events(text) if e.trigger.text == trigger)


def test_as_soon_as_is_awaited(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _asserted("As soon as the Netherlands formally ratifies the treaty, "
                                      "the European Commission will start writing new proposals.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fighting continued until the Russian army withdrew from the town.", "RETREAT"),
        ("When the army attacked the town, the rebels fled.", "ASSAULT"),
    ],
)
def test_a_past_clause_of_time_stays_asserted(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in _asserted(text)


# --- pattern 3: the act told, aimed at or restated is not an event of its own -------------------


def test_telling_an_addressee_to_act_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The Indonesian transport minister told airlines not to buy European "
                   "aircraft.")
    assert "REQUEST" in types
    assert "COOPERATE" not in types


def test_a_restating_participle_is_one_act(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The court rejected the lawsuit against Iran, throwing out the case.")
    assert types.count("REJECT") == 1
    assert "SANCTION" not in types


def test_a_second_act_in_a_participle_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("Kenyan police dispersed the protesters in Nairobi, arresting dozens of them.")
    assert {"COERCE", "ASSAULT"} <= set(types)


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        ("Singapore has deployed its military to the northern border of Brunei to help the "
         "police.", "MOBILIZE", "AID"),
        ("Sudan's president visited South Sudan on Saturday to deepen ties with Juba.",
         "CONSULT", "COOPERATE"),
    ],
)
def test_help_aimed_at_is_the_main_acts_aim(nlp, text: str, kept: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(text)
    assert kept in types
    assert absent not in types


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hundreds of students marched in Nairobi on Sunday to protest the killing.", "PROTEST"),
        ("The Kenyan president flew to Addis Ababa to meet the Ethiopian prime minister.",
         "CONSULT"),
    ],
)
def test_other_purposes_are_coded(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in _types(text)


# --- pattern 4: the right type ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Belgian government said it will give up to 150 million euros in aid to Congo.",
         "CONCEDE"),
        ("The Australian government announced a $52.5 million financial assistance package "
         "for Ford.", "AGREE"),
        ("The Japanese government unveiled a $2 billion aid package for Ukraine on Monday.",
         None),
    ],
)
def test_an_aid_package_is_aid(nlp, text: str, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    types = _types(text)
    assert "AID" in types
    assert absent not in types


def test_an_aid_package_targets_its_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("The Japanese government unveiled a $2 billion aid package for Ukraine on "
                     "Monday.", date="2023-06-15", min_confidence=0)
    aid = next(e for e in record.events if e.type == "AID")
    names = {a.name for a in record.actors if a.id in aid.target}
    assert names == {"Ukraine"}


def test_a_pact_struck_between_parties_is_an_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("Kenyan church groups protested against a deal on land, water and grazing "
                   "rights struck between the Government and the opposition.")
    assert "AGREE" in types
    assert "ASSAULT" not in types


def test_calling_a_strike_is_the_callers_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("The workers had called for a general strike from Wednesday, in protest "
                     "against the closure.")
    assert "REQUEST" not in [e.type for e in events]
    assert [e.trigger.text for e in events if e.type == "PROTEST"] == ["called"]


def test_calling_off_a_strike_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The Kenyan opposition called off the strike.")
    assert "PROTEST" not in types


def test_found_guilty_is_a_conviction(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("The prime minister said the Kenyan opposition leader had been found "
                     "guilty of treason.")
    assert [(e.type, e.mode, e.cameo) for e in events] == [("SANCTION", "convict", "116")]


def test_found_not_guilty_is_no_conviction(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The Kenyan opposition leader was found not guilty of treason.")
    assert not {"SANCTION", "COERCE"} & set(types)


def test_a_person_expelled_is_deported(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("The court in Manila said it had expelled a Filipino journalist suspected "
                     "of breaching immigration laws.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "deport")]


# --- the imported CAMEO patterns ------------------------------------------------------------------


def test_import_recodes_findings_of_guilt_and_drops_bodies_found() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "import_cameo_events.py"
    spec = importlib.util.spec_from_file_location("import_cameo_events", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.RECODES[1578][0] == "116"
    assert 1579 in module.SENSE_FIXES
    assert "02" in module.INTENT_ROOTS  # "described the proposal" is no appeal


def test_describing_a_proposal_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The French foreign ministry described the Iraqi proposal in a statement as "
                   "an opportunity for Iraqis.")
    assert "REQUEST" not in types


def test_every_sense_condition_has_its_check() -> None:
    from dateline.stages.senses import CHECKS, CONDITIONS, sense_rules

    assert set(CHECKS) == set(CONDITIONS)
    assert sense_rules()  # the lexicon loads with the new conditions and target_preps
