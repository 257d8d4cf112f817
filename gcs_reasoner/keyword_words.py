"""The file's keywords in words, French and English (review 41, fixer L).

A sentence of the rules (`% say`) fills `{X}` with a value; a value that is a keyword of one of the contract's
closed lists (the grammar's `!rules`: a convention's mention, an attachment, a member's kind, a deliberation's
matter, ...) or an act of the agency's decision (`approves(convention)`, `grants(A)`, ...) is said here in words:
« les règles de liquidation du groupement », not « liquidation_rules ». The words name what the file states
(a short French name of the item), not the law's text, which the rule quotes.

One table per closed list, keyed by the grammar rule's name (tests/test_review41_keyword_words.py checks that
every keyword of each list below has its words in both languages). A keyword of several lists is said by the
list the sentence's place gives (PLACES: predicate, arity, argument), else by the first list that has it in
LISTS' order. Member and associate ids can never equal a keyword (keywords are reserved words of the grammar).
"""

from __future__ import annotations

from typing import Optional

# grammar rule -> keyword -> (French, English); noun phrases, with their article where the sentence needs none
LISTS: dict[str, dict[str, tuple[str, str]]] = {
    "mention": {  # R6133-1 of 2006 (2.1 to 2.12), of 2010/2014 (I.1 to I.18, II, III), of 2017 (I to IV); R6133-3
        "name_and_seat": ("la dénomination et le siège du groupement", "the name and seat of the groupement"),
        "members": ("les membres du groupement", "the members of the groupement"),
        "legal_nature": ("la nature juridique du groupement", "the legal nature of the groupement"),
        "capital": ("le capital du groupement", "the capital of the groupement"),
        "rights_rules": ("les règles de détermination des droits des membres",
                         "the rules determining the members' rights"),
        "representation": ("la représentation des membres", "the representation of the members"),
        "contribution_rules": ("les règles de contribution des membres aux charges",
                               "the rules of the members' contributions to the costs"),
        "debt_rules": ("les règles de responsabilité des membres à l'égard des dettes du groupement",
                       "the rules of the members' liability for the groupement's debts"),
        "membership_rules": ("les conditions d'adhésion, de retrait et d'exclusion des membres",
                             "the conditions of admission, withdrawal and exclusion of members"),
        "dissolution_rules": ("les règles de dissolution du groupement", "the rules of dissolution of the groupement"),
        "administration_rules": ("les règles d'administration et d'organisation du groupement",
                                 "the rules of administration and organisation of the groupement"),
        "professional_intervention": ("les conditions d'intervention des professionnels médicaux libéraux",
                                      "the conditions under which liberal medical professionals intervene"),
        "object_and_split": ("l'objet du groupement et la répartition des activités entre lui et ses membres",
                             "the object of the groupement and the split of activities between it and its members"),
        "duration": ("la durée du groupement", "the duration of the groupement"),
        "accounting_regime": ("le régime comptable du groupement", "the accounting regime of the groupement"),
        "property_made_available": ("les conditions de mise à disposition des biens meubles et immeubles",
                                    "how movable and immovable property is made available"),
        "staff_rules": ("les conditions d'emploi et de mise à disposition des personnels",
                        "the conditions of employment and secondment of staff"),
        "powers_split": ("la répartition des compétences entre l'assemblée générale et l'administrateur",
                         "the split of powers between the general assembly and the administrator"),
        "liquidation_rules": ("les règles de liquidation du groupement", "the rules of liquidation of the groupement"),
        "joint_operation_vocation": ("la vocation du groupement à exploiter les autorisations de ses membres",
                                     "the groupement's purpose of operating its members' authorisations"),
        "operated_authorisation": ("les autorisations exploitées en commun", "the authorisations operated jointly"),
        "patient_liability": ("la responsabilité à l'égard des patients", "the liability towards patients"),
        "joint_activity_data": ("la transmission des données d'activité de l'exploitation commune",
                                "the transmission of the joint operation's activity data"),
        "medication_management": ("la gestion des médicaments", "the management of medicines"),
        "haemovigilance": ("l'hémovigilance", "haemovigilance"),
        "joint_billing": ("la facturation des soins de l'exploitation commune",
                          "the billing of the joint operation's care"),
        "authorisation_vocation": ("la vocation du groupement à être titulaire d'autorisations",
                                   "the groupement's purpose of holding authorisations"),
        "authorisations_held": ("les autorisations dont le groupement est titulaire",
                                "the authorisations the groupement holds"),
        "activity_data": ("la transmission des données d'activité", "the transmission of activity data"),
        "establishment_obligations": ("les obligations d'un établissement de santé que le groupement assume",
                                      "the obligations of a health establishment the groupement assumes"),
        "eps_area_and_seat": ("le ressort et le siège de l'établissement public de santé",
                              "the area and seat of the public health establishment"),
        "blood_depot_vocation": ("la vocation du groupement à gérer un dépôt de sang",
                                 "the groupement's purpose of managing a blood depot"),
        "research_rules": ("les règles des activités de recherche", "the rules of the research activities"),
        "participation_percentages": ("les pourcentages de participation des membres aux charges",
                                      "the percentages of the members' participation in the costs"),
    },
    "publication_mention": {
        "name_and_object": ("la dénomination et l'objet du groupement", "the name and object of the groupement"),
        "members": ("les membres du groupement", "the members of the groupement"),
        "seat": ("le siège du groupement", "the seat of the groupement"),
        "duration": ("la durée du groupement", "the duration of the groupement"),
    },
    "attachment": {  # R6133-11 of 2006 al. 2; R6133-1 of 2010 III, IV and of 2017 V, VI
        "budget_forecast": ("le budget prévisionnel du groupement", "the provisional budget of the groupement"),
        "cost_split": ("la répartition des charges de fonctionnement entre les membres",
                       "the split of the running costs between the members"),
        "financial_balance": ("l'équilibre financier du groupement", "the financial balance of the groupement"),
        "chu_agreement": ("la convention conclue avec le centre hospitalier universitaire",
                          "the agreement made with the university hospital"),
    },
    "kind_value": {  # L6133-1, L6133-2: the kinds of members
        "health_establishment": ("établissement de santé", "health establishment"),
        "medico_social_establishment": ("établissement médico-social", "medico-social establishment"),
        "liberal_medical_professional": ("professionnel médical libéral", "liberal medical professional"),
        "liberal_practice_company": ("société d'exercice libéral", "liberal practice company"),
        "health_centre": ("centre de santé", "health centre"),
        "army_hospital": ("hôpital des armées", "army hospital"),
        "army_health_service": ("service de santé des armées", "army health service"),
        "other_care_organisation": ("autre organisme concourant aux soins", "other organisation contributing to care"),
        "other_health_professional": ("autre professionnel de santé", "other health professional"),
        "health_pole": ("pôle de santé", "health pole"),
        "health_house": ("maison de santé", "health house"),
        "network_person": ("personne membre d'un réseau de santé", "person of a health network"),
    },
    "matter": {  # a deliberation's matter, bare (« la matière budget »): R6133-13 (2006), R6133-21 (2010), R6133-27 (2017)
        "budget": ("budget", "budget"),
        "accounts": ("comptes", "accounts"),
        "administrator": ("administrateur", "administrator"),
        "auditor": ("commissaire aux comptes", "statutory auditor"),
        "convention_change": ("modification de la convention constitutive", "amendment of the convention"),
        "admission": ("admission d'un membre", "admission of a member"),
        "exclusion": ("exclusion d'un membre", "exclusion of a member"),
        "certification": ("certification", "certification"),
        "mission_allowances": ("indemnités de mission", "mission allowances"),
        "cooperation_structure": ("participation à une autre structure de coopération",
                                  "participation in another cooperation structure"),
        "authorisation_request": ("demande d'autorisation", "authorisation request"),
        "cpom": ("contrat pluriannuel d'objectifs et de moyens", "multi-year contract of objectives and means"),
        "extension": ("prorogation du groupement", "extension of the groupement"),
        "dissolution": ("dissolution du groupement", "dissolution of the groupement"),
        "real_estate": ("opérations immobilières", "real-estate operations"),
        "information_sharing": ("partage d'informations", "information sharing"),
        "medical_protocol": ("protocole médical", "medical protocol"),
        "billing_terms": ("modalités de facturation", "billing terms"),
        "seat_transfer": ("transfert du siège", "transfer of the seat"),
        "liquidation": ("liquidation du groupement", "liquidation of the groupement"),
        "internal_rules": ("règlement intérieur", "internal rules"),
        "other": ("autre matière", "other matter"),
        "committee_oversight": ("contrôle du comité restreint", "oversight of the restricted committee"),
        "rights_setting": ("fixation des droits des membres", "setting of the members' rights"),
        "activity_report": ("rapport d'activité", "activity report"),
        "joint_operation_request": ("demande d'exploitation commune", "joint operation request"),
        "delegation": ("délégation de compétences", "delegation of powers"),
        "accountant_allowances": ("indemnités de l'agent comptable", "accountant's allowances"),
        "committee_election": ("élection du comité restreint", "election of the restricted committee"),
        "committee_challenge": ("contestation d'une délibération du comité restreint",
                                "challenge to a deliberation of the restricted committee"),
        "patents": ("brevets", "patents"),
        "compliance": ("mise en conformité de la convention", "bringing the convention into compliance"),
        "tariff_scale_change": ("changement d'échelle tarifaire", "change of tariff scale"),
    },
    "activity_value": {
        "joint_interventions": ("les interventions communes de professionnels",
                                "joint interventions of professionals"),
        "common_equipment": ("des équipements d'intérêt commun", "equipment of common interest"),
        "health_establishment_missions": ("des missions d'établissement de santé",
                                          "missions of a health establishment"),
        "bills_care": ("la facturation de soins", "the billing of care"),
        "administrative": ("des activités administratives", "administrative activities"),
        "logistic": ("des activités logistiques", "logistic activities"),
        "technical": ("des activités techniques", "technical activities"),
        "medico_technical": ("des activités médico-techniques", "medico-technical activities"),
        "teaching": ("l'enseignement", "teaching"),
        "research": ("la recherche", "research"),
        "patents": ("le dépôt et l'exploitation de brevets", "the filing and exploitation of patents"),
        "biology_laboratory": ("un laboratoire de biologie médicale", "a medical biology laboratory"),
    },
    "authorisation_kind": {
        "care_activity": ("activité de soins", "care activity"),
        "heavy_equipment": ("équipement matériel lourd", "heavy equipment"),
        "amp_biology": ("activité biologique d'assistance médicale à la procréation",
                        "biological activity of medically assisted procreation"),
        "blood_depot": ("dépôt de sang", "blood depot"),
        "army_listed_activity": ("activité du service de santé des armées", "activity of the army health service"),
    },
    "board_category": {
        "local_authority": ("représentants des collectivités territoriales", "representatives of local authorities"),
        "staff": ("représentants du personnel", "staff representatives"),
        "qualified": ("personnalités qualifiées", "qualified persons"),
    },
    "appointer": {
        "local_assembly": ("l'assemblée délibérante de la collectivité", "the local authority's assembly"),
        "staff_committee": ("le comité technique ou social d'établissement", "the staff committee"),
        "medical_committee": ("la commission médicale", "the medical committee"),
        "ars_director_general": ("le directeur général de l'agence régionale de santé",
                                 "the director general of the regional health agency"),
        "arh_director": ("le directeur de l'agence régionale de l'hospitalisation",
                         "the director of the regional hospitalisation agency"),
        "prefect": ("le préfet", "the prefect"),
    },
    "participation_form": {
        "financial": ("financière", "financial"),
        "premises": ("en locaux", "in premises"),
        "equipment": ("en matériels", "in equipment"),
        "staff": ("en personnels", "in staff"),
    },
    "staff_category": {
        "medical": ("personnel médical", "medical staff"),
        "non_medical": ("personnel non médical", "non-medical staff"),
    },
    "allocation_value": {
        "reserves": ("mise en réserve", "allocation to reserves"),
        "next_year_costs": ("affectation aux charges de l'exercice suivant", "allocation to next year's costs"),
        "investment": ("affectation à l'investissement", "allocation to investment"),
        "distributed": ("répartition entre les membres", "distribution between the members"),
        "carried_forward": ("report à nouveau", "carried forward"),
    },
    "vocation_value": {
        "hold_authorisation": ("être titulaire d'autorisations", "holding authorisations"),
        "joint_operation": ("exploiter les autorisations de ses membres", "operating its members' authorisations"),
        "blood_depot": ("gérer un dépôt de sang", "managing a blood depot"),
    },
    "transfer_category": {  # R6133-30 of 2017: the categories of competences transferred
        "care_activities": ("les activités de soins", "care activities"),
        "heavy_equipment": ("les équipements matériels lourds", "heavy equipment"),
        "imaging_equipment": ("les équipements d'imagerie", "imaging equipment"),
        "internal_pharmacy": ("la pharmacie à usage intérieur", "the internal pharmacy"),
        "biology_laboratory": ("le laboratoire de biologie médicale", "the medical biology laboratory"),
        "general_interest_missions": ("les missions d'intérêt général", "missions of general interest"),
        "teaching_research": ("l'enseignement et la recherche", "teaching and research"),
        "information_systems": ("les systèmes d'information", "information systems"),
        "management": ("les fonctions de gestion", "management functions"),
        "real_estate": ("les opérations immobilières et les programmes d'investissement",
                        "real-estate operations and investment programmes"),
        "other": ("d'autres compétences", "other competences"),
    },
    "finding_ground": {
        "object_extinct": ("l'extinction de l'objet du groupement", "the extinction of the groupement's object"),
        "no_assembly": ("l'absence de réunion de l'assemblée générale", "no meeting of the general assembly"),
        "serious_breach": ("un manquement grave", "a serious breach"),
        "no_avenant": ("l'absence d'avenant", "no avenant"),
        "member_not_excluded": ("un membre non exclu", "a member not excluded"),
    },
    "procedure_value": {
        "safeguard": ("procédure de sauvegarde", "safeguard procedure"),
        "receivership": ("redressement judiciaire", "receivership"),
        "liquidation": ("liquidation judiciaire", "judicial liquidation"),
    },
    "ground_value": {
        "breach": ("manquement", "breach"),
        "safeguard": ("procédure de sauvegarde", "safeguard procedure"),
        "receivership": ("redressement judiciaire", "receivership"),
        "liquidation": ("liquidation judiciaire", "judicial liquidation"),
        "barred": ("interdiction", "bar"),
    },
    "contribution_form": {
        "cash": ("en numéraire", "in cash"),
        "in_kind": ("en nature", "in kind"),
        "industry": ("en industrie", "in industry"),
        "securities": ("en titres négociables", "in negotiable securities"),
    },
    "property_value": {
        "movable": ("biens meubles", "movable property"),
        "immovable": ("biens immeubles", "immovable property"),
    },
    "the_groupement": {"groupement": ("le groupement", "the groupement")},
    "the_convention": {"convention": ("la convention constitutive", "the convention constitutive")},
    "the_chu_agreement": {"chu_agreement": ("la convention conclue avec le centre hospitalier universitaire",
                                            "the agreement made with the university hospital")},
}

