/**
 * Registers a custom element unless the tag is taken. A second copy of the library on one page (two
 * embeds, say) then warns instead of throwing, and the first copy keeps serving the tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`policy-atlas: <${tag}> is already defined by another copy of the library; that copy is used.`);
  }
}
