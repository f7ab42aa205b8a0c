export * from './lib/competences';
