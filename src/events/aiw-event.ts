/**
 * The one base of the product's events. Every event is a CustomEvent whose `detail` is its
 * payload, because `e.detail` is what plain pages and frameworks read; each has its own class
 * (for `instanceof` and typed listeners) and an entry in GlobalEventHandlersEventMap.
 *
 * They bubble, and by default cross shadow roots (composed), so a page can listen on any
 * ancestor. They are fired for what the user did, never for a property set by code: that is
 * what stops loops between a page, its URL and the widget.
 */
export abstract class AiwEvent<Detail> extends CustomEvent<Detail> {
  constructor(name: `aiw-${string}`, detail: Detail, options: { composed?: boolean } = {}) {
    super(name, { detail, bubbles: true, composed: options.composed ?? true, cancelable: false });
  }
}
