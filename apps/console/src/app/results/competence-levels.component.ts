import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ShareableCertificate } from '@pix/contracts';
import { competenceLevelLabel, competencesByArea } from '../core/format/certification-labels';

/** The 16 competences of a certificate by area, with their levels; the ones not certified (≤ 0) greyed (rules §11). */
@Component({
  selector: 'pix-competence-levels',
  template: `
    <div class="pix-competence-areas">
      @for (area of areas(); track area.code) {
        <section class="pix-competence-area" [attr.aria-labelledby]="idPrefix() + '-domaine-' + area.code">
          @if (headingLevel() === 3) {
            <h3 class="fr-h6 fr-mb-1w" [id]="idPrefix() + '-domaine-' + area.code">
              {{ area.code }}. {{ area.title }}
            </h3>
          } @else {
            <h4 class="fr-h6 fr-mb-1w" [id]="idPrefix() + '-domaine-' + area.code">
              {{ area.code }}. {{ area.title }}
            </h4>
          }
          <ul class="pix-plain-list">
            @for (competence of area.competences; track competence.code) {
              <li class="pix-competence" [class.pix-competence--uncertified]="competence.level <= 0">
                <span class="pix-competence__name">{{ competence.code }} {{ competence.name }}</span
                >&ngsp;<span class="pix-competence__level">{{ levelLabel(competence.level) }}</span>
              </li>
            }
          </ul>
        </section>
      }
    </div>
  `,
  styles: `
    .pix-competence-areas {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      gap: 1.5rem;
    }
    .pix-competence {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .pix-competence__level {
      flex: none;
      font-weight: 700;
    }
    .pix-competence--uncertified {
      color: var(--text-mention-grey);
    }
    .pix-competence--uncertified .pix-competence__level {
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetenceLevelsComponent {
  readonly competences = input.required<ShareableCertificate['competences']>();
  /** Where the area titles sit in the page outline. */
  readonly headingLevel = input<3 | 4>(3);
  /** Keeps the ids unique when several certificates share a page. */
  readonly idPrefix = input('competences');

  protected readonly areas = computed(() => competencesByArea(this.competences()));
  protected readonly levelLabel = competenceLevelLabel;
}
