/**
 * An OCR correction being made: the words selected in the raw text, what they read in
 * print and why; then the server's preview of the change (every anchor found again in
 * the new reading text, kept or queued for review), the curator's confirmation or fix
 * of each queued anchor, and the save of the rules with the pages whose anchors moved,
 * as one change. Nothing is written before every queued anchor is resolved.
 */
import type { Problem, WorkbenchApi } from './api';
import {
  pagesWithResolutions,
  reviewKey,
  toReview,
  withCorrection,
  type AnchorAfterRules,
  type CorrectionDraft,
} from './correctionDraft';
import type { ReadFile, WorkbenchState } from './workbench.svelte';

type RulesData = { corrections: { ocr: string; reading: string; note?: string }[] };
type PageData = { events: { anchor: string }[] };

export class CorrectionState {
  draft = $state<CorrectionDraft>({ ocr: '', reading: '', note: '' });
  /** The anchors as the last preview placed them, or null before a preview (or after an edit). */
  anchors = $state.raw<AnchorAfterRules[] | null>(null);
  /** The problems the last preview found in the rules (a correction that matches nowhere). */
  problems = $state.raw<Problem[]>([]);
  /** Per queued anchor (`reviewKey`), the passage the curator confirmed or typed. */
  resolutions = $state<Record<string, string>>({});
  busy = $state(false);

  readonly queue: AnchorAfterRules[] = $derived(this.anchors ? toReview(this.anchors) : []);
  readonly kept: number = $derived(this.anchors ? this.anchors.length - this.queue.length : 0);
  readonly resolved: boolean = $derived(
    this.anchors !== null && this.queue.every((entry) => reviewKey(entry) in this.resolutions),
  );

  #rules: ReadFile<RulesData> | null = null;
  /** The page files a save will change, as read; no view reads them, so they are not reactive. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pages = new Map<string, ReadFile<PageData>>();

  constructor(
    private readonly api: WorkbenchApi,
    private readonly workbench: WorkbenchState,
    /** The work's reading rules file: `sources/<work>/reading-rules.json`. */
    readonly rulesPath: string,
    ocr: string,
  ) {
    this.draft = { ocr, reading: ocr, note: '' };
  }

  /** The draft changed: the preview no longer says what it would do. */
  edited(): void {
    this.anchors = null;
    this.problems = [];
    this.resolutions = {};
  }

  /** Asks the server what the correction does to every anchor; reads the files a save will change. */
  async preview(): Promise<void> {
    this.busy = true;
    this.#rules = await this.workbench.readFile<RulesData>(this.rulesPath);
    if (!this.#rules) {
      this.busy = false;
      return;
    }
    const reply = await this.api.previewRules(
      this.rulesPath,
      withCorrection(this.#rules.data, this.draft),
    );
    this.busy = false;
    this.resolutions = {};
    if ('failed' in reply) {
      this.workbench.failure = reply.failed;
      return;
    }
    if ('problems' in reply) {
      this.problems = reply.problems;
      this.anchors = null;
      return;
    }
    this.problems = [];
    this.anchors = reply.anchors;
    this.#pages.clear();
    const files = this.queue.map((entry) => entry.file);
    for (const file of files.filter((f, i) => files.indexOf(f) === i)) {
      const page = await this.workbench.readFile<PageData>(file);
      if (page) this.#pages.set(file, page);
    }
    this.workbench.announcement =
      this.queue.length === 0
        ? `The correction keeps all ${this.kept} anchors; it can be saved.`
        : `${this.queue.length} anchor(s) to confirm or fix before the correction can be saved.`;
  }

  resolve(entry: AnchorAfterRules, passage: string): void {
    this.resolutions[reviewKey(entry)] = passage;
  }

  unresolve(entry: AnchorAfterRules): void {
    delete this.resolutions[reviewKey(entry)];
  }

  /** Saves the rules and the pages whose anchors were confirmed or fixed, as one change. */
  async save(): Promise<void> {
    if (!this.#rules || !this.resolved || this.busy) return;
    const pages = pagesWithResolutions(
      // A value passed once, not state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      new Map([...this.#pages].map(([path, file]) => [path, file.data])),
      this.queue,
      this.resolutions,
    );
    const files = [
      {
        path: this.rulesPath,
        baseVersion: this.#rules.version,
        content: withCorrection(this.#rules.data, this.draft),
      },
      ...[...pages].map(([path, content]) => ({
        path,
        baseVersion: this.#pages.get(path)!.version,
        content,
      })),
    ];
    this.busy = true;
    const reply = await this.api.saveAll(files);
    this.busy = false;
    await this.workbench.afterSaveAll(
      reply,
      `Saved the correction “${this.draft.ocr}” → “${this.draft.reading}”`,
    );
    if (reply.kind === 'conflict') this.edited();
  }
}
