"""Write paragraphs-c-verdicts.jsonl (judge c, round 111)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = {
 "h33-x126-06": dict(coder_events=[
    "CONSULT: Abdullah (SAU) -> George W. Bush (USA), talks at Bush's ranch in Crawford, 2002-04-25",
    "ACCUSE: Abdullah (SAU) -> United States (USA), told Bush that Washington's backing for Israel was damaging U.S. standing, 2002-04-25",
    "REQUEST: Abdullah (SAU) -> George W. Bush (USA), pressed him to rein in Sharon, 2002-04-25"],
    found=1, spurious=0,
    notes="Dateline's one event is the REQUEST (type right, date 2002-04-25 right) but with source and target reversed (United States government -> Abdullah); it missed the meeting and the criticism."),
 "h33-x125-06": dict(coder_events=[
    "PROTEST: Croatians (HRV) -> none (support rally for General Norac; by the crowd-protest rule the state is not the target), rallied in Split, 2001-02-11"],
    found=1, spurious=0,
    notes="Dateline's PROTEST demo Croatians (HRV) -> empty, 2001-02-11 is right in every field. The 'killing of Serb civilians' the general is wanted over is a background noun phrase, not coded."),
 "h33-x128-23": dict(coder_events=[
    "SUPPORT: Venezuela's government (VEN) <-> Venezuelan opposition (VEN), signed a memorandum of understanding in Mexico City, 2021-08-13",
    "CONSULT: Venezuela's government (VEN) <-> Venezuelan opposition (VEN), first formal negotiations in two years (in Mexico City), 2021-08-13"],
    found=1, spurious=0,
    notes="Dateline found the signing (mutual SUPPORT, right date); the talks themselves (CONSULT) were not coded."),
 "h33-x125-22": dict(coder_events=[],
    found=0, spurious=0,
    notes="Estonia removing a Soviet tank memorial from Narva (2022-08-16) is a domestic act that fits no PLOVER type toward another actor (Moscow's condemnation comes later in the story); 'since Russia's invasion of Ukraine' is a background noun phrase, not coded. Dateline coded nothing, rightly."),
 "h33-x126-04": dict(coder_events=[
    "SANCTION: Yemeni court (YEM) -> group of men, mostly British Muslims (GBR), sentenced to prison for plotting bombings in Aden, 1999-08-09"],
    found=1, spurious=0,
    notes="Dateline found the SANCTION convict with the right date 1999-08-09 but with source 'British Muslims' and target 'men (YEM)': the court is the source and the men (mostly GBR) the target. 'Strained relations' is not an act."),
 "h33-x126-19": dict(coder_events=[
    "PROTEST: main opposition parties (MRT) -> Mauritanian government / President Abdel Aziz (MRT), boycotted the referendum, 2017-08-05",
    "ACCUSE: main opposition parties (MRT) -> President Mohamed Ould Abdel Aziz (MRT), called the referendum an illegal power grab, 2017-08-07 (document date)"],
    found=0, spurious=0,
    notes="Dateline coded nothing in this paragraph: it missed the boycott and the accusation. Voters approving changes in a referendum is voting, not coded."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
