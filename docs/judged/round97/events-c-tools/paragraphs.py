"""Write paragraphs-c-verdicts.jsonl."""
import json
P = {
 "h26-x100-22": (["PROTEST (boycott): pro-independence parties (NCL/FRA) -> the French state's referendum (FRA), boycott of the independence vote, 2021-12-12"],
                 0, 0, 0, "The voters' rejection of independence is an election result, not coded. Dateline found no event; the boycott is missed."),
 "h26-x97-15": (["CONSULT (third-party): Armenian leader (ARM) <-> Azerbaijani leader (AZE), talks hosted by Russia's Medvedev (RUS) in Kazan, 2011-06-24",
                 "AGREE (negated): Armenian leaders (ARM) <-> Azerbaijani leaders (AZE), failed to agree on a settlement framework, 2011-06-24"],
                1, 1, 0, "Dateline found the failed agreement (AGREE, negated) but dated it 2011-06-25 (document date) though the text says Friday, 2011-06-24; the hosted talks (CONSULT) are missed."),
 "h26-x99-08": (["REQUEST (yield/withdraw): International Court of Justice (no code) -> Nigeria (NGA), ordered to withdraw its troops and administration from Bakassi, 2002-10-10"],
                0, 0, 0, "The ruling that Bakassi belongs to Cameroon is adjudication with no clear PLOVER type; the order to Nigeria to withdraw is the act a coder takes. Dateline found nothing here."),
 "h26-x97-12": (["AGREE: Greek Cypriot leader (CYP) <-> Turkish Cypriot leader (Turkish Cypriot community), agreed to begin full negotiations within three months and to open the Ledra Street crossing, 2008-03-21"],
                1, 1, 0, "Found with the right type and date; its parties are coded as Cypriot/Greek/Turkish 'communities' with GRC and TUR codes, wrong for the two Cypriot leaders (counts as found: any arguments)."),
 "h26-x100-03": (["SANCTION (discontinue): Bill Clinton (USA) -> Myanmar (MMR), ban on new American investment, 1997-04-22",
                  "ACCUSE: Bill Clinton (USA) -> Myanmar's military government (MMR), saying it stepped up repression, 1997-04-22",
                  "COERCE (reported): Myanmar's military government (MMR) -> Suu Kyi's democracy movement (MMR), stepped-up repression, no date"],
                 0, 1, 0, "Dateline's single event is the investment ban, typed COERCE ban (CAMEO 1722, banning parties or politicians) instead of SANCTION (curtailing commercial exchange): a real event with the wrong type, so not found; the accusation and the repression it reports are missed."),
 "h26-x98-20": (["COERCE (arrest): Egyptian security forces (EGY) -> hundreds of people (EGY), arrests after the protests, reported 2019-09-22",
                 "PROTEST (demo): street protesters (EGY) -> President Sisi (EGY), calling on him to step down, 2019-09-20 (Friday, given in the next paragraph; no date in this one)"],
                1, 1, 0, "Dateline found the arrests (right type, parties and date); the protests calling on Sisi to resign are missed."),
}
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for line in open('paragraphs-c.jsonl'):
        p = json.loads(line)
        ev, found, n, sp, notes = P[p['doc']]
        assert n == len(p['events']), p['doc']
        out.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found, "dateline_events": n,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
