"""Judge d's recall judgement on the 6 first paragraphs; writes paragraphs-d-verdicts.jsonl."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

P = {
 "h4-x11-19": dict(
   coder_events=[
     "CONSULT: Egypt, Sudan and Ethiopia held talks on the Nile dam in Kinshasa, ended without agreement, 2021-04-06",
     "ACCUSE: Egypt (Cairo) and Sudan (Khartoum) accuse Ethiopia of rejecting every proposal, 2021-04-06",
     "REJECT: Ethiopia rejected every proposal put by Egypt and Sudan (reported, inside the accusation), at the talks",
     "REJECT: Ethiopia insists it will press ahead with filling the reservoir, refusing Egypt's and Sudan's objections, 2021-04-06 (marginal)",
   ],
   found=3, spurious=0,
   notes="e1 CONSULT, e2 ACCUSE and e3 REJECT have the right types; e3's target (Ethiopia itself) is wrong and its date is the document date instead of Tuesday. Ethiopia's insistence on filling is not coded."),
 "h4-x9-09": dict(
   coder_events=[
     "ASSAULT: Russia's massive bombardment (of Ukraine), Tuesday 2022-11-15",
     "ASSAULT: a missile most likely fired by Ukraine's air defences crashed into a Polish village, killing two farm workers (Poland), 2022-11-15, hedged by Duda",
   ],
   found=2, spurious=0,
   notes="Both found with the right type (e1 Ukraine fired, e2 Russia bombardment); both are dated Wednesday 2022-11-16 (the date of Duda's statement) while the strike was on Tuesday, and e1 gives no target (the village / farm workers)."),
 "h4-x10-05": dict(
   coder_events=[
     "RETREAT: the United States and the European Union lifted economic sanctions on Iran, late on Saturday 2016-01-16",
     "RETREAT: Iran scaled back its atomic programme (as the IAEA confirmed), before 2016-01-16",
   ],
   found=1, spurious=0,
   notes="The lifting of sanctions is found (RETREAT, right arguments and date); Iran's scaling back of its programme is not coded."),
 "h4-x11-18": dict(
   coder_events=[
     "SANCTION (expel) or REQUEST (demand withdrawal): Burkina Faso's military government gave French troops one month to leave the country, confirmed on Monday 2023-01-23",
   ],
   found=0, spurious=1,
   notes="Dateline coded 'given' as AID (Burkina Faso gives French troops aid): a trigger in another sense ('given one month to leave' is an expulsion/ultimatum), so the event is spurious and the act is missed."),
 "h4-x11-15": dict(
   coder_events=[
     "CONCEDE: Rajapaksa conceded defeat in the presidential election, Friday 2015-01-09",
     "ASSAULT: Rajapaksa (Sri Lanka's government) crushed the Tamil Tiger rebellion, background, no date in the sentence",
     "ACCUSE: (unnamed) accusers accuse Rajapaksa of nepotism and authoritarianism, during his decade in power (marginal, no named source)",
   ],
   found=1, spurious=0,
   notes="The concession is found with right arguments and date. The background crushing of the Tamil Tigers and the accusations are not coded; Sirisena's swearing-in has no PLOVER type."),
 "h4-x12-02": dict(
   coder_events=[
     "COERCE (restrict) / blockade: two Chinese maritime surveillance ships moved to block a Philippine navy vessel at Scarborough Shoal, before Wednesday 2012-04-11",
     "COERCE (arrest), negated: the Philippine navy vessel tried to arrest Chinese fishermen but was prevented",
     "MOBILIZE/THREATEN (standoff): the Philippines and China locked in a naval standoff at the shoal, Wednesday 2012-04-11 (marginal)",
   ],
   found=0, spurious=0,
   notes="Dateline codes no event in this paragraph; the Chinese ships' blocking of the Philippine vessel, the clear act of the lead, is missed."),
}

def main():
    paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
    tc = tf = td = ts = 0
    with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as f:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tc += len(v["coder_events"]); tf += v["found"]; td += len(p["events"]); ts += v["spurious"]
            print(p["doc"], len(v["coder_events"]), v["found"], len(p["events"]), v["spurious"])
    print("coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (tc, tf, 100 * tf / tc, td, ts))

if __name__ == "__main__":
    main()
