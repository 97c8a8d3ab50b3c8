"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the six first paragraphs)."""
import json
P = {
 "h21-x77-21": dict(coder_events=[
    "SUPPORT: NATO's 29 members (NATO) -> Macedonia (MKD), signed the accession protocol, 2019-02-06"],
    found=1, spurious=0,
    notes="Dateline's e1 (SUPPORT NATO -> North Macedonia, 2019-02-06) is right. Ratification by national parliaments is a future condition, not coded."),
 "h21-x78-23": dict(coder_events=[
    "SANCTION: Iraq (IRQ) -> Sweden's ambassador (SWE), expelled, 2023-07-20",
    "SANCTION: Iraq (IRQ) -> Sweden (SWE), recalled its charge d'affaires from Stockholm, 2023-07-20",
    "PROTEST: protesters (IRQ) -> Swedish embassy (SWE), stormed and set fire to the embassy (riot), 2023-07-20"],
    found=2, spurious=0,
    notes="Dateline found the expulsion and the embassy riot (the riot's source is coded SWE, wrong, but it counts as found with the right type). It missed the recall of Iraq's charge d'affaires. The planned Koran desecration is a future act of an individual, not coded."),
 "h21-x80-03": dict(coder_events=[], found=0, spurious=0,
    notes="Winning an election and defeating a candidate are not PLOVER events; nothing to code."),
 "h21-x80-06": dict(coder_events=[
    "ASSAULT: Chilean military led by Augusto Pinochet (CHL) -> Salvador Allende's government (CHL), 1973 military coup in which Allende died, 1973"],
    found=0, spurious=0,
    notes="Lagos's election win is not an event. The background 1973 coup is a violent seizure of power by the armed forces (borderline for a background clause, but a coder would code it). Dateline has no event here."),
 "h21-x78-22": dict(coder_events=[
    "ASSAULT: armed groups backing Dbeibah's government (LBY) <-> forces loyal to Fathi Bashagha (LBY), fiercest fighting in two years, 32 dead, beaten back, 2022-08-27 (fighting from Friday night through Saturday; the paragraph itself dates only the calm, Sunday)"],
    found=0, spurious=0,
    notes="One fighting event, with the deaths and the beating back being the same act. Dateline has no event in the paragraph."),
 "h21-x79-09": dict(coder_events=[
    "SUPPORT: regional mediators () -> the Burundi handover (BDI: Ndayizeye and Buyoya), hailed as a crucial test of the peace process, 2003-04-30"],
    found=0, spurious=0,
    notes="The swearing-in and scheduled handover under the power-sharing deal are not coded as events (no resignation or concession is reported). The mediators' praise is SUPPORT. Dateline has no event here."),
}
rows = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for r in rows:
        p = P[r['doc']]
        out = {'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
               'dateline_events': len(r['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
