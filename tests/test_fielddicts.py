"""The field's dictionaries: parsers on small fixture snippets (PETRARCH style, not the production
files), the dated-code rule on hand-built actors, and a few checks on the committed data."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dateline import fielddicts
from dateline.fielddicts import ActorCode, ActorName, PhoenixActor, actor_codes_on
from dateline.fieldimport.agents import merge_agents, parse_agents, parse_discards
from dateline.fieldimport.cameo import PloverMap, parse_cameo, parse_pattern_body
from dateline.fieldimport.countries import parse_countries
from dateline.fieldimport.phoenix import parse_actors, parse_code, parse_date
from dateline.fieldimport.report import Report

ROOT = Path(__file__).resolve().parents[1]
FIELD = ROOT / "src" / "dateline" / "lexicon" / "field"

PLOVER = PloverMap({
    "codes": {
        "022": {"event": None, "mode": None},
        "042": {"event": "CONSULT", "mode": "visit"},
        "043": {"event": "CONSULT", "mode": "visit"},
        "046": {"event": "CONSULT", "mode": None},
        "112": {"event": "ACCUSE", "mode": "allege"},
    },
    "root_defaults": {"04": {"event": "CONSULT", "mode": None},
                      "11": {"event": "ACCUSE", "mode": None}},
})

CAMEO = """\
# CAMEO VERB PATTERN DICTIONARY (fixture)
####### SYNONYM SETS #######

&CURRENCY
+MONEY
+CASH_
+IS_TO

####### VERB PATTERNS #######
---  DEMAND   [100]  ---
DEMAND
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
URGE [:110]  # sls 1 Jan 2001
- * COOPERATION                                       [022]         # URGE
- $ * + (WITH &CURRENCY)                              [042:043]     # ASKED_FOR
- * {PEACE TALKS} (IN ^)                              [:046]        # DEMAND , DEMANDED
- * TO/FOR COOPERAT                                   [---]
- SPY_*_DEAL                                          [---]         # DEMAND
- * &NOWHERE                                          [1123]        # DEMAND
- * (WITH VISIT)   VISIT)                             [042]         # DEMAND
- * DOWN                                              [080!]        # DEMAND
- COOPERATION                                         [112]         # DEMAND

---  STEP   [---]---  ---
STEP {STEPS STEPPED STEPPING}
- * UP (&CURRENCY)                                    [112]         # STEPPED_UP

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def cameo() -> tuple[object, Report]:
    report = Report("fixture")
    return parse_cameo(CAMEO, PLOVER, report), report


def test_cameo_synonym_sets(cameo):  # type: ignore[no-untyped-def]
    parsed, _ = cameo
    (currency,) = parsed.synonym_sets
    assert currency.name == "CURRENCY"
    assert [(w.forms, w.exact) for w in currency.members] == [
        (("money",), False), (("cash",), True), (("is to",), False)]


def test_cameo_blocks_and_verbs(cameo):  # type: ignore[no-untyped-def]
    parsed, _ = cameo
    demand, step = parsed.blocks
    assert (demand.name, demand.cameo, demand.plover) == ("demand", "100", None)
    assert [v.lemma for v in demand.verbs] == ["demand", "ask for", "urge"]
    ask, urge = demand.verbs[1], demand.verbs[2]
    assert ask.forms == ("asked for", "asking for") and ask.cameo == "020"
    assert (urge.cameo, urge.cameo_reverse, urge.plover_reverse.type) == (None, "110", "ACCUSE")
    assert step.cameo is None and step.verbs[0].forms == ("steps", "stepped", "stepping")
    assert parsed.transformations == 1


