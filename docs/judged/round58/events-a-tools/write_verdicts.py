"""Round 58, judge a: verdicts on the 50 sampled dateline events (heldout_news7).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Run from anywhere: writes ../events-a.jsonl next to events-a-items.jsonl and prints the table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: ([], "All right, though doubtful as an event: a journalist's police complaint about threats is a formal "
            "complaint (CAMEO 114, ACCUSE allege); no threatener named, so empty target right; 'two weeks ago' "
            "from 2017-10-16 = 2017-10-02, ISO week 40."),
    2: ([], "All right: State Department urged China to act with restraint, reported as this news."),
    3: ([], "All right: Nasrallah says Hezbollah accepts the election result (AGREE; CONCEDE would also be "
            "defensible); no winner named in the sentence, so empty target right; speech undated, reported as news."),
    4: ([], "All right: the Socialist Party leader (Moroz, UKR) accused Kuchma on Tuesday."),
    5: (["source"], "source: the sentence's accuser is named: the Special Court for Sierra Leone says Taylor bears "
                    "'the greatest responsibility'; the passive 'he is accused of arming' is the same "
                    "accusation, so empty source misses the named party."),
    6: ([], "All right: background indictment of Milosevic in May 1999; the tribunal is not named in this "
            "sentence, so empty source right."),
    7: (["source", "target", "date"],
        "source: Moscow police, named in the sentence as the party stating it detained people, is the detaining "
        "party; empty is wrong. target: the 1,074 rally participants are named (numeral group); empty is wrong. "
        "date: the detentions are this news (Saturday 2019-07-27); no date is wrong."),
    8: ([], "All right: European governments declined to follow the U.S. lead (REJECT of the U.S. sanctions "
            "lead); no single country code is right for several governments; ongoing, document date."),
    9: (["target"], "target: drills 'around the Taiwan-controlled islands' are aimed at Taiwan, named in the "
                    "sentence ('Taiwan-controlled'); empty is wrong. Not a duplicate under the same-sentence "
                    "rule (sentence 1 has the lead event). Empty source right (passive, no actor named)."),
    10: (["target"], "target: Pashinyan dismissed Kocharyan's bloc's claims; the bloc is referred to in the "
                     "same sentence as 'his rivals'. Empty target is wrong."),
    11: ([], "All right: Koehler (German, DEU) resigned as U.N. envoy in May 2019; background, explicit date."),
    12: ([], "All right: mutual AGREE Japan and South Korea, Monday 2015-12-28."),
    13: (["source"], "source: the 45-nation Nuclear Suppliers Group is a multinational body with no seat "
                     "country; coded IND (the target's country), wrong. Type CONCEDE accepted (agreed to lift a "
                     "ban; RETREAT ease would also be defensible)."),
    14: ([], "All right: U.S. urged Pakistan to end support to militant groups, reported as news."),
    15: ([], "All right: Kast's call with Boric ('I have just spoken with') is a CONSULT distinct from the "
             "congratulation (SUPPORT e3), not a duplicate."),
    16: (ALL, "spurious: 'the government later denied a coup bid' denies that an event took place; it rejects "
              "no request, proposal or party (CAMEO 016-type denial, no PLOVER event)."),
    17: (["target"], "target: Kasidiaris is a Greek MP of Golden Dawn, a Greek party; his country is left empty "
                     "though the text makes it plain (GRC), and 'Greece parliament' stands in for the arrested MPs "
                     "rather than the MPs themselves. Empty source right (passive, police not in the sentence)."),
    18: (["target"], "target: Putin promised 'them' (the returnees, Russians freed in the swap) state awards; "
                     "coded 'Russia government', wrong party. AGREE for a promise accepted."),
    19: ([], "All right: IRGC shot down a U.S. drone, ASSAULT IRN -> USA, Thursday 2019-06-20."),
    20: ([], "All right: Bush said he would invite Abbas (AGREE, future); a future act with no date given, "
             "so no date is right."),
    21: (["type"], "type: 'warned of dangerous repercussions' of Trump's decision is a warning about consequences, "
                   "not a threat of Jordan's own action; it is disapproval (ACCUSE), not THREATEN. Empty target "
                   "right (the U.S. is not named in the sentence)."),
    22: (["date"], "date: London blamed Moscow for the 2018 Skripal poisoning at that time; a background act given "
                   "the document date 2020-08-20."),
    23: (["source"], "source: the Pentagon, named in the sentence, is the party deploying the Marines and soldiers "
                     "(U.S. forces); empty is wrong. Future with no date: right."),
    24: (["target", "date"], "target: the raids were on 'opposition-leaning media', named in the sentence; empty "
                             "is wrong. date: the text dates them 'days before the vote' (the vote is 2015-11-01), "
                             "not the document date."),
    25: (["type"], "type: Haniyeh called for a new uprising - a call (REQUEST/appeal), not a protest by him; "
                   "PROTEST is wrong. Empty target right (addressees not named)."),
    26: ([], "All right: Bassil accused Hariri's camp; Hariri standing for his camp is accepted (a stricter "
             "coder might want the March 14 bloc)."),
    27: (ALL, "spurious: 'offered no resistance' is not an offer; trigger word in another sense."),
    28: ([], "All right: Democrats urged the administration (White House, USA) to avoid war, Thursday."),
    29: (["target", "date"], "target: the sentence names the accused, 'high-level officials and their "
                             "associates' (of 1MDB, MYS); empty is wrong. date: 'has filed lawsuits' is a background "
                             "act of an earlier time (2016-17), given the document date 2018-07-03."),
    30: ([], "All right: Yushchenko had demanded that the fleet ('it', Black Sea Fleet, RUS) leave; background "
             "act of unknown time, no date right."),
    31: (["target"], "target: 'the palace in Niamey ... during a cabinet meeting' is the presidential palace, i.e. "
                     "Tandja's government (NER); empty is wrong."),
    32: (ALL, "spurious: NATO and the U.S. calling their own strike 'a tragic mistake' is an admission/regret, "
              "not an accusation or criticism; the sentence's real acts (China rejects, accuses) are e3/e4."),
    33: (["type", "target"], "type: seizing a flight in the air is a hijacking, ASSAULT (abduct), not COERCE "
                             "seize. target: Flight IC-814, the Indian Airlines jet (IND), is named; empty is wrong. "
                             "Empty source right (hijackers not named); 1999-12-24 right."),
    34: (["source"], "source: the 600 troops are U.S. troops (4th Infantry Division, special forces); coded IRQ, "
                     "wrong country. ASSAULT for a military raid accepted (COERCE would also be defensible); empty "
                     "target right (Saddam not named in the sentence); Saturday 2003-12-13 right."),
    35: (["target"], "target: the victims are 'more than 1,100 people' killed in Kenya; coded the state 'Kenya', a "
                     "different party. No date right (a total over a span)."),
    36: (["source"], "source: 'Leaders across Latin America' are not Chilean; coded CHL, wrong country (empty or "
                     "ARG for Fernandez)."),
    37: (["target"], "target: the judges rejected 'the prosecutor's request'; the prosecutor (ICC) is named in the "
                     "sentence by definite description; empty is wrong."),
    38: ([], "All right: head of the general staff (ARM) demanded Pashinyan's resignation, February 2021."),
    39: ([], "All right: 'hinted that he would meet Russian leaders by early June' is CONSULT hypothetical, 2014-06."),
    40: (["type", "target", "date"],
         "type: troops disarming police units is a coercive act against another force (COERCE/ASSAULT), not "
         "RETREAT disarm (giving up one's own weapons). target: 'police units' named in the sentence; empty is "
         "wrong. date: the move is the day's news (Saturday 2014-08-30); no date is wrong."),
    41: (["type", "source"], "type: vowing to keep up weekly protests outside the Japanese embassy is a protest "
                             "threat/continuing protest (THREATEN or PROTEST), not AGREE cooperation. source: the "
                             "activist groups are South Korean (protests in Seoul), coded JPN."),
    42: ([], "All right: Netanyahu and Abbas agreed to meet again (AGREE, mutual), distinct from the talks (CONSULT)."),
    43: (["target"], "target: Pinera offered cooperation to Boric, named in the same sentence (the video call "
                     "with Boric); empty is wrong."),
    44: ([], "All right: Feltman called for a halt to the fighting; the parties are not named in that clause, "
             "empty target right; reported as news."),
    45: (["source"], "source: Hamas says the raid was 'Zionist', i.e. Israel's; the sentence names the attacker "
                     "that way; empty is wrong. Not a duplicate under the same-sentence rule; 'Hamas said' is "
                     "attribution, asserted right."),
    46: ([], "All right: Abbas condemned the raids; Israel not named in the sentence, empty target right."),
    47: ([], "All right: investigators opened a criminal case (ACCUSE investigate), no target named, reported as news."),
    48: (["modality"], "modality: 'the country no longer recognised Kabila' is a withdrawal of recognition; "
                       "SUPPORT can only stand for it negated, and it is Tshisekedi's declaration; coded asserted "
                       "(i.e. the country recognises Kabila), wrong. I would code REJECT/ACCUSE Tshisekedi -> Kabila."),
    49: ([], "All right: Modi condemned the attack; attackers not named in the sentence."),
    50: ([], "All right: Suleiman is expected to ask the government to stay on (REQUEST, future, no date)."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-a-items.jsonl"))]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 51))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false)
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(os.path.join(ROUND, "events-a.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10s} {'right/50':>9s} {'right/real(' + str(len(real)) + ')':>16s}")
    for fld in FIELDS + ["all"]:
        a = sum(r["verdict"][fld] for r in out)
        b = sum(r["verdict"][fld] for r in real)
        print(f"{fld:10s} {a:>5d}/50 {100*a/50:5.0f}%  {b:>5d}/{len(real)} {100*b/len(real):5.0f}%")
    print("spurious:", [r["n"] for r in out if not r["verdict"]["event"]])


if __name__ == "__main__":
    main()
