"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts, and print the counts."""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
S = 'SPURIOUS'
# n -> (list of wrong fields, or S for spurious; reasons)
V = {
 1: ([], "State Department spokesman (USA) congratulating Moscoso (PAN) is SUPPORT; undated reaction reported as news takes the document date 1999-05-03."),
 2: ([], "Aznar (ESP) urging Spaniards (ESP) is a REQUEST; he spoke on the day of the bombing, Wednesday 1995-04-19 (the dateline day)."),
 3: ([], "ETA (ESP) killing Gregorio Ordonez (ESP) in January is ASSAULT, dated 1995-01 as the text gives."),
 4: ([], "Rudd (AUS) conceding defeat is CONCEDE (CAMEO 080 yield); the sentence names no other party, so an empty target is right; 'late on Saturday' = 2013-09-07."),
 5: (S, "Spurious: 'welcomed the chance to clear his name' approves no actor or policy (the same sentence calls the proceedings the work of 'political enemies and the elite'); the codeable act here is an ACCUSE by Estrada's camp against his political enemies, not SUPPORT."),
 6: (S, "Spurious: 'the protests had fizzled out' is the topic of the government's statement about protests reported earlier in the story, not a protest act; the sentence's act is the ACCUSE (blamed the MDC), coded separately as e7. (Had it been coded, the target would be the Zimbabwe state, ZWE.)"),
 7: (['date', 'modality'], "The trip is a CONSULT visit Netanyahu (ISR) -> UAE (ARE), but it was postponed ('would have been his first foreign visit'), so modality should be negated (or future), not asserted, and the visit has no date (should be none, not the document date)."),
 8: (['source', 'date'], "Source should be the Libyan government (LBY) of Prime Minister Zeidan, not Tanzania; the request for clarification is this news with no date in the text, so the date should be the document date 2013-10-06, not empty."),
 9: (['target'], "G20 leaders (no code) agreeing to sell IMF gold for the poorest countries is an AGREE (pledge of aid), dated the summit day; but the IMF is the instrument, not the party acted upon: the target should be the poorest countries (no code) or empty."),
 10: (['date'], "Zimbabwe government blaming the MDC (ZWE) is ACCUSE; it is reported as this news with no date in the text, so the date should be the document date 2003-06-07, not empty."),
 11: ([], "Arrest of hundreds of activists in the Rif (MAR) is COERCE arrest; arrester not named in the sentence (empty right); a total summed since the protests began has no date."),
 12: ([], "Bio's palace coup against Strasser (both SLE military) is a forcible seizure of power, coded ASSAULT (I would accept COERCE too), dated January 1996 as the text gives."),
 13: ([], "Arrests of several other people (MDV) in the blast investigation are COERCE arrest; arrester not named; a total accumulated since the September blast has no date."),
 14: ([], "China's Foreign Ministry (CHN) accusing Washington (USA) is ACCUSE; reaction reported as news on the document date 2023-02-02."),
 15: (S, "Spurious: 'the timetable for Senegal's pullout was left vague' comments on the deal's withdrawal provision (reported in paragraph 2); no withdrawal has happened or is reported here (were it coded, modality would be future, not asserted)."),
 16: ([], "Hundreds killed in Guinea-Bissau's conflict (GNB) is ASSAULT with no named perpetrator; a total summed over the five-month war has no date; attribution to aid agencies keeps it asserted."),
 17: ([], "Saudi Arabia, Egypt, Turkey and the UAE condemning the visit is ACCUSE; the sentence names no party (only 'the visit'), so an empty target is right; reaction reported as news takes the document date."),
 18: (['source', 'date'], "A future PROTEST march in memory of Giuliani (empty target right: its aim is a death); but the march is held by the organisers of the protests named in the sentence, not empty, and 'on Saturday' is 2001-07-21 (the Friday of the report is 2001-07-20), not 2001-07-28."),
 19: ([], "EU and rights groups calling for justice over Maseko's killing is REQUEST; no addressee named (empty right); document date right."),
 20: (['source', 'date'], "Source should be 'the group', the Popular Revolutionary Army (EPR, MEX rebels), not the state police; the demands were made in earlier communiques (background since June), so they should have no date rather than the document date."),
 21: (['source', 'target'], "The police who opened fire in Benghazi were Libyan police (LBY), not Italian; the 11 people killed were protesters in Libya (LBY), not ITA. Type ASSAULT and date 2006-02-17 ('a day after' Saturday) are right."),
 22: ([], "Clinton (USA) denouncing the attack is ACCUSE; perpetrators not named (empty target right); document date 2000-03-21 right."),
 23: (['source'], "'had been rounded up and some of them executed by Iraqi security agents': the agent phrase governs both verbs, so the source should be Iraqi security agents (IRQ), not empty; target INC (IRQ), doc date and modality right."),
 24: (['type'], "The EU agreeing new sanctions on Russia is a (future) SANCTION by the EU against Russia, not AGREE (which would mean the EU agreeing to cooperate with Russia); source, target, no date and future modality are right."),
 25: (['date'], "Detention of dozens of tribe members (KWT) is COERCE arrest; but the clashes took place during the campaign before Saturday's vote, an earlier act with no date in the text, so the date should be none, not the document date."),
 26: ([], "Kosovo (XKX) declaring independence (from Serbia, not named in this sentence) is coded REJECT via CAMEO 128 defy norms; date 2008-02 as given. (I would hesitate to code it at all, but the CAMEO2PLOVER mapping supports it.)"),
 27: ([], "Opposition deputies (ITA) demanding an inquiry is REQUEST; the demand names no addressee (the government is the object of the separate ACCUSE), so empty is right; reported as news on the document date."),
 28: ([], "Islamabad (PAK) accusing Kabul (AFG) of sheltering the TTP is an ongoing ACCUSE, document date right; attribution keeps it asserted."),
 29: ([], "Moldova (MDA) signing an association agreement with the EU is SUPPORT (sign agreement), dated 2014 as given."),
 30: (['target'], "NATO-led peacekeepers arresting a suspect is COERCE arrest on Thursday 1997-07-10, but the target should be the indicted Bosnian Serb war crimes suspect (BIH), not the state of Bosnia and Herzegovina."),
 31: ([], "Criticism of Zeidan's government (Libya, LBY) by unnamed critics is ACCUSE disapprove; source not named (empty right); an ongoing criticism at year precision 2013 is consistent with the text."),
 32: (['source'], "Source should be 'many African, Asian and Latin American countries' (no single code), not the United States; SUPPORT for the resolution, empty target and the vote date 2022-03-02 are right."),
 33: ([], "Georgia (GEO) accusing Russian jets (RUS) is ACCUSE, 'this month' = 2007-08 as given."),
 34: ([], "Critics in Israel (ISR) criticising Ben-Gvir's first move ('his' = Ben-Gvir, ISR; name truncated but identifiable) is ACCUSE disapprove; document date right."),
 35: ([], "Government spokesman Nxumalo (SWZ) urging people (SWZ) not to jump to conclusions is REQUEST; document date right."),
 36: ([], "Trump (USA) threatening to make Spain (ESP) pay more is THREATEN, at the summit on 2025-06-25 (the dateline day); distinct from the ACCUSE e2 in the same sentence."),
 37: (['target'], "Bio (SLE) bowing to demands is CONCEDE (CAMEO 080), undated; but the sentence names whom he yielded to, so the target should be the civic groups, women's organisations (SLE) and Western donors, not empty."),
 38: (['date'], "Obama (USA) calling the plot a credible terrorist threat is ACCUSE disapprove (no party accused by name, empty right); the text gives no date for the remark, so the document date 2010-10-31 applies, not 2010-10-30 (the date of the arrest)."),
 39: ([], "China (CHN) saying it would impose sanctions on U.S. firms (USA) is a future SANCTION (a THREATEN would also be defensible given the headline); an undated future act with no date is right."),
 40: (['date'], "Refusal to allow U.S. inspectors (USA) is a negated RETREAT access by Putin (RUS), per the conventions; but the address was on Tuesday, 2023-02-21, as the lead gives, not the document date 2023-02-22."),
 41: ([], "NATO pledging trust funds for Ukraine (UKR) is AGREE (pledge of aid); dated to Thursday's Ukraine session 2014-09-04 as the paragraph gives (the summit days)."),
 42: ([], "Hu Jintao (CHN) pressing for reform of the monetary system is REQUEST with no named addressee; pluperfect background of unknown time, no date right."),
 43: ([], "US and EU welcoming the conduct of Egypt's vote is SUPPORT; Egypt not named in the sentence (empty right); document date right."),
 44: (['date'], "Gutierrez (ECU) jailed is COERCE arrest (jailer not named), but it is a background act after the January 2000 uprising: the date should be 2000, not the document date 2002-11-25."),
 45: (['date'], "Strache (source 'leader' = 'Its leader, Heinz-Christian Strache', AUT) welcoming the ruling is SUPPORT; but it is this news with no date in the text, so the date should be the document date 2016-07-02 (or the Friday of the ruling), not empty."),
 46: ([], "Madhav Kumar Nepal (NPL) stepping down is RETREAT resign on Wednesday 2010-06-30; different sentence from the lead's 'resigned', so not a duplicate by the sentence rule."),
 47: (S, "Spurious: a $5 million bounty for information about Arouri is not an offer of cooperation to him (AGREE); it is a reward to unnamed informants that no PLOVER type fits (and Arouri, of Hamas, would be PSE, not LBN)."),
 48: (['target'], "Jordan (JOR) banning the Brotherhood is COERCE ban on Wednesday 2025-04-23; but the target is the Jordanian Muslim Brotherhood ('operated in Jordan for eight decades'), code JOR, not EGY."),
 49: (['target'], "US air strike killing Ayro is ASSAULT dated 2008; but the target should be Aden Hashi Ayro (al Shabaab, SOM) alone; the Somali government is a wrong added party (Ayro fought it)."),
 50: ([], "Soro (CIV rebels) calling on his fighters (CIV rebels) to respect the deal is REQUEST; no date for the remark in the text, document date 2007-03-05 right."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and [i['n'] for i in items] == list(range(1, 51))
counts = {f: 0 for f in F + ['all']}
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reasons = V[it['n']]
        if wrong == S:
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong)
            v = {f: (f not in wrong) for f in F}
        v['all'] = all(v[f] for f in F)
        for f in F + ['all']:
            counts[f] += v[f]
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(counts)

P = [
 {"doc": "h32-x123-23",
  "coder_events": ["ASSAULT: unknown gunmen (none) -> Thulani Maseko (SWZ), shot dead at his home, 2023-01-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 has the right type, target and date (Saturday night); its reported_by names Maseko himself instead of his colleagues and family (not scored here)."},
 {"doc": "h32-x121-19",
  "coder_events": ["SANCTION: Constitutional Court (AUT) -> result of the presidential run-off / Van der Bellen (AUT), annulled the result, 2016-07-01",
                   "REQUEST: Constitutional Court (AUT) -> Austrian authorities (AUT), ordered the vote to be held again, 2016-07-01",
                   "ACCUSE: Freedom Party (AUT) -> election authorities (AUT), legal challenge to the result (allege/sue), before 2016-07-01 (no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this sentence: the court's annulment (SANCTION convict: found the vote unlawful), its order of a rerun, and the Freedom Party's challenge were all missed."},
 {"doc": "h32-x122-05",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election/referendum win and its announcement by the interior minister are not PLOVER acts between political actors."},
 {"doc": "h32-x124-10",
  "coder_events": ["CONSULT: North Korea (PRK) <-> United States (USA), talks in Beijing hosted by China, this week (2003-04-23..25)",
                   "THREATEN: North Korea (PRK) -> United States (USA), said it possesses nuclear weapons and could test or export them, this week (2003-04-23..25)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both the Beijing talks and the North's nuclear threat (Powell: 'back to threatening') were missed; dateline's two events in this story are in later paragraphs."},
 {"doc": "h32-x121-15",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Claiming election victory is not a PLOVER act; 'since it declared independence from Serbia' is a time anchor to a background act, which I do not code here (dateline codes the declaration from its own sentence later, item 26)."},
 {"doc": "h32-x123-15",
  "coder_events": ["ASSAULT: military junta (NER) -> (Tandja's government, not named in the sentence), seized power in a coup, 2010"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win is not an act; the junta's seizure of power 'last year' (a coup, coded as ASSAULT as in item 12) was missed. 'To hand back control to civilians' is a consequence of the vote, not a promise made here (the junta's promise is coded from a later sentence)."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
