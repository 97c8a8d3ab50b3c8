"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 107)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n: (event, type, source, target, date, modality, reasons)
T, X = True, False
V = {
 1: (T,T,T,T,T,T, "France refusing to send troops to Iraq: MOBILIZE negated (France -> Iraq) is acceptable under the convention's 'RETREAT negated' reading of a refusal; a negated future act has no date, so null is right."),
 2: (T,T,T,T,T,T, "Governor Makarfi (NGA) imposing a curfew is COERCE; the curfew falls on Kaduna's residents, so the domestic target Nigeria (NGA) is acceptable; the text gives no date, so the document date is right for an act reported as this news."),
 3: (T,T,T,T,T,T, "'She was not giving up' is a refusal to yield; by the convention's analogy ('refused to withdraw' = REJECT asserted or RETREAT negated), CONCEDE negated is accepted. Ciller said it on the vote day, 1995-10-15 (Sunday, the dateline day). No target named, so empty is right."),
 4: (T,X,T,X,X,X, "The leaflet's 'those who remain ... will be destroyed by artillery and aviation' is a threat, so the type should be THREATEN (violence), asserted, made on 1999-12-06 (the Monday the leaflets were dropped), and the target should be the civilians remaining in Grozny (RUS), not empty. I accept 'artillery' (Russian forces, RUS) as the source, standing for the Russian military."),
 5: (T,T,X,X,X,T, "MOBILIZE for the troops 'sent in' is fine. The source should be the Turkish troops/army (TUR), to which 'the troops' refers; empty is wrong. The target should be Iraq (northern Iraq, IRQ): 'Democratic Party[USA]' misreads the KDP (an Iraqi Kurdish faction that asked for the troops, not their target). The date should be 1997-05-14, the Wednesday on which the text says the troops crossed."),
 6: (T,T,T,X,T,T, "Defying an order is REJECT (CAMEO 128 defy norms, law), and it is a separate act from the rally coded as PROTEST. But what was defied is a Moldovan government order, so the target should be the Moldovan government/Justice Ministry (MDA), not Russia."),
 7: (T,T,T,T,T,T, "Kikwete (TZA) thanking Bush (USA) is SUPPORT, at the 2008-02-17 news conference (the dateline day); all fields are right."),
 8: (T,T,T,T,T,T, "Nasrallah (LBN) thanking Tehran (IRN) at the Wednesday evening rally on 2010-10-13 is SUPPORT; all fields are right."),
 9: (T,X,T,T,T,T, "'We will not accept this result' rejects the election result: REJECT (or at most CONCEDE negated, since accepting a result is yielding), not AGREE. Negated fits the refused-act reading, so modality is kept. No party is named, so the empty target is right, and the undated statement takes the document date."),
 10:(T,T,T,X,T,T, "Ahmadinejad's trip to the Lebanese border town of Bint Jbeil for a Hezbollah rally is a future CONSULT visit on Thursday 2010-10-14. The host is Lebanon/Hezbollah (LBN); Israel is only nearby, so the target should be Lebanon/Hezbollah."),
 11:(T,T,T,X,T,T, "Yousef's arrest on Tuesday 1995-02-07 is COERCE arrest. The sentence names no arrester (the passive), so an empty source is right. Yousef is the right target, but the text gives him no country and he is not American, so the USA code is wrong (it should be empty)."),
 12:(X,X,X,X,X,X, "Spurious: promising a 'firm and vigilant' opposition is no pledge to cooperate (not AGREE), and the concession ('we accept it') was already coded from the previous sentence; 'Paraguay opposition' as a target is meaningless."),
 13:(T,T,T,T,T,T, "The FARC (COL) blaming the military (COL) is ACCUSE; it is a habitual past act ('in the past'), so no date is right."),
 14:(T,T,T,X,T,T, "The shooting on Tuesday 1996-06-04 is ASSAULT firearms, and I accept the gunmen in Lagos as NGA. The target should be Kudirat Abiola (NGA), the person named in the sentence as shot dead; empty is wrong."),
 15:(T,T,T,X,T,T, "The Congressional critics' (USA) criticism is ACCUSE disapprove, on the document date. The sentence names the party it blames, 'the North' (rewarded for brinkmanship, suspected of diverting plutonium), so the target should be North Korea (PRK), not empty."),
 16:(T,T,T,T,T,T, "The tribunal's expected indictment of Hezbollah members is ACCUSE allege, future, undated. The text gives the tribunal no country, so its empty code is right."),
 17:(T,X,T,T,T,T, "The backing is an act inside Maduro's accusation, so 'reported' is right (the ACCUSE itself is coded separately as e3). But backing an operation 'to seize him' is no verbal SUPPORT of Maduro. It should be the attempted seizure, ASSAULT abduct, by Trump/Colombia (as accused) against Maduro. The text gives no date for the backing, so the document date is accepted."),
 18:(T,T,T,T,T,T, "The Georgian police (GEO) opening an investigation is ACCUSE investigate. No suspect is named, so no target; the act is undated and reported as this news, so the document date is right."),
 19:(X,X,X,X,X,X, "Spurious: Zuma cancelling his trip to an Indonesian summit to handle a crisis at home reduces no relations with anyone (no SANCTION, no target). The sentence's acts are the neighbours evacuating their citizens and the attacks on migrants."),
 20:(T,T,T,T,T,T, "The State Department (USA) urging both sides (TWN, CHN) is REQUEST, on the document date; right."),
 21:(T,T,T,T,T,T, "The February 1993 WTC truck bombing is a background ASSAULT with its date right. The sentence names no perpetrator, so the source is empty; six people killed in New York are USA."),
 22:(T,T,T,X,T,T, "Being sworn in 'defying opposition claims' is REJECT by Maduro on Friday 2025-01-10. The target should be the Venezuelan opposition (VEN), named in the sentence ('opposition claims'); empty is wrong."),
 23:(T,T,T,T,X,T, "Chavez (the 'Venezuelan leader') threatening to break relations with Peru is THREATEN, Chavez -> Peru. But it was said 'in recent speeches' of unstated date, a background act before the news, so the date should be null, not the document date 2006-04-30."),
 24:(T,T,X,T,T,T, "The Pope urging world leaders is REQUEST, on Wednesday 2000-03-22. But the Pope is not Palestinian: the source code should be the Holy See/Vatican (VAT), not PSE."),
 25:(T,T,T,T,T,T, "Poland dropping its objections is the act in the condition of Germany's threat ('unless Warsaw dropped'), so a hypothetical CONCEDE with no date, Poland (POL) -> Germany (DEU), is right by the convention on conditions. I would not code it myself, since it is the content of the threat."),
 26:(T,T,T,T,T,T, "Armed men (in Colombia, COL) abducting Araujo (COL) on 2001-09-24 is ASSAULT abduct; all fields are right."),
 27:(T,T,T,T,T,T, "The 35 killed during last year's unrest is an ASSAULT total over a span, so no date is right. The sentence names Bahrain's security forces as using excessive force, so I accept them as the source, though the clause itself is passive."),
 28:(T,T,T,T,T,T, "Washington (USA) and the EU urging the election winners is REQUEST on the document date. The winners are Kosovo Albanian parties under UN administration, and the text gives them no state, so the empty code is accepted."),
 29:(X,X,X,X,X,X, "Spurious (duplicate): 'agreed to help train' is a pledge of aid, coded as AGREE (e1) from the same sentence. An asserted AID says training was given, which the text does not say (it is future: 'could start within weeks')."),
 30:(T,T,T,T,T,T, "Obama and Hu pledging to work together on Tuesday 2009-11-17 is a mutual AGREE; right."),
 31:(T,T,T,T,T,T, "Tunisia's government (TUN; name garbled as 'led government') condemning the attack is ACCUSE. No attacker is named in the sentence, so the empty target is right, and the undated act takes the document date."),
 32:(T,X,T,T,T,T, "Merkel's proposal to convene the conference without Poland, 'a move that would have left Warsaw isolated', is pressure on Poland: THREATEN (relations), not AGREE (willingness to cooperate) toward Poland. Source and target are right."),
 33:(T,T,T,X,T,T, "Xi (China) supporting better ties between the two Koreas is SUPPORT on 2014-07-03. The sentence names 'the two Koreas' as the parties supported, so the target should be South and North Korea (KOR, PRK), not empty (and Xi, not Park, is the speaker)."),
 34:(T,T,T,T,T,T, "Aquino (PHL) welcoming the outcome is SUPPORT; 'the outcome' is an act, not a party, so empty target is right; document date right."),
 35:(T,T,T,T,T,T, "The 39,000 killed in Gaza in the war is an ASSAULT total over nine months, so no date, with no perpetrator named in the sentence; the target people are PSE. Right."),
 36:(T,T,T,X,T,T, "Kabbah (SLE) welcoming the two men is SUPPORT. 'The two men' refers to Foday Sankoh and Johnny Paul Koroma (SLE), so the target should be them, not empty."),
 37:(T,T,T,T,T,T, "G20 leaders agreeing to halve deficits on Sunday 2010-06-27 is a mutual AGREE with no recipient; right."),
 38:(T,T,T,X,X,T, "Machnouk (LBN) ordering an investigation is ACCUSE investigate. The target should be the Lebanese security forces (LBN), whose conduct is investigated. The date should be the day of the report (2015-08-23, the dateline Sunday, or the document date), not 2015-08-22: 'on Saturday' dates the conduct being investigated, not the order."),
 39:(X,X,X,X,X,X, "Spurious: 'It calls for a government of national unity' describes the content of the Beijing Declaration already coded from the first sentence (the factions' pledge). It is no new request, and a 'government' not yet formed is no target."),
 40:(T,T,T,T,T,T, "US recognition of Guaido (a relative clause in the present tense) is an ongoing SUPPORT (diplomatic recognition), USA -> Guaido (VEN), so the document date is right."),
 41:(T,T,T,X,T,T, "The attack on the march on Monday 2000-02-21 is ASSAULT, with no attacker named (empty source is right). The target should be the Christian marchers (NGA), to whom 'the march' refers; 'United Kingdom' is wrong."),
 42:(T,T,T,T,X,T, "The Yeltsin-Clinton Helsinki summit is CONSULT. But the text dates it two weeks before the treaty signing of Wednesday 1997-04-02, so the date should be about 1997-03-19 (March 1997), not 1996-W46."),
 43:(T,T,T,T,T,T, "Peru recalling its ambassador from Venezuela on Saturday 2006-04-29 is SANCTION; right."),
 44:(T,T,T,T,T,T, "Israeli and Lebanese officials thanking Berlin (DEU) is SUPPORT on the document date; right."),
 45:(T,T,T,T,T,T, "Hamas and Fatah's several past agreements (2007-2022) are a mutual SUPPORT (sign agreements) spread over a span, so no date is right."),
 46:(T,T,T,T,T,T, "Western diplomats (no country) welcoming 'any African effort' is SUPPORT; an effort is not a party, so empty target is right; document date right."),
 47:(T,T,T,T,T,T, "Hezbollah (LBN) demanding that Hariri's government reject the tribunal is REQUEST. The target 'Hariri' (LBN) stands for the government he heads. The demand is ongoing, dated to the story's day (the dateline, 2010-10-13)."),
 48:(T,T,T,T,T,T, "Franco (PRY) conceding defeat on Sunday night 2003-04-27 is CONCEDE; no target named; right."),
 49:(T,T,T,T,T,T, "The Sarajevo protest on Monday 2022-10-03 against Schmidt ('Schmidt go home') is PROTEST, with Schmidt as the target, and the text makes him German (DEU). He acts here as the international High Representative, so I would give him an IGO sector, but sector is not scored."),
 50:(T,T,T,T,T,T, "Bahrain and Qatar agreeing to restore relations on Wednesday 2023-04-12 is a mutual AGREE; right."),
}

