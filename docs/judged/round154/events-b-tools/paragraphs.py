"""Write paragraphs-b-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json

P = {
 "h55-x213-22": dict(
   coder_events=[
     "AGREE: European Union (EU) + Group of Seven + Australia (AUS), mutual, target Russia (RUS) as the object of the cap -> agreed to cap the price of Russian seaborne oil at $60, 2022-12-02",
     "CONCEDE: Poland (POL) -> European Union (EU) / its partners, dropped its objections to the cap level, 2022-12-02",
   ],
   found=2, dateline_events=2, spurious=0,
   notes="Both acts found with the right type and date. e1 has the EU alone as source (G7 and Australia missing) and Russia as target, acceptable as the party the cap is aimed at; the cap itself takes effect Monday (future), so no separate SANCTION/COERCE event is coded for this paragraph."),
 "h55-x215-12": dict(
   coder_events=[
     "ASSAULT (explosives): unknown bombers (no code) -> civilians in Jaipur (IND), serial bombs killing at least 60 and wounding 150, 2008-05-13",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="dateline reports no event in the lead: the bombing (subject 'a string of bombs', no human agent named) is missed."),
 "h55-x213-03": dict(
   coder_events=[
     "SUPPORT (sign agreement): Kwasniewski (POL) <-> Kuchma (UKR), signed a joint declaration of reconciliation in Kiev, 1997-05-21",
     "AGREE: Poland (POL) <-> Ukraine (UKR), mutual pledge that history would no longer stand between the nations, 1997-05-21",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="The signing is found (SUPPORT, both presidents' countries as mutual parties, Wednesday 1997-05-21). The mutual pledge (AGREE) is missed; the expression of regret is the content of the signed declaration (apology, SUPPORT family) and is not counted separately."),
 "h55-x216-25": dict(
   coder_events=[
     "RETREAT (resign), future: Justin Trudeau (CAN) -> none, announced he will resign as Liberal leader and prime minister once a successor is chosen (announced Monday 2025-01-06; the resignation itself undated)",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Found with the right type and future modality. The 'weeks of pressure from his own lawmakers' is background description (a REQUEST by Liberal MPs over weeks) and is not coded from this paragraph."),
 "h55-x214-16": dict(
   coder_events=[
     "THREATEN: Oman (OMN) -> Gulf Cooperation Council (GCC), said it would withdraw from the GCC if the union plan goes ahead, 2013-12-07",
     "REJECT: Oman (OMN) -> Saudi Arabia (SAU), rejected the Saudi proposal for a closer Gulf union ('an unusually blunt rejection'), 2013-12-07",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="dateline has no event in the lead: both the conditional threat to leave the GCC and the rejection of the Saudi union proposal (Saturday 2013-12-07) are missed."),
 "h55-x214-07": dict(
   coder_events=[
     "COERCE (arrest): Israeli troops (ISR) -> Marwan Barghouti (PSE), captured in Ramallah, 2002-04-15",
     "ACCUSE: Israel (ISR) -> Marwan Barghouti (PSE), accuses him of directing shooting and suicide attacks, 2002-04-15 (standing accusation, document date)",
   ],
   found=2, dateline_events=2, spurious=0,
   notes="Both found with the right type. e1's target list gives Barghouti no country code (should be PSE) plus 'Palestine'; e2's target is Fatah instead of Barghouti ('whom' refers to Barghouti), a target error but the type is right."),
}

order = [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for d in order:
        rec = {"doc": d, **P[d]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = {k: sum(len(P[d]["coder_events"]) if k == "coded" else P[d][k] for d in order)
       for k in ("coded", "found", "dateline_events", "spurious")}
print(tot)
