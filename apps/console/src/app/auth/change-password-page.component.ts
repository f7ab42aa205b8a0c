import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { safeReturnUrl } from '../core/auth/auth.guards';
import { AuthService } from '../core/auth/auth.service';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { switchMap } from 'rxjs';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * First sign-in with a temporary password (a pupil's, handed out by the school): the person chooses their own
 * before anything else. Changing it ends every sign-in, so the page signs in again with the new one.
 */
@Component({
  selector: 'pix-change-password-page',
  imports: [ReactiveFormsModule, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './change-password-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPageComponent {
  protected readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  readonly retour = input<string | undefined>();

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', { nonNullable: true }),
    confirmation: new FormControl('', { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly mismatch = signal(false);

  protected problems(field: (typeof FIELDS)[number]): readonly string[] {
    return this.error()?.fieldProblems[field] ?? [];
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, FIELDS);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const { currentPassword, newPassword, confirmation } = this.form.getRawValue();
    this.mismatch.set(newPassword !== confirmation);
    if (this.mismatch()) return;
    const user = this.auth.me()?.user;
    const login = user?.username ?? user?.email;
    if (login === undefined || login === null) return;
    this.submitting.set(true);
    this.error.set(null);
    this.http
      .post('/api/auth/password', { currentPassword, newPassword })
      .pipe(switchMap(() => this.auth.signIn(login, newPassword)))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          void this.router.navigateByUrl(safeReturnUrl(this.retour()) ?? '/');
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(toApiError(error));
        },
      });
  }
}
