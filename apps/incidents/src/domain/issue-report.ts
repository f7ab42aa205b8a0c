import { IncidentsErrorCode, type IssueReportSource } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import type { AutomaticResolution, ResolutionEffect } from './automatic-resolution';
import {
  categoryEntryOf,
  creatableIssueReportKindOfCode,
  findIssueReportKind,
  ISSUE_REPORT_KINDS,
  type IssueReportCategory,
  type IssueReportKind,
  type IssueReportSubcategory,
  isIssueReportCategory,
  isIssueReportSubcategory,
  MAX_DESCRIPTION_LENGTH,
  MAX_QUESTION_NUMBER,
  MIN_QUESTION_NUMBER,
} from '@pix/contracts';

/**
 * What the invigilator, the centre or the service itself records for one candidate of a session. The values come
 * from a browser: the types are what a well-behaved client sends, and `create` still checks each value.
 */
export interface IssueReportInput {
  readonly sessionId: number;
  readonly candidateId: number;
  readonly source: IssueReportSource;
  /** The account that recorded it (the invigilator, the centre member, or the invigilator deciding an alert). */
  readonly recordedBy: number;
  readonly category: string;
  readonly subcategory?: string | null;
  readonly description?: string | null;
  readonly questionNumber?: number | null;
}

export interface IssueReportProps {
  /** Undefined until the repository stores the report. */
  readonly id: number | undefined;
  readonly sessionId: number;
  readonly candidateId: number;
  readonly source: IssueReportSource;
  readonly recordedBy: number;
  readonly category: IssueReportCategory;
  readonly subcategory: IssueReportSubcategory | null;
  /** Trimmed, as typed (never interpreted as HTML: renderers escape it); null when blank. */
  readonly description: string | null;
  readonly questionNumber: number | null;
  readonly createdAt: Date;
  readonly resolvedAt: Date | null;
  /** French text of the resolution, automatic or by a jury member. */
  readonly resolution: string | null;
  readonly hasBeenAutomaticallyResolved: boolean;
  /** What the automatic resolution does to the candidate's test; null unless the report was resolved automatically. */
  readonly effect: ResolutionEffect | null;
  /** The challenge the automatic resolution looked at (and its effect applies to); null when no answer matched. */
  readonly challengeId: string | null;
  /** The jury member who resolved the report by hand; null otherwise. */
  readonly resolvedBy: number | null;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const MAX_RESOLUTION_LENGTH = 500;

/** A report about one candidate of a session, written by the invigilator or the centre (rules §7). */
export class IssueReport {
  private constructor(private readonly props: IssueReportProps) {}

  /** Checks every rule of §7 at once; fails with `ISSUE_REPORT_INVALID` and the list of problems. */
  static create(input: IssueReportInput, clock: Clock): IssueReport {
    const { problems, cleaned } = validate(input);
    if (problems.length > 0 || cleaned === null) {
      throw new DomainError(
        IncidentsErrorCode.ISSUE_REPORT_INVALID,
        'Le signalement comporte des informations invalides.',
        {
          problems,
        },
      );
    }
    return new IssueReport({
      id: undefined,
      sessionId: input.sessionId,
      candidateId: input.candidateId,
      source: input.source,
      recordedBy: input.recordedBy,
      ...cleaned,
      createdAt: clock.now(),
      resolvedAt: null,
      resolution: null,
      hasBeenAutomaticallyResolved: false,
      effect: null,
      challengeId: null,
      resolvedBy: null,
    });
  }

  /** Rebuilds a stored report as is: deprecated kinds included. */
  static restore(props: IssueReportProps): IssueReport {
    return new IssueReport(props);
  }

  get id(): number | undefined {
    return this.props.id;
  }

  get sessionId(): number {
    return this.props.sessionId;
  }

  get candidateId(): number {
    return this.props.candidateId;
  }

  get source(): IssueReportSource {
    return this.props.source;
  }

  get createdAt(): Date {
    return this.props.createdAt;
  }

  /** A stored copy of this report under its new id. */
  withId(id: number): IssueReport {
    return new IssueReport({ ...this.props, id });
  }

  get category(): IssueReportCategory {
    return this.props.category;
  }

  get subcategory(): IssueReportSubcategory | null {
    return this.props.subcategory;
  }

  get description(): string | null {
    return this.props.description;
  }

  get questionNumber(): number | null {
    return this.props.questionNumber;
  }

