import { describe, expect, it } from 'vitest';
import { answerFit, coverage, directionFactor, openingRoleFit, rankScore, settingFit, sideFactor } from '../src/search/ranking.js';

describe('coverage', () => {
  it('weighs each concept by its rarity and accepts any of its alternatives', () => {
    const concepts = [
      { alternatives: ['schema'], weight: 3 },
      { alternatives: ['pay', 'syn:salary'], weight: 1 },
    ];
    expect(coverage(concepts, ['schema'])).toBe(0.75);
    expect(coverage(concepts, ['syn:salary'])).toBe(0.25);
    expect(coverage(concepts, [])).toBe(0);
    expect(coverage([], ['schema'])).toBe(0);
  });
});

describe('settingFit', () => {
  it('puts a passage scoped to a setting the question does not ask about (FAANG, Nigeria) behind the figures for everyone', () => {
    expect(settingFit(['syn:faang'], new Set(['syn:salary', 'syn:staff']))).toBeLessThan(1);
  });

  it('lifts a passage scoped to the setting asked about, and leaves passages scoped to none alone', () => {
    expect(settingFit(['syn:faang'], new Set(['syn:salary', 'syn:faang']))).toBeGreaterThan(1);
    expect(settingFit([], new Set(['syn:faang']))).toBe(1);
  });

  it('does not lift a passage in the setting asked about that answers nothing else asked ("faang interviews": FAANG pay)', () => {
    expect(settingFit(['syn:faang'], new Set(['syn:interview', 'syn:faang']), false)).toBe(1);
  });
});

describe('sideFactor', () => {
  it('prefers the named role, then passages about both, then the other role', () => {
    const factors = (['de', 'both', 'mle'] as const).map((side) => sideFactor(['de'], side, false));
    expect(factors[0]).toBeGreaterThan(factors[1]!);
    expect(factors[1]).toBeGreaterThan(factors[2]!);
  });

  it('leaves ranking alone when a question names both roles or neither', () => {
    expect(sideFactor(['de', 'mle'], 'mle', false)).toBe(1);
    expect(sideFactor([], 'de', false)).toBe(1);
  });
});

describe('openingRoleFit', () => {
  it("lifts a passage about both roles that opens on the role asked about, less than that role's own passages", () => {
    expect(openingRoleFit(['mle'], 'mle')).toBeGreaterThan(1);
    expect(openingRoleFit(['mle'], 'mle')).toBeLessThan(sideFactor(['mle'], 'mle', false));
  });

  it('leaves it alone when it opens on the other role, on neither, or the question names both or neither', () => {
    expect(openingRoleFit(['mle'], 'de')).toBe(1);
    expect(openingRoleFit(['mle'], undefined)).toBe(1);
    expect(openingRoleFit(['de', 'mle'], 'mle')).toBe(1);
    expect(openingRoleFit([], 'de')).toBe(1);
  });
});

describe('directionFactor', () => {
  it('prefers the asked move and demotes the reverse one', () => {
    expect(directionFactor('de-to-mle', 'de-to-mle')).toBeGreaterThan(1);
    expect(directionFactor('de-to-mle', 'mle-to-de')).toBeLessThan(1);
    expect(directionFactor(undefined, 'mle-to-de')).toBe(1);
  });
});

describe('rankScore', () => {
  const base = {
    relativeBm25: 1,
    coverage: 1,
    roles: [],
    side: 'neutral',
    onlyRoles: false,
    direction: undefined,
    passageDirection: undefined,
    answerFit: 1,
  } as const;

  it('lets a passage covering all of the question beat a higher-BM25 passage covering half', () => {
    expect(rankScore({ ...base, relativeBm25: 0.5, coverage: 1 })).toBeGreaterThan(rankScore({ ...base, relativeBm25: 1, coverage: 0.5 }));
  });

  it('puts a passage about another move into the other role ("backend engineering to DE") behind one into the role the move asked goes to', () => {
    const asked = { ...base, direction: 'de-to-mle' } as const;
    expect(rankScore({ ...asked, passageDestination: 'de' })).toBeLessThan(rankScore({ ...asked, passageDestination: 'mle' }));
    expect(rankScore({ ...asked, passageDestination: 'de' })).toBeLessThan(rankScore(asked));
  });

  it('lifts a passage that holds the kind of answer asked for', () => {
    const fit = answerFit({ wanted: 'money', form: 'amount', holds: new Set(['money'] as const), kind: 'list' });
    expect(fit).toBeGreaterThan(1);
    expect(rankScore({ ...base, answerFit: fit })).toBeGreaterThan(rankScore(base));
  });
});
