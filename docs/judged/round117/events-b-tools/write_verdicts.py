"""Write events-b.jsonl from judge b's verdicts (fields: event type source target date modality)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
ALLT = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)
V = {
 1: ((T, T, T, F, T, T), "A pledge to review the privatisation programme is an intent to change policy (CAMEO 0342, AGREE), this news on the document date; but the World Bank and IMF only backed Morauta's programme and are not the party the pledge is made to or acts on, so the target should be empty."),
 2: (ALLT, "Opposition parties (JOR) accuse the Jordanian government; reported as this news on the document date. Right."),
 3: ((T, T, T, F, F, T), "The trigger is the second clause (gunmen killed 19 at a Turkish restaurant): the target should be the 19 people killed (no country given; a Turkish restaurant in Ouagadougou is not Turkey), and the date should be 2017-08 ('August last year' in a March 2018 story), not January 2016 from the first clause."),
 4: ((T, F, T, F, T, T), "Expelling one activist is COERCE deport (CAMEO 174, 'expel or deport individuals'), not SANCTION expel (diplomats, peacekeepers, members). Haidar is the right party, but her code should be ESH: the story calls her a Western Sahara independence activist going home to Laayoune."),
 5: (ALLT, "Azar (USA) met Tsai (TWN) on Monday 2020-08-10. Right."),
 6: (ALLT, "The Ugandan spokesman's charge that Rwandan troops attacked Ugandan positions: ASSAULT reported, target Ugandan forces (UGA). The sentence gives no time for this act, so no date is right."),
 7: ((T, T, T, F, F, T), "A promise of policies is AGREE (intent to change policy), but the target should be the indigenous Fijians (FJI) the policies are for. 'Has promised' is an undated campaign promise given as background, so there should be no date rather than the document date 2001-09-10."),
 8: (ALLT, "The APEC leaders' joint pledge on Sunday 2004-11-21: AGREE with no target. Right."),
 9: ((T, T, T, F, T, T), "THREATEN by the NLA rebels (MKD) 'this month' is right, but the target should be Macedonia (MKD): the threat is to shell Skopje's airport and oil refinery, which the sentence names."),
 10: ((T, T, T, F, T, T), "The detention is right and the empty source is right (the sentence does not name who detained them). But the target should be the crews (American, USA), the people detained, not Belarus."),
 11: (ALLT, "Netanyahu preparing a visit to Washington: CONSULT, future, no date. Right."),
 12: (ALLT, "Ukrainian officials' complaint, kept up until the closure, takes the document date. The empty target is right: 'the aid' is not a party (the West of the previous sentence would also be acceptable)."),
 13: (ALLT, "Biswas (BGD) urging citizens (BGD) to stay calm in his televised address, reported as this news. Right."),
 14: (ALLT, "Opposition leaders (GIN) blame the Guinean government on Wednesday 2005-01-19. A separate act from 'condemned the violence'. Right (the sector is not scored)."),
 15: (ALLT, "Israeli air strikes on Gaza overnight before the Tuesday report: ISR -> PSE, 2014-07-01. Right."),
 16: (ALLT, "Libya's continuing refusal to hand over the suspects: REJECT on the document date. The empty target is acceptable: the demand is the Security Council's, from the previous sentence, and Britain and the US appear only as trial venues."),
 17: ((T, T, T, F, T, T), "Pakistani politicians urging 'the government' to shoot down drones: the target should be the Pakistani government (PAK), not Afghanistan."),
 18: (ALLT, "'Which Obama has yet to approve' is a negated SUPPORT (approve) that is still the case, so it takes the document date; the empty target is acceptable. A borderline event, scored as held."),
 19: ((T, F, T, T, T, T), "Telling Somalia's ambassador to go home (the next paragraph says he 'was asked to leave') expels a diplomat: SANCTION (CAMEO 161/166), not REQUEST. The arguments, date and modality are right."),
 20: (ALLT, "Sanader announced his resignation on Wednesday 2009-07-01: RETREAT resign. Right."),
 21: (ALLT, "A total of killings since late last year: ASSAULT with no date, target four people (SLB) and no named killer. Right."),
 22: ((T, T, T, F, T, T), "Being 'ready to give up his French citizenship' is an intent to yield (CAMEO 035, AGREE) made to meet the Georgian ruling, so France is not the party acted upon: the target should be the Georgian authorities (GEO), or empty."),
 23: (ALLT, "An investigation had been opened, as Belarussian officials told the ambassador: ACCUSE investigate, asserted with attribution, date unknown. The empty source is accepted for the agentless passive (Belarus, BLR, would also be right)."),
 24: (ALLT, "ECOWAS sanctions on Mali in January 2022: SANCTION (the PLOVER SANCTION discontinue definition covers trade sanctions, though CAMEO2PLOVER maps 163 to COERCE). Right."),
 25: ((T, T, T, T, F, T), "Kohl conceded 'within hours of the polls closing', on election day, Sunday 1998-09-27: the date should be 1998-09-27, not the document date 1998-09-28."),
 26: ((T, T, T, F, T, T), "N'Djamena's accusation of its MJTF partners is right as ACCUSE and the party is right, but the MJTF's code should be empty (a multinational force with no seat country in the text). TCD is the accuser's own country."),
 27: (ALLT, "The Iranian letter's criticism of US policy: ACCUSE IRN -> USA, dated Monday 2006-05-08 from the disclosure. Right."),
 28: (SPUR, "'Did not rule out trying to assemble a rival coalition' reports no act between political actors, only a possibility. It is not a PLOVER event; if it were coded it would be hypothetical, not a negated SUPPORT."),
 29: ((T, F, T, T, T, F), "NATO's statement that it will send troops to collect rebel weapons after a deal is a conditional pledge of peacekeeping help (CAMEO 0334), so the type should be AGREE, and the pledge was made, so the modality should be asserted. 'Has said' has no date, so no date is right."),
 30: (ALLT, "Militants (no country in the sentence) attacked an Indian army base on Sunday 2016-09-18: target Indian forces (IND). Right."),
 31: (ALLT, "Hariri (LBN) spoke with US and French officials: CONSULT, reported as this news. Right, and not a duplicate of the REQUEST 'urge', which is a separate act."),
 32: (ALLT, "'Kabul has long accused Islamabad': an ongoing ACCUSE, AFG -> PAK, on the document date. Right."),
 33: (ALLT, "A drone attack on a US outpost in January 2024 by an unnamed attacker: ASSAULT -> USA, 2024-01. Right."),
 34: (ALLT, "The rally outside the presidential palace over the president's pardon is a protest aimed at the authorities: PROTEST HUN crowd -> Novak (HUN) on Friday evening 2024-02-09. Right."),
 35: ((T, T, T, T, F, T), "SUPPORT by Washington with no party target is right, but 'has said it welcomes' is an undated background statement, not this story's news (the Saudi visit), so there should be no date, not 2023-06-18."),
 36: (SPUR, "'The first big test of his government' is a figurative test of Leung's government, not a weapons test; there is no event."),
 37: ((T, T, T, T, F, T), "Signing the maritime deal with Greece is SUPPORT (sign an agreement) EGY <-> GRC, but 'has also signed' is a background act of an earlier time with no date in the text: there should be no date, not the document date 2021-05-06."),
 38: (ALLT, "The US veto 'five days ago' of a May 22 report is 1995-05-17: REJECT USA -> UNSC. Right."),
 39: (ALLT, "Fiala congratulated Babis: SUPPORT CZE -> CZE. The text gives no date, so the document date is right."),
 40: ((T, F, T, T, T, T), "Chad's army pushing Boko Haram out of Nigerian towns is armed forces taking ground: ASSAULT (settled in wave 30), not COERCE deport. The other fields are right."),
 41: (ALLT, "Sudan and Chad agreed to stop backing each other's rebels this month (2010-02): a mutual AGREE. Right."),
 42: ((T, T, T, F, T, T), "The appeal to lay down weapons is a REQUEST on Monday 2014-01-20, but the target should be the anti-balaka militias (CAF), named in the sentence; 'my children' is a figure of speech, not a civilian group."),
 43: (ALLT, "A gunman shot dead Nahed Hattar (JOR) on Sunday 2016-09-25. Right."),
 44: (ALLT, "Egypt recalled its ambassador from Israel on Tuesday 2000-11-21: SANCTION EGY -> ISR. Right."),
 45: ((T, T, T, F, T, T), "Ban praised King Bhumibol's commitment to rural Thais: the target should be Bhumibol Adulyadej (THA), not Obama."),
 46: ((T, T, T, F, T, T), "Hariri calling the drone incident 'an open attack on Lebanese sovereignty' is an ACCUSE aimed at Israel, the attacker, which the same sentence names: the target should be Israel (ISR)."),
 47: ((T, T, F, T, F, T), "'Killed in the raids' refers to the Israeli forces' raids of the previous sentence, so the source should be Israeli forces (ISR). The deaths are a total over the search since June 12, so there should be no date, not 2014-07-01."),
 48: (ALLT, "Tusk (POL) called on Poles (POL) to rally: REQUEST, reported as this news. Right."),
 49: ((T, T, F, F, T, T), "The palace was shelled in the 1996 army mutiny, so the source should be the mutinous soldiers (GIN military), whom the sentence names as 'an army mutiny'. The target should be Conte's presidential palace, that is, Conte or the Guinean government (GIN): Sekou Toure had died in 1984. The date 1996 is right."),
 50: (ALLT, "Trump cancelled the planned meeting with Putin: SANCTION (CAMEO 164, halt negotiations) USA -> RUS. No date in the text, so the document date is right."),
}
KEYS = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    vals, reason = V[it["n"]]
    if not vals[0]:
        assert not any(vals)
    verdict = dict(zip(KEYS, vals))
    verdict["all"] = all(vals)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {k: sum(r["verdict"][k] for r in out) for k in KEYS + ("all",)}
print(counts)
