import json
P = [
("ngec-0645",["CONSULT/visit Honduras->Costa Rica (delegation sent to discuss Nicaragua crisis)"],["e1 CONSULT sent HND->CRI"],[],["e2 CONSULT 'discuss' HND->NIC: second event for the same visit, target wrong"],[]),
("ngec-0220",["AGREE India->Bangladesh (promised Saturday to work with Bangladesh)"],["e1 AGREE promised IND->BGD, 2023-06-10"],[],[],[]),
("ngec-0936",[],[],[],["e1 SUPPORT 'approved' (domestic passing of a law; date 2023-06-13 although text says 13 February 2012)","e2 SANCTION 'freeze' (a power the law 'allows', not an act)","e3 COERCE 'confiscate' (power the law allows)","e4 COERCE 'detain' (power the law enables)"],[]),
("ngec-1678",["SUPPORT Costa Rica ratified the UN Convention on the Law of the Sea (first real paragraph; the first line is '-- --')"],["e1 SUPPORT ratified CRI->UNO"],[],[],[]),
("ngec-1445",["SUPPORT/AGREE Indonesia+SVG decided to establish diplomatic ties","CONSULT ASEAN ministerial meetings the delegation was invited to","AGREE Indonesia+SVG will cooperate against terrorism (confirmed by Natalegawa)","AGREE Lu Kang invited ASEAN members to visit Brunei","CONSULT/visit Singapore delegation travelled to Indonesia and Brunei and held meetings"],["e1 SUPPORT establish IDN+VCT","e2 AGREE invited Lu Kang->ASEAN (Lu Kang coded IDN)","e3 CONSULT/visit traveled SGP->IDN,BRN"],[],[],[]),
("ngec-1674",["SUPPORT African states ratified the 1848 treaty"],[],[],["e1 SUPPORT 'signed' the 1848 signing by da Gama and Louis XVI (history, dated 2023-06-15; da Gama coded SLE)"],[]),
("ngec-0435",["ASSAULT worker's alleged assault on government workers Thursday","CONCEDE unions' workers will return from stoppage Sunday (future)"],["e1 ASSAULT assault -> government workers (date: document date, not Thursday)"],[],[],[]),
("ngec-2872",["ASSAULT/crowd-control troops tear gas to disperse protesters (Saturday)","PROTEST protesters marched in a rally against Kenyatta","ASSAULT security forces fired into the air","COERCE/arrest hundreds arrested","PROTEST people blocked streets and burned tires","REQUEST protesters demanding Kenyatta's resignation","ASSAULT soldiers beating demonstrators","PROTEST protesters blocked highways","REQUEST UN refugee official called on Kenyan authorities"],["e1 ASSAULT disperse (date: document date, not Saturday)","e2 PROTEST marched (source 'Kenyan troops' wrong)","e3 ASSAULT fired","e4 COERCE arrested","e5 REQUEST demanding","e8 REQUEST called"],[],["e6 ASSAULT 'fired' again (the witness's retelling of e3)","e7 COERCE 'arrested' with target 'troops' (demonstrators were arrested)"],[]),
("ngec-1969",["MOBILIZE/THREATEN North Korea fired rockets into the sea in protest (a show of force, no target hit)"],[],["e1 ASSAULT/heavy-weapons fired"],[],[]),
("ngec-0679",["COERCE Mukherjee approved extending emergency rule"],[],["e1 SUPPORT approved (extending emergency rule is COERCE, not SUPPORT)"],["e2 REQUEST 'seek' legal advice"],[]),
("ngec-4350",["CONSULT Saudi security council members met Eritrean representatives in Riyadh","AGREE/AID Saudi decision to supply weaponry to Eritrean forces"],[],[],[],[]),
("ngec-0475",["REQUEST campaign group called on Clinton to reverse the UN decision"],[],[],[],[]),
("ngec-3348",[],[],[],[],[]),
("ngec-2838",["COERCE warrant issued for refugees to be moved to the mainland"],[],[],[],[]),
("ngec-2247",["COERCE/curfew Turkish police enforcing a nationwide curfew","PROTEST violent protests over the weekend"],[],[],[],[]),
("ngec-2307",["SUPPORT/AGREE Nigeria signed off on a peace deal between APC and MEND"],[],[],[],[]),
("ngec-3587",["ACCUSE/investigate Virgin Islands governor's office -> United Kingdom"],["e1 ACCUSE/investigate (source 'Virgin Islands' without country)"],[],[],[]),
("ngec-3834",["PROTEST/strike Syrian prisoners went on strike"],["e1 PROTEST/strike"],[],[],[]),
("ngec-3551",["CONSULT/visit EU and its foreign minister in Kosovo to negotiate a deal"],[],["e1 SUPPORT 'finalize' Kosovo->EU,Serbia (the hoped-for deal, asserted; the event is the visit/negotiation)"],["e2 REQUEST 'insists' (a statement of position)"],[]),
("ngec-0803",["ASSAULT militia took part in a defence of a government building (fighting)"],[],["e1 AGREE 'took' (took part in a defence)"],[],[]),
("ngec-3862",["RETREAT president lifted curfew","PROTEST/strike governor called a national strike","CONCEDE Mansour declared a truce Saturday night","MOBILIZE would order reinforcements (future)","ASSAULT/crowd-control police fired tear gas on demonstrators","ASSAULT demonstrators tried to attack security personnel"],["e1 RETREAT lifted","e2 PROTEST/strike called (source: president instead of the governor)","e3 CONCEDE declared (Saturday night)","e4 ASSAULT/crowd-control firing"],[],[],[]),
("ngec-2234",[],[],[],[],[]),
("ngec-1655",["REQUEST MOH calls on the Croatian government to guarantee its members' rights","SUPPORT MOH welcomes the talks","SUPPORT MOH welcomes the government's intention","ACCUSE MOH: HNS statements violate the constitution","CONSULT talks between government and HNS"],["e1 REQUEST call MOH->Croatia government"],[],[],[]),
("ngec-2936",[],[],[],[],[]),
("ngec-1431",["ACCUSE/disapprove leader expressed horror at the military's treatment of civilians","THREATEN leader warned soldiers face long jail terms"],["e1 THREATEN warned (source 'leader' without country plus 'Australia')"],[],[],[]),
("ngec-2965",["ACCUSE/disapprove state TV negative reports about Morales (borderline)"],[],[],["e1 AGREE 'vote' (voting in an election is no AGREE)"],[]),
("ngec-2755",["SUPPORT Gambia and Cyprus ratify the agreement","SUPPORT agreement signed","CONSULT leaders met in The Gambia last Wednesday","SUPPORT leaders signed 12 MoUs","SUPPORT Bokova celebrated the signing"],["e1 SUPPORT ratify","e2 SUPPORT signed","e4 SUPPORT signed MoU (Tuesday)"],[],["e3 AGREE 'implement' (inside 'MoUs outlining steps to implement')"],[]),
("ngec-0685",[],[],[],[],[]),
("ngec-3382",["REQUEST Khieu Samphan requested meetings with Thonburi"],["e1 REQUEST requested (Khieu Samphan coded KHM; target 'Laos')"],[],[],[]),
("ngec-2117",["PROTEST/REQUEST protesters in Antigua call for removing the monarchy (borderline)"],[],[],[],[]),
]
rows=[]; G=F=M=S=0
for doc,gold,found,mist,spur,_ in P:
    G+=len(gold);F+=len(found);M+=len(mist);S+=len(spur)
    rows.append(dict(kind="recall-paragraph", doc=doc, coder_events=gold, found_right_type=found, found_wrong_type=mist, spurious=spur,
                     counts=dict(coder=len(gold), found=len(found), found_wrong_type=len(mist), dateline_total=len(found)+len(mist)+len(spur), spurious=len(spur))))
print(len(P), G, F, M, S, F+M+S)
json.dump(rows, open('/tmp/j6e/recall_rows.json','w'))
