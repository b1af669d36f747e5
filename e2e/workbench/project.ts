/**
 * Where the workbench's e2e tests curate: a copy of the project made fresh for each
 * run (the tests write curation files), named by the port so two runs never share it.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CURATE_PORT = Number(process.env.CURATE_PORT ?? 5180);
export const CURATED_ROOT = join(tmpdir(), `curate-e2e-${CURATE_PORT}`);
