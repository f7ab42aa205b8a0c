// The people, places and plans of the demo data loaded by tools/seed.mjs. Everything here is fictional.
// Passwords follow the identity policy: at least 8 characters, not a common password, not containing the
// local part of the account's email.

export const SCHOOL_YEAR = '2026-2027';

/** Certification windows of the school year, one per centre type (PUT /api/certification-windows). */
export const CERTIFICATION_WINDOWS = [
  { centreType: 'SCO', schoolYear: SCHOOL_YEAR, startsOn: '2027-03-01', endsOn: '2027-06-12' },
  { centreType: 'SUP', schoolYear: SCHOOL_YEAR, startsOn: '2026-11-02', endsOn: '2027-07-09' },
  { centreType: 'PRO', schoolYear: SCHOOL_YEAR, startsOn: '2026-09-01', endsOn: '2027-08-31' },
];

/** National staff besides the bootstrap SUPER_ADMIN (POST /api/users). */
export const STAFF = [
  {
    staffRole: 'CERTIF',
    firstName: 'Camille',
    lastName: 'Laurent',
    email: 'certif@pix-demo.fr',
    password: 'Pix-demo-2027-jury',
    duty: 'certification team: jury actions, centres',
  },
  {
    staffRole: 'SUPPORT',
    firstName: 'Antoine',
    lastName: 'Mallet',
    email: 'support@pix-demo.fr',
    password: 'Pix-demo-2027-assistance',
    duty: 'support: helps centres, jury actions',
  },
  {
    staffRole: 'METIER',
    firstName: 'Sophie',
    lastName: 'Carpentier',
    email: 'metier@pix-demo.fr',
    password: 'Pix-demo-2027-pedagogie',
    duty: 'business team: reads everything, no jury action',
  },
];

/** The SCO centre. UAI: 033 (Gironde) + 4 digits + check letter (0332874 mod 23 = 18 → V in ABCDEFGHJKLMNPRSTUVWXYZ). */
export const COLLEGE = {
  type: 'SCO',
  name: 'Collège Olympe de Gouges',
  uai: '0332874V',
  address: { street: '21 avenue du Docteur Nancel-Pénard', postalCode: '33600', city: 'Pessac' },
};

/** The head of the school (ADMIN of the centre) and the référent Pix (MEMBER), both invited then accepting. */
export const PRINCIPAL = {
  role: 'ADMIN',
  firstName: 'Hélène',
  lastName: 'Castéra',
  email: 'principal@college-demo.fr',
  password: 'College-demo-2027-direction',
  duty: 'Hélène Castéra, principal (chef d’établissement): members, pupils',
};

export const REFERENT = {
  role: 'MEMBER',
  firstName: 'Karim',
  lastName: 'Belkacem',
  email: 'referent.pix@college-demo.fr',
  password: 'College-demo-2027-sessions',
  duty: 'Karim Belkacem, référent Pix (teacher): sessions, candidates',
};

/** One session per class, inside the SCO window, two invigilators each (at most 20 candidates per invigilator). */
export const SESSIONS = [
  {
    division: '3E1',
    address: 'Collège Olympe de Gouges, bâtiment B',
    room: 'Salle informatique B12',
    date: '2027-03-16',
    time: '08:30',
    examiner: 'M. Karim Belkacem et Mme Sophie Darrigade',
    description: 'Classe de 3E1. Les élèves apportent leurs écouteurs.',
  },
  {
    division: '3E2',
    address: 'Collège Olympe de Gouges, bâtiment B',
    room: 'Salle informatique B14',
    date: '2027-03-18',
    time: '13:30',
    examiner: 'Mme Claire Lassalle et M. Julien Peyrot',
    description: 'Classe de 3E2. Prévoir un poste de secours.',
  },
];

/**
 * Profile plans per class: how many pupils are not certifiable and their number of competences at level 1 or more
 * (0 = never positioned; -1 = a few attempts, nothing reaching level 1), how many are strong (levels up to 4–5).
 * The others are ordinary certifiable pupils (5 to 10 competences at level 1–3); the first of them has exactly 5.
 */
export const CLASS_PLANS = {
  '3E1': { notCertifiable: [0, 2, 3, 4, 4], strong: 3 },
  '3E2': { notCertifiable: [-1, 1, 3, 4], strong: 3 },
};

