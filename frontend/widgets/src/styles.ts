/**
 * The widgets' stylesheet, scoped to each shadow root. Colours are the portal's (src/_tokens.scss,
 * checked for WCAG AA). `.invest` resets every property a host page could pass down by inheritance
 * (`all: initial`), then sets the portal's typography; sizes are in em from `font-size: medium`
 * (the reader's default size), so a host page's root font size changes nothing.
 */
export const CSS = `
:host{display:block;min-width:0}
:host([hidden]){display:none}
.invest{all:initial;display:block;box-sizing:border-box;min-width:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif;font-size:medium;font-weight:400;font-style:normal;line-height:1.5;color:#1a1a1a;background:#fff;text-align:start;overflow-wrap:anywhere;-webkit-text-size-adjust:100%;text-size-adjust:100%}
.invest *,.invest *::before,.invest *::after{box-sizing:border-box}
.invest a{color:#0b4a8f;text-decoration:underline;text-underline-offset:.15em}
.invest a:hover{color:#0e2850;text-decoration-thickness:2px}
.invest :focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.invest-heading{margin:0 0 .75em;font-size:1.25em;line-height:1.3;font-weight:700;color:#0e2850}
.invest-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17em),1fr));gap:1em;margin:0;padding:0;list-style:none}
.invest-list>li{min-width:0;margin:0;padding:0}
.invest-card{height:100%;margin:0;padding:1em;border:1px solid #c8ccd4;border-top:3px solid #163a70;border-radius:4px;background:#fff}
.invest-card-title{margin:0 0 .5em;font-size:1.125em;line-height:1.35;font-weight:700;color:#0e2850}
.invest-badge{display:inline-block;margin:0 0 .5em;padding:.1em .5em;border-radius:2px;background:#f3f5f8;color:#4a4a4a;font-size:.8125em;font-weight:600}
.invest-card-facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9em),1fr));gap:.5em 1em;margin:0;font-size:.9375em}
.invest-card-facts>div{min-width:0}
.invest-card-facts dt{color:#4a4a4a;font-size:.8667em}
.invest-card-facts dd{margin:0;font-weight:600}
.invest-rows{margin:0;padding:0;list-style:none;border-top:1px solid #c8ccd4}
.invest-rows>li{margin:0;padding:.75em 0;border-bottom:1px solid #c8ccd4}
.invest-policy-title{margin:0 0 .25em;font-size:1.0625em;line-height:1.35;font-weight:700}
.invest-policy-meta{margin:0;color:#4a4a4a;font-size:.9375em}
.invest-more{margin:1em 0 0;font-weight:600}
.invest-message,.invest-loading{margin:0;padding:.75em 1em;border:1px solid #c8ccd4;border-radius:4px;background:#f3f5f8;color:#4a4a4a}
.invest[data-state=error] .invest-message{border-color:#a4161a;color:#a4161a}
.invest-search-form{display:flex;flex-wrap:wrap;gap:.5em;margin:0}
.invest-search-label{flex:1 0 100%;font-weight:600;color:#0e2850}
.invest-search-input{flex:1 1 10em;width:6em;min-width:0;margin:0;padding:.5em .75em;border:1px solid #6b6f76;border-radius:4px;background:#fff;color:#1a1a1a;font:inherit}
.invest-search-button{flex:0 0 auto;margin:0;padding:.5em 1.25em;border:0;border-radius:4px;background:#163a70;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.invest-search-button:hover{background:#0e2850}
.invest-map-canvas{width:100%;border:1px solid #c8ccd4;border-radius:4px;overflow:hidden;background:#f3f5f8}
.invest-map-note{margin:.5em 0 0;color:#4a4a4a;font-size:.9375em}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (forced-colors:active){.invest-card,.invest-message,.invest-search-input{border-color:CanvasText}}
`;

let shared: CSSStyleSheet | null | undefined;

/**
 * Adds the stylesheet to a shadow root: one constructed sheet shared by every widget where the
 * browser has them (no `<style>` element: also works under a host page's strict style-src CSP),
 * a `<style>` element otherwise.
 */
export function adoptStyles(root: ShadowRoot, css: string = CSS): void {
  if (css === CSS && shared === undefined) shared = constructSheet(css);
  const sheet = css === CSS ? shared : constructSheet(css);
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

function constructSheet(css: string): CSSStyleSheet | null {
  try {
    if (!('adoptedStyleSheets' in ShadowRoot.prototype)) return null;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}
