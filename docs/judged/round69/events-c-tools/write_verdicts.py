"""Write events-c.jsonl from judge c's verdicts (round 69).

Each entry: n -> (false fields, reasons). Fields not listed are true; "event" in the list
makes the item spurious (false in every field).
usage: python3 write_verdicts.py   (run from round69/)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Russia and France pressing Baghdad to back down is a REQUEST to the Iraqi government; ongoing at the time of the report, so the document date is right; attribution to diplomats keeps it asserted."),
 2: ([], "Criticising the warrant is ACCUSE by 'several governments' (no country in the text); the sentence names no party (only 'the warrant'), so an empty target is right by the rules."),
 3: ([], "The grenade killing a National Guard serviceman on Monday 2015-08-31 is ASSAULT; the thrower is not named, so an empty source is right; target UKR serviceman right."),
 4: (["date"], "Peres taking part in the Sharm el-Sheikh summit is a CONSULT (multilateral, empty target right), but the summit was on Wednesday: the date should be 1996-03-13 (the document date), not 1996-03-04, which is the date of the Tel Aviv bombing in the previous sentence."),
 5: ([], "Gonzalez being received by Spanish officials at Torrejon is a hosted visit (CONSULT, CAMEO 043); a meeting is mutual, so host as source is right; Sunday 2024-09-08 is right."),
 6: ([], "Demonstrations against Conde's plan to change the constitution are aimed at the authorities' act, so Guinea (GIN) as target is right; Monday 2019-10-14 right."),
 7: (["target"], "Bowing to Western pressure, inside Smirnov's accusation, is a reported CONCEDE by Moldova (Chisinau), but the sentence names whom Moldova yielded to: the target should be the Western governments (the US/EU pressure), not empty."),
 8: ([], "Gayoom calling on his supporters to remain calm is a REQUEST to his (Maldivian) supporters, Wednesday 2008-10-29 = document date."),
 9: (["type", "target"], "'I accept the decision of the people' restates Gayoom's concession of defeat: the type should be CONCEDE (yield), not AGREE (no cooperation is offered), and the sentence names the party conceded to: the target should be the Maldivian people/voters (MDV), not empty."),
 10: ([], "Kem Sokha's arrest in September (2017-09, before the July 2018 story) is COERCE arrest; the arresting party is not named, so an empty source is right."),
 11: ([], "Canberra rejecting any suggestion of dumping is a REJECT by the Australian government; the party making the suggestion (China) is not named in the sentence, so empty target is right; document date right."),
 12: ([], "Lapid welcoming Blinken (and four Arab ministers) to Sde Boker is a hosted visit/meeting, CONSULT; Blinken (USA) is a right party of the mutual meeting; Monday 2022-03-28 right."),
 13: ([], "Under the agreement Congo will round up the ex-FAR fighters: a future COERCE arrest by Congo (COD) against the former Rwandan army (RWA); no date is given for it, so unknown is right; modality future right."),
 14: ([], "US, EU and Latin American governments refusing to recognise Maduro's victory is REJECT toward Maduro (VEN), still going on at the time of the story, so the document date is right."),
 15: (["target"], "Palestinian officials criticising the gathering is ACCUSE, but the sentence names whom they criticise ('Arab states were rewarding Israel'): the target should be the Arab states at the meeting (UAE, Bahrain, Morocco, Egypt), not empty."),
 16: ([], "The Philippine government signing the peace accord with the MNLF (PHL) on Monday 1996-09-02 is SUPPORT (sign agreement); all fields right."),
 17: ([], "Merkel's spokesman calling Erdogan's comments unacceptable is ACCUSE with Merkel (DEU) as source; 'those comments' is not a party, so empty target is right by the rules (Erdogan would also be right); the reaction is undated background (around last week), so unknown date is right."),
 18: (["source", "date"], "The mortar bomb fired from Syria killing a woman is ASSAULT with the right target (Turkish woman), but the source should be Syria (SYR; 'fired from Syria'), not Turkey's parliament, and the date should be 2012-10-03 ('a day after' Thursday), not 2012-10-04."),
 19: ([], "The UN (and US) calling for restoration of the elected government is REQUEST; the coup leaders it is addressed to are not named in the sentence, so empty target is right; the UN is one right source."),
 20: ([], "South Korea urging Pyongyang to free a South Korean worker is REQUEST to the North Korean government; document date right."),
 21: ([], "The presidents of Congo and Rwanda signing a peace agreement on Tuesday 2002-07-30 is SUPPORT (sign), mutual; all right."),
 22: (["target"], "Trump's warning of no trade deals is THREATEN, Saturday 2025-07-26 right, but the sentence names whom he warned: the target should be both leaders, of Thailand (THA) and Cambodia (KHM), not empty."),
 23: (["event"], "Spurious: 'such an operation ... was carried out without the Kremlin's blessing' refers to the arrest of Gusinsky (already coded) and is Yavlinsky's implied accusation of the Kremlin; there is no ASSAULT, and certainly none on the Kremlin."),
 24: ([], "Blair holding talks with Gaddafi near Tripoli on Thursday 2004-03-25 is CONSULT GBR-LBY; all right."),
 25: (["target", "modality"], "Syria's apology is SUPPORT (CAMEO 055) by Syria, but it was made to Turkey through the UN: the target should be Turkey (TUR), not the UN (the channel); and the text marks it as 'a claim that could not immediately be confirmed', so the modality should be reported."),
 26: (["source"], "Condemning the attacks on peacekeepers is ACCUSE (empty target right: the attackers are not named), but its subjects are the EU and the United States; 'diplomats' are only the reporters: the source should be the EU (and USA)."),
 27: (["event"], "Spurious: Trump sending a letter proposing talks is not a consultation; the letter's acts are the proposal (AGREE, e4) and the warning (THREATEN, e5) already coded from this sentence."),
 28: ([], "The journalists' sentence to 12 years of hard labour is SANCTION convict of the American journalists (USA); the court is not named in the sentence and the sentence gives no date for this background act, so empty source and unknown date are right."),
 29: ([], "Trump warning that Iran would face bombing without a deal is THREATEN against Iran, dated last month (2025-03); right."),
 30: ([], "Clinton telephoning Yeltsin is CONSULT phone USA->RUS, reported as this news (document date 1996-07-04); right."),
 31: (["date"], "Kim pardoning the women is RETREAT release toward the American women, asserted (attribution to KCNA); but the pardon is this news (before Clinton left on Wednesday) and the text gives no other date, so the date should be the document date 2009-08-05, not unknown."),
 32: (["source"], "The North signalling it would free the women is a hypothetical RETREAT release toward the American women, but the party that would free them is North Korea: the source should be North Korea (PRK), not the 'private humanitarian mission' (USA)."),
 33: ([], "Guinean security forces clashing with protesters on Monday 2019-10-14 (five dead) is ASSAULT GIN security forces -> protesters (GIN); right."),
 34: ([], "Arroyo's allies accusing Aquino of a vendetta is ACCUSE PHL->PHL, document date; right."),
 35: ([], "China recalling its ambassador to the United States (said Friday 1995-06-16) is SANCTION (reduce relations) CHN->USA; right."),
 36: ([], "Khan accusing the army of conspiring to remove him is ACCUSE Khan (PAK) -> Pakistan army (PAK), an ongoing accusation dated to the document; right."),
 37: ([], "Netanyahu and Arafat signing the Wye agreement on Friday 1998-10-23 is SUPPORT (sign), mutual ISR-PSE; right."),
 38: (["source", "date"], "South Ossetian officials denying their forces opened fire is a negated ASSAULT (empty target right), but the source should be the South Ossetian forces (breakaway region of Georgia, GEO or no code), not a Russian force (RUS; the story separates them from Russian troops), and the act is the Sunday shooting: the date should be 2008-11-23, not the document date."),
 39: (["source", "target"], "The Pristina march is PROTEST demo (document date accepted), but the marchers are Kosovo Albanians: the source should be Kosovo Albanians (XKX/YUG), not Albania (ALB); and in 1998 there was no Kosovo government to protest: the target should be the Serbian/Yugoslav authorities (SRB/YUG) or empty (a peace march), not a Kosovo government."),
 40: ([], "Kokoity welcoming Georgia's pullback is SUPPORT by the South Ossetian leader (GEO); 'the pullback' is not a party, so empty target is right by the rules; Thursday 2004-08-19 right."),
 41: ([], "The OAU condemning the coup is ACCUSE; the coup makers are not named in the sentence, so empty target is right; document date right."),
 42: (["type", "source"], "Hundreds of exiles gathering outside the group's headquarters and calling for a military response is a demonstration ('one demonstrator said'); PLOVER codes protests that make demands as PROTEST, so the type should be PROTEST (demo); and the text makes plain they are Cuban exiles, so the source should be Cuban exiles (CUB), not an uncoded group."),
 43: ([], "North Korea's second nuclear test in May (2009-05) is MOBILIZE weapons (test); right."),
 44: ([], "EU officials welcoming the orderly Turkish vote is SUPPORT; 'the vote' is not a party, so empty target is right; document date right."),
 45: ([], "Erdogan accusing the Netherlands of acting like 'Nazi remnants' on Sunday 2017-03-12 is ACCUSE TUR->NLD; right."),
 46: ([], "Lourenco's promise to fight corruption is AGREE (intent to reform) with no recipient; an ongoing campaign pledge, document date accepted; right."),
 47: (["date"], "Mubarak being due to attend the OAU summit is a future CONSULT with the OAU (target right), but the text gives its day: the summit opened on Monday, so the date should be 1995-06-26, not unknown."),
 48: (["date"], "Canberra barring Huawei (CHN) from its 5G network is COERCE (ban), but it is a background act of an earlier time (the ban predates the story; 'has also barred' in a list of past grievances), so it should have no date, not the document date 2020-11-27."),
 49: ([], "The U.S. embassy saying it supported Ukraine's efforts is SUPPORT USA->UKR, document date; right."),
 50: ([], "Taliban gunmen storming the UN guesthouse last week (2009-W44) and killing five UN staff is ASSAULT Taliban -> UN; right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
with open("events-c.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        if "event" in bad:
            v = {f: False for f in FIELDS}
        else:
            v = {f: (f not in bad) for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote events-c.jsonl")
