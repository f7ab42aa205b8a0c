/**
 * Types the bundled `data/challenges/*.json` imports for projects compiled without `resolveJsonModule`: they include
 * this library's sources through the `@pix/referential` path. The content is validated at load time, so `unknown`
 * is all they need.
 */
declare module '*.json' {
  const content: unknown;
  export default content;
}
