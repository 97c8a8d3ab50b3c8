"""Write pairs-p13.jsonl from hand judgments (fields: event type source target date modality; N = null coding)."""
import json, os
F = ["event", "type", "source", "target", "date", "modality"]
def v(s):
    if s in ("N+", "N-"):
        return {"omit_right": s == "N+"}
    b = [c == "T" for c in s]
    d = dict(zip(F, b)); d["all"] = all(b); return d
SP = "FFFFFF"
J = {
1: ("TTFFTF", "TTFFTT", "Y", "modality: troops 'no reports of ... being sent' is negated; both leave source (either country = US/Peru) and target (the two countries) empty"),
2: ("TTTTTT", "TFTTTT", "X", "type: protesters throwing stones in a protest is PROTEST riot, not ASSAULT"),
3: ("TTTFTT", "TTFFTT", "X", "source: 'Riot police' NOR vs 'Riot' as a person; both give Palestine (country) for a Palestinian man"),
4: ("TTFFTT", "TFFFTT", "X", "type PROTEST riot; both wrong on source country (GBR, protest is in Sydney) and empty target (police)"),
5: ("TTTFTT", "TFTFTT", "X", "type: protesters' stone-throwing at police = PROTEST riot; both leave target (police) empty"),
6: ("N-", "TTFTTT", "Y", "event: police/soldiers clashed with Azeri rioters is an ASSAULT; Y's police AZE not plain in Armenian-occupied city"),
7: ("TTTFFT", "TTTFFT", "same", "date: background negotiation (after 2008) gets a document date in both; both target Iran, not a party"),
8: ("TTTFTT", "TTTTTT", "Y", "target: generic manufacturers have no country in text; X's CPV wrong"),
9: ("TTTFFT", "TTTFFT", "same", "date: text gives 2008 war, both give a document date; both add Houthis as target"),
10: ("N-", "TTTFTT", "Y", "event: 'previously targeted Christians' is an (undated) ASSAULT by Boko Haram; Y target drops Christians"),
11: ("TTFTTT", "TTFTTT", "same", "source wrong in both: 'Riot' person vs riot police coded SUN (Yerevan, ARM)"),
12: ("TTTFTT", "N-", "X", "event: 'has killed hundreds of Muslims this year' is an ASSAULT (year 2023); X target empty (Muslims)"),
13: ("N+", "TFFFTT", "X", "type: prosecutor 'cracked down on corruption' is not a COERCE act (prosecution = ACCUSE family if anything)"),
14: ("N+", "TFTFTT", "X", "type: protesters hurling stones at police in a riot is PROTEST riot, so no ASSAULT at this trigger"),
15: ("TTTTTT", "TFTTTT", "X", "type: demonstrators throwing rocks in a protest = PROTEST riot"),
16: ("TTFTTT", "TTTTTT", "Y", "source country: the pope is VAT, not empty"),
17: ("TTTFTT", "TTTFFT", "X", "date: news act takes the document date 2016-05-12; both target Iran (not a participant)"),
18: ("TTFTFF", "TTFTTF", "Y", "date: Friday before doc date 2016-06-08 is 2016-06-03; both asserted for 'would be re-establishing' (future)"),
19: ("TTTFTT", "TFTFTT", "X", "type: stone-throwing protesters = PROTEST riot; both empty target (police)"),
20: (SP, SP, "same", "event: 'stance has helped it gain influence' is no AID act; spurious in both"),
21: ("TTFTFT", "TTTTFT", "Y", "source: unnamed IGO has no country (X's MDG wrong); both miss the 2001 date"),
22: ("TTFFTT", "TTTFTT", "Y", "source: Islamic State has no TUN code; target: victims in a Colombian city are COL (X TUN, Y empty)"),
23: ("TTFTTT", "N-", "X", "event: the group kidnapped 47 women is an ASSAULT; X source wrong (police, not the group) but other fields right"),
24: ("TTTFTT", "TTFTTT", "same", "X right source (riot police PRK) but empty target for 'it' (the newspaper); Y right target but source 'Riot'"),
25: (SP, "N+", "Y", "event: a 1951 convention that 'bans' garrisons is a standing rule, not a COERCE act"),
26: ("TTFFTT", "TTTFTT", "Y", "source: 'Riot police' ABW vs 'Riot' person; both give country Aruba as target (none named)"),
27: ("TTTTTT", "TTTFTT", "X", "target country: committee has no country in text; Y's IDN wrong"),
28: ("TTFTFT", "TTTTFT", "Y", "source: leaders of seven Latin American states are not ZAF (meeting venue); both miss 'on Tuesday' (06-13)"),
29: ("TTTTTT", "TTTTFT", "X", "date: 'in May' from doc date 2016-05-12 is 2016-05, not 2023-05"),
30: ("N-", "TTTFTT", "Y", "event: one person injured in a knife attack is an ASSAULT; Y target country GBR wrong (Germany)"),
31: ("TTFFTT", "N-", "X", "event: the attack on troops at a checkpoint is an ASSAULT (Tuesday 06-13 right); X leaves group and troops empty"),
32: ("TTTFTT", "N-", "X", "event: authorities' crackdown on protests is a COERCE; X target (protesters) empty"),
33: ("N-", "TTTTTT", "Y", "event: 'has killed thousands since 2009' is an ASSAULT total with no date; Y right"),
34: ("TTFTFT", "TTFTFT", "same", "both: source Iran not the Houthis, and document date for a 2008 act"),
35: ("TTFTTT", "TTTTTT", "Y", "source country: text gives no country for the group; X's SYR not in text"),
36: ("TTTTTT", "TFTTTT", "X", "type: rioters throwing rocks/Molotovs at a police post = PROTEST riot"),
37: ("N+", "TFTTTT", "X", "type: mob rioting and throwing rocks is PROTEST riot, no ASSAULT at this trigger"),
38: (SP, SP, "same", "event: 'discussed signing the pact' - the signing is a topic, not an act; spurious in both"),
39: ("TTFTTT", "TTFTTT", "same", "source wrong in both: Liege (a town) instead of the main parties; country differs only"),
40: ("TTTFTT", "TTTTTT", "Y", "target: 'his request' = Kanyama (held in Anguilla); X empty"),
41: (SP, SP, "same", "event: 'cooperating ... to encourage improvement' holds no REQUEST; spurious in both"),
42: ("TTTTTT", "TTTTFT", "X", "date: ongoing cooperation takes the document date 2010-03-29"),
43: ("TTFTFT", "TTTTFT", "Y", "source country: Tongah lawmakers are TON; both give an unsupported narrative date (06-12)"),
44: ("TTTFTT", "TFTFTT", "X", "type: protesters throwing rocks at troops in a protest = PROTEST riot; both empty target (troops)"),
45: ("TFTFTT", "TTTFTT", "Y", "type: demonstrators throwing stones at police = PROTEST riot; both empty target (police)"),
46: ("TFFTFF", "TFFTTF", "Y", "date: news act takes doc date 2013-05-01; both ASSAULT for 'targeted' (non-violent), asserted for a claim"),
47: ("TTTTTT", "TTTTFT", "X", "date: meeting reported as news takes the document date 2013-06-09"),
48: ("TTFFFT", "TTTFFT", "Y", "source: riot police ARM vs 'Riot' person; both add the Soviet-soldier monument as target"),
49: ("TTFFTT", "N-", "X", "event: 'did not defend the ruling' is a negated SUPPORT; X source should be the ABA, not USA"),
50: ("TTTFTT", "TTTTTT", "Y", "target: civilians are the victims, not the condemned; no perpetrator named so empty is right"),
51: ("TFTTTT", "TTTTTT", "Y", "type: rioters throwing firebombs = PROTEST riot (X ASSAULT suicide-attack)"),
52: ("TTTFTT", "TTTTTT", "Y", "target country: the attackers' nationality is not given; X's PSE wrong"),
53: ("TTTFFT", "TTTTFT", "Y", "target country: soldiers not PSE (likely Israeli; none in text); both date a total since July 8"),
54: ("TTTTTT", "TTTFTT", "X", "target country: hostages have no country in text; Y's KEN wrong"),
55: ("TTTFTT", "TTTFFT", "X", "date: doc date 2016-06-08 for news act; both empty target for 'the two countries'"),
56: ("TTTTTT", "TTFFTT", "X", "source/target country: assailants and women not PSE in an Amman bombing"),
57: ("TTTFTT", "TTTFTT", "same", "target country wrong in both: the woman is American (X empty, Y ERI)"),
58: ("TTTFFT", "TTTFFT", "same", "both: target Argentina is the adversary, not who NZ stood with; span of past conflict given a doc date"),
59: ("TTTFTT", "TFTFTT", "X", "type: protesters throwing stones at riot police = PROTEST riot; both empty target"),
60: ("TTTFTT", "TTTTTT", "Y", "target country: text places the conflict in Rwanda; X's COD wrong, empty acceptable"),
61: ("TTFFTT", "N-", "X", "event: grand-jury indictment is ACCUSE allege; X source empty (grand jury), target LCA not USA"),
62: (SP, SP, "same", "event: 'send an aide to encourage a successful outcome' holds no REQUEST; spurious in both"),
63: ("TTTTTT", "TFTTTT", "X", "type: mob throwing rocks at security forces in unrest = PROTEST riot"),
64: ("TTTFTT", "N-", "X", "event: violent protesters attacking two protesters is an ASSAULT; X target empty"),
}
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "pairs-p13.jsonl")
with open(out, "w") as f:
    for n in sorted(J):
        x, y, b, r = J[n]
        f.write(json.dumps({"n": n, "X": v(x), "Y": v(y), "better": b, "reasons": r}) + "\n")
from collections import Counter
print(len(J), Counter(J[n][2] for n in J))
print("X all", sum(1 for n in J if J[n][0] == "TTTTTT"), "Y all", sum(1 for n in J if J[n][1] == "TTTTTT"))
print("X null", sum(1 for n in J if J[n][0].startswith("N")), "Y null", sum(1 for n in J if J[n][1].startswith("N")))
print("null omit right: X", [n for n in J if J[n][0]=="N+"], "Y", [n for n in J if J[n][1]=="N+"])
