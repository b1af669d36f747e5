/**
 * The review of anchors the reading text moved or edited since events.json recorded
 * them (a page or the reading rules changed by hand, a `git pull`): the server finds
 * them with the code an OCR correction's preview uses; the curator confirms each as
 * it now reads or types its passage, and the save writes the pages whose anchors
 * change, then takes them out of the queue. Nothing is accepted without the curator.
 */
import { pagesWithResolutions, reviewKey, type AnchorAfterRules } from './correctionDraft';
import type { ReadFile, WorkbenchState } from './workbench.svelte';

type PageData = { events: { anchor: string }[] };

export class AnchorReviewState {
  /** Per queued anchor (`reviewKey`), the passage the curator confirmed or typed. */
  resolutions = $state<Record<string, string>>({});
  busy = $state(false);

  constructor(private readonly workbench: WorkbenchState) {}

  get queue(): AnchorAfterRules[] {
    return this.workbench.anchorReview;
  }

  readonly resolved: boolean = $derived(
    this.queue.length > 0 && this.queue.every((entry) => reviewKey(entry) in this.resolutions),
  );

  resolve(entry: AnchorAfterRules, passage: string): void {
    this.resolutions[reviewKey(entry)] = passage;
  }

  unresolve(entry: AnchorAfterRules): void {
    delete this.resolutions[reviewKey(entry)];
  }

  /** Writes the pages whose anchors the curator changed, as one change; then the queue is told. */
  async save(): Promise<void> {
    if (!this.resolved || this.busy) return;
    const queue = this.queue;
    this.busy = true;
    const changed = queue.filter((entry) => this.resolutions[reviewKey(entry)] !== entry.anchor);
    const paths = changed
      .map((entry) => entry.file)
      .filter((path, i, all) => all.indexOf(path) === i);
    const read: ReadFile<PageData>[] = [];
    for (const path of paths) {
      const page = await this.workbench.readFile<PageData>(path);
      if (!page) return void (this.busy = false);
      read.push(page);
    }
    const pages = pagesWithResolutions(
      // A value passed once, not state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      new Map(read.map((page) => [page.path, page.data])),
      changed,
      this.resolutions,
    );
    const done = `Saved the review of ${queue.length} anchor(s)`;
    if (pages.size > 0) {
      const reply = await this.workbench.api.saveAll(
        read.map((page) => ({
          path: page.path,
          baseVersion: page.version,
          content: pages.get(page.path)!,
        })),
      );
      if (reply.kind !== 'saved') {
        this.busy = false;
        if (reply.kind === 'invalid') {
          this.workbench.refused = { done, problems: reply.problems };
        }
        return this.workbench.afterSaveAll(reply, done, 'Review the anchors again');
      }
      await this.workbench.afterSaveAll(reply, done);
    }
    const confirmed = await this.workbench.api.resolveAnchors(queue.map((entry) => entry.id));
    this.busy = false;
    if ('failed' in confirmed) {
      this.workbench.failure = confirmed.failed;
      return;
    }
    this.resolutions = {};
    this.workbench.anchorReview = confirmed.review;
    this.workbench.announcement = `${done}; events.json records where they stand now.`;
    await this.workbench.reloadEvents();
  }
}