# the acts of an agency decision (grammar `_act`; facts `ars_act(Dc, ACT)`): name/arity -> (French, English), `{0}`
# the argument in words
ACTS: dict[tuple[str, int], tuple[str, str]] = {
    ("approves", 1): ("l'approbation de {0}", "the approval of {0}"),
    ("refuses", 1): ("le refus d'approbation de {0}", "the refusal to approve {0}"),
    ("grants", 1): ("la délivrance de l'autorisation {0}", "the grant of authorisation {0}"),
    ("modifies", 1): ("la modification de l'autorisation {0}", "the modification of authorisation {0}"),
    ("withdraws", 1): ("le retrait de l'autorisation {0}", "the withdrawal of authorisation {0}"),
    ("not_renews", 1): ("le non-renouvellement de l'autorisation {0}", "the non-renewal of authorisation {0}"),
    ("erects", 0): ("l'érection du groupement en établissement de santé",
                    "the erection of the groupement into a health establishment"),
    ("tariff_scale", 1): ("la fixation de l'échelle tarifaire", "the setting of the tariff scale"),
    ("authorises_billing", 0): ("l'autorisation de facturer", "the authorisation to bill"),
    ("withdraws_billing", 0): ("le retrait de l'autorisation de facturer", "the withdrawal of the authorisation to bill"),
    ("withdraws_status", 0): ("le retrait de la qualité d'établissement de santé",
                              "the withdrawal of the status of health establishment"),
    ("suppresses", 0): ("la suppression du groupement", "the suppression of the groupement"),
    ("sets_budget", 1): ("l'arrêt du budget de l'exercice {0}", "the setting of the budget of year {0}"),
    ("transfers", 1): ("le transfert de compétences : {0}", "the transfer of competences: {0}"),
    ("asks_avenant", 1): ("la demande d'un avenant avant le {0}", "the request for an avenant by {0}"),
    ("finding", 1): ("le constat de {0}", "the finding of {0}"),
    ("injunction", 1): ("l'injonction avant le {0}", "the injunction by {0}"),
    ("extension", 1): ("la prorogation jusqu'au {0}", "the extension until {0}"),
    ("dissolves", 0): ("la dissolution du groupement", "the dissolution of the groupement"),
}

