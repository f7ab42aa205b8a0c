/** Planning checks of a session (rules §3.3, §6.3): warnings, never blocks. */

export const MAX_CANDIDATES_PER_INVIGILATOR = 20;
/** 15 minutes of welcome, then 1 h 45 of test. */
export const WELCOME_MINUTES = 15;
export const TEST_MINUTES = 105;

export interface CertificationWindow {
  /** `YYYY-MM-DD`, inclusive */
  readonly startsOn: string;
  /** `YYYY-MM-DD`, inclusive */
  readonly endsOn: string;
}

export type PlanningWarningCode = 'OUTSIDE_CERTIFICATION_WINDOW' | 'TOO_MANY_CANDIDATES_PER_INVIGILATOR';

export interface PlanningWarning {
  readonly code: PlanningWarningCode;
  readonly message: string;
}

/** "2026-2027" for any date from 1 September 2026 to 31 August 2027. */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** Names separated by commas, semicolons, slashes, "et" or "&": "Mme Martin et M. Durand" counts 2. */
export function countInvigilators(examiner: string): number {
  const names = examiner
    .split(/\s*(?:,|;|\/|&|\bet\b|\n)\s*/iu)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return Math.max(1, names.length);
}

/** The end of the slot: start + welcome + 1 h 45 stretched by the largest extra time (0.30 = 30 %). */
export function expectedEndTime(time: string, largestExtraTime: number | null): string {
  const [hours, minutes] = time.split(':').map(Number);
  const testMinutes = Math.ceil(TEST_MINUTES * (1 + (largestExtraTime ?? 0)));
  const end = (hours ?? 0) * 60 + (minutes ?? 0) + WELCOME_MINUTES + testMinutes;
  const day = 24 * 60;
  const clamped = end % day;
  const suffix = end >= day ? ' (le lendemain)' : '';
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}${suffix}`;
}

const FRENCH_DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1er mars 2027", "15 juin 2027". */
function frenchDate(date: string): string {
  return FRENCH_DATE.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, '1er ');
}

export function planningWarnings(input: {
  readonly date: string;
  readonly examiner: string;
  readonly candidateCount: number;
  readonly window: CertificationWindow | null;
}): PlanningWarning[] {
  const warnings: PlanningWarning[] = [];
  if (input.window !== null && (input.date < input.window.startsOn || input.date > input.window.endsOn)) {
    warnings.push({
      code: 'OUTSIDE_CERTIFICATION_WINDOW',
      message: `La date est en dehors de la période de certification (du ${frenchDate(input.window.startsOn)} au ${frenchDate(input.window.endsOn)}).`,
    });
  }
  const invigilators = countInvigilators(input.examiner);
  if (input.candidateCount > MAX_CANDIDATES_PER_INVIGILATOR * invigilators) {
    warnings.push({
      code: 'TOO_MANY_CANDIDATES_PER_INVIGILATOR',
      message: `${input.candidateCount} candidats pour ${invigilators} surveillant(s) : au plus ${MAX_CANDIDATES_PER_INVIGILATOR} candidats par surveillant sont recommandés.`,
    });
  }
  return warnings;
}
