import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { safeReturnUrl } from '../core/auth/auth.guards';
import { AuthService } from '../core/auth/auth.service';
import { ApiError, problemsOutside, toApiError } from '../core/http/api-error';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';

const FIELDS = ['login', 'password'] as const;

@Component({
  selector: 'pix-sign-in-page',
  imports: [ReactiveFormsModule, ErrorAlertComponent, FieldMessagesComponent],
  templateUrl: './sign-in-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPageComponent {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** `?retour=/centres/3/sessions`: the page the guard sent the person away from. */
  readonly retour = input<string | undefined>();

  protected readonly form = new FormGroup({
    login: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected problems(field: (typeof FIELDS)[number]): readonly string[] {
    return this.error()?.fieldProblems[field] ?? [];
  }

  protected otherProblems(): string[] {
    const error = this.error();
    return error === null ? [] : problemsOutside(error, FIELDS);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    const { login, password } = this.form.getRawValue();
    this.auth.signIn(login.trim(), password).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.retour()) ?? '/centres');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.reset();
        this.error.set(toApiError(error));
      },
    });
  }
}
