/**
 * The comparisons /compare offers: the aspects (knowledge/aspects.json, loaded by the composition root and
 * handed in) over one knowledge base, each worked out once and kept.
 */
import { type Chart, chartOf } from '../charts/chart.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { type Aspect, resolveAspect } from './aspects.js';
import { compareRoles } from './compare.js';
import type { Comparison } from './types.js';

/** What was asked for: a comparison, or the aspects to choose from (closest first). */
export type AspectChoice =
  /** `chart`: the comparison's figures as a chart, when it states figures worth drawing. */
  | { kind: 'comparison'; comparison: Comparison; chart?: Chart }
  /** No aspect, or one not known: the aspects to choose from, closest first. */
  | { kind: 'aspects'; aspects: readonly Aspect[]; unknown?: string; close?: readonly Aspect[] };

export class Comparisons {
  private readonly cache = new Map<string, Comparison>();
  private readonly charts = new Map<string, Chart | undefined>();

  constructor(
    readonly kb: KnowledgeBase,
    readonly aspects: readonly Aspect[],
  ) {}

  /**
   * The comparison of one aspect, worked out on first use and kept: the articles do not change while they are
   * loaded, and working one out takes some 20 ms. Callers must not change what they get.
   */
  of(aspect: Aspect): Comparison {
    let comparison = this.cache.get(aspect.id);
    if (!comparison) {
      comparison = compareRoles(this.kb, aspect, this.aspects);
      this.cache.set(aspect.id, comparison);
    }
    return comparison;
  }

  /** The chart of one aspect's figures (src/charts), read once from its comparison and kept; undefined when it has none. */
  chartOf(aspect: Aspect): Chart | undefined {
    if (!this.charts.has(aspect.id))
      this.charts.set(
        aspect.id,
        chartOf(this.of(aspect), (id) => this.kb.passage(id)?.text),
      );
    return this.charts.get(aspect.id);
  }

  /**
   * The comparison for what a person typed (an id, label or alias, forgiving case and one typo), or the aspects
   * to choose from. Tabs and line breaks separate words; other control and invisible characters are no part of
   * a name, and alone they are no aspect.
   */
  choose(input: string | undefined): AspectChoice {
    const wanted = (input ?? '')
      .replace(/[\t\n\v\f\r]+/g, ' ')
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (wanted === '') return { kind: 'aspects', aspects: this.aspects };
    const found = resolveAspect(this.aspects, wanted);
    if (found.aspect) {
      const chart = this.chartOf(found.aspect);
      return { kind: 'comparison', comparison: this.of(found.aspect), ...(chart ? { chart } : {}) };
    }
    const rest = this.aspects.filter((a) => !found.close.includes(a));
    return { kind: 'aspects', aspects: [...found.close, ...rest], unknown: wanted, close: found.close };
  }
}
