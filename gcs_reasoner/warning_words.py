"""The words of the warnings (result.py, and why-not: whynot_eval.py): for missing_fact, in French and in
English, what the file does not state and the conclusion left undrawn (a word not listed is shown as the
rules name it: tests/test_stop23_outputs.py fails on it); for not_judged, the event; for after_as_of, the
event left out."""

# the attribute (third argument of missing_fact/3): "le fichier n'indique pas {...} de M"
ATTRIBUTES_FR = {
    "kind": "la catégorie",
    "funding": "la catégorie de financement (a à e de l'article L. 162-22-6 du code de la sécurité sociale)",
    "profession": "la profession",
    "capital": "le capital (ou son absence)",
    "sector": "le secteur (public ou privé)",
    "seat_region": "la région du siège",
    "rights": "les droits",
    "until": "la date de fin",
    "region": "la région du siège",
    "participation_year": "l'année de la participation aux charges",
    "convened_by": "l'auteur de la convocation",
    "committee_voting_rule": "les règles de quorum et de majorité (que fixe la convention constitutive)",
    "administrator_that_day": "l'administrateur en fonctions ce jour-là (le fichier ne rapporte que la dernière élection)",
    "urgent_notice": "le délai de convocation que la convention constitutive fixe en cas d'urgence",
    "approval_decision": "la décision d'approbation",
    "valuation": "l'évaluation",
    "tariff_option": "l'option tarifaire",
    "operated_kind": ("la nature (activité de soins, ou équipement matériel lourd) de l'autorisation que le "
                      "groupement, autorisé à facturer les soins, exploite pour le compte"),
    "reply_time_running": "la réponse du groupement au désaccord du directeur général",
    "scale_after_composition_change": "l'échelle tarifaire fixée après la dernière modification de la composition",
    "scale_before": "l'échelle tarifaire fixée avant la délibération modifiant l'échelle tarifaire",
    "scale_before_disputed": "l'échelle tarifaire fixée avant la délibération modifiant l'échelle tarifaire",
    "scale_before_untexted": "l'échelle tarifaire fixée avant la délibération modifiant l'échelle tarifaire",
    "held_authorisations": "les autorisations dont il est titulaire",
    "signed_by": "les signataires de la convention constitutive",
    "seat_transfer_region": "la région du nouveau siège",
    # the seat's region on the day of the agency's decision, after a deliberation on a transfer (review 40)
    "seat_region_on_decision": ("la région du siège au jour de la décision du directeur général de l'agence régionale "
                                "de santé (un avenant portant sur un transfert du siège ayant été, ou pu être, approuvé)"),
    # the seat's region on the dissolution's day, after a deliberation on a transfer (review 40)
    "seat_region_on_dissolution": ("la région du siège au jour de la dissolution (un avenant portant sur un "
                                   "transfert du siège ayant été, ou pu être, approuvé)"),
    "running_costs": "le partage des charges de fonctionnement",
    "rights_basis": "la base des droits (apports ou participations)",
    "real_cost": "le coût réel",
    "published": "la publication",
    "prorogation_validity": "la validité de la prorogation",
    "patient_of": "l'établissement dont relève le patient",
    "participation": "la participation aux charges",
    "notified": "la notification",
    "remedy_measures": "si les mesures correctrices satisfont à la mise en demeure",
    "new_term": "le nouveau terme",
    "compliance_change": ("l'objet de la modification de la convention constitutive votée entre le 28 avril 2017 "
                          "et le 1er juillet 2019 (sa mise en conformité avec le décret n° 2017-631, ou non)"),
    "minutes_sent": "l'envoi du procès-verbal",
    "liberal": "l'exercice libéral",
    "representative_liberal": "l'exercice libéral du représentant",
    "legal_personality": "la date de la personnalité morale",
    "legal_nature": "la nature juridique",
    "individual": "l'adhésion en nom propre",
    "convened_on": "la date de la convocation",
    "contribution": "les apports",
    "capital_apports": "les apports au capital des membres",
    # R6133-6 of 2006: rights said to follow the apports, none stated ("... des membres" + " du groupement")
    "member_apports": "les apports des membres",
    # R6133-6 of 2006 al. 1 a contrario and al. 4: neither apport nor participation line (review 40)
    "apports_and_participations": "les apports des membres ni leurs participations aux charges de fonctionnement",
    "running_cost_participations": "les participations des membres aux charges de fonctionnement",
    # `running_costs no` with participation lines (review 41); said in UNSETTLED_WORDS
    "running_costs_contradicted": "si le groupement engendre des coûts de fonctionnement",
    "by": "l'auteur",
    "operated_activity": ("le cadre (soins délivrés au titre d'une autorisation d'activité de soins que le "
                          "groupement exploite et facture pour le compte de ses membres, ou non)"),
    "joint_interventions": ("le cadre (les interventions communes des professionnels médicaux des membres, au 3° "
                            "de l'article L. 6133-1, que le groupement n'est pas dit organiser)"),
    "act_date": ("la date (l'établissement employeur ou celui dont relève le patient n'est pas, ou pas "
                 "certainement, membre du groupement à la date d'application du droit ; l'acte a pu être pratiqué "
                 "quand il l'était)"),
    "approved": "la publication de l'approbation",
    "appointed_by": "l'auteur de la nomination",
    "administrator": "l'administrateur",
    "deliberation_validity": "la validité de la délibération qui modifie les droits",
    "capital_for_rights_change": "le capital (ou son absence) du groupement, dont dépend la modification des droits",
    "deliberation_order": "l'ordre d'adoption des délibérations de la même séance qui modifient différemment les droits",
    "debts_before_departure": "si le membre parti reste tenu des dettes contractées avant son départ",
    "dissolution_validity": "la validité de la délibération sur la dissolution",
    "transfer_personality_disputed": "la date de la personnalité morale du groupement (les textes divergent)",
    "budget_vote_validity": "la validité de la délibération sur le budget",
    "dissolution_not_judged": "si le groupement a été dissous par un événement antérieur au 1er janvier 2006",
    "agenda_matters": "les matières inscrites à l'ordre du jour",
    "budget_year": "l'exercice de la délibération sur le budget",
    "granted": "la date d'octroi",
    "eps_decision_before_2010": ("la date de la transformation des règles budgétaires et comptables (la première "
                                 "autorisation a été accordée avant le 26 juillet 2010)"),
    # a public-law groupement erected from 2009-07-23 to 2010-07-25, as of a date in that window (review 41, fixer K);
    # said in UNSETTLED_WORDS
    "eps_erected_before_decree": ("le texte qui régit ses comptes (érigé en établissement public de santé avant le 26 "
                                  "juillet 2010)"),
    # what is missing about the administrator on a day, not a statement of the file: the warning has its own
    # sentence (UNSETTLED_WORDS below); these words name it where a word is wanted
    "administrator_out_of_office": "l'administrateur en fonctions",
    "administrator_open_on_election": "l'administrateur en fonctions le jour de l'élection du comité restreint",
    "acting_deputy_term": "le terme du mandat du suppléant qui pouvait remplacer l'administrateur",
    "administrator_left_out": "l'administrateur en fonctions le jour de la convocation",
    "nature_that_day": "la nature juridique ce jour-là",
    "nature_at_erection": "la nature juridique le jour où son érection en établissement de santé a pris effet",
    "administrator_unavailable": "l'administrateur en mesure d'agir",
    "convener_unavailable": "l'administrateur en mesure de convoquer",
    "administrator_no_fixed_term": "le terme du mandat de l'administrateur",
    "administrator_office_unknown": "l'administrateur en fonctions",
    "convener_no_fixed_term": "le terme du mandat de l'administrateur qui a convoqué",
    "convener_deputy_term": "le terme du mandat du suppléant qui a pu convoquer",
    "convener_term_unstated": "le terme du mandat de l'administrateur qui a convoqué",
    "committee_election_not_judged": "l'élection, non jugée, du comité restreint qui a siégé",
    # between the decision approving the convention and its publication (decree of 2017 and law disagree)
    "personality_disputed": "l'administrateur en fonctions le jour de la convocation",
    "personality_disputed_committee": "l'élection, non jugée, du comité restreint qui a siégé",
    "personality_disputed_deputy": "le suppléant en mesure de remplacer l'administrateur",
    "disputed_deputy_election": "le suppléant de l'administrateur en fonctions",
    "joined_before_publication": "si le membre a constitué le groupement ou y a été admis ensuite",
    "association_before_personality": ("si l'accord d'association conclu avant la personnalité morale du groupement "
                                       "associe le professionnel"),
    "undated_before_personality": "la date de l'association aux activités du groupement",
    "committee_delegation_not_judged": "la délégation, non jugée, de la matière au comité restreint",
    # the end of an administrator's or a deputy's term of office (« de M »: the member)
    "term_end": "la date de fin du mandat",
    "nature_not_established": "la nature juridique du groupement",
    "earlier_notice_unjudged": "l'effet de sa notification de retrait antérieure au 1er janvier 2006",
    # a publication in another region ({M}: the region) after a refusal, the approval decision not dated
    "approval_decision_after_refusal": "la date de la décision d'approbation, postérieure ou non à la publication",
    "convention_request_undated": "la date de réception de la demande d'approbation de la convention constitutive",
    "administrator_decision": "la décision de l'administrateur, délégataire de l'assemblée générale",
}


