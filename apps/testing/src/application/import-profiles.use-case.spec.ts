import { TestingErrorCode } from '@pix/contracts';
import { FixedClock } from '@pix/kernel';
import { InMemoryKnowledgeElementRepository } from '../test/in-memory-knowledge-element.repository';
import { buildReceivedKnowledgeElement } from '../test/knowledge-element.builder';
import { ImportProfiles } from './import-profiles.use-case';
import type { Transactions } from './transactions';

class RecordingTransactions implements Transactions {
  opened = 0;

  run<T>(work: () => Promise<T>): Promise<T> {
    this.opened += 1;
    return work();
  }
}

describe(ImportProfiles.name, () => {
  const clock = new FixedClock(new Date('2025-12-01T12:00:00Z'));
  let repository: InMemoryKnowledgeElementRepository;
  let transactions: RecordingTransactions;
  let importProfiles: ImportProfiles;

  beforeEach(() => {
    repository = new InMemoryKnowledgeElementRepository();
    transactions = new RecordingTransactions();
    importProfiles = new ImportProfiles(repository, transactions, clock);
  });

  const request = {
    profiles: [
      {
        userId: 1,
        knowledgeElements: [buildReceivedKnowledgeElement(), buildReceivedKnowledgeElement({ skill: '@url2' })],
      },
      { userId: 2, knowledgeElements: [buildReceivedKnowledgeElement()] },
    ],
  };

  it('stores every element in one transaction and says how many were new', async () => {
    const result = await importProfiles.execute(request);

    expect(result).toEqual({ usersImported: 2, knowledgeElementsImported: 3, knowledgeElementsAlreadyKnown: 0 });
    expect(repository.stored.size).toBe(3);
    expect(transactions.opened).toBe(1);
  });

  it('counts re-sent elements as already known instead of storing them again', async () => {
    await importProfiles.execute(request);
    const again = await importProfiles.execute({
      profiles: [
        ...request.profiles,
        { userId: 3, knowledgeElements: [buildReceivedKnowledgeElement({ skill: '@url3' })] },
      ],
    });

    expect(again).toEqual({ usersImported: 3, knowledgeElementsImported: 1, knowledgeElementsAlreadyKnown: 3 });
    expect(repository.stored.size).toBe(4);
  });

  it('stores nothing and opens no transaction when one element is invalid', async () => {
    const invalid = {
      profiles: [
        ...request.profiles,
        { userId: 3, knowledgeElements: [buildReceivedKnowledgeElement({ status: '?' })] },
      ],
    };

    await expect(importProfiles.execute(invalid)).rejects.toMatchObject({
      code: TestingErrorCode.PROFILE_IMPORT_INVALID,
      details: { problems: [expect.objectContaining({ path: 'profiles.2.knowledgeElements.0.status' })] },
    });
    expect(repository.stored.size).toBe(0);
    expect(transactions.opened).toBe(0);
  });
});
