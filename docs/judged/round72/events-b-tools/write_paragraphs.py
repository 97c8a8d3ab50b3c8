"""Write paragraphs-b-verdicts.jsonl (judge b's recall coding of the six first paragraphs)."""
import json
P = {
 "h13-x45-17": dict(
    coder_events=["RETREAT: Ahmet Davutoglu (TUR) -> none, will step down as AK Party leader (ending his premiership), 2016-05 (future, said on Thursday 2016-05-05)"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's e1 (RETREAT resign, future, 2016-05) is right in every field. The 'widening rift' with Erdogan is background, not a codable act."),
 "h13-x48-22": dict(
    coder_events=["PROTEST: protesters (CHL) -> none (aimed at inequality, not the authorities), mass protests over inequality, 2019 (a year before the October 2020 vote)"],
    found=0, dateline_events=0, spurious=0,
    notes="The referendum vote is an election, not a PLOVER event. The background protest of a year before was missed."),
 "h13-x45-11": dict(
    coder_events=["COOPERATE: European Union (EU) -> six former Soviet republics, launched the Eastern Partnership, 2009-05-07",
                  "AGREE: European Union (EU) -> six former Soviet republics, offered closer trade ties, easier travel and financial aid, 2009-05-07"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's e1 AGREE (offering) has the right type and date. Its source is 'rotating EU presidency' (should be the European Union) and its target is empty (should be the six republics). 'Russia has viewed with suspicion' is an attitude, not a statement, so it is not coded. The launch of the partnership was missed."),
 "h13-x48-03": dict(
    coder_events=["AGREE: delegates of more than 150 countries (mutual) -> none, agreed on the Kyoto treaty, 1997-12-11 (SUPPORT, finalizing a treaty, also acceptable)",
                  "CONSULT: delegates of more than 150 countries (mutual), negotiations ran through the night, 1997-12-10/11"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's e1 AGREE (Delegates, Thursday 1997-12-11) is right. The all-night negotiations (CONSULT) were missed."),
 "h13-x47-10": dict(
    coder_events=["RETREAT: Ethiopia / President Girma Wolde-Giorgis (ETH) -> 38 opposition leaders, journalists and activists (ETH), pardoned and freed, 2007-07-20",
                  "SANCTION: a court (Federal High Court, ETH) -> most of the 38 (ETH), sentenced to life in prison, 2007-07-16 (the Monday given later in the story; 'days after')"],
    found=1, dateline_events=2, spurious=1,
    notes="Dateline's e1 (freed, RETREAT release) is found. e2 ('pardoned', RETREAT release, Girma -> Ethiopia) codes the same release of the same prisoners a second time, so it is a duplicate and spurious (its target, Ethiopia, would be wrong anyway). The court's life sentences (SANCTION convict) were missed."),
 "h13-x45-12": dict(
    coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="An election result (Fidesz's two-thirds majority) has no PLOVER event between actors; dateline rightly found none."),
}
order = [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for doc in order:
        rec = {"doc": doc}
        rec.update(P[doc])
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
