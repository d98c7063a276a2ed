/**
 * Where a passage stands in its article counts in ranking: the first paragraph under a heading states what the
 * heading promises and leads its siblings; a paragraph's cross-references ("see the … guide") are not its
 * content; a section made only of them is site navigation. Checked on a small corpus written for it.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../src/search/analyzer.js';
import { toIndexed } from '../src/search/indexOptions.js';
import { useFixtureCorpus } from './support/fixtureCorpus.js';

const fixture = useFixtureCorpus({
  articles: [
    {
      id: 'career-guide',
      title: 'Data Engineer vs ML Engineer Careers',
      body: `
        Data engineers build pipelines; ML engineers build models.

        ## Career Path Comparison

        ### Data Engineer Career Trajectory

        The typical path: Junior Data Engineer to Senior Data Engineer to Staff Data Engineer. Terminal roles include VP of Data Engineering or Head of Data Platform.

        Each promotion rewards scale.

        ## Interview Differences

        Data engineer interviews include SQL live coding and pipeline design. For senior prep, see the data engineer interview playbook guide.

        ## Market Outlook

        Data engineers and ML engineers both command premium pay because production talent is scarce.

        ### Market Demand

        The demand for an ML engineer is driven by the production gap. Demand for this role outstrips supply by 3 to 1. Conversely, data engineering keeps growing.

        ## Interview Prep

        For salary negotiation, see the negotiation walkthrough guide. For portfolio reviews, see the portfolio prep guide.

        ## Interview Prep Basics

        Practice SQL live coding every week.
      `,
    },
  ],
});

const passageUnder = (heading: string, nth = 0) => fixture.kb.passages.filter((p) => p.sectionPath.at(-1) === heading)[nth]!;

describe('siblings under one heading', () => {
  it('leads with the first paragraph under the heading the question matches, ahead of the one that elaborates', () => {
    const first = passageUnder('Data Engineer Career Trajectory');
    const second = passageUnder('Data Engineer Career Trajectory', 1);
    const hits = fixture.kb.search("what's the career ladder for a data engineer?").hits.map((hit) => hit.passage.id);
    expect(hits).toContain(second.id);
    expect(hits.indexOf(first.id)).toBeLessThan(hits.indexOf(second.id));
    expect(fixture.ask("what's the career ladder for a data engineer?").lead?.passageId).toBe(first.id);
  });

  it('still lets a later paragraph lead when only it holds what is asked', () => {
    const second = passageUnder('Data Engineer Career Trajectory', 1);
    expect(fixture.kb.search('what gets rewarded at each promotion for data engineers?').hits[0]?.passage.id).toBe(second.id);
  });
});

describe('cross-references', () => {
  it("leaves a paragraph's sentences that send the reader elsewhere out of what is indexed", () => {
    const interviews = passageUnder('Interview Differences');
    expect(toIndexed(interviews).text).toBe('Data engineer interviews include SQL live coding and pipeline design.');
    const intro = fixture.kb.passages.find((p) => p.sectionPath.length === 0)!;
    expect(toIndexed(intro).text).toBe(intro.text);
  });

  it('does not find a passage by the topics of the pages it points to', () => {
    const hits = fixture.kb.search('is there a salary negotiation walkthrough for data engineers?').hits;
    expect(hits.map((hit) => hit.passage.section)).not.toContain('Interview Prep');
  });

  it('ranks site navigation below content whose heading matches the question as well', () => {
    const hits = fixture.kb.search('interview prep?').hits.map((hit) => hit.passage.section);
    expect(hits).toContain('Interview Prep');
    expect(hits.indexOf('Interview Prep Basics')).toBeLessThan(hits.indexOf('Interview Prep'));
  });
});

describe('a paragraph about both roles', () => {
  it('counts as the role its opening sentence speaks of, for a question about that role', () => {
    const ranked = fixture.kb.search('is there a shortage of ML engineers?').hits.map((hit) => hit.passage.section);
    expect(ranked.indexOf('Market Outlook › Market Demand')).toBeLessThan(ranked.indexOf('Market Outlook'));
    expect(ranked).toContain('Market Outlook');
  });

  it('does not for a question about the other role', () => {
    const ranked = fixture.kb.search('is there a shortage of data engineers?').hits.map((hit) => hit.passage.section);
    expect(ranked.indexOf('Market Outlook')).toBeLessThan(ranked.indexOf('Market Outlook › Market Demand'));
  });
});

describe('stem', () => {
  it('gives a word and its plural one stem, whether Porter keeps the final e or not', () => {
    const pairs: [string, string][] = [
      ['role', 'roles'],
      ['time', 'times'],
      ['line', 'lines'],
      ['pay', 'pays'],
      ['tool', 'tools'],
      ['fix', 'fixes'],
    ];
    for (const [one, many] of pairs) expect(stem(many), many).toBe(stem(one));
  });
});
