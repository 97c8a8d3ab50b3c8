# Writes paragraphs-a-verdicts.jsonl (judge a, round 99).
import json
P = {
 "h27-x104-09": dict(coder_events=[
    "ACCUSE: rivals of the CPP (Funcinpec, Sam Rainsy party; KHM) -> Cambodian People's Party (KHM), say the vote was unfair, 2003-07-29"],
    found=0, dateline_events=0, spurious=0,
    notes="Winning seats is not a PLOVER event. Dateline codes the fuller accusation only in paragraph 4 (e1), not the clause here."),
 "h27-x104-24": dict(coder_events=[
    "THREATEN: Sara Duterte (PHL) -> Ferdinand Marcos Jr. (PHL; also his wife and House Speaker), said she had arranged for them to be killed if she were assassinated, 2024-11-23",
    "MOBILIZE: presidential palace (PHL) -> none, ordered tighter security around the president, 2024-11-23"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline finds no event in this lead, including the central threat."),
 "h27-x101-08": dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="A commemoration and burial of victims; the massacre is only referred to, not reported as an act here. Nothing to code."),
 "h27-x102-23": dict(coder_events=[
    "SANCTION: Federal Supreme Court (IRQ) -> Mohammed al-Halbousi (IRQ), terminated his parliamentary membership, 2023-11-14",
    "ACCUSE: Halbousi's allies (IRQ) -> Federal Supreme Court (IRQ), said the ruling threatened the balance of power, 2023-11-15"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline misses both the court's ruling, the story's main event, and the allies' criticism."),
 "h27-x104-04": dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Leading an election count is not an event; 'a vote marred by scattered violence' names no actors or act to code."),
 "h27-x103-09": dict(coder_events=[
    "ACCUSE: opposition (MDC, ZWE) -> ZANU-PF / Zimbabwe authorities (ZWE), denounced the vote as massive fraud, 2005-04-02"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline e1 ACCUSE opposition (ZWE) with an empty target, dated 2005-04-02: the type is right. The election win is not an event."),
}
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events'])
        out.write(json.dumps({"doc": p['doc'], **d}, ensure_ascii=False) + '\n')
