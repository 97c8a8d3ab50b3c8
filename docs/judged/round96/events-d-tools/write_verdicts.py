"""Write events-d.jsonl from events-d-items.jsonl plus the judge's verdicts below.
Each verdict: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "REQUEST: U.S. lawmakers (USA) demanded an explanation from Pyongyang (North Korean government, PRK); undated reaction reported as this news takes the document date."),
 2: ([], "SUPPORT: Beijing (CHN government) welcomed the Dominican Republic's (DOM) decision; the welcome is undated in the text, so the document date is right; asserted with the ministry as reporter."),
 3: ([], "AGREE: a promise to govern with dialogue is an expressed intent to cooperate (CAMEO 030); the sentence names no counterpart, so no target is right; no date in the text, so the document date."),
 4: (["date"], "A killing in the 1971 war the government cites (ASSAULT, no perpetrator named, victims Bangladeshi) is a background total, not this news: date should be empty (a total) or 1971, not the document date 2015-11-22."),
 5: ([], "The sentence restates the Reciprocal Access Agreement signing (SUPPORT, Japan), but it is its own sentence, so it is not a same-sentence duplicate; the sentence names no partner, so no target is right; date is the Monday signing (2024-07-08)."),
 6: (["date"], "REQUEST Syria (SYR) -> Israel (ISR) for full withdrawal is right, but 1967-06-04 is the date of the lines demanded, not of the act; date should be the document date 2000-01-04 (a current, ongoing demand)."),
 7: ([], "Aziz's 2008 coup: seizing power by armed force is coded ASSAULT by the seizure convention; the sentence does not name the ousted president, so no target is right; date 2008 as given."),
 8: (["target"], "COERCE arrest by police (China) is right, but the sentence names the party acted upon: target should be those who helped Chen escape (Chen's supporters, CHN), not empty."),
 9: (["source", "target"], "Negated REQUEST is right, but Krasnoselsky is the Transnistrian leader, a region of Moldova: source country should be MDA (Transnistria), not RUS; the call not made would have been addressed to Russia, so the target should be Russia (RUS)."),
 10: ([], "REQUEST by the UN urging respect for the rule of law; the sentence names no addressee, so no target is right; undated reaction takes the document date."),
 11: ([], "ASSAULT clashes between Iranian pilgrims (IRN) and Saudi police (SAU) in 1987; mutual clash so either direction is right; date 1987 as given."),
 12: (["target"], "ASSAULT: NATO missiles killing RTS staff (dateline's other event e1 on 'struck' is typed as a labour strike, so this is the only ASSAULT for the act). Target country should be Serbia/Yugoslavia (SRB/YUG): the victims are employees of Serbian state television in Belgrade, which the text makes plain."),
 13: ([], "SUPPORT: Abbas (PSE) welcomed the decision; the sentence names no party (Sweden is only implied by 'the decision'), so an empty target is right by the conventions; Thursday = document date."),
 14: (["date"], "ASSAULT with dozens of soldiers and civilians killed (soldiers, COD, is an acceptable target; no perpetrator named). The killings happened in the two days of fighting, Thursday and Friday: date should be 2007-03-22/23, not the Saturday document date."),
 15: ([], "ACCUSE: Hezbollah (LBN) condemned the bombing; the perpetrator is unnamed, so no target; Friday = document date."),
 16: ([], "ACCUSE: Angolan officials condemned the attack; the sentence names no attacker (FLEC is named only in an earlier paragraph), so an empty target is right; undated statement takes the document date."),
 17: (["date"], "COERCE arrest of nine people helping the bomber (arrester unnamed, detained in Turkey). The detentions are part of this news, so the date should be the document date 2016-02-18, not empty/unknown."),
 18: (["target"], "SANCTION convict in 2010 is right (court unnamed), but Kasab is a Pakistani national (named as such in the story): target country should be PAK, not empty."),
 19: ([], "SUPPORT: Arafat (PSE) thanked the Arab leaders (multinational group, no code); Wednesday = document date."),
 20: (["target", "date"], "ASSAULT by Pakistan is right, but the sentence gives 'on Thursday': date should be 2024-01-18; it also names what was hit: target should be the militants/militant hideouts inside Iran (IRN), not empty."),
 21: (["source"], "CONSULT visit to Tehran (Iran government, IRN) in December 1997 is right, but Crown Prince Abdullah is Saudi: source country should be SAU, not IRN."),
 22: ([], "ASSAULT: more than 6,000 killed in Yemen (YEM) since March 2015, with no perpetrator named; a total summed since an earlier time takes no date; asserted with the UN as reporter."),
 23: (["date"], "ACCUSE: Fujimori (PER) complained about an alliance of interests in government and the media ('media' is an acceptable part). But this statement is her concession, which the story dates Friday: date should be 2016-06-10, not the Saturday document date."),
 24: ([], "SUPPORT: the Arab League (ARL) and OAU backing the neutral-country trial idea that the South African leader (ZAF) presses. A standing position takes the document date. An empty target or Libya would also be defensible."),
 25: ([], "RETREAT resign: the interior and security ministers (GEO) resigned 'earlier in the day', Thursday 2001-11-01."),
 26: ([], "ACCUSE: Serbia (SRB) accused Albania (ALB) on Wednesday 2014-10-15."),
 27: (["target"], "ASSAULT: the 1999 NATO bombing is right, but the sentence names who was hit and driven out: target should be Serbian forces (SRB/YUG), not empty."),
 28: (["target"], "ASSAULT: the strikes on Saravan village (the agent is only implied by 'the strikes', so an empty source is acceptable; Pakistan would be right too). But the target is not Iranian officials: it should be the nine people killed in the village (IRN location, victims foreign nationals)."),
 29: (["event"], "Spurious: a U.S. consular vehicle accidentally running over a motorcyclist is a traffic death, not a deliberate ASSAULT (and Pakistan is not the victim)."),
 30: (["target"], "ACCUSE: Fidesz (HUN) accused Horn's government (HUN), which is right, but the target also lists 'Hungarians', who are the ethnic Hungarians said to be sold out, not the accused: target should be Horn's government (HUN) only."),
 31: (["source", "date"], "Negated CONCEDE (Assad did not soften his demands) is acceptable, but Hafez al-Assad is Syrian: source should be SYR, not ISR. The stance is current and reported as this news, so date should be the document date 2000-01-04, not unknown."),
 32: ([], "REQUEST: Russian lawmakers (RUS) called for retaliation; the sentence names no addressee of the call (Ukraine is the object of the proposed halt, not the party asked), so no target; document date."),
 33: ([], "REQUEST: the MDP spokesman (party, MDV) called on supporters (MDV) to keep up protests; 2013-10-07, the story's own date and the day of the ruling, is right (reported_by should be the spokesman, not Nasheed; this field is not scored)."),
 34: (["source", "target", "date"], "ASSAULT massacre is right, but the Tzotzil Indians are Mexican: target should be MEX, not IND (India). The gunmen in Chiapas should be MEX too (a PRI-linked paramilitary band). Survivors put the shooting on Monday: date should be 1997-12-22, not the Tuesday report 1997-12-23."),
 35: ([], "COERCE arrest: several suspects (MEX) detained, with the arrester unnamed; undated in the text, so the document date; asserted with federal officials as reporter."),
 36: ([], "ACCUSE: Lukashenko (BLR) accuses the West (no code) of meddling; a habitual present statement takes the document date."),
 37: (["source"], "ASSAULT: opposition supporters (ZWE) killed since the vote, a total with no date, which is right. But the sentence names the perpetrators: source should be militias and war veterans allied to ZANU-PF (ZWE), not empty."),
 38: (["target", "date"], "CONSULT: Modi (IND) hosting Pacific island leaders. The leaders are a multinational group: target code should be empty, not USA. The 'busy diplomatic day' is the Monday of the signing: date should be 2023-05-22, not unknown."),
 39: ([], "REQUEST: Britain's consular officials (GBR) seeking access to detained Britons; the sentence names no addressee, so no target; document date."),
 40: ([], "ASSAULT: Iraq's (IRQ) 1990 invasion of Kuwait (KWT), a background fact with its explicit date, asserted (it is not the act of which Gaddafi accuses Saudi Arabia)."),
 41: ([], "MOBILIZE: NATO deploying Patriot batteries in Turkey (TUR). The deployment is still in place, so it takes the document date. AID (military protection) would also be defensible."),
 42: ([], "ACCUSE: the White House (USA) condemned the attack; the attacker is not named in the sentence, so no target; document date."),
 43: ([], "Negated SUPPORT (will not recognise the referendum results): the EU is one of the three right sources; the sentence names no party as target; document date."),
 44: ([], "ASSAULT: Kolelas's militia (COG) fought government forces (COG) in 1993 and 1994; 1993, the first year given, is accepted."),
 45: (["target"], "ASSAULT execute: the two hangings under the tribunal's verdicts (executing state not named, so an empty source is acceptable), on Sunday = the document date. But the sentence names who was hanged: target should be the opposition leaders (BGD), not empty."),
 46: (["source"], "REQUEST to voters (TUN) to reject the amendments during the campaign (time unknown, so no date is right). But the Democratic Progressive Party is Tunisian: source country should be TUN, not TWN."),
 47: ([], "SUPPORT: rights groups (no code) welcomed the UNHRC resolution; the sentence names no party as target; 2012-03-22, the day of the vote the story reports, is accepted."),
 48: ([], "ASSAULT aerial: Colombian troops (COL) bombed the FARC (COL) camp in Ecuador on 2008-03-01."),
 49: ([], "ACCUSE: Arroyo (PHL) accused unnamed politicians (PHL) in her Tuesday televised address, 2001-05-01."),
 50: ([], "ACCUSE: the Congolese government spokesman (COG) accused the former ruler's camp, Sassou Nguesso (COG); undated statement takes the document date."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(HERE / "events-d.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]}
print(counts)
