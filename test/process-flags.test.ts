/**
 * The node flags the bot is deployed with (package.json's start scripts) are the ones the bench and the process
 * tests start it with (scripts/support/processes.ts), so what is measured is what runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botNodeFlags } from '../scripts/support/processes.js';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the node flags the bot runs with', () => {
  it.each(['start', 'start:sharded', 'bench'])('npm run %s gives node the same V8 flags the bench starts the bot with', (name) => {
    const flags = scripts[name]!.split(/\s+/).filter((word) => word.startsWith('--max-semi-space-size'));
    expect(flags).toEqual(botNodeFlags);
  });
});
