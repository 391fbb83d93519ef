-- Reference data of the landlord's programme (DESIGN sections 1, 6 and 7). Loaded in every environment.

INSERT INTO basin (code, label) VALUES
    ('METROPOLE', 'Métropole lilloise'),
    ('FLANDRES_LITTORAL', 'Flandres - Littoral'),
    ('HAINAUT_CAMBRESIS', 'Hainaut - Cambrésis - Douaisis');

INSERT INTO territory (code, label, basin_code) VALUES
    ('LILLE', 'Lille', 'METROPOLE'),
    ('LILLE_SUD_OUEST', 'Lille Sud-Ouest (Loos, Haubourdin)', 'METROPOLE'),
    ('ROUBAIX_TOURCOING', 'Roubaix - Tourcoing', 'METROPOLE'),
    ('VILLENEUVE_D_ASCQ', 'Villeneuve-d''Ascq - Marcq', 'METROPOLE'),
    ('DUNKERQUE', 'Dunkerque', 'FLANDRES_LITTORAL'),
    ('FLANDRE_INTERIEURE', 'Flandre intérieure', 'FLANDRES_LITTORAL'),
    ('VALENCIENNES', 'Valenciennes', 'HAINAUT_CAMBRESIS'),
    ('CAMBRAI', 'Cambrai', 'HAINAUT_CAMBRESIS'),
    ('DOUAI', 'Douai', 'HAINAUT_CAMBRESIS'),
    ('AVESNOIS', 'Avesnois - Sambre', 'HAINAUT_CAMBRESIS');

INSERT INTO partner (code, label) VALUES
    ('VISA', 'VISA'),
    ('PARCOURS_DE_FEMMES', 'Parcours de Femmes'),
    ('SAUVEGARDE_DU_NORD', 'La Sauvegarde du Nord'),
    ('ARMEE_DU_SALUT', 'Fondation de l''Armée du Salut'),
    ('ABEJ', 'ABEJ Solidarité'),
    ('UDAPEI', 'UDAPEI du Nord'),
    ('APEI_CAMBRAI', 'APEI de Cambrai'),
    ('APEI_ROUBAIX', 'APEI de Roubaix - Tourcoing'),
    ('APF', 'APF France handicap'),
    ('AES', 'AES du Nord'),
    ('FABRIQUE_DES_QUARTIERS', 'La Fabrique des Quartiers');

INSERT INTO priority_category (code, label, quota_code) VALUES
    ('DALO', 'Reconnu prioritaire DALO', NULL),
    ('PDALPD', 'Public prioritaire du PDALHPD', NULL),
    ('ACI', 'Accord collectif intercommunal', NULL),
    ('LEAVING_SHELTER', 'Sortie d''hébergement d''urgence ou de CHRS', 'LEAVING_HOSTING'),
    ('SIAO_WINTER_END', 'Orientation SIAO en fin de campagne hivernale', 'LEAVING_HOSTING'),
    ('PSYCHIATRIC_EPSM', 'Trouble psychique suivi par un EPSM', NULL),
    ('LEAVING_PRISON', 'Sortie de détention', NULL),
    ('UNFIT_HOUSING', 'Logement indigne ou insalubre', NULL),
    ('YOUNG_PERSON', 'Jeune', NULL),
    ('SINGLE_WOMAN_WITH_CHILDREN', 'Femme seule avec enfants', NULL),
    ('TRAVELLERS_SETTLING', 'Gens du voyage en voie de sédentarisation', NULL),
    ('MOTOR_DISABILITY', 'Handicap moteur', 'MOTOR_DISABILITY'),
    ('PARENTS_INTELLECTUAL_DISABILITY', 'Parents en situation de handicap mental', NULL);

INSERT INTO programme (code, label, partner_code, description) VALUES
    ('CHRS_HORS_LES_MURS', 'CHRS hors les murs', 'VISA', '10 logements, métropole lilloise'),
    ('PARCOURS_FEMMES', 'Parcours de Femmes', 'PARCOURS_DE_FEMMES', '1 T3 et 1 T4 à Loos et Haubourdin, femmes sortant de détention'),
    ('FIVES_PLAI', 'Opérations PLAI de Fives', 'SAUVEGARDE_DU_NORD', 'Lille-Fives, logements PLAI'),
    ('TETEGHEM_DEGROOTE', 'Téteghem, quartier Degroote', 'AES', '4 à 5 logements PLAI'),
    ('WATTRELOS_BECK_AVELIN', 'Wattrelos, Beck Avelin', 'ARMEE_DU_SALUT', '1 T2, 5 T3 et 1 T5'),
    ('SAINT_ANDRE_ULYSSE_TRELAT', 'Saint-André, Ulysse Trélat', 'ABEJ', 'Vieillissement à domicile'),
    ('APF_HABITAT_INCLUSIF', 'Habitat inclusif APF', 'APF', 'Logements adaptés au handicap moteur'),
    ('APEI_CAMBRAI_PARENTALITE', 'Parentalité et handicap mental', 'APEI_CAMBRAI', '4 à 5 logements, Cambrai');

INSERT INTO quota (quota_year, quota_code, label, target) VALUES
    (2026, 'LEAVING_HOSTING', 'Ménages sortant de structures d''hébergement', 30),
    (2026, 'MOTOR_DISABILITY', 'Personnes en situation de handicap moteur (APF, habitat inclusif)', 10),
    (2027, 'LEAVING_HOSTING', 'Ménages sortant de structures d''hébergement', 30),
    (2027, 'MOTOR_DISABILITY', 'Personnes en situation de handicap moteur (APF, habitat inclusif)', 10);

-- Maintien own-funds envelope (DESIGN section 1); other years are opened with la.maintien.default-envelope-eur.
INSERT INTO budget_envelope (budget_year, amount_eur, committed_eur) VALUES
    (2026, 500000, 0),
    (2027, 500000, 0);
