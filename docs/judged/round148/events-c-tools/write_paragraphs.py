"""Write paragraphs-c-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
HERE = '/work/wt/j148c/docs/judged/round148/'
P = {
 'h51-x199-02': (
   ["SUPPORT: U.N. Security Council (UNO) -> Canadian-led multinational force (CAN), unanimously authorised the force to help deliver aid to Rwandan refugees in eastern Zaire, 1996-11-15"],
   0, 0,
   "One act: the Council's authorisation (approval of an action/force; AID 074 would be the alternative reading). The aid delivery is the force's future purpose, not an act; refugees walking home is not an interaction between political actors. Dateline codes nothing here."),
 'h51-x200-17': (
   ["SUPPORT: speaker Marcellino Pipite as acting head of state (VUT) -> himself and 13 other lawmakers (VUT), pardoned them (forgive/pardon, CAMEO 056), 2015-10-10 (Saturday, given in the next paragraph)",
    "SANCTION: Supreme Court (VUT; not named in the paragraph) -> the speaker and 13 lawmakers (VUT), convicted of bribery, 2015-10-09 (the day before)"],
   0, 0,
   "Two acts: the pardon and the conviction mentioned in 'convicted of bribery'. Dateline codes neither (its only events in this story are in later paragraphs)."),
 'h51-x200-10': (
   ["SUPPORT: International Court of Justice (no country) -> Singapore (SGP), ruled the island belongs to Singapore (and the rocks to Malaysia), 2008-05-23",
    "AGREE: the governments of Singapore (SGP) and Malaysia (MYS) -> ICJ, said they would accept (abide by) the split decision, 2008-05-23"],
   0, 0,
   "A court award has no exact PLOVER type; SUPPORT (approve an actor's claim) is the nearest. Both governments' acceptance is one mutual AGREE. Dateline codes no event anywhere in this story."),
 'h51-x200-07': (
   ["SANCTION: New Zealand (NZL) -> Israel (ISR), suspended high-level contacts, 2004-07-16",
    "COERCE: New Zealand (NZL) -> Israeli officials (ISR), imposed visa curbs, 2004-07-16",
    "COERCE: New Zealand court (NZL; not named) -> two Israeli men (ISR), jailed for passport fraud, 2004-07-15 (Thursday, next paragraph)",
    "ACCUSE: Prime Minister Helen Clark (NZL) -> the two Israeli men / Israel (ISR), said they are intelligence agents, 2004-07-16"],
   1, 0,
   "Dateline found only the jailing (e1, COERCE arrest: type right, but its target is New Zealand instead of the two Israeli men and its date 2004-07-16 instead of 2004-07-15); it misses the paragraph's headline acts, the suspension of contacts and the visa curbs, and Clark's accusation. No spurious event."),
 'h51-x198-09': (
   ["ASSAULT: Al Qaeda in Iraq (IRQ-based; no state code) -> two Algerian diplomats (DZA), said it had killed them, undated (claimed on Wednesday 2005-07-27)",
    "ASSAULT: unnamed kidnappers (no code) -> two Algerian diplomats (DZA), abducted in Baghdad last week, 2005-07-21 (given later in the story) / 2005-W29"],
   1, 0,
   "Dateline found the killing (e1, ASSAULT: type right, though its source 'Iraq' should be Al Qaeda in Iraq and it dates the killing to the day of the claim); it misses the abduction. The 'string of attacks on envoys' is a generic characterisation, not a codable act. No spurious event."),
 'h51-x197-20': (
   [],
   0, 0,
   "No PLOVER act: winning an election and 'crushing' a rival in a run-off are electoral outcomes, and the supporters' 'verdict' is a characterisation. Dateline codes nothing here, correctly."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-c.jsonl')]
with open(HERE + 'paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in paras:
        ev, found, spurious, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': spurious,
                              'notes': notes}, ensure_ascii=False) + '\n')
print('wrote', len(paras))
