import { COMPETENCE_CODES, type CompetenceCode } from '@pix/referential';
import { buildKnowledgeElement } from '../test/knowledge-element.builder';
import type { KnowledgeElement } from './knowledge-element';
import { placementProfile, profileEligibility, uniqueKnowledgeElements } from './placement-profile';

const limitDate = new Date('2025-12-01T00:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);

function competence(elements: readonly KnowledgeElement[], code: CompetenceCode) {
  const found = placementProfile(1, elements, limitDate).competences.find((c) => c.code === code);
  if (found === undefined) throw new Error(`no competence ${code}`);
  return found;
}

/** One validated 8-pix skill (one level) on each of the given competences. */
function levelOneOn(codes: readonly CompetenceCode[]): KnowledgeElement[] {
  return codes.map((code, index) =>
    buildKnowledgeElement({ competence: code, skill: `@tube${'abcdefghijklmnop'[index]}1`, earnedPix: 8 }),
  );
}

describe(placementProfile.name, () => {
  it('adds 7.9 and 0.2 pix into 8 pix, which is level 1', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@requeteWeb3', earnedPix: 7.9 }),
      buildKnowledgeElement({ skill: '@url1', earnedPix: 0.2 }),
    ];

    const result = competence(elements, '1.1');

    expect(result).toMatchObject({ pixScore: 8, level: 1 });
  });

  it.each([
    [10, 1.6, 16, 2],
    [7, 8 / 7, 8, 1],
    [3, 8 / 3, 8, 1],
  ])('adds %p skills of %p pix into %p pix (level %p), without floating-point loss', (count, pix, pixScore, level) => {
    const elements = Array.from({ length: count }, (_, index) =>
      buildKnowledgeElement({ skill: `@tube${'abcdefghij'[index]}2`, earnedPix: pix }),
    );

    expect(competence(elements, '1.1')).toMatchObject({ pixScore, level });
  });

  it('floors 7.9 pix to 7, which is still level 0', () => {
    expect(competence([buildKnowledgeElement({ earnedPix: 7.9 })], '1.1')).toMatchObject({ pixScore: 7, level: 0 });
  });

  it('counts only the latest element of a skill validated then invalidated', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@url5', earnedPix: 6, createdAt: at('2025-10-01') }),
      buildKnowledgeElement({ skill: '@url5', status: 'invalidated', earnedPix: 0, createdAt: at('2025-11-01') }),
      buildKnowledgeElement({ skill: '@url4', earnedPix: 3, createdAt: at('2025-10-01') }),
    ];

    const result = competence(elements, '1.1');

    expect(result).toMatchObject({ pixScore: 3, level: 0, validatedSkills: ['@url4'] });
  });

  it('counts a skill invalidated then validated later', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@url5', status: 'invalidated', earnedPix: 0, createdAt: at('2025-10-01') }),
      buildKnowledgeElement({ skill: '@url5', earnedPix: 8, createdAt: at('2025-11-01') }),
    ];

    expect(competence(elements, '1.1')).toMatchObject({ pixScore: 8, level: 1, validatedSkills: ['@url5'] });
  });

  it('ignores an element created after the limit date, and keeps one created exactly at it', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@url5', earnedPix: 5, createdAt: limitDate }),
      buildKnowledgeElement({ skill: '@url4', earnedPix: 4, createdAt: new Date(limitDate.getTime() + 1) }),
    ];

    expect(competence(elements, '1.1')).toMatchObject({ pixScore: 5, validatedSkills: ['@url5'] });
  });

  it('goes back to the earlier element when the latest one is after the limit date', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@url5', earnedPix: 8, createdAt: at('2025-10-01') }),
      buildKnowledgeElement({ skill: '@url5', status: 'invalidated', earnedPix: 0, createdAt: at('2025-12-15') }),
    ];

    expect(competence(elements, '1.1')).toMatchObject({ pixScore: 8, level: 1, validatedSkills: ['@url5'] });
  });

  it('certifies a profile with exactly 5 competences at level 1', () => {
    const profile = placementProfile(1, levelOneOn(['1.1', '2.1', '3.1', '4.1', '5.1']), limitDate);

    expect(profile).toMatchObject({ certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 40 });
  });

  it('does not certify a profile with 4 competences at level 1, however many pix elsewhere', () => {
    const elements = [
      ...levelOneOn(['1.1', '2.1', '3.1', '4.1']),
      buildKnowledgeElement({ competence: '5.1', skill: '@panne1', earnedPix: 7.99 }),
      buildKnowledgeElement({ competence: '5.2', skill: '@systeme1', earnedPix: 7.5 }),
    ];

    const profile = placementProfile(1, elements, limitDate);

    expect(profile).toMatchObject({ certifiable: false, competencesAtLevelOneOrMore: 4, totalPix: 32 + 7 + 7 });
  });

  it('does not cap pix nor levels', () => {
    const elements = Array.from({ length: 10 }, (_, index) =>
      buildKnowledgeElement({ skill: `@tube${'abcdefghij'[index]}8`, earnedPix: 8 }),
    );

    expect(competence(elements, '1.1')).toMatchObject({ pixScore: 80, level: 10 });
  });

  it('adds up the floored pix of the competences for the total', () => {
    const elements = [
      buildKnowledgeElement({ competence: '1.1', skill: '@url2', earnedPix: 7.5 }),
      buildKnowledgeElement({ competence: '1.2', skill: '@fichier2', earnedPix: 7.5 }),
    ];

    expect(placementProfile(1, elements, limitDate).totalPix).toBe(14);
  });

  it('lists the 16 competences in reference order with their names and areas, even when empty', () => {
    const profile = placementProfile(1, [], limitDate);

    expect(profile.competences.map((c) => c.code)).toEqual(COMPETENCE_CODES);
    expect(profile.competences[3]).toEqual({
      code: '2.1',
      name: 'Interagir',
      areaCode: '2',
      pixScore: 0,
      level: 0,
      validatedSkills: [],
    });
    expect(profile).toMatchObject({ totalPix: 0, certifiable: false, competencesAtLevelOneOrMore: 0 });
  });

  it('lists the directly validated skills of each competence, sorted by name', () => {
    const elements = [
      buildKnowledgeElement({ competence: '3.4', skill: '@programme3', earnedPix: 2 }),
      buildKnowledgeElement({ competence: '3.4', skill: '@algorithme2', earnedPix: 2 }),
      buildKnowledgeElement({ competence: '3.4', skill: '@boucle4', status: 'invalidated', earnedPix: 0 }),
    ];

    expect(competence(elements, '3.4').validatedSkills).toEqual(['@algorithme2', '@programme3']);
  });

  it('refuses an element of another user', () => {
    expect(() => placementProfile(2, [buildKnowledgeElement({ userId: 1 })], limitDate)).toThrow(
      'knowledge element of user 1 in the profile of user 2',
    );
  });
});

