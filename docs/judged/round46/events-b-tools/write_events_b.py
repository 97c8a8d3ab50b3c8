"""Write events-b.jsonl: judge b's verdicts on events-b-items.jsonl (round 46).

Flags per item: event, type, source, target, date, modality (1 = right, 0 = wrong).
A spurious event (event 0) is wrong in every field.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = "111111"
X = "000000"

V = {
 1: ("110001", "Source/target: the sentence names the French plane as the striker and the Libyan military vehicles/tanks as what was hit, so empty source and target are wrong (reported_by officials[LBY] is also wrong: they are French officials). Date: the strikes are this news of Saturday, the document date 2011-03-19, not unknown."),
 2: (ALL, "Right by the rules: the sentence names no banning party (agentless passive), so empty source is right; I would code the Armenian government (Kocharyan's emergency decree) as source."),
 3: ("111011", "Target: the offer of American assistance is made to Mexico, named in the same sentence ('the time for Mexico, with the help of the United States'); empty is wrong."),
 4: (ALL, "Right; I would code the Israeli protesters/strikers as the party conceded to, but the sentence names only 'street protests' and 'a general strike' (acts, not parties), so empty is accepted."),
 5: ("111101", "Date: the 800,000 killings are a total over a 100-day span (April-July 1994); by the round-20 rule a summed total has no day date (1994 at most); 1994-04-06 is the date of the plane crash, not of the killings."),
 6: (ALL, "Right: a proposal is an offer (AGREE in the codebook); the text gives no date for the proposal, so unknown is right. A coder could also leave this background proposal uncoded."),
 7: ("111101", "Date: Ortega spoke at the televised event on Sunday (the lead: 'on Sunday revoked'), 2018-04-22; the document date 2018-04-23 is a day late."),
 8: ("111011", "Target: El Prat airport is the place marched on, not the party protested against; the march protests the Supreme Court sentences (an act of the authorities), so by the crowd-protest rule Spain (ESP) is the target."),
 9: (ALL, "Right: Wagner's contractors are the party criticised; the repeated criticism has no date, so unknown is right."),
 10: ("111011", "Target: the troops protect 'the fragile Somali government', named in the sentence (SOM); empty is wrong."),
 11: ("111011", "Target: the sentenced party, 'Eleven defendants tried in absentia, including three foreign journalists', is named in the sentence; empty is wrong. (Empty source is right by the rule: the court is not named in this sentence.)"),
 12: ("111101", "Date: 'has always denied ... and has accused' is a standing background accusation of no given time, not this news; the document date is wrong, unknown would be right."),
 13: ("101011", "Type: a huge rally of Erdogan's own supporters, addressed by him, is not a PROTEST; by the convention a support rally is at most SUPPORT toward Erdogan. Target: for a support rally the state (Turkey) is wrong."),
 14: (ALL, "Right: the target is Lee Jae-yong ('de facto head' of Samsung) with KOR; his sector GOV is wrong (BUS) but only the country code is scored."),
 15: ("110011", "Source: the apposition is split into two actors and 'military spokesman' carries no country though he is the Houthis' (YEM). Target: the warning that attacks would widen 'inside Saudi territory' is against Saudi Arabia, named in the sentence; empty is wrong."),
 16: (ALL, "Right: a background act named with its parties and year in a comparison; coded as the conventions allow for noun phrases."),
 17: ("101111", "Type: ordering an investigation into Amini's death is ACCUSE (mode investigate; codebook: 'any investigation, including commissions ... judicial or political'), not a REQUEST/demand."),
 18: (ALL, "Right; I would code Saleh/the signatories as target, but 'the deal' is an agreement, not a party, so empty is accepted."),
 19: ("101000", "Type/modality: 'offered little of the support that had saved Assad' says they gave little support: support (AID/SUPPORT) withheld, negated, not an offer (AGREE) asserted. Target: Assad is named in the sentence. Date: no date for this act; 2024-12-07 is inherited from the fall of Homs in the previous sentence."),
 20: (ALL, "Right: the arrests follow Thursday's shooting (narrative date accepted); the arresting police are not named as agent, so empty source is right."),
 21: (X, "Not an event: 'The strike' is a back-reference to the rock drill operators' strike reported in the previous paragraph, and the sentence reports its cause (the NUM-AMCU turf war). Even as an event, source (the strikers) and date (an ongoing strike takes 2012-08-17, not Thursday) would be wrong."),
 22: ("110111", "Source: 'the new president' is Ashraf Ghani (declared winner), not Hamid Karzai, who had refused to sign. (Signing an agreement is SUPPORT in the codebook.)"),
 23: ("111011", "Target: the missiles were fired into the sea (a weapons test); China and the United States belong to the separate row over the U.S. missile-defence deployment, not to this act; empty would be right."),
 24: (ALL, "Right: the name is split into 'Mulki' and 'Hani al', both the same party with JOR."),
 25: (ALL, "Right: Kurdish protesters abroad; the Greek missions they target are named only in the previous sentence, so empty target is right."),
 26: ("111110", "Modality: the protests and the march are called for (planned for Monday and later this week), not reported as held; future, not asserted."),
 27: ("110011", "Source: the accuser is President Umaru Yar'Adua ('which he accused'), not 'Nigerian lawyer' (from the Human Rights Watch quote). Target: the accused is the sect ('the group', Boko Haram, NGA), not Human Rights Watch."),
 28: ("111001", "Target: the men running towards the armoured vehicles (the striking miners, ZAF) are named as those fired on; empty is wrong. Date: the shooting was on Thursday 2012-08-16 (given in the previous sentences), not the document date."),
 29: (ALL, "Right."),
 30: (ALL, "Right: Monday's killings, 2021-10-25."),
 31: ("111011", "Target: the warning is addressed to Canada ('any further step by Canada'), named in the sentence; empty is wrong."),
 32: ("110111", "Source: 'the 76-year-old former general' who decided to step down is Suharto, not B.J. Habibie (reported_by is wrong for the same reason)."),
 33: ("111110", "Modality: 'has yet to say whom he recognises' - no recognition has been given; negated (not yet), not asserted."),
 34: (ALL, "Right: 'the accord' is not a party, so empty target is right."),
 35: (ALL, "Right: Human Rights Watch with no seat country in the text, empty code right."),
 36: (ALL, "Right; I would code Abbas (author of the decision) as target, but 'the decision' is an act, not a party, so empty is accepted."),
 37: ("110011", "Source/target: in the dare 'shouted at them to kill him' the would-be killers are the police officers ('them') and the victim is Correa ('him'); the record makes Correa the source and leaves the target empty. (I would not code a rhetorical dare as ASSAULT at all.)"),
 38: ("111001", "Target: the confiscated swordfish were fishmonger Mouhcine Fikri's, named in the sentence (MAR); empty is wrong. Date: the sentence dates these events to October 2016; the document date 2018-06-27 is wrong."),
 39: (ALL, "Right: a suspect detained in Sonora by Mexican authorities; MEX accepted."),
 40: ("111011", "Target: the call to form a new government is addressed to Lebanon ('the country's economy'), referred to in the sentence; empty is wrong."),
 41: (ALL, "Right: mutual agreement, British negotiators and Ireland."),
 42: (X, "Not an event: 'targets' is the scope of China's tariff list (the retaliatory tariffs are coded from earlier sentences), a trigger in another sense; at most SANCTION, never ASSAULT."),
 43: (ALL, "Right: the blame is for this year's abductions (2021); blamer unnamed, empty source right."),
 44: ("110111", "Source: 'both governments' are Ethiopia and Eritrea, named earlier in the story; the definite description must resolve to them, and the record leaves it unresolved with no country."),
 45: ("111101", "Date: Ortega spoke at the televised event on Sunday (the lead: 'on Sunday revoked'), 2018-04-22; the document date 2018-04-23 is a day late."),
 46: (ALL, "Right: protest aimed at a death, so empty target is right; October 2016 as the text gives."),
 47: (ALL, "Right."),
 48: (ALL, "Right: reported resignation on Sunday 2024-12-08, attribution keeps it asserted."),
 49: ("111001", "Target: the leaders praised are those of Macedonia's four largest parties (Slav and ethnic Albanian), Macedonian (MKD), not ALB. Date: Solana praised them at Monday's signing ceremony, the document date 2001-08-13, not unknown."),
 50: (X, "Not an event: 'the judges had defied the will of the people' is Kenyatta's characterisation of the court's ruling inside his warning; the sentence's act is Kenyatta's ACCUSE/THREATEN against the judiciary. As recorded, target (Kenyatta) and modality (it would be reported) are also wrong."),
 51: ("111001", "Target: Raif Badawi is a Saudi blogger (SAU); it is his wife and children who became Canadian, so CAN is wrong. Date: the sentence gives 2014, not unknown."),
 52: ("111101", "Date: the refusal to resign was stated on landing on Wednesday, the document date 2008-11-26, not unknown. (reported_by Anupong is wrong: the speaker is Somchai.)"),
 53: (ALL, "Right: a total since March has no date; 'The MDC says' keeps it asserted."),
 54: (X, "Not an event: 'the parliament attack' is a back-reference to the attack reported in the lead, the subject of the analysts' forecast; as recorded, the parliament (the attack's target) is also made its source."),
 55: ("101011", "Type: a vow to launch a crackdown on organised crime is a warning of coercive action (THREATEN), not AGREE (willingness to cooperate). Target: organised crime, named in the sentence, is the party threatened; empty is wrong."),
 56: (ALL, "Right: Bougainville is an autonomous region of PNG, so PNG for Momis is accepted."),
 57: (ALL, "Right: the demand was part of the negotiation of Monday's measures; the date is accepted and the EU, not named in the sentence, is rightly no target."),
 58: (ALL, "Right."),
 59: (ALL, "Right: 'a deal' is not a party, so empty target is right."),
 60: (ALL, "Right: future visit on Tuesday 2017-09-12; refugees with no country code accepted (stateless Rohingya)."),
}

def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {i["n"] for i in items}
    out = []
    for it in items:
        flags, reason = V[it["n"]]
        vals = [c == "1" for c in flags]
        if not vals[0]:
            vals = [False] * 6
        verdict = dict(zip(FIELDS, vals))
        verdict["all"] = all(vals)
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = reason
        out.append(it)
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
