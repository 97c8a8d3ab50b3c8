"""Judge d's verdicts (round 14) and the builder of events-d.jsonl plus the precision table.
Fields per item: event, type, source, target, date, modality (1/0) and reasons for every "no".
A spurious event (event=0) is wrong in every field."""
import json

Y, N = 1, 0
V = {
 1: (Y, Y, Y, N, Y, Y, "target: NPA is resolved as New People's Army (PHL); the text defines the NPA as Nigeria's top anti-crime agency (NGA)."),
 2: (Y, N, N, N, Y, Y, "type: a joint Albania-Belarus drill is COOPERATE (joint military exercise), not MOBILIZE; source/target: the sentence names 'the two countries' (Albania, Belarus) and both are empty."),
 3: (Y, Y, Y, Y, Y, Y, ""),
 4: (N, N, N, N, N, N, "not an event: headline/link line; the US supporting Israel is the topic of Gunnlaugsson's demand (a REQUEST), not a reported SUPPORT act."),
 5: (Y, N, Y, N, N, Y, "type: a ransomware attack is COERCE cyber, not ASSAULT; target: 'these organizations' (in Nigeria) named in the sentence, empty given; date: the attack was Wednesday evening (2023-06-14), doc date given. (Re-mention of the attack of sentence 1.)"),
 6: (Y, Y, Y, Y, Y, Y, ""),
 7: (Y, Y, Y, Y, Y, Y, ""),
 8: (Y, Y, N, Y, N, Y, "source: the demonstration is by the protesters ('One protester ... during a demonstration'), empty given; date: 'on Saturday' (2023-06-10) is in the sentence, doc date given."),
 9: (Y, Y, Y, N, Y, Y, "target: 'We' (the side that has been asking the question) is the party refused; empty given. (Which 'Government' is meant is ambiguous; Nauru accepted.)"),
 10: (Y, Y, Y, Y, Y, Y, ""),
 11: (Y, Y, Y, N, Y, Y, "target: the sanctions fall on 'three major international companies' (no country), not New Caledonia (where the venture is)."),
 12: (Y, Y, Y, N, N, N, "target: 'Both' = the two Norwegian nationals of the previous sentence, empty given; date: Wednesday's attack (2023-06-14), doc date given; modality: 'reportedly fired by' militants is a claim -> reported."),
 13: (Y, Y, N, N, Y, Y, "source: the Cayman Islands assembly is coded USA and paired with 'United Kingdom' as a second source; target: same two parties as target (mutual) though approving a resolution has no party target."),
 14: (Y, Y, Y, Y, Y, Y, ""),
 15: (Y, Y, Y, Y, Y, Y, ""),
 16: (Y, Y, Y, Y, N, N, "modality: 'would begin exporting ... by end of the week' is future, asserted given; date: announcement made during the state visit 'earlier this month', export by end of week; doc date is neither (borderline)."),
 17: (Y, Y, Y, Y, Y, Y, ""),
 18: (N, N, N, N, N, N, "not an event: 'the government conceded that it was unlikely to have reached a majority' is an admission, not a PLOVER concession (the act in the sentence is the THREATEN)."),
 19: (Y, Y, Y, N, Y, Y, "target: support is for a curfew (a policy); 'people' are the curfew's object, not the party supported; empty expected."),
 20: (Y, Y, Y, Y, Y, Y, ""),
 21: (Y, Y, Y, N, Y, Y, "target: the rally 'took place against a march by supporters of ... Nawaz Sharif' (PAK), named in the sentence, empty given."),
 22: (Y, Y, Y, Y, Y, Y, ""),
 23: (Y, N, Y, N, Y, Y, "type: 'being sought by U.N. ... in an investigation' is ACCUSE investigate, not REQUEST; target: Kabila (the party sought) is the subject of the sentence, empty given."),
 24: (Y, N, Y, Y, Y, Y, "type: Putin and Obama jointly 'promised to eliminate the threat' in a phone call: a mutual commitment (AGREE; the call is CONSULT), no threatened party; THREATEN violence is wrong (borderline)."),
 25: (Y, Y, Y, Y, Y, Y, ""),
 26: (Y, Y, Y, N, Y, Y, "target: 'Central African Republic new international mission' [CAF/GOV] is the UN mission being opened (the object), not a party; CAR (host, Bangui) or empty expected."),
 27: (Y, Y, Y, N, Y, Y, "target: 'arrests of politicians' names the arrested, empty given (generic past arrests; undated is right)."),
 28: (Y, Y, Y, N, N, Y, "target: the killed ('more than 12,000') are named, empty given; date: a cumulative crackdown 'since he took office in June 2016' is background, doc date given."),
 29: (Y, Y, Y, N, Y, Y, "target: 'Ahmedabad' is the destination (a city, coded as a person), not a party; empty expected."),
 30: (N, N, N, N, N, N, "not an event: 'the Government remained committed to fighting terrorism' is a policy statement with no recipient (CAMEO 01-type), not SUPPORT."),
 31: (Y, Y, Y, N, Y, Y, "target: Daniel is right, but South Africa (place of detention) and John O'Hagan (his father, the speaker) are added as targets."),
 32: (Y, Y, Y, N, Y, Y, "target: 500 people demonstrated against a rally (its unnamed organisers), not Belgium; empty expected."),
 33: (Y, Y, Y, Y, Y, N, "modality: 'There were reports that the rebels used buses to carry aid' is an unattributed claim -> reported, asserted given."),
 34: (Y, Y, Y, Y, N, Y, "date: severing relations with France is part of Gabon's 1960s independence history; doc date given to a background act."),
 35: (Y, Y, Y, N, N, Y, "target: 'attacks on government forces' names the party (Syrian government forces), empty given; date: rebels 'said on Wednesday they had suspended' -> 2023-06-14 (or by then), none given."),
 36: (Y, Y, Y, Y, Y, N, "modality: 'Nauru has not confirmed police are investigating' -> unconfirmed (hypothetical/reported), asserted given."),
 37: (Y, Y, N, N, N, Y, "source: the rejecter is the judge ('he'), not Scott Garrett; target: 'the government's request' -> the government/prosecution, empty given; date: a pre-verdict court ruling (verdict Sunday) given doc date."),
 38: (Y, Y, Y, Y, N, N, "modality: demonstrations 'were planned' - not reported as held, asserted given; date: planned demonstrations of unknown time given doc date."),
 39: (Y, Y, Y, N, Y, Y, "target: the African Union is the object of the funding, not the addressee of the call for a review; empty expected."),
 40: (Y, Y, Y, N, Y, Y, "target: Czech Republic right, but Austria (export destination) added as a second target."),
 41: (Y, N, N, Y, Y, Y, "type: 'warned on a worrying trend of arbitrary arrests' is criticism (ACCUSE disapprove), not THREATEN; source: NGO Nasar typed a person and France added as a second source."),
 42: (Y, Y, Y, Y, Y, Y, ""),
 43: (N, N, N, N, N, N, "not an event: the 'end to military and security cooperation between Zagreb and Libya' is a topic inside Amnesty's report, not a reported act; 'Zagreb' here is the Libyan city of the previous sentence, coded as Croatia."),
 44: (Y, Y, N, Y, Y, Y, "source: 'They' = the opposition party members of the previous sentence, not the Togo government."),
 45: (N, N, N, N, N, N, "not an event: 'must meet the challenges posed by Russia' - 'meet' is not a meeting (the sentence's act is the commander's demand on NATO members)."),
 46: (Y, Y, Y, Y, N, Y, "date: the agreement was signed in March 2010 (in the sentence); doc date given."),
 47: (Y, Y, Y, Y, Y, Y, ""),
 48: (Y, Y, Y, Y, Y, Y, ""),
 49: (Y, Y, Y, Y, Y, Y, ""),
 50: (Y, N, N, Y, Y, Y, "type: a letter 'in hopes that Britain could play a larger leading role' is an appeal (REQUEST assist), not CONSULT; source: Caricom is a multinational body, coded GBR."),
}

if __name__ == "__main__":
    keys = ["event", "type", "source", "target", "date", "modality"]
    items = [json.loads(l) for l in open("sample-events.jsonl")]
    out = open("../events-d.jsonl", "w")
    tot = {k: 0 for k in keys + ["all"]}
    real = {k: 0 for k in keys + ["all"]}
    nreal = 0
    for it in items:
        v = V[it["n"]]
        ver = {k: bool(x) for k, x in zip(keys, v[:6])}
        ver["all"] = all(ver.values())
        assert ver["event"] or not any(ver.values()), it["n"]
        assert ver["all"] == (v[6] == ""), it["n"]
        out.write(json.dumps({**it, "verdict": ver, "reasons": v[6]}) + "\n")
        for k in tot:
            tot[k] += ver[k]
        if ver["event"]:
            nreal += 1
            for k in real:
                real[k] += ver[k]
    print("| field | all 50 | real events (%d) |" % nreal)
    print("|---|---|---|")
    for k in keys + ["all"]:
        print(f"| {k} | {tot[k]}/50 = {100*tot[k]/50:.0f}% | {real[k]}/{nreal} = {100*real[k]/nreal:.0f}% |")
