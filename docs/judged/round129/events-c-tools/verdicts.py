"""Write events-c.jsonl from the judge's verdicts below (fields that are wrong per item) and check it."""
import json
ALL = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, reasons). 'event' in the list makes the item spurious (all false).
V = {
 1: (["type", "target"], "Dismissing the protests 'as the work of a radical minority funded from abroad' is a denigration/allegation, ACCUSE (disapprove/allege), not a REJECT of a request; target should be the protesters (GEO), named as 'the protests'. Source, document date and asserted are right."),
 2: (["source"], "REQUEST with no named addressee (empty target right), document date and asserted are right; the source should be the US embassy (USA) and the EU delegation (EU), but 'EUR embassies' drops the United States."),
 3: (["target"], "REJECT by Zourabichvili (GEO), ongoing refusal at the document date, asserted: right; the target should be Georgian Dream (GEO), named in the sentence as winner of the results she refuses to recognise (or the Georgian authorities), not empty."),
 4: (["target"], "Rejecting the police's robbery suggestion is acceptably REJECT (relatives, HND; document date; asserted); target should be the Honduran police (HND), named in the sentence, not the Inter-American Commission on Human Rights."),
 5: ([], "ACCUSE: United States (USA) condemned the bombing, reported at the document date; no perpetrator is named in the sentence, so the empty target is right."),
 6: (["target"], "Congratulating is SUPPORT (a distinct act from the CONSULT phone call, not a duplicate), Putin (RUS), document date, asserted; target should be Viktor Yanukovych (UKR), referred to by 'him', not empty."),
 7: ([], "REQUEST: France (FRA) and the United States (USA) urged all sides in Congo (COG) to refrain from violence; undated statement at the document date, asserted. All right."),
 8: ([], "SUPPORT: KANU delegates (KEN) endorsed Uhuru Kenyatta (KEN); 'on the same day' is Monday 2002-10-14. All right."),
 9: (["type", "target"], "Saying EU measures 'amount to interference in its internal affairs' is ACCUSE (allege/disapprove), not THREATEN; target should be the European Union (EU), whose measures 'the measures' refers to. Source Belarus (BLR), document date and asserted are right."),
 10: ([], "REQUEST: the United States (USA) and the EU urged Beijing (CHN) to release Liu; undated, document date; asserted. All right."),
 11: ([], "ACCUSE: the United States, France and the UN Security Council condemned the bombings; no perpetrator named in the sentence (empty target right); document date; asserted. All right."),
 12: ([], "ACCUSE: Tomac (HRV) accused the Croatian government (HRV); statement reported as news at the document date; asserted. All right."),
 13: ([], "COERCE curfew: Nigerian authorities (NGA) imposed curfews in Kano and other states (target Nigeria/NGA acceptable); no date in the sentence, document date; asserted. All right."),
 14: ([], "COERCE arrest: Moroccan police (MAR) arrested Zefzafi (MAR) on Monday 2017-05-29 (dateline May 29); asserted. All right (his GOV sector is off but the country is right)."),
 15: ([], "Iran's standing backing of Islamic Jihad, an ongoing relation at the document date; SUPPORT acceptable since the text does not say the backing is material; Iran (IRN) -> PIJ (PSE); asserted. Right by the ongoing-act rule, though a strict coder might not code a relative-clause attribute."),
 16: ([], "Hosting Syrian refugees is AID (grant asylum) from Jordan (JOR) to Syrian refugees (SYR), an ongoing act taking the document date; asserted. Right by the ongoing-act rule, though it reads as a background figure."),
 17: (["target"], "COOPERATE (military ties) North Korea (PRK) -> Russia, ongoing, with 'this week' (2024-W03, containing the document date) acceptable; asserted. The target wrongly adds 'foreign minister [RUS]', which is North Korea's own foreign minister; target should be Russia (RUS) alone."),
 18: (["target"], "ASSAULT by a suicide bomber on Sunday 1995-04-09, asserted: right; the seven soldiers on the Israeli bus are Israeli, so the target's country should be ISR, not PSE."),
 19: (["date"], "RETREAT release (pardon of jailed junta leaders) Menem (ARG) -> junta leaders (ARG), asserted: right; the date is wrong, a background act of about 1990 with no date in the text, so it should carry no date, not 2005-06-14."),
 20: ([], "ASSAULT: Islamic Jihad (PSE) fired rockets by Tuesday evening 2019-11-12; no target named in the sentence (empty right); asserted. All right."),
 21: ([], "REQUEST: the army's General Staff (ARM) called on Pashinyan (ARM, 'him') to resign on Thursday 2021-02-25; asserted. All right."),
 22: ([], "PROTEST: demonstrators (NGA) against police brutality in 2020; aimed at the authorities' acts, so the state (NGA) is a right target; date 2020; asserted. All right."),
 23: ([], "ASSAULT (armed forces taking ground): Philippine government troops overran the MILF's (PHL) main base in July 2000 (2000-07); asserted. All right."),
 24: ([], "ACCUSE: Germany (DEU) accused Vietnam (VNM) of the abduction on Wednesday 2017-08-02; asserted. All right."),
 25: ([], "COERCE arrest: presidential candidates (BLR) jailed, agent not named (empty source right), undated background act after Dec 2010 with no date (right); asserted. All right."),
 26: (["source", "date"], "REQUEST expected at the Thursday meeting, future modality acceptable, target Clinton (USA) right; source should be the Central American leaders (no single code), not Antigua and Barbuda (Antigua is the Guatemalan city); date should be 1999-03-11, the Thursday in the sentence."),
 27: (["date"], "COERCE arrest of people (IDN), agent not named in the clause (empty source acceptable), asserted with rights groups as reporter; but 'hundreds had been detained' is a total summed over the week of protests, so it should have no date, not the document date."),
 28: ([], "ACCUSE: Roh's supporters (KOR) accused Lee Myung-bak's government (KOR); no date in the sentence, document date; asserted. All right."),
 29: ([], "CONSULT visit, future: Kabila (COD) to travel on to New York and Brussels (Belgium, BEL, an acceptable host); undated future act, no date right. All right."),
 30: ([], "ACCUSE investigate: German federal prosecutors (DEU) opened an investigation; no party named (empty target right); document date; asserted. All right."),
 31: ([], "ACCUSE: Ban Ki-moon (UN) condemned disproportionate force; the sentence names no party (empty target right); Saturday 2008-03-01 from the paragraph is acceptable; asserted. All right (the separate 'denouncing the rocket attacks' act was not coded)."),
 32: (["source", "date"], "COERCE arrest of Conde (GIN, 'long-time opposition leader'), asserted: right; source should be Lansana Conte's government (GIN), named by 'under the late President Lansana Conte'; date should be none (a background act years earlier), not 2011-07-19."),
 33: ([], "Standing backing of Haftar (LBY) by the UAE, Egypt and Russia, ongoing at the document date; SUPPORT acceptable; asserted. Right by the ongoing-act rule."),
 34: ([], "'We will not accept them' is a REJECT asserted or, as the conventions allow for 'refused to withdraw', the accepting negated; AGREE negated is kept. Sata (ZMB) -> the Electoral Commission (ZMB) whose results 'them' are; Sunday 2008-11-02. All right (REJECT would be the better code)."),
 35: ([], "AGREE (promise that the murder would not go unpunished) by Hernandez (HND), no target, document date, asserted. All right."),
 36: ([], "REQUEST: the United States (USA) urged de-escalation; no addressee named (empty target right); document date; asserted. All right."),
 37: ([], "MOBILIZE: the Australian government (AUS, Howard) sent special forces to board the Tampa in August 2001 (2001-08); asserted. All right (COERCE seize would also be defensible)."),
 38: ([], "RETREAT withdraw: Israeli troops (ISR) pulled out of northern Gaza (PSE acceptable) on Monday 2008-03-03; asserted. All right."),
 39: ([], "MOBILIZE: Pakistan (PAK) has deployed about 80,000 troops in the tribal areas, a standing deployment built up since 2004 with no date (acceptable), no target; asserted. All right."),
 40: ([], "Chinese officials (CHN) rejecting 'groundless' claims about the ship is acceptably ACCUSE (disapprove); the claimant is not named in the sentence (empty target right); Aug 16 is the dateline date; asserted. Distinct from the 'criticised unnamed countries' event. All right."),
 41: (["target"], "ACCUSE by Estrada (PHL) condemning the attack, document date, asserted: right; target should be empty (no perpetrator named), not the police, whom he ordered on alert (a separate MOBILIZE act)."),
 42: (["target"], "CONSULT: Suu Kyi (MMR) began talks in October 2000 (2000-10), asserted: right; target should be the generals (Myanmar military government, MMR); Razali Ismail is the UN broker, a third party, not the counterpart."),
 43: ([], "ACCUSE: the Guinean army (GIN) was accused (accuser unnamed, empty source right) of the 2009 stadium killings; the accusation's time is not given, so no date is right; asserted. All right."),
 44: (["source"], "ASSAULT rocket fire on Ashdod and Beersheba (Israel, ISR target acceptable), overnight 2011-08-18, asserted: right; source should be Gaza militants (PSE, or no code), not ISR."),
 45: ([], "CONCEDE (promise of safe corridors for aid, future access) by the RSF (SDN), no target, document date; the promise itself is asserted. All right."),
 46: ([], "SUPPORT: NATO leaders (no country) endorsed resuming formal meetings with Russia (RUS), on Saturday's summit at the document date; asserted. All right."),
 47: (["source"], "REQUEST for calm, no addressee (empty target right), document date, asserted; source should be local Muslim leaders of southern Thailand (THA), which 'local' makes plain, not an uncoded group."),
 48: (["date"], "ASSAULT (shootings of police in southern Thailand, THA), no agent named, asserted: acceptable as a trend event; the date is wrong: the shootings rose over the past two years, a span with no date, and '199' comes from 'in the 1990s', when violence had faded."),
 49: ([], "REJECT: Pashinyan (ARM) has refused to resign, an ongoing refusal at the document date; no requester named in the sentence (empty target right); asserted. All right."),
 50: ([], "REQUEST: China's foreign ministry (CHN) urged Nauru (NRU) to reflect, on the report day 2018-09-05; asserted. All right."),
}
items=[json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items)==50
out=[]
for it in items:
    wrong, reason = V[it['n']]
    wrong=list(wrong)
    for w in wrong: assert w in ALL, w
    if 'event' in wrong:
        v={k: False for k in ALL}
    else:
        v={k: (k not in wrong) for k in ALL}
    v['all']=all(v[k] for k in ALL)
    o=dict(it); o['verdict']=v; o['reasons']=reason
    out.append(o)
with open('events-c.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
# checks
back=[json.loads(l) for l in open('events-c.jsonl')]
assert len(back)==50
for a,b in zip(items,back):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in ALL)
    if not v['event']: assert not any(v.values())
cnt={k: sum(b['verdict'][k] for b in back) for k in ALL+['all']}
print(cnt)
