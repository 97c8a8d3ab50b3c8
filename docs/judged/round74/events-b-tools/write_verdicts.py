"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts (round 74).
Usage (from docs/judged/round74): python3 events-b-tools/write_verdicts.py"""
import json

T, F = True, False
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "spurious"

# n: (event, type, source, target, date, modality) or SPURIOUS, reasons
V = {
 1: ((T, F, T, F, T, T), "Paris 'warning against attempts to drag Lebanon into the Syrian conflict' threatens no action by France, so it is not THREATEN; it is an appeal to others to refrain (REQUEST at most). Lebanon is the country to be protected, not the party warned: the would-be draggers are unnamed, so the target should be empty. Source FRA, document date and asserted are right."),
 2: ((T, T, T, T, T, T), "China criticised Abe's offering: ACCUSE disapprove, CHN -> Abe (JPN), on Saturday 2015-08-15 (the document date), asserted. All right."),
 3: (SPURIOUS, "'the anniversary of Japan's surrender' only names the date of the Yasukuni visit. No act is reported (the 1945 surrender is historical), so this is not an event. Even if it were coded, the date would be 1945, not 2015-08-15."),
 4: ((T, T, T, F, T, T), "A declared (not yet implemented) ceasefire is CONCEDE under the PLOVER codebook, and ETH government on Monday 2021-06-28, asserted, is right. The sentence names the other side, so the target should be the Tigrayan forces (ETH, rebels), not empty."),
 5: ((T, T, T, T, F, T), "MOBILIZE police by Sudan's police (SDN) is right, asserted and reported by Sudan. But the deployment was for the Omdurman match on Wednesday, so its date is 2009-11-18. The document date (2009-11-20) is the date of Sudan's statement."),
 6: ((T, T, T, F, T, T), "US cruise missile strikes on Thursday 1998-08-20: ASSAULT by the USA, asserted. The sentence names what was hit: the target should be Sudan (the Khartoum factory, SDN) and the bin Laden-linked camps in Afghanistan, not empty."),
 7: ((T, T, T, T, T, T), "The Lebanese army urged calm: REQUEST by the army (LBN). The sentence names no addressee, so an empty target is right. Document date 2012-10-20 and asserted are right."),
 8: ((T, T, T, T, T, T), "Opposition parties (MRT) have backed the transition process: SUPPORT. The support is ongoing, so the document date is right, and it is asserted. 'The process' is not a party, so an empty target is right by the rules (a coder might add the junta)."),
 9: ((T, T, T, T, F, T), "REJECT by China of the 2016 tribunal ruling is right, and an empty target is acceptable ('that ruling' is not a party). But the rejection is background: China rejected the ruling when it was issued, not on 2020-07-14. It should have no date, not the document date."),
 10: ((T, T, T, T, T, T), "Netanyahu (ISR) accused Arafat (PSE): ACCUSE allege, reported as this news with the document date 1997-07-31, asserted. All right."),
 11: ((T, T, F, T, F, T), "South Korea's long-standing ban on Japanese cultural imports is an embargo. CAMEO2PLOVER maps CAMEO 163 to COERCE, so the type is acceptable (the mode 'ban' is not). Source should be South Korea (KOR; 'its market'), not empty. The ban was still in force when the story was told, so it takes the document date 1998-10-08 (or 1945 for its imposition), not null."),
 12: ((T, T, T, T, T, T), "Walesa (POL) did not concede on Sunday night (1995-11-19): CONCEDE, negated. The winner is not named in the sentence, so an empty target is right. All right."),
 13: ((T, T, T, F, F, T), "ACCUSE by North Korea is right and asserted. Target should be South Korea (KOR, 'the South', named in the sentence). Date: the accusation came 'days' before the document date, so it is a background act and should have no date, not 2024-10-15."),
 14: ((T, T, T, T, T, T), "Hypothetical REQUEST: Iraq could demand that U.S. forces (USA) leave. There is no date, and the modality is hypothetical. All right."),
 15: ((T, T, T, T, T, T), "Musharraf's (PAK) seizure of power by coup in 1999-10 is ASSAULT under the seizure-by-armed-force convention, asserted. The deposed government is not named in the sentence, so an empty target is right."),
 16: ((T, T, T, F, T, T), "COERCE arrest by Iran's security forces (IRN), reported as this news with the document date, asserted. Target should be the 'several suspected accomplices' (IRN), a common-noun party named in the sentence, not empty."),
 17: (SPURIOUS, "In Medvedev's 'Bandits have been trying to destroy the fragile stability', 'destroy' is figurative. There is no destruction of property and no attack on Russia, so this is not an ASSAULT event. The bombing itself is reported elsewhere."),
 18: ((T, T, T, T, T, T), "The NSC spokesman's counterfactual 'Hamas could have released hostages' is a hypothetical RETREAT release, Hamas (PSE) -> hostages (ISR), with no date. All right."),
 19: ((T, T, T, T, T, T), "Killings of UN local staff: ASSAULT. The killers are unnamed in the sentence, so an empty source is right, and the target is the UN staff. 'Have been killed since the vote' is a total since an earlier time, so no date is right, and it is asserted."),
 20: ((T, T, T, T, F, T), "Implemented ceasefire: RETREAT ceasefire, India and Pakistan as mutual actors, asserted. Date: 'midnight on Tuesday' began the ceasefire (the line was quiet from midnight into Wednesday morning), so it is the midnight ending Tuesday 25 November (2003-11-26T00:00, or the day 2003-11-25 without a time). The value 2003-11-25T00:00 is a day early."),
 21: ((T, T, T, T, T, T), "Iran (IRN) rejected Bahrain's charges: REJECT under PLOVER's 'all rejections' (CAMEO would call it a denial), reported as this news with the document date, asserted. 'The charges' is not a party, so an empty target is acceptable."),
 22: ((T, T, T, T, T, T), "The Doha deal signed in February 2020 between the USA and the Taliban: SUPPORT (sign agreement) as a mutual event, date 2020-02, asserted. All right."),
 23: ((T, T, T, F, T, T), "Chinese customs suspended imports: SANCTION discontinue of commercial exchange (CHN), document date 2025-04-04, asserted. Target should be the American poultry and sorghum exporters (USA, business), the party named, not the United States as a state."),
 24: ((T, T, T, F, T, T), "Moscow's stated demand is a REQUEST by Russia, ongoing with the document date, asserted. Its own soldiers are what the demand is about, not the party asked: target should be NATO (named in the sentence, the command the troops would serve outside)."),
 25: ((T, T, T, T, T, T), "China's embassy (CHN) accused the United States: ACCUSE, with the document date, asserted (reported by the embassy). All right."),
 26: ((T, T, T, T, T, T), "Obama (USA) urged Myanmar's government: REQUEST, on 2012-11-19 (the day of the visit and the document date), asserted. All right."),
 27: ((T, T, T, T, F, T), "PIJ (PSE) fired rockets at Israel: ASSAULT, asserted. But 'about 1,100 rockets' is a total over three days of fighting (5-7 August), so it should have no date, not 2022-08-06 (a Saturday borrowed from the previous sentence)."),
 28: ((T, T, T, T, T, T), "The EU declined to open membership talks with Slovakia: REJECT, EU -> Slovakia (SVK), date 1997 as the text gives it, asserted. All right."),
 29: ((T, T, T, T, T, T), "Georgian opposition politicians (GEO) demanded an inquiry: REQUEST. No addressee is named, so an empty target is right. Document date and asserted are right (the sector GOV for opposition is not scored)."),
 30: ((T, T, T, T, T, T), "China (CHN) called on all sides to show restraint: REQUEST. 'All sides' spans both Koreas, so an empty code is acceptable. Document date and asserted are right."),
 31: (SPURIOUS, "'Damascus ... had never threatened anyone' is a blanket self-description in a Syrian newspaper, with no act, no party and no time. A coder codes no THREATEN (negated or not) here."),
 32: ((T, T, T, T, F, T), "ACCUSE by Uribe's Colombian government (COL) against Venezuela is right and asserted. But the text dates only the break of relations (July 22), which came after the accusation. The accusation has no date in the text, so it should have none, not 2010-07-22."),
 33: ((T, T, T, T, T, T), "The KDP (an Iraqi Kurdish party, IRQ) would not oppose the Turkish troops (TUR): REJECT negated, with no date for this stance about the future. Acceptable in all fields."),
 34: ((T, T, T, T, T, T), "The EU and the USA called on Moscow (RUS) to clarify: REQUEST, reported as this news with the document date, asserted. All right."),
 35: ((T, T, T, T, T, T), "The OAS condemned the takeover: ACCUSE disapprove, with the document date, asserted. 'The takeover' is an act, not a party, so an empty target is acceptable by the rules."),
 36: ((T, T, F, T, T, T), "Dodik's 'will not give up its powers to Sarajevo': CONCEDE negated toward the Bosnian state (BIH), with the document date. Source is wrong: the Serb Republic is Republika Srpska, an entity of Bosnia (BIH), not Serbia (SRB)."),
 37: ((T, T, T, T, T, T), "Israel consulted the Trump administration: CONSULT, ISR -> USA, reported by the White House, asserted. The text dates it only 'before the strikes' of the document date, so the document date is acceptable."),
 38: ((T, T, T, T, T, T), "In the Cashgate scandal, Malawian government officials (MWI) were accused by unnamed accusers: ACCUSE with an empty source. The accusation is undated, so no date is right, and it is asserted."),
 39: ((T, T, T, T, T, T), "Israel (ISR) launched the offensive against PIJ (PSE) on Friday 2022-08-05: ASSAULT, asserted. All right."),
 40: ((T, T, T, F, T, T), "The USA and France condemned the attack: ACCUSE disapprove, with the document date, asserted. 'It' is the bombing, whose perpetrators are unnamed, so the target should be empty. Lebanon is the victim, not the party condemned."),
 41: ((T, T, T, T, T, T), "Iran released five US citizens (USA), who arrived Monday 2023-09-18: RETREAT release, asserted. All right."),
 42: ((T, T, F, F, F, T), "'Lawmakers' are the European Parliament's members (EU/IGO), not Georgian legislators (GEO). Target should be Bidzina Ivanishvili (GEO), against whom sanctions were urged. Date: the resolution was adopted hours before Thursday's announcement, so 2024-11-28, not the document date 2024-11-29."),
 43: ((T, T, T, T, F, T), "Algeria (DZA) accused Egypt (EGY): ACCUSE, asserted. But 2009-11-12 is the date of the bus stoning (two days before the 14 November match). The text gives the accusation, made some time after, no date, so it should be unknown."),
 44: ((T, T, T, T, T, T), "Bahceli (TUR) met Prime Minister Ecevit (TUR) late on Monday 2001-02-19: CONSULT, asserted. All right."),
 45: ((T, T, F, F, T, T), "REQUEST with the document date, asserted, is right. Source: Nicholas Haysom heads the UN mission, so he is a UN official (UN/IGO), not South Sudan's government (SSD). Target: 'the leaders' are South Sudan's leaders Kiir and Machar, so the country SSD should be given."),
 46: ((T, T, F, F, F, T), "The electricity-price protests are a PROTEST (demo). Source should be the Yerevan protesters (ARM). The sentence names the regulator whose tariff decision they oppose, so the target should be the Armenian state/regulator (ARM). Date: 2015-W25 ('last week') dates the regulator's decision; the protests run from 2015-06-22 to the document date 2015-06-23."),
 47: ((T, T, F, F, T, T), "Voting against ratification is a REJECT on 2023-10-03, asserted. Source should be Armenian opposition lawmakers (ARM); 'close to Moscow' does not make them Russian. Target: they rejected the ICC ratification pushed by the Armenian government (ARM), not Russia's government."),
 48: ((T, T, T, F, T, T), "Chavez (VEN) broke off relations on July 22: SANCTION (break relations), asserted. Target should be Colombia (COL; Uribe's government is named in the sentence), not empty."),
 49: ((T, T, T, T, T, T), "The USA urged North Korea (PRK): REQUEST, with the document date, asserted. All right."),
 50: ((T, T, T, F, T, T), "Human rights groups criticised the trip: ACCUSE disapprove, with no date (an earlier, undated criticism), asserted. Target should be the United States/Obama (USA), whose trip was criticised and who is named in the sentence, not empty."),
}

PARAS = {
 "h14-x49-15": (["ASSAULT: masked men (no code) -> polling stations/election officials in north Mitrovica (XKX), stormed polling stations, smashing ballot boxes and throwing tear gas, 2013-11-03"], 0, 0, 0,
   "The storming is one act. 'Forcing officials to halt voting' is a consequence, not a separate act between political actors. Dateline found nothing."),
 "h14-x51-02": (["ASSAULT (suicide-attack): suicide bomber (no code) -> Central Bank of Sri Lanka / people in Colombo (LKA), truck bomb killing at least 80, 1996-01-31"], 1, 1, 0,
   "Dateline's e1 (ASSAULT) found it, but dated it 1996-02-01 (narrative). The bombing was on Wednesday, 1996-01-31."),
 "h14-x52-10": ([], 0, 0, 0, "Morales winning an election is not a PLOVER act between actors."),
 "h14-x52-04": (["SUPPORT (apologize): Keizo Obuchi (JPN) -> South Korea/Kim Dae-jung (KOR), apology for colonial rule, 1998-10-08",
                 "SUPPORT (sign agreement): Japan (JPN) <-> South Korea (KOR), joint declaration signed by Obuchi and Kim, 1998-10-08"], 0, 0, 0,
   "Dateline found neither the apology nor the signing. CAMEO 055 and 057 both map to SUPPORT."),
 "h14-x52-16": (["REQUEST: China (CHN) -> Malaysia (MYS), demand for the evidence behind the crash conclusion, 2014-03-24"], 0, 0, 0,
   "Malaysia's announcement and the relatives' anger are not acts between actors. Dateline missed Beijing's demand."),
 "h14-x52-25": (["SANCTION (tariff): China (CHN) -> United States (USA), will impose an additional 34% tariff on all US imports, future, announced 2025-04-04",
                 "SANCTION/COERCE (export restriction): China (CHN) -> (no specific target), will restrict exports of some rare earth elements, future, announced 2025-04-04"], 1, 1, 0,
   "Dateline's e1 found the tariff (SANCTION, future) but missed the rare-earth export restriction. Trump's duties are mentioned only as background to the retaliation, so they are not coded here."),
}

def main():
    items = [json.loads(l) for l in open("events-b-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    with open("events-b.jsonl", "w") as f:
        for it in items:
            v, why = V[it["n"]]
            vals = (F,) * 6 if v == SPURIOUS else v
            verdict = dict(zip(FIELDS, vals))
            verdict["all"] = all(vals)
            out = dict(it); out["verdict"] = verdict; out["reasons"] = why
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
    with open("paragraphs-b-verdicts.jsonl", "w") as f:
        for p in paras:
            ce, found, de, sp, notes = PARAS[p["doc"]]
            assert de == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found,
                                "dateline_events": de, "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
