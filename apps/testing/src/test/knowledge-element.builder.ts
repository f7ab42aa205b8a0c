import type { ReceivedKnowledgeElement } from '../domain/profile-import';
import type { KnowledgeElement } from '../domain/knowledge-element';

/** A validated element of user 1 on `@requeteWeb3` (competence 1.1), 2 pix, created 2025-10-01 at 10:00 UTC. */
export function buildKnowledgeElement(overrides: Partial<KnowledgeElement> = {}): KnowledgeElement {
  return {
    userId: 1,
    competence: '1.1',
    skill: '@requeteWeb3',
    status: 'validated',
    challengeId: 'rec1234567890',
    earnedPix: 2,
    createdAt: new Date('2025-10-01T10:00:00Z'),
    ...overrides,
  };
}

/** The same element as the positioning platform sends it. */
export function buildReceivedKnowledgeElement(
  overrides: Partial<ReceivedKnowledgeElement> = {},
): ReceivedKnowledgeElement {
  return {
    competence: '1.1',
    skill: '@requeteWeb3',
    status: 'validated',
    challengeId: 'rec1234567890',
    earnedPix: 2,
    createdAt: '2025-10-01T10:00:00Z',
    ...overrides,
  };
}
