"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, and check them."""
import json

T = True
F = False
SP = 'SPURIOUS'
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, F, T, T, "Baron's criticism of the conviction is ACCUSE, rightly sourced and dated. The same sentence names Iran as the party he blames ('said Iran had provided no evidence'), so the target should be Iran (IRN), not empty."),
 2: (T, T, T, T, T, T, "Israeli critics (ISR) criticising the law is ACCUSE disapprove, reported in the present: document date. No party is named as the target (the law is an object, Poles appear only in the embedded clause), so an empty target is right under the conventions. A coder free of the sentence rule might put Poland (POL)."),
 3: (T, T, T, F, T, T, "Obama calling the attack a 'horrific terrorist attack' is ACCUSE. France is the victim, not the condemned party, so the target should be empty ('it' = the attack) or the attacker, Mohamed Lahouaiej-Bouhlel (TUN), not France."),
 4: (T, T, T, F, T, T, "The Sunday rally (2018-11-04) is a PROTEST. It marks the anniversary of the US-embassy seizure with chants of 'Death to America', so its aim is the United States, not the Iranian authorities. By the crowd-protest rule the Iranian state is wrong: the target should be the United States (USA) or empty."),
 5: (T, T, T, T, F, T, "Detention of the Russian military officer: the source is empty (passive, no agent named) and the target is right. The text dates the detention to the car-park meeting on Tuesday evening, so the date should be 2021-03-30, not the Wednesday document date."),
 6: (T, T, T, T, T, T, "Fabricio Alvarado conceding defeat to Carlos Alvarado is a CONCEDE between the right parties (CRI). The text gives no date for the concession, so the document date after Sunday's run-off is right."),
 7: (T, T, T, T, T, T, "Geingob thanking voters is SUPPORT (praise) from Geingob (NAM) to Namibian voters, undated in the text, so the document date is right."),
 8: (T, T, T, T, T, T, "Haftar calling on Libyans to hand him authority is a REQUEST. 'Last week' before Tuesday 2020-04-28 is 2020-W17, which is right."),
 9: (T, T, F, T, T, T, "'Said it would keep supporting Colombia' can be coded SUPPORT with future modality (like 'will meet'). It is undated, so an unknown date is right. The source is wrong: the party is the United States (USA), represented by Aronson, not the Colombian government."),
 10: (T, T, F, T, T, T, "'She' is Aung San Suu Kyi (MMR), who asked Annan. The source 'Maungdaw' is a township, not the party, so the source should be Aung San Suu Kyi (MMR). The target (Kofi Annan), the August 2016 date and the type are right."),
 11: (T, T, T, T, T, T, "Mass detentions since the July 15 coup attempt: COERCE arrest with no agent named (empty source right). The targets are Turkish, which is plain from the context. A total summed since an earlier date has no date, so unknown is right."),
 12: (T, T, T, T, T, T, "Russia (RUS) saying it backs Annan's plan is SUPPORT. The target is Annan, who is named in the sentence and acts as the UN envoy. 'Has said' is reported as current news, so the document date is right."),
 13: (T, T, F, F, F, T, "The approval is by Saleh's ruling party (the General People's Congress, YEM), not Saleh himself. 'It' is the Gulf-brokered plan, so the target should be empty or the GCC, not the UAE embassy. 'A day earlier' (2011-05-21) dates only the opposition's signing: the party's earlier approval is undated, so the date should be unknown."),
 14: (T, T, T, T, T, T, "The US embassy thanking Albania for considering the request is SUPPORT from the USA to ALB. The right date is the document date, which is also the day of Albania's decision."),
 15: (T, T, T, T, T, T, "The Security Council is due to discuss Sudan: a future CONSULT dated to later this month (2023-06). Sudan is the subject of the debate; I accept it as the target, as a coder coding 'discuss Sudan' would."),
 16: (T, F, T, F, T, T, "Vowing to pursue his enemies 'into their lairs' is a THREATEN, not AGREE. 'His enemies' (the Gulen movement, TUR) are named in the sentence, so the target should be them, not empty. 2014-W49 ('last week') is right."),
 17: (T, T, F, F, T, T, "The car-bomb attack is an ASSAULT, dated Wednesday 2013-06-19. The militants are al-Shabaab, which the story makes plainly Somali, so the source country should be SOM, not empty. The target should be the UN compound / United Nations (UNO), not 'officials', who are only the speakers."),
 18: (T, T, T, F, T, T, "Calling the rebel negotiators 'terrorists' is ACCUSE from Jaafari (SYR). The rebel negotiators are plainly Syrian rebels, so the target's country should be SYR, not empty."),
 19: (T, T, T, F, T, T, "Netanyahu denouncing the Polish bill is ACCUSE, a background act ('had earlier'), so an unknown date is right. Israel is Netanyahu's own country, not the party denounced: the target should be empty ('the bill') or Poland (POL)."),
 20: (T, T, F, T, T, T, "The demand that the government expel Israel's ambassador is a REQUEST, dated Tuesday 2014-03-11. The source is Jordan's lower house of parliament (JOR), not the state 'Jordan', which makes the demand Jordan's own to its government. The target, the Jordanian government, is right."),
 21: (F, F, F, F, F, F, "Spurious. 'Recognised by the United Nations' describes the GNA's standing status and reports no act. Even as a background recognition it would be undated, not the document date. The sentence's act, the GNA's ACCUSE of Haftar ('a farce'), is not coded by this event."),
 22: (T, T, T, T, F, T, "Aliyev calling Armenian actions 'provocations' is ACCUSE from AZE to ARM. He 'has repeatedly said' it, a set of repeated statements over time, so there should be no date (unknown), not the document date."),
 23: (T, T, T, F, T, T, "The ANC officials blaming the scandals 'surrounding the president' is ACCUSE. The president, named in the sentence, is the party blamed, so the target should be Jacob Zuma (ZAF), not empty."),
 24: (T, T, T, F, F, T, "Buhari condemning the abduction is ACCUSE. The kidnappers are named in the same sentence as 'bandits', so the target should be the bandits (NGA), not empty. The text gives no date for the condemnation, so it should take the document date 2021-02-27, not 2021-02-26 (the day of the abduction)."),
 25: (F, F, F, F, F, F, "Spurious. 'It' is Annan's six-point plan, a document: the sentence describes the plan's provisions, not an act by an actor. Even read as a request, the author is Annan, not the Arab League."),
 26: (T, T, T, T, F, T, "Armenia accepting Azerbaijan's wording is AGREE from ARM to AZE. Armenia said this on Thursday (2025-03-13), so the acceptance cannot be later than that. The Friday document date is wrong: the date should be 2025-03-13 (or unknown)."),
 27: (F, F, F, F, F, F, "Spurious: 'charge' is part of 'charge d'affaires', a trigger word in another sense. The act in the sentence is a background SANCTION (the US downgrading relations with Myanmar), which is undated."),
 28: (T, T, T, T, F, T, "Toner calling on the Russian authorities to investigate is the US request the lead dates to Thursday ('on Thursday urged Russia'). The date should be 2017-04-06, not the Friday document date."),
 29: (T, T, T, T, T, T, "The 'No' campaign rally in Yerevan on Monday evening is a PROTEST. The sentence names no aim, so the Armenian state is a right target under the crowd-protest rule. 2015-12-07 is right."),
 30: (T, T, T, T, F, T, "The conviction is SANCTION convict, with the court unnamed (empty source right) and Rezaian (USA) as target. The judiciary announced it on Sunday (2015-10-11), so the conviction cannot be dated to the Monday document date: the date should be 2015-10-11 or unknown."),
 31: (T, T, T, T, T, T, "The European Parliament calling for a freeze of accession talks is a REQUEST, dated Thursday 2016-11-24. The addressees (the Commission and member states) appear only in the next sentence. I accept Turkey, which is named and is the party the call acts against."),
 32: (T, T, T, T, T, T, "Long-running criticism of Bakanov by Ukrainian lawmakers is ACCUSE. 'Had long been criticised' is a span, so an unknown date is right. The source leaves out the Western partners but is a right party."),
 33: (T, T, T, T, T, T, "Gunmen abducting the schoolgirls in Zamfara is ASSAULT abduct, NGA on both sides, dated Friday 2021-02-26."),
 34: (T, T, T, T, T, T, "European countries, including Bulgaria, expelling Russian diplomats is SANCTION expel toward RUS. 'In the past year' is a span, so an unknown date is acceptable."),
 35: (T, T, T, T, T, T, "The 2015 Madhesi protests are a PROTEST dated 2015. The sentence names no aim, so the Nepali state would be a right target, but under the general rule an empty target is also right, since no party is named."),
 36: (T, T, T, T, F, T, "Atuhaire's detention is COERCE arrest with no agent named. 'At the same time' ties it to Mwangi's detention on Monday, so the date should be 2025-05-19, not unknown."),
 37: (F, F, F, F, F, F, "Spurious. Pledging to keep New Zealand's independent foreign-policy stance is a campaign position, not a commitment to cooperate with any party, and New Zealand is not a counterpart. The codable act in the sentence is 'signalled it is open to joining' AUKUS: AGREE toward AUS/GBR/USA."),
 38: (T, T, T, T, T, T, "The US, EU and Turkey welcoming the announcement is SUPPORT. No party is named ('the announcement'), so an empty target is right. The welcome is undated, so the document date is right."),
 39: (T, T, T, F, T, T, "Leaders condemning the Nice attack is ACCUSE. The sentence names no party, so an empty target is right. If the attacker is named, he is Mohamed Lahouaiej-Bouhlel, a Tunisian (TUN), not a French 'militant' group."),
 40: (T, T, T, T, T, T, "Ghani welcoming the talks and thanking Pakistan is SUPPORT from AFG to PAK. The address is undated, so the document date is right."),
 41: (T, T, F, T, T, T, "The conviction is SANCTION convict, dated Friday 2019-10-18. 'The jury' is named in the sentence, so the source should be the US federal jury in Manhattan (USA), not empty."),
 42: (T, T, T, T, F, T, "Harris telling Guatemalans not to migrate is a REQUEST from USA to GTM. The sentence says 'on Monday', so the date should be 2021-06-07, not the Tuesday document date."),
 43: (T, T, T, T, T, T, "The Kinshasa-M23 talks in Kampala are a CONSULT between COD and M23 (COD), still going on at the time of the story, so the document date is right."),
 44: (T, T, F, T, T, T, "Perthes blaming both generals is ACCUSE, dated last month (2023-05). Perthes is the German UN envoy, not Sudanese, so the source should be Volker Perthes (UNO, or DEU), not SDN."),
 45: (T, T, T, T, F, T, "The UN mission praising the vote's conduct is SUPPORT with no party named. 2023-12-16 is the Saturday when the security forces voted, before Monday's vote. The praise is undated, so the date should be the document date 2023-12-19."),
 46: (T, F, T, T, T, T, "The alleged act inside al-Zoubi's accusation, correctly marked reported, is Israel coordinating with the rebels. That is military cooperation, so the type should be COOPERATE, not CONSULT. The parties are right."),
 47: (F, F, F, F, F, F, "Spurious. 'Candidates were barred from party affiliation or funding' describes the rules of the judicial election, not an act. Even as an act, it belongs to the reform law, not Sunday's vote (2025-06-01)."),
 48: (T, T, T, T, F, T, "Diab promising to fight corruption and seek help from abroad is AGREE, with no target named. He spoke after the cabinet line-up was announced on Tuesday, so the date should be 2020-01-21, not the Wednesday document date."),
 49: (T, T, T, T, T, T, "Zelenskiy urging Western allies to supply air defences is a REQUEST to a group with no single country code. The address is undated, so the document date is right."),
 50: (T, T, T, F, F, T, "The killing of seven Azerbaijani servicemen is ASSAULT with no agent named (empty source right). The target should be the seven servicemen (AZE), not the defence ministry that reported them. The fighting took place on Tuesday, ending late that day, so the date should be 2021-11-16."),
}

