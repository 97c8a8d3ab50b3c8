"""Write events-b.jsonl from the judge's verdicts below (fields that are wrong are listed; the rest are right)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ({"type", "source"}, "A pledge to persuade militants to lay down arms is a commitment to cooperate / to help end the conflict: AGREE (CAMEO 0356/030 -> AGREE), not CONCEDE. Source country should be PAK: Sufi Muhammad is the Pakistani leader of the TNSM in Swat, not AFG; empty target is right (the deal partner is not named in the sentence), Monday 2009-02-16 is the deal's date."),
 2: (set(), "Egyptian authorities (unnamed, empty source right) jailing Brotherhood members (EGY) since July 2013: COERCE arrest; a span summed from an earlier time, so no date is right."),
 3: ({"target"}, "Kenya (Nairobi) sending troops into Somalia in 2011 is a MOBILIZE with the right source and date, but the troops were sent 'to fight it', al-Shabaab: target should be al-Shabaab (SOM); Somalia is where they went, not whom the deployment was aimed at."),
 4: ({"target"}, "US ban on new investment, April 1997: COERCE (CAMEO 163 -> COERCE restrict; SANCTION discontinue would also be defensible). 'in the country' refers to Myanmar: target should be Myanmar (MMR), not empty."),
 5: ({"source", "target"}, "Signing an accord in the 1990s is SUPPORT and '199' is the decade the text gives. Source country should be PAK (Sufi Muhammad is Pakistani); the 'authorities' he signed with are Pakistan's (a 'similar accord' to the present NWFP deal): target should be the Pakistani authorities (PAK), not AFG."),
 6: ({"target", "date"}, "Gaddafi pressing for a political union is a REQUEST (change), but 'United States of Africa' is the proposed union, not the USA: target should be empty (no addressee is named). The pressing is still going on when the story is told, so the date should be the document date 2000-07-12, not none."),
 7: (set(), "Cambodian troops' capture of Ta Mok is a COERCE arrest/detention; the passive sentence names no agent (empty source right), Saturday = 1999-03-06, asserted with officials as reporter."),
 8: ({"date"}, "Right type, parties and modality, but the gunmen attacked on Wednesday evening and were killed in that attack: date should be 2025-01-08 (the story is dated Thursday 2025-01-09)."),
 9: (set(), "Washington continuing to urge Tunis to open up: REQUEST USA -> TUN, future ('would continue to urge'), undated. (reported_by should be 'diplomats', not the French official; not a scored field.)"),
 10: ({"target"}, "Putin's SUPPORT on Monday 2007-12-10 is right, but 'the choice' refers to the parties' choice of Medvedev: target should be Dmitry Medvedev (RUS), not empty."),
 11: ({"target", "date"}, "Voters approving referendum proposals can be SUPPORT (approve policy) from Romanians (ROU), but the proposals are those of the referendum called by President Iohannis: target should be Klaus Iohannis (ROU), not the country Romania. The referendum was held with the European vote, a day before Monday's ruling: date should be Sunday 2019-05-26, not the document date."),
 12: ({"source"}, "The accusers are named in the sentence: source should be the pro-war commentators (Russian; RUS or empty), not empty; target the Russian army and the document date are right. (reported_by 'Russian officials' is wrong too; not scored.)"),
 13: (set(), "Dorji (BTN) and Sun Weidong (CHN) signing a cooperation agreement: SUPPORT (sign agreement), mutual so both parties as source/target are right; Monday 2023-10-23 per the lead."),
 14: (set(), "A military coup, soldiers seizing power by force: ASSAULT by the conventions' armed-seizure rule; soldiers of Guinea-Bissau (GNB), no target named in the sentence, April 2012 as given."),
 15: ({"target", "date"}, "'him' is Ramaphosa (his presence, his role as Lonmin director): target should be Cyril Ramaphosa (ZAF), not Zuma. The unions' criticism is an undated background act ('have criticised'), not this news: no date, not the document date."),
 16: ({"target"}, "Bouteflika condemning the killing is ACCUSE dated by the report, but the condemned party is the unknown killer, not the victim: target should be the gunman alone (no country) or empty; listing Hachani makes it wrong."),
 17: ({"date"}, "Thabane promising reform is AGREE (pledge) from Thabane (LSO) with no addressee named. But the promise is background, made at some point since his return in June ('has promised'), not this news: date should be none, not the document date 2017-09-05."),
 18: (set(), "Moscow rock festival bombing of July 2003: ASSAULT, bombers (country taken from the place, as for protesters in a capital) -> 14 people (RUS), 2003-07."),
 19: (set(), "More than 50 killed in protests in the months after December 2022: ASSAULT, agent not named, target people in Peru (PER); a total over a span, so no date is right."),
 20: ({"date"}, "Killing of a Chadian security-forces member in the attack: ASSAULT, agent not named in the clause, target right. The attack was on Wednesday evening: date should be 2025-01-08, not the document date 2025-01-09."),
 21: ("spurious", "Parliament voting to scrap the presidential term limit is a domestic constitutional change, not a concession between actors (CONCEDE is a promise of concessions) nor any other PLOVER interaction with the 'presidency'; no event. (It would also be misdated: 'in recent weeks', not the document date.)"),
 22: ({"target"}, "The IMF agreeing to expand its loan programme is AGREE (pledge of money), 'This month' = 2024-03. The programme is Egypt's and Cairo is named in the sentence: target should be Egypt (EGY), not empty."),
 23: (set(), "Saakashvili (GEO) calling the case a provocation by Poroshenko (UKR): ACCUSE, asserted, undated in the text so the document date is right; the REJECT of the recordings (e5) is a different act, no duplicate."),
 24: ({"date"}, "Iraqi officials ACCUSE Iran and the US is right, but 'in the past' marks a background act of an earlier time: date should be none, not the document date 1996-12-13."),
 25: (set(), "Kenyan police arresting two suspects near Nairobi: COERCE arrest, KEN -> two people (KEN), reported as this news so the document date is right."),
 26: ({"modality"}, "Jiang's visit to Mexico for APEC is a CONSULT visit CHN -> MEX, but 'flies on' is the futurate present for his next scheduled stop, which had not happened when the story was told: modality should be future."),
 27: (set(), "Pompeo (for the US government, USA) urging other governments to take similar steps: REQUEST, undated in the sentence so the document date is right. Source is Pompeo by the sentence; the US government is accepted as the same actor."),
 28: ({"source", "modality"}, "ACCUSE of Rwanda is right, but the accusers are Kinshasa, i.e. the Congolese government (COD), and UN experts: 'Congolese experts' is not the party named. The accusation is asserted; Kigali's denial does not negate it: modality should be asserted, not negated."),
 29: ({"target"}, "US forces using the Romanian Kogalniceanu airfield in 2003 is military COOPERATE, but the airfield is a place, and coded USA: target should be Romania (ROU), whose base it is."),
 30: ({"source", "date"}, "The accuser is Egypt's government: source should be the Egyptian government (EGY), not Al Jazeera (the network is part of the accusation). 'has also accused' is a background act of the past year, not this news: date should be none, not the document date."),
 31: (set(), "Belarusian authorities approving the four candidates: SUPPORT (approve an actor), BLR -> candidates (BLR), undated before the vote, so no date is right. Marginal as an event; the candidates praising Lukashenko in the same clause is a missed SUPPORT."),
 32: ({"source", "target"}, "Opening the case a year ago is ACCUSE (legal), 1997 is right. But it was opened by the chief prosecutor, not chief judge Sezer: source should be the chief prosecutor (TUR). 'The case' and 'party officials' refer to the Welfare Party: target should be the Welfare Party (TUR), not empty."),
 33: ({"source", "target"}, "The leaders' discussion is CONSULT on Friday 2018-10-26, but 'the leaders' are Abe and Xi: source should be Shinzo Abe (JPN) and target Xi Jinping (CHN) (mutual). North Korea is the topic, not a party to the talks."),
 34: (set(), "Other Likud ministers (ISR) accusing Sharon (ISR) of betrayal: ACCUSE, reaction reported as this news, document date right."),
 35: (set(), "Olmert (ISR) and Abbas (PSE) agreeing to start talks on core issues: AGREE (036), mutual listing right; reported as part of this week's news with no date, so the document date is right."),
 36: (set(), "Gunmen (no country) shooting four French tourists (FRA) on Monday 2007-12-24: ASSAULT firearms, asserted."),
 37: ({"modality"}, "The government blaming parliament is the act inside the opposition lawmaker's accusation; ACCUSE MDV government -> parliament is right and undated. By the conventions an act inside an accusation or claim is reported: modality should be reported, not hypothetical. (The lawmaker's own ACCUSE of the government is missed.)"),
 38: ({"modality"}, "Bush's trip to Kuwait, Bahrain, the UAE, Saudi Arabia and Egypt is a CONSULT visit, but 'travels on to ... where he is expected to' describes the next scheduled stops, not yet made: modality should be future."),
 39: ({"type"}, "Warning shots fired by US troops at a crowd that stoned them are ASSAULT (crowd-control: firing weapons in the air, in the PLOVER codebook), not THREATEN; source, empty target, Monday 2006-05-29 and modality are right."),
 40: ({"source", "target"}, "FLN delegates declining to endorse Bouteflika is a REJECT dated March 2003. But the delegates are Algerian FLN delegates: source country should be DZA. The party rejected is Bouteflika: target should be Abdelaziz Bouteflika (DZA), not the political commentators."),
 41: ("spurious", "Duplicate: the meeting of Guterres and Suharto is already coded from this sentence as e2 'met'; 'to discuss East Timor' is its topic, and East Timor is not a party."),
 42: ({"date"}, "Eight killed in fights at polling stations is ASSAULT (agent unnamed, target people in Egypt), but the fighting was during Wednesday's vote ('seats decided outright on Wednesday', 'what happened yesterday'): date should be 1995-11-29, not the document date."),
 43: (set(), "Nearly a dozen candidates killed during the campaign: ASSAULT, agent unnamed, AFG target; a total over a span, so no date is right."),
 44: ({"target"}, "Karzai blaming 'opportunists and agitators' is ACCUSE, dated by the report; the sentence names the blamed group: target should be the opportunists and agitators (AFG or no country), not empty."),
 45: (set(), "Peru's Congress (PER) accusing Boluarte (PER) of failing to stem crime, early on Friday 2025-10-10: ACCUSE, asserted."),
 46: ({"date"}, "Aliyev (AZE) and Kocharyan (ARM) expected to meet Chirac (FRA): CONSULT, future, right. 'On Friday' in a story dated Friday 2001-01-26 that reports Thursday's ceremony is that same Friday: date should be 2001-01-26, not 2001-02-02."),
 47: ({"date"}, "At least 50 shot dead in the Sudan protests: ASSAULT firearms, agent unnamed, SDN target. But it is a total over four days of protests (Monday to Wednesday): no date, not 2013-09-26."),
 48: ({"type"}, "North Korea sending troops to Russia to support its war is military aid in personnel to Russia: AID (PLOVER: provide military assistance including personnel), not MOBILIZE (whose target would be Ukraine). Source PRK, target RUS, ongoing so the document date is right."),
 49: ({"date"}, "Mwanawasa (ZMB) criticising Mugabe (ZWE) openly is ACCUSE, but it is a background act of his presidency ('once comparing'), with no date in the text: date should be none, not the document date 2008-08-19."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 49 and set(V) == {it["n"] for it in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert wrong <= set(F) - {"event"}
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
