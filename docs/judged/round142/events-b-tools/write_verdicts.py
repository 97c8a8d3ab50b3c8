"""Write judge b's round-142 verdicts: events-b.jsonl and paragraphs-b-verdicts.jsonl, and print the counts.

usage (from docs/judged/round142): python events-b-tools/write_verdicts.py
Fields per item: E T S G D M (event, type, source, target, date, modality), 1 = right, 0 = wrong.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (flags "ETSGDM", reasons)
V = {
 1: ("111111", "REQUEST by the United States to Nairobi (Kenya's government, KEN) is right; the reaction is undated, so the document date is right."),
 2: ("111001", "A criticism by Kem Ley is an ACCUSE, but the party criticised is named in the sentence: target should be the Cambodian People's Party (KHM). It is a habitual background act before his death: date should be undated, not the document date."),
 3: ("111111", "Surrender of the gunmen to Turkish police (RETREAT, CAMEO 0874) on Monday 2001-04-23; gunmen's country not given in the sentence, empty code right."),
 4: ("111101", "Soldiers (COD) firing on people at the sect's place of worship is ASSAULT; but the text places it in 'Wednesday's violence': date should be 2023-08-30, not the document date 2023-09-01."),
 5: ("111111", "Western governments calling for an inquiry is REQUEST; the party asked is not named in the sentence, so an empty target is right; undated reaction takes the document date."),
 6: ("111101", "Troops (COD) opening fire is ASSAULT with no target named; but the act is Wednesday's violence: date should be 2023-08-30, not 2023-09-01."),
 7: ("111111", "Reppas rejecting the criticism is a REJECT; the critics (opposition conservatives) are only in the previous sentence, so an empty target is right by the rule; 1997-07-08 is the dateline's date of the report."),
 8: ("111011", "The party spokesman (KHM) rejecting suggestions of political involvement is REJECT, but Cambodia is not the party rejected: target should be empty (the suggestions came from friends and family, named only earlier)."),
 9: ("111011", "Police firing tear gas to disperse a crowd is ASSAULT crowd-control on Saturday 2015-10-24; target should be the opposition supporters (MNE) named in the sentence, not empty."),
 10: ("000000", "Spurious: Kiska's pledge to be an independent check on the government and to fight corruption is a campaign-style statement of policy with no cooperation offered to any party (CAMEO 01, which PLOVER drops), not an AGREE."),
 11: ("111111", "Police in Havana (CUB) detaining dissidents at the funeral on Tuesday 2012-07-24 is COERCE arrest; all fields right."),
 12: ("110111", "The detention is of protesters at a rally in a suburb of Paris: source should be the French police (FRA), not Iran police. Target (exiled Iranian opposition supporters, IRN) is acceptable."),
 13: ("111111", "Von Trotha's 1904 extermination order read as a REQUEST (an order whose addressees, his troops, are not named) with an empty target is right by the rules; I would rather code it as a threat of violence against the Herero (NAM), but the order reading is defensible."),
 14: ("111011", "Adeniji's urging is REQUEST, but 'the government' is Sierra Leone's: target should be the Sierra Leone government (SLE), not Togo."),
 15: ("110111", "Endorsement of Ivanov as a candidate is SUPPORT, but the backer is Gruevski's ruling conservatives (VMRO-DPMNE, MKD), the party, not Gruevski himself: source should be the party."),
 16: ("111111", "The U.N.'s accusation that Taylor traded guns for diamonds is ACCUSE, undated background; 'U.N. mission' for 'the U.N.' is the same organisation with the right code (UNO), counted right."),
 17: ("101111", "A 'bloody crackdown on protests' is violent repression (CAMEO 175): type should be ASSAULT, not COERCE restrict. Parties and 2011 are right."),
 18: ("111111", "Officials (MMR) accusing the NLD of inciting students is ACCUSE; undated in the text, document date right."),
 19: ("000000", "Spurious: a priest refusing to leave his parish despite hostility rejects no request or demand of any political actor; no PLOVER event (and the background act would not take the document date)."),
 20: ("111111", "Prosecutors (GEO) charging Amaglobeli is ACCUSE allege; the charge has no date in the text, so undated is right."),
 21: ("110111", "Chad says its troops were attacked (ASSAULT, 'said' keeps it asserted, on Saturday 2014-03-29), but the Christian militiamen are in the Central African Republic: source code should be CAF (or empty), not TCD."),
 22: ("111111", "Army chief urging both sides (the government and PAD protesters, THA) to avoid violence is REQUEST; undated, document date right."),
 23: ("111111", "Thailand suspending a 2001 agreement with Cambodia is SANCTION withdraw; the sentence names no target party, so empty is right; the suspension is undated in the text."),
 24: ("111011", "Djukanovic's accusation is ACCUSE; target should be the organisers alone, the Democratic Front (MNE): Russia is the party they allegedly serve, not the accused, and the organisers' code should be MNE."),
 25: ("111011", "Moscow's long-standing accusation is ACCUSE, but the accused are named: target should be the Chechen sympathisers in Turkey (TUR), not empty. A stance still held takes the document date."),
 26: ("110111", "The FSB officer and soldier killed in clashes with infiltrators is ASSAULT, at the weekend (week 31 weekend, 2016-08-06/07) right; but source should be the infiltrators named in the sentence, not empty. Target lists the Russian soldier (RUS) but omits the FSB officer; counted right."),
 27: ("111111", "Kenyan officials blaming al Shabaab (SOM) militants for attacks is ACCUSE; a claim still held takes the document date."),
 28: ("111011", "Britain charging the men is ACCUSE allege on Wednesday 2018-09-05, but the charged party is the two Russian men (RUS), not the state of Russia: target should be the two men."),
 29: ("110101", "The resolution's call is REQUEST to the U.N., the Netherlands and the U.S., but 'It' is the Papuan congress's resolution: source should be the Papuan congress (Papuan separatists), not Indonesia. The resolution was adopted on Sunday: date should be 2000-06-04."),
 30: ("111111", "Brussels (EU) repeatedly urging Zagreb (HRV government) is REQUEST; repeated over an unstated span, undated is right."),
 31: ("111111", "Human rights groups urging the Haitian authorities (HTI) is REQUEST on the dateline's Tuesday 2011-01-18; right."),
 32: ("110011", "The arrest of 13 Iranian Jews is COERCE arrest in 1999, but the Jews are the ones arrested: source should be the Iranian authorities (IRN, unnamed, so empty) and target the 13 Iranian Jews (IRN)."),
 33: ("111111", "Moscow accusing Tbilisi of failing to control the frontier is ACCUSE, Russian government -> Georgian government, present stance on the document date; right."),
 34: ("111111", "The United States and Britain urging Dhaka (BGD government) is REQUEST; pluperfect with no date, undated is right."),
 35: ("111011", "The killing of tens of thousands in 1904-1908 is ASSAULT; the sentence names no killer, so empty source is right, and a toll over a span takes no date; but the victims are the Herero and Nama of German South West Africa: target code should be NAM (or empty), not DEU."),
 36: ("111111", "State Department (USA) welcoming the release is SUPPORT; China is not named in the sentence, so empty target is right; Thursday's release, document date 2001-07-26 right."),
 37: ("110111", "'the ceasefire they agreed ... on February 17' is an AGREE by Nigeria and Cameroon (reciprocal, no recipient) on 1996-02-17; but source should be Nigeria (NGA) and Cameroon (CMR), not the court in The Hague."),
 38: ("101111", "Asking Namibia and the descendants for forgiveness is an apology (CAMEO 055): type should be SUPPORT, not REQUEST. Source, target, undated future act and future modality are right."),
 39: ("111111", "Guterres urging all sides (the Sudanese army, the RSF and their backers, no single country plain) is REQUEST; undated, document date right."),
 40: ("111111", "Iraqi critics long saying the pact gave too much to Kuwait is ACCUSE disapprove of a policy whose authors are not named; a stance still held takes the document date."),
 41: ("111101", "Amaglobeli's hunger strike in protest at her detention is PROTEST with no party named; but the text says only that it came 'later' than her January arrest: date should be undated, not 2025-01."),
 42: ("111101", "Assad's visit to Lebanon is CONSULT visit, Assad (SYR) -> Lebanon (LBN), but 'February 2005' dates Hariri's assassination: date should be 2010-07-30, the Friday of the visit."),
 43: ("111011", "Lebanon boycotting the Arab summit is PROTEST boycott on Saturday 2008-03-29; but the sentence refers to the party boycotted ('the host'): target should be Syria (SYR), the summit's host."),
 44: ("110111", "The footage prompting street protests is PROTEST demo, but the protesters are unnamed crowds in African and European capitals: source should be protesters (no code), not the Libyan government, the object of the anger."),
 45: ("111111", "Australia and Papua New Guinea signing a defence treaty is SUPPORT (sign agreement), mutual, on Monday 2025-10-06; right."),
 46: ("110001", "Yemen's complaint to the Security Council is ACCUSE, but source should be bin Daghr's government (YEM), not ARE; target should be the UAE (ARE), whose deployment is denounced (or the Security Council), not empty; the complaint is background to the early-May crisis, so it should be undated, not the document date."),
 47: ("111111", "Cambodia's foreign ministry expelling the Thai embassy's first secretary is SANCTION expel on Thursday 2009-11-12; 'Thai embassy' (THA) for its diplomat counted right."),
 48: ("111111", "'Greece had conceded nothing' is a negated CONCEDE by Greece in the July 8 declaration; 'saying' keeps it negated (not reported), with Reppas as reporter; no recipient named."),
 49: ("111111", "Fico congratulating his rival is SUPPORT; 'rival' (SVK) is the description of Kiska with the right country; document date right."),
 50: ("111111", "The United States and Britain welcoming the accord is SUPPORT; the parties to the accord are not named in the sentence, so empty target is right; undated, document date right."),
}

PARAS = {
 "h48-x187-12": ([
   "ASSAULT: man (unnamed, MDV) -> Maumoon Abdul Gayoom (MDV), tried to stab the president, 2008-01-08",
  ], 0, 0, 0, "Dateline found no event in the paragraph; the attempted stabbing of the president is missed. Gayoom's visit to an island of his own country is not a CONSULT."),
 "h48-x188-12": ([
   "SANCTION: anti-graft court (PHL) -> Joseph Estrada (PHL), found guilty of plunder and sentenced to life, 2007-09-12",
   "PROTEST: popular revolt (PHL) -> Joseph Estrada (PHL), drove him from office, 2001",
  ], 1, 1, 0, "The conviction and sentence are one act, found. The 2001 revolt is background, missed."),
 "h48-x187-02": ([
   "REQUEST: International Court of Justice (no seat code in the text) -> Nigeria (NGA), Cameroon (CMR), ordered to refrain from military action, 1996-03-15",
   "ASSAULT: Nigerian troops (NGA) <-> Cameroonian troops (CMR), clashes last month, 1996-02",
  ], 1, 1, 0, "The order is found (right). The February clashes are missed."),
 "h48-x188-20": ([
   "REJECT: Constitutional Court (GTM) -> Jimmy Morales (GTM), suspended his order expelling the CICIG head, 2017-08-27",
   "SANCTION: Jimmy Morales (GTM) -> Ivan Velasquez (CICIG, UN-backed), declared persona non grata and ordered expelled, 2017-08-27",
  ], 0, 0, 0, "Dateline found no event. 'Drew sharp criticism at home and abroad' has no named critic and is not listed."),
 "h48-x187-17": ([
   "COERCE (future): Kenya (KEN) -> refugees (Somalis SOM, South Sudanese SSD), said it would close its refugee camps and stop hosting refugees, 2016-05-06",
  ], 0, 0, 0, "Dateline found no event; the announced closure (said on Friday, 2016-05-06) is missed."),
 "h48-x185-01": ([
   "ASSAULT: unknown attacker (no code) -> U.S. embassy (USA), fired an anti-tank grenade, 1995-09-13",
   "ASSAULT: NATO (NATO) -> Bosnian Serbs (Bosnian Serb forces), air strikes, ongoing on 1995-09-13",
  ], 2, 2, 0, "Both found with the right type. The grenade is heavy weapons, not crowd control (mode), and the air strikes' target should be the Bosnian Serbs, not the state of Bosnia and Herzegovina. 'Mounting Russian fury' is a mood, not a statement, and is not listed."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
    counts = dict.fromkeys(FIELDS + ["all"], 0)
    with open(HERE / "events-b.jsonl", "w") as f:
        for it in items:
            flags, reason = V[it["n"]]
            v = {k: flags[i] == "1" for i, k in enumerate(FIELDS)}
            if not v["event"]:
                assert flags == "000000"
            v["all"] = all(v[k] for k in FIELDS)
            for k in counts:
                counts[k] += v[k]
            f.write(json.dumps({**it, "verdict": v, "reasons": reason}, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    tot = [0, 0, 0, 0]
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ev, found, n_dl, spur, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                                "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
            for i, x in enumerate((len(ev), found, n_dl, spur)):
                tot[i] += x
    print("right of 50:", counts)
    print("paragraphs: coded acts %d, found %d, dateline events %d, spurious %d" % tuple(tot))


if __name__ == "__main__":
    main()
