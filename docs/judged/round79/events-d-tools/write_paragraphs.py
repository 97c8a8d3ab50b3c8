"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the 6 sampled first paragraphs)."""
import json
P = {
 "h17-x64-06": dict(coder_events=[
    "AGREE: Bill Clinton (USA) -> Colombia (COL), pledged to stand by Colombia in its fight against cocaine traffickers, 2000-08-30",
    "AID: United States (USA) -> Colombia (COL), the $1.3 billion U.S. aid package (noun phrase; approved earlier, undated here)"],
    found=1, spurious=0,
    notes="Dateline's one event (AGREE Clinton -> Colombia, 2000-08-30) is right. The aid package is a marginal noun-phrase act (background, the topic of Clinton's insistence); 'insisted that ... would not drag' is a statement with no PLOVER type."),
 "h17-x62-07": dict(coder_events=[
    "REJECT: Iran (IRN) -> Britain, France, Germany (GBR, FRA, DEU), resumed uranium conversion in defiance of their warnings, 2005-08-08",
    "THREATEN: Britain, France, Germany (GBR, FRA, DEU) -> Iran (IRN), warnings against resuming the work (noun phrase, earlier, undated)"],
    found=1, spurious=0,
    notes="Dateline found the defiance (REJECT, 2005-08-08). The EU3 warnings are a background noun phrase (could also be read as REQUEST); 'under the eyes of U.N. inspectors' not coded."),
 "h17-x63-22": dict(coder_events=[
    "ACCUSE: protesters (LKA) -> Ranil Wickremesinghe (LKA) and the Rajapaksa family (LKA), blame them for the economic collapse, 2022-07-20 (ongoing)"],
    found=0, spurious=0,
    notes="The parliament's election of Wickremesinghe is an institutional act with no PLOVER type between actors (not coded); 'angered protesters' is a reaction, not an act. Dateline has no event in this paragraph."),
 "h17-x61-21": dict(coder_events=[
    "REJECT: Maria Kolesnikova (BLR) -> Belarusian authorities (BLR), ripped up her passport to stop her expulsion, 2020-09-08",
    "COERCE: Belarusian authorities (BLR) -> Maria Kolesnikova (BLR), tried to force her out of the country (deport; attempted), 2020-09-08",
    "ASSAULT: masked men (BLR) -> Maria Kolesnikova (BLR), seized (abducted) in central Minsk, 2020-09-07"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph; all three acts missed."),
 "h17-x61-10": dict(coder_events=[
    "ACCUSE: Turkish prosecution/court (TUR) -> Orhan Pamuk (TUR), trial on charges of insulting Turkish identity (opened and adjourned), 2005-12-16",
    "PROTEST: nationalist protesters (TUR) -> Pamuk's supporters (TUR), jostled them outside the Istanbul courthouse, 2005-12-16"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph; the trial (ACCUSE, bring to trial) and the scuffle (PROTEST riot, or ASSAULT beat) are missed."),
 "h17-x63-03": dict(coder_events=[
    "SUPPORT: Bangladesh's government (BGD) <-> tribal guerrillas (Shanti Bahini/PCJSS, BGD), signed a peace accord, 1997-12-02",
    "ASSAULT: insurgency (tribal guerrillas, BGD) -> people (BGD), two-decade insurgency that has killed thousands (total over a span, no date)"],
    found=1, spurious=1,
    notes="e1 (SUPPORT, signed, 1997-12-02) is right. e2 (CONCEDE 'end' with target 'insurgency') is spurious: ending the insurgency is the aim of the same accord, a second event for the act already coded, not a ceasefire declaration, and 'insurgency' is not a party. The insurgency's killings (a noun-phrase total) are missed."),
}
n_dl = {}
for l in open("paragraphs-d.jsonl"):
    d = json.loads(l); n_dl[d["doc"]] = len(d["events"])
rows = []
for l in open("paragraphs-d.jsonl"):
    d = json.loads(l); p = P[d["doc"]]
    rows.append({"doc": d["doc"], "coder_events": p["coder_events"], "found": p["found"],
                 "dateline_events": n_dl[d["doc"]], "spurious": p["spurious"], "notes": p["notes"]})
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "coded", sum(len(r["coder_events"]) for r in rows), "found", sum(r["found"] for r in rows),
      "dateline", sum(r["dateline_events"] for r in rows), "spurious", sum(r["spurious"] for r in rows))
