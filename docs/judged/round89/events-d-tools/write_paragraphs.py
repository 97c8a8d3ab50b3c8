"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it."""
import json
P = {
 "h22-x83-20": dict(coder_events=[
    "COERCE: Kenyan police (KEN) -> opposition lawmaker Tom Kajwang (KEN), arrested, 2018-01-31",
    "COERCE: Kenyan government (KEN) -> Citizen TV, NTV, KTN (KEN), stations kept off the air on government orders (censor), 2018-01-31 (ongoing, second day)"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline found the arrest (COERCE, right). It missed the government keeping the three TV stations off the air (COERCE/censor), which is still going on."),
 "h22-x81-12": dict(coder_events=[
    "REJECT: Kosovo's ethnic Albanian leaders (XKX) -> Serbia (SRB), dismissed the new constitution's Kosovo clause as meaningless, 2006-10-30"],
    found=0, dateline_events=0, spurious=0,
    notes="The referendum result itself (voters adopting a constitution) is no PLOVER act between actors. Dateline coded nothing in this paragraph."),
 "h22-x83-11": dict(coder_events=[
    "AGREE: Sri Lankan government (LKA) <-> Tamil Tiger rebels (LKA), agreed to uphold the 2002 ceasefire and stop attacks, 2006-02-23",
    "CONSULT: Sri Lankan government (LKA) <-> LTTE (LKA), two days of talks near Geneva mediated by Norway (NOR), 2006-02-22/23"],
    found=1, dateline_events=1, spurious=0,
    notes="The AGREE was found (it gives the government as source and leaves the target empty, though the rebels are the mutual party). The Geneva talks (CONSULT) were missed."),
 "h22-x81-17": dict(coder_events=[
    "ACCUSE: Serbian leaders / Belgrade (SRB) -> U.N. war crimes tribunal (ICTY, no country), angry condemnation of the acquittal, 2012-11-29"],
    found=0, dateline_events=0, spurious=0,
    notes="PLOVER has no type for an acquittal, so I do not code it (RETREAT/release is a stretch). The 'cheers in Pristina' are a celebration, not a political act aimed at anyone. Dateline coded nothing in the whole story."),
 "h22-x84-10": dict(coder_events=[
    "REJECT: President Gloria Macapagal Arroyo (PHL) -> Corazon Aquino and resigning ministers (PHL), refused to step down, 2005-07-08",
    "RETREAT: ten senior members of Arroyo's administration (PHL) -> (none), resigned en masse, 2005-07-08",
    "REQUEST: Corazon Aquino (PHL) -> Arroyo (PHL), urged her to leave office, 2005-07-08"],
    found=2, dateline_events=2, spurious=0,
    notes="Dateline found the REJECT (target left empty) and Aquino's REQUEST (right). It missed the mass resignation of ten officials (RETREAT/resign)."),
 "h22-x81-16": dict(coder_events=[
    "SANCTION: South Ossetian supreme court (breakaway region of GEO; no recognised code) -> Alla Dzhioyeva / her run-off win, annulled the presidential run-off result, 2011-11-29"],
    found=0, dateline_events=0, spurious=0,
    notes="A court annulling an election result fits PLOVER SANCTION (court finding an act invalid), though the type is debatable. The preliminary figures are not an act. Dateline coded nothing in this paragraph."),
}
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert len(paras) == 6
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        v = P[p["doc"]]
        assert v["dateline_events"] == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
tot = dict(coded=sum(len(b["coder_events"]) for b in back), found=sum(b["found"] for b in back),
           dateline=sum(b["dateline_events"] for b in back), spurious=sum(b["spurious"] for b in back))
print(len(back), tot)
