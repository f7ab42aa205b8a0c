import { Inject, Injectable } from '@nestjs/common';
import type { PublishBatchRequest, PublishBatchResponse } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { ActAsJury } from './act-as-jury.use-case';
import { JuryViews } from './jury-views';

/** Batch publication of the "to publish" list (rules §8): each session on its own; a refusal does not stop the others. */
@Injectable()
export class PublishBatch {
  constructor(
    @Inject(JuryViews) private readonly views: JuryViews,
    @Inject(ActAsJury) private readonly act: ActAsJury,
  ) {}

  async execute(request: PublishBatchRequest): Promise<PublishBatchResponse> {
    const publishable = (await this.views.list({ list: 'to_publish' })).map((session) => session.sessionId);
    const wanted = request.sessionIds === undefined ? publishable : [...new Set(request.sessionIds)];
    const published: number[] = [];
    const refused: { sessionId: number; code: string; message: string }[] = [];
    for (const sessionId of wanted) {
      if (!publishable.includes(sessionId)) {
        refused.push({
          sessionId,
          code: 'SESSION_NOT_PUBLISHABLE',
          message: 'Cette session n’est pas dans la liste des sessions à publier.',
        });
        continue;
      }
      try {
        await this.act.execute({ sessionId, actor: request.actor, action: { kind: 'publish' } });
        published.push(sessionId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push({ sessionId, code: error.code, message: error.message });
      }
    }
    return { published, refused };
  }
}
