"""Round 26, judge b: blind verdicts on events-b-items.jsonl (CONVENTIONS.md).

n -> (event, type, source, target, date, modality, reason); 1 right, 0 wrong.
A spurious event is wrong in every field. Writes ../events-b.jsonl and prints
the per-field table (all 60 and real events only).
Run from docs/judged/round26: python events-b-tools/verdicts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SP = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 1, 0, 1, 1, "US 'ready to work with allies' is AGREE asserted; the willingness to cooperate is toward the allies (named in the sentence), North Korea is the party to be convinced, not the partner: target wrong."),
    2: (1, 1, 1, 1, 1, 1, "Standing ban on foreign funding of parties, told in the present: COERCE ban by Brunei on (foreign funding of) parties; ongoing act takes the document date."),
    3: (1, 1, 1, 1, 1, 1, "MINUSCA (UN mission, UNO) called for the return of peacekeepers: REQUEST; addressee not named, empty target right; Monday = 2023-06-12."),
    4: SP + ("Spurious: 'agreed to dissolve parliament and call for early election' - calling an election is the body's own decision inside what it agreed, not a request to anyone; would also be non-asserted and dated around January 2, not the document date.",),
    5: (1, 1, 1, 1, 1, 1, "Three terrorists attacked a shopping centre in Damascus: ASSAULT; SYR accepted for attackers in Damascus; the centre is no party, empty target right; Thursday = document date."),
    6: (1, 1, 0, 1, 0, 1, "Turkish foreign ministry 'sent an official response' to Vienna: CONSULT accepted (diplomatic communication); source left without country (the Turkish ministry, TUR); the response followed a January 1 warning and preceded Monday's statement, so the document date is wrong."),
    7: SP + ("Spurious: 'perceived reluctance to share intelligence' is a characterisation, no act of sharing; 'intelligence' as a person target.",),
    8: SP + ("Spurious: 'strike' in 'a U.S. military strike package' that New Jersey requests access to is no attack; the act is New Jersey's REQUEST.",),
    9: (1, 1, 1, 1, 1, 1, "Uganda armed forces attacked civilian aircraft, killing seven: ASSAULT; aircraft are objects, no victim party named, empty target accepted."),
    10: (1, 1, 1, 1, 1, 1, "Foreign ministers of Russia, China, Iran, Turkey, US agreed at Astana to set up a council: AGREE, mutual parties right (the opposition representative missing, not required); undated in the text, unknown accepted."),
    11: (1, 1, 1, 0, 1, 1, "Two people killed in airstrikes during the (Israeli) operation in Bil'in: ASSAULT; no attacker named in the sentence, empty source right; victims given ISR, they are Palestinians in the West Bank: target country wrong; yesterday = 06-14 right."),
    12: (1, 1, 1, 0, 0, 1, "Background killings in Guatemala's civil war: ASSAULT; victims coded USA (they are Guatemalans): target wrong; a background act over a 30-year period given the document date: date wrong."),
    13: (1, 1, 1, 0, 0, 1, "Libyan coast guard rescued 14,000 migrants this year: AID (Libya for its coast guard accepted); target adds Italy (only their destination) and gives the migrants LBY: wrong; a total summed over the year has no date (or the year), not the document date."),
    14: (1, 1, 1, 1, 1, 1, "UN estimate of 4,000 killed since 2009: ASSAULT total; no parties in the sentence; total takes no date: right."),
    15: SP + ("Spurious: 'until the president agrees to their inclusion' is a condition on the government's request, no act of agreeing (the event is the government's REQUEST to the Albanian parties).",),
    16: (1, 1, 1, 1, 1, 1, "Netherlands called Wednesday (06-14) for the ambassadors to be recalled: REQUEST; 'the ambassadors' read as the Belgian side in the Dutch-Belgian dispute (BEL/GOV) - accepted, the addressee is not otherwise named."),
    17: (1, 1, 1, 0, 1, 1, "Bulgarian officials threatened to walk away from talks: THREATEN; the sentence names the other side ('other international bodies'), empty target wrong."),
    18: (1, 1, 1, 0, 1, 1, "Brazilian police assisted training of military police: AID (police assistance) accepted; the sentence names the military police in Rondonia as the party helped: empty target wrong; undated, unknown right."),
    19: (1, 1, 1, 0, 1, 1, "National Assembly rejected the bill: REJECT (legislature voting down the government's bill) accepted; target Dlamini-Zuma (opposition leader, not in the sentence, against the bill himself) wrong; Friday 06-09 given by the story: right."),
    20: (1, 1, 1, 1, 0, 1, "Kyrgyz workers refused a wage agreement: REJECT, employer unnamed, empty target right; November 8 is the second day of the walkout that followed the refusal, not the refusal's date."),
    21: (1, 1, 1, 1, 0, 1, "Tokyo called on Seoul and Beijing for information: REQUEST, parties right; reported on Sunday (06-11), so the document date is wrong."),
    22: (1, 1, 0, 1, 0, 1, "Police officers killed in clashes with the army and paramilitaries: ASSAULT; source is the Police Service itself (the victims' side) - should be Vanuatu Army/paramilitaries; 'last night' = 06-14, not the document date."),
    23: (1, 1, 1, 1, 1, 1, "Jonathan declared a state of emergency: COERCE (state of emergency); Friday (06-09) accepted as the text's date for the act ('after taking the office Friday')."),
    24: (1, 1, 0, 1, 1, 1, "20 Wallis and Futuna leaders arrested Thursday: COERCE arrest; the sentence names the police ('statement of arrest from the police') as the arresting party: empty source wrong."),
    25: (1, 1, 1, 1, 1, 1, "Two protesters shot dead in Los Angeles: ASSAULT; no shooter named; Thursday = document date."),
    26: (1, 0, 1, 0, 1, 1, "Police stormed Umarov's home: by CONVENTIONS a police raid is COERCE seize, not ASSAULT; target 'leader' given GOV, he is the leader of a terrorist group (REB): wrong; February 2023 accepted."),
    27: (1, 1, 0, 0, 1, 1, "Rebels appeared before the International Commission of Inquiry: CONSULT accepted; pro-Russian rebels in Ukraine given RUS (UKR): source wrong; target Russia wrong (the commission is the other party); Monday right."),
    28: (1, 1, 1, 1, 0, 1, "Government accused the three men of plotting a coup: ACCUSE; background accusation (at their arrest late last month) dated to Sunday's release: wrong."),
    29: (1, 1, 1, 1, 0, 1, "Protesters arrested: COERCE arrest; country not named in the body (empty accepted); the story dates the crackdown to Sunday (06-11), not the document date."),
    30: (1, 1, 1, 0, 0, 1, "Re-mention of the demonstration (counted as an event by the sentence-level rule, though a coder would not code it again); no aim named so the state (Bahamas) is the right target by the protest rule: empty wrong; protests were on Saturday: document date wrong."),
    31: (1, 1, 1, 0, 0, 1, "Priest burnt to death in Toulouse: ASSAULT; target is the speaker 'Catholic priest' plus France - the victim is the priest (FRA/REL): wrong; the killing was in Friday's attack, not Monday (the burial report day)."),
    32: (1, 1, 1, 1, 1, 1, "Karzai's office welcomed the US statement: SUPPORT; 'this' refers to the statement, no party: empty target accepted; Tuesday 06-13 right."),
    33: (1, 1, 0, 1, 1, 1, "The (Maltese) Nationalist Party had threatened to sue: THREATEN; source linked to Taiwan's Kuomintang (TWN): wrong; Malta (its court) as target accepted; background, unknown date right."),
    34: (1, 1, 1, 1, 1, 1, "Norway opened its border to aid workers for Madagascar: RETREAT access; Friday right."),
    35: SP + ("Spurious: 'was being sought by the United States' means wanted/hunted, not a request.",),
    36: (1, 1, 1, 0, 0, 1, "US government accused Di Rupo: ACCUSE; Di Rupo is a former Belgian prime minister (BEL), not USA: target wrong; the accusation predates the 2015 plea, not Friday's sentencing: date wrong."),
    37: SP + ("Spurious: 'did not provide the name of the downed aircraft' is withholding information, not aid.",),
    38: (1, 1, 1, 0, 1, 1, "Morocco refuses to give up its claim: REJECT (standing, document date); UN only brokered the 1991 process, it is not the party rejected: target wrong (empty right)."),
    39: (1, 0, 1, 0, 1, 1, "India agreed not to expand the buffer zone: a promise to refrain in a dispute is a verbal concession (CONCEDE), not AGREE to cooperate; Bhutan, named in the sentence, is the party conceded to: empty target wrong; unknown date accepted."),
    40: (1, 1, 1, 1, 1, 0, "Torture of prisoners inside the US delegation's claim ('has evidence that ... are being tortured'): by CONVENTIONS an act inside a claim is reported, not asserted; parties and June accepted."),
    41: (1, 1, 1, 1, 1, 1, "Musharraf's government had urged caution: REQUEST, PAK/GOV right (odd name string), no addressee; background, unknown right."),
    42: (1, 1, 0, 1, 1, 1, "Detainees will meet Israeli officials in Tel Aviv: CONSULT future; source is the city Tel Aviv (as a country) instead of the detainees: wrong."),
    43: (1, 1, 1, 1, 1, 1, "The bomber was shot dead: ASSAULT; shooter not named; DEU accepted for a bomber in Germany; Monday right."),
    44: (1, 1, 1, 0, 1, 1, "Court sentenced 'some' (of the activists): SANCTION convict; 'some' refers to the activists in the sentence before: empty target wrong."),
    45: (1, 1, 1, 0, 1, 1, "Denmark opposed to EU refugee quotas: REJECT accepted (standing stance); target adds 'Syrian refugees' (the quota's object) to the EU: wrong."),
    46: (1, 1, 1, 0, 0, 1, "Opposition denounced a government plan: ACCUSE; the sentence refers to the government ('a government plan', 'authorities'): empty target wrong; 'Saturday' dates both verbs (06-10), not the document date."),
    47: (1, 1, 1, 1, 1, 1, "Ghana's Lokodo met a visiting US delegation Thursday: CONSULT, right."),
    48: (1, 1, 1, 1, 1, 1, "Malta's government will ban civil society organisations: COERCE ban future, right."),
    49: (1, 1, 1, 0, 1, 1, "Houthis attacked 'the dead' (three civilians of one family): ASSAULT; the sentence's 'the dead' is the victim party: empty target wrong."),
    50: (1, 0, 1, 1, 1, 1, "Protesters calling on national authorities: the codebook codes protests making requests as PROTEST, not REQUEST; target (Kenya's authorities) right."),
    51: (1, 1, 1, 1, 0, 1, "Honduran authorities launched an investigation: ACCUSE investigate; date 2013-11-28 taken from an embedded tweet's timestamp, the story's news time is this week (document date/Tuesday): wrong (arguable)."),
    52: (1, 1, 1, 1, 1, 1, "EU spokesman rejected an appeal Wednesday: REJECT, appellant not named in the sentence, empty right."),
    53: (1, 1, 1, 1, 0, 0, "Costa Rica 'would be willing' to return the planes: AGREE, parties accepted; the text gives the statement a date (2008 interview / Wednesday), unknown wrong; the expression of willingness is itself the act: asserted, not future."),
    54: (1, 1, 1, 0, 1, 1, "Measures to allow refugees to be arrested: COERCE arrest hypothetical; refugees given DEU - the country they are in, not theirs; the text gives none, empty code right."),
    55: (1, 1, 0, 0, 1, 1, "A Rwandan citizen complained to the DRC ministry: ACCUSE; source given as the state Rwanda, the party is a private citizen; ministry left without country (COD); April 28 right."),
    56: (1, 1, 1, 1, 1, 1, "Norwegian opposition group called for an election Thursday: REQUEST, right."),
    57: (1, 1, 1, 1, 0, 1, "Madagascar's parliament ratified the charter: SUPPORT; the text dates it 'the next day' after Jan. 1, not the document date."),
    58: (1, 1, 0, 1, 1, 1, "Homicides killed 100,000 in Colombia: ASSAULT total; the UN is only the estimator, not the killer: source wrong (empty right)."),
    59: (1, 1, 1, 0, 1, 1, "Residents complain the curfew crippled their lives: ACCUSE; the complaint is about Kabila's curfew, Kabila is named in the sentence: empty target wrong."),
    60: (1, 1, 1, 1, 0, 1, "ISIS said it attacked the mosque: ASSAULT asserted (attribution by the actor itself); the bombing was early Sunday (06-11), not the document date."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<9} {'all 60':>14} {'real events (%d)' % len(real):>18}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<9} {a:>3}/60 {100*a/60:5.1f}%   {b:>3}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