def test_cameo_patterns_tokens_and_codes(cameo):  # type: ignore[no-untyped-def]
    parsed, _ = cameo
    by_line = {p.line: p for p in parsed.patterns}
    urge = by_line[14]
    assert (urge.before, urge.cameo, urge.plover, urge.origin) == ((), "022", None, ("urge",))
    assert urge.after[0].forms == ("cooperation",)
    visit = by_line[15]
    assert [t.kind for t in visit.before] == ["source"]
    assert [t.kind for t in visit.after] == ["target", "prep_phrase"]
    assert [(t.kind, t.forms) for t in visit.after[1].children] == [
        ("word", ("with",)), ("set", ("CURRENCY",))]
    assert (visit.cameo, visit.cameo_reverse) == ("042", "043")
    assert visit.plover.mode == "visit" and visit.origin == ("ask for",)
    talks = by_line[16]
    assert talks.cameo is None and talks.plover_reverse.type == "CONSULT"
    assert talks.after[0].kind == "noun_phrase" and talks.after[1].children[1].kind == "skip"
    assert talks.origin == ("demand",)
    alternatives = by_line[17]
    assert alternatives.after[0].forms == ("to", "for") and alternatives.cameo is None
    assert by_line[18].before[0].forms == ("spy",) and by_line[18].after[0].forms == ("deal",)
    assert by_line[26].origin == ("step up",) and by_line[26].plover.basis == "code"


def test_cameo_problems_are_counted_not_dropped(cameo):  # type: ignore[no-untyped-def]
    parsed, report = cameo
    errors = {p.line: p.message for p in report.errors}
    assert set(errors) == {20, 21, 22}
    assert "unbalanced" in errors[20] and "080!" in errors[21] and "without the verb" in errors[22]
    warnings = {(p.line, p.message.split(" ")[0]) for p in report.warnings}
    assert (19, "unknown") in warnings  # &NOWHERE
    assert (18, "words") in warnings  # SPY_*_DEAL
    assert (24, "verb") in warnings  # extra dashes in the block header
    assert len(parsed.patterns) == 7  # 10 pattern lines - 3 errors


def test_pattern_body_errors() -> None:
    with pytest.raises(ValueError, match="more than once"):
        parse_pattern_body("* FOO *")
    with pytest.raises(ValueError, match="unbalanced"):
        parse_pattern_body("* (FOO")
    before, after, joined = parse_pattern_body("PROSECUTOR * TRIAL")
    assert before[0].forms == ("prosecutor",) and after[0].forms == ("trial",) and not joined


def test_plover_map() -> None:
    assert PLOVER.lookup("042").mode == "visit"
    root = PLOVER.lookup("1125")
    assert (root.type, root.mode, root.basis) == ("ACCUSE", None, "root")
    assert PLOVER.lookup("022") is None and PLOVER.lookup("010") is None
    assert PLOVER.lookup(None) is None


ACTORS = """\
# fixture
HAITI_  [HTI]
+HAITIAN_
+PORT-AU-PRINCE_
RENE_PREVAL_  # CountryInfo.txt
\t[HTIELI 610101-910213]
\t[HTIGOV 910213-911011]
\t[HTIGOV >20060514]
\t[HTIELI]
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
\t[HRVGOV >20100218]
UN_ [IGOUNO]
U.N._

JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---] # NGO_Actors
BAD_DATES_
\t[XXXGOV 9008223-911221]
\t[XXXGOV 300101-310101]
\t[XXXGOV 20000101-20010101]
+TAIOAN_ +TAWIAN_
STANKO_TODOROV (ACTING_
\t[BGRGOV <900101]
"""


