"""Write paragraphs-c-verdicts.jsonl (judge c, round 110)."""
import json
P = {
"h32-x121-13": dict(coder_events=[
  "SANCTION: Viktor Yushchenko's party (UKR) -> ruling coalition / Yulia Tymoshenko's bloc (UKR), walked out of the coalition, 2008-09-03",
  "ACCUSE: Viktor Yushchenko's party (UKR) -> Yulia Tymoshenko (UKR), accused her of teaming up with pro-Russian opponents to strip the president of his powers, 2008-09-03"],
  found=2, dateline_events=2, spurious=0,
  notes="Both found with the right type; e1 lacks the coalition as target, e2 has 'Ukraine' as source instead of Yushchenko's party. The teaming-up inside the accusation is not coded separately."),
"h32-x121-24": dict(coder_events=[
  "SUPPORT: Serbia (SRB) <-> European Union (EU), signed an agreement to cooperate on lithium and critical raw materials, 2024-07-19"],
  found=1, dateline_events=1, spurious=0,
  notes="Scholz attending the signing is not coded as a separate act."),
"h32-x123-02": dict(coder_events=[],
  found=0, dateline_events=0, spurious=0,
  notes="Winning a run-off is not a PLOVER act between actors; the military's handover of power is only enabled ('clearing the way'), a future act a coder would leave uncoded here."),
"h32-x123-04": dict(coder_events=[
  "SUPPORT: Joao Bernardo Vieira (GNB) <-> rebel army commander Ansumane Mane (GNB), signed a peace agreement in Abuja, 1998-11-01",
  "AGREE: Vieira (GNB) <-> rebel commander Mane (GNB), pledged to stop the fighting and hold fresh elections by March, 1998-11-01"],
  found=1, dateline_events=2, spurious=0,
  notes="The signing is found (target empty though the rebel commander is a party). The pledge is coded by dateline as CONCEDE; a pledge is AGREE by the conventions, so it is not found with the right type but is not spurious. The background fighting in the relative clause is not coded."),
"h32-x122-13": dict(coder_events=[
  "SANCTION: Iranian revolutionary court (IRN) -> Roxana Saberi (USA/IRN journalist), sentenced to eight years in prison for spying, 2009-04-18 (lawyer said on Saturday)",
  "ACCUSE: Washington / United States (USA) -> Iran (IRN), sharp criticism of the sentence, 2009-04-19"],
  found=0, dateline_events=0, spurious=0,
  notes="Dateline found no event in this paragraph: both the sentence (SANCTION convict) and the US criticism (ACCUSE) are missed."),
"h32-x124-13": dict(coder_events=[
  "ASSAULT: Thai troops (THA) <-> Cambodian troops (KHM), exchanged rifle and rocket fire near Preah Vihear, killing two Cambodian soldiers and wounding Thais, 2008-10-15"],
  found=1, dateline_events=1, spurious=0,
  notes="The killings and woundings are the results of the one exchange of fire, coded once."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"]), p["doc"]
        out.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
