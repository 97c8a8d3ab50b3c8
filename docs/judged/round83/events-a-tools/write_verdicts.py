# Writes events-a.jsonl from the judge's verdicts below (fields set False are listed per item).
import json
F = {  # n: (set of wrong fields, reasons)
 1: ({'type','target'}, "Uganda's troops 'backing rebels' in Congo is material military backing, PLOVER AID (SUPPORT is verbal only); source Uganda is right though Rwanda shares the act; target should be the Congolese rebels fighting Kabila (COD), not UGA."),
 2: ({'target'}, "Signing the accession treaty is SUPPORT and the 2003-W16 'last week' date is right, but the sentence names the counterpart: target should be the European Union, not empty."),
 3: ({'target'}, "ACCUSE by Libya's House of Representatives is right, but the same sentence names the party condemned and branded: target should be Libya Dawn and its allies (LBY), not empty."),
 4: (set(), "Washington's (ongoing) threats to attack Baghdad: THREATEN USA -> Iraq, document date for an act still going on; all right."),
 5: (set(), "Fogh Rasmussen calling the attacks unacceptable is ACCUSE; 'the attacks' names no party, so an empty target is right; document date right."),
 6: (set(), "Kostov thanking voters is SUPPORT (praise) toward Macedonian voters; document date right."),
 7: (set(), "Singh and Musharraf met: mutual CONSULT, dated Saturday 2006-09-16 from the lead; all right."),
 8: ({'target'}, "Detention of leading politicians after Gyanendra's takeover: COERCE arrest, empty source right (passive) and the 2005-02-01 date follows the text, but the politicians are Nepalese: target should be NPL, not IND."),
 9: (set(['date']), "Police tear gas on protesters is ASSAULT crowd-control with the right parties, but it happened at the rally 'five days' before Thursday's walkout: date should be 2019-02-16, not the document date."),
 10: ({'target'}, "Washington urging 'both sides' to respect the ceasefire is REQUEST, but the sides are Nkunda's CNDP rebels and the Congolese government (both COD); Rwanda is not a side, so the target is wrong."),
 11: ({'target','date'}, "ACCUSE by Iranian officials is right, but the sentence names who was blamed: target should be 'foreign powers' (no code); the blame is reported as this news, so the date should be the document date 2009-10-18, not none."),
 12: ({'target'}, "Hypothetical arrest of Assange (COERCE, no date, empty agent) is coded right except the target's country: Assange is Australian (AUS), not ECU."),
 13: ({'target'}, "'Had not approved attacks on embassies' can stand as a negated SUPPORT by the Syrian authorities, but what was not approved is the attacks, i.e. the protesters/attackers (or no target); the embassies are the victims, so the target is wrong."),
 14: ({'type','source','target','date','modality'}, "Toledo 'said Fujimori should resign at once' is a demand: REQUEST (change) from Alejandro Toledo (PER) to Alberto Fujimori (PER), asserted, dated the document date 2000-09-17; coding Fujimori's hypothetical RETREAT is wrong in type, source, target, date (none) and modality."),
 15: (set(), "China urging Pyongyang to stop is REQUEST China -> North Korea, same-day document date; all right."),
 16: (set(), "Opposition politicians accusing Pashinyan: ACCUSE ARM -> ARM, Saturday 2024-04-20; all right (sector GOV is off but only the country is scored)."),
 17: ({'target'}, "Iran's Foreign Ministry criticising the 'unacceptable behaviour of a small number of protesters' is ACCUSE, but the protesters are named in the sentence: target should be the Iranian protesters (IRN), not empty."),
 18: (set(), "Britain condemning the killings: ACCUSE, no party named so empty target right; document date right."),
 19: ({'target'}, "The Jordanian soldier shooting dead seven Israeli schoolgirls is ASSAULT firearms with no exact date in the text (none is right), but the party shot is the schoolgirls (ISR civilians), not the state of Israel."),
 20: (set(), "Pakistan condemning the attack: ACCUSE, perpetrators not named in the sentence, document date; all right."),
 21: (set(), "Prosecutors opening a terrorism investigation: ACCUSE investigate, no party named, document date; all right."),
 22: ({'target','date'}, "UN blaming Denktash is ACCUSE, but Denktash is the Turkish Cypriot leader: code CYP (Turkish Cypriot), not TUR; and the blame is a background act from the collapse of the Hague talks six weeks earlier, so it should have no date, not the document date."),
 23: (set(), "US, France and Germany denouncing the assault: ACCUSE; 'it' is the assault, not a party, so empty target right; not a duplicate of the UNSC event; all right."),
 24: (set(), "Lebanese ministers accusing Iran and Syria of orchestrating a coup: ACCUSE LBN -> IRN, SYR; all right."),
 25: (set(), "Sri Lankan ministers accusing 'him' (Cameron): ACCUSE LKA -> GBR, document date; all right."),
 26: (set(), "Hardline lawmakers praising the storming: SUPPORT, 'the action' is an act not a party so empty target is acceptable; all right."),
 27: ({'date'}, "Papadopoulos urging his people to show restraint is REQUEST CYP -> Greek Cypriots, but it is reported as this news with no date in the text: date should be the document date 2003-04-24, not none."),
 28: (set(), "'At least 25 people have been killed ... since the protests began' is a total summed over a span: ASSAULT with no date, no agent; all right."),
 29: (set(), "Jiang and Obuchi agreeing on a joint declaration: mutual AGREE, Thursday 1998-11-26; all right."),
 30: ({'target'}, "Ankara closing the border in 1993 is COERCE restrict dated 1993, but the border is Armenia's, named in the sentence: target should be Armenia (ARM); Azerbaijan is the party Turkey acted in solidarity with."),
 31: (set(), "BNP (ongoing) demand that Hasina step down: REQUEST BGD -> BGD, document date; all right."),
 32: ({'date'}, "Turkey's proposal of a regional forum is AGREE (offer); Russia is one of the parties it is addressed to (the three South Caucasus states are omitted); but 'has proposed' is a background act of an earlier, undated time, so it should have no date rather than the document date."),
 33: ({'type','target'}, "Police storming the party's headquarters (to arrest Melia) is a police raid, COERCE seize under the conventions, not ASSAULT; 'the party' is 'its' party, the United National Movement (GEO), not the ruling Georgian Dream; date 2021-02 is right."),
 34: (set(), "France criticised by Gbagbo's camp: ACCUSE CIV -> FRA, ongoing criticism takes the document date; Gbagbo for 'Gbagbo's camp' accepted; all right."),
 35: (set(), "AU council giving Bujumbura 96 hours to accept the mission is an ultimatum (CAMEO 139, THREATEN); AU -> Burundi government, 'last week' = 2015-W51; all right."),
 36: (set(), "Gunmen storming the Buhoma camp: ASSAULT, 'gunmen' with no country in the sentence, the camp is no party so empty target right, Monday = 1999-03-01; all right."),
 37: (set(), "Palestinian youths stoning Israeli soldiers in a clash over the building: PROTEST riot accepted (ASSAULT primitive also defensible); Tuesday 1997-03-18; all right."),
 38: (set(), "Cameron warning Rajapaksa he would push for an international inquiry unless Colombo acts: THREATEN GBR -> LKA, document date; all right."),
 39: ({'target'}, "The Syrian government blaming 'infiltrators' is ACCUSE, but the blamed group is named in the sentence: target should be 'infiltrators' (no code), not empty."),
 40: ({'source'}, "Welcoming the removal of hostile elements is SUPPORT dated the 2007-07-31 session, but the speaker is Sudan's U.N. ambassador / Sudan government (SDN), not the United Kingdom government."),
 41: ({'target'}, "Jiang 'is to travel to Sendai and Sapporo' can stand as a future CONSULT visit with no date, but Sendai and Sapporo are places, not parties: target should be Japan (JPN) as host, or empty."),
 42: ({'target'}, "India summoning the Maldivian envoy to lodge a protest is ACCUSE (complain officially) on Monday 2024-01-08, but the target is named: the Maldivian high commissioner (MDV), not empty."),
 43: ({'source','date'}, "Muizzu asking India to withdraw its troops is REQUEST, but Muizzu is the Maldivian president (MDV, not IND), and the request came 'after taking office in November': date should be 2023-11, not 2023-09 (the run-off)."),
 44: ({'type','target'}, "Machar 'warned that the government must also withdraw foreign troops' states a demand with no threatened consequence: REQUEST, not THREATEN; 'the government' is Kiir's South Sudan government (SSD), not a 'transitional government' that does not yet exist."),
 45: (set(), "Lawmakers having earlier called for foreign intervention: REQUEST with no addressee named and an undated earlier time (none); all right."),
 46: ({'target','date'}, "North Korea promising to study Perry's approach is AGREE, but the promise was made to Perry, named in the sentence ('he'): target should be William Perry (USA); it was made during the talks that ended Friday 1999-05-28, so the document date (Saturday) is wrong."),
 47: (set(), "Turkey hosting 3.6 million Syrian refugees: an ongoing grant of refuge, AID (CAMEO 075), document date; all right (borderline as an event, accepted)."),
 48: ({'target'}, "The two army chiefs met: CONSULT, dated the Thursday the talks ended; but the counterpart is Syria's General Hikmat al-Shihabi (SYR); Christopher was the go-between, not the party met."),
 49: ({'type','source','target','date','modality'}, "Khamenei saying the Saudi government 'should ... accept its responsibility and apologise' is a demand: REQUEST from Ali Khamenei (IRN) to the Saudi government (SAU), asserted, dated Saturday 2015-09-26; the hypothetical Saudi CONCEDE is wrong in type, source, target, date (none) and modality."),
 50: (set(), "Kadyrov blaming 'bandits paid from abroad': ACCUSE RUS -> bandits (RUS defensible: Chechen fighters), document date; all right."),
}
FIELDS=['event','type','source','target','date','modality']
items=[json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items)==50
with open('events-a.jsonl','w') as out:
    for it in items:
        wrong, reason = F[it['n']]
        v={f: f not in wrong for f in FIELDS}
        if not v['event']:
            v={f: False for f in FIELDS}
        v['all']=all(v[f] for f in FIELDS)
        o=dict(it); o['verdict']=v; o['reasons']=reason
        out.write(json.dumps(o, ensure_ascii=False)+'\n')
