import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { InvigilationService } from './invigilation.service';
import { sessionNumberOf } from './session-number';

const FIELDS = ['sessionId', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** « Espace surveillant »: the session number and password written in the invigilator kit open the session. */
@Component({
  selector: 'pix-invigilation-sign-in-page',
  imports: [ReactiveFormsModule, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './invigilation-sign-in-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvigilationSignInPageComponent implements OnInit {
  private readonly invigilation = inject(InvigilationService);
  private readonly router = inject(Router);

  /** `?session=12`: comes back from a session page whose access was refused. */
  readonly session = input<string | undefined>();

  protected readonly form = new FormGroup({
    sessionId: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly localProblems = signal<Partial<Record<Field, string>>>({});

  ngOnInit(): void {
    const session = this.session();
    if (session !== undefined && sessionNumberOf(session) !== null) this.form.controls.sessionId.setValue(session);
  }

  protected problems(field: Field): readonly string[] {
    const local = this.localProblems()[field];
    return local === undefined ? (this.error()?.fieldProblems[field] ?? []) : [local];
  }

  protected hasProblems(field: Field): boolean {
    return this.problems(field).length > 0;
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, FIELDS);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const { sessionId: typedId, password } = this.form.getRawValue();
    const sessionId = sessionNumberOf(typedId);
    const problems: Partial<Record<Field, string>> = {};
    if (sessionId === null) problems.sessionId = 'Saisissez le numéro de la session, en chiffres.';
    if (password.trim() === '') problems.password = 'Saisissez le mot de passe de la session.';
    this.localProblems.set(problems);
    this.error.set(null);
    if (sessionId === null || problems.password !== undefined) return;
    this.submitting.set(true);
    this.invigilation.signIn(sessionId, password.trim()).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigate(['/surveillance', 'sessions', sessionId]);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(toApiError(error));
      },
    });
  }
}
