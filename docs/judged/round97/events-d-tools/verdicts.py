"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, then check them.
Fields per item: event, type, source, target, date, modality (1 = right, 0 = wrong); reasons."""
import json

T = 1; F = 0
V = {
 1: (T,T,F,F,T,T, "Declaring a ceasefire is CONCEDE and Monday is 2000-07-24, but Hizbul Mujahideen is a Kashmiri group fighting Indian rule, so the source should be coded IND, not left without a country; the target should be India (IND), which the sentence names ('fighting Indian rule', 'New Delhi')."),
 2: (T,T,T,T,T,T, "'Japan would not accept any attempt to try the crew under Russian law' is a refusal; a negated AGREE is allowed, in the same way the rules allow 'refused to withdraw' as a negated RETREAT. Japan -> Russia and the report date (Wed 2006-08-16) are right."),
 3: (T,T,T,F,T,T, "Criticising Anwar's trials as tainted is ACCUSE by Western governments (no country, undated background), but Anwar is the victim, not the party criticised; the target should be the Malaysian government/judiciary (MYS) that tried him, or empty."),
 4: (T,T,T,T,T,T, "Syria's withdrawal of its last troops in April 2005 is RETREAT withdraw. Lebanon is named only in the previous sentence, so an empty target is right under the rules."),
 5: (T,T,T,T,T,T, "Rights groups (no country given) accuse the Sri Lankan army (LKA). The present-tense, ongoing accusation takes the document date."),
 6: (T,T,T,T,F,T, "Murtaza ACCUSE Benazir's government (PAK) is right, but 1993 is the year he returned from exile, not when he made the accusations. The accusations are an undated background act between 1993 and his death, so there should be no date."),
 7: (T,T,T,T,F,T, "The failure to agree is a mutual negated AGREE (ARM/AZE), but the talks were 'on Friday', so the date should be 2011-06-24, not the document date 2011-06-25 (a Saturday)."),
 8: (T,T,T,T,T,T, "An invitation to begin accession talks is AGREE. NATO -> Montenegro (MNE), and Wednesday is 2015-12-02."),
 9: (T,T,T,F,T,T, "Voters approving the constitution is SUPPORT (approve policy) on Sunday 2020-11-01, but the sentence names the party whose reform was approved, so the target should be President Tebboune/the Algerian government (DZA), not empty."),
 10: (T,T,T,T,T,T, "The November 2020 killing of Iran's top nuclear scientist in an ambush is ASSAULT. The sentence names no perpetrator, so an empty source is right."),
 11: (T,T,T,T,T,T, "India blamed the Nadimarg massacre on 'militants backed by Pakistan'. Pakistan is accepted as the party accused of backing them. This is an undated background accusation, so no date is right."),
 12: (T,T,F,T,F,T, "'The government' calling on Chadians to mobilise is Chad's government: the source should be the Chad government (TCD), not Sudan. This is the statement the lead dates 'on Friday', so the date should be 2005-12-23."),
 13: (T,T,T,T,T,T, "An apology is SUPPORT (CAMEO 055). Putin (RUS) -> Aliyev (AZE) on Saturday 2024-12-28."),
 14: (T,F,T,F,T,T, "A court approving an arrest warrant is not verbal SUPPORT. It authorises the coercive act, so the type should be COERCE (arrest warrant) and the target should be Roh Tae-woo (KOR), who is named in the sentence. The court (KOR) and Wednesday 1995-11-15 are right."),
 15: (T,T,T,T,T,T, "Rajapaksa thanking voters is SUPPORT (praise), LKA -> LKA voters, reported as this news (document date)."),
 16: (T,T,T,T,T,T, "The assassination of Ndadaye by Tutsi paratroopers in October 1993 is correctly coded in every field."),
 17: (T,T,T,T,T,T, "Officials installed by the Tripoli council taking over the central bank's headquarters is authorities seizing property (COERCE seize), LBY -> Central Bank of Libya, on Monday 2024-08-26."),
 18: (T,T,T,T,T,F, "Lula -> Zelenskiy CONSULT is right, but 'the meeting did not take place', so the modality is negated, not future. No date is accepted because the text gives the planned meeting no date."),
 19: (T,T,T,F,T,T, "The October 2015 Podgorica protest is PROTEST demo by Democratic Front supporters (MNE), but it demanded Djukanovic's resignation. The target should be Djukanovic/the Montenegrin government (MNE), not empty."),
 20: (T,T,T,T,T,T, "The act inside Kabila's accusation (Rwanda backing the mutineers) is correctly reported, and it is not a duplicate of the ACCUSE. Unspecified 'backing' is accepted as SUPPORT, although material backing would be AID. Ongoing, so the document date is right."),
 21: (T,T,T,T,T,T, "Armed forces seizing a city is ASSAULT under the rules. Dissident soldiers (COD) -> Congo, Wednesday 2004-06-02."),
 22: (T,T,T,F,T,T, "The Hutu-led opposition parties (BDI) accusing Nyerere of bias is ACCUSE, undated background. Nyerere is Tanzanian ('Tanzania's Julius Nyerere'), so the target should be coded TZA, not BDI."),
 23: (T,T,T,T,T,T, "Gaddafi demanding compensation for Africa is REQUEST on Wednesday 2009-09-23. The sentence does not name who should pay, so an empty target is right."),
 24: (T,F,T,F,T,T, "Ordering one's own forces to suspend offensive operations against Hizbul is a ceasefire toward the group. The type should be RETREAT ceasefire (or CONCEDE), not a REQUEST to India's own forces, and the target should be Hizbul Mujahideen ('the group'), coded IND. India and 24 July (the story's own date) are right."),
 25: (T,T,T,T,F,T, "Bhutan's agreement to be guided by India is an AGREE under the 1949 treaty. It is a background act, so the date should be 1949, not the document date."),
 26: (T,T,F,F,T,T, "Severing the church's ties to the Russian church is acceptable as SANCTION on Saturday 2019-01-05. But Bartholomew is the Istanbul-based Ecumenical Patriarch, not Ukrainian (TUR or empty, not UKR), and the ties were cut with the Russian Orthodox Church (RUS), which should be the target instead of the Ukrainian church."),
 27: (T,T,F,T,T,T, "Ordering an inquiry is ACCUSE investigate on Sunday 2025-03-09, and an empty target is right. The source, though, is split into 'Ahmed al' (SYR) and 'Sharaa' (no country); it should be one actor, Ahmed al-Sharaa (SYR)."),
 28: (F,F,F,F,F,F, "Spurious: Sanader saying he 'would not give up' expresses determination to pursue EU membership and is not a concession to anyone. The act in the sentence would be his disappointment (ACCUSE disapprove toward the EU)."),
 29: (T,T,T,T,T,T, "Turkey objecting to the Armenian Constitutional Court's ruling is ACCUSE disapprove, TUR -> ARM. 'In January' can attach to the objection, so 2010-01 is accepted."),
 30: (T,T,T,T,T,T, "Vranitzky (Austrian, named as such) urging the Albanian parties to accept the outcome is REQUEST, reported as this news."),
 31: (T,T,T,T,F,T, "The UN resolutions condemning Russia's invasion are ACCUSE, UN -> RUS. They are a background act from 2022-23 with no date in the text, so they should have no date, not the document date."),
 32: (T,T,T,T,T,T, "Fernandez 'will keep pressing Britain' over the Falklands is a future REQUEST, ARG -> GBR, undated."),
 33: (T,T,T,T,T,T, "Police shooting a protester dead 'last Friday' is ASSAULT firearms, TUN police -> protester, 2010-12-24."),
 34: (T,T,T,T,T,T, "Dozens rounded up is COERCE arrest. The passive has no agent, so an empty source is right. The target is people in Doha (QAT), reported on Tuesday 1996-02-20."),
 35: (T,F,F,F,T,T, "This is protesters camping outside Yunus's residence to demand the ban. The type should be PROTEST (a protest making a demand), the source the protesters (BGD), and the target Yunus/the interim government (BGD). Yunus is the addressee, not the actor."),
 36: (T,T,T,T,T,T, "Aristide thanking voters is SUPPORT (praise), HTI -> HTI voters, reported as this news."),
 37: (T,T,T,T,T,T, "About 40 attackers arrested is COERCE arrest. The passive has no agent, and the attackers were foreigners and Congolese, so empty codes are right. Sunday is 2024-05-19."),
 38: (T,T,T,T,T,T, "Moscow sending forces back into Chechnya in 1999 is a deployment (MOBILIZE troops), dated 1999."),
 39: (T,T,T,T,F,T, "Vietnam's occupation of Cambodia is ASSAULT under the rules, but it is a background act from 1979 onward ('for a decade after ... 1979'). The date should be 1979 (or none), not the document date."),
 40: (T,T,T,T,T,T, "Somalia filing the case is ACCUSE (suing) in 2014. Kenya is not named in the sentence, so an empty target is right."),
 41: (T,T,T,T,F,T, "Iran blaming sabotage for last July's fire is ACCUSE. That blame belongs to July 2020, not the document date, so the date should be 2020-07 (or none)."),
 42: (T,T,T,T,T,T, "The Friday (2019-09-20) street protests chanting 'Leave, Sisi' are PROTEST against the authorities, so Egypt's government is a right target."),
 43: (T,T,T,T,F,T, "BJP -> Indian government ACCUSE is right, but this is the criticism the lead says came 'within hours' of Thursday's statement. The date should be 2009-07-16, not the document date 2009-07-17."),
 44: (T,T,F,F,T,T, "The mutual promise is AGREE on Saturday 1995-05-06, but Savimbi is Angolan (AGO, not ZMB). In a mutual act the other party, dos Santos (AGO), should be the target."),
 45: (T,T,T,F,T,T, "Pyongyang's February 2012 promise to suspend tests is AGREE, but it was made to Washington in the food-aid deal named in the sentence, so the target should be the United States (USA)."),
 46: (T,T,T,F,T,T, "The standing charge against Mladic is ACCUSE (ongoing, so the document date is right), and the tribunal is not named, so an empty source is right. Mladic is a Bosnian Serb commander, so his country should be BIH, not SRB."),
 47: (T,T,T,T,T,T, "Bouteflika's resignation in April 2019 is RETREAT resign."),
 48: (T,T,T,T,T,T, "Lodging a strong protest with the Russian ambassador is an official complaint (ACCUSE), JPN -> RUS ambassador, on the news day 2006-08-16."),
 49: (T,T,T,T,T,T, "Buyoya welcoming Mandela's appointment is SUPPORT (BDI) on Wednesday 1999-12-01. 'The appointment' is not a party, so an empty target is right."),
 50: (T,T,T,F,F,T, "Islamabad's accusation is that India supports separatists, so the target should be India (IND), not the separatists (who are Baloch, PAK). A 'long-standing' accusation still maintained takes the document date (2009-07-17), so no date is wrong."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        e, ty, s, t, d, m, why = V[it['n']]
        v = dict(event=bool(e), type=bool(ty), source=bool(s), target=bool(t), date=bool(d), modality=bool(m))
        if not e:
            v = {k: False for k in v}
        v['all'] = all(v.values())
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h26-x99-02", "coder_events": [
   "ASSAULT: Pakistani police (PAK) -> Murtaza Bhutto (PAK) and several supporters, shot dead outside his Karachi home, 1996-09-20"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the shooting with the right type and arguments. The supporters killed with him are part of the same act."},
 {"doc": "h26-x98-13", "coder_events": [
   "CONCEDE: King Abdullah (SAU) -> Saudi women (SAU), promise that women will be allowed to vote, stand in municipal elections and join the Shura Council (easing restrictions on political freedoms, future), 2011-09-25"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph."},
 {"doc": "h26-x98-18", "coder_events": [
   "COERCE: Israel's parliament (ISR) -> Palestinian landowners (PSE), law retroactively legalising settler homes on private Palestinian land (state takeover of land), 2017-02-06",
   "ACCUSE: Palestinians (PSE) -> Israel (ISR), condemnation of the law, 2017-02-07",
   "ACCUSE: United Nations (UNO) -> Israel (ISR), condemnation of the law, 2017-02-07",
   "ACCUSE: European governments (no single code) -> Israel (ISR), condemnation of the law, 2017-02-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph. Passing the law is borderline: I code it because the law lets the state take over private Palestinian land. The three condemnations are separate acts because they have separate sources."},
 {"doc": "h26-x100-01", "coder_events": [
   "COERCE: (unnamed authorities) -> Roh Tae-woo (KOR), arrested and taken to a detention centre, 1995-11-16",
   "ACCUSE: prosecutors (KOR) -> Roh Tae-woo (KOR), accused of collecting bribes, 1995-11-16"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found both acts with the right types."},
 {"doc": "h26-x99-24", "coder_events": [
   "ASSAULT: armed men (COD/unknown) -> senior politician Vital Kamerhe (COD), attack on his home, 2024-05-19",
   "ASSAULT: armed men -> Congo presidency (COD), briefly occupied the presidential offices in Kinshasa, 2024-05-19",
   "ASSAULT: Congolese security forces (COD) -> coup ringleader, U.S.-based Congolese opposition figure (COD), killed, 2024-05-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found only the attack on the home. The occupation of the presidential offices (armed seizure = ASSAULT) and the killing of the ringleader were missed. I treat the army's thwarting of the coup as made up of these acts, not as a separate act."},
 {"doc": "h26-x100-04", "coder_events": [
   "RETREAT: President Raul Cubas (PRY) -> Lino Oviedo (PRY), commuted his 10-year prison sentence (release of a prisoner), 1998-08-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph. The 'clash with Congress and the courts' is only anticipated, so it is not an act."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
outl = [json.loads(l) for l in open('events-d.jsonl')]
assert len(outl) == 50
for it, o in zip(items, outl):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
pars = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(pars) == 6 and [p['doc'] for p in pars] == [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
for p, src in zip(pars, [json.loads(l) for l in open('paragraphs-d.jsonl')]):
    assert p['dateline_events'] == len(src['events'])
for k in ('event', 'type', 'source', 'target', 'date', 'modality', 'all'):
    print(k, sum(o['verdict'][k] for o in outl), '/ 50')
print('paragraphs: coded', sum(len(p['coder_events']) for p in pars), 'found', sum(p['found'] for p in pars),
      'dateline', sum(p['dateline_events'] for p in pars), 'spurious', sum(p['spurious'] for p in pars))
