"""Write events-b.jsonl: each item of events-b-items.jsonl with judge b's verdict and reasons.

Verdicts are given as the list of false fields (F) per item; SPUR marks a spurious event (all false).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ("event", "type", "source", "target", "date", "modality")
SPUR = "SPUR"

V = {
    1: ([ "date"], "Date: the raid was before dawn on the Friday of the recapture (2016-01-08, 'on Friday recaptured' in the lead); the Saturday document date is wrong."),
    2: (["target"], "Target: 'the prince' is Prince Hamzah, not Sharif Hassan bin Zaid. Source 'Jordan' for 'the army' accepted (JOR state organ); I would code the army (JOR MIL)."),
    3: ([], "Crackdown on protests (2020, 'last year') by Lukashenko, a presupposed background act in the EU accusation; empty target accepted since the protesters are not named (I would code BLR protesters)."),
    4: ([], "Russia's warning against intervention, Thursday = document date; THREATEN accepted for a coercive warning."),
    5: (["target", "date"], "Target: the request was made to Australia, whose PM and deployment the sentence names, so the empty target misses it. Date: 'had been requested' is an earlier act of unknown date, not the document date."),
    6: ([], "AU (and Arab League) say they will press the UNSC: REQUEST, future, undated."),
    7: (["source"], "Source: Hadi ('He') is Yemen's president; country code empty is wrong (YEM)."),
    8: ([], "Toll of a three-day siege (killings over several days): no date accepted as a total; empty source accepted since the sentence gives no agent of the killing."),
    9: (["date"], "Date: 'By dawn' after the coup night is the dawn of Saturday 2016-07-16 (lead: 'on Saturday, hours after crushing'); the text gives the date, unknown is wrong."),
    10: (["target"], "Target: a joint pledge of Kim and Moon, both named in the sentence; with Kim as source, Moon (KOR) is the target, empty is wrong."),
    11: (["type"], "Type: the US 'offered assistance' is a promise/offer (AGREE, CAMEO 03x intent to provide aid), not the provision of AID. Empty target accepted (Ecuador not named in the sentence)."),
    12: ([], "Protests began in March 2022; empty source and target accepted (no party named; by the protest rule the state of Sri Lanka would also be right)."),
    13: (["target"], "Target: Iraq and Oman hosted talks between 'the rivals' (Saudi Arabia and Iran); the target should be those two, not the hosts themselves."),
    14: (SPUR, "Duplicate: 'to be sought by the court' restates the arrest warrant already coded from this sentence (e4 'issued'); no separate REQUEST act."),
    15: ([], "Western embassies urged restraint earlier this week (2024-W26); empty target accepted for 'all sides'."),
    16: (["source", "date"], "Source: 'he' is army chief General Waker-Uz-Zaman, not Sheikh Hasina. Date: the televised address was on Monday 2024-08-05 (same day as the resignation in the lead), not the Tuesday document date."),
    17: (["target"], "Target: Zuma and Lourenco welcomed the news of Mugabe's resignation; they are not their own target (Mugabe/ZWE or empty would be right)."),
    18: (SPUR, "Duplicate: 'formally ending a decade-long insurgency' is the effect of the signing already coded (e1 'signed'), not a separate RETREAT; target 'long insurgency' is a fragment."),
    19: (["type"], "Type: backing the rebels 'with troops and weapons' is military AID, not verbal SUPPORT. Reported modality and ongoing-act date right."),
    20: (["target"], "Target: 'it' is the attack by Bolsonaro supporters; the United States is wrong (rioters or empty would be right)."),
    21: ([], "Washington urged Tunisia to hold elections: REQUEST as this news."),
    22: (["target", "modality"], "Target: the plane hit was the Ukrainian airliner, not Iran. Modality: the hit is inside the aviation head's denial ('impossible'), so negated, not asserted."),
    23: (["date"], "Date: the Afghans were killed in Thursday's bombing (2021-08-26, given in the lead); a single attack's toll takes the attack date, not unknown."),
    24: ([], "Gunmen fired at children on Friday afternoon (2004-09-03); gunmen's country left empty since the text gives mixed origins."),
    25: (["source", "target"], "Source and target: the security forces and evacuated people are Mozambican (MOZ), not French (FRA)."),
    26: (["source", "target"], "Source: protesters gathered outside parliament in Skopje are Macedonian (MKD), not Greek. Target: Zoran Zaev is Macedonia's PM (MKD), not GRC."),
    27: (["target"], "Target: FDLR given a non-existent country code KKL; it is a Rwandan Hutu militia (RWA) or empty. Source Congo right (the appended 'militia' is the FDLR itself, tolerated as the mutual party)."),
    28: ([], "Merkel and Hollande met in Paris on Monday evening: CONSULT, mutual, date right."),
    29: (SPUR, "Not an event as I code it: an electoral commission declaring the election result is an administrative announcement, not SUPPORT between actors; I would code nothing here (the REJECT by Wine is the event)."),
    30: (["target", "modality"], "Target: the districts are handed back to Azerbaijan, named in the sentence; empty is wrong. Modality: 'must hand back' under the deal's terms is a future obligation, not hypothetical."),
    31: (["source"], "Source: the judges are ICC judges (ICC/IGO), not Sudanese (SDN). Target ICC for the court's prosecution accepted."),
    32: (["source"], "Source: Morales' opponents are Bolivian (the text makes BOL plain); the empty country code is wrong. Asserted with reported_by Morales accepted."),
    33: ([], "AU Peace and Security Council suspended Mali: SANCTION, as this news."),
    34: (["date"], "Date: 'more than 300 killed during the uprising' is a total over 18 days; it has no date, the document date is wrong."),
    35: ([], "China's Foreign Ministry urged the Solomon Islands government to protect Chinese citizens: REQUEST, right."),
    36: (["type", "source"], "Source: the military is Zimbabwe's army, not South Africa. Type: 'targeting criminals' in an intervention of arrests is not ASSAULT (COERCE arrest at most)."),
    37: (["source", "target", "date"], "Source/target reversed: Venezuela's Foreign Ministry (VEN) accuses 'those governments'. Date: the ministry's statement was on Monday 2024-07-29 (lead 'on Monday'), not the Tuesday document date."),
    38: ([], "More than 160 killed in the coup attempt overnight; unknown date accepted (no explicit day), empty source accepted."),
    39: ([], "Morales resigned on Sunday 2019-11-10: right."),
    40: (["target", "date"], "Target: the cartel gunmen killed in Los Mochis are Mexican (MEX plain), empty code wrong. Date: the firefight followed the Friday pre-dawn raid (2016-01-08), not the Saturday document date."),
    41: (["target", "date"], "Target: he agreed to the delay 'at Washington's request'; the US is named and is the party agreed with. Date: 'had agreed' is an earlier act (with the deal announced Thursday), not the document date."),
    42: (["target"], "Target: the city was taken from the Kurdish Peshmerga, named in the sentence; empty is wrong. Seizing ground is ASSAULT per the conventions."),
    43: (["source", "target", "date"], "Source: gunmen in Guayaquil are Ecuadorian (ECU plain), empty code wrong. Target: the TV studio staff held at gunpoint are named; empty is wrong. Date: the storming was on Tuesday 2024-01-09 ('hours after' the Tuesday declaration)."),
    44: (SPUR, "Not an event: Aliyev hailing his own 'historic victory' is self-praise with no party acted upon; the act of the sentence is his claim about Armenia, not coded as SUPPORT."),
    45: (["date"], "Date: the US welcome came the same day its ambassador urged Castillo 'earlier in the day', i.e. Wednesday 2022-12-07, not the Thursday document date."),
    46: (["target"], "Target: the 80 killed in Khan Sheikhoun are Syrian (SYR plain); the empty code is wrong."),
    47: (["type"], "Type: dismissing the referendum as illegal and staged is a condemnation (ACCUSE disapprove), not the rejection of a proposal. Empty target accepted."),
    48: (["date"], "Date: 'about 300 killed in the unrest' since July is a total; it has no date, the document date is wrong."),
    49: ([], "India urged Pakistan on Thursday: REQUEST, right."),
    50: ([], "Hariri resigned in October 2004: right."),
    51: (SPUR, "Not an event: the army chief's claim that his forces 'helped preserve Lebanon's unity' over 29 years is a self-assessment, not an act of AID."),
    52: ([], "ELN's ongoing practice of kidnapping for ransom (document date by the ongoing-act rule). I would hesitate to code a habitual generic statement."),
    53: (["target"], "Target: Russia condemned the US strike; the US is named in the sentence and is clearly the party condemned, so empty is wrong."),
    54: (["modality"], "Modality: the chemical attack appears only inside the Syrian government's denial, so negated; reported fits an act inside an accusation or claim, and this sentence holds only the denial."),
    55: (["source", "target", "modality"], "Source/target: asylum would be granted by Singapore to Rajapaksa, not by Rajapaksa. Modality: 'had neither asked for nor been granted' is negated."),
    56: ([], "Navalny accuses Putin (ongoing accusation, document date)."),
    57: ([], "US urged calm as this news; empty target accepted ('both sides' only in the relative clause about arming)."),
    58: (SPUR, "Not an event: Abe being flown to hospital is transport of a wounded man, not a CONSULT visit."),
    59: ([], "Lula accused local police: ACCUSE as this news, right."),
    60: ([], "Western governments have long pressed Jakarta: REQUEST, undated span."),
}


def main() -> None:
    out = []
    for line in open(HERE / "events-b-items.jsonl"):
        item = json.loads(line)
        false, reasons = V[item["n"]]
        if false == SPUR:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        out.append({**item, "verdict": verdict, "reasons": reasons})
    assert len(out) == 60 and set(V) == {i["n"] for i in out}
    with open(HERE / "events-b.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
