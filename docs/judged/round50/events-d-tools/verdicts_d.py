"""Judge d's verdicts for round 50 (60 events). Writes events-d.jsonl next to the items file.

Each entry: n -> (false_fields, reasons). Fields not listed are true; an 'event' in the
false list makes every field false (spurious event)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Court sentence of the three Pussy Riot members on Friday (= document date): SANCTION convict, all right."),
 2: ([], "Vucic ('he') accuses criminal groups of destabilising the country; statement of the Wednesday reported as this news."),
 3: (["modality"], "Ramaphosa's stepping down is ruled out, so the RETREAT is negated (or hypothetical), not asserted; I would code the act as REJECT ANC/Mbalula -> MK's demand (convention allows RETREAT negated)."),
 4: (["target", "date"], "Opening the Jerusalem embassy is SUPPORT (expand diplomatic ties) toward Israel, not toward the embassy itself; it opened on Monday (2018-05-14), not on the document date (Tuesday)."),
 5: (["event"], "Duplicate: the same sentence's 'urged caution' is already coded (e10 REQUEST) and 'warning against sanctions' is that same advice, not a THREATEN; its target, the Arab League, is also wrong."),
 6: (["target"], "'congratulating his rival' names the target by a definite description (Imamoglu); empty target is wrong by the convention."),
 7: (["event"], "Not an act: 'settle' is the ICJ adjudicating in Guyana's recorded position, not an agreement between Guyana and Venezuela; the codable act of the sentence is Venezuela's refusal to recognise the court (REJECT)."),
 8: ([], "Jimale accuses opposition politicians (SOM); statement of Sunday reported as this news."),
 9: (["target", "date"], "The gunmen shot at the coaches, i.e. the train's passengers (civilians), so the target is not empty; the attack was late on Monday (2022-03-28), not the document date (Tuesday)."),
 10: (["target", "date"], "Mexico's agreement is with the United States (named in the sentence), not with the migrants; it was reached on Friday 2019-06-07 ('said late on Friday ... after Mexico agreed'), not on the Saturday document date."),
 11: (["target", "date"], "The drone strike's target, al Qaeda leader Zawahiri (and the Kabul house), is named in the sentence; the strike was early on Sunday (2022-07-31), 'on Tuesday' dates the Taliban condemnation."),
 12: (["source", "target"], "Roles reversed: the Security Council resolution threatens Sudan (source UNSC, target Sudan), not Sudan threatening the council."),
 13: (["date"], "Brazil's reinforcement came after the December 3 referendum at an undated time; December 3 is the referendum's date, not this act's."),
 14: ([], "Repeated accusations by Tokyo officials against China; undated, unknown basis is right."),
 15: (["target"], "Widodo's call for calm is aimed at the Papuans named in the same sentence ('appealed to Papuans'); empty target is wrong."),
 16: ([], "Background sentence of July (2019-07) given at month precision; the sentencing court is not named in the sentence, so an empty source is right by the rule (I would code the U.S. court)."),
 17: (["event"], "Not a COOPERATE act: Stoltenberg only announced the deal others made; the sentence's act is the talks between Erdogan, Niinisto and Andersson, already coded (e4 CONSULT)."),
 18: (["type", "source", "date"], "Warning against letting foreign troops in is an objection/advice (ACCUSE disapprove or REQUEST), not a THREATEN; the source, Congolese opposition figures and civil society groups, is missing; the reaction is reported as this news and should take the document date, not none."),
 19: (["target", "date"], "The party fired on is the Papuan students (Indonesian, code IDN plain from the text), not a 'dormitory' with no country; the incident was on Saturday (2019-08-17), not the Monday document date."),
 20: (["source"], "Jamaat-e-Islami is Bangladesh's party (text plain), so its country code should be BGD, not empty; empty target is right (the execution is an act, not a party)."),
 21: ([], "Armenian forces destroyed several tanks (the ministry said), a separate act from shooting down aircraft; the enemy is not named in the sentence, so empty target is right."),
 22: ([], "Prosecutors' earlier request for three years; no date given, so unknown is right; the court is not named in the sentence."),
 23: (["target", "date"], "Putin dismissed the United States' warning, and the United States is named in the sentence; he did so 'days before the attack' (before 2024-03-22), not on the document date."),
 24: (["modality"], "Under the resolution Israeli forces are to pull out as the Lebanese deploy: a planned act, future, not asserted (date of the report accepted)."),
 25: (["type", "date"], "Granting clemency to jailed Iranians is a release with immediate material effect (RETREAT release), not a verbal CONCEDE; it happened on Saturday (2016-01-16, hours before the announcement), not on the Sunday document date."),
 26: ([], "Background noun phrase 'Russia's invasion of Ukraine', no date in the text, so unknown is right."),
 27: ([], "Pakistan's condemnation of terrorism in general: ACCUSE with no party as target; this news."),
 28: (["target", "date"], "Russia and Turkey brokered the deal between the Syrian government and the rebels; Russia and Turkey cannot be their own target (empty would be right here); the brokering is an earlier background act (the evacuation ran over the past week), not of the document date."),
 29: (["target"], "'pressed them' refers to India and Pakistan; Japan is not the party pressed."),
 30: ([], "Police increased patrols: MOBILIZE (police), this news (night of the count)."),
 31: (["event"], "Duplicate: 'convicted ... and sentenced' is one court act, already coded as e1 (SANCTION convict); its target (the UAE government instead of the 69 defendants) would also be wrong."),
 32: (["target", "date"], "Egypt backed Sudan's proposal: Sudan is named and is the target; '2011' is the date of the dam's construction, not of this act (the text gives it no date; this news)."),
 33: (["target"], "'the aircraft' is the Jordanian air force jet, so the target is Jordan's military, not empty; negated modality and date are right."),
 34: (["source", "target"], "The Treasury is the U.S. Treasury ('In Washington'), not IRN; the targets are the firms and individuals linked to Iran's missile programme, not the state of Iran."),
 35: ([], "Afghan officials investigating; the suspected country is not named in the sentence, so empty target is right."),
 36: (["type", "source"], "The crowds, not the police, accuse the security forces; a crowd chanting anti-government slogans and accusing the security forces is PROTEST (demo) in PLOVER (protests expressing disapproval are not ACCUSE)."),
 37: (["event"], "Duplicate: the demonstrators' accusation is the message of the protest already coded from this sentence (e3 PROTEST), and PLOVER codes protests expressing disapproval as PROTEST; the target's code (CHN for Taiwan's Ma) and the missing date would also be wrong."),
 38: (["event"], "Duplicate: smashing, torching and setting fire are one riot, already coded from this sentence as e3 (PROTEST riot); I would code only that riot."),
 39: (["target"], "Zelenskiy convened his security council, which is named in the sentence (UKR), so the target is not empty; I would hesitate to code an internal meeting at all."),
 40: ([], "Rajapaksa conceded defeat on Friday (explicit); empty target accepted (a concession of an election has no clear recipient)."),
 41: (["source", "target", "date"], "The tribunal is Bangladesh's (text plain), so it should carry BGD; the target, the Jamaat leader whose execution it ordered, is named in the sentence; the order is an earlier background act (sentence raised to death in September), not of the document date."),
 42: (["source", "date"], "Fighting between police and gunmen: each is the source for the other's deaths, so an empty source is wrong; the two days of fighting end on the Sunday document date ('said on Sunday'), so no date is wrong."),
 43: (["event"], "Not an execution: the sentence reports the execution being halted on Tuesday; the hanging itself (Thursday) is coded from the lead."),
 44: (["event"], "Duplicate: 'bowing to protests' is the resignation itself, already coded from this sentence (e1 RETREAT resign)."),
 45: (["type", "target"], "Offering condolences is sympathy (SUPPORT), not an offer of cooperation (AGREE); the victims' families (RUS) are named as the target."),
 46: ([], "Internet cut on Saturday night (explicit); the actor is not named in the sentence, so empty source is right."),
 47: (["target"], "'the three countries' (Turkey, Finland, Sweden) is the target, named by a definite description; empty is wrong."),
 48: (["target", "date"], "Police fired at the protesters referred to by 'Some' (the MDC supporters); the act was on Wednesday (2018-08-01), and the text gives it, so no date is wrong."),
 49: (["type", "date"], "Ordering the suspension of ties with Ecuador is SANCTION (discontinue diplomatic relations), not REQUEST; it is this news (Saturday, document date), not undated."),
 50: ([], "Officials suspended the operation (RETREAT) on Thursday as Durazo said late on Thursday."),
 51: (["date"], "The ADF's pledge of allegiance to Islamic State is a background act of an earlier time ('has pledged'), not of the document date; it should be undated."),
 52: ([], "Attorney general charged Netanyahu on Thursday (explicit): ACCUSE allege, all right."),
 53: ([], "Armenian forces shot down helicopters and drones (ministry said); enemy not named in the sentence."),
 54: (["type", "modality"], "Residents taking up hunting rifles to defend their villages is MOBILIZE (militia), not COERCE seize; 'were reported to have' is attribution and keeps the act asserted."),
 55: ([], "Sevele blamed activists (TON): ACCUSE, this news."),
 56: ([], "Trump welcomed the Saudi decision: SUPPORT; 'the decision' is an act, not a party, so empty target is right."),
 57: ([], "Moon warned Tokyo would bear responsibility: THREATEN to Japan, this news."),
 58: ([], "Assad's modest concessions since the protests began: a span from an earlier time, so no date is right; CONCEDE accepted."),
 59: (["source", "date"], "The demonstrators are in Juliaca, Peru (text plain), so the code should be PER, not empty; the attempt to storm the airport was on Monday (2023-01-09), not the Tuesday document date."),
 60: ([], "Kremlin rejected suggestions of interference: REJECT, this news; the accuser is not named in the sentence."),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false)
        v = {f: True for f in FIELDS}
        if "event" in false:
            v = {f: False for f in FIELDS}
        else:
            for f in false:
                v[f] = False
        v["all"] = all(v[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reasons
        out.append(it)
    with open(os.path.join(ROOT, "events-d.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # table
    n = len(out)
    real = [it for it in out if it["verdict"]["event"]]
    print("| field | right of 60 | %% | right of %d real events | %% of real |" % len(real))
    print("|---|---|---|---|---|")
    for f in FIELDS + ["all"]:
        a = sum(it["verdict"][f] for it in out)
        b = sum(it["verdict"][f] for it in real)
        print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, a, 100 * a / n, b, 100 * b / len(real)))

if __name__ == "__main__":
    main()
