import { timingSafeEqual } from 'node:crypto';
import { type CentreType, type CreateSessionRequest, SessionsErrorCode } from '@pix/contracts';
import {
  type Clock,
  DomainError,
  generateAccessCode,
  generateInvigilatorPassword,
  parseInvigilatorPassword,
  type RandomIntSource,
  secureRandomInt,
} from '@pix/kernel';
import { type SessionLifecycle, type SessionStatus, sessionStatus } from './session-status';

/** What a centre member fills in to plan a session: the fields of the create-session command. */
export type SessionPlanning = CreateSessionRequest;

export interface SessionProps extends SessionLifecycle {
  /** The session number; undefined until the repository stores the session. */
  readonly id: number | undefined;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly certificationCenterType: CentreType;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly description: string | null;
  readonly accessCode: string;
  readonly invigilatorPassword: string;
  readonly createdBy: number;
  readonly createdAt: Date;
  /** The centre member who finalised it last; null while not finalised. */
  readonly finalizedBy: number | null;
  /** How many times the session was finalised: 1 after the first finalisation, +1 after each unfinalisation. */
  readonly finalization: number;
  /** Set at finalisation (rules §8), kept after an unfinalisation to pre-fill the form. */
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
}

/** The session-level answers of the finalisation form (rules §8). */
export interface SessionFinalizationAnswers {
  readonly finalizedBy: number;
  readonly examinerGlobalComment: string | null;
  readonly hasIncident: boolean;
  readonly hasJoiningIssue: boolean;
}

/** What a centre member may change after planning. */
export interface SessionChanges {
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly description?: string | null;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/;
const MAX_TEXT = 255;
const MAX_DESCRIPTION = 2000;

/** A certification session of a centre (rules §2.1). */
export class Session {
  private constructor(private readonly props: SessionProps) {}

  /** Plans a new session: validates every field at once and draws the access code and invigilator password. */
  static plan(planning: SessionPlanning, clock: Clock, randomInt: RandomIntSource = secureRandomInt): Session {
    const cleaned = cleanAndValidate(planning, clock);
    return new Session({
      id: undefined,
      certificationCenterId: planning.certificationCenterId,
      certificationCenterName: planning.certificationCenterName,
      certificationCenterType: planning.certificationCenterType,
      createdBy: planning.createdBy,
      ...cleaned,
      accessCode: generateAccessCode(randomInt),
      invigilatorPassword: generateInvigilatorPassword(randomInt),
      createdAt: clock.now(),
      finalizedAt: null,
      assignedCertificationOfficerId: null,
      publishedAt: null,
      finalizedBy: null,
      finalization: 0,
      examinerGlobalComment: null,
      hasIncident: false,
      hasJoiningIssue: false,
    });
  }

  static restore(props: SessionProps): Session {
    return new Session(props);
  }

  get id(): number | undefined {
    return this.props.id;
  }

  get certificationCenterId(): number {
    return this.props.certificationCenterId;
  }

  get status(): SessionStatus {
    return sessionStatus(this.props);
  }

  /** What the invigilator typed (with or without `C-`, any case) against the stored password, in constant time. */
  acceptsInvigilatorPassword(input: string): boolean {
    const typed = parseInvigilatorPassword(input);
    if (typed === null) return false;
    const expected = Buffer.from(this.props.invigilatorPassword);
    const given = Buffer.from(typed);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The access code the candidate typed (spaces and case ignored) against the session's, in constant time. */
  acceptsAccessCode(input: string): boolean {
    const expected = Buffer.from(this.props.accessCode);
    const given = Buffer.from(input.replace(/\s+/g, '').toUpperCase());
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  get isAccessible(): boolean {
    return this.status === 'created';
  }

  /** Site, room, date, time, invigilators and observations can change until the session is finalised. */
  edit(changes: SessionChanges, clock: Clock): Session {
    if (!this.isAccessible) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_EDITABLE,
        'Cette session est finalisée : elle ne peut plus être modifiée.',
      );
    }
    return new Session({ ...this.props, ...cleanAndValidate(changes, clock) });
  }

