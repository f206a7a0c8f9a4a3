import { css } from 'lit';

/**
 * The dark theme: the same hues, lightened to keep 3:1 against the background, text at least 4.5:1.
 * Applied under prefers-color-scheme: dark, or with theme="dark"; theme="light" keeps the light one.
 */
const dark = css`
  --pa-edge-mix: 100%;
  --pa-text: var(--policy-atlas-color-text, #e4e7eb);
  --pa-muted: var(--policy-atlas-color-muted, #a9b4c0);
  --pa-surface: var(--policy-atlas-color-surface, #14181d);
  --pa-subtle: var(--policy-atlas-color-subtle, #222830);
  --pa-line: var(--policy-atlas-color-line, #3a4552);
  --pa-focus: var(--policy-atlas-color-focus, #8ab4ff);
  --pa-warning: var(--policy-atlas-color-warning, #f2b65a);
  --pa-warning-surface: var(--policy-atlas-color-warning-surface, #33260f);
  --pa-level-0: var(--policy-atlas-level-1, #4ea8e6);
  --pa-level-1: var(--policy-atlas-level-2, #2fc79b);
  --pa-level-2: var(--policy-atlas-level-3, #e9a825);
  --pa-level-3: var(--policy-atlas-level-4, #d98fb8);
  --pa-level-4: var(--policy-atlas-level-5, #6cc0ee);
  --pa-level-5: var(--policy-atlas-level-6, #f07f3c);
  --pa-level-6: var(--policy-atlas-level-7, #9aa5b1);
  color-scheme: dark;
`;

/**
 * The global tokens every policy-atlas element falls back to. A page themes all elements at once
 * with `--policy-atlas-*`; a single element with its own properties.
 *
 * - `--pa-level-0` to `-6`: Okabe-Ito: safe for the common colour-vision deficiencies; never the
 *   flags' colours.
 * - `.pa-level-0` to `-6`: A government's or lane's colour, by the position of its level in the
 *   dataset.
 * - `[class*='pa-level-']`: The edge of a coloured mark or cell: the level colour darkened until it
 *   stands 3:1 against the background (some Okabe-Ito hues, orange and sky blue, do not on white).
 *   The dark theme's hues are lightened to 3:1 already, so there the edge is the colour itself.
 * - `@media (forced-colors: active)`: Windows high contrast and other forced colours: the tokens
 *   become system colours, and marks, cells and drawings keep their fills and patterns (which carry
 *   meaning) in those colours.
 */
export const tokens = css`
  :host {
    --pa-font: var(--policy-atlas-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --pa-text: var(--policy-atlas-color-text, #1f2933);
    --pa-muted: var(--policy-atlas-color-muted, #52606d);
    --pa-surface: var(--policy-atlas-color-surface, #ffffff);
    --pa-subtle: var(--policy-atlas-color-subtle, #f5f7fa);
    --pa-line: var(--policy-atlas-color-line, #d9e2ec);
    --pa-focus: var(--policy-atlas-color-focus, #1a56db);
    --pa-warning: var(--policy-atlas-color-warning, #8a4b00);
    --pa-warning-surface: var(--policy-atlas-color-warning-surface, #fff4e0);
    --pa-radius: var(--policy-atlas-radius, 0.375em);
    --pa-gap: var(--policy-atlas-space, 1em);

    --pa-level-0: var(--policy-atlas-level-1, #0072b2);
    --pa-level-1: var(--policy-atlas-level-2, #009e73);
    --pa-level-2: var(--policy-atlas-level-3, #e69f00);
    --pa-level-3: var(--policy-atlas-level-4, #cc79a7);
    --pa-level-4: var(--policy-atlas-level-5, #56b4e9);
    --pa-level-5: var(--policy-atlas-level-6, #d55e00);
    --pa-level-6: var(--policy-atlas-level-7, #7b8794);

    --pa-edge-mix: 55%;

    color-scheme: light;
    display: block;
    background: var(--pa-surface);
    font-family: var(--pa-font);
    font-variant-numeric: tabular-nums;
    color: var(--pa-text);
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }

  .pa-level-0 { --pa-level-color: var(--pa-level-0); }
  .pa-level-1 { --pa-level-color: var(--pa-level-1); }
  .pa-level-2 { --pa-level-color: var(--pa-level-2); }
  .pa-level-3 { --pa-level-color: var(--pa-level-3); }
  .pa-level-4 { --pa-level-color: var(--pa-level-4); }
  .pa-level-5 { --pa-level-color: var(--pa-level-5); }
  .pa-level-6 { --pa-level-color: var(--pa-level-6); }
  [class*='pa-level-'] {
    --pa-level-edge: color-mix(in srgb, var(--pa-level-color, var(--pa-text)) var(--pa-edge-mix), black);
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 0.15em solid var(--pa-focus);
    outline-offset: 0.15em;
  }

  @media (forced-colors: active) {
    :host {
      --pa-text: CanvasText;
      --pa-muted: CanvasText;
      --pa-surface: Canvas;
      --pa-subtle: Canvas;
      --pa-line: GrayText;
      --pa-focus: Highlight;
      --pa-warning: Highlight;
      --pa-warning-surface: Canvas;
      --pa-level-0: CanvasText;
      --pa-level-1: CanvasText;
      --pa-level-2: CanvasText;
      --pa-level-3: CanvasText;
      --pa-level-4: CanvasText;
      --pa-level-5: CanvasText;
      --pa-level-6: CanvasText;
    }
    .vis-item,
    .vis-custom-time,
    .shape,
    .swatch,
    .cell,
    .static-view {
      forced-color-adjust: none;
    }
  }
`;
