import type { AnswerRequest } from '@pix/contracts';
import type { PublicChallenge } from '@pix/referential';

export type CandidateAnswerValue = NonNullable<AnswerRequest['answer']>;

/** What the candidate has chosen or typed so far on the current question. */
export interface AnswerDraft {
  /** QCU: the 1-based number of the chosen proposal. */
  readonly choice: number | null;
  /** QCM: the 1-based numbers of the ticked proposals. */
  readonly choices: readonly number[];
  /** Free text: the text of each field, by key. */
  readonly texts: Readonly<Record<string, string>>;
}

export const EMPTY_DRAFT: AnswerDraft = { choice: null, choices: [], texts: {} };

/**
 * The answer to send for the challenge: QCU the chosen number, QCM the ticked numbers in order, QROC / QROCM the
 * text of every field by key. Null while nothing is answered (« Je passe » is then the way on).
 */
export function buildAnswer(challenge: PublicChallenge, draft: AnswerDraft): CandidateAnswerValue | null {
  switch (challenge.type) {
    case 'QCU':
      return draft.choice !== null && draft.choice >= 1 && draft.choice <= challenge.proposals.length
        ? draft.choice
        : null;
    case 'QCM': {
      const chosen = [...new Set(draft.choices)]
        .filter((index) => index >= 1 && index <= challenge.proposals.length)
        .sort((a, b) => a - b);
      return chosen.length === 0 ? null : chosen;
    }
    case 'QROC':
    case 'QROCM-ind':
    case 'QROCM-dep': {
      const texts = Object.fromEntries(challenge.fields.map(({ key }) => [key, (draft.texts[key] ?? '').trim()]));
      return Object.values(texts).every((text) => text === '') ? null : texts;
    }
  }
}

/** A QCM box ticked or unticked. */
export function toggleChoice(draft: AnswerDraft, index: number, checked: boolean): AnswerDraft {
  const others = draft.choices.filter((chosen) => chosen !== index);
  return { ...draft, choices: checked ? [...others, index] : others };
}

/** One part of an instruction line: plain or bold text. */
export interface TextPart {
  readonly text: string;
  readonly bold: boolean;
}

/**
 * An instruction's simple markdown as paragraphs of lines of parts: a blank line starts a paragraph, a line break
 * stays a line break, `**…**` is bold. Everything else is text: the template prints it, never as HTML.
 */
export function instructionParagraphs(instruction: string): TextPart[][][] {
  return instruction
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => paragraph.split('\n').map(boldParts));
}

function boldParts(line: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index), bold: false });
    parts.push({ text: match[1] ?? '', bold: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last), bold: false });
  return parts;
}
