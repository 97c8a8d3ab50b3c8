"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
T = True
F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, F, T, T, T, T, "Holding Chaudhry's government hostage for 56 days is hostage-taking by Speight's gunmen, ASSAULT (abduct, CAMEO 181), not a state arrest (COERCE); Speight (FJI) for his gunmen, the government (FJI) and 2000 ('last year') are right."),
 2: (T, T, T, T, T, T, "Sarkozy (FRA) visited Chad (TCD) on Sunday 2007-11-04: CONSULT visit, right in all fields."),
 3: (T, F, T, T, F, T, "A pledge to release detainees is a promise, AGREE (CAMEO 0353 intent to release), not CONCEDE; date should be 1998-07-20, the Monday of the broadcast, not 1998-05-29 (the hand-over date 'May 29 next year')."),
 4: (T, T, T, T, F, T, "Zubco's forced resignation is RETREAT resign, but it is background (after the December hunt, before last month); the text gives no date, so the document date 2013-03-06 is wrong (should be undated)."),
 5: (T, T, T, T, T, T, "Mutual prisoner exchange between Estonia and Russia on Saturday 2015-09-26: RETREAT release with both parties on both sides is acceptable for a mutual act."),
 6: (T, T, T, T, T, T, "Rajnath Singh (IND) calling Pakistan (PAK) 'a terrorist state' is ACCUSE, reported as this news (document date 2016-09-18); right (reported_by Ranbir Singh is odd but not scored)."),
 7: (T, T, T, F, F, T, "The jailed person is 'the director' of the children's home (HUN), not the former deputy director; the jailing is a background act with no date in the text, so the document date 2024-02-11 is wrong (should be undated)."),
 8: (T, T, T, F, T, T, "Darfur rebels signed the accord with 'the government', i.e. Sudan's government (SDN); Nigeria is only the venue (Abuja), so the target is wrong. Type, source, 2004-11 and modality are right."),
 9: (T, T, T, T, T, T, "Kinshasa (COD) will ask Rwanda (RWA) to hand Nkunda over: a future REQUEST with no date; right."),
 10: (T, T, T, F, T, T, "The charity workers are members of the French charity Zoe's Ark: their country is FRA (or empty), not TCD where they were arrested. Empty source, COERCE arrest and 2007-10-25 are right."),
 11: (T, T, F, T, T, T, "The speaker is Pakistan's foreign ministry spokesman: source should be Pakistan (PAK), not India; the target New Delhi (IND) is right."),
 12: (T, T, T, T, T, T, "Wong's demand that the course be scrapped is a REQUEST made on the day of the concession (document date 2012-09-08); the sentence names no addressee, so an empty target is right. CHN for a Hong Kong activist is accepted (HKG would be finer)."),
 13: (T, T, T, T, F, T, "Killings 'in the weeks before polling day' are an earlier span, not the document date 2025-10-27; the right value is no date (or 2025-10 at most). ASSAULT and the Ivorian victims are right."),
 14: (T, T, T, T, T, T, "The U.S. and EU urged all Somali groups (SOM) to join the deal: REQUEST, separate from the 'welcomed' SUPPORT event; right."),
 15: (T, T, T, T, F, T, "Obama's visit to Tallinn (EST) is a CONSULT visit, but the text dates it: two days before Kohver was seized in September 2014, so the date should be 2014-09, not unknown."),
 16: (T, T, T, T, T, T, "Bomb killing Beant Singh (IND) on Thursday 1995-08-31, bomber not named in the sentence: ASSAULT right in all fields."),
 17: (T, T, T, T, T, T, "U.S. and EU urged Baku (AZE) to hold a clean election: REQUEST; present-perfect pressure continuing up to the report, so the document date is accepted."),
 18: (F, F, F, F, F, F, "Spurious: the woman died in a road accident (a Mercedes ran into a lorry), no attack by anyone."),
 19: (F, F, F, F, F, F, "Spurious: 'approved an amendment' is lawmaking, not praise or endorsement (SUPPORT); if coded at all it would be COERCE restrict against Slovaks taking a second citizenship, a different event."),
 20: (T, T, T, T, T, T, "Deby (TCD) visited Khartoum (SDN) 'this month', 2010-02: CONSULT visit, right."),
 21: (T, T, T, F, T, T, "Macron expressed solidarity with Burkina Faso's President Kabore, named in the sentence: target should be Kabore / Burkina Faso (BFA), not empty."),
 22: (F, F, F, F, F, F, "Spurious: a prime minister sending his own delegation is no act between political actors (the talks themselves are coded elsewhere)."),
 23: (T, T, T, T, T, T, "The Lebanese opposition (LBN) blames Syria (SYR) for the bombing: ongoing ACCUSE, document date right."),
 24: (T, T, T, T, T, T, "Aid agencies welcomed the international attention: SUPPORT with no named target and no date in its sentence (document date accepted; the meeting itself was Wednesday 2010-01-27)."),
 25: (T, T, T, T, T, T, "Mutual Syrian-Israeli talks (CONSULT) still going on with no deal yet; the document date is accepted for an ongoing process."),
 26: (T, T, T, T, F, T, "'Would not compromise on security' coded as a negated CONCEDE by Israel (ISR) is accepted (the convention allows the negated act for a refusal; REJECT asserted would also do); but Netanyahu said it at Thursday's meeting and news conference, so the date should be 1996-07-18, not the document date 1996-07-19."),
 27: (T, T, T, T, T, T, "Ochirbat (MNG) congratulated his rival Bagabandi (MNG): SUPPORT, reported as this news, right."),
 28: (T, T, T, F, T, T, "Kampala and Kigali backed the RCD rebel movement (COD): the target should be the RCD, not Kabila, against whom the revolt was launched. SUPPORT and 1998 ('a year ago') are right."),
 29: (T, T, T, T, T, T, "Opposition leaders (GIN) condemned the violence on Wednesday 2005-01-19; the violence's authors are unnamed, so an empty target is right; distinct from the 'blamed the government' event."),
 30: (T, T, T, F, T, T, "The government signed with the two rebel movements (LURD and MODEL, LBR); Ghana is only the venue, so the target is wrong."),
 31: (T, T, T, F, F, T, "Obama's pledge to defend the Baltic states is AGREE, but the target is the Baltic states (Estonia, Latvia, Lithuania), not Estonia alone, and the date should be 2014-09 (at the Tallinn visit two days before the September 2014 seizure), not the document date."),
 32: (T, T, T, T, T, T, "Khaleda Zia (BGD) stepped down in March 1996 (the caretaker took over in March after it): RETREAT resign, 1996-03, right."),
 33: (T, T, T, T, F, T, "Sharaa (SYR) accused Israel (ISR): ACCUSE is right, but he 'also' said it in the U.N. General Assembly speech the story dates Wednesday, so the date should be 2025-09-24, not the document date 2025-09-25."),
 34: (T, T, T, T, T, F, "'Thaci must now ask' is a future act (like 'is to'), not hypothetical: modality should be future."),
 35: (T, T, T, T, T, T, "Washington (USA) congratulated Guatemalans (GTM): SUPPORT, document date right."),
 36: (T, F, T, T, T, T, "Ordering USAID (USA) to close its operations in Russia is an expulsion of an aid agency, SANCTION expel (CAMEO 1663; the story calls it 'the expulsion'), not a plain REQUEST."),
 37: (T, T, T, T, T, T, "Netanyahu (ISR) convened his security cabinet late on Monday 2014-06-30: CONSULT accepted for a cabinet meeting."),
 38: (T, T, T, T, T, T, "Rubio (USA) condemned the attack, whose authors the sentence does not name: ACCUSE disapprove with empty target, document date right."),
 39: (T, T, T, F, T, T, "Afghanistan rejected Pakistan's accusation, and Pakistan is named in the sentence: target should be Pakistan (PAK), not empty."),
 40: (T, T, T, T, T, T, "Estonia, the EU and the U.S. condemned the trial; the court is only in the previous sentence, so an empty target is right, and the condemnation has no date in the text."),
 41: (T, T, T, T, T, T, "The LDP's largest faction (JPN) backed Obuchi: SUPPORT; coding the faction as the LDP is accepted; no date in the sentence (the vote was Friday 1998-07-24), document date accepted."),
 42: (T, T, F, T, T, T, "'British paratroopers and special forces': the special forces are British too, so the second source should carry GBR, not no country. ASSAULT on the West Side Boys (SLE) on Sunday 2000-09-10 is right."),
 43: (T, T, T, T, T, T, "Babis's campaign promise to focus on the cost of living is accepted as AGREE (intent to change policy) with no target; the present perfect takes the document date."),
 44: (T, T, T, T, F, T, "Mujawar (YEM) welcomed support at the London meeting: SUPPORT with empty target is right, but the meeting is dated Wednesday in the lead, so the date should be 2010-01-27, not the document date 2010-01-28."),
 45: (T, F, T, T, F, T, "'Promised to respond' to an Israeli air strike is a threat of retaliation, THREATEN (violence), not AGREE; and it was said in the Sunday speech ('He also'), so the date should be 2019-08-25, not 2019-08-26."),
 46: (T, T, T, T, T, T, "ECOWAS lifted its sanctions in February 2024: RETREAT ease; Niger is not named as the sanctioned party in the clause, so an empty target is right."),
 47: (T, T, T, T, F, T, "At least a dozen killed 'in the weeks before Sunday's vote' is a total over an earlier span: no date, not the document date 1996-11-18."),
 48: (T, T, T, T, T, T, "The RHDP (CIV) hailed the result: SUPPORT with no named target, document date right."),
 49: (T, T, T, T, T, T, "The Thai government (THA) asked that entertainment be toned down: REQUEST to an unnamed public, document date accepted."),
 50: (T, F, F, F, F, F, "The act is a demand by human rights groups that the prince be released or charged: REQUEST, source human rights groups, target the Cambodian authorities, asserted, 1995-11-22. The embedded charge is not coded separately, and the prince is Sirivudh, not Ranariddh."),
}

items = [json.loads(l) for l in open(HERE / 'events-d-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(HERE / 'events-d.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

fields = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l) for l in open(HERE / 'events-d.jsonl')]
print({f: sum(r["verdict"][f] for r in rows) for f in fields})
