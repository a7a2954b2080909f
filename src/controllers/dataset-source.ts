import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isChecked } from '../model/checked.ts';
import { fetchDataset } from '../model/fetch-dataset.ts';
import type { DatasetIssue } from '../model/dataset-issues.ts';
import type { LoadResult } from '../model/load.ts';
import type { Dataset } from '../model/schema.ts';

export { builtInDatasetUrl, setDefaultDatasetUrl } from './dataset-url.ts';

/** What to show: a Dataset given as a property, else a URL (ours, or the built-in file). */
export interface DatasetRequest {
  dataset: Dataset | null;
  url: string;
  /** The built-in file, checked when it was built. */
  builtIn: boolean;
}

/**
 * Loads the data a component shows, keeps what of it can be shown, and tells the component
 * (never with an exception). The newest request wins over older ones still in flight; a load
 * cut short by leaving the page starts again when the component comes back (a framework moving
 * it, say), instead of spinning forever.
 */
export class DatasetSource implements ReactiveController {
  loading = false;
  /**
   * The records to show: all of them, or the valid ones when some were skipped (a notice lists
   * them), or none when nothing valid is left (an error panel). A valid dataset with no records
   * is shown: an empty timeline.
   */
  dataset: Dataset | null = null;
  /** The loader's lines about the last load: what was skipped, or why nothing could be used. */
  errors: DatasetIssue[] = [];
  private token = 0;
  private request: DatasetRequest | null = null;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaded: (result: LoadResult) => void,
  ) {
    host.addController(this);
  }

  /** No data yet, but some is coming: nothing was asked for yet, or a load is in flight. */
  get waiting(): boolean {
    return this.loading || this.request === null;
  }

  hostConnected(): void {
    if (this.interrupted && this.request) void this.load(this.request);
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    this.interrupted = true;
    this.token++;
  }

  async load(request: DatasetRequest): Promise<void> {
    const token = ++this.token;
    this.request = request;
    this.interrupted = false;
    this.loading = true;
    this.host.requestUpdate();
    const result = await read(request);
    if (token !== this.token) return;
    this.loading = false;
    const d = result.dataset;
    this.dataset = d && (d.eras.length + d.events.length + d.quotes.length > 0 || !result.errors.length) ? d : null;
    this.errors = result.errors;
    this.loaded(result);
    this.host.requestUpdate();
  }

  /** Loads the last request again (the Retry button). */
  retry(): void {
    if (this.request) void this.load(this.request);
  }
}

async function read({ dataset, url, builtIn }: DatasetRequest): Promise<LoadResult> {
  const file = dataset ? 'dataset property' : url;
  try {
    // A dataset our loader returned was checked then: not again on every first paint.
    if (dataset && isChecked(dataset)) return { ok: true, dataset, errors: [], notices: [] };
    if (dataset) return (await import('../model/load.ts')).validateDocument(dataset, file);
    return await fetchDataset(url, { builtIn });
  } catch (e) {
    // The loader promises never to throw; should it still, the reader gets the panel and Retry, not a spinner.
    return { ok: false, dataset: null, errors: [{ file, message: `${file}: could not be loaded (${e instanceof Error ? e.message : String(e)})` }], notices: [] };
  }
}
