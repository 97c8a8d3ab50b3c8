"""Write events-a.jsonl from the judge's per-item verdicts below (fields judged false are listed)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (fields that are wrong, reasons); "SPURIOUS" = not an event
V = {
 1: (["target"], "ASSAULT by gunmen on 1 May is right; the target 'five foreigners' is coded SAU, but foreigners are by definition not Saudi and the text gives no nationality, so the target's code should be empty."),
 2: ([], "Morales voicing support for Humala is SUPPORT BOL->PER; a campaign-time background act with no date in the text, so an unknown date is right."),
 3: ([], "Beijing signing a security pact with the Solomon Islands is SUPPORT (sign agreement, CAMEO 057) CHN->SLB; 'last year' = 2022 is right."),
 4: ([], "Syrian information minister condemning the bombing is ACCUSE with no party named as target; document date right. (reported_by Hariri is wrong, but it is not a scored field.)"),
 5: (["date"], "MOBILIZE by the Northern Alliance leaders is right, but the date 2001-11-10 comes from Bush's 'Saturday' in the previous sentence; the troops went into Kabul overnight/Tuesday, so the date should be 2001-11-13, the document date."),
 6: ([], "The West's continuing criticism of Meciar's government is ACCUSE; 'the West' has no country code, target SVK government right; an ongoing criticism ('has been criticised') takes the document date."),
 7: ([], "BNP accusing India of propping up Hasina is ACCUSE BGD->IND; a standing accusation ('has accused') takes the document date."),
 8: ([], "ASSAULT killing Khaled Mansour on Saturday night (2022-08-06); the sentence names no attacker, so an empty source is right by the conventions (a coder would infer Israel from the previous sentence)."),
 9: (["source", "target"], "Hypothetical REJECT of the pact in the referendum is right in type, date and modality, but the voters are Iraqi voters (IRQ), not USA; the thing rejected is the pact, so the target should be empty (or the Maliki government), not 'Iraq', which is the subject of the other clause."),
 10: (["source", "target"], "The pardon is RETREAT release, 2018, asserted, but Anwar is the one pardoned: he should be the target (MYS) and the source empty (the pardoner, the king, is not named); dateline made him the source and left the target empty."),
 11: (["modality"], "Moscow 'would seek explanations from Yerevan' is REQUEST RUS->ARM, but it is a stated intention (backshifted 'will'), so the modality should be future, not hypothetical; no date is right."),
 12: (["source"], "Rebels storming Freetown is ASSAULT on Wednesday 1999-01-06, but they are Sierra Leonean rebels (fighting to topple Sierra Leone's president): the source's code should be SLE, not NGA (the Nigerians are the peacekeepers). Empty target accepted (Freetown is a place)."),
 13: (["source", "target"], "ACCUSE by the opposition lawmakers is right in type and date, but they are Armenian opposition lawmakers (ARM), not RUS, and the party accused is Armenia's government (ARM), not the Russian government."),
 14: (["date"], "Azerbaijan suing Armenia at the ICJ is ACCUSE (allege, lawsuit) AZE->ARM, but 'has filed its own cases' is a background filing of an earlier time, not this news; with no date in the text it should have no date, not the document date."),
 15: ([], "Clinton's planned return visit to China is CONSULT visit USA->CHN, future, 'next year' = 1998: all right."),
 16: ([], "Georgian ambassadors resigning on Friday in protest is RETREAT resign, GEO, 2024-11-29 (the Friday of the report): all right."),
 17: (["source"], "Summoning the Russian embassy's representative is ACCUSE (official complaint) toward RUS, document date right, but the summoner is Estonia (its foreign ministry, EST), which the sentence names (Foreign Minister Urmas Paet, 'Estonia expected'); the source should not be empty."),
 18: (["date"], "Swedes rejecting the euro is REJECT by Swedish voters, but the sentence dates it 'on the same day' as the Estonian referendum held on Sunday, so the date should be 2003-09-14, not the document date 2003-09-15."),
 19: (["date"], "The 1994 genocide killings are ASSAULT with no named perpetrator and Rwandan victims, but the text dates them 1994; the document date 2017-08-05 is wrong (a background act)."),
 20: (["source"], "In the police statement it is the 'hooligans' who looted shops and attacked motorists; the source should be the hooligans (KEN), not the officers."),
 21: (["source"], "Officials hailing the declaration is SUPPORT, document date right, but the source is 'officials on both sides', i.e. Japanese and South Korean officials (JPN/KOR), and dateline gave no country; as a mutual act, Japan is an acceptable other party."),
 22: (["source", "date"], "Ratifying Noboa's appointment is SUPPORT toward Noboa (ECU), future, but the Congress is Ecuador's Congress (ECU), not the US Congress, and the text dates it 'later on Saturday' = 2000-01-22, so no date is wrong."),
 23: (["source"], "The offer to talk to the protesters is AGREE (willingness to meet) toward the protesters, document date right, but it was made by the Armenian prime minister's office (ARM government), not Inter RAO."),
 24: (["source"], "SUPPORT of the process by Haftar's forces, document date right, but dateline's source 'Eastern[LBY]' is a fragment of 'Eastern commander' that names no party; the source should be Khalifa Haftar's forces (LBY)."),
 25: ([], "Guards killed in the Friday attack: ASSAULT, no named attacker, target Yemeni guards, 2011-06-03 (the Friday): all right."),
 26: ([], "Tuvaluan politicians criticising the deal is ACCUSE, TUV, no party named as target, document date: all right."),
 27: (["target"], "Fradkov telling oil companies to consider cutting output is REQUEST from RUS, but the oil companies are Russian companies (the Russian PM instructs them), not Belarusian: the target's code should be RUS (or empty), not BLR."),
 28: ([], "Anwar jailed in 2015 is COERCE (arrest/jail), no named source, target Anwar, 2015: all right; not a duplicate of the pardon event in the same sentence."),
 29: (["date"], "Trump's endorsement of Nawrocki is SUPPORT USA->POL, but it is a campaign-time background act (before the run-off), not this news; with no date in the text it should have no date, not the document date 2025-06-02."),
 30: ([], "The Sunday (2002-11-03) strike killing Harethi is ASSAULT with target Harethi (YEM); 'the strike' names no party, so an empty source is right by the conventions (a coder would code the U.S./CIA). Not a duplicate: the first sentence's event is in another sentence."),
 31: (["type", "date"], "'whose fighters have battled government forces' is fighting, ASSAULT, not ACCUSE (the ACCUSE in the sentence is Saleh's blame); parties are right; an act still going on ('have battled ... for nearly two weeks') takes the document date 2011-06-05, not no date."),
 32: ([], "EU welcoming the election result is SUPPORT, no party named as target, document date: all right."),
 33: (["date"], "Riyadh condemning terrorism is ACCUSE (disapprove) with no target, asserted, but the statement is reported as this news with no date in the text, so it takes the document date 2017-06-08; no date is wrong."),
 34: (["target", "date"], "The outgoing Toledo government signing the FTA is SUPPORT (sign agreement) from PER, but the sentence names the other party, the United States (USA), so the target should not be empty; the signing is a background act of an earlier time, so it should have no date, not the document date."),
 35: ([], "Basescu urging his supporters to stay home is REQUEST ROU->his supporters; a pre-vote act with no date in the text, so no date is right."),
 36: (["source", "date"], "Rejecting the results as 'illegitimate' is ACCUSE toward the electoral commission that issued them (acceptable), but 'they' are the ten opposition candidates (MDG), not voters, and the text dates it 'on Saturday' = 2023-11-25, so no date is wrong."),
 37: ([], "Vall hailing the referendum result is SUPPORT, MRT, no party named as target, document date: all right."),
 38: ("SPURIOUS", "Not an event: Kohver 'investigating cross-border crime' is the circumstance of his seizure (a police officer's routine work, no target party), not an ACCUSE investigate act; the act in the sentence is the seizure."),
 39: ([], "China agreeing to buy 50 Boeing aircraft is AGREE CHN->Boeing (USA), agreed at Wednesday's summit (1997-10-29): all right."),
 40: (["source"], "Kim's 1973 kidnapping is ASSAULT abduct, target Kim, 1973, but the sentence names the kidnappers, 'South Korean agents' (KOR); the source should not be empty."),
 41: ([], "The U.S. urging a peaceful transition is REQUEST from USA; the sentence names no addressee (Saleh is named only as an ally), so an empty target is right; document date right."),
 42: (["modality"], "Yushchenko asking the Constitutional Court to rule is REQUEST UKR->UKR court, no date right, but 'he would ask' in his office's statement is a stated intention, so the modality should be future, not hypothetical."),
 43: ([], "Zourabichvili accusing Georgian Dream of declaring war on its people is ACCUSE GEO->Georgian Dream, document date: all right."),
 44: ([], "GCC voicing support for Bahrain is SUPPORT GCC->BHR, document date: all right."),
 45: ("SPURIOUS", "Not an event: parliament scrapping presidential term limits is a domestic legislative act with no target party and no PLOVER type (it is not a RETREAT, a material concession)."),
 46: ([], "Dacic condemning the violence is ACCUSE, SRB, no party named as target (the 'extremists' are the separate blame event), document date: all right."),
 47: ([], "22 northern soldiers killed in Thursday's ambush: ASSAULT, no named attacker in the sentence, target Sudanese soldiers (SDN), 2011-05-19 (the Thursday): all right."),
 48: ([], "The tribunal convicting the coup plotters in July is SANCTION convict NGA->NGA, 1995-07: all right."),
 49: (["date"], "The Commission accusing Ponta's government is ACCUSE EU->ROU government, but it is background to the story (earlier in July, before Ponta 'later agreed'), not this news; it should have no date, not the document date 2012-07-30."),
 50: ([], "Guterres calling for the ceasefire to be respected is REQUEST from the UN, no party named as target, document date: all right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-a.jsonl"):
    o = json.loads(l)
    for f in counts: counts[f] += o["verdict"][f]
print(counts)
