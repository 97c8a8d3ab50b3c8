"""Write events-a.jsonl: each item of events-a-items.jsonl with this judge's verdict and reasons.

usage (from docs/judged/round38): python events-a-tools/write_verdicts.py
Flags per item: event type source target date modality (1 = right, 0 = wrong); a spurious event is all 0.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ("event", "type", "source", "target", "date", "modality")
SPURIOUS = "000000"

V = {
 1: ("111001", "Target: the seizure was of the federal defendant's car, and the sentence names him; empty is wrong. Date: the seizure is a background act of an earlier, undated time (the case is already under appeal), so the document date is wrong; it should be unknown."),
 2: ("110011", "Saint Helena is the one that welcomed the criticism, so it is the source. The UN (council) whose criticism was welcomed is the target. Dateline has the UN as source and no target."),
 3: ("111111", "Right. The charging party is not named, so an empty source is right. The text does not say plainly which country Rochester is in, so an empty country for Jones is accepted."),
 4: ("111111", "Right: Israel calls for the resumption of peace talks (REQUEST). The sentence names no addressee, so an empty target is right."),
 5: ("101111", "Type: deepening diplomatic relations is SUPPORT (improve or expand diplomatic cooperation), not COOPERATE, which is material cooperation."),
 6: (SPURIOUS, "Spurious: 'have never released hostages without their full ... consent' is a generic claim about how the rebels release hostages, not a report of a release or a denial of one. A negated RETREAT reverses the meaning, and the release itself is coded from the lead."),
 7: ("110111", "Source: 'The President' is Lesotho's president, as the text says ('Lesotho's president has ordered ...'), so the code should be LSO. BWA comes from world knowledge about the name Ian Khama, not from the text."),
 8: ("111011", "Target: 'the country's majority Serbian population' is the Serb population of Bosnia ('the country', Bosnia's second city), so the code should be BIH, not SRB."),
 9: ("111011", "Target: police raided 'the apartment rented by the unidentified militants'. The militants are named in the sentence and are the party acted upon, so an empty target is wrong."),
 10: ("110011", "Source: 'They' are the protesting students (the subject of the previous sentences), not the university officials. Target: the university is only where the protest is held. The protest demands the release of detained students, an aim at the authorities, so Kenya (or empty) would be right, not 'Kenya university'."),
 11: ("111111", "Right. The protests turned violent late Sunday night (2023-06-11). The sentence names neither the protesters nor an aim, so empty arguments are accepted."),
 12: ("101111", "Type: U.S. unmanned aircraft arriving in South Africa for training is military cooperation (COOPERATE, military exchanges), not a CONSULT visit between political actors."),
 13: ("110111", "Source: 'The attorney general' is the Bahamas' Attorney General Pablo Riera (BHS), who visited the embassy, not the Dutch ambassador. Target (Dutch embassy, NLD) and Thursday (= the document date) are right."),
 14: ("111111", "Accepted: the accord between Grenada and the United States was reached. The US is a party and US officials are named; Grenada is not named in the sentence, so an empty target is right. I would code a concluded accord as SUPPORT (finalize an agreement), but AGREE ('agree to') is within the PLOVER definition, so I score it right."),
 15: ("111111", "Right: Jonathan met Tony Blair at the White House, and the text calls Blair 'US Prime Minister'. The sentence has no date, so the document date is accepted. The lead dates the announcement Monday, and I would have dated the meeting 2023-06-12."),
 16: ("111111", "Right: clashes between police and demonstrators on Monday (2023-06-12). A clash is mutual, so either party can be the source."),
 17: ("111011", "Target: a treaty (the Convention on the Rights of the Child) is not a party, so the target should be empty. Here it is given as a garbled 'organization' with code MDG."),
 18: ("111101", "Date: 'There have also been clashes in which some militants have been killed' is background: an undated earlier act listed next to the July raid. It is not this news, so the document date is wrong; it should be unknown."),
 19: ("111111", "Right. The sentence is truncated ('denounced the U'), so an empty target is accepted."),
 20: ("101111", "Type: the United States 'eliminated economic sanctions' is easing sanctions, a de-escalation (RETREAT/CONCEDE family). It is the opposite of SANCTION discontinue."),
 21: ("111111", "Right: the conviction is reported as this news. The court is named only in the previous sentence, so an empty source is right."),
 22: (SPURIOUS, "Spurious: 'approve' is the purpose of the panel the prime minister set up ('a panel to scrutinize and approve all proposals'), not an act of approval. Setting up the panel is not a PLOVER act either."),
 23: ("111111", "Right: AID by Congress. The recipient is not named in the sentence. A total 'since 2010' takes no date."),
 24: ("111111", "Accepted: Guevara threw rocks (ASSAULT, primitive weapons), reported by state radio on Thursday (= the document date). The sentence names no target. It is a different act from the beating in the same sentence."),
 25: ("111111", "Accepted: the future support of 'the Italian-led resolution', with Italy as the resolution's sponsor. The UN Security Council would also do as the target."),
 26: ("101111", "Type: 'it will continue to cooperate with the American side' is a statement of commitment to cooperate, which PLOVER codes as AGREE. It is not a report of material COOPERATE."),
 27: ("111011", "Target: the priest is on 'a South Pacific island' (Vanuatu archipelago in the next sentence). MWI comes from a stray mention of Lilongwe elsewhere. The text does not make Malawi plain, so the code should be empty or VUT."),
 28: ("111101", "Date: the caption the sentence belongs to dates the protest Monday, March 26, 2017, so the document date is wrong. The aim is a fire, not the authorities, so the empty target is right."),
 29: ("110011", "Source and target: the story is about Kyrgyzstan ('the Kygyz parliament'), so 'the Supreme Court' is the country's, i.e. Kyrgyz. RUS comes from the city name Kazan only. The two men's country is KGZ or empty, not RUS."),
 30: ("111101", "Date: the church's call came before the priest's killing, the news of the story, so it is an undated earlier act and the document date is wrong. Target: the country's president is accepted through his state."),
 31: ("111001", "Target: the Democratic Republic of the Congo is where he was killed, not a party acted upon; only Musenge is right. Date: the next sentence says 'His death came on Tuesday'. 2023-06-10 is the Saturday of the announcement."),
 32: ("111111", "Right: employees of an Italian radio station were killed in the operation of September 20 (2022-09-20, the previous September)."),
 33: (SPURIOUS, "Spurious: the sentence reports that the commander did not give a number. It holds no act of its own; the arrival is coded from earlier sentences, and the source is the fragment 'how many American troops'."),
 34: ("111101", "Date: the text gives the time of the planned intake ('in fiscal year 2013'), so the unknown date is wrong."),
 35: (SPURIOUS, "Spurious: a court 'agreed to hear the appeal' is a procedural decision, not AGREE (willingness to cooperate) between political actors. The target 'Australia court' is invented."),
 36: (SPURIOUS, "Spurious: the paratroopers died in a military mishap ('the latest in a series of military mishaps'), an accident, not an attack."),
 37: ("111101", "Date: the attack on the consulate is dated in the story ('broke out last Friday', 2023-06-09), so the document date is wrong."),
 38: ("111101", "Date: the request was made 'after the October 1998 incident', a background act of 1998, not the document date."),
 39: ("111011", "Target: Perez Molina is the Guatemalan president ('Guatemalan President Otto Perez Molina'), so the code should be GTM, not empty. Hypothetical and unknown date are right."),
 40: (SPURIOUS, "Spurious: 'the issue of the G20 summit' is a topic in Peskov's quote, not a meeting reported here. The summit is still to come (November 20-21)."),
 41: ("111111", "Accepted: the former military chief (the prime minister whose resignation was accepted) stepped down Friday, 2023-06-09."),
 42: ("111101", "Date: the text dates the announcement of the pledge 'In September' (2022-09), so unknown is wrong. Pledging aid is AGREE. The Obama administration given as the White House is accepted."),
 43: (SPURIOUS, "Spurious: a police spokeswoman who declines to give reporters details is declining to comment, not rejecting a political actor's request."),
 44: ("101011", "Type: protesters 'opposing' the authorities' decision is a protest, or at most a disapproval (PROTEST/ACCUSE). It is not REJECT, which rejects a request or proposal. Target: Sudan is right, but 'Sudanese troops' (who would clear the city) is not the party opposed."),
 45: ("111011", "Target: 'the island' is Bahrain, the one Clinton promised to support, so an empty target is wrong."),
 46: ("111111", "Right: Rodríguez calls on the U.S. to return (the sentence is truncated)."),
 47: ("111011", "Target: the arrested are 'the group of nine', not Canada."),
 48: ("111111", "Right: REQUEST for a meeting by Brunei to the Norwegian president, reported Thursday."),
 49: ("111111", "Accepted: AGREE (a commitment by the AKP to fulfil its promises, as Erdogan said). The sentence names no counterpart."),
 50: ("111111", "Right. 'last April' most naturally dates the crimes, so the opening of the investigation has no date, and unknown is accepted. 'The region' is a place, not a party, so an empty target is right."),
 51: ("111111", "Right: signing of an agreement by Norfolk Island and Thailand last week (2023-W23). A mutual act, so listing both parties is accepted."),
 52: ("111111", "Right: the decision to establish diplomatic ties (SUPPORT), announced Thursday (the document date). A mutual act."),
 53: ("111100", "Modality: 'a second march is planned for the night' is future, not asserted. Date: the story's day is Tuesday ('Tuesday's march'), so the march is planned for Tuesday night (2023-06-13), not the document date."),
 54: ("111111", "Right: the Syrian rebels accuse the Syrian regime."),
 55: ("111111", "Right: a negated charge on Friday (2023-06-09)."),
 56: ("110111", "Source: Belgium is where the attacks took place, not the attacker. The attackers are not named, so the source should be empty. The truncated noun phrase still refers to the attacks."),
 57: ("111111", "Right: Russia and Syria accuse Turkey."),
 58: ("110101", "Source: 'world leaders' who reached the Paris agreement are many states, not France. Paris is only the place, so FRA is wrong and an empty code would be right. Date: the agreement was reached 'less than a year ago', a background act, so the document date is wrong."),
 59: ("111111", "Right: an offer to discuss (AGREE). 'reportedly' is attribution, so asserted is right. The truncated sentence gives no target."),
 60: ("111111", "Right: the policeman (Brazil) was shot dead. The shooter is not named, so an empty source is right."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    with open(HERE / "events-a.jsonl", "w") as out:
        for it in items:
            flags, reasons = V[it["n"]]
            verdict = {f: c == "1" for f, c in zip(FIELDS, flags)}
            if not verdict["event"]:
                assert flags == SPURIOUS
            verdict["all"] = all(verdict[f] for f in FIELDS)
            it["verdict"] = verdict
            it["reasons"] = reasons
            out.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(items))

if __name__ == "__main__":
    main()
