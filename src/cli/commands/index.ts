/** @module Every command of the CLI, in the order help lists them. */
import type { Command } from '../command.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { importDocCommand } from './import-doc.js';
import { importEventsCommand } from './import-events.js';
import { importSlackCommand } from './import-slack.js';
import { incidentsListCommand } from './incidents-list.js';
import { incidentsShowCommand } from './incidents-show.js';
import { INSIGHTS_COMMANDS } from './insights.js';
import { jobsRunCommand } from './jobs-run.js';
import { lintCommand } from './lint.js';
import { migrateCommand } from './migrate.js';
import { reportQuarterlyCommand } from './report-quarterly.js';
import { reviewExportCommand } from './review-export.js';
import { reviewImportCommand } from './review-import.js';
import { SEARCH_COMMANDS } from './search.js';
import { serveCommand } from './serve.js';

export const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  incidentsListCommand,
  incidentsShowCommand,
  exportCommand,
  importCommand,
  importEventsCommand,
  importSlackCommand,
  importDocCommand,
  ...INSIGHTS_COMMANDS,
  reportQuarterlyCommand,
  reviewExportCommand,
  reviewImportCommand,
  ...SEARCH_COMMANDS,
  lintCommand,
  jobsRunCommand,
];
