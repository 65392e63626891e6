/** CSS files are bundled as text (build.mjs: loader `.css: text`), for the shadow roots. */
declare module '*.css' {
  const css: string;
  export default css;
}
