"""Write events-c.jsonl from the judge's verdicts (fields: event,type,source,target,date,modality)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
T, F = True, False
ALL = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)
V = {
 1: ((T, T, T, T, F, T), "Right act, parties and modality (said in a statement is attribution, so asserted), but the killing belongs to the battle that ended with the capture on Saturday: date should be 2000-04-22, not the Sunday document date."),
 2: ((T, T, T, F, T, T), "A coercive warning by the Israeli military is THREATEN, dated Wednesday. But the residents are displaced Lebanese going back to villages in south Lebanon, so target should be Lebanese residents (LBN), not ISR."),
 3: (ALL, "Tear gas against protesters is ASSAULT/crowd-control by the Peruvian police against protesters in Lima; undated in the sentence, so the document date (Tuesday) is right; attribution to local media keeps it asserted."),
 4: ((T, T, F, F, T, T), "The ongoing deployment of US and British troops in Kuwait can be coded as MOBILIZE, dated to the document date because it is still going on. But the mobilizing parties are the troops: source should be the United States (USA) and Britain (GBR), not empty, and the target should be empty (or Iraq), not the troops themselves."),
 5: ((T, T, F, T, T, T), "Reinforcements on their way is MOBILIZE. 'The army' in the sentence sends them, so source should be the Sri Lankan army (LKA), not empty; an empty target, the document date and asserted (attribution to Ratwatte) are right."),
 6: ((T, T, F, T, T, T), "Demanding an explanation from Zuma is REQUEST, but the opposition parties are South African: source code should be ZAF, not SDN. The target, document date and modality are right."),
 7: (ALL, "Fonseka's resignation as army chief is RETREAT/resign, dated November 2009 (the November after the May 2009 victory), asserted."),
 8: (SPUR, "Duplicate: 'willing to keep talking' is one act of willingness to negotiate, already coded from this sentence as AGREE (e9). Also the source would be North Korea (PRK), not South Korea."),
 9: (ALL, "Biden hosting Niinisto and Andersson is CONSULT/visit (a meeting, so either side may be source), dated Thursday 2022-05-19, future."),
 10: (ALL, "Conceding electoral defeat is CONCEDE (CAMEO 080 yield). Netanyahu (ISR) is the source; the sentence names no winner, so an empty target is right. Document date, asserted."),
 11: (ALL, "Iraq firing missiles towards Kuwait is ASSAULT with heavy weapons, Iraq -> Kuwait. Undated in the sentence, so the document date (Thursday, the day of the war's start) is right; asserted."),
 12: ((T, T, F, T, T, T), "Calling the deal 'a historic mistake' is ACCUSE/disapprove with no party named as target. But Ben-Gvir is Israel's national security minister, so source code should be ISR, not empty. Tuesday's date comes from the paragraph (he voted against late on Tuesday) and is acceptable."),
 13: (ALL, "Criticising the decision is ACCUSE/disapprove by South Korean opposition lawmakers. 'The decision' is an act, not a party, so an empty target is right under the sentence rule. Document date, asserted."),
 14: (ALL, "Masra rejecting the election outcome is REJECT (TCD). The outcome is not a party, so an empty target is right. The sentence dates only the announcement, so the document date is acceptable; asserted."),
 15: (SPUR, "Not an event: 'warned' here means the analysts predicted Rouhani would face resistance. It is not a threat, and analysts are not a party making one."),
 16: ((T, T, T, F, T, T), "Heavy battles are ASSAULT, dated Monday 2006-08-21. The source, Kabila's troops (COD), is right, but the target should be Bemba's guards (COD), not Kabila's own troops or Kabila."),
 17: ((T, T, T, F, T, T), "Urging countries to join is REQUEST by Annan (UN), dated Monday. The sentence names the target: it should be the countries that had not yet joined the ICC (no country code), not empty."),
 18: (ALL, "Urging Venezuelans to take to the streets is a separate act from the call on the armed forces (e2): REQUEST, Borges (VEN) -> Venezuelans (VEN), document date, asserted."),
 19: (SPUR, "Trigger read in another sense: 'not taking the Turkish leader's telephone calls' means not answering calls, not arresting anyone. The act a coder would code is REJECT, Putin -> Erdogan, asserted (or CONSULT negated), not COERCE/arrest."),
 20: (ALL, "Pyongyang's earlier threat to treat interceptions as an act of war is THREATEN by North Korea (PRK). The target is unnamed, so empty is right; 'previously', with no date, makes an unknown date right; asserted."),
 21: (ALL, "Zeman asking Babis to form a government sits inside an 'if' condition: REQUEST, Zeman (CZE) -> Babis (CZE), hypothetical, with no date."),
 22: (ALL, "Hun Sen's letter urging the junta leader is REQUEST, Hun Sen (KHM) -> Min Aung Hlaing (MMR; the name is truncated but it is the same party), dated 'last month', June 2022, asserted."),
 23: (ALL, "Protesters welcoming Duda's announcement is SUPPORT by Polish protesters. The announcement is an act, not a party, so an empty target is right. Monday document date, asserted."),
 24: ((T, T, T, F, F, T), "'Would not agree to renewals unless ...' is a refusal, coded either as REJECT asserted or as AGREE negated, and distinct from the veto. But the target should be the UN Security Council, named in the sentence, and the date should be 2002-06-30, the Sunday the US said it, not unknown."),
 25: ((T, T, T, F, T, T), "Firing cruise missiles is ASSAULT by the US on Thursday 2003-03-20, but the sentence names the target: it should be Iraq (IRQ; 'war on Iraq', 'targets in Baghdad'), not empty."),
 26: ((T, T, T, F, F, T), "Refusing to cooperate is REJECT by the FSA fighters (SYR). But the inspectors are the international chemical-weapons inspectors, not Syrian government (target should be the international inspectors, no code), and the refusal was stated in this news: date should be 2013-09-14, not unknown."),
 27: ((T, F, T, F, T, T), "The act is Iran cutting its cooperation with the IAEA (the order to end snap inspections): type should be SANCTION (discontinue cooperation), Ahmadinejad/Iran -> the IAEA, not a REQUEST to Iran's own officials. Source, date (within hours of Saturday's vote) and modality are right."),
 28: ((T, T, F, F, T, T), "A court ordering officials to explain is REQUEST, dated Monday. But source should be Judge Dunstan Mlambo / the North Gauteng High Court (ZAF), not the Sudan government, and target should be South African government officials (ZAF), not SDN."),
 29: (ALL, "The US and Russia agreeing a framework is AGREE, a mutual event coded both ways, dated Saturday 2013-09-14, asserted."),
 30: (ALL, "Condemning the executions is ACCUSE/disapprove by Guterres (UN). The target, Myanmar's military government, comes from the lead, but it clearly carried out the executions, so it is right. Document date, asserted."),
 31: ((T, T, T, F, T, T), "Rejecting pressure is REJECT by Venezuela's government (VEN), document date, asserted. The sentence names whose pressure: target should be the United States (USA, 'pressure from Washington'), not empty."),
 32: ((T, T, T, T, T, F), "The rocket fired by Islamic Jihad is ASSAULT (PSE), Tuesday, with an unnamed target. But it sits inside the Israeli military's contested claim, which Islamic Jihad called a lie: modality should be reported, not asserted."),
 33: (SPUR, "Trigger read in another sense: 'struck down' its laws is judicial annulment, not an attack. A coder would code SANCTION/convict, Supreme Court -> National Assembly, with no date because the count runs since 2016."),
 34: (SPUR, "Not an event of this type: 'promising to wage war on corruption' is a figurative domestic policy pledge with no target party, not a threat of military force."),
 35: (ALL, "The ICC saying it will ask Sudan to hand Bashir over is REQUEST, ICC -> Sudan (SDN), future, with no date."),
 36: (ALL, "Putin praising the police is SUPPORT, Putin (RUS) -> Russian police (RUS), document date (Friday), asserted."),
 37: (ALL, "Koizumi's talks with Kim are CONSULT, Koizumi (JPN) -> Kim Jong Il (PRK), Saturday 2004-05-22 (the day of the one-day trip), asserted."),
 38: (SPUR, "Not an event: troops 'backed by helicopter gunships and artillery' describes fire support. It is not verbal SUPPORT, and artillery is not an actor."),
 39: ((T, T, T, F, T, T), "Sentencing by the military tribunal is SANCTION/convict (MMR), January 2022, asserted. 'Both' refers to the two activists: target should be Phyo Zeya Thaw and Kyaw Min Yu (MMR), not empty."),
 40: (ALL, "Convicting Sonko is SANCTION/convict by the Dakar criminal court (SEN) against Sonko (SEN), Thursday 2023-06-01, asserted."),
 41: (SPUR, "Not an event here: 'the rally showed the will of the Lebanese people' refers back to the rally reported in the lead; it does not report it. The date 2004-05 also comes from the May elections, when the rally was on 2005-03-14."),
 42: (ALL, "Venezuelan agents detaining Montesinos is COERCE/arrest, VEN -> Montesinos (PER), Saturday 2001-06-23, asserted."),
 43: ((T, T, T, F, F, T), "Orban accusing Soros is ACCUSE/allege. But the text calls Soros a 'U.S. financier', so target code should be USA, not HUN. The accusations were repeated during the campaign, a background span, so it should have no date rather than the document date."),
 44: ((T, T, F, F, T, T), "The December suicide bomb attack is ASSAULT, December 1999. But the rebels are plainly the Tamil Tigers, so source code should be LKA, not empty. 'Who' (Kumaratunga, who survived it) is the victim: target should be Chandrika Kumaratunga (LKA), not empty."),
 45: ((T, T, T, F, F, T), "Suu Kyi supporting engagement is SUPPORT (MMR). The sentence does not name the US, and 'the government' is Myanmar's: target should be empty (or Myanmar's government), not the US government. 'Has said' is an earlier statement at an unknown time, so it should have no date rather than the document date."),
 46: ((T, T, T, F, T, T), "'We have agreed to stop the bloodshed' is AGREE, Thursday, asserted. 'We' is Hamas and Fatah, a mutual agreement: target should be Fatah / Mahmoud Abbas (PSE), not empty."),
 47: (ALL, "Nine people killed in clashes is ASSAULT with an unnamed source against people in Senegal (SEN). The sentence dates only the government's statement, so the Friday document date is right; attribution keeps it asserted."),
 48: ((T, T, T, F, T, T), "The rescue package agreed in February is an AGREE (pledge of aid), dated February 2012. 'European officials' stands for the European side, but the counterpart, named in the sentence, should be the target: Greece (GRC), not empty."),
 49: ((T, T, F, F, T, T), "Critics saying violence was spreading despite Moscow's claims is ACCUSE/disapprove, document date. But the text does not say the critics are Russian, so source code should be empty, not RUS; target should be the Kremlin / Russian government (RUS), named in the sentence, not empty."),
 50: (ALL, "Mikati welcoming the truce is SUPPORT (LBN). The truce is not a party, so an empty target is right. Document date (Wednesday), asserted."),
}
# normalise entries: ALL/SPUR entries were written as (fields, reason) too
items = [json.loads(l) for l in open('events-c-items.jsonl')]
out = []
for it in items:
    v = V[it['n']]
    fields, reason = v
    keys = ['event', 'type', 'source', 'target', 'date', 'modality']
    verdict = dict(zip(keys, fields))
    if not verdict['event']:
        assert not any(fields)
    verdict['all'] = all(fields)
    rec = dict(it)
    rec['verdict'] = verdict
    rec['reasons'] = reason
    out.append(rec)
with open('events-c.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'lines written')
