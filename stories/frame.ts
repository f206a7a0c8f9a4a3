/** The story frame's size, for stories that show an element at a given width or on a 16:9 slide. */
export interface FrameArgs {
  width?: string;
  height?: string;
}

export const frameArgTypes = {
  width: { control: 'text', description: 'Width of the story frame (not an attribute).' },
  height: { control: 'text', description: 'Height of the story frame (not an attribute).' },
} as const;

/** The frame's inline style, or `undefined` for the natural size. */
export function frameStyle({ width, height }: FrameArgs): string | undefined {
  if (!width && !height) return undefined;
  return `width: ${width ?? 'auto'}; height: ${height ?? 'auto'}; max-width: 100%`;
}
