import { Inject, Injectable } from '@nestjs/common';
import type { ImportProfilesResponse } from '@pix/contracts';
import type { Clock } from '@pix/kernel';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { type ReceivedProfiles, validateProfileImport } from '../domain/profile-import';
import { CLOCK } from './tokens';
import { TRANSACTIONS, type Transactions } from './transactions';

/**
 * The positioning platform sends users' knowledge elements. Every element is checked first; then all of them are
 * stored in one transaction, those already stored (re-sent) being left as they are.
 */
@Injectable()
export class ImportProfiles {
  constructor(
    @Inject(KNOWLEDGE_ELEMENT_REPOSITORY) private readonly knowledgeElements: KnowledgeElementRepository,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: ReceivedProfiles): Promise<ImportProfilesResponse> {
    const validated = validateProfileImport(request, this.clock.now());
    const imported = await this.transactions.run(() => this.knowledgeElements.addAll(validated.knowledgeElements));
    return {
      usersImported: validated.userIds.length,
      knowledgeElementsImported: imported,
      knowledgeElementsAlreadyKnown: validated.received - imported,
    };
  }
}
