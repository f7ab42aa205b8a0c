import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CourseProgress, CurrentQuestion } from '@pix/contracts';
import { apiErrorBody, textOf } from '../../testing/builders';
import { clickButton } from '../../testing/dom';
import { TestPageComponent } from './test-page.component';

const COURSE: CourseProgress = {
  courseId: 90,
  sessionId: 12,
  candidateId: 41,
  userId: 7,
  state: 'started',
  answeredCount: 2,
  questionCount: 15,
  startedAt: '2099-03-17T08:40:00.000Z',
  endedAt: null,
};

function questionOf(number: number, challenge: object): CurrentQuestion {
  return {
    course: { ...COURSE, answeredCount: number - 1 },
    question: {
      number,
      challenge: { id: `rec${number}`, locale: 'fr-fr', flags: {}, ...challenge },
    } as CurrentQuestion['question'],
  };
}

describe(TestPageComponent.name, () => {
  let fixture: ComponentFixture<TestPageComponent>;
  let gateway: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;
  const current = () => gateway.expectOne('/api/certification/courses/90/current-question');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [TestPageComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TestPageComponent);
    fixture.componentRef.setInput('courseId', '90');
    await fixture.whenStable();
  });

  afterEach(() => gateway.verify());

  it('shows the question, its instruction as text with bold, and sends the proposal chosen once on a double click', async () => {
    current().flush(
      questionOf(3, { type: 'QCU', instruction: 'Quel est le **plus grand** ?\n<b>ici</b>', proposals: ['Go', 'ko'] }),
    );
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Question 3 / 15');
    expect(page().querySelector('#consigne strong')?.textContent).toBe('plus grand');
    expect(page().querySelector('#consigne b')).toBeNull();
    expect(textOf(page().querySelector('#consigne'))).toBe('Quel est le plus grand ? <b>ici</b>');
    page().querySelector<HTMLInputElement>('#proposition-1')?.click();
    await fixture.whenStable();
    clickButton(page(), 'Je valide');
    clickButton(page(), 'Je valide');
    await fixture.whenStable();

    const sent = gateway.match('/api/certification/courses/90/answers');
    expect(sent.map((request) => request.request.body)).toEqual([{ challengeId: 'rec3', answer: 1 }]);
    expect(page().querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    sent[0]?.flush({ course: COURSE, questionNumber: 3, challengeId: 'rec3', alreadyRecorded: false });
    current().flush(
      questionOf(4, {
        type: 'QROC',
        instruction: 'Quelle ville ?',
        fields: [{ key: 'ville', label: 'Ville' }],
      }),
    );
    await fixture.whenStable();
    expect(textOf(page().querySelector('h1'))).toBe('Question 4 / 15');
    expect(textOf(page().querySelector('label[for="champ-0"]'))).toBe('Ville');
  });

  it('skips with « Je passe » and shows the end screen after the last question', async () => {
    current().flush(questionOf(15, { type: 'QCM', instruction: 'Lesquels ?', proposals: ['a', 'b'] }));
    await fixture.whenStable();

    clickButton(page(), 'Je passe');
    const skip = gateway.expectOne('/api/certification/courses/90/answers');
    expect(skip.request.body).toEqual({ challengeId: 'rec15', skip: true });
    skip.flush({ course: COURSE, questionNumber: 15, challengeId: 'rec15', alreadyRecorded: false });
    current().flush({ course: { ...COURSE, state: 'completed', answeredCount: 15 }, question: null });
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Vous avez terminé votre test de certification');
  });

  it('shows the end screen of a test the invigilator ended when an answer is refused', async () => {
    current().flush(questionOf(5, { type: 'QCU', instruction: 'Lequel ?', proposals: ['a', 'b'] }));
    await fixture.whenStable();

    clickButton(page(), 'Je passe');
    gateway
      .expectOne('/api/certification/courses/90/answers')
      .flush(apiErrorBody(409, 'COURSE_ENDED', 'Votre test est terminé.'), { status: 409, statusText: 'Conflict' });
    current().flush({ course: { ...COURSE, state: 'ended_by_invigilator' }, question: null });
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Votre surveillant a mis fin à votre test');
  });

  it('tells the candidate their invigilator was warned', async () => {
    current().flush(questionOf(2, { type: 'QCU', instruction: 'Lequel ?', proposals: ['a', 'b'] }));
    await fixture.whenStable();

    clickButton(page(), 'Signaler un problème');
    gateway.expectOne('/api/certification/courses/90/alerts').flush({ id: 5, status: 'ongoing' });
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="status"]'))).toBe('Votre surveillant a été prévenu.');
  });

  it('offers to try again when the service does not answer', async () => {
    current().flush(apiErrorBody(503, 'SERVICE_UNAVAILABLE', 'Indisponible'), {
      status: 503,
      statusText: 'Service Unavailable',
    });
    await fixture.whenStable();

    expect(textOf(page().querySelector('[role="alert"] h2'))).toBe('Le service ne répond pas, réessayez');
    clickButton(page(), 'Réessayer');
    current().flush(questionOf(1, { type: 'QCU', instruction: 'Lequel ?', proposals: ['a', 'b'] }));
    await fixture.whenStable();

    expect(textOf(page().querySelector('h1'))).toBe('Question 1 / 15');
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });
});
