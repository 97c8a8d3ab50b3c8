# Writes paragraphs-a-verdicts.jsonl: the acts a trained coder codes in each first paragraph.
import json
P = {
 'h31-x119-24': dict(coder_events=[
    "REQUEST: African leaders' delegation led by Ramaphosa (no single code; ZAF-led) -> Vladimir Putin (RUS), urged steps to end the war, 2023-06-17",
    "REJECT: Volodymyr Zelenskiy (UKR) -> Russia (RUS), no talks while Russian troops occupy Ukraine (rejects negotiations), 2023-06-16",
    "ASSAULT: Russian troops (RUS) -> Ukraine (UKR), occupation still going on, 2023-06-17"],
    found=2, dateline_events=2, spurious=0,
    notes="Dateline found the REQUEST (right) and the occupation as ASSAULT (right type; target should be Ukraine, not Zelenskiy). It missed Zelenskiy's refusal of talks. The meetings are only implied, so they are not coded."),
 'h31-x120-06': dict(coder_events=[
    "ASSAULT: Fijian soldiers loyal to Bainimarama (FJI military) -> rebel troops (FJI), retook the main barracks in Suva, 2000-11-02",
    "ASSAULT: rebel troops (FJI military mutineers) -> Fiji military (FJI), tried to seize the barracks in a mutiny that left at least eight dead, 2000-11-02"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded nothing in this paragraph: both sides of the fighting in the mutiny were missed (taking ground is ASSAULT, wave 30)."),
 'h31-x119-09': dict(coder_events=[
    "CONSULT: George W. Bush (USA) -> Senegal (SEN), visit to Goree Island/Dakar at the start of a five-nation Africa tour, 2003-07-08"],
    found=0, dateline_events=0, spurious=0,
    notes="Calling slavery one of history's greatest crimes is a statement with no political target, so it is not coded. Dateline missed the visit."),
 'h31-x117-15': dict(coder_events=[
    "RETREAT: Russia (RUS) -> Chechnya (RUS, Chechen republic), formally ended the counter-terrorist operation (de-escalation), 2009-04-16"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's RETREAT (mode ceasefire) is the right type, with the right source and date. The operation's launch 'nearly ten years ago' is a background mention and is not coded separately. Troops leaving is only made possible (future), so it is not coded either."),
 'h31-x120-05': dict(coder_events=[
    "SANCTION: Malaysian court (MYS) -> Anwar Ibrahim (MYS), found guilty and sentenced to six years, 1999-04-14",
    "PROTEST: protesters (MYS) -> Malaysia government (MYS), street clashes in Kuala Lumpur over the verdict, 1999-04-14",
    "ACCUSE: foreign governments (no code) -> Malaysia (MYS), criticism of the verdict, 1999-04-14"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline found the conviction (SANCTION convict) but missed the street clashes and the foreign criticism, which are only given as nouns here (the later paragraphs spell them out)."),
 'h31-x118-07': dict(coder_events=[
    "SUPPORT: Pope John Paul II (VAT) -> Palestinians (PSE), backed their 'natural right to a homeland', 2000-03-22",
    "SUPPORT: Yasser Arafat (PSE) -> Pope John Paul II (VAT), hailed the remarks, 2000-03-22"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded nothing in this paragraph and missed both expressions of support."),
}
order = [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as fh:
    for d in order:
        rec = {'doc': d}; rec.update(P[d])
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
tot = dict(coded=sum(len(P[d]['coder_events']) for d in order), found=sum(P[d]['found'] for d in order),
           dateline=sum(P[d]['dateline_events'] for d in order), spurious=sum(P[d]['spurious'] for d in order))
print(tot)
