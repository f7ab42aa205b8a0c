import { Inject, Injectable } from '@nestjs/common';
import type { GetProfileRequest, ProfileView } from '@pix/contracts';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { placementProfile } from '../domain/placement-profile';
import { toProfileView } from './profile-view';

/** One user's placement profile at a date: pix and level of each competence, and whether they may be certified. */
@Injectable()
export class GetProfile {
  constructor(@Inject(KNOWLEDGE_ELEMENT_REPOSITORY) private readonly knowledgeElements: KnowledgeElementRepository) {}

  async execute(request: GetProfileRequest): Promise<ProfileView> {
    const limitDate = new Date(request.limitDate);
    const latest = await this.knowledgeElements.findLatestPerSkill([request.userId], limitDate);
    return toProfileView(placementProfile(request.userId, latest.get(request.userId) ?? [], limitDate));
  }
}
