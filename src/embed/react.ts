/**
 * JSX types for React 19 (published as `aiw-timeline/react`): `<aiw-timeline>` takes its
 * properties and a listener for each of its events as `onaiw-select`, `onaiw-range-change`…,
 * which React 19 passes to a custom element as they are. One line in the app makes them known:
 *
 *   import type {} from 'aiw-timeline/react';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AiwTimeline, AiwTimelineEventMap, AiwTimelineProperties } from './api.ts';

/** A listener for each event, named as React 19 names a custom element's events: `on` + the event's name. */
export type AiwTimelineListeners = {
  [Name in keyof AiwTimelineEventMap as `on${Name}`]?: (event: AiwTimelineEventMap[Name]) => void;
};

/** What `<aiw-timeline>` accepts in JSX. */
export type AiwTimelineJsxProps = DetailedHTMLProps<HTMLAttributes<AiwTimeline>, AiwTimeline> & AiwTimelineProperties & AiwTimelineListeners;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace; augmenting it is the documented way
  namespace JSX {
    interface IntrinsicElements {
      'aiw-timeline': AiwTimelineJsxProps;
    }
  }
}
