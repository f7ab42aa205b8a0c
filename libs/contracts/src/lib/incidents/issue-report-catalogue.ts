/**
 * Every kind of issue report (signalement) of rules §7: its code on the PV d'incident, its category and subcategory,
 * the French labels the console and the PDF show, the fields the invigilator must fill in, whether it is impactful
 * (an impactful report left unresolved needs a jury member), and whether it is deprecated (still displayed for old
 * sessions, never created any more).
 *
 * The labels of the creatable kinds are those of the PV d'incident (`apps/documents/src/domain/incident-codes.ts`).
 */

export const ISSUE_REPORT_CATEGORIES = [
  'CANDIDATE_INFORMATIONS_CHANGES',
  'SIGNATURE_ISSUE',
  'FRAUD',
  'NON_BLOCKING_TECHNICAL_ISSUE',
  'NON_BLOCKING_CANDIDATE_ISSUE',
  'IN_CHALLENGE',
  // Deprecated.
  'TECHNICAL_PROBLEM',
  'OTHER',
  'LATE_OR_LEAVING',
  'CONNECTION_OR_END_SCREEN',
] as const;
export type IssueReportCategory = (typeof ISSUE_REPORT_CATEGORIES)[number];

export const ISSUE_REPORT_SUBCATEGORIES = [
  'NAME_OR_BIRTHDATE',
  'EXTRA_TIME_PERCENTAGE',
  'IMAGE_NOT_DISPLAYING',
  'EMBED_NOT_WORKING',
  'FILE_NOT_OPENING',
  'WEBSITE_UNAVAILABLE',
  'WEBSITE_BLOCKED',
  'EXTRA_TIME_EXCEEDED',
  'SOFTWARE_NOT_WORKING',
  'UNINTENTIONAL_FOCUS_OUT',
  'SKIP_ON_OOPS',
  'ACCESSIBILITY_ISSUE',
  // Only under the deprecated category LATE_OR_LEAVING (the old C4, before SIGNATURE_ISSUE became a category).
  'SIGNATURE_ISSUE',
  // Deprecated.
  'LEFT_EXAM_ROOM',
  'LINK_NOT_WORKING',
  'OTHER',
] as const;
export type IssueReportSubcategory = (typeof ISSUE_REPORT_SUBCATEGORIES)[number];

/** The code written on the paper PV d'incident. C4 names both the current kind and its deprecated ancestor. */
export type IssueReportCode =
  | 'A1'
  | 'A2'
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5'
  | 'C6'
  | 'C7'
  | 'C8'
  | 'E1'
  | 'E2'
  | 'E3'
  | 'E4'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'E10'
  | 'E11'
  | 'E12';

export interface IssueReportCategoryEntry {
  readonly category: IssueReportCategory;
  readonly label: string;
  /** What the invigilator must write next to the code (shown in the console and on the PV d'incident). */
  readonly expected: string;
  /** Whether a report of this category must name one of its subcategories. */
  readonly hasSubcategories: boolean;
  readonly isDeprecated: boolean;
}

export interface IssueReportKind {
  readonly code: IssueReportCode;
  readonly category: IssueReportCategory;
  /** Null for a category without subcategories. */
  readonly subcategory: IssueReportSubcategory | null;
  readonly label: string;
  readonly requiresDescription: boolean;
  /** The position (1 to 500) of the question in the candidate's answers ordered by date. */
  readonly requiresQuestionNumber: boolean;
  /** An impactful report that stays unresolved needs a jury member before publication (rules §7, §8). */
  readonly isImpactful: boolean;
  /** Displayed for old sessions, refused on creation. */
  readonly isDeprecated: boolean;
}

export const MIN_QUESTION_NUMBER = 1;
export const MAX_QUESTION_NUMBER = 500;
export const MAX_DESCRIPTION_LENGTH = 500;