# the same in English: "{...} of M is not stated"
ATTRIBUTES_EN = {
    "kind": "the category",
    "funding": "the funding category (a to e of article L. 162-22-6 of the code de la sécurité sociale)",
    "profession": "the profession",
    "capital": "the capital (or its absence)",
    "sector": "the sector (public or private)",
    "seat_region": "the region of the seat",
    "rights": "the rights",
    "until": "the end date",
    "region": "the region of the seat",
    "participation_year": "the year of the participation in the charges",
    "convened_by": "the author of the convocation",
    "committee_voting_rule": "the rules of quorum and majority (which the constitutive agreement sets)",
    "administrator_that_day": "the administrator in office that day (the file records only the latest election)",
    "urgent_notice": "the notice the convention constitutive sets for an emergency convocation",
    "approval_decision": "the approval decision",
    "valuation": "the valuation",
    "tariff_option": "the tariff option",
    "operated_kind": ("the kind (care activity, or heavy equipment) of the authorisation the groupement, "
                      "authorised to bill care, operates on behalf"),
    "reply_time_running": "the groupement's reply to the director general's disagreement",
    "scale_after_composition_change": "the tariff scale fixed after the latest change in the composition",
    "scale_before": "the tariff scale fixed before the deliberation changing the tariff scale",
    "scale_before_disputed": "the tariff scale fixed before the deliberation changing the tariff scale",
    "scale_before_untexted": "the tariff scale fixed before the deliberation changing the tariff scale",
    "held_authorisations": "the authorisations it holds",
    "signed_by": "the signatories of the constitutive agreement",
    "seat_transfer_region": "the region of the new seat",
    "seat_region_on_decision": ("the region of the seat on the day of the decision of the director general of the "
                                "agence régionale de santé (an avenant bearing on a transfer of the seat having been, or possibly been, "
                                "approved)"),
    "seat_region_on_dissolution": ("the region of the seat on the day of the dissolution (an avenant bearing on a "
                                   "transfer of the seat having been, or possibly been, approved)"),
    "running_costs": "the sharing of the running costs",
    "rights_basis": "the basis of the rights (contributions or participations)",
    "real_cost": "the real cost",
    "published": "the publication",
    "prorogation_validity": "the validity of the prorogation",
    "patient_of": "the establishment the patient comes under",
    "participation": "the participation in the charges",
    "notified": "the notification",
    "remedy_measures": "whether the corrective measures comply with the formal notice",
    "new_term": "the new term",
    "compliance_change": ("the object of the change of the constitutive agreement voted between 28 April 2017 "
                          "and 1 July 2019 (bringing it into line with decree No. 2017-631, or not)"),
    "minutes_sent": "the sending of the minutes",
    "liberal": "the liberal practice",
    "representative_liberal": "the liberal practice of the representative",
    "legal_personality": "the date of the legal personality",
    "legal_nature": "the legal nature",
    "individual": "the membership in one's own name",
    "convened_on": "the date of the convocation",
    "contribution": "the contributions",
    "capital_apports": "the members' apports to the capital",
    "member_apports": "the apports of the members",
    "apports_and_participations": "the apports of the members or their participations in the running costs",
    "running_cost_participations": "the members' participations in the running costs",
    "running_costs_contradicted": "whether the groupement incurs running costs",
    "by": "the author",
    "operated_activity": ("the setting (care given under an authorisation of a care activity that the groupement "
                          "operates and bills on its members' behalf, or not)"),
    "joint_interventions": ("the setting (joint interventions of the members' medical professionals, under 3° of "
                            "article L. 6133-1, which the groupement is not said to organise)"),
    "act_date": ("the date (the employing establishment or the one the patient comes under is not, or not "
                 "certainly, a member of the groupement on the date the law is applied; the act may have been "
                 "performed while it was)"),
    "approved": "the publication of the approval",
    "appointed_by": "the author of the appointment",
    "administrator": "the administrator",
    "deliberation_validity": "the validity of the deliberation that changes the rights",
    "capital_for_rights_change": "the capital (or its absence) of the groupement, which decides the effect of the change of the rights",
    "deliberation_order": "the order in which the deliberations of one sitting that change the rights differently were adopted",
    "debts_before_departure": "whether the departed member remains liable for the debts contracted before it left",
    "dissolution_validity": "the validity of the deliberation on the dissolution",
    "transfer_personality_disputed": "the date of the groupement's legal personality (the texts disagree)",
    "budget_vote_validity": "the validity of the deliberation on the budget",
    "dissolution_not_judged": "whether the groupement was dissolved by an event before 1 January 2006",
    "agenda_matters": "the matters on the agenda",
    "budget_year": "the financial year of the deliberation on the budget",
    "granted": "the date of grant",
    "eps_decision_before_2010": ("the date of the change of the budget and accounting rules (the first authorisation "
                                 "was granted before 26 July 2010)"),
    "eps_erected_before_decree": ("the text governing its accounts (erected into a public health establishment "
                                  "before 26 July 2010)"),
    "administrator_out_of_office": "the administrator in office",
    "administrator_open_on_election": "the administrator in office on the day the restricted committee was elected",
    "acting_deputy_term": "the end of the term of the deputy who could replace the administrator",
    "administrator_left_out": "the administrator in office on the day of the convocation",
    "nature_that_day": "the legal nature that day",
    "nature_at_erection": "the legal nature on the day its erection into a health establishment took effect",
    "administrator_unavailable": "the administrator able to act",
    "convener_unavailable": "the administrator able to convene",
    "administrator_no_fixed_term": "the term of the administrator's office",
    "administrator_office_unknown": "the administrator in office",
    "convener_no_fixed_term": "the term of the office of the administrator who convened",
    "convener_deputy_term": "the term of the office of the deputy who may have convened",
    "convener_term_unstated": "the term of the office of the administrator who convened",
    "committee_election_not_judged": "the election, not judged, of the restricted committee that sat",
    "personality_disputed": "the administrator in office on the day of the convocation",
    "personality_disputed_committee": "the election, not judged, of the restricted committee that sat",
    "personality_disputed_deputy": "the deputy able to replace the administrator",
    "disputed_deputy_election": "the administrator's deputy in office",
    "joined_before_publication": "whether the member constituted the groupement or was admitted later",
    "association_before_personality": ("whether the association agreement made before the groupement had legal "
                                       "personality associates the professional"),
    "undated_before_personality": "the date of the association with the activities of the groupement",
    "committee_delegation_not_judged": "the delegation, not judged, of the matter to the restricted committee",
    "term_end": "the end date of the term of office",
    "nature_not_established": "the legal nature of the groupement",
    "earlier_notice_unjudged": "the effect of its notice of withdrawal before 1 January 2006",
    "approval_decision_after_refusal": "the date of the approval decision, after the publication or not",
    "convention_request_undated": "the receipt of the request to approve the convention constitutive",
    "administrator_decision": "the decision of the administrator, to whom the general assembly delegated",
}

