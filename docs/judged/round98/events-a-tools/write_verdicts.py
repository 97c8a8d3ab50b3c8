"""Write events-a.jsonl from the judge's verdicts below (judge a, round 98).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks an item holding no event (all false)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Netanyahu's appeal to Israelis not to take the law into their own hands is a REQUEST (ISR -> ISR civilians); no date in the text, so the document date (Mon 2023-02-27) is right."),
 2: ("SPURIOUS", "Not an event: Chadian voters scrapping term limits in a June referendum is a vote on the constitution, not a concession (CONCEDE) by one political actor to another; PLOVER has no type for it."),
 3: ([], "Signing the joint communique is SUPPORT (sign/finalise an agreement) between Castaneda (SLV) and Wang Yi (CHN), a mutual act; dateline lists both parties as both source and target, which I accept as the mutual coding (PLOVER would put both as actor, no recipient). Same day as the Tuesday switch, 2018-08-21."),
 4: (["date"], "ACCUSE USA -> Samper (COL) is right, but the next sentence dates the accusation: State Department spokesman Burns gave the reason on Thursday, so the date should be 1996-07-11, not the Friday document date."),
 5: ([], "'He' is Zelenskiy; CONSULT Zelenskiy (UKR) -> Modi (IND); the text gives the meeting no date, so the document date 2023-05-21 is right."),
 6: (["source"], "Summoning Japan's ambassador to protest is ACCUSE (complain officially) toward Japan, dated Sunday 2023-05-21, but the source Vice Foreign Minister Sun Weidong has no country code; it should be CHN (the sentence speaks of Beijing's protest)."),
 7: ([], "SUPPORT by the EU and the US for Wednesday's vote; the sentence names no party welcomed (the vote, not a party), so an empty target is right; welcomed on the Thursday of the report."),
 8: (["source"], "REQUEST (call for the ICJ judgment to be rejected) with no target named is right and the Oct 10 dateline date is right, but 'some lawmakers' are Nigerian lawmakers (same clause, Nigeria's reaction) and carry no country code; should be NGA."),
 9: ([], "COERCE arrest by the SBU (UKR) of a senior NABU detective (UKR), tied to the Monday raids (2025-07-21); asserted with the SBU as reporter."),
 10: (["type"], "Armed gunmen raiding Kamerhe's residence in an exchange of fire that killed his guards is an armed attack: type should be ASSAULT, not COERCE seize (kept for police/authorities' raids). Source, target (Kamerhe, COD) and date 2024-05-19 are right."),
 11: (["type", "target"], "Troops forcibly disarming someone else's guards is COERCE (seize weapons), not RETREAT disarm (which is giving up one's own arms); target should be members of Meshkov's personal guard (Crimea, UKR), not Meshkov himself coded RUS. Source and date 1995-03-17 right."),
 12: ([], "ACCUSE Sudan (SDN, via its foreign ministry spokesman) -> Chad government ('N'Djamena', TCD); undated reaction, document date 2005-12-24 right."),
 13: ("SPURIOUS", "Not an event: Oviedo walking out of the barracks (on release) is not SANCTION withdraw (leaving an organisation), and he did nothing to the Colorado Party (coded USA); 'walked out' is a trigger in another sense. The release itself belongs to the commutation in the first sentence."),
 14: ("SPURIOUS", "Duplicate: 'Moscow also denounced the summit, with Russian officials accusing the G7 ...' is one act of Russian criticism of the G7, already coded from this sentence as e9 ('denounced', item 35); the accusation is the content of the denunciation."),
 15: (["target"], "REQUEST by the US that Eritrea withdraw its troops: 'it' in the sentence is Eritrea, so the target should be Eritrea (ERI), not empty. Type, source, date right."),
 16: (["target"], "A casualty total in eastern Ukraine ('more than 4,000 people have been killed') is an ASSAULT with no source and, being a span, no date (so unknown is right), but the victims are coded RUS; they should carry UKR or no code."),
 17: (["target"], "Mutual fighting between Djiboutian and Eritrean troops on Wednesday 2008-06-11 is ASSAULT; source Djibouti troops is right, but the target should be the Eritrean troops (ERI), named in the same clause, not empty."),
 18: ([], "REQUEST by the African Union that 'both governments' (Sudan and Chad) show restraint; targets SDN and TCD are right; document date right."),
 19: ([], "Macron's welcome of the referendum outcome is SUPPORT; no party named as welcomed, so empty target is right; undated, document date 2021-12-13 right."),
 20: ([], "Farmajo welcoming the ruling is SUPPORT; the ICJ is not named in the sentence, so an empty target is right; undated reaction, document date 2021-10-13 right."),
 21: ([], "SANCTION convict: a military tribunal (PRY) convicted Oviedo (PRY) in March 1998 (1998-03 right)."),
 22: (["source"], "REJECT of the 1992 election result by Savimbi is right and 1992-09 (the elections the rejection followed) is acceptable, but Savimbi is Angola's UNITA leader: source code should be AGO, not ZMB."),
 23: (["source"], "The assurance on consular access is an AGREE made to Smith (AUS), but the source left empty should be the Chinese officials (CHN) named in the same sentence, who gave the assurance."),
 24: (["type"], "Trump's sarcastic 'give my warmest regards ... as you conspire against the United States' is an accusation, not a request: type should be ACCUSE (Trump USA -> Xi CHN). Parties and date 2025-09-03 right."),
 25: (["date"], "ASSAULT with six other people (PAK) killed in the exchange of fire is right, but the exchange was on Friday night (first sentence), so the date should be 1996-09-20, not the Saturday document date."),
 26: (["modality"], "MOBILIZE weapons (missile test) by North Korea; U.S. officials say Pyongyang 'may be preparing' to test, a speculation: modality should be hypothetical, not future."),
 27: (["target"], "PROTEST boycott by Kenya in March 2021 is right, but the boycotted hearings are the court's, named in the same sentence ('the court'): target should be the International Court of Justice, not empty."),
 28: (["date"], "ACCUSE critics -> Romanian government (ROU) is right, but the criticism is reported as this news (reaction to Friday's deal) with no other date: date should be the document date 1999-01-23, not unknown."),
 29: ([], "REQUEST (demand release of their commander) by the militants; the party asked (Lebanese authorities) is not named in the sentence, so empty target is right; document date 2014-08-03 right."),
 30: ([], "SUPPORT Ankara (TUR) -> Baku's demand (AZE); a stance still held when the story is told, so the document date is right."),
 31: (["target"], "Pardon/release by Kuczynski on Sunday 2017-12-24 is right as RETREAT release, but the target should be Alberto Fujimori (PER), named in the sentence, not empty."),
 32: ([], "ACCUSE Armenia -> Turkey ('Ankara') on Thursday 2010-04-22, asserted."),
 33: ([], "AGREE: Israel's security cabinet accepted UN resolution 425 on Wednesday 1998-04-01; the conditions do not make the acceptance hypothetical."),
 34: ([], "ACCUSE investigate: Russia opened a criminal case; no party named; reported as news, document date right."),
 35: (["target"], "ACCUSE disapprove by Moscow of the G7 summit is right, but China is not a target of the denunciation (it is a co-victim of the alleged containment); target should be the G7 alone."),
 36: ([], "Kutan saying his colleagues 'would not give up politics' after the ban is a refusal to yield; coded as a negated CONCEDE it matches the conventions' 'refused to withdraw' = REJECT asserted or RETREAT negated; source country TUR right (sector should be PTY, not scored), no target named, 2001-06-22 right. I would rather code his 'black day' criticism, which dateline missed."),
 37: ([], "CONSULT Zelenskiy (UKR) -> Biden (USA) at the Hiroshima summit on Sunday 2023-05-21."),
 38: (["type", "date", "modality"], "Biden's statement on Friday that Washington would support a joint F-16 training effort for Ukrainian pilots is a pledge made: type should be AGREE (intent to cooperate militarily), asserted, dated Friday 2023-05-19, not a future SUPPORT with no date. Source US government and target Ukraine are right."),
 39: (["date"], "ACCUSE allege (charged) by the police (MKD) of people over the parliament attack is right, but 'have since charged' is a span since late April, not an act of the document date: it should carry no date (or 2017-04/2017-05), not 2017-06-01."),
 40: ("SPURIOUS", "Not an event: 'The statement did not say that Russia had shot down the aircraft' asserts no shooting and no act by anyone; coding it as an asserted ASSAULT by Russia is wrong."),
 41: ([], "CONSULT future: U.S. officials (USA) expected to meet Taliban representatives (AFG) within days; no date, future is right."),
 42: (["source", "target"], "In 'he promised repeatedly to free the general', 'he' is Cubas and 'the general' is Oviedo: source should be Raul Cubas (PRY) and target Lino Oviedo (PRY). CONCEDE (promise of a future release) and the undated campaign time are acceptable."),
 43: ([], "ACCUSE disapprove: Saakashvili (GEO) has clashed with the new government (GEO), an ongoing dispute, so the document date is right."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 43 and set(V) == {o["n"] for o in items}
out = []
for o in items:
    wrong, reason = V[o["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
        assert all(w in F[1:] for w in wrong)
    v["all"] = all(v[f] for f in F)
    r = dict(o); r["verdict"] = v; r["reasons"] = reason
    out.append(r)
with open(HERE / "events-a.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in F + ["all"]}
print(counts)
