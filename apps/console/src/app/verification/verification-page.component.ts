import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { FieldMessagesComponent } from '../core/ui/field-messages.component';
import { normaliseVerificationCode } from './verification-code';

/** « Vérifier un certificat Pix »: the code the candidate shared, then their certificate. */
@Component({
  selector: 'pix-verification-page',
  imports: [ReactiveFormsModule, FieldMessagesComponent],
  template: `
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Vérifier un certificat Pix</h1>
        <p>
          Saisissez le code de vérification que le candidat vous a communiqué. Il figure sur son attestation de
          certification.
        </p>
        <form (submit)="$event.preventDefault(); verify()" novalidate>
          <div class="fr-input-group" [class.fr-input-group--error]="problem() !== null">
            <label class="fr-label" for="code-verification">
              Code de vérification
              <span class="fr-hint-text">10 caractères, par exemple : P-KMKBXT33</span>
            </label>
            <input
              class="fr-input pix-code"
              [class.fr-input--error]="problem() !== null"
              id="code-verification"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="20"
              required
              [formControl]="code"
              aria-describedby="code-verification-messages"
              [attr.aria-invalid]="problem() !== null || null"
            />
            <pix-field-messages
              messagesId="code-verification-messages"
              [messages]="problem() === null ? [] : [problem()!]"
            />
          </div>
          <button class="fr-btn" type="submit">Vérifier le certificat</button>
        </form>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerificationPageComponent {
  private readonly router = inject(Router);

  protected readonly code = new FormControl('', { nonNullable: true });
  protected readonly problem = signal<string | null>(null);

  protected verify(): void {
    const code = normaliseVerificationCode(this.code.value);
    if (code === null) {
      this.problem.set(
        this.code.value.trim() === ''
          ? 'Saisissez le code de vérification.'
          : 'Le code de vérification commence par « P- » suivi de 8 lettres ou chiffres, par exemple P-KMKBXT33.',
      );
      return;
    }
    this.problem.set(null);
    void this.router.navigate(['/verification', code]);
  }
}
