"""Judge d, round 43: write events-d.jsonl from events-d-items.jsonl and the verdicts below.
Each entry: n -> (false fields, reasons). Fields not listed are true; 'event' false makes all false."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Indictment of Khan (he) on Wednesday; unnamed indicting court left empty, as the sentence names none."),
 2: ([], "Farmajo's public appeal to others (Somalis) to donate blood; undated news act takes the document date."),
 3: (["source", "target"], "Source is 'they' = the Iraqi troops and federal police, not the reporting officials; target 'military[IRQ]' is read off the seized 'military base' (a facility, and the attacker's own country) where no party is named, so empty would be right."),
 4: (["date"], "US/UK statement is reported as this news with no other date, so it takes the document date (2023-05-10), not unknown."),
 5: (["source", "target"], "Source should be the deployed police officers and soldiers (Colombian), named in the sentence, not empty; Venezuela is only the border the region lies on, not the target."),
 6: (["date"], "France's call is a news reaction with no other date; it takes the document date (2021-04-20), not unknown."),
 7: ([], "State of emergency = COERCE (curfew/martial law); Friday = document date."),
 8: (["date", "modality"], "The Kim-Trump meeting is only expected: modality future, and it has no date (not the document date)."),
 9: ([], "Resignation with effect from Thursday 2022-07-14 = RETREAT resign."),
 10: ([], "Pompeo urges the Venezuelan military; undated news act takes the document date."),
 11: (["type"], "Backing armed groups (al Qaeda, IS) alleged against Doha is material sponsorship (AID), not verbal SUPPORT; borderline, other fields right (reported inside the accusation)."),
 12: (["target"], "The opposition welcomed 'a surprise move' of Nicaragua's government, which the sentence names; target should be the government, not empty."),
 13: ([], "ACCUSE of 'the move' (the military takeover); by the rule the military, not named in the sentence, is no target; I would code Chad's military as target."),
 14: (["source"], "'It' is the military (the previous sentence's subject), not the National Assembly, which the military had just dissolved."),
 15: (["type"], "Bouazizi's self-immolation is a protest act (PROTEST, like a hunger strike) with no victim other than himself, not ASSAULT."),
 16: ([], "Saudi-led air strikes on the Houthis on Thursday."),
 17: ([], "Abe shot on Friday; shooter not named in the sentence."),
 18: ([], "Condemnation of the attack; militants are clearly the party condemned (they launched it, previous sentences)."),
 19: ([], "Migrants trying to destroy the fence = ASSAULT destroy; ministry tweet reported as this news (Tuesday)."),
 20: ([], "GNA put its forces on alert = MOBILIZE; officials of the GNA accepted as source."),
 21: (["type"], "The army chief's 'visit' was to tell Hamzah he may not go out or meet people: the act is a restriction (COERCE restrict / house arrest), not a CONSULT."),
 22: ([], "US welcomes the arrest; Mexico not named in the sentence so empty target is right."),
 23: (["type", "source", "date"], "Demonstrators, not Ruto, stormed parliament; they did it the day before (Tuesday 2024-06-25), not the document date; a crowd storming and burning parliament is PROTEST riot rather than ASSAULT."),
 24: ([], "Biden's warning of sanctions/'appropriate action' = THREATEN; the Myanmar military is not named in the sentence."),
 25: ([], "Haftar's forces took Gharyan (ASSAULT, taking ground), Thursday in the narrative."),
 26: (["date"], "'Have fought each other' is a background act of an earlier unspecified time, not an act of the document date; it should be undated."),
 27: ([], "Junta (NCSP) promised a civilian transition, statement early Wednesday = document date."),
 28: (["target", "date"], "Shalit is plainly an Israeli soldier but is given no country; the capture was 'less than three weeks' before the raid, not on the document date (2006-07-12)."),
 29: (["target", "date"], "Target should be the Indian paramilitary police convoy named in the sentence, not empty; the text dates the bombing 12 days before the strike of the document date (2019-02-14), not unknown."),
 30: ([], "Taliban pledge to the US under the deal = AGREE, Saturday."),
 31: (["date"], "Yoon withdrew the troops early Wednesday (announced 4.30 a.m.), i.e. on the document date 2024-12-04, not unknown."),
 32: ([], "Opposition condemns the law stripping nationality; the state (maker of the law) is accepted as target."),
 33: (["type"], "'Dismissed Catalonia's regional government' means removing it from office (COERCE: takeover under Article 155), not REJECT."),
 34: (["date"], "The referendum was 'on Saturday' = 2004-04-24; the document date 2004-04-25 is a Sunday."),
 35: ([], "White House urges Gulf allies (several states, so no single country code)."),
 36: (["target", "date"], "Asmara welcomed Ethiopia's move (Ethiopia named in the sentence), so target should be Ethiopia; the welcome was 'last month' (2018-06), not 2002."),
 37: ([], "Police deployed in Belgrade Thursday evening."),
 38: (["source", "target"], "Target should be the convoy (the seven who died), named in the sentence; the sentence also names the militants who launched the attack the ambush is part of, so source should not be empty."),
 39: ([], "King's seizure of absolute power (royal takeover) accepted as COERCE, dated February 2005."),
 40: ([], "Zuma's resignation Wednesday = RETREAT resign."),
 41: (["event"], "'aid workers' is a noun, no act of aid; the sentence's act is Poland barring journalists and aid workers (COERCE)."),
 42: (["source", "target"], "Hadi visiting/arriving in Riyadh: the host Saudi Arabia (named) is the target, not Hadi/Yemen himself; Hadi is given no country though he is Yemen's president."),
 43: (["type"], "The court ordering Khan held in custody is COERCE (detain) toward Khan, not AGREE."),
 44: ([], "Protest against the government in Caracas on Monday 2024-07-29."),
 45: ([], "Stoltenberg/NATO call for calm; no target named."),
 46: ([], "February 2014 killing of boys in Yobe by gunmen."),
 47: ([], "ICTY indictment of Mladic, 1995."),
 48: (["source"], "Source is Romania's foreign ministry; the country is plain (Romania rejected..., Basescu) but given none."),
 49: ([], "Yoon lifted martial law (RETREAT) early Wednesday; South Korea accepted as target."),
 50: ([], "UNSC condemned the attack; attackers not named in the sentence."),
 51: ([], "Iraqi PM condemns the US strike; US named in the sentence."),
 52: (["type"], "M23 rebels 'marched into' and took Goma: taking ground by armed forces is ASSAULT, not a PROTEST demonstration."),
 53: ([], "'Tehran denies arming the Houthis': AID negated by Iran's denial accepted."),
 54: ([], "Egypt's future dispatch of delegations to Israel and the Palestinian territories; future, undated."),
 55: (["type", "date"], "The cabinet approving the end of martial law is the act of ending it (RETREAT ease martial law), not SUPPORT toward South Korea; it happened early Wednesday (document date), not unknown."),
 56: (["target"], "The envoy in London is Maskhadov's channel, not the party condemned; the hostage-takers are not named in the sentence, so empty would be right."),
 57: (["target"], "'Our soldiers and officers' are the Polish ministry's own (Polish), plainly, but given no country."),
 58: (["target", "date", "modality"], "Bilateral trade is with India (named), so target empty is wrong; 'said it would suspend' is future, so modality future and no act date rather than asserted on Wednesday."),
 59: (["source"], "The sentence names the Islamic State as claiming the assault in which people were killed; source should be IS (by its claim), not empty."),
 60: (["type"], "Armed men abducting Luis Manuel Diaz is ASSAULT abduct (kidnapping), not COERCE seize (police confiscating property)."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    bad, why = V[it["n"]]
    assert all(b in F for b in bad)
    v = {f: (f not in bad) for f in F}
    if not v["event"]:
        v = {f: False for f in F}
    v["all"] = all(v[f] for f in F)
    it = dict(it); it["verdict"] = v; it["reasons"] = why
    out.append(it)
with open(HERE / "events-d.jsonl", "w") as fh:
    for it in out:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")

# summary table
n = len(out); real = [o for o in out if o["verdict"]["event"]]
print("| field | right of 60 | %% | right of real events (%d) | %% |" % len(real))
print("|---|---|---|---|---|")
for f in F + ["all"]:
    a = sum(o["verdict"][f] for o in out); b = sum(o["verdict"][f] for o in real)
    print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, a, 100*a/n, b, 100*b/len(real)))
