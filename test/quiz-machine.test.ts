import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuiz, type QuizDefinition } from '../src/quiz/definition.js';
import { type QuizEvent, type QuizState, transition } from '../src/quiz/machine.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

let quiz: QuizDefinition;
beforeAll(() => {
  const kb = KnowledgeBase.load('knowledge');
  quiz = loadQuiz('knowledge', (id) => kb.passage(id));
});

const active = (step: number): QuizState => ({ status: 'active', step, answers: ['models', 'deeply', 'both', 'maximum'].slice(0, step) });
const all = ['models', 'deeply', 'both', 'maximum', 'high'];
const states: Record<string, QuizState> = {
  idle: { status: 'idle' },
  'active at question 1': active(0),
  'active at question 3': active(2),
  'active at question 5': active(4),
  completed: { status: 'completed', answers: all },
  abandoned: { status: 'abandoned', step: 2, answers: ['models', 'deeply'] },
  expired: { status: 'expired', step: 1, answers: ['models'] },
};

describe('transition: every event from every state', () => {
  // What each (state, event) pair must do: the next status and the effects, in order.
  const table: [string, QuizEvent, string, string[]][] = [
    ['idle', { type: 'start' }, 'active@0', ['ask 0']],
    ['idle', { type: 'answer', step: 0, option: 'models' }, 'idle', ['notice stale']],
    ['idle', { type: 'back' }, 'idle', ['notice stale']],
    ['idle', { type: 'restart' }, 'active@0', ['ask 0']],
    ['idle', { type: 'abandon' }, 'idle', ['notice stale']],
    ['idle', { type: 'expire' }, 'idle', []],
    ['idle', { type: 'change', step: 0, option: 'pipelines', at: 1 }, 'idle', ['notice stale']],

    ['active at question 1', { type: 'start' }, 'active@0', ['notice resumed', 'ask 0']],
    ['active at question 1', { type: 'answer', step: 0, option: 'pipelines' }, 'active@1', ['record 0 pipelines', 'ask 1']],
    ['active at question 1', { type: 'answer', step: 0, option: 'nonsense' }, 'active@0', ['notice unknown-option']],
    ['active at question 1', { type: 'back' }, 'active@0', ['notice nothing-to-go-back-to', 'ask 0']],
    ['active at question 1', { type: 'restart' }, 'active@0', ['notice restarted', 'ask 0']],
    ['active at question 1', { type: 'abandon' }, 'abandoned@0', ['notice abandoned']],
    ['active at question 1', { type: 'expire' }, 'expired@0', ['notice expired']],
    // (No question before the first: nothing to change.)
    ['active at question 1', { type: 'change', step: 0, option: 'pipelines', at: 0 }, 'active@0', ['notice stale']],

    ['active at question 3', { type: 'start' }, 'active@2', ['notice resumed', 'ask 2']],
    ['active at question 3', { type: 'answer', step: 2, option: 'substrate' }, 'active@3', ['record 2 substrate', 'ask 3']],
    ['active at question 3', { type: 'answer', step: 1, option: 'deeply' }, 'active@2', ['notice stale']],
    ['active at question 3', { type: 'back' }, 'active@1', ['ask 1 (was deeply)']],
    ['active at question 3', { type: 'back', step: 1 }, 'active@2', ['notice stale']],
    ['active at question 3', { type: 'restart' }, 'active@0', ['notice restarted', 'ask 0']],
    ['active at question 3', { type: 'abandon' }, 'abandoned@2', ['notice abandoned']],
    ['active at question 3', { type: 'expire' }, 'expired@2', ['notice expired']],
    // ("wait i meant pipelines for q1" at question 3: question 1 changed, question 3 asked again.)
    ['active at question 3', { type: 'change', step: 0, option: 'pipelines', at: 2 }, 'active@2', ['record 0 pipelines', 'ask 2']],
    ['active at question 3', { type: 'change', step: 0, option: 'high', at: 2 }, 'active@2', ['notice unknown-option']],
    ['active at question 3', { type: 'change', step: 0, option: 'pipelines', at: 1 }, 'active@2', ['notice stale']],
    ['active at question 3', { type: 'change', step: 2, option: 'models', at: 2 }, 'active@2', ['notice stale']],

    ['active at question 5', { type: 'answer', step: 4, option: 'high' }, 'completed', ['record 4 high', 'finish']],

    ['completed', { type: 'start' }, 'active@0', ['ask 0']],
    ['completed', { type: 'answer', step: 4, option: 'high' }, 'completed', ['notice already-finished']],
    ['completed', { type: 'back' }, 'completed', ['notice already-finished']],
    ['completed', { type: 'restart' }, 'active@0', ['notice restarted', 'ask 0']],
    ['completed', { type: 'abandon' }, 'completed', ['notice already-finished']],
    ['completed', { type: 'expire' }, 'completed', []],
    ['completed', { type: 'change', step: 0, option: 'pipelines', at: 4 }, 'completed', ['notice already-finished']],

    ['abandoned', { type: 'start' }, 'active@0', ['ask 0']],
    ['abandoned', { type: 'answer', step: 2, option: 'both' }, 'abandoned@2', ['notice already-quit']],
    ['abandoned', { type: 'back' }, 'abandoned@2', ['notice already-quit']],
    ['abandoned', { type: 'restart' }, 'active@0', ['notice restarted', 'ask 0']],
    ['abandoned', { type: 'abandon' }, 'abandoned@2', ['notice already-quit']],
    ['abandoned', { type: 'expire' }, 'abandoned@2', []],
    ['abandoned', { type: 'change', step: 0, option: 'pipelines', at: 2 }, 'abandoned@2', ['notice already-quit']],

    ['expired', { type: 'start' }, 'active@0', ['ask 0']],
    ['expired', { type: 'answer', step: 1, option: 'deeply' }, 'expired@1', ['notice expired']],
    ['expired', { type: 'back' }, 'expired@1', ['notice expired']],
    ['expired', { type: 'restart' }, 'active@0', ['notice restarted', 'ask 0']],
    ['expired', { type: 'abandon' }, 'expired@1', ['notice expired']],
    ['expired', { type: 'expire' }, 'expired@1', []],
    ['expired', { type: 'change', step: 0, option: 'pipelines', at: 1 }, 'expired@1', ['notice expired']],
  ];

  const show = (state: QuizState) =>
    state.status === 'idle' || state.status === 'completed' ? state.status : `${state.status}@${state.step}`;
  const effectText = (effects: ReturnType<typeof transition>['effects']) =>
    effects.map((e) =>
      e.type === 'ask'
        ? `ask ${e.step}${e.previous ? ` (was ${e.previous})` : ''}`
        : e.type === 'record'
          ? `record ${e.step} ${e.option}`
          : e.type === 'notice'
            ? `notice ${e.notice}`
            : 'finish',
    );

  it.each(table)('from %s, %j → %s', (from, event, to, effects) => {
    const result = transition(quiz, states[from]!, event);
    expect(show(result.state)).toBe(to);
    expect(effectText(result.effects)).toEqual(effects);
  });

  it('covers every event type from every state in the table', () => {
    const types: QuizEvent['type'][] = ['start', 'answer', 'back', 'change', 'restart', 'abandon', 'expire'];
    for (const state of ['idle', 'active at question 1', 'active at question 3', 'completed', 'abandoned', 'expired']) {
      const covered = new Set(table.filter(([from]) => from === state).map(([, event]) => event.type));
      expect([...covered].sort(), state).toEqual([...types].sort());
    }
  });
});