def test_phoenix_actors_names_codes_and_groups() -> None:
    report = Report("fixture")
    actors = parse_actors(ACTORS, "countries", report)
    assert [a.names[0].text for a in actors] == [
        "haiti", "rene preval", "ivo josipovic", "un", "jean marie guehenno", "bad dates",
        "stanko todorov"]
    haiti, preval, ivo, _, guehenno, bad, stanko = actors
    assert [n.text for n in haiti.names] == ["haiti", "haitian", "port-au-prince"]
    assert haiti.codes[0].country == "HTI" and not haiti.codes[0].dated
    assert preval.id == "countries:5" and preval.names[0].exact
    assert preval.codes[0].start == dt.date(1961, 1, 1)
    assert preval.codes[2].start == dt.date(2006, 5, 14) and preval.codes[2].end is None
    assert [n.text for n in ivo.names] == ["ivo josipovic", "president josipovic"]
    assert guehenno.codes[1].is_null
    assert [(c.start, c.end) for c in bad.codes] == [(dt.date(2000, 1, 1), dt.date(2001, 1, 1))]
    assert [n.text for n in bad.names] == ["bad dates", "taioan", "tawian"]
    assert stanko.codes[0].end == dt.date(1990, 1, 1) and stanko.codes[0].start is None
    messages = [p.message for p in report.errors]
    assert any("names without any code" in m for m in messages)  # U.N._ before a blank line
    assert any("9008223" in m for m in messages)
    assert any("ends before it starts" in m for m in messages)  # 2030 -> 1931


def test_actor_code_dates_and_split() -> None:
    assert parse_date("300101") == dt.date(2030, 1, 1)
    assert parse_date("310101") == dt.date(1931, 1, 1)
    assert parse_date("20041207") == dt.date(2004, 12, 7)
    code = parse_code("IGOWSTNAT")
    assert (code.country, code.roles) == ("IGO", ("WST", "NAT"))
    assert parse_code("ELI").country is None and parse_code("ELI").roles == ("ELI",)
    assert parse_code("AFGGOV > 041207").start == dt.date(2004, 12, 7)
    with pytest.raises(ValueError):
        parse_code("MNEGOV 20121204")
    with pytest.raises(ValueError):
        parse_code("USAGOV 20121301-20130101")


def _actor(*codes: ActorCode) -> PhoenixActor:
    return PhoenixActor("t:1", (ActorName("someone", True),), codes, "countries", 1)


def _code(code: str, start: str | None = None, end: str | None = None) -> ActorCode:
    parsed = parse_code(code)
    return ActorCode(
        parsed.code, parsed.country, parsed.roles,
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
    )


def _codes_on(actor: PhoenixActor, day: str) -> list[str]:
    return [c.code for c in actor_codes_on(actor, dt.date.fromisoformat(day))]


def test_dated_code_holds_until_its_end_exclusive() -> None:
    actor = _actor(_code("USAGOV", "2001-01-20", "2005-01-20"), _code("IGOUNOKID", "2005-05-01"))
    assert _codes_on(actor, "2003-06-01") == ["USAGOV"]
    assert _codes_on(actor, "2005-01-20") == ["USAELI"]  # ended, next role not begun
    assert _codes_on(actor, "2006-01-01") == ["IGOUNOKID"]
    assert _codes_on(actor, "1999-01-01") == []  # before any role: no code, never a guess


def test_ended_role_becomes_former_official_never_the_old_role() -> None:
    actor = _actor(_code("DEUGOV", "2003-01-01", "2005-11-30"))
    assert _codes_on(actor, "2004-01-01") == ["DEUGOV"]
    former = actor_codes_on(actor, dt.date(2010, 1, 1))
    assert [(c.code, c.country, c.roles) for c in former] == [("DEUELI", "DEU", ("ELI",))]
    international = _actor(_code("IGOUNO", "1997-01-01", "2006-12-31"))
    assert _codes_on(international, "2010-01-01") == []
    former_state = _actor(_code("CSK", "1918-10-28", "1993-01-01"))
    assert _codes_on(former_state, "1980-01-01") == ["CSK"]
    assert _codes_on(former_state, "2000-01-01") == []


def test_undated_codes_are_the_fallback_and_dashes_mean_none() -> None:
    preval = _actor(_code("HTIGOV", "1996-02-07", "2001-02-07"), _code("HTIELI"))
    assert _codes_on(preval, "1997-01-01") == ["HTIGOV"]
    assert _codes_on(preval, "2003-01-01") == ["HTIELI"]
    guehenno = _actor(_code("IGOUNO", "2000-01-01", "2008-08-01"), _code("---"))
    assert _codes_on(guehenno, "2009-01-01") == []
    overlapping = _actor(_code("RUSGOV", "1999-12-31", "2008-05-07"),
                         _code("RUSGOV", "1999-08-09", "2000-05-07"))
    assert _codes_on(overlapping, "2000-01-01") == ["RUSGOV"]


