import type { PublicChallenge } from '@pix/referential';
import { AnswerDraft, buildAnswer, EMPTY_DRAFT, instructionParagraphs, toggleChoice } from './answer';
import { isoBirthdate } from './birthdate';

const common = { id: 'rec1', locale: 'fr-fr', instruction: 'Consigne', flags: {} } as const;
const qcu = { ...common, type: 'QCU', proposals: ['Un', 'Deux', 'Trois'] } as unknown as PublicChallenge;
const qcm = { ...common, type: 'QCM', proposals: ['Un', 'Deux', 'Trois', 'Quatre'] } as unknown as PublicChallenge;
const qrocm = {
  ...common,
  type: 'QROCM-ind',
  fields: [
    { key: 'ville', label: 'Ville' },
    { key: 'pays', label: 'Pays' },
  ],
} as unknown as PublicChallenge;
const draft = (overrides: Partial<AnswerDraft>): AnswerDraft => ({ ...EMPTY_DRAFT, ...overrides });

describe(buildAnswer.name, () => {
  it('answers a QCU with the number of the proposal chosen, from 1', () => {
    expect(buildAnswer(qcu, draft({ choice: 2 }))).toBe(2);
    expect(buildAnswer(qcu, EMPTY_DRAFT)).toBeNull();
    expect(buildAnswer(qcu, draft({ choice: 4 }))).toBeNull();
  });

  it('answers a QCM with the numbers ticked, in order', () => {
    let ticked = toggleChoice(EMPTY_DRAFT, 4, true);
    ticked = toggleChoice(ticked, 1, true);
    ticked = toggleChoice(ticked, 3, true);
    ticked = toggleChoice(ticked, 4, false);

    expect(buildAnswer(qcm, ticked)).toEqual([1, 3]);
    expect(buildAnswer(qcm, toggleChoice(ticked, 1, false))).toEqual([3]);
    expect(buildAnswer(qcm, EMPTY_DRAFT)).toBeNull();
  });

  it('answers a free-text challenge with the text of every field by key, trimmed', () => {
    expect(buildAnswer(qrocm, draft({ texts: { ville: ' Lyon ' } }))).toEqual({ ville: 'Lyon', pays: '' });
    expect(buildAnswer(qrocm, draft({ texts: { ville: 'Lyon', pays: 'France', autre: 'x' } }))).toEqual({
      ville: 'Lyon',
      pays: 'France',
    });
    expect(buildAnswer(qrocm, draft({ texts: { ville: '  ' } }))).toBeNull();
  });
});

describe(instructionParagraphs.name, () => {
  it('keeps paragraphs, line breaks and bold, and everything else as text', () => {
    const paragraphs = instructionParagraphs(
      'Ouvrez le fichier **budget.ods**.\nQuel est le total ?\n\n<img src=x onerror=alert(1)> **Attention**',
    );

    expect(paragraphs).toEqual([
      [
        [
          { text: 'Ouvrez le fichier ', bold: false },
          { text: 'budget.ods', bold: true },
          { text: '.', bold: false },
        ],
        [{ text: 'Quel est le total ?', bold: false }],
      ],
      [
        [
          { text: '<img src=x onerror=alert(1)> ', bold: false },
          { text: 'Attention', bold: true },
        ],
      ],
    ]);
  });

  it('leaves a lone pair of stars as it is', () => {
    expect(instructionParagraphs('2 ** 3')).toEqual([[[{ text: '2 ** 3', bold: false }]]]);
  });
});

describe(isoBirthdate.name, () => {
  it.each([
    ['20', '5', '2011', '2011-05-20'],
    ['01', '12', '2010', '2010-12-01'],
    ['31', '02', '2011', null],
    ['', '05', '2011', null],
    ['20', '05', '11', null],
  ])('reads %s %s %s as %s', (day, month, year, expected) => {
    expect(isoBirthdate(day, month, year)).toBe(expected);
  });
});
