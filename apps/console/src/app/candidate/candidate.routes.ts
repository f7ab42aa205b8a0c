import { Routes } from '@angular/router';
import { JoinSessionPageComponent } from './join-session-page.component';
import { TestPageComponent } from './test-page.component';

export const candidateRoutes: Routes = [
  { path: '', title: 'Passer ma certification – Pix Certif', component: JoinSessionPageComponent },
  { path: 'tests/:courseId', title: 'Test de certification – Pix Certif', component: TestPageComponent },
];
