"""Judge c, round 46: write events-c.jsonl from the hand verdicts below.

usage (from docs/judged/round46): python events-c-tools/write_verdicts.py
Each verdict lists the fields judged wrong (E = spurious event, all fields false), and the reasons.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ("event", "type", "source", "target", "date", "modality")

# n -> (wrong fields, reasons)
V = {
    1: ("target", "Target empty: the sentence names what was fired at, the air defence sites along the (Libyan) coast, i.e. Gaddafi's military (LBY); the strike has a target."),
    2: ("", "Right: unnamed arresting party (passive), dozens of people in New Caledonia (FRA code acceptable), reported news dated by the document date, asserted with reported_by Darmanin."),
    3: ("", "Right: Sengoku urged calm on Monday (2010-09-20), no addressee beyond 'both sides'."),
    4: ("date", "Date: the invitation of Russian instructors is a background act of unknown earlier time ('has only invited'), not the document date. (reported_by Le Drian is also wrong: the Malian government says it, but modality asserted is right.)"),
    5: ("", "Right: the Supreme Court annulling the run-off result is SANCTION (find unconstitutional/invalid), on Friday 2004-12-03; the sentence names no party acted upon, so the empty target is right."),
    6: ("target,date", "Target: the abstention criticised is the U.S. (Obama administration) act; the Castro government is its beneficiary and Fidel Castro is not the target. Date: 1960 is the embargo's year; the criticism is this news (document date 2016-10-26)."),
    7: ("type,target", "Type: armed men taking control of a military HQ is ASSAULT by the conventions (seizure of ground), not COERCE seize. Target: the HQ belongs to the Russian military, not Ukraine."),
    8: ("target", "Target country: 'the attackers' are al-Shabaab, which the story names as a Somali group (SOM); an empty country is wrong by the rule (minor)."),
    9: ("", "Right on the scored fields: Puka Temu (the PNG minister) appealed for calm; the PNG government as source is the same party level and country (I would code Temu himself and drop reported_by)."),
    10: ("source,modality", "Source: the diplomats are the speakers, the agreeing parties are the men around Kabila (COD code on foreign diplomats is also wrong). Modality: the agreement is only what the accounts 'suggested' - hypothetical, not asserted. (Borderline event: internal succession talks.)"),
    11: ("source", "Source: Ali Ahmeti is the political leader of Macedonia's ethnic-Albanian NLA rebels (MKD, rebel), not an Albanian (ALB) government official. CONCEDE for a promise to hand over weapons matches the codebook ('promise of future concessions')."),
    12: ("E", "Spurious: 'will take up the post of chief executive' is assuming an office, not MOBILIZE troops."),
    13: ("date", "Date: the purge killings followed the 1965 coup attempt (1965-66); 1998-05-20 is wrong."),
    14: ("date", "Date: the call for an investigation is reported as this news; with no date in the text it takes the document date (2019-06-04), not no date."),
    15: ("", "Right: Western diplomats urged Odinga (KEN) to accept the result; past-perfect background act of unknown time, no date."),
    16: ("source", "Source: 'the two leaders' are Koizumi (JPN) and Kim Jong Il (PRK); a group coded JPN only gives half the signers the wrong country. SUPPORT for signing a declaration matches the codebook."),
    17: ("target,date,modality", "A protester's claim ('He killed our brothers'): modality reported, not asserted; the killings are background acts of the uprising, not the document date; target 'our brothers' are plainly Yemeni protesters (YEM), empty country wrong."),
    18: ("source", "Source: the sentence names the perpetrator, 'Israel's air and ground campaign' (ISR); empty source is wrong. No date for a total since Oct. 7 is right."),
    19: ("date", "Date: the opposition's protests in parliament were on the day of the attack (Thursday, the document date 2001-12-13), reported as this news; no date is wrong."),
    20: ("E", "Spurious: 'two attempts to hold a vote were called off' is a cancellation of elections with no actor or target, not a SANCTION between parties."),
    21: ("", "Right on the scored fields: reservists (ISR MIL) threatened not to report for duty to the armed forces; background, undated. (I would rather target the Israeli government whose reform they opposed, but the military is the party the refusal would hit.)"),
    22: ("", "Right: Sannikov detained, unnamed detaining party; the document date for this news is acceptable (the text dates the rally to Sunday night but not the detention itself)."),
    23: ("source,target,date,modality", "Source: Bangladeshi officials (BGD), not Japan. Target: domestic militant groups are Bangladeshi (BGD), not JPN. Modality: a plain 'blamed' is asserted, not hypothetical. Date: the blaming is this news / ongoing ('have long insisted ... and blamed') and takes the document date."),
    24: ("E", "Spurious: delegates applauding after signing is a ceremonial gesture with no target; the act is the signing, coded from the previous sentence."),
    25: ("", "Right: bodyguards (IRN) clashed with unidentified attackers (country unknown in the text), Friday 2020-11-27."),
    26: ("", "Right: Britain summoning the Egyptian ambassador is an official complaint (ACCUSE), document date."),
    27: ("", "Right: the two foreign ministers signed the protocols (mutual SUPPORT, signing), Saturday 2009-10-10."),
    28: ("", "Right: Abashidze's resignation is RETREAT resign; 'overnight' before the Thursday document date."),
    29: ("source,target", "Source: 'human rights groups' are not Russian (no country given), RUS is wrong. Target: the condemnation is aimed at Russia's (Moscow's) heavy use of force; the civilians are its victims, not the target."),
    30: ("", "Right: the Turkish captain refused help from Greek tugs, late December 1995 (1995-12)."),
    31: ("target", "Target: the march denounced the French inquiry (France), not the Rwandan authorities; by the protest rule the state where it is held is wrong when the aim is something else."),
    32: ("", "Right: ELN began peace talks with Santos's government (CONSULT), 2017; Santos stands for his government."),
    33: ("target", "Target: Abiy Ahmed was not arrested (he is only mentioned as Jawar's former ally); Jawar Mohammed's country is Ethiopia, not empty."),
    34: ("date", "Date: the crackdown followed Zefzafi's arrest in May 2017; 2018-06-22 is wrong (2017)."),
    35: ("date", "Date: the text gives the day, 'Christmas Day last year' = 2009-12-25; the year alone is below the precision the text gives."),
    36: ("source", "Source: Holkeri acts as head of the U.N. mission in Kosovo (UN/IGO), not as a Finnish government official (FIN/GOV)."),
    37: ("source", "Source: the troops firing in Nasiriyah are plainly Iraqi security forces (IRQ); the troops' empty country is wrong (police IRQ right)."),
    38: ("E", "Spurious: Abashidze flying to Moscow is his flight into exile after resigning, not a CONSULT visit to the Russian government."),
    39: ("source,target,date", "Source/target reversed: Correa was the victim (hit by tear gas, jostled by the protesting police); the source is the protesters (police), the target Correa. Date: the crisis was Thursday 2010-09-30, not the Friday document date."),
    40: ("target", "Target: 'the resignation' refers to Prime Minister Hani al-Mulki's resignation; the accepted party (Mulki) should be the target, not empty."),
    41: ("target", "Target: 'the crackdown' is the Belarusian authorities' act (definite description), so Belarus (government) is the target, not empty."),
    42: ("target", "Target: the sentence names the accused, 'Western countries'; empty target is wrong."),
    43: ("target", "Target: the Kremlin accused Western governments (of meddling in Ukraine); Ukraine is the object of the meddling, not the accused."),
    44: ("", "Right: Lula convicted last year (2017), SANCTION convict, court not named."),
    45: ("target,date", "Target: Omar al-Razzaz is a Jordanian minister (JOR, not empty), and Harvard University is not a target. Date: the king's request is this news; with no date in the text it takes the document date 2018-06-04."),
    46: ("target", "Target: a mutual signing by the GNA and LNA delegations; the source is the GNA, so the LNA (named in the sentence) should be the target, not empty."),
    47: ("E", "Spurious: 'the militants should fight soldiers rather than people watching football' is a rhetorical taunt, not an ASSAULT reported, threatened or expected."),
    48: ("date", "Date: the shooting in the standoff over the singer's body is this news (Monday-Tuesday, before the arrests said on Tuesday); it takes the (document or Tuesday) date, not no date."),
    49: ("E", "Spurious: 'rallies are banned' reports a ban (COERCE by the state), not a rally (PROTEST)."),
    50: ("", "Right: Thaksin convicted last month (2008-10), SANCTION convict."),
    51: ("", "Right: Fidesz (HUN) demanded that the Hungarian government step down (REQUEST), document date."),
    52: ("source,target", "Source/target: the stone-throwers are supporters of Ennahda and supporters of the president (Tunisians, TUN), not Kais Saied himself. PROTEST riot is acceptable (I might code ASSAULT primitive for a clash between partisans)."),
    53: ("", "Right: troops (ECU) exchanged gunfire with police, Thursday 2010-09-30."),
    54: ("", "Right: Murigande accused Paris (the French government), document date."),
    55: ("E", "Spurious: goods 'would be hit' with tariffs is a trigger in another sense; the act is a future tariff (SANCTION), not ASSAULT."),
    56: ("", "Right: a total of kidnappings (ASSAULT abduct) over nine months has no date; no parties named in the sentence."),
    57: ("target", "Target country: the dead in the Marikana clashes (including police officers) are plainly South African (ZAF); empty country is wrong (minor). No date for a toll over the days before Thursday is right."),
    58: ("target", "Target: the march is 'to reject violence'; by the protest rule the state is wrong and an empty target is right."),
    59: ("", "Right: a total since 2011 has no date; civilians SYR."),
    60: ("", "Right: European foreign ministers called for the release of detainees; the addressee is not named in the sentence, so empty target is right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open(HERE / "events-c.jsonl", "w") as f:
    for it in items:
        wrong, reasons = V[it["n"]]
        wrong = set(w for w in wrong.split(",") if w)
        if "E" in wrong:
            verdict = {k: False for k in FIELDS}
        else:
            assert wrong <= set(FIELDS[1:]), wrong
            verdict = {k: k not in wrong for k in FIELDS}
        verdict["all"] = all(verdict[k] for k in FIELDS)
        f.write(json.dumps({**it, "verdict": verdict, "reasons": reasons}) + "\n")
print("wrote", HERE / "events-c.jsonl")
