# Writes paragraphs-a-verdicts.jsonl (the judge's own coding of each first paragraph).
import json
P = {
"h55-x216-08": (["RETREAT (announced, future): Mahathir Mohamad (MYS) -> none, announced he would resign from all posts, 2002-06-22",
                 "REQUEST: UMNO aides/party leaders (MYS) -> Mahathir Mohamad (MYS), persuaded him to remain in office, 2002-06-22"],
                1, 1, 0, "Dateline's RETREAT/resign matches the first act (modality hypothetical where future is right); the aides' plea to stay is missed."),
"h55-x215-02": (["SANCTION (convict): High Constitutional Court (MDG) -> President Albert Zafy (MDG), confirmed his impeachment and removed him from office, 1996-09-05"],
                0, 0, 0, "No dateline event in the paragraph; the court's confirmation of the impeachment is missed."),
"h55-x214-11": (["AID (debt forgiveness): United Arab Emirates (ARE) -> Iraq (IRQ), wrote off nearly $7 billion of debt, 2008-07-06",
                 "CONSULT (visit): Nouri al-Maliki (IRQ) -> UAE (ARE), visited Abu Dhabi, 2008-07-06",
                 "REQUEST: Nouri al-Maliki (IRQ) -> Sunni-led Gulf neighbours (none), pressed them to embrace his government, 2008-07-06"],
                1, 1, 0, "Only the visit is found; the debt write-off (the lead act) and Maliki's pressing of the neighbours are missed."),
"h55-x216-21": (["ACCUSE: Philippines (PHL) -> China (CHN), lodged a diplomatic protest, 2019-06-13",
                 "ASSAULT: Chinese vessel (CHN) -> Filipino fishing boat / 22 fishermen (PHL), rammed and sank it, no date in the paragraph (Sunday 2019-06-09 from the story)"],
                1, 1, 0, "The protest is found; the ramming and sinking is missed. The rescue by a private Vietnamese fishing boat is not coded (no political actor)."),
"h55-x216-17": (["CONCEDE (promise to return property): China (CHN) -> United States (USA), said it would hand back the drone, 2016-12-17",
                 "ACCUSE: China (CHN) -> United States (USA), accused Washington of blowing the incident out of proportion, 2016-12-17",
                 "ACCUSE: Donald Trump (USA) -> China (CHN), accused Beijing of theft, 2016-12-17",
                 "COERCE (seize): Chinese navy (CHN) -> U.S. military (USA), seized an underwater drone, 2016-12-15 (Thursday, from the story)"],
                3, 3, 0, "All three dateline events are right types; the seizure itself, in a relative clause, is missed."),
"h55-x213-10": (["THREATEN: Vladimir Putin (RUS) -> none, warned against any use of force in the Caspian region, 2007-10-16",
                 "AGREE: five Caspian states (RUS, IRN, AZE, KAZ, TKM) mutual, pledged never to let their territory be used for an attack on one another, 2007-10-16",
                 "CONSULT (multilateral): five Caspian states' leaders, summit in Tehran, 2007-10-16"],
                1, 1, 0, "Putin's warning is found (THREATEN accepted for 'warned against'); the five states' pledge and the summit itself are missed."),
}
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for p in paras:
        ev,found,n,sp,notes=P[p['doc']]
        assert n==len(p['events'])
        f.write(json.dumps({"doc":p['doc'],"coder_events":ev,"found":found,"dateline_events":n,"spurious":sp,"notes":notes},ensure_ascii=False)+"\n")
