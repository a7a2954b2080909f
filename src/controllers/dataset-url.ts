// Where the built-in dataset is. Apart from the loading controller, without Lit, so that the
// published types (src/embed.ts) can name setDefaultDatasetUrl without reaching Lit's.

let defaultUrl: string | undefined;

/** Where the built-in dataset is: set by the widget's entry to the file beside its module. */
export function setDefaultDatasetUrl(url: string): void {
  defaultUrl = url;
}

/** The built-in dataset's URL (by default, dataset.json beside the page). */
export function builtInDatasetUrl(): string {
  return defaultUrl ?? new URL('dataset.json', document.baseURI).href;
}