  /** The catalogue entry (code, labels, rules); undefined only for a stored combination the catalogue ignores. */
  get kind(): IssueReportKind | undefined {
    return findIssueReportKind(this.props.category, this.props.subcategory);
  }

  /** A report whose kind is unknown counts as impactful, so that a jury member looks at it. */
  get isImpactful(): boolean {
    return this.kind?.isImpactful ?? true;
  }

  get isResolved(): boolean {
    return this.props.resolvedAt !== null;
  }

  get hasBeenAutomaticallyResolved(): boolean {
    return this.props.hasBeenAutomaticallyResolved;
  }

  /** Impactful and unresolved: the session cannot be published without a jury member (rules §7, §8). */
  get requiresJuryAction(): boolean {
    return this.isImpactful && !this.isResolved;
  }

  /**
   * Records the outcome of the automatic resolution run after finalisation, with the challenge it looked at (null
   * when the report's number matched no answer); an outcome left for the jury changes nothing.
   */
  applyAutomaticResolution(outcome: AutomaticResolution, challengeId: string | null, clock: Clock): IssueReport {
    if (!outcome.hasBeenAutomaticallyResolved) return this;
    if (this.isResolved) {
      throw new DomainError(IncidentsErrorCode.ISSUE_REPORT_ALREADY_RESOLVED, 'Ce signalement est déjà résolu.');
    }
    return new IssueReport({
      ...this.props,
      resolvedAt: clock.now(),
      resolution: outcome.resolutionText,
      hasBeenAutomaticallyResolved: true,
      effect: outcome.kind,
      challengeId,
      resolvedBy: null,
    });
  }

  /**
   * A jury member's resolution, 1–500 characters once trimmed; refused once the report was resolved automatically
   * (rules §7). Resolving a report already resolved by hand replaces the text: a jury member corrects it.
   */
  resolveManually(resolution: string, resolvedBy: number, clock: Clock): IssueReport {
    if (this.props.hasBeenAutomaticallyResolved) {
      throw new DomainError(
        IncidentsErrorCode.ISSUE_REPORT_RESOLVED_AUTOMATICALLY,
        'Ce signalement a été résolu automatiquement : il ne peut plus être résolu à la main.',
      );
    }
    const text = typeof resolution === 'string' ? resolution.trim() : '';
    const problems: FieldProblem[] = [];
    if (text.length === 0) problems.push({ field: 'resolution', message: 'La résolution est obligatoire.' });
    else if (characterCount(text) > MAX_RESOLUTION_LENGTH) {
      problems.push({
        field: 'resolution',
        message: `La résolution ne doit pas dépasser ${MAX_RESOLUTION_LENGTH} caractères.`,
      });
    } else if (text.includes('\u0000')) {
      problems.push({ field: 'resolution', message: 'La résolution contient un caractère non autorisé.' });
    }
    if (problems.length > 0) {
      throw new DomainError(IncidentsErrorCode.ISSUE_REPORT_INVALID, 'La résolution est invalide.', { problems });
    }
    return new IssueReport({ ...this.props, resolvedAt: clock.now(), resolution: text, resolvedBy });
  }

