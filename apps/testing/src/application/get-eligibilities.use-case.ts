import { Inject, Injectable } from '@nestjs/common';
import type { GetEligibilitiesRequest, GetEligibilitiesResponse } from '@pix/contracts';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { profileEligibility } from '../domain/placement-profile';

/**
 * Whether each user of a batch (a class, typically) may be certified at a date: one query for the whole batch,
 * one answer per distinct user in the order asked. A user without any knowledge element is not certifiable.
 */
@Injectable()
export class GetEligibilities {
  constructor(@Inject(KNOWLEDGE_ELEMENT_REPOSITORY) private readonly knowledgeElements: KnowledgeElementRepository) {}

  async execute(request: GetEligibilitiesRequest): Promise<GetEligibilitiesResponse> {
    const userIds = [...new Set(request.userIds)];
    if (userIds.length === 0) return { eligibilities: [] };
    const earned = await this.knowledgeElements.sumEarnedPixPerCompetence(userIds, new Date(request.limitDate));
    return {
      eligibilities: userIds.map((userId) => ({
        userId,
        ...profileEligibility(earned.get(userId) ?? new Map()),
      })),
    };
  }
}
