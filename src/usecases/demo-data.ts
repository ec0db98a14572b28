/** @module Demo data for a new installation (placeholder replaced by the demo helper). */
import type { UseCaseContext } from './context.js';

export async function seedDemoData(_ctx: UseCaseContext): Promise<void> {}
