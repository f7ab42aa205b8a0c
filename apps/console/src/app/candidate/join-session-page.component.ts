import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { JoinedSession } from '@pix/contracts';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { sessionNumberOf } from '../invigilation/session-number';
import { isoBirthdate } from './birthdate';
import { CertificationService } from './certification.service';

const IDENTITY_FIELDS = ['sessionId', 'firstName', 'lastName', 'birthdate'] as const;
type IdentityField = (typeof IDENTITY_FIELDS)[number];

/**
 * « Rejoindre une session de certification » (rules §6.1): the session number and one's identity as enrolled, then
 * the access code the invigilator gives out once they have confirmed one's presence.
 */
@Component({
  selector: 'pix-join-session-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './join-session-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JoinSessionPageComponent {
  private readonly certification = inject(CertificationService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly identity = new FormGroup({
    sessionId: new FormControl('', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
    lastName: new FormControl('', { nonNullable: true }),
    day: new FormControl('', { nonNullable: true }),
    month: new FormControl('', { nonNullable: true }),
    year: new FormControl('', { nonNullable: true }),
  });
  protected readonly accessCode = new FormControl('', { nonNullable: true });

  protected readonly joined = signal<JoinedSession | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly localProblems = signal<Partial<Record<IdentityField | 'accessCode', string>>>({});

  protected problems(field: IdentityField | 'accessCode'): readonly string[] {
    const local = this.localProblems()[field];
    return local === undefined ? (this.error()?.fieldProblems[field] ?? []) : [local];
  }

  protected hasProblems(field: IdentityField | 'accessCode'): boolean {
    return this.problems(field).length > 0;
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, [...IDENTITY_FIELDS, 'accessCode']);
  }

  protected join(): void {
    if (this.submitting()) return;
    const value = this.identity.getRawValue();
    const sessionId = sessionNumberOf(value.sessionId);
    const birthdate = isoBirthdate(value.day, value.month, value.year);
    const problems: Partial<Record<IdentityField, string>> = {};
    if (sessionId === null) problems.sessionId = 'Saisissez le numéro de la session, en chiffres.';
    if (value.firstName.trim() === '') problems.firstName = 'Saisissez votre prénom.';
    if (value.lastName.trim() === '') problems.lastName = 'Saisissez votre nom de naissance.';
    if (birthdate === null) problems.birthdate = 'Saisissez une date de naissance qui existe, par exemple 20 05 2011.';
    this.localProblems.set(problems);
    this.error.set(null);
    if (sessionId === null || birthdate === null || Object.keys(problems).length > 0) return;
    this.submitting.set(true);
    this.certification
      .join(sessionId, { firstName: value.firstName.trim(), lastName: value.lastName.trim(), birthdate })
      .subscribe({
        next: (joined) => {
          this.submitting.set(false);
          this.joined.set(joined);
          this.focusAfterRender('#code-acces');
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(toApiError(error));
        },
      });
  }

  protected start(): void {
    const joined = this.joined();
    if (joined === null || this.submitting()) return;
    const code = this.accessCode.value.trim();
    this.localProblems.set(code === '' ? { accessCode: 'Saisissez le code d’accès donné par votre surveillant.' } : {});
    this.error.set(null);
    if (code === '') return;
    this.submitting.set(true);
    this.certification.start(joined.sessionId, code).subscribe({
      next: (started) => {
        this.submitting.set(false);
        void this.router.navigate(['/certification', 'tests', started.courseId]);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(toApiError(error));
      },
    });
  }

  /** Back to the identity form (another session, a typo). */
  protected changeSession(): void {
    this.joined.set(null);
    this.error.set(null);
    this.localProblems.set({});
    this.accessCode.reset();
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
