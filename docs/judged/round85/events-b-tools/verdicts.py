"""Round 85 judge b: write events-b.jsonl from the items and the verdicts below (hand-judged).
Each verdict: n -> (event, type, source, target, date, modality, reasons). A spurious item (event False)
is written False in every field.
usage (from docs/judged/round85): python events-b-tools/verdicts.py"""
import json
from pathlib import Path

T, F = True, False
V = {
 1: (T, T, T, F, T, T, "A future official complaint by Beirut (LBN) is ACCUSE, future and undated, all right; but the UN Security Council is the forum the complaint goes to, not the party accused: target should be Israel, whose attack is condemned (or empty, since the sentence names no accused party)."),
 2: (T, T, T, T, T, T, "Russia and Norway signing the treaty on Wednesday (2010-09-15) is SUPPORT (sign agreement); a mutual act, both parties listed, so source and target are right."),
 3: (T, T, F, F, T, T, "The condemnation is ACCUSE with the document date, but source should be the leaders of Argentina, Ecuador, Venezuela and Uruguay (ARG/ECU/VEN/URY); the United States is not in the sentence. Target should be empty (or the European states that refused passage): Morales is the victim of the treatment condemned, not its target."),
 4: (T, T, T, T, T, T, "Recalling the ambassador from Bogota is SANCTION (CAMEO 161) by Chavez (VEN) against Colombia on Tuesday 2009-07-28. It is a separate act from freezing relations (e1), so not a duplicate."),
 5: (T, T, T, T, F, T, "Weah (LBR) urging calm is a REQUEST with no target in the sentence (an empty target is right). Date should be the document date 2017-11-07: the text does not date his statement, and the Monday of the court ruling is not given to it."),
 6: (T, T, T, F, T, T, "ACCUSE by pro-Kurdish politicians (TUR), reported as this news, asserted; but 'the government' is the Turkish government: target should be Turkey's government (TUR), not Syria's."),
 7: (T, T, T, T, T, T, "Kuwaiti lawmakers and clerics calling on Kuwaitis to donate blood is an appeal for assistance (REQUEST), all parties KWT, document date, asserted."),
 8: (T, T, T, T, T, T, "Bolivian officials (BOL) accusing Washington (USA) is ACCUSE, undated in the text so the document date 2013-07-04, asserted."),
 9: (T, T, F, F, T, T, "A future complaint to the UN (ACCUSE, future, undated) is right in type, date and modality; but the one who would lodge it is Bolivia's ambassador to the UN (BOL), not Vice President Garcia Linera; and the UN is the forum, not the accused: target should be empty (the accused states are not named in the sentence)."),
 10: (T, T, T, T, T, T, "The OAU (IGO) condemning the coup is ACCUSE; 'the takeover' names an act, not a party, so an empty target is right by the rules; undated, so the document date; asserted."),
 11: (T, T, T, F, T, T, "Conviction by Monday (2003-04-07) is SANCTION convict with the courts unnamed in the sentence (empty source right); but target should be the convicted dissidents ('most' of the 75 people, CUB), not the United States they were accused of collaborating with."),
 12: (T, T, T, T, F, T, "Wade (SEN) hailing the agreement is SUPPORT with no party target; but the date 2000 comes from 'came to power in 2000': it should be the document date 2004-12-31 (the hailing is this news)."),
 13: (T, T, T, T, T, T, "Russia's Defence Ministry (RUS) calling the accusations a provocation is a criticism (ACCUSE disapprove) of the accusers; 'the accusations' names an act, not a party, so the empty target is right by the rules; document date, asserted."),
 14: (T, T, T, T, T, T, "Protesters in La Paz (BOL) burning a French flag at the French embassy is PROTEST aimed at France, on Wednesday 2013-07-03, asserted."),
 15: (T, T, T, T, F, T, "Deaths in the Abkhaz-Georgian fighting (ASSAULT, killers not named, people of both sides, GEO) 'believed' killed: reported is acceptable; but the toll is a total summed over a week of fighting, which has no date by the rules, not the document date."),
 16: (T, T, T, T, T, T, "Detention of the Niger leaders (COERCE arrest) by unnamed captors (empty source right), targets Amadou and the speaker (NER) right though Ousmane is left out; part of the Saturday coup, 1996-01-27; asserted."),
 17: (T, T, T, T, T, T, "Yemeni troops (YEM) killing the cleric al-Houthi (name cut short, YEM) is ASSAULT, reported by the government on Friday 2004-09-10 (the story's own dateline), asserted."),
 18: (T, T, T, T, T, T, "Plavsic (BIH) accusing senior officials close to Karadzic (BIH) is ACCUSE; the accusation is not itself dated (it may belong to Thursday's decree), so the document date is right by the rules; asserted."),
 19: (T, T, T, T, T, F, "The 1985 airport assaults (ASSAULT, 1985-12) by the Fatah Revolutionary Council ('Fatah' here is the FRC actor, PSE); the airports are places, so an empty target is right. But 'They' are the attacks the group 'was blamed for', so the act sits inside an accusation: modality should be reported."),
 20: (T, T, T, T, F, T, "The Kosovo Albanian guerrilla war (XKX) against Serbian forces (SRB) is ASSAULT; but it was fought in 1998-99: the date should be 1998-1999, not the document date 2012-09-10."),
 21: (T, T, T, T, F, T, "An ACCUSE with an unnamed accuser (empty source right) against Abu Nidal's Fatah Revolutionary Council ('Fatah' actor, PSE); but the blaming is a long-standing background attribution of unknown time: it should have no date, not the document date."),
 22: (T, T, T, T, T, T, "French troops (FRA) arriving in Bunia (COD) on Friday 2003-06-06 is a deployment, MOBILIZE troops (a coder could also code the peacekeeping deployment AID, CAMEO 074); asserted."),
 23: (T, T, F, T, T, T, "ACCUSE against New Delhi (IND), document date, asserted; but 'A spokesman' is the spokesman of Pakistan's foreign office named just before: source country should be PAK, not empty."),
 24: (T, T, T, F, F, T, "Norway (NOR) insisting on a median line is a negotiating demand (REQUEST), but it was made to Russia, named in the same sentence: target should be Russia (RUS); and it is a position held since the 1970s ('had long argued'): it should have no date, not the document date."),
 25: (T, T, T, T, T, T, "A death toll of the PKK conflict (ASSAULT, killers unnamed, people in Turkey, TUR) summed since 1984 has no date: the unknown date is right; asserted."),
 26: (T, T, T, T, T, T, "Herzog (ISR) visiting Ankara (TUR) in March 2022 is CONSULT visit, 2022-03, asserted."),
 27: (T, T, T, T, T, T, "Critics (no country given) accusing Kadyrov's security forces (Chechnya, RUS) of abuses is ACCUSE; a present-tense, ongoing accusation takes the document date; asserted."),
 28: (T, T, T, T, T, T, "The LTTE (LKA) seizing the army's weapons in the battle is armed forces taking by force (ASSAULT, not police COERCE seize); the army is not named in the sentence (empty target right); document date; 'said' is attribution, so asserted."),
 29: (T, T, T, T, T, T, "Israeli security forces (ISR, plain from the context of border crossings and bus stations after Rabin's remarks) placed on high alert is MOBILIZE with no target, document date, asserted."),
 30: (T, T, F, F, F, T, "Bensouda asking the court to adjourn is a REQUEST, but she is the ICC prosecutor (an international body, no country), not KEN; the court is the International Criminal Court, not a Kenyan court; and she spoke at the hearing the story dates Wednesday: the date should be 2014-10-08."),
 31: (T, T, T, T, T, T, "Western diplomats (several countries, no single code) urging calm on all sides in Congo (COD) is REQUEST, undated so the document date, asserted."),
 32: (F, F, F, F, F, F, "Spurious: 'before the curfew took effect' is a time clause in a demonstrator's quote sentence with no actor; the curfew is Conte's, already coded from the decree sentences (e1, e2)."),
 33: (T, T, T, T, T, T, "Beijing (CHN) summoning Canada's ambassador (CAN) is a diplomatic protest (ACCUSE); 'had summoned' is an earlier act the text does not date, so the unknown date is right; asserted."),
 34: (T, T, T, T, T, T, "Chile's government (CHL) saying it would press Straw (GBR) to release Pinochet is a future REQUEST, undated (unknown date right), modality future."),
 35: (T, T, T, T, T, F, "Iran halting fire first under the truce plan (CONCEDE ceasefire, IRN, no target) on the day the truce was to start (2025-06-24) is acceptable; but 'Iran was to halt fire' is a planned act: modality should be future, not asserted."),
 36: (T, T, T, T, F, T, "Mali's government accusing Paris (FRA) of arrogance is ACCUSE, asserted; but 'last month' dates the expulsion in the first clause, not the present-perfect accusation: the date should be the document date 2022-02-18 (or none), not 2022-01."),
 37: (T, T, T, F, T, T, "Georgia's ruling party (GEO) backing Zurabishvili is SUPPORT (endorsement), ongoing at the document date, asserted; but she is Georgia's president-elect, a former French diplomat: target country should be GEO, not FRA."),
 38: (T, T, F, T, T, T, "Statoil welcoming the treaty is SUPPORT with no party target, document date, asserted; but the source should be Statoil with country NOR ('Norway's state-controlled energy company'), not a nameless company with no code."),
 39: (T, T, T, T, F, T, "Israeli troops (ISR) shooting Palestinian protesters (PSE) is ASSAULT firearms, asserted; but the sentence dates it May 2018 (the day the U.S. embassy opened): the date should be 2018-05, not 2022-08-17."),
 40: (T, T, T, T, T, T, "Medvedev (RUS) visiting Oslo (NOR) in April 2010 is CONSULT visit, 2010-04, asserted."),
 41: (T, T, T, T, F, T, "Clashes between protesters and residents (ASSAULT, YEM, mutual) as Saleh told it; 'He said' is attribution, so asserted by the rules (though the text marks it as his disputed account). But these are Friday's clashes: the date should be 2011-03-18, not the document date."),
 42: (T, T, T, T, T, T, "Marcos (PHL) convening security officials (PHL) on Sunday 2023-10-22 is CONSULT, asserted."),
 43: (F, F, F, F, F, F, "Spurious: 'until Saleh steps down' is the aim of the protesters' vow, not an act by Saleh, reported or planned (at most part of a demand by the protest leaders); no RETREAT event."),
 44: (T, T, T, F, T, T, "Senegal's government (SEN) signing ceasefires in 2001 is a ceasefire act (RETREAT ceasefire by CAMEO2PLOVER 0871; CONCEDE or SUPPORT would also be defensible), date 2001 right, asserted; but the MFDC is named in the sentence as the other side: target should be the MFDC (SEN)."),
 45: (T, T, T, T, F, T, "Kabila's camp (COD) dismissing Tshisekedi's claim is REJECT ('the claim' names an act, so an empty target is right by the rules); but the text does not date the dismissal: the date should be the document date 2011-12-10, not Friday."),
 46: (T, T, T, T, T, T, "The White House (USA) condemning the trials is ACCUSE; 'the trials' is an act, so an empty target is right; undated, so the document date 2003-04-08; asserted. The call for release (e6) is a separate act."),
 47: (T, T, T, T, F, T, "Mali's government (MLI) calling on France (FRA) to withdraw is REQUEST, asserted; but the statement was read on state television on Friday: the date should be 2022-02-18, not unknown."),
 48: (T, T, T, T, T, T, "South Korean protesters (KOR) accusing Lee's government (coded as Lee, KOR) is ACCUSE, ongoing at the document date, asserted."),
 49: (T, T, T, T, F, T, "Istanbul police (TUR) firing tear gas and water cannon at protesters (TUR) is ASSAULT crowd-control, asserted; but it happened on Monday night: the date should be 2015-07-20, not the document date 2015-07-21."),
 50: (T, T, T, T, T, T, "Senegal's government and the Casamance rebels (SEN) signing the peace deal on Thursday 2004-12-30 is SUPPORT; both parties as actor with no recipient is PLOVER's coding of a reciprocal agreement, so source and target are right."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")
here = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open(here / "events-b.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        d = dict(zip(FIELDS, v[:6]))
        if not d["event"]:
            d = {k: False for k in FIELDS}
        d["all"] = all(d[k] for k in FIELDS)
        rec = dict(it)
        rec["verdict"] = d
        rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {k: sum(V[n][i] if V[n][0] else False for n in V) for i, k in enumerate(FIELDS)}
counts["all"] = sum(all(V[n][:6]) for n in V)
print(counts)