  toProps(): IssueReportProps {
    return { ...this.props };
  }
}

/**
 * The category and subcategory a code of the PV d'incident names (C1, E3…), for a client that sends the code;
 * `ISSUE_REPORT_INVALID` for an unknown code or a deprecated one (readable, never creatable).
 */
export function kindFieldsOfCode(code: string): Pick<IssueReportInput, 'category' | 'subcategory'> {
  const kind = creatableIssueReportKindOfCode(code.trim().toUpperCase());
  if (kind !== undefined) return { category: kind.category, subcategory: kind.subcategory };
  const deprecated = ISSUE_REPORT_KINDS.some((candidate) => candidate.code === code.trim().toUpperCase());
  throw new DomainError(
    IncidentsErrorCode.ISSUE_REPORT_INVALID,
    'Le signalement comporte des informations invalides.',
    {
      problems: [
        {
          field: 'code',
          message: deprecated
            ? 'Ce code de signalement n’est plus utilisé : choisissez-en un autre.'
            : 'Le code de signalement est inconnu.',
        },
      ],
    },
  );
}

interface CleanedFields {
  readonly category: IssueReportCategory;
  readonly subcategory: IssueReportSubcategory | null;
  readonly description: string | null;
  readonly questionNumber: number | null;
}

function validate(input: IssueReportInput): { problems: FieldProblem[]; cleaned: CleanedFields | null } {
  const problems: FieldProblem[] = [];

  if (!isId(input.sessionId)) problems.push({ field: 'sessionId', message: 'Le numéro de session est invalide.' });
  if (!isId(input.candidateId)) problems.push({ field: 'candidateId', message: 'Le candidat concerné est invalide.' });

  const kind = validateKind(input, problems);
  const description = validateDescription(input.description, kind, problems);
  const questionNumber = validateQuestionNumber(input.questionNumber, kind, problems);

  if (kind === null) return { problems, cleaned: null };
  return {
    problems,
    cleaned: { category: kind.category, subcategory: kind.subcategory, description, questionNumber },
  };
}

/** The kind named by category and subcategory, or null when they name none (the problems say why). */
function validateKind(input: IssueReportInput, problems: FieldProblem[]): IssueReportKind | null {
  if (!isIssueReportCategory(input.category)) {
    problems.push({ field: 'category', message: 'La catégorie de signalement est inconnue.' });
    return null;
  }
  const category = categoryEntryOf(input.category);
  if (category.isDeprecated) {
    problems.push({
      field: 'category',
      message: 'Cette catégorie de signalement n’est plus utilisée : choisissez-en une autre.',
    });
    return null;
  }
  const subcategory = input.subcategory ?? null;
  if (!category.hasSubcategories) {
    if (subcategory !== null) {
      problems.push({ field: 'subcategory', message: 'Cette catégorie de signalement n’a pas de sous-catégorie.' });
      return null;
    }
    return findIssueReportKind(category.category, null) ?? null;
  }
  if (subcategory === null || subcategory === '') {
    problems.push({ field: 'subcategory', message: 'La sous-catégorie est obligatoire pour cette catégorie.' });
    return null;
  }
  const kind = isIssueReportSubcategory(subcategory) ? findIssueReportKind(category.category, subcategory) : undefined;
  if (kind === undefined) {
    problems.push({ field: 'subcategory', message: 'La sous-catégorie est inconnue pour cette catégorie.' });
    return null;
  }
  if (kind.isDeprecated) {
    problems.push({
      field: 'subcategory',
      message: 'Cette sous-catégorie de signalement n’est plus utilisée : choisissez-en une autre.',
    });
    return null;
  }
  return kind;
}

function validateDescription(
  value: string | null | undefined,
  kind: IssueReportKind | null,
  problems: FieldProblem[],
): string | null {
  if (value !== null && value !== undefined && typeof value !== 'string') {
    problems.push({ field: 'description', message: 'La description doit être un texte.' });
    return null;
  }
  const description = value?.trim() || null;
  if (description === null) {
    if (kind?.requiresDescription) {
      problems.push({ field: 'description', message: 'La description est obligatoire pour ce signalement.' });
    }
    return null;
  }
  if (characterCount(description) > MAX_DESCRIPTION_LENGTH) {
    problems.push({
      field: 'description',
      message: `La description ne doit pas dépasser ${MAX_DESCRIPTION_LENGTH} caractères.`,
    });
  }
  // PostgreSQL text cannot hold NUL; nothing a person types contains it.
  if (description.includes('\u0000')) {
    problems.push({ field: 'description', message: 'La description contient un caractère non autorisé.' });
  }
  return description;
}

function validateQuestionNumber(
  value: number | null | undefined,
  kind: IssueReportKind | null,
  problems: FieldProblem[],
): number | null {
  const given = value !== null && value !== undefined;
  if (kind !== null && !kind.requiresQuestionNumber) {
    if (given) {
      problems.push({
        field: 'questionNumber',
        message: 'Le numéro de question ne concerne que les problèmes sur une question (E1 à E12).',
      });
    }
    return null;
  }
  if (!given) {
    if (kind !== null) {
      problems.push({
        field: 'questionNumber',
        message: 'Le numéro de question est obligatoire pour un problème sur une question.',
      });
    }
    return null;
  }
  if (!Number.isInteger(value) || value < MIN_QUESTION_NUMBER || value > MAX_QUESTION_NUMBER) {
    problems.push({
      field: 'questionNumber',
      message: `Le numéro de question doit être un nombre entier entre ${MIN_QUESTION_NUMBER} et ${MAX_QUESTION_NUMBER}.`,
    });
    return null;
  }
  return value;
}

function isId(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** Length in characters as a person counts them (and as PostgreSQL does), not in UTF-16 units. */
function characterCount(text: string): number {
  return [...text].length;
}