/** In the order the console lists them; deprecated categories last. */
export const ISSUE_REPORT_CATEGORY_CATALOGUE: readonly IssueReportCategoryEntry[] = [
  {
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    label: 'Informations du candidat',
    expected: 'Écrire l’information exacte dans la description.',
    hasSubcategories: true,
    isDeprecated: false,
  },
  {
    category: 'SIGNATURE_ISSUE',
    label: 'Émargement',
    expected: 'Décrire la situation.',
    hasSubcategories: false,
    isDeprecated: false,
  },
  {
    category: 'FRAUD',
    label: 'Fraude',
    expected: 'Remplir aussi un PV de fraude.',
    hasSubcategories: false,
    isDeprecated: false,
  },
  {
    category: 'NON_BLOCKING_TECHNICAL_ISSUE',
    label: 'Incident technique sans blocage',
    expected: 'Décrire l’incident.',
    hasSubcategories: false,
    isDeprecated: false,
  },
  {
    category: 'NON_BLOCKING_CANDIDATE_ISSUE',
    label: 'Incident lié au candidat sans blocage',
    expected: 'Décrire l’incident.',
    hasSubcategories: false,
    isDeprecated: false,
  },
  {
    category: 'IN_CHALLENGE',
    label: 'Problème sur une question',
    expected: 'Indiquer le numéro de la question.',
    hasSubcategories: true,
    isDeprecated: false,
  },
  {
    category: 'TECHNICAL_PROBLEM',
    label: 'Problème technique',
    expected: 'Décrire l’incident.',
    hasSubcategories: false,
    isDeprecated: true,
  },
  { category: 'OTHER', label: 'Autre', expected: 'Décrire l’incident.', hasSubcategories: false, isDeprecated: true },
  {
    category: 'LATE_OR_LEAVING',
    label: 'Retard, absence ou départ',
    expected: 'Décrire la situation.',
    hasSubcategories: true,
    isDeprecated: true,
  },
  {
    category: 'CONNECTION_OR_END_SCREEN',
    label: 'Problème de connexion ou écran de fin de test',
    expected: 'Décrire la situation.',
    hasSubcategories: false,
    isDeprecated: true,
  },
];

const active = (
  code: IssueReportCode,
  category: IssueReportCategory,
  subcategory: IssueReportSubcategory | null,
  label: string,
  rules: { requiresDescription?: boolean; requiresQuestionNumber?: boolean; isImpactful: boolean },
): IssueReportKind => ({
  code,
  category,
  subcategory,
  label,
  requiresDescription: rules.requiresDescription ?? false,
  requiresQuestionNumber: rules.requiresQuestionNumber ?? false,
  isImpactful: rules.isImpactful,
  isDeprecated: false,
});

const deprecated = (
  code: IssueReportCode,
  category: IssueReportCategory,
  subcategory: IssueReportSubcategory | null,
  label: string,
  rules: { requiresDescription?: boolean; requiresQuestionNumber?: boolean; isImpactful: boolean },
): IssueReportKind => ({ ...active(code, category, subcategory, label, rules), isDeprecated: true });

const inChallenge = (code: IssueReportCode, subcategory: IssueReportSubcategory, label: string): IssueReportKind =>
  active(code, 'IN_CHALLENGE', subcategory, label, { requiresQuestionNumber: true, isImpactful: true });

