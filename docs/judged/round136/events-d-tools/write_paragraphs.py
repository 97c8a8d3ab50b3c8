"""Write paragraphs-d-verdicts.jsonl (the judge's coding of each first paragraph)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = {
 "h45-x176-14": (["CONSULT: Hillary Clinton (USA) -> Pacific Islands Forum (IGO, no country), attends the forum as first U.S. secretary of state, 2012-08-31",
                  "AGREE: Hillary Clinton (USA) -> Pacific Islands Forum island states (no single code), pledges new aid, 2012-08-31"],
                 1, 0, "Dateline has the aid pledge (AGREE) with an empty target; the attendance (multilateral CONSULT) is missed. 'Saying ... not aimed at shutting out China' is a plain statement, no PLOVER event."),
 "h45-x173-09": (["COERCE: Serbian police (SRB) -> former members of the Scorpions paramilitary unit (SRB), arrested, 2005-06-02/2005-06-03 (Thursday and Friday)",
                  "ASSAULT: Scorpions paramilitaries (SRB) -> Muslim prisoners from Srebrenica (BIH), executed as shown in the video, 1995 (the 1995 massacre; month given later in the story)"],
                 1, 0, "Dateline finds the arrests; the executions shown in the video (a background 1995 act) are missed in this paragraph (the story's later Srebrenica sentences have their own events)."),
 "h45-x173-01": (["COOPERATE: Austria (AUT), Finland (FIN), Sweden (SWE) -> European Union (EU), become members, 1995-01-01"],
                 0, 0, "Accession to the EU taking effect; some coders leave such a status change uncoded, but a trained coder would code the joining as expanded cooperation. Dateline has no event here."),
 "h45-x175-16": (["PROTEST: striking unions/workers (NGA) -> Nigerian government (NGA), nationwide strike against the scrapping of the fuel subsidy, 2012-01-10",
                  "ASSAULT: Nigerian police (NGA) -> protesters (NGA), at least three killed in clashes, before 2012-01-10 (Monday 2012-01-09 per the story)"],
                 2, 0, "Both found with the right type; dateline's strike has no source or target (the government whose subsidy decision it targets is the target), and the killings take Tuesday though the sentence puts them before it ('after')."),
 "h45-x175-20": (["ASSAULT: police (BGD) -> students (BGD), tear gas and rubber bullets, 2018-08-05",
                  "PROTEST: students (BGD), week of protests over road safety, 2018-08-05 (ongoing)",
                  "ASSAULT: men armed with sticks and machetes (no code) -> demonstrators and journalists (BGD), attacked for a second day, 2018-08-05, per witnesses"],
                 2, 0, "Dateline finds the tear gas and the protests; the attack by armed men on demonstrators and journalists, in the witnesses' clause, is missed."),
 "h45-x175-10": (["ACCUSE: U.N. Security Council (IGO) -> Sudan (SDN), refers suspected Darfur war crimes to the International Criminal Court, 2005-03-31",
                  "CONCEDE: United States (USA) -> U.N. Security Council (IGO), drops its threat of a veto, before 2005-03-31 (undated)"],
                 0, 0, "Dateline has no event in this paragraph: the council's referral to the ICC (ACCUSE, legal action) and the U.S. dropping its veto threat (CONCEDE) are both missed."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
tot = [0, 0, 0, 0]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        n = len(p["events"])
        o = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n, "spurious": spur, "notes": notes}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
        for i, x in enumerate([len(ev), found, n, spur]): tot[i] += x
print("coded acts, found, dateline events, spurious:", tot)
