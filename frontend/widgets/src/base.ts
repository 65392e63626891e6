/**
 * What every widget element shares: an open shadow root with the stylesheet and one wrapper
 * (`.invest`, with `lang`, `data-state` and `aria-busy`), re-rendering (once per task) when an
 * attribute changes, cancelling a pending load when replaced or removed, and the bilingual error.
 */
import { parseLang, parseOrigin, type Lang } from './attrs';
import { h, type Child } from './dom';
import { isEmbedded, notifyResize } from './embed';
import { DEFAULT_PORTAL } from './env';
import { LOAD_ERROR, t } from './i18n';
import { adoptStyles } from './styles';

export type State = 'loading' | 'ready' | 'error' | 'empty';

export interface Rendered {
  state: 'ready' | 'empty';
  nodes: Child[];
  /** Runs once the nodes are in the document (the map needs a laid-out container). */
  mounted?: () => void;
}

/** Every attribute any widget reads; each change re-renders. */
const OBSERVED = ['lang', 'limit', 'sector', 'unit', 'department', 'featured', 'project', 'portal', 'target', 'height'];

/** A failed HTTP answer (4xx/5xx). */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * GET JSON from the portal API: no cookies (`credentials: 'omit'`), no custom headers (a simple
 * CORS request, no preflight). Network, CORS and HTTP errors all reject.
 */
export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit', mode: 'cors', signal });
  if (!response.ok) throw new HttpError(response.status);
  return response.json();
}

export abstract class InvestElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return OBSERVED;
  }

  protected readonly wrapper: HTMLElement;
  private queued = false;
  private run = 0;
  private controller: AbortController | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    this.wrapper = h('div', { class: 'invest' });
    root.append(this.wrapper);
  }

  connectedCallback(): void {
    this.schedule();
  }

  disconnectedCallback(): void {
    this.run++;
    this.controller?.abort();
    this.controller = null;
    this.cleanup();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before !== after && this.isConnected) this.schedule();
  }

  /** The portal origin: the `portal` attribute when it is an http(s) URL, else widgets.js's origin. */
  get portal(): string {
    return parseOrigin(this.getAttribute('portal'), DEFAULT_PORTAL);
  }

  /** The UI language ('vi' unless lang="en"); named so as not to shadow HTMLElement.lang. */
  get language(): Lang {
    return parseLang(this.getAttribute('lang'));
  }

  /** The current state, as on the wrapper's data-state. */
  get state(): State {
    return (this.wrapper.dataset['state'] as State | undefined) ?? 'loading';
  }

  /** Builds the content for the current attributes. Throwing (or rejecting) shows the error. */
  protected abstract render(lang: Lang, signal: AbortSignal): Promise<Rendered> | Rendered;

  /** Releases what the last render set up (the map). */
  protected cleanup(): void {}

  /** Shown under the error message (e.g. a link to the same list on the portal). */
  protected fallback(_lang: Lang): Child {
    return null;
  }

  /** A link to the portal: a new tab inside an iframe (never navigating the iframe itself). */
  protected link(href: string, lang: Lang, text: string, attrs: Record<string, string | null> = {}): HTMLElement {
    const blank = isEmbedded(document);
    return h(
      'a',
      { ...attrs, href, target: blank ? '_blank' : null, rel: blank ? 'noopener' : null },
      text,
      blank ? h('span', { class: 'vh', lang }, ` ${t(lang, 'newTab')}`) : null,
    );
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected) void this.update();
    });
  }

  private async update(): Promise<void> {
    const run = ++this.run;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.cleanup();
    const lang = this.language;
    this.wrapper.setAttribute('lang', lang);
    this.show('loading', [h('p', { class: 'invest-loading' }, t(lang, 'loading'))]);
    let rendered: Rendered;
    try {
      rendered = await this.render(lang, controller.signal);
      if (run !== this.run) return;
      this.show(rendered.state, rendered.nodes);
      rendered.mounted?.();
    } catch (error) {
      if (run !== this.run) return;
      this.cleanup();
      this.showError(lang, error);
    }
    notifyResize();
  }

  private showError(lang: Lang, error: unknown): void {
    console.warn(`<${this.localName}>: ${LOAD_ERROR.en}:`, error);
    this.show('error', [
      h('p', { class: 'invest-message' }, h('span', { lang: 'vi' }, LOAD_ERROR.vi), ' / ', h('span', { lang: 'en' }, LOAD_ERROR.en)),
      this.fallback(lang),
    ]);
  }

  private show(state: State, nodes: Child[]): void {
    this.wrapper.dataset['state'] = state;
    this.wrapper.setAttribute('aria-busy', String(state === 'loading'));
    this.wrapper.replaceChildren(...nodes.filter((n): n is Node | string => n !== null && n !== undefined && n !== false));
  }
}

/** Registers an element once (the script may be included twice on a page). */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
