export { Core, type CoreOptions } from './core';
export type { Logger } from './log';
export { consoleLogger, silentLogger } from './log';