AGENTS = """\
# fixture
!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY
SOLDIER [~MIL]
CATTLE!PERSON! [~AGR]
!MINIST! FOR_DEFENCE [~GOVMIL]  # comment
THIEF {THIEVES} [~CRM]
POLICE_ [~COP]
CHIEF EXECUTIVE [~GOV]
ISLAMIC_EXTREMIST
TRUCE_MONITOR [IGO~]
"""


def test_agents_expansion_forms_and_flags() -> None:
    report = Report("fixture")
    agents = {a.phrase: a for a in parse_agents(AGENTS, "ngec", report)}
    assert list(agents) == ["soldier", "cattleman", "minister for defence", "thief", "police",
                            "chief executive"]
    cattle = agents["cattleman"]
    assert cattle.forms == ("cattleman", "cattlemen", "cattlewoman") and cattle.person
    assert agents["minister for defence"].forms[1] == "ministry for defence"
    assert agents["minister for defence"].sectors == ("GOV", "MIL")
    assert agents["thief"].forms == ("thief", "thieves") and not agents["thief"].person
    assert agents["police"].exact and not agents["soldier"].exact
    assert [p.line for p in report.errors] == [10, 11]
    assert [p.line for p in report.warnings] == [9]


def test_merge_agents_keeps_preferred_and_adds_unknown_fallback() -> None:
    preferred = parse_agents("SOLDIER [~MIL]\n", "ngec", Report("a"))
    fallback = parse_agents("SOLDIER [~UAF]\nBUDDHIST [~BUD]\n", "phoenix", Report("b"))
    merged = merge_agents(preferred, fallback)
    assert [(a.phrase, a.code, a.source) for a in merged] == [
        ("soldier", "MIL", "ngec"), ("buddhist", "BUD", "phoenix")]


def test_discards_scope_and_exact() -> None:
    report = Report("fixture")
    text = "# comment\n1914\n+World Cup   # sls\nBIRD FLU\nGOAL_\n"
    discards = parse_discards(text, report)
    assert [(d.phrase, d.scope, d.exact) for d in discards] == [
        ("1914", "sentence", False), ("world cup", "story", False),
        ("bird flu", "sentence", False), ("goal", "sentence", True)]
    assert not report.errors


def test_countries_split_terms() -> None:
    text = (
        "CCA2,Name,CCA3,Nationality\n"
        'AF,Afghanistan,AFG,"Afghan, Afghani, Afghans, Islamic Republic of Afghanistan"\n'
        'NA,European Union,EUR,"European Union, EU"\n'
        'NA,Namibia,NAM,"Namibian,Namibians"\n'
        'CH,Switzerland,CHE,Swiss\n'
        ',Missing,,x\n'
    )
    report = Report("fixture")
    afg, eur, nam, che = parse_countries(text, report)
    assert (afg.adjectives, afg.demonyms, afg.names) == (
        ("Afghan", "Afghani"), ("Afghans",), ("Islamic Republic of Afghanistan",))
    assert eur.iso2 is None and eur.names == ("European Union", "EU")
    assert nam.iso2 == "NA" and che.adjectives == ("Swiss",)
    assert [p.line for p in report.errors] == [6]


# ---- the import script's JSON and the loader agree -----------------------------------------


