import { batchFileName, firstMissingPosition, isProgressStep, queuedBatch, toBatchView } from './attestation-batch';

describe('attestation batches', () => {
  it('names the file after the session, and the class without spaces nor accents', () => {
    expect(batchFileName(669, null)).toBe('attestations-669.pdf');
    expect(batchFileName(669, '3e A')).toBe('attestations-669-3eA.pdf');
    expect(batchFileName(669, 'Terminale Génie/Élec.')).toBe('attestations-669-TerminaleGenieElec.pdf');
    expect(batchFileName(669, '¤¤')).toBe('attestations-669.pdf');
  });

  it('announces progress every 10 %, and at the end', () => {
    const steps = (total: number) =>
      Array.from({ length: total }, (_, index) => index + 1).filter((done) => isProgressStep(done, total));

    expect(steps(100)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(steps(61)).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 61]);
    expect(steps(3)).toEqual([1, 2, 3]);
  });

  it('resumes at the first place with no stored attestation', () => {
    expect(firstMissingPosition([])).toBe(0);
    expect(firstMissingPosition([0, 1, 2])).toBe(3);
    expect(firstMissingPosition([0, 1, 3, 4])).toBe(2);
    expect(firstMissingPosition([1, 2])).toBe(0);
  });

  it('queues a batch with a blank class as the whole session', () => {
    const batch = queuedBatch(
      'b0b0b0b0-0000-4000-8000-000000000000',
      { sessionId: 669, certificationCenterId: 12, division: '  ', requestedBy: 7 },
      new Date('2099-03-30T10:00:00Z'),
    );

    expect(toBatchView(batch)).toEqual({
      batchId: 'b0b0b0b0-0000-4000-8000-000000000000',
      sessionId: 669,
      certificationCenterId: 12,
      division: null,
      status: 'queued',
      done: 0,
      total: 0,
      fileName: null,
      sizeBytes: null,
      error: null,
      createdAt: '2099-03-30T10:00:00.000Z',
    });
  });
});
