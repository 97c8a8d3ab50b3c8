"""Round 28, judge b: verdicts on the 60 sampled events (scored by docs/judged/CONVENTIONS.md).

n -> (event, type, source, target, date, modality, reason); 1 = right, 0 = wrong.
Writes ../events-b.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

V = {
    1: (1, 1, 1, 1, 1, 1, "Ben-David seen being arrested: COERCE arrest; passive with no agent in the sentence, so empty source is right; target is the Jerusalem photographer (name cut to 'Shlomi Ben', same party); undated, reported as this news."),
    2: (1, 1, 1, 1, 1, 1, "Government refused (police probe): REJECT by Taiwan government; no party refused named, empty target right; 2008-11 taken from the probe launched in Nov 2008 in the previous sentence, a plausible narrative date (document date would be wrong for this background act)."),
    3: (1, 1, 0, 1, 1, 1, "Government forces withdrew from the battle area: RETREAT withdraw, right; but the story places Teahupo'o in Tokelau, so the government forces' country is plain and None is wrong."),
    4: (1, 1, 1, 1, 1, 1, "Riot police used tear gas on protesters in Tallinn on Saturday: ASSAULT crowd-control, EST both sides, Saturday = 2023-06-10."),
    5: (1, 1, 1, 0, 1, 1, "Santos government and the indigenous group reached an agreement on Thursday: AGREE accepted; the other party (the indigenous group, Efe) is named in the sentence, so the empty target is wrong; Thursday = document date."),
    6: (1, 0, 0, 1, 1, 1, "Ruler ordered release of political prisoners within seven days: a concession by the ruler (CONCEDE, promised release; the story's own label is CONCEDE), not a REQUEST; country None although the story's title names Comoros (I count the title as text); statement dated Saturday, right."),
    7: (1, 1, 1, 1, 1, 1, "Demonstrators demanding an 'unshackled economy': REQUEST by Ukrainian demonstrators; no addressee named, empty target right; the march was Saturday (06-10)."),
    8: (1, 1, 1, 1, 0, 1, "US agreed to increase security assistance: AGREE, USA; recipients not named in the sentence, empty target right; but the text dates it hours before Wednesday's signing (06-14), so document date 06-15 is wrong."),
    9: (1, 1, 1, 1, 0, 1, "Court sentenced the blogger: SANCTION convict, Indonesian court -> man; but the sentencing is a background act before the official spoke on Tuesday; it is given Tuesday's date (06-13), wrong (date unknown)."),
    10: (1, 1, 1, 0, 1, 1, "William J. Davis is charged: ACCUSE (legal charge); no charging party named, empty source right; but Davis is named in the sentence and the target is empty: wrong."),
    11: (1, 1, 1, 0, 1, 1, "FBI dispatched agents to assist: AID (police assistance) accepted; the assisted party (the state departments, named in the same sentence) is missing: target wrong; dated March 23 with the notification, accepted."),
    12: (0, 0, 0, 0, 0, 0, "'Portugal can't turn down intelligence from the US' states an obligation under a deal, no act of rejection: spurious (and the target Mariano Rajoy comes from nowhere; the other party would be the US)."),
    13: (1, 1, 1, 1, 0, 1, "Top official kicked out: SANCTION expel, CHN official, no agent named; but 'less than a month' before the announcement is an earlier act given the document date: wrong."),
    14: (1, 1, 1, 1, 1, 1, "India blames Pakistan: ACCUSE, IND -> PAK, present tense, document date."),
    15: (1, 1, 1, 0, 1, 1, "Sarkozy urged the local leaders of St. Martin to release activists: REQUEST right; the target is the local leaders of what the text calls 'the Caribbean nation of St. Martin', coded FRA: wrong country by the text (MAF); debatable since Saint-Martin is French, scored by what the text says."),
    16: (1, 1, 1, 1, 1, 1, "Morocco's government condemned the attack: ACCUSE disapprove; attackers not named, empty target right; undated in the sentence, document date."),
    17: (1, 1, 1, 0, 1, 1, "Egyptian police arrested Alim Yusef on Sunday 11 October: COERCE arrest, source right; target is the head of an international NGO (European Committee ...), whose country the text does not give: EGY not plain, wrong; 2022-10-11 accepted as the last 11 October."),
    18: (1, 1, 1, 1, 1, 1, "Spokesperson hospitalized after being attacked: ASSAULT; attacker unnamed, empty source right; target given as the movement (Partit Comunista) for its spokesperson, accepted as the right party; the spokesperson's own account is attribution only, asserted."),
    19: (0, 0, 0, 0, 0, 0, "'He declined to say what other crimes the woman may have suffered' is declining to comment, no PLOVER act: spurious (also O'Meara coded ERI for a New Jersey police director)."),
    20: (1, 1, 1, 1, 1, 1, "Budapest police used tear gas on protesters: ASSAULT crowd-control, HUN both sides, undated news."),
    21: (1, 1, 1, 0, 0, 1, "Rebels agreed to pull weapons and allow Argentine forces to secure towns: AGREE, ARG rebels right; the other party (Argentine forces) is named, empty target wrong; date 2022-07-24 is the earlier failed cease-fire, not this deal (announced Tuesday): wrong."),
    22: (1, 1, 0, 1, 0, 0, "Possible war crimes 'including genocide by the country's army' (inside the UNSC's order): ASSAULT massacre accepted as an alleged act; but the army is Iraq's, not VAT; a past unknown-time act given the document date; and as a possible act inside a resolution it is reported/hypothetical, not asserted."),
    23: (0, 0, 0, 0, 0, 0, "'The strike was abruptly halted by an announcement' reports the end of the strike (and Chang's stepping down), not a strike on Tuesday; the strike is coded from the earlier sentence: spurious here."),
    24: (1, 1, 1, 1, 0, 1, "ICC is investigating four Ivorian suspects: ACCUSE investigate, ICC -> CIV leaders right; an investigation still going on takes the document date, so null/unknown is wrong."),
    25: (1, 1, 0, 0, 1, 1, "Helicopter targeted with a missile fired from a rebel position: ASSAULT; the rebels are named ('rebel position') so the empty source is wrong, and 'the helicopter' is the government's helicopter (previous sentence), so empty target is wrong; Thursday = document date, right."),
    26: (1, 0, 1, 0, 1, 1, "Nigeria's security forces battling Boko Haram: fighting is ASSAULT, not COOPERATE; Boko Haram is named but the target is empty; ongoing, document date right."),
    27: (1, 1, 0, 1, 0, 1, "Three assailants bombed Rome stadiums killing 45: ASSAULT right; assailants coded ITA though the text never gives their nationality (should be empty); date 06-09 is when the authorities spoke (Friday), the explosions were early Thursday (06-08): wrong."),
    28: (1, 0, 1, 1, 1, 1, "Faymann 'urged': 'the EU is the heart of the European Union' is a statement of support, SUPPORT, not REQUEST; parties and date right."),
    29: (1, 1, 0, 1, 1, 1, "Regional government thanked China on Monday in Beirut: SUPPORT, China target, Monday 06-12 right; but the regional government is Lebanese (text plain) and its country is None: wrong."),
    30: (1, 1, 1, 1, 1, 1, "Raman sentenced to 10 years: SANCTION convict; court not named as actor, empty source accepted; target right; no date in the sentence, reported as this news."),
    31: (1, 0, 1, 1, 1, 1, "UN and WHO prepare to mobilize 1.5 million aid workers: humanitarian aid, future AID; MOBILIZE is for military/police moves: type wrong; future modality right."),
    32: (1, 1, 1, 0, 1, 1, "UNSC sanctions calling for 'the country' (Syria) to halt its support for armed groups: REQUEST, 2008-08 right; target Austria is wrong (Syria)."),
    33: (1, 1, 1, 1, 0, 1, "Obama promised a treaty during his campaign: AGREE accepted; the campaign is a background act (2008), document date wrong."),
    34: (1, 1, 1, 0, 0, 1, "'I was accused of a crime', Peter wrote: the past prosecution, ACCUSE; accuser not named, empty source right; 'I' is Peter so the empty target is wrong; a background act of last year given the document date: wrong."),
    35: (1, 1, 0, 0, 1, 0, "'Unclear whether the girl was killed at the hands of her abductors...': ASSAULT; source should be the abductors (rebels), target the girl, but the extractor has empty source and the rebels as target: both wrong; the doubt makes it hypothetical, not asserted; Friday 06-09 right."),
    36: (1, 0, 1, 1, 1, 1, "Separatists seized control of Sloviansk from Kiev's forces: armed forces taking ground is ASSAULT (CONVENTIONS, wave 30), not COERCE seize; parties right; undated present perfect, document date."),
    37: (1, 1, 0, 1, 1, 1, "'They have complained to the US Embassy': They = the protesters in Washington, not the newspaper Al-Hayat that quoted them: source wrong; ACCUSE and US Embassy right."),
    38: (1, 1, 1, 1, 1, 1, "'We have instructed the military to carry out special security works': REQUEST (order), Chinese official -> military; undated quote, document date."),
    39: (1, 1, 1, 1, 1, 1, "Israeli authorities approved building a settler house on Monday: SUPPORT (approval), Monday 06-12; settler not a political party to the act, empty target accepted."),
    40: (1, 0, 1, 1, 1, 1, "'I guarantee ... we will not hesitate' refers to the invasion threat (previous sentences): THREATEN, not AGREE; source Bekah KNA right."),
    41: (1, 1, 1, 0, 1, 1, "Malta government's refusal to let the Nationalist Party join: REJECT, Malta right; target is Malta's Nationalist Party, not the Kuomintang (TWN): wrong; ongoing refusal of unknown time, null accepted."),
    42: (0, 0, 0, 0, 0, 0, "A poll saying 40% of Colombians support a peace treaty is opinion data, no act between political actors: spurious."),
    43: (1, 1, 1, 1, 1, 1, "Russia rejected the peace initiative on Friday: REJECT, RUS, initiative's author not named in the sentence, Friday 06-09."),
    44: (1, 1, 1, 1, 1, 1, "Armed forces stepped up security across Jordan 'since then': MOBILIZE, JOR; a span from an earlier time, no date, right."),
    45: (1, 1, 1, 1, 1, 1, "Deal reached last week between Iran and six powers: AGREE, Iran with Russia (one of the six named) as target, mutual, right; last week = 2023-W23."),
    46: (1, 1, 1, 0, 1, 1, "Syrian government and opposition leaders made an offer on Wednesday: AGREE (offer), both are co-sources; coding each as the other's target is wrong (the offer is to the international community named in the sentence); Wednesday 06-14 right."),
    47: (1, 1, 1, 1, 0, 1, "'We do not support al Qaeda-linked groups in Mali': SUPPORT negated, Rahmon -> groups in Mali right; said Tuesday (06-13), not 2012 (the 2012 seizure is another act): date wrong."),
    48: (1, 0, 1, 1, 1, 1, "Obama offered words of support for the government of Cyprus: SUPPORT (verbal support), not AGREE; Sunday (06-11) from the lead, right."),
    49: (1, 1, 1, 1, 1, 1, "Muta claimed the ruling regime threatened him and his family: THREATEN, ZWE regime -> Muta, reported (inside a claim), undated."),
    50: (1, 1, 1, 0, 1, 1, "'The South Sudanese government refused' (cut off): REJECT, SSD right; the UN special envoy is neither named nor referred to in the sentence, empty target would be right; 2013 narrative accepted."),
    51: (1, 1, 0, 1, 1, 1, "Police said 30 people were detained: COERCE arrest, target right; the police are named in the sentence and plainly the ones who detained (a coder codes police -> 30 people): empty source wrong."),
    52: (1, 1, 0, 1, 1, 1, "'It (the UN human rights office) accused Nauru's government of abuse': ACCUSE right, target right, Tuesday right; source coded Nauru instead of the High Commissioner's office: wrong."),
    53: (1, 1, 1, 0, 1, 1, "Both individuals arrested in December: COERCE arrest, 2022-12 right; the two are a former St. Lucia mayor and a St. Lucia government accountant: country LCA plain, None wrong."),
    54: (1, 1, 1, 1, 1, 0, "Deal 'would begin with a formal surrender of the rebel group': RETREAT/disarm by ARG rebels, no date; but 'would begin' makes it future, not asserted."),
    55: (1, 1, 1, 1, 1, 1, "US embassy recently asked Indonesian officials for extra protection: REQUEST, USA -> IDN; 'recently' gives no date, null accepted."),
    56: (1, 1, 1, 0, 1, 1, "Diarra commended President Faure Gnassingbé: SUPPORT, GMB source right; in this story Gnassingbé is president of the country commended (Tonga, per the previous sentence), not a Gambian: target country wrong."),
    57: (1, 1, 1, 1, 1, 1, "Police commissioner blamed an organized crime group for the killing: ACCUSE, ATG both; Thursday = document date."),
    58: (1, 1, 1, 1, 0, 1, "Army preparing to deploy thousands of troops: MOBILIZE future, BRA right; 2023-06-20 comes from 'Tuesday', which is the past street battle (06-13), not the deployment: wrong."),
    59: (1, 1, 1, 1, 1, 1, "Protesters called for Santos's ouster: REQUEST, COL protesters -> Santos; ongoing, document date."),
    60: (1, 1, 1, 1, 1, 1, "The group (NCDEF) had clashes with opposition activists that left several dead: ASSAULT, GNQ both; 'in recent weeks', document date."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
        verdict["all"] = all(verdict.values())
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = v[6]
        out.append(it)
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    real = [it for it in out if it["verdict"]["event"]]
    print(f"{'field':10s} {'all 60':>14s} {'real events':>16s}")
    for f in FIELDS + ["all"]:
        a = sum(it["verdict"][f] for it in out)
        r = sum(it["verdict"][f] for it in real)
        print(f"{f:10s} {a:3d}/{len(out)} {100*a/len(out):5.1f}%   {r:3d}/{len(real)} {100*r/len(real):5.1f}%")


if __name__ == "__main__":
    main()