# (predicate, arity, argument) -> the list of the value there, where a keyword is in several lists
PLACES: dict[tuple[str, int, int], str] = {
    ("publication_mention", 1, 0): "publication_mention",
    ("participation", 4, 2): "participation_form",
    ("procedure", 2, 1): "procedure_value",
    ("ground", 3, 2): "ground_value",
    ("authorisation", 3, 1): "authorisation_kind",
    ("authorisation", 3, 2): "the_groupement",
    ("transfers", 1, 0): "transfer_category",
    ("activity", 1, 0): "activity_value",
    ("activity_allowed", 1, 0): "activity_value",
    ("board_member", 3, 2): "board_category",
    ("delegation_matter", 2, 1): "matter",
    ("deliberation", 3, 2): "matter",
}

_INDEX: dict[str, tuple[str, str]] = {}
for _list in LISTS.values():
    for _k, _w in _list.items():
        _INDEX.setdefault(_k, _w)


def keyword(word: str, lang: str, place: Optional[tuple] = None) -> Optional[str]:
    """The words of a keyword of a closed list in `lang` (fr, en), or None when `word` is none."""
    listed = PLACES.get(place) if place else None
    found = LISTS[listed].get(word) if listed else None
    if found is None:
        found = _INDEX.get(word)
    if found is None:
        return None
    return found[0 if lang == "fr" else 1]


def act(name: str, said: list, lang: str) -> Optional[str]:
    """An act of an agency decision in words (`approves(convention)` -> « l'approbation de la convention
    constitutive »), its arguments already in words (`said`); None when `name` is no act."""
    found = ACTS.get((name, len(said)))
    if found is None:
        return None
    return found[0 if lang == "fr" else 1].format(*said)