# missing_fact warnings on what is not settled, though the file states it: who was the administrator in office
# on the day of an assembly (or of its convocation), the administrator being recorded; whether a deliberation on
# the dissolution was valid. Attribute -> (English, French), {A} the assembly; each says what is unknown, not
# "the administrator of A is not stated" (the file states one)
UNSETTLED_WORDS = {
    # `running_costs no` and participation lines (R6133-6 of 2006 al. 1 and 3, R6133-11 of 2006 al. 2, L6133-3 of
    # 2009 I): the file contradicts itself on whether there are running costs, neither statement is taken (review 41)
    "running_costs_contradicted": (
        "the file states that the groupement incurs no running costs, and it states participations of members in its "
        "running costs: the two cannot both be true, and neither is taken",
        "le fichier indique que le groupement n'engendre pas de coût de fonctionnement, et il indique des "
        "participations de membres à ses charges de fonctionnement : les deux ne peuvent être vrais ensemble, et "
        "aucun n'est retenu"),
    # {A}: a decision of the agency transferring competences, dated when one text dating legal personality has the
    # groupement exist and the other not yet (from 2017-04-28: R6133-1-1 of 2017 al. 4, the decision or the day after
    # a tacit approval; L6133-3 I, the publication, later or not made): rules/transfers, transfer_disputed (review 40)
    "transfer_personality_disputed": (
        "decision {A} of the agency, which transfers competences, is dated when the groupement has legal personality "
        "under one of the texts that date it and not under the other: the decree dates it from the decision approving "
        "the convention constitutive or the day after its tacit approval (R6133-1-1 of 2017, al. 4), the law from the "
        "publication of the approved convention (L6133-3, I), later or not made, and neither is preferred; whether "
        "the competences were transferred to a groupement created is not known",
        "la décision {A} de l'agence, qui transfère des compétences, est datée d'un jour où le groupement a la "
        "personnalité morale selon l'un des textes qui la datent et non selon l'autre : le décret la fait courir de "
        "la décision d'approbation de la convention constitutive ou du lendemain de son approbation tacite "
        "(R6133-1-1 de 2017, al. 4), la loi de la publication de la convention approuvée (L6133-3, I), postérieure "
        "ou non intervenue, et aucun des deux n'est retenu ; on ne peut dire si les compétences ont été transférées "
        "à un groupement créé"),
    # {A}: the assembly (or committee meeting) that voted a change of the tariff scale (R6133-16 II of 2010,
    # R6133-21 II of 2017): a decision stating a scale follows it, the scale fixed before it is not stated
    "scale_before": (
        "the file does not state the tariff scale fixed before the deliberation of {A} changing the tariff scale "
        "(no decision of the director general stating a scale before it, nor a scale the convention constitutive "
        "then carried): whether the decision stating a scale made afterwards approves the change or keeps the "
        "scale is unknown",
        "le dossier n'indique pas l'échelle tarifaire fixée avant la délibération de {A} modifiant l'échelle "
        "tarifaire (aucune décision du directeur général fixant une échelle avant elle, ni une échelle que portait "
        "alors la convention constitutive) : on ne peut dire si la décision fixant une échelle prise ensuite "
        "approuve la modification ou maintient l'échelle"),
    # {A}: as above; the latest decisions stating a scale before the deliberation are of one day and state different
    # scales (scale_before_two)
    "scale_before_disputed": (
        "the tariff scale fixed before the deliberation of {A} changing the tariff scale is not known: the latest "
        "decisions of the director general stating a scale before it are of the same day and state different "
        "scales, and the file does not say which came last; so whether the decision stating a scale made afterwards "
        "approves the change or keeps the scale is unknown",
        "l'échelle tarifaire fixée avant la délibération de {A} modifiant l'échelle tarifaire n'est pas connue : "
        "les dernières décisions du directeur général fixant une échelle avant elle sont du même jour et fixent des "
        "échelles différentes, sans que le dossier dise laquelle est intervenue en dernier ; on ne peut donc dire si la "
        "décision fixant une échelle prise ensuite approuve la modification ou maintient l'échelle"),
    # {A}: as above; the latest decision stating a scale before the deliberation is dated before 23 July 2009, when
    # no encoded text had the director general decide the scale (L6133-8 al. 3 from that day)
    "scale_before_untexted": (
        "the tariff scale fixed before the deliberation of {A} changing the tariff scale is not known: the latest "
        "decision stating a scale before it is dated before 23 July 2009, when no encoded text had the director "
        "general decide the tariff scale, and it is not judged; so whether the decision stating a scale made "
        "afterwards approves the change or keeps the scale is unknown",
        "l'échelle tarifaire fixée avant la délibération de {A} modifiant l'échelle tarifaire n'est pas connue : la "
        "dernière décision fixant une échelle avant elle est antérieure au 23 juillet 2009, quand aucun texte "
        "encodé ne confiait au directeur général le choix de l'échelle tarifaire, et elle n'est pas jugée ; on ne "
        "peut donc dire si la décision fixant une échelle prise ensuite approuve la modification ou maintient "
        "l'échelle"),
    # {A}: a decision that erects the groupement, in a file that states no authorisation of the groupement at all
    # (rules/health_establishment/2009-07-23_L6133-7.lp, review 39)
    "held_authorisations": (
        "the file states no authorisation held by the groupement: whether, on the day of decision {A} erecting it "
        "into a health establishment, it held a care-activity authorisation, the condition of its erection, is "
        "unknown",
        "le dossier n'indique aucune autorisation dont le groupement serait titulaire : on ne peut dire si, le "
        "jour de la décision {A} qui l'érige en établissement de santé, il était titulaire d'une autorisation "
        "d'activités de soins, condition de son érection"),
    # {M}: the region of a publication (`published_in`) made after a refusal of the convention the file dates, the
    # approval known only by its later publication in the seat's region
    "approval_decision_after_refusal": (
        "a publication in the recueil des actes administratifs of the {M} region follows a refusal of the convention "
        "constitutive the file dates, and the file does not date the approval decision, known only by its later "
        "publication in the region of the seat; whether that publication is the refusal's or the approval act's cannot "
        "be said",
        "une publication au recueil des actes administratifs de la région {M} suit un refus de la convention "
        "constitutive que le dossier date, et le dossier ne date pas la décision d'approbation, connue par sa seule "
        "publication, postérieure, dans la région du siège ; on ne peut dire si cette publication est celle du refus "
        "ou celle de l'acte d'approbation"),
    # the matter of patents delegated to the administrator (R6133-22 of 2010 al. 2), whose decisions are not facts
    "administrator_decision": (
        "the general assembly delegated the matter of patents to the administrator, and the file does not record "
        "the administrator's decisions: whether the administrator authorised the groupement to file and exploit "
        "patents is unknown",
        "l'assemblée générale a délégué à l'administrateur la matière des brevets, et le dossier ne rapporte pas "
        "les décisions de l'administrateur : on ne peut dire si celui-ci a autorisé le groupement à déposer et "
        "exploiter des brevets"),
    # {M}: the member, by its name
    "earlier_notice_unjudged": (
        "{M} notified its intention to withdraw before 1 January 2006, a notice whose effect no encoded text judges "
        "(décret 2005-1681 applies from that day); whether {M} was still a member when it notified that intention "
        "again is unknown",
        "{M} a notifié son intention de se retirer avant le 1er janvier 2006, notification dont aucun texte encodé "
        "ne juge l'effet (le décret 2005-1681 s'applique à compter de ce jour) ; on ne peut dire si {M} était encore "
        "membre lors de sa nouvelle notification"),
    "reply_time_running": (
        "decision {A} again states a tariff scale other than the groupement's option while the groupement's month "
        "to support or change its choice after the director general's disagreement was still running, and the file "
        "records no reply of the groupement by then",
        "la décision {A} fixe de nouveau une échelle tarifaire autre que celle de l'option du groupement alors que "
        "courait encore le délai d'un mois dont il disposait pour étayer ou modifier son choix après le désaccord du "
        "directeur général, et le dossier n'indique aucune réponse du groupement à cette date"),
    "administrator_out_of_office": (
        "the administrator in office on the day of assembly {A} is not stated (the administrator recorded was "
        "not in office that day: its term was over, it was not a member, or its election cannot stand)",
        "le fichier n'indique pas l'administrateur en fonctions le jour de l'assemblée générale {A} (celui qu'il "
        "nomme ne l'était pas : son mandat était terminé, il n'était pas membre, ou son élection ne peut être "
        "retenue)"),
    # {A}: an assembly the file says urgent, held from 2010-07-26 (R6133-20 of 2010, R6133-25 of 2017: the
    # convention fixes the time limits of convocation; no emergency notice in the decree any more)
    "urgent_notice": (
        "assembly {A}, which the file says was convened as a matter of urgency, was convened with less notice than "
        "the convention constitutive sets for its convocation, and the file does not state the notice the "
        "convention sets for an emergency, if it sets one (the decree leaves the time limits of convocation to "
        "the convention)",
        "l'assemblée générale {A}, que le fichier dit convoquée en urgence, l'a été dans un délai plus court que "
        "le délai de convocation que fixe la convention constitutive, et le fichier n'indique pas le délai que la "
        "convention fixe en cas d'urgence, si elle en fixe un (le décret laisse à la convention les délais de "
        "convocation)"),
    "administrator_unavailable": (
        "the administrator recorded could not act on the day of assembly {A} and no deputy in office is stated",
        "l'administrateur ne pouvait pas assurer ses fonctions le jour de l'assemblée générale {A} et le fichier "
        "n'indique aucun suppléant en fonctions"),
    "convener_unavailable": (
        "assembly {A} was convened by the administrator, or in its name, on a day the administrator could not "
        "act, and no deputy in office is stated: the text says who replaces it, not what becomes of its own "
        "convocation",
        "l'assemblée générale {A} a été convoquée par l'administrateur, ou en son nom, un jour où il ne pouvait "
        "pas assurer ses fonctions, et le fichier n'indique aucun suppléant en fonctions : le texte dit qui le "
        "remplace, non ce que devient sa propre convocation"),
    "administrator_left_out": (
        "assembly {A} was convened by the administrator, and the only election of the administrator the file states "
        "came before the groupement had legal personality and is not judged (the approval was published before "
        "1 January 2006, or the convocation came before that election); who administered the groupement when the "
        "assembly was convened is not known",
        "l'assemblée générale {A} a été convoquée par l'administrateur, et la seule élection de l'administrateur "
        "qu'indique le fichier précède la personnalité morale du groupement et n'est pas jugée (l'approbation a été "
        "publiée avant le 1er janvier 2006, ou la convocation précède cette élection) ; on ne sait pas qui "
        "administrait le groupement quand l'assemblée a été convoquée"),
    # the administrator's only election came between the decision approving the convention and its publication
    # (from 2017-04-28: R6133-1-1 of 2017 al. 4, the decision; L6133-3 I, the publication)
    "personality_disputed": (
        "assembly {A} was convened by the administrator, and the only election of the administrator the file states "
        "came between the decision approving the convention constitutive and its publication, or may have, the "
        "decision not being dated (or was made by an assembly held then): the decree dates the groupement's legal personality from the decision (R6133-1-1 of "
        "2017, al. 4), the law from the publication (L6133-3, I), and neither is preferred; that election is not "
        "judged, and who administered the groupement when the assembly was convened is not known",
        "l'assemblée générale {A} a été convoquée par l'administrateur, et la seule élection de l'administrateur "
        "qu'indique le fichier se place entre la décision d'approbation de la convention constitutive et sa "
        "publication, ou peut s'y placer, la décision n'étant pas datée (ou a été faite par une assemblée réunie "
        "alors) : le décret fait courir la personnalité morale "
        "du groupement de la décision (R6133-1-1 de 2017, al. 4), la loi de la publication (L6133-3, I), et aucun "
        "des deux n'est retenu ; cette élection n'est pas jugée, et on ne sait pas qui administrait le groupement "
        "quand l'assemblée a été convoquée"),
    "personality_disputed_committee": (
        "the restricted committee that held meeting {A} may be in office only by an election made between the "
        "decision approving the convention constitutive and its publication, or that may have been, the decision not "
        "being dated: the decree dates the groupement's "
        "legal personality from the decision (R6133-1-1 of 2017, al. 4), the law from the publication (L6133-3, I), "
        "and neither is preferred; that election is not judged, nor whether the committee was in office that day",
        "le comité restreint qui a tenu la réunion {A} ne peut être en fonctions que par une élection faite entre la "
        "décision d'approbation de la convention constitutive et sa publication, ou qui a pu l'être, la décision "
        "n'étant pas datée : le décret fait courir la "
        "personnalité morale du groupement de la décision (R6133-1-1 de 2017, al. 4), la loi de la publication "
        "(L6133-3, I), et aucun des deux n'est retenu ; cette élection n'est pas jugée, ni donc si le comité était "
        "en fonctions ce jour-là"),
    # the only deputy that may replace the administrator was elected between the decision approving the convention
    # and its publication (or by an assembly held then), the decree of 2017 and the law disagreeing on legal
    # personality; {A}: the assembly convened on a day the administrator could not act
    "personality_disputed_deputy": (
        "assembly {A} was convened on a day the administrator could not act (or none was in office), and the only "
        "deputy who could replace it was elected between the decision approving the convention constitutive and its "
        "publication, or may have been, the decision not being dated (or by an assembly held then): the decree dates the groupement's legal personality from the "
        "decision (R6133-1-1 of 2017, al. 4), the law from the publication (L6133-3, I), and neither is preferred; "
        "that election is not judged, and whether the assembly was convened in the administrator's place is not known",
        "l'assemblée générale {A} a été convoquée un jour où l'administrateur ne pouvait pas assurer ses fonctions "
        "(ou où aucun n'était en fonctions), et le seul suppléant qui pouvait le remplacer a été élu entre la décision "
        "d'approbation de la convention constitutive et sa publication, ou a pu l'être, la décision n'étant pas datée "
        "(ou par une assemblée réunie alors) : le décret "
        "fait courir la personnalité morale du groupement de la décision (R6133-1-1 de 2017, al. 4), la loi de la "
        "publication (L6133-3, I), et aucun des deux n'est retenu ; cette élection n'est pas jugée, et on ne sait pas "
        "si l'assemblée a été convoquée à la place de l'administrateur"),
    # {M}: a deputy whose term the file does not fix, who may replace the administrator unable to act on the as-of
    # date (R6133-29 al. 8, review 39)
    "acting_deputy_term": (
        "the administrator cannot perform its functions on the date examined, and the end of the term of {M}, "
        "elected deputy, who could replace it, is not known (not stated, or elected with no fixed term): whether {M} "
        "is still the deputy in office, and so replaces the administrator, is not known",
        "l'administrateur ne peut pas assurer ses fonctions à la date examinée, et le terme du mandat de {M}, élu "
        "suppléant, qui pouvait le remplacer, n'est pas connu (non indiqué, ou élu sans durée déterminée) : on ne "
        "peut dire si {M} est encore suppléant en fonctions, et donc s'il remplace l'administrateur"),
    # {M}: the administrator the file records, not named among the members of a restricted committee elected on a
    # day it is neither known to be in office nor known not to be (R6133-24 al. 2, review 39)
    "administrator_open_on_election": (
        "{M}, the administrator the file records, is not among the members of a restricted committee the general "
        "assembly elected, and whether {M} was the administrator in office on the day of that election is not known "
        "(the end of its term not stated, or elected with no fixed term, its election undecided, or its membership "
        "that day unknown)",
        "{M}, l'administrateur qu'indique le fichier, ne figure pas parmi les membres d'un comité restreint élu par "
        "l'assemblée générale, et on ne sait pas si {M} était l'administrateur en fonctions le jour de cette élection "
        "(la date de fin de son mandat n'est pas indiquée, ou il a été élu sans durée déterminée, son élection reste "
        "indéterminée, ou on ne sait s'il était membre ce jour-là)"),
    # {M}: that deputy, by its name (deputy_required, acting_administrator on the as-of date)
    "disputed_deputy_election": (
        "the only deputy of the administrator that may be in office on the date examined, {M}, was elected between "
        "the decision approving the convention constitutive and its publication, or may have been, the decision not "
        "being dated (or by an assembly held then): the "
        "decree dates the groupement's legal personality from the decision (R6133-1-1 of 2017, al. 4), the law from "
        "the publication (L6133-3, I), and neither is preferred; that election is not judged, and whether {M} is the "
        "deputy in office is not known",
        "le seul suppléant de l'administrateur qui peut être en fonctions à la date examinée, {M}, a été élu entre la "
        "décision d'approbation de la convention constitutive et sa publication, ou a pu l'être, la décision n'étant "
        "pas datée (ou par une assemblée réunie alors) : "
        "le décret fait courir la personnalité morale du groupement de la décision (R6133-1-1 de 2017, al. 4), la loi "
        "de la publication (L6133-3, I), et aucun des deux n'est retenu ; cette élection n'est pas jugée, et on ne "
        "sait pas si {M} est le suppléant en fonctions"),
    # {M}: a member whose `joined` date comes before the publication of the approval (validate.py joined_open)
    "joined_before_publication": (
        "the file dates the joining of {M} before the publication of the approval of the convention constitutive "
        "(from which the groupement has legal personality under the law), without saying whether {M} is one of the "
        "members that constituted the groupement or a member admitted after its constitution (the groupement admits "
        "new members only « après sa constitution »)",
        "le fichier date l'adhésion de {M} d'avant la publication de l'approbation de la convention constitutive "
        "(dont la loi fait courir la personnalité morale du groupement), sans dire si {M} est l'un des membres qui "
        "ont constitué le groupement ou un membre admis après sa constitution (le groupement n'admet de nouveaux "
        "membres qu'« après sa constitution »)"),
    # {M}: an associate whose association (`associate … { joined DATE }`) the file dates before the publication of the
    # approval (rules/convention/2006-01-01_R6133-1.lp, association_before_personality; review 39): an associate is
    # no member, so it is not read as a founding member
    "association_before_personality": (
        "the file dates the association of {M} with the activities of the groupement before the publication of the "
        "approval of the convention constitutive, from which the groupement has legal personality; the agreement is "
        "one that liberal medical professionals « peuvent conclure avec un groupement de coopération sanitaire » "
        "(L6133-1 of 2004, al. 4), and no text says whether one made before that publication associates {M} once "
        "the groupement exists, nor does the file say that the groupement made or took over the agreement after it; "
        "an associate is not a member, and {M} is therefore not read as a founding member",
        "le dossier date l'association de {M} aux activités du groupement d'avant la publication de l'approbation "
        "de la convention constitutive, dont le groupement tient la personnalité morale ; les professionnels "
        "médicaux libéraux « peuvent conclure avec un groupement de coopération sanitaire » cet accord (L6133-1 de "
        "2004, al. 4), et aucun texte ne dit si un accord conclu avant cette publication associe {M} une fois le "
        "groupement constitué, ni le dossier que le groupement l'a conclu ou repris après elle ; un associé n'est "
        "pas un membre, et {M} n'est donc pas lu comme un membre fondateur"),
    # {M}: an associate the file does not date (no `joined`), on an as-of date before the publication of the approval
    # (rules/convention/2006-01-01_R6133-1.lp, association_undated_before_personality; review 40)
    "undated_before_personality": (
        "the file does not date the association of {M} with the activities of the groupement, which has no legal "
        "personality yet on the date the law is applied on (the approval of the convention constitutive is published "
        "later); an agreement in force on that date would have been made before that publication, and no text says "
        "whether such an agreement associates {M} once the groupement exists (L6133-1 of 2004, al. 4: « peuvent "
        "conclure avec un groupement de coopération sanitaire »); one made from the constitution is not made yet; the "
        "missing date decides neither",
        "le fichier ne date pas l'association de {M} aux activités du groupement, qui ne jouit pas encore de la "
        "personnalité morale à la date d'application du droit (l'approbation de la convention constitutive est "
        "publiée après) ; un accord en vigueur à cette date aurait été conclu avant cette publication, et aucun texte "
        "ne dit si un tel accord associe {M} une fois le groupement constitué (L6133-1 de 2004, al. 4 : « peuvent "
        "conclure avec un groupement de coopération sanitaire ») ; un accord conclu à compter de la constitution ne "
        "l'est pas encore ; la date manquante ne tranche ni l'un ni l'autre"),
    "administrator_no_fixed_term": (
        "the administrator recorded was elected with no fixed term: whether it was still in office on the day "
        "of assembly {A} is not known",
        "l'administrateur a été élu sans durée déterminée : on ne peut dire s'il était encore en fonctions le "
        "jour de l'assemblée générale {A}"),
    "administrator_office_unknown": (
        "whether the administrator recorded was in office on the day of assembly {A} is not known (the end of "
        "its term not stated, its election undecided, or someone's membership that day unknown)",
        "on ne peut dire si l'administrateur était en fonctions le jour de l'assemblée générale {A} (la fin de son "
        "mandat non indiquée, son élection non tranchée, ou la qualité de membre de quelqu'un inconnue ce jour-là)"),
    "convener_no_fixed_term": (
        "the administrator recorded was elected with no fixed term: whether it was still in office when it "
        "convened assembly {A} is not known",
        "l'administrateur a été élu sans durée déterminée : on ne peut dire s'il était encore en fonctions quand "
        "il a convoqué l'assemblée générale {A}"),
    "convener_term_unstated": (
        "the file does not state the end of the term of the administrator recorded: whether it was still in "
        "office when it convened assembly {A} is not known",
        "le fichier n'indique pas la date de fin du mandat de l'administrateur : on ne peut dire s'il était encore "
        "en fonctions quand il a convoqué l'assemblée générale {A}"),
    "convener_deputy_term": (
        "the administrator could not act when assembly {A} was convened, and the end of the term of the deputy "
        "who could replace it is not known (not stated, or elected with no fixed term): whether the assembly was "
        "convened in the administrator's place is not known",
        "l'administrateur ne pouvait pas assurer ses fonctions quand l'assemblée générale {A} a été convoquée, et "
        "le terme du mandat du suppléant qui pouvait le remplacer n'est pas connu (non indiqué, ou élu sans durée "
        "déterminée) : on ne peut dire si l'assemblée a été convoquée à la place de l'administrateur"),
    "nature_that_day": (
        "the legal nature of the groupement on the day of meeting {A} is not known (a fact missing for that day: a member's "
        "sector, kind or contributions, or whether someone was a member)",
        "la nature juridique du groupement le jour de la réunion {A} n'est pas connue (il manque un fait pour ce jour-là : le "
        "secteur, la catégorie ou les apports d'un membre, ou la qualité de membre de quelqu'un)"),
    "nature_at_erection": (
        "the legal nature of the groupement on the day its erection into a health establishment took effect is not "
        "known (the text then in force does not fix it, or a fact is missing for that day: a member's sector, kind or "
        "contributions, or whether someone was a member), and the status, public or private, of the establishment "
        "follows from it",
        "la nature juridique du groupement le jour où son érection en établissement de santé a pris effet n'est pas "
        "connue (le texte alors en vigueur ne la fixe pas, ou il manque un fait pour ce jour-là : le secteur, la "
        "catégorie ou les apports d'un membre, ou la qualité de membre de quelqu'un), et le statut, public ou privé, "
        "de l'établissement en dépend"),
    "remedy_measures": (
        "the groupement reported corrective measures in reply to decision {A} within the time limit of the formal "
        "notice; whether they comply with it is not settled (the director general's finding)",
        "le groupement a fait état de mesures correctrices en réponse à la décision {A} dans le délai fixé par la mise "
        "en demeure ; on ne peut dire s'il a été satisfait à celle-ci (c'est au directeur général de le constater)"),
    "eps_decision_before_2010": (
        "the first care-activity authorisation of the groupement erected into a public health establishment (or, "
        "failing one, its erection) was decided before 26 July 2010: the text in force dates the change of its "
        "budget and accounting rules to those of public health establishments only for a decision taken under "
        "it, and the date from which they apply cannot be established",
        "la première autorisation d'activités de soins du groupement érigé en établissement public de santé (ou, "
        "à défaut, son érection) a été décidée avant le 26 juillet 2010 : le texte en vigueur ne date la "
        "transformation de ses règles budgétaires et comptables en celles des établissements publics de santé "
        "que pour une décision prise sous son empire, et la date à compter de laquelle elles s'appliquent ne "
        "peut être établie"),
    # a public-law groupement erected into a public health establishment from 2009-07-23 to 2010-07-25, as of a date
    # in that window: L6133-5 (a GCS de moyens), R6133-10 of 2006 (every public-law GCS) and L6133-7 (the rules of
    # operation and governance of public health establishments) leave its accounts unsettled, and no text dates a
    # change (R6133-13 II al. 3 from 2010-07-26 only): review 41, fixer K
    "eps_erected_before_decree": (
        "the groupement was erected into a public health establishment before 26 July 2010: no text in force on the "
        "date applied says whether its accounts stay governed by the rules of a public-law GCS de moyens (public "
        "accounting, an agent comptable: article L. 6133-5, article R. 6133-10 of 2006) or by those of public health "
        "establishments, whose rules of operation and governance article L. 6133-7 applies to it, nor from when",
        "le groupement a été érigé en établissement public de santé avant le 26 juillet 2010 : aucun texte en vigueur "
        "à la date retenue ne dit si ses comptes restent régis par les règles du groupement de coopération sanitaire "
        "de moyens de droit public (comptabilité publique, agent comptable : article L. 6133-5, article R. 6133-10 de "
        "2006) ou par celles des établissements publics de santé, dont l'article L. 6133-7 lui applique les règles de "
        "fonctionnement et de gouvernance, ni à compter de quand"),
    "committee_election_not_judged": (
        "the restricted committee that held meeting {A} was elected before 26 July 2010, when no encoded text "
        "provided for a restricted committee: its election is not judged, nor whether it was in office that day",
        "le comité restreint qui a tenu la réunion {A} a été élu avant le 26 juillet 2010, quand aucun texte encodé "
        "ne prévoyait de comité restreint : son élection n'est pas jugée, ni donc s'il était en fonctions ce jour-là"),
    "committee_delegation_not_judged": (
        "a deliberation of meeting {A} is on a matter only a delegation voted before 26 July 2010 gave the "
        "restricted committee, when no encoded text provided for a delegation to it: that delegation is not "
        "judged, nor whether the committee had received the matter",
        "une délibération de la réunion {A} porte sur une matière que seule une délégation votée avant le 26 "
        "juillet 2010 confiait au comité restreint, quand aucun texte encodé ne prévoyait de délégation au comité : "
        "cette délégation n'est pas jugée, ni donc si le comité avait reçu la matière"),
    "nature_not_established": (
        "the legal nature of the groupement, on which the rules governing staff member {A}, whom it recruited, "
        "depend (those of a groupement constituted as a legal person governed by public law), is not established",
        "la nature juridique du groupement, dont dépend le régime du membre du personnel {A}, qu'il a recruté "
        "(celui d'un groupement constitué en personne morale de droit public), n'est pas établie"),
    "dissolution_validity": (
        "the validity of the deliberation on the dissolution taken by assembly {A} is not settled (whether the "
        "groupement was dissolved is not known)",
        "la validité de la délibération sur la dissolution prise par l'assemblée générale {A} n'est pas établie (on "
        "ne peut dire si le groupement est dissous)"),
    "budget_vote_validity": (
        "the validity of the deliberation on the budget taken by assembly {A} is not settled, and no other "
        "deliberation on that budget is valid (whether the budget, whose forecasts the file states out of "
        "balance, was voted is not known)",
        "la validité de la délibération sur le budget prise par l'assemblée générale {A} n'est pas établie, et "
        "aucune autre délibération sur ce budget n'est valable (on ne peut dire si le budget, dont le fichier "
        "indique des prévisions en déséquilibre, a été voté)"),
    "dissolution_not_judged": (
        "an event dated before 1 January 2006 that dissolves the groupement by operation of law (the term of its "
        "duration, a case of dissolution its constitutive agreement provides for) is not judged: whether the "
        "groupement was dissolved is not known",
        "un événement antérieur au 1er janvier 2006 qui dissout le groupement de plein droit (le terme de sa durée, "
        "un cas de dissolution prévu par sa convention constitutive) n'est pas jugé : on ne peut dire si le "
        "groupement a été dissous"),
    # {A}: an authorisation of a member the groupement operates; the convention approved on or after 28 April 2017,
    # the receipt of its approval request not stated (R6133-12 III of 2017, an event judged under the text of its date)
    "convention_request_undated": (
        "the file does not state the receipt of the request to approve the convention constitutive, approved on or "
        "after 28 April 2017: that request may have been made before III of article R. 6133-12 (décret n° 2017-631) "
        "came into force that day, and whether that text governs the request to modify the authorisation {A} "
        "operated in common, which its holder had to send with it, cannot be said",
        "le dossier n'indique pas la réception de la demande d'approbation de la convention constitutive, approuvée "
        "le 28 avril 2017 ou après : cette demande a pu être faite avant l'entrée en vigueur, ce jour-là, du III de "
        "l'article R. 6133-12 (décret n° 2017-631), et on ne peut dire si ce texte régit la demande de modification "
        "de l'autorisation {A} exploitée en commun, que son titulaire devait adresser avec elle"),
}