describe('transition: answers', () => {
  it('keeps one answer per question passed, in order', () => {
    let state: QuizState = { status: 'idle' };
    state = transition(quiz, state, { type: 'start' }).state;
    for (const [step, option] of all.entries()) state = transition(quiz, state, { type: 'answer', step, option }).state;
    expect(state).toEqual({ status: 'completed', answers: all });
  });

  it('finishes with the answers to score', () => {
    const { effects } = transition(quiz, active(4), { type: 'answer', step: 4, option: 'low' });
    expect(effects.at(-1)).toEqual({ type: 'finish', answers: ['models', 'deeply', 'both', 'maximum', 'low'] });
  });

  it('drops the previous answer on back, so it can be given again', () => {
    const back = transition(quiz, active(3), { type: 'back' }).state;
    expect(back).toEqual({ status: 'active', step: 2, answers: ['models', 'deeply'] });
    const changed = transition(quiz, back, { type: 'answer', step: 2, option: 'substrate' }).state;
    expect(changed).toEqual({ status: 'active', step: 3, answers: ['models', 'deeply', 'substrate'] });
  });

  it('changes an earlier answer where the quiz stands, keeping the others', () => {
    const changed = transition(quiz, active(3), { type: 'change', step: 1, option: 'distributed-systems', at: 3 }).state;
    expect(changed).toEqual({ status: 'active', step: 3, answers: ['models', 'distributed-systems', 'both'] });
  });

  it('ignores the same answer sent twice (a double click)', () => {
    const once = transition(quiz, active(0), { type: 'answer', step: 0, option: 'models' });
    const twice = transition(quiz, once.state, { type: 'answer', step: 0, option: 'models' });
    expect(twice.state).toBe(once.state);
    expect(twice.effects).toEqual([{ type: 'notice', notice: 'stale' }]);
  });

  it('never mutates the state it is given', () => {
    const state = active(2);
    const copy = structuredClone(state);
    for (const event of [
      { type: 'answer', step: 2, option: 'both' },
      { type: 'back' },
      { type: 'restart' },
      { type: 'abandon' },
    ] as QuizEvent[]) {
      transition(quiz, state, event);
    }
    expect(state).toEqual(copy);
  });
});
