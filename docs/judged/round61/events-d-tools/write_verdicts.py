"""Round 61, judge d: verdicts on the 50 sampled events (events-d-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event is false in every field.
Writes ../events-d.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["target"], "ACCUSE by the State Department is right. Target wrong: 'the move' is Jammeh's rejection of the result, so the party criticised is Jammeh (or his government); 'Gambia' is taken from 'the Gambian people', the party the statement says was wronged. Document date is right for a reaction reported as this news."),
    2: ([], "All right: Bush telephoned Sharon (CONSULT phone) on election day, reported by the White House; the congratulation is a separate event (e9), so this is no duplicate."),
    3: ([], "All right: ACCUSE by Western governments and rights groups (no single country, empty code right) against Raisi; an accusation of unknown time, no date is right."),
    4: (["target"], "MOBILIZE (scrambling fighter jets, CAMEO 152) by Japan on Tuesday is right. Target wrong: the scramble answered the two Chinese and two Russian bombers named in the same sentence, which are clearly the parties it was aimed at; empty is wrong."),
    5: (["date"], "REJECT: a number of EP deputies voted against Romania's accession, a separate act from the approval (#49). Source 'deputies' with empty code accepted (members of an international body). Date wrong: the vote was 'earlier this month' (2005-04), the text's own date; the document day 2005-04-25 is another date."),
    6: (["target"], "CONSULT visit: Kuchma was on a visit to Latin America, which he cut short. Target wrong: United States is not in the text; the host countries are unnamed ('Latin America'), so empty would be right."),
    7: ([], "All right: ASSAULT with no named perpetrator; hundreds killed in political violence in Bangladesh (BGD plain from the story); a total over the past year takes no date."),
    8: ([], "All right: two bombs in Khalis killed 40+ (ASSAULT), no group claimed it (empty source right), target the people killed in Iraq; 'hours before the results were declared' = Friday, the document date."),
    9: ([], "All right: PROTEST riot by crowds on Bali (IDN) on the day of the vote. Empty target accepted: the crowds are Megawati supporters angry at her defeat (a protest in support of someone), though they burned government offices - a reader might want Indonesia as target."),
    10: (ALL, "Spurious: an opinion-poll figure ('80 percent of Georgians support joining the EU') is a background statistic, not an act or statement by a political actor at a time."),
    11: ([], "All right: protesters occupying the prime minister's offices (PROTEST obstruct) aimed at the government, so Samak/the state is a right target; an occupation still going on when the story is told takes the document date."),
    12: (["type", "source"], "The sentence holds an act: the Dutch government will not ratify the EU-Ukraine agreement as planned (negated ratification). Type wrong: ratifying a formal agreement is AGREE (CAMEO 057), not SUPPORT. Source wrong: the actor is the Dutch government (Rutte's 'the government'), not the Ukraine government. Empty target, document date and negated modality right."),
    13: ([], "All right: militants linked to al Qaeda and Islamic State killed thousands in Burkina Faso (ASSAULT); coding the sponsors al-Qaeda/IS for their affiliates is acceptable, empty code right; a total with no date."),
    14: ([], "All right: Thailand, as ASEAN chair, expressed 'deep disappointment' (ACCUSE disapprove) on the day of the verdict; the sentence names no target, so empty is right by the conventions (I would code Myanmar)."),
    15: ([], "All right: EAC regional leaders (multinational, empty code right) had urged Burundi to delay the vote (REQUEST); pluperfect act of unknown time, no date right."),
    16: (["source", "target"], "SUPPORT for the IMF voting reform at the G20 Seoul summit is right, on the summit's closing day. Source wrong: the G20 leaders are coded CHN. Target wrong: India is only an example of the beneficiaries of the reform, not the party endorsed; empty (or the IMF) would be right."),
    17: (ALL, "Spurious: 'its failure to halt attacks by militants' is the government's failure to stop insurgent attacks, not a ceasefire or any retreat; no act is reported."),
    18: (["type", "source"], "The sentence holds the EU-14's downgrade of relations with Austria. Type wrong: 'will receive Austrian ambassadors only at a technical level' is a restriction of contacts (SANCTION, reduce relations), not a CONSULT. Source wrong: 'They' are the 14 EU governments, not Portugal (which only announced it). Target (Austrian ambassadors, AUT), no date and future modality accepted."),
    19: (ALL, "Spurious: 'hitting military targets' is the US/UK strikes already coded as ASSAULT (e1) from this sentence - a duplicate - and 'hitting' in the sense of striking, not criticising (ACCUSE); the date 2001-09-11 also comes from the September 11 attacks."),
    20: ([], "All right: Rehn (EU) urging Ankara to revise the constitution, REQUEST to the Turkish government, on the day of the ruling."),
    21: ([], "All right: human rights groups accused Kadyrov's armed followers (Chechen, RUS right despite the odd name 'Russia armed followers') of abductions and torture; background accusation of unknown time, no date."),
    22: ([], "All right: TPP agreement reached on Monday by the US, Japan and others (AGREE, mutual)."),
    23: ([], "All right: Khalilzad (USA) reached an agreement in principle with the Taliban; the text dates only his statement ('last week'), so no date for the agreement is accepted."),
    24: ([], "All right: Ibn Auf announced a night-time curfew (COERCE curfew) on Thursday; no target named, empty right."),
    25: (ALL, "Spurious: Ortega's claim that 'Nicaragua had voted for peace' is a rhetorical characterisation of the election, not a SUPPORT act by a political actor toward anyone."),
    26: (["source", "target"], "PROTEST obstruct (road blockades) is right, no date for the blockades of the past weeks is right. Source wrong: the demonstrators are Bolivian (code IND comes from 'Aymara Indians'). Target wrong: India; with no aim named in the sentence the state of Bolivia would be right."),
    27: (["date"], "ACCUSE by rights groups against Jammeh's government (Jammeh) is right. Date wrong: 'has been accused' reports longstanding accusations of earlier times (background), not this news; it should have no date, as in #3 and #21."),
    28: (ALL, "Spurious: 'warned that migrants could bring diseases' is 'warned' in the sense of alleging a danger, not a threat by Kaczynski to do anything; THREATEN is the wrong sense (at most a disparaging ACCUSE toward migrants)."),
    29: ([], "All right: Trump cancelled the Camp David meeting and called off negotiations (SANCTION withdraw, CAMEO 164 halt negotiations) with the Taliban leaders and Ghani, on Saturday 2019-09-07."),
    30: ([], "All right: the US (with European countries, only US listed, a right party) called for a swift transition to civilian rule (REQUEST); the sentence names no addressee, empty target right."),
    31: (ALL, "Spurious: 'was dismissed by Patasse' means removed from his post as army chief, not REJECT ('dismissed' a claim/proposal); the trigger is read in another sense."),
    32: ([], "All right: Amos (UN) launched an appeal for $301 million (REQUEST for aid), no donors named, reported as this news with no other date given."),
    33: (["target"], "ACCUSE (indictment) in 2001 with no indicting party named in the sentence (empty source right). Target wrong: Gotovina is Croatian; FRA comes from 'former French Foreign Legion soldier'."),
    34: ([], "All right: Moscow welcomed the decision (SUPPORT) on the day; 'the decision' is an act, not a party, so empty target is right by the conventions (I would code Yushchenko/Ukraine)."),
    35: (["type", "source", "date"], "The North lifting its nuclear freeze is an act, but type wrong: ending its own freeze under the 1994 deal is an escalation (REJECT of the commitment, or MOBILIZE), not RETREAT (easing sanctions, CAMEO 085). Source wrong: 'North' with no country code (should be PRK). Date wrong: the lifting preceded the past week's seal-cutting; a background act given the document date."),
    36: ([], "All right: Jammeh called for a fresh vote (REQUEST) on Friday 2016-12-09."),
    37: ([], "All right: Ban hinted he could travel to Pyongyang (CONSULT visit, hypothetical), KOR right for the South Korean foreign minister, no date."),
    38: (["target"], "SUPPORT (congratulate) by Abadi on Sunday 2017-07-09 is right. Target wrong: 'troops' (Iraqi troops) are named in the sentence; empty is wrong."),
    39: ([], "All right: Meles said Ethiopia does not seek to occupy Eritrean territory - occupying ground is ASSAULT, negated; Ethiopian government -> Eritrea; reported as this news."),
    40: ([], "All right: the tribunal's investigators are expected to seek the arrest of Khieu Samphan (and Ieng Sary): REQUEST, future, no date; one of the two named targets is a right target."),
    41: (ALL, "Spurious: 'U.S. and British planes patrolling no-fly zones' is a background description inside analysts' account of the radar's capabilities, not a reported mobilisation."),
    42: ([], "All right: the Israeli military began withdrawing forces from Jenin late on Tuesday (RETREAT withdraw)."),
    43: (ALL, "Spurious: 'I should not accept a congratulatory call' is Trump's rhetorical complaint about critics; no agreeing or refusal act (he did take the call, coded as CONSULT e2). Trump is also coded TWN."),
    44: (["source", "date"], "REQUEST to the ICC prosecutor is right, target right. Source wrong: 'It' is the Security Council's resolution (UNO), not Libya. Date wrong: the resolution was adopted late on Saturday, 2011-02-26 (first sentence); the document date 2011-02-27 is another date."),
    45: (["source"], "ACCUSE against opposition leaders (ETH) is right. Source wrong: the accuser is Information Minister Bereket Simon, not the Ethiopian police (they are the subject of 'had acted to restore order')."),
    46: ([], "All right: at least six killed in the Grozny stadium bombing on Sunday (ASSAULT), perpetrator not named, Chechnya victims RUS."),
    47: (["target"], "ASSAULT total since May 1998, no date and 'are believed' = reported are right. Target wrong: the soldiers killed are of both Ethiopia and Eritrea; coding them ERI names only one side (empty code would be right)."),
    48: (["target"], "ACCUSE by Haider is right. Target wrong: the 'foreign leaders' accused of meddling in Austria's affairs are the EU-14 leaders, coded AUT."),
    49: (["target"], "SUPPORT by the European Parliament, dated 2005-04 ('earlier this month'), is right. Target wrong: 'the two countries' accession' refers to Bulgaria and Romania; empty is wrong."),
    50: (["target"], "COERCE arrest with the arresting authority unnamed in the sentence (empty source right). Target code wrong: the people arrested over the Georgian mutiny plot are plainly in Georgia (retired officers), so GEO, not empty."),
}

assert sorted(V) == list(range(1, 51)), "need all 50"


def main():
    items = [json.loads(l) for l in (ROUND / "events-d-items.jsonl").read_text().splitlines() if l.strip()]
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false), (it["n"], false)
        if "event" in false:
            assert set(false) == set(FIELDS), f"spurious item {it['n']} must be false in every field"
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    (ROUND / "events-d.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))

    n = len(out)
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        k = sum(r["verdict"][f] for r in out)
        kr = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {k:>4}/{n:<4} {100*k/n:6.1f} {kr:>5}/{len(real):<5} {100*kr/len(real):6.1f}")
    print(f"spurious: {n - len(real)} of {n}: {[r['n'] for r in out if not r['verdict']['event']]}")
    for f in FIELDS[1:]:
        print(f"  {f} false (real events): {[r['n'] for r in real if not r['verdict'][f]]}")


if __name__ == "__main__":
    main()
