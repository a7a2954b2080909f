import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { lanesOf, pickLanes, showsLane, toTimelineEntries } from './timeline-entries.ts';

const span = [new Date(Date.UTC(1950, 0)), new Date(Date.UTC(2030, 0))] as const;

describe('the lanes a timeline shows', () => {
  it('are every lane when none are asked for', () => {
    const d = minimalDataset();
    expect(lanesOf(d).map((l) => l.id)).toEqual(['research', 'funding', 'industry', 'media', 'voices']);
    expect(lanesOf(d, { lanes: [] }).map((l) => l.id)).toEqual(['research', 'funding', 'industry', 'media', 'voices']);
    expect(showsLane('media', {})).toBe(true);
  });

  it('are only those asked for, in the data’s order, with the eras behind them and their items alone', () => {
    const d = minimalDataset();
    const options = { lanes: ['voices', 'funding'] };
    expect(lanesOf(d, options).map((l) => l.id)).toEqual(['funding', 'voices']);
    const entries = toTimelineEntries(d, 'en', options);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['era', 'event', 'quote']));
    expect(entries.every((e) => e.lane === null || options.lanes.includes(e.lane))).toBe(true);
    expect(entries.map((e) => e.id)).not.toContain('sur-program'); // research
    expect(entries.map((e) => e.id)).toContain('lighthill-report'); // funding
    // The keyboard list of the items in view lists what is drawn.
    const listed = new DatasetIndex(d).itemsIn(...span, 'en', options).map((i) => i.id);
    expect(listed).toContain('lighthill-report');
    expect(listed).not.toContain('sur-program');
    expect(listed).toEqual(expect.arrayContaining(d.quotes.map((q) => q.id)));
  });

  it('keep the forecasts’ lane only when forecasts are shown', () => {
    const d = minimalDataset();
    d.forecasts = [
      {
        id: 'f-one', quoteId: d.quotes[0].id, madeOn: '1973', dueBy: '1983', outcome: 'failed', claim: 'A claim.',
        horizon: 'stated', horizonNote: 'Said.', outcomeNote: 'It did not.', outcomeSources: [],
      } as unknown as NonNullable<typeof d.forecasts>[number],
    ];
    expect(lanesOf(d, { lanes: ['forecasts'] })).toEqual([]);
    expect(lanesOf(d, { lanes: ['forecasts'], forecasts: true }).map((l) => l.id)).toEqual(['forecasts']);
    expect(new DatasetIndex(d).itemsIn(...span, 'en', { lanes: ['forecasts'], forecasts: true }).map((i) => i.id)).toEqual(['f-one']);
  });

  it('are read from a list of ids, and the names the data has not are told apart', () => {
    const d = minimalDataset();
    expect(pickLanes(d, ' voices, media  research')).toEqual({ lanes: ['voices', 'media', 'research'], unknown: [] });
    expect(pickLanes(d, 'voices,money,')).toEqual({ lanes: ['voices'], unknown: ['money'] });
    expect(pickLanes(d, 'forecasts')).toEqual({ lanes: [], unknown: ['forecasts'] });
    expect(pickLanes(d, '')).toEqual({ lanes: [], unknown: [] });
  });
});
