"""Round 63, judge c: verdicts on the 50 sampled dateline events (events-c-items.jsonl).

V maps item number n -> ([fields judged false], "reasons"). A spurious event (event false) is false
in every field. Scored by docs/judged/CONVENTIONS.md; where I would code otherwise I say so.
Writes events-c.jsonl next to the items and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
ITEMS = os.path.join(ROUND, "events-c-items.jsonl")
OUT = os.path.join(ROUND, "events-c.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = FIELDS

V = {
    1: ([], "All right. 'urged calm' is an appeal (REQUEST) with nobody named as addressee, so an empty target is right; Vucic's reaction on verdict day takes the document date."),
    2: (["source"], "source: 'He' is Mahamat Idriss Deby (the son, 'Deby, 40'). Dateline's actor 'Idriss Deby' merges son and father (the same actor is the father killed in 2021, e4), so the record names the father, the wrong person. The promise (AGREE, asserted) is right, and so is the empty target. The date is right undated: the 2021 promise has no date in the text."),
    3: (["type", "target"], "type: special forces freeing hostages from their captors is a hostage rescue, which PLOVER puts under AID ('Rescue hostages'). RETREAT release is the captor letting captives go. target: 'officials' are only the ones who reported it; the party acted on is the hostages ('them'), or the hostage-takers. Source (Russian special forces) and date (early Friday = 2005-10-14) are right."),
    4: (["date"], "date: the text dates the police action to Tuesday, when the demonstrators blocked the opening (1999-11-30). The document date (Saturday 1999-12-04) is wrong. Tear gas and rubber bullets against demonstrators are ASSAULT crowd-control (CAMEO 175). Source and target (police and demonstrators in Seattle, USA) are right."),
    5: (["target"], "target: the sentence names the victims ('a crowd of young people', '20 people' killed in Tel Aviv), so an empty target is wrong. Type, source (Palestinian bomber), date (late Friday = 2001-06-01) and modality are right."),
    6: (["target"], "target: Tsvangirai rejects 'the result', Mugabe's win as announced by the election commission, and both are named in the sentence. The party rejected is Mugabe (PLOVER REJECT: the recipient is the target of the rejection), so an empty target is wrong. This is borderline, because 'the result' is a thing and not a party. REJECT for calling the result fraudulent and vowing to challenge it is acceptable, and so is the document date (Saturday)."),
    7: ([], "All right. The sentence does not name Syria, but 'that line' is Syria's demand from the previous sentence, so Syria is clearly the party whose demand Israel refuses (allowed by the 'another sentence' clause). 'Has so far refused' is still going on, so the document date is right."),
    8: ([], "All right. SUPPORT for welcoming the resolution. The resolution is a text, and its author (the Council) is not named in this sentence, so an empty target is right. A reaction reported as this news takes the document date."),
    9: (["date"], "date: the Duma vote (Thursday, the story's news) and Zyuganov's explanation to reporters are this news, so the act should take the document date 2008-05-08, not null. Another sentence already coded the vote (e1), but it is not a duplicate within this sentence. 'his party' = the Communist Party (RUS), so the source is right. Putin, the nominee voted against, is not named here, so an empty target is right."),
    10: (["source"], "source: Hafez al-Assad is Syria's president, but the record codes him ISR. AGREE is right. The target Israel is right through 'them' (the talks between the two countries). The extra target Albright is harmless. Date null: the text dates only Clinton's announcement ('last week'), not when Assad agreed, so an undated act is acceptable. A coder might have dated it 'last week'."),
    11: (ALL, "Spurious: a duplicate. The same sentence already has e7 'killed' ASSAULT -> three people for the same act: soldiers opened fire and killed three. This e8 'opened' is the second event for that act. (It has the better source, 'soldiers', but under the duplicate rule the second event is the spurious one.)"),
    12: (ALL, "Spurious: 'free its people' is the stated purpose of the military operations, not aid given. Liberating by war is not AID. The sentence's one act, the military operation, is coded again (and wrongly) as e2 'disarm'."),
    13: (["source", "target"], "source/target: 'the two leaders' are Obama and Abe (joint news conference in Tokyo). Dateline codes the pair as Japan and China, and China is the party the agreement is aimed against. The mutual pair should be Japan and the USA, so the target lacks the USA and both lists contain the wrong China. AGREE, the document date and asserted are right."),
    14: (["target"], "target: 'he' is Simeon (the former head of state running for premier), not Ivan Kostov. Being barred from the presidential race by residency rules is acceptable as COERCE restrict with no named source. Date 2001 (year): the barring holds in 2001. The year comes from 'later this year' (the race), but it does not contradict the act, so I accept it."),
    15: (["date"], "date: the Foreign Office's request to Moscow is reported as this news, with no date in the text, so it takes the document date 2006-11-24. Null is wrong. REQUEST GBR -> Russian government is right."),
    16: ([], "All right. The suicide bombing of a funeral is a separate act from the gunmen's attack (e9), so this is not a duplicate. No bomber and no victims are named ('a funeral' is an occasion), so an empty source and target are right. 'the same day' = Tuesday 2020-05-12."),
    17: ([], "All right. A warning that the step would 'kill diplomacy' is a forceful warning with serious repercussions, so THREATEN is acceptable. It is addressed to the board, which the sentence does not name. 'before the vote' gives no date, so null is right."),
    18: ([], "All right. ACCUSE from the critics (at home and abroad, so no country) to the court that issued the ruling. Thursday = 2017-03-30. The reported_by string is odd but does not change the modality."),
    19: ([], "All right. COERCE arrest of Karadzic (BIH), unnamed arresting party, 2008."),
    20: ([], "All right. Mutual AGREE between Abbas and Meshaal (both PSE), Thursday 2007-02-08."),
    21: (["source"], "source: 'Toledo' is coded as a country with no code. It is Alejandro Toledo, Peru's president-elect (PER). REQUEST is right. The trial's addressee is not named, so an empty target is right. The document date is right."),
    22: ([], "All right. A pledge of help is AGREE (wave-76 convention). GBR and FRA -> Sierra Leone and Guinea. An undated pledge reported as part of the current response takes the document date."),
    23: ([], "All right. Koroma's inaugural promises are AGREE. 'the capital' is a place, not a party, so an empty target is right. Document date (the swearing-in)."),
    24: ([], "All right. An offer to repay is AGREE. The party to be repaid is not named. February 2016."),
    25: ([], "All right. CONSULT phone from Obama to Fischer, late on Wednesday = 2009-09-16."),
    26: (["source"], "source: 'Troops and armour' massing on the Gaza border for a ground incursion are plainly Israel's. The previous sentences are the Israeli army's statements about expanding the operation. The country should be ISR, so an empty code is wrong. MOBILIZE, the document date and asserted are right."),
    27: (["source", "target"], "source/target: 'They' are Serraj and Haftar (previous sentence; 'five officers from each side'), so this is a mutual AGREE between the two Libyan sides (LBY). The source 'Germany government' and the target 'military committee' are both wrong. Type, date (Sunday) and modality are right."),
    28: (["target"], "target: Zhang Yesui lodged the protest with U.S. Ambassador Max Baucus, who is named in the sentence. The target should be Baucus/USA, so an empty target is wrong. ACCUSE (formal complaint) is right. Source China and the document date are right."),
    29: (["source", "target", "date"], "source: the representative of the association of families of the (Japanese) abductees is plainly Japanese, so the code should be JPN, not empty. target: 'the government' that gave away aid is Japan's (Koizumi's), not North Korea's. date: a statement at a news conference reported as this news takes the document date 2004-05-22. Null is wrong."),
    30: (["target"], "target: the Council condemned North Korea's rocket launch, and the sentence refers to North Korea ('It'). The condemned party is North Korea, so an empty target is wrong. This is borderline, since 'a rocket launch' does not itself name its launcher. Source UNSC, ACCUSE and April 2009 are right."),
    31: (["type"], "type: tens of thousands of protesters demanding the president's resignation is a demonstration. PLOVER codes protests, including protests that make demands, as PROTEST (demo; CAMEO 1411) and explicitly not REQUEST. Source (protesters, UKR), target Yanukovych and date are right."),
    32: (["target"], "target: the military action Sharif's party backs is the government's (army) offensive, and the same sentence names 'the government'. The party supported is Pakistan's government, so an empty target is wrong. This is borderline, because 'military action' is a policy. The source 'his party' (PAK) and the document date are right."),
    33: (["target"], "target: Rouhani pledges to work 'for all Iranians', who are named in the sentence as the recipients of the pledge. An empty target is wrong. This is borderline. The AGREE pledge, the source and the document date are right."),
    34: ([], "All right. ASSAULT abduct with the victim an Indian engineer (IND) and no kidnapper named, 2006. The beheading (e10) is a separate act."),
    35: (["source"], "source: North Korea carried out the nuclear test. The record gives 'South Korea government'. A weapons test is MOBILIZE weapons (PLOVER 'Test weapons systems'), so the type is right. Jan. 6, 2016 is right."),
    36: (["target"], "target: the agreement was signed by both the military council and the civilian opposition coalition, which is named in the sentence. The coalition is missing: the mutual target should be it. Signing an agreement is SUPPORT (CAMEO 057 -> SUPPORT), so the type is right. Saturday 2019-08-17 is right."),
    37: (["target", "date"], "target: the settlements to be evacuated are Israeli settlements, so 'Palestine isolated settlements [PSE/CVL]' is no party here. No recipient is named, so an empty target would be right. date: 'has pledged' is his campaign plan, made earlier and background to this story, and is given the document date. It should be undated. The type is right: PLOVER CONCEDE includes 'promise to withdraw from territory (in the future)'."),
    38: ([], "All right. ACCUSE (complaint of irregularities) by the NLD (MMR), with the accused authority not named. 'before the vote' gives no date."),
    39: (["source", "date"], "source: 'he' who was attending the NATO summit is George W. Bush (USA), not Iyad Allawi. date: the summit attendance falls on the handover day, which is this news (document date 2004-06-28). 2004-06-24 was taken from the previous sentence's 'Thursday' attacks. CONSULT with the target NATO is right."),
    40: ([], "All right. A toll 'since the fighting began' has no date (round-20 rule). The killer is not named in this sentence, so an empty source is right. The victims are in Lebanon (LBN)."),
    41: ([], "All right. Conceding an election defeat is a verbal concession (CONCEDE). Late on Sunday = 2001-06-17."),
    42: ([], "All right. ASSAULT (12 killed in riots), no killer named, March 2021. The riots are a separate act (e13)."),
    43: (["target", "modality"], "target: 'the treaty signed at an OSCE summit' only names the OSCE as the venue. The refusal to ratify is not aimed at the OSCE; if anyone, it is aimed at Russia, the complainer. modality: the NATO countries' refusal is the content of Russia's complaint ('Russia has long complained that ...'), and an act inside a complaint is reported, not asserted. REJECT with NATO as source is right. The refusal is still going on, so the document date is right."),
    44: (["type"], "type: Medvedev proposing to the party congress that Putin run for president is an endorsement of Putin, which is SUPPORT (approve an actor; CAMEO 051). It is not an AGREE offer to cooperate. Putin is not named in this sentence, so an empty target is acceptable. Source, date (Saturday) and modality are right."),
    45: (["source"], "source: 'His campaign' is Raisi's campaign. The previous sentence is 'Raisi did not immediately concede'. The record gives Hassan Rouhani, the winner. REQUEST to the authorities (IRN), the document date and asserted are right."),
    46: (["target"], "target: the offer of discussions on trade, transport and postal links is made to Beijing, and 'the mainland' (China) is named in the sentence. An empty target is wrong. This is not a duplicate of e1 'pledged': the pledge to seek peace and the offer of talks are two acts. The AGREE offer (CAMEO 036 -> AGREE), the source and the document date are right."),
    47: ([], "All right. Gaddafi's withdrawal from the compound is RETREAT withdraw. The text dates only his message (late Tuesday), but the compound fell on Tuesday 2011-08-23 (the story's news), so the date is acceptable. The withdrawal is narrated as a fact, so it is asserted."),
    48: (["target"], "target: I count this record as the June 2004 attack in Ingushetia, because its date is 2004-06 and it is the only new act in the sentence. Its trigger 'raid' wrongly sits on the Nalchik raid, which is the subject of 'recalled'. That attack was 'on police and government buildings', so the target should be police (RUS). An empty target is wrong. The attackers are unnamed, so an empty source is right."),
    49: (["target", "date"], "target: the alleged act is ordering Litvinenko's death ('his death'), and Litvinenko is named in the sentence, so an empty target is wrong. date: the alleged order was earlier (the poisoning was three weeks before), but it is given the date of the statement, Friday 2006-11-24. Coding an act inside an accusation as reported is right, and so is ASSAULT from Putin."),
    50: (["type"], "type: the international community deploying a 'protection force' in Libya is providing military protection or peacekeeping (CAMEO 074 -> AID), not a MOBILIZE move of one's own forces. MOBILIZE is defensible. I would code the sentence as Serraj's REQUEST to the international community. The embedded act is rightly hypothetical ('should consider ... if') and undated. No country for the international community is right."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS)]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    with open(OUT, "w") as fo:
        for it in items:
            false_fields, reasons = V[it["n"]]
            false_fields = [f for f in false_fields if f in FIELDS]
            verdict = {f: f not in false_fields for f in FIELDS}
            if not verdict["event"]:
                verdict = {f: False for f in FIELDS}
            verdict["all"] = all(verdict[f] for f in FIELDS)
            for f in FIELDS + ["all"]:
                counts[f] += verdict[f]
            real += verdict["event"]
            rec = dict(it)
            rec["verdict"] = verdict
            rec["reasons"] = reasons
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = len(items)
    print(f"{'field':<10}{'right/50':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        c = counts[f]
        print(f"{f:<10}{c:>7}/{n:<2}{100*c/n:>6.0f}%{c:>9}/{real:<2}{100*c/real:>6.0f}%")
    print(f"spurious: {n - real}")


if __name__ == "__main__":
    main()
