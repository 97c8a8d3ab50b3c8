"""Write paragraphs-a-verdicts.jsonl (recall on story first paragraphs)."""
import json
P = {
 'h10-x36-17': dict(coder_events=[], found=0, spurious=0,
   notes="An election win and a party's campaign promises ('stand firm against China') are no PLOVER act between actors; nothing to code, and dateline coded nothing."),
 'h10-x35-17': dict(coder_events=[
   "ASSAULT: Guinean security forces (GIN) -> supporters of Cellou Dalein Diallo (GIN), clashes in Conakry, 2010-11-15",
   "REJECT: Cellou Dalein Diallo (GIN) -> electoral commission / the result (GIN), rejected the outcome, 2010-11-16 (document date; no date in the text)"],
   found=1, spurious=0,
   notes="Dateline's ASSAULT for the clashes is right (Monday). Diallo's rejection of the outcome, in the relative clause, was missed."),
 'h10-x33-16': dict(coder_events=[
   "CONSULT (visit): Vladimir Putin (RUS) and Francois Hollande (FRA) -> Armenia (ARM), joined the Yerevan commemoration, 2015-04-24",
   "ASSAULT (massacre): Ottoman forces (TUR) -> Armenians (ARM), mass killings, 1915 (the 100th anniversary; background act)"],
   found=0, spurious=0,
   notes="Two leaders' visit to Yerevan for the commemoration (one clause; could be counted as two dyads) and the historical mass killings in a noun phrase. Turkey's own Gallipoli commemoration is no act toward another actor. Dateline coded nothing."),
 'h10-x33-01': dict(coder_events=[
   "RETREAT (withdraw): Chechen fighters (RUS) -> Budyonnovsk / Russia (RUS), left the town, 1995-06-19",
   "ASSAULT (abduct): Chechen fighters (RUS) -> volunteer hostages (RUS), taking hostages as a shield, 1995-06-19",
   "AGREE: Chechen fighters / Shamil Basayev (RUS) <-> Viktor Chernomyrdin (RUS), deal struck to end the siege, before 1995-06-19 (no date in the paragraph; Sunday 06-18 in the story)",
   "ASSAULT (abduct): Chechen fighters (RUS) -> Budyonnovsk hospital hostages (RUS), five-day siege, ended 1995-06-19 (background span)"],
   found=1, spurious=0,
   notes="Dateline found only the hostage-taking (ASSAULT abduct, right type). It missed the withdrawal from the town, the deal with Chernomyrdin, and the siege (an ongoing-background act a coder may or may not code)."),
 'h10-x36-02': dict(coder_events=[
   "SUPPORT (sign agreement): Guatemalan government (GTM) <-> leftist guerrillas (GTM), signed final peace accord, 1996-12-29",
   "ASSAULT: the 36-year civil war (government and guerrillas, GTM) -> some 200,000 people, mostly Mayan villagers (GTM), killed or missing, no date (span summed over 36 years)"],
   found=1, spurious=0,
   notes="Dateline's SUPPORT for the signing is right (Sunday, mutual). The civil war's total toll is a background span with no date; dateline did not code it."),
 'h10-x36-25': dict(coder_events=[
   "COERCE (arrest): South Korean investigators (KOR) -> Yoon Suk Yeol (KOR), arrested at his residence, 2025-01-15",
   "COERCE (martial law): Yoon Suk Yeol (KOR) -> South Korea (KOR), short-lived declaration of martial law, 2024-12 ('last month'; Dec 3 in the story)"],
   found=1, spurious=1,
   notes="Dateline's e1 arrest is right; its e2 ('to be detained') is a duplicate of the same arrest in the same sentence, so spurious. The background martial-law declaration was missed."),
}
rows = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert len(rows) == 6
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for r in rows:
        p = P[r['doc']]
        out.write(json.dumps({'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
                              'dateline_events': len(r['events']), 'spurious': p['spurious'],
                              'notes': p['notes']}, ensure_ascii=False) + '\n')
