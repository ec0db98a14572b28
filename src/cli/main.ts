/** @module The `hindsight` command: dispatches to a command and turns errors into exit codes. */
import { ConfigError } from '../config.js';
import { isAppError } from '../usecases/app-error.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { type CliIo, EXIT, UsageError } from './io.js';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    io.stdout(helpText());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = findCommand(first, second);
  if (!command) {
    io.stderr(`hindsight: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${helpText()}`);
    return EXIT.usage;
  }
  const rest = argv.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hindsight ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr(`hindsight: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isAppError(error)) {
      io.stderr(`hindsight ${command.name}: ${error.message} (${error.code})\n`);
      return error.code.endsWith('NOT_FOUND') || error.code === 'VALIDATION_FAILED'
        ? EXIT.usage
        : EXIT.failed;
    }
    throw error;
  }
}

function findCommand(first: string, second: string | undefined): Command | undefined {
  return (
    COMMANDS.find((command) => command.name === `${first} ${second}`) ??
    COMMANDS.find((command) => command.name === first)
  );
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `usage: hindsight <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "hindsight <command> --help" for a command's options.\n`;
}
