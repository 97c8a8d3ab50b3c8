"""Write events-a.jsonl from the judge's per-item verdicts (fields that are wrong) and reasons."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields, reasons); "event" in the set means spurious (all false)
V = {
 1: ({"date"}, "Necas stepping down as Civic Democratic Party leader is a distinct future resignation from e1 (PM); type, source, modality right. Date wrong: the text gives no date for it (should be unknown, at most the statement day 2013-06-16); 2013-06-24 is a Monday the text never names."),
 2: ({"target"}, "Khobar killing three weeks before 2004-06-19 falls in 2004-W22, right; militants in Saudi Arabia accepted as SAU. Target wrong in its code: the 22 people were 'most of them foreigners', so SAU contradicts the text; the group should carry no country."),
 3: ({"source"}, "Ignatieff's announced future step-down as Liberal leader is RETREAT resign, future, undated, right. Source code wrong: Ignatieff is the Canadian Liberal leader, CAN not USA."),
 4: ({"date"}, "The AQAP-claimed killing of Paul Johnson (USA) is an ASSAULT; passive with no agent, so an empty source is acceptable (a coder could name AQAP). Date wrong: the militants announced the killing on Friday 2004-06-18, so it happened by then; the document date 2004-06-19 is after the report."),
 5: ({}, "'Washington did not support Taiwan's membership', said by a State Department official on Monday 2007-07-23: negated SUPPORT USA -> Taiwan, all fields right."),
 6: ({}, "The government's appeal against the Constitutional Court ruling is a formal request to a higher court to overturn it (REQUEST); the court that hears it is not named, so empty target is right; the appeal is pending, so the document date is accepted."),
 7: ({"source", "target"}, "Pledging allegiance is AGREE, November 2014 right. But the pledger is 'the group' = Sinai Province / Ansar Bayt al-Maqdis (EGY, REB), and Islamic State is the party pledged to: source should be Sinai Province (EGY) and target Islamic State (no code)."),
 8: ({}, "Protest march on Thursday evening 2020-10-22 to the home of PiS leader Kaczynski, against the ruling: PROTEST by Polish protesters aimed at the ruling party's leader; all fields right."),
 9: ({}, "US offer of security guarantees to Israel in return for an extension is AGREE (offer) by the conventions, asserted (offer whose condition states its terms); reported as this news, document date accepted."),
 10: ({}, "Ethnic Albanian guerrillas clashing with Serbian police in southern Serbia in recent months: mutual ASSAULT, SRB accepted for guerrillas in Serbia; a span 'in recent months' with no date is right as unknown."),
 11: ({"type", "date", "modality"}, "Sudan's backing of the militants sits inside Egypt's accusation ('Egypt blamed that attack on militants backed by Sudan'), so modality should be reported; PLOVER SUPPORT is verbal only, state backing of an armed group is AID; the backing dates to the 1995 attack (background), so the document date is wrong (should be unknown or 1995)."),
 12: ({}, "Kozulin's 53-day hunger strike in 2006: PROTEST (hunger), no target named, 2006, asserted; all right."),
 13: ({"source", "target", "date", "modality"}, "The troop pull-out from Lebanon is a condition the law sets Syria (act in a condition: hypothetical); the RETREAT's source should be Syria (SYR), target Lebanon (LBN), no date (not the signing day 2003-12-12), modality hypothetical. A coder would rather code the US THREATEN to Syria from this sentence."),
 14: ({}, "Several hundred protesters rallied outside the Senate in Manila during the VFA vote: PROTEST aimed at the Senate's act, so the Philippine legislature (PHL, LEG) is a right target ('Senate officials' is a loose name for it); Thursday 1999-05-27 right."),
 15: ({"type", "source", "target"}, "The court ordering Bo's assets confiscated is COERCE seize (confiscation of property), not REQUEST; source code should be CHN (Jinan court), not GBR; target should be Bo Xilai (CHN) ('his'), not the British businessman."),
 16: ({}, "Wahid condemned the Christmas Eve church bombings: ACCUSE, attackers unnamed so empty target right, reported as this news on Monday 2000-12-25 (document date); all right."),
 17: ({}, "Lissu detained in July (2017), passive with no agent: COERCE arrest -> Lissu (TZA), all right."),
 18: ({}, "Moldovan court sentenced Gutsul on Tuesday 2025-08-05: SANCTION convict, all right."),
 19: ({}, "Kouchner 'would not resign': RETREAT resign negated by the conventions; said on the story's day (wire dated Dec 10, 2007-12-10); all right."),
 20: ({"target"}, "Cuban government ACCUSE, document date as this news, right. Target wrong: the accused are the 'mercenaries' financed and organised from the United States (country USA), not the United States as a state."),
 21: ({"target"}, "Nationalisation of PrivatBank in 2016 as COERCE seize, passive (empty source acceptable). Target wrong: the party acted upon is PrivatBank (UKR, business) / its owner, not Ukraine, which did the nationalising."),
 22: ({"source"}, "The 2001 Belgrade pride march is a demonstration (PROTEST demo), 2001, no target; but the sentence names the marchers ('participants'), so the source should be the march participants (SRB), not empty."),
 23: ({}, "Karamat met Sharif on Wednesday 1998-10-07: CONSULT, both Pakistani, all right."),
 24: ({"date", "modality"}, "The assassination of Prosecutor General Barakat (EGY) by car bomb is an asserted past ASSAULT; 'to be assassinated' is not a future. Date should be 2015-06-29 (two days before the Wednesday 2015-07-01 attacks); modality asserted."),
 25: ({}, "Sandu's government has accused Russia of spending to sway the vote: ACCUSE MDA -> RUS; standing accusation, document date accepted; all right."),
 26: ({"date"}, "Putin dismissing Ulyukayev is SANCTION (removal from office), source/target right. Date wrong: it was 'the day after his detention', i.e. November 2016 (detained in November 2016), not 2017-12-15."),
 27: ({}, "Minsk told the U.S. ambassador to leave in March (2008): SANCTION expel BLR -> US ambassador; all right."),
 28: ({}, "UDF backing of the Open Term Bill: SUPPORT by the UDF (MWI), bill is no actor so empty target right; the backing was ongoing up to the vote, document date accepted."),
 29: ({"target"}, "Taiwan's Foreign Ministry ACCUSE, document date, asserted, right. Target wrong: it accused the U.N. secretariat (UN), not the Security Council, which is only where the letter was not passed."),
 30: ({"event"}, "Spurious: 'the real test begins tomorrow' is a figure of speech by a diplomat, not a weapons test (no MOBILIZE act)."),
 31: ({}, "Contact Group (multinational, no code) demanded Milosevic withdraw police units: REQUEST; SRB accepted for the Yugoslav/Serbian president; standing demand, document date accepted; all right."),
 32: ({}, "Serbian officials welcomed the Gotovina ruling: SUPPORT, ruling is no actor so empty target right, reaction reported as this news; all right."),
 33: ({"target", "date"}, "Arrest after the April riots, passive (empty source right). Target wrong: 'two members of Sogavare's government' (SLB, GOV), not Sogavare himself. Date wrong: a background arrest after the April 2006 unrest, not the document date (should be unknown/2006)."),
 34: ({}, "Tunisian police opened fire on protesters in Redeyef on Friday 2008-06-06: ASSAULT firearms, all right."),
 35: ({}, "Demonstrators occupying public buildings (government buildings) in Tunisia: PROTEST with the state as target by the conventions; ongoing protests, document date accepted; all right."),
 36: ({"date", "modality"}, "Erdogan's visit to Beijing is CONSULT visit TUR -> China, right parties, but it is 'a planned visit' weeks ahead: modality future, and date unknown (weeks after 2015-07-10), not the document date."),
 37: ({}, "Refugee leaders insisting on their right to return home is a demand (REQUEST); refugees from Bhutan coded BTN accepted; no addressee named, empty target right; ongoing, document date accepted. (A coder would also code their REJECT of the US offer.)"),
 38: ({}, "Philippines demanded on Sunday 2021-03-21 that China withdraw its vessels: REQUEST PHL -> CHN, all right."),
 39: ({}, "Moscow court sentenced Ulyukayev on Friday 2017-12-15: SANCTION convict, all right."),
 40: ({}, "Riot police fired rubber bullets and water cannon at the crowds on Friday night 2017-03-31: ASSAULT crowd-control PRY police -> crowds, all right."),
 41: ({}, "India expelled Pakistan's envoy in May 2002: SANCTION expel, all right."),
 42: ({"target"}, "India blaming the December 2001 parliament attack: ACCUSE, 2001-12 accepted. Target wrong: it blamed 'Pakistan-based groups' (militant groups, PAK), not the state of Pakistan."),
 43: ({}, "Georgian authorities want Saakashvili to stand trial: REQUEST GEO -> Saakashvili (GEO), standing demand, document date accepted; all right."),
 44: ({"target"}, "Sanchez blamed: ACCUSE, ESP, reported as this news, right. Target wrong: the sentence names the accused, 'human trafficking networks' (no country), so an empty target is wrong."),
 45: ({"target"}, "United Front leaders accused Congress: ACCUSE, Friday 1997-11-28 right. Target wrong: Congress is India's Congress party (IND, party), not the US Congress."),
 46: ({"event"}, "Spurious: 'would damage the country's relations' is Fono's prediction of the expulsion's consequence, not a SANCTION by Fono toward Australia; the act here is Fono's criticism (ACCUSE) of the Solomon Islands government's expulsion."),
 47: ({}, "Arab and Islamic states expressed disappointment at the deferral: ACCUSE disapprove, multinational group with no code, no target named; Friday 2009-10-02; all right."),
 48: ({"target"}, "Rights groups urged release of Kamto: REQUEST, document date, right. Target wrong: 'the government' is Cameroon's government (CMR), not Germany's."),
 49: ({"source"}, "Sarovic resigned on Wednesday 2003-04-02: RETREAT resign asserted, right. Source code wrong: he is the Serb member of Bosnia's presidency, BIH, not SRB (Serbia)."),
 50: ({}, "About 1,000 people killed in riots in Jos in 2001: ASSAULT, no agent, victims in Nigeria (NGA), 2001; all right."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50
with open(HERE / "events-a.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

counts = {k: 0 for k in FIELDS + ["all"]}
for l in open(HERE / "events-a.jsonl"):
    d = json.loads(l)
    for k in counts:
        counts[k] += d["verdict"][k]
print(counts)
