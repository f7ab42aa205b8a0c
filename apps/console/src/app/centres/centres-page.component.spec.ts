import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeView } from '@pix/contracts';
import { buildCentre, buildMe, buildMembership, buildSignedIn, textOf } from '../../testing/builders';
import { AuthService } from '../core/auth/auth.service';
import { NoticeService } from '../core/ui/notice.service';
import { CentresPageComponent } from './centres-page.component';

describe(CentresPageComponent.name, () => {
  let fixture: ComponentFixture<CentresPageComponent>;
  let gateway: HttpTestingController;

  async function open(me: MeView, before: () => void = () => undefined): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CentresPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    gateway = TestBed.inject(HttpTestingController);
    before();
    TestBed.inject(AuthService).signIn('claire', 'secret').subscribe();
    gateway.expectOne('/api/auth/token').flush(buildSignedIn('token-1', new Date(Date.now() + 15 * 60_000), me));
    fixture = TestBed.createComponent(CentresPageComponent);
    await fixture.whenStable();
  }

  afterEach(() => gateway.verify());

  const page = () => fixture.nativeElement as HTMLElement;

  it('lists the person’s centres by name, each opening its sessions', async () => {
    await open(
      buildMe({
        memberships: [
          buildMembership({ centreId: 5, centreName: 'Lycée Victor Hugo', role: 'MEMBER' }),
          buildMembership({ centreId: 3, centreName: 'Collège Jean Moulin', role: 'ADMIN' }),
        ],
      }),
    );

    const tiles = Array.from(page().querySelectorAll('.fr-tile'), (tile) => ({
      name: textOf(tile.querySelector('a')),
      href: tile.querySelector('a')?.getAttribute('href'),
      role: textOf(tile.querySelector('.fr-tile__detail')),
    }));
    expect(tiles).toEqual([
      { name: 'Collège Jean Moulin', href: '/centres/3/sessions', role: 'Administrateur' },
      { name: 'Lycée Victor Hugo', href: '/centres/5/sessions', role: 'Membre' },
    ]);
  });

  it('says how to join a centre to someone who belongs to none', async () => {
    await open(buildMe({ memberships: [] }));

    expect(textOf(page().querySelector('.fr-callout__title'))).toBe('Vous n’êtes membre d’aucun centre');
  });

  it('lists every centre for national staff', async () => {
    await open(buildMe({ user: { staffRole: 'CERTIF' }, memberships: [] }));

    gateway.expectOne('/api/centres').flush({
      centres: [buildCentre({ id: 3 }), buildCentre({ id: 9, name: 'CFA du Bâtiment', type: 'PRO', uai: null })],
    });
    await fixture.whenStable();

    expect(
      Array.from(page().querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf)),
    ).toEqual([
      ['Collège Jean Moulin', 'Établissement scolaire', '0750001A', 'Paris'],
      ['CFA du Bâtiment', 'Organisme de formation professionnelle', '—', 'Paris'],
    ]);
  });

  it('shows the message left by a centre that could not be opened', async () => {
    await open(buildMe(), () =>
      TestBed.inject(NoticeService).flash({
        severity: 'warning',
        message: 'Ce centre n’existe pas ou vous n’y avez pas accès.',
      }),
    );

    expect(textOf(page().querySelector('[role="status"]'))).toBe('Ce centre n’existe pas ou vous n’y avez pas accès.');
  });
});
