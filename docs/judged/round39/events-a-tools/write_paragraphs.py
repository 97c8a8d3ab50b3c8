"""Write paragraphs-a-verdicts.jsonl from the judge's coding of the 12 first paragraphs.

usage (from docs/judged/round39): python events-a-tools/write_paragraphs.py
dateline found no event in any of the 12 paragraphs (paragraphs-a.jsonl "events": [], checked
against the records in /tmp/main62/testT.jsonl), so found = 0 and spurious = 0 throughout.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

CODED = {
    "ngec-3817": (["SANCTION: Sudan, Eritrea, South Sudan and Guinea-Bissau renounce their recognition of South Sudan's independence (toward South Sudan), late Saturday 2023-06-10"],
                  "One act with four sources; a coder could give REJECT, SANCTION (reduce relations) is nearer."),
    "ngec-4484": ([], "A ship collision from poor visibility is an accident, no political event."),
    "ngec-2771": (["PROTEST: students, faculty and activists (KEN) disrupt lessons at Nairobi University demanding release of detained students (target Kenya), Sunday 2023-06-11",
                   "COERCE: Kenyan authorities hold hundreds of student protesters on accusations of inciting violence, ongoing (document date)"],
                  "The demand for release is part of the protest (PLOVER codes protest demands as PROTEST)."),
    "ngec-4115": ([], "Opinion text; 'illegal U.S. military operations' is a topic with no act, source or date."),
    "ngec-0179": (["AGREE: governments of Bhutan and Mexico commit in a joint declaration to work together on regional tensions, document date"], ""),
    "ngec-2929": (["AGREE: the United States and Russia make overtures for a bilateral trade agreement for Central Asia (mutual), document date (reported late Tuesday)"],
                  "'the Islamic world braces for a war in Syria' is no act."),
    "ngec-4258": (["SUPPORT: Russian State Duma adopts a resolution for strengthening the UN health agency (WHO), 2010-07-18"],
                  "Could be read as REQUEST (a call for strengthening); SUPPORT is nearer."),
    "ngec-0064": (["RETREAT: the U.N. withdraws its planned fact-finding mission from Kenya, reported by Human Rights Watch on Wednesday 2023-06-14"],
                  "The planned investigation of abuses by the security forces is withdrawn, not coded as a separate act."),
    "ngec-4023": (["REQUEST: the Oceania Group (Pacific island nations) asks the United Nations for observer status, document date"],
                  "'the war in Yemen enters its fourth year' is background with no actors."),
    "ngec-3248": (["CONCEDE: Australian government (minister) willing to make concessions in the free-trade talks (toward Ecuador), document date"],
                  "Ecuador 'has not expressed similar willingness' is a negated act, not counted."),
    "ngec-2418": ([], "'descended into xenophobia and violence' and police/militia 'confront' the country's history: no act between actors."),
    "ngec-1671": (["AGREE: Madagascar announces it will ratify the African Charter on the Rights and Welfare of the Child, Monday 2023-06-12"], ""),
}


def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    assert len(paras) == 12 and {p["doc"] for p in paras} == set(CODED)
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
        for p in paras:
            events, notes = CODED[p["doc"]]
            assert p["events"] == []
            n = "dateline coded no event in the paragraph." + (" " + notes if notes else "")
            out.write(json.dumps({"doc": p["doc"], "coder_events": events, "found": 0,
                                  "dateline_events": len(p["events"]), "spurious": 0, "notes": n},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
