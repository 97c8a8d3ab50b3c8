"""Round 19, judge a: verdicts on the 60 sampled events (events-a-items.jsonl).

V[n] = (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
Scored by docs/judged/CONVENTIONS.md. Date read at sentence level: a sentence with no date
of its own takes the document date for an act reported as this news (items 3, 14, 19, 56).
Run from docs/judged/round19/:  python events-a-tools/verdicts.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
ITEMS = os.path.join(BASE, "events-a-items.jsonl")
OUT = os.path.join(BASE, "events-a.jsonl")

V = {
 1: (1,1,1,0,1,1, "target: the pledge is made for 'Iranian businesses and citizens' (named in the sentence) -> IRN citizens/business; empty is wrong. AGREE (promise) accepted."),
 2: (1,1,1,1,1,0, "modality: 'why the government would deport' refers to the announced deportation plan -> future, not hypothetical. Target immigrants[ARG] accepted (immigrants in Argentina)."),
 3: (1,1,1,1,1,1, ""),
 4: (1,0,0,1,1,1, "type: agreeing to loosen restrictions incl. curfews is CONCEDE (promise to ease restrictions/curfews) in PLOVER, not AGREE. source: 'the Castro government' = Cuban government (CUB/GOV), not a person 'Castro'."),
 5: (0,0,0,0,0,0, "duplicate: the rebels' pledge in this sentence is already coded as AGREE (item 49); 'pledged not to attack' is that pledge, not a second, negated ASSAULT (PLOVER codes the statement's type, AGREE/CONCEDE)."),
 6: (0,0,0,0,0,0, "non-event: two people rescued after an explosion is emergency rescue, not an act between political actors (AID covers rescuing hostages). A coder would code the explosion (ASSAULT on the policemen) instead."),
 7: (1,1,1,0,1,1, "target: Assad called on 'international powers' (no country); the U.S. belongs to the separate ACCUSE act in the same sentence."),
 8: (1,1,1,0,0,1, "target: the ceasefire deal was offered to India (named in the sentence) -> IND. date: the offer is dated by 'last week' (India blocked it last week), not the document date."),
 9: (1,1,0,0,1,1, "source: the sentence names 'Russian authorities' as the arresting side -> RUS GOV; target: 'dozens of activists and journalists' are named -> empty is wrong."),
 10: (1,1,1,0,1,1, "target: 'its nationals' are Saudi nationals (SAU), living in the US/UK; code USA is wrong."),
 11: (1,1,1,1,0,1, "date: the order was 'issued Sunday' -> 2023-06-11, not the document date."),
 12: (1,1,1,0,1,1, "target: the prosecutor asked (the court) for Rissuer's sentence to be revoked; Nicolas Sarkozy is not the party (empty or Rissuer)."),
 13: (1,1,0,0,1,1, "source: the government of the story (Guerrero state, Knights Templar cartel) is Mexico's -> MEX GOV, country code empty is wrong; target: 'members of the Knights Templar drug cartel' named -> empty wrong."),
 14: (1,1,1,0,1,1, "target: the demonstrations aimed at forcing 'the government' (Yemen's, named in the sentence) -> YEM GOV. Empty source accepted (protesters not named in the sentence)."),
 15: (1,1,1,1,1,1, "country of Santa Cruz not given in the text; empty codes right."),
 16: (1,1,1,0,1,1, "target: mutual agreement of the U.S. and China: with the U.S. as source, China must be the target (or both actors); China is missing."),
 17: (1,1,1,1,1,1, ""),
 18: (1,1,1,1,1,1, "the text says Niger's embassy (NER) although the story is about Nigeria; coded as written."),
 19: (1,1,1,1,1,1, "empty source right by the rules (the soldiers are named in the previous sentence only); document date is the Thursday of the report."),
 20: (1,1,1,0,0,1, "target: the pledge ($1 million, the airport) is to the Maldives ('the country's first international airport') -> MDV. date: 'a week' before the announcement -> about 2023-06-08, not unknown."),
 21: (1,1,1,0,1,1, "target: security forces took control of 'a large demonstration' -> the demonstrators (JAM) are the target; empty wrong."),
 22: (1,1,1,0,0,1, "target: the man is 'an Israeli man' (first sentence) -> ISR, not PSE. date: the attacks came in the months before the 2011 filing -> 2011, not unknown."),
 23: (1,1,1,1,0,1, "date: the Houla massacre came shortly before the resolution drafted 'last month' (about 2023-05); 2022-10-30 is the date the peacekeepers entered Syria from the previous sentence."),
 24: (1,1,0,1,1,1, "source: al-Nusra Front said it carried out the attacks -> al-Nusra Front (SYR, REB/insurgents), not the state 'Syria'."),
 25: (1,1,1,1,1,1, "ongoing war -> document date right."),
 26: (1,1,1,0,1,1, "target: the attack massacred over 300 people (civilians in Mogadishu, SOM); the Somali government is not named as the target."),
 27: (1,1,1,0,1,1, "target: the companies sign with the other partners (U.S., EU, ...) or no target; the same companies as source and target is wrong."),
 28: (1,1,1,0,1,1, "target: France and the UK hold drills with 'Africa and the Horn of Africa nations' (hosted by Senegal); the counterpart is missing, France/UK listed as their own target."),
 29: (1,1,1,1,1,1, "text contradictory (shooting 'earlier this year', arrests 'in November'); 2022-11 is the defensible reading."),
 30: (1,1,0,1,1,1, "source: 'militia armed with guns and petrol bombs' named in the sentence -> militia (AIA); empty is wrong."),
 31: (1,1,1,0,1,1, "target country: the bank is in a 'Roman town' and the story says 'all of Italy' -> ITA; empty code wrong."),
 32: (1,0,1,0,1,0, "type: 'we must help one another' is an appeal (REQUEST, or at most SUPPORT), not an act of AID. target: 'one another' = the Baltic states -> empty wrong. modality: nothing is negated."),
 33: (1,1,1,1,1,1, "'We' = the minister's authorities; Gupta accepted as source."),
 34: (1,1,0,0,1,1, "source: 'Many people protesting the reforms' named -> protesters (ALB); target: protest against the reforms of Berisha's government (named in the sentence) -> ALB GOV."),
 35: (1,1,0,1,1,1, "source: the strike is called by the union WETU-Curacao (CUW LAB), not the country Curacao."),
 36: (1,1,1,0,0,1, "target: the country Benin is not a target (Kibera is 'a district of Benin city'); only the human rights advocates. date: the crackdown precedes the report released on Sunday (and the 29 February march), so the document date (after the report) is wrong."),
 37: (0,0,0,0,0,0, "non-event: 'declined comment' is no REJECT of any request; no act between actors."),
 38: (1,1,1,1,1,1, "Clark is the Springville mayor (USA); an appeal to the public, no target."),
 39: (1,1,1,0,1,1, "target: a joint Chinese-American exercise -> China is the counterpart; 'Caroline Islands' is the place. Null date accepted ('days after' an undated decision)."),
 40: (1,1,0,0,1,1, "source and target: the sentence names government forces (SYR) and FSA fighters; both are empty."),
 41: (1,1,1,1,0,1, "date: the shooting was when Moraes tried to influence the 2012 election -> 2012, a background act, not the document date."),
 42: (1,0,1,1,0,1, "type: ordering a special panel to examine the wiretapping practice starts an investigation -> ACCUSE (investigate). date: 'in December 2011' -> 2011-12, not the document date."),
 43: (1,0,1,1,1,1, "type: a cyber attack is COERCE (cyber) in PLOVER, not ASSAULT."),
 44: (0,0,0,0,0,0, "non-event: background remark that a convention was negotiated in the 1990s, with no party named; the 'target' is a treaty, not an actor."),
 45: (1,0,1,1,0,1, "type: 70 rebel fighters arriving in Turkey is no visit/consultation; at most MOBILIZE (militia). date: SANA 'reported on Wednesday' (same sentence) -> 2023-06-14 or earlier, not the document date."),
 46: (1,1,1,0,1,1, "target: the Kremlin criticized Monaco's move -> Monaco (MCO), named in the sentence; empty wrong."),
 47: (0,0,0,0,0,0, "non-event: 'his plan had called for subsidies' is the content of a domestic plan, no request to a party ('called for' in another sense)."),
 48: (1,1,0,1,1,1, "source: Joseph Kony is the Ugandan LRA leader -> UGA REB; CFR is only where the fighting is."),
 49: (1,1,0,1,1,1, "source: the pro-Russian rebels fight a civil war in Southern Italy -> ITA REB; RUS is wrong. AGREE (pledge) accepted (CONCEDE also possible)."),
 50: (1,1,1,0,1,1, "target: what is condemned is Nauru's policy -> Nauru (NRU GOV); the UN and the Canadian journalist are not targets of this act."),
 51: (1,1,1,1,1,1, "'European Committee' = the CPT (Council of Europe body, no country); no addressee named."),
 52: (1,1,1,1,1,1, ""),
 53: (1,1,1,1,1,1, ""),
 54: (1,0,1,0,1,1, "type: beginning negotiations is CONSULT, not AGREE. target: the mutual talks with Guyana -> Guyana (GUY) missing."),
 55: (1,1,1,0,1,1, "target: 'threatened to kill us, our children' -> Mutavazi Muta and his family/people (ZWE); empty wrong. Quote with attribution kept asserted."),
 56: (1,1,1,0,1,1, "target country: the assailants are described as Palestinians in the previous sentence -> PSE, not ISR."),
 57: (1,1,0,1,1,1, "source country: Ali Ben Amor is Togo's ousted military strongman (first paragraphs) -> TGO, not MRT."),
 58: (1,1,1,1,1,1, "unrealized investigation ('before authorities could investigate him') coded hypothetical with no date: accepted, though many coders would skip it."),
 59: (1,1,1,1,1,1, "date value '2023-06-11TNI' is malformed but the day (Sunday night, 2023-06-11) is right."),
 60: (1,1,0,1,1,1, "source: the sentence says the statement did not say who fired; 'what forces' is a parse of 'who or what forces', not a party (empty, or the Guatemalan army from the previous sentences by name)."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(ITEMS)]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = {f: 0 for f in FIELDS + ["all"]}
    nreal = 0
    with open(OUT, "w") as out:
        for it in items:
            v = V[it["n"]]
            verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            if not verdict["event"]:
                assert not any(verdict[f] for f in FIELDS[1:]), it["n"]
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = v[6]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
            if verdict["event"]:
                nreal += 1
                for f in FIELDS + ["all"]:
                    real[f] += verdict[f]
    n = len(items)
    print(f"{'field':10s} {'all 60':>12s} {'real events (%d)' % nreal:>20s}")
    for f in FIELDS + ["all"]:
        print(f"{f:10s} {counts[f]:3d}/{n} {100*counts[f]/n:5.1f}%   {real[f]:3d}/{nreal} {100*real[f]/nreal:5.1f}%")


if __name__ == "__main__":
    main()
