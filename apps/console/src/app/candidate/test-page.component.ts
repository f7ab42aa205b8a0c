import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import type { CourseProgress, CourseState, CurrentQuestion } from '@pix/contracts';
import type { PublicChallenge } from '@pix/referential';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { AnswerDraft, buildAnswer, EMPTY_DRAFT, instructionParagraphs, toggleChoice } from './answer';
import { CertificationService } from './certification.service';

type TestView =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'question';
      readonly course: CourseProgress;
      readonly number: number;
      readonly challenge: PublicChallenge;
    }
  | { readonly kind: 'ended'; readonly state: CourseState }
  | { readonly kind: 'failed'; readonly error: ApiError };

const UNAVAILABLE_STATUSES = [0, 502, 503, 504];
/** The question on screen is no longer the current one: show the current one. */
const MOVED_ON_CODES = ['CHALLENGE_NOT_CURRENT', 'ANSWER_ALREADY_RECORDED'];

/** The candidate's test, one question at a time, then the end screen. */
@Component({
  selector: 'pix-test-page',
  imports: [ErrorAlertComponent],
  templateUrl: './test-page.component.html',
  styleUrl: './test-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestPageComponent {
  private readonly certification = inject(CertificationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly courseId = input.required<string>();

  protected readonly id = computed(() => Number(this.courseId()));
  protected readonly view = signal<TestView>({ kind: 'loading' });
  protected readonly draft = signal<AnswerDraft>(EMPTY_DRAFT);
  /** An answer, a skip or an alert is on its way: the buttons wait. */
  protected readonly sending = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly alertSent = signal(false);
  /** The gateway or a service did not answer: the person may try again. */
  protected readonly unavailable = signal(false);

  protected readonly question = computed(() => {
    const view = this.view();
    return view.kind === 'question' ? view : null;
  });
  protected readonly paragraphs = computed(() => {
    const question = this.question();
    return question === null ? [] : instructionParagraphs(question.challenge.instruction);
  });
  protected readonly answer = computed(() => {
    const question = this.question();
    return question === null ? null : buildAnswer(question.challenge, this.draft());
  });

  private retry: () => void = () => this.load();

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  protected choose(index: number): void {
    this.draft.update((draft) => ({ ...draft, choice: index }));
  }

  protected toggle(index: number, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.update((draft) => toggleChoice(draft, index, checked));
  }

  protected type(key: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.draft.update((draft) => ({ ...draft, texts: { ...draft.texts, [key]: text } }));
  }

  protected typed(key: string): string {
    return this.draft().texts[key] ?? '';
  }

  protected validate(): void {
    const question = this.question();
    const answer = this.answer();
    if (question === null || answer === null) return;
    this.send(this.certification.answer(this.id(), question.challenge.id, answer), () => this.validate());
  }

  protected skip(): void {
    const question = this.question();
    if (question === null) return;
    this.send(this.certification.skip(this.id(), question.challenge.id), () => this.skip());
  }

  protected raiseAlert(): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.certification.raiseAlert(this.id()).subscribe({
      next: () => {
        this.sending.set(false);
        this.alertSent.set(true);
      },
      error: (error: unknown) => this.failed(error, () => this.raiseAlert()),
    });
  }

  protected tryAgain(): void {
    this.unavailable.set(false);
    this.retry();
  }

  private load(): void {
    this.sending.set(true);
    this.certification.currentQuestion(this.id()).subscribe({
      next: (current) => this.show(current),
      error: (error: unknown) => this.failed(error, () => this.load()),
    });
  }

  private send(request: Observable<unknown>, again: () => void): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => this.load(),
      error: (error: unknown) => this.failed(error, again),
    });
  }

  private show(current: CurrentQuestion): void {
    const previous = this.question();
    this.sending.set(false);
    this.unavailable.set(false);
    this.error.set(null);
    if (current.question === null) {
      this.view.set({ kind: 'ended', state: current.course.state });
    } else {
      if (previous?.challenge.id !== current.question.challenge.id) {
        this.draft.set(EMPTY_DRAFT);
        this.alertSent.set(false);
      }
      this.view.set({
        kind: 'question',
        course: current.course,
        number: current.question.number,
        challenge: current.question.challenge,
      });
    }
    this.focusAfterRender('h1');
  }

  private failed(error: unknown, again: () => void): void {
    const apiError = toApiError(error);
    this.sending.set(false);
    if (apiError.code === 'COURSE_ENDED' || MOVED_ON_CODES.includes(apiError.code)) {
      this.load();
      return;
    }
    if (UNAVAILABLE_STATUSES.includes(apiError.status)) {
      this.retry = again;
      this.unavailable.set(true);
      this.focusAfterRender('#service-indisponible');
      return;
    }
    if (this.question() === null) {
      this.view.set({ kind: 'failed', error: apiError });
      return;
    }
    this.error.set(apiError);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
