"""Write paragraphs-d-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
P = {
 "h48-x186-19": dict(
   coder_events=[
     "ACCUSE: militia leaders (IRQ, Popular Mobilisation Forces) -> United States (USA) and Israel (ISR), blaming them for the depot explosions, 2019-08-23 (no date in the paragraph; al-Muhandis's statement was Wednesday 2019-08-21)",
   ],
   found=1, spurious=0,
   notes="Dateline's ACCUSE matches. The 'mysterious explosions' are not coded as ASSAULT: the paragraph gives no attacker and calls their cause unknown. Netanyahu 'hinting' at involvement is a statement with no PLOVER type."),
 "h48-x185-02": dict(
   coder_events=[
     "SANCTION: Bosnian Serb leaders (BIH, Serb) -> NATO-led peace force IFOR (NATO) and the Muslim-Croat federation (BIH), suspended contacts, 1996-01-31 (Wednesday)",
     "COERCE: Bosnian government police (BIH) -> a Serb general and a colonel (BIH, Bosnian Serb army), detained, 1996-01-30 (Tuesday)",
   ],
   found=0, spurious=0,
   notes="Dateline found no event in this paragraph: both the suspension of contacts (CAMEO 16, reduce relations) and the detention were missed."),
 "h48-x188-16": dict(
   coder_events=[
     "REQUEST: Oswaldo Paya (CUB, dissident) -> Cuba's communist government (CUB), petition seeking democratic reforms, background (2002 per the story; undated in the paragraph)",
   ],
   found=0, spurious=0,
   notes="The car crash is an accident, not an event. The only codable act is the background petition in the appositive; a coder might leave it out, in which case this paragraph has no act and dateline's silence is right."),
 "h48-x185-14": dict(
   coder_events=[
     "ACCUSE: Ukrainian prosecutors (UKR) -> Leonid Kuchma (UKR), opened a criminal case, 2011-03-24 (Thursday)",
     "ASSAULT: unnamed killers -> journalist Georgiy Gongadze (UKR), killing, background (2000; 'more than a decade ago')",
     "PROTEST: street protesters (UKR) -> Kuchma's presidency (UKR), mass street protests triggered by the case, background (undated)",
   ],
   found=1, spurious=0,
   notes="Dateline's ACCUSE (investigate) with 2011-03-24 is right. The two background acts in the noun phrases (the killing, the protests) were not coded."),
 "h48-x188-10": dict(
   coder_events=[
     "REQUEST: Venezuela (VEN) -> United States government (USA), demanded that Washington condemn Robertson, 2005-08-23 (Tuesday)",
     "THREATEN: Pat Robertson (USA) -> Hugo Chavez (VEN), called on television for Chavez's assassination, 2005-08-22 (Monday's programme per the story; undated in the paragraph)",
     "ACCUSE: Venezuela (VEN) -> Pat Robertson (USA), called the remarks 'terrorist' and a threat, 2005-08-23",
   ],
   found=1, spurious=0,
   notes="Dateline's e1 REQUEST is right. Its e2 codes Robertson's call as REQUEST with Chavez as target: the act is a threat of violence against Chavez (THREATEN); as a request its addressee would not be Chavez. Not spurious, but the type is wrong, so it is not counted as found. Venezuela's condemnation of the remarks (ACCUSE) was missed."),
 "h48-x185-19": dict(
   coder_events=[
     "ASSAULT: Islamic State gunman (IS, claimed) -> nightclub revellers in Istanbul (TUR, civilians), New Year's shooting that killed 39, 2017-01-01",
     "COERCE: Turkish police (TUR) -> several people suspected of helping the gunman (country not given), detained, 2017-01-02",
   ],
   found=1, spurious=0,
   notes="Dateline's COERCE arrest matches (its TUR code on 'several people' is not given by the text). The shooting itself, the paragraph's main act, was missed. The claim of responsibility is a statement with no PLOVER type; the manhunt is not coded separately."),
}
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        c = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": c["coder_events"], "found": c["found"],
               "dateline_events": len(p["events"]), "spurious": c["spurious"], "notes": c["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(c["coder_events"]); tot["found"] += c["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += c["spurious"]
print(len(paras), tot)