items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    e, t, s, g, d, m, r = V[it['n']]
    if not e:
        t = s = g = d = m = False
    v = {'event': e, 'type': t, 'source': s, 'target': g, 'date': d, 'modality': m}
    v['all'] = all(v.values())
    o = dict(it); o['verdict'] = v; o['reasons'] = r
    out.append(o)
with open('events-c.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h57-x223-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER act, and the commission's report of the result is not one either. Nothing to code."},
 {"doc": "h57-x222-09", "coder_events": [
   "COERCE: Houthi movement (YEM) -> Yemen's parliament (YEM), dissolved parliament and seized rule through a presidential council, 2015-02-06",
   "ACCUSE: opponents and Gulf neighbours (GCC states, no single code) -> Houthi movement (YEM), denounced the step as a coup, 2015-02-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing. Dissolving parliament by decree is a coercive seizure of power (COERCE), and the denunciation is ACCUSE disapprove."},
 {"doc": "h57-x223-14", "coder_events": [
   "SANCTION: unnamed watchdog (FATF, not named in the paragraph) -> Pakistan (PAK), formally placed on a money-laundering watchlist, 2018-06-29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Being grey-listed is a formal punitive step. Some coders would type it ACCUSE (a formal finding of deficiencies) rather than SANCTION. Dateline found no event in either type."},
 {"doc": "h57-x224-18", "coder_events": [
   "REQUEST: Kamala Harris (USA) -> Guatemalans / would-be migrants (GTM), told them not to attempt the journey north, 2021-06-07",
   "AGREE: Kamala Harris (USA) -> Guatemala (GTM), promised help to tackle poverty and corruption, 2021-06-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's REQUEST is right in type and parties but dated to the Tuesday document date instead of Monday (2021-06-07). It missed the pledge of help (AGREE). The 'first foreign trip' implies a visit to Guatemala (CONSULT), but the paragraph does not name the host, so I did not list it."},
 {"doc": "h57-x221-25", "coder_events": [
   "AGREE: Armenia (ARM) <-> Azerbaijan (AZE), finished negotiating / agreed the text of a peace treaty, 2025-03-13",
   "REJECT: Azerbaijan (AZE) -> Armenia (ARM), refuses to sign until Armenia changes its constitution, 2025-03-13"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found nothing in the lead. Agreeing the treaty text is a mutual AGREE (some coders would type it SUPPORT, 'finalize an agreement'). Baku's condition is a conditional refusal (REJECT), which could also be coded as a REQUEST to Armenia."},
 {"doc": "h57-x222-20", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Registering as a candidate is not a PLOVER act. Nothing to code."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')

# checks
back = [json.loads(l) for l in open('events-c.jsonl')]
assert len(back) == 50
for it, o in zip(items, back):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
assert len(open('paragraphs-c-verdicts.jsonl').read().splitlines()) == 6
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({k: sum(o['verdict'][k] for o in back) for k in fields})
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
