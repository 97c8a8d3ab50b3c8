# writes paragraphs-a-verdicts.jsonl
import json
P = {
 'h33-x126-16': dict(coder_events=[
    "SUPPORT: Egyptian voters (EGY) -> army-backed government / new constitution (EGY), approved the constitution with 98.1% in a referendum, 2014-W03 (Jan 14-15)",
    "COERCE: Egyptian army (EGY) -> Mohamed Mursi (EGY), removed the president from power, 2013-07 (six months earlier)"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded nothing in the paragraph; the referendum approval and the background removal of Mursi are missed."),
 'h33-x128-05': dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="A swearing-in after an election win and the end of Rabuka's rule: domestic institutional acts with no PLOVER interaction between actors; nothing to code."),
 'h33-x127-13': dict(coder_events=[
    "ASSAULT: Sudanese army (SDN) <-> northern fighters allied to the SPLM (SDN), fighting spread across South Kordofan, 2011-06-09"],
    found=0, dateline_events=0, spurious=0,
    notes="The fighting is missed; the flight of 40,000 people is not an act between actors."),
 'h33-x126-02': dict(coder_events=[
    "CONSULT: Necmettin Erbakan (TUR) -> Muammar Gaddafi (LBY), visit to Libya, 1996-10-07",
    "REQUEST: Muammar Gaddafi (LBY) -> Turkey (TUR), called for an independent Kurdish state, 1996-10-07",
    "ACCUSE: Muammar Gaddafi (LBY) -> Turkey (TUR), denounced Turkey's ties with the West, 1996-10-07",
    "ACCUSE: Turkish politicians in Ankara (TUR) -> Muammar Gaddafi (LBY), storm of protest, 1996-10-07"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline found nothing in this paragraph (it codes the denunciation from the next sentence, item 24). The call for a Kurdish state could also be coded SUPPORT for the Kurds."),
 'h33-x125-24': dict(coder_events=[
    "CONSULT: Vladimir Putin (RUS) -> Ilham Aliyev (AZE), talks in Baku, 2024-08-19",
    "AGREE: Vladimir Putin (RUS) -> Azerbaijan (AZE) / Armenia (ARM), offered help in concluding a peace treaty, 2024-08-19"],
    found=2, dateline_events=2, spurious=0,
    notes="Both acts found with right type and arguments."),
 'h33-x127-11': dict(coder_events=[
    "SUPPORT: Cameroon parliament (CMR) -> Paul Biya (CMR), voted to remove the two-term limit allowing him to stand again, 2008-04-10"],
    found=0, dateline_events=1, spurious=0,
    notes="Dateline coded the vote as CONCEDE (ease restrictions) parliament -> presidency; an act is there, so not spurious, but a term-limit removal in the president's favour is approval/support of Biya, not a concession, so not counted as found with the right type."),
}
docs=[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for d in docs:
        f.write(json.dumps(dict(doc=d, **P[d]), ensure_ascii=False)+'\n')
t=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
print(len(t), sum(len(x['coder_events']) for x in t), sum(x['found'] for x in t), sum(x['dateline_events'] for x in t), sum(x['spurious'] for x in t))
