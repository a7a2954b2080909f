/**
 * How text is cut into words, one reading for the whole product: the quote search and the
 * words that compared quotes share both start here. A word is a run of letters, digits and
 * marks; Chinese comes as runs of Han characters, with no word segmentation (the search
 * matches a run through its bigrams, the comparison through the runs two texts have in
 * common). Han is kept apart from other letters, so "AI寒冬" is the word "AI" and the run "寒冬".
 */

/** A Han character (々 and 〇 are Han too). */
export const HAN = /\p{Script=Han}/u;
const WORDS = new RegExp('\\p{Script=Han}+|[[\\p{L}\\p{N}\\p{M}]--\\p{Script=Han}]+', 'gv');
const WORDS_WITH_APOSTROPHES = new RegExp("\\p{Script=Han}+|[[\\p{L}\\p{N}\\p{M}'’]--\\p{Script=Han}]+", 'gv');

/**
 * The words and Han runs of a text, in order, each with its index. With `apostrophes`, an
 * apostrophe stays inside a word ("don't", "Minsky’s"), as the comparison reads words: it
 * drops contractions as stop words and folds a possessive into its word. The search reads
 * "Minsky’s" as "Minsky" and "s".
 */
export function words(text: string, { apostrophes = false }: { apostrophes?: boolean } = {}): Iterable<RegExpExecArray> {
  return text.matchAll(apostrophes ? WORDS_WITH_APOSTROPHES : WORDS);
}

/** The bigrams of a Han run; a run of one character is its own. */
export function bigrams(run: string): string[] {
  return run.length === 1 ? [run] : Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2));
}

/** Folds case and accents: "Léon" → "leon". */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A light stem: case, accents and the commonest English endings folded ("bubbles" ~ "bubble"). */
export function stem(word: string): string {
  let w = fold(word).replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The commonest English words. A search query ignores them unless it has nothing else; the
 * list stays short because a typed word is usually meant ("about", "before" are searched).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from had has have he i in is it its of on or our she so that the their them they this to was we were what which who will with you'.split(' '),
);

/**
 * Words that say nothing about what two quotes share: the stop words and many more, with
 * the contractions and the pieces an apostrophe leaves ("s", "ll", "ve").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...`about above after again against all also am any because been before being below between both can could did do does doing down
  during each few further having her here hers him his how if into itself just let like me more most my no nor not now off once only
  other ours out over own same should some such than theirs then there these those through too under until up very when where while
  whom why would your yours one two many much may might must shall us it's don't can't won't i'm we're they're that's there's s t ll re
  ve d m`.split(/\s+/),
]);

/** Characters that do not start or end a Chinese term (particles, "is", "and"…). */
export const ZH_EDGE: ReadonlySet<string> = new Set('的了是在和与及或也都就而着过吗呢吧啊之其这那个们我你他她它有被把从对为以于');
