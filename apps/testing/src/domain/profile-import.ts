import { PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS, PROFILE_IMPORT_MAX_USERS, TestingErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { isCompetenceCode } from '@pix/referential';
import {
  isKnowledgeElementStatus,
  type KnowledgeElement,
  knowledgeElementKey,
  MAX_EARNED_PIX,
  MAX_SKILL_LENGTH,
  SKILL_PATTERN,
} from './knowledge-element';

/** A knowledge element as received, its values not checked yet (the message's JSON types are). */
export interface ReceivedKnowledgeElement {
  readonly competence: string;
  readonly skill: string;
  readonly status: string;
  readonly challengeId: string | null;
  readonly earnedPix: number;
  readonly createdAt: string;
}

export interface ReceivedProfiles {
  readonly profiles: readonly {
    readonly userId: number;
    readonly knowledgeElements: readonly ReceivedKnowledgeElement[];
  }[];
}

export interface ImportProblem {
  /** Dotted path in the message, e.g. `profiles.0.knowledgeElements.3.skill`. */
  readonly path: string;
  readonly message: string;
}

export interface ValidatedImport {
  readonly userIds: readonly number[];
  /** Every element, once (an element sent twice in the same import is kept once). */
  readonly knowledgeElements: readonly KnowledgeElement[];
  /** How many elements the message held, repeats included. */
  readonly received: number;
}

/** The reply must stay a small NATS message: the first problems are listed, `problemCount` gives them all. */
export const MAX_REPORTED_PROBLEMS = 100;
/** Clocks of two platforms never agree exactly: an element a few minutes "in the future" is accepted. */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;
/** The `user_id` column is a PostgreSQL integer. */
export const MAX_USER_ID = 2_147_483_647;
const MAX_CHALLENGE_ID_LENGTH = 100;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an import of profiles from the positioning platform, element by element, and lists every problem at once
 * (in French, with its path). Nothing is stored unless everything is valid: throws `PROFILE_IMPORT_TOO_LARGE` or
 * `PROFILE_IMPORT_INVALID`.
 */
export function validateProfileImport(received: ReceivedProfiles, now: Date): ValidatedImport {
  const total = received.profiles.reduce((sum, profile) => sum + profile.knowledgeElements.length, 0);
  if (received.profiles.length > PROFILE_IMPORT_MAX_USERS || total > PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS) {
    throw new DomainError(
      TestingErrorCode.PROFILE_IMPORT_TOO_LARGE,
      `Un import est limité à ${formatCount(PROFILE_IMPORT_MAX_USERS)} utilisateurs et ` +
        `${formatCount(PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS)} éléments de connaissance : découpez-le en plusieurs envois.`,
      {
        maxUsers: PROFILE_IMPORT_MAX_USERS,
        maxKnowledgeElements: PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS,
        users: received.profiles.length,
        knowledgeElements: total,
      },
    );
  }

  const problems: ImportProblem[] = [];
  const userPaths = new Map<number, string>();
  const elementsByKey = new Map<string, { element: KnowledgeElement; path: string }>();
  const competenceOfSkill = new Map<string, { competence: string; path: string }>();

  received.profiles.forEach((profile, profileIndex) => {
    const profilePath = `profiles.${profileIndex}`;
    const userIdValid = Number.isSafeInteger(profile.userId) && profile.userId > 0 && profile.userId <= MAX_USER_ID;
    if (!userIdValid) {
      problems.push({
        path: `${profilePath}.userId`,
        message: 'L’identifiant de l’utilisateur doit être un entier positif.',
      });
    } else {
      const firstPath = userPaths.get(profile.userId);
      if (firstPath !== undefined) {
        problems.push({
          path: `${profilePath}.userId`,
          message: `L’utilisateur ${profile.userId} figure déjà dans ${firstPath} : regroupez ses éléments dans un seul profil.`,
        });
      } else {
        userPaths.set(profile.userId, profilePath);
      }
    }

    profile.knowledgeElements.forEach((raw, elementIndex) => {
      const path = `${profilePath}.knowledgeElements.${elementIndex}`;
      const element = checkElement(raw, profile.userId, path, now, problems);
      if (element === null || !userIdValid) return;

      const sameSkill = competenceOfSkill.get(element.skill);
      if (sameSkill === undefined) {
        competenceOfSkill.set(element.skill, { competence: element.competence, path });
      } else if (sameSkill.competence !== element.competence) {
        problems.push({
          path: `${path}.competence`,
          message:
            `L’acquis ${element.skill} est rattaché à la compétence ${sameSkill.competence} dans ${sameSkill.path} : ` +
            'un acquis appartient à une seule compétence.',
        });
        return;
      }

      const key = knowledgeElementKey(element);
      const first = elementsByKey.get(key);
      if (first === undefined) {
        elementsByKey.set(key, { element, path });
      } else if (!sameContent(first.element, element)) {
        problems.push({
          path,
          message: `Cet élément a le même acquis et la même date de création que ${first.path}, mais un contenu différent.`,
        });
      }
    });
  });

  if (problems.length > 0) {
    throw new DomainError(
      TestingErrorCode.PROFILE_IMPORT_INVALID,
      problems.length === 1
        ? 'L’import des profils comporte une erreur : rien n’a été enregistré.'
        : `L’import des profils comporte ${problems.length} erreurs : rien n’a été enregistré.`,
      { problems: problems.slice(0, MAX_REPORTED_PROBLEMS), problemCount: problems.length },
    );
  }
  return {
    userIds: [...userPaths.keys()],
    knowledgeElements: [...elementsByKey.values()].map(({ element }) => element),
    received: total,
  };
}

function checkElement(
  raw: ReceivedKnowledgeElement,
  userId: number,
  path: string,
  now: Date,
  problems: ImportProblem[],
): KnowledgeElement | null {
  const before = problems.length;
  const problem = (field: string, message: string) => problems.push({ path: `${path}.${field}`, message });

  const competence = raw.competence;
  if (!isCompetenceCode(competence)) {
    problem('competence', `La compétence « ${shorten(competence)} » n’existe pas : attendu un code de 1.1 à 5.2.`);
  }
  if (raw.skill.length > MAX_SKILL_LENGTH || !SKILL_PATTERN.test(raw.skill)) {
    problem(
      'skill',
      `L’acquis « ${shorten(raw.skill)} » est invalide : attendu « @ », un nom en camelCase puis un niveau de 1 à 8, ` +
        'par exemple @requeteWeb3.',
    );
  }
  const status = raw.status;
  if (!isKnowledgeElementStatus(status)) {
    problem('status', `Le statut « ${shorten(status)} » est invalide : attendu « validated » ou « invalidated ».`);
  }
  if (raw.challengeId !== null) {
    if (raw.challengeId.trim().length === 0) {
      problem('challengeId', 'L’identifiant de l’épreuve ne peut pas être vide : envoyez null s’il est inconnu.');
    } else if (raw.challengeId.length > MAX_CHALLENGE_ID_LENGTH) {
      problem('challengeId', `L’identifiant de l’épreuve ne doit pas dépasser ${MAX_CHALLENGE_ID_LENGTH} caractères.`);
    }
  }
  if (!Number.isFinite(raw.earnedPix) || raw.earnedPix < 0 || raw.earnedPix > MAX_EARNED_PIX) {
    problem('earnedPix', `Le nombre de pix gagnés doit être compris entre 0 et ${MAX_EARNED_PIX}.`);
  } else if (status === 'invalidated' && raw.earnedPix !== 0) {
    problem('earnedPix', 'Un acquis invalidé ne rapporte aucun pix : le nombre de pix gagnés doit valoir 0.');
  }
  const createdAt = parseIsoDateTime(raw.createdAt);
  if (createdAt === null) {
    problem(
      'createdAt',
      'La date de création doit être une date et heure ISO 8601 avec fuseau horaire, par exemple 2025-11-03T10:15:00Z.',
    );
  } else if (createdAt.getTime() > now.getTime() + CLOCK_SKEW_TOLERANCE_MS) {
    problem('createdAt', 'La date de création ne peut pas être dans le futur.');
  }

  if (problems.length > before || !isCompetenceCode(competence) || !isKnowledgeElementStatus(status) || !createdAt) {
    return null;
  }
  return {
    userId,
    competence,
    skill: raw.skill,
    status,
    challengeId: raw.challengeId,
    earnedPix: raw.earnedPix,
    createdAt,
  };
}

/** An ISO 8601 date-time with seconds and a time zone, on a real calendar day; null otherwise. */
export function parseIsoDateTime(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value);
  if (match === null) return null;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (
    calendarDay.getUTCFullYear() !== year ||
    calendarDay.getUTCMonth() !== month - 1 ||
    calendarDay.getUTCDate() !== day ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59
  ) {
    return null;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function sameContent(a: KnowledgeElement, b: KnowledgeElement): boolean {
  return (
    a.competence === b.competence &&
    a.status === b.status &&
    a.challengeId === b.challengeId &&
    a.earnedPix === b.earnedPix
  );
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** `5000` -> `5 000` (French thousands separator, a narrow no-break space), whatever the ICU data of Node. */
function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
