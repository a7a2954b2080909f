import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, as vis-timeline does: never as a `style`
 * attribute, which a strict Content-Security-Policy (no 'unsafe-inline') refuses. (Lit's
 * styleMap writes the attribute on first render.)
 */
class Place extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('place() goes on an element');
  }
  render(_props: Record<string, string>) {
    return nothing;
  }
  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const place = directive(Place);
