import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { endOf, startOf } from './dates.ts';
import { boundText, initialState, isMeaningfulChange, parseUrlState, preferredLang, toQueryString } from './url-state.ts';

const index = new DatasetIndex(minimalDataset());
const parse = (search: string) => parseUrlState(search, index, 'en');

describe('reading the URL', () => {
  it('restores every parameter', () => {
    const { state, problems } = parse('?lang=zh&from=1970&to=1980-06&era=era-first-winter&item=lighthill-report&q=robot&compare=q-seed,q-lighthill&panel=compare');
    expect(problems).toEqual([]);
    expect(state.window).toEqual({ from: startOf('1970'), to: endOf('1980-06') });
    expect(state).toMatchObject({
      lang: 'zh', era: 'era-first-winter', item: 'lighthill-report', q: 'robot', compare: ['q-seed', 'q-lighthill'], panel: 'compare',
    });
  });

  it('leaves out each unusable parameter with its own line and keeps the rest', () => {
    const { state, problems } = parse('?lang=fr&era=nope&from=abc&item=%3Cscript%3Ealert(1)%3C%2Fscript%3E&compare=q-seed,a,a,a,a&panel=x');
    expect(problems).toEqual([
      'lang "fr" is not "en" or "zh"',
      'from "abc" is not a year or a date (use 1984 or 1984-08)',
      'era "nope" is not an era in the dataset',
      'item "<script>alert(1)</script>" is not an event or a quote in the dataset',
      'compare: "a" is not a quote in the dataset',
      'panel "x" is not one of eras, search, compare, rhymes, predictions, about',
    ]);
    expect(state).toMatchObject({ lang: 'en', era: null, window: null, item: null, compare: ['q-seed'], panel: 'compare' });
  });

  it('keeps at most four quotes to compare, and says so', () => {
    const d = minimalDataset();
    for (let i = 0; i < 4; i++) d.quotes.push({ ...d.quotes[0], id: `q-extra-${i}` });
    const { state, problems } = parseUrlState('?compare=q-seed,q-lighthill,q-extra-0,q-extra-1,q-extra-2', new DatasetIndex(d), 'en');
    expect(state.compare).toEqual(['q-seed', 'q-lighthill', 'q-extra-0', 'q-extra-1']);
    expect(problems).toEqual(['compare: at most 4 quotes side by side; the first 4 were kept']);
  });

  it('drops a window whose end is before its start', () => {
    const { state, problems } = parse('?from=1990&to=1980');
    expect(state.window).toBeNull();
    expect(problems).toEqual(['from "1990" is after to "1980": the window was left as it was']);
  });

  it('opens the search panel for a query and the comparison for a compare list', () => {
    expect(parse('?q=bubble').state.panel).toBe('search');
    expect(parse('?compare=q-seed,q-lighthill').state.panel).toBe('compare');
  });
});

describe('writing the URL', () => {
  it('round-trips a state', () => {
    const state = { ...initialState('zh'), era: 'era-first-boom', item: 'q-seed', q: '泡沫 bubble', compare: ['q-seed', 'q-lighthill'], window: { from: startOf('1960'), to: endOf('1970-02') } };
    expect(toQueryString(state)).toContain('from=1960&to=1970-02');
    expect(parse(toQueryString(state)).state).toEqual({ ...state, panel: 'compare' });
  });

  it('writes only what differs from the defaults', () => {
    expect(toQueryString(initialState('en'))).toBe('?lang=en');
  });

  it('gives selections, eras, comparisons and languages their own history entry, but not panning', () => {
    const a = initialState('en');
    expect(isMeaningfulChange(a, { ...a, item: 'q-seed' })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, era: 'era-first-boom' })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, compare: ['q-seed'] })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, lang: 'zh' })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, window: { from: startOf('1970'), to: startOf('1980') } })).toBe(false);
    expect(isMeaningfulChange(a, { ...a, q: 'bubble' })).toBe(false);
  });

  it('writes a bound as a year when it falls on one, else as the month it is in (the end as the month it closes)', () => {
    expect(boundText(new Date(Date.UTC(1984, 7, 6)), 'start')).toBe('1984-08');
    expect(boundText(startOf('1984'), 'start')).toBe('1984');
    expect(boundText(endOf('1985'), 'end')).toBe('1985');
    expect(boundText(endOf('1985-03'), 'end')).toBe('1985-03');
    expect(boundText(new Date(Date.UTC(1985, 2, 17, 13)), 'end')).toBe('1985-03');
    expect(boundText(startOf('-0599'), 'start')).toBe('-0599');
    expect(boundText(endOf('0045'), 'end')).toBe('0045');
    expect(boundText(startOf('-0043-03'), 'start')).toBe('-0043-03');
  });
});

