"""Round 55, judge c: verdicts on the 60 sampled events (events-c-items.jsonl) -> events-c.jsonl.

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Run from anywhere: python events-c-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (ALL, "Spurious: 'flown to Germany on a private jet' is a transfer of a released prisoner, not a "
             "CONSULT visit (no visitor/host). The codable act here is the release (RETREAT release by Russia), "
             "which dateline did not code from this sentence."),
    2: (["target", "date"], "Event right (Kadyrov's claim that Maskhadov may have been shot by a bodyguard; ASSAULT, "
             "hypothetical 'may have been'). Source 'one of his own bodyguards' is the right party (RUS acceptable; agent COP "
             "is wrong but not scored). Target adds 'Russia[RUS]' as a co-target of the shooting: wrong. Date null, but the "
             "text gives the death on Tuesday (2005-03-08, lead sentence), so the act's date is known."),
    3: (["source"], "REQUEST (demanding a revolution and a new political system) right, target empty right (no addressee "
             "named), ongoing 'is demanding' takes doc date. Source Qadri with empty country: he is the Pakistani cleric "
             "Tahir-ul-Qadri leading Islamabad protests (PAK plain from the text)."),
    4: ([], "All right: local officials (IRQ) accused paramilitary fighters (Iraqi, IRQ) of abuse; 'have accused' is this "
            "news, doc date."),
    5: ([], "All right: RETREAT resign is PLOVER's type for a resignation that happened; date Monday 2008-08-18."),
    6: (["date"], "REQUEST (asking for the pardon) is a real act, source right, target empty right (Putin not named in "
             "the sentence). Date: the request is a background act made before Putin disclosed it on the previous day; "
             "giving it the document date is wrong (no date in text -> unknown)."),
    7: ([], "All right: two suicide bombings killing 26 Israelis; bombers unnamed (empty source right); the text gives "
            "June 18 (the bus bombing) - accepted although the second bombing was a day later."),
    8: (ALL, "Spurious: 'A bullet has been fired at freedom of thought' is Erdogan's figurative condemnation of Dink's "
             "murder (the murder is coded elsewhere); no shooting is reported in this sentence, and mode crowd-control is "
             "wrong anyway."),
    9: ([], "All right: U.S. State Department urged all (Cambodian) parties to respect the process; doc date."),
    10: ([], "All right, by the rules: 'the deployment' (police and military moving into Phnom Penh) is a MOBILIZE act; "
             "no party named in the sentence, so empty source/target are right; Monday = doc date. A reader might call it "
             "a mere topic noun; it refers to an act that happened that day."),
    11: ([], "All right: military offensive against separatist rebels in May 2003 (ASSAULT, IDN both sides, 2003-05)."),
    12: (["type", "modality", "date"], "Rice said Washington 'would work with' Pakistan's elected leaders: a statement of "
             "willingness to cooperate is AGREE (PLOVER 'indicate willingness or commitment to cooperate'; offers/pledges are "
             "asserted), not COOPERATE. Modality 'hypothetical' is wrong under either reading (AGREE asserted, or COOPERATE "
             "future). Date: the statement is this news (doc date 2008-08-18), not unknown."),
    13: (["target", "date"], "COERCE arrest, source Canadian authorities right. Target 'chief financial officer[USA/GOV]': "
             "Meng is the CFO of Chinese Huawei (CHN), not a U.S. government party - country wrong. Date: the next sentence "
             "gives the arrest as December 1 (2018-12-01); doc date is wrong."),
    14: (["type", "source", "target"], "Sisi telling his own troops to 'be prepared to carry out any mission ... outside "
             "our borders' is not a REQUEST between political actors: it is an alert to his forces (MOBILIZE, CAMEO 152) / a "
             "threat toward Libya. Source Sisi with empty country (Egyptian President, EGY plain). Target 'troops[LBY]' are "
             "Egyptian troops: country wrong."),
    15: ([], "All right: PLOVER codebook CONCEDE includes 'promise to withdraw from territory (in the future)'; Russia -> "
             "Moldova, Friday 1999-11-19, asserted pledge. (CAMEO2PLOVER would give 0356 -> AGREE; I accept CONCEDE.)"),
    16: (["date"], "ASSAULT (tens of thousands killed in the JVP uprisings) right; killers not named, empty source right; "
             "target LKA right. Date '198' is garbled: the killings span 1971 and the late 1980s, a summed total -> no date."),
    17: (["target"], "SUPPORT (welcomed) right, source U.S. right, doc date right. Target empty: the decision welcomed is "
             "Japan's, and Japan is named in this sentence ('Japan's main ally') - the party acted upon is Japan. (Strict "
             "reading; a reader could accept empty since 'the decision' is not a party.)"),
    18: (["date"], "CONCEDE right (PLOVER: a promise of a future release is CONCEDE, not RETREAT), Israel -> Palestinian "
             "prisoners right, asserted right for the commitment. Date: the accord was signed 'late on Saturday' "
             "(1999-09-04, lead sentence); doc date 1999-09-05 is wrong."),
    19: ([], "All right: U.S. officials 'pressing to consolidate a fragile ceasefire' taken as REQUEST (urging); no "
             "addressee named; ongoing at the time of the killing, doc date 2001-10-17."),
    20: (["source"], "REQUEST (demanded the poll be rerun) right, date Friday right. Source is Mubarak, but the demander is "
             "'his nearest rival' (Ayman Nour) - wrong party."),
    21: (["type", "target", "date"], "Gazprom instructing its own engineers is not a REQUEST between political actors; the "
             "act is Gazprom resuming gas supply toward Ukraine/Europe (COOPERATE, resumed economic exchange). Target "
             "'engineers[None]' is Gazprom's own staff, not the party acted upon (and Russian, not None). Date: 'Gazprom said "
             "it had instructed' is this news (2009-01-19), not unknown."),
    22: ([], "All right: Sanders welcomed the (Trump) decision; Trump not named in the sentence, empty target right."),
    23: ([], "All right: Putin 'proposed sweeping constitutional changes' = express intent to change institutions (CAMEO "
             "0344 -> AGREE); same day, 'hours' before the resignation, 2020-01-15."),
    24: ([], "All right: march calling on Maliki to resign is aimed at the authorities, so Iraq is a right target; doc "
             "date 2008-03-26."),
    25: (ALL, "Spurious: 'He was due to be freed in August next year' states when his prison term would have ended; no "
              "act of release or concession occurred or is planned. (Even read as an event, source Khodorkovsky would be "
              "the freed person, date should be 2014-08 and modality not asserted.)"),
    26: ([], "All right: Germany urged other countries to increase contributions; doc date."),
    27: (["target"], "A hypothetical war ('could be fought without Turkey') kept as ASSAULT hypothetical, no date right, "
             "fighter not named (empty source right). Target Turkey is wrong: the war would be fought without Turkey, not "
             "against it."),
    28: (ALL, "Spurious: suspending an election campaign after the shooting is no PLOVER act; RETREAT ceasefire is "
              "'implement ceasefire' in a conflict - word in another sense."),
    29: (ALL, "Spurious: Babic 'killed himself' - a suicide in prison is no ASSAULT between political actors."),
    30: (["source", "target"], "AGREE (bailout agreed last year = 2023) right, asserted right. Source 'JVP' is wrong: the "
             "bailout was agreed between Sri Lanka's government and the IMF, not Dissanayake's party. Target empty is wrong: "
             "the IMF is named in the sentence as the other party."),
    31: (["date"], "REQUEST future (Ban will press member states to give more) right; source Ban (UN) and target member "
             "states right. Date: the text gives 'at a General Assembly session on Thursday' (2010-08-19); null is wrong."),
    32: (ALL, "Spurious: Chen 'walked out unaided' from hospital - not a SANCTION walk-out."),
    33: (["target"], "COERCE restrict inside the critics' accusation: reported right; ongoing practice, doc date right; "
             "source Magufuli right. Target empty is wrong: the sentence names the party acted upon, 'the media' (and "
             "opposition rallies)."),
    34: (["source"], "ACCUSE (condemned the fist bump) right; target empty acceptable (first clause names no party). "
             "Source Hatice Cengiz coded USA: she is Turkish (Khashoggi's Turkish fiancee) - country wrong."),
    35: ([], "All right: 'would not normalise relations with Damascus' as SUPPORT negated (conventions accept REJECT "
             "asserted or the act negated); Qatar -> Syria; negated act without date."),
    36: ([], "All right: a pledge of money is AGREE (conventions, wave 76); recipient not named in the sentence; "
             "'has pledged' this news."),
    37: ([], "All right: COERCE curfew, passive with no agent named; Thursday 2007-01-11."),
    38: ([], "All right: promise of prison reform = AGREE (CAMEO 034 intent to reform); made after last month's "
             "scandal at an undated time -> no date right."),
    39: ([], "All right: soldiers killed 'this year' is a summed total -> no date; killers not named in the sentence."),
    40: ([], "All right: clashes between police and protesters, UGA both, Thursday 2011-04-28."),
    41: (["source"], "MOBILIZE (military drills around Taiwan, Aug 2022) right, target Taiwan right. Source "
             "'military[None]': the drills were staged by Beijing (China, CHN) - party/country wrong."),
    42: ([], "All right: Arab League agreed to readmit Syria, Sunday 2023-05-07."),
    43: ([], "All right: Russia endorsed the UNSC resolutions (SUPPORT), background act with no date; asserted with "
             "reported_by Scheffer."),
    44: (["source"], "THREATEN (warned GNA forces not to advance) right, target the Tripoli-based government (LBY) right, "
             "Saturday right. Source Sisi with empty country: 'Egyptian President' in the sentence -> EGY."),
    45: ([], "All right: gunmen attacked India's parliament, 'later that year' = 2001."),
    46: (["target"], "AGREE right, source Putin right, date Monday right. Target empty: 'We have agreed' - the pronoun "
             "refers to Russia and Ukraine (Tymoshenko), so the other party (Ukraine) should be coded."),
    47: ([], "All right: Barroso (EU) welcomed the agreement; no party named; doc date."),
    48: (["source"], "ACCUSE (condemned the blasts) right, date right. Source: Kasuri is Pakistan's Foreign Minister "
             "but coded IND - country wrong for one of the two sources."),
    49: (ALL, "Spurious (duplicate): the 50,000 killed are the toll of the civil war already coded from this sentence "
              "(e10 'fought' ASSAULT); a second ASSAULT for the same war."),
    50: (["type", "source"], "Kosovo's declaration of independence is a real political act, date 2008-02 right, but it is "
             "no REQUEST (it demanded nothing; it declared). Source adds 'Albania[ALB]' from 'ethnic Albanian' - Albania is "
             "not a party."),
    51: ([], "All right: Hariri telephoned Aoun (CONSULT phone), doc date 2017-11-04."),
    52: ([], "All right: 'We ... congratulate the winner' - Ennahda's spokesman speaking for the party accepted as "
             "source; 'the winner' = Nidaa Tounes, description with right country; Monday 2014-10-27."),
    53: (["source"], "REJECT (judges refused the lawyers' request) right; target Mladic (through his lawyers) right; "
             "date right. Source 'Judges[BIH]': the judges are of the UN tribunal (ICTY), not Bosnian - country wrong."),
    54: (["target"], "Invitation to meet = AGREE (PLOVER 'invite'), source Cardoso right, doc date right. Target empty: "
             "'the president-elect' refers to Lula - wrong when empty."),
    55: (["type", "target"], "Shoigu ordering his own troops back to base is no REQUEST between actors; a coder codes the "
             "pullback (RETREAT withdraw, Russia; toward Ukraine's border region). Target 'troops[RUS]' (own forces) is "
             "therefore wrong."),
    56: (["date"], "COERCE restrict (Assad's crackdown on protests) right, source right; empty target accepted ('protests' "
             "is an act noun). Date 2011-11 is the suspension's month, not the crackdown's (which the text does not date: "
             "it began earlier) - wrong."),
    57: ([], "All right: tear gas is PLOVER ASSAULT crowd-control; Egypt police -> protesters; Friday = doc date."),
    58: ([], "All right: internet cut = COERCE withhold; passive, no parties named; this news."),
    59: ([], "All right: ICC arrest warrant for Putin, COERCE arrest accepted (the accusation is coded separately as "
             "ACCUSE); Friday 2023-03-17."),
    60: (["source", "target"], "ASSAULT (scuffled, threw stones) right, date 'this month' 2017-08 right. Mutual event "
             "between Indian and Chinese soldiers: source 'Soldiers' with no country (the two armies are named in the "
             "previous sentences: India, China) and empty target - one side should be source and the other target."),
}


def main():
    items = [json.loads(l) for l in (HERE / "events-c-items.jsonl").open(encoding="utf-8")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        bad, why = V[it["n"]]
        assert all(f in FIELDS for f in bad)
        if "event" in bad:
            assert set(bad) == set(FIELDS), it["n"]
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = why
        out.append(rec)
    with (HERE / "events-c.jsonl").open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'right/real(' + str(len(real)) + ')':>16}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{a:>7}/60{b:>12}/{len(real)}")
    print("spurious:", 60 - len(real), sorted(r["n"] for r in out if not r["verdict"]["event"]))
    for f in FIELDS[1:]:
        print(f"false {f}:", sorted(r["n"] for r in real if not r["verdict"][f]))


if __name__ == "__main__":
    main()
