// What vue-tsc and editors see for <aiw-timeline> in a template: the element's properties as
// props, and its events (@aiw-select…) carrying the event classes.
import type { GlobalComponents } from 'vue';
import { AiwSelectEvent } from 'aiw-timeline/embed';
import type {} from 'aiw-timeline/vue';

type Timeline = InstanceType<GlobalComponents['aiw-timeline']>;

export const props: Timeline['$props'] = { era: 'era-first-winter', lang: 'zh', noDetail: true, data: null, class: 'wide' };
// @ts-expect-error -- theme is "light", "dark" or ""
export const wrongTheme: Timeline['$props'] = { theme: 'blue' };

export function emitted(timeline: Timeline): void {
  timeline.$emit('aiw-select', new AiwSelectEvent('lighthill-report', 'event'));
  // @ts-expect-error -- aiw-select carries an AiwSelectEvent
  timeline.$emit('aiw-select', new Event('aiw-select'));
  timeline.zoomIn();
}
