"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the 6 first paragraphs)."""
import json
P = {
 "h16-x60-23": dict(coder_events=[
    "SANCTION (withdraw): five Micronesian nations (Palau PLW, Marshall Islands MHL, FSM, Kiribati KIR, Nauru NRU; unnamed in the paragraph) -> Pacific Islands Forum (IGO, no code), announced they will begin withdrawing, 2021-02-09, future"],
    found=0, dateline_events=0, spurious=0,
    notes="The defeat of their candidate in a vote is an election result, not an event. Dateline found nothing in the paragraph."),
 "h16-x59-05": dict(coder_events=[
    "SUPPORT (sign agreement): leaders of Congo (COD) and five other African countries (AGO, NAM, ZWE, RWA, UGA) -> each other, signed the Lusaka ceasefire agreement, 1999-07-10",
    "REJECT: rebel groups (COD rebels) -> the deal / signatories, refused to sign the ceasefire agreement, 1999-07-10"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's SUPPORT 'signed' is right. The rebels' refusal is missed. The relative clause 'whose armies are fighting' describes the ongoing war; I did not count it as a separate act."),
 "h16-x59-15": dict(coder_events=[
    "SUPPORT: Barack Obama (USA) -> India (IND), said he supported a permanent U.N. Security Council seat for India, 2010-11-08",
    "CONSULT (visit): Barack Obama (USA) -> India (IND), three-day visit (last full day), 2010-11-08 (ongoing, 2010-11-06 to 08)"],
    found=1, dateline_events=1, spurious=0,
    notes="The endorsement is found with the right arguments and date. The visit in the noun phrase 'a three-day visit' is missed."),
 "h16-x57-08": dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="The helicopter crash and its rising toll are reported as an accident in this paragraph; the possible missile attack comes only in a later paragraph. No event to code, and dateline codes none."),
 "h16-x58-16": dict(coder_events=[
    "PROTEST (demo/obstruct): protesters led by opposition lawmakers (KWT) -> Prime Minister Sheikh Nasser al-Mohammad al-Sabah / Kuwaiti government (KWT), forced their way into the National Assembly demanding his resignation, 2011-11-16"],
    found=1, dateline_events=1, spurious=0,
    notes="Found as PROTEST with the right arguments and date; the demand is part of the protest (PLOVER codes protests making demands as PROTEST only)."),
 "h16-x59-04": dict(coder_events=[
    "SUPPORT (apologise/acknowledge, CAMEO 055): Bill Clinton (USA) -> Rwanda (RWA), admitted the world including the U.S. failed to stop the genocide, 1998-03-25",
    "ASSAULT (massacre): genocide perpetrators (unnamed; RWA) -> an estimated 800,000 people (RWA), the 1994 genocide in Rwanda, 1994"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's ASSAULT 'killed' has the right type (counted as found, any arguments), but its target's country is USA (should be RWA) and its date the document date (should be 1994). Clinton's admission is arguably an apology (Rwandan officials 'had hoped for a fuller apology'); missed."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in paras:
        v = P[p['doc']]
        assert v['dateline_events'] == len(p['events']), p['doc']
        f.write(json.dumps({"doc": p['doc'], **v}, ensure_ascii=False) + "\n")
tot = lambda k: sum(P[d][k] for d in P)
print("coded", sum(len(P[d]['coder_events']) for d in P), "found", tot('found'), "dateline", tot('dateline_events'), "spurious", tot('spurious'))
