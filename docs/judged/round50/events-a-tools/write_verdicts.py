"""Judge a, round 50: writes events-a.jsonl from the item file and the verdicts below.

Each verdict: n -> (false fields, reasons). Fields: event type source target date modality.
A spurious event (event false) is false in every field.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "All right by the conventions. I would code REJECT (Israeli officials -> the Arab plan); AGREE negated on 'could accept' is read like 'refused to withdraw' = RETREAT negated. Empty target right: the sentence names only 'the plan', no party."),
 2: (["target"], "The rally chants against America and Israel, an aim other than the authorities: the Yemeni state is a wrong target (empty, or USA/ISR, would be right)."),
 3: ([], "All right: Rajapaksa assured Wickremesinghe of a peaceful transfer (AGREE), Friday = document date. reported_by could be 'his office' but that is not scored."),
 4: (["event"], "Spurious: 'the biggest expansion of the alliance' is NATO enlargement (membership), not a military mobilisation; no MOBILIZE act."),
 5: (["target", "date"], "Target: the border is both countries' ('Their'), the text does not say who closed it; Algeria as the party acted upon is unsupported (empty would be right). Date: the closure is dated 1994 by the text (or, as a continuing state, the document date), not unknown."),
 6: ([], "All right: arrests began March last year = 2012-03 (document date 2013-07-02); the sentence names neither arresting authority nor the arrested (the petition signers are another act)."),
 7: (["target"], "Target: the sentence names the party fired on, 'three Ukrainian navy ships' (Ukrainian navy, UKR); empty is wrong."),
 8: (["target"], "Target: Garcia warns that the process depends on the government keeping its word, so the target is the Colombian government, not the ELN (his own group). THREATEN accepted though it is a mild conditional warning."),
 9: (["date"], "Date: detentions 'overnight' reported as this news take the document date (2011-04-12); unknown is wrong."),
 10: (["date"], "Date: the pledge was made in the 2020 Doha accord; the document date (2022) is wrong for this background act."),
 11: ([], "All right: Critics (country not given) accuse the Mexican government, document date of the news report."),
 12: ([], "All right: abducting is a distinct act from blowing up the track and opening fire; late Monday = 2022-03-28; the passengers on the Abuja-Kaduna train are plainly in Nigeria."),
 13: (["source"], "Source: adds a spurious 'European Council' and gives Klitschko (head of the Ukrainian Udar party, speaking in Kiev) no country; should be Klitschko UKR."),
 14: (["event"], "Spurious: 'unprecedented assault on the country's democracy' is figurative (vote-buying/interference); at most ACCUSE by Sandu, not ASSAULT."),
 15: (["source", "date"], "Source: the speaker (of the National Assembly) resigned, not Imran Khan. Date: the text places the resignation at the end of Saturday (2022-04-09); unknown is wrong."),
 16: ([], "All right by the rule: 'the accusations' names no party, so an empty target is right (I would name Demirtas/HDP from the previous sentence)."),
 17: (["target"], "Hypothetical act in the resolution's condition, coded hypothetical: accepted. Target: the Arab militias terrorising Darfur (Janjaweed) are plainly Sudanese; country should be SDN, not empty."),
 18: (["source", "target"], "Source: Boluarte (Peru) asked, not a 'government' coded USA. Target: Peru's Congress, not the US Congress."),
 19: (["target"], "CONCEDE negated accepted (REJECT would also do). Target: the sentence refers to the gunmen ('what it called terrorists'); empty is wrong."),
 20: ([], "All right: Washington urges all sides in Yemen's crisis to show restraint; 'sides' (several parties) with empty country accepted, though YEM would be better."),
 21: ([], "All right: Morales calls on supporters to mobilise (REQUEST); no date in the text, document date accepted."),
 22: (["target"], "Target: 'political opponents' jailed 'in a country where' = Egypt; the text makes the country plain (EGY), empty is wrong. Undated span: no date right."),
 23: (["type", "modality"], "Type: using Pegasus spyware to target officials is COERCE (cyber/surveillance), not ASSAULT. Modality: the act is in 'reports ... which Rabat denies' cited by Lamamra: reported, not asserted."),
 24: (["event"], "Duplicate: 'shelling villages and Stepanakert' is the air and artillery assault already coded from this sentence ('launched', e2). (Its target Stepanakert as AZE would also be wrong: the ethnic Armenian-run enclave.)"),
 25: (["source"], "Source: demonstrators in Ouagadougou are plainly Burkinabe (BFA); country empty is wrong. Empty target right (aim: French ambassador/troops, not the state)."),
 26: (["target"], "AGREE negated read as REJECT (US rejects North Korea's demand). Target: the sentence names Kim/North Korea, whose demand is rejected; empty is wrong."),
 27: (["event"], "Duplicate: 'attacking vessels linked to Israel' is the Houthis' own description of the targeting of ships already coded from this sentence (e9 'targeting')."),
 28: ([], "All right: SANCTION (mode should be discontinue, not scored), Tuesday = 2021-08-24."),
 29: (["date"], "Date: Washington's welcome is reported as this news with no date: document date (2015-11-07), not unknown."),
 30: (["source"], "Source: 'the two leaders' are Vajpayee (India) and Sharif (Pakistan); a single group coded PAK is wrong for India's leader. Empty target accepted for a reciprocal agreement."),
 31: ([], "All right: arresting leaders of the protest movement (THA); the GOV role on 'leaders' is wrong but roles are not scored. Distinct from the emergency and the ban."),
 32: (["target"], "Target: China's protest is to Vietnam, named in the sentence ('Hanoi'); empty is wrong."),
 33: ([], "All right: Ankara accused Stockholm; background act with no date in the text, unknown right."),
 34: ([], "All right: tribal leaders (and army units) in eastern Libya support Haftar; present perfect recent, document date."),
 35: (["source"], "Source: 'the Catholic Church in the region' is the local (Peruvian) church; coding it VAT is the wrong country (PER or empty)."),
 36: (["target"], "Target: the killed are Karabakh servicemen ('their servicemen'), not 'Karabakh officials' (the speakers), and AZE is doubtful for the Armenian-run enclave."),
 37: (["date"], "Date: 2019-05 is the month of the annulment ('last month'); the complaint came before it and the text gives it no date (unknown would be right)."),
 38: (["target"], "Labelling the gunmen terrorists accepted as a distinct ACCUSE from the same sentence. Target: the gunmen ('what it called terrorists'), not empty."),
 39: (["target"], "Target: Acosta Arevalo is right, but the Venezuelan government is added as a second target; it is the object of the alleged plot, not the accused."),
 40: (["date"], "Date: the gathering and accusation are this news (Wednesday, 2018-08-01, per the lead); unknown is wrong ('Monday's poll' dates the rigging)."),
 41: (["source"], "Source: the speaker is Shehbaz Sharif (the PM-designate), not his brother Nawaz Sharif."),
 42: ([], "All right: 'the celebration' names no party, empty target right by the rule (I would name the Bosnian Serbs)."),
 43: ([], "All right: Mali government asks for MINUSMA's withdrawal on Friday 2023-06-16. reported_by Diop is coded SEN (he is Malian), not scored."),
 44: (["source"], "Source: 'they' are the representatives of Myanmar's junta and the ethnic armed alliance (MMR), not Chinese (CHN/LEG)."),
 45: ([], "All right: Saudi Arabia welcomed the strike; 'it' is the strike, no party named, empty target right. reported_by 'Pakistan' is wrong (not scored)."),
 46: ([], "All right: Obama warned earlier this month (2014-02) that enacting the law would complicate relations: THREATEN; Uganda not named in the sentence, empty target right."),
 47: (["event"], "Duplicate: the worker was killed when rioters attacked the project; the killing is already coded from this sentence (e1 'killed'), so 'attacked' is a second event for the same act. (Its target Vietnam and its date would also be wrong: the attack was late Wednesday on a Taiwanese-built steel project.)"),
 48: ([], "All right: killings over the weekend (2019-W46 weekend), victims in Iran, source not named."),
 49: (["target"], "Target: 'them' are the Japanese and South Korean foreign ministers, not the Thai government (Bangkok is only the venue)."),
 50: ([], "All right: Borisov announced the government's resignation on Wednesday; the target name is truncated ('right government') but the party (Bulgarian government) is right."),
 51: (["target"], "Target: the Lebanese army deploys alongside the UN force; the UN is not acted upon (empty would be right)."),
 52: (["source", "date"], "Source: the foreign secretaries of India and Pakistan signed, not Vajpayee coded PAK/organization. Date: signed with the declaration at the end of the visit on Sunday (1999-02-21), not Saturday."),
 53: ([], "All right: several other officers (Bolivian) detained, detaining authority not named; no date in the sentence, document date accepted."),
 54: (["source", "date"], "Source: 'They' are the soldiers (previous sentence), not the witnesses. Date: the shooting was on Wednesday (2018-08-01) per the lead, not the document date."),
 55: ([], "All right: talks between Erdogan, Niinisto and Andersson on Tuesday 2022-06-28 (mutual)."),
 56: (["event"], "Duplicate: 'police beat people' in Borisov's quote refers to the riot police clash already coded from this sentence (e4 'clashed'). (Its date would also be wrong: the clash was the day before, 2013-02-19.)"),
 57: ([], "All right: soldiers detained Bazoum in July (2023-07)."),
 58: ([], "All right: AU commission chairman condemned the attacks; attackers not named in the sentence, empty target right."),
 59: ([], "All right: Rouhani hailed the deal on Sunday (SUPPORT)."),
 60: (["source"], "Source: 'Solidarity' is an adjective (protests in solidarity with Pussy Riot), not an organization; the protesters are unnamed (empty or 'protesters')."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        v = {f: f not in false for f in FIELDS}
        if not v["event"]:
            v = {f: False for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = v
        it["reasons"] = reasons
        out.append(it)
    with open(HERE / "events-a.jsonl", "w") as fh:
        for it in out:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    # table
    ev = [it for it in out if it["verdict"]["event"]]
    print(f"field | of 60 | % | of real events ({len(ev)})")
    for f in FIELDS + ["all"]:
        c = sum(it["verdict"][f] for it in out)
        ce = sum(it["verdict"][f] for it in ev)
        print(f"{f} | {c} | {100*c/60:.1f}% | {ce}/{len(ev)} = {100*ce/len(ev):.1f}%")

if __name__ == "__main__":
    main()
