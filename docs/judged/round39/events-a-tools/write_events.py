"""Write events-a.jsonl: each item of events-a-items.jsonl with the judge's verdict and reasons.

usage (from docs/judged/round39): python events-a-tools/write_events.py
Fields: event, type, source, target, date, modality; `all` is their conjunction. A spurious event
(event false) is false in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
SPURIOUS = "spurious"

# n -> (list of false fields, reasons); "spurious" = no event.
V = {
    1: (["source", "date"], "Source 'Aleppo' as a country (no code) is not the party: the truce that is meant to comply is the rebel factions'/fighters' (SYR). April 4 is the date of the UN resolution, not of the act, which is this news (Saturday or the document date)."),
    2: (["target"], "'our neighbours' is a party named in the sentence (a common-noun group), so an empty target is wrong by the rules; I would myself accept empty for so vague a group. 'we' read as the communications chief Andrews for the island government is accepted."),
    3: (["source", "date"], "The South Pacific Alliance is a multinational association of island states, not a US body: code USA is wrong (empty is right). The Alliance's text was published Friday (2023-06-09), not on the document date."),
    4: (["target", "date"], "A protest at home after the police arrest (aimed at the authorities' act): the state of Mali/its police is the right target, empty is wrong. The street action followed Tuesday's arrest (fighting Tuesday night, 2023-06-13), not the document date. (A coder might code this riot rather than demo; PROTEST is kept.)"),
    5: (["target"], "The probe is of the 'corrupt network of corrupt politicians and government officials in Australia' and Obeid, named in the sentence; an empty target is wrong."),
    6: (["date"], "The sentence gives no date for the embassy's message; 2023-06-11 is the Sunday of the military takeover in the previous sentence, another act. The document date would be right."),
    7: (SPURIOUS, "'a visa-free regime ... to encourage investment' is a policy purpose, not a request between actors."),
    8: ([], "AGREE by the fighters (ceasefire agreement) reported by the Medical Council; undated pluperfect act, unknown date accepted (a coder could also give the Saturday of the deal)."),
    9: (["target"], "The request was made of 'the country' that extended the declaration, referred to in the sentence (the story is muddled on who it is); an empty target is wrong by the rules."),
    10: (SPURIOUS, "'an order that must still be ratified by Parliament' is a procedural condition, not an act that happened (and source = target); no event."),
    11: (SPURIOUS, "'lacked adequate tools to fight modern war' is a capability statement, no assault."),
    12: (SPURIOUS, "'accounts ... alleged to have been removed' is 'alleged' in another sense: no accusation between political actors (no source, no target)."),
    13: (["target", "date"], "The bill rejected was passed by the National Assembly (named in the sentence); the country Namibia is not the party acted upon. The text dates the rejection Friday (2023-06-09), not the document date."),
    14: (["date"], "Kirchner's statements are dated Sunday (2023-06-11) in the text; her earlier request is at latest then, not on the document date."),
    15: (["date"], "'has been the subject of several police raids' are background acts of an earlier, unknown time; giving them the document date is wrong (no date is right)."),
    16: (["source"], "Tatneft is the employer, not a protester: the source should be the workers alone."),
    17: (["date"], "The sentence dates the shooting 'a day after the police officer's execution', which the story places the day before the May 29 bombing claim (late May), not 'early April' of the previous sentence; 2023-04 is wrong."),
    18: ([], "Israel's call on the Security Council; undated background act, unknown date right."),
    19: (["target"], "Crowd protest at home with no aim named in the sentence: the state (Burundi) is the right target, empty is wrong. Empty source is accepted since the sentence names no party ('the protest'), though I would code the protesters."),
    20: (SPURIOUS, "'until the FARC agrees to lay down their weapons' is a condition inside the government's refusal to negotiate; no act of the FARC took place (the sentence's event is the government's REJECT)."),
    21: (SPURIOUS, "Macri 'take control of his nation's currency reserves' is an administrative/financial act on his own state's assets, not a seizure between political actors."),
    22: ([], "ACCUSE by the Iranian government of the movement/workers' group; undated present perfect, document date right."),
    23: ([], "Mugabe's condemnation on Thursday (= document date). Empty target accepted by the rules ('these actions' refers to acts, not a party), though I would code Paraguay as target."),
    24: (["source"], "The troops that withdrew from Iraq and Afghanistan are the NATO campaign's troops in general, not plainly Luxembourg's; LUX is wrong (empty or NATO would be right)."),
    25: (["target"], "The sentence names no party whose request was refused; the list of lawyers, the US government and the militia is not clearly the party acted upon (the government is the opposing side of a motion to suppress)."),
    26: (["source", "target"], "Roles inverted: the security forces intend to arrest the journalists; journalists are the target, not the source, and the source (security forces) is missing. (I would code THREATEN arrest; COERCE hypothetical is accepted by the conventions.)"),
    27: (["target"], "'the people inside' (the Latakia prisoners) are named in the sentence as those being killed; an empty target is wrong."),
    28: (SPURIOUS, "Demonstrators 'had promised to stay for hours' is an intention about their own protest, not an agreement with another actor."),
    29: ([], "Serbian army blamed the Kosovo Army; date unknown right."),
    30: ([], "China's military buildup, ongoing ('has been'); document date right, no target named in the sentence. Borderline topic mention, accepted as an event."),
    31: (["source", "target", "date"], "Yusuf leads the Pakistan Peoples Party (opposition): code IND/GOV is wrong (PAK). The goal not given up is independence from India, named in the sentence: target India, not empty. His statements are dated Friday (2023-06-09) in the story."),
    32: (["source", "date"], "'Its five-page statement' is the Alliance's, not Cuba's. The statement was published Friday (2023-06-09), not the document date."),
    33: (["target", "date"], "The embargo is on the island (Saint Kitts and Nevis, KNA), not on 'constituents' coded USA. The text dates the embargo 1986."),
    34: (SPURIOUS, "A source citation (headline of a cited article), not an act."),
    35: ([], "Russia accused Ukrainian authorities on Saturday 2023-06-10."),
    36: ([], "UNHCR spokeswoman's disapproval of Latvia; undated, document date right."),
    37: ([], "US personnel to work with an Iraqi contingent; 'Iraq' accepted for the Iraqi contingent (code IRQ right)."),
    38: (["source", "date"], "'it cut off all trade and flights' is the TAS Group (a Saudi royal investment arm, SAU/BUS), not the state of Saudi Arabia. 2023-06-13 is the Tuesday of Saudi Arabia's warning in another sentence; the sentence gives no date for the cut-off, so the document date."),
    39: ([], "Six children killed in the December 14 bombing the text dates."),
    40: ([], "Passive criticism, no source named; Bengal (a muddled name in the story) with no code accepted."),
    41: (["target"], "Prince Philip is British (GBR), not SLB."),
    42: (["target", "date"], "The prosecutors' demand was for prison terms for Salazar, named in the sentence; empty target is wrong. The text dates it 'in October' (2022-10), not unknown."),
    43: ([], "Reference to the Zambian withdrawal in the minister's words, accepted as the event in this sentence; no target named; document date right for the current withdrawal."),
    44: (["type"], "Ordering sanctions against North Korea is SANCTION, not REQUEST."),
    45: (["target"], "'Syrian targets' names Syria as the party attacked; an empty target is wrong."),
    46: ([], "Ferguson arrested on Wednesday 2023-06-14; arrester unnamed, empty source right."),
    47: ([], "Brazil agreed to build the airport and railway; reported by Bakary on the visit day (= document date)."),
    48: (["type"], "'warned that Curaçao should respect commitments' carries no threatened repercussion: a demand (REQUEST), not THREATEN."),
    49: ([], "A total killed since 1984: no date is right; target the 40,000 people (TUR)."),
    50: (SPURIOUS, "'not out there to target the police' is 'target' in the sense of focus on; no assault."),
    51: ([], "Arrests confirmed Tuesday by the prosecutor's office; Tuesday accepted as the date the text gives the (pluperfect) arrests."),
    52: ([], "Tillerson's praise of Jordan, announced Thursday (= document date)."),
    53: (["target"], "'the youths who killed Kukes' are named in the sentence as the object of the vow; an empty target is wrong."),
    54: (SPURIOUS, "'it will soon be declared an international health emergency' is no coercion (not a curfew) between political actors; no event."),
    55: ([], "Detentions 'since Saturday, April 16' are a span summed from an earlier time: no date is right."),
    56: ([], "Koroma criticized Vietnam; statements on Thursday (= document date)."),
    57: (["target"], "'the streets of Puerto Rico' is the place of the protests, not the party; the protests were aimed at the US authorities, so Puerto Rico as a target is wrong. PROTEST negated for 'will not hold protests' accepted (I would code CONCEDE)."),
    58: (["target"], "A UAV is an object, not a political actor; with no owner named, the target should be empty."),
    59: (SPURIOUS, "'cannot guarantee that people will respond positively' is 'guarantee' in another sense; no agreement."),
    60: (["target"], "Cameroon asked the other of 'the two countries', Djibouti (named in the sentence), for assistance; an empty target is wrong."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    with open(HERE / "events-a.jsonl", "w") as out:
        for it in items:
            wrong, reasons = V[it["n"]]
            if wrong == SPURIOUS:
                verdict = {f: False for f in F}
            else:
                assert all(w in F[1:] for w in wrong), it["n"]
                verdict = {f: f not in wrong for f in F}
            verdict["all"] = all(verdict[f] for f in F)
            it = dict(it, verdict=verdict, reasons=reasons)
            out.write(json.dumps(it, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
