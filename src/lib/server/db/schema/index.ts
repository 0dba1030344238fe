export * from './access-points';
export * from './users';
export * from './audit-log';
export * from './units';
export * from './resume';
export * from './sync';
export * from './dossiers';
