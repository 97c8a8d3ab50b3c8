"""Round 32, judge b: verdicts on the 60 sampled events (events-b-items.jsonl), scored by docs/judged/CONVENTIONS.md.

n -> (event, type, source, target, date, modality, reason); 1 right, 0 wrong. A spurious event is 0 in every field.
Document date 2023-06-15 is a Thursday (Monday 06-12, Tuesday 06-13, Wednesday 06-14, Sunday 06-11, Saturday 06-10).

usage (from docs/judged/round32): python events-b-tools/verdicts.py   -> writes events-b.jsonl, prints the table
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SPUR = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 1, 1, 1, 1, "ACCUSE allege of Jammeh (GMB); passive with no agent, 'critics' belong to the next clause, so empty source is right; standing accusation, no date in the text -> document date accepted."),
    2: (1, 1, 1, 0, 1, 1, "Mutual CONSULT (met in Vilnius on April 26, 2023 right). Butkevicius LTU is a right source; the other party, Tobago's PM Stanbury, is coded LTU instead of TTO, so the target is wrong (counted once, on the target)."),
    3: (1, 1, 1, 1, 0, 0, "AGREE to accept Haitian migrants, TTO source, migrants HTI target right. The AGREE is the promise itself, made Sunday (2023-06-11): by CONVENTIONS a statement coded as its own type (AGREE) is asserted, so 'future' and the empty date are wrong."),
    4: (1, 1, 1, 1, 0, 1, "ACCUSE of the Syrian authorities ('they'), unnamed accusers so empty source right. 'This isn't the first time they have been accused' points to earlier accusations of unknown time: the document date is a background act given today's date."),
    5: (1, 1, 0, 0, 1, 1, "ASSAULT (clashes) reported by the SDF spokesman; the same sentence names the parties of the clashes ('the militants' = IS, and the SDF), both slots empty -> source and target wrong. No date for the clashes in the text -> document date right."),
    6: (1, 1, 1, 1, 0, 1, "SUPPORT by the Norwegian government of the EU Commission's view: type, source, target right. 'In its statement' is the statement Stoere made on Wednesday (2023-06-14) per paragraph 2; the text dates it, so the document date is wrong."),
    7: (1, 1, 1, 0, 1, 1, "SUPPORT (signed the deal). The signer on one side is the AU/EU envoy Goodluck Jonathan; the source lists the AU (AFU, plus a duplicate 'All-African Union' coded NGA) and 'EU envoy' - scored right with the NGA entry noted. The other signer, MUJWA leader Mahamaty, is missing: target lists the same AU/EU side -> wrong. Wednesday (signing, lead sentence) right."),
    8: (1, 1, 1, 0, 0, 1, "ASSAULT (husbands, sons and nephews killed); no killer named -> empty source right. Target 'children[ISR]' is wrong: the killed are the militants' husbands/sons/nephews (Palestinian). The killings are this news (yesterday per the lead): null/unknown date is wrong."),
    9: (*SPUR, "Spurious: 'vowed to stay at the area to keep up his [protest]' is a vow to keep protesting, not an AGREE (willingness to cooperate) or any other PLOVER act; truncated sentence."),
    10: (1, 1, 0, 0, 1, 1, "ASSAULT firearms in a quote. 'They' resolves in the quote to 'the military forces' of the preceding clause (the text is garbled); source 'fighters[BHR/REB]' is not that party -> wrong. Target: 'the helicopters' (the government's) named in the sentence, left empty -> wrong. Thursday = document date, right."),
    11: (1, 1, 1, 1, 0, 1, "SUPPORT: Obama formally backed the (US) proposal, no party targeted -> empty target right. The backing has no date in the text; the Monday given is Israel's agreement in the previous sentence, not this act -> date wrong."),
    12: (1, 1, 1, 1, 1, 1, "ACCUSE disapprove: Brandis (AUS) called the case frivolous, on Tuesday; 'the case' is not a party, so empty target right."),
    13: (1, 1, 1, 1, 1, 1, "ASSAULT: nine Palestinians killed during the raid; the sentence names no attacker -> empty source right; no date for the raid in the text -> document date right."),
    14: (1, 1, 1, 0, 1, 1, "ACCUSE allege (charged with sedition), unnamed charging authority -> empty source right; report date Sunday accepted. Target: the opposition leaders of the text's Guam election, coded None and de Lima PHL (real-world knowledge against the text) -> wrong code."),
    15: (*SPUR, "Spurious: the government 'warns people to protect their data' is a public advisory, not a coercive THREATEN (or any PLOVER act)."),
    16: (*SPUR, "Spurious: 'the laws allow people ... to be deported' states what a law permits; no deportation act."),
    17: (1, 1, 0, 1, 1, 1, "ASSAULT crowd-control right; 'They' = the soldiers (Kenyan military), but the source is the place 'Kibera[None/country]' -> wrong. Protesters KEN right; Thursday = document date."),
    18: (1, 1, 1, 1, 0, 1, "ASSAULT: two civilians killed by the police (NPL both) right; the killings are background to the May 17 death in the text, not today's act -> document date wrong."),
    19: (1, 1, 1, 1, 1, 1, "ASSAULT on the woman (USA, New Jersey) 'earlier this morning' -> document date right; attackers unknown -> empty source right."),
    20: (1, 0, 1, 0, 1, 1, "Police anti-drug raids are COERCE seize (raid), not ASSAULT. The sentence names no raider -> empty source right; it names the targets ('about 600 people') -> empty target wrong. Sunday right."),
    21: (1, 1, 1, 1, 1, 1, "AGREE: Uzbekistan agreed in January (2023-01) to hold an election; no other party -> empty target right."),
    22: (1, 1, 1, 0, 1, 1, "REQUEST: the White House sought approval from Congress ('U.S. congressional approval' names Congress as the party asked) -> empty target wrong. Background act of unknown time, no date -> right."),
    23: (1, 1, 1, 0, 0, 0, "SEAL Team Six sent to rescue Gulati (AID rescue accepted as the intended act, US Navy right). Target 'Jose Manuel Manalo' is wrong ('him' = Gulati). The rescue never took place (he was dead): asserted is wrong. The operation is the May 24, 2001 one -> document date wrong."),
    24: (*SPUR, "Spurious: 'those convicted of rape can be sentenced to life' is a general statement of the penal law, no act."),
    25: (1, 1, 1, 1, 1, 1, "AGREE (agreed to send military trainers), ERI government -> the ANC (ERI) named in the sentence; present perfect news -> document date right."),
    26: (1, 1, 1, 0, 1, 1, "ASSAULT (injured in the attack), no attacker named -> empty source right. Victims of the London attack coded FRA (from 'French police' in the garbled lead); the text places them in London -> code wrong. Thursday = document date."),
    27: (1, 1, 1, 1, 1, 1, "AGREE (pledged $300,000 in aid), Guelleh DJI; the beneficiary is his own country -> empty target accepted; news conference undated -> document date."),
    28: (1, 1, 0, 0, 1, 1, "REQUEST (ordered them to disembark possessions). 'they' = ABF officers, the Australian Border Force -> coded IDN, wrong. 'them' = the asylum seekers, whose country the text does not give (they are on Christmas Island) -> IDN wrong. 'Ten days ago' = 2023-06-05 right."),
    29: (1, 1, 1, 1, 0, 1, "REJECT: Grenada refused to join the UN; the text gives 2004, the event carries the document date -> wrong."),
    30: (1, 1, 1, 1, 0, 1, "ASSAULT: 'The attack took place...' - no party in the sentence, empty arguments right. 'The attack' is the Taliban attack the lead dates early Wednesday (2023-06-14) -> document date wrong."),
    31: (1, 1, 1, 1, 1, 1, "PROTEST demo: the anti-government rally (held Thursday = document date). No party or aim in the sentence -> empty source and target right by CONVENTIONS (the state would also be right)."),
    32: (1, 1, 1, 0, 0, 1, "ASSAULT torture by Namibian government forces right; the sentence names the victims ('more than 2,000 people, mostly white farmers') -> empty target wrong. 2005-03-22 is HRW's statement date; the torture happened during the regime from 1980 -> date wrong."),
    33: (1, 0, 1, 1, 1, 1, "Phuc (VNM) and Yingluck (THA) 'accepted an agreement' already made - approving/finalising an agreement is SUPPORT, not AGREE. Arguments right (mutual), September 22 -> 2022-09-22 right."),
    34: (1, 1, 1, 1, 1, 1, "SANCTION on Uruguay's central bank (URY), imposer not named -> empty source right; ongoing sanctions -> document date."),
    35: (1, 1, 1, 1, 0, 1, "ASSAULT: 'The attack' is the Sept. 1 shooting at two Air Force officers (previous sentence); no party in this sentence -> empty arguments right, but the text dates it Sept. 1 -> document date wrong. (Borderline as an event: the attack is only the subject of 'prompted opposition'; kept as an event.)"),
    36: (1, 1, 1, 1, 1, 1, "ASSAULT: the (Rwandan) military has been fighting FDLR insurgents (RWA); ongoing -> document date right."),
    37: (1, 1, 1, 0, 1, 1, "SUPPORT: South African support for the National Union For Democracy; the target also lists Panama, the group's backer, not a target -> wrong."),
    38: (1, 1, 0, 1, 1, 1, "COERCE arrest of 100+ people in the (British) Virgin Islands (GBR accepted for the territory). The sentence names the detaining party ('part of a US effort') -> empty source wrong. 'since October' is a span -> no date right."),
    39: (1, 1, 1, 1, 0, 1, "SUPPORT: the UN Secretariat backed Singapore's decision; 'A few weeks later' than February 3 - the backing is not on 2023-02-03 -> date wrong."),
    40: (1, 0, 1, 1, 0, 1, "The LDP 'called for the blockade' - organising the protest (PROTEST obstruct), not a REQUEST to another party (PLOVER keeps protests out of REQUEST). Source LSO right, no target named. The call is undated in the text; Saturday is the blockade's start, a different act -> date wrong."),
    41: (1, 1, 1, 1, 1, 1, "ASSAULT abduct: Mandela taken hostage in 1990 (ZAF), no abductor named; 1990 right."),
    42: (1, 1, 1, 1, 1, 1, "COERCE curfew in effect (ongoing, 'has now been in effect') -> document date; imposer not named in the sentence (city officials are the speakers) -> empty source right."),
    43: (1, 1, 1, 1, 1, 1, "ACCUSE investigate: British police (GBR) investigate the people behind the campaign on the Falklands (GBR territory accepted, as in #38); Tuesday is the report date of the just-launched probe -> accepted."),
    44: (1, 1, 1, 1, 1, 1, "SANCTION convict: de Klerk (ZAF) convicted Tuesday by the international tribunal (no code)."),
    45: (1, 1, 1, 0, 1, 1, "REQUEST (asked them to vacate the homes): Iceland government right; 'them' = the 50-60 immigrants of the previous sentence, not the police -> target wrong."),
    46: (1, 1, 1, 1, 1, 1, "SANCTION convict: an Indonesian court sentenced Khaira (IDN) on August 5 -> 2022-08-05 right; attribution to Novanto keeps it asserted."),
    47: (1, 1, 1, 1, 1, 1, "COERCE arrest by Libya; the arrests of this news, not dated in the sentence -> document date accepted; no party arrested named in the sentence -> empty target right."),
    48: (1, 1, 1, 1, 1, 1, "ACCUSE investigate: Thai authorities launched an investigation of the attack (no party) -> empty target right; document date right."),
    49: (1, 1, 1, 0, 0, 1, "CONSULT (EU and NATO leaders gathered to discuss Ukraine): Ukraine is the topic, not a party to the meeting -> target wrong (EU/NATO mutual or empty would be right). 'yesterday' = 2023-06-14, not the document date -> wrong."),
    50: (*SPUR, "Spurious: a goal in the memorandum's list ('Create an organization, through which it can cooperate ...'), not an act; arguments are fragments ('Fight Against Corruption', \"General's Office\")."),
    51: (1, 1, 1, 0, 0, 1, "ACCUSE allege (filed suit), Tuna TUR right; the sentence names the defendants ('the officers and the public prosecution') -> empty target wrong. 2011-07-31 is his detention date; he 'eventually' sued later, undated -> date wrong."),
    52: (1, 1, 0, 1, 1, 1, "ASSAULT: police killed the protestors at the Embassy of Slovakia - an embassy abroad ('Slovakian embassies in the Muslim world'), so the police are not plainly Slovak -> SVK source wrong. Protesters are 'the Bratislava protesters' -> SVK accepted. Date of the killing unclear ('the 16th' of no month) -> null accepted."),
    53: (1, 1, 1, 0, 1, 1, "CONSULT future: Milosevic (president in Zagreb in this text -> HRV right) will hold talks Friday (2023-06-16) with heads of ethnic Albanian parties - domestic parties, not the state of Albania -> ALB target wrong."),
    54: (1, 1, 1, 1, 1, 1, "RETREAT withdraw: Reagan (USA) pulled out the troops in January 1984; no place or party in the sentence -> empty target right."),
    55: (*SPUR, "Spurious: '\"I will not accept another victim\"' is a rhetorical statement of resolve, not an AGREE; target 'another victim' is not a party."),
    56: (1, 1, 1, 1, 1, 1, "COERCE deport, future: 'they' = the Congolese government's investigators (COD) are going to deport Nguesso (COD); future act with no date -> null right."),
    57: (1, 1, 1, 1, 1, 1, "COERCE arrest: the Czech government detained homeless people (CZE) in May (2023-05)."),
    58: (1, 1, 1, 0, 1, 1, "SANCTION by 'Europe' (EU, no code accepted); 'the country' = Kazakhstan (definite description in the sentence) -> empty target wrong. Present perfect, ongoing sanctions -> document date accepted."),
    59: (1, 1, 1, 1, 1, 1, "SUPPORT (approval of Anguilla's plan) by the Dutch foreign ministry on Oct. 1 -> 2022-10-01 right; Anguilla itself is not named as the approved party (only its ambassador, consulted) -> empty target accepted."),
    60: (1, 1, 1, 1, 1, 1, "AGREE (promise) by the Afghan security forces to return to the city to restore security; a promise is AGREE in PLOVER's wording (MOBILIZE future would also be defensible); undated quote -> document date."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(x) for x in (HERE / "events-b-items.jsonl").read_text().splitlines() if x.strip()]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61)), "verdict for every item"
    out = []
    for it in items:
        v = V[it["n"]]
        assert len(v) == 7 and all(x in (0, 1) for x in v[:6])
        if not v[0]:
            assert v[:6] == SPUR, f"spurious #{it['n']} must be wrong in every field"
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(v[:6])
        out.append({**it, "verdict": verdict, "reasons": v[6]})
    (HERE / "events-b.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))

    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':<9} {'all 60':>12} {'real events':>14}")
    for f in FIELDS + ("all",):
        a = sum(o["verdict"][f] for o in out)
        r = sum(o["verdict"][f] for o in real)
        print(f"{f:<9} {a:>3}/{len(out)} {100 * a / len(out):5.1f}%  {r:>3}/{len(real)} {100 * r / len(real):5.1f}%")


if __name__ == "__main__":
    main()
