"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts below, and check them."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "JEM's spokesman says it cannot sign the deal: a refusal, coded as SUPPORT (sign) negated, which the conventions accept like 'refused to withdraw' = RETREAT negated (REJECT asserted would be my first choice). No party is named as counterpart, so an empty target is right. The statement is undated and the document date is accepted."),
 2: (F, F, F, F, F, F, "Spurious: Scholz accepting responsibility for his own party's defeat is not an act toward another actor (no CONCEDE to Merz). Even as an event the source code would be wrong (None instead of DEU) and Merz is not in the sentence."),
 3: (T, T, T, T, T, T, "Guatemalan court (GTM) convicts Rios Montt (GTM), SANCTION convict, Friday 2013-05-10. All right."),
 4: (T, T, T, T, T, T, "Sharif (PAK) welcomed Leghari's dismissal decision: SUPPORT. The sentence names no party (only 'the decision'), so an empty target is right. The document date is right for a reaction reported as this news."),
 5: (T, T, T, T, T, T, "Washington (USA) denounced the ambush: ACCUSE. The attackers are not named in the sentence, so an empty target is right. Document date right."),
 6: (T, T, T, F, F, T, "Military withdrawing support from the president is acceptable as SANCTION withdraw, with the military (ECU) as source. Target should be President Gutierrez (ECU), not Brazil's foreign ministry. Date should be 2005-04-20, the Wednesday the crisis came to a head and Congress ousted him, not the document date."),
 7: (T, T, T, T, T, T, "Israeli shelling killed the Lebanese journalist: ASSAULT Israel (ISR) -> journalist (LBN), on Tuesday 2010-08-03, the day of the clash. Asserted, with the newspaper as reported_by. All right."),
 8: (T, F, T, F, T, T, "The message 'holding it responsible' is an accusation. Type should be ACCUSE, not CONSULT, and the target should be Washington / the United States (USA), not Israel. Document date is fine."),
 9: (T, T, T, T, T, T, "Killing of consulate staff and passers-by in the bombing: ASSAULT. The bombers are not named in the sentence, so an empty source is right. The text says most of the dead were Turkish citizens, so TUR is defensible. Thursday 2003-11-20 is right."),
 10: (T, T, T, T, T, T, "A ceasefire declared by (Palestinian) militant groups is CONCEDE (a declaration of ceasefire). No counterpart is named, so an empty target is right. 'late June' gives 2003-06. All right."),
 11: (T, T, T, F, T, T, "Opposition leaders (PAK) demanding 'her removal' is REQUEST change. 'her' is Benazir Bhutto, so the target should be Bhutto (PAK), not her brother Murtaza. The demand ran for weeks with no date, so an unknown date is right."),
 12: (T, T, T, T, F, F, "Marginal background event: the recorded talk between Arroyo and an election official (CONSULT). Date should be unknown/2004 (a talk about the 2004 vote count whose recordings surfaced in 2005), not the document date 2006-02-25. Modality should be hypothetical/reported ('what appeared to be her talking'), not asserted."),
 13: (F, F, F, F, F, F, "Spurious: the crackdown is only the content of the diplomats' request not to crack down, which is already coded as REQUEST e5 in this sentence. Nobody carried out a crackdown, and the diplomats would never be its source."),
 14: (T, T, T, T, T, T, "Greece (GRC) placed its forces on alert: MOBILIZE troops. No target is named in the sentence. The report day 1996-08-14 (Nicosia, Aug 14) is right."),
 15: (T, F, T, F, T, T, "Putin ordering Russian troops to deploy into the separatist regions is MOBILIZE troops, not a REQUEST to his own troops. Target should be Ukraine / the two eastern Ukrainian regions (UKR). Monday 2022-02-21 and asserted are right."),
 16: (T, T, T, F, F, T, "Death toll of the Donbas fighting: ASSAULT, and no perpetrator is named. Target should be people in eastern Ukraine (UKR or no code), not RUS. As a total summed since 2014 it takes no date, not the document date."),
 17: (T, T, F, T, T, T, "Tshisekedi's call for sanctions against Kigali is a REQUEST about Rwanda (RWA). Source should be Felix Tshisekedi (COD), not the 'international community', which is what he criticised."),
 18: (T, T, T, T, T, T, "Abe's promise to revise the constitution maps to AGREE via CAMEO 0344 (intent to change institutions). I would not code a domestic campaign pledge, but under CAMEO2PLOVER it holds. No target; 'September last year' = 2006-09 is right."),
 19: (T, T, F, T, T, T, "King Hussein's telephone call to Netanyahu is CONSULT (phone, not visit, but mode is not scored). Source country should be JOR (King Hussein of Jordan), not IRQ. Target Netanyahu (ISR) and the date (Thursday, the day of the shooting) are right."),
 20: (T, T, F, T, T, T, "The killing inside the Taliban's claim is ASSAULT, and reported is right. Source should be renegade (Taliban) fighters in Afghanistan (AFG or no code), not IRN. Target, the Iranian diplomats (IRN), is right, and the killing's date is unknown in the text."),
 21: (T, T, T, T, F, T, "AU soldiers backing the Comoran invasion is military AID, AU (AFU) -> Comoran troops (COM). Date should be 2008-03-25, the 'Tuesday' of the sentence, not 2008-03-26 (the Wednesday of the report)."),
 22: (T, T, T, T, T, T, "Aquino (PHL) ordered an inquiry: ACCUSE investigate. No party is named as its object. Document date right."),
 23: (T, T, T, T, T, T, "Hundreds of thousands marched in Ankara against the ruling AKP's presidential candidate: PROTEST demo (TUR). Its aim is the governing party's nomination, so the state (TUR) is accepted as target (AKP would be more specific). 'earlier this month' = 2007-04 is right."),
 24: (T, T, T, T, F, T, "Bangladeshi guards killed in the clash: ASSAULT, with no killer named in the sentence, and the target (BGD) is right. Date should be 2001-04-18, the Wednesday of the clash the story gives, not the document date 2001-04-20."),
 25: (T, T, T, T, T, T, "Western embassies (several countries, so no code) urged all Libyan parties (LBY) to avoid violence: REQUEST. Document date right."),
 26: (T, T, T, F, T, T, "Bush urging a peaceful settlement is REQUEST, but 'peaceful settlement' is not a party. Target should be Jiang Zemin / China (CHN), whom Bush told in the same sentence (or China and Taiwan)."),
 27: (T, T, T, T, F, T, "Kiir (SSD) refused to sign: REJECT. No counterpart is named, so the empty target is right. Date should be 2015-08-17, given in the sentence ('on Aug. 17'), not unknown."),
 28: (T, T, T, T, T, T, "France (FRA) said it stood with Greece (GRC) and Cyprus (CYP): SUPPORT. Document date right."),
 29: (T, T, T, T, T, T, "Washington 'did not recognise' Kiir's reservations: a refusal, accepted as SUPPORT (approve) negated on the 'refused to withdraw' analogy (REJECT asserted preferred). It is not a duplicate of the 'welcomed' SUPPORT (e3). No party is named, so an empty target is right. Document date right."),
 30: (T, T, F, T, F, T, "Reported killing of Iranians and Shi'ite Afghans. Source should be the Taliban (AFG), the sentence's own agent ('when the Taliban seized Mazar-i-Sharif'), not empty. Date should be 1998-08-08, when the city fell, not the document date."),
 31: (T, T, T, T, T, T, "Lee (TWN) ready to talk to Beijing's leaders (CHN): AGREE (willingness to meet). The undated statement takes the document date (the victory-night speech was 1996-03-23, but the sentence gives no date). All accepted."),
 32: (T, T, T, T, T, T, "US embassy (USA) supported the Ethiopian people's reform efforts: SUPPORT, target Ethiopia/Ethiopian people (ETH). Document date right."),
 33: (T, T, T, T, T, T, "Bush (USA) visited South Korea (KOR) 'earlier this week': CONSULT visit, and ISO week 2002-W08 is right."),
 34: (T, T, T, F, F, T, "Authorities (GEO) blamed the 1995 car bomb: ACCUSE. Target should be the former security chief (GEO) named in the sentence, not empty. Date should be unknown (some time after August 1995), not the 1998 document date."),
 35: (T, T, T, F, F, T, "Egyptians (EGY) demanding the ambassador's expulsion: REQUEST. Target is wrong: the ambassador is Israeli (ISR), not EGY (or the demand could target the Egyptian government). Date should be unknown/after 2011-08-18, background to the story, not the document date."),
 36: (T, T, F, T, T, T, "Vajpayee-Hasina phone call on Thursday 2001-04-19: CONSULT. Source country should be IND (Vajpayee is India's prime minister), not BGD."),
 37: (T, T, T, F, F, T, "Sharif (SOM) conceding defeat: CONCEDE. The same sentence names 'the new president', to whom he concedes and pledges support, so the target should be Hassan Sheikh Mohamud (SOM), not empty. Date should be 2012-09-10, the Monday of the vote ('shortly after the result was announced'), not the document date 2012-09-11."),
 38: (T, T, T, T, T, T, "Nikolic (SRB) congratulated 'his rival' (Tadic, SRB): SUPPORT. The description with the right country is accepted. Not a duplicate of the CONCEDE (e1). Document date right."),
 39: (T, T, T, T, T, T, "Leghari (PAK) accusing Bhutto's administration (PAK) of corruption: ACCUSE allege, Tuesday 1996-11-05. All right."),
 40: (T, T, T, F, T, T, "US and EU urged restraint and an investigation: REQUEST. The sentence names 'all sides', meaning the Georgian authorities/police and the opposition protesters (GEO), so the empty target is wrong."),
 41: (T, T, T, T, T, T, "Chiluba (ZMB) hailed the deal: SUPPORT. No party is named, so an empty target is right. The undated statement takes the document date."),
 42: (T, T, T, T, T, T, "Russia (RUS) requested a UN Security Council meeting: REQUEST meet, target UNSC. Document date right."),
 43: (T, T, T, T, T, T, "Bouteflika (DZA) thanked voters (DZA): a marginal SUPPORT (praise), accepted. Document date right."),
 44: (T, T, T, T, F, T, "Passive criticism of the US (and other Council members): ACCUSE, with no source named. Date should be unknown: the criticism came 'after 1994', so 1994 is not its date."),
 45: (T, T, T, F, T, T, "Bouteflika's promise of national reconciliation is AGREE, but the sentence names its counterpart. Target should be the Islamist rebels (DZA), not empty."),
 46: (T, T, F, T, T, T, "King plans to visit victims' families in Israel: CONSULT visit, future, date unknown, all right except the source. Source country should be JOR (King Hussein of Jordan), not IRQ."),
 47: (T, T, T, T, T, T, "Musharraf (PAK) negotiating a power-sharing deal with Bhutto (PAK): CONSULT. It is ongoing, so the document date is right."),
 48: (T, T, T, T, T, T, "Signing of the Lusaka ceasefire accord, Saturday 1999-07-10: SUPPORT (sign). The leaders group is coded COD, the only country the sentence names. As a reciprocal agreement, all signatories are actors and an empty target is right (PLOVER note). Accepted, though the five other states are not coded."),
 49: (T, T, T, T, T, T, "Islamic State (no country) seized large areas of Iraq (IRQ) and Syria (SYR): ASSAULT by the seizure rule, 'this year' = 2014. All right."),
 50: (T, T, F, T, T, T, "King Hussein's visit to Spain (cut short): CONSULT visit -> Spain (ESP) is acceptable, and the Thursday document date is right. Source country should be JOR, not IRQ."),
}

