"""Write events-b.jsonl: each item unchanged plus verdict and reasons (judge b, round 120)."""
import json

T, F = True, False
SP = None  # spurious marker
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, F, T, "ACCUSE Morocco's foreign ministry (MAR) -> German authorities (DEU) is right; the accusation is in the statement that recalled the ambassador 'on Thursday' (lead), so the date should be 2021-05-06, not the document date 2021-05-07."),
 2: (T, T, T, T, T, T, "SUPPORT Balladur (FRA) praising the signing on Sunday 1995-03-19; the sentence names no party (only 'the signing'), so an empty target is right."),
 3: (T, T, T, T, F, T, "ACCUSE Winograd Commission (ISR) -> Peretz (ISR) is right; the report's findings were issued 'on Monday' (lead), so the date should be 2007-04-30, not the document date 2007-05-01."),
 4: (T, T, T, T, T, T, "SANCTION Algeria (DZA) -> Spain (ESP), suspending the friendship treaty on Wednesday 2022-06-08; all right."),
 5: (T, T, T, T, F, T, "ASSAULT gunmen -> 12 people at Charlie Hebdo in Paris is right (FRA plain from the place); the text dates it two days before Friday's flogging, so the date should be 2015-01-07, not unknown."),
 6: (T, T, T, F, T, T, "REJECT of the accusations by India's foreign ministry (IND) accepted (PLOVER 'all rejections'); the target should be Canada / Trudeau (CAN), whose accusations they are and who is named in the sentence, not empty. (reported_by Mike Duheme is also wrong.)"),
 7: (F, F, F, F, F, F, "Spurious: the sentence is Biden's assessment that the missile was unlikely fired from Russia; Russia is the doubted origin, not a target, and no ASSAULT on Russia is reported (the strike on Poland, Tuesday 2022-11-15, is in the previous sentence)."),
 8: (T, F, F, F, T, T, "The act is the Israeli interception and detention of the boat's crew (COERCE seize/arrest; 'kidnapped' is the flotilla's word in quotes); source should be the Israeli troops (ISR) named in the sentence, and the crew are international activists, not ISR (empty code)."),
 9: (T, T, T, F, T, T, "REQUEST Liberia/Monrovia (LBR) asking RUF officials to leave is right and undated; but the RUF is Sierra Leone's rebel movement, so the target's code should be SLE, not LBR/GOV."),
 10: (T, T, T, T, T, T, "SANCTION (break relations) Taiwan (TWN) -> Nauru (NRU) on Tuesday 2002-07-23; all right."),
 11: (F, F, F, F, F, F, "Spurious: a former ambassador's generic opinion that 'no Indian government can accept mediation' reports no act by any government (no AGREE, negated or not)."),
 12: (T, T, T, T, T, T, "CONSULT visit by the Polish, Czech and Slovenian prime ministers (POL/CZE/SVN) to Zelenskiy (UKR) on Tuesday 2022-03-15; all right (e2 'visit' is the duplicate, not this one)."),
 13: (T, T, T, T, T, T, "UNIP (ZMB) saying it would not recognise the new government (ZMB): SUPPORT (recognition) negated is right, dated by the document date as the spokesman's statement is undated."),
 14: (T, T, T, F, T, T, "REQUEST by Kaczynski (POL) is right; the peacekeeping mission is the thing requested, not a party: the addressee is not named (empty target; NATO at most)."),
 15: (T, T, T, F, T, T, "SUPPORT by Rugova (Kosovo Albanian, XKX accepted) is right; 'it' is the Security Council resolution, so the target should be the U.N. Security Council (no country), not Kosovo."),
 16: (T, T, T, T, T, T, "ACCUSE Afghan officials (AFG) -> Pakistan's military and intelligence (PAK), a long-running accusation still made, so the document date is right."),
 17: (T, T, T, T, T, T, "Thaksin's (THA) pledge to press on with his rural policies coded AGREE with no target, accepted (a promise to voters; I would hesitate to code a domestic campaign pledge at all); undated statement, document date right."),
 18: (T, T, T, F, T, T, "ACCUSE by Oleksy (POL) is right, but the sentence names whom he blamed: the target should be Walesa's camp (POL), not empty."),
 19: (F, F, F, F, F, F, "Spurious: 'agreed to disagree' is the idiom for an unresolved disagreement over Georgia, not an AGREE."),
 20: (T, T, T, F, T, T, "COERCE arrest with no named arresting party (empty source right) is right, but the people arrested are Rifaat's supporters (SYR), not Rifaat al-Assad himself coded GBR."),
 21: (T, T, T, T, T, T, "REQUEST United States (USA) -> India (IND) to cooperate with the investigation; 'has urged' is current, document date right."),
 22: (T, T, T, F, T, T, "COERCE raid by Russian police (RUS) in 2004 is right; the raided office is the British Council's, named in the sentence, so the target should be the British Council (GBR), not empty."),
 23: (T, T, T, T, T, T, "AGREE pledge by Hu (CHN) and Fukuda (JPN) to resolve the gas issue, mutual, May 2008 ('last month'); all right."),
 24: (T, T, T, T, F, T, "ASSAULT gunmen -> Egyptian soldiers (EGY) is right, but the sentence says Sunday: the date should be 2012-08-05, not the document date (Monday 2012-08-06)."),
 25: (T, T, T, T, T, T, "REQUEST Aristide (HTI) -> Haitians (HTI) to go back to work, Monday 2001-12-17 of the dateline; all right."),
 26: (T, T, F, T, T, T, "ACCUSE of Western governments is right, but the accusers are the officials in Ankara (TUR) named in the sentence, not journalists; repeated accusation, document date right."),
 27: (T, T, T, T, T, T, "AGREE by Turkey (TUR) to let the peshmerga through after pressure from Washington; the U.S. (the party that pressed for it) is an acceptable target; undated, unknown right."),
 28: (T, T, T, T, T, T, "ACCUSE Tshisekedi's government (COD) -> Kabila (COD), an ongoing accusation, document date right."),
 29: (T, T, T, F, T, T, "SUPPORT (signing) by Russia on Monday 2014-11-24 is right, but the treaty is with Abkhazia (the breakaway region's authorities, GEO region), not Georgia or Georgia's government, which condemned it."),
 30: (T, T, F, F, T, T, "ACCUSE is right, but 'Seoul' is South Korea's government (KOR), not a Seoul university, and the launch condemned is North Korea's, so the target should be North Korea (PRK), not the U.N. Security Council."),
 31: (T, T, T, T, T, T, "RETREAT (lifting the air blockade) Israel (ISR) -> Lebanon (LBN) on Thursday evening 2006-09-07; all right."),
 32: (T, T, T, T, T, T, "SUPPORT Imran Khan (PAK) -> Trump (USA) welcoming his offer; the welcome is undated in the text, document date accepted."),
 33: (T, T, T, T, T, T, "ASSAULT in the August fighting in Aden, dozens killed (YEM), no fighting party named in the sentence (empty source right), dated 2019-08; all right."),
 34: (T, T, T, T, F, T, "SUPPORT (recognition) Russia (RUS) -> Abkhazia is right, but it is a background act after the August 2008 war: the date should be 2008, not 2014-11-24."),
 35: (T, T, T, F, T, T, "ACCUSE by Ramaphosa (ZAF) is right, but he objected to Gordhan's removal, not to Gordhan: the target should be Zuma, who removed him (not named in the sentence, so empty), not Gordhan."),
 36: (T, F, T, T, T, T, "Barring Min Aung Hlaing from ASEAN's summit is an exclusion from an organisation's meeting, SANCTION (expel), not REJECT meet; parties and October 2021 right."),
 37: (T, T, T, T, T, T, "REQUEST Salih (IRQ) -> Abdul Mahdi (IRQ) to form a government, Tuesday 2018-10-02; all right."),
 38: (T, T, T, T, T, T, "SUPPORT (approving the amendment) by Lebanese deputies (LBN) on Thursday 1995-10-19; no other party named, empty target right."),
 39: (T, T, T, T, F, T, "ACCUSE Powell (USA) -> governments in the region (no single country) is right, but the criticism was in his speech on Wednesday: the date should be 2002-09-04, not the document date."),
 40: (T, T, T, T, T, T, "REQUEST (appeal for patience) by Mahinda Rajapaksa (LKA) on Monday 2022-04-11, addressee not named; all right."),
 41: (T, F, T, T, F, T, "Ordering foreign peacekeepers out is an expulsion, SANCTION (expel), not REQUEST (CAMEO 1661); target U.S. peacekeepers (USA) accepted as one of the expelled contingents; the order was delivered on Tuesday, so the date should be 2005-12-06."),
 42: (T, T, T, T, F, T, "COERCE arrest India police (IND) -> Tibetan protesters (CHN accepted) is right, but the Wednesday belongs to Xi's Ahmedabad stop; the Delhi detention is undated, so it takes the document date 2014-09-18."),
 43: (T, T, T, T, T, T, "CONSULT: Mohammed bin Salman (SAU) hosting the signing with Hadi, Zubaidi/STC (YEM) and Mohammed bin Zayed (ARE), Tuesday 2019-11-05; host as source accepted for a meeting."),
 44: (T, T, T, T, T, T, "REQUEST Portugal (PRT) for the president's release; the junta is not named in the sentence, empty target right; dated by the Aug 15 dateline, accepted."),
 45: (T, T, T, T, T, T, "ACCUSE Cuban exile leaders (CUB, Miami exiles) -> Clinton (USA); undated reaction, document date right."),
 46: (T, T, F, T, T, T, "REQUEST to Guatemala (GTM) is right and the U.S. (USA) is a right source, but the human rights groups have no country in the text and are coded USA."),
 47: (T, T, T, F, T, T, "RETREAT release by Boko Haram (NGA) on Thursday 2016-10-13 is right, but the released schoolgirls (NGA) are named in the sentence, so the target should be them, not empty."),
 48: (T, F, T, T, T, T, "The Central Military Commission (CHN) approving a military garrison for the disputed area is a deployment, MOBILIZE (troops), not SUPPORT; no target named; undated, document date right."),
 49: (T, T, T, T, T, T, "SANCTION (expel) Morales (BOL) -> U.S. ambassador (USA) in 2008; all right."),
 50: (T, T, T, T, T, T, "RETREAT (resign) by the CICIG head on Monday 2010-06-07 is right; 'Spanish prosecutor' coded ESP accepted from the text, though he acts for a U.N.-backed body."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        it = dict(it); it["verdict"] = v; it["reasons"] = why
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l)["verdict"] for l in open('events-b.jsonl')]
print({f: sum(r[f] for r in rows) for f in fields})
