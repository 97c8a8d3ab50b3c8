"""Write events-d.jsonl from the judge's verdicts below (one entry per item n) and check it.
Each entry: list of wrong fields ('event' = spurious) and the reasons."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Batlle urging Uruguayan citizens to keep their deposits in the banks is a REQUEST from URY to citizens (URY); the televised address has no date in the text, so the document date is right."),
 2: ([], "Hariri killed by a bomb on Feb. 14: ASSAULT with no named perpetrator (empty source right), target Hariri (LBN), date 2005-02-14 given in the sentence."),
 3: (['target', 'date'], "Target should be the defendants (the 33 jailed, Qataris, QAT), not the emir and his father, who are the objects of the alleged plot; the charge is a background act from before the two-year trial, so the document date is wrong (no date: unknown)."),
 4: (['target'], "Greece blaming the Turkish Cypriot side is ACCUSE from GRC, but the target should be the Turkish Cypriot side (Denktash's administration, Cyprus/Turkish Cypriot), not Turkey the country."),
 5: (['target'], "Detention by military prosecutors (ARM) is right and undated ('in recent months'), but the target should be the figures close to the president, including a senior adviser (ARM), not Kocharyan himself."),
 6: ([], "Total of 800 killed since January last year: ASSAULT with no named perpetrator and people in Thailand's three provinces (THA); a summed span has no date by the round-20 rule, so unknown is right."),
 7: (['target'], "Target should be Sam Rainsy (KHM), to whom 'his former ally' refers; the present-perfect accusation has no date and the document date is accepted."),
 8: ([], "State of emergency declared by the French government on Tuesday 2005-11-08 (dateline Nov 8): COERCE, no target party named, all right."),
 9: (['source', 'target', 'date'], "MOBILIZE: the mobilised party, the NATO-led peacekeepers (NATO, mainly US troops), should be the source and there is no target (NATO is not acted upon); placed on alert ahead of Friday's announcement, so the date should be 1997-02-14 (Friday) or before, not the document date 1997-02-15."),
 10: (['date'], "Resignation of Madhav Kumar Nepal (NPL) as UML chief is right, but it is reported as this news with no date in the text, so the date should be the document date 2008-04-15, not unknown."),
 11: ([], "Future REQUEST: aides said Sharon (ISR) would press Bush (USA) to sideline Arafat; the pressing has no date in its sentence, so no date is right."),
 12: (['target'], "Gaddafi (LBY) walking out of the summit on Saturday 2004-05-22 is accepted as SANCTION withdraw, but the target should be the Arab League summit (no country) or empty, not Saudi Arabia, which merely stayed away."),
 13: (['event'], "Spurious: Chretien's 'Canadians have asked us to finish the job' is election rhetoric describing the vote, not a request by a political actor; a trained coder codes no REQUEST here."),
 14: (['source'], "The presidents of Central America appealing on Monday 1998-11-09 is right, but the source wrongly adds the United States (USA), which is not in the sentence; the source should be the Central American presidents alone."),
 15: ([], "Netanyahu (ISR) telephoned Arafat (PSE) on the day of the shooting, Wednesday 1997-01-01: CONSULT phone, all right."),
 16: (['target'], "Talks on Monday 1998-08-03 between Aziz (IRQ) and Butler are right, but Butler acts as head of UNSCOM, so his code should be the UN (IGO), not AUS."),
 17: (['source'], "REQUEST from CPJ to the Egyptian government (EGY) is right, but the text gives CPJ's seat ('New York-based'), so by CONVENTIONS (empty only for a body without a seat country in the text) its code should be USA, not empty."),
 18: (['date'], "Pastrana (COL) seeking support for Plan Colombia is a REQUEST with no target named; it was at the two-day summit that ended on Friday, so the date should be 2000-09-01 (Aug 31-Sep 1), not the document date 2000-09-02."),
 19: (['source'], "Sanader (HRV) detained on Friday 2010-12-10 is right (a restatement in a new sentence, not a same-sentence duplicate), but the sentence names the Austrian authorities, who detained him; the source should be Austrian authorities (AUT), not empty."),
 20: (['target'], "Egyptian court (EGY) sentencing on Thursday 2007-09-13 is right, but the target should be the editors of the four newspapers (EGY), named in the sentence, not empty."),
 21: ([], "Medvedev (RUS) condemning the killing: ACCUSE with the perpetrators unnamed (empty target right); no date in the text, document date right."),
 22: (['event'], "Spurious: 'the deal that Annan struck' is a trigger in another sense (making an agreement), not an ASSAULT; the real act would be an agreement (AGREE/SUPPORT: Annan (UN) with Iraq, 1998-02)."),
 23: ([], "Museveni (UGA) calling for faster political integration at Tuesday's ceremony (1999-11-30, equal to the document date): REQUEST with no addressee named, all right."),
 24: ([], "Dagestan's interior minister (RUS) shot dead by a sniper (no country given, empty right) on Friday 2009-06-05: ASSAULT, all right."),
 25: (['source'], "'It' is the final statement of the Iraqi opposition conference, so the source should be the Iraqi opposition groups (IRQ), not Iraq the state; REQUEST, empty target and 2002-12-17 are right."),
 26: (['date'], "Indonesia recalling its ambassador from Australia is right, but the preceding sentence places it when ties plunged in March, so the date should be 2006-03, not unknown."),
 27: (['target'], "Mejia (DOM) congratulating his rival late on Sunday 2004-05-16 is right, but the target should be Leonel Fernandez (DOM), to whom 'his rival' refers, not empty."),
 28: ([], "Chirac (FRA) will travel to Oran on Monday 2003-03-03 during his state visit to Algeria (DZA): future CONSULT visit, all right."),
 29: ([], "US and Britain condemned the attack; the perpetrators are not named in the sentence (empty target right); no date given, document date right."),
 30: (['target'], "UN never recognising the annexation is a negated SUPPORT from the UN with a continuing date, but the move not recognised was Jakarta's annexation, so the target should be Indonesia's government (Jakarta, IDN), not Indonesian troops."),
 31: (['target'], "The 2006 Taipei protest demanded Chen's resignation, aimed at the authorities, so the target should be Chen Shui-bian / the Taiwanese government (TWN), not the Taipei District Court."),
 32: (['date'], "Yudhoyono (IDN) accusing Canberra (AUS) is right, but this happened when ties plunged in March (previous sentence), so the date should be 2006-03, not the dateline day 2006-11-13."),
 33: (['target'], "Georgian offensive on the night of 2008-08-07 is right, but the offensive was aimed at South Ossetia, named in the sentence ('South Ossetia's capital'), so the target should be South Ossetia (the separatist authorities, GEO), not empty."),
 34: ([], "Long-standing accusations of abuses against Indonesian security forces (IDN) with the accusers unnamed; an ongoing act takes the report's date (dateline Nov 13 accepted); all right."),
 35: (['target'], "Aziz's (IRQ) demand at Monday's talks 1998-08-03 is right, but 'he' in the sentence is Butler, so the target should be Richard Butler (UNSCOM, UN), not empty."),
 36: (['source'], "The accusation against both sides (army and FNL, BDI) is right with an ongoing date, but the text does not say the rights groups are Burundian, so their code should be empty, not BDI."),
 37: (['target', 'date'], "Haider's campaigning 'against the cosy power-sharing' is criticism of the two big parties (Social Democrats and People's Party, AUT), not of the EU; the campaign preceded the 3 Oct 1999 vote, so it has no single date rather than the election day."),
 38: ([], "EU governments agreeing on Thursday 2008-06-19 to lift diplomatic sanctions on Cuba (CUB): CONCEDE (CAMEO 081), all right."),
 39: (['source', 'date'], "The ministers are EU ministers (EUR), not Cuban; agreed at Thursday's meeting reported as this news, so the date should be 2008-06-19, not unknown."),
 40: ([], "Gates (USA) pressing Beijing (CHN) for closer military contacts is an ongoing REQUEST and takes the document date; all right."),
 41: ([], "Rugova (Kosovo) welcoming the choice of Ahtisaari: SUPPORT; 'the choice' is an act, not a party, so an empty target is accepted; no date given, document date right."),
 42: (['target'], "Pujol's call (no date given, document date right) is a REQUEST from ESP, but the target should be the Catalans (ESP), named in the sentence, not empty."),
 43: (['source'], "KNU's 'we have not surrendered' is a negated RETREAT, but the Karen National Union is a Burmese rebel group, so its code should be MMR, not THA."),
 44: ([], "Jordan (JOR) calling off the Palestinian foreign minister's visit on Tuesday 2006-04-18 is SANCTION toward the Hamas-led Palestinian government (PSE); right, though the name is clipped ('led Palestinian government')."),
 45: (['type'], "Sri Lanka suspending all flights to the Jaffna peninsula after the shoot-downs cuts no relations with any party; it is at most a restriction on movement (COERCE restrict), not SANCTION; the other fields are right."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 45 and sorted(V) == [it['n'] for it in items]
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        v = {f: (f not in wrong) for f in F}
        if not v['event']:
            v = {f: False for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
# checks
outs = [json.loads(l) for l in open('events-d.jsonl')]
assert len(outs) == 45
for a, b in zip(items, outs):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']
    assert v['all'] == all(v[f] for f in F)
    if not v['event']:
        assert not any(v.values())
counts = {f: sum(o['verdict'][f] for o in outs) for f in F + ['all']}
print(counts)
