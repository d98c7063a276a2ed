/** What the Discord handlers share. */
import type { CareerBot } from '../bot/careerBot.js';
import type { Logger } from '../log.js';
import type { Clock } from '../quiz/repository.js';
import type { PassageRefs } from './passageRefs.js';
import type { AnswerPosts } from '../posts/answerPosts.js';
import type { QuizPosts } from '../posts/quizPosts.js';

/** What handlers use: the core's façade, where quizzes and answers were posted, passage refs, a logger, a clock. */
export interface HandlerDeps {
  bot: CareerBot;
  quizPosts: QuizPosts;
  answerPosts: AnswerPosts;
  refs: PassageRefs;
  log: Logger;
  clock: Clock;
}