describe(uniqueKnowledgeElements.name, () => {
  it('keeps the latest element of each skill up to the limit date, sorted by skill', () => {
    const elements = [
      buildKnowledgeElement({ skill: '@url5', earnedPix: 1, createdAt: at('2025-11-02') }),
      buildKnowledgeElement({ skill: '@url5', earnedPix: 2, createdAt: at('2025-11-03') }),
      buildKnowledgeElement({ skill: '@url5', earnedPix: 3, createdAt: at('2025-11-01') }),
      buildKnowledgeElement({ skill: '@adresse2', earnedPix: 4, createdAt: at('2025-11-01') }),
      buildKnowledgeElement({ skill: '@zone1', earnedPix: 5, createdAt: at('2025-12-02') }),
    ];

    const unique = uniqueKnowledgeElements(elements, limitDate);

    expect(unique.map((element) => [element.skill, element.earnedPix])).toEqual([
      ['@adresse2', 4],
      ['@url5', 2],
    ]);
  });
});

describe(profileEligibility.name, () => {
  it('scores sums of pix per competence like a profile, floating-point noise included', () => {
    const earned = new Map<CompetenceCode, number>([
      ['1.1', 7.999999999999999],
      ['1.2', 15.999999999999998],
      ['2.1', 8.1],
      ['3.1', 8],
      ['4.1', 9.5],
      ['5.2', 7.9],
    ]);

    expect(profileEligibility(earned)).toEqual({ certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 56 });
  });

  it('gives 0 and not certifiable without any pix', () => {
    expect(profileEligibility(new Map())).toEqual({ certifiable: false, competencesAtLevelOneOrMore: 0, totalPix: 0 });
  });
});
