"""Write events-b.jsonl from judge b's per-item verdicts (fields listed are the WRONG ones)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (wrong fields, reasons); 'spurious' marks event false (all fields false)
V = {
 1: ([], "ACCUSE (allege) of Berenson as an MRTA leader, agent unnamed in the sentence so empty source is right; the arrest and accusation are dated November 30 (1995-11-30)."),
 2: (['source', 'target'], "Baku's refusal to accept any arrangement threatening its security is a negated acceptance (AGREE negated, or REJECT) by Azerbaijan: source should be Azerbaijan (AZE), not Russia; target should be the Russia-Armenia arrangement's parties (RUS/ARM) or none, not Azerbaijan itself. Undated future stance: unknown date accepted."),
 3: (['target', 'date'], "Githongo's allegation is against Kibaki (the president failed to act): target should be Mwai Kibaki (KEN), named in the sentence. The allegation is in the dossier published last week, so the date should be last week (2006-W04), not the document date."),
 4: ([], "SUPPORT by European leaders (no single country) welcoming the Jeddah outcome; no party named as target, document date right."),
 5: ([], "ACCUSE (disapprove) by the United States, one of the condemning parties; the attackers are unknown so empty target is right; document date right."),
 6: ([], "REQUEST by U.N. investigators for Myanmar's army chief to be prosecuted; a week before the Monday 3 Sept sentencing is 2018-W35, right."),
 7: ([], "Sudan's official complaint (ACCUSE) to the UNSC/OAU over the raid; the accused (Egypt) is not named in the sentence, so empty target is right by the rules (Egypt would also be right); document date acceptable."),
 8: ([], "Per the LDF statement Mahao opened fire on the soldiers (ASSAULT firearms, LSO -> LSO) on Thursday 2015-06-25; attribution alone keeps it asserted."),
 9: (['target'], "Relatives rejecting the army's account is a REJECT; the army is named in the sentence ('the army's account'), so the target should be the Lesotho Defence Force (LSO/MIL), not empty."),
 10: ([], "REQUEST by Kim Dae-jung (KOR) pressing Washington (USA); ongoing pressing ('has used') takes the document date."),
 11: (['date'], "ACCUSE by Chinese officials against 'him' = the abbot of Tashilhunpo, Chadrel Rinpoche (dateline's actor is the abbot, CHN), right; but this is a background accusation of an earlier unstated time ('have accused'), so it should have no date, not the document date."),
 12: (['target', 'date'], "Killing of crew in the attack (attacker unnamed in the sentence, empty source right); the crew of a Liberian-flagged ship are not Yemeni: target code should be empty, not YEM. The attack was on Monday, so date should be 2025-07-07, not the document date."),
 13: (['type', 'target'], "Being jailed for 5-11 years is a court sentence: type should be SANCTION (convict), not COERCE arrest; the officers are Chinese (Chongqing) police: country should be CHN (or empty), not GBR. Last week = 2012-W33 is right."),
 14: (['date', 'modality'], "CONSULT visit Abdullah -> Germany/Turkey is right in type and parties, but 'travels on to' is the onward leg still to come: modality should be future and the date none (unknown), not the document date asserted."),
 15: ([], "ACCUSE (disapprove) US Congress -> China, repeated criticism of unstated time: unknown date right."),
 16: ([], "SUPPORT Korcok congratulating 'his rival' (Pellegrini, SVK) - the description with the right country counts; distinct from the CONCEDE and ACCUSE in the sentence; document date right."),
 17: (['target'], "REQUEST by ruling-party lawmakers (JPN) for 'the diplomat' to be expelled: the diplomat is referred to in the sentence, so target should be China's consul general in Osaka (CHN) (or the Japanese government asked to expel him), not empty."),
 18: ([], "Qatar's announced freeze of ties with Israel: SANCTION (reduce relations), future, no date; right (Mauritania equally a source)."),
 19: ([], "Background ACCUSE Cairo -> Khartoum over the Mubarak attempt, no date given in the text: unknown date right."),
 20: ([], "CONSULT between the Italian and Libyan officials at the Tripoli talks (mutual: Libyan officials -> Italy acceptable), Wednesday 1999-12-01 right. Not a same-sentence duplicate of the D'Alema-Gaddafi talks."),
 21: ([], "SUPPORT Nikolic (SRB) thanking Russia, document date right."),
 22: (['target'], "Those detained on Thursday were Aye Zaw Win and the couple's three sons: target should be Aye Zaw Win and his sons (MMR), not Sandar Win, who was not detained."),
 23: ([], "Killings in clashes, killer not stated (empty source right), victims several people in Bangladesh (BGD); the story's reported day of the unrest is Monday 2015-01-05, accepted."),
 24: ([], "CONSULT visit Xi (CHN) to Washington (USA) during which the Friday 2015-09-25 agreement was announced; right."),
 25: ([], "REQUEST Japan -> China ('urged China to respond calmly'), attributed to Kihara; document date right."),
 26: ([], "REQUEST Kadhimi -> political leaders (IRQ) to sit down for talks, Saturday 2022-07-30; distinct from his call to protesters."),
 27: ([], "SANCTION (convict) French court -> six Libyans, in 1999: right."),
 28: (['date'], "AGREE (pledge) by Jonathan, right in type and source; but he spoke in the address 'hours' after parliament's Tuesday vote, so the date should be 2010-02-09, not the document date."),
 29: ([], "Future CONSULT hosted by Morocco (multilateral Negev Forum meeting; no recipient needed), future with no date: right."),
 30: (['type', 'target'], "Granting a humanitarian visa to a sprinter fleeing her country is protection/asylum: type should be AID, not COOPERATE; the target should be Krystsina Tsimanouskaya (BLR person), not the state of Belarus."),
 31: ([], "ACCUSE pro-democracy lawmakers (HKG) -> Beijing (CHN), document date right."),
 32: (['spurious'], "Duplicate: the Sargsyan-Aliyev talks are the same act as the hosted talks already coded from this sentence (e6, CONSULT third-party by Medvedev); spurious (the background rounds would also not take the document date)."),
 33: (['target'], "AGREE by Morocco in December 2020 to resume diplomatic ties with Israel: Israel is named in the sentence, so the target should be Israel (ISR), not empty."),
 34: (['date'], "ACCUSE Githongo -> senior ministers (KEN) right, but the accusation is made in the dossier published last week: date should be 2006-W04, not the document date."),
 35: ([], "RETREAT (resign) Fico in 2018: right."),
 36: ([], "Offer of an incentives package is AGREE (convention): world powers (no single country) -> Iran, last month = 2008-06: right."),
 37: (['target'], "The 1974 Turkish invasion (ASSAULT, 1974) targeted the island, referred to in the sentence: target should be Cyprus (CYP), not empty."),
 38: (['date'], "THREATEN by Belarusian team officials -> Tsimanouskaya is right, but the warning came before Sunday's airport episode and the text gives it no date: it should have no date, not the document date."),
 39: (['source'], "'We have asked' is Britain's embassy (the spokesman's employer, previous sentence): source should be the British embassy/Britain (GBR), not a spokesman with no country."),
 40: ([], "Wade's appeal for calm taken as REQUEST; no party named as addressee, document date right."),
 41: (['date'], "ACCUSE by the five emerging powers (China one of them) -> the industrialised world is right, but the declaration came 'within hours' of the Tuesday G8 deal: date should be 2008-07-08, not the document date."),
 42: (['target'], "Ouattara agreeing to meet the pay demands (CONCEDE) of the mutinous soldiers named in the sentence: target should be the mutinous soldiers (CIV/MIL), not empty."),
 43: (['source'], "The condemnation is by the sovereign council led by al-Burhan: source should be the Sovereign Council (SDN/GOV), not Omar al-Bashir (who was removed)."),
 44: (['source', 'target', 'date'], "Negated COERCE (arrest) is the judge's decision not to order Lula's arrest: source should be Judge Sergio Moro (BRA), not the OAS (an engineering firm misread as the IGO); target should be Lula (BRA), not Moro; date should be the Wednesday ruling, 2017-07-12."),
 45: ([], "REQUEST State Department (USA) -> Bahraini government, document date right."),
 46: ([], "Cumulative toll of the insurgency (9,000 people, NPL); a total summed from an earlier time has no date: right."),
 47: ([], "ACCUSE UNP (LKA) -> the president (Kumaratunga, LKA), document date right."),
 48: ([], "ACCUSE Nabil Shaath (PSE) -> Israel, document date right (the reported_by value is odd but not scored)."),
 49: (['target'], "Criticism of 'the move' (Israel's recognition), with Israel named in the sentence: target should be Israel (ISR), not empty."),
 50: (['target'], "MOBILIZE army (NPL) in November 2001 right, but the deployment was 'against the Maoists', named in the sentence: target should be the Maoist rebels (NPL/REB), not empty."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-b.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'spurious' in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        rec = dict(it); rec['verdict'] = v; rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
