"""Judge b's verdicts for round 35: write events-b.jsonl from events-b-items.jsonl.

Each entry: n -> (false fields, reasons). Fields not listed are true; 'event' in the
list makes every field false (spurious)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ("target", "Target empty, but the agreement to expedite is made with Sobotka (AUT), named in the sentence as the party met; source Martinelli for 'the government of President Martinelli' accepted (SUR right). reported_by should be Sobotka ('he'), not scored."),
 2: ("date modality", "Obama only 'spoke of sending' troops more than five months before Thursday: the act is a plan (future/hypothetical), not asserted, and the text puts it >5 months before the document date, so the document date is wrong."),
 3: ("target", "Target empty, but the sentence names the party hit: the terrorists whose attack aircraft was shot down."),
 4: ("", "Arrests referred to in the quote ('these arrests'); no arrester or arrested party named in the sentence, so empty source/target are right by the rules. Marginal as an event."),
 5: ("target modality", "The act is 'without being formally charged': negated, not asserted; and the target is Chen and two others, named in the sentence, not empty."),
 6: ("target", "Thaci travels to Brussels for a meeting of eurozone foreign ministers: the host is the EU, not the Belgian government."),
 7: ("type", "A local gang seizing a group of men is an abduction (ASSAULT abduct); COERCE seize is for police/authorities. Target country empty is right (the text never names Mexico)."),
 8: ("date modality", "The text dates the strike by its end, Monday July 7, after the document date, so the document date is wrong and the strike is future, not asserted."),
 9: ("target date", "Target empty though the Human Rights Center's office is named as raided; the raid is dated by the text to 2005 ('when it was set up in 2005'), not unknown."),
 10: ("source", "Source country empty: it is Singapore's Ministry of Foreign Affairs (SGP). Date accepted: 'on Friday' in the prior sentence may attach to 'traveling'. Marginal as an event (advice to own citizens)."),
 11: ("target", "The accused are the US/NATO/Israeli forces; the civilians are the victims of the alleged act, not the target of the accusation, and US and NATO are missing. I would code the reported ASSAULT rather than a sourceless ACCUSE."),
 12: ("", "Talks held with officials of Pakistan and others; undated pluperfect act with no date is right."),
 13: ("target", "Target empty, but the crackdown is on protesters, named in the sentence (detention of seven high-profile protesters)."),
 14: ("target date", "The support withheld is for the rebels (FARC), named in the sentence ('for whom'); the statement saying so was issued Tuesday (text), not the document date. I would code the sentence as REJECT/ACCUSE rather than negated AID, but accept the type."),
 15: ("", "Militia's decision 'today' to lay down weapons, said Thursday = document date."),
 16: ("", "Charged Friday per the first sentence = 2023-06-09; Ferguson is a former Australian politician."),
 17: ("date", "The opening of the investigation is dated Monday by the text (first sentence), not the document date."),
 18: ("target date", "Powell welcomed China's stance: China is the target, named in the sentence; the date 1998-07-16 comes from a resolution number in another sentence, not this act ('Earlier', undated)."),
 19: ("", "Signed 'last week' = 2023-W23; China and South Korea right."),
 20: ("", "EU willing to work with Egypt: AGREE EU -> Egypt."),
 21: ("date", "'Has long been accused' is a state still going on: by the rules it takes the document date, not unknown."),
 22: ("event", "'Campaign promise' is a noun for an earlier domestic campaign pledge and 'plans to make it a priority' is an intention about domestic policy, not an AGREE between actors: spurious."),
 23: ("", "Students (Kenya) arrested; arrester unnamed, document date for the news act."),
 24: ("event", "'anything they may seize' is a generic legal clause about what law enforcement may seize, no act: spurious."),
 25: ("", "Accusation of the two women at their trial; accuser unnamed; target one of the two women, right."),
 26: ("", "Zambia withdrawing its force from the Polish border, said Tuesday."),
 27: ("", "Cyber-attack attributed to Russian military intelligence, dated 2013 from the previous sentence by the definite 'the cyber-attack'; attribution keeps it asserted."),
 28: ("source", "The rejector is Pakistan's foreign ministry deputy spokesman (PAK), not Karzai. Type REJECT for denying accusations accepted (I would code a denial, which PLOVER has no type for)."),
 29: ("", "Oran government (an Oran province of Sudan in the text) will continue to work with international organizations: COOPERATE future, accepted (generic)."),
 30: ("target date", "The attack took the site offline on Monday this week (text), not on the document date; the sentence names Malta as the party aimed at, so empty target is wrong."),
 31: ("type source target", "The Marshall Islands government approved a transfer of humanitarian aid to Gabon: AID (not SUPPORT), source is the Marshall Islands government (not Gabon), target Gabon."),
 32: ("target", "The raided office is Reprieve's ('its human rights office'), named in the sentence; empty target is wrong."),
 33: ("", "Key plans to travel to Beijing and Pyongyang in December: CONSULT visit, future."),
 34: ("", "Three attacks in Italy 'in only the last week': ASSAULT, unnamed parties, week date accepted."),
 35: ("event", "'your chances of being hit with one of these types of attacks' is a generic hypothetical about cyber attacks, no act: spurious."),
 36: ("", "The consulate protest referred to ('the protest'), no party named in the sentence; its Friday date accepted (protest ongoing Thursday-Friday)."),
 37: ("date", "The backing took place at a meeting in Durban on Friday (2023-06-09), given in the sentence; the document date is wrong."),
 38: ("type target", "UNHCR's outrage and warning of how the proposal may be read is a criticism (ACCUSE disapprove), not a threat; its target is the Madagascar authorities who made the proposal ('the authorities')."),
 39: ("type target", "Mukherjee convened a meeting with lawyers: CONSULT, not REQUEST; the lawyers are named in the sentence as the other party."),
 40: ("type", "The IMF's commitment to support Albania's recovery is the debt relief (AID) or a promise of it (AGREE), not verbal SUPPORT."),
 41: ("source target", "Nguyen is the accused (target), not the accuser; the source should be empty (accuser unnamed) and the target Nguyen."),
 42: ("", "Poroshenko accused Russia in September (2022)."),
 43: ("", "Serbia insisting on keeping the regions: a demand, REQUEST accepted; no addressee named."),
 44: ("target", "The accord is to be reached with Azerbaijan, named in the sentence (Togo-Azerbaijan corridor); empty target is wrong."),
 45: ("target", "Oscar Romero is president of the Nicaraguan Federation of Labor: country NIC, not AUS."),
 46: ("", "Hollande calls for a peaceful solution; no addressee named; today = document date."),
 47: ("source", "Northern Ireland's ruling party is coded IRL; Northern Ireland is GBR."),
 48: ("modality", "'his country would send' in reported speech of Hollande's plan is future, not hypothetical."),
 49: ("type target", "An offer of support after the floods is AGREE (offer) or SUPPORT, not AID given; 'the government' is Cyprus's government, which the target must be."),
 50: ("", "Trade deal to be signed at end of next month (2023-07): SUPPORT future, both parties right."),
 51: ("event", "A scholar's comment that 'this government can provide them with security' is commentary, no aid act: spurious."),
 52: ("target modality", "Headline act: the kidnapper is the arrested party (target), and the arrest is asserted, not reported."),
 53: ("source target date", "The ministry of labour is Cuba's (CUB), the party to be investigated is Cubacom ('them'), and the contact happened before the August announcement, not on the document date."),
 54: ("", "Key's 1998 visit to Pyongyang."),
 55: ("", "New Jersey local police appealed to the FBI."),
 56: ("", "Hungarian court convicted Hungarian general Hartmann."),
 57: ("target", "The convicted are the three teenagers, named in the sentence; empty target is wrong."),
 58: ("target", "The deported party is Velasquez ('I'), the speaker; empty target is wrong. Deporter unnamed, so empty source right."),
 59: ("source date", "Asylum was granted by the Czech Republic, named in the sentence; the text dates it 'last night' (2023-06-14), not the document date."),
 60: ("", "Morocco-Panama talks resumed today."),
}

def main():
    out = []
    for line in open("events-b-items.jsonl"):
        item = json.loads(line)
        bad, reason = V[item["n"]]
        bad = set(bad.split())
        assert bad <= set(FIELDS), bad
        if "event" in bad:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        item["verdict"] = verdict
        item["reasons"] = reason
        out.append(item)
    assert len(out) == 60
    with open("events-b.jsonl", "w") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
