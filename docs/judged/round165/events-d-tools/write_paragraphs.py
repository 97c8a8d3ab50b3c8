"""Write paragraphs-d-verdicts.jsonl (judge d, round 165): the acts a trained coder codes in each
first paragraph, how many dateline found with the right type, and dateline's spurious events there."""
import json
HERE = '/work/wt/j165d/docs/judged/round165/'
P = {
 'h60-x234-06': (["CONCEDE: Sheikh Jaber al-Ahmad al-Sabah, Kuwait's ruler (KWT) -> Kuwaiti women (KWT), decree giving women the right to vote and stand for parliament, 1999-05-16"],
                 1, 0, "Dateline's e1 (CONCEDE, ruler -> women, 1999-05-16) is right in all fields. 'Likely to face stiff resistance from Islamist and tribal deputies' is a forecast with no act yet, so it is not coded."),
 'h60-x235-09': (["COERCE (ban): Ivory Coast's Supreme Court (CIV) -> Alassane Ouattara and the PDCI contenders (CIV), barred from the October 22 presidential election, 2000-10-06"],
                 0, 0, "Missed: the court shutting candidates out of the race (CAMEO 1722 ban politicians -> COERCE ban). It is one act against several targets, coded once."),
 'h60-x236-11': (["AGREE: United States (USA) -> Uruguay (URY), agreed to lend $1.5 billion in emergency bridge financing, 2002-08-04"],
                 1, 0, "Dateline's e1 (AGREE, USA -> Uruguay government, 2002-08-04) is right: a pledged loan is AGREE (wave 76). The reopening of banks and the savers' withdrawals are not acts between political actors."),
 'h60-x234-19': (["AGREE: Javier Solana, EU (EUR/IGO), for six world powers -> Iran (IRN), delivered a package of incentives (offer) to persuade it to halt enrichment, 2006-06-06"],
                 0, 0, "Missed: the delivery of the powers' offer (an offer is AGREE). Larijani's remark that it had 'positive steps' and 'ambiguities' is a mixed appraisal, so I do not code it. Solana's meeting with Larijani is coded from the next paragraph."),
 'h60-x235-03': (["RETREAT (disarm): former Tuareg and Arab rebels (MLI) -> Mali government (MLI), weapons handed in and burned at the Timbuktu ceremony, 1996-03-27"],
                 0, 0, "Missed: the former rebels' disarmament, sealed by the burning of the handed-in weapons on Wednesday. 'Mali marked the end of a revolt' is a ceremony, not a separate act between actors."),
 'h60-x236-19': ([], 0, 0, "No codable act. Election results and a 'rebuke' by voters are not PLOVER events. 'A navy officer jailed for a 2003 mutiny' is a descriptive modifier of background; a coder could code it as COERCE arrest with no date, but I do not count it."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert [p['doc'] for p in paras] and set(P) == {p['doc'] for p in paras}
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        acts, found, spurious, notes = P[p['doc']]
        f.write(json.dumps({'doc': p['doc'], 'coder_events': acts, 'found': found,
                            'dateline_events': len(p['events']), 'spurious': spurious,
                            'notes': notes}, ensure_ascii=False) + '\n')
