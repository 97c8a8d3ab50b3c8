"""Write events-b.jsonl from the judge's verdicts below (fields F = false; 'spurious' = all false)."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {  # n: (list of false fields or "spurious", reasons)
 1: ([], "Sarraj praising the (pro-government) fighters is SUPPORT LBY->LBY; no date in the text for the congratulation, so the document date is right (the fighters' REB sector is off, but party and country are right)."),
 2: ("spurious", "Not an event: the subject of 'would encourage' is the trip, a predicted effect, not an appeal by any actor; the codable act in the sentence is Maliki's office praising the visit (SUPPORT Iraq (IRQ) -> Jordan/King Abdullah (JOR))."),
 3: (["date"], "The Kellogg visit to Minsk is CONSULT visit USA->BLR, but the story dates it: Kellogg 'met Lukashenko on Saturday', so the date should be 2025-06-21, not the Sunday document date."),
 4: ([], "Twagiramungu's complaint that RPA soldiers carried out reprisal killings is ACCUSE RWA->RWA army; a background act over weeks with no date, so unknown is right."),
 5: ("spurious", "Not an event: a journalist flying to France for medical treatment is private travel, not a visit between political actors (and it has no source)."),
 6: (["source"], "A future COERCE arrest of crime suspects among Karabakh Armenians is acceptable as future, but the detaining party is Azerbaijan (AZE), named in the sentence as stating its own policy, so source should be Azerbaijan rather than empty."),
 7: ([], "ACCUSE CHN foreign ministry -> Western governments (no code), reported as this news with document date; all right."),
 8: ([], "Signing the security pact is SUPPORT (sign agreement), mutual AUS/IDN, Monday 1995-12-18; all right."),
 9: ([], "Paris backing Morocco's autonomy plan is SUPPORT FRA->MAR in 'last July' = 2024-07; all right."),
 10: ([], "RETREAT resign by Twagiramungu on Monday 1995-08-28, asserted with Bizimungu as reporter; all right."),
 11: (["date"], "Conceding the run-off is acceptable as CONCEDE by Guillier (CHL), target empty right (Pinera is only in the previous sentence); but he conceded within an hour of polls closing on Sunday, so the date should be 2017-12-17, not the Monday document date."),
 12: (["type", "target"], "Issuing the Interpol warrant is a legal accusation (ACCUSE allege, as the sentence's own 'accusing' says), not COERCE (CAMEO 171 is seizing property); the party acted on is Haradinaj (XKX), not Interpol, which is only the channel. (e3 codes the same act as ACCUSE; one of the two is redundant.)"),
 13: (["date"], "The 1994 massacres are ASSAULT with no named perpetrator and the victims (RWA) as target, but the text dates them 1994; a background act must not get the 1995-08-29 document date."),
 14: ([], "AU peacekeepers fighting Islamist rebels in Somalia is an ongoing ASSAULT, so the document date is right; all right."),
 15: (["target"], "North Korea's insistence on negotiating a treaty with Washington is a REQUEST for negotiations to the United States (USA) alone; Seoul is the party left out, not a target."),
 16: ([], "ACCUSE Slovak critics (SVK) -> Kremlin (RUS), an undated background accusation, so unknown date is right; all right."),
 17: ("spurious", "Duplicate: being received by Faria is the host side of the same visit already coded from this sentence as e3 (Benedetti arrives in Caracas, CONSULT visit COL->VEN, 2022-08-28)."),
 18: ([], "ACCUSE Bahraini opposition leaders -> the authorities (BHR), ongoing in the present tense with document date; all right (the opposition's GOV sector is off, but party and country are right)."),
 19: (["target", "date"], "The two leaders are Putin (RUS) and Kim Jong Il (PRK): dateline codes both sides as Russia, so Kim Jong Il (PRK) is missing as the other party; the talks were on Saturday, so date should be 2001-08-04."),
 20: (["type", "source"], "Dismissing the reforms as cosmetic is criticism (ACCUSE disapprove), not a REJECT of a request; the source is the Cuban exile groups in Miami, not the Cuban state (CUB country). Empty target is acceptable since the sentence names no party (a coder could add the Cuban Communist Party)."),
 21: (["date"], "AGREE to stay in touch, mutual IND/PAK, reported by an Indian spokesman (asserted), is right, but it was agreed at the leaders' meeting on Wednesday, so the date should be 1998-07-29."),
 22: ([], "RETREAT resign by Mosisili (LSO) on Wednesday 2012-05-30; all right."),
 23: ([], "REQUEST by the Chinese foreign ministry to 'all relevant parties' (no code), document date; all right."),
 24: ([], "Opening a missing-persons inquiry is ACCUSE investigate by the Belarusian interior ministry, no party named, document date; all right."),
 25: (["target", "modality"], "The meeting is CONSULT BRICS leaders -> South American heads of state (no single country code), not the United States; and travelling 'on Wednesday to meet' is a scheduled act in a July 15 story, so the modality should be future."),
 26: (["source", "date", "modality"], "The killing of Algerians is the act inside Erdogan's accusation: its perpetrator is France (FRA), named in the sentence, so source should be France; modality should be reported; and '15 percent killed from 1945 onwards' is a total over a span, so it should have no date (not 1945)."),
 27: (["type"], "Jordan hosting 450,000-500,000 Iraqi refugees is giving refuge (AID, territorial asylum), not CONSULT (hosting a visit); Jordan (JOR), Iraqis (IRQ), document date for an ongoing act and asserted are right."),
 28: ([], "Chavez pushing OPEC partners to keep prices high is a REQUEST VEN->OPEC, an undated pattern of behaviour with an unknown date; all right."),
 29: (["type", "target"], "Announcing aid that had not yet been given (Brazil rejected it) is an offer, AGREE under the wave-76 rule, not AID; the recipient is Brazil (BRA), not the G7, which is the donor side."),
 30: ([], "SUPPORT by victims' relatives (ARM) welcoming the ruling; no party named (empty target right); July 27 is the story's own dateline day, so the date is right."),
 31: ([], "The Cuban Communist Party approving the market plan is SUPPORT (approve policy), Tuesday 2011-04-19; all right."),
 32: ([], "Britain's 1971 withdrawal from the Gulf is RETREAT withdraw by the United Kingdom (GBR), 1971; all right."),
 33: (["target"], "The move welcomed is Pakistan's offensive, and the sentence names Islamabad, so the SUPPORT target should be Pakistan (PAK), not empty."),
 34: ("spurious", "Not an event: the 'demands' are the contents of a draft resolution that was vetoed, cited in Lavrov's criticism; no body made demands of Russia (the sentence's act is Lavrov's criticism of the text, ACCUSE RUS; the draft's demands were aimed at the Syrian government, SYR)."),
 35: ([], "SANCTION convict (sentencing) of Tsikhanouski (BLR) in 2021, no court named; all right."),
 36: ([], "COERCE arrest of the Rwandan opposition party's members (RWA), no agent named, undated since last month; all right."),
 37: ([], "REQUEST Bush (USA) -> Russia to halt help with Bushehr, ongoing, document date; all right."),
 38: ([], "Haftar's forces seizing the oil ports is ASSAULT (armed seizure of ground) by Haftar (LBY), September 2016; all right."),
}
out = []
for l in open("events-b-items.jsonl"):
    it = json.loads(l)
    bad, reasons = V[it["n"]]
    if bad == "spurious":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in bad for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    it["verdict"] = v; it["reasons"] = reasons
    out.append(it)
assert len(out) == 38 and [o["n"] for o in out] == list(range(1, 39))
with open("events-b.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print(counts)
