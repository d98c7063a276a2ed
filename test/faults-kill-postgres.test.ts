/**
 * SIGKILL at random points of scripted console quizzes on ONE PostgreSQL database (DATABASE_URL on the run's test
 * server): the journey of test/faults-kill.test.ts with fewer kills, three users and six lives each, to keep the
 * file's time down (each start also connects and checks the schema). KILL_SEED=<n> replays a run.
 */
import { describeConsoleKills } from './support/consoleKills.js';
import { killedPostgres } from './support/killedQuizzes.js';

describeConsoleKills({
  name: 'PostgreSQL',
  users: ['ada', 'grace', 'linus'],
  killsPerUser: 6,
  database: killedPostgres,
  // 18 kills land where the timing puts them: not always one right after a line was written (50 on SQLite do).
  everyKind: false,
});
