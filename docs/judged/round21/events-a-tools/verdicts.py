"""Round 21, judge a: verdicts on the 60 sampled events (seed 20261316).

Scored by docs/judged/CONVENTIONS.md. Each verdict: (event, type, source, target, date, modality, reason).
Run from docs/judged/round21:  python events-a-tools/verdicts.py
Writes events-a.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
NON = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 1, 1, 1, 1, "AID NLD->CIV since 2007 per year: a span from an earlier time, so no date is right (round-20 span rule)."),
    2: (1, 1, 1, 1, 1, 1, "Charge = ACCUSE allege; passive with no agent, so an empty source is right; target is one of the three charged activists (USA), which I accept; Sunday date is right."),
    3: NON + ("Not an event: 'order an investigation' is a power the new law gives the government, not an order that was made. A coder would code the law's passage (SUPPORT, approve), not a REQUEST.",),
    4: (1, 1, 1, 1, 1, 1, "REQUEST by protesters in Aqaba (JOR) to Jordan. The sentence has no date; the protest was on Sunday (from context), and I accept the document date since the call is not dated itself."),
    5: (1, 1, 0, 1, 1, 1, "Source Dominguez has no country, but the text makes it plain he heads Argentina's FEA, so the code should be ARG. Empty target is right because the agreement's other party is not named."),
    6: (1, 1, 1, 1, 1, 1, "CONSULT between the negotiators and the Frente Nicaragua militants; no date for the negotiation, so unknown is acceptable."),
    7: (1, 1, 1, 0, 1, 1, "Target Gaston Browne coded ATG. In this text he is the president of Tonga (no-confidence motion in Tonga's president), so the code should be TON. Scored by the text, not by real-world knowledge."),
    8: (1, 1, 1, 1, 1, 1, "SUPPORT (approval of a plan) from the council to Abercrombie, reported by Boucher. The text places both parties with the US, so I accept USA. No date for the approval, so unknown is acceptable."),
    9: NON + ("Not an event: paying workers a wage is employer-employee pay, not AID between political actors. A coder would code nothing.",),
    10: (1, 1, 1, 1, 1, 1, "Invading an airbase is ASSAULT (wave-30 rule on seizing ground). The sentence names a place, not a party, so an empty target is right. 'Mid-August' becomes 2022-08."),
    11: (1, 1, 0, 0, 1, 1, "INVESTIGATE (ACCUSE investigate) is right, and so is the date (last Thursday). But these are Greenland's ministry and agency, so both parties should be GRL, not DNK. A coder using the ISO/CAMEO code GRL would score this wrong; this is a judgment call."),
    12: (1, 1, 1, 1, 1, 1, "THREATEN by Sierra Leone's president. The 'armed uprisings' are not a named party, so an empty target is right."),
    13: (1, 1, 0, 0, 1, 1, "'The administration' is the US administration, not the NTIA, so the source is the wrong party. The request came from U.S. Sugar, which the sentence names, so U.S. Sugar should be the target, not empty."),
    14: (1, 1, 0, 1, 1, 1, "Source Palmudian Unit coded RUS. The unit guarded the territory's (Palau's) plantation, and RUS comes only from the SVR that reports the document, so the code should be Palau's (PLW) or empty."),
    15: (1, 1, 0, 1, 1, 1, "The source is the New York man (USA, civilian), not 'New York' treated as a country."),
    16: (1, 0, 1, 1, 1, 1, "A protesters' road blockade is PROTEST obstruct, not COERCE restrict (authorities restricting movement). The sentence names no party, so empty arguments are right."),
    17: NON + ("Not an event: 'Genocide' is part of the commission's name. The act here is the commission's future investigation (ACCUSE investigate, future), not an ASSAULT by Timor-Leste.",),
    18: (1, 1, 1, 0, 1, 1, "AGREE (assurance) by the Botswana government is right. But 'we' = Kariuki's National Party, which the sentence refers to, so the target should be that party, not empty."),
    19: (1, 1, 1, 0, 1, 1, "The sentence names the person killed, Muhannad al-Hazmi, so he should be the target. An empty source is acceptable because the sentence names no attacker ('the strike'); the US comes from the previous sentence."),
    20: NON + ("Not an event: 'has not been charged' describes Abacha's status, not an act. The act here is Tadeh (Nigeria) criticising the ICC (ACCUSE disapprove, source Tadeh NGA, target ICC).",),
    21: (1, 1, 1, 0, 1, 0, "Target should be the two Venezuelan opposition leaders (VEN). Instead it has Torres with no country, 'Venezuela' as a party, and Velez-Diaz as an organization. 'Apparently kidnapped', per news sources, is a hedged claim, so the modality should be reported."),
    22: (1, 1, 1, 0, 1, 1, "Hypothetical COERCE arrest by Turkish authorities is acceptable. The target is 'them' = the asylum seekers, not the Netherlands."),
    23: (1, 1, 0, 1, 1, 1, "Source Tajani is the European Parliament's president: the code should be EU (or empty), not BFA. I accept the target as the text places him (BFA)."),
    24: (1, 0, 1, 1, 1, 1, "Ebola relief support is material, so the type should be AID, not SUPPORT (which is verbal only). A background act with no date, so no date is right."),
    25: (1, 1, 1, 1, 1, 1, "Announced plans for a joint exercise with Togo: I accept AGREE (commitment to cooperate); COOPERATE future would also do. Friday = 2023-06-09."),
    26: (1, 1, 0, 0, 1, 1, "The attacks (the rape) were by 'the suspects' on 'the women'; the sentence names both, so neither argument should be empty."),
    27: (1, 1, 0, 1, 1, 1, "PROTEST: the sentence names the organizers (with IAJA) of this year's protests, so the source should be the organizers, not empty. No aim is named in the sentence, so an empty target is accepted. A borderline event (it characterizes the protests already reported)."),
    28: (1, 1, 0, 1, 1, 1, "Source is the Catholic (Sovereign) Order of Malta, a religious order, not the country Malta (MLT)."),
    29: (1, 1, 1, 1, 1, 1, ""),
    30: (1, 1, 1, 0, 1, 1, "Mutual talks between the US and Russia: the target should be Russia; Syria is only the topic."),
    31: (1, 1, 1, 1, 1, 1, "'The attack' refers back to the device thrown at the crowd; the sentence names no parties, so empty arguments are right; this news, so the document date is right."),
    32: (1, 1, 1, 0, 1, 1, "The sentence names 'eight protesters' killed, so the target should be the protesters (YEM), not empty. The mode (crowd-control, where RPGs are heavy weapons) is not scored."),
    33: (1, 1, 1, 1, 1, 1, "Planned World Bank loan = AID future."),
    34: (1, 1, 1, 0, 1, 1, "The sentence says the strike hit 'Syrian positions', so the target should be Syria (SYR), not empty."),
    35: (1, 1, 1, 0, 0, 1, "The detention is of Saadi, named in the sentence, so he should be the target. The context dates the arrest Tuesday (2023-06-13), not 06-14."),
    36: (1, 1, 1, 1, 1, 1, ""),
    37: (1, 1, 1, 1, 1, 1, "A demonstrator's statement that workers are arrested: an ongoing act, so the document date is right. The police are not in the sentence, so an empty source is right."),
    38: (1, 1, 1, 1, 1, 1, "Mutual establishment of ties: both parties on both sides is acceptable."),
    39: (1, 1, 1, 0, 1, 1, "The sentence names the victims ('dozens of people') killed and wounded, so the target should be them (civilians, SYR), not empty."),
    40: (1, 1, 1, 1, 1, 1, ""),
    41: NON + ("Not an event: 'if any diplomats were expelled' is the condition of a threat, not an act. The act is the ministry's THREATEN (retaliation) against Belgium. Also, reported_by 'ministry[BEL]' is Singapore's ministry.",),
    42: (1, 1, 1, 1, 1, 0, "The trip was cancelled, so CONSULT visit should be negated, not asserted."),
    43: (1, 1, 0, 1, 1, 1, "The protest that turned violent is held by the protesters, whom the sentence names, so the source should be the protesters, not empty. No aim is given, so an empty target is accepted."),
    44: NON + ("Not an event: the PA's 'attacks' appear only in a condition ('on the condition that the PA also stop its attacks'). The act is Saba Nasser accepting Egypt's offer (AGREE). The PA to 'Palestine' coding is also meaningless.",),
    45: (1, 1, 1, 0, 1, 1, "Only the NSU is blamed. Adding the German army as a target is wrong."),
    46: (1, 1, 1, 1, 0, 1, "The accusation is background ('during the U.S.-led war'), so it should have no date (or the war's time), not the document date."),
    47: (1, 1, 1, 1, 1, 1, "US veto of the proposed ban = REJECT; 2010-04 is acceptable."),
    48: (1, 1, 0, 0, 1, 1, "The rebels seized territory last year (ASSAULT, 2022 is right), so the source should be the rebels, not the UN Security Council. The territory is 'in the country' (CAR), so the target should be CAF."),
    49: (1, 1, 1, 1, 0, 1, "'Some Egyptian citizens have been detained' is a general background claim of unknown time, so it should have no date, not the document date."),
    50: (1, 1, 1, 1, 1, 1, "Internet shutdown = COERCE; no date given, so unknown is acceptable."),
    51: (1, 1, 1, 1, 1, 1, "CONSULT between the foreign ministers and their hosts, the Azerbaijan FM (Lavrov is also a party). Tuesday = 2023-06-13."),
    52: (1, 1, 1, 1, 1, 1, ""),
    53: (1, 1, 1, 1, 1, 1, "Call for peace = REQUEST (appeal); no addressee named."),
    54: (1, 1, 0, 1, 1, 1, "The sentence makes the attack part of the wave of violence 'unleashed by Islamic extremists', so the source should be Islamic extremists, not empty."),
    55: (1, 1, 1, 1, 0, 1, "The text dates the statement Thursday 19 September, not the document date 2023-06-15. The Commission (an EU body) with no country is accepted."),
    56: (1, 1, 0, 1, 1, 1, "Source 'tax settlement [AIA/CVL/person]' is the object agreed, not a party. The parties are not named in the sentence; Anguilla's government would be the coder's source. December = 2022-12 is right."),
    57: (1, 1, 1, 0, 0, 1, "The signing is with O'Neill (PNG), named in the sentence, so he should be the target. The sentence dates it 'on Monday' (2023-06-12), not the document date."),
    58: (1, 1, 1, 1, 1, 1, ""),
    59: (1, 1, 1, 1, 1, 1, "The shooter is not in the sentence, so an empty source is right."),
    60: (1, 1, 0, 0, 0, 1, "The sources include 'Germany' (taken from 'North-German'), which is not a party, and leave out GELO. The authorities' country is not given (the story is about North Liechtenstein), so DEU is wrong. Oct 11 is when the page went offline, not when the call was made; the call itself is undated."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(BASE, "events-a-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    tot = {f: 0 for f in FIELDS + ["all"]}
    tot_real = {f: 0 for f in FIELDS + ["all"]}
    n_real = 0
    for it in items:
        v = V[it["n"]]
        vals = [bool(x) for x in v[:6]]
        if not vals[0]:
            vals = [False] * 6
        verdict = dict(zip(FIELDS, vals))
        verdict["all"] = all(vals)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
        for f in verdict:
            tot[f] += verdict[f]
        if verdict["event"]:
            n_real += 1
            for f in verdict:
                tot_real[f] += verdict[f]
    with open(os.path.join(BASE, "events-a.jsonl"), "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'field':<10}{'all 60':>10}{'%':>8}{'real ' + str(n_real):>12}{'%':>8}")
    for f in FIELDS + ["all"]:
        print(f"{f:<10}{tot[f]:>10}{100 * tot[f] / 60:>7.1f}%{tot_real[f]:>12}{100 * tot_real[f] / n_real:>7.1f}%")


if __name__ == "__main__":
    main()
