import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// eslint-disable-next-line no-console -- the app could not start: the browser console is the only place left to say why.
bootstrapApplication(App, appConfig).catch((err: unknown) => console.error(err));
