/** @module `hindsight serve`: runs the server until interrupted. */
import { loadConfig } from '../../config.js';
import { startServer } from '../../server.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { parseOptions } from '../parse-options.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web app and API (PORT, HOST, DATABASE_URL, HINDSIGHT_DATA_DIR)',
  usage: 'hindsight serve [--port N] [--host ADDRESS]',
  async run(args, io) {
    const { values } = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' } });
    const config = loadConfig({
      ...io.env,
      PORT: values.port ?? io.env.PORT,
      HOST: values.host ?? io.env.HOST,
    });
    const server = await startServer(config);
    io.stdout(`Hindsight is serving on ${server.url}\n`);
    await io.stopSignal;
    await server.close();
    return EXIT.ok;
  },
};
