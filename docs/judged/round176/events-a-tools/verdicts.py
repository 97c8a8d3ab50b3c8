"""Write events-a.jsonl from the judge's verdicts below (judge a, round 176).
Each entry: n -> (event, type, source, target, date, modality, reasons). Run from round176/."""
import json

T, F = True, False
V = {
 1: (T, T, T, T, T, T, "Protests in Kasserine that began last weekend: PROTEST, and 2016-W02-WE is the weekend of 16-17 Jan 2016 before the Friday 22 Jan report. The sentence names no protesters and no aim, so empty source and target are right by the sentence rule (a coder would add Tunisian protesters, TUN)."),
 2: (T, T, T, T, T, F, "The funding and arming of rebels by foreign states is an ongoing AID act with the right parties and document date, but it is Assad's claim inside his demand that they stop, not the reporter's: modality should be reported. (Dateline missed the sentence's own act, Assad's demand, a REQUEST to foreign states.)"),
 3: (T, T, T, T, F, T, "Right REQUEST from the Ethiopian government to the TPLF, but the call came in the government's statement declaring the truce on Thursday: date should be 2022-03-24, not the Friday document date."),
 4: (T, T, T, T, T, T, "Ukrainian forces killed five rebels on Thursday: ASSAULT UKR -> rebels (UKR), 2014-04-24 is the Thursday before the Saturday report."),
 5: (T, T, T, F, T, T, "The Venezuelan government blaming others is an ACCUSE asserted by the State Department, but the 'others' are not Venezuelan (the story makes Washington the one blamed): target should be 'others' with no code, or the United States (USA), not VEN."),
 6: (T, T, T, F, T, T, "Cherizier not recognising 'the council' is a negated recognition (SUPPORT negated, or REJECT asserted), but the council is Haiti's nine-member transitional presidential council (HTI), not the UN Security Council: target wrong."),
 7: (T, T, T, T, T, T, "Steinmeier called on Moscow to use its influence: REQUEST DEU -> Russia (RUS); no date in the text, so the document date is right."),
 8: (T, T, T, T, T, T, "Iran condemned the air strikes: ACCUSE IRN. 'The air strikes' is an act, not a party, so an empty target is right by the sentence rule (Saudi Arabia, SAU, would also be right); undated reaction takes the document date."),
 9: (T, T, F, T, T, T, "'It' is the expert panel led by Angus Houston (AUS), not Christmas Island (CXR): source wrong. No addressee is named, so the empty target is right; no date in the text, so the document date stands."),
 10: (T, T, T, T, T, T, "Erdan thanked the United States: SUPPORT (CAMEO 051 praise) ISR -> USA on the report date."),
 11: (T, T, T, T, T, T, "De Mistura is expected to convene the talks: future CONSULT with no date given in the sentence (unknown is right) and no party named besides the envoy (empty target right)."),
 12: (T, T, T, T, T, T, "Sharif called for stronger regional ties and joint action against terrorism: REQUEST PAK with no addressee named (empty target right), on the Wednesday summit day that is the document date."),
 13: (T, F, T, T, F, F, "The White House failing to make contact with Pyongyang is an attempted consultation that did not happen: type should be CONSULT (not SUPPORT), modality negated (not hypothetical), and date the document date 2023-07-19 because it is reported as this news (not unknown)."),
 14: (T, T, T, F, T, T, "Brahimi pressing for a transitional government is a REQUEST (ongoing, document date right), but the transitional government is what he asks for, not who he asks: the sentence names no addressee, so the target should be empty."),
 15: (T, T, T, T, T, T, "The junta expelling French troops and UN peacekeepers: SANCTION expel (CAMEO 1661) MLI -> FRA and UN. It is a background act and the text gives no date, so unknown is right."),
 16: (T, T, T, F, T, T, "The US calling on NSG members to support India's entry is a REQUEST, but the 'members' are the Nuclear Suppliers Group's members, not Indian: target should be the NSG members with no country code, not IND. The text gives no date for the pluperfect lobbying, so unknown is right."),
 17: (T, T, T, T, T, T, "Turkey's foreign ministry urged Washington to reverse course: REQUEST TUR -> USA; no date in the text, so the document date is right."),
 18: (T, F, F, T, T, T, "The House that approved the genocide resolution is the U.S. House of Representatives (USA), not TUR: source wrong. Passing a resolution that brands the Ottoman killings genocide condemns them, so the type should be ACCUSE (toward Turkey), not SUPPORT. The sentence names no party acted on, so the empty target is right, and 2019-10-29 is right for Tuesday."),
 19: (F, F, F, F, F, F, "Spurious: Cuban-Americans visiting their relatives is a private family visit under the new rules, not a consultation between political actors."),
 20: (F, F, F, F, F, F, "Spurious: 'struck' is from 'struck down', so the High Court annulled the Australia-Malaysia swap deal a year ago; it made no agreement with Malaysia."),
 21: (T, T, T, T, F, T, "Khan urging Washington is a right REQUEST PAK -> USA, but it was said at the Sunday meeting of the report: date should be 2021-12-19, not 2021-08 (the month the Taliban took power)."),
 22: (T, T, T, F, F, T, "King Abdullah demanded an end to the bloodshed 'in the country', which is Syria; the same sentence names Assad's crackdown as the thing rebuked. Target should be Syria/Assad (SYR), not empty. The demand came in the written statement read late on Sunday, so the date should be 2011-08-07."),
 23: (T, T, T, T, T, T, "Iran urged other countries to back the proposals: REQUEST IRN -> other countries (no code); no date in the text, so the document date is right. This is a separate act from the 'welcomed' SUPPORT, so it is not a duplicate."),
 24: (T, T, T, T, T, T, "The militants storming Ghazni before dawn on Friday is an ASSAULT by the Taliban (AFG) dated 2018-08-10. The sentence names a city and no party, so the empty target is right."),
 25: (T, T, T, T, T, T, "Djukanovic stepping down as prime minister in December 2010: RETREAT resign, 2010-12, asserted."),
 26: (F, F, F, F, F, F, "Spurious: Ardern denying that online abuse drove her decision is a denial about her own motives, not a rejection of any actor's request or proposal."),
 27: (T, T, T, F, T, T, "North Korea firing two missiles into the sea is MOBILIZE weapons (test), dated 2023-07-19 (early Wednesday). South Korea's military only reports the launch; it is not the target. The missiles went into the sea, so the target should be empty."),
 28: (T, T, T, T, T, T, "Sirisena held talks with Modi: CONSULT LKA -> IND on Monday 2015-02-16."),
 29: (T, T, T, T, T, T, "The opposition leaders accused Vucic: ACCUSE SRB -> Vucic (SRB). The country code is right, though the sector GOV is wrong for the opposition. The campaign accusations are undated and current, so the document date is accepted."),
 30: (T, T, T, T, F, T, "Modi urging Xi is a right REQUEST IND -> CHN, but the setback was on Friday and this came 'a day after': date should be Thursday 2016-06-23, not the document date 2016-06-24."),
 31: (T, T, T, T, T, T, "The 250,000 killed in the war is a total summed over the war, which by the round-20 rule has no date (unknown right). No killer is named, so the empty source is right; the victims are Syria's (SYR)."),
 32: (T, T, T, F, T, T, "Elci being detained briefly in October is a COERCE arrest dated 2015-10. The sentence names no detaining party, so the empty source is right, but the detainee is named: target should be Tahir Elci (TUR)."),
 33: (T, T, T, F, T, T, "Tadic condemning the violence 'on both sides' is an ACCUSE by SRB on the Nov 28 report date. 'Both sides' refers to the NATO/KFOR peacekeepers and the Kosovo Serbs, so the empty target is wrong: the target should be those two parties."),
 34: (T, F, T, F, T, T, "EU leaders agreeing to prepare sanctions over Turkey's drilling is a move against Turkey, so the type should be THREATEN (or a future SANCTION), not an AGREE with Turkey. The target should be Turkey (TUR) alone: Greece and Cyprus are the claimant states, not targets. 'Days after' gives no date, so unknown is right."),
 35: (T, T, T, T, T, T, "The EU and the US condemned the killing: ACCUSE with the killer unknown and unnamed (empty target right), on the Nov 28 report date given by the dateline."),
 36: (T, T, T, T, T, T, "Obama cancelling the Moscow summit with Putin: SANCTION withdraw (CAMEO 164) USA -> RUS, announced by the White House on Wednesday 2013-08-07."),
 37: (T, T, T, T, T, T, "Colombia's government and the ELN resumed peace talks on Monday 2022-11-21: a mutual CONSULT, with the two parties as source and target."),
 38: (T, T, T, T, T, T, "The Indian opposition accused the government of overplaying its hand: ACCUSE IND -> IND government; undated, so the document date is right."),
 39: (T, T, T, T, T, T, "Pashinyan welcomed the House vote: SUPPORT ARM. 'The vote' is an act and no party is named, so the empty target is right; undated reaction takes the document date."),
 40: (T, T, T, T, T, T, "Bangladesh's foreign minister hailed the tribunal decision: SUPPORT BGD with no party named (empty target right), on the Tuesday the award was published, which is the document date."),
 41: (T, T, T, T, T, T, "'Was never charged' is a negated ACCUSE (charge) against Djukanovic (MNE) with no charging party named and no date given. I score it right under the negated-modality convention, though a coder might not list a never-made charge."),
 42: (T, T, T, T, T, T, "Nepal's opposition urged the government to demand talks: REQUEST NPL opposition -> NPL government; undated, so the document date is right."),
 43: (T, T, T, F, T, T, "India accusing militant groups of attacks is an ACCUSE from IND, but the groups are ones Pakistan is asked to act against and Islamabad denies the charge. Target should be the Pakistan-based militant groups (PAK, or no code), not IND."),
 44: (T, T, T, T, T, T, "Governments in Europe and elsewhere announcing tax-evasion investigations: ACCUSE investigate by a multinational group with no single code. No target is named; this week's announcements take the document date."),
 45: (T, T, T, F, T, T, "The AU backing the regional force is a SUPPORT (AU), and the undated present perfect takes the document date. But the party backed is named: target should be the regional (multinational) force of 8,700 troops, which has no single country code, not empty."),
 46: (T, T, T, T, T, T, "India's refusal to sign the NPT is an ongoing REJECT by IND, so the document date is right by the ongoing-act rule. The treaty is not a party, so the empty target is right."),
 47: (T, T, T, T, F, T, "Washington supporting humanitarian pauses is a right SUPPORT by the USA, said by Wood at the council on Friday. Date should be 2023-12-08, not 2023-10-07 (the date of the Hamas attack)."),
 48: (T, T, T, T, T, T, "Lukashenko discussing constitutional reform with detainees: CONSULT BLR -> detainees (BLR), reported on Saturday 2020-10-10."),
 49: (T, T, T, T, T, T, "Russia's invasion of Ukraine: ASSAULT RUS -> UKR. It is a background act and the text gives no date, so unknown is right."),
 50: (T, T, T, T, T, T, "Myanmar giving up its 2006 ASEAN chair turn under Western pressure: CONCEDE (CAMEO 080 yield maps to CONCEDE), dated 2006. The sentence names no recipient of the yield, so the empty target is accepted."),
}

items = [json.loads(l) for l in open('events-a-items.jsonl')]
with open('events-a.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(items))