  /** How many times the session was finalised (the next finalisation is this + 1). */
  get finalization(): number {
    return this.props.finalization;
  }

  /** Finalisation check 1 (rules §8): a session is finalised once, until Pix staff unfinalise it. */
  assertNotFinalized(): void {
    if (this.status !== 'created') {
      throw new DomainError(SessionsErrorCode.SESSION_ALREADY_FINALIZED, 'Cette session a déjà été finalisée.');
    }
  }

  /** The session finalised now: frozen (rules §2.4), with its session-level answers and the next finalisation number. */
  finalize(answers: SessionFinalizationAnswers, at: Date): Session {
    this.assertNotFinalized();
    return new Session({
      ...this.props,
      ...answers,
      finalizedAt: at,
      finalization: this.props.finalization + 1,
    });
  }

  /**
   * Pix staff reopen a finalised, unpublished session (rules §2.4): back to `created`, unassigned. The answers of the
   * form are kept so that the centre finds them again; the next finalisation gets the next number.
   */
  unfinalize(): Session {
    if (this.props.finalizedAt === null || this.props.publishedAt !== null) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_UNFINALIZABLE,
        this.props.finalizedAt === null
          ? 'Cette session n’est pas finalisée.'
          : 'Cette session est publiée : dépubliez-la avant de la définaliser.',
      );
    }
    return new Session({ ...this.props, finalizedAt: null, finalizedBy: null, assignedCertificationOfficerId: null });
  }

  /** The jury's progress on a finalised session (rules §2.4, §9): the status is derived from it. */
  withJuryStatus(status: { assignedCertificationOfficerId: number | null; publishedAt: Date | null }): Session {
    if (this.props.finalizedAt === null) {
      throw new DomainError(
        SessionsErrorCode.SESSION_NOT_EDITABLE,
        'Cette session n’est pas finalisée : le jury ne peut pas encore la traiter.',
      );
    }
    return new Session({ ...this.props, ...status });
  }

  toProps(): SessionProps {
    return { ...this.props };
  }
}

function cleanAndValidate(changes: SessionChanges, clock: Clock) {
  const cleaned = {
    address: changes.address.trim(),
    room: changes.room.trim(),
    examiner: changes.examiner.trim(),
    description: changes.description?.trim() || null,
    date: changes.date.trim(),
    time: changes.time.trim(),
  };
  const problems = validatePlanning(cleaned, clock);
  if (problems.length > 0) {
    throw new DomainError(SessionsErrorCode.SESSION_INVALID, 'La session comporte des informations invalides.', {
      problems,
    });
  }
  return cleaned;
}

function validatePlanning(
  fields: { address: string; room: string; examiner: string; description: string | null; date: string; time: string },
  clock: Clock,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (field: string, value: string, label: string) => {
    if (value.length === 0) problems.push({ field, message: `${label} est obligatoire.` });
    else if (value.length > MAX_TEXT)
      problems.push({ field, message: `${label} ne doit pas dépasser ${MAX_TEXT} caractères.` });
  };
  required('address', fields.address, 'Le nom du site');
  required('room', fields.room, 'Le nom de la salle');
  required('examiner', fields.examiner, 'Le nom du ou des surveillants');
  if (fields.description !== null && fields.description.length > MAX_DESCRIPTION) {
    problems.push({
      field: 'description',
      message: `Les observations ne doivent pas dépasser ${MAX_DESCRIPTION} caractères.`,
    });
  }
  if (!TIME_PATTERN.test(fields.time)) {
    problems.push({ field: 'time', message: 'L’heure de début doit être au format HH:MM (24 h).' });
  }
  if (!isCalendarDate(fields.date)) {
    problems.push({ field: 'date', message: 'La date de début doit être une date valide au format AAAA-MM-JJ.' });
  } else if (fields.date < clock.now().toISOString().slice(0, 10)) {
    problems.push({ field: 'date', message: 'La date de début ne peut pas être dans le passé.' });
  }
  return problems;
}

function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