P = [
 {"doc": "h16-x58-12", "coder_events": [
   "ASSAULT: Egyptian riot police (EGY) -> stone-throwing protesters (EGY), fired tear gas and rubber bullets, 2008-04-07",
   "PROTEST: stone-throwing protesters in Mahalla al-Kubra (EGY) -> Egyptian police/state (EGY), riot over food prices and wages, 2008-04-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The police ASSAULT is found with the right arguments and date. The protesters' riot (stone-throwing, unrest) is not coded."},
 {"doc": "h16-x59-10", "coder_events": [
   "AGREE: India (IND) <-> Pakistan (PAK), declared the peace process irreversible and agreed to open more links across Kashmir, 2005-04-18",
   "CONSULT: Pervez Musharraf (PAK) -> India (IND), visit wrapped up, 2005-04-18",
   "SUPPORT: India (IND) <-> Pakistan (PAK), hailed the visit as a success, 2005-04-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The AGREE is found, coded mutual. The visit and the mutual praise are missed; the praise is marginal."},
 {"doc": "h16-x60-08", "coder_events": [
   "AGREE: George W. Bush (USA) <-> Jiang Zemin (CHN), agreed to cooperate against terrorism and keep up high-level contacts, 2002-02-21",
   "CONSULT: George W. Bush (USA) -> Jiang Zemin (CHN), talks in Beijing (visit), 2002-02-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The AGREE is found. The talks in Beijing (CONSULT) are missed."},
 {"doc": "h16-x57-16", "coder_events": [
   "ACCUSE: international observers (OSCE, no code) -> Ukraine (UKR), said the vote was a step backwards for democracy, 2012-10-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The election result itself is not an event. The observers' criticism is missed."},
 {"doc": "h16-x58-06", "coder_events": [
   "COERCE: Sudanese security forces (SDN) -> Hassan al-Turabi (SDN), arrested, 2001-02-21",
   "SUPPORT: Turabi's party, the Popular National Congress (SDN) <-> southern rebels (SPLA, SDN), signed a memorandum of understanding, 2001-02-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The arrest is found, with the right date. The MoU signing two days earlier (Monday 2001-02-19) is missed."},
 {"doc": "h16-x59-08", "coder_events": [
   "SANCTION: Nepal's Maoist rebels (NPL) -> Nepal government (NPL), announced the end of the seven-month ceasefire (withdrawal from the truce), 2003-08-27",
   "ASSAULT: Maoist insurgency (NPL) -> people in Nepal (NPL), killed more than 7,000 since 1996, no date"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the rebels ending the ceasefire as RETREAT ceasefire asserted, i.e. implementing a ceasefire: the opposite act. The sentence holds an event, so it is not spurious, but the type is wrong (SANCTION withdraw, or REJECT). The 7,000-dead total is missed."},
]


def main():
    items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
    assert len(items) == 50 and sorted(V) == list(range(1, 51))
    keys = ["event", "type", "source", "target", "date", "modality"]
    with open(HERE / "events-d.jsonl", "w") as f:
        for it in items:
            v = V[it["n"]]
            verdict = dict(zip(keys, v[:6]))
            if not verdict["event"]:
                assert not any(v[:6]), it["n"]
            verdict["all"] = all(v[:6])
            out = dict(it)
            out["verdict"] = verdict
            out["reasons"] = v[6]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
    assert [p["doc"] for p in paras] == [p["doc"] for p in P]
    for p, q in zip(paras, P):
        assert q["dateline_events"] == len(p["events"]), p["doc"]
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
        for q in P:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    # counts
    tot = {k: sum(V[n][i] for n in V) for i, k in enumerate(keys)}
    tot["all"] = sum(all(V[n][:6]) for n in V)
    print("per-field right (of 50):", tot)
    print("paragraphs: coded acts", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
          "dateline events", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))


if __name__ == "__main__":
    main()
