"""Judge c, round 49: write events-c.jsonl from the verdict table below.
Each entry: n -> (false fields, reasons). Fields: event,type,source,target,date,modality.
A spurious event ("event" false) is false in every field."""
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ("", "Refusal to deploy the army until the UN confirms the withdrawal: MOBILIZE negated (the convention's 'refused to withdraw' reading); no date for a non-deployment. All right."),
 2: ("", "Sall, as head of ECOWAS, expected to travel to Ouagadougou: CONSULT visit, future, host the Burkina Faso authorities, no date. All right (I accept the ECOWAS-head source, though Sall himself would be SEN)."),
 3: ("type source target date modality", "'Kinshasa wanted to see the rebels effectively disarmed before any accord' is a demand: PLOVER codes the statement as REQUEST (Kinshasa/DRC government -> M23, asserted, document date 2013-11-05), not a hypothetical RETREAT by M23; so source, target, date and modality are those of the wrong act."),
 4: ("target", "Lee Teng-hui is Taiwan's president: the country code should be TWN, not CHN."),
 5: ("source date modality", "The praiser is Berisha (reported_by), not the guards; his praise is reported as this news (asserted, document date 2011-01-22), not hypothetical with no date."),
 6: ("", "Biden ordered the Pentagon on Wednesday (2023-02-01): REQUEST, asserted. All right."),
 7: ("target", "'Both sides' are the Georgian government and opposition; the country is plain (GEO), the target has none."),
 8: ("source target", "The masked special forces are Georgian (the Georgian crackdown), not RUS; the raided party, Imedi TV (GEO), is named in the sentence and the target is empty."),
 9: ("", "Hun Sen accused Prince Ranariddh on Monday (document date). All right."),
 10: ("date", "'Also detained' goes with the arrests the lead dates to Wednesday (2006-09-27, 'a day after'); the document date (Friday 29th) is not the date of the act."),
 11: ("", "Kalinak stepped down on Monday 2018-03-12. All right."),
 12: ("date", "The gunman was shot during the attack on Tuesday night (2016-06-28, given in the lead); the document date 2016-06-29 is wrong."),
 13: ("", "Indonesia executed two Australians shortly after midnight on Wednesday (document date). All right."),
 14: ("", "Cubans rioted in Havana in August 1994: PROTEST riot against the state, 1994-08. All right."),
 15: ("date", "The offer was made 'earlier in the week' (2018-W11); the text gives the week, null is wrong. AGREE accepted by the wave-76 rule (I would weigh CONCEDE, a promise of future resignation)."),
 16: ("", "Jianu resigned on Wednesday 2017-02-01. All right."),
 17: ("source modality", "Pakistan denied the raid: the raid is India's (source India, not Pakistan) and it is denied in the sentence (reported/negated, not asserted). The sentence's own act is Pakistan's denial."),
 18: ("type date", "'Offered condolences' is an expression of sympathy (SUPPORT), not an offer to cooperate (AGREE); the condolences follow Saturday's storming (document date 2002-10-26), not 2002-10-21."),
 19: ("", "Kuciak and Kusnirova found shot dead on Feb. 25: ASSAULT, no named source. All right."),
 20: ("", "A British tourist abducted in September 2011. All right."),
 21: ("source date", "The actor is named by a common noun, 'reinforcements' (Afghan forces), and the source is empty; the arrival is reported as this news (document date 2015-09-29), not undated."),
 22: ("source target", "The teachers are Mexican (Oaxaca), not USA; a pay strike at home aims at the (state) authorities: target Mexico/Oaxaca government, not the United States."),
 23: ("date", "The text dates the retreat 'overnight' (the night before the report, 2015-09-28/29); null is wrong."),
 24: ("", "Al Shabaab threatened to retaliate, target unnamed. All right."),
 25: ("", "State media on Monday 2012-10-22 accused protest organisers. All right."),
 26: ("source target", "The signers are the foreign ministers of China and Solomon Islands: a mutual act needs one party (CHN or SLB) as source and the other as target; a countryless 'foreign ministers' group and an empty target are wrong."),
 27: ("type date", "Riot clashes of youths with police are PROTEST (riot), not ASSAULT; the clashes belong to Monday night's rioting (lead: 'third night on Monday', 2008-12-08), not the document date."),
 28: ("", "Madrid train bombs on Thursday 2004-03-11, about 200 killed. All right."),
 29: ("modality", "'Had already announced they would boycott the vote' is an announced intention: future, not hypothetical. (Null date accepted: the sentence gives none, though the vote is set for December 1.)"),
 30: ("type", "Guards firing in the air (and seizing weapons) in a spreading mutiny is no attack on anyone: not ASSAULT (a show of force/mutiny, MOBILIZE or PROTEST-like at most)."),
 31: ("target date", "The state broadcaster is Mali's (MLI plain in the text), the code is empty; the storming is dated by the text ('by evening' of Wednesday, 2012-03-21), null is wrong."),
 32: ("", "Ministers reported detained on Wednesday after the storming (2012-03-21). All right ('were reported' is attribution)."),
 33: ("", "Henry urged his compatriots to remain calm in the video message reported as this news. All right."),
 34: ("target", "The NATO raids were on the Serbs, named in the sentence ('their stronghold of Pale' = Serb forces): an empty target is wrong."),
 35: ("", "China urged all sides to stay calm; 'all sides' span several countries, so an empty code is right. All right."),
 36: ("source", "PDP and Labour Party are Nigerian parties (NGA): codes None and GBR are wrong."),
 37: ("target date", "A protest against the emir's electoral decree (an act of the authorities) has the Kuwaiti state as target, not empty; the protest was held Sunday night (2012-10-21, lead), not on the document date."),
 38: ("target", "The president-elect congratulated is Mursi, not Ahmed Shafiq. (Source accepted: SCAF is coded with Egypt[EGY] beside it.)"),
 39: ("type source target date modality", "'Said he would be arrested and put on trial if he returned' is Hun Sen's threat against the prince: THREATEN (Hun Sen -> Ranariddh, asserted, 1997-07-07); and even as a hypothetical arrest the target is the prince, not Hun Sen."),
 40: ("", "Putin pledged full cooperation with Polish investigators: AGREE, 2010-04-10. All right."),
 41: ("source target", "'He' is MacAskill (Scotland/GBR), not Megrahi; the request rejected is Libya's, so the target is Libya, not the United Kingdom."),
 42: ("", "Police deployed in force in Algiers on Friday 1999-04-16. All right."),
 43: ("source target", "Lee Teng-hui and the voters are Taiwanese: TWN, not CHN."),
 44: ("", "Biden convened the G7 leaders on Sunday. All right."),
 45: ("", "Relatives complained they had been told nothing: ACCUSE complain, target unnamed, document date. All right."),
 46: ("", "Ivanov expected to fly to Belgrade: CONSULT visit, future. All right (I would code the host YUG, the Yugoslav leadership, but SRB for Belgrade is accepted)."),
 47: ("date", "The call was made in this news (document date 2006-03-24); 1918 is the year of the proclaimed republic, not a date of the act."),
 48: ("event type source target date modality", "Spurious: 'the killing' is a back-reference to the pilot's killing reported earlier; this sentence reports its effect on opinion, no act."),
 49: ("", "Ankara accuses Stockholm of harbouring Kurdish militants (ongoing, document date). All right."),
 50: ("target", "'Opened fire on them' - 'them' are the four men of the same sentence (American contractors): the target is the four men (USA), not empty."),
 51: ("", "Moldova summoned the Russian ambassador over last week's remarks: ACCUSE. Date 2022-W16 accepted (the summons followed last week's remarks; the text gives no other date)."),
 52: ("source target modality", "'Hungary has also yet to give its approval' is Hungary not approving Sweden's bid: source Hungary, target Sweden, modality negated; dateline inverted the parties and asserted it."),
 53: ("date", "Bhutto's condemnation is reported as this news (document date 2007-11-04); null is wrong."),
 54: ("source date", "'They blew themselves up' - 'they' are the attackers, not the police; the bombing was on Tuesday night 2016-06-28 (lead), not the document date."),
 55: ("source", "The hostage-takers are Bosnian Serb forces (BIH, Pale); SRB makes them Serbia's forces. Target (UN peacekeepers, no country) right."),
 56: ("", "Local rights groups accused the Colombian police of excessive force. All right."),
 57: ("date", "Lukashenko spoke 'on the same day' as the strikes, Monday 2022-10-10 (document date); 2022-10-04 comes from nothing in the text."),
 58: ("date", "The detentions came late on Wednesday evening (2017-02-01, the protest night); the document date 2017-02-02 is wrong."),
 59: ("target", "The man arrested is the suspect (the attacker), not Lee Jae-myung."),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
    assert len(items) == 59 and sorted(V) == [it["n"] for it in sorted(items, key=lambda x: x["n"])]
    out = open(os.path.join(ROOT, "events-c.jsonl"), "w")
    for it in items:
        false, reasons = V[it["n"]]
        false = set(false.split())
        assert false <= set(FIELDS), false
        if "event" in false:
            false = set(FIELDS)
        v = {f: f not in false for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reasons
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
    out.close()

if __name__ == "__main__":
    main()
