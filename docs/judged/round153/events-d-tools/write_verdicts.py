"""Judge d, round 153: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below.
Fields per item: (event, type, source, target, date, modality) booleans + reasons.
usage (from docs/judged/round153): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
ALL = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)

V = {
 1: (ALL, "Kill total in the blockade violence: ASSAULT, no attacker named in the sentence (empty source right), victims in Bangladesh (BGD); a total summed since early January has no date, so unknown is right."),
 2: (ALL, "Campus rally on Friday 2015-02-27 by students and activists (BGD); its demand is an act of the authorities (arrest of the killers), so the state Bangladesh is an acceptable target under the crowd-protest rule."),
 3: (ALL, "Background air raid by Israeli warplanes (ISR) on the PLO base, dated by the text to 1985: all fields right."),
 4: (ALL, "UN mission and U.S. embassy urged the Kurdish parties (IRQ) to form a government; no date in the text, so the document date is right; the welcome is coded separately (e3), no duplicate."),
 5: (ALL, "Conviction/sentence of Simone Gbagbo (CIV) in 2015; the court is not named in the sentence, so the empty source is right."),
 6: ((T, F, T, F, T, T), "Vowing to block renewal of a broadcaster's licence is a THREATEN, not AGREE (no willingness to cooperate); 'the network' is ABS-CBN (PHL), not CNN. Undated background act with unknown date is acceptable."),
 7: ((T, T, F, T, T, T), "The hypothetical sending of troops would be done by President Sisi (EGY), whom parliament authorised; Egypt's parliament is not the party that sends. Type MOBILIZE, target Libya, hypothetical modality and July 2020 (date of the authorising statement) are acceptable."),
 8: ((T, T, T, F, T, T), "Washington seeks support for a war against Iraq; Iraq is the war's object, not the party asked. The sentence names no addressee, so the target should be empty (the allies, e.g. Romania, only from context)."),
 9: (ALL, "Defence Headquarters (NGA) dismissed Boko Haram's caliphate claim: REJECT; the claimant is not named in the sentence, so the empty target is right by the rule; no date in the text, document date right."),
 10: (ALL, "Iran shot down a U.S. drone in June 2019: ASSAULT Iran -> USA, 2019-06; the tanker seizure is a separate event (e4)."),
 11: (ALL, "Algeria's army chief (DZA) visited Paris (France, FRA) last month = 2023-01: CONSULT visit, all right."),
 12: ((T, T, T, F, T, T), "Suicide bombing at Jerusalem's Mahane Yehuda market on Friday 2002-04-12 (source woman, PSE, accepted from context); the six people killed at a Jerusalem market were not Palestinians: the target's country should be Israel (ISR) (or empty), not PSE."),
 13: (ALL, "'He is accused' = Kim Hong-gul (KOR) under bribery charges; the accuser is not named (passive), empty source right; current status, document date right."),
 14: (SPUR, "Spurious: 'We will keep fighting' is Ressa's figurative vow to continue her legal battle, not an armed assault."),
 15: ((T, T, F, T, T, T), "The 1996 break-off of Syria-Israel talks (SANCTION, halt negotiations) is a real background act, but its party is Syria (SYR) with Israel; 'Syrian officials' are the 1999 speakers who report it, not the party that broke off the talks."),
 16: (ALL, "Merkel's 'Georgian territory is occupied': occupation is ASSAULT by convention, the occupier is not named in the sentence (empty source right), target Georgia; ongoing act takes the document date; attribution alone keeps it asserted."),
 17: (ALL, "Muslim Brotherhood (EGY) condemned the visit: ACCUSE; 'it' refers to the trip, and no party is named in the sentence, so the empty target is right by the rule (a coder would add Egypt's government/Shoukry)."),
 18: (ALL, "Rwanda broke off relations with France (Paris) in 2006: SANCTION, all right."),
 19: (ALL, "Boko Haram fighters ('his fighters', NGA) seized Gwoza this month (2014-08): ASSAULT by the seizure convention; the sentence names only the town, no party, so the empty target is right."),
 20: ((T, T, T, F, T, T), "Government troops killed Savimbi on Friday 2002-02-22; Savimbi is the leader of Angola's UNITA, so his country code should be AGO, not empty."),
 21: (ALL, "Museveni (UGA) apologised for the army's failure: CAMEO 055 apologise -> SUPPORT; no addressee named, empty target right; reported as this news, document date right."),
 22: ((T, T, T, T, F, T), "Muizzu's first trip as president to Turkey is a background act of late 2023, months before the story; the text gives it no date, so it should have no date (unknown), not the document date 2024-01-13."),
 23: ((T, T, T, F, T, T), "Saudi Arabia reopened its embassy in Baghdad in December 2015 (SUPPORT, resume diplomatic ties); the target should be Iraq (IRQ) only; Saudi Arabia's own embassy is not a party acted upon."),
 24: ((T, T, T, F, T, T), "White House (USA) urged swift reform; the sentence names the secretary-general, and the reform urged is his UN's, so the target should be Kofi Annan / the UN (no country code), not empty."),
 25: ((T, T, T, T, F, T), "India summoned the Maldivian envoy in the spat of the week before (the sentence before dates the suspensions 'last week'); a background act of an earlier time given the document date: the date should be the previous week (early January 2024), not 2024-01-13."),
 26: ((T, T, F, T, T, T), "The one who resigned from the Millennium Democratic Party on 2002-05-06 is the 78-year-old president, Kim Dae-jung (KOR); Kim Hong-up is his son and 'former dissident' is an appositive of the president, not a second party."),
 27: (ALL, "'No shots were fired': ASSAULT firearms negated, no party named in the sentence (empty source and target right), Sunday = document date 1996-04-07."),
 28: (ALL, "Finnish police (FIN) investigating the cable damage: ACCUSE investigate; the suspect is not named in the sentence, empty target right; ongoing act, document date right."),
 29: ((T, F, T, T, T, T), "Assad 'welcomed' King Abdullah at the airport in the sense of receiving a visitor: this is CONSULT (host a visit, CAMEO 043), not SUPPORT/praise. Parties, 1999-04-21 and modality right."),
 30: (ALL, "Turkish court jailed two Cumhuriyet journalists (TUR) pending trial on Thursday 2015-11-26: COERCE arrest, all right."),
 31: (SPUR, "Duplicate: 'killing 45 people' is the result of the same May 2003 suicide attack already coded from this sentence as e6 ('struck'); it is also wrong in itself (source should be the suicide bombers, not Morocco; date should be 2003-05)."),
 32: ((T, T, T, F, T, T), "Lam Wing-kee is a Hong Kong bookseller taken into mainland custody; his code should be HKG (the story turns on the Hong Kong/mainland line), not CHN. Detainer unnamed in the sentence (empty source right); October 2015 right; attribution keeps it asserted."),
 33: (ALL, "Choi Gyu-sun (KOR) was arrested last month = 2002-04; passive, empty source right."),
 34: ((T, T, F, T, T, T), "'he signed a cooperation pact with Ruto' - 'he' is Raila Odinga (KEN), not Uhuru Kenyatta; type SUPPORT (sign agreement), target Ruto and March 2025 right."),
 35: ((T, T, T, F, T, T), "China opposes North Korea's nuclear test; the sentence names the North ('the North's main ally', 'Pyongyang') and it is plainly the party acted upon, so the target should be North Korea (PRK), not empty. The urging is separately coded (e5)."),
 36: ((T, F, T, T, T, T), "'supporting al Shabaab' here is material support (the sanctions were over Eritrea arming al Shabaab), so the type is AID (military aid), not verbal SUPPORT; parties, no date and negated (no evidence found) acceptable."),
 37: (ALL, "Milosevic (YUG) and Rugova met in Belgrade on Friday 1998-05-15: mutual CONSULT, right; the agreement is coded separately (e2)."),
 38: (ALL, "Bani Walid leaders (LBY) accused Misrata (LBY) of using the state to settle scores: ACCUSE, reported as news, document date right."),
 39: (ALL, "Medvedev and NATO leaders agreed in Lisbon last month (2010-11) to explore missile-defence cooperation: mutual AGREE, right."),
 40: (ALL, "Merkel said Germany would continue to support Georgia's territorial integrity: SUPPORT Germany -> Georgia, future ('would continue'), no date for the future act acceptable."),
 41: (ALL, "Abbas (PSE) welcomed the truce; 'the move' is the groups' announcement, no party named, empty target right; the story is datelined June 29, so 2003-06-29 is right."),
 42: (ALL, "PUK (IRQ) 'would not accept being a junior partner' = AGREE negated (equivalently a REJECT asserted, as the conventions allow); the KDP is not named in the sentence, empty target right."),
 43: (ALL, "North Korean soldiers (PRK) defying the 1953 armistice on Sunday 1996-04-07: REJECT (defy norms, CAMEO 128); no party named as target, empty right."),
 44: (ALL, "Guterres (UN) called for the perpetrators to be brought to justice: REQUEST; addressee not named, empty target right; reported in a March 25 dispatch, date right."),
 45: (SPUR, "Spurious: 'Asked at a news conference' is a journalist's question to Putin, not a political request between actors."),
 46: ((T, T, T, F, F, T), "JNIM's claimed killing of about 300 members of the army and VDP: the army is Burkina Faso's (BFA), not Mali's; the attack was on Saturday 2024-08-24 (given in the story), not the document date. Source JNIM (MLI, its base) accepted; attribution keeps it asserted."),
 47: ((T, T, T, F, T, T), "Ashraf (PAK) bowed to the demands of the Hazara mourners, who are named in the sentence: the target should be the Shi'ite Hazara mourners (PAK), not empty. CONCEDE (CAMEO 083) and Monday 2013-01-14 right."),
 48: ((T, F, T, T, T, F), "'Romania has said it would open its airspace and ports to U.S. forces if needed' is an offer of military cooperation: AGREE (offer), asserted (the offer was made; only the opening is conditional). Opening airspace to an ally is not RETREAT access."),
 49: (ALL, "Arab governments and protesters (region-wide, no code) have accused Washington (USA) of giving Israel a free hand: ACCUSE, current, document date right."),
 50: (ALL, "Islamist militants killed hundreds at Barsalogho at the weekend (2024-W34 weekend = Aug 24-25): ASSAULT, militants in Burkina Faso (BFA accepted), victims BFA; attribution keeps it asserted."),
}

PARAS = {
 "h54-x212-05": ([], 0, 0, 0, "Election win and change of government: no PLOVER act between political actors."),
 "h54-x212-18": ([
    "COERCE: special Chinese unit (CHN) -> Lam Wing-kee (HKG), held eight months in mainland custody and forced to make a televised confession, 2015 (last year)",
    "ACCUSE: Lam Wing-kee (HKG) -> Chinese authorities (CHN), his account of being held and forced to confess, 2016-06-16 (Thursday)"],
    0, 0, 0, "dateline codes the detention only from the second paragraph (item 32), nothing in the lead."),
 "h54-x209-14": ([
    "REJECT: Joe Biden (USA) -> breakaway regions Abkhazia and South Ossetia (GEO), Washington would never recognise their independence, 2009-07-23",
    "REQUEST: Joe Biden (USA) -> Mikheil Saakashvili (GEO), pressed him to pursue democratic reforms and abandon retaking the territories by force, 2009-07-23"],
    1, 1, 0, "REQUEST found with all fields right; the refusal to recognise (REJECT, or SUPPORT for Georgia's integrity) missed."),
 "h54-x209-01": ([
    "AGREE: Bill Clinton (USA) <-> Boris Yeltsin (RUS), agreed Russian soldiers would help police a Bosnian peace settlement, 1995-10-23",
    "CONSULT: Bill Clinton (USA) <-> Boris Yeltsin (RUS), four hours of talks at Hyde Park, 1995-10-23"],
    1, 1, 0, "AGREE found and right; the talks (CONSULT) missed."),
 "h54-x211-20": ([
    "COERCE: Mali government (MLI) -> Dan Na Ambassagou Dogon militia (MLI), dissolved it, 2019-03-24 (Sunday)",
    "ASSAULT: gunmen (no code) -> Fulani villagers (MLI), killed at least 134, 2019-03-23"],
    1, 1, 0, "ASSAULT found (right); the militia's dissolution (COERCE ban) missed. The replacement of army commanders is an internal personnel act, not counted."),
 "h54-x209-05": ([
    "SUPPORT: NATO (IGO) <-> Yugoslav military commanders (YUG), signed the military-technical agreement, 1999-06-09",
    "CONCEDE: Yugoslav military (YUG) -> NATO / Kosovo, commitment to withdraw all Serb forces from Kosovo (future), 1999-06-09"],
    1, 2, 0, "Signing (SUPPORT) found. The withdrawal is only agreed, not carried out: PLOVER codes a promised withdrawal as CONCEDE, so dateline's RETREAT (asserted) has the wrong type and modality; it is a real (future) act, not spurious."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
    out = []
    for it in items:
        (ev, ty, so, ta, da, mo), reason = V[it["n"]]
        if not ev:
            ty = so = ta = da = mo = False
        rec = dict(it)
        rec["verdict"] = {"event": ev, "type": ty, "source": so, "target": ta, "date": da,
                          "modality": mo, "all": all([ev, ty, so, ta, da, mo])}
        rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-d.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
        for p in paras:
            ce, found, de, sp, notes = PARAS[p["doc"]]
            assert de == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found, "dateline_events": de,
                                "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
    fields = ["event", "type", "source", "target", "date", "modality", "all"]
    print({k: sum(r["verdict"][k] for r in out) for k in fields})
    print("paragraphs:", sum(len(PARAS[p['doc']][0]) for p in paras), "coded,",
          sum(PARAS[p['doc']][1] for p in paras), "found,", sum(PARAS[p['doc']][2] for p in paras),
          "dateline,", sum(PARAS[p['doc']][3] for p in paras), "spurious")

if __name__ == "__main__":
    main()
