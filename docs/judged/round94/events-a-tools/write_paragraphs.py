"""Write paragraphs-a-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
P = {
 'h24-x91-02': dict(coder_events=[], found=0, spurious=0,
    notes="An election result (Awami League emerged as largest party) is not a PLOVER event type; nothing to code, and dateline coded nothing."),
 'h24-x89-06': dict(coder_events=[
    "ASSAULT (assassinate/firearms): gunmen on a motorcycle (no code; November 17 suspected, GRC) -> Britain's military attache in Athens (GBR), shot dead, 2000-06-08 (Thursday)"],
    found=0, spurious=0,
    notes="Dateline missed the shooting in the lead; its events in this story start in later paragraphs (Blair's condemnation etc.)."),
 'h24-x92-19': dict(coder_events=[
    "SANCTION (withdraw): Colombia (COL) <-> Venezuela (VEN), mutual recall of ambassadors, 2015-08-27 (Thursday)",
    "COERCE (restrict): Venezuela (VEN) -> Colombia (COL), closure of the main border crossing, no date in the paragraph (last week per the story)",
    "COERCE (deport): Venezuela (VEN) -> more than 1,000 Colombians (COL), expulsion, no date in the paragraph"],
    found=1, spurious=0,
    notes="Dateline's e1 codes the mutual recall with both countries as source and no target, as PLOVER codes reciprocal acts. The border closure and expulsion, given as the row's causes in noun phrases, were not coded."),
 'h24-x91-04': dict(coder_events=[
    "SANCTION (convict): UN International Criminal Tribunal for Rwanda (IGO, no code) -> former mayor of Taba, Jean-Paul Akayesu (RWA), found guilty of genocide, 1998-09-02 (Wednesday)"],
    found=0, spurious=0,
    notes="Dateline missed the lead's conviction (it has a later 'convicted' event, with the wrong target Laity Kama). 'the first time an international court has convicted anyone' restates the same act."),
 'h24-x89-07': dict(coder_events=[
    "COERCE (arrest): Danish police (DNK) -> Akhmed Zakayev, Chechen separatist envoy (RUS), arrest reported on Thursday 2002-10-31 (the arrest itself was Wednesday 2002-10-30 per the next paragraph)",
    "ACCUSE (allege): Russia (RUS) -> Zakayev (RUS), international arrest warrant, undated background"],
    found=1, spurious=0,
    notes="Dateline's e1 codes the arrest (COERCE arrest, Danish police -> Zakayev); its date 2002-10-31 is the report date, the arrest was on Wednesday. The Russian warrant, a secondary background act, was not coded."),
 'h24-x90-24': dict(coder_events=[
    "SANCTION (withdraw, halt mediation): Qatar (QAT) -> Israel (ISR) and Hamas (PSE), suspended its mediation of a ceasefire and hostage deal, 2024-11-09 (said on Saturday)",
    "AGREE: Qatar (QAT) -> Israel (ISR) and Hamas (PSE), would resume mediation once both sides show willingness to end the war (offer asserted, condition hypothetical), 2024-11-09"],
    found=0, spurious=0,
    notes="Dateline coded nothing in the lead, missing Qatar's suspension of mediation, the story's main event."),
}
rows = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for r in rows:
        p = P[r['doc']]
        o = {'doc': r['doc'], 'coder_events': p['coder_events'], 'found': p['found'],
             'dateline_events': len(r['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
