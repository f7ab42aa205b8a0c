import { Routes } from '@angular/router';
import { JoinSessionPageComponent } from './join-session-page.component';
import { MyResultsPageComponent } from './my-results-page.component';
import { TestPageComponent } from './test-page.component';

export const candidateRoutes: Routes = [
  { path: '', title: 'Passer ma certification – Pix Certif', component: JoinSessionPageComponent },
  { path: 'resultats', title: 'Mes résultats de certification – Pix Certif', component: MyResultsPageComponent },
  { path: 'tests/:courseId', title: 'Test de certification – Pix Certif', component: TestPageComponent },
];
