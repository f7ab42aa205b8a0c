import { countInvigilators, expectedEndTime, planningWarnings, schoolYearOf } from './planning';

describe('session planning checks', () => {
  it('counts invigilators from the names typed in', () => {
    expect(countInvigilators('Mme Martin')).toBe(1);
    expect(countInvigilators('Mme Martin et M. Durand')).toBe(2);
    expect(countInvigilators('Martin, Durand; Petit / Bernard & Robert')).toBe(5);
    // "et" inside a name is not a separator
    expect(countInvigilators('M. Betty')).toBe(1);
  });

  it('stretches the 2-hour slot with the largest extra time', () => {
    expect(expectedEndTime('08:30', null)).toBe('10:30');
    expect(expectedEndTime('08:30', 0.3)).toBe('11:02'); // 15 + ceil(136.5) = 152 min
    expect(expectedEndTime('23:00', 0)).toBe('01:00 (le lendemain)');
  });

  it('gives the school year of a date', () => {
    expect(schoolYearOf('2027-03-16')).toBe('2026-2027');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
  });

  it('warns outside the window and beyond 20 candidates per invigilator, without blocking', () => {
    const window = { startsOn: '2027-03-01', endsOn: '2027-06-15' };

    expect(planningWarnings({ date: '2027-03-01', examiner: 'A', candidateCount: 20, window })).toEqual([]);
    expect(planningWarnings({ date: '2027-06-16', examiner: 'A et B', candidateCount: 41, window })).toEqual([
      {
        code: 'OUTSIDE_CERTIFICATION_WINDOW',
        message: 'La date est en dehors de la période de certification (du 1er mars 2027 au 15 juin 2027).',
      },
      {
        code: 'TOO_MANY_CANDIDATES_PER_INVIGILATOR',
        message: '41 candidats pour 2 surveillant(s) : au plus 20 candidats par surveillant sont recommandés.',
      },
    ]);
    expect(planningWarnings({ date: '2027-06-16', examiner: 'A', candidateCount: 0, window: null })).toEqual([]);
  });
});