/** Every kind, creatable ones first in the console's order, then the deprecated ones (display only). */
export const ISSUE_REPORT_KINDS: readonly IssueReportKind[] = [
  active(
    'C1',
    'CANDIDATE_INFORMATIONS_CHANGES',
    'NAME_OR_BIRTHDATE',
    'Correction du nom, du prénom ou de la date de naissance',
    { requiresDescription: true, isImpactful: true },
  ),
  active('C2', 'CANDIDATE_INFORMATIONS_CHANGES', 'EXTRA_TIME_PERCENTAGE', 'Ajout ou correction du temps majoré', {
    requiresDescription: true,
    isImpactful: false,
  }),
  active('C4', 'SIGNATURE_ISSUE', null, 'Candidat présent qui n’a pas signé ou a signé sur une autre ligne', {
    requiresDescription: true,
    isImpactful: false,
  }),
  active('C6', 'FRAUD', null, 'Suspicion de fraude', { isImpactful: true }),
  active('C7', 'NON_BLOCKING_TECHNICAL_ISSUE', null, 'Problème technique qui n’a pas empêché de poursuivre le test', {
    requiresDescription: true,
    isImpactful: false,
  }),
  active(
    'C8',
    'NON_BLOCKING_CANDIDATE_ISSUE',
    null,
    'Incident concernant le candidat qui n’a pas empêché de poursuivre le test',
    { requiresDescription: true, isImpactful: false },
  ),
  inChallenge('E1', 'IMAGE_NOT_DISPLAYING', 'L’image ne s’affiche pas'),
  inChallenge('E2', 'EMBED_NOT_WORKING', 'Le simulateur ou l’application intégrée ne s’affiche pas'),
  inChallenge('E3', 'FILE_NOT_OPENING', 'Le fichier à télécharger ne s’ouvre pas'),
  inChallenge('E4', 'WEBSITE_UNAVAILABLE', 'Le site à consulter est indisponible'),
  inChallenge('E5', 'WEBSITE_BLOCKED', 'Le site à consulter est bloqué par le réseau de l’établissement'),
  inChallenge('E8', 'EXTRA_TIME_EXCEEDED', 'Temps majoré : question chronométrée que le candidat n’a pas pu terminer'),
  inChallenge('E9', 'SOFTWARE_NOT_WORKING', 'Le logiciel demandé ne fonctionne pas'),
  inChallenge('E10', 'UNINTENTIONAL_FOCUS_OUT', 'Sortie involontaire de la fenêtre sur une question « focus »'),
  inChallenge('E11', 'SKIP_ON_OOPS', 'Page « Oups, une erreur est survenue »'),
  inChallenge('E12', 'ACCESSIBILITY_ISSUE', 'Problème d’accessibilité (par exemple, daltonisme)'),
  // Deprecated: readable for old sessions, never creatable. A1 and A2 stay impactful (rules §7).
  deprecated('A1', 'TECHNICAL_PROBLEM', null, 'Problème technique', { requiresDescription: true, isImpactful: true }),
  deprecated('A2', 'OTHER', null, 'Autre incident', { requiresDescription: true, isImpactful: true }),
  deprecated('C3', 'LATE_OR_LEAVING', 'LEFT_EXAM_ROOM', 'Candidat sorti de la salle pendant le test', {
    requiresDescription: true,
    isImpactful: true,
  }),
  deprecated(
    'C4',
    'LATE_OR_LEAVING',
    'SIGNATURE_ISSUE',
    'Candidat présent qui n’a pas signé ou a signé sur une autre ligne',
    {
      requiresDescription: true,
      isImpactful: false,
    },
  ),
  deprecated(
    'C5',
    'CONNECTION_OR_END_SCREEN',
    null,
    'Problème de connexion ou temps écoulé avant l’écran de fin de test',
    {
      isImpactful: false,
    },
  ),
  deprecated('E6', 'IN_CHALLENGE', 'LINK_NOT_WORKING', 'Le lien ne fonctionne pas', {
    requiresQuestionNumber: true,
    isImpactful: true,
  }),
  deprecated('E7', 'IN_CHALLENGE', 'OTHER', 'Autre problème sur une question', {
    requiresDescription: true,
    requiresQuestionNumber: true,
    isImpactful: true,
  }),
];

/** The kinds an invigilator may report today, in the console's order. */
export const CREATABLE_ISSUE_REPORT_KINDS: readonly IssueReportKind[] = ISSUE_REPORT_KINDS.filter(
  (kind) => !kind.isDeprecated,
);

export function isIssueReportCategory(value: unknown): value is IssueReportCategory {
  return typeof value === 'string' && (ISSUE_REPORT_CATEGORIES as readonly string[]).includes(value);
}

export function isIssueReportSubcategory(value: unknown): value is IssueReportSubcategory {
  return typeof value === 'string' && (ISSUE_REPORT_SUBCATEGORIES as readonly string[]).includes(value);
}

export function categoryEntryOf(category: IssueReportCategory): IssueReportCategoryEntry {
  const entry = ISSUE_REPORT_CATEGORY_CATALOGUE.find((candidate) => candidate.category === category);
  if (entry === undefined) throw new Error(`Issue report category missing from the catalogue: ${category}`);
  return entry;
}

/** The kind of a category and subcategory (null for a category without subcategories), deprecated ones included. */
export function findIssueReportKind(
  category: IssueReportCategory,
  subcategory: IssueReportSubcategory | null,
): IssueReportKind | undefined {
  return ISSUE_REPORT_KINDS.find((kind) => kind.category === category && kind.subcategory === subcategory);
}

/** The creatable kind written with this code on the paper PV d'incident (C4 is the current signature kind). */
export function creatableIssueReportKindOfCode(code: string): IssueReportKind | undefined {
  return CREATABLE_ISSUE_REPORT_KINDS.find((kind) => kind.code === code);
}
