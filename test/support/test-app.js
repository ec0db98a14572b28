/** @module The real HTTP app over a fresh test database, with a clock the test controls. */
import pino from 'pino';
import { createApp } from '../../src/api/app.js';
import { epochMsOf, instantFromEpochMs } from '../../src/domain/instant.js';
import { ensureDefaultWorkspace } from '../../src/usecases/workspaces.js';
import { createTestDatabase } from './test-database.js';
/** A clock that starts at `start` and ticks one millisecond per reading, so writes stay ordered. */
export function createTestClock(start = '2026-03-12T12:00:00.000Z') {
    let ms = epochMsOf(start);
    const clock = (() => instantFromEpochMs(ms++));
    clock.advance = (delta) => {
        ms += delta;
    };
    clock.set = (instant) => {
        ms = epochMsOf(instant);
    };
    return clock;
}
export async function createTestApp(options = {}) {
    const database = await createTestDatabase();
    const clock = createTestClock();
    const { workspace } = await ensureDefaultWorkspace(database, clock());
    const app = createApp({
        database,
        logger: pino({ level: 'silent' }),
        clock,
        apiToken: options.apiToken ?? null,
        ownerName: 'owner',
        maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    });
    return {
        database,
        clock,
        ctx: { database, workspace, actor: { name: 'owner', kind: 'owner' }, clock },
        request: async (method, path, body, headers = {}) => await app.request(path, {
            method,
            headers: { 'content-type': 'application/json', ...headers },
            ...(body === undefined
                ? {}
                : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        }),
        dispose: () => database.dispose(),
    };
}
//# sourceMappingURL=test-app.js.map