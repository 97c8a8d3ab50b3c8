"""Write events-b.jsonl from events-b-items.jsonl with judge b's verdicts (round 49).
Each entry: n -> (list of false fields, reasons). Fields: event type source target date modality."""
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OK = "All fields right."
V = {
 1: ([], OK + " Target empty is right: 'the signing' names no party."),
 2: (["source", "date"], "Source is the victim Lee; the attacker is 'he' (the suspect). 'The attack' is the stabbing reported as this news on Tuesday, so the date is the document date 2024-01-02, not unknown. Target empty is right (Lee is not named in the sentence)."),
 3: (["source", "target"], "Duterte is coded USA; he is Philippine (PHL). The threat to scrap the pact is aimed at the United States, named in the sentence; empty target is wrong."),
 4: ([], OK + " Passive with no agent: empty source accepted by the sentence rule (I would code the CNRDRE/mutinous soldiers from the previous sentence)."),
 5: (["event"], "'By Monday the shooting had largely stopped' reports the end of the fighting, not an act of shooting on Monday; spurious."),
 6: ([], OK + " Protest at home with no aim named: empty target right by the no-target rule (the Greek state would also be right)."),
 7: ([], OK + " RETREAT inside Netanyahu's accusation, correctly reported; Lapid ceding territory to Hezbollah as the accusation states."),
 8: ([], OK + " Promise to hand power and hold elections coded AGREE (commitment to political reform); CONCEDE would also be defensible."),
 9: ([], OK),
 10: (["source", "target", "date"], "The killings are of the president's police-led drug campaign named in the sentence, so the source is the Philippine police/government, not empty. Suspects are coded USA; they are Philippine. A total over years ('have been killed' in the campaign) has no date, not the document date."),
 11: (["target"], "Megrahi is Libyan (former Libyan intelligence officer); code GBR is wrong."),
 12: ([], OK),
 13: ([], OK + " Date unknown accepted: the blame fell in the days after Thursday's bombing, no date given for it."),
 14: (["date"], "The killings during the dispersal are reported as this news (Thursday, the document date 2015-09-17); null/unknown is wrong. Empty source accepted (passive, soldiers not in the sentence)."),
 15: (["event"], "'how far Japan and the United States were willing to go in ignoring it' is analysts' speculation, not an act of agreeing; spurious."),
 16: (["date"], "He went on television 'that afternoon' of Sunday (he travelled there on Sunday) = 2021-07-11, not the document date 2021-07-12."),
 17: ([], OK + " CONCEDE for a declared pause; asserted accepted since the type already encodes the future suspension (a RETREAT would be future)."),
 18: ([], OK + " Target lists two of the three detained Americans (Bauer missing); parties right."),
 19: ([], OK + " Ongoing for years: document date right."),
 20: ([], OK),
 21: ([], OK + " Target Bahrain right: the executions are Bahrain's and Manama is named in the sentence."),
 22: ([], OK),
 23: ([], OK + " Background pledge with unknown time: null date right."),
 24: (["event"], "'troops from the army backing Mr. Hun Sen's party' describes an allegiance, not an act of verbal support; spurious (the act in the sentence is the assault on the bases)."),
 25: (["target", "date"], "Lukashenko dismissed Western criticism, not Milinkevich (not in the sentence); target should be the West or empty. Date 1918 comes from another paragraph's number; an ongoing stance takes the document date."),
 26: (["source", "target"], "The strikes are the Indian army's, whose operations chief describes them in the sentence; empty source is wrong. The strikes targeted militants at launch pads, named in the sentence; empty target is wrong."),
 27: (["target"], "Jets scrambled 'in response to Chinese aircraft': China is named in the sentence and is the target. Null date right for a record count since 2012."),
 28: ([], OK + " Announced resignation coded RETREAT future per the conventions."),
 29: ([], OK),
 30: (["source", "date", "modality"], "Meta is resolved to the company Meta (USA/BUS); he is Albanian Deputy PM Ilir Meta. The discussion happened at an unknown earlier time (only the broadcast was this month), not on the document date. The act is only what a video 'apparently' shows, so not asserted (reported/hypothetical)."),
 31: (["type"], "Accepting responsibility for the bombing is an admission/verbal concession (CONCEDE), not an agreement to cooperate. Date '200' (the 2000s decade, 'earlier this decade') accepted at the text's precision."),
 32: (["type", "source", "date"], "Vowing to continue the protest is not AGREE (commitment to cooperate); the act is PROTEST (regrouped). Protesters in Oaxaca are Mexican, not USA. The regrouping was on Sunday 2006-10-29 (same narrative), not the document date."),
 33: (["source", "target"], "The accusers are the Gulf states led by Saudi Arabia, not the Houthis; the accused are the Houthi rebels (receiving support from Iran), so Iran as sole target is wrong."),
 34: (["target"], "The promised truce is with 'the armed wing of the banned party' named in the sentence (Algerian Islamist armed wing); empty target is wrong."),
 35: (["event"], "Gunmen firing into the air in celebration is not an assault on anyone; trigger in another sense, spurious."),
 36: (["type", "target"], "Annexation of Crimea by Russia is taking ground by armed force: ASSAULT per the wave-30 rule, not COERCE seize. Target: the peninsula is Ukraine's and Kyiv is named in the sentence; empty is wrong."),
 37: ([], OK + " The ombudsman as Colombian government body accepted."),
 38: (["target", "date"], "New Delhi blamed the Pakistan-based group JeM; 'Pakistan-based' is a modifier, so Pakistan as a target is wrong. The blame is a background act after the 18 September attack, not of the document date."),
 39: ([], OK + " 'known local Islamist group' is the right party despite the truncated name."),
 40: (["source", "target", "date"], "Protest leaders in Oaxaca are Mexican, not USA/GOV. Target includes Brad Will, a victim of the shootings; should be the plainclothes police and governor's supporters (MEX). Date 2006-10-28 is taken from the previous sentence's order; the text gives none for the blame (document date would be right)."),
 41: ([], OK + " 'The allegations' names no party: empty target right by rule (Rwanda is implied)."),
 42: ([], OK + " Repeated warnings over time: null date accepted."),
 43: (["date", "modality"], "The Israeli withdrawal from the West Bank and East Jerusalem is only demanded ('must be followed by'): not asserted, and a hypothetical act takes no document date. I would code the statement as REQUEST Abbas -> Israel."),
 44: ([], OK),
 45: ([], OK + " Earlier promise with unknown time: null date right."),
 46: (["target"], "'both nuclear-armed neighbours' refers to India and Pakistan; the target carries no country code (should be IND and PAK)."),
 47: (["target"], "The threat is aimed at Israel, named in the sentence ('if Israel retaliated'); empty target is wrong."),
 48: ([], OK),
 49: (["date"], "The burning took place on Monday after the pullout; the condemnation cannot be Sunday (taken from the cabinet vote in the previous sentence). Document date 2005-09-12."),
 50: (["date"], "1918 is the year of the People's Republic, not of the condemnation; it is this news (document date 2006-03-24)."),
 51: (["date"], "The boycott of the election held six days earlier is a background act of an earlier time; the document date is wrong."),
 52: ([], OK),
 53: ([], OK),
 54: (["target"], "Habib Bourguiba Avenue is a street (coded as a person), not a party; the 2011 protest's target would be the Tunisian state or empty."),
 55: ([], OK),
 56: (["source"], "The killers are 'the militants' (Islamic State) referred to in the same sentence; empty source is wrong."),
 57: ([], OK + " Background release of a prisoner with unknown time: null date right."),
 58: (["event"], "'police patrolling the area' is routine patrol, not a mobilisation (and the police are Kosovo's, not SRB); spurious. The act is the gunmen's fire on the police."),
 59: (["target"], "The demand to know is addressed to the British government (not named); Libya is part of the question, not the party demanded of: target wrong."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
assert len(items) == 59 and set(V) == set(range(1, 60))
out = open(os.path.join(ROOT, "events-b.jsonl"), "w")
for it in items:
    bad, why = V[it["n"]]
    assert all(f in FIELDS for f in bad)
    if "event" in bad:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in bad for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v
    it["reasons"] = why
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
out.close()
print("wrote", len(items))
