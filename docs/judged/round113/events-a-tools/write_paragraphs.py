"""Write paragraphs-a-verdicts.jsonl (the judge's coding of each sampled first paragraph)."""
import json
HERE = '/work/wt/j113a/docs/judged/round113/'
P = {
 "h34-x131-25": (
   ["CONSULT: Leaders of the G20 (no code) -> (mutual), summit in Johannesburg closed, 2025-11-23",
    "SUPPORT: G20 leaders (no code) -> (mutual), adopted a joint declaration, 2025-11-22 (the opening session, next paragraph) / before 2025-11-23",
    "ACCUSE: United States (USA) -> G20 (no code), objections to the declaration, undated",
    "PROTEST: United States (USA) -> G20 summit / South Africa (ZAF), boycotted the meeting, 2025-11-22"],
   1, 0, "Dateline found only the summit (CONSULT, right type). Missed the adoption of the declaration, the U.S. objections and the U.S. boycott (boycott could also be coded SANCTION; either way missed)."),
 "h34-x131-01": (
   ["PROTEST: main opposition groups (ETH) -> Ethiopian government / ruling EPRDF (ETH), boycotted Sunday's vote, 1995-05-07"],
   0, 0, "The EPRDF heading for victory is an election result, not a PLOVER event. Dateline coded nothing; the opposition boycott is missed."),
 "h34-x130-20": (
   ["ASSAULT: Lebanese army (LBN) -> Islamic State fighters (no code), launched offensive, 2017-08-19",
    "ASSAULT: Hezbollah (LBN) and Syrian army (SYR) -> Islamic State fighters / the enclave (no code), attacked from the Syrian side, 2017-08-19"],
   2, 0, "Both attacks found with the right type; the second has a wrong target (Syria instead of the Islamic State enclave)."),
 "h34-x131-11": (
   ["REJECT: Mutharika's main rival John Tembo (MWI) -> election result / electoral commission (MWI), rejected the result, 2009-05-23",
    "ACCUSE: John Tembo (MWI) -> ruling Democratic Progressive Party (MWI), accused it of abusing state resources, 2009-05-23"],
   1, 0, "Mutharika's election win is not an event. Dateline found the ACCUSE (right type, but with the source wrongly Bingu wa Mutharika instead of his main rival); the REJECT of the result is missed."),
 "h34-x132-03": (
   ["SANCTION: Beijing court (CHN) -> Wang Dan (CHN), sentenced to 11 years, 1996-10-30",
    "ACCUSE: United States (USA) -> Beijing court / China (CHN), condemnation of the sentence, 1996-10-30",
    "ACCUSE: human rights groups (no code) -> Beijing court / China (CHN), condemnation of the sentence, 1996-10-30"],
   1, 0, "Dateline found the sentence (SANCTION convict, all right); the condemnations by the U.S. and by rights groups are missed."),
 "h34-x132-06": (
   [],
   0, 0, "De la Rua's election win and the defeat of the Peronists are electoral outcomes, not PLOVER events; nothing to code and dateline coded nothing."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-a.jsonl')]
assert len(paras) == 6
with open(HERE + 'paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        ce, found, spur, notes = P[p['doc']]
        out.write(json.dumps({"doc": p['doc'], "coder_events": ce, "found": found,
                              "dateline_events": len(p['events']), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + '\n')
