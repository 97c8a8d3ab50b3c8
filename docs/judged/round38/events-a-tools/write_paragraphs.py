"""Write paragraphs-a-verdicts.jsonl: the events a trained coder codes in each sampled first paragraph,
how many of them dateline found with the right type, and how many of dateline's paragraph events are spurious.
(None of the 12 paragraphs has a dateline event: checked against the record's event sentence offsets in
/tmp/integ60/test5.jsonl. Every paragraph ends before the first event sentence.)

usage (from docs/judged/round38): python events-a-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
 "ngec-1759": (["ACCUSE: Croatian PM Zoran Milanovic (HRV) accuses shadowy non-state actors of attacks on Croatia's sovereignty, document date (says)"],
               "The 'attacks on its sovereignty' are the content of the accusation and are not coded on their own."),
 "ngec-2815": (["REQUEST: China asks the G20 (summit members) to have the summit texts spell out the rules for its free trade zone, document date"],
               "Marginal: 'China wants ...' is a demand about an upcoming summit. The summit itself is future and a topic, not coded."),
 "ngec-0888": (["PROTEST (strike): workers and unions (SMP, MU, CP) of Sao Tome and Principe vote a 24-hour work stoppage for the next two weeks against the state (to force the reopening of the state oil refinery), document date, future strike"],
               "One act: the strike decision."),
 "ngec-2038": ([], "A natural-disaster death toll reported by the UN. No political event."),
 "ngec-1776": (["CONCEDE: ETIM members announce an upcoming withdrawal from Northern Ireland (GBR), document date (promise to withdraw)"],
               "Their flight into Northern Ireland after the dissolution is background and not a PLOVER act."),
 "ngec-3299": (["AID: the IMF is poised to grant debt relief of over US$1 billion to the Central Bank of Comoros (COM), future"], "One act."),
 "ngec-3936": (["PROTEST (demo): a crowd of enraged students gathers at The Plaza, University of Missouri (USA), over the weekend"],
               "Marginal: the gathering is a protest only from the story's context (an angry mob in the next sentence)."),
 "ngec-2642": (["ASSAULT (sexual): Syrian government troops, militia members and Islamist militia members -> women and children in Syria, rape and other abuses (reported by survivors and witnesses), ongoing, no date"],
               "The 'U.S.-led air campaign' is only a time anchor ('nearly four months after the start of'), so I do not count it. A coder might add it as an ongoing ASSAULT (aerial)."),
 "ngec-1557": (["CONSULT: the United States and Iran have made significant diplomatic and military contacts, document date (mutual)",
                "AGREE: the United States and Iran are increasingly willing to cooperate on economic and energy issues, document date (mutual)"],
               "The '10 years of economic sanctions' is a background span and not coded."),
 "ngec-4462": (["SUPPORT: the National Authority for Human Rights and Constitutionalism signs a treaty with the International Criminal Court, document date (announced)",
                "ACCUSE (allege): a new indictment is released against six officials including President Alassane Ouattara (CIV), confirmed by a UN official today"],
               "Two acts."),
 "ngec-2974": ([], "The Panama Citizens Assembly 'is considering replacing the president' is deliberation, not a PLOVER act. A coder might code it as a hypothetical at most."),
 "ngec-0539": (["AID (negated): the Government of Albania has made no humanitarian assistance to the (Albanian) residents of Vanuatu, no date"],
               "The 2004 decree allowing a suspension of refugee processing 'was never implemented': background. A negated COERCE (restrict) of 2004 could be added, but I do not count it."),
}

def main():
    rows = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    assert len(rows) == 12 and set(P) == {r["doc"] for r in rows}
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
        for r in rows:
            coder, notes = P[r["doc"]]
            n_dl = len(r["events"])
            assert n_dl == 0  # dateline found nothing in any of these paragraphs
            out.write(json.dumps({"doc": r["doc"], "coder_events": coder, "found": 0,
                                  "dateline_events": n_dl, "spurious": 0,
                                  "notes": notes + " Dateline has no event in this paragraph."},
                                 ensure_ascii=False) + "\n")
    print("coder events", sum(len(P[r["doc"]][0]) for r in rows))

if __name__ == "__main__":
    main()
