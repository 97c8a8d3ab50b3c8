"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder would code in each lead paragraph."""
import json

P = {
 "h34-x130-01": (
  ["SANCTION: Bill Clinton (USA) -> Iran (IRN), executive order barring U.S. companies from developing Iran's oil and gas fields, announced 1995-03-14, future",
   "SUPPORT: Conoco Inc (USA) -> Iran government (IRN), signed a contract to develop oil fields, 1995-W10 (~1995-03-06)"],
  1, 0,
  "Dateline found the Conoco contract (SUPPORT, right type) but missed the main act, Clinton's announced ban (SANCTION, future)."),
 "h34-x130-14": (
  ["ACCUSE: Bahrain Independent Commission of Inquiry (BHR) -> Bahraini security forces (BHR), found they used excessive force and tortured detainees, 2011-11-24 (report presented 2011-11-23)",
   "ASSAULT: Bahraini security forces (BHR) -> pro-democracy protesters (BHR), excessive force in the crackdown, 2011",
   "ASSAULT: Bahraini security forces (BHR) -> detainees (BHR), torture, 2011",
   "PROTEST: pro-democracy protesters (BHR) -> Bahrain government (BHR), protests, 2011"],
  0, 0,
  "No dateline events. The commission's finding is an ACCUSE (investigation) and the acts it found are reported ASSAULTs; the protests are a background noun-phrase act. 'No evidence linking Iran' is not coded."),
 "h34-x132-18": (
  ["MOBILIZE: North Korea (PRK), tested its first ICBM, 2017-07-04"],
  1, 0,
  "Dateline's MOBILIZE weapons (PRK, 2017-07-04) is right. U.S. officials confirming the launch is not an event."),
 "h34-x131-15": (
  ["ASSAULT: Tuareg separatists (MLI) -> Mali (MLI), seized northern Mali after last month's coup, late March/early April 2012 (background)",
   "REJECT: Tuareg separatists / MNLA (MLI) -> Mali (MLI), declared independence of Azawad, 2012-04-06",
   "REJECT: African Union, France (FRA), Mali's neighbours -> Tuareg separatists (MLI), rejected the declaration, 2012-04-06"],
  1, 0,
  "Dateline coded the declaration of independence as REJECT (accepted as the nearest PLOVER type; target should be Mali); it missed the armed seizure of the north (ASSAULT under the conventions) and the AU/France rejection."),
 "h34-x132-08": (
  ["CONSULT: separated South Korean families (KOR) <-> North Korean relatives (PRK), family reunions in Seoul and Pyongyang, 2000-08-15",
   "CONSULT: Kim Dae-jung (KOR) <-> Kim Jong Il (PRK), the June summit, 2000-06 (background)"],
  1, 0,
  "Dateline found the reunions (CONSULT; its target 'South Korea relatives' should include the North Korean side) but not the June summit."),
 "h34-x131-12": (
  ["ASSAULT: Bangladesh (BGD) -> five former army officers (BGD), hanged (judicial execution), 2010-01-28",
   "ASSAULT: the officers (BGD) -> Sheikh Mujibur Rahman (BGD), assassination, 1975",
   "REJECT: Supreme Court of Bangladesh (BGD) -> the five officers (BGD), rejected final appeals, 2010-01-27"],
  0, 0,
  "No dateline events in a paragraph with a plain execution, a dated 1975 assassination and the court's rejection of appeals."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        fh.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                             "dateline_events": len(p["events"]), "spurious": spur,
                             "notes": notes}, ensure_ascii=False) + "\n")
tot = [sum(len(P[p["doc"]][0]) for p in paras), sum(P[p["doc"]][1] for p in paras),
       sum(len(p["events"]) for p in paras), sum(P[p["doc"]][2] for p in paras)]
print("coded, found, dateline, spurious:", tot)
