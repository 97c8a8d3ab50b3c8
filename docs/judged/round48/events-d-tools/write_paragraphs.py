"""Write paragraphs-d-verdicts.jsonl: judge d's coding of the 6 sampled first paragraphs."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h3-x7-01": (["ASSAULT: gunmen on motorcycles storm a government boarding school in Katsina (NGA) and abduct its students, Friday 2020-12-11",
               "ASSAULT (abduct): seizure of the Chibok schoolgirls (NGA), 2014 (background, 'six years ago')"],
              1, 1, 0, "e1 ASSAULT stormed found (date 2020-12-11 right). The Chibok abduction, a background act with a dated reference, was not coded."),
 "h3-x7-04": (["ASSAULT (occupy ground): troops of Somalia's interim government roll into Mogadishu (SOM), Thursday 2006-12-28",
               "AID (military): Ethiopia backs the Somali government troops with tanks and soldiers, 2006-12-28",
               "RETREAT (withdraw): the Islamic Courts Union flees Mogadishu, just before Thursday 2006-12-28"],
              0, 1, 0, "e1 'backed' coded SUPPORT (verbal support) for material military backing (AID): wrong type, not spurious. The entry into Mogadishu and the ICU's flight were not coded."),
 "h3-x8-17": (["REJECT: Peru's Congress refuses Fujimori's resignation, Tuesday 2000-11-21",
               "SANCTION: Congress votes to remove Fujimori from office for 'permanent moral incapacity', 2000-11-21",
               "RETREAT (resign): Fujimori sends his resignation from Japan (Monday 2000-11-20, refused)"],
              1, 1, 0, "e1 REJECT found (target coded Japan instead of Fujimori). The removal vote and the resignation sent were not coded."),
 "h3-x6-09": (["ASSAULT (assassinate): unknown gunman shoots Chokri Belaid (TUN) dead, Wednesday 2013-02-06",
               "PROTEST (demo): thousands of angry protesters take to the streets (TUN), 2013-02-06",
               "CONCEDE: the prime minister announces he will dissolve the cabinet, 2013-02-06"],
              1, 1, 0, "e1 ASSAULT found, right in all fields. 'His killing' is the same act. The protests and the PM's announcement were not coded."),
 "h3-x8-10": (["ASSAULT (suicide-attack/firearms): suicide bombers and gunmen attack a police post and a coffee shop in Jakarta (IDN), Thursday 2016-01-14",
               "ASSAULT (firearms): gun battle between police (IDN) and the attackers, killing at least seven, 2016-01-14"],
              1, 1, 0, "e1 ASSAULT attacked found (target Indonesia for the police post accepted). The gun battle with police was not coded separately."),
 "h3-x6-08": (["REJECT (defy): Fayez al-Serraj (LBY unity government) sets up base in Tripoli in defiance of the rival administration (National Salvation Government, LBY), Wednesday 2016-03-30",
               "REJECT (refuse to yield): the rival administration has refused to hand over power to the unity government, ongoing at 2016-03-30"],
              0, 1, 1, "e1 'arrived' coded CONSULT visit with target 'prominent Tripoli family' (from the next paragraph): arriving in one's own capital with no host is no visit or meeting, so spurious. The defiance and the refusal to hand over power were not coded."),
}

def main():
    docs = [json.loads(l)["doc"] for l in open(os.path.join(ROOT, "paragraphs-d.jsonl"))]
    assert sorted(docs) == sorted(P)
    with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as out:
        for d in docs:
            ev, found, n, spur, notes = P[d]
            out.write(json.dumps({"doc": d, "coder_events": ev, "found": found, "dateline_events": n,
                                  "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
