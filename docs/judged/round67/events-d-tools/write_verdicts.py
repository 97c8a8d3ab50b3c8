"""Write events-d.jsonl (judge d, round 67) from the hand verdicts below and check it.
Each verdict: n -> (event, type, source, target, date, modality, reasons)."""
import json
HERE = '/work/wt/j67d/docs/judged/round67/'
T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Gunmen (no country in the text) attacked India's parliament in December 2001 (the December before the May 2002 report); all fields right."),
 2: (T,T,F,F,T,T, "'he' is the mutiny leader Brigadier Ansumane Mane (GNB military), so the source should be Mane, not Vieira; the target of the call to resign is President Joao Bernardo Vieira (GNB), not empty. Undated message reported as this news: document date is fine."),
 3: (T,T,T,T,T,T, "Israeli troops killed protesters at the Lebanese border 'earlier in the day' of the Saturday raid (2000-10-07); protesters marching in Lebanon taken as LBN; attribution to Lebanese officials keeps it asserted."),
 4: (T,T,T,T,T,T, "Passive arrest with no agent in the sentence: empty source is right by the rules; Strasser (SLE) arrested on Tuesday 1996-01-16."),
 5: (T,T,T,T,T,T, "Annan's coordinated appeal/urging is a REQUEST; 'all sides' is the named target of the 'urged' clause and the release appeal names no party, so the merged event is accepted (a coder would split it into two acts, the release appeal going to Hezbollah from context)."),
 6: (T,T,T,T,T,T, "Machimura (JPN) expected to visit Beijing next weekend: future CONSULT, ISO week 15 weekend (16-17 April 2005) is right, reported by diplomats."),
 7: (T,T,T,T,F,T, "France dropping its objections is a CONCEDE with no party named as recipient; but the text gives no date for it, only that it came before the March 2020 EU agreement, so the date should be empty/unknown rather than 2020-03."),
 8: (T,T,T,T,T,T, "Protests by lawyers and teachers in 2016 with no aim named in the sentence: Cameroon as target is right by the home-protest rule; date 2016 right."),
 9: (T,T,F,T,T,T, "'It' is the Polisario Front, but it is the Western Sahara independence movement, so its country should be Western Sahara (ESH), not MAR (the text stresses it seeks independence from Morocco); target Morocco and date right."),
 10: (T,T,T,T,T,T, "Detentions after the foiled coup (presupposed in the sentence); passive with no agent so empty source is acceptable; the people detained (NER; label 'how many people' is clumsy but the party is right); document date right."),
 11: (F,F,F,F,F,F, "Spurious: 'are stationed' describes a standing presence of Indian personnel, not a move, deployment or increase of forces, so there is no MOBILIZE act to code."),
 12: (T,T,T,T,T,T, "State Department (USA) called on Russia to respect freedom of assembly: REQUEST USA->RUS on the Monday of the report; right."),
 13: (T,T,T,T,T,T, "Mutual CONSULT between Biden (USA) and Putin (RUS) on 2021-06-16; right."),
 14: (T,T,T,T,T,T, "Death toll of the East Timor unrest since March/April: ASSAULT with no source, target people (TLS), a toll summed over a span so no date is right."),
 15: (T,T,T,T,T,T, "Yeltsin (RUS) and NATO leaders signed the Founding Act on Tuesday 1997-05-27: mutual SUPPORT; right."),
 16: (T,T,T,T,F,F, "The Hebron withdrawal is only agreed (Israeli forces 'will pull out ... within ten days'): the RETREAT is future, not asserted, and has no date of its own (1997-01-15 is the date of the agreement, already coded as e1 AGREE)."),
 17: (T,T,T,F,T,T, "Musharraf's January 2002 pledge is AGREE, but the sentence names India as the party it is made to/about ('not be used for attacks on India'), so the target should be India (IND), not empty."),
 18: (T,T,T,T,T,T, "Atmar (AFG) and Cunningham (USA) signed the BSA on Tuesday 2014-09-30: mutual SUPPORT; right."),
 19: (T,T,T,T,T,T, "Tang Jiaxuan (CHN) summoned the U.S. ambassador to lodge a protest: ACCUSE (official complaint) CHN->USA, on the Saturday of the report; right."),
 20: (T,T,F,T,T,T, "'He' is Sisi (EGY), whose televised address is quoted in the previous sentence, not Ahmed Tantawy; the pledge of economic reform is AGREE with no target, document date right."),
 21: (T,T,F,T,F,T, "The accusation is made by the Houthis (YEM rebels), so the source should be the Houthis, not Saudi Arabia; the rebels' statements were given 'on Thursday' (lead), so the date should be 2009-11-05, not the Friday document date."),
 22: (T,T,T,T,T,T, "Lebed's estimate of up to 80,000 killed since December 1994: a summed toll, so no date is right; 'may have been killed' taken as the text's hedge (hypothetical; asserted would also be defensible)."),
 23: (T,T,T,T,F,T, "PJD (MAR) accused the interior ministry (MAR): right parties, but this is a campaign-time background act told in the past tense ('The campaign was one of the most bitter...'), before the election; it should have no date (before 2016-10-07), not the document date."),
 24: (T,T,T,T,T,T, "Machimura (JPN) summoned ambassador Wang Yi (CHN) and told him Beijing failed in its duty: ACCUSE, Sunday 2005-04-10 as the lead; right."),
 25: (T,T,T,F,T,T, "Students (CHN) rioting with stones on Saturday 1999-05-08: PROTEST riot right, but the sentence names the protest's aim, the U.S. and British diplomatic missions, so the target should be the U.S. (USA) and Britain (GBR), not empty."),
 26: (T,T,T,T,T,T, "Alkatiri (TLS) resigned on Monday 2006-06-26: RETREAT resign, empty target acceptable for a resignation; right."),
 27: (T,T,T,T,T,T, "Shabaab militants (SOM rebels; the label 'linked Shabaab militants' is clipped but the party is right) pulled out of Kismayo on Saturday 2012-09-29; right."),
 28: (T,T,T,T,T,T, "Ghani's quote 'we signed this agreement': SUPPORT by Afghanistan's government (Ghani, AFG), the U.S. not named in the sentence so empty target is right; document date right."),
 29: (T,T,T,T,F,T, "Saudi (SAU) aerial bombing of areas in Yemen (YEM): right type and parties, but the bombing was reported by the rebels on Thursday (lead), so it cannot take the Friday document date; date should be 2009-11-05 or earlier, not 2009-11-06."),
 30: (T,T,T,F,F,T, "Putin's conditional ceasefire offer is a CONCEDE made (asserted), but it is directed at Ukraine, named in the sentence, so target should be Ukraine (UKR); 'on the eve of the summit' (summit 15-16 June) gives 2024-06-14, not 2024-06-16."),
 31: (T,T,T,T,T,T, "U.S. (USA) fired cruise missiles at Iraqi (IRQ) air defence sites on Wednesday 1996-09-04; right."),
 32: (T,T,T,F,T,T, "Mourners (PSE) marched on Tuesday calling for revenge for Mustafa's killing: the aim is a death/revenge on Israel, not the Palestinian authorities, so by the home-protest rule the Palestinian government is wrong; target should be empty (or Israel)."),
 33: (T,T,T,F,T,T, "Senegalese and Guinean troops fought rebel soldiers: the target should be the mutinous rebel soldiers (GNB), not the Senegalese and Guinean troops themselves; 'fought X' is not a mutual event of the conjoined subjects."),
 34: (F,F,F,F,F,F, "Spurious: a party expected to propose a candidate for prime minister is an internal nomination, not a PLOVER act (and the source would be Fretilin, not Alkatiri)."),
 35: (T,T,T,T,F,T, "Interpol's request to Manila is a REQUEST (reported by Marcos), but it is a background act preceding Tuesday's arrest; it should be undated (before 2025-03-11), not the document date 2025-03-12."),
 36: (T,T,T,T,F,T, "Killing of the woman's brother in Calama (CHL; label 'whose brother' is clumsy but right), no agent in the sentence; but the text dates it: 'after 27 years' and the Caravan of Death of October 1973, so the date should be 1973 (1973-10), not unknown."),
 37: (T,T,F,T,T,T, "'It' is Libya (its letter), so the source should be Libya (LBY), not the United Nations; AGREE with no target on Friday 2003-08-15 is right."),
 38: (T,T,T,T,F,T, "Protests over the disputed election result: demonstrators (ALB) against the state is right, but 2009 is the year of the result, not of the protests; the text dates them only by their end in January 2011 (2011-01)."),
 39: (T,T,T,T,T,T, "U.N. envoy (UNO) praised the vote's technical conduct: SUPPORT with no party named as target, undated reaction takes the document date; right."),
 40: (T,T,T,T,T,T, "Zapatistas (MEX) seizing towns in Chiapas on 1 Jan 1994: armed seizure of ground is ASSAULT by the conventions; target Mexico, date right."),
 41: (T,T,T,T,T,T, "Sudan (SDN) said it would ask the UN Security Council: future REQUEST with no date of its own; right."),
 42: (T,T,F,T,T,T, "Shooting of Armed Police chief Shrestha (NPL) on 2003-01-26 (three days before Wednesday's announcement) is right, but the 'suspected Maoist gunmen' are plainly Nepal's Maoist rebels, so the source country should be NPL, not empty."),
 43: (T,T,T,T,F,T, "India (IND) expelled Pakistani (PAK) military advisers: right, but this was a reaction to the April 22 attack, a background act of late April 2025; it should be undated (after 2025-04-22), not 2025-05-07."),
 44: (T,T,T,F,T,T, "Prabowo's witnesses (IDN) walked out of the tally (walk-out accepted as SANCTION withdraw) on Tuesday 2014-07-22; the sentence names the party walked out on, the election commission, so target should be Indonesia's election commission (IDN), not empty."),
 45: (T,T,T,T,T,T, "Russia (RUS) welcomed the agreement: SUPPORT, no party named, document date right."),
 46: (T,T,T,T,F,T, "Mutual CONSULT between Pashinyan (ARM) and Aliyev (AZE) is right, but the meeting was at the Thursday summit in Prague (late-night talks, statement 'early on Friday', 'Earlier on Thursday'), so the date should be 2022-10-06, not 2022-10-07."),
 47: (T,T,F,F,T,T, "The 2000 Geneva meeting is a CONSULT dated 2000, but the sentence names the two presidents, so source and target should be Bill Clinton (USA) and Hafez al-Assad (SYR), not generic 'American/Syrian presidents' groups."),
 48: (T,T,T,T,F,T, "Aid agencies' estimate of several thousand killed in the civil war since June: a summed toll has no date by the conventions, so 1997-10-16 is wrong (should be empty)."),
 49: (T,T,T,T,T,T, "March towards Bolotnaya under 'Russia without Putin' on Sunday 2012-05-06: a protest aimed at the authorities, so the Kremlin (RUS government) target is right."),
 50: (F,F,F,F,F,F, "Spurious: the Comoros' 1975 declaration of independence from France is background with no PLOVER type, and as coded (a REQUEST for institutional change by South Africa) nothing in the sentence matches; even if held, source should be the Comoros (COM)."),
}

items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50
out = []
for it in items:
    e, ty, s, t, d, m, why = V[it['n']]
    if not e:
        ty = s = t = d = m = False
    rec = dict(it)
    rec['verdict'] = {'event': e, 'type': ty, 'source': s, 'target': t, 'date': d, 'modality': m,
                      'all': all([e, ty, s, t, d, m])}
    rec['reasons'] = why
    out.append(rec)
with open(HERE + 'events-d.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
# checks
back = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
keys = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({k: sum(r['verdict'][k] for r in back) for k in keys})
for k in keys[1:6]:
    print(k, 'wrong:', [r['n'] for r in back if r['verdict']['event'] and not r['verdict'][k]])
