import type { AttendanceCandidate, DocumentSession } from '@pix/contracts';

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