# the conclusion left undrawn (first argument of missing_fact/3): "aucune conclusion sur {...}"
TOPICS_FR = {
    "budget_balance": "l'équilibre du budget",
    "accounts_approval": "l'approbation du compte financier",
    "act_billing": "la facturation de l'acte",
    "administrator_term": "le mandat de l'administrateur",
    "ars_dissolution_possible": "la possibilité pour le directeur général de prononcer la dissolution",
    "ars_dissolution_step_due": "l'étape suivante de la procédure de dissolution",
    "association": "l'association au groupement",
    "attachments": "les annexes de la convention constitutive",
    "cost_split_attachment": "l'annexe de répartition des charges de fonctionnement entre les membres",
    "billing": "la facturation",
    "budget_referral": "la saisine du directeur général de l'agence régionale de santé faute de vote du budget",
    "erection_basis": "la base légale de l'érection du groupement en établissement de santé",
    "eps_budget_rules": ("les règles budgétaires et comptables applicables à l'établissement public de santé issu du "
                         "groupement et le document budgétaire que vote son assemblée générale"),
    "biology_billing": "la facturation des examens de biologie médicale",
    "challenge_late": "le délai de contestation",
    "composition": "la composition du groupement",
    "compliance_decision": ("la décision de l'assemblée générale mettant la convention constitutive en conformité "
                            "avec le décret n° 2017-631"),
    "compliance_deadline": ("l'obligation de mettre la convention constitutive en conformité avec le décret "
                            "n° 2017-631 au plus tard le 1er janvier 2020"),
    "competence_transfer": "le transfert de compétences au groupement par décision de l'agence régionale",
    "consultation": "la consultation des autres régions",
    "contribution_forms": "la forme des apports",
    "decree_2017_mentions": "les mentions ajoutées par le décret n° 2017-631",
    "deputy_term": "le mandat du suppléant",
    "committee_composition": "la composition du comité restreint",
    "deputy_required": "l'obligation d'élire un suppléant de l'administrateur",
    "acting_administrator": "le suppléant qui remplace l'administrateur",
    "devolution": "la dévolution des biens",
    "liquidator_designation": "la désignation des liquidateurs",
    "dissolution_no_health_establishment": "la dissolution faute d'établissement de santé",
    "dissolution_term_reached": "la dissolution au terme",
    "duration_too_short": "la durée du groupement au regard des autorisations",
    "executing_administrator": "l'administrateur chargé de l'exécution",
    "exercise_contract_reservation": "la réserve des contrats d'exercice",
    "flat_allowance": "l'indemnité forfaitaire de l'administrateur",
    "groupement_duration": "la durée du groupement",
    "health_establishment": "l'établissement de santé",
    "insurance_cover": "la prise en charge par l'assurance maladie",
    "intervention": "l'intervention des professionnels",
    "joint_operation": "l'exploitation en commun des autorisations",
    "legal_personality": "la personnalité morale",
    "approval_publication_in_region": ("la publication de l'acte d'approbation dans cette région, ni sur la date de la "
                                       "personnalité morale qui en dépend"),
    "liberal_pay": ("la rémunération des personnes exerçant une profession médicale à titre libéral (article "
                    "L. 6133-6 ou L. 6133-8)"),
    "legal_personality_decision_date": "la date de la personnalité morale selon la décision d'approbation",
    # every missing_fact(membership, M, _) leaves open whether M may take part (its kind, profession or liberal
    # practice decides it), not that M is a member (member(M): the file lists it)
    "membership": "la régularité de sa participation au groupement",
    "mentions": "les mentions de la convention constitutive",
    "nature": "la nature juridique",
    "meeting_nature": "ce qui dépend de la nature juridique du groupement ce jour-là",
    "publication": "la publication",
    "publication_mentions": "les mentions de la publication",
    "quorum_and_majority": "le quorum et la majorité",
    # the quorum drawn (every member present or represented): only the majority is left open
    "majority": "la majorité",
    "rights_adaptation": "l'adaptation des droits",
    "rights_after_change": "les droits après leur modification",
    "rights_proportionality": "la proportionnalité des droits",
    # L6133-4 al. 2 « proportionnellement à leurs apports », with no capital (review 41)
    "rights_apports_measure": ("la répartition des droits à proportion des apports, que permet l'article L. 6133-4 "
                               "(al. 2) : seul le décret, qui les définit à proportion des participations, est cité"),
    # R6133-6 of 2006 al. 4 « A défaut d'apports ou de participations » (review 40)
    "rights_by_convention": ("la faculté pour la convention constitutive de définir elle-même les règles selon "
                             "lesquelles les droits des membres sont déterminés (à défaut d'apports ou de "
                             "participations)"),
    # R6133-6 of 2006 al. 1 a contrario: a groupement with running costs is funded (review 40)
    "funding_required": ("le financement du groupement, qui engendre des coûts de fonctionnement (seul un groupement "
                         "qui n'en engendre pas peut être créé sans apport ni participation)"),
    # R6133-6 of 2006 al. 1, the file contradicting itself on the running costs (review 41)
    "funding_optional": "la faculté de créer le groupement sans apport ni participation",
    "seat_transfer": "le transfert du siège",
    "second_convocation_privilege": "la dispense de quorum de la seconde convocation",
    "signature": "la signature de la convention constitutive",
    "single_act": "l'acte unique",
    "staff_regime": "le régime du personnel",
    "staff_rules": "les règles applicables au personnel",
    "supervisory_board": "le conseil de surveillance",
    "tariff": "l'échelle tarifaire",
    "tariff_criterion_1": ("le critère 1° du choix de l'échelle tarifaire (la nature juridique de la majorité des "
                           "membres)"),
    # criteria 2° to 4° of R6133-16 I of 2010 (R6133-21 I of 2017): the criterion the director general weighs, not
    # the scale his decision fixes
    "tariff_criterion_2": ("le critère 2° du choix de l'échelle tarifaire (l'échelle tarifaire de la majorité des "
                           "membres)"),
    "tariff_criterion_3": ("le critère 3° du choix de l'échelle tarifaire (l'échelle tarifaire applicable aux membres "
                           "majoritaires au capital)"),
    "tariff_criterion_4": ("le critère 4° du choix de l'échelle tarifaire (l'échelle tarifaire applicable aux membres "
                           "participant majoritairement aux charges de fonctionnement du groupement)"),
    # L6133-8 al. 3: whether the groupement may opt (members of a, b or c and of d)
    "tariff_option_open": "la faculté du groupement d'opter pour l'une ou l'autre échelle tarifaire",
    "tariff_scale_change": ("l'approbation de la modification de l'échelle tarifaire par le directeur général de "
                            "l'agence régionale de santé"),
    "tariff_proposal_required": "la proposition tarifaire",
    "tariff_decided_on_criteria": "la décision prise à défaut d'accord entre le groupement et le directeur général",
    "validity_of_deliberations": "la validité des délibérations",
    "patents_authorisation": "l'autorisation de déposer et exploiter des brevets",
    "vote_and_debt_shares": "la part des voix et des dettes",
    "vote_share": "la part des voix",
    "vote_weight": "la manière dont la convention constitutive compte les voix",
    "yearly_obligations": ("l'assemblée annuelle, le rapport annuel et le compte financier des années qui se terminent "
                           "après elle"),
    "yearly_obligations_disputed": ("l'assemblée annuelle, le rapport annuel et le compte financier d'une année "
                                    "entière selon le seul décret de 2017"),
    "yearly_obligations_after_event": ("l'assemblée annuelle, le rapport annuel et le compte financier des années qui "
                                       "se terminent après cet événement"),
    "liquidator_appointment": "la validité de la nomination du liquidateur",
    "assembly_dissolution": ("la dissolution prononcée par l'assemblée générale et ses suites (date, liquidation, "
                             "notification, publicité)"),
    "later_withdrawal": "la prise d'effet de ce retrait notifié de nouveau (sa date, l'avenant, ce qui en découle)",
    "term_dissolution": ("la dissolution de plein droit par l'arrivée du terme et ses suites (date, liquidation, "
                         "notification, publicité)"),
    "convention_case_dissolution": ("la dissolution de plein droit par le cas prévu par la convention constitutive et "
                                    "ses suites (date, liquidation, notification, publicité)"),
    "departure_dissolution": ("la dissolution de plein droit du groupement réduit à un seul membre, ou privé "
                              "d'établissement de santé, par un retrait ou une exclusion, et ses suites (date, "
                              "liquidation, notification, publicité)"),
    "agency_dissolution": ("la dissolution prononcée par le directeur général de l'agence régionale de santé et ses "
                           "suites (date, liquidation, publicité)"),
    # an event before 2006 not judged may have dissolved the groupement (rules/membership)
    # (their warnings are said in their rule's own sentence: TOPICS_SAID_IN_ITS_SENTENCE)
    "withdrawal_after_event": "la prise d'effet du retrait notifié (sa date, l'avenant, la qualité de membre ensuite)",
    "exclusion_after_event": ("la prise d'effet de l'exclusion votée alors (l'avenant, la qualité de membre "
                              "ensuite)"),
    "departed_member_debts": "la part des dettes antérieures à son départ dont le membre parti reste tenu",
    "admission_after_event": ("la prise d'effet de l'admission votée alors (l'avenant, la qualité de membre "
                              "ensuite)"),
    "joining_after_event": "l'adhésion que le fichier indique (l'admission requise, l'avenant, la qualité de membre)",
    # the duties of a groupement not dissolved, on the as-of date (review 37)
    "barred_member_exclusion": ("l'exclusion du membre que l'article L. 6133-2 n'autorise pas à faire partie du "
                                "groupement, et la dissolution par le directeur général de l'agence régionale de "
                                "santé à défaut de cette exclusion"),
    "ars_dissolution_procedure": ("la procédure de dissolution par décision motivée du directeur général de l'agence "
                                  "régionale de santé (ses motifs, hormis l'extinction de l'objet et le manquement "
                                  "grave ou réitéré qu'il constate lui-même, son état, la possibilité de la prononcer)"),
    "joint_operation_avenant": ("l'avenant à la convention constitutive qui suit le retrait ou le non-renouvellement "
                                "d'une autorisation que le groupement exploite, et la demande qu'en fait le directeur "
                                "général de l'agence régionale de santé"),
    # a joining dated before the publication of the approval (rules/membership, joined_before_publication)
    "joined_admission": "l'admission du membre par l'assemblée générale et l'avenant qui la constate",
    "modification_request": "la demande de modification de l'autorisation par son titulaire",
}


