"""Write events-b.jsonl from judge b's hand verdicts (V below), checking order and consistency."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
T = dict.fromkeys(F, True)


def v(reasons, **wrong):
    d = dict(T)
    for k, val in wrong.items():
        d[k] = val
    if d["event"] is False:
        d = dict.fromkeys(F, False)
    d["all"] = all(d[k] for k in F)
    return d, reasons


SPUR = dict(event=False)
V = {
 1: v("'He' is the new president Oscar Berger (GTM), not Alfonso Portillo: source should be Oscar Berger (GTM). AGREE (a policy promise), no target and no date (a campaign promise of unknown time) are right.", source=False),
 2: v("AGREE from Bashar al-Assad (SYR) to parliament (the audience of the speech) is right, but the promise was made in the inaugural speech in July 2000 (he 'took power in July'), a background act, not on the document date 2000-09-28: date should be 2000-07 or no date.", date=False),
 3: v("King Hussein (JOR) warned Netanyahu (ISR) in the letter that he could not stand by: THREATEN (a forceful warning), reported as this news on Tuesday 1997-03-11; all right."),
 4: v("Saakashvili (GEO) welcomed the EU's position: SUPPORT toward the EU, on the summit day 2008-09-01 of the dateline; all right."),
 5: v("The three leaders pledged to work together: a mutual AGREE among China, Japan and South Korea on Saturday 2008-12-13; not a duplicate of the summit CONSULT; all right."),
 6: v("The May 2003 Riyadh suicide attacks killed more than 30 people: ASSAULT, no source named for those attacks in the sentence, victims in Riyadh (SAU, as for a crowd in a named capital), date 2003-05 from 'last May'; all right."),
 7: v("The U.S. Senate (USA) voted to ban all imports from Myanmar (MMR): SANCTION, 'last week' = 2003-W24 before the 17-18 June report; all right."),
 8: v("12 Armenian soldiers (ARM) killed on Tuesday 2008-03-04; the sentence names no killer, so the empty source is right; attribution to the spokesman keeps it asserted; all right."),
 9: v("Algerian opposition parties (DZA) welcomed Betchine's departure: SUPPORT; 'the departure' is an act, the sentence names no party, so no target is right (a coder could add Betchine); document date for the reaction; all right."),
 10: v("Suu Kyi's convoy attacked by a pro-government mob (MMR) on 30 May 2003: ASSAULT mob -> Aung San Suu Kyi (MMR); all right."),
 11: v("Kocharyan's spokesman called the attack a provocation: ACCUSE from Armenia is right, but 'the attack' is, in the Armenian account of the previous sentence, Azerbaijan's: target should be Azerbaijan / the Azerbaijani forces (AZE), not the Armenian forces.", target=False),
 12: v("The U.S. military (USA) said it had not approved specific targets: a negated SUPPORT (approve an action) with no party named in the sentence (Turkey is not named); news of the report day; all right."),
 13: v("Justice Minister Dullah Omar (ZAF) welcomed the court's decision: SUPPORT; the sentence names no party (the court is in an earlier sentence), so no target is right; reaction reported as this news, document date; all right."),
 14: v("The protest is the Baghdad central government's (IRQ) to Ankara (TUR): source should be the Iraqi central government, not empty; target should be Turkey only, not Iraq plus Turkey; date should be 2007-12-17 (the document date, a reaction to Sunday's raid reported as news), not undated.", source=False, target=False, date=False),
 15: v("Washington (USA) has accused the junta (MMR) of orchestrating the attack: ACCUSE; the present perfect with no date takes the report's date, 17 June 2003 (the dateline day) is right; all right."),
 16: v("Larijani (IRN) had repeatedly asked to resign (a request to the president, who is not named in the sentence): REQUEST with no target; repeated earlier acts with no date, so no date is right; all right."),
 17: v("The IMF has urged Sofia (BGR government) to set up a currency board: REQUEST; undated present perfect of the story's present, the document date is right; all right."),
 18: v("'He' is Housing Minister Wimal Weerawansa (LKA), who is demanding that Ban scrap the panel, not President Rajapaksa: source should be Wimal Weerawansa (LKA). REQUEST to Ban Ki-moon, ongoing on the document date, is right.", source=False),
 19: v("Brotherhood supporters (EGY) beaten: ASSAULT with no source named in the sentence; but the beatings took place on the election's polling days (held in stages since 18 Oct.), an earlier time, not on the document date 2000-11-16: date should be undated (the election period, Oct.-Nov. 2000).", date=False),
 20: v("Bombs killed at least six people on Mindanao (PHL) on Wednesday 2007-01-10: ASSAULT with no source in the sentence (militants are blamed in the next); all right."),
 21: v("King Hussein (JOR) accused Netanyahu (ISR) in the letter: ACCUSE, reported on Tuesday 1997-03-11; not a duplicate of the 'sent' event; all right."),
 22: v("Berger (GTM) said he would ask international experts to help audit Portillo's accounts: REQUEST (assist), future, with no date for the future act; all right."),
 23: v("Tudjman (HRV) dropped his demand that U.N. peacekeepers leave: CONCEDE on Sunday 1995-03-12, but the party yielded to is named in the sentence: target should be the United Nations (its peacekeeping force), not empty.", target=False),
 24: v("Levy (ISR) 'warned and warned again': a warning with no stated object, taken as THREATEN with no target; but the warnings are repeated earlier acts, not acts of the resignation day: date should be undated, not 1998-01-05. (I doubt a coder would code this vague quote at all, but it does report a warning.)", date=False),
 25: v("The White House (USA) condemned the bombing: ACCUSE, reported as news on the document date; 'the bombing' is an act, so no target is right by the rules (a coder could add Jundallah, named only in the denial clause); all right."),
 26: v("Turkish officials (TUR) accuse Massoud Barzani (IRQ) of tolerating the rebels: ACCUSE, present habitual, document date; all right."),
 27: v("South Korean officials (KOR) welcomed the moves as a sign that 'its larger neighbours' would stand behind it: SUPPORT, but the sentence refers to the parties welcomed: target should be Japan and China (JPN, CHN; their central banks), not empty. Friday 2008-12-12, the paragraph's time, is accepted.", target=False),
 28: v("Havana (CUB) called Bush's speech an insult: ACCUSE; the sentence names no party ('the speech' is an act), so no target is right by the rules (a coder could add the U.S.); the reaction is dated by the paragraph's 20 May speech, accepted; all right."),
 29: v("Museveni's guerrilla army (UGA, coded by its leader) seized power in 1986: an armed takeover, ASSAULT, no target named, year 1986; all right."),
 30: v("Petritsch said he would not accept any move to undermine Dayton: a warning, THREATEN (or a REJECT), asserted, not a negated AGREE: type should be THREATEN and modality asserted. Source (the High Representative, seat Bosnia) and no target are right.", type=False, modality=False),
 31: v("The three leaders held their first summit on Saturday 2008-12-13: mutual CONSULT among China, Japan and South Korea; all right."),
 32: v("NLD supporters (MMR) killed in the 30 May attack of the previous sentence: ASSAULT, no source named, attribution keeps it asserted; but the killings were on 30 May 2003, not on the report day: date should be 2003-05-30 (or undated), not 2003-06-17.", date=False),
 33: v("Moreno-Ocampo (ICC) said his investigation into Congo (COD) was continuing: ACCUSE investigate, ongoing on the report day; all right."),
 34: v("Powell (USA) asked Syria (SYR) to help curb Hezbollah: REQUEST on Saturday 2003-05-03; all right."),
 35: v("Al Shabaab (SOM) claimed the Kampala bombings of July 2010: ASSAULT, date right, but the sentence names the victims: target should be the more than 70 people killed in Kampala (UGA), not empty; and the perpetrator rests on a claim of responsibility, so modality should be reported, not asserted.", target=False, modality=False),
 36: v("Mitchell announced on Sunday 2010-05-09 that indirect talks between Israel (ISR) and the Palestinians (PSE) had begun: mutual CONSULT; all right."),
 37: v("Mayor Osman Baydemir (TUR) urged families (TUR) to keep their children at home: REQUEST on the dateline day 2006-03-30; all right."),
 38: v("Police (RUS, in Vladikavkaz) reinforced checkpoints overnight: MOBILIZE (police), night of 19 March 1999; all right."),
 39: v("Diplomats said Myanmar (MMR) had agreed to the statement's wording: AGREE; the sentence names no partner by name (only 'some members'), so no target is accepted; dateline day 2003-06-17; all right."),
 40: v("Sarkozy (FRA) will travel to Moscow and Tbilisi on 8 September 2008: CONSULT visit, future, to Russia and Georgia; all right."),
 41: v("Several Duma deputies (RUS) demanded the heads of the interior and defence ministers and the security chief: REQUEST, but the sentence names the parties the demand is about: target should be those ministers (RUS government), not empty. Document date for the debate's demand is accepted.", target=False),
 42: v("North Korea (PRK) has been pressing Washington (USA) to take it off the terrorism list: REQUEST, ongoing, document date; all right."),
 43: v("Macedonia (MKD) would ask NATO to take on the U.N. force's tasks: REQUEST, future, no date for the future act; all right."),
 44: v("Yeltsin (RUS) promised elections in Chechnya and talks on its status: AGREE on Sunday 1996-03-31, but the party talks are promised to is named in the sentence: target should be Chechnya (its separatist leadership), not empty.", target=False),
 45: v("Saakashvili (GEO) and Yushchenko (UKR) signed a joint declaration on Friday 2005-08-12: SUPPORT (sign an agreement), mutual; all right."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 45 and sorted(V) == [it["n"] for it in items]
with open(HERE / "events-b.jsonl", "w") as out:
    for it in items:
        d, r = V[it["n"]]
        o = dict(it); o["verdict"] = d; o["reasons"] = r
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    vd = r["verdict"]
    assert vd["all"] == all(vd[k] for k in F)
    if not vd["event"]:
        assert not any(vd.values())
counts = {k: sum(r["verdict"][k] for r in rows) for k in F + ["all"]}
print(counts)
