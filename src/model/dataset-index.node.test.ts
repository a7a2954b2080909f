import { describe, expect, it } from 'vitest';
import { DatasetIndex, eventDateText } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';

describe('DatasetIndex', () => {
  it('lists the items of a window in date order, same-day items by id', () => {
    const d = minimalDataset();
    const twin = { ...d.events[0], id: 'a-same-month-as-lighthill' };
    d.events.push(twin);
    const ids = new DatasetIndex(d).itemsIn(new Date(Date.UTC(1950, 0)), new Date(Date.UTC(2030, 0)), 'en').map((i) => i.id);
    const index = new DatasetIndex(d);
    const dates = ids.map((id) => index.get(id)!.record).map((r) => ('date' in r ? r.date : ''));
    expect(dates).toEqual([...dates].sort());
    expect(ids.indexOf('a-same-month-as-lighthill')).toBe(ids.indexOf('lighthill-report') - 1);
  });

  it('is built once per dataset however many components ask', () => {
    const d = minimalDataset();
    expect(DatasetIndex.of(d)).toBe(DatasetIndex.of(d));
    expect(DatasetIndex.of(minimalDataset())).not.toBe(DatasetIndex.of(d));
  });

  it('dates an event as its author wants it read, else by its formatted dates', () => {
    const d = minimalDataset();
    d.events[0] = { ...d.events[0], displayDate: { en: 'Spring 1973', zh: '1973年春' } };
    expect(eventDateText(d.events[0], 'zh')).toBe('1973年春');
    expect(eventDateText(d.events[1], 'en')).toBe('1971 – September 1976');
    const listed = new DatasetIndex(d).itemsIn(new Date(Date.UTC(1950, 0)), new Date(Date.UTC(2030, 0)), 'en');
    expect(listed.find((i) => i.id === 'lighthill-report')?.dateText).toBe('Spring 1973');
    expect(listed.find((i) => i.id === 'sur-program')?.dateText).toBe('1971');
  });
});
