"""Round 22, judge b: verdicts on the 60 sampled dateline events.

Run from docs/judged/round22:  python events-b-tools/verdicts.py
Reads events-b-items.jsonl, writes events-b.jsonl, prints the per-field table.
Each verdict: n -> (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
Scored by docs/judged/CONVENTIONS.md; a non-event is wrong in every field.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

V = {
    1: (0, 0, 0, 0, 0, 0, "'to help curb' risky money is not aid: no AID act (trigger in another sense); the sentence's act is the ministers' mutual AGREE"),
    2: (1, 1, 1, 1, 1, 1, ""),
    3: (1, 1, 1, 1, 1, 1, ""),
    4: (1, 1, 1, 1, 1, 1, ""),
    5: (1, 1, 0, 1, 1, 1, "source: Ging heads the UN mission in Somalia, a UN official (IGO, no country), not a Somali actor (SOM)"),
    6: (1, 1, 0, 0, 0, 1, "source: 'They' = the asylum seekers/activists, not the Turkish government they fled; target: the Netherlands, where they seek shelter; date: the text gives March 6, not the document date"),
    7: (0, 0, 0, 0, 0, 0, "'found guilty' only describes the Iraqis (no actor, background); no SANCTION by U.S. forces. The sentence's acts are U.S. forces' indefinite detention (COERCE arrest) and summary executions (ASSAULT execute) of Iraqis"),
    8: (1, 1, 0, 0, 0, 1, "source: the text names no perpetrator ('Myanmarese massacre' is a name) -> empty; target: the 100,000 civilians, mostly Rohingya, named in the sentence; date: 'that violence' is the 2011 outbreak of the first paragraph, not the document date"),
    9: (1, 1, 0, 1, 0, 1, "source: 'the minister' is the UAE minister of state (ARE), not cabinet secretary Nabeel Al Shammari, and not ISR; date: 'the meeting' is the committee meeting on Monday (2023-06-12)"),
    10: (0, 0, 0, 0, 0, 0, "'its efforts to sign a U.N. climate treaty would be undermined' is a hypothetical consequence, no act of signing (and the UN is not a recipient)"),
    11: (1, 1, 1, 1, 1, 1, ""),
    12: (1, 1, 1, 1, 0, 1, "date: the assault on Aghinabad was on Tuesday night (12 April, first paragraph); 2000 is the date of Sadiq's flight in the previous sentence"),
    13: (1, 1, 1, 0, 1, 1, "target: the delegation visits the ICC prosecutor; Ouattara is the subject of the case, not a party to the visit"),
    14: (1, 1, 0, 1, 1, 0, "source: the withdrawing forces are Montenegro's (MNE), not 'Kosovo forces' XKX; modality: parliament approved a withdrawal still to come -> RETREAT future (or CONCEDE asserted), not RETREAT asserted"),
    15: (1, 1, 1, 0, 1, 1, "target: the 12 Islamists killed are named in the sentence; empty is wrong"),
    16: (0, 0, 0, 0, 0, 0, "'how many ethnic groups Singapore recognizes' is a domestic classification, no SUPPORT between actors; the act is the announced plan to deport more foreigners (COERCE deport, future)"),
    17: (1, 1, 0, 1, 1, 1, "source: Sobotka is Austria's interior minister (Austrian police and interior ministry in the previous sentence) -> AUT; empty country is wrong"),
    18: (1, 1, 1, 0, 0, 1, "target: 'the current king' was deposed and imprisoned, not President Maikel Franco; date: 'later imprisoned' after the 1975 coup has no date in the text (1975 is the coup's)"),
    19: (1, 1, 0, 1, 0, 1, "source: 'the troops' are the Nigerian troops/army of the previous sentences -> NGA, not empty; date: the offensive began a week ago and is still going on -> document date (or ~2023-06-08), not unknown. Target Boko Haram from context is clearly the party attacked"),
    20: (1, 1, 1, 1, 1, 1, ""),
    21: (0, 0, 0, 0, 0, 0, "a statement of white phosphorus's legal status under the CWC; no act of banning"),
    22: (1, 1, 1, 1, 1, 1, ""),
    23: (0, 0, 0, 0, 0, 0, "'start talking to Madrid' is the content of the Nordic countries' demand, not a meeting; the act is REQUEST Nordic countries -> Catalan leaders"),
    24: (1, 1, 0, 1, 1, 1, "source: 'the two Koreas' are North Korea (PRK) and South Korea (KOR); 'Koreas' with no code is wrong (empty target fine for a mutual agreement)"),
    25: (1, 1, 1, 1, 1, 1, "target country USA accepted for a 'Democratic party' president in a Puerto Rico story (PRI would also do)"),
    26: (1, 1, 1, 1, 1, 0, "modality: 'vowed not to give in to pressure' is REJECT asserted or CONCEDE negated (as CONVENTIONS pairs REJECT asserted / RETREAT negated); CONCEDE asserted says the opposite"),
    27: (1, 1, 0, 1, 1, 1, "source: 'They' = Cameron (GBR) and Renzi (ITA); 'both leaders' with no country is wrong"),
    28: (1, 1, 1, 1, 0, 1, "date: Wednesday belongs to the Kremlin's announcement in the previous sentence; the accusation itself is undated -> document date"),
    29: (1, 1, 1, 1, 1, 1, ""),
    30: (0, 0, 0, 0, 0, 0, "'Kiev could not be trusted to provide the security' is an opinion, no AID act; the acts are the CONSULT Strelkov-Yatsenyuk (Saturday) and Strelkov's ACCUSE of Kiev"),
    31: (1, 0, 1, 1, 0, 1, "type: a malware attack on a newspaper's websites is COERCE cyber, not ASSAULT; date: the attack began hours before the statement issued late Tuesday -> 2023-06-13"),
    32: (1, 1, 1, 0, 0, 1, "target: people arrested 'throughout the city' of the NYPD story -> USA, empty country wrong; date: 'in all, a total of 47' sums arrests over a series of incidents (latest September 9) -> no date"),
    33: (1, 1, 1, 0, 1, 1, "target: Canada is not the party called on; the sentence names none (empty right)"),
    34: (0, 0, 0, 0, 0, 0, "a government rescheduling elections after a court ruling is a domestic administrative act, no AGREE (no promise to cooperate); the islands are not a party"),
    35: (0, 0, 0, 0, 0, 0, "'pull the economy out of its slump' is a figure of speech, no RETREAT"),
    36: (0, 0, 0, 0, 0, 0, "the AlWefaq leader's general remark that this 'makes it easy for Washington to come in and offer more support' reports no act of aid"),
    37: (1, 1, 0, 0, 0, 1, "source: the U.S. Congressional subcommittee (USA/LEG), not 'United States'; target: the World Bank, whose arrangement is scrutinised (named in the sentence); date: report issued Wednesday -> 2023-06-14"),
    38: (1, 0, 1, 1, 1, 1, "type: lifting a curfew is an easing of restrictions (RETREAT), not imposing one (COERCE curfew)"),
    39: (1, 1, 1, 1, 1, 1, ""),
    40: (1, 1, 1, 0, 1, 1, "target: MINUSCA is (per the text) an African Union force, an IGO without a country; RWA is wrong"),
    41: (1, 1, 1, 1, 1, 1, ""),
    42: (1, 1, 1, 1, 0, 1, "date: the text dates the agreement 'today (July 20)' in the previous sentence and the joint statement is part of it; the document date conflicts with the text's date (borderline: 'today' also points at the document date)"),
    43: (1, 1, 1, 1, 0, 1, "date: the beating happened at the march on the night of 29 February (the quote's previous sentence), a past act, not the document date"),
    44: (1, 0, 0, 1, 1, 1, "type: rebels 'vowed to stop fighting' = willingness to end the conflict / ceasefire declaration (AGREE or CONCEDE), not THREATEN; source: the vow is the rebels' alone, 'Argentines' (who signed the deals) did not vow"),
    45: (1, 1, 1, 1, 1, 1, ""),
    46: (1, 1, 1, 0, 1, 1, "target: the NGOs designated as subversives (ERI) are named in the sentence as the party whose assets may be seized"),
    47: (1, 1, 0, 1, 0, 1, "source: the presidential office (DZA) announcing the curfew is named in the sentence; date: 'tomorrow' from Thursday's statement -> 2023-06-16 17:00, not 06-15"),
    48: (1, 0, 1, 0, 0, 1, "type: ordering death sentences is a sentencing (SANCTION convict), not a REQUEST; target: only the three citizens, not the Russian government; date: Monday is the date of Novay's claim, the alleged order is undated"),
    49: (1, 1, 0, 1, 1, 1, "source: 'peaceful activists' are named in the sentence as the attackers; empty source is wrong"),
    50: (1, 1, 0, 1, 1, 1, "source: 'It' is the deal/document of the opposition coalition; Aruba is only the venue, not the party calling"),
    51: (1, 1, 1, 1, 1, 1, "the ICC's opening of the examination is re-mentioned inside the ambassador's quote; scored as the ICC act (the ambassador's ACCUSE disapproval is the sentence's new act)"),
    52: (0, 0, 0, 0, 0, 0, "'the country offered an important opportunity' is figurative, no AGREE; the act is Komorowski's visit to Greece on Tuesday (CONSULT)"),
    53: (1, 1, 1, 1, 1, 1, ""),
    54: (1, 1, 0, 0, 0, 0, "source: Majdalani is an 'Egyptian mediator' (EGY), PSE wrong; target: the party meeting under Egypt's mediation is the group (Saba Nasser), not Majdalani/Egypt again; date: the text gives Sunday, December 3; modality: 'will be discussed' is future"),
    55: (0, 0, 0, 0, 0, 0, "Kim 'visited the North', his own country: no CONSULT between actors; the sentence's act is his New Year declaration (REJECT international pressure)"),
    56: (1, 1, 1, 1, 1, 1, "march against gun violence: empty target right under the crowd-protest rule"),
    57: (1, 1, 1, 1, 1, 1, ""),
    58: (1, 1, 1, 0, 0, 1, "target: the three leaders (Zimbabwean, 'other Zimbabwean labor unions'), not the ANC as an organisation (ZAF); date: the accusation came with their detention since late last month, Sunday is the release date"),
    59: (1, 1, 1, 0, 0, 1, "target: the agreement is with Ireland ('both countries'), empty wrong; date: the ratification was on Tuesday (5 June) per the previous sentence. Source Stoilas (LTU/GOV) accepted for the ratifying state"),
    60: (1, 1, 1, 0, 1, 1, "target: the refusal answers the threats of the security officials (KAZ) named in the sentence; empty is wrong"),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        flags = [bool(x) for x in v[:6]]
        if not flags[0]:
            assert not any(flags), it["n"]
        verdict = dict(zip(FIELDS, flags))
        verdict["all"] = all(flags)
        if not verdict["all"]:
            assert v[6], "reason needed for n=%d" % it["n"]
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print("%-9s %8s %7s %14s %7s" % ("field", "all 60", "%", "real events", "%"))
    for k in FIELDS + ["all"]:
        a = sum(r["verdict"][k] for r in out)
        b = sum(r["verdict"][k] for r in real)
        print("%-9s %5d/%d %6.1f%% %9d/%d %6.1f%%" % (k, a, len(out), 100.0 * a / len(out), b, len(real), 100.0 * b / len(real)))


if __name__ == "__main__":
    main()
