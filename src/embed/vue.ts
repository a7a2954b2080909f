/**
 * Types for Vue 3 templates (published as `aiw-timeline/vue`): `<aiw-timeline>` as a global
 * component whose props are the element's properties and whose events (`@aiw-select`…) carry
 * the event classes, in the form Vue's guide gives for custom elements. One line in the app
 * (or an `env.d.ts`) makes them known to vue-tsc and editors:
 *
 *   import type {} from 'aiw-timeline/vue';
 *
 * Vue must also be told that the tag is a custom element: `compilerOptions.isCustomElement`
 * (with @vitejs/plugin-vue: `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('aiw-') } } })`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { AiwTimeline, AiwTimelineEventMap, AiwTimelineProperties } from './api.ts';

/** `<aiw-timeline>` as Vue's type checker sees it. */
export type AiwTimelineVueComponent = new () => AiwTimeline & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & AiwTimelineProperties & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof AiwTimelineEventMap]: (event: AiwTimelineEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'aiw-timeline': AiwTimelineVueComponent;
  }
}