describe('the first visit', () => {
  it('follows the browser’s language when we have it', () => {
    expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLang(['de'])).toBe('en');
  });
});

describe('what a link could not use, in the page’s language', () => {
  const bad = 'era=nope&item=<b>x</b>&from=abc&compare=q-seed,zzz&panel=nowhere&stance=meh&qfrom=19x';

  it('says it in Chinese when the page is in Chinese, one line per problem, quoting each value', () => {
    const en = parseUrlState(`?lang=en&${bad}`, index, 'en').problems;
    const zh = parseUrlState(`?lang=zh&${bad}`, index, 'en').problems;
    expect(zh).toHaveLength(en.length);
    expect(en.length).toBeGreaterThanOrEqual(7);
    for (const [i, line] of zh.entries()) {
      expect(line).not.toBe(en[i]);
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      for (const value of en[i].match(/"[^"]*"/g) ?? []) if (!['"en"', '"zh"'].includes(value)) expect(line).toContain(value);
    }
  });

  it('uses the fallback language when lang itself is the problem', () => {
    expect(parseUrlState('?lang=fr', index, 'zh').problems).toEqual(['lang 参数 "fr" 不是 "en" 或 "zh"']);
    expect(parseUrlState('?lang=fr', index, 'en').problems).toEqual(['lang "fr" is not "en" or "zh"']);
  });
});

describe('the Predictions panel in the URL', () => {
  it('opens the panel for its filters and writes them back', () => {
    const { state, problems } = parse('?outcome=failed&flang=zh');
    expect(problems).toEqual([]);
    expect(state.panel).toBe('predictions');
    expect(state.ledger).toEqual({ outcome: 'failed', lang: 'zh' });
    expect(toQueryString(state)).toContain('outcome=failed&flang=zh');
  });
});

describe('the Rhyme view in the URL', () => {
  it('opens the rhymes panel on two eras and an anchor, and writes them back', () => {
    const { state, problems } = parse('?rhyme=era-first-boom,era-first-winter&anchor=,lighthill-report');
    expect(problems).toEqual(['anchor: "lighthill-report" is not an event in era-first-winter; its era\'s start is used']);
    expect(state).toMatchObject({ panel: 'rhymes', rhyme: { eras: ['era-first-boom', 'era-first-winter'], anchors: [null, null] } });
    expect(toQueryString(state)).toBe('?lang=en&panel=rhymes&rhyme=era-first-boom%2Cera-first-winter');
  });

  it('keeps the rest of the link when an era is unknown', () => {
    const { state, problems } = parse('?rhyme=era-first-boom,nope&era=era-first-winter');
    expect(problems).toEqual(['rhyme: "nope" is not an era in the dataset']);
    expect(state).toMatchObject({ rhyme: null, era: 'era-first-winter', panel: 'eras' });
  });

  it('gives opening or closing it a history entry of its own', () => {
    const closed = initialState('en');
    expect(isMeaningfulChange(closed, { ...closed, rhyme: { eras: ['a', 'b'], anchors: [null, null] } })).toBe(true);
  });
});
