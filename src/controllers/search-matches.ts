import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../model/schema.ts';
import type { SiteFilters } from '../model/site-search.ts';

type SiteSearch = typeof import('../model/site-search.ts');

/** What a search found, for a drawing of the timeline. */
export interface Matches {
  readonly query: string;
  /** Every id found (items, eras and forecasts): the rest of the drawing fades. */
  readonly ids: ReadonlySet<string>;
  /** The items found (eras aside), in time order: what `n` and Shift+`n` step through. */
  readonly inTime: readonly string[];
}

/**
 * A timeline's search: the query (and filters) given by its page, answered over the data it
 * shows. The search code is loaded the first time there is a query, so a page that never
 * searches never loads it; until it has come, nothing fades. `matches` is null while no search is on.
 * The host calls `update` as it updates (nothing to do on connect or disconnect).
 */
export class SearchMatches {
  matches: Matches | null = null;
  private search: SiteSearch | null = null;
  private loading = false;
  private asked: { data: Dataset | null; query: string; key: string } = { data: null, query: '', key: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told when what was found changes (null: the search ended). */
    private readonly found: (matches: Matches | null) => void,
  ) {}

  /** Called as the host updates: searches again when the data, the query or the filters changed. */
  update(data: Dataset | null, query: string, filters: SiteFilters): void {
    const key = JSON.stringify(filters ?? {});
    const q = (query ?? '').trim();
    if (data === this.asked.data && q === this.asked.query && key === this.asked.key && (this.search || !q)) return;
    this.asked = { data, query: q, key };
    if (!data || !q) return this.set(null);
    if (!this.search) return this.load();
    const found = this.search.SiteIndex.of(data).matchingIds(q, filters ?? {}, 'en');
    const eras = new Set(data.eras.map((e) => e.id));
    this.set({ query: q, ids: new Set(found), inTime: found.filter((id) => !eras.has(id)) });
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    import('../model/site-search.ts')
      .then((m) => {
        this.search = m;
        this.asked = { ...this.asked, key: '' };
        this.host.requestUpdate();
      })
      .catch((e: unknown) => console.error('aiw-timeline: the search could not be loaded', e))
      .finally(() => (this.loading = false));
  }

  private set(matches: Matches | null): void {
    if (matches === null && this.matches === null) return;
    this.matches = matches;
    this.found(matches);
  }
}
