/** @module What repositories run queries on: the database itself or an open transaction. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

export type Executor = Kysely<DB> | Transaction<DB>;
