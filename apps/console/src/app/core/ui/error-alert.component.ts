import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  untracked,
} from '@angular/core';
import { ApiError } from '../http/api-error';

/**
 * A refused action, as a DSFR error alert that takes the focus when it appears (RGAA: the person hears it and
 * goes on from there). `details` lists what no field shows (per-line import errors, other problems).
 */
@Component({
  selector: 'pix-error-alert',
  template: `
    @if (error(); as current) {
      <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" tabindex="-1">
        <h2 class="fr-alert__title">{{ heading() }}</h2>
        <p>{{ current.message }}</p>
        @if (details().length > 0) {
          <ul class="pix-error-alert__details">
            @for (detail of details(); track $index) {
              <li>{{ detail }}</li>
            }
          </ul>
        }
        @if (current.correlationId !== null && current.status >= 500) {
          <p class="fr-text--xs fr-mb-0">
            Identifiant de corrélation à transmettre au support : {{ current.correlationId }}
          </p>
        }
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorAlertComponent {
  readonly error = input<ApiError | null>(null);
  readonly heading = input('Une erreur est survenue');
  readonly details = input<readonly string[]>([]);
  /** Off when the alert is not the result of something the person just did (a page that failed to load). */
  readonly focusOnShow = input(true);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      const error = this.error();
      if (error === null || !untracked(this.focusOnShow)) return;
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[role="alert"]')?.focus(), {
        injector: this.injector,
      });
    });
  }
}
