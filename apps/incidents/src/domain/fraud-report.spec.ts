import { IncidentsErrorCode } from '@pix/contracts';
import { DomainError, FixedClock } from '@pix/kernel';
import { FraudReport, type FraudReportInput } from './fraud-report';

const NOW = new Date('2025-03-14T10:00:00Z');
const clock = () => new FixedClock(NOW);
const valid: FraudReportInput = {
  sessionId: 3,
  candidateId: 7,
  occurredAt: '2025-03-14T09:42:00Z',
  description: '  Le candidat consultait son téléphone sous la table.  ',
  invigilatorName: ' Mme Martin ',
  recordedBy: 42,
};

function problemsOf(input: FraudReportInput): Array<{ field: string; message: string }> {
  try {
    FraudReport.create(input, [], clock());
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(IncidentsErrorCode.FRAUD_REPORT_INVALID);
    return (error as DomainError).details?.['problems'] as Array<{ field: string; message: string }>;
  }
  throw new Error('FraudReport.create accepted the input');
}

describe(FraudReport.name, () => {
  it('keeps the facts trimmed, the time of the facts and who recorded it when', () => {
    const report = FraudReport.create(valid, [], clock());

    expect(report.toProps()).toEqual({
      id: undefined,
      sessionId: 3,
      candidateId: 7,
      occurredAt: new Date('2025-03-14T09:42:00Z'),
      description: 'Le candidat consultait son téléphone sous la table.',
      invigilatorName: 'Mme Martin',
      recordedBy: 42,
      recordedAt: NOW,
      evidence: [],
    });
  });

  it('accepts a time with an offset', () => {
    const report = FraudReport.create({ ...valid, occurredAt: '2025-03-14T10:42:00+01:00' }, [], clock());

    expect(report.toProps().occurredAt.toISOString()).toBe('2025-03-14T09:42:00.000Z');
  });

  it.each([
    ['', 'La description des faits est obligatoire.'],
    ['   ', 'La description des faits est obligatoire.'],
    ['Triche', 'La description des faits doit compter au moins 10 caractères.'],
    ['x'.repeat(2001), 'La description des faits ne doit pas dépasser 2000 caractères.'],
  ])('refuses the description %p', (description, message) => {
    expect(problemsOf({ ...valid, description })).toEqual([{ field: 'description', message }]);
  });

  it('accepts a description of 10 and of 2000 characters', () => {
    expect(() => FraudReport.create({ ...valid, description: 'Téléphone.' }, [], clock())).not.toThrow();
    expect(() => FraudReport.create({ ...valid, description: 'é'.repeat(2000) }, [], clock())).not.toThrow();
  });

  it.each(['14/03/2025 09:42', '2025-03-14', '2025-03-14T09:42:00', 'hier', '2025-13-40T25:00:00Z'])(
    'refuses the time of the facts %p',
    (occurredAt) => {
      expect(problemsOf({ ...valid, occurredAt })).toEqual([
        {
          field: 'occurredAt',
          message: 'L’heure des faits doit être une date et une heure, par exemple 2025-03-14T10:42:00Z.',
        },
      ]);
    },
  );

  it('refuses facts in the future beyond five minutes of clock drift', () => {
    expect(() => FraudReport.create({ ...valid, occurredAt: '2025-03-14T10:04:00Z' }, [], clock())).not.toThrow();
    expect(problemsOf({ ...valid, occurredAt: '2025-03-14T10:06:00Z' })).toEqual([
      { field: 'occurredAt', message: 'L’heure des faits ne peut pas être dans le futur.' },
    ]);
  });

  it('lists every problem at once, the invigilator’s name included', () => {
    expect(
      problemsOf({ ...valid, candidateId: 0, occurredAt: 'x', description: '', invigilatorName: '  ' }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['candidateId', 'occurredAt', 'description', 'invigilatorName']);
  });
});
