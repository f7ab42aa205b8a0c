import { AREAS, COMPETENCE_CODES, COMPETENCES, isCompetenceCode } from './competences';

describe('reference framework', () => {
  it('has 16 competences in 5 areas, in the export column order of the rules', () => {
    expect(COMPETENCE_CODES.join(' ')).toBe('1.1 1.2 1.3 2.1 2.2 2.3 2.4 3.1 3.2 3.3 3.4 4.1 4.2 4.3 5.1 5.2');
    expect(AREAS.map((area) => COMPETENCES.filter((competence) => competence.area === area.code).length)).toEqual([
      3, 4, 4, 3, 2,
    ]);
  });

  it('numbers each competence inside its area', () => {
    for (const competence of COMPETENCES) {
      expect(competence.code.startsWith(`${competence.area}.`)).toBe(true);
    }
  });

  it('recognises competence codes', () => {
    expect(isCompetenceCode('3.4')).toBe(true);
    expect(isCompetenceCode('3.5')).toBe(false);
  });
});