/**
 * Pupils as the school's base lists them: last name (upper case, as SIECLE exports it), first name, sex, and for
 * the few born abroad their city and country. The other birthplaces, the birthdates and the INE are drawn.
 */
export const PUPILS = {
  '3E1': [
    ['MARTIN', 'Léa', 'F'],
    ['BERNARD', 'Hugo', 'M'],
    ['DUBOIS', 'Chloé', 'F'],
    ['NGUYEN', 'Thomas', 'M'],
    ['LEFÈVRE', 'Manon', 'F'],
    ['DIALLO', 'Mamadou', 'M', 'Dakar', 'SÉNÉGAL'],
    ['MOREAU', 'Inès', 'F'],
    ['DA SILVA', 'Lucas', 'M'],
    ['GIRARD', 'Zoé', 'F'],
    ['BENALI', 'Yanis', 'M'],
    ['LAMBERT', 'Camille', 'F'],
    ['FONTAINE', 'Nathan', 'M'],
    ['LE GOFF', 'Maëlys', 'F'],
    ['ROUSSEAU', 'Gabriel', 'M'],
    ['HADDAD', 'Sarah', 'F'],
    ['MERCIER', 'Enzo', 'M'],
    ['PERRIN', 'Jade', 'F'],
    ['KOWALSKI', 'Théo', 'M'],
    ['GARNIER', 'Louise', 'F'],
    ['FERREIRA', 'Rafael', 'M', 'Porto', 'PORTUGAL'],
    ['CHEVALIER', 'Anaïs', 'F'],
    ["N'DIAYE", 'Ousmane', 'M'],
    ['ROUX', 'Jean-Baptiste', 'M'],
    ['BONNET', 'Eva', 'F'],
    ['LEROY', 'Maxime', 'M'],
  ],
  '3E2': [
    ['PETIT', 'Emma', 'F'],
    ['DURAND', 'Louis', 'M'],
    ['LEMOINE', 'Alice', 'F'],
    ['TRAORÉ', 'Moussa', 'M'],
    ['FAURE', 'Lina', 'F'],
    ['ANDRIEU', 'Arthur', 'M'],
    ['BLANC', 'Juliette', 'F'],
    ['ROSSI', 'Matteo', 'M'],
    ['GAUTHIER', 'Lou', 'F'],
    ['EL AMRANI', 'Adam', 'M', 'Casablanca', 'MAROC'],
    ['LABORDE', 'Clémence', 'F'],
    ['DUPUY', 'Mathis', 'M'],
    ['TRAN', 'Lily', 'F'],
    ['LACOSTE', 'Paul', 'M'],
    ['MOREL', 'Marie-Lou', 'F'],
    ['PEREIRA', 'Tiago', 'M'],
    ['VIDAL', 'Rose', 'F'],
    ['CASTAING', 'Noé', 'M'],
    ['BRUN', 'Ambre', 'F'],
    ['MAHÉ', 'Maël', 'M'],
    ['BOUVIER', 'Agathe', 'F', 'Bucarest', 'ROUMANIE'],
    ['CISSÉ', 'Ibrahim', 'M'],
    ['RENAUD', 'Océane', 'F'],
    ['LOPEZ', 'Sacha', 'M'],
    ['BARBIER', 'Romane', 'F'],
  ],
};

/** French birth communes (INSEE code, name, weight): mostly the Bordeaux area, some from elsewhere. */
export const FRENCH_BIRTHPLACES = [
  ['33318', 'Pessac', 10],
  ['33063', 'Bordeaux', 12],
  ['33522', 'Talence', 4],
  ['33281', 'Mérignac', 4],
  ['33039', 'Bègles', 2],
  ['33192', 'Gradignan', 2],
  ['33550', 'Villenave-d’Ornon', 2],
  ['33243', 'Libourne', 1],
  ['33009', 'Arcachon', 1],
  ['33449', 'Saint-Médard-en-Jalles', 1],
  ['75056', 'Paris', 3],
  ['69123', 'Lyon', 1],
  ['13055', 'Marseille', 1],
  ['31555', 'Toulouse', 2],
  ['59350', 'Lille', 1],
  ['44109', 'Nantes', 1],
  ['64445', 'Pau', 1],
  ['64102', 'Bayonne', 1],
  ['17300', 'La Rochelle', 1],
  ['87085', 'Limoges', 1],
  ['24322', 'Périgueux', 1],
  ['97411', 'Saint-Denis', 1],
];
