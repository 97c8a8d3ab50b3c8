"""Write events-a.jsonl: judge a's verdicts (round 37) added to events-a-items.jsonl.

Each entry: n -> (false fields, reasons). 'event' in the false list means spurious (all fields false).
usage (from docs/judged/round37): python events-a-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: ([], "REQUEST by the UN to the Ethiopian government and Eritrea, dated 2012 as the text says."),
    2: ([], "'It' is the Freedom and Justice Party and 'its fighters' are its fighters holding Egyptian civilians (ASSAULT abduct); ongoing act, document date; attribution keeps it asserted. The fighters' own code should be EGY, but the party is listed with EGY."),
    3: (["event"], "A death in a traffic accident is not a political act (trigger in another sense); spurious."),
    4: (["date"], "The act in this sentence is the US moving the warship Lassen 'last Friday' (MOBILIZE, 2023-06-09), not an act of the document date. (If the trigger 'drills' is read as joint manoeuvres the PLOVER codebook puts them under COOPERATE, so either way it is not all right.)"),
    5: (["type", "target"], "The resolution urges both sides to halt violence and negotiate: a trained coder codes REQUEST from the UN General Assembly to both sides (KMT and DPP), so SUPPORT is the wrong type and the empty target misses 'both sides'."),
    6: (["date"], "The text dates the ceasefire agreement 'in June' (earlier, before the deal collapsed), not the document date. CONCEDE is right by the codebook (declaration of a ceasefire); the reciprocal agreement leaves no recipient, though the rebel groups should also be a source."),
    7: ([], "Grace Mugabe detained (COERCE arrest), no agent named, reported as this news; the sentence is cut off but the act is clear."),
    8: ([], "REJECT of Senegal's invitation by Jammeh, said as current news."),
    9: ([], "Canada agrees (AGREE) to let Djibouti keep the embargo and inspect; statement made Thursday = document date."),
    10: (["date"], "The dispatch is dated 'September 20 (TASS)' in the text, so the act takes that date, not the document date. CONCEDE (Russia gives up its referendum idea, toward the UK) is acceptable."),
    11: (["source"], "'They' are the protesters in Washington quoted by Al-Hayat, not the newspaper Al-Hayat (LBN/JRN); the source should be the (US) protesters."),
    12: ([], "Two US soldiers killed at the base last September by a bomb (ASSAULT), no attacker named; 2022-09 is right."),
    13: (["event"], "Sentence fragment: 'has already recognized' has no object, so there is no act to code (fragment); spurious."),
    14: (["date"], "This is the riot that 'broke out on Wednesday' (previous sentence); the text gives it 2023-06-14, not the document date. Empty source/target are right (aim is not the authorities)."),
    15: ([], "'will not negotiate' coded as CONSULT negated (the convention's 'RETREAT negated' reading of a refusal); UK to Argentina; undated is acceptable."),
    16: ([], "Annan welcomes (SUPPORT) the agreement; 'both sides' I read as Bush and Key, who 'agreed to work on implementing the truce' (one could read it as New Zealand and Argentina). The story's own date line 'July 6, 2008 ... today' dates it."),
    17: (["event"], "'ahead of the G20 summit' only anchors the time of the dinner; the summit is a topic, not an act reported here (the acts are the dinner meeting and the invitation); spurious."),
    18: ([], "SUPPORT: South African government backs a review; present tense, document date."),
    19: ([], "The US not agreeing to attend the negotiations: AGREE negated (or REJECT asserted), document date."),
    20: (["event"], "'We must encourage girls to attend school' is a minister's policy exhortation, not a request to a political actor; spurious."),
    21: ([], "Rally organised by the National Forum (a support rally coded as a demonstration; empty target right per the support-rally rule), held Monday 2023-06-12. I would accept SUPPORT as well."),
    22: ([], "REQUEST by Rousseff to political parties; 'previously', no date: unknown is right."),
    23: ([], "Future PROTEST by the union against a contract extension (employer aim: empty target right), undated."),
    24: (["event"], "'any weapons they have seized' is a generic clause inside a deal provision, not a reported act of seizure (nor police confiscation); spurious."),
    25: ([], "Future REJECT of the US-South Korean negotiations by North Korea; South Korea is a right target (the US is missing but South Korea is a named party)."),
    26: ([], "Scheduled visit (CONSULT visit, future) by Trump to the Northern Mariana Islands, undated."),
    27: (["date"], "The previous sentence places this Monday meeting on 'Monday, May 16'; the text gives that date, not 2023-06-12. 'Germany' for 'his German counterpart' is accepted."),
    28: ([], "Signing of the EU-Congo agreement (SUPPORT, reciprocal signatories); June 17 resolved to the past year is right."),
    29: ([], "Rebels' offer to meet Kabila again: AGREE, future, undated, reported by Fonseca."),
    30: (["type", "target"], "A town 'freed by the Syrian military' is armed forces taking ground: ASSAULT by the convention, not RETREAT release; the party it was freed from is not named, so the target should be empty, not 'person'."),
    31: (["type"], "A police chief promising more arrests of rioters is THREATEN (arrest), not AGREE. I accept the date on the reading 'on Sunday he promised'."),
    32: (["target"], "The US encouraged 'the country's security services' (Angola's), which the sentence names; the target is empty."),
    33: ([], "Israeli troops killed two Palestinians during the weekend riots (ASSAULT), weekend of week 23 is right; AP attribution keeps it asserted."),
    34: (["modality"], "The attacks are inside the State Department's expression of concern (a claim), so the modality is reported, not asserted."),
    35: (["date"], "Kaye's visit preceded the statement of Tuesday; a background act before the news is given the (later) document date. The text gives no date, so it should be unknown/earlier."),
    36: ([], "Rajoy seeking a meeting with Erdogan (REQUEST meet), ongoing; attribution ('it was reported') keeps it asserted."),
    37: (["type", "target"], "An easing of restrictions that has been carried out has material effect: RETREAT (the codebook keeps CONCEDE for promises of easing). The civil society groups are in Andalucia, Spain, so the target's country should be ESP, not empty. Coding Andalucia as Spain (ESP) is accepted."),
    38: (["type", "date"], "Demonstrators' demands are coded PROTEST (the codebook's REQUEST note excludes protests making requests); 'on Wednesday' dates the building collapse, while the demand was made at Thursday's protest (2023-06-15)."),
    39: ([], "Conditional (hypothetical) imposition of a complete embargo by Moldova on Angola: SANCTION, hypothetical, undated."),
    40: ([], "Reciprocal commitment (AGREE) of the World Bank and Liechtenstein to collaborate; document date."),
    41: ([], "Police detained four persons in Moscow (COERCE arrest), reported as this news."),
    42: ([], "Russia accuses Tbilisi (Georgian government) of sabotage: ACCUSE, reported as this news."),
    43: (["target"], "China wants 'the North' (North Korea) to act; the sentence names it, so the empty target is wrong."),
    44: (["type"], "Montenegro has already relaxed the restrictions: an easing carried out is RETREAT, not CONCEDE (the codebook gives CONCEDE only for promises of easing)."),
    45: (["date"], "Saturday is the date Ntaganda fled; the expulsion came earlier with no date in the text, so giving it Saturday (2023-06-10) is wrong."),
    46: ([], "Maldives will not accept US bases: AGREE negated (or REJECT); repeated statement 'for years', unknown date acceptable."),
    47: (["date"], "The text says the emergency was declared on November 1; the document date is wrong."),
    48: (["type"], "Seeking to dismiss ten judges is a coercive/sanctioning act (COERCE or SANCTION expel from office), not REJECT."),
    49: ([], "Signing of the convention (SUPPORT), reciprocal signatories, March 2011."),
    50: ([], "Unnamed parties blame the two groups (ACCUSE), empty source right; country codes from the actor dictionary accepted."),
    51: (["event"], "A bank 'stress test' is not a weapons test (trigger in another sense); spurious."),
    52: (["source", "date"], "The sentence names '11 prisoners' (Lithuanian prison) as the strikers; the source is empty. 'last Wednesday' said on a Thursday means the previous week's Wednesday (2023-06-07), not yesterday (2023-06-14)."),
    53: (["source"], "'they' who plan more rallies are the protesters, not the authorities (authorities do not hold protest rallies); the source is wrong. The date and future modality are right."),
    54: (["event"], "'The shooting' refers to Wilson's shooting of Brown, already coded from the previous sentence; here it is only the topic of the sentence, whose act is the protests; spurious."),
    55: ([], "Dozens killed in coordinated gun attacks earlier this month (ASSAULT), 2023-06, Egyptian context; no attacker named."),
    56: ([], "Future investigation (ACCUSE investigate) of Bergh, investigator not named; Greenland coded DNK accepted."),
    57: ([], "Dominican Republic seeking renewal of the trade deal (REQUEST); counterpart not named in the sentence, empty target right."),
    58: (["event"], "'who he said and believed he was fighting against' only describes the prisoners inside the tribunal's finding; no act of fighting is reported (the acts are the conviction and the executions); spurious."),
    59: ([], "Future cooperation on judicial matters under the MoU (COOPERATE future; AGREE would also do), undated."),
    60: ([], "Hundreds of protesters arrested Sunday (COERCE arrest), 2023-06-11, no agent named."),
}


def main():
    items = [json.loads(l) for l in open("events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    with open("events-a.jsonl", "w") as out:
        for it in items:
            bad, reasons = V[it["n"]]
            if "event" in bad:
                verdict = {f: False for f in FIELDS}
            else:
                verdict = {f: f not in bad for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            it = dict(it)
            it["verdict"] = verdict
            it["reasons"] = reasons
            out.write(json.dumps(it, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
