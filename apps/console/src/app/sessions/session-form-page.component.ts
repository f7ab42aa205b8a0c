import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CentreView, SessionView } from '@pix/contracts';
import { EMPTY, Observable } from 'rxjs';
import { loadWith } from '../core/data/loadable';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { NoticeService } from '../core/ui/notice.service';
import { SessionInput, SessionsService } from './sessions.service';

const FIELDS = ['address', 'room', 'date', 'time', 'examiner', 'description'] as const;
type SessionField = (typeof FIELDS)[number];

/** « Créer une session » and « Modifier la session »: one form, the gateway's problems shown under each field. */
@Component({
  selector: 'pix-session-form-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './session-form-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFormPageComponent {
  private readonly sessionsService = inject(SessionsService);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeService);

  readonly centre = input.required<CentreView>();
  /** Absent when creating. */
  readonly sessionId = input<string | undefined>();

  protected readonly editedId = computed(() => {
    const raw = this.sessionId();
    return raw === undefined ? null : Number(raw);
  });
  protected readonly existing = loadWith(
    () => ({ centreId: this.centre().id, sessionId: this.editedId() }),
    ({ centreId, sessionId }): Observable<SessionView> =>
      sessionId === null ? EMPTY : this.sessionsService.get(centreId, sessionId),
  );

  protected readonly form = new FormGroup({
    address: new FormControl('', { nonNullable: true }),
    room: new FormControl('', { nonNullable: true }),
    date: new FormControl('', { nonNullable: true }),
    time: new FormControl('', { nonNullable: true }),
    examiner: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const session = this.existing.value();
      if (session === undefined) return;
      untracked(() =>
        this.form.setValue({
          address: session.address,
          room: session.room,
          date: session.date,
          time: session.time,
          examiner: session.examiner,
          description: session.description ?? '',
        }),
      );
    });
  }

  protected problems(field: SessionField): readonly string[] {
    return this.error()?.fieldProblems[field] ?? [];
  }

  protected hasProblems(field: SessionField): boolean {
    return this.problems(field).length > 0;
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, FIELDS);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const value = this.form.getRawValue();
    const session: SessionInput = {
      address: value.address.trim(),
      room: value.room.trim(),
      date: value.date,
      time: value.time.slice(0, 5),
      examiner: value.examiner.trim(),
      description: value.description.trim() === '' ? null : value.description.trim(),
    };
    const centreId = this.centre().id;
    const editedId = this.editedId();
    this.submitting.set(true);
    this.error.set(null);
    const request =
      editedId === null
        ? this.sessionsService.create(centreId, session)
        : this.sessionsService.update(centreId, editedId, session);
    request.subscribe({
      next: (saved) => {
        this.submitting.set(false);
        this.notices.flash({
          severity: 'success',
          message:
            editedId === null
              ? `La session n° ${saved.id} a été créée. Ajoutez-y maintenant les candidats.`
              : `La session n° ${saved.id} a été modifiée.`,
        });
        void this.router.navigate(['/centres', centreId, 'sessions', saved.id]);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(toApiError(error));
      },
    });
  }
}
