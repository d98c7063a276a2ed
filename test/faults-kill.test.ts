/**
 * SIGKILL at 50 random points of scripted console quizzes on ONE SQLite file: five users, ten lives each
 * (test/support/consoleKills.ts says how the kills are planned and what is checked after each).
 * KILL_SEED=<n> replays a run.
 */
import { describeConsoleKills } from './support/consoleKills.js';
import { killedSqlite } from './support/killedQuizzes.js';

describeConsoleKills({
  name: 'SQLite',
  users: ['ada', 'grace', 'linus', 'barbara', 'ken'],
  killsPerUser: 10,
  database: killedSqlite,
});
