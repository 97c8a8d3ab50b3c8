"""Write events-c.jsonl from the judge's verdicts below (judge c, round 105).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks an item that holds no event."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "AGREE between Clinton (USA) and Jiang (CHN), a mutual agreement to exchange visits, dated Sunday 1996-11-24 as the text gives; all right."),
 2: ([], "The IMF's denial that it insisted on a tax is a negated REQUEST by the IMF; no addressee is named in the sentence, so the empty target is right; undated statement reported as this news takes the document date."),
 3: ([], "Saakashvili (GEO) offering talks to the opposition parties (GEO) is AGREE (offer to meet), asserted, on the Thursday of the report (2008-05-22)."),
 4: (['target'], "SUPPORT by the UN and Western governments is right, but 'both countries' in the sentence refers to Nigeria and Cameroon: target should be Nigeria (NGA) and Cameroon (CMR), not empty."),
 5: ([], "The government's bowing to the lender's demands sits inside the opposition's accusation: CONCEDE, Bolivian government -> IMF ('the lender'), reported, undated; all right."),
 6: ([], "Kostunica (YUG) asked KFOR (NATO-led) to stop fighters crossing: REQUEST, asserted with Kostunica as the reporter; no date in the text, reported as this news, so the document date is right."),
 7: ([], "Faure (SYC) pledging a smooth handover is an AGREE (promise); the handover's recipient is not named in the sentence, so an empty target is right; dated the dateline's Sunday 2020-10-25."),
 8: (['target'], "REQUEST by Poland's foreign minister is right, but the explanation is asked of Israel, which the same sentence names: target should be Israel (ISR), not empty."),
 9: ([], "Signing the ethanol agreement is SUPPORT (sign an agreement) between Bush (USA) and Lula (BRA), Friday 2007-03-09; all right."),
 10: ([], "Tudjman (HRV) and Izetbegovic (BIH) signing a defence pact is SUPPORT (sign agreement), mutual, Saturday 1995-07-22; all right."),
 11: ([], "Morales (BOL) calling for the president to resign is a REQUEST (demand leadership change) to Sanchez de Lozada (BOL), document date, asserted; all right."),
 12: ([], "Erdogan ('he', TUR) urging caution is a REQUEST with no addressee in the sentence, so the empty target is right; document date, asserted."),
 13: ([], "'The first army deployment' is the Bahraini army's deployment of tanks that day (no event was coded for it from the previous sentence): MOBILIZE troops, army (BHR), 2011-02-17; all right."),
 14: (['target'], "ACCUSE by human rights groups is right, but those accused are the breakaway rebel faction led by Karuna, not the government it is allied with: target should be the Karuna faction (LKA)."),
 15: ([], "Chavez (VEN) demanding that Uribe (COL) explain is a REQUEST, dated Friday 2005-01-14 of the speech; all right."),
 16: ([], "Chinese officials (CHN) urging Lee (SGP) to cancel the trip is a REQUEST; a background act with no date in the text, so an undated value is right."),
 17: (['source', 'target'], "AGREE (offer to mediate) is right, but 'the government' is Bolivia's, not the United States': target should be the Bolivian government (BOL) and the police (BOL); the Church offering to mediate in Bolivia is the Church in Bolivia (BOL), not the Vatican (VAT)."),
 18: (['event'], "Spurious: North Korea's denial of sending ships is a denial, not a mobilisation (sending disguised spy boats is no MOBILIZE of troops); the sentence's event is the ACCUSE of Japan, coded separately (e3)."),
 19: (['date'], "THREATEN by Biden (USA) against Putin ('the Russian leader', RUS) is right, but the warning was in the interview broadcast on Wednesday, before Russia's recall that day: date should be 2021-03-17, not the document date 2021-03-18."),
 20: (['target'], "SUPPORT by the Greek government is right, but 'its ally' is Cyprus, named in the same sentence: target should be Cyprus (CYP), not empty."),
 21: ([], "Gunmen (no country) killing more than 20 Cameroonian soldiers (CMR) is ASSAULT, 'last November' = 2007-11; all right."),
 22: (['target', 'date'], "AGREE (promise to pay) by Patasse is right, but 'them' are the mutinous soldiers: target should be the soldiers (CAF); and the promise ended the April 18 mutiny, so the date should be 1996-04 (April 1996), not unknown."),
 23: (['target'], "Taking a rebel-held town is ASSAULT by the army (LKA) in January 2007, but the sentence names the party as 'rebel-held': target should be the Tamil Tiger rebels (LTTE, LKA), not empty."),
 24: ([], "The 'heaviest Israeli bombardment of Lebanon' is ASSAULT Israel (ISR) -> Lebanon (LBN) of that night; another sentence's event (e1) codes the same raids, but the conventions count duplicates within a sentence only; all right."),
 25: ([], "Police (BHR) killing two protesters (BHR) 'earlier in the week' is ASSAULT dated to the week 2011-W07; all right."),
 26: (['target'], "The protesters' REQUEST is right, but 'an elected government' is what they demand, not a party: target should be the Bahraini government / ruling Al Khalifa family (BHR)."),
 27: (['target'], "ACCUSE (criticise) by Syria is right, but what Syria criticises is the Gulf states' contacts: target should be the Gulf states (Qatar QAT, Oman OMN), not Israel."),
 28: (['target'], "ACCUSE by Mahathir on Saturday is right, but the text gives the speculators no country (they are foreign, unnamed): target should be speculators with an empty code, not MYS."),
 29: (['target'], "Warning shots by Japanese warships (JPN) as THREATEN (military force) on 1999-03-24 are right, but the sentence names whom they were fired at: target should be the two North Korean spy vessels (PRK), not empty."),
 30: (['date'], "ASSAULT Israel (ISR) -> Lebanese civilians (LBN), asserted with Hezbollah as reporter, is right, but the shelling happened 'earlier in the week': date should be the week 1999-W25 (before Thursday), not the document date."),
 31: ([], "Uribe (COL) saying he is ready to talk to Chavez (VEN) is AGREE (willingness to meet), document date, asserted; all right."),
 32: (['target'], "AGREE by NATO leaders on Wednesday is right, but 'their troops in Afghanistan' are NATO's own troops, not Afghan troops: the agreement is among the allies, so target should be empty (or the NATO allies), not Afghanistan troops (AFG)."),
 33: (['event'], "Spurious: 'Tunisia, praised as the only democratic success' is a description, not an act; no one praises anybody in the story, and Tunisia is the one praised, not the praiser."),
 34: ([], "Iraq's 1990 invasion of Kuwait is ASSAULT IRQ -> KWT dated 1990 as the text gives; all right."),
 35: ([], "At least a dozen killed in election violence is ASSAULT by unnamed attackers on people in Nepal (NPL); a total over the election span, so no date is right; all right."),
 36: ([], "The AU's call on those contesting the results (COM) to use legal channels is a REQUEST, dated the dateline's 2024-01-17; all right."),
 37: ([], "Abbasi (IRN) wounded in the separate attack Monday is ASSAULT with no attacker named in the sentence (empty source right), 2010-11-29; all right."),
 38: (['source'], "ASSAULT begun in mid-July 1995 (1995-07) is right, but the 'Serb assault' on Zepa is by the Bosnian Serb forces: source should be the Bosnian Serb forces (BIH), not Serbia (SRB)."),
 39: (['event'], "Spurious: 'Sudan has not ratified its founding treaty' is a standing fact given as a reason, not an act; the sentence's event is Khartoum not recognising the court (e3)."),
 40: (['target'], "SUPPORT (praise) by Bush on Tuesday 2006-11-28 is right, but the sentence names whom he praised: target should be the three Baltic states (EST, LVA, LTU), not empty."),
 41: (['date'], "ASSAULT killing at least 40 people (UKR), no attacker named, is right, but the killing was in Monday's battle for the airport: date should be 2014-05-26 (or none, as a total), not the document date 2014-05-27."),
 42: (['target'], "CONCEDE by the Pakistani government, undated ('in the past'), is right, but the sentence names whose demands it gave in to: target should be the TLP (PAK), not empty."),
 43: ([], "Yeltsin (RUS) receiving rebel leader Yandarbiyev in the Kremlin is CONSULT (host a visit), May 1996 (1996-05); all right."),
 44: (['date', 'modality'], "CONSULT Musharraf (PAK) -> Singh (IND) is right, but he 'is due ... later this month': modality should be future, and the date should be 2005-04 (April 2005), not 2005-02."),
 45: ([], "Clinton (USA) saying he supports Chinese membership is SUPPORT (endorse) toward China (CHN), document date, asserted; all right."),
 46: ([], "The United States congratulating Noboa (ECU) is SUPPORT, document date, asserted; all right."),
 47: ([], "The Philippine government and MILF (PHL) signing a preliminary peace agreement is SUPPORT (sign agreement), mutual, Monday 2012-10-15; all right."),
 48: (['date'], "ASSAULT Hezbollah (LBN) -> Israel (ISR) is right, but the text dates the rocket barrage to Thursday: date should be 1999-06-24, not the document date 1999-06-25."),
 49: ([], "Netanyahu (ISR) calling on Kadima (ISR) to join his coalition is a REQUEST; the text gives his rally no date (Livni's was Tuesday night), so the document date is right by the rules; all right."),
 50: (['event'], "Spurious: the Biden administration failing to end the Houthis' attacks is not a RETREAT/ceasefire by anyone; the act in the sentence is the U.S. strikes on Houthi targets over the past year (ASSAULT USA -> Houthis), which dateline did not code."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-c.jsonl', 'w') as out:
    for it in items:
        wrong, why = V[it['n']]
        if 'event' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
# counts
rows = [json.loads(l) for l in open('events-c.jsonl')]
for f in F + ['all']:
    print(f, sum(r['verdict'][f] for r in rows))
