"""Write paragraphs-c-verdicts.jsonl (the judge's coding of each first paragraph)."""
import json
P = {
 "h62-x242-04": dict(coder_events=[
    "ASSAULT: gunmen (no code) -> Abdullah al-Nibari and his wife (KWT), shot and wounded them, 1997-06-05 (Thursday evening)"],
    found=1, spurious=0,
    notes="Dateline's one event (ASSAULT firearms, Gunmen -> Nibari, 1997-06-05 evening) matches; the wife is the same act."),
 "h62-x244-22": dict(coder_events=[
    "RETREAT: Chen Shui-bian (TWN) -> (none), resigned as DPP chairman after the election defeat, 2008-01-12"],
    found=1, spurious=0,
    notes="The KMT's election win is not a PLOVER act. Dateline's RETREAT resign matches."),
 "h62-x244-16": dict(coder_events=[], found=0, spurious=0,
    notes="A swearing-in is not a PLOVER act. The peace process that 'ended a decade-long war' is background with no actor's act, so there is nothing to code, and dateline coded nothing."),
 "h62-x242-12": dict(coder_events=[
    "SANCTION: Libya (LBY) -> Arab League (no code), formally told it it intends to withdraw from the organisation (future), 2002-10-24",
    "ACCUSE: Libya (LBY) -> Arab governments (no code), accused them of doing nothing for the Palestinians or to head off a U.S. attack on Iraq, 2002-10-24"],
    found=0, spurious=0,
    notes="Dateline found neither act. The U.S. attack on Iraq is hypothetical (something to 'head off'), so it is not coded. Thursday is 2002-10-24 (the story is dated Friday 2002-10-25)."),
 "h62-x242-16": dict(coder_events=[
    "ASSAULT: unknown bomber (no code) -> foreign tourists and bystanders in Khan al-Khalili (no code), bomb killed two tourists and wounded about 18, 2005-04-07 (Thursday evening)"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph, so the bombing in the lead is missed."),
 "h62-x244-06": dict(coder_events=[
    "AGREE: Kim Dae-jung (KOR) -> North Korea (PRK), offered to exchange special envoys and hold a summit if Pyongyang wished, 1998-02-25",
    "SANCTION: South Korean military rulers (KOR) -> Kim Dae-jung (KOR), once sentenced him to death, undated (background)"],
    found=1, spurious=0,
    notes="Dateline's AGREE (offering, Kim -> North Korea) matches, and I count the envoys-and-summit offer as one act. The background death sentence in the appositive is an act (a SANCTION convict) that dateline did not code; a coder keeping only the news would drop it, which would make this paragraph 1 of 1."),
}
order = [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
dl = {json.loads(l)['doc']: len(json.loads(l)['events']) for l in open('paragraphs-c.jsonl')}
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for d in order:
        p = P[d]
        out.write(json.dumps({"doc": d, "coder_events": p['coder_events'], "found": p['found'],
                              "dateline_events": dl[d], "spurious": p['spurious'], "notes": p['notes']}, ensure_ascii=False) + '\n')
t = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
print('paragraphs', len(t), 'coded', sum(len(x['coder_events']) for x in t), 'found', sum(x['found'] for x in t),
      'dateline', sum(x['dateline_events'] for x in t), 'spurious', sum(x['spurious'] for x in t))