# the same in English: "no conclusion on {...}"
TOPICS_EN = {
    "budget_balance": "the balance of the budget",
    "accounts_approval": "the approval of the compte financier",
    "act_billing": "the billing of the act",
    "administrator_term": "the administrator's term of office",
    "ars_dissolution_possible": "whether the director general may pronounce the dissolution",
    "ars_dissolution_step_due": "the next step of the dissolution procedure",
    "association": "the association with the groupement",
    "attachments": "the annexes of the constitutive agreement",
    "cost_split_attachment": "the annex splitting the running costs between the members",
    "billing": "the billing",
    "budget_referral": "the referral to the director general of the agence régionale de santé for want of a vote on the budget",
    "erection_basis": "the legal basis of the erection of the groupement into a health establishment",
    "eps_budget_rules": ("the budget and accounting rules applicable to the public health establishment issued from "
                         "the groupement and the budget document its general assembly votes"),
    "biology_billing": "the billing of the medical biology tests",
    "challenge_late": "the time limit for a challenge",
    "composition": "the composition of the groupement",
    "compliance_decision": ("the general assembly's decision bringing the constitutive agreement into line with "
                            "décret n° 2017-631"),
    "compliance_deadline": ("the duty to bring the constitutive agreement into line with décret n° 2017-631 by "
                            "1 January 2020"),
    "competence_transfer": "the transfer of competences to the groupement by decision of the regional agency",
    "consultation": "the consultation of the other regions",
    "contribution_forms": "the form of the contributions",
    "decree_2017_mentions": "the mentions added by décret n° 2017-631",
    "deputy_term": "the deputy's term of office",
    "committee_composition": "the membership of the restricted committee",
    "deputy_required": "the duty to elect a deputy of the administrator",
    "acting_administrator": "the deputy replacing the administrator",
    "devolution": "the devolution of the assets",
    "liquidator_designation": "the appointment of the liquidators",
    "dissolution_no_health_establishment": "the dissolution for want of a health establishment",
    "dissolution_term_reached": "the dissolution at the term",
    "duration_too_short": "the duration of the groupement in the light of the authorisations",
    "executing_administrator": "the administrator who prepares and executes the deliberations",
    "exercise_contract_reservation": "the reservation of practice contracts",
    "flat_allowance": "the administrator's flat-rate allowance",
    "groupement_duration": "the duration of the groupement",
    "health_establishment": "the health establishment",
    "insurance_cover": "the cover by the health insurance",
    "intervention": "the intervention of the professionals",
    "joint_operation": "the joint operation of the authorisations",
    "legal_personality": "the legal personality",
    "approval_publication_in_region": ("the publication of the approval act in that region, nor on the date of the "
                                       "legal personality that depends on it"),
    "liberal_pay": ("the pay of the persons practising a medical profession on a liberal basis (article L. 6133-6 "
                    "or L. 6133-8)"),
    "legal_personality_decision_date": "the date of the legal personality under the approval decision",
    "membership": "the regularity of its participation in the groupement",
    "mentions": "the mentions of the constitutive agreement",
    "nature": "the legal nature",
    "meeting_nature": "what depends on the legal nature of the groupement that day",
    "publication": "the publication",
    "publication_mentions": "the mentions of the publication",
    "quorum_and_majority": "the quorum and the majority",
    "majority": "the majority",
    "rights_adaptation": "the adaptation of the rights",
    "rights_after_change": "the rights after their change",
    "rights_proportionality": "the proportionality of the rights",
    "rights_apports_measure": ("the split of the rights in proportion to the apports, which article L6133-4 (para. "
                               "2) allows: only the decree, which defines them in proportion to the participations, "
                               "is cited"),
    "rights_by_convention": ("whether the convention constitutive may itself set the rules by which the members' "
                             "rights are determined (failing apports or participations)"),
    "funding_required": ("the funding of the groupement, which incurs running costs (only groupements that incur "
                         "none may be created without apport or participation)"),
    "funding_optional": "whether the groupement may be created without apport or participation",
    "seat_transfer": "the transfer of the seat",
    "second_convocation_privilege": "the second convocation's exemption from the quorum",
    "signature": "the signature of the constitutive agreement",
    "single_act": "the single act",
    "staff_regime": "the staff regime",
    "staff_rules": "the rules applicable to the staff",
    "supervisory_board": "the supervisory board",
    "tariff": "the tariff scale",
    "tariff_criterion_1": "criterion 1° of the choice of the tariff scale (the legal nature of the majority of the members)",
    "tariff_criterion_2": "criterion 2° of the choice of the tariff scale (the tariff scale of the majority of the members)",
    "tariff_criterion_3": ("criterion 3° of the choice of the tariff scale (the tariff scale applicable to the members "
                           "holding the majority of the capital)"),
    "tariff_criterion_4": ("criterion 4° of the choice of the tariff scale (the tariff scale applicable to the members "
                           "bearing the majority of the groupement's running costs)"),
    "tariff_option_open": "whether the groupement may opt for either tariff scale",
    "tariff_scale_change": ("the approval of the change of the tariff scale by the director general of the agence "
                            "régionale de santé"),
    "tariff_proposal_required": "the tariff proposal",
    "tariff_decided_on_criteria": "the decision failing agreement between the groupement and the director general",
    "validity_of_deliberations": "the validity of the deliberations",
    "patents_authorisation": "the authorisation to file and exploit patents",
    "vote_and_debt_shares": "the shares of votes and of debts",
    "vote_share": "the share of votes",
    "vote_weight": "the way the constitutive agreement counts the votes",
    "yearly_obligations": ("the yearly assembly, the annual report and the financial account of the years that end "
                           "after it"),
    "yearly_obligations_disputed": ("the yearly assembly, the annual report and the financial account of a year "
                                    "whole under the decree of 2017 only"),
    "yearly_obligations_after_event": ("the yearly assembly, the annual report and the financial account of the years "
                                       "that end after that event"),
    "liquidator_appointment": "the validity of the appointment of the liquidator",
    "assembly_dissolution": ("the dissolution decided by the general assembly and what follows it (date, "
                             "liquidation, notification, publicity)"),
    "later_withdrawal": "whether that withdrawal notified again takes effect (its date, the avenant, what follows)",
    "term_dissolution": "the dissolution by operation of law by the arrival of the term and what follows it (date, "
                        "liquidation, notification, publicity)",
    "convention_case_dissolution": ("the dissolution by operation of law by the case the constitutive agreement "
                                    "provides for and what follows it (date, liquidation, notification, publicity)"),
    "departure_dissolution": ("the dissolution by operation of law of the groupement left with one member, or with no "
                              "health establishment, by a withdrawal or an exclusion, and what follows it (date, "
                              "liquidation, notification, publicity)"),
    "agency_dissolution": ("the dissolution pronounced by the director general of the agence régionale de santé and "
                           "what follows it (date, liquidation, publicity)"),
    # (their warnings are said in their rule's own sentence: TOPICS_SAID_IN_ITS_SENTENCE)
    "withdrawal_after_event": ("whether the withdrawal notified takes effect (its date, the avenant, membership "
                               "afterwards)"),
    "exclusion_after_event": "whether the exclusion voted then takes effect (the avenant, membership afterwards)",
    "departed_member_debts": "the share of the debts from before its departure for which the departed member remains liable",
    "admission_after_event": "whether the admission voted then takes effect (the avenant, membership afterwards)",
    "joining_after_event": "the joining the file states (the admission required, the avenant, membership)",
    # the duties of a groupement not dissolved, on the as-of date (review 37)
    "barred_member_exclusion": ("the exclusion of the member that article L. 6133-2 does not allow to belong to the "
                                "groupement, and the dissolution by the director general of the agence régionale de "
                                "santé failing that exclusion"),
    "ars_dissolution_procedure": ("the procedure of dissolution by reasoned decision of the director general of the "
                                  "agence régionale de santé (its grounds, save the extinction of the object and the "
                                  "serious or repeated breach he finds himself, its stage, whether it may be "
                                  "pronounced)"),
    "joint_operation_avenant": ("the avenant to the constitutive agreement that follows the withdrawal or non-renewal "
                                "of an authorisation the groupement operates, and the director general's request for "
                                "it"),
    # a joining dated before the publication of the approval (joined_before_publication)
    "joined_admission": "the admission of the member by the general assembly and the avenant recording it",
    "modification_request": "the holder's request to modify the authorisation",
}