PARAS = {
 "h31-x120-02": dict(coder_events=[
    "ASSAULT: crowd in Yangon (MMR) -> Aung San Suu Kyi (MMR), attacked her car with rocks and iron bars, 1996-11-09",
    "RETREAT (release): [military government, not named in the paragraph] -> Aung San Suu Kyi (MMR), release from house arrest, 1995",
  ], found=1, dateline_events=1, spurious=0,
  notes="Dateline found only the background release (right: no source named, date 1995) and missed the main event, the mob assault on Suu Kyi's car on Saturday."),
 "h31-x119-04": dict(coder_events=[
    "MOBILIZE (weapons test): India (IND) -> none, two more underground nuclear tests, 1998-05-13",
    "MOBILIZE (weapons test): India (IND) -> none, first series of tests, 1998-05-11",
    "SANCTION: Bill Clinton (USA) -> India (IND), impose sweeping economic sanctions, 1998-05-13",
  ], found=2, dateline_events=2, spurious=0,
  notes="Both of dateline's events are right. The first series of tests ('two days after', Monday 1998-05-11) is a background act a coder could code; dateline did not code it."),
 "h31-x118-10": dict(coder_events=[
    "RETREAT (release): Hezbollah (LBN) -> Israel (ISR), handed over kidnapped businessman Tannenbaum and the bodies of three soldiers, 2004-01-29",
    "RETREAT (release): Israel (ISR) -> prisoners (PSE/LBN), freed more than 400 prisoners in exchange, 2004-01-29",
    "CONSULT (mediation): Germany (DEU) -> Israel (ISR) / Hezbollah (LBN), German-mediated swap, 2004-01-29",
  ], found=0, dateline_events=0, spurious=0,
  notes="Dateline found no event in this paragraph: 'handed ... in exchange for ... prisoners' (a swap) was missed entirely."),
 "h31-x120-14": dict(coder_events=[
    "AGREE: Barack Obama (USA) <-> Hu Jintao (CHN), pledged to work together on economy, climate and nuclear programmes, 2009-11-17",
    "CONSULT: Barack Obama (USA) -> Hu Jintao (CHN), talks in Beijing (Obama visiting), 2009-11-17",
  ], found=1, dateline_events=1, spurious=0,
  notes="The AGREE is right; the talks in Beijing (CONSULT) were not coded from this sentence."),
 "h31-x119-22": dict(coder_events=[
    "CONSULT (visit): Donald Trump (USA) -> India (IND), wrapped up first state visit, 2020-02-25",
    "COOPERATE (military): United States (USA) <-> India (IND), $3 billion in defence deals, 2020-02-25",
    "SUPPORT: Donald Trump (USA) -> Narendra Modi (IND), warm words, 2020-02-25",
    "PROTEST (riot) / ASSAULT: clashing crowds over the citizenship law in New Delhi (IND), at least 20 killed, 2020-02-25 (ongoing)",
  ], found=1, dateline_events=1, spurious=0,
  notes="The visit is right (Tuesday 2020-02-25). Dateline missed the defence deals, the praise of Modi, and the deadly Delhi clashes."),
 "h31-x117-06": dict(coder_events=[
    "SUPPORT (ratify): State Duma (RUS) -> [treaty partner United States, not named in the paragraph], ratified START II, 2000-04-14",
    "REQUEST: Vladimir Putin (RUS) -> Duma deputies (RUS), went to parliament to urge them to approve the treaty, 2000-04-14",
  ], found=1, dateline_events=1, spurious=0,
  notes="The ratification is right (Friday 2000-04-14). Dateline missed Putin's appeal to the deputies. I leave out the treaty's signing ('more than seven years after it was signed'), which names no parties in this paragraph."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = dict(zip(F, v[:6]))
        if not verdict["event"]:
            verdict = {k: False for k in F}
        verdict["all"] = all(verdict[k] for k in F)
        o = dict(it); o["verdict"] = verdict; o["reasons"] = v[6]
        out.append(o)
    with open(HERE / "events-c.jsonl", "w") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
        for p in paras:
            d = PARAS[p["doc"]]
            assert d["dateline_events"] == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
    # counts
    for k in F + ("all",):
        print(k, sum(o["verdict"][k] for o in out))
    P = [PARAS[p["doc"]] for p in paras]
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
          "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))

if __name__ == "__main__":
    main()
