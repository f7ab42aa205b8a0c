import { Routes } from '@angular/router';
import { PlatformStatusPageComponent } from './platform-status-page.component';

export const platformStatusRoutes: Routes = [
  { path: '', title: 'État de la plateforme – Pix Certif', component: PlatformStatusPageComponent },
];
