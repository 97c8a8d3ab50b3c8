"""Judge c, round 160: write paragraphs-c-verdicts.jsonl (recall on the six lead paragraphs).
usage (from docs/judged/round160): python events-c-tools/paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
 "h57-x222-15": dict(
   coder_events=["SANCTION: United States (USA) -> Iran (IRN), reimposed sanctions on oil, shipping and banking and added 700+ individuals, entities, aircraft and vessels to the blacklist (one package), 2018-11-05"],
   found=1, spurious=0,
   notes="Dateline's SANCTION USA -> IRN on Monday 2018-11-05 is the act (SANCTION accepted; CAMEO2PLOVER would say COERCE restrict). The blacklisting is part of the same package, coded once."),
 "h57-x223-22": dict(
   coder_events=["SANCTION expel: Sudan's army-led government (SDN) -> Volker Perthes, U.N. envoy (UN), declared persona non grata, 2023-06-08 (Thursday)",
                 "REQUEST: army chief Abdel Fattah al-Burhan (SDN) -> United Nations (UN), weeks-long campaign to have Perthes removed, ongoing (background)"],
   found=0, spurious=0,
   notes="Dateline found no event here: the persona non grata declaration, the paragraph's main act, is missed."),
 "h57-x221-04": dict(
   coder_events=["COERCE restrict: Russia's lower house (RUS) -> NGOs funded from abroad (RUS), approved a law making them register as 'foreign agents', 2012-07-13",
                 "ACCUSE: critics (RUS) -> the Duma/Russian authorities (RUS), say the law is aimed at silencing election monitors, 2012-07-13"],
   found=0, spurious=0,
   notes="Dateline's one event codes the Duma's vote as SUPPORT (approve) with no target: the act is real but its type should be COERCE (restriction on NGOs), so it is not spurious but not found with the right type. The critics' charge is only a reported_by on it."),
 "h57-x222-06": dict(
   coder_events=["COERCE ban: Tunisia's government (TUN) -> Ansar al-Sharia (TUN), declared a terrorist organisation, 2013-08-27",
                 "ACCUSE allege: Tunisia's government (TUN) -> Ansar al-Sharia (TUN), accused of murdering two opposition politicians and plotting to seize power, 2013-08-27",
                 "ASSAULT (reported, inside the accusation): Ansar al-Sharia (TUN) -> two opposition politicians (TUN), murders, no date in the paragraph"],
   found=1, spurious=0,
   notes="Dateline found the ACCUSE (with an empty target, which should be Ansar al-Sharia), but not the ban, the paragraph's main act, nor the murders inside the accusation."),
 "h57-x223-03": dict(
   coder_events=["SANCTION: West African (ECOWAS) leaders -> Mali's military junta (MLI), imposed diplomatic and economic sanctions, closing borders and cutting it off from the regional central bank, 2012-04-02",
                 "ASSAULT (coup, background): Malian soldiers (MLI) -> Mali's government (MLI), seized power last month, 2012-03"],
   found=1, spurious=0,
   notes="Dateline found the sanctions with all fields right. The coup in the relative clause is missed; the demand that the soldiers step aside is only the sanctions' condition and is not counted."),
 "h57-x221-15": dict(
   coder_events=["COERCE: Serbian police (SRB) -> opposition protesters (SRB), removed them from the state broadcaster's headquarters, 2019-03-17",
                 "PROTEST: opposition protesters (SRB) -> state broadcaster RTS (SRB), forced their way into its headquarters, 2019-03-16 (Saturday evening, per the next paragraph)",
                 "PROTEST: thousands of demonstrators (SRB) -> President Aleksandar Vucic / the presidency (SRB), surrounded the presidency, 2019-03-17"],
   found=0, spurious=0,
   notes="Dateline found no event in this paragraph: the police removal and both protests are missed."),
}

def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    assert len(paras) == 6 and {p["doc"] for p in paras} == set(P)
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
    print(tot)

if __name__ == "__main__":
    main()
