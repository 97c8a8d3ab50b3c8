"""Write paragraphs-b-verdicts.jsonl (judge b, round 76). dateline has no event in any of the six leads
(checked with same_sentence.py: every event of these stories starts after the first paragraph)."""
import json

P = {
 "h15-x55-18": ([
   "SANCTION: Salva Kiir (SSD) -> Vice President Riek Machar and the cabinet (SSD), dismissed from office, 2013-07-23 (late Tuesday)",
  ], "Dismissal of the vice president and cabinet coded as SANCTION (expel from government; COERCE would also do). dateline codes nothing in the lead."),
 "h15-x56-10": ([
   "AGREE: Rafael Correa (ECU) -> none, promised a 'citizens' revolution' (intent to reform), 2006-11-27 (document date; undated in the lead)",
  ], "Winning the runoff and defeating Noboa is an election result, not a PLOVER act; the campaign promise is coded as AGREE the same way as Saleh's promise (item 40), though it is vague. dateline codes nothing in the lead."),
 "h15-x53-10": ([
   "SANCTION: Russia (RUS) -> Georgia (GEO) and Moldova (MDA), banned wine imports, 2006-03-28 (present perfect, document date; ordered on Monday 2006-03-27 per the next paragraph)",
   "ACCUSE: Georgia (GEO) and Moldova (MDA) -> Russia (RUS), condemned the ban as political punishment, 2006-03-28 (Tuesday)",
  ], "The ban is a trade sanction (CAMEO 163; CAMEO2PLOVER says COERCE). The joint condemnation is counted once. dateline codes nothing in the lead."),
 "h15-x56-15": ([
  ], "An election win and defeat of a challenger, 'extending his rule': no PLOVER act between political actors. Nothing to find; dateline codes nothing."),
 "h15-x54-21": ([
   "AGREE: Donald Trump (USA) -> Israel (ISR) and the Palestinians (PSE), unveiled (offered) a peace plan, 2020-01-28 (Tuesday)",
   "REJECT: the Palestinians (PSE) -> the United States (USA) / Trump's plan, immediate and furious rejection, 2020-01-28",
  ], "The plan's letting Israel annex settlements is hypothetical and not coded. dateline codes nothing in the lead (it finds Abbas's rejection nowhere as REJECT)."),
 "h15-x54-17": ([
   "SUPPORT: Tunisian leaders (TUN) -> none, signed the new constitution, 2014-01-27 (Monday)",
   "SUPPORT: lawmakers of the National Constituent Assembly (TUN) -> none, approved the charter, 2014-01-26 (a day earlier)",
   "PROTEST: Tunisian protesters (TUN) -> President Zine al-Abidine Ben Ali (TUN), the uprising that toppled him, about 2011 (three years earlier; background)",
  ], "Signing and approving the constitution are coded as SUPPORT (ratify/sign/approve); the uprising is a background act in a noun phrase. dateline codes nothing in the lead."),
}

paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in paras] == list(P)
tot = [0, 0, 0, 0]
with open('paragraphs-b-verdicts.jsonl', 'w') as fh:
    for p in paras:
        ev, notes = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": ev, "found": 0, "dateline_events": len(p['events']),
               "spurious": 0, "notes": notes}
        tot[0] += len(ev); tot[2] += rec['dateline_events']
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('coded acts, found, dateline events, spurious:', tot)
