"""Write paragraphs-c-verdicts.jsonl (judge c, round 137). Run in docs/judged/round137/."""
import json

P = {
 "h46-x177-17": dict(
    coder_events=[
      "REJECT: Russia (RUS) -> Britain (GBR) / UN Security Council, vetoed the British-drafted Srebrenica resolution, 2015-07-08",
      "SUPPORT: Russia (RUS) -> Serbia (SRB), siding with Serbia, 2015-07-08",
      "ASSAULT: (unnamed, Bosnian Serb forces not named) -> some 8,000 Muslim men and boys (BIH), the Srebrenica massacre, 1995",
    ], found=1,
    notes="Dateline's REJECT (veto) is right. It misses 'siding with Serbia' (SUPPORT) and the dated background massacre (a noun-phrase act with no source named). 'would have condemned' is the failed resolution's hypothetical content, not coded."),
 "h46-x180-03": dict(
    coder_events=[
      "SANCTION: Peru military tribunal (PER) -> Lori Berenson (USA), convicted and sentenced to life for treason, 1996-01-11 (reported Thursday)",
    ], found=1,
    notes="Conviction and sentencing are one SANCTION act. The charge (helping rebels plan an attack on Congress) is the content of the verdict, not a separate coded act."),
 "h46-x177-25": dict(
    coder_events=[
      "AGREE: Ukraine (UKR) -> United States (USA), ready to accept the U.S. proposal for a 30-day ceasefire with Russia, 2025-03-11",
      "AGREE: United States (USA) -> Ukraine (UKR), agreed to resume military aid and intelligence sharing, 2025-03-11",
      "CONSULT: Ukraine (UKR) <-> United States (USA), nine hours of talks in Jeddah, Saudi Arabia, 2025-03-11",
    ], found=2,
    notes="Dateline finds both AGREE acts (the U.S. one with no target, Ukraine's with the U.S. and Russia); it misses the Jeddah talks (CONSULT). The earlier pause of aid ('it had paused') is an undated background act in a relative clause, not counted."),
 "h46-x180-19": dict(
    coder_events=[
      "AGREE: Argentina (ARG) <-> IMF, reached a deal for a $50 billion standby loan, 2018-06-07",
    ], found=1,
    notes="Macri seeking to calm markets is no act between political actors."),
 "h46-x180-21": dict(
    coder_events=[
      "COERCE: Thailand's Constitutional Court (THA) -> Future Forward party (THA), ordered the party dissolved, 2020-02-21",
      "COERCE: Thailand's Constitutional Court (THA) -> Future Forward's leaders (THA), banned from politics for 10 years, 2020-02-21",
    ], found=2,
    notes="Both bans found with the right type (the dissolution as COERCE/restrict, the leaders' ban as COERCE/ban)."),
 "h46-x177-16": dict(
    coder_events=[
      "ACCUSE: Spain's central government (ESP) -> Catalan regional authorities (ESP), dismissed the symbolic independence poll as worthless propaganda, 2014-11-10",
    ], found=0,
    notes="Dateline has no event in the paragraph and misses Madrid's dismissal (ACCUSE, or REJECT). The Catalans' vote in the symbolic poll is an electoral act, not counted (a coder might code it as dissent toward Spain)."),
}

def main():
    paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
    assert len(paras) == 6
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    with open("paragraphs-c-verdicts.jsonl", "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": 0, "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
            tot["dateline"] += rec["dateline_events"]; tot["spurious"] += rec["spurious"]
    print(tot)

if __name__ == "__main__":
    main()