def _script() -> ModuleType:
    path = ROOT / "scripts" / "import_field.py"
    spec = importlib.util.spec_from_file_location("import_field", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_round_trip(cameo) -> None:  # type: ignore[no-untyped-def]
    jsonable = _script().jsonable
    parsed, _ = cameo

    def again(value: object) -> dict[str, object]:
        loaded: dict[str, object] = json.loads(json.dumps(jsonable(value)))
        return loaded

    for pattern in parsed.patterns:
        assert fielddicts.pattern_from(again(pattern)) == pattern
    for block in parsed.blocks:
        assert fielddicts.verb_block_from(again(block)) == block
    for actor in parse_actors(ACTORS, "countries", Report("x")):
        assert fielddicts.actor_from(again(actor)) == actor
    for agent in parse_agents(AGENTS, "ngec", Report("x")):
        assert fielddicts.agent_from(again(agent)) == agent


# ---- the committed data ---------------------------------------------------------------------


def test_committed_counts_match_the_manifest() -> None:
    counts = fielddicts.manifest()["counts"]
    assert len(fielddicts.synonym_sets()) == counts["cameo"]["synonym_sets"] == 40
    assert len(fielddicts.verb_blocks()) == counts["cameo"]["verb_blocks"] == 398
    assert len(fielddicts.cameo_patterns()) == counts["cameo"]["patterns"] >= 4600
    assert len(fielddicts.phoenix_actors()) == counts["actors"] >= 27000
    assert len(fielddicts.agents()) == counts["agents"] >= 2400
    assert len(fielddicts.discards()) == counts["discards"] >= 500
    assert len(fielddicts.countries()) == counts["countries"] == 206
    typed = [p for p in fielddicts.cameo_patterns() if p.plover is not None]
    assert {p.plover.type for p in typed if p.plover} >= {"ASSAULT", "CONSULT", "CONCEDE"}
    assert all(p.cameo and p.cameo[:2] not in {"01", "02"} for p in typed)


def _actor_named(name: str) -> PhoenixActor:
    (actor,) = fielddicts.actors_by_name()[name]
    return actor


def test_committed_actor_with_a_changing_role() -> None:
    schroeder = _actor_named("gerhard schroeder")
    assert _codes_on(schroeder, "2004-06-01") == ["DEUGOV"]
    assert _codes_on(schroeder, "2012-01-01") == ["DEUELI"]
    assert _codes_on(schroeder, "1990-01-01") == []
    putin = _actor_named("vladimir putin")
    assert _codes_on(putin, "1995-01-01") == ["RUSELI"]
    assert _codes_on(putin, "2005-01-01") == ["RUSGOV"]
    nato = _actor_named("nato")
    assert _codes_on(nato, "2022-01-01") == ["IGOWSTNAT"]


def test_committed_agents_discards_countries_and_patterns() -> None:
    agents = {f: a for a in fielddicts.agents() for f in a.forms}
    assert agents["soldier"].sectors == ("MIL",)
    assert agents["policeman"].person
    assert any(d.phrase == "bird flu" for d in fielddicts.discards())
    iraq = next(c for c in fielddicts.countries() if c.code == "IRQ")
    assert iraq.iso2 == "IQ" and "Iraqi" in iraq.adjectives and "Iraqis" in iraq.demonyms
    urge = next(p for p in fielddicts.cameo_patterns() if p.line == 7124)
    assert (urge.block, urge.origin, urge.cameo) == ("demand", ("urge",), "022")
    assert urge.after[0].forms == ("cooperation",) and urge.plover is None  # CAMEO 02


def test_licences_beside_the_data() -> None:
    assert "Open Event Data Alliance" in (FIELD / "LICENSE.petrarch").read_text(encoding="utf-8")
    assert "MIT License" in (FIELD / "LICENSE.ngec").read_text(encoding="utf-8")
    assert "MIT" in fielddicts.manifest()["sources"]["petrarch"]["licence"]


def test_import_loads_nothing() -> None:
    code = (
        "import sys, dateline.fielddicts as f; "
        "assert 'spacy' not in sys.modules; "
        "assert f.phoenix_actors.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.shared
def test_import_script_reproduces_the_committed_files(shared: Path, tmp_path: Path) -> None:
    assert _script().main([str(shared / "data"), "--out", str(tmp_path)]) == 0
    for committed in sorted(FIELD.iterdir()):
        assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), committed.name
