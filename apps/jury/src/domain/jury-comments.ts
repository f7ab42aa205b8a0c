import type { JuryCommentKey } from '@pix/contracts';

/** The automatic comments (rules §9), as the candidate and as the organisation read them. */
const COMMENTS: Readonly<Record<JuryCommentKey, { readonly candidate: string; readonly organization: string }>> = {
  FRAUD: {
    candidate: 'Votre certification a été rejetée : une fraude a été constatée lors de la session.',
    organization: 'Certification rejetée pour fraude.',
  },
  CANCELLED_BY_JURY: {
    candidate: 'Votre certification a été annulée par le jury.',
    organization: 'Certification annulée par le jury.',
  },
  CANCELLED_DUE_TO_NEUTRALIZATION: {
    candidate:
      'Un trop grand nombre de questions n’ont pas pu être prises en compte : votre certification ne peut pas être délivrée. Vous pouvez la repasser gratuitement.',
    organization:
      'Trop de questions ont été neutralisées à la suite de problèmes techniques : la certification est annulée et peut être repassée gratuitement.',
  },
  CANCELLED_DUE_TO_LACK_OF_ANSWERS_FOR_TECHNICAL_REASON: {
    candidate:
      'Un problème technique ne vous a pas permis de répondre à assez de questions : votre certification est annulée. Vous pouvez la repasser gratuitement.',
    organization:
      'Le candidat n’a pas pu répondre à assez de questions à cause d’un problème technique : la certification est annulée et peut être repassée gratuitement.',
  },
  REJECTED_DUE_TO_INSUFFICIENT_CORRECT_ANSWERS: {
    candidate: 'Vous n’avez pas répondu correctement à assez de questions pour obtenir votre certification.',
    organization: 'Le candidat n’a pas répondu correctement à assez de questions.',
  },
  REJECTED_DUE_TO_LACK_OF_ANSWERS: {
    candidate: 'Vous n’avez pas répondu à assez de questions pour obtenir votre certification.',
    organization: 'Le candidat n’a pas répondu à assez de questions.',
  },
};

/** The jury's own text wins over the automatic one. */
export function commentFor(
  audience: 'candidate' | 'organization',
  juryText: string | null,
  key: JuryCommentKey | null,
): string | null {
  if (juryText !== null && juryText.trim() !== '') return juryText;
  return key === null ? null : COMMENTS[key][audience];
}
