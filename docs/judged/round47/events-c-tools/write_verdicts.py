"""Judge c, round 47: write events-c.jsonl from the hand verdicts below.

usage (from docs/judged/round47): python events-c-tools/write_verdicts.py
Each entry: n -> (fields that are false, reasons). "EVENT" marks a spurious event (false in every field).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ("event", "type", "source", "target", "date", "modality")

V = {
    1: ((), "Attackers killing hostages, reported by officials as news of the storming; 'attackers' left without a country is accepted (Chechen separatists; the sentence gives no state)."),
    2: (("type",), "'Backed by U.S. air power' is material military support in the operation (AID military or COOPERATE), not SUPPORT, which PLOVER keeps for verbal support only."),
    3: (("target",), "The jailed are named in the sentence ('the prisoners ..., some of whom had been jailed'): an empty target is wrong. Empty source accepted (passive; the militia only runs the centre in the sentence). Background act with no date: unknown is right."),
    4: ((), "Martial law declared by the army chief on Wednesday (document date = the sentence's 'on Wednesday')."),
    5: (("date",), "Soldiers dispersing protesters is this news (Thursday's coup story) and takes the document date 2015-09-17; the event has no date."),
    6: (("target",), "Taking the capital and seizing government buildings and army headquarters is an ASSAULT on Yemen's state, named in the sentence ('Yemen's capital', 'government buildings'); the empty target is wrong."),
    7: (("source", "date"), "The sentence calls it 'the Somali Islamist assault', so the gunmen's country (SOM) is plain and the empty code is wrong; the text dates the killing to Thursday (2015-04-02, 'stormed ... before dawn on Thursday'), not the document date."),
    8: (("target",), "What was denounced is the wrangling in Congress (the lawmakers) as an attempt to stop Arevalo; Arevalo is the party it aimed to stop, not the target of the denunciation."),
    9: (("type",), "Roads blocked in a tense capital by unnamed (armed) parties are no civilian protest; a coder would code at most a COERCE restrict/MOBILIZE, not PROTEST obstruct. Empty arguments accepted."),
    10: ((), "World leaders urging restraint, no addressee named in the sentence; empty target right."),
    11: (("source",), "The political police (DDS) is Habre's, i.e. Chad's (TCD), not Burkina Faso's: BFA comes from the presiding judge's nationality. Empty country for the victims accepted (not stated in the sentence)."),
    12: (("EVENT",), "'The protests' is only the topic of the authorities' warning (the act in the sentence is the warning); no protest act is reported here. Spurious."),
    13: (("target", "date"), "Putin's accusation targets Ukraine (its special services); 'Crimea' as a second target is a wrong party (the bridge's end point). Said at the Security Council meeting on Monday: the document date 2022-10-10, not unknown."),
    14: (("target",), "Milosevic is Yugoslavia's (Serbia's) president: the target's country code is empty where the text makes it plain. Source UN tribunal as IGO accepted; undated background indictment has no date (right)."),
    15: (("type",), "A warning that the anti-corruption fight 'should be advanced, not undone' carries no threatened repercussion; a coder codes ACCUSE (disapprove) or REQUEST, not THREATEN."),
    16: (("target",), "The detained people are in Oaxaca, Mexico: country USA is wrong (MEX). Empty source accepted (passive; 'the operation' only)."),
    17: ((), "Borrell backed Vilnius verbally: SUPPORT; no date in the text, document date accepted."),
    18: ((), "Background declaration of a state of emergency by Haiti's government with no date in the text: unknown is right; no target named."),
    19: (("date",), "A police officer killed in Wednesday's clashes is this news: document date 2013-02-06, not unknown. Empty source right (no party named)."),
    20: (("source",), "The Democrats are Japan's Democratic Party (JPN), not a U.S. party. AGREE for the campaign pledges accepted (wave-76 rule); 'have pledged' taken as standing, document date accepted."),
    21: (("date",), "Blocking streets 'for more than a week' is still going on when the story is told: the document date 2014-02-19, not unknown (round-20 rule)."),
    22: ((), "Mbeki will step down: RETREAT resign, future (the conventions code 'is to step down' as future), date of the future act unknown. I would code the promise as CONCEDE per PLOVER's note on promised retreats, but score by the rule."),
    23: ((), "Khamenei congratulated Rouhani: SUPPORT, document date."),
    24: (("source", "target"), "The promiser is Rouhani ('he'), not 'West'; the promise of better relations is toward the outside world, so 'Iran government' as target is wrong."),
    25: (("type",), "Ethiopia 'joined the war' against the Islamists is military intervention (ASSAULT, or AID to the Somali government), not COOPERATE. Empty target accepted for the act as coded; date 'barely a week' earlier with no day given: unknown accepted."),
    26: (("type",), "Trying to dismiss the prime minister is no REJECT (CAMEO 12); a coder would code a removal from office (SANCTION/COERCE), not a rejection."),
    27: (("type",), "The army 'supported by a U.N. intervention brigade' is material military support (AID military/COOPERATE), not verbal SUPPORT."),
    28: (("EVENT",), "'Could not guarantee the safety of Rwandans' is no refusal of a cooperation offer; it is the reason for the travel advisory. No AGREE act (negated or otherwise). Spurious."),
    29: (("source",), "Vicente Fox is Mexico's president: country USA is wrong (MEX). MOBILIZE (police deployment) on Saturday 2006-10-28 right."),
    30: (("date",), "The text gives the ambassador's call no date; 2006-10-28 is carried over from the previous sentence's 'on Saturday' (Fox's order). By the rule: document date (2006-10-30)."),
    31: (("EVENT",), "'The occupation continues to be a disaster' names the occupation of Iraq as the topic of Zapatero's criticism; no seizure act by anyone is reported. Spurious."),
    32: ((), "Police raids in Quito overnight (the night before the Thursday document date): COERCE seize, right."),
    33: (("target",), "'Used batons against some of them': the target is the demonstrators named in the sentence; empty is wrong."),
    34: (("target", "date"), "An anti-government protest outside the prime minister's office targets the state (Albania's government) by the crowd-protest rule; and it took place 'a day' before Saturday (2011-01-21), not on the document date."),
    35: ((), "Borrell condemned the attack; 'those responsible' unnamed, empty target right; document date."),
    36: ((), "Chirac's statement that the EU would lift sanctions on Yugoslavia: a promised concession (CONCEDE), asserted as made; source extracted as 'rotating European Union presidency' is the EU (EUR) and accepted."),
    37: (("type", "date"), "A constitution proposed by the king to the voters is a reform (CONCEDE at most), not an offer to cooperate (AGREE); the text dates the proposal to the king's speech of June 17 (2011-06-17), not the document date."),
    38: (("target",), "The F-22 fired at 'the balloon', the suspected Chinese surveillance balloon: the party acted upon is China (CHN), so the empty target is wrong. Source code USA right (sector not scored)."),
    39: (("target",), "The opposition ridiculed the KGB's accusations: the KGB (BLR), named in the sentence, is the target; empty is wrong. (I would code this REJECT/deny rather than ACCUSE, but ACCUSE disapprove is defensible.)"),
    40: ((), "Mutual signing: SUPPORT with both parties, explicit Thursday date."),
    41: (("date",), "'2003-06-30' comes from 'June 30' (the sovereignty handover, wrong year) in the previous sentence; the condemnation is this news and takes the document date 2004-04-01."),
    42: (("target",), "'15 British sailors and marines': the marines are British too, but the second target has no country (GBR). COERCE (detention) accepted; I would code the seizure of personnel as COERCE arrest or ASSAULT abduct rather than seize."),
    43: (("EVENT",), "'Rwanda's 1994 genocide' is a historical reference inside a description of the FDLR's leaders (accused of taking part), not an act reported by the sentence; the source 'Rwanda' would be wrong anyway. Spurious."),
    44: (("target", "date"), "Hadi is Yemen's president: the target's country is empty (and it is typed a country). Basindwa resigned and accused Hadi 'shortly before the signing', on Sunday 2014-09-21, not on the document date."),
    45: (("EVENT",), "'I accept this challenge with humility' is Arroyo accepting the presidency, not an agreement to cooperate with anyone. Spurious."),
    46: ((), "European governments hinted they would consider lifting sanctions on Libyan officials: hypothetical, right by the conventions ('hinted they would'). (The text says 'lifting', though the next sentence suggests imposing was meant; judged as written.)"),
    47: ((), "Russia warned Lithuania on Tuesday: THREATEN, right."),
    48: ((), "Marzouki's trip to France (cut short) is a visit that took place: CONSULT visit to France on the document date accepted; a coder might rather leave it uncoded."),
    49: ((), "Hailemariam stepped down as EPRDF chairman, announced in Thursday's address: RETREAT resign, right."),
    50: ((), "Protests erupted in Oromia in late 2015: year precision right; no participants or addressee named, empty arguments accepted (the plan's author is not named in the sentence)."),
    51: (("source", "date"), "The source lists 'styled president' (from 'self-styled') with no country next to Krasnoselsky: a broken duplicate party. The alert was raised on the document date (Tuesday 2022-04-26); '2021-05-09' is the Victory Day parade date (wrong year) from the cancelled parade."),
    52: (("target", "date"), "Democrats praised 'the decision' of the administration, named in the sentence: empty target wrong. The praise is this news: document date 2023-02-05, not unknown."),
    53: ((), "Kerry urged China: REQUEST, document date accepted."),
    54: (("EVENT",), "'An elite force built up by his father' is a background description of the National Guard, not a mobilisation act; and the builder is the late King Abdullah, not Mohammed bin Salman. Spurious."),
    55: ((), "Romanians protesting against the government on Wednesday night: right."),
    56: (("date",), "Youths blocking roads 'within hours' of Sunday's executions is this news: document date 2017-01-15, not unknown."),
    57: (("target",), "A march to mourn Marielle Franco aims at a death, not at the authorities: by the crowd-protest rule the state (Brazil) is a wrong target and empty is right."),
    58: (("target",), "The congratulated Democrats are Japan's Democratic Party (JPN), not a U.S. party."),
    59: (("source",), "The police who seized the weapons are Kosovo's police (Pristina), not Serbia's (SRB). Date accepted (no date in the sentence; seizure at the end of Sunday's battle, reported as this news)."),
    60: (("type", "target"), "M23's announcement that it is ending its insurgency is a declaration (PLOVER CONCEDE: 'declarations (but not implementations) of ceasefires'), not RETREAT; the target 'insurgency' is not a party (the government, or empty, would be right)."),
}


def main() -> None:
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    with open(HERE / "events-c.jsonl", "w") as f:
        for it in items:
            bad, reasons = V[it["n"]]
            if "EVENT" in bad:
                verdict = {k: False for k in FIELDS}
            else:
                verdict = {k: k not in bad for k in FIELDS}
            verdict["all"] = all(verdict[k] for k in FIELDS)
            f.write(json.dumps({**it, "verdict": verdict, "reasons": reasons}) + "\n")


if __name__ == "__main__":
    main()
