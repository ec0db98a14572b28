/** @module Every command of the CLI, in the order help lists them. */
import type { Command } from '../command.js';
import { migrateCommand } from './migrate.js';
import { serveCommand } from './serve.js';

export const COMMANDS: Command[] = [serveCommand, migrateCommand];
