"""Write paragraphs-c-verdicts.jsonl (judge c's coding of the 6 first paragraphs)."""
import json
P = {
 "h22-x83-12": (
  ["THREATEN: Taliban insurgents (AFG) -> South Korea (KOR), warned the captives would be killed if demands not met, 2007-07-21",
   "REQUEST: Taliban insurgents (AFG) -> South Korea (KOR), extended deadline demanding Seoul pull its troops out, 2007-07-21",
   "ASSAULT: Taliban insurgents (AFG) -> South Korean church volunteers (KOR), holding 23 hostages (ongoing abduction), 2007-07-21"],
  1, 0, "Dateline found the threat (its target is empty where South Korea is meant); the deadline demand and the ongoing hostage-holding are missed."),
 "h22-x81-11": (
  [], 0, 0, "A claim of victory and the Socialists' insistence that the result is open are statements with no PLOVER act (the insistence could at a stretch be REJECT of Berisha's claim); dateline coded nothing, right."),
 "h22-x82-20": (
  ["PROTEST: demonstrators (SDN) -> none (against soaring prices), protests spread across Sudan reaching Khartoum, 2018-12-20",
   "PROTEST: demonstrators in Atbara (SDN) -> ruling National Congress Party (SDN), set fire to the party's local headquarters (riot), 2018-12-19"],
  1, 0, "Dateline's one PROTEST is the spreading protests (its target Sudan is doubtful: the aim named is prices); the Atbara arson on the ruling party's office is missed."),
 "h22-x83-14": (
  ["SANCTION: Pakistan (PAK) -> NATO (no code), closed the main border crossing to NATO supply convoys in protest, 2010-09-30",
   "ASSAULT: NATO helicopters (no code) -> Pakistani soldiers (PAK), cross-border strike killed three soldiers, 2010-09-30"],
  0, 0, "Dateline coded nothing in the lead; the border closure (also codable as COERCE restrict) and the helicopter strike are both missed (the strike is coded only from paragraph 2)."),
 "h22-x81-14": (
  ["SUPPORT: Condoleezza Rice (USA) <-> Radoslaw Sikorski (POL), signed missile-interceptor agreement in Warsaw, 2008-08-20",
   "REJECT: Rice (USA) and Sikorski (POL) -> Russia (RUS), defying Moscow's warnings, 2008-08-20",
   "THREATEN: Russia (RUS) -> Poland/United States (POL/USA), furious warnings against the deal, earlier, no date"],
  2, 0, "Dateline found the signing and the defiance; Moscow's warnings (noun phrase) are missed. Russia's war with Georgia is background, not coded."),
 "h22-x84-05": (
  ["RETREAT: Bill Clinton (USA) -> North Korea (PRK), lifted a range of economic sanctions, 1999-09-17",
   "AGREE: North Korea (PRK) -> United States (USA), promise to refrain from testing long-range missiles, earlier, no date",
   "CONSULT: United States (USA) <-> North Korea (PRK), talks continuing, 1999-09-18"],
  1, 0, "Dateline found the lifting of sanctions; Pyongyang's promise and the continuing talks are missed."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(paras) == 6
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + "\n")
