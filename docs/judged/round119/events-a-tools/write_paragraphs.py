"""Write paragraphs-a-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
P = {
 "h37-x141-18": (["REJECT: Croatia (HRV) -> arbitration tribunal (IGO, no code), said it would not accept the Bay of Piran award, 2017-06-29 (Thursday)"],
                 0, "The tribunal's award of most of the bay to Slovenia is a legal ruling with no clean PLOVER type (not a conviction), so it is not listed; dateline found nothing in the paragraph."),
 "h37-x142-04": ([], 0, "Arafat inaugurating the airport is a domestic ceremony with no other party; the Arab aircraft landing is not an act between named political actors. Nothing to code; dateline coded nothing."),
 "h37-x142-09": (["SANCTION (or COERCE): King Abdullah (JOR) -> Prince Hamzah (JOR), removed him as crown prince, document date"],
                 0, "Naming his son as heir is a future possibility, not an act. Dateline found nothing."),
 "h37-x143-07": (["ASSAULT: mutinous soldiers (GNB/MIL) -> Gen. Verissimo Correia Seabra, head of the armed forces (GNB), killed him, 2004-10-06 (Wednesday)"],
                 1, "Dateline's e1 is right (type, source, target, date). The protest over wages that the mutiny began as is background to the killing and not listed separately."),
 "h37-x141-02": (["ASSAULT (explosives): unknown bombers -> Lt-Gen. Anatoly Romanov, commander of Russian forces in Chechnya (RUS/MIL), remote-controlled bomb in a Grozny tunnel, 1995-10-06 (Friday)"],
                 0, "The faltering peace talks are a mention of an ongoing process, not coded. Dateline found no event in the paragraph (it missed the bombing)."),
 "h37-x144-23": (["SANCTION (withdraw): North Korea (PRK) -> South Korea (KOR), will no longer abide by the 2018 military agreement, 2023-11-23 (Thursday)",
                  "MOBILIZE (troops, future): North Korea (PRK) -> South Korea (KOR), would send troops and new weapons back to the border, announced 2023-11-23",
                  "SANCTION: South Korea (KOR) -> North Korea (PRK), partly suspended the 2018 deal, 2023-11-22 (a day before)",
                  "MOBILIZE (weapons): North Korea (PRK), launched a spy satellite, before 2023-11-22 (2023-11-21)"],
                 1, "Dateline's one event (MOBILIZE troops, PRK, future) is right; it missed the North's withdrawal from the deal, Seoul's partial suspension and the satellite launch."),
}
order = [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
paras = {json.loads(l)['doc']: json.loads(l) for l in open('paragraphs-a.jsonl')}
tot = [0, 0, 0, 0]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for d in order:
        acts, found, notes = P[d]
        n_dl = len(paras[d]['events'])
        rec = {"doc": d, "coder_events": acts, "found": found, "dateline_events": n_dl, "spurious": 0, "notes": notes}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot[0] += len(acts); tot[1] += found; tot[2] += n_dl; tot[3] += 0
print("coded acts, found, dateline events, spurious:", tot)
