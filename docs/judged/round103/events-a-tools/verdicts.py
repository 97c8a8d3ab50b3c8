"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below.
Each entry: n -> (list of wrong fields, or 'spurious'), reasons."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]

V = {
 1: ([], "REQUEST from Japan to Paris (France, FRA) is right; the asking is future ('said it would ask') and undated, so an unknown date is right."),
 2: ([], "Beijing (CHN) told foreign governments to stop interfering: a demand, REQUEST; 'foreign governments' has no single country, so the empty code is right; no date in the text, so the document date is right."),
 3: ([], "The MNLF (PHL) signed a peace deal with Manila (PHL government) in 1996: SUPPORT (sign agreement), explicit year right."),
 4: ([], "Russian negotiators and Chechen separatists (both RUS) signed the accord on Sunday, 1995-07-30 (dateline July 30): mutual SUPPORT, all right."),
 5: ([], "Western diplomats welcomed the vote: SUPPORT with the document date. Empty target is right by the rule ('the vote' is an act, not a party); I would code Ukraine's parliament (UKR) as target, since Kiev is named."),
 6: ([], "Prosecutors (EGY) had charged the men (the Brotherhood defendants, EGY): ACCUSE allege; the charge is an earlier act with no date, so unknown is right."),
 7: ([], "Western governments have repeatedly urged the Kremlin (RUS): REQUEST; repeated acts over an unstated span, so no date is right."),
 8: (["date"], "Chirac's promise of a referendum to French voters is AGREE with the right parties, but it is a background promise made before the summit ('has promised'), so the date should be empty (unknown), not the document date 2004-12-17."),
 9: ([], "EU leaders agreed on Friday 2004-12-17 to open talks with Turkey (TUR): AGREE, all right."),
 10: (["source", "date"], "'The rebel movement never disarmed' is a negated RETREAT, but the source should be the RUF (SLE rebels), not Kabbah; and November 1996 is the date of the accord, not of the disarming: the non-disarmament spans the time since then and should have no date."),
 11: ([], "The presidents of Armenia (ARM) and Azerbaijan (AZE) signed a joint declaration on Sunday 2008-11-02: mutual SUPPORT, all right."),
 12: (["type"], "Berlin temporarily suspending deportation flights of rejected Afghan asylum seekers is easing a coercive measure for them, a promise of future easing (CONCEDE), not a SANCTION against them; source Germany, target the asylum seekers (AFG), future and undated are right."),
 13: ("spurious", "Duplicate: 'summoned India's ambassadors ... to protest' is one diplomatic protest, already coded as e1 (summoned, ACCUSE) from this sentence; it is no street demonstration (PROTEST demo), and the target would be India (IND), not Modi."),
 14: (["target"], "Manila (PHL government) reaching a framework agreement last October (2012-10) is right as AGREE, but the sentence names the other party: the target should be the Moro Islamic Liberation Front (PHL rebels), not empty."),
 15: ([], "Pakistan's foreign ministry (PAK) condemned the bombing: ACCUSE disapprove; no perpetrator is named in the sentence, so the empty target is right; document date right."),
 16: ([], "The UN (with ECCAS, which is left out) urged all parties to settle disputes legally: REQUEST; the UN is a right source, 'parties' with no code is right, document date right."),
 17: ([], "Colombian troops (COL) killed FARC commander Alfonso Cano (COL) on Friday 2011-11-04: ASSAULT, all right."),
 18: ([], "Britain (GBR) refused to join the planned treaty change overnight at the summit: REJECT, 2011-12-09 right; the rejected party is not named as such in the sentence, so the empty target is right by the rule (I would code the EU)."),
 19: ("spurious", "Not an event: 'deliver what we promised' refers to Muizzu's earlier unspecified campaign promises inside a victory quote; no new promise or act between parties is reported."),
 20: ([], "Arab and Islamic leaders condemned the (Israeli) attack this week (2025-W38): ACCUSE; the attacker is not named in this sentence, so the empty target is right by the rule."),
 21: ([], "Trzaskowski's campaign (POL) said it would file complaints with the Supreme Court: ACCUSE allege (legal complaint), future and undated; the campaign counts as Trzaskowski's side."),
 22: (["target"], "The Iranian foreign ministry spokesman (IRN) calling the accusation 'baseless and provocative' and saying Saudi Arabia was covering up crimes is ACCUSE, but Saudi Arabia is named in the sentence as the party accused: the target should be Saudi Arabia (SAU), not empty."),
 23: ([], "The CAR government (CAF) accuses Bozize (CAF) of leading the coalition: ACCUSE allege, a standing accusation, document date right."),
 24: (["type"], "'We will not accept a stolen victory' is Abeid (MRT) rejecting the election result: REJECT (or a negated CONCEDE), not AGREE; source, empty target (the winner is not named in the sentence), the date 2024-07-01 (dateline) and the negation are right."),
 25: (["source"], "'They also agreed' means Aliyev (AZE) and Sargsyan (ARM): the source should be the two presidents, not Russian officials; AGREE, the date and asserted are right, and an empty target is right for a reciprocal agreement."),
 26: (["date"], "Israeli forces (ISR) killing Palestinians (PSE) is a background act Hamas cites, of an unstated earlier time: the date should be empty (unknown), not the document date 2001-05-19."),
 27: ([], "Belarus police (BLR) beat protesters (BLR, in Minsk) on Saturday 2017-03-25: ASSAULT beat, all right."),
 28: (["target"], "Okinawa police (JPN) detained 'them', the Chinese activists: the target should be the Chinese activists (CHN), not 'officials' (who are the speakers); COERCE arrest, Wednesday 2004-03-24 and asserted are right."),
 29: ([], "About 100,000 people (BIH) killed in the war: ASSAULT with no named killer; a total over the war has no date, so unknown is right."),
 30: ("spurious", "Duplicate: the pledge is the content of the joint declaration whose signing is already coded as e1 (SUPPORT) from this sentence; 'pledging' modifies the declaration, not a second act."),
 31: ([], "Speaker Lytvyn (UKR) said he would step down: RETREAT resign with future modality, undated future act, all right by the conventions ('is to step down' is future)."),
 32: ([], "Kazemi (CAN journalist) was detained on June 23 (2003-06-23): COERCE arrest; the detaining authority is not named in the sentence, so the empty source is right."),
 33: ([], "Wolfowitz (World Bank) said he would resign at the end of June: RETREAT resign, future, 2007-06 right."),
 34: ([], "The MDP (MDV) conceded defeat: CONCEDE with the document date; the winner is not named in the sentence, so the empty target is right."),
 35: (["date"], "Washington (USA) would press other governments to sign: REQUEST future is right, but the text gives no date for the pressing; 1996-09-24 is the date the treaty opens for signature (previous sentence), so the date should be unknown."),
 36: ([], "India (IND) and Pakistan (PAK) fought a conflict in May 2025: mutual ASSAULT, 2025-05 right."),
 37: ([], "Gabriel (DEU) called the attack 'despicable': ACCUSE disapprove, no perpetrator named in the sentence, document date right."),
 38: ([], "The State Department (USA) said it stood with the Argentine government (ARG): SUPPORT, document date right."),
 39: ([], "Kikwete (TZA) thanked voters (TZA) in his address after Friday's announcement (2010-11-05): SUPPORT (praise), all right."),
 40: (["target"], "The UN Security Council imposed sanctions last year (1996) on Sudan, which is named in the sentence: the target should be Sudan (SDN), not empty."),
 41: ([], "Serbian (SRB) and Kosovo Albanian (Kosovo) leaders agreed on Tuesday 2003-10-14 to set up working groups: mutual AGREE, all right."),
 42: ([], "Kushayb (SDN) was being investigated locally after his detention last year (2006): ACCUSE investigate, investigator not named, attribution to Sudanese officials keeps it asserted."),
 43: ([], "Moratinos (ESP) was expected to travel to Yemen (YEM): CONSULT visit, future, undated, all right."),
 44: (["source"], "The appeal to the Sindh High Court (PAK) is by Sharif's lawyers: the source should be Sharif's lawyers (or Sharif, PAK), not 'troops'; REQUEST, future and undated are right."),
 45: ([], "The national security law imposed by Beijing (CHN) on June 30 (2020-06-30): COERCE restriction; Hong Kong is not named in the sentence, so the empty target is right."),
 46: ([], "Small protests in Shi'ite villages around Manama on Tuesday evening (2015-06-16): PROTEST demo; no protesters or aim are named in the sentence, so empty source and target are right by the rules (the Bahraini state would also be right)."),
 47: (["source"], "McCaffrey is the White House drug policy director: the source should be McCaffrey with USA, not MEX; CONSULT with Gutierrez Rebollo (MEX), undated ('weeks ago') and asserted are right."),
 48: ([], "Qatar's foreign ministry (QAT) demanded a public apology from the Indian government (IND): REQUEST, no date in the text, so the document date is right."),
 49: ([], "Troops (IRQ) blocked roads to Tahrir Square early on Saturday 2019-10-05: COERCE restrict; the protesters are not named in the sentence, so the empty target is right."),
 50: ([], "Russia (RUS) has backed the Tiraspol separatist authorities (MDA) since 2003 and still does: SUPPORT, an ongoing act taking the document date."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it); o["verdict"] = v; o["reasons"] = why
    out.append(o)
with open(HERE / "events-a.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = {
 "h29-x112-08": (["ACCUSE: Western governments (-) -> Mahathir Mohamad (MYS), chorus of criticism over his remarks on Jews, 2003-10-17",
                  "ACCUSE: Mahathir Mohamad (MYS) -> Jews (-), told the Islamic summit that Jews 'rule this world by proxy', 2003-10-16 (Thursday, next paragraph; no date in the lead)"],
                 0, "dateline found no event in this lead; both the Western criticism and Mahathir's denigration of Jews are missed."),
 "h29-x109-02": ([], 0, "Parliament adopting a constitution is a domestic legislative act with no PLOVER type toward another party, and the 'months of wrangling' with Kuchma is a background span; nothing to code, and dateline coded nothing."),
 "h29-x111-05": (["COERCE arrest: military (ZWE) -> two journalists (ZWE), detained over the coup-plot report, no date in the paragraph",
                  "RETREAT release: Zimbabwean authorities (ZWE) -> the journalists (ZWE), released on bail, 1999-01-21 (Thursday)",
                  "ACCUSE allege: the journalists (ZWE) -> military (ZWE), told a Harare court they had been tortured, 1999-01-21",
                  "ASSAULT torture: military (ZWE) -> the journalists (ZWE), beaten and given electric shocks in custody (reported), no date"],
                 1, "dateline's one event (detained, COERCE) is the detention with the right type but wrong arguments (source 'journalists', target 'Harare court') and date; the release, the torture and the allegation are missed."),
 "h29-x110-02": (["ASSAULT: Armed Islamic Group (DZA) -> seven French monks (FRA), killed the monks (GIA claim), no date in the paragraph",
                  "ASSAULT abduct: Armed Islamic Group (DZA) -> seven French monks (FRA), kidnapped from their monastery, 1996-03 (two months ago)",
                  "ACCUSE disapprove: Vatican (VAT) -> Armed Islamic Group (DZA), condemnation of the killing, 1996-05-23 (Thursday)"],
                 1, "dateline's one event is the kidnapping (ASSAULT abduct, right type; source coded FRA and target 'monastery', both wrong); the killing itself and the Vatican's condemnation are missed."),
 "h29-x110-18": (["CONSULT: Syrian government (SYR) <-> Syrian opposition (SYR), U.N.-sponsored peace conference opened, 2014-01-22",
                  "ACCUSE disapprove: Syrian government (SYR) <-> Syrian opposition (SYR), bitter exchanges, 2014-01-22",
                  "REQUEST: Western powers (-) -> Bashar al-Assad (SYR), insisted he had no place in a transitional government, 2014-01-22",
                  "REJECT: Damascus / Syrian government (SYR) -> Western powers and opposition, said Assad's fate was not up for discussion, 2014-01-22"],
                 0, "dateline found no event in this lead (its events in this story start in the second paragraph)."),
 "h29-x109-19": (["COERCE arrest: Belarus police (BLR) -> hundreds of people (BLR), detained in central Minsk, 2017-03-25",
                  "ASSAULT beat: Belarus police (BLR) -> protesters (BLR), beat with batons, 2017-03-25",
                  "PROTEST demo: protesters (BLR) -> Belarus government (BLR), the Freedom Day rally the authorities moved to crush, 2017-03-25"],
                 2, "dateline found the detentions and the beating with right types and arguments; the rally itself (PROTEST) is missed."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, notes = P[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                            "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                           ensure_ascii=False) + "\n")

# checks and counts
res = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert [(r["n"], r["doc"], r["trigger"]) for r in res] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for r in res:
    v = r["verdict"]; assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]: assert not any(v.values())
cnt = {f: sum(r["verdict"][f] for r in res) for f in FIELDS + ["all"]}
print("per field (of 50):", cnt)
pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(pv) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
