import {
  EMBED_CONFIG_ID,
  normalizeOrigin,
  notifyResize,
  parentOrigin,
  parseAllowedOrigins,
  resetResizeReporting,
  resizeMessage,
  resizeTargetOrigin,
  RESIZE_MESSAGE_TYPE,
  startResizeReporting,
} from './embed';

const PORTAL = 'https://dautu.soctrang.gov.vn';
const NEWS = 'https://soctrang.gov.vn';

describe('iframe resize messages', () => {
  afterEach(() => resetResizeReporting());

  it('normalizes origins and refuses anything that is not http(s)', () => {
    expect(normalizeOrigin('https://SocTrang.gov.vn/tin-tuc?id=1')).toBe(NEWS);
    expect(normalizeOrigin('https://soctrang.gov.vn:443')).toBe(NEWS);
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    for (const bad of ['null', '', '*', 'file:///etc/passwd', 'javascript:alert(1)', 'soctrang.gov.vn', 42, null]) {
      expect(normalizeOrigin(bad)).toBeNull();
    }
  });

  it('reads the allow-list of the embed config, ignoring anything malformed', () => {
    expect(parseAllowedOrigins(`{"allowedOrigins":["${NEWS}","https://A.example/","*","null",7]}`)).toEqual([NEWS, 'https://a.example']);
    expect(parseAllowedOrigins('{"allowedOrigins":"https://a.example"}')).toEqual([]);
    expect(parseAllowedOrigins('not json')).toEqual([]);
    expect(parseAllowedOrigins('null')).toEqual([]);
    expect(parseAllowedOrigins(null)).toEqual([]);
  });

  it('takes the parent origin from ancestorOrigins first, else from the referrer', () => {
    expect(parentOrigin([NEWS, 'https://top.example'], 'https://other.example/page')).toBe(NEWS);
    expect(parentOrigin([], `${NEWS}/tin-tuc/bai-viet?x=1`)).toBe(NEWS);
    expect(parentOrigin(undefined, `${NEWS}/`)).toBe(NEWS);
    expect(parentOrigin(null, '')).toBeNull();
    // A sandboxed (opaque) parent: nothing to post to.
    expect(parentOrigin(['null'], `${NEWS}/`)).toBeNull();
  });

  it('posts only to an allowed parent origin or the portal itself, never to *', () => {
    expect(resizeTargetOrigin(NEWS, [NEWS], PORTAL)).toBe(NEWS);
    expect(resizeTargetOrigin(PORTAL, [], PORTAL)).toBe(PORTAL);
    expect(resizeTargetOrigin(PORTAL, [], `${PORTAL}/`)).toBe(PORTAL);
    expect(resizeTargetOrigin('https://evil.example', [NEWS], PORTAL)).toBeNull();
    expect(resizeTargetOrigin(null, [NEWS], PORTAL)).toBeNull();
  });

  it('sends whole pixels', () => {
    expect(resizeMessage(412.2)).toEqual({ type: RESIZE_MESSAGE_TYPE, height: 413 });
    expect(resizeMessage(-1)).toEqual({ type: RESIZE_MESSAGE_TYPE, height: 0 });
  });

  /** A window in an iframe, with a jsdom document and a parent that records its messages. */
  function frame(options: { embed?: boolean; allowed?: string[]; ancestors?: string[]; referrer?: string; top?: boolean; height?: number }) {
    const doc = document.implementation.createHTMLDocument('embed');
    if (options.embed !== false) doc.documentElement.setAttribute('data-invest-embed', '');
    if (options.allowed) {
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.id = EMBED_CONFIG_ID;
      script.textContent = JSON.stringify({ allowedOrigins: options.allowed });
      doc.head.append(script);
    }
    Object.defineProperty(doc, 'referrer', { value: options.referrer ?? '' });
    doc.documentElement.getBoundingClientRect = () => ({ height: options.height ?? 321.5 }) as DOMRect;
    const posted: [unknown, string][] = [];
    const parent = { postMessage: (message: unknown, target: string) => posted.push([message, target]) };
    const fake: Record<string, unknown> = {
      document: doc,
      location: { origin: PORTAL, ancestorOrigins: options.ancestors ?? [] },
    };
    fake['parent'] = options.top ? fake : parent;
    return { win: fake as unknown as Window, posted };
  }

  it('in iframe mode, posts the height to the allowed parent at start and after each render', () => {
    const { win, posted } = frame({ allowed: [NEWS], ancestors: [NEWS] });
    expect(startResizeReporting(win)).toBe(true);
    notifyResize();
    expect(posted).toEqual([
      [{ type: RESIZE_MESSAGE_TYPE, height: 322 }, NEWS],
      [{ type: RESIZE_MESSAGE_TYPE, height: 322 }, NEWS],
    ]);
  });

  it('uses the referrer where ancestorOrigins is missing (Firefox)', () => {
    const { win, posted } = frame({ allowed: [NEWS], referrer: `${NEWS}/tin-tuc/1` });
    expect(startResizeReporting(win)).toBe(true);
    expect(posted[0]?.[1]).toBe(NEWS);
  });

  it('stays silent for a parent that is not allowed, outside iframe mode, or without a parent', () => {
    for (const options of [
      { allowed: [NEWS], ancestors: ['https://evil.example'] },
      { ancestors: [NEWS] },
      { embed: false, allowed: [NEWS], ancestors: [NEWS] },
      { allowed: [NEWS], ancestors: [NEWS], top: true },
      { allowed: [NEWS] },
    ]) {
      const { win, posted } = frame(options);
      expect(startResizeReporting(win)).toBe(false);
      notifyResize();
      expect(posted).toEqual([]);
      resetResizeReporting();
    }
  });

  it('sends no height before anything is rendered', () => {
    const { win, posted } = frame({ allowed: [NEWS], ancestors: [NEWS], height: 0 });
    expect(startResizeReporting(win)).toBe(true);
    notifyResize();
    expect(posted).toEqual([]);
  });

  it('a portal page embedding its own widget needs no allow-list entry', () => {
    const { win, posted } = frame({ ancestors: [PORTAL] });
    expect(startResizeReporting(win)).toBe(true);
    expect(posted).toEqual([[{ type: RESIZE_MESSAGE_TYPE, height: 322 }, PORTAL]]);
  });
});
