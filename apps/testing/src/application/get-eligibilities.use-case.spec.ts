import { buildKnowledgeElement } from '../test/knowledge-element.builder';
import { InMemoryKnowledgeElementRepository } from '../test/in-memory-knowledge-element.repository';
import type { KnowledgeElement } from '../domain/knowledge-element';
import { GetEligibilities } from './get-eligibilities.use-case';
import { GetProfile } from './get-profile.use-case';

const FIVE_COMPETENCES = ['1.1', '2.1', '3.1', '4.1', '5.1'] as const;

function certifiableProfile(userId: number): KnowledgeElement[] {
  return FIVE_COMPETENCES.map((competence, index) =>
    buildKnowledgeElement({ userId, competence, skill: `@tube${'abcde'[index]}1`, earnedPix: 8 }),
  );
}

describe(GetEligibilities.name, () => {
  let repository: InMemoryKnowledgeElementRepository;

  beforeEach(async () => {
    repository = new InMemoryKnowledgeElementRepository();
    await repository.addAll([
      ...certifiableProfile(1),
      buildKnowledgeElement({ userId: 2, earnedPix: 7.5 }),
      ...certifiableProfile(3).map((element) => ({ ...element, createdAt: new Date('2026-01-10T10:00:00Z') })),
    ]);
  });

  it('answers each distinct user once, in the order asked, with one read for the batch', async () => {
    const result = await new GetEligibilities(repository).execute({
      userIds: [2, 404, 1, 2],
      limitDate: '2025-12-01T00:00:00Z',
    });

    expect(result.eligibilities).toEqual([
      { userId: 2, certifiable: false, competencesAtLevelOneOrMore: 0, totalPix: 7 },
      { userId: 404, certifiable: false, competencesAtLevelOneOrMore: 0, totalPix: 0 },
      { userId: 1, certifiable: true, competencesAtLevelOneOrMore: 5, totalPix: 40 },
    ]);
    expect(repository.reads).toBe(1);
  });

  it('judges at the limit date', async () => {
    const useCase = new GetEligibilities(repository);

    const before = await useCase.execute({ userIds: [3], limitDate: '2025-12-01T00:00:00Z' });
    const after = await useCase.execute({ userIds: [3], limitDate: '2026-02-01T00:00:00+01:00' });

    expect(before.eligibilities[0]?.certifiable).toBe(false);
    expect(after.eligibilities[0]?.certifiable).toBe(true);
  });

  it('answers an empty batch without reading', async () => {
    expect(await new GetEligibilities(repository).execute({ userIds: [], limitDate: '2025-12-01T00:00:00Z' })).toEqual({
      eligibilities: [],
    });
    expect(repository.reads).toBe(0);
  });
});

describe(GetProfile.name, () => {
  it('gives the profile at the limit date, normalised to UTC', async () => {
    const repository = new InMemoryKnowledgeElementRepository();
    await repository.addAll(certifiableProfile(1));

    const profile = await new GetProfile(repository).execute({ userId: 1, limitDate: '2025-12-01T01:00:00+01:00' });

    expect(profile).toMatchObject({
      userId: 1,
      limitDate: '2025-12-01T00:00:00.000Z',
      totalPix: 40,
      certifiable: true,
      competencesAtLevelOneOrMore: 5,
    });
    expect(profile.competences[0]).toEqual({
      code: '1.1',
      name: 'Mener une recherche et une veille d’information',
      areaCode: '1',
      pixScore: 8,
      level: 1,
      validatedSkills: ['@tubea1'],
    });
  });
});