# the events of not_judged/3 warnings: (English, {M} the member; French, followed by "de M" or with its own {M})
EVENTS = {
    "withdrawal": ("the withdrawal of {M}", "le retrait"),
    "exclusion": ("the exclusion of {M}", "l'exclusion"),
    "admission": ("the admission of {M}", "l'admission"),
    "administrator_election": ("the election of {M} as administrator", "l'élection comme administrateur"),
    "deputy_election": ("the election of {M} as the administrator's deputy",
                        "l'élection comme suppléant de l'administrateur"),
    "ars_dissolution": ("the dissolution by the director general of the agence régionale de santé in decision {M}",
                        "la dissolution par le directeur général de l'agence régionale de santé"),
    "activity_health_establishment_missions": (
        "the activity the file states of exercising the missions of a health establishment (as L6133-1 of 2004, "
        "para. 6, allowed) for the {M}",
        "l'activité, que le fichier indique, d'exercice des missions d'un établissement de santé (comme le "
        "permettait l'article L6133-1 de 2004, al. 6) pour le {M}"),
    "ars_finding": ("the finding of the director general of the agence régionale de santé opening the procedure of "
                    "dissolution (decision {M})",
                    "le constat du directeur général de l'agence régionale de santé ouvrant la procédure de "
                    "dissolution (décision {M})"),
    "billing_authorisation": ("the authorisation to bill care on behalf of the members, which the 4° of article "
                              "L. 6133-1 provides for only from 28 January 2016, given by decision {M} of the agency",
                              "l'autorisation de facturer les soins pour le compte des membres, que le 4° de l'article "
                              "L. 6133-1 ne prévoit que depuis le 28 janvier 2016, donnée par la décision {M} de "
                              "l'agence"),
    "network_composition": (
        "the composition, without a health establishment, of the {M}, which the file states constitutes a réseau de "
        "santé (article L. 6133-4, in its version in force until 22 July 2009, which is not encoded, composes such a "
        "groupement of the members mentioned in article L. 6321-1),",
        "la composition, sans établissement de santé, du {M}, que le fichier dit constituer un réseau de santé "
        "(l'article L. 6133-4, dans sa version en vigueur jusqu'au 22 juillet 2009, qui n'est pas encodée, compose un "
        "tel groupement des membres mentionnés à l'article L. 6321-1),"),
    "network_membership": (
        "the membership of {M}, a person under article L. 6321-1, in a groupement the file states constitutes a réseau "
        "de santé, as regards the authorisation of the director of the agence régionale de l'hospitalisation "
        "(article L. 6133-4, in its version in force until 22 July 2009, which is not encoded, composes such a "
        "groupement of the members mentioned in article L. 6321-1),",
        "la participation de {M}, personne mentionnée à l'article L. 6321-1, à un groupement que le fichier dit "
        "constituer un réseau de santé, au regard de l'autorisation du directeur de l'agence régionale de "
        "l'hospitalisation (l'article L. 6133-4, dans sa version en vigueur jusqu'au 22 juillet 2009, qui n'est pas "
        "encodée, compose un tel groupement des membres mentionnés à l'article L. 6321-1),"),
    "refusal_after_tacit_approval": (
        "the refusal by the director general of the agence régionale de santé of an act he had already tacitly "
        "approved at the expiry of the two months (decision {M}; the tacit approval and its effects are kept)",
        "le refus opposé par le directeur général de l'agence régionale de santé à l'acte qu'il avait déjà "
        "approuvé tacitement à l'expiration du délai de deux mois (décision {M} ; l'approbation tacite et ses "
        "effets sont maintenus)"),
    "committee_election": ("the election of a restricted committee by general assembly {M}",
                           "l'élection d'un comité restreint par l'assemblée générale {M}"),
    "committee_delegation": ("the delegation to the restricted committee voted by general assembly {M}",
                             "la délégation au comité restreint votée par l'assemblée générale {M}"),
    "committee_meeting": ("the meeting {M} of the restricted committee", "la réunion {M} du comité restreint"),
    "approval_decision": (
        "the procedure (the consultation of the agencies of the other regions where members have their seat, the "
        "authority that approves) of the approval of the convention constitutive by the decision of the agency",
        "la procédure (consultation des agences des autres régions où des membres ont leur siège, autorité qui "
        "approuve) de l'approbation de la convention constitutive par la décision de l'agence"),
    "activity_patents": (
        "the activity of filing and exploiting patents (which the code provides for only from 26 July 2010, décret n° "
        "2010-862) that the file states for the {M}",
        "l'activité de dépôt et d'exploitation de brevets (que le code ne prévoit qu'à compter du 26 juillet 2010, "
        "décret n° 2010-862), que le fichier indique pour le {M},"),
    "patents_deliberation": (
        "the authorisation to file and exploit patents (which the code lets the general assembly give only from 26 "
        "July 2010, décret n° 2010-862), of which the file states only the deliberation of general assembly {M}, held",
        "l'autorisation de déposer et d'exploiter des brevets (que le code ne permet à l'assemblée générale de donner "
        "qu'à compter du 26 juillet 2010, décret n° 2010-862), dont le fichier ne rapporte que la délibération de "
        "l'assemblée générale {M}"),
    "chu_agreement": (
        "whether the association agreement with the university hospital (CHU), annexed to the convention constitutive "
        "of the {M}, is subject to the approval of the agency (which the code provides for only from 26 July 2010, "
        "décret n° 2010-862)",
        "la soumission à l'approbation de l'agence de la convention d'association avec le centre hospitalier "
        "universitaire, annexée à la convention constitutive du {M} (que le code ne prévoit qu'à compter du 26 "
        "juillet 2010, décret n° 2010-862),"),
    "chu_agreement_approval": (
        "the approval of the association agreement with the university hospital (CHU) by decision {M} of the agency "
        "(which the code provides for only from 26 July 2010, décret n° 2010-862)",
        "l'approbation de la convention d'association avec le centre hospitalier universitaire par la décision {M} "
        "de l'agence (que le code ne prévoit qu'à compter du 26 juillet 2010, décret n° 2010-862)"),
    "grant_authority": (
        "the power of the director of the agence régionale de l'hospitalisation, whose powers the director general "
        "of the agence régionale de santé took over on 1 April 2010, to grant the groupement an authorisation that "
        "neither article R. 6133-12 nor article R. 6133-17 governs (they govern the first grant of a care-activity "
        "authorisation and the single act; the article that governs this grant is not encoded), by decision {M}",
        "la compétence du directeur de l'agence régionale de l'hospitalisation, dont le directeur général de "
        "l'agence régionale de santé a repris les attributions le 1er avril 2010, pour accorder au groupement une "
        "autorisation que ni l'article R. 6133-12 ni l'article R. 6133-17 ne régissent (ils régissent la première "
        "autorisation d'activités de soins et l'acte unique ; l'article qui régit cette délivrance n'est pas "
        "encodé), par la décision {M}"),
    "modification_request_with_convention": (
        "the request to modify the authorisation {M} operated in common, which its holder had to send with the "
        "request to approve the convention constitutive (article R. 6133-12, which requires it in its III, is in "
        "force only from 28 April 2017, décret n° 2017-631; the file dates no receipt of an avenant that would have "
        "brought the joint operation under it), an approval request received",
        "la demande de modification de l'autorisation {M} exploitée en commun, que son titulaire devait adresser "
        "avec la demande d'approbation de la convention constitutive (l'article R. 6133-12, qui l'exige en son III, "
        "n'est en vigueur qu'à compter du 28 avril 2017, décret n° 2017-631 ; le fichier ne date la réception "
        "d'aucun avenant qui aurait placé l'exploitation en commun sous ce texte), demande reçue à la date"),
    "modification_request_before_approval": (
        "the request to modify the authorisation {M} operated in common, which its holder had to send with the "
        "request to approve the convention constitutive (article R. 6133-12, which requires it in its III, is in "
        "force only from 28 April 2017, décret n° 2017-631; the file dates no receipt of an avenant that would have "
        "brought the joint operation under it), an approval request made before the approval",
        "la demande de modification de l'autorisation {M} exploitée en commun, que son titulaire devait adresser "
        "avec la demande d'approbation de la convention constitutive (l'article R. 6133-12, qui l'exige en son III, "
        "n'est en vigueur qu'à compter du 28 avril 2017, décret n° 2017-631 ; le fichier ne date la réception "
        "d'aucun avenant qui aurait placé l'exploitation en commun sous ce texte), demande antérieure à "
        "l'approbation"),
    "last_authorisation_withdrawal": (
        "the consequence, for the groupement erected into a health establishment, of the withdrawal of its last "
        "care-activity authorisation (article R. 6133-15, which governs it, is in force only from 26 July 2010, "
        "décret n° 2010-862) by decision {M}",
        "la conséquence, pour le groupement érigé en établissement de santé, du retrait de sa dernière autorisation "
        "d'activités de soins (l'article R. 6133-15, qui la règle, n'est en vigueur qu'à compter du 26 juillet 2010, "
        "décret n° 2010-862) par la décision {M}"),
    "last_authorisation_not_renewed": (
        "the consequence, for the groupement erected into a health establishment, of the refusal to renew its last "
        "care-activity authorisation (article R. 6133-15, which governs it, is in force only from 26 July 2010, "
        "décret n° 2010-862) by decision {M}",
        "la conséquence, pour le groupement érigé en établissement de santé, du non-renouvellement de sa dernière "
        "autorisation d'activités de soins (l'article R. 6133-15, qui la règle, n'est en vigueur qu'à compter du 26 "
        "juillet 2010, décret n° 2010-862) par la décision {M}"),
    "tariff_option": ("the procedure (the director general's month to decide, his disagreement, the groupement's "
                      "month to support or change its choice) on the groupement's tariff option, received",
                      "la procédure (délai d'un mois du directeur général pour décider, désaccord, délai du "
                      "groupement pour étayer ou modifier son choix) de l'option tarifaire du groupement"),
    "tariff_scale_decision": (
        "the tariff scale (which article L. 6133-8 has the director general of the agency decide only from 23 July "
        "2009, loi n° 2009-879) decided by decision {M} of the agency",
        "l'échelle tarifaire (que l'article L. 6133-8 ne fait décider par le directeur général de l'agence qu'à "
        "compter du 23 juillet 2009, loi n° 2009-879) fixée par la décision {M} de l'agence"),
    "competence_transfer": ("the transfer of competences to the groupement by the regional agency (decision {M})",
                            "le transfert de compétences au groupement par l'agence régionale (décision {M})"),
    "erection": (
        "the erection of the groupement into a health establishment (which article L. 6133-7 provides for only from 23 "
        "July 2009, loi n° 2009-879) by decision {M} of the agency",
        "l'érection du groupement en établissement de santé (que l'article L. 6133-7 ne prévoit qu'à compter du 23 "
        "juillet 2009, loi n° 2009-879) par la décision {M} de l'agence"),
    "erection_before_life": (
        "the erection into a health establishment, by decision {M} of the agency, of a groupement that did not yet "
        "have legal personality (the text erects a groupement that exists, of public or private law; outside the "
        "single act that approves its convention, no text makes it take effect when the groupement acquires legal "
        "personality),",
        "l'érection en établissement de santé, par la décision {M} de l'agence, d'un groupement qui n'avait pas encore "
        "la personnalité morale (le texte érige un groupement qui existe, de droit public ou privé ; hors l'acte unique "
        "qui approuve sa convention, aucun texte ne la fait prendre effet quand le groupement acquiert la personnalité "
        "morale),"),
    "erection_personality_open": (
        "the erection into a health establishment, by decision {M} of the agency, of a groupement that had legal "
        "personality under the décret n° 2017-631 (article R. 6133-1-1, from the approving decision) but not yet under "
        "the law (article L. 6133-3, from the publication), the two texts being in conflict,",
        "l'érection en établissement de santé, par la décision {M} de l'agence, d'un groupement qui avait la "
        "personnalité morale selon le décret n° 2017-631 (article R. 6133-1-1, à compter de la décision d'approbation) "
        "mais pas encore selon la loi (article L. 6133-3, à compter de la publication), les deux textes étant en "
        "conflit,"),
    "competence_transfer_before_life": (
        "the transfer of competences by the regional agency (decision {M}) to a groupement that did not yet have "
        "legal personality (the text provides for competences transferred to a groupement created),",
        "le transfert de compétences par l'agence régionale (décision {M}) à un groupement qui n'avait pas encore la "
        "personnalité morale (le texte prévoit des compétences transférées à un groupement créé),"),
}


