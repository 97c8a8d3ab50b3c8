"""Write events-d.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "Syria's troop pull-out from Lebanon in April 2005 (RETREAT withdraw, SYR); Lebanon is not named in the sentence, so an empty target is right; 2005-04 is the month the text gives."),
 2: (T,T,F,T,T,T, "CONSULT between al-Tayeb and Pope Francis is right, but al-Tayeb is the Grand Imam of Egypt's Al-Azhar: source code should be EGY, not ARE. Repeated meetings 'since 2016' are a span, so no date is right."),
 3: (T,T,T,T,T,T, "Baghdad's denunciation of the U.S.-brokered meeting as U.S. interference: ACCUSE, Iraq government (IRQ) -> United States (USA), dated 1998-09-17 as the story's dateline day; attribution to INA keeps it asserted."),
 4: (T,T,T,T,T,T, "Pence urged Moscow to withdraw its forces: REQUEST, Pence (USA) -> Russia (RUS), Tuesday 2017-08-01 = document date, asserted."),
 5: (T,T,T,T,T,T, "UNRWA's standing provision of schooling, health care and relief to Palestinian refugees is an ongoing AID act, so the document date is right under the ongoing-act rule. It is borderline as background, and I would not code it myself."),
 6: (F,F,F,F,F,F, "Spurious: 'until Hutu militias ... are disarmed' is only the open-ended condition of Rwanda's statement that it will keep troops in the east. No one disarms or is said to be going to disarm, and the passive form has no disarming party. The act to code is Rwanda's stated intent to keep troops in Congo."),
 7: (T,T,T,T,T,T, "Small peaceful protests in Calgary and Ottawa that week: PROTEST demo. The sentence names no protesters and no aim, so empty source and target are acceptable; 2002-W26 is the week of the report (June 24-30)."),
 8: (T,T,T,T,T,T, "Protesters (ROU) blamed the fire on a culture of bribery: ACCUSE with no party as target (a 'culture' is not an actor), so an empty target is right; undated statement reported as news takes the document date."),
 9: (T,T,F,T,T,T, "The 1995 ICTY indictment of Karadzic and Mladic is right in type, target and date, but the Hague tribunal is an international court seated in the Netherlands. Its code should be empty (an IGO) or NLD, not BIH."),
 10: (T,T,T,T,T,T, "French carmaker Renault (FRA) agreed to build a factory near Oran on Wednesday 2012-12-19: AGREE. The sentence names no counterpart party, so an empty target is right."),
 11: (F,F,F,F,F,F, "Spurious: 'was opposed to politicising the issue' states a general principle (a CAMEO 01-type comment). It rejects no request or proposal and is aimed at no party, so it is not a PLOVER REJECT."),
 12: (F,F,F,F,F,F, "Spurious: the leaders only 'discussed forgiving' Iraq's debt, and the story adds that no agreement was announced. Forgiving is the topic of the talks, not an act; the talks are already coded as CONSULT (e5)."),
 13: (T,T,T,T,T,T, "Ocalan's warning that the peace talks would end if Kobani fell is a THREATEN to suspend talks. The sentence names no party as target, so empty is right; the undated 'has warned' takes the document date."),
 14: (T,T,T,T,T,T, "Western diplomats (no single country) urged both sides (Mozambique's government and Renamo, MOZ) to honour the ceasefire: REQUEST, document date, asserted."),
 15: (T,F,T,F,T,T, "The act in the clause is Rwanda targeting (attacking) opponents abroad, denied by Rwanda: type should be ASSAULT (negated, like a refusal), not ACCUSE. Target should be the Rwandan opponents/dissidents abroad (RWA), not uncoded."),
 16: (T,T,T,F,T,T, "Arrest of the teachers' syndicate's 13-member governing council: COERCE arrest by the Jordanian authorities (JOR). The sentence names the detainees ('its 13-member governing council', JOR), so an empty target is wrong. The detention is not dated apart from 'officials said on Sunday', so the document date is accepted (the raids were Saturday)."),
 17: (T,T,T,T,T,T, "Islah leader al-Ahmar (YEM) condemned the attack: ACCUSE disapprove. The object is the attack (an act), so an empty target is acceptable, although the gunman named in the same sentence would also do. Undated reaction takes the document date."),
 18: (T,T,T,F,T,T, "Serbian government spokesman rejected any role for foreign mediators: REJECT, source right (SRB). The sentence names the party rejected, so target should be the foreign mediators (no country code) rather than empty."),
 19: (T,T,T,F,F,T, "Hollande was due to meet students in Tlemcen: CONSULT future, source right. The students are in Algeria: target code should be DZA, not FRA. Date should be 2012-12-20 ('later on Thursday'), not none."),
 20: (T,T,T,T,T,T, "PNG Prime Minister Skate announced his resignation on Wednesday 1999-07-07: RETREAT resign, PNG, asserted."),
 21: (T,T,T,T,T,T, "Guyana has sought diplomatic backing from Washington and London: REQUEST assist, GUY -> USA, GBR. The undated present perfect takes the document date."),
 22: (T,F,T,T,F,F, "Canada's embassy said it would continue to work closely with the Philippines. This is a stated commitment to cooperate, coded AGREE (CAMEO 03 maps to AGREE) and asserted, dated on the document date 2019-05-16; it is not a future COOPERATE with no date."),
 23: (T,T,T,T,T,T, "Cuba's refusal of Colombian extradition requests: REJECT, Cuba (CUB) -> Colombia (COL). Pompeo's 'said' is attribution, so it is asserted. The text gives no date for the refusal (January 2019 is the bombing), so no date is right."),
 24: (T,T,F,T,F,T, "The magazine's accusation of corruption against the government (AZE) is an ACCUSE. Source code should be AZE (Monitor is the Azerbaijani weekly named earlier), not empty. This is the magazine's earlier, habitual reporting, a background act, so date should be none, not the document date."),
 25: (T,T,T,F,T,T, "Western diplomats welcomed the Milosevic-Rugova accord: SUPPORT, source right. The target wrongly includes the European ambassador, who is one of the welcoming diplomats: target should be Serbia/Milosevic (SRB) and the Kosovo Albanians/Rugova, or empty."),
 26: (T,T,T,T,T,T, "Obama (USA) praised Japan (JPN) as a partner at the Tuesday 2016-12-27 ceremony: SUPPORT, asserted."),
 27: (T,T,T,T,T,T, "Maduro (VEN) accused Guyana's president Granger (GUY) of provocation in his Monday 2015-07-06 speech: ACCUSE, asserted."),
 28: (T,T,T,F,F,T, "The defendants' claim that they were tortured is an ASSAULT torture with an unnamed agent, so an empty source is right. Target should be the defendants (the jailed Bahraini doctors and nurses, BHR), not the court. The torture came before the trial, a background act: date should be none, not the document date. ('said' keeps it asserted; reported_by should be the defendants.)"),
 29: (T,T,T,T,T,T, "China's 2018 ban on imports of most plastic waste, a cut in commercial exchange: SANCTION with no target party, 'last year' = 2018. I accept it as a borderline policy act (reported_by should be the environmental groups, not Canadian officials)."),
 30: (T,T,T,T,T,T, "Prime Minister Filat (MDA) welcomed the parliament's vote: SUPPORT. The sentence names no party as its object, so empty is right; it is the same day as the vote (document date)."),
 31: (T,T,T,T,F,T, "Cuban FM Rodriguez (CUB) accused Washington (USA) at the Lima summit: ACCUSE is right. The date 2017-05-20 comes from the unrelated 'May 20' election and even has the wrong year: it should be 2018-04-14, the Saturday of the summit (or the document date 2018-04-15)."),
 32: (T,T,T,T,F,T, "Australia (AUS) sued Japan (JPN) at the ICJ: ACCUSE allege. The text dates the filing ('The application, lodged at the court ... on Monday'): date should be 2010-05-31, not 2010-06-01, the Tuesday when the government announced it."),
 33: (T,T,T,T,T,T, "G8 leaders endorsed the Africa plan on Thursday 2002-06-27: SUPPORT (approve a policy); the plan is no party, so an empty target is right."),
 34: (F,F,F,F,F,F, "Spurious duplicate: 'bowing to the biggest street protests' describes the resignation itself, already coded from this sentence as RETREAT resign (e1). It is not a separate verbal concession."),
 35: (T,T,T,T,T,T, "Caribbean Community leaders (an IGO, no country code) backed Guyana's sovereignty (GUY) at a summit last week: SUPPORT; 2015-W27 is the week before the report."),
 36: (T,T,T,T,T,T, "French forces (FRA) and settler militias killed thousands of Algerians (DZA) in May 1945: ASSAULT, 1945-05, asserted. The settlers' country is not plain, so their empty code is acceptable."),
 37: (T,T,T,T,T,T, "Modi (IND) is due to travel to China (CHN) this weekend for the SCO summit: CONSULT visit, future, 2025-W35 weekend (Aug 30-31)."),
 38: (T,T,T,T,F,T, "Akazawa's (JPN) visit to Washington (USA) on which the deal was struck: CONSULT visit, asserted. 'since April' counts earlier visits and does not date this one: date should be about 2025-07-22, when the deal was announced late Tuesday (or the document date)."),
 39: (T,T,T,T,T,T, "Azerbaijani opposition leaders (AZE) rejected the suggestion of foreign involvement: REJECT (CAMEO 120 generic). The author of the suggestion is not named in the sentence, so an empty target is right; undated reaction takes the document date."),
 40: (T,T,F,T,T,T, "Parly called Mali's abandonment accusation unacceptable: ACCUSE disapprove. Source should be French Defence Minister Parly with code FRA, not empty. The accusation's author is not named in the sentence, so an empty target is acceptable, though Maiga (MLI) would be better."),
 41: (T,T,T,T,F,T, "Lithuanian prosecutors (LTU) charged former Soviet officials in absentia: ACCUSE allege. These charges were brought at earlier, unstated times (background): date should be none, not the document date."),
 42: (T,F,T,T,T,T, "Indian officials (IND) warned that releasing the F-16s would upset the military balance. This is an objection with no coercive threat by India: type should be ACCUSE (disapprove), not THREATEN. The release is not a party, so an empty target is acceptable."),
 43: (F,F,F,F,F,F, "Spurious duplicate: 'the massacres in Setif, Guelma and Kherrata' is the same 1945 killing already coded from this sentence as e2 (killed). Its source Hollande, who only named them, is also wrong."),
 44: (T,T,T,T,T,T, "EU's Ashton and Fule welcomed Timofti's election: SUPPORT, EU code right. The sentence names no party as object, so empty is right; same-day statement."),
 45: (T,T,T,T,T,T, "Kenyan officials (KEN) rejected Uganda's claim to the waters: REJECT. The claimant is not named in the sentence, so empty is right; undated reaction takes the document date."),
 46: (T,T,T,T,T,T, "Navarro (USA) accused India (IND) of profiting from Russian crude: ACCUSE. The undated 'has accused' takes the report date (the dateline's Aug 27, one day before the document date); accepted."),
 47: (T,T,T,F,T,T, "Russia's denied targeting of civilians: ASSAULT negated is acceptable, like item 15. The civilians are Ukrainian: target code should be UKR, not RUS."),
 48: (T,T,T,T,T,T, "Human rights groups accused Indonesian soldiers and police of taking sides: ACCUSE; police (IDN) is one of the two named targets, accepted though soldiers (IDN) are left out; undated 'have accused' takes the document date."),
 49: (T,T,T,T,F,T, "Nawasreh (JOR) criticised the government (JOR) in a video: ACCUSE is right. The video came before the arrests (a background act, undated), so date should be none, not the document date."),
 50: (T,T,T,T,T,T, "A Russian woman (RUS) detained in the raids: COERCE arrest with an unnamed agent, so an empty source is right. The raids were on Wednesday 2022-12-07 (document date); attribution to prosecutors keeps it asserted."),
}
keys = ["event", "type", "source", "target", "date", "modality"]
out = open('events-d.jsonl', 'w')
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    v = V[it['n']]
    d = dict(zip(keys, v[:6]))
    if not d['event']:
        d = {k: False for k in keys}
    d['all'] = all(d[k] for k in keys)
    it['verdict'] = d
    it['reasons'] = v[6]
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
