"""Write paragraphs-a-verdicts.jsonl (judge a, round 96)."""
import json
from pathlib import Path
here = Path(__file__).resolve().parent.parent
P = {
 "h25-x96-05": (["SUPPORT: Norwegian Nobel Committee (NOR) -> Kim Dae-jung (KOR), awarded/honoured him with the Nobel Peace Prize, 2000-10-13",
                 "CONSULT: Kim Dae-jung (KOR) <-> North Korea / Kim Jong Il (PRK), first inter-Korean summit, 2000-06"],
                0, 0, 0, "Dateline codes the June summit only from the fourth paragraph (e1 'flew', 2000-06) and nothing in the first paragraph; the prize award is not coded."),
 "h25-x94-20": (["REJECT: Ghazouani's main rivals (MRT) -> the provisional count / election authorities (MRT), rejected the count, 2019-06-23",
                 "ACCUSE (future): main rivals (MRT) -> election authorities (MRT), said they would challenge the result, 2019-06-23"],
                1, 1, 0, "Dateline's REJECT (rivals, MRT, no target, 2019-06-23) is right; the announced challenge is not coded. Ghazouani's claim of victory is not a PLOVER act."),
 "h25-x95-02": (["RETREAT (resign): Atal Behari Vajpayee (IND), resigned as prime minister, 1996-05-28"],
                1, 1, 0, "Dateline's RETREAT/resign is right; 'conceding' that the BJP lacked a majority is part of the resignation, not a separate act."),
 "h25-x95-09": ([], 0, 0, 0, "Election result only (Yayi Boni won the run-off); no PLOVER act between political actors, and dateline codes none."),
 "h25-x94-19": (["RETREAT (withdraw, ordered): Donald Trump / United States (USA) -> Syria (SYR), ordered the withdrawal of all U.S. troops, 2018-12-19",
                 "ACCUSE: senior Republicans (USA) -> Trump (USA), sharp criticism of the decision, 2018-12-19/20"],
                0, 0, 0, "Dateline codes nothing in the lede; it codes the Graham criticism (third paragraph on) and the State Department pullout, but not Trump's withdrawal order itself."),
 "h25-x96-18": (["RETREAT (release): North Korea (PRK) -> Otto Warmbier (USA), released him, 2017-06-13",
                 "SANCTION (convict): North Korea (PRK) -> Otto Warmbier (USA), sentenced him to 15 years of hard labour, 2016-03 (more than a year earlier)"],
                0, 0, 0, "Dateline codes neither the release (the story's main event) nor the sentence in the lede."),
}
paras = [json.loads(l) for l in open(here / 'paragraphs-a.jsonl')]
assert len(paras) == 6
with open(here / 'paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, n, sp, notes = P[p['doc']]
        assert n == len(p['events']), p['doc']
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found, "dateline_events": n,
                            "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open(here / 'paragraphs-a-verdicts.jsonl')]
print({"coded": sum(len(r['coder_events']) for r in rows), "found": sum(r['found'] for r in rows),
       "dateline_events": sum(r['dateline_events'] for r in rows), "spurious": sum(r['spurious'] for r in rows)})
