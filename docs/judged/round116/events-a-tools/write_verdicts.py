"""Write events-a.jsonl from the judge-a verdicts below (fields: event type source target date modality)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ((), "Hafez al-Assad's forces (SYR) killing thousands in Hama in 1982: ASSAULT, source, target, explicit year and assertion all right."),
 2: (("source", "target"), "The fight against U.S.-led forces in 2001 is an ASSAULT with the right year, but Sufi Muhammad is the Pakistani cleric (he led men *into* Afghanistan): source country should be PAK, not AFG; the U.S.-led forces should be USA (or empty as a coalition), not AFG."),
 3: ((), "The Tuzla shell killing at least 70 people late on Thursday (1995-05-25); the sentence names no firer, so an empty source is right; target Bosnian (BIH) victims right."),
 4: ((), "Philippines (PHL) recalling its ambassador to Singapore (SGP) on Saturday 1995-03-18: SANCTION, all fields right."),
 5: ((), "Leaders around the world expressing solidarity: SUPPORT by leaders with no single country; the sentence names no recipient (France only implied), so an empty target is right by the rule; document date for reaction news."),
 6: ((), "Saakashvili dismissing the recordings as fabricated is a REJECT of the evidence against him; the sentence names no party (the recordings are Lutsenko's, not named here), so empty target right; document date for undated news. (reported_by Lutsenko is odd but not scored.)"),
 7: ((), "Abbas (PSE) welcoming Bush's visit: SUPPORT; 'the visit' is clearly Bush's, so United States is a right target; the text gives the welcome no date of its own, so the document date is allowed (a coder might give Thursday 2008-01-10)."),
 8: ((), "US and UK calling on Sudan to show restraint: REQUEST, USA/GBR -> SDN, document date, asserted; all right."),
 9: (("type",), "Google *stopped* censoring: it no longer censors anyone, so COERCE censor is wrong; the act is Google (USA) defying China's censorship requirement, REJECT (defy norms/law), asserted, on Monday 2010-03-22. Source, target and date are right."),
 10: ((), "The Burundian army said officers had been arrested: COERCE arrest by the army (the only actor, clearly the arresting party) of the plotting officers (BDI); undated news, document date right."),
 11: ((), "Dhlakama (MOZ) accusing the ruling party (Frelimo, MOZ) of stealing the vote, on the Wednesday of the sentence (1999-12-22): all right."),
 12: ((), "APEC leaders pledging to dismantle militant groups and tighten missile controls: AGREE (reciprocal, no recipient), multinational source without a country, Tuesday 2003-10-21 right."),
 13: (("date",), "Opposition politicians (PAK) accusing Sharif (PAK) is right, but the criticism is 'immediate' reaction news to Friday's statement: date should be the document date 2015-07-10, not unknown."),
 14: (("target", "date"), "The accused are 'a number of them', the veteran members of the former junta (MMR), not the diplomats who report it; the private accusations came before the reshuffle at an unknown time, so the date should be empty, not the document date. Empty source right."),
 15: ((), "Barak (ISR) due to travel to Turkey on Sunday: CONSULT visit, future, 2010-01-17; all right."),
 16: ((), "Rights groups welcoming the accession: SUPPORT by unnamed rights groups; 'the accession' names no party, so an empty target is right by the rule (a coder might code Armenia/Azerbaijan); document date right."),
 17: ((), "Josipovic (HRV) pledging to work with Serbia and Bosnia: AGREE with SRB/BIH targets; the lead places his election-night promises on Sunday 2010-01-10, so that date is acceptable."),
 18: (("target",), "The Security Council urged *all states* to cooperate; the party asked is all states (no country code), not the Kenyan authorities, who are the beneficiaries. Type, source, date and modality right."),
 19: ("spurious", "Duplicate: 'pledging to help each other' is what the signing of the mutual defence pact did; the same sentence's signing is already coded (e5), so this is a second event for the same act."),
 20: ((), "UN and regional leaders condemning the coup attempt: ACCUSE; 'the attempt' names no party, so an empty target is right; document date right."),
 21: (("source",), "The one who urged the world not to legitimise the vote is Sviatlana Tsikhanouskaya (BLR), not 'Belarusians' (who only appear in the relative clause). Target the world (no code), document date and assertion right."),
 22: (("source", "target", "date"), "The newspapers are Turkish ('outrage in Turkey, where newspapers ...'): source should be TUR; 'it' is the footage of Ayalon's treatment of the envoy and Ayalon is named in the sentence, so target should be Danny Ayalon (ISR); the outrage came before Wednesday's apology (after Monday's meeting), so it should not get the document date 2010-01-14 (no day date, or about 2010-01-12)."),
 23: ((), "Chissano (MOZ) calling for calm: REQUEST with no addressee, document date for news; all right."),
 24: (("date",), "Afghan police shooting riot victims (AFG): the unrest is dated Monday in the text, so the date should be 2006-05-29, not unknown. Modality taken as asserted ('how many' presupposes some)."),
 25: ((), "Algerians approving Bouteflika's civil concord plan two months earlier: SUPPORT, DZA -> Bouteflika, 1999-09 (the September referendum) right."),
 26: ((), "Adamkus (LTU) promising to press the bid to join NATO and the EU: AGREE (a promise), NATO/EU targets acceptable; document date for his victory remarks right."),
 27: ((), "The Maldives cabinet resigning on Tuesday 2010-06-29: RETREAT resign, no target; all right."),
 28: ((), "Sudanese security forces firing live ammunition at protesters on Wednesday 2013-09-25: ASSAULT, SDN -> SDN, asserted (witnesses' attribution only); all right."),
 29: ((), "The Turkish Constitutional Court banning Erbakan from politics on Friday 1998-01-16: COERCE ban, all right."),
 30: ((), "Insurgents briefly occupying Mocimboa da Praia in March 2020: ASSAULT by the conventions; the text leaves their country open (IS-linked, Nyusi calls it 'foreign aggression'), so an empty code is right; 'the town' is a place, so an empty target is allowed."),
 31: (("source", "date"), "'It' is the European Parliament's resolution: source should be the European Parliament (EU body, no country), not Soulaimane Raissouni; the resolution passed on Thursday, so the date should be 2023-01-19, not 2023-01-23. Target Rabat (MAR) right."),
 32: ((), "Merkel (DEU) and Sarkozy (FRA) praising Van Rompuy (BEL): SUPPORT; undated reaction, document date allowed; all right."),
 33: (("target",), "SADC condemned the killing, i.e. the killers, not the victim: target should be empty (the two officers are not named in this sentence), not Motsomotso. Source SADC, date and assertion right."),
 34: (("type", "target"), "Dismissing Bush's trip as a show of support for Israel is criticism, ACCUSE (disapprove), not a REJECT of any proposal; the trip is Bush's, so the target should be Bush (USA), not Israel. Source Hamas leaders (PSE), document date and assertion right."),
 35: ((), "Tung (HKG) 'decided to step down': RETREAT resign, asserted, on the day of the report; not a same-sentence duplicate of the lead's resignation; Hong Kong as the polity he leaves is acceptable (empty would also be right)."),
 36: ((), "Hachani (DZA) shot dead on Monday 1999-11-22; the sentence names no gunman, so an empty source is right; all right."),
 37: ((), "Chavez (VEN) recalling his ambassador from Panama (PAN): SANCTION, undated news with document date; all right."),
 38: ((), "Thousands of Filipinos marching on the Singapore embassy in Manila: PROTEST against Singapore (SGP), source PHL, document date; all right."),
 39: ((), "Meciar's 1994-98 government (SVK) was accused by unnamed parties of authoritarian practices: ACCUSE, empty source, background act of unknown time with no date; all right."),
 40: ((), "Rwanda backing M23 (COD), inside the Kinshasa/UN accusation: reported; an ongoing act takes the document date. SUPPORT accepted (AID would fit if the backing is material, but the text does not say)."),
 41: ((), "Germany (DEU) calling for an urgent UN Security Council meeting: REQUEST to the council, document date; all right."),
 42: (("target",), "The evacuation expected for the wounded man is a future AID act with no named agent and no date, but its target is the wounded French tourist (FRA), not the Mauritanian security official (who only spoke in another sentence)."),
 43: (("date",), "Darboe's supporters (GMB) beaten, ASSAULT asserted with Darboe as the speaker, empty source right; but the beatings happened during the campaign before Thursday's vote, a background act, so the date should be empty (before 1996-09-26), not the document date."),
 44: (("target",), "Yoon convening an emergency meeting with his security officials: CONSULT; the officials are plainly South Korean, so the target should be coded KOR, not left without a country."),
 45: ((), "Aoun (LBN) accusing Mikati (LBN) of failing to form a cabinet, on Sunday 2022-10-30 before leaving the palace: all right."),
 46: (("source",), "The exiled opposition groups are plainly Iraqi opposition (to Saddam's regime): source should be coded IRQ, not without country. SUPPORT (welcomed the attack) with empty target, document date right."),
 47: (("target", "modality"), "Radev must offer the mandate to the largest parliamentary groups (BGR), not to the Russian government; 'must now offer' is a required next step, future, not hypothetical. AGREE (an offer) and empty date acceptable."),
 48: (("target",), "The sentence names the criticised party ('the EU was rewarding a government'), so the target should be the European Union (EU), not empty. Source rights groups, document date, assertion right."),
 49: ((), "Hollande (FRA) declaring a state of emergency on the night of the attacks, Friday 2015-11-13: COERCE, no target needed; all right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 49 and set(V) == {i["n"] for i in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
