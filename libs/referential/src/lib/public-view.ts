import type { AnswerField, Challenge, ChallengeFlags } from './challenge';

interface PublicChallengeCommon {
  readonly id: string;
  readonly locale: string;
  readonly instruction: string;
  readonly flags: ChallengeFlags;
}

export interface PublicChoiceChallenge extends PublicChallengeCommon {
  readonly type: 'QCU' | 'QCM';
  readonly proposals: readonly string[];
}

export interface PublicFreeTextChallenge extends PublicChallengeCommon {
  readonly type: 'QROC' | 'QROCM-ind' | 'QROCM-dep';
  readonly fields: readonly AnswerField[];
}

/** What the candidate's browser may receive of a challenge. */
export type PublicChallenge = PublicChoiceChallenge | PublicFreeTextChallenge;

/**
 * Keeps what is needed to show and answer a challenge. Solutions, tolerances, the expected count, the status and the
 * skill (whose digit reveals the level) stay on the server. Built field by field, so a field added later to
 * `Challenge` is not leaked by default.
 */
export function publicView(challenge: Challenge): PublicChallenge {
  const common: PublicChallengeCommon = {
    id: challenge.id,
    locale: challenge.locale,
    instruction: challenge.instruction,
    flags: {
      timedSeconds: challenge.flags.timedSeconds,
      focus: challenge.flags.focus,
      illustration: challenge.flags.illustration ? { ...challenge.flags.illustration } : null,
      attachment: challenge.flags.attachment ? { ...challenge.flags.attachment } : null,
      embed: challenge.flags.embed ? { ...challenge.flags.embed } : null,
    },
  };
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return { ...common, type: challenge.type, proposals: [...challenge.proposals] };
    case 'QROC':
    case 'QROCM-ind':
    case 'QROCM-dep':
      return {
        ...common,
        type: challenge.type,
        fields: challenge.fields.map(({ key, label }) => ({ key, label })),
      };
  }
}
