/**
 * A corpus of script-injection payloads, and a hostile dataset that puts them in every text
 * field. Every payload, if it ever ran, would call the page's sentinel: `__xss++` (a global the
 * tests set to 0) or a dialog (`alert`, `confirm`, `prompt`, `print`), which the tests watch.
 * Plain TypeScript, no DOM: used by the node, browser and end-to-end suites alike.
 */
import type { Dataset } from '../model/schema.ts';

/** The code a payload runs: it bumps the sentinel. */
const RUN = '__xss++';
const RUN_QUOTED = "top['__xss']++";

const TEMPLATES: string[] = [
  // script elements
  `<script>${RUN}</script>`,
  `<SCRIPT>${RUN}</SCRIPT>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<script type="module">${RUN}</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
  `</style><script>${RUN}</script>`,
  `<!--<script>${RUN}</script>-->`,
  `<script\x20type="text/javascript">${RUN};</script>`,
  `<script/src=data:,${RUN}></script>`,
  `<<script>${RUN}//<</script>`,
  // event-handler attributes
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `<IMG SRC=x OnErRoR=${RUN}>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<img/src=x/onerror=${RUN}>`,
  `<img src=x onerror=&#95;&#95;xss++>`,
  `<body onload=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg/onload=${RUN}//`,
  `<input autofocus onfocus=${RUN}>`,
  `<select autofocus onfocus=${RUN}>`,
  `<textarea autofocus onfocus=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart=${RUN}>x</marquee>`,
  `<div onmouseover="${RUN}" style="position:fixed;inset:0">hover</div>`,
  `<iframe onload=${RUN}></iframe>`,
  `<object data=x onerror=${RUN}></object>`,
  `<style onload=${RUN}></style>`,
  `<link rel=stylesheet href=x onerror=${RUN}>`,
  `<x contenteditable onfocus=${RUN} autofocus>x</x>`,
  `<form><button formaction="javascript:${RUN}">go</button></form>`,
  `<isindex type=image src=1 onerror=${RUN}>`,
  `<img src=x onerror="top['__xss']++">`,
  `<img src=x onerror='${RUN}'>`,
  `<img src=x onerror=\`${RUN}\`>`,
  `<img src=x onerror=window.__xss++ >`,
  `<img src=x onerror=alert(1)>`,
  `<img src=x onerror=confirm(1)>`,
  `<img src=x onerror=prompt(1)>`,
  `<img src=x onerror=print()>`,
  // javascript: and data: URLs
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `\tjavascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `javascript&colon;${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#x6A;avascript:${RUN}`,
  `javascript://%0a${RUN}`,
  `javascript:alert(1)`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>alert(1)</script>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg onload=alert(1)>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<a href=javascript:${RUN}>click</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe src="data:text/html,<script>alert(1)</script>"></iframe>`,
  `<embed src="javascript:${RUN}">`,
  `<object data="javascript:${RUN}"></object>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `https://example.org/" onmouseover="${RUN}`,
  `https://example.org/'><script>${RUN}</script>`,
  `https://example.org/#<img src=x onerror=${RUN}>`,
  `http://example.org/?q="><svg onload=${RUN}>`,
  // SVG and MathML
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/></svg>`,
  `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
  `<svg><set attributeName=onmouseover to=${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<math href="javascript:${RUN}">x</math>`,
  `<math><maction actiontype=statusline xlink:href=javascript:${RUN}>x</maction></math>`,
  `<svg><style><img src=x onerror=${RUN}></style></svg>`,
  // broken and nested markup
  `<img src=x onerror=${RUN}`,
  `<<img src=x onerror=${RUN}>>`,
  `<img """><script>${RUN}</script>">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><script>${RUN}</script></template>`,
  `<div id="</div><img src=x onerror=${RUN}>">`,
  `<!--><img src=x onerror=${RUN}>-->`,
  `<![CDATA[<img src=x onerror=${RUN}>]]>`,
  `<xmp><img src=x onerror=${RUN}></xmp>`,
  `<table><td background="javascript:${RUN}">`,
  `<p style="background:url(javascript:${RUN})">x</p>`,
  `<div style="width:expression(${RUN})">x</div>`,
  `<img src=x onerror=${RUN}><img src=x onerror=${RUN}>`,
  // template-literal and attribute-escape tricks
  '${' + RUN + '}',
  '`${' + RUN + '}`',
  '{{constructor.constructor("' + RUN_QUOTED + '")()}}',
  `" onfocus="${RUN}" autofocus="`,
  `' onfocus='${RUN}' autofocus='`,
  `" onmouseover=${RUN} x="`,
  `\\"><img src=x onerror=${RUN}>`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  `%3Cimg%20src%3Dx%20onerror%3D${RUN}%3E`,
  `\\u003cimg src=x onerror=${RUN}\\u003e`,
  `<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">${RUN}</x:script>`,
  `</script><script>${RUN}</script>`,
  `"};${RUN};//`,
  `');${RUN};//`,
  // Unicode look-alikes and invisible characters
  `＜script＞${RUN}＜/script＞`,
  `\uFE64img src=x onerror=${RUN}\uFE65`,
  `<img src=x onerror=${RUN}\u200B>`,
  `\u202Egpj.<img src=x onerror=${RUN}>`,
  `ｊａｖａｓｃｒｉｐｔ:${RUN}`,
  `jav\u0000ascript:${RUN}`,
  `<scr\u0131pt>${RUN}</scr\u0131pt>`,
  `\u2028<img src=x onerror=${RUN}>\u2029`,
  `<img src=x onerror=${RUN}>\uD800`,
];

/** The payloads, each with its index (for messages). */
export const XSS_PAYLOADS: readonly string[] = Object.freeze([...new Set(TEMPLATES)]);

/** The text fields of a dataset that hold payloads (what "every text field" means here). */
export const XSS_FIELDS = [
  'dataset.title', 'lane.title',
  'era.title', 'era.summary', 'era.contested',
  'event.id', 'event.title', 'event.summary', 'event.tags',
  'source.title', 'source.author', 'source.publisher', 'source.url', 'source.note', 'source.pages',
  'quote.id', 'quote.text', 'quote.translation', 'quote.speaker', 'quote.speakerRole', 'quote.context', 'quote.verificationNote',
] as const;

/** A kebab-case id that does not look like a payload (records whose id is a payload are rejected). */
const id = (prefix: string, i: number) => `${prefix}-${i}`;

/**
 * A dataset whose every text field holds payloads: event, quote and era `i` carry payload
 * `i` in their text and the next payloads in their other fields, so across the dataset every
 * payload sits in every field. `from`/`count` pick a slice of the corpus (for smaller renders).
 * Records whose id is a payload are added too: the loader rejects them and names them.
 */
export function hostileDataset(from = 0, count = XSS_PAYLOADS.length): Dataset {
  const n = XSS_PAYLOADS.length;
  const p = (i: number, field: number) => XSS_PAYLOADS[(from + i + field * 7) % n];
  const dates = (i: number) => `${1956 + (i % 68)}-${String(1 + (i % 12)).padStart(2, '0')}`;
  const source = (i: number) => ({
    title: p(i, 1), author: p(i, 2), publisher: p(i, 3), url: p(i, 4), note: p(i, 5), pages: p(i, 6),
  });
  const eras = Array.from({ length: Math.min(count, 24) }, (_, i) => ({
    id: id('era', i), kind: (['boom', 'winter', 'transition'] as const)[i % 3],
    title: i % 2 ? p(i, 0) : { en: p(i, 0), zh: p(i, 1) }, summary: p(i, 2), contested: p(i, 3),
    start: String(1950 + i * 3), end: String(1952 + i * 3), sources: [source(i)],
  }));
  const events = Array.from({ length: count }, (_, i) => ({
    id: id('event', i), date: dates(i), lane: i % 5 === 4 ? 'hostile-lane' : 'research', importance: (3 - (i % 3)) as 1 | 2 | 3,
    title: i % 2 ? p(i, 0) : { en: p(i, 0), zh: p(i, 8) }, summary: p(i, 9), tags: [p(i, 10), p(i, 11)], sources: [source(i + 1)],
  }));
  const quotes = Array.from({ length: count }, (_, i) => ({
    id: id('quote', i), text: p(i, 0), lang: (i % 4 === 3 ? 'zh' : 'en') as 'en' | 'zh',
    translation: { en: p(i, 12), zh: p(i, 13) }, speaker: p(i, 14), speakerRole: p(i, 15), date: dates(i + 5),
    context: p(i, 16), stance: (['optimistic', 'cautionary', 'neutral'] as const)[i % 3], tags: [p(i, 17)],
    source: source(i + 2), verification: (['primary', 'secondary', 'unverified'] as const)[i % 3], verificationNote: p(i, 18),
    ...(i % 3 === 0 ? { eventId: id('event', i) } : {}),
  }));
  const pairs = Array.from({ length: Math.floor(count / 2) }, (_, i) => ({
    id: id('pair', i), quotes: [id('quote', 2 * i), id('quote', 2 * i + 1)] as [string, string], note: p(i, 19),
  }));
  // Records whose id is a payload: rejected by the loader, named in its messages.
  const badIds = Array.from({ length: Math.min(count, 40) }, (_, i) => ({ ...events[i], id: p(i, 20) }));
  const badQuoteIds = Array.from({ length: Math.min(count, 40) }, (_, i) => ({ ...quotes[i], id: p(i, 21), eventId: undefined }));
  return {
    version: 1,
    title: p(0, 22),
    lanes: [
      { id: 'research', title: p(1, 23) },
      { id: 'hostile-lane', title: { en: p(2, 24), zh: p(3, 24) } },
    ],
    eras, events: [...events, ...badIds], quotes: [...quotes, ...badQuoteIds], pairs,
  } as Dataset;
}

/** A TimelineJS3 document whose every text (headline, text, group, media caption and credit, unique_id, url) holds payloads. */
export function hostileTimelineJs(from = 0, count = XSS_PAYLOADS.length): Record<string, unknown> {
  const n = XSS_PAYLOADS.length;
  const p = (i: number, field: number) => XSS_PAYLOADS[(from + i + field * 5) % n];
  return {
    title: { text: { headline: p(0, 0), text: p(1, 1) } },
    events: Array.from({ length: count }, (_, i) => ({
      start_date: { year: 1960 + (i % 60), month: 1 + (i % 12) },
      text: { headline: p(i, 0), text: `<p>${p(i, 1)}</p>${p(i, 2)}` },
      group: i % 3 ? p(i, 3) : undefined,
      unique_id: p(i, 4),
      media: { url: i % 2 ? p(i, 5) : `https://example.org/m/${i}`, caption: p(i, 6), credit: p(i, 7) },
    })),
    eras: Array.from({ length: Math.min(count, 10) }, (_, i) => ({
      start_date: { year: 1960 + i * 5 }, end_date: { year: 1963 + i * 5 }, text: { headline: p(i, 8), text: p(i, 9) },
    })),
  };
}

/** True for a URL a link must never carry (anything but http(s), after the trimming browsers do). */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters browsers strip are exactly what it must match
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return cleaned !== '' && !/^https?:\/\//i.test(cleaned) && /^[a-z][a-z0-9+.-]*:/i.test(cleaned);
}
