"""Write events-b.jsonl from the judge's per-item verdicts (fields: event, type, source, target, date, modality).

usage: write_verdicts.py   (run in docs/judged/round177/)
"""
import json

T, F = True, False
ALL = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)

V = {
 1: (ALL, "SUPPORT (welcome) by the U.S. government reported as this news on the Monday of the report; the sentence names no party as target ('the result' is Costa Rica's vote, not a party), so an empty target is right by the rules (a coder might code Costa Rica)."),
 2: (ALL, "al-Hoss said Lebanon would welcome an Israeli withdrawal: SUPPORT Lebanon -> Israel, future, undated; right in all fields."),
 3: ((T, T, F, T, T, T), "Source should be the several (unnamed, Western) delegations at the Florence conference, no country code; 'Florence' is the conference city and BIH is wrong. REQUEST, target Karadzic ('his'), future and undated are right."),
 4: (ALL, "SANCTION designation of the Revolutionary Guards Corps (IRN) on Thursday 2007-10-25; the passive sentence names no agent, so an empty source is right by the sentence rule (a coder would code the United States from context)."),
 5: ((T, T, T, F, T, T), "Target should be the companies owned by Iran's Revolutionary Guards (IRN/BUS), not USA-coded companies; type, empty source (passive, not named), date 2007-10-25 and modality are right."),
 6: ((T, T, T, F, T, T), "Taking the camp is ASSAULT (settled rule) by the Lebanese army on Sunday 2007-09-02, but the target should be the Fatah al-Islam militants who held the camp (no country code), not the state of Palestine (PSE)."),
 7: (ALL, "Interior ministry blamed 'saboteurs and outlaws' (unnamed Yemeni group) for the violence: ACCUSE, reported as this news; right in all fields."),
 8: (ALL, "South Korea's government conveyed concern to Beijing: ACCUSE disapprove KOR -> CHN government, reported as this news (document date); right."),
 9: ((T, T, F, T, T, T), "Whoever sent Australian troops to Iraq is John Howard (AUS) ('who' refers to Howard), so the source should be John Howard, not the troops sent; MOBILIZE to Iraq, undated background act, asserted are right."),
 10: ((T, T, T, T, F, T), "ACCUSE Castro -> rich countries is right, but the speech was 'at the food summit earlier', before the Tuesday meeting: date should be none (an earlier day of the summit), not the document date 1996-11-20."),
 11: ((T, T, T, T, F, T), "SANCTION UNSC -> Taliban (future) is right, but the text dates it: the freeze takes effect from Sunday, two days after the Friday attack, so date should be 1999-11-14, not unknown."),
 12: (ALL, "Oslo II signed by Rabin and Arafat in Washington on Sept. 28: sign formal agreement (CAMEO 057 -> SUPPORT), mutual, explicit date 1995-09-28; right."),
 13: (SPUR, "Not an event: 'recognises Beijing as China's sole government' describes a standing diplomatic status (recognition granted in 1979), not an act reported in this story; had it been coded, the document date would be wrong too."),
 14: ((T, T, F, F, T, T), "Denard detained President Djohar: COERCE arrest, September 1995, asserted, but the source should be Bob Denard (FRA mercenary) and the target President Said Mohamed Djohar (COM); dateline made Djohar the source and left the target empty."),
 15: (ALL, "EU is due to open membership talks with Cyprus at the end of March: CONSULT (negotiation) future, 1998-03; right."),
 16: (ALL, "NATO began bombing Yugoslavia six weeks before Thursday 1999-05-06: ASSAULT NATO -> YUG, week 1999-W12 matches the text's precision (24 March); right."),
 17: (ALL, "Police fired shots to disperse the student crowd in Dili on Wednesday 2002-12-04: ASSAULT police (TLS) -> crowd (TLS); right."),
 18: (SPUR, "Duplicate: Hu hosting Kim in Beijing is the same visit already coded from this sentence (e1 Kim's visit to China); PLOVER codes one CONSULT visit with visitor as actor and host as recipient (its date would also be wrong: the visit ended Friday 2010-05-07)."),
 19: (SPUR, "Not an event between political actors: a victims' spokeswoman's general statement that genocide was committed (the 1995 Srebrenica killings), with no actor named; the document date would be wrong anyway."),
 20: ((T, T, F, T, T, T), "Source should be South Korean newspapers (KOR/JRN), not North Korean (PRK): the sentence is about opinion in Seoul. ACCUSE -> China, document date, asserted are right."),
 21: (ALL, "Opposition parties called the fuel price increase an attack on the poor: ACCUSE disapprove, YEM parties; the sentence names no party as target ('the increase' is a policy), so empty is right by the rules; right."),
 22: ((T, T, T, T, F, T), "ASSAULT NATO -> Yugoslavia is right, but the text dates it 'nearly a year ago' from 2000-02-16 (March 1999 in the story): date should be 1999-03 (or 1999), not unknown."),
 23: (ALL, "Pledge to keep funding the Palestinian Authority is AGREE (offer of aid, settled rule), Arab leaders (no code) -> PA (PSE), Wednesday 2006-03-29; right."),
 24: (ALL, "IMF suspended a loan this month: SANCTION discontinue, 1997-08; the sentence names no recipient (Kenya is clear only from the story), so empty target is right by the rules."),
 25: (ALL, "CUF accused the ruling party (CCM) of rigging: ACCUSE TZA -> TZA, reported as this news; right."),
 26: ((T, T, T, T, F, T), "ACCUSE by Khartoum of the (unnamed) attackers is right, but 'has condemned the attacks' is background from some time after Sept. 11: date should be none (or 2001-09 at most), not the document date 2001-09-29."),
 27: ((T, T, T, T, F, F), "Training Philippine troops is AID (military) USA -> PHL troops, but the advisers 'are expected to arrive early next year': modality should be future and date 2002 (early next year), not asserted on 2001-11-20."),
 28: ((T, T, F, F, T, T), "Roles reversed: Shekhawat congratulated Patil, so source should be Bhairon Singh Shekhawat (IND) and target Pratibha Patil (IND). SUPPORT, document date and asserted are right."),
 29: (SPUR, "Not an event: 'no Mauritanian soldiers were killed' is a nil casualty report of the raid, not an act by anyone, asserted or denied; the raid itself is coded elsewhere."),
 30: ((T, F, F, F, F, F), "Akef's 'would remain peaceful and would not be intimidated' is defiance: REJECT (refuse to yield) by the Muslim Brotherhood/Akef (EGY) asserted, target the authorities (not named, so empty), dated 2008-04-16 as this news; not a negated THREATEN with empty source and the Brotherhood as target."),
 31: (ALL, "Officials in Baku demanded explanations (about Russian arms sent to Armenia): REQUEST AZE; the addressee is not named as such (Russia by inference), so empty target is right by the rules; a span of demands since earlier this year, undated is acceptable."),
 32: (ALL, "Japanese lawmakers agreed with North Korea's ruling party on Friday 1999-12-03 to push for resumed talks: AGREE JPN -> PRK; right."),
 33: ((T, T, F, F, T, T), "Signing (SUPPORT, mutual, Saturday 2003-11-15) is right, but Paul Bremer is the U.S. administrator and should be coded USA, not IRQ; both the source and the target lists carry the wrong code."),
 34: ((T, T, T, T, F, T), "Clinton was criticised 'at the time' (1995) for failing to act sooner: ACCUSE unnamed critics -> Clinton is right, but the date should be 1995, not the ceremony day 2003-09-20."),
 35: (SPUR, "Not a new act: 'the riots' re-mentions the riots already reported, inside Alkatiri's claim; the act this sentence reports is an ACCUSE by Alkatiri (TLS) against unnamed groups, which dateline did not code."),
 36: ((T, T, T, F, T, T), "Freezing assets is SANCTION by the UK on Wednesday 2008-10-08, but the party acted upon is Iceland's Landsbanki (ISL/BUS), not the state of Iceland: target should be Landsbanki."),
 37: ((T, T, T, F, T, T), "Prodi welcomed the Czech result and said the Czech Republic would bring energy to Europe: the sentence names the party praised, so target should be the Czech Republic (CZE), not empty."),
 38: ((T, T, T, F, T, T), "Plavsic's surrender in January 2001 (RETREAT, asserted) was to the U.N. war crimes tribunal in The Hague (international body, no country code), not a Bosnian (BIH) court: target is wrong."),
 39: (ALL, "France urged an investigation: REQUEST FRA, addressee not named in the sentence so empty target is right; document date for this reaction; right."),
 40: (SPUR, "Not an event: 'clashes' between Kuwait's government and parliament are political disputes (trigger in another sense), a generic repeated state, not an armed ASSAULT."),
 41: (ALL, "Robertson (NATO) condemned 'extremist violence': ACCUSE with no named party (empty target right), Sunday 2001-03-04 as dated by the wire; right."),
 42: (ALL, "State Department called on Moscow to withdraw the measures: REQUEST USA -> RUS government, reported as this news; right."),
 43: ((T, T, T, T, F, T), "SUPPORT Arab leaders -> al-Bashir is right, but the support was expressed at the summit that ended on Wednesday: date should be 2006-03-29, not 2006-03-30, the day after the summit ended."),
 44: (ALL, "Awami League accused the government of Khaleda Zia: ACCUSE BGD party -> the Zia government (Zia, BGD/GOV, accepted), reported as this news; right."),
 45: ((T, T, T, F, T, T), "Fali is an Iranian Shi'ite cleric (he had to be let into Kuwait): target code should be IRN, not KWT. ACCUSE by Sunni activists, undated standing accusation are right."),
 46: (ALL, "Security forces opened fire on protesters on Thursday 2005-07-21: ASSAULT YEM security forces -> YEM protesters; right."),
 47: (ALL, "Washington urged Cairo to keep its commitment to lift the emergency: REQUEST USA -> EGY government, reported as this news; right."),
 48: ((T, T, F, F, T, T), "Source should be the ~100 young East Timorese (a group; TLS or none), not the state Timor-Leste, which did not exist in 1995; target should be the Dutch and Russian embassies (NLD, RUS) from which they demanded asylum, named in the sentence. Thursday 1995-12-07 is right."),
 49: (ALL, "Moscow had warned it would take steps in response: THREATEN RUS, target not named in the sentence (NATO by inference), undated earlier warning; right."),
 50: ((T, T, T, F, T, T), "Siniora praised the soldiers: SUPPORT, but the sentence names the party praised, so target should be the Lebanese army (LBN/MIL), not empty; document date for the address reported as news is accepted."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50
for it in items:
    vals, reason = V[it["n"]]
    vd = dict(zip(FIELDS, vals))
    if not vd["event"]:
        assert not any(vals)
    vd["all"] = all(vals)
    rec = dict(it)
    rec["verdict"] = vd
    rec["reasons"] = reason
    out.append(rec)
with open("events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {k: sum(r["verdict"][k] for r in out) for k in FIELDS + ["all"]}
print(counts)
