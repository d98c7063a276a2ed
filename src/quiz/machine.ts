/**
 * The quiz as a pure transition function: (state, event) → { state, effects }. No storage, no clock, no
 * platform: the quiz service persists the state and adapters render the effects.
 */
import type { QuizDefinition } from './definition.js';

/** Where a quiz stands. `answers[i]` is the option id chosen for question i. */
export type QuizState =
  | { status: 'idle' }
  | { status: 'active'; step: number; answers: string[] }
  | { status: 'completed'; answers: string[] }
  | { status: 'abandoned'; step: number; answers: string[] }
  | { status: 'expired'; step: number; answers: string[] };

/** What a person (or the clock) can do to a quiz. */
export type QuizEvent =
  | { type: 'start' }
  /** `step` is the question the answer was given to, so a repeated or late answer is recognised. */
  | { type: 'answer'; step: number; option: string }
  /** Go back to change the previous answer; `step`, when given, is the question shown when Back was pressed. */
  | { type: 'back'; step?: number }
  /**
   * Change the answer to an earlier question (`step`, before the one shown) and stay where the quiz stands: "wait i
   * meant pipelines for q1" typed at question 3. `at` is the question shown when it was typed.
   */
  | { type: 'change'; step: number; option: string; at: number }
  | { type: 'restart' }
  | { type: 'abandon' }
  | { type: 'expire' };

/** Something to tell the person, besides the next question or the result. */
export type QuizNotice =
  | 'resumed'
  | 'restarted'
  | 'stale'
  | 'unknown-option'
  | 'nothing-to-go-back-to'
  | 'already-finished'
  | 'already-quit'
  | 'abandoned'
  | 'expired';

/** What a transition asks the outside world to do, in order. */
export type QuizEffect =
  /** Show question `step`; `previous` is the answer being changed, after Back. */
  | { type: 'ask'; step: number; previous?: string }
  | { type: 'record'; step: number; option: string }
  /** The last question was answered: show the result of these answers. */
  | { type: 'finish'; answers: string[] }
  | { type: 'notice'; notice: QuizNotice };

/** The next state and its effects. */
export interface Transition {
  state: QuizState;
  effects: QuizEffect[];
}

const notice = (state: QuizState, which: QuizNotice): Transition => ({ state, effects: [{ type: 'notice', notice: which }] });

/** Why an event cannot apply to a quiz that is no longer running. */
function closed(state: Exclude<QuizState, { status: 'active' | 'idle' }>): Transition {
  const which = { completed: 'already-finished', abandoned: 'already-quit', expired: 'expired' } as const;
  return notice(state, which[state.status]);
}

const fresh: Transition = { state: { status: 'active', step: 0, answers: [] }, effects: [{ type: 'ask', step: 0 }] };

export function transition(quiz: QuizDefinition, state: QuizState, event: QuizEvent): Transition {
  const total = quiz.questions.length;
  switch (event.type) {
    case 'start':
      if (state.status !== 'active') return fresh;
      return {
        state,
        effects: [
          { type: 'notice', notice: 'resumed' },
          { type: 'ask', step: state.step },
        ],
      };

    case 'restart':
      return state.status === 'idle' ? fresh : { state: fresh.state, effects: [{ type: 'notice', notice: 'restarted' }, ...fresh.effects] };

    case 'answer': {
      if (state.status === 'idle') return notice(state, 'stale');
      if (state.status !== 'active') return closed(state);
      // The same step twice (a double click) or an answer to a question already passed changes nothing.
      if (event.step !== state.step) return notice(state, 'stale');
      const question = quiz.questions[state.step]!;
      if (!question.options.some((o) => o.id === event.option)) return notice(state, 'unknown-option');
      const answers = [...state.answers, event.option];
      const record: QuizEffect = { type: 'record', step: state.step, option: event.option };
      if (answers.length === total) return { state: { status: 'completed', answers }, effects: [record, { type: 'finish', answers }] };
      return { state: { status: 'active', step: state.step + 1, answers }, effects: [record, { type: 'ask', step: state.step + 1 }] };
    }

    case 'back': {
      if (state.status === 'idle') return notice(state, 'stale');
      if (state.status !== 'active') return closed(state);
      if (event.step !== undefined && event.step !== state.step) return notice(state, 'stale');
      if (state.step === 0)
        return {
          state,
          effects: [
            { type: 'notice', notice: 'nothing-to-go-back-to' },
            { type: 'ask', step: 0 },
          ],
        };
      const step = state.step - 1;
      return {
        state: { status: 'active', step, answers: state.answers.slice(0, step) },
        effects: [{ type: 'ask', step, previous: state.answers[step] }],
      };
    }

    case 'change': {
      if (state.status === 'idle') return notice(state, 'stale');
      if (state.status !== 'active') return closed(state);
      if (event.at !== state.step || event.step < 0 || event.step >= state.step) return notice(state, 'stale');
      if (!quiz.questions[event.step]!.options.some((o) => o.id === event.option)) return notice(state, 'unknown-option');
      const answers = state.answers.map((answer, step) => (step === event.step ? event.option : answer));
      return {
        state: { status: 'active', step: state.step, answers },
        effects: [
          { type: 'record', step: event.step, option: event.option },
          { type: 'ask', step: state.step },
        ],
      };
    }

    case 'abandon':
      if (state.status === 'idle') return notice(state, 'stale');
      if (state.status !== 'active') return closed(state);
      return notice({ status: 'abandoned', step: state.step, answers: state.answers }, 'abandoned');

    case 'expire':
      // Only a running quiz can expire; anything else is already settled.
      if (state.status !== 'active') return { state, effects: [] };
      return notice({ status: 'expired', step: state.step, answers: state.answers }, 'expired');
  }
}
