"""Judge d, round 163: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below.

Each verdict: n -> (wrong fields, reasons). Fields not listed are right. "SPURIOUS" makes every field false.
Run from docs/judged/round163: python events-d-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Right: the resolution text (of the Council of Europe assembly's deputies) calls on Moscow (RUS government) for a ceasefire, talks and access; REQUEST, Thursday 1995-02-02 of the vote."),
 2: (["date"], "Expulsion, source Mexico and the Italian activists (ITA) are right, but the next sentence dates the act: they were flown out of Mexico City on Sunday night, so the date should be 1998-05-10, not the Monday report date 1998-05-11."),
 3: (["target", "date"], "Parliament (PAK) endorsing Musharraf's constitutional changes is SUPPORT, but the target should be Pervez Musharraf (PAK), whose changes were approved and who is named in the sentence; the date should be 2003 (about December 2003, 'a year ago' from 2004-12-31), not the document date."),
 4: ([], "Right: Del Ponte (UN tribunal prosecutor) urged governments and NATO-led peacekeepers in Bosnia to arrest Karadzic and Mladic; 'governments ... in Bosnia' read as Bosnian governments is a reading the text allows (the peacekeepers, NATO, would also be a right target)."),
 5: (["source"], "ACCUSE of the signatories is right, but the source is the Syrian pro-government newspaper ('a newspaper close to the government' after 'Syrian officials'), so its country should be SYR, not empty."),
 6: ([], "Right: Wefaq (BHR) accused the Bahraini authorities of tilting results; document date of the results report, asserted."),
 7: ([], "Right: Taylor (LBR) is charged by the Special Court for Sierra Leone (SLE court); a standing charge takes the document date."),
 8: ([], "Right by CAMEO2PLOVER (055 apologize -> SUPPORT): Lien Chan (TWN) apologised for the result, no recipient named, document date. A marginal event (an apology to his own party's voters), kept by the mapping."),
 9: ([], "Right: the 1974 Turkish invasion of Cyprus is ASSAULT, Turkey -> Cyprus, dated 1974 by the text."),
 10: ([], "Right: U.S. troops (USA) seized Radislav Krstic in December 1998; COERCE is the right type (the mode should be arrest rather than seize, a capture of a person, not property)."),
 11: (["target"], "REQUEST by Filat (MDA) is right, but 'his partners' are his coalition partners in the Alliance for European Integration (Lupu's Democrats and Ghimpu's Liberals), so the target should carry MDA, not an empty country."),
 12: (["target", "date"], "Mesic (HRV) hosting the Zagreb summit is CONSULT, but Yugoslavia is only one of about twenty delegations and not named in the sentence: the target should be empty (or the summit's participants together); the summit was on Friday, so the date should be 2000-11-24, not 2000-11-25."),
 13: ([], "Right: the Syrian authorities jailing activists since 2001 is COERCE arrest, a span summed from an earlier time, so no date is right."),
 14: (["source"], "AGREE to admit Croatia (HRV government) is right, but the Committee of Ministers is the Council of Europe's decision-making arm: the source should be the Council of Europe (COE, IGO), not a Croatian government body (HRV/GOV)."),
 15: ([], "Right: the U.S. State Department called for the detainees to be freed; the sentence names no party holding them (the arrests is an act), so an empty target is right; separate from the condemnation (e9)."),
 16: (["type"], "Mubarak (EGY) opposing the U.S.-led war is a disapproval/objection, ACCUSE (disapprove), not REJECT of a request or proposal; source, empty target (the war is an act), document date for a standing stance and asserted are right."),
 17: ([], "Right: Moscoso (PAN) agreed, at the request of the OAS and the United States, to let Montesinos in; AGREE with the requesters as target, reported by her, dated to the Monday report (the text gives the agreement no other date)."),
 18: (["source"], "PROTEST at the U.S. embassy on Friday night 1999-11-19 is right (aimed at the U.S., so the embassy is a right target), but the protesters are Greek (the march is in Athens, 'anti-American protesters in central Athens'): the source country should be GRC, not empty."),
 19: (["target", "date"], "Milosevic (YUG) refusing to sign is REJECT, but Kosovo is the deal's subject, not a party: the target should be empty (the sentence names no proposer); the refusal came before NATO's Wednesday launch and has no date in the text, so 1999-03-24 (the launch's date) is wrong; no date (basis unknown) is right."),
 20: (["target"], "Conviction on Thursday 2003-04-24 is right, but the person convicted is Winnie Madikizela-Mandela (ZAF), not her former husband Nelson Mandela; an empty source is right (the court is named only in the next sentence)."),
 21: ([], "Right: China rejected Mexico's charge, REJECT ('all rejections and refusals'); 'the charge' is an act, so an empty target is right; document date."),
 22: ([], "Right under the settled rule for armed takeovers (ASSAULT): Habre (TCD) seized power in 1982, no target named; a coup has no PLOVER type of its own, so a coder might also leave it uncoded."),
 23: ([], "Right: Clinton (USA) held talks with Simitis and Stephanopoulos (GRC) on Saturday 1999-11-20, the day of his visit."),
 24: ([], "Right: Sharif (PAK) welcomed the court's judgment, SUPPORT; the court is not named in the sentence, so an empty target is right; document date."),
 25: ([], "Kept as an event by the conventions' treatment of negated acts ('will not ask anyone's permission' as a negated REQUEST, like a refusal coded as a negated act); 'anyone' is no party, so an empty target is right, and a negated act has no date. A coder could also call this a REJECT or leave it uncoded."),
 26: (["SPURIOUS"], "Not an event: Mubarak warning of 'grave consequences' of the war for the region is a pessimistic forecast, not a threat by Egypt against anyone (THREATEN needs a coercive warning); at most it restates his disapproval of the war already coded from the previous sentence."),
 27: ([], "Right: Bainimarama (FJI) has accused Canberra and Wellington (AUS, NZL governments) of bullying; a standing accusation takes the document date."),
 28: (["target"], "ACCUSE by Taheri (IRN) published on Wednesday 2002-07-10 is right, but the sentence names its object, 'those who ... use violence against critics' (the hardline vigilantes, IRN), so an empty target is wrong."),
 29: ([], "Right: anti-corruption activists and opposition leaders (ZMB) accused President Banda (ZMB); document date."),
 30: (["target"], "ACCUSE by the IBA and Western governments is right, but they condemned the pressure on Gubbay, so Gubbay is the victim, not the target: the target should be empty (the party pressing him, Mugabe's government, ZWE, is not named in the sentence)."),
 31: ([], "Right: the Clinton administration (USA government, coded as Clinton) backed the Brown amendment; 'the change' is an act, so an empty target is right."),
 32: ([], "Right: the European Commission praised Macedonia (MKD) in its recommendation last month, 2005-11."),
 33: ([], "Right: Sharif (PAK) urged those named in the revived cases (PAK officials) to step aside; document date."),
 34: ([], "Right: the conviction in the condition of Britain's agreement is hypothetical; Taylor (LBR) is the target, the court is not named, no date."),
 35: ([], "Right: human rights groups urged Clinton (USA); the text does not say whose groups they are, so an empty country is right; document date (the text gives the urging no day)."),
 36: (["date"], "Houses set on fire in the attack is ASSAULT with no party named (both empty right), but the attack was before dawn on Sunday, so the date should be 2010-03-07, not the Monday document date."),
 37: ([], "Right: a gunman fired an RPG at the Russian embassy (RUS) on Monday 2000-01-03; ASSAULT is right (the mode should be heavy-weapons, not crowd-control)."),
 38: ([], "Right: Lien Chan (TWN) rejected calls to resign, REJECT; the callers are not named, so an empty target is right."),
 39: (["source", "date"], "ACCUSE of the ELN (COL) is right, but the officials are Venezuelan (the military officials of the previous sentence, VEN), not Colombian; the blaming is reported in Tuesday's story, so the date should be 1995-02-28, not the Sunday of the raid."),
 40: ([], "Right: the Scottish court (GBR) convicted al-Megrahi (LBY) in January 2001."),
 41: ([], "Right: 'the former army corporal' is Sankoh (SLE), convicted on Friday 1998-10-23; the court is not named in the sentence, so an empty source is right."),
 42: ([], "Right: 'Belarus would not bow to anyone' is a negated CONCEDE (a refusal to yield; REJECT asserted would also do); source Belarus as said, no party, no date for a negated act."),
 43: (["type", "source", "date"], "The protesters marching and denouncing U.S. policy and Menem's reforms are a PROTEST (demo), not an ACCUSE (PLOVER codes protests that voice disapproval as PROTEST); they are Argentine (ARG), not USA; the march was outside the Thursday news conference, so the date should be 1997-10-16. The target, Menem (ARG), is right."),
 44: (["SPURIOUS"], "Not an event: intellectuals signing a petition is not signing an agreement (SUPPORT), and a document is no party; the petition's act, urging Damascus, is coded from the next sentence (e4)."),
 45: ([], "Right: Chowdhury (BGD) resigned on Friday 2002-06-21."),
}

PARAS = {
 "h58-x225-17": ([], "An election result (a coalition winning a second term) is no PLOVER act between political actors."),
 "h58-x226-07": ([
   "ASSAULT: Lebanese army (LBN) -> Islamist militants (no country in the paragraph), routed them in Dinniyeh, reported 2000-01-04 (after four days of fighting from 1999-12-31)",
   "ASSAULT: Islamist militants (no country) -> Lebanese soldiers (LBN) and civilians, fighting that killed at least 11 soldiers and several civilians, 1999-12-31 to 2000-01-04 (no single date)"],
   "Dateline found no event in this lead: the army's routing of the militants and the killing of soldiers are missed."),
 "h58-x228-11": ([
   "REQUEST: Vladimiro Montesinos (PER) -> Panama (PAN), asked for political asylum, 2000-09-24 (he landed on Sunday; officials said it on Monday)"],
   "Flying into Panama is travel, not a CONSULT; the asylum request is the one act. Dateline's Moscoso AGREE is in the next paragraph."),
 "h58-x227-13": ([
   "SANCTION: court (not named in the paragraph) -> Winnie Madikizela-Mandela (ZAF), convicted of fraud and theft and sentenced to five years, 2003-04-24"],
   "Dateline found the conviction (e1, SANCTION) but with Nelson Mandela as target; the event itself holds, so it is found and not spurious."),
 "h58-x227-01": ([
   "ACCUSE: opposition alliance (NPL) -> communist government of Man Mohan Adhikari (NPL), pushed a no-confidence motion through parliament, bringing the government down, 1995-09-10"],
   "A no-confidence vote has no PLOVER type of its own; the nearest is ACCUSE (formal disapproval) or SANCTION. Dateline found nothing here."),
 "h58-x227-16": ([
   "REJECT: Pervez Musharraf (PAK) -> (none named), said he would remain army chief, going back on his promise to give up his uniform, 2004-12-30",
   "ACCUSE: opposition (PAK) -> Pervez Musharraf (PAK), accusations of betrayal, 2004-12-30"],
   "Going back on the promise could also be coded as a negated RETREAT (resign as army chief); dateline found neither act in the lead."),
}
FOUND = {"h58-x227-13": 1}
SPURIOUS_IN_PARA = {}

def main():
    items = [json.loads(l) for l in open("events-d-items.jsonl")]
    assert len(items) == 45 and set(V) == {i["n"] for i in items}
    with open("events-d.jsonl", "w") as f:
        for it in items:
            wrong, reasons = V[it["n"]]
            if "SPURIOUS" in wrong:
                v = {k: False for k in FIELDS}
            else:
                assert all(w in FIELDS[1:] for w in wrong), wrong
                v = {k: k not in wrong for k in FIELDS}
            v["all"] = all(v[k] for k in FIELDS)
            f.write(json.dumps({**it, "verdict": v, "reasons": reasons}, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
    with open("paragraphs-d-verdicts.jsonl", "w") as f:
        for p in paras:
            acts, notes = PARAS[p["doc"]]
            f.write(json.dumps({"doc": p["doc"], "coder_events": acts, "found": FOUND.get(p["doc"], 0),
                                "dateline_events": len(p["events"]), "spurious": SPURIOUS_IN_PARA.get(p["doc"], 0),
                                "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
