"""Write events-c.jsonl from events-c-items.jsonl plus the judge's verdicts below.
Fields listed in a verdict's `wrong` are false; `spurious` makes every field false."""
import json

V = {
 1: (["modality"], "Clinton's conjecture about what the opposition would do is hypothetical, not negated (cf. 'officials hinted they would reject'); AGREE-not-accept is kept as the negated equivalent of REJECT, and source, target and the unknown date are right."),
 2: ([], "Sankawulo's appeal for a ceasefire is REQUEST; the sentence names no addressee, so an empty target is right; undated, so the document date is right (sector BUS is off but the country LBR is right)."),
 3: ([], "Kaczynski's standing support for Poland's EU membership is SUPPORT toward the EU; a stance still held takes the document date."),
 4: ([], "China's Foreign Ministry urging Vietnam is REQUEST CHN -> VNM, undated so the document date is right."),
 5: ([], "Condemning the attack is ACCUSE; nobody claimed the attack and the sentence names no perpetrator, so an empty target is right."),
 6: (["date", "modality"], "The kidnapping is only the family's belief, so modality should be reported; date should be 2000-08-25 (missing 'for two days', i.e. since the Friday run), not the Sunday of the report."),
 7: ([], "The Friday meeting (2008-09-05) is CONSULT between Rice (USA) and Gaddafi (LBY); listing both on each side is accepted as the mutual reading. Not a duplicate under the same-sentence rule (the lead sentence is another sentence)."),
 8: (["date"], "The blame is ACCUSE COL officials -> FARC, but the text gives the blame no day: date should be the document date 2002-08-08 (Wednesday is the attack's date, not the statement's)."),
 9: (["source"], "Seizing a third of Croatia is ASSAULT (wave-30 rule) dated 1991, but the 'Serb rebels' are Krajina (Croatian) Serbs whose patron is Belgrade: the source's country should be HRV (or none), not SRB. I'd code it this way even without the rule."),
 10: ([], "US praising Musharraf's address is SUPPORT; the sentence names the address, not its maker, so an empty target is right; undated, so the document date is right."),
 11: (["date"], "Zapatero defending Aznar is SUPPORT ESP -> ESP, but 'the clash' is the Saturday exchange of the previous sentence: date should be 2007-11-10, not the document date."),
 12: (["spurious"], "Duplicate: the genocide killings in this sentence were already coded as e2 ('genocide'); as an event the target should anyway be the 800,000 Tutsis and moderate Hutus (RWA), not empty."),
 13: (["type"], "Stripping Machar of delegated powers is an administrative sanction, COERCE (CAMEO 172) or SANCTION, not RETREAT (retreat from territory); the garbled name 'April Kiir' is taken as Salva Kiir (SSD), and the date 2013-04 is right."),
 14: ([], "Riot police firing tear gas and water cannon at stone-throwing youths is ASSAULT crowd-control SEN -> SEN on the Thursday of the report (2011-06-23)."),
 15: (["type", "date", "modality"], "Japan's undertaking in the guidelines to support U.S. forces is a pledge: by the wave-76 rule it should be AGREE, asserted, dated 1997-09-23 (the Tuesday the guidelines were approved), not a hypothetical AID with no date."),
 16: ([], "Carlson condemning China's actions is ACCUSE USA -> CHN, undated, so the document date is right."),
 17: (["date"], "Modi-Putin talks are CONSULT IND -> RUS, but they came 'hours' after the Monday-morning strike: date should be 2024-07-08, not the document date 2024-07-09."),
 18: (["spurious"], "'called it a good day' is 'called' in the sense of describing, not calling for: no REQUEST here (at most a SUPPORT-type remark with no named target), so it is spurious."),
 19: ([], "Lifting the trade embargo is RETREAT (CAMEO 085 ease sanctions) by Clinton in 1994; Vietnam is not named in the sentence, so an empty target is right."),
 20: (["source"], "Hong Lei is China's Foreign Ministry spokesman: source should be Hong Lei (CHN), not VNM; type, target Vietnam and date are right."),
 21: ([], "Clinton praising Vietnam's reforms in the Friday speech is SUPPORT USA -> VNM on 2000-11-17, the document date."),
 22: (["source"], "The Foreign Ministry spokeswoman is Russian (the Kremlin, 'demonising Russia'): source should be coded RUS, not left without a country; target NATO and the date are right."),
 23: ([], "Police deployed in force in Stone Town is MOBILIZE police (TZA), Wednesday night 1995-10-25, no target."),
 24: (["target"], "The Spanish opposition praised the monarch: target should be King Juan Carlos (ESP), not Zapatero."),
 25: ([], "Chavez's present-tense accusation of Aznar is ACCUSE VEN -> ESP, ongoing, so the document date is right."),
 26: (["date"], "Modi urging Pakistan is REQUEST IND -> PAK made in the Tuesday talks: date should be 2014-05-27 (the Tuesday, also the document date), not unknown."),
 27: ([], "Police detaining about 170 curfew-breakers is COERCE arrest HND -> HND; 'during the night' before the report takes the document date."),
 28: ([], "Musharraf outlawing Lashkar-e-Taiba in the Saturday-night address is COERCE ban PAK -> PAK on 2002-01-12."),
 29: ([], "Approving the defence guidelines is SUPPORT (finalising an agreement) USA -> JPN (Nukaga), dated the Tuesday, 1997-09-23."),
 30: ([], "Kesri's earlier accusation of Deve Gowda is ACCUSE IND -> IND; an undated background act with no date is right."),
 31: (["target", "date"], "Spain hosting the conference is CONSULT, but the 'EU's rotating presidency' is Spain's own office, not a party met: target should be the participating EU and Mediterranean states (or empty); date should be 1995-11-28, the Tuesday the two-day conference ended, not the document date."),
 32: ([], "Turkey refusing U.S. condolences is kept as AGREE negated (the negated equivalent of REJECT, as 'refused to withdraw' = RETREAT negated); TUR -> USA, Monday = document date."),
 33: ([], "Saakashvili's 2004 promise to bring Georgia into NATO is AGREE (commitment to cooperate) GEO -> NATO, dated 2004."),
 34: ([], "'We cannot accept a result' is AGREE negated (= REJECT) by Sam Rainsy (KHM); no party named, so an empty target is right; Wednesday = document date."),
 35: ([], "McConnell criticising the climate pact is ACCUSE; the sentence names the pact, not its parties, so an empty target is right; document date."),
 36: (["modality"], "Netanyahu froze the pullouts: the withdrawal did not take place, so RETREAT should be negated (or the freeze coded as REJECT asserted); date 1998-12 ('this month') is right."),
 37: (["date"], "Akashi condemning the shelling is ACCUSE (UN) with no named target; the text gives the condemnation no day, so date should be the document date 1995-05-03; the Tuesday belongs to the rockets near Pleso airport in the previous sentence."),
 38: (["source"], "Lin Jian is China's Foreign Ministry spokesman: source should be Lin Jian / China (CHN), not the Philippines; target Manila (PHL) is right."),
 39: (["date"], "'It' is the Saturday sanctions vote of the lead: SANCTION UN Security Council -> Iran should be dated 2006-12-23, not unknown."),
 40: (["target"], "Zyuganov welcomed the vote, 'saying Primakov was a man who can be trusted': target should be Primakov (RUS), named in the sentence, not empty."),
 41: ([], "Police detaining 46 people in overnight raids is COERCE arrest TUR -> people held in Turkey, document date (overnight into Monday)."),
 42: ([], "Davutoglu demanding an inquiry and the activists' release is REQUEST (TUR); Israel is not named in the sentence, so an empty target is right; undated, so the document date is right."),
 43: (["type"], "'Firmly opposes' the nuclear test is an objection to an act, ACCUSE disapprove, not REJECT (which answers a request or proposal); source China, empty target and date are right."),
 44: ([], "Netanyahu accusing the Palestinians of breaking commitments is ACCUSE ISR -> PSE, 'this month' 1998-12."),
 45: ([], "The ten leaders signing the treaty is SUPPORT (sign agreement) by a multinational group (no single country code), mutual, so no target; Friday 1995-12-15."),
 46: ([], "The violent protests against Khan's arrest are PROTEST by demonstrators (PAK) aimed at the authorities' act, so the state PAK is a right target; May 2023."),
 47: (["source", "target", "date"], "The ceasefire term that Serb soldiers were to surrender heavy weapons is a CONCEDE (promise to disarm) by the Serb soldiers, not by Akashi: source should be the Serb soldiers, target none (Croatia is not named), and date 1995-05-02, when the ceasefire was brokered 'a day earlier', not the document date."),
 48: (["source"], "Sata's supporters, not Sata, accused the electoral commission: source should be Sata's supporters (ZMB); target and date are right."),
 49: ([], "Kim Young-sam calling the incursion 'a clear armed provocation' is ACCUSE disapprove (KOR); North Korea is not named in the sentence, so an empty target is right; document date."),
 50: (["type"], "Declining to join a military alliance is a refusal to cooperate, REJECT (or COOPERATE negated), not MOBILIZE troops; source Indonesia, empty target, negated modality and no date fit the negated reading."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-c.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
counts = {k: 0 for k in FIELDS + ["all"]}
for l in open("events-c.jsonl"):
    d = json.loads(l)
    for k in counts: counts[k] += d["verdict"][k]
print(counts)