# the events of not_judged/3 said by their date alone (an agency's decision has no name in the file, only
# an identifier)
SAID_BY_ITS_DATE = frozenset({"approval_decision", "tariff_option"})

# the events of not_judged/3 a text governs, and says no, so not `text_not_in_force`: each is said in its rule's own
# sentence (`% say not_judged(EVENT, ...)`), under the warning code given here. `legal_person_states`: the groupement
# has no legal personality yet on the as-of date (rules/approval/2006-01-01_R6133-11.lp), the code of the statements
# validate.py leaves out before it. `legal_personality_undated`: the file dates the approval's publication after an
# as-of date on which no encoded text dates legal personality (before 2006-01-01): not judged, code text_not_in_force.
SAID_IN_ITS_SENTENCE = {"legal_person_states": "before_legal_personality",
                        "legal_personality_undated": "text_not_in_force"}

# the topics of missing_fact/3 said, the same way, in their rule's own sentence (`% say missing_fact(TOPIC, ...)`, in
# each language), under the code missing_fact, at the line of the statement the warning names (else of its member):
# an event before 2006 not judged may have dissolved the groupement when a withdrawal, an exclusion, an admission or a
# joining took effect; the sentence names the assembly, the member and the date the statement gives ({A}, {M}, {N}),
# which the attribute's and the topic's words below, naming one subject, cannot
TOPICS_SAID_IN_ITS_SENTENCE = frozenset({"withdrawal_after_event", "exclusion_after_event", "departed_member_debts",
                                         "admission_after_event",
                                         "joining_after_event", "barred_member_exclusion",
                                         # a year whole under the decree of 2017 only (rules/time/years_of_life.lp,
                                         # life_year_disputed): the sentence names the year (review 40)
                                         "yearly_obligations_disputed"})


