"""Write events-b.jsonl from the judge's verdicts below (fields not listed as wrong are right)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons); "event" in wrong fields = spurious (all false)
V = {
 1: ([], "Zelenskiy urging the Arab League leaders is a REQUEST to leaders with no single country; Friday is 2023-05-19; all right."),
 2: ([], "Erdogan's arrival in the UAE is a CONSULT visit (TUR -> ARE) on Monday 2022-02-14; all right."),
 3: ([], "Fatah signing a reconciliation pact with Hamas is SUPPORT (sign agreement), Fatah (PSE) -> Hamas (PSE), late April 2014; listing Abbas beside Fatah (his movement) is accepted."),
 4: (["date"], "Fujimori faxing his resignation from Tokyo is RETREAT resign, but 1992 is the date of shutting down Congress; the resignation is undated in the sentence (the text puts the end of his rule in 2000), so the date should be 2000 or none."),
 5: ([], "Member states pressing Sharaa's government is a REQUEST; Sharaa as head of that government (SYR) is accepted as the target; present perfect, document date right."),
 6: ([], "Jailing of the opposition candidates is COERCE arrest against Belarusian candidates, jailer not named (empty source right); 'have since been jailed' has no date, so unknown is right."),
 7: ([], "Belarus seeking loans is a REQUEST for economic aid with no party asked named in the sentence; ongoing, document date right."),
 8: ([], "Pita urging the Senate is a REQUEST, Pita (THA) -> Senate (THA), undated news on the document date; all right."),
 9: ([], "Chinese state media hailing the remarks is SUPPORT (CHN); the sentence names only 'the remarks', not Kang or South Korea, so an empty target is right by the rules (a coder could also fill Kang, KOR)."),
 10: ([], "Rubio congratulating Paz ('him') is SUPPORT USA -> Paz (BOL), undated news on the document date; all right."),
 11: (["type"], "'Would not accept her' is a rejection of Vazquez: REJECT (asserted), or at most SUPPORT (approve an actor) negated; accepting a governor is not an AGREE act. Parties, date and the negation are right."),
 12: (["source", "target"], "The expulsion is SANCTION expel by Papandreou's Socialists (the PASOK party, GRC), not Papandreou himself; the target should be the expelled PASOK deputy ('one of their deputies', GRC), not empty. Date (day of the vote, June 29) right."),
 13: ([], "Babis conceding defeat to his rival Pavel is CONCEDE (CAMEO 080 yield), Babis (CZE) -> Pavel (CZE), Saturday 2023-01-28; all right."),
 14: ([], "Kiir accusing Machar of a coup attempt is ACCUSE (SSD -> SSD) in mid-December 2013; all right."),
 15: (["type"], "The clause reports the talks breaking down because Israel suspended them, not a meeting: type should be SANCTION (halt negotiations, CAMEO 164), Israel (ISR) -> the Palestinians (PSE), late April 2014."),
 16: ([], "The UAE denying supplying weapons gives a negated AID act by the UAE (ARE); the recipient (RSF) is named only in the previous sentence, so empty target is right; present-tense denial, document date right."),
 17: ([], "Some opposition senators saying they will ask the Supreme Court to rule is a future REQUEST (PHL -> PHL) with no date; all right."),
 18: (["target"], "Pavel's promise to be a president for all Czechs is AGREE (asserted, Jan 28), but the sentence names the party promised to: target should be the Czech public ('all Czechs', CZE), not empty."),
 19: ([], "Kovesi rejecting the accusations is REJECT (ROU); the sentence names no party (only 'the accusations'), so empty target is right by the rules (a coder could fill Justice Minister Toader, ROU); a standing rejection takes the document date."),
 20: ([], "'He was never charged' is a negated ACCUSE (charge) against Figueres (CRI) with no charging party named and no date; all right."),
 21: (["target"], "Swaraj coming to attend the Heart of Asia conference is a CONSULT, but Afghanistan is only the conference's topic; the target should be Pakistan (PAK), the country she visited and host of the conference in Islamabad, or none for a multilateral meeting."),
 22: ([], "Moscow pressing Minsk to sell stakes is a REQUEST RUS -> BLR, ongoing (present perfect), document date right."),
 23: ([], "Biden hosting Modi at a state dinner is CONSULT (host/visitor, either direction accepted as mutual), Thursday night 2023-06-22; all right."),
 24: (["target"], "Ashton expected to invite the two prime ministers back is a future AGREE (invitation); the target is Dacic (SRB) and Thaci (Kosovo, XKX), so coding the pair as one SRB group gives one of them the wrong country."),
 25: (["date"], "Paetongtarn congratulating Move Forward is SUPPORT THA -> THA, but 2020 comes from the previous sentence (Future Forward's dissolution); the date should be the document date 2023-05-15."),
 26: (["source", "target", "date"], "The Easter bombings are an ASSAULT, but the sentence names the perpetrator, a local Islamist group (LKA), as source; the 250 dead were killed in Sri Lanka (LKA or empty), not IND; the date should be 2019-04-21 (text: attacked on April 21), not the document date."),
 27: (["source", "target", "date"], "The abduction is ASSAULT abduct by the rebels (the LRA, UGA) against Ongwen (UGA): source and target are reversed/missing; it happened when he was about nine, decades earlier, so it has no date (not the document date)."),
 28: (["date"], "Hezbollah ministers quitting the government is RETREAT resign, but the sentence dates it 'on January 12': the date should be 2011-01-12, not 2011-06-13."),
 29: ([], "Rights groups accusing the BJP is ACCUSE (no country) -> BJP (IND), present tense, document date right."),
 30: (["date"], "Santos signing the peace deal is SUPPORT (sign agreement) by Santos (COL), target not in the sentence (empty right), but it is a background act of 2016 (the lead's '2016 peace deal') and should not take the document date."),
 31: (["target"], "Widodo not endorsing a candidate is SUPPORT negated (IDN), but 'a candidate' is no particular party; 'third candidate' (Anies) comes from the next sentence and is wrong: target should be empty."),
 32: (["date"], "Rivera Marin's resignation over the chat scandal is RETREAT resign (Puerto Rico/USA), but it is a background act of an earlier time with no date in the text; it should be undated, not the document date."),
 33: ([], "Putin thanking voters is SUPPORT RUS -> RUS voters, undated news on the document date; all right."),
 34: (["date"], "Obama urging African governments is a REQUEST, but it was part of the AU address the text dates 'on Tuesday': the date should be 2015-07-28, not the document date 2015-07-29."),
 35: (["target"], "The Constitutional Court ordering Fujimori's release is RETREAT release (PER), week 49 of 2023 right, but the sentence names the freed party ('his' = Fujimori, PER): target should be Fujimori, not empty."),
 36: (["type", "target", "date"], "Akufo-Addo saying Ghana would not accept such insults is a condemnation of Trump: type ACCUSE (disapprove), not AGREE; target should be Trump (USA), referred to as 'the leader of a friendly nation'; the reactions are dated 'on Friday', 2018-01-12."),
 37: ([], "The Justice Department filing forfeiture lawsuits is ACCUSE (sue) by the USA; the suits are against assets and no defendant is named in the sentence, so empty target is right; Wednesday 2016-07-20 right."),
 38: (["target"], "The government blocking Twitter is COERCE censor (TUR), March 20 2014 right, but the sentence names the party acted upon: target should be Twitter (a company, no country code), not empty."),
 39: (["date"], "Abiy releasing prisoners is RETREAT release ETH -> ETH, but 'has since released thousands' is a total summed since April 2018 and has no date, not the document date."),
 40: (["target"], "The killing of ex-FARC fighters is an ASSAULT with unnamed killers and no date (total since disarming), asserted under attribution; but the sentence names the victims: target should be former FARC fighters (COL), not empty."),
 41: ([], "Beirut economists welcoming the size of the pledges is SUPPORT (LBN); the donors are not named in the sentence, so empty target is right; undated, document date right (borderline actor, accepted)."),
 42: ([], "Activists clashing with police is ASSAULT BGD <-> BGD police, on the strike day Tuesday 2013-02-05; all right."),
 43: ([], "Gunmen killing 21 foreigners at the Bardo museum is ASSAULT (gunmen in Tunisia, TUN accepted) -> foreigners (no country), 2015 ('last year') right."),
 44: ([], "Polish women protesting against the proposed abortion ban is PROTEST demo; aimed at a law, so the state (POL) is a right target; Monday 2016-10-03 right."),
 45: ([], "The United States and Latin American governments congratulating Chaves is SUPPORT -> CRI, undated news on the document date; all right."),
 46: (["target"], "Syrian state media warning that Syria could respond in kind is THREATEN (SYR) on Wednesday 2011-11-30, but the sentence names the party threatened: target should be Turkey ('Ankara', TUR), not empty."),
 47: (["type", "date"], "Kosovo's plan to issue entry documents to holders of Serbian IDs is a restriction, type COERCE (restrict), not COOPERATE; the text dates the plan 'at the end of July', so the date should be 2022-07, not unknown. Parties and future modality accepted."),
 48: ([], "Shor saying he cooperates with investigators is COOPERATE (judicial) MDA -> MDA, asserted under attribution, present tense document date; all right."),
 49: (["target", "modality"], "The planned bombing is an ASSAULT by Sentsov (UKR), undated, but a Lenin monument is property, not a party: target should be empty; the plot is the prosecutors' charge, which Sentsov denies, so modality should be reported, not future."),
 50: (["target"], "Dos Santos dismissing Saturnino from Sonangol is SANCTION expel (AGO) 'last year' 2016, but 'whom' is Carlos Saturnino: target should be Saturnino (AGO), not the company."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open(HERE / "events-b.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print(counts)
