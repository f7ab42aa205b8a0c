import type { AttendanceCandidate, AttestationData, DocumentSession } from '@pix/contracts';
import { AREAS, COMPETENCES } from '@pix/referential';

/** Test builders (for specs only): a printable session and candidate with every field defaulted. */
export function buildSession(overrides: Partial<DocumentSession> = {}): DocumentSession {
  return {
    id: 669,
    certificationCenterName: 'Collège Victor Hugo',
    centreType: 'SCO',
    address: 'Bâtiment A',
    room: 'Salle B12',
    date: '2099-03-16',
    time: '08:30',
    examiner: 'Mme Martin',
    description: null,
    accessCode: 'TQVF63',
    invigilatorPassword: 'C-24WB4',
    ...overrides,
  };
}

export function buildCandidate(overrides: Partial<AttendanceCandidate> = {}): AttendanceCandidate {
  return {
    lastName: 'Latour',
    firstName: 'Killian',
    birthdate: '2005-05-20',
    division: '3e B',
    externalId: null,
    extraTimePercentage: null,
    ...overrides,
  };
}

/** A published, validated certification as the jury service sends it: 16 competences, level 3 everywhere. */
export function buildAttestation(overrides: Partial<AttestationData> = {}): AttestationData {
  return {
    certificationId: 1201,
    sessionId: 669,
    verificationCode: 'P-K3MB7TQX',
    division: '3e B',
    firstName: 'Léa',
    lastName: 'Roux',
    birthdate: '2009-05-20',
    birthplace: 'Bordeaux',
    certificationDate: '2099-03-16',
    deliveredAt: '2099-03-30',
    certificationCenter: 'Collège Victor Hugo',
    pixScore: 384,
    maxReachableLevel: 5,
    maxReachableScore: 640,
    competences: COMPETENCES.map((competence) => ({
      code: competence.code,
      name: competence.name,
      areaCode: competence.area,
      areaTitle: AREAS.find((area) => area.code === competence.area)?.name ?? competence.area,
      level: 3,
    })),
    ...overrides,
  };
}
