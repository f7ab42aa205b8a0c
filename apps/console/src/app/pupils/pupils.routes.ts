import { Routes } from '@angular/router';
import { DivisionPageComponent } from './division-page.component';
import { PupilsPageComponent } from './pupils-page.component';

export const pupilsRoutes: Routes = [
  { path: '', title: 'Élèves – Pix Certif', component: PupilsPageComponent },
  { path: 'classes/:division', title: 'Classe – Pix Certif', component: DivisionPageComponent },
];
