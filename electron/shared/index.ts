export * from './api';
export * from './contract';
export * from './errors';
export * from './events';
export * from './roles';
export * from './languages';
export * from './settings';
export * from './platform.api';
