"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality).
usage (from docs/judged/round178): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
ALL = (T, T, T, T, T, T)
SP = (F, F, F, F, F, F)
V = {
 1: (ALL, "He = Cisse; thanking the Malian authorities is SUPPORT (praise); 2020-10-08 is the day the story itself gives (datelined Oct 8, arrived Thursday and spoke to reporters), so the date is right."),
 2: (ALL, "ASSAULT by the suicide bomber on Easter Sunday evening (2016-03-27); the sentence gives no victim party and no nationality for the bomber, so empty target and empty code are right under the rules."),
 3: ((T, T, T, F, T, T), "Mob attack on Friday 2021-12-03 is right, but the target's code is wrong: Priyantha Kumara is the Sri Lankan factory manager (LKA), not PAK."),
 4: (ALL, "Opening an investigation is ACCUSE investigate by the French prosecutor (FRA); no party is named as investigated, so an empty target is right; undated news act takes the document date."),
 5: (ALL, "Not yet announcing the spring offensive is a negated THREATEN (violence) by the Taliban, which the rules allow; a coder would rather code the 'stepped up attacks' as ASSAULT, but this event is right as coded."),
 6: (ALL, "Macron (FRA) to receive Petronin on Friday 2020-10-09 is a future CONSULT (hosting a visit); host and visitor are right either way round, like a mutual meeting."),
 7: ((T, T, T, T, F, T), "ACCUSE by Villatoro against the ruling party is right, but she spoke 'during the session', which the text dates to Thursday: the date should be 2025-07-31, not the document date."),
 8: (ALL, "Calling the killing 'shameful' is ACCUSE disapprove by Bajwa (PAK); the sentence names no perpetrator party, so empty target is right; undated news statement takes the document date."),
 9: (ALL, "Nasheed's resignation on Feb. 7 is RETREAT resign, dated 2012-02-07 as the text gives it."),
 10: ((T, T, T, F, T, T), "Relenting to run is CONCEDE (yield) by Napolitano on Saturday morning, but the sentence names the parties whose request he yielded to: the target should be the centre-left, Berlusconi's centre-right and Monti's centrists (ITA), not empty."),
 11: ((T, T, T, F, T, T), "China's call to stop fighting is REQUEST, but the target 'all sides' are the parties to Myanmar's conflict (the junta and the armed groups in Shan state), so their code should be MMR, not empty."),
 12: ((T, T, T, F, F, T), "Hezbollah's commitment under the ceasefire terms to withdraw is CONCEDE (promised withdrawal), but the target is its own fighters (should be empty, or Israel ISR from context), and the commitment dates from the November ceasefire (2024-11), not the document date."),
 13: (ALL, "Ankara blaming Gulen for the coup attempt is ACCUSE allege, Turkish government to Gulen (TUR); an ongoing accusation takes the document date."),
 14: (ALL, "Mobs torching Buddhist temples and homes is a violent riot against another group (PROTEST riot; ASSAULT would also be defensible); aimed at a community, not the state, so empty target is right; the weekend 2012-W39-WE is right."),
 15: ((T, T, T, T, F, T), "The destruction of scriptures and statues is ASSAULT destroy with no agent or owner party in the sentence, but it happened in the weekend attacks the text dates (2012-09-29/30, 2012-W39-WE), not on the document date."),
 16: (ALL, "Hasina ordering officials to rebuild the temples is a REQUEST (order), BGD to BGD, undated news act on the document date."),
 17: (ALL, "'No one was detained' by the Minsk police on Sunday 2019-12-08 is a negated COERCE arrest, right by the rules."),
 18: (ALL, "The U.S. welcoming the restart of Kurdish oil flows is SUPPORT; no party is named as recipient, so empty target is right; undated news act takes the document date."),
 19: ((T, T, F, T, F, T), "ACCUSE of Lopez Obrador is right, but the opponents are 'in Mexico', so the source code should be MEX; and the date 2020-03 comes from 'four months before the U.S. vote', which is not the act's date: it should be the document date 2020-07-09 (the trip)."),
 20: ((T, T, F, T, T, T), "Exchange of fire on Saturday 2014-02-01 is ASSAULT firearms and a wounded photographer is an acceptable target, but the gunmen are from Thailand's rival political camps in Bangkok, so the source code should be THA, not empty."),
 21: (ALL, "The king's promise of a parliamentary role in choosing the prime minister is AGREE (CAMEO 034 intent to reform); the promise is undated, so an unknown date is right."),
 22: ((T, T, F, T, T, T), "Investigation of Mahdi (SDN) is ACCUSE investigate, but the investigating party is named in the sentence: the source should be the Sudanese state prosecutor for crimes against the state (SDN), not empty."),
 23: (ALL, "Washington insisting on freedom of navigation is a REQUEST (demand) by the U.S. with no named addressee; a standing position takes the document date."),
 24: (ALL, "The Syrian Negotiation Commission's refusal to attend the Sochi congress is REJECT (SYR); no target named, undated refusal reported as this news takes the document date."),
 25: (SP, "Spurious: 'how long they wanted a leader to serve' is the people's preference inside Figueroa's description of the reform, not a request by the New Ideas party to anyone."),
 26: (ALL, "Turkish officials urging Germany not to interfere is REQUEST, TUR to DEU, on the news day (document date)."),
 27: (ALL, "The U.S. urging Nigeria to protect civilians is REQUEST, USA to NGA, on the document date."),
 28: ((T, T, T, F, T, T), "Belarusians protesting in Minsk on Sunday is PROTEST demo, but the sentence aims it at 'a creeping Russian takeover': the target should be Russia (RUS) (or empty), not the Belarusian government."),
 29: (SP, "Spurious: 'China is targeted' is the ambassador's complaint that the UN motion singles China out, not a physical attack; 'targeted' in another sense."),
 30: (ALL, "Police detaining people in Yerevan on Friday 2024-05-10 is COERCE arrest, ARM police to ARM people."),
 31: ((T, T, T, F, T, T), "Slovakia dropping its veto is a concession (CONCEDE yield) on the document date, but the sentence names the party it yielded to: the target should be the European Union (EU), not empty."),
 32: (ALL, "The EU calling on Moscow to ensure a level playing field is REQUEST, EU to Russia, on the document date."),
 33: ((T, F, T, F, F, T), "The police 'freeing' Masaya is the government's name for storming and retaking the city: it is ASSAULT, not AID; its target should be the 'terrorist' groups holding the city (protesters, NIC), not 'Masaya' as a person; and it took place on Tuesday 2018-07-17."),
 34: (ALL, "The archbishop's call for a campaign of civil disobedience is a REQUEST (a call, distinct from the demand for resignation) on Thursday evening 2024-05-09; no addressee named, so empty target is right."),
 35: (ALL, "The opposition protests in Baku 'earlier this year' are PROTEST demo by the opposition (AZE), dated 2011 at the text's precision; no aim named, so an empty target is right."),
 36: (ALL, "Bashir promising reforms when he launched the dialogue is AGREE (intent to reform), toward the opposition parties he invited, in January 2014."),
 37: (ALL, "Police detaining two journalists on Saturday 2024-05-11 is COERCE arrest, TUN police to TUN journalists."),
 38: (ALL, "Wefaq's lawmakers resigning in protest in February 2011 is RETREAT resign (PROTEST would also be defensible), BHR, no target."),
 39: ((T, T, T, F, T, F), "A planned pro-government rally is PROTEST on Friday 2012-10-05, but a rally in support of the government does not target the state (target should be empty), and 'have said they would stage' is an announced plan: modality should be future, not hypothetical."),
 40: (ALL, "U.S. carmakers complaining of Japan's closed market is ACCUSE, USA business to Japan; an ongoing complaint takes the document date."),
 41: (ALL, "Katumbi's sentence in absentia in 2016 is SANCTION convict; the court is not named, so empty source is right."),
 42: (ALL, "Canberra calling in April 2020 for an inquiry into the virus's origins is REQUEST by Australia; the sentence names no addressee of the call, so empty target is right."),
 43: ((T, F, T, T, T, T), "Washington approving a $6.4 billion arms package for Taiwan in January 2010 is material military assistance, AID (CAMEO 072; AGREE at most if read as a commitment), not verbal SUPPORT; parties and date are right."),
 44: (ALL, "Houthi boats striking a Saudi frigate on Monday 2017-01-30 is ASSAULT, Houthis (YEM) to Saudi Arabia (SAU)."),
 45: ((T, T, T, T, F, T), "Opposition leaders calling for more demonstrations is acceptable as PROTEST (a call to protest), but the text gives no date for it: Wednesday 2019-09-25 is the date of Moise's speech, and the act should take the report's date (document date 2019-09-28, datelined Sept 27)."),
 46: ((T, T, F, T, F, T), "'Rebel strike on politicians' is the Maoist ambush (ASSAULT), but the source should be the Maoist rebels (IND), not Manmohan Singh, and the ambush happened on Saturday 2013-05-25, not the document date."),
 47: ((T, T, T, F, F, T), "Sudani telling security forces to act firmly is REQUEST (order), but the security forces are Iraq's (IRQ), not Turkmenistan's, and the curfew order was on Saturday 2023-09-02, not the document date."),
 48: (ALL, "About 280 people killed since April is an ASSAULT toll with no named killer; a total summed from an earlier time has no date, so the unknown date is right; the victims are in Nicaragua (NIC)."),
 49: (ALL, "Chapo and Mondlane meeting on Sunday 2025-03-23 is a mutual CONSULT, MOZ."),
 50: (ALL, "Iran 'would not yield' to threats is a negated CONCEDE (equivalently a REJECT), said on Thursday 2017-02-02; the threats' author is not named in the sentence, so empty target is right."),
}
KEYS = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open(HERE / "events-d.jsonl", "w") as f:
    for it in items:
        vals, reason = V[it["n"]]
        v = dict(zip(KEYS, vals)); v["all"] = all(vals)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
counts = {k: sum(V[n][0][i] for n in V) for i, k in enumerate(KEYS)}
counts["all"] = sum(all(V[n][0]) for n in V)
print(counts)
