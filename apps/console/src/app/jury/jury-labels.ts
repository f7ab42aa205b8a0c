import type { AbortReason, JuryActionKind, ResultEmitter } from '@pix/contracts';

/** Rules §8. */
const ABORT_REASON_LABELS = {
  candidate: 'Abandon : manque de temps ou départ prématuré',
  technical: 'Problème technique',
} as const satisfies Record<AbortReason, string>;

export function abortReasonLabel(reason: AbortReason): string {
  return ABORT_REASON_LABELS[reason];
}

/** Answer statuses of the testing context (`ok`, `ko`, `partially`, `aband`, `timedout`, `focusedOut`). */
const ANSWER_STATUS_LABELS: Readonly<Record<string, string>> = {
  ok: 'Correcte',
  ko: 'Incorrecte',
  partially: 'Partiellement correcte',
  aband: 'Passée',
  timedout: 'Temps écoulé',
  focusedOut: 'Sortie de la page',
};

export function answerStatusLabel(status: string | null): string {
  if (status === null) return 'Sans réponse';
  return ANSWER_STATUS_LABELS[status] ?? status;
}

/** Who neutralised a question. */
const NEUTRALIZED_BY_LABELS: Readonly<Record<string, string>> = {
  'technical-abort': 'abandon pour problème technique',
  'issue-report': 'signalement',
  jury: 'jury',
};

export function neutralizedByLabel(by: string | null): string {
  return by === null ? '' : (NEUTRALIZED_BY_LABELS[by] ?? by);
}

const ACTION_LABELS = {
  assign: 'Session assignée',
  'comment-session': 'Commentaire de session',
  'resolve-report': 'Signalement résolu',
  neutralize: 'Question neutralisée',
  deneutralize: 'Question dé-neutralisée',
  cancel: 'Certification annulée',
  uncancel: 'Certification désannulée',
  reject: 'Certification rejetée pour fraude',
  unreject: 'Rejet pour fraude annulé',
  'correct-identity': 'Identité corrigée',
  'comment-certification': 'Commentaires de certification',
  unfinalize: 'Session définalisée',
  publish: 'Session publiée',
  unpublish: 'Session dépubliée',
} as const satisfies Record<JuryActionKind, string>;

export function juryActionLabel(kind: JuryActionKind): string {
  return ACTION_LABELS[kind];
}

const EMITTER_LABELS = {
  'PIX-ALGO': 'Algorithme Pix',
  'Jury Pix': 'Jury Pix',
  'PIX-ALGO-FRAUD-REJECTION': 'Algorithme Pix (rejet pour fraude)',
} as const satisfies Record<ResultEmitter, string>;

export function emitterLabel(emitter: ResultEmitter): string {
  return EMITTER_LABELS[emitter];
}
