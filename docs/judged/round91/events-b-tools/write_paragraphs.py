"""Write paragraphs-b-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h23-x88-05": (
  ["AGREE (negated): Bill Clinton (USA) <-> Zhu Rongji (CHN), failed to clinch a deal on China's WTO entry, 1999-04-08",
   "REJECT: Washington (USA) -> China (CHN), held back from the deal despite China's offer, 1999-04-08",
   "CONCEDE: Beijing (CHN) -> United States (USA), offered unprecedented (trade) concessions, 1999-04-08"],
  1, 0, "Dateline found the failed agreement (AGREE, negated, right in all fields). It missed Washington holding back (REJECT) and China's offer of concessions (CONCEDE; AGREE would also be defensible as an offer)."),
 "h23-x86-04": (
  ["SANCTION (convict): Moroccan monarchy's courts (MAR) -> Abderrahmane Youssoufi (MAR), sentenced in absentia, date unknown (background)"],
  1, 0, "Dateline's SANCTION is the right act, but its source is empty although the sentence names the monarchy's courts (MAR). The king's appointment of Youssoufi as prime minister has no PLOVER category and is not coded. 'Spent years in exile' names no actor."),
 "h23-x87-02": (
  ["SUPPORT (sign agreement; AGREE also defensible): Ahmad Tejan Kabbah (SLE) <-> Foday Sankoh (RUF, SLE), signed a peace agreement pledging to end the war, 1996-11-30",
   "ASSAULT: the civil war's parties (army and RUF, SLE) -> more than 10,000 people (SLE), killed in five years of war, no date (total)"],
  0, 0, "Dateline has no event in this paragraph. It missed the signing of the Abidjan peace accord, the paragraph's main act. The pledge to end the war is the content of the accord and is coded once."),
 "h23-x85-05": (
  ["ASSAULT: Russian forces (missiles, RUS) -> people at Grozny central market (RUS/Chechnya), explosions killing more than 100, 1999-10-21 evening",
   "ACCUSE: Chechen officials (RUS/Chechnya) -> Russia (RUS), blamed Russian missiles for the blasts, 1999-10-21"],
  1, 0, "Dateline found the ASSAULT (empty source, with the blame attributed to Chechen officials). It missed the Chechen officials' accusation against Russia."),
 "h23-x85-20": (
  ["REJECT (defy): Bosnian Serbs (BIH) -> Bosnia's Constitutional Court (BIH) and Western governments, held the statehood-day referendum in defiance of the court's ban and Western warnings, 2016-09-25",
   "COERCE (ban): Bosnia's Constitutional Court (BIH) -> Bosnian Serbs / the referendum (BIH), banned the referendum, date unknown (earlier)",
   "ACCUSE (disapprove): Western governments -> Bosnian Serbs (BIH), warned that the referendum could destabilise the country, date unknown (earlier)"],
  1, 0, "Dateline found the defiance (REJECT), but gave it the wrong source, 'Bosnia and Herzegovina' instead of the Bosnian Serbs (BIH/Serb Republic), and the document date 2016-09-26 instead of Sunday 2016-09-25. It missed the court's ban and the Western warnings."),
 "h23-x88-17": (
  [], 0, 0, "An election result (Aquino heading for a landslide) is not a PLOVER act. There is nothing to code, and dateline has no event here."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
tot = [0, 0, 0, 0]
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        coder, found, spurious, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": coder, "found": found,
               "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for i, x in enumerate([len(coder), found, len(p["events"]), spurious]):
            tot[i] += x
print(dict(zip(["coded", "found", "dateline", "spurious"], tot)))