# an event left out as dated after the as-of date (facts.py `not_yet`): English, French, and the French
# agreement (feminine: "datée", "postérieure", "elle", "jugée")
_NOT_YET = {
    "assembly": ("the assembly", "l'assemblée générale", True),
    "administrator": ("the election as administrator of", "l'élection comme administrateur de", True),
    "deputy": ("the election as deputy administrator of", "l'élection comme suppléant de l'administrateur de", True),
    "committee": ("the election to the restricted committee of", "l'élection au comité restreint de", True),
    "committee_meeting": ("the committee meeting", "la réunion du comité restreint", True),
    "withdrawal": ("the withdrawal notified by", "le retrait notifié par", False),
    "joining": ("the joining of", "l'adhésion de", True),
    "association": ("the association with the groupement's activities of",
                    "l'association aux activités du groupement de", True),
    "challenge": ("the challenge by", "la contestation de", True),
    "avenant": ("the avenant", "l'avenant", False),
    "modification_request": ("the holder's request for modification of the authorisation",
                             "la demande de modification, par son titulaire, de l'autorisation", True),
    "avenant_receipt": ("the receipt by the agency of the avenant", "la réception par l'agence de l'avenant", True),
    "receipt": ("the receipt by the agency of the", "la réception par l'agence de la", True),
    "approval_publication": ("the publication of the approval of the", "la publication de l'approbation de la",
                             True),
    "consultation": ("the consultation of the agency of the region", "la consultation de l'agence de la région",
                     True),
    "ars_decision": ("the decision of the agency", "la décision de l'agence", True),
    "case_occurred": ("the case of dissolution stipulated by the constitutive agreement",
                      "le cas de dissolution prévu par la convention constitutive", False),
    "avenant_approval": ("the approval of the avenant", "l'approbation de l'avenant", True),
    "avenant_publication": ("the publication of the approval of the avenant",
                            "la publication de l'approbation de l'avenant", True),
    "tariff_option_receipt": ("the receipt by the agency of the groupement's tariff option for",
                              "la réception par l'agence de l'option tarifaire du groupement pour", True),
    # statements of a year (facts.py `_year_left_out`): result.py words their warning; these name them in why-not
    "budget_year": ("the budget for the financial year", "le budget de l'exercice", False),
    "result_year": ("the result for the financial year", "le résultat de l'exercice", False),
}


# the scale a tariff option names, in words (the event `tariff_option_receipt` is named by it, not by an id)
SCALE_WORDS = {
    "abc": ("the tariff scale of the establishments under a, b and c of article L. 162-22-6 of the code de la "
            "sécurité sociale",
            "l'échelle tarifaire des établissements mentionnés aux a, b et c de l'article L. 162-22-6 du code de la "
            "sécurité sociale"),
    "d": ("the tariff scale of the health establishments under d of article L. 162-22-6 of the code de la sécurité "
          "sociale",
          "l'échelle tarifaire des établissements de santé mentionnés au d de l'article L. 162-22-6 du code de la "
          "sécurité sociale"),
}


def not_yet_named(kind: str, ident, names: dict) -> tuple[str, str]:
    """(English, French) of what an event left out as after the as-of date names: a member's name (several, a
    committee's), the convention in words, the scale of a tariff option in words, else the file's id quoted."""
    ids = ident if isinstance(ident, tuple) else (ident,)
    if kind == "tariff_option_receipt" and str(ident) in SCALE_WORDS:
        return SCALE_WORDS[str(ident)]
    if ids == ("convention",):  # the convention's receipt or approval: named in words, not by a quoted id
        return "constitutive agreement", "convention constitutive"
    named = ", ".join(names[i] for i in ids) if all(names.get(i) for i in ids) else ", ".join(f"'{i}'" for i in ids)
    return named, named


def not_yet_words(kind: str) -> tuple[str, str, str, str]:
    """(English, French, the French feminine ending "e" or "", the French pronoun) of a kind of event."""
    en, fr, feminine = _NOT_YET[kind]
    return (en, fr, "e", "elle") if feminine else (en, fr, "", "il")
