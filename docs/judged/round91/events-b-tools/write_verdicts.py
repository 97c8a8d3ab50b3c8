"""Write events-b.jsonl from the judge's verdicts below (fields: event, type, source, target, date, modality)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
V = {
 1: ((T,T,T,T,T,T), "Putin (\"he\") addressing a meeting with Kremlin officials is a CONSULT with Russian officials; reported as Monday's news, so the document date is right."),
 2: ((T,T,T,T,T,T), "The nominal \"Putin's invasion of Ukraine\" is an ASSAULT by Putin (RUS) on Ukraine; the text gives it no date, so an unknown date is right; attribution to the two advisers keeps it asserted."),
 3: ((T,T,T,T,T,T), "Opposition politicians accuse Kengo's government of incompetence: ACCUSE by Zairean opposition politicians against Kengo/his government, reported as the day's news (document date)."),
 4: ((F,F,F,F,F,F), "\"Attacked Canadian dairy tariffs\" is a verbal attack, a trigger word in another sense; by CONVENTIONS this ASSAULT is not an event (spurious). I would rather count it a real ACCUSE by Trump (USA) against Canada (CAN) with only the type wrong, but I score by the rule."),
 5: ((T,T,T,T,T,T), "PA condemns the pizzeria bombing: ACCUSE (disapprove); the sentence names no perpetrator (Hamas is in an earlier sentence), so an empty target is right; undated reaction takes the document date."),
 6: ((T,T,T,T,F,T), "ASSAULT killing at least 20 people in clashes is right, with no single perpetrator an empty source is fine; but it is a total over \"the weeks before the vote\" (before 22 Oct), so it has no date, not the document date 1995-10-24."),
 7: ((T,T,T,T,F,T), "Moon congratulating Park is SUPPORT KOR->KOR, but he conceded and spoke shortly before midnight on election night, Wednesday, so the date should be 2012-12-19, not the document date."),
 8: ((T,T,T,F,T,T), "ASSAULT in Kaduna in 2000 with no named perpetrator is right and dated 2000, but the sentence names the victims: target should be more than 2,000 people (NGA), not empty."),
 9: ((T,T,T,T,T,T), "The Venice Commission (Council of Europe body, COE) criticised the amendment: ACCUSE; \"the amendment\" is not a party, so empty target is right; \"before the vote\" gives no date, unknown is right."),
 10: ((T,F,T,F,T,T), "India revoking the special status of Indian-administered Kashmir (Aug 2019) is not a reduction of relations (SANCTION) but an administrative restriction on the region: COERCE (restrict, CAMEO 172); target should be Indian-administered Kashmir (IND), which the sentence names."),
 11: ((T,T,T,T,T,T), "Lula's government rejects the (US) criticism: REJECT by Lula/Brazil; the sentence names no party for the criticism, so empty target is right; undated reaction takes the document date."),
 12: ((T,T,T,T,T,T), "Meles (\"he\", the former guerrilla, ETH) sending troops into Somalia in 2006 is MOBILIZE (troops) ETH->SOM, dated 2006, asserted."),
 13: ((T,T,T,T,T,T), "Critics blame Hariri for the public debt: ACCUSE by unnamed critics (no country given) against Hariri (LBN); an ongoing criticism takes the document date."),
 14: ((T,T,T,F,T,T), "OPEC+ agreeing among its members to cut output is AGREE (2022-10-05) by OPEC, but the United States is the party being defied (the separate REJECT e2), not a party to the agreement: target should be empty (or the allies led by Russia)."),
 15: ((T,T,T,T,T,T), "China's foreign ministry welcomed the move: SUPPORT; \"the move\" is not a party and Costa Rica is not named in the sentence, so empty target is right; undated reaction, document date."),
 16: ((T,T,T,F,F,T), "Belgrade backing the local Serbs is SUPPORT SRB->local Serbs, but they are Kosovo Serbs of northern Kosovo (country Kosovo, XKX), not Serbia; and it is background to the blockade begun 20 Sept, so the document date is wrong (no date, or 2021-09-20)."),
 17: ((T,T,T,T,T,T), "Pena Nieto welcomed Canada's return to the deal: SUPPORT MEX->CAN, undated reaction to Sunday's deal, document date right."),
 18: ((T,T,T,T,T,T), "Business leaders (Kenyan, plain from the story) welcomed the truce: SUPPORT; \"the truce\" is not a party so empty target is right; document date right."),
 19: ((T,T,T,T,F,T), "Canada's negotiations with Lighthizer are CONSULT CAN->USA, but they are a background span of more than a year that ended late Sunday 2018-09-30; the document date (Monday) is wrong: no date (or 2018-09-30)."),
 20: ((F,F,F,F,F,F), "Duplicate: \"bowing to a protest campaign\" describes the same act as \"agreed on Monday to reinstate Chaudhry\", already coded from this sentence as e1 (AGREE); a second event for it is spurious."),
 21: ((T,F,T,T,T,T), "Putin launching the (military) campaign against Chechen fighters is ASSAULT, not ACCUSE; source, target (Chechen fighters, RUS), date 1999-09 (\"last month\") and modality are right."),
 22: ((T,F,T,T,T,T), "A transport blockade called by the opposition is a PROTEST (obstruct/strike, hartal), not a COERCE restriction by authorities; opposition (BGD) source, empty target (no aim named in the sentence) and Sunday 2006-10-29 are right."),
 23: ((T,T,T,T,T,T), "Obama telephoned Erdogan: CONSULT (phone) USA->TUR, distinct from the congratulation (SUPPORT e4); no date in the text, document date right."),
 24: ((T,T,F,F,T,T), "\"The government\" that urged citizens to turn out is the Cuban government, not the Vatican: source should be the Cuban government (CUB); target should be Cuban citizens (CUB), which the text makes plain, not country-less."),
 25: ((T,T,T,T,T,T), "Several Kagame critics abroad attacked or killed by unnamed attackers: ASSAULT with empty source, critics (RWA) as target; \"in recent years\" gives no date, so unknown is right."),
 26: ((T,T,T,F,T,T), "Britain (with US, Japan) called on the generals to lift restrictions: REQUEST, but the target is the Myanmar generals/junta (MMR), not Suu Kyi, whose restrictions are the subject of the request."),
 27: ((T,T,T,F,T,T), "Russia sending troops back into Chechnya in 1999 is MOBILIZE RUS, dated 1999, but the sentence names where they were sent against: target should be Chechnya/the separatists (RUS), not empty."),
 28: ((T,T,T,F,T,T), "Seven allies found guilty: SANCTION (convict) on 2025-09-11 with the court not named in the sentence (empty source right), but the target should be the seven allies (BRA), not Brazil's Supreme Court, which convicted them."),
 29: ((T,T,T,T,T,T), "Araghchi called the European move illegal: ACCUSE (disapprove) by Iran's FM; \"the move\" is not a party, so empty target is right; undated reaction, document date right."),
 30: ((T,T,T,T,T,T), "UN envoy Salame (UNO) welcomed the Paris outcome: SUPPORT; \"the outcome\" is no party, empty target right; dated 29 May as the wire dateline gives."),
 31: ((T,T,T,T,F,T), "The bomb that killed Kadyrov is an ASSAULT on Kadyrov (RUS) with no named perpetrator, but the text dates it \"barely six weeks\" before the 21-22 June 2004 raid: date should be about early May 2004 (2004-05), not unknown."),
 32: ((T,T,T,T,T,T), "Youssoufi jailed in the early 1960s: COERCE (arrest/imprison) on Youssoufi (MAR) by an unnamed authority; value \"196\" is the 1960s decade, the precision the text gives."),
 33: ((T,T,T,T,T,T), "Clinton and Zhu failed to clinch the WTO agreement: AGREE, negated, mutual USA/CHN, Thursday 1999-04-08: all right."),
 34: ((T,T,T,T,F,T), "Killing of Ukrainian POWs with blame disputed: ASSAULT, empty source, Ukrainian prisoners target are right, but it happened overnight before Russia's Friday statement, so the date should be 2022-07-29 (night of 28-29 July), not the Saturday document date."),
 35: ((T,T,T,T,T,T), "Mexico's government agreed the deal with Washington in August: AGREE MEX-USA, 2018-08, asserted."),
 36: ((T,T,T,F,T,T), "Bolivia's case demanding sovereign access to the sea is a REQUEST (distinct in type from the suit, e1) with an ongoing demand dated by the document, but it is directed at Chile, named in the sentence: target should be Chile (CHL)."),
 37: ((T,F,T,T,F,F), "A GPC official's \"the new parliament will work with the president\" is a statement of intent to cooperate, which PLOVER codes AGREE (CAMEO 030) asserted on the day it was said (1997-04-30), not a future COOPERATE with no date; parliament (YEM) -> Saleh (YEM) are right."),
 38: ((T,T,T,T,F,T), "The conviction of the former president (Bolsonaro, BRA): SANCTION convict with the court not named in the sentence; but \"the verdict\" is Thursday's, so the date should be 2025-09-11, not the document date."),
 39: ((T,T,T,T,T,T), "Zyuganov (with his Communist party) accused the authorities of rigging: ACCUSE RUS->RUS authorities, Monday's news; listing the party with him is acceptable."),
 40: ((T,T,T,F,T,T), "\"They are accused over the deaths\": ACCUSE with prosecutors unnamed (empty source right), but \"they\" are Mubarak, his sons, al-Adly and six police officers (EGY): target should be them, not \"Interior\"."),
 41: ((T,T,F,T,T,T), "Reinforcing federal forces in Ingushetia is MOBILIZE, future, undated, but the sentence names the forces: source should be the federal forces/Russia (RUS; the Kremlin speaking), not empty."),
 42: ((T,T,T,T,T,T), "Kagame's government has long accused Rusesabagina: ACCUSE RWA->Rusesabagina; a long-running accusation still going on takes the document date."),
 43: ((T,T,T,T,T,T), "Pakistan accused Indian troops of about 3,000 violations: ACCUSE PAK->IND troops; the accusations cover last year's violations, so 2020 is acceptable (borderline: the accusing itself is not dated)."),
 44: ((T,T,F,T,T,T), "Elbegdorj accused the ruling party of rigging: ACCUSE, right target and date, but the source's country is wrong: Elbegdorj is Mongolian (MNG), not USA."),
 45: ((T,T,F,F,T,T), "Hostage families urged the government to secure a deal: REQUEST, but they are Israeli families (ISR), not Palestinian, and \"the government\" is Israel's (ISR), not a Palestinian government."),
 46: ((T,T,T,F,T,T), "Serb authorities accused of steering refugees: ACCUSE with no named accuser, undated background; but these are Bosnian Serb authorities (Serb Republic), so the target's country should be BIH, not SRB."),
 47: ((T,T,T,T,T,T), "Critics accuse Meles (\"him\", resolved to the former guerrilla, ETH) of crushing dissent: ACCUSE, ongoing, document date right."),
 48: ((T,T,T,T,F,T), "Political activity remains banned: COERCE ban with no party named (empty source and target right), but a ban still in force when the story is told takes the document date 2007-09-04, not unknown."),
 49: ((T,T,T,T,T,T), "Scholz refusing to send Taurus missiles to Ukraine: REJECT DEU->UKR, a refusal still in force, document date right."),
 50: ((T,F,T,T,T,T), "The anti-graft court jailing Sharif for 14 years is a court sentence: SANCTION (convict, \"found guilty and sentenced\"), not COERCE arrest; court (PAK), Sharif (PAK), July 2000 and asserted are right."),
}
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open(HERE / "events-b.jsonl", "w") as out:
    for it in items:
        (e, t, s, g, d, m), reason = V[it["n"]]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l)["verdict"] for l in open(HERE / "events-b.jsonl")]
print({f: sum(r[f] for r in rows) for f in fields})
